"""Damaged variants of the sample statement and letter: a clean InputError or a graph that validates."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest
from conftest import cli, corpus_text
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from treatykg.build import load_document
from treatykg.errors import InputError
from treatykg.mapping import map_source
from treatykg.shacl_model import violations
from treatykg.shacl_reference import validate_quads
from treatykg.sources import SourceFile

ROOT = Path(__file__).resolve().parent.parent
OCR_CONFUSIONS = [
    ("rn", "m"),
    ("m", "rn"),
    ("l", "1"),
    ("1", "l"),
    ("O", "0"),
    ("0", "O"),
    ("u", "lJ"),
    ("/", "1"),
    ("e", "c"),
    (".", ","),
]


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


def _damaged_csvs() -> dict[str, str]:
    lines = (ROOT / "tests" / "data" / "undl" / "current_layout.csv").read_text(encoding="utf-8").split("\n")
    return {
        "a short row": "\n".join(lines[:3] + [lines[3].rsplit(",", 4)[0]] + lines[4:]),
        "a bare quote": "\n".join(lines[:3] + ['"' + lines[3]] + lines[4:]),
        "a 10 MB field": "\n".join(lines[:3] + [lines[3].replace(",", "," + "x" * 10_000_000, 1)] + lines[4:]),
        "a total that is no number": "\n".join(
            lines[:1] + [_set_column(lines[0], lines[1], "total_yes", "many")] + lines[2:]
        ),
    }


def _set_column(header: str, row: str, column: str, value: str) -> str:
    cells = next(csv.reader([row]))
    cells[next(csv.reader([header])).index(column)] = value
    out = io.StringIO()
    csv.writer(out, lineterminator="").writerow(cells)
    return out.getvalue()


@pytest.mark.parametrize("damage", sorted(_damaged_csvs()))
def test_a_damaged_voting_csv_is_one_line_naming_file_and_row_and_the_store_stays(damage, tmp_path):
    store = tmp_path / "store"
    assert cli("build", ROOT / "corpus", "--store", store).exit_code == 0
    before = cli("query", "resolutions", "--store", store, "--format", "csv").output
    damaged = tmp_path / "votes.csv"
    damaged.write_text(_damaged_csvs()[damage], encoding="utf-8")
    result = cli("build", ROOT / "corpus", damaged, "--store", store)
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "votes.csv" in lines[0] and re.search(r"\bline \d+\b", lines[0]), result.stderr
    assert "Traceback" not in result.output + result.stderr
    assert cli("query", "resolutions", "--store", store, "--format", "csv").output == before


def test_keep_going_leaves_out_a_voting_csv_refused_part_way_and_builds_the_rest(tmp_path):
    lines = (ROOT / "tests" / "data" / "undl" / "current_layout.csv").read_text(encoding="utf-8").split("\n")
    damaged = tmp_path / "votes.csv"
    damaged.write_text("\n".join(lines[:-3] + [lines[-3].rsplit(",", 4)[0]] + lines[-2:]), encoding="utf-8")
    store = tmp_path / "store"
    result = cli("build", ROOT / "corpus", damaged, "--store", store, "--keep-going")
    assert "skipped:" in result.stderr and "votes.csv" in result.stderr and "line" in result.stderr
    assert "5 documents" in result.output
    votes = cli("query", "vote-totals", "--store", store, "--format", "csv").output
    assert "votes.csv" not in votes  # nothing of the refused file is left in the store
    graphs = cli("query", "state-profile", "--param", "state=PAK", "--store", store, "--format", "csv")
    assert graphs.exit_code == 0 and "votes.csv" not in graphs.output
