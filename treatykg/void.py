"""The dataset and endpoint described in VoID and SPARQL 1.1 Service Description."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import quote

from pyoxigraph import BlankNode, Literal, NamedNode, RdfFormat, Triple, serialize

from treatykg import iris, jsonld
from treatykg.vocab import PREFIXES

SD = "http://www.w3.org/ns/sparql-service-description#"
VOID = "http://rdfs.org/ns/void#"
FORMATS = "http://www.w3.org/ns/formats/"
MEDIA = {"text/turtle": "turtle", "application/ld+json": "jsonld", "application/n-triples": "ntriples"}
RDF_FORMATS = {"turtle": RdfFormat.TURTLE, "jsonld": RdfFormat.JSON_LD, "ntriples": RdfFormat.N_TRIPLES}
RESULT_FORMATS = (
    "SPARQL_Results_JSON",
    "SPARQL_Results_XML",
    "SPARQL_Results_CSV",
    "SPARQL_Results_TSV",
    "Turtle",
    "N-Triples",
    "JSON-LD",
    "RDF_XML",
    "N3",
    "N-Quads",
    "TriG",
)


LICENSE = "https://spdx.org/licenses/MIT"  # the project's licence (pyproject.toml), for the data too
PUBLISHER_NAME = "The treatykg project"
WIKIDATA_ENTITIES = "http://www.wikidata.org/entity/"
LINK_PREDICATES = tuple(
    PREFIXES[prefix] + name
    for prefix, name in (  # what links to another dataset
        ("owl", "sameAs"),
        ("skos", "exactMatch"),
        ("skos", "closeMatch"),
        ("skos", "relatedMatch"),
        ("skos", "broadMatch"),
        ("skos", "narrowMatch"),
        ("rdfs", "seeAlso"),
        ("schema", "sameAs"),
    )
)
UN_DOCUMENTS = "https://undocs.org/"  # a UN document by its symbol: https://undocs.org/A/RES/77/79


@dataclass(frozen=True)
class Stats:
    triples: int
    graphs: tuple[tuple[str, int], ...]  # (graph IRI, triples in it)
    vocabularies: tuple[str, ...]
    sources: tuple[tuple[str, str], ...] = ()  # (source graph IRI, UN symbol of the document it renders)
    links: tuple[tuple[str, int], ...] = ()  # (predicate, links to Wikidata items made with it)
    created: str | None = None  # the day the store was built (xsd:date), when it records it


def _namespace(iri: str) -> str:
    return re.sub(r"[^#/]*$", "", iri)


def stats(select: Callable[..., list[dict]]) -> Stats:
    """Counts, vocabularies, sources and links, asked of the store through ``select`` (SPARQL JSON
    rows over the union of the graphs)."""
    total = select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")[0]["n"]["value"]
    graphs = select(
        "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g", max_rows=1_000_000
    )
    terms = select("SELECT DISTINCT ?t WHERE { { ?s ?t ?o } UNION { ?s a ?t } }", max_rows=1_000_000)
    vocabularies = sorted({_namespace(row["t"]["value"]) for row in terms if row["t"]["type"] == "uri"})
    sources = select(
        f"""SELECT DISTINCT ?g ?symbol WHERE {{
        GRAPH ?g {{ ?g a <{PREFIXES["tkg"]}SourceDocument> ; <{PREFIXES["dcterms"]}isFormatOf> ?document }}
        ?document <{PREFIXES["dcterms"]}identifier> ?symbol
        FILTER(STRSTARTS(STR(?document), "{iris.base()}id/doc/"))
    }} ORDER BY ?g ?symbol""",
        max_rows=1_000_000,
    )
    links = select(f"""SELECT ?p (COUNT(*) AS ?n) WHERE {{
        {{ SELECT DISTINCT ?s ?p ?o WHERE {{
            VALUES ?p {{ {" ".join(f"<{iri}>" for iri in LINK_PREDICATES)} }}
            ?s ?p ?o FILTER(STRSTARTS(STR(?o), "{WIKIDATA_ENTITIES}Q")) }} }}
    }} GROUP BY ?p ORDER BY ?p""")
    reference = iris.graph(iris.REFERENCE_GRAPH)
    created = select(f"SELECT ?d WHERE {{ GRAPH <{reference}> {{ <{reference}> <{PREFIXES['dcterms']}created> ?d }} }}")
    return Stats(
        int(total),
        tuple((row["g"]["value"], int(row["n"]["value"])) for row in graphs),
        tuple(vocabularies),
        tuple((row["g"]["value"], row["symbol"]["value"]) for row in sources),
        tuple((row["p"]["value"], int(row["n"]["value"])) for row in links),
        created[0]["d"]["value"] if created else None,
    )


def un_original(symbol: str) -> str:
    """The address of a UN document's original by its symbol."""
    return UN_DOCUMENTS + quote(symbol, safe="/.-()")


