"""UN meetings coverage press releases: the meeting, the drafts acted on and their tallies, and what
the release reports of states — reported, credited to the UN, never taken for the states' own words."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from pathlib import Path

import pytest
from conftest import DATA, cli

from treatykg.loaders import UnknownKind, detect, press_release
from treatykg.loaders import text as tx

RELEASE = (DATA / "press" / "release.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def record():
    assert detect(RELEASE) is press_release
    return press_release.parse(RELEASE)


def test_the_meeting_it_covers(record):
    assert (record.symbol, record.body, record.session, record.meeting) == ("GA/DIS/3999", "first-committee", "80", 21)
    assert record.date is None and "date" in record.missing  # the excerpt states no date: none is guessed


def test_tallies_go_to_the_draft_named_in_their_sentence_and_paragraph_votes_stay_apart(record):
    tallies = {(a.symbol, a.part): (a.yes, a.no, a.abstain, a.without_vote) for a in record.actions}
    assert tallies[("A/C.1/80/L.7", None)] == (150, 2, 20, False)
    assert tallies[("A/C.1/80/L.7", "preambular paragraph 4")] == (160, 3, 10, False)
    assert tallies[("A/C.1/80/L.9", None)] == (None, None, None, True)  # "L.9" of the 80th session, no vote
    assert len(tallies) == 3  # the text on small widgets is named by no symbol: its tally is no draft's


def test_states_named_beside_a_tally_are_reported_votes_on_the_whole_text_only(record):
    votes = {(v.symbol, v.state, v.option, v.intended) for v in record.votes}
    assert ("A/C.1/80/L.7", "FJI", "abstain", False) in votes and ("A/C.1/80/L.7", "PER", "abstain", False) in votes
    assert not any(state in ("EGY", "CUB", "IRN") for _, state, _, _ in votes)  # they voted on a paragraph
    assert ("A/C.1/80/L.7", "ZWE", "no", False) not in votes  # its list names a non-state: nothing taken from it
    assert {(None, "CHL", "no", False), (None, "PER", "no", False)} <= votes  # a text with no symbol
    assert (None, "PER", "yes", True) in votes  # "informed the Secretariat that it had intended to vote in favour"
    assert all(v.state != "NOR" for v in record.votes)


def test_positions_only_where_a_delegate_speaks_and_all_reported(record):
    assert {(p.position.state, p.position.stance, p.position.topic) for p in record.positions} == {
        ("PAK", "opposes", "ban")
    }
    assert all(
        p.position.modality == "reported" for p in record.positions
    )  # Norway's words stand in no speaker's paragraph


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The press release GA/DIS/3999 was widely read.\n\nIt described the meeting of the First Committee.", None),
        # Pakistan's own statement, which names a release
        (
            "Statement by Pakistan\n\nMr. Chairman, the press release GA/DIS/3999 misreports our vote.",
            "explanation_of_vote",
        ),
    ],
)
def test_a_text_that_only_names_a_press_release_is_not_one(text, kind):
    try:
        found = detect(text).KIND
    except UnknownKind:
        found = None
    assert found == kind


PLENARY = """Seventy-seventh Session,
46th Meeting (AM)
GA/12999
7 December 2022

General Assembly Adopts Texts on Cluster Munitions

By a recorded vote of 4 in favour to 1 against (Bolivia), with 1 abstention, the Assembly adopted the draft
resolution “Implementation of the Convention on Cluster Munitions” (document A/C.1/77/L.42).

