"""United Nations General Assembly resolutions, in plain-text, Markdown or HTML-ish renderings."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from typing import NamedTuple

from treatykg import gazetteer, un_symbols
from treatykg.loaders import text as tx
from treatykg.records import (
    EntityMention,
    Footnote,
    InstrumentMention,
    MeetingMention,
    MembershipCount,
    Paragraph,
    RecalledResolution,
    ResolutionRecord,
    Span,
    TreatyCitation,
)

KIND = "un_resolution"
VERSION = "20"
LABEL = "General Assembly resolution"

_HAN = r"[\u4e00-\u9fff]"  # a Chinese character
# Every pattern of the head reads the English text and the French one ("Résolution adoptée par
# l'Assemblée générale le 11 décembre 2013", "Point 48 de l'ordre du jour", "L'Assemblée générale,").
ADOPTED = re.compile(
    r"(?:Resolution\s+adopted\s+by\s+the\s+General\s+Assembly\s+on|"
    r"Résolution\s+adoptée\s+par\s+l[’']Assemblée\s+générale\s+le|"
    r"Resolución\s+aprobada\s+por\s+la\s+Asamblea\s+General\s+el)\s+"  # Spanish
    rf"(\d{{1,2}}(?:er)?\s+(?:de\s+)?(?:{tx.MONTH_NAMES})\s+(?:de\s+)?\d{{4}})",
    re.IGNORECASE,
)
SESSION = re.compile(
    rf"^\s*(?:(?P<special>Emergency\s+special|Special)\s+)?(?P<word>{tx.ORDINAL_WORD})\s+(?:emergency\s+special\s+|special\s+)?session\b",
    re.IGNORECASE | re.MULTILINE,
)
AGENDA = re.compile(
    r"Agenda\s+items?\s+(?P<item>\d+(?:\s*\([a-zA-Z]{1,4}\))?(?:\s*(?:and|,)\s*\d+(?:\s*\([a-zA-Z]{1,4}\))?)*)"
    r"|议程项目\s*(?P<xiang>\d+(?:\s*\([a-z]{1,4}\))?)"  # Chinese: "议程项目72"
    r"|(?:Points?|Temas?|Пункты?)\s+(?P<point>\d+(?:\s*\(?[a-z]{1,4}\))?(?:\s*(?:et|y|и|,)\s*\d+(?:\s*\(?[a-z]{1,4}\))?)*)"
    r"\s+(?:de\s+l[’']ordre\s+du\s+jour|del\s+programa|повестки\s+дня)"  # French, Spanish: "Tema 71 del programa",
    # Russian: "Пункт 70 повестки дня"
)
REPORT = re.compile(
    r"\[\s*(?:on\s+the\s+reports?\s+of\s+the\s+(?P<committee>[\w\s]+?Committee)"
    r"|(?-i:[Пп]о\s+докладу\s+(?P<komitet>[А-ЯЁ][а-яё]+\s+комитета))"  # Russian: "[по докладу Первого комитета (…)]"
    r"|sur\s+(?:la\s+base\s+du|le)\s+rapport\s+de\s+la\s+"  # French: "[sur le rapport de la Première Commission (…)]"
    r"(?P<commission>[\w\s’'-]+?(?:\([\w\s-]+?Commission\)|Commission))"
    r"|sobre\s+la\s+base\s+del\s+informe\s+de\s+la\s+(?P<comision>[\w\s]+?Comisi[oó]n))\s*"  # Spanish
    r"\((?P<report>A/[\w./-]+?)(?:\s*(?:,|and)\s*(?:Corr\.\d+|Add\.\d+))*"
    r"(?:,\s*(?:paras?|par|párr)\.\s*(?P<para>\d+))?\)\s*\]",  # French: "(A/76/450, par. 7)", Spanish "párr. 15"
    re.IGNORECASE,
)
# In Chinese: "[根据第一委员会的报告(A/50/592)通过]"
CHINESE_REPORT = re.compile(
    r"[\[［]\s*根据(?P<weiyuanhui>第[一二三四五六]委员会)的报告\s*[(（]\s*(?P<report>A/[\w./-]+?)\s*"
    r"(?:(?:和|及)\s*(?:Corr\.\d+|Add\.\d+))*[)）]\s*通过\s*[\]］]"
)
# A copy may give the report in round brackets, the closing one lost: "(По докладу Первого комитета (A/60/463)".
ROUND_REPORT = re.compile(REPORT.pattern.replace(r"\[", r"\(", 1).replace(r"\)\s*\]", r"\)(?:\s*\))?"), re.IGNORECASE)
WITHOUT_COMMITTEE = re.compile(
    r"\[\s*without\s+reference\s+to\s+a\s+Main\s+Committee\s*\((?P<draft>A/[\w./-]+?)"
    r"(?:\s+and\s+(?:Add|Corr)\.\d+)*\)\s*\]",
    re.IGNORECASE,
)
TITLE = re.compile(
    r"^\s*(?P<number>(?:(?:ES|S)-\d+/)?\d{1,3}/\d{1,3}(?:\s?[A-Z])?)\.\s+(?P<title>\S.*?)\s*$",
    re.MULTILINE,
)
# "Resolution 60/44" on a line of its own, the title on the lines below (a yearbook's or library's reprint; "United
# Nations General Assembly Resolution 55/33 C" in a paper's appendix).
RESOLUTION_LINE = re.compile(
    r"^[ \t]*(?:United\s+Nations\s+)?(?:General\s+Assembly\s+)?Resolution\s+(?P<number>(?:(?:ES|S)-\d+/)?\d{1,3}/\d{1,3}(?:\s?[A-Z])?)[ \t]*\n\s*(?P<title>[A-Z][^\n]*)",
    re.MULTILINE,
)
# "Resolution 60/81, adopted by the General Assembly …, "Title"": the symbol, then the title in quotation marks (a
# reprint's heading; in Russian "Резолюция 60/81, принятая Генеральной Ассамблеей Организации Объединенных Наций, «…»")
QUOTED_TITLE_HEADING = re.compile(
    r"^[ \t]*(?:Resolution|Résolution|Resolución|Резолюция)\s+(?P<number>(?:(?:ES|S)-\d+/)?\d{1,3}/\d{1,3}(?:\s?[A-Z])?)"
    r",?\s+(?:adopted\s+by\s+the\s+General\s+Assembly|adoptée\s+par\s+l[’']Assemblée\s+générale"
    r"|aprobada\s+por\s+la\s+Asamblea\s+General|принятая\s+Генеральной\s+Ассамблеей)[^\n\"«“]{0,80}?,?\s*"
    r"[\"«“](?P<title>[^\"»”\n]{3,300})[\"»”]",
    re.MULTILINE,
)
# "71/258. Title" inside a header whose lines ran together ("… Agenda item 75 51/49. Title The General Assembly,")
INLINE_TITLE = re.compile(
    rf"(?<![\w/.])(?P<number>(?:(?:ES|S)-\d+/)?\d{{1,3}}/\d{{1,3}}(?:\s?[A-Z](?![\w/]))?)\.\s+(?P<title>(?:[A-Z]\S|{_HAN}).*)",
    re.DOTALL,
)
# A lettered resolution's symbol ("A/RES/49/75A"): part A of the resolution A/RES/49/75.
LETTERED_SYMBOL = re.compile(r"(?P<whole>A/RES/(?:(?:ES|S)-\d+/)?\d{1,3}/\d{1,3})[A-Z]$")
# A part's letter alone on a line, its title on the next: "A\nReport of the Disarmament Commission".
PART_LINES = r"[ \t]*(?P<letter>[A-Z])[ \t]*\n\s*(?P<title>[A-Z][a-z][^\n]{2,300}?)[ \t]*"
LONE_PART = re.compile(rf"^{PART_LINES}$", re.MULTILINE)  # in the header
CITED_PART = re.compile(rf"[^\n]*\n\s*{PART_LINES}\n")  # after a library's citation line
LONE_LETTER = re.compile(r"[ \t]*\n\s*(?P<letter>[A-Z])\s*\n")  # the part's letter on its own line: "54/54. …\n\nB\n"
# A part's letter in a heading whose lines ran together: a lone capital between the sentence-case title
# of the whole resolution and the part's capitalised title ("52/38. General and complete disarmament A
# Convention on the Prohibition …").
RUN_ON_LETTER = re.compile(  # in Chinese the letter has its stop: "…执行情况 A. 裁军谈判会议的报告"
    r"(?<=[a-z])\s+(?P<letter>[A-Z])\s+(?=[A-Z][a-z]|(?-i:[A-ZÁÉÍÓÚÑÀÈÇ]{2,})\b)"
    rf"|(?<={_HAN})\s+(?P<letter_zh>[A-Z])\.?\s+(?={_HAN})"
)
# The whole resolution's title on the line above a part's lone letter: "General and complete disarmament\n A\n …"
# (words only: no date, meeting or symbol line).
WHOLE_TITLE_LINE = re.compile(r"[A-Z][a-z][^\n\d/]{2,200}")
# A part that opens on a page of a lettered resolution: the running head, the page number, the part's letter
# alone, its title in capitals, then "The General Assembly," ("A/RES/53/77\nPage 34\nW\nFOLLOW-UP TO …").
# The page may first close the part before: its last paragraphs, its plenary meeting line and date ("… 79th plenary
# meeting\n4 December 1998\nE\nSMALL ARMS\nThe General Assembly,"); that meeting is the part before's, not this one's.
RUNNING_PART = re.compile(
    r"\A\s*A/RES/(?P<number>\d{1,3}/\d{1,3})[ \t]*\n(?:[ \t]*Page[ \t]+\d{1,3}[ \t]*\n)?"
    r"(?P<closed>(?:[^\n]*\n){0,80}?[ \t]*\d{1,3}(?:st|nd|rd|th)[ \t]+plenary[ \t]+meeting[ \t]*\n"
    rf"[ \t]*\d{{1,2}}[ \t]+(?:{tx.MONTH_NAMES})[ \t]+\d{{4}}[ \t]*\n)?"
    r"[ \t]*(?P<letter>[A-Z])[ \t]*\n"
    r"(?P<title>(?:[ \t]*[A-Z][A-Z0-9 ,.;:'’()\-–]+\n){1,4})\s*The\s+General\s+Assembly\s*,"
)
# The UN's web page of a resolution (English or French): "52/42 Title", then "Date: 9 December 1997", "Meeting: 67"
# ("Séance plénière: 67ème"), "Report: A/52/604" ("Rapport: …")
# A copy may keep the page's table cells apart with pipes: "52/173 | Assistance au déminage | |".
PAGE_HEAD = re.compile(
    r"\A\s*(?P<number>\d{2,3}/\d{1,3})(?:[ \t]+(?P<parts>[A-Z](?:[ \t]*[-–][ \t]*[A-Z])?))?[ \t]+(?:\|[ \t]*)?"
    r"(?P<title>[A-Z][^\n|]{3,400}?)[ \t|]*\n"
    rf"\s*Date[ \t]*:[ \t]*(?P<date>\d{{1,2}}(?:er)?[ \t]+{tx.MONTH_NAMES}[ \t]+\d{{4}})"
)
PAGE_MEETING = re.compile(
    r"^[ \t]*(?:Meeting|Séance[ \t]+plénière)[ \t]*:[ \t]*(?P<number>\d{1,3})", re.MULTILINE | re.IGNORECASE
)
PAGE_REPORT = re.compile(r"^[ \t]*(?:Report|Rapport)[ \t]*:[ \t]*(?P<report>A/[\w./-]+)", re.MULTILINE | re.IGNORECASE)
DRAFT_SYMBOL = re.compile(r"A/(?:ES-\d{1,2}/|S-\d{1,2}/)?\d{1,3}/L\.\d{1,3}(?:/Rev\.\d)?")
LETTERED_TITLE = re.compile(
    r"^\s*(?P<letter>[A-Z])\.\s+(?P<title>[A-Z][a-z].*?)\s*$", re.MULTILINE
)  # "S. An international …"
HEADER_SYMBOL = re.compile(
    r"(?<![\w/])(?:A/)?RES/(?P<number>(?:(?:ES|S)-\d+/)?\d{1,3}/\d{1,3}(?:[ \t]?[A-Z](?![\w/:–-]))?)"
)
# A library's citation line opening the page: "Assistance in mine clearance, G.A. res. 49/215, 49 U.N. GAOR …"
CITATION_LINE = re.compile(
    r"\A\s*(?P<title>[A-Z][^\n]{2,300}?),\s+G\.\s?A\.\s+res\.\s+"
    r"(?P<number>(?:(?:ES|S)-\d+/)?\d{1,3}/\d{1,3}(?:\s?[A-Z](?![\w/]))?)\s*,"
)
HEAD_REACH = 2000  # how far into a text its "Resolution 60/44" heading may stand
RUN_ON_LENGTH = 300  # a block this long without a line break may hold more than one paragraph
ADOPTED_HEADING = re.compile(
    r"Resolutions?\s+adopted\s+by\s+the\s+General\s+Assembly"
    r"|Резолюци[яи](?:\s+\d{1,3}/\d{1,3})?,?\s+принят[аы][яе]\s+Генеральной\s+Ассамблеей"  # Russian
    r"|大会(?:通过的)?决议(?=\s*[\[［])",  # Chinese, above "[根据第一委员会的报告(…)通过]"
    re.IGNORECASE,
)
# The first words of a preambular paragraph ("Noting with appreciation", "Bearing in mind"): a page
# of a resolution without its heading still shows them, at a line's start or after the last comma.
PREAMBLE_WORDS = (
    r"(?:Noting|Recalling|Reaffirming|Reiterating|Recognizing|Recognising|Welcoming|Bearing\s+in\s+mind"
    r"|(?:Deeply\s+|Gravely\s+)?[Cc]oncerned|Convinced|Stressing|Emphasizing|Emphasising|Expressing"
    r"|Acknowledging|Taking\s+note|Mindful|Aware|Underlining|Affirming|Determined|Alarmed|Considering"
    r"|Rappelant|Réaffirmant|Notant|Constatant|Considérant|Soulignant|Prenant\s+(?:note|acte)|Se\s+félicitant"
    r"|Consciente?|Convaincue?|(?:Profondément\s+|Vivement\s+)?[Pp]réoccupée?|Sachant|Reconnaissant|Accueillant"
    r"|Ayant\s+à\s+l[’']esprit|Exprimant|Affirmant|Déterminée?|Alarmée?|Insistant|Saluant|Réitérant"
    # Spanish
    r"|Recordando|Reafirmando|Reiterando|Reconociendo|Observando|Tomando\s+nota|Acogiendo|Teniendo\s+presente"
    r"|(?:Profundamente\s+|Gravemente\s+)?[Pp]reocupada|Convencida|Destacando|Subrayando|Poniendo\s+de\s+relieve"
    r"|Expresando|Afirmando|Decidida|Alarmada|Considerando|Creyendo|Haciendo\s+notar)\b"
)
# The verbs a paragraph of a Chinese text opens with ("1. 重申…", "又请…"), longest first, after "also", "further", "again"
_CHINESE_VERBS = [
    "满意地注意到",
    "表示深切关切",
    "表示关切",
    "表示赞赏",
    "表示支持",
    "表示感谢",
    "注意到",
    "认识到",
    "意识到",
    "考虑到",
    "铭记",
    "深信",
    "审议了",
    "审议",
    "回顾",
    "重申",
    "欢迎",
    "促请",
    "吁请",
    "敦促",
    "呼吁",
    "邀请",
    "鼓励",
    "承认",
    "确认",
    "赞赏",
    "赞扬",
    "感谢",
    "强调",
    "申明",
    "宣布",
    "宣告",
    "决定",
    "建议",
    "要求",
    "请求",
    "请",
    "核可",
    "授权",
    "谴责",
    "支持",
    "同意",
    "指出",
    "表示",
    "关切",
    "震惊",
    "遗憾",
    "希望",
    "相信",
    "认为",
    "坚信",
    "深为关切",
]
CHINESE_ACTION = re.compile(
    r"(?:又|还|再次|并|进一步)?(?:" + "|".join(sorted(_CHINESE_VERBS, key=len, reverse=True)) + ")"
)
RUN_ON_CUT = re.compile(
    rf",\s+(?={PREAMBLE_WORDS})|[.;。；]\s*(?=\d{{1,2}}\.\s+(?:[A-Z]|{_HAN}))|[,，]\s*(?=1\.\s+(?:[A-Z]|{_HAN}))"
)  # "…, 1. Prie …", and in Chinese "…的谈判, 1. 重申…"
# A line that opens a paragraph in a block without blank lines or indents: a preambular paragraph's first words
# ("Having considered …", "Also noting …") or an operative paragraph's number ("2. Commends …", "1." alone).
LINE_OPENS_PARAGRAPH = re.compile(rf"[ \t]*(?:(?:Having\s+\w+|Also\s+\w+ing|{PREAMBLE_WORDS})|\d{{1,3}}\.(?:[ \t]|$))")
PREAMBLE_OPENER = re.compile(rf"(?:^|,\s+){PREAMBLE_WORDS}", re.MULTILINE)
# A page's running head: the symbol first, on a line of its own or followed by the resolution's title.
RUNNING_HEAD = re.compile(r"\A\s*A/RES/(?P<number>(?:(?:ES|S)-\d+/)?\d{1,3}/\d{1,3}(?:\s?[A-Z](?![\w/]))?)(?=\s)")
# An even page's running head, the title before the symbol: "General and complete disarmament: … A/RES/76/233 Noting …".
TITLED_RUNNING_HEAD = re.compile(
    r"\A\s*(?P<title>[A-Z][^\n]{2,200}?)\s+A/RES/(?P<number>(?:(?:ES|S)-\d+/)?\d{1,3}/\d{1,3}(?:\s?[A-Z](?![\w/]))?)(?=\s)"
)
# A disarmament database's record of a resolution, above its text: "Item 71 (f)", "Draft Resolution/Draft
# Decision: A/C.1/53/L. 7/Rev.2", "GA Resolution/Decision: 53/77 B".
DATABASE_SYMBOL = re.compile(
    r"(?<![A-Za-z])GA\s+Resolution/Decision:\s*(?P<number>\d{1,3}/\d{1,3}(?:\s?[A-Z](?![\w/]))?)"
)
# A resolution of the first 30 sessions, whose symbol gives its session in Roman numerals, headed by it at a line's
# start: "1378 (XIV). General and complete disarmament", "Resolution 1653 (XVI) of the United Nations General Assembly
# adopted on 24 November 1961" (as collections of treaties reprint it).
ROMAN_HEADING = re.compile(  # also as a markdown heading: "## Resolution 192 (III) extract, PARIS, 19 November 1948"
    r"^[ \t]*(?:#{1,6}[ \t]+)?(?:(?P<word>Resolution)\s+)?(?P<number>\d{1,4})\s?\((?P<session>[IVXL]{1,7})\)"
    r"(?:\.\s+(?P<title>[A-ZА-ЯЁ][^\n]{2,200}?)[ \t]*$|(?(word)(?=[ \t]|$)|(?!)))",
    re.MULTILINE,
)
# its date on the heading's line: "… adopted on 24 November 1961", "… extract, PARIS, 19 November 1948"
# A title in capitals on the line under such a heading, before the opening ("PROHIBITION OF THE ATOMIC WEAPON … The
# General Assembly,")
CAPITAL_TITLE_BELOW = re.compile(
    r"[^\n]*\n[ \t]*\n?[ \t]*(?!THE\s+GENERAL\s+ASSEMBLY\b)(?P<title>[A-Z][A-Z0-9 ,;:'’()/-]{5,300}?)[ \t]*(?:\n|(?=The\s+General\s+Assembly\b))"
)
ROMAN_ADOPTED = re.compile(rf"(?:\badopted\s+on\s+|,\s*)(\d{{1,2}}\s+(?:{tx.MONTH_NAMES})\s+\d{{4}})\b")
# The UN's own file name for a resolution of the 1970s to 1990s, as archives label their copies: "Resolution A36r088"
# is A/RES/36/88.
# is A/RES/36/88. Its three digits may run into the date after it: "Resolution A36r0969 December 1981" is A36r096, then
# "9 December 1981".
FILE_SYMBOL = re.compile(
    rf"\bResolution\s+A(?P<session>\d{{2}})[rR](?P<number>\d{{3}})"
    rf"(?:(?=\s{{0,6}}(?P<date>\d{{1,2}}\s+(?:{tx.MONTH_NAMES})\s+\d{{4}})\b)|\b)"  # its date run into it or below it
)
# A title line ending in a part's letter, the opening under it: "Chemical and bacteriological (biological) weapons A"
TITLE_LETTER = re.compile(r"\s+(?P<letter>[A-Z])$")
# A chapter of the Official Records' volume of resolutions (sessions I-XXX), then a resolution's number and title:
# "XXIX. RESOLUTIONS ADOPTED ON THE REPORTS OF THE FIRST COMMITTEE" / "3265. Declaration and establishment of …"
RECORDS_CHAPTER = re.compile(
    r"^[ \t]*(?P<session>[IVXL]{1,7})\.\s+RESOLUTIONS\s+ADOPTED\s+(?:ON\s+THE\s+REPORTS?\s+OF\s+THE\s+[A-Z ]{3,40}?"
    r"COMMITTEE|WITHOUT\s+REFERENCE\s+TO\s+A\s+MAIN\s+COMMITTEE)[^\n]*\n\s*"
    r"(?P<number>\d{3,4})\.\s+(?P<title>[A-Z][^\n]{2,200}?)[ \t]*$",
    re.MULTILINE,
)
DATABASE_DRAFT = re.compile(
    r"\bDraft\s+Resolution/Draft\s+Decision:\s*(?P<draft>A/C\.\d/\d{1,3}/L\.\s?\d{1,3}(?:/Rev\.\d)?)"
)
DATABASE_ITEM = re.compile(r"\A\s*Item\s+(?P<item>\d{1,3}(?:\s*\([a-z]{1,4}\))?)[ \t]*$", re.MULTILINE)
_ASSEMBLY = r"(?:The\s+General\s+Assembly|L[’']Assemblée\s+générale|La\s+Asamblea\s+General)"  # and in French, Spanish
# In Russian the opening differs from the header's "Генеральная Ассамблея" line only by its comma, which it must keep;
# so does the Chinese "大会，" from the "大会决议" of the header
_CHINESE_OPENING = rf"(?<!{_HAN})大会\s*[,，]"
_COMMA_OPENING = rf"Генеральная\s+Ассамблея\s*,|{_CHINESE_OPENING}"
OPENING = re.compile(rf"^\s*(?:{_ASSEMBLY}\s*,?|{_COMMA_OPENING})\s*$", re.MULTILINE)  # a copy may have lost its comma


def _spaced(words: str) -> str:
    """A regex of words whose letters a damaged text layer may have split with a space ("Ge neral As sembly")."""
    return r"\s+".join(r"\s?".join(re.escape(letter) for letter in word) for word in words.split())


# The opening on a line of its own, its comma lost: "The General Assembly" under the title
ASSEMBLY_LINE = re.compile(rf"\n[ \t]*{_ASSEMBLY}[ \t]*(?=\n|$)")
# "The General Assembly," anywhere, its letters split or not: where a resolution's preamble opens.
ASSEMBLY_OPENING = re.compile(
    rf"(?:{_spaced('The General Assembly')}|L[’']Assemblée\s+générale|La\s+Asamblea\s+General)\s*,|{_CHINESE_OPENING}"
)
PLENARY = re.compile(
    rf"(?<!\d)(?P<number>\d{{1,4}})(?:(?:st|nd|rd|th)\s+plenary\s+meeting|\s?(?:e|re|ème)\s+séance\s+plénière"
    rf"|\s?a\.?\s+sesión\s+plenaria)"  # French "61e séance plénière" (its "e" may stand apart), Spanish "61a. sesión plenaria"
    rf"\s*(?P<date>\d{{1,2}}(?:er)?\s+(?:{tx.MONTH_NAMES})\s+(?:de\s+)?\d{{4}})?",
    re.IGNORECASE,
)
CHINESE_DATE = re.compile(r"(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日")
CHINESE_PLENARY = re.compile(rf"(?:{CHINESE_DATE.pattern}\s*)?第\s*(?P<number>\d{{1,3}})\s*次全体会议")
# The parts a plenary line is for, before it: "A-F: 81st plenary meeting", "G: 98th plenary meeting"
PLENARY_PARTS = re.compile(
    r"(?:^|\n)[ \t]*(?P<parts>[A-Z](?:\s*[-–]\s*[A-Z])?(?:\s*(?:,|and)\s*[A-Z](?:\s*[-–]\s*[A-Z])?)*)\s*:\s*$"
)
OPERATIVE = re.compile(r"(?P<number>\d{1,3})\.(?:\s+|(?=[A-Z][a-z]))")  # used with .match(); "1.Welcomes" too
SUBPARAGRAPH = re.compile(r"^\((?:[a-z]{1,4}|[ivx]{1,5})\)\s")
RECALLED = re.compile(
    r"(?<![\w/.‐–-])(?P<symbol>(?:(?:ES|S)[‐–-]\d{1,2}/\d{1,3}|\d{1,3}/\d{1,3})(?:\s?[A-Z](?![a-z]))?"  # "S-10/2", "S–10/2"
    r"|\d{3,4}(?:\s?[A-Z])?\s?\((?:[IVXL]{1,6}|S-[IVX]{1,4}|ES-[IVX]{1,4})\))"  # before 1976: "2373 (XXII)"
    rf"(?:\s+(?:of|du|от)\s+(?P<date>\d{{1,2}}(?:er)?\s+(?:{tx.MONTH_NAMES})\s+\d{{4}}))?"
)
# "Reiterating its dismay …, and recalling in this context Commission on Human Rights resolution 1995/79 …"
RECALLING_WITHIN = re.compile(r"\b(?:and\s+)?(?:also\s+)?(?:recalling|rappelant)\b", re.IGNORECASE)
# Resolutions of other UN bodies, which have symbols of their own: "Commission on Human Rights resolutions 1995/79 of
# 8 March 1995 and 1996/85 …" (E/CN.4/RES/1995/79), "Human Rights Council resolution 7/1" (A/HRC/RES/7/1).
_OTHER_BODIES = r"Commission\s+on\s+Human\s+Rights|Human\s+Rights\s+Council|Economic\s+and\s+Social\s+Council"
OTHER_BODY = re.compile(rf"\b(?:{_OTHER_BODIES}|Security\s+Council)\s*$", re.IGNORECASE)
OTHER_BODY_RESOLUTIONS = re.compile(rf"\b(?P<body>{_OTHER_BODIES})\s+resolutions?\s+", re.IGNORECASE)
BODY_SERIES = {"commission": "E/CN.4/RES/", "human": "A/HRC/RES/", "economic": "E/RES/"}
BODY_NUMBER = re.compile(r"(?<![\w/.])(?P<number>(?:19|20)\d\d/\d{1,3}|\d{1,2}/\d{1,3})(?![\w/])")
# A paragraph naming one body whose texts are numbered by year ("rappelant … les résolutions 1995/79, 1996/85 et
# 1997/78 …, adoptées par la Commission des droits de l'homme …, et la décision 1997/107 de la Commission"): its
# year-numbered resolutions and decisions are that body's, wherever the body is named.
YEAR_NUMBERED_BODIES = {
    "E/CN.4/": re.compile(
        r"\bCommission\s+(?:on\s+Human\s+Rights|des\s+droits\s+de\s+l[’']homme|de\s+Derechos\s+Humanos)", re.I
    ),
    "E/CN.4/Sub.2/": re.compile(
        r"\b(?:Sub-?\s?Commission|Sous-Commission|Subcomisión)", re.I
    ),  # named: which is whose?
    "E/": re.compile(
        r"\b(?:Economic\s+and\s+Social\s+Council|Conseil\s+économique\s+et\s+social|Consejo\s+Económico\s+y\s+Social)",
        re.I,
    ),
}
YEAR_NUMBER = re.compile(r"(?<![\w/.])(?P<number>(?:19|20)\d\d/\d{1,3})(?![\w/])")
# The word naming the texts a list cites: "resolution(s)", "décisions", "resoluciones", "резолюции", "решение"
TEXT_WORD = re.compile(
    r"\b(?P<word>r[ée]solution|resoluci[oó]n|d[ée]cision|decisi[oó]n|резолюци|решени)(?:s|es|[яиюй]|ям|ях)?\b", re.I
)
RESOLUTION_WORD = ("resolu", "résolu", "резолю")  # how TEXT_WORD's resolutions begin (the rest are decisions)
LIST_BROKEN = re.compile(
    r"[;]|\b(?:noting|welcoming|recalling|its\s+resolutions?|General\s+Assembly|decisions?)\b", re.IGNORECASE
)
# A resolution named as what something else rests on, in a recalling paragraph: not itself recalled.
AUTHORITY = re.compile(
    r"(?:\b(?:pursuant\s+to|in\s+accordance\s+with|established\s+(?:by|under)|mandated\s+by|requested\s+in)\s+"
    r"(?:(?:its|General\s+Assembly)\s+)?"
    r"|(?:\b(?:(?:créé|établi|constitué|mandaté)e?s?\s+(?:par|en\s+vertu\s+de)|en\s+application\s+de|"
    r"en\s+vertu\s+de|demandée?s?\s+dans)|\bconformément\s+à)\s+(?:(?:la|sa|ses|les|l[’'])\s*)?)$",
    re.IGNORECASE,
)
UN_SYMBOL_IN_TEXT = re.compile(
    r"(?<![\w/])(?P<symbol>(?:A|S|E|CCM|CCW|APLC|CD|ATT|TPNW|BWC|NPT|UNODA)"
    r"(?:/(?:[A-Z]{1,6}|\d{1,4}|[A-Z]\.\d{1,3}|[A-Z][a-z]{2,4}\.\d{1,3}|RES|CONF|MSP|GGE)(?:/?[A-Za-z.\d-]*)?)+)"
)
# "have ratified or acceded" counts the states that joined: a ratification is a party's only once in force. A count
# as at a day may be in the past perfect: "84 States had signed the Treaty and 50 States had ratified or acceded to it
# as at 24 October 2020", "68 States had become parties to it".
COUNT_JOINED = re.compile(
    r"(?P<n>\d{1,3})\s+(?:States\s+ha(?:ve|d)\s+(?:joined|ratified|acceded)|[ÉE]tats\s+ont\s+(?:ratifié|adhéré)"
    r"|Estados\s+han\s+(?:ratificado|adherido))\b",  # "162 États ont ratifié la Convention ou y ont adhéré"
    re.I,
)
COUNT_PARTIES = re.compile(
    r"(?P<n>\d{1,3})\s+(?:as\s+)?States\s+part(?:y|ies)\b(?!\s+to)"
    r"|(?P<n2>\d{1,3})\s+States\s+ha(?:ve|d)\s+become\s+(?:States\s+)?part(?:y|ies)",
    re.I,
)
COUNT_SIGNATORIES = re.compile(
    r"(?P<n>\d{1,3})\s+(?:as\s+)?(?:signatories|signatory\s+States)"
    r"|(?P<n2>\d{1,3})\s+States\s+ha(?:ve|d)\s+signed",
    re.I,
)
MEETING = re.compile(
    rf"(?P<ordinal>{tx.ORDINAL_WORD})\s+"
    r"(?P<kind>Meeting\s+of\s+(?:the\s+)?States\s+Parties|Review\s+Conference)"
    r"(?:\s+of\s+(?:the\s+)?States\s+Parties)?"
    r"(?:\s+to\s+the\s+(?P<treaty>Convention(?:\s+on\s+[A-Z][\w ]*?[a-z](?=[\s,.;]))?|Treaty|Protocol))?",
    re.IGNORECASE,
)
MEETING_WORD = re.compile(r"Meeting|Review", re.IGNORECASE)  # what every MEETING match holds
PLACE = re.compile(
    r"\b(?:held|be\s+held|convened)\s+in\s+(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?:,\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?)"
)
DATE_RANGE = re.compile(
    r"\bfrom\s+(?P<d1>\d{1,2})(?:\s+(?P<m1>[A-Za-z]+))?(?:\s+(?P<y1>\d{4}))?\s+to\s+"
    rf"(?P<d2>\d{{1,2}})\s+(?P<m2>{tx.MONTH_NAMES})\s+(?P<y2>\d{{4}})"
    rf"(?:\s+and\s+on\s+(?P<d3>\d{{1,2}})(?:\s+and\s+(?P<d4>\d{{1,2}}))?\s+(?P<m3>{tx.MONTH_NAMES})\s+(?P<y3>\d{{4}}))?",
)
ON_DATE = re.compile(rf"\bon\s+(?P<d>\d{{1,2}})\s+(?P<m>{tx.MONTH_NAMES})\s+(?P<y>\d{{4}})")
INSTRUMENT = re.compile(
    r"(?P<title>(?:(?:\d{4}\s+)?[A-Z][a-zé]+\s+)?(?:Political\s+)?(?:Declaration|Action\s+Plan)(?:\s+\d{4}\s*[–-]\s*\d{4})?"
    r"|political\s+declaration)"
)
CITATION = re.compile(r"(?P<series>Treaty\s+Series)?[^\n]*?vol\.\s*(?P<volume>\d+),\s*No\.\s*(?P<number>\d+)", re.I)
ANNEX = re.compile(r"\bannex(?:es)?\s+(?P<list>[IVXL]+(?:(?:,\s*|\s+and\s+)[IVXL]+)*)")

# Words that may continue an action phrase after its first word ("Expresses grave concern").
LEAD_ADVERBS = ("also", "further", "again", "urgently", "strongly", "firmly", "earnestly", "se")  # before the verb
PHRASE_WORDS = frozenset(
    [
        "également",  # French: "Se félicite également", "Prie en outre"
        "outre",
        "también",  # Spanish: "Exhorta también", "Pide además", "Decide asimismo", "Reitera nuevamente"
        "además",
        "asimismo",
        "nuevamente",
        "en",
        "also",
        "further",
        "again",
        "once",
        "with",
        "deep",
        "deeply",
        "grave",
        "serious",
        "strong",
        "strongly",
        "profound",
        "satisfaction",
        "appreciation",
        "concern",
        "concerned",
        "note",
        "it",
        "necessary",
        "call",  # "Renews its call upon"
        "recommendation",  # "Reiterates its recommendation"
        "anew",  # "Urges anew"
        "upon",
        "its",
        "invitation",
        "and",
        "encouragement",
        "determination",
        "commitment",
        "support",
        "full",
        "firmly",
        "fully",
        "in",
        "mind",
        "alarmed",
        "convinced",
        "aware",
        "conscious",
        "determined",
        "regret",
        "deep-seated",
        "gratitude",
        "thanks",
        "recognition",
        "notes",
        "welcome",
    ]
)
# Words that make a "further" after the verb an adverb when they follow it ("Requests further that …", "Decides further to").
FURTHER_AS_ADVERB_BEFORE = frozenset(
    {"that", "to", "the", "all", "its", "their", "a", "an", "upon", "on", "in", "with"}
)
PHRASE_MAY_NOT_END = frozenset({"its", "and", "with", "in", "it"})


def detect(text: str, address: str | None = None) -> float:
    """How sure we are that the text is a GA resolution (0 = not one)."""
    score = 0.0
    if ADOPTED.search(text) or ADOPTED_HEADING.search(text[:3000]):
        score += 0.5
    if HEADER_SYMBOL.search(text[:1500]) or CITATION_LINE.match(text):
        score += 0.3
    if re.search(rf"{_ASSEMBLY}\s*,|{_COMMA_OPENING}", text):
        score += 0.3
    if PLENARY.search(text):
        score += 0.2
    if (
        re.search(r"^\s*\**\d{1,3}/\d{1,3}\.\s", text, re.MULTILINE)
        or RESOLUTION_LINE.search(text, 0, HEAD_REACH)
        or ROMAN_HEADING.search(text, 0, HEAD_REACH)
        or RECORDS_CHAPTER.search(text, 0, HEAD_REACH)
    ):
        score += 0.2
    if len(re.findall(r"^\s*\d{1,2}\.\s+\*?[A-Z][a-z]+s\b", text, re.MULTILINE)) >= 2:
        score += 0.2
    if (RUNNING_HEAD.match(text) or TITLED_RUNNING_HEAD.match(text)) and len(PREAMBLE_OPENER.findall(text[:3000])) >= 2:
        score += 0.2  # a page of a resolution: its running head, then preambular paragraphs
        score += 0.3 if TITLED_RUNNING_HEAD.match(text) and not RUNNING_HEAD.match(text) else 0.0
    if DATABASE_SYMBOL.search(text, 0, 1500) or FILE_SYMBOL.search(text, 0, 1500):
        score += 0.3
    if PAGE_HEAD.match(text) and (PAGE_MEETING.search(text, 0, 1500) or PAGE_REPORT.search(text, 0, 1500)):
        score += 0.3  # the UN's web page of a resolution: "52/42 Title / Date: … / Meeting: 67 / Report: A/52/604"
    return min(score, 1.0) if score >= 0.5 else 0.0


def parse(text: str, address: str | None = None) -> ResolutionRecord:
    """Parse a resolution's text into a record; a cut-short text keeps what is there."""
    doc = tx.clean(text)
    body = doc.text
    header_end = _opening_end(body)
    header = body[:header_end]
    missing: list[str] = []

    page = PAGE_HEAD.match(body)  # the UN's web page of the resolution, which gives its facts as fields
    symbol, title, title_end, umbrella_title = _symbol_and_title(body, header, page)
    if header_end == 0 and title_end:  # no "The General Assembly," line: the header ends with the title
        header_end, header = title_end, body[:title_end]
    if symbol is None:
        raise ValueError("no resolution symbol found (no 'NN/NN.' heading and no A/RES/ symbol in its header)")
    session = _session(header, symbol)
    adopted_match = ADOPTED.search(body) or _roman_adopted(header)
    adopted = tx.parse_date(adopted_match.group(1)) if adopted_match else None
    filed = FILE_SYMBOL.search(header)
    if adopted is None and filed and filed["date"]:  # "Resolution A36r0969 December 1981"
        adopted = tx.parse_date(filed["date"])
    agenda = AGENDA.search(header) or DATABASE_ITEM.search(header)
    report = REPORT.search(header) or ROUND_REPORT.search(header) or CHINESE_REPORT.search(header)
    draft_match = WITHOUT_COMMITTEE.search(header)
    plenary = _plenary(body, symbol)
    opened = RUNNING_PART.match(body)
    if plenary and opened and opened["closed"] and plenary.start() < title_end:
        plenary = None  # the closing line of the part before, on the page where this part opens
    if adopted is None and plenary and plenary.group("date"):
        adopted = tx.parse_date(plenary.group("date"))
    under_title = DATE_UNDER_TITLE.search(header) if adopted is None else None
    if under_title:  # "(10 декабря 1976 года)" on its own line under the heading
        adopted = tx.parse_date(under_title["date"])
    if plenary is None:  # in Chinese, the date before the meeting: "1995年12月12日 第90次全体会议"
        plenary = CHINESE_PLENARY.search(body)
        if adopted is None and plenary and plenary["y"]:
            adopted = dt.date(int(plenary["y"]), int(plenary["m"]), int(plenary["d"]))
    if page:
        adopted = adopted or tx.parse_date(page["date"])
        plenary = plenary or PAGE_MEETING.search(header)
    page_report = PAGE_REPORT.search(header) if page and not report else None
    page_draft = None
    if page_report and DRAFT_SYMBOL.fullmatch(page_report["report"]):
        # an L-document under the page's "Report:" is the plenary's own draft, not a committee's report
        page_draft, page_report = page_report["report"], None

    footnotes = _footnotes(doc)
    paragraphs = _paragraphs(doc, header_end, {note.mark for note in footnotes})
    if paragraphs and len(paragraphs[-1].text.split()) == 1 and not body.rstrip().endswith((".", ",", ";", ":")):
        paragraphs.pop()  # a copy cut short in the last paragraph's first word ("1. Призы"): no word to read
    subject = _subject_treaty(title or "", header)

    for name, value in (
        ("symbol", symbol),
        ("title", title),
        ("session", session),
        ("agenda item", agenda),
        ("adoption date", adopted),
        ("plenary meeting", plenary),
        ("preambular paragraphs", any(p.kind == "preambular" for p in paragraphs)),
        ("operative paragraphs", any(p.kind == "operative" for p in paragraphs)),
    ):
        if not value:
            missing.append(name)

    lettered = LETTERED_SYMBOL.match(symbol)
    return ResolutionRecord(
        symbol=symbol,
        title=title,
        part_of=lettered["whole"] if lettered else None,
        part_of_title=umbrella_title,
        session=session,
        agenda_item=_agenda_item(agenda),
        agenda_title=_agenda_title(header, agenda),
        adopted=adopted,
        plenary_meeting=int(plenary.group("number")) if plenary else None,
        committee=_committee_name(report),
        committee_report=report.group("report") if report else page_report["report"] if page_report else None,
        committee_report_paragraph=int(report["para"]) if report and report.groupdict().get("para") else None,
        draft=_draft(header, draft_match) or page_draft,
        subject_treaty=subject,
        recalls=tuple(_recalls(doc, paragraphs)),
        paragraphs=tuple(paragraphs),
        footnotes=tuple(footnotes),
        counts=tuple(_counts(doc, paragraphs, subject)),
        meetings=tuple(_meetings(doc, paragraphs, subject)),
        instruments=tuple(_instruments(doc, paragraphs, footnotes, subject)),
        mentions=tuple(_mentions(doc, paragraphs, footnotes)),
        missing=tuple(missing),
    )


