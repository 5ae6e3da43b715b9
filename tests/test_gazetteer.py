"""Reference data and name lookup (treatykg.gazetteer)."""

import datetime as dt
import time

import pycountry
import pytest
from pydantic import ValidationError

from treatykg import gazetteer
from treatykg.gazetteer import StateRef, TreatyRef


def codes(matches):
    return [m.ref.alpha3 for m in matches]


# --- the state table ---------------------------------------------------------------------


def test_every_member_and_observer_state_is_present():
    by_status = {}
    for ref in gazetteer.states():
        by_status.setdefault(ref.status, []).append(ref.alpha3)
    assert len(by_status["member"]) == 193
    assert sorted(by_status["observer"]) == ["PSE", "VAT"]


def test_every_member_has_codes_and_a_wikidata_id():
    for ref in gazetteer.states():
        if ref.status == "member":
            assert ref.alpha2 and ref.numeric and ref.wikidata, ref.alpha3


def test_codes_and_wikidata_ids_are_unique():
    refs = gazetteer.states()
    for attribute in ("alpha3", "alpha2", "numeric", "wikidata"):
        values = [getattr(ref, attribute) for ref in refs if getattr(ref, attribute)]
        assert len(values) == len(set(values)), attribute


def test_current_codes_agree_with_iso_3166_via_pycountry():
    for ref in gazetteer.states():
        if ref.status == "historical":
            assert pycountry.countries.get(alpha_3=ref.alpha3) is None, ref.alpha3
            continue
        country = pycountry.countries.get(alpha_3=ref.alpha3)
        assert country is not None, ref.alpha3
        assert (country.alpha_2, country.numeric) == (ref.alpha2, ref.numeric), ref.alpha3


@pytest.mark.parametrize("alpha3", ["SUN", "YUG", "CSK", "YAR", "YMD", "DDR", "SCG"])
def test_historical_voting_codes_are_present(alpha3):
    ref = gazetteer.state(alpha3)
    assert ref.status == "historical"
    assert ref.valid_from < ref.valid_until
    assert all(gazetteer.state(code).status == "member" for code in ref.successors)


@pytest.mark.parametrize("name", ["Zanzibar", "Tanganyika", "United Arab Republic"])
def test_historical_states_without_iso_codes_are_present(name):
    assert gazetteer.find_state(name).status == "historical"


def test_state_by_code_and_unknown_code():
    assert gazetteer.state("PAK").un_name == "Pakistan"
    assert gazetteer.state("DEU").wikidata == "Q183"
    with pytest.raises(KeyError):
        gazetteer.state("XXX")


# --- resolving one name ------------------------------------------------------------------

UN_NAMES = {
    "Bolivia (Plurinational State of)": "BOL",
    "United Kingdom of Great Britain and Northern Ireland": "GBR",
    "Türkiye": "TUR",
    "Côte d'Ivoire": "CIV",
    "Iran (Islamic Republic of)": "IRN",
    "Venezuela (Bolivarian Republic of)": "VEN",
    "Democratic People's Republic of Korea": "PRK",
    "Republic of Korea": "KOR",
    "Lao People's Democratic Republic": "LAO",
    "Micronesia (Federated States of)": "FSM",
    "Republic of Moldova": "MDA",
    "United Republic of Tanzania": "TZA",
    "Netherlands (Kingdom of the)": "NLD",
    "Syrian Arab Republic": "SYR",
    "Russian Federation": "RUS",
    "State of Palestine": "PSE",
    "Holy See": "VAT",
    "Czechia": "CZE",
}


@pytest.mark.parametrize("name,alpha3", UN_NAMES.items())
def test_un_names_are_the_un_names_and_resolve(name, alpha3):
    assert gazetteer.state(alpha3).un_name == name
    assert gazetteer.find_state(name).alpha3 == alpha3
    assert gazetteer.find_state(name.upper()).alpha3 == alpha3