Speaking after the vote, the representative of Afghanistan said his delegation had voted in favour of the text.
"""


def test_reported_and_recorded_votes_are_compared_and_explained_votes_listed(tmp_path: Path):
    release = tmp_path / "release.txt"
    release.write_text(PLENARY, encoding="utf-8")
    store = tmp_path / "store"
    built = cli("build", "--store", store, release, DATA / "undl" / "current_layout.csv")
    assert built.exit_code == 0, built.output + built.stderr

    def rows(name: str) -> list[dict]:
        answer = cli("query", name, "--store", store, "--format", "csv")
        assert answer.exit_code == 0, answer.stderr
        return list(csv.DictReader(io.StringIO(answer.stdout)))

    differing = rows("vote-discrepancies")
    assert [(r["document"], r["state"], r["recorded"], r["reported"], r["reporter"]) for r in differing] == [
        ("A/C.1/77/L.42", "BOL", "yes", "no", "United Nations")
    ]
    assert differing[0]["recorded_source"] == "current_layout.csv" and differing[0]["reported_source"] == "release.txt"
    explained = rows("explained-votes")
    assert [(r["state"], r["vote"], r["modality"], r["reporter"], r["body"]) for r in explained] == [
        ("AFG", "yes", "reported", "United Nations", "United Nations General Assembly")
    ]


def test_explained_votes_lists_a_states_own_explanation_as_stated(built_store: Path):
    answer = cli("query", "explained-votes", "--store", built_store, "--format", "csv")
    assert answer.exit_code == 0, answer.stderr
    stated = [row for row in csv.DictReader(io.StringIO(answer.stdout)) if row["modality"] == "stated"]
    assert stated and all(row["document"] and row["vote"] and not row["reporter"] for row in stated)


GROUP_PARAGRAPHS = (
    "Seventy-sixth Session,\n7th Meeting (AM)\nGA/DIS/3669\n\nFirst Committee Concludes General Debate\n\n"
    "The First Committee (Disarmament and International Security) concluded its general debate today.\n\n"
    "Indonesia’s representative, speaking for the Non‑Aligned Movement, expressed support for a ban on cluster "
    "munitions.  He said the Movement supports a ban on anti-personnel mines.\n\n"
    "The representative of Peru, speaking on behalf of a group of States, said they support a ban on cluster munitions.\n\n"
    "Chile’s representative said his country supports a ban on cluster munitions.\n\n"
    "Ecuador’s representative, associating himself with the statement made on behalf of the Non‑Aligned "
    "Movement, said his country supports a ban on cluster munitions.\n"
)


def test_a_delegate_speaking_for_a_group_reports_the_group_s_positions_not_the_state_s():
    record = press_release.parse(GROUP_PARAGRAPHS)
    by = {(claim.position.state, claim.position.by_group) for claim in record.positions}
    assert ("nam", True) in by and ("CHL", False) in by and ("ECU", False) in by
    assert not {"IDN", "PER"} & {state for state, _ in by}  # the delegate's own state says nothing here


@pytest.mark.parametrize(
    ("paragraph", "group"),
    [
        (
            "\u201cIt is imperative to end weapons-sharing arrangements,\u201d Indonesia\u2019s delegate, speaking on behalf "
            "of the Non-Aligned Movement, told the First Committee today, in its thematic debate.",
            "nam",
        ),
        (
            "Intervenant au nom de la Communauté des États d\u2019Amérique latine et des Caraïbes (CELAC), le délégué de "
            "Cuba a rappelé que le Traité était la pierre angulaire du régime.",
            "celac",
        ),
    ],
)
def test_a_group_s_words_the_lexicon_cannot_classify_are_the_group_s_not_its_speaker_s(paragraph, group):
    text = "Seventy-ninth Session,\n12th Meeting (AM)\nGA/DIS/9744\n\nFirst Committee Debates\n\n" + paragraph + "\n"
    found = {(c.position.state, c.position.by_group, c.position.topic) for c in press_release.parse(text).positions}
    assert found == {(group, True, "unclassified")}


TURNS = (
    "Seventy-second Session,\n26th Meeting (AM)\nGA/DIS/3592\n\nFirst Committee Approves Drafts\n\n"
    "The First Committee (Disarmament and International Security) approved drafts today.\n\n"
    "With delegates voicing different opinions on the draft, Egypt’s representative pointed out that the "
    "language in preambular paragraph 12 raised a web of issues.  Meanwhile, Cuba’s representative said operative "
    "paragraph 23 lacked an appropriate framework to establish definitions of anti‑personnel mines.\n\n"
    "Referring to the report on anti-personnel mines, Peru’s representative noted that the figures were new.\n\n"
    "Explaining his negative vote, while reaffirming his commitment to the goal, the representative of India "
    "said that the main legal instrument, namely the NPT, seemed to have been ineffective.\n"
)


def test_each_delegate_s_turn_reports_what_that_delegate_said_about_a_topic():
    record = press_release.parse(TURNS)
    found = {(c.position.state, c.position.stance, c.position.topic) for c in record.positions}
    # Egypt said nothing on a topic; Peru's topic stands only in the opening, before what it noted: what it
    # noted is kept as its words, unclassified
    assert found == {("CUB", "considers", "landmines"), ("IND", "considers", "npt"), ("PER", "says", "unclassified")}
    (cuba,) = [c.position for c in record.positions if c.position.state == "CUB"]
    assert cuba.quote.startswith("Meanwhile, Cuba’s representative said") and "anti‑personnel" in cuba.quote


def test_a_list_of_states_the_text_cuts_off_states_the_names_before_the_cut():
    text = (
        "Seventy-second Session,\n26th Meeting (AM)\nGA/DIS/3592\n\nFirst Committee Approves Drafts\n\n"
        "The First Committee (Disarmament and International Security) approved the draft resolution "
        "(document A/C.1/72/L.15/Rev.1) by a recorded vote of 132 in favour to none against, with 10 abstentions "
        "(Algeria, Cuba, Egypt, Myan"
    )
    record = press_release.parse(text)
    assert sorted((v.state, v.option) for v in record.votes) == [
        ("CUB", "abstain"),
        ("DZA", "abstain"),
        ("EGY", "abstain"),
    ]


SPEECHES = (
    "Fifty-fifth Session,\n80th Meeting (AM)\nGA/9999\n\nAssembly Discusses Mine Action\n\n"
    "“We owe the next generation a world without fear,” the representative of the United States told the "
    "General Assembly this morning.\n\n"
    "He said the millions of landmines still planted posed a tragic threat.\n\n"
    "The representative of the Russian Federation, also speaking to Belarus, said he was fully committed to "
    "dealing with non-strategic nuclear weapons.\n\n"
    "Describing violence in parts of the continent, the Central African Republic’s delegate underlined a need to "
    "stop the spread of light weapons.  Stressing how easily small arms could be bought, the representative of "
    "Togo said that those weapons caused instability.\n\n"
    "The Assembly then said that nuclear weapons remained a concern.  He said the draft would be adopted.\n"
)


def test_who_speaks_is_read_in_every_layout_of_a_delegate_s_turn():
    found = {(c.position.state, c.position.stance, c.position.topic) for c in press_release.parse(SPEECHES).positions}
    assert found == {
        ("USA", "considers", "landmines"),  # quote first; the turn goes on in the next paragraph ("He said …")
        ("RUS", "considers", "nuclear-weapons"),  # "the Russian Federation": support near a harm is only what he said
        (
            "CAF",
            "opposes",
            "small-arms",
        ),  # a participle opens the sentence; "delegate" after the possessive; "a need to stop"
        ("TGO", "considers", "small-arms"),  # "those weapons": the one weapon the sentence named before
    }
    # the Assembly's paragraph is nobody's turn: its "He said" continues no delegate


def test_a_copy_kept_without_its_header_is_read_by_the_symbol_its_un_address_is_made_of():
    text = SPEECHES.split("\n\n", 2)[2]  # no symbol, no meeting line
    address = "https://press.un.org/en/2000/ga9999.doc.htm"
    assert detect(text, address) is press_release
    record = press_release.parse(text, address)
    assert record.symbol == "GA/9999" and "date" in record.missing
    assert press_release.symbol_of_address("https://www.un.org/press/en/2018/gadis3601.doc.htm") == "GA/DIS/3601"
    with pytest.raises(UnknownKind):  # another site, or no address: not known to be a press release
        detect(text, "https://example.org/en/2000/ga9999.doc.htm")


def test_a_fourth_committee_release_is_read_with_its_drafts_in_full_and_never_as_the_first_committee_s():
    text = (
        "Seventy-sixth Session,\n15th Meeting (PM)\nGA/SPD/743\n\nFourth Committee Approves Texts\n\n"
        "The Committee approved a text on mine action (document A/C.4/76/L.13) by a recorded 156 votes in favour to "
        "2 against (Canada, Israel), with 2 abstentions (Fiji, Uruguay).\n\n"
        "It then approved another text (L.9) by a recorded vote of 150 in favour to 1 against (Israel), with 3 "
        "abstentions.\n"
    )
    assert detect(text) is press_release
    record = press_release.parse(text)
    assert (record.symbol, record.body, record.session, record.meeting) == ("GA/SPD/743", "fourth-committee", "76", 15)
    assert [(a.symbol, a.yes, a.no, a.abstain) for a in record.actions] == [("A/C.4/76/L.13", 156, 2, 2)]
    assert {(v.symbol, v.state, v.option) for v in record.votes} == {
        ("A/C.4/76/L.13", "CAN", "no"),
        ("A/C.4/76/L.13", "ISR", "no"),
        ("A/C.4/76/L.13", "FJI", "abstain"),
        ("A/C.4/76/L.13", "URY", "abstain"),
        (None, "ISR", "no"),
    }  # the short "L.9" is no First Committee draft: a vote on a text the release names by no symbol
    assert press_release.symbol_of_address("https://press.un.org/en/2021/gaspd743.doc.htm") == "GA/SPD/743"


AFTER_THE_WORDS = (
    "Fifty-first Session,\n60th Meeting (AM)\nGA/9998\n\nAssembly Discusses Mine Clearance\n\n"
    "Other regions threatened by the spread of illegal arms included Africa, said Egypt’s representative.  "
    "Stemming the flow of small arms was urgent, he stressed.\n\n"
    "In the Lao People's Democratic Republic, funding was needed to clear the mines, its representative told the Assembly.\n\n"
    "Victims suffered long after a cease-fire, the representative of Ukraine said.  "
    "Landmines in Peru were a threat, said the representative of Chile.\n"
)


def test_a_speaker_named_after_the_words_is_the_speaker_of_those_words():
    found = {(c.position.state, c.position.topic) for c in press_release.parse(AFTER_THE_WORDS).positions}
    assert found == {("EGY", "small-arms"), ("LAO", "humanitarian-concerns"), ("UKR", "unclassified")}
    # Egypt's turn goes on ("…, he stressed."): a row for each sentence; Ukraine's words name no topic (kept
    # as its words, unclassified); Chile's words name another state, whose view they may be: nothing is read
    egypt = sorted(
        c.position.quote for c in press_release.parse(AFTER_THE_WORDS).positions if c.position.state == "EGY"
    )
    assert [quote.split()[0] for quote in egypt] == ["Other", "Stemming"]


def test_the_un_s_older_press_addresses_give_the_symbol_too():
    assert press_release.symbol_of_address("https://www.un.org/press/en/1996/19961205.ga9185.html") == "GA/9185"
    assert press_release.symbol_of_address("https://www.un.org/press/en/1996/19961205.sc9185.html") == "SC/9185"
    # the disarmament series, read since, is named so too
    assert press_release.symbol_of_address("https://www.un.org/press/en/1996/19961205.dc9185.html") == "DC/9185"


@pytest.mark.parametrize(
    ("address", "symbol"),
    [
        ("https://press.un.org/fr/2031/cs99945.doc.htm", "CS/99945"),  # the French releases
        ("https://static.un.org/press/fr/2031/agdsi9977.doc.htm", "AG/DSI/9977"),
        ("https://www.un.org/press/fr/2031/AG19099.doc.htm", "AG/19099"),
        ("https://press.un.org/fr/2031/20310915.cdg975.doc.html", "CD/G/975"),
        ("https://press.un.org/fr/2031/cd9987.doc.htm", "CD/9987"),
        ("https://static.un.org/press/en/2031/dc9545.doc.htm", "DC/9545"),  # the site's other host
        ("https://press.un.org/en/2031/dcf924.doc.htm", "DCF/924"),
        ("http://www.un.org/News/Press/docs/2031/sc99692.doc.htm", "SC/99692"),  # its older path
        ("http://www.un.org/News/Press/docs/1999/19990815.sc9257.html", "SC/9257"),
        # not a meetings coverage release: the Secretary-General's statements, another site, another page
        ("https://press.un.org/en/2031/sgsm99034.doc.htm", None),
        ("https://example.org/press/en/2031/sc99692.doc.htm", None),
        ("https://press.un.org/en/2031/sc99692-annex.pdf", None),
    ],
)
def test_the_un_s_press_addresses_in_french_at_other_hosts_and_paths(address, symbol):
    assert press_release.symbol_of_address(address) == symbol


COUNCIL_WITHOUT_SYMBOL = (
    "9999th Meeting (PM)\n\nSecurity Council Fails to Adopt Draft on Ruritania\n\n"
    "Representative Rejects ‘Loaded Language’ against Capital\n\n"
    "The Security Council today rejected a draft resolution on the situation in Ruritania.\n\n"
    "Defeated by 11 votes in favour to 1 against (Russian Federation), with 3 abstentions (China, Ethiopia, "
    "Kazakhstan), the draft would have demanded access.\n\n"
    "The representative of Ethiopia said: “We voted in favour of the previous text, but we could not support this one.”\n"
)


def test_a_release_at_the_un_s_address_of_its_symbol_is_read_as_the_release_though_it_reads_like_a_statement():
    address = "https://press.un.org/en/2031/sc99991.doc.htm"
    assert detect(COUNCIL_WITHOUT_SYMBOL, address) is press_release  # its headline names a representative's words
    record = press_release.parse(COUNCIL_WITHOUT_SYMBOL, address)
    assert (record.symbol, record.body, record.meeting) == ("SC/99991", "unsc", 9999)
    assert ("RUS", "no") in {(v.state, v.option) for v in record.votes}
    # elsewhere, the same text is no known release: the other readers decide
    assert detect(COUNCIL_WITHOUT_SYMBOL, "https://example.org/en/2031/sc99991.doc.htm") is not press_release


def test_the_plenary_s_release_on_first_committee_texts_and_dates_as_the_un_wrote_them():
    plenary = (
        "Seventy-second Session,\n62nd Meeting (PM)\nGA/11984\n\nAdopting 57 First Committee Texts, General Assembly "
        "Addresses Security Issues\n\nHeeding the recommendation of its First Committee, the General Assembly adopted texts.\n"
    )
    assert press_release.parse(plenary).body == "unga"  # GA/nnnnn is the plenary's series
    old = "GA/DIS/3266\n\n03/11/03\nPress Release\nGA/DIS/3266\n\nFirst Committee\n\n20th Meeting (PM)\n\nText.\n"
    assert press_release.parse(old).date == dt.date(2003, 11, 3)
    assert press_release.parse(old.replace("03/11/03", "5/12/2013")).date == dt.date(2013, 12, 5)  # a one-digit day
    republished = "28 October 2005\nGA/DIS/3311\nPress Release\n(Issued on 27 October 2005.)\n\nFirst Committee text.\n"
    assert press_release.parse(republished).date == dt.date(2005, 10, 27)


PLENARY_ON_COMMITTEE_TEXTS = (
    "Seventy-second Session,\n62nd Meeting (PM)\nGA/11984\n\nGeneral Assembly Adopts Drafts on First Committee\u2019s "
    "Recommendation\n\nA draft on widgets had the Assembly call upon States to report on them (L.12/Rev.1).\n\n"
    "It was adopted by a recorded vote of 169 in favour to 2 against (Fiji, Peru), with 1 abstention (Chile).\n"
)


def test_a_plenary_release_on_first_committee_texts_names_the_committee_s_drafts_by_short_symbol():
    record = press_release.parse(PLENARY_ON_COMMITTEE_TEXTS)
    assert [(a.symbol, a.yes, a.no, a.abstain) for a in record.actions] == [("A/C.1/72/L.12/Rev.1", 169, 2, 1)]
    assert {(v.symbol, v.state, v.option) for v in record.votes} == {
        ("A/C.1/72/L.12/Rev.1", "FJI", "no"),
        ("A/C.1/72/L.12/Rev.1", "PER", "no"),
        ("A/C.1/72/L.12/Rev.1", "CHL", "abstain"),
    }
    # a release that also adopts another Main Committee's texts: "L.12" could be either Committee's
    mixed = PLENARY_ON_COMMITTEE_TEXTS + "\nThe Assembly then took up the reports of its Fourth Committee.\n"
    assert {v.symbol for v in press_release.parse(mixed).votes} == {None}


def test_a_delegate_explaining_an_abstention_is_reported_abstaining():
    text = TURNS + "\nSimilarly, the representative of Japan, explaining his abstention, said the draft went too far.\n"
    votes = {(v.state, v.option, v.explained) for v in press_release.parse(text).votes}
    assert ("JPN", "abstain", True) in votes and ("IND", "no", True) in votes  # "Explaining his negative vote"
    text += "\nExplaining his decision not to vote on the draft, the representative of Cuba said it was flawed.\n"
    assert ("CUB", "non-voting", True) in {(v.state, v.option, v.explained) for v in press_release.parse(text).votes}
    cast = text + "\nWhile casting a favourable vote, Chile's representative said his delegation had reservations.\n"
    assert ("CHL", "yes", True) in {(v.state, v.option, v.explained) for v in press_release.parse(cast).votes}
    other = text + "\nIn Peru, while casting a negative vote, the representative of Chile said the text was flawed.\n"
    assert "CHL" not in {v.state for v in press_release.parse(other).votes}


@pytest.mark.parametrize(
    "said",
    [
        "The representative of Cuba said his delegation would have abstained if a vote had been held.",  # no vote
        "The representative of Mexico said that Fiji had voted against the draft and Mexico regretted it.",
    ],
)
def test_a_vote_a_delegate_did_not_cast_is_not_reported_as_its_vote(said):
    text = (
        "Eightieth Session,\n21st Meeting (PM)\nGA/DIS/3999\n\nFirst Committee Approves Draft on Widgets\n\n"
        "By a recorded vote of 170 in favour to 1 against (Fiji), with 2 abstentions (Peru, Chile), the Committee "
        "approved the draft resolution \u201cClearance of widgets\u201d (document A/C.1/80/L.7).\n\n" + said + "\n"
    )
    delegate = "CUB" if "Cuba" in said else "MEX"
    assert not [vote for vote in press_release.parse(text).votes if vote.state == delegate]
    own = text.replace(said, said.split(" said ")[0] + " said his delegation had voted in favour of the draft.")
    assert [(v.state, v.option) for v in press_release.parse(own).votes if v.state == delegate] == [(delegate, "yes")]


def test_a_tally_of_another_session_is_no_vote_here_and_an_intention_told_the_committee_is_read():
    text = (
        "Eightieth Session,\n21st Meeting (PM)\nGA/DIS/3999\n\nFirst Committee Approves Draft on Widgets\n\n"
        "By a recorded vote of 170 in favour to 2 against (Fiji, Peru), with 2 abstentions (Cuba, Iran), the "
        "Committee approved the draft resolution (document A/C.1/80/L.7). Last year, the text was approved by 160 in "
        "favour to 3 against (Chile, Cuba, Iran), with 4 abstentions. Subsequently, the delegation of Cuba informed "
        "the Committee that it had intended to vote in favour.\n"
    )
    record = press_release.parse(text)
    assert [(a.symbol, a.yes, a.no, a.abstain) for a in record.actions] == [("A/C.1/80/L.7", 170, 2, 2)]
    assert sorted((v.state, v.option, v.intended) for v in record.votes) == [
        ("CUB", "abstain", False),
        ("CUB", "yes", True),
        ("FJI", "no", False),
        ("IRN", "abstain", False),
        ("PER", "no", False),
    ]


def test_a_portion_of_the_text_retained_is_the_paragraph_named_before_not_the_draft():
    text = (
        "Eightieth Session,\n21st Meeting (PM)\nGA/DIS/3999\n\nFirst Committee Approves Draft on Widgets\n\n"
        "By a recorded vote of 170 in favour to 1 against (Fiji), with 2 abstentions (Peru, Chile), the Committee "
        "approved the draft resolution \u201cClearance of widgets\u201d (document A/C.1/80/L.7).\n\n"
        "Prior to the draft's approval, a separate vote was held on operative paragraph 5. The Committee retained "
        "that portion of the text by a vote of 160 in favour to 1 against (Fiji), with 6 abstentions (Cuba, Iran).\n"
    )
    record = press_release.parse(text)
    tallies = {(a.symbol, a.part): (a.yes, a.no, a.abstain) for a in record.actions}
    assert tallies == {("A/C.1/80/L.7", None): (170, 1, 2), ("A/C.1/80/L.7", "operative paragraph 5"): (160, 1, 6)}
    assert {(v.state, v.option) for v in record.votes} == {("FJI", "no"), ("PER", "abstain"), ("CHL", "abstain")}
    # a sentence that opens with its tally names what was voted on after it; "as a whole" is the paragraph's
    opening = text.replace(
        "The Committee retained that portion of the text by a vote of 160 in favour to 1 against (Fiji), with 6 "
        "abstentions (Cuba, Iran).",
        "By a recorded vote of 160 in favour to 1 against (Nauru), with 6 abstentions, the Committee also retained "
        "operative paragraph 5 as a whole.",
    )
    record = press_release.parse(opening)
    assert {(a.part, a.yes) for a in record.actions} == {(None, 170), ("operative paragraph 5", 160)}
    assert "NRU" not in {v.state for v in record.votes}
    # "Prior to passage of the draft as a whole" says when the paragraph's vote was held, not that it was the whole's
    considered = text.replace(
        "Prior to the draft's approval, a separate vote was held on operative paragraph 5. The Committee retained "
        "that portion of the text by a vote of 160 in favour to 1 against (Fiji), with 6 abstentions (Cuba, Iran).",
        "Prior to passage of the draft as a whole, the Committee considered operative paragraph 5, deciding to retain "
        "it by a vote of 160 in favour to 1 against (Fiji), with 6 abstentions (Cuba, Iran).",
    )
    record = press_release.parse(considered)
    assert {(a.part, a.yes) for a in record.actions} == {(None, 170), ("operative paragraph 5", 160)}
    assert not {"CUB", "IRN"} & {v.state for v in record.votes}


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # a delegate shown speaking on a matter the lexicon has no topic for: the quote, unclassified
        (
            "Egypt’s delegate highlighted the intention of some States to turn outer space into an area of conflict.",
            {("EGY", "says", "unclassified")},
        ),
        (
            "Outer space is the common heritage of all humanity, said Sri Lanka’s representative.",
            {("LKA", "says", "unclassified")},
        ),
        # the excerpt is cut right after the verb: no words, nothing
        ("China’s representative said", set()),
        # the delegate speaks for a group just after: the group's words, not the state's
        (
            "Outer space must stay peaceful, said Guyana’s delegate.\n\nSpeaking on behalf of the Caribbean Community, "
            "he said the region was at risk.",
            set(),
        ),
        # a classified position is not doubled by an unclassified one
        (
            "The representative of Chile said that his country supports a ban on cluster munitions.",
            {("CHL", "supports", "ban")},
        ),
        # a clause before the delegate ("As the Committee approved …, ")
        (
            "As the Committee approved a package of texts on outer space, Bhutan’s representative said the realm "
            "belongs to all humanity.",
            {("BTN", "says", "unclassified")},
        ),
        # a delegate joined to a sentence about many speakers, speaking in a participle
        (
            "Many speakers drew attention to the coming review, with the representative of Tonga saying that a new "
            "page had been written.",
            {("TON", "says", "unclassified")},
        ),
        # a participle clause first, the state's name used as an adjective ("the Fiji representative")
        (
            "Asserting that his delegation had voted with regret, the Fiji representative said his Government backed "
            "the measures proposed.",
            {("FJI", "says", "unclassified")},
        ),
        # … but not one who is only named there
        ("Many speakers welcomed the review, with the representative of Tonga in the chair.", set()),
        # the delegate named after the words, "from" the state, going on speaking
        (
            "Nothing about those texts was minor, said the representative from the Dominican Republic, declaring "
            "that the term misled.",
            {("DOM", "says", "unclassified")},
        ),
    ],
)
def test_what_a_delegate_said_on_no_topic_is_kept_unclassified(paragraph, expected):
    text = f"Eightieth Session,\n21st Meeting (PM)\nGA/DIS/3999\n\nFirst Committee Debates Outer Space\n\n{paragraph}\n"
    record = press_release.parse(text)
    assert {(p.position.state, p.position.stance, p.position.topic) for p in record.positions} == expected
    assert all(p.position.modality == "reported" for p in record.positions)


def test_a_security_council_release_and_a_release_covering_two_meetings():
    council = (
        "9509th Meeting (AM & PM)\nSC/15533\n\nSpeakers in Security Council Debate Small Arms\n\n"
        "Small arms kill 700 people a day, speakers told the Security Council today.\n"
    )
    assert detect(council) is press_release
    record = press_release.parse(council)
    assert (record.symbol, record.body, record.meeting, record.session) == ("SC/15533", "unsc", 9509, None)
    assert "session" not in record.missing  # the Council has none
    plenary = "Seventy-seventh Session,\n46th & 47th Meetings (AM & PM)\nGA/12478\n\nAssembly Adopts Texts\n\nThe Assembly acted.\n"
    record = press_release.parse(plenary)
    assert (record.meeting, record.last_meeting) == (46, 47)  # both meetings the one release covers
    assert not any("47" in item for item in record.missing)
    one = press_release.parse(plenary.replace("46th & 47th Meetings", "46th Meeting"))
    assert (one.meeting, one.last_meeting) == (46, None)  # one meeting: no second one


@pytest.mark.parametrize(
    ("line", "meetings"),
    [
        ("512th & 513th Meetings (AM)", (512, 513)),
        ("1st and 2nd Meetings (AM & PM)", (1, 2)),
        ("7e et 8e séances plénières – matin & après-midi", (7, 8)),
        ("40e & 41e séances – matin- après-midi", (40, 41)),
        ("40e séance – matin", (40, None)),
    ],
)
def test_a_release_covering_two_meetings_in_english_or_french(line, meetings):
    text = f"GA/DIS/9990\n{line}\n\nCommittee Acts on Texts\n\nThe First Committee today approved four texts.\n"
    record = press_release.parse(text)
    assert (record.meeting, record.last_meeting) == meetings


def test_a_resumed_french_meeting_line_is_a_mark_of_the_release_and_gives_its_meeting():
    text = (
        "LA COMMISSION ACHÈVE SA SESSION\nCommuniqué de presse CD/9871 |\nCommission du désarmement\n"
        "412e séance (reprise) – après-midi\nLA COMMISSION ACHÈVE SA SESSION\n"
        "La Commission du désarmement a clôturé aujourd’hui sa session d’organisation en adoptant son rapport.\n"
    )
    assert detect(text) is press_release
    record = press_release.parse(text)
    assert (record.symbol, record.meeting) == ("CD/9871", 412)
    # "(reprise)" said of something else than the meeting line: no meeting, and the symbol alone is no release
    other = text.replace("412e séance (reprise) – après-midi", "Session d’organisation (reprise) – après-midi")
    with pytest.raises(UnknownKind):
        detect(other)


def test_dates_of_the_old_layouts_and_a_list_of_states_whose_names_hold_and():
    text = (
        "GA/DIS/3287\n\nFirst Committee Approves 21 Drafts\n\n27/10/2004\nPress Release\nGA/DIS/3287\n\n"
        "Fifty-ninth General Assembly\nFirst Committee\n19th Meeting (PM)\n\n(Issued on 28 October.)\n\n"
        "The Committee approved the draft resolution \u201cRisk of proliferation\u201d (document A/C.1/59/L.8) by a "
        "recorded vote of 157 in favour to 1 against (Israel), with 3 abstentions (Nauru, Papua New Guinea and "
        "Trinidad and Tobago).\n\n"
        "Prior to approval of the text, the Committee took a separate vote on operative paragraph 9. That provision "
        "was approved by a vote of 149 in favour to 3 against (India, Pakistan, Chile), with no abstentions.\n"
    )
    record = press_release.parse(text)
    assert record.date == dt.date(2004, 10, 28)  # the day it was issued, in the year of its head's 27/10/2004
    assert {(v.state, v.option) for v in record.votes} == {
        ("ISR", "no"),
        ("NRU", "abstain"),
        ("PNG", "abstain"),
        ("TTO", "abstain"),
    }
    assert press_release.symbol_of_address("http://unis.unvienna.org/unis/en/pressrels/2001/ga9983.html") == "GA/9983"
    the = text.replace("That provision was", "The provision was")  # "The provision" refers back as "That" does
    assert {v.state for v in press_release.parse(the).votes} == {"ISR", "NRU", "PNG", "TTO"}
    later = text.replace("(Issued on 28 October.)", "The working group would meet on 3 and 4 February 2005.")
    assert press_release.parse(later).date == dt.date(2004, 10, 27)  # the head's date, not a later one it mentions


def test_a_list_of_states_against_cut_by_the_excerpt_gives_the_names_before_the_cut():
    head = "Seventy-eighth Session,\n21st Meeting (PM)\nGA/DIS/3999\n\nFirst Committee Approves Texts\n\n"
    text = head + (
        "The Committee approved the draft resolution \u201cWidgets\u201d (document A/C.1/78/L.56). After separate votes, "
        "the draft resolution as a whole was approved by a recorded vote of 164 in favour to 5 against (Belarus, India, "
        "Mali, Niger, Ru"
    )
    assert {(v.state, v.option) for v in press_release.parse(text).votes} == {
        ("BLR", "no"),
        ("IND", "no"),
        ("MLI", "no"),
        ("NER", "no"),  # "Ru" is cut: not read
    }
    paragraph = text.replace("the draft resolution as a whole was approved", "operative paragraph 2 was retained")
    assert press_release.parse(paragraph).votes == ()


def test_an_older_release_s_date_tag_running_head_meeting_and_votes_in_favour():
    text = (
        "WIDGETS AMONG TEXTS ADOPTED\nPress Release\nGA/9035\n19951212 The General Assembly adopted texts on "
        "widgets.\n\nThe resolution on widgets (document A/50/L.12) was adopted by 110 votes in favour to 2 against "
        "(Fiji, Peru), with 3 abstentions (Chile, Cuba, Mali).\n\nGeneral Assembly Plenary - 1a - Press Release "
        "GA/9035 90th Meeting (PM) 12 December 1995\n"
    )
    record = press_release.parse(text)
    assert (record.date, record.meeting) == (dt.date(1995, 12, 12), 90)
    assert [(a.symbol, a.yes, a.no, a.abstain) for a in record.actions] == [("A/50/L.12", 110, 2, 3)]
    glued = text.replace("Press Release\nGA/9035\n", "Press Release\nGA/9035\n71stMeeting (AM)\n")
    assert press_release.parse(glued).meeting == 71
    run_on = text.replace("19951212 The General", "19951212The General").replace(" 12 December 1995", "")
    assert press_release.parse(run_on).date == dt.date(1995, 12, 12)  # a copy whose tag runs into the text


def test_a_delegate_speaking_also_for_listed_states_is_reported_for_each():
    text = (
        "Seventy-sixth session,\n14th Meeting (AM)\nGA/DIS/3675\n\nFirst Committee Approves Drafts\n\n"
        "France\u2019s representative reiterated the continued opposition to that draft, on behalf of China, Russian "
        "Federation, United Kingdom and the United States, affirming that those States will not sign it.\n"
    )
    positions = press_release.parse(text).positions
    assert {p.position.state for p in positions} == {"FRA", "CHN", "RUS", "GBR", "USA"}
    assert all(p.position.modality == "reported" for p in positions)
    # a group named among them is no list of states: the group's words are not read into any state's
    grouped = text.replace(
        "on behalf of China, Russian Federation, United Kingdom and the United States",
        "on behalf of the Non-Aligned Movement",
    )
    assert {p.position.state for p in press_release.parse(grouped).positions} <= {"nam"}


@pytest.mark.parametrize(
    ("sentence", "tally", "abstaining"),
    [
        (
            "By a vote of 14 in favour to none against, with one abstention (Russian Federation), the Council adopted "
            "resolution 2117 (2013).",
            (14, 0, 1),
            {"RUS"},
        ),
        (
            "The Council adopted resolution 2220 (2015) by a vote of 9 in favour, none against and the abstentions of "
            "Angola, Chad and China.",
            (9, 0, 3),
            {"AGO", "TCD", "CHN"},
        ),
    ],
)
def test_a_security_council_tally_is_on_the_resolution_it_adopts(sentence, tally, abstaining):
    text = "Security Council\n7036th Meeting (PM)\nSC/11131\n\nCouncil Adopts Text\n\n" + sentence + "\n"
    record = press_release.parse(text)
    symbol = re.search(r"resolution (\d+) \((\d+)\)", sentence).expand(r"S/RES/\1(\2)")
    assert [(a.symbol, a.yes, a.no, a.abstain) for a in record.actions] == [(symbol, *tally)]
    assert {(v.symbol, v.state, v.option) for v in record.votes} == {(symbol, state, "abstain") for state in abstaining}
    # in a General Assembly release, a Council resolution it cites is not what it votes on
    cited = text.replace("SC/11131", "GA/11131")
    assert all(a.symbol != symbol for a in press_release.parse(cited).actions)


def test_a_delegate_named_after_the_words_said_after_voting_on_the_one_draft():
    text = (
        "Seventy-eighth session,\n27th Meeting (PM)\nGA/DIS/3731\n\nFirst Committee Approves Draft\n\nThe Committee "
        "approved a draft resolution on widgets (document A/C.1/78/L.56).\n\nWidgets must never decide alone, "
        "Egypt\u2019s representative said after voting in favour of the resolution.\n"
    )
    record = press_release.parse(text)
    assert {(v.symbol, v.state, v.option) for v in record.votes} == {("A/C.1/78/L.56", "EGY", "yes")}
    assert {p.position.state for p in record.positions} == {"EGY"}
    # with two drafts named, "the resolution" says not which: the vote has no symbol
    two = text.replace("(document A/C.1/78/L.56).", "(document A/C.1/78/L.56) and another (document A/C.1/78/L.57).")
    assert {v.symbol for v in press_release.parse(two).votes if v.state == "EGY"} == {None}


def test_a_tally_given_with_its_counts_and_a_turn_after_a_bracketed_note():
    text = (
        "Seventy-first session,\n24th Meeting (PM)\nGA/DIS/3565\n\nFirst Committee Approves Draft\n\nThe Committee took "
        "up a draft resolution on widgets (document A/C.1/71/L.21).\n\nThe text, as a whole, was approved, with 151 in "
        "favour to none against, with 28 abstentions. (For voting details, see Annex I.)\nSpeaking before the vote, the "
        "representative of Fiji said that widgets threatened the whole of the Pacific region.\n"
    )
    record = press_release.parse(text)
    assert [(a.symbol, a.yes, a.no, a.abstain) for a in record.actions] == [("A/C.1/71/L.21", 151, 0, 28)]
    assert {p.position.state for p in record.positions} == {"FJI"}


FRENCH_RELEASE = """AG/DSI/9001

