"""The letter loader on the sample (a cover letter enclosing a ministry's letter) and on an unseen letter."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import cli, corpus_text

from treatykg.api import KnowledgeGraph
from treatykg.loaders import detect, explanation_of_vote, letter

UNSEEN = """PERMANENT MISSION OF JAPAN TO THE CONFERENCE ON DISARMAMENT
GENEVA

Ref: DIS/2012/118

3 May 2012

Dear Ms. Wareham,

With reference to your letter dated 2 April 2012 addressed to the Minister for Foreign Affairs of Japan,
I have the honour to reply as follows.

Japan ratified the Convention on Cluster Munitions in 2009. Japan has never used cluster munitions.
We support the universalization of the Convention on Cluster Munitions and call upon all States to
address the humanitarian consequences of these weapons.

Yours faithfully,

(Kenji Tanaka)
Ambassador
Permanent Mission of Japan

Ms. Mary Wareham,
Advocacy Director, Arms Division, Human Rights Watch,
350 Fifth Avenue, New York, NY 10118
"""


def test_sample_is_detected_by_content():
    assert detect(corpus_text("001")) is letter
    assert explanation_of_vote.detect(corpus_text("001")) == 0


def test_cover_letter():
    cover, enclosed = letter.parse(corpus_text("001")).letters
    assert cover.date == dt.date(2009, 2, 24) and cover.reference == "No.Pol.9/4/09"
    assert cover.sender.organisation == "Embassy of Pakistan" and cover.speaks_for == "PAK"
    assert cover.author.name == "Mumtaz Zahra Baloch"
    assert [(r.title, r.organisation) for r in cover.author.roles] == [("Counsellor", "Embassy of Pakistan")]
    assert cover.recipient.name == "Stephen D. Goose"
    assert [(r.title, r.organisation_key) for r in cover.recipient.roles] == [
        ("Executive Director, Arms Division", "hrw"),
        ("Editor", "monitor"),
        ("Co-Chair", "cmc"),
        (None, "hrw"),
    ]
    assert cover.encloses == (1,)
    assert cover.in_reply_to.date == dt.date(2009, 1, 30)
    assert cover.in_reply_to.addressee == "the Foreign Minister of Pakistan"
    assert cover.positions == ()


def test_enclosed_ministry_letter():
    _, enclosed = letter.parse(corpus_text("001")).letters
    assert enclosed.date == dt.date(2009, 2, 16) and enclosed.reference is None
    assert enclosed.speaks_for == "PAK" and enclosed.sender.organisation == "Ministry of Foreign Affairs"
    assert enclosed.author.name == "Irfan Yusuf Shami"
    assert [(r.title, r.organisation, r.state) for r in enclosed.author.roles] == [
        ("Director General (Disarmament)", "Ministry of Foreign Affairs", "PAK")
    ]
    assert len(enclosed.recipient.roles) == 4
    assert enclosed.in_reply_to.date == dt.date(2009, 1, 30)
    assert [(s.state, s.treaty, s.status) for s in enclosed.participation] == [("PAK", "ccw", "party")]
    assert enclosed.encloses == ()


def test_the_answered_letter_is_one_node_for_both_letters(tmp_path):
    from treatykg.build import load_document
    from treatykg.mapping import map_source
    from treatykg.sources import read
    from treatykg.vocab import TKG

    path = tmp_path / "letter.txt"
    path.write_text(corpus_text("001"), encoding="utf-8")
    record, source = load_document(read(path, path.name))
    quads = map_source(source, record)
    replied = {q.object.value for q in quads if q.predicate.value == str(TKG.inReplyTo)}
    assert len(replied) == 1
    (node,) = replied
    dates = [q.object.value for q in quads if q.subject.value == node and q.predicate.value.endswith("/terms/date")]
    assert set(dates) == {"2009-01-30"}


def test_unseen_letter_from_another_mission():
    assert detect(UNSEEN) is letter
    (only,) = letter.parse(UNSEEN).letters
    assert only.date == dt.date(2012, 5, 3) and only.reference == "Ref: DIS/2012/118"
    assert only.speaks_for == "JPN"
    assert only.author.name == "Kenji Tanaka"
    assert only.author.roles[0].title == "Ambassador"
    assert only.recipient.name == "Mary Wareham"
    assert [(r.title, r.organisation_key) for r in only.recipient.roles] == [
        ("Advocacy Director, Arms Division", "hrw")
    ]
    assert only.in_reply_to.date == dt.date(2012, 4, 2) and only.in_reply_to.addressee_state == "JPN"
    pairs = {(p.stance, p.topic) for p in only.positions}
    assert ("has-never", "own-use") in pairs and ("supports", "ccm") in pairs
    assert [(s.treaty, s.status) for s in only.participation] == [("ccm", "party")]


NOTE = """{head}

12 March 2004

ICT/DIS/77/04

The {sender} presents its compliments to the Landmine Monitor, Human Rights Watch, and has the honour
to inform it that Chile destroyed its stockpile of anti-personnel mines in 2003.
"""


def test_a_note_verbale_is_a_letter_of_the_body_it_opens_with():
    text = NOTE.format(
        head="Ministry of Foreign Affairs", sender="Ministry of Foreign Affairs of the Republic of Chile"
    )
    assert detect(text) is letter
    (note,) = letter.parse(text).letters
    assert (note.speaks_for, note.date, note.reference) == ("CHL", dt.date(2004, 3, 12), "ICT/DIS/77/04")
    assert note.recipient.name.startswith("Landmine Monitor")


def test_a_note_verbale_in_the_third_person_states_its_government_s_positions():
    text = (
        NOTE.format(head="Ministry of Foreign Affairs", sender="Ministry of Foreign Affairs of the Republic of Chile")
        + "The Ministry welcomes the Arms Trade Treaty. Peru opposes the Convention on Cluster Munitions.\n"
    )
    (note,) = letter.parse(text).letters
    assert [(p.state, p.stance, p.topic, p.modality) for p in note.positions] == [("CHL", "supports", "att", "stated")]
    assert "note verbale in the third person" in note.positions[0].rule
    assert note.positions[0].quote == "The Ministry welcomes the Arms Trade Treaty."
    as_a_letter = text.replace(
        "The Ministry of Foreign Affairs of the Republic of Chile presents its compliments", "Dear Sir,\n\nWe write"
    )
    assert all("third person" not in p.rule for p in letter.parse(as_a_letter).letters[0].positions)


def test_a_note_opened_by_no_government_body_speaks_for_nobody():
    text = NOTE.format(head="Landmine Monitor", sender="Campaign of Chile against Landmines")
    (note,) = letter.parse(text).letters
    assert note.speaks_for is None


def test_a_note_whose_letterhead_names_another_state_speaks_for_nobody():
    text = NOTE.format(head="EMBASSY OF PERU", sender="Ministry of Foreign Affairs of the Republic of Chile")
    (note,) = letter.parse(text).letters
    assert note.speaks_for is None


REPLY = """New Zealand Ministry of Foreign Affairs
15 May 2023
DIS 40211
Tēnā koe Ms Smith
We refer to your email of 2 March 2023 in which you request the following under the
Official Information Act:
New Zealand ratified the Convention on Cluster Munitions in 2009.
"""


def test_a_maori_greeting_opens_a_letter_and_an_office_number_is_its_reference():
    assert detect(REPLY) is letter
    (reply,) = letter.parse(REPLY).letters
    assert (reply.speaks_for, reply.date, reply.reference) == ("NZL", dt.date(2023, 5, 15), "DIS 40211")


def test_the_addressee_s_quoted_request_is_not_the_writer_s_word():
    record = letter.parse(REPLY)
    assert record.letters[0].participation == ()
    assert any("addressee's words" in note for note in record.missing)
    unquoted = REPLY.replace("in which you request the following under the\nOfficial Information Act:", "and note:")
    assert [p.state for p in letter.parse(unquoted).letters[0].participation] == ["NZL"]


def test_a_postcode_or_box_line_is_no_reference():
    for line in ("BOX 12345", "NY 10118", "Wellington 6160", "CCW/MSP/2008/4"):
        text = f"EMBASSY OF CHILE\n{line}\n3 May 2012\n\nDear Sir,\n\nWe write to you.\n\nYours sincerely,\n"
        assert letter.parse(text).letters[0].reference is None, line


def test_an_address_run_onto_one_line_still_names_the_recipient_state():
    text = (
        "THE SECRETARY-GENERAL\n\n2 May 2017\n\nExcellency,\n\nI encourage your country to join the Convention.\n\n"
        "Please accept, Excellency, the assurances of my highest consideration.\n\nAntonio Guterres\n\n"
        "His Excellency Mr. Tomas Ruiz President of the Republic of Paraguay Asuncion\n"
    )
    (sent,) = letter.parse(text).letters
    assert [role.state for role in sent.recipient.roles] == ["PRY"] and sent.recipient.name == "Mr. Tomas Ruiz"
    assert sent.speaks_for is None


def test_a_state_glued_to_the_town_before_it_in_a_run_on_address_is_read():
    text = (
        "H. E. Mr. Jan Nowak Minister of Foreign Affairs Ministry of Foreign Affairs Al. Szucha 23 00-580 WarsawPoland\n"
        "3 December 2007\nDear Mr. Minister,\nI am writing on behalf of our campaign. Please join the treaty.\n"
        "Yours sincerely,\nAnna Smith\nCoordinator\n"
    )
    (sent,) = letter.parse(text).letters
    assert [role.state for role in sent.recipient.roles] == ["POL"] and sent.speaks_for is None


def test_an_office_before_a_name_opens_the_address_and_a_spaced_abbreviation_names_the_state():
    text = (
        "June 4, 2001\n\nSecretary of State Jane Roe\n\nU. S. Department of State\n\n2201 C St. NW\n\n"
        "Dear Secretary Roe:\n\nWe urge you to attend the conference.\n\nSincerely,\n\nAnna Smith\nDirector\n"
    )
    (sent,) = letter.parse(text).letters
    assert [role.state for role in sent.recipient.roles if role.state] == ["USA"] and sent.speaks_for is None
    assert sent.recipient.name == "Jane Roe"
    signed = text.replace("Director", "President and Chief Executive")  # an office without a name after it
    assert letter.parse(signed).letters[0].author.name == "Anna Smith"


CAMPAIGN = (
    "Dear Friends,\nPlease send the letter below to the Embassy before 1 March.\n\n{heading}\n{date}\n"
    "HE Ambassador John Doe\nEmbassy of the Republic of Chile\n12 Moonah Place\nCanberra ACT 2600\n"
    "Excellency:\nI am writing on behalf of {sender} to urge Chile to accede to the Mine Ban Treaty.\n"
)


def test_an_office_that_does_not_name_its_state_names_the_addressee_never_the_writer():
    text = (
        "March 3, 2010\n\nPresident Jane Roe\nThe White House\n1600 Pennsylvania Avenue, NW\n\nDear President Roe:"
        "\n\nWe urge you to join the Mine Ban Treaty.\n\nSincerely,\n\nAnna Smith\nNobel Peace Laureate\n"
    )
    (sent,) = letter.parse(text).letters
    assert [role.state for role in sent.recipient.roles if role.state] == ["USA"] and sent.speaks_for is None
    signed = (
        "THE WHITE HOUSE\n\nMarch 3, 2010\n\nDear Ms. Smith:\n\nThank you for your letter.\n\nSincerely,\n\nJane Roe\n"
    )
    assert letter.parse(signed).letters[0].speaks_for is None  # an office's name is no evidence of who writes


@pytest.mark.parametrize("glue", [", ", ","])  # a text layer may drop the space after the comma
def test_a_salutation_run_on_with_the_body_and_an_addressee_after_to(glue):
    text = (
        "Advocacy letter\n\nTo: Rt Hon Jane Roe MP, UK Prime Minister\n\n22 January 2021\n\nDear Prime Minister"
        f"{glue}The Treaty becomes law today. We urge you to sign it.\n\nYours sincerely,\n\nAnna Smith\n"
    )
    assert detect(text) is letter
    (sent,) = letter.parse(text).letters
    assert sent.date == dt.date(2021, 1, 22) and sent.speaks_for is None
    assert [role.state for role in sent.recipient.roles if role.state] == ["GBR"]


def test_a_letter_printed_in_a_parliament_s_record_does_not_take_the_sitting_s_date():
    text = (
        "House debates\n\nMonday, 2 June 2008\n\nPetitions\n\nDear Mrs Roe\n\nThank you for your letters about "
        "cluster munitions.\n\nYours sincerely\n\nJohn Doe\n"
    )
    record = letter.parse(text)
    assert record.letters[0].date is None and "the record it is printed in" in record.missing[0]
    assert letter.parse(text.replace("House debates\n\n", "")).letters[0].date == dt.date(2008, 6, 2)


def test_a_model_letter_for_others_to_send_is_no_one_s_letter():
    with pytest.raises(ValueError, match="template"):
        letter.parse(CAMPAIGN.format(heading="DRAFT/MODEL LETTER", date="3 May 2001", sender="our group"))
    with pytest.raises(ValueError, match="template"):  # a blank date and a blank sender to fill in
        letter.parse(CAMPAIGN.format(heading="", date="Date:", sender="..............."))


def test_an_embassy_below_his_excellency_is_the_addressee_never_the_sender():
    record = letter.parse(CAMPAIGN.format(heading="", date="3 May 2001", sender="our group"))
    assert all(sent.speaks_for is None and not sent.positions for sent in record.letters)
    assert [role.state for role in record.letters[-1].recipient.roles if role.state] == ["CHL"]


NGO_TO_EMBASSY = """{line}
Your Excellency,
We call on your Government to join the Convention on Cluster Munitions.
Sincerely yours,
Kaori Sato
Japan Campaign to Ban Landmines
"""


def test_an_ngo_letter_headed_by_an_embassy_is_addressed_to_that_state():
    (sent,) = letter.parse(NGO_TO_EMBASSY.format(line="Embassy of the Republic of Chile in Japan")).letters
    assert sent.speaks_for is None and [role.state for role in sent.recipient.roles] == ["CHL"]


def test_an_ngo_s_own_office_line_is_no_addressee():
    (sent,) = letter.parse(NGO_TO_EMBASSY.format(line="Office for Chile, Japan Campaign to Ban Landmines")).letters
    assert sent.speaks_for is None and not [role.state for role in sent.recipient.roles if role.state]


NGO_WITH_COPIES = """Letter on cluster munitions

