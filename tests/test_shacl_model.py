"""The shapes model: every constraint it supports is checked alike by both back ends and pySHACL."""

from __future__ import annotations

import pyoxigraph
import pyshacl
import pytest
import rdflib

from treatykg import shacl_sparql
from treatykg.shacl_model import PROPERTY_CONSTRAINTS, project_shapes, read_shapes
from treatykg.shacl_quads import QuadValidator, compile_rules
from treatykg.shacl_reference import _findings

PREFIXES = """@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <http://example.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
"""
# Per constraint parameter: the property shape's parameters, and data where some values break it
# and some do not (focus nodes ex:a, ex:b, ... of class ex:C).
CASES = {
    "minCount": ("sh:minCount 2", "ex:a ex:p 1 . ex:b ex:p 1, 2 ."),
    "maxCount": ("sh:maxCount 1", "ex:a ex:p 1, 2 . ex:b ex:p 1 ."),
    "datatype": ("sh:datatype xsd:integer", 'ex:a ex:p "x" . ex:b ex:p 1 . ex:c ex:p ex:x .'),
    "pattern": ('sh:pattern "^a.c$" ; sh:flags "i"', 'ex:a ex:p "ABC" . ex:b ex:p "xbc", "abc\\n" .'),
    "nodeKind": ("sh:nodeKind sh:IRI", 'ex:a ex:p "x" . ex:b ex:p ex:x .'),
    "in": ("sh:in ( ex:x ex:y )", 'ex:a ex:p ex:x . ex:b ex:p ex:z, "x" .'),
    "minInclusive": ("sh:minInclusive 5", 'ex:a ex:p 4 . ex:b ex:p 5 . ex:c ex:p "5" .'),
    "maxInclusive": ("sh:maxInclusive 5", "ex:a ex:p 6 . ex:b ex:p 5 ."),
    "minExclusive": ("sh:minExclusive 5", "ex:a ex:p 5 . ex:b ex:p 6.5 ."),
    "maxExclusive": ("sh:maxExclusive 5", "ex:a ex:p 5 . ex:b ex:p 4 ."),
    "minLength": ("sh:minLength 3", 'ex:a ex:p "ab" . ex:b ex:p "abc", 12 .'),
    "class": ("sh:class ex:D", "ex:a ex:p ex:v . ex:b ex:p ex:w . ex:w a ex:D ."),
    "lessThanOrEquals": ("sh:lessThanOrEquals ex:q", "ex:a ex:p 5 ; ex:q 4 . ex:b ex:p 3 ; ex:q 4 ."),
}


def key(findings):
    return sorted({(f.severity, f.component, f.focus, f.path) for f in findings})


def test_every_supported_constraint_has_a_case():
    assert set(CASES) == set(PROPERTY_CONSTRAINTS)


@pytest.mark.parametrize("parameter", PROPERTY_CONSTRAINTS)
def test_both_back_ends_agree_with_pyshacl(parameter: str):
    parameters, data = CASES[parameter]
    shapes = rdflib.Graph().parse(
        data=f"""{PREFIXES}
        ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:property [ sh:path ex:p ; {parameters} ] .""",
        format="turtle",
    )
    data_text = f"{PREFIXES} ex:a a ex:C . ex:b a ex:C . ex:c a ex:C . {data}"
    _, results, _ = pyshacl.validate(
        rdflib.Graph().parse(data=data_text, format="turtle"), shacl_graph=shapes, inference="none", allow_warnings=True
    )
    graph = pyoxigraph.NamedNode("urn:test:case")
    quads = [
        pyoxigraph.Quad(t.subject, t.predicate, t.object, graph)
        for t in pyoxigraph.parse(data_text.encode(), format=pyoxigraph.RdfFormat.TURTLE)
    ]
    store = pyoxigraph.Store()
    store.extend(quads)
    model = read_shapes(shapes, rdflib.Graph())
    validator = QuadValidator(tuple(compile_rules(model)))
    validator.check(quads)
    by_pyshacl = key(_findings(results, graph.value))
    assert by_pyshacl, "the case breaks the constraint nowhere"
    assert key(shacl_sparql.run(store, checks=shacl_sparql.compile_shapes(model))) == by_pyshacl
    assert key(validator.finish(store)) == by_pyshacl


def test_the_project_shapes_are_read_once_into_the_model():
    shapes = project_shapes()
    assert shapes is project_shapes()
    assert len(shapes) >= 30 and all(node.targets for node in shapes)
    assert {c.parameter for node in shapes for prop in node.properties for c in prop.constraints} <= set(
        PROPERTY_CONSTRAINTS
    )
