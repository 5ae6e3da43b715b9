"""The build: documents -> records -> quads -> validation -> a new store, swapped in on success."""

from __future__ import annotations

import datetime as dt
import gc
import os
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

from pydantic import ValidationError
from pyoxigraph import Literal, NamedNode, Quad, Store
from rdflib.namespace import DCTERMS, RDF, XSD

from treatykg import iris, loaders, mapping, sources, store, validate
from treatykg.errors import BuildFailed, InputError, StoreDamaged, UnknownKind
from treatykg.loaders.contract import StreamingLoader
from treatykg.records import DocumentRecord
from treatykg.shacl_model import Finding, violations
from treatykg.vocab import TKG, term, with_prefixes

HEAD_BYTES = 65_536  # enough of a file to tell a streamed table by its header
LOAD_QUEUE = 40  # serialized chunks waiting for the loader (≈20 MB each, at most)
BULK_CHUNK = 100_000  # quads per serialized chunk handed to the loader: its ≈20 MB stay under
# malloc's largest mmap threshold (32 MB), so the memory is reused, not
# mapped afresh each time (a third fewer page faults than 250,000)


@dataclass(frozen=True)
class Loaded:
    label: str
    kind: str
    quads: int
    missing: tuple[str, ...]
    mismatches: tuple[str, ...] = ()  # stated counts or totals that differ from the rows
    graph: str = ""  # the source's named graph


@dataclass
class BuildReport:
    store: Path
    loaded: list[Loaded] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # one "file: reason" line each
    findings: list[Finding] = field(default_factory=list)
    quads: int = 0
    graphs: int = 0
    incremental: bool = False  # True when only changed sources were swapped in
    unchanged: int = 0
    dropped: int = 0
    quads_added: int = 0  # by an incremental update (a full count of a large store takes seconds)
    quads_removed: int = 0
    replaced_damaged: bool = False  # a full build replaced a store that could not be read
    labels: dict[str, str] = field(default_factory=dict)  # source graph -> the file it was read from

    @property
    def kinds(self) -> Counter:
        return Counter(item.kind for item in self.loaded)

    @property
    def violations(self) -> list[Finding]:
        return violations(self.findings)

    def where(self, finding: Finding) -> str:
        """What a finding is about: the file its graph was read from, with the missing or bad
        field, else the node's IRI."""
        label = self.labels.get(finding.graph)
        if label is None:
            return f"{finding.focus}" + (f" [{finding.path}]" if finding.path else "")
        return f"{label}: {_field_problem(finding)}"


def _fails_its_shapes(file: str, failed: list[Finding]) -> str:
    """The line that reports a document left out for failing its shapes."""
    more = f" (and {len(failed) - 1} more)" if len(failed) > 1 else ""
    return f"{file}: fails its shapes: {failed[0].message} ({_field_problem(failed[0])}){more}"


def _leave_out_failing(db: Store, found: list[Finding], report: BuildReport) -> tuple[list[Finding], set[str]]:
    """With --keep-going: remove from the store the sources whose graphs the store-wide shape
    checks found violating (what a batch alone could not settle), and report each; the other
    findings, and the graphs left out."""
    failing: dict[str, list[Finding]] = {}
    for finding in violations(found):
        if finding.graph in report.labels:
            failing.setdefault(finding.graph, []).append(finding)
    for graph, failed in failing.items():
        db.remove_graph(NamedNode(graph))
        report.skipped.append(_fails_its_shapes(report.labels[graph], failed))
    report.loaded = [item for item in report.loaded if item.graph not in failing]
    return [finding for finding in found if finding.graph not in failing], set(failing)


def _field_problem(finding: Finding) -> str:
    field_name = finding.path.rsplit("#", 1)[-1].rsplit("/", 1)[-1]
    if not field_name:
        return "fails its shape"
    if finding.component == "MinCountConstraintComponent":
        return f"missing field {field_name}"
    return f"bad field {field_name} ({finding.component.removesuffix('ConstraintComponent') or 'shape'})"


