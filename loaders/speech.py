"""What a speech's text shows of itself before anyone is named its speaker: its head lines and title, its first
person, its address to a chair, the states a phrase lists; and the ``Speaker`` that ``speaker.py`` and
``publisher.py`` name. Shared by them and by the statement and letter loaders (not a loader itself)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from treatykg import gazetteer
from treatykg.loaders import text as tx
from treatykg.records import Span

HEAD_LINES = 15  # how many non-blank lines at the top may be a heading
HEADING_LENGTH = 220  # a longer line is body text, not a heading
SPANISH_ADDRESS = r"(?:Se(?:ñ|n|ri)?ora?|Sr\.|Sra\.)"  # "Señor Presidente", "Sra. Presidenta", a scan's "Serior"
# "Monsieur le Président", "Madame la Présidente", and as a scan may read it: "Monsieur Ie President"
FRENCH_ADDRESS = r"(?:Monsieur|Madame)\s+(?:le|la|Ie)\s+Pr[ée]sidente?"
FIRST_PERSON = re.compile(
    rf"\b(?:my|our|this)\s+(?:delegation|country|government)\b|\b(?:we|me)\b|(?-i:\bI\b)|{tx.SPANISH_FIRST_PERSON}"
    rf"|{tx.FRENCH_FIRST_PERSON}",
    re.IGNORECASE,
)
CHAIR = re.compile(
    r"\b(?:Mr\.?|Madam|Madame|Mister)\s+(?:Chair(?:man|person|woman)?|President|Vice-Chair|Co-Chairs?|Coordinator)\b"
    r"|\bthank\s+you,?\s+(?:(?:very\s+much|so\s+much),?\s+)?(?:Mr\.?\s+|Madam\s+)?(?:Chair(?:man|person)?|President|Coordinators?)\b"
    r"|\b(?:Excellencies|Distinguished\s+delegates)\b"
    # a body's chair greeted by its office: "Respected President of the General Assembly,"
    r"|\b(?:Respected|Honou?red|Honou?rable|Distinguished|Dear)\s+(?:Mr\.?\s+|Madam\s+)?(?:President|Chair(?:man|person)?)"
    r"\s+of\s+the\s+(?:General\s+Assembly|Conference|Meeting|Committee|Security\s+Council)\b"
    r"|\b(?:congratulat\w*|thank)\s+you\b(?:[^.]|\b(?:Mr|Mrs|Ms|Dr)\.){0,120}?\b(?:President|Chair\w*|presidency)\b"
    rf"|\b{SPANISH_ADDRESS}\s+President[ea]\b"  # in Spanish: "Señor Presidente"
    r"|(?m:^[ \t]*(?:President|Chair(?:man|person)?|Co-Chairs?)[ \t]*[,:][ \t]*$)",  # the office alone: "President,"
    re.IGNORECASE,
)
# In French, the chair's address counts in a text that speaks French in the first person: an English letter
# opens "Monsieur le Président," too.
FRENCH_CHAIR = re.compile(rf"\b{FRENCH_ADDRESS}\b")
FRENCH_VOICE = re.compile(tx.FRENCH_FIRST_PERSON, re.IGNORECASE)
# A French speech's heading above its address to the chair: "DECLARATION DU SENEGAL", "Intervention de la France"
FRENCH_SPEECH_HEADING = re.compile(
    r"\b(?i:d[ée]claration|intervention|discours)\s+(?i:du|de\s+la|de\s+l['’]|de)\s*(?<=\s|['’])[A-ZÉ]"
)
LIST_GLUE = re.compile(
    r"(?:[\s,.&*]|\([^()\n]{1,30}\)|\b(?:and|as\s+well\s+as|the|delegations?|governments?|of|my\s+own\s+country)\b"
    r"|\b(?:republic|kingdom)\s+of\b"  # a formal name's prefix: "the Republic of Gabon", "the Kingdom of Morocco"
    r"|\b(?:la|le|les|et|el|los|las|y|e)\b|\bl['’])*",
    re.IGNORECASE,
)  # "Gambia (Republic of The)", "Bosnia & Herzegovina*", "… and my own country, New Zealand"
# A site's own lines above the document: a navigation trail ("Home > Disarmament > …"), a cookie banner,
# "Skip to main content".
BOILERPLATE = re.compile(
    r"\S\s+[>»›]\s+\S[^\n]*\s[>»›]\s+\S|\bcookies?\b|^\s*Skip\s+to\s+(?:the\s+)?(?:main\s+)?content\b"
    r"|^\s*[»›]\s",  # a menu item: "» Viet Nam in the Security Council"
    re.IGNORECASE,
)
# What a speech or a government's release calls itself in its title: "Statement", "Remarks", "Press release".
SPEECH_KINDS = (
    r"(?:(?:opening|closing|keynote|general|national|joint)\s+)?(?:statement|remarks|speech|address|intervention|press\s+release"
    r"|intervención|discurso|declaración|d[ée]claration)"  # and in Spanish and French
)
HEADING_WORD = re.compile(
    rf"\b(?:{SPEECH_KINDS}|explanations?\s+of\s+(?:the\s+)?(?:votes?|positions?)|EoV)s?\b",
    re.IGNORECASE,
)
# How a title opens: "Statement by …", "Explanation of Vote at …", "SINGAPORE’S EXPLANATION OF VOTE ON …".
TITLE_OPENING = re.compile(
    r"(?:\d{1,2}(?:er)?\s+[^\W\d]+\s+\d{4}\s+[-–—]\s+[^\n]{0,200}?\s)?"  # "30 octobre 2014 - … - Intervention de …"
    rf"(?:\([^)\n]{{0,60}}\)\s*)?(?:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){{0,3}}[’']S?\s+)?{HEADING_WORD.pattern}",
    re.IGNORECASE,
)  # "(Check against delivery) Statement …" too
HEAD_CHARACTERS = 1500  # how far into the document a minister's heading may stand


@dataclass(frozen=True)
class Speaker:
    states: tuple[str, ...]  # ISO alpha-3, the voice first; more than one for a joint statement
    rule: str  # which evidence named them, with the words
    span: Span  # where that evidence stands
    third_person: bool = False  # a government's release speaking of itself as "Australia", "the Minister"
    group: str | None = None  # a group of states or organisation of states speaking as one (its key); states empty
    delivered_by: str | None = None  # for a group: the state whose delegation the head shows reading it
    delivered_rule: str = ""  # the evidence for ``delivered_by``
    unread: tuple[str, ...] = ()  # entries of a list of states that name no state ("Sierra Leona")
    groups: tuple[str, ...] = ()  # groups listed beside the states of a joint statement ("… and the European Union")


def state_names(states: tuple[str, ...]) -> str:
    return ", ".join(gazetteer.state(code).short_name for code in states)


def states_only(phrase: str, glue: re.Pattern[str] = LIST_GLUE) -> tuple[str, ...] | None:
    """The states a phrase lists, when it lists nothing else ("the United Kingdom, France, and the
    United States", "the Chinese delegation"), ``glue`` being what may stand between them; None otherwise."""
    matches = gazetteer.find_states_in(phrase)
    if not matches or gazetteer.find_groups_in(phrase) or gazetteer.find_organisations_in(phrase):
        return None
    position = 0
    for match in matches:
        if not glue.fullmatch(phrase[position : match.start]):
            return None
        position = match.end
    if not glue.fullmatch(phrase[position:]):
        return None
    return tuple(dict.fromkeys(match.ref.alpha3 for match in matches))


# A line that opens the speaker's own words: "I would like to …", "Let me, at the outset, …", "1. It is my privilege …"
VOICE_OPENING = re.compile(
    r"\s*(?:\d{1,3}\s*[.)]\s+)?(?:(?:I|We|My|Our)\s|Let\s+me\b|Allow\s+me\b|At\s+the\s+outset\b|It\s+is\s+(?:my|a|an|with|indeed)\b)"
)
# The speaker's "I" with its verb inside a line: "Francophone Affairs, I am honoured to address the"
VOICE_INSIDE = re.compile(
    r"(?:^|[\s,;])(?-i:I)\s+(?:am|have|wish|would|should|want|congratulate|thank|take|welcome|join|extend|express|"
    r"must|believe|shall|will|do|feel|can|need|hope|speak|stand)\b"
)
HEAD_GLUE = {
    "the",
    "of",
    "and",
    "to",
    "for",
    "on",
    "at",
    "in",
    "by",
    "from",
    "with",
    "before",
    "a",
    "an",
    "de",
    "la",
    "le",
    "les",
    "du",
    "des",
    "del",
    "y",
    "et",
    "al",
    "au",
    "aux",
    "à",
    "ante",
    "en",
}  # words a heading's wrapped line may go on with
FIELD_LINE = re.compile(r"\s*[\w-]+:\s")  # a metadata field's line: "title: …", "source: …"
# A sentence's end and the next sentence's start inside a line: "… fifty-fourth session. I would also …"
SENTENCE_INSIDE = re.compile(r"[a-z]{4,}[.!?][\"”’)]?\s+[A-Z]")


def _opens_prose(line: str, after: str) -> bool:
    """Whether a line at the top is body text, not a heading: it opens in the speaker's voice, or its sentence goes on
    in the next line, which starts in lower case, and it starts in lower case too or holds a sentence's end."""
    if VOICE_OPENING.match(line) or VOICE_INSIDE.search(line):
        return True
    following = re.match(r"\n[ \t]*(?![\w-]+:\s)(?P<word>[^\s,.;:]+)", after)  # a field's line ("date: 1") is no prose
    wrapped = following is not None and following["word"][:1].islower() and not re.search(r"[.:;!?]\s*$", line)
    if not wrapped or FIELD_LINE.match(line):
        return False
    # a heading may wrap before "the", "of" …: "Permanent Representative of\nthe Philippines"; a sentence before its
    # verb or object: "The Danish Government\nassociates itself …"
    word = following["word"] if following else ""
    goes_on = len(word) > 1 and word.isalpha() and word.lower() not in HEAD_GLUE and not line.rstrip().endswith(",")
    if line.count("“") > line.count("”"):  # a quoted title wrapped inside its quotes: "On Draft Resolution L.43: “The
        goes_on = False  # illicit trade in small arms and" / "light weapons in all its aspects”"
    return line.strip()[:1].islower() or SENTENCE_INSIDE.search(line) is not None or goes_on


def head_lines(text: str) -> list[tuple[int, int]]:
    """The spans of the document's head: its first short lines, up to the address to the chair."""
    spans = []
    for match in re.finditer(r"[^\n]+", text):
        line = match.group()
        if not line.strip() or BOILERPLATE.search(line):
            continue  # the site's navigation trail, cookie banner … are no part of the document's head
        chair = CHAIR.search(line) or FRENCH_CHAIR.search(line)
        titled = TITLE_OPENING.match(line.strip())
        if chair and titled and line[: chair.start()].strip():
            spans.append((match.start(), match.start() + chair.start()))  # "Statement of … Mr. Chairman, …" run on
            break
        if chair or len(line.strip()) > HEADING_LENGTH and not titled:
            break  # a long line is body text, unless it opens as a title does ("Explanation of Vote at …")
        if not titled and _opens_prose(line, text[match.end() :]):
            break  # a speech printed without a heading, its lines wrapped: "I would like to extend\nmy …"
        spans.append((match.start(), match.end()))
        if len(spans) >= HEAD_LINES:
            break
    return spans


# A head line that goes on from the one above: "Minister of Foreign Affairs" / "of the Republic of Azerbaijan,"
CONTINUED_HEAD = re.compile(r"[ \t]*(?:of|de|du|des|del)\s+(?:the\s+|la\s+|l['’])?[A-Z]")
WRAPPED_HEAD = re.compile(r"\b(?:of|the|and|to|de|la|le|du|des|del|y|et)\s*$", re.IGNORECASE)


def head_units(text: str) -> list[tuple[int, int, str]]:
    """The head lines, a line that ends on "of", "the" … joined to the next ("Statement by the Permanent Representative
    of\nthe Philippines …"), and one that opens on "of" to the one above: each unit's span and its words on one line."""
    units: list[tuple[int, int, str]] = []
    for start, end in head_lines(text):
        if units and (WRAPPED_HEAD.search(units[-1][2]) or CONTINUED_HEAD.match(text, start, end)):
            first, _, words = units.pop()
            units.append((first, end, f"{words.rstrip()} {text[start:end].strip()}"))
        else:
            units.append((start, end, text[start:end]))
    return units


def prose_start(text: str) -> int | None:
    """Where the body's prose starts right below the head (at 0 for a speech printed without a heading), or None
    where the head ends otherwise (at the address to the chair, at a long line)."""
    spans = head_lines(text)
    line = re.compile(r"[^\n]*\S[^\n]*").search(text, spans[-1][1] if spans else 0)
    if line is None or TITLE_OPENING.match(line.group().strip()):
        return None
    return line.start() if _opens_prose(line.group(), text[line.end() :]) else None


# A byline whose speaker holds a meeting's chair speaks as its presiding officer, for no state: "Statement by the
# Chair, Ambassador of Mexico", "…, President of the Third Review Conference".
CHAIR_BYLINE = re.compile(
    r"(?<!Mr\.\s)(?<!Mr\s)(?<!Madam\s)(?<!Madame\s)\b(?:Vice-?)?(?:Co-?)?(?:Chair(?:man|person|woman)?|President|Coordinator)"
    r"(?:\s+(?:of|for)\s+the\s+(?:[\w-]+\s+){0,5}?(?:Conference|Meeting|Committee|Assembly|Commission|Session|"
    r"Council|Experts)\b|\s*,|\s*$)",
    re.IGNORECASE,
)


CHAIR_OPENING = re.compile(  # a line that is the speech's address to the chair, alone: "Mr. President,"
    rf"^[ \t]*(?:(?:Mr\.?|Madam|Madame|Mister)\s+(?:Chair(?:man|person|woman)?|President|Co-Chairs?)"
    rf"|{SPANISH_ADDRESS}\s+President[ea]|{FRENCH_ADDRESS})[ \t]*[,:!.]?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


def words_start(text: str) -> int:
    """Where the speaker's own words start: at the line near the top that is the address to the chair ("Mr.
    President,"), the headline, photo captions and lead above it being the page's; 0 where no line is."""
    opening = CHAIR_OPENING.search(text, 0, 2 * HEAD_CHARACTERS)
    return opening.start() if opening else 0


def addresses_chair(text: str) -> bool:
    """Whether the text is spoken to a chair ("Mr. Chairman", "Señor Presidente", and in a French text
    "Monsieur le Président" where the text speaks French in the first person or is headed as a speech)."""
    french = FRENCH_CHAIR.search(text)
    return bool(
        CHAIR.search(text)
        or (french and (FRENCH_VOICE.search(text) or FRENCH_SPEECH_HEADING.search(text, 0, french.start())))
    )
