"""Entity pages: every IRI of the dataset answers as HTML (for people) or RDF (for programs).

A page is a few SPARQL queries (``web/queries/*.rq``, the entity bound as an RDF term by the same
VALUES-block binding as the saved queries) rendered by Jinja templates with autoescaping. A
state's page shows its treaty participation, a chart of its votes on a time axis and its
positions; a treaty's page the parties and signatories on a date, a step chart of its parties
over time and the resolutions about it; a document's page its paragraphs, votes and what it
recalls and is recalled by; every page ends with all statements about the entity, properties by
their labels. Sections with no data say so.

Besides ``/id/…``, the named graphs (``/graph/…`` and the sources under ``/id/source/…``), the
ontology (``/ontology``, whose terms are its fragments ``#State`` …) and its concepts
(``/ontology/concept/…``) dereference. The RDF of an entity is its concise bounded description,
each statement once; an IRI the graph says nothing about is 404 in every format.
"""

from __future__ import annotations

import datetime as dt
import html
import math
from functools import cache
from importlib.resources import files
from typing import Any

from jinja2 import Environment, PackageLoader
from pyoxigraph import Literal, NamedNode

from treatykg import gazetteer, iris
from treatykg.errors import InputError, NotFound
from treatykg.query import Param, Resolver, SavedQuery, bind, bound_text, parse_saved, saved_queries
from treatykg.vocab import ONTOLOGY_IRI, PREFIXES, TKGC
from treatykg.workers import Job

RDF_MEDIA = {"text/turtle": "turtle", "application/ld+json": "jsonld", "application/n-triples": "ntriples"}
KINDS = {
    ONTOLOGY_IRI + "State": "state",
    ONTOLOGY_IRI + "Treaty": "treaty",
    ONTOLOGY_IRI + "Resolution": "document",
    ONTOLOGY_IRI + "UNDocument": "document",
    ONTOLOGY_IRI + "DraftResolution": "document",
    ONTOLOGY_IRI + "Report": "document",
    ONTOLOGY_IRI + "StateGroup": "group",
}
SECTIONS = {  # the queries behind each kind of page
    "state": ("state-participation", "state-votes", "entity-positions"),
    "treaty": ("treaty-acts", "treaty-resolutions"),
    "document": (
        "document-summary",
        "document-paragraphs",
        "document-vote-events",
        "document-votes",
        "document-recalls",
    ),
    "group": ("entity-positions",),
    "entity": ("concept-members",),
}
OPTIONS = ("yes", "no", "abstain", "non-voting")  # the lanes of the vote chart, top to bottom
COLOURS = {"yes": "#2e7d32", "no": "#c62828", "abstain": "#e0a100", "non-voting": "#8a8a8a"}
CONCEPTS = str(TKGC)
ONTOLOGY_DOCUMENT = ONTOLOGY_IRI.rstrip("#")


# --- IRIs and where they are browsed --------------------------------------------------------


def local(iri: str) -> str:
    """Where an IRI is browsed: its path on this server when the server serves it, else itself."""
    base = iris.base()
    if iri.startswith((base + "id/", base + "graph/")):
        return "/" + iri[len(base) :]
    if iri.startswith(CONCEPTS):
        return "/ontology/concept/" + iri[len(CONCEPTS) :]
    if iri.startswith(ONTOLOGY_IRI):
        return "/ontology#" + iri[len(ONTOLOGY_IRI) :]
    if iri == ONTOLOGY_DOCUMENT:
        return "/ontology"
    return iri


def iri_at(path: str) -> str:
    """The IRI a path of this server stands for (the inverse of ``local``); ``path`` as sent,
    percent-encoding kept."""
    path = path.split("?")[0]
    if path.startswith("/ontology/concept/"):
        return CONCEPTS + path[len("/ontology/concept/") :]
    return iris.base() + path.lstrip("/")


def curie(iri: str) -> str:
    """The IRI as prefix:name with the project's prefixes (the longest namespace wins), else itself."""
    best = max((ns for ns in PREFIXES.values() if iri.startswith(ns) and len(iri) > len(ns)), key=len, default=None)
    if best is None:
        return iri
    prefix = next(name for name, ns in PREFIXES.items() if ns == best)
    return f"{prefix}:{iri[len(best) :]}"


