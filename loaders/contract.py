"""What a loader is: the contract every module of this package keeps, and the selection a
streaming loader is given.

A loader is a module. ``Loader`` says what every one provides; ``StreamingLoader`` what a loader
of large tables adds (``parse_stream``, which the build uses instead of ``parse``). Both are
protocols: a module keeps them by having the names, and ``isinstance(module, StreamingLoader)``
asks whether it streams.
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from treatykg.records import Record


@runtime_checkable
class Loader(Protocol):
    """A document kind: its name, version and label, how sure it is that a text is of its kind,
    and the record it reads from one (ValueError, naming what is missing, when it cannot)."""

    KIND: str  # the kind's name, as the build reports it and the manifest of eval/ names it
    VERSION: str  # raised when what the loader reads changes (the build re-reads its documents)
    LABEL: str  # the kind in words, for the refusal that lists what treatykg reads

    def detect(self, text: str, address: str | None = None) -> float:
        """0 when the text is not of this kind, up to 1 when sure; ``address`` as for ``parse``."""
        ...

    def parse(self, text: str, address: str | None = None) -> Record:
        """The document's record; a field the text does not give is left empty and named in its
        ``missing``, never guessed. ``address`` is where the document is published, when the build
        knows it (the sources manifest, an HTML page's own link); a loader may take it as evidence of
        who publishes the document, and, where the publisher's address is made of the document's own
        identifier (a UN press release's symbol), of which document it is; never of anything else."""
        ...


@runtime_checkable
class StreamingLoader(Loader, Protocol):
    """A loader of large tables, read record by record as the lines come."""

    def parse_stream(self, lines: Iterable[str], selection: Selection | None = None) -> Iterator[Record]: ...


@dataclass(frozen=True)
class Selection:
    """Which resolutions of a voting table to keep: symbol patterns ('A/RES/77/*'), sessions ('77',
    '60-79', 'ES-10') and words that must all be in the title. Empty means everything."""

    symbols: tuple[str, ...] = ()
    sessions: tuple[str, ...] = ()
    title_words: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        for session in self.sessions:
            if not re.fullmatch(r"\d+(?:-\d+)?|(?:ES|S)-\d+", session.upper()):
                raise ValueError(f"--session {session}: give a session (77), a range (60-79) or ES-10")

    def keeps(self, symbol: str, session: str | None, title: str | None) -> bool:
        if self.symbols and not any(fnmatch.fnmatchcase(symbol.upper(), p.upper()) for p in self.symbols):
            return False
        if self.sessions and not any(_in_session(session, wanted) for wanted in self.sessions):
            return False
        words = (title or "").casefold()
        return all(word.casefold() in words for word in self.title_words)


def _in_session(session: str | None, wanted: str) -> bool:
    if session is None:
        return False
    low, _, high = wanted.upper().partition("-") if wanted[0].isdigit() else (wanted.upper(), "", "")
    if not high:
        return session.upper() == low
    return session.isdigit() and int(low) <= int(session) <= int(high)
