"""UN Treaty Collection status tables: the saved page, its copied text, or the stripped XML."""

from __future__ import annotations

import datetime as dt
import html
import re
from dataclasses import dataclass, field

from treatykg import gazetteer, iris
from treatykg.loaders import text as tx
from treatykg.loaders import untc_declarations
from treatykg.records import CONSENT_TYPES, Participant, StatusTableRecord

KIND = "untc_status"
VERSION = "15"
LABEL = "UN Treaty Collection status table"

_DATE = rf"\d{{1,2}}\s+(?:{tx.MONTH_NAMES})\.?,?\s+\d{{4}}"
TREATY_NOUNS = r"Convention|Treaty|Protocol|Agreement|Statute|Covenant|Amendment"
LEGEND_START = re.compile(  # the head may carry a footnote's mark: "Participant 2", "Participant ^2" from the XML
    r"\b(?:Participants?|Участники?)(?:[ \t]*\^?\d{1,2}(?:,[ \t]*\^?\d{1,2})*)?\s*(?=(?:Signature|Ratification|Accession|Acceptance|Approval|Succession|Definitive"
    r"|Consent|Provisional|Application|Approbation|Acceptation|Adhésion|Consentement"  # and the French table's heads
    r"|Подписание|Ратификация|Присоединение|Принятие|Утверждение|Правопреемство))"  # and a Russian reprint's
    # and another depositary's: "State / Date of Signature / Date of deposit of Instrument of Ratification",
    # "State/ Organization  Date of signature  Means/date of deposit of expression of consent to be bound"
    r"|\bStates?(?:\s*/\s*Organi[sz]ations?)?\s*(?=Date\s+of\s+[Ss]ignature\b)"
)
REPEATED_HEADS = re.compile(r"\s*" + LEGEND_START.pattern)  # a print's second column of the same heads
LEGEND_ITEM = re.compile(
    r"[\s,;/]*(?P<words>(?:Undertaking\s+of\s+)?[Pp]rovisional\s+application"
    r"(?:\s+(?:under|in\s+accordance\s+with)\s+article\s+\d+)?|Succession\s+to\s+signature"
    r"|Definitive\s+signature|Formal\s+confirmation|Consent\s+to\s+be\s+bound"
    r"|Signature|Ratification|Accession|Acceptance|Approval|Succession"
    r"|Withdrawal|Denunciation|Other\s+[Aa]ction|Notes"  # another depositary's list: "… Other Action Notes"
    # or "Date of Signature", "Date of deposit of Instrument of Ratification", "Means/date of deposit of expression of
    # consent to be bound" (the act a word before the date names), "Entry into force" (for each state: not an act)
    r"|Date\s+of\s+(?:deposit\s+of\s+(?:the\s+)?(?:[Ii]nstruments?\s+of\s+)?)?(?:[Ss]ignature|[Rr]atification|[Aa]ccession)"
    r"|Means\s*/\s*date\s+of\s+deposit\s+of\s+(?:the\s+)?expression\s+of\s+(?:\w+\s+)?consent\s+to\s+be\s+bound"
    r"|Entry\s+into\s+force"
    # the French table's: "Application provisoire(n)", "Approbation(AA), Acceptation(A), Adhésion(a), Ratification"
    r"|Application\s+provisoire(?:\s+(?:en\s+vertu\s+de|conformément\s+à)\s+l['’]article\s+\d+)?"
    r"|Succession\s+à\s+la\s+signature"
    r"|Signature\s+définitive|Confirmation\s+formelle|Consentement\s+à\s+être\s+lié|Approbation|Acceptation|Adhésion"
    r"|Retrait|Dénonciation"
    # a Russian reprint's: "Подписание", "Ратификация, Присоединение (a)"
    r"|Подписание|Ратификация|Присоединение|Принятие|Утверждение|Одобрение|Правопреемство|Денонсация)"
    r"(?:\s*\((?P<marker>[A-Za-z]{1,3})\))?"
)
ACT_OF_WORDS = {
    "signature": "signature",
    "ratification": "ratification",
    "accession": "accession",
    "acceptance": "acceptance",
    "approval": "approval",
    "succession": "succession",
    "provisional application": "provisional-application",
    "withdrawal": "withdrawal",
    "denunciation": "withdrawal",
    "definitive signature": "definitive-signature",
    "formal confirmation": "ratification",
    "consent to be bound": "consent-to-be-bound",
    # French
    "application provisoire": "provisional-application",
    "approbation": "approval",
    "acceptation": "acceptance",
    "adhésion": "accession",
    "retrait": "withdrawal",
    "dénonciation": "withdrawal",
    "signature définitive": "definitive-signature",
    "confirmation formelle": "ratification",
    "consentement à être lié": "consent-to-be-bound",
    # Russian
    "подписание": "signature",
    "ратификация": "ratification",
    "присоединение": "accession",
    "принятие": "acceptance",
    "утверждение": "approval",
    "одобрение": "approval",
    "правопреемство": "succession",
    "денонсация": "withdrawal",
}
UNDER_ARTICLE = re.compile(
    r"^undertaking\s+of\s+|\s+(?:under|in\s+accordance\s+with|en\s+vertu\s+de|conformément\s+à)\s+(?:l['’])?article\s+\d+$"
    r"|^date\s+of\s+(?:deposit\s+of\s+(?:the\s+)?(?:instruments?\s+of\s+)?)?"
)  # "Undertaking of provisional application in accordance with article 31": provisional application; "Date of deposit
# of Instrument of Ratification": ratification
# A column whose dates each follow a word naming the act ("ratified 22 Sep 1987", "succession notified 9 Sep 1993")
MEANS_COLUMN = re.compile(r"Means\s*/\s*date\s+of\s+deposit", re.IGNORECASE)
MEANS_WORD = re.compile(
    r"\b(?P<word>acceded|ratified|accepted|approved|confirmed|succeeded|succession\s+notified)\b", re.IGNORECASE
)
MEANS_ACTS = {
    "acceded": "accession",
    "ratified": "ratification",
    "accepted": "acceptance",
    "approved": "approval",
    "confirmed": "ratification",  # an organisation's formal confirmation
    "succeeded": "succession",
    "succession notified": "succession",
}
EFFECT_FROM = re.compile(r"\beffect(?:ive)?\s+from\s*$", re.IGNORECASE)  # "… 9 Sep 1993 effect from 14 Jun 1993"
MARKS = re.compile(r"\(\*\)|\*|(?<!\w)\d{1,2}/")  # a list's marks of notes: "France*", "13 Jun 1980(*)", "1/"


