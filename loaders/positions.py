"""Stated positions and stated treaty participation, found by explainable rules over sentences.

Shared by the statement and letter loaders (not a loader itself). A text is cut into blocks
(paragraphs), sentences and clauses. A clause is a position when

1. its speaker is the state the document speaks for: the state's name, "we", "my delegation",
   "the Government"… before the stance cue, or a subject inherited from the previous clause,
   or an impersonal view ("It is unfortunate that …") in a document that speaks for the state;
2. a stance cue matches (the first [[stance]] of ``reference/position_topics.toml`` that does);
3. a topic trigger matches (the first [[topic]] in the file's order); a clause without one
   takes the topic of the sentence before it.

A clause without a cue of its own after one that had it ("opposed to X and their Y") keeps the
stance. ``rule`` on each position records which test, cue and trigger fired.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from treatykg import gazetteer
from treatykg.loaders import text as tx
from treatykg.records import PositionMention, Span, StatedParticipationMention

# Letters that OCR confuses, and what a phrase's letter may be read as.
_OCR = {"u": "(?:u|lJ|IJ|li|ll)", "l": "[l1I|]", "i": "[il1]", "o": "[o0]", "m": "(?:m|rn)"}

SPEAKER = re.compile(
    r"\b(?:we|our|us|my\s+delegation|this\s+delegation|my\s+government|my\s+country|(?:the|this|our)\s+government)\b"
    r"|\bI\b", re.IGNORECASE)
IMPERSONAL_VIEW = re.compile(
    r"(?:\W*(?:however|therefore|moreover|indeed|furthermore)\W+)?(?:it\s+is\b|the\s+strength\s+of\b|"
    r"strict\s+adherence\b|instruments?\b|there\s+is\b|such\b|this\b)", re.IGNORECASE)
CLAUSE_BREAK = re.compile(
    r",?\s+and\s+(?=(?:their|its|is|are|has|have|was|also|as\s+such|strongly|fully|we|will|would|does|do|"
    r"calls?|urges?|encourages?|welcomes?|supports?|reaffirms?|remains?)\b)"
    r"|;\s+|,\s+but\s+", re.IGNORECASE)
REMEDIAL = re.compile(r"\b(?:address|mitigate|prevent|curb|end|eliminate|minimi[sz]e|reduce|stop|combat|tackle)\w*",
                      re.IGNORECASE)
PARTICIPATION = (
    (re.compile(r"\b(?:is|are)\s+not\s+(?:yet\s+)?(?:a\s+)?(?:State\s+)?party\s+to\b|\b(?:has|have)\s+not\s+(?:signed|ratified|acceded)", re.I), "non-party"),
    (re.compile(r"\bas\s+an?\s+(?:State\s+|High\s+Contracting\s+)?Party\s+to\b", re.I), "party"),
    (re.compile(r"\b(?:is|are|has\s+been|became|remains)\s+(?:not\s+)?(?:an?\s+)?(?:State\s+|High\s+Contracting\s+)?Party\s+to\b", re.I), "party"),
    (re.compile(r"\b(?:(?:has|have)\s+)?(?:ratified|acceded\s+to)\b", re.I), "party"),
    (re.compile(r"\b(?:has|have)\s+signed\b|\bas\s+a\s+signatory\s+(?:State\s+)?(?:to|of)\b", re.I), "signatory"),
)

# Words before a treaty's name that say the status concerns a part of it (a protocol, an amendment)
UNNAMED_PART = re.compile(r"\b(?:protocols?|amendments?|AP-?[IVX]+|annex)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Cue:
    key: str
    source: str  # the cue as the lexicon writes it
    pattern: re.Pattern[str]


@dataclass(frozen=True)
class Topic:
    key: str
    label: str
    definition: str
    harm: bool
    triggers: tuple[Cue, ...]


def _compile(phrase: str) -> re.Pattern[str]:
    """A lexicon entry as a regex: "re:" entries as written, phrases OCR-tolerant and word-bounded."""
    if phrase.startswith("re:"):
        return re.compile(phrase[3:], re.IGNORECASE)
    pieces = []
    for char in phrase:
        if char == " ":
            pieces.append(r"\s+")
        else:
            pieces.append(_OCR.get(char.lower(), re.escape(char)))
    return re.compile(r"(?<!\w)" + "".join(pieces) + r"(?!\w)", re.IGNORECASE)


@cache
def lexicon() -> tuple[tuple[tuple[str, str, str], ...], tuple[Cue, ...], tuple[Topic, ...]]:
    """(stances as (key, label, definition), stance cues in order, topics in priority order)."""
    data = tomllib.loads(files("treatykg.reference").joinpath("position_topics.toml").read_text(encoding="utf-8"))
    stances = tuple((s["key"], s["label"], s["definition"]) for s in data["stance"])
    cues = tuple(Cue(s["key"], cue, _compile(cue)) for s in data["stance"] for cue in s["cues"])
    topics = tuple(
        Topic(t["key"], t["label"], t["definition"], bool(t.get("harm", False)),
              tuple(Cue(t["key"], trigger, _compile(trigger)) for trigger in t["triggers"]))
        for t in data["topic"]
    )
    return stances, cues, topics


def blocks(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans of the paragraphs (runs of text between blank lines) of ``text[start:end]``."""
    end = len(text) if end is None else end
    spans = []
    for match in re.finditer(r"\S(?:.|\n(?![ \t]*\n))*", text[start:end]):
        spans.append((start + match.start(), start + match.end()))
    return spans