def _committee_name(report: re.Match[str] | None) -> str | None:
    """The committee a report line names, in whichever language its pattern reads."""
    names = [name for key, name in (report.groupdict() if report else {}).items() if key not in ("report", "para")]
    return tx.fold(next((name for name in names if name), "")) or None


def _plenary(body: str, symbol: str) -> re.Match[str] | None:
    """The plenary meeting line of the resolution: the last one, or where the lines name the parts they are
    for ("A-F: 81st plenary meeting …", "G: 98th plenary meeting …"), the one naming this part; none else."""
    found = list(PLENARY.finditer(body))
    labelled = [(match, PLENARY_PARTS.search(body, max(0, match.start() - 20), match.start())) for match in found]
    if not any(label for _, label in labelled):
        return found[-1] if found else None
    letter = symbol[-1] if LETTERED_SYMBOL.match(symbol) else None
    for match, label in labelled:
        if (
            letter
            and label
            and any(
                first <= letter <= (last or first)
                for first, last in re.findall(r"([A-Z])(?:\s*[-–]\s*([A-Z]))?", label["parts"])
            )
        ):
            return match
    return None


def _draft(header: str, without_committee: re.Match[str] | None) -> str | None:
    """The draft the resolution was adopted on: the plenary's own draft, or the database record's."""
    if without_committee:
        return without_committee.group("draft")
    recorded = DATABASE_DRAFT.search(header)
    return re.sub(r"\s", "", recorded["draft"]) if recorded else None