def _act(words: str) -> str | None:
    """The act a column head names ("Provisional application under article 23", "Adhésion")."""
    return ACT_OF_WORDS.get(UNDER_ARTICLE.sub("", " ".join(words.lower().split())))


STATUS_AS_AT = re.compile(
    r"(?:STATUS\s+AS\s+AT|[ÉE]TAT\s+AU)\s*:?\s*(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})", re.IGNORECASE
)
STATUS_LIST_AS_OF = re.compile(rf"\bStatus\s+(?:list\s+)?as\s+(?:at|of)\s*:?\s*(?P<date>{_DATE})", re.IGNORECASE)
CHAPTER = re.compile(r"^\s*(?:CHAPTER|CHAPITRE)\s+(?P<chapter>[IVXL]+)\s*$", re.MULTILINE)
# A depositary notification the header cites, numbered by the treaty's place in the MTDSG chapters.
NOTIFICATION = re.compile(r"\bC\.?N\.\d{1,4}\.\d{4}\.TREATIES-(?P<no>[IVXL]+-\d+(?:-[a-z])?)\b")
MTDSG_IN_LINK = re.compile(r"mtdsg_no=(?P<no>[IVXL]+-\d+(?:-[a-z])?)", re.IGNORECASE)
# "6. Convention on …", "2 .c Amendment …", or run together as the XML has it: "2cAmendment …"
TITLE_LINE = re.compile(
    r"^\s*(?P<number>\d{1,3})\s*\.?\s*(?:(?P<sub>[a-z])\s*\.?\s*)?(?P<rest>[A-Z].*?)\s*$", re.MULTILINE
)
TITLE_MARK = re.compile(
    r"^[ \t]*(?:\(?[a-z]\)|\d{1,3}\s*\.?(?:\s*[a-z]\b\.?)?|[a-z]\b\.?)?[ \t]*(?=[A-Z])", re.MULTILINE
)
GLUED_CONCLUSION = re.compile(  # and "… (Protocole V)Genève, 28 novembre 2003"
    rf"(?<=[a-zß-ÿ)\]])(?P<place>[A-ZÀ-Ý](?:[^\W\d_]|['.-])*(?: [A-ZÀ-Ý](?:[^\W\d_]|['.-])*)*),\s*(?P<date>{_DATE})"
)
CONCLUSION_LINE = re.compile(rf"^\s*(?P<place>[^,\d\n]{{2,60}}),\s*(?P<date>{_DATE})\s*$", re.MULTILINE)
# A title in capitals on its own lines, right above the place and date of conclusion, as the printed record has it.
CAPITAL_TITLE = re.compile(
    rf"^(?P<title>(?:[ \t]*[A-Z][A-Z ,;'’()-]{{2,}}\n){{1,6}})(?P<place>[ \t]*[A-Z][^,\d\n]{{1,40}}),\s*(?P<date>{_DATE})[ \t]*$",
    re.MULTILINE,
)
# A line that is a treaty's title ("Convention on Physical Protection of Nuclear Material"), perhaps after the list's
# name and before its place ("UK Depositary Status List Treaty on the Non-Proliferation …; London, Moscow and …")
TREATY_LINE = re.compile(
    r"^[ \t]*(?:[^\n]{0,60}?\bStatus\s+List\s+)?"
    rf"(?P<title>(?i:{TREATY_NOUNS})\s+(?i:on|of|for|to|between|concerning|relating|banning|prohibiting)\b"
    r"[^\n;]{5,400}?)[ \t]*(?:$|;)",
    re.MULTILINE,
)
_MONTH_FIRST_DATE = rf"(?:{tx.MONTH_NAMES})\s+\d{{1,2}},\s+\d{{4}}"
ENTRY_INTO_FORCE = re.compile(
    rf"(?:Entry\.?\s+into\s+force|Entrée\s+en\s+vigueur|(?:\(|\bthis\s+(?:{TREATY_NOUNS})\s+)entered\s+into\s+force\s+on)\s*:?\s*(?P<date>{_DATE}|{_MONTH_FIRST_DATE})",
    re.IGNORECASE,
)  # "ENTRY. INTO FORCE:" as a damaged print writes it too; month first ("March 26, 1975") in another depositary's list
# Another depositary's header: the title, then "Done: Washington, London and Moscow April 10, 1972".
DONE_AT = re.compile(
    rf"(?P<title>\b(?:Convention|Treaty|Agreement|Protocol|Amendment)\b[^:]{{10,400}}?)\s+Done\s*:\s*"
    rf"(?P<place>[A-Z][^:\d]{{1,80}}?),?\s+(?P<date>{_MONTH_FIRST_DATE})"
)
# A depositary's list of the acts at its own seat only, the treaty having others: a row's one unmarked date may be
# a signature or a ratification (signed at another depositary), which flattened text cannot tell apart.
ONE_SEAT_ONLY = re.compile(
    r"\breflects\s+actions\s+at\s+[A-Z][\w ]{1,40}?\s+only\b"
    # "States which have signed, ratified or acceded at London", "… acceded or succeeded to the Treaty in London"
    r"|\b(?:States?|Governments?)\s+(?:which|that)\s+(?:have\s+)?(?:signed|ratified|acceded|succeeded)"
    r"(?:,\s*(?:signed|ratified|acceded|succeeded))*"
    r"(?:,?\s+(?:or|and)\s+(?:signed|ratified|acceded|succeeded))?(?:\s+(?:to\s+)?the\s+[A-Z]\w+)?\s+(?:at|in)\s+[A-Z][a-z]+\b"
)
# Its legend: "Legend: (no mark) = ratification; A = acceptance; AA = approval; a = accession; d = succession"
LEGEND_EQUALS = re.compile(
    r"(?:\(no\s+mark\)|\b(?P<marker>[A-Za-z]{1,3}))\s*=\s*(?P<words>[A-Za-z][a-z]+(?:\s+[a-z]+){0,4}?)(?=\s*(?:[;,.]|or\b|$))"
)
REGISTRATION = re.compile(rf"(?P<date>{_DATE}),\s*No\.?\s*(?P<number>\d+)")  # French: "1 août 2010, No 47713"
COUNTS = re.compile(r"(?:Signatories|Signataires)\s*:?\s*(?P<signatories>\d+)\s*\.?\s*Parties\s*:?\s*(?P<parties>\d+)")
PARTIES_ONLY = re.compile(r"(?<![A-Za-z])Parties\s*:?\s*(?P<parties>\d+)")
SIGNATORIES_ONLY = re.compile(r"(?<![A-Za-z])(?:Signatories|Signataires)\s*:?\s*(?P<signatories>\d+)")  # not in force
UNTS = re.compile(r"(?:Treaty\s+Series|Recueil\s+des\s+Traités)\s*,?\s*vol\.\s*(?P<volume>\d+)")
# A table drawn with box characters (as a reprint's text has it, some decoded from a DOS code page).
BOX_WALL = re.compile(r"[¦│┃|](?=[^\n]*[¦│┃|])|(?<=[¦│┃|])[^\S\n]*$|[¦│┃]", re.MULTILINE)
BOX_BORDER = re.compile(r"^(?![ \t]*[L└╚])[ \t]*[-+=─━═┌┐└┘├┤┬┴┼╔╗╚╝╠╣╦╩╬T¬L¦│|]{12,}[ \t]*\n", re.MULTILINE)
BOX_BOTTOM = r"[L└╚][-+=─━═┴┘╝T¬]{12,}"  # the table's closing border, kept: the table ends there
BOX_BOTTOM_LINE = re.compile(rf"\s*{BOX_BOTTOM}")
# A row's date as the UN writes it ("24 Sep 2003"), or as a reprint does ("24.09.2003", day first).
# "Argentina\t\t18 Sep 1991", or a cell a line, "Gabon\n  21 Jan 1983 a" indented past the signature column's
# "11 Dec 1948": the cell before is empty
EMPTY_CELL_BEFORE = re.compile(r"\t[^\S\n\t]*\t[^\S\n\t]*\Z|\n {2,}\Z")
# A row's date followed by a line of spaces only, as a table of a cell a line gives an empty cell: "28 Dec 1990\n \n"
EMPTY_CELL_AFTER = re.compile(r"[ \t]*(?:[a-zA-Z]{1,2}\b[ \t]*)?\n[ \t]+\n")
# and as another depositary's list does ("April 10, 1972", month first)
ROW_DATE = re.compile(
    rf"{tx.GLUED_DATE.pattern}|(?<![\d.])(\d{{2}})\.(\d{{2}})\.(\d{{4}})(?![\d.])"
    rf"|\b({tx.MONTH_NAMES})\s+(\d{{1,2}}),\s+(\d{{4}})\b"
)
# The table ends at the first section below it, or at a first entry whose section lost its title: a state's name
# alone on a line, its entry's heading on the next ("Czech Republic\nDeclaration:").
TABLE_END = re.compile(
    r"^\s*(?:Notes?\s*:|Declarations|Reservations|Objections|Territorial\s+Application|End\s*Notes?\b"
    rf"|Déclarations|Réserves|Application\s+territoriale|{BOX_BOTTOM}"
    r"|(?-i:[A-Z][^\n\t\d:]{1,79})\n[ \t]*(?:Interpretative\s+)?(?:Declarations?|Reservations?)\s*:[ \t]*$)",
    re.MULTILINE | re.IGNORECASE,
)
FOOTNOTE_MARKS = re.compile(
    r"(?:\s*\^(\d{1,3})(?:\s*,\s*\^?\d{1,3})*|(?<=[a-z)])(\d{1,2})|\s+(\d{1,2}))+\s*$"
)  # "^2,7" too
LEADING_MARKS = re.compile(r"^\^?\d{1,3}(?:\s*,\s*\^?\d{1,3})*\s+(?=[^\W\d_])")
PARTIAL_DATE = re.compile(rf"\s+\d{{1,2}}(?:\s+(?:{tx.MONTH_NAMES})\.?(?:\s+\d{{0,3}})?)?\s*$")
# A note that a state left the treaty: it withdraws from it or denounces it ("decision to withdraw from the Convention",
# "notification of denunciation of the Protocol"), not a reservation, declaration or objection it withdraws ("decided
# to withdraw its reservation regarding article IX"), nor another treaty it denounces ("denounce the Optional Protocol").
WITHDRAWAL_NOTE = (
    r"\b(?:withdr[ae]w\w*|withdrawal)\s+(?:\w+\s+){{0,4}}?from\s+(?:the|this)\s+(?:(?:present|said)\s+)?(?:{noun})\b"
    r"|\b(?:denounc\w*|denunciation\s+of)\s+(?:the|this|its)\s+(?:(?:present|said)\s+)?(?:{noun})\b"
)
EFFECT_DATE = re.compile(rf"(?:effect|effective)\D{{0,30}}?(?P<date>{_DATE})", re.IGNORECASE)


