"""What a SPARQL request would do, found by parsing it: its form, and whether it must be refused.

The endpoint is read-only: SPARQL Update and ``LOAD`` are refused, and so is ``SERVICE``
(federated query would let any client make the server fetch any URL). The request is parsed
with rdflib's SPARQL grammar and its parse tree walked, so ``SERVICE`` inside a subquery is
found and the word inside a string literal is not. Nothing runs before this check.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import lru_cache

from pyparsing import ParseException
from rdflib.plugins.sparql.parser import parseQuery, parseUpdate
from rdflib.plugins.sparql.parserutils import CompValue

QUERY_FORMS = {"SelectQuery": "select", "AskQuery": "ask", "ConstructQuery": "construct",
               "DescribeQuery": "describe"}
_PARSING = threading.Lock()  # pyparsing's packrat cache is shared by all threads


class Refused(Exception):
    """A request the endpoint will not run; ``status`` is the HTTP status to answer."""

    def __init__(self, message: str, status: int):
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class Checked:
    form: str  # select | ask | construct | describe | update


def _nodes(tree: object):
    """Every parse-tree node (rdflib's CompValue) under ``tree``, depth first."""
    if isinstance(tree, CompValue):
        yield tree
        children = tree.values()
    elif isinstance(tree, (list, tuple)) or type(tree).__name__ == "ParseResults":
        children = tree
    else:
        return
    for child in children:
        yield from _nodes(child)


@lru_cache(maxsize=1024)  # parsing costs tens of milliseconds; clients repeat their queries
def check(text: str, updates_allowed: bool = False) -> Checked:
    """The request's form; raises Refused (400 malformed, 403 forbidden) for what must not run."""
    with _PARSING:
        try:
            tree, form = parseQuery(text), None
        except ParseException as query_error:
            try:
                tree, form = parseUpdate(text), "update"
            except ParseException:
                raise Refused(f"malformed query: {query_error}", 400) from query_error
    names = {node.name for node in _nodes(tree)}
    if "ServiceGraphPattern" in names:
        raise Refused("SERVICE (federated query) is not allowed on this endpoint", 403)
    if "Load" in names:
        raise Refused("LOAD is not allowed on this endpoint", 403)
    if form == "update":
        if not updates_allowed:
            raise Refused("this endpoint is read-only: SPARQL Update is not allowed", 403)
        return Checked("update")
    query = next(node for node in _nodes(tree) if node.name in QUERY_FORMS)
    return Checked(QUERY_FORMS[query.name])
