"""Stated positions: per-sentence stance/topic pairs, quotes that match the source, the lexicon's data."""

from __future__ import annotations

import tomllib
from importlib.resources import files

import pytest
import rdflib
from conftest import corpus_text
from rdflib.namespace import SKOS

from treatykg.loaders import detect, positions, reported
from treatykg.shacl_model import ontology_graph

TKGC = rdflib.Namespace("https://w3id.org/treatykg/ontology/concept/")

EXPECTED_000 = [
    ("Pakistan participated in the Review Conference", {("participates", "ccm")}),
    ("It is important to note", {("considers", "outside-un")}),
    ("As a matter of principle", {("opposes", "outside-un")}),
    ("Pakistan feels that", {("supports", "ccw-forum")}),
    ("The strength of the CCW", {("supports", "ccw-forum")}),
    ("Pakistan participated actively", {("participates", "ccw-protocol")}),
    ("It is unfortunate", {("regrets", "ccw-protocol")}),
    ("Pakistan considers cluster", {("considers", "military-utility")}),
    ("We, therefore, look", {("considers", "military-utility")}),
    ("Pakistan supports international", {("opposes", "indiscriminate-use"), ("supports", "humanitarian-concerns")}),
    ("Pakistan has never used", {("has-never", "own-use"), ("opposes", "use-against-civilians")}),
    ("Strict", {("supports", "ihl")}),
    ("Pakistan also supports", {("supports", "reliability")}),
]
EXPECTED_001 = [
    ("On behalf of the Government", {("opposes", "use-against-civilians"), ("opposes", "indiscriminate-use")}),
    ("We fully support", {("supports", "humanitarian-concerns")}),
    ("However, in view", {("opposes", "ban")}),
    ("As a Party to the", {("participates", "ccw-forum")}),
    ("Pakistan believes", {("supports", "ccw-forum")}),
    ("Pakistan does not support solutions", {("opposes", "outside-un")}),
    ("Instruments which", {("opposes", "major-producers")}),
    ("We, therefore, encourage", {("supports", "ccw-forum")}),
]


def _by_sentence(text: str, found) -> list[tuple[str, set]]:
    grouped: dict[int, tuple[str, set]] = {}
    for position in found:
        quote = text[position.span.start : position.span.end]
        grouped.setdefault(position.span.start, (quote, set()))[1].add((position.stance, position.topic))
    return [grouped[start] for start in sorted(grouped)]


@pytest.mark.parametrize(("prefix", "expected"), [("000", EXPECTED_000), ("001", EXPECTED_001)])
def test_one_position_per_claim_per_sentence(prefix, expected):
    text = corpus_text(prefix)
    record = detect(text).parse(text)
    found = (
        record.positions if hasattr(record, "positions") else [p for letter in record.letters for p in letter.positions]
    )
    got = _by_sentence(text, found)
    assert len(got) == len(expected)
    for (quote, pairs), (opening, expected_pairs) in zip(got, expected):
        assert quote.startswith(opening), quote
        assert pairs == expected_pairs, quote


def test_every_position_explains_itself():
    text = corpus_text("000")
    for position in detect(text).parse(text).positions:
        assert "subject" in position.rule or "impersonal" in position.rule
        assert "stance '" in position.rule and f"topic '{position.topic}'" in position.rule


def test_other_states_are_not_taken_for_the_speaker():
    text = "Norway supports a ban on cluster munitions. We oppose any ban on cluster munitions."
    assert {(p.stance, p.topic) for p in positions.find_positions(text, "PAK")} == {("opposes", "ban")}


def test_ocr_damage_in_cues_is_tolerated():
    found = positions.find_positions("Pakistan does not SlJpport a ban on cluster munitions.", "PAK")
    assert [(p.stance, p.topic) for p in found] == [("opposes", "ban")]


@pytest.mark.parametrize("prefix", ["000", "001"])
def test_quotes_equal_the_source_between_their_offsets_in_the_graph(prefix, tmp_path):
    """The graph's oa:exact equals the decoded source text between oa:start and oa:end."""
    from treatykg.build import load_document
    from treatykg.mapping import map_source
    from treatykg.sources import decode, read

    path = tmp_path / f"{prefix}.txt"
    path.write_text(corpus_text(prefix), encoding="utf-8")
    source = read(path, path.name)
    record, described = load_document(source)
    graph = rdflib.Graph()
    for quad in map_source(described, record):
        graph.add(
            tuple(
                rdflib.URIRef(t.value)
                if type(t).__name__ == "NamedNode"
                else rdflib.Literal(t.value, datatype=rdflib.URIRef(t.datatype.value) if t.datatype else None)
                for t in quad.triple
            )
        )
    text = decode(source)
    rows = list(
        graph.query("""
        PREFIX oa: <http://www.w3.org/ns/oa#>
        SELECT ?exact ?start ?end WHERE {
          ?quote oa:hasSelector ?a, ?b . ?a oa:exact ?exact . ?b oa:start ?start ; oa:end ?end }""")
    )
    assert rows
    for exact, start, end in rows:
        assert text[int(start) : int(end)] == str(exact)


def test_lexicon_and_ontology_agree():
    data = tomllib.loads(files("treatykg.reference").joinpath("position_topics.toml").read_text(encoding="utf-8"))
    ontology = ontology_graph()
    for scheme, table in (("stances", "stance"), ("topics", "topic")):
        declared = {
            str(ontology.value(concept, SKOS.notation)) for concept in ontology.subjects(SKOS.inScheme, TKGC[scheme])
        }
        assert declared == {entry["key"] for entry in data[table]}
        for entry in data[table]:
            assert str(ontology.value(TKGC[entry["key"]], SKOS.prefLabel)) == entry["label"]


def test_wider_cues_and_topics_of_national_statements():
    found = lambda text, state: {(p.stance, p.topic) for p in positions.find_positions(text, state)}  # noqa: E731
    assert found("Chile unequivocally condemns the use of cluster munitions.", "CHL") == {
        ("opposes", "cluster-munitions")
    }
    assert found("We renew our unequivocal condemnation of the use of cluster munitions.", "CHL") == {
        ("opposes", "cluster-munitions")
    }
    assert found("The report notes the condemnation of cluster munitions by many.", "CHL") == set()
    # joining a group's statement, in English, French and Spanish: the state's own words, on no topic the lexicon knows
    said = lambda text, state: {  # noqa: E731
        (p.stance, p.topic) for p in positions.find_positions(text, state, own_words=True)
    }
    for joined in (
        "My delegation associates itself with the statement made by Indonesia on behalf of the Non-Aligned Movement.",
        "Ma délégation s’associe aux déclarations faites par l’Indonésie au nom du Mouvement des non-alignés.",
        "Mi delegación se adhiere a la intervención realizada por Indonesia en nombre del Movimiento.",
    ):
        assert said(joined, "CHL") == {("says", "unclassified")}
    assert said("Albania and Georgia align themselves with this statement.", "CHL") == set()
    assert found("Ghana attaches great importance to the role of the CCW.", "GHA") == {("supports", "ccw-forum")}
    assert found("We reaffirm our unwavering commitment to the Arms Trade Treaty.", "NOR") == {("supports", "att")}
    # a treaty about a weapon is a topic of its own: opposing the treaty is not opposing the weapon
    assert found("We strongly oppose the Prohibition Treaty.", "FRA") == {("opposes", "tpnw")}
    assert found("Croatia believes that the NPT is the most effective instrument.", "HRV") == {("supports", "npt")}
    # "has never ratified" is a status, not a practice the state has never had
    assert found("Chile signed the CCW in 1981 but has never ratified it.", "CHL") == set()
    # a resolution's word is not the speaker's; a security environment is no security interest
    assert found("This resolution welcomes the adoption of the Prohibition Treaty.", "FRA") == set()
    assert (
        found("We believe that the deterioration of the international security environment is grave.", "FRA") == set()
    )
    # what was said for addressing a harm opposes it
    assert found("Chile said there was a need to stop the spread of light weapons.", "CHL") == {
        ("opposes", "small-arms")
    }
    # a denied cue takes no stance
    assert found("Our governments did not take part in negotiating the Prohibition Treaty.", "FRA") == set()
    assert found("We do not oppose a ban on cluster munitions.", "FRA") == set()
    assert found("India did not adopt the treaty or attend the Mine Ban Convention's conference.", "IND") == set()
    # a new predicate after "and" is a claim of its own, not the one before carried on
    assert found(
        "We condemn these weapons unequivocally and recommit to the implementation of the Convention on Cluster Munitions.",
        "NZL",
    ) == {("supports", "ccm")}


@pytest.mark.parametrize(
    "text",
    [
        "If we were a party to the Arms Trade Treaty, we would report.",
        "Were we to oppose the Arms Trade Treaty, we would say so.",
    ],
)
def test_a_stance_under_a_condition_is_no_position(text):
    assert positions.find_positions(text, "CHL") == []


