"""Monitor country profiles: detected by their layout, every claim reported by the Monitor, none the state's own."""

from __future__ import annotations

import pytest

from treatykg import loaders
from treatykg.evaluation import record_facts
from treatykg.loaders import monitor_profile, reported

PROFILE = """Ruritania

Cluster Munition Ban Policy

Last updated: 12 August 2019

Summary: Non-signatory Pakistan is named here only to test the summary.

Policy

The Islamic Republic of Pakistan has not acceded to the Convention on Cluster Munitions.

In November 2018, Pakistan said it “does not support a ban on cluster munitions.”[1]

In a 2017 letter to the Monitor, Pakistan stated that it has never used cluster munitions.

On 2 December 2018, Pakistan voted in favor of Resolution 73/99, calling for the universalization of the Convention on Cluster Munitions.

The Pakistan Democratic Party said that it supports a ban on cluster munitions.

In Pakistan, campaigners welcomed the Convention on Cluster Munitions.

Pakistan produces and stockpiles cluster munitions and has likely exported them.

On 5 December 2018, Pakistan abstained from the vote on UNGA Resolution 73/54. Pakistan has abstained on every resolution since 2015.
"""


def test_a_profile_is_read_with_every_claim_reported():
    text = PROFILE.replace("Ruritania", "Pakistan")
    assert loaders.detect(text) is monitor_profile
    record = monitor_profile.parse(text)
    assert (record.state, record.policy, record.treaty, record.year) == ("PAK", "cluster-munition-ban", "ccm", 2019)
    assert {(s.status.treaty, s.status.status) for s in record.statuses} == {("ccm", "non-party")}
    assert all(s.status.modality == "reported" for s in record.statuses)
    found = {(p.position.stance, p.position.topic) for p in record.positions}
    assert any(stance == "has-never" for stance, _ in found)
    assert ("practises", "production") in found and ("practises", "stockpile") in found
    assert ("practises", "transfer") not in found  # "has likely exported": hedged
    assert ("supports", "ccm") not in found  # "In Pakistan, campaigners welcomed", a vote for a resolution: no position
    assert ("supports", "ban") not in found  # the Pakistan Democratic Party is not Pakistan
    assert all(p.position.modality == "reported" for p in record.positions)
    never = next(p for p in record.positions if p.position.stance == "has-never")
    assert never.cited == "In a 2017 letter to the Monitor" and never.year == 2017
    assert [(v.symbol, v.state, v.option, v.year) for v in record.votes] == [
        ("A/RES/73/99", "PAK", "yes", 2018),
        ("A/RES/73/54", "PAK", "abstain", 2018),
        (None, "PAK", "abstain", None),  # the habit: votes cast, on no resolution or year it names
    ]
    facts = record_facts(record)
    assert not {name for name, _ in facts} & {"speaker", "position_by", "vote", "stated_participation"}


def test_a_third_person_pronoun_and_an_abbreviation_are_the_state():
    text = (
        "Freedonia\n\nMine Ban Policy\n\nLast updated: 1 October 2020\n\n"
        "The United States of America (US) has not acceded to the Mine Ban Treaty.\n\n"
        "In December 2019, the US abstained from voting on UN General Assembly Resolution 74/61.\n\n"
        "It voted in favor of Resolution 73/61 in December 2018.\n"
    )
    record = monitor_profile.parse(text.replace("Freedonia", "United States"))
    assert {(v.symbol, v.option) for v in record.votes} == {("A/RES/74/61", "abstain"), ("A/RES/73/61", "yes")}
    assert {(s.status.state, s.status.treaty, s.status.status) for s in record.statuses} == {
        ("USA", "apmbc", "non-party")
    }


@pytest.mark.parametrize(
    ("text", "address", "policy", "status"),
    [
        # a Landmine Monitor report of 2005 kept without its title: the archive's address names it
        (
            "Key developments since May 2030: officials said accession was under way.\nThe State of Freedonia has not "
            "acceded to the Mine Ban Treaty.\n",
            "http://archives.the-monitor.org/index.php/publications/display?url=lm/2031/freedonia.html",
            "mine-ban",
            ("apmbc", "non-party"),
        ),
        # a report kept without its title or "Key developments": its first paragraph opens with the addressed state's
        # status
        (
            "Table of Contents\nCountry Reports\n\nThe Kingdom of Freedonia has not signed the Convention on Cluster "
            "Munitions. It attended the conference in Oslo.\n",
            "http://archives.the-monitor.org/index.php/publications/display?act=submit&pqs_year=2031&pqs_type=cm"
            "&pqs_report=freedonia&pqs_section=",
            "cluster-munition-ban",
            ("ccm", "non-party"),
        ),
        # a Cluster Munition Monitor report whose summary stands above its policy heading
        (
            "Country Reports\n\nFreedonia signed the Convention on Cluster Munitions in Oslo on 3 December 2008.\n\n"
            "Cluster Munition Ban Policy\n\nFreedonia was supportive of a ban.\n",
            "http://archives.the-monitor.org/index.php/publications/display?act=submit&pqs_year=2031&pqs_type=cm"
            "&pqs_report=freedonia&pqs_section=",
            "cluster-munition-ban",
            ("ccm", "signatory"),
        ),
    ],
)
def test_a_report_the_monitor_s_archive_addresses_by_series_and_state(text, address, policy, status):
    text = text.replace("Freedonia", "Bahrain")
    address = address.replace("freedonia", "bahrain")
    assert loaders.detect(text, address) is monitor_profile
    record = monitor_profile.parse(text, address)
    assert (record.state, record.policy) == ("BHR", policy)
    assert {(s.status.treaty, s.status.status) for s in record.statuses} == {status}
    assert monitor_profile.detect(text, "https://news.example.org/bahrain") == 0.0  # elsewhere, no profile


