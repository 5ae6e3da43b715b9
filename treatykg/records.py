"""Validated records that loaders produce: what a document says, with offsets into its text.

Records know nothing of RDF; the mapping turns them into triples. Offsets (``Span``) count
Unicode code points in the decoded source text, so ``text[span.start:span.end]`` is the quote.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

UN_SYMBOL = re.compile(r"^[A-Z][A-Za-z0-9]*(?:[./\-][A-Za-z0-9()]+)*$")


class Record(BaseModel):
    """Base of every record: immutable, no unknown fields."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class DocumentRecord(Record):
    """What a loader returns for a document (or, streaming, for one entry of a table): every kind's
    record derives from it. ``missing`` names what the text does not give, which is never guessed;
    ``mismatches`` what it states that its own rows contradict (counts, totals)."""

    missing: tuple[str, ...] = ()
    mismatches: tuple[str, ...] = ()


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


class ResolutionRecord(DocumentRecord):
    """A General Assembly resolution as its text gives it."""

    kind: Literal["un_resolution"] = "un_resolution"
    symbol: str | None
    title: str | None = None
    part_of: str | None = None  # a lettered part's ("A/RES/49/75A"): the resolution it is part of ("A/RES/49/75")
    part_of_title: str | None = None  # that resolution's title, where the text gives it
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

    _check = field_validator("symbol", "part_of", "committee_report", "draft")(staticmethod(_symbol))


# --- treaty status tables and voting data (UN Treaty Collection, UN Digital Library) ----------

ActType = Literal[
    "signature",
    "ratification",
    "accession",
    "acceptance",
    "approval",
    "succession",
    "consent-to-be-bound",
    "definitive-signature",
    "provisional-application",
    "withdrawal",
]
# "consent-to-be-bound": the notification of consent to be bound by a CCW protocol ("P" in UNTC tables);
# "definitive-signature": consent expressed by signature alone ("s")
CONSENT_TYPES = tuple(
    act for act in get_args(ActType) if act not in ("signature", "provisional-application", "withdrawal")
)


class Participant(Record):
    """One row of a status table: a state's acts, by date (consent_type says which consent)."""

    state: str  # ISO alpha-3 (or a historical code of the reference data)
    name: str  # as the table writes it
    footnotes: tuple[int, ...] = ()
    signature: dt.date | None = None
    provisional_application: dt.date | None = None
    consent: dt.date | None = None
    consent_type: ActType | None = None
    withdrawal: dt.date | None = None

    @model_validator(mode="after")
    def _consent_has_type(self) -> Participant:
        if (self.consent is None) != (self.consent_type is None):
            raise ValueError(f"{self.name}: a consent date needs its type, and a type its date")
        if self.consent_type is not None and self.consent_type not in CONSENT_TYPES:
            raise ValueError(f"{self.name}: {self.consent_type} is not a consent to be bound")
        return self


class Declaration(Record):
    """A declaration, reservation or objection a state lodged with a treaty, or the depositary's
    note on its row, as the sections below a status table give it."""

    state: str  # ISO alpha-3
    kind: Literal["declaration", "reservation", "objection", "note"]
    date: dt.date | None = None  # stated, or that of the act it was made upon
    upon: ActType | None = None  # the act whose date it takes ("made upon signature")
    mark: int | None = None  # a note's number
    text: str  # as the page gives it
    span: Span | None = None  # in the source, when the text stands there verbatim