def _claims(text: str, state: str) -> set[tuple[str, str]]:
    return {(claim.treaty, claim.status) for claim in positions.find_participation(text, state)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile signed the Convention on Cluster Munitions in 2008.", {("ccm", "signatory")}),
        ("Chile has never signed the Arms Trade Treaty.", {("att", "non-party")}),  # never signed: no signatory
        # the treaty a pronoun object stands for: the one named before it
        ("Chile signed the Arms Trade Treaty in 2013 and ratified it in 2018.", {("att", "party")}),
        (
            "Le Chili a signé le Traité d'Interdiction des Mines le 3 décembre 1997, l'a ratifié le 24 septembre 1998.",
            {("apmbc", "party")},
        ),
        (
            "Chile firmó el Tratado de Prohibición de Minas y lo ratificó el 10 de septiembre de 2001.",
            {("apmbc", "party")},
        ),
        (
            "Chile adhirió el Protocolo Enmendado 2 de la Convención de Armas Convencionales.",
            {("ccw-p2-amended", "party")},
        ),
        ("Our country has been a party to the Arms Trade Treaty since 2014.", {("att", "party")}),
        (
            "As a High Contracting Party to AP-II of the CCW, Chile has rendered its mines detectable.",
            {("ccw-p2-amended", "party")},
        ),
        ("Chile is a party to Protocol V to the CCW.", {("ccw-p5", "party")}),
        ("Chile is proud to be among the countries that have ratified the Arms Trade Treaty.", {("att", "party")}),
        (
            "Being the first country to accede to the Arms Trade Treaty, Chile will share its experience.",
            {("att", "party")},
        ),
        ("On 3 June, Chile joined 60 States in signing the Arms Trade Treaty.", {("att", "signatory")}),
        (
            "The Arms Trade Treaty, which Chile has signed and is ratifying, enters into force soon.",
            {("att", "signatory")},
        ),
        ("Chile, although not a signatory to the Arms Trade Treaty, applies its rules.", {("att", "non-party")}),
        ("We reaffirm our obligations under the Arms Trade Treaty.", {("att", "party")}),
        (
            "Chile submitted its instrument of acceptance of the Convention on Cluster Munitions today.",
            {("ccm", "party")},
        ),
        ("We have signed but not yet ratified the Arms Trade Treaty.", {("att", "signatory")}),
        # a deposit in words not read leaves the status unsaid rather than a signature alone; one to come does not
        ("Chile signed the Arms Trade Treaty in 2013, and its instrument of ratification was lodged in 2014.", set()),
        (
            "Chile signed the Arms Trade Treaty; its instrument of ratification has not yet been lodged.",
            {("att", "signatory")},
        ),
        (
            "Chile signed the Arms Trade Treaty and will soon lodge its instrument of ratification.",
            {("att", "signatory")},
        ),
        # a ratification in words not read is no signature alone either; one denied or to come is
        ("Chile signed the Arms Trade Treaty in 2013 and, in 2018, its ratification followed.", set()),
        ("Chile signed the Arms Trade Treaty in 2013 but has never ratified it.", {("att", "signatory")}),
        ("Chile signed the Arms Trade Treaty in 2013; true to its word, its ratification followed in 2018.", set()),
        ("Chile signed the Arms Trade Treaty in 2013 and now seeks to formally ratify it.", {("att", "signatory")}),
        (
            "Chile signed the Arms Trade Treaty; legislation for its ratification went to Congress.",
            {("att", "signatory")},
        ),
        # "the Convention" is the one convention named before it
        (
            "The Convention on Cluster Munitions entered into force in 2010. In 2009 Chile ratified the Convention.",
            {("ccm", "party")},
        ),
        (
            "The Arms Trade Treaty entered into force. Chile is among the countries that have ratified this milestone treaty.",
            {("att", "party")},
        ),
        # the instrument deposited, of the treaty the sentence named before; one protocol was ever revised
        (
            "Chile negotiated a strong text for the Ottawa Convention and concluded its ratification in 1999.",
            {("apmbc", "party")},
        ),
        (
            "States meet on the Revised Protocol to the Convention on Certain Conventional Weapons. "
            "Chile was one of the first countries to ratify the Protocol.",
            {("ccw-p2-amended", "party")},
        ),
        ("Chile will join 76 other States already party to the Convention on Cluster Munitions.", {("ccm", "party")}),
        ("Chile will soon join the Arms Trade Treaty.", {("att", "non-party")}),
        (
            "Chile is party to the CCW, all its five Protocols as well as its Amended Article 1.",
            {("ccw", "party"), ("ccw-amended-art1", "party")} | {(f"ccw-p{n}", "party") for n in range(1, 6)},
        ),
        # "the Convention" standing for the CCW named before, with its five Protocols; "a full Contracting Party"
        (
            "The Convention on Certain Conventional Weapons has played a role. As a full Contracting Party to the "
            "Convention and its five Protocols, Chile has implemented its obligations.",
            {("ccw", "party")} | {(f"ccw-p{n}", "party") for n in range(1, 6)},
        ),
        (
            "Chile, as one of the first countries to sign and ratify the Arms Trade Treaty, is pleased.",
            {("att", "party")},
        ),
        # a party that says it signed is a party
        (
            "We signed the Convention on Cluster Munitions in 2008. We have ratified the Convention on Cluster Munitions.",
            {("ccm", "party")},
        ),
    ],
)
def test_the_state_states_its_own_status(text, expected):
    assert _claims(text, "CHL") == expected


@pytest.mark.parametrize(
    "text",
    [
        "We call on all States to become party to the Arms Trade Treaty.",
        "We welcome the States that have ratified the Arms Trade Treaty.",
        "We hope to ratify the Arms Trade Treaty soon.",
        "We are proceeding apace to ratify the Arms Trade Treaty.",
        "Norway has ratified the Arms Trade Treaty.",
        "Ethiopia, a signatory to the Convention on Cluster Munitions, used the weapons.",
        "If we had ratified the Arms Trade Treaty, the trade would be safer.",
        "Had we ratified the Arms Trade Treaty, we would report on it.",
        "Should Chile ratify the Arms Trade Treaty, it will report.",
        "Chile hasn't signed the Arms Trade Treaty.",
        "So far, a total of 45 states have ratified the Convention on Cluster Munitions.",
        "Producers who have not yet signed the Ottawa Convention should do so.",
        "Chile intends to become a State party to the Arms Trade Treaty.",
        # protocols not counted are not known ones: "and its Protocols" names none
        "The Convention on Certain Conventional Weapons was discussed. As a party to its Protocols, Chile spoke.",
        "The letter, signed by the Minister, concerns the Arms Trade Treaty.",
        "Chile is a party to AP-II of the Geneva Conventions, not of the Arms Trade Treaty.",
        # "the Convention" after two conventions, or after one the gazetteer does not know, is left unresolved
        "The Convention on Cluster Munitions and the Ottawa Convention were discussed. Chile has ratified the Convention.",
        "The Vienna Convention on the Law of Treaties was discussed. Chile has ratified the Convention.",
        # a future that is conditional, or whose object is not the treaty
        "Chile will join 50 other States already party to the Arms Trade Treaty once Congress approves.",
        "Chile will join others in urging all States to ratify the Arms Trade Treaty.",
        "We call on all States to accede to all its Protocols.",
    ],
)
def test_no_status_from_calls_wishes_conditions_or_other_states(text):
    assert _claims(text, "CHL") == set()


def test_a_party_that_says_it_is_not_one_states_nothing():
    text = "Chile is a party to the Arms Trade Treaty. Chile is not a party to the Arms Trade Treaty."
    assert _claims(text, "CHL") == set()