def templates() -> Environment:
    env = Environment(loader=PackageLoader("treatykg", "web/templates"), autoescape=True)
    env.filters["local"] = local
    env.filters["curie"] = curie
    return env


# --- running page queries -------------------------------------------------------------------


@cache
def page_query(name: str) -> SavedQuery:
    path = files("treatykg") / "web" / "queries" / f"{name}.rq"
    return parse_saved(name, path.read_text(encoding="utf-8"))


def _bound(name: str, iri: str, **more) -> str:
    query = page_query(name)
    return bound_text(query.text, {"entity": NamedNode(iri), **more}, query.params)


def _plain(rows: list[dict]) -> list[dict[str, str]]:
    return [{key: value["value"] for key, value in row.items()} for row in rows]


def _rows(server, name: str, iri: str) -> list[dict[str, str]]:
    """A page query's rows, each value by its lexical form (IRIs as IRIs)."""
    return _plain(server.select(_bound(name, iri)))


def graph_size(server, iri: str) -> int | None:
    """How many statements the named graph ``iri`` holds; None when it is not a named graph."""
    return dict(server.current_stats().graphs).get(iri)


# --- saved queries with parameters, for the form on / ------------------------------------------


def resolver(server) -> Resolver:
    """The CLI's resolution of names ("Pakistan", "PAK", "CCM", a symbol …), asking the server's store."""
    return Resolver(server._ask)


def bound_saved(server, name: str, given: dict[str, str]) -> str:
    """The saved query ``name`` with the given parameters resolved and bound as RDF terms, as the CLI
    binds them; InputError (one line naming the parameter) for a value that does not resolve or a
    required parameter not given, NotFound for an unknown query."""
    saved = saved_queries().get(name)
    if saved is None:
        raise NotFound(f"no saved query named {name[:100]!r}")
    given = {key: value for key, value in given.items() if value.strip()}
    try:
        bindings = bind(saved, given, resolver(server))
    except InputError as error:
        raise InputError(str(error).removeprefix("--param ")) from None
    return bound_text(saved.text, bindings, saved.params)


# --- charts ------------------------------------------------------------------------------------


def _day(text: str | None) -> dt.date | None:
    """A date from its lexical form (a year alone is its first day); None when there is none."""
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        return dt.date(int(text[:4]), 1, 1) if text[:4].isdigit() else None


class TimeAxis:
    """A linear time scale from the first day of ``first``'s year to the last of ``last``'s, with year ticks."""

    def __init__(self, first: dt.date, last: dt.date, left: float, width: float):
        self.start, self.end = dt.date(first.year, 1, 1), dt.date(last.year + 1, 1, 1)
        self.left, self.width = left, width

    def x(self, day: dt.date) -> float:
        span = (self.end - self.start).days
        return round(self.left + self.width * (day - self.start).days / span, 1)

    def ticks(self) -> list[dict]:
        years = self.end.year - self.start.year
        step = next(s for s in (1, 2, 5, 10, 20, 50, 100) if years / s <= 12)
        return [
            {"x": self.x(dt.date(year, 1, 1)), "label": str(year)}
            for year in range(self.start.year, self.end.year + 1)
            if year % step == 0 or years < step
        ]


