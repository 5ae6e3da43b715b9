"""The README's examples run as written and print what the README shows."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
from conftest import cli

ROOT = Path(__file__).resolve().parent.parent


def examples() -> list[tuple[str, list[str]]]:
    """Each ``$ treatykg …`` line of the README with the output lines shown under it."""
    found: list[tuple[str, list[str]]] = []
    for block in re.findall(r"```\n(.*?)```", (ROOT / "README.md").read_text(encoding="utf-8"), re.S):
        for line in block.splitlines():
            if line.startswith("$ treatykg"):
                found.append((line[2:], []))
            elif found and line.strip() and found[-1][0] in block:
                found[-1][1].append(line.rstrip())
    return found


def test_the_readme_has_examples_of_every_everyday_command():
    commands = {shlex.split(command)[1] for command, _ in examples()}
    assert {"build", "queries", "query", "export", "validate"} <= commands


def test_readme_examples_run_and_print_what_the_readme_shows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.chdir(tmp_path)
    for command, shown in examples():
        subcommand, *rest = shlex.split(command)[1:]
        args = [subcommand] + [_local(arg, tmp_path) for arg in rest]
        result = cli(*args)
        assert result.exit_code == 0, (command, result.stderr)
        output = (result.stdout + result.stderr).replace(str(tmp_path / "kg"), "/tmp/kg")
        printed = [line.rstrip() for line in output.splitlines()]
        expected = [line for line in shown if "…" not in line]
        position = 0
        for line in expected:
            assert line in printed[position:], f"{command}: README shows {line!r}, the command did not print it"
            position = printed.index(line, position) + 1


def _local(arg: str, tmp_path: Path) -> str:
    """Paths in the README are relative to the repository (or /tmp): map them for the test."""
    if arg == "/tmp/kg":
        return str(tmp_path / "kg")
    if arg in ("corpus", "eval") or arg.startswith("tests/data/"):
        return str(ROOT / arg)
    return arg


def test_readme_python_examples_run_and_print_what_the_readme_shows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """The README's ```python blocks are doctests, run where 'treatykg build' has built the sample."""
    import doctest

    monkeypatch.chdir(tmp_path)
    assert cli("build").exit_code == 0
    blocks = re.findall(r"```python\n(.*?)```", (ROOT / "README.md").read_text(encoding="utf-8"), re.S)
    assert blocks, "the README shows the Python API"
    parser, runner = doctest.DocTestParser(), doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    for number, block in enumerate(blocks):
        test = parser.get_doctest(block, {}, f"README python block {number + 1}", "README.md", 0)
        assert test.examples
        runner.run(test)
    assert runner.summarize(verbose=False).failed == 0