def _stances(text: str, state: str = "CHL") -> set[tuple[str, str]]:
    return {(p.stance, p.topic) for p in positions.find_positions(text, state)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "We support the Convention on Cluster Munitions. We regret Lithuania's withdrawal from the Convention.",
            {("supports", "ccm"), ("regrets", "ccm")},
        ),
        (
            "Chile continues to recognize the pivotal role of the Conference on Disarmament.",
            {("considers", "conference-on-disarmament")},
        ),
        (
            "Chile welcomes the resolution on destroying the chemical weapons of the region.",
            {("opposes", "chemical-weapons")},
        ),
        (
            "Chile should play a leading role in pushing for an end to the use of cluster munitions.",
            {("opposes", "cluster-munitions")},
        ),
        ("We are aligning our policy with the key requirements of the Ottawa Convention.", {("supports", "apmbc")}),
        # the mines are a harm, as cluster munitions are: a world free of them is opposing them
        ("We remain committed to a world free of anti-personnel mines.", {("opposes", "landmines")}),
        (
            "We support mine action in countries where landmines impede development.",
            {("supports", "humanitarian-concerns")},
        ),
        # "this Treaty" is the one set beside an earlier "Treaty" in apposition
        (
            "We are here as supporters of this Treaty - the Convention on Cluster Munitions. "
            "It is our intention that Chile play a strong role in making this Treaty effective.",
            {("supports", "ccm")},
        ),
        # the weapon "those weapons" refers back to; instruments on small arms are not the weapons
        (
            "Stressing how easily small arms are bought, Chile said those weapons caused instability.",
            {("considers", "small-arms")},
        ),
        ("Chile welcomes the Programme of Action on small arms and light weapons.", {("supports", "salw-instruments")}),
        (
            "The Government of Chile has taken the humanitarian concerns very seriously.",
            {("supports", "humanitarian-concerns")},
        ),
        ("Chile remains convinced that the Arms Trade Treaty is essential.", {("supports", "att")}),
        (
            "We are determined to maintain our financial support for humanitarian demining.",
            {("supports", "humanitarian-concerns")},
        ),
        ("Chile will soon join the Arms Trade Treaty.", {("supports", "att")}),
        ("Chile is taking an active role in achieving a world safe from land mines.", {("opposes", "landmines")}),
        ("Chile intends to ratify the Treaty on the Prohibition of Nuclear Weapons.", {("supports", "tpnw")}),
        (
            "Last year Chile contributed $4.5 million to mine action in three countries.",
            {("supports", "humanitarian-concerns")},
        ),
        ("We must also work to ban weapons that have indiscriminate effects.", {("supports", "ban")}),
        ("Chile is a High Contracting Party to the CCW.", {("participates", "ccw-forum")}),
        ("Unfortunately, the draft does not address nuclear disarmament.", {("regrets", "nuclear-weapons")}),
        ("For us the NPT remains the cornerstone of the non-proliferation regime.", {("considers", "npt")}),
        # the cue's own object is the topic, before any topic the rest of the clause names
        (
            "Chile signed the Ottawa Convention. Chile has stated its reasons for opposing the Convention, "
            "reiterating that landmines secure its borders.",
            {("opposes", "apmbc")},
        ),
        ("Chile is convinced of the need for new rules of international humanitarian law.", {("supports", "ihl")}),
        ("Chile is pleased to play a leading role towards the Arms Trade Treaty.", {("supports", "att")}),
        ("Nous voudrions réaffirmer notre soutien au Traité sur le commerce des armes.", {("supports", "att")}),
    ],
)
def test_new_cues_and_topics(text, expected):
    assert _stances(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # two conventions named before: "the Convention" has no topic
        "We discussed the Convention on Cluster Munitions and the Ottawa Convention. We regret the withdrawal from the Convention.",
        # a topic is not carried onto another state's act
        "We support the Arms Trade Treaty. We condemn Russia's invasion of Ukraine.",
        # support said near a harm, without a remedy, says nothing about the harm
        "We believe that those responsible for the use of chemical weapons must be held accountable.",
        # the Landmine Monitor is a publication, not a landmine
        "We welcome the Landmine Monitor report.",
        # "endorse" is not "end": support for endorsing is not opposition
        "We support efforts to endorse cluster munitions.",
        # a denied status, money spent on something else, opposing views
        "Chile is not a party to the Arms Trade Treaty.",
        "Chile contributed to the debate on the humanitarian impact.",
        "There were opposing views on the Arms Trade Treaty.",
        # a vote is recorded as a vote, not read as a position
        "Chile voted in favour of the resolution on the Arms Trade Treaty.",
        # a body named after the state is not the state
        "The Chile Democratic Party said that it supports the Arms Trade Treaty.",
    ],
)
def test_no_position_without_a_topic_of_its_own(text):
    assert _stances(text) - {("supports", "att")} == set()


def test_a_topic_is_carried_only_from_the_sentence_just_before():
    text = "We support the Arms Trade Treaty. The weather in Geneva was fine. We welcome this."
    assert [(p.stance, p.topic) for p in positions.find_positions(text, "CHL")] == [("supports", "att")]


@pytest.mark.parametrize(
    ("sentence", "state", "expected"),
    [
        (
            "India has ratified the Convention on Conventional Weapons (CCW) and its Amended Protocol II.",
            "IND",
            [("ccw", "party"), ("ccw-p2-amended", "party")],
        ),
        (
            "Chile has not ratified the CCM, the Mine Ban Treaty and the ATT.",
            "CHL",
            [("ccm", "non-party"), ("apmbc", "non-party"), ("att", "non-party")],
        ),
        ("India has ratified the CCW and signed the CCM.", "IND", [("ccw", "party"), ("ccm", "signatory")]),
        ("New Zealand ratified Protocol V on Explosive Remnants of War in 2007.", "NZL", [("ccw-p5", "party")]),
        (
            "Israel said this is best done within the Convention on Conventional Weapons (CCW), to which it is a party.",
            "ISR",
            [("ccw", "party")],
        ),
        ("Israel welcomed Chile's work in the CCW, to which it is a party.", "ISR", []),
        ("Israel would act in the CCW, to which it is a party, if Chile agreed.", "ISR", []),
        # a state named as the place of the act is not its subject
        (
            "En una ceremonia en la ciudad de Nueva York, EEUU, el representante permanente del Paraguay depositó el "
            "instrumento de ratificación del Tratado sobre el Comercio de Armas.",
            "PRY",
            [("att", "party")],
        ),
        (
            "In Geneva, Switzerland, Chile deposited its instrument of ratification of the ATT.",
            "CHL",
            [("att", "party")],
        ),
        ("Switzerland and Chile deposited their instruments of ratification of the ATT.", "CHL", []),
        (  # the Spanish deposit "realizó", the treaty named by the signature before it: a party, not a signatory
            "Mi país suscribió el 24 de setiembre de 2013 el Tratado sobre el Comercio de Armas, y realizó el 16 de "
            "febrero de 2016, el depósito del instrumento de ratificación ante el Secretario General.",
            "PER",
            [("att", "party")],
        ),
        (
            "Mi país constituyéndose desde el pasado 16 de mayo en el 81° Estado Parte del Tratado sobre el Comercio de "
            "Armas.",
            "PER",
            [("att", "party")],
        ),
        ("Poland has been a signatory to the Mine Ban Treaty since 4 December 1997.", "POL", [("apmbc", "signatory")]),
        ("We remain the only signatory state from the region to the Arms Trade Treaty.", "BGD", [("att", "signatory")]),
        ("Poland is not a signatory to the Mine Ban Treaty.", "POL", [("apmbc", "non-party")]),
        (
            "Chile deposited its instrument, making the country the 106th state party to the Convention on Cluster "
            "Munitions.",
            "CHL",
            [("ccm", "party")],
        ),
        ("Peru welcomed Chile as the 106th State Party to the Convention on Cluster Munitions.", "PER", []),
        # a headline's present tense, the treaty its object
        (
            "Iceland's Minister for Foreign Affairs signs the international convention banning cluster munitions",
            "ISL",
            [("ccm", "signatory")],
        ),
        ("Chile ratifies the Arms Trade Treaty", "CHL", [("att", "party")]),
        # "of X and of Y": both the verb's treaties
        (
            "Last year we completed our ratification of Protocol V of the Convention on Conventional Weapons and of "
            "the Arms Trade Treaty.",
            "PHL",
            [("ccw-p5", "party"), ("att", "party")],
        ),
        ("Pakistan was unable to join the Anti-Personnel Mine Ban Treaty.", "PAK", [("apmbc", "non-party")]),
        # the passive, the state its agent
        (
            "I transmit the Arms Trade Treaty, done at New York on April 2, 2013, and signed by the United States on "
            "September 25, 2013.",
            "USA",
            [("att", "signatory")],
        ),
        ("The Arms Trade Treaty was signed by Chile.", "USA", []),
        ("The Convention on Cluster Munitions was ratified by Norway in 2008.", "NOR", [("ccm", "party")]),
        (
            "En su condición de copatrocinador y de país firmante del Tratado sobre el Comercio de Armas, mi "
            "delegación se congratula.",
            "URY",
            [("att", "signatory")],
        ),
        # in French
        ("Le Cameroun a signé le traité d’interdiction des mines antipersonnel.", "CMR", [("apmbc", "signatory")]),
        ("La France a ratifié la Convention d'Ottawa en 1998.", "FRA", [("apmbc", "party")]),
        ("Le Tchad est État partie à la Convention sur les armes à sous-munitions.", "TCD", [("ccm", "party")]),
        # denied in Spanish or French: no party, no signatory, but a non-party
        (
            "La Argentina, a la fecha, no ha suscrito la Convención sobre Municiones de Racimo.",
            "ARG",
            [("ccm", "non-party")],
        ),
        ("La Argentina no ha ratificado la Convención sobre Municiones en Racimo.", "ARG", [("ccm", "non-party")]),
        ("La Argentina no ha firmado la Convención sobre Municiones en Racimo.", "ARG", [("ccm", "non-party")]),
        ("La Argentina no firmó la Convención sobre Municiones en Racimo.", "ARG", []),
        ("La Argentina ha suscrito la Convención sobre Municiones en Racimo.", "ARG", [("ccm", "signatory")]),
        (
            "Le Tchad n\u2019a pas encore ratifié la Convention sur les armes à sous-munitions.",
            "TCD",
            [("ccm", "non-party")],
        ),
        (
            "Le Tchad n\u2019est pas un État partie à la Convention sur les armes à sous-munitions.",
            "TCD",
            [("ccm", "non-party")],
        ),
        # a party "committed to" the treaty it names
        (
            "As a State Party committed to the TPNW, the Philippines upholds its commitments.",
            "PHL",
            [("tpnw", "party")],
        ),
        ("As a State Party committed to the TPNW, Egypt upholds its commitments.", "PHL", []),
        # a refusal to join, in the future tense: a non-party
        ("India will not become a party to the Arms Trade Treaty.", "IND", [("att", "non-party")]),
        ("Pakistan will not become a party to the Arms Trade Treaty, India said.", "IND", []),
        # a ratification whose object is left out, a day right after it: the one treaty named before
        (
            "Peru signed the Mine Ban Treaty on 3 December 1997, ratified on 17 June 1998 and became a party.",
            "PER",
            [("apmbc", "party")],
        ),
        ("Peru welcomed the Mine Ban Treaty, and Chile ratified on 17 June 1998.", "PER", []),
        # a concession before the subject: the sentence's subject is the state; another subject, nothing
        (
            "Although not yet a State Party to the Mine Ban Treaty, China has supported its aims.",
            "CHN",
            [("apmbc", "non-party")],
        ),
        ("Although not yet a State Party to the Mine Ban Treaty, Egypt attended.", "CHN", []),
        (
            "As a High Contracting Party to the Amended Protocol on Landmines of the CCW, China has fulfilled it.",
            "CHN",
            [("ccw-p2-amended", "party")],
        ),
        ("Peru signs the Convention on Cluster Munitions, Chile said.", "CHL", []),
        # a relative clause's verb takes the treaty before it, not one the sentence names later
        (
            "She praised the Mine Ban Treaty, which Chile has ratified, and said Chile supported the Convention on "
            "Cluster Munitions.",
            "CHL",
            [("apmbc", "party")],
        ),
    ],
)
def test_statuses_of_coordinated_treaties_and_relative_clauses(sentence, state, expected):
    assert [(m.treaty, m.status) for m in positions.find_participation(sentence, state)] == expected


