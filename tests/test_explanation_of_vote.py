"""The explanation-of-vote loader on the sample and on statements it has never seen."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from conftest import corpus_text

from treatykg import un_symbols
from treatykg.errors import Unclear, UnknownKind
from treatykg.loaders import detect, explanation_of_vote, letter, speaker
from treatykg.loaders import text as tx

UNSEEN_YES = """Explanation of vote on draft resolution A/C.1/74/L.41 "Implementation of the Convention on
the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on Their Destruction"

Madam Chair,

Norway voted in favour of draft resolution A/C.1/74/L.41. Norway is a State Party to the Convention
on Cluster Munitions and remains committed to a world free of anti-personnel mines.

We strongly oppose the use of such weapons against civilians. Norway supports a total ban on
anti-personnel mines.

Thank you, Madam Chair.
"""


def test_sample_is_detected_by_content():
    assert detect(corpus_text("000")) is explanation_of_vote
    assert explanation_of_vote.detect(corpus_text("001")) == 0


def test_sample_speaker_body_vote_and_repaired_symbol():
    record = explanation_of_vote.parse(corpus_text("000"))
    assert (record.state, record.body, record.vote) == ("PAK", "first-committee", "abstain")
    assert record.title == "Implementation of the Convention on Cluster Munitions"
    assert record.draft.symbol == "A/C.1/71/L.22"
    assert record.draft.as_written == "A/C.11711L.22"
    text = corpus_text("000")
    assert text[record.draft.span.start : record.draft.span.end] == "A/C.11711L.22"
    assert "2011" in record.draft.note
    assert (record.date, record.year) == (None, 2016)
    assert text[record.vote_span.start : record.vote_span.end].startswith("My delegation has abstained")


def test_symbol_grammar_repairs_and_says_when_the_session_stays_open():
    assert un_symbols.read_committee_draft("A/C.1l7l1L.45")[0] == "A/C.1/71/L.45"
    assert un_symbols.read_committee_draft("A/C.1/66/L.22")[0] == "A/C.1/66/L.22"
    symbol, partial, note = un_symbols.read_committee_draft("A/C.11711L.22", not_before=2020)
    assert symbol is None and partial == "A/C.1/?/L.22" and "undetermined" in note


def test_undetermined_session_is_recorded_as_missing():
    text = corpus_text("000").replace("in 2011", "in 2021")
    record = explanation_of_vote.parse(text)
    assert record.draft.symbol is None and record.draft.partial == "A/C.1/?/L.22"
    assert "session of the draft's symbol" in record.missing


def test_unseen_statement_other_state_year_topic_vote():
    assert detect(UNSEEN_YES) is explanation_of_vote
    assert letter.detect(UNSEEN_YES) == 0
    record = explanation_of_vote.parse(UNSEEN_YES)
    assert (record.state, record.vote, record.body) == ("NOR", "yes", "first-committee")
    assert record.draft.symbol == "A/C.1/74/L.41" and record.year == 2019
    pairs = {(p.stance, p.topic) for p in record.positions}
    assert ("opposes", "use-against-civilians") in pairs
    assert ("opposes", "landmines") in pairs and ("supports", "ban") in pairs  # "committed to a world free of", "a ban"
    assert [(s.state, s.treaty, s.status) for s in record.participation] == [("NOR", "ccm", "party")]


def test_stated_date_wins_over_the_derived_year():
    text = UNSEEN_YES.replace("Madam Chair,\n", "New York, 6 November 2019\n\nMadam Chair,\n")
    record = explanation_of_vote.parse(text)
    assert record.date == dt.date(2019, 11, 6) and record.year is None


def test_draft_written_as_its_number_alone_takes_the_session_the_text_gives():
    text = (
        "Kenya's Explanation of Vote - 74th UNGA First Committee\n\nMr. Chairman,\n\n"
        "My delegation voted in favour of draft resolution L.31.\n"
    )
    record = explanation_of_vote.parse(text)
    assert record.draft.symbol == "A/C.1/74/L.31" and record.vote == "yes" and record.body == "first-committee"


def test_draft_number_without_a_session_is_partial_not_guessed():
    text = "Kenya's Explanation of Vote in the First Committee\n\nMr. Chairman,\n\nWe abstained on L.31.\n"
    record = explanation_of_vote.parse(text)
    assert record.draft.symbol is None and record.draft.partial == "A/C.1/?/L.31"
    assert "symbol of the draft voted on" in record.missing


LONG_TITLE = (
    "Explanation of Vote at the 71st UN General Assembly First Committee on Draft Resolution L.12, "
    "“" + "Implementation of the Convention on the Prohibition of a Long List of Things " * 3 + "”"
)


def test_a_long_title_line_keeps_the_head_open_for_the_dateline_below_it():
    text = (
        f"Kenya's statements\nOctober 30, 2016\n\n{LONG_TITLE}\nNew York City\nOctober 28, 2016\n\n"
        "Thank you, Mr. Chairman.\n\nMy delegation abstained on draft resolution L.12.\n"
    )
    assert len(LONG_TITLE) > 220
    record = explanation_of_vote.parse(text)
    assert record.date == dt.date(2016, 10, 28) and record.draft.symbol == "A/C.1/71/L.12"


def test_a_long_line_of_body_text_still_ends_the_head():
    prose = "We have long said that the Convention matters to us and to the region we live in. " * 3
    text = (
        f"Kenya's statements\n\n{prose}\nNew York City\nOctober 28, 2016\n\nThank you, Mr. Chairman.\n\n"
        "My delegation abstained on draft resolution L.12.\n"
    )
    assert explanation_of_vote.parse(text).date is None


def _body(text):
    return explanation_of_vote.parse(text).body


def test_a_heading_naming_the_meeting_gives_the_forum_not_the_chair_s_title():
    text = (
        "Statement by H.E. Ambassador Lin at the Meeting of the High Contracting Parties to the Convention on "
        "Certain Conventional Weapons\n\nMr. Chairman,\n\nOn behalf of the Chinese delegation, I congratulate you.\n"
    )
    assert _body(text) == "ccw"


def test_a_committee_named_after_its_assembly_and_session_is_the_place():
    text = (
        "UNGA 73 First Committee: Statement by Chile on Conventional Weapons\n\nMr Chair,\n\n"
        "Chile aligns itself with the statement of the Group. I would like to make some remarks in a national capacity.\n"
    )
    assert _body(text) == "first-committee"
    assert _body(text.replace("UNGA 73 First Committee", "UNGA 73")) == "unga"  # the Assembly alone


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Thursday, July 5, 2012 UN Headquarters, New York", dt.date(2012, 7, 5)),  # a place after the date
        ("6TH MARCH, 2009", dt.date(2009, 3, 6)),  # an ordinal day, capitals
        ("Geneva, 29-5-2018", dt.date(2018, 5, 29)),  # figures, the day over 12: day first
        ("5/29/2018", dt.date(2018, 5, 29)),  # figures, the day over 12: month first
        ("05/06/2018", None),  # 5 June or 6 May: not read
        ("UNITED NATIONS NEW YORK 05 JULY 2012", dt.date(2012, 7, 5)),  # a place of four words in capitals
        ("New York, Le 8 Octobre 2013", dt.date(2013, 10, 8)),
    ],
)
def test_datelines_with_a_place_after_or_an_ordinal_day_or_in_figures(line, day):
    text = f"Statement by Kenya\n\n{line}\n\nMr President,\n\nKenya supports the Arms Trade Treaty.\n"
    assert explanation_of_vote.parse(text).date == day


@pytest.mark.parametrize(
    ("title", "day"),
    [
        ("Statement of Kenya to the Conference on Disarmament 29-5-2018", dt.date(2018, 5, 29)),
        ("Statement of Kenya to the Conference on Disarmament 05-06-2018", None),
        ("Statement of Kenya on the Treaty of 29-5-2018", None),  # another day the title names
    ],
)
def test_a_speech_title_may_end_with_its_day_in_figures(title, day):
    text = f"{title}\n\nMr President,\n\nKenya supports the Arms Trade Treaty.\n"
    assert explanation_of_vote.parse(text).date == day


def test_a_dateline_run_on_with_the_address_to_the_chair():
    text = (
        "Declaration delivered by Kenya on behalf of 12 States New York, 2 April 2013 Mr. President, I am delivering "
        "this declaration on behalf of the following States: Chile, Peru.\n"
    )
    assert explanation_of_vote.parse(text).date == dt.date(2013, 4, 2)
    cited = text.replace("New York, 2 April 2013 Mr. President, I am", "Mr. President, on 2 April 2013 I was")
    assert explanation_of_vote.parse(cited).date is None  # a date said in the speech is not its dateline


def test_a_general_assembly_resolution_cited_is_not_the_place_and_the_att_conference_is_one():
    text = (
        "Statement by Kenya during the United Nations Conference on the Arms Trade Treaty\n\nMr. President,\n\n"
        "Kenya co-authored General Assembly resolution 61/89. We support the treaty.\n"
    )
    assert _body(text) == "att-conference"
    elsewhere = text.replace(" during the United Nations Conference on the Arms Trade Treaty", "")
    assert _body(elsewhere) is None
    assert (
        _body(elsewhere.replace("co-authored General Assembly resolution 61/89", "speaks in the General Assembly"))
        == "unga"
    )


@pytest.mark.parametrize(
    ("head", "forum"),
    [
        (
            "Intervention of the delegation of Chile to the Second Meeting of States Parties to the Convention on "
            "Cluster Munitions",
            "ccm-msp",
        ),
        ("Statement by Ambassador Ana Ruiz, Permanent Representative of Chile to the Conference on Disarmament", None),
        (
            "MEETING OF THE STATES PARTIES TO THE CONVENTION ON PROHIBITIONS OR RESTRICTIONS ON THE USE OF CERTAIN "
            "CONVENTIONAL WEAPONS",
            "ccw",
        ),
    ],
)
def test_a_speech_to_a_forum_is_given_there_a_speaker_s_title_is_not(head, forum):
    assert _body(f"Statement by Chile\n{head}\n\nThank you, Mr. Chair.\n\nChile supports the treaty.\n") == forum


def test_the_assembly_named_as_the_doer_of_a_past_act_is_not_where_the_speech_is_given():
    text = (
        "Statement by Chile\n\nMadam Chairperson,\n\nThe very first resolution adopted by the UN General Assembly in "
        "1946 sought to eliminate these weapons. Chile supports the Treaty.\n"
    )
    assert _body(text) is None
    assert (
        _body(
            text.replace(
                "The very first resolution adopted by the UN General Assembly in 1946", "The General Assembly here"
            )
        )
        == "unga"
    )


def test_the_meeting_the_speaker_says_it_attends_is_the_forum():
    text = (
        "Statement by Chile\n\nThank you, Mr. Chair. Chile is pleased to attend the 18th Meeting of the States Parties to the Convention on "
        "the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and Their "
        "Destruction. We support the Convention.\n"
    )
    assert _body(text) == "apmbc-msp"
    assert _body(text.replace("is pleased to attend", "recalls")) is None  # only named: no forum
    assert _body(text.replace("is pleased to attend", "will be attending")) is None  # a meeting to come: not this one


def test_congratulating_the_president_on_the_presidency_of_a_numbered_conference_places_the_speech_there():
    text = (
        "Mr. President,\n\nGhana congratulates you, Ambassador Imohe, on your presidency of the Second Conference of "
        "States Parties of the Arms Trade Treaty. My delegation is pleased. Ghana supports the Treaty.\n"
    )
    assert _body(text) == "att-csp"


@pytest.mark.parametrize(
    "opening",
    ["on assuming the post of the Presidency of", "upon assuming the presidency of", "on your presidency of"],
)
def test_congratulating_the_president_on_assuming_the_presidency_places_the_speech_there(opening):
    text = (
        f"Mr. President,\n\nLet me congratulate you {opening} the Conference on Disarmament. "
        "Estonia supports the negotiation of a fissile material treaty.\n"
    )
    assert _body(text) == "cd"
    assert _body(text.replace(opening, "and thank the members of")) is None


def test_a_forum_set_off_by_a_dash_at_the_end_of_a_title_is_the_place_of_delivery():
    text = (
        "Statement by Samoa during the Nuclear Weapons Thematic Discussion - First Committee\n\n"
        "Samoa supports a world without nuclear weapons.\n"
    )
    assert _body(text) == "first-committee"
    assert _body(text.replace(" - First Committee", "")) is None


def test_a_title_that_opens_with_the_state_s_possessive_is_a_head_line():
    text = (
        "SINGAPORE’S EXPLANATION OF VOTE ON A/C.1/78/L.39 “IMPLEMENTATION OF THE CONVENTION ON CLUSTER MUNITIONS” AT "
        "THE FIRST COMMITTEE, 78TH UNITED NATIONS GENERAL ASSEMBLY, 1 NOVEMBER 2023\n\n01 Nov 2023\n\nThank you, Chair.\n\n"
        "I am taking the floor to explain Singapore’s vote in favour of L.39.\n"
    )
    record = explanation_of_vote.parse(text)
    assert (record.state, record.date) == ("SGP", dt.date(2023, 11, 1))


def test_a_weekday_before_the_date_is_still_a_dateline():
    text = "Permanent Mission of Chile\n\nThursday 26 July 2012\n\nStatement by Chile to the Conference\n\nMr President, thank you.\n"
    assert explanation_of_vote.parse(text).date == dt.date(2012, 7, 26)


def test_a_forum_in_the_speaker_s_title_is_not_the_place_of_delivery():
    text = (
        "General Statement\n\nDelivered by Ana Ruiz, Permanent Representative to the Conference on Disarmament.\n\n"
        "Thank you, Mr. President. I speak briefly. Chile reaffirms its commitment to the Convention.\n"
    )
    assert _body(text) is None


def test_congratulating_the_president_of_the_general_assembly_places_the_speech_there():
    text = (
        "At the outset, on behalf of the Fijian delegation, I would like to congratulate you, Mr. Ali Treki, on "
        "your election as President of the General Assembly. Fiji supports the Security Council reform.\n"
    )
    assert _body(text) == "unga"
    assert (
        _body(
            text.replace(
                "congratulate you, Mr. Ali Treki, on your election as President of the General Assembly",
                "thank the Secretary-General",
            )
        )
        is None
    )


def test_a_chair_address_without_a_vote_names_no_committee():
    text = "Kenya's statement\n\nMr. Chairman,\n\nMy delegation welcomes the report of the meeting.\n"
    assert _body(text) is None
    assert (
        _body(text.replace("welcomes the report of the meeting", "voted in favour of the draft")) == "first-committee"
    )


def test_a_posting_time_stamp_is_not_the_day_of_delivery():
    text = "Kenya's statement\n2012-11-21 09:55\n\nMr. Chairman,\n\nMy delegation welcomes the report.\n"
    record = explanation_of_vote.parse(text)
    assert record.date is None and "posting time stamp" in " ".join(record.missing)
    assert explanation_of_vote.parse(text.replace(" 09:55", "")).date == dt.date(2012, 11, 21)


@pytest.mark.parametrize(
    "dateline, expected",
    [
        ("", dt.date(1998, 10, 12)),  # the front matter alone dates the release
        ("12 October 1998\n", dt.date(1998, 10, 12)),  # the dateline agrees with it
        ("14 October 1998\n", None),  # two dates in the head: none is taken
    ],
)
def test_a_front_matter_date_is_a_dateline_of_the_head(dateline, expected):
    text = (
        '---\ntitle: "Mine clearance"\ndate: "1998-10-12"\nsource: "MINISTER FOR FOREIGN AFFAIRS"\n---\n\n'
        f"MEDIA RELEASE\n{dateline}\nStatement by the Delegation of Norway\n\nMr. Chair, we welcome the report.\n"
    )
    record = explanation_of_vote.parse(text)
    assert record.state == "NOR" and record.date == expected
    assert expected or any("more than one date" in note for note in record.missing)


RELEASE = (
    "Minister welcomes 100th ratification\n\nJuly 27, 2000 (2:25 p.m. EDT) No. 186\n\n"
    "Foreign Affairs Minister Jane Roe today welcomed a historic milestone in the drive to universalize the "
    "global ban on anti-personnel mines. Canada has been a strong supporter of the Ottawa Convention.\n\n"
    "In accepting the Minister's congratulations, the Ambassador of Mauritania said: \"We welcome the ban on "
    'anti-personnel mines and our ratification shows our commitment."\n'
)


def test_a_government_s_own_release_in_the_third_person_is_its_statement():
    record = explanation_of_vote.parse(RELEASE, "https://www.international.gc.ca/news/x")
    assert record.state == "CAN" and record.date == dt.date(2000, 7, 27)
    assert "government's own release" in record.speaker_rule
    assert record.positions and {p.state for p in record.positions} == {"CAN"}
    assert all(p.modality == "stated" and "Mauritania" not in p.quote for p in record.positions)
    assert {p.quote.split(" ")[0] for p in record.positions} <= {"Foreign", "Canada"}  # never the ambassador's words


@pytest.mark.parametrize(
    "address",
    [
        None,  # nowhere shown published
        "https://www.icbl.org/en-gb/news-and-events/x",  # an NGO's copy
        "http://parlinfo.aph.gov.au/parlInfo/search/display/x",  # a parliament's archive of every party's releases
        "https://www.gov.mr/x",  # another government's domain than the one the release names
    ],
)
def test_a_third_person_release_not_on_its_government_s_domain_is_refused(address):
    assert explanation_of_vote.detect(RELEASE) >= 0.5
    with pytest.raises(ValueError, match="speaker unclear"):
        explanation_of_vote.parse(RELEASE.replace("Mauritania", "Chile"), address)


GROUP_STATEMENT = (
    "EU Statement\n\nGeneva, 16 November 2022\n\nMr. President,\n\nI have the honour to speak on behalf of the "
    "European Union and its Member States.\n\nThe EU strongly supports the universalisation of the Convention "
    "on Certain Conventional Weapons. As States Parties to the Convention on Cluster Munitions, we support a ban "
    "on cluster munitions. We voted in favour of draft resolution A/C.1/77/L.47.\n"
)


def test_a_group_s_statement_is_the_group_s_and_no_member_s():
    record = explanation_of_vote.parse(GROUP_STATEMENT)
    assert record.by_group and record.state == "eu" and record.joint == ()
    assert record.positions and all(p.by_group and p.state == "eu" for p in record.positions)
    assert record.participation == ()  # what a group says it is party to is no member's stated status
    assert record.vote is None and any("a group's statement" in m for m in record.missing)


JOINT = (
    "Fifth Review Conference of the Anti-Personnel Mine Ban Convention: Joint Statement\n\n"
    "Delivered by Ana Ruiz, on behalf of a group of States.\n\n"
    "I take the floor on behalf of Austria, Bosnia & Herzegovina*, Gambia (Republic of The), The Holy See and my own "
    "country, Chile.\n\n"
    "Like others, we are committed, as States Parties to the Anti-Personnel Mine Ban Convention, to putting an end to "
    "the suffering caused by anti-personnel mines.\n"
)


def test_a_joint_statement_taking_the_floor_for_a_list_of_states_is_each_state_s():
    assert detect(JOINT) is explanation_of_vote
    record = explanation_of_vote.parse(JOINT)
    states = {record.state, *record.joint}
    assert states == {"AUT", "BIH", "GMB", "VAT", "CHL"}
    assert record.body == "apmbc-revcon"  # "Fifth Review Conference of …" opens the head line
    assert {(s.state, s.treaty, s.status) for s in record.participation} == {
        (state, "apmbc", "party") for state in states
    }
    assert {p.state for p in record.positions} == states


def test_a_cookie_banner_or_navigation_trail_does_not_end_the_head_and_a_heading_may_end_with_the_day():
    text = (
        "We use cookies to give the best experience on our site while also complying with Data Protection requirements. "
        "Continue without changing your settings, and you'll receive cookies, or change your cookie settings.\n\n"
        "Home > Disarmament > Convention on Certain Conventional Weapons > Statement by the Permanent Representative "
        "of Chile to the Conference on Disarmament during the Annual Meeting of the High Contracting Parties to the "
        "CCW in Geneva on November 21, 2018, a very long navigation line that runs on\n\n"
        "Statement by Chile during the Annual Meeting of the High Contracting Parties to the CCW on November 21, 2018\n\n"
        "Mr President,\n\nThe delegation of Chile congratulates you.\n"
    )
    record = explanation_of_vote.parse(text)
    assert (record.body, record.date) == ("ccw", dt.date(2018, 11, 21))  # "the CCW": the treaty's short name


def test_a_long_list_of_states_on_whose_behalf_one_speaks_is_read_whole():
    names = "Algeria, Angola, Austria, Belgium, Brazil, Chile, Colombia, Ireland, Jordan, Lesotho, Mexico, Mozambique, "
    names += "Nigeria, Norway, Peru, the Philippines, Senegal, Somalia, South Africa, Switzerland and my own country, New Zealand"
    text = f"Joint Statement\n\nI take the floor on behalf of {names}.\n\nWe support a ban on anti-personnel mines.\n"
    record = explanation_of_vote.parse(text)
    assert len({record.state, *record.joint}) == 21 and "NZL" in record.joint and "PHL" in record.joint


TWO_DRAFTS = "Explanation of vote by Chile on A/C.1/78/L.39 and on A/C.1/78/L.20\n\nThank you, Chair.\n\n{votes}\n"


@pytest.mark.parametrize(
    ("votes", "expected"),
    [
        # one sentence names both drafts with the vote
        ("Chile voted in favour of the resolutions L.39 and L.20.", {("L.39", "yes"), ("L.20", "yes")}),
        # each its own sentence, the second draft's first: never the first draft's vote for the second
        (
            "Chile abstained on L.20. Chile voted in favour of L.39.",
            {("L.39", "yes"), ("L.20", "abstain")},
        ),
        # a vote whose sentence names no draft is no draft's
        ("Chile voted in favour.", {("L.39", None), ("L.20", None)}),
    ],
)
def test_a_statement_on_several_drafts_gives_each_the_vote_its_sentence_names(votes, expected):
    record = explanation_of_vote.parse(TWO_DRAFTS.format(votes=votes))
    found = {(record.draft.symbol, record.vote)} | {(m.draft.symbol, m.vote) for m in record.also_explains}
    assert found == {(f"A/C.1/78/{draft}", vote) for draft, vote in expected}


def test_the_date_in_the_speech_s_title_over_a_page_s_posting_date_and_a_revised_draft_kept_whole():
    text = (
        "July 17, 2018\n\nFirst Committee – Explanation of Vote on Resolution L.49/Rev.1 – 4 November 2015\n\n"
        "Statement by Mr. John Roe\n\nMr. Chairman,\n\nI take the floor in explanation of our abstention on resolution "
        "L.49/Rev. 1. Cyprus attaches great importance to these weapons. Cyprus is a state-party to the Convention on "
        "Certain Conventional Weapons.\n"
    )
    record = explanation_of_vote.parse(text)
    assert record.date == dt.date(2015, 11, 4)
    assert record.draft.symbol == "A/C.1/70/L.49/Rev.1"  # the revision, never the original draft
    assert [(c.treaty, c.status) for c in record.participation] == [("ccw", "party")]


@pytest.mark.parametrize(
    ("head", "body"),
    [
        # the General Assembly on the first line, its First Committee on the byline: the part
        (
            "AT THE UNITED NATIONS GENERAL ASSEMBLY, 6 OCTOBER 2011\nSTATEMENT BY H.E. MR. A B, PERMANENT REPRESENTATIVE "
            "OF MALAYSIA TO THE UNITED NATIONS AT THE GENERAL DEBATE OF THE FIRST COMMITTEE, NEW YORK, 6 OCTOBER 2011\n",
            "first-committee",
        ),
        # a site's menu item names no forum the statement was given in
        (
            "» Malaysia in the Security Council\n» Human Rights\nStatement by the delegation of Malaysia at the General "
            "Debate of the First Committee\n",
            "first-committee",
        ),
        # the Preparatory Committee for a conference is not the conference
        (
            "Statement by the delegation of Malaysia\nat the Fourth Session of the Preparatory Committee for\nUnited "
            "Nations Conference on Arms Trade Treaty\n",
            None,
        ),
    ],
)
def test_the_forum_a_head_names_as_where_the_statement_was_given(head, body):
    record = explanation_of_vote.parse(
        head + "\nMr. Chairman,\n\nOn behalf of the Malaysian delegation, I thank you.\n"
    )
    assert (record.state, record.body) == ("MYS", body)


def test_a_weekday_between_the_place_and_the_date_of_a_dateline():
    text = "Statement by the delegation of Malaysia\nNew York, Thursday, 9th October, 2008\n\nMr. Chairman,\n\nWe thank you.\n"
    assert explanation_of_vote.parse(text).date == dt.date(2008, 10, 9)


def test_a_spanish_text_of_no_known_kind_is_refused_saying_its_language():
    text = (
        "La ciudad celebró ayer la llegada de la primavera con una feria en la plaza mayor. Los vecinos y las familias "
        "de los barrios del norte participaron en las actividades para los niños, y la banda municipal tocó en el "
        "parque durante la tarde. Es una tradición de la región que se repite cada año con el apoyo de las "
        "asociaciones locales y de los comerciantes del centro, que abren sus tiendas hasta la noche para la fiesta.\n"
    )
    with pytest.raises(UnknownKind, match="the text is in Spanish"):
        detect(text)
    with pytest.raises(UnknownKind) as english:
        detect("The weather was fine in the city and the people of the town went to the park with the dog. " * 3)
    assert "the text is in" not in str(english.value)


def test_drafts_listed_by_number_under_a_joint_heading_of_named_states():
    text = (
        "71st UNGA - Explanations of vote on behalf of the P3 (10.27.2016).\n\nGeneral statement and explanations of "
        "vote delivered on behalf of the United States of America, France and the United Kingdom, by Ms. A B, "
        'Ambassador, during the framework "action on draft resolutions" of the First Committee of the 71st United '
        "Nations General Assembly, on the 27 of october, 2016.\n\n- L.28 : Widgets Treaty\n\n- L.23 - Humanitarian "
        "widgets,\n"
    )
    record = explanation_of_vote.parse(text)
    assert (record.state, *record.joint) == ("USA", "FRA", "GBR")
    assert (record.body, record.date) == ("first-committee", dt.date(2016, 10, 27))
    assert [record.draft.symbol, *(a.draft.symbol for a in record.also_explains)] == ["A/C.1/71/L.28", "A/C.1/71/L.23"]


@pytest.mark.parametrize(
    ("line", "body"),
    [
        (
            "Statement by the delegation of Sweden at the 20th Meeting of the States Parties of the Anti-Personnel Mine Ban Convention",
            "apmbc-msp",
        ),
        (
            "Statement by the delegation of Sweden at the sixth meeting of States Parties of the Convention on Cluster Munitions",
            "ccm-msp",
        ),
        # Spanish, the numbered meeting run on after the speaker's title
        (
            "INTERVENCIÓN DEL EMBAJADOR X, VICEMINISTRO DE RELACIONES EXTERIORES DE SUECIA PRIMERA CONFERENCIA DE "
            "ESTADOS PARTE DEL TRATADO SOBRE COMERCIO DE ARMAS (Cancún, 24 de agosto de 2015)",
            "att-csp",
        ),
        ("Statement by the delegation of Sweden. 58° Consejo de Derechos Humanos.", "hrc"),
        # a speaker's title broken over two lines names where the speaker serves, not the meeting
        (
            "STATEMENT BY THE DELEGATION OF SWEDEN\nAMBASSADOR X, PERMANENT REPRESENTATIVE\nTO THE CONFERENCE ON "
            "DISARMAMENT\nMEETING OF THE STATES PARTIES TO THE CONVENTION ON CERTAIN CONVENTIONAL WEAPONS",
            "ccw",
        ),
    ],
)
def test_a_meeting_of_states_parties_of_a_convention(line, body):
    record = explanation_of_vote.parse(line + "\n\nMr. President,\n\nWe thank you.\n")
    assert (record.state, record.body) == ("SWE", body)


def test_a_letter_s_formal_salutation_makes_a_minister_s_address_no_speech():
    text = (
        "November 20, 2020\n\nHis Excellency A B\nMinister of Foreign Affairs\nJapan\n\nExcellency:\n\nOn behalf of the "
        "citizens of our city, we would like to thank you for your efforts.\n"
    )
    assert detect(text) is letter
    (written,) = letter.parse(text).letters
    assert written.speaks_for is None and [r.state for r in written.recipient.roles] == ["JPN"]


def test_a_release_s_dateline_after_a_photo_caption_and_a_place_in_capitals():
    text = (
        "PH Becomes State Party to the Widgets Convention\n"
        + "Ambassador A B (left) hands over the Instrument of Ratification to the Treaty Section (Photo courtesy of the "
        "UN Treaty Section) "
        * 2
        + "\nNEW YORK CITY 23 January 2019 \u2014 The Philippine Permanent Mission deposited the instrument. We thank "
        "the Treaty Section, Mr. President.\n"
    )
    assert explanation_of_vote._dateline(text, []) == dt.date(2019, 1, 23)


SPANISH_STATEMENT = (
    "Señor Presidente,\nLo felicitamos por su elección. Deseo expresar que, al igual que otras naciones, Cuba comparte "
    "las preocupaciones humanitarias asociadas al uso de las minas.\nSeñor Presidente,\nCuba cumple estrictamente con las "
    "obligaciones jurídicas contenidas en el Protocolo II original. Chile no apoya el Tratado sobre el Comercio de Armas.\n"
)


def test_a_statement_in_spanish_is_read_for_its_speaker_words_and_status():
    record = explanation_of_vote.parse(SPANISH_STATEMENT)
    assert record.state == "CUB" and "Cuba" in record.speaker_rule
    assert {(p.state, p.stance, p.topic) for p in record.positions} == {("CUB", "says", "unclassified")}
    assert [(c.treaty, c.status) for c in record.participation] == [("ccw-p2", "party")]
    # a state only named, whose words these are not, is never the speaker
    reported = SPANISH_STATEMENT.replace("Cuba comparte", "mi delegación comparte")
    with pytest.raises(speaker.Unclear):
        explanation_of_vote.parse(reported.replace("Cuba cumple", "el informe dice que Cuba cumple"))


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Señor Presidente:\nEl Gobierno de la República de Cuba desea explicar su voto. Apoyamos el texto.\n", "CUB"),
        (
            "Monsieur le Président,\nLa délégation du Japon souhaite expliquer son vote. Nous regrettons ce texte.\n",
            "JPN",
        ),
        (
            "Monsieur le Président,\nLa délégation de la France voudrait expliquer son vote. Nous regrettons ce texte.\n",
            "FRA",
        ),
    ],
)
def test_a_delegation_or_government_naming_itself_in_spanish_or_french_is_the_speaker(text, state):
    assert explanation_of_vote.parse(text).state == state
    with pytest.raises(Unclear):  # another's wish, reported
        explanation_of_vote.parse(re.sub(r"\b(desea|souhaite|voudrait)\b", r"dirait qu'elle \1", text))


def test_a_spanish_statement_whose_first_person_is_a_verb_opening_a_sentence_is_a_statement():
    text = (
        "Señor Presidente:\nLa delegación de Chile quisiera explicar su posición sobre el proyecto de resolución.\n"
        "Consideramos innecesaria la referencia al Fondo Fiduciario del Tratado sobre el Comercio de Armas.\n"
    )
    assert detect(text) is explanation_of_vote
    assert explanation_of_vote.parse(text).state == "CHL"
    # a name is no verb: capitalised inside a sentence, "-amos" is a surname
    with pytest.raises(UnknownKind):
        detect(text.replace("Consideramos innecesaria", "El informe de Santiago Lizamos cita"))


@pytest.mark.parametrize(
    ("text", "state", "status"),
    [
        (
            "El embajador y Representante Permanente de Panamá ante las Naciones Unidas, A B, firmó el Tratado sobre el "
            "Comercio de Armas, en la sede mundial en Nueva York.\n\nEl acto estuvo presidido por la Alta Representante.\n",
            "PAN",
            "signatory",
        ),
        # the executive acting, and the state's status in "es parte del"
        (
            "El Poder Ejecutivo de Panamá promulgó la ley de ratificación del Tratado sobre el Comercio de Armas.\n\n"
            "Panamá es parte del Tratado sobre el Comercio de Armas desde 2014.\n",
            "PAN",
            "party",
        ),
    ],
)
def test_a_spanish_release_on_its_government_s_domain_is_its_statement(text, state, status):
    record = explanation_of_vote.parse(text, "https://mire.gob.pa/panama-firma")
    assert record.state == state
    assert [(c.treaty, c.status) for c in record.participation] == [("att", status)]
    with pytest.raises(speaker.Unclear):  # the same text on a news site
        explanation_of_vote.parse(text, "https://noticias.example.com/panama-firma")


def test_a_government_release_whose_subject_is_its_named_envoy_states_the_envoy_s_act_as_the_state_s():
    text = (
        "Press Releases\n\nSigning of the Arms Trade Treaty\n\nJune 4, 2013\n\n1. On June 3, at the headquarters of "
        "the United Nations, H.E. Mr. Ana RUIZ, Ambassador, Permanent Representative of Panama to the Conference on "
        "Disarmament, signed the Arms Trade Treaty (ATT).\n\n2. Panama has always advocated the necessity of an arms trade treaty. Panama will continue to take a leading role.\n"
    )
    record = explanation_of_vote.parse(text, "https://mire.gob.pa/press/release")
    assert record.state == "PAN"
    assert [(c.treaty, c.status) for c in record.participation] == [("att", "signatory")]
    # another state's envoy is no subject of Panama's release
    other = text.replace("Permanent Representative of Panama", "Permanent Representative of Chile")
    assert [
        (c.state, c.treaty) for c in explanation_of_vote.parse(other, "https://mire.gob.pa/press/release").participation
    ] == []


@pytest.mark.parametrize(
    ("text", "state", "date"),
    [
        (
            "INTERVENCIÓN DE LA DELEGACIÓN DE CHILE EN LA SEXTA REUNIÓN DE ESTADOS PARTE. Zagreb, 28 de noviembre de 2005 "
            "Sr. Presidente: Felicitamos a la Ministra de Relaciones Exteriores de Croacia por su elección.\n",
            "CHL",
            dt.date(2005, 11, 28),
        ),
        (
            "(Cotejar durante su presentación) INTERVENCIÓN DEL EMBAJADOR A B VICEMINISTRO DE RELACIONES EXTERIORES DE "
            "GUATEMALA PRIMERA CONFERENCIA DE ESTADOS PARTE (Cancún, 24 de agosto de 2015) Señor Presidente: Quisiera "
            "felicitar al gobierno de México por la organización de esta Conferencia.\n",
            "GTM",
            dt.date(2015, 8, 24),
        ),
        (
            "Intervención del Representante Permanente de la República Argentina, Embajador A B\nSeñor Presidente,\n"
            "La comunidad internacional debe hacer frente al tráfico ilícito de armas.\n",
            "ARG",
            None,
        ),
    ],
)
def test_a_spanish_heading_names_its_author_and_its_run_on_dateline(text, state, date):
    record = explanation_of_vote.parse(text)
    assert (record.state, record.date) == (state, date)


def test_a_group_spoken_for_in_spanish_and_a_title_s_group_before_during():
    celac = (
        "Tengo el honor de intervenir en nombre de los Estados Miembros de la Comunidad de Estados Latinoamericanos y "
        "Caribeños, (CELAC).\n\nPermítame felicitarlo, señor Presidente, por convocar esta Reunión.\n"
    )
    assert explanation_of_vote.parse(celac).state == "celac"
    nam = (
        "Statement by Foreign Minister A B on behalf of the NAM during a meeting of the UN General Assembly\n\n"
        "Mr. President,\n\nVenezuela has the honor of speaking on behalf of the Non-Aligned Movement.\n"
    )
    assert explanation_of_vote.parse(nam).state == "nam"


def test_a_mission_s_release_on_its_ratification_at_the_assembly_building():
    text = (
        "Samoa ratifies the Treaty on the Prohibition of Nuclear Weapons\n\nWednesday, 26 September 2018\n\nThe "
        "Treaty Event was held at the General Assembly Building.\n\nThe Prime Minister of Samoa attended the Treaty "
        "ceremony where Samoa deposited their instrument of ratification for the Treaty on the Prohibition of Nuclear "
        "Weapons.\n"
    )
    record = explanation_of_vote.parse(text, "https://www.un.int/samoa/news/samoa-ratifies")
    assert (record.state, record.body) == ("WSM", None)
    assert [(c.treaty, c.status) for c in record.participation] == [("tpnw", "party")]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # the committee whose chair is congratulated, in Spanish
        (
            "Intervención de la delegación de Suecia\n\nSeñor Presidente,\n\nPermítame felicitarlo por su\n\nelección "
            "para dirigir los trabajos de la Primera Comisión.\n\nSuecia considera que el desarme es urgente.\n",
            "first-committee",
        ),
        # the Assembly whose vote is explained, not the Committee the text recalls
        (
            "Statement by the delegation of Sweden in explanation of vote after the UNGA vote on a draft resolution\n\n"
            "Mr. President,\n\nWe abstained, as we did in the First Committee.\n",
            "unga",
        ),
        # the committee whose chair is congratulated, in French (here without its accents, as some texts are)
        (
            "Statement by Sweden\n\nMonsieur le Président,\n\nJe voudrais vous adresser nos felicitations pour "
            "votre election a la presidence de la Premiere commission. Nous soutenons le Traité.\n",
            "first-committee",
        ),
        # the meeting the speaker wishes the chair success in
        (
            "Mr. President, I congratulate you and wish you a successful Fifth Conference of States Parties to the "
            "Arms Trade Treaty. I speak on behalf of the Netherlands.\n",
            "att-csp",
        ),
        # the meeting the speaker welcomes participants "at this" meeting of; a head line opening with "Final"
        (
            "Opening speech\n\n1 Speech of the Netherlands, 5 september, Mr. A B. Excellencies, Ladies and Gentlemen, "
            "Let me extend a warm welcome to all participants at this sixth meeting of States Parties of the "
            "Convention on Cluster Munitions. I speak on behalf of the Netherlands.\n",
            "ccm-msp",
        ),
        (
            "Final UN Conference on the Arms Trade Treaty – Observations by the Netherlands – Statement\n\nMr. "
            "President,\n\nI speak on behalf of the Netherlands. We support the draft treaty.\n",
            "att-conference",
        ),
    ],
)
def test_the_forum_the_body_of_a_speech_shows_it_given_in(text, body):
    assert explanation_of_vote.parse(text).body == body


def test_a_speech_before_the_disarmament_commission_is_not_given_at_the_assembly_it_names():
    text = (
        "Statement on General Debate at UN Disarmament Commission; UNGA\n\nStatement by the Deputy Permanent "
        "Representative of Ruritania to the United Nations\n\nMr. Chair,\n\nRuritania supports the Commission.\n"
    )
    with_state = text.replace("Ruritania", "Iran")
    assert explanation_of_vote.parse(with_state).state == "IRN"
    assert explanation_of_vote.parse(with_state).body is None  # the Commission has no forum key; not the Assembly
    assert explanation_of_vote.parse(with_state.replace("UN Disarmament Commission; ", "the ")).body == "unga"


def test_a_speech_at_a_treaty_conference_s_committee_is_not_given_at_the_assembly_it_names():
    text = (
        "Señor Presidente:\nLa delegación de Cuba quisiera explicar su posición.\nConsideramos esenciales los "
        "trabajos de {here}. La Reunión de Alto Nivel de la Asamblea General de la ONU para conmemorar el Día fue un "
        "éxito.\n"
    )
    # the Assembly named alone in a speech to a chair is where it was given …
    assert explanation_of_vote.parse(text.format(here="la Comisión")).body == "unga"
    # … but not where the speech calls its own meeting a treaty conference's committee
    assert explanation_of_vote.parse(text.format(here="esta Comisión Principal")).body is None


@pytest.mark.parametrize(
    ("head", "date"),
    [
        # an office written in capitals names the speaker; a dateline set off by dashes
        (
            "STATEMENT BY\n\nH.E. Mr. A B\nAMBASSADOR\nPERMANENT REPRESENTATIVE OF ROMANIA\n\nGeneva - 27 May 2004 -",
            dt.date(2004, 5, 27),
        ),
        # the place and the day the heading ends with, the country after the city
        (
            "Statement by the Delegation of Romania at the Sixteenth Meeting of States Parties of the Anti-Personnel "
            "Mine Ban Convention Vienna, Austria, 18 December 2017",
            dt.date(2017, 12, 18),
        ),
    ],
)
def test_the_speaker_and_the_day_of_more_headings(head, date):
    record = explanation_of_vote.parse(head + "\n\nMr. President,\n\nMy delegation thanks you.\n")
    assert (record.state, record.date) == ("ROU", date)


def test_a_french_statement_names_its_speaker_and_what_it_says():
    text = (
        "Déclaration sur l'universalisation de la Convention\n\nGenève, 16 avril 2031\n\nMonsieur le Président,\n\n"
        "Nous sommes heureux de voir que 70 Etats sont parties à la Convention sur les armes à sous-munitions.\n\n"
        "La Suède poursuivra ses efforts d'universalisation de la Convention.\n"
    )
    assert detect(text) is explanation_of_vote
    record = explanation_of_vote.parse(text)
    assert (record.state, record.date) == ("SWE", dt.date(2031, 4, 16))
    assert {p.state for p in record.positions} == {"SWE"}


@pytest.mark.parametrize(
    "text",
    [
        # a letter in French: its salutation is a speech's address to the chair, its closing formula is a letter's
        "Monsieur le Président,\n\nJ'ai l'honneur de vous faire tenir ci-joint le texte. Je vous serais reconnaissant "
        "de bien vouloir faire distribuer la présente lettre. Nous vous remercions.\n",
        # a letter in English that opens with a French salutation: no French speech
        "Geneva, 19 August 2031\nto A B, president of an association,\nMonsieur le Président,\nI was interested to "
        "receive your letter. France supports the proposal, and my delegation will say so.\n",
    ],
)
def test_a_letter_opening_monsieur_le_president_is_no_speech(text):
    assert explanation_of_vote.detect(text) == 0.0


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a publisher's summary gives the date before the place, then the statement's title
        (
            "EU at the UN\n\nThe delegation speaks for the Union in every main committee of the Assembly and its "
            "bodies, and coordinates with the Member States to speak with one voice on every matter before them.\n\n"
            "Summary: 21 October 2031, New York – Statement by Mr. A B, Delegation of the European Union\n\n"
            "I have the honour to speak on behalf of the European Union. We support the Arms Trade Treaty.\n",
            dt.date(2031, 10, 21),
        ),
        # a page's posting stamp with a time of day is passed over for the dated opening below it
        (
            "EU Explanation of Vote\n\nNew York, 08/10/2031 - 16:36, UNIQUE ID: 191010_35\n\n8 October 2031, New York - "
            "Explanation of Vote delivered on behalf of the European Union.\n\nI have the honour to speak on behalf "
            "of the European Union. We support the Arms Trade Treaty.\n",
            dt.date(2031, 10, 8),
        ),
        # a title that ends with its day, the day written as an ordinal
        (
            "Statement by the Permanent Representative of the European Union at the Security Council meeting on arms "
            "exports - April 10th 2031\nMister President,\nI have the honour to speak on behalf of the European Union."
            "\n",
            dt.date(2031, 4, 10),
        ),
        # the day in brackets at the end of a title; a span of days is no day of delivery
        (
            "Statement by Mr. A B, Delegate of the European Union, on Agenda item 27: Assistance in Mine Action "
            "(November 05, 2031)\n\nMr. Chairman,\n\nI have the honour to speak on behalf of the European Union.\n",
            dt.date(2031, 11, 5),
        ),
        (
            "Statement on behalf of the European Union: Opening Statement (Geneva, 7 - 11 April 2031)\n\nMr. Chairman,"
            "\n\nI have the honour to speak on behalf of the European Union.\n",
            None,
        ),
    ],
)
def test_the_day_of_delivery_from_a_summary_s_opening_or_a_title_s_ordinal_day(text, date):
    assert explanation_of_vote.parse(text).date == date


def test_a_dateline_pushed_below_a_long_head_is_read_where_it_meets_the_address_to_the_chair():
    menu = "".join(f"Menu item {n}\n" for n in range(16))  # a site's navigation fills the head's lines
    text = (
        f"{menu}Statement by the Permanent Representative of Viet Nam\nat the First Committee\n\n"
        "New York, Thursday, 9th October, 2031\n\nMr. Chairman,\n\nI speak on behalf of Viet Nam. We support the Arms "
        "Trade Treaty.\n"
    )
    assert explanation_of_vote.parse(text).date == dt.date(2031, 10, 9)
    undated = text.replace("New York, Thursday, 9th October, 2031", "Delivered in the general debate")
    assert explanation_of_vote.parse(undated).date is None
    in_the_body = text.replace("Mr. Chairman,\n\n", "We recall the meeting. Mr. Chairman, ")
    assert explanation_of_vote.parse(in_the_body).date is None  # the address does not open its line


def test_a_spanish_release_whose_subject_is_el_gobierno_de_the_state_states_its_position():
    text = (
        "El Gobierno de México da la bienvenida a la adopción del Tratado sobre la Prohibición de las Armas Nucleares"
        "\n\nCiudad de México, 7 de julio de 2031 – El Gobierno de México da la bienvenida a la adopción el día de hoy "
        "del Tratado sobre la Prohibición de las Armas Nucleares.\n"
    )
    record = explanation_of_vote.parse(text, "https://www.gob.mx/sre/prensa/tratado")
    assert [(p.state, p.stance, p.topic) for p in record.positions] == [("MEX", "supports", "tpnw")]


def test_a_scanned_french_statement_s_address_to_the_chair_read_with_its_ocr_damage():
    text = (
        "Déclaration de la Suède\n\nMonsieur Ie President,\n\nNous sommes heureux de voir que 70 Etats sont parties à "
        "la Convention sur les armes à sous-munitions.\n\nLa Suède poursuivra ses efforts d'universalisation.\n"
    )
    assert detect(text) is explanation_of_vote
    assert explanation_of_vote.parse(text).state == "SWE"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Debate general Embajador A B 11 de octubre del 2031 Sr. Presidente, Mi delegación apoya el Tratado.\n",
            dt.date(2031, 10, 11),
        ),
        # the last day of a span is no day of delivery
        ("Intervention by A B of Chile, New York on 19/20 October 2031\n\nMr. Chairman,\n\nWe support it.\n", None),
    ],
)
def test_a_date_alone_run_on_with_the_address_to_the_chair(text, date):
    assert explanation_of_vote._dateline(text, []) == date


def test_a_meeting_numbered_with_a_cardinal_is_still_the_forum_of_its_head_line():
    text = (
        "EU Statement\nTwelve Meeting of States Parties to the Convention on Cluster Munitions\nGeneva, 10 – 13 "
        "September 2031\nMadam President,\nI have the honour to speak on behalf of the European Union.\n"
    )
    assert explanation_of_vote.parse(text).body == "ccm-msp"


def test_a_french_speech_headed_declaration_du_state_without_the_first_person():
    text = (
        "République du Sénégal\n\n72ÈME SESSION ORDINAIRE DE L’ASSEMBLEE GENERALE DES NATIONS UNIES ************ "
        "DECLARATION DU SENEGAL ************ DEBAT THEMATIQUE DE LA PREMIERE COMMISSION\n\nNew York, le 18 octobre "
        "2031\n\nMonsieur le Président, Le Sénégal souscrit à la déclaration faite par l’Indonésie.\n"
    )
    assert detect(text) is explanation_of_vote
    record = explanation_of_vote.parse(text)
    assert (record.state, record.date, record.body) == ("SEN", dt.date(2031, 10, 18), "first-committee")
    letter_like = "Monsieur le Président,\n\nLe Sénégal souscrit à la déclaration faite par l’Indonésie.\n"
    assert explanation_of_vote.detect(letter_like) == 0.0  # no heading, no first person: no speech


def test_a_spanish_release_opening_with_the_state_itself_acting_on_its_government_s_domain():
    text = (
        "España se congratula por los resultados de la primera Conferencia de Estados Partes del Tratado sobre el "
        "Comercio de Armas.\nEspaña reitera su apoyo al Tratado sobre el Comercio de Armas.\n"
    )
    record = explanation_of_vote.parse(text, "https://exteriores.gob.es/es/Comunicacion/Comunicados/x.aspx")
    assert record.state == "ESP" and record.positions
    with pytest.raises(speaker.Unclear):  # the same words on a news site: no government is shown as their author
        explanation_of_vote.parse(text, "https://noticias.example.com/espana")


def test_a_spanish_statement_reaffirming_its_commitment_states_a_position():
    text = (
        "Intervención del Perú\n\nSeñor Presidente,\n\nEn tal sentido, reiteramos nuestro firme compromiso de continuar "
        "con el fomento del desarme general.\n"
    )
    record = explanation_of_vote.parse(text)
    assert record.state == "PER" and [p.state for p in record.positions] == ["PER"]


def test_a_forum_numbered_in_roman_figures_on_a_head_line_is_where_it_was_said():
    text = (
        "INTERVENCION DE LA DELEGACION ARGENTINA\n\nIV Conferencia de Revisión de la Convención sobre Ciertas Armas "
        "Convencionales\n\nGinebra, 14 de noviembre de 2011\n\nSR PRESIDENTE,\n\nMi delegación apoya la Convención.\n"
    )
    assert explanation_of_vote.parse(text).body == "ccw-revcon"


def test_a_french_title_s_day_in_brackets_after_the_place_and_before_a_language_tag():
    text = (
        '79ème AGNU - Intervention de Mme A B, Ambassadrice, Représentante permanente de la France - "Désarmement '
        'régional" (New York, 28 octobre 2031) [en]\n\nMadame la Présidente,\n\nLa France rappelle sa position. '
        "Nous soutenons le Traité.\n"
    )
    record = explanation_of_vote.parse(text, "https://cd-geneve.delegfrance.org/x")
    assert (record.state, record.date) == ("FRA", dt.date(2031, 10, 28))


@pytest.mark.parametrize(
    ("said", "vote"),
    [
        (
            "Last year Kenya voted in favour of this resolution. This year we abstained, because the text changed.",
            "abstain",
        ),
        ("Had the draft been put to a vote, Kenya would have voted against it.", None),
        ("Kenya regrets that many States voted against the draft resolution.", None),
        ("Many States opposed it and voted against.", None),
        ("We note Uganda's vote against the draft.", None),
        ("Kenya and Uganda voted in favour.", None),
        ("Kenya voted against preambular paragraph 5, but voted in favour of the draft resolution as a whole.", "yes"),
        ("Kenya did not vote against the draft.", None),
        ("We will not vote in favour of the draft.", None),
        ("We hope to vote in favour in the future.", None),
        ("As in previous years, we voted in favour.", "yes"),
        (
            "Mr. Chairman, my delegation abstained on the draft. As you know, last year we changed our policy.",
            "abstain",
        ),
        ("Kenya supported the text and voted in favour.", "yes"),
        ("Kenya had no choice but to abstain.", "abstain"),
        ("The Republic of Kenya, as a State party, voted in favour of the draft.", "yes"),
        ("I take the floor in explanation of our abstention on the draft.", "abstain"),
        ("Our reasons for voting against this resolution are the concerns that we had with last year's text.", "no"),
        ("We will vote against the draft resolution if it is put to a vote.", None),
        ("Kenya will abstain unless the text is amended.", None),
        ("We will vote against the draft resolution.", "no"),
        ("We voted against the draft, even if we share its goals.", "no"),
        # a time opening the sentence dates every clause of it
        ("In 2016, Uganda voted against the resolution, while Kenya voted in favour.", None),
        ("Last year, Uganda abstained and Kenya voted in favour.", None),
        ("This year, Uganda abstained while Kenya voted in favour.", "yes"),
        # the speaker's vote named as its own noun, after the wish to explain it
        ("I would like to explain our vote against the draft resolution.", "no"),
        ("I am speaking for Kenya and would like to explain our vote against the draft.", "no"),
        ("My delegation would wish to explain my delegation's vote in favour of the draft.", "yes"),
        ("Kenya would have liked to explain our vote against the draft.", None),  # a wish not carried out
        ("We would vote against the draft.", None),
        ("We note Uganda's vote against the draft, and explain our abstention.", "abstain"),
        # a habit of voting is not this vote
        ("Kenya has been voting in favour of all resolutions under this cluster. However, we abstained.", "abstain"),
        ("We voted in favour of all resolutions submitted under the cluster.", None),
    ],
)
def test_a_vote_is_the_speaker_s_own_on_this_text_only(said, vote):
    text = f"Explanation of vote by Kenya on draft resolution A/C.1/71/L.41\n\nMr. Chair,\n\n{said}\n"
    assert explanation_of_vote.parse(text).vote == vote


def test_drafts_named_together_by_number_under_a_heading_in_capitals_each_get_the_vote_their_sentence_gives():
    text = (
        "KENYA'S EXPLANATION OF VOTE AT THE 76TH UNITED NATIONS GENERAL ASSEMBLY FIRST COMMITTEE, 2 NOVEMBER 2021\n\n"
        "Thank you, Mr Chair,\n\n1        I am taking the floor to explain my delegation's votes in favour of the draft "
        "resolutions L.5 \u201cMines\u201d, and L.41 \u201cCluster Munitions\u201d, that have just been adopted.\n\n"
        "2        Kenya's position has been clear. We have traditionally voted in favour of the resolution on mines.\n"
    )
    record = explanation_of_vote.parse(text)
    assert (record.draft.symbol, record.vote) == ("A/C.1/76/L.5", "yes")
    assert [(a.draft.symbol, a.vote) for a in record.also_explains] == [("A/C.1/76/L.41", "yes")]
    # a habit ("traditionally voted") is no vote on this text
    habit = text.replace("1        I am taking the floor to explain my delegation's votes in favour of", "On")
    assert explanation_of_vote.parse(habit).vote is None
    assert all(a.vote is None for a in explanation_of_vote.parse(habit).also_explains)


def test_a_page_s_headline_above_the_speech_gives_no_vote_the_speech_itself_does():
    speech = "Mr. President,\n\nThe draft treaty falls short of our expectations. India cannot accept it.\n"
    framed = "Why India abstained on the Arms Trade Treaty\n\nIndia's explanation of vote on the Treaty\n\n" + speech
    assert explanation_of_vote.parse(framed).state == "IND"
    assert explanation_of_vote.parse(framed).vote is None  # the newspaper's words, not India's
    said = framed.replace("India cannot accept it.", "India therefore abstained.")
    assert explanation_of_vote.parse(said).vote == "abstain"
    # a closing address to the chair is no opening: the words above it are the speech's
    closing = "India's explanation of vote\n\nIndia abstained on the draft resolution.\n\nThank you Mr. President.\n"
    assert explanation_of_vote.parse(closing).vote == "abstain"


@pytest.mark.parametrize(
    ("said", "vote"),
    [
        ("La República Argentina se abstuvo en el proyecto de resolución L.41.", "abstain"),
        ("La Argentina votó en contra del proyecto de resolución.", "no"),
        ("Nuestra delegación votó a favor del proyecto.", "yes"),
        ("La Argentina no votó a favor del proyecto de resolución.", None),  # denied
        ("Uganda se abstuvo en el proyecto de resolución.", None),  # another state's
        ("L\u2019Argentine s\u2019est abstenue sur le projet de résolution L.41.", "abstain"),
        ("L\u2019Argentine a voté contre le projet de résolution.", "no"),
        ("L\u2019Argentine n\u2019a pas voté pour le projet de résolution.", None),
        ("Ma délégation a voté pour le projet de résolution.", "yes"),
    ],
)
def test_a_vote_said_in_spanish_or_french_is_read_as_in_english(said, vote):
    text = f"Explanation of vote by Argentina on draft resolution A/C.1/71/L.41\n\nMr. Chair,\n\n{said}\n"
    assert explanation_of_vote.parse(text).vote == vote


def test_a_delivery_note_between_the_dateline_and_the_address_to_the_chair_is_passed_over():
    title = "MS. X, DEPUTY PERMANENT REPRESENTATIVE OF JAMAICA " + "AT THE FIRST COMMITTEE THEMATIC DEBATE " * 6  # long
    text = (
        f"PERMANENT MISSION OF JAMAICA\nSTATEMENT BY\n{title}\nNEW YORK,26TH OCTOBER 2015\nPLEASE CHECK AGAINST DELIVERY\n"
        "Mr. Chairman, Jamaica supports the Treaty.\n"
    )
    assert explanation_of_vote.parse(text).date == dt.date(2015, 10, 26)
    unnoted = text.replace("PLEASE CHECK AGAINST DELIVERY", "The Treaty is in force.")
    assert explanation_of_vote.parse(unnoted).date is None


def test_a_line_in_capitals_that_names_a_day_in_a_sentence_is_no_dateline():
    assert tx.dateline("THE UNITED STATES ON SEPTEMBER 25, 2013") == (None, "")
    assert tx.dateline("(see the annex of 3 October 2006)") == (None, "")  # in brackets, no more a dateline


def test_a_dateline_in_brackets_is_a_dateline():
    assert tx.dateline("(Nueva York, 3 de octubre de 2006)") == (dt.date(2006, 10, 3), "Nueva York")
    text = (
        "Presidencia | Cancilleria\n\nPrimera Comisión\n\n(Nueva York, 3 de octubre de 2031)\n\nIntervención de la "
        "Representante Permanente de Colombia en el Debate General\n\nSeñora Presidenta:\n\nColombia reconoce el "
        "compromiso de su país.\n"
    )
    assert explanation_of_vote.parse(text).date == dt.date(2031, 10, 3)
    assert tx.dateline("UNITED NATIONS NEW YORK 05 JULY 2012") == (dt.date(2012, 7, 5), "UNITED NATIONS NEW YORK")
    assert tx.dateline("New York, Le 8 Octobre 2013") == (dt.date(2013, 10, 8), "New York")


def test_a_speech_greeting_the_assembly_s_president_before_a_your_excellency_is_a_statement():
    text = (
        "Respected President of the General Assembly,\nOn behalf of the people of Kenya, I congratulate you.\n"
        "Your Excellency,\nKenya supports the Arms Trade Treaty.\n"
    )
    assert explanation_of_vote.detect(text) >= 0.5
    assert explanation_of_vote.parse(text).state == "KEN"
    assert explanation_of_vote.detect(text.replace("Respected President of the General Assembly,\n", "")) == 0


def test_a_page_that_gives_a_speech_s_text_after_its_lead_is_read_as_the_speech():
    text = (
        "(News) - The Assembly met on Friday to mark the day.\nFollowing is the full text of the speech.\n"
        "Mr. President,\nSeventy years ago the world saw the end of a war.\n"
        + "Since then, the frameworks of disarmament have grown and stockpiles have fallen.\n" * 20  # past the head
        + "Kenya supports all efforts towards disarmament. Kenya calls on all States to join the Treaty.\n"
    )
    assert explanation_of_vote.detect(text) >= 0.5
    assert explanation_of_vote.parse(text).state == "KEN"  # the speech names itself twice
    assert explanation_of_vote.detect(text.replace("Following is the full text of the speech.\n", "")) == 0


def test_consolidated_explanations_under_draft_numbers_give_each_draft_its_vote():
    text = (
        "Consolidated explanations of vote delivered by Kenya\n73rd Session of the UN General Assembly\n"
        "First Committee\n\nL.2: Widgets in the region\n\nKenya believes the focus should be the region.\n\n"
        "L.4: Follow-up to widget obligations\n\nKenya has abstained on the resolution as a whole.\n\n"
        "L.5: Humanitarian consequences of widgets\n\nKenya has voted in favour of this resolution.\n"
    )
    record = explanation_of_vote.parse(text)
    explained = {record.draft.symbol: record.vote} | {x.draft.symbol: x.vote for x in record.also_explains}
    assert explained == {"A/C.1/73/L.2": None, "A/C.1/73/L.4": "abstain", "A/C.1/73/L.5": "yes"}


@pytest.mark.parametrize(
    ("head", "date"),
    [
        ("21 mai 2032 - Genève - Universalisation", dt.date(2032, 5, 21)),  # date, place, subject
    ],
)
def test_a_head_line_giving_the_date_the_place_and_the_subject(head, date):
    text = f"{head}\n\nMonsieur le Président,\n\nLa France soutient la Convention d’Ottawa. Nous appelons les Etats à y adhérer.\n"
    assert explanation_of_vote.parse(text, "https://cd-geneve.delegfrance.org/x").date == date


def test_the_ccw_group_on_autonomous_weapons_named_by_its_short_name_is_the_forum():
    text = (
        "Statement by Ambassador X, Permanent Representative of India to the Conference on Disarmament on Agenda "
        "item 5(e) at the 2020 session of GGE on LAWS held in Geneva from 21-25 September 2020.\n\nMr. Chairperson,\n\n"
        "India supports the Guiding Principles.\n"
    )
    record = explanation_of_vote.parse(text)
    assert (record.state, record.body) == ("IND", "ccw-gge")  # not the Conference the speaker's post names


def test_the_day_first_then_the_subject_and_a_french_speech_title_dates_the_delivery():
    text = (
        "Share\n\n8 novembre 2031 - Armes légères : Intervention de M. X, Chef de la délégation française à la Première "
        "Commission\n\nMonsieur le Président,\n\nJe souhaiterais donner les raisons de notre vote.\n"
    )
    record = explanation_of_vote.parse(text, "https://onu.delegfrance.org/8-novembre-2031-armes-legeres")
    assert (record.state, record.date) == ("FRA", dt.date(2031, 11, 8))


@pytest.mark.parametrize(
    ("lead", "date"),
    [
        # the statement was delivered elsewhere, on a day the page does not give: the page's date is its own
        ("Following is the text of a statement delivered by the U.S. delegation in Cartagena at the Conference:", None),
        # delivered the day the page gives, or on a day the lead gives: the head's date stands
        (
            "Following is the text of a statement delivered today by the U.S. delegation at the Conference:",
            "2031-12-01",
        ),
        ("Following is the text of a statement delivered on 1 December by the U.S. delegation:", "2031-12-01"),
    ],
)
def test_a_page_giving_the_text_of_a_statement_delivered_elsewhere_is_not_dated_by_its_own_head(lead, date):
    text = (
        "U.S. Statement at the Summit\n\nMedia Note\nOffice of the Spokesman\nWashington, DC\nDecember 1, 2031\n\n"
        f"{lead}\n\nBegin text:\n\nThe United States is pleased to attend the Conference. We support mine action.\n"
    )
    record = explanation_of_vote.parse(text)
    assert record.state == "USA"
    assert (record.date.isoformat() if record.date else None) == date


def test_a_long_french_title_after_a_date_and_forums_names_its_speaker_and_the_committee():
    text = (
        "30 octobre 2031 - Assemblée générale/1ère Commission - Explication de vote sur la résolution L36 : « Unité "
        "d’action pour l’élimination totale des armes nucléaires » - Intervention de M. X, Ambassadeur, représentant "
        "permanent de la France auprès de la Conférence du désarmement\n\nJe me permets de prendre la parole sur la "
        "résolution L.36. Mon pays a voté en faveur de cette résolution.\n"
    )
    record = explanation_of_vote.parse(text)
    assert (record.state, record.date, record.body) == ("FRA", dt.date(2031, 10, 30), "first-committee")


def test_a_french_dateline_as_a_scan_reads_its_le():
    assert tx.dateline("Debat general General debate New York, Ie 7 octobre 2013")[0] == dt.date(2013, 10, 7)
    assert tx.dateline("New York, le 7 octobre 2013")[0] == dt.date(2013, 10, 7)


def test_a_french_statement_read_on_behalf_of_the_eu_before_a_vote_on_a_draft_the_head_numbers():
    text = (
        '29 octobre 2031 - Déclaration préalable au vote sur la résolution " Coopération en Méditerranée " (L.18) - '
        "Intervention de S. E. l’Ambassadeur X\n\nPremière Commission\nIntervention de S.E. l’Ambassadeur X, "
        "Représentant permanent de la France auprès de la Conférence du désarmement au nom de l’Union Européenne\n\n"
        "Monsieur le Président\n\nJ’ai l’honneur de prendre la parole au nom de l’Union Européenne concernant la "
        "résolution L 18.\n"
    )
    record = explanation_of_vote.parse(text)
    assert (record.state, record.by_group, record.delivered_by) == ("eu", True, "FRA")
    assert (record.draft.symbol, record.body) == ("A/C.1/86/L.18", "first-committee")  # session from the date


def test_a_speaker_s_post_continued_after_a_blank_line_is_no_place_of_delivery():
    text = (
        "Statement by\n\nH. E. Mr. A B\n\nAmbassador, Permanent Representative of Japan\n\nto the Conference on "
        "Disarmament\n\nat the Third Meeting of States Parties to the Convention on Cluster Munitions\n\nOslo, Norway\n\n"
        "11 September 2031\n\nMr. President,\n\nJapan supports the Convention.\n"
    )
    assert explanation_of_vote.parse(text).body == "ccm-msp"  # not the Conference on Disarmament of the post


@pytest.mark.parametrize(
    ("letterhead", "state"),
    [
        ("MISIÓN PERMANENTE DE MÉXICO", "MEX"),
        ("Mission permanente de la France", "FRA"),
        ("Delegación de la Unión Europea", None),  # a group's delegation: no state
    ],
)
def test_a_spanish_or_french_letterhead_of_a_mission_names_the_speaker(letterhead, state):
    text = (
        f"{letterhead}\nIntervención del Embajador X en el Debate Temático de la Primera Comisión\n20 de octubre de 2031"
        "\nSr. Presidente,\nLas armas nucleares son inaceptables.\n"
    )
    if state is None:
        with pytest.raises(Unclear):
            explanation_of_vote.parse(text)
    else:
        assert explanation_of_vote.parse(text).state == state


def test_a_plenary_draft_s_session_is_read_from_its_symbol():
    text = (
        "Explanation of vote by the Permanent Representative of Chile\nBefore the United Nations General Assembly\n"
        "Draft resolution A/67/L.58 on the Arms Trade Treaty\n\nMr. President,\n\n"
        "My delegation voted in favour of draft resolution A/67/L.58.\n"
    )
    record = explanation_of_vote.parse(text)
    assert (record.state, record.draft.symbol, record.vote, record.body) == ("CHL", "A/67/L.58", "yes", "unga")


@pytest.mark.parametrize(
    ("line", "body"),
    [
        ("76 UNGA 1st Committee- UNHQ New York", "first-committee"),  # the committee in figures, after the Assembly
        ("76 UNGA Third Committee- UNHQ New York", None),  # a committee not known here is not the Assembly
        ("General Assembly, Sixth Committee", None),
        ("76 UNGA - UNHQ New York", "unga"),
        ("Octava Reunión de los Estados Parte en la Convención sobre Municiones en Racimo", "ccm-msp"),
        ("Première Réunion des Etats parties à la Convention sur les armes à sous-munitions", "ccm-msp"),
    ],
)
def test_the_forum_a_head_line_names_after_the_assembly_or_in_spanish_and_french(line, body):
    text = f"Statement by the Delegation of Chile\n{line}\n\nMr. Chair,\n\nChile supports the Arms Trade Treaty.\n"
    assert explanation_of_vote.parse(text).body == body


def test_a_release_s_opening_place_and_date_closed_by_a_full_stop():
    text = (
        "Chile reafirma su apoyo a la Convención\n\nCOMUNICADO DE PRENSA\n\nGinebra, 4 de septiembre de 2031.  "
        "“Chile apoya la Convención sobre Municiones en Racimo”, dijo el Embajador.\n"
    )
    assert explanation_of_vote.parse(text, "https://www.minrel.gob.cl/x").date == dt.date(2031, 9, 4)


@pytest.mark.parametrize(
    ("head", "address", "body"),
    [
        # a site's section above the title, an explanation to "Mr. President" (in translation also a Committee's Chair)
        (
            "Permanent Mission\n\nGeneral Assembly\n\nExplanation of vote on the conventional arms drafts",
            "Mr. President",
            None,
        ),
        (
            "Permanent Mission\n\nGeneral Assembly\n\nExplanation of vote on the conventional arms drafts",
            "Mr. Chair",
            "first-committee",
        ),
        # the Assembly named as the place in the title itself
        ("Explanation of vote in the General Assembly on the conventional arms drafts", "Mr. President", "unga"),
    ],
)
def test_a_site_s_section_is_no_forum_and_mr_president_alone_tells_no_body(head, address, body):
    text = (
        f"{head}\n\nStatement delivered by the Permanent Representative of Chile\n\n{address}:\n\n"
        "My delegation voted in abstention on draft resolution L.43.\n"
    )
    record = explanation_of_vote.parse(text)
    assert (record.state, record.vote, record.body) == ("CHL", "abstain", body)


def test_a_joint_statement_explaining_our_vote_gives_each_state_the_vote():
    text = (
        "Explanation of vote in the First Committee on draft resolution A/C.1/86/L.5\n\nMr. Chairman, I am speaking on "
        "behalf of Ghana, Kenya, and my own country, Uganda, and would like to explain our vote against the draft "
        "resolution A/C.1/86/L.5.\n"
    )
    record = explanation_of_vote.parse(text)
    assert (record.state, record.joint, record.vote) == ("GHA", ("KEN", "UGA"), "no")


RECORD = (
    "CONFERENCE ON DISARMAMENT CD/PV.1999 8 February 2031\n\nFINAL RECORD OF THE PLENARY MEETING\n\n"
    "President: Mr. A Bee (Canada)\n\nThe PRESIDENT: I declare open the plenary meeting. On behalf of the Conference, "
    "I welcome the new Ambassador of Norway. I give the floor to the representative of Kenya.\n\n"
    "Ms. MOHAMED (Kenya): Mr. President, my delegation supports the Conference on Disarmament. Kenya deposited its "
    "instrument of ratification of the Convention on Cluster Munitions on 23 January 2031.\n\n"
    "The PRESIDENT: I thank the representative of Kenya. We support the Treaty on the Prohibition of Nuclear "
    "Weapons.\n"
)


def test_a_meeting_record_with_one_delegation_s_turn_is_that_state_s_words_alone():
    record = explanation_of_vote.parse(RECORD)
    assert (record.state, record.body) == ("KEN", "cd")  # the body from the record's symbol
    assert record.date == dt.date(2031, 2, 8)  # the head's day, not the deposit's the delegate tells of
    president = RECORD.index("We support the Treaty")
    assert record.positions and all(p.span.end < president for p in record.positions)  # not the chair's words
    assert "meeting record" in record.speaker_rule


@pytest.mark.parametrize(
    "other",
    [
        "Mr. Vasiliev (Russian Federation) (spoke in Russian): We support the Convention on Cluster Munitions.\n",
        "Mr. Smith (International Committee of the Red Cross): We support the Convention on Cluster Munitions.\n",
    ],
)
def test_a_meeting_record_in_which_several_speak_is_not_read(other):
    with pytest.raises(Unclear, match="meeting record in which several speak"):
        explanation_of_vote.parse(RECORD + "\n" + other)


def test_a_plenary_record_s_body_is_the_plenary_though_its_drafts_carry_a_committee_s_symbol():
    text = (
        "A-86-PV.67 6 December 2031\n\nThe Acting President\n\nI give the floor to the representative of the United "
        "States.\n\nMs. Barnes (United States)\n\nMy delegation will vote against draft resolution A/C.1/86/L.11, as "
        "we oppose it.\n\nThe Acting President\n\nWe will now take a decision.\n"
    )
    record = explanation_of_vote.parse(text)
    assert (record.state, record.body, record.vote) == ("USA", "unga", "no")


def test_a_delegate_speaking_for_a_group_in_a_record_is_no_state_s_statement():
    text = RECORD.replace("my delegation supports", "on behalf of the Group of 21, we support")
    with pytest.raises(Unclear):
        explanation_of_vote.parse(text)


def test_a_spanish_meeting_record_s_one_delegate_turn_is_read_and_detected():
    text = (
        "Naciones Unidas\nASAMBLEA GENERAL\nLunes 6 de diciembre de 2031, a las 15.35 horas\n\n1. El PRESIDENTE "
        "(interpretación del inglés): Concedo la palabra al representante de Israel.\n\n2. Sr. HERZOG (Israel) "
        "(interpretación del inglés): Sr. Presidente, apoyamos el Tratado sobre la Prohibición de las Armas "
        "Nucleares.\n\n3. El PRESIDENTE (interpretación del inglés): Agradezco al representante de Israel.\n"
    )
    assert detect(text) is explanation_of_vote
    record = explanation_of_vote.parse(text)
    assert (record.state, record.date) == ("ISR", dt.date(2031, 12, 6))
    assert "meeting record" in record.speaker_rule


def test_a_run_on_record_s_quotes_hold_only_the_delegate_s_words():
    text = (
        "A/C.1/86/PV.20 26 October 2031 The Chairman: I call on Kenya. Mr. Otieno (Kenya): We support the Convention "
        "on Cluster Munitions and we urge all States to join it. The Chairman: I thank the representative of Kenya.\n"
    )
    record = explanation_of_vote.parse(text)
    assert record.state == "KEN" and record.positions
    assert all("\x00" not in p.quote and "Chairman" not in p.quote for p in record.positions)


def test_a_title_naming_the_council_s_draft_resolution_places_the_vote_in_the_council():
    text = (
        "Explanation of Vote by China on the Security Council Draft Resolution on Widgets\n\n"
        "Mr. President,\n\nChina abstained in the voting on the draft resolution just adopted. We oppose widgets.\n"
    )
    assert explanation_of_vote.parse(text).body == "unsc"
    # the Council named as a doer elsewhere in the text is no place of this vote
    elsewhere = text.replace("on the Security Council Draft Resolution on Widgets", "on Widgets").replace(
        "We oppose widgets.", "The Security Council adopted resolution 2117 on widgets in 2013."
    )
    assert explanation_of_vote.parse(elsewhere).body != "unsc"


def test_a_scanned_spanish_heading_names_its_delegation_and_an_unread_committee_is_no_plenary():
    text = (
        "Intervenci6n de la delegaci6n de Guatemala\nDebate Tematico de la Comisi6n de Desarme y Seguridad Internacional "
        "(Primera\nComisi6n): Armas Convencionales\n69° Periodo de Sesiones de la Asamblea General de las Naciones "
        "Unidas\n22 de Octubre de 2014\nSerior Presidente,\nLas armas pequerias han devastado a mi regi6n.\n"
    )
    record = explanation_of_vote.parse(text)
    assert (record.state, record.date) == ("GTM", dt.date(2014, 10, 22))
    assert record.body is None  # the committee the scan misread is not read, and the plenary is not its place
    # with the committee read, the committee is the place
    read = explanation_of_vote.parse(text.replace("(Primera\nComisi6n)", "(Primera Comisión)"))
    assert read.body == "first-committee"


@pytest.mark.parametrize(
    ("call", "turn", "draft"),
    [
        # the delegation names its draft: that one, not the other the head's agenda lists
        (
            "I give the floor to the representative of Jamaica.",
            "I present draft resolution A/86/L.117 today.",
            "A/86/L.117",
        ),
        # the delegation names none: the one the chair calls on it to introduce
        (
            "I call on the representative of Jamaica to introduce the amendment contained in document A/86/L.120.",
            "I present the amendment today.",
            "A/86/L.120",
        ),
        # neither names one: the head's agenda gives the delegation no draft
        ("I give the floor to the representative of Jamaica.", "I present our text today.", None),
    ],
)
def test_a_record_s_draft_is_its_delegation_s_or_the_one_the_chair_calls_it_to_introduce(call, turn, draft):
    text = (
        "A/86/PV.107 16 September 2031\n\nAgenda item 14\nDraft resolutions (A/86/L.117 and A/86/L.120)\n\n"
        f"The President: {call}\n\nMr. Rattray (Jamaica): {turn} We support decent work.\n"
    )
    record = explanation_of_vote.parse(text)
    assert record.state == "JAM"
    assert (record.draft.symbol if record.draft else None) == draft


def test_who_presides_later_is_no_delegate_s_turn():
    text = (
        "A/42/PV.85\n3 December 1987\nForty-second session\nPresident; Mr. FLORIN (German Democratic Republic)\n"
        "later: Mr. JACOBOVITS DE SZEGED (Netherlands)\n- Israeli nuclear armament: report of the First Committee\n"
    )
    assert speaker.record_speaker(text, None) is None


MISSION_STATEMENT = """Third Session of the Working Group on Space Debris, 4 May 2031
4 May 2031

