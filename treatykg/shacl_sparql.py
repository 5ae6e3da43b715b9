"""The shapes model compiled into SPARQL that the store runs, one query per constraint.

pySHACL is exact but slow on a large graph; these queries give the same results (tests compare
them on every sample) over every named graph of the store at once, each graph validated on its
own as pySHACL validates one document's graph.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import cache
from typing import Any

from pyoxigraph import Store
from rdflib.term import Literal, Node

from treatykg.shacl_model import Constraint, Finding, NodeShape, PropertyShape, project_shapes
from treatykg.store import select

GRAPHS = "#graphs#\n"  # replaced by a VALUES ?g block when only some graphs are validated


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


def _each_value(values: str, bad: str, join: str = "") -> str:
    """A constraint on single values: report every value for which ``bad`` holds."""
    return f"SELECT DISTINCT ?g ?focus ?value WHERE {{ {values} {join} FILTER({bad}) }}"


def _min_count(p: str, focus: str, values: str, count: int) -> str:
    if count == 1:
        return f"SELECT DISTINCT ?g ?focus WHERE {{ {focus} MINUS {{ GRAPH ?g {{ ?focus {p} ?any }} }} }}"
    return (
        f"SELECT ?g ?focus WHERE {{ {focus} OPTIONAL {{ GRAPH ?g {{ ?focus {p} ?value }} }} }}"
        f" GROUP BY ?g ?focus HAVING (COUNT(DISTINCT ?value) < {count})"
    )


def _regex(pattern: tuple[str, str]) -> str:
    regex, flags = pattern
    return f"{n3(Literal(regex))}, {n3(Literal(flags))}" if flags else n3(Literal(regex))


_NODE_KIND_TESTS = {
    "IRI": "isIRI(?value)",
    "Literal": "isLiteral(?value)",
    "BlankNode": "isBlank(?value)",
    "BlankNodeOrIRI": "!isLiteral(?value)",
}

# The query of each constraint parameter of shacl_model.PROPERTY_CONSTRAINTS:
# (predicate, focus pattern, focus-and-value pattern, the parameter's value) -> SELECT ?g ?focus.
QUERIES: dict[str, Callable[[str, str, str, Any], str]] = {
    "minCount": _min_count,
    "maxCount": lambda p, focus, values, count: (
        f"SELECT ?g ?focus WHERE {{ {values} }} GROUP BY ?g ?focus HAVING (COUNT(DISTINCT ?value) > {count})"
    ),
    "datatype": lambda p, focus, values, datatype: _each_value(
        values, f"!isLiteral(?value) || DATATYPE(?value) != {n3(datatype)}"
    ),
    "pattern": lambda p, focus, values, pattern: _each_value(
        values, f"isBlank(?value) || !REGEX(STR(?value), {_regex(pattern)})"
    ),
    "nodeKind": lambda p, focus, values, kind: _each_value(values, f"!({_NODE_KIND_TESTS[kind]})"),
    "in": lambda p, focus, values, members: _each_value(
        values, f"!({' || '.join(f'sameTerm(?value, {n3(m)})' for m in members)})"
    ),
    "minInclusive": lambda p, focus, values, bound: _each_value(values, f"!COALESCE(?value >= {n3(bound)}, false)"),
    "maxInclusive": lambda p, focus, values, bound: _each_value(values, f"!COALESCE(?value <= {n3(bound)}, false)"),
    "minExclusive": lambda p, focus, values, bound: _each_value(values, f"!COALESCE(?value > {n3(bound)}, false)"),
    "maxExclusive": lambda p, focus, values, bound: _each_value(values, f"!COALESCE(?value < {n3(bound)}, false)"),
    "minLength": lambda p, focus, values, length: _each_value(
        values, f"isBlank(?value) || STRLEN(STR(?value)) < {length}"
    ),
    "class": lambda p, focus, values, classes: (
        f"SELECT DISTINCT ?g ?focus ?value WHERE {{ {values} "
        f"MINUS {{ VALUES ?value_type {{ {' '.join(map(n3, classes))} }} GRAPH ?g {{ ?value a ?value_type }} }} }}"
    ),
    "lessThanOrEquals": lambda p, focus, values, other: _each_value(
        values, "!COALESCE(?value <= ?other, false)", join=f"GRAPH ?g {{ ?focus {n3(other)} ?other }}"
    ),
}


def compile_shapes(shapes: tuple[NodeShape, ...]) -> list[Check]:
    """Every constraint of every node shape, as one SELECT each."""
    checks: list[Check] = []
    for node in shapes:
        focus = f"{GRAPHS} VALUES ?type {{ {' '.join(map(n3, node.targets))} }} GRAPH ?g {{ ?focus a ?type }}"
        for prop in node.properties:
            checks.extend(_property_check(prop, constraint, focus) for constraint in prop.constraints)
        for paths in node.any_of:
            sparql = f"SELECT DISTINCT ?g ?focus WHERE {{ {focus} MINUS {{ GRAPH ?g {{ ?focus {'|'.join(map(n3, paths))} ?any }} }} }}"
            checks.append(Check(node.iri, "OrConstraintComponent", "", node.severity, node.message, sparql))
        for constraint in node.sparql:
            select = constraint.select.replace("$this", "?this")
            sparql = f"SELECT * WHERE {{ {{ {select} }} {focus} FILTER(?focus = ?this) }}"
            checks.append(Check(node.iri, "SPARQLConstraintComponent", "", node.severity, constraint.message, sparql))
    return checks


def _property_check(prop: PropertyShape, constraint: Constraint, focus: str) -> Check:
    p = n3(prop.path)
    values = f"{focus} GRAPH ?g {{ ?focus {p} ?value }}"
    sparql = QUERIES[constraint.parameter](p, focus, values, constraint.value)
    return Check(prop.node_shape, constraint.component, str(prop.path), prop.severity, prop.message, sparql)


@cache
def compiled() -> tuple[Check, ...]:
    """The project's shapes, compiled once per process."""
    return tuple(compile_shapes(project_shapes()))


def run(
    store: Store, graphs: list[str] | None = None, checks: tuple[Check, ...] | list[Check] | None = None
) -> list[Finding]:
    """The compiled shapes run by the store, each named graph validated on its own (only the
    graphs given, and only the ``checks`` given, when given).

    The constraint queries are independent and Oxigraph evaluates them without holding the GIL,
    so they run on one thread per core.
    """

    def findings(check: Check) -> list[Finding]:
        return [
            Finding(
                severity=check.severity,
                graph=row["g"].value,
                focus=row["focus"].value,
                path=check.path,
                message=_fill(check.message, row),
                shape=check.shape,
                component=check.component,
            )
            for row in select(store, check.query(graphs))
        ]

    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        return [finding for found in pool.map(findings, compiled() if checks is None else checks) for finding in found]


def _fill(message: str, row) -> str:
    """Put a SPARQL constraint's projected values into its message: '{?joined}' -> 123."""

    def value(match: re.Match[str]) -> str:
        try:
            term = row[match.group(1)]
        except (KeyError, TypeError):
            return match.group(0)
        return term.value if term is not None else ""

    return re.sub(r"\{[?$](\w+)\}", value, message)
