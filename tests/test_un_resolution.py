"""The General Assembly resolution loader on the sample renderings and on variants of them."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from conftest import cli, corpus_text

from treatykg import gazetteer, un_symbols
from treatykg.loaders import detect, un_resolution

RESOLUTIONS = {"002": "A/RES/77/79", "003": "A/RES/72/54", "004": "A/RES/75/62"}


@pytest.fixture(scope="module")
def parsed():
    return {prefix: un_resolution.parse(corpus_text(prefix)) for prefix in RESOLUTIONS}


def test_detected_by_content_not_name(parsed):
    for prefix in RESOLUTIONS:
        assert detect(corpus_text(prefix)) is un_resolution
    assert un_resolution.detect(corpus_text("000")) == 0
    assert un_resolution.detect(corpus_text("001")) == 0


def test_header_fields(parsed):
    r77 = parsed["002"]
    assert (r77.symbol, r77.session, r77.agenda_item) == ("A/RES/77/79", "77", "99 (nn)")
    assert r77.title == "Implementation of the Convention on Cluster Munitions"
    assert r77.adopted == dt.date(2022, 12, 7) and r77.plenary_meeting == 46
    assert (r77.committee, r77.committee_report, r77.committee_report_paragraph) == ("First Committee", "A/77/385", 110)
    assert r77.agenda_title == "General and complete disarmament: implementation of the Convention on Cluster Munitions"
    r72 = parsed["003"]
    assert (r72.symbol, r72.session, r72.agenda_item, r72.adopted, r72.plenary_meeting) == (
        "A/RES/72/54",
        "72",
        "99 (hh)",
        dt.date(2017, 12, 4),
        62,
    )
    assert r72.committee_report == "A/72/409" and r72.committee_report_paragraph is None
    r75 = parsed["004"]
    assert (r75.symbol, r75.session, r75.adopted, r75.plenary_meeting) == (
        "A/RES/75/62",
        "75",
        dt.date(2020, 12, 7),
        37,
    )
    for record in parsed.values():
        assert record.subject_treaty == "ccm"
        assert record.missing == ()


def test_recalls_with_dates(parsed):
    recalls = {r.symbol: r.adopted for r in parsed["002"].recalls}
    assert len(recalls) == 8
    assert recalls["A/RES/63/71"] == dt.date(2008, 12, 2)
    assert recalls["A/RES/76/47"] == dt.date(2021, 12, 6)
    assert [r.symbol for r in parsed["003"].recalls] == ["A/RES/63/71", "A/RES/70/54", "A/RES/71/45"]


def test_paragraphs_in_order_with_actions(parsed):
    r77 = parsed["002"]
    operative = [p for p in r77.paragraphs if p.kind == "operative"]
    assert [p.number for p in operative] == list(range(1, 12))
    assert operative[0].action == "Urges"
    assert operative[2].action == "Expresses grave concern"
    assert operative[6].action == "Reiterates its invitation and encouragement"
    assert operative[7].action == "Invites and encourages"
    # the page break with footnotes in the middle of paragraph 1 is healed
    assert "in a position to do so to promote adherence" in operative[0].text
    assert "Treaty Series" not in operative[0].text
    preambular = [p for p in r77.paragraphs if p.kind == "preambular"]
    assert preambular[0].action == "Recalling" and len(preambular) == 16
    # footnote marks are removed from the text but remembered
    mindful = next(p for p in preambular if p.action == "Mindful")
    assert "Disabilities, to address" in mindful.text and mindful.footnotes == (1,)
    r72 = parsed["003"]
    mindful72 = next(p for p in r72.paragraphs if p.action == "Mindful")
    assert mindful72.text.endswith("various types of weapons,") and "¹" not in mindful72.text
    assert [p.number for p in r72.paragraphs if p.kind == "operative"] == list(range(1, 10))
    r75 = parsed["004"]
    assert [p.action for p in r75.paragraphs if p.kind == "preambular"][:2] == [
        "Recalling",
        "Reaffirming its determination",
    ]
    assert any(p.action == "Noting with satisfaction" for p in r75.paragraphs)
    assert all("<sup>" not in p.text and "*" not in p.text for p in r75.paragraphs)


def test_paragraph_spans_point_into_the_source(parsed):
    for prefix, record in parsed.items():
        text = corpus_text(prefix)
        for paragraph in record.paragraphs:
            source = text[paragraph.span.start : paragraph.span.end]
            first_words = paragraph.text.split()[:3]
            assert all(word.strip("*") in source for word in first_words), (prefix, paragraph.number)


def test_footnotes_and_treaty_citations(parsed):
    notes = {n.mark: n for n in parsed["002"].footnotes}
    assert notes[1].citation.treaty == "crpd" and notes[1].citation.volume == 2515
    assert notes[2].citation.treaty == "ccm" and (notes[2].citation.volume, notes[2].citation.number) == (2688, 47713)
    assert notes[3].symbols == ("CCM/CONF/2021/6",) and notes[3].annexes == ("I", "II")
    notes75 = {n.mark: n for n in parsed["004"].footnotes}
    assert notes75[4].symbols == ("CCM/CONF/2015/7",) and notes75[4].annexes == ("III",)  # "Ibid., annex III"
    assert notes75[5].symbols == ("CCM/MSP/2016/9",)


def test_membership_counts(parsed):
    (count,) = parsed["002"].counts
    assert (count.treaty, count.joined, count.parties, count.signatories) == ("ccm", 123, 110, 13)
    (count72,) = parsed["003"].counts
    assert (count72.joined, count72.parties, count72.signatories) == (119, 102, 17)


def test_meetings_places_dates_presidents(parsed):
    meetings72 = {(m.kind, m.ordinal): m for m in parsed["003"].meetings}
    assert meetings72[("revcon", 1)].place == "Dubrovnik, Croatia"
    assert (meetings72[("revcon", 1)].start, meetings72[("revcon", 1)].end) == (
        dt.date(2015, 9, 7),
        dt.date(2015, 9, 11),
    )
    assert meetings72[("msp", 6)].president == "NLD"
    assert meetings72[("msp", 7)].president == "DEU"  # "the German presidency"
    meetings77 = {(m.kind, m.ordinal): m for m in parsed["002"].meetings}
    assert meetings77[("msp", 10)].president == "GBR"
    assert meetings77[("revcon", 2)].start == dt.date(2020, 11, 25)
    assert meetings77[("revcon", 2)].end == dt.date(2021, 9, 21)
    assert meetings77[("msp", 11)].place == "Geneva"
    assert meetings77[("msp", 11)].end == dt.date(2023, 9, 14)


def test_instruments_with_symbols(parsed):
    found77 = {(i.kind, i.title): i for i in parsed["002"].instruments}
    lausanne_plan = found77[("action-plan", "Lausanne Action Plan 2021–2026")]
    lausanne_declaration = found77[("declaration", "Lausanne Declaration")]
    assert (lausanne_plan.symbol, lausanne_plan.annex) == ("CCM/CONF/2021/6", "II")
    assert (lausanne_declaration.symbol, lausanne_declaration.annex) == ("CCM/CONF/2021/6", "I")
    found75 = {(i.kind, i.title): i for i in parsed["004"].instruments}
    assert found75[("declaration", "Dubrovnik Declaration")].annex == "I"
    assert found75[("action-plan", "Dubrovnik Action Plan")].symbol == "CCM/CONF/2015/7"
    assert found75[("declaration", "political declaration")].symbol == "CCM/MSP/2016/9"


def test_mentions(parsed):
    keys = {(m.entity_type, m.key) for m in parsed["002"].mentions}
    assert {("state", "GBR"), ("organisation", "icrc"), ("treaty", "ccm"), ("treaty", "crpd")} <= keys
    assert any(kind == "group" for kind, _ in keys)  # the Central American States


def _rewrap(text: str) -> str:
    """Another plain-text rendering: Windows line ends, HTML italics, paragraphs rewrapped at 60 columns."""
    import textwrap

    blocks = [
        textwrap.fill(block, 60, break_on_hyphens=False) if len(block) > 80 else block for block in text.split("\n\n")
    ]
    out = "\n\n".join(blocks)
    out = re.sub(r"\*(Urges|Stresses|Invites|Decides)\*", r"<i>\1</i>", out)
    return out.replace("\n", "\r\n")


def test_other_rendering_gives_the_same_record(parsed):
    again = un_resolution.parse(_rewrap(corpus_text("003")))
    original = parsed["003"]
    assert (again.symbol, again.adopted, again.plenary_meeting) == (
        original.symbol,
        original.adopted,
        original.plenary_meeting,
    )
    assert [(p.kind, p.number, p.action) for p in again.paragraphs] == [
        (p.kind, p.number, p.action) for p in original.paragraphs
    ]
    assert [p.text for p in again.paragraphs] == [p.text for p in original.paragraphs]


def test_unseen_resolution_of_another_agenda_item():
    text = """Seventy-eighth session
