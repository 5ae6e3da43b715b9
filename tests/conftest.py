"""Shared fixtures: the sample corpus, a built store, and a CLI runner."""

from __future__ import annotations

import shutil
from contextlib import contextmanager
from pathlib import Path

import pytest
from click.testing import CliRunner

from treatykg.cli import main
from treatykg.sources import sample_corpus

DATA = Path(__file__).parent / "data"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--regenerate-golden",
        action="store_true",
        help="rewrite tests/data/golden/*.expected.ttl from the current loaders",
    )


@pytest.fixture(scope="session")
def corpus() -> Path:
    return sample_corpus()


def corpus_text(prefix: str) -> str:
    """The text of the sample document whose file name starts with ``prefix``."""
    (path,) = sorted(sample_corpus().glob(f"{prefix}*"))
    return path.read_text(encoding="utf-8")


def cli(*args: str, env: dict | None = None):
    """Run the CLI in-process; returns the click Result (exit_code, output, stderr)."""
    return CliRunner().invoke(main, [str(a) for a in args], env=env, catch_exceptions=False)


@pytest.fixture(scope="session")
def built_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample corpus built once for the session (read-only for tests)."""
    store = tmp_path_factory.mktemp("built") / "store"
    result = cli("build", "--store", store)
    assert result.exit_code == 0, result.output + result.stderr
    return store


@pytest.fixture()
def store_copy(built_store: Path, tmp_path: Path) -> Path:
    """A private copy of the built store, for tests that try to damage it."""
    target = tmp_path / "store"
    shutil.copytree(built_store, target)
    return target


# --- servers (tests marked ``server`` and ``browser``) ---

GA_RESOLUTIONS = ("002", "003", "004")  # the sample's GA resolutions, which the spine's loader reads
PAGE_FIXTURE_GRAPH = "https://w3id.org/treatykg/id/source/test-page-fixture"


def _page_fixture_quads() -> list:
    """Votes, a participation act and a position of Pakistan, so that its page has every section."""
    from pyoxigraph import Literal, NamedNode
    from rdflib.namespace import DCTERMS

    from treatykg import iris, mapping
    from treatykg.vocab import OA, PROV, TKG, TKGC

    graph = mapping.GraphBuilder(NamedNode(PAGE_FIXTURE_GRAPH))
    for symbol, day, option in (
        ("A/RES/70/54", "2015-12-07", "abstain"),
        ("A/RES/77/79", "2022-12-07", "abstain"),
        ("A/RES/63/71", "2008-12-02", "yes"),
    ):
        event = mapping.vote_event_node(graph, "unga", symbol, TKG.Resolution, date=mapping.dt.date.fromisoformat(day))
        mapping.vote_node(graph, event, "PAK", option)
        mapping.vote_node(graph, event, "AUT", "yes")
    act = iris.node("participation", "PAK", "ccw", "ratification")
    graph.typed(act, TKG.ParticipationAct)
    graph.link(act, TKG.state, iris.state("PAK"))
    graph.link(act, TKG.treaty, iris.treaty("ccw"))
    graph.add(act, TKG.actType, NamedNode(str(TKGC.ratification)))
    graph.add(act, DCTERMS.date, mapping.dt.date(1985, 4, 1))
    position = iris.node("position", "fixture", "PAK")
    graph.typed(position, TKG.Position)
    graph.link(position, TKG.state, iris.state("PAK"))
    graph.link(position, PROV.wasDerivedFrom, iris.document("A/RES/77/79"))
    graph.link(position, TKG.quote, f"{position}/quote")
    graph.link(f"{position}/quote", OA.hasSelector, f"{position}/quote/exact")
    graph.add(f"{position}/quote/exact", OA.exact, Literal("the CCW is the appropriate forum"))
    return graph.quads


@pytest.fixture(scope="session")
def served_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample corpus built, plus a small graph of votes, participation and a position for the
    entity pages."""
    from pyoxigraph import Store

    store = tmp_path_factory.mktemp("served") / "store"
    result = cli("build", "--store", store)
    assert result.exit_code == 0, result.output + result.stderr
    db = Store(str(store))
    db.extend(_page_fixture_quads())
    db.flush()
    del db
    return store


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def running(command: list[str], ready_url: str, timeout: float = 60):
    """Start a server process, wait until ``ready_url`` answers, and always stop it."""
    import subprocess
    import time
    import urllib.error
    import urllib.request

    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + timeout
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"{command[0]} exited: {process.stdout.read().decode(errors='replace')}")
            try:
                with urllib.request.urlopen(ready_url, timeout=2):
                    break
            except (urllib.error.URLError, OSError):
                if time.monotonic() > deadline:
                    raise RuntimeError(f"{ready_url} did not answer within {timeout} s") from None
                time.sleep(0.2)
        yield process
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(scope="module")
def oxigraph(tmp_path_factory):
    """A real ``oxigraph serve`` whose default graph is the union of its named graphs."""
    executable = shutil.which("oxigraph")
    if executable is None:
        pytest.skip("the oxigraph server (PyPI 'oxigraph') is not installed")
    port = free_port()
    location = tmp_path_factory.mktemp("oxigraph")
    base = f"http://127.0.0.1:{port}"
    command = [executable, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}", "--union-default-graph"]
    with running(command, f"{base}/query?query=ASK%7B%7D"):
        yield base