def detect(text: str, address: str | None = None) -> float:
    """A status table: a participant legend with dates, or a UNTC header with its counts."""
    text = unboxed(text)
    score = 0.0
    if LEGEND_START.search(text):
        score += 0.5
    if COUNTS.search(text) or PARTIES_ONLY.search(text[:5000]):
        score += 0.3
    if STATUS_AS_AT.search(text) or re.search(r"\bCHAPTER\s+[IVXL]+\b", text):
        score += 0.2
    chapter = CHAPTER.search(text)
    if STATUS_AS_AT.search(text) and chapter and TITLE_LINE.search(text, chapter.end()):
        return max(score, 0.5)  # a status page's header, its table perhaps cut off
    if COUNTS.search(text, 0, 3000) and NOTIFICATION.search(text, 0, 3000):
        return max(score, 0.5)  # the page's header as reprinted: its counts and the depositary's notifications
    if _header_only(text):
        return max(score, 0.5)
    if score < 0.5 or len(ROW_DATE.findall(text[:20000])) < 3:
        return 0.0
    return min(score, 1.0)


def _header_only(text: str) -> bool:
    """A status page's header kept without its table: two of its entry into force, registration and counts
    ("Entry into force: 1 July 2002", "Registration : 1 July 2002, No. 38544", "Signatories : 139. Parties : 123"),
    or the depositary's chapter heading over a numbered title with its place and date of conclusion
    ("CHAPTER XXVI … 4Comprehensive Nuclear-Test-Ban TreatyNew York, 10 September 1996")."""
    head = tx.fold(text[:8000])
    if sum(bool(pattern.search(head)) for pattern in (ENTRY_INTO_FORCE, REGISTRATION, COUNTS)) >= 2:
        return True
    chapter = CHAPTER.search(text, 0, 3000)
    title = TITLE_LINE.search(text, chapter.end(), chapter.end() + 400) if chapter else None
    return bool(title and GLUED_CONCLUSION.search(title["rest"]))