12 March 2019

The Honourable Taro Kono
Minister for Foreign Affairs

Dear Minister,

We write to urge Japan to do more on clearance under the Convention on Cluster Munitions.

Yours sincerely,

Jane Doe
Director, Landmine Action Network

{copy} Ministry of Foreign Affairs of Japan, Arms Control Division

Mr. Ken Sato, Ambassador of Japan to the Conference on Disarmament
"""


@pytest.mark.parametrize("copy", ["cc:", "CC:", "c.c.", "Copy to:", "Copies:"])
def test_the_readers_a_letter_is_copied_to_are_neither_its_writer_nor_its_addressee(copy):
    (sent,) = letter.parse(NGO_WITH_COPIES.format(copy=copy)).letters
    assert sent.speaks_for is None
    assert [role.state for role in sent.author.roles] == [None]
    assert sent.recipient.name == "Taro Kono"


NGO_TO_AN_ADDRESS = """Letter on the Arms Trade Treaty

16 May 2007

{block}

Dear Sir or Madam,

We write to urge the Government to support an Arms Trade Treaty.

Yours sincerely,

Jane Doe
Director, Arms Control Network
"""


@pytest.mark.parametrize(
    ("block", "state"),
    [
        ("The Honourable Peter Smith\nMinister of Foreign Affairs\n125 Sussex Drive\nOttawa, ON K1A 0G2", "CAN"),
        ("President Barack Obama\n1600 Pennsylvania Avenue, NW\nWashington, DC 20500", "USA"),
        ("Prime Minister Jane Roe\nOffice of the Prime Minister\n80 Main Street\nOttawa ON\nK1A 0A2", "CAN"),
        ("The Hon. Ann Lee MP\nMinister for Foreign Affairs\nParliament House\nCanberra ACT 2600", "AUS"),
    ],
)
def test_an_addressee_holding_a_government_office_is_of_the_state_whose_postal_code_the_address_carries(block, state):
    (sent,) = letter.parse(NGO_TO_AN_ADDRESS.format(block=block)).letters
    assert sent.speaks_for is None
    assert [role.state for role in sent.recipient.roles if role.state] == [state]


@pytest.mark.parametrize(
    "block",
    [
        "Ms. Ann Lee\nExecutive Director\nMines Action Canada\n1 Nicholas Street\nOttawa, ON K1N 7B7",
        "H.E. Mr. Ken Sato\nAmbassador Extraordinary and Plenipotentiary\n2520 Massachusetts Avenue\nWashington, DC 20008",
        "Mr. Ken Sato\nMinister-Counsellor\n255 Sussex Drive\nOttawa, ON K1N 9E6",
        "His Excellency Mr. Ban Ki-moon\nSecretary-General\n405 East 42nd Street\nNew York, NY 10017",
        "Mr. Paul Roe\nPresident of the Conference\n1 Main Street\nOttawa, ON K1A 0G2",
        "The Honourable Peter Smith\nMinister of Foreign Affairs\n125 Sussex Drive\nOslo",
    ],
)
def test_no_state_is_read_from_an_address_whose_addressee_is_not_at_home_in_a_government_or_whose_code_names_none(
    block,
):
    (sent,) = letter.parse(NGO_TO_AN_ADDRESS.format(block=block)).letters
    assert not [role.state for role in sent.recipient.roles if role.state]


NGO_TO_A_GOVERNMENT = """{head}

12 March 2019

Dear {greeting},

{body}

Yours sincerely,

Jane Doe
"""


@pytest.mark.parametrize(
    ("head", "greeting", "body"),
    [
        ("To: Ministry of Foreign Affairs of Japan", "Sir or Madam", "We hope for more clearance."),
        ("ATTN: MINISTRY OF FOREIGN AFFAIRS OF JAPAN", "Sir or Madam", "We hope for more clearance."),
        ("Attention: Permanent Mission of Japan to the United Nations", "Ambassador", "Thank you for your support."),
        ("For the attention of the Embassy of Japan", "Ambassador", "Thank you for your support."),
        ("Ministry of Foreign Affairs of Japan\nTokyo", "Minister", "We urge Japan to join the Convention."),
        ("Ministry of Foreign Affairs of Japan\nTokyo", "Minister", "We call upon the Government of Japan to join."),
    ],
)
def test_a_government_office_marked_or_urged_as_the_addressee_is_never_the_writer(head, greeting, body):
    (sent,) = letter.parse(NGO_TO_A_GOVERNMENT.format(head=head, greeting=greeting, body=body)).letters
    assert sent.speaks_for is None and sent.sender is None
    assert [role.state for role in sent.recipient.roles if role.state] == ["JPN"]


def test_a_government_s_letterhead_still_speaks_for_it_where_it_urges_another_state():
    text = NGO_TO_A_GOVERNMENT.format(
        head="Ministry of Foreign Affairs of Japan\nTokyo", greeting="Minister", body="We urge Israel to join."
    )
    (sent,) = letter.parse(text).letters
    assert sent.speaks_for == "JPN"


SIGNED = """Open letter on nuclear disarmament

12 March 2019

Dear Secretary-General,

We support the Treaty on the Prohibition of Nuclear Weapons.

Yours sincerely,

