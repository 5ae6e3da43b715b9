"""The reference graph: states, treaties, organisations, groups and forums from reference/."""

from __future__ import annotations

from pyoxigraph import NamedNode, Quad
from rdflib.namespace import DCTERMS, SKOS

from treatykg import gazetteer, iris
from treatykg.mapping.core import GraphBuilder
from treatykg.vocab import ELI, ORG, TIME, TKG, WD


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
    un_members = [
        gazetteer.MembershipRef(state=state.alpha3, since=state.valid_from, until=state.valid_until)
        for state in gazetteer.states()
        if state.valid_from
    ]  # each state's UN membership, from its admission: a group listed as of one day counts it only from then
    _memberships(graph, iris.organisation("un"), tuple(un_members))
    for group in gazetteer.groups():
        iri = graph.typed(iris.group(group.key), TKG.StateGroup)
        graph.add(iri, SKOS.prefLabel, group.name, "en")
        graph.add(iri, SKOS.notation, group.key)
        for alias in group.aliases:
            graph.add(iri, SKOS.altLabel, alias, "en")
        for member in group.members:
            graph.link(iri, ORG.hasMember, iris.state(member))
        _memberships(graph, iri, group.members_during)
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
        graph.add(iri, SKOS.notation, organisation.key)
        for alias in organisation.aliases:
            graph.add(iri, SKOS.altLabel, alias, "en")
        if organisation.wikidata:
            graph.link(iri, SKOS.exactMatch, str(WD[organisation.wikidata]))
        for member in organisation.members:
            graph.link(iri, ORG.hasMember, iris.state(member))
        _memberships(graph, iri, organisation.members_during)
    for forum in gazetteer.forums():
        iri = graph.typed(iris.forum(forum.key), TKG.Forum)
        graph.add(iri, SKOS.prefLabel, forum.name, "en")
        for alias in forum.aliases:
            graph.add(iri, SKOS.altLabel, alias, "en")
        graph.link(iri, ORG.subOrganizationOf, iris.forum(forum.parent) if forum.parent else None)
        graph.link(iri, TKG.treaty, iris.treaty(forum.treaty) if forum.treaty else None)
    return graph.quads


def _memberships(graph: GraphBuilder, owner: str, members: tuple[gazetteer.MembershipRef, ...]) -> None:
    """Dated memberships in W3C ORG with OWL-Time: an org:Membership whose org:memberDuring interval
    begins (and, for a state that left, ends) on a day, so a statement made in the group's name counts
    only for the states that were members that day. org:hasMember says only "was a member"."""
    for member in members:
        iri = graph.typed(iris.membership(owner, member.state), ORG.Membership)
        graph.link(iri, ORG.member, iris.state(member.state))
        graph.link(iri, ORG.organization, owner)
        during = graph.typed(f"{iri}/during", TIME.Interval)
        graph.link(iri, ORG.memberDuring, during)
        ends = ((TIME.hasBeginning, "since", member.since), (TIME.hasEnd, "until", member.until))
        for edge, name, day in ends:
            if day:
                instant = graph.typed(f"{during}/{name}", TIME.Instant)
                graph.link(during, edge, instant)
                graph.add(instant, TIME.inXSDDate, day)