LA COMMISSION ADOPTE TROIS PROJETS DE RESOLUTION

12 novembre 2031


Communiqué de presse
AG/DSI/9001

20311112 La Commission du désarmement et de la sécurité internationale (Première Commission) a adopté ce matin trois \
projets de résolution.

Elle a adopté un projet de résolution sur les armes légères par 150 voix pour, 3 contre et 12 abstentions. Les \
représentants des pays suivants ont expliqué leur vote : Kenya, Pérou et Etats-Unis.

La Commission a adopté, à l'issue d'un vote de 140 voix pour, 2 voix contre (Japon et Royaume-Uni), un projet \
de résolution sur les mines.
"""


def test_a_french_release_is_read_as_the_english_one_is():
    assert detect(FRENCH_RELEASE) is press_release
    record = press_release.parse(FRENCH_RELEASE)
    assert (record.symbol, record.body, record.date) == ("AG/DSI/9001", "first-committee", dt.date(2031, 11, 12))
    # the states named against a text without a symbol: votes on an unnamed draft; no tally without its abstentions
    assert {(v.symbol, v.state, v.option) for v in record.votes} == {(None, "JPN", "no"), (None, "GBR", "no")}
    assert not record.actions
    # delegations listed as explaining their vote: each reported to have spoken, nothing read into it
    said = {(c.position.state, c.position.stance, c.position.topic) for c in record.positions}
    assert said == {("KEN", "says", "unclassified"), ("PER", "says", "unclassified"), ("USA", "says", "unclassified")}
    assert all(c.position.modality == "reported" for c in record.positions)


def test_an_english_list_of_delegations_explaining_their_vote_is_read_too():
    text = FRENCH_RELEASE.replace(
        "Les représentants des pays suivants ont expliqué leur vote : Kenya, Pérou et Etats-Unis.",
        "The representatives of the following countries spoke in explanation of vote: Chile and Ghana.",
    )
    record = press_release.parse(text)
    assert {c.position.state for c in record.positions} == {"CHL", "GHA"}


def test_a_tally_given_as_a_majority_names_the_states_against():
    text = FRENCH_RELEASE.split("\n\n20311112")[0].replace("AG/DSI/9001", "GA/DIS/9001").replace(
        "Communiqué de presse", "Press Release"
    ) + (
        "\n\nThe Committee approved a draft on widgets by an overwhelming majority of 166 in favour to 1 against "
        "(Japan), with 2 abstentions.\n"
    )
    record = press_release.parse(text)
    assert {(v.state, v.option) for v in record.votes} == {("JPN", "no")}


def test_a_french_release_s_head_gives_its_session_and_meeting_in_french():
    text = FRENCH_RELEASE.replace(
        "Communiqué de presse\nAG/DSI/9001",
        "Quatre-vingt-sixième session,\n16e séance plénière- après-midi\nAG/DSI/9001",
    )
    assert detect(text) is press_release
    record = press_release.parse(text)
    assert (record.symbol, record.session, record.meeting) == ("AG/DSI/9001", "86", 16)
    old_layout = FRENCH_RELEASE.replace("Communiqué de presse\n", "Soixante et unième session\n21e séance – matin\n")
    assert (press_release.parse(old_layout).session, press_release.parse(old_layout).meeting) == ("61", 21)


@pytest.mark.parametrize(
    ("word", "number"),
    [("Soixante-seizième", 76), ("soixante et unième", 61), ("quatre-vingt-unième", 81), ("première", 1),
     ("soixante-dixième", 70), ("session", None)],
)  # fmt: skip
def test_french_ordinal_words(word, number):
    assert tx.french_ordinal(word) == number


@pytest.mark.parametrize(
    ("sentence", "said", "abstained"),
    [
        (
            "Les délégations d'Israël, du Bélarus, de l'Inde et du Maroc ont tenu à indiquer que la Convention risquait "
            "de saper l'action multilatérale.",
            {"ISR", "BLR", "IND", "MAR"},
            set(),
        ),
        ("The representatives of Egypt and China stressed that the text was premature.", {"EGY", "CHN"}, set()),
        (
            "Les pays qui se sont abstenus sur ce texte présenté par la Colombie, dont le Pakistan, l'Inde ou encore la "
            "République de Corée, ont assuré souscrire à l'objectif d'un monde exempt de mines antipersonnel.",
            {"PAK", "IND", "KOR"},
            {"PAK", "IND", "KOR"},
        ),
        # a list that names something besides states is no list of speakers
        (
            "Les délégations de l'Union européenne et du Maroc ont tenu à indiquer que le texte venait trop tôt.",
            set(),
            set(),
        ),
    ],
)
def test_delegations_a_sentence_lists_as_saying_something_or_as_abstaining(sentence, said, abstained):
    text = FRENCH_RELEASE.replace("Elle a adopté un projet de résolution sur les armes légères", f"{sentence} Elle")
    record = press_release.parse(text)
    spoke = {c.position.state for c in record.positions} - {"KEN", "PER", "USA"}  # less the release's explainers
    assert spoke == said
    assert {v.state for v in record.votes if v.option == "abstain"} == abstained


GENEVA_RELEASE = """Communiqué de Presse
CD/G/9001

