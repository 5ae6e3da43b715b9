"""Golden files: the graph each sample document maps to, compared as graphs (isomorphism).

``pytest --regenerate-golden`` rewrites ``tests/data/golden/<stem>.expected.ttl`` from the loaders.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import rdflib
from pyoxigraph import RdfFormat, serialize
from rdflib.compare import isomorphic, to_isomorphic

from treatykg.build import load_document
from treatykg.mapping import map_source
from treatykg.sources import read, sample_corpus

GOLDEN = Path(__file__).parent / "data" / "golden"
DOCUMENTS = sorted(p for p in sample_corpus().iterdir() if p.suffix == ".txt")


def _graph(path: Path) -> rdflib.Graph:
    record, source = load_document(read(path, path.name))
    data = serialize((quad.triple for quad in map_source(source, record)), format=RdfFormat.N_TRIPLES)
    return rdflib.Graph().parse(data=data, format="nt")


@pytest.mark.parametrize("path", DOCUMENTS, ids=[p.stem for p in DOCUMENTS])
def test_graph_matches_golden_file(path: Path, request: pytest.FixtureRequest):
    expected_file = GOLDEN / f"{path.stem}.expected.ttl"
    graph = _graph(path)
    if request.config.getoption("--regenerate-golden"):
        GOLDEN.mkdir(parents=True, exist_ok=True)
        expected_file.write_text(graph.serialize(format="turtle"), encoding="utf-8")
    expected = rdflib.Graph().parse(expected_file, format="turtle")
    if not isomorphic(graph, expected):
        only_new = to_isomorphic(graph) - to_isomorphic(expected)
        only_old = to_isomorphic(expected) - to_isomorphic(graph)
        pytest.fail(
            f"{path.name}: {len(only_new)} triples not in the golden file, {len(only_old)} missing; "
            f"first new: {sorted(only_new)[:3]}; first missing: {sorted(only_old)[:3]}"
        )


def test_no_blank_nodes_and_same_quads_every_time():
    for path in DOCUMENTS:
        first, second = _graph(path), _graph(path)
        assert not any(isinstance(term, rdflib.BNode) for triple in first for term in triple)
        assert sorted(first) == sorted(second)
