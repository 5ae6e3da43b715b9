"""A state's own words: explanations of vote and statements, letters, and the positions and stated participation quoted from them."""

from __future__ import annotations

import datetime as dt

from pyoxigraph import NamedNode
from rdflib.namespace import DCTERMS, FOAF, RDFS, SKOS

from treatykg import gazetteer, iris
from treatykg.mapping.core import (
    GraphBuilder,
    Source,
    claim_modality,
    document_node,
    entity_iri,
    map_record,
    quote_node,
    span_key,
    statement_date,
)
from treatykg.mapping.votes import vote_event_node, vote_node
from treatykg.records import (
    Correspondent,
    ExplanationOfVoteRecord,
    LetterRecord,
    PositionMention,
    Role,
    StatedParticipationMention,
)
from treatykg.vocab import ORG, PROV, SCHEMA, TKG, TKGC


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
            iris.node("position", source.sha256, span_key(position.span), position.stance, position.topic, *voice),
            TKG.Position,
        )
        if position.by_group:  # a group of states speaking as one: the group's position, no state's
            graph.link(iri, TKG.group, iris.voice(position.state))
        else:
            graph.link(iri, TKG.state, iris.state(position.state))
        graph.add(iri, TKG.stance, NamedNode(str(TKGC[position.stance])))
        graph.add(iri, TKG.topic, NamedNode(str(TKGC[position.topic])))
        graph.link(iri, PROV.wasDerivedFrom, stated_in)
        graph.link(iri, TKG.forum, iris.forum(forum) if forum else None)
        statement_date(graph, iri, date, year)
        graph.add(iri, TKG.extractionRule, position.rule)
        claim_modality(graph, iri, position.modality, reporter)
        for entity_type, key in position.about:
            graph.link(iri, SCHEMA.about, entity_iri(entity_type, key))
        graph.link(iri, TKG.quote, quote_node(graph, source, position.span, position.quote))
        made.append(iri)
    for stated in participation:
        voice = (stated.state,) if joint else ()
        iri = graph.typed(
            iris.node(
                "stated-participation", source.sha256, span_key(stated.span), stated.treaty, stated.status, *voice
            ),
            TKG.StatedParticipation,
        )
        graph.link(iri, TKG.state, iris.state(stated.state))
        graph.link(iri, TKG.treaty, iris.treaty(stated.treaty))
        graph.add(iri, TKG.participationStatus, NamedNode(str(TKGC[stated.status])))
        graph.link(iri, PROV.wasDerivedFrom, stated_in)
        statement_date(graph, iri, date, year)
        claim_modality(graph, iri, stated.modality, reporter)
        graph.link(iri, TKG.quote, quote_node(graph, source, stated.span, stated.quote))
        made.append(iri)
    return made


@map_record.register
def _explanation_of_vote(record: ExplanationOfVoteRecord, graph: GraphBuilder, source: Source) -> str:
    statement = graph.typed(iris.node("statement", source.sha256), TKG.ExplanationOfVote)
    voices = (record.state, *record.joint)
    names = [
        f"the {gazetteer.voice(code).name}" if record.by_group else gazetteer.state(code).short_name for code in voices
    ] + [f"the {gazetteer.voice(key).name}" for key in record.joint_groups]
    state_name = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    draft = record.draft
    on = (draft.symbol or draft.partial) if draft else record.title
    called = "Explanation of vote" if record.vote or draft else "Statement"  # a statement on no vote is not called one
    graph.add(statement, RDFS.label, f"{called} by {state_name}" + (f" on {on}" if on else ""), "en")
    for code in voices:
        graph.link(statement, TKG.speaksFor, iris.voice(code) if record.by_group else iris.state(code))
    for key in record.joint_groups:  # a group listed beside the states; its members vote one by one
        graph.link(statement, TKG.speaksFor, iris.voice(key))
    graph.add(statement, TKG.speakerRule, record.speaker_rule)
    graph.link(statement, TKG.deliveredBy, iris.state(record.delivered_by) if record.delivered_by else None)
    graph.add(statement, TKG.deliveryRule, record.delivered_rule)
    if record.speaker_span is not None:
        graph.link(statement, TKG.speakerEvidence, quote_node(graph, source, record.speaker_span, record.speaker_quote))
    graph.link(statement, TKG.forum, iris.forum(record.body) if record.body else None)
    statement_date(graph, statement, record.date, record.year)
    if draft:
        graph.add(statement, TKG.symbolAsWritten, draft.as_written)
        graph.add(statement, TKG.symbolReading, draft.note)
        graph.add(statement, TKG.partialSymbol, draft.partial)
    explained = [(draft, record.vote, record.title)] + [(more.draft, more.vote, None) for more in record.also_explains]
    for reading, vote, title in explained:
        if reading and reading.symbol:
            _explained_draft(graph, record, statement, voices, reading.symbol, vote, title)
    position_nodes(
        graph, source, statement, record.positions, record.participation, record.body, record.date, record.year
    )
    return statement


def _explained_draft(
    graph: GraphBuilder,
    record: ExplanationOfVoteRecord,
    statement: str,
    voices: tuple[str, ...],
    symbol: str,
    vote: str | None,
    title: str | None,
) -> None:
    """A draft the statement explains: referenced, and the speakers' votes on it where the statement gives them."""
    document = document_node(graph, symbol, TKG.DraftResolution)
    graph.add(document, DCTERMS.title, title)
    graph.add(document, TKG.session, symbol.split("/")[2])
    graph.link(statement, DCTERMS.references, document)
    if vote and record.body:
        event = vote_event_node(graph, record.body, symbol, TKG.DraftResolution, date=record.date)
        if record.date is None:
            statement_date(graph, event, None, record.year)
        for code in voices:
            graph.link(statement, TKG.explainsVote, vote_node(graph, event, code, vote))


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
        for code in (letter.speaks_for, *letter.jointly_with) if letter.speaks_for else ():
            graph.link(iri, TKG.speaksFor, iris.voice(code) if letter.by_group else iris.state(code))
        graph.link(iri, TKG.deliveredBy, iris.state(letter.delivered_by) if letter.delivered_by else None)
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
            if answered.addressee_title:
                role = Role(title=answered.addressee_title, state=answered.addressee_state)
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