LA DEUXIEME REUNION DES ETATS PARTIES ACHEVE SES TRAVAUX

15 septembre 2031

Genève, le 15 septembre -- La deuxième réunion des Etats parties à la Convention sur l'interdiction de l'emploi, \
du stockage, de la production et du transfert des mines antipersonnel et sur leur destruction a achevé ses travaux.

Le Japon a déclaré que la Convention sur les armes classiques restait importante.
"""


def test_a_release_of_the_un_information_service_s_disarmament_series_takes_its_body_from_its_first_paragraph():
    assert detect(GENEVA_RELEASE) is press_release
    record = press_release.parse(GENEVA_RELEASE)
    assert (record.symbol, record.body, record.date) == ("CD/G/9001", "apmbc-msp", dt.date(2031, 9, 15))
    assert "session" not in record.missing  # the series has no session of the Assembly
    english = GENEVA_RELEASE.replace("CD/G/9001", "DC/9001").replace(
        "Genève, le 15 septembre -- La deuxième réunion des Etats parties à la Convention sur l'interdiction de "
        "l'emploi, du stockage, de la production et du transfert des mines antipersonnel et sur leur destruction a "
        "achevé ses travaux.",
        "GENEVA, 15 September (UN Information Service) -- The Commission concluded its session.",
    )
    unnamed = press_release.parse(english)
    assert (unnamed.symbol, unnamed.body) == ("DC/9001", None)  # its paragraph names no forum: none is guessed
    assert any(item.startswith("body") for item in unnamed.missing)


def test_a_release_that_names_no_body_is_built_with_the_body_recorded_missing(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "dc.txt").write_text(
        GENEVA_RELEASE.replace("CD/G/9001", "DC/9001").replace(
            "La deuxième réunion des Etats parties", "La Commission"
        ),
        encoding="utf-8",
    )
    built = cli("build", tmp_path / "docs", "--store", tmp_path / "store")
    assert built.exit_code == 0, built.stderr
    assert "lacks body" in built.stdout


def test_a_french_tally_cut_off_inside_its_list_of_states_against():
    text = FRENCH_RELEASE.rstrip("\n").rsplit("\n\n", 1)[0] + (
        "\n\nLe texte sur les mines a été adopté par 151 voix pour, 6 voix contre (Canada, Japon, É"
    )
    assert {(v.state, v.option) for v in press_release.parse(text).votes} >= {("CAN", "no"), ("JPN", "no")}


@pytest.mark.parametrize(
    ("tally", "expected", "not_expected"),
    [
        # its counts written as words
        ("par 172 voix pour, deux contre (Japon, Chili) et deux abstentions", {("JPN", "no"), ("CHL", "no")}, set()),
        # none against left unsaid
        (
            "par 141 voix pour et 2 abstentions (Turquie et République populaire démocratique de Corée)",
            {("TUR", "abstain"), ("PRK", "abstain")},
            {("TUR", "no"), ("PRK", "no")},
        ),
        # "voix en sa faveur", and the short names French releases give ("RPDC", "Syrie")
        (
            "par 172 voix en sa faveur, 1 contre (RPDC) et 3 abstentions (Inde, Égypte et Syrie)",
            {("PRK", "no"), ("IND", "abstain"), ("EGY", "abstain"), ("SYR", "abstain")},
            set(),
        ),
        # a name that is a state's only as a whole item of the list ("Maurice": Mauritius, and a given name)
        (
            "par 172 voix pour, 1 contre (Grenade) et 3 abstentions (Inde, Maurice et Syrie)",
            {("GRD", "no"), ("IND", "abstain"), ("MUS", "abstain"), ("SYR", "abstain")},
            set(),
        ),
        # some of the states against named after their count, one with its acronym in brackets
        (
            "par 147 voix et 6 contre, dont la Chine, la Russie et la République populaire démocratique de Corée "
            "(RPDC)",
            {("CHN", "no"), ("RUS", "no"), ("PRK", "no")},
            {("CHN", "abstain")},
        ),
        (
            "par 172 voix pour et 2 abstentions (Inde, M. Maurice Dupont)",
            set(),
            {("IND", "abstain"), ("MUS", "abstain")},
        ),
    ],
)
def test_french_tallies_in_words_or_with_none_against_unsaid(tally, expected, not_expected):
    text = FRENCH_RELEASE.replace("par 150 voix pour, 3 contre et 12 abstentions", tally)
    votes = {(v.state, v.option) for v in press_release.parse(text).votes}
    assert expected <= votes
    assert not votes & not_expected


def test_a_sentence_opening_with_its_tally_is_on_the_draft_named_before_when_the_draft_is_its_subject():
    text = (
        "Seventieth Session,\n22nd Meeting (PM)\nGA/DIS/3538\n\nFirst Committee Sends Drafts\n\n"
        "That text, \u201cL.40\u201d, was among 16 approved by the Committee.\n\n"
        "Approved by a recorded vote of 124 in favour to 35 against, with 15 abstentions, the draft would declare "
        "that widgets are immoral.\n"
    )
    record = press_release.parse(text)
    assert [(a.symbol, a.yes, a.no, a.abstain) for a in record.actions] == [("A/C.1/70/L.40", 124, 35, 15)]
    other = text.replace(", the draft would declare", ", the Committee would declare")  # no text its subject
    assert [(a.symbol, a.yes) for a in press_release.parse(other).actions] == [("A/C.1/70/L.40", None)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (  # French: two drafts "ont été adoptés par consensus"
            "Le projet sur la zone (L.11), ainsi que le projet sur le Moyen-Orient (L.1) ont été adoptés par consensus.",
            {"A/C.1/69/L.1", "A/C.1/69/L.11"},
        ),
        ("Le projet (L.11) a été adopté par consensus.", {"A/C.1/69/L.11"}),
        (  # the no-vote words every form shares, for drafts adopted together too
            "Los proyectos (L.11) y (L.1) fueron aprobados sin someterlo a votación.",
            {"A/C.1/69/L.1", "A/C.1/69/L.11"},
        ),
        ("The Committee decided by consensus to defer action on the draft (L.11).", set()),  # adopts nothing
        ("The draft (L.1) was deferred, and the draft (L.11) was adopted by consensus.", set()),  # one verb each
    ],
)
def test_drafts_adopted_by_consensus_in_english_and_french(sentence, expected):
    text = (
        "Soixante-neuvième session,\n20e séance – après-midi\nAG/DSI/3513\n\nLa Première Commission adopte\n\n"
        + sentence
    )
    record = press_release.parse(text + "\n")
    assert {a.symbol for a in record.actions if a.without_vote} == expected


def test_a_french_release_reports_a_delegate_explaining_the_vote_also_for_another_state():
    text = (
        "Soixante-neuvième session,\n20e séance – après-midi\nAG/DSI/3513\n\nLa Première Commission adopte\n\n"
        "Dans son explication de vote, le représentant de l\u2019Autriche, parlant également au nom de l\u2019Irlande, "
        "a souligné le déséquilibre du texte qui ne fait pas référence aux gadgets.\n"
    )
    found = press_release.parse(text).positions
    assert {p.position.state for p in found} == {"AUT", "IRL"}
    assert all(p.position.modality == "reported" for p in found)


FRENCH_DEBATE_HEAD = (
    "Soixante-neuvième session\n14e séance – matin\nAG/DSI/9002\n\nLa Première Commission entame son débat\n\n"
)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the subject after the verb: the state itself, or its delegate, and the sentence ends or goes on with a participle
        ("Ces armes alimentent les conflits du continent, a ajouté l\u2019Éthiopie.", {"ETH"}),
        ("Les groupes armés font 600 000 morts par an, a précisé pour sa part le représentant du Nigéria.", {"NGA"}),
        ("« Ces armes tuent », a affirmé la représentante de Djibouti, reprenant un sentiment partagé.", {"DJI"}),
        ("Pour la France, c\u2019est le détournement de ces armes qui menace la sécurité.", {"FRA"}),
        ("Selon le Japon, le registre doit être renforcé.", {"JPN"}),
        ("Le Président de la Confédération suisse, M. Adolf Ogi, a appelé tous les pays à adhérer au traité.", {"CHE"}),
        # no state as the subject: a region, an official, two states, a state the words name beside the speaker
        ("Pour l\u2019Afrique, ces armes sont un fléau.", set()),
        ("Ces armes sont un fléau, a déclaré le Président de la Commission.", set()),
        (
            "Le Président de l\u2019Assemblée générale, M. X (Suisse), a appelé tous les pays à adhérer au traité.",
            set(),
        ),
        ("Pour la France et l\u2019Allemagne, le traité est essentiel.", set()),
        ("Le Mali souffre de ces armes, a ajouté le représentant de la Suisse.", set()),
        ("Ces armes tuent, a ajouté l\u2019Éthiopie et le Kenya.", set()),
    ],
)
def test_a_french_release_names_its_speaker_after_the_words_or_gives_a_state_s_view_first(sentence, expected):
    found = press_release.parse(FRENCH_DEBATE_HEAD + sentence + "\n").positions
    assert {p.position.state for p in found} == expected
    assert all(p.position.modality == "reported" for p in found)


def test_a_security_council_release_whose_headline_names_the_council_acting_is_a_release():
    text = (
        "9053rd Meeting (AM)\nSC/14920\n\nSecurity Council Renews Authorization to Inspect Vessels, Adopting "
        "Resolution 2635 (2022)\n\nAdopting resolution 2635 (2022) by a vote of 14 in favour to none against, with "
        "one abstention (Russian Federation), the Council extended authorizations.\n\nThe representative of the "
        "Russian Federation, in explanation of position, said the regime had not worked.\n"
    )
    assert detect(text) is press_release
    assert press_release.parse(text).symbol == "SC/14920"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "In requesting the separate votes, the Cuban representative explained that the group's work was biased.",
            "CUB",
        ),
        ("The Chinese delegation said it supported the draft.", "CHN"),
        ("The Egyptian representative said that the draft was unbalanced.", "EGY"),
        # an adjective that is not the delegate's word, or one two states share, names no delegate
        ("The Cuban cigars were discussed by the representative.", None),
        ("The Dominican representative said that the draft was unbalanced.", None),
    ],
)
def test_a_delegate_named_by_the_adjective_of_its_state(sentence, expected):
    assert press_release._delegate(sentence, 0, len(sentence)) == expected


ONE_DRAFT = """GA/DIS/3999
12 November 2019
First Committee
Seventy-fourth session, 30th meeting (AM)

