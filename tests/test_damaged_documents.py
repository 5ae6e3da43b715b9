"""Damaged variants of the sample statement and letter: a clean InputError or a graph that validates."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import corpus_text
from treatykg.build import load_document
from treatykg.mapping import map_source
from treatykg.sources import InputError, SourceFile
from treatykg.validate import validate_quads, violations

OCR_CONFUSIONS = [("rn", "m"), ("m", "rn"), ("l", "1"), ("1", "l"), ("O", "0"), ("0", "O"), ("u", "lJ"), ("/", "1"),
                  ("e", "c"), (".", ",")]


@st.composite
def damaged(draw, prefix: str) -> str:
    lines = corpus_text(prefix).split("\n")
    for _ in range(draw(st.integers(0, 4))):
        kind = draw(st.sampled_from(["ocr", "drop", "swap", "truncate"]))
        if not lines:
            break
        index = draw(st.integers(0, len(lines) - 1))
        if kind == "ocr":
            old, new = draw(st.sampled_from(OCR_CONFUSIONS))
            lines[index] = lines[index].replace(old, new)
        elif kind == "drop":
            del lines[index]
        elif kind == "swap" and index + 1 < len(lines):  # reorders address-block and letterhead lines too
            lines[index], lines[index + 1] = lines[index + 1], lines[index]
        elif kind == "truncate":
            lines = lines[: index + 1]
            lines[-1] = lines[-1][: draw(st.integers(0, len(lines[-1])))]
    return "\n".join(lines)


def _check(text: str) -> None:
    source = SourceFile(path="damaged.txt", label="damaged.txt", data=text.encode("utf-8"))
    try:
        record, described = load_document(source)
    except InputError as error:
        assert "damaged.txt" in str(error)
        return
    quads = map_source(described, record)
    assert not violations(validate_quads(quads, described.iri))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(damaged("000"))
def test_damaged_statement(text):
    _check(text)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(damaged("001"))
def test_damaged_letter(text):
    _check(text)
