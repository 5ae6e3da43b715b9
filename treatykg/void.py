"""The dataset and endpoint described in VoID and SPARQL 1.1 Service Description."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from pyoxigraph import BlankNode, Literal, NamedNode, RdfFormat, Triple, serialize

from treatykg import iris
from treatykg.vocab import PREFIXES

SD = "http://www.w3.org/ns/sparql-service-description#"
VOID = "http://rdfs.org/ns/void#"
FORMATS = "http://www.w3.org/ns/formats/"
MEDIA = {"text/turtle": "turtle", "application/ld+json": "jsonld", "application/n-triples": "ntriples"}
RDF_FORMATS = {"turtle": RdfFormat.TURTLE, "jsonld": RdfFormat.JSON_LD, "ntriples": RdfFormat.N_TRIPLES}
RESULT_FORMATS = ("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                  "Turtle", "N-Triples", "JSON-LD", "RDF_XML", "N3", "N-Quads", "TriG")


@dataclass(frozen=True)
class Stats:
    triples: int
    graphs: tuple[tuple[str, int], ...]  # (graph IRI, triples in it)
    vocabularies: tuple[str, ...]


def _namespace(iri: str) -> str:
    return re.sub(r"[^#/]*$", "", iri)


def stats(select: Callable[..., list[dict]]) -> Stats:
    """Counts and vocabularies, asked of the store through ``select`` (SPARQL JSON rows)."""
    total = select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")[0]["n"]["value"]
    graphs = select("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g",
                    max_rows=1_000_000)
    terms = select("SELECT DISTINCT ?t WHERE { { ?s ?t ?o } UNION { ?s a ?t } }", max_rows=1_000_000)
    vocabularies = sorted({_namespace(row["t"]["value"]) for row in terms if row["t"]["type"] == "uri"})
    return Stats(int(total), tuple((row["g"]["value"], int(row["n"]["value"])) for row in graphs),
                 tuple(vocabularies))


def describe(found: Stats, endpoint: str, fmt: str) -> bytes:
    """The service description of ``endpoint`` with the VoID description of its dataset."""
    service, dataset, default = NamedNode(endpoint), NamedNode(iris.base() + "dataset"), BlankNode()
    sd, void, xsd = (lambda n: NamedNode(SD + n)), (lambda n: NamedNode(VOID + n)), PREFIXES["xsd"]
    rdf_type = NamedNode(PREFIXES["rdf"] + "type")
    count = lambda n: Literal(str(n), datatype=NamedNode(xsd + "integer"))  # noqa: E731 - a local shorthand
    triples = [
        Triple(service, rdf_type, sd("Service")),
        Triple(service, sd("endpoint"), service),
        Triple(service, sd("supportedLanguage"), sd("SPARQL11Query")),
        Triple(service, sd("feature"), sd("UnionDefaultGraph")),
        Triple(service, sd("defaultDataset"), dataset),
        Triple(dataset, rdf_type, sd("Dataset")),
        Triple(dataset, rdf_type, void("Dataset")),
        Triple(dataset, NamedNode(PREFIXES["dcterms"] + "title"),
               Literal("treatykg: arms-control treaty membership, votes and stated positions", language="en")),
        Triple(dataset, void("sparqlEndpoint"), service),
        Triple(dataset, void("uriSpace"), Literal(iris.base() + "id/")),
        Triple(dataset, void("triples"), count(found.triples)),
        Triple(dataset, sd("defaultGraph"), default),
        Triple(default, rdf_type, sd("Graph")),
        Triple(default, void("triples"), count(found.triples)),
    ]
    for name in RESULT_FORMATS:
        triples.append(Triple(service, sd("resultFormat"), NamedNode(FORMATS + name)))
        triples.append(Triple(dataset, void("feature"), NamedNode(FORMATS + name)))
    for vocabulary in found.vocabularies:
        triples.append(Triple(dataset, void("vocabulary"), NamedNode(vocabulary)))
    for graph, size in found.graphs:
        named, description = BlankNode(), BlankNode()
        triples += [
            Triple(dataset, sd("namedGraph"), named),
            Triple(named, rdf_type, sd("NamedGraph")),
            Triple(named, sd("name"), NamedNode(graph)),
            Triple(named, sd("graph"), description),
            Triple(description, rdf_type, sd("Graph")),
            Triple(description, void("triples"), count(size)),
        ]
    prefixes = {"sd": SD, "void": VOID, "formats": FORMATS, **PREFIXES}
    return serialize(triples, format=RDF_FORMATS[fmt], prefixes=prefixes if fmt == "turtle" else None)
