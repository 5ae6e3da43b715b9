"""Saved queries: their headers, parameters resolved to RDF terms, running and formatting.

A saved query is one ``.rq`` file in ``queries/``; its header comments give the title, the
description and the parameters::

    # title: Recalled resolutions
    # description: Every resolution a resolution recalls, with the recalled one's adoption date.
    # param: resolution document optional -- the recalling resolution's UN symbol
    # param: treaty treaty default=CCM -- the treaty (short name, key or IRI)

A parameter ``x`` is bound to the variable ``?x_param``: its value, resolved to an RDF term, is
serialized by pyoxigraph (IRIs checked, literals escaped) into a ``VALUES`` block that opens the
query's outermost ``WHERE`` group (``UNDEF`` when an optional parameter is not given). User text
never becomes query syntax, and the same bound query runs on the embedded store and on a remote
endpoint.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path

from pyoxigraph import Literal, NamedNode, Store

from treatykg import gazetteer, iris
from treatykg.errors import InputError
from treatykg.store import select
from treatykg.vocab import PREFIXES, with_prefixes

PARAM_TYPES = ("document", "state", "group", "treaty", "topic", "date", "string", "integer", "iri")


@dataclass(frozen=True)
class Param:
    name: str
    type: str
    required: bool = False
    default: str | None = None
    description: str = ""


@dataclass(frozen=True)
class SavedQuery:
    name: str
    text: str
    title: str = ""
    description: str = ""
    params: tuple[Param, ...] = ()


@dataclass
class Result:
    columns: list[str]
    rows: list[list[object]] = field(default_factory=list)  # pyoxigraph terms or None


_HEADER = re.compile(r"^#\s*(?P<key>title|description|param)\s*:\s*(?P<value>.*)$")
_PARAM = re.compile(
    r"^(?P<name>[a-z_][a-z0-9_]*)\s+(?P<type>[a-z]+)(?:\s+(?P<mode>required|optional|default=\S+))?"
    r"(?:\s+--\s+(?P<description>.*))?$"
)


def parse_saved(name: str, text: str) -> SavedQuery:
    """A saved query from its text; header errors name the query."""
    title = description = ""
    params = []
    for line in text.splitlines():
        if not line.startswith("#"):
            if line.strip():
                break
            continue
        match = _HEADER.match(line)
        if not match:
            continue
        key, value = match.group("key"), match.group("value").strip()
        if key == "title":
            title = value
        elif key == "description":
            description = f"{description} {value}".strip()
        else:
            spec = _PARAM.match(value)
            if not spec or spec.group("type") not in PARAM_TYPES:
                raise InputError(f"query {name}: bad parameter line {value!r}")
            mode = spec.group("mode") or "optional"
            params.append(
                Param(
                    name=spec.group("name"),
                    type=spec.group("type"),
                    required=mode == "required",
                    default=mode.removeprefix("default=") if mode.startswith("default=") else None,
                    description=spec.group("description") or "",
                )
            )
    return SavedQuery(name, text, title, description, tuple(params))


def saved_queries() -> dict[str, SavedQuery]:
    """Every saved query shipped with treatykg, by name."""
    queries = {}
    for path in sorted(files("treatykg.queries").iterdir(), key=lambda f: f.name):
        if path.name.endswith(".rq"):
            name = path.name[:-3]
            queries[name] = parse_saved(name, path.read_text(encoding="utf-8"))
    return queries


def load(name_or_file: str) -> SavedQuery:
    """A saved query by name, or a query file by path."""
    if name_or_file.endswith(".rq"):
        path = Path(name_or_file)
        if not path.is_file():
            raise InputError(f"{path}: no such query file")
        return parse_saved(path.stem, path.read_text(encoding="utf-8"))
    queries = saved_queries()
    if name_or_file not in queries:
        raise InputError(f"query {name_or_file!r}: no such saved query (see 'treatykg queries')")
    return queries[name_or_file]


class Resolver:
    """Turns parameter values as people write them into RDF terms, asking the graph when needed."""

    def __init__(self, ask):
        self._ask = ask  # (sparql, {variable: term}) -> list of rows (dicts of terms)

    def resolve(self, param: Param, value: str) -> NamedNode | Literal:
        value = value.strip()
        if param.type in ("document", "state", "group", "treaty", "topic", "iri") and re.match(r"^<?https?://", value):
            return NamedNode(value.strip("<>"))
        method = getattr(self, f"_{param.type}")
        return method(param, value)

    def _document(self, param: Param, value: str) -> NamedNode:
        symbol = re.sub(r"\s+", "", value).upper()
        candidates = [symbol]
        if re.fullmatch(r"(?:(?:ES|S)-\d+/)?\d{1,3}/\d{1,3}[A-Z]?", symbol):
            candidates.append(f"A/RES/{symbol}")
        for candidate in candidates:
            rows = self._ask(
                "SELECT ?d WHERE { ?d dcterms:identifier ?symbol_param } LIMIT 1", {"symbol": Literal(candidate)}
            )
            if rows:
                return rows[0]["d"]
        raise InputError(f"--param {param.name}={value}: no document with that symbol in the graph")

    def _state(self, param: Param, value: str) -> NamedNode:
        ref = gazetteer.find_state(value)
        if ref is None:
            raise InputError(f"--param {param.name}={value}: not a state (give an ISO alpha-3 code or a name)")
        return NamedNode(iris.state(ref.alpha3))

    def _group(self, param: Param, value: str) -> NamedNode:
        ref = gazetteer.find_voice(value)
        if ref is None:
            raise InputError(
                f"--param {param.name}={value}: not a group of states (give its key or name, e.g. nam, eu)"
            )
        return NamedNode(iris.voice(ref.key))

    def _treaty(self, param: Param, value: str) -> NamedNode:
        ref = gazetteer.find_treaty(value)
        if ref is not None:
            return NamedNode(iris.treaty(ref.key))
        rows = self._ask(
            "SELECT ?t WHERE { ?t a tkg:Treaty ; skos:notation|skos:prefLabel|skos:altLabel|tkg:depositaryKey ?n "
            "FILTER(LCASE(STR(?n)) = LCASE(STR(?value_param))) } LIMIT 1",
            {"value": Literal(value)},
        )
        if rows:
            return rows[0]["t"]
        raise InputError(f"--param {param.name}={value}: no treaty of that name or key")

    def _topic(self, param: Param, value: str) -> NamedNode:
        rows = self._ask(
            "SELECT ?c WHERE { ?c a skos:Concept ; skos:notation|skos:prefLabel|skos:altLabel ?n "
            "FILTER(LCASE(STR(?n)) = LCASE(STR(?value_param))) } LIMIT 1",
            {"value": Literal(value)},
        )
        if rows:
            return rows[0]["c"]
        raise InputError(f"--param {param.name}={value}: no topic or concept of that name")

    def _date(self, param: Param, value: str) -> Literal:
        if value.lower() == "today":
            return Literal(dt.date.today().isoformat(), datatype=NamedNode(PREFIXES["xsd"] + "date"))
        try:
            day = dt.date.fromisoformat(value)
        except ValueError as error:
            raise InputError(f"--param {param.name}={value}: not an ISO date (YYYY-MM-DD)") from error
        return Literal(day.isoformat(), datatype=NamedNode(PREFIXES["xsd"] + "date"))

    def _integer(self, param: Param, value: str) -> Literal:
        if not re.fullmatch(r"[+-]?\d+", value):
            raise InputError(f"--param {param.name}={value}: not an integer")
        return Literal(str(int(value)), datatype=NamedNode(PREFIXES["xsd"] + "integer"))

    def _string(self, param: Param, value: str) -> Literal:
        return Literal(value)

    def _iri(self, param: Param, value: str) -> NamedNode:
        raise InputError(f"--param {param.name}={value}: not an absolute http(s) IRI")


def parse_params(pairs: tuple[str, ...] | list[str]) -> dict[str, str]:
    given = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise InputError(f"--param {pair}: expected key=value")
        given[key.strip()] = value
    return given


def bind(query: SavedQuery, given: dict[str, str], resolver: Resolver) -> dict[str, NamedNode | Literal]:
    """The query's parameters as RDF terms: given values, else defaults; required ones enforced."""
    known = {param.name: param for param in query.params}
    unknown = sorted(set(given) - set(known))
    if unknown:
        names = ", ".join(known) or "none"
        raise InputError(f"--param {unknown[0]}: query {query.name} has no such parameter (it takes: {names})")
    bound = {}
    for param in query.params:
        value = given.get(param.name, param.default)
        if value is None or value == "":
            if param.required:
                raise InputError(f"--param {param.name}: required by query {query.name}")
            continue
        bound[param.name] = resolver.resolve(param, value)
    return bound


