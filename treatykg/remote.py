"""Remote SPARQL 1.1 stores: saved queries through SPARQLWrapper, upload by the Graph Store Protocol.

The query text sent is exactly what the embedded store runs (``bound_text``: prefixes declared,
parameters in a VALUES block), so answers agree wherever the remote's default graph is the
union of its named graphs. ``push`` PUTs each named graph, which replaces a graph of the same
name: pushing twice leaves the remote as after one push. Graphs the remote holds that the
local store lacks are left alone.
"""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from urllib.parse import quote, urlsplit, urlunsplit

from pyoxigraph import RdfFormat, Store, serialize
from SPARQLWrapper import JSON, POST, SELECT, URLENCODED, SPARQLWrapper

from treatykg import sparql_json
from treatykg.errors import InputError
from treatykg.query import Param, Result, SavedQuery, bound_text

TIMEOUT = 60.0  # seconds a remote answer may take, whole
MAX_RESPONSE = 256 * 2**20  # bytes of a remote answer read at most
RESULTS_TYPES = ("application/sparql-results+json", "application/json")


def select(
    endpoint: str, text: str, auth: str | None = None, timeout: float = TIMEOUT, max_bytes: int = MAX_RESPONSE
) -> tuple[list[str], list[dict]]:
    """Run a SELECT on the endpoint: its variables and its rows of terms. Credentials go only to the
    endpoint's own origin and only when it asks (a 401); the whole answer must come within
    ``timeout`` seconds and ``max_bytes`` bytes, as SPARQL results in JSON; anything else is one
    InputError naming the endpoint (without its password)."""
    client = SPARQLWrapper(endpoint)
    client.setQuery(text)
    client.queryType = SELECT  # SPARQLWrapper guesses the type from any word, comments too ("address" as ADD)
    client.setMethod(POST)
    client.setRequestMethod(URLENCODED)
    client.setReturnFormat(JSON)
    request = client._createRequest()  # SPARQLWrapper's request, sent by our opener (see _opener)
    where = _no_credentials_in(endpoint)
    try:
        with _opener(endpoint, auth).open(request, timeout=timeout) as response:
            content_type = response.headers.get_content_type()
            body = _read_whole(response, where, timeout, max_bytes)
    except (urllib.error.URLError, OSError, ValueError) as error:
        raise InputError(f"{where}: {_reason(error)}") from None
    if content_type not in RESULTS_TYPES:
        raise InputError(f"{where}: answered {content_type}, not SPARQL results in JSON")
    try:
        data = json.loads(body)
        columns = [str(name) for name in data["head"]["vars"]]
        rows = [
            {name: sparql_json.from_json(value) for name, value in row.items()} for row in data["results"]["bindings"]
        ]
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        raise InputError(
            f"{where}: the answer is not SPARQL results in JSON ({type(error).__name__}: {str(error)[:120]})"
        ) from None
    return columns, rows


def _read_whole(response, where: str, timeout: float, max_bytes: int) -> bytes:
    """The response body, read piece by piece within the time and size the caller allows."""
    deadline = time.monotonic() + timeout
    chunks: list[bytes] = []
    size = 0
    while True:
        if time.monotonic() > deadline:
            raise InputError(f"{where}: no whole answer within {timeout:g} s")
        chunk = response.read1(65_536)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > max_bytes:
            raise InputError(f"{where}: the answer is over {max_bytes:,} bytes; stopped reading")
        chunks.append(chunk)


def asker(endpoint: str, **limits):
    """An ``ask`` function for treatykg.query.Resolver that asks the remote endpoint (``limits``:
    select's auth, timeout and max_bytes)."""

    def ask(sparql: str, bindings: dict) -> list[dict]:
        params = tuple(Param(name, "string") for name in bindings)
        return select(endpoint, bound_text(sparql, bindings, params), **limits)[1]

    return ask


def run(query: SavedQuery, bindings: dict, endpoint: str, **limits) -> Result:
    """A saved query with its bound parameters, run on the endpoint (``limits`` as for ``asker``)."""
    columns, rows = select(endpoint, bound_text(query.text, bindings, query.params), **limits)
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
        detail = error.read(4096).decode("utf-8", errors="replace").strip().splitlines()
        return f"HTTP {error.code} {error.reason}" + (f": {detail[0][:300]}" if detail else "")
    if isinstance(error, urllib.error.URLError):
        return str(error.reason)
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__


def _origin(url: str) -> tuple[str, str]:
    parts = urlsplit(url)
    return parts.scheme.lower(), (parts.hostname or "").lower() + f":{parts.port or ''}"


def _no_credentials_in(url: str) -> str:
    """The URL as printed; InputError when it carries a user or password (give them with --auth)."""
    if "@" in urlsplit(url).netloc:
        raise InputError(f"{_shown(url)}: credentials in the URL are refused; give them with --auth")
    return url


def _shown(url: str) -> str:
    """A URL as it may be printed: without a user or password in it."""
    parts = urlsplit(url)
    if "@" not in parts.netloc:
        return url
    return urlunsplit((parts.scheme, parts.netloc.rsplit("@", 1)[1], parts.path, parts.query, parts.fragment))


