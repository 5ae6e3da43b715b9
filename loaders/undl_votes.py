"""UN Digital Library General Assembly voting data (CSV, one row per state per resolution)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from functools import lru_cache

from pydantic import AliasChoices, BaseModel, ConfigDict, Field, ValidationError, field_validator
from pyoxigraph import NamedNode

from treatykg import gazetteer, un_symbols
from treatykg.loaders.contract import Selection
from treatykg.records import UN_SYMBOL, VoteEventRecord, VotingDataRecord

KIND = "undl_votes"
VERSION = "1"
LABEL = "UN Digital Library voting data (CSV)"

# Y/N/A as in both layouts; non-voting is X in the current layout, NV or blank in the older one.
OPTIONS = {"Y": "yes", "N": "no", "A": "abstain", "X": "non-voting", "NV": "non-voting", "": "non-voting"}
TOTALS = {"yes": "total_yes", "no": "total_no", "abstain": "total_abstain", "non-voting": "total_non_voting"}
ADOPTED_SUFFIX = re.compile(r"\s*:\s*resolution\s*/\s*adopted\s+by\s+the\s+General\s+Assembly\.?\s*$", re.I)
PLENARY = re.compile(r"/PV\.(\d+)\b")


def _alias(*names: str):
    return Field(default=None, validation_alias=AliasChoices(*names))


class VoteColumns(BaseModel):
    """The columns of one vote: current (singular) and older (plural) header names."""

    state_code: str = _alias("ms_code", "ms_codes")
    state_name: str | None = _alias("ms_name", "ms_names")
    vote: str | None = _alias("ms_vote", "ms_votes")


class ResolutionColumns(BaseModel):
    """The resolution-level columns that every row repeats, validated once per resolution."""

    model_config = ConfigDict(extra="ignore")

    undl_id: str | None = _alias("undl_id")
    symbol: str = _alias("resolution", "resolutions")
    date: dt.date | None = _alias("date")
    session: str | None = _alias("session")
    draft: str | None = _alias("draft")
    committee_report: str | None = _alias("committee_report")
    meeting: str | None = _alias("meeting")
    title: str | None = _alias("title")
    agenda_title: str | None = _alias("agenda_title", "agenda_titles")
    total_yes: int | None = _alias("total_yes", "yes")
    total_no: int | None = _alias("total_no", "no")
    total_abstain: int | None = _alias("total_abstentions", "abstentions")
    total_non_voting: int | None = _alias("total_non_voting", "non-voting")
    total_members: int | None = _alias("total_ms", "total-voting")
    link: str | None = _alias("undl_link")

    @field_validator("*", mode="before")
    @classmethod
    def _blank_is_none(cls, value: object) -> object:
        if isinstance(value, str):
            value = value.strip()
            return value or None
        return value

    @field_validator("total_yes", "total_no", "total_abstain", "total_non_voting", "total_members", mode="before")
    @classmethod
    def _count(cls, value: object) -> object:
        if not isinstance(value, str):
            return value
        if not value.strip():
            return None  # a blank total: not recorded
        number = float(value)  # "120.0" -> 120
        if not number.is_integer():
            raise ValueError(f"{value!r} is not a whole number")
        return int(number)

    @field_validator("date", mode="before")
    @classmethod
    def _day(cls, value: object) -> object:
        return value[:10] if isinstance(value, str) else value

    @field_validator("link")
    @classmethod
    def _iri(cls, value: str | None) -> str | None:
        if value is not None and value.startswith("http"):
            NamedNode(value)  # a ValueError, naming the fault, unless it is an absolute IRI
        return value

    @field_validator("symbol", "draft", "committee_report", "meeting", "session")
    @classmethod
    def _no_spaces(cls, value: str | None) -> str | None:
        return re.sub(r"\s+", "", value).removesuffix(".0") if value else value


def _columns(model: type[BaseModel], header: list[str]) -> dict[str, int]:
    """Field name -> column index, by the field's aliases."""
    positions = {name.strip().lower(): index for index, name in enumerate(header)}
    found = {}
    for name, info in model.model_fields.items():
        aliases = info.validation_alias
        for alias in aliases.choices if isinstance(aliases, AliasChoices) else ():
            if alias in positions:
                found[name] = positions[alias]
                break
    return found


def detect(text: str, address: str | None = None) -> float:
    """The CSV's header line names the state code, vote and resolution columns."""
    header = text.lstrip("\ufeff").split("\n", 1)[0].lower()
    columns = {name.strip() for name in header.split(",")}
    if {"ms_code", "ms_vote"} <= columns or {"ms_codes", "ms_votes"} <= columns:
        return 0.95 if columns & {"resolution", "resolutions"} else 0.0
    return 0.0


def parse(text: str, address: str | None = None) -> VotingDataRecord:
    """Every resolution of a (small) voting file; large files go through ``parse_stream``."""
    return VotingDataRecord(events=tuple(parse_stream(io.StringIO(text))))


