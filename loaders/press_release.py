"""A UN meetings coverage press release (GA/DIS/3592, GA/9833): the meeting it covers, the drafts
acted on with their tallies, and what it reports of states — every claim the UN's account, never
a state's own words.

A press release is known by its symbol (``GA/DIS/nnnn`` for the First Committee, ``GA/SPD/nnn`` for the
Fourth Committee, ``GA/nnnnn`` for the plenary, ``SC/nnnnn`` for the Security Council) near its top and one more mark of the UN's meetings coverage (the meeting line
"26th Meeting (AM)", "Press Release", the Department of Public Information, a session line). What
it yields, each only where the text shows it:

- the drafts acted on ("… (document A/C.1/72/L.15/Rev.1)") and each recorded tally ("by a recorded
  vote of 139 in favour to 1 against, with 39 abstentions"), taken for the draft named last before
  it in the same or the previous paragraph; a tally on a paragraph ("the retention of preambular
  paragraph 5") is kept apart from the vote on the whole text;
- reported votes: the states a tally names in brackets ("6 against (Canada, Israel)"; of a list the
  text ends in, the names before the cut), and the
  states that "subsequently informed the Secretariat" (or the Committee) how they had intended to vote;
- reported positions: in a delegate's turn, from a sentence that has a state's delegate as its
  subject ("Egypt's representative said …", "Meanwhile, the representative of Cuba …") to the next
  such sentence or the paragraph's end, and only there; a delegate "speaking for" a group of states
  reports the group's positions; a turn in which the lexicon finds no position keeps the sentence
  that shows the delegate speaking as the state's reported words (stance ``says``, topic
  ``unclassified``), nothing read into them; words that name other states only where they speak of the
  delegate's own ("his country") too. A delegate is also found named in person with a title ("Ambassador Hu
  Xiaodi of China said"), after the dateline, after "For his part,", as "the West African country's
  representative" of the one state its words name, inside a sentence about something else ("…, including the
  representative of Pakistan, who said …"), and in French as the state itself ("Les États-Unis, …, ont
  justifié …"); a delegate speaking for states the release leaves unnamed speaks for its own state too where its
  words name it ("au nom d'une dizaine d'États Membres, que sa délégation …");
- reported abstentions: the states a sentence has, and nothing else, as the subject of their abstention
  ("… sur lequel les États-Unis, le Royaume-Uni et la France se sont abstenus"), and a French delegate's own vote
  ("sa délégation avait voté contre le texte").
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import NamedTuple

from treatykg import gazetteer, un_symbols
from treatykg.loaders import positions, reported, speaker, speech, vote_clause
from treatykg.loaders import text as tx
from treatykg.records import DraftAction, PositionMention, PressReleaseRecord, ReportedPosition, ReportedVote, Span

KIND = "press_release"
VERSION = "38"
LABEL = "UN meetings coverage press release"

# English symbols, and the French releases' own ("AG/DSI/208" of the First Committee, "AG/…", "CS/…")
SYMBOL = re.compile(r"(?<![\w/])(?:GA/(?:DIS/|SPD/)?|SC/|AG/(?:DSI/|SPD/)?|CS/|DCF?/|CD/(?:G/)?)\d{3,5}(?![\w/])")
COMMITTEE_SERIES = ("GA/DIS/", "AG/DSI/")
FOURTH_COMMITTEE_SERIES = ("GA/SPD/", "AG/SPD/")  # the Fourth Committee's (Special Political and Decolonization)
COUNCIL_SERIES = ("SC/", "CS/")
# The UN's disarmament series, in English and French ("DC/2556", "DCF/299" in the 1990s, "CD/3119" in New York's French
# releases, "CD/G/475" in Geneva's): meetings of many bodies (the Conference on Disarmament, treaties' meetings of
# States parties, the Disarmament Commission, the small-arms Programme of Action's meetings)
DISARMAMENT_SERIES = ("DC/", "DCF/", "CD/")
# The dateline its first paragraph opens with: "GENEVA, 3 May (UN Information Service) -- …", "Genève, le 15 septembre -- …"
OPENING_DATELINE = re.compile(
    r"^[ \t]*(?:\d{8}\s*)?[A-ZÉ][\w .'’é]{1,30},\s+(?:le\s+)?\d{1,2}\s+\w+[^\n]{0,60}?\s--\s", re.MULTILINE
)  # after an older release's date tag too, or run into it: "19970530 GENEVA, 29 May (UN Information Service) -- …"
# The UN's meetings coverage pages are named by their symbol: press.un.org/en/2018/gadis3601.doc.htm,
# un.org/press/en/1996/19961205.ga9185.html, and so are the UN Information Service's copies of them
# (unis.unvienna.org/unis/en/pressrels/2001/ga9983.html); in French too (press.un.org/fr/2017/cs12945.doc.htm), at the
# site's other hosts (static.un.org/press/en/2015/dc3545.doc.htm) and its older path (un.org/News/Press/docs/2012/…).
ADDRESS_SERIES = {  # the address's letters, the symbol's series
    "gadis": "GA/DIS/",
    "gaspd": "GA/SPD/",
    "ga": "GA/",
    "sc": "SC/",
    "agdsi": "AG/DSI/",
    "agspd": "AG/SPD/",
    "ag": "AG/",
    "cs": "CS/",
    "dcf": "DCF/",
    "dc": "DC/",
    "cdg": "CD/G/",
    "cd": "CD/",
}
ADDRESS = re.compile(
    r"https?://(?:www\.|static\.)?(?:press\.un\.org(?:/(?:en|fr))?|un\.org/press/(?:en|fr)|un\.org/News/Press/docs"
    r"|unis\.unvienna\.org/unis/(?:en/)?pressrels)/\d{4}/"
    rf"(?:\d{{8}}\.)?(?P<series>{'|'.join(ADDRESS_SERIES)})(?P<number>\d{{3,5}})"
    r"\.(?:doc\.)?html?\b",
    re.IGNORECASE,
)
MEETING_ACCOUNT = re.compile(
    r"\b(?:General\s+Assembly|First\s+Committee|Security\s+Council|Disarmament\s+Commission|delegates?"
    r"|representatives?\s+of|Assemblée\s+générale|Première\s+Commission|Conseil\s+de\s+sécurité"
    r"|Commission\s+du\s+désarmement|délégations?|représentants?\s+d)\b"  # and in French
)
_SITTING = r"\((?:AM|PM|Night)(?:\s*(?:&|and)\s*(?:AM|PM|Night))?\)"  # "(AM)", "(AM & PM)"
MARKS = (
    re.compile(rf"\b\d{{1,4}}(?:st|nd|rd|th)\s*Meetings?\s*{_SITTING}", re.IGNORECASE),
    re.compile(r"^\s*(?:Press\s+Release|Communiqué\s+de\s+presse)\s*$", re.MULTILINE | re.IGNORECASE),
    re.compile(
        r"Department\s+of\s+(?:Public\s+Information|Global\s+Communications)|Meetings\s+Coverage|\(UN\s+Headquarters\)"
        r"|\(UN\s+Information\s+Service\)"  # Geneva's and Vienna's datelines: "GENEVA, 16 July (UN Information Service) --"
        r"|Département\s+de\s+l['’]information|Couverture\s+des\s+réunions"
    ),
    re.compile(rf"^\s*{tx.ORDINAL_WORD}\s+(?:General\s+Assembly|Session)\b", re.MULTILINE | re.IGNORECASE),
    # the lead of a meeting's account, as a copy kept without the release's header still opens: "The General Assembly
    # this afternoon adopted …", "The First Committee today approved …"
    re.compile(
        r"^The\s+(?:General\s+Assembly|(?:First|Fourth)\s+Committee|Security\s+Council|Disarmament\s+Commission)"
        r"\s+(?:this\s+(?:morning|afternoon|evening)|today)\s+(?:adopted|approved|decided|heard|began|concluded"
        r"|continued|held|took|met|elected)\b",
        re.MULTILINE,
    ),
)
# A French release's head: "Soixante-seizième session," / "16e séance plénière- après-midi" (or "21e séance – matin",
# "266e séance (reprise) – matin")
SESSION_FR = re.compile(rf"^\s*(?P<word>{tx.FRENCH_ORDINAL_WORD})\s+session\b", re.MULTILINE | re.IGNORECASE)
MEETING_FR = re.compile(
    r"\b(?P<number>\d{1,4})(?:e|re|ème)(?:\s*(?:&|et)\s*(?P<second>\d{1,4})(?:e|ème))?\s+séances?(?:\s+plénières?)?(?:\s*\(reprise\))?"
    r"\s*[-–—,]?\s*(?:matin|après-midi|soir)\b",
    re.IGNORECASE,
)
# "9509th Meeting (AM & PM)", "46th & 47th Meetings (AM & PM)": the first meeting, and any second one; "71st Meeting*
# (PM)" with a footnote's mark
# "65th Meeting (resumed) (Night)", and the Council's "10,001st Meeting" on a line of its own, its sitting unsaid
MEETING = re.compile(
    rf"\b(?P<number>\d{{1,3}},\d{{3}}|\d{{1,4}})(?:st|nd|rd|th)(?:\s*(?:&|and)\s*(?P<second>\d{{1,4}})(?:st|nd|rd|th))?"
    rf"\s*Meetings?\*?(?:\s*\(resumed\))?(?:\s*{_SITTING}|(?=[ \t]*$))",
    re.IGNORECASE | re.MULTILINE,
)
SESSION = re.compile(
    rf"^\s*(?P<word>{tx.ORDINAL_WORD})\s+(?:General\s+Assembly|Session)\b", re.MULTILINE | re.IGNORECASE
)
# "(document A/C.1/72/L.15/Rev.1)", or after the Committee's report the plenary acts on: "(documents A/79/406 and
# A/C.1/79/L.7/Rev.1)"
DRAFT = re.compile(
    r"\((?:documents?\s+)?(?:A/\d{1,3}/\d{1,4}(?:/Add\.\d{1,2})?\s+and\s+)?"
    r"(?P<symbol>A/(?:C\.[1-6]/)?\d{1,3}/L\.\d{1,3}(?:/Rev\.\d)?)\)"
)
# The resolution a Council release says was adopted, in English or French ("resolution 2117 (2013)", "la résolution 2693
# (2023)")
COUNCIL_RESOLUTION = re.compile(r"\br[eé]solution\s+(?P<number>\d{3,4})\s*\((?P<year>(?:19|20)\d\d)\)")
# A First Committee draft named by its short symbol in quotes ("L.49/Rev.1"): of the session covered.
SHORT_DRAFT = re.compile(
    r"[“\"](?P<short>L\.\d{1,3}(?:/Rev\.\d)?)[”\"]|\((?:documents?\s+)?(?P<bare>L\.\d{1,3}(?:/Rev\.\d)?)\)"
    # named after its noun: "le projet de résolution L.18", "draft resolution L.5/Rev.1"
    r"|\b(?:projet\s+de\s+(?:résolution|décision)|draft\s+(?:resolution|decision))\s+(?P<named>L\.\d{1,3}(?:/Rev\.\d)?)(?![\w/])"
)  # "(L.12/Rev.1)" too
# A plenary release on the texts the First Committee recommended, and no other Main Committee's: its short
# symbols ("(L.12/Rev.1)") are the Committee's drafts of that session.
FIRST_COMMITTEE_TEXTS = re.compile(
    r"\bFirst\s+Committee[’']s\s+recommendations?\b|\brecommendations?\s+of\s+(?:its|the)\s+First\s+Committee\b",
    re.IGNORECASE,
)
OTHER_COMMITTEE = re.compile(
    r"\b(?:Second|Third|Fourth|Fifth|Sixth)\s+Committee\b|\bSpecial\s+Political\s+and\s+Decoloni[sz]ation\b",
    re.IGNORECASE,
)
TITLE_BEFORE = re.compile(r"[“\"](?P<title>[^”\"]{3,200})[”\"]\s*$")
NUMBER_WORDS = {"none": 0, "no": 0, **{word: n for word, n in tx.NUMBERS.items() if n <= 10}}
COUNT = rf"(?:\d{{1,3}}|{'|'.join(NUMBER_WORDS)})"  # "with one abstention"
# "aucune voix contre", and the French numbers up to ten
FRENCH_NUMBER_WORDS = {"aucune": 0, "zéro": 0, **{word: n for word, n in tx.FRENCH_NUMBERS.items() if n <= 10}}
COUNT_WORDS = {**NUMBER_WORDS, **FRENCH_NUMBER_WORDS}
FRENCH_COUNT = rf"(?:\d{{1,3}}|{'|'.join(FRENCH_NUMBER_WORDS)})"  # "172 voix pour, deux contre (États-Unis, Israël)"
# "by a recorded vote of 139 in favour", and the older "by 110 votes in favour"
VOTES_OF = (
    r"(?:\b(?:by|with(?=\s+\d))\s+(?:(?:a\s+)?(?:recorded\s+)?vote\s+of\s+|an?\s+(?:\w+\s+)?majority\s+of\s+"
    r"|a\s+recorded\s+(?=\d{1,3}\s+votes\s+in\s+favou?r))?|\bin\s+a\s+(?:recorded\s+)?vote\s+of\s+)"
    # "… due to a permanent member's veto in a vote of 11 in favour to 2 against …"
    # "approved, with 151 in favour …" too, "by an overwhelming majority of 166 in favour …", and "by a recorded 156
    # votes in favour …"
)
DATE_TAG = re.compile(
    r"^[ \t]*(?P<year>19\d\d|20\d\d)(?P<month>0[1-9]|1[0-2])(?P<day>[0-3]\d)(?=[ \t]*[A-Z])", re.MULTILINE
)
TALLY = re.compile(
    rf"{VOTES_OF}(?P<yes>\d{{1,3}})\s+(?:votes?\s+)?in\s+favou?r(?:\s*\((?P<yes_names>[^()]*)\))?\s*,?\s*(?:to\s+)?"
    rf"(?P<no>{COUNT})\s+against"
    rf"(?:\s*\((?P<no_names>[^()]*)\))?\s*,?\s*(?:and\s+|with\s+)?"
    rf"(?:(?P<abstain>{COUNT})\s+(?:abstentions?|abstaining)"  # "with 2 abstaining (China, Egypt)"
    rf"(?:\s*\((?P<abstain_names>[^()]*)\)|\s*\((?P<abstain_cut>[^()]*)\Z)?"
    # the Security Council's "9 in favour, none against and the abstentions of Angola, Chad, …"
    rf"|the\s+abstentions?\s+of\s+(?P<abstain_of>[^.;()]{{3,300}}?)(?=\s*[.;]|,\s+(?:the|it)\s))",
    re.IGNORECASE,
)
# A French release's tally: "adopté par 87 voix pour, 40 contre et 15 abstentions", "à l'issue d'un vote de 129 voix
# pour, 4 voix contre (France, Monaco, Etats-Unis et Royaume-Uni)"; without the abstentions, it gives no whole tally.
FOR_FR = (  # "par 87 voix pour, ", "par 172 voix en sa faveur, ", "par 147 voix et 6 contre"
    r"\b(?:par|de)\s+(?P<yes>\d{1,3})\s+voix\s+"
    rf"(?:(?:pour|en\s+(?:sa|leur)\s+faveur)\s*,?\s*|(?=et\s+{FRENCH_COUNT}\s+(?:voix\s+)?contre\b))(?:et\s+)?"
)
# Some of the states against, named after their count: "6 contre, dont la Chine, la Russie et la RPDC."
AMONG_AGAINST_FR = r",\s+dont\s+(?P<no_among>[^.;]{3,300}?)(?=\s*[.;])"
TALLY_FR = re.compile(
    rf"{FOR_FR}"
    rf"(?:(?P<no>{FRENCH_COUNT})\s+(?:voix\s+)?contre(?:\s*\((?P<no_names>[^()]*)\)|{AMONG_AGAINST_FR})?"
    rf"|(?={FRENCH_COUNT}\s+abstentions?))"  # none against may go unsaid: "par 141 voix pour et 10 abstentions (…)"
    rf"(?:\s*,?\s*(?:et\s+)?(?P<abstain>{FRENCH_COUNT})\s+abstentions?"
    r"(?:\s*\((?P<abstain_names>[^()]*)\)|\s*[–—]\s*(?P<abstain_dashed>[^–—()\n]{3,200}?)\s*[–—])?)?",  # or "–Chine et …–"
    re.IGNORECASE,
)
TALLIES = (TALLY, TALLY_FR)  # a tally in English or in French, read the same way (a French one has fewer groups)


def _tallies(text: str, start: int = 0, end: int | None = None) -> list[re.Match[str]]:
    """Every tally of ``text[start:end]``, English or French, in text order."""
    end = len(text) if end is None else end
    return sorted((m for tally in TALLIES for m in tally.finditer(text, start, end)), key=lambda match: match.start())


# Delegations a release lists as explaining their votes, without their words: "The representatives of the following
# countries spoke in explanation of vote: …", "Les représentants des pays suivants ont expliqué leur vote : …".
EXPLAINERS = re.compile(
    r"\b(?:representatives\s+of\s+the\s+following\s+(?:countries|States|delegations)\s+"
    r"(?:spoke\s+in\s+explanation\s+of\s+(?:the\s+)?votes?|explained\s+their\s+votes?)"
    r"|représentants\s+des\s+(?:pays|États|Etats|délégations)\s+suivants\s+ont\s+expliqué\s+leurs?\s+votes?)"
    r"\s*:\s*(?P<names>[^.;:]+)",
    re.IGNORECASE,
)
# A headline naming the delegations that explained their votes, or the one whose delegate said what it sums up:
# "…; Israel, Iran, Syria, South Africa Explain Votes", "Degraded Global Security …, Russian Federation Delegate Says"
HEADLINE_EXPLAINERS = re.compile(
    r"(?:^|[;:]\s*|\b(?:as|while)\s+)(?P<names>[A-Z][^.;:\n]{2,300}?)\s+Explain(?:s|ing)?\s+(?:Their\s+)?"
    r"(?:Votes?|Positions?)\b",
    re.MULTILINE,
)
HEADLINE_SPEAKER = re.compile(
    r"^[^\n.]{10,300},\s+(?P<names>[A-Z][^,.;:\n]{2,80}?)\s+(?:Delegates?|Representatives?|Speakers?)\s+"
    r"(?:Says|Tells|Warns|Stresses|Urges|Calls)\b[^\n.]*$",
    re.MULTILINE,
)
# Delegations a sentence lists as its subject, then what they said: "The representatives of Israel, India and
# Pakistan stressed that …", "Les délégations d'Israël, du Bélarus, de l'Inde … ont tenu à indiquer que …"; and the
# abstainers a sentence names among others: "Les pays qui se sont abstenus sur ce texte, dont le Pakistan, l'Inde ou
# encore la République de Corée, ont assuré …", "Those abstaining, including Egypt and India, said …".
_SAID_LIST = (
    r"(?:said|stated|stressed|noted|explained|emphasi[sz]ed|underlined|argued|indicated|maintained|affirmed|expressed"
    r"|ont\s+(?:également\s+|aussi\s+)?(?:tenu\s+à\s+)?(?:indiqu|déclar|soulign|estim|affirm|expliqu|rappel|exprim|assur"
    r"|appel)(?:é|er)\b"
    r"|ont\s+fait\s+valoir)"
)
LISTED_SPEAKERS = re.compile(
    rf"\b(?:The\s+)?(?:delegations|representatives)\s+of\s+(?P<names>(?!the\s+following\b)[^.;:]{{3,400}}?)"
    rf"(?:,\s+(?:however|too|also|in\s+turn|for\s+their\s+part|meanwhile|on\s+the\s+other\s+hand),)?\s+(?:also\s+)?{_SAID_LIST}"
    # "les représentants du Myanmar et du Maroc, respectivement membres des zones …, ont également appelé à …"
    rf"|\bLes\s+(?:délégations|représentants)\s+(?P<names_fr>(?:d['’]|du\s|des\s|de\s)[^.;:]{{3,400}}?)"
    rf"(?:,\s+(?:respectivement|tous\s+(?:deux|les\s+deux))\s+[^,.;:]{{3,200}},)?\s+{_SAID_LIST}",
    re.IGNORECASE,
)
LISTED_ABSTAINERS = re.compile(
    rf"\b(?:Les\s+(?:pays|délégations|États|Etats)\s+qui\s+se\s+sont\s+abstenus|Those\s+(?:that|who)\s+abstained"
    rf"|Those\s+abstaining)\b[^.;]{{0,200}}?,\s+(?:dont|including)\s+(?P<names>[^.;:]{{3,300}}?),\s+{_SAID_LIST}",
    re.IGNORECASE,
)
# A tally the excerpt cuts off inside its list of states against: "… 164 in favour to 5 against (Belarus, India, Ru".
CUT_AGAINST = re.compile(
    rf"{VOTES_OF}\d{{1,3}}\s+(?:votes?\s+)?in\s+favou?r\s*,?\s*(?:to\s+)?{COUNT}\s+against"
    rf"\s*\((?P<names>[^()]*)\Z",
    re.IGNORECASE,
)
CUT_AGAINST_FR = re.compile(  # in French: "… adopté par 151 voix pour, 6 voix contre (Canada, É"
    rf"{FOR_FR}{FRENCH_COUNT}\s+(?:voix\s+)?contre\s*\((?P<names>[^()]*)\Z",
    re.IGNORECASE,
)
# Words before a tally that date it to another session: "Last year, the text was approved by …".
ANOTHER_TIME = re.compile(
    r"\b(?:last\s+year|(?:the\s+)?previous\s+(?:year|session)|a\s+year\s+(?:ago|earlier)|in\s+(?:19|20)\d\d"
    r"|l['’]an(?:née)?\s+derni(?:er|ère)|el\s+año\s+pasado)\b",
    re.IGNORECASE,
)
NO_VOTE_WORDS = r"without\s+a\s+vote|sans\s+(?:vote|mise\s+aux\s+voix)|sin\s+(?:someterlo\s+a\s+)?votación"
WITHOUT_VOTE = re.compile(
    rf"\b(?:{NO_VOTE_WORDS})\b"
    # a consensus only where it adopted the text ("decided by consensus to defer" adopts nothing)
    r"|\b(?:adopt|approv|approuv|aprob)\w*\s+(?:\w+\s+){0,2}?(?:by|par|por)\s+consens(?:us|o)\b",
    re.IGNORECASE,
)  # in English, French and Spanish
# Several drafts a sentence names, then says were all adopted so: "(L.11) … ainsi que … (L.1) ont été adoptés par consensus".
ALL_WITHOUT_VOTE = re.compile(
    r"\b(?:were|ont\s+été|fueron)\s+(?:\w+\s+){0,2}?(?:adopted|approved|adopté(?:e)?s|approuvé(?:e)?s|adoptad[oa]s|aprobad[oa]s)\s+"
    rf"(?:{NO_VOTE_WORDS}|(?:by|par|por)\s+consens(?:us|o))\b",
    re.IGNORECASE,
)
PART = re.compile(r"\b(?P<part>(?:preambular|operative)\s+paragraphs?\s+\d{1,3}(?:\s*\([a-z]\))?)", re.IGNORECASE)
INTENDED = re.compile(
    r"(?P<who>[^.;\n]{0,200}?)\s+(?:subsequently\s+)?(?:informed|advised|told)\s+the\s+"
    r"(?:Secretariat|Committee|Assembly|Council|Conference)\s+that\s+(?:it|they)\s+had\s+"
    r"intended\s+to\s+(?P<option>vote\s+in\s+favou?r|vote\s+against|vote\s+yes|vote\s+no|abstain)",
    re.IGNORECASE,
)
# Who speaks in a paragraph: "Speaking in explanation of vote, the representative of Cuba …",
# "Egypt's representative …", "The delegate of Pakistan …" (the state's name then follows).
SPEAKING = re.compile(
    r"(?:(?:Speaking|Explaining|Also\s+speaking|Taking\s+the\s+floor|Introducing|Before\s+the\s+vote|"
    r"After\s+the\s+vote|Dans\s+son\s+explication\s+de\s+vote|Expliquant\s+son\s+vote|Prenant\s+la\s+parole|Intervenant|Parlant|"
    r"Avant\s+le\s+vote|Après\s+le\s+vote)\b[^.;]{0,200}?,\s*(?=[Tt]he\s+(?:representative|delegate)|[Ll]e\s+|[Ll]a\s+|[A-Z]))?"
)  # and in French: "Dans son explication de vote, le représentant de l'Autriche …"
DELEGATE_OF = re.compile(
    r"(?:[Tt]he\s+|A\s+)?(?:representatives?|delegates?|delegations?|ambassador|speakers?)\s+(?:of|for|from)\s+"
    # a minister or head of state or government: "The Minister of State for Foreign Affairs of Pakistan"
    r"|(?:[Tt]he\s+)?(?:(?:Deputy|Vice|Prime|Foreign)[\s-]+)?(?:Minister|President|Secretary)(?:\s+of\s+State)?"
    r"(?:\s+(?:for|of)\s+(?:Foreign|External)\s+Affairs(?:\s+and\s+[A-Z][\w ]{2,40}?)?)?\s+of\s+"
    # an official of a foreign ministry: "the Director of the Ministry of Foreign Affairs of Nigeria"
    r"|(?:[Tt]he\s+)?(?:Director(?:-General)?|Head)\s+(?:of|in|at)\s+(?:[A-Z][\w ]{2,40}?\s+(?:of|in|at)\s+)?the\s+Ministry\s+of\s+"
    r"(?:Foreign|External)\s+Affairs\s+of\s+"
    r"|(?:[Ll]e\s+|[Ll]a\s+)?(?:représentante?|déléguée?|délégation|Présidente?|Premi(?:er|ère)\s+[Mm]inistre"
    r"|[Mm]inistre\s+des\s+[Aa]ffaires\s+étrangères)\s+(?:de\s+(?:la\s+|l['’])?|du\s+|des\s+|d['’])"
)
# A delegate named in person with the state: "Vasily Nebenzya of the Russian Federation", "Anna M. Evstigneeva of …",
# speaking at once after the state ("…, in explanation of position, said", "… said", "… recalled")
PERSON_OF = re.compile(
    r"(?:(?:Ambassador|President|Prime\s+Minister|Foreign\s+Minister|Minister|M[rs]s?\.|Dr\.)\s+(?=[A-Z]))?"  # a title
    r"(?P<name>(?:[A-Z][a-z][\w'’-]*|[A-Z]\.)(?:\s+(?:[A-Z][a-z][\w'’-]*|[A-Z]\.)){1,3})\s+of\s+"
)  # "Ambassador Hu Xiaodi of China said …", "President Jane Doe of Ruritania outlined …"
NOT_A_PERSON = re.compile(
    r"\b(?:Friends|Group|Republic|Kingdom|States?|Government|Minister|Mission|Permanent|Secretary|General|Court|Council|"
    r"Committee|Conference|Union|League|Organi[sz]ation|Office|Peoples?|Embassy|Ministry|President|Members?|Delegation|"
    r"Representative|Ambassador|Chair\w*|Head|Director|Speaker|Parliament|Assembly)\b"
)
PERSON_SPEAKS = re.compile(
    r"\s*(?:,\s+(?:in\s+explanation\s+of\s+(?:vote|position)|speaking\s+[^,.;]{0,80}|after\s+the\s+vote|"
    r"before\s+the\s+vote),)?\s+(?:said|stated|recalled|stressed|noted|emphasi[sz]ed|added|told|outlined|expressed|"
    r"underscored|warned|called|urged|explained|pointed\s+out|observed|welcomed|regretted)\b"
)
DELEGATE_AFTER = re.compile(  # "Egypt's representative", "the United States representative"
    r"(?:[’']s?)?\s+(?:representatives?|delegates?|delegations?|ambassador|speaker)\b", re.IGNORECASE
)
ADJECTIVE_DELEGATE = re.compile(r"\s+(?:representative|delegate|delegation|ambassador)\b", re.IGNORECASE)
TALLY_FIRST = re.compile(
    r"\W*(?:Also\s+|Then\s+|Finally\s+)?", re.IGNORECASE
)  # a sentence opening "By a recorded vote of …"
# When a paragraph's separate vote was held: "Prior to passage of the draft as a whole" names no vote on the whole.
PRIOR_TO_WHOLE = re.compile(
    r"\b(?:prior\s+to|before)\s+(?:the\s+)?(?:passage|adoption|approval|action\s+on|vote\s+on)\s+(?:of\s+)?(?:the\s+)?"
    r"(?:draft(?:\s+resolution|\s+decision)?|text)(?:\s+as\s+a\s+whole)?",
    re.IGNORECASE,
)
WHOLE = re.compile(r"\bas\s+a\s+whole\b|^\W*(?:By\s+)?(?:The|That|This)\s+(?:whole\s+)?(?:text|draft)\b", re.IGNORECASE)
PART_VOTE = re.compile(
    r"\b(?:retain\w*|retention\s+of|(?:separate\s+)?(?:recorded\s+)?votes?\s+on|approved|adopted|deleted|deletion\s+of|kept)\s+"
    r"(?:the\s+|that\s+|this\s+|its\s+)?(?:preambular\s+|operative\s+)?paragraphs?\b"
    r"|^\W*(?:The\s+)?(?:preambular|operative)\s+paragraphs?\b"
    r"|\b(?:considered|took\s+up)\s+(?:preambular|operative)\s+paragraph\b[^.;]*\b(?:retain|keep|delete)\w*\s+it\b",
    re.IGNORECASE,
)
# A tally on a portion of a text named in an earlier sentence ("a separate vote was held on operative
# paragraph 5 … The Assembly retained that portion of the text by …", "… That provision was approved by …").
PORTION_VOTE = re.compile(
    r"\b(?:retain\w*|retention\s+of|delet\w*|kept|keep)\s+(?:the\s+|that\s+|this\s+|those\s+|these\s+)?"
    r"(?:portions?|parts?|provisions?|language|clauses?|phrases?|words)\b"
    # "That provision was approved by …", "The provision was approved by …"
    r"|^\W*(?:That|This|Those|These|The)\s+(?:portions?|parts?|provisions?|language|clauses?|paragraphs?)\b",
    re.IGNORECASE,
)
# A sentence that opens with its tally, the text it is on its subject after it: "Approved by a recorded vote of 124 in
# favour to 35 against, with 15 abstentions, the draft would declare …".
TALLY_OPENING = re.compile(r"\W*(?:Approved|Adopted)\s+(?:by\s+(?:a\s+)?(?:recorded\s+)?vote\s+of\s+)?", re.IGNORECASE)
TALLY_SUBJECT = re.compile(r"\s*,\s*(?:the|that|this)\s+(?:text|draft(?:\s+resolution|\s+decision)?)\b", re.IGNORECASE)
# A tally's sentence that refers back to the draft named before it ("That text, approved by …",
# "It was approved by …", "the Committee approved it by …").
BACK_REFERENCE = re.compile(
    r"^\W*(?:(?:Also\s+)?By\s+)?(?:that|this|the)\s+(?:text|draft(?:\s+resolution|\s+decision)?)\s*(?:,|was\b|as\s+a\s+whole\b)"
    r"|^\W*It\s+(?:was|retained|approved)\b|\bthat\s+(?:text|draft)\b|\b(?:approved|adopted)\s+it\b",
    re.IGNORECASE,
)
AMBIGUOUS = "?"
# A sentence that names its speaker after the words: "…, said Egypt's representative.", "…, he stressed."
_SAID = r"(?:said|added|stressed|noted|continued|asked|told\s+the\s+(?:Assembly|Committee|meeting))"
_WHO = (
    r"(?:the\s+)?(?:representative|delegate|speaker)\s+(?:of|from)\s+[^,.;]{2,60}?"
    r"|(?:the\s+)?(?:Director(?:-General)?|Head)\s+[^,.;]{2,40}?\s+Ministry\s+of\s+(?:Foreign|External)\s+Affairs\s+of\s+[^,.;]{2,60}?"
    r"|[^,.;]{2,60}?[’']s?\s+(?:representative|delegate|speaker)"
)
# The speaker named after the words ends the sentence, or goes on speaking: "…, said the representative
# of X, declaring that …".
_SAID_END = (
    r"(?:\s*\.?[”\"]?\s*$|,\s+[a-z]{3,}ing\b|\s*:\s+\S"  # "…, said X's representative, affirming that …"
    # "…, said the representative of X, one of more than 50 speakers who …"
    r"|,\s+one\s+of\s+(?:the\s+|more\s+than\s+|some\s+|over\s+)?(?:\d+\s+|\w+\s+)?(?:speakers|delegations|delegates)\b"
    r"|\s+(?:after|before|while)\s+(?:voting|abstaining)\b[^.]*\.?\s*$)"  # "…, Egypt's representative said after voting in favour"
)
SAID_AFTER = re.compile(
    rf"(?:,[”\"’]?|[?!][”\"])\s+(?:(?P<pronoun>he|she)\s+{_SAID}"
    # "“…, Liberia knows …,” said the West African country's representative": the one state the words name
    rf"|{_SAID}\s+(?P<country>the\s+(?:[A-Z][\w-]*\s+){{0,3}}(?:country|nation)[’']s\s+(?:representative|delegate))"
    rf"|{_SAID}\s+(?P<who>{_WHO})|(?P<its>its)\s+representative\s+{_SAID}|(?P<who_first>{_WHO})\s+{_SAID})"
    rf"{_SAID_END}"
)
# In French, the subject stands after the verb: "…, a ajouté l’Éthiopie.", "…, a précisé pour sa part le représentant
# du Nigéria, reprenant …": the state itself or its delegate, then the end of the sentence or a participle.
_DIT = r"(?:affirmé|ajouté|précisé|souligné|déclaré|indiqué|estimé|poursuivi|rappelé|expliqué|insisté|dit|jugé|noté|relevé|observé|averti|prévenu|conclu|fait\s+valoir|fait\s+observer|fait\s+remarquer)"
SAID_AFTER_FR = re.compile(
    rf",\s*[»”\"]?\s*a\s+{_DIT}(?:\s+(?:pour\s+sa\s+part|quant\s+à\s+(?:lui|elle)|de\s+son\s+côté|également|encore|aussi))?"
    r"\s+(?P<who>[^,.;»”\"]{2,80}?)(?:\s*\.?\s*$|,\s+(?:en\s+)?\w{3,}ant\b)"
)
# A delegate named inside a sentence about something else, as the subject of a verb of speech: "… prompted debate
# after the representative of Chile, who had introduced the draft, announced that …", "…, including the representative
# of Pakistan, who said that …"; in French, "… présenté par la Fédération de Russie, qui avait expliqué que …".
MID_SPEAKER = re.compile(
    r"(?:\b(?:after|when|as|while|including|with)\s+|,\s+)(?:the\s+)?(?:representative|delegate)\s+(?:of|for|from)\s+"
    r"(?P<who>[^,.;()]{2,60}?)(?:\s*,\s+who\s+(?!said\b)[^,.;]{3,100},)?\s*,?\s+(?:who\s+)?"
    r"(?:said|stated|announced|stressed|explained|argued|noted|warned|told|declared)\b"
    rf"|\bpar\s+(?P<qui>(?:l[ea]\s+|l['’]|les\s+)[^,.;()]{{2,60}}?)\s*,?\s+qui\s+(?:a|avait)\s+(?:{_DIT})\b",
)
FRENCH_ARTICLE = re.compile(r"(?:l[ea]\s+|l['’])?")
# A French sentence that gives a state's view, the state first: "Pour la France, c’est le détournement …",
# "Selon l’Égypte, …".
VIEW_OF_FR = re.compile(r"\s*(?:Pour|Selon|D['’]après)\s+(?P<who>[^,.;]{2,60}?)\s*,\s*\S")
# A French sentence whose subject is the state itself, then a verb of speech: "Les États-Unis, autre État opposé au texte,
# ont justifié cette position en affirmant que …", "La Norvège a quant à elle estimé que …" (an apposition between).
STATE_SAYS_FR = re.compile(
    r"(?P<apposition>\s*,\s*[^,.;:]{2,100}?,)?\s+(?:a|ont)\s+(?:(?:quant\s+à\s+(?:lui|elle|eux)|pour\s+sa\s+part|\w+ment|également"
    rf"|aussi|encore)\s+)?(?:{_DIT}|justifié|plaidé|regretté|dénoncé|exprimé|souhaité|appelé|demandé)\b"
)
SUBJECT_ARTICLE_FR = re.compile(r"[Ll](?:[ea]\s+|es\s+|['’])")
# A sentence that opens with the speaker's words, the speaker after them: "“We owe …,” the representative of …".
QUOTED_LEAD = re.compile(r"\s*[“\"][^”\"\n]{1,600}[”\"]\s*,?\s*")
SPEECH_VERB = re.compile(
    r"\b(?:said|saying|told|stated|added|declared|stressed|asked|warned|noted|highlighted|underlined|emphasized|"
    r"emphasised|described|recalled|expressed|urged|called|pointed\s+out|drew\s+attention|welcomed|regretted|"
    r"reiterated|reaffirmed|repeated|explained|argued|insisted|cautioned|responded|replied|agreed|recounted|announced|"
    r"outlined|made\s+the\s+point"
    rf"|(?:a|ont)\s+(?:\w+ment\s+)?(?:{_DIT}|regretté|salué|exprimé|considéré|dénoncé|plaidé|appelé|exhorté|invité|demandé"
    r"|justifié)"  # French, an adverb between ("a vigoureusement plaidé"), and its participles ("…, expliquant qu'il …")
    r"|expliquant|affirmant|soulignant|estimant|déclarant|indiquant|rappelant|jugeant"
    r"|señaló|destacó|afirmó|dijo|subrayó|expresó|indicó|reiteró|explicó|manifestó)\b"  # Spanish
)
# Words that open a delegate's sentence before the delegate, besides ``reported.OPENING``'s: "For his part, …",
# "Ainsi, …", "Pour sa part, …"; and a release's dateline its first sentence runs into ("19970530 GENEVA, 29 May (UN
# Information Service) -- The representative of …").
TURN_OPENING = re.compile(
    r"(?:\s*(?:For\s+(?:his|her|its|their)\s+part|In\s+(?:his|her|its|their)\s+turn|Ainsi|Pour\s+sa\s+part|De\s+son\s+côté"
    r"|Par\s+ailleurs|En\s+outre|Enfin)\s*,\s*)"
    r"|\s*(?:\d{8}\s+)?[A-Z][A-Z .'’]{1,30},\s+\d{1,2}\s+[A-Z][a-z]+\s+\([^()\n]{3,40}\)\s+--\s+"
)
# A delegate joined to a sentence about many speakers: "…, with the representative of Djibouti saying that …".
WITH_DELEGATE = re.compile(r",\s+with\s+")
WITH_SPEAKING = re.compile(r"[^,.;]{0,80}?\b(?:saying|stressing|noting|adding|warning|calling|urging|expressing)\b")
# A later sentence of a speaker's paragraph whose subject is still that speaker.
SAME_SPEAKER = re.compile(
    r"\s*(?:(?:However|Also|Further|Therefore|Thus|Nevertheless),?\s+)?(?:He|She|His|Her)\s+"
    r"(?:delegation|Government|country\s+)?"
)  # a tally whose sentence names a paragraph without saying the vote was on it
# "NEW YORK, 28 October (UN Headquarters) --": the day of the meeting, when the release is dated later.
DATELINE = re.compile(rf"\b[A-Z][A-Z .]+,\s+(?P<day>\d{{1,2}})\s+(?P<month>{tx.MONTH_NAMES})\s+\(UN\s+Headquarters\)")
# A delegate explaining the vote the delegation cast: "explaining his abstention", "explaining her negative vote",
# "Explaining his decision not to vote".
EXPLAINED = re.compile(
    r"\bexplain(?:s|ed|ing)?\s+(?:his|her|its|their)\s+(?:delegation[’']s\s+|country[’']s\s+)?"
    r"(?P<option>abstention|negative\s+vote|vote\s+against|positive\s+vote|affirmative\s+vote|vote\s+in\s+favou?r"
    r"|decision\s+not\s+to\s+(?:vote|participate\s+in\s+the\s+vot(?:e|ing)))\b"
    # "While casting a favourable vote, Iran's representative said …"
    r"|\b(?:while|after|when|in)\s+casting\s+(?:a|an|its|his|her|their)\s+(?P<cast>favou?rable|positive|affirmative|negative)"
    r"\s+vote\b",
    re.IGNORECASE,
)
# The delegate as the subject of the vote a release reports it explaining: "said his delegation had voted …".
DELEGATE_VOTER = re.compile(r"\s*(?:(?:his|her|its|their|the)\s+(?:delegation|country|Government)|it|he|she)\b", re.I)
EXPLAINED_OPTIONS = (
    ("non-voting", re.compile(r"not\s+to", re.I)),  # "explaining his decision not to vote"
    ("abstain", re.compile(r"abstention", re.I)),
    ("no", re.compile(r"negative|against", re.I)),
    ("yes", re.compile(r"positive|affirmative|favou?r", re.I)),
)
ISSUED = re.compile(
    rf"\(\s*Issued\s+on\s+(?P<date>\d{{1,2}}\s+{tx.MONTH_NAMES}(?P<year>\s+\d{{4}})?)\s*\.?\s*\)", re.IGNORECASE
)
SHORT_DATE = re.compile(r"^[ \t]*(?P<day>\d{1,2})/(?P<month>\d{1,2})/(?P<year>\d{4}|\d{2})[ \t]*$", re.MULTILINE)
ARTICLE = re.compile(r"(?:[Tt]he\s+)?")
LIST_GAP = re.compile(
    r"[\s,]*(?:\b(?:and|et|ou(?:\s+encore)?|or)\s+)?"
    r"(?:the\s+|la\s+|le\s+|les\s+|l['’]|d['’]|du\s+|des\s+|de\s+(?:la\s+|l['’])?)?",
    re.IGNORECASE,
)  # between the states of a list: "Japon et Royaume-Uni", "d'Israël, du Bélarus, de l'Inde", "le Pakistan, l'Inde ou encore"
# A delegate who speaks in a group's name ("speaking for the Non-Aligned Movement", "on behalf of the
# African Group"): what the paragraph reports is the group's, not the delegate's state's.
FOR_GROUP = re.compile(
    r"\b(?:speaking\s+(?:for|on\s+behalf\s+of)|on\s+behalf\s+of|au\s+nom\s+(?:de\s+(?:la\s+|l['’])?|du\s+|des\s+|d['’]))"
    r"\s*(?P<who>[^,.;:()]{2,120})",
    re.IGNORECASE,
)  # and the French "parlant également au nom de l'Irlande"
# The delegate's own state in its words: "his country", "her delegation", "sa délégation", "son pays".
OWN = re.compile(
    r"\b(?:(?:his|her|its|their)\s+(?:own\s+)?(?:country|delegation|Government|nation)|(?:my|our)\s+(?:country|delegation"
    r"|Government)|(?:sa|leur)\s+délégation|(?:son|leur)\s+(?:pays|gouvernement))\b",
    re.IGNORECASE,
)
# Whom a delegate speaks for when they are states the release leaves unnamed ("au nom d'une dizaine d'États Membres",
# "on behalf of 40 States"): no group's voice; the delegate's own state is among them and speaks with them.
UNNAMED_STATES = re.compile(
    r"\s*(?:(?:a|an|une?)\s+)?(?:(?:dizaine|vingtaine|trentaine|quarantaine|cinquantaine|number|group|groupe)\s+"
    r"(?:of\s+|d['’]|de\s+))?(?:\d{1,3}\s+|several\s+|some\s+|plusieurs\s+)?(?:other\s+|autres\s+)?(?:Member\s+)?"
    r"(?:États|Etats|States|countries|pays|délégations|delegations)(?:\s+Membres)?\s*",
    re.IGNORECASE,
)
# States a sentence has as the subject of their abstention: "… sur lequel les États-Unis, le Royaume-Uni et la France se
# sont abstenus", "La Fédération de Russie s'est, quant à elle, abstenue.", "…, while Ruritania and Freedonia abstained".
ABSTAINED = re.compile(r"\s+(?:s['’]est|se\s+sont)(?:\s*,\s*[^,.;]{2,30},)?\s+abstenu(?:e|s|es)?\b|\s+abstained\b")

# A Security Council release's account of a draft vetoed at the meeting, in its headlines or the paragraph that opens its
# account ("… failed to adopt a resolution … due to a veto cast by the Russian Federation", "Following Veto by China"):
# each state named as casting the veto voted against the draft (a veto is a permanent member's vote against it).
VETO_BY = re.compile(
    r"\b(?:vetoe?s?\s+cast\s+by|vetoed\s+by|(?:following|after|because\s+of|due\s+to|owing\s+to|on\s+account\s+of)"
    r"\s+(?:(?:a|the)\s+)?(?:double\s+)?vetoe?s?\s+(?:cast\s+)?by)\s+(?P<names>[^.;:,—–()\n]{3,120})",
    re.IGNORECASE,
)
VETO_HYPOTHETICAL = re.compile(
    r"\b(?:would|could|might|will|may|if|threat\w*|fear\w*|any|possible)\b[^.;]*$|^\s*(?:would|could|might|will)\b",
    re.IGNORECASE,
)
LEAD = re.compile(r"\b(?:today|this\s+(?:morning|afternoon|evening))\b", re.IGNORECASE)
# Where the clause of such a subject may open: the sentence's start or these words.
CLAUSE_OPENING = re.compile(
    r",\s+|\b(?:while|whereas|and|but|sur\s+lequel|sur\s+laquelle|tandis\s+que|alors\s+que|mais|et)\s+", re.IGNORECASE
)
NATIONAL_CAPACITY = re.compile(r"\bnational\s+capacity\b", re.IGNORECASE)
PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_REACH = 1500  # characters a tally looks back for the draft it is on


class _Named(NamedTuple):
    """A draft's symbol where the text names it (the whole mention, and the symbol's own offsets)."""

    symbol: str
    start: int
    symbol_start: int
    symbol_end: int
    end: int


def symbol_of_address(address: str | None) -> str | None:
    """The symbol a UN meetings coverage address is made of ("https://press.un.org/en/2018/gadis3601.doc.htm"
    is GA/DIS/3601), or None."""
    match = ADDRESS.match(address or "")
    if match is None:
        return None
    return f"{ADDRESS_SERIES[match['series'].lower()]}{match['number']}"


def detect(text: str, address: str | None = None) -> float:
    """How sure we are that the text is a UN meetings coverage press release (0 = not one): a symbol near
    its top and the marks of the UN's meetings coverage, or an address on the UN's press site made of
    such a symbol (a copy kept without its header) with a meeting's account in the text."""
    by_address = 0.8 if symbol_of_address(address) and MEETING_ACCOUNT.search(text[:3000]) else 0.0
    if not SYMBOL.search(text[:800]):
        return by_address
    marks = sum(1 for mark in (*MARKS, SESSION_FR, MEETING_FR) if mark.search(text[:1500]))
    by_text = min(round(0.7 + 0.1 * marks, 2), 1.0) if marks else 0.0  # rounded: 0.7 + 0.1 is 0.7999… in floats
    return max(by_text, by_address)  # the address never makes the text's own marks count for less


