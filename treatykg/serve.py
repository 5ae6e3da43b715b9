"""``treatykg serve``: a read-only SPARQL 1.1 endpoint, a query page and browsable entity pages.

- ``/sparql``: SPARQL 1.1 Protocol (GET, POST form, POST ``application/sparql-query``). The
  default graph is the union of the named graphs (one per source document), so queries need no
  ``GRAPH``; the project's prefixes (``tkg:``, ``dcterms:`` …) are predeclared. Results in every
  format Oxigraph's own server offers (SPARQL JSON/XML/CSV/TSV; Turtle, N-Triples, JSON-LD,
  RDF/XML, N3, N-Quads, TriG), by the Accept header or ``format=``/``output=`` (a name or a media
  type, possibly repeated as SPARQLWrapper sends it) where Accept allows it. ``FROM``/``FROM
  NAMED`` and the protocol's ``default-graph-uri``/``named-graph-uri`` choose another dataset. Each request is parsed first
  (treatykg.guard): updates, ``LOAD`` and ``SERVICE`` are refused before anything runs. Parsing
  and running happen in killable worker processes without network (treatykg.workers), under
  budgets of time and memory; results are capped at ``max_rows``, announced in the
  ``X-Result-Limit`` header and, when cut, ``X-Result-Truncated: true``. The answers of
  repeatable queries (no RAND, NOW, UUID, BNODE) are kept for the same request on the same store
  (treatykg.workers.AnswerCache, ``--cache`` MiB): a repeated query is answered without a worker.
- Every refused request is one line in the log; slow or idle connections are closed.
- ``/``: every saved query with a form for its parameters (``/queries/<name>?param=…`` binds
  them as the CLI does) and YASGUI, served from the package.
- ``/id/…``, ``/graph/…``, ``/ontology``, ``/ontology/concept/…``: the dataset's IRIs, as HTML or
  RDF (treatykg.pages).
- CORS: answers to GET, and to queries sent by POST, may be read by any site; ``OPTIONS /sparql``
  answers the preflight; updates get neither.
- ``/.well-known/void`` and ``/sparql`` without a query: VoID + SPARQL Service Description.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime
import functools
import hmac
import json
import logging
import os
import socket
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

from pyoxigraph import NamedNode
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect, Request
from starlette.responses import PlainTextResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from treatykg import iris, pages, sparql_json, void
from treatykg.errors import InputError, NotFound, QueryTimeout, Refused
from treatykg.query import Param, Resolver, bind, bound_text, saved_queries
from treatykg.workers import AnswerCache, Job, Pool, log

WEB = files("treatykg") / "web"
MAX_URL_BYTES = 8192  # a longer GET query is answered 414: send it with POST

RESULT_MEDIA = {  # media types for SELECT and ASK results, in the server's order of preference
    "application/sparql-results+json": "json",
    "application/json": "json",
    "text/json": "json",
    "application/sparql-results+xml": "xml",
    "application/xml": "xml",
    "text/xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
    "text/tsv": "tsv",
    "text/plain": "csv",
}
GRAPH_MEDIA = {  # media types for CONSTRUCT and DESCRIBE results: every one Oxigraph's server takes
    "text/turtle": "turtle",
    "application/turtle": "turtle",
    "application/x-turtle": "turtle",
    "application/n-triples": "ntriples",
    "text/plain": "ntriples",
    "application/ld+json": "jsonld",
    "application/json": "jsonld",
    "text/json": "jsonld",
    "application/activity+json": "jsonld",
    "application/x-json+ld": "jsonld",
    "application/rdf+xml": "rdfxml",
    "application/xml": "rdfxml",
    "text/xml": "rdfxml",
    "text/n3": "n3",
    "application/n3": "n3",
    "text/rdf+n3": "n3",
    "application/n-quads": "nquads",
    "text/x-nquads": "nquads",
    "application/trig": "trig",
    "application/x-trig": "trig",
}
CONTENT_TYPES = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv; charset=utf-8",
    "tsv": "text/tab-separated-values; charset=utf-8",
    "turtle": "text/turtle; charset=utf-8",
    "ntriples": "application/n-triples",
    "jsonld": "application/ld+json",
    "rdfxml": "application/rdf+xml",
    "n3": "text/n3; charset=utf-8",
    "nquads": "application/n-quads",
    "trig": "application/trig; charset=utf-8",
    "html": "text/html; charset=utf-8",
}
FORMAT_ALIASES = {
    "ttl": "turtle",
    "nt": "ntriples",
    "n-triples": "ntriples",
    "json-ld": "jsonld",
    "nq": "nquads",
    "n-quads": "nquads",
    "rdf": "rdfxml",
    "rdf+xml": "rdfxml",
}
GRAPH_ALIASES = {"xml": "rdfxml", "json": "jsonld"}  # a results format's name asked of an RDF answer
FORMAT_PARAMS = ("format", "output")  # output= is Fuseki's name; SPARQLWrapper sends both


@dataclass(frozen=True)
class Settings:
    store: Path
    timeout: float = 30.0
    max_rows: int = 10_000
    workers: int = 2
    max_query_bytes: int = 65_536
    update_token: str | None = None  # when set, SPARQL Update is accepted with this bearer token
    parse_timeout: float = 5.0  # seconds a request may take to parse
    max_memory_mb: int = 1024  # memory a request may take in its worker, beyond the worker's own
    request_timeout: float = 10.0  # seconds a client has to send a request's head, and its body
    max_connections: int = 256  # requests in progress at once; more are answered 503
    endpoint: str = "http://127.0.0.1:8000/sparql"  # the endpoint's IRI in its service description
    dumps: tuple[str, ...] = ()  # where the dataset's dumps are published (void:dataDump)
    cache_mb: int = 64  # answers of repeated queries kept (MiB of bodies); 0: none


def negotiate(accept: str | None, offers: dict[str, str]) -> str | None:
    """The offered format the Accept header prefers; the first offer when any will do."""
    ranges = []
    for item in (accept or "*/*").split(","):
        media, *params = [part.strip() for part in item.split(";")]
        quality = 1.0
        for param in params:
            key, _, value = param.partition("=")
            if key.strip() == "q":
                with contextlib.suppress(ValueError):
                    quality = float(value)
        if media:
            ranges.append((media.lower(), quality))
    best, best_quality = None, 0.0
    for media, name in offers.items():
        kind = media.split("/")[0]
        matches = [(media == r, r == f"{kind}/*", q) for r, q in ranges if r in (media, f"{kind}/*", "*/*")]
        if matches:
            quality = max(matches)[2]  # the most specific range decides
            if quality > best_quality:
                best, best_quality = name, quality
    return best


def _named_format(wanted: str, offers: dict[str, str]) -> str | None:
    """The offered format that a ``format=`` value (a name or a media type) names, else None."""
    wanted = wanted.strip().lower()
    if "/" in wanted:
        return offers.get(wanted.split(";")[0].strip())
    name = FORMAT_ALIASES.get(wanted, wanted)
    for candidate in (name, GRAPH_ALIASES.get(name)):
        if candidate in offers.values():
            return candidate
    return None


def _chosen_format(request: Request, params: dict, offers: dict[str, str]) -> str:
    """The result format: the first ``format=`` value (a name or a media type; the parameter may
    repeat) that this answer can take and the Accept header allows, else the format the Accept
    header prefers; 406 when it allows none. A ``format=`` that names nothing available is passed
    over, as Oxigraph's server does."""
    accept = request.headers.get("accept")
    wanted = params.get("format") or ()
    for value in (wanted,) if isinstance(wanted, str) else wanted:
        name = _named_format(value, offers)
        if name and negotiate(accept, {media: n for media, n in offers.items() if n == name}):
            return name
    name = negotiate(accept, offers)
    if name is None:
        raise Refused(f"none of the accepted media types can be produced; available: {', '.join(offers)}", 406)
    return name