class _Heading(NamedTuple):
    symbol: str | None
    title: str | None
    end: int  # where the title ends (0 when none was found)
    umbrella_title: str | None = None  # a lettered part's: the title of the resolution it is part of


def _symbol_and_title(body: str, header: str, page: re.Match[str] | None) -> _Heading:
    """The resolution's symbol and title: from its "NN/NN. Title" heading (a part's letter may stand
    alone on the next line, the part's title below it, the heading's being the whole resolution's),
    else from a library's citation line, else from the symbol of the header ("A/RES/51/45") and a
    part's "S. Title" line; the UN's web page of it (``page``) gives both in its first line. The title runs to a
    blank line or "The General Assembly,"."""
    if page:
        return _page_heading(body, header, page)
    found = (
        TITLE.search(header)
        or INLINE_TITLE.search(header)
        or (TITLE.search(body) if not header else None)
        or RESOLUTION_LINE.search(body, 0, HEAD_REACH)
    )
    quoted = QUOTED_TITLE_HEADING.search(body, 0, HEAD_REACH) if not found else None
    if quoted:
        return _Heading("A/RES/" + re.sub(r"\s", "", quoted["number"]), tx.fold(quoted["title"]), quoted.end())
    if found:
        number, title_start, umbrella = found.group("number"), found.start("title"), None
        title, title_end = _title_from(body, title_start)
        letter = (  # a part's letter on its own line (under a title of one line or several), or inside a heading
            # whose lines ran together
            (LONE_LETTER.match(body, found.end("title")) or LONE_LETTER.match(body, title_end))
            if found.re is TITLE
            else RUN_ON_LETTER.search(body, title_start, title_end)
        )
        if letter and not re.search(r"\s?[A-Z]$", number):
            which = "letter" if letter.groupdict().get("letter") else "letter_zh"
            umbrella = tx.fold(body[title_start : letter.start(which)]) or None
            number, title_start = f"{number} {letter[which]}", letter.end()
            title, title_end = _title_from(body, title_start)
        return _Heading("A/RES/" + re.sub(r"\s", "", number), title, title_end, umbrella)
    cited = CITATION_LINE.match(body)
    if cited:
        symbol = "A/RES/" + re.sub(r"\s", "", cited["number"])
        part = CITED_PART.match(body, cited.end())
        if part and not re.search(r"[A-Z]$", symbol):  # "General and complete disarmament, G.A. res. 47/52, …" then "A"
            return _Heading(symbol + part["letter"], tx.fold(part["title"]), 0, tx.fold(cited["title"]))
        return _Heading(symbol, tx.fold(cited["title"]), 0)
    part = RUNNING_PART.match(body)
    if part:  # a part opening on a page: "A/RES/53/77\nPage 34\nW\nFOLLOW-UP TO …\nThe General Assembly,"
        symbol = "A/RES/" + part["number"] + part["letter"]
        return _Heading(symbol, tx.fold(part["title"]).capitalize(), part.end("title"))
    header_symbol = HEADER_SYMBOL.search(header)
    recorded = DATABASE_SYMBOL.search(header)
    filed = FILE_SYMBOL.search(header) if not recorded else None
    if not header_symbol and (recorded or filed):  # a record or file name above the text: the title is the line
        opening = OPENING.search(body)  # before its opening
        title_line = body[: opening.start()].rstrip().rsplit("\n", 1)[-1] if opening else ""
        if recorded:
            number = re.sub(r"\s", "", recorded["number"])
        elif filed:
            number = f"{int(filed['session'])}/{int(filed['number'])}"
        part = TITLE_LETTER.search(title_line) if not re.search(r"[A-Z]$", number) else None
        if part:  # "Chemical and bacteriological (biological) weapons A": the part of the resolution the text is
            number, title_line = number + part["letter"], title_line[: part.start()]
        return _Heading("A/RES/" + number, tx.fold(title_line) or None, 0)
    chapter = RECORDS_CHAPTER.search(header) if not header_symbol else None
    if chapter:  # "XX. RESOLUTIONS ADOPTED ON THE REPORTS OF THE FIRST COMMITTEE" / "2033. Declaration on …"
        lone = LONE_LETTER.match(body, chapter.end("title"))
        suffix = lone["letter"] if lone else ""
        return _Heading(f"A/RES/{int(chapter['number'])}{suffix}({chapter['session']})", tx.fold(chapter["title"]), 0)
    roman = ROMAN_HEADING.search(header) if not header_symbol else None
    if roman:  # "1378 (XIV). General and complete disarmament"
        symbol = f"A/RES/{int(roman['number'])}({roman['session']})"
        below = CAPITAL_TITLE_BELOW.match(body, roman.end()) if not roman["title"] else None
        if below:  # "Resolution 192 (III) …, PARIS, 19 November 1948" / "PROHIBITION OF THE ATOMIC WEAPON …"
            return _Heading(symbol, tx.fold(below["title"]), below.end("title"))
        return _Heading(
            symbol, tx.fold(roman["title"]) if roman["title"] else None, roman.end() if roman["title"] else 0
        )
    if not header_symbol:
        return _running_head(body)
    number = header_symbol.group("number")
    lettered = LETTERED_TITLE.search(header, header_symbol.end()) or LONE_PART.search(header, header_symbol.end())
    if lettered and not re.search(r"\s?[A-Z]$", number):
        symbol = "A/RES/" + re.sub(r"\s", "", number) + lettered["letter"]
        above = header[header_symbol.end() : lettered.start()].rstrip().rsplit("\n", 1)[-1].strip()
        umbrella = tx.fold(above) if lettered.re is LONE_PART and WHOLE_TITLE_LINE.fullmatch(above) else None
        return _Heading(symbol, tx.fold(lettered["title"]), lettered.end(), umbrella)
    below = SYMBOL_MEETING_TITLE.match(header, header_symbol.end())
    if below and not re.search(r"[\d/]|\b(?:session|agenda|item|distr|adopted|resolution)\b", below["title"], re.I):
        return _Heading("A/RES/" + re.sub(r"\s", "", number), tx.fold(below["title"]), below.end("title"))
    return _Heading("A/RES/" + re.sub(r"\s", "", number), None, 0)


