"""Erik Voeten's UN General Assembly voting data and the `unvotes` package's tables (CSV, one row
per state per roll call), mapped to the same vote events as the UN Digital Library's data.

Layouts read: Voeten's full table (``rcid``, ``ccode`` — a Correlates of War number —, ``vote``
coded 1 yes, 2 abstain, 3 no, 8 absent, 9 not a member, ``unres``, ``date``, ``session``, totals)
and `unvotes`' ``un_votes`` joined with ``un_roll_calls`` (``rcid``, ``country``, ``country_code``
ISO alpha-2, ``vote`` as yes/abstain/no, ``unres``, ``date``). A vote event is keyed by its
resolution's symbol, so a table whose rows name only the roll call id (``un_votes`` alone, or
the raw ``rcid, session, vote, ccode`` file) is refused with that reason.

Absent (8) is recorded as non-voting, as the UN Digital Library records a member present in the
roll but not voting; not a member (9) is no vote and is left out. Roll calls on an amendment or a
paragraph (``amend``/``para`` = 1) are not votes on the resolution and are left out; a second roll
call on the same symbol is left out and reported (which one was on the whole text is not given).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections import Counter
from collections.abc import Iterator
from functools import cache, lru_cache
from importlib.resources import files
from typing import TextIO

from treatykg import gazetteer, un_symbols
from treatykg.loaders import undl_votes
from treatykg.loaders.contract import Selection
from treatykg.records import VoteEventRecord, VotingDataRecord

KIND = "unvotes"
VERSION = "1"
LABEL = "Voeten / unvotes UN General Assembly voting data (CSV)"

CODES = {"1": "yes", "2": "abstain", "3": "no", "8": "non-voting", "9": None}
WORDS = {"yes": "yes", "abstain": "abstain", "no": "no", "absent": "non-voting"}
STATE_COLUMNS = ("ccode", "country_code", "country", "countryname")
SYMBOL_COLUMNS = ("unres",)
# unvotes' two-letter codes for states that no longer exist (ISO withdrew or never gave them)
FORMER_ALPHA2 = {"CS": "CSK", "YU": "YUG", "DD": "DDR", "YD": "YMD"}
# a code that continues an earlier membership: before the date it ends, the vote is the earlier one's
CONTINUES = {"RUS": ("SUN",), "SRB": ("YUG", "SCG"), "YEM": ("YAR",), "EGY": ("XUA",), "TZA": ("XTG",)}
UNRES = re.compile(r"^(?:A/RES/|R/)(?P<session>(?:ES|S)-\d+|\d+)/(?P<number>\d+)\s*(?P<letter>[A-Z]{0,2})$", re.I)


def detect(text: str, address: str | None = None) -> float:
    """The header names the roll call id, a state column and the vote."""
    header = {name.strip().strip('"').lower() for name in text.lstrip("\ufeff").split("\n", 1)[0].split(",")}
    if "rcid" in header and "vote" in header and header & set(STATE_COLUMNS):
        return 0.9
    return 0.0


def parse(text: str, address: str | None = None) -> VotingDataRecord:
    """Every roll call of a (small) file; large files go through ``parse_stream``."""
    return VotingDataRecord(kind=KIND, events=tuple(parse_stream(io.StringIO(text))))


def parse_stream(lines: TextIO, selection: Selection | None = None) -> Iterator[VoteEventRecord]:
    """One record per roll call on a whole resolution, reading the rows one at a time (the rows of
    a roll call are consecutive in these files)."""
    rows = undl_votes.numbered_rows(lines)  # a damaged row is a ValueError naming its line
    header = [name.strip().lstrip("\ufeff").lower() for name in next(rows, (0, []))[1]]
    if not header:
        raise ValueError("no header line")
    at = {name: index for index, name in enumerate(header)}
    for needed in ("rcid", "vote"):
        if needed not in at:
            raise ValueError(f"no {needed} column in the header")
    if not any(name in at for name in SYMBOL_COLUMNS):
        raise ValueError(
            "the rows name their roll call only by rcid, with no resolution symbol (unres) column: "
            "join them with the roll-call table (un_roll_calls) first"
        )
    seen: dict[str, str] = {}
    kept: VoteEventRecord | None = None
    notes: list[str] = []
    for group in _roll_calls(rows, at["rcid"], len(header)):
        record, note = _event(group, at, selection, seen)
        notes += [note] if note else []
        if record is None:
            continue
        if kept is not None:
            yield _noted(kept, notes)
            notes = []
        kept = record
    if kept is not None:
        yield _noted(kept, notes)
    elif notes:
        raise ValueError(notes[0])


def _roll_calls(rows: Iterator[tuple[int, list[str]]], rcid_at: int, width: int) -> Iterator[list[list[str]]]:
    """The rows of each roll call, in file order; a row of another width is a ValueError naming its line."""
    group: list[list[str]] = []
    for line, row in rows:
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != width:
            raise ValueError(f"line {line}: {len(row)} fields, but the header names {width}")
        if group and row[rcid_at] != group[0][rcid_at]:
            yield group
            group = []
        group.append(row)
    if group:
        yield group


def _noted(record: VoteEventRecord, notes: list[str]) -> VoteEventRecord:
    """A record carrying the reports of roll calls left out since the one before it."""
    return record.model_copy(update={"mismatches": (*record.mismatches, *notes)}) if notes else record


def _cell(row: list[str], at: dict[str, int], name: str) -> str:
    index = at.get(name)
    value = row[index].strip() if index is not None and index < len(row) else ""
    return "" if value.upper() == "NA" else value


def _event(
    rows: list[list[str]], at: dict[str, int], selection: Selection | None, seen: dict[str, str]
) -> tuple[VoteEventRecord | None, str | None]:
    """A roll call's vote event, or None and why it was left out (None when it was not selected)."""
    first = rows[0]
    rcid = _cell(first, at, "rcid")
    if _cell(first, at, "amend") in ("1", "1.0") or _cell(first, at, "para") in ("1", "1.0"):
        return None, None  # a vote on an amendment or a paragraph, not on the resolution
    written = _cell(first, at, "unres")
    symbol = symbol_of(written)
    if symbol is None:
        why = f"unres {written!r} is not a resolution symbol" if written else "no unres"
        return None, f"roll call {rcid} left out ({len(rows)} rows): {why}"
    session = _cell(first, at, "session").removesuffix(".0") or un_symbols.session_of(symbol)
    if selection and not selection.keeps(symbol, session, _cell(first, at, "descr") or None):
        return None, None
    if symbol in seen:
        return None, (
            f"roll call {rcid} left out ({len(rows)} rows): roll call {seen[symbol]} on {symbol} "
            "was kept (which was on the whole text is not given)"
        )
    seen[symbol] = rcid
    date = _date(_cell(first, at, "date"))
    counted: Counter[str] = Counter()
    votes, unresolved = [], []
    for row in rows:
        raw = _cell(row, at, "vote")
        option = CODES.get(raw.removesuffix(".0")) if raw[:1].isdigit() else WORDS.get(raw.lower(), "?")
        if option == "?" or (raw[:1].isdigit() and raw.removesuffix(".0") not in CODES):
            unresolved.append(f"vote {raw!r} in roll call {rcid}")
            continue
        if option is None:
            continue  # not a member
        counted[option] += 1
        state = _state(*(_cell(row, at, name) for name in STATE_COLUMNS), date)
        if state is None:
            unresolved.append(" / ".join(filter(None, (_cell(row, at, name) for name in STATE_COLUMNS))))
        else:
            votes.append({"state": state, "option": option})
    totals = {
        option: _count(_cell(first, at, column))
        for option, column in (("yes", "yes"), ("no", "no"), ("abstain", "abstain"))
    }
    mismatches = [
        f"{option} {total} recorded, {counted[option]} in the rows"
        for option, total in totals.items()
        if total is not None and total != counted[option]
    ]
    return VoteEventRecord(
        kind=KIND,
        symbol=symbol,
        session=session,
        date=date,
        subject_treaty=undl_votes._treaty_of(_cell(first, at, "descr") or None),
        total_yes=totals["yes"],
        total_no=totals["no"],
        total_abstain=totals["abstain"],
        votes=tuple(votes),
        counted=dict(counted),
        unresolved=tuple(unresolved),
        mismatches=(f"{symbol} (roll call {rcid}): {'; '.join(mismatches)}",) if mismatches else (),
    ), None


