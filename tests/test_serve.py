"""``treatykg serve`` over real HTTP: the SPARQL 1.1 Protocol, refusals, limits, pages, VoID."""

from __future__ import annotations

import time

import httpx
import pytest
from conftest import treatykg_server
from pyoxigraph import Literal, NamedNode, QueryResultsFormat, RdfFormat, parse, parse_query_results

from treatykg.query import bound_text, parse_saved

pytestmark = pytest.mark.server

STATES = "SELECT ?state WHERE { ?state a tkg:State } ORDER BY ?state"
EXPENSIVE = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


@pytest.fixture(scope="module")
def url(served_store):
    with treatykg_server(served_store, "--timeout", "2", "--max-rows", "50") as base:
        yield base


@pytest.fixture(scope="module")
def client(url):
    with httpx.Client(base_url=url, timeout=30) as session:
        yield session


def sparql(client, query: str, accept: str | None = None, **params) -> httpx.Response:
    headers = {"Accept": accept} if accept else {}
    return client.post("/sparql", data={"query": query, **params}, headers=headers)


@pytest.mark.parametrize(
    ("accept", "media_type"),
    [
        ("application/sparql-results+json", "application/sparql-results+json"),
        ("application/sparql-results+xml", "application/sparql-results+xml"),
        ("text/csv", "text/csv"),
        ("text/tab-separated-values", "text/tab-separated-values"),
        ("text/html;q=0.9, application/sparql-results+xml", "application/sparql-results+xml"),
        ("*/*", "application/sparql-results+json"),
    ],
)
def test_select_results_by_content_negotiation(client, accept, media_type):
    response = sparql(client, "SELECT ?symbol WHERE { ?r a tkg:Resolution ; dcterms:identifier ?symbol }", accept)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith(media_type)
    assert "A/RES/77/79" in response.text


@pytest.mark.parametrize(
    ("fmt", "results_format"),
    [("json", QueryResultsFormat.JSON), ("xml", QueryResultsFormat.XML), ("tsv", QueryResultsFormat.TSV)],
)
def test_results_parse_in_the_standard_formats(client, fmt, results_format):
    response = client.get("/sparql", params={"query": "SELECT ?s WHERE { ?s tkg:alpha3 'PAK' }", "format": fmt})
    rows = list(parse_query_results(response.content, format=results_format))
    assert [row["s"] for row in rows] == [NamedNode("https://w3id.org/treatykg/id/state/PAK")]


def test_ask_and_sparql_query_body(client):
    response = client.post(
        "/sparql", content="ASK { ?s tkg:alpha3 'PAK' }", headers={"Content-Type": "application/sparql-query"}
    )
    assert response.json() == {"head": {}, "boolean": True}


@pytest.mark.parametrize(
    ("accept", "rdf_format"),
    [
        ("text/turtle", RdfFormat.TURTLE),
        ("application/n-triples", RdfFormat.N_TRIPLES),
        ("application/ld+json", RdfFormat.JSON_LD),
    ],
)
def test_construct_in_each_rdf_format(client, accept, rdf_format):
    response = sparql(client, "CONSTRUCT WHERE { ?s tkg:alpha3 'PAK' }", accept)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith(accept)
    triples = list(parse(response.content, format=rdf_format))
    assert [t.object for t in triples] == [Literal("PAK")]


def test_unacceptable_media_types_get_406(client):
    assert sparql(client, STATES, "image/png").status_code == 406
    assert sparql(client, "CONSTRUCT WHERE { ?s ?p ?o }", "text/csv").status_code == 406
    assert sparql(client, STATES, "image/png", format="json").status_code == 406


def test_format_parameter_yields_to_an_accept_header_that_excludes_it(client):
    query = "SELECT ?s WHERE { ?s tkg:alpha3 'PAK' }"
    assert sparql(client, query, "text/csv", format="json").headers["content-type"].startswith("text/csv")
    assert (
        sparql(client, query, "*/*", format="xml").headers["content-type"].startswith("application/sparql-results+xml")
    )
    assert (
        sparql(client, query, "*/*", format="turtle")
        .headers["content-type"]
        .startswith("application/sparql-results+json")
    )  # a format this query cannot take is passed over