Kenji Tanaka
{post}
"""


@pytest.mark.parametrize(
    ("post", "state"),
    [
        ("Permanent Representative of Japan to the United Nations", "JPN"),
        ("Ambassador of Japan (ret.)", None),
        ("Ministry of Foreign Affairs of Japan (retired)", None),
        ("Former Permanent Representative of Japan to the United Nations", None),
        ("formerly Permanent Representative of Japan to the United Nations", None),
    ],
)
def test_a_signer_speaks_for_a_state_only_from_a_post_held(post, state):
    (sent,) = letter.parse(SIGNED.format(post=post)).letters
    assert sent.speaks_for == state


def test_the_person_greeted_is_never_the_signer_even_when_the_signature_is_missing():
    text = corpus_text("001")
    damaged = text.replace("(Mumtaz Zahra Baloch)\nCounsellor\n", "", 1)
    assert damaged != text
    cover, _enclosed = letter.parse(damaged).letters
    assert cover.author is None or cover.author.name is None or "Goose" not in cover.author.name
    assert cover.recipient.name == "Stephen D. Goose"


CIRCULATED = (
    "United Nations A/62/999 Distr.: General 9 October 2007 General Assembly Sixty-second session Agenda item 17 "
    "Letter dated 5 October 2007 from the Permanent Representative of Chile to the United Nations addressed to the "
    "Secretary-General I have the honour to inform you that my Government reaffirms its commitment to an "
    "international ban on cluster munitions. Chile has ratified the Convention on Cluster Munitions. "
    "(Signed) Ana Ruiz Ambassador Permanent Representative "
    "Annex to the letter dated 5 October 2007 Peru opposes a ban on cluster munitions."
)


def test_a_letter_the_un_circulates_is_its_writer_s_by_its_title():
    assert detect(CIRCULATED) is letter
    (written,) = letter.parse(CIRCULATED).letters
    assert (written.speaks_for, written.date, written.author.name) == ("CHL", dt.date(2007, 10, 5), "Ana Ruiz")
    assert written.recipient.roles[0].title == "Secretary-General"
    assert {(p.state, p.stance, p.topic) for p in written.positions} == {("CHL", "supports", "ban")}  # not the annex's
    assert {(c.treaty, c.status) for c in written.participation} == {("ccm", "party")}


@pytest.mark.parametrize(
    "title",
    [
        # a chargé d'affaires of the mission, the title wrapped inside the writer's post
        "Letter dated 20 July 2023 from the Chargé d\u2019affaires a.i. of the\nPermanent Mission of Chile to the "
        "United Nations\naddressed to the Secretary-General and the President of the\nSecurity Council",
        # the state's name wrapped
        "Letter dated 20 July 2023 from the Permanent Representative of the\nRepublic of Chile to the United Nations "
        "addressed to the Secretary-General",
        # words glued where a PDF's lines met, and "and to the President"
        "Letter dated 20 July 2023 from the PermanentRepresentative of Chile to the United Nationsaddressed to the "
        "Secretary-General and to the President of theSecurity Council",
    ],
)
def test_a_circulated_letter_s_title_wrapped_over_lines_still_gives_its_date_writer_and_addressee(title):
    text = (
        "Distr.: General\n27 July 2023\nOriginal: English\n" + title + "\nI have the honour to inform you that my "
        "Government reaffirms its commitment to a ban on cluster munitions.\n(Signed) Ana Ruiz\n"
    )
    (written,) = letter.parse(text).letters
    assert (written.speaks_for, written.date) == ("CHL", dt.date(2023, 7, 20))  # not the distribution date
    assert [role.title for role in written.recipient.roles] == ["Secretary-General"]
    assert not any(role.state for role in written.recipient.roles)


@pytest.mark.parametrize(
    "addressee",
    # a body's secretariat the title reads, and an addressee it does not: the title is still no addressee's line
    ["the Secretariat of the\nCommission on Human Rights", "the Special Rapporteur on the\nsituation of human rights"],
)
def test_a_circulated_note_verbale_s_title_is_no_addressee_and_gives_the_date_over_the_issue_date(addressee):
    text = (
        "Economic and Social Council\n11 April 2001\n\nOriginal: ENGLISH\n\nNote verbale dated 5 April 2001 from the "
        "Permanent Mission of Chile to the\nUnited Nations Office at Geneva addressed to " + addressee + "\n\n"
        "The Permanent Mission of Chile to the United Nations Office at Geneva presents its compliments to the "
        "secretariat and has the honour to communicate the following information.\n\nThe Government of Chile "
        "welcomes the Arms Trade Treaty.\n"
    )
    (note,) = letter.parse(text).letters
    assert (note.speaks_for, note.date) == ("CHL", dt.date(2001, 4, 5))
    assert not any(role.state for role in note.recipient.roles)


def test_a_circulated_note_verbale_of_a_government_states_its_positions_in_the_third_person():
    text = (
        "Preparatory Committee Second session Note verbale dated 20 April 2018 from the Government of Chile to the "
        "Conference on Disarmament addressed to the Chair of the Committee Working paper submitted by Chile The "
        "Government of Chile presents its compliments to the Chair and has the honour to transmit the text. The "
        "Government of Chile welcomes the Arms Trade Treaty.\n"
    )
    assert detect(text) is letter
    (note,) = letter.parse(text).letters
    assert (note.speaks_for, note.date) == ("CHL", dt.date(2018, 4, 20))
    assert ("CHL", "supports", "att") in {(p.state, p.stance, p.topic) for p in note.positions}


def test_a_depositary_notification_quoting_a_state_s_note_is_not_that_state_s_letter():
    text = (
        "Reference: C.N.49.2031.TREATIES-XVI.1 (Depositary Notification)\n\nCONVENTION ON WIDGETS\n\n"
        "CHILE: COMMUNICATION\nThe Secretary-General of the United Nations, acting in his capacity as depositary, "
        "communicates the following:\n(Original: English)\nThe Permanent Mission of Chile to the United Nations presents "
        "its compliments to the Secretary-General of the United Nations and has the honour to refer to the Convention. "
        "Chile rejects the accession.\n\n23 January 2031\n"
    )
    assert letter.detect(text) == 0
    # the same note on its own is Chile's
    note = text.split("communicates the following:\n", 1)[1]
    assert letter.detect(note) > 0 and letter.parse(note).letters[0].speaks_for == "CHL"


def test_a_document_that_only_refers_to_a_circulated_letter_is_not_one():
    text = "Taking note of the letter dated 5 October 2007 from the Permanent Representative of Chile to the United "
    text += "Nations addressed to the Secretary-General, the Assembly decides to continue its work."
    assert letter.detect(text) == 0


def test_a_note_whose_letterhead_the_rendering_ran_into_its_opening_is_read():
    text = (
        "Misión Permanente de Chile en GinebraThe Permanent Mission of Chile to the United Nations Office, in its "
        "capacity as Co-Chair, present their compliments to the States Parties to the Convention, on the occasion of "
        "submitting the Report. Chile would like to encourage States Parties to designate a focal point for victim "
        "assistance.\n"
    )
    assert detect(text) is letter
    (note,) = letter.parse(text).letters
    assert note.speaks_for == "CHL"
    assert {(p.stance, p.topic) for p in note.positions} == {("supports", "humanitarian-concerns")}


def test_a_page_titled_letter_to_a_state_is_addressed_to_that_state_and_attributes_nothing_to_it(tmp_path):
    text = (
        "Letter to Georgia\n\nPresident Mikhail Saakashvili\n7 Ingorokva Street\nTbilisi 0105\n\n3 September 2008\n\n"
        "Dear President Saakashvili,\n\nWe are writing to express our concern about Georgia's use of cluster munitions. "
        "We urge Georgia to join the Convention on Cluster Munitions.\n\nSincerely,\n\nSteve Goose\nHuman Rights Watch\n"
    )
    (written,) = letter.parse(text).letters
    assert {role.state for role in written.recipient.roles} == {"GEO"}
    assert written.speaks_for is None and not written.positions  # a letter to a state is not its word
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "to-georgia.txt").write_text(text, encoding="utf-8")
    built = cli("build", tmp_path / "docs", "--store", tmp_path / "store")
    assert built.exit_code == 0, built.stderr


def test_a_page_titled_letter_to_an_official_of_a_government_office_is_addressed_to_that_government():
    text = (
        "Letter to A B MP, Parliamentary Under-secretary of State, Foreign and Commonwealth Office\n\nA B MP\n"
        "King Charles Street\n\n25 August 2031\n\nDear A,\nI am writing about the Arms Trade Treaty. The United "
        "Kingdom supports a strong treaty.\n\nYours sincerely,\n\nC D\n"
    )
    (written,) = letter.parse(text).letters
    assert {role.state for role in written.recipient.roles} == {"GBR"}
    assert written.speaks_for is None and not written.positions
    untitled = text.replace("Foreign and Commonwealth Office\n", "Parliament\n", 1)
    assert {role.state for role in letter.parse(untitled).letters[0].recipient.roles} == set()


@pytest.mark.parametrize(
    ("text", "state", "date"),
    [
        # a salutation of a name and a colon, a date with "of"
        (
            "Country: Colombia\nDate Received: 10 Dec 2031\n\nNo. 1373\n\nGeneva, December 04 of 2031\n\nMs\n\nANNA ROE\n\nFinal Editor\n\nWidget Monitor\n\n"
            "Ms. Anna Roe:\n\nI write on behalf of the Government of Colombia to comment on the report. Colombia "
            "supports the Convention on Cluster Munitions.\n\nSincerely,\n\nJohn Doe\nAmbassador, Permanent "
            "Representative of Colombia\n",
            "COL",
            dt.date(2031, 12, 4),
        ),
        # the letterhead, the date and the salutation run into one line
        (
            "MISSION PERMANENTE DE LA REPUBLIQUE DU BELARUS AUPRES DE L'OFFICE DES NATIONS UNIES A GENEVE 29 December "
            "2031 Excellency, Referring to the Action Plan I have the honour to forward to you the following information.\n",
            "BLR",
            dt.date(2031, 12, 29),
        ),
    ],
)
def test_more_salutations_and_dates_of_a_letter(text, state, date):
    assert detect(text) is letter
    (sent,) = letter.parse(text).letters
    assert (sent.speaks_for, sent.date) == (state, date)


@pytest.mark.parametrize(
    ("heading", "state"),
    [
        ("Memorandum submitted by the Foreign and Commonwealth Office", "GBR"),
        (
            "GS(NP) 95: Letter to the Chairman of the Committee from the Secretary of State for Foreign and "
            "Commonwealth Affairs",
            "GBR",
        ),
        ("Memorandum submitted by the Ministry of Foreign Affairs of Japan", "JPN"),
    ],
)
def test_written_evidence_whose_heading_names_a_government_office_is_that_government_s_letter(heading, state):
    text = (
        f"APPENDIX 53\n\n{heading}\n\n  I have been asked to reply to your letter to the Foreign Secretary. We "
        "support the Arms Trade Treaty and will keep you informed.\n"
    )
    assert letter.detect(text) > 0.5
    record = letter.parse(text)
    assert [(one.speaks_for, one.sender.state) for one in record.letters] == [(state, state)]
    assert {p.state for p in record.letters[0].positions} == {state}


@pytest.mark.parametrize(
    "table",
    [
        "States which have signed, ratified or acceded at London\n\nState\nDate of Signature\n"
        "Date of deposit of Instrument of Ratification\nUnited Kingdom*\n10 April, 2031\n26 March, 2033\n",
        "State\tDate of Signature\tDate of Ratification\nAustria\t10 April 2031\t10 August 2032\n",
    ],
)
def test_written_evidence_that_is_a_treaty_s_status_list_is_no_letter(table):
    text = f"Memorandum submitted by Foreign and Commonwealth Office\n\nCONVENTION ON WIDGETS\n\n{table}"
    assert letter.detect(text) == 0.0  # the government's depositary record, not its word
    assert letter.detect("Memorandum submitted by Foreign and Commonwealth Office\n\nWe support it.\n") > 0.5


def test_written_evidence_submitted_by_anyone_else_is_no_letter_of_a_state():
    text = (
        "Memorandum submitted by the Campaign Against Arms Trade\n\nThe United Kingdom supports the Arms Trade "
        "Treaty, we are told.\n"
    )
    assert letter.detect(text) == 0.0


@pytest.mark.parametrize(
    "heading",
    [
        "Letter from the Campaign Against Arms Trade to the Ambassador of Japan",
        "Memorandum from Amnesty International to the Ministry of Foreign Affairs of Japan",
        "GS(NP) 12: Letter from the Oxford Research Group to the Foreign and Commonwealth Office",
    ],
)
def test_the_addressee_a_heading_names_after_the_writer_is_never_the_writer(heading):
    text = f"{heading}\n\n12 May 2009\n\nThank you for the hearing. We support a ban on cluster munitions.\n"
    assert letter.detect(text) == 0.0
    with pytest.raises(ValueError):
        letter.parse(text)


def test_a_heading_from_a_government_office_to_another_names_writer_and_addressee():
    text = (
        "Letter from the Ministry of Foreign Affairs of Norway to the Ambassador of Japan\n\nOslo, 3 May 2009\n\n"
        "Thank you for your letter. Norway supports a ban on cluster munitions.\n"
    )
    (sent,) = letter.parse(text).letters
    assert (sent.speaks_for, sent.date) == ("NOR", dt.date(2009, 5, 3))
    assert [role.state for role in sent.recipient.roles] == ["JPN"]


@pytest.mark.parametrize(
    ("address", "state"),
    [
        ("http://www.ambafrance-uk.org/Letter-President.html", "FRA"),  # its embassy's site
        ("https://www.diplomatie.gouv.fr/x", "FRA"),  # its government's domain
        ("https://www.example.org/news/x", None),  # anyone's page: whose President is unclear
        ("https://www.mofa.go.jp/x", "JPN"),  # a ministry publishes its own government's letters
    ],
)
def test_a_titled_letter_whose_writer_s_post_names_no_state_is_its_publisher_s(address, state):
    text = (
        "Disarmament – Letter from M. Jean Dupont, President of the Republic, to Mr Ban Ki-moon, United Nations "
        "Secretary-General\n\nParis, 5 December 2008\n\nI wanted to draw your attention to our proposals.\n"
    )
    if state is None:
        assert letter.detect(text, address) == 0.0
        return
    (sent,) = letter.parse(text, address).letters
    assert (sent.speaks_for, sent.date) == (state, dt.date(2008, 12, 5))
    former = text.replace("President of the Republic", "former President of the Republic")
    assert letter.detect(former, address) == 0.0  # a post no longer held speaks for no state


def test_a_message_to_a_legislature_dated_from_a_government_office_is_that_government_s_letter():
    text = (
        "[From the Government Printing Office of Canada]\n\nLETTER OF TRANSMITTAL\n\n\n                The White House, "
        "December 9, 2031.\n\nTo the Senate of the United "
        "States:\n    With a view to receiving the advice and consent of the Senate to ratification, I transmit "
        "herewith the Arms Trade Treaty, signed by the United States on September 25, 2031.\n"
    )
    assert detect(text) is letter
    (sent,) = letter.parse(text).letters
    assert (sent.speaks_for, sent.date) == ("USA", dt.date(2031, 12, 9))
    assert [(c.treaty, c.status) for c in sent.participation] == [("att", "signatory")]
    assert not any(role.state for role in sent.recipient.roles)  # the Senate is no government's addressee here
    addressed = text.replace("The White House, December 9, 2031.", "The President\n   The White House\n   Washington")
    assert letter.parse(addressed).letters[0].speaks_for is None  # an office in an address block is no sender


def test_a_letter_kept_without_its_salutation_opens_with_i_have_the_honour_under_its_date():
    text = (
        "New York, 6 March 2031\n\nNo. 5/03/31\n\nI have the honour, herewith, to transmit the statement of my "
        "Government on widgets.\n\nH.E. Mr. A B\nPresident of the Security Council\nUnited Nations, New York\n"
    )
    assert detect(text) is letter
    found = letter.parse(text).letters[0]
    assert (found.date, found.reference, found.speaks_for) == (dt.date(2031, 3, 6), "No. 5/03/31", None)
    assert letter.detect(text.replace("New York, 6 March 2031\n\n", "")) == 0  # no date above it: no opening


def test_a_un_copy_s_signature_names_its_signer_s_post_as_a_state_s_envoy():
    text = (
        "New York, 6 March 2031\n\nI have the honour to transmit the statement of my Government.\n\nChile supports "
        "a ban on widgets.\n\n(Signed) Juan Perez\nPermanent Representative of Chile to the United Nations\n"
    )
    found = letter.parse(text).letters[0]
    assert (found.author.name, found.speaks_for) == ("Juan Perez", "CHL")
    ngo = text.replace("(Signed) Juan Perez\n", "Sincerely,\n\nJane Roe\nDirector\nWidget Watch\n\n")
    assert letter.parse(ngo).letters[0].speaks_for is None  # an envoy's post below another signer's is not hers


def test_a_joint_letter_of_several_permanent_representatives_speaks_for_each_state():
    text = (
        "Letter dated 21 November 2031 from the Permanent Representatives of France, Germany and the United Kingdom of "
        "Great Britain and Northern Ireland to the United Nations addressed to the Secretary-General\n\n"
        "We have the honour to inform you that we support the Arms Trade Treaty.\n"
    )
    found = letter.parse(text).letters[0]
    assert (found.speaks_for, found.jointly_with) == ("FRA", ("DEU", "GBR"))
    assert sorted({p.state for p in found.positions}) == ["DEU", "FRA", "GBR"]
    signed_for = text + "\n(Signed) A B\nPermanent Representative of the Netherlands, on behalf of the European Union\n"
    # one of them signs for a group: who speaks for whom is not the title's list, nor is the signer's state
    assert letter.parse(signed_for).letters[0].speaks_for is None


def test_a_joint_letter_signed_by_one_of_its_states_for_a_group_speaks_for_the_others_only():
    text = (
        "Letter dated 1 November 2031 from the Permanent Representatives of Chile, Japan and the Netherlands to the "
        "United Nations addressed to the Secretary-General\n\nWe have the honour to refer to the joint statement in "
        "support of the Arms Trade Treaty. We would be grateful if you would circulate it.\n\n(Signed) Ana Soto "
        "Ambassador Permanent Mission of Chile to the United Nations (Signed) Ken Sato Ambassador Permanent Mission of "
        "Japan to the United Nations (Signed) Jan de Vries Ambassador Permanent Mission of Netherlands to the United "
        "Nations (on behalf of the European Union)\n\nAnnex to the letter dated 1 November 2031 from the Permanent "
        "Representatives of Chile, Japan and the Netherlands\n"
    )
    record = letter.parse(text)
    found = record.letters[0]
    assert (found.speaks_for, found.jointly_with, found.date) == ("CHL", ("JPN",), dt.date(2031, 11, 1))
    assert any("Netherlands signs the letter on behalf of European Union" in note for note in record.missing)
    assert found.positions == ()  # the statement referred to is in support, not the writers
    # an "on behalf of" outside the signatures: who speaks for whom is unclear
    elsewhere = text.replace("We have the honour", "On behalf of the European Union, we have the honour")
    # a signature for a group that names no state of the title
    stranger = text.replace("Mission of Netherlands", "Mission of Peru")
    for unread in (elsewhere, stranger):  # not read as the title's letter: refused, or no state speaks
        try:
            assert all(found.speaks_for is None for found in letter.parse(unread).letters)
        except ValueError as error:
            assert "no salutation" in str(error)


def test_a_letter_a_page_reproduces_after_its_lead_is_its_envoy_s_state_s():
    text = (
        "date 2031-05-02 Agency: Chile's Ambassador and Permanent Representative to the United Nations Ana Soto has "
        "warned that Peru's plans threaten the Treaty.\n\nSoto's full letter to the Secretary-General of the United "
        "Nations is as follows:\n\nUpon instructions from my Government, I am writing to inform you that Chile "
        "supports the Arms Trade Treaty. Chile ratified the Arms Trade Treaty in 2018.\n"
    )
    assert detect(text) is letter
    found = letter.parse(text).letters[0]
    assert (found.speaks_for, found.author.name, found.date) == ("CHL", "Ana Soto", None)
    assert {(p.state, p.topic) for p in found.positions} == {("CHL", "att")}
    assert [(m.treaty, m.status) for m in found.participation] == [("att", "party")]
    assert text.index("Upon instructions") <= found.positions[0].span.start  # the lead's words are the page's
    # the lead names the writer by no state's office: no one is shown writing
    unnamed = text.replace("Chile's Ambassador and Permanent Representative to the United Nations", "activist")
    # the page goes on in its own words, not the writer's
    summary = text.replace("Upon instructions from my Government, I am writing to inform you that", "In short,")
    for unread in (unnamed, summary):
        with pytest.raises(ValueError, match="no salutation"):
            letter.parse(unread)


@pytest.mark.parametrize(
    ("lead", "speaks_for"),
    [
        ("Soto said so in letters sent to the Secretary-General.\n\nBelow is the full text of Soto's letter:", "CHL"),
        (
            "Ana Soto, the Permanent Representative of Chile to the United Nations, wrote a letter addressed to the "
            "Secretary-General. The letter which follows was posted on the UN website today.",
            "CHL",
        ),
        (
            "The permanent representative of Chile to the UN sent a letter to the Secretary-General.\nThe letter said:",
            "CHL",
        ),
        (
            "The permanent representative of Chile to the United Nations sent a letter to the president of the Council. "
            "Noting the Council's request, he continued:",
            "CHL",
        ),
        # the envoy "at the UN"; a foreign minister named with the state's short name after it, "said in part"
        (
            "The permanent representative of Chile at the UN sent a letter to the Secretary-General.\nThe letter said:",
            "CHL",
        ),
        (
            "On 2 May, Ana Soto, Foreign Minister of the Republic of Chile (RCH) sent a letter to the President of the "
            "Council. The letter said in part:",
            "CHL",
        ),
        # two envoys in the lead: whose letter, unclear; an envoy who wrote, but the page gives no letter
        (
            "Ana Soto, the Permanent Representative of Chile to the United Nations, wrote a letter, as did Luis Paz, the "
            "Permanent Representative of Peru to the United Nations, wrote a letter. The letter said:",
            None,
        ),
        ("Ana Soto, the Permanent Representative of Chile to the United Nations, wrote a letter. Soto said:", None),
    ],
)
def test_a_letter_a_page_gives_whole_after_a_lead_naming_its_writer_s_office(lead, speaks_for):
    text = (
        "date 2031-05-02 Agency: Chile's Ambassador and Permanent Representative to the United Nations Ana Soto has "
        f"warned that Peru's plans threaten the Treaty.\n\n{lead}\n\n"
        "Upon instructions from my Government, I am writing to inform you that Chile supports the Arms Trade Treaty.\n"
    )
    try:
        found = letter.parse(text).letters[0].speaks_for
    except ValueError:
        found = None
    assert found == speaks_for


def test_a_letter_a_page_quotes_whole_after_a_lead_naming_its_writer_by_the_state_s_adjective():
    quoted = (
        '"Since the early hours of 3 May 2031, armed forces of Peru have crossed the border at three points, shelling '
        "villages in the provinces of the north and forcing their people to flee to the towns of the south. Chile "
        "condemns in the strongest terms this unprovoked aggression, which violates the Charter of the United Nations "
        "and the principle of the peaceful settlement of disputes. Chile calls on Peru to withdraw its forces at once "
        "and to refrain from any further action that could widen the conflict between the two countries. "
        "Facing this aggression, our troops had no option but to respond in self-defence.\n"
    )
    text = (
        "Chile Brings the Border Attacks to the Security Council\nAgency Santiago, May 3, 2031 --\n"
        "Chilean Prime Minister Ana Soto has sent a letter over the attacks to the President of the Security Council."
        "\nThe Prime Minister mentioned in the letter dated May 3 to the President and other members of the Council "
        f"the recent attacks by Peru, as follows:\n{quoted}"
    )
    assert detect(text) is letter
    found = letter.parse(text).letters[0]
    assert (found.speaks_for, found.author.name, found.author.roles[0].title) == ("CHL", "Ana Soto", "Prime Minister")
    assert text.index("Since the early hours") <= found.span.start + 1  # the lead's words are the page's
    # a quotation that stops short is a snippet the page quotes, not the letter given whole
    snippet = text.replace("villages in the provinces", 'villages" in the provinces')
    # an adjective that names no state; a lead naming the writer of no state
    stranger = text.replace("Chilean Prime Minister", "Northern Prime Minister")
    for unread in (snippet, stranger):
        with pytest.raises(ValueError, match="no salutation"):
            letter.parse(unread)


def test_a_letter_a_page_introduces_as_an_embassy_s_reply_is_that_state_s():
    text = (
        "We have written to embassies about the Treaty. In response to our inquiries, the embassy of Chile responded "
        "stating:\n\n“Dear xxxxxxx,\n\nThank you for your letter. On the day of the anniversary of its accession to "
        "the United Nations, Chile officially signed the Arms Trade Treaty.\n"
    )
    found = letter.parse(text).letters[0]
    assert found.speaks_for == "CHL"
    assert [(m.treaty, m.status) for m in found.participation] == [("att", "signatory")]
    for unread in (
        text.replace("the embassy of Chile responded stating:", "we wrote to the embassy of Chile stating:"),
        text.replace("the embassy of Chile responded stating:", "the embassy of Chile responded. A reader wrote:"),
    ):
        assert letter.parse(unread).letters[0].speaks_for is None


def test_a_speech_greeting_its_audiences_is_no_letter_and_a_note_without_compliments_is_one():
    speech = "Dear Mr. President,\nDear Secretary-General,\nRespected delegates,\n\nWe support the Treaty.\n"
    assert letter.detect(speech) == 0
    two_speakers = "12 May 2031\n\nDear Madam Speaker,\nDear Mr. Speaker,\n\nWe write about the Treaty.\n"
    assert letter.detect(two_speakers) > 0  # a letter to two people is still a letter
    note = (
        "News\n\n14 December 2031\n\nThe Embassy of the United States of America has the honor to refer to the "
        "Treaty on widgets. The United States will withdraw from it.\n"
    )
    found = letter.parse(note).letters[0]
    assert (found.speaks_for, found.date) == ("USA", None)  # the page's date above a note is not the note's
    titled = note.replace("News\n\n", "Note verbale dated 12 December 2031 from the Embassy of the United States\n\n")
    found = letter.parse(titled).letters[0]
    assert (found.speaks_for, found.date) == ("USA", dt.date(2031, 12, 12))  # the title's date is the note's


@pytest.mark.parametrize(
    "speech",
    [
        # greetings line after line, with "!" or "Your Excellencies"
        "Dear President,\nYour Excellencies,\nLadies and gentlemen,\nIt is an honour to address you. We agree.\n",
        "Dear Mr. President!\nDear Mr. Secretary-General!\nDear participants!\nWe agree on the Treaty.\n",
        # the chair addressed before a greeting, or wrapped over two lines
        "Respected President of the General Assembly,\nWe are proud to be here.\nYour Excellency,\nThe world has changed.\n",
        "Madam\nPresident, let me express my happiness at seeing you preside. We agree on the Treaty.\n",
        # a greeting alone, in a text that speaks of itself as a speech
        "Excellency,\nI begin my intervention by paying tribute to the nurses. We agree on the Treaty.\n",
        "I come to this great forum at a unique time.\n" + "We agree. " * 60 + "\nDear colleagues,\nWe must act.\n",
    ],
)
def test_a_speech_that_greets_as_letters_do_is_no_letter(speech):
    assert letter.detect(speech) == 0


def test_a_letter_to_a_chair_is_still_a_letter():
    text = "12 May 2031\n\nDear Madam President,\n\nWe write about the Treaty.\n\nYours sincerely,\nA B\n"
    assert letter.detect(text) > 0.5


@pytest.mark.parametrize(
    ("behalf", "speaks_for", "by_group"),
    [
        # a group the reference knows: the group speaks, Kuwait's representative wrote it
        ("on behalf of the Arab States Members of the United Nations (Jordan, Egypt and Kuwait)", "arab-group", True),
        ("on behalf of the European Union", "eu", True),
        # other states, or a group the reference does not know: no one's
        ("on behalf of Kuwait and Qatar", None, False),
        ("on behalf of the Friends of Widgets", None, False),
        # its own side
        ("on behalf of my Government", "KWT", False),
        ("on behalf of the Government of Kuwait", "KWT", False),
    ],
)
def test_a_un_letter_written_on_behalf_of_a_group_or_other_states_is_not_the_writer_s_state_s(
    behalf, speaks_for, by_group
):
    text = (
        "Identical letters dated 27 February 2031 from the Permanent Representative of Kuwait to the United Nations "
        f"addressed to the Secretary-General and the President of the Security Council\n\nI have the honour to send "
        f"you this letter {behalf}. We support the Treaty on the Prohibition of Nuclear Weapons.\n"
    )
    (sent,) = letter.parse(text).letters
    assert (sent.speaks_for, sent.by_group) == (speaks_for, by_group)
    assert sent.delivered_by == ("KWT" if by_group else None)
    assert {(p.state, p.by_group) for p in sent.positions} == ({(speaks_for, by_group)} if speaks_for else set())
    assert not (by_group and sent.participation)  # what a group is party to is no state's status
    assert [role.state for role in sent.author.roles] == ["KWT"]  # the writer is still Kuwait's representative


def test_a_un_letter_from_a_representative_in_a_group_s_capacity_is_not_the_state_s():
    text = (
        "Letter dated 3 March 2031 from the Permanent Representative of Egypt, in his capacity as Chair of the Arab "
        "Group, addressed to the Secretary-General\n\nI have the honour to transmit the statement of the Arab Group.\n"
    )
    assert letter.parse(text).letters[0].speaks_for is None
    own = text.replace(", in his capacity as Chair of the Arab Group,", " to the United Nations")
    assert letter.parse(own).letters[0].speaks_for == "EGY"


def test_a_french_letter_to_the_secretary_general_is_a_letter_that_attributes_nothing_its_body_names():
    text = (
        "Monsieur le Secrétaire Général,\nJ’ai l’honneur d’accuser réception de votre lettre du 24 septembre 2012.\n"
        "Le Royaume du Maroc souscrit pleinement aux objectifs de la Convention sur les armes à sous-munitions.\n"
    )
    assert detect(text) is letter
    record = letter.parse(text)
    assert record.letters[0].speaks_for is None and not record.letters[0].positions  # no letterhead, no signer
    # a speech to the Secretary-General, in French, stays a speech
    speech = text.replace("d’accuser réception de votre lettre du 24 septembre 2012", "de prendre la parole")
    assert letter.detect(speech) == 0.0 and not letter.SALUTATION.search(speech)


FRENCH_TO_A_PRESIDENT = """Lettre au président

