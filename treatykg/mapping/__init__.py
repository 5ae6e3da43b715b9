"""Records to RDF: one named graph per source document, with provenance; plus the reference graph.

The mapping knows the ontology, not file formats. It emits pyoxigraph quads; every node has a
deterministic IRI (no blank nodes), so the same records always give the same quads.

One module per record family, each registering its records with ``map_record``: ``core`` (the
graph builder, a source's provenance, shared nodes), ``reference``, ``resolutions``, ``votes``,
``participation``, ``statements`` (a state's own words), ``reports`` (third parties' accounts).
Imports run core <- resolutions <- votes <- statements <- reports; participation and reference
import core only.
"""

from __future__ import annotations

import datetime as dt

from treatykg.mapping import participation, reference, reports, resolutions, statements, votes
from treatykg.mapping.core import GraphBuilder, Source, lit, map_record, map_records, map_source
from treatykg.mapping.reference import reference_quads
from treatykg.mapping.votes import vote_event_node, vote_node

__all__ = [
    "GraphBuilder",
    "Source",
    "dt",
    "lit",
    "map_record",
    "map_records",
    "map_source",
    "participation",
    "reference",
    "reference_quads",
    "reports",
    "resolutions",
    "statements",
    "vote_event_node",
    "vote_node",
    "votes",
]