def test_result_rows_are_capped_and_the_cap_is_announced(client):
    response = sparql(client, STATES)
    assert len(response.json()["results"]["bindings"]) == 50
    assert response.headers["x-result-limit"] == "50"
    assert response.headers["x-result-truncated"] == "true"
    small = sparql(client, "SELECT ?s WHERE { ?s tkg:alpha3 'PAK' }")
    assert "x-result-truncated" not in small.headers


@pytest.mark.parametrize(
    "query",
    [
        "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
        "DELETE WHERE { ?s ?p ?o }",
        "LOAD <http://127.0.0.1:9/data.ttl>",
        "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
        "SELECT * WHERE { ?x a tkg:State . { SELECT ?s WHERE { SERVICE SILENT <http://127.0.0.1:9/> { ?s ?p ?o } } } }",
        "ASK { OPTIONAL { SERVICE ?endpoint { ?s ?p ?o } } }",
    ],
)
def test_updates_load_and_service_are_refused(client, query):
    response = sparql(client, query)
    assert response.status_code == 403, response.text
    assert "not allowed" in response.text
    as_update = client.post("/sparql", data={"update": query})
    assert as_update.status_code == 403


def test_the_word_service_in_a_literal_is_harmless(client):
    response = sparql(client, "SELECT ?text WHERE { BIND('SERVICE <http://127.0.0.1:9/> { }' AS ?text) }")
    assert response.status_code == 200
    assert "SERVICE" in response.json()["results"]["bindings"][0]["text"]["value"]


def test_service_in_a_saved_query_parameter_is_bound_as_a_literal(client):
    saved = parse_saved(
        "echo", "# param: text string required -- any text\nSELECT ?echo WHERE { BIND(?text_param AS ?echo) }\n"
    )
    smuggled = "x' } SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } #"
    response = sparql(client, bound_text(saved.text, {"text": Literal(smuggled)}, saved.params))
    assert response.status_code == 200, response.text
    assert response.json()["results"]["bindings"][0]["echo"]["value"] == smuggled


def test_malformed_query_gets_400_with_the_parser_message(client):
    response = sparql(client, "SELECT ?s WHERE { ?s ?p ")
    assert response.status_code == 400
    assert "malformed query" in response.text and "char" in response.text


def test_an_expensive_query_is_stopped_and_the_server_goes_on(client):
    started = time.monotonic()
    response = sparql(client, EXPENSIVE)
    assert response.status_code == 503
    assert "stopped" in response.text
    assert time.monotonic() - started < 10
    assert sparql(client, "ASK { ?s tkg:alpha3 'PAK' }").json()["boolean"] is True


def test_oversized_queries_are_refused(client):
    padding = "#" + "x" * 20_000 + "\n"
    assert client.get("/sparql", params={"query": padding + STATES}).status_code == 414
    response = client.post(
        "/sparql", content=padding * 5 + STATES, headers={"Content-Type": "application/sparql-query"}
    )
    assert response.status_code == 413
    assert "limit" in response.text


def test_void_and_service_description(client):
    for path in ("/.well-known/void", "/sparql"):
        response = client.get(path, headers={"Accept": "text/turtle"})
        assert response.status_code == 200
        triples = list(parse(response.content, format=RdfFormat.TURTLE))
        predicates = {t.predicate.value.rsplit("/", 1)[-1] for t in triples}
        assert {
            "void#triples",
            "sparql-service-description#namedGraph",
            "void#vocabulary",
            "sparql-service-description#resultFormat",
            "license",
            "publisher",
            "created",
            "source",
            "void#linkPredicate",
            "void#subset",
        } <= predicates
        assert NamedNode("https://undocs.org/A/RES/77/79") in {t.object for t in triples}
    described = client.get("/.well-known/void", headers={"Accept": "application/ld+json"})
    assert described.headers["content-type"].startswith("application/ld+json")


