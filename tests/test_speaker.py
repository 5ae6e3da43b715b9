"""Attribution discipline: a statement is a state's only where the document shows the state speaking."""

from __future__ import annotations

import datetime as dt

import pytest

from treatykg.loaders import UnknownKind, detect, explanation_of_vote, letter, publisher, speaker


def test_joint_statement_speaks_for_every_state_it_names():
    text = (
        "Explanation of vote on draft resolution L.12\n\nMr. Chairman, I have the honour to speak on behalf of "
        "Norway, Chile and the Republic of Korea. We voted in favour of draft resolution A/C.1/75/L.12.\n"
    )
    record = explanation_of_vote.parse(text)
    assert (record.state, *record.joint) == ("NOR", "CHL", "KOR")
    assert record.vote == "yes" and "on behalf of" in record.speaker_rule
    assert text[record.speaker_span.start : record.speaker_span.end] == record.speaker_quote


def test_a_joint_heading_speaks_for_every_state_it_lists_never_for_the_first_alone():
    text = (
        "PRESS RELEASE BY THE FOREIGN MINISTERS OF GHANA, PERU, NORWAY AND THE REPUBLIC OF KOREA\n"
        "Geneva 4 May 2015\n\nWe, the Foreign Ministers of four countries, urge all States to join the Treaty.\n"
    )
    assert detect(text) is explanation_of_vote
    record = explanation_of_vote.parse(text)
    assert (record.state, *record.joint) == ("GHA", "PER", "NOR", "KOR")
    assert record.date == dt.date(2015, 5, 4) and record.body is None  # a release, given at no forum
    cut = text.replace(" AND THE REPUBLIC OF KOREA", ", THE REPUBLIC OF KOREA, SOME NGOS")
    with pytest.raises(speaker.Unclear):  # a list that goes on past the states is not read as its first state's
        explanation_of_vote.parse(cut)


def test_a_head_line_listing_states_under_their_readers_title_speaks_for_them_all():
    text = (
        "Share\n\n4 April 2019 - Conference of States Parties to the Arms Trade Treaty - Statement by Ambassador Ana Lopez, "
        "Permanent Representative of Peru\n\nOn behalf of Chile, Norway, the Republic of Korea and Peru\n\n"
        "Chile, Norway, the Republic of Korea and Peru recall their longstanding position that the Arms Trade Treaty "
        "is a major step for international peace and security.\n"
    )
    assert detect(text) is explanation_of_vote
    record = explanation_of_vote.parse(text)
    assert (record.state, *record.joint) == ("CHL", "NOR", "KOR", "PER")
    assert "head line" in record.speaker_rule
    assert record.date == dt.date(2019, 4, 4) and record.body == "att-csp"
    assert {(p.state, p.stance, p.topic) for p in record.positions} >= {("NOR", "considers", "att")}
    # a reader who is not among the states listed: whose words these are is unclear
    with pytest.raises(speaker.Unclear):
        explanation_of_vote.parse(text.replace(" and Peru\n", " and Ecuador\n"))
    # a sentence reporting that someone spoke on their behalf is no list line
    reported = text.replace("On behalf of Chile", "The ambassador spoke on behalf of Chile").replace(
        " and Peru\n", " and Peru.\n"
    )
    assert "head line" not in explanation_of_vote.parse(reported).speaker_rule


def test_a_page_s_lead_introducing_a_state_s_words_names_their_speaker():
    text = (
        "Explanation of vote at the United Nations\n\nOn 27 October the First Committee voted on the draft. Chile "
        "abstained on this resolution and gave the following explanation of vote.\n\nChile abstained. We support a "
        "ban on nuclear weapons, but the text fell short.\n"
    )
    found = speaker.find_speaker(text)
    assert found.states == ("CHL",) and "lead" in found.rule
    for unread in (
        text.replace("Chile abstained on", "Chile and Peru abstained on"),  # two states: whose words?
        text.replace("Chile abstained on", "A news agency reported that Chile abstained on"),  # another subject
        text.replace("We support", "The text supports"),  # no one speaking in what follows
    ):
        with pytest.raises(speaker.Unclear):
            speaker.find_speaker(unread.replace("Chile abstained. ", ""))


def test_reported_speech_on_behalf_of_a_state_is_no_evidence():
    text = (
        "Mr. Chairman, the ambassador delivered a statement on behalf of Peru last week. "
        "We note that the draft was adopted.\n"
    )
    with pytest.raises(speaker.Unclear):
        speaker.find_speaker(text)


def test_a_group_among_the_names_makes_no_national_voice():
    text = "Mr. President, I speak on behalf of the European Union and Austria. We welcome the Convention.\n"
    with pytest.raises(speaker.Unclear):
        speaker.find_speaker(text)


@pytest.mark.parametrize(
    "heading, state",
    [
        ("Ghana's Explanation of Vote on L.41", "GHA"),
        ("Statement by the Delegation of Viet Nam at the Fifth Review Conference", "VNM"),
        ("Explanation of vote by Uruguay on draft resolution L.8", "URY"),
        ("Permanent Mission of Mongolia to the United Nations", "MNG"),
        # a letterhead that names its state first
        ("United Kingdom Permanent Representation to the Conference on Disarmament", "GBR"),
        ("Australian Mission to the United Nations", "AUS"),
        # a title whose words before "delegation to" are no state's name alone
        ("Intervention of Lebanese delegation to the Second Meeting of States Parties", "LBN"),
        # the state's name alone before the kind of speech
        ("United States of America EOV - - Before the Vote", "USA"),
        ("Chile Statement at the Conference on Disarmament", "CHL"),
    ],
)
def test_heading_names_the_author(heading, state):
    text = f"{heading}\n\nMr. Chairman,\n\nMy delegation abstained on the draft. We regret its paragraph 4.\n"
    found = speaker.find_speaker(text)
    assert found.states == (state,) and "heading" in found.rule


def test_a_letterhead_of_a_group_s_delegation_names_no_state():
    text = "European Union Delegation to the United Nations\n\nMr. Chairman,\n\nWe regret its paragraph 4.\n"
    try:
        found = speaker.find_speaker(text)
    except speaker.Unclear:
        return  # no speaker at all is right too: the letterhead is the group's, no member state's
    assert found.states == ()


def test_heading_naming_a_person_only_is_no_evidence():
    text = "Statement by Ambassador Lee at the Meeting of States Parties\n\nMr. President,\n\nWe thank you.\n"
    with pytest.raises(speaker.Unclear):
        speaker.find_speaker(text)


def test_state_speaking_of_itself_to_the_chair():
    text = (
        "Thank you, Madam Chair.\n\nMy delegation wishes to be brief. Tunisia reaffirms its commitment to the "
        "Convention and calls on all States to join it.\n"
    )
    assert speaker.find_speaker(text).states == ("TUN",)
    deplores = "Madam President,\n\nWe thank you. The Holy See therefore deplores the use of these weapons.\n"
    assert speaker.find_speaker(deplores).states == ("VAT",)


def test_two_states_speaking_of_themselves_is_unclear():
    text = "Mr. President, we thank you. Ecuador welcomes the report. Bolivia supports its conclusions.\n"
    with pytest.raises(speaker.Unclear, match="more than one state"):
        speaker.find_speaker(text)


def test_news_report_of_a_vote_is_refused():
    text = (
        "Explanation of the vote\n\nThe Republic of Moldova has abstained on the resolution, which 140 states "
        "voted in favour of. Moldova considers the text unbalanced, its delegation said.\n"
    )
    with pytest.raises(ValueError, match="speaker unclear"):
        explanation_of_vote.parse(text)


def test_sponsor_page_is_refused():
    text = (
        "2019 resolution on the Convention\n\nThe draft resolution was submitted by Austria with the support of "
        "the other sponsors.\n\nExplanation of vote: Egypt, Brazil, Cuba\n\nIn favour: 140\nAbstaining: 38\n"
    )
    with pytest.raises(ValueError, match="speaker unclear"):
        explanation_of_vote.parse(text)


def test_heading_and_self_naming_that_disagree_abstain():
    text = "Statement by Kenya\n\nMr. Chairman, we thank you. Uganda reaffirms its support for the Convention.\n"
    with pytest.raises(speaker.Unclear, match="speaks as Uganda"):
        speaker.find_speaker(text)


@pytest.mark.parametrize(
    "body",
    [  # the state a sentence opens with is the one the speaker answers, not the speaker
        "My delegation takes the floor in exercise of the right of reply. Pakistan continues to make allegations.",
        "I thank you. Pakistan continues to make baseless allegations against my country.",
        "We have listened carefully. Israel rejects every proposal for a zone free of such weapons, and we deplore that.",
        "I thank you. The United States remains the largest donor to mine action, and we commend it for that.",
        "We call upon the Democratic People's Republic of Korea to return. The DPRK continues to develop weapons.",
        "We reject the allegations made by the representative of Armenia. Armenia continues to occupy land.",
        "We thank the distinguished representative of Chile. Chile remains committed to the Convention.",
    ],
)
def test_a_state_the_speaker_answers_or_addresses_is_not_the_speaker(body):
    with pytest.raises(speaker.Unclear, match="no state is shown as the speaker"):
        speaker.find_speaker(f"Mr. Chairman,\n\n{body} We support the draft.\n")


def test_a_state_naming_itself_beside_another_party_still_speaks():
    text = "Mr. Chairman,\n\nWe call upon Israel to join the Treaty. Egypt remains committed to the Treaty.\n"
    assert speaker.find_speaker(text).states == ("EGY",)
    reply = (
        "Mr. Chairman,\n\nI speak in exercise of the right of reply. As my country, Armenia, has said, we reject it.\n"
    )
    assert speaker.find_speaker(reply).states == ("ARM",)


@pytest.mark.parametrize(
    "heading",
    [
        "Right of reply to the statement by the delegation of Pakistan",  # the statement answered
        "Response to the statement made by the representative of Israel",
        "Reply to Israel Statement on the draft resolution",  # another state's statement, named before its kind
        "Statement by the Chair, Ambassador of Mexico",  # the chair speaks as the meeting's presiding officer
        "Statement by Ambassador X, Permanent Representative of Mexico, President of the Third Review Conference",
    ],
)
def test_a_heading_naming_the_statement_answered_or_a_chair_names_no_speaker(heading):
    with pytest.raises(speaker.Unclear):
        speaker.find_speaker(f"{heading}\n\nMr. Chairman,\n\nWe take the floor. We support the draft.\n")
    own = heading.replace("the Chair, ", "").replace(", President of the Third Review Conference", "")
    if "of Mexico" in own:  # the same office, without the chair, is the state's
        assert speaker.find_speaker(f"{own}\n\nMr. Chairman,\n\nWe support the draft.\n").states == ("MEX",)