async def _body(request: Request, limit: int, seconds: float) -> bytes:
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise Refused(f"the request body is larger than the {limit}-byte limit", 413)
    body = bytearray()

    async def read() -> None:
        async for chunk in request.stream():
            body.extend(chunk)
            if len(body) > limit:
                raise Refused(f"the request body is larger than the {limit}-byte limit", 413)

    try:
        await asyncio.wait_for(read(), seconds)
    except TimeoutError:
        raise Refused(f"the request body did not arrive within {seconds:g} s", 408) from None
    return bytes(body)


GRAPH_PARAMS = ("default-graph-uri", "named-graph-uri")


def _single(values: dict[str, list[str]]) -> dict[str, Any]:
    """The parameters, each its one value; ``format`` the tuple of every format value given."""
    repeated = [key for key, items in values.items() if len(items) > 1 and key in ("query", "update")]
    if repeated:
        raise Refused(f"parameter {repeated[0]} given more than once", 400)
    params: dict[str, Any] = {key: items[0] for key, items in values.items() if key not in GRAPH_PARAMS + FORMAT_PARAMS}
    formats = tuple(value for key in FORMAT_PARAMS for value in values.get(key, ()))
    if formats:
        params["format"] = formats
    return params


def _graphs(values: dict[str, list[str]], graphs: dict[str, list[str]]) -> None:
    """Add the protocol's dataset IRIs among ``values`` to ``graphs``; 400 for one not an IRI."""
    for key in GRAPH_PARAMS:
        for iri in values.get(key, ()):
            try:
                NamedNode(iri)
            except ValueError:
                raise Refused(f"{key}: not an IRI: {iri[:200]}", 400) from None
            graphs.setdefault(key, []).append(iri)