def test_the_state_s_long_name_as_the_subject_and_a_status_held_also():
    text = (
        "Lebanon\n\nMine Ban Policy\n\nLast updated: 1 October 2017\n\n"
        "The Republic of Lebanon has not acceded to the Mine Ban Treaty.\n\n"
        "Lebanon is also party to the Convention on Conventional Weapons.\n"
    )
    record = monitor_profile.parse(text)
    assert {(s.status.state, s.status.treaty, s.status.status) for s in record.statuses} == {
        ("LBN", "apmbc", "non-party"),
        ("LBN", "ccw", "party"),
    }


@pytest.mark.parametrize(
    "text",
    [
        # a news story about the Monitor's report: no profile heading
        "Landmine Monitor report released\n\nGeneva, 20 November 2023 - The Landmine Monitor said on Monday that Pakistan "
        "has not acceded to the Mine Ban Treaty and abstained from the vote on Resolution 77/63.\n",
        # a profile-like page without the state's title line above its heading, whose first paragraph does not
        # open with one state as its subject
        "Mine Ban Policy\n\nLast updated: 14 November 2023\n\nIn 2023, the Monitor found that India and Pakistan had "
        "not acceded to the Mine Ban Treaty.\n",
        # an overview chapter: the heading under a report's name, not a state's
        "Cluster Munition Monitor 2022\n\nCluster Munition Ban Policy\n\nRussia has used cluster munitions in Ukraine.\n",
        # the heading and a state, but nothing else of a Monitor profile
        "India\n\nMine Ban Policy\n\nIndia has not acceded to the Mine Ban Treaty.\n",
    ],
)
def test_pages_that_are_not_profiles_are_refused(text):
    assert monitor_profile.detect(text) == 0


def test_the_profile_year_is_derived_where_the_text_gives_no_date():
    text = (
        "Country Reports\nNew_Zealand\n\nNew Zealand\n\nNew Zealand signed the Convention on Cluster Munitions on "
        "3 December 2008. In April 2009 it said so again.\n\nCluster Munition Ban Policy\n\nThe Monitor notes this.\n"
    )
    record = monitor_profile.parse(text)
    assert (record.state, record.year, record.year_derived) == ("NZL", 2009, True)
    assert record.missing
    # a guessed year is no stated one: not the year of a claim whose sentence gives none; the address states it
    text = text.replace("The Monitor notes this.", "New Zealand supports a ban on cluster munitions.")
    assert [p.year for p in monitor_profile.parse(text).positions] == [None]
    addressed = (
        "http://www.the-monitor.org/index.php/publications/display?act=submit&pqs_year=2009&pqs_report=new_zealand"
    )
    stated = monitor_profile.parse(text, addressed)
    assert (stated.year, stated.year_derived, [p.year for p in stated.positions]) == (2009, False, [2009])


def test_states_named_as_voting_alongside_the_state_voted_as_it_did():
    text = PROFILE.replace("Ruritania", "Pakistan").replace(
        "On 5 December 2018, Pakistan abstained from the vote on UNGA Resolution 73/54.",
        "In December 2018, Pakistan explained why it voted, along with Zimbabwe and Syria, against Resolution 73/54.",
    )
    votes = {(v.symbol, v.state, v.option) for v in monitor_profile.parse(text).votes if v.symbol == "A/RES/73/54"}
    assert votes == {("A/RES/73/54", state, "no") for state in ("PAK", "ZWE", "SYR")}


def test_a_copy_without_its_title_line_takes_the_state_from_the_monitor_s_address():
    text = PROFILE.split("\n", 2)[2]  # no "Ruritania" line: the heading "Cluster Munition Ban Policy" opens it
    address = "http://www.the-monitor.org/en-gb/reports/2019/korea,-republic-of/cluster-munition-ban-policy.aspx"
    assert loaders.detect(text, address) is monitor_profile
    assert monitor_profile.parse(text, address).state == "KOR"
    with pytest.raises(loaders.UnknownKind):  # the address of another policy, or none: the state is not shown
        loaders.detect(text, address.replace("cluster-munition-ban-policy", "mine-ban-policy"))
    with pytest.raises(loaders.UnknownKind):
        loaders.detect(text)


