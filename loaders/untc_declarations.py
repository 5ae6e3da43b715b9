"""The sections below a UN Treaty Collection status table: declarations and reservations,
objections, and the table's numbered notes. Called by ``untc_status``; not a loader of its own.

An entry is attributed to a state only where the page heads it with that state's name alone on
a line (a text that merely names a state is not its statement); a note to every participant whose
row, or whose name heading its entries ("Canada ^2"), carries its number (its date only where one
does; a line of it that opens with a date of its own, "On 3 April 2002: Extension to …", or is a date alone, is a note
of its own). Kinds come from the entry's own heading ("Reservation:", "Declaration made upon signature:",
"Statements of understanding:", "… subject to the following reservation:"; "Reservation and
declarations:" gives one of each), else from its section. A date is the one the entry states
on a line of its own, else that of the act the heading or the section's rubric says it was made
upon ("made upon signature", or a line "Upon signature:" above the heading -> the row's signature date). A
"Declarations:" right under a state's name heads that state's entry, not a section (and right below the table, such
an entry is read as a section's whose title was lost); a section titled "Declarations made
under article 18" lists states by name alone, each one's declaration the title's.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection

from treatykg import gazetteer
from treatykg.loaders import text as tx
from treatykg.records import Declaration, Participant, Span

# A section's title that says what each entry declared: "Declarations made under article 18 (1)"
_UNDER_ARTICLE = r"Declarations\s+made\s+under\s+article\s+\d+[^\n:]{0,20}"
_DATE = rf"\d{{1,2}}\s+(?:{tx.MONTH_NAMES})\.?\s+\d{{4}}"
SECTION = re.compile(
    rf"^[ \t]*(?:(?P<title>{_UNDER_ARTICLE}|Declarations(?:\s+and\s+Reservations)?"
    r"|Reservations(?:\s+and\s+Declarations)?"
    r"|Objections|End\s*Notes?|Territorial\s+Application)\s*:?|(?P<notes>Notes?)\s*:)[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)
RUBRIC = re.compile(r"^\s*\(Unless otherwise indicated,[^)]*\)\s*$", re.MULTILINE | re.IGNORECASE)
# An entry's heading: "Reservation:", "Statements of understanding:", "Reservation and declarations :" (an entry of
# each kind), or a sentence that ends by announcing them: "II. The Senate's advice and consent is subject to the
# following understandings:"
HEADING = re.compile(
    r"^[ \t]*(?:[\"“]?(?:[IVX]{1,4}\.[ \t]+)?[^\n:]{0,160}?\bthe\s+following\s+)?"
    r"(?P<kind>Interpretative\s+declarations?|Declarations?|Reservations?|Objections?|Understandings?"
    r"|Statements?\s+of\s+understandings?)"
    r"(?:\s+and\s+(?P<also>declarations?|reservations?))?(?P<upon>\s+made\s+upon\s+[a-z ]+?)?\s*:[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)
# The act a state's entries were made upon, on a line of its own above their heading: "Upon signature:",
# "Confirmed upon succession:"
UPON_LINE = re.compile(r"^[ \t]*(?:Confirmed\s+|Made\s+)?(?P<upon>upon\s+[a-z ]+?)\s*:[ \t]*$", re.M | re.I)
UPON = re.compile(
    r"signature|ratification|accession|acceptance|approval|succession|consent\s+to\s+be\s+bound", re.IGNORECASE
)
DATE_LINE = re.compile(rf"^[ \t]*(?P<date>{_DATE})[ \t]*$", re.MULTILINE)
NOTE_START = re.compile(  # not a date that opens a line: "23 July 2014"
    rf"^[ \t]*\^?(?P<mark>\d{{1,3}})(?![ \t]+(?:{tx.MONTH_NAMES})\.?[ \t]+\d{{4}})[ \t]*[.)]?(?:[ \t]+|$)", re.MULTILINE
)
# The date a note's own sentence opens with: "On 30 March 2016, the Government of Ukraine made a communication.",
# "Subsequently, on 21 February 2014, …", "On 4 December 2001: Extension to …" (a date cited inside a sentence,
# "C.N.121.2016 of 31 March 2016", is not the note's)
NOTE_DATE = re.compile(
    rf"(?:^|(?<=[.:;]\s)|(?<=\n))[ \t]*(?:(?:Subsequently|Thereafter|Later),\s+)?[Oo]n\s+(?P<date>{_DATE})[ \t]*[,:]",
    re.MULTILINE,
)
# A line of a note that opens with the date of an act of its own: "On 3 April 2031: Extension to …"
# ("On 3 April 2031: …", "On 3 April 2031, the Government …"), or its date alone on a line ("23 July 2031\nTerritorial
# Application in respect of …")
DATED_LINE = re.compile(
    rf"^[ \t]*(?:On\s+(?P<date>{_DATE})[ \t]*[,:]|(?P<alone>{_DATE})[ \t]*\n[ \t]*[A-Z])", re.MULTILINE
)
FOOTNOTE_TAIL = re.compile(r"(?:\s*\^?\d{1,3})+\s*$")


# A state's name alone on a line, its entry's heading on the next, where the section's title should stand
UNTITLED_ENTRY = re.compile(
    r"\s*(?P<state>[A-Z][^\n\t\d:]{1,79})\n[ \t]*(?:Interpretative\s+)?(?:Declarations?|Reservations?)\s*:[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)


def sections(source: str, start: int) -> list[tuple[str, int, int]]:
    """The sections after the table: (kind, body start, body end), kinds 'declaration',
    'objection', 'note' or 'other'."""
    found = [  # "Australia / Declarations:": an entry's heading under the state's name, not a section's title
        match
        for match in SECTION.finditer(source, start)
        if not (
            match["title"] and match.group().rstrip().endswith(":") and _state_line(_line_before(source, match.start()))
        )
    ]
    out = []
    untitled = UNTITLED_ENTRY.match(source, start)
    if (
        untitled and _state_line(untitled["state"]) and (not found or untitled.end() <= found[0].start())
    ):  # entries whose section lost its title
        out.append(("declaration", start, found[0].start() if found else len(source)))
    for index, match in enumerate(found):
        end = found[index + 1].start() if index + 1 < len(found) else len(source)
        title = (match["title"] or match["notes"]).lower()
        kind = (
            "objection"
            if title.startswith("objection")
            else "note"
            if "note" in title
            else "other"
            if title.startswith("territorial")
            else "reservation"
            if title.startswith("reservation")
            else "declaration"
        )
        out.append((kind, match.end(), end))
    return out


def declarations(source: str, start: int, participants: tuple[Participant, ...], offsets) -> tuple[Declaration, ...]:
    """Every entry of the sections after ``start``. ``offsets(start, end)`` gives the span in the
    original text of a stretch of ``source`` (None when it cannot be told)."""
    rows = {row.state: row for row in participants}
    found: list[Declaration] = []
    parts = sections(source, start)
    marked = {  # a note's mark on a state's name heading its entries ("Canada ^2"): that state bears the note too
        (state, int(mark))
        for kind, begin, end in parts
        if kind not in ("note", "other")
        for line in re.finditer(r"[^\n]+", source[begin:end])
        if (tail := FOOTNOTE_TAIL.search(line.group().replace("^", " ^"))) and (state := _state_line(line.group()))
        for mark in re.findall(r"\d+", tail.group())
    }
    for kind, begin, end in parts:
        if kind == "note":
            found += _notes(source, begin, end, participants, offsets, marked)
        elif kind != "other":
            found += _entries(source, begin, end, kind, rows, offsets)
            found += _listed(source, begin, end, offsets)
    return tuple(found)


# A section whose title says what each of its entries declared: "Declarations made under article 18 (1)" /
# "(Declaration of provisional application)", then the states' names alone.
UNDER_ARTICLE = re.compile(
    rf"^[ \t]*{_UNDER_ARTICLE}(?:\n[ \t]*\([^)\n]{{3,80}}\))?",
    re.MULTILINE | re.IGNORECASE,
)


def _listed(source: str, begin: int, end: int, offsets) -> list[Declaration]:
    """The states a section under an article's title lists by name alone, each one's declaration the title's."""
    title = UNDER_ARTICLE.match(source, source.rfind("\n", 0, max(begin - 1, 0)) + 1, end)
    if title is None:
        return []
    found: list[Declaration] = []
    body = title.end()
    for line in re.finditer(r"[^\n]+", source[body:end]):
        state = _state_line(line.group())
        if state is None:
            return found  # the list ends where an entry has text of its own (read by _entries)
        span = offsets(body + line.start(), body + line.end())
        found.append(Declaration(state=state, kind="declaration", text=tx.fold(title.group()), span=span))
    return found