Monsieur le Président de la République,

Nous vous demandons que la France vote en faveur de la résolution.

{closing}

À Saint-Ouen, le 10 novembre 2016

Le Mouvement
"""


def test_a_french_letter_to_a_head_of_state_is_a_letter_where_it_closes_as_one():
    text = FRENCH_TO_A_PRESIDENT.format(
        closing="Recevez, Monsieur le Président de la République, l’expression de nos sentiments respectueux."
    )
    assert detect(text) is letter
    (sent,) = letter.parse(text).letters
    assert sent.speaks_for is None
    assert letter.detect(FRENCH_TO_A_PRESIDENT.format(closing="Nous vous remercions.")) == 0.0  # no letter's formula


SPANISH_TO_A_PRESIDENT = """Santiago, 06 de agosto de 2015

{head}
Señora Presidenta, le hacemos llegar la presente misiva sobre el desarme nuclear.

Le saludamos cordialmente.

Red de organizaciones sociales
"""


def test_a_spanish_letter_to_a_president_names_her_state_from_her_office():
    (sent,) = letter.parse(SPANISH_TO_A_PRESIDENT.format(head="Sra. Michelle Bachelet\nPresidenta de Chile\n")).letters
    assert (sent.speaks_for, sent.date) == (None, dt.date(2015, 8, 6))
    assert [role.state for role in sent.recipient.roles if role.state] == ["CHL"]


@pytest.mark.parametrize("mark", ["a:", "Para:", "To:"])
def test_an_addressee_mark_opens_the_addressee_s_block_below_other_lines(mark):
    text = (
        f"Carta abierta\n\nEnero 22, 2023\n\n{mark} Presidente Joe Biden\nLa Casa Blanca\n1600 Pennsylvania Ave NW\n"
        "Washington, DC 20500\n\nEstimado presidente Biden,\n\nLe pedimos que firme el Tratado.\n\nAtentamente,\n\nAna Ruiz\n"
    )
    (sent,) = letter.parse(text).letters
    assert (sent.speaks_for, sent.date) == (None, dt.date(2023, 1, 22))
    assert [role.state for role in sent.recipient.roles if role.state] == ["USA"]


def test_a_government_office_under_the_date_is_the_addressee_never_the_letterhead():
    text = (
        "12 March 2010\n\nMINISTRY OF FOREIGN AFFAIRS OF PAKISTAN\nConstitution Avenue\nIslamabad\n\nDear Minister,\n\n"
        "We urge you to join the Convention on Cluster Munitions.\n\nYours sincerely,\n\nJane Doe\n"
        "Coordinator, Cluster Munition Coalition\n"
    )
    (sent,) = letter.parse(text).letters
    assert (sent.speaks_for, sent.sender, sent.positions) == (None, None, ())
    assert [role.state for role in sent.recipient.roles if role.state] == ["PAK"]
    above = "MINISTRY OF FOREIGN AFFAIRS OF PAKISTAN\n\n12 March 2010\n\nDear Secretary-General,\n\nWe join the Convention.\n"
    assert letter.parse(above).letters[0].speaks_for == "PAK"  # above the date, the office is the letterhead


@pytest.mark.parametrize(
    ("body", "speaks_for"),
    [
        ("France should sign the Treaty on the Prohibition of Nuclear Weapons. I support it.", None),
        ("We believe France must now join the Treaty. I support it.", None),
        ("France supports the Treaty on the Prohibition of Nuclear Weapons.", "FRA"),  # the embassy's own word
    ],
)
def test_a_body_saying_what_the_head_s_state_should_do_makes_the_head_the_addressee(body, speaks_for):
    text = (
        f"Embassy of France in London\n\n3 May 2032\n\nDear Ambassador,\n\n{body}\n\nYours faithfully,\nMarie Dupont\n"
    )
    (sent,) = letter.parse(text).letters
    assert sent.speaks_for == speaks_for
    if speaks_for is None:
        assert sent.positions == () and [role.state for role in sent.recipient.roles if role.state] == ["FRA"]


def test_a_page_titled_as_a_letter_opens_it_with_its_address_to_an_office_holder():
    text = (
        "Wednesday, July 12, 2031\n\nOpen letter from former ambassadors to President Doe on cluster munitions\n\n"
        "Washington, D.C.\nJuly 12, 2031\nMr. President,\nWe the undersigned learned with dismay of your decision.\n"
    )
    assert detect(text) is letter
    (sent,) = letter.parse(text).letters
    assert (sent.speaks_for, sent.date) == (None, dt.date(2031, 7, 12))
    untitled = text.replace("Open letter from former ambassadors to President Doe", "Remarks")
    assert letter.detect(untitled) == 0.0  # "Mr. President," alone is how a speech addresses its chair


def test_a_letter_titled_to_a_list_of_states_is_addressed_to_each_of_them():
    text = (
        "Letter to the sponsoring states - Chile, Ghana, Norway,\nPeru and the UK, 6 October, 2031\n\n"
        "Your Excellencies,\n\nThe Council thanks your governments for sponsoring the draft resolution.\n"
    )
    assert detect(text) is letter
    (sent,) = letter.parse(text).letters
    assert [role.state for role in sent.recipient.roles] == ["CHL", "GHA", "NOR", "PER", "GBR"]
    assert (sent.speaks_for, sent.date) == (None, dt.date(2031, 10, 6))
    one = letter.parse(text.replace("the sponsoring states - Chile, Ghana, Norway,\nPeru and the UK", "Ghana"))
    assert [role.state for role in one.letters[0].recipient.roles] == ["GHA"]


def test_a_titled_letter_of_a_guest_on_a_host_s_site_is_not_the_host_s():
    text = (
        "Letter from M. Jean Dupont, President of the Republic, to Mr Ban Ki-moon, United Nations Secretary-General\n\n"
        "Dakar, 5 December 2008\n\nSenegal wishes to draw your attention to its proposals. Senegal supports a ban on "
        "cluster munitions.\n"
    )
    (sent,) = letter.parse(text, "http://www.ambafrance-uk.org/x.html").letters
    assert (sent.speaks_for, sent.positions) == (None, ())
    own = text.replace("Senegal wishes", "France wishes").replace("Senegal supports", "France supports")
    assert letter.parse(own, "http://www.ambafrance-uk.org/x.html").letters[0].speaks_for == "FRA"


def test_a_group_s_letter_is_built_as_the_group_s_written_by_its_writer_s_state(tmp_path):
    text = (
        "Identical letters dated 27 February 2031 from the Permanent Representative of Kuwait to the United Nations "
        "addressed to the Secretary-General and the President of the Security Council\n\nI have the honour to send "
        "you this letter on behalf of the Arab States Members of the United Nations. We support the Treaty on the "
        "Prohibition of Nuclear Weapons.\n\n(Signed) A B\n"
    )
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "group-letter.txt").write_text(text, encoding="utf-8")
    built = cli("build", tmp_path / "docs", "--store", tmp_path / "store")
    assert built.exit_code == 0, built.stderr
    assert "conforms" in built.stdout
    with KnowledgeGraph(tmp_path / "store") as kg:
        rows = kg.query("state-profile", state="KWT")
    kinds = {row["kind"] for row in rows}
    details = {row["detail"] for row in rows if row["kind"] == "delivered group statement"}
    assert details == {"written on behalf of Group of Arab States"}  # Kuwait wrote it in the group's name
    assert not {"position", "stated position"} & kinds  # and states nothing of its own in it


def test_a_circulated_joint_letter_titled_in_capitals_is_read_by_its_title():
    text = (
        "NPT/CONF.2031/20\n19 April 2031\nORIGINAL: ENGLISH\n\nLETTER DATED 17 APRIL 2031 FROM THE REPRESENTATIVES OF\n"
        "FRANCE, THE RUSSIAN FEDERATION AND THE UNITED STATES\nOF AMERICA ADDRESSED TO THE SECRETARY-GENERAL OF THE\n"
        "2031 REVIEW CONFERENCE\n\nWe have the honour to forward to you the text of a declaration.\n\n(Signed) A B\n"
    )
    (sent,) = letter.parse(text).letters
    assert (sent.speaks_for, sent.jointly_with) == ("FRA", ("RUS", "USA"))
    assert sent.date == dt.date(2031, 4, 17)  # the title's, not the issue date above it
    assert [(role.title, role.organisation) for role in sent.recipient.roles] == [("Secretary-General", None)]


def test_a_circulated_letter_from_two_representatives_each_named_with_his_post_is_a_joint_letter():
    text = (
        "CONFERENCE ON DISARMAMENT\n\nCD/9839\n29 February 2031\n\nLETTER DATED 12 FEBRUARY 2031 FROM THE PERMANENT\n\n\n"
        "REPRESENTATIVE OF THE RUSSIAN FEDERATION AND THE\nPERMANENT REPRESENTATIVE OF CHINA TO THE\nCONFERENCE ON "
        "DISARMAMENT ADDRESSED TO THE\nSECRETARY-GENERAL OF THE CONFERENCE\nWe have the honour to transmit the text of "
        "a draft treaty.\n(Signed): A B\n"
    )
    (sent,) = letter.parse(text).letters
    assert (sent.speaks_for, sent.jointly_with, sent.date) == ("RUS", ("CHN",), dt.date(2031, 2, 12))
    assert {(role.title, role.state) for role in sent.author.roles} == {
        ("Permanent Representative", "RUS"),
        ("Permanent Representative", "CHN"),
    }


@pytest.mark.parametrize(
    ("opening", "speaks_for", "delivered_by"),
    [
        ("As Chairman of the Group of Arab States for the current month, I have the honour", "arab-group", "OMN"),
        ("In my capacity as Chair of the Committee on Widgets, I have the honour", None, None),  # a meeting's chair
        (  # the month in brackets, the sentence running on with "and"
            "In my capacity as Chairman of the Group of Arab States for the current month (October 2031) and with "
            "reference to resolution 41/93, I have the honour",
            "arab-group",
            "OMN",
        ),
        (  # the chair of a group's bureau chairs the group
            "In my capacity as Chair of the Coordinating Bureau of the Movement of Non-Aligned Countries, I have the "
            "honour",
            "nam",
            "OMN",
        ),
        (  # no month: the "and" does not end a chair's body, whose name is not read then
            "In my capacity as Chair of the Group of Arab States and with reference to resolution 41/93, I have the "
            "honour",
            None,
            None,
        ),
        ("I have the honour", "OMN", None),
    ],
)
def test_a_un_letter_its_writer_writes_as_a_group_s_chair_is_the_group_s(opening, speaks_for, delivered_by):
    text = (
        "Letter dated 10 October 2031 from the Permanent Representative of\n\nOman to the United Nations addressed to "
        f"the Secretary-General\n\n{opening} to request the inclusion of an item. We support the Treaty on the "
        "Prohibition of Nuclear Weapons.\n\n(Signed) A B\n"
    )
    (sent,) = letter.parse(text).letters
    assert (sent.speaks_for, sent.delivered_by) == (speaks_for, delivered_by)


def test_a_letter_kept_without_salutation_under_its_addressee_s_name_and_offices_is_a_letter():
    text = (
        "Protest to the UN\n\n    On 12 October 2031 an explosion took place.\n\n    H.E. Mr. A B\n    Secretary General\n"
        "    United Nations\n\n\n    I write to you regarding another serious violation of resolution 1701. Israel calls "
        "upon the government of Lebanon to act.\n"
    )
    assert detect(text, "https://embassies.gov.il/x") is letter
    assert letter.detect(text.replace("H.E. Mr. A B", "The explosion")) < 0.7  # no addressee above: no such signal


JOINT_LETTERHEAD = (
    "From the Permanent Missions of: Chile, Ghana, Ireland,\n\nNew Zealand, Norway\n\n"
    "3 March 2031 H.E. Mr A B Secretary-General United Nations\n\n"
    "Subject: Landmines We write to ask that you convene a meeting. We support the Convention on the Prohibition of "
    "the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on their Destruction. Please accept, "
    "Excellency, the assurances of our highest consideration. C D, Permanent Representative, Permanent Mission of "
    "Chile\n"
)


def test_a_letter_under_a_letterhead_listing_the_missions_writing_it_is_each_state_s():
    assert detect(JOINT_LETTERHEAD) is letter
    (sent,) = letter.parse(JOINT_LETTERHEAD).letters
    assert (sent.speaks_for, sent.jointly_with, sent.date) == ("CHL", ("GHA", "IRL", "NZL", "NOR"), dt.date(2031, 3, 3))
    assert {mention.state for mention in sent.positions} == {"CHL", "GHA", "IRL", "NZL", "NOR"}


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("Norway\n", "Norway, Human Rights Watch\n"),  # the letterhead lists an organisation: not states alone
        ("We ", "The missions "),  # no "we": the writers' voice is not shown
        ("Please accept, Excellency, the assurances of our highest consideration.", ""),  # no closing
        ("3 March 2031 H.E.", "H.E."),  # no date line under the letterhead
    ],
)
def test_a_letterhead_listing_missions_is_no_joint_letter_without_states_alone_voice_closing_and_date(old, new):
    text = JOINT_LETTERHEAD.replace(old, new)
    assert letter._joint_letterhead(text) is None


def test_a_joint_letter_written_on_behalf_of_a_group_is_no_state_s():
    text = JOINT_LETTERHEAD.replace("We write to ask", "We write on behalf of the Non-Aligned Movement to ask")
    (sent,) = letter.parse(text).letters
    assert (sent.speaks_for, sent.jointly_with, sent.positions) == (None, (), ())


@pytest.mark.parametrize(
    ("title", "speaks_for", "date"),
    [
        (
            "Carta de fecha 3 de marzo de 2031 dirigida al Secretario General por el Representante Permanente de la "
            "Federación de Rusia ante las Naciones Unidas",
            "RUS",
            dt.date(2031, 3, 3),
        ),
        (
            "Original: inglésCarta de fecha 3 de marzo de 2031 dirigida a la Presidenta del Consejo de Seguridad por la "
            "Encargada de Negocios interina de la República Árabe Siria ante las Naciones Unidas",  # glued to the line
            "SYR",
            dt.date(2031, 3, 3),
        ),
        (  # the post's words capitalised, and the state named through its mission
            "Cartas idénticas de fecha 3 de marzo de 2031 dirigidas al Secretario General y la Presidencia del Consejo "
            "de Seguridad por el Encargado de Negocios Interino de la Misión Permanente de la República de Chile ante "
            "las Naciones Unidas",
            "CHL",
            dt.date(2031, 3, 3),
        ),
        (  # a capital an OCR read inside the state's name
            "Carta de fecha 3 de marzo de 2031 dirigida al Secretario General por el Representante Permanente de la "
            "RepÚblica Dominicana ante las Naciones Unidas",
            "DOM",
            dt.date(2031, 3, 3),
        ),
        (
            "Lettre datée du 1er mars 2031, adressée au Secrétaire général par le Représentant permanent de l'Arménie "
            "auprès de l'Organisation des Nations Unies",
            "ARM",
            dt.date(2031, 3, 1),
        ),
    ],
)
def test_a_letter_the_un_circulates_in_spanish_or_french_is_read_by_its_title(title, speaks_for, date):
    text = (
        f"S/2031/100\n\n{title}\n\nTengo el honor de transmitirle la carta adjunta.\n\n(Firmado) A B\n\n"
        "Anexo de la carta de fecha 3 de marzo de 2031\n\nEn nombre del Gobierno de Cuba, apoyamos la Convención sobre "
        "Municiones en Racimo.\n"
    )
    assert detect(text) is letter
    (sent,) = letter.parse(text).letters
    assert (sent.speaks_for, sent.date) == (speaks_for, date)
    assert text.index("(Firmado)") <= sent.span.end <= text.index("Anexo")  # the annex is another's words
    assert sent.positions == ()


@pytest.mark.parametrize(
    ("behalf", "speaks_for", "delivered_by"),
    [
        ("on behalf of the five Nordic countries", "nordic-countries", "DNK"),  # a group the reference knows
        ("on behalf of the Friends of the Treaty", None, None),  # a coalition it does not: no one's letter
        ("on behalf of the Government of Denmark", "DNK", None),  # its own side
    ],
)
def test_a_note_verbale_written_on_behalf_of_others_is_theirs_or_no_one_s(behalf, speaks_for, delivered_by):
    text = (
        "NPT/CONF.2031/31\n9 May 2031\n\nThe Permanent Mission of Denmark to the United Nations, "
        f"{behalf}, has the honour to request that the enclosed statement is issued as a document of the "
        "Conference. We support the Treaty on the Prohibition of Nuclear Weapons.\n"
    )
    (sent,) = letter.parse(text).letters
    assert (sent.speaks_for, sent.delivered_by) == (speaks_for, delivered_by)


@pytest.mark.parametrize(
    ("heading", "read"),
    [
        ("STATEMENT BY THE MINISTRY OF FOREIGN AFFAIRS OF OMAN ON THE TREATY", True),  # the writer's own government
        ("Statement by the Government of Oman, issued on 2 October 2031", True),
        ("STATEMENT BY THE MINISTRY OF FOREIGN AFFAIRS OF YEMEN", False),  # another state's words, passed on
        ("Statement by the International Committee of the Red Cross", False),
        ("Letter from the Minister for Foreign Affairs of Oman", False),  # no statement heading: not read
    ],
)
def test_an_annex_headed_as_the_writer_s_own_statement_is_read_as_its_words(heading, read):
    text = (
        "Letter dated 10 October 2031 from the Permanent Representative of Oman to the United Nations addressed to "
        "the Secretary-General\n\nI have the honour to transmit the statement annexed.\n\nAnnex\n\n"  # unsigned
        f"{heading}\n\nWe support the Treaty on the Prohibition of Nuclear Weapons.\n"
    )
    (sent,) = letter.parse(text).letters
    assert bool(sent.positions) == read
    assert all(mention.state == "OMN" for mention in sent.positions)


def test_a_reference_number_and_the_date_on_one_line_are_the_reference_and_the_date():
    text = (
        "PERMANENT MISSION OF OMAN TO THE UNITED NATIONS\nNo. 1633825 14 June 2031\nExcellency,\n\nI am writing to "
        "you regarding the letter of 12 June 2031. We support the Arms Trade Treaty.\n\nPlease accept, Excellency, the "
        "assurances of my highest consideration.\n"
    )
    (sent,) = letter.parse(text).letters
    assert (sent.reference, sent.date) == ("No. 1633825", dt.date(2031, 6, 14))


TRANSMITTING = (
    "Letter dated 22 February 2031 from the Permanent Representative of Chile to the United Nations addressed to the "
    "President of the Security Council\n\nI have the honour to transmit herewith a letter dated 20 February 2031 from "
    "the Permanent Representatives of Ghana, Norway and Chile addressed to the Secretary-General (see annex).\n\n"
    "(Signed) Ana Bravo\n\nAnnex to the letter dated 22 February 2031 from the Permanent Representative of Chile to the "
    "United Nations addressed to the President of the Security Council\n\nWe support the Arms Trade Treaty.\n"
)


def test_the_letter_a_covering_letter_transmits_is_its_named_writers_own():
    cover, enclosed = letter.parse(TRANSMITTING).letters
    assert (cover.speaks_for, cover.date, cover.encloses) == ("CHL", dt.date(2031, 2, 22), (1,))
    assert cover.positions == ()  # the annex's words are the enclosed letter's, not the cover's alone
    assert (enclosed.speaks_for, enclosed.jointly_with, enclosed.date) == ("GHA", ("NOR", "CHL"), dt.date(2031, 2, 20))
    assert {mention.state for mention in enclosed.positions} == {"GHA", "NOR", "CHL"}


def test_a_transmitted_letter_named_by_its_writer_s_name_and_post_is_his_state_s():
    named = TRANSMITTING.replace(
        "transmit herewith a letter dated 20 February 2031 from the Permanent Representatives of Ghana, Norway and "
        "Chile addressed to the Secretary-General",
        "transmit to you herewith a letter dated 20 February 2031 from Mr. Kofi Mensah, Minister for Foreign Affairs "
        "of the Republic of Ghana, concerning the Treaty",
    )
    cover, enclosed = letter.parse(named).letters
    assert (enclosed.speaks_for, enclosed.jointly_with, enclosed.date) == ("GHA", (), dt.date(2031, 2, 20))
    assert [role.title for role in enclosed.author.roles] == ["Minister for Foreign Affairs"]
    # a list cut by its comma is not read as the writers: only a comma before what the letter is about ends them
    listed = named.replace("of the Republic of Ghana, concerning", "of Ghana, Norway and Chile, on behalf of")
    assert len(letter.parse(listed).letters) == 1


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("Representatives of Ghana, Norway and Chile", "Representatives of Ghana and the Arms Control Association"),
        ("a letter dated 20 February 2031 from the Permanent", "a letter from the Permanent"),  # not named by its date
    ],
)
def test_a_transmitted_letter_whose_writers_are_not_states_alone_is_no_one_s(old, new):
    letters = letter.parse(TRANSMITTING.replace(old, new)).letters
    assert len(letters) == 1 and letters[0].positions == ()


AGENCY_CIRCULAR = """International Atomic Energy Agency
Information Circular
3 May 2001

