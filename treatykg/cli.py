"""The treatykg command line.

Exit codes: 0 ok; 1 the graph violates the shapes; 2 usage or input error.
Heavy libraries are imported inside the commands so that ``--help`` starts fast.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

EXIT_OK, EXIT_VIOLATIONS, EXIT_INPUT = 0, 1, 2

store_option = click.option(
    "--store", "store_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
    help="Directory of the embedded store (default: $TREATYKG_STORE or .treatykg).",
)


def fail(message: str, code: int = EXIT_INPUT) -> None:
    click.echo(f"treatykg: error: {message}", err=True)
    sys.exit(code)


class Group(click.Group):
    """Turns input errors raised anywhere into one clear line and exit code 2."""

    def invoke(self, ctx: click.Context):
        from treatykg.sources import InputError

        try:
            return super().invoke(ctx)
        except InputError as error:
            fail(str(error))


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
def build(paths: tuple[Path, ...], store_dir: Path | None, keep_going: bool) -> None:
    """Build documents (files or folders) into the store; no PATH builds the sample corpus.

    The store is replaced only when the build succeeds.
    """
    from treatykg import store
    from treatykg.build import BuildFailed, build as run_build

    target = store.location(store_dir)
    try:
        report = run_build(list(paths) or None, target, keep_going=keep_going)
    except BuildFailed as failed:
        _print_findings(failed.report.findings)
        fail(f"{failed}: {target}", EXIT_VIOLATIONS)
    kinds = ", ".join(f"{count} {kind}" for kind, count in sorted(report.kinds.items()))
    click.echo(f"built {target}: {len(report.loaded)} documents ({kinds})")
    click.echo(f"  {report.quads} quads in {report.graphs} named graphs")
    for item in report.loaded:
        if item.missing:
            click.echo(f"  incomplete: {item.label}: lacks {', '.join(item.missing)}")
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
def query(name: str, params: tuple[str, ...], fmt: str, store_dir: Path | None) -> None:
    """Run a saved query by NAME (see 'treatykg queries') or a .rq FILE."""
    from treatykg import query as q, store

    saved = q.load(name)
    db = store.open_read_only(store.location(store_dir))
    bindings = q.bind(saved, q.parse_params(params), q.Resolver(q.local_asker(db)))
    click.echo(q.render(q.run_local(saved, bindings, db), fmt), nl=False)


@main.command()
@click.option("--format", "fmt", type=click.Choice(["turtle", "trig", "nquads", "ntriples", "jsonld"]),
              default="turtle", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="File to write (default: stdout).")
@store_option
def export(fmt: str, output: Path | None, store_dir: Path | None) -> None:
    """Export the graph; Turtle is the union of all graphs, TriG/N-Quads/JSON-LD keep them apart."""
    from treatykg import store
    from treatykg.export import export as run_export

    data = run_export(store.open_read_only(store.location(store_dir)), fmt)
    if output is None:
        sys.stdout.buffer.write(data)
        return
    partial = output.with_name(output.name + ".partial")
    partial.write_bytes(data)
    partial.replace(output)
    click.echo(f"wrote {output} ({len(data)} bytes, {fmt})", err=True)


@main.command()
@store_option
def validate(store_dir: Path | None) -> None:
    """Validate the store: SHACL shapes on every graph, then the integrity checks."""
    from treatykg import store, validate as v

    findings = v.validate_store(store.open_read_only(store.location(store_dir)))
    _print_findings(findings)
    bad = v.violations(findings)
    click.echo(f"{'conforms' if not bad else 'does not conform'}: {len(bad)} violations, "
               f"{len(findings) - len(bad)} warnings")
    if bad:
        sys.exit(EXIT_VIOLATIONS)


def _print_findings(findings) -> None:
    for finding in findings:
        where = f" [{finding.path}]" if finding.path else ""
        click.echo(f"{finding.severity}: {finding.focus}{where}: {finding.message}", err=True)