def load_document(source: sources.SourceFile) -> tuple[DocumentRecord, mapping.Source]:
    """Render, detect and parse one source file (InputError when it cannot be read)."""
    rendering = sources.rendering(source)
    text = rendering.text
    address = source.address or rendering.address
    try:
        loader = loaders.detect(text, address)
    except UnknownKind as error:
        raise InputError(f"{source.path}: {error}") from error
    try:
        record = loader.parse(text, address)
    except (ValidationError, ValueError) as error:
        reason = str(error).splitlines()[0]
        raise InputError(f"{source.path}: not readable as a {loader.LABEL}: {reason}") from error
    return record, mapping.Source(
        source.label, source.sha256, loader.KIND, loader.VERSION, rendering if rendering.derived else None, address
    )


def streaming_loader(path: Path) -> ModuleType | None:
    """The loader that reads this file as a stream (a large table), judged by its first lines."""
    from treatykg import render

    try:
        with path.open("rb") as file:
            data = file.read(HEAD_BYTES)
        if render.kind_of(data) != "text":  # a PDF or an HTML page is read whole
            return None
        head = render.decode_text(data, path)
    except OSError as error:
        raise InputError(f"{path}: cannot be read ({error.strerror or error})") from error
    for loader in loaders.REGISTRY.values():
        if isinstance(loader, StreamingLoader) and loader.detect(head) > 0:
            return loader
    return None


@dataclass(frozen=True)
class Candidate:
    """A file found by the build: its digest, and the loader that streams it (None: read whole)."""

    path: Path
    label: str
    sha256: str
    streaming: ModuleType | None
    source: sources.SourceFile | None  # the bytes, for files read whole
    address: str | None = None  # where it is published, from a sources manifest

    @property
    def graph(self) -> str:
        return iris.source(self.sha256)


def build(
    paths: list[Path] | None, store_path: Path, keep_going: bool = False, selection: object = None, full: bool = False
) -> BuildReport:
    """Build the documents under ``paths`` (default: the sample corpus) into the store.

    When the store exists and was built by the same code, reference data and selection, only
    the sources that changed are read again and swapped in (one transaction); otherwise, or with
    ``full``, a new store is built beside the old one and replaces it on success. Either way a
    failed build leaves the previous store as it was. ``selection`` goes to loaders that stream.
    """
    with _fewer_collections():
        return _build(paths, store_path, keep_going, selection, full)


@contextmanager
def _fewer_collections(young: int = 200_000) -> Iterator[None]:
    """Run the garbage collector less often while the build allocates millions of short-lived
    objects (a quarter of the parse, map and check time went to collections at the default)."""
    before = gc.get_threshold()
    gc.set_threshold(young, *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)


def _build(paths: list[Path] | None, store_path: Path, keep_going: bool, selection: object, full: bool) -> BuildReport:
    report = BuildReport(store_path)
    inputs = paths or [sources.sample_corpus()]
    with store.writing(store_path, inputs) as writer:
        published = sources.addresses(inputs)
        candidates = _candidates(sources.discover(inputs), published, keep_going, report)
        if not candidates:
            raise InputError(f"{', '.join(map(str, paths) if paths else ['sample corpus'])}: no document could be read")
        report.labels = {c.graph: str(c.path) for c in candidates}
        signature = build_signature(selection)
        previous = _previous_sources(store_path, signature, full, report)
        if previous is not None and not _needs_full_build(previous, candidates):
            _update(writer, previous, candidates, keep_going, report)
        else:
            _build_new(writer, candidates, signature, keep_going, selection, report)
    return report


def _candidates(
    found: list[tuple[Path, str]], published: dict[Path, str], keep_going: bool, report: BuildReport
) -> list[Candidate]:
    """Every readable file once (a file with the same content as an earlier one is left out), with
    where it is published when a sources manifest says."""
    candidates: dict[str, Candidate] = {}
    for path, label in found:
        address = published.get(path.resolve())
        try:
            loader = streaming_loader(path)
            if loader is not None:
                candidate = Candidate(path, label, sources.file_sha256(path), loader, None, address)
            else:
                source = sources.read(path, label, address)
                candidate = Candidate(path, label, source.sha256, None, source, address)
        except InputError as error:
            if not keep_going:
                raise
            report.skipped.append(str(error))
            continue
        candidates.setdefault(candidate.sha256, candidate)
    return list(candidates.values())


