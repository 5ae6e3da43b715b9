"""Saved queries over status tables and voting data: as-of-date status, count checks, targets."""

from __future__ import annotations

import csv
import datetime as dt

import pytest
from conftest import DATA, cli

from treatykg import gazetteer
from treatykg.sources import sample_corpus

MEMBERS = [s for s in gazetteer.states() if s.status == "member"]
PARTIES, LATE, SIGNED, NEW_SIGNERS = MEMBERS[:102], MEMBERS[102:110], MEMBERS[110:119], MEMBERS[119:123]
WITHDRAWN = MEMBERS[123]  # ratified in 2010, withdrawal effective 2015


def status_table(path, with_new_signers: bool = True) -> None:
    """A CCM status page whose rows give the counts the sample resolutions state (102 parties and
    17 signatories on 4 Dec 2017; 110 and 13 from 2020), plus one withdrawal."""
    rows = [f"{s.un_name}\t3 Dec 2008\t\t1 Jun 2010" for s in PARTIES]
    rows += [f"{s.un_name}\t3 Dec 2008\t\t1 Jun 2019" for s in LATE]
    rows += [f"{s.un_name}\t3 Dec 2008\t\t" for s in SIGNED]
    rows += [f"{s.un_name}\t1 Jan 2019\t\t" for s in NEW_SIGNERS if with_new_signers]
    rows.append(f"{WITHDRAWN.un_name} 1\t\t\t2 Feb 2010 a")
    signatories = len(PARTIES) + len(LATE) + len(SIGNED) + (len(NEW_SIGNERS) if with_new_signers else 0)
    path.write_text(
        "STATUS AS AT : 01-06-2024 10:00:00 EDT\nCHAPTER XXVI\nDISARMAMENT\n6. Convention on Cluster Munitions\n"
        "Dublin, 30 May 2008\nStatus :\n"
        f"Signatories : {signatories}. Parties : {len(PARTIES) + len(LATE)}\n\n"
        "Participant\tSignature\tProvisional application(n)\tApproval(AA), Acceptance(A), Accession(a), Ratification\n"
        + "\n".join(rows)
        + f"\n\nNotes:\n1 On 1 Mar 2015, the Government of {WITHDRAWN.un_name} notified the Secretary-General "
        "of its withdrawal from the Convention, which took effect on 1 Sep 2015.\n",
        encoding="utf-8",
    )