def parse(text: str, address: str | None = None) -> PressReleaseRecord:
    """Parse a press release; ValueError when it has no GA/DIS, GA or SC symbol near its top, nor an
    address made of one."""
    symbol_match = SYMBOL.search(text[:800])
    symbol = symbol_match.group() if symbol_match else symbol_of_address(address)
    if symbol is None:
        raise ValueError("no press release symbol (GA/DIS/nnnn, GA/nnnnn or SC/nnnnn) near the top")
    missing: list[str] = []
    head = text[:1500]
    date = _release_date(text, head)
    dateline = DATELINE.search(head)
    meeting_date = _dateline_date(dateline, date) if dateline else date
    session_match = SESSION.search(head) or SESSION_FR.search(head)
    meeting = MEETING.search(head) or MEETING_FR.search(head) or _running_head_meeting(text, symbol)
    # GA/DIS/nnnn is the First Committee's series; GA/nnnnn the plenary's, even when it adopts the Committee's
    # texts; SC/nnnnn the Security Council's, which has no sessions
    committee = symbol.startswith(COMMITTEE_SERIES)
    body = _body(text, symbol, committee, missing)
    on_committee_texts = committee or bool(FIRST_COMMITTEE_TEXTS.search(head) and not OTHER_COMMITTEE.search(text))
    for name, value in (
        ("date", date),
        ("session", session_match or symbol.startswith(COUNCIL_SERIES + DISARMAMENT_SERIES)),  # those have none
        ("meeting number", meeting),
    ):
        if not value:
            missing.append(name)
    paragraphs = _paragraphs(text)
    number = tx.ordinal(session_match["word"]) or tx.french_ordinal(session_match["word"]) if session_match else None
    session = str(number) if number else None
    council = symbol.startswith(COUNCIL_SERIES)
    drafts = _drafts(
        text, session if on_committee_texts else None, council, meeting_date.year if meeting_date else None
    )
    actions, votes = _actions(text, paragraphs, meeting_date, drafts)
    votes += _intended(text, meeting_date)
    year = meeting_date.year if meeting_date else un_symbols.session_year(int(session)) if session else None
    positions, speaker_votes = _speakers(text, paragraphs, meeting_date, year, drafts)
    seen = {claim.position.state for claim in positions}
    positions += _explainers(text, paragraphs, year, seen)
    abstained, abstainers_said = _abstainers(text, paragraphs, meeting_date, year, seen)
    votes += abstained + _abstained(text, paragraphs, meeting_date)
    if council:
        against = {vote.state for vote in votes if vote.option == "no" and vote.symbol is None}
        votes += [vote for vote in _vetoed(text, paragraphs, meeting_date) if vote.state not in against]
    positions += abstainers_said
    if not actions:
        missing.append("drafts acted on")
    return PressReleaseRecord(
        symbol=symbol,
        date=date,
        meeting_date=meeting_date,
        body=body,
        session=session,
        meeting=int(meeting["number"].replace(",", "")) if meeting else None,
        last_meeting=int(meeting["second"]) if meeting and meeting["second"] else None,
        actions=tuple(actions),
        votes=tuple(votes + speaker_votes),
        positions=tuple(positions),
        missing=tuple(missing),
    )


