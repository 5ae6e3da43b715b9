"""Real SPARQL clients against ``treatykg serve`` on 127.0.0.1: SPARQLWrapper in every return
format it offers, rdflib's SPARQLStore, and every request Oxigraph's own server accepts."""

from __future__ import annotations

import csv
import io
import json
import shutil
import time
import warnings
from xml.dom.minidom import Document

import httpx
import pytest
import rdflib
from conftest import free_port, running, treatykg_server
from pyoxigraph import QueryResultsFormat, RdfFormat, parse, parse_query_results
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import GET, POST, POSTDIRECTLY, URLENCODED, SPARQLWrapper

pytestmark = pytest.mark.server

TKG = "https://w3id.org/treatykg/ontology#"
PAK = "https://w3id.org/treatykg/id/state/PAK"
QUERIES = {
    "SELECT": f"SELECT ?s WHERE {{ ?s <{TKG}alpha3> 'PAK' }}",
    "ASK": f"ASK {{ ?s <{TKG}alpha3> 'PAK' }}",
    "CONSTRUCT": f"CONSTRUCT WHERE {{ ?s <{TKG}alpha3> 'PAK' }}",
    "DESCRIBE": f"DESCRIBE <{PAK}>",
}
RETURN_FORMATS = ("json", "xml", "csv", "tsv", "json-ld", "turtle", "n3", "rdf", "rdf+xml")  # SPARQLWrapper's
REQUESTS = {"GET": (GET, URLENCODED), "POST form": (POST, URLENCODED), "POST query": (POST, POSTDIRECTLY)}
ACCEPTS = (  # every media type either server names, wildcards, and what browsers and clients send
    "application/sparql-results+json",
    "application/json",
    "text/json",
    "application/sparql-results+xml",
    "application/xml",
    "text/xml",
    "text/csv",
    "text/tab-separated-values",
    "text/tsv",
    "text/plain",
    "application/n-quads",
    "text/x-nquads",
    "application/n-triples",
    "text/n3",
    "application/n3",
    "application/rdf+xml",
    "application/trig",
    "application/x-trig",
    "text/turtle",
    "application/turtle",
    "application/x-turtle",
    "application/ld+json",
    "application/activity+json",
    "text/html",
    "image/png",
    "text/*",
    "application/*",
    "*/*",
    "",
    "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
    "text/turtle;q=0.5, application/rdf+xml",
    "application/sparql-results+json;q=0, text/csv;q=0.1",
    "application/sparql-results+xml, application/rdf+xml",
)


@pytest.fixture(scope="module")
def endpoint(served_store):
    with treatykg_server(served_store) as base:
        yield f"{base}/sparql"


@pytest.fixture(scope="module")
def oxigraph_endpoint(served_store):
    """Oxigraph's own server, read-only, on the same store."""
    executable = shutil.which("oxigraph")
    if executable is None:
        pytest.skip("the oxigraph server (PyPI 'oxigraph') is not installed")
    port = free_port()
    command = [
        executable,
        "serve-read-only",
        "--location",
        str(served_store),
        "--bind",
        f"127.0.0.1:{port}",
        "--union-default-graph",
    ]
    with running(command, f"http://127.0.0.1:{port}/query?query=ASK%7B%7D"):
        yield f"http://127.0.0.1:{port}/query"


RDFLIB_FORMATS = {
    "text/turtle": "turtle",
    "text/n3": "n3",
    "application/ld+json": "json-ld",
    "application/rdf+xml": "xml",
}


def _text(converted) -> str:
    """What SPARQLWrapper's convert() returned, as text to look into."""
    if isinstance(converted, Document):
        return converted.toxml()
    if isinstance(converted, bytes):
        return converted.decode()
    return json.dumps(converted)


def _graph(converted, media: str) -> rdflib.Graph:
    """What SPARQLWrapper's convert() returned for an RDF answer, as a graph (it parses some
    formats itself and hands others back as they came)."""
    if isinstance(converted, rdflib.Graph):
        return converted
    data = converted if isinstance(converted, bytes) else json.dumps(converted)
    return rdflib.Graph().parse(data=data, format=RDFLIB_FORMATS[media])


@pytest.mark.parametrize("request_kind", REQUESTS)
@pytest.mark.parametrize("return_format", RETURN_FORMATS)
@pytest.mark.parametrize("form", QUERIES)
def test_sparqlwrapper_in_every_return_format(endpoint, form, return_format, request_kind):
    wrapper = SPARQLWrapper(endpoint)
    wrapper.setQuery(QUERIES[form])
    wrapper.setReturnFormat(return_format)
    wrapper.setMethod(REQUESTS[request_kind][0])
    wrapper.setRequestMethod(REQUESTS[request_kind][1])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # SPARQLWrapper warns of a format a query form has not (JSON-LD for SELECT)
        result = wrapper.query()
        converted = result.convert()
    assert result.response.status == 200
    if form in ("CONSTRUCT", "DESCRIBE"):
        media = result.response.headers["content-type"].split(";")[0]
        triple = (rdflib.URIRef(PAK), rdflib.URIRef(f"{TKG}alpha3"), rdflib.Literal("PAK"))
        assert triple in _graph(converted, media)
    elif form == "ASK":
        assert "true" in _text(converted).lower()
    else:
        assert PAK in _text(converted)