def test_letter_from_an_organisation_to_a_government_attributes_nothing_to_it():
    text = (
        "March 3, 2015\n\nH.E. Ms. Ana Torres\nMinister of Foreign Affairs\nRepublic of Panama\n\n"
        "Dear Minister:\n\nWe write to urge Panama to ratify the Convention. Panama is a signatory and "
        "has said it supports a ban on cluster munitions.\n\nSincerely,\n\nJane Roe\nDirector\n"
        "Campaign Against Arms Network\n"
    )
    record = letter.parse(text)
    only = record.letters[0]
    assert only.speaks_for is None and only.positions == () and only.participation == ()
    assert only.date is not None and only.date.isoformat() == "2015-03-03"


def test_organisation_named_after_a_country_is_not_its_government():
    text = (
        "12 May 2011\n\nDear Ambassador,\n\nWe call on all states to join the treaty.\n\nYours sincerely,\n\n"
        "John Doe\nExecutive Director\nMines Action Canada\n"
    )
    assert letter.parse(text).letters[0].speaks_for is None


def test_title_case_letterhead_and_label_give_the_author():
    text = (
        "Country: Estonia\nDate Received: 2 Jun 2004\n\nMinistry of Foreign Affairs of Estonia\n\n1 June 2004\n\n"
        "Ms. Ann Smith\nEditor\n\nDear Ms. Smith,\n\nEstonia is a State Party to the Convention on Cluster "
        "Munitions.\n\nSincerely,\n\nJaan Tamm\n"
    )
    only = letter.parse(text).letters[0]
    assert only.speaks_for == "EST" and only.sender.state == "EST"


def test_label_and_letterhead_that_disagree_attribute_nothing():
    text = (
        "Country: Latvia\n\nEMBASSY OF LITHUANIA\n\n1 June 2004\n\nDear Ms. Smith,\n\nWe thank you.\n\n"
        "Sincerely,\n\nJonas\n"
    )
    assert letter.parse(text).letters[0].speaks_for is None


def test_template_letter_is_refused():
    text = "[NAME]\n[ADDRESS]\n[DATE]\n\nDear Parliamentarian,\n\n[COUNTRY] has signed the Convention.\n\nYours sincerely,\n"
    with pytest.raises(ValueError, match="template"):
        letter.parse(text)


def test_status_of_an_unnamed_protocol_is_not_the_convention():
    text = (
        "India's Statement\n\nMr. Chairman,\n\nIndia is a High Contracting Party to AP-II of the CCW and "
        "supports its aims.\n"
    )
    record = explanation_of_vote.parse(text)
    assert all(claim.treaty != "ccw" for claim in record.participation)


def test_embassy_in_the_address_block_of_an_organisations_letter_is_the_addressee():
    text = (
        "Chargé d'affaires\nEmbassy of the Republic of Chile in Norway\n\nYour Excellency,\n\nWe urge Chile to "
        "destroy its stockpile.\n\nSincerely yours\nKari Nordmann\nNorwegian Peace Network\n"
    )
    only = letter.parse(text).letters[0]
    assert only.speaks_for is None and only.sender is None


def test_formal_salutations_open_a_letter():
    text = (
        "MINISTRY OF FOREIGN AFFAIRS OF THE REPUBLIC OF GHANA\n\n4 May 2016\n\nExcellency,\n\nGhana supports the "
        "Convention.\n\nPlease accept, Excellency, the assurances of my highest consideration.\n"
    )
    assert letter.detect(text) > 0 and letter.parse(text).letters[0].speaks_for == "GHA"


def test_a_state_whose_name_begins_with_republic_speaks_of_itself():
    text = "Mr. Chairman,\n\nMy delegation abstained. The Republic of Korea supports efforts to address the issue.\n"
    assert speaker.find_speaker(text).states == ("KOR",)


def test_speaker_reaffirming_its_states_commitment_names_it():
    text = (
        "Thank you to the facilitators, and to the President for convening us.\n\nAllow me to reaffirm "
        "Ireland's unwavering commitment to the Convention.\n"
    )
    assert explanation_of_vote.detect(text) > 0
    assert speaker.find_speaker(text).states == ("IRL",)


def test_welcoming_another_states_commitment_names_no_speaker():
    text = "Mr. President, we welcome Ireland's commitment to the Convention and thank Chile for its work.\n"
    with pytest.raises(speaker.Unclear):
        speaker.find_speaker(text)


def test_on_behalf_of_a_delegation_named_by_its_adjective():
    text = (
        "At the outset, on behalf of the Mongolian delegation, I would like to congratulate you, Mr. Ali "
        "Smith, on your election as President of the General Assembly.\n"
    )
    assert speaker.find_speaker(text).states == ("MNG",)


def test_press_coverage_of_a_speaker_on_behalf_of_a_state_is_no_evidence():
    text = (
        "Explanation of vote\n\nThe representative of Peru, speaking on behalf of Peru, said the text was "
        "unbalanced. Mr. Chairman, as she put it, the draft fell short.\n"
    )
    with pytest.raises(speaker.Unclear):
        speaker.find_speaker(text)


def test_a_joint_statement_builds_and_conforms_with_a_position_for_each_state(tmp_path):
    from conftest import cli

    (tmp_path / "joint.txt").write_text(
        "Explanation of vote on draft resolution A/C.1/72/L.6\n\nMr. Chairman, I would like to deliver this "
        "explanation of vote on behalf of France and the United Kingdom. We voted against the draft. "
        "We strongly oppose the Prohibition Treaty.\n",
        encoding="utf-8",
    )
    store = tmp_path / "store"
    assert cli("build", tmp_path / "joint.txt", "--store", store).exit_code == 0
    rows = cli("query", "positions", "--store", store, "--format", "csv").output
    assert "FRA," in rows and "GBR," in rows


def test_a_list_going_on_after_a_comma_and_and_keeps_its_last_state():
    text = (
        "Mr. Chairman, I wish to explain our vote on behalf of Denmark, Portugal, and the Republic of Korea, "
        "on draft resolution L.9. We abstained.\n"
    )
    assert speaker.find_speaker(text).states == ("DNK", "PRT", "KOR")


GOVERNMENT_PAGE = (
    "An official website of the {banner} government\n\nRemarks at the First Committee\nNew York City\n"
    "October 20, 2016\n\nThank you, Mr. Chairman. {body}\n"
)


def test_a_government_website_banner_names_the_speaker_of_a_statement_to_the_chair():
    text = GOVERNMENT_PAGE.format(banner="Canadian", body="My delegation abstained. Canada has long opposed the text.")
    found = speaker.find_speaker(text)
    assert found.states == ("CAN",) and "website" in found.rule


@pytest.mark.parametrize(
    "banner, body",
    [
        ("Canadian", "My delegation abstained on the draft."),  # the state is not named again below the banner
        ("Canadian", "Canada abstained, its delegate told the meeting."),  # no first person: a report
        ("provincial", "My delegation abstained. Canada has long opposed the text."),  # no state in the banner
    ],
)
def test_a_banner_without_corroboration_names_nobody(banner, body):
    with pytest.raises(speaker.Unclear):
        speaker.find_speaker(GOVERNMENT_PAGE.format(banner=banner, body=body))


def test_the_banner_gives_way_to_a_heading():
    text = (
        "An official website of the Canadian government\n\nStatement by the Delegation of Chile\n\n"
        "Thank you, Mr. Chairman. We welcome the report of Canada.\n"
    )
    assert speaker.find_speaker(text).states == ("CHL",)


@pytest.mark.parametrize(
    "head, state",
    [
        ("Statement by H.E. Mr. Omar Hilale, Permanent Representative of Morocco to the United Nations", "MAR"),
        (
            "Remarks at the Meeting of States Parties\nAmbassador Jane Doe\nU.S. Permanent Representative to the CD",
            "USA",
        ),
        (
            "Thematic debate on conventional weapons\nStatement by Ms. Ana Ruiz, Deputy Permanent Representative of Chile",
            "CHL",
        ),
    ],
)
def test_the_head_names_the_speaker_s_office_as_a_state_s(head, state):
    found = speaker.find_speaker(f"{head}\n\nMr. Chair,\n\nWe welcome the report.\n")
    assert found.states == (state,) and "office" in found.rule


@pytest.mark.parametrize(
    "text",
    [
        # an office of no state
        "Statement by Ambassador Lee, Permanent Representative to the Conference on Disarmament\n\nMr. Chair, we thank you.\n",
        # the state's representative is only greeted in the body, not the head
        "Statement by Ambassador Lee\n\nMr. Chair, we welcome the Permanent Representative of Chile to our meeting.\n",
    ],
)
def test_an_office_that_is_no_state_s_speaking_names_nobody(text):
    with pytest.raises(speaker.Unclear):
        speaker.find_speaker(text)


@pytest.mark.parametrize(
    "head",
    [
        "Remarks at the reception for the Pakistani Ambassador",
        "Statement by Ambassador Lee on the visit of the Minister for Foreign Affairs of Chile",
        "Meeting with the Permanent Representative of Chile",
    ],
)
def test_an_office_outside_the_byline_is_not_the_speaker_s(head):
    with pytest.raises(speaker.Unclear):
        speaker.find_speaker(f"{head}\n\nMr. Chair,\n\nWe welcome the report.\n")


def test_a_state_adjective_before_the_office_in_a_byline_names_the_speaker():
    found = speaker.find_speaker("Statement by the Pakistani Ambassador\n\nMr. Chair,\n\nWe welcome the report.\n")
    assert found.states == ("PAK",)


@pytest.mark.parametrize(
    "text, state",
    [
        (  # the minister's office alone in the head, the release's own address on a government domain
            "MEDIA RELEASE\nMINISTER FOR FOREIGN AFFAIRS\n3 March 2004\n\nI am pleased to announce a further "
            "contribution to mine clearance.\n\nhttps://www.foreignminister.gov.au/releases/2004/fa031.html\n",
            "AUS",
        ),
        (  # a byline giving the minister as author, and the one government the statement names
            "Statement by Ms. Ane Berg, Minister for Foreign Affairs, on the Convention\n\n12 May 2011\n\n"
            "Today the Government of Norway deposited its instrument. I welcome this step.\n",
            "NOR",
        ),
        (
            "Ban takes effect\n\nForeign Minister Ana Ruiz issued the following statement today: “We are proud "
            "that the Government of Chile was among the first to ratify.”\n",
            "CHL",
        ),
    ],
)
def test_a_minister_s_own_statement_names_the_government_that_publishes_it(text, state):
    found = speaker.find_speaker(text)
    assert found.states == (state,) and "minister's statement" in found.rule
    assert explanation_of_vote.detect(text) >= 0.5