def test_reported_speech_is_an_assessment_weaker_than_support_and_its_topic_follows_it():
    assert _stances("We note that we support a ban on cluster munitions.") == {("supports", "ban")}
    assert _stances("Chile said the anti‑personnel mines must go.") == {("considers", "landmines")}
    assert _stances("On anti-personnel mines, Chile said that the report was late.") == set()
    assert _stances("Stressed by many, the humanitarian consequences are grave.") == set()  # said by whom?


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a cue with the state as its named subject, on a matter the lexicon has no topic for: the words alone
        ("Kenya remains committed to the global efforts of this body.", ("says", "unclassified")),
        ("Our governments did not take part in the negotiation of that text.", ("says", "unclassified")),
        ("My delegation would like to dissociate itself from paragraph 5.", ("says", "unclassified")),
        # no named subject: no one's words are read
        ("It is committed to the global efforts of this body.", None),
        # a position the lexicon reads is not doubled
        ("Kenya supports the Arms Trade Treaty.", ("supports", "att")),
    ],
)
def test_a_state_s_own_words_on_no_known_topic_are_kept_unclassified(sentence, expected):
    text = f"{sentence} The weather was fine.\n"
    found = [(p.stance, p.topic) for p in positions.find_positions(text, "KEN", own_words=True)]
    assert found == ([expected] if expected else [])
    if expected and expected[0] == "says":
        assert positions.find_positions(text, "KEN") == []  # only in a document in the state's own voice


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the protocols named before the Convention, the state as "It" after a sentence it opens
        (
            "Pakistan played an active role in the talks. It is a party to all the five Protocols of the CCW.",
            {"ccw"} | {f"ccw-p{n}" for n in range(1, 6)},
        ),
        ("Pakistan is a party to all five Protocols of the CCW.", {"ccw"} | {f"ccw-p{n}" for n in range(1, 6)}),
        # "all Protocols", not counted as five, take in Amended Protocol II; "state-party" is "State Party"
        (
            "Pakistan is a state-party to all Protocols of the CCW.",
            {"ccw", "ccw-p2-amended"} | {f"ccw-p{n}" for n in range(1, 6)},
        ),
        # "It" after a sentence that names another state, or opens with no state: not the state
        ("Pakistan thanked Norway. It is a party to the CCW.", set()),
        ("The Treaty was adopted. It is a party to the CCW.", set()),
        # the sentence before "It" is the one right before it, whatever ends the one before that
        (
            "Egypt said it was \u201cappalled.\u201d[6]\n\nPakistan is a party to the CCW. It is also party to the ATT.",
            {"ccw", "att"},
        ),
        (
            "Pakistan said it was \u201cappalled.\u201d[6]\n\nEgypt is a party to the CCW. It is also party to the ATT.",
            set(),
        ),
    ],
)
def test_all_the_protocols_of_the_ccw_and_the_state_as_it(text, expected):
    assert {claim.treaty for claim in positions.find_participation(text, "PAK")} == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the cue stands in a clause whose subject is another state: that state's view, not the speaker's
        ("We note that Russia regards the ban convention as discriminatory.", set()),
        ("Georgia said that Russia regards the ban convention as discriminatory.", set()),
        # reported speech whose clause opens with another state or a group, with no "that"
        ("The representative of Georgia said Russia opposed a ban on cluster munitions.", set()),
        ("The representative of Georgia said the Arab Group supported the Arms Trade Treaty.", set()),
        ("The representative of Georgia said his country opposed a ban on cluster munitions.", {("opposes", "ban")}),
        # ... after a time or place: "recalled that in 2008 the United Kingdom had opposed …"
        ("The representative of Georgia recalled that in 2008 the United Kingdom had opposed a ban.", set()),
        ("We recall that, at the Oslo conference, Russia opposed a ban on cluster munitions.", set()),
        ("We recall that in 2008 we opposed a ban on cluster munitions.", {("opposes", "ban")}),
        # other states in the plural, and "they" after them
        ("Georgia said some delegations, such as Egypt, abstained because they oppose the Arms Trade Treaty.", set()),
        ("We regret that many States oppose the Arms Trade Treaty.", set()),
        # words quoted as another's: the quotation's "we" is not the speaker
        ('As the representative of Egypt said yesterday, "we oppose a ban on cluster munitions".', set()),
        ("In the words of the Secretary-General, “we support a ban on cluster munitions”.", set()),
        ('As Georgia said last year, "we oppose a ban on cluster munitions".', {("opposes", "ban")}),
        ('We said it plainly: "we oppose a ban on cluster munitions".', {("opposes", "ban")}),
        # the one named last before the quotation speaks it
        ('Georgia quoted the minister of Armenia: "we oppose a ban on cluster munitions".', set()),
        # the organisation told is the quotation's addressee, not its source
        ('A government official told the Monitor that "we oppose a ban on cluster munitions".', {("opposes", "ban")}),
        (
            "The Ministry wrote to the ICRC that “Georgia believes in dialogue…. We oppose a ban on cluster munitions.”",
            {("opposes", "ban")},
        ),
        # another state only beside the speaker: the speaker's view still
        ("We, together with Norway, support the ban convention.", {("supports", "ban")}),
    ],
)
def test_a_cue_in_a_clause_of_another_state_is_not_the_speaker_s(sentence, expected):
    assert {(p.stance, p.topic) for p in positions.find_positions(sentence, "GEO")} == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("We deposited our instrument on the ratification of the Arms Trade Treaty.", {("att", "party")}),
        (  # the depositary named between commas
            "We deposited, with the United Nations Secretary-General in New York, our instrument of ratification of "
            "the Arms Trade Treaty.",
            {("att", "party")},
        ),
        # "signed or acceded to": which it did is not said; the signature stands
        (
            "We are proud to have signed or acceded to two treaties: the Arms Trade Treaty and the CCM.",
            {("att", "signatory"), ("ccm", "signatory")},
        ),
        ("Pakistan remains committed under its obligations arising from the CCW framework.", {("ccw", "party")}),
        # a second treaty coordinated after "the UN"
        (
            "We acceded to the Convention on Cluster Munitions and the UN Arms Trade Treaty.",
            {("ccm", "party"), ("att", "party")},
        ),
        ("We were the first South Asian country to have become party to the Mine Ban Treaty.", {("apmbc", "party")}),
        ("We have become a party to the Mine Ban Treaty.", {("apmbc", "party")}),
        ("We became a full State Party to the Mine Ban Treaty in 2011.", {("apmbc", "party")}),
        # an abbreviation in brackets between the Convention and "all its five Protocols"
        (
            "Pakistan is a State Party to the Convention on Certain Conventional Weapons (CCW) and all its five protocols.",
            {("ccw", "party")} | {(f"ccw-p{n}", "party") for n in range(1, 6)},
        ),
        # the Convention's name before a protocol qualifies it; "or" joins the protocols not joined
        (
            "Pakistan joined the Convention on Conventional Weapons (CCW) on 8 July 2009, but is not party to CCW "
            "Amended Protocol II or CCW Protocol V.",
            {("ccw", "party"), ("ccw-p2-amended", "non-party"), ("ccw-p5", "non-party")},
        ),
        ("Pakistan joined the consensus on the Arms Trade Treaty.", set()),
        (
            "Pakistan has deposited with the United Nations Secretary-General its instruments of accession to the "
            "Mine Ban Treaty.",
            {("apmbc", "party")},
        ),
        ("Furthermore, Pakistan is planning to accede the TPNW in the near future.", {("tpnw", "non-party")}),
        (
            "Pakistan is a party to the CCW and the original Protocol II on landmines.",
            {("ccw", "party"), ("ccw-p2", "party")},
        ),
        # the instrument deposited by another state is not the speaker's
        ("Norway deposited its instrument of ratification of the Arms Trade Treaty.", set()),
    ],
)
def test_more_wordings_of_a_state_s_own_status(sentence, expected):
    found = positions.find_participation(sentence, "PAK")
    assert {(claim.treaty, claim.status) for claim in found} == expected
    assert all(claim.quote == sentence for claim in found)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a name, not a ban
        ("Suriname pledges its full support to the Secretary-General, His Excellency Ban Ki-moon.", set()),
        ("Suriname supports a ban on cluster munitions.", {("supports", "ban")}),
        # another programme of action, another crisis's effects
        ("Suriname regrets that the target called for in the Istanbul Programme of Action was missed.", set()),
        ("Suriname supports the Programme of Action on small arms.", {("supports", "salw-instruments")}),
        ("Suriname is concerned by the negative effects of the crisis in the world economy.", set()),
        (
            "Suriname is concerned by the negative effects of cluster munitions.",
            {("considers", "humanitarian-concerns")},
        ),
    ],
)
def test_a_topic_s_trigger_words_used_of_something_else_name_no_topic(sentence, expected):
    found = {(p.stance, p.topic) for p in positions.find_positions(sentence, "SUR") if p.topic != "unclassified"}
    assert found == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "I thank you for steering the Conference on Disarmament, and I should like to assure you of our support.",
        "Kenya extends to you its full support in steering the Conference on Disarmament.",
        "We offer our support to you as you steer the Conference on Disarmament.",
        "My delegation will not participate in the action on the draft resolution on the Conference on Disarmament.",
        "I would like to thank all colleagues in the Conference on Disarmament for the warm welcome extended to me.",
    ],
)
def test_a_courtesy_to_the_chair_or_a_vote_s_act_is_no_position(sentence):
    assert positions.find_positions(sentence, "KEN", 0, len(sentence), own_words=True) == []


