"""The build: summary, reproducible output, and bad input that never damages the previous store."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pyoxigraph
import pytest
import rdflib
from conftest import cli
from rdflib.compare import isomorphic

from treatykg.sources import sample_corpus

RESOLUTION_PREFIXES = ("002", "003", "004")


def _export(store: Path, fmt: str = "nquads") -> bytes:
    result = cli("export", "--format", fmt, "--store", store)
    assert result.exit_code == 0, result.stderr
    return result.stdout_bytes


def _resolutions(corpus: Path, target: Path) -> Path:
    target.mkdir()
    for prefix in RESOLUTION_PREFIXES:
        (source,) = corpus.glob(f"{prefix}*")
        shutil.copy(source, target / source.name)
    return target


def test_build_summary_names_kinds_and_counts(corpus: Path, tmp_path: Path):
    result = cli("build", _resolutions(corpus, tmp_path / "docs"), "--store", tmp_path / "store")
    assert result.exit_code == 0, result.output
    assert "3 documents (3 un_resolution)" in result.stdout
    assert "named graphs" in result.stdout and "validation: conforms" in result.stdout


def test_two_builds_are_byte_identical(corpus: Path, tmp_path: Path):
    docs = _resolutions(corpus, tmp_path / "docs")
    for name in ("a", "b"):
        assert cli("build", docs, "--store", tmp_path / name).exit_code == 0
    for fmt in ("nquads", "turtle", "trig"):
        assert _export(tmp_path / "a", fmt) == _export(tmp_path / "b", fmt), fmt


def test_store_location_from_environment(corpus: Path, tmp_path: Path):
    docs = _resolutions(corpus, tmp_path / "docs")
    result = cli("build", docs, env={"TREATYKG_STORE": str(tmp_path / "env-store")})
    assert result.exit_code == 0 and (tmp_path / "env-store" / "CURRENT").exists()


def test_exported_turtle_read_by_a_second_parser_is_the_stores_graph(built_store: Path):
    turtle = _export(built_store, "turtle")
    reparsed = rdflib.Graph()
    for triple in pyoxigraph.parse(turtle, format=pyoxigraph.RdfFormat.TURTLE):
        reparsed.add(_to_rdflib(triple))
    union = rdflib.Graph()
    for quad in pyoxigraph.parse(_export(built_store, "nquads"), format=pyoxigraph.RdfFormat.N_QUADS):
        union.add(_to_rdflib(quad.triple))
    assert len(reparsed) == len(union) > 1000
    assert isomorphic(reparsed, union)


def _to_rdflib(triple: pyoxigraph.Triple):
    def term(value):
        if isinstance(value, pyoxigraph.NamedNode):
            return rdflib.URIRef(value.value)
        if isinstance(value, pyoxigraph.BlankNode):
            return rdflib.BNode(value.value)
        return rdflib.Literal(
            value.value, lang=value.language, datatype=None if value.language else rdflib.URIRef(value.datatype.value)
        )

    return term(triple.subject), term(triple.predicate), term(triple.object)


def test_jsonld_export_keeps_every_named_graph(built_store: Path):
    dataset = rdflib.Dataset()
    dataset.parse(data=_export(built_store, "jsonld"), format="json-ld")
    reparsed = {str(g.identifier): len(g) for g in dataset.graphs() if len(g)}
    store = pyoxigraph.Store.read_only(str(built_store))
    named = {g.value: len(list(store.quads_for_pattern(None, None, None, g))) for g in store.named_graphs()}
    assert len(named) > 3 and sum(named.values()) > 1000
    assert reparsed.pop("https://w3id.org/treatykg/graph/void") > 10  # the export adds its VoID description
    assert reparsed == named


def test_jsonld_export_is_compact_and_holds_the_same_quads_as_n_quads(built_store: Path):
    document = json.loads(_export(built_store, "jsonld"))
    assert document["@context"]["tkg"] == "https://w3id.org/treatykg/ontology#"
    graph = next(g for g in document["@graph"] if g["@id"].startswith("id:source/"))
    assert any(key.startswith("tkg:") for node in graph["@graph"] for key in node)  # compact IRIs, not full ones
    jsonld_quads = rdflib.Dataset()
    jsonld_quads.parse(data=json.dumps(document), format="json-ld")
    nquads = rdflib.Dataset()
    nquads.parse(data=_export(built_store, "nquads"), format="nquads")

    def quads(dataset: rdflib.Dataset) -> set:
        return {(s, p, o, str(g)) for s, p, o, g in dataset.quads() if not {type(s), type(o)} & {rdflib.BNode}}

    assert len(quads(jsonld_quads)) > 1000 and quads(jsonld_quads) == quads(nquads)


def test_export_to_file(built_store: Path, tmp_path: Path):
    target = tmp_path / "out.ttl"
    result = cli("export", "--format", "turtle", "-o", target, "--store", built_store)
    assert result.exit_code == 0 and target.read_bytes() == _export(built_store, "turtle")
    assert not list(tmp_path.glob("*.partial"))


BAD_INPUTS = {
    "empty.txt": (b"", "empty file"),
    "blank.txt": (b"   \n\n  ", "empty file"),
    "binary.txt": (bytes(range(256)) * 8, "binary file"),
    "shopping.txt": (b"Eggs, milk and bread.\nCall the plumber on Tuesday.\n", "unknown kind"),
}


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_document_is_one_clear_error_and_the_store_is_untouched(name: str, store_copy: Path, tmp_path: Path):
    data, reason = BAD_INPUTS[name]
    bad = tmp_path / name
    bad.write_bytes(data)
    before = _export(store_copy)
    result = cli("build", bad, "--store", store_copy)
    assert result.exit_code == 2
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and str(bad) in lines[0] and reason in lines[0]
    assert _export(store_copy) == before


def test_missing_path_and_empty_folder(store_copy: Path, tmp_path: Path):
    before = _export(store_copy)
    missing = cli("build", tmp_path / "nowhere", "--store", store_copy)
    assert missing.exit_code == 2 and "no such file or folder" in missing.stderr
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "README.md").write_text("not a document\n")
    empty = cli("build", tmp_path / "empty", "--store", store_copy)
    assert empty.exit_code == 2 and "no documents found" in empty.stderr
    assert _export(store_copy) == before


def test_keep_going_builds_the_good_documents_and_lists_the_bad(corpus: Path, tmp_path: Path):
    docs = _resolutions(corpus, tmp_path / "docs")
    (docs / "empty.txt").write_bytes(b"")
    (docs / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    result = cli("build", docs, "--keep-going", "--store", tmp_path / "store")
    assert result.exit_code == 2
    assert "3 documents" in result.stdout
    assert "empty.txt: empty file" in result.stderr and "binary.txt: binary file" in result.stderr
    query = cli("query", "resolutions", "--format", "csv", "--store", tmp_path / "store")
    assert "A/RES/77/79" in query.stdout


@pytest.mark.parametrize("encoding, probe", [("cp1252", "(café “ÿ” — 5 €)"), ("latin-1", "(café ÿ ±)")])
def test_single_byte_encodings_are_decoded(corpus: Path, tmp_path: Path, encoding: str, probe: str):
    (source,) = corpus.glob("003*")
    text = source.read_text(encoding="utf-8")
    text = "".join(char for char in text if char not in "¹²³⁴")  # superscripts exist in neither encoding
    text = text.replace("seized of the matter.", f"seized of the matter {probe}.")
    path = tmp_path / "resolution.txt"
    path.write_bytes(text.encode(encoding))
    store = tmp_path / "store"
    result = cli("build", path, "--store", store)
    assert result.exit_code == 0, result.stderr
    csv = cli("query", "operative-paragraphs", "--format", "csv", "--store", store).stdout
    assert f"seized of the matter {probe}." in csv


def test_cut_short_resolution_is_reported_incomplete_not_an_error(corpus: Path, tmp_path: Path):
    (source,) = corpus.glob("002*")
    text = source.read_text(encoding="utf-8")
    cut = tmp_path / "excerpt.txt"
    cut.write_text(text[: text.index("5. *Invites*")], encoding="utf-8")
    result = cli("build", cut, "--store", tmp_path / "store")
    assert result.exit_code == 0, result.stderr
    assert "incomplete: excerpt.txt: lacks plenary meeting" in result.stdout
    rows = cli(
        "query",
        "operative-paragraphs",
        "--param",
        "resolution=A/RES/77/79",
        "--format",
        "csv",
        "--store",
        tmp_path / "store",
    ).stdout.splitlines()
    assert len(rows) == 1 + 4


@pytest.mark.parametrize("mode", ["incremental", "full"])
def test_violations_fail_the_build_and_keep_the_previous_store(
    store_copy: Path, tmp_path: Path, monkeypatch, mode: str
):
    from treatykg import mapping

    original = mapping.map_source

    def without_action_phrases(source, record):
        return [q for q in original(source, record) if not q.predicate.value.endswith("#actionPhrase")]

    monkeypatch.setattr(mapping, "map_source", without_action_phrases)
    before = _export(store_copy)
    (source,) = sample_corpus().glob("002*")
    changed = tmp_path / "changed.txt"
    changed.write_text(source.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    result = cli("build", changed, *(["--full"] if mode == "full" else []), "--store", store_copy)
    assert result.exit_code == 1
    assert "needs exactly one opening action phrase" in result.stderr
    assert _export(store_copy) == before


def test_export_sorting_on_disk_gives_the_same_bytes(built_store: Path, monkeypatch):
    from treatykg import export

    expected = {fmt: _export(built_store, fmt) for fmt in ("turtle", "nquads")}
    monkeypatch.setattr(export, "RUN_LINES", 500)  # forces sorted runs on disk and a merge
    for fmt, data in expected.items():
        assert _export(built_store, fmt) == data, fmt


def _with_a_resolution_without_its_symbol(corpus: Path, docs: Path) -> Path:
    """The resolutions, one of them copied with its symbol taken out of its heading (and its header
    states none): it is refused as it is read, never made a resolution without the symbol its shape
    requires."""
    _resolutions(corpus, docs)
    (source,) = corpus.glob("002*")
    text = source.read_text(encoding="utf-8")
    assert "77/79. Implementation" in text
    bad = docs / "no-symbol.txt"
    bad.write_text(text.replace("77/79. Implementation", "Implementation"), encoding="utf-8")
    return bad


def test_keep_going_leaves_out_a_resolution_without_its_symbol(corpus: Path, tmp_path: Path):
    bad = _with_a_resolution_without_its_symbol(corpus, tmp_path / "docs")
    store = tmp_path / "store"
    result = cli("build", tmp_path / "docs", "--keep-going", "--store", store)
    assert result.exit_code == 2
    assert "3 documents (3 un_resolution)" in result.stdout
    assert f"skipped: {bad}: not readable as a General Assembly resolution: no resolution symbol found" in result.stderr
    assert "https://" not in "".join(line for line in result.stderr.splitlines() if "skipped" in line)
    good = _resolutions(corpus, tmp_path / "good")
    assert cli("build", good, "--store", tmp_path / "good-store").exit_code == 0
    assert _export(store) == _export(tmp_path / "good-store")  # the rest, built as on its own
    again = cli("build", tmp_path / "docs", "--keep-going", "--store", store)  # incremental: the same
    assert again.exit_code == 2 and f"skipped: {bad}: not readable" in again.stderr


def test_without_keep_going_the_error_names_the_file_and_why(corpus: Path, tmp_path: Path):
    bad = _with_a_resolution_without_its_symbol(corpus, tmp_path / "docs")
    result = cli("build", tmp_path / "docs", "--store", tmp_path / "store")
    assert result.exit_code == 2
    assert f"{bad}: not readable as a General Assembly resolution: no resolution symbol found" in result.stderr
    assert "Traceback" not in result.stderr and not (tmp_path / "store").exists()


def test_keep_going_leaves_out_a_streamed_table_whose_shapes_fail_on_the_store(
    corpus: Path, tmp_path: Path, monkeypatch
):
    """A vote planted in one batch of a voting table is settled only once everything is loaded;
    with --keep-going the table's graph is taken out of the new store and reported by file."""
    from pyoxigraph import NamedNode, Quad

    from treatykg import mapping

    original = mapping.map_records

    def with_a_vote_of_nobody(source, records):
        for index, quads in enumerate(original(source, records)):
            if index == 0:
                vote = NamedNode("https://w3id.org/treatykg/id/vote/planted")
                kind = NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
                quads = [*quads, Quad(vote, kind, NamedNode("http://www.w3.org/ns/opengov#Vote"), quads[0].graph_name)]
            yield quads

    monkeypatch.setattr(mapping, "map_records", with_a_vote_of_nobody)
    docs = _resolutions(corpus, tmp_path / "docs")
    table = docs / "votes.csv"
    shutil.copy(Path(__file__).parent / "data" / "undl" / "current_layout.csv", table)
    store = tmp_path / "store"
    result = cli("build", docs, "--keep-going", "--store", store)
    assert result.exit_code == 2, result.stderr
    (line,) = [line for line in result.stderr.splitlines() if "skipped:" in line]
    assert line.strip().startswith(f"skipped: {table}: fails its shapes: A vote ") and "(and 2 more)" in line
    assert "3 documents (3 un_resolution)" in result.stdout
    table.unlink()
    assert cli("build", docs, "--store", tmp_path / "alone").exit_code == 0
    assert _export(store) == _export(tmp_path / "alone")
