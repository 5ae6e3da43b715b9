"""Remote SPARQL 1.1 stores: saved queries through SPARQLWrapper, upload by the Graph Store Protocol.

The query text sent is exactly what the embedded store runs (``bound_text``: prefixes declared,
parameters in a VALUES block), so answers agree wherever the remote's default graph is the
union of its named graphs. ``push`` PUTs each named graph, which replaces a graph of the same
name: pushing twice leaves the remote as after one push. Graphs the remote holds that the
local store lacks are left alone.
"""

from __future__ import annotations

import urllib.error
import urllib.request
from dataclasses import dataclass
from urllib.parse import quote, urlsplit, urlunsplit

from pyoxigraph import BlankNode, Literal, NamedNode, RdfFormat, Store, serialize
from SPARQLWrapper import JSON, POST, URLENCODED, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

from treatykg.query import Param, Result, SavedQuery, bound_text
from treatykg.sources import InputError


def _term(binding: dict):
    """A SPARQL JSON binding as a pyoxigraph term."""
    kind, value = binding["type"], binding["value"]
    if kind == "uri":
        return NamedNode(value)
    if kind == "bnode":
        return BlankNode(value)
    if "xml:lang" in binding:
        return Literal(value, language=binding["xml:lang"])
    if "datatype" in binding:
        return Literal(value, datatype=NamedNode(binding["datatype"]))
    return Literal(value)


def select(endpoint: str, text: str, auth: str | None = None) -> tuple[list[str], list[dict]]:
    """Run a SELECT on the endpoint: its variables and its rows of terms."""
    client = SPARQLWrapper(endpoint)
    client.setQuery(text)
    client.setMethod(POST)
    client.setRequestMethod(URLENCODED)
    client.setReturnFormat(JSON)
    if auth:
        client.setCredentials(*_credentials(auth))
    try:
        data = client.queryAndConvert()
    except (SPARQLWrapperException, urllib.error.URLError, OSError, ValueError) as error:
        raise InputError(f"{endpoint}: {_reason(error)}") from error
    rows = [{name: _term(value) for name, value in row.items()} for row in data["results"]["bindings"]]
    return data["head"]["vars"], rows


def asker(endpoint: str):
    """An ``ask`` function for treatykg.query.Resolver that asks the remote endpoint."""

    def ask(sparql: str, bindings: dict) -> list[dict]:
        params = tuple(Param(name, "string") for name in bindings)
        return select(endpoint, bound_text(sparql, bindings, params))[1]

    return ask


def run(query: SavedQuery, bindings: dict, endpoint: str) -> Result:
    """A saved query with its bound parameters, run on the endpoint."""
    columns, rows = select(endpoint, bound_text(query.text, bindings, query.params))
    return Result(columns, [[row.get(name) for name in columns] for row in rows])


GRAPH_STORE_PATHS = {  # the query endpoint's path -> the Graph Store Protocol path, per store
    "/query": "/store",  # Oxigraph
    "/sparql": "/sparql-graph-crud-auth",  # Virtuoso
}


def graph_store_url(endpoint: str) -> str:
    """The Graph Store Protocol URL that goes with a query endpoint (Oxigraph, Virtuoso, GraphDB, Fuseki)."""
    parts = urlsplit(endpoint)
    path = parts.path.rstrip("/")
    if path in GRAPH_STORE_PATHS:
        path = GRAPH_STORE_PATHS[path]
    elif path.count("/") == 2 and path.startswith("/repositories/"):  # GraphDB, RDF4J
        path += "/rdf-graphs/service"
    elif path.endswith(("/query", "/sparql")) and path.count("/") == 2:  # Fuseki: /dataset/query
        path = path.rsplit("/", 1)[0] + "/data"
    else:
        raise InputError(f"{endpoint}: cannot tell this store's Graph Store URL; give --graph-store")
    return urlunsplit((parts.scheme, parts.netloc, path, "", ""))


@dataclass(frozen=True)
class PushReport:
    graph_store: str
    graphs: int
    triples: int


def _credentials(auth: str) -> tuple[str, str]:
    user, sep, password = auth.partition(":")
    if not sep:
        raise InputError("--auth: expected user:password")
    return user, password


def _reason(error: Exception) -> str:
    if isinstance(error, urllib.error.HTTPError):
        detail = error.read().decode("utf-8", errors="replace").strip().splitlines()
        return f"HTTP {error.code} {error.reason}" + (f": {detail[0][:300]}" if detail else "")
    if isinstance(error, urllib.error.URLError):
        return str(error.reason)
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__


def _opener(url: str, auth: str | None) -> urllib.request.OpenerDirector:
    if not auth:
        return urllib.request.build_opener()
    passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
    passwords.add_password(None, url, *_credentials(auth))
    return urllib.request.build_opener(urllib.request.HTTPBasicAuthHandler(passwords),
                                       urllib.request.HTTPDigestAuthHandler(passwords))


def push(store: Store, endpoint: str, graph_store: str | None = None, auth: str | None = None) -> PushReport:
    """PUT every named graph of the store to the remote, then check the remote's counts per graph."""
    target = graph_store or graph_store_url(endpoint)
    opener = _opener(target, auth)
    sizes = {}
    for graph in sorted(store.named_graphs(), key=str):
        triples = sorted((quad.triple for quad in store.quads_for_pattern(None, None, None, graph)), key=str)
        body = serialize(triples, format=RdfFormat.N_TRIPLES) or b""
        request = urllib.request.Request(f"{target}?graph={quote(graph.value, safe='')}", data=body, method="PUT",
                                         headers={"Content-Type": "text/turtle; charset=utf-8"})
        try:
            with opener.open(request, timeout=300):
                pass
        except (urllib.error.URLError, OSError) as error:
            raise InputError(f"{target}: PUT {graph.value} failed: {_reason(error)}") from error
        sizes[graph.value] = len(triples)
    _verify(endpoint, sizes, auth)
    return PushReport(target, len(sizes), sum(sizes.values()))


def _verify(endpoint: str, sizes: dict[str, int], auth: str | None) -> None:
    """The remote must hold each pushed graph with as many triples as the local one."""
    _, rows = select(endpoint, "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g", auth)
    remote = {row["g"].value: int(row["n"].value) for row in rows}
    wrong = [graph for graph, size in sizes.items() if remote.get(graph) != size]
    if wrong:
        raise InputError(f"{endpoint}: after the push, graph {wrong[0]} holds {remote.get(wrong[0], 0)} "
                         f"triples, not {sizes[wrong[0]]} ({len(wrong)} graphs differ)")