def _line_before(source: str, at: int) -> str:
    """The last line with text before offset ``at`` (which starts a line)."""
    before = source[:at].rstrip().rsplit("\n", 1)
    return before[-1] if before else ""


def _state_line(line: str) -> str | None:
    """The state a line names when it is that name alone (footnote marks aside)."""
    name = FOOTNOTE_TAIL.sub("", line.replace("^", " ")).strip().rstrip(":").strip()
    if not name or len(name) > 80 or not name[0].isupper():
        return None
    ref = gazetteer.find_state(tx.fold(name))
    return ref.alpha3 if ref else None


def _entries(
    source: str, begin: int, end: int, section_kind: str, rows: dict[str, Participant], offsets
) -> list[Declaration]:
    rubric = RUBRIC.search(source, begin, end)
    default_upon = _upon(rubric.group()) if rubric else ()
    if rubric:
        begin = rubric.end()
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", source[begin:end])]
    heads = [(begin + s, begin + e, state) for s, e in lines if (state := _state_line(source[begin + s : begin + e]))]
    found: list[Declaration] = []
    for index, (_, head_end, state) in enumerate(heads):
        stop = heads[index + 1][0] if index + 1 < len(heads) else end
        parts: list[re.Match[str] | None] = [*HEADING.finditer(source, head_end, stop)] or [None]
        dated = DATE_LINE.match(source, _skip_blank(source, head_end))  # "Canada / 19 October 1998 / Reservation:"
        entry_date = tx.parse_date(dated["date"]) if dated and parts[0] and dated.end() <= parts[0].start() else None
        for number, heading in enumerate(parts):
            body_start = heading.end() if heading else head_end
            following = parts[number + 1] if number + 1 < len(parts) else None
            body_end = following.start() if following else stop
            kind = _kind(heading["kind"]) if heading else section_kind
            stated_upon = UPON_LINE.search(source, head_end, heading.start()) if heading else None
            upon = default_upon
            if heading and heading["upon"]:
                upon = _upon(heading["upon"])
            elif stated_upon:
                upon = _upon(stated_upon["upon"])
            stated = DATE_LINE.match(source, _skip_blank(source, body_start))
            if stated:
                body_start = stated.end()
            text = source[body_start:body_end].strip()
            if not text:
                continue
            text_start = source.index(text[:1], body_start) if text else body_start
            if stated or entry_date:  # the date the entry states, under its heading or under the state's name
                date, act = (tx.parse_date(stated["date"]) if stated else entry_date), None
            else:
                date, act = _act_date(rows.get(state), upon)
            kinds = [kind]
            if heading and heading["also"] and _kind(heading["also"]) != kind:
                kinds.append(_kind(heading["also"]))  # "Reservation and declarations:": the text holds both
            found.extend(
                Declaration(
                    state=state,
                    kind=each,
                    date=date,
                    upon=act,
                    text=text,
                    span=offsets(text_start, _rstrip(source, text_start, body_end)),
                )
                for each in kinds
            )
    return found


