"""The Python API: a store opened, saved queries run with parameters, rows and DataFrames typed."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import cli

import treatykg
from treatykg.errors import InputError


@pytest.fixture(scope="module")
def kg(built_store):
    with treatykg.open(built_store) as graph:
        yield graph


def test_rows_are_the_cli_rows_with_python_values(kg, built_store):
    import csv
    import io

    rows = kg.query("positions", state="Pakistan")
    printed = list(
        csv.DictReader(
            io.StringIO(
                cli("query", "positions", "--param", "state=PAK", "--format", "csv", "--store", built_store).stdout
            )
        )
    )
    assert len(rows) == len(printed) > 0
    for row, line in zip(rows, printed):
        assert isinstance(row["start"], int) and str(row["start"]) == line["start"]
        assert row["forum"] is None if line["forum"] == "" else row["forum"] == line["forum"]
        assert row["date"] == line["date"]


def test_parameters_as_python_values_and_errors(kg):
    later = kg.query("count-check", treaty="CCM")
    assert later and all(isinstance(row["complete"], bool) for row in later)
    assert kg.query("participation", treaty="CCM", as_of=dt.date(2017, 12, 4)) == []  # no status table in the sample
    with pytest.raises(InputError, match="has no such parameter"):
        kg.query("recalls", nonsense="1")
    with pytest.raises(InputError, match="not a state"):
        kg.query("positions", state="Atlantis")
    with pytest.raises(InputError, match="no such saved query"):
        kg.query("no-such-query")
    assert "recalled" in kg.params("recalls") and kg.queries()["recalls"]


def test_dataframe_columns_are_typed(kg):
    frame = kg.dataframe("vote-totals")
    assert list(frame.columns) == kg.result("vote-totals").columns
    assert str(frame["votes_known"].dtype) == "Int64" and str(frame["yes"].dtype) != "float64"
    assert frame["yes"].isna().all()  # one explained vote: no tally
    checks = kg.dataframe("count-check")
    assert str(checks["complete"].dtype) == "boolean" and str(checks["stated_parties"].dtype) == "Int64"
    positions = kg.dataframe("positions", state="PAK")
    assert set(positions["date"]) >= {"2016", "2009-02-16"}  # a year stays a year


def test_a_closed_graph_refuses(built_store):
    graph = treatykg.open(built_store)
    graph.close()
    with pytest.raises(ValueError, match="closed"):
        graph.query("resolutions")


def test_no_store_is_one_clear_error(tmp_path):
    with pytest.raises(InputError, match="no treatykg store here"):
        treatykg.open(tmp_path / "nothing")