@pytest.mark.parametrize(
    "name,alpha3",
    [
        ("BOLIVIA (PLURINATIONAL STATE OF)", "BOL"),
        ("COTE D'IVOIRE", "CIV"),
        ("Côte d’Ivoire", "CIV"),
        ("Turkey", "TUR"),
        ("Turkiye", "TUR"),
        ("TURKIYE", "TUR"),
        ("Czech Republic", "CZE"),
        ("Swaziland", "SWZ"),
        ("The former Yugoslav Republic of Macedonia", "MKD"),
        ("Ivory Coast", "CIV"),
        ("Cape Verde", "CPV"),
        ("Burma", "MMR"),
        ("Zaire", "COD"),
        ("United Kingdom of Libya", "LBY"),  # its name from 1951 to 1963, not the United Kingdom
        ("Bolivia", "BOL"),
        ("Iran", "IRN"),
        ("Syria", "SYR"),
        ("Russia", "RUS"),
        ("South Korea", "KOR"),
        ("North Korea", "PRK"),
        ("Laos", "LAO"),
        ("Vietnam", "VNM"),
        ("Viet Nam", "VNM"),
        ("the Netherlands", "NLD"),
        ("Kingdom of the Netherlands", "NLD"),
        ("United States", "USA"),
        ("UK", "GBR"),
        ("USA", "USA"),
        ("U. S.", "USA"),  # the abbreviation typed with a space
        ("Islamic Republic of Iran", "IRN"),
        ("Iran, Islamic Republic of", "IRN"),
        ("Korea, Democratic People's Republic of", "PRK"),
        ("Congo, The Democratic Republic of the", "COD"),
        ("Sao Tome and Principe", "STP"),
        ("São Tomé and Príncipe", "STP"),
        ("  the\n Gambia ", "GMB"),
        ("Democratic People’s Republic\n  of Korea", "PRK"),
        ("Federal Republic of Germany", "DEU"),
        ("GERMANY, FEDERAL REPUBLIC OF", "DEU"),
        ("USSR", "SUN"),
        ("Byelorussian SSR", "BLR"),
        ("Upper Volta", "BFA"),
    ],
)
def test_variants_and_written_forms_resolve(name, alpha3):
    assert gazetteer.find_state(name).alpha3 == alpha3


@pytest.mark.parametrize(
    "code,alpha3",
    [
        ("PAK", "PAK"),
        ("pk", "PAK"),
        ("BUR", "MMR"),
        ("ROM", "ROU"),
    ],
)
def test_iso_and_former_codes_resolve(code, alpha3):
    assert gazetteer.find_state(code).alpha3 == alpha3


@pytest.mark.parametrize(
    "adjective,alpha3",
    [
        ("German", "DEU"),
        ("Pakistani", "PAK"),
        ("Dutch", "NLD"),
        ("British", "GBR"),
        ("French", "FRA"),
        ("Swiss", "CHE"),
        ("Croatian", "HRV"),
    ],
)
def test_adjectives_resolve(adjective, alpha3):
    assert adjective in gazetteer.state(alpha3).adjectives
    assert gazetteer.find_state(adjective).alpha3 == alpha3


@pytest.mark.parametrize("name", ["Atlantis", "", "Korea", "Congolese"])
def test_unknown_or_ambiguous_names_resolve_to_nothing(name):
    assert gazetteer.find_state(name) is None


def test_normalise_folds_case_diacritics_quotes_dashes_and_spaces():
    assert gazetteer.normalise("  CÔTE D’IVOIRE\n") == "cote d'ivoire"
    assert gazetteer.normalise("Guinea‑Bissau") == "guinea-bissau"


# --- finding states in running text ------------------------------------------------------


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Niger and Nigeria", ["NER", "NGA"]),
        ("Nigeria and the Niger", ["NGA", "NER"]),
        ("Guinea, Guinea-Bissau, Equatorial Guinea and Papua New Guinea", ["GIN", "GNB", "GNQ", "PNG"]),
        ("Dominica and the Dominican Republic", ["DMA", "DOM"]),
        ("the Sudan and South Sudan", ["SDN", "SSD"]),
        ("the Congo and the Democratic Republic of the Congo", ["COG", "COD"]),
        ("the Republic of Korea and the Democratic People's Republic of Korea", ["KOR", "PRK"]),
        ("the Democratic People’s Republic of Korea and the Republic of Korea", ["PRK", "KOR"]),
        ("Guinea-\nBissau", ["GNB"]),
    ],
)
def test_longest_name_wins(text, expected):
    assert codes(gazetteer.find_states_in(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "a woman spoke",
        "Somaliland",
        "the Omani",
        "chad",
        "a turkey",
        "guinea pig",
        "Nigerian",
    ],
)
def test_no_state_inside_a_longer_word_or_in_ordinary_words(text):
    found = gazetteer.find_states_in(text)
    assert all(m.text not in ("Oman", "Mali", "Chad", "Niger", "Guinea") for m in found), found
    assert all(m.text[0].isupper() for m in found)