async def protocol_request(request: Request, settings: Settings) -> tuple[dict[str, Any], str | None, bool]:
    """The request's parameters, its query or update text (None when absent), and whether it is an
    update; the dataset's IRIs, when given, under the parameters ``default-graph-uri`` and
    ``named-graph-uri`` (each a tuple)."""
    if len(request.url.query.encode()) > MAX_URL_BYTES:
        raise Refused(f"the URL is longer than {MAX_URL_BYTES} bytes: send long queries with POST", 414)
    values = parse_qs(request.url.query, keep_blank_values=True)
    params = _single(values)
    graphs: dict[str, list[str]] = {}
    _graphs(values, graphs)
    text, update = params.get("query"), False
    if request.method == "POST":
        media = request.headers.get("content-type", "").split(";")[0].strip().lower()
        body = (await _body(request, settings.max_query_bytes, settings.request_timeout)).decode(
            "utf-8", errors="replace"
        )
        if media == "application/sparql-query":
            text = body
        elif media == "application/sparql-update":
            text, update = body, True
        elif media == "application/x-www-form-urlencoded":
            form = parse_qs(body, keep_blank_values=True)
            params |= _single(form)
            _graphs(form, graphs)
            text = params.get("query")
            if "update" in params:
                text, update = params["update"], True
        else:
            raise Refused(
                "POST a form (application/x-www-form-urlencoded), application/sparql-query "
                "or application/sparql-update",
                415,
            )
    if text is not None and len(text.encode()) > settings.max_query_bytes:
        raise Refused(f"the query is longer than the {settings.max_query_bytes}-byte limit", 413)
    return {**params, **{key: tuple(iris_) for key, iris_ in graphs.items()}}, text, update


