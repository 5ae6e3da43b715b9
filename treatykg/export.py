"""Export: the store as Turtle, TriG, N-Quads, N-Triples or JSON-LD, byte-identical for the same content.

JSON-LD is compact (treatykg.jsonld): an @context of the project's prefixes, compact IRIs.

The dataset's VoID description (treatykg.void: licence, publisher, creation date, the UN originals
of its sources, its dumps, its linksets to Wikidata) goes with it, in the graph ``graph/void``.

Oxigraph's own iteration order depends on how the store was filled, so statements are sorted:
named graphs by name, and within each graph its N-Triples lines. Sorting serialized lines with an
external merge sort keeps memory bounded however large the store is.
"""

from __future__ import annotations

import heapq
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from pyoxigraph import DefaultGraph, NamedNode, Quad, RdfFormat, Store, Triple, parse, serialize

from treatykg import iris, jsonld, void
from treatykg.vocab import PREFIXES

FORMATS = {
    "turtle": RdfFormat.TURTLE,
    "trig": RdfFormat.TRIG,
    "nquads": RdfFormat.N_QUADS,
    "ntriples": RdfFormat.N_TRIPLES,
    "jsonld": RdfFormat.JSON_LD,
}
GRAPHLESS = {"turtle", "ntriples"}  # these hold the union of the graphs, each triple once
VOID_GRAPH = "graph/void"  # the graph of the dataset's description in exports
EXPORT_PREFIXES = {**PREFIXES, "void": void.VOID}
RUN_LINES = 500_000  # lines sorted in memory at a time


def export(store: Store, fmt: str, output: BinaryIO, dumps: tuple[str, ...] = ()) -> None:
    """Write the store and its VoID description (``dumps``: the addresses it is published at) to
    ``output`` in the format ``fmt`` (a key of FORMATS)."""
    description = (serialize(void.of_store(store, dumps), format=RdfFormat.N_TRIPLES) or b"").splitlines(keepends=True)
    void_graph = NamedNode(iris.graph(VOID_GRAPH))
    graphs = sorted({*(g for g in store.named_graphs() if isinstance(g, NamedNode)), void_graph}, key=lambda g: g.value)
    with tempfile.TemporaryDirectory(prefix="treatykg-export-") as folder:
        work = Path(folder)

        def lines_of(graph) -> Iterable[bytes]:
            return description if graph == void_graph else _triples_of(store, graph, work)

        if fmt in GRAPHLESS:
            lines = sorted_unique((lines_of(g) for g in [DefaultGraph(), *graphs]), work)
            if fmt == "ntriples":
                output.writelines(lines)
                return
            triples = parse(path=_spooled(lines, work / "union.nt"), format=RdfFormat.N_TRIPLES)
            serialize(triples, output, format=FORMATS[fmt], prefixes=EXPORT_PREFIXES)
            return
        if fmt == "jsonld":  # compact: pyoxigraph writes expanded JSON-LD only
            named = ((graph.value, _triples(lines_of(graph), work)) for graph in graphs)
            jsonld.write(named, output, {**EXPORT_PREFIXES, "id": f"{iris.base()}id/"})
            return
        serialize(
            _quads(lines_of, graphs, work),
            output,
            format=FORMATS[fmt],
            prefixes=EXPORT_PREFIXES if fmt == "trig" else None,
        )


def _triples_of(store: Store, graph, work: Path) -> Iterator[bytes]:
    """A graph's N-Triples lines, read back from a file the store wrote (never whole in memory)."""
    path = work / "dump.nt"
    store.dump(str(path), format=RdfFormat.N_TRIPLES, from_graph=graph)
    with path.open("rb") as file:
        yield from file


def _triples(lines: Iterable[bytes], work: Path) -> Iterator[Triple]:
    """A graph's distinct triples in sorted order (so each subject's triples come together)."""
    yield from parse(path=_spooled(sorted_unique([lines], work), work / "graph.nt"), format=RdfFormat.N_TRIPLES)


def _quads(lines_of: Callable[[NamedNode], Iterable[bytes]], graphs: list[NamedNode], work: Path) -> Iterator[Quad]:
    """Every quad, graph after graph in name order, each graph's triples in sorted order."""
    for graph in graphs:
        for triple in _triples(lines_of(graph), work):
            yield Quad(triple.subject, triple.predicate, triple.object, graph)


def sorted_unique(sources: Iterable[Iterable[bytes]], work: Path) -> Iterator[bytes]:
    """The distinct lines of the sources in byte order, sorting at most RUN_LINES lines in memory."""
    runs: list[Path] = []
    buffer: set[bytes] = set()
    for lines in sources:
        for line in lines:
            buffer.add(line)
            if len(buffer) >= RUN_LINES:
                runs.append(_write_run(sorted(buffer), work, len(runs)))
                buffer = set()
    if not runs:
        yield from sorted(buffer)
        return
    if buffer:
        runs.append(_write_run(sorted(buffer), work, len(runs)))
    files = [run.open("rb") for run in runs]
    try:
        previous = None
        for line in heapq.merge(*files):
            if line != previous:
                yield line
                previous = line
    finally:
        for file in files:
            file.close()
        for run in runs:
            run.unlink()


def _write_run(lines: list[bytes], work: Path, number: int) -> Path:
    path = work / f"run-{number}.nt"
    with path.open("wb") as file:
        file.writelines(lines)
    return path


def _spooled(lines: Iterable[bytes], path: Path) -> Path:
    """The lines written to ``path`` (for the parser, which reads files in a streaming way)."""
    with path.open("wb") as file:
        file.writelines(lines)
    return path