@pytest.mark.parametrize(
    "text",
    [
        # a shadow minister speaks for no government, on whatever domain
        "Statement by John Doe, Shadow Minister for Foreign Affairs\n\nI call on the Government of Australia to "
        "act.\n\nhttp://parlinfo.aph.gov.au/parlInfo/search/display/display.w3p\n",
        # a member of parliament: no minister in the head
        "MEDIA RELEASE\nJohn Doe MP, Member for Gorton\n\nI condemn the use of landmines.\n\nhttp://parlinfo.aph.gov.au/x\n",
        # two governments named and no publisher's domain: whose minister is unclear
        "Statement by Mr. Li, Minister for Foreign Affairs, on the Convention\n\nI welcome the decision of the "
        "Government of Chile and of the Government of Peru.\n",
        # no first person: an account of what a government did, not a minister speaking
        "Statement by Mr. Li, Minister for Foreign Affairs, on the Convention\n\nThe Government of Japan "
        "deposited its instrument.\n",
        # a news report of a minister: the minister is not the document's author
        "The Minister for Foreign Affairs, Jane Doe, has hailed the agreement. “We are proud,” she said of the "
        "Government of Ireland's role.\n",
        # pages on two governments' domains
        "Statement by Ms. Ane Berg, Minister for Foreign Affairs\n\nI welcome the report.\n"
        "https://www.regjeringen.gov.no/x https://www.mofa.go.jp/y\n",
        # one government named, but as another state the speech accuses among others it names
        "Statement by Mr. Li, Minister for Foreign Affairs\n\nMr. President,\n\nI thank you. The Government of Chile "
        "denies our people their rights, and Peru and Bolivia stay silent.\n",
    ],
)
def test_a_minister_s_statement_without_one_government_names_nobody(text):
    with pytest.raises(speaker.Unclear):
        speaker.find_speaker(text)


@pytest.mark.parametrize(
    "text",
    [
        # a news report opening with the minister: the office holder is reported, not the byline
        "Australian Foreign Minister Stephen Smith said on Tuesday Australia will sign the treaty.\n\n"
        "“I am very pleased,” he told parliament.\n",
        "The Permanent Representative of Chile told the Committee that his country would abstain.\n\nMr. Chair, "
        "we note it.\n",
        # the head names one state's minister, the page's domain another government
        "Message from the Minister for Foreign Affairs of Chile\n\nI welcome the Convention.\n"
        "https://www.regjeringen.gov.no/x\n",
    ],
)
def test_an_office_holder_reported_in_the_head_is_not_the_speaker(text):
    with pytest.raises(speaker.Unclear):
        speaker.find_speaker(text)


SPEECH_TO_THE_CHAIR = "Mr President, Excellencies,\n\nWe are all here as supporters of the Convention. {more}\n"


@pytest.mark.parametrize(
    "address, state",
    [
        ("https://www.beehive.govt.nz/speech/first-meeting", "NZL"),
        ("https://www.auswaertiges-amt.de/en/newsroom/news/x", "DEU"),  # a ministry's own domain, listed
        ("https://web.archive.org/web/20070221021406/http://w01.international.gc.ca/minpub/x", "CAN"),
    ],
)
def test_the_government_domain_a_statement_is_published_on_names_its_speaker(address, state):
    name = {"NZL": "New Zealand", "DEU": "Germany", "CAN": "Canada"}[state]
    text = SPEECH_TO_THE_CHAIR.format(more=f"It is my Government's intention that {name} play a strong role.")
    found = speaker.find_speaker(text, address)
    assert found.states == (state,) and "published on" in found.rule
    assert text[found.span.start : found.span.end] == name


@pytest.mark.parametrize(
    "address, more",
    [
        (None, "It is my Government's intention that New Zealand play a strong role."),  # nowhere published
        ("https://www.icanw.org/x", "It is my Government's intention that New Zealand play a strong role."),
        ("https://www.beehive.govt.nz/speech/x", "My delegation thanks Chile."),  # the state not named again
        ("https://www.un.org/disarmament/x", "It is my Government's intention that New Zealand play a strong role."),
    ],
)
def test_a_statement_off_a_government_domain_or_not_naming_it_names_nobody(address, more):
    with pytest.raises(speaker.Unclear):
        speaker.find_speaker(SPEECH_TO_THE_CHAIR.format(more=more), address)


@pytest.mark.parametrize(
    "address, more",
    [  # a host government's site keeps every delegation's statement to the conference it hosts
        ("https://www.bmeia.gv.at/hinw14/s12.pdf", "My delegation thanks Austria for hosting this conference."),
        ("https://www.bmeia.gv.at/hinw14/s12.pdf", "We congratulate the Government of Austria on convening us."),
        ("https://www.bmeia.gv.at/hinw14/s12.pdf", "We are grateful to Austria for its hospitality."),
        ("https://www.bmeia.gv.at/hinw14/HINW14_Statement_Brazil.pdf", "It is our wish that Austria play a role."),
    ],
)
def test_a_guest_delegation_s_statement_on_the_host_government_s_site_is_not_the_host_s(address, more):
    with pytest.raises(speaker.Unclear):
        speaker.find_speaker(SPEECH_TO_THE_CHAIR.format(more=more), address)
    own = SPEECH_TO_THE_CHAIR.format(more=more + " It is my Government's intention that Austria play a strong role.")
    if "Brazil" not in address:  # the host's own statement, naming itself outside its thanks, is still the host's
        assert speaker.find_speaker(own, address).states == ("AUT",)


def test_a_statement_on_a_permanent_mission_s_own_site_is_that_state_s_even_unnamed():
    text = SPEECH_TO_THE_CHAIR.format(more="My delegation thanks Chile for its work.")
    found = speaker.find_speaker(text, "http://www.perumission-un.org/statements/12")
    assert found.states == ("PER",) and "permanent mission" in found.rule
    assert text[found.span.start : found.span.end] == "We"
    with pytest.raises(speaker.Unclear):  # a ministry's site may carry a guest's words: it must name itself
        speaker.find_speaker(text, "https://www.mfat.govt.nz/en/media/x")
    with pytest.raises(speaker.Unclear):  # the address names another delegation's statement
        speaker.find_speaker(text, "http://www.perumission-un.org/statements/Statement_Chile.pdf")
    with pytest.raises(speaker.Unclear):  # a text spoken to nobody in the first person is no statement
        speaker.find_speaker("The Convention entered into force.\n", "http://www.perumission-un.org/news/12")


@pytest.mark.parametrize("salutation", ["President,", "Chair:", "Co-Chairs,"])
def test_the_chair_addressed_by_office_alone_on_its_line_is_an_address_to_the_chair(salutation):
    site = "http://www.perumission-un.org/statements/12"
    text = f"{salutation}\n\nI would like to explain our abstention.\n"
    assert speaker.find_speaker(text, site).states == ("PER",)
    with pytest.raises(speaker.Unclear):  # the office inside a sentence addresses no one
        speaker.find_speaker(text.replace(f"{salutation}\n", f"The {salutation[:-1]} spoke first.\n"), site)


def test_a_mission_s_headed_explanation_of_vote_is_its_own_but_not_its_ambassador_presiding_nor_a_news_item():
    site = "http://www.perumission-un.org/statements/12"
    headed = "Explanation of vote on draft resolution L.4\n\nMy delegation abstained on the draft.\n"
    assert speaker.find_speaker(headed, site).states == ("PER",)
    presiding = (
        "Statement by Ambassador X, President of the Sixth Meeting of States Parties\n\nMr. President, we open.\n"
    )
    news = 'Mr. President, "We welcome the new State Party," said the Ambassador of Austria at the meeting.\n'
    for text in (presiding, news):
        with pytest.raises(speaker.Unclear):
            speaker.find_speaker(text, site)
    # a sentence wrapped at its line ends thanking the chair of a meeting is no head line naming its presiding officer
    wrapped = "Meeting of the States Parties\nAt the outset, allow me to thank\nthe Chairman of the Review Conference,\nMr.\nChairman\n"
    assert speaker.find_speaker(wrapped, site).states == ("PER",)


def test_a_minister_s_statement_is_the_government_s_whose_domain_publishes_it():
    text = (
        "Westerwelle welcomes the Convention\n\nFederal Foreign Minister Guido Westerwelle issued the following "
        "statement today:\n\n“We want a world without cluster munitions.”\n"
    )
    with pytest.raises(speaker.Unclear):
        speaker.find_speaker(text)
    assert speaker.find_speaker(text, "https://www.auswaertiges-amt.de/en/x").states == ("DEU",)
    with pytest.raises(speaker.Unclear):  # the head names another state's minister
        speaker.find_speaker(
            text.replace("Federal Foreign Minister", "Chile's Foreign Minister"), "https://dfat.gov.au/x"
        )


@pytest.mark.parametrize(
    "text, site, state",
    [
        (
            "Intervención de la Ministra de Relaciones Exteriores, Ana Pérez, ante la Conferencia de Desarme\n\n"
            "Señoras y señores:\n\nHoy reafirmamos nuestro compromiso con el desarme.\n",
            "https://www.cancilleria.gob.ar/es/actualidad/discursos/x",
            "ARG",
        ),
        (
            "Discours du ministre de l'Europe et des Affaires étrangères, Jean Martin, à l'ouverture de la "
            "conférence\n\nMesdames et Messieurs,\n\nNous sommes réunis pour bannir ces armes.\n",
            "https://www.diplomatie.gouv.fr/fr/x",
            "FRA",
        ),
    ],
)
def test_a_minister_s_speech_headed_in_spanish_or_french_is_the_government_s_whose_domain_publishes_it(
    text, site, state
):
    assert speaker.find_speaker(text, site).states == (state,)
    with pytest.raises(speaker.Unclear):  # nowhere published: whose minister is unclear
        speaker.find_speaker(text)
    with pytest.raises(speaker.Unclear):  # a speech about a minister, not by one
        speaker.find_speaker("Nota de prensa sobre el discurso de la ministra\n\n" + text.split("\n\n", 1)[1], site)


