"""Judging the loaders on real documents against hand-written gold (the layout is in eval/README.md).

Each document is read as the build reads it; what the loaders found is turned into facts
``(field, value)`` of the gold's form and compared. Attribution fields are judged on every
document; other fields only where the gold lists them completely (its ``fields``).
"""

from __future__ import annotations

import csv
import re
import tomllib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from treatykg.errors import InputError

ATTRIBUTION_FIELDS = (
    "speaker",
    "delivered_by",
    "vote",
    "position_by",
    "stated_participation",
    "participation",
    "declaration",
    "reported_status",
    "reported_position_by",
    "reported_vote",
    "intended_vote",
)
SYMBOL_FIELDS = {"symbol", "committee_report", "draft", "recalls"}
REFUSED = "refused"
MANIFEST_COLUMNS = ("id", "file", "kind", "publisher", "url", "licence", "rendering", "retrieved", "note")

Fact = tuple[str, str]


# --- canonical values ------------------------------------------------------------------------


def _symbol(value: str) -> str:
    return re.sub(r"\s+", "", value).upper()


def canonical(field_name: str, value: object) -> str:
    """The form two values of a field are compared in (symbols without spaces, words casefolded)."""
    text = re.sub(r"\s+", " ", str(value)).strip()
    if field_name in SYMBOL_FIELDS:
        return _symbol(text)
    if field_name in ("vote", "reported_vote", "intended_vote"):
        *symbols, state, option = text.split(" ") if text.count(" ") >= 2 else ("?", "?", text)
        return f"{_symbol(''.join(symbols))} {state.upper()} {option.lower()}"
    if field_name in (
        "speaker",
        "delivered_by",
        "position_by",
        "recipient_state",
        "reported_position_by",
        "profile_state",
    ):
        return text.upper()
    if field_name in (
        "stated_participation",
        "participation",
        "position",
        "declaration",
        "declaration_date",
        "reported_status",
        "reported_position",
    ):
        state, _, rest = text.partition(" ")
        return f"{state.upper()} {rest.lower()}"
    if field_name == "agenda_item":
        return text.replace(" ", "").lower()
    if field_name == "reference":  # "Ref: 99/793", "Reference 99/793" and "99/793" are one number
        return re.sub(r"^(?:our\s+)?ref(?:erence)?\b\.?\s*(?:no\.?)?\s*:?\s*", "", text, flags=re.I).casefold()
    if field_name == "tally":  # "A/C.1/70/L.49/Rev.1 preambular paragraph 5 130 2 40", "S/RES/2117 (2013) 14 0 1"
        symbol, rest = re.match(r"(\S+(?:\s\(\d{4}\))?)\s*(.*)", text).groups()  # type: ignore[union-attr]
        return f"{_symbol(symbol)} {rest.casefold()}"
    if field_name == "title":
        return text.rstrip(".").casefold()
    return text.casefold()


# --- facts from records ----------------------------------------------------------------------


def _date(value) -> str | None:
    return value.isoformat() if value is not None else None


def _resolution_facts(record) -> list[Fact]:
    facts: list[Fact] = []
    for name in ("symbol", "title", "session", "agenda_item", "plenary_meeting", "committee_report", "draft"):
        value = getattr(record, name, None)
        if value is not None:
            facts.append((name, str(value)))
    if record.part_of:  # a lettered part also states the resolution it is part of, and its title where given
        facts.append(("symbol", record.part_of))
    if record.part_of_title:
        facts.append(("title", record.part_of_title))
    if record.adopted is not None:
        facts.append(("adopted", record.adopted.isoformat()))
    facts += [("recalls", recalled.symbol) for recalled in record.recalls]
    facts += [
        ("operative", f"{paragraph.number} {paragraph.action}")
        for paragraph in record.paragraphs
        if paragraph.kind == "operative"
    ]
    for count in record.counts:
        for measure in ("joined", "parties", "signatories"):
            if getattr(count, measure) is not None:
                facts.append(("treaty_count", f"{count.treaty or 'unknown'} {measure} {getattr(count, measure)}"))
    return facts