def _body(text: str, symbol: str, committee: bool, missing: list[str]) -> str | None:
    """The body whose meeting the release covers: by its series (GA/DIS/ the First Committee, SC/ the
    Security Council, GA/ the Assembly); in the disarmament series, the one forum its first paragraph
    names, where it names one (its own symbol, "CD/G/475", is no mention of the Conference on Disarmament)."""
    if committee:
        return "first-committee"
    if symbol.startswith(FOURTH_COMMITTEE_SERIES):
        return "fourth-committee"
    if symbol.startswith(COUNCIL_SERIES):
        return "unsc"
    if not symbol.startswith(DISARMAMENT_SERIES):
        return "unga"
    opening = OPENING_DATELINE.search(text, 0, 4000)
    paragraph = text[opening.start() : text.find("\n", opening.end()) % (len(text) + 1)] if opening else ""
    symbols = [(m.start(), m.end()) for m in SYMBOL.finditer(paragraph)]
    named = {
        found.ref.key
        for found in gazetteer.find_forums_in(paragraph)
        if not any(start <= found.start < end for start, end in symbols)
    }
    if len(named) == 1:
        return named.pop()
    missing.append("body: the release's first paragraph names no one forum")
    return None


def _release_date(text: str, head: str) -> dt.date | None:
    """The release's date: the day it says it was issued ("(Issued on 27 October 2005.)", which a copy
    republished later keeps below its own date; without a year, the year of the head's date), else the
    first date of its head."""
    issued = ISSUED.search(text)
    if issued and issued["year"]:
        return tx.parse_date(issued["date"])
    headed = _head_date(head)
    if issued and headed:  # "(Issued on 28 October.)" below a head dated 27/10/2004: the head's year
        return tx.parse_date(f"{issued['date']} {headed.year}")
    return headed


