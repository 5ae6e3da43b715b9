"""Shared fixtures: the sample corpus, a built store, and a CLI runner."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from treatykg.cli import main
from treatykg.sources import sample_corpus

DATA = Path(__file__).parent / "data"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--regenerate-golden", action="store_true",
                     help="rewrite tests/data/golden/*.expected.ttl from the current loaders")


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
