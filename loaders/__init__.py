"""Loaders: one module per source kind, each turning a document's text into records.

Every loader module keeps the contract of ``contract.Loader`` (``KIND``, ``VERSION``, ``LABEL``,
``detect(text)``, ``parse(text)``); a loader of large tables also that of
``contract.StreamingLoader`` (``parse_stream(lines, selection)``, which the build uses instead).
``REGISTRY`` lists them all; ``tests/test_meta.py`` fails when a loader module is missing from it.
See README.md in this folder.
"""

from __future__ import annotations

from treatykg.errors import UnknownKind
from treatykg.loaders import (
    explanation_of_vote,
    letter,
    monitor_profile,
    press_release,
    un_resolution,
    undl_votes,
    untc_status,
    unvotes,
)
from treatykg.loaders import text as tx
from treatykg.loaders.contract import Loader

REGISTRY: dict[str, Loader] = {
    un_resolution.KIND: un_resolution,
    untc_status.KIND: untc_status,
    undl_votes.KIND: undl_votes,
    unvotes.KIND: unvotes,
    explanation_of_vote.KIND: explanation_of_vote,
    letter.KIND: letter,
    monitor_profile.KIND: monitor_profile,
    press_release.KIND: press_release,
}


def detect(text: str, address: str | None = None) -> Loader:
    """The loader whose detector is surest about the text (published at ``address``, when known)."""
    by_kind = {kind: loader.detect(text, address) for kind, loader in REGISTRY.items()}
    if press_release.symbol_of_address(address) and by_kind["press_release"] > 0:
        return press_release  # the UN's meetings coverage page of a release's symbol: its release, no delegation's text
    best_score, best_kind = max(((score, kind) for kind, score in by_kind.items()), default=(0.0, ""))
    if best_score <= 0:
        kinds = ", ".join(loader.LABEL for loader in REGISTRY.values())
        language = tx.language(text)
        written = (  # resolutions are read in French too, statements in Spanish too; the rest in English
            f"; the text is in {language}" if language not in (None, "English") else ""
        )
        raise UnknownKind(f"unknown kind of document (treatykg reads: {kinds}{written})")
    return REGISTRY[best_kind]