class Server:
    """The application's state: settings, the worker pool, the examples and the dataset description."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self.pool: Pool | None = None
        self.examples: list[dict] = []
        self.stats: void.Stats | None = None
        self.stats_of: str | None = None  # the store folder the stats describe
        self.templates = pages.templates()
        cached = 0 if settings.update_token is not None else settings.cache_mb << 20  # updates: no cache
        self.cache = AnswerCache(str(settings.store), cached)

    def start(self) -> None:
        settings = self.settings
        self.pool = Pool(
            str(settings.store),
            settings.workers,
            settings.timeout,
            writable=settings.update_token is not None,
            parse_timeout=settings.parse_timeout,
            memory_mb=settings.max_memory_mb,
            max_waiting=settings.max_connections,
        )
        self.examples = self._examples()
        self.current_stats()

    def current_stats(self) -> void.Stats:
        """The dataset's statistics, counted again when the store path points at a new store."""
        folder = os.path.realpath(self.settings.store)
        if self.stats is None or folder != self.stats_of:
            self.stats, self.stats_of = void.stats(self.select), folder
        return self.stats

    def stop(self) -> None:
        if self.pool is not None:
            self.pool.close()

    def run(self, job: Job, client: str = "server"):
        assert self.pool is not None
        return self.pool.run(job, client)

    async def run_async(self, job: Job, client: str = "server"):
        """The job's answer: from the cache when the same repeatable job ran on the same store."""
        assert self.pool is not None
        key = self.cache.key(job)
        answer = self.cache.get(key)
        if answer is None:
            answer = await self.pool.run_async(job, client)
            self.cache.put(key, answer)
        return answer

    def select(self, text: str, max_rows: int | None = None) -> list[dict[str, dict]]:
        """Rows of a SELECT run through the pool, as SPARQL JSON bindings."""
        answer = self.run(Job(text, "json", max_rows or self.settings.max_rows))
        return json.loads(answer.body)["results"]["bindings"]

    def _ask(self, sparql: str, bindings: dict) -> list[dict]:
        """The Resolver's ``ask``, answered by the pool."""
        params = tuple(Param(name, "string") for name in bindings)
        return [
            {name: sparql_json.from_json(value) for name, value in row.items()}
            for row in self.select(bound_text(sparql, bindings, params))
        ]

    def _examples(self) -> list[dict]:
        """Every saved query, its defaults bound, as an example for the query page."""
        examples = []
        resolver = Resolver(self._ask)
        for name, saved in saved_queries().items():
            try:
                bindings = bind(saved, {}, resolver)
            except InputError:
                bindings = {}
            examples.append(
                {
                    "name": name,
                    "title": saved.title or name,
                    "description": saved.description,
                    "params": [p.__dict__ for p in saved.params],
                    "text": bound_text(saved.text, bindings, saved.params),
                }
            )
        return examples


def _client(request: Request) -> str:
    return _host(request.client)


def _host(client: tuple[str, int] | None) -> str:
    """A client's address for the log (a connection's peer, a request's client)."""
    return client[0] if client else "unknown"


def _refused(request: Request, message: str, status: int) -> Response:
    """The refusal as one plain-text line, logged as one line."""
    line = " ".join(message.split())
    log.info("%s %s %s: %d %s", _client(request), request.method, request.url.path, status, line[:300])
    return PlainTextResponse(f"{line}\n", status_code=status)