def test_a_copy_without_title_or_address_takes_the_state_its_first_paragraph_opens_with():
    text = (
        "Last Updated: 23 August 2014\n\nCluster Munition Ban Policy\n\n"
        "The Federative Republic of Brazil has not acceded to the Convention on Cluster Munitions.\n\n"
        "Brazil participated minimally in the Oslo Process.[6] It has criticized the ban on all cluster munitions.\n"
    )
    assert loaders.detect(text) is monitor_profile
    record = monitor_profile.parse(text)
    assert record.state == "BRA"
    assert ("participates", "ban") not in {(p.position.stance, p.position.topic) for p in record.positions}
    other = text.replace("Brazil has not", "Brazil, unlike Chile, has not")  # names another state: not shown whose
    with pytest.raises(loaders.UnknownKind):
        loaders.detect(other)
    overview = text.replace(  # the overview's values, full sentences naming no state, above the opening
        "Cluster Munition Ban Policy\n\n",
        "Cluster Munition Ban Policy\n\nPro-ban UNGA voting record\n\nAbstained on Resolution 69/41 in December 2014 as it "
        "did on similar resolutions in previous years\n\n",
    )
    assert monitor_profile.parse(overview).state == "BRA"
    # a value naming a place's state is no sentence: passed over too
    placed = overview.replace("in previous years", "in previous years and attended a meeting in Oslo, Norway")
    assert monitor_profile.parse(placed).state == "BRA"
    with pytest.raises(loaders.UnknownKind):  # a sentence naming another state first: whose profile is not shown
        loaders.detect(overview.replace("in previous years", "in previous years, unlike Chile."))
    slug = "http://www.the-monitor.org/en-gb/reports/2014/myanmar_burma/mine-ban-policy.aspx"  # two names, one state
    assert (
        monitor_profile.parse("Mine Ban Policy\n\nLast updated: 1 May 2014\n\nThe Monitor reports.\n", slug).state
        == "MMR"
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the one vote a sentence dates by its year, though it adds that the state did so before
        (
            "It abstained on the 1999 UN General Assembly vote in support of the treaty, as it had in previous years.",
            {(None, "abstain")},
        ),
        ("In November 2015, it voted in support of the draft resolution in the First Committee.", {(None, "yes")}),
        # a habit alone names no resolution: a vote without a symbol (and without a year, below)
        ("Pakistan has abstained on every resolution since 2015.", {(None, "abstain")}),
        # the state among the states that abstained on a named resolution
        ("Pakistan was one of 23 countries to abstain from voting on Resolution 57/74.", {("A/RES/57/74", "abstain")}),
        # urging others to abstain is no vote of its own
        ("Pakistan urged other countries to abstain on Resolution 57/74.", set()),
        # absent from a meeting is no vote; the only state to vote against is one
        ("Pakistan was absent from the Dublin negotiations in May 2008.", set()),
        ("Pakistan was the only state to vote against Resolution 57/74.", {("A/RES/57/74", "no")}),
        # not voting for a text is no vote the report gives (against, abstaining or absent)
        ("In December 2017, Pakistan did not vote in favor of Resolution 57/74.", set()),
        ("In December 2017, Pakistan did not vote on Resolution 57/74.", {("A/RES/57/74", "non-voting")}),
    ],
)
def test_a_vote_a_sentence_dates_is_one_vote_and_a_habit_names_none(sentence, expected):
    text = PROFILE.replace("Ruritania", "Pakistan").replace(
        "On 5 December 2018, Pakistan abstained from the vote on UNGA Resolution 73/54. "
        "Pakistan has abstained on every resolution since 2015.",
        f"Pakistan did not join the treaty. {sentence}",
    )
    votes = {(v.symbol, v.option) for v in monitor_profile.parse(text).votes if v.symbol != "A/RES/73/99"}
    assert votes == expected


def test_a_ministry_reporting_another_state_s_view_gives_the_profile_s_state_nothing():
    text = PROFILE.replace("Ruritania", "Pakistan") + (
        "\nIn 2011, the Ministry for Foreign Affairs said that Pakistan regards the ban convention as important.\n"
        "\nIn 2012, the Ministry for Foreign Affairs said that India regards the ban convention as discriminatory.\n"
    )
    quotes = [p.position.quote for p in monitor_profile.parse(text).positions if p.position.state == "PAK"]
    assert any(quote.startswith("In 2011") for quote in quotes)  # the ministry is the profile state's
    assert not any(quote.startswith("In 2012") for quote in quotes)  # India's view, which the ministry reported


@pytest.mark.parametrize(
    ("sentence", "vote", "positions"),
    [
        # a part's letter run on to the symbol, written as the resolutions write it; a participle after the text
        # voted on says what the text does, not what the state holds
        (
            "On 10 December 1996, Pakistan voted for UNGA Resolution 51/45S urging states to pursue an agreement "
            "banning antipersonnel landmines.",
            ("A/RES/51/45S", "yes"),
            set(),
        ),
        # the First Committee's draft named as the resolution voted on
        (
            "Pakistan subsequently voted for UNGA Resolution A/C.1/53/L.33 on 4 November 1998, welcoming the addition "
            "of new states to the Mine Ban Treaty.",
            ("A/C.1/53/L.33", "yes"),
            set(),
        ),
        # a relative clause on the resolution: its words
        (
            "In December 2019, Pakistan abstained from voting on a UNGA resolution that urged states outside the "
            "Convention on Cluster Munitions to join it.",
            ("?", "abstain"),
            set(),
        ),
        # "It" for the state with its status; "It is important" would be no one's words
        ("Pakistan is not a party to the Mine Ban Treaty. It is party to the CCW.", None, set()),
        # never having made a statement is no practice the state has never had
        ("Pakistan has never made a public statement elaborating its views on cluster munitions.", None, set()),
        # the state's own relative clause still holds its view
        (
            "Pakistan, which strongly supports the Convention on Cluster Munitions, spoke at the meeting.",
            None,
            {("supports", "ccm")},
        ),
    ],
)
def test_what_a_resolution_says_is_not_the_state_s_position(sentence, vote, positions):
    text = PROFILE.replace("Ruritania", "Pakistan").split("Policy\n\n", 1)[0] + "Policy\n\n" + sentence + "\n"
    record = monitor_profile.parse(text)
    found = {(v.symbol or "?", v.option) for v in record.votes}
    assert found == ({vote} if vote else set())
    stances = {(p.position.stance, p.position.topic) for p in record.positions}
    assert (
        stances & {("supports", "ban"), ("supports", "apmbc"), ("supports", "ccm"), ("has-never", "cluster-munitions")}
        == positions
    )


