"""Text helpers every loader shares: markup removal with offsets, dates, ordinal words."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            # English, then the French and Spanish names of the UN's texts in those languages (and the French
            # abbreviations of the Treaty Collection's tables: "3 déc 2008", "8 juil 2009"), and the Russian names in
            # the genitive a date gives them ("24 декабря 2001 года")
            ("january", "jan", "janvier", "janv", "enero", "января"),
            ("february", "feb", "février", "févr", "fév", "febrero", "февраля"),
            ("march", "mar", "mars", "marzo", "марта"),
            ("april", "apr", "avril", "avr", "abril", "апреля"),
            ("may", "mai", "mayo", "мая"),
            ("june", "jun", "juin", "junio", "июня"),
            ("july", "jul", "juillet", "juil", "julio", "июля"),
            ("august", "aug", "août", "agosto", "августа"),
            ("september", "sep", "sept", "septembre", "septiembre", "setiembre", "сентября"),
            ("october", "oct", "octobre", "octubre", "октября"),
            ("november", "nov", "novembre", "noviembre", "ноября"),
            ("december", "dec", "décembre", "déc", "diciembre", "декабря"),
        ],
        start=1,
    )
    for name in names
}
MONTH_NAMES = "(?i:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + ")"
# The first person in Spanish: "mi delegación", "nuestro país", "nosotros", a verb of the first person plural
# ("continuaremos", "cumplimos"), in lower case so that a name ("Ramos") is none, or capitalised where it opens a
# sentence ("Consideramos innecesaria …")
SPANISH_FIRST_PERSON = (
    r"\b(?:nosotros|(?:mi|nuestr[oa])\s+(?:delegación|país|gobierno))\b|(?-i:\b[a-záéíóú]{3,}(?:amos|emos|imos)\b)"
    r"|(?-i:(?:(?<![^\n])|(?<=[.:;!?]\s)|(?<=[¡¿]))[A-ZÁÉÍÓÚ][a-záéíóú]{3,}(?:amos|emos|imos)\b)"
)
# The first person in French: "nous", "ma délégation", "mon pays", "notre gouvernement", "Je", "J'ai"
FRENCH_FIRST_PERSON = (
    r"\bnous\b|\b(?:ma|notre)\s+délégation\b|\b(?:mon|notre)\s+(?:pays|gouvernement)\b|(?-i:\b(?:Je|J['’]ai)\b)"
)
# A state's envoy or minister in Spanish: "embajadora", "representante permanente", "viceministro", "canciller"
SPANISH_ENVOY = r"(?:embajador(?:a)?|representante\s+permanente|(?:vice)?ministr[oa]|canciller)"
# "7 December 2022", "27 of October, 2016"; "1er décembre 2011", "23 de enero de 2020" (or "del 2013") in the French
# and Spanish texts
DATE = re.compile(
    rf"\b(\d{{1,2}})(?:st|nd|rd|th|er)?\s+(?:de\s+|of\s+)?({MONTH_NAMES})\.?,?\s+(?:del?\s+)?(\d{{4}})\b", re.IGNORECASE
)

_UNITS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
}
_TENS_ORDINAL = {
    "twentieth": 20,
    "thirtieth": 30,
    "fortieth": 40,
    "fiftieth": 50,
    "sixtieth": 60,
    "seventieth": 70,
    "eightieth": 80,
    "ninetieth": 90,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
ORDINAL_WORD = (
    rf"(?:(?:{'|'.join(_TENS)})[- ](?:{'|'.join(_UNITS)})|{'|'.join(_TENS_ORDINAL)}"
    rf"|{'|'.join(_UNITS)}|\d{{1,3}}(?:st|nd|rd|th))"
)


def ordinal(word: str) -> int | None:
    """'Seventy-seventh' -> 77, 'tenth' -> 10, '46th' -> 46; None when not an ordinal."""
    word = word.strip().lower().replace(" ", "-")
    digits = re.fullmatch(r"(\d+)(?:st|nd|rd|th)", word)
    if digits:
        return int(digits.group(1))
    if word in _UNITS:
        return _UNITS[word]
    if word in _TENS_ORDINAL:
        return _TENS_ORDINAL[word]
    tens, _, unit = word.partition("-")
    if tens in _TENS and unit in _UNITS and _UNITS[unit] < 10:
        return _TENS[tens] + _UNITS[unit]
    return None


# English numbers in words, as a text writes a count ("the seven members of …", "with one abstention")
NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12,
}  # fmt: skip
FRENCH_NUMBERS = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9,
    "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20,
    "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
}  # fmt: skip
# A French ordinal word: "soixante-seizième" (76), "soixante et unième" (61), "quatre-vingt-unième" (81), "première"
FRENCH_ORDINAL_WORD = r"(?i:premi[èe]re?|(?:[a-z]+(?:-|\s+et\s+))*[a-z]+i[èe]me)"


def french_ordinal(word: str) -> int | None:
    """'Soixante-seizième' -> 76, 'quatre-vingt-unième' -> 81, 'première' -> 1; None when not one."""
    word = word.strip().lower().replace("è", "e")
    if re.fullmatch(r"premiere?", word):
        return 1
    parts = re.split(r"-|\s+et\s+|\s+", word)
    last = re.sub(r"ieme$", "", parts[-1])
    stem = {"cinqu": "cinq", "neuv": "neuf", "quatr": "quatre"}.get(last, last)
    parts[-1] = next((form for form in (stem, stem + "e") if form in FRENCH_NUMBERS or form == "vingt"), "")
    total = 0
    for index, part in enumerate(parts):
        value = FRENCH_NUMBERS.get(part.rstrip("s") if part.startswith("vingt") else part)
        if value is None:
            return None
        if part.startswith("vingt") and index and parts[index - 1] == "quatre":
            total += 80 - 4  # "quatre-vingt": four twenties
        else:
            total += value
    return total if parts[-1] and word.endswith(("ieme", "iemes")) else None


# A date that may touch the text around it, as in tables whose cells ran together when their
# markup was stripped ("Barbuda16 Jul 2010", "30 May 20081 August 2010": a day may follow a year).
GLUED_DATE = re.compile(rf"(?:(?<!\d)|(?<=(?<!\d)\d{{4}}))(\d{{1,2}})\s+({MONTH_NAMES})\.?,?\s+(\d{{4}})")


def parse_date(text: str) -> dt.date | None:
    """The first '7 December 2022' style date in the text, or None."""
    match = DATE.search(text)
    return date_of(match) if match else None


# "July 15, 1999", "April 10th 2023", "December 04 of 2012"
US_DATE = re.compile(rf"\b({MONTH_NAMES})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?:of\s+)?(\d{{4}})\b", re.IGNORECASE)
ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
DOTTED_DATE = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b")  # 31.07.2010: day first
# "29-5-2018", "5/29/2018": day first in some countries, month first in others; read only where a number over 12
# settles which is the day.
NUMERIC_DATE = re.compile(r"\b(\d{1,2})([-/])(\d{1,2})\2(\d{4})\b")


def numeric_date(match: re.Match[str]) -> dt.date | None:
    """The day a NUMERIC_DATE match stands for, where only one order of day and month makes a date (or both
    orders make the same one); None where the two orders give two days."""
    first, second, year = int(match.group(1)), int(match.group(3)), int(match.group(4))
    days = set()
    for day, month in ((first, second), (second, first)):
        try:
            days.add(dt.date(year, month, day))
        except ValueError:
            continue
    return days.pop() if len(days) == 1 else None


# What a page's dateline may go on to say it dates: "31.07.2010 - Press release", "2 May 2019 | Speech".
ITEM_KIND = re.compile(
    r"\s+(?:[-–—|]\s+)?(?:press\s+release|media\s+release|statement|speech|news|article|interview|communiqu[eé])$",
    re.IGNORECASE,
)


# What a release's dateline may go on to give: its time and number ("July 27, 2000 (2:25 p.m. EDT) No. 186").
WEEKDAY_NAMES = (  # and in French and Spanish: "jeudi 13 mars 2014", "jueves, 13 de marzo de 2014"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?i:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
    r"|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo)"
)
WEEKDAY = re.compile(
    rf"(?:^|(?<=, ))(?:{WEEKDAY_NAMES}),?\s+(?=\d|[A-Z][a-z]+\s+\d)"
)  # "Thursday 26 July 2012", "New York, Thursday, 9th October, 2008"
RELEASE_STAMP = re.compile(
    r"(?:\s*\(\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?\))?(?:\s+No\.\s*\d{1,5})?$", re.IGNORECASE
)


def line_date(line: str) -> dt.date | None:
    """The date of a dateline (see ``dateline``); None for any other line."""
    return dateline(line)[0]


# A place after a dateline's date: "July 5, 2012 UN Headquarters, New York", "6 March 2009, Geneva".
PLACE_AFTER = re.compile(r"[ \t]*[,\-–]?[ \t]*(?P<place>(?:[A-Z][\w.'-]*[ \t,]*){1,5})")


# A place before a line's date: "New York," or, without the comma, up to three capitalised words ("New York 3 June 2013").
PLACE_BEFORE = re.compile(
    r"[A-Z][\w .'-]{0,40}(?:,[ \t]*[A-Z][\w .'-]{0,30})?(?:,|[ \t][-–—])|[A-Z][a-z]+(?:[ \t][A-Z][a-z]+){0,2}"
    r"|(?:(?!(?:THE|ON|OF|IN|AT|BY|AND|TO|FOR)\b)[A-Z]{2,}[ \t]?){1,4}(?<![ \t])"  # no small words: "… STATES ON"
)  # "NEW YORK CITY", "UNITED NATIONS NEW YORK", "Vienna, Austria,", "Geneva -"


def dateline(line: str) -> tuple[dt.date | None, str]:
    """The date and place of a line that is one date, written '15 July 1999', 'July 15, 1999',
    '2008-11-21', '31.07.2010' or '29-5-2018' (where the order of day and month is settled), with at most a place before it ('New York, 4 November 2015', 'Geneva 4 May
    2015') and
    a time, the kind of item it dates or a release's number after it ("31.07.2010 - Press release",
    "July 27, 2000 (2:25 p.m. EDT) No. 186"), a weekday before it ("Thursday 26 July 2012"), or a
    place of at most five capitalised words after it ("July 5, 2012 UN Headquarters, New York"), the whole line
    perhaps in brackets; (None, "") for any other line."""
    line = line.strip(" \t,.;-–—")  # "Geneva - 27 May 2004 -"
    enclosed = re.fullmatch(r"\(([^()]*)\)", line)  # a dateline in brackets: "(Nueva York, 3 de octubre de 2006)"
    line = enclosed.group(1).strip(" \t,.;-–—") if enclosed else line
    # the French "New York, le 18 octobre 2017", also as a scan reads it: "New York, Ie 7 octobre 2013"
    line = re.sub(r",\s+(?:le|Ie)\s+(?=\d)", ", ", line, flags=re.IGNORECASE)
    line = re.sub(r"\s+\d{1,2}:\d{2}(?::\d{2})?$", "", line)
    line = ITEM_KIND.sub("", line)
    line = RELEASE_STAMP.sub("", line)
    line = WEEKDAY.sub("", line)
    for pattern, order in (
        (DATE, "dmy"),
        (US_DATE, "mdy"),
        (ISO_DATE, "ymd"),
        (DOTTED_DATE, "dmy"),
        (NUMERIC_DATE, "either"),
    ):
        match = pattern.search(line)
        after = PLACE_AFTER.fullmatch(line, match.end()) if match else None
        if not match or not (match.end() == len(line) or after):
            continue
        before = line[: match.start()].strip()
        if before and (after or not PLACE_BEFORE.fullmatch(before)):
            continue
        place = after["place"].strip(" \t,") if after else before.rstrip(",-–— \t")
        if order == "either":
            day = numeric_date(match)
            return (day, place) if day else (None, "")
        parts = dict(zip(order, match.groups()))
        month = parts["m"]
        try:
            number = int(month) if month.isdigit() else MONTHS[month.lower().rstrip(".")]
            return dt.date(int(parts["y"]), number, int(parts["d"])), place
        except (ValueError, KeyError):
            return None, ""
    return None, ""


FRONT_MATTER = re.compile(r"\A\s*---[ \t]*\n(?P<block>.*?)\n---[ \t]*(?:\n|\Z)", re.DOTALL)
FRONT_MATTER_DATE = re.compile(r"^date:[ \t]*[\"']?(?P<date>\d{4}-\d{2}-\d{2})[\"']?[ \t]*$", re.MULTILINE)


def front_matter_date(text: str) -> tuple[dt.date, int, int] | None:
    """The date a YAML front matter block at the top of the text gives the document ("date:
    1997-05-23"), with where it stands; None without one."""
    block = FRONT_MATTER.match(text)
    found = FRONT_MATTER_DATE.search(text, block.start("block"), block.end("block")) if block else None
    if not found:
        return None
    try:
        return dt.date.fromisoformat(found["date"]), found.start(), found.end()
    except ValueError:
        return None


def date_of(match: re.Match[str]) -> dt.date | None:
    day, month, year = match.group(1), match.group(2), match.group(3)
    try:
        return dt.date(int(year), MONTHS[month.lower().rstrip(".")], int(day))
    except (ValueError, KeyError):
        return None


SUPERSCRIPT_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")


@dataclass(frozen=True)
class Clean:
    """Text with markup removed; ``origin[i]`` is the source offset of ``text[i]``.

    ``marks`` holds the footnote marks found, as (offset in ``text``, number, source span).
    ``emphasis`` holds the spans (in ``text``) that the source set in italics or bold.
    """

    text: str
    origin: tuple[int, ...]
    marks: tuple[tuple[int, int], ...]
    emphasis: tuple[tuple[int, int], ...]

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """The source offsets of ``text[start:end]``."""
        if start >= len(self.origin):
            last = self.origin[-1] + 1 if self.origin else 0
            return last, last
        return self.origin[start], self.origin[max(start, end - 1)] + 1


# Markup that renderings of UN documents carry: links, HTML marks, emphasis runs, rules.
_MARKUP = re.compile(
    r"(?P<sup><sup>\s*(?P<supnum>\d{1,3})\s*</sup>)"
    r"|(?P<supu>[⁰¹²³⁴⁵⁶⁷⁸⁹]+)"
    r"|(?P<link>\[(?P<linktext>[^\]\n]{1,200})\]\((?P<target>[^)\s]*)\))"
    r"|(?P<tag></?(?:i|b|em|strong|span|u|br|p|div|superscript)\b[^>]*>)"
    r"|(?P<rule>^[ \t]*(?:-{3,}|_{3,}|\*{3,})[ \t]*$)"
    r"|(?P<stars>\*+|(?<![\w])_{1,3}(?=\w)|(?<=\w)_{1,3}(?![\w]))"
    r"|(?P<entity>&(?:nbsp|amp|quot|#39|apos|lt|gt);)"
    r"|(?P<cr>\r(?=\n))",
    re.MULTILINE,
)
_ENTITIES = {"&nbsp;": " ", "&amp;": "&", "&quot;": '"', "&#39;": "'", "&apos;": "'", "&lt;": "<", "&gt;": ">"}


def clean(source: str) -> Clean:
    """Strip Markdown/HTML markup, keep an offset map, collect footnote marks and emphasis.

    A run of two or more asterisks glued between two words ("Munitions***Resolution") is a
    heading boundary in these renderings and becomes a line break.
    """
    out: list[str] = []  # runs of text; ``origin`` has one offset per character
    origin: list[int] = []
    marks: list[tuple[int, int]] = []
    emphasis: list[tuple[int, int]] = []
    open_at: int | None = None
    position = 0

    def emit(text: str, at: int, step: bool = True) -> None:
        out.append(text)
        origin.extend(range(at, at + len(text)) if step else [at] * len(text))

    for match in _MARKUP.finditer(source):
        emit(source[position : match.start()], position)
        position = match.end()
        kind = match.lastgroup
        if kind == "sup" or kind == "supu":
            number = match.group("supnum") or match.group("supu").translate(SUPERSCRIPT_DIGITS)
            marks.append((len(origin), int(number)))
        elif kind == "link":
            emit(match.group("linktext"), match.start() + 1)
        elif kind == "entity":
            emit(_ENTITIES[match.group()], match.start(), step=False)
        elif kind == "stars":
            before = source[match.start() - 1] if match.start() else "\n"
            after = source[match.end()] if match.end() < len(source) else "\n"
            if len(match.group()) >= 2 and not before.isspace() and not after.isspace():
                if open_at is not None:
                    emphasis.append((open_at, len(origin)))
                open_at = None
                emit("\n", match.start(), step=False)
            elif open_at is None and not after.isspace():
                open_at = len(origin)
            elif open_at is not None:
                emphasis.append((open_at, len(origin)))
                open_at = None
        elif kind == "tag" and match.group().lower().startswith("<br"):
            emit("\n", match.start(), step=False)
        # rules and other tags vanish
    emit(source[position:], position)
    return Clean("".join(out), tuple(origin), tuple(marks), tuple(emphasis))


def fold(text: str) -> str:
    """Fold runs of whitespace (line breaks included) into single spaces."""
    return re.sub(r"\s+", " ", text).strip()


# A sentence's end, and the footnote marks that close it ("… in May 2008.[6] It has …") kept with it.
SENTENCE_END = re.compile(r"(?<=[.;!?])[\"”’)]*(?P<marks>(?:\[\d{1,3}\])*)\s+(?=[\"“(]?[A-Z0-9])")


def blocks(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans of the paragraphs (runs of text between blank lines) of ``text[start:end]``."""
    end = len(text) if end is None else end
    return [
        (start + match.start(), start + match.end())
        for match in re.finditer(r"\S(?:.|\n(?![ \t]*\n))*", text[start:end])
    ]


def paragraph_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans of ``text[start:end]``, paragraph by paragraph: no sentence runs over a blank line (a heading
    without a full stop is not the start of the sentence below it)."""
    return [span for first, last in blocks(text, start, end) for span in sentences(text[first:last], first)]


def sentences(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """Sentence spans in ``text`` (shifted by ``offset``), split after . ; ! ? before a capital."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in SENTENCE_END.finditer(text):
        if _abbreviation_before(text, match.start()) and not text.startswith(")", match.start()):
            continue  # "Mr. Smith", but not "(… see Annex I.) Speaking …"
        spans.append((start, match.end("marks") if match["marks"] else match.start()))
        start = match.end()
    spans.append((start, len(text)))
    result = []
    for begin, end in spans:
        while begin < end and text[begin].isspace():
            begin += 1
        while end > begin and text[end - 1].isspace():
            end -= 1
        if end > begin:
            result.append((begin + offset, end + offset))
    return result


_ABBREVIATIONS = (
    "Mr.",
    "Mrs.",
    "Ms.",
    "Dr.",
    "No.",
    "Nos.",
    "vol.",
    "para.",
    "paras.",
    "art.",
    "Art.",
    "St.",
    "e.g.",
    "i.e.",
    "Ibid.",
    "D.C.",
    "U.S.",
    "N.W.",
    "Av.",
    "Ave.",
)


def _abbreviation_before(text: str, end: int) -> bool:
    head = text[max(0, end - 8) : end]
    return any(head.endswith(abbreviation) for abbreviation in _ABBREVIATIONS) or bool(re.search(r"\b[A-Z]\.$", head))


# The commonest function words of the languages UN documents come in besides English, and of English:
# enough to tell which language a refused text is written in, for the refusal to say so.
_FUNCTION_WORDS = {
    "English": {"the", "of", "and", "to", "in", "is", "that", "for", "on", "with"},
    "French": {"le", "la", "les", "des", "du", "et", "est", "pour", "dans", "une", "sur", "au"},
    "Spanish": {"el", "la", "los", "las", "del", "y", "es", "para", "en", "una", "por", "con"},
}


def language(text: str) -> str | None:
    """The language most of the text's function words belong to (English, French or Spanish), or None
    for a text too short or too mixed to tell."""
    words = re.findall(r"[a-zà-ÿ]+", text[:20000].lower())
    counts = {name: sum(word in common for word in words) for name, common in _FUNCTION_WORDS.items()}
    best = max(counts, key=lambda name: counts[name])
    if counts[best] < 20 or counts[best] < 2 * sorted(counts.values())[-2]:
        return None
    return best


QUOTE_OPENING = re.compile(r"(?:^|(?<=[\s,:(]))[“\"«‘]")
QUOTE_CLOSING = {"“": "”", "«": "»", "‘": "’", '"': '"'}


def open_quotation(text: str, start: int, end: int) -> re.Match[str] | None:
    """The mark that opens a quotation still open at ``end`` (looking from ``start``), or None."""
    opening = None
    for match in QUOTE_OPENING.finditer(text, start, end):
        if opening is None or QUOTE_CLOSING[opening.group()] in text[opening.end() : match.start()]:
            opening = match  # the first quotation, or one opened after the last was closed
    if opening is None or QUOTE_CLOSING[opening.group()] in text[opening.end() : end]:
        return None
    return opening