def unboxed(text: str) -> str:
    """A table drawn with box characters as text reprints it ("¦Albania   ¦   ¦22 Jan 2002 a ¦"): its
    border lines dropped, its cell walls tabs, as the cells of an HTML table become."""
    if not BOX_WALL.search(text):
        return text
    text = BOX_BORDER.sub("", text)
    return BOX_WALL.sub("\t", text)


def plain(text: str) -> str:
    """The table as text: HTML cells become tabs and lines, footnote superscripts '^n', a table drawn
    with box characters unboxed."""
    text = unboxed(text)
    text = re.sub(
        r"<(sup|superscript)\b[^>]*>\s*(\d{1,3}(?:\s*,\s*\d{1,3})*)\s*</\1>",
        lambda m: " " + " ".join(f"^{n}" for n in re.findall(r"\d+", m[2])) + " ",
        text,
        flags=re.IGNORECASE,
    )
    text = re.sub(r"[⁰¹²³⁴⁵⁶⁷⁸⁹]+", lambda m: f" ^{m.group().translate(tx.SUPERSCRIPT_DIGITS)} ", text)
    if re.search(r"<t[dr]\b", text, re.IGNORECASE):
        text = re.sub(r"(?is)<(script|style)\b.*?</\1>", "", text)
        text = re.sub(r"(?i)</t[dh]>", "\t", text)
        text = re.sub(r"(?i)</tr>|<br\s*/?>|</p>|</div>|</h\d>|</li>", "\n", text)
    text = re.sub(r"<[^<>]{0,300}>", "", text)
    return html.unescape(text).replace("\r", "")


@dataclass
class _Row:
    name: str
    state: str | None
    marks: tuple[int, ...]
    dates: list[tuple[dt.date, str]] = field(default_factory=list)  # (date, marker or "")
    skips_signature: bool = False  # its first date stands after an empty cell: not in the signature column
    first_alone: bool = False  # its one date stands before an empty cell: in the first column


def parse(text: str, address: str | None = None) -> StatusTableRecord:
    source = plain(text)
    legend_at = LEGEND_START.search(source)
    header = source[: legend_at.start()] if legend_at else source
    legend, body_start, signature_column, signature_succession = _legend(source, legend_at)
    end = TABLE_END.search(source, body_start) if legend_at else None
    body = source[body_start : end.start() if end else len(source)]
    cells = _set_apart(source, legend_at, end.start() if end else len(source)) if legend_at else None
    body, provisional = (cells.body, cells.provisional) if isinstance(cells, _Cells) else (body, {})
    if MEANS_COLUMN.search(source, legend_at.start(), body_start) if legend_at else False:
        rows, last_name, unresolved = _means_rows(body, legend)
    else:
        rows, last_name, unresolved = _rows(body, legend, cut=end is None, signature_marker=signature_succession)
    facts = _header(header, source)
    notes = end
    if end and BOX_BOTTOM_LINE.match(end.group()):  # a reprint's table first, the UN's header below it
        notes = TABLE_END.search(source, end.end())
        below = _header(source[end.end() : notes.start() if notes else len(source)], source)
        facts |= {key: value for key, value in below.items() if key not in facts}
    one_seat = ONE_SEAT_ONLY.search(header)
    cells_tell = "\t" in body  # a table of cells: its dates stand in their columns
    undecided = _one_unmarked_date(rows, legend, one_seat) if one_seat and not cells_tell else []
    rows = [row for row in rows if row not in undecided]
    end_notes = END_NOTES.search(source, notes.start()) if notes else None
    withdrawals = _withdrawals(source[end_notes.end() :] if end_notes else "", facts.get("title"))
    participants = tuple(
        _participant(
            row,
            legend,
            (signature_column, signature_succession),
            withdrawals.get(row.state),
            provisional.get(row.state or ""),
        )
        for row in rows
        if row.state
    )
    treaty_key, known = _treaty_key(
        facts.get("mtdsg_no"), facts.get("title"), (facts.get("unts_volume"), facts.get("registration_number"))
    )
    participants = tuple(p for p in participants if p.signature or p.consent or p.provisional_application)
    declarations = (
        untc_declarations.declarations(source, notes.start(), participants, untc_declarations.span_mapper(text, source))
        if notes
        else ()
    )
    record = StatusTableRecord(
        treaty=treaty_key,
        known_treaty=known,
        legend=tuple(legend.items()),
        participants=participants,
        declarations=declarations,
        unresolved=tuple(unresolved),
        **facts,
    )
    if legend_at is None:
        return record.model_copy(update={"missing": ("participant table",)})
    unplaced = cells if isinstance(cells, str) else None
    if cells is None and _unmarked_provisional(source[legend_at.end() : body_start]):
        unplaced = "a column without a mark (provisional application) whose cells are run together"
    if unplaced:  # its dates cannot be told from the consent's
        return record.model_copy(
            update={"participants": (), "declarations": (), "missing": (f"participant table: {unplaced}",)}
        )
    checked = _checked(record, complete=end is not None, last_name=last_name)
    if isinstance(cells, _Cells) and cells.unread:
        heads = ", ".join(repr(head) for head in cells.unread)
        checked = checked.model_copy(update={"missing": (*checked.missing, f"the acts of the columns {heads}")})
    if not one_seat:
        return checked
    left_out = [f"acts lodged with the treaty's other depositaries (the list: {one_seat.group()!r})"]
    if undecided:
        names = ", ".join(row.name for row in undecided)
        left_out.append(f"the act of the rows with one unmarked date, a signature or a consent at this seat: {names}")
    return checked.model_copy(update={"missing": (*checked.missing, *left_out)})


