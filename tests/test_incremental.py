"""Rebuilding a store touches only the sources that changed, and ends as a fresh build would."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import cli
from treatykg import validate
from treatykg.validate import Finding


@pytest.fixture()
def docs(corpus: Path, tmp_path: Path) -> Path:
    target = tmp_path / "docs"
    shutil.copytree(corpus, target, ignore=shutil.ignore_patterns("__*", "README*"))
    return target


def export(store: Path) -> bytes:
    return cli("export", "--format", "nquads", "--store", store).stdout_bytes


def test_unchanged_sources_are_not_read_again(docs: Path, tmp_path: Path):
    store = tmp_path / "store"
    assert cli("build", docs, "--store", store).exit_code == 0
    again = cli("build", docs, "--store", store)
    assert again.exit_code == 0 and "0 changed documents (none), 5 unchanged, 0 dropped" in again.stdout


def test_one_changed_document_ends_like_a_fresh_build(docs: Path, tmp_path: Path):
    store, fresh = tmp_path / "store", tmp_path / "fresh"
    assert cli("build", docs, "--store", store).exit_code == 0
    (changed,) = docs.glob("003*")
    changed.write_text(changed.read_text(encoding="utf-8").replace("remain seized", "remain firmly seized"),
                       encoding="utf-8")
    (docs / "004_10af76cdd6ba8d3c.txt").unlink()
    result = cli("build", docs, "--store", store)
    assert result.exit_code == 0
    assert "1 changed documents (1 un_resolution), 3 unchanged, 2 dropped" in result.stdout
    assert cli("build", docs, "--store", fresh).exit_code == 0
    assert export(store) == export(fresh)
    assert b"remain firmly seized" in export(store)


def test_full_flag_rebuilds_everything(docs: Path, tmp_path: Path):
    store = tmp_path / "store"
    assert cli("build", docs, "--store", store).exit_code == 0
    result = cli("build", docs, "--full", "--store", store)
    assert result.exit_code == 0 and result.stdout.startswith("built ") and "5 documents" in result.stdout


def test_failed_checks_roll_the_update_back(docs: Path, tmp_path: Path, monkeypatch):
    store = tmp_path / "store"
    assert cli("build", docs, "--store", store).exit_code == 0
    before = export(store)
    (changed,) = docs.glob("002*")
    changed.write_text(changed.read_text(encoding="utf-8").replace("Stresses", "Emphasizes"), encoding="utf-8")
    monkeypatch.setattr(validate, "run_checks", lambda db: [Finding("Violation", "", "x", "", "planted failure")])
    result = cli("build", docs, "--store", store)
    assert result.exit_code == 1 and "planted failure" in result.stderr
    monkeypatch.undo()
    assert export(store) == before