def test_mali_is_not_found_in_somalia():
    assert codes(gazetteer.find_states_in("Somalia and Mali")) == ["SOM", "MLI"]


def test_chadian_is_the_adjective_or_nothing():
    found = gazetteer.find_states_in("Chadian troops")
    if "Chadian" in gazetteer.state("TCD").adjectives:
        assert [(m.text, m.ref.alpha3, m.kind) for m in found] == [("Chadian", "TCD", "adjective")]
    else:
        assert found == []


def test_adjectives_in_text():
    text = "Welcoming the dialogue undertaken by the German presidency of the Seventh Meeting"
    [match] = gazetteer.find_states_in(text)
    assert (match.text, match.ref.alpha3, match.kind) == ("German", "DEU", "adjective")
    assert text[match.start : match.end] == "German"


def test_un_names_with_line_breaks_curly_quotes_and_footnotes():
    text = (
        "Welcoming the dialogue undertaken by the United Kingdom of Great Britain and\n"
        "Northern Ireland, Côte d’Ivoire, Türkiye² and the Netherlands (Kingdom of the)"
    )
    found = gazetteer.find_states_in(text)
    assert codes(found) == ["GBR", "CIV", "TUR", "NLD"]
    assert all(text[m.start : m.end] == m.text for m in found)
    assert found[-1].text == "Netherlands (Kingdom of the)"


def test_capitals_match_but_other_case_changes_do_not():
    assert codes(gazetteer.find_states_in("EMBASSY OF PAKISTAN")) == ["PAK"]
    assert codes(gazetteer.find_states_in("the Government of pakistan")) == []


@pytest.mark.parametrize(
    "text",
    [
        "the Indian Ocean",
        "Original: French",
        "the Niger Delta",
        "Gulf of Guinea",
    ],
)
def test_phrases_that_contain_a_name_but_not_a_state(text):
    assert gazetteer.find_states_in(text) == []


def test_find_states_in_is_fast():
    sentence = (
        "Welcoming the dialogue undertaken by the German presidency with the Democratic "
        "Republic of the Congo, Pakistan, the Niger and Papua New Guinea, and the debate. "
    )
    text = (sentence * 100)[:10_000]
    gazetteer.find_states_in(text)  # compile once
    start = time.perf_counter()
    for _ in range(10):
        found = gazetteer.find_states_in(text)
    per_call = (time.perf_counter() - start) / 10
    assert len(found) > 200
    assert per_call < 0.02, f"{per_call * 1000:.1f} ms for 10,000 characters"


# --- treaties ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "volume,number,key",
    [
        (2688, 47713, "ccm"),
        (2515, 44910, "crpd"),
        (1342, 22495, "ccw"),
        (2399, 22495, "ccw-p5"),
    ],
)
def test_treaty_by_unts_citation(volume, number, key):
    assert gazetteer.find_treaty_by_unts(volume, number).key == key


def test_unknown_unts_citation():
    assert gazetteer.find_treaty_by_unts(1, 1) is None


@pytest.mark.parametrize(
    "name,key",
    [
        ("Convention on Certain Conventional Weapons", "ccw"),
        (
            "Convention on Prohibitions or Restrictions on the Use of Certain Conventional Weapons "
            "Which May Be Deemed to Be Excessively Injurious or to Have Indiscriminate Effects",
            "ccw",
        ),
        ('"Convention on Certain Conventional Weapons"(CCW)', "ccw"),
        ("Convention on\n  Cluster   Munitions", "ccm"),
        ("“Convention on Cluster Munitions” (CCM)", "ccm"),
        ("Protocol on Explosive Remnants of War", "ccw-p5"),
        ("ccw-p5", "ccw-p5"),
        ("CCW-P5", "ccw-p5"),
        ("Ccw-P5", "ccw-p5"),
        ("ccm", "ccm"),
        ("CRPD", "crpd"),
    ],
)
def test_find_treaty(name, key):
    assert gazetteer.find_treaty(name).key == key