def test_it_as_the_state_states_its_status():
    text = PROFILE.replace("Ruritania", "Pakistan").split("Policy\n\n", 1)[0] + (
        "Policy\n\nPakistan is not a party to the Mine Ban Treaty. It is party to the CCW.\n"
    )
    statuses = {(s.status.treaty, s.status.status) for s in monitor_profile.parse(text).statuses}
    assert statuses == {("apmbc", "non-party"), ("ccw", "party")}


def test_a_print_profile_with_its_overview_table_is_a_profile():
    text = (
        "Pakistan\nMine Ban Policy\nMine ban policy overview\nMine Ban Treaty status |\nNot a State Party |\n"
        "Pro-mine ban UNGA voting record |\nVoted in favor of Resolution 65/48 in December 2010 |\nPolicy\n"
        "The Islamic Republic of Pakistan has not acceded to the Mine Ban Treaty.\n"
    )
    assert loaders.detect(text) is monitor_profile
    record = monitor_profile.parse(text)
    assert (record.state, record.policy) == ("PAK", "mine-ban")
    assert [(v.symbol, v.option) for v in record.votes] == [("A/RES/65/48", "yes")]


def test_a_landmine_monitor_report_s_country_report_is_a_mine_ban_profile():
    text = (
        "Country Reports\nPAKISTAN, Landmine Monitor Report 1999\n\nPakistan has not signed the Mine Ban Treaty. "
        "However, Pakistan did vote for the 1996 UNGA Resolution 51/45S urging states to pursue a ban.\n"
    )
    assert loaders.detect(text) is monitor_profile
    record = monitor_profile.parse(text)
    assert (record.state, record.policy, record.year) == ("PAK", "mine-ban", 1999)
    assert [(v.symbol, v.option) for v in record.votes] == [("A/RES/51/45S", "yes")]


def test_practice_words_in_a_treaty_s_title_are_no_practice():
    text = (
        " decided to withdraw from the Convention on the Prohibition of the Use, Stockpiling, Production and Transfer "
        "of Anti-Personnel Mines and on their Destruction."
    )
    assert reported.practice(text, 0, len(text)) == []
    said = " produces and exports anti-personnel mines."
    assert [topic for topic, _ in reported.practice(said, 0, len(said))] == ["production", "transfer"]


def test_a_key_developments_lead_opens_a_sentence_whose_subject_is_the_state():
    profile = PROFILE.replace("Ruritania", "Pakistan")
    text = profile.replace(
        "Summary: Non-signatory Pakistan is named here only to test the summary.",
        "Key developments since 1999: Pakistan has been a signatory to the Mine Ban Treaty since 4 December 1997.",
    )
    statuses = {(s.status.treaty, s.status.status) for s in monitor_profile.parse(text).statuses}
    assert ("apmbc", "signatory") in statuses
    before = {(s.status.treaty, s.status.status) for s in monitor_profile.parse(profile).statuses}
    assert ("apmbc", "signatory") not in before


@pytest.mark.parametrize(
    ("sentence", "state", "found"),
    [
        # what a report says a state said on a matter the lexicon has no topic for: its words, nothing read into them
        ("In 2031, Pakistan said the burden of proof must be on those who possess the weapons.", "PAK", True),
        (
            "The representative of France, supporting the draft as a whole, requested a separate vote on the eighth "
            "preambular paragraph.",
            "FRA",
            True,
        ),
        # an excerpt cut off after the cue says nothing yet
        ("Referring to the report of the Campaign, Canada's representative noted that t", "CAN", False),
    ],
)
def test_a_report_keeps_a_state_s_reported_words_on_a_matter_without_a_topic(sentence, state, found):
    claims = reported.reported_claims(sentence, state, 0, len(sentence), 2031)[1]
    expected = [(state, "says", "unclassified")] if found else []
    assert [(c.position.state, c.position.stance, c.position.topic) for c in claims] == expected


def test_an_opening_clause_of_concession_keeps_the_state_the_sentence_s_subject():
    sentence = (
        "Despite not joining, Pakistan has participated in several Meetings of States Parties of the Mine Ban "
        "Treaty as an observer."
    )
    claims = reported.reported_claims(sentence, "PAK", 0, len(sentence), 2031)[1]
    assert [(c.position.stance, c.position.topic) for c in claims] == [("participates", "apmbc")]


