"""Rebuilding a store touches only the sources that changed, and ends as a fresh build would."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import cli

from treatykg import validate
from treatykg.shacl_model import Finding


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
    changed.write_text(
        changed.read_text(encoding="utf-8").replace("remain seized", "remain firmly seized"), encoding="utf-8"
    )
    (docs / "004_10af76cdd6ba8d3c.txt").unlink()
    manifest = docs / "sources.csv"  # the manifest names only files that are there
    rows = manifest.read_text(encoding="utf-8").splitlines(keepends=True)
    manifest.write_text("".join(row for row in rows if not row.startswith("004_")), encoding="utf-8")
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


def built_then_changed(docs: Path, store: Path) -> bytes:
    """Build the store, then change one resolution's text; the store's export before the change."""
    assert cli("build", docs, "--store", store).exit_code == 0
    before = export(store)
    (changed,) = docs.glob("002*")
    changed.write_text(changed.read_text(encoding="utf-8").replace("Stresses", "Emphasizes"), encoding="utf-8")
    return before


def test_failed_checks_roll_the_update_back(docs: Path, tmp_path: Path, monkeypatch):
    store = tmp_path / "store"
    before = built_then_changed(docs, store)
    monkeypatch.setattr(validate, "run_checks", lambda db: [Finding("Violation", "", "x", "", "planted failure")])
    result = cli("build", docs, "--store", store)
    assert result.exit_code == 1 and "planted failure" in result.stderr
    monkeypatch.undo()
    assert export(store) == before


def test_a_changed_document_that_breaks_a_shape_is_refused(docs: Path, tmp_path: Path, monkeypatch):
    from pyoxigraph import NamedNode, Quad

    from treatykg import mapping

    store = tmp_path / "store"
    before = built_then_changed(docs, store)
    mapped = mapping.map_source

    def with_a_vote_of_nobody(source, record):  # a vote with no event, voter or option
        quads = mapped(source, record)
        vote = NamedNode("https://w3id.org/treatykg/id/vote/planted")
        kind = NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
        return [*quads, Quad(vote, kind, NamedNode("http://www.w3.org/ns/opengov#Vote"), quads[0].graph_name)]

    monkeypatch.setattr(mapping, "map_source", with_a_vote_of_nobody)
    result = cli("build", docs, "--store", store)
    assert result.exit_code == 1 and "A vote is cast by exactly one state" in result.stderr
    monkeypatch.undo()
    assert export(store) == before
