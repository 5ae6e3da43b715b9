"""Records to RDF: one named graph per source document, with provenance; plus the reference graph.

The mapping knows the ontology, not file formats. It emits pyoxigraph quads; every node has a
deterministic IRI (no blank nodes), so the same records always give the same quads.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import singledispatch

from pyoxigraph import Literal, NamedNode, Quad
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS, XSD

from treatykg import gazetteer, iris
from treatykg.records import ResolutionRecord, Span
from treatykg.vocab import OPENGOV, ORG, PROV, SCHEMA, TKG, TKGC, WD, term

_XSD_DATE = term(XSD.date)
_XSD_INTEGER = term(XSD.integer)
_A = term(RDF.type)


def lit(value: object, lang: str | None = None) -> Literal:
    """A typed literal: int -> xsd:integer, date -> xsd:date, str -> xsd:string (or language)."""
    if isinstance(value, bool):
        return Literal("true" if value else "false", datatype=term(XSD.boolean))
    if isinstance(value, int):
        return Literal(str(value), datatype=_XSD_INTEGER)
    if isinstance(value, dt.date):
        return Literal(value.isoformat(), datatype=_XSD_DATE)
    if lang:
        return Literal(str(value), language=lang)
    return Literal(str(value))


@dataclass
class GraphBuilder:
    """Collects the quads of one named graph."""

    name: NamedNode
    quads: list[Quad] = field(default_factory=list)

    def add(self, subject: str | NamedNode, predicate: object, obj: object, lang: str | None = None) -> None:
        """Add a triple; a None object adds nothing. Strings as subjects are IRIs."""
        if obj is None or obj == "" or obj == ():
            return
        s = subject if isinstance(subject, NamedNode) else NamedNode(subject)
        if not isinstance(obj, (NamedNode, Literal)):
            obj = lit(obj, lang)
        self.quads.append(Quad(s, term(predicate), obj, self.name))

    def link(self, subject: str | NamedNode, predicate: object, iri: str | None) -> None:
        """Add a triple whose object is the IRI ``iri`` (nothing when it is None)."""
        if iri:
            self.add(subject, predicate, NamedNode(iri))

    def typed(self, iri: str, *classes: object) -> str:
        for cls in classes:
            self.add(iri, RDF.type, term(cls))
        return iri


@dataclass(frozen=True)
class Source:
    """What the build knows about a source file."""

    path: str
    sha256: str
    loader: str
    loader_version: str

    @property
    def iri(self) -> str:
        return iris.source(self.sha256)


def map_source(source: Source, record: object) -> list[Quad]:
    """All quads for one source: its provenance node and what the record says."""
    graph = GraphBuilder(NamedNode(source.iri))
    graph.typed(source.iri, TKG.SourceDocument)
    graph.add(source.iri, TKG.fileName, source.path)
    graph.add(source.iri, TKG.sha256, source.sha256)
    graph.add(source.iri, TKG.loader, source.loader)
    graph.add(source.iri, TKG.loaderVersion, source.loader_version)
    for part in getattr(record, "missing", ()):
        graph.add(source.iri, TKG.missingPart, part)
    subject = map_record(record, graph, source)
    if subject:
        graph.link(source.iri, DCTERMS.isFormatOf, subject)
    return graph.quads


@singledispatch
def map_record(record: object, graph: GraphBuilder, source: Source) -> str | None:
    """Add a record's triples to the graph; return the IRI of the document it describes."""
    raise TypeError(f"no mapping for records of type {type(record).__name__}")


def document_node(graph: GraphBuilder, symbol: str, cls: object = TKG.UNDocument) -> str:
    """A UN document by symbol, typed and identified."""
    iri = graph.typed(iris.document(symbol), cls)
    graph.add(iri, DCTERMS.identifier, symbol)
    return iri