def test_support_for_a_matter_beside_a_courtesy_is_still_a_position():
    sentence = "We thank the sponsors for their work. Kenya supports the Conference on Disarmament."
    (found,) = positions.find_positions(sentence, "KEN", 0, len(sentence), own_words=True)
    assert (found.topic, found.stance) == ("conference-on-disarmament", "supports")


@pytest.mark.parametrize(
    ("text", "state", "expected"),
    [
        # "bound by" the treaty itself: a party; "bound by the spirit of" it is no status
        (
            "Against this background, Kenya is bound by the Ottawa Convention to destroy its stocks.",
            "KEN",
            {("apmbc", "party")},
        ),
        ("Kenya is bound by the spirit of the Ottawa Convention, though it has not joined.", "KEN", set()),
        ("We hope that Kenya is bound by the Ottawa Convention soon.", "KEN", set()),
        # obligations fulfilled under a treaty, with no possessive
        ("Ghana has fulfilled obligations under the Arms Trade Treaty on reporting.", "GHA", {("att", "party")}),
        ("We urge Ghana to comply with obligations under the Arms Trade Treaty.", "GHA", set()),
        ("Ghana says Togo has fulfilled obligations under the Arms Trade Treaty.", "GHA", set()),
        # the agent named after the treaty: "on behalf of", "au nom de"
        (
            "The Minister of Defence yesterday signed the Arms Trade Treaty on behalf of Ghana in New York.",
            "GHA",
            {("att", "signatory")},
        ),
        ("The Ambassador signed the Arms Trade Treaty on behalf of Togo.", "GHA", set()),
        ("The Minister hopes to have signed the Arms Trade Treaty on behalf of Ghana by May.", "GHA", set()),
        # "as a non-member to" a treaty named right after it; another body before the treaty is no status
        (
            "As a non-member to the Arms Trade Treaty, Ghana wishes to offer its perspective.",
            "GHA",
            {("att", "non-party")},
        ),
        ("As a non-member of the Security Council, Ghana welcomes the Arms Trade Treaty.", "GHA", set()),
        # an accession named as a noun, done: after "its" (the state named), "our", or "de <state>"
        (
            "Kenya chaired the Meeting of States Parties in 2020, one year after its accession to the Arms Trade Treaty.",
            "KEN",
            {("att", "party")},
        ),
        (
            "Tras la adhesión de Ghana al Tratado sobre el Comercio de Armas, el país adoptó una ley.",
            "GHA",
            {("att", "party")},
        ),
        ("Since our ratification of the Arms Trade Treaty, we have reported every year.", "GHA", {("att", "party")}),
        # a third person's accession in a sentence that does not name the state; one still to come
        ("One year after its accession to the Arms Trade Treaty, we welcomed it here.", "GHA", set()),
        ("After its accession to the Arms Trade Treaty, expected next year, Kenya will report.", "KEN", set()),
        ("Since the ratification of the Arms Trade Treaty, the region has changed.", "GHA", set()),
        ("Tras la adhesión de Togo al Tratado sobre el Comercio de Armas, Ghana adoptó una ley.", "GHA", set()),
        # "the Convention" with a date after it stands for the treaty named before
        (
            "Kenya supports the Convention on Cluster Munitions. We acceded to the Convention on 3 May 2017.",
            "KEN",
            {("ccm", "party")},
        ),
        # the passive whose subject is "The Convention": the treaty named before
        (
            "We transmit the Convention on Cluster Munitions. The Convention was adopted at Dublin on 30 May 2008, "
            "was signed by Kenya on 3 December 2008, and entered into force on 1 August 2010.",
            "KEN",
            {("ccm", "signatory")},
        ),
        (
            "The Convention was adopted at Dublin on 30 May 2008 and signed by Kenya on 3 December 2008.",
            "KEN",
            set(),
        ),
        # "our obligations under" "the Convention" and a treaty coordinated with it; not where they are to come
        (
            "Kenya welcomes the Ottawa Convention. In line with our obligations under this Convention and the "
            "Convention on Cluster Munitions, all areas are marked.",
            "KEN",
            {("apmbc", "party"), ("ccm", "party")},
        ),
        (
            "Kenya welcomes the Ottawa Convention. Once ratified, our obligations under this Convention will be met.",
            "KEN",
            set(),
        ),
        # "bound by the Convention to <verb>": "the Convention" stands for the treaty named before
        (
            "Kenya supports the Ottawa Convention. Kenya is bound by the Convention to clear all mined areas.",
            "KEN",
            {("apmbc", "party")},
        ),
        # a treaty that "entered into force for" the state named after it; another state, nothing
        (
            "The Arms Trade Treaty entered into force for Ghana on 22 March 2016.",
            "GHA",
            {("att", "party")},
        ),
        ("The Arms Trade Treaty entered into force for Togo on 8 October 2015.", "GHA", set()),
        ("The Arms Trade Treaty will enter into force for Ghana in 2016.", "GHA", set()),
        # the present tense of "became": "becomes the 95th State Party"
        (
            "Ghana welcomes the Arms Trade Treaty. On ratifying, Ghana thus becomes a State Party to the Treaty.",
            "GHA",
            {("att", "party")},
        ),
    ],
)
def test_statuses_bound_by_on_behalf_non_member_and_nominal_accession(text, state, expected):
    assert _claims(text, state) == expected


