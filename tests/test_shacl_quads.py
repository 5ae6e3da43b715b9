"""The shapes compiled to Python checks on quads agree with pySHACL, whole or in batches."""

from __future__ import annotations

import random
from pathlib import Path

import pyoxigraph
import pytest
from test_shacl_sparql import SHAPE_CASES, key, store_of

from treatykg import iris, shacl_reference, shacl_sparql
from treatykg.shacl_quads import QuadValidator, _at_most, _xpath_regex


def case_quads(path: Path) -> tuple[pyoxigraph.NamedNode, list[pyoxigraph.Quad]]:
    graph = pyoxigraph.NamedNode(f"urn:test:{path.stem}")
    return graph, [
        pyoxigraph.Quad(t.subject, t.predicate, t.object, graph)
        for t in pyoxigraph.parse(path.read_bytes(), format=pyoxigraph.RdfFormat.TURTLE)
    ]


def in_batches(quads: list, seed: int) -> list[list]:
    """The quads shuffled and cut into a few batches at random places (a node's triples split)."""
    shuffled = quads[:]
    random.Random(seed).shuffle(shuffled)
    cuts = sorted(random.Random(seed + 1).sample(range(1, len(shuffled)), min(3, len(shuffled) - 1)))
    return [shuffled[a:b] for a, b in zip([0, *cuts], [*cuts, len(shuffled)])]


@pytest.mark.parametrize("path", SHAPE_CASES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_agrees_with_pyshacl_on_the_shape_cases(path: Path):
    graph, quads = case_quads(path)
    validator = QuadValidator()
    validator.check(quads)
    by_python = validator.finish(store_of({graph.value: quads}))
    assert key(by_python) == key(shacl_reference.validate_quads(quads, graph.value))


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("path", SHAPE_CASES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_batches_settled_on_the_store_give_the_same_findings(path: Path, seed: int):
    graph, quads = case_quads(path)
    if len(quads) < 2:
        pytest.skip("one quad cannot be split")
    whole = QuadValidator()
    whole.check(quads)
    store = store_of({graph.value: quads})
    batched = QuadValidator()
    for batch in in_batches(quads, seed):
        batched.check(batch, complete=False)
    assert key(batched.finish(store)) == key(whole.finish(store))


def test_agrees_with_pyshacl_on_every_graph_of_the_sample_build(built_store: Path):
    store = pyoxigraph.Store.read_only(str(built_store))
    ontology = iris.graph(iris.ONTOLOGY_GRAPH)
    validator = QuadValidator()
    for graph in store.named_graphs():
        if graph.value != ontology:
            validator.check(list(store.quads_for_pattern(None, None, None, graph)))
    by_pyshacl = shacl_reference.validate_store(store)
    assert key(validator.finish(store)) == key(by_pyshacl)


def test_a_graph_streamed_in_batches_matches_it_whole(built_store: Path):
    store = pyoxigraph.Store.read_only(str(built_store))
    validator = QuadValidator()
    for graph in store.named_graphs():
        quads = list(store.quads_for_pattern(None, None, None, graph))
        for batch in in_batches(quads, 7) if len(quads) > 4 else [quads]:
            validator.check(batch, complete=False)
    assert key(validator.finish(store)) == key(shacl_sparql.run(store))


def test_comparisons_follow_sparql():
    integer = pyoxigraph.NamedNode("http://www.w3.org/2001/XMLSchema#integer")
    date = pyoxigraph.NamedNode("http://www.w3.org/2001/XMLSchema#date")
    one, two = pyoxigraph.Literal("1", datatype=integer), pyoxigraph.Literal("2", datatype=integer)
    assert _at_most(one, two) and not _at_most(two, one) and not _at_most(one, one, strict=True)
    assert not _at_most(one, pyoxigraph.Literal("2020-01-01", datatype=date))  # a type error is false
    assert not _at_most(pyoxigraph.Literal("x", datatype=integer), two)  # so is an ill-formed number
    assert _xpath_regex("^[A-Z]{3}$", "").search("ABC") and not _xpath_regex("^[A-Z]{3}$", "").search("ABC\n")
    assert _xpath_regex("^abc$", "i").search("ABC")