def parse_stream(lines: Iterable[str], selection: Selection | None = None) -> Iterator[VoteEventRecord]:
    """One record per resolution, reading the rows one at a time (rows of a resolution are
    consecutive in the file). A damaged file is a ValueError that names the line of the bad row."""
    rows = numbered_rows(lines)
    start, header = next(rows, (0, None))
    if not header:
        raise ValueError("no header line")
    header = [name.lstrip("\ufeff") for name in header]
    votes_at = _columns(VoteColumns, [h.lower() for h in header])
    resolution_at = _columns(ResolutionColumns, [h.lower() for h in header])
    for needed in ("state_code", "vote"):
        if needed not in votes_at:
            raise ValueError(f"no {needed.replace('_', ' ')} column in the header")
    if "symbol" not in resolution_at:
        raise ValueError("no resolution column in the header")
    key_at = resolution_at["symbol"]
    group: list[list[str]] = []
    for line, row in rows:
        if len(row) != len(header):
            raise ValueError(f"line {line}: {len(row)} fields, but the header names {len(header)}")
        if group and row[key_at] != group[0][key_at]:
            yield from _checked_event(start, group, header, votes_at, selection)
            group = []
        if not group:
            start = line
        group.append(row)
    if group:
        yield from _checked_event(start, group, header, votes_at, selection)


def numbered_rows(lines: Iterable[str]) -> Iterator[tuple[int, list[str]]]:
    """(the line a row starts on, the row) for each row that is not blank. A row the csv module
    cannot read (a field over its size limit), a NUL byte or text that cannot be decoded is a
    ValueError naming the line."""
    reader = csv.reader(_without_nul(lines))
    while True:
        line = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            raise ValueError(f"line {line}: {error}") from None
        except UnicodeDecodeError as error:
            raise ValueError(f"line {line}: not {error.encoding.upper()} text ({error.reason})") from None
        if row:
            yield line, row


def _without_nul(lines: Iterable[str]) -> Iterator[str]:
    """The lines, up to one with a NUL character (no text file has one): a ValueError naming it."""
    for number, line in enumerate(lines, start=1):
        if "\x00" in line:
            raise ValueError(f"line {number}: a NUL byte, which no text file holds")
        yield line


def _checked_event(
    line: int, rows: list[list[str]], header: list[str], votes_at: dict[str, int], selection: Selection | None
) -> Iterable[VoteEventRecord]:
    """The resolution's record; a value that does not fit its column is a ValueError naming the line."""
    try:
        yield from _event(rows, header, votes_at, selection)
    except ValidationError as error:
        problem = error.errors()[0]
        where = ".".join(str(part) for part in problem["loc"]) or error.title
        raise ValueError(f"line {line}: {where}: {problem['msg']}") from None


def _event(
    rows: list[list[str]], header: list[str], votes_at: dict[str, int], selection: Selection | None
) -> Iterable[VoteEventRecord]:
    first = ResolutionColumns.model_validate(dict(zip(header, rows[0])))
    session = first.session or un_symbols.session_of(first.symbol)
    title = ADOPTED_SUFFIX.sub("", first.title) if first.title else None
    if selection and not selection.keeps(first.symbol, session, title):
        return
    code_at, name_at, vote_at = votes_at["state_code"], votes_at.get("state_name"), votes_at["vote"]
    counted: Counter[str] = Counter()
    votes, unresolved = [], []
    for row in rows:
        option = OPTIONS.get(row[vote_at].strip().upper()) if vote_at < len(row) else None
        name = row[name_at] if name_at is not None and name_at < len(row) else ""
        if option is None:
            unresolved.append(f"vote {row[vote_at]!r} of {row[code_at]}")
            continue
        counted[option] += 1
        state = _state(row[code_at].strip(), name.strip())
        if state is None:
            unresolved.append(f"{row[code_at]} ({name})")
        else:
            votes.append({"state": state, "option": option})  # validated with the record, at once
    recorded = first.model_dump()
    mismatches = [
        f"{option} {recorded[total]} recorded, {counted[option]} in the rows"
        for option, total in TOTALS.items()
        if recorded[total] is not None and recorded[total] != counted[option]
    ]
    if first.total_members is not None and first.total_members != len(rows):
        mismatches.append(f"{first.total_members} members recorded, {len(rows)} rows")
    meeting = PLENARY.search(first.meeting or "")
    yield VoteEventRecord(
        undl_id=first.undl_id,
        symbol=first.symbol,
        title=title,
        session=session,
        date=first.date,
        draft=_symbol_or_none(first.draft),
        committee_report=_symbol_or_none(first.committee_report),
        meeting=first.meeting,
        plenary_meeting=int(meeting.group(1)) if meeting else None,
        agenda_title=first.agenda_title,
        subject_treaty=_treaty_of(title),
        link=first.link,
        total_yes=first.total_yes,
        total_no=first.total_no,
        total_abstain=first.total_abstain,
        total_non_voting=first.total_non_voting,
        total_members=first.total_members,
        votes=tuple(votes),
        counted=dict(counted),
        unresolved=tuple(unresolved),
        mismatches=(f"{first.symbol}: {'; '.join(mismatches)}",) if mismatches else (),
    )


@lru_cache(maxsize=1024)
def _state(code: str, name: str) -> str | None:
    """The reference alpha-3 for a row's code (former codes included), else for its name."""
    ref = gazetteer.find_state(code) if re.fullmatch(r"[A-Z]{3}", code) else None
    ref = ref or (gazetteer.find_state(name) if name else None)
    return ref.alpha3 if ref else None


@lru_cache(maxsize=4096)
def _treaty_of(title: str | None) -> str | None:
    """The treaty a resolution's title names ("Convention on Cluster Munitions" -> ccm)."""
    found = gazetteer.find_treaties_in(title) if title else []
    return found[0].ref.key if found else None


def _symbol_or_none(symbol: str | None) -> str | None:
    """A draft or report symbol as given, or None when it is not a single symbol."""
    return symbol if symbol and UN_SYMBOL.match(symbol) else None