class _Endpoints:
    """The server's routes: the query page, the SPARQL protocol, VoID, entity pages, saved queries."""

    def __init__(self, server: Server, settings: Settings) -> None:
        self.server, self.settings = server, settings

    @contextlib.asynccontextmanager
    async def lifespan(self, app: Starlette):
        await run_in_threadpool(self.server.start)
        try:
            yield
        finally:
            await run_in_threadpool(self.server.stop)

    async def index(self, request: Request) -> Response:
        page = self.server.templates.get_template("index.html").render(
            examples=self.server.examples,
            settings=self.settings,
            stats=self.server.stats,
            base=iris.base(),
            today=datetime.date.today().isoformat(),
        )
        return Response(page, media_type=CONTENT_TYPES["html"])

    async def sparql(self, request: Request) -> Response:
        params, text, update = await protocol_request(request, self.settings)
        if text is None:
            return await self.describe(request, params)
        if update:
            request.scope["treatykg.update"] = True  # no CORS header on its answer (see Cors)
            return await self._update(request, text)
        fmt, graph_fmt, unacceptable = self._formats(request, params)
        job = Job(
            text,
            fmt,
            self.settings.max_rows,
            graph_format=graph_fmt,
            unacceptable=unacceptable,
            default_graphs=params.get("default-graph-uri"),
            named_graphs=params.get("named-graph-uri"),
        )
        answer = await self.server.run_async(job, _client(request))
        headers = {"X-Result-Limit": str(self.settings.max_rows), "Vary": "Accept"}
        if answer.truncated:
            headers["X-Result-Truncated"] = "true"
        return Response(answer.body, media_type=CONTENT_TYPES[answer.format], headers=headers)

    def _formats(self, request: Request, params: dict[str, Any]) -> tuple[str, str, tuple[str, str]]:
        """The format for SELECT/ASK and for CONSTRUCT/DESCRIBE ("" when none is acceptable) and
        their 406 messages: the worker knows which the query is once it has parsed it."""
        chosen, refusals = [], []
        for offers in (RESULT_MEDIA, GRAPH_MEDIA):
            try:
                chosen.append(_chosen_format(request, params, offers))
                refusals.append("")
            except Refused as refusal:
                chosen.append("")
                refusals.append(str(refusal))
        return chosen[0], chosen[1], (refusals[0], refusals[1])

    async def _update(self, request: Request, text: str) -> Response:
        token = self.settings.update_token
        given = request.headers.get("authorization", "").removeprefix("Bearer ").strip()
        if token is None:
            raise Refused("this endpoint is read-only: SPARQL Update is not allowed", 403)
        if not hmac.compare_digest(given.encode(), token.encode()):
            raise Refused("SPARQL Update needs the server's bearer token", 401)
        await run_in_threadpool(self.server.run, Job(text, "", 0, update=True), _client(request))
        self.server.stats = None
        await run_in_threadpool(self.server.current_stats)
        return Response(status_code=204)

    async def describe(self, request: Request, params: dict[str, Any]) -> Response:
        if (
            not params.get("format")
            and negotiate(request.headers.get("accept"), {"text/html": "html", **void.MEDIA}) == "html"
        ):
            return RedirectResponse("/", status_code=303)
        fmt = _chosen_format(request, params, void.MEDIA)
        stats = await run_in_threadpool(self.server.current_stats)
        body = void.describe(stats, self.settings.endpoint, fmt, self.settings.dumps)
        return Response(body, media_type=CONTENT_TYPES[fmt], headers={"Vary": "Accept"})

    async def well_known_void(self, request: Request) -> Response:
        return await self.describe(request, dict(request.query_params))

    async def entity(self, request: Request) -> Response:
        path = request.scope.get("raw_path", request.url.path.encode()).decode("ascii", errors="replace")
        return await self._page(request, pages.render, pages.iri_at(path))

    async def ontology(self, request: Request) -> Response:
        return await self._page(request, pages.ontology)

    async def _page(self, request: Request, render, *args) -> Response:
        offers = {"text/html": "html", **pages.RDF_MEDIA}
        fmt = _chosen_format(request, dict(request.query_params), offers)
        options = {"options": dict(request.query_params)} if args else {}
        status, body, kind = await run_in_threadpool(
            functools.partial(render, *args, fmt, self.server, _client(request), **options)
        )
        media = CONTENT_TYPES.get(kind, "text/plain; charset=utf-8")
        return Response(body, status_code=status, media_type=media, headers={"Vary": "Accept"})

    async def saved_query(self, request: Request) -> Response:
        """A saved query with its parameters resolved as the CLI resolves them, as JSON ``{"query": …}``."""
        text = await run_in_threadpool(
            pages.bound_saved, self.server, request.path_params["name"], dict(request.query_params)
        )
        return Response(json.dumps({"query": text}), media_type="application/json")