@pytest.mark.parametrize("record_name", ["UNGA voting record", "UN General Assembly (UNGA) voting record"])
def test_the_row_under_the_overview_s_voting_record_is_the_state_s_reported_vote(record_name):
    text = PROFILE.replace("Ruritania", "Pakistan").replace(
        "Summary: Non-signatory Pakistan is named here only to test the summary.",
        f"Pro-mine ban {record_name}\n\nAbstained on Resolution 68/30 in December 2031, as in previous years",
    )
    votes = {(v.symbol, v.state, v.option) for v in monitor_profile.parse(text).votes}
    assert ("A/RES/68/30", "PAK", "abstain") in votes


def test_a_habit_of_voting_that_names_its_most_recent_vote_gives_that_vote():
    sentence = (
        "Pakistan has voted in favor of UNGA resolutions expressing outrage at the use of cluster munitions in Syria, "
        "most recently in December 2031."
    )
    votes = reported.reported_claims(sentence, "PAK", 0, len(sentence), 2030)[2]
    assert [(v.symbol, v.option, v.year) for v in votes] == [(None, "yes", 2031)]
    habit = sentence.replace(", most recently in December 2031", " every year since 2015")
    votes = reported.reported_claims(habit, "PAK", 0, len(habit), 2030)[2]
    assert [(v.symbol, v.option, v.year, v.date) for v in votes] == [(None, "yes", None, None)]  # no year guessed


def test_a_french_country_report_of_the_landmine_monitor_is_a_mine_ban_profile():
    text = (
        "Table of Contents\nCountry Reports\nCameroun, Rapport de l’Observatoire des Mines 2031\n\nCameroun\n\n"
        "Développement clés depuis mai 2030\n\nLa République du Cameroun a signé le traité d’interdiction des mines "
        "antipersonnel le 03 décembre 2029. Le Tchad a ratifié la Convention d’Ottawa.\n"
    )
    address = "http://archives.the-monitor.org/index.php/publications/display?url=lm/2031/cameroon.fr.html"
    assert loaders.detect(text, address) is monitor_profile
    record = monitor_profile.parse(text, address)
    assert (record.state, record.policy, record.year) == ("CMR", "mine-ban", 2031)
    assert {(s.status.state, s.status.treaty, s.status.status) for s in record.statuses} == {
        ("CMR", "apmbc", "signatory")
    }


def test_a_french_country_report_opening_with_its_title_line_and_citing_an_earlier_report():
    text = (
        "Table of Contents\nCountry Reports\nMALI , Rapport 2031 de l´Observatoire des Mines\n\nMali\n\n"
        "Le Mali a signé la Convention d’interdiction des mines le 3 décembre 2027.[1]\n\n"
        "[1] Landmine Monitor Report 2030, p. 341.\n"
    )
    address = "http://archives.the-monitor.org/index.php/publications/display?url=lm/2031/mali.fr.html"
    assert loaders.detect(text, address) is monitor_profile
    record = monitor_profile.parse(text, address)
    assert (record.state, record.policy, record.year) == ("MLI", "mine-ban", 2031)  # not the cited report's year
    with pytest.raises(loaders.UnknownKind):  # elsewhere than the Monitor's archive: not known to be its report
        loaders.detect(text, "https://example.org/mali")


def test_a_spanish_country_report_of_the_landmine_monitor_is_a_mine_ban_profile():
    text = (
        "Table of Contents\nCountry Reports\nPerú, Monitor de Minas Terrestres 2031\n\nPerú\n\nDesarrollos clave desde "
        "Mayo de 2030: Perú indicó por primera vez los tres centros penitenciarios que había minado.\n\nPolítica de "
        "Prohibición de Minas\n\nLa República del Perú firmó el Tratado de Prohibición de Minas el 3 de diciembre de "
        "2027, ratificó el 17 de junio de 2028 y se convirtió en Estado Parte el primero de marzo de 2029.\n"
    )
    address = "http://archives.the-monitor.org/index.php/publications/display?url=lm/2031/peru.es.html"
    assert loaders.detect(text, address) is monitor_profile
    record = monitor_profile.parse(text, address)
    assert (record.state, record.policy, record.year) == ("PER", "mine-ban", 2031)
    # the ratification's object left out, after the signature's treaty: a party
    assert {(s.status.state, s.status.treaty, s.status.status) for s in record.statuses} == {("PER", "apmbc", "party")}
    assert not record.positions  # "indicó … los tres centros" shows a fact, it states no view


def test_a_spanish_report_s_key_developments_and_the_state_becoming_a_party():
    sentence = (
        "Hechos clave desde 1999: El 1 de julio de 1999, Pakistán se convirtió en un Estado Parte del Tratado sobre la "
        "Prohibición de Minas."
    )
    statuses = reported.reported_claims(sentence, "PAK", 0, len(sentence), 2031)[0]
    assert [(s.status.treaty, s.status.status) for s in statuses] == [("apmbc", "party")]
    other = sentence.replace("Hechos clave", "Desarrollos claves")  # another Spanish heading of the same lead
    assert [
        (s.status.treaty, s.status.status) for s in reported.reported_claims(other, "PAK", 0, len(other), 2031)[0]
    ] == [("apmbc", "party")]