@pytest.mark.parametrize(
    ("text", "state", "expected"),
    [
        # "continues to abide by its obligations as a member of" the treaty named right after; "the Amended Mines
        # Protocol to the CCW" is Amended Protocol II
        (
            "Ruritania continues to abide by its obligations as a member of the Amended Mines Protocol to the "
            "Convention on Certain Conventional Weapons.",
            "GHA",
            set(),
        ),
        (
            "Ghana continues to abide by its obligations as a member of the Amended Mines Protocol to the "
            "Convention on Certain Conventional Weapons.",
            "GHA",
            {("ccw-p2-amended", "party")},
        ),
        ("Ghana continued to abide by its obligations as a Party to the Arms Trade Treaty.", "GHA", {("att", "party")}),
        # ... not a member of a body named before the treaty, nor a call on the state
        (
            "Ghana continues to abide by its obligations as a member of the Security Council under the Arms Trade "
            "Treaty.",
            "GHA",
            set(),
        ),
        ("We urge Ghana to continue to abide by its obligations as a member of the Arms Trade Treaty.", "GHA", set()),
        # a report the state submits under a treaty: a party's; not one to come, nor a voluntary one
        (
            "We have submitted our annual reports under Article 7 of the Convention on Cluster Munitions.",
            "GHA",
            {("ccm", "party")},
        ),
        ("We intend to submit our initial report under the Convention on Cluster Munitions.", "GHA", set()),
        ("Ghana will submit its first report under the Convention on Cluster Munitions.", "GHA", set()),
        ("We submit our reports under the Convention on Cluster Munitions on a voluntary basis.", "GHA", set()),
        ("Togo submitted its report under the Convention on Cluster Munitions.", "GHA", set()),
        # Spanish: "N-th State to ratify it", the treaty after ("este Tratado") standing for the one named before
        (
            "Celebramos el Tratado sobre la Prohibición de las Armas Nucleares. Chile, octavo Estado en ratificarlo, "
            "considera este Tratado un logro.",
            "CHL",
            {("tpnw", "party")},
        ),
        (
            "Celebramos el Tratado sobre el Comercio de Armas. Chile fue uno de los primeros países en ratificar "
            "este Tratado.",
            "CHL",
            {("att", "party")},
        ),
        # ... not another state's rank, nor "este Tratado" where a treaty the gazetteer does not know was named before
        (
            "Celebramos el Tratado sobre el Comercio de Armas. Perú fue uno de los primeros países en ratificar "
            "este Tratado.",
            "CHL",
            set(),
        ),
        (
            "Celebramos el Tratado sobre el Comercio de Armas y el Tratado de Pelindaba. Chile fue uno de los primeros "
            "países en ratificar este Tratado.",
            "CHL",
            set(),
        ),
        # "los Estados Partes de esta Convención hemos …": the speaker among the States Parties
        (
            "Apoyamos la Convención sobre Ciertas Armas Convencionales. Como sabe, la mayoría de los Estados Partes "
            "de esta Convención hemos destruido nuestras existencias.",
            "CHL",
            {("ccw", "party")},
        ),
        # ... not set against them, under a condition, in a wish, or with a comma before the verb
        (
            "Apoyamos la Convención sobre Ciertas Armas Convencionales. A diferencia de los Estados Partes de esta "
            "Convención hemos conservado las existencias.",
            "CHL",
            set(),
        ),
        (
            "Apoyamos la Convención sobre Ciertas Armas Convencionales. Si los Estados Partes de esta Convención "
            "hemos cumplido, bien.",
            "CHL",
            set(),
        ),
        (
            "Apoyamos la Convención sobre Ciertas Armas Convencionales. Esperamos que los Estados Partes de esta "
            "Convención cumplamos.",
            "CHL",
            set(),
        ),
        (
            "Apoyamos la Convención sobre Ciertas Armas Convencionales. Los Estados Partes de esta Convención, "
            "consideramos, deben cumplir.",
            "CHL",
            set(),
        ),
    ],
)
def test_membership_reports_spanish_ranks_and_states_parties_as_we(text, state, expected):
    assert _claims(text, state) == expected


def test_a_release_s_own_sentence_is_not_hidden_by_the_same_status_in_another_s():
    """A government's release: the envoy's act ("The Ambassador of Ghana deposited …") is not the state as subject,
    and does not hide the status of the sentence whose subject the state is."""
    text = (
        "The Permanent Representative of Ghana today deposited the instrument of ratification of the Arms Trade "
        "Treaty. Ghana thus becomes the 60th State Party to the Treaty."
    )
    statuses = reported.reported_claims(text, "GHA", 0, len(text), 2031)[0]
    assert [(s.status.treaty, s.status.status, s.status.quote) for s in statuses] == [
        ("att", "party", "Ghana thus becomes the 60th State Party to the Treaty.")
    ]
    # the envoy's act alone gives the state no status
    alone = text.split(" Ghana thus")[0]
    assert reported.reported_claims(alone, "GHA", 0, len(alone), 2031)[0] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "its protocols" after the CCW named before in the sentence: the five Protocols
        (
            "Nepal is committed to the Convention on Certain Conventional Weapons and is a party to all its five "
            "protocols.",
            {("ccw-p1", "party"), ("ccw-p2", "party"), ("ccw-p3", "party"), ("ccw-p4", "party"), ("ccw-p5", "party")},
        ),
        # another treaty named before: "its" is not said of the CCW alone
        (
            "Nepal supports the Arms Trade Treaty and the Convention on Certain Conventional Weapons and is a party to "
            "all its five protocols.",
            set(),
        ),
        # the parts "including" names after "the CCW and its Protocols"
        (
            "Nepal meets our obligations under the CCW and its Protocols, including Amended Protocol II of the CCW.",
            {("ccw", "party"), ("ccw-p2-amended", "party")},
        ),
    ],
)
def test_ccw_protocols_named_by_its(text, expected):
    assert _claims(text, "NPL") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "supportive of", as "supports"; support for a world free of a weapon opposes the weapon
        ("Chile is strongly supportive of a world free of nuclear weapons.", {("opposes", "nuclear-weapons")}),
        # a commitment held or shown, in Spanish; "libre de" frees the world of the harm
        (
            "Con la firma de este tratado, Chile manifiesta, una vez más, su compromiso con un mundo libre de armas nucleares.",
            {("opposes", "nuclear-weapons")},
        ),
        ("Chile tiene un compromiso firme con el derecho internacional humanitario.", {("supports", "ihl")}),
        # endorsing and calling for, in French
        ("Le Chili souscrit pleinement aux principes du droit international humanitaire.", {("supports", "ihl")}),
        ("Le Chili appelle à l'élimination totale des armes nucléaires.", {("opposes", "nuclear-weapons")}),
        # an assessment: "acknowledges the … effects of", "considère que"
        ("Chile acknowledges the devastating effects of cluster munitions.", {("considers", "cluster-munitions")}),
        ("Le Chili considère que les armes nucléaires sont une menace.", {("considers", "nuclear-weapons")}),
        # a letter's matter of concern, named after the cue
        (
            "We wish to draw your attention to the continued use of cluster munitions.",
            {("considers", "cluster-munitions")},
        ),
    ],
)
def test_cues_of_commitment_endorsement_and_a_letter_s_concern(text, expected):
    assert _stances(text) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Chile stands ready to work with all delegations on this matter.",
        "Le Chili souscrit à la déclaration faite au nom du Groupe.",
        "Chile suscribe en su totalidad la declaración del Grupo de Río.",
        "I should like to draw your attention to the statements of certain officials.",
    ],
)
def test_readiness_endorsing_a_statement_and_drawing_attention_are_the_state_s_words(sentence):
    text = f"{sentence} The weather was fine.\n"
    assert [(p.stance, p.topic) for p in positions.find_positions(text, "CHL", own_words=True)] == [
        ("says", "unclassified")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # a letter's receipt and a courtesy are no assessment
        "I write to acknowledge receipt of your letter on landmines.",
        "I would like to acknowledge the work of Peru on the Arms Trade Treaty.",
        # "suscribir" a treaty is signing it (a status, read apart), not endorsing it
        "Chile ha suscrito la Convención sobre Municiones en Racimo.",
        # "s'appeler" is to be named
        "Cette réunion s'appelle à juste titre la conférence sur les armes nucléaires.",
        # another state draws the attention
        "Peru draws attention to the use of cluster munitions.",
        # a relative clause set off by a comma says what another state does
        "I wish to draw your attention to the statement of Peru, which supports the Arms Trade Treaty.",
    ],
)
def test_near_misses_of_the_new_cues_are_no_position(sentence):
    text = f"{sentence} The weather was fine.\n"
    assert positions.find_positions(text, "CHL", own_words=True) == []