def create_app(settings: Settings) -> Cors:
    """The ASGI app: routes, the errors each turns into (one line, its status) and CORS."""
    endpoints = _Endpoints(Server(settings), settings)
    routes = [
        Route("/", endpoints.index),
        Route("/sparql", endpoints.sparql, methods=["GET", "POST"], name="sparql"),
        Route("/.well-known/void", endpoints.well_known_void),
        Route("/id/{rest:path}", endpoints.entity),
        Route("/graph/{rest:path}", endpoints.entity),
        Route("/ontology/concept/{rest:path}", endpoints.entity),
        Route("/ontology", endpoints.ontology),
        Route("/queries/{name}", endpoints.saved_query),
        Mount("/static", StaticFiles(directory=str(WEB / "static")), name="static"),
    ]
    answer = functools.partial  # Starlette awaits a partial of a coroutine function as one
    answers: dict[Any, Callable[..., Awaitable[Response]]] = {
        Refused: answer(_as_answer, status=None),
        QueryTimeout: answer(_as_answer, status=503),
        InputError: answer(_as_answer, status=400),
        NotFound: answer(_as_answer, status=404),
        ClientDisconnect: _client_gone,
    }
    return Cors(Starlette(routes=routes, lifespan=endpoints.lifespan, exception_handlers=answers))


async def _as_answer(request: Request, error: Exception, status: int | None) -> Response:
    """An error raised while answering, as one plain-text line with its status (a refusal's own)."""
    return _refused(request, str(error), status or int(getattr(error, "status", 503)))


async def _client_gone(request: Request, error: Exception) -> Response:
    log.info("%s: the client went away before sending its whole request", _client(request))
    return Response(status_code=400)


class Cors:
    """CORS for reading: ``Access-Control-Allow-Origin: *`` on the answers to GET and HEAD, and to
    SPARQL queries sent by POST; the preflight (OPTIONS) of ``/sparql`` allows GET and POST with the
    headers a query needs. An update's answer never carries the header, and its Authorization
    header is not allowed by the preflight, so no other site's page can send an update."""

    ALLOWED_HEADERS = {"content-type", "accept"}

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        method, path = scope["method"], scope["path"]
        if method == "OPTIONS" and path == "/sparql":
            return await self._preflight(scope, send)

        async def send_with_origin(message) -> None:
            if (
                message["type"] == "http.response.start"
                and not scope.get("treatykg.update")
                and (method in ("GET", "HEAD") or (method == "POST" and path == "/sparql"))
            ):
                message = {**message, "headers": [*message.get("headers", []), (b"access-control-allow-origin", b"*")]}
            await send(message)

        await self.app(scope, receive, send_with_origin)

    async def _preflight(self, scope, send) -> None:
        asked = dict(scope["headers"])
        method = asked.get(b"access-control-request-method", b"").decode("latin-1").upper()
        wanted = {
            h.strip().lower()
            for h in asked.get(b"access-control-request-headers", b"").decode("latin-1").split(",")
            if h.strip()
        }
        headers = [(b"allow", b"GET, POST, OPTIONS"), (b"content-length", b"0")]
        if method in ("GET", "POST") and wanted <= self.ALLOWED_HEADERS:
            headers += [
                (b"access-control-allow-origin", b"*"),
                (b"access-control-allow-methods", b"GET, POST"),
                (b"access-control-allow-headers", b"Content-Type, Accept"),
                (b"access-control-max-age", b"86400"),
            ]
        await send({"type": "http.response.start", "status": 204, "headers": headers})
        await send({"type": "http.response.body", "body": b""})