def build_signature(selection: object) -> str:
    """A digest of everything besides the sources that shapes the graph: code, ontology, reference
    data, base IRI and selection. A store built under another signature is rebuilt in full."""
    import hashlib
    from importlib.resources import files

    digest = hashlib.sha256(f"{iris.base()}|{selection!r}".encode())
    for package in ("treatykg", "treatykg.loaders", "treatykg.ontology", "treatykg.reference"):
        for item in sorted(files(package).iterdir(), key=lambda f: f.name):
            if item.name.endswith((".py", ".ttl", ".csv", ".toml")):
                digest.update(item.name.encode() + item.read_bytes())
    return digest.hexdigest()


def _previous_sources(
    store_path: Path, signature: str, full: bool, report: BuildReport
) -> dict[str, tuple[str, str | None]] | None:
    """The sources of an existing store built under this signature (graph -> loader and the address
    it was published at), else None (also with ``full``). A damaged store is refused unless
    ``full``, which notes it replaces one."""
    try:
        db = store.open_read_only(store_path)
        if full:
            return None
        stamp = NamedNode(iris.graph(iris.REFERENCE_GRAPH))
        stamps = [
            str(getattr(q.object, "value", q.object))
            for q in db.quads_for_pattern(stamp, term(DCTERMS.hasVersion), None, stamp)
        ]
        if stamps != [signature]:
            return None
        rows = store.select(
            db,
            with_prefixes(
                "SELECT ?g ?loader ?address WHERE { GRAPH ?g { ?g a tkg:SourceDocument . "
                "?run a tkg:LoaderRun ; prov:used ?g ; prov:wasAssociatedWith/skos:notation ?loader "
                "OPTIONAL { ?g dcterms:source ?address } } }"
            ),
            False,
        )
        return {
            row["g"].value: (row["loader"].value, row["address"].value if row["address"] is not None else None)
            for row in rows
        }
    except StoreDamaged:
        if not full:
            raise
    except (OSError, RuntimeError) as error:
        if not store.is_damage(error):
            raise
        if not full:
            raise store.damaged(store_path, error) from error
    except InputError:  # nothing built here yet
        return None
    report.replaced_damaged = True
    return None


def _changed(previous: dict[str, tuple[str, str | None]], candidates: list[Candidate]) -> list[Candidate]:
    """The candidates to read again: new ones, and those now published at another address."""
    return [c for c in candidates if c.graph not in previous or previous[c.graph][1] != c.address]


def _needs_full_build(previous: dict[str, tuple[str, str | None]], candidates: list[Candidate]) -> bool:
    """Streamed sources are too large for one transaction: adding, changing or dropping one rebuilds in full."""
    wanted = {c.graph for c in candidates}
    added = _changed(previous, candidates)
    dropped = [loader for graph, (loader, _) in previous.items() if graph not in wanted]
    streams = {kind for kind, module in loaders.REGISTRY.items() if isinstance(module, StreamingLoader)}
    return any(c.streaming for c in added) or any(kind in streams for kind in dropped)


def _parsed(candidates: list[Candidate], keep_going: bool, report: BuildReport, checker) -> Iterator[list[Quad]]:
    """Parse, map and check the candidates read whole, one document's quads at a time; note what
    each lacks or states differently. With ``keep_going`` a document that fails its shapes is
    left out and reported with the shape's message."""
    from tqdm import tqdm

    for candidate in tqdm(
        candidates, desc="documents", unit="doc", disable=len(candidates) <= 5 or None, file=sys.stderr
    ):
        try:
            record, described = load_document(candidate.source)
        except InputError as error:
            if not keep_going:
                raise
            report.skipped.append(str(error))
            continue
        document_quads = mapping.map_source(described, record)
        failed = violations(checker.check(document_quads))
        if failed and keep_going:
            checker.discard(described.iri)
            report.skipped.append(_fails_its_shapes(str(candidate.path), failed))
            continue
        mismatches = record.mismatches
        report.findings.extend(_warnings(described.iri, candidate.label, mismatches))
        report.loaded.append(
            Loaded(
                candidate.label,
                described.loader,
                len(document_quads),
                record.missing,
                mismatches,
                described.iri,
            )
        )
        yield document_quads


