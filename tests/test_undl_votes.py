"""The UN Digital Library voting-data loader: both column layouts, totals, streaming, selection."""

from __future__ import annotations

import csv
import random

import pytest
from conftest import DATA, cli

from treatykg import gazetteer, loaders
from treatykg.loaders import undl_votes

HEADER = [
    "undl_id",
    "ms_code",
    "ms_name",
    "ms_vote",
    "date",
    "session",
    "resolution",
    "draft",
    "committee_report",
    "meeting",
    "title",
    "agenda_title",
    "subjects",
    "vote_note",
    "total_yes",
    "total_no",
    "total_abstentions",
    "total_non_voting",
    "total_ms",
    "undl_link",
]


def voting_csv(path, resolutions: int, seed: int = 4) -> dict[str, dict[str, int]]:
    """A voting CSV of the given number of resolutions by every member state; returns the totals."""
    rng = random.Random(seed)
    members = [s for s in gazetteer.states() if s.status == "member"]
    totals = {}
    with path.open("w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(HEADER)
        for number in range(1, resolutions + 1):
            session = 60 + number % 20
            symbol = f"A/RES/{session}/{number}"
            votes = [rng.choice("YYYYNAX") for _ in members]
            count = {v: votes.count(v) for v in "YNAX"}
            totals[symbol] = count
            title = "Convention on Cluster Munitions" if number % 10 == 0 else f"Question number {number}"
            for state, vote in zip(members, votes):
                writer.writerow(
                    [
                        str(10_000 + number),
                        state.alpha3,
                        state.un_name.upper(),
                        vote,
                        f"20{session - 50:02d}-12-0{1 + number % 9}",
                        str(session),
                        symbol,
                        f"A/C.1/{session}/L.{number}",
                        f"A/{session}/4{number % 10}",
                        f"A/{session}/PV.{40 + number % 30}",
                        f"{title} : resolution / adopted by the General Assembly",
                        "General and complete disarmament",
                        "",
                        "",
                        f"{count['Y']}.0",
                        f"{count['N']}.0",
                        f"{count['A']}.0",
                        f"{count['X']}.0",
                        f"{len(members)}.0",
                        f"https://digitallibrary.un.org/record/{10_000 + number}",
                    ]
                )
    return totals


def test_both_layouts_are_detected():
    for name in ("current_layout.csv", "older_layout.csv"):
        assert loaders.detect((DATA / "undl" / name).read_text(encoding="utf-8")) is undl_votes


def test_current_layout():
    record = undl_votes.parse((DATA / "undl" / "current_layout.csv").read_text(encoding="utf-8"))
    first, second = record.events
    assert (first.symbol, first.session, first.plenary_meeting, first.subject_treaty) == (
        "A/RES/77/79",
        "77",
        46,
        "ccm",
    )
    assert first.title == "Implementation of the Convention on Cluster Munitions"
    assert (first.draft, first.committee_report) == ("A/C.1/77/L.42", "A/77/381")
    assert {v.state: v.option for v in first.votes} == {
        "AFG": "yes",
        "BOL": "yes",
        "CIV": "yes",
        "CYP": "yes",
        "RUS": "no",
        "TUR": "abstain",
        "VEN": "non-voting",
    }
    assert first.mismatches == ()
    assert second.session == "ES-10" and second.mismatches == (
        "A/RES/ES-10/21: yes 2 recorded, 1 in the rows; non-voting 0 recorded, 1 in the rows",
    )


def test_older_layout_with_nv_blanks_and_historical_codes():
    record = undl_votes.parse((DATA / "undl" / "older_layout.csv").read_text(encoding="utf-8"))
    (event,) = record.events
    assert event.symbol == "A/RES/2373(XXII)" and event.session == "22" and event.plenary_meeting == 1672
    assert {v.state: v.option for v in event.votes} == {
        "BLR": "yes",
        "SUN": "yes",
        "YUG": "yes",
        "FRA": "abstain",
        "COD": "non-voting",
        "CSK": "non-voting",
    }
    assert (event.total_yes, event.total_non_voting, event.total_members) == (3, 2, 6)
    assert event.mismatches == ()


def test_every_former_and_historical_code_resolves():
    for state in gazetteer.states():
        for code in (state.alpha3, *state.former_codes):
            assert undl_votes._state(code, "") == state.alpha3


def test_synthetic_file_of_200_resolutions_by_193_states_gives_every_total(tmp_path):
    path = tmp_path / "votes.csv"
    totals = voting_csv(path, 200)
    with path.open(encoding="utf-8", newline="") as lines:
        events = list(undl_votes.parse_stream(lines))
    assert len(events) == 200
    for event in events:
        want = totals[event.symbol]
        assert (event.total_yes, event.total_no, event.total_abstain, event.total_non_voting) == (
            want["Y"],
            want["N"],
            want["A"],
            want["X"],
        )
        assert event.counted == {
            option: want[code]
            for code, option in (("Y", "yes"), ("N", "no"), ("A", "abstain"), ("X", "non-voting"))
            if want[code]
        }
        assert len(event.votes) == 193 and event.mismatches == () and event.unresolved == ()


def test_built_totals_match_and_the_query_reports_them(tmp_path):
    path = tmp_path / "votes.csv"
    totals = voting_csv(path, 200)
    store = tmp_path / "store"
    result = cli("build", "--store", store, path)
    assert result.exit_code == 0, result.output
    assert "differs" not in result.output
    table = cli("query", "vote-totals", "--store", store, "--format", "csv").output.splitlines()
    assert len(table) == 201
    for row in csv.DictReader(table):
        counts = [int(row[column]) for column in ("yes", "no", "abstain", "non_voting")]
        assert counts == [totals[row["document"]][v] for v in "YNAX"] and row["tally"] == "recorded"
    record = cli("query", "vote-record", "--store", store, "--param", "document=A/RES/61/1", "--format", "csv")
    assert len(record.output.splitlines()) == 194


def test_build_reports_totals_that_differ(tmp_path):
    result = cli("build", "--store", tmp_path / "store", DATA / "undl" / "current_layout.csv")
    assert result.exit_code == 0, result.output
    assert "differs: current_layout.csv: A/RES/ES-10/21: yes 2 recorded, 1 in the rows" in result.output


@pytest.mark.parametrize(
    "options, kept",
    [
        (["--resolution", "A/RES/61/*"], 10),
        (["--session", "61-62"], 20),
        (["--session", "61", "--session", "79"], 20),
        (["--title-words", "cluster MUNITIONS"], 20),
        (["--resolution", "A/RES/70/*", "--title-words", "cluster"], 10),
    ],
)
def test_build_keeps_only_the_selected_resolutions(tmp_path, options, kept):
    path = tmp_path / "votes.csv"
    voting_csv(path, 200)
    store = tmp_path / "store"
    result = cli("build", "--store", store, path, *options)
    assert result.exit_code == 0, result.output
    table = cli("query", "vote-totals", "--store", store, "--format", "csv")
    assert len(table.output.splitlines()) - 1 == kept


def test_a_bad_session_option_is_a_usage_error(tmp_path):
    result = cli("build", "--store", tmp_path / "store", DATA / "undl" / "current_layout.csv", "--session", "x")
    assert result.exit_code == 2 and "--session x" in result.stderr