def test_a_law_named_as_what_is_broken_is_not_what_is_condemned():
    for sentence in (
        "This is a grave violation of international humanitarian law, which Chile condemns.",
        "Cet acte constitue une violation grave du droit international humanitaire que le Chili condamne.",
    ):
        assert _stances(sentence) == set()
    assert _stances("Chile supports international humanitarian law.") == {("supports", "ihl")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # nuclear testing is its own topic, before the forum its treaty was negotiated in
        (
            "It is extremely regrettable that Ruritania conducted another nuclear test today, in the midst of the "
            "negotiations at the Conference on Disarmament.",
            {("regrets", "nuclear-tests")},
        ),
        ("Chile condemns the nuclear test conducted yesterday.", {("opposes", "nuclear-tests")}),
        # a test ban is no ban on a weapon; a mine ban is one
        ("Chile regrets the slow progress towards a comprehensive test ban.", {("regrets", "nuclear-tests")}),
        ("Chile regrets the slow progress towards a ban on anti-personnel mines.", {("regrets", "ban")}),
    ],
)
def test_nuclear_testing_is_a_topic_and_a_test_ban_no_weapon_ban(text, expected):
    assert _stances(text) == expected


@pytest.mark.parametrize(
    ("sentence", "state", "expected"),
    [
        # a protocol's subject after its name ("on landmines") does not end the treaties the verb covers
        (
            "Chile is party to the Convention on Conventional Weapons and its Amended Protocol II on landmines and "
            "Protocol V on explosive remnants of war.",
            "CHL",
            {("ccw", "party"), ("ccw-p2-amended", "party"), ("ccw-p5", "party")},
        ),
        (
            "Peru is not party to CCW Amended Protocol II on landmines or CCW Protocol V.",
            "PER",
            {("ccw-p2-amended", "non-party"), ("ccw-p5", "non-party")},
        ),
        # "has not joined" the treaty named right after it; not a consensus about one
        ("Ghana has not joined the Convention on Conventional Weapons.", "GHA", {("ccw", "non-party")}),
        ("Ghana has not joined the consensus on the Convention on Cluster Munitions.", "GHA", set()),
        # "party to A, but not (its) B or C": B and C denied
        (
            "Nepal is party to the CCW, but not its Amended Protocol II or Protocol V on explosive remnants of war.",
            "NPL",
            {("ccw", "party"), ("ccw-p2-amended", "non-party"), ("ccw-p5", "non-party")},
        ),
        # "but not" before something else than a treaty's name denies nothing
        (
            "Nepal is party to the CCW, but not yet ready to join the Convention on Cluster Munitions.",
            "NPL",
            {("ccw", "party")},
        ),
        # "…, nor is it party to …"
        (
            "Chad is not party to the CCW, nor is it party to the Convention on Cluster Munitions.",
            "TCD",
            {("ccw", "non-party"), ("ccm", "non-party")},
        ),
        # a verb whose object is left out, "that same day" after it: the treaty named before
        (
            "Peru signed the Convention on Cluster Munitions on 3 June 2031 and ratified that same day.",
            "PER",
            {("ccm", "party")},
        ),
        # "is the only country in the region that has not …": the subject's own status
        (
            "Bhutan is the only country in the region that has not joined the Mine Ban Treaty.",
            "BTN",
            {("apmbc", "non-party")},
        ),
        # … but not where "the only countries that" follows a verb of saying: another subject's clause
        ("Bhutan said the only countries that have ratified the Mine Ban Treaty are small.", "BTN", set()),
        # the plural: "We are States Parties to …"
        ("We are States Parties to the Convention on Cluster Munitions.", "CHL", {("ccm", "party")}),
    ],
)
def test_participation_in_coordinated_protocols_ellipses_and_plurals(sentence, state, expected):
    assert {(m.treaty, m.status) for m in positions.find_participation(sentence, state)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an assessment whose subject is the matter assessed, in a document in the state's voice
        ("Madam Chair, the Mine Ban Treaty remains the cornerstone of our common work.", {("considers", "apmbc")}),
        (
            "A step-by-step approach remains the only credible way to rid the world of nuclear weapons.",
            {("considers", "nuclear-weapons")},
        ),
        ("Universal adherence is essential to the success of the Arms Trade Treaty.", {("considers", "att")}),
        ("Para nosotros es fundamental el Tratado sobre el Comercio de Armas.", {("considers", "att")}),
        ("The Convention on Cluster Munitions is a remarkable achievement.", {("supports", "ccm")}),
        # … and with the state as the subject, as before
        ("For Chile, the Arms Trade Treaty is vital for regional security.", {("considers", "att")}),
        # importance underlined, a supporter, measures taken, a body served in
        (
            "We stress the importance of the Programme of Action on small arms and light weapons.",
            {("supports", "salw-instruments")},
        ),
        ("Chile is a steadfast supporter of the Mine Ban Treaty.", {("supports", "apmbc")}),
        ("Chile has taken concrete steps to implement international humanitarian law.", {("supports", "ihl")}),
        (
            "We were honoured to serve on the Group of Governmental Experts that prepared the Arms Trade Treaty.",
            {("participates", "att")},
        ),
        ("We served in the Group of Governmental Experts of the CCW.", {("participates", "ccw-forum")}),
        # "not in a position to support" opposes (it is no support), "now in a position to support" supports
        ("However, my delegation is not in a position to support the Arms Trade Treaty.", {("opposes", "att")}),
        ("Chile is now in a position to support the Arms Trade Treaty.", {("supports", "att")}),
        # "believe" without "that": what follows is the assessment
        ("We believe the Arms Trade Treaty will save lives.", {("considers", "att")}),
        # the ATT named by what it is, before its name was given
        ("Chile is committed to a legally binding treaty regulating the arms trade.", {("supports", "att")}),
    ],
)
def test_assessments_of_a_matter_and_more_cues_of_support(text, expected):
    assert _stances(text) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # another state, a group or other delegations assess the matter
        "Peru's proposal is essential to the success of the Arms Trade Treaty.",
        "The European Union said the Arms Trade Treaty is essential for peace.",
        "Some delegations hold that the Mine Ban Treaty remains the cornerstone of humanitarian disarmament.",
        "According to the report, the Arms Trade Treaty is a major achievement.",
        # inside a quotation, or asked
        'The motto read: "the Arms Trade Treaty is essential for peace".',
        "Is the Arms Trade Treaty essential to the success of the process?",
        # denied or conditional
        "The Arms Trade Treaty is not a milestone for the region.",
        "If the Arms Trade Treaty is essential to peace, more States will join.",
        # "believe in", and an unrelated Group of Governmental Experts is no CCW forum
        "We believe in dialogue.",
        "We served on the Group of Governmental Experts on cyber security.",
    ],
)
def test_near_misses_of_an_assessment_are_no_position(sentence):
    assert _stances(f"{sentence}\n") == set()


def test_a_double_spaced_paragraph_is_read_as_one():
    lines = [
        "Chile was one of the authors of the resolution on an Arms",
        "Trade Treaty. We were privileged to serve in the Group of",
        "Governmental Experts that examined the feasibility of an Arms Trade",
        "Treaty. Chile remains committed to the negotiation of the Treaty.",
    ]
    text = "\n\n".join(lines) + "\n"
    assert _stances(text) == {("participates", "att"), ("supports", "att")}
    # a heading and a short line stay their own
    text = "Mr Chairman,\n\nWe support the Treaty.\n\nThe weather was fine.\n"
    assert [text[s:e].strip() for s, e in positions._blocks(text, 0, None)] == [
        "Mr Chairman,",
        "We support the Treaty.",
        "The weather was fine.",
    ]
    assert len(positions._blocks("\n\n".join(lines[:2]), 0, None)) == 2  # two lines are no double-spaced layout
    # a heading before paragraphs of one long line each is no wrapped line
    heading = "Chile welcomes the adoption of a new convention on cluster munitions"
    paragraphs = [
        "Santiago, 30 May 2031 - Chile is convinced of the need for new standards of international humanitarian law "
        "to end the harm done to civilians.",
        "The new Convention provides for a general ban on these weapons, with a narrow exception for some munitions.",
    ]
    text = "\n\n".join([heading, *paragraphs]) + "\n"
    assert len(positions._blocks(text, 0, None)) == 3
    assert ("supports", "ccm") in _stances(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the group named as the subject with an article, in French and Spanish, and with each word capitalised
        ("L’Union Européenne soutient le Traité sur le commerce des armes.\n", {("supports", "att")}),
        ("La Unión Europea apoya el Tratado sobre el Comercio de Armas.\n", {("supports", "att")}),
        ("The European Union supports the Arms Trade Treaty.\n", {("supports", "att")}),
        # the group named as the object of another state's cue
        ("Le Chili soutient l’Union Européenne et le Traité sur le commerce des armes.\n", set()),
        ("Chile apoya a la Unión Europea en el Tratado sobre el Comercio de Armas.\n", set()),
    ],
)
def test_a_group_named_as_the_subject_with_an_article(text, expected):
    assert {(p.stance, p.topic) for p in positions.find_group_positions(text, "eu")} - {
        ("says", "unclassified")
    } == expected