@pytest.mark.parametrize(
    "text, group",
    [
        (
            "Mr. Chair,\n\nI have the honour to speak on behalf of the European Union and its Member States.\n\n"
            "We welcome the report.\n",
            "eu",
        ),
        ("Mr. Chair, I speak on behalf of the Non-Aligned Movement. We are concerned.\n", "nam"),
        (  # the representative of a state speaks for a group: the words are the group's, not Indonesia's
            "Statement by H.E. Mr. Ali, Permanent Representative of Indonesia\n\nMr. Chair, I speak on behalf of the "
            "Non-Aligned Movement. We welcome the report.\n",
            "nam",
        ),
        (  # the heading names the presidency's ambassador; the text says whose words these are
            "Statement on behalf of the European Union by H.E. Ambassador Andrej Logar, Permanent Representative "
            "of Slovenia\n\nMr Chairman,\n\nI am speaking on behalf of the European Union. The candidate countries "
            "align themselves with this declaration.\n\nWe feel encouraged.\n",
            "eu",
        ),
    ],
)
def test_a_delegation_speaking_for_a_group_makes_the_group_the_speaker_and_no_state(text, group):
    found = speaker.find_speaker(text)
    assert found.group == group and found.states == ()


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Chair, I speak on behalf of Austria and the European Union. We are concerned.\n",  # a state and a group
        "Mr. Chair, I speak on behalf of a group of like-minded States. We are concerned.\n",  # no known group
        "Mr. Chair, I speak on behalf of the ICRC. We are concerned.\n",  # an organisation that is no group of states
    ],
)
def test_a_mixed_or_unknown_group_names_no_speaker(text):
    with pytest.raises(speaker.Unclear):
        speaker.find_speaker(text)


@pytest.mark.parametrize(
    "text, states",
    [
        (  # a national statement that aligns with the group's: the group is not its speaker
            "Mr. Chair,\n\nPoland aligns itself with the statement delivered on behalf of the European Union. "
            "We add some remarks. Poland supports the universalisation of the Convention.\n",
            ("POL",),
        ),
        (  # nor are the states another delegation spoke for
            "Mr. Chair,\n\nWe align with the statement delivered on behalf of Austria and Mexico. Chile welcomes "
            "the report.\n",
            ("CHL",),
        ),
    ],
)
def test_aligning_with_a_statement_made_on_behalf_of_others_is_not_speaking_for_them(text, states):
    found = speaker.find_speaker(text)
    assert found.states == states and found.group is None


@pytest.mark.parametrize(
    ("head", "delivered"),
    [
        (
            "Statement on behalf of the European Union by H.E. Ambassador A. Logar, Permanent Representative of Slovenia",
            "SVN",
        ),
        ("Statement by H.E. Mr. Ali, Permanent Representative of Indonesia", "IDN"),
        ("Statement on behalf of the European Union", None),  # no delegation is shown reading it
    ],
)
def test_the_delegation_that_reads_a_group_s_statement_is_recorded_and_speaks_for_no_one(head, delivered):
    text = f"{head}\n\nMr. Chair,\n\nI speak on behalf of the European Union. We support the Arms Trade Treaty.\n"
    record = explanation_of_vote.parse(text)
    assert (record.state, record.by_group, record.joint) == ("eu", True, ())
    assert record.delivered_by == delivered
    assert {p.state for p in record.positions} == {"eu"}  # the positions stay the group's


def test_a_list_of_states_after_on_behalf_of_the_following_states():
    text = (
        "Political Declaration delivered by Chile on behalf of 5 States\n\nMr. President, I am delivering this "
        "declaration on behalf of the following States, without prejudice to their own views:\n\n"
        "\u2022 Austria \u2022 The Bahamas \u2022 Ruritania \u2022 Chile\n\u2022 Saint Vincent and The Grenadines\n\n"
        "Mr. President, today we welcome the Arms Trade Treaty.\n"
    )
    record = explanation_of_vote.parse(text)
    assert (record.state, *record.joint) == ("CHL", "AUT", "BHS", "VCT")  # the one delivering it first
    assert "'Ruritania'" in record.speaker_rule and any("Ruritania" in m for m in record.missing)
    assert "4 listed of 5 stated" in record.speaker_rule
    prose = text.replace("\u2022 Austria", "as they appear in the annex. Austria")
    assert speaker._following_list(prose, speaker.ON_BEHALF.search(prose)) is None  # no list follows the colon


@pytest.mark.parametrize("count", ["four", "4", ""])
def test_the_members_of_an_unknown_group_listed_after_a_colon_speak_each(count):
    text = (
        "Statement on behalf of the Lakeside Group\n\nMr. Chair,\n\nI have the honour to speak on behalf of the "
        f"{count} members of the Lakeside Group: Chile, Ghana, Norway and my own country, Austria. We support the Arms "
        "Trade Treaty.\n"
    )
    record = explanation_of_vote.parse(text)
    assert (record.state, *record.joint) == ("CHL", "GHA", "NOR", "AUT")
    assert "the members of the Lakeside Group" in record.speaker_rule


@pytest.mark.parametrize(("count", "read"), [("4", True), ("5", False), ("3", False)])
def test_a_counted_list_after_a_colon_is_read_where_its_entries_add_up(count, read):
    text = (
        "Joint Statement on Widgets\nFirst Committee\n\nMr. Chair,\nI have the honour of delivering this statement "
        f"on behalf of {count} states:\nChile, Ruritania, Ghana,\nand Austria.\nWe support the Arms Trade Treaty.\n"
    )
    if not read:
        with pytest.raises(speaker.Unclear):
            explanation_of_vote.parse(text)
        return
    record = explanation_of_vote.parse(text)
    assert (record.state, *record.joint) == ("CHL", "GHA", "AUT")  # an entry naming no state is left unread
    assert "'on behalf of 4 States': 3 listed" in record.speaker_rule and "Ruritania" in record.speaker_rule


def test_a_list_short_of_the_members_it_counts_or_a_known_group_s_list_is_not_read_as_its_speakers():
    text = (
        "Mr. Chair,\n\nI have the honour to speak on behalf of the five members of the Lakeside Group: Chile, Ghana, "
        "Norway and my own country, Austria. We support the Arms Trade Treaty.\n"
    )
    with pytest.raises(speaker.Unclear):  # five counted, four listed: not read as the speakers
        explanation_of_vote.parse(text)
    known = text.replace("five members of the Lakeside Group", "members of the European Union")
    record = explanation_of_vote.parse(known)
    assert (record.state, record.joint) == ("eu", ())  # a known group speaks as one voice


def test_a_government_s_headline_release_on_its_own_domain_speaks_for_it():
    text = (
        "Chile welcomes the adoption of the Arms Trade Treaty\n\n"
        "Santiago, 03.04.2013 - Chile is convinced that the Arms Trade Treaty will save lives. The Government of "
        "Chile supports the Arms Trade Treaty.\n"
    )
    record = explanation_of_vote.parse(text, "https://www.minrel.gob.cl/news/att")
    assert (record.state, record.date) == ("CHL", dt.date(2013, 4, 3))
    with pytest.raises(speaker.Unclear):  # the same page on a news site: no government is shown as its author
        explanation_of_vote.parse(text, "https://news.example.org/chile-att")
    with pytest.raises(speaker.Unclear):  # a headline about another state, on Chile's domain
        explanation_of_vote.parse(text.replace("Chile welcomes", "Peru welcomes"), "https://www.minrel.gob.cl/x")


def test_a_minister_s_headline_release_dated_before_its_kind_and_austria_s_government_domain():
    text = (
        "Wien, 20 September 2017 Press release\n\nFederal Minister Anna Berg signs the Treaty on the Prohibition of "
        "Nuclear Weapons\n\nOn 20 September, Federal Minister Anna Berg signed the Treaty on the Prohibition of "
        "Nuclear Weapons on behalf of Austria.\n"
    )
    record = explanation_of_vote.parse(text, "https://www.bmeia.gv.at/en/press/x")
    assert (record.state, record.date) == ("AUT", dt.date(2017, 9, 20))
    assert [(c.treaty, c.status) for c in record.participation] == [("tpnw", "signatory")]
    with pytest.raises(speaker.Unclear):  # not on a government's domain
        explanation_of_vote.parse(text, "https://news.example.at/x")


@pytest.mark.parametrize(
    "text",
    [
        # a headline whose subject is the state taking part
        "CHILE PARTICIPATES IN THE SIGNING CEREMONY OF THE ARMS TRADE TREATY\n\nChile signed the Arms Trade Treaty "
        "yesterday. Chile supports the Arms Trade Treaty.\n",
        # an opening sentence whose subject is the state's representative acting
        "Chile's permanent representative to the UN Ana Diaz 2 April deposited its instrument on the ratification of "
        "the Arms Trade Treaty. Chile supports the Arms Trade Treaty.\n",
        # a government page that names its publisher
        "Arms Trade Treaty signed in New York today\n\nPublisher: Ministry of Foreign Affairs\n\nChile supports "
        "the Arms Trade Treaty.\n",
        # a dateline, then the minister named and acting (the dateline's country is a place, not a voice)
        "New York, USA (27th September, 2031) – The Honourable Ana Diaz, Minister of Foreign Affairs, signed the Arms "
        "Trade Treaty. Chile supports the Arms Trade Treaty.\n",
        # the government's decision, dated
        "On 1 April 2031, the Government decided to sign the Arms Trade Treaty. Chile supports the Arms Trade Treaty.\n",
        # a mission's news item on the statement its delegate delivered
        "Chile delivers national statement during the thematic discussion\n\nMr. A B delivered Chile's statement in "
        "the First Committee. Chile supports the Arms Trade Treaty.\n",
        # in Spanish, the government acting
        "El Gobierno de Chile da la bienvenida a la entrada en vigor del Tratado sobre el Comercio de Armas. Chile "
        "apoya el Tratado sobre el Comercio de Armas.\n",
    ],
)
def test_a_government_s_release_on_its_domain_in_three_more_layouts(text):
    record = explanation_of_vote.parse(text, "https://www.minrel.gob.cl/news/att")
    assert record.state == "CHL" and "government's own release" in record.speaker_rule
    assert {(p.state, p.stance, p.topic) for p in record.positions} >= {("CHL", "supports", "att")}
    with pytest.raises(speaker.Unclear):  # on a news site, no government is shown as its author
        explanation_of_vote.parse(text, "https://news.example.org/chile-att")
    with pytest.raises(speaker.Unclear):  # about another state, on Chile's domain
        explanation_of_vote.parse(text.replace("CHILE", "PERU").replace("Chile", "Peru"), "https://www.minrel.gob.cl/x")


