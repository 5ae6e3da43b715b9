"""A sources manifest (sources.csv) tells the build where documents are published: the address is
kept with the source, and a government's domain is evidence of who speaks in a statement."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph
import pytest
from conftest import cli

STATEMENT = (
    "Minister welcomes the Convention\n\n12.05.2011 - Press release\n\nForeign Minister Ana Ruiz issued the "
    "following statement today:\n\n“We are proud to join the Convention on Cluster Munitions. Our aim is a "
    "world without these weapons.”\n"
)
ADDRESS = "https://www.auswaertiges-amt.de/en/newsroom/news/110512"
SOURCE = "http://purl.org/dc/terms/source"


def _folder(tmp_path: Path, manifest: str | None) -> Path:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "release.txt").write_text(STATEMENT, encoding="utf-8")
    if manifest is not None:
        (docs / "sources.csv").write_text(manifest, encoding="utf-8")
    return docs


def _quads(store: Path) -> list[pyoxigraph.Quad]:
    result = cli("export", "--format", "nquads", "--store", store)
    assert result.exit_code == 0, result.stderr
    return list(pyoxigraph.parse(result.stdout_bytes, format=pyoxigraph.RdfFormat.N_QUADS))


def _speakers(store: Path) -> set[str]:
    return {q.object.value.rsplit("/", 1)[-1] for q in _quads(store) if q.predicate.value.endswith("#speaksFor")}


def test_the_address_a_manifest_gives_is_kept_and_names_the_publishing_government(tmp_path: Path):
    docs = _folder(tmp_path, f"file,url\nrelease.txt,{ADDRESS}\n")
    result = cli("build", docs, "--store", tmp_path / "store")
    assert result.exit_code == 0, result.stderr
    quads = _quads(tmp_path / "store")
    assert [q.object for q in quads if q.predicate.value == SOURCE] == [pyoxigraph.NamedNode(ADDRESS)]
    assert _speakers(tmp_path / "store") == {"DEU"}


def test_without_the_manifest_the_same_statement_is_refused(tmp_path: Path):
    docs = _folder(tmp_path, None)
    result = cli("build", docs, "--store", tmp_path / "store")
    assert result.exit_code == 2 and "speaker unclear" in result.stderr


def test_a_changed_address_rebuilds_what_depends_on_it(tmp_path: Path):
    docs = _folder(tmp_path, f"file,url\nrelease.txt,{ADDRESS}\n")
    assert cli("build", docs, "--store", tmp_path / "store").exit_code == 0
    (docs / "sources.csv").write_text("file,url\nrelease.txt,https://www.regjeringen.no/en/x\n", encoding="utf-8")
    again = cli("build", docs, "--store", tmp_path / "store")
    assert again.exit_code == 0 and "1 changed documents" in again.stdout  # read again, the rest untouched
    assert _speakers(tmp_path / "store") == {"NOR"}
    fresh = tmp_path / "fresh"
    assert cli("build", docs, "--store", fresh).exit_code == 0
    assert _quads(tmp_path / "store") == _quads(fresh)


@pytest.mark.parametrize(
    "manifest, reason",
    [
        ("file,link\nrelease.txt,https://example.org/x\n", "no column url"),
        ("file,url\nmissing.txt,https://example.org/x\n", "line 2: no file 'missing.txt'"),
        ("file,url\nrelease.txt,www.example.org/x\n", "line 2: 'www.example.org/x' is not a web address"),
        (
            "file,url\nrelease.txt,https://a.org/x\nrelease.txt,https://b.org/y\n",
            "line 3: 'release.txt' is listed twice",
        ),
    ],
)
def test_a_bad_manifest_is_one_clear_error_and_the_store_is_untouched(
    tmp_path: Path, store_copy: Path, manifest: str, reason: str
):
    before = cli("export", "--format", "nquads", "--store", store_copy).stdout_bytes
    docs = _folder(tmp_path, manifest)
    result = cli("build", docs, "--store", store_copy)
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert result.exit_code == 2 and len(lines) == 1
    assert str(docs / "sources.csv") in lines[0] and reason in lines[0]
    assert cli("export", "--format", "nquads", "--store", store_copy).stdout_bytes == before