def vote_chart(votes: list[dict[str, str]], width: int = 900) -> dict:
    """An SVG strip chart of a state's votes on a time axis: one lane per option; the votes of a lane
    that fall within a few pixels of each other make one bar, as tall as there are votes in it (scaled
    to the fullest bar), so that hundreds of votes stay readable."""
    left, lane, bin_px = 130, 46, 6
    dated = [(day, vote) for vote in votes if vote.get("option") in OPTIONS and (day := _day(vote.get("date")))]
    if not dated:
        return {"bars": [], "lanes": [], "undated": len(votes)}
    axis = TimeAxis(min(d for d, _ in dated), max(d for d, _ in dated), left, width)
    bins: dict[tuple[str, int], list] = {}
    for day, vote in dated:
        bins.setdefault((vote["option"], int((axis.x(day) - left) // bin_px)), []).append((day, vote))
    fullest = max(len(group) for group in bins.values())
    bars = []
    for (option, index), group in sorted(bins.items(), key=lambda item: (OPTIONS.index(item[0][0]), item[0][1])):
        height = max(4.0, round((lane - 10) * math.sqrt(len(group) / fullest), 1))
        bottom = 20 + (OPTIONS.index(option) + 1) * lane - 6
        days = sorted(day for day, _ in group)
        span = days[0].isoformat() if days[0] == days[-1] else f"{days[0]} to {days[-1]}"
        symbols = [vote.get("symbol") or vote["document"] for _, vote in sorted(group, key=lambda g: g[0])]
        listed = ", ".join(symbols[:8]) + (f" and {len(symbols) - 8} more" if len(symbols) > 8 else "")
        bars.append(
            {
                "x": left + index * bin_px,
                "y": round(bottom - height, 1),
                "width": bin_px - 1,
                "height": height,
                "colour": COLOURS[option],
                "option": option,
                "count": len(group),
                "href": local(group[0][1]["document"]) if len(group) == 1 else None,
                "title": f"{span}: {len(group)} {option} — {listed}",
            }
        )
    lanes = [
        {"label": option, "y": 20 + index * lane, "count": sum(1 for _, v in dated if v["option"] == option)}
        for index, option in enumerate(OPTIONS)
    ]
    return {
        "bars": bars,
        "lanes": lanes,
        "ticks": axis.ticks(),
        "left": left,
        "lane": lane,
        "width": left + width + 20,
        "height": 20 + len(OPTIONS) * lane + 24,
        "axis_y": 20 + len(OPTIONS) * lane,
        "undated": len(votes) - len(dated),
        "fullest": fullest,
        "days_per_bar": max(1, round((axis.end - axis.start).days * bin_px / width)),
    }


def party_steps(acts: list[dict[str, str]]) -> list[tuple[dt.date, int]]:
    """(date, number of parties) at each date the number changes. A state is a party on a day when
    its latest consent to be bound up to then is later than its latest withdrawal up to then (as in
    the saved query ``participation``)."""
    by_day: dict[dt.date, list[dict]] = {}
    for act in acts:
        if act.get("kind") in ("consent", "withdrawal") and (day := _day(act["date"])):
            by_day.setdefault(day, []).append(act)
    latest: dict[str, dict[str, dt.date]] = {}  # state -> kind -> its latest date so far
    steps, previous = [], 0
    for day in sorted(by_day):
        for act in by_day[day]:
            latest.setdefault(act["state"], {})[act["kind"]] = day
        count = sum(
            1 for seen in latest.values() if seen.get("consent", dt.date.min) > seen.get("withdrawal", dt.date.min)
        )
        if count != previous:
            steps.append((day, count))
            previous = count
    return steps


def party_chart(acts: list[dict[str, str]], until: dt.date, width: int = 900, height: int = 220) -> dict:
    """An SVG step chart of the number of parties by date, to ``until``: a point at each change."""
    steps = party_steps(acts)
    if not steps:
        return {"points": []}
    left, top = 60, 16
    axis = TimeAxis(steps[0][0], max(until, steps[-1][0]), left, width)
    most = max(count for _, count in steps)
    scale = (height - top - 30) / most

    def y(count: int) -> float:
        return round(height - 30 - count * scale, 1)

    points = [{"x": axis.x(day), "y": y(count), "date": day.isoformat(), "count": count} for day, count in steps]
    path = f"M {axis.x(axis.start)} {y(0)}" + "".join(f" H {p['x']} V {p['y']}" for p in points)
    path += f" H {axis.x(max(until, steps[-1][0]))}"
    levels = sorted({0, most, *([most // 2] if most >= 4 else [])})
    return {
        "points": points,
        "path": path,
        "ticks": axis.ticks(),
        "left": left,
        "width": left + width + 20,
        "height": height,
        "axis_y": height - 30,
        "levels": [{"y": y(n), "label": n} for n in levels],
    }


# --- the pages -----------------------------------------------------------------------------------


def _not_found(iri: str, fmt: str, server) -> tuple[int, bytes, str]:
    if fmt == "html":
        page = server.templates.get_template("entity.html").render(
            iri=iri, label=iri, types=[], statements=[], found=False
        )
        return 404, page.encode(), "html"
    return 404, f"the graph holds no statements about {iri}\n".encode(), "text"


def _treaty_sections(server, iri: str, options: dict[str, str], sections: dict) -> None:
    """Parties and signatories on the date asked for (today when none), and the chart to that date."""
    try:
        as_of = resolver(server).resolve(Param("on", "date"), options.get("on") or "today")
    except InputError as error:
        raise InputError(str(error).removeprefix("--param ")) from None
    saved = saved_queries()["participation"]
    rows = _plain(server.select(bound_text(saved.text, {"treaty": NamedNode(iri), "as_of": as_of}, saved.params)))
    sections["on"] = as_of.value
    sections["standing"] = rows
    sections["counts"] = {
        status: sum(1 for r in rows if r.get("status") == status)
        for status in ("party", "provisional", "signatory", "withdrawn")
    }
    sections["complete"] = all(r.get("complete") == "true" for r in rows)
    sections["chart"] = party_chart(sections["acts"], max(dt.date.today(), dt.date.fromisoformat(as_of.value)))


def render(
    iri: str, fmt: str, server, client: str = "server", options: dict[str, str] | None = None
) -> tuple[int, bytes, str]:
    """The entity's page (status, body, format): HTML, or its concise bounded description in an RDF
    format; 404 (a line of text for RDF) when the graph says nothing about it. ``options`` are the
    page's own parameters (``on``: the date of a treaty's parties). InputError for a bad option."""
    options = options or {}
    try:
        NamedNode(iri)
    except ValueError:
        return 404, f"not an IRI: {html.escape(iri) if fmt == 'html' else iri}\n".encode(), "text"
    size = graph_size(server, iri)
    if size is None and not _rows(server, "entity-exists", iri):
        return _not_found(iri, fmt, server)
    if fmt != "html":
        more = {"size": Literal(size)} if size is not None else {}
        answer = server.run(Job(_bound("entity-graph", iri, **more), fmt, server.settings.max_rows), client)
        return 200, answer.body, fmt
    types = _rows(server, "entity-types", iri)
    statements = _rows(server, "entity-statements", iri)
    label = next(iter(_rows(server, "entity-label", iri)), {}).get("label", iri.rsplit("/", 1)[-1])
    kind = next((KINDS[t["type"]] for t in types if t["type"] in KINDS), "entity")
    if kind == "entity" and _speaks_for_members(iri):
        kind = "group"  # an organisation of states one delegation speaks for ("the European Union")
    sections: dict[str, Any] = {
        name.split("-", 1)[1].replace("-", "_"): _rows(server, name, iri) for name in SECTIONS[kind]
    }
    if kind == "state":
        sections["chart"] = vote_chart(sections["votes"])
    if kind == "treaty":
        _treaty_sections(server, iri, options, sections)
    page = server.templates.get_template(f"{kind}.html").render(
        iri=iri, label=label, types=types, statements=statements, found=True, graph_size=size, **sections
    )
    return 200, page.encode(), "html"


def _speaks_for_members(iri: str) -> bool:
    key = iri.rsplit("/", 1)[-1]
    return iri == iris.organisation(key) and gazetteer.find_voice(key) is not None


def ontology(fmt: str, server, client: str = "server") -> tuple[int, bytes, str]:
    """The ontology document: its terms (each at its fragment) as HTML, or its named graph as RDF."""
    graph = iris.graph(iris.ONTOLOGY_GRAPH)
    if fmt != "html":
        answer = server.run(Job(_bound("ontology-graph", graph), fmt, server.settings.max_rows), client)
        return 200, answer.body, fmt
    terms: list[dict[str, Any]] = list(_rows(server, "ontology-terms", graph))
    for term in terms:
        term["fragment"] = term["term"][len(ONTOLOGY_IRI) :] if term["term"].startswith(ONTOLOGY_IRI) else None
    about = {row["property"]: row["value"] for row in _rows(server, "entity-statements", ONTOLOGY_DOCUMENT)}
    page = server.templates.get_template("ontology.html").render(
        iri=ONTOLOGY_DOCUMENT, terms=terms, about=about, graph=graph
    )
    return 200, page.encode(), "html"