# A reprint's heading of the symbol alone, then (each may be missing) the plenary meeting and the day, and the title
# just above "The General Assembly,": "A/RES/43/70 73rd plenary meeting 7 December 1988 Prevention of … The General
# Assembly,"; nothing else (no session, agenda item or report line) may stand between.
SYMBOL_MEETING_TITLE = re.compile(
    r"[ \t]*(?:\n\s*)?(?:\d{1,4}(?:st|nd|rd|th)\s+plenary\s+meeting\s+)?"
    rf"(?:\d{{1,2}}\s+(?:{tx.MONTH_NAMES})\s+\d{{4}}\s+)?"
    rf"(?P<title>[A-Z][a-z][^\n]*(?:\n[ \t]*\n?[ \t]*[a-z][^\n]*){{0,3}}?)\s+(?={_spaced('The General Assembly')}\s*,)"
)


def _page_heading(body: str, header: str, page: re.Match[str]) -> _Heading:
    """The symbol and title of the UN's web page of a resolution ("52/40 A-C Title"); for a page of several
    parts, the first part's letter alone above its own title ("A" / "Report of the Conference …")."""
    symbol, title = "A/RES/" + page["number"], tx.fold(page["title"])
    part = LONE_PART.search(header, page.end()) if page["parts"] else None
    if part:
        return _Heading(symbol + part["letter"], tx.fold(part["title"]), part.end(), title)
    return _Heading(symbol, title, page.end("title"))


