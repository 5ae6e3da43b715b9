"""UN document symbols: the session a symbol names, the year a session opens, Roman session
numbers, and the repair of Main Committee draft symbols damaged by OCR. The one home of these
rules for the loaders and the mapping."""

from __future__ import annotations

import re

# The session of a General Assembly resolution symbol: A/RES/63/71 -> 63, A/RES/ES-10/21 -> ES-10;
# before the 31st session, A/RES/181(II) -> 2.
SESSION_IN_SYMBOL = re.compile(r"A/RES/((?:ES|S)-\d+|\d+)/")
ROMAN_SESSION = re.compile(r"\(([IVXL]+)\)")
ROMAN_VALUES = [(50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
ROMAN_DIGITS = {"I": 1, "V": 5, "X": 10, "L": 50}


def session_of(symbol: str) -> str | None:
    """The session a GA resolution symbol names (A/RES/77/79 -> 77, A/RES/ES-10/21 -> ES-10,
    A/RES/181(II) -> 2); None when it names none."""
    match = SESSION_IN_SYMBOL.match(symbol)
    if match:
        return match.group(1)
    roman = ROMAN_SESSION.search(symbol)
    return str(from_roman(roman.group(1))) if roman else None


def roman(number: int) -> str:
    """A session number as the symbols of the first 30 sessions write it (22 -> XXII)."""
    out = ""
    for value, letters in ROMAN_VALUES:
        while number >= value:
            out, number = out + letters, number - value
    return out


def from_roman(letters: str) -> int:
    """A Roman number's value (XXII -> 22)."""
    values = [ROMAN_DIGITS[char] for char in letters]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


# Main Committee draft symbols damaged by OCR

FIRST_SESSION_YEAR = 1945  # the General Assembly's first session opened in 1946; session n opens in 1945 + n
SLASH_LIKE = "/1lI|"  # characters OCR reads a slash as
_COMMITTEE_DRAFT = re.compile(
    r"^A[/1lI|]C[.,](?P<committee>[1-6lI|])(?P<middle>[0-9/lI|]*?)[Ll][.,](?P<number>[0-9lIO]{1,3})"
    r"(?P<rev>[/1lI|]Rev[.,]\d)?$"
)
_SYMBOL_TOKEN = re.compile(r"\bA\s?[/1lI|]\s?C\s?[.,]\s?[0-9lI|/]{1,8}\s?[Ll][.,]\s?[0-9lIO]{1,3}(?:[/1lI|]Rev[.,]\d)?")
_DIGITS = str.maketrans("lIO|", "1101")


def committee_draft_tokens(text: str) -> list[re.Match[str]]:
    """Every string that looks like a Main Committee draft symbol (A/C.1/71/L.22), however damaged."""
    return list(_SYMBOL_TOKEN.finditer(text))


def session_year(session: int) -> int:
    """The calendar year in which a General Assembly session opens (71 -> 2016)."""
    return FIRST_SESSION_YEAR + session


def read_committee_draft(
    written: str, not_before: int | None = None, not_after: int | None = None
) -> tuple[str | None, str, str]:
    """Repair a Main Committee draft symbol by the symbol grammar ``A/C.<committee>/<session>/L.<n>``.

    Slashes read as 1, l, I or | are restored; a session must open no earlier than
    ``not_before`` and no later than ``not_after`` (years the document's context allows).
    Returns (the repaired symbol or None when the session stays open, the parts that could be
    read with "?" for the session, a note saying how).
    """
    compact = re.sub(r"\s+", "", written)
    match = _COMMITTEE_DRAFT.match(compact)
    if not match:
        return None, compact, "not a Main Committee draft symbol"
    committee = match["committee"].translate(_DIGITS)
    number = str(int(match["number"].translate(_DIGITS)))
    rev = "/Rev." + match["rev"][-1] if match["rev"] else ""
    middle = match["middle"]
    readings: set[int] = set()
    for missing in (0, 1, 2):  # fewest missing slashes first: the grammar's reading wins
        for head, tail in ((1, 1),) if missing == 0 else ((0, 1), (1, 0)) if missing == 1 else ((0, 0),):
            if (
                len(middle) <= head + tail
                or (head and middle[0] not in SLASH_LIKE)
                or (tail and middle[-1] not in SLASH_LIKE)
            ):
                continue
            digits = middle[head : len(middle) - tail].translate(_DIGITS)
            if digits.isdigit() and not digits.startswith("0"):
                readings.add(int(digits))
        if readings:
            break
    plausible = sorted(
        s
        for s in readings
        if (not_before is None or session_year(s) >= not_before) and (not_after is None or session_year(s) <= not_after)
    )
    partial = f"A/C.{committee}/?/L.{number}{rev}"
    bounds = []
    if not_before is not None:
        bounds.append(f"no earlier than {not_before}")
    if not_after is not None:
        bounds.append(f"no later than {not_after}")
    context = f" (context: session opening {' and '.join(bounds)})" if bounds else ""
    if len(plausible) == 1:
        session = plausible[0]
        symbol = f"A/C.{committee}/{session}/L.{number}{rev}"
        how = "as written" if symbol == compact else f"read {compact!r} by the symbol grammar A/C.n/session/L.n"
        return (
            symbol,
            symbol,
            (
                f"{how}; session {session} ({session_year(session)}) is the only plausible reading "
                f"of {sorted(readings)}{context}"
            ),
        )
    return None, partial, (f"session undetermined: readings {sorted(readings)}, plausible {plausible}{context}")