def _status_facts(record) -> list[Fact]:
    facts: list[Fact] = [("treaty", record.treaty if record.known_treaty else "unknown")]
    for name in ("entry_into_force", "status_as_at"):
        if getattr(record, name) is not None:
            facts.append((name, getattr(record, name).isoformat()))
    for name in ("stated_parties", "stated_signatories"):
        if getattr(record, name) is not None:
            facts.append((name, str(getattr(record, name))))
    for row in record.participants:
        acts = [
            ("signature", row.signature),
            (row.consent_type, row.consent),
            ("withdrawal", row.withdrawal),
            ("provisional-application", row.provisional_application),
        ]
        facts += [("participation", f"{row.state} {act} {date.isoformat()}") for act, date in acts if date]
    for entry in record.declarations:
        facts.append(("declaration", f"{entry.state} {entry.kind}"))
        if entry.date is not None:
            facts.append(("declaration_date", f"{entry.state} {entry.kind} {entry.date.isoformat()}"))
    return facts


def _vote_event_facts(event) -> list[Fact]:
    facts: list[Fact] = [("symbol", event.symbol)]
    if event.date is not None:
        facts.append(("date", event.date.isoformat()))
    for option in ("yes", "no", "abstain", "non_voting"):
        total = getattr(event, f"total_{option}")
        if total is not None:
            facts.append((f"total_{option}", str(total)))
    facts += [("vote", f"{event.symbol} {vote.state} {vote.option}") for vote in event.votes]
    return facts


def _statement_facts(state: str | None, positions, participation) -> list[Fact]:
    facts: list[Fact] = []
    if state:
        facts.append(("speaker", state))
    for position in positions:
        facts.append(("position_by", position.state))
        if position.stance != "says":  # words the lexicon does not classify name only their speaker
            facts.append(("position", f"{position.state} {position.stance} {position.topic}"))
    facts += [("stated_participation", f"{claim.state} {claim.treaty} {claim.status}") for claim in participation]
    return facts


def _explanation_facts(record) -> list[Fact]:
    facts = _statement_facts(record.state, record.positions, record.participation)
    facts += [("speaker", state) for state in (*record.joint, *record.joint_groups)]
    facts += [("delivered_by", record.delivered_by)] if record.delivered_by else []
    explained = [(record.draft, record.vote)] + [(more.draft, more.vote) for more in record.also_explains]
    for reading, vote in explained:
        draft = reading.symbol if reading is not None and reading.symbol else None
        if draft:
            facts.append(("draft", draft))
        if vote:
            facts += [("vote", f"{draft or '?'} {state} {vote}") for state in (record.state, *record.joint)]
    if record.body:
        facts.append(("body", record.body))
    if record.date is not None:
        facts.append(("date", record.date.isoformat()))
    return facts


def _letter_facts(record) -> list[Fact]:
    facts: list[Fact] = []
    for letter in record.letters:
        facts += _statement_facts(letter.speaks_for, letter.positions, letter.participation)
        facts += [("speaker", code) for code in letter.jointly_with]
        facts += [("delivered_by", letter.delivered_by)] if letter.delivered_by else []
        if letter.date is not None:
            facts.append(("date", letter.date.isoformat()))
        if letter.reference:
            facts.append(("reference", letter.reference))
        facts += [("recipient_state", role.state) for role in letter.recipient.roles if role.state]
    return facts


def _monitor_facts(record) -> list[Fact]:
    """A profile's facts: all in reported fields (nothing in it is the state's own word)."""
    facts: list[Fact] = [("profile_state", record.state), ("policy", record.policy)]
    if record.year is not None and not record.year_derived:  # a year only guessed from the text is no stated year
        facts.append(("year", str(record.year)))
    facts += [
        ("reported_status", f"{claim.status.state} {claim.status.treaty} {claim.status.status}")
        for claim in record.statuses
    ]
    facts += _reported_position_facts(record.positions)
    facts += [("reported_vote", f"{vote.symbol or '?'} {vote.state} {vote.option}") for vote in record.votes]
    return facts


