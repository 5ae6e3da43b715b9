"""The house rules, checked on every run: ruff's lint rules and its formatting hold for every Python
file of the project, and mypy finds no type error in treatykg/ and loaders/ (all configured in
pyproject.toml)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
RUFF = shutil.which("ruff")


@pytest.mark.skipif(RUFF is None, reason="ruff is not installed (pip install -e '.[test]' installs it)")
@pytest.mark.parametrize("command", [["check"], ["format", "--check"]], ids=["lint", "format"])
def test_ruff_finds_nothing(command: list[str]):
    done = subprocess.run([RUFF, *command, "."], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


MYPY = shutil.which("mypy")


@pytest.mark.skipif(MYPY is None, reason="mypy is not installed (pip install -e '.[test]' installs it)")
def test_mypy_finds_nothing(tmp_path: Path):
    done = subprocess.run([MYPY, "--cache-dir", str(tmp_path)], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
