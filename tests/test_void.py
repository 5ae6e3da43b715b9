"""The dataset's VoID description in the exports: licence, publisher, creation date, the UN
originals of its sources, its dumps and its linksets to Wikidata, all counted from the store."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import rdflib
from conftest import cli
from pyoxigraph import Literal, NamedNode, RdfFormat, Store, parse

from treatykg import iris
from treatykg.vocab import PREFIXES

VOID = "http://rdfs.org/ns/void#"
DCTERMS = PREFIXES["dcterms"]
DATASET = NamedNode(iris.base() + "dataset")
EPOCH = 1_700_000_000  # 2023-11-14 in UTC
DUMP = "https://example.org/treatykg/treatykg.nq"


@pytest.fixture(scope="module")
def dated_store(tmp_path_factory) -> Path:
    """The sample corpus built with $SOURCE_DATE_EPOCH set."""
    store = tmp_path_factory.mktemp("void") / "store"
    result = cli("build", "--store", store, env={"SOURCE_DATE_EPOCH": str(EPOCH)})
    assert result.exit_code == 0, result.output + result.stderr
    return store


@pytest.fixture(scope="module")
def description(dated_store) -> dict:
    """The export's VoID graph as {(subject, predicate): [objects]}, and the store's own counts."""
    exported = cli("export", "--format", "nquads", "--store", dated_store, "--dump-url", DUMP).stdout_bytes
    graph = NamedNode(iris.graph("graph/void"))
    found: dict = {}
    for quad in parse(exported, format=RdfFormat.N_QUADS):
        if quad.graph_name == graph:
            found.setdefault((quad.subject, quad.predicate.value), []).append(quad.object)
    return found


def _rows(store: Path, query: str) -> list:
    db = Store.read_only(str(store))
    try:
        return [list(row) for row in db.query(query, use_default_graph_as_union=True, prefixes=PREFIXES)]
    finally:
        del db


def test_licence_publisher_creation_date_and_dumps(description):
    assert description[(DATASET, DCTERMS + "license")] == [NamedNode("https://spdx.org/licenses/MIT")]
    (publisher,) = description[(DATASET, DCTERMS + "publisher")]
    assert description[(publisher, PREFIXES["foaf"] + "name")]
    built = dt.datetime.fromtimestamp(EPOCH, dt.UTC).date().isoformat()
    assert description[(DATASET, DCTERMS + "created")] == [Literal(built, datatype=NamedNode(PREFIXES["xsd"] + "date"))]
    assert description[(DATASET, VOID + "dataDump")] == [NamedNode(DUMP)]


def test_every_source_links_to_its_un_original(description, dated_store):
    rows = _rows(
        dated_store,
        f"""SELECT ?g ?symbol WHERE {{
        GRAPH ?g {{ ?g a tkg:SourceDocument ; dcterms:isFormatOf ?doc }} ?doc dcterms:identifier ?symbol
        FILTER(STRSTARTS(STR(?doc), "{iris.base()}id/doc/")) }}""",
    )
    assert rows
    for graph, symbol in rows:
        original = NamedNode("https://undocs.org/" + symbol.value)
        assert original in description[(graph, DCTERMS + "source")]
        assert original in description[(DATASET, DCTERMS + "source")]


def test_subsets_count_each_named_graph(description, dated_store):
    sizes = {
        graph: int(n.value)
        for graph, n in _rows(dated_store, "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
    }
    subsets = set(description[(DATASET, VOID + "subset")])
    for graph, size in sizes.items():
        assert graph in subsets
        assert description[(graph, VOID + "triples")] == [
            Literal(str(size), datatype=NamedNode(PREFIXES["xsd"] + "integer"))
        ]


def test_linksets_to_wikidata_count_the_links(description, dated_store):
    counted = {
        predicate: int(n.value)
        for predicate, n in _rows(
            dated_store,
            """
        SELECT ?p (COUNT(*) AS ?n) WHERE { { SELECT DISTINCT ?s ?p ?o WHERE {
            ?s ?p ?o FILTER(STRSTARTS(STR(?o), "http://www.wikidata.org/entity/Q")) } } } GROUP BY ?p""",
        )
    }
    assert NamedNode(PREFIXES["skos"] + "exactMatch") in counted  # states carry their Wikidata items
    assert NamedNode(PREFIXES["owl"] + "sameAs") not in counted  # not owl:sameAs, which would merge them
    linksets = [
        node
        for node in description[(DATASET, VOID + "subset")]
        if NamedNode(VOID + "Linkset") in description.get((node, PREFIXES["rdf"] + "type"), [])
    ]
    found = {
        description[(ls, VOID + "linkPredicate")][0]: int(description[(ls, VOID + "triples")][0].value)
        for ls in linksets
    }
    assert found == counted
    for linkset in linksets:
        (target,) = description[(linkset, VOID + "objectsTarget")]
        assert description[(target, VOID + "uriSpace")] == [Literal("http://www.wikidata.org/entity/")]
        assert description[(linkset, VOID + "subjectsTarget")] == [DATASET]


def test_turtle_export_carries_the_same_description(dated_store, description):
    turtle = cli("export", "--format", "turtle", "--store", dated_store, "--dump-url", DUMP).stdout_bytes
    graph = rdflib.Graph().parse(data=turtle, format="turtle")
    dataset = rdflib.URIRef(DATASET.value)
    assert (dataset, rdflib.URIRef(VOID + "dataDump"), rdflib.URIRef(DUMP)) in graph
    sources = set(graph.objects(dataset, rdflib.URIRef(DCTERMS + "source")))
    assert sources == {rdflib.URIRef(o.value) for o in description[(DATASET, DCTERMS + "source")]}


@pytest.mark.parametrize("url", ["ftp://example.org/x.nq", "not a url", "https://"])
def test_a_bad_dump_url_is_one_line_and_exit_2(dated_store, tmp_path, url):
    target = tmp_path / "out.nq"
    result = cli("export", "--format", "nquads", "--store", dated_store, "--dump-url", url, "-o", target)
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "--dump-url" in result.stderr
    assert not target.exists()