def _clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans, begin = [], start
    for match in CLAUSE_BREAK.finditer(text, start, end):
        spans.append((begin, match.start()))
        begin = match.end()
    spans.append((begin, end))
    return [(s, e) for s, e in spans if e > s]


def _first(cues: tuple[Cue, ...], text: str, start: int, end: int) -> tuple[Cue, re.Match[str]] | None:
    for cue in cues:
        match = cue.pattern.search(text, start, end)
        if match:
            return cue, match
    return None


def _topic(text: str, start: int, end: int) -> tuple[Topic, re.Match[str], Cue] | None:
    for topic in lexicon()[2]:
        found = _first(topic.triggers, text, start, end)
        if found:
            return topic, found[1], found[0]
    return None


def _about(text: str, start: int, end: int) -> tuple[tuple[str, str], ...]:
    piece = text[start:end]
    found = [("treaty", m.ref.key) for m in gazetteer.find_treaties_in(piece)]
    found += [("forum", m.ref.key) for m in gazetteer.find_forums_in(piece)]
    return tuple(dict.fromkeys(found))


def speaker_rule(text: str, start: int, end: int, state: str, inherited: bool = False) -> str | None:
    """Which subject test says the clause's speaker is the state (None: it is someone else)."""
    head = text[start:end]
    states = {m.ref.alpha3 for m in gazetteer.find_states_in(head)}
    if state in states:
        return f"subject '{gazetteer.state(state).short_name}'"
    if SPEAKER.search(head):
        return f"subject '{SPEAKER.search(head).group().strip()}'"
    if states:
        return None
    if inherited:
        return "subject of the previous clause"
    if IMPERSONAL_VIEW.match(text, start) or not head.strip():
        return "impersonal view in a document that speaks for the state"
    return None


def find_positions(text: str, state: str, start: int = 0, end: int | None = None) -> list[PositionMention]:
    """Every position the state takes in ``text[start:end]``, in text order."""
    _, cues, _ = lexicon()
    found: list[PositionMention] = []
    for block_start, block_end in blocks(text, start, end):
        previous_topic: str | None = None
        for s_start, s_end in tx.sentences(text[block_start:block_end], block_start):
            sentence_topics: list[str] = []
            speaker: str | None = None
            stance: Cue | None = None
            for c_start, c_end in _clauses(text, s_start, s_end):
                cue_found = _first(cues, text, c_start, c_end)
                if cue_found:
                    stance, cue_match = cue_found
                    speaker = speaker_rule(text, c_start, cue_match.start(), state, speaker is not None)
                    cue_end = cue_match.end()
                elif stance is None or speaker is None:
                    continue
                else:
                    cue_end = c_start  # the clause continues the previous one's claim
                if speaker is None:
                    continue
                topic_found = _topic(text, c_start, c_end)
                if topic_found:
                    topic, trigger_match, trigger = topic_found
                    topic_key, topic_rule = topic.key, f"topic '{topic.key}' by {trigger.source!r}"
                elif cue_found and previous_topic:
                    topic, trigger_match = None, None
                    topic_key, topic_rule = previous_topic, f"topic '{previous_topic}' of the previous sentence"
                else:
                    continue
                stance_key = stance.key
                stance_rule = f"stance '{stance.key}' by {stance.source!r}"
                if (stance_key == "supports" and topic is not None and topic.harm
                        and REMEDIAL.search(text, cue_end, trigger_match.start())):
                    stance_key = "opposes"
                    stance_rule += " (supports addressing a harm: opposes it)"
                if not cue_found:
                    stance_rule += " (carried from the previous clause)"
                found.append(PositionMention(
                    state=state, stance=stance_key, topic=topic_key, span=Span(start=s_start, end=s_end),
                    quote=text[s_start:s_end],
                    rule=f"{speaker}; {stance_rule}; {topic_rule}", about=_about(text, c_start, c_end),
                ))
                sentence_topics.append(topic_key)
            if sentence_topics:
                previous_topic = sentence_topics[-1]
    return _distinct(found)


def _distinct(found: list[PositionMention]) -> list[PositionMention]:
    seen, result = set(), []
    for position in found:
        key = (position.span, position.stance, position.topic)
        if key not in seen:
            seen.add(key)
            result.append(position)
    return result


def find_participation(text: str, state: str, start: int = 0, end: int | None = None) -> list[StatedParticipationMention]:
    """The state's own statements of its treaty status ("As a Party to the … CCW, …")."""
    found = []
    for block_start, block_end in blocks(text, start, end):
        for s_start, s_end in tx.sentences(text[block_start:block_end], block_start):
            sentence = text[s_start:s_end]
            for pattern, status in PARTICIPATION:
                match = pattern.search(sentence)
                if not match:
                    continue
                if status == "party" and re.search(r"\bnot\b", match.group(), re.I):
                    status = "non-party"
                treaties = gazetteer.find_treaties_in(sentence[match.end():])
                others = {m.ref.alpha3 for m in gazetteer.find_states_in(sentence[: match.start()])} - {state}
                if treaties and UNNAMED_PART.search(sentence, match.end(), match.end() + treaties[0].start):
                    break  # "party to AP-II of the CCW": a protocol or amendment the gazetteer cannot name
                if treaties and not others:
                    found.append(StatedParticipationMention(
                        state=state, treaty=treaties[0].ref.key, status=status, span=Span(start=s_start, end=s_end),
                        quote=sentence))
                break
    return found