class _SameOriginRedirects(urllib.request.HTTPRedirectHandler):
    """Redirects within the endpoint's origin are followed; one to another origin is refused when
    credentials were given, so they can never reach a host the user did not name."""

    def __init__(self, url: str, credentials: bool):
        self.origin, self.credentials = _origin(url), credentials

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        if self.credentials and _origin(newurl) != self.origin:
            raise InputError(
                f"{_shown(req.full_url)}: redirected to another host ({_shown(newurl)}); "
                "not followed, so the credentials go only to the host named"
            )
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _opener(url: str, auth: str | None) -> urllib.request.OpenerDirector:
    """An opener that answers an authentication challenge from the URL's own origin with the
    credentials (Basic or Digest), never sends them unasked, and refuses cross-origin redirects
    when it holds credentials."""
    handlers: list = [_SameOriginRedirects(url, bool(auth))]
    if auth:
        passwords = _passwords(url, auth)
        handlers += [urllib.request.HTTPBasicAuthHandler(passwords), urllib.request.HTTPDigestAuthHandler(passwords)]
    return urllib.request.build_opener(*handlers)


def _passwords(url: str, auth: str) -> urllib.request.HTTPPasswordMgrWithDefaultRealm:
    """The credentials, for the URL's own origin only."""
    passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
    scheme, host = urlsplit(url).scheme, urlsplit(url).netloc.rsplit("@", 1)[-1]
    passwords.add_password(None, f"{scheme}://{host}/", *_credentials(auth))
    return passwords


def push(store: Store, endpoint: str, graph_store: str | None = None, auth: str | None = None) -> PushReport:
    """PUT every named graph of the store to the remote, then check the remote's counts per graph."""
    target = _no_credentials_in(graph_store or graph_store_url(_no_credentials_in(endpoint)))
    opener = _opener(target, auth)
    sizes = {}
    for graph in sorted(store.named_graphs(), key=str):
        triples = sorted((quad.triple for quad in store.quads_for_pattern(None, None, None, graph)), key=str)
        body = serialize(triples, format=RdfFormat.N_TRIPLES) or b""
        request = urllib.request.Request(
            f"{target}?graph={quote(graph.value, safe='')}",
            data=body,
            method="PUT",
            headers={"Content-Type": "text/turtle; charset=utf-8"},
        )
        if auth:
            _answer_challenge(request, auth)
        _put(opener, request, f"{_shown(target)}: PUT {graph.value}")
        sizes[graph.value] = len(triples)
    _verify(endpoint, sizes, auth)
    return PushReport(_shown(target), len(sizes), sum(sizes.values()))


def _answer_challenge(request: urllib.request.Request, auth: str) -> None:
    """Give a PUT the answer to the server's digest challenge before it sends its body: a bodiless GET of the same
    URL draws the challenge. A server may answer a request without credentials before reading its body and close
    the connection, which the client sees as a broken pipe; a PUT that carries its answer is read whole."""
    probe = urllib.request.Request(request.full_url, method="GET")
    try:
        with urllib.request.build_opener(_SameOriginRedirects(request.full_url, True)).open(probe, timeout=60):
            return  # no challenge: nothing to answer
    except urllib.error.HTTPError as error:
        challenge = error.headers.get("WWW-Authenticate", "") if error.code == 401 else ""
        error.close()
    except (OSError, ValueError):
        return  # the PUT itself will say what is wrong
    scheme, _, rest = challenge.partition(" ")
    if scheme.lower() == "digest":
        fields = urllib.request.parse_keqv_list(urllib.request.parse_http_list(rest))
        answer = urllib.request.HTTPDigestAuthHandler(_passwords(request.full_url, auth)).get_authorization(
            request, fields
        )
        if answer:
            request.add_unredirected_header("Authorization", f"Digest {answer}")


PUT_ATTEMPTS = 3  # a PUT is idempotent: sent again where the connection broke before any answer came


def _put(opener: urllib.request.OpenerDirector, request: urllib.request.Request, what: str) -> None:
    """Send one PUT; again, up to PUT_ATTEMPTS times, where the server closed the connection while the body
    was still being sent (a server that answers a request without credentials before reading its body, as
    Virtuoso does for a digest challenge, may do so under load)."""
    for attempt in range(1, PUT_ATTEMPTS + 1):
        try:
            with opener.open(request, timeout=300):
                return
        except (BrokenPipeError, ConnectionResetError) as error:
            if attempt == PUT_ATTEMPTS:
                raise InputError(f"{what} failed: {_reason(error)}") from None
        except urllib.error.URLError as error:
            if not isinstance(error.reason, (BrokenPipeError, ConnectionResetError)) or attempt == PUT_ATTEMPTS:
                raise InputError(f"{what} failed: {_reason(error)}") from None
        except (OSError, ValueError) as error:
            raise InputError(f"{what} failed: {_reason(error)}") from None


def _verify(endpoint: str, sizes: dict[str, int], auth: str | None) -> None:
    """The remote must hold each pushed graph with as many triples as the local one."""
    _, rows = select(
        endpoint, "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g", auth, timeout=300
    )
    remote = {row["g"].value: int(row["n"].value) for row in rows}
    wrong = [graph for graph, size in sizes.items() if remote.get(graph) != size]
    if wrong:
        raise InputError(
            f"{_shown(endpoint)}: after the push, graph {wrong[0]} holds {remote.get(wrong[0], 0)} "
            f"triples, not {sizes[wrong[0]]} ({len(wrong)} graphs differ)"
        )
