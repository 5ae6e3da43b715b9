"""The shapes compiled to SPARQL agree with pySHACL, result for result."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph
import pytest
import rdflib
from conftest import DATA

from treatykg import iris, shacl_reference, shacl_sparql, validate
from treatykg.errors import UnsupportedShape
from treatykg.shacl_model import read_shapes

SHAPE_CASES = sorted((DATA / "shapes").glob("*/*.ttl"))


def key(findings):
    return sorted({(f.severity, f.component, f.focus, f.path) for f in findings})


def store_of(quads_by_graph: dict[str, list]) -> pyoxigraph.Store:
    store = pyoxigraph.Store()
    store.extend(validate.ontology_quads())
    for quads in quads_by_graph.values():
        store.extend(quads)
    return store


@pytest.mark.parametrize("path", SHAPE_CASES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_agrees_with_pyshacl_on_the_shape_cases(path: Path):
    graph = pyoxigraph.NamedNode(f"urn:test:{path.stem}")
    quads = [
        pyoxigraph.Quad(t.subject, t.predicate, t.object, graph)
        for t in pyoxigraph.parse(path.read_bytes(), format=pyoxigraph.RdfFormat.TURTLE)
    ]
    by_pyshacl = shacl_reference.validate_quads(quads, graph.value)
    by_sparql = [f for f in shacl_sparql.run(store_of({graph.value: quads})) if f.graph == graph.value]
    assert key(by_sparql) == key(by_pyshacl)


def test_agrees_with_pyshacl_on_every_graph_of_the_sample_build(built_store: Path):
    store = pyoxigraph.Store.read_only(str(built_store))
    ontology = iris.graph(iris.ONTOLOGY_GRAPH)
    by_sparql = [f for f in shacl_sparql.run(store) if f.graph != ontology]
    by_pyshacl = shacl_reference.validate_store(store)
    assert key(by_sparql) == key(by_pyshacl)


def test_one_graph_at_a_time(built_store: Path):
    store = pyoxigraph.Store.read_only(str(built_store))
    reference = iris.graph(iris.REFERENCE_GRAPH)
    only = shacl_sparql.run(store, [reference])
    assert only and {f.graph for f in only} == {reference}


def test_unsupported_features_are_refused_not_skipped():
    shapes = rdflib.Graph().parse(
        data="""
        @prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <http://example.org/> .
        ex:S a sh:NodeShape ; sh:targetClass ex:C ;
           sh:property [ sh:path ex:p ; sh:qualifiedMinCount 1 ; sh:qualifiedValueShape [ sh:class ex:D ] ] .
        """,
        format="turtle",
    )
    with pytest.raises(UnsupportedShape, match="qualified"):
        read_shapes(shapes, rdflib.Graph())
