"""``treatykg serve``: a read-only SPARQL 1.1 endpoint, a query page and browsable entity pages.

- ``/sparql``: SPARQL 1.1 Protocol (GET, POST form, POST ``application/sparql-query``). The
  default graph is the union of the named graphs (one per source document), so queries need no
  ``GRAPH``; the project's prefixes (``tkg:``, ``dcterms:`` …) are predeclared. Results by
  content negotiation or ``format=``. Requests are parsed first (treatykg.guard): updates,
  ``LOAD`` and ``SERVICE`` are refused before anything runs. Each query runs in a killable
  worker process (treatykg.workers) under a time limit; results are capped at ``max_rows``,
  announced in the ``X-Result-Limit`` header and, when cut, ``X-Result-Truncated: true``.
- ``/``: YASGUI (served from the package) with every saved query as an example.
- ``/id/…``: each entity IRI under the base, as HTML or RDF (treatykg.pages).
- ``/.well-known/void`` and ``/sparql`` without a query: VoID + SPARQL Service Description.
"""

from __future__ import annotations

import contextlib
import hmac
import json
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from urllib.parse import parse_qs

from pyoxigraph import Literal, NamedNode
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import PlainTextResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from treatykg import guard, iris, pages, void
from treatykg.query import Param, Resolver, bind, bound_text, saved_queries
from treatykg.sources import InputError
from treatykg.workers import Job, Pool, QueryFailed, QueryTimeout

WEB = files("treatykg") / "web"
MAX_URL_BYTES = 8192  # a longer GET query is answered 414: send it with POST

RESULT_MEDIA = {  # media types for SELECT and ASK results, in the server's order of preference
    "application/sparql-results+json": "json", "application/json": "json",
    "application/sparql-results+xml": "xml", "application/xml": "xml", "text/xml": "xml",
    "text/csv": "csv", "text/tab-separated-values": "tsv",
}
GRAPH_MEDIA = {  # media types for CONSTRUCT and DESCRIBE results
    "text/turtle": "turtle", "application/x-turtle": "turtle", "application/n-triples": "ntriples",
    "application/ld+json": "jsonld", "application/json": "jsonld",
}
CONTENT_TYPES = {
    "json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
    "csv": "text/csv; charset=utf-8", "tsv": "text/tab-separated-values; charset=utf-8",
    "turtle": "text/turtle; charset=utf-8", "ntriples": "application/n-triples",
    "jsonld": "application/ld+json", "html": "text/html; charset=utf-8",
}
FORMAT_ALIASES = {"ttl": "turtle", "nt": "ntriples", "json-ld": "jsonld"}


@dataclass(frozen=True)
class Settings:
    store: Path
    timeout: float = 30.0
    max_rows: int = 10_000
    workers: int = 2
    max_query_bytes: int = 65_536
    update_token: str | None = None  # when set, SPARQL Update is accepted with this bearer token


class Refusal(Exception):
    """An HTTP error answered as one plain-text line."""

    def __init__(self, message: str, status: int):
        super().__init__(message)
        self.status = status


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


def _chosen_format(request: Request, params: dict[str, str], offers: dict[str, str]) -> str:
    """The result format from ``format=`` (a name or a media type) or the Accept header; else 406."""
    wanted = params.get("format")
    if wanted:
        name = FORMAT_ALIASES.get(wanted.lower(), wanted.lower())
        name = offers.get(name, name)
        if name in offers.values():
            return name
        raise Refusal(f"format={wanted} is not available for this query; try one of: "
                      f"{', '.join(sorted(set(offers.values())))}", 406)
    name = negotiate(request.headers.get("accept"), offers)
    if name is None:
        raise Refusal(f"none of the accepted media types can be produced; available: {', '.join(offers)}", 406)
    return name