@pytest.mark.parametrize(
    ("address", "read"),
    [
        ("https://archives2.the-monitor.org/en-gb/reports/2031/brunei-darussalam/mine-ban-policy.aspx", True),
        ("https://www.the-monitor.org/en-gb/reports/2031/brunei-darussalam/mine-ban-policy.aspx", True),
        ("https://example.org/reports/2031/brunei-darussalam/mine-ban-policy.aspx", False),  # not the Monitor's
    ],
)
def test_a_profile_without_the_monitor_s_marks_is_known_by_the_monitor_s_address(address, read):
    text = (
        "Brunei Darussalam\nMine Ban Policy\nPolicy\nBrunei Darussalam signed the Mine Ban Treaty on 4 December 1997 "
        "and ratified it on 24 April 2006, becoming a State Party on 1 October 2006.\n"
    )
    assert (monitor_profile.detect(text, address) > 0) == read
    if read:
        record = monitor_profile.parse(text, address)
        assert (record.state, record.policy, record.year) == ("BRN", "mine-ban", 2031)


def test_a_profile_page_of_the_monitor_s_own_site_is_a_profile_without_other_marks():
    text = (
        "Japan\nMine Ban Policy\nJapan signed the Mine Ban Treaty on 3 December 1997 and ratified it on 30 "
        "September 1998. Japan attended the Tenth Meeting of States Parties.\n"
    )
    address = "http://archives.the-monitor.org/custom/index.php/region_profiles/print_profile/913"
    assert monitor_profile.detect(text, address) > 0.5
    assert monitor_profile.detect(text, "https://example.org/japan") == 0.0
    assert monitor_profile.detect(text, "https://the-monitor.org.example.com/x") == 0.0


def test_an_act_the_monitor_says_a_state_did_not_do_is_no_reported_word_of_the_state():
    text = "Vanuatu\nMine Ban Policy\nVanuatu has not attended any recent meetings of the treaty.\n"
    address = "https://archives2.the-monitor.org/en-gb/reports/2022/vanuatu/mine-ban-policy.aspx"
    assert monitor_profile.parse(text, address).positions == ()
    said = text.replace("has not attended", "has stated that it supports")
    assert {p.position.state for p in monitor_profile.parse(said, address).positions} == {"VUT"}


def _statuses(text: str, state: str, treaty: str | None = None) -> set[tuple[str, str, str]]:
    found = reported.reported_claims(text, state, 0, len(text), 2031, treaty=treaty)[0]
    return {(s.status.state, s.status.treaty, s.status.status) for s in found}


def _votes(text: str, state: str) -> set[tuple[str | None, str, str]]:
    return {(v.symbol, v.state, v.option) for v in reported.reported_claims(text, state, 0, len(text), 2031)[2]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a heading line the sentence splitter kept before the subject
        (
            "In 2030, Nepal hosted a seminar.\nMINE BAN POLICY\nNepal signed the Mine Ban Treaty on 3 December 1997 "
            "and ratified it on 1 June 1999.",
            {("NPL", "apmbc", "party")},
        ),
        # a sentence ended before a line break ("… adopted. |") and a heading, the long form's adjective before it
        (
            "A plan was adopted. |\nMine Ban Policy\nThe Federal Democratic Republic of Nepal has not acceded to the "
            "Mine Ban Treaty.",
            {("NPL", "apmbc", "non-party")},
        ),
        # a line wrapped inside a sentence is no heading: the subject is who said it
        ("Campaigners said that the\nNepal has ratified the Mine Ban Treaty.", set()),
        # the state as the subject of a past time clause opening the sentence
        (
            "When the Kingdom of Nepal signed the Mine Ban Treaty on 3 December 1997, its delegate spoke of peace.",
            {("NPL", "apmbc", "signatory")},
        ),
        # … not an act to come
        ("When Nepal ratifies the Mine Ban Treaty, the army said it will clear the border.", set()),
        # a relative clause with the state as its subject, whoever the sentence's subject is
        (
            "The envoy promoted the Mine Ban Treaty, which Nepal has ratified, across the region.",
            {("NPL", "apmbc", "party")},
        ),
        ("The envoy promoted the Mine Ban Treaty, which India has not ratified, across the region.", set()),
    ],
)
def test_a_status_after_a_heading_in_a_time_clause_or_in_a_relative_clause(text, expected):
    assert _statuses(text, "NPL") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list of states as the subject, and one left out of it after "while"
        (
            "Nepal has not acceded to the Convention on Cluster Munitions. Nepal’s direct neighbors Chile and Peru are "
            "States Parties to the convention, while Bolivia is not.",
            {
                ("NPL", "ccm", "non-party"),
                ("CHL", "ccm", "party"),
                ("PER", "ccm", "party"),
                ("BOL", "ccm", "non-party"),
            },
        ),
        # "while Bolivia is not yet convinced": no ellipsis of the status
        (
            "Chile and Peru are States Parties to the Convention on Cluster Munitions, while Bolivia is not yet convinced.",
            {("CHL", "ccm", "party"), ("PER", "ccm", "party")},
        ),
        # states listed after a plural whose relative clause gives their status
        (
            "Nepal endorsed a statement with three states that are not party to the Convention on Cluster Munitions—"
            "Bolivia, Ecuador and Peru—that supports its humanitarian goal.",
            {("BOL", "ccm", "non-party"), ("ECU", "ccm", "non-party"), ("PER", "ccm", "non-party")},
        ),
        # a list that holds something else than states gives none
        (
            "Chile and its neighbours are States Parties to the Convention on Cluster Munitions.",
            set(),
        ),
        # a label before the name or beside it, in the profile's treaty
        (
            "In 2030, non-signatory Thailand fired rockets. Nepal talked with Chile (a State Party) about clearance.",
            {("THA", "ccm", "non-party"), ("CHL", "ccm", "party")},
        ),
        # a label of another treaty is not the profile's
        ("In 2030, CCW non-signatory Thailand fired rockets.", set()),
    ],
)
def test_other_states_get_a_status_only_where_the_grammar_gives_each_one(text, expected):
    assert _statuses(text, "NPL", "ccm") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the states' decision to abstain, each state named in the list
        (
            "In an explanation of the decision by non-signatories Greece, Estonia and Poland to abstain from the "
            "resolution, Poland spoke.",
            {(None, "GRC", "abstain"), (None, "EST", "abstain"), (None, "POL", "abstain")},
        ),
        # … not a decision that may come, nor one by a government named by its adjective
        ("The possible decision by Greece and Estonia to abstain from the resolution was discussed.", set()),
        ("The decision by Greek officials to abstain from the resolution was discussed.", set()),
        # its decision, in the phrase opening the sentence: the subject's
        (
            "In October 2030, in explaining its decision to abstain on the annual UNGA resolution, Nepal said mines "
            "protect it.",
            {(None, "NPL", "abstain")},
        ),
        # a second vote in the same sentence
        (
            "Nepal was absent from the vote on Resolution 54/54B in December 2030, but had voted in favor of similar "
            "resolutions in 2028 and 2029.",
            {("A/RES/54/54B", "NPL", "non-voting"), (None, "NPL", "yes")},
        ),
        # in French
        (
            "Le Népal a voté en faveur de la résolution 57/74 le 22 novembre 2030.",
            {("A/RES/57/74", "NPL", "yes")},
        ),
        # the annual resolution, one year's: one vote
        (
            "Nepal voted in favor of the annual UNGA resolution promoting the convention for the first time in 2030.",
            {(None, "NPL", "yes")},
        ),
    ],
)
def test_votes_named_as_decisions_second_votes_and_french_votes(text, expected):
    assert _votes(text, "NPL") == expected


