"""General Assembly resolutions: the document, its paragraphs and footnotes, what it recalls and names, its plenary meeting."""

from __future__ import annotations

import datetime as dt

from pyoxigraph import NamedNode
from rdflib.namespace import DCTERMS, RDFS

from treatykg import gazetteer, iris, un_symbols
from treatykg.mapping.core import (
    GraphBuilder,
    Source,
    document_node,
    entity_iri,
    map_record,
    meeting_node,
    ordinal_suffix,
    span_key,
)
from treatykg.records import ResolutionRecord
from treatykg.vocab import CITO, PROV, SCHEMA, TKG, TKGC


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
    if record.part_of:  # a lettered part (49/75 A) of the resolution 49/75, with that resolution's own title
        whole = document_node(graph, record.part_of, TKG.Resolution)
        graph.link(doc, DCTERMS.isPartOf, whole)
        graph.add(whole, DCTERMS.title, record.part_of_title)
        graph.add(whole, TKG.session, record.session)
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
        iri = graph.typed(iris.node("count", part_symbol, count.treaty, span_key(count.span)), TKG.MembershipCount)
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
        f"{ordinal_suffix(number)} plenary meeting of the General Assembly, session {session}",
        "en",
    )
    return meeting
