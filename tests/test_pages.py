"""The dataset's IRIs over real HTTP: concise bounded descriptions, 404s in every format, the
ontology, its concepts and the named graphs dereferenced, CORS, the saved-query binding behind the
form on /, and the treaty and document pages."""

from __future__ import annotations

from urllib.parse import quote

import httpx
import pytest
from conftest import treatykg_server
from pyoxigraph import Literal, NamedNode, RdfFormat, parse

from treatykg import iris

pytestmark = pytest.mark.server

RDF = {
    "text/turtle": RdfFormat.TURTLE,
    "application/ld+json": RdfFormat.JSON_LD,
    "application/n-triples": RdfFormat.N_TRIPLES,
}
RECALLED = "A/RES/63/71"  # described in the graph of every resolution that recalls it


@pytest.fixture(scope="module")
def client(pages_store):
    with treatykg_server(pages_store) as base, httpx.Client(base_url=base, timeout=30) as session:
        yield session


def select(client, query: str) -> list[dict]:
    answer = client.post("/sparql", data={"query": query}, headers={"Accept": "application/sparql-results+json"})
    assert answer.status_code == 200, answer.text
    return answer.json()["results"]["bindings"]


@pytest.mark.parametrize("media", RDF)
def test_an_entity_is_its_statements_each_once(client, media):
    iri = iris.document(RECALLED)
    copies = int(select(client, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ <{iri}> ?p ?o }} }}")[0]["n"]["value"])
    distinct = {
        (row["p"]["value"], row["o"]["value"])
        for row in select(client, f"SELECT DISTINCT ?p ?o WHERE {{ <{iri}> ?p ?o }}")
    }
    assert copies > len(distinct) > 0  # several named graphs say the same things
    answer = client.get(f"/id/doc/{RECALLED}", headers={"Accept": media})
    assert answer.status_code == 200 and answer.headers["content-type"].startswith(media)
    triples = list(parse(answer.content, format=RDF[media]))
    assert len(triples) == len(set(triples)) == len(distinct)
    assert {(t.predicate.value, t.object.value) for t in triples} == distinct
    if media == "application/n-triples":
        assert len(answer.text.splitlines()) == len(distinct)


@pytest.mark.parametrize(
    "path", ["/id/state/XXX", "/id/doc/A/RES/1/1", "/ontology/concept/no-such-concept", "/graph/no-such-graph"]
)
@pytest.mark.parametrize("media", ["text/html", *RDF])
def test_an_unknown_iri_is_404_in_every_format(client, path, media):
    answer = client.get(path, headers={"Accept": media})
    assert answer.status_code == 404
    assert answer.text.strip()  # says so, in a page or a line


def test_the_ontology_its_terms_and_concepts_dereference(client):
    page = client.get("/ontology", headers={"Accept": "text/html"})
    assert page.status_code == 200 and 'id="State"' in page.text and 'id="Treaty"' in page.text
    turtle = client.get("/ontology", headers={"Accept": "text/turtle"})
    triples = set(parse(turtle.content, format=RdfFormat.TURTLE))
    state = NamedNode("https://w3id.org/treatykg/ontology#State")
    assert any(t.subject == state and t.predicate.value.endswith("#label") for t in triples)
    concept = client.get("/ontology/concept/abstain", headers={"Accept": "application/n-triples"})
    assert concept.status_code == 200
    assert Literal("abstain") in {t.object for t in parse(concept.content, format=RdfFormat.N_TRIPLES)}
    scheme = client.get("/ontology/concept/vote-options").text
    assert 'href="/ontology/concept/yes"' in scheme and "<h1>vote options</h1>" in scheme