VIRTUOSO_INI = """[Database]
DatabaseFile = {folder}/virtuoso.db
ErrorLogFile = {folder}/virtuoso.log
LockFile = {folder}/virtuoso.lck
TransactionFile = {folder}/virtuoso.trx
xa_persistent_file = {folder}/virtuoso.pxa
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {folder}/virtuoso-temp.db
TransactionFile = {folder}/virtuoso-temp.trx

[Parameters]
ServerPort = 127.0.0.1:{sql_port}
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000

[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerThreads = 10

[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 120
"""


@pytest.fixture(scope="session")
def virtuoso(tmp_path_factory):
    """A real Virtuoso (Debian's virtuoso-opensource) with a fresh database: its base URL. Its
    default graph is the union of its named graphs; the Graph Store Protocol needs the dba's
    credentials (dba:dba in a fresh database)."""
    executable = shutil.which("virtuoso-t")
    if executable is None:
        pytest.skip("Virtuoso (Debian's virtuoso-opensource) is not installed")
    folder = tmp_path_factory.mktemp("virtuoso")
    http_port = free_port()
    ini = folder / "virtuoso.ini"
    ini.write_text(VIRTUOSO_INI.format(folder=folder, sql_port=free_port(), http_port=http_port))
    base = f"http://127.0.0.1:{http_port}"
    with running([executable, "-f", "-c", str(ini)], f"{base}/sparql?query=ASK%7B%7D", timeout=120):
        yield base


@contextmanager
def treatykg_server(store: Path, *options: str):
    """``treatykg serve`` on a free port; yields its base URL."""
    import sys

    port = free_port()
    url = f"http://127.0.0.1:{port}"
    command = [sys.executable, "-m", "treatykg", "serve", "--store", str(store), "--port", str(port), *options]
    with running(command, f"{url}/sparql?query=ASK%7B%7D"):
        yield url


VOTING_CSV_HEADER = [
    "undl_id",
    "ms_code",
    "ms_name",
    "ms_vote",
    "date",
    "session",
    "resolution",
    "draft",
    "committee_report",
    "meeting",
    "title",
    "agenda_title",
    "subjects",
    "vote_note",
    "total_yes",
    "total_no",
    "total_abstentions",
    "total_non_voting",
    "total_ms",
    "undl_link",
]


def many_votes_csv(path: Path, count: int) -> Path:
    """A UN Digital Library voting CSV (current layout) with ``count`` recorded votes of Pakistan and
    Austria, ten a session from 1990 on, Pakistan's options varied; totals agree with the rows."""
    import csv
    import datetime as dt

    options = "YYYNAYAYXY"
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(VOTING_CSV_HEADER)
        for index in range(count):
            session = 45 + index // 10
            day = dt.date(1945 + session, 12, 1 + (index % 10) * 2)
            symbol = f"A/RES/{session}/{100 + index % 10}"
            ballots = (("PAK", "PAKISTAN", options[index % len(options)]), ("AUT", "AUSTRIA", "Y"))
            totals = [sum(1 for *_, vote in ballots if vote == code) for code in "YNAX"]
            for code, name, vote in ballots:
                writer.writerow(
                    [
                        5_000_000 + index,
                        code,
                        name,
                        vote,
                        day.isoformat(),
                        session,
                        symbol,
                        "",
                        "",
                        "",
                        f"Resolution {symbol}",
                        "General and complete disarmament",
                        "DISARMAMENT",
                        "",
                        *totals,
                        len(ballots),
                        f"https://digitallibrary.un.org/record/{5_000_000 + index}",
                    ]
                )
    return path


@pytest.fixture(scope="session")
def pages_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample corpus with the CCM status page, the voting CSV, 340 more votes of Pakistan, a
    Monitor profile of Pakistan and a statement on behalf of the Non-Aligned Movement: a treaty page
    with parties over time, a state page with hundreds of votes and with positions both stated and
    reported, and a group's page."""
    folder = tmp_path_factory.mktemp("pages")
    votes = many_votes_csv(folder / "many_votes.csv", 340)
    group_statement = folder / "nam.txt"
    group_statement.write_text(
        "Statement by H.E. Mr. Ali, Permanent Representative of Indonesia\n\nMr. Chair,\n\nI speak on behalf of "
        "the Non-Aligned Movement. We support a ban on cluster munitions.\n",
        encoding="utf-8",
    )
    store = folder / "store"
    result = cli(
        "build",
        "--store",
        store,
        sample_corpus(),
        DATA / "untc" / "ccm_page.txt",
        DATA / "undl" / "current_layout.csv",
        votes,
        DATA / "monitor" / "profile.txt",
        group_statement,
    )
    assert result.exit_code == 0, result.output + result.stderr
    return store
