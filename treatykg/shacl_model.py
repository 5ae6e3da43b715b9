"""The SHACL shapes of ``shapes/`` as data, read once: what the validators check and report.

Two back ends compile this model: ``shacl_quads`` into Python checks on a graph's quads (the
build), ``shacl_sparql`` into SPARQL queries on a store (``treatykg validate``). Only the SHACL
features listed here are supported; a shape using any other is refused here, when the shapes are
read, so no rule goes unchecked silently. pySHACL (``shacl_reference``) is the reference both
back ends are tested against.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib.resources import files

import rdflib
from rdflib.collection import Collection
from rdflib.namespace import RDF, RDFS
from rdflib.term import Node, URIRef

from treatykg.errors import UnsupportedShape

SH = rdflib.Namespace("http://www.w3.org/ns/shacl#")

# The constraint parameters of a property shape, each checked by both back ends. The component a
# finding names is the parameter's: sh:minCount -> MinCountConstraintComponent.
PROPERTY_CONSTRAINTS = (
    "minCount",
    "maxCount",
    "datatype",
    "pattern",
    "nodeKind",
    "in",
    "minInclusive",
    "maxInclusive",
    "minExclusive",
    "maxExclusive",
    "minLength",
    "class",
    "lessThanOrEquals",
)
VALUE_BOUNDS = ("minInclusive", "maxInclusive", "minExclusive", "maxExclusive")
NODE_KINDS = ("IRI", "Literal", "BlankNode", "BlankNodeOrIRI")
# Parameters that say how to report, not what to check (sh:flags belongs to sh:pattern).
_PROPERTY_OTHER = {SH.path, SH.message, SH.severity, SH.name, SH.description, SH.flags, RDFS.comment}
_NODE_PARAMETERS = {
    SH.targetClass,
    SH.property,
    SH["or"],
    SH.sparql,
    SH.name,
    SH.message,
    SH.severity,
    RDF.type,
    RDFS.seeAlso,
    RDFS.comment,
    RDFS.label,
}


@dataclass(frozen=True, order=True)
class Finding:
    """One validation result: what is wrong, where, and how serious."""

    severity: str  # Violation | Warning | Info
    graph: str
    focus: str
    path: str
    message: str
    shape: str = ""
    component: str = ""


def violations(found: list[Finding]) -> list[Finding]:
    return [finding for finding in found if finding.severity == "Violation"]


@dataclass(frozen=True)
class Constraint:
    """One constraint parameter of a property shape and its value: an int (minCount, maxCount,
    minLength), an IRI (datatype, lessThanOrEquals), a local name (nodeKind: one of NODE_KINDS),
    (regex, flags) (pattern), a tuple of IRIs or literals (in), a literal (the bounds), or the
    class with its subclasses in the ontology (class)."""

    parameter: str  # one of PROPERTY_CONSTRAINTS
    value: object

    @property
    def component(self) -> str:
        return f"{self.parameter[0].upper()}{self.parameter[1:]}ConstraintComponent"


@dataclass(frozen=True)
class PropertyShape:
    """A property shape with a predicate path: its constraints in the order the shape states them."""

    node_shape: str  # the node shape that holds it, which findings name
    path: URIRef
    severity: str
    message: str  # its own sh:message, else the node shape's
    constraints: tuple[Constraint, ...]


@dataclass(frozen=True)
class SparqlConstraint:
    """An ``sh:sparql`` constraint: a SELECT of ``$this`` (written with full IRIs) and its message,
    which may name projected variables ('{?joined}')."""

    select: str
    message: str


@dataclass(frozen=True)
class NodeShape:
    """A node shape with ``sh:targetClass``: the classes it targets (with their subclasses), its
    property shapes, each ``sh:or`` of paths one of which needs a value, its SPARQL constraints."""

    iri: str
    targets: tuple[URIRef, ...]
    severity: str
    message: str
    properties: tuple[PropertyShape, ...]
    any_of: tuple[tuple[URIRef, ...], ...]
    sparql: tuple[SparqlConstraint, ...]


def turtle_files(package: str) -> list:
    """The Turtle files of a package folder (``treatykg.ontology``, ``treatykg.shapes``), by name."""
    return sorted((f for f in files(package).iterdir() if f.name.endswith(".ttl")), key=lambda f: f.name)


def _graph_of(package: str) -> rdflib.Graph:
    graph = rdflib.Graph()
    for path in turtle_files(package):
        graph.parse(data=path.read_text(encoding="utf-8"), format="turtle")
    return graph


@cache
def shapes_graph() -> rdflib.Graph:
    """The shapes in ``shapes/`` as one rdflib graph."""
    return _graph_of("treatykg.shapes")


@cache
def ontology_graph() -> rdflib.Graph:
    """The ontology and its code lists in ``ontology/`` as one rdflib graph."""
    return _graph_of("treatykg.ontology")


@cache
def project_shapes() -> tuple[NodeShape, ...]:
    """The project's shapes, read once per process."""
    return read_shapes(shapes_graph(), ontology_graph())


