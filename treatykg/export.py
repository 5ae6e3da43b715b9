"""Export: the store as Turtle, TriG, N-Quads or JSON-LD, byte-identical for the same content."""

from __future__ import annotations

from pyoxigraph import Quad, RdfFormat, Store, serialize

from treatykg.vocab import PREFIXES

FORMATS = {
    "turtle": RdfFormat.TURTLE,
    "trig": RdfFormat.TRIG,
    "nquads": RdfFormat.N_QUADS,
    "ntriples": RdfFormat.N_TRIPLES,
    "jsonld": RdfFormat.JSON_LD,
}
GRAPHLESS = {"turtle", "ntriples"}


def _key(quad: Quad) -> tuple[str, str, str, str]:
    return (str(quad.graph_name), str(quad.subject), str(quad.predicate), str(quad.object))


def export(store: Store, fmt: str) -> bytes:
    """Serialize the store. Turtle and N-Triples hold the union of all graphs (without duplicates);
    the others keep one named graph per source. Statements are sorted, so output is reproducible."""
    quads = sorted(store, key=_key)
    if fmt in GRAPHLESS:
        triples = sorted({quad.triple for quad in quads}, key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))
        data = triples
    else:
        data = quads
    prefixes = PREFIXES if fmt in ("turtle", "trig") else None
    return serialize(data, format=FORMATS[fmt], prefixes=prefixes)
