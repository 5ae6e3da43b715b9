"""SHACL Core shapes compiled into SPARQL that the store runs, one query per constraint.

pySHACL is exact but slow on a large graph; these queries give the same results (tests compare
them on every sample) over every named graph of the store at once, each graph validated on its
own as pySHACL validates one document's graph. Only the constraints the shapes use are supported;
an unsupported one is an error when compiling, so no rule goes unchecked silently.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import rdflib
from rdflib.namespace import RDF, RDFS
from rdflib.term import Literal, Node, URIRef

SH = rdflib.Namespace("http://www.w3.org/ns/shacl#")
XSD = rdflib.Namespace("http://www.w3.org/2001/XMLSchema#")


GRAPHS = "#graphs#\n"  # replaced by a VALUES ?g block when only some graphs are validated


class UnsupportedShape(ValueError):
    """The shapes use a SHACL feature this compiler does not translate."""


@dataclass(frozen=True)
class Check:
    """One compiled constraint: a SELECT returning ?g ?focus (and ?value, or message variables)."""

    shape: str
    component: str
    path: str
    severity: str
    message: str
    sparql: str

    def query(self, graphs: list[str] | None = None) -> str:
        """The SELECT, limited to the named graphs given (all graphs when None)."""
        limit = f"VALUES ?g {{ {' '.join(f'<{g}>' for g in graphs)} }}" if graphs is not None else ""
        return self.sparql.replace(GRAPHS, limit)


def n3(term: Node) -> str:
    return term.n3()


def _subclasses(ontology: rdflib.Graph, cls: URIRef) -> list[URIRef]:
    """The class and all its subclasses in the ontology."""
    found, todo = {cls}, [cls]
    while todo:
        for sub in ontology.subjects(RDFS.subClassOf, todo.pop()):
            if isinstance(sub, URIRef) and sub not in found:
                found.add(sub)
                todo.append(sub)
    return sorted(found)


def _severity(shapes: rdflib.Graph, shape: Node, default: str = "Violation") -> str:
    value = shapes.value(shape, SH.severity)
    return str(value).removeprefix(str(SH)) if value else default


def compile_shapes(shapes: rdflib.Graph, ontology: rdflib.Graph) -> list[Check]:
    """Every constraint of every node shape with an ``sh:targetClass``."""
    checks: list[Check] = []
    for node_shape in sorted(set(shapes.subjects(SH.targetClass, None)), key=str):
        targets = [t for cls in shapes.objects(node_shape, SH.targetClass) for t in _subclasses(ontology, cls)]
        focus = f"{GRAPHS} VALUES ?type {{ {' '.join(map(n3, targets))} }} GRAPH ?g {{ ?focus a ?type }}"
        node_severity = _severity(shapes, node_shape)
        for prop in shapes.objects(node_shape, SH.property):
            checks.extend(_property_checks(shapes, ontology, node_shape, prop, focus))
        for members in shapes.objects(node_shape, SH["or"]):
            checks.append(_or_of_min_counts(shapes, node_shape, members, focus, node_severity))
        for constraint in shapes.objects(node_shape, SH.sparql):
            checks.append(_sparql_constraint(shapes, node_shape, constraint, focus, node_severity))
        refuse_unknown_node_parameters(shapes, node_shape)
    return checks


_NODE_PARAMETERS = {SH.targetClass, SH.property, SH["or"], SH.sparql, SH.name, SH.message, SH.severity,
                    RDF.type, RDFS.seeAlso, RDFS.comment, RDFS.label}


def refuse_unknown_node_parameters(shapes: rdflib.Graph, node_shape: Node) -> None:
    """UnsupportedShape when a node shape uses a parameter the compilers do not translate."""
    extra = set(shapes.predicates(node_shape, None)) - _NODE_PARAMETERS
    if extra:
        raise UnsupportedShape(f"{node_shape}: unsupported node-shape parameters {sorted(map(str, extra))}")


def or_paths(shapes: rdflib.Graph, node_shape: Node, members: Node) -> list[URIRef]:
    """The paths of an ``sh:or`` whose members each only require a value (``sh:minCount 1``)."""
    paths = []
    for member in rdflib.collection.Collection(shapes, members):
        parameters = set(shapes.predicates(member, None)) - {SH.path}
        if parameters != {SH.minCount} or int(shapes.value(member, SH.minCount)) != 1:
            raise UnsupportedShape(f"{node_shape}: only sh:or of 'sh:minCount 1' property shapes is supported")
        paths.append(shapes.value(member, SH.path))
    return paths


_PROPERTY_PARAMETERS = {SH.path, SH.message, SH.severity, SH.name, SH.description, RDFS.comment}


def _property_checks(shapes: rdflib.Graph, ontology: rdflib.Graph, node_shape: Node, prop: Node,
                     focus: str) -> list[Check]:
    path = shapes.value(prop, SH.path)
    if not isinstance(path, URIRef):
        raise UnsupportedShape(f"{node_shape}: only predicate paths are supported, not {path!r}")
    severity = _severity(shapes, prop)
    message = str(shapes.value(prop, SH.message) or shapes.value(node_shape, SH.message) or "")
    p = n3(path)
    values = f"{focus} GRAPH ?g {{ ?focus {p} ?value }}"
    checks = []

    def add(component: str, sparql: str) -> None:
        checks.append(Check(str(node_shape), component, str(path), severity, message, sparql))

    def each_value(component: str, bad: str, join: str = "") -> None:
        """A constraint on single values: report every value for which ``bad`` holds."""
        add(component, f"SELECT DISTINCT ?g ?focus ?value WHERE {{ {values} {join} FILTER({bad}) }}")

    for parameter, value in shapes.predicate_objects(prop):
        if parameter in _PROPERTY_PARAMETERS:
            continue
        name = str(parameter).removeprefix(str(SH))
        if parameter == SH.minCount:
            if int(value) == 1:
                add("MinCountConstraintComponent",
                    f"SELECT DISTINCT ?g ?focus WHERE {{ {focus} MINUS {{ GRAPH ?g {{ ?focus {p} ?any }} }} }}")
            else:
                add("MinCountConstraintComponent",
                    f"SELECT ?g ?focus WHERE {{ {focus} OPTIONAL {{ GRAPH ?g {{ ?focus {p} ?value }} }} }}"
                    f" GROUP BY ?g ?focus HAVING (COUNT(DISTINCT ?value) < {int(value)})")
        elif parameter == SH.maxCount:
            add("MaxCountConstraintComponent",
                f"SELECT ?g ?focus WHERE {{ {values} }} GROUP BY ?g ?focus HAVING (COUNT(DISTINCT ?value) > {int(value)})")
        elif parameter == SH.datatype:
            each_value("DatatypeConstraintComponent", f"!isLiteral(?value) || DATATYPE(?value) != {n3(value)}")
        elif parameter == SH.pattern:
            flags = shapes.value(prop, SH.flags)
            flag_arg = f", {n3(Literal(str(flags)))}" if flags else ""
            each_value("PatternConstraintComponent",
                       f"isBlank(?value) || !REGEX(STR(?value), {n3(Literal(str(value)))}{flag_arg})")
        elif parameter == SH.flags:
            continue
        elif parameter == SH["class"]:
            classes = " ".join(map(n3, _subclasses(ontology, value)))
            add("ClassConstraintComponent",
                f"SELECT DISTINCT ?g ?focus ?value WHERE {{ {values} "
                f"MINUS {{ VALUES ?value_type {{ {classes} }} GRAPH ?g {{ ?value a ?value_type }} }} }}")
        elif parameter == SH.nodeKind:
            test = {SH.IRI: "isIRI(?value)", SH.Literal: "isLiteral(?value)", SH.BlankNode: "isBlank(?value)",
                    SH.BlankNodeOrIRI: "!isLiteral(?value)"}.get(value)
            if test is None:
                raise UnsupportedShape(f"{node_shape}: sh:nodeKind {value} is not supported")
            each_value("NodeKindConstraintComponent", f"!({test})")
        elif parameter == SH["in"]:
            members = list(rdflib.collection.Collection(shapes, value))
            same = " || ".join(f"sameTerm(?value, {n3(m)})" for m in members)
            each_value("InConstraintComponent", f"!({same})")
        elif parameter in (SH.minInclusive, SH.maxInclusive, SH.minExclusive, SH.maxExclusive):
            operator = {SH.minInclusive: ">=", SH.maxInclusive: "<=", SH.minExclusive: ">", SH.maxExclusive: "<"}[parameter]
            each_value(f"{name[0].upper()}{name[1:]}ConstraintComponent",
                       f"!COALESCE(?value {operator} {n3(value)}, false)")
        elif parameter == SH.minLength:
            each_value("MinLengthConstraintComponent", f"isBlank(?value) || STRLEN(STR(?value)) < {int(value)}")
        elif parameter == SH.lessThanOrEquals:
            each_value("LessThanOrEqualsConstraintComponent", "!COALESCE(?value <= ?other, false)",
                       join=f"GRAPH ?g {{ ?focus {n3(value)} ?other }}")
        else:
            raise UnsupportedShape(f"{node_shape}: property-shape parameter sh:{name} is not supported")
    return checks


def _or_of_min_counts(shapes: rdflib.Graph, node_shape: Node, members: Node, focus: str, severity: str) -> Check:
    """``sh:or`` of property shapes that each only require a value: the focus needs one of the paths."""
    paths = [n3(path) for path in or_paths(shapes, node_shape, members)]
    sparql = (f"SELECT DISTINCT ?g ?focus WHERE {{ {focus} MINUS {{ GRAPH ?g {{ ?focus {'|'.join(paths)} ?any }} }} }}")
    return Check(str(node_shape), "OrConstraintComponent", "", severity,
                 str(shapes.value(node_shape, SH.message) or ""), sparql)


def _sparql_constraint(shapes: rdflib.Graph, node_shape: Node, constraint: Node, focus: str, severity: str) -> Check:
    select = str(shapes.value(constraint, SH.select)).replace("$this", "?this")
    if shapes.value(constraint, SH.prefixes) is not None:
        raise UnsupportedShape(f"{node_shape}: write SPARQL constraints with full IRIs (no sh:prefixes)")
    sparql = f"SELECT * WHERE {{ {{ {select} }} {focus} FILTER(?focus = ?this) }}"
    return Check(str(node_shape), "SPARQLConstraintComponent", "", severity,
                 str(shapes.value(constraint, SH.message) or ""), sparql)


@cache
def compiled() -> tuple[Check, ...]:
    """The project's shapes, compiled once per process."""
    from treatykg.validate import ontology_graph, shapes_graph

    return tuple(compile_shapes(shapes_graph(), ontology_graph()))