def _press_release_facts(record) -> list[Fact]:
    """A press release's facts: its meeting, the drafts acted on with their tallies, and what it reports
    of states (in reported fields: the UN's account, not the states' own words)."""
    facts: list[Fact] = [("symbol", record.symbol)] + ([("body", record.body)] if record.body else [])
    facts += [
        (name, str(value))
        for name, value in (
            ("date", record.date and record.date.isoformat()),
            ("session", record.session),
            ("meeting", record.meeting),
            ("meeting", record.last_meeting),
        )
        if value
    ]
    for action in record.actions:
        if "/RES/" not in action.symbol:  # an adopted resolution voted on is no draft
            facts.append(("draft", action.symbol))
        if action.yes is not None:
            part = f" {action.part}" if action.part else ""
            facts.append(("tally", f"{_symbol(action.symbol)}{part} {action.yes} {action.no} {action.abstain}"))
        if action.without_vote:
            facts.append(("tally", f"{_symbol(action.symbol)} without a vote"))
    for vote in record.votes:
        field_name = "intended_vote" if vote.intended else "reported_vote"
        facts.append((field_name, f"{vote.symbol or '?'} {vote.state} {vote.option}"))
    return facts + _reported_position_facts(record.positions)


def _reported_position_facts(claims) -> list[Fact]:
    """Who is reported to have stated a position, and the stance and topic where the lexicon found
    them (words it does not classify, stance ``says``, name only their speaker)."""
    facts: list[Fact] = []
    for claim in claims:
        position = claim.position
        facts.append(("reported_position_by", position.state))
        if position.stance != "says":
            facts.append(("reported_position", f"{position.state} {position.stance} {position.topic}"))
    return facts


def record_facts(record) -> set[Fact]:
    """Every fact a record states, in canonical form."""
    kind = getattr(record, "kind", None)
    if kind == "un_resolution":
        facts = _resolution_facts(record)
    elif kind == "untc_status":
        facts = _status_facts(record)
    elif kind in ("undl_votes", "unvotes"):
        events = getattr(record, "events", None)
        facts = [fact for event in (events if events is not None else (record,)) for fact in _vote_event_facts(event)]
    elif kind == "explanation_of_vote":
        facts = _explanation_facts(record)
    elif kind == "letter":
        facts = _letter_facts(record)
    elif kind == "monitor_profile":
        facts = _monitor_facts(record)
    elif kind == "press_release":
        facts = _press_release_facts(record)
    else:
        raise ValueError(f"no facts are defined for records of kind {kind!r}")
    return {(name, canonical(name, value)) for name, value in facts}


# --- gold ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Gold:
    kind: str
    fields: frozenset[str]
    facts: frozenset[Fact]
    quotes: tuple[tuple[Fact, str], ...]  # each fact's quote, to check against the document