def test_treaty_facts():
    ccm = gazetteer.treaty("ccm")
    assert (ccm.short_name, ccm.mtdsg_no) == ("CCM", "XXVI-6")
    assert (ccm.unts_volume, ccm.unts_number) == (2688, 47713)
    assert ccm.adopted == dt.date(2008, 5, 30) and ccm.entry_into_force == dt.date(2010, 8, 1)
    assert gazetteer.treaty("crpd").mtdsg_no == "IV-15"
    assert gazetteer.treaty("ccw").mtdsg_no == "XXVI-2"
    protocols = ("ccw-p1", "ccw-p2", "ccw-p2-amended", "ccw-p3", "ccw-p4", "ccw-p5")
    for key in (*protocols, "ccw-amended-art1"):
        assert gazetteer.treaty(key).parent == "ccw"
    with pytest.raises(KeyError):
        gazetteer.treaty("nope")


def test_treaties_in_text():
    text = (
        "the Convention on Cluster Munitions (CCM) was negotiated outside the UN; the strength "
        "of the CCW lies in its legal framework, and its Protocol on Explosive Remnants of War"
    )
    assert [(m.text, m.ref.key) for m in gazetteer.find_treaties_in(text)] == [
        ("Convention on Cluster Munitions", "ccm"),
        ("CCM", "ccm"),
        ("CCW", "ccw"),
        ("Protocol on Explosive Remnants of War", "ccw-p5"),
    ]


def test_long_titles_match_in_any_case_but_short_names_do_not():
    found = gazetteer.find_treaties_in("the convention on cluster munitions; an att.; the ccw")
    assert [m.ref.key for m in found] == ["ccm"]


# --- organisations, groups and forums ----------------------------------------------------


def test_organisations_in_a_sentence():
    text = (
        "recognizing the efforts to that end undertaken by the United Nations, the "
        "International Committee of the Red Cross, the Cluster Munition Coalition and "
        "numerous other non-governmental organizations"
    )
    assert [m.ref.key for m in gazetteer.find_organisations_in(text)] == ["un", "icrc", "cmc"]


def test_organisation_by_name_or_acronym():
    assert gazetteer.find_organisation("Cluster Munitions Coalition").key == "cmc"
    assert gazetteer.find_organisation("ICBL").key == "icbl"
    assert gazetteer.organisation("un").wikidata == "Q1065"


def test_groups():
    found = gazetteer.find_groups_in("since 2014, all Central American States have joined")
    assert [m.ref.key for m in found] == ["central-american-states"]
    assert set(found[0].ref.members) == {"BLZ", "CRI", "GTM", "HND", "NIC", "PAN", "SLV"}
    assert len(gazetteer.group("african-group").members) == 54
    assert len(gazetteer.group("grulac").members) == 33
    assert gazetteer.find_group("Non-Aligned Movement").key == "nam"


def test_group_members_are_known_states():
    known = {ref.alpha3 for ref in gazetteer.states()}
    for group in gazetteer.groups():
        assert set(group.members) <= known, group.key
        assert len(group.members) == len(set(group.members)), group.key


@pytest.mark.parametrize(
    "name,key",
    [
        ("United Nations General Assembly", "unga"),
        ("First Committee", "first-committee"),
        ("Disarmament and International Security Committee", "first-committee"),
        ("second Review Conference of States Parties to the Convention on Cluster Munitions", "ccm-revcon"),
        ("tenth Meeting of States Parties to the Convention on Cluster Munitions", "ccm-msp"),
        ("CCW framework", "ccw"),
        ("CCW Group of Governmental Experts", "ccw-gge"),
        ("Oslo process", "oslo-process"),
        ("Conference on Disarmament", "cd"),
    ],
)
def test_find_forum(name, key):
    assert gazetteer.find_forum(name).key == key


def test_forum_structure():
    assert gazetteer.forum("first-committee").parent == "unga"
    assert (gazetteer.forum("ccw-gge").parent, gazetteer.forum("ccw-gge").treaty) == ("ccw", "ccw")
    assert gazetteer.forum("ccm-msp").treaty == "ccm"
    keys = {ref.key for ref in gazetteer.forums()}
    assert {
        "unga",
        "first-committee",
        "ccw",
        "ccw-gge",
        "ccm-msp",
        "ccm-revcon",
        "oslo-process",
        "unsc",
        "hrc",
        "cd",
    } <= keys
    with pytest.raises(KeyError):
        gazetteer.forum("nope")


# --- validation --------------------------------------------------------------------------


