"""Validation of a built store: the SHACL shapes on each named graph, then the integrity checks.

Each source's named graph is validated on its own, as pySHACL validates one graph. The build
checks quads with the shapes compiled into Python (``shacl_quads``); a built store is validated
with the shapes compiled into SPARQL (``shacl_sparql``), or with pySHACL, the reference engine
(``shacl_reference``: exact and slow). Rules that span documents live in ``queries/checks/`` and
run as SPARQL on the store.
"""

from __future__ import annotations

from importlib.resources import files

from pyoxigraph import NamedNode, Quad, RdfFormat, Store, parse

from treatykg import iris, shacl_sparql
from treatykg.shacl_model import Finding, turtle_files
from treatykg.store import select
from treatykg.vocab import with_prefixes


def ontology_quads() -> list[Quad]:
    """The ontology and its code lists, in their own named graph."""
    name = NamedNode(iris.graph(iris.ONTOLOGY_GRAPH))
    quads = []
    for path in turtle_files("treatykg.ontology"):
        for triple in parse(path.read_bytes(), format=RdfFormat.TURTLE):
            quads.append(Quad(triple.subject, triple.predicate, triple.object, name))
    return quads


def run_checks(store: Store) -> list[Finding]:
    """Run every ``queries/checks/*.rq`` on the store; each row is a violation."""
    found = []
    for path in sorted(files("treatykg.queries.checks").iterdir(), key=lambda f: f.name):
        if not path.name.endswith(".rq"):
            continue
        for row in select(store, with_prefixes(path.read_text(encoding="utf-8"))):
            focus, message = row["focus"], row["message"]
            found.append(
                Finding(
                    severity="Violation",
                    graph="",
                    focus=focus.value if focus else "",
                    path="",
                    message=message.value if message else "",
                    shape=f"check {path.name[:-3]}",
                    component="SPARQL check",
                )
            )
    return sorted(found)


def validate_store(store: Store, engine: str = "sparql") -> list[Finding]:
    """The shapes on every named graph (by ``engine``: the SPARQL back end, or pySHACL, which
    leaves out the ontology's graph), then the checks."""
    if engine == "pyshacl":
        from treatykg import shacl_reference

        shaped = shacl_reference.validate_store(store)
    else:
        shaped = sorted(shacl_sparql.run(store))
    return shaped + run_checks(store)
