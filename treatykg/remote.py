"""Remote SPARQL 1.1 stores: saved queries by the SPARQL Protocol, upload by the Graph Store Protocol.

The query text sent is exactly what the embedded store runs (``bound_text``: prefixes declared,
parameters in a VALUES block), so answers agree wherever the remote's default graph is the
union of its named graphs. ``push`` PUTs each named graph, which replaces a graph of the same
name: pushing twice leaves the remote as after one push. Graphs the remote holds that the
local store lacks are left alone.

Every request has a time limit and a cap on the answer's size; credentials go only to the
origin (scheme, host, port) of the URL they were given for, and only in answer to its 401
challenge; a redirect to another origin is refused. Every failure is one InputError line that
names the URL, never the password.
"""

from __future__ import annotations

import http.client
import json
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from urllib.parse import quote, urlencode, urlsplit, urlunsplit

from pyoxigraph import BlankNode, Literal, NamedNode, RdfFormat, Store, serialize

from treatykg.query import Param, Result, SavedQuery, bound_text
from treatykg.sources import InputError

DEFAULT_TIMEOUT = 60.0  # seconds a query's whole answer may take
DEFAULT_MAX_BYTES = 100_000_000  # largest query answer read
PUT_TIMEOUT = 300.0  # seconds one graph's upload may take
ERROR_BODY_BYTES = 4096  # of an error answer, read for its first line
RESULTS_JSON = ("application/sparql-results+json", "application/json")
DEFAULT_PORTS = {"http": 80, "https": 443}


def check_url(url: str, option: str) -> str:
    """The URL, if it is an absolute http(s) URL without credentials in it; else InputError."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in DEFAULT_PORTS or not parts.hostname:
        raise InputError(f"{option} {shown(url)}: not an http:// or https:// URL")
    if "@" in parts.netloc:
        raise InputError(f"{option} {shown(url)}: credentials in the URL are not sent; give them with --auth")
    try:
        parts.port
    except ValueError as error:
        raise InputError(f"{option} {shown(url)}: {error}") from error
    return url


def shown(url: str) -> str:
    """The URL as printed: without any user:password part."""
    parts = urlsplit(url)
    if "@" not in parts.netloc:
        return url
    return urlunsplit(parts._replace(netloc=parts.netloc.rsplit("@", 1)[1]))


def _origin(url: str) -> tuple[str, str, int | None]:
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    try:
        port = parts.port
    except ValueError:
        port = None
    return scheme, (parts.hostname or "").lower(), port or DEFAULT_PORTS.get(scheme)


class _Failed(Exception):
    """Why a request failed (its caller names the URL)."""


class _OriginPasswords(urllib.request.HTTPPasswordMgr):
    """The credentials, for URLs of one origin only: no other host, port or scheme gets them."""

    def __init__(self, url: str, user: str, password: str):
        super().__init__()
        self._origin, self._pair = _origin(url), (user, password)

    def find_user_password(self, realm, authuri):
        return self._pair if _origin(authuri) == self._origin else (None, None)


class _SameOriginRedirects(urllib.request.HTTPRedirectHandler):
    """Follows a redirect within the origin (as urllib does), refuses one to another origin."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        if _origin(newurl) != _origin(req.full_url):
            raise _Failed(f"redirected (HTTP {code}) to {shown(newurl)}, another host or port: not followed "
                          "(give that URL if it is the store you mean)")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _credentials(auth: str) -> tuple[str, str]:
    user, sep, password = auth.partition(":")
    if not sep:
        raise InputError("--auth: expected user:password")
    return user, password


def _opener(url: str, auth: str | None) -> urllib.request.OpenerDirector:
    """An opener that answers a 401 challenge from the URL's origin with the credentials (Basic
    or Digest; never sent before the challenge, never carried over a redirect)."""
    handlers: list = [_SameOriginRedirects()]
    if auth:
        passwords = _OriginPasswords(url, *_credentials(auth))
        handlers += [urllib.request.HTTPBasicAuthHandler(passwords), urllib.request.HTTPDigestAuthHandler(passwords)]
    return urllib.request.build_opener(*handlers)


def _fetch(request: urllib.request.Request, auth: str | None, timeout: float, max_bytes: int,
           what: str) -> tuple[str, bytes]:
    """Send the request; the answer's content type and body. Every failure is InputError(what: reason)."""
    deadline = time.monotonic() + timeout
    try:
        with _opener(request.full_url, auth).open(request, timeout=timeout) as response:
            kind = response.headers.get_content_type()
            length = response.headers.get("Content-Length", "")
            if length.isdigit() and int(length) > max_bytes:
                raise _Failed(f"the answer is {int(length)} bytes, more than the {max_bytes} allowed")
            chunks, size = [], 0
            while chunk := response.read1(1 << 16):  # whatever has come, so the deadline is checked
                size += len(chunk)
                if size > max_bytes:
                    raise _Failed(f"the answer is larger than the {max_bytes} bytes allowed")
                if time.monotonic() > deadline:
                    raise _Failed(f"timed out: the answer took longer than {timeout:g} s")
                chunks.append(chunk)
            return kind, b"".join(chunks)
    except _Failed as failed:
        reason = str(failed)
    except urllib.error.HTTPError as error:
        reason = _http_error(error)
    except urllib.error.URLError as error:
        reason = _os_reason(error.reason, timeout)
    except (OSError, http.client.HTTPException, ValueError) as error:  # a reset, a bad status line, a bad URL
        reason = _os_reason(error, timeout)
    if auth:
        password = _credentials(auth)[1]
        reason = reason.replace(password, "***") if password else reason
    raise InputError(f"{what}: {reason}")