def symbol_of(unres: str) -> str | None:
    """Voeten's resolution code as the UN Digital Library writes the symbol: R/51/45S ->
    A/RES/51/45S; before the 31st session resolutions were numbered across sessions,
    R/22/2373 -> A/RES/2373(XXII)."""
    match = UNRES.match(unres.strip())
    if not match:
        return None
    session, number, letter = match["session"].upper(), int(match["number"]), match["letter"].upper()
    if session.isdigit() and int(session) <= 30:
        return f"A/RES/{number}({un_symbols.roman(int(session))}){letter}"
    return f"A/RES/{int(session) if session.isdigit() else session}/{number}{letter}"


def _date(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _count(value: str) -> int | None:
    try:
        return int(float(value)) if value else None
    except ValueError:
        return None


@cache
def cow_codes() -> dict[str, str]:
    """Correlates of War state numbers -> reference alpha-3 (reference/cow_codes.csv)."""
    text = files("treatykg.reference").joinpath("cow_codes.csv").read_text(encoding="utf-8")
    return {row["cow"]: row["alpha3"] for row in csv.DictReader(io.StringIO(text))}


@lru_cache(maxsize=4096)
def _state(ccode: str, country_code: str, country: str, countryname: str, date: dt.date | None) -> str | None:
    """The reference alpha-3 of a row: by COW number, else by ISO code, else by name; a code that
    continues an earlier membership gives the earlier state on dates before it ended."""
    alpha3 = cow_codes().get(ccode.removesuffix(".0")) if ccode else None
    if alpha3 is None and country_code:
        alpha3 = FORMER_ALPHA2.get(country_code.upper())
        ref = None if alpha3 else gazetteer.find_state(country_code)
        alpha3 = alpha3 or (ref.alpha3 if ref else None)
    if alpha3 is None:
        ref = gazetteer.find_state(country or countryname) if (country or countryname) else None
        alpha3 = ref.alpha3 if ref else None
    if alpha3 is None or date is None:
        return alpha3
    for earlier in CONTINUES.get(alpha3, ()):
        ref = gazetteer.state(earlier)
        began = ref.valid_from or dt.date.min
        if began <= date < (ref.valid_until or dt.date.max):
            return earlier
    return alpha3
