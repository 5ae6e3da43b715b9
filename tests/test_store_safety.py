"""The store under carelessness and faults: only stores this program made are replaced, one build
writes at a time, a killed build leaves a whole store (old or new) and no growing leftovers, and a
damaged store is one clear line from every command."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph
import pytest
from conftest import cli


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _graphs(store: Path) -> frozenset[str]:
    db = pyoxigraph.Store.read_only(str(store))
    return frozenset(g.value for g in db.named_graphs())


def _leftovers(store: Path) -> list[str]:
    """Folders and links beside the store that are neither the store nor its lock."""
    current = store.resolve().name if store.is_symlink() else None
    return sorted(p.name for p in store.parent.glob(f"{store.name}.*") if p.name not in (current, f"{store.name}.lock"))


@pytest.fixture()
def docs(corpus: Path, tmp_path: Path) -> Path:
    target = tmp_path / "docs"
    shutil.copytree(corpus, target, ignore=shutil.ignore_patterns("__*", "README*"))
    return target


# --- only a store this program made is replaced ---


def test_a_folder_of_documents_is_never_taken_for_a_store(docs: Path, monkeypatch):
    before = _snapshot(docs)
    monkeypatch.chdir(docs)
    for args in (["--store", "."], [".", "--store", "."], ["--store", str(docs)]):
        result = cli("build", *args)
        assert result.exit_code == 2, args
        assert "is a folder that is not a treatykg store" in result.stderr and "nothing was changed" in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
    assert _snapshot(docs) == before
    assert sorted(p.name for p in docs.parent.iterdir()) == ["docs"]  # no lock, no staging beside it


def test_a_store_inside_or_equal_to_its_input_is_refused(docs: Path, tmp_path: Path):
    before = _snapshot(docs)
    inside = cli("build", docs, "--store", docs / "kg")
    assert inside.exit_code == 2 and "is inside the input folder" in inside.stderr
    same = cli("build", docs, "--store", docs)
    assert same.exit_code == 2 and "not a treatykg store" in same.stderr
    assert _snapshot(docs) == before
    store = tmp_path / "kg"
    assert cli("build", docs, "--store", store).exit_code == 0
    itself = cli("build", store, "--store", store)
    assert itself.exit_code == 2 and "is the input" in itself.stderr
    hidden = cli("build", docs, "--store", docs / ".kg")  # discovery skips hidden folders
    assert hidden.exit_code == 0, hidden.stderr


def test_a_file_or_a_link_to_a_foreign_folder_is_refused(docs: Path, tmp_path: Path):
    note = tmp_path / "note.txt"
    note.write_text("keep me\n")
    link = tmp_path / "link"
    link.symlink_to(docs)
    before = _snapshot(docs)
    on_file = cli("build", docs, "--store", note)
    assert on_file.exit_code == 2 and on_file.stderr.strip().endswith(
        "is a file, not a treatykg store; nothing was changed (choose a new or empty folder)"
    )
    query = cli("query", "resolutions", "--store", note)
    assert query.exit_code == 2 and "no treatykg store here" in query.stderr
    refused = cli("build", docs, "--store", link)
    assert refused.exit_code == 2 and "not a treatykg store" in refused.stderr
    assert note.read_text() == "keep me\n" and _snapshot(docs) == before and link.is_symlink()


def test_an_empty_folder_and_a_store_made_before_the_marker_are_replaced(docs: Path, tmp_path: Path):
    empty = tmp_path / "empty"
    empty.mkdir()
    assert cli("build", docs, "--store", empty).exit_code == 0 and empty.is_symlink()
    legacy = tmp_path / "legacy"  # the database files alone, as stores were made before
    shutil.copytree(empty, legacy, ignore=shutil.ignore_patterns("treatykg-store.json"))
    result = cli("build", docs, "--full", "--store", legacy)
    assert result.exit_code == 0, result.stderr
    assert legacy.is_symlink() and _leftovers(legacy) == []


# --- one writer at a time ---


def _build_process(*args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "treatykg", "build", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def _wait_for_lock(store: Path, process: subprocess.Popen) -> None:
    lock = store.with_name(f"{store.name}.lock")
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if lock.exists() and lock.read_text().strip() == str(process.pid):
            return
        assert process.poll() is None, process.communicate()
        time.sleep(0.001)
    raise AssertionError("the build never took the lock")


@pytest.mark.parametrize("second", [[], ["--full"]])
def test_a_second_build_is_refused_while_one_writes(docs: Path, tmp_path: Path, second: list[str]):
    store = tmp_path / "kg"
    assert cli("build", docs, "--store", store).exit_code == 0
    (changed,) = docs.glob("003*")
    changed.write_text(
        changed.read_text(encoding="utf-8").replace("remain seized", "remain firmly seized"), encoding="utf-8"
    )
    first = _build_process(str(docs), "--store", str(store))
    try:
        _wait_for_lock(store, first)
        first.send_signal(signal.SIGSTOP)  # holds the lock as long as the test wants
        refused = cli("build", docs, *second, "--store", store)
        assert refused.exit_code == 2
        assert refused.stderr.strip() == (
            f"treatykg: error: {store}: another build is writing this store "
            f"(process {first.pid}); try again when it has finished"
        )
    finally:
        first.send_signal(signal.SIGCONT)
    out, err = first.communicate(timeout=60)
    assert first.returncode == 0, err
    assert "1 changed documents" in out
    assert b"remain firmly seized" in cli("export", "--format", "nquads", "--store", store).stdout_bytes


# --- killed builds ---


def test_builds_killed_at_random_points_leave_a_whole_store(docs: Path, tmp_path: Path):
    """Builds alternate between two versions of the documents (incremental and full) and are
    killed after a random delay; after each kill the path holds the old or the new store."""
    store = tmp_path / "kg"
    versions = {}
    (changed,) = docs.glob("003*")
    original = changed.read_text(encoding="utf-8")
    texts = [original, original.replace("remain seized", "remain firmly seized")]
    durations = []
    for index, text in enumerate(texts):
        changed.write_text(text, encoding="utf-8")
        start = time.monotonic()
        build = _build_process(str(docs), "--full", "--store", str(store))
        assert build.wait() == 0
        durations.append(time.monotonic() - start)
        versions[index] = _graphs(store)
    assert versions[0] != versions[1]
    chance, whole = random.Random(15), max(durations)
    kills = 0
    for attempt in range(14):
        changed.write_text(texts[attempt % 2], encoding="utf-8")
        full = ["--full"] if attempt % 3 == 0 else []
        process = _build_process(str(docs), *full, "--store", str(store))
        time.sleep(chance.uniform(0.05, 0.95) * whole)  # anywhere in a build (an update is quicker)
        if process.poll() is None:
            os.kill(process.pid, signal.SIGKILL)
            kills += 1
        process.communicate()
        assert _graphs(store) in (versions[0], versions[1]), f"attempt {attempt}"
        query = cli("query", "resolutions", "--format", "csv", "--store", store)
        assert query.exit_code == 0 and "A/RES/77/79" in query.stdout
        assert len(_leftovers(store)) <= 2, _leftovers(store)
    assert kills >= 5
    assert cli("build", docs, "--store", store).exit_code == 0
    assert _leftovers(store) == []


def test_a_kill_between_the_renames_is_finished_by_the_next_build(docs: Path, tmp_path: Path):
    """A store folder renamed complete but never linked (the build died before the link replaced
    the path) is taken up by the next build, which also removes staging of dead builds."""
    store = tmp_path / "kg"
    assert cli("build", docs, "--store", store).exit_code == 0
    data = store.resolve()
    store.unlink()  # as a build that moved a pre-link store folder aside and died
    staging = tmp_path / "kg.building-dead"
    shutil.copytree(data, staging)
    result = cli("build", docs, "--store", store)
    assert result.exit_code == 0, result.stderr
    assert "5 unchanged" in result.stdout and store.resolve() == data
    assert _leftovers(store) == []


# --- damaged stores ---


def _damage(store: Path, how: str) -> None:
    folder = store.resolve()
    if how == "truncated sst":
        largest = max(folder.glob("*.sst"), key=lambda p: p.stat().st_size)
        os.truncate(largest, largest.stat().st_size // 2)
    elif how == "empty manifest":
        (manifest,) = folder.glob("MANIFEST-*")
        manifest.write_bytes(b"")
    else:
        for path in folder.glob("*.sst"):
            path.write_bytes(os.urandom(path.stat().st_size))


@pytest.mark.parametrize("how", ["truncated sst", "empty manifest", "garbage"])
def test_a_damaged_store_is_one_clear_line_from_every_command(docs: Path, tmp_path: Path, how: str):
    store = tmp_path / "kg"
    assert cli("build", docs, "--store", store).exit_code == 0
    _damage(store, how)
    for command in (["query", "resolutions"], ["export"], ["validate"], ["serve", "--port", "0"], ["build", docs]):
        result = cli(*command, "--store", store)
        lines = result.stderr.strip().splitlines()
        assert result.exit_code == 2, (command, result.stderr)
        assert len(lines) == 1 and str(store) in lines[0] and "the store is damaged" in lines[0], command
        assert "treatykg build --full" in lines[0]
    recovered = cli("build", docs, "--full", "--store", store)
    assert recovered.exit_code == 0, recovered.stderr
    assert f"replaced the damaged store at {store}" in recovered.stderr
    assert cli("query", "resolutions", "--store", store).exit_code == 0
    assert _leftovers(store) == []


def test_an_update_with_writes_not_yet_flushed_keeps_them(docs: Path, tmp_path: Path):
    """Writes a process left in the store's log only (closed without a flush) are in the copy an
    incremental build starts from; while a process holds the store writable, the build refuses."""
    import gc

    store = tmp_path / "kg"
    assert cli("build", docs, "--store", store).exit_code == 0
    writer = pyoxigraph.Store(str(store))
    writer.update("INSERT DATA { GRAPH <urn:test:kept> { <urn:test:s> <urn:test:p> 'kept' } }")
    (changed,) = docs.glob("003*")
    changed.write_text(changed.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    held = cli("build", docs, "--store", store)
    assert held.exit_code == 2 and "open for writing by another process" in held.stderr
    del writer
    gc.collect()
    result = cli("build", docs, "--store", store)
    assert result.exit_code == 0 and "1 changed documents" in result.stdout
    assert "urn:test:kept" in _graphs(store)