def _os_reason(error: object, timeout: float) -> str:
    if isinstance(error, TimeoutError):
        return f"timed out: no answer within {timeout:g} s"
    if isinstance(error, OSError) and error.strerror:
        return error.strerror.lower() if error.strerror.startswith("Connection") else error.strerror
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__


def _http_error(error: urllib.error.HTTPError) -> str:
    """``HTTP 400 Bad Request: <the first line of the answer>``."""
    try:
        detail = error.read(ERROR_BODY_BYTES).decode("utf-8", errors="replace").strip().splitlines()
    except (OSError, http.client.HTTPException):
        detail = []
    finally:
        error.close()
    return f"HTTP {error.code} {error.reason}" + (f": {detail[0][:300]}" if detail else "")


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


def _results(kind: str, data: bytes) -> tuple[list[str], list[dict]]:
    """The variables and rows of a SPARQL JSON result; _Failed when the answer is not one."""
    if kind not in RESULTS_JSON:
        raise _Failed(f"answered {kind}, not SPARQL JSON results")
    try:
        document = json.loads(data)
    except (ValueError, RecursionError) as error:
        raise _Failed(f"malformed JSON answer ({str(error).splitlines()[0][:200]})") from error
    try:
        columns = document["head"]["vars"]
        if not isinstance(columns, list) or not all(isinstance(name, str) for name in columns):
            raise TypeError("head.vars is not a list of names")
        rows = [{name: _term(value) for name, value in row.items()} for row in document["results"]["bindings"]]
    except (KeyError, TypeError, AttributeError, ValueError) as error:
        raise _Failed(f"not a SPARQL JSON result ({type(error).__name__}: {error})") from error
    return columns, rows


def select(endpoint: str, text: str, auth: str | None = None, timeout: float = DEFAULT_TIMEOUT,
           max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[list[str], list[dict]]:
    """Run a SELECT on the endpoint: its variables and its rows of terms."""
    check_url(endpoint, "--endpoint")
    request = urllib.request.Request(
        endpoint, data=urlencode({"query": text}).encode("utf-8"), method="POST",
        headers={"Accept": "application/sparql-results+json",
                 "Content-Type": "application/x-www-form-urlencoded; charset=utf-8"})
    kind, data = _fetch(request, auth, timeout, max_bytes, shown(endpoint))
    try:
        return _results(kind, data)
    except _Failed as failed:
        raise InputError(f"{shown(endpoint)}: {failed}") from None


def asker(endpoint: str, **limits):
    """An ``ask`` function for treatykg.query.Resolver that asks the remote endpoint
    (``limits``: ``timeout`` and ``max_bytes`` of :func:`select`)."""

    def ask(sparql: str, bindings: dict) -> list[dict]:
        params = tuple(Param(name, "string") for name in bindings)
        return select(endpoint, bound_text(sparql, bindings, params), **limits)[1]

    return ask


def run(query: SavedQuery, bindings: dict, endpoint: str, **limits) -> Result:
    """A saved query with its bound parameters, run on the endpoint."""
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



def push(store: Store, endpoint: str, graph_store: str | None = None, auth: str | None = None) -> PushReport:
    """PUT every named graph of the store to the remote, then check the remote's counts per graph."""
    check_url(endpoint, "--endpoint")
    target = check_url(graph_store, "--graph-store") if graph_store else graph_store_url(endpoint)
    if auth:
        _credentials(auth)
    sizes = {}
    for graph in sorted(store.named_graphs(), key=str):
        triples = sorted((quad.triple for quad in store.quads_for_pattern(None, None, None, graph)), key=str)
        body = serialize(triples, format=RdfFormat.N_TRIPLES) or b""
        request = urllib.request.Request(f"{target}?graph={quote(graph.value, safe='')}", data=body, method="PUT",
                                         headers={"Content-Type": "text/turtle; charset=utf-8"})
        _fetch(request, auth, PUT_TIMEOUT, ERROR_BODY_BYTES * 256, f"{shown(target)}: PUT {graph.value} failed")
        sizes[graph.value] = len(triples)
    _verify(endpoint, sizes, auth)
    return PushReport(shown(target), len(sizes), sum(sizes.values()))


def _verify(endpoint: str, sizes: dict[str, int], auth: str | None) -> None:
    """The remote must hold each pushed graph with as many triples as the local one."""
    _, rows = select(endpoint, "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g", auth)
    try:
        remote = {row["g"].value: int(row["n"].value) for row in rows}
    except (KeyError, ValueError) as error:
        raise InputError(f"{shown(endpoint)}: the count of triples per graph is not an answer ({error})") from None
    wrong = [graph for graph, size in sizes.items() if remote.get(graph) != size]
    if wrong:
        raise InputError(f"{shown(endpoint)}: after the push, graph {wrong[0]} holds {remote.get(wrong[0], 0)} "
                         f"triples, not {sizes[wrong[0]]} ({len(wrong)} graphs differ)")