class StatusTableRecord(DocumentRecord):
    """A treaty's status table: its header and one participant per row."""

    kind: Literal["untc_status"] = "untc_status"
    treaty: str  # reference key, or a key made from the depositary number for an unknown treaty
    known_treaty: bool  # False: the treaty is described by this table's header
    mtdsg_no: str | None = None
    title: str | None = None
    concluded_place: str | None = None
    concluded: dt.date | None = None
    entry_into_force: dt.date | None = None
    registered: dt.date | None = None
    registration_number: int | None = None
    unts_volume: int | None = None
    status_as_at: dt.date | None = None
    stated_signatories: int | None = None
    stated_parties: int | None = None
    legend: tuple[tuple[str, ActType], ...] = ()  # (marker, act type); "" marks the unmarked consent
    participants: tuple[Participant, ...] = ()
    declarations: tuple[Declaration, ...] = ()  # declarations, reservations, objections, notes
    unresolved: tuple[str, ...] = ()  # participant names that name no known state

    @property
    def signatories(self) -> int:
        """Rows with a signature (the table's "Signatories" counts every state that signed)."""
        return sum(1 for row in self.participants if row.signature and not row.withdrawal)

    @property
    def parties(self) -> int:
        return sum(1 for row in self.participants if row.consent and not row.withdrawal)


VoteOption = Literal["yes", "no", "abstain", "non-voting"]


class StateVote(Record):
    state: str  # alpha-3 as the reference data keys it (former codes resolved)
    option: VoteOption


class VoteEventRecord(DocumentRecord):
    """One resolution of the voting data: the vote event, its recorded totals and every vote
    (``kind`` names the dataset: the UN Digital Library's, or Voeten's / unvotes')."""

    kind: Literal["undl_votes", "unvotes"] = "undl_votes"
    undl_id: str | None = None
    symbol: str
    title: str | None = None
    session: str | None = None
    date: dt.date | None = None
    draft: str | None = None
    committee_report: str | None = None
    meeting: str | None = None  # the meeting record's symbol, e.g. A/ES-10/PV.41
    plenary_meeting: int | None = None
    agenda_title: str | None = None
    subject_treaty: str | None = None
    link: str | None = None
    total_yes: int | None = None
    total_no: int | None = None
    total_abstain: int | None = None
    total_non_voting: int | None = None
    total_members: int | None = None
    votes: tuple[StateVote, ...] = ()
    counted: dict[str, int] = Field(default_factory=dict)  # every row counted, resolved or not
    unresolved: tuple[str, ...] = ()  # ms_code/ms_name pairs that name no known state

    _check = field_validator("symbol", "draft", "committee_report")(staticmethod(_symbol))


class VotingDataRecord(DocumentRecord):
    """A whole voting file read at once (small files; the build streams large ones)."""

    kind: Literal["undl_votes", "unvotes"] = "undl_votes"
    events: tuple[VoteEventRecord, ...] = ()


# --- statements, letters and stated positions --------------------------------------------


Modality = Literal["stated", "reported"]  # the state's own words, or a third party's account of them


class PositionMention(Record):
    """One claim by a state about its policy, view or practice, found in a sentence.

    ``span`` is the whole sentence (the quote); two claims in one sentence share it. ``rule``
    says which subject test, stance cue and topic trigger made the sentence a position.
    """

    state: str  # ISO alpha-3; a group's key where ``by_group`` (a group of states' statement)
    stance: str  # notation in the scheme tkgc:stances
    topic: str  # notation in the scheme tkgc:topics
    span: Span
    quote: str  # the sentence: the source text between the span's offsets
    rule: str
    about: tuple[tuple[Literal["treaty", "forum"], str], ...] = ()  # treaties and forums the claim names
    modality: Modality = "stated"
    by_group: bool = False  # taken by a group of states speaking as one ("the Non-Aligned Movement")


class StatedParticipationMention(Record):
    """A state's own statement of its status in a treaty ("As a Party to the CCW, …")."""

    state: str
    treaty: str
    status: Literal["party", "signatory", "non-party"]
    span: Span
    quote: str
    modality: Modality = "stated"


class SymbolReading(Record):
    """A UN document symbol as written (possibly OCR-damaged) and what it was repaired to.

    ``symbol`` is the full repaired symbol when every part could be determined; ``partial`` keeps
    what could be read when the session could not ("A/C.1/?/L.22").
    """

    as_written: str
    span: Span
    symbol: str | None = None
    partial: str | None = None
    note: str = ""

    _check = field_validator("symbol")(staticmethod(_symbol))


