"""Fuzzing every loader: a damaged document is read or refused with one line, never a traceback.

Each loader gets its sample documents (the sample corpus and the test data of its kind), damaged by
hypothesis — bytes dropped, lines duplicated or deleted, quotes, NULs and odd characters inserted,
the text cut short, a field made huge — and fed through the path the build takes: detection, then
``parse`` (and ``parse_stream`` for a streamed table). Allowed outcomes: a record, the unknown-kind
refusal, or a ValueError (pydantic's ValidationError is one), which the build turns into one line
naming the file. Anything else is a bug.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from treatykg import loaders

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted(
    p
    for folder in (
        ROOT / "corpus",
        *(ROOT / "tests" / "data" / kind for kind in ("undl", "untc", "unvotes", "monitor", "press")),
    )
    for p in folder.iterdir()
    if p.suffix in (".txt", ".csv", ".md", ".html")
)
ODD = [
    "\x00",
    '"',
    "'",
    "\r",
    "\ufeff",
    "\u2028",
    ",",
    "\t",
    "\n\n",
    "é",
    "\ufffd",
    "A/RES/",
    "L.",
    "Dear ",
    "Mr. Chairman,",
    "on behalf of ",
    "(a)",
    "0",
    "99999999999999999999",
    "-",
]


def _texts_of(kind: str) -> list[str]:
    texts = []
    for path in SAMPLES:
        text = path.read_text(encoding="utf-8", errors="replace")
        try:
            if kind == loaders.detect(text).KIND:
                texts.append(text)
        except loaders.UnknownKind:
            continue
    return texts


def _edit(text: str, edit: tuple) -> str:
    action, where, size, piece = edit
    at = where % (len(text) + 1)
    if action == "drop":
        return text[:at] + text[at + size :]
    if action == "insert":
        return text[:at] + piece + text[at:]
    if action == "repeat":
        return text[:at] + text[at : at + size] * 3 + text[at:]
    if action == "cut":
        return text[:at]
    if action == "huge":
        return text[:at] + "x" * (size * 20_000) + text[at:]
    lines = text.split("\n")  # "lines": delete or duplicate a line
    line = where % len(lines)
    return "\n".join(lines[:line] + ([] if size % 2 else [lines[line]] * 2) + lines[line + 1 :])


EDITS = st.lists(
    st.tuples(
        st.sampled_from(["drop", "insert", "repeat", "cut", "huge", "lines"]),
        st.integers(min_value=0, max_value=10**7),
        st.integers(min_value=1, max_value=40),
        st.sampled_from(ODD) | st.text(max_size=12),
    ),
    min_size=1,
    max_size=4,
)


def _read_as_the_build_does(text: str) -> None:
    try:
        loader = loaders.detect(text)
    except loaders.UnknownKind:
        return
    try:
        loader.parse(text)
        if hasattr(loader, "parse_stream"):
            for _ in loader.parse_stream(io.StringIO(text)):
                pass
    except ValueError:
        return


@pytest.mark.parametrize("kind", sorted(loaders.REGISTRY))
def test_damaged_documents_are_read_or_refused_in_one_line(kind):
    texts = _texts_of(kind)
    if not texts:
        pytest.skip(f"no sample document of kind {kind} to damage")

    @settings(
        max_examples=120,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(index=st.integers(min_value=0, max_value=len(texts) - 1), edits=EDITS)
    def damaged(index, edits):
        text = texts[index]
        for edit in edits:
            text = _edit(text, edit)
        _read_as_the_build_does(text)

    damaged()