def test_a_headline_of_the_state_s_envoy_delivering_a_statement_is_a_statement_on_its_government_s_domain_alone():
    text = (
        "Permanent Representative of Chile to the UN in New York A.Diaz delivered a statement on general debates of "
        "the Third Meeting\n\nIn her speech, A.Diaz confirmed that Chile supports the Arms Trade Treaty.\n"
    )
    assert detect(text, "https://www.minrel.gob.cl/news/att") is explanation_of_vote
    assert explanation_of_vote.parse(text, "https://www.minrel.gob.cl/news/att").state == "CHL"
    for address in ("https://news.example.org/chile-att", "https://www.rree.gob.pe/news/att"):  # a report of it
        with pytest.raises(UnknownKind):
            detect(text, address)
    for envoy in ("Ambassador of the European Union", "Permanent Representative of Peru"):  # no state, another
        other = text.replace("Permanent Representative of Chile", envoy)
        assert publisher.release_head(other, "https://www.minrel.gob.cl/news/att") is None


def test_a_title_on_behalf_of_a_group_and_a_damaged_text_layer_s_glued_words():
    text = (
        "STATEMENT ON BEHALF OF THE CARIBBEAN COMMUNITY (CARICOM)\n\nFIRST COMMITTEE\n\nDelivered by: H.E. Ms. A B "
        "Permanent Representative Bahamas Permanent Mission to the\n\nMr. Chairman, Ihave the honour to speak on "
        "behalf of the fourteen Member States ofthe Caribbean Community (CARICOM).\n"
    )
    found = speaker.find_speaker(text)
    assert (found.group, found.states, found.delivered_by) == ("caricom", (), "BHS")
    # without the title, the glued voice still speaks for the group, not for the Bahamas
    untitled = text.replace("STATEMENT ON BEHALF OF THE CARIBBEAN COMMUNITY (CARICOM)\n\n", "")
    assert speaker.find_speaker(untitled).group == "caricom"


def test_the_place_of_a_minister_s_act_is_not_another_state_s_voice():
    text = (
        "Chile's Minister for Foreign Affairs signs the convention banning cluster munitions in Oslo, Norway\n"
        "Chile's Minister for Foreign Affairs, A B, has signed the Convention on Cluster Munitions in Oslo, Norway.\n"
    )
    assert explanation_of_vote.parse(text, "https://www.minrel.gob.cl/x").state == "CHL"
    with pytest.raises(speaker.Unclear):  # the head naming another state as actor is still refused
        explanation_of_vote.parse(
            text.replace("in Oslo, Norway", "with Norway's Minister"), "https://www.minrel.gob.cl/x"
        )


def test_an_office_joined_to_another_in_a_byline_is_still_the_speaker_s():
    text = (
        "Intervention by H.E. Ambassador A B, Ambassador and Permanent Representative of Bangladesh to the UN Office "
        "in Geneva, in the thematic discussion on conventional weapons in the First Committee\n\nMr. Chairman,\n\n"
        "My delegation thanks you.\n"
    )
    assert speaker.find_speaker(text).states == ("BGD",)


@pytest.mark.parametrize(
    ("text", "state"),
    [
        # a heading run on with the address to the chair, the author's name before the session's number
        (
            "Statement of the Delegation of the Arab Republic of Egypt 73rd Session of the General Assembly First "
            "Committee Check Against Delivery Mr. Chairman, Egypt associates itself with the Arab Group.\n",
            "EGY",
        ),
        # a minister's office in the byline, the place after it in capitals
        (
            "Closing Remarks by H.E. Mr. Fumio KISHIDA, Minister for Foreign Affairs of Japan At the Eighth "
            "Ministerial Meeting\nLadies and Gentlemen,\nIt is my great pleasure to host the meeting.\n",
            "JPN",
        ),
    ],
)
def test_the_author_in_a_heading_that_runs_on(text, state):
    assert speaker.find_speaker(text).states == (state,)


def test_a_group_s_delegation_that_names_its_own_country_in_the_list():
    text = (
        "Statement by the Nordic Countries\n\nNew York, 23 October 2019\n\nMr Chairperson,\n\nIt is an honour for me "
        "to address this Committee on behalf of the Nordic countries: Denmark, Iceland, Norway, Sweden and my own "
        "country, Finland.\n"
    )
    found = speaker.find_speaker(text)
    assert (found.group, found.states, found.delivered_by) == ("nordic-countries", (), "FIN")
    # the members in apposition with no colon or comma after the group's name: still the group's voice
    joined = speaker.find_speaker(text.replace("Nordic countries: Denmark", "Nordic countries Denmark"))
    assert (joined.group, joined.states, joined.delivered_by) == ("nordic-countries", (), "FIN")
    # a state listed that is no member of the group: no one voice, and no member's word either
    mixed = text.replace("Nordic countries: Denmark", "Nordic countries Canada, Denmark")
    assert speaker.find_speaker(mixed).group is None


def test_a_group_named_by_its_members_count_and_a_speech_title_line():
    assert speaker.one_voice("the fourteen Member States of the Caribbean Community (CARICOM)").key == "caricom"
    assert speaker.one_voice("the 27 member States of the European Union").key == "eu"
    text = (
        "Remarks by Mr Alan Smith, Parliamentary Under Secretary of State, upon signing the Arms Trade Treaty\n\n"
        "Today is a great day. I am very proud to be here to sign on behalf of the United Kingdom.\n"
    )
    assert explanation_of_vote.detect(text) > 0 and explanation_of_vote.parse(text).state == "GBR"
    with pytest.raises(speaker.Unclear):  # the same title over a text no state is shown speaking
        explanation_of_vote.parse(text.replace(" to sign on behalf of the United Kingdom", ""))


def test_a_speaker_for_a_collective_that_names_no_state_or_known_group_is_unclear():
    text = (
        "Statement by Mr John Doe, First Secretary, Australian Permanent Mission to the United Nations, on behalf of "
        "of Pacific Island Countries\n\nMr Chairman\n\nI have been asked to make this statement on behalf of Pacific "
        "Island countries. We welcome the Treaty. Australia supports it.\n"
    )
    with pytest.raises(speaker.Unclear, match="Pacific Island Countries"):
        speaker.find_speaker(text, "https://dfat.gov.au/x")  # not the publisher's, nor the reader's


def test_a_list_of_states_with_a_group_among_them_speaks_for_each():
    text = (
        "Joint statement\n\nMr. Chair, I have the honour to speak on behalf of: Albania, Austria, Ukraine, the "
        "European Union, and my own country, the United Kingdom.\n\nWe are gravely concerned about the use of "
        "cluster munitions.\n"
    )
    record = explanation_of_vote.parse(text)
    assert (record.state, *record.joint) == ("ALB", "AUT", "UKR", "GBR") and record.joint_groups == ("eu",)
    found = {(p.state, p.stance, p.topic, p.by_group) for p in record.positions}
    assert ("eu", "opposes", "cluster-munitions", True) in found and (
        "GBR",
        "opposes",
        "cluster-munitions",
        False,
    ) in found
    assert record.vote is None


def test_a_group_named_before_a_dash_and_its_members_and_a_mission_in_the_byline():
    text = (
        "Statement delivered by Ms. Jane Roe, Deputy Permanent Representative of Estonia on behalf of Estonia, Latvia "
        "and Lithuania\n\nChair,\n\nI am delivering this statement on behalf of the Baltic States – Latvia, Lithuania "
        "and my own country Estonia. We value this forum.\n"
    )
    found = speaker.find_speaker(text)
    assert (found.group, found.delivered_by, found.states) == ("baltic-states", "EST", ())
    byline = (
        "Statement by Mr. John Roe, Third Secretary, Permanent Mission of the Lao PDR to the United Nations\n\n"
        "Mr. Chair,\n\nMy delegation aligns itself with the statement delivered by Indonesia on behalf of the NAM.\n"
    )
    assert speaker.find_speaker(byline).states == ("LAO",)


def test_a_minister_s_act_as_a_ministry_s_headline_on_its_domain():
    text = (
        "Deputy Foreign Minister Deposited Thailand’s Instrument of Ratification of the Treaty\n\n"
        "On 25 September 2018, the Deputy Minister of Foreign Affairs of Thailand deposited the instrument.\n"
    )
    assert speaker.find_speaker(text, "https://www.mfa.go.th/en/x").states == ("THA",)
    with pytest.raises(speaker.Unclear):  # the same page elsewhere names no author
        speaker.find_speaker(text, "https://news.example.org/x")


@pytest.mark.parametrize(
    ("sentence", "delivered"),
    [
        ("Explanation of Vote delivered by Finland on behalf of the European Union Member States.", "FIN"),
        (
            "The Bolivarian Republic of Venezuela has the honor of speaking on behalf of the 120 Member States that "
            "make up the Non-Aligned Movement.",
            "VEN",
        ),
        # another delegation's statement the speaker aligns with names no reader of this one
        ("We align ourselves with the statement delivered by Egypt on behalf of the Non-Aligned Movement.", None),
    ],
)
def test_the_state_named_reading_a_group_s_statement_just_before_its_on_behalf_of(sentence, delivered):
    group = "European Union" if "European Union" in sentence else "NAM"
    found = speaker.find_speaker(f"Statement\n\nMr. Chair,\n\n{sentence} I speak on behalf of the {group}.\n")
    assert found.group is not None and found.states == ()  # the group speaks, its reader does not
    assert found.delivered_by == delivered


def test_a_spanish_list_of_states_ending_y_before_its_last_name_and_what_we_believe():
    text = (
        "Pronunciamiento conjunto\n\nNueva York, 2 de abril de 2031\n\nSeñor Presidente,\n\nTengo el honor de hablar "
        "en nombre de Chile, Trinidad y Tobago, y Uruguay.\n\nSeñor Presidente,\n\nEn esta coyuntura, creemos que el "
        "texto que hemos producido es lo mejor que habríamos podido lograr.\n"
    )
    record = explanation_of_vote.parse(text)
    assert (record.state, *record.joint) == ("CHL", "TTO", "URY")
    assert {(p.state, p.stance) for p in record.positions} == {(code, "says") for code in ("CHL", "TTO", "URY")}


