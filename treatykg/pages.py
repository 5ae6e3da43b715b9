"""Entity pages: every IRI under the base answers as HTML (for people) or RDF (for programs).

A page is a few SPARQL queries (``web/queries/*.rq``, the entity bound as an RDF term by the same
VALUES-block binding as the saved queries) rendered by Jinja templates with autoescaping. A
state's page shows its treaty participation, a chart of its votes and its positions; a
document's page its paragraphs and votes; every page ends with all statements about the entity.
Sections with no data say so.
"""

from __future__ import annotations

import html
from functools import cache
from importlib.resources import files

from jinja2 import Environment, PackageLoader
from pyoxigraph import NamedNode

from treatykg import iris
from treatykg.query import SavedQuery, bound_text, parse_saved
from treatykg.vocab import ONTOLOGY_IRI
from treatykg.workers import Job

RDF_MEDIA = {"text/turtle": "turtle", "application/ld+json": "jsonld", "application/n-triples": "ntriples"}
KINDS = {ONTOLOGY_IRI + "State": "state", ONTOLOGY_IRI + "Resolution": "document",
         ONTOLOGY_IRI + "UNDocument": "document", ONTOLOGY_IRI + "DraftResolution": "document",
         ONTOLOGY_IRI + "Report": "document"}
SECTIONS = {  # the queries behind each kind of page
    "state": ("state-participation", "state-votes", "state-positions"),
    "document": ("document-summary", "document-paragraphs", "document-vote-events", "document-votes"),
    "entity": (),
}
OPTIONS = ("yes", "no", "abstain", "non-voting")  # the lanes of the vote chart, top to bottom
COLOURS = {"yes": "#2e7d32", "no": "#c62828", "abstain": "#f9a825", "non-voting": "#9e9e9e"}


def local(iri: str) -> str:
    """Where an IRI is browsed: its path on this server when it is under the base, else itself."""
    return "/" + iri[len(iris.base()):] if iri.startswith(iris.base() + "id/") else iri


def templates() -> Environment:
    env = Environment(loader=PackageLoader("treatykg", "web/templates"), autoescape=True)
    env.filters["local"] = local
    return env


@cache
def page_query(name: str) -> SavedQuery:
    path = files("treatykg") / "web" / "queries" / f"{name}.rq"
    return parse_saved(name, path.read_text(encoding="utf-8"))


def _bound(name: str, iri: str) -> str:
    query = page_query(name)
    return bound_text(query.text, {"entity": NamedNode(iri)}, query.params)


def _rows(server, name: str, iri: str) -> list[dict[str, str]]:
    """A page query's rows, each value by its lexical form (IRIs as IRIs)."""
    return [{key: value["value"] for key, value in row.items()} for row in server.select(_bound(name, iri))]


def vote_chart(votes: list[dict[str, str]]) -> dict:
    """Positions for an SVG dot chart: one dot per vote, in date order, in its option's lane."""
    step, left, lane = 28, 110, 30
    dots = [{"x": left + index * step, "y": 20 + OPTIONS.index(vote["option"]) * lane,
             "colour": COLOURS[vote["option"]], "href": local(vote["document"]),
             "title": f"{vote.get('symbol', vote['document'])} ({vote.get('date', 'date unknown')}): {vote['option']}"}
            for index, vote in enumerate(v for v in votes if v.get("option") in OPTIONS)]
    lanes = [{"label": option, "y": 20 + index * lane, "count": sum(1 for v in votes if v.get("option") == option)}
             for index, option in enumerate(OPTIONS)]
    return {"dots": dots, "lanes": lanes, "width": left + max(len(dots), 1) * step + 20,
            "height": 20 + len(OPTIONS) * lane}


def render(iri: str, fmt: str, server, client: str = "server") -> tuple[int, bytes]:
    """The entity's page (status, body): HTML, or its statements in an RDF format."""
    try:
        NamedNode(iri)
    except ValueError:
        return 404, f"not an IRI: {html.escape(iri) if fmt == 'html' else iri}\n".encode()
    if fmt != "html":
        answer = server.run(Job(_bound("entity-graph", iri), fmt, server.settings.max_rows), client)
        return 200, answer.body
    types = [row["type"] for row in _rows(server, "entity-types", iri)]
    statements = _rows(server, "entity-statements", iri)
    label = next(iter(_rows(server, "entity-label", iri)), {}).get("label", iri.rsplit("/id/", 1)[-1])
    kind = next((KINDS[t] for t in types if t in KINDS), "entity")
    sections = {name.split("-", 1)[1].replace("-", "_"): _rows(server, name, iri) for name in SECTIONS[kind]}
    if kind == "state":
        sections["chart"] = vote_chart(sections["votes"])
    page = server.templates.get_template(f"{kind}.html").render(
        iri=iri, label=label, types=types, statements=statements, found=bool(types or statements), **sections)
    return (200 if types or statements else 404), page.encode()
