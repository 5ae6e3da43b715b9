"""The build: documents -> records -> quads -> validation -> a new store, swapped in on success."""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from types import ModuleType

from pydantic import ValidationError
from pyoxigraph import Quad, Store

from treatykg import loaders, mapping, sources, store, validate
from treatykg.validate import Finding

HEAD_BYTES = 65_536  # enough of a file to tell a streamed table by its header
SAMPLE_EVERY = 500  # of a streamed source's records, pySHACL validates the first and one in this many
BULK_CHUNK = 250_000  # quads per bulk load: Oxigraph's loader holds a call's quads in memory (≈1.5 GB
                      # for the whole voting file in one call)


@dataclass(frozen=True)
class Loaded:
    label: str
    kind: str
    quads: int
    missing: tuple[str, ...]
    mismatches: tuple[str, ...] = ()  # stated counts or totals that differ from the rows


@dataclass
class BuildReport:
    store: Path
    loaded: list[Loaded] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # one "file: reason" line each
    findings: list[Finding] = field(default_factory=list)
    quads: int = 0
    graphs: int = 0

    @property
    def kinds(self) -> Counter:
        return Counter(item.kind for item in self.loaded)

    @property
    def violations(self) -> list[Finding]:
        return validate.violations(self.findings)


class BuildFailed(Exception):
    """The new graph violates the shapes; the previous store was kept."""

    def __init__(self, report: BuildReport):
        super().__init__(f"{len(report.violations)} violation(s); the previous store was kept")
        self.report = report


def load_document(source: sources.SourceFile) -> tuple[object, mapping.Source]:
    """Decode, detect and parse one source file (InputError when it cannot be read)."""
    text = sources.decode(source)
    try:
        loader = loaders.detect(text)
    except loaders.UnknownKind as error:
        raise sources.InputError(f"{source.path}: {error}") from error
    try:
        record = loader.parse(text)
    except (ValidationError, ValueError) as error:
        reason = str(error).splitlines()[0]
        raise sources.InputError(f"{source.path}: not readable as a {loader.LABEL}: {reason}") from error
    return record, mapping.Source(source.label, source.sha256, loader.KIND, loader.VERSION)


def streaming_loader(path: Path) -> ModuleType | None:
    """The loader that reads this file as a stream (a large table), judged by its first lines."""
    try:
        with path.open("rb") as file:
            head = sources.decode(sources.SourceFile(path, path.name, file.read(HEAD_BYTES)))
    except OSError as error:
        raise sources.InputError(f"{path}: cannot be read ({error.strerror or error})") from error
    for loader in loaders.REGISTRY.values():
        if hasattr(loader, "parse_stream") and loader.detect(head) > 0:
            return loader
    return None


def build(paths: list[Path] | None, store_path: Path, keep_going: bool = False,
          selection: object = None) -> BuildReport:
    """Build the documents under ``paths`` (default: the sample corpus) into a new store.

    ``selection`` is passed to loaders that stream (which resolutions of voting data to keep).
    """
    from tqdm import tqdm

    report = BuildReport(store_path)
    found = sources.discover(paths or [sources.sample_corpus()])
    quads: list[Quad] = []
    streamed: list[tuple[Path, str, ModuleType]] = []
    for path, label in tqdm(found, desc="documents", unit="doc", disable=len(found) <= 5 or None,
                            file=sys.stderr):
        try:
            loader = streaming_loader(path)
            if loader is not None:
                streamed.append((path, label, loader))
                continue
            source = sources.read(path, label)
            record, described = load_document(source)
        except sources.InputError as error:
            if not keep_going:
                raise
            report.skipped.append(str(error))
            continue
        document_quads = mapping.map_source(described, record)
        report.findings.extend(validate.validate_quads(document_quads, described.iri))
        mismatches = getattr(record, "mismatches", ())
        report.findings.extend(_warnings(described.iri, label, mismatches))
        report.loaded.append(Loaded(label, described.loader, len(document_quads), getattr(record, "missing", ()),
                                    mismatches))
        quads.extend(document_quads)
    if not report.loaded and not streamed:
        raise sources.InputError(f"{', '.join(map(str, paths or ['sample corpus']))}: no document could be read")

    with store.replacing(store_path) as new:
        new.bulk_extend(validate.ontology_quads())
        new.bulk_extend(mapping.reference_quads())
        new.bulk_extend(quads)
        for path, label, loader in streamed:
            load_stream(new, path, label, loader, selection, report)
        new.flush()
        report.findings.extend(validate.run_checks(new))
        report.quads = len(new)
        report.graphs = sum(1 for _ in new.named_graphs())
        if report.violations:
            raise BuildFailed(report)
    return report


def load_stream(new: Store, path: Path, label: str, loader: ModuleType, selection: object,
                report: BuildReport) -> None:
    """Stream a large source into the store: one record at a time, never the whole file.

    Each record's graph is small (one resolution and its votes); pySHACL validates a sample of
    them (the first and then one in ``SAMPLE_EVERY``), since the shapes cannot differ between
    records that one mapping function produced; the store-wide checks run after the load.
    """
    from tqdm import tqdm

    described = mapping.Source(label, sources.file_sha256(path), loader.KIND, loader.VERSION)
    mismatches: list[str] = []
    unresolved: Counter = Counter()
    counts = Counter()

    def quads() -> Iterator[Quad]:
        with path.open(encoding="utf-8-sig", newline="") as lines, tqdm(
                total=path.stat().st_size, desc=label, unit="B", unit_scale=True, file=sys.stderr,
                disable=None) as progress:
            records = loader.parse_stream(_Progress(lines, progress), selection)
            for index, batch in enumerate(mapping.map_stream(described, _noted(records, mismatches, unresolved))):
                if index % SAMPLE_EVERY == 1:
                    report.findings.extend(validate.validate_quads(batch, described.iri))
                counts["quads"] += len(batch)
                counts["records"] += 1 if index else 0
                yield from batch

    try:
        stream = quads()
        while chunk := list(islice(stream, BULK_CHUNK)):
            new.bulk_extend(chunk)
    except (ValidationError, ValueError, UnicodeDecodeError) as error:
        reason = str(error).splitlines()[0]
        raise sources.InputError(f"{path}: not readable as {loader.LABEL}: {reason}") from error
    mismatches.extend(f"state {name} is not in the reference data ({n} rows left out)"
                      for name, n in sorted(unresolved.items()))
    missing = () if counts["records"] else ("every resolution (none read or none selected)",)
    report.findings.extend(_warnings(described.iri, label, mismatches))
    report.loaded.append(Loaded(label, loader.KIND, counts["quads"], missing, tuple(mismatches)))


def _noted(records: Iterable, mismatches: list[str], unresolved: Counter) -> Iterator:
    """The records, noting on the way what each says differs or could not be resolved."""
    for record in records:
        mismatches.extend(record.mismatches)
        unresolved.update(record.unresolved)
        yield record


class _Progress:
    """A text file that advances a progress bar by the characters read (close to bytes)."""

    def __init__(self, lines, progress):
        self._lines, self._progress = lines, progress

    def __iter__(self):
        for line in self._lines:
            self._progress.update(len(line))
            yield line


def _warnings(graph: str, label: str, messages: Iterable[str]) -> list[Finding]:
    return [Finding("Warning", graph, label, "", message, component="count check") for message in messages]