def test_a_state_speaking_of_itself_under_a_heading_that_has_no_full_stop():
    text = (
        "Second Review Conference of the States Parties to the Convention on Cluster Munitions 20 September 2031\n\n"
        "Agenda Item 7: Reaffirming the determination\n\nMr. President,\n\nSri Lanka is pleased to join the "
        "Conference. We join other delegations in congratulating you.\n"
    )
    # the heading is a paragraph of its own, not the start of the sentence under "Mr. President,"
    assert speaker.find_speaker(text).states == ("LKA",)


def test_a_state_speaking_of_itself_after_a_paragraph_number_and_with_an_apposition():
    text = (
        "Señora Presidenta:\n1.‐ Llamamos a la eliminación completa de las armas nucleares, y mi delegación lo dirá.\n"
        "1\n4.‐ El Ecuador, como parte de la primera zona densamente poblada libre de armas nucleares, insta a todos "
        "los Estados a consolidar Zonas Libres de Armas Nucleares.\n"
    )
    assert speaker.find_speaker(text).states == ("ECU",)


@pytest.mark.parametrize(
    "text",
    [
        "Estimado presidente Biden,\n\nNosotros, los abajo firmantes, le pedimos que firme de inmediato, en nombre de "
        "los Estados Unidos, el Tratado sobre la Prohibición de las Armas Nucleares.\n\nSeñor Presidente, firme.\n",
        "Mr. President,\n\nWe urge you to sign, on behalf of the United States of America, this treaty.\n",
    ],
)
def test_an_on_behalf_of_in_what_the_speaker_asks_its_addressee_to_do_names_no_speaker(text):
    with pytest.raises(speaker.Unclear):
        speaker.find_speaker(text)


def test_a_spanish_statement_whose_text_layer_lost_its_accents_and_broke_its_heading():
    text = (
        "MISIN PERMANENTE ANTE LAS NACIONES UNIDAS\n\nINTERVENCION DE LA DELEGACION\nDE LA REPBLICA BOLIVARIANA DE "
        "VENEZUELA\nNueva York, 27 de junio de 2031\n\nSeor Presidente :\nEn primer lugar, deseo expresarle, en nombre "
        "de la Repblica Bolivariana de\nVenezuela, nuestras felicitaciones. Venezuela considera que la cooperacin es "
        "necesaria.\n"
    )
    record = explanation_of_vote.parse(text)
    assert (record.state, record.date) == ("VEN", dt.date(2031, 6, 27))


@pytest.mark.parametrize(
    "own_side", ["au nom de la délégation tunisienne", "en nombre de mi Gobierno", "on behalf of my Government"]
)
def test_speaking_on_behalf_of_its_own_delegation_or_government_in_three_languages_is_no_unknown_group(own_side):
    text = f"Statement by Tunisia\n\nMr. President,\n\nI speak {own_side}. We support the Arms Trade Treaty.\n"
    assert speaker.find_speaker(text).states == ("TUN",)


@pytest.mark.parametrize(
    ("text", "state"),
    [
        (
            "Mr. President, I wish to congratulate you.\n\nAs a small nation with porous borders, Antigua and Barbuda "
            "calls on all States Parties to cooperate.\n",
            "ATG",
        ),
        (
            "Monsieur le Président, Ma délégation vous félicite.\n\nLe Burkina Faso reste profondément préoccupé par la "
            "prolifération des armes légères.\n",
            "BFA",
        ),
        (  # after the French address to the chair, a French verb of aligning
            "Madame la Présidente,\n\nLa France s’aligne sur le discours de l’Union européenne. Nous soutenons le "
            "Traité.\n",
            "FRA",
        ),
        (  # a Spanish verb of aligning: "El Perú suscribe la intervención de …"
            "Señor Presidente, mi país lo felicita. Señor Presidente, El Perú suscribe la intervención de la "
            "República Dominicana en nombre de la CELAC.\n",
            "PER",
        ),
    ],
)
def test_a_state_speaking_of_itself_after_an_opening_clause_or_with_a_french_verb_of_state(text, state):
    assert speaker.find_speaker(text).states == (state,)


SPANISH_SPEECH = "\n\nSeñor Presidente,\n\nReiteramos nuestro apoyo.\n"
FRENCH_SPEECH = "\n\nMonsieur le Président,\n\nNous réaffirmons notre soutien.\n"


@pytest.mark.parametrize(
    ("heading", "speech", "states"),
    [
        # a Spanish heading may name the state without "delegación"
        ("Intervención del Perú", SPANISH_SPEECH, ("PER",)),
        ("Declaración de la República Argentina", SPANISH_SPEECH, ("ARG",)),
        ("Declaración de Viena", SPANISH_SPEECH, None),  # a place, no state
        (
            "Declaración del Presidente de la Reunión de Estados Partes, Embajador de Chile",
            SPANISH_SPEECH,
            None,
        ),  # chair
        # a French heading naming the speaker by office
        (
            "Déclaration de M. A B, Ambassadeur, Représentant permanent de la Tunisie auprès des Nations Unies",
            FRENCH_SPEECH,
            ("TUN",),
        ),
        (  # as a scan gives it: accents lost, the state's name in capitals run onto the line
            "TUNISIE Declaration de M. A B Ambassadeur, Representant Permanent de la Tunisie aupres des Nations Unies",
            FRENCH_SPEECH,
            ("TUN",),
        ),
        ("Intervention de la délégation du Sénégal", FRENCH_SPEECH, ("SEN",)),
        (
            "Intervention du Représentant permanent adjoint de l'Algérie à la Première Commission",
            FRENCH_SPEECH,
            ("DZA",),
        ),
        ("Discours de M. A B lors de sa visite en Tunisie", FRENCH_SPEECH, None),  # a state named, but as no office's
        ("Déclaration du Président de la Conférence, Ambassadeur du Chili", FRENCH_SPEECH, None),  # the chair's
        (  # offices of two states
            "Déclaration de M. A, Représentant permanent de la France, et de Mme B, Ambassadrice du Mali",
            FRENCH_SPEECH,
            None,
        ),
    ],
)
def test_a_spanish_or_french_heading_naming_the_speaker(heading, speech, states):
    text = heading + speech
    if states is None:
        with pytest.raises(speaker.Unclear):
            speaker.find_speaker(text)
    else:
        assert speaker.find_speaker(text).states == states


def test_speaking_on_behalf_of_one_s_own_side_is_not_speaking_for_others():
    text = "Monsieur le Président,\n\nJe tiens au nom de la délégation tunisienne à vous féliciter.\n"
    assert not speaker._speaks_for_others(text)
    assert speaker._speaks_for_others(text.replace("la délégation tunisienne", "des pays du Sahel"))
    assert speaker._speaks_for_others(  # a government named is no own side: "on behalf of the Government of X and Y"
        text.replace("la délégation tunisienne", "le gouvernement de la Tunisie et du Maroc")
    )


def test_a_joint_statement_of_a_counted_list_of_states_and_an_observer():
    text = (
        "Mr Chair,\n\nI am taking the floor on behalf of the 3 Member States Chile, Mexico and Switzerland, as well as "
        "the Observer State Holy See.\n\nOur countries are deeply concerned.\n"
    )
    assert speaker.find_speaker(text).states == ("CHL", "MEX", "CHE", "VAT")
    with pytest.raises(speaker.Unclear):  # a list that does not add up to its count is not read
        speaker.find_speaker(text.replace("the 3 Member States", "the 4 Member States"))


def test_a_speech_in_the_third_person_names_its_state_twice_under_the_chair_s_address():
    text = (
        "Intervención de la Consejera, Sra. A B\n28 de octubre\nSeñor Presidente\nArgentina votó a favor del proyecto. "
        "En tal sentido, Argentina hace suya la intervención de UNASUR. Argentina expresa, asimismo, su profunda "
        "preocupación.\nGracias Señor Presidente\n"
    )
    assert speaker.find_speaker(text).states == ("ARG",)
    with pytest.raises(speaker.Unclear):  # once only: no speaker
        speaker.find_speaker(text.replace("Argentina expresa, asimismo,", "Se expresa"))
    with pytest.raises(speaker.Unclear):  # the chair addressed inside a report's sentence: no speech
        speaker.find_speaker(
            text.replace("Señor Presidente\n", "dijo al Señor Presidente que ").replace(
                "Gracias Señor Presidente\n", ""
            )
        )


def test_a_group_s_statement_read_by_the_representative_of_a_state_under_its_formal_name():
    text = (
        "STATEMENT ON BEHALF OF THE AFRICAN GROUP\nBY\nAMBASSADOR A B\nPERMANENT REPRESENTATIVE OF THE REPUBLIC OF "
        "GABON\n\nMr. President,\n\n1. I have the honour to speak on behalf of the African Group.\n"
    )
    found = speaker.find_speaker(text)
    assert (found.states, found.group, found.delivered_by) == ((), "african-group", "GAB")


def test_a_statement_on_behalf_of_others_not_read_as_states_is_nobody_s_by_its_publisher():
    text = (
        "Mr Chair,\nIt is an honour to address this Committee on behalf of the Widget countries, Finland, Norway and "
        "my own country, Denmark.\nWe are concerned.\n"
    )
    with pytest.raises(speaker.Unclear, match="on behalf of"):
        speaker.find_speaker(text, "https://fnnewyork.um.dk/en/statements/x")


def test_a_group_then_its_members_in_apposition_is_the_group_read_by_the_own_country():
    text = (
        "Joint Statement\nMr Chair,\nIt is an honour to address this Committee on behalf of the Nordic countries, "
        "Finland, Iceland, Norway, Sweden and my own country, Denmark.\nWe are concerned.\n"
    )
    found = speaker.find_speaker(text)
    assert (found.group, found.delivered_by, found.states) == ("nordic-countries", "DNK", ())
    # a state listed after the group that is not one of its members: no one voice, the states and the group speak
    mixed = text.replace("Sweden and my own country, Denmark", "Sweden, Chile and my own country, Denmark")
    assert speaker.find_speaker(mixed).group is None


def test_speaking_on_behalf_of_its_own_state_today_is_that_state():
    text = (
        "National Statement\n\nMr Chairman,\n\nIt gives me great satisfaction to speak on behalf of Ireland today at "
        "this First Conference of States Parties. We regard the Treaty as a success.\n"
    )
    assert speaker.find_speaker(text).states == ("IRL",)


