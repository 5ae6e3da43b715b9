"""Deterministic IRIs for individuals: functions of identity, never of run order."""

from __future__ import annotations

import hashlib
import os
import re
from functools import cache
from urllib.parse import quote

DEFAULT_BASE = "https://w3id.org/treatykg/"


@cache
def base() -> str:
    """The base IRI for individuals (``TREATYKG_BASE`` overrides the default; read once per
    process, as the mapping asks for it once per node)."""
    value = os.environ.get("TREATYKG_BASE", DEFAULT_BASE)
    return value if value.endswith(("/", "#")) else value + "/"


def _segment(text: str) -> str:
    """Percent-encode one path segment (keeps slashes of UN symbols readable)."""
    return quote(text, safe="/.-_~")


def slug(text: str) -> str:
    """A lower-case ASCII slug for names without a code."""
    import unicodedata

    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "unnamed"


def short_hash(*parts: str, length: int = 16) -> str:
    """A stable hex digest of the parts."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
    return digest[:length]


def state(alpha3: str) -> str:
    return f"{base()}id/state/{alpha3.upper()}"


def document(symbol: str) -> str:
    """A UN document by its symbol, e.g. ``A/RES/77/79``."""
    return f"{base()}id/doc/{_segment(symbol)}"


def document_part(symbol: str, kind: str, label: str) -> str:
    """A part of a document: an annex, a paragraph, a footnote."""
    return f"{document(symbol)}/{kind}/{_segment(label)}"


def treaty(key: str) -> str:
    return f"{base()}id/treaty/{key}"


def organisation(key: str) -> str:
    return f"{base()}id/org/{key}"


def group(key: str) -> str:
    return f"{base()}id/group/{key}"


def membership(owner: str, alpha3: str) -> str:
    """A state's membership of a group or organisation of states (``owner``: the group's or organisation's IRI)."""
    return f"{owner}/membership/{alpha3.upper()}"


def voice(key: str) -> str:
    """The IRI of a group of states or an organisation of states that one delegation speaks for."""
    from treatykg import gazetteer

    return group(key) if isinstance(gazetteer.voice(key), gazetteer.GroupRef) else organisation(key)


def forum(key: str) -> str:
    return f"{base()}id/forum/{key}"


def meeting(treaty_key: str, kind: str, ordinal: int) -> str:
    """A meeting of a treaty's bodies by convention, kind and ordinal (``ccm/msp/7``)."""
    return f"{base()}id/meeting/{treaty_key}/{kind}/{ordinal}"


def plenary(body: str, session: str, number: int) -> str:
    """A numbered plenary meeting of a UN body in a session (``ga/77/46``)."""
    return f"{base()}id/meeting/{body}/{_segment(session)}/{number}"


def vote_event(body: str, symbol: str) -> str:
    """A vote of a body on a document (``ga/A/RES/77/79``, ``first-committee/A/C.1/66/L.22``)."""
    return f"{base()}id/vote-event/{body}/{_segment(symbol)}"


def vote(event_iri: str, alpha3: str) -> str:
    """One state's vote in a vote event."""
    return f"{event_iri}/{alpha3.upper()}"


def participation_act(treaty_key: str, alpha3: str, act_type: str, date: str) -> str:
    """A state's act on a treaty on a date (``ccm/AGO/ratification/2011-07-05``)."""
    return f"{base()}id/participation/{treaty_key}/{alpha3.upper()}/{act_type}/{date}"


def person(name: str) -> str:
    """A person known by name only (a letter's author or recipient)."""
    return f"{base()}id/person/{slug(name)}"


def instrument(title: str) -> str:
    """A declaration or action plan known only by its title."""
    return f"{base()}id/instrument/{slug(title)}"


def source(sha256: str) -> str:
    """A source file by its content digest; also the name of its graph."""
    return f"{base()}id/source/{sha256[:20]}"


def loader(kind: str) -> str:
    """A treatykg loader, the software agent of each reading of a source (prov:SoftwareAgent)."""
    return f"{base()}id/loader/{_segment(kind)}"


def node(kind: str, *identity: str) -> str:
    """Any other node, named by a hash of what identifies it (positions, votes, counts)."""
    return f"{base()}id/{kind}/{short_hash(*identity)}"


ONTOLOGY_GRAPH = "graph/ontology"
REFERENCE_GRAPH = "graph/reference"


def graph(name: str) -> str:
    return f"{base()}{name}"