def _build_new(
    writer: store.Writer,
    candidates: list[Candidate],
    signature: str,
    keep_going: bool,
    selection: object,
    report: BuildReport,
) -> None:
    """Map, check and load every source into a new store; it replaces the old one if it conforms.

    Each graph's quads are checked against the shapes as they pass on their way to the loader
    (``shacl_quads``); what a batch of a streamed source cannot settle alone is settled on the
    loaded store, and the integrity checks run there.
    """
    from treatykg.shacl_quads import QuadValidator

    streamed = [c for c in candidates if c.streaming]
    checker = QuadValidator()

    def add(quads: list[Quad], complete: bool = True) -> None:
        checker.check(quads, complete)
        loader.add(quads)

    with writer.replacing() as new:
        with store.BulkLoader(new, BULK_CHUNK, LOAD_QUEUE) as loader:
            add(validate.ontology_quads())
            add([*mapping.reference_quads(), *_stamp(signature)])
            left_out = []  # graphs of streamed sources refused part way, with --keep-going
            for candidate in streamed:  # first: the documents read whole are parsed while it loads
                assert candidate.streaming is not None  # what makes a candidate streamed
                try:
                    load_stream(
                        lambda batch: add(batch, complete=False),
                        candidate.path,
                        candidate.label,
                        candidate.streaming,
                        selection,
                        report,
                        candidate.address,
                    )
                except InputError as error:
                    if not keep_going:
                        raise
                    report.skipped.append(str(error))
                    left_out.append(_streamed_graph(candidate))
            for document_quads in _parsed([c for c in candidates if not c.streaming], keep_going, report, checker):
                loader.add(document_quads)
            if not report.loaded:
                raise InputError("no document could be read")
        for graph in left_out:  # what was loaded of them before the refusal goes
            new.remove_graph(NamedNode(graph))
            checker.discard(graph)
        with store.compacting(new):
            found = checker.finish(new)
            if keep_going:
                found, _ = _leave_out_failing(new, found, report)
                if not report.loaded:
                    raise InputError("no document could be built")
            report.findings.extend(found)
            report.findings.extend(validate.run_checks(new))
            report.quads = len(new)
            report.graphs = sum(1 for _ in new.named_graphs())
        if report.violations:
            raise BuildFailed(report)


def _update(
    writer: store.Writer,
    previous: dict[str, tuple[str, str | None]],
    candidates: list[Candidate],
    keep_going: bool,
    report: BuildReport,
) -> None:
    """The incremental build: the changed sources' graphs are checked, then swapped in by the
    store (``Writer.swapping_graphs``: replace these graphs or change nothing), which keeps the
    new store only if the store-wide checks pass."""
    wanted = {c.graph for c in candidates}
    changed = _changed(previous, candidates)
    dropped = sorted(graph for graph in previous if graph not in wanted)
    replaced = sorted({*dropped, *(c.graph for c in changed if c.graph in previous)})
    report.unchanged = len(candidates) - len(changed)
    report.dropped = len(dropped)
    report.incremental = True
    from treatykg.shacl_quads import QuadValidator

    checker, quads = QuadValidator(), []
    for document_quads in _parsed(changed, keep_going, report, checker):
        quads.extend(document_quads)
    current = store.open_read_only(writer.path)
    scratch = _scratch(current, quads)
    found = checker.finish(scratch)
    if keep_going:
        found, failing = _leave_out_failing(scratch, found, report)
        quads = [quad for quad in quads if _graph_of(quad) not in failing] if failing else quads
    report.findings.extend(found)
    if report.violations:
        raise BuildFailed(report)
    if not replaced and not quads:
        report.findings.extend(validate.run_checks(scratch))
        report.graphs = sum(1 for _ in current.named_graphs())
        if report.violations:
            raise BuildFailed(report)
        return
    with writer.swapping_graphs(replaced, quads) as (db, kept):
        describes = any(q.predicate == TYPE and q.object in DESCRIBED for q in kept)
        report.findings.extend(validate.run_checks(db if describes else scratch))
        if report.violations:
            raise BuildFailed(report)
        report.quads_added, report.quads_removed = len(quads), len(kept)
        report.graphs = sum(1 for _ in db.named_graphs())


TYPE = term(RDF.type)
DESCRIBED = {term(TKG.State), term(TKG.Treaty)}  # what other graphs may point to


