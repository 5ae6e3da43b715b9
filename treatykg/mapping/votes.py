"""Votes: vote events, each state's vote, recorded totals (opengov), UN Digital Library and Voeten records."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from pyoxigraph import NamedNode, Quad
from rdflib.namespace import DCTERMS, RDFS

from treatykg import iris
from treatykg.mapping.core import RDF_TYPE, GraphBuilder, Source, document_node, map_record, state_node
from treatykg.mapping.resolutions import describe_resolution, plenary_node
from treatykg.records import VoteEventRecord, VotingDataRecord
from treatykg.vocab import OPENGOV, SCHEMA, TKG, TKGC, term


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
            Quad(node, RDF_TYPE, kind, name),
            Quad(node, on_event, event_node, name),
            Quad(node, voter, state_node(alpha3), name),
            Quad(node, chose, terms[option], name),
        )


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
