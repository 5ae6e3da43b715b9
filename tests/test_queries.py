"""Saved queries: headers, the column contract, parameters bound as RDF terms."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from conftest import cli

from treatykg import query as q
from treatykg.errors import InputError
from treatykg.vocab import PREFIXES

CONTRACT = {
    "correspondence": [
        "document",
        "date",
        "reference",
        "author",
        "author_role",
        "author_org",
        "recipient",
        "recipient_role",
        "recipient_org",
        "in_reply_to",
        "encloses",
    ],
    "declarations": ["state", "state_name", "treaty", "kind", "date", "text", "source"],
    "count-check": [
        "resolution",
        "as_of",
        "stated_joined",
        "computed_joined",
        "stated_parties",
        "computed_parties",
        "stated_signatories",
        "computed_signatories",
        "complete",
        "agrees",
    ],
    "meetings": ["meeting", "treaty", "kind", "ordinal", "place", "start", "end", "president", "president_name"],
    "membership-counts": ["resolution", "treaty", "as_of", "joined", "parties", "signatories"],
    "mentions": ["document", "entity", "entity_type", "label"],
    "operative-paragraphs": ["resolution", "number", "action", "text"],
    "participation-history": ["state", "state_name", "treaty", "event", "date", "source", "complete"],
    "participation": [
        "state",
        "state_name",
        "treaty",
        "status",
        "signed",
        "consent",
        "consent_type",
        "withdrawn",
        "source",
        "complete",
    ],
    "positions": [
        "state",
        "state_name",
        "date",
        "document",
        "url",
        "stance",
        "topic",
        "topic_label",
        "forum",
        "modality",
        "reporter",
        "quote",
        "start",
        "end",
    ],
    "recalls": ["resolution", "recalled", "recalled_adopted"],
    "resolutions": [
        "symbol",
        "title",
        "session",
        "adopted",
        "plenary_meeting",
        "agenda_item",
        "committee_report",
        "draft",
    ],
    "reported-status": [
        "state",
        "state_name",
        "treaty",
        "status",
        "reported_on",
        "reporter",
        "cited",
        "document",
        "quote",
    ],
    "state-profile": ["kind", "date", "detail", "document", "modality", "reporter", "complete"],
    "stated-participation": ["state", "state_name", "treaty", "status", "stated_on", "document"],
    "universalization-targets": ["state", "state_name", "vote", "status", "complete"],
    "dataset-vote-discrepancies": ["document", "state", "state_name", "undl", "other", "source"],
    "explained-votes": ["document", "state", "state_name", "body", "date", "vote", "modality", "reporter", "source"],
    "vote-discrepancies": [
        "document",
        "state",
        "state_name",
        "recorded",
        "reported",
        "intended",
        "reporter",
        "recorded_source",
        "reported_source",
    ],
    "group-positions": [
        "group",
        "group_name",
        "date",
        "document",
        "url",
        "stance",
        "topic",
        "topic_label",
        "forum",
        "quote",
        "start",
        "end",
    ],
    "vote-record": ["state", "state_name", "vote", "complete"],
    "vote-totals": ["document", "body", "date", "yes", "no", "abstain", "non_voting", "tally", "votes_known", "source"],
    "votes": ["state", "state_name", "document", "body", "vote", "date", "source"],
    "voting-history": ["state", "state_name", "document", "date", "vote"],
}
REQUIRED = {"state": "PAK", "treaty": "CCM", "document": "A/RES/77/79"}  # values for required parameters


def rows(store: Path, name: str, *params: str) -> list[dict]:
    args = [arg for param in params for arg in ("--param", param)]
    result = cli("query", name, *args, "--format", "csv", "--store", store)
    assert result.exit_code == 0, result.stderr
    return list(csv.DictReader(io.StringIO(result.stdout)))


def test_every_saved_query_has_a_header_and_runs(built_store: Path):
    saved = q.saved_queries()
    assert set(CONTRACT) == set(saved)
    for name, query in saved.items():
        assert query.title and query.description, name
        required = [f"{p.name}=x" for p in query.params if p.required]
        if required:
            continue  # exercised by the tests of their own issue
        result = cli("query", name, "--format", "json", "--store", built_store)
        assert result.exit_code == 0, (name, result.stderr)
        json.loads(result.stdout)


@pytest.mark.parametrize("name", sorted(CONTRACT))
def test_column_contract(built_store: Path, name: str):
    given = [f"--param={p.name}={REQUIRED[p.type]}" for p in q.load(name).params if p.required]
    result = cli("query", name, *given, "--format", "csv", "--store", built_store)
    assert result.exit_code == 0, result.stderr
    header = next(csv.reader(io.StringIO(result.stdout)))
    assert header == CONTRACT[name]


def test_descriptions_speak_to_analysts():
    """How a query is made fast is said in its comments, not in the description people read."""
    for name, saved in q.saved_queries().items():
        for word in ("subquer", "hash-join", "DISTINCT", "engine", "scan"):
            assert word not in saved.description, (name, word)


def test_resolutions_include_recalled_only_ones_with_blanks(built_store: Path):
    found = {row["symbol"]: row for row in rows(built_store, "resolutions")}
    assert found["A/RES/77/79"]["plenary_meeting"] == "46"
    assert found["A/RES/77/79"]["committee_report"] == "A/77/385"
    recalled_only = found["A/RES/63/71"]
    assert recalled_only["adopted"] == "2008-12-02" and recalled_only["session"] == "63"
    assert recalled_only["title"] == "" and recalled_only["plenary_meeting"] == ""


def test_recalls_with_parameter(built_store: Path):
    found = rows(built_store, "recalls", "resolution=A/RES/77/79")
    assert {row["resolution"] for row in found} == {"A/RES/77/79"}
    assert len(found) == 8
    assert {"recalled": "A/RES/72/54", "recalled_adopted": "2017-12-04", "resolution": "A/RES/77/79"} in found
    everything = rows(built_store, "recalls")
    assert len(everything) == 8 + 3 + 6
    # the short form and different spacing name the same document
    assert rows(built_store, "recalls", "resolution= 77/79") == found


def test_membership_counts_are_dated_observations(built_store: Path):
    found = rows(built_store, "membership-counts")
    assert {
        "resolution": "A/RES/77/79",
        "treaty": "CCM",
        "as_of": "2022-12-07",
        "joined": "123",
        "parties": "110",
        "signatories": "13",
    } in found


def test_meetings_with_presidents(built_store: Path):
    found = {(row["kind"], row["ordinal"]): row for row in rows(built_store, "meetings")}
    assert found[("msp", "7")]["president"] == "DEU"
    assert found[("revcon", "1")]["place"] == "Dubrovnik, Croatia"


def test_mentions_of_one_document(built_store: Path):
    found = rows(built_store, "mentions", "document=A/RES/77/79")
    assert {row["document"] for row in found} == {"A/RES/77/79"}
    kinds = {(row["entity_type"], row["entity"]) for row in found}
    assert ("state", "GBR") in kinds and ("treaty", "CRPD") in kinds
    assert any(row["entity_type"] == "organisation" and row["label"] for row in found)


def test_unknown_parameter_values_are_clear_errors(built_store: Path):
    for args, message in (
        (["recalls", "--param", "resolution=A/RES/99/999"], "no document with that symbol"),
        (["recalls", "--param", "nonsense=1"], "has no such parameter"),
        (["recalls", "--param", "resolution"], "expected key=value"),
        (["no-such-query"], "no such saved query"),
    ):
        result = cli("query", *args, "--store", built_store)
        assert result.exit_code == 2 and message in result.stderr, (args, result.stderr)


def test_query_file_and_formats(built_store: Path, tmp_path: Path):
    path = tmp_path / "count.rq"
    path.write_text(
        "# title: count\n# description: resolutions\nSELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { ?r a tkg:Resolution }\n"
    )
    for fmt, expected in (("csv", "n\n9\n"), ("tsv", "n\n9\n")):
        result = cli("query", path, "--format", fmt, "--store", built_store)
        assert result.stdout == expected
    table = cli("query", path, "--store", built_store).stdout
    assert "n" in table and "9" in table and "1 row" in table


def test_parameters_are_bound_as_terms_not_pasted():
    saved = q.parse_saved(
        "t",
        "# title: t\n# description: d\n# param: name string optional -- a name\n"
        "SELECT ?x WHERE { ?x rdfs:label ?name_param }\n",
    )
    hostile = '"} } SERVICE <http://127.0.0.1:1/> { ?a ?b ?c } #'
    resolver = q.Resolver(lambda sparql, bindings: [])
    bound = q.bound_text(saved.text, q.bind(saved, {"name": hostile}, resolver), saved.params)
    from pyoxigraph import Store

    store = Store()
    assert list(store.query(bound)) == []  # parses as one escaped literal: no SERVICE, no error
    assert "VALUES (?name_param)" in bound and 'SERVICE <http://127.0.0.1:1/> { ?a ?b ?c } #"' in bound


def test_header_parsing_rejects_bad_parameter_lines():
    with pytest.raises(InputError, match="bad parameter line"):
        q.parse_saved("bad", "# param: x unknown-type\nSELECT * WHERE {}")
    saved = q.parse_saved(
        "ok", "# title: T\n# param: when date default=today -- a day\n# param: who state required\nSELECT * WHERE {}"
    )
    assert [(p.name, p.type, p.required, p.default) for p in saved.params] == [
        ("when", "date", False, "today"),
        ("who", "state", True, None),
    ]


def json_rows(store: Path, name: str, *params: str) -> list[dict]:
    args = [arg for param in params for arg in ("--param", param)]
    result = cli("query", name, *args, "--format", "json", "--store", store)
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def test_recalls_asked_from_the_recalled_side(built_store: Path):
    everything = rows(built_store, "recalls")
    recalled = everything[0]["recalled"]
    recalling = rows(built_store, "recalls", f"recalled={recalled}")
    assert recalling and {row["recalled"] for row in recalling} == {recalled}
    assert recalling == [row for row in everything if row["recalled"] == recalled]
    both = rows(built_store, "recalls", f"recalled={recalled}", f"resolution={recalling[0]['resolution']}")
    assert both == recalling[:1]


def test_labels_beside_codes(built_store: Path):
    from rdflib import Graph
    from rdflib import Literal as RdfLiteral
    from rdflib.namespace import SKOS

    from treatykg import gazetteer

    found = rows(built_store, "positions", "state=PAK")
    assert found and {row["state_name"] for row in found} == {gazetteer.find_state("PAK").un_name}
    topics = Graph().parse(Path(q.__file__).parent.parent / "ontology" / "topics.ttl")
    for row in found:
        (concept,) = topics.subjects(SKOS.notation, RdfLiteral(row["topic"]))
        assert row["topic_label"] == str(topics.value(concept, SKOS.prefLabel)) != row["topic"]
    for name, params in (
        ("votes", ["state=PAK"]),
        ("stated-participation", []),
        ("vote-record", ["document=A/C.1/71/L.22"]),
    ):
        for row in rows(built_store, name, *params):
            assert row["state_name"] == gazetteer.find_state(row["state"]).un_name, name


def test_an_explained_vote_alone_gives_no_tally(built_store: Path):
    """The sample's only vote is one state's explained vote: no totals, and the record says it is partial."""
    explained = {row["document"] for row in rows(built_store, "votes")}
    assert explained
    for row in json_rows(built_store, "vote-totals"):
        assert row["document"] in explained
        assert row["tally"] == "none" and row["votes_known"] == 1
        assert [row["yes"], row["no"], row["abstain"], row["non_voting"]] == [None] * 4
        record = json_rows(built_store, "vote-record", f"document={row['document']}")
        assert len(record) == 1 and record[0]["complete"] is False


def undl_csv(path: Path, ballots: list[tuple[str, str]], members: dict[str, int]) -> None:
    """Votes in the UN Digital Library layout without the totals' columns, with the member count."""
    header = ["undl_id", "ms_code", "ms_name", "ms_vote", "date", "session", "resolution", "title", "total_ms"]
    with path.open("w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(header)
        for number, (symbol, count) in enumerate(members.items()):
            for state, vote in ballots:
                writer.writerow([number, state, "", vote, "2019-12-12", "74", symbol, "A title", count])


def test_totals_are_counted_only_from_every_states_vote(tmp_path: Path):
    ballots = [("AUT", "Y"), ("BEL", "Y"), ("PAK", "A"), ("RUS", "N"), ("USA", "X")]
    undl_csv(tmp_path / "votes.csv", ballots, {"A/RES/74/1": len(ballots), "A/RES/74/2": len(ballots) + 3})
    store = tmp_path / "store"
    assert cli("build", "--store", store, tmp_path / "votes.csv").exit_code == 0
    totals = {row["document"]: row for row in json_rows(store, "vote-totals")}
    whole, partial = totals["A/RES/74/1"], totals["A/RES/74/2"]
    assert (whole["tally"], whole["yes"], whole["no"], whole["abstain"], whole["non_voting"]) == ("counted", 2, 1, 1, 1)
    assert whole["votes_known"] == len(ballots)
    assert (partial["tally"], partial["yes"], partial["no"], partial["votes_known"]) == (
        "none",
        None,
        None,
        len(ballots),
    )
    assert {row["complete"] for row in json_rows(store, "vote-record", "document=A/RES/74/1")} == {True}
    assert {row["complete"] for row in json_rows(store, "vote-record", "document=A/RES/74/2")} == {False}


def test_json_has_numbers_booleans_and_dates_at_their_precision(built_store: Path):
    for row in json_rows(built_store, "operative-paragraphs"):
        assert isinstance(row["number"], int)
    for row in json_rows(built_store, "positions", "state=PAK"):
        assert isinstance(row["start"], int) and isinstance(row["end"], int) and row["start"] < row["end"]
    for row in json_rows(built_store, "count-check"):
        assert isinstance(row["complete"], bool) and isinstance(row["stated_parties"], int)
    # the explanation of vote gives only a year (its session's): it stays a year everywhere
    (vote,) = json_rows(built_store, "votes", "state=PAK")
    assert vote["date"] == "2016"
    assert rows(built_store, "votes", "state=PAK")[0]["date"] == "2016"
    dates = {row["date"] for row in json_rows(built_store, "state-profile", "state=PAK")}
    assert "2016" in dates and all(len(day) in (4, 10) for day in dates)


def test_state_profile_has_one_row_per_fact_about_the_state(built_store: Path):
    """Each row of the profile is a fact the store holds about the state, found here by a plain
    pattern per kind; no fact is missing, none is another state's, and the rows run by date."""
    import pyoxigraph

    store = pyoxigraph.Store.read_only(str(built_store))
    prefixes = "\n".join(f"PREFIX {p}: <{iri}>" for p, iri in PREFIXES.items())
    state = "<https://w3id.org/treatykg/id/state/PAK>"

    def facts(kind: str, pattern: str) -> set[tuple[str, str, str]]:
        found = store.query(
            f"{prefixes} SELECT ?detail ?document WHERE {{ {pattern} }}", use_default_graph_as_union=True
        )
        return {(kind, row["detail"].value, row["document"].value) for row in found}

    expected = facts(
        "position",
        f"""?p a tkg:Position ; tkg:state {state} ; tkg:stance/skos:notation ?s ;
        tkg:topic/skos:notation ?t ; prov:wasDerivedFrom/rdfs:label ?document . BIND(CONCAT(?s, " ", ?t) AS ?detail)""",
    )
    expected |= facts(
        "stated participation",
        f"""?p a tkg:StatedParticipation ; tkg:state {state} ;
        tkg:treaty/skos:notation ?t ; tkg:participationStatus/skos:notation ?s ;
        prov:wasDerivedFrom/rdfs:label ?document . BIND(CONCAT(?s, " ", ?t) AS ?detail)""",
    )
    expected |= facts(
        "vote",
        f"""?v a opengov:Vote ; opengov:voter {state} ; opengov:option/skos:notation ?o ;
        opengov:voteEvent ?e . ?e tkg:onDocument/dcterms:identifier ?document ; tkg:forum/skos:prefLabel ?b .
        BIND(CONCAT(?o, " on ", ?document, " in the ", ?b) AS ?detail)""",
    )
    expected |= facts(
        "participation",
        f"""?a a tkg:ParticipationAct ; tkg:state {state} ;
        tkg:actType/skos:notation ?k ; tkg:treaty/skos:notation ?t . GRAPH ?g {{ ?a a tkg:ParticipationAct }}
        ?g tkg:fileName ?document . BIND(CONCAT(?k, " ", ?t) AS ?detail)""",
    )
    profile = rows(built_store, "state-profile", "state=PAK")
    assert {row["kind"] for row in profile} >= {"position", "vote", "stated participation"}
    assert {(row["kind"], row["detail"], row["document"]) for row in profile} == expected
    assert all(row["complete"] == "true" for row in profile)  # the sample is read whole
    dates = [row["date"] for row in profile]
    assert dates == sorted(dates) and all(dates)
    assert rows(built_store, "state-profile", "state=NOR") == []  # no fact about Norway in the sample


def test_a_group_s_position_counts_for_the_states_that_were_members_that_day(tmp_path: Path):
    docs = tmp_path / "docs"
    docs.mkdir()
    for name, day, claim in (
        ("eu2008.txt", "7 April 2008", "We support a ban on cluster munitions."),
        ("eu2022.txt", "12 October 2022", "We support the Arms Trade Treaty."),
    ):
        (docs / name).write_text(
            f"Statement on behalf of the European Union\n\nGeneva, {day}\n\nMr. Chair,\n\n"
            f"I have the honour to speak on behalf of the European Union. {claim}\n",
            encoding="utf-8",
        )
    store = tmp_path / "store"
    built = cli("build", docs, "--store", store)
    assert built.exit_code == 0, built.stderr

    def profile(state: str) -> list[tuple[str, str]]:
        return [(row["date"], row["detail"]) for row in rows(store, "state-profile", f"state={state}")]

    both = [("2008-04-07", "European Union: supports ban"), ("2022-10-12", "European Union: supports att")]
    assert profile("FRA") == both  # a founder
    assert profile("GBR") == both[:1]  # left on 31 January 2020
    assert profile("HRV") == both[1:]  # joined on 1 July 2013
    assert profile("NOR") == []  # never a member


BOTH_DAYS = ["2005-04-07", "2015-10-12"]


@pytest.mark.parametrize(
    ("group", "expected"),
    [
        (  # listed as of one day: a member from its admission to the United Nations
            "African Group",
            {"KEN": BOTH_DAYS, "SSD": BOTH_DAYS[1:]},  # admitted in 1963; on 14 July 2011
        ),
        (  # dated by the year each state was admitted
            "Non-Aligned Movement",
            {"IND": BOTH_DAYS, "AZE": BOTH_DAYS[1:], "SSD": [], "CYP": [], "NOR": []},  # 1961; 2011; 2024; 1961-2004
        ),
    ],
)
def test_a_group_s_word_counts_for_a_state_only_while_it_was_a_member(tmp_path: Path, group, expected):
    docs = tmp_path / "docs"
    docs.mkdir()
    for name, day in (("g2005.txt", "7 April 2005"), ("g2015.txt", "12 October 2015")):
        (docs / name).write_text(
            f"Statement on behalf of the {group}\n\nNew York, {day}\n\nMr. Chair,\n\n"
            f"I have the honour to speak on behalf of the {group}. We support a ban on cluster munitions.\n",
            encoding="utf-8",
        )
    store = tmp_path / "store"
    built = cli("build", docs, "--store", store)
    assert built.exit_code == 0, built.stderr
    found = {
        state: [
            row["date"] for row in rows(store, "state-profile", f"state={state}") if row["kind"] == "group position"
        ]
        for state in expected
    }
    assert found == expected


def test_a_group_s_positions_are_the_group_s_and_no_member_s(tmp_path: Path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "nam.txt").write_text(
        "Statement by H.E. Mr. Ali, Permanent Representative of Indonesia\n\nNew York, 12 October 2015\n\nMr. Chair,\n\n"
        "I speak on behalf of the Non-Aligned Movement. We support a ban on cluster munitions.\n",
        encoding="utf-8",
    )
    store = tmp_path / "store"
    built = cli("build", docs, "--store", store)
    assert built.exit_code == 0, built.stderr
    found = rows(store, "group-positions", "group=Non-Aligned Movement")
    assert [(row["group"], row["stance"], row["topic"]) for row in found] == [("nam", "supports", "ban")]
    assert found[0]["document"] == "Statement by the Movement of Non-Aligned Countries"
    assert rows(store, "positions", "state=IDN") == []
    profile = [(row["kind"], row["detail"], row["modality"]) for row in rows(store, "state-profile", "state=IDN")]
    assert profile == [  # a member's, and its delegation read the statement: neither is Indonesia's own word
        ("delivered group statement", "read on behalf of Movement of Non-Aligned Countries", "group"),
        ("group position", "Movement of Non-Aligned Countries: supports ban", "group"),
    ]
    assert rows(store, "positions", "state=IDN") == []
    assert rows(store, "state-profile", "state=CHE") == []  # not a member of the Movement
    assert rows(store, "group-positions", "group=eu") == []
    refused = cli("query", "group-positions", "--param", "group=Indonesia", "--store", store)
    assert refused.exit_code == 2 and "not a group of states" in refused.stderr