async def _body(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise Refusal(f"the request body is larger than the {limit}-byte limit", 413)
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            raise Refusal(f"the request body is larger than the {limit}-byte limit", 413)
    return bytes(body)


def _single(values: dict[str, list[str]]) -> dict[str, str]:
    repeated = [key for key, items in values.items() if len(items) > 1 and key in ("query", "update", "format")]
    if repeated:
        raise Refusal(f"parameter {repeated[0]} given more than once", 400)
    return {key: items[0] for key, items in values.items()}


async def protocol_request(request: Request, settings: Settings) -> tuple[dict[str, str], str | None, bool]:
    """The request's parameters, its query or update text (None when absent), and whether it is an update."""
    if len(request.url.query.encode()) > MAX_URL_BYTES:
        raise Refusal(f"the URL is longer than {MAX_URL_BYTES} bytes: send long queries with POST", 414)
    params = _single(parse_qs(request.url.query, keep_blank_values=True))
    text, update = params.get("query"), False
    if request.method == "POST":
        media = request.headers.get("content-type", "").split(";")[0].strip().lower()
        body = (await _body(request, settings.max_query_bytes)).decode("utf-8", errors="replace")
        if media == "application/sparql-query":
            text = body
        elif media == "application/sparql-update":
            text, update = body, True
        elif media == "application/x-www-form-urlencoded":
            params |= _single(parse_qs(body, keep_blank_values=True))
            text = params.get("query")
            if "update" in params:
                text, update = params["update"], True
        else:
            raise Refusal("POST a form (application/x-www-form-urlencoded), application/sparql-query "
                          "or application/sparql-update", 415)
    if text is not None and len(text.encode()) > settings.max_query_bytes:
        raise Refusal(f"the query is longer than the {settings.max_query_bytes}-byte limit", 413)
    if "default-graph-uri" in params or "named-graph-uri" in params:
        raise Refusal("default-graph-uri and named-graph-uri are not supported: the default graph is "
                      "the union of all named graphs; use GRAPH or FROM in the query", 400)
    return params, text, update


class Server:
    """The application's state: settings, the worker pool, the examples and the dataset description."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self.pool: Pool | None = None
        self.examples: list[dict] = []
        self.stats: void.Stats | None = None
        self.templates = pages.templates()

    def start(self) -> None:
        self.pool = Pool(str(self.settings.store), self.settings.workers, self.settings.timeout,
                         writable=self.settings.update_token is not None)
        self.examples = self._examples()
        self.stats = void.stats(self.select)

    def stop(self) -> None:
        if self.pool is not None:
            self.pool.close()

    def run(self, job: Job):
        assert self.pool is not None
        return self.pool.run(job)

    def select(self, text: str, max_rows: int | None = None) -> list[dict[str, dict]]:
        """Rows of a SELECT run through the pool, as SPARQL JSON bindings."""
        answer = self.run(Job(text, "json", max_rows or self.settings.max_rows))
        return json.loads(answer.body)["results"]["bindings"]

    def _ask(self, sparql: str, bindings: dict) -> list[dict]:
        """The Resolver's ``ask``, answered by the pool."""
        params = tuple(Param(name, "string") for name in bindings)
        return [{name: _term(value) for name, value in row.items()}
                for row in self.select(bound_text(sparql, bindings, params))]

    def _examples(self) -> list[dict]:
        """Every saved query, its defaults bound, as an example for the query page."""
        examples = []
        resolver = Resolver(self._ask)
        for name, saved in saved_queries().items():
            try:
                bindings = bind(saved, {}, resolver)
            except InputError:
                bindings = {}
            examples.append({"name": name, "title": saved.title or name, "description": saved.description,
                             "params": [p.__dict__ for p in saved.params],
                             "text": bound_text(saved.text, bindings, saved.params)})
        return examples


def _term(binding: dict) -> NamedNode | Literal:
    if binding["type"] == "uri":
        return NamedNode(binding["value"])
    if "xml:lang" in binding:
        return Literal(binding["value"], language=binding["xml:lang"])
    if "datatype" in binding:
        return Literal(binding["value"], datatype=NamedNode(binding["datatype"]))
    return Literal(binding["value"])


def create_app(settings: Settings) -> Starlette:
    server = Server(settings)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette):
        await run_in_threadpool(server.start)
        try:
            yield
        finally:
            await run_in_threadpool(server.stop)

    async def index(request: Request) -> Response:
        page = server.templates.get_template("index.html").render(
            examples=server.examples, settings=settings, stats=server.stats)
        return Response(page, media_type=CONTENT_TYPES["html"])

    async def sparql(request: Request) -> Response:
        try:
            params, text, update = await protocol_request(request, settings)
            if text is None:
                return await describe(request, params)
            if update:
                return await _update(request, text)
            checked = await run_in_threadpool(guard.check, text)
            offers = GRAPH_MEDIA if checked.form in ("construct", "describe") else RESULT_MEDIA
            fmt = _chosen_format(request, params, offers)
            answer = await run_in_threadpool(server.run, Job(text, fmt, settings.max_rows))
        except Refusal as refusal:
            return PlainTextResponse(f"{refusal}\n", status_code=refusal.status)
        except guard.Refused as refused:
            return PlainTextResponse(f"{refused}\n", status_code=refused.status)
        except QueryTimeout as timeout:
            return PlainTextResponse(f"{timeout}\n", status_code=503)
        except QueryFailed as failed:
            return PlainTextResponse(f"{failed}\n", status_code=failed.status)
        headers = {"X-Result-Limit": str(settings.max_rows), "Vary": "Accept"}
        if answer.truncated:
            headers["X-Result-Truncated"] = "true"
        return Response(answer.body, media_type=CONTENT_TYPES[fmt], headers=headers)

    async def _update(request: Request, text: str) -> Response:
        token = settings.update_token
        given = request.headers.get("authorization", "").removeprefix("Bearer ").strip()
        if token is None:
            raise Refusal("this endpoint is read-only: SPARQL Update is not allowed", 403)
        if not hmac.compare_digest(given.encode(), token.encode()):
            raise Refusal("SPARQL Update needs the server's bearer token", 401)
        await run_in_threadpool(guard.check, text, True)
        await run_in_threadpool(server.run, Job(text, "", 0, update=True))
        server.stats = await run_in_threadpool(void.stats, server.select)
        return Response(status_code=204)

    async def describe(request: Request, params: dict[str, str]) -> Response:
        if not params.get("format") and negotiate(request.headers.get("accept"), {"text/html": "html", **void.MEDIA}) == "html":
            return RedirectResponse("/", status_code=303)
        fmt = _chosen_format(request, params, void.MEDIA)
        endpoint = str(request.url_for("sparql"))
        body = void.describe(server.stats, endpoint, fmt)
        return Response(body, media_type=CONTENT_TYPES[fmt], headers={"Vary": "Accept"})

    async def well_known_void(request: Request) -> Response:
        try:
            return await describe(request, dict(request.query_params))
        except Refusal as refusal:
            return PlainTextResponse(f"{refusal}\n", status_code=refusal.status)

    async def entity(request: Request) -> Response:
        path = request.scope.get("raw_path", request.url.path.encode()).decode("ascii", errors="replace")
        iri = iris.base() + path.split("?")[0].lstrip("/")
        offers = {"text/html": "html", **pages.RDF_MEDIA}
        try:
            fmt = _chosen_format(request, dict(request.query_params), offers)
            status, body = await run_in_threadpool(pages.render, iri, fmt, server)
        except Refusal as refusal:
            return PlainTextResponse(f"{refusal}\n", status_code=refusal.status)
        except QueryTimeout as timeout:
            return PlainTextResponse(f"{timeout}\n", status_code=503)
        except QueryFailed as failed:
            return PlainTextResponse(f"{failed}\n", status_code=failed.status)
        return Response(body, status_code=status, media_type=CONTENT_TYPES[fmt], headers={"Vary": "Accept"})

    routes = [
        Route("/", index),
        Route("/sparql", sparql, methods=["GET", "POST"], name="sparql"),
        Route("/.well-known/void", well_known_void),
        Route("/id/{rest:path}", entity),
        Mount("/static", StaticFiles(directory=str(WEB / "static")), name="static"),
    ]
    return Starlette(routes=routes, lifespan=lifespan)


def serve(settings: Settings, host: str, port: int) -> None:
    """Run the server until interrupted."""
    import uvicorn

    uvicorn.run(create_app(settings), host=host, port=port, log_level="warning", access_log=False)
