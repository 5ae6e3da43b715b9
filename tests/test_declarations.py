"""Declarations, reservations, objections and notes below a UNTC status table."""

from __future__ import annotations

import csv
import datetime as dt
import io

from conftest import DATA, cli

from treatykg.loaders import untc_status

PAGE = DATA / "untc" / "ccm_page_declarations.txt"


def entries():
    text = PAGE.read_text(encoding="utf-8")
    return text, untc_status.parse(text).declarations


def test_each_entry_is_the_state_heading_it_with_its_kind_and_date():
    _, found = entries()
    assert [(d.state, d.kind, d.date, d.upon) for d in found] == [
        ("BEL", "declaration", dt.date(2008, 12, 3), "signature"),  # made upon signature: the signature's date
        ("VAT", "declaration", dt.date(2008, 12, 3), "ratification"),  # the rubric: upon ratification
        ("CHE", "declaration", dt.date(2012, 7, 17), "ratification"),
        ("CHE", "reservation", dt.date(2012, 7, 17), "ratification"),  # a second heading in one entry
        ("CAN", "objection", dt.date(2015, 1, 16), None),  # the date the entry states
        ("BLZ", "note", None, None),
        ("LTU", "note", None, None),
    ]


def test_full_text_and_offsets_into_the_source():
    text, found = entries()
    for entry in found:
        assert text[entry.span.start : entry.span.end] == entry.text
    holy_see = next(d for d in found if d.state == "VAT")
    assert holy_see.text.endswith("It hopes that all States will join it.")  # both lines


def test_a_state_named_in_a_text_is_not_its_author():
    _, found = entries()
    assert not any(d.state == "CAN" and d.kind != "objection" for d in found)  # named in CHE's reservation
    assert not any(d.state == "PSE" for d in found)  # named in CAN's objection


def test_a_note_no_single_row_carries_is_not_attributed():
    _, found = entries()
    assert [d.mark for d in found if d.kind == "note"] == [1, 2]


def test_a_page_without_these_sections_has_none():
    record = untc_status.parse((DATA / "untc" / "ccm_xml_excerpt.txt").read_text(encoding="utf-8"))
    assert record.declarations == ()


def test_saved_page_html_quotes_only_what_stands_verbatim(tmp_path):
    text = PAGE.read_text(encoding="utf-8").replace("Belgium\nDeclaration", "Belgium<sup>3</sup>\nDeclaration")
    html = "<html><body><pre>" + text.replace("Holy See ratifies", "Holy See <b>ratifies</b>") + "</pre></body></html>"
    found = untc_status.parse(html).declarations
    by_state = {d.state: d for d in found}
    assert by_state["BEL"].span and html[by_state["BEL"].span.start : by_state["BEL"].span.end] == by_state["BEL"].text
    assert by_state["VAT"].span is None and "ratifies" in by_state["VAT"].text  # markup inside: text, no quote


def test_build_and_the_declarations_query(tmp_path):
    store = tmp_path / "store"
    result = cli("build", "--store", store, PAGE)
    assert result.exit_code == 0, result.output
    assert "conforms" in result.output
    out = cli("query", "declarations", "--store", store, "--format", "csv").output
    rows = list(csv.DictReader(io.StringIO(out)))
    assert list(rows[0]) == ["state", "state_name", "treaty", "kind", "date", "text", "source"]
    assert {(r["state"], r["kind"], r["date"]) for r in rows} >= {
        ("BEL", "declaration", "2008-12-03"),
        ("CAN", "objection", "2015-01-16"),
        ("LTU", "note", ""),
    }
    assert all(r["treaty"] == "CCM" and r["source"] == PAGE.name for r in rows)
    only = cli(
        "query", "declarations", "--store", store, "--param", "state=CHE", "--param", "treaty=CCM", "--format", "csv"
    ).output
    assert [(r["kind"], r["text"][:11]) for r in csv.DictReader(io.StringIO(only))] == [
        ("declaration", "Switzerland"),
        ("reservation", "A second st"),
    ]
    none = cli("query", "declarations", "--store", store, "--param", "treaty=ATT", "--format", "csv").output
    assert none.strip().splitlines() == ["state,state_name,treaty,kind,date,text,source"]