def _running_head(body: str) -> _Heading:
    """A page's running head ("A/RES/78/70 Assistance in mine action Noting ..."): the symbol, and
    the title only where the first preambular words end it on the same line (else no title); an even
    page's, the title before the symbol ("General and complete disarmament … A/RES/76/233 Noting …")."""
    head = RUNNING_HEAD.match(body)
    titled = TITLED_RUNNING_HEAD.match(body) if not head else None
    if titled:
        return _Heading("A/RES/" + re.sub(r"\s", "", titled["number"]), tx.fold(titled["title"]), titled.end("title"))
    if not head:
        return _Heading(None, None, 0)
    symbol = "A/RES/" + re.sub(r"\s", "", head["number"])
    line_end = body.find("\n", head.end())
    line = body[head.end() : line_end if line_end >= 0 else len(body)]
    opener = re.search(rf"\s{PREAMBLE_WORDS}", line)
    if opener and re.match(r"\s+[A-Z]", line):
        title = tx.fold(line[: opener.start()])
        if 3 <= len(title) <= 200 and not title.endswith(","):
            return _Heading(symbol, title, head.end() + opener.start())
    return _Heading(symbol, None, 0)


# The day a copy gives under the title, in brackets on a line of its own: "(10 декабря 1976 года)", "(17 December 1984)"
DATE_UNDER_TITLE = re.compile(
    rf"\n[ \t]*\((?P<date>\d{{1,2}}\s+(?:{tx.MONTH_NAMES})\s+\d{{4}})(?:\s+года)?\)[ \t]*(?=\n)"
)


