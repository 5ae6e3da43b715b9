"""Vocabularies: the project's own closed namespace and the standard ones it reuses.

``TKG`` is closed (a typo raises); ``tests/test_ontology.py`` checks that its terms are exactly
the terms declared in ``ontology/``. ``term()`` turns any rdflib IRI into a pyoxigraph node.
"""

from __future__ import annotations

import re
from functools import cache

from pyoxigraph import NamedNode
from rdflib import URIRef
from rdflib.namespace import DefinedNamespace, Namespace

ONTOLOGY_IRI = "https://w3id.org/treatykg/ontology#"


class TKG(DefinedNamespace):
    """Terms minted by treatykg (declared in ontology/*.ttl)."""

    _NS = Namespace(ONTOLOGY_IRI)
    _fail = True

    # core
    State: URIRef
    StateGroup: URIRef
    Treaty: URIRef
    Forum: URIRef
    SourceDocument: URIRef
    DerivedText: URIRef
    renderer: URIRef
    pageCount: URIRef
    alpha2: URIRef
    alpha3: URIRef
    numericCode: URIRef
    adjective: URIRef
    stateStatus: URIRef
    depositaryKey: URIRef
    untsVolume: URIRef
    untsNumber: URIRef
    openedForSignature: URIRef
    fileName: URIRef
    LoaderRun: URIRef
    missingPart: URIRef
    # documents
    UNDocument: URIRef
    Resolution: URIRef
    DraftResolution: URIRef
    Report: URIRef
    Paragraph: URIRef
    PreambularParagraph: URIRef
    OperativeParagraph: URIRef
    Footnote: URIRef
    Instrument: URIRef
    Declaration: URIRef
    ActionPlan: URIRef
    session: URIRef
    agendaItem: URIRef
    agendaTitle: URIRef
    adoptedAt: URIRef
    committee: URIRef
    committeeReport: URIRef
    committeeReportParagraph: URIRef
    draft: URIRef
    actionPhrase: URIRef
    footnote: URIRef
    annex: URIRef
    # participation
    MembershipCount: URIRef
    ParticipationAct: URIRef
    state: URIRef
    actType: URIRef
    treaty: URIRef
    asOf: URIRef
    joinedCount: URIRef
    partiesCount: URIRef
    signatoriesCount: URIRef
    # meetings
    Meeting: URIRef
    meetingKind: URIRef
    ordinal: URIRef
    forum: URIRef
    presidedBy: URIRef
    # votes
    onDocument: URIRef
    memberCount: URIRef
    dateDerived: URIRef
    # positions and statements
    Position: URIRef
    group: URIRef
    TreatyDeclaration: URIRef
    declarationKind: URIRef
    madeUpon: URIRef
    StatedParticipation: URIRef
    ExplanationOfVote: URIRef
    Letter: URIRef
    modality: URIRef
    stance: URIRef
    topic: URIRef
    quote: URIRef
    page: URIRef
    extractionRule: URIRef
    participationStatus: URIRef
    speaksFor: URIRef
    explainsVote: URIRef
    speakerRule: URIRef
    deliveredBy: URIRef
    deliveryRule: URIRef
    speakerEvidence: URIRef
    symbolAsWritten: URIRef
    symbolReading: URIRef
    partialSymbol: URIRef
    referenceNumber: URIRef
    authorPost: URIRef
    recipientPost: URIRef
    inReplyTo: URIRef
    # third parties' reports (ontology/reports.ttl)
    CountryProfile: URIRef
    PressRelease: URIRef
    intended: URIRef
    explained: URIRef
    ReportedVote: URIRef
    citedSource: URIRef


SCHEMA = Namespace("https://schema.org/")
PROV = Namespace("http://www.w3.org/ns/prov#")
ORG = Namespace("http://www.w3.org/ns/org#")
OA = Namespace("http://www.w3.org/ns/oa#")
OPENGOV = Namespace("http://www.w3.org/ns/opengov#")
WD = Namespace("http://www.wikidata.org/entity/")
CITO = Namespace("http://purl.org/spar/cito/")
ELI = Namespace("http://data.europa.eu/eli/ontology#")
SPDX = Namespace("http://spdx.org/rdf/terms#")
TIME = Namespace("http://www.w3.org/2006/time#")
TKGC = Namespace("https://w3id.org/treatykg/ontology/concept/")

PREFIXES = {
    "tkg": ONTOLOGY_IRI,
    "tkgc": str(TKGC),
    "dcterms": "http://purl.org/dc/terms/",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "schema": str(SCHEMA),
    "prov": str(PROV),
    "org": str(ORG),
    "oa": str(OA),
    "opengov": str(OPENGOV),
    "owl": "http://www.w3.org/2002/07/owl#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "wd": str(WD),
    "cito": str(CITO),
    "eli": str(ELI),
    "spdx": str(SPDX),
    "time": str(TIME),
}


@cache
def term(iri: str) -> NamedNode:
    """The pyoxigraph node for an IRI (cached: the mapping asks for the same terms often)."""
    return NamedNode(str(iri))


def with_prefixes(sparql: str) -> str:
    """The query text with the project's prefixes declared (those it does not declare itself)."""
    declared = set(re.findall(r"(?im)^\s*PREFIX\s+([\w-]*):", sparql))
    lines = [f"PREFIX {p}: <{iri}>" for p, iri in PREFIXES.items() if p not in declared]
    return "\n".join(lines) + "\n" + sparql