def values_block(bindings: dict[str, NamedNode | Literal], params: tuple[Param, ...]) -> str:
    """``VALUES (?a_param ?b_param) { (<iri> UNDEF) }`` for the declared parameters."""
    if not params:
        return ""
    names = " ".join(f"?{param.name}_param" for param in params)
    values = " ".join(str(bindings[param.name]) if param.name in bindings else "UNDEF" for param in params)
    return f"VALUES ({names}) {{ ({values}) }}"


def bound_text(text: str, bindings: dict, params: tuple[Param, ...] = ()) -> str:
    """The query text with prefixes declared and the parameters' VALUES rows inserted.

    The block opens the outermost WHERE group, and every inner group (a UNION branch, an OPTIONAL,
    a subquery's WHERE…) that uses a parameter opens with that parameter's row too: a one-row
    VALUES join changes no result where the parameter is already bound, lets the engine use the
    value inside the group, and makes ``?x_param`` inside a subquery mean the parameter.
    """
    text = with_prefixes(text)
    if not params:
        return text
    groups = _groups(text)
    if not groups:
        raise InputError("query has no WHERE group to bind parameters in")
    inserts = []
    for index, (start, end) in enumerate(groups):
        segment = text[start:end]
        used = (
            params if index == 0 else tuple(param for param in params if re.search(rf"\?{param.name}_param\b", segment))
        )
        if used:
            inserts.append((start + 1, values_block(bindings, used)))
    for position, block in sorted(inserts, reverse=True):
        text = f"{text[:position]}\n  {block}\n{text[position:]}"
    return text


