"""The shapes model compiled into Python checks that run on a graph's quads before they are loaded.

The build maps each document into quads; checking them there, as they stream past, costs a few
microseconds a quad, where the same constraints run as SPARQL over a loaded store cost tens (a
million votes: seconds here, most of a minute there). Each named graph is validated on its own,
as pySHACL validates one document's graph; tests compare the results with pySHACL's.

A large source arrives in batches (one record each). What a batch cannot settle alone is settled
on the store once everything is loaded: a value whose class is not stated in its batch, a node
described in more than one batch (checked again from all its triples), and ``sh:sparql``
constraints (run as SPARQL on the graphs that have focus nodes for them).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import Any

import rdflib
from pyoxigraph import BlankNode, Literal, NamedNode, Quad, Store
from rdflib.namespace import RDF

from treatykg import shacl_sparql
from treatykg.shacl_model import Finding, NodeShape, PropertyShape, project_shapes

_TYPE = NamedNode(str(RDF.type))
_XSD = "http://www.w3.org/2001/XMLSchema#"
_NUMERIC = {
    f"{_XSD}{name}"
    for name in (
        "integer",
        "decimal",
        "double",
        "float",
        "int",
        "long",
        "short",
        "byte",
        "nonNegativeInteger",
        "positiveInteger",
        "negativeInteger",
        "nonPositiveInteger",
        "unsignedInt",
        "unsignedLong",
    )
}

ValueTest = tuple[str, Callable[[object], bool]]  # (constraint component, "is this value bad?")
PASSED_KEPT = 50_000  # values remembered per property shape as passing its value tests (states,
# options, forums recur a million times; titles and dates hardly do)


@dataclass(frozen=True)
class PropertyRule:
    """One property shape with a predicate path: counts, tests on each value, class, order."""

    shape: str
    path: NamedNode
    severity: str
    message: str
    min_count: int | None = None
    max_count: int | None = None
    value_tests: tuple[ValueTest, ...] = ()
    classes: frozenset[NamedNode] | None = None  # sh:class, with its subclasses
    less_or_equal: NamedNode | None = None  # sh:lessThanOrEquals
    passed: set = field(default_factory=set, compare=False, repr=False)  # values known to pass the tests


@dataclass(frozen=True)
class NodeRule:
    """One node shape: its target classes, property rules, ``sh:or`` of required paths, and
    whether it has ``sh:sparql`` constraints (run on the store)."""

    shape: str
    targets: frozenset[NamedNode]
    properties: tuple[PropertyRule, ...]
    any_of: tuple[tuple[str, str, tuple[NamedNode, ...]], ...] = ()  # (severity, message, paths)
    has_sparql: bool = False


def _ordered(term: object) -> tuple[str, Any] | None:
    """A literal as a comparable (kind, value), as SPARQL's <= compares; None when it cannot be."""
    if not isinstance(term, Literal):
        return None
    datatype, text = term.datatype.value, term.value
    try:
        if datatype in _NUMERIC:
            return "number", Decimal(text.strip())
        if datatype == f"{_XSD}date":
            return "date", dt.date.fromisoformat(text)
        if datatype == f"{_XSD}dateTime":
            return "dateTime", dt.datetime.fromisoformat(text)
        if datatype == f"{_XSD}string" and term.language is None:
            return "string", text
    except (InvalidOperation, ValueError):
        return None
    return None


def _at_most(left: Any, right: Any, strict: bool = False) -> bool:
    """``left <= right`` (or ``<``) as SPARQL evaluates it; False where SPARQL raises an error."""
    a, b = _ordered(left), _ordered(right)
    if a is None or b is None or a[0] != b[0]:
        return False
    try:
        return a[1] < b[1] if strict else a[1] <= b[1]
    except InvalidOperation:  # NaN compares false
        return False