def test_models_reject_bad_codes_and_dates():
    with pytest.raises(ValidationError):
        StateRef(alpha3="pak", alpha2="PK", numeric="586", un_name="Pakistan", short_name="Pakistan", status="member")
    with pytest.raises(ValidationError):
        StateRef(alpha3="PAK", un_name="Pakistan", short_name="Pakistan", status="member")
    with pytest.raises(ValidationError):
        TreatyRef(key="x", short_name="X", title="X", adopted="2010-01-02", entry_into_force="2009-01-01")
    with pytest.raises(ValidationError):
        TreatyRef(key="x", short_name="X", title="X", adopted="2 May 2010")
    with pytest.raises(ValidationError):
        TreatyRef(key="x", short_name="X", title="X", unts_volume=2688)


def test_csv_cells_split_on_bars():
    row = {
        "alpha3": "PAK",
        "alpha2": "PK",
        "numeric": "586",
        "un_name": "Pakistan",
        "short_name": "Pakistan",
        "status": "member",
        "variants": "A| B |",
    }
    ref = StateRef.model_validate(row)
    assert ref.variants == ("A", "B")


def test_a_group_needs_members():
    with pytest.raises(ValidationError):
        gazetteer.GroupRef(key="empty", name="Empty", members=[], source="none")


def test_one_name_for_two_references_is_refused():
    catalogue = gazetteer._Catalogue(gazetteer.states(), lambda ref: ref.alpha3, any_case_words=None)
    catalogue.add("Niger", gazetteer.state("NER"))
    with pytest.raises(ValueError, match="two references"):
        catalogue.add("NIGER", gazetteer.state("NGA"))


def test_full_titles_with_commas_are_found_in_running_text():
    text = (
        "Implementation of the Convention on the Prohibition of the Use, Stockpiling, Production and Transfer "
        "of Anti-Personnel Mines and on Their Destruction"
    )
    assert [m.ref.key for m in gazetteer.find_treaties_in(text)] == ["apmbc"]
    assert gazetteer.find_states_in("Korea, Republic of") == []  # inverted forms are for lookup only


@pytest.mark.parametrize(
    "address, state",
    [
        ("https://dfat.gov.au/news/x", "AUS"),
        ("www.gov.uk/government/speeches", "GBR"),
        ("https://2009-2017.state.gov/t/pm/rls/rm/x.htm", "USA"),
        ("https://www.mofa.go.jp/policy/x", "JPN"),
        ("http://www.diplomatie.gouv.fr/en/x", "FRA"),
        ("https://www.auswaertiges-amt.de/en/x", "DEU"),  # government_domains.csv
        ("https://www.eda.admin.ch/x", "CHE"),
        ("https://web.archive.org/web/2007/http://w01.international.gc.ca/x", "CAN"),  # an archived copy
        ("https://www.un.org/disarmament/x", None),
        ("http://parlinfo.aph.gov.au/parlInfo/x", None),  # a parliament's archive: listed without a state
        ("https://www.congress.gov/x", None),
        ("https://www.stopclustermunitions.org/x", None),
        ("https://government.example.org/x", None),
        ("https://www.gov.xq/x", None),  # no such country code
    ],
)
def test_the_government_an_address_belongs_to(address, state):
    assert gazetteer.government_of_address(address) == state


def test_dated_memberships_and_a_group_that_shares_an_organisation_s():
    eu = gazetteer.organisation("eu")
    by_state = {m.state: m for m in eu.members_during}
    assert by_state["GBR"].until == dt.date(2020, 1, 31) and by_state["HRV"].since == dt.date(2013, 7, 1)
    assert by_state["FRA"].until is None
    assert gazetteer.group("eu-member-states").members_during == eu.members_during
    with pytest.raises(ValueError, match="not an interval"):
        gazetteer.OrganisationRef.model_validate(
            {"key": "x", "name": "X", "members_during": {"FRA": "1958-01-01"}, "members_source": "s"}
        )
    with pytest.raises(ValueError, match="ends before it begins"):
        gazetteer.OrganisationRef.model_validate(
            {"key": "x", "name": "X", "members_during": {"FRA": "1958-01-01/1957-01-01"}, "members_source": "s"}
        )
    with pytest.raises(ValueError, match="one of members, members_of or members_during"):
        gazetteer.GroupRef.model_validate({"key": "x", "name": "X", "source": "s"})


def test_a_name_s_small_words_may_be_capitalised():
    found = gazetteer.find_states_in("Saint Vincent and The Grenadines, Bosnia And Herzegovina")
    assert [m.ref.alpha3 for m in found] == ["VCT", "BIH"]
    assert [m.ref.alpha3 for m in gazetteer.find_states_in("The Gambia")] == ["GMB"]