def meeting_node(graph: GraphBuilder, treaty_key: str, kind: str, ordinal: int) -> str:
    iri = graph.typed(iris.meeting(treaty_key, kind, ordinal), TKG.Meeting)
    graph.add(iri, TKG.meetingKind, NamedNode(str(TKGC[kind])))
    graph.add(iri, TKG.ordinal, ordinal)
    graph.link(iri, TKG.treaty, iris.treaty(treaty_key))
    name = "Review Conference" if kind == "revcon" else "Meeting of States Parties"
    treaty = gazetteer.treaty(treaty_key) if _known_treaty(treaty_key) else None
    graph.add(iri, RDFS.label, f"{_ordinal_suffix(ordinal)} {name} ({treaty.short_name if treaty else treaty_key})", "en")
    forum_key = f"{treaty_key}-{kind}"
    if _known_forum(forum_key):
        graph.link(iri, TKG.forum, iris.forum(forum_key))
    return iri


def _ordinal_suffix(number: int) -> str:
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def _known_treaty(key: str) -> bool:
    try:
        gazetteer.treaty(key)
    except KeyError:
        return False
    return True


def _known_forum(key: str) -> bool:
    try:
        gazetteer.forum(key)
    except KeyError:
        return False
    return True


def entity_iri(entity_type: str, key: str) -> str:
    return {
        "state": iris.state,
        "organisation": iris.organisation,
        "group": iris.group,
        "treaty": iris.treaty,
        "document": iris.document,
        "forum": iris.forum,
    }[entity_type](key)


