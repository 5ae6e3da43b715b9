"""Shapes, both ways: conforming graphs pass; violating graphs fire exactly the constraints they name."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph
import pytest
from conftest import DATA

from treatykg.shacl_reference import validate_quads
from treatykg.vocab import PREFIXES

CASES = DATA / "shapes"


def findings_for(path: Path):
    quads = [
        pyoxigraph.Quad(t.subject, t.predicate, t.object)
        for t in pyoxigraph.parse(path.read_bytes(), format=pyoxigraph.RdfFormat.TURTLE)
    ]
    return validate_quads(quads, path.name)


def expected(path: Path) -> set[tuple[str, str, str]]:
    fired = set()
    for line in path.read_text().splitlines():
        if line.startswith("# fires:"):
            severity, component, curie = line.removeprefix("# fires:").split()
            prefix, _, local = curie.partition(":")
            fired.add((severity, component, "" if curie == "-" else PREFIXES[prefix] + local))
    return fired


@pytest.mark.parametrize("path", sorted((CASES / "conforming").glob("*.ttl")), ids=lambda p: p.stem)
def test_conforming_data_passes(path: Path):
    assert findings_for(path) == []


@pytest.mark.parametrize("path", sorted((CASES / "violating").glob("*.ttl")), ids=lambda p: p.stem)
def test_violating_data_fires_the_named_constraints(path: Path):
    want = expected(path)
    assert want, f"{path.name} names no constraint that must fire"
    got = {
        (f.severity, f.component.removesuffix("ConstraintComponent") + "ConstraintComponent", f.path)
        for f in findings_for(path)
    }
    assert got == want
    assert all(f.message for f in findings_for(path))


def test_every_property_shape_has_a_message():
    import rdflib

    from treatykg.shacl_model import shapes_graph

    sh = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    graph = shapes_graph()
    for shape in graph.subjects(sh.path, None):
        # members of an sh:or list carry the message on the node shape that holds the list
        if (
            (None, sh["or"], None) in graph
            and graph.value(shape, sh.message) is None
            and any(True for _ in graph.subjects(rdflib.RDF.first, shape))
        ):
            continue
        assert graph.value(shape, sh.message), f"property shape on {graph.value(shape, sh.path)} has no sh:message"