FIRST COMMITTEE APPROVES DRAFTS

The First Committee approved draft resolution A/C.1/74/L.41 by a recorded vote of 120 in favour to 5 against (Belarus,
India, Russian Federation, Syria, Zimbabwe), with 40 abstentions.

{said}
"""


@pytest.mark.parametrize(
    ("said", "option"),
    [
        ("The representative of Kenya said her delegation had voted in favour of the text.", "yes"),
        ("Speaking in explanation of vote, the representative of Kenya said her delegation abstained.", "abstain"),
        ("The texts mattered, Kenya's representative said after voting in favour of the resolution.", "yes"),
        ("The representative of Kenya said his delegation had voted in favour last year but abstained now.", None),
        ("The representative of Kenya regretted that many States had voted against the draft.", None),
        (
            "The representative of Kenya said his delegation voted against preambular paragraph 3 but for the text.",
            None,
        ),
        (
            "The representative of Kenya said that, had there been a vote, his delegation would have voted against.",
            None,
        ),
    ],
)
def test_a_delegate_s_explained_vote_is_its_own_on_this_text_only(said, option):
    record = press_release.parse(ONE_DRAFT.format(said=said))
    assert [vote.option for vote in record.votes if vote.state == "KEN"] == ([option] if option else [])


def test_a_release_published_at_its_own_symbol_s_address_is_still_as_sure_as_its_text_makes_it():
    text = (
        "In progress at UNHQ\n\nGA/9999\n\nASSEMBLY ADOPTS TEXT ON SOUTH ATLANTIC\n\n21/11/2031\nPress Release\nGA/9999\n\n\n"
        "Fifty-sixth General Assembly\n\nPlenary\n\n61st Meeting (PM)\n\nThe General Assembly this afternoon adopted a "
        "resolution by a recorded vote of 93 in favour to none against, with 1 abstention (United States).\n\n"
        "Speaking in explanation of vote, the representative of the United States said his delegation had abstained. "
        "Mr. President, we voted against the paragraph, he said.\n"
    )
    address = "https://press.un.org/en/2031/ga9999.doc.htm"
    assert press_release.detect(text, address) == press_release.detect(text) == 1.0
    assert detect(text, address) is press_release


@pytest.mark.parametrize(
    "paragraph",
    [
        # what the delegate recalls of another state, after a time
        "The representative of Japan recalled that in 2008 the United Kingdom had opposed a ban on cluster munitions.",
        # what the delegate says of other delegations, and "they" after them
        "The representative of Israel said some delegations, such as Egypt, abstained because they oppose the Arms "
        "Trade Treaty.",
    ],
)
def test_what_a_delegate_says_of_other_states_is_neither_the_delegate_s_position_nor_theirs(paragraph):
    text = RELEASE.split("Speaking after the vote")[0] + paragraph + "\n"
    record = press_release.parse(text)
    assert {c.position.state for c in record.positions} <= {"NOR"}  # Norway's words stand in no speaker's paragraph
    assert not any(v.state in ("JPN", "GBR", "ISR", "EGY") for v in record.votes)


@pytest.mark.parametrize(
    ("sentence", "state"),
    [
        (
            "The Minister of State for Foreign Affairs of Pakistan said his country supports the Arms Trade Treaty.",
            "PAK",
        ),
        ("The Prime Minister of Japan told the Assembly that Japan supports the Arms Trade Treaty.", "JPN"),
        ("The Minister for Foreign Affairs and Trade of Ireland said it supports the Arms Trade Treaty.", "IRL"),
        # a delegate answering is reported to have spoken, nothing read into it
        ("The representative of Israel responded to accusations made in the Committee against his country.", "ISR"),
        ("The President of the General Assembly said that many supported the Arms Trade Treaty.", None),
    ],
)
def test_a_minister_or_a_delegate_answering_is_a_speaker_of_the_state(sentence, state):
    text = RELEASE.split("Speaking after the vote")[0] + sentence + "\n"
    assert {c.position.state for c in press_release.parse(text).positions} == ({state} if state else set())


def test_a_geneva_release_known_by_its_dateline_s_information_service_alone():
    text = (
        "GROUP OF EXPERTS CONCLUDES ITS SESSION\nPress Release DC/9930 |\nGROUP OF EXPERTS CONCLUDES ITS SESSION\n"
        "(Reissued as received.)\nGENEVA, 16 July (UN Information Service) -- The Group of Governmental Experts "
        "concluded its Eighth Session today at the Palais des Nations in Geneva.\n"
    )
    assert detect(text) is press_release
    assert press_release.parse(text).symbol == "DC/9930"
    with pytest.raises(UnknownKind):  # the symbol alone, no mark of the UN's releases
        detect(text.replace(" (UN Information Service)", ""))


@pytest.mark.parametrize("tag", ["19970530 ", "19970530"])  # the tag apart from the dateline, or run into it
def test_the_conference_on_disarmament_s_older_series_and_its_dateline_after_a_date_tag(tag):
    text = (
        "DCF/299\n\nCONFERENCE ON DISARMAMENT CONTINUES DISCUSSION OF WIDGETS\n\n30 May 1997\n\nPress Release\nDCF/299\n\n"
        f"{tag}GENEVA, 29 May (UN Information Service) -- The representative of Chile said today that the "
        "Conference on Disarmament should negotiate a ban on anti-personnel mines.\n"
    )
    assert detect(text) is press_release
    record = press_release.parse(text)
    assert (record.symbol, record.body, record.date) == ("DCF/299", "cd", dt.date(1997, 5, 30))


def test_the_french_disarmament_series_of_new_york_and_no_conference_document_taken_for_it():
    text = (
        "CD/9119\n\nLES ÉTATS DÉBATTENT DES ARMES LÉGÈRES\n\n14/07/2031\nAssemblée généraleCD/9119\n"
        "Département de l’information • Service des informations et des accréditations • New York\n\n"
        "Troisième Réunion biennale des États\n\n1re  et 2e séances – matin & après-midi\n\n"
        "Au premier jour des travaux, les États Membres ont souligné l’importance de la coopération.\n"
    )
    assert detect(text) is press_release
    record = press_release.parse(text)
    assert (record.symbol, record.date, record.meeting) == ("CD/9119", dt.date(2031, 7, 14), 1)
    document = "CD/9119\n25 January 2031\nOriginal: English\n\nLetter on the programme of work of the Conference.\n"
    assert press_release.detect(document) == 0  # the Conference's own document: a symbol, none of a release's marks


def test_a_french_council_release_with_its_abstentions_set_off_by_dashes_and_no_date_of_its_own():
    text = (
        "9388e séance – après-midi\nCS/95369\n\nLe Conseil de sécurité reconduit l’embargo sur les armes\n\n"
        "Le Conseil de sécurité a, cet après-midi, reconduit jusqu’au 31 juillet 2032 le régime de sanctions s’appliquant "
        "en République centrafricaine, tout en décidant que l’embargo sur les armes continuera de ne pas s’appliquer.\n\n"
        "En adoptant par 13 voix pour et 2 abstentions –Chine et Fédération de Russie– la résolution 9693 (2031), le "
        "Conseil a également prorogé le mandat du Groupe d’experts.\n"
    )
    record = press_release.parse(text)
    assert record.date is None  # the sanctions' end, in the account, is no date of the release
    assert {(v.state, v.option) for v in record.votes} == {("CHN", "abstain"), ("RUS", "abstain")}


@pytest.mark.parametrize("line", ["71st Meeting (PM)", "71st Meeting* (PM)"])  # a footnote's mark after "Meeting"
def test_the_meeting_line_with_or_without_a_footnote_mark(line):
    text = f"GA/10217\n\nFifty-eighth General Assembly\nPlenary\n{line}\n\nGeneral Assembly Adopts Texts\n\nThe Assembly met.\n"
    assert press_release.parse(text).meeting == 71


def test_a_copy_kept_without_its_header_known_by_the_lead_of_its_meeting_account():
    text = (
        "12 March 1999\n\nGA/9901\n\n\nASSEMBLY ADOPTS WIDGET TREATY\n\n19990312\n\n"
        "The General Assembly this afternoon adopted the Widget Treaty by a vote of 150 in favour to 2 against "
        "(Chile and Peru), with 1 abstention (Ghana).\n"
    )
    assert detect(text) is press_release
    record = press_release.parse(text)
    assert (record.symbol, record.body, record.date) == ("GA/9901", "unga", dt.date(1999, 3, 12))
    assert {(vote.state, vote.option) for vote in record.votes} == {("CHL", "no"), ("PER", "no"), ("GHA", "abstain")}
    with pytest.raises(UnknownKind):  # an account that does not open as the UN's releases do
        detect(text.replace("The General Assembly this afternoon adopted", "Yesterday the General Assembly adopted"))


def test_a_council_release_kept_without_its_header_at_an_address_without_a_language():
    text = (
        "Security Council Renews Widget Embargo\n"
        "The Security Council today decided to renew the widget embargo for another year.\n"
        "Adopting resolution 2999 (2031) (to be issued as document S/RES/2999(2031)) by a vote of 14 in favour to "
        "none against, with 1 abstention (Ghana), the Council extended the measures of its resolution 2950 (2030) "
        "for a further 12 months.\n"
    )
    address = "https://press.un.org/2031/sc99999.doc.htm"
    assert press_release.symbol_of_address(address) == "SC/99999"
    assert detect(text, address) is press_release
    record = press_release.parse(text, address)
    assert [(v.state, v.option, v.symbol) for v in record.votes] == [("GHA", "abstain", "S/RES/2999(2031)")]
    adopted = next(action for action in record.actions if action.symbol == "S/RES/2999(2031)")
    assert (adopted.yes, adopted.no, adopted.abstain) == (14, 0, 1)  # the text adopted, not the one it extends
    cited = text.replace("Adopting resolution", "Recalling resolution")
    assert [v.symbol for v in press_release.parse(cited, address).votes] == [None]  # two texts named: whose vote?


def test_a_headline_names_the_delegations_that_explained_their_votes_or_the_one_it_sums_up():
    head = (
        "Seventy-second Session,\n48th Meeting (AM)\nGA/11999\n\nGeneral Assembly Adopts 58 Texts\n\n"
        "Resolutions Aim to Open Passage\n\nTo Negotiations; {explainers} Explain Votes\n\n"
        "Widget Security Under Strain, {speaker} Delegate Says\n\nThe General Assembly today adopted 58 texts.\n"
    )
    record = press_release.parse(head.format(explainers="Israel, Iran, South Africa", speaker="Russian Federation"))
    assert {c.position.state for c in record.positions} == {"ISR", "IRN", "ZAF", "RUS"}
    assert {c.position.topic for c in record.positions} == {"unclassified"}  # no words of theirs are given
    # a headline naming no state, or a list with an item that is none, attributes nothing
    record = press_release.parse(head.format(explainers="Israel, Many Delegations", speaker="Widget"))
    assert record.positions == ()


def test_a_speaker_named_after_the_words_as_the_country_s_speaker_who_goes_on():
    text = (
        "Seventy-second Session,\n8th Meeting (AM)\nGA/DIS/3999\n\nFirst Committee\n\n"
        "\u201cThe aggression has jeopardized collective security,\u201d Portugal\u2019s representative said, "
        "affirming that her country will stand with its partners.\n\n"
        "The widget regime is under unprecedented strain, said the United Kingdom\u2019s speaker.\n"
    )
    assert {c.position.state for c in press_release.parse(text).positions} == {"PRT", "GBR"}


def test_a_council_resolution_of_an_earlier_year_is_not_what_the_meeting_adopts():
    text = (
        "Security Council\n6552nd Meeting (PM)\nSC/10276\n9 June 2031\n\nCouncil Extends Panel\n\nThrough the adoption "
        "of resolution 2984 (2031) by a vote of 14 in favour to none against, with 1 abstention (Lebanon), the Council "
        "also set up a schedule for the Panel created by resolution 2929 (2030).\n\nExplaining his abstention, after the "
        "vote, the representative of Lebanon acknowledged the technical nature of the resolution, but said that he had "
        "voted in accordance with his position on resolution 2929 (2030).\n"
    )
    record = press_release.parse(text)
    assert [a.symbol for a in record.actions] == ["S/RES/2984(2031)"]
    assert {(v.symbol, v.state, v.option) for v in record.votes} == {("S/RES/2984(2031)", "LBN", "abstain")}


@pytest.mark.parametrize(
    ("sentence", "states"),
    [
        (
            "Vasily Nebenzya of the Russian Federation, in explanation of position, said the inspections regime has not "
            "contributed to a decrease in the illicit trade of weapons.",
            {"RUS"},
        ),
        ("Anna M. Evstigneeva of the Russian Federation recalled that her country opposes the ban on mines.", {"RUS"}),
        ("Friends of Syria said that the regime has not contributed to a decrease in the illicit trade.", set()),
        ("Jane Doe of the Russian Federation was elected Chair by acclamation.", set()),  # named, not speaking
    ],
)
def test_a_delegate_named_in_person_with_the_state_opens_the_state_s_turn(sentence, states):
    text = (
        "Security Council\n8699th Meeting (AM)\nSC/14920\n\nCouncil Extends Embargo\n\nThe Council adopted resolution "
        f"2496 (2019) unanimously.\n\n{sentence}\n"
    )
    assert {p.position.state for p in press_release.parse(text).positions} == states


@pytest.mark.parametrize(
    ("sentence", "votes"),
    [
        (
            "It rejected the draft due to a permanent member\u2019s veto in a vote of 11 in favour to 2 against (Bolivia, "
            "Russian Federation), with 2 abstaining (China, Egypt).",
            {("BOL", "no"), ("RUS", "no"), ("CHN", "abstain"), ("EGY", "abstain")},
        ),
        (
            "The draft was rejected by 4 votes in favour (Bolivia, China, Kazakhstan, Russian Federation) to 7 against "
            "(France, Italy, Sweden, Ukraine, United Kingdom, United States and Uruguay), with 0 abstentions.",
            {("BOL", "yes"), ("CHN", "yes"), ("KAZ", "yes"), ("RUS", "yes")}
            | {(s, "no") for s in ("FRA", "ITA", "SWE", "UKR", "GBR", "USA", "URY")},
        ),
        (  # a list in favour that is not the whole count is no list of the voters
            "The draft was rejected by 5 votes in favour (Bolivia, China, Kazakhstan, Russian Federation) to 7 against, "
            "with 3 abstentions.",
            set(),
        ),
    ],
)
def test_a_council_s_tally_in_a_vote_of_with_states_named_in_favour_and_abstaining(sentence, votes):
    text = "Security Council\n8105th Meeting (PM)\nSC/13072\n\nCouncil Fails to Adopt Draft\n\n" + sentence + "\n"
    record = press_release.parse(text)
    assert {(v.state, v.option) for v in record.votes} == votes


@pytest.mark.parametrize(
    ("line", "number"),
    [("65th Meeting (resumed) (Night)\nGA/99999", 65), ("Security Council\n10,001st Meeting\nSC/99999", 10001)],
)
def test_a_resumed_meeting_and_a_council_meeting_numbered_past_ten_thousand(line, number):
    text = f"Eighty-ninth Session,\n{line}\n\nThe General Assembly today adopted a text on widgets.\n"
    assert press_release.parse(text).meeting == number


COMMITTEE_HEAD = "Seventy-ninth Session,\n8th Meeting (AM)\nGA/DIS/3999\n\nFirst Committee\n\n"


@pytest.mark.parametrize(
    ("sentence", "states"),
    [
        ("Ambassador Jane Roe of Chile said that the regime needed new widgets at once.", {"CHL"}),
        ("President John Q. Public of Peru outlined his country’s long support for controls on widgets.", {"PER"}),
        ("For his part, Ghana's representative said that widgets had to be registered by all.", {"GHA"}),
        ("The representative of Norway made the point that the Commission was a deliberative body.", {"NOR"}),
        ("Sweden’s delegate agreed, adding that the forum could and should do better.", {"SWE"}),
        ("There was no time to lose, Chile’s speaker said:  the widget regime was failing.", {"CHL"}),
        (
            "“How many more widgets do we need?” asked the Director of the Ministry of Foreign Affairs of Ghana.",
            {"GHA"},
        ),
        ("The representatives of Chile and Peru, however, said there was no consensus on widgets.", {"CHL", "PER"}),
        # the words name other states and the delegate's own: the speaker is still the delegate, and only the delegate
        ("The representative of Chile recounted how his country, like Peru, had cleared its widgets.", {"CHL"}),
        (
            "“Widgets are a scourge and Ghana knows it first-hand,” said the West African country’s representative.",
            {"GHA"},
        ),
        # a delegate named inside a sentence about something else, speaking
        (
            "The widget draft prompted debate after the representative of Chile, who had introduced it, announced "
            "that it was closed to amendments.",
            {"CHL"},
        ),
        (
            "Several speakers explained their position, including the representative of Peru, who said that the "
            "holders of widgets bore the primary responsibility.",
            {"PER"},
        ),
        # an excerpt cut just after "said that" and one more whole word
        ("Chile’s representative said that, while", {"CHL"}),
        # traps: another state in the frame of the words, words of another state alone, two states in the words the
        # country's speaker is named by, a word cut in its middle, and a delegate as the object of another's words
        ("The representative of Chile, replying to Peru, recounted the long history of the widget talks.", set()),
        ("“Peru has failed,” the representative of Chile said, recalling that widgets were banned.", set()),
        ("“Widgets from Togo and Ghana are a scourge,” said the West African country’s representative.", set()),
        ("Chile’s representative noted that t", set()),
        ("He disagreed with what the representative of Peru said about widgets.", set()),
    ],
)
def test_more_wordings_name_a_delegate_speaking(sentence, states):
    text = COMMITTEE_HEAD + sentence + "\n"
    assert {c.position.state for c in press_release.parse(text).positions} == states


def test_a_delegate_named_after_the_dateline_of_a_geneva_release():
    text = (
        "DCF/999\n19990301\nPress Release\n\n19990301 GENEVA, 1 March (UN Information Service) -- The representative of "
        "Peru said today that his country would join a consensus on widgets as long as nothing else was ignored.\n"
    )
    assert {c.position.state for c in press_release.parse(text).positions} == {"PER"}


FRENCH_HEAD = "Soixante-dix-neuvième session,\n8e séance – matin\nAG/DSI/3999\n\nPremière Commission\n\n"


@pytest.mark.parametrize(
    ("sentence", "states"),
    [
        (
            "Les États-Unis, autre État opposé au texte, ont justifié cette position en affirmant que le texte "
            "n’était pas équilibré.",
            {"USA"},
        ),
        ("Le représentant du Chili a vigoureusement plaidé en faveur de l’adoption de ce texte.", {"CHL"}),
        ("Le représentant du Pérou a rejeté ce texte, expliquant qu’il serait irresponsable de l’appuyer.", {"PER"}),
        (
            "Ainsi, le représentant du Pérou a expliqué, au nom d’une dizaine d’États Membres, que sa délégation "
            "soutenait le texte sur le fond.",
            {"PER"},
        ),
        ("Le projet a été présenté par la Fédération de Russie, qui a expliqué que le régime était menacé.", {"RUS"}),
        # traps: an apposition naming another state, and a state that is no subject of the verb
        ("Le Chili, comme le Pérou, a estimé que le texte était déséquilibré.", set()),
        ("Le texte du Chili a estimé par beaucoup comme déséquilibré.", set()),
    ],
)
def test_a_french_delegate_or_the_state_itself_speaking(sentence, states):
    text = FRENCH_HEAD + sentence + "\n"
    assert {c.position.state for c in press_release.parse(text).positions} == states


@pytest.mark.parametrize(
    ("sentence", "votes"),
    [
        ("Le représentant du Chili a expliqué que sa délégation avait voté contre le texte.", {("CHL", "no")}),
        ("Le représentant du Chili a expliqué que son pays s’était abstenu.", {("CHL", "abstain")}),
        # traps: a hypothesis, a vote on a paragraph, a vote denied
        (
            "Le représentant du Chili a expliqué que si sa délégation avait voté contre le texte, rien n’aurait changé.",
            set(),
        ),
        ("Le représentant du Chili a expliqué que sa délégation avait voté contre l’alinéa 3.", set()),
        ("Le représentant du Chili a expliqué que sa délégation n’avait pas voté contre le texte.", set()),
    ],
)
def test_a_french_delegate_explaining_the_delegation_s_vote(sentence, votes):
    record = press_release.parse(FRENCH_HEAD + sentence + "\n")
    assert {(v.state, v.option) for v in record.votes} == votes


@pytest.mark.parametrize(
    ("sentence", "votes"),
    [
        (
            "Un projet de décision a été adopté par 170 voix pour et sur lequel le Chili, le Pérou et la Bolivie se "
            "sont abstenus.",
            {("CHL", "abstain"), ("PER", "abstain"), ("BOL", "abstain")},
        ),
        ("La Fédération de Russie s’est, quant à elle, abstenue.", {("RUS", "abstain")}),
        ("The widget text was approved, while Chile and Peru abstained.", {("CHL", "abstain"), ("PER", "abstain")}),
        # traps: another year's vote, a subject that is not states alone
        ("L’an dernier, le Chili s’est abstenu.", set()),
        ("Les pays qui se sont abstenus ont regretté le texte.", set()),
        ("Chile and several others abstained.", set()),
    ],
)
def test_states_named_as_the_subject_of_their_abstention(sentence, votes):
    record = press_release.parse(FRENCH_HEAD + sentence + "\n")
    assert {(v.state, v.option) for v in record.votes if not v.explained} == votes


def test_a_french_committee_draft_named_by_its_short_symbol_after_its_noun():
    text = FRENCH_HEAD + (
        "Adopté par 126 voix pour, quatre contre et 49 abstentions, le projet de résolution L.18, présenté par le "
        "Chili, porte sur les widgets.\n"
    )
    record = press_release.parse(text)
    assert {(a.symbol, a.yes, a.no, a.abstain) for a in record.actions} == {("A/C.1/79/L.18", 126, 4, 49)}


def test_a_french_copy_without_its_header_is_known_by_its_address_and_a_french_meeting_account():
    text = (
        "Le Conseil de sécurité a, ce matin, renforcé les sanctions imposées à la Ruritanie, en adoptant à "
        "l’unanimité la résolution 9971 (2031).\n\nLa représentante de la Freedonie a salué l’unité du Conseil.\n"
    )
    address = "https://press.un.org/fr/2031/cs99945.doc.htm"
    assert detect(text, address) is press_release
    assert press_release.parse(text, address).symbol == "CS/99945"
    # a page at that address that gives no account of a meeting is not known to be the release
    assert press_release.detect("Les photos de la semaine.\n\nUn album de la ville.\n", address) == 0


VETOED = (
    "9999th Meeting (AM)\nSC/99990\n\nSecurity Council Fails to Renew Monitoring Mission\n\n"
    "Text Rejected Following Veto by China\n\n"
    "The Security Council today failed to adopt a draft resolution that would have renewed the mission in Ruritania, "
    "owing to a double veto cast by China and the Russian Federation, permanent members of the Council.\n\n"
    "The representative of France said the veto cast by the United Kingdom last month had been different.\n"
)


def test_a_council_release_s_veto_cast_at_the_meeting_is_the_vetoing_states_vote_against():
    record = press_release.parse(VETOED)
    assert {(v.symbol, v.state, v.option) for v in record.votes} == {(None, "CHN", "no"), (None, "RUS", "no")}


@pytest.mark.parametrize(
    "lead",
    [
        "The Security Council today heard that a veto cast by China would end the mission.",  # a prospect
        "The Security Council today debated the mission, which could be vetoed by China.",
        "The Security Council today heard that any veto cast by China was regrettable.",
        "The Security Council today recalled the veto cast by China in 2030 on the mission.",  # another time
    ],
)
def test_a_veto_that_is_a_prospect_or_of_another_time_is_no_vote(lead):
    text = f"9999th Meeting (AM)\nSC/99990\n\nSecurity Council Debates Mission\n\n{lead}\n"
    assert not press_release.parse(text).votes


def test_a_veto_named_after_the_account_s_opening_or_outside_the_council_is_no_vote():
    later = VETOED.replace("Text Rejected Following Veto by China\n\n", "").replace(
        "owing to a double veto cast by China and the Russian Federation, permanent members of the Council",
        "as speakers disagreed",
    )
    assert not press_release.parse(later).votes  # only the French speaker's words about another veto
    assembly = VETOED.replace("SC/99990", "GA/99990").replace("Security Council", "General Assembly")
    assert not press_release.parse(assembly).votes  # the Assembly debating a veto cast in the Council


@pytest.mark.parametrize(
    ("apposition", "found"),
    [
        ("one of more than 40 speakers who addressed the debate", {"GHA"}),
        ("one of the delegations that took the floor today", {"GHA"}),
        ("one of the States whose stockpiles were largest", set()),  # no speaker's apposition: not read as one
    ],
)
def test_a_speaker_named_after_the_words_with_an_apposition_that_counts_the_speakers(apposition, found):
    text = (
        "Seventy-first Session,\n9th Meeting (AM)\nGA/DIS/9991\n\nCommittee Debates Small Arms\n\n"
        "Unless national laws were matched by binding international rules, the illicit trade in small arms and light "
        f"weapons would go on, said the representative of Ghana, {apposition}.\n"
    )
    assert {c.position.state for c in press_release.parse(text).positions} == found


def test_a_plenary_draft_named_after_the_committee_s_report_in_one_bracket():
    text = (
        "Eighty-sixth Session,\n50th Meeting (AM)\nGA/19990\n\nAssembly Adopts First Committee Texts\n\n"
        "The General Assembly today adopted a text on outer space (documents A/86/406 and A/C.1/86/L.7/Rev.1), by a "
        "recorded vote of 160 in favour to 2 against (Iran, Syria), with 5 abstentions.\n\n"
        "It also adopted a text on small arms (documents A/86/406 and A/86/407) without a vote.\n"
    )
    record = press_release.parse(text)
    assert [(a.symbol, a.yes, a.no, a.abstain) for a in record.actions] == [("A/C.1/86/L.7/Rev.1", 160, 2, 5)]
    # two reports and no draft: nothing is read as a draft
    assert {(v.symbol, v.state) for v in record.votes} == {("A/C.1/86/L.7/Rev.1", "IRN"), ("A/C.1/86/L.7/Rev.1", "SYR")}


def test_a_french_council_release_s_tally_is_on_the_resolution_it_names_after_it():
    text = (
        "9388e séance – après-midi\nCS/95369\n\nLe Conseil de sécurité reconduit l’embargo sur les armes\n\n"
        "Le Conseil de sécurité a, cet après-midi, reconduit le régime de sanctions, en application de la résolution "
        "2127 (2013).\n\n"
        "En adoptant par 13 voix pour et 2 abstentions –Chine et Fédération de Russie– la résolution 9693 (2031), le "
        "Conseil a également prorogé le mandat du Groupe d’experts.\n"
    )
    record = press_release.parse(text)
    assert [(a.symbol, a.yes, a.no, a.abstain) for a in record.actions if a.yes is not None] == [
        ("S/RES/9693(2031)", 13, 0, 2)
    ]
    assert {(v.symbol, v.state, v.option) for v in record.votes} == {
        ("S/RES/9693(2031)", "CHN", "abstain"),
        ("S/RES/9693(2031)", "RUS", "abstain"),
    }
    # dated, the release takes no resolution of another year for one it adopts
    dated = text.replace("CS/95369\n", "CS/95369\n28 juillet 2031\n").replace("9693 (2031)", "9693 (2030)")
    assert not [a for a in press_release.parse(dated).actions if a.yes is not None]


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        (
            "Les représentants du Pérou et du Chili, respectivement membres des zones exemptes d’armes nucléaires, ont "
            "également appelé à la tenue de cette conférence.",
            {"PER", "CHL"},
        ),
        (
            "Les délégations du Pérou et du Chili ont également souligné l’importance de cette conférence.",
            {"PER", "CHL"},
        ),
        # another apposition, or the states as the object of the call: no one listed as speaking
        (
            "Les représentants du Pérou et du Chili, qui président les deux zones, ont appelé à la tenue de cette "
            "conférence.",
            set(),
        ),
        ("Les représentants ont appelé le Pérou et le Chili à tenir cette conférence.", set()),
    ],
)
def test_french_delegations_listed_as_the_subject_of_a_call(sentence, found):
    text = (
        "Soixante-huitième session,\n12e séance – matin\nAG/DSI/9480\n\nLa Première Commission débat des zones\n\n"
        f"La Première Commission a poursuivi ce matin son débat. {sentence}\n"
    )
    assert {c.position.state for c in press_release.parse(text).positions} == found