def _unmarked_provisional_item(item: re.Match[str]) -> bool:
    """Whether a legend item is a provisional application without a mark."""
    return not item["marker"] and _act(item["words"]) == "provisional-application"


def _unmarked_provisional(legend_text: str) -> bool:
    """Whether the column heads name a provisional application without a mark."""
    return any(_unmarked_provisional_item(item) for item in LEGEND_ITEM.finditer(legend_text))


def _column(head: str) -> str:
    """What a column head of a table of cells is: "blank", "read" (its dates told apart by their marks: signature, consents),
    "provisional" (a provisional application without a mark, "Undertaking of provisional application in accordance
    with article 31"), or "unread" (a column no act of which is read: "Notification under article 25")."""
    items, position, head = [], 0, head.strip(" \t|¦│")  # a wall a copy kept: "Consent to be bound(P) |"
    if not head:
        return "blank"  # a wall of a table drawn with box characters
    while position < len(head) and (item := LEGEND_ITEM.match(head, position)) and item.end() > position:
        items.append(item)
        position = item.end()
    if position < len(head.rstrip(" .,;")) or not items:
        return "unread"
    if any(_unmarked_provisional_item(item) for item in items):
        return "provisional"
    return "read" if any(_act(item["words"]) for item in items) else "unread"


@dataclass
class _Cells:
    body: str  # the rows with the cells of the columns set apart taken out
    provisional: dict[str, dt.date]  # the dates of an unmarked provisional application column, by state
    unread: tuple[str, ...]  # the heads of the columns left unread


def _set_apart(source: str, legend_at: re.Match[str], end: int) -> _Cells | str | None:
    """A table of tab-separated cells with columns the marks cannot tell apart (an unmarked provisional application,
    a column of acts not read): its rows read by cell position, those columns' cells taken out. None where every
    column is read by its marks; a reason where a dated row's cells do not line up with the head's (no date is then
    placed by guess)."""
    line_end = source.find("\n", legend_at.start())
    line_end = len(source) if line_end < 0 else line_end
    heads = source[legend_at.start() : line_end].split("\t")
    kinds = ["name"] + [_column(head) for head in heads[1:]]
    apart = [index for index, kind in enumerate(kinds) if kind in ("provisional", "unread")]
    if len(heads) < 2 or not apart or ROW_DATE.search(source, legend_at.start(), line_end):
        return None  # no column to set apart, or no line of heads alone (a list run together with its rows)
    dates: dict[str, dt.date] = {}
    lines = []
    for line in source[line_end:end].split("\n"):
        cells = line.split("\t")
        if len(cells) != len(heads):
            if ROW_DATE.search(line):
                return f"a row's cells do not line up with the column heads ({tx.fold(line)[:60]!r})"
            lines.append(line)
            continue
        names = _names(cells[0].strip())
        state = names[0][1] if names else None
        for index in apart:
            found = ROW_DATE.search(cells[index]) if kinds[index] == "provisional" else None
            if found is None:
                continue
            day = _row_date(found)
            if not (day and state):
                return f"a provisional application's date whose row names no state ({tx.fold(line)[:60]!r})"
            dates[state] = day
        lines.append("\t".join(cell for index, cell in enumerate(cells) if index not in apart))
    unread = tuple(tx.fold(heads[index]) for index in apart if kinds[index] == "unread")
    return _Cells("\n".join(lines), dates, unread)


def _one_unmarked_date(rows: list[_Row], legend: dict[str, str], one_seat: re.Match[str]) -> list[_Row]:
    """Rows whose one date has no mark, in a list of the acts at one of a treaty's several depositaries: where no empty
    cell tells its column, a signature there or a ratification there of a treaty signed elsewhere; in the consent
    column of a list that names accessions ("signed, ratified or acceded at London") without marking them, a
    ratification of a treaty signed elsewhere or an accession."""
    accessions_unmarked = "acceded" in one_seat.group() and "accession" not in legend.values()
    undecided = []
    for row in rows:
        if row.state is None or len(row.dates) != 1 or row.dates[0][1] in legend.keys() - {""}:
            continue
        if row.skips_signature and not accessions_unmarked:
            continue  # its empty signature cell: a consent, of the kind the legend gives unmarked dates
        if row.first_alone and not row.skips_signature:
            continue  # an empty cell after it: a signature
        undecided.append(row)
    return undecided