def test_state_page_shows_participation_votes_chart_and_positions(client):
    response = client.get("/id/state/PAK", headers={"Accept": "text/html"})
    assert response.status_code == 200
    page = response.text
    assert "<h1>Pakistan</h1>" in page
    assert 'id="vote-chart"' in page and page.count('class="vote-bar"') >= 3
    assert "ratification" in page and 'href="/id/treaty/ccw"' in page
    assert "the CCW is the appropriate forum" in page and 'href="/id/doc/A/RES/77/79"' in page


def test_state_as_rdf_by_content_negotiation(client):
    turtle = client.get("/id/state/PAK", headers={"Accept": "text/turtle"})
    assert turtle.headers["content-type"].startswith("text/turtle")
    assert Literal("PAK") in {t.object for t in parse(turtle.content, format=RdfFormat.TURTLE)}
    jsonld = client.get("/id/state/PAK", headers={"Accept": "application/ld+json"})
    assert jsonld.json()


def test_resolution_page_shows_paragraphs_and_vote(client):
    page = client.get("/id/doc/A/RES/77/79").text
    assert "Implementation of the Convention on Cluster Munitions" in page
    assert "Urges" in page
    assert 'href="/id/state/AUT"' in page


def test_pages_degrade_when_data_is_missing(client):
    page = client.get("/id/state/FRA").text
    assert "No recorded votes" in page and "No positions of this state" in page
    assert client.get("/id/state/XXX").status_code == 404
    assert client.get("/id/doc/A/RES/1/1").status_code == 404


def test_query_page_offers_every_saved_query(client):
    from treatykg.query import saved_queries

    page = client.get("/").text
    for name in saved_queries():
        assert f'id="example-{name}"' in page
    assert "https://" not in page.split('<script id="examples"')[0].split("</style>")[0]
    assert "/static/yasgui/yasgui.min.js" in page
    assert client.get("/static/yasgui/yasgui.min.js").status_code == 200


def test_updates_behind_a_token(store_copy_for_updates):
    with treatykg_server(store_copy_for_updates, "--update-token", "s3cret") as base, httpx.Client(base_url=base) as c:
        update = {"update": "INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> 'c' } }"}
        assert c.post("/sparql", data=update).status_code == 401
        assert c.post("/sparql", data=update, headers={"Authorization": "Bearer wrong"}).status_code == 401
        assert c.post("/sparql", data=update, headers={"Authorization": "Bearer s3cret"}).status_code == 204
        assert sparql(c, "ASK { <urn:a> <urn:b> 'c' }").json()["boolean"] is True
        load = {"update": "LOAD <http://127.0.0.1:9/x.ttl>"}
        assert c.post("/sparql", data=load, headers={"Authorization": "Bearer s3cret"}).status_code == 403


@pytest.fixture()
def store_copy_for_updates(served_store, tmp_path):
    import shutil

    target = tmp_path / "store"
    shutil.copytree(served_store, target)
    return target


def test_answers_larger_than_a_pipe_s_buffer_arrive_whole_on_the_uvloop_event_loop(built_store):
    """uvloop leaves the worker's pipe non-blocking once watched: each answer must still be read whole."""
    import json

    import uvloop

    from treatykg.workers import Job, Pool

    pool = Pool(str(built_store), size=1)
    job = Job("SELECT * WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 3000", "json", 5000)

    async def ask_again_and_again():
        return [await pool.run_async(job) for _ in range(10)]

    try:
        answers = uvloop.run(ask_again_and_again())
    finally:
        pool.close()
    assert all(len(answer.body) > 2**16 for answer in answers)  # larger than the pipe's buffer
    assert {len(json.loads(answer.body)["results"]["bindings"]) for answer in answers} == {3000}