def read_gold(path: Path) -> Gold:
    """A gold file, checked for the form eval/README.md gives."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise InputError(f"{path}: not a readable TOML gold file ({error})") from error
    kind = data.get("kind")
    if not isinstance(kind, str) or not kind:
        raise InputError(f"{path}: no `kind`")
    facts, quotes = set(), []
    for number, entry in enumerate(data.get("fact", []), start=1):
        if not isinstance(entry, dict) or not {"field", "value"} <= entry.keys():
            raise InputError(f"{path}: fact {number} needs `field` and `value`")
        if "quote" not in entry and "where" not in entry:
            raise InputError(f"{path}: fact {number} ({entry['field']}) names no `quote` or `where`")
        fact = (entry["field"], canonical(entry["field"], entry["value"]))
        facts.add(fact)
        if "quote" in entry:
            quotes.append((fact, str(entry["quote"])))
    listed = data.get("fields", [])
    if not isinstance(listed, list) or not all(isinstance(name, str) for name in listed):
        raise InputError(f"{path}: `fields` must be a list of field names")
    return Gold(kind, frozenset(listed), frozenset(facts), tuple(quotes))


def _folded(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def unquoted(gold: Gold, text: str) -> list[str]:
    """The gold's quotes that do not stand in the document's text (whitespace and case aside)."""
    document = _folded(text)
    return [f"{name}={value}: {quote!r}" for (name, value), quote in gold.quotes if _folded(quote) not in document]


# --- judging -----------------------------------------------------------------------------------


@dataclass
class Tally:
    gold: int = 0
    found: int = 0
    correct: int = 0

    @property
    def precision(self) -> float | None:
        return self.correct / self.found if self.found else None

    @property
    def recall(self) -> float | None:
        return self.correct / self.gold if self.gold else None


@dataclass
class Judgement:
    """One document judged: its kinds, and the wrong and missed facts of the judged fields."""

    id: str
    gold_kind: str
    read_kind: str
    reason: str = ""  # why it was refused
    wrong: list[Fact] = field(default_factory=list)
    missed: list[Fact] = field(default_factory=list)
    tallies: dict[str, Tally] = field(default_factory=dict)
    gold_problems: list[str] = field(default_factory=list)

    @property
    def kind_right(self) -> bool:
        return self.gold_kind == self.read_kind

    @property
    def wrong_attributions(self) -> list[Fact]:
        return [fact for fact in self.wrong if fact[0] in ATTRIBUTION_FIELDS]


def judge(doc_id: str, gold: Gold, read_kind: str, found: set[Fact], reason: str = "") -> Judgement:
    """Compare what was found with the gold, field by field."""
    judgement = Judgement(doc_id, gold.kind, read_kind, reason)
    found = {_unnamed_vote(fact, gold.facts) for fact in found}
    judged = set(ATTRIBUTION_FIELDS) | gold.fields
    for name in sorted(judged):
        expected = {fact for fact in gold.facts if fact[0] == name}
        got = {fact for fact in found if fact[0] == name}
        if not expected and not got:
            continue
        judgement.tallies[name] = Tally(len(expected), len(got), len(expected & got))
        judgement.wrong += sorted(got - expected)
        judgement.missed += sorted(expected - got)
    return judgement


def _unnamed_vote(fact: Fact, gold: frozenset[Fact]) -> Fact:
    """A vote found without its draft's symbol ("? PAK abstain"; stated, reported or intended) is right where
    the gold has the state's vote of that field with that option on one draft; the missing symbol is judged
    in the ``draft`` field."""
    name, value = fact
    if name not in ("vote", "reported_vote", "intended_vote") or not value.startswith("? "):
        return fact
    same = [g for g in gold if g[0] == name and g[1].split(" ", 1)[1] == value[2:]]
    return same[0] if len(same) == 1 else fact


@dataclass(frozen=True)
class Document:
    id: str
    path: Path
    kind: str
    publisher: str
    rendering: str
    url: str = ""  # where the original is published


def read_manifest(root: Path) -> list[Document]:
    """The documents of an evaluation folder, from its manifest.csv."""
    manifest = root / "manifest.csv"
    try:
        with manifest.open(encoding="utf-8", newline="") as file:
            rows = list(csv.DictReader(file))
    except OSError as error:
        raise InputError(f"{manifest}: cannot be read ({error.strerror or error})") from error
    documents, seen = [], set()
    for number, row in enumerate(rows, start=2):
        missing = [
            column
            for column in ("id", "file", "kind", "publisher", "url", "licence", "rendering")
            if not (row.get(column) or "").strip()
        ]
        if missing:
            raise InputError(f"{manifest}: row {number} has no {', '.join(missing)}")
        if row["id"] in seen:
            raise InputError(f"{manifest}: row {number}: id {row['id']!r} is listed twice")
        seen.add(row["id"])
        path = root / "docs" / row["file"]
        if not path.is_file():
            raise InputError(f"{manifest}: row {number}: {path} does not exist")
        documents.append(Document(row["id"], path, row["kind"], row["publisher"], row["rendering"], row["url"]))
    return documents


def evaluate_document(document: Document, gold: Gold) -> Judgement:
    """Read one document as the build does (with the manifest's URL as where it is published, as a
    sources manifest gives it to the build) and judge it against its gold."""
    from treatykg import build, sources

    source = sources.read(document.path, document.path.name, document.url)
    try:
        record, _ = build.load_document(source)
    except InputError as error:
        return judge(document.id, gold, REFUSED, set(), reason=str(error).split(": ", 1)[-1])
    judgement = judge(document.id, gold, getattr(record, "kind", REFUSED), record_facts(record))
    judgement.gold_problems = unquoted(gold, document_text(source))
    return judgement


def document_text(source) -> str:
    """The text the loaders read for a source (what gold quotes are checked against)."""
    from treatykg import sources

    return sources.decode(source)


@dataclass
class Report:
    judgements: list[Judgement]
    documents: list[Document]

    def by_field(self) -> dict[tuple[str, str], Tally]:
        """Tallies summed per (gold kind, field)."""
        totals: dict[tuple[str, str], Tally] = {}
        for judgement in self.judgements:
            for name, tally in judgement.tallies.items():
                total = totals.setdefault((judgement.gold_kind, name), Tally())
                total.gold += tally.gold
                total.found += tally.found
                total.correct += tally.correct
        return dict(sorted(totals.items()))

    def total(self) -> Tally:
        """Every field of every document of a supported kind, summed: how many gold facts were found."""
        total = Tally()
        for (kind, _name), tally in self.by_field().items():
            if kind != REFUSED:
                total.gold += tally.gold
                total.found += tally.found
                total.correct += tally.correct
        return total

    def kinds(self) -> Counter:
        """(gold kind, read kind) pairs: how each kind of document was read."""
        return Counter((judgement.gold_kind, judgement.read_kind) for judgement in self.judgements)

    @property
    def wrong_attributions(self) -> list[tuple[str, Fact]]:
        return [(judgement.id, fact) for judgement in self.judgements for fact in judgement.wrong_attributions]

    @property
    def misread_kinds(self) -> list[Judgement]:
        """Documents read as a kind other than their own (a refusal of a supported kind is a miss, not this)."""
        return [
            judgement for judgement in self.judgements if not judgement.kind_right and judgement.read_kind != REFUSED
        ]


def evaluate(root: Path) -> Report:
    """Judge every document of an evaluation folder."""
    documents = read_manifest(root)
    judgements = []
    for document in documents:
        gold = read_gold(root / "gold" / f"{document.id}.toml")
        judgements.append(evaluate_document(document, gold))
    return Report(judgements, documents)


def _percent(value: float | None) -> str:
    return "–" if value is None else f"{100 * value:.1f} %"


def render_report(report: Report, details: bool = True) -> str:
    """The report as Markdown: kinds, precision and recall per kind and field, then every error."""
    lines = [
        f"{len(report.documents)} documents from "
        f"{len({document.publisher for document in report.documents})} publishers",
        "",
        "| document kind | read as | documents |",
        "| --- | --- | --- |",
    ]
    lines += [f"| {gold} | {read} | {count} |" for (gold, read), count in sorted(report.kinds().items())]
    lines += [
        "",
        "| kind | field | gold | found | correct | precision | recall |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for (kind, name), tally in report.by_field().items():
        marker = " (attribution)" if name in ATTRIBUTION_FIELDS else ""
        lines.append(
            f"| {kind} | {name}{marker} | {tally.gold} | {tally.found} | {tally.correct} | "
            f"{_percent(tally.precision)} | {_percent(tally.recall)} |"
        )
    total = report.total()
    lines.append(
        f"| all supported kinds | all fields | {total.gold} | {total.found} | {total.correct} | "
        f"{_percent(total.precision)} | {_percent(total.recall)} |"
    )
    lines += [
        "",
        f"wrong attributions: {len(report.wrong_attributions)}; "
        f"documents read as another kind: {len(report.misread_kinds)}",
    ]
    if not details:
        return "\n".join(lines)
    for judgement in report.judgements:
        notes = []
        if not judgement.kind_right:
            notes.append(
                f"  kind: gold {judgement.gold_kind}, read {judgement.read_kind}"
                + (f" ({judgement.reason})" if judgement.reason else "")
            )
        notes += [f"  wrong: {name} = {value}" for name, value in judgement.wrong]
        notes += [f"  missed: {name} = {value}" for name, value in judgement.missed]
        notes += [f"  gold quote not in the document: {problem}" for problem in judgement.gold_problems]
        if notes:
            lines += ["", judgement.id] + notes
    return "\n".join(lines)
