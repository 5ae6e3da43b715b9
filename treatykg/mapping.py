"""Records to RDF: one named graph per source document, with provenance; plus the reference graph.

The mapping knows the ontology, not file formats. It emits pyoxigraph quads; every node has a
deterministic IRI (no blank nodes), so the same records always give the same quads.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache, singledispatch
from typing import TYPE_CHECKING

from pyoxigraph import Literal, NamedNode, Quad
from rdflib.namespace import DCTERMS, FOAF, RDF, RDFS, SKOS, XSD

from treatykg import gazetteer, iris, un_symbols
from treatykg.records import (
    Correspondent,
    Declaration,
    DocumentRecord,
    ExplanationOfVoteRecord,
    LetterRecord,
    MonitorProfileRecord,
    PositionMention,
    PressReleaseRecord,
    ReportedVote,
    ResolutionRecord,
    Role,
    Span,
    StatedParticipationMention,
    StatusTableRecord,
    VoteEventRecord,
    VotingDataRecord,
)
from treatykg.vocab import CITO, ELI, OA, OPENGOV, ORG, PROV, SCHEMA, SPDX, TKG, TKGC, WD, term

if TYPE_CHECKING:
    from treatykg.render import Rendering

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
    rendering: Rendering | None = None  # the derived text read, when not the file's own text

    @property
    def iri(self) -> str:
        return iris.source(self.sha256)


def map_source(source: Source, record: object) -> list[Quad]:
    """All quads for one source: its provenance node and what the record says."""
    graph = GraphBuilder(NamedNode(source.iri))
    graph.typed(source.iri, TKG.SourceDocument)
    graph.add(source.iri, TKG.fileName, source.path)
    checksum_node(graph, source.iri, source.sha256)
    loader_run_node(graph, source)
    for part in record.missing if isinstance(record, DocumentRecord) else ():
        graph.add(source.iri, TKG.missingPart, part)
    if source.rendering is not None:
        derived_text_node(graph, source)
    subject = map_record(record, graph, source)
    if subject:
        graph.link(source.iri, DCTERMS.isFormatOf, subject)
    return graph.quads


def derived_text_node(graph: GraphBuilder, source: Source) -> str:
    """The text read from the file (a PDF's, an HTML page's): its digest, how it was made and
    how many pages it has, derived from the source file; quotes count their offsets in it."""
    rendering = source.rendering
    if rendering is None:
        raise ValueError(f"{source.path}: read as it is, no derived text")
    iri = graph.typed(iris.node("text", source.sha256), TKG.DerivedText)
    graph.link(iri, PROV.wasDerivedFrom, source.iri)
    checksum_node(graph, iri, rendering.sha256)
    graph.add(iri, TKG.renderer, rendering.method)
    graph.add(iri, TKG.pageCount, len(rendering.pages) if rendering.pages else None)
    return iri


def loader_run_node(graph: GraphBuilder, source: Source) -> str:
    """The reading of the source by a loader (a PROV activity that used the file, with the loader as
    its software agent and the loader's version)."""
    run = graph.typed(
        iris.node("loader-run", source.sha256, source.loader, source.loader_version), PROV.Activity, TKG.LoaderRun
    )
    graph.link(run, PROV.used, source.iri)
    agent = graph.typed(iris.loader(source.loader), PROV.SoftwareAgent)
    graph.add(agent, SKOS.notation, source.loader)
    graph.add(agent, RDFS.label, f"treatykg loader {source.loader}", "en")
    graph.link(run, PROV.wasAssociatedWith, agent)
    graph.add(run, SCHEMA.softwareVersion, source.loader_version)
    return run


def count_nodes(graph: GraphBuilder, source: Source, event: str, **totals: int | None) -> None:
    """A vote event's recorded totals, one opengov:Count for each option the source gives a total of
    (yes, no, abstain, non_voting)."""
    for option, value in totals.items():
        if value is None:
            continue
        code = option.replace("_", "-")
        count = graph.typed(iris.node("count", source.sha256, event, code), OPENGOV.Count)
        graph.link(count, OPENGOV.option, str(TKGC[code]))
        graph.add(count, OPENGOV.value, value)
        graph.link(event, OPENGOV["count"], count)


def checksum_node(graph: GraphBuilder, subject: str, digest: str) -> str:
    """The SPDX checksum of a file or a text: its SHA-256 digest, hexadecimal."""
    iri = graph.typed(iris.node("checksum", digest), SPDX.Checksum)
    graph.link(iri, SPDX.algorithm, str(SPDX.checksumAlgorithm_sha256))
    graph.add(iri, SPDX.checksumValue, digest)
    graph.link(subject, SPDX.checksum, iri)
    return iri


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
    graph.add(
        iri, RDFS.label, f"{_ordinal_suffix(ordinal)} {name} ({treaty.short_name if treaty else treaty_key})", "en"
    )
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


def describe_resolution(
    graph: GraphBuilder,
    doc: str,
    title: str | None,
    session: str | None,
    agenda_title: str | None,
    adopted: dt.date | None,
    subject_treaty: str | None,
) -> None:
    """What a resolution text and a voting record both say of a General Assembly resolution."""
    graph.add(doc, DCTERMS.title, title)
    graph.add(doc, TKG.session, session)
    graph.add(doc, TKG.agendaTitle, agenda_title)
    graph.add(doc, DCTERMS.dateAccepted, adopted)
    graph.link(doc, TKG.forum, iris.forum("unga"))
    graph.link(doc, DCTERMS.subject, iris.treaty(subject_treaty) if subject_treaty else None)


@map_record.register
def _resolution(record: ResolutionRecord, graph: GraphBuilder, source: Source) -> str:
    symbol = record.symbol
    doc = (
        document_node(graph, symbol, TKG.Resolution)
        if symbol
        else graph.typed(iris.node("doc", source.sha256), TKG.Resolution)
    )
    part_symbol = symbol or f"unidentified/{source.sha256[:20]}"
    describe_resolution(
        graph, doc, record.title, record.session, record.agenda_title, record.adopted, record.subject_treaty
    )
    graph.add(doc, TKG.agendaItem, record.agenda_item)
    if record.plenary_meeting and record.session:
        meeting = plenary_node(graph, record.body, record.session, record.plenary_meeting, record.adopted)
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
        graph.add(node, TKG.session, un_symbols.session_of(recalled.symbol))
        graph.link(doc, CITO.cites, node)

    _resolution_parts(record, graph, doc, part_symbol)
    _resolution_mentions(record, graph, doc, part_symbol)
    return doc


def _resolution_parts(record: ResolutionRecord, graph: GraphBuilder, doc: str, part_symbol: str) -> None:
    """A resolution's footnotes (with the treaties and documents they cite) and its paragraphs."""
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
                graph.link(iri, CITO.cites, iris.treaty(note.citation.treaty))
        for cited in note.symbols:
            graph.link(iri, CITO.cites, document_node(graph, cited))

    for paragraph in record.paragraphs:
        prefix, cls = (
            ("pp", TKG.PreambularParagraph) if paragraph.kind == "preambular" else ("op", TKG.OperativeParagraph)
        )
        iri = graph.typed(iris.document_part(part_symbol, "para", f"{prefix}{paragraph.number}"), cls)
        graph.link(iri, DCTERMS.isPartOf, doc)
        graph.add(iri, SCHEMA.position, paragraph.number)
        graph.add(iri, TKG.actionPhrase, paragraph.action)
        graph.add(iri, SCHEMA.text, paragraph.text)
        for mark in paragraph.footnotes:
            graph.link(iri, TKG.footnote, footnote_iris.get(mark))


def _resolution_mentions(record: ResolutionRecord, graph: GraphBuilder, doc: str, part_symbol: str) -> None:
    """What a resolution states or names: membership counts, treaty meetings, declarations and
    action plans, and every other entity it mentions."""
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

    for entity in record.mentions:
        target = entity_iri(entity.entity_type, entity.key)
        if entity.entity_type == "document":
            document_node(graph, entity.key)
        if target != doc:
            graph.link(doc, SCHEMA.mentions, target)


def plenary_node(graph: GraphBuilder, body: str, session: str, number: int, day: dt.date | None) -> str:
    """A numbered plenary meeting of the General Assembly in a session."""
    meeting = graph.typed(iris.plenary(body, session, number), TKG.Meeting)
    graph.add(meeting, TKG.meetingKind, NamedNode(str(TKGC.plenary)))
    graph.add(meeting, TKG.ordinal, number)
    graph.add(meeting, TKG.session, session)
    graph.link(meeting, TKG.forum, iris.forum("unga"))
    graph.add(meeting, SCHEMA.startDate, day)
    graph.add(
        meeting,
        RDFS.label,
        f"{_ordinal_suffix(number)} plenary meeting of the General Assembly, session {session}",
        "en",
    )
    return meeting


VOTE_OPTIONS = {"yes": TKGC.yes, "no": TKGC["no"], "abstain": TKGC.abstain, "non-voting": TKGC["non-voting"]}


def vote_event_node(
    graph: GraphBuilder,
    body_forum: str,
    symbol: str,
    document_class: object = TKG.UNDocument,
    date: dt.date | None = None,
    date_derived: bool = False,
) -> str:
    """A vote event of a forum (reference key, e.g. 'unga', 'first-committee') on a document."""
    event = graph.typed(iris.vote_event(body_forum, symbol), OPENGOV.VoteEvent)
    graph.link(event, TKG.onDocument, document_node(graph, symbol, document_class))
    graph.link(event, TKG.forum, iris.forum(body_forum))
    graph.add(event, DCTERMS.date, date)
    if date is not None and date_derived:
        graph.add(event, TKG.dateDerived, True)
    return event


_VOTE_TERMS = {
    name: term(iri)
    for name, iri in (
        ("class", OPENGOV.Vote),
        ("event", OPENGOV.voteEvent),
        ("voter", OPENGOV.voter),
        ("option", OPENGOV.option),
        *VOTE_OPTIONS.items(),
    )
}


def vote_node(graph: GraphBuilder, event: str, alpha3: str, option: str) -> str:
    """One state's vote (option: yes, no, abstain, non-voting) in a vote event."""
    vote_nodes(graph, event, [(alpha3, option)])
    return iris.vote(event, alpha3)


def vote_nodes(graph: GraphBuilder, event: str, votes: Iterable[tuple[str, str]]) -> None:
    """States' votes (alpha-3, option) in one vote event.

    Written as quads directly: voting data has a million of them, and this is their hot path.
    """
    name, terms, event_node = graph.name, _VOTE_TERMS, NamedNode(event)
    kind, on_event, voter, chose = terms["class"], terms["event"], terms["voter"], terms["option"]
    for alpha3, option in votes:
        node = NamedNode(iris.vote(event, alpha3))
        graph.quads += (
            Quad(node, _A, kind, name),
            Quad(node, on_event, event_node, name),
            Quad(node, voter, _state_node(alpha3), name),
            Quad(node, chose, terms[option], name),
        )


@lru_cache(maxsize=1024)
def _state_node(alpha3: str) -> NamedNode:
    return NamedNode(iris.state(alpha3))


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
            graph.link(iri, SKOS.exactMatch, str(WD[state.wikidata]))
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
        graph.add(iri, ELI.first_date_entry_in_force, treaty.entry_into_force)
        graph.link(iri, DCTERMS.isPartOf, iris.treaty(treaty.parent) if treaty.parent else None)
        if treaty.wikidata:
            graph.link(iri, SKOS.exactMatch, str(WD[treaty.wikidata]))
    for organisation in gazetteer.organisations():
        iri = graph.typed(iris.organisation(organisation.key), ORG.Organization)
        graph.add(iri, SKOS.prefLabel, organisation.name, "en")
        for alias in organisation.aliases:
            graph.add(iri, SKOS.altLabel, alias, "en")
        if organisation.wikidata:
            graph.link(iri, SKOS.exactMatch, str(WD[organisation.wikidata]))
    for forum in gazetteer.forums():
        iri = graph.typed(iris.forum(forum.key), TKG.Forum)
        graph.add(iri, SKOS.prefLabel, forum.name, "en")
        for alias in forum.aliases:
            graph.add(iri, SKOS.altLabel, alias, "en")
        graph.link(iri, ORG.subOrganizationOf, iris.forum(forum.parent) if forum.parent else None)
        graph.link(iri, TKG.treaty, iris.treaty(forum.treaty) if forum.treaty else None)
    return graph.quads


# --- status tables and voting data ---------------------------------------------------------


def map_records(source: Source, records: Iterable[object]) -> Iterator[list[Quad]]:
    """The quads of each record of a source read record by record (its provenance, ``map_source``,
    comes first and apart)."""
    for record in records:
        graph = GraphBuilder(NamedNode(source.iri))
        map_record(record, graph, source)
        yield graph.quads


@map_record.register
def _nothing(record: None, graph: GraphBuilder, source: Source) -> None:
    """A streamed source's own node carries no record."""


@map_record.register
def _status_table(record: StatusTableRecord, graph: GraphBuilder, source: Source) -> str:
    treaty = iris.treaty(record.treaty)
    if not record.known_treaty:
        graph.typed(treaty, TKG.Treaty)
        graph.add(treaty, SKOS.prefLabel, record.title, "en")
        graph.add(treaty, SKOS.notation, record.mtdsg_no or record.treaty)
        graph.add(treaty, TKG.depositaryKey, record.mtdsg_no)
        graph.add(treaty, TKG.untsVolume, record.unts_volume)
        graph.add(treaty, TKG.untsNumber, record.registration_number)
        graph.add(treaty, DCTERMS.dateAccepted, record.concluded)
        graph.add(treaty, ELI.first_date_entry_in_force, record.entry_into_force)
    if record.stated_parties is not None or record.stated_signatories is not None:
        count = graph.typed(iris.node("count", source.sha256, record.treaty), TKG.MembershipCount)
        graph.link(count, TKG.treaty, treaty)
        graph.add(count, TKG.asOf, record.status_as_at)
        graph.add(count, TKG.partiesCount, record.stated_parties)
        graph.add(count, TKG.signatoriesCount, record.stated_signatories)
        graph.link(count, PROV.wasDerivedFrom, source.iri)
    for row in record.participants:
        for act_type, day in (
            ("signature", row.signature),
            (row.consent_type, row.consent),
            ("provisional-application", row.provisional_application),
            ("withdrawal", row.withdrawal),
        ):
            if act_type and day:
                participation_act_node(graph, record.treaty, row.state, act_type, day)
    for index, entry in enumerate(record.declarations):
        declaration_node(graph, source, record.treaty, index, entry)
    return treaty


def declaration_node(graph: GraphBuilder, source: Source, treaty_key: str, index: int, entry: Declaration) -> str:
    """A declaration, reservation, objection or note lodged with a treaty, with its full text and,
    where the text stands verbatim in the source, its quote."""
    iri = graph.typed(
        iris.node("declaration", source.sha256, str(index), entry.state, entry.kind), TKG.TreatyDeclaration
    )
    graph.link(iri, TKG.state, iris.state(entry.state))
    graph.link(iri, TKG.treaty, iris.treaty(treaty_key))
    graph.add(iri, TKG.declarationKind, NamedNode(str(TKGC[entry.kind])))
    graph.add(iri, DCTERMS.date, entry.date)
    graph.add(iri, TKG.madeUpon, NamedNode(str(TKGC[entry.upon])) if entry.upon else None)
    graph.add(iri, DCTERMS.description, entry.text)
    graph.link(iri, PROV.wasDerivedFrom, source.iri)
    if entry.span is not None:
        graph.link(iri, TKG.quote, quote_node(graph, source, entry.span, entry.text))
    return iri


def participation_act_node(graph: GraphBuilder, treaty_key: str, alpha3: str, act_type: str, day: dt.date) -> str:
    """A state's signature, consent, provisional application or withdrawal, on a date."""
    act = graph.typed(iris.participation_act(treaty_key, alpha3, act_type, day.isoformat()), TKG.ParticipationAct)
    graph.link(act, TKG.state, iris.state(alpha3))
    graph.link(act, TKG.treaty, iris.treaty(treaty_key))
    graph.add(act, TKG.actType, NamedNode(str(TKGC[act_type])))
    graph.add(act, DCTERMS.date, day)
    return act


@map_record.register
def _vote_event(record: VoteEventRecord, graph: GraphBuilder, source: Source) -> str:
    event = vote_event_node(graph, "unga", record.symbol, TKG.Resolution, record.date)
    doc = iris.document(record.symbol)
    describe_resolution(
        graph, doc, record.title, record.session, record.agenda_title, record.date, record.subject_treaty
    )
    if record.draft:
        graph.link(doc, TKG.draft, document_node(graph, record.draft, TKG.DraftResolution))
    if record.committee_report:
        graph.link(doc, TKG.committeeReport, document_node(graph, record.committee_report, TKG.Report))
    if record.plenary_meeting and record.session:
        meeting = plenary_node(graph, "ga", record.session, record.plenary_meeting, record.date)
        graph.link(doc, TKG.adoptedAt, meeting)
        graph.link(event, SCHEMA.superEvent, meeting)
    count_nodes(
        graph,
        source,
        event,
        yes=record.total_yes,
        no=record.total_no,
        abstain=record.total_abstain,
        non_voting=record.total_non_voting,
    )
    graph.add(event, TKG.memberCount, record.total_members)
    graph.link(event, RDFS.seeAlso, record.link if record.link and record.link.startswith("http") else None)
    vote_nodes(graph, event, ((vote.state, vote.option) for vote in record.votes))
    return doc


@map_record.register
def _voting_data(record: VotingDataRecord, graph: GraphBuilder, source: Source) -> None:
    for event in record.events:
        _vote_event(event, graph, source)


# --- statements, letters and stated positions -------------------------------------------------

_XSD_GYEAR = term(XSD.gYear)


def _statement_date(graph: GraphBuilder, iri: str, date: dt.date | None, year: int | None) -> None:
    """The stated date, or else a derived year (xsd:gYear) marked tkg:dateDerived."""
    if date is not None:
        graph.add(iri, DCTERMS.date, date)
    elif year is not None:
        graph.add(iri, DCTERMS.date, Literal(str(year), datatype=_XSD_GYEAR))
        graph.add(iri, TKG.dateDerived, True)


def quote_node(graph: GraphBuilder, source: Source, span: Span, text: str) -> str:
    """The quoted text as a Web Annotation specific resource of the source file, with both selectors."""
    iri = graph.typed(iris.node("quote", source.sha256, _span_key(span)), OA.SpecificResource)
    graph.link(iri, OA.hasSource, source.iri)
    if source.rendering is not None:
        graph.add(iri, TKG.page, source.rendering.page_of(span.start))
    exact = graph.typed(f"{iri}/exact", OA.TextQuoteSelector)
    graph.add(exact, OA.exact, text)
    position = graph.typed(f"{iri}/position", OA.TextPositionSelector)
    graph.add(position, OA.start, span.start)
    graph.add(position, OA.end, span.end)
    graph.link(iri, OA.hasSelector, exact)
    graph.link(iri, OA.hasSelector, position)
    return iri


def position_nodes(
    graph: GraphBuilder,
    source: Source,
    stated_in: str,
    positions: tuple[PositionMention, ...],
    participation: tuple[StatedParticipationMention, ...],
    forum: str | None,
    date: dt.date | None,
    year: int | None,
    reporter: str | None = None,
) -> list[str]:
    """Positions and stated participation, each dated, sourced and quoted; their IRIs, in order.

    A mention in a third party's account (modality "reported") names its ``reporter`` (an IRI).
    """
    made = []
    joint = len({position.state for position in positions} | {stated.state for stated in participation}) > 1
    for position in positions:  # a joint statement's sentence is a position of each of its states
        voice = (position.state,) if joint else ()
        iri = graph.typed(
            iris.node("position", source.sha256, _span_key(position.span), position.stance, position.topic, *voice),
            TKG.Position,
        )
        graph.link(iri, TKG.state, iris.state(position.state))
        graph.add(iri, TKG.stance, NamedNode(str(TKGC[position.stance])))
        graph.add(iri, TKG.topic, NamedNode(str(TKGC[position.topic])))
        graph.link(iri, PROV.wasDerivedFrom, stated_in)
        graph.link(iri, TKG.forum, iris.forum(forum) if forum else None)
        _statement_date(graph, iri, date, year)
        graph.add(iri, TKG.extractionRule, position.rule)
        _modality(graph, iri, position.modality, reporter)
        for entity_type, key in position.about:
            graph.link(iri, SCHEMA.about, entity_iri(entity_type, key))
        graph.link(iri, TKG.quote, quote_node(graph, source, position.span, position.quote))
        made.append(iri)
    for stated in participation:
        voice = (stated.state,) if joint else ()
        iri = graph.typed(
            iris.node(
                "stated-participation", source.sha256, _span_key(stated.span), stated.treaty, stated.status, *voice
            ),
            TKG.StatedParticipation,
        )
        graph.link(iri, TKG.state, iris.state(stated.state))
        graph.link(iri, TKG.treaty, iris.treaty(stated.treaty))
        graph.add(iri, TKG.participationStatus, NamedNode(str(TKGC[stated.status])))
        graph.link(iri, PROV.wasDerivedFrom, stated_in)
        _statement_date(graph, iri, date, year)
        _modality(graph, iri, stated.modality, reporter)
        graph.link(iri, TKG.quote, quote_node(graph, source, stated.span, stated.quote))
        made.append(iri)
    return made


def _modality(graph: GraphBuilder, iri: str, modality: str, reporter: str | None) -> None:
    """Whose words the claim is in; a reported claim's reporter."""
    if modality == "reported" and reporter is None:
        raise ValueError(f"{iri}: a reported claim needs its reporter")
    graph.add(iri, TKG.modality, NamedNode(str(TKGC[modality])))
    if modality == "reported":
        graph.link(iri, PROV.wasAttributedTo, reporter)


@map_record.register
def _explanation_of_vote(record: ExplanationOfVoteRecord, graph: GraphBuilder, source: Source) -> str:
    statement = graph.typed(iris.node("statement", source.sha256), TKG.ExplanationOfVote)
    voices = (record.state, *record.joint)
    names = [gazetteer.state(code).short_name for code in voices]
    state_name = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    draft = record.draft
    on = (draft.symbol or draft.partial) if draft else record.title
    called = "Explanation of vote" if record.vote or draft else "Statement"  # a statement on no vote is not called one
    graph.add(statement, RDFS.label, f"{called} by {state_name}" + (f" on {on}" if on else ""), "en")
    for code in voices:
        graph.link(statement, TKG.speaksFor, iris.state(code))
    graph.add(statement, TKG.speakerRule, record.speaker_rule)
    if record.speaker_span is not None:
        graph.link(statement, TKG.speakerEvidence, quote_node(graph, source, record.speaker_span, record.speaker_quote))
    graph.link(statement, TKG.forum, iris.forum(record.body) if record.body else None)
    _statement_date(graph, statement, record.date, record.year)
    if draft:
        graph.add(statement, TKG.symbolAsWritten, draft.as_written)
        graph.add(statement, TKG.symbolReading, draft.note)
        graph.add(statement, TKG.partialSymbol, draft.partial)
    if draft and draft.symbol:
        document = document_node(graph, draft.symbol, TKG.DraftResolution)
        graph.add(document, DCTERMS.title, record.title)
        graph.add(document, TKG.session, draft.symbol.split("/")[2])
        graph.link(statement, DCTERMS.references, document)
        if record.vote and record.body:
            event = vote_event_node(graph, record.body, draft.symbol, TKG.DraftResolution, date=record.date)
            if record.date is None:
                _statement_date(graph, event, None, record.year)
            for code in voices:
                graph.link(statement, TKG.explainsVote, vote_node(graph, event, code, record.vote))
    position_nodes(
        graph, source, statement, record.positions, record.participation, record.body, record.date, record.year
    )
    return statement


@map_record.register
def _letters(record: LetterRecord, graph: GraphBuilder, source: Source) -> str:
    letter_iris = [iris.node("letter", source.sha256, str(letter.span.start)) for letter in record.letters]
    for letter, iri in zip(record.letters, letter_iris):
        graph.typed(iri, TKG.Letter)
        sender = _organisation(graph, letter.sender) if letter.sender else None
        graph.add(iri, RDFS.label, _letter_label(letter.reference, letter.date, letter.sender), "en")
        graph.add(iri, DCTERMS.date, letter.date)
        graph.add(iri, TKG.referenceNumber, letter.reference)
        graph.link(iri, SCHEMA.sender, sender)
        graph.link(iri, TKG.speaksFor, iris.state(letter.speaks_for) if letter.speaks_for else None)
        author = _correspondent(graph, letter.author)
        graph.link(iri, SCHEMA.author, author)
        for post in _posts(graph, author, letter.author.roles):
            graph.link(iri, TKG.authorPost, post)
        recipient = _correspondent(graph, letter.recipient)
        graph.link(iri, SCHEMA.recipient, recipient)
        for post in _posts(graph, recipient, letter.recipient.roles):
            graph.link(iri, TKG.recipientPost, post)
        for index in letter.encloses:
            graph.link(iri, SCHEMA.messageAttachment, letter_iris[index])
        answered = letter.in_reply_to
        if answered:
            replied = graph.typed(
                iris.node("letter", source.sha256, "answered", str(answered.date), letter.recipient.name or ""),
                TKG.Letter,
            )
            graph.add(replied, DCTERMS.date, answered.date)
            graph.add(
                replied,
                RDFS.label,
                "Letter"
                + (f" of {answered.date.isoformat()}" if answered.date else "")
                + (f" from {letter.recipient.name}" if letter.recipient.name else ""),
                "en",
            )
            graph.link(replied, SCHEMA.author, recipient)
            if answered.addressee:
                title = re.sub(r"^(?:the\s+)?(.+?)(?:\s+of\s+.+)?$", r"\1", answered.addressee)
                role = Role(title=title[:1].upper() + title[1:], state=answered.addressee_state)
                for post in _posts(graph, None, (role,)):
                    graph.link(replied, TKG.recipientPost, post)
            graph.link(iri, TKG.inReplyTo, replied)
        position_nodes(graph, source, iri, letter.positions, letter.participation, None, letter.date, None)
    return letter_iris[0]


def _letter_label(reference: str | None, date: dt.date | None, sender: Role | None) -> str:
    label = "Letter" + (f" {reference}" if reference else "") + (f" of {date.isoformat()}" if date else "")
    return label + (f" from {sender.organisation}" if sender and sender.organisation else "")


def _organisation(graph: GraphBuilder, role: Role) -> str | None:
    """The organisation of a role: a reference organisation, the state itself, or one minted by name."""
    if role.organisation_key:
        return iris.organisation(role.organisation_key)
    if not role.organisation:
        return iris.state(role.state) if role.state else None
    iri = graph.typed(iris.organisation(iris.slug(f"{role.state or ''} {role.organisation}")), ORG.Organization)
    graph.add(iri, SKOS.prefLabel, role.organisation, "en")
    graph.link(iri, ORG.subOrganizationOf, iris.state(role.state) if role.state else None)
    return iri


def _correspondent(graph: GraphBuilder, correspondent: Correspondent) -> str | None:
    if not correspondent.name:
        return None
    iri = graph.typed(iris.person(correspondent.name), FOAF.Person)
    graph.add(iri, FOAF.name, correspondent.name)
    return iri


def _posts(graph: GraphBuilder, person: str | None, roles: tuple[Role, ...]) -> list[str]:
    """Each role as an org:Post: its title (rdfs:label), organisation (org:postIn) and holder."""
    posts = []
    for role in roles:
        organisation = _organisation(graph, role)
        iri = graph.typed(iris.node("post", person or "", role.title or "", organisation or ""), ORG.Post)
        graph.add(iri, RDFS.label, role.title, "en")
        graph.link(iri, ORG.postIn, organisation)
        graph.link(iri, ORG.heldBy, person)
        posts.append(iri)
    return posts


# --- third parties' reports (Monitor country profiles) ------------------------------------------


@map_record.register
def _monitor_profile(record: MonitorProfileRecord, graph: GraphBuilder, source: Source) -> str:
    """The profile, and every status, position and vote it reports, each attributed to its reporter."""
    reporter = iris.organisation(record.reporter)
    reporter_name = gazetteer.organisation(record.reporter).name
    profile = graph.typed(iris.node("profile", source.sha256), TKG.CountryProfile)
    label = f"{reporter_name}: {record.title}" + (f" ({record.year})" if record.year else "")
    graph.add(profile, RDFS.label, label, "en")
    graph.link(profile, SCHEMA.about, iris.state(record.state))
    graph.link(profile, TKG.treaty, iris.treaty(record.treaty))
    graph.link(profile, PROV.wasAttributedTo, reporter)
    _statement_date(graph, profile, record.updated, None if record.updated else record.year)
    for claim in record.positions:
        made = position_nodes(graph, source, profile, (claim.position,), (), None, None, claim.year, reporter)
        graph.add(made[0], TKG.citedSource, claim.cited)
    for status in record.statuses:
        made = position_nodes(graph, source, profile, (), (status.status,), None, None, status.year, reporter)
        graph.add(made[0], TKG.citedSource, status.cited)
    for vote in record.votes:
        reported_vote_node(graph, source, profile, reporter, vote)
    return profile


def reported_vote_node(graph: GraphBuilder, source: Source, report: str, reporter: str, vote: ReportedVote) -> str:
    """A state's vote as a report words it, credited to the reporter and quoted; kept apart from the
    recorded vote (opengov:Vote) so that the two can be compared."""
    iri = graph.typed(
        iris.node("reported-vote", source.sha256, _span_key(vote.span), vote.state, vote.option), TKG.ReportedVote
    )
    graph.link(iri, TKG.state, iris.state(vote.state))
    graph.add(iri, OPENGOV.option, NamedNode(str(TKGC[vote.option])))
    if vote.symbol:
        document_class = TKG.DraftResolution if "/L." in vote.symbol else TKG.Resolution
        graph.link(iri, DCTERMS.references, document_node(graph, vote.symbol, document_class))
    _statement_date(graph, iri, vote.date, None if vote.date else vote.year)
    graph.add(iri, TKG.modality, NamedNode(str(TKGC.reported)))
    graph.add(iri, TKG.intended, True if vote.intended else None)
    graph.add(iri, TKG.explained, True if vote.explained else None)
    graph.link(iri, PROV.wasAttributedTo, reporter)
    graph.link(iri, PROV.wasDerivedFrom, report)
    graph.add(iri, TKG.citedSource, vote.cited)
    graph.link(iri, TKG.quote, quote_node(graph, source, vote.span, vote.quote))
    return iri


# --- UN meetings coverage press releases -------------------------------------------------------


@map_record.register
def _press_release(record: PressReleaseRecord, graph: GraphBuilder, source: Source) -> str:
    """The press release, the tallies it gives of votes on whole drafts (recorded totals, sourced to
    it), and the votes and positions it reports of states, each credited to the UN as reporter."""
    reporter = iris.organisation(record.reporter)
    release = document_node(graph, record.symbol, TKG.PressRelease)
    graph.add(release, RDFS.label, f"UN press release {record.symbol}", "en")
    graph.link(release, PROV.wasAttributedTo, reporter)
    graph.add(release, DCTERMS.date, record.date)
    graph.link(release, TKG.forum, iris.forum(record.body))
    for action in record.actions:
        draft = document_node(graph, action.symbol, TKG.DraftResolution)
        graph.add(draft, DCTERMS.title, action.title, "en")
        graph.link(release, SCHEMA.mentions, draft)
        if action.yes is None or action.part is not None:
            continue  # a vote on one paragraph is not the vote on the draft (kept in the record only)
        event = vote_event_node(graph, record.body, action.symbol, TKG.DraftResolution, record.meeting_date)
        count_nodes(graph, source, event, yes=action.yes, no=action.no, abstain=action.abstain)
    for claim in record.positions:
        position_nodes(
            graph, source, release, (claim.position,), (), record.body, record.meeting_date, claim.year, reporter
        )
    for vote in record.votes:
        reported_vote_node(graph, source, release, reporter, vote)
    return release