def test_named_graphs_dereference_with_their_size(client):
    graphs = {
        row["g"]["value"]: int(row["n"]["value"])
        for row in select(client, "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
    }
    base = iris.base()
    for graph in (iris.graph(iris.ONTOLOGY_GRAPH), next(g for g in graphs if g.startswith(base + "id/source/"))):
        path = "/" + graph[len(base) :]
        page = client.get(path, headers={"Accept": "text/html"})
        assert page.status_code == 200 and f"A named graph of {graphs[graph]} statements" in page.text
        described = parse(client.get(path, headers={"Accept": "text/turtle"}).content, format=RdfFormat.TURTLE)
        size = [t.object.value for t in described if t.predicate.value == "http://rdfs.org/ns/void#triples"]
        assert size == [str(graphs[graph])]


def test_any_site_may_read_pages_and_queries(client):
    for path in ("/", "/id/state/PAK", "/ontology", "/sparql?query=" + quote("ASK {}")):
        assert client.get(path).headers.get("access-control-allow-origin") == "*", path
    posted = client.post("/sparql", content="ASK {}", headers={"Content-Type": "application/sparql-query"})
    assert posted.status_code == 200 and posted.headers.get("access-control-allow-origin") == "*"
    preflight = client.options(
        "/sparql",
        headers={
            "Origin": "https://example.org",
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type",
        },
    )
    assert preflight.status_code == 204 and preflight.headers["access-control-allow-origin"] == "*"
    assert "POST" in preflight.headers["access-control-allow-methods"]


def test_no_site_may_update(client):
    with_token = client.options(
        "/sparql",
        headers={
            "Origin": "https://example.org",
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "authorization, content-type",
        },
    )
    assert "access-control-allow-origin" not in with_token.headers
    update = client.post("/sparql", data={"update": "INSERT DATA { <urn:a> <urn:b> <urn:c> }"})
    assert update.status_code == 403 and "access-control-allow-origin" not in update.headers


def test_saved_query_parameters_resolve_as_on_the_command_line(client):
    texts = {
        value: client.get("/queries/voting-history", params={"state": value})
        for value in ("Pakistan", "PAK", "pak", iris.state("PAK"))
    }
    assert {answer.status_code for answer in texts.values()} == {200}
    assert len({answer.json()["query"] for answer in texts.values()}) == 1
    assert f"<{iris.state('PAK')}>" in texts["PAK"].json()["query"]
    treaty = client.get("/queries/participation", params={"treaty": "CCM", "as_of": "2012-01-01"}).json()["query"]
    assert f"<{iris.treaty('ccm')}>" in treaty and '"2012-01-01"^^' in treaty


@pytest.mark.parametrize(
    ("path", "params", "status", "line"),
    [
        ("/queries/participation", {}, 400, "treaty: required by query participation"),
        ("/queries/participation", {"treaty": " "}, 400, "treaty: required by query participation"),
        ("/queries/voting-history", {"state": "Atlantis"}, 400, "state=Atlantis: not a state"),
        (
            "/queries/voting-history",
            {"state": "PAK", "color": "red"},
            400,
            "color: query voting-history has no such parameter",
        ),
        ("/queries/no-such-query", {}, 404, "no saved query named 'no-such-query'"),
    ],
)
def test_saved_query_refusals_are_one_line(client, path, params, status, line):
    answer = client.get(path, params=params)
    assert answer.status_code == status
    assert answer.text.startswith(line) and answer.text.count("\n") == 1


def test_a_value_is_bound_as_a_term_never_pasted(client):
    sneaky = 'A/RES/77/79" } ; DROP ALL ; #'
    answer = client.get("/queries/vote-totals", params={"document": sneaky})
    assert answer.status_code == 400 and "no document with that symbol" in answer.text
    bound = client.get("/queries/vote-totals", params={"document": "a/res/77/79"}).json()["query"]
    assert f"<{iris.document('A/RES/77/79')}>" in bound and "a/res" not in bound


def test_treaty_page_on_a_date(client):
    page = client.get("/id/treaty/ccm", params={"on": "2012-01-01"}).text
    assert "Parties and signatories on 2012-01-01" in page and 'id="party-chart"' in page
    assert 'href="/id/doc/A/RES/77/79"' in page  # a resolution about the treaty, with its vote
    bad = client.get("/id/treaty/ccm", params={"on": "2012-13-01"})
    assert bad.status_code == 400 and bad.text == "on=2012-13-01: not an ISO date (YYYY-MM-DD)\n"


def test_resolution_pages_link_what_they_recall_and_what_recalls_them(client):
    recalled = client.get(f"/id/doc/{RECALLED}").text
    recalling = client.get("/id/doc/A/RES/77/79").text
    assert "recalled by" in recalled and 'href="/id/doc/A/RES/77/79"' in recalled.split('id="recalls"')[1]
    assert f'href="/id/doc/{RECALLED}"' in recalling.split('id="recalls"')[1].split("</table>")[0]


def test_properties_are_shown_by_their_labels(client):
    page = client.get("/id/state/PAK").text
    statements = page.split("<h2>All statements</h2>")[1]
    assert "ISO 3166-1 alpha-3 code" in statements
    assert ">https://w3id.org/treatykg/ontology#" not in statements and ">http://" not in statements


def test_party_steps_follow_withdrawal_and_rejoining():
    from treatykg.pages import party_steps

    acts = [
        {"state": "A", "kind": "signature", "date": "2000-01-01"},
        {"state": "A", "kind": "consent", "date": "2001-05-01"},
        {"state": "B", "kind": "consent", "date": "2001-05-01"},
        {"state": "B", "kind": "withdrawal", "date": "2004-02-02"},
        {"state": "C", "kind": "consent", "date": "2004-02-02"},
        {"state": "B", "kind": "consent", "date": "2006-07-07"},
    ]
    assert [(day.isoformat(), count) for day, count in party_steps(acts)] == [("2001-05-01", 2), ("2006-07-07", 3)]


def test_a_state_page_says_whose_words_each_position_is(client):
    rows = client.get("/id/state/PAK").text.split("<h2>Positions</h2>")[1].split("</table>")[0].split("<tr>")[2:]
    reported = [row for row in rows if "modality-reported" in row]
    stated = [row for row in rows if "modality-stated" in row]
    assert reported and stated
    assert all("reported by Landmine and Cluster Munition Monitor" in row for row in reported)
    assert not any("reported" in row.split("modality-stated")[1].split("</td>")[0] for row in stated)


@pytest.mark.parametrize("path", ["/id/group/nam", "/id/org/eu"])
def test_a_group_s_page_lists_the_positions_taken_in_its_name(client, path):
    page = client.get(path)
    assert page.status_code == 200 and "<h2>Positions</h2>" in page.text
    positions = page.text.split("<h2>Positions</h2>")[1].split("<h2>")[0]
    if path.endswith("nam"):
        assert "We support a ban on cluster munitions." in positions and "ban on the weapon" in positions
    else:
        assert "No positions taken in this group" in positions


def test_a_group_s_words_are_not_on_the_page_of_the_state_that_delivered_them(client):
    page = client.get("/id/state/IDN").text
    assert "We support a ban on cluster munitions." not in page
