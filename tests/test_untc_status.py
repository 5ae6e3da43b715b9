"""The UN Treaty Collection status-table loader: the stripped XML, the page text, the saved page."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import DATA, cli

from treatykg import loaders
from treatykg.loaders import untc_status

D = dt.date


def table(name: str):
    return untc_status.parse((DATA / "untc" / name).read_text(encoding="utf-8"))


def rows(record):
    return {row.state: row for row in record.participants}


@pytest.mark.parametrize("name", ["ccm_xml_excerpt.txt", "ccm_page.txt", "ccm_saved.html", "enmod_runtogether.txt"])
def test_detected_as_a_status_table(name):
    assert loaders.detect((DATA / "untc" / name).read_text(encoding="utf-8")) is untc_status


def test_run_together_cells_split_by_state_names_and_dates():
    record = table("ccm_xml_excerpt.txt")
    by_state = rows(record)
    assert by_state["AND"].consent == D(2013, 4, 9) and by_state["AND"].consent_type == "accession"
    assert by_state["AGO"].signature == D(2008, 12, 3) and by_state["AGO"].consent is None
    assert (by_state["ATG"].signature, by_state["ATG"].consent) == (D(2010, 7, 16), D(2010, 8, 23))
    assert by_state["CMR"].signature == D(2009, 12, 15)
    assert by_state["BLZ"].footnotes == (1,) and by_state["BLZ"].provisional_application == D(2014, 9, 2)
    assert by_state["BOL"].consent == D(2013, 4, 30)
    assert by_state["CIV"].name == "Côte d'Ivoire" and by_state["CIV"].signature == D(2008, 12, 4)
    assert by_state["COK"].consent == D(2011, 8, 23)
    assert by_state["CUB"].consent_type == "accession" and by_state["CYP"].consent is None
    assert by_state["DNK"].footnotes == (2,)


def test_header_of_the_stripped_xml():
    record = table("ccm_xml_excerpt.txt")
    assert (record.treaty, record.known_treaty, record.mtdsg_no) == ("ccm", True, "XXVI-6")
    assert (record.concluded_place, record.concluded) == ("Dublin", D(2008, 5, 30))
    assert record.entry_into_force == D(2010, 8, 1)
    assert (record.registered, record.registration_number, record.unts_volume) == (D(2010, 8, 1), 47713, 2688)
    assert (record.stated_signatories, record.stated_parties) == (108, 112)
    assert dict(record.legend) == {
        "n": "provisional-application",
        "AA": "approval",
        "A": "acceptance",
        "a": "accession",
        "": "ratification",
    }


def test_an_excerpt_that_stops_early_is_incomplete_and_its_counts_differ():
    record = table("ccm_xml_excerpt.txt")
    assert record.missing == ("participant rows after El Salvador",)
    assert any("Parties : 112" in line for line in record.mismatches)


def test_page_text_with_tabs_footnotes_and_a_withdrawal_in_the_notes():
    record = table("ccm_page.txt")
    by_state = rows(record)
    assert record.status_as_at == D(2025, 6, 22) and record.title == "Convention on Cluster Munitions"
    assert by_state["LTU"].withdrawal == D(2025, 3, 6) and by_state["LTU"].footnotes == (2,)
    assert by_state["NLD"].consent_type == "acceptance"
    assert by_state["BLZ"].footnotes == (1,)
    assert (record.parties, record.signatories) == (7, 6) and record.mismatches == () and record.missing == ()


def test_saved_html_page():
    record = table("ccm_saved.html")
    by_state = rows(record)
    assert record.status_as_at == D(2016, 1, 1) and record.mtdsg_no == "XXVI-6"
    assert by_state["CIV"].consent == D(2012, 3, 12)
    assert by_state["BLZ"].consent_type == "accession" and by_state["BLZ"].footnotes == (1,)
    assert "TUR" not in by_state  # a row without dates records no act
    assert record.mismatches == ()


def test_a_treaty_missing_from_the_reference_data_comes_from_the_header_and_its_legend():
    record = table("enmod_runtogether.txt")
    assert (record.treaty, record.known_treaty, record.mtdsg_no) == ("xxvi-1", False, "XXVI-1")
    assert record.title.startswith("Convention on the prohibition of military")
    assert (record.concluded_place, record.concluded, record.entry_into_force) == (
        "New York",
        D(1976, 12, 10),
        D(1978, 10, 5),
    )
    assert dict(record.legend) == {"a": "accession", "d": "succession", "": "ratification"}
    by_state = rows(record)
    assert by_state["ATG"].consent_type == "succession"
    assert by_state["BOL"].signature == D(1977, 5, 18) and by_state["ISL"].consent is None
    assert record.mismatches == ()


def test_build_creates_the_treaty_and_reports_differing_counts(tmp_path):
    store = tmp_path / "store"
    result = cli(
        "build", "--store", store, DATA / "untc" / "enmod_runtogether.txt", DATA / "untc" / "ccm_xml_excerpt.txt"
    )
    assert result.exit_code == 0, result.output
    assert "incomplete: ccm_xml_excerpt.txt: lacks participant rows after El Salvador" in result.output
    assert "differs: ccm_xml_excerpt.txt: ccm: the table states Parties : 112" in result.output
    history = cli("query", "participation", "--store", store, "--param", "treaty=XXVI-1", "--format", "csv")
    assert history.exit_code == 0, history.output
    assert "ATG,Antigua and Barbuda,XXVI-1,party,,1988-10-25,succession,,enmod_runtogether.txt,true" in history.output
    cut = cli("query", "participation", "--store", store, "--param", "treaty=CCM", "--format", "csv")
    assert cut.output.count(",false\n") == len(cut.output.splitlines()) - 1 > 0  # the excerpt is cut short


def test_a_consent_only_table_with_acceptance_and_consent_to_be_bound_markers():
    text = (
        "CHAPTER XXVI\nDISARMAMENT\n2cAmendment to Article I of the Convention on Widgets"
        "Geneva, 21 December 200118 May 2004, in accordance with article 8.18 May 2004, No. 99991Parties4"
        "United Nations, Treaty Series, vol. 9999, p. 1.\n"
        "ParticipantApproval(AA), Acceptance(A), Accession(a), Ratification, Consent to be bound(P)"
        "Chile 9 Aug 2017 aFrance12 May 2006 AANorway 6 May 2015 PPeru12 Feb 2004 B"
    )
    record = untc_status.parse(text)
    acts = {p.state: (p.signature, p.consent_type, p.consent.isoformat()) for p in record.participants}
    assert acts == {
        "CHL": (None, "accession", "2017-08-09"),
        "FRA": (None, "approval", "2006-05-12"),
        "NOR": (None, "consent-to-be-bound", "2015-05-06"),
        "PER": (None, "ratification", "2004-02-12"),
    }
    assert (record.mtdsg_no, record.stated_parties, record.stated_signatories) == ("XXVI-2-c", 4, None)
    assert record.entry_into_force.isoformat() == "2004-05-18"


def test_a_header_with_parties_alone_is_a_status_table_and_an_unmarked_date_no_column_takes_is_left_out():
    text = (
        "STATUS AS AT : 04-05-2024 09:15:33 EDT\nCHAPTER XXVI\nDISARMAMENT\n2 .d Protocol on Widgets\n"
        "Geneva, 28 November 2003\nEntry into force\n:\n12 November 2006\nStatus :\nParties : 2\n"
        "Participant\nConsent to be bound(P), Succession(d)\nChile\n 9 Aug 2017 P\nPeru\n30 Oct 2003\n"
    )
    assert untc_status.detect(text) > 0
    record = untc_status.parse(text)
    assert [(p.state, p.consent_type) for p in record.participants] == [("CHL", "consent-to-be-bound")]
    assert (record.mtdsg_no, record.stated_parties, record.status_as_at.isoformat()) == ("XXVI-2-d", 2, "2024-05-04")


def test_provisional_application_under_an_article_is_a_legend_column():
    text = (
        "CHAPTER XXVI\nDISARMAMENT\n8Widget Trade TreatyNew York, 2 April 201324 December 2014.Signatories2Parties2\n"
        "ParticipantSignatureProvisional application under article 23(n)Approval(AA), Acceptance(A), Accession(a), Ratification"
        "Chile 3 Jun 2013 12 Aug 2013 n12 Aug 2013 Peru 7 Jun 2019 aSpain"
    )
    record = untc_status.parse(text)
    rows = {p.state: (p.signature, p.provisional_application, p.consent_type) for p in record.participants}
    assert rows["CHL"][0].isoformat() == "2013-06-03" and rows["CHL"][1].isoformat() == "2013-08-12"
    assert rows["CHL"][2] == "ratification" and rows["PER"] == (None, None, "accession")


def test_the_xml_cut_before_its_chapter_heading_still_gives_title_conclusion_and_entry_into_force():
    text = (
        "7Convention on the prohibition of widget techniquesNew York, 10 December 19765 October 1978, "
        "in accordance with article IX(3).5 October 1978, No. 99990Signatories3Parties2\n"
        "ParticipantSignatureRatification, Accession(a), Succession(d)Chile22 Oct 1985 aFrance18 May 1977 "
        "7 Jun 1978 Peru18 May 1977 "
    )
    record = untc_status.parse(text)
    assert record.title == "Convention on the prohibition of widget techniques"
    assert (record.concluded_place, record.concluded.isoformat()) == ("New York", "1976-12-10")
    assert record.entry_into_force.isoformat() == "1978-10-05"
    assert record.mtdsg_no is None  # no chapter heading: the number alone does not make a depositary number
    assert [(p.state, p.consent_type, p.signature is not None) for p in record.participants] == [
        ("CHL", "accession", False),
        ("FRA", "ratification", True),
        ("PER", None, True),
    ]


def test_an_opening_line_without_a_place_and_date_is_not_taken_for_a_title():
    text = (
        "3 Widgets were counted in 2020, 3 Jan 2020 4 Feb 2021 5 Mar 2022 Signatories3Parties2\n"
        "ParticipantSignatureRatificationChile 3 Jan 2020 4 Feb 2021 "
    )
    with pytest.raises(ValueError, match="names no treaty"):  # refused, not read with a made-up title
        untc_status.parse(text)


def test_several_footnote_marks_in_one_superscript_belong_to_the_name_not_the_date():
    text = (
        "CHAPTER XXVI\nDISARMAMENT\n1Widget ConventionNew York, 10 December 19765 October 1978.Parties2\n"
        "ParticipantSignatureRatification, Accession(a)Chile<superscript>2</superscript> 8 Jun 2005 a"
        "Germany<superscript>4,5</superscript>18 May 1977 24 May 1983 "
    )
    record = untc_status.parse(text)
    rows = {p.state: (p.footnotes, p.signature, p.consent) for p in record.participants}
    assert rows["DEU"] == ((4, 5), dt.date(1977, 5, 18), dt.date(1983, 5, 24))
    assert rows["CHL"] == ((2,), None, dt.date(2005, 6, 8))


def test_a_status_page_cut_before_its_table_is_read_for_its_header():
    text = (
        "Home\nDepositary\nSTATUS AS AT : 24-03-2023 09:15:46 EDT\nCHAPTER XXVI\nDISARMAMENT\n"
        "4. Widget-Test-Ban Treaty\nNew York, 10 September 1996\nNot yet in force\n:\n[see article XIV]."
    )
    assert untc_status.detect(text) > 0
    record = untc_status.parse(text)
    assert (record.title, record.status_as_at, record.entry_into_force) == (
        "Widget-Test-Ban Treaty",
        dt.date(2023, 3, 24),
        None,
    )
    assert record.participants == () and "participant table" in record.missing


def test_a_status_date_and_a_chapter_word_without_a_treaty_line_are_not_a_status_page():
    text = "Report STATUS AS AT : 24-03-2023\nCHAPTER XXVI\nsee the annex for details.\n"
    assert untc_status.detect(text) == 0


BOXED = """CHAPTER XVIII