@map_record.register
def _resolution(record: ResolutionRecord, graph: GraphBuilder, source: Source) -> str:
    symbol = record.symbol
    doc = document_node(graph, symbol, TKG.Resolution) if symbol else graph.typed(
        iris.node("doc", source.sha256), TKG.Resolution)
    part_symbol = symbol or f"unidentified/{source.sha256[:20]}"
    graph.add(doc, DCTERMS.title, record.title)
    graph.add(doc, TKG.session, record.session)
    graph.add(doc, TKG.agendaItem, record.agenda_item)
    graph.add(doc, TKG.agendaTitle, record.agenda_title)
    graph.add(doc, DCTERMS.dateAccepted, record.adopted)
    graph.link(doc, TKG.forum, iris.forum("unga"))
    graph.link(doc, DCTERMS.subject, iris.treaty(record.subject_treaty) if record.subject_treaty else None)
    if record.plenary_meeting and record.session:
        meeting = graph.typed(iris.plenary(record.body, record.session, record.plenary_meeting), TKG.Meeting)
        graph.add(meeting, TKG.meetingKind, NamedNode(str(TKGC.plenary)))
        graph.add(meeting, TKG.ordinal, record.plenary_meeting)
        graph.add(meeting, TKG.session, record.session)
        graph.link(meeting, TKG.forum, iris.forum("unga"))
        graph.add(meeting, SCHEMA.startDate, record.adopted)
        graph.add(meeting, RDFS.label, f"{_ordinal_suffix(record.plenary_meeting)} plenary meeting of the "
                                       f"General Assembly, session {record.session}", "en")
        graph.link(doc, TKG.adoptedAt, meeting)
    if record.committee:
        forum = gazetteer.find_forum(record.committee)
        graph.link(doc, TKG.committee, iris.forum(forum.key) if forum else None)
    if record.committee_report:
        graph.link(doc, TKG.committeeReport, document_node(graph, record.committee_report, TKG.Report))
        graph.add(doc, TKG.committeeReportParagraph, record.committee_report_paragraph)
    if record.draft:
        graph.link(doc, TKG.draft, document_node(graph, record.draft, TKG.DraftResolution))

    for recalled in record.recalls:
        node = document_node(graph, recalled.symbol, TKG.Resolution)
        graph.add(node, DCTERMS.dateAccepted, recalled.adopted)
        graph.add(node, TKG.session, session_of(recalled.symbol))
        graph.link(doc, TKG.recalls, node)

    footnote_iris = {}
    for note in record.footnotes:
        iri = graph.typed(iris.document_part(part_symbol, "footnote", str(note.mark)), TKG.Footnote)
        footnote_iris[note.mark] = iri
        graph.link(iri, DCTERMS.isPartOf, doc)
        graph.add(iri, SCHEMA.position, note.mark)
        graph.add(iri, SCHEMA.text, note.text)
        if note.citation:
            graph.add(iri, TKG.untsVolume, note.citation.volume)
            graph.add(iri, TKG.untsNumber, note.citation.number)
            if note.citation.treaty:
                graph.link(iri, TKG.cites, iris.treaty(note.citation.treaty))
        for cited in note.symbols:
            graph.link(iri, TKG.cites, document_node(graph, cited))

    for paragraph in record.paragraphs:
        prefix, cls = ("pp", TKG.PreambularParagraph) if paragraph.kind == "preambular" else ("op", TKG.OperativeParagraph)
        iri = graph.typed(iris.document_part(part_symbol, "para", f"{prefix}{paragraph.number}"), cls)
        graph.link(iri, DCTERMS.isPartOf, doc)
        graph.add(iri, SCHEMA.position, paragraph.number)
        graph.add(iri, TKG.actionPhrase, paragraph.action)
        graph.add(iri, SCHEMA.text, paragraph.text)
        for mark in paragraph.footnotes:
            graph.link(iri, TKG.footnote, footnote_iris.get(mark))

    for count in record.counts:
        if not count.treaty:
            continue
        iri = graph.typed(iris.node("count", part_symbol, count.treaty, _span_key(count.span)), TKG.MembershipCount)
        graph.link(iri, TKG.treaty, iris.treaty(count.treaty))
        graph.add(iri, TKG.asOf, record.adopted)
        graph.add(iri, TKG.joinedCount, count.joined)
        graph.add(iri, TKG.partiesCount, count.parties)
        graph.add(iri, TKG.signatoriesCount, count.signatories)
        graph.link(iri, PROV.wasDerivedFrom, doc)

    for mention in record.meetings:
        meeting = meeting_node(graph, mention.treaty, mention.kind, mention.ordinal)
        graph.add(meeting, SCHEMA.location, mention.place)
        graph.add(meeting, SCHEMA.startDate, mention.start)
        graph.add(meeting, SCHEMA.endDate, mention.end)
        graph.link(meeting, TKG.presidedBy, iris.state(mention.president) if mention.president else None)
        graph.link(doc, SCHEMA.mentions, meeting)

    for instrument in record.instruments:
        if instrument.symbol and instrument.annex:
            iri = iris.document_part(instrument.symbol, "annex", instrument.annex)
        elif instrument.symbol:
            iri = iris.document_part(instrument.symbol, "instrument", iris.slug(instrument.title))
        else:
            iri = iris.instrument(instrument.title)
        graph.typed(iri, TKG.Declaration if instrument.kind == "declaration" else TKG.ActionPlan)
        graph.add(iri, DCTERMS.title, instrument.title)
        graph.add(iri, TKG.annex, instrument.annex)
        if instrument.symbol:
            graph.link(iri, DCTERMS.isPartOf, document_node(graph, instrument.symbol))
        if instrument.meeting:
            graph.link(iri, TKG.adoptedAt, meeting_node(graph, *instrument.meeting))
        graph.link(doc, SCHEMA.mentions, iri)

    for mention in record.mentions:
        target = entity_iri(mention.entity_type, mention.key)
        if mention.entity_type == "document":
            document_node(graph, mention.key)
        if target != doc:
            graph.link(doc, SCHEMA.mentions, target)
    return doc


def session_of(symbol: str) -> str | None:
    """The session a GA resolution symbol names: A/RES/63/71 -> 63, A/RES/ES-10/21 -> ES-10."""
    match = re.match(r"A/RES/((?:ES|S)-\d+|\d+)/", symbol)
    return match.group(1) if match else None


VOTE_OPTIONS = {"yes": TKGC.yes, "no": TKGC["no"], "abstain": TKGC.abstain, "non-voting": TKGC["non-voting"]}


def vote_event_node(graph: GraphBuilder, body_forum: str, symbol: str, document_class: object = TKG.UNDocument,
                    date: dt.date | None = None, date_derived: bool = False) -> str:
    """A vote event of a forum (reference key, e.g. 'unga', 'first-committee') on a document."""
    event = graph.typed(iris.vote_event(body_forum, symbol), OPENGOV.VoteEvent)
    graph.link(event, TKG.onDocument, document_node(graph, symbol, document_class))
    graph.link(event, TKG.forum, iris.forum(body_forum))
    graph.add(event, DCTERMS.date, date)
    if date is not None and date_derived:
        graph.add(event, TKG.dateDerived, True)
    return event