def test_an_archived_page_without_heading_whose_opening_status_is_another_state_s_is_no_profile():
    address = "http://archives.the-monitor.org/index.php/publications/display?url=lm/2031/bahrain.html"
    other = "Table of Contents\n\nQatar has not acceded to the Mine Ban Treaty. Bahrain was not discussed.\n"
    assert monitor_profile.detect(other, address) == 0.0
    # nor is one whose opening paragraph has no status for the state as its subject
    plain = "Table of Contents\n\nBahrain hosted a regional workshop on mine action in 2030.\n"
    assert monitor_profile.detect(plain, address) == 0.0


def _speakers(text: str, state: str, treaty: str | None = None) -> set[str]:
    found = reported.reported_claims(text, state, 0, len(text), 2031, treaty=treaty)[1]
    return {p.position.state for p in found}


@pytest.mark.parametrize(
    ("text", "treaty", "expected"),
    [
        # the profile's treaty named by its common noun, nothing else named before it
        ("Nepal ratified the convention on 4 May 2030. It attended every meeting.", "ccm", {("NPL", "ccm", "party")}),
        ("Nepal has not yet joined the treaty.", "apmbc", {("NPL", "apmbc", "non-party")}),
        # ... and a list of states as the subject of it
        (
            "Nepal’s close neighbors India and Bhutan are States Parties to the convention, while China is not.",
            "ccm",
            {("IND", "ccm", "party"), ("BTN", "ccm", "party"), ("CHN", "ccm", "non-party")},
        ),
        # the French and Spanish chronology of the Landmine Monitor's reports, the participle agreed
        (
            "Le Népal a signé la Convention d’interdiction des mines le 4 décembre 2029 et l’a ratifiée le 3 mai 2030.",
            "apmbc",
            {("NPL", "apmbc", "party")},
        ),
        (
            "Nepal firmó el Tratado para la Prohibición de Minas el 4 de diciembre de 2029 y lo ratificó el 3 de mayo "
            "de 2030.",
            "apmbc",
            {("NPL", "apmbc", "party")},
        ),
        # a date that opens the sentence without a comma, a clause opened by "Just as"
        (
            "On 4 May 2030 Nepal became the 170th country to ratify the Mine Ban Treaty.",
            "apmbc",
            {("NPL", "apmbc", "party")},
        ),
        (
            "Just as this report was finished, on 4 May 2030, Nepal deposited its instrument of ratification of the Mine "
            "Ban Treaty.",
            "apmbc",
            {("NPL", "apmbc", "party")},
        ),
        # membership of a treaty, worded as of a body
        (
            "Nepal is not a member to the Convention on Conventional Weapons or its Amended Protocol II.",
            "apmbc",
            {("NPL", "ccw", "non-party"), ("NPL", "ccw-p2-amended", "non-party")},
        ),
        # another state's status in apposition after its name
        (
            "Nepal has a defense pact with the United States, a non-signatory, since 2029.",
            "apmbc",
            {("USA", "apmbc", "non-party")},
        ),
    ],
)
def test_the_profile_s_treaty_by_its_common_noun_french_chronologies_and_appositions(text, treaty, expected):
    assert _statuses(text, "NPL", treaty) == expected