_TOKENS = re.compile(
    r'#[^\n]*|<[^<>"{}|^`\\\s]*>|"""(?:.|\n)*?"""|\'\'\'(?:.|\n)*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|[{}]'
)
_NOT_A_GROUP_BEFORE = re.compile(r"(?:VALUES\s*(?:\?\w+|\([^()]*\))|CONSTRUCT)\s*$", re.IGNORECASE)


def _groups(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the group graph patterns, in order of their opening brace: braces
    outside comments, IRIs and strings, except VALUES data blocks, CONSTRUCT templates and the
    braces that only wrap a subquery."""
    groups, stack = [], []
    for match in _TOKENS.finditer(text):
        token, at = match.group(), match.start()
        if token == "{":
            before = text[max(0, at - 300) : at]
            after = text[at + 1 : at + 40].lstrip()
            is_group = not _NOT_A_GROUP_BEFORE.search(before) and not re.match(r"SELECT\b", after, re.IGNORECASE)
            stack.append((at, is_group))
        elif token == "}" and stack:
            opened, is_group = stack.pop()
            if is_group:
                groups.append((opened, at))
    return sorted(groups)


def local_asker(store: Store):
    """An ``ask`` function for the Resolver that runs on the embedded store."""

    def ask(sparql: str, bindings: dict) -> list[dict]:
        params = tuple(Param(name, "string") for name in bindings)
        solutions = select(store, bound_text(sparql, dict(bindings), params))
        names = [v.value for v in solutions.variables]
        return [{name: row[name] for name in names} for row in solutions]

    return ask


def run_local(query: SavedQuery, bindings: dict, store: Store) -> Result:
    try:
        solutions = select(store, bound_text(query.text, bindings, query.params))
    except SyntaxError as error:
        raise InputError(f"query {query.name}: {error}") from error
    columns = [variable.value for variable in solutions.variables]
    return Result(columns, [[row[name] for name in columns] for row in solutions])


def lexical(value: object) -> str:
    """How a result value prints: literals by their lexical form, IRIs as IRIs, unbound as ''."""
    if value is None:
        return ""
    return getattr(value, "value", str(value))


_XSD = PREFIXES["xsd"]
_WHOLE_NUMBERS = {
    _XSD + name
    for name in (
        "integer",
        "int",
        "long",
        "short",
        "byte",
        "nonNegativeInteger",
        "positiveInteger",
        "nonPositiveInteger",
        "negativeInteger",
        "unsignedLong",
        "unsignedInt",
        "unsignedShort",
        "unsignedByte",
    )
}
_NUMBERS = {_XSD + name for name in ("decimal", "double", "float")}


def python_value(value: object) -> int | float | bool | str | None:
    """A result value as plain Python: numbers as int or float, booleans as bool, unbound as None;
    everything else, dates included, as its lexical form (a year-only date stays '2016')."""
    if value is None:
        return None
    if isinstance(value, Literal):
        datatype = value.datatype.value
        try:
            if datatype in _WHOLE_NUMBERS:
                return int(value.value)
            if datatype in _NUMBERS:
                return float(value.value)
        except ValueError:
            return value.value  # an ill-typed literal keeps its text
        if datatype == _XSD + "boolean":
            return value.value in ("true", "1")
    return lexical(value)


def records(result: Result) -> list[dict]:
    """The rows as dicts of plain Python values (see python_value)."""
    return [{column: python_value(value) for column, value in zip(result.columns, row)} for row in result.rows]


def render(result: Result, fmt: str) -> str:
    if fmt == "json":
        return json.dumps(records(result), ensure_ascii=False, indent=2) + "\n"
    rows = [[lexical(value) for value in row] for row in result.rows]
    if fmt in ("csv", "tsv"):
        out = io.StringIO()
        writer = csv.writer(out, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerow(result.columns)
        writer.writerows(rows)
        return out.getvalue()
    return _table(result.columns, rows)


def _table(columns: list[str], rows: list[list[str]]) -> str:
    from rich import box
    from rich.console import Console
    from rich.table import Table

    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*row)
    buffer = io.StringIO()
    console = Console(file=buffer, width=200, force_terminal=False, color_system=None)
    console.print(table)
    console.print(f"{len(rows)} row{'s' if len(rows) != 1 else ''}")
    return buffer.getvalue()