PROSE_LINE = re.compile(r"^[^\n]{200,}", re.MULTILINE)  # a paragraph of the account, not a heading line


def _head_date(head: str) -> dt.date | None:
    """The first date of the head, written out or as the UN's "03/11/03" or "27/10/2004" (day first), else
    the date tag an older release opens its first paragraph with ("19951117 The General Assembly …"). Not a date
    of the release's account, below its heading lines: "… reconduit jusqu'au 31 juillet 2024 le régime …"."""
    prose = PROSE_LINE.search(head)
    lines = head[: prose.start()] if prose else head
    found = [match for match in (tx.DATE.search(lines), tx.ISO_DATE.search(lines)) if match]
    date_match = min(found, key=lambda match: match.start()) if found else None  # the first date, in any form
    tag = DATE_TAG.search(head) if not date_match else None
    if tag:
        try:
            return dt.date(int(tag["year"]), int(tag["month"]), int(tag["day"]))
        except ValueError:
            pass
    short = SHORT_DATE.search(lines)
    if date_match and (short is None or date_match.start() < short.start()):
        return tx.date_of(date_match)
    if short is None:
        return None
    day, month, year = (int(short[name]) for name in ("day", "month", "year"))
    try:
        return dt.date(year + (1900 if year >= 50 else 2000) if year < 100 else year, month, day)
    except ValueError:
        return None


