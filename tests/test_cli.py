"""The command line: every subcommand answers --help, exit codes are the documented ones."""

from __future__ import annotations

import subprocess
import sys

from conftest import cli

from treatykg.cli import main


def test_every_subcommand_has_help():
    assert set(main.commands) >= {"build", "queries", "query", "export", "validate"}
    for name in main.commands:
        result = cli(name, "--help")
        assert result.exit_code == 0 and "Usage:" in result.stdout, name


def test_console_script_runs_and_documents_exit_codes():
    result = subprocess.run([sys.executable, "-m", "treatykg", "--help"], capture_output=True, text=True)
    assert result.returncode == 0
    assert "Exit codes: 0 ok, 1 the graph violates the shapes, 2 usage or input error" in " ".join(
        result.stdout.split()
    )


def test_usage_errors_exit_2(tmp_path):
    assert cli("export", "--format", "xml").exit_code == 2
    assert cli("frobnicate").exit_code == 2
    missing = cli("query", "resolutions", "--store", tmp_path / "none")
    assert missing.exit_code == 2 and "no treatykg store here" in missing.stderr


def test_queries_lists_every_saved_query_with_parameters():
    result = cli("queries")
    assert result.exit_code == 0
    assert "recalls" in result.stdout and "--param resolution=<document>" in result.stdout


def test_validate_reports_conformance(built_store):
    result = cli("validate", "--store", built_store)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("conforms: 0 violations")


def test_validate_with_the_reference_engine_finds_the_same(built_store):
    by_sparql = cli("validate", "--store", built_store)
    by_pyshacl = cli("validate", "--store", built_store, "--engine", "pyshacl")
    assert by_pyshacl.exit_code == by_sparql.exit_code == 0, by_pyshacl.stderr
    assert by_pyshacl.stdout == by_sparql.stdout
    warned = [line.split(": ")[:2] for line in by_sparql.stderr.splitlines()]
    assert warned and sorted(warned) == sorted(line.split(": ")[:2] for line in by_pyshacl.stderr.splitlines())
    assert cli("validate", "--store", built_store, "--engine", "rdflib").exit_code == 2
