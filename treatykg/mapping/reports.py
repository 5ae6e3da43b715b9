"""Third parties' accounts: Monitor country profiles, UN press releases, and the votes they report."""

from __future__ import annotations

from pyoxigraph import NamedNode
from rdflib.namespace import DCTERMS, RDFS

from treatykg import gazetteer, iris
from treatykg.mapping.core import GraphBuilder, Source, document_node, map_record, quote_node, span_key, statement_date
from treatykg.mapping.statements import position_nodes
from treatykg.mapping.votes import count_nodes, vote_event_node
from treatykg.records import MonitorProfileRecord, PressReleaseRecord, ReportedVote
from treatykg.vocab import OPENGOV, PROV, SCHEMA, TKG, TKGC


@map_record.register
def _monitor_profile(record: MonitorProfileRecord, graph: GraphBuilder, source: Source) -> str:
    """The profile, and every status, position and vote it reports, each attributed to its reporter."""
    reporter = iris.organisation(record.reporter)
    reporter_name = gazetteer.organisation(record.reporter).name
    profile = graph.typed(iris.node("profile", source.sha256), TKG.CountryProfile)
    year = None if record.year_derived else record.year  # a year guessed from the years the text names is not stated
    label = f"{reporter_name}: {record.title}" + (f" ({year})" if year else "")
    graph.add(profile, RDFS.label, label, "en")
    graph.link(profile, SCHEMA.about, iris.state(record.state))
    graph.link(profile, TKG.treaty, iris.treaty(record.treaty))
    graph.link(profile, PROV.wasAttributedTo, reporter)
    statement_date(graph, profile, record.updated, None if record.updated else year)
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
        iris.node("reported-vote", source.sha256, span_key(vote.span), vote.state, vote.option), TKG.ReportedVote
    )
    graph.link(iri, TKG.state, iris.state(vote.state))
    graph.add(iri, OPENGOV.option, NamedNode(str(TKGC[vote.option])))
    if vote.symbol:
        document_class = TKG.DraftResolution if "/L." in vote.symbol else TKG.Resolution
        graph.link(iri, DCTERMS.references, document_node(graph, vote.symbol, document_class))
    statement_date(graph, iri, vote.date, None if vote.date else vote.year)
    graph.add(iri, TKG.modality, NamedNode(str(TKGC.reported)))
    graph.add(iri, TKG.intended, True if vote.intended else None)
    graph.add(iri, TKG.explained, True if vote.explained else None)
    graph.link(iri, PROV.wasAttributedTo, reporter)
    graph.link(iri, PROV.wasDerivedFrom, report)
    graph.add(iri, TKG.citedSource, vote.cited)
    graph.link(iri, TKG.quote, quote_node(graph, source, vote.span, vote.quote))
    return iri


@map_record.register
def _press_release(record: PressReleaseRecord, graph: GraphBuilder, source: Source) -> str:
    """The press release, the tallies it gives of votes on whole drafts (recorded totals, sourced to
    it), and the votes and positions it reports of states, each credited to the UN as reporter."""
    reporter = iris.organisation(record.reporter)
    release = document_node(graph, record.symbol, TKG.PressRelease)
    graph.add(release, RDFS.label, f"UN press release {record.symbol}", "en")
    graph.link(release, PROV.wasAttributedTo, reporter)
    graph.add(release, DCTERMS.date, record.date)
    graph.link(release, TKG.forum, iris.forum(record.body) if record.body else None)
    for action in record.actions:
        # what was voted on: a draft, or the resolution a Security Council release names for want of its draft
        acted_on = TKG.Resolution if "/RES/" in action.symbol else TKG.DraftResolution
        draft = document_node(graph, action.symbol, acted_on)
        graph.add(draft, DCTERMS.title, action.title, "en")
        graph.link(release, SCHEMA.mentions, draft)
        if action.yes is None or action.part is not None or record.body is None:
            continue  # a vote on one paragraph is not the vote on the draft (kept in the record only); nor one of no body
        event = vote_event_node(graph, record.body, action.symbol, acted_on, record.meeting_date)
        count_nodes(graph, source, event, yes=action.yes, no=action.no, abstain=action.abstain)
    for claim in record.positions:
        position_nodes(
            graph, source, release, (claim.position,), (), record.body, record.meeting_date, claim.year, reporter
        )
    for vote in record.votes:
        reported_vote_node(graph, source, release, reporter, vote)
    return release