5. International Convention against the Taking of Hostages

New York, 17 December 1979

Entry into force: 3 June 1983, in accordance with article 18(2).
Registration: 3 June 1983, No. 21931
Status: Signatories: 39. Parties: 167

---------------------------------------------T-----------T----------------¬
¦                Participant                 ¦ Signature ¦  Ratification, ¦
¦                                            ¦           ¦ Accession (a), ¦
¦                                            ¦           ¦ Succession (d) ¦
+--------------------------------------------+-----------+----------------+
¦Afghanistan                                 ¦           ¦24 Sep 2003 a   ¦
¦Albania                                     ¦           ¦22 Jan 2002 a   ¦
¦Argentina                                   ¦18 Dec 1979¦18 Sep 1991     ¦
L--------------------------------------------+-----------+-----------------
"""


def test_a_table_drawn_with_box_characters_is_read_as_its_cells():
    assert loaders.detect(BOXED) is untc_status
    record = untc_status.parse(BOXED)
    assert (record.title, record.entry_into_force) == (
        "International Convention against the Taking of Hostages",
        D(1983, 6, 3),
    )
    by_state = rows(record)
    assert (by_state["AFG"].consent_type, by_state["AFG"].consent) == ("accession", D(2003, 9, 24))
    assert (by_state["ARG"].signature, by_state["ARG"].consent_type) == (D(1979, 12, 18), "ratification")
    assert set(by_state) == {"AFG", "ALB", "ARG"}


def test_a_reprinted_page_header_with_its_counts_and_the_depositary_s_notifications_is_read():
    text = (
        "Treaty on the Prohibition of Nuclear Weapons  New York, 7 July 2017\n\nNot yet in force.\n"
        "Status Signatories : 58. Parties : 8\nText CN.475.2017.TREATIES-XXVI-9 of 9 August 2017 (Opening for "
        "signature).\n\nMindful of the suffering caused by nuclear weapons,\n"
    )
    assert loaders.detect(text) is untc_status
    record = untc_status.parse(text)
    assert (record.treaty, record.stated_signatories, record.stated_parties) == ("tpnw", 58, 8)
    assert record.participants == () and "participant table" in record.missing
    with pytest.raises(loaders.UnknownKind):  # counts alone, as a news page may quote them, are no status page
        loaders.detect(text.replace("CN.475.2017.TREATIES-XXVI-9", "a notification"))


def test_a_printed_key_above_the_column_heads_marks_the_dates():
    text = (
        "2. CONVENTION ON CERTAIN WEAPONS\n\nGeneva, 10 October 1980\n\nREGISTRATION: 2 December 1983, No. 22495.\n\n"
        "STATUS: Signatories: 50. Parties: 125.\n\nTEXT: United Nations, Treaty Series, vol. 1342, p. 137.\n\n"
        ". Acceptance(A), Accession(a), Succession(d), Participant Signature Ratification Participant Signature "
        "Ratification Chile...... 25 Mar 1997 a Peru...... 10 Apr 1981 9 Aug 2017 Togo...... 7 Dec 2006 d\n"
    )
    acts = {(p.state, p.signature, p.consent_type) for p in untc_status.parse(text).participants}
    assert acts == {
        ("CHL", None, "accession"),  # one date, marked: never the signature
        ("PER", dt.date(1981, 4, 10), "ratification"),
        ("TGO", None, "succession"),
    }


def test_a_header_that_lost_its_item_number_takes_the_treaty_its_title_line_names():
    text = (
        "b Protocol on Prohibitions or Restrictions on the Use of Mines,\nBooby-Traps and Other Devices as amended "
        "on 3 May 1996\n(Protocol II, as amended on 3 May 1996)\nannexed to the Convention on Prohibitions or "
        "Restrictions on the Use of Certain Conventional Weapons\nParties : 2\n"
        "Participant\nConsent to be bound(P), Succession(d)\nChile\n 9 Aug 2017 P\nPeru\n30 Oct 2003 P\n"
    )
    record = untc_status.parse(text)
    assert record.treaty == "ccw-p2-amended"
    assert [(p.state, p.consent_type) for p in record.participants] == [
        ("CHL", "consent-to-be-bound"),
        ("PER", "consent-to-be-bound"),
    ]
    # a line that only mentions a treaty in running text gives no title: the table stays refused
    mentioned = text.replace("b Protocol on Prohibitions", "The meeting recalled the Protocol on Prohibitions")
    with pytest.raises(ValueError, match="names no treaty"):
        untc_status.parse(mentioned)


def test_the_french_table_of_the_treaty_collection():
    text = (
        "CHAPITRE XXVI\nDÉSARMEMENT\n6Convention sur les armes à sous-munitionsDublin, 30 mai 20081 août 2010, "
        "conformément au paragraphe 1 de l'article 17.1 août 2010, No 47713Signataires3Parties4Nations Unies, "
        "Recueil des Traités , vol. 2688, p. 39\nParticipantSignatureApplication provisoire(n)Approbation(AA), "
        "Acceptation(A), Adhésion(a), RatificationAfrique du Sud 3 déc 2008 28 mai 2015 Andorre 9 avr 2013 aBolivie "
        "(État plurinational de) 3 déc 2008 30 avr 2013 Fédération de Russie 16 juil 2010 AA République de Corée "
        "8 févr 2011 a\nDéclarations\n"
    )
    assert loaders.detect(text) is untc_status
    record = untc_status.parse(text)
    assert (record.treaty, record.entry_into_force, record.registration_number, record.unts_volume) == (
        "ccm",
        D(2010, 8, 1),
        47713,
        2688,
    )
    assert (record.stated_signatories, record.stated_parties) == (3, 4)
    acts = {(p.state, p.consent_type, p.consent) for p in record.participants}
    assert acts == {
        ("ZAF", "ratification", D(2015, 5, 28)),
        ("AND", "accession", D(2013, 4, 9)),
        ("BOL", "ratification", D(2013, 4, 30)),
        ("RUS", "approval", D(2010, 7, 16)),
        ("KOR", "accession", D(2011, 2, 8)),
    }


@pytest.mark.parametrize(
    "head", ["Application provisoire(n)", "Application provisoire conformément à l'article 23(n)",
             "Application provisoire en vertu de l'article 23(n)"],
)  # fmt: skip
def test_the_french_provisional_application_column_under_its_article(head):
    text = (
        "CHAPITRE XXVI\nDÉSARMEMENT\n8Traité sur le commerce des armesNew York, 2 avril 201324 décembre 2014, "
        "conformément à l'article 22.24 décembre 2014, No 52373Signataires2Parties2Nations Unies\n"
        f"ParticipantSignature{head}Approbation(AA), Acceptation(A), Adhésion(a), RatificationAfghanistan 29 juil "
        "2020 aAfrique du Sud 25 sept 2013 22 déc 2014 \nDéclarations\n"
    )
    record = untc_status.parse(text)
    acts = {(p.state, p.signature, p.consent_type, p.consent) for p in record.participants}
    assert acts == {
        ("AFG", None, "accession", D(2020, 7, 29)),
        ("ZAF", D(2013, 9, 25), "ratification", D(2014, 12, 22)),
    }


def test_a_damaged_print_s_entry_into_force_heading_with_a_stray_full_stop():
    damaged = BOXED.replace("Entry into force:", "ENTRY. INTO FORCE:")
    assert untc_status.parse(damaged).entry_into_force == D(1983, 6, 3)


REPRINT_IN_RUSSIAN = """[неофициальный перевод]
СТАТУС КОНВЕНЦИИ
(по состоянию на 1 марта 2012 года)
Вступление в силу: 02.12.1983
---------------------------T------------T-------------------¬
¦ Участник                 ¦ Подписание ¦ Ратификация,      ¦
¦                          ¦            ¦Присоединение (a), ¦
¦                          ¦            ¦Правопреемство (d) ¦
+--------------------------+------------+-------------------+
¦Бразилия                  ¦14.02.1983  ¦12.03.1990         ¦
¦Ирландия                  ¦            ¦02.05.1995 a       ¦
¦Хорватия                  ¦            ¦12.10.1992 d       ¦
¦Япония                    ¦20.05.1983  ¦                   ¦
¦Монголия                  ¦            ¦03.09.1999         ¦
L--------------------------+------------+--------------------
CONVENTION
ON THE USE OF CERTAIN DEVICES
Geneva, 10 October 1980
Status as at: 01-03-2012
Entry into force: 2 December 1983, in accordance with article 5(1)
Registration: 2 December 1983, No. 22495
Status: Signatories: 2. Parties: 4
Note: The Convention was adopted by the Conference.
"""


def test_a_reprint_s_russian_table_with_the_un_s_header_below_it():
    assert loaders.detect(REPRINT_IN_RUSSIAN) is untc_status
    record = untc_status.parse(REPRINT_IN_RUSSIAN)
    assert record.title == "CONVENTION ON THE USE OF CERTAIN DEVICES" and record.concluded == D(1980, 10, 10)
    assert (record.status_as_at, record.entry_into_force) == (D(2012, 3, 1), D(1983, 12, 2))
    assert (record.registration_number, record.stated_signatories, record.stated_parties) == (22495, 2, 4)
    by_state = rows(record)
    assert (by_state["BRA"].signature, by_state["BRA"].consent, by_state["BRA"].consent_type) == (
        D(1983, 2, 14),
        D(1990, 3, 12),
        "ratification",
    )
    assert (by_state["IRL"].consent_type, by_state["HRV"].consent_type) == ("accession", "succession")
    assert (by_state["JPN"].signature, by_state["JPN"].consent) == (D(1983, 5, 20), None)
    # an unmarked date in the consent column, after an empty signature cell, is no signature
    assert (by_state["MNG"].signature, by_state["MNG"].consent) == (None, D(1999, 9, 3))
    assert record.missing == () and record.mismatches == ()


def test_russian_names_are_read_in_a_table_s_rows_but_not_searched_in_running_text():
    from treatykg import gazetteer

    assert gazetteer.find_state("Хорватия").alpha3 == "HRV"
    assert gazetteer.find_states_in("Хорватия и Япония") == []


REPRINT_CUT_ABOVE_ITS_TITLE = """   Entry into force: 3 June 1983, in accordance with article 18(2).
   Registration: 3 June 1983, No. 21931
   Status: Signatories: 39. Parties: 167
   ---------------------------------------------T-----------T----------------¬
   ¦                Participant                 ¦ Signature ¦  Ratification, ¦
   ¦                                            ¦           ¦ Accession (a)  ¦
   +--------------------------------------------+-----------+----------------+
   ¦Afghanistan                                 ¦           ¦24 Sep 2003 a   ¦
   ¦Argentina                                   ¦           ¦18 Sep 1991"""


def test_a_reprint_cut_above_its_title_names_its_treaty_by_registration_and_a_cut_off_mark_leaves_the_date_out(
    tmp_path,
):
    record = untc_status.parse(REPRINT_CUT_ABOVE_ITS_TITLE)
    assert (record.treaty, record.known_treaty, record.title) == ("unts-21931", False, None)
    assert "title" in record.missing
    # Argentina's date has lost its mark with the rest of the text: accession or ratification, nobody can say
    assert set(rows(record)) == {"AFG"}
    document = tmp_path / "cut.txt"
    document.write_text(REPRINT_CUT_ABOVE_ITS_TITLE, encoding="utf-8")
    result = cli("build", "--store", tmp_path / "store", document)
    assert result.exit_code == 0, result.output
    assert "incomplete: cut.txt: lacks participant rows after Argentina, title" in result.output


ANOTHER_DEPOSITARY = (
    "Date of most recent action: May 2, 2019 Treaty on the Prohibition of Widgets in Outer Space "
    "Done: Washington, London and Moscow January 27, 1967 Entry into force: October 10, 1967 "
    "Note: This status list reflects actions at Washington only. "
    "Legend: (no mark) = ratification; A = acceptance; AA = approval; a = accession; d = succession; "
    "w = withdrawal or equivalent action Participant Signature Consent to be bound Other Action Notes "
    "Afghanistan January 27, 1967 Algeria January 27, 1992 a Argentina January 27, 1967 March 26, 1969 "
    "Austria February 20, 1967 February 26, 1968 1 Belarus February 10, 1967 d Chile March 3, 1967 October 8, 1981"
)


def test_another_depositary_s_list_its_legend_dates_month_first_and_one_unmarked_date_left_out():
    record = untc_status.parse(ANOTHER_DEPOSITARY)
    assert loaders.detect(ANOTHER_DEPOSITARY) is untc_status
    assert record.title == "Treaty on the Prohibition of Widgets in Outer Space"
    assert (record.concluded_place, record.concluded) == ("Washington, London and Moscow", D(1967, 1, 27))
    assert record.entry_into_force == D(1967, 10, 10)
    found = rows(record)
    assert (found["ARG"].signature, found["ARG"].consent, found["ARG"].consent_type) == (
        D(1967, 1, 27),
        D(1969, 3, 26),
        "ratification",
    )
    assert (found["DZA"].signature, found["DZA"].consent_type) == (None, "accession")
    assert found["BLR"].consent_type == "succession" and found["AUT"].consent == D(1968, 2, 26)
    # one unmarked date at one of three depositaries: signed there, or ratified there having signed elsewhere
    assert "AFG" not in found and any("Afghanistan" in what for what in record.missing)
    assert any("other depositaries" in what for what in record.missing)
    # in a table of cells the column is known: a date in the first cell is a signature
    celled = untc_status.parse(
        ANOTHER_DEPOSITARY.replace("Afghanistan January 27, 1967", "Afghanistan\tJanuary 27, 1967\t")
    )
    assert rows(celled)["AFG"].signature == D(1967, 1, 27)
    # where the list is the one record of the treaty, one unmarked date is the signature column's
    whole = untc_status.parse(ANOTHER_DEPOSITARY.replace("This status list reflects actions at Washington only. ", ""))
    assert rows(whole)["AFG"].signature == D(1967, 1, 27) and not any("depositar" in m for m in whole.missing)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a copy of the page's header alone, its fields on lines of their own
            "Widget Statute\nRome, 17 July 1998\nEntry into force:\n1 July 2002, in accordance with article 126.\n"
            "Registration : 1 July 2002, No. 38544\nStatus : Signatories : 139. Parties : 123\nThe Statute was adopted.",
            {"entry_into_force": D(2002, 7, 1), "stated_parties": 123, "stated_signatories": 139},
        ),
        (  # the French XML's header, its place of conclusion accented and run into the title
            "CHAPITRE XXVI\nDÉSARMEMENT\n2dProtocole relatif aux widgets (Protocole IX)Genève, 28 novembre 2003"
            "12 novembre 2006, conformément à l'article 5.12 novembre 2006, No 22495Parties97Nations Unies",
            {"concluded_place": "Genève", "entry_into_force": D(2006, 11, 12), "stated_parties": 97},
        ),
        (  # a French title ending in an accented letter, the place run into it: "… associéNew York, …"
            "CHAPITRE XVIII\nQUESTIONS PÉNALES\n9Convention sur les widgets du personnel associéNew York, "
            "9 décembre 202415 janvier 2027, conformément à l'article 27.15 janvier 2027, No 99457Parties95Nations",
            {"concluded_place": "New York", "concluded": D(2024, 12, 9), "entry_into_force": D(2027, 1, 15)},
        ),
        (  # the XML cut before its counts: the chapter and the numbered title with its conclusion
            "CHAPTER XXVI\nDISARMAMENT\n4Widget-Test-Ban TreatyNew York, 10 September 1996[see article XIV]. "
            "This Treaty will enter into force 180 days after the deposit.",
            {"mtdsg_no": "XXVI-4", "concluded": D(1996, 9, 10), "entry_into_force": None},
        ),
    ],
)
def test_a_status_page_s_header_kept_without_its_table_is_read_with_the_table_recorded_missing(text, expected):
    assert loaders.detect(text) is untc_status
    record = untc_status.parse(text)
    assert {key: getattr(record, key) for key in expected} == expected
    assert "participant table" in record.missing and not record.participants


def test_one_header_field_alone_is_no_status_page():
    text = "The Treaty was signed in Rome. Entry into force: 1 July 2002. It has many supporters among States."
    assert untc_status.detect(text) == 0.0


def test_a_table_of_one_cell_a_line_under_a_participant_head_with_a_footnote_mark():
    text = (
        "STATUS AS AT : 24-04-2031 09:15:40 EDT\nCHAPTER IV\nHUMAN RIGHTS\n1 . Convention on Widgets\n"
        "Paris, 9 December 1948 1\nEntry into force\n:\n12 January 1951, in accordance with article XIII.\n"
        "Status :\nSignatories : 41. Parties : 153\nParticipant 2\nSignature\nAccession(a), Succession(d), Ratification\n"
        "Afghanistan\n  22 Mar 1956 a\nArgentina 3\n   5 Jun 1956 a\nAustralia\n11 Dec 1948\n 8 Jul 1949\n"
        "Dominican Republic\n11 Dec 1948\n \nGabon\n  21 Jan 1983 "
    )
    record = untc_status.parse(text)
    acts = {(p.state, p.signature, p.consent, p.consent_type) for p in record.participants}
    assert acts == {
        ("AFG", None, dt.date(1956, 3, 22), "accession"),
        ("ARG", None, dt.date(1956, 6, 5), "accession"),
        ("AUS", dt.date(1948, 12, 11), dt.date(1949, 7, 8), "ratification"),
        ("DOM", dt.date(1948, 12, 11), None, None),
    }  # Gabon's date stands in the consent column, its mark cut off: neither a signature nor a known act


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        # a succession to signature, then a ratification: a signatory by succession that ratified later
        (
            "Serbia 2\n12 Mar 2001 d\n14 Jan 2016\n",
            {("SRB", dt.date(2001, 3, 12), dt.date(2016, 1, 14), "ratification")},
        ),
        # a succession to signature before an empty consent cell: a signatory, never a party by succession
        ("Montenegro 3\n23 Oct 2006 d\n \n", {("MNE", dt.date(2006, 10, 23), None, None)}),
        # a succession in the consent column, after an empty signature cell
        ("Slovakia\n  28 May 1993 d\n", {("SVK", None, dt.date(1993, 5, 28), "succession")}),
        # one "d" date in a run of text that tells no column: either column's, so left out
        ("Croatia 12 Mar 2001 d Cuba 9 Feb 2007 a", {("CUB", None, dt.date(2007, 2, 9), "accession")}),
    ],
)
def test_a_succession_to_signature_marked_as_the_consent_s_succession_is_told_apart_by_its_column(rows, expected):
    text = (
        "STATUS AS AT : 04-05-2031 09:15:33 EDT\nCHAPTER XVIII\nPENAL MATTERS\n6 . Convention on Widgets\n"
        "New York, 4 December 1989\nEntry into force\n:\n20 October 2001, in accordance with article 19(1).\n"
        "Status :\nSignatories : 17. Parties : 37\nParticipant\nSignature, Succession to signature(d)\n"
        "Ratification, Accession(a), Succession(d)\n" + rows
    )
    record = untc_status.parse(text)
    assert {(p.state, p.signature, p.consent, p.consent_type) for p in record.participants} == expected


def test_a_ccw_protocol_s_table_is_known_by_its_depositary_number_in_any_language():
    text = (
        "STATUS AS AT : 04-05-2031 09:15:33 EDT\nCHAPITRE XXVI\nDÉSARMEMENT\n2 .a Protocole additionnel à la Convention "
        "(Protocole IV, intitulé Protocole relatif aux armes à laser aveuglantes)\nVienne, 13 octobre 1995\n"
        "Participant\nConsentement à être lié(P)\nAfrique du Sud\n26 juin 1998 P\n"
    )
    record = untc_status.parse(
        text, "https://treaties.un.org/doc/Publication/MTDSG/Volume%20II/Chapter%20XXVI/XXVI-2-a.fr.xml"
    )
    assert record.treaty == "ccw-p4"


def test_the_xml_s_participant_head_with_its_footnote_mark_written_as_a_superscript():
    text = (
        "CHAPTER XXIII\nLAW OF TREATIES\n2 Convention on Widgets\nVienna, 23 August 2031\nStatus\nSignatories 2\n"
        "Parties 2\n\nParticipant ^2\tSignature, Succession to signature(d)\tRatification, Accession(a), Succession(d)\n"
        "Angola\t23 Aug 2031\t\nBosnia and Herzegovina ^3\t\t22 Jul 2032 d\nChile\t23 Aug 2031\t5 May 2033\n"
    )
    record = untc_status.parse(text)
    acts = {(p.state, p.signature, p.consent, p.consent_type) for p in record.participants}
    assert acts == {
        ("AGO", dt.date(2031, 8, 23), None, None),
        ("BIH", None, dt.date(2032, 7, 22), "succession"),
        ("CHL", dt.date(2031, 8, 23), dt.date(2033, 5, 5), "ratification"),
    }


def test_an_unmarked_provisional_application_column_is_read_by_its_cell_and_never_by_its_place_among_dates():
    head = (
        "CHAPTER XXI\nLAW OF THE SEA\n8 Agreement on Widgets\nNew York, 23 May 2031\nStatus\nSignatories 3\nParties 3\n\n"
        "Participant\tSignature\tUndertaking of provisional application in accordance with article 31\t"
        "Ratification, Accession(a)\n"
    )
    rows = (
        "Argentina\t2 Jun 2031\t\t20 Oct 2036\nAustria\t\t\t1 Oct 2033 a\nNorway\t1 Jul 2031\t1 Jul 2031\t1 Aug 2031\n"
    )
    record = untc_status.parse(head + rows)
    acts = {(p.state, p.signature, p.provisional_application, p.consent, p.consent_type) for p in record.participants}
    assert acts == {
        ("ARG", dt.date(2031, 6, 2), None, dt.date(2036, 10, 20), "ratification"),
        ("AUT", None, None, dt.date(2033, 10, 1), "accession"),
        ("NOR", dt.date(2031, 7, 1), dt.date(2031, 7, 1), dt.date(2031, 8, 1), "ratification"),
    }
    # the same table with its cells run together: no date can be placed, none is guessed
    flattened = untc_status.parse((head + rows).replace("\t", " "))
    assert flattened.participants == () and "cells are run together" in flattened.missing[0]


@pytest.mark.parametrize(
    ("rows", "signature"),
    [
        ("        Chile\n        3 Jan 2032\n", dt.date(2032, 1, 3)),  # every line indented alike: the first column
        ("Chile\n  3 Jan 2032\n", None),  # indented past its name: after an empty signature cell
    ],
)
def test_a_date_indented_past_its_name_follows_an_empty_cell_but_lines_indented_alike_do_not(rows, signature):
    text = (
        "CHAPTER XVIII\nPENAL MATTERS\n15 Convention on Widgets\nNew York, 13 April 2031\nStatus\nSignatories 1\n"
        "Parties 1\n\n        Participant\n        Signature\n        Ratification, Accession(a)\n" + rows + "Notes:\n"
    )
    (participant,) = untc_status.parse(text).participants
    assert participant.signature == signature
    assert participant.consent == (None if signature else dt.date(2032, 1, 3))


@pytest.mark.parametrize(
    ("note", "withdrawn"),
    [
        (
            "2 On 7 Sep 2031, the Government of Lithuania notified the Secretary-General of its decision to withdraw from "
            "the Convention. The withdrawal took effect on 6 Mar 2032.",
            dt.date(2032, 3, 6),
        ),
        # a reservation withdrawn, another treaty denounced, a right reserved, a withdrawal suspended: none leaves this one
        (
            "2 On 7 Sep 2031, Lithuania informed the Secretary-General that it had decided to withdraw its reservation "
            "regarding article 9.",
            None,
        ),
        (
            "2 On 7 Sep 2031, the Government of Lithuania notified the Secretary-General of its denunciation of the "
            "Optional Protocol.",
            None,
        ),
        ("2 Lithuania reserves the right to withdraw from the Convention on 7 Sep 2031 if others do not comply.", None),
        (
            "2 On 7 Sep 2031, Lithuania notified its denunciation of the Convention. On 6 Mar 2032, it notified the "
            "Secretary-General of its decision to suspend the withdrawal from the Convention.",
            None,
        ),
    ],
)
def test_only_a_note_that_a_state_left_this_treaty_is_its_withdrawal(note, withdrawn):
    text = (
        "CHAPTER XXVI\nDISARMAMENT\n6 Convention on Widgets\nDublin, 30 May 2031\nStatus\nSignatories 1\nParties 1\n\n"
        "Participant\tSignature\tRatification\nLithuania ^2\t3 Dec 2031\t24 Mar 2031\n\nDeclarations\nLithuania\n"
        "Lithuania reserves the right to withdraw from the Convention on 9 Sep 2035.\n\nNotes:\n" + note + "\n"
    )
    (participant,) = untc_status.parse(text).participants
    assert participant.withdrawal == withdrawn


def test_a_column_of_acts_not_read_is_set_apart_by_its_cells_and_recorded_missing():
    text = (
        "CHAPTER X\nCOMMODITIES\n9 Agreement on Widgets\nGeneva, 6 April 2031\nStatus\nSignatories 2\nParties 3\n\n"
        "Participant\tSignature\tRatification, Accession(a)\tNotification under article 25\n"
        "Afghanistan\t13 Feb 2031\t9 Sep 2031\t10 Jun 2035\nAlbania\t\t19 Apr 2032 a\t\n"
        "Bhutan\t\t\t10 Jun 2035\nChile\t8 Apr 2031\t6 Mar 2032\t\nNotes:\n"
    )
    record = untc_status.parse(text)
    acts = {(p.state, p.signature, p.consent, p.consent_type) for p in record.participants}
    assert acts == {  # Bhutan's one date is a notification, no ratification
        ("AFG", dt.date(2031, 2, 13), dt.date(2031, 9, 9), "ratification"),
        ("ALB", None, dt.date(2032, 4, 19), "accession"),
        ("CHL", dt.date(2031, 4, 8), dt.date(2032, 3, 6), "ratification"),
    }
    assert "the acts of the columns 'Notification under article 25'" in record.missing


MEANS_LIST = (
    "Agency for Widgets\nInformation Circular\n\nConvention on the Safe Keeping of Widgets\n\n"
    "Status List as of 3 March 2001\n\nState/\nOrganization\nDate of signature Means/date of deposit of expression of "
    "force consent\nto be bound\nEntry into force\n\n"
    "Norway* 2 Feb 1990 ratified* 1/ 5 May 1992 4 Jun 1992\n"
    "Peru acceded 7 Jul 1995 6 Aug 1995\n"
    "Slovakia succession\nnotified*\n9 Oct 1993 effect from\n1 Jan 1993\n"
    "Spain 2 Feb 1990(*) approved(*) 8 Aug 1994 7 Sep 1994\n"
    "WIDGETCOM* 2 Feb 1990 confirmed* 8 Aug 1994 7 Sep 1994\n"
    "Togo 11 Nov 1991\n"
    "Uganda 12 Dec 1991 ratified* 1/ 4"
)


def test_a_list_whose_consents_follow_a_word_naming_the_act_and_whose_last_date_is_no_act():
    record = untc_status.parse(MEANS_LIST)
    assert loaders.detect(MEANS_LIST) is untc_status
    assert record.title == "Convention on the Safe Keeping of Widgets" and record.status_as_at == D(2001, 3, 3)
    found = rows(record)
    acts = {state: (row.signature, row.consent, row.consent_type) for state, row in found.items()}
    assert acts == {
        "NOR": (D(1990, 2, 2), D(1992, 5, 5), "ratification"),  # not 4 Jun 1992, the entry into force for Norway
        "PER": (None, D(1995, 7, 7), "accession"),
        "SVK": (None, D(1993, 10, 9), "succession"),  # notified then, with effect from a date before
        "ESP": (D(1990, 2, 2), D(1994, 8, 8), "approval"),
        "TGO": (D(1991, 11, 11), None, None),  # one date and no word: the signature's column
        "UGA": (D(1991, 12, 12), None, None),  # its consent's date cut off
    }
    assert "WIDGETCOM" in record.unresolved  # an organisation is no state


CELL_A_LINE = (
    "Memorandum\n\nCONVENTION ON THE PROHIBITION OF WIDGETS\n\n"
    "LONDON, PARIS 2 MAY 1980 (ENTERED INTO FORCE ON 4 JUNE, 1982)\n\n"
    "States which have signed, ratified or acceded at London\n\nState\nDate of Signature\n"
    "Date of deposit of Instrument of Ratification\n"
    "Norway*\n2 May, 1980\n4 June, 19821,3\n"
    "Russian Federation\n \n \n(formerly Union of Soviet Socialist Republics)\n2 May 1980\n4 June, 1982\n"
    "Egypt, Arab Republic of\n2 May, 1980\n \n"
    "Peru\n \n7 July, 1990\n"
    "Togo\n2 May, 1980\n9 September, 1983\n"
)


def test_a_list_of_a_cell_a_line_at_one_of_several_seats():
    record = untc_status.parse(CELL_A_LINE)
    assert loaders.detect(CELL_A_LINE) is untc_status
    assert record.title == "CONVENTION ON THE PROHIBITION OF WIDGETS" and record.entry_into_force == D(1982, 6, 4)
    found = rows(record)
    # the note marks run into the year are no year; the former name under a state's is no second participant
    assert (found["NOR"].signature, found["NOR"].consent, found["NOR"].consent_type) == (
        D(1980, 5, 2),
        D(1982, 6, 4),
        "ratification",
    )
    assert (found["RUS"].signature, found["RUS"].consent) == (D(1980, 5, 2), D(1982, 6, 4)) and "SUN" not in found
    # an empty cell after the one date: a signature; a name turned round for sorting is the state's
    assert (found["EGY"].signature, found["EGY"].consent) == (D(1980, 5, 2), None)
    # an empty signature cell at one seat of a list that names accessions without marking them: ratified having
    # signed elsewhere, or acceded; left out and named
    assert "PER" not in found and any("Peru" in what for what in record.missing)
    assert any("other depositaries" in what and "at London" in what for what in record.missing)


def test_a_run_together_list_its_title_after_the_list_s_name_and_a_place_of_conclusion_no_seat():
    text = (
        "Widget Depositary Status List Treaty on the Limitation of Widgets; Rome and Oslo, 1 July 1970 1 This "
        "Treaty entered into force on 5 March 1972. States which have signed or ratified the Treaty in Rome "
        "State Date of signature Date of deposit of instrument of ratification Notes Norway 1 July 1970 5 March 1972 "
        "Peru 2 August 1970 Togo 3 July 1970 6 June 1973 1"
    )
    record = untc_status.parse(text)
    assert record.title == "Treaty on the Limitation of Widgets" and record.entry_into_force == D(1972, 3, 5)
    assert set(rows(record)) == {"NOR", "TGO"} and any("Peru" in what for what in record.missing)
    # where the conclusion is "signed at" a place, the list is no list of one seat
    concluded = untc_status.parse(
        text.replace("States which have signed or ratified the Treaty in Rome", "Signed at Rome")
    )
    assert rows(concluded)["PER"].signature == D(1970, 8, 2)


def test_a_treaty_not_in_force_states_its_signatories_alone():
    text = (
        "CHAPTER XII\n\n2. Convention on the Measurement of Widgets\nBangkok, 22 June 1956\nStatus\nSignatories\n2\n\n"
        "Participant\tSignature\tRatification\nNorway\t22 Jun 1956\t\nPeru\t22 Jun 1956\t\n"
    )
    record = untc_status.parse(text)
    assert (record.stated_signatories, record.stated_parties) == (2, None)
    assert not record.mismatches  # the rows give the two signatures stated