@pytest.mark.parametrize(
    ("address", "state"),
    [
        ("https://www.un.int/suriname/statements_speeches/x", "SUR"),  # a mission's pages on the UN's domain
        ("https://www.un.int/south-africa/statements", "ZAF"),
        ("https://www.un.int/news/x", None),  # the UN's own pages
        ("https://www.norway.no/en/missions/x", "NOR"),  # a foreign service's domain the table lists
        ("https://valtioneuvosto.fi/en/-/x", "FIN"),
    ],
)
def test_a_government_s_address_on_more_domains(address, state):
    assert gazetteer.government_of_address(address) == state


def test_states_named_in_spanish_and_the_names_that_are_rather_a_person_s():
    found = [(m.text, m.ref.alpha3) for m in gazetteer.find_states_in("la República del Paraguay y Panamá, con México")]
    assert found == [("República del Paraguay", "PRY"), ("Panamá", "PAN"), ("México", "MEX")]
    assert gazetteer.find_states_in("Mauricio Macri visitó Granada") == []


def test_states_named_in_french_with_or_without_the_capital_s_accent():
    text = "4 voix contre (France, États-Unis, Etats-Unis et Royaume-Uni), puis l'Allemagne"
    found = [(m.text, m.ref.alpha3) for m in gazetteer.find_states_in(text)]
    assert found == [
        ("France", "FRA"),
        ("États-Unis", "USA"),
        ("Etats-Unis", "USA"),
        ("Royaume-Uni", "GBR"),
        ("Allemagne", "DEU"),
    ]
    assert gazetteer.find_states_in("Maurice et Dominique ont lancé une grenade") == []  # given names, a thing


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("at this sixth meeting of States Parties of the Convention on Cluster Munitions.", "ccm-msp"),
        ("EN LA SEXTA REUNIÓN DE ESTADOS PARTE DE LA CONVENCIÓN DE OTTAWA. Zagreb", "apmbc-msp"),
        ("PRIMERA CONFERENCIA DE ESTADOS PARTE DEL TRATADO SOBRE COMERCIO DE ARMAS", "att-csp"),
        ("the Second Review Conference of the States Parties to the Convention on Cluster Munitions", "ccm-revcon"),
        ("la Conférence d'examen des États parties à la Convention sur les armes à sous-munitions", "ccm-revcon"),
        ("sixième Assemblée des Etats parties à la Convention sur les armes à sous munitions", "ccm-msp"),
        ("ASSEMBLEE DES ETATS PARTIES A LA CONVENTION SUR LES\nARMES A SOUS MUNITIONS", "ccm-msp"),  # accents lost
        ("la Asamblea de los Estados Partes de la Convención sobre Municiones en Racimo", "ccm-msp"),
        # a review conference of the treaty itself, its Spanish title with its words turned
        (
            "IV Conferencia de Revisión de la\nConvención sobre Restricciones o Prohibiciones del Empleo de Ciertas Armas Convencionales",
            "ccw-revcon",
        ),
        ("the Fifth Review Conference of the Convention on Certain Conventional Weapons", "ccw-revcon"),
        # the experts' group of the forum named right after it
        (
            "The 9th Group of Governmental Experts\nMeeting of the States Parties to the Convention on Certain "
            "Conventional Weapons",
            "ccw-gge",
        ),
        ("a Group of Governmental Experts. The Meeting of States Parties to the CCW", "ccw"),
        ("the Review Conference of the Treaty on widgets", None),
        ("a meeting of States Parties to a convention on something else", None),  # no treaty named: no forum
    ],
)
def test_a_meeting_of_a_treaty_s_parties_is_its_forum_in_any_numbering_and_language(text, key):
    found = [m.ref.key for m in gazetteer.find_forums_in(text)]
    assert found == ([key] if key else [])


@pytest.mark.parametrize(
    ("name", "state"),
    [
        ("Fédération de Russie", "RUS"),  # ISO's "Russie, Fédération de" in the UN's order
        ("République de Corée", "KOR"),
        ("République démocratique populaire lao", "LAO"),  # "Lao, République démocratique populaire"
        ("République arabe syrienne", "SYR"),
        ("République islamique d'Iran", "IRN"),
        ("Bolivie", "BOL"),  # without its qualifier
        ("Saint-Siège", "VAT"),
        ("Corée", None),  # two states' name without their qualifiers: neither
    ],
)
def test_the_un_s_french_names_of_states(name, state):
    found = gazetteer.find_state(name)
    assert (found.alpha3 if found else None) == state


