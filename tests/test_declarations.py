"""Declarations, reservations, objections and notes below a UNTC status table."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest
from conftest import DATA, cli

from treatykg import render
from treatykg.errors import InputError
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
        ("LTU", "note", dt.date(2024, 9, 7), None),  # "On 7 Sep 2024, the Government of Lithuania notified …"
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
        ("LTU", "note", "2024-09-07"),
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


def mtdsg_xml(declarations: str = "") -> bytes:
    """A status page as the Treaty Collection keeps it in XML: Latin-1, markup escaped in values, a control
    character in a paragraph."""
    rows = "".join(
        f"<Row><Entry>{name}</Entry><Entry>{signed}</Entry><Entry>{consent}</Entry></Row>"
        for name, signed, consent in (
            ("Austria", "3 Dec 2008", "2 Apr 2009"),
            ("Belgium", "3 Dec 2008", "22 Dec 2009"),
            ("Chile", "3 Dec 2008", "16 Dec 2010"),
            ("C\u00f4te d'Ivoire&lt;superscript&gt;1&lt;/superscript&gt;", "4 Dec 2008", "12 Mar 2012"),
        )
    )
    return (
        '<?xml version="1.0" encoding="iso-8859-1"?>\n<Document><Treaty><Template>mtdsg</Template><Header>'
        "<Chapter><Header>CHAPTER XXVI</Header><Name>DISARMAMENT</Name></Chapter><ExternalData>"
        "<Numsect>6</Numsect><Titlesect>Convention on Cluster Munitions</Titlesect>"
        "<Conclusion>Dublin, 30 May 2008</Conclusion><EIF><Label>Entry into force</Label>"
        "<Labeltext>1 August 2010, in accordance with article 17(1).</Labeltext></EIF><Status><Label>Status</Label>"
        "<SignatoriesLabel>Signatories</SignatoriesLabel><Signatories>4</Signatories>"
        "<PartiesLabel>Parties</PartiesLabel><Parties>4</Parties></Status><TreatyText><Label>Text</Label>"
        "<Text>United Nations, &lt;i&gt;Treaty Series&lt;/i&gt;, vol. 2688, p. 39</Text></TreatyText>"
        "</ExternalData></Header><Participants><Table><TGroup cols='3'><Thead><Row><Entry>Participant</Entry>"
        "<Entry>Signature</Entry><Entry>Ratification, Acceptance(A), Approval(AA), Accession(a)</Entry></Row>"
        f"</Thead><Tbody><Rows>{rows}</Rows></Tbody></TGroup></Table></Participants>{declarations}"
        "<EndNotes><Note><index>1</index><text>With a note on its name.</text></Note></EndNotes>"
        "</Treaty></Document>\n"
    ).encode("latin-1")


DECLARATIONS = (
    "<Declarations><Title>Declarations</Title><Title>(Unless otherwise indicated, the declarations were made "
    "upon ratification, acceptance,</Title><Title>approval, accession, or succession.)</Title>"
    "<Declaration><Participant>Austria</Participant><text type='title'>Understanding:</text>"
    "<text type='para'>\x1cIt is the understanding of Austria that widgets are no munitions.</text></Declaration>"
    "<Declaration><Participant>Belgium</Participant><text type='title'>Upon signature:</text>"
    "<text type='title'>Declaration:</text><text type='para'>Belgium will ratify soon.</text></Declaration>"
    "<Declaration><Participant>Chile</Participant><text type='title'>Declarations:</text>"
    "<text type='para'>Chile declares that it applies article 1 at once.</text></Declaration></Declarations>"
    "<DeclarationsUnderArticle><Title>Declarations made under article 18</Title>"
    "<Title>(Declaration of provisional application)</Title><Declaration><Participant>Austria</Participant>"
    "<text type='para' /></Declaration><Declaration><Participant>Chile</Participant><text type='para' />"
    "</Declaration></DeclarationsUnderArticle>"
)


def test_a_status_page_kept_as_the_treaty_collection_s_xml_is_read_through_its_rendering(tmp_path):
    page = tmp_path / "XXVI-6.en.xml"
    page.write_bytes(mtdsg_xml(DECLARATIONS))
    rendering = render.render(page)
    assert (rendering.kind, rendering.derived) == ("xml", True)
    assert "<" not in rendering.text and "Côte d'Ivoire ^1\t4 Dec 2008\t12 Mar 2012" in rendering.text
    record = untc_status.parse(rendering.text)
    assert (record.treaty, record.stated_parties, record.entry_into_force) == ("ccm", 4, dt.date(2010, 8, 1))
    assert {(p.state, p.signature, p.consent) for p in record.participants} >= {
        ("CIV", dt.date(2008, 12, 4), dt.date(2012, 3, 12))
    }
    assert [(d.state, d.kind, d.date, d.upon) for d in record.declarations] == [
        ("AUT", "declaration", dt.date(2009, 4, 2), "ratification"),  # an understanding, under the rubric
        ("BEL", "declaration", dt.date(2008, 12, 3), "signature"),  # "Upon signature:" above its heading
        ("CHL", "declaration", dt.date(2010, 12, 16), "ratification"),  # "Declarations:" under its name
        ("AUT", "declaration", None, None),  # listed under the article's title
        ("CHL", "declaration", None, None),
        ("CIV", "note", None, None),
    ]
    for entry in record.declarations:
        assert rendering.text[entry.span.start : entry.span.end] in (entry.text, "Austria", "Chile")


def test_a_damaged_treaty_collection_xml_is_one_line_naming_the_file(tmp_path):
    page = tmp_path / "XXVI-6.en.xml"
    page.write_bytes(mtdsg_xml().replace(b"</Rows>", b""))
    with pytest.raises(InputError, match=r"XXVI-6\.en\.xml: damaged Treaty Collection XML"):
        render.render(page)


def test_a_treaty_collection_xml_builds_and_its_declarations_are_queried(tmp_path):
    page = tmp_path / "XXVI-6.en.xml"
    page.write_bytes(mtdsg_xml(DECLARATIONS))
    store = tmp_path / "store"
    result = cli("build", "--store", store, page)
    assert result.exit_code == 0, result.output + result.stderr
    out = cli("query", "declarations", "--store", store, "--format", "csv").output
    rows = {(r["state"], r["kind"], r["date"]) for r in csv.DictReader(io.StringIO(out))}
    assert ("BEL", "declaration", "2008-12-03") in rows and ("AUT", "declaration", "") in rows


def test_a_protocol_s_xml_page_its_consents_to_be_bound_and_a_date_under_a_state_s_name():
    xml = (
        mtdsg_xml(
            "<Declarations><Title>Declarations and Reservations</Title><Title>(Unless otherwise indicated, the "
            "declarations and reservations were made upon consent to be bound or succession.)</Title>"
            "<Declaration><Participant>Austria</Participant><text type='title'>Declaration:</text>"
            "<text type='para'>Austria understands widgets as devices.</text></Declaration>"
            "<Declaration><Participant>Chile</Participant><text type='para'>19 October 2010</text>"
            "<text type='title'>Reservation:</text><text type='para'>Chile reserves the right to keep widgets.</text>"
            "</Declaration></Declarations>"
        )
        .decode("latin-1")
        .replace(
            "<Numsect>6</Numsect><Titlesect>Convention on Cluster Munitions</Titlesect>",
            "<Numsect>2</Numsect><Subnumsect>b</Subnumsect><Subtitlesect>Protocol on Prohibitions or Restrictions on "
            "the Use of Mines, Booby-Traps and Other Devices as amended on 3 May 1996</Subtitlesect>",
        )
        .replace("Ratification, Acceptance(A), Approval(AA), Accession(a)", "Succession(d), Consent to be bound(P)")
    )
    for consent in ("2 Apr 2009", "22 Dec 2009", "16 Dec 2010", "12 Mar 2012"):
        xml = xml.replace(f"<Entry>{consent}</Entry>", f"<Entry>{consent} P</Entry>")
    rendering = render.render_bytes(xml.encode("utf-8"), Path("XXVI-2-b.en.xml"))
    assert rendering.text.splitlines()[2].startswith("2 b Protocol on Prohibitions")
    record = untc_status.parse(rendering.text)
    assert record.treaty == "ccw-p2-amended"
    assert [(d.state, d.kind, d.date, d.upon) for d in record.declarations][:2] == [
        ("AUT", "declaration", dt.date(2009, 4, 2), "consent-to-be-bound"),  # the rubric's act
        ("CHL", "reservation", dt.date(2010, 10, 19), None),  # the date under the state's name
    ]


def test_a_note_is_dated_by_the_date_its_own_sentence_opens_with():
    from treatykg.loaders.untc_declarations import NOTE_DATE

    assert (
        NOTE_DATE.search("On 30 March 2031, the Government of Ruritania made a communication.")["date"]
        == "30 March 2031"
    )
    assert NOTE_DATE.search("On behalf of the Kingdom. Subsequently, on 21 February 2031, the Government informed")
    assert NOTE_DATE.search("On 4 December 2031: Extension to the following territories")
    # a date cited inside a sentence is not the note's
    assert NOTE_DATE.search("The text can be found in C.N.121.2031 of 31 March 2031.") is None
    assert NOTE_DATE.search("the declaration was deemed accepted for deposit on 19 October 2031.") is None


def test_treaty_collection_xml_with_a_bare_ampersand_several_marks_and_a_definitive_signature(tmp_path):
    page = tmp_path / "XXVII-9.en.xml"
    xml = mtdsg_xml().decode("latin-1")
    xml = xml.replace("Chile</Entry>", "Chile&lt;superscript&gt;2,3&lt;/superscript&gt;</Entry>")
    xml = xml.replace("<Entry>16 Dec 2010</Entry>", "<Entry>16 Dec 2010 s</Entry>")
    xml = xml.replace("Approval(AA), Accession(a)", "Approval(AA), Accession(a), Definitive signature(s)")
    xml = xml.replace("<text>With a note on its name.</text>", "<text>& the Government wishes it extended.</text>")
    page.write_bytes(xml.encode("latin-1"))
    rendering = render.render(page)  # the bare "&" (a curly quote's remains) no longer damages the file
    assert "Chile ^2,3\t3 Dec 2008\t16 Dec 2010 s" in rendering.text
    chile = next(p for p in untc_status.parse(rendering.text).participants if p.state == "CHL")
    assert (chile.consent, chile.consent_type) == (dt.date(2010, 12, 16), "definitive-signature")


def test_a_treaty_collection_xml_of_a_numbered_template_is_read_as_its_xml(tmp_path):
    page = tmp_path / "XVIII-15.en.xml"
    page.write_bytes(mtdsg_xml().replace(b"<Template>mtdsg</Template>", b"<Template>mtdsg3</Template>"))
    rendering = render.render(page)
    assert rendering.kind == "xml" and "Austria\t3 Dec 2008\t2 Apr 2009" in rendering.text


# A made-up page: a note's mark on a state's name heading its entries, a note two rows share, headings that name two
# kinds or announce them in a sentence, and "Statements of understanding".
MARKED_PAGE = """CHAPTER XXVI
DISARMAMENT
6. Convention on Cluster Munitions
Dublin, 30 May 2008