class ExplainedVote(Record):
    """A further draft a statement explains ("… on A/C.1/78/L.39 and on A/C.1/78/L.20"), with the vote
    the statement gives on it, where a sentence of the state's names that draft with the vote."""

    draft: SymbolReading
    vote: Literal["yes", "no", "abstain", "non-voting"] | None = None
    vote_span: Span | None = None


class ExplanationOfVoteRecord(DocumentRecord):
    """A delegation's statement or explanation of vote in a UN body."""

    kind: Literal["explanation_of_vote"] = "explanation_of_vote"
    state: str  # the speaking state, ISO alpha-3; the group's key where ``by_group``
    by_group: bool = False  # a group of states speaks as one ("on behalf of the European Union")
    joint: tuple[str, ...] = ()  # the other states a joint statement speaks for
    joint_groups: tuple[str, ...] = ()  # groups a joint statement also speaks for ("… and the European Union")
    delivered_by: str | None = None  # for a group's statement: the state whose delegation read it
    delivered_rule: str = ""  # the evidence that names it
    speaker_rule: str = ""  # the evidence that names the speaker (loaders/speaker.py)
    speaker_span: Span | None = None  # where that evidence stands
    speaker_quote: str = ""  # the evidence's words, verbatim
    body: str | None = None  # forum key: "first-committee", "unga"
    title: str | None = None  # the title of the draft voted on
    draft: SymbolReading | None = None
    vote: Literal["yes", "no", "abstain", "non-voting"] | None = None
    vote_span: Span | None = None
    also_explains: tuple[ExplainedVote, ...] = ()  # the further drafts it explains, in the order named
    date: dt.date | None = None  # when the statement gives it
    year: int | None = None  # the session's year, derived from the symbol, when no date is given
    positions: tuple[PositionMention, ...] = ()
    participation: tuple[StatedParticipationMention, ...] = ()


class Role(Record):
    """A title held in an organisation, as an address or signature block gives it."""

    title: str | None = None  # "Executive Director, Arms Division"
    organisation: str | None = None  # the organisation's name as written
    organisation_key: str | None = None  # reference key when the gazetteer knows it
    state: str | None = None  # alpha-3 of the state a government body belongs to


class Correspondent(Record):
    """The author or recipient of a letter: a person (when named) and the roles given."""

    name: str | None = None
    roles: tuple[Role, ...] = ()


class ReferencedLetter(Record):
    """A letter that a letter answers; its text is not in the document."""

    date: dt.date | None = None
    addressee: str | None = None  # as written: "the Foreign Minister of Pakistan"
    addressee_title: str | None = None  # the addressee's post without its state: "Foreign Minister"
    addressee_state: str | None = None
    span: Span


class Letter(Record):
    """One letter of a document (a cover letter, or a letter it encloses)."""

    span: Span
    date: dt.date | None = None
    reference: str | None = None  # the sender's reference number, "No.Pol.9/4/09"
    sender: Role | None = None  # the letterhead's organisation
    author: Correspondent = Correspondent()
    recipient: Correspondent = Correspondent()
    in_reply_to: ReferencedLetter | None = None
    encloses: tuple[int, ...] = ()  # indexes of the enclosed letters in the document
    speaks_for: str | None = None  # alpha-3 of the state the letter speaks for, or a group's key (``by_group``)
    by_group: bool = False  # written in a group's name ("on behalf of the Group of Arab States"): the group speaks
    delivered_by: str | None = None  # for a group's letter: the state whose representative wrote it
    jointly_with: tuple[
        str, ...
    ] = ()  # the other states a joint letter speaks for ("the Permanent Representatives of …")
    positions: tuple[PositionMention, ...] = ()
    participation: tuple[StatedParticipationMention, ...] = ()