def test_rdflib_sparqlstore_reads_the_endpoint(endpoint):
    for method in ("GET", "POST", "POST_FORM"):
        graph = rdflib.Graph(SPARQLStore(endpoint, method=method))
        pak, alpha3 = rdflib.URIRef(PAK), rdflib.URIRef(f"{TKG}alpha3")
        assert [row.s for row in graph.query(QUERIES["SELECT"])] == [pak]
        assert graph.query(QUERIES["ASK"]).askAnswer is True
        assert set(graph.query(QUERIES["CONSTRUCT"]).graph) == {(pak, alpha3, rdflib.Literal("PAK"))}
        assert (pak, alpha3, rdflib.Literal("PAK")) in graph.query(QUERIES["DESCRIBE"]).graph
        assert list(graph.triples((None, alpha3, rdflib.Literal("PAK")))) == [(pak, alpha3, rdflib.Literal("PAK"))]
        assert graph.value(pak, alpha3) == rdflib.Literal("PAK")


def _parsed(response: httpx.Response, form: str) -> list:
    """The answer parsed in the format its Content-Type names."""
    media = response.headers["content-type"].split(";")[0]
    if form in ("CONSTRUCT", "DESCRIBE"):
        return list(parse(response.content, format=RdfFormat.from_media_type(media)))
    if media == "text/csv":  # lossy: pyoxigraph does not read it back
        rows = list(csv.reader(io.StringIO(response.text)))
        return [rows == [["true"]]] if form == "ASK" else rows[1:]
    results = parse_query_results(response.content, format=QueryResultsFormat.from_media_type(media))
    return [bool(results)] if form == "ASK" else list(results)


@pytest.mark.parametrize("accept", ACCEPTS)
@pytest.mark.parametrize("form", QUERIES)
def test_every_request_oxigraph_accepts_is_accepted(endpoint, oxigraph_endpoint, form, accept):
    headers = {"Accept": accept}
    ours = httpx.post(endpoint, data={"query": QUERIES[form]}, headers=headers, timeout=30)
    theirs = httpx.post(oxigraph_endpoint, data={"query": QUERIES[form]}, headers=headers, timeout=30)
    if theirs.status_code == 200:
        assert ours.status_code == 200, ours.text
        assert _parsed(ours, form) == _parsed(theirs, form) or form == "DESCRIBE"
        assert len(_parsed(ours, form)) == len(_parsed(theirs, form))
    else:
        assert ours.status_code in (200, 406)
        assert ours.status_code == 406 or _parsed(ours, form)


@pytest.mark.parametrize(
    ("params", "media"),
    [
        (
            {"format": ["tsv", "text/tab-separated-values"], "output": "tsv", "results": "tsv"},
            "text/tab-separated-values",
        ),
        ({"format": "json", "output": "json"}, "application/sparql-results+json"),
        ({"format": "text/csv"}, "text/csv"),
        ({"output": "xml"}, "application/sparql-results+xml"),
    ],
)
def test_format_parameters_as_clients_send_them(endpoint, params, media):
    response = httpx.get(endpoint, params={"query": QUERIES["SELECT"], **params}, timeout=30)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith(media)
    assert PAK in response.text


@pytest.mark.parametrize(
    ("fmt", "media"),
    [
        ("xml", "application/rdf+xml"),
        ("json", "application/ld+json"),
        ("n3", "text/n3"),
        ("nt", "application/n-triples"),
        ("application/trig", "application/trig"),
        ("nquads", "application/n-quads"),
    ],
)
def test_format_names_for_rdf_answers(endpoint, fmt, media):
    response = httpx.get(endpoint, params={"query": QUERIES["CONSTRUCT"], "format": fmt}, timeout=30)
    assert response.headers["content-type"].startswith(media)
    assert [t.subject.value for t in _parsed(response, "CONSTRUCT")] == [PAK]


def test_a_repeated_query_is_answered_from_the_cache(endpoint):
    join = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f }"  # seconds of work on the sample
    timings, bodies = [], []
    for _ in range(2):
        started = time.monotonic()
        response = httpx.post(endpoint, data={"query": join}, timeout=60)
        timings.append(time.monotonic() - started)
        assert response.status_code == 200, response.text
        bodies.append(response.content)
    assert bodies[0] == bodies[1]
    assert timings[0] > 1.0 and timings[1] < timings[0] / 4, timings


def test_queries_that_differ_each_time_are_never_cached(endpoint):
    query = "SELECT (STRUUID() AS ?id) (NOW() AS ?now) WHERE {}"
    answers = [
        httpx.post(endpoint, data={"query": query}, timeout=30).json()["results"]["bindings"][0]["id"]["value"]
        for _ in range(2)
    ]
    assert answers[0] != answers[1]
