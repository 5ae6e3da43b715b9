"""Validation: SHACL shapes on each document's graph, integrity checks on the store.

Each source's named graph is validated on its own, as pySHACL validates one graph. pySHACL is
exact but slow at scale, so it serves to cross-check: the build checks quads with the shapes
compiled into Python (``shacl_quads``), and a built store is validated with the shapes compiled
into SPARQL (``shacl_sparql``). Rules that span documents live in ``queries/checks/`` and run
as SPARQL on the store.
"""

from __future__ import annotations

import os
import re
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from pyoxigraph import NamedNode, Quad, RdfFormat, Store, parse, serialize

from treatykg import iris
from treatykg.vocab import with_prefixes

SH = "http://www.w3.org/ns/shacl#"


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


def _turtle_files(package: str) -> list:
    return sorted((f for f in files(package).iterdir() if f.name.endswith(".ttl")), key=lambda f: f.name)


@cache
def shapes_graph():
    import rdflib

    graph = rdflib.Graph()
    for path in _turtle_files("treatykg.shapes"):
        graph.parse(data=path.read_text(encoding="utf-8"), format="turtle")
    return graph


@cache
def ontology_graph():
    import rdflib

    graph = rdflib.Graph()
    for path in _turtle_files("treatykg.ontology"):
        graph.parse(data=path.read_text(encoding="utf-8"), format="turtle")
    return graph


def ontology_quads() -> list[Quad]:
    """The ontology and its code lists, in their own named graph."""
    name = NamedNode(iris.graph(iris.ONTOLOGY_GRAPH))
    quads = []
    for path in _turtle_files("treatykg.ontology"):
        for triple in parse(path.read_bytes(), format=RdfFormat.TURTLE):
            quads.append(Quad(triple.subject, triple.predicate, triple.object, name))
    return quads


def validate_quads(quads: list[Quad], graph_name: str = "") -> list[Finding]:
    """SHACL validation of one graph's quads with the shapes in ``shapes/``."""
    import pyshacl
    import rdflib

    data = rdflib.Graph()
    data.parse(data=serialize((q.triple for q in quads), format=RdfFormat.N_TRIPLES), format="nt")
    _, results, _ = pyshacl.validate(
        data, shacl_graph=shapes_graph(), ont_graph=ontology_graph(), inference="none",
        allow_warnings=True, allow_infos=True,
    )
    return sorted(_findings(results, graph_name))


def _findings(results, graph_name: str) -> list[Finding]:
    import rdflib

    sh = rdflib.Namespace(SH)
    found = []
    for result in results.subjects(rdflib.RDF.type, sh.ValidationResult):
        value = lambda p: results.value(result, p)  # noqa: E731 - a local shorthand
        severity = str(value(sh.resultSeverity) or sh.Violation).removeprefix(SH)
        found.append(Finding(
            severity=severity, graph=graph_name, focus=str(value(sh.focusNode) or ""),
            path=str(value(sh.resultPath) or ""), message=str(value(sh.resultMessage) or ""),
            shape=str(value(sh.sourceShape) or ""),
            component=str(value(sh.sourceConstraintComponent) or "").removeprefix(SH),
        ))
    return found


def run_checks(store: Store) -> list[Finding]:
    """Run every ``queries/checks/*.rq`` on the store; each row is a violation."""
    found = []
    for path in sorted(files("treatykg.queries.checks").iterdir(), key=lambda f: f.name):
        if not path.name.endswith(".rq"):
            continue
        for row in store.query(with_prefixes(path.read_text(encoding="utf-8")), use_default_graph_as_union=True):
            focus, message = row["focus"], row["message"]
            found.append(Finding(
                severity="Violation", graph="", focus=focus.value if focus else "",
                path="", message=message.value if message else "", shape=f"check {path.name[:-3]}",
                component="SPARQL check",
            ))
    return sorted(found)


def validate_store(store: Store, graphs: list[str] | None = None) -> list[Finding]:
    """The shapes, compiled to SPARQL, on every named graph (or those given), then the checks."""
    return sorted(shapes_on_store(store, graphs)) + run_checks(store)


def shapes_on_store(store: Store, graphs: list[str] | None = None, checks=None) -> list[Finding]:
    """The SHACL shapes run as SPARQL by the store, each named graph validated on its own
    (only the graphs given, and only the compiled ``checks`` given, when given).

    The constraint queries are independent and Oxigraph evaluates them without holding the GIL,
    so they run on one thread per core.
    """
    from treatykg.shacl_sparql import compiled

    def run(check) -> list[Finding]:
        return [Finding(
            severity=check.severity, graph=row["g"].value, focus=row["focus"].value, path=check.path,
            message=_fill(check.message, row), shape=check.shape, component=check.component,
        ) for row in store.query(check.query(graphs), use_default_graph_as_union=True)]

    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        return [finding for found in pool.map(run, compiled() if checks is None else checks) for finding in found]


def _fill(message: str, row) -> str:
    """Put a SPARQL constraint's projected values into its message: '{?joined}' -> 123."""
    def value(match: re.Match[str]) -> str:
        try:
            term = row[match.group(1)]
        except (KeyError, TypeError):
            return match.group(0)
        return term.value if term is not None else ""

    return re.sub(r"\{[?$](\w+)\}", value, message)


def validate_store_with_pyshacl(store: Store) -> list[Finding]:
    """Every named graph through pySHACL (exact and slow: for cross-checking), then the checks."""
    found: list[Finding] = []
    for graph in sorted(store.named_graphs(), key=lambda g: g.value):
        if graph.value == iris.graph(iris.ONTOLOGY_GRAPH):
            continue
        quads = list(store.quads_for_pattern(None, None, None, graph))
        found.extend(validate_quads(quads, graph.value))
    return found + run_checks(store)


def violations(found: list[Finding]) -> list[Finding]:
    return [finding for finding in found if finding.severity == "Violation"]