def _dateline_date(dateline: re.Match[str], release: dt.date | None) -> dt.date | None:
    """The dateline's day, in the release's year (the year before when that would follow the release)."""
    if release is None:
        return None
    day = tx.parse_date(f"{dateline['day']} {dateline['month']} {release.year}")
    if day is not None and day > release:
        day = tx.parse_date(f"{dateline['day']} {dateline['month']} {release.year - 1}")
    return day


def _paragraphs(text: str) -> list[tuple[int, int]]:
    bounds, start = [], 0
    for gap in PARAGRAPH_BREAK.finditer(text):
        if text[start : gap.start()].strip():
            bounds.append((start, gap.start()))
        start = gap.end()
    if text[start:].strip():
        bounds.append((start, len(text)))
    return bounds


def _paragraph_index(paragraphs: list[tuple[int, int]], at: int) -> int:
    return next((i for i, (start, end) in enumerate(paragraphs) if start <= at < end), len(paragraphs) - 1)


def _actions(text: str, paragraphs, date, drafts: list[_Named]) -> tuple[list[DraftAction], list[ReportedVote]]:
    """Every draft named with its symbol (``drafts``), and every tally with the draft it is on."""
    actions: dict[tuple[str, str | None], DraftAction] = {}
    for draft in drafts:
        title = TITLE_BEFORE.search(text, max(0, draft.start - 220), draft.start)
        key = (draft.symbol, None)
        if key not in actions:
            actions[key] = DraftAction(
                symbol=draft.symbol,
                title=tx.fold(title["title"]) if title else None,
                span=Span(start=draft.symbol_start, end=draft.symbol_end),
            )
    votes: list[ReportedVote] = []
    conflicting: set[tuple[str, str | None]] = set()
    for tally in _tallies(text):
        p_start, (s_start, s_end) = _sentence_at(text, paragraphs, tally.start())
        if ANOTHER_TIME.search(text, s_start, tally.start()):
            continue  # "Last year, the text was approved by 160 in favour …": not this meeting's vote
        part = _part(text, p_start, (s_start, s_end), tally)
        on = _draft_of(text, drafts, paragraphs, s_start, s_end, tally.span(), 3 if part else 1)  # paragraphs back
        counts = _counts(tally)
        if counts is None:
            continue  # the abstentions named by a list that is not one of states alone: no count
        span = Span(start=s_start, end=s_end)
        quote = text[s_start:s_end]
        if part == AMBIGUOUS:
            continue  # not clear whether the vote was on the whole text: nothing is taken from it
        if on is not None and counts["abstain"] is not None:
            vote_key = (on, part)
            previous = actions.get((on, None))
            if vote_key in conflicting or (
                actions.get(vote_key)
                and actions[vote_key].yes is not None
                and (actions[vote_key].yes, actions[vote_key].no, actions[vote_key].abstain)
                != (counts["yes"], counts["no"], counts["abstain"])
            ):
                conflicting.add(vote_key)  # two different tallies for one vote: neither is taken
                actions[vote_key] = actions[vote_key].model_copy(update={"yes": None, "no": None, "abstain": None})
                continue
            actions[vote_key] = DraftAction(
                symbol=on,
                title=previous.title if previous and part is None else None,
                part=part,
                yes=counts["yes"],
                no=counts["no"],
                abstain=counts["abstain"],
                span=span,
                quote=quote,
            )
        if part:
            continue  # states named in a paragraph's vote did not vote so on the whole text
        groups = tally.groupdict()  # a French tally has no cut list and no "abstentions of"
        cut = groups.get("abstain_cut")  # a list the excerpt cuts off: the names before the cut are stated
        abstaining = (
            groups["abstain_names"]
            or groups.get("abstain_dashed")
            or groups.get("abstain_of")
            or (cut.rsplit(",", 1)[0] if cut and "," in cut else None)
        )
        against = tally["no_names"] or groups.get("no_among")  # all of them, or some ("dont la Chine, …")
        in_favour = _states_listed(groups.get("yes_names"))  # named in favour only where the list is the whole count
        if len(in_favour) != counts["yes"]:
            in_favour = []
        for option, states in (
            ("yes", in_favour),
            ("no", _states_listed(against)),
            ("abstain", _states_listed(abstaining)),
        ):
            for state in states:
                votes.append(ReportedVote(state=state, option=option, symbol=on, date=date, span=span, quote=quote))
    votes += _cut_against(text, paragraphs, drafts, date)
    for draft in drafts:  # "Acting without a vote, the Committee approved “L.15/Rev.1”"
        _, (s_start, s_end) = _sentence_at(text, paragraphs, draft.start)
        named = {d.symbol for d in drafts if s_start <= d.start < s_end}
        together = ALL_WITHOUT_VOTE.search(text, s_start, s_end)
        alone = named == {draft.symbol} and WITHOUT_VOTE.search(text, s_start, s_end)
        if together and any(d.start >= together.start() for d in drafts if s_start <= d.start < s_end):
            together = None  # a draft named after the words is not among those they say were adopted so
        if (alone or together) and not _tallies(text, s_start, s_end):
            action = actions[(draft.symbol, None)]
            if action.yes is None:
                actions[(draft.symbol, None)] = action.model_copy(update={"without_vote": True})
    return list(actions.values()), votes