def _title_from(body: str, start: int) -> tuple[str | None, int]:
    """The title starting at ``start`` (up to a blank line, "The General Assembly," also on a line of its own without
    its comma, or a first preambular "Recalling") and where it ends."""
    rest = body[start:]
    stop = re.search(
        rf"\n[ \t]*\n|{ASSEMBLY_OPENING.pattern}|{ASSEMBLY_LINE.pattern}|\n\s*(?:{_spaced('Recalling')}|Rappelant)\b"
        rf"|\n[ \t]*{_COMMA_OPENING}|{DATE_UNDER_TITLE.pattern}",
        rest,
    )
    end = stop.start() if stop else min(len(rest), 300)
    return tx.fold(rest[:end]).rstrip(" |") or None, start + end  # a table cell's bar after it is no part of it


def _opening_end(body: str) -> int:
    """Where the body starts: after 'The General Assembly,' (or 0 when that line is missing)."""
    opening = OPENING.search(body)
    if opening:
        return opening.end()
    loose = ASSEMBLY_OPENING.search(body)
    return loose.end() if loose else 0


def _roman_adopted(header: str) -> re.Match[str] | None:
    """The adoption date a heading by a Roman-numbered symbol gives ("Resolution 1653 (XVI) … adopted on 24 November
    1961"), on that heading's line."""
    heading = ROMAN_HEADING.search(header)
    line_end = header.find("\n", heading.end()) if heading else -1
    return ROMAN_ADOPTED.search(header, heading.end(), line_end if line_end >= 0 else len(header)) if heading else None


def _session(header: str, symbol: str | None) -> str | None:
    match = SESSION.search(header)
    if match:
        number = tx.ordinal(match.group("word"))
        if number:
            special = match.group("special") or ""
            prefix = "ES-" if special.lower().startswith("emergency") else "S-" if special else ""
            return f"{prefix}{number}"
    return un_symbols.session_of(symbol) if symbol else None


def _agenda_item(agenda: re.Match[str] | None) -> str | None:
    """The agenda item as the English text writes it: "75 (h)" (the French "75 h)" too)."""
    if not agenda:
        return None
    if agenda["item"] or agenda["xiang"]:
        return tx.fold(agenda["item"] or agenda["xiang"])
    return re.sub(r"(\d)\s*([a-z]{1,4})\)", r"\1 (\2)", tx.fold(agenda["point"]))


def _agenda_title(header: str, agenda: re.Match[str] | None) -> str | None:
    """The heading between the agenda item line and 'Resolution adopted by…'."""
    if not agenda:
        return None
    rest = header[agenda.end() :]
    stop = re.search(
        r"Resolution\s+adopted|Résolution\s+adoptée|Resolución\s+aprobada"
        r"|\[\s*(?:on\s+the\s+report|sur\s+(?:la\s+base\s+du|le)\s+rapport)|^\s*\d{1,3}/\d{1,3}\.",
        rest,
        re.I | re.M,
    )
    heading = tx.fold(rest[: stop.start()] if stop else "")
    return heading or None


def _subject_treaty(title: str, header: str) -> str | None:
    for source in (title, header):
        found = gazetteer.find_treaties_in(source)
        if found:
            return found[0].ref.key
    return None


def _footnotes(doc: tx.Clean) -> list[Footnote]:
    """Footnote definitions: lines that start with a footnote mark."""
    notes: list[Footnote] = []
    body = doc.text
    previous_symbols: tuple[str, ...] = ()
    definitions = definition_marks(doc)
    for offset, number in doc.marks:
        if offset not in definitions:
            continue  # an in-text mark
        line_end = body.find("\n", offset)
        line_end = len(body) if line_end < 0 else line_end
        note_text = tx.fold(body[offset:line_end])
        start, end = doc.source_span(offset, line_end)
        citation = None
        cited = CITATION.search(note_text)
        if cited:
            citation = TreatyCitation(volume=int(cited.group("volume")), number=int(cited.group("number")))
            treaty = gazetteer.find_treaty_by_unts(citation.volume, citation.number)
            citation = citation.model_copy(update={"treaty": treaty.key if treaty else None})
        symbols = tuple(dict.fromkeys(m.group("symbol").rstrip(".,") for m in UN_SYMBOL_IN_TEXT.finditer(note_text)))
        if not symbols and note_text.lower().startswith("ibid") and not cited:
            symbols = previous_symbols[:1]
        if symbols:
            previous_symbols = symbols
        annex = ANNEX.search(note_text)
        annexes = tuple(re.split(r",\s*|\s+and\s+", annex.group("list"))) if annex else ()
        notes.append(
            Footnote(
                mark=number,
                text=note_text,
                span=Span(start=start, end=end),
                citation=citation,
                symbols=symbols,
                annexes=annexes,
            )
        )
    return notes


def _paragraphs(doc: tx.Clean, header_end: int, note_marks: set[int]) -> list[Paragraph]:
    """Split the body into paragraphs, joining pieces cut by page breaks and footnote blocks."""
    body = doc.text
    pieces = _paragraph_pieces(doc, header_end)
    in_text = {offset: number for offset, number in doc.marks if offset not in definition_marks(doc)}
    paragraphs: list[Paragraph] = []
    preambular = 0
    for parts in pieces:
        first_start, last_end = parts[0][0], parts[-1][1]
        plenary = PLENARY.search(body, parts[-1][0], last_end)
        if plenary:  # the closing "46th plenary meeting" line glued to the last paragraph
            parts[-1] = (parts[-1][0], plenary.start())
        raw = body[first_start : parts[0][1]]
        first_start += len(raw) - len(raw.lstrip())
        parts[0] = (first_start, parts[0][1])
        number_match = OPERATIVE.match(body, first_start)
        text_start = number_match.end() if number_match else first_start
        parts[0] = (text_start, parts[0][1])
        text = tx.fold(" ".join(body[s:e] for s, e in parts))
        if not text:
            continue
        marks = tuple(
            number
            for offset, number in sorted(in_text.items())
            if any(s <= offset <= e for s, e in parts) and number in note_marks
        )
        action = _action(doc, text_start, text)
        s, e = doc.source_span(first_start, parts[-1][1])
        if number_match:
            paragraphs.append(
                Paragraph(
                    kind="operative",
                    number=int(number_match.group("number")),
                    action=action,
                    text=text,
                    span=Span(start=s, end=e),
                    footnotes=marks,
                )
            )
        elif paragraphs and paragraphs[-1].kind == "operative":
            # sub-paragraphs (a), (b)… and trailing text belong to the operative paragraph before
            last = paragraphs.pop()
            paragraphs.append(
                last.model_copy(
                    update={
                        "text": f"{last.text} {text}",
                        "span": Span(start=last.span.start, end=e),
                        "footnotes": last.footnotes + marks,
                    }
                )
            )
        else:
            preambular += 1
            paragraphs.append(
                Paragraph(
                    kind="preambular",
                    number=preambular,
                    action=action,
                    text=text,
                    span=Span(start=s, end=e),
                    footnotes=marks,
                )
            )
    return paragraphs


def _paragraph_pieces(doc: tx.Clean, header_end: int) -> list[list[tuple[int, int]]]:
    """Each paragraph of the body as its pieces (start, end in the clean text): blocks between blank
    lines, footnote definitions left out, a piece cut by a page break joined to the one before."""
    body = doc.text
    definition_lines = {body.rfind("\n", 0, offset) + 1 for offset in definition_marks(doc)}
    blocks: list[tuple[int, int]] = []
    for match in re.finditer(r"(?:[^\n]|\n(?![ \t]*\n))+", body[header_end:]):
        start, end = match.start() + header_end, match.end() + header_end
        if any(start <= line < end for line in definition_lines):
            # a footnote block may share lines with nothing else; drop footnote lines only
            blocks.extend((s, e) for s, e in _lines(body, start, end) if s not in definition_lines)
            continue
        for a, b in _indented_paragraphs(body, start, end):
            blocks.extend(_run_on_paragraphs(body, a, b))

    pieces: list[list[tuple[int, int]]] = []
    for start, end in blocks:
        piece = body[start:end].strip()
        if not piece or re.fullmatch(r"[-_*\s]+", piece) or re.match(r"^\d{1,3}(?:st|nd|rd|th)\s+plenary", piece, re.I):
            continue
        if pieces and _continues(body[pieces[-1][-1][0] : pieces[-1][-1][1]], piece):
            pieces[-1].append((start, end))
        else:
            pieces.append([(start, end)])
    return pieces


