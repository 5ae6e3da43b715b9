"""The ontology: every term the graph uses is declared, documented, and matches the Python namespace."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph
import rdflib
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from treatykg.shacl_model import ontology_graph
from treatykg.vocab import ONTOLOGY_IRI, PREFIXES, TKG

# Standard vocabularies whose terms the mapping may use without declaring them.
STANDARD = tuple(PREFIXES[p] for p in ("dcterms", "skos", "schema", "prov", "org", "oa", "opengov", "owl",
                                       "rdf", "rdfs", "foaf"))


def declared_terms() -> set[str]:
    graph = ontology_graph()
    kinds = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)
    return {str(s) for kind in kinds for s in graph.subjects(RDF.type, kind) if str(s).startswith(ONTOLOGY_IRI)}


def test_python_namespace_equals_the_ontology():
    python_terms = {str(TKG[name]) for name in TKG.__annotations__}
    assert python_terms == declared_terms()


def test_every_minted_term_has_label_comment_and_a_home():
    graph = ontology_graph()
    for term in declared_terms():
        node = rdflib.URIRef(term)
        assert graph.value(node, RDFS.label), term
        assert graph.value(node, RDFS.comment), term


def test_every_minted_term_maps_to_a_standard_term_or_says_why_not():
    graph = ontology_graph()
    mapped = [RDFS.subClassOf, RDFS.subPropertyOf, SKOS.closeMatch, SKOS.exactMatch, RDFS.domain]
    for term in declared_terms():
        node = rdflib.URIRef(term)
        assert any(graph.value(node, p) for p in mapped), f"{term} has no mapping, subclass or domain"


def test_every_predicate_and_class_the_graph_uses_is_declared(built_store: Path):
    store = pyoxigraph.Store.read_only(str(built_store))
    used = set()
    for row in store.query("SELECT DISTINCT ?p WHERE { GRAPH ?g { ?s ?p ?o } }"):
        used.add(row["p"].value)
    for row in store.query(f"SELECT DISTINCT ?c WHERE {{ GRAPH ?g {{ ?s <{RDF.type}> ?c }} }}"):
        used.add(row["c"].value)
    declared = declared_terms()
    unknown = sorted(term for term in used if term.startswith(ONTOLOGY_IRI) and term not in declared)
    assert unknown == []
    foreign = sorted(term for term in used if not term.startswith(ONTOLOGY_IRI) and not term.startswith(STANDARD)
                     and not term.startswith("https://w3id.org/treatykg/"))
    assert foreign == []


def test_concepts_have_notations_labels_and_schemes():
    graph = ontology_graph()
    concepts = set(graph.subjects(RDF.type, SKOS.Concept))
    assert len(concepts) >= 10
    notations = [str(graph.value(c, SKOS.notation)) for c in concepts]
    for concept in concepts:
        assert graph.value(concept, SKOS.prefLabel) and graph.value(concept, SKOS.inScheme), concept
    schemes = {}
    for concept, notation in zip(concepts, notations):
        scheme = graph.value(concept, SKOS.inScheme)
        assert (scheme, notation) not in schemes, f"notation {notation} used twice in {scheme}"
        schemes[(scheme, notation)] = concept


def test_ontology_and_shapes_files_match_one_to_one():
    root = Path(__file__).resolve().parent.parent
    ontology = {p.name.removesuffix(".ttl") for p in (root / "ontology").glob("*.ttl")}
    shapes = {p.name.removesuffix(".shapes.ttl") for p in (root / "shapes").glob("*.shapes.ttl")}
    assert ontology == shapes