def _xpath_regex(pattern: str, flags: str) -> re.Pattern[str]:
    """An XPath regular expression (SPARQL's REGEX) as a Python one: ``$`` ends the text only
    (Python's also matches before a final newline), and the flags i, m, s, x."""
    translated, escaped, in_class = [], False, False
    for char in pattern:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == "[":
            in_class = True
        elif char == "]":
            in_class = False
        elif char == "$" and not in_class and "m" not in flags:
            char = r"\Z"
        translated.append(char)
    options = {"i": re.IGNORECASE, "m": re.MULTILINE, "s": re.DOTALL, "x": re.VERBOSE}
    return re.compile("".join(translated), sum(options[f] for f in set(flags) if f in options))


def _to_term(node: Any) -> NamedNode | Literal:
    if isinstance(node, rdflib.URIRef):
        return NamedNode(str(node))
    if node.language:
        return Literal(str(node), language=node.language)
    return Literal(str(node), datatype=NamedNode(str(node.datatype or f"{_XSD}string")))


_KINDS = {
    "IRI": (NamedNode,),
    "Literal": (Literal,),
    "BlankNode": (BlankNode,),
    "BlankNodeOrIRI": (BlankNode, NamedNode),
}


def _pattern_test(pattern: Any) -> Callable[[Any], bool]:
    regex = _xpath_regex(*pattern)
    return lambda v: isinstance(v, BlankNode) or not regex.search(v.value)


def _in_test(members: Any) -> Callable[[Any], bool]:
    allowed = frozenset(map(_to_term, members))
    return lambda v: v not in allowed


def _datatype_test(wanted: str) -> Callable[[Any], bool]:
    return lambda v: not isinstance(v, Literal) or v.datatype.value != wanted


def _kind_test(kinds: tuple[type, ...]) -> Callable[[Any], bool]:
    return lambda v: not isinstance(v, kinds)


def _bound_test(minimum: bool, strict: bool) -> Callable[[Any], Callable[[Any], bool]]:
    """sh:min/maxIn/Exclusive: a value not above (below) the bound is bad, as SPARQL compares."""

    def test(value: Any) -> Callable[[Any], bool]:
        bound = _to_term(value)
        if minimum:
            return lambda v: not _at_most(bound, v, strict)
        return lambda v: not _at_most(v, bound, strict)

    return test


# The "is this value bad?" test of each per-value constraint parameter, from its value in the model.
# Shape parameter values are of many types (IRIs, literals, lists, numbers), hence Any.
VALUE_TESTS: dict[str, Callable[[Any], Callable[[Any], bool]]] = {
    "datatype": lambda datatype: _datatype_test(str(datatype)),
    "pattern": _pattern_test,
    "nodeKind": lambda kind: _kind_test(_KINDS[kind]),
    "in": _in_test,
    "minInclusive": _bound_test(minimum=True, strict=False),
    "maxInclusive": _bound_test(minimum=False, strict=False),
    "minExclusive": _bound_test(minimum=True, strict=True),
    "maxExclusive": _bound_test(minimum=False, strict=True),
    "minLength": lambda length: lambda v: isinstance(v, BlankNode) or len(v.value) < length,
}
# Checked on the focus node's values together rather than one value at a time (see PropertyRule).
WHOLE_NODE = ("minCount", "maxCount", "class", "lessThanOrEquals")


def _property_rule(prop: PropertyShape) -> PropertyRule:
    given: dict[str, Any] = {c.parameter: c.value for c in prop.constraints}
    return PropertyRule(
        shape=prop.node_shape,
        path=NamedNode(str(prop.path)),
        severity=prop.severity,
        message=prop.message,
        min_count=given.get("minCount"),
        max_count=given.get("maxCount"),
        value_tests=tuple(
            (c.component, VALUE_TESTS[c.parameter](c.value)) for c in prop.constraints if c.parameter in VALUE_TESTS
        ),
        classes=frozenset(NamedNode(str(c)) for c in given["class"]) if "class" in given else None,
        less_or_equal=NamedNode(str(given["lessThanOrEquals"])) if "lessThanOrEquals" in given else None,
    )


def compile_rules(shapes: tuple[NodeShape, ...]) -> list[NodeRule]:
    """Every node shape as Python rules."""
    return [
        NodeRule(
            node.iri,
            frozenset(NamedNode(str(t)) for t in node.targets),
            tuple(_property_rule(prop) for prop in node.properties),
            tuple((node.severity, node.message, tuple(NamedNode(str(p)) for p in paths)) for paths in node.any_of),
            has_sparql=bool(node.sparql),
        )
        for node in shapes
    ]