def dataset_triples(found: Stats, dumps: tuple[str, ...] = ()) -> list[Triple]:
    """The VoID description of the dataset, without blank nodes (it goes into the exports, which
    are byte-identical for the same store): title, licence, publisher, creation date, the UN
    originals of its sources, its dumps, its vocabularies and its linksets to Wikidata."""
    dataset, void, dcterms = (
        NamedNode(iris.base() + "dataset"),
        (lambda n: NamedNode(VOID + n)),
        (lambda n: NamedNode(PREFIXES["dcterms"] + n)),
    )
    rdf_type, xsd = NamedNode(PREFIXES["rdf"] + "type"), PREFIXES["xsd"]
    count = lambda n: Literal(str(n), datatype=NamedNode(xsd + "integer"))  # noqa: E731 - a local shorthand
    publisher, wikidata = NamedNode(iris.base() + "dataset/publisher"), NamedNode(iris.base() + "dataset/wikidata")
    triples = [
        Triple(dataset, rdf_type, void("Dataset")),
        Triple(
            dataset,
            dcterms("title"),
            Literal("treatykg: arms-control treaty membership, votes and stated positions", language="en"),
        ),
        Triple(
            dataset,
            dcterms("description"),
            Literal(
                "Treaty participation, General Assembly votes and states' stated positions on arms-control treaties, "
                "read from UN documents; each source document in its own named graph.",
                language="en",
            ),
        ),
        Triple(dataset, dcterms("license"), NamedNode(LICENSE)),
        Triple(dataset, dcterms("publisher"), publisher),
        Triple(publisher, rdf_type, NamedNode(PREFIXES["foaf"] + "Organization")),
        Triple(publisher, NamedNode(PREFIXES["foaf"] + "name"), Literal(PUBLISHER_NAME)),
        Triple(dataset, void("uriSpace"), Literal(iris.base() + "id/")),
        Triple(dataset, void("triples"), count(found.triples)),
        Triple(wikidata, rdf_type, void("Dataset")),
        Triple(wikidata, dcterms("title"), Literal("Wikidata", language="en")),
        Triple(wikidata, NamedNode(PREFIXES["foaf"] + "homepage"), NamedNode("https://www.wikidata.org/")),
        Triple(wikidata, void("uriSpace"), Literal(WIKIDATA_ENTITIES)),
    ]
    if found.created:
        triples.append(Triple(dataset, dcterms("created"), Literal(found.created, datatype=NamedNode(xsd + "date"))))
    for dump in dumps:
        triples.append(Triple(dataset, void("dataDump"), NamedNode(dump)))
    for vocabulary in found.vocabularies:
        triples.append(Triple(dataset, void("vocabulary"), NamedNode(vocabulary)))
    for graph, symbol in found.sources:
        original = NamedNode(un_original(symbol))
        triples += [Triple(dataset, dcterms("source"), original), Triple(NamedNode(graph), dcterms("source"), original)]
    for graph, size in found.graphs:
        triples += [
            Triple(dataset, void("subset"), NamedNode(graph)),
            Triple(NamedNode(graph), rdf_type, void("Dataset")),
            Triple(NamedNode(graph), void("triples"), count(size)),
        ]
    for predicate, links in found.links:
        linkset = NamedNode(f"{iris.base()}dataset/wikidata-links/{_local_name(predicate)}")
        triples += [
            Triple(dataset, void("subset"), linkset),
            Triple(linkset, rdf_type, void("Linkset")),
            Triple(linkset, void("subjectsTarget"), dataset),
            Triple(linkset, void("objectsTarget"), wikidata),
            Triple(linkset, void("linkPredicate"), NamedNode(predicate)),
            Triple(linkset, void("triples"), count(links)),
        ]
    return triples


def _local_name(iri: str) -> str:
    return re.sub(r"^.*[#/]", "", iri) or "link"


def describe(found: Stats, endpoint: str, fmt: str, dumps: tuple[str, ...] = ()) -> bytes:
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
        Triple(dataset, void("sparqlEndpoint"), service),
        Triple(dataset, sd("defaultGraph"), default),
        Triple(default, rdf_type, sd("Graph")),
        Triple(default, void("triples"), count(found.triples)),
        *dataset_triples(found, dumps),
    ]
    for name in RESULT_FORMATS:
        triples.append(Triple(service, sd("resultFormat"), NamedNode(FORMATS + name)))
        triples.append(Triple(dataset, void("feature"), NamedNode(FORMATS + name)))
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
    if fmt == "jsonld":
        return jsonld.dumps(triples, prefixes)
    written = serialize(triples, format=RDF_FORMATS[fmt], prefixes=prefixes if fmt == "turtle" else None)
    assert written is not None  # serialize returns the bytes when given no output
    return written


def of_store(store, dumps: tuple[str, ...] = ()) -> list[Triple]:
    """The dataset's VoID description, counted on an embedded (pyoxigraph) store."""
    from treatykg.sparql_json import to_json

    def select(text: str, max_rows: int | None = None) -> list[dict]:
        results = store.query(text, use_default_graph_as_union=True)
        names = [variable.value for variable in results.variables]
        return [{name: to_json(term) for name, term in zip(names, row) if term is not None} for row in results]

    return dataset_triples(stats(select), dumps)
