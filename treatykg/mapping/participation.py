"""Treaty participation: UN Treaty Collection status tables, participation acts, declarations."""

from __future__ import annotations

import datetime as dt

from pyoxigraph import NamedNode
from rdflib.namespace import DCTERMS, SKOS

from treatykg import iris
from treatykg.mapping.core import GraphBuilder, Source, map_record, quote_node
from treatykg.records import Declaration, StatusTableRecord
from treatykg.vocab import ELI, PROV, TKG, TKGC


@map_record.register
def _status_table(record: StatusTableRecord, graph: GraphBuilder, source: Source) -> str:
    treaty = iris.treaty(record.treaty)
    if not record.known_treaty:
        graph.typed(treaty, TKG.Treaty)
        graph.add(treaty, SKOS.prefLabel, record.title or _citation(record), "en")
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


def _citation(record: StatusTableRecord) -> str:
    """The name of a treaty whose table gives no title (recorded as missing): how the table cites it."""
    if record.registration_number is not None:
        return f"Treaty registered with the United Nations under No. {record.registration_number}"
    return f"Treaty {record.mtdsg_no or record.treaty} of the Secretary-General's depositary record"


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