Agenda item 98 (e)

Resolution adopted by the General Assembly on 4 December 2023

[on the report of the First Committee (A/78/412, para. 45)]

78/61. Convention on Prohibitions or Restrictions on the Use of Certain Conventional Weapons

The General Assembly,

Recalling its resolution 77/85 of 7 December 2022,

Noting with satisfaction that 127 States have become parties to the Convention,

1. Calls upon all States that have not yet done so to take all measures to become parties;

2. Welcomes the work of the Group of Governmental Experts;

3. Decides to include the item in the provisional agenda of its seventy-ninth session.

52nd plenary meeting
4 December 2023
"""
    record = un_resolution.parse(text)
    assert (record.symbol, record.session, record.agenda_item, record.plenary_meeting) == (
        "A/RES/78/61",
        "78",
        "98 (e)",
        52,
    )
    assert record.subject_treaty == "ccw"
    assert [r.symbol for r in record.recalls] == ["A/RES/77/85"]
    assert [(p.number, p.action) for p in record.paragraphs if p.kind == "operative"] == [
        (1, "Calls upon"),
        (2, "Welcomes"),
        (3, "Decides"),
    ]
    assert record.paragraphs[1].action == "Noting with satisfaction"
    assert [(c.treaty, c.parties) for c in record.counts] == [("ccw", 127)]


def test_ratified_or_acceded_counts_joined_and_phrases_end_before_their_object():
    text = """Eightieth session
Agenda item 99 (n)

Resolution adopted by the General Assembly on 1 December 2025

80/35. Implementation of the Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of
Anti-Personnel Mines and on Their Destruction

The General Assembly,

Noting with satisfaction that 166 States have ratified or acceded to the Convention,

1. Renews its call upon all States to promote the care of mine victims;

2. Encourages further steps to prevent diversion;

3. Requests further that the Secretary-General report;

4. Decides further, to hold a meeting.

5. Reiterates the invitation to States not parties to attend;

6. Requests the Secretary-General to report.