Participant	Signature	Ratification, Accession(a), Succession(d)
Belgium	3 Dec 2008	22 Dec 2009
Croatia 2		4 May 2010 d
Ireland	3 Dec 2008	3 Dec 2008
Norway	3 Dec 2008	3 Dec 2008
Slovenia 2		6 Jun 2011 d
Spain	3 Dec 2008	17 Jun 2009
Sweden	3 Dec 2008	23 Apr 2012

Declarations and Reservations
(Unless otherwise indicated, the declarations and reservations were made upon ratification, accession or succession.)

Belgium ^3
12 March 2031
Reservation:
Belgium reserves the right to keep a few widgets for training.
Statements of understanding:
It is understood that a widget is not a munition.

Ireland
Reservation and declarations:
Ireland reserves the right to count widgets. It declares that widgets are small.

Norway
I. The Parliament's consent is subject to the following reservation:
Norway reserves the right to paint widgets.

Spain
The Government notes that it has received the following communication:
Text of a communication from another Government about Spain.

Notes:
2 The former Ruritania had signed the Convention on 1 June 2008.
3 On 9 April 2031, the Secretary-General received the reservation for deposit.
4 A note whose number no row and no heading carries.
"""


def test_a_note_marked_on_a_heading_or_shared_by_rows_is_each_bearer_s():
    notes = [(d.state, d.mark, d.date) for d in untc_status.parse(MARKED_PAGE).declarations if d.kind == "note"]
    assert notes == [
        ("HRV", 2, None),  # both rows carry note 2: each one's note
        ("SVN", 2, None),
        ("BEL", 3, dt.date(2031, 4, 9)),  # "Belgium ^3" heading its entries; its date as it is this one's alone
    ]


def test_headings_that_name_two_kinds_announce_them_or_call_them_statements_of_understanding():
    found = [(d.state, d.kind, d.date) for d in untc_status.parse(MARKED_PAGE).declarations if d.kind != "note"]
    assert found == [
        ("BEL", "reservation", dt.date(2031, 3, 12)),
        ("BEL", "declaration", dt.date(2031, 3, 12)),  # "Statements of understanding:"
        ("IRL", "reservation", dt.date(2008, 12, 3)),  # "Reservation and declarations:": one of each
        ("IRL", "declaration", dt.date(2008, 12, 3)),
        ("NOR", "reservation", dt.date(2008, 12, 3)),  # "… subject to the following reservation:"
        # Spain's "has received the following communication:" announces no kind of its own: the section's
        ("ESP", "declaration", dt.date(2009, 6, 17)),
    ]


def test_a_note_s_lines_that_open_with_dates_of_their_own_are_notes_of_their_own():
    page = MARKED_PAGE.replace(
        "3 On 9 April 2031, the Secretary-General received the reservation for deposit.\n",
        "3 On 9 April 2031: Extension to the widget islands.\nOn 2 May 2032: Extension to the widget reefs.\n"
        "The Government said on 5 June 2033 that more may follow.\n23 July 2034\nTerritorial application to the keys.\n",
    )
    notes = [(d.state, d.date, d.text[:12]) for d in untc_status.parse(page).declarations if d.mark == 3]
    assert notes == [
        ("BEL", dt.date(2031, 4, 9), "On 9 April 2"),
        # a date inside a line's sentence starts no note of its own
        ("BEL", dt.date(2032, 5, 2), "On 2 May 203"),
        ("BEL", dt.date(2034, 7, 23), "23 July 2034"),  # a date alone on a line: not a note numbered 23
    ]


def test_an_entry_right_below_the_table_whose_section_lost_its_title():
    table, _ = MARKED_PAGE.split("Declarations and Reservations\n", 1)
    page = table + "Sweden\nDeclaration:\nSweden understands widgets as tools.\n\nNotes:\n4 A note of no row.\n"
    record = untc_status.parse(page)
    assert [(d.state, d.kind) for d in record.declarations] == [("SWE", "declaration")]
    assert "SWE" in {p.state for p in record.participants} and not record.unresolved
    # a line that names no state above such a heading is no entry
    other = table + "Widget makers\nDeclaration:\nThey understand widgets as tools.\n\nNotes:\n4 A note.\n"
    assert untc_status.parse(other).declarations == ()