@pytest.mark.parametrize(
    ("sentence", "state", "expected"),
    [
        # treaties' other names: a short form in English, the French one after the city of signature
        ("Fiji signed the Nuclear Prohibition Treaty on 20 September.", "FJI", {("tpnw", "signatory")}),
        ("Le Mali a ratifié la Convention d'Oslo en 2010.", "MLI", {("ccm", "party")}),
        # a French or Spanish verb in the first person holds its subject
        ("En 2014, nous avons ratifié le Traité sur le commerce des armes.", "MLI", {("att", "party")}),
        (
            "La Convention sur les armes à sous-munitions est un texte fort. Lorsque j’avais signé cette Convention "
            "au nom du Mali, nous avions promis de la ratifier.",
            "MLI",
            {("ccm", "signatory")},
        ),
        (
            "Como es sabido, no hemos firmado aún el Tratado sobre la Prohibición de las Armas Nucleares.",
            "URY",
            {("tpnw", "non-party")},
        ),
        (
            "De forma voluntaria, cumplimos con el Protocolo II Enmendado, al cual no nos hemos adherido.",
            "CUB",
            {("ccw-p2-amended", "non-party")},
        ),
        # a rank among the parties, and the act that made the state one
        (
            "Notre pays est devenu le 12e État partie en ratifiant la Convention sur les armes à sous-munitions.",
            "MLI",
            {("ccm", "party")},
        ),
        # … with the apostrophe doubled, as a copy that escaped it writes it
        (
            "Notre pays est devenu le 12e Etat partie en ratifiant la Convention d’’Oslo en 2031.",
            "MLI",
            {("ccm", "party")},
        ),
        # the state fronted, the treaty the subject of its entry into force
        (
            "Para Cuba, la Convención sobre Municiones en Racimo entró en vigor el 1 de octubre de 2031.",
            "CUB",
            {("ccm", "party")},
        ),
        (
            "Mr. President,\nFor Kenya, the Convention on Cluster Munitions entered into force on 1 March 2031.",
            "KEN",
            {("ccm", "party")},
        ),
        # a CCW protocol named by its number alone, coordinated with a part of the CCW
        (
            "We are a party to the CCW, Protocol IV and Protocol V.",
            "KEN",
            {("ccw", "party"), ("ccw-p4", "party"), ("ccw-p5", "party")},
        ),
        # reports under each treaty the preposition is said again for
        (
            "We submit our annual reports under the Convention on Certain Conventional Weapons, both in general and "
            "under the Amended Protocol II (AP-II) and Protocol V (P-V), in a timely manner.",
            "KEN",
            {("ccw", "party"), ("ccw-p2-amended", "party"), ("ccw-p5", "party")},
        ),
        # signed, with the ratification still to come ("pour la ratifier"): the signature stands
        (
            "J’ai signé le Traité sur le commerce des armes, et nous ferons tout pour le ratifier au plus tôt.",
            "MLI",
            {("att", "signatory")},
        ),
        ("Le ministre a signé le Traité sur le commerce des armes au nom du Mali.", "MLI", {("att", "signatory")}),
    ],
)
def test_participation_in_other_names_first_person_verbs_and_fronted_states(sentence, state, expected):
    assert {(m.treaty, m.status) for m in positions.find_participation(sentence, state)} == expected


@pytest.mark.parametrize(
    ("sentence", "state"),
    [
        # done for another state: the first person is not the speaker's state
        ("J’avais signé la Convention sur les armes à sous-munitions au nom du Ghana.", "MLI"),
        ("I signed the Convention on Cluster Munitions on behalf of Guinea.", "MLI"),
        # a condition before a first-person verb, another state beside a relative one
        ("Si no hemos firmado aún el Tratado sobre la Prohibición de las Armas Nucleares, es por su alcance.", "URY"),
        ("El Protocolo II Enmendado, al cual no nos hemos adherido, preocupa a Venezuela.", "CUB"),
        # a rank still to come
        ("Notre pays deviendra un État partie en ratifiant la Convention sur les armes à sous-munitions.", "MLI"),
        # another state fronted, an entry into force to come, no state fronted at all, two states fronted
        ("For Ghana, the Convention on Cluster Munitions entered into force on 1 March 2031.", "KEN"),
        ("For Kenya, the Convention on Cluster Munitions will enter into force on 1 March 2031.", "KEN"),
        ("For the first time, the Convention on Cluster Munitions entered into force on 1 March 2031.", "KEN"),
        ("For Kenya, as for Ghana, the Convention on Cluster Munitions entered into force on 1 March 2031.", "KEN"),
        # another state reports under the treaty named later
        ("We submit our annual reports under the CCW and Ghana reports under the Arms Trade Treaty.", "KEN"),
    ],
)
def test_participation_not_read_for_another_state_a_condition_or_a_prospect(sentence, state):
    assert {(m.treaty, m.status) for m in positions.find_participation(sentence, state) if m.treaty != "ccw"} == set()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "Protocol I" of another treaty, or an Additional Protocol, is not the CCW's
        ("We are a party to the CCW and Additional Protocol I.", {("ccw", "party")}),
        ("We are a party to the CCW and Protocol I to the Geneva Conventions.", {("ccw", "party")}),
        # a bare number after a treaty that is not the CCW names no CCW protocol
        ("We are a party to the Convention on Cluster Munitions and Protocol V.", {("ccm", "party")}),
    ],
)
def test_a_bare_protocol_number_only_after_the_ccw(sentence, expected):
    assert {(m.treaty, m.status) for m in positions.find_participation(sentence, "KEN")} == expected


def _own_words(text: str, state: str = "CHL") -> set[tuple[str, str]]:
    return {(p.stance, p.topic) for p in positions.find_positions(text, state, own_words=True)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "… is unacceptable" said of a harm at the head of the sentence: against it (English, Spanish, French)
        ("The continued existence of chemical weapons is simply unacceptable.\n", {("opposes", "chemical-weapons")}),
        ("Las armas nucleares son injustificables e inaceptables.\n", {("opposes", "nuclear-weapons")}),
        ("L'emploi d'armes à sous-munitions est inacceptable.\n", {("opposes", "cluster-munitions")}),
        # a harm deep in a long subject, or no harm (a treaty, a remedy): the words alone, in the state's own voice
        (
            "Describing the slow pace of the talks held in the capital on the elimination of nuclear weapons as "
            "progress is unacceptable.\n",
            {("says", "unclassified")},
        ),
        ("Any delay in victim assistance is unacceptable.\n", {("says", "unclassified")}),
        # concern in Spanish and French: against the harm it is about
        (
            "Mi delegación desea reiterar, una vez más, su profunda preocupación por las armas nucleares.\n",
            {("opposes", "nuclear-weapons")},
        ),
        ("Le Chili est profondément préoccupé par les armes à sous-munitions.\n", {("opposes", "cluster-munitions")}),
        # a commitment reaffirmed in the past tense
        (
            "Chile has reaffirmed its commitment to a world free of anti-personnel mines.\n",
            {("opposes", "landmines")},
        ),
        # a letter's answer after its lead; "In this regard … as follows" is no "regards … as"
        ("In this regard, the Government of Chile wishes to respond as follows:\n", {("says", "unclassified")}),
        ("In order to clarify the facts, Chile would like to convey the following:\n", {("says", "unclassified")}),
        # a state's saying in the present in Spanish and French, with what it says after "que"
        (
            "El Gobierno de Chile niega rotundamente que sus fuerzas hayan ingresado al valle.\n",
            {("says", "unclassified")},
        ),
        ("La República de Chile reitera que el valle nunca fue ocupado.\n", {("says", "unclassified")}),
        ("Je tiens à rappeler que le Chili respecte ses engagements.\n", {("says", "unclassified")}),
        (
            "Le Chili souligne que les armes à sous-munitions doivent être interdites.\n",
            {("considers", "cluster-munitions")},
        ),
    ],
)
def test_judgements_of_unacceptability_concern_and_a_letter_s_answer(text, expected):
    assert _own_words(text) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # unacceptable to someone else, an attribute, denied, another's judgement
        "The use of anti-personnel mines is unacceptable to Peru.",
        "Cluster munitions that are known to cause unacceptable harm to civilians are banned.",
        "The use of cluster munitions is not unacceptable in every case.",
        "The use of chemical weapons isn't unacceptable to some.",
        "Peru said that the use of anti-personnel mines is unacceptable.",
        "Argentina considers that the use of landmines is unacceptable.",
        # a letter passing on another's text, and a lead with no "as follows"
        "I would like to convey the following message from the Secretary-General:",
        "We wish to respond to the invitation of the President.",
        # another state's or a body's saying
        "El Perú niega que sus fuerzas hayan ingresado al valle.",
        "La Asamblea General recuerda que el valle nunca fue ocupado.",
        "Le Pérou souligne que les armes à sous-munitions doivent être interdites.",
        # "in this regard … as" and "with regard to … as" are no assessment
        "With regard to the landmines in the area, Chile acts as a mediator.",
    ],
)
def test_near_misses_of_unacceptability_and_a_letter_s_lead_are_no_position(sentence):
    assert _own_words(f"{sentence}\n") == set()
