"""pySHACL, the reference engine: the shapes graph itself (not the model) on each named graph.

Exact and slow at scale. The tests check both back ends against it; users can ask for it with
``treatykg validate --engine pyshacl``.
"""

from __future__ import annotations

from functools import partial

import rdflib
from pyoxigraph import Quad, RdfFormat, Store, serialize

from treatykg import iris
from treatykg.shacl_model import SH, Finding, ontology_graph, shapes_graph


def validate_quads(quads: list[Quad], graph_name: str = "") -> list[Finding]:
    """SHACL validation of one graph's quads with the shapes in ``shapes/``."""
    import pyshacl

    data = rdflib.Graph()
    data.parse(data=serialize((q.triple for q in quads), format=RdfFormat.N_TRIPLES), format="nt")
    _, results, _ = pyshacl.validate(
        data,
        shacl_graph=shapes_graph(),
        ont_graph=ontology_graph(),
        inference="none",
        allow_warnings=True,
        allow_infos=True,
    )
    return sorted(_findings(results, graph_name))


def _findings(results: rdflib.Graph, graph_name: str) -> list[Finding]:
    found = []
    for result in results.subjects(rdflib.RDF.type, SH.ValidationResult):
        value = partial(_text, results, result)
        found.append(
            Finding(
                severity=(value(SH.resultSeverity) or str(SH.Violation)).removeprefix(str(SH)),
                graph=graph_name,
                focus=value(SH.focusNode),
                path=value(SH.resultPath),
                message=value(SH.resultMessage),
                shape=value(SH.sourceShape),
                component=value(SH.sourceConstraintComponent).removeprefix(str(SH)),
            )
        )
    return found


def _text(results: rdflib.Graph, result: rdflib.term.Node, parameter: rdflib.URIRef) -> str:
    return str(results.value(result, parameter) or "")


def validate_store(store: Store) -> list[Finding]:
    """Every named graph but the ontology's through pySHACL, one at a time."""
    found: list[Finding] = []
    for graph in sorted(store.named_graphs(), key=lambda g: g.value):
        if graph.value == iris.graph(iris.ONTOLOGY_GRAPH):
            continue
        found.extend(validate_quads(list(store.quads_for_pattern(None, None, None, graph)), graph.value))
    return found
