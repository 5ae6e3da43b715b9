"""Saved queries: headers, the column contract, parameters bound as RDF terms."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from conftest import cli
from treatykg import query as q

CONTRACT = {
    "resolutions": ["symbol", "title", "session", "adopted", "plenary_meeting", "agenda_item", "committee_report", "draft"],
    "recalls": ["resolution", "recalled", "recalled_adopted"],
    "membership-counts": ["resolution", "treaty", "as_of", "joined", "parties", "signatories"],
    "operative-paragraphs": ["resolution", "number", "action", "text"],
    "meetings": ["meeting", "treaty", "kind", "ordinal", "place", "start", "end", "president"],
    "mentions": ["document", "entity", "entity_type", "label"],
}


def rows(store: Path, name: str, *params: str) -> list[dict]:
    args = [arg for param in params for arg in ("--param", param)]
    result = cli("query", name, *args, "--format", "csv", "--store", store)
    assert result.exit_code == 0, result.stderr
    return list(csv.DictReader(io.StringIO(result.stdout)))


def test_every_saved_query_has_a_header_and_runs(built_store: Path):
    saved = q.saved_queries()
    assert set(CONTRACT) <= set(saved)
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
    result = cli("query", name, "--format", "csv", "--store", built_store)
    header = next(csv.reader(io.StringIO(result.stdout)))
    assert header == CONTRACT[name]


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
    assert {"resolution": "A/RES/77/79", "treaty": "CCM", "as_of": "2022-12-07", "joined": "123",
            "parties": "110", "signatories": "13"} in found


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
    path.write_text("# title: count\n# description: resolutions\n"
                    "SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { ?r a tkg:Resolution }\n")
    for fmt, expected in (("csv", "n\n9\n"), ("tsv", "n\n9\n")):
        result = cli("query", path, "--format", fmt, "--store", built_store)
        assert result.stdout == expected
    table = cli("query", path, "--store", built_store).stdout
    assert "n" in table and "9" in table and "1 row" in table


def test_parameters_are_bound_as_terms_not_pasted():
    saved = q.parse_saved("t", "# title: t\n# description: d\n# param: name string optional -- a name\n"
                               "SELECT ?x WHERE { ?x rdfs:label ?name_param }\n")
    hostile = '"} } SERVICE <http://127.0.0.1:1/> { ?a ?b ?c } #'
    resolver = q.Resolver(lambda sparql, bindings: [])
    bound = q.bound_text(saved.text, q.bind(saved, {"name": hostile}, resolver), saved.params)
    from pyoxigraph import Store

    store = Store()
    assert list(store.query(bound)) == []  # parses as one escaped literal: no SERVICE, no error
    assert "VALUES (?name_param)" in bound and 'SERVICE <http://127.0.0.1:1/> { ?a ?b ?c } #"' in bound


def test_header_parsing_rejects_bad_parameter_lines():
    with pytest.raises(q.InputError, match="bad parameter line"):
        q.parse_saved("bad", "# param: x unknown-type\nSELECT * WHERE {}")
    saved = q.parse_saved("ok", "# title: T\n# param: when date default=today -- a day\n"
                                "# param: who state required\nSELECT * WHERE {}")
    assert [(p.name, p.type, p.required, p.default) for p in saved.params] == [
        ("when", "date", False, "today"), ("who", "state", True, None)]