def test_the_ccm_as_releases_described_it_before_it_had_its_name():
    text = "The Minister today signed a convention banning the use of cluster munitions on behalf of Ireland."
    assert [m.ref.key for m in gazetteer.find_treaties_in(text)] == ["ccm"]


@pytest.mark.parametrize(
    ("address", "state"),
    [
        ("http://www.perumission-un.org/statements/12", "PER"),  # the state's name joined with "mission"
        ("https://www.kenyaun.org/first-committee", "KEN"),  # … or with "un"
        ("http://www.romaniaunog.org/statements/x.htm", "ROU"),  # … or with "unog", the UN Office at Geneva
        ("https://www.dunog.example/x", None),  # no state's name before it
        ("https://www.kenyamissionun.org/x/", "KEN"),  # "mission" and "un" both joined to the state's name
        ("https://www.kenyaunmission.org/x/", "KEN"),
        ("https://www.permissionun.example/x", None),  # a word before them, no state's name
        ("https://disarm.emb-japan.go.jp/Statements/x.htm", "JPN"),  # an embassy's host on the government's domain
        ("https://usun.usmission.gov/remarks-at-x/", "USA"),  # a short name only on that government's domain
        ("https://www.norway.no/en/missions/wto-un/statements/x/", "NOR"),  # a government domain's missions path
        ("https://www.un.int/suriname/statements/x", "SUR"),
        ("https://geneva.mfa.ee/statement-of-x/", "EST"),  # a ministry's host named by the UN seat of its mission
        ("https://www.mfa.ee/en/news/x", None),  # the ministry itself
        ("https://geneva.example.org/x", None),  # a seat's name on no government's domain
        ("https://www.mfat.govt.nz/en/media/x", None),  # a ministry, which may host a guest's statement
        ("http://www.admission.com/x", None),  # a word, no mission
        ("https://www.icanw.org/mission", None),
        ("https://chilemission.gob.pe/x", None),  # on another government's domain
        ("http://www.ambafrance-uk.org/x.html", "FRA"),  # an embassy's host: "amba" and the state's name
        ("https://www.embajadadeespana.org/x", "ESP"),
        ("https://www.ambassador.example.org/x", None),  # a word, no embassy
        ("https://lankamission.org/x", "LKA"),  # the last word of one state's name ("Sri Lanka") and "mission"
        ("https://islandsmission.org/x", None),  # the last word of several states' names
        ("https://africamission.org/x", None),  # a continent's name
        ("http://www.china-un.ch/eng/x.htm", "CHN"),  # the state's name beside the UN's
        ("http://www.thaiembassy.org/x", "THA"),  # the state's name joined with "embassy"
        ("http://misiones.cubaminrex.cu/es/articulo/x", "CUB"),  # a government's host for its missions, in Spanish
        ("https://www.cubaminrex.cu/es/x", None),  # the ministry itself
        ("https://misiones.example.org/x", None),  # missions on no government's domain
    ],
)
def test_the_mission_an_address_belongs_to(address, state):
    assert gazetteer.mission_of_address(address) == state


@pytest.mark.parametrize(
    ("line", "state"),
    [
        ("80 Wellington Street, Ottawa, ON K1A 0A2", "CAN"),
        ("Washington, D.C. 20520", "USA"),
        ("King Charles Street, London SW1A 2AH", "GBR"),
        ("Canberra ACT 2600", "AUS"),
        ("Drammensveien 74, 0244 Oslo", None),  # bare digits name no country
        ("Ottawa ON", None),
        ("Wellington Street", None),
    ],
)
def test_the_country_a_postal_code_s_format_names(line, state):
    assert gazetteer.postal_code_state(line) == state


@pytest.mark.parametrize(
    ("written", "alpha3"),
    [
        ("Egypt, Arab Republic of", "EGY"),
        ("Korea, Democratic People's Republic of", "PRK"),
        ("Congo, Democratic Republic of the", "COD"),
        ("Smith, Minister of", None),  # a person's office turned round names no state
    ],
)
def test_a_name_turned_round_for_sorting_is_the_state_s(written, alpha3):
    found = gazetteer.find_state(written)
    assert (found.alpha3 if found else None) == alpha3