def _scratch(db: Store, quads: list[Quad]) -> Store:
    """An in-memory store for checking new graphs: them, the ontology, the reference graph, and
    every state and treaty the store describes (what new graphs may refer to)."""
    scratch = Store()
    scratch.extend(validate.ontology_quads())
    scratch.extend(db.quads_for_pattern(None, None, None, NamedNode(iris.graph(iris.REFERENCE_GRAPH))))
    for kind in DESCRIBED:
        scratch.extend(db.quads_for_pattern(None, TYPE, kind, None))
    scratch.extend(quads)
    return scratch


def _stamp(signature: str) -> list[Quad]:
    """The build signature and the day of the build (the dataset's creation date in its VoID
    description; $SOURCE_DATE_EPOCH sets it for reproducible builds), on the reference graph's node."""
    graph = NamedNode(iris.graph(iris.REFERENCE_GRAPH))
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    when = dt.datetime.fromtimestamp(int(epoch), dt.UTC) if epoch.isdigit() else dt.datetime.now(dt.UTC)
    return [
        Quad(graph, term(DCTERMS.hasVersion), Literal(signature), graph),
        Quad(graph, term(DCTERMS.created), Literal(when.date().isoformat(), datatype=term(XSD.date)), graph),
    ]


def _graph_of(quad: Quad) -> str:
    """The IRI of the named graph a quad of this build is in (every one is in a named graph)."""
    return quad.graph_name.value if isinstance(quad.graph_name, NamedNode) else ""


def _streamed_graph(candidate: Candidate) -> str:
    """The named graph a streamed source's quads go to."""
    loader = candidate.streaming
    assert loader is not None  # only streamed candidates are asked
    return mapping.Source(candidate.label, sources.file_sha256(candidate.path), loader.KIND, loader.VERSION).iri


def load_stream(
    target: Callable[[list[Quad]], None],
    path: Path,
    label: str,
    loader: ModuleType,
    selection: object,
    report: BuildReport,
    address: str | None = None,
) -> None:
    """Stream a large source to ``target`` one record's quads at a time, never the whole file."""
    from tqdm import tqdm

    described = mapping.Source(label, sources.file_sha256(path), loader.KIND, loader.VERSION, address=address)
    mismatches: list[str] = []
    unresolved: Counter = Counter()
    counts: Counter[str] = Counter()

    def quads() -> Iterator[list[Quad]]:
        with (
            path.open("rb") as raw,
            tqdm(
                total=path.stat().st_size, desc=label, unit="B", unit_scale=True, file=sys.stderr, disable=None
            ) as progress,
        ):
            provenance = mapping.map_source(described, None)  # first: every record's graph is the source's
            counts["quads"] += len(provenance)
            yield provenance
            records = loader.parse_stream(_text_lines(raw), selection)
            for batch in mapping.map_records(described, _noted(records, mismatches, unresolved)):
                counts["quads"] += len(batch)
                counts["records"] += 1
                progress.update(raw.tell() - progress.n)  # bytes the text reader has taken
                yield batch

    try:
        for batch in quads():
            target(batch)
    except (ValidationError, ValueError, UnicodeDecodeError) as error:
        reason = str(error).splitlines()[0]
        raise InputError(f"{path}: not readable as {loader.LABEL}: {reason}") from error
    mismatches.extend(
        f"state {name} is not in the reference data ({n} rows left out)" for name, n in sorted(unresolved.items())
    )
    missing = () if counts["records"] else ("every resolution (none read or none selected)",)
    report.findings.extend(_warnings(described.iri, label, mismatches))
    report.loaded.append(Loaded(label, loader.KIND, counts["quads"], missing, tuple(mismatches), described.iri))


def _text_lines(raw: Iterable[bytes]) -> Iterator[str]:
    """A file's lines as UTF-8 text (a BOM dropped), decoded one at a time: bytes that are not
    UTF-8 are a UnicodeDecodeError at their line, which the loader reports with the line."""
    encoding = "utf-8-sig"
    for line in raw:
        yield line.decode(encoding)
        encoding = "utf-8"


def _noted(records: Iterable, mismatches: list[str], unresolved: Counter) -> Iterator:
    """The records, noting on the way what each says differs or could not be resolved."""
    for record in records:
        mismatches.extend(record.mismatches)
        unresolved.update(record.unresolved)
        yield record


def _warnings(graph: str, label: str, messages: Iterable[str]) -> list[Finding]:
    return [Finding("Warning", graph, label, "", message, component="count check") for message in messages]
