"""The treatykg command line.

Exit codes: 0 ok; 1 the graph violates the shapes; 2 usage or input error.
Heavy libraries are imported inside the commands so that ``--help`` starts fast.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

EXIT_OK, EXIT_VIOLATIONS, EXIT_INPUT = 0, 1, 2
MISMATCHES_SHOWN = 20  # lines of "stated/recorded count differs" per document in the build summary

store_option = click.option(
    "--store",
    "store_dir",
    type=click.Path(path_type=Path),
    default=None,  # checked by the store
    help="Directory of the embedded store (default: $TREATYKG_STORE or .treatykg).",
)


def fail(message: str, code: int = EXIT_INPUT) -> None:
    click.echo(f"treatykg: error: {message}", err=True)
    sys.exit(code)


def _dump_urls(urls: tuple[str, ...]) -> tuple[str, ...]:
    """The --dump-url values, each an absolute http(s) URL; InputError (one line) for one that is not."""
    from urllib.parse import urlsplit

    from treatykg.sources import InputError

    for url in urls:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc or any(c in url for c in ' <>"{}|\\^`'):
            raise InputError(f"--dump-url {url[:200]}: not an absolute http(s) URL")
    return urls


dump_url_option = click.option(
    "--dump-url",
    "dump_urls",
    multiple=True,
    metavar="URL",
    help="Where this dataset's dumps are published (repeatable): void:dataDump in its VoID description.",
)


class Group(click.Group):
    """Turns input errors raised anywhere into one clear line and exit code 2."""

    def invoke(self, ctx: click.Context):
        from treatykg.errors import InputError

        try:
            return super().invoke(ctx)
        except InputError as error:
            fail(str(error))
        except (OSError, RuntimeError) as error:  # a store whose files turn out corrupt while read
            from treatykg import store

            if not store.is_damage(error):
                raise
            fail(str(store.damaged(store.last_opened(), error)))


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="treatykg")
def main() -> None:
    """treatykg: a knowledge graph of treaty membership, UN votes and stated positions.

    Exit codes: 0 ok, 1 the graph violates the shapes, 2 usage or input error.
    """


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@store_option
@click.option("--keep-going", is_flag=True, help="Build the readable documents, list the others, exit 2.")
@click.option("--full", is_flag=True, help="Rebuild every source, even those unchanged since the last build.")
@click.option(
    "--resolution",
    "symbols",
    multiple=True,
    metavar="PATTERN",
    help="Voting data: keep resolutions whose symbol matches (A/RES/77/*; repeatable).",
)
@click.option(
    "--session",
    "sessions",
    multiple=True,
    metavar="N|N-M|ES-N",
    help="Voting data: keep resolutions of these sessions (77, 60-79, ES-10; repeatable).",
)
@click.option(
    "--title-words",
    default="",
    metavar="WORDS",
    help="Voting data: keep resolutions whose title contains all these words.",
)
def build(
    paths: tuple[Path, ...],
    store_dir: Path | None,
    keep_going: bool,
    full: bool,
    symbols: tuple[str, ...],
    sessions: tuple[str, ...],
    title_words: str,
) -> None:
    """Build documents (files or folders) into the store; no PATH builds the sample corpus.

    Sources unchanged since the last build into the same store are kept as they are; only
    changed ones are read again. A failed build leaves the store as it was.
    """
    from treatykg import store
    from treatykg.build import build as run_build
    from treatykg.errors import BuildFailed
    from treatykg.loaders.contract import Selection

    target = store.location(store_dir)
    try:
        selection = Selection(symbols, sessions, tuple(title_words.split()))
    except ValueError as error:
        fail(str(error))
    try:
        report = run_build(list(paths) or None, target, keep_going=keep_going, selection=selection, full=full)
    except BuildFailed as failed:
        _print_findings(failed.report.findings, failed.report.where)
        fail(f"{failed}: {target}", EXIT_VIOLATIONS)
    if report.replaced_damaged:
        click.echo(f"replaced the damaged store at {target}", err=True)
    kinds = ", ".join(f"{count} {kind}" for kind, count in sorted(report.kinds.items())) or "none"
    if report.incremental:
        click.echo(
            f"updated {target}: {len(report.loaded)} changed documents ({kinds}), "
            f"{report.unchanged} unchanged, {report.dropped} dropped"
        )
    else:
        click.echo(f"built {target}: {len(report.loaded)} documents ({kinds})")
    if report.incremental:
        click.echo(f"  {report.quads_added} quads in, {report.quads_removed} out; {report.graphs} named graphs")
    else:
        click.echo(f"  {report.quads} quads in {report.graphs} named graphs")
    for item in report.loaded:
        if item.missing:
            click.echo(f"  incomplete: {item.label}: lacks {', '.join(item.missing)}")
        for line in item.mismatches[:MISMATCHES_SHOWN]:
            click.echo(f"  differs: {item.label}: {line}")
        if len(item.mismatches) > MISMATCHES_SHOWN:
            click.echo(f"  differs: {item.label}: … and {len(item.mismatches) - MISMATCHES_SHOWN} more")
    warnings = [f for f in report.findings if f.severity != "Violation"]
    click.echo(f"  validation: conforms ({len(warnings)} warnings)" if not report.violations else "")
    for line in report.skipped:
        click.echo(f"  skipped: {line}", err=True)
    if report.skipped:
        fail(f"{len(report.skipped)} document(s) skipped", EXIT_INPUT)


@main.command("queries")
def list_queries() -> None:
    """List the saved queries with their descriptions and parameters."""
    from treatykg.query import saved_queries

    for name, saved in saved_queries().items():
        click.echo(f"{name:<28} {saved.title}")
        if saved.description:
            click.echo(f"{'':<28} {saved.description}")
        for param in saved.params:
            mode = "required" if param.required else f"default {param.default}" if param.default else "optional"
            click.echo(f"{'':<28}   --param {param.name}=<{param.type}> ({mode}) {param.description}")


@main.command()
@click.argument("name")
@click.option("--param", "params", multiple=True, metavar="KEY=VALUE", help="A query parameter (repeatable).")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json"]), default="table")
@store_option
@click.option("--endpoint", metavar="URL", help="Run on this SPARQL 1.1 endpoint instead of the embedded store.")
@click.option(
    "--auth",
    metavar="USER:PASS",
    envvar="TREATYKG_AUTH",
    help="Credentials for the endpoint, sent only when it asks for them (or $TREATYKG_AUTH).",
)
@click.option(
    "--timeout",
    default=60.0,
    show_default=True,
    type=click.FloatRange(min=0.1),
    help="Seconds the endpoint's whole answer may take.",
)
@click.option(
    "--max-response",
    default=256,
    show_default=True,
    type=click.IntRange(min=1),
    metavar="MB",
    help="Largest answer read from the endpoint, in MiB.",
)
def query(
    name: str,
    params: tuple[str, ...],
    fmt: str,
    store_dir: Path | None,
    endpoint: str | None,
    auth: str | None,
    timeout: float,
    max_response: int,
) -> None:
    """Run a saved query by NAME (see 'treatykg queries') or a .rq FILE."""
    from treatykg import query as q
    from treatykg import store

    saved = q.load(name)
    if endpoint:
        from treatykg import remote

        limits = {"auth": auth, "timeout": timeout, "max_bytes": max_response * 2**20}
        bindings = q.bind(saved, q.parse_params(params), q.Resolver(remote.asker(endpoint, **limits)))
        click.echo(q.render(remote.run(saved, bindings, endpoint, **limits), fmt), nl=False)
        return
    db = store.open_read_only(store.location(store_dir))
    bindings = q.bind(saved, q.parse_params(params), q.Resolver(q.local_asker(db)))
    click.echo(q.render(q.run_local(saved, bindings, db), fmt), nl=False)


@main.command()
@store_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
@click.option(
    "--timeout",
    default=30.0,
    show_default=True,
    type=click.FloatRange(min=0.1),
    help="Seconds a query may run before it is stopped (503).",
)
@click.option(
    "--max-rows",
    default=10_000,
    show_default=True,
    type=click.IntRange(min=1),
    help="Result rows (or triples) sent at most; a cut response says so in X-Result-Truncated.",
)
@click.option("--workers", default=2, show_default=True, type=click.IntRange(min=1), help="Query worker processes.")
@click.option(
    "--max-query-bytes",
    default=65_536,
    show_default=True,
    type=click.IntRange(min=256),
    help="Longest query or request body accepted (413 beyond).",
)
@click.option(
    "--update-token",
    envvar="TREATYKG_UPDATE_TOKEN",
    default=None,
    metavar="TOKEN",
    help="Accept SPARQL Update with 'Authorization: Bearer TOKEN' (store opened writable). "
    "Off by default: the endpoint is read-only.",
)
@click.option(
    "--parse-timeout",
    default=5.0,
    show_default=True,
    type=click.FloatRange(min=0.1),
    help="Seconds a request may take to parse (400 beyond).",
)
@click.option(
    "--max-memory",
    default=1024,
    show_default=True,
    type=click.IntRange(min=64),
    metavar="MIB",
    help="Memory a query may take in its worker (503 beyond).",
)
@click.option(
    "--request-timeout",
    default=10.0,
    show_default=True,
    type=click.FloatRange(min=0.1),
    help="Seconds a client has to send a request's head, and its body; slower connections are closed.",
)
@click.option(
    "--max-connections",
    default=256,
    show_default=True,
    type=click.IntRange(min=1),
    help="Requests in progress at once; more are answered 503.",
)
@click.option(
    "--cache",
    "cache_mb",
    default=64,
    show_default=True,
    type=click.IntRange(min=0),
    metavar="MIB",
    help="Memory for answers of repeated queries on the same store (0: no cache; none with updates).",
)
@dump_url_option
def serve(
    store_dir: Path | None,
    host: str,
    port: int,
    timeout: float,
    max_rows: int,
    workers: int,
    max_query_bytes: int,
    update_token: str | None,
    parse_timeout: float,
    max_memory: int,
    request_timeout: float,
    max_connections: int,
    cache_mb: int,
    dump_urls: tuple[str, ...],
) -> None:
    """Serve the store: SPARQL endpoint at /sparql, query page at /, entity pages at /id/..."""
    from treatykg import store
    from treatykg.serve import Settings, listen
    from treatykg.serve import serve as run_server

    dumps = _dump_urls(dump_urls)
    path = store.location(store_dir).absolute()
    store.open_read_only(path)  # a clear error now rather than in every worker
    sock = listen(host, port)
    port = sock.getsockname()[1]
    where = f"http://{f'[{host}]' if ':' in host else host}:{port}"
    settings = Settings(
        path,
        timeout,
        max_rows,
        workers,
        max_query_bytes,
        update_token,
        parse_timeout,
        max_memory,
        request_timeout,
        max_connections,
        endpoint=f"{where}/sparql",
        dumps=dumps,
        cache_mb=cache_mb,
    )
    click.echo(f"serving {path} at {where}/ (SPARQL endpoint: /sparql)", err=True)
    run_server(settings, sock)


@main.command()
@click.option("--endpoint", required=True, metavar="URL", help="The store's SPARQL query endpoint.")
@click.option(
    "--graph-store", metavar="URL", help="The store's Graph Store Protocol URL (default: derived from --endpoint)."
)
@click.option(
    "--auth",
    metavar="USER:PASS",
    envvar="TREATYKG_AUTH",
    help="Credentials for the store (HTTP Basic or Digest), sent only when it asks (or $TREATYKG_AUTH).",
)
@store_option
def push(endpoint: str, graph_store: str | None, auth: str | None, store_dir: Path | None) -> None:
    """Upload every named graph to a SPARQL 1.1 store (Graph Store Protocol PUT: replaces each graph)."""
    from treatykg import remote, store

    db = store.open_read_only(store.location(store_dir))
    report = remote.push(db, endpoint, graph_store, auth)
    click.echo(f"pushed {report.graphs} graphs ({report.triples} triples) to {report.graph_store}")


@main.command()
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["turtle", "trig", "nquads", "ntriples", "jsonld"]),
    default="turtle",
    show_default=True,
)
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="File to write (default: stdout)."
)
@store_option
@dump_url_option
def export(fmt: str, output: Path | None, store_dir: Path | None, dump_urls: tuple[str, ...]) -> None:
    """Export the graph and its VoID description; Turtle is the union of all graphs, TriG/N-Quads/JSON-LD
    keep them apart."""
    from treatykg import store
    from treatykg.export import export as run_export

    dumps = _dump_urls(dump_urls)
    db = store.open_read_only(store.location(store_dir))
    if output is None:
        run_export(db, fmt, sys.stdout.buffer, dumps)
        return
    partial = output.with_name(output.name + ".partial")
    try:
        with partial.open("wb") as file:
            run_export(db, fmt, file, dumps)
        partial.replace(output)
    finally:
        partial.unlink(missing_ok=True)
    click.echo(f"wrote {output} ({output.stat().st_size} bytes, {fmt})", err=True)


@main.command()
@store_option
@click.option(
    "--engine",
    type=click.Choice(["sparql", "pyshacl"]),
    default="sparql",
    show_default=True,
    help="Run the shapes compiled into SPARQL by the store, or with pySHACL, the reference engine "
    "(exact, much slower on a large store).",
)
def validate(store_dir: Path | None, engine: str) -> None:
    """Validate the store: SHACL shapes on every graph, then the integrity checks."""
    from treatykg import store
    from treatykg.shacl_model import violations
    from treatykg.validate import validate_store

    findings = validate_store(store.open_read_only(store.location(store_dir)), engine)
    _print_findings(findings)
    bad = violations(findings)
    click.echo(
        f"{'conforms' if not bad else 'does not conform'}: {len(bad)} violations, {len(findings) - len(bad)} warnings"
    )
    if bad:
        sys.exit(EXIT_VIOLATIONS)


def _print_findings(findings, where=None) -> None:
    """One line a finding: what it is about (the file, with ``where``; else the node) and why."""
    for finding in findings:
        about = where(finding) if where else finding.focus + (f" [{finding.path}]" if finding.path else "")
        click.echo(f"{finding.severity}: {about}: {finding.message}", err=True)


@main.command("eval")
@click.argument("folder", type=click.Path(file_okay=False, path_type=Path), default=Path("eval"))
@click.option("--summary", is_flag=True, help="Print the tables only, not every wrong and missed fact.")
def evaluate(folder: Path, summary: bool) -> None:
    """Judge the loaders on an evaluation corpus of real documents with hand-written gold.

    Prints precision and recall per document kind and field, then every wrong and missed fact.
    Exits 1 when a fact is attributed to a state that the gold does not attribute, or a document
    is read as a kind it is not; 2 when the corpus or a gold file is malformed.
    """
    from treatykg.errors import InputError
    from treatykg.evaluation import evaluate as run_evaluation
    from treatykg.evaluation import render_report

    try:
        report = run_evaluation(folder)
    except InputError as error:
        fail(str(error))
    click.echo(render_report(report, details=not summary))
    if report.wrong_attributions or report.misread_kinds:
        sys.exit(EXIT_VIOLATIONS)