def _legend(source: str, legend_at: re.Match[str] | None) -> tuple[dict[str, str], int, bool, str | None]:
    """Markers of the column legend ("Accession(a)" -> {"a": "accession"}), also where a print gives
    them just above the column heads; "" is the unmarked consent, present only when the legend names
    one ("Ratification" without a marker); also where the legend ends, whether the table has a
    signature column, and the marker of a succession to signature in it ("Signature, Succession to
    signature(d)"), which may be the same as the consent column's succession."""
    legend: dict[str, str] = {}
    signature_column = False
    signature_succession = None
    if legend_at is None:
        return legend, len(source), signature_column, signature_succession
    position = legend_at.end()
    before = source[max(0, legend_at.start() - 400) : legend_at.start()]
    for key in LEGEND_ITEM.finditer(before):  # a printed key above the columns: ". Accession(a), …"
        keyed = _act(key["words"])
        if key["marker"] and keyed and keyed != "signature":
            legend.setdefault(key["marker"], keyed)
    for key in LEGEND_EQUALS.finditer(before):  # "(no mark) = ratification; a = accession"
        keyed = _act(key["words"])
        if keyed and keyed != "signature":
            legend.setdefault(key["marker"] or "", keyed)
    while match := LEGEND_ITEM.match(source, position):
        words = " ".join(match["words"].lower().split())
        act = _act(words)
        position = match.end()
        if words == "succession to signature":
            signature_succession = match["marker"] or None
        if act == "signature":
            signature_column = True
        if act is None or act == "signature":
            continue  # "Succession to signature" is read as succession; signatures are unmarked
        marker = match["marker"] or ""
        if marker or act in CONSENT_TYPES:
            legend.setdefault(marker, act)
        repeated = REPEATED_HEADS.match(source, position)
        if repeated and not LEGEND_ITEM.match(source, position):  # a print's second column of the same heads
            position = repeated.end()
    return legend, position, signature_column, signature_succession


def _rows(
    body: str, legend: dict[str, str], cut: bool, signature_marker: str | None = None
) -> tuple[list[_Row], str | None, list[str]]:
    """Participants and their dates; the segments between dates hold a marker and/or a name (a consent's, or the
    signature column's own mark of a succession to signature). In a table of cells, a row's first date after an empty
    cell is not a signature; a text cut right after such a date may have lost its marker: the date is left out."""
    markers = sorted({m for m in (*legend, signature_marker) if m}, key=len, reverse=True)
    rows: list[_Row] = []
    unresolved: list[str] = []
    position = 0
    for match in ROW_DATE.finditer(body):
        marker, names = _segment(body[position : match.start()], markers)
        if marker and rows and rows[-1].dates:
            day, _ = rows[-1].dates[-1]
            rows[-1].dates[-1] = (day, marker)
        for written, state, marks in names:
            rows.append(_Row(written, state, marks))
            if state is None:
                unresolved.append(written)
        if names and _empty_cell_before(body[position : match.start()]):
            rows[-1].skips_signature = True
        dated = _row_date(match)
        if rows and dated:
            rows[-1].dates.append((dated, ""))
            rows[-1].first_alone = len(rows[-1].dates) == 1 and bool(EMPTY_CELL_AFTER.match(body, match.end()))
        position = match.end()
    if (
        cut
        and markers
        and not body[position:].strip()
        and rows
        and rows[-1].skips_signature
        and len(rows[-1].dates) == 1
    ):
        rows[-1].dates.pop()  # a consent with no signature is marked: its mark was cut off
    tail = PARTIAL_DATE.sub("", body[position:])
    marker, names = _segment(tail, markers)
    if marker and rows and rows[-1].dates:
        rows[-1].dates[-1] = (rows[-1].dates[-1][0], marker)
    last_name = names[-1][0] if names else (rows[-1].name if rows else None)
    return rows, last_name, unresolved


def _means_rows(body: str, legend: dict[str, str]) -> tuple[list[_Row], str | None, list[str]]:
    """Rows of a list whose consents each follow a word naming the act ("Australia 22 Feb 1984 ratified 22 Sep 1987
    22 Oct 1987"): a date after a name is the signature, a date after a means word the consent (marked with that word
    in ``legend``); any other date (the entry into force for the state, "effect from …") is no act."""
    rows: list[_Row] = []
    unresolved: list[str] = []
    position = 0
    for match in ROW_DATE.finditer(body):
        segment = MARKS.sub(" ", body[position : match.start()])
        position = match.end()
        means = MEANS_WORD.search(segment)
        named = _names(tx.fold(segment[: means.start()] if means else segment))
        if (
            re.search(r"[^\W\d_]", segment[: means.start()] if means else segment)
            and named
            and not EFFECT_FROM.search(segment)
        ):
            for written, state, marks in named:
                rows.append(_Row(written, state, marks))
                if state is None:
                    unresolved.append(written)
        day = _row_date(match)
        if not rows or day is None or EFFECT_FROM.search(segment):
            continue
        row = rows[-1]
        if means:
            word = " ".join(means["word"].lower().split())
            legend.setdefault(word, MEANS_ACTS[word])
            if not any(marker for _, marker in row.dates):
                row.dates.append((day, word))
        elif not row.dates:
            row.dates.append((day, ""))  # the signature's column: the only one whose dates stand unmarked
    tail = _names(tx.fold(MARKS.sub(" ", MEANS_WORD.split(PARTIAL_DATE.sub("", body[position:]))[0])))
    last_name = tail[-1][0] if tail else (rows[-1].name if rows else None)
    return rows, last_name, unresolved


def _empty_cell_before(segment: str) -> bool:
    """Whether a row's first date stands after an empty cell: two tabs, or a line indented past its name's line
    ("Gabon\n  21 Jan 1983 a"); not where every line is indented alike (a pretty-printed markup's cells)."""
    empty = EMPTY_CELL_BEFORE.search(segment)
    if empty is None or "\t" in empty.group():
        return empty is not None
    lines = [line for line in segment[: empty.start()].split("\n") if line.strip()]
    name_indent = len(lines[-1]) - len(lines[-1].lstrip(" ")) if lines else 0
    return len(empty.group()) - 1 > name_indent


def _row_date(match: re.Match[str]) -> dt.date | None:
    if match.group(7) is not None:  # "April 10, 1972"
        return _month_first(match.group(7), match.group(8), match.group(9))
    if match.group(4) is None:
        return tx.date_of(match)
    try:
        return dt.date(int(match.group(6)), int(match.group(5)), int(match.group(4)))
    except ValueError:
        return None


def _month_first(month: str, day: str, year: str) -> dt.date | None:
    try:
        return dt.date(int(year), tx.MONTHS[month.lower()], int(day))
    except (ValueError, KeyError):
        return None