def votes(path) -> None:
    """A vote on A/RES/72/54 (4 Dec 2017): parties, a late party, a signatory, a withdrawn state."""
    header = [
        "undl_id",
        "ms_code",
        "ms_name",
        "ms_vote",
        "date",
        "session",
        "resolution",
        "meeting",
        "title",
        "total_yes",
        "total_no",
    ]
    ballots = [(PARTIES[0], "Y"), (LATE[0], "Y"), (SIGNED[0], "N"), (WITHDRAWN, "Y"), (MEMBERS[150], "Y")]
    with path.open("w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(header)
        for state, vote in ballots:
            writer.writerow(
                [
                    "1",
                    state.alpha3,
                    state.un_name.upper(),
                    vote,
                    "2017-12-04",
                    "72",
                    "A/RES/72/54",
                    "A/72/PV.62",
                    "Implementation of the Convention on Cluster Munitions",
                    "4",
                    "1",
                ]
            )


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    folder = tmp_path_factory.mktemp("participation")
    status_table(folder / "ccm_status.txt")
    votes(folder / "votes.csv")
    target = folder / "store"
    result = cli("build", "--store", target, sample_corpus(), folder / "ccm_status.txt", folder / "votes.csv")
    assert result.exit_code == 0, result.output
    return target


def query(store, name, *params):
    result = cli("query", name, "--store", store, "--format", "csv", *(f"--param={p}" for p in params))
    assert result.exit_code == 0, result.output + result.stderr
    return list(csv.DictReader(result.output.splitlines()))


def test_participation_on_a_past_date_differs_from_today(store):
    late = LATE[0].alpha3
    today = {row["state"]: row for row in query(store, "participation", "treaty=ccm")}
    then = {row["state"]: row for row in query(store, "participation", "treaty=CCM", "as_of=2017-12-04")}
    assert (today[late]["status"], then[late]["status"]) == ("party", "signatory")
    assert today[late]["consent"] == "2019-06-01" and then[late]["consent"] == ""
    assert NEW_SIGNERS[0].alpha3 in today and NEW_SIGNERS[0].alpha3 not in then
    assert today[WITHDRAWN.alpha3]["status"] == "withdrawn" and today[WITHDRAWN.alpha3]["withdrawn"] == "2015-09-01"
    assert today[PARTIES[0].alpha3]["source"] == "ccm_status.txt"
    assert sum(row["status"] == "party" for row in today.values()) == 110


def test_participation_history_of_a_state(store):
    rows = query(store, "participation-history", f"state={LATE[0].un_name}")
    assert [(r["event"], r["date"]) for r in rows] == [("signature", "2008-12-03"), ("ratification", "2019-06-01")]


def test_count_check_agrees_with_the_status_table(store):
    rows = query(store, "count-check")
    assert [(r["resolution"], r["computed_parties"], r["computed_signatories"], r["agrees"]) for r in rows] == [
        ("A/RES/72/54", "102", "17", "true"),
        ("A/RES/75/62", "110", "13", "true"),
        ("A/RES/77/79", "110", "13", "true"),
    ]


def test_count_check_disagrees_when_the_records_differ(tmp_path):
    status_table(tmp_path / "ccm_status.txt", with_new_signers=False)
    store = tmp_path / "store"
    assert cli("build", "--store", store, sample_corpus(), tmp_path / "ccm_status.txt").exit_code == 0
    rows = query(store, "count-check", "treaty=CCM")
    assert [(r["resolution"], r["computed_signatories"], r["agrees"]) for r in rows] == [
        ("A/RES/72/54", "17", "true"),
        ("A/RES/75/62", "9", "false"),
        ("A/RES/77/79", "9", "false"),
    ]


def test_universalization_targets(store):
    rows = query(store, "universalization-targets", "treaty=CCM", "document=A/RES/72/54")
    assert {(r["state"], r["vote"], r["status"]) for r in rows} == {
        (LATE[0].alpha3, "yes", "signatory"),
        (WITHDRAWN.alpha3, "yes", "withdrawn"),
        (MEMBERS[150].alpha3, "yes", "none"),
    }


def test_voting_history_by_treaty(store):
    rows = query(store, "voting-history", f"state={PARTIES[0].alpha3}", "treaty=ccm")
    assert [(r["document"], r["date"], r["vote"]) for r in rows] == [("A/RES/72/54", "2017-12-04", "yes")]
    assert query(store, "voting-history", f"state={PARTIES[0].alpha3}", "treaty=CCW") == []


@pytest.mark.parametrize(
    "params, message",
    [
        (["treaty=no such treaty"], "no treaty of that name"),
        (["treaty=CCM", "as_of=4 Dec 2017"], "not an ISO date"),
    ],
)
def test_unknown_parameter_values_are_clear_errors(store, params, message):
    result = cli("query", "participation", "--store", store, *(f"--param={p}" for p in params))
    assert result.exit_code == 2 and message in result.stderr


def test_as_of_defaults_to_today(store):
    assert query(store, "participation", "treaty=CCM") == query(
        store, "participation", "treaty=CCM", f"as_of={dt.date.today().isoformat()}"
    )


def cut_short(page: str) -> tuple[str, list[str]]:
    """The status page cut off in the middle of its participant rows (as a download that stopped),
    and the names of the participants it loses."""
    lines = page.splitlines()
    header = next(i for i, line in enumerate(lines) if line.startswith("Participant"))
    end = next(i for i, line in enumerate(lines) if i > header and not line.strip())
    middle = header + 1 + (end - header - 1) // 2
    lost = [line.split("\t")[0] for line in lines[middle:end]]
    return "\n".join(lines[:middle]) + "\n", lost


@pytest.fixture(scope="module")
def stores(tmp_path_factory):
    """The sample corpus with the voting CSV and the status page: whole, and cut short."""
    folder = tmp_path_factory.mktemp("cut")
    page = (DATA / "untc" / "ccm_page.txt").read_text(encoding="utf-8")
    text, lost = cut_short(page)
    (folder / "ccm_cut.txt").write_text(text, encoding="utf-8")
    built = {}
    for name, table in (("whole", DATA / "untc" / "ccm_page.txt"), ("cut", folder / "ccm_cut.txt")):
        result = cli("build", "--store", folder / name, sample_corpus(), table, DATA / "undl" / "current_layout.csv")
        assert result.exit_code == 0, result.output
        built[name] = folder / name
        if name == "cut":
            assert "incomplete: ccm_cut.txt" in result.output
    lost_codes = {gazetteer.find_state(name.rstrip(" 0123456789")).alpha3 for name in lost}
    return built, lost_codes


def test_a_cut_short_status_table_makes_participation_incomplete(stores):
    built, lost = stores
    whole = query(built["whole"], "participation", "treaty=CCM")
    cut = query(built["cut"], "participation", "treaty=CCM")
    assert {r["complete"] for r in whole} == {"true"} and {r["complete"] for r in cut} == {"false"}
    assert lost and lost <= {r["state"] for r in whole} and not lost & {r["state"] for r in cut}
    history = query(built["cut"], "participation-history", f"state={cut[0]['state']}")
    assert history and {r["complete"] for r in history} == {"false"}
    profile = [
        r for r in query(built["cut"], "state-profile", f"state={cut[0]['state']}") if r["kind"] == "participation"
    ]
    assert profile and {r["complete"] for r in profile} == {"false"}


def test_states_absent_from_a_cut_short_table_are_no_record_not_none(stores):
    built, lost = stores
    (document,) = {
        r["document"]
        for r in query(built["whole"], "vote-totals")
        if r["tally"] == "recorded" and r["document"].startswith("A/RES/77")
    }
    whole = {
        r["state"]: r for r in query(built["whole"], "universalization-targets", "treaty=CCM", f"document={document}")
    }
    cut = {r["state"]: r for r in query(built["cut"], "universalization-targets", "treaty=CCM", f"document={document}")}
    yes = {r["state"] for r in query(built["cut"], "vote-record", f"document={document}") if r["vote"] == "yes"}
    absent_yes = yes & lost
    assert absent_yes, "the cut must lose a state that voted yes"
    for state in absent_yes:
        assert state not in whole  # a party by the whole table
        assert (cut[state]["status"], cut[state]["complete"]) == ("no record", "false")
    assert all(r["status"] != "none" for r in cut.values())
    assert {r["complete"] for r in whole.values()} == {"true"}
    assert any(r["status"] == "none" for r in whole.values())


def test_count_check_does_not_disagree_on_incomplete_records(stores):
    built, _ = stores
    cut = query(built["cut"], "count-check")
    assert cut and {(r["complete"], r["agrees"]) for r in cut} == {("false", "")}
    whole = query(built["whole"], "count-check")
    assert {r["complete"] for r in whole} == {"true"} and {r["agrees"] for r in whole} <= {"true", "false"}
    # without any status table of the treaty the records are not complete either
    assert {(r["complete"], r["agrees"]) for r in query(built["whole"], "count-check", "treaty=CCW")} <= {("false", "")}
