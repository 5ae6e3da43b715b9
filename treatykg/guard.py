"""What a SPARQL request would do, found by parsing it: its form, and whether it must be refused.

The endpoint is read-only: SPARQL Update and ``LOAD`` are refused, and so is ``SERVICE``
(federated query would let any client make the server fetch any URL). The request is parsed
with rdflib's SPARQL grammar and its parse tree walked, so ``SERVICE`` inside a subquery is
found and the word inside a string literal is not. Nothing runs before this check.

Two parsers read the request: rdflib here, Oxigraph when it runs. They must read the same
text the same way, so the text is first made ``plain``: Oxigraph ends a ``#`` comment at a
carriage return as well as at a line feed, rdflib only at a line feed, so every CR and CRLF
becomes LF; the plain text is what is both checked and run. (Oxigraph 0.5 treats only space,
tab, CR and LF as white space and expands no ``\\u`` escapes outside strings and IRIs, so no
other character separates the two readings.) The parse runs in a query worker
(treatykg.workers), one per process: no lock is shared between requests.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pyparsing import ParseException
from rdflib.plugins.sparql.parser import parseQuery, parseUpdate
from rdflib.plugins.sparql.parserutils import CompValue

from treatykg.errors import Refused

QUERY_FORMS = {"SelectQuery": "select", "AskQuery": "ask", "ConstructQuery": "construct", "DescribeQuery": "describe"}
_LINE_BREAK = re.compile(r"\r\n?")
UNREPEATABLE = {"Builtin_RAND", "Builtin_NOW", "Builtin_UUID", "Builtin_STRUUID", "Builtin_BNODE"}


@dataclass(frozen=True)
class Checked:
    form: str  # select | ask | construct | describe | update
    has_dataset: bool = False  # the query names its dataset with FROM or FROM NAMED
    repeatable: bool = False  # the same store always gives the same answer (no RAND, NOW, UUID, BNODE)


def plain(text: str) -> str:
    """The text with every line break a line feed: what both parsers read alike."""
    return _LINE_BREAK.sub("\n", text)


def _nodes(tree: object):
    """Every parse-tree node (rdflib's CompValue) under ``tree``, depth first, without recursion."""
    stack = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, CompValue):
            yield node
            children = list(node.values())
        elif isinstance(node, (list, tuple)) or type(node).__name__ == "ParseResults":
            children = list(node)  # type: ignore[call-overload]  # pyparsing's ParseResults is iterable
        else:
            continue
        stack.extend(reversed(children))


def _parse(text: str):
    try:
        return parseQuery(text), None
    except ParseException as query_error:
        try:
            return parseUpdate(text), "update"
        except ParseException:
            raise Refused(f"malformed query: {query_error}", 400) from query_error


@lru_cache(maxsize=1024)  # parsing costs tens of milliseconds; clients repeat their queries
def check(text: str, updates_allowed: bool = False) -> Checked:
    """The form of a plain text (see ``plain``); raises Refused (400 malformed, 403 forbidden)."""
    if "\r" in text:
        raise ValueError("check() takes the plain text: guard.plain(text)")
    try:
        tree, form = _parse(text)
        names = {node.name for node in _nodes(tree)}
    except RecursionError:
        raise Refused("the query is nested too deeply to parse", 400) from None
    if "ServiceGraphPattern" in names:
        raise Refused("SERVICE (federated query) is not allowed on this endpoint", 403)
    if "Load" in names:
        raise Refused("LOAD is not allowed on this endpoint", 403)
    if form == "update":
        if not updates_allowed:
            raise Refused("this endpoint is read-only: SPARQL Update is not allowed", 403)
        return Checked("update")
    query = next(node for node in _nodes(tree) if node.name in QUERY_FORMS)
    return Checked(QUERY_FORMS[query.name], "datasetClause" in query, not names & UNREPEATABLE)