def _run_on_paragraphs(body: str, start: int, end: int) -> list[tuple[int, int]]:
    """A long block with no line break (a page whose lines ran together) cut where a paragraph begins:
    after a comma, at a preambular paragraph's first words ("…, Recalling its resolutions …"), and
    before an operative paragraph's number ("…; 2. Urges …", the first after the preamble's comma: "…, 1. Prie")."""
    # a Chinese character says about as much as a word of five letters (counted only for a block short in characters)
    short = end - start < RUN_ON_LENGTH and end - start + 4 * len(re.findall(_HAN, body[start:end])) < RUN_ON_LENGTH
    if short or "\n" in body[start:end].strip():
        return [(start, end)]
    cuts = [start] + [m.end() for m in RUN_ON_CUT.finditer(body, start, end)]
    return [(a, b) for a, b in zip(cuts, cuts[1:] + [end]) if body[a:b].strip()]


def _indented_paragraphs(body: str, start: int, end: int) -> list[tuple[int, int]]:
    """A block cut where a paragraph begins without a blank line before it, as in text extracted
    from a PDF: a line after one ending in ',' or ';' that starts with a capital and is indented
    deeper than that line (a paragraph's first line is indented, its other lines are not), or a line
    after one ending a clause that opens with a paragraph's first words or number."""
    lines = _lines(body, start, end)
    cuts = [start]
    for (p_start, p_end), (l_start, l_end) in zip(lines, lines[1:]):
        previous, line = body[p_start:p_end], body[l_start:l_end]
        indent, previous_indent = len(line) - len(line.lstrip(" ")), len(previous) - len(previous.lstrip(" "))
        if (
            previous.rstrip().endswith((",", ";"))
            and line.lstrip()[:1].isupper()
            and indent > previous_indent + 1
            or previous.rstrip().endswith((",", ";", ".", ":"))
            and LINE_OPENS_PARAGRAPH.match(line)
        ):
            cuts.append(l_start)
    return [(a, (b - 1 if b < end else end)) for a, b in zip(cuts, cuts[1:] + [end])]


def definition_marks(doc: tx.Clean) -> set[int]:
    """Offsets of the footnote marks that open a footnote's text (at the start of a line)."""
    body = doc.text
    return {offset for offset, _ in doc.marks if not body[body.rfind("\n", 0, offset) + 1 : offset].strip()}


def _lines(body: str, start: int, end: int) -> list[tuple[int, int]]:
    lines, position = [], start
    for line in body[start:end].split("\n"):
        lines.append((position, position + len(line)))
        position += len(line) + 1
    return lines


def _continues(previous: str, piece: str) -> bool:
    """A piece continues the previous paragraph when a page break or footnote cut it (a paragraph may end in its
    footnote's mark: "… the World Disarmament Campaign was launched, 1/")."""
    previous = re.sub(r"(?<=[,;.:])\s*\d{1,3}/$", "", previous.rstrip())
    if SUBPARAGRAPH.match(piece):
        return False
    if piece[:1].islower():
        return True
    return bool(previous) and previous[-1] not in ",;.:" and not OPERATIVE.match(piece)


# The nouns of an action phrase that may follow "the" as they follow "its": "Reiterates the invitation to …"
PHRASE_NOUNS = frozenset({"invitation", "call"})


def _action(doc: tx.Clean, text_start: int, text: str) -> str:
    """The opening action phrase: the emphasised run when the source marks it, else by rule."""
    for begin, end in doc.emphasis:
        if text_start <= begin <= text_start + 2:
            emphasised = tx.fold(doc.text[begin:end])
            if emphasised and text.startswith(emphasised):
                return emphasised
    if re.match(_HAN, text):  # Chinese writes no space after the verb: the verbs the Assembly opens with
        chinese = CHINESE_ACTION.match(text)
        return chinese.group() if chinese else ""
    words = text.split()
    if not words:
        return ""
    lead = (
        2 if len(words) > 1 and words[0].lower() in LEAD_ADVERBS else 1
    )  # "Also recalling", "Urgently calls upon", "Se félicite"
    phrase = [word.strip(",;:") for word in words[:lead]]
    verb = phrase[-1]
    verb_ending = "ing" if verb.endswith("ing") else "s" if verb.endswith("s") else None
    for index, word in enumerate(words[lead:], start=lead):
        bare = word.strip(",;:").lower()
        if _adjective_further(bare, word, words[index + 1 : index + 2]):
            break
        following = words[index + 1].strip(",;:").lower() if index + 1 < len(words) else ""
        the_noun = bare == "the" and following in PHRASE_NOUNS  # "Reiterates the invitation", as "its invitation"
        if (
            bare in PHRASE_WORDS
            or the_noun
            or (phrase[-1].lower() == "and" and verb_ending and bare.endswith(verb_ending))
        ):
            phrase.append(word.strip(",;:"))
            if word[-1:] in ",;:":
                break
        else:
            break
    while len(phrase) > 1 and phrase[-1].lower() in PHRASE_MAY_NOT_END:
        phrase.pop()
    return " ".join(phrase)


def _adjective_further(bare: str, word: str, following: list[str]) -> bool:
    """Whether "further" after the verb qualifies the noun that follows ("Encourages further steps")."""
    if bare != "further" or word[-1:] in ",;:" or not following:
        return False
    return following[0] not in FURTHER_AS_ADVERB_BEFORE


def _paragraph_clean_spans(doc: tx.Clean, paragraphs: list[Paragraph]) -> list[tuple[Paragraph, int, int]]:
    """Each paragraph with its start and end offsets in the clean text."""
    spans = []
    for paragraph in paragraphs:
        start = bisect_right(doc.origin, paragraph.span.start - 1)
        end = bisect_right(doc.origin, paragraph.span.end - 1)
        spans.append((paragraph, start, end))
    return spans


def _recalls(doc: tx.Clean, paragraphs: list[Paragraph]) -> list[RecalledResolution]:
    """The resolutions a recalling paragraph names (its own opening word, or "and recalling" within it): the
    Assembly's, and those of the Commission on Human Rights, the Human Rights Council and the Economic and
    Social Council by their own symbols."""
    recalled: dict[str, RecalledResolution] = {}
    for paragraph, start, end in _paragraph_clean_spans(doc, paragraphs):
        if not re.match(
            r"(?:also\s+|further\s+)?(?:recall|reaffirm|rappel|réaffirm|record|reafirm|ссылая|напомина|(?:вновь\s+)?подтвержд"
            r"|(?:又|还)?(?:回顾|重申))",
            paragraph.action,
            re.IGNORECASE,
        ):  # "Also recalling", "Rappelant"
            within = RECALLING_WITHIN.search(doc.text, start, end)  # "Reiterating …, and recalling in this context …"
            if within is None:
                continue
            start = within.start()
        segment = doc.text[start:end]
        for body in OTHER_BODY_RESOLUTIONS.finditer(segment):
            for number in BODY_NUMBER.finditer(segment, body.end(), min(len(segment), body.end() + 300)):
                if LIST_BROKEN.search(segment, body.end(), number.start()):
                    break  # "… and noting the report …": the list has ended
                symbol = f"{BODY_SERIES[body['body'].split()[0].lower()]}{number['number']}"
                s, e = doc.source_span(start + number.start(), start + number.end())
                recalled.setdefault(symbol, RecalledResolution(symbol=symbol, span=Span(start=s, end=e)))
        _year_numbered(doc, segment, start, recalled)
        for match in RECALLED.finditer(segment):
            named = list(TEXT_WORD.finditer(segment, 0, match.start()))
            if not named or not named[-1]["word"].lower().startswith(RESOLUTION_WORD):
                continue  # no resolution named before it, or the list is of decisions ("and its decision 58/520")
            if OTHER_BODY.search(segment, max(0, named[-1].start() - 60), named[-1].start()):
                continue  # "Human Rights Council resolution 7/1": another body's, read above
            if AUTHORITY.search(segment, max(0, named[-1].start() - 60), named[-1].start()):
                continue  # "the Group established pursuant to resolution 61/72": the report is recalled, not 61/72
            symbol = "A/RES/" + re.sub(r"[‐–]", "-", re.sub(r"\s", "", match.group("symbol")))
            adopted = tx.parse_date(match.group("date")) if match.group("date") else None
            s, e = doc.source_span(start + match.start(), start + match.end())
            if symbol not in recalled:
                recalled[symbol] = RecalledResolution(symbol=symbol, adopted=adopted, span=Span(start=s, end=e))
            if re.search(r"[A-Z]$", symbol):  # "49/222 A and B": each further letter is a part recalled too
                more = re.match(r"(?:\s*(?:,|and)\s*[A-Z](?![\w/]))+", segment[match.end() :])
                for letter in re.findall(r"[A-Z]", more.group()) if more else ():
                    recalled.setdefault(
                        symbol[:-1] + letter, RecalledResolution(symbol=symbol[:-1] + letter, span=Span(start=s, end=e))
                    )
    return list(recalled.values())


def _year_numbered(doc: tx.Clean, segment: str, start: int, recalled: dict[str, RecalledResolution]) -> None:
    """The year-numbered resolutions and decisions of the one such body a recalling paragraph names."""
    bodies = [series for series, name in YEAR_NUMBERED_BODIES.items() if name.search(segment)]
    if len(bodies) != 1:
        return  # none named, or two: whose text is whose is not shown
    for number in YEAR_NUMBER.finditer(segment):
        words = list(TEXT_WORD.finditer(segment, max(0, number.start() - 300), number.start()))
        if not words:
            continue
        kind = "RES/" if words[-1]["word"].lower().startswith(RESOLUTION_WORD) else "DEC/"
        symbol = f"{bodies[0]}{kind}{number['number']}"
        s, e = doc.source_span(start + number.start(), start + number.end())
        recalled.setdefault(symbol, RecalledResolution(symbol=symbol, span=Span(start=s, end=e)))


