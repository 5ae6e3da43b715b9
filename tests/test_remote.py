"""Remote stores: push the graph to a real ``oxigraph serve`` and a real Virtuoso, run every saved query there."""

from __future__ import annotations

import http.client
from pathlib import Path

import pytest
from conftest import cli, free_port
from pyoxigraph import Store

from treatykg import query as q
from treatykg import remote

pytestmark = pytest.mark.server

SAMPLE_VALUES = {
    "state": "PAK",
    "document": "A/RES/77/79",
    "treaty": "CCM",
    "date": "2022-12-31",
    "integer": "1",
    "string": "cluster munitions",
    "topic": "ban",
}


def remote_quads(endpoint: str, store: Path) -> set[tuple[str, ...]]:
    """The quads of the remote's graphs that the local store names (Virtuoso holds graphs of its own)."""
    graphs = " ".join(f"<{g.value}>" for g in Store.read_only(str(store)).named_graphs())
    _, rows = remote.select(
        endpoint, f"SELECT ?g ?s ?p ?o WHERE {{ VALUES ?g {{ {graphs} }} GRAPH ?g {{ ?s ?p ?o }} }}"
    )
    return {tuple(str(row[name]) for name in "gspo") for row in rows}


@pytest.fixture(params=["oxigraph", "virtuoso"])
def remote_store(request) -> tuple[str, list[str]]:
    """A real store of each kind: its query endpoint, and the options ``treatykg push`` needs for it."""
    base = request.getfixturevalue(request.param)
    if request.param == "oxigraph":
        return f"{base}/query", ["--graph-store", f"{base}/store"]
    return f"{base}/sparql", ["--graph-store", f"{base}/sparql-graph-crud-auth", "--auth", "dba:dba"]


def test_push_twice_leaves_the_remote_identical(remote_store, served_store):
    endpoint, options = remote_store
    first = cli("push", "--endpoint", endpoint, *options, "--store", served_store)
    assert first.exit_code == 0, first.output + first.stderr
    after_first = remote_quads(endpoint, served_store)
    second = cli("push", "--endpoint", endpoint, *options, "--store", served_store)
    assert second.exit_code == 0
    assert remote_quads(endpoint, served_store) == after_first
    local = Store.read_only(str(served_store))
    assert after_first == {(str(x.graph_name), str(x.subject), str(x.predicate), str(x.object)) for x in local}


def test_every_saved_query_gives_the_same_rows_remotely(remote_store, served_store):
    endpoint, options = remote_store
    assert cli("push", "--endpoint", endpoint, *options, "--store", served_store).exit_code == 0
    local = Store.read_only(str(served_store))
    for name, saved in q.saved_queries().items():
        given = {p.name: SAMPLE_VALUES[p.type] for p in saved.params if p.required}
        local_bindings = q.bind(saved, given, q.Resolver(q.local_asker(local)))
        remote_bindings = q.bind(saved, given, q.Resolver(remote.asker(endpoint)))
        assert remote_bindings == local_bindings, name
        mine = q.run_local(saved, local_bindings, local)
        theirs = remote.run(saved, remote_bindings, endpoint)
        assert theirs.columns == mine.columns, name
        as_set = lambda result: {tuple(q.lexical(v) for v in row) for row in result.rows}  # noqa: E731
        assert as_set(theirs) == as_set(mine), name


def test_query_command_with_endpoint_prints_what_the_local_one_prints(oxigraph, served_store):
    endpoint = f"{oxigraph}/query"
    assert cli("push", "--endpoint", endpoint, "--store", served_store).exit_code == 0
    args = ("query", "operative-paragraphs", "--param", "resolution=77/79", "--format", "csv")
    local = cli(*args, "--store", served_store)
    remote_result = cli(*args, "--endpoint", endpoint)
    assert remote_result.exit_code == 0, remote_result.stderr
    assert remote_result.output == local.output
    assert "Urges" in remote_result.output


def test_unreachable_endpoint_is_an_input_error():
    url = f"http://127.0.0.1:{free_port()}/query"
    result = cli("query", "resolutions", "--endpoint", url)
    assert result.exit_code == 2
    assert url in result.stderr and "refused" in result.stderr.lower()


def test_graph_store_urls_for_known_stores():
    assert remote.graph_store_url("http://h:7878/query") == "http://h:7878/store"
    assert remote.graph_store_url("http://h:3030/treaties/sparql") == "http://h:3030/treaties/data"
    assert (
        remote.graph_store_url("http://h:7200/repositories/tkg") == "http://h:7200/repositories/tkg/rdf-graphs/service"
    )
    assert remote.graph_store_url("http://h:8890/sparql") == "http://h:8890/sparql-graph-crud-auth"


def test_the_python_api_reads_an_endpoint_like_the_store(oxigraph, served_store):
    import treatykg

    endpoint = f"{oxigraph}/query"
    assert (
        cli("push", "--endpoint", endpoint, "--graph-store", f"{oxigraph}/store", "--store", served_store).exit_code
        == 0
    )
    with treatykg.open(served_store) as local, treatykg.open(endpoint=endpoint) as far:
        for name, params in (("vote-totals", {}), ("positions", {"state": "PAK", "topic": "ban"})):
            mine, theirs = local.query(name, **params), far.query(name, **params)
            assert mine and sorted(map(repr, theirs)) == sorted(map(repr, mine)), name


def test_a_push_to_a_store_asking_digest_credentials_sends_each_graph_with_its_answer(
    virtuoso, served_store, monkeypatch
):
    """Virtuoso answers a PUT without credentials before reading its body and may close the connection while the
    body is still being sent: each PUT must carry the answer to the challenge a bodiless request drew."""
    answers: list[tuple[str, int]] = []
    begin = http.client.HTTPResponse.begin

    def recorded(response):
        begin(response)
        answers.append((response._method, response.status))

    monkeypatch.setattr(http.client.HTTPResponse, "begin", recorded)
    options = ["--graph-store", f"{virtuoso}/sparql-graph-crud-auth", "--auth", "dba:dba"]
    result = cli("push", "--endpoint", f"{virtuoso}/sparql", *options, "--store", served_store)
    assert result.exit_code == 0, result.output + result.stderr
    puts = [status for method, status in answers if method == "PUT"]
    assert puts and 401 not in puts, answers
