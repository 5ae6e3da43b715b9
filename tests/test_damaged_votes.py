"""A damaged voting CSV: one line naming the file and the bad row's line, exit 2, and the store
built before left exactly as it was."""

from __future__ import annotations

import csv
import hashlib
import io

import pytest
from conftest import cli
from test_undl_votes import HEADER, voting_csv

from treatykg.loaders import undl_votes


def _row_damage(change):
    def damage(line: bytes) -> bytes:
        row = next(csv.reader([line.decode("utf-8")]))
        out = io.StringIO()
        csv.writer(out, lineterminator="\n").writerow(change(row))
        return out.getvalue().encode("utf-8")

    return damage


def _set(column: str, value: str):
    return _row_damage(lambda row: [value if name == column else field for name, field in zip(HEADER, row)])


DAMAGE = {
    "short row": _row_damage(lambda row: row[:-5]),
    "extra field": _row_damage(lambda row: [*row, "extra"]),
    "bare quote": lambda line: line.replace(b",", b',"', 1),
    "10 MB field": _set("title", "x" * 10_000_000),
    "NUL byte": lambda line: line[:20] + b"\x00" + line[20:],
    "bad encoding": lambda line: line[:20] + b"\xff\xfe" + line[20:],
    "bad count": _set("total_yes", "inf"),
    "bad date": _set("date", "2022-13-45"),
    "bad link": _set("undl_link", "http://digital library/record 1"),
}


def damaged_lines(path, kind: str) -> tuple[list[bytes], int]:
    """The file's lines with the damage on the first row of its second resolution (the row whose
    resolution-level values are read), and that row's line number."""
    lines = path.read_bytes().splitlines(keepends=True)
    symbols = [row[HEADER.index("resolution")] for row in csv.reader(line.decode() for line in lines)]
    bad_line = next(number for number, symbol in enumerate(symbols[2:], start=3) if symbol != symbols[1])
    lines[bad_line - 1] = DAMAGE[kind](lines[bad_line - 1])
    return lines, bad_line


def snapshot(store) -> dict[str, str]:
    """Every file of the store (followed through its link) and what sits beside it, by content."""
    target = store.resolve()
    files = {
        str(path.relative_to(target)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(target.rglob("*"))
        if path.is_file()
    }
    files["(target)"] = str(target)
    files["(beside)"] = " ".join(sorted(p.name for p in store.parent.iterdir()))
    return files


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """A folder with a good voting CSV, and a store built from it."""
    root = tmp_path_factory.mktemp("votes")
    folder = root / "documents"
    folder.mkdir()
    voting_csv(folder / "votes.csv", 2)
    store = root / "store"
    result = cli("build", folder, "--store", store)
    assert result.exit_code == 0, result.output + result.stderr
    return folder, store


@pytest.mark.parametrize("kind", sorted(DAMAGE))
def test_a_damaged_row_is_one_line_naming_file_and_line_and_the_store_stays(built, kind):
    folder, store = built
    path = folder / "votes.csv"
    good = path.read_bytes()
    lines, bad_line = damaged_lines(path, kind)
    before = snapshot(store)
    try:
        path.write_bytes(b"".join(lines))
        result = cli("build", folder, "--store", store)
    finally:
        path.write_bytes(good)
    errors = result.stderr.strip().splitlines()
    assert result.exit_code == 2, result.output + result.stderr
    assert len(errors) == 1 and "Traceback" not in result.stderr, result.stderr
    assert str(path) in errors[0] and f"line {bad_line}" in errors[0], errors[0]
    assert snapshot(store) == before


@pytest.mark.parametrize("kind", sorted(set(DAMAGE) - {"bad encoding"}))  # text read whole is decoded
def test_a_damaged_row_read_whole_names_its_line(tmp_path, kind):
    """The same damage through ``parse`` (a file read whole): a ValueError naming the line."""
    path = tmp_path / "votes.csv"
    voting_csv(path, 2)
    lines, bad_line = damaged_lines(path, kind)
    text = b"".join(lines).decode("utf-8")
    with pytest.raises(ValueError, match=rf"line {bad_line}\b"):
        undl_votes.parse(text)
