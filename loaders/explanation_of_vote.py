"""A delegation's statement or explanation of vote in a UN body: its state, vote, draft and positions."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from treatykg import gazetteer, un_symbols
from treatykg.loaders import letter, positions, publisher, reported, speaker, speech, vote_clause
from treatykg.loaders import text as tx
from treatykg.records import (
    ExplainedVote,
    ExplanationOfVoteRecord,
    PositionMention,
    Span,
    StatedParticipationMention,
    SymbolReading,
)

KIND = "explanation_of_vote"
VERSION = "58"
LABEL = "statement or explanation of vote in a UN body"

HEADING = re.compile(
    r"\bexplanations?\s+of\s+(?:the\s+)?(?:vote|position)\b|\bexplain(?:s|ing)?\s+(?:its|our|my|the)\s+"
    r"(?:delegation'?s?\s+)?vote\b",
    re.IGNORECASE,
)
ADDRESS = re.compile(r"\b(?:Mr\.?|Madam|Madame|Mister)\s+(?P<title>Chair(?:man|person|woman)?|President|Vice-Chair)\b")
# A speaker taking the floor says so: "I take the floor on behalf of …", "I have the honour to speak on behalf of …".
FLOOR = re.compile(
    r"\b(?:I|We)\s+(?:take|have\s+taken|am\s+taking)\s+the\s+floor\b"
    # "It is an honour to address this Committee on behalf of …"
    r"|\b(?:It\s+is\s+an?|I\s+have\s+the)\s+(?:great\s+)?hono(?:u)?r\s+to\s+(?:address|speak\s+(?:to|before|in))\s+"
    r"(?:this|the)\s+(?:Committee|Conference|Assembly|Council|Meeting|Commission)\b"
    r"|\bI\s+(?:have\s+the\s+hono(?:u)?r\s+to\s+)?(?:speak|deliver\s+this\s+statement)\s+on\s+behalf\s+of\b"
)
# A speech's own title line: "Remarks by Mr Alistair Burt, …", "Statement of the Delegation of …", "Press
# release by the High Representatives of …"), also after a date and a forum set off by dashes ("18 March 2013 -
# United Nations Conference on the Arms Trade Treaty - Declaration by Ambassador …").
SPEECH_TITLE = re.compile(
    rf"^[ \t]*(?:[^\n]{{1,160}}?\s[-–—]\s+)?(?:\([^)\n]{{0,60}}\)\s*)?"
    rf"(?:joint\s+)?(?:(?-i:[A-Z][a-z]+)\s+)?{speech.SPEECH_KINDS}\s+(?:delivered\s+)?(?:by|of|del?)\s+\S",  # "Joint Nordic Statement"
    re.IGNORECASE | re.MULTILINE,
)
# The document's first line, a title run on after the meeting's name and capitalised as a title is: "… 2007, Dead Sea
# Jordan Statement by the Delegation of the Republic of Turkey on …" (not a footnote's "[1] Statement by Palau, …")
RUN_ON_TITLE = re.compile(
    r"\s*[^\n.!?\[\]]{1,200}?\s(?-i:Statement|Intervention|Remarks|Address)\s+(?:delivered\s+)?by\s+(?:the\s+)?[A-Z]"
)
DELEGATION = re.compile(r"\b(?:my|our|this)\s+delegation\b", re.IGNORECASE)
TITLE = re.compile(r"(?:entitled|resolution|draft)\s*[\"“”](?P<title>[^\"“”]{5,300})[\"“”]", re.IGNORECASE)
VOTES = (  # in English, Spanish ("se abstuvo", "votó en contra") and French ("s’est abstenue", "a voté pour")
    (
        "abstain",
        re.compile(
            r"\babstain(?:ed|s|ing)?\b|\babstention\b|\b(?:se|nos)\s+abstuv(?:o|imos)\b|\babstención\b"
            r"|\bs['’]est\s+abstenue?\b|\bnous\s+nous\s+sommes\s+abstenus\b",
            re.IGNORECASE,
        ),
    ),
    (
        "no",
        re.compile(
            r"\bvot(?:ed|es|ing|e)\s+[‘'\"“]?(?:against|no)\b|\bcast\s+(?:a|its|our|my)\s+negative\s+vote\b|\bvot(?:ó|amos)\s+en\s+contra\b|\b(?:a|avons)\s+voté\s+contre\b",
            re.IGNORECASE,
        ),
    ),
    (
        "yes",
        re.compile(
            r"\bvot(?:ed|es|ing|e)\s+(?:in\s+favou?r|for|[‘'\"“]?yes)\b"
            r"|\bcast\s+(?:a|its|our|my)\s+(?:positive|affirmative)\s+vote\b|\bvot(?:ó|amos)\s+a\s+favor\b"
            r"|\b(?:a|avons)\s+voté\s+(?:pour|en\s+faveur)\b",
            re.IGNORECASE,
        ),
    ),
    (  # "… will not participate in the action about to be taken on draft resolution …"
        "non-voting",
        re.compile(
            r"\b(?:not|n't)\s+(?:participate|take\s+part)\s+in\s+the\s+(?:vot|action\s+(?:about\s+to\s+be\s+)?taken\b)",
            re.IGNORECASE,
        ),
    ),
)
# The speaker as the subject or owner of a vote: "we", "my delegation", "our abstention".
SPEAKER_VOTER = re.compile(  # and in Spanish and French: "nuestra delegación", "mi país", "ma délégation", "nous"
    r"\s*(?:we|I|our|my|this\s+delegation|nuestr[oa]|mi|nosotros|(?:mon|ma|notre)(?=\s+(?:pays|délégation))|nous)\b",
    re.IGNORECASE,
)
# A delivery note standing between a dateline and the address to the chair: "PLEASE CHECK AGAINST DELIVERY".
AS_DELIVERED = re.compile(
    r"\s*\(?(?:please\s+)?(?:check\s+against|as)\s+delivery\)?\.?\s*|\s*\(?as\s+delivered\)?\s*", re.I
)
YEAR = re.compile(r"\b(?:19[5-9]\d|20\d\d)\b")
FULL_SYMBOL = re.compile(r"\bA/(?:C\.(?P<committee>[1-6])/)?(?P<session>\d{1,3})/L\.\d{1,3}(?:/Rev\.\d)?\b")
COMMITTEES = {"1": "first-committee"}
SHORT_DRAFT = re.compile(r"\bL\.\s?(\d{1,3})\b")  # a draft named in a sentence: "A/C.1/78/L.39" or "L.39"
FIRST_COMMITTEE = re.compile(  # in capitals too, as a heading writes it
    r"\bFirst\s+Committee\b|\b(?:Premi[eè]re|1(?:è|e)?re)\s+Commission\b|\bPrimera\s+Comisi[oó]n\b", re.IGNORECASE
)
BARE_DRAFT = re.compile(
    r"(?:\b(?:draft\s+resolution|resolution|draft|on|résolution|resolución)\s+|\(|[”\"]\s+)"  # and "… (L.18)", "“…” L.18"
    r"(?P<draft>L\.\s?(?P<number>\d{1,3})(?:/Rev\.\s?(?P<rev>\d|l(?![a-z])))?)\b",  # a scan's "Rev.l" is "Rev.1"
    re.IGNORECASE,
)  # "L.50", "L.49/Rev.1": a revision is another document, never dropped
# A session of the Human Rights Council: "58° Consejo de Derechos Humanos", "the 58th session of the Human Rights Council"
_SESSION_OF = r"(?:session\s+(?:of\s+the|du)|per[ií]odo\s+de\s+sesiones\s+del)\s+"
HRC_SESSION = re.compile(  # an ordinal's mark, the word "session", or both: not "the 47 Human Rights Council members"
    rf"\b(?P<number>\d{{1,2}})(?:(?:\s*[°º]|st|nd|rd|th|e|ème)\s+(?:{_SESSION_OF})?|\s+{_SESSION_OF})"
    r"(?:Human\s+Rights\s+Council|Consejo\s+de\s+Derechos\s+Humanos|Conseil\s+des\s+droits\s+de\s+l['’]homme)\b",
    re.IGNORECASE,
)
# A list item that names a draft by its number: "- L.28 : Comprehensive Nuclear-Test-Ban Treaty"
# Drafts named together after a plural noun: "the draft resolutions L.5 “…”, and L.41 “…”"
PLURAL_DRAFTS = re.compile(
    r"\b(?:draft\s+resolutions|drafts|resolutions|projets\s+de\s+résolution|proyectos\s+de\s+resolución)\b",
    re.IGNORECASE,
)
_SHORT_SYMBOL = r"L\.\s?\d{1,3}(?:/Rev\.\s?\d)?"  # a First Committee draft by number alone: "L.5", "L.49/Rev.1"
SHORT_TOKEN = re.compile(rf"\b(?P<draft>{_SHORT_SYMBOL})\b")
LISTED_DRAFT = re.compile(rf"^[ \t]*(?:[-•*–][ \t]*)?(?P<draft>{_SHORT_SYMBOL})\s*[:–-]", re.MULTILINE)
SESSION_ORDINAL = re.compile(
    rf"\b({tx.ORDINAL_WORD})\s+(?:session\s+of\s+the\s+)?(?:UN\s*)?(?:UNGA|General\s+Assembly)\b", re.IGNORECASE
)
# A body of the Assembly that has no forum key here: a head that places the speech before it gives the speech no
# body from the Assembly it may name beside it ("Statement on General Debate at UN Disarmament Commission; UNGA").
UNKEYED_BODY = re.compile(
    r"\b(?:Disarmament\s+Commission|UNDC|Comisión\s+de\s+Desarme|Commission\s+du\s+désarmement)\b"
)
# A speech that calls its own meeting a treaty conference's or one of its committees ("this Review Conference",
# "esta Comisión Principal", "cette Réunion des États parties") was not given at the Assembly it may name.
OWN_OTHER_MEETING = re.compile(
    r"\b(?:[Tt]his|[Ee]st[ae]|[Cc]ette)\s+(?:Review\s+Conference|Main\s+Committee|Preparatory\s+Committee"
    r"|Meeting\s+of\s+(?:the\s+)?States\s+Parties|Conferencia\s+de\s+Examen|Comisión\s+Principal"
    r"|Reunión\s+de\s+(?:los\s+)?Estados\s+Partes|Conférence\s+d['’]examen|Grande\s+Commission"
    r"|Commission\s+principale|Réunion\s+des\s+États\s+parties)\b"
)
# The chair's call that gives a delegation the floor for a draft: "I call on the representative of South Africa to
# introduce the amendment contained in document A/50/L.55."
CALLED_ON = re.compile(
    r"\b(?:call\s+(?:up)?on|give\s+the\s+floor\s+to)\s+the\s+representative\s+of\s+[^.\n]{2,80}?\s+to\s+"
    r"(?:introduce|explain|present)\b(?:[^.\n]|\.(?=\w)){0,200}\.(?!\w)",  # a symbol's dots are no sentence end
    re.IGNORECASE,
)
# A committee of the Assembly a head names, however a scan misread it ("(Primera\nComisi6n)")
COMMITTEE_NAMED = re.compile(
    r"\b(?:First|Second|Third|Fourth|Fifth|Sixth|Primera|Segunda|Tercera|Cuarta|Quinta|Sexta|Premi[èe]re|Deuxi[èe]me"
    r"|Troisi[èe]me|Quatri[èe]me|Cinqui[èe]me|Sixi[èe]me)\s+(?:Committee|Comisi[oó6]n|Commission)\b",
    re.IGNORECASE,
)
CITED_BODY = re.compile(r"\W{0,3}(?:resolutions?|decisions?)\b", re.IGNORECASE)  # "General Assembly resolution 61/89"
BODY_BUILDING = re.compile(r"\W{0,3}(?:building|hall|lawn)\b", re.IGNORECASE)  # "at the General Assembly Building"
# A forum named as the doer of a past act, not the place of the speech: "adopted by the UN General Assembly in 1946".
PAST_ACT_BEFORE = re.compile(
    r"\b(?:adopted|passed|established|convened|requested|mandated|endorsed|approved)\s+by\s+(?:the\s+)?"
    r"(?:UN\s+|United\s+Nations\s+)?$",
    re.IGNORECASE,
)
PAST_ACT_AFTER = re.compile(r"\s+(?:in\s+(?:19|20)\d\d|adopted|decided|established|approved)\b", re.IGNORECASE)
PREPARATORY = re.compile(
    r"\b(?:Preparatory\s+Committee|PrepCom|preparatory\s+(?:process|meeting|session))\s+(?:for|of|to)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# Spanish and French ordinals a numbered meeting opens with: "Sexta Reunión …", "Première Conférence …"
ORDINAL_ES_FR = (
    r"(?:primera?|segund[ao]|tercer[ao]?|cuart[ao]|quint[ao]|sext[ao]|s[ée]ptim[ao]|octav[ao]|noven[ao]|d[ée]cim[ao]"
    r"|premi[èe]re?|deuxi[èe]me|troisi[èe]me|quatri[èe]me|cinqui[èe]me|sixi[èe]me|septi[èe]me|huiti[èe]me)"
)
# A meeting's number written as a cardinal where an ordinal is meant: "Twelve Meeting of States Parties …"
CARDINAL_WORD = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen"
    r"|eighteen|nineteen|twenty)"
)
PLACE_BEFORE = re.compile(
    rf"(?:\b(?:at|in|before|during|en|ante|durante|lors\s+de)\s+(?:the\s+|la\s+|el\s+|le\s+|l['’])?"
    rf"(?:[\w.-]+\s+|[\"“][^\"”\n]{{1,60}}[\"”]\s+){{0,4}}"
    rf"|^[\W\d]*(?:the\s+|la\s+|el\s+|le\s+)?(?:(?:{tx.ORDINAL_WORD}|{ORDINAL_ES_FR}|{CARDINAL_WORD}|final|[IVX]{{1,5}})\s+)?"
    r"|(?:^|\b(?:statement|intervention|remarks|address)\b(?:(?!representative|ambassador|mission|observer)[^\n]){0,60}?\s)"
    r"to\s+the\s+(?:[\w.-]+\s+)?"
    r"|^\s*\d{1,2}(?:st|nd|rd|th)\s+(?:session\s+of\s+the\s+)?"  # "1st Session of the Group of … Experts …"
    rf"|^\s*\d{{1,2}}\s+{tx.MONTH_NAMES}\s+\d{{4}}\s+[–—-]\s+"  # a dated title: "18 March 2013 - United Nations Conference …"
    rf"|\b(?:{tx.ORDINAL_WORD}|{ORDINAL_ES_FR}|\d{{1,3}}\s*[°º])\s+"  # a numbered meeting: "… DE GUATEMALA PRIMERA CONFERENCIA …"
    r"|:\s*(?:[\w.-]+\s+){0,3}"
    # a debate of the forum: "… during the thematic debate on Conventional Weapons of the First Committee"
    r"|\b(?:at|in|during|before)\s+(?:the\s+)?(?:[\w.-]+\s+){0,3}?(?:debate|discussion)\s+"
    r"(?:on\s+(?:(?!report|resolution|work)[\w.-]+\s+){1,4}?)?"
    r"(?:(?:of|in)\s+the\s+|\()(?:UN\s+|United\s+Nations\s+)?"  # "… Debate on Conventional Weapons (First Committee)"
    r"|\s[–—-]\s+(?:the\s+)?(?:UN\s+|United\s+Nations\s+)?"  # a title's last part: "… Thematic Discussion - First Committee"
    # a numbered session of the forum: "… 28TH SESSION OF THE HUMAN RIGHTS COUNCIL", "Second session of the 2024 CCW
    # Group of Governmental Experts …", "General Debate of the 79th session of the United Nations General Assembly"
    rf"|\b(?:{tx.ORDINAL_WORD})\s+session\s+of\s+(?:the\s+)?(?:(?:19|20)\d\d\s+)?(?:UN\s+|United\s+Nations\s+)?"
    # in French, a speech "au" forum: "Intervention de Mme A B, coordinatrice de la France, au Conseil de sécurité"
    r"|(?:^|\b(?:d[ée]claration|intervention|discours|allocution)\b"
    r"(?:(?!repr[ée]sentant|ambassadeur|mission|d[ée]l[ée]gu[ée]|observat)[^\n]){0,160}?[\s,])"
    r"(?:au\s+|[àa]\s+la\s+|[àa]\s+l['’]\s*)(?:[\w.-]+\s+)?)$",
    re.IGNORECASE,
)  # a speech "to the" forum counts, a speaker's title ("Permanent Representative to the CD") never
# The forum the speaker says it attends or addresses: "… is pleased to attend the 18th Meeting of …".
ATTENDED = re.compile(  # not a meeting it will attend ("Singapore will be attending the Fifth Review Conference")
    rf"(?:\b(?<!will\s)(?<!will\sbe\s)(?:attend(?:ing)?|address(?:ing)?|participat(?:e|ing)\s+in|tak(?:e|ing)\s+part\s+in)"
    rf"\s+(?:the|this)|\bat\s+this"
    rf"|\bwish\s+you\s+a\s+(?:very\s+)?(?:successful|fruitful|productive))\s+"  # "we wish you a successful Fifth Conference of …"
    rf"(?:(?:{tx.ORDINAL_WORD}|\d{{1,2}}(?:st|nd|rd|th))\s+)?$",
    re.IGNORECASE,
)  # what stands before a forum named as the place of delivery ("Fifth Review Conference of …" opening a head line)
# The forum whose presiding officer the speaker congratulates: "congratulate you … on your election as
# President of the General Assembly" is said in that forum.
PRESIDING = re.compile(
    r"\byou\b(?:[^.;]|\b(?:Mr|Mrs|Ms|Dr|St)\.){0,160}\b(?:election\s+(?:as|to\s+the)\s+|(?:on\s+)?your\s+"
    r"|(?:on|upon)\s+(?:your\s+|the\s+)?(?:assuming|assumption\s+of)\s+(?:the\s+(?:post|office|role)\s+of\s+)?the\s+)"
    r"(?:President|presidency|Chair\w*)\s+of\s+(?:the\s+|this\s+)?(?:(?:first|second|third|fourth|fifth|sixth|"
    r"seventh|eighth|ninth|tenth|inaugural|\d{1,2}(?:st|nd|rd|th))\s+)?$"  # "… the Presidency of this inaugural meeting"
    # Spanish: "felicitarlo … por su elección para dirigir los trabajos de la Primera Comisión"
    r"|\belecci[oó]n\s+(?:para\s+(?:dirigir\s+los\s+trabajos\s+de|presidir)|como\s+president[ea]\s+de)\s+(?:la|el)\s+$"
    # French: "pour votre élection à la présidence de la Première Commission"
    r"|\bvotre\s+[ée]lection\s+[àa]\s+la\s+pr[ée]sidence\s+(?:de\s+la|du|de\s+l['’])\s*$",
    re.IGNORECASE,
)
# A speaker's title broken over head lines: "AMBASSADOR, PERMANENT REPRESENTATIVE OF JAPAN" / "TO THE CONFERENCE
# ON DISARMAMENT" names where the speaker serves, not where the statement is made.
TITLE_CONTINUED = re.compile(
    r"\b(?:representative|ambassador|mission|observer|delegation)\b[^\n]*\n(?:[ \t]*\n)*[ \t]*to\s+the\s+$",
    re.IGNORECASE,
)
# A forum named as where a vote was taken: "Explanation of vote … after the UNGA vote on a draft resolution …"
# A committee named after the Assembly: "76 UNGA 1st Committee", "UNGA Third Committee", "General Assembly, Sixth Committee"
COMMITTEE_AFTER = re.compile(
    r"[ \t]*[,:/–-]?[ \t]*(?P<name>(?:\d{1,2}(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|Main)\s+Committee)\b",
    re.I,
)
VOTE_AFTER = re.compile(  # and "… on the Security Council Draft Resolution on …" in a title
    r"\s+(?:vote|voting)\s+on\b|\s+(?-i:[Dd]raft\s+[Rr]esolution|DRAFT\s+RESOLUTION)\b", re.IGNORECASE
)
SESSION_BETWEEN = re.compile(
    r"\s*(?:,\s*)?(?:\d{1,3}(?:st|nd|rd|th)?\s*(?:session\s*)?)?[,:/–-]?\s*(?:the\s+)?", re.IGNORECASE
)  # "UNGA 73 First Committee", "Assemblée générale/1ère Commission", "General Assembly, 64th Session, First Committee"
# A heading that ends with the day it was delivered: "Statement by … during the Annual Meeting … on November 21, 2018",
# "… Agenda item 27: Assistance in Mine Action (November 05, 2005)", "… (New York, 28 octobre 2024) [en]",
# "… Meeting of States Parties … Vienna, Austria, 18 December 2017".
HEADING_DATE = re.compile(
    rf"^[^\n]*?\b(?:Statement|Remarks|Intervention|Address|Explanation\s+of\s+(?:the\s+)?vote"
    rf"|Intervenci[oó]n|Discurso|Declaraci[oó]n|D[ée]claration|Discours)\b[^\n]*"  # and in Spanish and French
    rf"(?:\bon\s+|\s[–—-]\s*|[\s,][A-ZÀ-Ý][\w.'’-]+(?:,?[ \t]+[A-Z][\w.'’-]+){{0,3}},\s+"
    rf"|(?<!\bof)(?<!\bin)(?<!\bsince)\s+(?=\d{{1,2}}(?P<ahead>[-/.])\d{{1,2}}(?P=ahead)\d{{4}}\s*$)"
    rf"|\s+(?P<paren>\()(?=[^()\n]*\)\s*(?:\[\w{{2}}\]\s*)?$)(?:[A-Z][\w.'’-]+(?:[ \t]+[A-Z][\w.'’-]+){{0,2}},\s+)?)"
    rf"(?:the\s+)?(?P<date>\d{{1,2}}\s+(?:of\s+|de\s+)?{tx.MONTH_NAMES},?\s+(?:del?\s+)?\d{{4}}"
    rf"|{tx.MONTH_NAMES}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}(?P<separator>[-/.])\d{{1,2}}(?P=separator)\d{{4}})"
    r"(?(paren)\))\s*(?:\[\w{2}\]\s*)?\.?\s*$",
    re.IGNORECASE | re.MULTILINE,
)  # "… on November 21, 2018", "First Committee – Explanation of Vote on Resolution L.49 – 4 November 2015", "Statement of
# the Netherlands to the Conference on Disarmament 29-5-2018"
# A title that opens with its date, set off by a dash: "18 March 2013 - United Nations Conference … - Declaration by …".
DATED_TITLE = re.compile(
    rf"^[ \t]*(?P<date>\d{{1,2}}\s+{tx.MONTH_NAMES}\s+\d{{4}}|{tx.MONTH_NAMES}\s+\d{{1,2}},?\s+\d{{4}})\s+[–—-]\s+"
    rf"[^\n]*?\b{speech.SPEECH_KINDS}\s+(?:delivered\s+)?(?:by|of|de|del)\b",  # "8 novembre 1999 - … : Intervention de M. …"
    re.IGNORECASE | re.MULTILINE,
)
RELEASE_OPENING = re.compile(
    r"\s*(?P<place>[A-Z][\w.'’-]*(?:[ \t][A-Z][\w.'’-]*){0,2}),?"
    r"(?:[ \t]+[A-Z][\w.'’-]*(?:[ \t][A-Z][\w.'’-]*){0,2}(?=[ \t]+\())?"  # its country, the date in brackets after
    r"[ \t]+(?P<paren>\()?(?P<date>[^\n–—()]{6,25}?)(?(paren)\))"  # "New York, USA (27th September, 2019) – …"
    r"(?:[ \t]+[-–—][ \t]+\S|\.[ \t]+[“\"A-Z])"  # "Ginebra, 4 de septiembre de 2018.  “El compromiso …"
)
# The same opening with the date first, as a publisher's summary gives it: "Summary: 21 October 2014, New York –
# European Union Statement by …", "8 October 2019, New York - Explanation of Vote delivered by Finland …".
DATE_FIRST_OPENING = re.compile(
    rf"\s*(?:Summary:[ \t]*)?(?P<date>\d{{1,2}}[ \t]+{tx.MONTH_NAMES}[ \t]+\d{{4}}),[ \t]+"
    r"(?P<place>[A-Z][\w.'’-]*(?:[ \t][A-Z][\w.'’-]*){0,2})[ \t]+[-–—][ \t]+\S"
)

# A place and date run on with the address to the chair that follows them: "New York, 2 April 2013 Mr. President,", or
# the date alone after the speaker's name: "Embajador José Luis Cancela 11 de octubre del 2013 Sr. Presidente,".
RUN_ON_DATELINE = re.compile(
    rf"\(?(?:(?P<place>[A-Z][a-zá-ú]+(?:[ \t][A-Z][a-zá-ú]+){{0,2}}),[ \t]+)?"
    rf"(?<![\d/–-])(?<![\d/–-]\s)(?P<date>\d{{1,2}}[ \t]+(?:de[ \t]+)?{tx.MONTH_NAMES}[ \t]+(?:del?[ \t]+)?\d{{4}}"
    rf"|{tx.MONTH_NAMES}[ \t]+\d{{1,2}},[ \t]+\d{{4}})\)?"  # not the last of a span of days: "19/20 October 2016"
    rf"\s+(?=(?:Mr\.?|Madam|Madame|Mister|{speech.SPANISH_ADDRESS})\s+(?:President|Chair))"  # "(Cancún, 24 de agosto de 2015) Señor Presidente"
)
POSTING_TIME = re.compile(r"\d\s+\d{1,2}:\d{2}(?::\d{2})?\s*$")
PLACE_LINE = re.compile(r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2},?")  # "New York City", "Geneva"


# A page's lead that gives the text of a speech after it: "Following are full audio recording and text of the
# speech.", "Below is the full text of his statement:"
_TEXT_FOLLOWS = r"\b(?:following|below)\s+(?:is|are)\b[^.\n]{0,60}?\btext\s+of\s+"
_SPEECH_NOUN = r"(?:speech|statement|remarks|address|intervention)"
SPEECH_TEXT_LEAD = re.compile(
    rf"{_TEXT_FOLLOWS}(?:the|his|her|this)\s+{_SPEECH_NOUN}\b|\bfull\s+text\s+of\s+(?:the|his|her)\s+{_SPEECH_NOUN}\b",
    re.IGNORECASE,
)


def detect(text: str, address: str | None = None) -> float:
    """How sure we are that the text is a delegation's statement or explanation of vote: a heading
    that says so (or a speech's title line, or a minister as the author) or a speaker taking the floor, an address to the
    chair, a delegation speaking in the first person, a vote."""
    salutation = letter.SALUTATION.search(text)
    if salutation and not speech.addresses_chair(text[: salutation.start()]) or letter.LETTER_FORMULA.search(text):
        return 0.0  # "Dear …", "Veuillez agréer …": a letter, unless a body's chair was addressed before it
    score = 0.0
    titled = SPEECH_TITLE.search(text, 0, speech.HEAD_CHARACTERS) or RUN_ON_TITLE.match(text)
    if (
        HEADING.search(text)
        or FLOOR.search(text)
        or titled
        or publisher.ministerial_head(text)
        or publisher.release_head(text, address)
        or publisher.own_news(text, address)
        or speech.FRENCH_SPEECH_HEADING.search(text, 0, speech.HEAD_CHARACTERS)  # "DECLARATION DU SENEGAL"
        or SPEECH_TEXT_LEAD.search(text, 0, speech.HEAD_CHARACTERS)  # "Following is the full text of the speech."
        or speaker.is_record(text)  # a meeting record's turns: "Ms. MOHAMED (Kenya): …"
    ):
        score += 0.5
    if speech.addresses_chair(text):  # every ADDRESS is a CHAIR
        score += 0.3
    if DELEGATION.search(text) or score and speech.FIRST_PERSON.search(text):
        score += 0.2
    if score + 0.3 < 0.5:  # not enough even with a vote phrase: spare the search
        return 0.0
    if any(pattern.search(text) for _, pattern in VOTES):
        score += 0.3
    return min(score, 1.0) if score >= 0.5 else 0.0


def parse(text: str, address: str | None = None) -> ExplanationOfVoteRecord:
    """Parse a statement; ValueError (speaker.Unclear) when the text shows no state as its speaker.
    Where the statement is published (``address``) counts as evidence of its speaker (``speaker``)."""
    record = speaker.record_speaker(text, address)  # a meeting record: its one delegation's turns alone
    whole = text
    text, voice = record if record else (text, speaker.find_speaker(text, address))
    state, joint = (voice.group, ()) if voice.group else (voice.states[0], voice.states[1:])
    missing: list[str] = [f"speakers: list entries that name no state {list(voice.unread)}"] if voice.unread else []
    date = _record_date(text, voice.span.start, missing) if record else _dateline(text, missing)
    own = speaker.blanked_outside(text, voice.span.start, len(text)) if record else text
    draft = _draft(own, date)  # a record's drafts are those its delegation's turns name, not its head's agenda,
    named = _named_drafts(own, date)
    if record and draft is None and not named:  # or the one the chair calls on it to introduce or explain
        call = CALLED_ON.search(whole, max(0, voice.span.start - 400), voice.span.start)
        if call:
            only = speaker.blanked_outside(whole, *call.span())
            draft, named = _draft(only, date), _named_drafts(only, date)
    if len(named) > 1:  # several drafts explained: a vote is a draft's only where its sentence names that draft
        votes = _votes_by_draft(text, state, named)
        draft = named[0]
        vote, vote_span, vote_rule = votes.get(draft.symbol or "", (None, None, ""))
        also = [
            ExplainedVote(draft=d, vote=votes[d.symbol][0], vote_span=votes[d.symbol][1])
            if d.symbol in votes
            else ExplainedVote(draft=d)
            for d in named[1:]
        ]
        rules = [vote_rule] + [votes[d.symbol][2] for d in named[1:] if d.symbol in votes]
    else:
        vote, vote_span, vote_rule = _vote(text, state)
        also, rules = [], [vote_rule]
    if voice.group and (vote or any(a.vote for a in also)):
        vote, vote_span, also = None, None, [a.model_copy(update={"vote": None, "vote_span": None}) for a in also]
        missing.append("vote: a group's statement; its members vote one by one")
    if joint and (vote or any(a.vote for a in also)) and not all(_first_person(rule) for rule in rules if rule):
        vote, vote_span, also = None, None, [a.model_copy(update={"vote": None, "vote_span": None}) for a in also]
        missing.append("vote: the joint statement's vote sentence does not speak for all its states")
    body = _record_body(text, whole) if record else _body(text, draft, vote)
    if body == "hrc" and draft is None and not named:
        draft = _council_draft(text)
    title_match = TITLE.search(text)
    year = None
    if draft and draft.symbol:
        session = next(part for part in draft.symbol.split("/") if part.isdigit())  # A/C.1/67/L.5 and A/67/L.58
        year = un_symbols.session_year(int(session))
    elif draft:
        missing.append("session of the draft's symbol")
    if vote and not (draft and draft.symbol):
        missing.append("symbol of the draft voted on")
    if vote and not body:
        missing.append("voting body")
    stated_positions, stated_participation = _claims(text, voice, year)
    return ExplanationOfVoteRecord(
        state=state,
        by_group=voice.group is not None,
        joint=joint,
        joint_groups=voice.groups,
        delivered_by=voice.delivered_by,
        delivered_rule=voice.delivered_rule,
        speaker_rule=voice.rule,
        speaker_span=voice.span,
        speaker_quote=text[voice.span.start : voice.span.end],
        body=body,
        title=tx.fold(title_match["title"]) if title_match else None,
        draft=draft,
        vote=vote,
        vote_span=vote_span,
        also_explains=tuple(also),
        date=date,
        year=None if date else year,
        positions=stated_positions,
        participation=stated_participation,
        missing=tuple(missing),
    )


THIRD_PERSON = "the government's own release, third person; "


def _claims(
    text: str, voice: speech.Speaker, year: int | None
) -> tuple[tuple[PositionMention, ...], tuple[StatedParticipationMention, ...]]:
    """The positions and treaty status the speakers state: in the first person; for a group, what
    it says in its own name (no status: what a group is party to is not its members' status); in a
    government's release about itself, what the sentences whose subject is the state, its government
    or its minister say (and what a paragraph after one ending in a colon quotes)."""
    if voice.group:
        return positions.find_group_positions(text, voice.group), ()
    if not voice.third_person:
        grouped = tuple(
            m.model_copy(update={"by_group": True})
            for key in voice.groups
            for m in positions.find_positions(text, key, own_words=True)
        )  # a group listed beside the states says the same words; what it is party to is not said
        return (
            tuple(p for code in voice.states for p in positions.find_positions(text, code, own_words=True)) + grouped,
            tuple(p for code in voice.states for p in positions.find_participation(text, code)),
        )
    statuses, found_claims, _votes = reported.reported_claims(text, voice.states[0], 0, len(text), year)
    return (
        tuple(
            claim.position.model_copy(
                update={"modality": "stated", "rule": THIRD_PERSON + claim.position.rule.split("; ", 1)[-1]}
            )
            for claim in found_claims
        ),
        tuple(claim.status.model_copy(update={"modality": "stated"}) for claim in statuses),
    )


# A page's lead that gives the text of a statement delivered elsewhere, on a day it does not give ("Following is the text
# of a statement delivered by the U.S. delegation in Cartagena at …:"): the page's own date is its posting's.
DELIVERED_ELSEWHERE = re.compile(
    rf"{_TEXT_FOLLOWS}(?:a|an|the|his|her|this)\s+{_SPEECH_NOUN}\s+(?:delivered|made|given)\b(?P<rest>[^:\n]{{0,300}})",
    re.IGNORECASE,
)
SAME_DAY = re.compile(  # the lead says when: "delivered today", "delivered on 1 December"
    rf"\b(?:today|tonight|this\s+(?:morning|afternoon|evening)|on\s+(?:\d{{1,2}}\s+)?{tx.MONTH_NAMES})\b", re.IGNORECASE
)


def _record_date(text: str, first_turn: int, missing: list[str]) -> dt.date | None:
    """A meeting record's date: the one day its head, above the first turn, gives ("CD/PV.865 8 February 2001 …
    on Thursday, 8 February 2001"); none where it gives none or several."""
    days = {tx.parse_date(match.group()) for match in tx.DATE.finditer(text, 0, first_turn)} - {None}
    if len(days) != 1:
        missing.append("date: the record's head gives " + ("no day" if not days else "several days"))
        return None
    return days.pop()


def _dateline(text: str, missing: list[str]):
    """The statement's date from the datelines of its head, never a date it merely mentions. Where
    the head gives two dates (a page's posting date and the delivery's), the one given with a place
    ("New York, 1 November 2017") or in the speech's title ("Explanation of Vote on … – 4 November 2015") is
    the delivery's; if that does not settle it, none is taken. A
    front matter's "date:" counts as a dateline of the head, and so does the place and date a release's
    first paragraph opens with ("Bern, 30.05.2008 - Switzerland is convinced …"). A date with a time of day
    ("2008-11-21 09:55") is a page's posting stamp, never the delivery's."""
    lines = speech.head_lines(text)
    dated, placed = set(), set()
    described = tx.front_matter_date(text)  # the publisher's own description of the document
    if described:
        dated.add(described[0])
    released = _release_opening_date(text, lines)
    if released:  # a release's first paragraph opens with its place and date: "Bern, 30.05.2008 - Switzerland …"
        dated.add(released)
        placed.add(released)
    for index, (start, end) in enumerate(lines):
        found, place = tx.dateline(text[start:end])
        parts = re.split(r"\s+[-–—]\s+", text[start:end].strip()) if found is None else []
        if len(parts) >= 3:  # "21 mai 2012 - Genève - Universalisation": date, place, subject
            found, place = tx.dateline(" - ".join(parts[:2]))
            found = found if place else None
        headed = (
            (HEADING_DATE.search(text, start, end) or DATED_TITLE.match(text, start, end)) if found is None else None
        )
        if headed:  # "Statement by … at the Annual Meeting … on November 21, 2018"
            found = tx.dateline(headed["date"])[0]
        if found is None:
            continue
        if POSTING_TIME.search(text[start:end]):
            missing.append("date: the head gives only a posting time stamp")
            continue
        dated.add(found)
        previous = text[lines[index - 1][0] : lines[index - 1][1]].strip() if index else ""
        if place or headed or PLACE_LINE.fullmatch(previous):
            placed.add(found)  # given with a place, or in the speech's own title: the delivery's
    before_chair = _dateline_before_chair(text) if not dated else None
    if before_chair:
        dated.add(before_chair)
    run_on = RUN_ON_DATELINE.search(text, 0, speech.HEAD_CHARACTERS) if not dated else None
    if run_on:  # "… on behalf of 98 States New York, 2 April 2013 Mr. President, …": a head run into one line
        dated.add(tx.dateline(f"{run_on['place']}, {run_on['date']}" if run_on["place"] else run_on["date"])[0])
        dated.discard(None)
    elsewhere = DELIVERED_ELSEWHERE.search(text, 0, speech.HEAD_CHARACTERS) if dated else None
    told = _lead_date(text) if elsewhere or not dated else None
    if told:  # the lead says on which day the speech was given: "The statement was made on Friday 17th May, 1968"
        return told
    if elsewhere and not SAME_DAY.search(elsewhere["rest"]):
        missing.append("date: the head dates the page that gives the statement's text, not its delivery")
        return None
    if len(dated) == 1:
        return dated.pop()
    if len(placed) == 1:
        return placed.pop()
    if dated:
        missing.append("date: the head gives more than one date")
    return None


_ANY_DATE = (
    rf"(?:(?:{tx.WEEKDAY_NAMES}),?\s+)?(?:le\s+)?(?P<date>\d{{1,2}}(?:st|nd|rd|th|er)?\s+(?:de\s+)?{tx.MONTH_NAMES},?\s+"
    rf"(?:de\s+)?\d{{4}}|{tx.MONTH_NAMES}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}})"
)
# A lead's words that date the speech itself: "The statement was made on Friday 17th May, 1968", "On 1 May 2031, the
# Permanent Representative … delivered a statement …", "… a pris la parole mercredi 10 novembre 2010 …", and a head's
# meeting "held on" a day ("… during the Plenary meeting of the Conference on Disarmament held on January 25, 2022").
LEAD_DATES = tuple(
    re.compile(pattern, re.IGNORECASE | re.MULTILINE)
    for pattern in (
        rf"\b(?:statement|speech|remarks|address|intervention)\s+was\s+(?:made|delivered|given)\s+on\s+{_ANY_DATE}",
        rf"^[ \t]*On\s+{_ANY_DATE},\s+(?:[^.\n]|(?<=\b[A-Z])\.|(?<=\bM[rs])\.|(?<=\bMrs)\.|(?<=\bDr)\.){{0,200}}?"
        r"\b(?:delivered|made|gave)\s+(?:a|an|the|his|her)\s+"
        r"(?:statement|speech|remarks|address|intervention)\b",
        rf"\ba\s+pris\s+la\s+parole\s+{_ANY_DATE}",
        rf"\b(?:meeting|session|plenary|debate)\b[^.\n]{{0,80}}?\bheld\s+on\s+{_ANY_DATE}\s*$",
    )
)


def _lead_date(text: str) -> dt.date | None:
    """The one day the lead above the speaker's own words gives as the day the speech was given (see LEAD_DATES), in a
    line in the third person; None where it gives none or several."""
    words = speech.words_start(text)
    reach = words if words else speech.HEAD_CHARACTERS
    days: set[dt.date | None] = set()
    for line in re.finditer(r"[^\n]+", text[:reach]):
        if speech.FIRST_PERSON.search(line.group()):
            continue
        for pattern in LEAD_DATES:
            days.update(tx.dateline(match["date"])[0] for match in pattern.finditer(line.group()))
    days.discard(None)
    return days.pop() if len(days) == 1 else None


def _release_opening_date(text: str, lines: list[tuple[int, int]]) -> dt.date | None:
    """The day a release's first paragraph opens with, beside its place ("Bern, 30.05.2008 - Switzerland …",
    "Summary: 21 October 2014, New York – European Union Statement by …"): in a head line or in one of the two
    paragraphs after the head (a caption may come between)."""
    after = [m.start() for m in re.finditer(r"(?m)^(?=\S)", text[lines[-1][1] :])][:2] if lines else []
    first = re.search(r"\S", text)  # a release without a head opens with its place and date itself
    starts = (
        [start for start, _ in lines] + [lines[-1][1] + at for at in after]
        if lines
        else [first.start()]
        if first
        else []
    )
    openings = (pattern.match(text, at) for at in starts for pattern in (RELEASE_OPENING, DATE_FIRST_OPENING))
    dates = (tx.dateline(f"{m['place']}, {m['date']}")[0] for m in openings if m)
    return next((day for day in dates if day), None)


def _dateline_before_chair(text: str) -> dt.date | None:
    """The place and date standing alone on the line just before the opening address to the chair ("New York,
    Thursday, 9th October, 2008" / "Mr. Chairman,"), where a long head has pushed it out of the head's lines; a
    delivery note between them ("PLEASE CHECK AGAINST DELIVERY") is passed over."""
    chair = speech.CHAIR.search(text, 0, 2 * speech.HEAD_CHARACTERS)
    if not chair:
        return None
    line_start = text.rfind("\n", 0, chair.start()) + 1
    if text[line_start : chair.start()].strip():
        return None  # the address does not open its line
    previous = [line for line in text[:line_start].splitlines() if line.strip() and not AS_DELIVERED.fullmatch(line)]
    found, place = tx.dateline(previous[-1]) if previous else (None, "")
    return found if place else None


def _draft(text: str, date) -> SymbolReading | None:
    """The draft voted on, repaired by the symbol grammar and bounded by the years the text names."""
    full = FULL_SYMBOL.search(text)
    if full:
        return SymbolReading(
            as_written=full.group(),
            span=Span(start=full.start(), end=full.end()),
            symbol=full.group(),
            note="as written",
        )
    tokens = un_symbols.committee_draft_tokens(text)
    if not tokens:
        return _bare_draft(text, date)
    token = tokens[0]
    outside = text[: token.start()] + " " + text[token.end() :]
    years = [int(y) for y in YEAR.findall(outside)]
    for match in gazetteer.find_treaties_in(text[: token.end() + 200]):
        adopted = match.ref.adopted
        if adopted:
            years.append(adopted.year)
    not_before = max(years) if years else None
    if date is not None:
        not_before = date.year - 1 if date.month < 9 else date.year
    not_after = date.year if date is not None else None
    symbol, partial, note = un_symbols.read_committee_draft(token.group(), not_before, not_after)
    return SymbolReading(
        as_written=token.group(),
        span=Span(start=token.start(), end=token.end()),
        symbol=symbol,
        partial=None if symbol else partial,
        note=note,
    )


def _bare_draft(text: str, date) -> SymbolReading | None:
    """A First Committee draft written as 'L.50' alone: its session from an ordinal the text gives
    ("70th UN General Assembly First Committee") or from the statement's date (the Committee meets
    in the autumn of the session's first year); else only the number, the session recorded missing."""
    if not FIRST_COMMITTEE.search(text):
        return None
    bare = BARE_DRAFT.search(text)
    if not bare:
        return None
    session = _one_session(text, date)
    number = bare.group("number") + (f"/Rev.{bare['rev'].replace('l', '1')}" if bare["rev"] else "")
    span = Span(start=bare.start("draft"), end=bare.end("draft"))
    if session:
        return SymbolReading(
            as_written=bare.group("draft"),
            span=span,
            symbol=f"A/C.1/{session}/L.{number}",
            note="number as written; session from the text's session or date",
        )
    return SymbolReading(
        as_written=bare.group("draft"),
        span=span,
        partial=f"A/C.1/?/L.{number}",
        note="number as written; the session is not given",
    )


def _council_draft(text: str) -> SymbolReading | None:
    """A Human Rights Council draft written as 'L.21' alone in a statement given at the Council: its session from the
    one session of the Council the text names ("58° Consejo de Derechos Humanos"); none where it names none or several."""
    bare = BARE_DRAFT.search(text)
    sessions = {int(match["number"]) for match in HRC_SESSION.finditer(text)}
    if bare is None or bare["rev"] or len(sessions) != 1:
        return None
    symbol = f"A/HRC/{sessions.pop()}/L.{bare['number']}"
    return SymbolReading(
        as_written=bare.group("draft"),
        span=Span(start=bare.start("draft"), end=bare.end("draft")),
        symbol=symbol,
        note="number as written; session from the Council's session the text names",
    )


def _line_end(text: str, at: int) -> int:
    """Where the line holding offset ``at`` ends."""
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def _one_session(text: str, date) -> int | None:
    """The one session the text's ordinals ("70th UN General Assembly") and its date (the First Committee
    meets in the autumn of the session's first year) give, or None."""
    sessions = {tx.ordinal(match.group(1)) for match in SESSION_ORDINAL.finditer(text)}
    if date is not None and date.month >= 9:
        sessions.add(date.year - un_symbols.FIRST_SESSION_YEAR)
    return sessions.pop() if len(sessions) == 1 else None


def _said_votes(text: str, state: str) -> Iterator[tuple[str, Span, str]]:
    """Each vote the state says it cast, in text order: the option, its sentence and the subject rule. A vote
    said of another time ("Last year we voted …"), of a hypothesis ("would have voted"), denied ("did not vote
    against"), cast by others ("regrets that many States voted against") or on a paragraph ("voted against
    preambular paragraph 5") is no vote on the text; nor is a page's headline above the speech ("Why India
    abstained on …")."""
    opening = speech.words_start(text)
    for start, end in tx.paragraph_sentences(text, opening):
        for option, pattern in VOTES:
            for match in pattern.finditer(text, start, end):
                if (
                    vote_clause.ON_A_PART.match(text, match.end())
                    or not vote_clause.own(text, start, match.start(), state, SPEAKER_VOTER)
                    or vote_clause.another_time(text, start, match.span(), end)
                    or vote_clause.conditional(text, match.span(), end)
                ):
                    continue
                owner = vote_clause.own_vote_noun(text, start, match.start())
                # "explain our vote against": the speaker's own vote, whoever the sentence names before it
                rule = (
                    f"subject {owner.group().strip()!r}"
                    if owner
                    else positions.speaker_rule(text, start, match.start(), state)
                )
                if rule:
                    yield option, Span(start=start, end=end), rule
                break


def _vote(text: str, state: str) -> tuple[str | None, Span | None, str]:
    """How the state voted, from the first sentence in which it says so, and the subject rule."""
    return next(_said_votes(text, state), (None, None, ""))


def _named_drafts(text: str, date) -> list[SymbolReading]:
    """Every draft the text names by its full symbol, each once, in the order first named; and where it lists
    First Committee drafts by number alone ("- L.28 : Comprehensive …") or names them together after a plural noun
    ("the draft resolutions L.5 “…”, and L.41 “…”") of the one session it gives, those."""
    found: dict[str, SymbolReading] = {}
    listed = list(LISTED_DRAFT.finditer(text))
    together = [
        token
        for plural in PLURAL_DRAFTS.finditer(text)
        for token in SHORT_TOKEN.finditer(text, plural.end(), _line_end(text, plural.end()))
    ]
    several = len(listed) > 1 or len(together) > 1
    session = _one_session(text, date) if several and FIRST_COMMITTEE.search(text) else None
    numbered = [(m, "listed by number") for m in listed if len(listed) > 1]
    numbered += [(m, "named together by number") for m in together]
    for item, note in numbered if session else ():
        number = re.sub(r"\s", "", item["draft"])
        symbol = f"A/C.1/{session}/{number}"
        span = Span(start=item.start("draft"), end=item.end("draft"))
        found.setdefault(
            symbol,
            SymbolReading(as_written=item["draft"], span=span, symbol=symbol, note=f"{note}; session from the text"),
        )
    for full in FULL_SYMBOL.finditer(text):
        symbol = re.sub(r"\s", "", full.group())
        found.setdefault(
            symbol,
            SymbolReading(
                as_written=full.group(), span=Span(start=full.start(), end=full.end()), symbol=symbol, note="as written"
            ),
        )
    return list(found.values())


def _votes_by_draft(text: str, state: str, drafts: list[SymbolReading]) -> dict[str, tuple[str, Span, str]]:
    """For a statement on several drafts: each draft's vote, from the first sentence of the state's
    that gives a vote and names that draft (by its symbol, or "L.39" for A/C.1/78/L.39), or that names none and
    stands under the draft's number heading its part ("L.4: Follow-up to …" and below it "India has abstained …")."""
    found: dict[str, tuple[str, Span, str]] = {}
    heads = [(item.start(), re.sub(r"\s", "", item["draft"])[2:]) for item in LISTED_DRAFT.finditer(text)]
    for option, span, rule in _said_votes(text, state):
        named = {m.group(1) for m in SHORT_DRAFT.finditer(text, span.start, span.end)}
        under = [number for at, number in heads if at < span.start]
        if not named and under and len(heads) > 1:
            named = {under[-1].split("/")[0]}
        for draft in drafts:
            number = (draft.symbol or "").split("/L.")[-1].split("/")[0]
            if number in named and (draft.symbol or "") not in found:
                found[draft.symbol or ""] = (option, span, rule)
    return found


def _first_person(rule: str) -> bool:
    """Whether a subject rule found a first-person subject ("we", "my delegation")."""
    subject = re.fullmatch(r"subject '(.+)'", rule)
    return bool(subject and positions.SPEAKER.fullmatch(subject.group(1)))


def _within(
    outer: gazetteer.Match[gazetteer.ForumRef] | None,
    match: gazetteer.Match[gazetteer.ForumRef],
    placed: dict[str, gazetteer.ForumRef],
    text: str,
) -> bool:
    """Whether ``match`` names a part of the placed forum named just before it ("UNGA 73 First Committee")."""
    return (
        outer is not None
        and outer.ref.key in placed
        and match.ref.parent == outer.ref.key
        and bool(SESSION_BETWEEN.fullmatch(text, outer.end, match.start))
    )


def _section_label(text: str, above_title: list[tuple[int, int]], match: gazetteer.Match[gazetteer.ForumRef]) -> bool:
    """Whether a forum that has parts is named alone on one of the head lines above the speech's title: a site's
    section ("General Assembly" over "Explanation of vote on … 'Conventional Arms'") that does not tell which part."""
    line = next(((start, end) for start, end in above_title if start <= match.start < end), None)
    if line is None:
        return False
    alone = not text[line[0] : line[1]].replace(match.text, "").strip(" \t:.-")
    return alone and any(forum.parent == match.ref.key for forum in gazetteer.forums())


# A head line that names a meeting of a treaty's parties without the treaty, which the line above or below names alone:
# "Anti-Personnel Mine Ban Convention" / "17th Meeting of States Parties", "Arms Trade Treaty" / "Tenth Conference of
# States Parties".
MEETING_LINE = re.compile(
    rf"[ \t]*(?:(?:{tx.ORDINAL_WORD}|{CARDINAL_WORD}|[IVX]{{1,5}})\s+)?(?P<meeting>(?:Review\s+)?(?:Meeting|Conference)\s+of\s+"
    r"(?:the\s+)?(?:High\s+Contracting|States?)\s+Part(?:ies|y))[ \t]*(?:\(\w{2,5}\))?[ \t]*",
    re.IGNORECASE,
)


def _split_meeting(text: str, lines: list[tuple[int, int]]) -> dict[str, gazetteer.ForumRef]:
    """The one meeting of a treaty's parties that two adjacent head lines name together, the meeting on one and the
    treaty alone on the other (see MEETING_LINE)."""
    found: dict[str, gazetteer.ForumRef] = {}
    for index, (start, end) in enumerate(lines):
        meeting = MEETING_LINE.fullmatch(text, start, end)
        if meeting is None:
            continue
        for other in (index - 1, index + 1):
            if not 0 <= other < len(lines):
                continue
            line = text[lines[other][0] : lines[other][1]].strip()
            treaties = gazetteer.find_treaties_in(line)
            if len(treaties) != 1 or line.replace(treaties[0].text, "").strip(" \t,.:-–—"):
                continue  # the line names the treaty alone
            joined = f"{meeting['meeting']} to the {treaties[0].text}"
            forums = gazetteer.find_forums_in(joined)
            if len(forums) == 1 and forums[0].start == 0 and forums[0].end == len(joined):
                found[forums[0].ref.key] = forums[0].ref
    return found if len(found) == 1 else {}


# A page's lead that reports the speech and where it was given: "This came in a statement delivered today by the
# Deputy Permanent Representative of Ruritania … before the First Committee", "European Union Statement by Mr. A B,
# Minister Counsellor, … at the 69th Session of the UN General Assembly First Committee …", "Allocution du Conseiller
# fédéral A B lors de la conférence des États parties au …".
LEAD_SPEECH = re.compile(
    r"\b(?:statement|remarks|speech|address|intervention|allocution|d[ée]claration|intervenci[oó]n|discurso)\s+"
    r"(?:was\s+)?(?:delivered|made|given|by|du|de|del)\b",
    re.IGNORECASE,
)
LEAD_PLACE = re.compile(
    r"\b(?:at|before|during|lors\s+de)\s+(?:the\s+|la\s+|le\s+|l['’])(?:[\w.-]+\s+){0,3}"
    rf"(?:(?:{tx.ORDINAL_WORD})\s+session\s+of\s+(?:the\s+)?(?:UN\s+|United\s+Nations\s+)?)?$",
    re.IGNORECASE,
)
# … but not a speaker's post there: "the Permanent Representative of Ruritania at the Conference on Disarmament"
POST_AT = re.compile(
    r"\b(?:representative|ambassador|mission|delegate|observer|envoy)\b(?:\s+of\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,3})?"
    r"\s+(?:at|before)\s+(?:the\s+|la\s+|le\s+|l['’])(?:[\w.-]+\s+){0,3}$",
    re.IGNORECASE,
)
LEAD_REACH = 300  # how far after the speech noun the lead may name the forum


def _lead_places(text: str, named: list[gazetteer.Match[gazetteer.ForumRef]]) -> dict[str, gazetteer.ForumRef]:
    """The forums a lead line above the speaker's own words places the speech in: a line in the third person that
    names the speech ("a statement delivered by …", "Statement by Mr. …", "Allocution du …") and, after it on the
    same line, the forum it was given at, before or during ("… before the First Committee"); a part of such a forum
    named right after it counts too ("… UN General Assembly First Committee")."""
    words = speech.words_start(text)
    reach = words if words else speech.HEAD_CHARACTERS
    placed: dict[str, gazetteer.ForumRef] = {}
    for line in re.finditer(r"[^\n]+", text[:reach]):
        if speech.FIRST_PERSON.search(line.group()):
            continue  # the speaker's own words, not a page's report of them
        noun = LEAD_SPEECH.search(line.group())
        if noun is None:
            continue
        previous = None
        for match in named:
            at = match.start - line.start()
            if not noun.end() <= at <= noun.end() + LEAD_REACH or match.end > line.end():
                continue
            before = text[line.start() + noun.end() : match.start]
            if CITED_BODY.match(text, match.end):
                continue
            if (LEAD_PLACE.search(before) and not POST_AT.search(before)) or _within(previous, match, placed, text):
                placed[match.ref.key] = match.ref
            previous = match
    return placed


# A meeting record's own symbol, which names its organ: "CD/PV.865", "A/C.1/60/PV.20", "A-61-PV.67" as a site writes it
RECORD_SYMBOL = re.compile(r"\b(?P<organ>A[/-]C\.(?P<committee>\d)|A|CD|S)[/-](?:\d{1,3}[/-])?PV\.\s?\d")
RECORD_ORGANS = {"A": "unga", "CD": "cd", "S": "unsc"}
OPENED_MEETING = re.compile(
    r"\bI\s+declare\s+open\s+the\s+\d{1,4}\s*(?:st|nd|rd|th)\s+(?:plenary\s+)?meeting\s+of\s+the\s+", re.IGNORECASE
)


def _record_body(text: str, whole: str) -> str | None:
    """The forum of a meeting record, from its own symbol in its head, or, in a record without it, the forum whose
    numbered meeting the chair declares open in the whole record's head; None where the head gives neither (a
    plenary's record cites its committee's drafts: their symbols are no evidence of where the record's meeting sat)."""
    symbol = RECORD_SYMBOL.search(text, 0, speech.HEAD_CHARACTERS)
    if symbol is None:  # the presiding officer opens the meeting: "I declare open the 1157th plenary meeting of the …"
        opened = OPENED_MEETING.search(whole, 0, speech.HEAD_CHARACTERS)  # in the chair's turn (``whole``)
        forums = gazetteer.find_forums_in(whole[opened.end() : opened.end() + 120]) if opened else []
        return forums[0].ref.key if forums and forums[0].start == 0 else None
    return COMMITTEES.get(symbol["committee"]) if symbol["committee"] else RECORD_ORGANS[symbol["organ"]]


def _body(text: str, draft: SymbolReading | None, vote: str | None) -> str | None:
    """The forum: from the draft's symbol; else the one forum a head line names as the place ("… at
    the Meeting of the High Contracting Parties to the CCW", "EOV in the First Committee"), never
    the one in a speaker's title ("Representative to the Conference on Disarmament"); else the one
    whose newly elected president or chair the speaker congratulates, or which it says it attends; else the General Assembly or
    its First Committee when a speech to a chair names one of them and no other forum (a "General Assembly
    resolution" it cites is no forum); else, for a vote, the
    chair's title. A forum and the body it is part of count as the part."""
    written = draft.symbol or draft.partial if draft else None
    if written:
        committee = re.match(r"A/C\.(\d)/", written)
        if committee:
            return COMMITTEES.get(committee.group(1))
        return "unga"
    named = [  # "the Preparatory Committee for the … Conference" is not the conference, nor its building a meeting of it
        match
        for match in gazetteer.find_forums_in(text)
        if not PREPARATORY.search(text, max(0, match.start - 80), match.start)
        and not BODY_BUILDING.match(text, match.end)
    ]
    starts = {match.start for match in named}
    named = [  # "UNGA Third Committee": a committee of the Assembly not known here, not the Assembly
        match
        for match in named
        if not ((committee := COMMITTEE_AFTER.match(text, match.end)) and committee.start("name") not in starts)
    ]
    placed: dict[str, gazetteer.ForumRef] = {}
    lines = speech.head_lines(text)
    if any(UNKEYED_BODY.search(text, start, end) for start, end in lines):
        return None
    head = text[lines[0][0] : lines[-1][1]] if lines else ""
    if COMMITTEE_NAMED.search(head) and not any(match.ref.parent == "unga" for match in named):
        named = [match for match in named if match.ref.key != "unga"]  # one of its committees, unread: not the plenary
    titled = next((i for i, (start, end) in enumerate(lines) if speech.TITLE_OPENING.match(text[start:end].strip())), 0)
    named = [match for match in named if not _section_label(text, lines[:titled], match)]
    for index, (start, end) in enumerate(lines):
        previous = None
        for match in named:
            if not start <= match.start < end:
                continue
            title = index and TITLE_CONTINUED.search(text, lines[index - 1][0], match.start)
            if title or CITED_BODY.match(text, match.end):  # "(General Assembly resolution 75/1)" is no place
                continue
            if (
                PLACE_BEFORE.search(text[start : match.start])
                or _within(previous, match, placed, text)
                or VOTE_AFTER.match(text, match.end)
            ):
                placed[match.ref.key] = match.ref
            previous = match
    if not placed:
        placed = _split_meeting(text, lines) or _lead_places(text, named)
    presided = {
        match.ref.key: match.ref
        for match in named
        if PRESIDING.search(text[max(0, match.start - 240) : match.start])
        or ATTENDED.search(text[max(0, match.start - 60) : match.start])
    }
    # a speech to a chair (a release that names the Assembly was given nowhere), at no meeting of its own naming
    spoken = speech.addresses_chair(text) and not OWN_OTHER_MEETING.search(text)
    everywhere = {
        match.ref.key: match.ref
        for match in named
        if spoken
        and not CITED_BODY.match(text, match.end)
        and not PAST_ACT_BEFORE.search(text[max(0, match.start - 60) : match.start])
        and not PAST_ACT_AFTER.match(text, match.end)
    }
    for keys, allowed in ((placed, None), (presided, None), (everywhere, ("first-committee", "unga"))):
        parts = {key for key, ref in keys.items() if not any(other.parent == key for other in keys.values())}
        if len(parts) == 1 and (allowed is None or parts <= set(allowed)):
            return parts.pop()
        if parts:
            return None
    address = ADDRESS.search(text)
    if vote and address and address["title"] != "President":
        return "first-committee"  # a vote explained to a Chair; "Mr. President" is the plenary's and, in translation
    return None  # ("Señor Presidente"), also the First Committee's Chair: no body is told
