"""The ontology: every term the graph uses is declared, documented, and matches the Python namespace."""

from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph
import rdflib
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from treatykg.shacl_model import ontology_graph
from treatykg.vocab import ONTOLOGY_IRI, PREFIXES, TKG

# Standard vocabularies whose terms the mapping may use without declaring them.
STANDARD = tuple(
    PREFIXES[p]
    for p in (
        "dcterms",
        "skos",
        "schema",
        "prov",
        "org",
        "oa",
        "opengov",
        "owl",
        "rdf",
        "rdfs",
        "foaf",
        "cito",
        "eli",
        "spdx",
        "time",
    )
)


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


MAPPINGS = (RDFS.subClassOf, RDFS.subPropertyOf, SKOS.closeMatch, SKOS.exactMatch)  # rdfs:domain is none


def unmapped_in_readme() -> dict[str, str]:
    """The README's table of terms with no standard counterpart: term -> why."""
    text = (Path(__file__).resolve().parent.parent / "ontology" / "README.md").read_text(encoding="utf-8")
    table = text.split("## Terms with no standard counterpart", 1)[1]
    rows = re.findall(r"^\| `tkg:(\w+)` \| (.+?) \|$", table, flags=re.MULTILINE)
    return {ONTOLOGY_IRI + term: why for term, why in rows}


def mapped_terms() -> set[str]:
    """Minted terms mapped to a standard term, directly or through a minted term that is."""
    graph = ontology_graph()
    targets = {
        term: {str(o) for p in MAPPINGS for o in graph.objects(rdflib.URIRef(term), p)} for term in declared_terms()
    }
    mapped = {term for term, found in targets.items() if any(not t.startswith(ONTOLOGY_IRI) for t in found)}
    while more := {term for term, found in targets.items() if term not in mapped and found & mapped}:
        mapped |= more
    return mapped


def test_every_minted_term_maps_to_a_standard_term_or_says_why_not():
    mapped, explained = mapped_terms(), unmapped_in_readme()
    assert sorted(declared_terms() - mapped - set(explained)) == [], "no mapping, and no row in ontology/README.md"
    assert sorted(set(explained) - declared_terms()) == [], "ontology/README.md explains terms that are not declared"
    assert sorted(set(explained) & mapped) == [], "ontology/README.md says these have no mapping, but they have one"
    assert all(why.strip() for why in explained.values())


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
    foreign = sorted(
        term
        for term in used
        if not term.startswith(ONTOLOGY_IRI)
        and not term.startswith(STANDARD)
        and not term.startswith("https://w3id.org/treatykg/")
    )
    assert foreign == []


def test_concepts_have_notations_labels_and_schemes():
    graph = ontology_graph()
    concepts = set(graph.subjects(RDF.type, SKOS.Concept))
    assert len(concepts) >= 10
    for concept in concepts:
        assert graph.value(concept, SKOS.prefLabel) and graph.value(concept, SKOS.inScheme), concept
        assert len(set(graph.objects(concept, SKOS.notation))) == 1, f"{concept} needs one skos:notation"
    notations = [str(graph.value(c, SKOS.notation)) for c in concepts]
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