52nd plenary meeting
1 December 2025
"""
    record = un_resolution.parse(text)
    assert [(c.treaty, c.joined, c.parties) for c in record.counts] == [("apmbc", 166, None)]
    assert [(p.number, p.action) for p in record.paragraphs if p.kind == "operative"] == [
        (1, "Renews its call upon"),
        (2, "Encourages"),
        (3, "Requests further"),
        (4, "Decides further"),
        (5, "Reiterates the invitation"),  # as "its invitation"
        (6, "Requests"),  # "the" before any other word ends the phrase
    ]


def test_cut_short_resolution_keeps_what_is_there():
    text = corpus_text("002")
    cut = text[: text.index("4. *Urges*")]
    record = un_resolution.parse(cut)
    assert record.symbol == "A/RES/77/79"
    assert [p.number for p in record.paragraphs if p.kind == "operative"] == [1, 2, 3]
    assert "plenary meeting" in record.missing
    headless = text[text.index("Reaffirming its determination") :]
    with pytest.raises(ValueError, match="no resolution symbol found"):
        un_resolution.parse(headless)  # a resolution without its symbol cannot become a node


def test_a_lettered_part_without_the_opening_line_takes_its_letter_and_title():
    text = (
        "Distr.\nGENERAL\n\nA/RES/60/10\n\nSixtieth session\n\nAgenda item 12\n\n"
        "[on the report of the First Committee (A/60/400)]\n\n60/10. General and complete disarmament\n\nC\n\n"
        "CURBING THE TRADE IN WIDGETS\n\nRecalling its resolution 59/9 D of 1 December 2004,\n\n"
        "1. Urges all States to act;\n\n2. Decides to continue;\n"
    )
    record = un_resolution.parse(text)
    assert (record.symbol, record.title) == ("A/RES/60/10C", "CURBING THE TRADE IN WIDGETS")
    assert (record.session, record.agenda_item, record.committee_report) == ("60", "12", "A/60/400")
    assert [r.symbol for r in record.recalls] == ["A/RES/59/9D"]


def test_the_symbol_stands_only_in_the_distr_header_and_the_part_letter_before_its_title():
    text = (
        "Distr.\nGENERAL\n\nA/RES/48/20\n\nForty-eighth session\n\n75th plenary meeting\n\n9 December 1993\n\n"
        "K. Moratorium on widgets\n\nThe General Assembly,\n\nRecalling its resolutions 46/3 A and B,\n\n1. Urges States;\n"
    )
    record = un_resolution.parse(text)
    assert (record.symbol, record.title, record.adopted.isoformat()) == (
        "A/RES/48/20K",
        "Moratorium on widgets",
        "1993-12-09",
    )
    assert [r.symbol for r in record.recalls] == ["A/RES/46/3A", "A/RES/46/3B"]


def test_a_header_run_onto_one_line_is_read():
    text = (
        "Forty-second session Agenda item 7 (b) 42/17. Widgets in outer space The General Assembly, "
        "Recalling its resolution 41/2 of 3 May 1986,\n\n1. Welcomes the report;\n"
    )
    record = un_resolution.parse(text)
    assert (record.symbol, record.title, record.session, record.agenda_item) == (
        "A/RES/42/17",
        "Widgets in outer space",
        "42",
        "7 (b)",
    )
    assert record.adopted is None and "adoption date" in record.missing  # the issue date is never taken


def test_a_resolution_whose_symbol_stands_nowhere_is_refused():
    text = "Forty-ninth session\nAgenda item 3\nRESOLUTION ADOPTED BY THE GENERAL ASSEMBLY\nThe General Assembly,\n1. Urges States;\n"
    with pytest.raises(ValueError, match="no resolution symbol found"):
        un_resolution.parse(text)


def test_paragraphs_of_pdf_extracted_text_are_cut_by_their_indentation():
    text = (
        "                 United Nations                                         A/RES/66/12\n\n"
        " Sixty-sixth session\n Agenda item 90\n\n"
        "               Resolution adopted by the General Assembly\n\n"
        "                        66/12. Widgets and their control\n\n"
        "                 The General Assembly,\n"
        "                  Guided by the purposes of the Charter of the United\n"
        "             Nations,\n"
        "                  Recalling its resolutions 61/89 of 6 December 2006 and\n"
        "             63/240 of 24 December 2008,\n"
        "                  1. Decides to remain seized of the matter.\n"
    )
    record = un_resolution.parse(text)
    assert {r.symbol for r in record.recalls} == {"A/RES/61/89", "A/RES/63/240"}
    assert [p.action for p in record.paragraphs if p.kind == "preambular"][:2] == ["Guided", "Recalling"]


def test_paragraphs_of_a_text_without_blank_lines_or_indents_are_cut_where_one_opens():
    text = (
        "A/RES/66/12\n81st plenary meeting\n9 December 2011\nWidgets and their control\nThe General Assembly,\n"
        "Having considered the report of the\nCommission,\nAlso noting the support for the proposal,\n"
        "Recalling its resolution 61/89 A of 6 December 2006,\n1.\nTakes note of the report;\n2. Commends the\n"
        "Commission for its work;\n"
    )
    record = un_resolution.parse(text)
    preambular = [p.text.split()[:2] for p in record.paragraphs if p.kind == "preambular"]
    assert preambular == [["Having", "considered"], ["Also", "noting"], ["Recalling", "its"]]
    assert [(p.number, p.action) for p in record.paragraphs if p.kind == "operative"] == [
        (1, "Takes note"),
        (2, "Commends"),
    ]
    assert [r.symbol for r in record.recalls] == ["A/RES/61/89A"]


def test_a_library_citation_line_names_the_resolution():
    text = (
        "Assistance in widget clearance, G.A. res. 49/215, 49 U.N. GAOR Supp. (No. 49) at 54, "
        "U.N. Doc. A/49/49 (1994).\n\nThe General Assembly,\n\nRecalling its resolution 48/7 of "
        "19 October 1993,\n\n1. Welcomes the report;\n"
    )
    assert detect(text) is un_resolution
    record = un_resolution.parse(text)
    assert (record.symbol, record.title) == ("A/RES/49/215", "Assistance in widget clearance")
    assert [r.symbol for r in record.recalls] == ["A/RES/48/7"]


def test_a_citation_of_a_resolution_inside_the_text_does_not_name_the_document():
    text = (
        "The General Assembly,\n\nNoting the report cited in Widgets, G.A. res. 49/215, 49 U.N. GAOR "
        "Supp. (No. 49),\n\n1. Welcomes the report;\n"
    )
    with pytest.raises(ValueError, match="no resolution symbol"):
        un_resolution.parse(text)


def test_a_later_page_of_a_resolution_is_read_from_its_running_head():
    text = (
        "A/RES/61/84 Assistance in widget clearance Noting with concern that widgets remain, "
        "Bearing in mind the work of the Secretary-General, Welcoming the cooperation of States,\n"
    )
    assert detect(text) is un_resolution
    record = un_resolution.parse(text)
    assert (record.symbol, record.title) == ("A/RES/61/84", "Assistance in widget clearance")
    assert record.session == "61" and {"adoption date", "operative paragraphs"} <= set(record.missing)


def test_an_even_page_s_running_head_gives_the_title_before_the_symbol():
    text = (
        "General and complete disarmament: widgets in surplus A/RES/76/99 Noting with concern that widgets remain, "
        "Recalling the report of the Group of Experts established pursuant to resolution 61/72, Welcoming the "
        "cooperation of States,\n"
    )
    assert detect(text) is un_resolution
    record = un_resolution.parse(text)
    assert (record.symbol, record.title) == ("A/RES/76/99", "General and complete disarmament: widgets in surplus")
    assert [r.symbol for r in record.recalls] == []  # the report is recalled; 61/72 only set up the Group


def test_a_disarmament_database_record_above_the_text_gives_symbol_draft_and_item():
    text = (
        "Item 71 (f)\nDraft Resolution/Draft Decision: A/C.1/53/L. 7/Rev.2GA Resolution/Decision: 53/77 B\n"
        "introduced by Mali, 25th mtg.Report:\nAssistance in widget clearance\nSponsors: Benin, Chad\n\n"
        "Adopted without a vote\n\nAssistance in widget clearance\n\nThe General Assembly,\n\n"
        "Recalling its resolution 52/38 C of 9 December 1997,\n"
    )
    assert detect(text) is un_resolution
    record = un_resolution.parse(text)
    assert (record.symbol, record.title, record.draft) == (
        "A/RES/53/77B",
        "Assistance in widget clearance",
        "A/C.1/53/L.7/Rev.2",
    )
    assert record.agenda_item == "71 (f)" and [r.symbol for r in record.recalls] == ["A/RES/52/38C"]


def test_a_running_head_run_into_a_sentence_begun_on_the_page_before_gives_no_title():
    text = (
        "A/RES/61/84 Assistance in widget clearance convinced of the need to act soon, "
        "Recognizing the threat of widgets, Recognizing also the role of States,\n"
    )
    record = un_resolution.parse(text)
    assert (record.symbol, record.title) == ("A/RES/61/84", None)
    assert "title" in record.missing


def test_a_text_that_only_names_a_resolution_first_is_not_a_page_of_it():
    text = "A/RES/61/84 was adopted last year. Noting this, we wrote to the Ministry.\n"
    with pytest.raises(Exception, match="unknown kind"):
        detect(text)


def test_an_opening_whose_letters_the_text_layer_split_still_ends_the_title():
    text = (
        "United Nations A/RES/76/74\nGeneral Assembly Distr.: General\n15 December 2021\nSeventy-sixth session\n"
        "Agenda item 51\nResolution adopted by the General Assembly on 9 December 2021\n76/74. Assistance in mine action\n"
        "The Ge neral As sembly,\nNoting with appreciation the International Day for Mine Awareness,\n1. Welcomes the report;\n"
    )
    assert un_resolution.parse(text).title == "Assistance in mine action"


def test_an_opening_that_lost_its_comma_on_a_line_of_its_own_still_ends_the_title():
    text = (
        "United Nations A/RES/76/74\nGeneral Assembly Distr.: General\n15 December 2021\nSeventy-sixth session\n"
        "Agenda item 51\nResolution adopted by the General Assembly on 9 December 2021\n76/74. Assistance in mine\naction\n"
        "The General Assembly\nthe International Day for Mine Awareness,\nRecalling also its resolution 75/63,\n"
        "1. Welcomes the report;\n"
    )
    assert un_resolution.parse(text).title == "Assistance in mine action"


def _resolution_text(number: str, heading: str, body: str) -> str:
    """A resolution's text: its header (symbol, session, agenda item, adoption), its heading, the
    opening "The General Assembly," and the body given."""
    return (
        f"United Nations A/RES/{number}\nGeneral Assembly Distr.: General\n9 December 2014\nSixty-ninth session\n"
        f"Agenda item 96\nResolution adopted by the General Assembly on 2 December 2014\n{heading}\n"
        f"The General Assembly,\n{body}"
    )


def test_a_decision_recalled_after_resolutions_is_no_resolution():
    text = _resolution_text(
        "69/56",
        "69/56. Relationship between disarmament and development",
        "Recalling its resolutions 67/40 of 3 December 2012 and 68/37 of 5 December 2013 and its decision 58/520 of "
        "8 December 2003,\n1. Stresses the central role of the United Nations;\n",
    )
    assert [r.symbol for r in un_resolution.parse(text).recalls] == ["A/RES/67/40", "A/RES/68/37"]


def test_a_resolution_of_the_years_before_1976_is_recalled_by_its_session_in_roman_figures():
    text = _resolution_text(
        "47/52",
        "47/52. Disarmament",
        "Recalling resolution CM/Res.1356 (LIV) of the Organization of African Unity and its "
        "resolutions 2373 (XXII) of 12 June 1968 and 2602 C (XXIV),\n1. Takes note of the decision;\n",
    )
    assert [r.symbol for r in un_resolution.parse(text).recalls] == ["A/RES/2373(XXII)", "A/RES/2602C(XXIV)"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Noting with satisfaction that 162 States have ratified or acceded to the Convention,",
        "Notant avec satisfaction que 162 États ont ratifié la Convention ou y ont adhéré,",
        "Observando con satisfacción que 162 Estados han ratificado la Convención o se han adherido a ella,",
    ],
)
def test_a_count_of_states_that_joined_a_treaty_is_read_in_three_languages_and_only_with_its_treaty(sentence):
    titled = _resolution_text("71/34", "71/34. Implementation of the Ottawa Convention", f"{sentence}\n1. Invites;\n")
    assert [(c.treaty, c.joined) for c in un_resolution.parse(titled).counts] == [("apmbc", 162)]
    untitled = _resolution_text("71/34", "71/34. Implementation", f"{sentence}\n1. Invites;\n")
    assert un_resolution.parse(untitled).counts == ()  # the Convention of no title: a count of no treaty to cite


def test_a_special_session_resolution_keeps_its_prefix():
    text = _resolution_text(
        "69/60",
        "69/60. Nuclear disarmament",
        "Recalling its resolutions S-10/2 of 30 June 1978, the first special session devoted to disarmament, "
        "ES-10/14 of 8 December 2003 and 68/47 of 5 December 2013,\n1. Urges all States;\n",
    )
    assert [r.symbol for r in un_resolution.parse(text).recalls] == ["A/RES/S-10/2", "A/RES/ES-10/14", "A/RES/68/47"]


def test_resolutions_of_other_bodies_recalled_within_a_paragraph_take_their_own_symbols():
    text = _resolution_text(
        "51/149",
        "51/149. Assistance in mine clearance",
        "Reiterating its dismay at the high number of victims of mines, and recalling in this context Commission on "
        "Human Rights resolutions 1995/79 of 8 March 1995 1/ and 1996/85 of 24 April 1996 on the rights of the child "
        "and 1996/27 of 19 April 1996, and noting the report 50/60 of the expert,\nRecalling Human Rights Council "
        "resolution 7/1 and its resolution 50/82 of 14 December 1995,\n1. Takes note of the report;\n",
    )
    assert [r.symbol for r in un_resolution.parse(text).recalls] == [
        "E/CN.4/RES/1995/79",
        "E/CN.4/RES/1996/85",
        "E/CN.4/RES/1996/27",
        "A/HRC/RES/7/1",
        "A/RES/50/82",
    ]


LETTERED_PART = _resolution_text(
    "49/75",
    "49/75. General and complete disarmament\n\nA\n\nProhibition of the dumping of radioactive wastes\n",
    "Recalling its resolution 48/75 A,\n1. Takes note of the report;\n",
)


def test_a_lettered_part_states_the_resolution_it_belongs_to():
    text = LETTERED_PART
    record = un_resolution.parse(text)
    assert (record.symbol, record.title) == ("A/RES/49/75A", "Prohibition of the dumping of radioactive wastes")
    assert (record.part_of, record.part_of_title) == ("A/RES/49/75", "General and complete disarmament")
    cited = (
        "General and complete disarmament, G.A. res. 47/52, 47 U.N. GAOR Supp. (No. 49) at 62, U.N. Doc. A/47/49 (1992).\n\n\n"
        "A\n\nTreaty on the Non-Proliferation of Nuclear Weapons: 1995 Conference\n\nThe General Assembly,\n"
        "Recalling its resolution 2373 (XXII),\n1. Takes note of the decision;\n"
    )
    record = un_resolution.parse(cited)
    assert (record.symbol, record.part_of, record.part_of_title) == (
        "A/RES/47/52A",
        "A/RES/47/52",
        "General and complete disarmament",
    )
    assert un_resolution.parse(text.replace("\n\nA\n\n", "\n\n")).part_of is None  # not lettered


def test_in_the_graph_a_lettered_part_is_part_of_its_resolution(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "part.txt").write_text(LETTERED_PART, encoding="utf-8")
    assert cli("build", docs, "--store", tmp_path / "store").exit_code == 0
    (tmp_path / "whole.rq").write_text(
        'SELECT ?whole ?title WHERE { ?part dcterms:identifier "A/RES/49/75A" ; dcterms:isPartOf ?node . '
        "?node dcterms:identifier ?whole ; dcterms:title ?title }",
        encoding="utf-8",
    )
    found = cli("query", tmp_path / "whole.rq", "--store", tmp_path / "store", "--format", "csv")
    assert found.output.splitlines()[1:] == ["A/RES/49/75,General and complete disarmament"]


def test_a_page_whose_lines_ran_together_is_cut_into_its_paragraphs():
    text = (
        "United Nations A/RES/67/36 General Assembly Distr.: General 4 January 2013 Sixty-seventh session Agenda item "
        "94 (e) Resolution adopted by the General Assembly on 3 December 2012 [on the report of the First Committee "
        "(A/67/409)] 67/36. Effects of the use of armaments containing depleted uranium The General Assembly, Guided "
        "by the purposes and principles enshrined in the Charter of the United Nations and the rules of international "
        "humanitarian law, Recalling its resolutions 62/30 of 5 December 2007, 63/54 of 2 December 2008 and 65/55 of "
        "8 December 2010, Determined to promote multilateralism as an essential means to carry forward negotiations "
        "on arms regulation and disarmament, Taking note of the opinions expressed by Member States on the effects of "
        "the use of such armaments; 1. Requests the Secretary-General to seek the views of Member States; 2. Decides "
        "to include the item in the provisional agenda of its sixty-ninth session.\n"
    )
    record = un_resolution.parse(text)
    assert [r.symbol for r in record.recalls] == ["A/RES/62/30", "A/RES/63/54", "A/RES/65/55"]
    assert [p.action for p in record.paragraphs] == [
        "Guided",
        "Recalling",
        "Determined",
        "Taking note",
        "Requests",
        "Decides",
    ]


def test_a_reprint_headed_resolution_number_and_an_also_recalling_paragraph():
    text = (
        "APPENDIX IX\n\nTexts of disarmament resolutions and decisions\n\n\nResolution 60/44\n"
        "Objective information on military matters, including\ntransparency of military expenditures\n\n"
        "The General Assembly,\n\nRecalling its resolutions 53/72 of 4 December 1998 and 54/43 of 1 December 1999,\n\n"
        "Also recalling its resolution 35/142 B of 12 December 1980, and its resolution 48/62 of 16 December 1993,\n\n"
        "1. Calls upon Member States to report;\n\n2. Decides to include the item in its agenda.\n"
    )
    assert detect(text) is un_resolution
    record = un_resolution.parse(text)
    assert (record.symbol, record.title) == (
        "A/RES/60/44",
        "Objective information on military matters, including transparency of military expenditures",
    )
    assert [r.symbol for r in record.recalls] == ["A/RES/53/72", "A/RES/54/43", "A/RES/35/142B", "A/RES/48/62"]
    assert record.paragraphs[1].action == "Also recalling"


FRENCH = (
    "A/RES/42/17 Nations Unies Distr. générale 9 décembre 1987 Assemblée générale Quarante-deuxième session "
    "Point 7 b) de l’ordre du jour Résolution adoptée par l’Assemblée générale le 1er décembre 1987 [sur la base "
    "du rapport de la Première Commission (A/42/700)] 42/17. Les gadgets dans l’espace L’Assemblée générale, "
    "Rappelant sa résolution 41/2 du 3 mai 1986, Rappelant également le rapport du Groupe d’experts créé par la "
    "résolution 40/9, Notant avec satisfaction le travail accompli,\n\n1. Se félicite du rapport;\n"
)


def test_a_resolution_s_french_text_is_read_with_its_head():
    assert detect(FRENCH) is un_resolution
    record = un_resolution.parse(FRENCH)
    assert (record.symbol, record.title, record.session, record.adopted, record.committee_report) == (
        "A/RES/42/17",
        "Les gadgets dans l’espace",
        "42",
        dt.date(1987, 12, 1),
        "A/42/700",
    )
    assert record.agenda_item == "7 (b)" and record.committee == "Première Commission"
    # the resolution recalled with its date; 40/9 only set up the Group whose report is recalled
    assert [(r.symbol, r.adopted) for r in record.recalls] == [("A/RES/41/2", dt.date(1986, 5, 3))]
    assert [(p.kind, p.action) for p in record.paragraphs][-1] == ("operative", "Se félicite")


def test_a_french_page_s_running_head_gives_the_title_before_the_symbol():
    text = (
        "Désarmement général et complet : gadgets en surplus A/RES/76/99 Constatant que les gadgets demeurent "
        "nombreux dans toutes les régions du monde et que leur accumulation menace la sécurité des populations, "
        "Rappelant sa résolution 70/30 du 7 décembre 2015, Rappelant le rapport du Groupe d’experts créé par la "
        "résolution 61/72 et chargé d’étudier la question des gadgets, Se félicitant de la coopération des États,\n"
    )
    record = un_resolution.parse(text)
    assert (record.symbol, record.title) == ("A/RES/76/99", "Désarmement général et complet : gadgets en surplus")
    assert [(r.symbol, r.adopted) for r in record.recalls] == [("A/RES/70/30", dt.date(2015, 12, 7))]


def test_a_spanish_page_is_read_from_its_running_head_and_preambular_words():
    text = (
        "A/RES/76/98 Reconociendo los efectos de los artefactos en las mujeres, los hombres, las niñas y los niños, "
        "Creyendo que es necesario contribuir de manera eficaz a eliminar los restos de artefactos, Consciente de la "
        "necesidad de coordinar los esfuerzos emprendidos en varios foros,\n"
    )
    assert detect(text) is un_resolution
    record = un_resolution.parse(text)
    assert (record.symbol, record.session) == ("A/RES/76/98", "76")


def test_a_table_cell_s_bar_after_the_title_is_no_part_of_it():
    text = (
        "United Nations\n|\nA/RES/42/17\n|\nSixty-ninth session\nAgenda item 7\nResolution adopted by the General "
        "Assembly on 2 December 1987 [on the report of the First Committee (A/42/700)] 42/17. Widgets in outer "
        "space |\nThe General Assembly,\nRecalling its resolution 41/2,\n1. Welcomes the report;\n"
    )
    assert un_resolution.parse(text).title == "Widgets in outer space"


def test_plenary_lines_for_several_parts_give_each_part_its_own():
    text = (
        "A/RES/47/54\nA-F: 81st plenary meeting\n9 December 1992\nG: 98th plenary\nmeeting\n8 April 1993\n"
        "Widgets in outer space\nA\nReport of the Widget Commission\nThe General Assembly,\nRecalling its resolution "
        "46/38 A,\n1. Takes note of the report;\n"
    )
    record = un_resolution.parse(text)
    assert (record.symbol, record.plenary_meeting, record.adopted) == ("A/RES/47/54A", 81, dt.date(1992, 12, 9))
    part_g = text.replace("\nA\nReport", "\nG\nReport")
    assert un_resolution.parse(part_g).plenary_meeting == 98


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "52/42 Widgets in outer space\nDate: 9 December 1997\nAdopted without a vote\nMeeting: 67\nReport: A/52/604\n\n"
            "The General Assembly,\n\nRecalling its resolution 51/49 of 10 December 1996,\n\n1. Also welcomes the report;\n",
            ("A/RES/52/42", "Widgets in outer space", dt.date(1997, 12, 9), 67, "A/52/604", None),
        ),
        (
            "52/40 A-C Les gadgets dans l'espace\nDate: 9 décembre 1997\nVotes:\nA: sans vote\nSéance plénière: 67ème\n"
            "Rapport: A/52/602\n\nA\n\nRapport de la Conférence\n\nL'Assemblée générale,\n\nAyant examiné le rapport,\n\n"
            "1. Se félicite également du rapport;\n",
            (
                "A/RES/52/40A",
                "Rapport de la Conférence",
                dt.date(1997, 12, 9),
                67,
                "A/52/602",
                "Les gadgets dans l'espace",
            ),
        ),
    ],
)
def test_the_un_s_web_page_of_a_resolution_in_english_and_french(text, expected):
    assert detect(text) is un_resolution
    record = un_resolution.parse(text)
    found = (record.symbol, record.title, record.adopted, record.plenary_meeting, record.committee_report)
    assert (*found, record.part_of_title) == expected
    assert record.paragraphs[-1].action in ("Also welcomes", "Se félicite également")


def test_the_agenda_item_s_heading_ends_at_the_committee_report_line_in_english_and_french():
    english = (
        "Forty-second session\nAgenda item 7\nWidgets in general\n[on the report of the First Committee (A/42/700)]\n"
        "42/17. Widgets in outer space\nThe General Assembly,\nRecalling its resolution 41/2,\n1. Welcomes the report;\n"
    )
    assert un_resolution.parse(english).agenda_title == "Widgets in general"
    french = english.replace("Agenda item 7", "Point 7 de l’ordre du jour").replace(
        "[on the report of the First Committee", "[sur la base du rapport de la Première Commission"
    )
    assert un_resolution.parse(french).agenda_title == "Widgets in general"
    cited = french.replace("(A/42/700)", "(A/42/700, par. 7)")  # the French "par." of the report's paragraph
    assert un_resolution.parse(cited).committee_report == "A/42/700"


def test_a_part_that_opens_on_a_page_under_the_running_head():
    text = (
        "A/RES/53/77\nPage 34\nW\nFOLLOW-UP TO THE ADVISORY OPINION ON WIDGETS\nAND THEIR CONTROL\nThe General Assembly,\n"
        "Recalling its resolution 52/38 O of 9 December 1997,\n1. Underlines the opinion;\n"
    )
    record = un_resolution.parse(text)
    assert (record.symbol, record.title) == (
        "A/RES/53/77W",
        "Follow-up to the advisory opinion on widgets and their control",
    )
    assert [r.symbol for r in record.recalls] == ["A/RES/52/38O"]


def test_a_spanish_resolution_s_header_opening_and_recalls():
    text = (
        "NACIONES UNIDAS\nAsamblea General\nDistr.\nGENERAL\nA/RES/86/38\n8 de enero de 2032\nOctogésimo sexto período "
        "de sesiones\nTema 71 del programa\nRESOLUCIONES APROBADAS POR LA ASAMBLEA GENERAL\n[sobre la base del informe "
        "de la Primera Comisión (A/86/600)]\n86/38. Desarme general y completo\nA\nConvención sobre los artefactos\n"
        "La Asamblea General,\nRecordando su resolución 51/45 S, de 10 de diciembre de 1996,\n1. Invita a todos los "
        "Estados;\n"
    )
    record = un_resolution.parse(text)
    assert (record.agenda_item, record.committee_report) == ("71", "A/86/600")
    assert [r.symbol for r in record.recalls] == ["A/RES/51/45S"]
    assert record.title == "Convención sobre los artefactos"


def test_a_resolution_reprinted_in_an_appendix_under_a_line_naming_it():
    text = (
        "Appendix III\n\n\nUnited Nations General Assembly Resolution 85/33 C\n\n\nTowards a world free of widgets\n\n\n"
        "The General Assembly,\n\n\nRecalling its resolutions 53/77 Y of 4 December 1998,\n"
    )
    assert detect(text) is un_resolution
    record = un_resolution.parse(text)
    assert (record.symbol, record.title) == ("A/RES/85/33C", "Towards a world free of widgets")


def test_a_part_under_its_whole_title_in_the_header_and_a_french_text_run_onto_one_line():
    text = (
        "A/RES/43/75\n\n                    73rd plenary meeting\n                    7 December 1988\n\n"
        "          General and complete disarmament\n                      A\n"
        "          Bilateral widget negotiations\n\n   The General Assembly,\n\n   Recalling its resolution 40/18,\n\n"
        "   1. Urges States;\n"
    )
    record = un_resolution.parse(text)
    assert (record.symbol, record.title, record.part_of_title) == (
        "A/RES/43/75A",
        "Bilateral widget negotiations",
        "General and complete disarmament",
    )
    one_line = (
        "Nations Unies A/RES/62/30 Assemblée générale Distr. générale 10 janvier 2008 Soixante-deuxième session "
        "Point 98 de l’ordre du jour Résolution adoptée par l’Assemblée générale le 5 décembre 2007 [sur la base du "
        "rapport de la Première Commission (A/62/391)] 62/30. Effets des gadgets L’Assemblée générale, Guidée par les "
        "buts et principes énoncés dans la Charte des Nations Unies et les règles du droit international, Tenant compte "
        "des effets potentiellement néfastes des gadgets sur la santé et sur l’environnement, 1. Prie le Secrétaire "
        "général de solliciter les vues des États Membres ; 2. Décide d’inscrire la question à l’ordre du jour de sa "
        "soixante-troisième session. 61 e séance plénière 5 décembre 2007 07-46558"
    )
    french = un_resolution.parse(one_line)
    assert [(p.number, p.action) for p in french.paragraphs if p.kind == "operative"] == [(1, "Prie"), (2, "Décide")]
    assert french.plenary_meeting == 61  # "61 e séance plénière": the ordinal's "e" apart, as a PDF's text leaves it


def test_a_copy_labelled_with_the_un_s_file_name_of_the_resolution():
    text = (
        "Archive\nGeneral Assembly - 9 December 2031\nResolution A36r088\n\n9 December 2031\n\n"
        "Establishment of a widget-free zone\n\nThe General Assembly,\n\nRecalling its resolution 35/148 of 12 December "
        "2030,\n\n1. Calls upon the States of the region to act.\n"
    )
    assert un_resolution.detect(text) >= 0.5
    record = un_resolution.parse(text)
    assert (record.symbol, record.title) == ("A/RES/36/88", "Establishment of a widget-free zone")
    assert record.adopted == dt.date(2031, 12, 9)  # the date on the lines below the file name
    # a date further down (a paragraph's) is not the file's
    later = text.replace("Resolution A36r088\n\n9 December 2031\n\n", "Resolution A36r088\n\n")
    assert un_resolution.parse(later).adopted is None


@pytest.mark.parametrize(
    ("head", "symbol", "title", "adopted"),
    [
        ("1378 (XIV). General and complete disarmament\n", "A/RES/1378(XIV)", "General and complete disarmament", None),
        (
            "No. 14\n\nResolution 1653 (XVI) of the United Nations General Assembly adopted on 24 November 1961\n\n"
            "INTRODUCTORY NOTE: The Assembly later reaffirmed its view in resolution 2936 (XXVII).\n",
            "A/RES/1653(XVI)",
            None,
            dt.date(1961, 11, 24),
        ),
    ],
)
def test_a_resolution_of_the_first_sessions_is_read_by_its_roman_numbered_heading(head, symbol, title, adopted):
    text = (
        head
        + "\nThe General Assembly,\n\nMindful of its responsibility,\n\n1. Declares that the use of widgets is contrary.\n"
    )
    assert detect(text) is un_resolution
    record = un_resolution.parse(text)
    assert (record.symbol, record.title, record.adopted) == (symbol, title, adopted)
    assert record.session == un_symbols.session_of(symbol)


def test_a_roman_numbered_resolution_cited_inside_a_sentence_is_no_heading():
    text = "Recalling its resolution 1653 (XVI) of 24 November 1961,\n\nThe General Assembly,\n\n1. Declares widgets.\n"
    with pytest.raises(ValueError, match="no resolution symbol"):
        un_resolution.parse(text)


def test_a_copy_that_lost_the_opening_s_comma_and_the_space_after_a_paragraph_number_is_read():
    text = (
        "General Assembly\n\nSixteenth session\nAgenda item 19\n\nResolutions adopted by the General Assembly\n\n"
        "1722 (XVI). Question of Widgets\n\nThe General Assembly\n\nRecalling its resolution 1378 (XIV) of 20 November "
        "1959,\n\n1.Welcomes the joint statement;\n\n2.Recommends that the negotiations be resumed.\n"
    )
    record = un_resolution.parse(text)
    assert (record.symbol, record.title, record.session) == ("A/RES/1722(XVI)", "Question of Widgets", "16")
    assert [r.symbol for r in record.recalls] == ["A/RES/1378(XIV)"]
    operative = [(p.number, p.action) for p in record.paragraphs if p.kind == "operative"]
    assert operative == [(1, "Welcomes"), (2, "Recommends")]


def test_the_un_s_web_page_with_its_table_cells_kept_apart_by_pipes():
    text = (
        "86/140 | Assistance aux gadgets | |\nDate: 12 décembre 2031 Adoptée sans vote |\nSéance plénière: 71ème\n"
        "Rapport: A/86/L.44 et Add.1 |\nL'Assemblée générale,\nRappelant ses résolutions 84/7 du 19 octobre 2029 et "
        "85/215 du 23 décembre 2030,\nNotant les décisions ad"
    )
    assert detect(text) is un_resolution
    record = un_resolution.parse(text)
    assert (record.symbol, record.title, record.adopted, record.plenary_meeting) == (
        "A/RES/86/140",
        "Assistance aux gadgets",
        dt.date(2031, 12, 12),
        71,
    )
    # the plenary's own L-document under "Rapport:" is the draft, not a committee's report
    assert (record.draft, record.committee_report) == ("A/86/L.44", None)
    assert [r.symbol for r in record.recalls] == ["A/RES/84/7", "A/RES/85/215"]
    committee = un_resolution.parse(text.replace("A/86/L.44", "A/86/604"))
    assert (committee.draft, committee.committee_report) == (None, "A/86/604")


def test_year_numbered_texts_of_the_one_body_a_recalling_paragraph_names():
    text = (
        "86/41. Widget clearance\n\nThe General Assembly,\n\nRecalling its resolution 85/12, and recalling in this "
        "context resolutions 2029/79 and 2030/85, adopted by the Commission on Human Rights, and decision 2030/107 of "
        "the Commission,\n\nAlso recalling resolutions 2028/4 of the Commission on Human Rights and 2028/9 of the "
        "Sub-Commission,\n\n1. Urges States to act.\n"
    )
    recalled = {r.symbol for r in un_resolution.parse(text).recalls}
    assert recalled == {"A/RES/85/12", "E/CN.4/RES/2029/79", "E/CN.4/RES/2030/85", "E/CN.4/DEC/2030/107"}
    # two bodies with year-numbered texts named in one paragraph: whose 2028/4 is is not shown, so none is read


def test_a_russian_resolution_s_heading_report_recalls_and_agenda_item():
    reprint = (
        "Резолюция 86/81,\nпринятая Генеральной Ассамблеей Организации Объединенных Наций, «Торговля виджетами» "
        "(По докладу Первого комитета (A/86/463)\nГенеральная Ассамблея,\nссылаясь на свои резолюции 82/24 V от 24 "
        "декабря 2027 года и 83/72 от 22 ноября 2028 года,\nподчеркивая важность программы,\n"
    )
    assert detect(reprint) is un_resolution
    record = un_resolution.parse(reprint)
    assert (record.symbol, record.title, record.committee_report) == ("A/RES/86/81", "Торговля виджетами", "A/86/463")
    assert gazetteer.find_forum(record.committee).key == "first-committee"  # "Первого комитета"
    assert [(r.symbol, r.adopted) for r in record.recalls] == [
        ("A/RES/82/24V", dt.date(2027, 12, 24)),
        ("A/RES/83/72", dt.date(2028, 11, 22)),
    ]
    old = (
        "Генеральная Ассамблея\n\nЧетырнадцатая сессия\n\nПункт 71 повестки дня\n\nРезолюция, принятая Генеральной "
        "Ассамблеей\n\n1399 (XIV). Всеобщее разоружение виджетов\n\nГенеральная Ассамблея,\n\nСтремясь содействовать "
        "доверию,\n\n1. Призы"
    )
    assert detect(old) is un_resolution
    record = un_resolution.parse(old)
    assert record.symbol == "A/RES/1399(XIV)" and record.agenda_item == "71"
    assert record.title == "Всеобщее разоружение виджетов"
    # the copy ends in the first operative paragraph's first word: no operative paragraph is read from a fragment
    assert [p.kind for p in record.paragraphs] == ["preambular"]


def test_a_run_on_heading_with_a_part_s_title_in_capitals_and_a_special_session_s_symbol_with_an_en_dash():
    text = (
        "NACIONES UNIDAS Asamblea General Distr. GENERAL A/RES/86/77 12 de enero de 2032 Tema 71 del programa "
        "[sobre la base del informe de la Primera Comisión (A/86/584)] 86/77. Desarme general y completo A CREACIÓN "
        "DE UNA ZONA LIBRE DE GADGETS La Asamblea General, Recordando su resolución 85/38 S, de 9 de diciembre de "
        "2031, Recordando también el Documento Final 1 , 1 Resolución S–10/2. 1. Acoge con beneplácito la zona."
    )
    part = un_resolution.parse(text)
    assert part.symbol == "A/RES/86/77A" and part.title == "CREACIÓN DE UNA ZONA LIBRE DE GADGETS"
    assert (part.part_of, part.part_of_title) == ("A/RES/86/77", "Desarme general y completo")
    assert {r.symbol for r in part.recalls} == {"A/RES/85/38S", "A/RES/S-10/2"}  # never "10/2" after the en dash


def test_a_chinese_resolution_run_onto_one_line():
    text = (
        "第八十六届会议 议程项目72 大会决议 [根据第一委员会的报告(A/86/592)通过] 86/72. 审查小部件的执行情况 "
        "A. 小部件会议的报告 大会, 审议了小部件会议的报告,1 深信该会议应发挥主要作用, 1. 重申该会议的作用; "
        "2. 又请秘书长提供支助; 3. 决定将该项目列入临时议程。 2031年12月12日 第90次全体会议 B. 小部件周 大会,"
    )
    record = un_resolution.parse(text)
    fields = ("symbol", "title", "part_of", "part_of_title", "agenda_item", "committee_report", "adopted")
    assert {name: getattr(record, name) for name in fields} == {
        "symbol": "A/RES/86/72A",
        "title": "小部件会议的报告",
        "part_of": "A/RES/86/72",
        "part_of_title": "审查小部件的执行情况",
        "agenda_item": "72",
        "committee_report": "A/86/592",
        "adopted": dt.date(2031, 12, 12),  # "2031年12月12日 第90次全体会议" closes part A
    }
    assert record.plenary_meeting == 90 and gazetteer.find_forum(record.committee).key == "first-committee"
    operative = [(p.number, p.action) for p in record.paragraphs if p.kind == "operative"]
    assert operative == [(1, "重申"), (2, "又请"), (3, "决定")]
    assert detect(text) is un_resolution


def test_a_heading_in_capitals_over_lines_then_the_day_in_brackets_then_the_opening():
    text = (
        "                     ОРГАНИЗАЦИЯ ОБЪЕДИНЕННЫХ НАЦИЙ\n   \n"
        "            86/71. СОЗДАНИЕ ЗОНЫ, СВОБОДНОЙ ОТ ВИДЖЕТОВ,\n                В РАЙОНЕ БЛИЖНЕГО ВОСТОКА\n"
        "                         (10 декабря 2031 года)\n       Генеральная Ассамблея,\n"
        "       ссылаясь на свою резолюцию 83/263 от 9 декабря 2028 года,\n"
    )
    record = un_resolution.parse(text)
    assert record.title == "СОЗДАНИЕ ЗОНЫ, СВОБОДНОЙ ОТ ВИДЖЕТОВ, В РАЙОНЕ БЛИЖНЕГО ВОСТОКА"  # not the lines below
    assert record.adopted == dt.date(2031, 12, 10)  # the day under the heading
    assert [r.symbol for r in record.recalls] == ["A/RES/83/263"]


def test_a_spanish_operative_paragraph_keeps_the_adverb_after_its_verb():
    text = (
        "86/75. Un mundo libre de gadgets\n\nLa Asamblea General,\n\nRecordando su resolución 85/68,\n\n"
        "1. Exhorta a todos los Estados a cumplir;\n\n2. Exhorta también a los Estados a informar;\n\n"
        "3. Decide asimismo incluir el tema.\n"
    )
    operative = [(p.number, p.action) for p in un_resolution.parse(text).paragraphs if p.kind == "operative"]
    assert operative == [(1, "Exhorta"), (2, "Exhorta también"), (3, "Decide asimismo")]


def test_an_operative_paragraph_opening_with_an_adverb_before_its_verb():
    text = (
        "86/52. Implementation of the Convention on Widgets\n\nThe General Assembly,\n\nRecalling its resolution "
        "85/58,\n\n1. Urgently calls upon States Parties to pay;\n\n2. Strongly urges all States to join.\n"
    )
    operative = [(p.number, p.action) for p in un_resolution.parse(text).paragraphs if p.kind == "operative"]
    assert operative == [(1, "Urgently calls upon"), (2, "Strongly urges")]
    again = text.replace("Urgently calls upon States Parties", "Urges anew all parties").replace(
        "Strongly urges all States", "Reiterates its recommendation to all States"
    )
    operative = [(p.number, p.action) for p in un_resolution.parse(again).paragraphs if p.kind == "operative"]
    assert operative == [(1, "Urges anew"), (2, "Reiterates its recommendation")]


def test_a_preambular_paragraph_ending_in_its_footnote_mark_is_not_run_into_the_next():
    text = (
        "A/RES/86/46\n\nGeneral Assembly\n\n86/46. Widgets\n\nThe General Assembly,\n\n"
        "      Recalling its decision taken in 2031 by which the Widget Campaign was launched, 1/\n\n"
        "      Bearing in mind its resolutions on the subject, including resolution 83/53 D,\n\n"
        "      Recalling its resolution 85/76 A,\n\n      1.    Takes note with concern of the report;\n"
    )
    record = un_resolution.parse(text)
    assert [r.symbol for r in record.recalls] == ["A/RES/85/76A"]  # borne in mind is not recalled
    assert [(p.number, p.action) for p in record.paragraphs if p.kind == "operative"] == [
        (1, "Takes note with concern")
    ]


def test_an_archive_s_file_name_run_into_the_date_and_a_title_ending_in_the_part_s_letter():
    text = (
        "Resolution A37r0448 December 1982\nProhibition of widgets B\nThe General Assembly,\n"
        "Recalling its resolution 36/96 A of 9 December 1981,\n1. Urges all States to refrain from widgets;\n"
    )
    record = un_resolution.parse(text)
    # three digits after the "r": A37r044, then "8 December 1982" (not resolution 37/448)
    assert (record.symbol, record.title, record.adopted) == (
        "A/RES/37/44B",
        "Prohibition of widgets",
        dt.date(1982, 12, 8),
    )


def test_a_chapter_of_the_official_records_gives_the_session_of_the_numbered_heading_under_it():
    text = (
        "XXVII. RESOLUTIONS ADOPTED ON THE REPORTS OF THE FIRST COMMITTEE\n"
        "2934. Urgent need for the suspension of widget tests\nA\n"
        "The General Assembly, Recalling its resolution 1762 (XVII) of 6 November 1962, Noting with concern "
        "the continued testing of widgets, 1. Urges all States to suspend widget tests; "
        "2112th plenary meeting29 November 1972\nB\nThe General Assembly, Recalling its resolution 2828 (XXVI),"
    )
    assert detect(text) is un_resolution
    record = un_resolution.parse(text)
    assert (record.symbol, record.session, record.title) == (
        "A/RES/2934A(XXVII)",
        "27",
        "Urgent need for the suspension of widget tests",
    )
    # a plenary meeting of the early sessions has four digits, its date run into it
    assert (record.plenary_meeting, record.adopted) == (2112, dt.date(1972, 11, 29))


def test_a_part_s_lone_letter_under_a_heading_whose_title_runs_over_several_lines():
    text = (
        "General Assembly\n\nFiftieth session\nAgenda item 70\n\n        RESOLUTIONS ADOPTED BY THE GENERAL ASSEMBLY\n\n"
        "            50/70.      Review of the widget recommendations\n"
        "                        adopted at the tenth special session\n\n\n"
        "                                       B\n\n"
        "                    Regional widget centres\n\n"
        "      The General Assembly,\n\n      Recalling its resolution 49/76 B,\n\n      1.    Welcomes the centres;\n"
    )
    record = un_resolution.parse(text)
    assert (record.symbol, record.title) == ("A/RES/50/70B", "Regional widget centres")


def test_a_heading_by_a_roman_numbered_symbol_in_markdown_with_its_place_and_date_and_a_title_in_capitals_below():
    text = (
        "# 12 Resolution on widgets\n\n## Resolution 301 (IV) extract, LAKE SUCCESS, 3 December 1949\n\n"
        "PROHIBITION OF WIDGETS The General Assembly, [matter omitted]\n\nRecommends that all States refrain from widgets;\n"
    )
    record = un_resolution.parse(text)
    assert (record.symbol, record.session, record.adopted, record.title) == (
        "A/RES/301(IV)",
        "4",
        dt.date(1949, 12, 3),
        "PROHIBITION OF WIDGETS",
    )
    # the opening in capitals under the heading is no title (the text is then refused, or read without one)
    try:
        opened = un_resolution.parse(
            text.replace("PROHIBITION OF WIDGETS The General Assembly,", "THE GENERAL ASSEMBLY,")
        )
    except ValueError:
        return
    assert opened.title is None


def test_the_report_line_in_french_and_spanish_and_the_spanish_adoption_line():
    french = (
        "Nations Unies A/RES/81/12 Assemblée générale Distr. générale 3 janvier 2027 Quatre-vingt-unième session "
        "Point 90 de l’ordre du jour Résolution adoptée par l’Assemblée générale le 2 décembre 2026 "
        "[sur le rapport de la Première Commission (A/81/400)] 81/12. Les gadgets L’Assemblée générale, "
        "Rappelant sa résolution 80/7, 1. Prie les États de ranger leurs gadgets;"
    )
    record = un_resolution.parse(french)
    assert (record.committee_report, record.adopted) == ("A/81/400", dt.date(2026, 12, 2))
    spanish = (
        "A/RES/81/13 Naciones Unidas Asamblea General Distr. general 4 de enero de 2027 Tema 91 del programa "
        "Resolución aprobada por la Asamblea General el 2 de diciembre de 2026 "
        "[sobre la base del informe de la Primera Comisión (A/81/401, párr. 12)] 81/13. Los artilugios "
        "La Asamblea General, Recordando su resolución 80/8, 1. Exhorta a los Estados a guardar sus artilugios;"
    )
    record = un_resolution.parse(spanish)
    assert (record.committee_report, record.committee_report_paragraph, record.adopted) == (
        "A/81/401",
        12,
        dt.date(2026, 12, 2),
    )
    # the distribution date of the header is no adoption date
    assert un_resolution.parse(spanish.replace("el 2 de diciembre de 2026 ", "")).adopted is None


def test_a_reprint_s_heading_of_the_symbol_the_meeting_the_day_and_the_title_above_the_opening():
    text = (
        "A/RES/81/20 75th plenary meeting 8 December 2026 Limiting widgets in outer space The General Assembly, "
        "Recalling its resolution 80/20, 1. Calls upon all States to limit widgets;"
    )
    record = un_resolution.parse(text)
    assert (record.symbol, record.title, record.plenary_meeting) == (
        "A/RES/81/20",
        "Limiting widgets in outer space",
        75,
    )
    lines = (
        "News\n\n      A/RES/81/21\n\n      8 December 2026\n\n   Widgets in the region\n\n   of the Middle East\n\n"
    )
    record = un_resolution.parse(lines + "   The General Assembly,\n\n   Recalling its resolution 80/21,\n")
    assert record.title == "Widgets in the region of the Middle East"
    # a header with its session or agenda item between the symbol and the opening gives no title this way
    header = "A/RES/81/22 Eighty-first session Agenda item 92 The General Assembly, Recalling its resolution 80/22,"
    assert un_resolution.parse(header).title is None


def test_a_part_opening_on_a_page_after_the_part_before_closes_with_its_meeting():
    text = (
        "A/RES/81/30\nPage 9\n6. Requests the Secretary-General to report on widgets;\n"
        "7. Decides to remain seized of the matter.\n79th plenary meeting\n8 December 2026\n"
        "E\nSMALL WIDGETS\nThe General Assembly,\nRecalling its resolution 80/30 J of 7 December 2025,\n"
    )
    record = un_resolution.parse(text)
    assert (record.symbol, record.part_of, record.title) == ("A/RES/81/30E", "A/RES/81/30", "Small widgets")
    # the meeting and day close the part before: not this part's
    assert (record.plenary_meeting, record.adopted) == (None, None)


def test_a_count_of_states_as_at_a_day_in_the_past_perfect():
    text = (
        "81/40. Treaty on the Prohibition of Nuclear Weapons\n\nThe General Assembly,\n\n"
        "Recalling its resolution 80/40,\n\n"
        "1. Welcomes that already 90 States had signed the Treaty and 70 States had become parties to it as at "
        "4 October 2026;\n\n"
        "2. Notes that 75 States had ratified or acceded to it;\n"
    )
    counts = un_resolution.parse(text).counts
    assert [(c.treaty, c.joined, c.parties, c.signatories) for c in counts] == [
        ("tpnw", None, 70, 90),
        ("tpnw", 75, None, None),
    ]