def _counts(tally: re.Match[str]) -> dict[str, int | None] | None:
    """A tally's yes, no and abstain counts, in figures or words; the abstentions counted from the states
    named where the text gives no number ("and the abstentions of Angola, Chad and China"), None where a
    French tally gives none."""
    counts: dict[str, int | None] = {"yes": _number(tally["yes"]), "no": _number(tally["no"] or "0")}  # none said: none
    abstain_of = tally.groupdict().get("abstain_of")
    if abstain_of:
        listed = _states_listed(abstain_of)
        return {**counts, "abstain": len(listed)} if listed else None
    return {**counts, "abstain": _number(tally["abstain"]) if tally["abstain"] else None}


def _number(written: str) -> int:
    """A count written in figures or as a word ("14", "none", "one")."""
    return COUNT_WORDS.get(written.lower(), 0) if not written.isdigit() else int(written)


def _sentence_at(text: str, paragraphs, at: int) -> tuple[int, tuple[int, int]]:
    """Where the paragraph holding offset ``at`` starts, and the span of the sentence holding it (the
    paragraph's, where no sentence does)."""
    p_start, p_end = paragraphs[_paragraph_index(paragraphs, at)]
    sentence = next(((a, b) for a, b in tx.sentences(text[p_start:p_end], p_start) if a <= at < b), (p_start, p_end))
    return p_start, sentence


def _cut_against(text: str, paragraphs, drafts, date) -> list[ReportedVote]:
    """The states an excerpt names against the whole text before it cuts off inside the list ("… 164 in
    favour to 5 against (Belarus, India, Mali, Niger, Ru"): each whole name before the cut; no tally."""
    cut = CUT_AGAINST.search(text) or CUT_AGAINST_FR.search(text)
    if cut is None or "," not in cut["names"]:
        return []
    p_start, (s_start, _) = _sentence_at(text, paragraphs, cut.start())
    if _part(text, p_start, (s_start, len(text)), cut) is not None:
        return []  # a paragraph's vote, or not clearly the whole text's
    on = _draft_of(text, drafts, paragraphs, s_start, len(text), cut.span(), 1)
    span = Span(start=s_start, end=len(text))
    names = cut["names"].rsplit(",", 1)[0]
    return [
        ReportedVote(state=state, option="no", symbol=on, date=date, span=span, quote=text[s_start:])
        for state in _states_listed(names)
    ]


def _running_head_meeting(text: str, symbol: str) -> re.Match[str] | None:
    """The meeting a page's running head gives after the release's symbol, further down than the head:
    "… - Press Release GA/9035 90th Meeting (PM) 12 December 1995"."""
    for found in re.finditer(re.escape(symbol) + r"\s+", text):
        meeting = MEETING.match(text, found.end())
        if meeting:
            return meeting
    return None


def _drafts(text: str, committee_session: str | None, council: bool = False, year: int | None = None) -> list[_Named]:
    """Every draft the text names by symbol, in order (short symbols of a First Committee release too; in
    the Security Council's, the resolution it adopts, "resolution 2117 (2013)", named for want of its draft's, never
    one of a year before the meeting's: "the Panel created by resolution 1929 (2010)" in 2011 was not adopted then)."""
    drafts = [_Named(m["symbol"], m.start(), m.start("symbol"), m.end("symbol"), m.end()) for m in DRAFT.finditer(text)]
    if council:
        drafts += [
            _Named(f"S/RES/{m['number']}({m['year']})", m.start(), m.start(), m.end(), m.end())
            for m in COUNCIL_RESOLUTION.finditer(text)
            if year is None or int(m["year"]) == year
        ]
    if committee_session:
        drafts += [
            _Named(
                f"A/C.1/{committee_session}/{m['short'] or m['bare'] or m['named']}",
                m.start(),
                *m.span(m.lastgroup or 0),
                m.end(),
            )
            for m in SHORT_DRAFT.finditer(text)
        ]
    return sorted(drafts, key=lambda named: named.start)


def _part(text: str, p_start: int, sentence: tuple[int, int], tally: re.Match[str]) -> str | None:
    """What a tally is on: None for the whole text ("The text, …, was approved by …", "as a whole",
    or no paragraph named), else the paragraph ("preambular paragraph 32", or "that paragraph" or "that
    portion of the text" named in an earlier sentence), or AMBIGUOUS where the sentence names a paragraph in some
    other way. What is voted on is named before the tally, or after it where the sentence opens with it."""
    s_start, s_end = sentence
    at, tally_end = tally.start(), tally.end()
    lo, hi = s_start, at
    if TALLY_FIRST.fullmatch(text, s_start, at):  # "By a recorded vote of …, the Committee retained paragraph 3 …"
        lo, hi = tally_end, s_end
    before = PRIOR_TO_WHOLE.sub(" ", text[lo:hi])  # "Prior to passage of the draft as a whole, …": when, not what
    if PORTION_VOTE.search(before):  # "The Assembly retained that portion of the text by …"
        earlier = list(PART.finditer(text, p_start, s_start))
        return tx.fold(earlier[-1]["part"]).lower() if earlier else AMBIGUOUS
    if not re.search(r"\bparagraphs?\b", before, re.IGNORECASE):
        return None
    if not PART_VOTE.search(before):
        return None if WHOLE.search(before) else AMBIGUOUS
    named = PART.search(text, lo, hi)
    if named:
        return tx.fold(named["part"]).lower()
    earlier = list(PART.finditer(text, p_start, s_start))
    return tx.fold(earlier[-1]["part"]).lower() if earlier else AMBIGUOUS


# The verb that opens a sentence on what was adopted, right before the text's name: "Adopting resolution 2684 (2023)"
ADOPTING = re.compile(r"\s*(?:Adopting|Approving|By\s+adopting)(?:\s+draft)?\s*", re.IGNORECASE)


def _draft_of(text: str, drafts, paragraphs, s_start: int, s_end: int, tally: tuple[int, int], back: int) -> str | None:
    """The draft a tally (its span) is on: the one its sentence names, else the one named last before it in its
    paragraph or the ``back`` before it (a paragraph's separate vote looks further back, to the draft
    under discussion) (None: no draft, or the sentence names several)."""
    at, tally_end = tally
    inside = {d.symbol for d in drafts if s_start <= d.start < s_end}
    adopted = {d.symbol for d in drafts if s_start <= d.start < at and ADOPTING.fullmatch(text, s_start, d.start)}
    if len(inside) > 1 and len(adopted) == 1:
        return adopted.pop()  # "Adopting resolution 2684 (2023) by a vote of …, the Council extended … resolution 2635"
    if inside:
        return inside.pop() if len(inside) == 1 else None
    opened = TALLY_OPENING.match(text, s_start)  # "Approved by a recorded vote of …, the draft would …"
    after = TALLY_SUBJECT.match(text, tally_end) if opened and opened.end() >= at else None
    if back == 1 and not (BACK_REFERENCE.search(text[s_start:at]) or after):
        return None  # "The text on small arms, …, was approved": a text the release does not name by symbol
    here = _paragraph_index(paragraphs, at)
    floor = paragraphs[max(0, here - back)][0] if paragraphs else 0
    before = [d for d in drafts if max(floor, at - _REACH * back) <= d.start < at]
    if back > 1 and not before:  # a paragraph's vote: the draft under discussion, however far back
        before = [d for d in drafts if at - _REACH * back <= d.start < at]
    return before[-1].symbol if before else None


def _states_listed(names: str | None) -> list[str]:
    """The states a bracketed list names, by name, so that "Trinidad and Tobago" is one item; none when
    one of its items is not a state (a list that is not a plain list of states, "see annex", yields nothing).
    A name that is a state's only as a whole item ("Inde, Maurice et Syrie") counts here, its acronym in brackets
    after it aside."""
    whole_items, codes = _list_item_names()
    names = re.sub(r"\s*\([A-Z]{2,6}\)", "", names or "")  # a name's acronym after it: "… de Corée (RPDC)"
    written = whole_items.sub(lambda match: gazetteer.state(codes[match["name"]]).short_name, names)
    return list(speech.states_only(written, LIST_GAP) or ())


@lru_cache(maxsize=1)
def _list_item_names() -> tuple[re.Pattern[str], dict[str, str]]:
    """The names that are states' only as whole items of a list, and a pattern that finds them as such."""
    codes = gazetteer.names_as_list_items()
    alternatives = "|".join(map(re.escape, sorted(codes, key=len, reverse=True)))
    after = r"\s*(?:[,;)]|\b(?:and|et|y|ou|or)\b|$)"
    before = r"(?:^|(?<=[,;(])|(?<=[,;(]\s)|(?<=\b(?:et|ou|or)\s)|(?<=\by\s)|(?<=\band\s))"
    pattern = re.compile(rf"{before}(?P<name>{alternatives})(?={after})")
    return pattern, codes


def _intended(text: str, date) -> list[ReportedVote]:
    """States that informed the Secretariat they had intended to vote otherwise."""
    votes = []
    for match in INTENDED.finditer(text):
        option = match["option"].lower()
        option = "abstain" if "abstain" in option else "no" if ("against" in option or option.endswith("no")) else "yes"
        sentence_start = match.start("who") + len(match["who"]) - len(match["who"].lstrip())
        for found in gazetteer.find_states_in(text[sentence_start : match.end("who")]):
            votes.append(
                ReportedVote(
                    state=found.ref.alpha3,
                    option=option,
                    intended=True,
                    date=date,
                    span=Span(start=sentence_start, end=match.end()),
                    quote=text[sentence_start : match.end()],
                )
            )
    return votes


def _end(match: re.Match[str] | None, default: int) -> int:
    """Where a match of a pattern that may match nothing ends (``default`` when it did not match)."""
    return match.end() if match else default