@cache
def rules() -> tuple[NodeRule, ...]:
    """The project's shapes as Python rules, compiled once per process."""
    return tuple(compile_rules(project_shapes()))


@dataclass
class _Pending:
    """A class constraint a batch could not settle: the value's type may be in another batch."""

    graph: NamedNode
    value: NamedNode
    classes: frozenset[NamedNode]
    finding: Finding


@dataclass
class QuadValidator:
    """Validates graphs from their quads: whole documents at once, large sources batch by batch."""

    node_rules: tuple[NodeRule, ...] = field(default_factory=rules)
    _pending: list[_Pending] = field(default_factory=list)
    _seen: dict[NamedNode, set[int]] = field(default_factory=dict)  # per streamed graph: subject hashes
    _again: dict[NamedNode, set[NamedNode]] = field(default_factory=dict)  # nodes seen in two batches
    _sparql_graphs: set[str] = field(default_factory=set)
    _findings: list[Finding] = field(default_factory=list)

    def __post_init__(self) -> None:
        by_type: dict[NamedNode, list[NodeRule]] = {}
        for rule in self.node_rules:
            for target in rule.targets:
                by_type.setdefault(target, []).append(rule)
        self._by_type = {t: tuple(r) for t, r in by_type.items()}
        self._rule_cache: dict[frozenset | NamedNode, tuple[NodeRule, ...]] = {}

    def check(self, quads: list[Quad], complete: bool = True) -> list[Finding]:
        """Check quads of one named graph: all of it (``complete``) or one batch of a stream;
        the findings the quads settle alone."""
        if not quads:
            return []
        graph: Any = quads[0].graph_name
        described: dict[Any, dict[NamedNode, set]] = {}
        subject: Any = None
        properties: dict[NamedNode, set] = {}
        for quad in quads:
            node = quad.subject
            if node != subject:  # a graph's quads come mostly subject by subject
                subject = node
                known = described.get(node)
                properties = described[node] = {} if known is None else known
            predicate = quad.predicate
            values = properties.get(predicate)
            if values is None:
                properties[predicate] = {quad.object}
            else:
                values.add(quad.object)
        if not complete:
            seen = self._seen.setdefault(graph, set())
            again = self._again.setdefault(graph, set())
            for subject in described:
                key = hash(subject)
                if key in seen:
                    again.add(subject)  # a hash clash only costs a needless second check
                seen.add(key)
        found = self._check_nodes(graph, described, complete)
        self._findings.extend(found)
        return found

    def discard(self, graph: str) -> None:
        """Forget a whole graph checked before (a document left out of the build)."""
        self._findings = [f for f in self._findings if f.graph != graph]
        self._pending = [p for p in self._pending if p.graph.value != graph]
        self._sparql_graphs.discard(graph)

    def _rules_for(self, types: frozenset | NamedNode) -> tuple[NodeRule, ...]:
        """The node rules whose targets a node's types (a set, or its one type) meet, in shape
        order (cached per key)."""
        found = self._rule_cache.get(types)
        if found is None:
            every = (types,) if isinstance(types, NamedNode) else types
            found = self._rule_cache[types] = tuple(
                sorted({rule for t in every for rule in self._by_type.get(t, ())}, key=lambda r: r.shape)
            )
        return found

    def _check_nodes(
        self, graph: NamedNode, described: dict, complete: bool, types_of: Callable[[NamedNode], set] | None = None
    ) -> list[Finding]:
        found: list[Finding] = []
        if types_of is None:

            def types_of(node: NamedNode) -> set:
                return described.get(node, {}).get(_TYPE, ())

        for focus, properties in described.items():
            types = properties.get(_TYPE)
            if not types:
                continue
            for rule in self._rules_for(next(iter(types)) if len(types) == 1 else frozenset(types)):
                if rule.has_sparql:
                    self._sparql_graphs.add(graph.value)
                for prop in rule.properties:
                    values = properties.get(prop.path, ())
                    if not self._conforms(prop, values, properties, types_of):
                        found.extend(self._property(graph, focus, properties, values, prop, complete, types_of))
                for severity, message, paths in rule.any_of:
                    if not any(properties.get(path) for path in paths):
                        found.append(
                            Finding(
                                severity, graph.value, focus.value, "", message, rule.shape, "OrConstraintComponent"
                            )
                        )
        return found

    @staticmethod
    def _conforms(prop: PropertyRule, values, properties: dict, types_of: Callable[[NamedNode], set]) -> bool:
        """Whether one property shape holds on one focus node: the quick test most nodes pass,
        before ``_property`` says what is wrong."""
        if (prop.min_count is not None and len(values) < prop.min_count) or (
            prop.max_count is not None and len(values) > prop.max_count
        ):
            return False
        if prop.value_tests and not prop.passed.issuperset(values):  # most values passed before
            for value in values:
                if value not in prop.passed:
                    for _, bad in prop.value_tests:
                        if bad(value):
                            return False
                    if len(prop.passed) < PASSED_KEPT:
                        prop.passed.add(value)
        if prop.classes is not None or prop.less_or_equal is not None:
            for value in values:
                if prop.classes is not None and prop.classes.isdisjoint(types_of(value)):
                    return False
                if prop.less_or_equal is not None and not all(
                    _at_most(value, other) for other in properties.get(prop.less_or_equal, ())
                ):
                    return False
        return True

    def _property(
        self,
        graph: NamedNode,
        focus: NamedNode,
        properties: dict,
        values,
        prop: PropertyRule,
        complete: bool,
        types_of: Callable[[NamedNode], set],
    ) -> list[Finding]:
        """The findings of one property shape on one focus node."""
        components = []
        if prop.min_count is not None and len(values) < prop.min_count:
            components.append("MinCountConstraintComponent")
        if prop.max_count is not None and len(values) > prop.max_count:
            components.append("MaxCountConstraintComponent")
        for value in values:
            components.extend(component for component, bad in prop.value_tests if bad(value))
            if prop.classes is not None and prop.classes.isdisjoint(types_of(value)):
                if complete or not isinstance(value, NamedNode):
                    components.append("ClassConstraintComponent")
                else:
                    self._pending.append(
                        _Pending(
                            graph, value, prop.classes, self._finding(graph, focus, prop, "ClassConstraintComponent")
                        )
                    )
            if prop.less_or_equal is not None:
                components.extend(
                    "LessThanOrEqualsConstraintComponent"
                    for other in properties.get(prop.less_or_equal, ())
                    if not _at_most(value, other)
                )
        return [self._finding(graph, focus, prop, component) for component in components]

    @staticmethod
    def _finding(graph: NamedNode, focus: NamedNode, prop: PropertyRule, component: str) -> Finding:
        return Finding(prop.severity, graph.value, focus.value, prop.path.value, prop.message, prop.shape, component)

    def finish(self, store: Store) -> list[Finding]:
        """Every finding, once what the batches left open is settled on the loaded store."""

        def types_in(graph: NamedNode) -> Callable[[NamedNode], set]:
            return lambda node: {q.object for q in store.quads_for_pattern(node, _TYPE, None, graph)}

        again = {(graph.value, node.value) for graph, nodes in self._again.items() for node in nodes}
        found = [f for f in self._findings if (f.graph, f.focus) not in again]
        found += [
            p.finding
            for p in self._pending
            if (p.graph.value, p.finding.focus) not in again and p.classes.isdisjoint(types_in(p.graph)(p.value))
        ]
        for graph, nodes in self._again.items():
            described: dict = {}
            for node in nodes:
                for quad in store.quads_for_pattern(node, None, None, graph):
                    described.setdefault(node, {}).setdefault(quad.predicate, set()).add(quad.object)
            found += self._check_nodes(graph, described, True, types_in(graph))
        sparql = [check for check in shacl_sparql.compiled() if check.component == "SPARQLConstraintComponent"]
        if self._sparql_graphs and sparql:
            found += shacl_sparql.run(store, sorted(self._sparql_graphs), sparql)
        return sorted(found)