def _counts(doc: tx.Clean, paragraphs: list[Paragraph], subject: str | None) -> list[MembershipCount]:
    counts = []
    for _paragraph, start, end in _paragraph_clean_spans(doc, paragraphs):
        segment = doc.text[start:end]
        for s_start, s_end in tx.sentences(segment):
            sentence = segment[s_start:s_end]
            joined = COUNT_JOINED.search(sentence)
            parties = COUNT_PARTIES.search(sentence)
            signatories = COUNT_SIGNATORIES.search(sentence)
            if not (joined or parties or signatories):
                continue
            named = [m for m in gazetteer.find_treaties_in(sentence)]
            treaty = named[0].ref.key if named else subject
            if treaty is None:
                continue  # a count of no treaty the text names or is about is no fact to cite
            s, e = doc.source_span(start + s_start, start + s_end)
            counts.append(
                MembershipCount(
                    treaty=treaty,
                    joined=int(joined.group("n")) if joined else None,
                    parties=int(parties.group("n") or parties.group("n2")) if parties else None,
                    signatories=int(signatories.group("n") or signatories.group("n2")) if signatories else None,
                    span=Span(start=s, end=e),
                )
            )
    return counts


def _meetings(doc: tx.Clean, paragraphs: list[Paragraph], subject: str | None) -> list[MeetingMention]:
    found: list[MeetingMention] = []
    for _paragraph, start, end in _paragraph_clean_spans(doc, paragraphs):
        segment = doc.text[start:end]
        matches = _meeting_matches(segment)
        for index, match in enumerate(matches):
            number = tx.ordinal(match.group("ordinal"))
            if not number:
                continue
            kind = "revcon" if "review" in match.group("kind").lower() else "msp"
            treaty = subject
            if match.group("treaty"):
                named = gazetteer.find_treaties_in(match.group("treaty"))
                treaty = named[0].ref.key if named else subject
            if not treaty:
                continue
            window_end = matches[index + 1].start() if index + 1 < len(matches) else len(segment)
            after = segment[match.end() : window_end]
            after = after[: _clause_end(after)]
            before = segment[max(0, match.start() - 200) : match.start()]
            place = PLACE.search(after)
            start_date, end_date = _dates(after)
            s, e = doc.source_span(start + match.start(), start + match.end())
            found.append(
                MeetingMention(
                    treaty=treaty,
                    kind=kind,
                    ordinal=number,
                    place=tx.fold(place.group("place")) if place else None,
                    start=start_date,
                    end=end_date,
                    president=_president(before, after),
                    span=Span(start=s, end=e),
                )
            )
    return _merge_meetings(found)


def _meeting_matches(segment: str) -> list[re.Match[str]]:
    """MEETING's matches, found only in text that names a meeting or review at all (the pattern
    has no fixed start, so a search tries every position)."""
    return list(MEETING.finditer(segment)) if MEETING_WORD.search(segment) else []


def _clause_end(text: str) -> int:
    """Where the clause describing a meeting ends (before 'and in particular', ';' …)."""
    stop = re.search(r";|,\s+and\s+(?:in\s+particular|to\s+participate|recognizing|welcoming)|\.\s", text)
    return stop.start() if stop else len(text)


def _dates(text: str) -> tuple:
    rng = DATE_RANGE.search(text)
    if rng:
        y2, m2 = rng.group("y2"), rng.group("m2")
        first = tx.parse_date(f"{rng.group('d1')} {rng.group('m1') or m2} {rng.group('y1') or y2}")
        last = tx.parse_date(f"{rng.group('d2')} {m2} {y2}")
        if rng.group("d3"):
            last = tx.parse_date(f"{rng.group('d4') or rng.group('d3')} {rng.group('m3')} {rng.group('y3')}")
        return first, last
    single = ON_DATE.search(text)
    if single:
        day = tx.parse_date(f"{single.group('d')} {single.group('m')} {single.group('y')}")
        return day, day
    return None, None


def _president(before: str, after: str) -> str | None:
    """The presiding state: 'under the presidency of X at the…', 'the German presidency of the…',
    'X, which presided over the…'."""
    tail = before[-160:]
    patterns = (
        r"presidency\s+of\s+(?P<who>(?:the\s+)?[A-Z][\w'’ ()-]+?)\s+(?:at|of)\s+the\s*$",
        r"(?P<who>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)\s+presidency\s+of\s+the\s*$",
        r"(?P<who>[A-Z][\w'’ ()-]+?),?\s+which\s+presided\s+over\s+the\s*$",
    )
    for pattern in patterns:
        match = re.search(pattern, tail)
        if match:
            states = gazetteer.find_states_in(match.group("who"))
            if states:
                return states[-1].ref.alpha3
    presided = re.search(
        r"^\s*,?\s*(?:presided\s+over\s+by|under\s+the\s+presidency\s+of)\s+(?P<who>(?:the\s+)?[A-Z][\w'’ ()-]+)", after
    )
    if presided:
        states = gazetteer.find_states_in(presided.group("who"))
        if states:
            return states[0].ref.alpha3
    return None


def _merge_meetings(found: list[MeetingMention]) -> list[MeetingMention]:
    """One mention per meeting, keeping every detail any mention gives."""
    merged: dict[tuple[str, str, int], MeetingMention] = {}
    for mention in found:
        key = (mention.treaty, mention.kind, mention.ordinal)
        if key not in merged:
            merged[key] = mention
            continue
        kept = merged[key]
        update = {
            field: getattr(mention, field)
            for field in ("place", "start", "end", "president")
            if getattr(kept, field) is None and getattr(mention, field) is not None
        }
        merged[key] = kept.model_copy(update=update)
    return list(merged.values())


def _instruments(
    doc: tx.Clean, paragraphs: list[Paragraph], notes: list[Footnote], subject: str | None
) -> list[InstrumentMention]:
    by_mark = {note.mark: note for note in notes}
    definitions = definition_marks(doc)
    in_text_marks = sorted((offset, number) for offset, number in doc.marks if offset not in definitions)
    mark_offsets = [offset for offset, _ in in_text_marks]
    found: list[InstrumentMention] = []
    for _paragraph, start, end in _paragraph_clean_spans(doc, paragraphs):
        segment = doc.text[start:end]
        meetings = [(m.start(), m) for m in _meeting_matches(segment)]
        pending: list[tuple[re.Match[str], str]] = []
        has_instrument = "eclaration" in segment or "Action" in segment  # in every INSTRUMENT match
        for match in INSTRUMENT.finditer(segment) if has_instrument else ():
            title = tx.fold(match.group("title"))
            title = re.sub(r"^\d{4}\s+", "", title)
            if title.lower() == "political declaration" or title.lower().startswith("political declaration"):
                title = "political declaration"
            pending.append((match, title))
        marks_here = [
            (offset - start, number)
            for offset, number in in_text_marks[bisect_left(mark_offsets, start) : bisect_right(mark_offsets, end)]
        ]
        assigned: dict[int, tuple[str | None, str | None]] = {}
        for mark_offset, number in marks_here:
            note = by_mark.get(number)
            if not note:
                continue
            before = [i for i, (m, _) in enumerate(pending) if m.end() <= mark_offset and i not in assigned]
            if not before:
                continue
            symbol = note.symbols[0] if note.symbols else None
            if len(note.annexes) == len(before) and len(before) > 1:
                for i, annex in zip(before, note.annexes):
                    assigned[i] = (symbol, annex)
            else:
                assigned[before[-1]] = (symbol, note.annexes[0] if len(note.annexes) == 1 else None)
        for index, (match, title) in enumerate(pending):
            found_symbol, found_annex = assigned.get(index, (None, None))
            meeting = _nearest_meeting(meetings, match.start(), subject)
            s, e = doc.source_span(start + match.start(), start + match.end())
            kind = "action-plan" if "action plan" in title.lower() else "declaration"
            found.append(
                InstrumentMention(
                    kind=kind,
                    title=title,
                    symbol=found_symbol,
                    annex=found_annex,
                    meeting=meeting,
                    span=Span(start=s, end=e),
                )
            )
    return _merge_instruments(found)


def _merge_instruments(found: list[InstrumentMention]) -> list[InstrumentMention]:
    """One mention per instrument title, keeping the symbol, annex and meeting any mention gives."""
    merged: dict[tuple[str, str], InstrumentMention] = {}
    for mention in found:
        key = (mention.kind, re.sub(r"\s+\d{4}\s*[–-]\s*\d{4}$", "", mention.title).lower())
        kept = merged.setdefault(key, mention)
        update = {
            f: getattr(mention, f)
            for f in ("symbol", "annex", "meeting")
            if getattr(kept, f) is None and getattr(mention, f) is not None
        }
        if len(mention.title) > len(kept.title):  # "Lausanne Action Plan 2021–2026" over "Lausanne Action Plan"
            update["title"] = mention.title
        if update:
            merged[key] = kept.model_copy(update=update)
    return list(merged.values())


def _nearest_meeting(meetings: list[tuple[int, re.Match[str]]], at: int, subject: str | None):
    if not meetings or not subject:
        return None
    _, match = min(meetings, key=lambda item: abs(item[0] - at))
    number = tx.ordinal(match.group("ordinal"))
    kind = "revcon" if "review" in match.group("kind").lower() else "msp"
    return (subject, kind, number) if number else None


def _mentions(doc: tx.Clean, paragraphs: list[Paragraph], notes: list[Footnote]) -> list[EntityMention]:
    """States, groups, organisations, treaties and documents named in the paragraphs."""
    mentions: dict[tuple[str, str], EntityMention] = {}

    def add(entity_type: str, key: str, start: int, end: int) -> None:
        s, e = doc.source_span(start, end)
        mentions.setdefault(
            (entity_type, key), EntityMention(entity_type=entity_type, key=key, span=Span(start=s, end=e))
        )

    for _, start, end in _paragraph_clean_spans(doc, paragraphs):
        segment = doc.text[start:end]
        for finder, entity_type, key in (
            (gazetteer.find_states_in, "state", lambda ref: ref.alpha3),
            (gazetteer.find_groups_in, "group", lambda ref: ref.key),
            (gazetteer.find_organisations_in, "organisation", lambda ref: ref.key),
            (gazetteer.find_treaties_in, "treaty", lambda ref: ref.key),
        ):
            for match in finder(segment):
                add(entity_type, key(match.ref), start + match.start, start + match.end)
    for note in notes:
        if note.citation and note.citation.treaty:
            mentions.setdefault(
                ("treaty", note.citation.treaty),
                EntityMention(entity_type="treaty", key=note.citation.treaty, span=note.span),
            )
        for symbol in note.symbols:
            mentions.setdefault(("document", symbol), EntityMention(entity_type="document", key=symbol, span=note.span))
    return sorted(mentions.values(), key=lambda m: (m.span.start, m.entity_type, m.key))