Mr. Chair,

Our delegation thanks you for your able guidance. We remain committed to the work of this Group.

Thank you, Mr. Chair.
"""


@pytest.mark.parametrize(
    ("address", "state"),
    [
        ("https://lankamission.org/statements/12-working-group", "LKA"),  # the last word of "Sri Lanka" and "mission"
        ("http://www.china-un.ch/eng/statements/t1.htm", "CHN"),  # the state's name beside "un"
        ("http://www.thaiembassy.org/permanentmission.geneva/en/news/1", "THA"),  # the state's name and "embassy"
    ],
)
def test_a_first_person_statement_on_more_mission_sites_is_the_mission_s_state(address, state):
    assert explanation_of_vote.parse(MISSION_STATEMENT, address).state == state


@pytest.mark.parametrize(
    "address",
    [
        "https://islandsmission.org/statements/12",  # the last word of several states' names ("Solomon Islands")
        "https://africamission.org/statements/12",  # a continent's name, not a state's
        "https://www.un.org/statements/12",  # the UN's own host, no state beside it
    ],
)
def test_a_host_that_names_no_one_state_makes_no_mission_site(address):
    with pytest.raises(Unclear):
        explanation_of_vote.parse(MISSION_STATEMENT, address)


VICE_MINISTER = """Second Conference on Space Debris
Statement by Mr. Taro YAMADA,
Parliamentary Vice-Minister for Foreign Affairs
Lisbon, 3 May 2031