def _segment(segment: str, markers: list[str]) -> tuple[str, list[tuple[str, str | None, tuple[int, ...]]]]:
    """Split the text between two dates into the marker of the date before and the names after."""
    stripped = segment.strip()
    if not stripped:
        return "", []
    for marker in ["", *markers]:
        if not stripped.startswith(marker):
            continue
        rest = stripped[len(marker) :]
        if marker and rest[:1].islower():
            continue
        names = _names(rest.strip())
        if not rest.strip() or (names and all(state for _, state, _ in names)):
            return marker, names
    for marker in markers:  # nothing resolves: still take a marker on its own or before a cut name
        after = stripped[len(marker) :][:1]
        if stripped.startswith(marker) and (not after.isalpha() or after.isupper()):
            return marker, _names(stripped[len(marker) :].strip())
    return "", _names(stripped)


def _names(text: str) -> list[tuple[str, str | None, tuple[int, ...]]]:
    """The participants a name segment holds: usually one; several when rows had no dates."""
    if not text:
        return []
    text = LEADING_MARKS.sub("", text)  # a row's note marks run into the date before it: "26 March, 19751,6"
    marks_match = FOOTNOTE_MARKS.search(text)
    marks: tuple[int, ...] = ()
    if marks_match and marks_match.start() > 0:
        marks = tuple(int(n) for n in re.findall(r"\d+", marks_match.group()))
        text = text[: marks_match.start()]
    name = tx.fold(text.replace("^", " "))
    ref = gazetteer.find_state(name)
    if ref is not None:
        return [(name, ref.alpha3, marks)]
    found = gazetteer.find_states_in(name)
    leftover = name
    for match in reversed(found):
        leftover = leftover[: match.start] + leftover[match.end :]
    if found and not re.search(r"[^\W\d_]", leftover):
        return [(m.text, m.ref.alpha3, marks if i == len(found) - 1 else ()) for i, m in enumerate(found)]
    return [(name, None, marks)]


def _participant(
    row: _Row,
    legend: dict[str, str],
    signature: tuple[bool, str | None],
    withdrawn: dt.date | None,
    provisional: dt.date | None = None,
) -> Participant:
    """A row's dates by column: markers say which. Unmarked dates fill the unmarked columns in
    order: the signature (when the table has that column), then the unmarked consent (when the
    legend names one); an unmarked date no column takes is left out, never guessed. A first date marked
    as a succession to signature is in the signature column where another date follows it, where an empty
    cell does or where the consent column has no such mark; where it could be either column's, it is left out.
    ``provisional`` is the date of an unmarked provisional application column, read by its cell."""
    signature_column, signature_succession = signature
    acts: dict[str, dt.date] = {}
    consent_type = None
    dates = list(row.dates)
    if signature_column and not row.skips_signature and dates and signature_succession == dates[0][1]:
        first, dates = dates[0][0], dates[1:]
        if row.dates[1:] or row.first_alone or signature_succession not in legend:
            acts["signature"] = first
            signature_column = False  # taken: unmarked dates left are consents
    unmarked = [day for day, marker in dates if not marker or marker not in legend]
    for day, marker in dates:
        act = legend.get(marker) if marker else None
        if act in CONSENT_TYPES:
            acts["consent"], consent_type = day, act
        elif act:
            acts[act] = day
    columns = (["signature"] if signature_column and not row.skips_signature else []) + (
        ["consent"] if "" in legend else []
    )
    for column, day in zip(columns, unmarked):
        if column == "signature":
            acts["signature"] = day
        elif "consent" not in acts:
            acts["consent"], consent_type = day, legend[""]
    return Participant(
        state=row.state,
        name=row.name,
        footnotes=row.marks,
        signature=acts.get("signature"),
        provisional_application=provisional if provisional is not None else acts.get("provisional-application"),
        consent=acts.get("consent"),
        consent_type=consent_type,
        withdrawal=acts.get("withdrawal") or withdrawn,
    )


def _header(header: str, source: str) -> dict:
    """Title, conclusion, entry into force, registration, counts and date of the table."""
    facts: dict = {}
    folded = tx.fold(header)
    status = STATUS_AS_AT.search(source)
    if status:
        day, month, year = map(int, status.groups())
        facts["status_as_at"] = dt.date(year, month, day)
    elif status_list := STATUS_LIST_AS_OF.search(header):  # another depositary's "Status List as of 1 September 1995"
        facts["status_as_at"] = tx.parse_date(status_list["date"])
    chapter = CHAPTER.search(header)
    link = MTDSG_IN_LINK.search(source)
    title_line = TITLE_LINE.search(header, chapter.end()) if chapter else None  # "6. Convention on …"
    if title_line is None and chapter is None:  # the XML cut before its CHAPTER heading: "1Convention …New York, 10 …"
        opening = TITLE_LINE.match(header)
        title_line = opening if opening and GLUED_CONCLUSION.search(opening["rest"]) else None
    if title_line:
        rest = title_line["rest"]
        glued = GLUED_CONCLUSION.search(rest)
        if glued:
            facts["title"] = rest[: glued.start()].strip()
            facts["concluded_place"], facts["concluded"] = glued["place"], tx.parse_date(glued["date"])
            following = tx.GLUED_DATE.match(rest, glued.end())
            if following:
                facts["entry_into_force"] = tx.date_of(following)
        else:
            facts["title"] = rest
            conclusion = CONCLUSION_LINE.search(header, title_line.end())
            if conclusion:
                facts["concluded_place"] = conclusion["place"].strip()
                facts["concluded"] = tx.parse_date(conclusion["date"])
    if "title" not in facts:  # "b Protocol on … as amended on 3 May 1996": its item number lost, its name known
        facts.update(_named_title(header))
    if "title" not in facts and (done := DONE_AT.search(header)):  # another depositary's list
        facts["title"] = tx.fold(done["title"])
        facts["concluded_place"], facts["concluded"] = tx.fold(done["place"]), tx.dateline(done["date"])[0]
    if "title" not in facts and (capitals := CAPITAL_TITLE.search(header)):  # "AGREEMENT\nGOVERNING …\nNew York, 5 …"
        facts["title"] = " ".join(capitals["title"].split())
        facts["concluded_place"], facts["concluded"] = capitals["place"].strip(), tx.parse_date(capitals["date"])
    if "title" not in facts and (line := TREATY_LINE.search(header)):  # another depositary's list: the title alone
        facts["title"] = tx.fold(line["title"])
    notified = NOTIFICATION.search(header)
    if link:
        facts["mtdsg_no"] = link["no"].upper()
    elif chapter and title_line:
        sub = f"-{title_line['sub']}" if title_line["sub"] else ""
        facts["mtdsg_no"] = f"{chapter['chapter']}-{title_line['number']}{sub}"
    elif notified:  # "CN.475.2017.TREATIES-XXVI-9 of 9 August 2017 (Opening for signature)"
        facts["mtdsg_no"] = notified["no"].upper()
    if entry := ENTRY_INTO_FORCE.search(folded):
        facts["entry_into_force"] = tx.dateline(entry["date"])[0]
    if registration := REGISTRATION.search(folded):
        facts["registered"] = tx.parse_date(registration["date"])
        facts["registration_number"] = int(registration["number"])
    if counts := COUNTS.search(folded):
        facts["stated_signatories"] = int(counts["signatories"])
        facts["stated_parties"] = int(counts["parties"])
    else:  # a treaty not in force has signatories only; one whose signature is closed, parties only
        if parties := PARTIES_ONLY.search(folded):
            facts["stated_parties"] = int(parties["parties"])
        if signatories := SIGNATORIES_ONLY.search(folded):
            facts["stated_signatories"] = int(signatories["signatories"])
    if unts := UNTS.search(folded):
        facts["unts_volume"] = int(unts["volume"])
    return {key: value for key, value in facts.items() if value is not None}