class LetterRecord(DocumentRecord):
    """A diplomatic letter document: one or more letters, the first possibly enclosing the others."""

    kind: Literal["letter"] = "letter"
    letters: tuple[Letter, ...] = Field(min_length=1)


# --- third parties' reports of a state's policy (Monitor country profiles) ------------------


class ReportedPosition(Record):
    """A position a third party reports a state to hold, with the year the report gives for it and
    the source the report cites for it ("in a letter to the Monitor", a footnote), where it does."""

    position: PositionMention  # modality "reported"
    year: int | None = None
    cited: str | None = None


class ReportedStatus(Record):
    """A state's status in a treaty as a third party reports it ("has not acceded to …")."""

    status: StatedParticipationMention  # modality "reported"
    year: int | None = None
    cited: str | None = None


class ReportedVote(Record):
    """A state's vote as a third party reports it ("Pakistan abstained from the vote on …")."""

    state: str  # ISO alpha-3
    option: VoteOption
    symbol: str | None = None  # the resolution's symbol when the report gives it
    date: dt.date | None = None
    year: int | None = None
    span: Span
    quote: str
    cited: str | None = None
    intended: bool = False  # the vote the state says it had meant to cast (a vote correction), not the one cast
    explained: bool = False  # the report shows the state's delegate explaining this vote

    _check = field_validator("symbol")(staticmethod(_symbol))


class DraftAction(Record):
    """A draft a meeting acted on, as a press release reports it: its symbol and title, and the tally
    of a recorded vote on it (or on one of its paragraphs, ``part``), or its approval without a vote."""

    symbol: str  # A/C.1/72/L.15/Rev.1
    title: str | None = None
    part: str | None = None  # "preambular paragraph 5": a separate vote on a paragraph
    without_vote: bool = False
    yes: int | None = None
    no: int | None = None
    abstain: int | None = None
    span: Span
    quote: str | None = None  # the tally's sentence

    _check = field_validator("symbol")(staticmethod(_symbol))


class PressReleaseRecord(DocumentRecord):
    """A UN meetings coverage press release: the meeting it covers, the drafts acted on, and the
    votes and positions it reports of states (the UN's account, never the states' own words)."""

    kind: Literal["press_release"] = "press_release"
    symbol: str  # GA/DIS/3592
    date: dt.date | None = None  # of the release
    meeting_date: dt.date | None = None  # of the meeting it covers: its dateline's day, else the release's
    body: str | None = None  # the forum whose meeting it covers, a key of reference/forums.toml
    session: str | None = None
    meeting: int | None = None
    last_meeting: int | None = None  # the second of two meetings one release covers ("46th & 47th Meetings")
    reporter: str = "un"  # organisation key of reference/organisations.toml
    actions: tuple[DraftAction, ...] = ()
    votes: tuple[ReportedVote, ...] = ()
    positions: tuple[ReportedPosition, ...] = ()


class MonitorProfileRecord(DocumentRecord):
    """A country profile of the Landmine and Cluster Munition Monitor: the state it profiles, the
    ban policy it covers, and what it reports of the state's status, positions, practice and votes.
    Nothing in it is the state's own word: every claim is reported, by ``reporter``."""

    kind: Literal["monitor_profile"] = "monitor_profile"
    state: str  # the state profiled, ISO alpha-3
    policy: Literal["mine-ban", "cluster-munition-ban"]
    treaty: str  # the treaty of that policy: apmbc, ccm
    title: str  # "Pakistan: Cluster Munition Ban Policy"
    reporter: str = "monitor"  # organisation key of reference/organisations.toml
    updated: dt.date | None = None  # "Last updated"
    year: int | None = None  # the profile's year: of its update, its report, or the latest year it names
    year_derived: bool = False  # the year is the latest the text names, not one it states as the profile's
    statuses: tuple[ReportedStatus, ...] = ()
    positions: tuple[ReportedPosition, ...] = ()
    votes: tuple[ReportedVote, ...] = ()