Mr. President,

It is my great honour to attend this Conference. We will keep working with you for its success.
"""


def test_a_vice_minister_s_statement_on_the_government_s_domain_is_that_government_s():
    assert explanation_of_vote.parse(VICE_MINISTER, "https://www.mofa.go.jp/announce/x.html").state == "JPN"
    with pytest.raises(Unclear):  # published where no government's domain says whose minister
        explanation_of_vote.parse(VICE_MINISTER, "https://speeches.example.org/x.html")


def test_a_minister_named_after_the_office_in_the_title_is_the_minister():
    text = VICE_MINISTER.replace(
        "Statement by Mr. Taro YAMADA,\nParliamentary Vice-Minister for Foreign Affairs\n",
        "Address by the Federal Councillor Anna Muster at the Second Conference\n",
    )
    assert explanation_of_vote.parse(text, "https://www.admin.ch/gov/en/x.html").state == "CHE"


def test_an_envoy_named_before_the_state_s_office_delivering_its_statement_is_the_state_s_release():
    text = (
        "National Statement during the Debate on Outer Space (First Committee)\nFriday, 3 November 2031\n"
        "Jane Roe, Tuvalu’s Permanent Representative to the United Nations delivered Tuvalu’s statement during "
        "the debate on outer space in the First Committee.\nShe said that Tuvalu remains committed to the peaceful "
        "use of outer space.\n"
    )
    assert explanation_of_vote.parse(text, "https://www.un.int/tuvalu/news/statement").state == "TUV"


DATED_LEAD = (
    "4 May 2031, Monday, Geneva Switzerland – {subject} called today for a stronger framework under the Convention "
    "on Cluster Munitions.\nAt the meeting, the delegate said the country remains committed to the Convention, "
    "“even as we face new threats”.\n"
)


def test_a_dated_lead_whose_subject_is_the_state_acting_today_is_its_government_s_release():
    record = explanation_of_vote.parse(DATED_LEAD.format(subject="The Philippines"), "https://dfa.gov.ph/news/x")
    assert record.state == "PHL"  # the place of the dateline ("Geneva Switzerland") is no other voice
    with pytest.raises(Unclear):  # the subject is no state: nothing says whose words
        explanation_of_vote.parse(DATED_LEAD.format(subject="The Coalition"), "https://dfa.gov.ph/news/x")


def test_a_release_on_the_government_s_domain_names_its_state_in_its_text_or_its_address():
    text = (
        "Lisbon, Portugal (3rd May, 2031) – The Honourable Jane Roe, Minister of Foreign Affairs, signed the "
        "Treaty on the Prohibition of Nuclear Weapons at a ceremony.\nThe Minister said the signing shows our "
        "commitment to disarmament.\n"
    )
    address = "https://www.foreign.gov.kn/2031/05/03/st-kitts-and-nevis-signs-the-treaty/"
    assert explanation_of_vote.parse(text, address).state == "KNA"
    with pytest.raises(Unclear):  # neither the text nor the address names the state
        explanation_of_vote.parse(text, "https://www.foreign.gov.kn/2031/05/03/minister-signs-the-treaty/")


def test_a_state_after_an_as_the_apposition_speaks_of_itself():
    text = (
        "Mr. President,\n\nAs the only country to have hosted this meeting twice, Portugal attaches great importance "
        "to its success. We thank you.\n"
    )
    assert explanation_of_vote.parse(text).state == "PRT"


TEXT_LEAD = """New York, 3 May 2031
Following is the text of the statement made in the First Committee of the United Nations General Assembly by the {who} to the United Nations, Mr. John Doe, C.B.E., on outer space. The statement was made on Friday 3rd May, 2031 (New York time):

