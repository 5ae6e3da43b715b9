"""Compact JSON-LD: an ``@context`` of the project's prefixes, compact IRIs, one node object per subject.

pyoxigraph writes expanded JSON-LD only (every IRI in full, every value an object). This writer
gives what a reader of the exports and of the endpoint expects instead, and streams: the triples of
a graph are grouped by subject as they come (the export gives them sorted), so a graph of millions
of triples is never held whole.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterable, Iterator, Mapping
from typing import BinaryIO

from pyoxigraph import BlankNode, Literal, NamedNode, Triple

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


class Compactor:
    """Turns IRIs into compact IRIs (``dcterms:title``) with the longest prefix that matches."""

    def __init__(self, prefixes: Mapping[str, str]):
        self.context = {name: str(iri) for name, iri in sorted(prefixes.items())}
        self._by_length = sorted(self.context.items(), key=lambda item: -len(item[1]))

    def iri(self, iri: str) -> str:
        for name, namespace in self._by_length:
            if iri.startswith(namespace) and len(iri) > len(namespace) and not iri[len(namespace) :].startswith("//"):
                return f"{name}:{iri[len(namespace) :]}"
        return iri

    def node_id(self, term: NamedNode | BlankNode) -> str:
        return f"_:{term.value}" if isinstance(term, BlankNode) else self.iri(term.value)

    def value(self, term: object) -> object:
        if isinstance(term, Literal):
            if term.language:
                return {"@value": term.value, "@language": term.language}
            if term.datatype.value == XSD_STRING:
                return term.value
            return {"@value": term.value, "@type": self.iri(term.datatype.value)}
        if isinstance(term, (NamedNode, BlankNode)):
            return {"@id": self.node_id(term)}
        raise ValueError(f"JSON-LD cannot hold this term: {term!r}")

    def node(self, subject: NamedNode | BlankNode, triples: Iterable[Triple]) -> dict:
        """One node object: its @id, its @type, then its properties in the order they come."""
        found: dict[str, list] = {"@id": [self.node_id(subject)]}
        for triple in triples:
            if triple.predicate.value == RDF_TYPE and isinstance(triple.object, NamedNode):
                found.setdefault("@type", []).append(self.iri(triple.object.value))
            else:
                found.setdefault(self.iri(triple.predicate.value), []).append(self.value(triple.object))
        return {key: values[0] if key == "@id" or len(values) == 1 else values for key, values in found.items()}


def nodes(compactor: Compactor, triples: Iterable[Triple]) -> Iterator[dict]:
    """A node object for each run of triples with the same subject."""
    for subject, run in itertools.groupby(triples, key=lambda triple: triple.subject):
        yield compactor.node(subject, run)


def write(graphs: Iterable[tuple[str | None, Iterable[Triple]]], output: BinaryIO, prefixes: Mapping[str, str]) -> None:
    """Write the graphs (name, triples; None names the default graph) as one JSON-LD document."""
    compactor = Compactor(prefixes)
    output.write(b'{"@context":' + _json(compactor.context) + b',"@graph":[')
    items = 0
    for name, triples in graphs:
        if name is None:  # the default graph's nodes stand at the top level
            for node in nodes(compactor, triples):
                output.write((b"," if items else b"") + _json(node))
                items += 1
            continue
        output.write((b"," if items else b"") + b'{"@id":' + _json(compactor.iri(name)) + b',"@graph":[')
        items += 1
        for index, node in enumerate(nodes(compactor, triples)):
            output.write((b"," if index else b"") + _json(node))
        output.write(b"]}")
    output.write(b"]}\n")


def dumps(triples: Iterable[Triple], prefixes: Mapping[str, str]) -> bytes:
    """Triples (few: a query's answer, an entity's description) as one compact JSON-LD document."""
    ordered = sorted(triples, key=lambda triple: (str(triple.subject), str(triple.predicate), str(triple.object)))
    compactor = Compactor(prefixes)
    document = {"@context": compactor.context, "@graph": list(nodes(compactor, ordered))}
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode() + b"\n"


def _json(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()