def _named_title(header: str) -> dict:
    """The title of a header whose line opens with a treaty's known name after at most an item mark ("b",
    "(b)", "2."), where no numbered title line stands."""
    for line in TITLE_MARK.finditer(header):
        named = gazetteer.find_treaties_in(header[line.end() : line.end() + 400])
        if named and named[0].start == 0:
            return {"title": tx.fold(named[0].text)}
    return {}


# The numbered notes under a table (not the states' own declarations above them, which may speak of withdrawing)
END_NOTES = re.compile(r"^[ \t]*(?:End\s*)?Notes?[ \t]*:?[ \t]*$", re.MULTILINE | re.IGNORECASE)
# A withdrawal that is only possible: "reserves the right to withdraw", "any State Party may denounce"
POSSIBLE = re.compile(r"\b(?:right\s+to|may|might|can|could|would|shall|should|intends?\s+to)\s+$", re.IGNORECASE)
# A withdrawal undone in the same note: "notified … of its decision to suspend the withdrawal", "withdrew its notification
# of denunciation"
UNDONE = re.compile(
    r"\b(?:suspend|rescind|revok|retract|revers|cancel)\w*\s+(?:\w+\s+){0,3}?(?:withdrawal|denunciation)"
    r"|\bwithdr[ae]w\w*\s+(?:its|the)\s+(?:notification\s+of\s+)?(?:withdrawal|denunciation)",
    re.IGNORECASE,
)


def _withdrawals(notes: str, title: str | None) -> dict[str, dt.date]:
    """Withdrawals from this treaty the notes under a table report (the treaty named by its title's noun, "the
    Convention"): the one state the note names and the date it took effect."""
    noun = re.search(TREATY_NOUNS, title or "")
    left = re.compile(WITHDRAWAL_NOTE.format(noun=noun.group() if noun else TREATY_NOUNS), re.IGNORECASE)
    found: dict[str, dt.date] = {}
    for paragraph in re.split(r"\n\s*\n|\n(?=\s*\^?\d{1,3}\s*[.)]?\s+[A-Z])", notes):
        if UNDONE.search(paragraph) or all(
            POSSIBLE.search(paragraph, 0, cue.start()) for cue in left.finditer(paragraph)
        ):
            continue
        states = gazetteer.find_states_in(paragraph)
        if len({match.ref.alpha3 for match in states}) != 1:
            continue  # "… received from the Government of X a communication on Y's withdrawal": whose, unclear
        dates = [tx.date_of(m) for m in tx.GLUED_DATE.finditer(paragraph)]
        effect = EFFECT_DATE.search(paragraph)
        day = tx.parse_date(effect["date"]) if effect else (dates[-1] if dates else None)
        if states and day:
            found[states[0].ref.alpha3] = day
    return found


def _treaty_key(mtdsg_no: str | None, title: str | None, unts: tuple[int | None, int | None]) -> tuple[str, bool]:
    """The reference key of the table's treaty (by depositary number, title, or its Treaty Series
    volume and registration number), else a key made from its depositary number, title or registration."""
    for ref in gazetteer.treaties():
        if mtdsg_no and ref.mtdsg_no == mtdsg_no:
            return ref.key, True
    found = gazetteer.find_treaty(title) if title else None
    volume, number = unts
    if found is None and volume and number:
        found = gazetteer.find_treaty_by_unts(volume, number)
    if found is not None:
        return found.key, True
    if mtdsg_no:
        return mtdsg_no.lower(), False
    if title:
        return iris.slug(title), False
    if number:  # a reprint cut above its title: the treaty is the one registered under this number
        return f"unts-{number}", False
    raise ValueError("the table names no treaty (no title, depositary number or registration number)")


def _checked(record: StatusTableRecord, complete: bool, last_name: str | None) -> StatusTableRecord:
    """The record with what is missing and which stated counts differ from the rows."""
    missing, mismatches = [], []
    short = (record.stated_parties or 0) > record.parties or (record.stated_signatories or 0) > record.signatories
    if not complete and short:
        missing.append(f"participant rows after {last_name}" if last_name else "participant rows")
    for what, stated, parsed in (
        ("Parties", record.stated_parties, record.parties),
        ("Signatories", record.stated_signatories, record.signatories),
    ):
        if stated is not None and stated != parsed:
            mismatches.append(f"{record.treaty}: the table states {what} : {stated}, its rows give {parsed}")
    if not record.known_treaty and record.title is None:
        missing.append("title")
    return record.model_copy(update={"missing": tuple(missing), "mismatches": tuple(mismatches)})