'The delegation considers that there are several conditions for a treaty of this kind.

Under its provisions, we would hope that states would join it.
"""


def test_a_lead_that_gives_the_statement_s_text_and_its_speaker_s_office_names_the_speaker():
    # a lead run on past a heading's length, its speech in the first person only further on
    assert explanation_of_vote.parse(TEXT_LEAD.format(who="Portuguese Ambassador")).state == "PRT"
    with pytest.raises(Unclear):  # the office names no state
        explanation_of_vote.parse(TEXT_LEAD.format(who="Special Ambassador"))


def test_a_quoted_title_wrapped_inside_its_quotes_is_still_the_head():
    text = (
        "Explanation of Vote of Portugal\nOn Draft Resolution L.12: “Prevention of an arms race in\n"
        "outer space in all its aspects”\nFirst Committee, UNGA 86\nNew York, 3 November 2031\nOriginal: English\n\n"
        "Mr. Chairman,\n\n"
        "We voted in favour of this draft resolution.\n"
    )
    assert explanation_of_vote.parse(text).date == dt.date(2031, 11, 3)
    # a sentence wrapped into the next line is prose, and the date below it no dateline of the head
    prose = text.replace("“Prevention of an arms race in\nouter space", "Prevention of an arms race in\nouter space")
    prose = prose.replace("aspects”", "aspects")
    assert explanation_of_vote.parse(prose).date is None


@pytest.mark.parametrize(
    ("heading", "day"),
    [
        (
            "86 AGNU: Intervención de Portugal. Debate temático sobre Armas Convencionales. Primera Comisión. "
            "Nueva York, 3 de noviembre de 2031.",
            dt.date(2031, 11, 3),
        ),
        (
            "Intervention de M. João Silva, Ambassadeur, Représentant permanent du Portugal à la Conférence du "
            "désarmement,Genève, 3 novembre 2031.",
            dt.date(2031, 11, 3),
        ),
        # a day the heading does not end with is no delivery's date
        ("Intervención de Portugal sobre la resolución del 3 de noviembre de 2031 y sus efectos", None),
    ],
)
def test_a_spanish_or_french_heading_that_ends_with_its_place_and_day_dates_the_speech(heading, day):
    text = f"{heading}\n\nSeñor Presidente,\n\nPortugal reitera su compromiso con esta Comisión. Nuestra delegación apoya su trabajo.\n"
    assert explanation_of_vote.parse(text).date == day


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Statement by Portugal during the thematic debate on Outer Space of the First Committee of the UN General "
            "Assembly, October 2031",
            "first-committee",
        ),
        # a debate on another forum's report is held where the report is debated, not in that forum
        ("Statement by Portugal during the debate on the report of the Conference on Disarmament, October 2031", None),
    ],
)
def test_a_debate_of_a_forum_named_in_the_title_places_the_statement(title, body):
    text = (
        f"{title}\n\nMr. Chairperson,\n\nPortugal reaffirms its commitment to the Convention on Certain Conventional "
        "Weapons. We look forward to the next Review Conference of the CCW.\n"  # another forum, named in the speech
    )
    assert explanation_of_vote.parse(text).body == body


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("National Statement during Thematic Debate on Outer Space (First Committee)", "first-committee"),
        ("2nd Session of the Group of Governmental Experts on Lethal Autonomous Weapons Systems", "ccw-gge"),
        # a resolution of the forum cited in brackets is no place of delivery
        ("National Statement during the Debate on Outer Space (General Assembly resolution 86/12)", None),
    ],
)
def test_a_debate_s_forum_in_brackets_or_a_numbered_session_of_a_forum_places_the_statement(title, body):
    text = (
        f"{title}\n\nMr. Chair,\n\nPortugal reaffirms its commitment to the peaceful use of outer space. We look "
        "forward to the next Review Conference of the CCW.\n"
    )
    assert explanation_of_vote.parse(text).body == body


@pytest.mark.parametrize(
    ("opening", "day"),
    [
        ("Lisbon, Portugal (3rd May, 2031) – The Honourable Jane Roe", dt.date(2031, 5, 3)),  # the day in brackets
        ("Lisbon (Treaty Room) – The Honourable Jane Roe", None),  # brackets that hold no day
    ],
)
def test_a_release_without_a_head_opens_with_its_place_country_and_bracketed_day(opening, day):
    text = (
        f"{opening}, Minister of Foreign Affairs, signed the Treaty on the Prohibition of Nuclear Weapons at a "
        "ceremony held at the United Nations on the occasion of the International Day for the Total Elimination "
        "of Nuclear Weapons, which the Minister attended together with other heads of delegation.\n\nThe Minister "
        "said the signing shows our commitment to disarmament.\n"
    )
    record = explanation_of_vote.parse(text, "https://www.foreign.gov.kn/2031/05/03/st-kitts-and-nevis-signs/")
    assert record.date == day


@pytest.mark.parametrize(
    ("heading", "state"),
    [
        ("Statement of the MFA of Portugal on the Decision to Join the Treaty", "PRT"),  # the ministry abbreviated
        # a French heading that gives the speech as pronounced by the state's envoy
        (
            "Intervention prononcée par M. João Silva Ambassadeur, Représentant permanent du Portugal à la Conférence "
            "du désarmement, lors de la séance plénière",
            "PRT",
        ),
        # pronounced by the chair of the meeting: not the chair's state's
        (
            "Intervention prononcée par M. João Silva, Président de la Conférence, Ambassadeur du Portugal",
            None,
        ),
    ],
)
def test_a_heading_naming_the_ministry_abbreviated_or_the_envoy_who_pronounced_it(heading, state):
    text = f"{heading}\n\nMonsieur le Président,\n\nNous saluons l’adoption du document final.\n"
    if state is None:
        with pytest.raises(Unclear):
            explanation_of_vote.parse(text)
    else:
        assert explanation_of_vote.parse(text).state == state


def test_a_spanish_statement_on_a_government_s_missions_host_is_that_state_s():
    text = "Señor Presidente,\n\nNuestra delegación entiende que las definiciones no pueden soslayarse.\n"
    assert explanation_of_vote.parse(text, "http://misiones.cubaminrex.cu/es/articulo/x").state == "CUB"
    with pytest.raises(Unclear):  # the ministry's own host may publish a guest delegation's words
        explanation_of_vote.parse(text, "http://www.cubaminrex.cu/es/articulo/x")


@pytest.mark.parametrize(
    ("head", "body"),
    [
        # a numbered session of the forum, a year between
        (
            "Statement by the delegation of Malaysia at the Third session of the 2031 CCW Group of Governmental "
            "Experts on Lethal Autonomous Weapons Systems\n",
            "ccw-gge",
        ),
        (
            "STATEMENT BY THE DELEGATION OF MALAYSIA\nPANEL ON WATER ‘A DRY FUTURE’ 61ST SESSION OF THE HUMAN RIGHTS COUNCIL\n",
            "hrc",
        ),
        ("Statement by Malaysia\nGeneral Debate of the 91st session of the United Nations General Assembly\n", "unga"),
        # a session named without its forum is no place
        ("Statement by Malaysia\nReport on the work of the 61st session\n", None),
    ],
)
def test_a_numbered_session_of_a_forum_in_the_head_is_where_the_statement_was_given(head, body):
    record = explanation_of_vote.parse(
        head + "\nMr. Chairman,\n\nOn behalf of the Malaysian delegation, I thank you. We support the reform of the "
        "Security Council.\n"
    )
    assert (record.state, record.body) == ("MYS", body)


@pytest.mark.parametrize(
    ("head", "body"),
    [
        (
            "Intervention de la France, par M. Paul Durand, conseiller politique auprès des Nations unies, au Conseil de "
            "sécurité (3 mars 2031)\n",
            "unsc",
        ),
        # the speaker's post "au" the Council is no place
        ("Intervention de la France, par M. Paul Durand, représentant permanent au Conseil de sécurité\n", None),
    ],
)
def test_a_french_speech_au_forum_is_given_there(head, body):
    text = head + "\nMonsieur le Président,\n\nLa France remercie la présidence. Nous soutenons ce travail.\n"
    assert explanation_of_vote.parse(text).body == body


def test_the_meeting_whose_presidency_the_speaker_congratulates_on_assuming_is_the_forum():
    text = (
        "Address\n\nMr. President, I congratulate you on the assumption of the Presidency of this inaugural Meeting of "
        "States Parties to the Treaty on the Prohibition of Nuclear Weapons. I speak on behalf of Malaysia.\n"
    )
    assert explanation_of_vote.parse(text).body == "tpnw-msp"
    # the presidency of another meeting, one the speaker does not attend, is not said to be assumed here
    other = text.replace("on the assumption of the Presidency of this inaugural", "and recall the inaugural")
    assert explanation_of_vote.parse(other).body is None


LEAD = (
    "Malaysia calls for progress on disarmament\n\nNew York / Information Office / 3 October\n\nMalaysia called for "
    "progress on disarmament. This came in a statement delivered today by the Deputy Permanent Representative of "
    "Malaysia to the United Nations, Mr. A B, {place}.\n\nMr. Chairman,\n\nMalaysia supports the work of this body and "
    "the reform of the Security Council.\n"
)


@pytest.mark.parametrize(
    ("place", "body"),
    [
        (
            "in the general debate before the First Committee of the ninety-first session of General Assembly",
            "first-committee",
        ),
        ("at the 91st Session of the UN General Assembly First Committee", "first-committee"),
        ("lors de la Conférence des États parties au Traité sur le commerce des armes", "att-csp"),
        # the speaker's post at a forum is no place of delivery
        ("Permanent Representative of Malaysia at the Conference on Disarmament", None),
    ],
)
def test_the_forum_a_page_s_lead_reports_the_statement_given_at(place, body):
    assert explanation_of_vote.parse(LEAD.format(place=place)).body == body


def test_a_forum_the_speaker_names_in_its_own_words_at_the_top_is_not_a_lead():
    text = (
        "Mr. Chairman, last year I made a statement at the Conference on Disarmament and we stand by it. I speak on "
        "behalf of Malaysia.\n"
    )
    assert explanation_of_vote.parse(text).body is None


@pytest.mark.parametrize(
    ("sentence", "vote"),
    [
        # the subject after an opening phrase set off by a comma
        ("On L.7, entitled “Widgets in outer space”, Malaysia once again abstained on this resolution.", "abstain"),
        (
            "However, due to our concerns and considerations, we abstained in the voting on this draft resolution.",
            "abstain",
        ),
        ("Mr. Chairman, the United States will vote NO on L.7.", None),  # another state's vote, after the comma
        ("Mr. Chairman, Malaysia will vote NO on L.7.", "no"),
        # a vote said in quotes, or with "cast"
        ("Malaysia has voted ‘yes’ on resolution L.7 entitled ‘Widgets’.", "yes"),
        ("Malaysia cast a negative vote on the draft resolution L.7 today.", "no"),
        # traps: another state after the comma; a condition; a call on others
        ("On L.7, entitled “Widgets in outer space”, Japan once again abstained on this resolution.", None),
        ("On L.7, if it is put to a vote, we will vote against it.", None),
        ("Unlike Malaysia, Japan once again abstained on L.7.", None),
        # a vote the speaker asks of others; a state named as the owner of the subject
        ("We call on all States, our partners, to vote against L.7.", None),
        ("We urge all delegations to vote in favour of L.7.", None),
        ("Instamos a todos los Estados a votar a favor del proyecto L.7.", None),
        ("Nous invitons tous les États à voter en faveur du projet L.7.", None),
        ("To our regret, Japan and Malaysia's partners voted against L.7.", None),
        ("Malaysia's partners voted against L.7.", None),
        ("Malaysia's delegation voted against L.7.", "no"),
        ("We decided to vote against L.7.", "no"),
        ("We voted in favour of L.7 and urge others to do so.", "yes"),
        ("Because of these concerns, we are calling a vote and voting against L.7.", "no"),
        ("Because of these concerns, Japan is voting against L.7.", None),
    ],
)
def test_the_state_s_vote_after_an_opening_phrase_or_in_other_words(sentence, vote):
    text = (
        "Explanation of vote on draft resolution A/C.1/80/L.7\n\nMr. Chairman,\n\nI speak on behalf of Malaysia. "
        + sentence
        + "\n\nThank you.\n"
    )
    record = explanation_of_vote.parse(text)
    assert (record.state, record.vote) == ("MYS", vote)


@pytest.mark.parametrize(
    ("lead", "date"),
    [
        (
            "Following is the text of the statement made in the First Committee by the Ambassador of Malaysia. The "
            "statement was made on Tuesday 4th June, 1970 (New York time):",
            dt.date(1970, 6, 4),
        ),
        (
            "Malaysia speaks on disarmament\n\nOn June 4, 2031, Permanent Representative of Malaysia M. Abdullah "
            "delivered a statement at the general debate.",
            dt.date(2031, 6, 4),
        ),
        (
            "Ambassador A B, Permanent Representative of Malaysia, during the Plenary meeting of the Conference on "
            "Disarmament held on March 4, 2031",
            dt.date(2031, 3, 4),
        ),
        (
            "Déclaration de la Malaisie\n\nL'ambassadeur a pris la parole jeudi 4 mars 2031 devant la Conférence.",
            dt.date(2031, 3, 4),
        ),
        (
            "Statement of Malaysia delivered by Ambassador A B at the plenary of the Conference on Disarmament -4 March 2031",
            dt.date(2031, 3, 4),
        ),
        ("Statement-Malaysia 04.03.2031", dt.date(2031, 3, 4)),
        # traps: a date the speaker gives in its own words; a meeting to be held; a range of days
        ("I recall the meeting held on March 4, 2031.", None),
        ("The next plenary meeting will be held on March 4, 2031, in Geneva.", None),
        ("Statement of Malaysia at the plenary of the Conference on Disarmament 3-4 March 2031", None),
    ],
)
def test_the_day_a_lead_or_a_head_line_gives_the_speech(lead, date):
    text = lead + "\n\nMr. President,\n\nI speak on behalf of Malaysia. We support the work of this Conference.\n"
    assert explanation_of_vote.parse(text).date == date


@pytest.mark.parametrize(
    ("head", "draft"),
    [
        (
            "Intervención de Malasia sobre el proyecto de resolución L.9 “Agua potable”. 61° Consejo de Derechos Humanos.",
            "A/HRC/61/L.9",
        ),
        (
            "Statement by Malaysia on draft resolution L.9 at the 61st session of the Human Rights Council",
            "A/HRC/61/L.9",
        ),
        # traps: two sessions named; a count of members, not a session; a revision, whose number is not read here
        (
            "Statement by Malaysia on draft resolution L.9 at the 61st session of the Human Rights Council, after the 60th "
            "session of the Human Rights Council",
            None,
        ),
        (
            "Statement by Malaysia on draft resolution L.9, supported by 40 Human Rights Council members, at the Human "
            "Rights Council",
            None,
        ),
    ],
)
def test_a_council_draft_by_number_takes_the_one_session_of_the_council_named(head, draft):
    record = explanation_of_vote.parse(head + "\n\nMr. President,\n\nI speak on behalf of Malaysia. We support it.\n")
    assert (record.body, record.draft.symbol if record.draft else None) == ("hrc", draft)


def test_a_first_committee_draft_after_its_quoted_title_and_a_scan_s_revision():
    text = (
        "Statement by the Representative of Malaysia in explanation of vote on a draft decision “Widgets in outer "
        "space” L.7/Rev.l in the First Committee of the 86th Session of the UNGA\n\nMr. Chair,\n\nMalaysia voted "
        "against the draft decision.\n"
    )
    record = explanation_of_vote.parse(text)
    assert (record.draft.symbol, record.vote) == ("A/C.1/86/L.7/Rev.1", "no")


@pytest.mark.parametrize(
    ("head", "body"),
    [
        ("Convention on Cluster Munitions\n14th Meeting of States Parties\n26 November 2031\n", "ccm-msp"),
        ("Twelfth Conference of States Parties\nArms Trade Treaty\n", "att-csp"),
        # traps: the treaty's line says more than its name; the meeting line names no meeting of the parties
        ("Convention on Cluster Munitions and its universalisation\n14th Meeting of States Parties\n", None),
        ("Convention on Cluster Munitions\n14th Meeting of Experts\n", None),
    ],
)
def test_a_meeting_of_the_parties_and_its_treaty_on_two_head_lines(head, body):
    text = head + "\nMadam President,\n\nI speak on behalf of Malaysia. We support this Convention.\n"
    assert explanation_of_vote.parse(text).body == body


@pytest.mark.parametrize(
    ("opening", "body"),
    [
        ("I declare open the 1401st plenary meeting of the Conference on Disarmament.", "cd"),
        # a meeting of a body that has no forum key here; a meeting the chair announces, not opens
        ("I declare open the 12th meeting of the Working Group on Widgets.", None),
        ("The 1402nd plenary meeting of the Conference on Disarmament will be held on Tuesday.", None),
    ],
)
def test_a_record_without_its_symbol_takes_the_forum_its_chair_opens_the_meeting_of(opening, body):
    text = (
        "Held at the Palais des Nations, Geneva, on Thursday, 4 March 2031, at 10 a.m.\nPresident: Mr. A B (Peru)\n\n"
        f"The PRESIDENT: {opening} I give the floor to the representative of Malaysia.\n\n"
        "Mr. DEE (Malaysia): Mr. President, my delegation supports a treaty banning widgets.\n\n"
        "The PRESIDENT: I thank the representative of Malaysia.\n"
    )
    record = explanation_of_vote.parse(text)
    assert (record.state, record.body) == ("MYS", body)
