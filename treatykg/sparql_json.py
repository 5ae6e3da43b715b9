"""SPARQL 1.1 Query Results JSON terms: the one codec the server, its workers and the remote client share."""

from __future__ import annotations

from pyoxigraph import BlankNode, Literal, NamedNode, Triple

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def to_json(term) -> dict:
    """A pyoxigraph term as a SPARQL results JSON binding."""
    if isinstance(term, NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, Triple):
        return {
            "type": "triple",
            "value": {
                "subject": to_json(term.subject),
                "predicate": to_json(term.predicate),
                "object": to_json(term.object),
            },
        }
    value = {"type": "literal", "value": term.value}
    if term.language:
        value["xml:lang"] = term.language
    elif term.datatype.value != XSD_STRING:
        value["datatype"] = term.datatype.value
    return value


XSD_BOOLEAN = "http://www.w3.org/2001/XMLSchema#boolean"
CANONICAL_BOOLEAN = {"1": "true", "0": "false"}


def from_json(binding: dict) -> NamedNode | BlankNode | Literal:
    """A SPARQL results JSON binding as a pyoxigraph term (KeyError or TypeError when malformed)."""
    kind, value = binding["type"], binding["value"]
    if kind == "uri":
        return NamedNode(value)
    if kind == "bnode":
        return BlankNode(value)
    if kind not in ("literal", "typed-literal"):
        raise TypeError(f"unknown term type {kind!r}")
    if "xml:lang" in binding:
        return Literal(value, language=binding["xml:lang"])
    if "datatype" in binding:
        if binding["datatype"] == XSD_BOOLEAN:  # "1" and "0" (as Virtuoso writes them) are true and false
            value = CANONICAL_BOOLEAN.get(value, value)
        return Literal(value, datatype=NamedNode(binding["datatype"]))
    return Literal(value)