def _notes(
    source: str,
    begin: int,
    end: int,
    participants: tuple[Participant, ...],
    offsets,
    marked: Collection[tuple[str, int]] = (),
) -> list[Declaration]:
    """Numbered notes, each attributed to every participant that carries its number (on its row, or on its name
    heading its declarations); a note's date only where one participant carries it."""
    starts = list(NOTE_START.finditer(source, begin, end))
    found: list[Declaration] = []
    for index, match in enumerate(starts):
        stop = starts[index + 1].start() if index + 1 < len(starts) else end
        text = source[match.end() : stop].strip()
        mark = int(match["mark"])
        bearers = list(
            dict.fromkeys(
                [row.state for row in participants if mark in row.footnotes]
                + sorted(state for state, number in marked if number == mark)
            )
        )
        if not text or not bearers:
            continue
        text_start = match.end() + (len(source[match.end() : stop]) - len(source[match.end() : stop].lstrip()))
        if len(bearers) > 1:  # a shared note's date may be one bearer's: none
            pieces: list[tuple[int, int, str | None]] = [(text_start, stop, None)]
        else:  # a note of successive acts, each on a line opening with its date ("On 3 April 2031: Extension to …")
            lines = list(DATED_LINE.finditer(source, text_start + 1, stop))
            first = NOTE_DATE.search(source[text_start : lines[0].start() if lines else stop].strip())
            cuts = [text_start] + [line.start() for line in lines] + [stop]
            dates = [first["date"] if first else None] + [line["date"] or line["alone"] for line in lines]
            pieces = [(cuts[i], cuts[i + 1], dates[i]) for i in range(len(cuts) - 1)]
        for piece_start, piece_end, dated in pieces:
            piece_start = _skip_blank(source, piece_start)
            found.extend(
                Declaration(
                    state=state,
                    kind="note",
                    date=tx.parse_date(dated) if dated else None,
                    mark=mark,
                    text=source[piece_start:piece_end].strip(),
                    span=offsets(piece_start, _rstrip(source, piece_start, piece_end)),
                )
                for state in bearers
            )
    return found


def _skip_blank(source: str, position: int) -> int:
    while position < len(source) and source[position] in " \t\n":
        position += 1
    return position


def _rstrip(source: str, start: int, end: int) -> int:
    while end > start and source[end - 1] in " \t\n":
        end -= 1
    return end


def _kind(words: str) -> str:
    words = words.lower()
    return (
        "reservation"
        if words.startswith("reservation")
        else "objection"
        if words.startswith("objection")
        else "declaration"
    )


def _upon(words: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(re.sub(r"\s+", "-", m.group().lower()) for m in UPON.finditer(words or "")))


def _act_date(row: Participant | None, upon: tuple[str, ...]) -> tuple[dt.date | None, str | None]:
    """The date and type of the act a declaration was made upon: the row's signature, or its
    consent when the heading or rubric names that consent's type."""
    if row is None:
        return None, None
    if upon == ("signature",) and row.signature:
        return row.signature, "signature"
    if row.consent and row.consent_type in upon:
        return row.consent, row.consent_type
    return None, None


def span_mapper(original: str, plain: str):
    """Offsets from the plain text back into the original: the same when nothing was stripped,
    else by finding the stretch's text in the original (None when it is not there verbatim)."""
    if original == plain:
        return lambda start, end: Span(start=start, end=end)

    def offsets(start: int, end: int) -> Span | None:
        at = original.find(plain[start:end])
        return Span(start=at, end=at + end - start) if at >= 0 else None

    return offsets
