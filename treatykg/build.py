"""The build: documents -> records -> quads -> validation -> a new store, swapped in on success."""

from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError
from pyoxigraph import Quad

from treatykg import loaders, mapping, sources, store, validate
from treatykg.validate import Finding


@dataclass(frozen=True)
class Loaded:
    label: str
    kind: str
    quads: int
    missing: tuple[str, ...]


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


def build(paths: list[Path] | None, store_path: Path, keep_going: bool = False) -> BuildReport:
    """Build the documents under ``paths`` (default: the sample corpus) into a new store."""
    from tqdm import tqdm

    report = BuildReport(store_path)
    found = sources.discover(paths or [sources.sample_corpus()])
    quads: list[Quad] = []
    for path, label in tqdm(found, desc="documents", unit="doc", disable=len(found) <= 5 or None,
                            file=sys.stderr):
        try:
            source = sources.read(path, label)
            record, described = load_document(source)
        except sources.InputError as error:
            if not keep_going:
                raise
            report.skipped.append(str(error))
            continue
        document_quads = mapping.map_source(described, record)
        report.findings.extend(validate.validate_quads(document_quads, described.iri))
        report.loaded.append(Loaded(label, described.loader, len(document_quads), getattr(record, "missing", ())))
        quads.extend(document_quads)
    if not report.loaded:
        raise sources.InputError(f"{', '.join(map(str, paths or ['sample corpus']))}: no document could be read")

    with store.replacing(store_path) as new:
        new.bulk_extend(validate.ontology_quads())
        new.bulk_extend(mapping.reference_quads())
        new.bulk_extend(quads)
        new.flush()
        report.findings.extend(validate.run_checks(new))
        report.quads = len(new)
        report.graphs = sum(1 for _ in new.named_graphs())
        if report.violations:
            raise BuildFailed(report)
    return report
