"""Voeten's / unvotes' voting data: layouts, codes, keys, and disagreements with the UN Digital Library."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from conftest import DATA, cli

from treatykg import loaders
from treatykg.loaders import unvotes


def read(name: str):
    return unvotes.parse((DATA / "unvotes" / name).read_text(encoding="utf-8"))


def votes(event) -> dict[str, str]:
    return {vote.state: vote.option for vote in event.votes}


@pytest.mark.parametrize("name", ["voeten_full.csv", "unvotes_joined.csv"])
def test_detected_as_this_kind_not_as_undl(name):
    assert loaders.detect((DATA / "unvotes" / name).read_text(encoding="utf-8")) is unvotes


def test_codes_map_to_options_absent_is_non_voting_and_non_members_are_left_out():
    event = read("voeten_full.csv").events[0]
    assert event.symbol == "A/RES/37/100" and event.date == dt.date(1982, 12, 9) and event.session == "37"
    assert votes(event) == {
        "USA": "no",
        "SUN": "yes",
        "PAK": "yes",
        "JPN": "abstain",
        "DDR": "abstain",
        "YAR": "non-voting",
    }
    assert "CZE" not in votes(event)  # 9: not yet a member


def test_cow_numbers_follow_the_membership_they_continue_by_date():
    first, second = read("voeten_full.csv").events
    assert votes(first)["SUN"] == "yes" and "RUS" not in votes(first)  # 365 in 1982
    assert votes(second)["RUS"] == "abstain" and votes(second)["SRB"] == "abstain"  # 365 and 345 in 2008


def test_amendment_roll_calls_are_not_the_resolution_and_unkeyed_ones_are_reported():
    record = read("voeten_full.csv")
    assert [event.symbol for event in record.events] == ["A/RES/37/100", "A/RES/63/71"]
    assert votes(record.events[0])["USA"] == "no"  # not the amendment's yes
    assert any("roll call 5502 left out" in note for note in record.events[-1].mismatches)


def test_symbols_as_the_un_digital_library_writes_them():
    assert unvotes.symbol_of("R/51/45S") == "A/RES/51/45S"
    assert unvotes.symbol_of("R/22/2373") == "A/RES/2373(XXII)"
    assert unvotes.symbol_of("R/ES-10/21") == "A/RES/ES-10/21"
    assert unvotes.symbol_of("") is None and unvotes.symbol_of("DECISION 41/422") is None


def test_joined_unvotes_tables_use_iso_codes_and_former_codes():
    first, second = read("unvotes_joined.csv").events
    assert first.symbol == "A/RES/2373(XXII)"
    assert votes(first) == {"USA": "no", "SUN": "yes", "CSK": "yes", "IND": "abstain"}
    assert second.symbol == "A/RES/51/45S" and second.unresolved == ("TW / Taiwan",)


def test_a_second_roll_call_on_one_symbol_is_left_out_and_reported():
    text = (
        "rcid,ccode,vote,unres,date\n1,2,1,R/60/1,2005-10-01\n1,20,1,R/60/1,2005-10-01\n"
        "2,2,3,R/60/1,2005-10-01\n3,2,2,R/60/2,2005-10-02\n"
    )
    record = unvotes.parse(text)
    assert [(event.symbol, votes(event)) for event in record.events] == [
        ("A/RES/60/1", {"USA": "yes", "CAN": "yes"}),
        ("A/RES/60/2", {"USA": "abstain"}),
    ]
    assert any("roll call 2 left out" in note for event in record.events for note in event.mismatches)


def test_rows_named_only_by_roll_call_id_are_refused_with_the_reason(tmp_path):
    path = tmp_path / "un_votes.csv"
    path.write_text("rcid,country,country_code,vote\n3,United States,US,yes\n3,Canada,CA,no\n", encoding="utf-8")
    assert loaders.detect(path.read_text()) is unvotes
    result = cli("build", "--store", tmp_path / "store", path)
    assert result.exit_code == 2
    assert "un_votes.csv" in result.output and "unres" in result.output
    assert "Traceback" not in result.output


def test_a_roll_call_table_without_votes_is_not_this_kind():
    assert unvotes.detect("rcid,session,importantvote,date,unres,amend,para,short,descr\n") == 0


def test_build_and_discrepancies_with_the_un_digital_library(tmp_path):
    store = tmp_path / "store"
    result = cli("build", "--store", store, DATA / "unvotes", DATA / "undl" / "older_layout.csv")
    assert result.exit_code == 0, result.output
    assert "2 unvotes" in result.output and "roll call 5502 left out" in result.output
    rows = list(
        csv.DictReader(
            io.StringIO(cli("query", "dataset-vote-discrepancies", "--store", store, "--format", "csv").output)
        )
    )
    found = {(row["state"], row["undl"], row["other"]) for row in rows}
    assert all(row["document"] == "A/RES/2373(XXII)" and row["source"] == "unvotes_joined.csv" for row in rows)
    assert ("CSK", "non-voting", "yes") in found  # recorded differently
    assert ("IND", "", "abstain") in found and ("FRA", "abstain", "") in found  # in one dataset only
    assert not any(state == "SUN" for state, _, _ in found)  # both say yes
    only = cli(
        "query", "dataset-vote-discrepancies", "--store", store, "--param", "document=A/RES/63/71", "--format", "csv"
    )
    assert only.output.strip().splitlines() == ["document,state,state_name,undl,other,source"]