def read_shapes(shapes: rdflib.Graph, ontology: rdflib.Graph) -> tuple[NodeShape, ...]:
    """Every node shape with an ``sh:targetClass``; UnsupportedShape for a feature not supported."""
    return tuple(
        _node_shape(shapes, ontology, node) for node in sorted(set(shapes.subjects(SH.targetClass, None)), key=str)
    )


def _node_shape(shapes: rdflib.Graph, ontology: rdflib.Graph, node: Node) -> NodeShape:
    extra = set(shapes.predicates(node, None)) - _NODE_PARAMETERS
    if extra:
        raise UnsupportedShape(f"{node}: unsupported node-shape parameters {sorted(map(str, extra))}")
    message = str(shapes.value(node, SH.message) or "")
    return NodeShape(
        iri=str(node),
        targets=tuple(t for cls in shapes.objects(node, SH.targetClass) for t in _subclasses(ontology, cls)),
        severity=_severity(shapes, node),
        message=message,
        properties=tuple(_property_shape(shapes, ontology, node, prop) for prop in shapes.objects(node, SH.property)),
        any_of=tuple(_or_paths(shapes, node, members) for members in shapes.objects(node, SH["or"])),
        sparql=tuple(_sparql(shapes, node, constraint) for constraint in shapes.objects(node, SH.sparql)),
    )


def _property_shape(shapes: rdflib.Graph, ontology: rdflib.Graph, node: Node, prop: Node) -> PropertyShape:
    path = shapes.value(prop, SH.path)
    if not isinstance(path, URIRef):
        raise UnsupportedShape(f"{node}: only predicate paths are supported, not {path!r}")
    supported = {SH[name] for name in PROPERTY_CONSTRAINTS}
    unknown = set(shapes.predicates(prop, None)) - supported - _PROPERTY_OTHER
    if unknown:
        raise UnsupportedShape(f"{node}: property-shape parameters {sorted(map(str, unknown))} are not supported")
    for single in (SH["class"], SH.lessThanOrEquals):
        if len(set(shapes.objects(prop, single))) > 1:
            raise UnsupportedShape(
                f"{node}: one sh:{str(single).removeprefix(str(SH))} per property shape is supported"
            )
    constraints = tuple(
        Constraint(str(parameter).removeprefix(str(SH)), _value(shapes, ontology, node, prop, parameter, value))
        for parameter, value in shapes.predicate_objects(prop)
        if parameter in supported
    )
    message = shapes.value(prop, SH.message) or shapes.value(node, SH.message) or ""
    return PropertyShape(str(node), path, _severity(shapes, prop), str(message), constraints)


def _value(
    shapes: rdflib.Graph, ontology: rdflib.Graph, node: Node, prop: Node, parameter: Node, value: Node
) -> object:
    """A constraint parameter's value as the model holds it (see Constraint)."""
    name = str(parameter).removeprefix(str(SH))
    if name in ("minCount", "maxCount", "minLength"):
        return int(str(value))
    if name == "pattern":
        return str(value), str(shapes.value(prop, SH.flags) or "")
    if name == "nodeKind":
        kind = str(value).removeprefix(str(SH))
        if kind not in NODE_KINDS or value != SH[kind]:
            raise UnsupportedShape(f"{node}: sh:nodeKind {value} is not supported")
        return kind
    if name == "class":
        return tuple(_subclasses(ontology, value))
    members = tuple(Collection(shapes, value)) if name == "in" else (value,)
    if any(isinstance(member, rdflib.BNode) for member in members):
        raise UnsupportedShape(f"{node}: a blank node cannot be a constraint value ({value!r})")
    return members if name == "in" else value


def _or_paths(shapes: rdflib.Graph, node: Node, members: Node) -> tuple[URIRef, ...]:
    """The paths of an ``sh:or`` whose members each only require a value (``sh:minCount 1``)."""
    paths = []
    for member in Collection(shapes, members):
        parameters = set(shapes.predicates(member, None)) - {SH.path}
        if parameters != {SH.minCount} or str(shapes.value(member, SH.minCount)) != "1":
            raise UnsupportedShape(f"{node}: only sh:or of 'sh:minCount 1' property shapes is supported")
        path = shapes.value(member, SH.path)
        if not isinstance(path, URIRef):
            raise UnsupportedShape(f"{node}: an sh:or member's sh:path must be an IRI")
        paths.append(path)
    return tuple(paths)


def _sparql(shapes: rdflib.Graph, node: Node, constraint: Node) -> SparqlConstraint:
    if shapes.value(constraint, SH.prefixes) is not None:
        raise UnsupportedShape(f"{node}: write SPARQL constraints with full IRIs (no sh:prefixes)")
    return SparqlConstraint(str(shapes.value(constraint, SH.select)), str(shapes.value(constraint, SH.message) or ""))


def _subclasses(ontology: rdflib.Graph, cls: Node) -> list[URIRef]:
    """The class and all its subclasses in the ontology."""
    if not isinstance(cls, URIRef):
        raise UnsupportedShape(f"a class must be an IRI, not {cls!r}")
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