def listen(host: str, port: int) -> socket.socket:
    """A listening socket on host:port; InputError (one line) when the port is taken or the host unknown."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror as error:
        raise InputError(f"--host {host}: not an address to listen on ({error.strerror})") from None
    family, kind, proto, _, address = infos[0]
    sock = socket.socket(family, kind, proto)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(address)
        sock.listen(2048)
    except OSError as error:
        sock.close()
        if error.errno == 98:  # EADDRINUSE
            raise InputError(f"port {port} on {host} is taken (choose another with --port)") from None
        raise InputError(f"cannot listen on port {port} on {host}: {error.strerror}") from None
    return sock


MAX_HEAD_BYTES = 65_536  # a request's line and headers; a longer head is refused with 431 (a long URL gets 414 first)
_TOO_LARGE_TEXT = b"the request head is over 65,536 bytes\n"
TOO_LARGE = (
    b"HTTP/1.1 431 Request Header Fields Too Large\r\ncontent-type: text/plain; charset=utf-8\r\n"
    b"connection: close\r\ncontent-length: %d\r\n\r\n%s" % (len(_TOO_LARGE_TEXT), _TOO_LARGE_TEXT)
)


def _protocol(head_timeout: float):
    """uvicorn's HTTP/1.1 protocol on httptools' C parser, closing a connection whose request head has
    not arrived within ``head_timeout`` seconds of connecting (or of its last response), and refusing
    with 431 a head over MAX_HEAD_BYTES (the parser itself sets no limit). Bytes count as a head only
    while one is awaited: the rest of a body that was answered before it all arrived (a 413 on its
    declared length) is a body still, on a connection kept alive."""
    from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

    class Deadlined(HttpToolsProtocol):
        def connection_made(self, transport) -> None:
            super().connection_made(transport)
            self._await_head()
            self._arm()

        def _await_head(self) -> None:
            self._reading_head, self._head_bytes, self._head_tail = True, 0, b""

        def _arm(self) -> None:
            self._waited_cycle = self.cycle
            self._head_timer = self.loop.call_later(head_timeout, self._too_slow)

        def _too_slow(self) -> None:
            if self.cycle is self._waited_cycle and not self.transport.is_closing():
                self.transport.close()

        def data_received(self, data: bytes) -> None:
            if self._reading_head and self._head_too_long(data):
                log.warning("%s: 431 the request head is over %d bytes", _host(self.client), MAX_HEAD_BYTES)
                self.transport.write(TOO_LARGE)
                self.transport.close()
                return
            super().data_received(data)
            if self.cycle is not self._waited_cycle:
                self._head_timer.cancel()

        def on_headers_complete(self) -> None:
            self._reading_head = False
            super().on_headers_complete()

        def on_message_complete(self) -> None:
            super().on_message_complete()
            self._await_head()  # what follows the message's last byte is the next head

        def _head_too_long(self, data: bytes) -> bool:
            """Whether the head being read, with ``data``, runs past MAX_HEAD_BYTES before the blank line that
            ends it (a body after it in the same data does not count)."""
            seen = self._head_tail + data[: MAX_HEAD_BYTES + 4]
            ends = [at for at in (seen.find(b"\r\n\r\n"), seen.find(b"\n\n")) if at >= 0]
            if ends:
                return self._head_bytes + min(ends) - len(self._head_tail) > MAX_HEAD_BYTES
            self._head_bytes += len(data)
            self._head_tail = seen[-3:]
            return self._head_bytes > MAX_HEAD_BYTES

        def on_response_complete(self) -> None:
            super().on_response_complete()
            self._head_timer.cancel()
            self._arm()

        def connection_lost(self, exc) -> None:
            self._head_timer.cancel()
            super().connection_lost(exc)

    return Deadlined


def _more_files() -> None:
    """Raise the open-files limit to its hard limit: every connection is one."""
    import resource

    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft != hard:
        resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))


def serve(settings: Settings, sock: socket.socket) -> None:
    """Run the server on a bound socket (see ``listen``) until interrupted."""
    import uvicorn

    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("treatykg: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    _more_files()
    config = uvicorn.Config(
        create_app(settings),
        log_level="warning",
        access_log=False,
        http=_protocol(settings.request_timeout),
        timeout_keep_alive=5,
        limit_concurrency=settings.max_connections + 16,
        loop="auto",  # uvloop where installed (a dependency on Linux), else asyncio
    )
    uvicorn.Server(config).run(sockets=[sock])