def _delegate(text: str, start: int, end: int) -> str | None:
    """The state whose delegate is the subject of the sentence ``text[start:end]``, or None; a sentence
    that opens with the delegate's words ("“We owe …,” the representative of the United States told …")
    counts where a verb of speech follows the delegate."""
    quoted = QUOTED_LEAD.match(text, start, end)
    if quoted:
        state = _delegate(text, quoted.end(), end)
        words = state and SPEECH_VERB.search(text, quoted.end(), min(end, quoted.end() + 120))
        return state if words else None
    at = _end(SPEAKING.match(text, start, end), start)
    at = _end(TURN_OPENING.match(text, at, end), at)
    at = _end(reported.OPENING.match(text, at, end), at)
    state = _delegate_at(text, at, end) or _state_says(text, at, end)
    joined = WITH_DELEGATE.search(text, start, end) if state is None else None
    if joined:  # "Many speakers …, with the representative of Djibouti saying that …"
        state = _delegate_at(text, joined.end(), end)
        speaking = WITH_SPEAKING.match(text, joined.end(), min(end, joined.end() + 120))
        state = state if speaking else None
    return state


def _delegate_at(text: str, at: int, end: int) -> str | None:
    """The state of the delegate named at ``at`` ("the representative of X", "X's delegate", a person named with
    the state and speaking: "Vasily Nebenzya of the Russian Federation, in explanation of position, said …"), or
    None."""
    person = PERSON_OF.match(text, at, end)
    if person and not NOT_A_PERSON.search(person["name"]):
        state_at = _end(ARTICLE.match(text, person.end(), end), person.end())
        found = gazetteer.find_states_in(text[state_at : min(end, state_at + 80)])
        named = found and found[0].start == 0 and found[0].kind == "name"
        if named and PERSON_SPEAKS.match(text, state_at + found[0].end, end):
            return found[0].ref.alpha3
    of = DELEGATE_OF.match(text, at, end)
    at = _end(ARTICLE.match(text, of.end() if of else at, end), of.end() if of else at)
    found = gazetteer.find_states_in(text[at : min(end, at + 80)])
    if not found or found[0].start != 0:
        return None
    if found[0].kind == "adjective":  # "the Cuban representative", never "the representative of Cuban …"
        return None if of or not ADJECTIVE_DELEGATE.match(text, at + found[0].end, end) else found[0].ref.alpha3
    if of or DELEGATE_AFTER.match(text, at + found[0].end, end):
        return found[0].ref.alpha3
    return None


def _state_says(text: str, at: int, end: int) -> str | None:
    """The state a French sentence has as its subject, speaking ("Les États-Unis … ont justifié …", "La France a
    estimé que …"): its name at ``at``, after its article, then the verb; or None."""
    opened = SUBJECT_ARTICLE_FR.match(text, at, end)
    if opened is None:
        return None  # a French state's name as a subject has its article ("la France", "les États-Unis")
    name_at = opened.end()
    found = gazetteer.find_states_in(text[name_at : min(end, name_at + 80)])
    if not found or found[0].start != 0 or found[0].kind != "name":
        return None
    says = STATE_SAYS_FR.match(text, name_at + found[0].end, end)
    if says is None or (says["apposition"] and gazetteer.find_states_in(says["apposition"])):
        return None  # an apposition naming another state: whose words they are is unclear
    return found[0].ref.alpha3


@lru_cache(maxsize=4096)  # a turn's sentences are asked twice: to mark turns, then for their words
def _said_after(text: str, start: int, end: int) -> tuple[int, str | None] | None:
    """Where the words end in a sentence that names its speaker after them ("Other regions were
    threatened, said Egypt's representative.", "…, he said."), with the delegate's state (None for
    "he"/"she"); None for any other sentence."""
    match = SAID_AFTER.search(text, start, end)
    if match is None:
        french = SAID_AFTER_FR.search(text, start, end)
        if french is None:
            return None
        state = _delegate(text, *french.span("who")) or _state_itself(text, *french.span("who"))
        return (french.start(), state) if state else None
    if match["pronoun"]:
        return match.start(), None
    if match["its"] or match["country"]:  # "In the Lao People's Democratic Republic, …, its representative told …"
        state = gazetteer.only_state_named(text[start : match.start()])
        return (match.start(), state) if state else None
    who = "who" if match["who"] else "who_first"
    state = _delegate(text, match.start(who), end)
    return (match.start(), state) if state else None


def _state_itself(text: str, start: int, end: int) -> str | None:
    """The state whose name, after a French article, is the whole of ``text[start:end]`` ("l’Éthiopie"), or None."""
    at = _end(FRENCH_ARTICLE.match(text, start), start)
    found = gazetteer.find_states_in(text[at:end])
    whole = len(found) == 1 and found[0].kind == "name" and found[0].start == 0
    return found[0].ref.alpha3 if whole and at + found[0].end == end else None


def _named_whole(phrase: str) -> str | None:
    """The state whose name, after an English article, is the whole of ``phrase`` ("the Russian Federation"), or None."""
    phrase = re.sub(r"^the\s+", "", phrase.strip())
    found = gazetteer.find_states_in(phrase)
    whole = len(found) == 1 and found[0].kind == "name" and found[0].start == 0 and found[0].end == len(phrase)
    return found[0].ref.alpha3 if whole else None


def _view_of(text: str, start: int, end: int) -> str | None:
    """The state whose view a French sentence gives by opening with it ("Pour la France, …"), or None."""
    view = VIEW_OF_FR.match(text, start, end)
    return _state_itself(text, *view.span("who")) if view else None


def _reported_words(text: str, sentences, delegate: str, year: int | None) -> list[ReportedPosition]:
    """Positions of the sentences of a turn that name their speaker after the words: the delegate's
    assessment (``considers``) of the topic the words name."""
    found = []
    for start, end in sentences:
        said = _said_after(text, start, end)
        if said is None or said[1] not in (None, delegate):
            continue
        if {m.ref.alpha3 for m in gazetteer.find_states_in(text[start : said[0]])} - {delegate}:
            continue  # the words name another state: whose view they give is not read here
        topic = positions.topic_in(text, start, said[0])
        if topic is None:
            continue
        mention = PositionMention(
            state=delegate,
            stance="considers",
            topic=topic[0],
            span=Span(start=start, end=end),
            quote=text[start:end],
            rule=f"reported speech, the speaker named after the words; topic '{topic[0]}' by {topic[1]!r}",
            about=positions.about(text, start, said[0]),
            modality="reported",
        )
        found.append(ReportedPosition(position=mention, year=year))
    return found


def _unclassified(
    text: str,
    sentence: tuple[int, int],
    delegate: str,
    year: int | None,
    turn_end: int,
    listed: tuple[str, ...] = (),
    grouped: bool = False,
) -> list[ReportedPosition]:
    """What a delegate is reported to have said where the lexicon finds no position in the turn: the
    sentence that shows the delegate speaking, as the state's reported words, stance ``says`` on topic
    ``unclassified``: the quote, and nothing read into it. None where that sentence names another
    state or gives no words (no verb of speech, or an excerpt cut just after it), or where the delegate
    speaks for a group in the turn or just after it ("Speaking on behalf of CARICOM, he said …"), unless the words are
    to be the group's (``grouped``)."""
    start, end = sentence
    verb = SPEECH_VERB.search(text, start, end)
    words = verb and (
        len(text[verb.end() : end].split()) >= 4
        or CUT_THAT.match(text, verb.end(), end)
        or _said_after(text, start, end)
    )
    if not (words or _view_of(text, start, end)) or {
        m.ref.alpha3 for m in gazetteer.find_states_in(_frame(text, start, end, verb))
    } - {delegate, *listed}:
        return []
    others = {m.ref.alpha3 for m in gazetteer.find_states_in(text[start:end])} - {delegate, *listed}
    if others and not OWN.search(text, start, end):
        return []  # words about other states alone ("… recalled that in 2008 Utopia had opposed …"): not read
    if (
        not listed
        and not grouped
        and any(
            not (UNNAMED_STATES.fullmatch(for_group["who"]) and OWN.search(text, for_group.end(), end))
            for for_group in FOR_GROUP.finditer(text, start, min(len(text), turn_end + 400))
        )
    ):
        return []
    rule = "reported speech of the delegate; the lexicon finds no stance or topic in it"
    return [_says(text, delegate, (start, end), rule, year, positions.about(text, start, end))]


# Words an excerpt cuts off just after the verb of speech has said there were some: "X's representative said that, while"
# (a whole word after "that"; "… noted that t", cut inside its first word, shows too little)
CUT_THAT = re.compile(r"\s+that\b(?:\s*,)?\s+\w{3,}[\s,]*$")
QUOTED = re.compile(r"[“\"][^”\"\n]{1,600}[”\"]")


def _frame(text: str, start: int, end: int, verb: re.Match[str] | None) -> str:
    """The words of a sentence that frame a delegate's words: before its verb of speech (all of it without one), the
    words quoted there aside ("“Russia's rhetoric …,” Portugal's representative said" names Portugal alone)."""
    return QUOTED.sub(" ", text[start : verb.start() if verb else end])


def _says(text: str, state: str, sentence: tuple[int, int], rule: str, year: int | None, about=()) -> ReportedPosition:
    """A state reported to have spoken, in the sentence that shows it: stance ``says`` on topic
    ``unclassified``, nothing read into it."""
    start, end = sentence
    mention = PositionMention(
        state=state,
        stance="says",
        topic="unclassified",
        span=Span(start=start, end=end),
        quote=text[start:end],
        rule=rule,
        about=about,
        modality="reported",
    )
    return ReportedPosition(position=mention, year=year)


def _turns(text: str, paragraphs) -> list[tuple[str, list[tuple[int, int]]]]:
    """Each delegate's turn: a sentence whose subject is a state's delegate ("Cuba's representative
    said …", "Meanwhile, the representative of Egypt …") and the sentences after it, up to the next
    such sentence or the end of the paragraph; with the delegate's state. A paragraph that opens with
    the same speaker ("He said …", "Her Government …") goes on with the turn the paragraph before ended in."""
    turns: list[tuple[str, list[tuple[int, int]]]] = []
    open_turn: list[tuple[int, int]] | None = None  # the turn the previous paragraph ended in
    for start, end in paragraphs:
        sentences = tx.sentences(text[start:end], start)
        opened = [
            (
                number,
                _delegate(text, *sentence)
                or _view_of(text, *sentence)
                or (_said_after(text, *sentence) or (0, None))[1],
            )
            for number, sentence in enumerate(sentences)
        ]
        marks = [(number, delegate) for number, delegate in opened if delegate]
        first_mark = marks[0][0] if marks else len(sentences)
        if open_turn is not None and first_mark and SAME_SPEAKER.match(text, *sentences[0]):
            open_turn += sentences[:first_mark]
        elif not marks:
            open_turn = None
        for index, (number, delegate) in enumerate(marks):
            until = marks[index + 1][0] if index + 1 < len(marks) else len(sentences)
            turns.append((delegate, sentences[number:until]))
            open_turn = turns[-1][1]
    return turns