NON_STATE_HEADING = (
    "{heading}\n\nGeneva, 5 September 2016\n\nMr. President,\n\nWe welcome that Japan supports the Convention.\n"
)


@pytest.mark.parametrize(
    "heading",
    [
        "Statement by the Cluster Munition Coalition",
        "Statement of the International Committee of the Red Cross",
        "Statement by Human Rights Watch",
        "Remarks by the Japan Campaign to Ban Landmines",
    ],
)
@pytest.mark.parametrize(
    "address", ["https://www.mofa.go.jp/statements/1.html", "https://www.geneva.mofa.go.jp/statements/1.html"]
)
def test_a_heading_naming_an_organisation_as_the_speaker_is_never_the_publishing_government_s(heading, address):
    with pytest.raises(speaker.Unclear, match="no state"):
        speaker.find_speaker(NON_STATE_HEADING.format(heading=heading), address)


@pytest.mark.parametrize(
    "heading", ["Statement by the African Group", "Statement from The Africa Group to the Review Conference"]
)
def test_a_heading_naming_a_group_of_states_makes_the_group_the_speaker_on_a_member_s_mission_site(heading):
    text = NON_STATE_HEADING.format(heading=heading).replace("Japan", "Egypt")
    found = speaker.find_speaker(text, "https://www.un.int/egypt/statements/1")
    assert (found.states, found.group) == ((), "african-group")


def test_an_office_the_head_names_speaking_on_behalf_of_others_makes_that_state_no_speaker():
    text = (
        "Statement By H.E. A B Ambassador And Permanent Representative Of The Republic Of Cameroon On Behalf Of The "
        "African Group States Parties To The Treaty On Widgets At The Review Conference, New York, May 5th, 2031.\n\n"
        "Mr. President,\n\nThe African Group believes that the Treaty is important.\n"
    )
    try:
        found = speaker.find_speaker(text)
    except speaker.Unclear:
        found = None  # no speaker is right too
    assert found is None or found.states != ("CMR",)
    alone = text.replace(" On Behalf Of The African Group States Parties To The Treaty On Widgets", "")
    assert speaker.find_speaker(alone).states == ("CMR",)


def test_a_heading_naming_an_office_only_leaves_the_speaker_to_the_publishing_government_s_site():
    text = NON_STATE_HEADING.format(heading="Statement by the Minister for Foreign Affairs")
    assert speaker.find_speaker(text, "https://www.mofa.go.jp/statements/1.html").states == ("JPN",)


@pytest.mark.parametrize(
    "text, site, guest, host",
    [
        (
            "Statement by the Minister for Foreign Affairs, John Smith, at the opening session\n\nMr. President,\n\n"
            "New Zealand has long supported a ban on cluster munitions. My country was among the first to ratify.\n",
            "https://www.dfat.gov.au/news/speeches/x",
            "New Zealand",
            ("Australia", "AUS"),
        ),
        (
            "Discurso del Ministro de Relaciones Exteriores, Juan Gómez, en la inauguración de la reunión\n\n"
            "Señoras y señores:\n\nColombia ha destruido todas sus existencias. Mi país reafirma su compromiso.\n",
            "http://15msp.gob.cl/discurso-del-ministro/x",
            "Colombia",
            ("Chile", "CHL"),
        ),
        (
            "Discours du ministre des Affaires étrangères, M. Diallo, à l'ouverture de la conférence\n\nMonsieur le "
            "Président,\n\nLe Sénégal a ratifié la Convention. Mon pays soutient l'interdiction.\n",
            "https://www.diplomatie.gouv.fr/fr/x",
            "Le Sénégal",
            ("La France", "FRA"),
        ),
    ],
)
def test_a_guest_minister_s_speech_on_the_host_government_s_domain_is_not_the_host_s(text, site, guest, host):
    with pytest.raises(speaker.Unclear, match="never of"):
        speaker.find_speaker(text, site)
    name, state = host
    assert speaker.find_speaker(text.replace(guest, name), site).states == (state,)  # the host's own minister


@pytest.mark.parametrize(
    "text",
    [
        "Statement by the Permanent Representative of India: reactions\n\nIndia's envoy said India would not sign "
        "the treaty. Our correspondent reports that we may see changes.\n",
        "Discurso del Ministro de Relaciones Exteriores de Chile fue criticado\n\nEl ministro dijo que Chile apoya la "
        "Convención. Los críticos afirmamos que no basta.\n",
    ],
)
def test_a_report_of_what_a_speaker_said_under_the_speech_s_heading_is_no_statement(text):
    with pytest.raises(speaker.Unclear, match="reports what the speaker said"):
        speaker.find_speaker(text, "https://www.example-news.com/x")


def test_a_government_s_release_telling_what_its_own_minister_said_is_its_own_word():
    text = (
        "Statement by the Minister of Foreign Affairs of Norway\n\nThe Minister said Norway will ratify the "
        "Convention. We welcome its entry into force.\n"
    )
    assert speaker.find_speaker(text, "https://www.regjeringen.no/en/x").states == ("NOR",)
    with pytest.raises(speaker.Unclear):
        speaker.find_speaker(text, "https://www.example-news.com/x")


NEWS_ITEM = (
    "The Convention on Cluster Munitions turns ten\n\nThe Convention was signed in Oslo. Belgium pioneered the fight "
    "against these weapons with a law in 2006.\n\nThe effort must continue, which we welcome. Belgium encourages all "
    "States to join the Convention.\n"
)


def test_a_news_item_about_its_own_state_on_its_government_s_domain_is_that_government_s_word():
    site = "https://diplomatie.belgium.be/en/newsroom/news/x"
    record = explanation_of_vote.parse(NEWS_ITEM, site)
    assert (record.state, "news item" in record.speaker_rule) == ("BEL", True)
    assert [(p.state, p.quote) for p in record.positions] == [
        ("BEL", "Belgium encourages all States to join the Convention.")
    ]  # the state's own sentence, not the first sentence with a cue ("which we welcome")


@pytest.mark.parametrize(
    "text, site",
    [
        (NEWS_ITEM, "https://www.example-news.com/x"),  # anyone's page
        (NEWS_ITEM.replace("The Convention was signed", "Norway hosted the signing. It was signed"), None),
        (NEWS_ITEM + "\nNorway hosted the signing ceremony.\n", "https://diplomatie.belgium.be/en/x"),  # another state
        (NEWS_ITEM.replace("Belgium encourages", "The Government encourages"), "https://diplomatie.belgium.be/x"),
        (NEWS_ITEM, "https://diplomatie.belgium.be/en/Statement_Norway.pdf"),  # the address names another
    ],
)
def test_a_news_item_is_no_government_s_word_elsewhere_or_where_another_state_acts_in_it(text, site):
    assert publisher.own_news(text, site) is None


WRAPPED_SPEECH = (  # a general debate speech printed without a heading, its lines wrapped as in a verbatim record
    "I would like to extend\nmy warm congratulations to Mr. A B,\nForeign Minister of the Republic of Namibia, on his\n"
    "election as President of the Assembly. I would also like to thank\nMr. C D, Minister for Foreign Affairs of Uruguay,\n"
    "for his work.\nMr. President,\nWe support the Arms Trade Treaty.\n"
)


@pytest.mark.parametrize(
    "text",
    [
        WRAPPED_SPEECH,
        # the wrapped lines open a sentence about another delegation's statement
        "The Danish Government\nassociates itself with the statement made by the\nMinister for Foreign Affairs of Belgium "
        "on behalf of\nthe European Union.\nMr. President,\nWe support the Arms Trade Treaty.\n",
        # a head of delegation's opening, "I" inside a line
        "As head of the delegation of my country,\nand on behalf of the Minister, Mr. A B, Minister\nfor Foreign Affairs, I "
        "am honoured to address the\nAssembly.\nFirst, I congratulate you, Sir, former Prime\nMinister of Finland, on your "
        "election to preside over\nthe session.\nMr. President,\nWe support the Arms Trade Treaty.\n",
    ],
)
def test_an_office_named_in_a_wrapped_speech_s_first_lines_is_no_heading(text):
    try:
        found = speaker.find_speaker(text).states
    except speaker.Unclear:
        found = ()
    assert not {"NAM", "URY", "BEL", "FIN"} & set(found)  # the office another delegate holds


def test_a_heading_wrapped_before_the_state_s_name_is_still_a_heading():
    text = "Statement by the Permanent Representative of\nthe Philippines to the United Nations\n\nMr. President,\n\nWe agree.\n"
    assert speaker.find_speaker(text).states == ("PHL",)
    metadata = (
        'title: "Statement on landmines"\ndate: "1997-05-23"\nsource: "MINISTER FOR FOREIGN AFFAIRS"\n\nWe agree.\n'
    )
    assert publisher.ministerial_head(metadata) is not None  # a metadata field's line is no prose above it
    assert (
        publisher.ministerial_head("I wish to congratulate\nMr. A B, the Minister for Foreign Affairs of\nPeru.\n")
        is None
    )


@pytest.mark.parametrize(
    ("sentence", "state"),
    [
        ("Kenya remains committed to the Arms Trade Treaty.", "KEN"),
        ("Kenya stands ready to help.", "KEN"),
        ("Kenya continues to support the Treaty.", "KEN"),
        # what another state keeps doing, or its condition
        ("Israel continues to occupy Arab territories.", None),
        ("Cyprus remains divided.", None),
        ("South Africa stands with its ally.", None),
        ("The Bahamas joins us as the newest Member State.", None),
        # "my country" at the head of a list is no apposition
        ("On the initiative of my country, Argentina, Brazil and Peru approved the Declaration.", None),
    ],
)
def test_a_state_speaks_of_itself_only_with_a_stance_after_remains_stands_or_continues(sentence, state):
    assert _speaking(f"Mr. President,\n\nWe thank you. {sentence}\n") == ((state,) if state else None)


def _speaking(text: str) -> tuple[str, ...] | None:
    """The states find_speaker names, None where it abstains."""
    try:
        return speaker.find_speaker(text).states
    except speaker.Unclear:
        return None


