"""Stated positions: per-sentence stance/topic pairs, quotes that match the source, the lexicon's data."""

from __future__ import annotations

import tomllib
from importlib.resources import files

import pytest
import rdflib
from rdflib.namespace import SKOS

from conftest import corpus_text
from treatykg.loaders import detect, positions
from treatykg.shacl_model import ontology_graph

TKGC = rdflib.Namespace("https://w3id.org/treatykg/ontology/concept/")

EXPECTED_000 = [
    ("Pakistan participated in the Review Conference", {("participates", "ccm")}),
    ("It is important to note", {("considers", "outside-un")}),
    ("As a matter of principle", {("opposes", "outside-un")}),
    ("Pakistan feels that", {("supports", "ccw-forum")}),
    ("The strength of the CCW", {("supports", "ccw-forum")}),
    ("Pakistan participated actively", {("participates", "ccw-protocol")}),
    ("It is unfortunate", {("regrets", "ccw-protocol")}),
    ("Pakistan considers cluster", {("considers", "military-utility")}),
    ("We, therefore, look", {("considers", "military-utility")}),
    ("Pakistan supports international", {("opposes", "indiscriminate-use"), ("supports", "humanitarian-concerns")}),
    ("Pakistan has never used", {("has-never", "own-use"), ("opposes", "use-against-civilians")}),
    ("Strict", {("supports", "ihl")}),
    ("Pakistan also supports", {("supports", "reliability")}),
]
EXPECTED_001 = [
    ("On behalf of the Government", {("opposes", "use-against-civilians"), ("opposes", "indiscriminate-use")}),
    ("We fully support", {("supports", "humanitarian-concerns")}),
    ("However, in view", {("opposes", "ban")}),
    ("As a Party to the", {("participates", "ccw-forum")}),
    ("Pakistan believes", {("supports", "ccw-forum")}),
    ("Pakistan does not support solutions", {("opposes", "outside-un")}),
    ("Instruments which", {("opposes", "major-producers")}),
    ("We, therefore, encourage", {("supports", "ccw-forum")}),
]


def _by_sentence(text: str, found) -> list[tuple[str, set]]:
    grouped: dict[int, tuple[str, set]] = {}
    for position in found:
        quote = text[position.span.start:position.span.end]
        grouped.setdefault(position.span.start, (quote, set()))[1].add((position.stance, position.topic))
    return [grouped[start] for start in sorted(grouped)]


@pytest.mark.parametrize(("prefix", "expected"), [("000", EXPECTED_000), ("001", EXPECTED_001)])
def test_one_position_per_claim_per_sentence(prefix, expected):
    text = corpus_text(prefix)
    record = detect(text).parse(text)
    found = record.positions if hasattr(record, "positions") else [p for letter in record.letters for p in letter.positions]
    got = _by_sentence(text, found)
    assert len(got) == len(expected)
    for (quote, pairs), (opening, expected_pairs) in zip(got, expected):
        assert quote.startswith(opening), quote
        assert pairs == expected_pairs, quote


def test_every_position_explains_itself():
    text = corpus_text("000")
    for position in detect(text).parse(text).positions:
        assert "subject" in position.rule or "impersonal" in position.rule
        assert f"stance '" in position.rule and f"topic '{position.topic}'" in position.rule


def test_other_states_are_not_taken_for_the_speaker():
    text = "Norway supports a ban on cluster munitions. We oppose any ban on cluster munitions."
    assert {(p.stance, p.topic) for p in positions.find_positions(text, "PAK")} == {("opposes", "ban")}


def test_ocr_damage_in_cues_is_tolerated():
    found = positions.find_positions("Pakistan does not SlJpport a ban on cluster munitions.", "PAK")
    assert [(p.stance, p.topic) for p in found] == [("opposes", "ban")]


@pytest.mark.parametrize("prefix", ["000", "001"])
def test_quotes_equal_the_source_between_their_offsets_in_the_graph(prefix, tmp_path):
    """The graph's oa:exact equals the decoded source text between oa:start and oa:end."""
    from treatykg.build import load_document
    from treatykg.mapping import map_source
    from treatykg.sources import decode, read

    path = tmp_path / f"{prefix}.txt"
    path.write_text(corpus_text(prefix), encoding="utf-8")
    source = read(path, path.name)
    record, described = load_document(source)
    graph = rdflib.Graph()
    for quad in map_source(described, record):
        graph.add(tuple(rdflib.URIRef(t.value) if type(t).__name__ == "NamedNode" else rdflib.Literal(
            t.value, datatype=rdflib.URIRef(t.datatype.value) if t.datatype else None) for t in quad.triple))
    text = decode(source)
    rows = list(graph.query("""
        PREFIX oa: <http://www.w3.org/ns/oa#>
        SELECT ?exact ?start ?end WHERE {
          ?quote oa:hasSelector ?a, ?b . ?a oa:exact ?exact . ?b oa:start ?start ; oa:end ?end }"""))
    assert rows
    for exact, start, end in rows:
        assert text[int(start):int(end)] == str(exact)


def test_lexicon_and_ontology_agree():
    data = tomllib.loads(files("treatykg.reference").joinpath("position_topics.toml").read_text(encoding="utf-8"))
    ontology = ontology_graph()
    for scheme, table in (("stances", "stance"), ("topics", "topic")):
        declared = {str(ontology.value(concept, SKOS.notation)) for concept in ontology.subjects(SKOS.inScheme, TKGC[scheme])}
        assert declared == {entry["key"] for entry in data[table]}
        for entry in data[table]:
            assert str(ontology.value(TKGC[entry["key"]], SKOS.prefLabel)) == entry["label"]


def test_wider_cues_and_topics_of_national_statements():
    found = lambda text, state: {(p.stance, p.topic) for p in positions.find_positions(text, state)}  # noqa: E731
    assert found("Chile unequivocally condemns the use of cluster munitions.", "CHL") == {("opposes", "cluster-munitions")}
    assert found("Ghana attaches great importance to the role of the CCW.", "GHA") == {("supports", "ccw-forum")}
    assert found("We reaffirm our unwavering commitment to the Arms Trade Treaty.", "NOR") == {("supports", "att")}
    assert found("We strongly oppose the Prohibition Treaty.", "FRA") == {("opposes", "nuclear-weapons")}