def _speakers(
    text: str, paragraphs, date, year: int | None, drafts
) -> tuple[list[ReportedPosition], list[ReportedVote]]:
    """Positions and explained votes reported in each delegate's turn (``_turns``); a vote only in a
    sentence whose subject is that delegate ("he", "his delegation")."""
    positions: list[ReportedPosition] = []
    votes: list[ReportedVote] = []
    for delegate, sentences in _turns(text, paragraphs):
        start, end = sentences[0][0], sentences[-1][1]
        _statuses, found, _votes = reported.reported_claims(text, delegate, start, end, year, pronouns=False, turn=True)
        spans = {claim.position.span for claim in found}
        found += [
            claim for claim in _reported_words(text, sentences, delegate, year) if claim.position.span not in spans
        ]
        for_group = FOR_GROUP.search(text, *sentences[0])
        if for_group and speaker.ANOTHERS_STATEMENT.search(text, sentences[0][0], for_group.start()):
            for_group = None  # "associating himself with the statement made on behalf of …": he speaks nationally
        if for_group and UNNAMED_STATES.fullmatch(for_group["who"]) and OWN.search(text, for_group.end(), end):
            for_group = None  # "au nom d'une dizaine d'États Membres, que sa délégation …": its own state speaks too
        listed = _behalf_states(text, for_group, sentences[0][1]) if for_group else ()
        group = speaker.one_voice(for_group["who"]) if for_group and not listed else None
        if group is not None and NATIONAL_CAPACITY.search(text, start, end):
            group = None  # "in its national capacity": the group's name is no voice of this turn
        found = found or _unclassified(text, sentences[0], delegate, year, sentences[-1][1], listed, group is not None)
        if listed:  # "France's representative …, on behalf of China, …and the United States": each says it
            positions += found + [_as_state(claim, state) for claim in found for state in listed if state != delegate]
            for_group = None
        if for_group:  # the delegate speaks in a group's name: the group's positions, no state's, no vote
            if group is not None:
                positions += [_as_group(claim, group.key) for claim in found]
            continue
        positions += found
        for number, (s_start, s_end) in enumerate(sentences):
            if number and not SAME_SPEAKER.match(text, s_start, s_end):
                continue
            vote = _explained_vote(text, s_start, s_end, drafts, delegate)
            if vote is not None:
                votes.append(
                    ReportedVote(
                        state=delegate,
                        option=vote[0],
                        symbol=vote[1],
                        date=date,
                        year=year,
                        explained=True,
                        span=Span(start=s_start, end=s_end),
                        quote=text[s_start:s_end],
                    )
                )
    return positions, votes


def _explainers(text: str, paragraphs, year: int | None, seen: set[str]) -> list[ReportedPosition]:
    """The delegations a release lists as explaining their votes or as saying something together, where no
    turn of theirs reports their words: each is reported to have spoken (stance ``says``, topic
    ``unclassified``), the list's sentence its quote."""
    found: list[ReportedPosition] = []
    sources = (
        (EXPLAINERS, "listed among the delegations that explained their vote"),
        (HEADLINE_EXPLAINERS, "named in a headline as explaining their votes"),
        (HEADLINE_SPEAKER, "named in a headline as the delegation whose words it sums up"),
        (LISTED_SPEAKERS, "listed as the delegations that said it"),
    )
    for mid in MID_SPEAKER.finditer(text):  # one delegate named inside a sentence, speaking
        _, (start, end) = _sentence_at(text, paragraphs, mid.start())
        state = _state_itself(text, *mid.span("qui")) if mid["qui"] else _named_whole(mid["who"])
        if state and state not in seen:
            seen.add(state)
            rule = "a delegate named inside the sentence as the subject of a verb of speech"
            found.append(_says(text, state, (start, end), rule, year))
    listings = [
        (listing, listing["names"] or listing.groupdict().get("names_fr") or "", why)
        for pattern, why in sources
        for listing in pattern.finditer(text)
    ]
    for listing, names, why in listings:
        _, (start, end) = _sentence_at(text, paragraphs, listing.start())
        for state in _states_listed(names.strip()):
            if state in seen:
                continue
            seen.add(state)
            found.append(_says(text, state, (start, end), f"{why}; the release gives no words of theirs", year))
    return found


def _abstainers(
    text: str, paragraphs, date, year: int | None, seen: set[str]
) -> tuple[list[ReportedVote], list[ReportedPosition]]:
    """The states a sentence names among those that abstained on a text it does not give by symbol, and that
    it reports as saying something: each reported to have abstained and to have spoken."""
    votes, said = [], []
    for listing in LISTED_ABSTAINERS.finditer(text):
        _, (start, end) = _sentence_at(text, paragraphs, listing.start())
        for state in speech.states_only(listing["names"].strip(), LIST_GAP) or ():
            span = Span(start=start, end=end)
            votes.append(
                ReportedVote(state=state, option="abstain", symbol=None, date=date, span=span, quote=text[start:end])
            )
            if state not in seen:
                seen.add(state)
                said.append(_says(text, state, (start, end), "named among the abstainers that said it", year))
    return votes, said


def _abstained(text: str, paragraphs, date) -> list[ReportedVote]:
    """The states a sentence names, and nothing else, as the subject of their abstention (on the text under discussion,
    its symbol not read): each reported to have abstained; not in a sentence about another session's vote."""
    votes = []
    for verb in ABSTAINED.finditer(text):
        _, (start, end) = _sentence_at(text, paragraphs, verb.start())
        if ANOTHER_TIME.search(text, start, end):
            continue
        at = _end(TURN_OPENING.match(text, start, verb.start()), start)
        at = _end(reported.OPENING.match(text, at, verb.start()), at)
        openings = [at] + [m.end() for m in CLAUSE_OPENING.finditer(text, at, verb.start())]
        states = next((found for found in (_states_listed(text[o : verb.start()]) for o in openings) if found), [])
        span = Span(start=start, end=end)
        votes += [
            ReportedVote(state=state, option="abstain", symbol=None, date=date, span=span, quote=text[start:end])
            for state in states
        ]
    return votes


def _vetoed(text: str, paragraphs, date) -> list[ReportedVote]:
    """The states a Council release names as casting a veto at the meeting, in its headlines or its account's opening
    paragraph (the first that says "today"): each voted against the draft (its symbol not read). Not a veto the sentence
    makes a prospect or a fear ("a veto by X would …", "threatened a veto"), nor one of another time."""
    lead = next((end for start, end in paragraphs if LEAD.search(text, start, end)), None)
    if lead is None:
        return []
    votes: list[ReportedVote] = []
    for veto in VETO_BY.finditer(text, 0, lead):
        _, (start, end) = _sentence_at(text, paragraphs, veto.start())
        after = text[veto.end("names") : veto.end("names") + 40]
        if (
            ANOTHER_TIME.search(text, start, end)
            or VETO_HYPOTHETICAL.search(text, max(start, veto.start() - 30), veto.start())  # the words just before
            or VETO_HYPOTHETICAL.match(after)
        ):
            continue
        states = _states_listed(veto["names"].strip())
        span = Span(start=start, end=end)
        votes += [
            ReportedVote(state=state, option="no", symbol=None, date=date, span=span, quote=text[start:end])
            for state in states
            if not any(vote.state == state for vote in votes)
        ]
    return votes


def _behalf_states(text: str, for_group: re.Match[str], end: int) -> tuple[str, ...]:
    """The states a delegate speaks for besides its own, where "on behalf of" lists states and nothing else."""
    listed = speaker.ON_BEHALF.match(text, for_group.start(), end) or speaker.ON_BEHALF.search(
        text, for_group.start(), end
    )
    return (speech.states_only(speaker.behalf_phrase(listed["who"]).strip(" ,")) or ()) if listed else ()


def _as_state(claim: ReportedPosition, state: str) -> ReportedPosition:
    """A position a delegate is reported to have stated also in the name of another state it lists."""
    position = claim.position
    rule = f"the delegate speaks also on behalf of {state}; {position.rule}"
    return claim.model_copy(update={"position": position.model_copy(update={"state": state, "rule": rule})})


def _as_group(claim: ReportedPosition, group: str) -> ReportedPosition:
    """A position a delegate is reported to have stated in a group's name, as the group's."""
    position = claim.position
    rule = f"the delegate speaks for the group; {position.rule}"
    return claim.model_copy(
        update={"position": position.model_copy(update={"state": group, "by_group": True, "rule": rule})}
    )


# A French delegate's vote, the delegation or the delegate its subject: "a expliqué que sa délégation avait voté contre le
# texte", "… que son pays s'était abstenu"; not on a paragraph ("a voté contre l'alinéa 5"), never denied ("n'avait pas").
VOTE_FR = re.compile(
    r"\b(?:(?:sa|leur)\s+(?:délégation|pays|gouvernement)|son\s+(?:pays|gouvernement)|il|elle)\s+"
    r"(?:(?:avait|a)\s+voté\s+(?P<option>contre|pour|en\s+faveur)|s['’](?:était|est)\s+(?P<abstain>abstenue?))\b"
    r"(?!\s+(?:de\s+l['’]|de\s+la\s+|du\s+|sur\s+l['’]|sur\s+le\s+|contre\s+l['’]|l['’]|le\s+)?(?:alinéa|paragraphe))",
    re.IGNORECASE,
)
THE_TEXT = re.compile(r"\bthe\s+(?:draft\s+)?(?:resolution|draft|text)\b", re.IGNORECASE)


def _explained_vote(text: str, start: int, end: int, drafts, delegate: str) -> tuple[str, str | None] | None:
    """The option of the vote a speaker's sentence says the delegation cast ("had voted in favour",
    "abstained"), and the draft when the sentence names exactly one (or the release names one draft in all and the
    sentence calls it "the resolution"); None for a habit, a hedge, a denial, or a vote the sentence gives to
    another state ("… said that Fiji had voted against")."""
    named = {d.symbol for d in drafts if start <= d.start < end}
    if not named and len({d.symbol for d in drafts}) == 1 and THE_TEXT.search(text, start, end):
        named = {drafts[0].symbol}
    draft = named.pop() if len(named) == 1 else None
    explained = EXPLAINED.search(text, start, end)
    if explained:  # "the representative of India, explaining his abstention, said …"
        if explained["cast"] and any(
            found.ref.alpha3 != delegate for found in gazetteer.find_states_in(text[start : explained.start()])
        ):
            return None  # "Israel, while casting a negative vote, …" before the delegate: another state's vote
        option = explained["option"] or explained["cast"]
        return next(name for name, pattern in EXPLAINED_OPTIONS if pattern.search(option)), draft
    french = VOTE_FR.search(text, start, end)
    if french and re.search(r"(?:\bsi\s+|\bs['’])$", text[max(start, french.start() - 4) : french.start()], re.I):
        french = None  # "si sa délégation avait voté contre …", "s'il avait voté …": a hypothesis
    if french and not any(
        found.ref.alpha3 != delegate for found in gazetteer.find_states_in(text[start : french.start()])
    ):
        option = "abstain" if french["abstain"] else "no" if french["option"].lower() == "contre" else "yes"
        return option, draft
    for match in reported.VOTE.finditer(text, start, end):
        verb = match.span("option")
        if vote_clause.ON_A_PART.match(text, verb[1]) or vote_clause.another_time(text, start, verb, end):
            continue  # "voted against preambular paragraph 3 but …", "had voted in favour last year but …"
        if reported.NEGATION.search(text[max(start, match.start() - 12) : match.start()]):
            return None
        if reported.HEDGE.search(text, start, match.start()) or reported.HABITUAL.search(text, start, end):
            return None
        if any(found.ref.alpha3 != delegate for found in gazetteer.find_states_in(text[start : match.start()])):
            return None  # another state named before the vote may be its subject
        if not vote_clause.own(text, start, match.start(), delegate, DELEGATE_VOTER):
            return None  # "… regretted that many States had voted against"
        return next(name for name, pattern in reported.OPTIONS if pattern.search(match["option"])), draft
    return None