@pytest.mark.parametrize(
    ("text", "treaty", "not_read"),
    [
        # "the convention" after another treaty named is that one's, not the profile's
        ("Nepal is party to the CCW. Nepal ratified the convention in 2030.", "ccm", ("NPL", "ccm", "party")),
        # a ratification denied stays denied, the participle agreed or not
        (
            "Le Népal a signé la Convention d’interdiction des mines en 2029 mais ne l’a pas ratifiée.",
            "apmbc",
            ("NPL", "apmbc", "party"),
        ),
        # a member of a body named after a treaty is no party to it
        (
            "Nepal is a member of the Group of Friends of the Convention on Conventional Weapons.",
            "apmbc",
            ("NPL", "ccw", "party"),
        ),
        # an apposition that names another treaty is about that one, not the profile's
        (
            "Nepal has a pact with the United States, a non-signatory to the Convention on Cluster Munitions.",
            "apmbc",
            ("USA", "apmbc", "non-party"),
        ),
    ],
)
def test_near_misses_of_the_status_rules_give_no_status(text, treaty, not_read):
    assert not_read not in _statuses(text, "NPL", treaty)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the same vote on a second resolution, the option said again
        (
            "Nepal voted for the 2029 UNGA Resolution 84/45 urging states to ban landmines, and for the 2030 UNGA "
            "Resolution 85/38 supporting the treaty.",
            {("A/RES/84/45", "NPL", "yes"), ("A/RES/85/38", "NPL", "yes")},
        ),
        # a second vote after "after being", a habit
        (
            "In December 2030, Nepal voted in favor of Resolution 85/84, after being the only State Party to abstain "
            "on similar resolutions the previous two years.",
            {("A/RES/85/84", "NPL", "yes"), (None, "NPL", "abstain")},
        ),
        # the same vote as the state's habit
        (
            "Nepal was absent from the vote on Resolution 85/53 on 8 December 2030, as it has been for similar "
            "resolutions in previous years.",
            {("A/RES/85/53", "NPL", "non-voting"), (None, "NPL", "non-voting")},
        ),
        # near miss: a second resolution voted otherwise is not read as the same vote
        (
            "Nepal voted for Resolution 84/45 in 2029, and against Resolution 85/38 in 2030.",
            {("A/RES/84/45", "NPL", "yes")},
        ),
        # near miss: "as it had in previous years" without resolutions named is no habit read
        (
            "Nepal abstained on Resolution 85/53 in December 2030, as it had in previous years.",
            {("A/RES/85/53", "NPL", "abstain")},
        ),
    ],
)
def test_second_votes_in_the_same_sentence(text, expected):
    assert _votes(text, "NPL") == expected


@pytest.mark.parametrize(
    ("text", "state", "expected"),
    [
        # a verb of saying after the state as the subject, the words unread
        ("In 2030, Nepal reported that its soldiers are “trained on the treaty”.", "NPL", {"NPL"}),
        # French officials of the state as the subject
        (
            "A la réunion de mai 2030 à Genève, le délégué du Népal a affirmé que son gouvernement adhérerait bientôt.",
            "NPL",
            {"NPL"},
        ),
        (
            "En mai 2030, un responsable du Ministère des affaires étrangères a déclaré à l’Observatoire des Mines "
            "qu’une loi serait adoptée.",
            "NPL",
            {"NPL"},
        ),
        (
            "L’Ambassadeur Ram Bahadur Thapa, chef de la délégation du Népal, a réaffirmé l’appui du gouvernement à "
            "une interdiction totale.",
            "NPL",
            {"NPL"},
        ),
        # the co-authors of a joint statement, listed after "with"
        (
            "Nepal endorsed a joint statement with three other states that are not party to the convention—India, "
            "Bhutan, and Bangladesh—that supports the goal.",
            "NPL",
            {"NPL", "IND", "BTN", "BGD"},
        ),
        # a list of states as the subject of a verb of saying
        (
            "In 2030, Nepal, India, and Bhutan agreed that a regional approach to landmine issues is best.",
            "NPL",
            {"NPL", "IND", "BTN"},
        ),
        # near misses: another state's delegate, a denied statement, a joint statement not made
        ("A la réunion, le délégué de l’Inde a affirmé que son gouvernement adhérerait bientôt.", "NPL", set()),
        (
            "L’Ambassadeur Raj Kumar, chef de la délégation de l’Inde, a réaffirmé l’appui du gouvernement.",
            "NPL",
            set(),
        ),
        ("Le Népal n’a pas déclaré que son gouvernement adhérerait.", "NPL", set()),
        ("Nepal did not endorse a joint statement with India and Bhutan.", "NPL", set()),
    ],
)
def test_who_the_report_shows_speaking(text, state, expected):
    assert _speakers(text, state) == expected