Original: ENGLISH

Communication of 20 April 2001 Received from the Permanent Mission of Norway to the International Atomic Energy Agency

  1. On 20 April 2001, the Director General received a communication of 17 April 2001 from the Resident
Representative of Norway transmitting a statement by the Government of Norway.

  2. As requested, the statement is being circulated for the information of Member States of the Agency.

Statement by the Government of Norway

Norway strongly supports a treaty banning the production of fissile material for weapons.
"""


def test_an_agency_circular_gives_the_communication_of_the_member_whose_mission_sent_it():
    assert detect(AGENCY_CIRCULAR) is letter
    (found,) = letter.parse(AGENCY_CIRCULAR).letters
    assert found.speaks_for == "NOR"
    assert found.date == dt.date(2001, 4, 17)  # the communication's own date, not the day the Agency received it
    assert found.recipient.roles[0].organisation == "International Atomic Energy Agency"
    # where the circular's account names another sender, the date is not taken from it
    other = letter.parse(
        AGENCY_CIRCULAR.replace("Resident\nRepresentative of Norway", "Resident\nRepresentative of Peru")
    )
    assert other.letters[0].speaks_for == "NOR" and other.letters[0].date is None


@pytest.mark.parametrize(
    ("foot", "date"),
    [
        ("Yours sincerely,\n\nA B\nFoundation for Peace\n\nLondon, 3 March 2031\n", dt.date(2031, 3, 3)),
        ("Yours sincerely,\n\n3 March 2031\n", dt.date(2031, 3, 3)),
        ("Yours sincerely,\n\nA B\nC D\nE F\nG H\nI J\n3 March 2031\n", None),  # far below: a page's, not the foot's
        ("We thank you, and we remain at your disposal.\n\nA B\n\n3 March 2031\n", None),  # no closing: not read
    ],
)
def test_a_letter_undated_at_its_head_is_dated_at_its_foot_under_its_closing(foot, date):
    text = f"Dear Minister,\n\nWe write to you about the Treaty, which we support.\n\n{foot}"
    (sent,) = letter.parse(text).letters
    assert sent.date == date


def test_a_french_letter_is_dated_by_the_place_and_day_under_its_formula():
    text = (
        "Monsieur le Président de la République,\n\nNous vous demandons de soutenir le Traité.\n\n"
        "Recevez, Monsieur le Président de la République, l’expression de notre haute considération.\n\n"
        "À Saint-Quentin, le 3 mars 2031\n\nL’Association pour la paix\n"
    )
    (sent,) = letter.parse(text).letters
    assert sent.date == dt.date(2031, 3, 3)


def test_an_editor_s_line_under_a_heading_does_not_hide_the_date_under_it():
    text = (
        "Letter from the Minister for Foreign Affairs of Chile\n\n(Unofficial translation)\n\n3 March 2031\n\n"
        "To the Youth Committee,\n\nI reiterate the support of my Government for the Treaty.\n"
    )
    (sent,) = letter.parse(text).letters
    assert (sent.speaks_for, sent.date) == ("CHL", dt.date(2031, 3, 3))


def test_a_un_letter_from_a_head_of_delegation_is_his_state_s_by_its_title_in_capitals():
    text = (
        "NPT/CONF.2031/9\n3 March 2031\n\nLETTER DATED 2 MARCH 2031 FROM THE VICE-MINISTER FOR\nFOREIGN AFFAIRS AND "
        "HEAD OF THE DELEGATION OF\nCHILE, ADDRESSED TO THE SECRETARY-GENERAL OF THE 2031 REVIEW CONFERENCE\n\n"
        "I have the honour to transmit a working paper.\n\n(Signed) Ana Bravo\n"
    )
    assert detect(text) is letter
    (sent,) = letter.parse(text).letters
    assert (sent.speaks_for, sent.date) == ("CHL", dt.date(2031, 3, 2))
    # the title's writer not a state alone ("of Chile, in its capacity as …"): no one's
    chair = text.replace("CHILE, ADDRESSED", "CHILE, IN ITS CAPACITY AS CHAIR OF THE GROUP, ADDRESSED")
    assert letter._un_title(chair) is None


def test_a_second_addressee_s_block_under_the_first_one_s_address_names_its_state_too():
    text = (
        "9 March 2031\n\nPresident Ana Bravo\nThe White House\n1600 Pennsylvania Avenue NW\nWashington, DC 20500\n\n"
        "Rt Hon Carl Dunn MP\nPrime Minister\n10 Downing Street\n\nDear Madam President and Prime Minister,\n\n"
        "We urge you both to support the Arms Trade Treaty.\n\nYours sincerely,\n\nEve Fox\nPeace Foundation\n"
    )
    (sent,) = letter.parse(text).letters
    assert [role.state for role in sent.recipient.roles if role.state] == ["USA", "GBR"]
    assert sent.speaks_for is None
    # a second block that is an envoy's post abroad names no state: the seat is the government's, not the envoy's
    envoy = text.replace("Prime Minister\n10 Downing Street", "Ambassador to the United Nations\n10 Downing Street")
    (sent,) = letter.parse(envoy).letters
    assert [role.state for role in sent.recipient.roles if role.state] == ["USA"]


def test_a_spanish_courtesy_title_alone_on_its_line_opens_the_addressee_s_block():
    text = (
        "Señor\nPedro Ruiz\nPresidente de la República de Chile\nPresente\n\nEstimado Sr. Presidente:\n\n"
        "Le escribimos sobre el Tratado.\n\nLe saludamos atentamente,\n\nAsociación por la Paz\n"
    )
    (sent,) = letter.parse(text).letters
    assert sent.recipient.name == "Pedro Ruiz"
    assert [role.state for role in sent.recipient.roles if role.state] == ["CHL"] and sent.speaks_for is None
    # the courtesy title over a name whose office is no state's: no state
    (sent,) = letter.parse(text.replace("de la República de Chile", "de la Asociación Médica")).letters
    assert not any(role.state for role in sent.recipient.roles)


@pytest.mark.parametrize(
    ("heading", "speaks_for"),
    [
        ("Letter from Prime Minister of Chile", "CHL"),
        ("Letter from the Ministry of Foreign Affairs of Chile to the Youth Committee", "CHL"),
        ("Letter from former Prime Minister of Chile", None),  # an office no longer held
        ("Letter to the Prime Minister of Chile from the Youth Committee", None),  # the addressee's office
    ],
)
def test_a_heading_over_a_letter_that_names_its_writer_s_office_gives_its_state(heading, speaks_for):
    text = (
        f"{heading}\n\n3 March 2031\n\nDear Youth Committee,\n\nThank you for your letter. Chile supports the "
        "Treaty on the Prohibition of Nuclear Weapons.\n"
    )
    (sent,) = letter.parse(text).letters
    assert sent.speaks_for == speaks_for


@pytest.mark.parametrize(
    ("opening", "speaks_for"),
    [
        ("I transmit herewith, for the advice and consent of the Senate to ratification, the Treaty.", "USA"),
        ("We urge you to give your advice and consent to ratification of the Treaty.", None),  # a petition to it
    ],
)
def test_a_message_transmitting_a_treaty_to_a_state_s_senate_is_that_state_s(opening, speaks_for):
    text = f"Message to the Senate\n\nMay 12, 2031\n\nTo the Senate of the United States:\n\n{opening}\n"
    (sent,) = letter.parse(text).letters
    assert sent.speaks_for == speaks_for


MISSION_LETTER = (
    "No. 12/31 3 March 2031\nExcellency,\nI am writing to you regarding the letter dated 1 March 2031 about Chile. "
    "I strongly reject the allegations made against my Country. Chile remains committed to the Treaty on the "
    "Prohibition of Nuclear Weapons.\n"
)


@pytest.mark.parametrize(
    ("text", "address", "speaks_for"),
    [
        (MISSION_LETTER, "https://www.un.int/chile/letters/x", "CHL"),
        (MISSION_LETTER, "https://example.org/letters/x", None),  # no mission's site: no writer shown
        (MISSION_LETTER.replace("against my Country", "against Chile"), "https://www.un.int/chile/letters/x", None),
        (MISSION_LETTER.replace("Chile", "Peru"), "https://www.un.int/chile/letters/x", None),  # another's letter
    ],
)
def test_an_unsigned_letter_in_a_state_s_own_voice_on_its_mission_s_site_is_that_state_s(text, address, speaks_for):
    (sent,) = letter.parse(text, address).letters
    assert sent.speaks_for == speaks_for