@pytest.mark.parametrize(
    "sentence",
    [
        # a declaration the speaker quotes
        'We recall the declaration of 1957: "I, A B, Minister for Foreign Affairs, declare on behalf of the Government '
        'of Egypt that the Government accepts the jurisdiction of the Court."',
        # another delegate's statement, named before its "on behalf of"
        "I join my colleague, Minister A B of Ireland, who spoke on behalf of the European Union, in congratulating you.",
        "I support the statement made by the Minister for Foreign Affairs of Luxembourg on behalf of the European Union.",
        "In addition to what was said in Italy's statement on behalf of the European Union, I stress two issues.",
    ],
)
def test_another_s_words_on_behalf_of_a_state_or_group_make_nobody_the_speaker(sentence):
    with pytest.raises(speaker.Unclear):
        speaker.find_speaker(f"Mr. President,\n\n{sentence} We support the Arms Trade Treaty.\n")


@pytest.mark.parametrize(
    "charge",
    [
        "Israel's occupation of Arab lands must end.",
        "We condemn the aggression by Israel.",
        "The Israel regime defies us.",
    ],
)
def test_a_state_the_speaker_charges_with_force_is_another_party_not_the_speaker(charge):
    text = f"Mr. President,\n\nWe thank you. {charge} Israel believes it may act freely.\n"
    with pytest.raises(speaker.Unclear):
        speaker.find_speaker(text)
    assert speaker.find_speaker(text.replace(charge, "")).states == ("ISR",)  # without the charge: itself


@pytest.mark.parametrize(
    ("behalf", "states"),
    [
        ("the people and the Government of Afghanistan", ("AFG",)),
        ("the Government of Afghanistan", ("AFG",)),
        ("the delegation of Afghanistan", ("AFG",)),
        ("the Governments of Afghanistan and Iran", None),  # others besides it
        ("the people of Afghanistan, Iran and Pakistan", None),
    ],
)
def test_speaking_on_behalf_of_its_state_s_government_or_people_names_the_speaker(behalf, states):
    assert (
        _speaking(f"Mr. President,\n\nAllow me to express on behalf of {behalf} our gratitude to you. We agree.\n")
        == states
    )


@pytest.mark.parametrize(
    ("sentence", "states"),
    [
        ("As head of the delegation of the Republic of Equatorial Guinea, I am honoured to address you.", ("GNQ",)),
        ("I speak as the representative of Equatorial Guinea.", ("GNQ",)),
        ("It is an honour for Equatorial Guinea to address this Assembly.", ("GNQ",)),
        # another's post
        ("We welcome Mr. A as the new Permanent Representative of Namibia.", None),
        ("As the representative of Namibia said, we must act.", None),
    ],
)
def test_a_speaker_naming_its_post_or_its_state_s_honour_in_its_own_words(sentence, states):
    assert _speaking(f"Mr. President,\n\n{sentence} We agree on peace.\n") == states


@pytest.mark.parametrize("verb", ["would like to explain", "wish to explain", "will explain"])
def test_a_list_of_states_ends_where_the_sentence_goes_on_with_and_and_a_verb(verb):
    text = (
        "Explanation of Vote in the First Committee\n\nMr. Chairman, I am speaking on behalf of Chile, Peru, and my "
        f"own country, Ghana, and {verb} our vote on the draft resolution.\n"
    )
    record = explanation_of_vote.parse(text)
    assert (record.state, *record.joint) == ("CHL", "PER", "GHA")


def test_a_minister_s_office_whose_state_goes_on_below_a_blank_line_names_the_speaker():
    text = (
        "Statement by\n\nH.E. Mr. Ali Veli,\nMinister of Foreign Affairs\n\nof the Republic of Azerbaijan,\n"
        "General Debate of the 79th session of the United Nations General Assembly\n\nMr. President,\n\n"
        "I congratulate you. The Government of Armenia denies our people the right of return.\n"
    )
    found = speaker.find_speaker(text)
    assert found.states == ("AZE",) and "office" in found.rule


def test_an_office_line_opening_with_the_names_the_speaker_who_also_joins_another_s_statement():
    text = (
        "General Assembly, 64th Session, First Committee, General debate on all agenda items\n"
        "07 October 2031\n\nH.E. Ambassador Ana Ruiz\nThe Permanent Representative of Chile to the United Nations\n\n"
        "Mr. Chairman,\n\nI wish to commend you on your election. My delegation also supports the statement made by "
        "Cuba on behalf of the Non-Aligned Movement.\n"
    )
    record = explanation_of_vote.parse(text)
    assert (record.state, record.body) == ("CHL", "first-committee")
    reported = text.replace("to the United Nations\n", "to the United Nations said today\n")
    with pytest.raises(speaker.Unclear):  # the line tells what the office holder did: a report, not a byline
        explanation_of_vote.parse(reported)


@pytest.mark.parametrize(
    ("heading", "states"),
    [
        ("Statement by the Chilean, Peruvian, and Norwegian Ministers of Defence on Widgets", ("CHL", "PER", "NOR")),
        ("Joint Statement by the Chilean and Peruvian Foreign Ministers", ("CHL", "PER")),
        ("Statement by the Chilean, Peruvian Ministers of Defence", None),  # a list not closed by "and"
        ("Statement by the Nordic Ministers of Defence", None),  # no state's name
    ],
)
def test_a_joint_heading_names_its_states_by_adjective_before_their_office(heading, states):
    text = f"{heading}\n\nWe remain committed to the Arms Trade Treaty.\n"
    if states is None:
        with pytest.raises(speaker.Unclear):
            explanation_of_vote.parse(text)
        return
    record = explanation_of_vote.parse(text)
    assert (record.state, *record.joint) == states


@pytest.mark.parametrize(("count", "read"), [("4", True), ("5", False)])
def test_a_spanish_heading_a_nombre_de_a_counted_list_under_it_is_each_listed_state_s(count, read):
    text = (
        "DECLARACIÓN DEL EMBAJADOR A B, REPRESENTANTE PERMANENTE DE CUBA, EN LA CONFERENCIA DE DESARME, A NOMBRE DE "
        f"LOS {count} PAÍSES QUE FORMAN PARTE DEL GRUPO DE LOS CUATRO (G-4)\n\nArgelia, Brasil, Cuba y Túnez.\n\n"
        "Señor Presidente:\n\nTengo el honor de intervenir en nombre del Grupo de los Cuatro. Apoyamos el Tratado "
        "sobre la Prohibición de las Armas Nucleares.\n"
    )
    if not read:  # a list that does not add up is no list read right, and the group is not known
        with pytest.raises(speaker.Unclear):
            explanation_of_vote.parse(text)
        return
    record = explanation_of_vote.parse(text)
    assert (record.state, *record.joint) == ("DZA", "BRA", "CUB", "TUN")


@pytest.mark.parametrize(
    ("text", "states"),
    [
        # no chair addressed: the speaker names its state's vote or position as its own in the first person
        ("Cluster 1\n\nI take the floor to explain Namibia's vote on two resolutions. Namibia abstained.\n", ("NAM",)),
        ("Excellency,\n\nI would like to reiterate once more Mongolia's position as follows: peace.\n", ("MNG",)),
        # another state's vote, or a state named without the first person, is no self-naming
        ("Cluster 1\n\nWe regret Namibia's vote on the resolution. It abstained.\n", None),
        ("Cluster 1\n\nThe delegate explained Namibia's vote on two resolutions.\n", None),
    ],
)
def test_a_speaker_naming_its_state_s_vote_or_position_as_its_own_without_a_chair(text, states):
    assert _speaking(text) == states


@pytest.mark.parametrize(
    ("heading", "states"),
    [
        ("Sixth Review Conference General Exchange of Views Statement-Sri Lanka 13.12.2021", ("LKA",)),
        ("Statement – Mongolia", ("MNG",)),
        (
            "Statement of Sri Lanka delivered by Ambassador A. B. at the plenary of the Conference -2 February 2006",
            ("LKA",),
        ),
        ("Statement - Agenda item 5", None),  # a dash before no state names no author
    ],
)
def test_a_heading_names_its_author_after_a_dash_or_before_delivered_by(heading, states):
    assert _speaking(f"{heading}\n\nMr. President,\n\nWe support the Convention.\n") == states


@pytest.mark.parametrize(
    ("closing", "states"),
    [
        ("together representing Australia, Nauru, Palau, and my own country, Fiji", ("AUS", "NRU", "PLW", "FJI")),
        # the list must close with the speaker's own country, and every entry be a state
        ("together representing Australia, Nauru and Palau", None),
        ("together representing Australia, the Forum Secretariat, and my own country, Fiji", None),
    ],
)
def test_on_behalf_of_a_group_representing_states_closed_by_its_own_country(closing, states):
    text = (
        "Mr President,\n\nIt is an honour to deliver this statement on behalf of the Parties to the Treaty of "
        f"Widgets, and as Chair of the Widget Forum, {closing}.\n\nWe are deeply concerned about nuclear danger.\n"
    )
    assert _speaking(text) == states


LEAD_AND_SPEECH = (
    "(AGENCY) - Chile's Foreign Minister Ana Pérez on Monday delivered a speech at the UN General Assembly meeting "
    "on nuclear disarmament.\nFollowing is the full text of the speech.\nMr. President,\nSeventy years ago the world "
    "saw the end of a war. We call on all States to join the Treaty.\n"
)


def test_a_page_s_lead_that_shows_a_state_s_minister_giving_the_speech_it_then_gives():
    found = speaker.find_speaker(LEAD_AND_SPEECH)
    assert found.states == ("CHL",) and "lead" in found.rule
    # a lead that names another state too is no one state's lead
    with pytest.raises(speaker.Unclear):
        speaker.find_speaker(LEAD_AND_SPEECH.replace("nuclear disarmament.\n", "nuclear disarmament hosted by Peru.\n"))
    # without the words that give the text, the lead only tells of a speech
    with pytest.raises(speaker.Unclear):
        speaker.find_speaker(LEAD_AND_SPEECH.replace("Following is the full text of the speech.\n", ""))


def test_a_group_the_reference_does_not_know_named_then_listed_with_the_speaker_s_own_country():
    text = (
        "Thank you Chair.\nI take the floor on behalf of the Widget Coalition, Brazil, Ireland, Egypt and my own "
        "country New Zealand.\nWe are deeply concerned about nuclear danger.\n"
    )
    found = speaker.find_speaker(text)
    assert found.states == ("BRA", "IRL", "EGY", "NZL") and "Widget Coalition" in found.rule
    # without the own country closing it, the list may be the group's partners, not all its members: no one's
    with pytest.raises(speaker.Unclear):
        speaker.find_speaker(text.replace(" and my own country New Zealand", " and New Zealand"))