def vote_node(graph: GraphBuilder, event: str, alpha3: str, option: str) -> str:
    """One state's vote (option: yes, no, abstain, non-voting) in a vote event."""
    vote = graph.typed(iris.vote(event, alpha3), OPENGOV.Vote)
    graph.link(vote, OPENGOV.voteEvent, event)
    graph.link(vote, OPENGOV.voter, iris.state(alpha3))
    graph.add(vote, OPENGOV.option, NamedNode(str(VOTE_OPTIONS[option])))
    return vote


def _span_key(span: Span) -> str:
    return f"{span.start}-{span.end}"


def reference_quads() -> list[Quad]:
    """The reference graph: states, groups, treaties, organisations and forums."""
    graph = GraphBuilder(NamedNode(iris.graph(iris.REFERENCE_GRAPH)))
    for state in gazetteer.states():
        iri = graph.typed(iris.state(state.alpha3), TKG.State)
        graph.add(iri, SKOS.prefLabel, state.un_name, "en")
        graph.add(iri, TKG.alpha3, state.alpha3)
        graph.add(iri, TKG.alpha2, state.alpha2)
        graph.add(iri, TKG.numericCode, state.numeric)
        graph.add(iri, TKG.stateStatus, state.status)
        for variant in sorted(set(state.variants) - {state.un_name}):
            graph.add(iri, SKOS.altLabel, variant, "en")
        for adjective in state.adjectives:
            graph.add(iri, TKG.adjective, adjective, "en")
        if state.wikidata:
            graph.link(iri, OWL.sameAs, str(WD[state.wikidata]))
    for group in gazetteer.groups():
        iri = graph.typed(iris.group(group.key), TKG.StateGroup)
        graph.add(iri, SKOS.prefLabel, group.name, "en")
        for alias in group.aliases:
            graph.add(iri, SKOS.altLabel, alias, "en")
        for member in group.members:
            graph.link(iri, ORG.hasMember, iris.state(member))
    for treaty in gazetteer.treaties():
        iri = graph.typed(iris.treaty(treaty.key), TKG.Treaty)
        graph.add(iri, SKOS.prefLabel, treaty.title, "en")
        graph.add(iri, SKOS.notation, treaty.short_name)
        for alias in treaty.aliases:
            graph.add(iri, SKOS.altLabel, alias, "en")
        graph.add(iri, TKG.depositaryKey, treaty.mtdsg_no)
        graph.add(iri, TKG.untsVolume, treaty.unts_volume)
        graph.add(iri, TKG.untsNumber, treaty.unts_number)
        graph.add(iri, DCTERMS.dateAccepted, treaty.adopted)
        graph.add(iri, TKG.openedForSignature, treaty.opened_for_signature)
        graph.add(iri, TKG.entryIntoForce, treaty.entry_into_force)
        graph.link(iri, DCTERMS.isPartOf, iris.treaty(treaty.parent) if treaty.parent else None)
        if treaty.wikidata:
            graph.link(iri, OWL.sameAs, str(WD[treaty.wikidata]))
    for organisation in gazetteer.organisations():
        iri = graph.typed(iris.organisation(organisation.key), ORG.Organization)
        graph.add(iri, SKOS.prefLabel, organisation.name, "en")
        for alias in organisation.aliases:
            graph.add(iri, SKOS.altLabel, alias, "en")
        if organisation.wikidata:
            graph.link(iri, OWL.sameAs, str(WD[organisation.wikidata]))
    for forum in gazetteer.forums():
        iri = graph.typed(iris.forum(forum.key), TKG.Forum)
        graph.add(iri, SKOS.prefLabel, forum.name, "en")
        for alias in forum.aliases:
            graph.add(iri, SKOS.altLabel, alias, "en")
        graph.link(iri, ORG.subOrganizationOf, iris.forum(forum.parent) if forum.parent else None)
        graph.link(iri, TKG.treaty, iris.treaty(forum.treaty) if forum.treaty else None)
    return graph.quads
