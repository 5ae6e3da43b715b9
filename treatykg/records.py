"""Validated records that loaders produce: what a document says, with offsets into its text.

Records know nothing of RDF; the mapping turns them into triples. Offsets (``Span``) count
Unicode code points in the decoded source text, so ``text[span.start:span.end]`` is the quote.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

UN_SYMBOL = re.compile(r"^[A-Z][A-Za-z0-9]*(?:[./\-][A-Za-z0-9()]+)*$")


class Record(BaseModel):
    """Base of every record: immutable, no unknown fields."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class Span(Record):
    start: int = Field(ge=0)
    end: int = Field(ge=0)

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if self.end < self.start:
            raise ValueError(f"span end {self.end} is before its start {self.start}")
        return self


def _symbol(value: str | None) -> str | None:
    if value is not None and not UN_SYMBOL.match(value):
        raise ValueError(f"not a UN document symbol: {value!r}")
    return value


class RecalledResolution(Record):
    """A resolution named with its adoption date ("63/71 of 2 December 2008")."""

    symbol: str
    adopted: dt.date | None = None
    span: Span

    _check = field_validator("symbol")(staticmethod(_symbol))


class TreatyCitation(Record):
    """A citation of a treaty in a series (*Treaty Series*, vol. 2688, No. 47713)."""

    series: str = "United Nations Treaty Series"
    volume: int
    number: int
    treaty: str | None = None  # reference key when the gazetteer knows the treaty


class Footnote(Record):
    mark: int = Field(ge=1)
    text: str
    span: Span
    citation: TreatyCitation | None = None
    symbols: tuple[str, ...] = ()
    annexes: tuple[str, ...] = ()


class Paragraph(Record):
    kind: Literal["preambular", "operative"]
    number: int = Field(ge=1)  # operative number, or order among preambular paragraphs
    action: str
    text: str  # markup and footnote marks removed, whitespace folded
    span: Span
    footnotes: tuple[int, ...] = ()


class MembershipCount(Record):
    """A stated count of a treaty's membership, as of the stating document's date."""

    treaty: str | None
    joined: int | None = None
    parties: int | None = None
    signatories: int | None = None
    span: Span


class MeetingMention(Record):
    """A numbered meeting of a treaty body that a document names."""

    treaty: str
    kind: Literal["msp", "revcon"]
    ordinal: int = Field(ge=1)
    place: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    president: str | None = None  # ISO alpha-3
    span: Span


class InstrumentMention(Record):
    """A declaration or action plan adopted by a meeting, with its document symbol."""

    kind: Literal["declaration", "action-plan"]
    title: str
    symbol: str | None = None
    annex: str | None = None
    meeting: tuple[str, str, int] | None = None  # (treaty, kind, ordinal)
    span: Span


class EntityMention(Record):
    """A state, organisation, group of states or treaty named in the text."""

    entity_type: Literal["state", "organisation", "group", "treaty", "document"]
    key: str  # alpha-3, reference key, or UN symbol
    span: Span


class ResolutionRecord(Record):
    """A General Assembly resolution as its text gives it."""

    kind: Literal["un_resolution"] = "un_resolution"
    symbol: str | None
    title: str | None = None
    body: str = "ga"
    session: str | None = None  # "77", or "ES-10" for emergency special sessions
    agenda_item: str | None = None
    agenda_title: str | None = None
    adopted: dt.date | None = None
    plenary_meeting: int | None = None
    committee: str | None = None
    committee_report: str | None = None
    committee_report_paragraph: int | None = None
    draft: str | None = None
    subject_treaty: str | None = None
    recalls: tuple[RecalledResolution, ...] = ()
    paragraphs: tuple[Paragraph, ...] = ()
    footnotes: tuple[Footnote, ...] = ()
    counts: tuple[MembershipCount, ...] = ()
    meetings: tuple[MeetingMention, ...] = ()
    instruments: tuple[InstrumentMention, ...] = ()
    mentions: tuple[EntityMention, ...] = ()
    missing: tuple[str, ...] = ()  # what a cut-short text lacks

    _check = field_validator("symbol", "committee_report", "draft")(staticmethod(_symbol))
