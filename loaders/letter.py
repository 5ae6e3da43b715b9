"""A diplomatic letter, or a cover letter with the letters it encloses: who wrote to whom, when, about what."""

from __future__ import annotations

import datetime as dt
import re

from treatykg import gazetteer
from treatykg.loaders import positions, publisher, reported, speaker, speech
from treatykg.loaders import text as tx
from treatykg.records import Correspondent, Letter, LetterRecord, PositionMention, ReferencedLetter, Role, Span

KIND = "letter"
VERSION = "41"
LABEL = "diplomatic letter"

SALUTATION = re.compile(
    r"^[ \t]*(?:[“\"‘]?(?:Dear|Estimad[oa]|T[eē]n[aā]\s+koe|Kia\s+ora)\s+(?P<whom>[^\n]{1,80}?)(?:[,:]?[ \t]*$|,[ \t]*(?=[A-Z][a-z]))"
    # (not "Madam\nPresident," wrapped: a speech's address to its chair)
    r"|(?P<formal>(?:Your\s+)?Excellency|Sir|Madam|Sir\s+or\s+Madam)[,:]?[ \t]*$(?!\n[ \t]*(?:President|Chair|Co-Chair|Vice))"
    # a name with its honorific and a colon, alone on its line: "Ms. Mary Wareham:"
    r"|(?:Mr|Ms|Mrs|Dr)\.?[ \t]+(?P<named>[A-Z][\w.'’-]+(?:[ \t]+[A-Z][\w.'’-]+){1,3}):[ \t]*$)"
    # a message to a legislature: "To the Senate of the United States:", "To the Congress of the United States:"
    r"|^[ \t]*To\s+(?P<legislature>the\s+(?:Senate|House|Congress|Parliament|National\s+Assembly)\b[^\n:]{0,60}):[ \t]*$"
    # in French and Spanish, to the Secretary-General, then a letter's opening that is no speech's ("J'ai l'honneur
    # d'accuser réception …", not "… de prendre la parole"): "Monsieur le Secrétaire Général,", "Señor Secretario General:"
    r"|^[ \t]*(?P<office>(?:Monsieur|Madame)\s+(?:le|la)\s+Secr[ée]taire\s+G[ée]n[ée]ral(?:e)?"
    r"|(?:Señor|Señora)\s+Secretari[oa]\s+General)[ \t]*[,:][ \t]*\n\s*"
    r"(?=(?:J['’]ai\s+l['’]honneur|Tengo\s+el\s+honor)\s+(?!de\s+(?:prendre\s+la\s+parole|m['’]adresser|intervenir|hacer\s+uso)))"
    # run on after the letter's date by a rendering that lost the line breaks: "… 29 December 2014 Excellency, Referring …"
    r"|(?<=\d{4}[ \t])(?P<run_on>Excellency),[ \t]+(?=[A-Z])",
    re.MULTILINE,
)  # the body may run on after the comma: "Dear Prime Minister, The Treaty …"
# The formulas of a letter in French or Spanish, whose salutation ("Monsieur le Président,", "Señor Presidente:")
# is also how a speech addresses its chair: "Veuillez agréer …", "Je vous serais reconnaissant de bien vouloir faire
# distribuer …", "Le saluda atentamente", "Aprovecho la oportunidad para reiterarle …".
LETTER_FORMULA = re.compile(
    r"\bVeuillez\s+agréer\b|\bJe\s+vous\s+serais\s+(?:reconnaissant|obligé)e?\b|\b(?:Le|La|Les)\s+saluda\s+atentamente\b"
    r"|\bAprovecho\s+la\s+oportunidad\s+para\s+reiterar|\bLe\s+agradecería\s+(?:que\s+)?(?:tuviera|hiciera)\b"
    r"|\b(?:Le|La|Les)\s+salud(?:a|amos|o)\s+(?:muy\s+)?(?:atenta|cordial)mente\b"  # "Le saludamos cordialmente"
    r"|\b(?:Recevez|Veuillez\s+recevoir|Je\s+vous\s+prie\s+d['’]agréer)\b[^.\n]{0,80}?\bl['’]expression\s+de\b",
    re.IGNORECASE,
)
# A letter in French or Spanish to a head of state or government or a minister, whose closing is a letter's formula:
# "Monsieur le Président de la République,", "Señora Presidenta," (a speech's chair is addressed without them).
FORMAL_ADDRESS = re.compile(
    r"^[ \t]*(?P<office>(?:Monsieur|Madame)\s+(?:le|la)\s+(?:Président(?:e)?\s+de\s+la\s+République|Premier\s+ministre"
    r"|Première\s+ministre|Ministre)|(?:Señor|Señora)\s+(?:President[ea](?:\s+de\s+la\s+República)?|Ministr[oa]))[ \t]*[,:]",
    re.MULTILINE,
)
# A page's title that calls the document a letter ("Open letter from former ambassadors to President X …", "Letter to
# the Prime Minister"), under which an office holder addressed as a speech addresses its chair is the letter's
# salutation: "Mr. President,".
TITLED_LETTER = re.compile(
    r"^[ \t]*(?:[^\n]{0,80}?\s[–—-]\s+)?(?:an\s+)?(?:open\s+)?letter\s+(?:from|to)\s", re.I | re.M
)
OFFICE_ADDRESS = re.compile(
    r"^[ \t]*(?P<office>(?:Mr\.?|Madam|Madame)\s+(?:President|Prime\s+Minister|Secretary(?:-General|\s+General)?"
    r"|Chancellor|Minister|Ambassador)|(?:Your\s+)?Excellencies)[ \t]*,[ \t]*$",
    re.MULTILINE,
)
# A title that addresses the letter to a list of states, perhaps wrapped over two lines and dated.
LISTED_ADDRESSEES = re.compile(
    r"^[ \t]*(?:an\s+)?(?:open\s+)?letter\s+to\s+(?P<whom>[^\n]+(?:\n(?![ \t]*\n)[^\n]+)?)",
    re.IGNORECASE | re.MULTILINE,
)
# A note verbale opens in the third person instead: "The Ministry of Foreign Affairs of X presents its
# compliments to Y and has the honour to …"; its subject is the sender, Y the addressee. A letterhead
# run into the opening by the rendering ("Misión Permanente de Nicaragua en GinebraThe Permanent Mission …")
# does not hide it.
NOTE_OPENING = re.compile(
    r"(?:^[ \t]*|(?<=[a-zà-ÿ]))(?P<note>The\s+[^\n]{3,240}?)\s+(?:presents\s+its|present\s+their)\s+compliments"
    r"(?=\s+to\s+(?:the\s+)?(?P<whom>[^\n]{2,160}?)(?:,?\s+and\s+(?:has|have|avails?)\b|,))",
    re.MULTILINE | re.IGNORECASE,
)
# A speech's greetings, line after line, one of them to the room: "Dear Secretary-General,\nRespected delegates,"
# (two letters' salutations, "Dear Madam Speaker,\nDear Mr. Speaker,", are no speech).
_AUDIENCE = (  # greetings only a speech gives, to the room
    r"[ \t]*(?:(?:Respected|Distinguished|Honou?rable|Dear)\s+(?:delegates|participants|guests|heads\s+of\s+states?)"
    r"|(?:Respected|Distinguished|Honou?rable)\s+colleagues|(?:Your\s+)?Excellencies|Ladies\s+and\s+Gentlemen)"
    r"[^\n]{0,40}?[ \t]*[,:!]?[ \t]*"
)
_GREETING = rf"(?:[ \t]*Dear\s+[^\n]{{1,60}}[,:!]?[ \t]*|{_AUDIENCE})"
SPEECH_GREETINGS = re.compile(rf"^(?:{_GREETING}\n{_AUDIENCE}|{_AUDIENCE}\n{_GREETING})$", re.MULTILINE | re.IGNORECASE)
# What only a speech says of itself: "my intervention", "this rostrum", "address this Assembly"
SPEECH_WORDS = re.compile(
    r"\b(?:my|this)\s+(?:intervention|statement|speech|address)\b|\bthis\s+(?:\w+\s+)?(?:rostrum|podium|forum)\b"
    r"|\baddress(?:ing)?\s+(?:you|this|the)\s+(?:\w+\s+){0,3}?(?:Assembly|Conference|Committee|Council|gathering)\b",
    re.IGNORECASE,
)
# A note verbale that opens without its compliments: "The Embassy of the United States of America has the honor to
# refer to …"; its subject is the sender.
NOTE_HONOUR = re.compile(
    r"^[ \t]*(?P<note>The\s+(?:Embassy|Permanent\s+Mission|Ministry\s+of\s+Foreign\s+Affairs|Mission)\s+of\s+"
    r"(?:(?!\bcompliments\b)[^\n]){3,120}?)\s+has\s+the\s+hono(?:u)?r\s+to\s+(?:refer|inform|transmit|bring|request|draw|convey)\b",
    re.MULTILINE,
)
# A diplomatic letter whose salutation is not kept opens its body with "I have the honour to …" (transmit, inform,
# refer, issue …) on a line of its own, under its date; a speech says it after addressing the chair, not at a line's start.
HONOUR_OPENING = re.compile(  # the place where the body starts (the words stay in it)
    r"^(?=[ \t]*(?:(?:I|We)\s+have\s+the\s+hono(?:u)?r,?\s+(?:herewith,?\s+)?to\s+(?:transmit|inform|refer|issue|draw|"
    r"bring|convey|enclose|forward|request|submit|attach)\b"
    # "I write to you regarding another serious violation …" under the addressee's name and office
    r"|(?:I|We)\s+(?:write|am\s+writing|are\s+writing)\s+to\s+you\s+(?:regarding|about|concerning|with\s+regard\s+to)\b))",
    re.MULTILINE,
)
# A letter or memorandum printed as a committee's written evidence under a heading that names who submitted it,
# its salutation not kept: "Memorandum submitted by the Foreign and Commonwealth Office", "GS(NP) 95: Letter to the
# Chairman of the Committee from the Secretary of State for Foreign and Commonwealth Affairs".
SUBMITTED = re.compile(
    r"^[ \t]*(?:[^\n–—]{2,80}?\s[–—-]\s+)?"  # a page's title before it: "Debate on disarmament – Letter from …"
    r"(?:[A-Z]{1,4}\s*\([A-Z]{1,4}\)\s*\d{1,4}\s*:\s*)?(?:Supplementary\s+|Open\s+)?(?:Memorandum|Letter)\b[^\n]{0,160}?"
    r"\b(?:submitted\s+by|from)\s+(?:the\s+)?(?P<submitted>[^\n]{3,160}?)"
    r"(?:,?\s+to\s+(?P<to>[^\n]{3,160}?))?[ \t]*$",  # "… from X to Y": Y is the addressee, never the writer
    re.MULTILINE,
)
# A writer's post in its own government that names no state ("M. X, President of the Republic"): the state is
# the one whose government or embassy publishes the letter.
HOME_POST = re.compile(
    r"\b(?:President\s+of\s+the\s+Republic|Prime\s+Minister|(?:Foreign\s+)?Minister(?:\s+(?:of|for)\s+[A-Z][\w ]+)?"
    r"|Secretary\s+of\s+State(?:\s+for\s+[A-Z][\w ]+)?|Chancellor|Head\s+of\s+State)\s*$"
)
EVIDENCE_HEAD = 600  # how far into the document such a heading may stand
# A dateline given from a government office, the office first: "The White House, December 9, 2016."
OFFICE_DATELINE = re.compile(r"[ \t]*(?P<office>[A-Z][^,\n]{2,60}),[ \t]+[^\n]*\d{4}\.?[ \t]*$")
CLOSING = re.compile(
    r"^[ \t]*(?:Yours\s+(?:sincerely|faithfully|truly)|Sincerely(?:\s+yours)?|Best\s+(?:wishes|regards)|"
    r"(?:With\s+)?(?:kind|warm|best)\s+regards|Respectfully(?:\s+yours)?|(?:Please\s+)?Accept,?\s[^\n]*assurances?)"
    r"[^\n]{0,60}$"
    r"|^(?=[ \t]*\(Signed\)[ \t]+\S)",  # a UN copy's "(Signed) A B" stands for the closing and the signature
    re.MULTILINE | re.IGNORECASE,
)
GOVERNMENT_BODY = re.compile(
    r"\b(?:EMBASSY|MINISTRY|PERMANENT\s+MISSION|MISSION|DEPARTMENT|CONSULATE|HIGH\s+COMMISSION|"
    r"OFFICE|GOVERNMENT|PRESIDENCY|SECRETARIAT)\b",
    re.IGNORECASE,
)
ORGANISATION_WORDS = re.compile(
    r"\b(?:Watch|International|Coalition|Institute|Foundation|Campaign|Association|Society|"
    r"Cent(?:re|er)|University|Ministry|Embassy|Mission|Office|Organi[sz]ation|Council|"
    r"Network|Agency|Department|Monitor|Committee)\b"
)
HONORIFIC = re.compile(
    r"^[ \t]*(?:To:\s*)?(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sra|Sr|Srta|Mme|H\.?\s?E(?=\.|\s+[A-Z])|Ambassador|Sir|Madam|The\s+Hon(?:ou?rable|(?=\.))|(?:The\s+)?Rt\.?\s+Hon|"
    r"(?:His|Her)\s+(?:Excellency|Majesty)"
    r"|(?:President|Prime\s+Minister|Secretary(?:\s+of\s+State)?|(?:Foreign\s+)?Minister)(?=\s+[A-Z][a-z]+\s+[A-Z]))"
    r"\.?\s+(?P<name>[^\n]+?)[,.]?[ \t]*$",
    re.MULTILINE,
)  # an office before a name opens an address too: "Secretary of State Colin Powell"
_REFERENCE_MARK = r"No\.|Ref(?:erence)?\.?\s*(?:No\.?)?\s*:?"  # "No.", "Ref:", "Reference No."
REFERENCE = re.compile(
    rf"^[ \t]*(?P<ref>(?:{_REFERENCE_MARK}|Our\s+ref(?:erence)?\.?\s*:?)\s*\S[^\n]{{0,40}}?)[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)
# A reference number and the letter's date on one line: "No. 1633825 14 June 2023"
REFERENCE_DATED = re.compile(
    rf"[ \t]*(?P<ref>(?:{_REFERENCE_MARK})\s*[\w/.-]{{1,30}})[ \t,]+(?P<date>{tx.DATE.pattern})[ \t]*",
    re.IGNORECASE,
)
# A file number alone on a line of the head: a code of slash-separated parts ("MFA/Ai/128/01"), or
# an office's letters and a number ("OIA 29681"); never a postcode or box of an address, nor the
# symbol of a treaty meeting's document ("CCW/MSP/2008/4") that prints the letter.
REFERENCE_CODE = re.compile(
    r"[ \t]*(?P<ref>(?=[^\n]*\d)(?!(?:CCW|APLC|CCM|CD|ATT|NPT|BWC)/)[A-Z][A-Za-z]{1,7}(?:/[A-Za-z0-9.-]{1,10}){2,5}"
    r"|(?!(?:BOX|SUITE|FAX|TEL|PMB)\b)[A-Z]{3,5}[ -]?\d{3,7})[ \t]*"
)
REPLY = re.compile(
    rf"\b(?:reference|with\s+reference\s+to|refer(?:ring)?\s+to|in\s+reply\s+to|in\s+response\s+to|thank\s+you\s+for)"
    rf"\s+your\s+(?:letter|note|communication|e-?mail|request)(?:\s+No\.?\s*\S+)?\s+(?:dated|of)\s+"
    rf"(?P<date>\d{{1,2}}\s+{tx.MONTH_NAMES}\.?,?\s+\d{{4}})"
    rf"(?:\s*,?\s*addressed\s+to\s+(?P<to>[^,.;\n]+?))?(?=\s+(?:seeking|requesting|regarding|concerning|asking|in\s+which)\b|[,.;]|$)",
    re.IGNORECASE,
)
# Where a letter quotes its addressee ("in which you request the following: …"), what follows is the
# addressee's words, not the writer's: the writer's positions are read only before it.
QUOTED_ADDRESSEE = re.compile(
    r"\b(?:you|your\s+(?:letter|e-?mail|request|note|communication))\s+"
    r"(?:request(?:ed|s)?|ask(?:ed|s)?|state[sd]?|wr[io]te|sa(?:id|y))\b[^.:]{0,80}:",
    re.IGNORECASE,
)
ENCLOSURE = re.compile(
    r"\b(?:attached|enclosed|enclosing|annexed|herewith|please\s+find)\b|\btransmit\b", re.IGNORECASE
)
OFFICE_TITLE = re.compile(
    r"\b(?:President|Prime\s+Minister|Minister|Secretary|Ambassador|Permanent\s+Representative|Head\s+of\s+State)\b"
)  # an office of a government, whose country the address's next line gives
ADDRESS_LINE = re.compile(
    r"^\s*(?:\d|#|P\.?\s?O\.?\s+Box|Tel|Fax|E-?mail)|\b\d{5}\b|\bUSA\b|\b(?:Avenue|Ave|Av|Street|St|Road|Court)\b\.?,",
    re.IGNORECASE,
)
CARBON_COPY = re.compile(
    r"^\s*(?:b?cc\s*:|c\.\s?c\.|copy\s*:|cop(?:y|ies)\s+(?:to|for)\b|copies\s*:|distribution\s*:|enclosures?\s*:)",
    re.IGNORECASE,
)  # below the signature: who receives a copy, what is enclosed - neither the writer nor the addressee
ADDRESSEE_MARK = re.compile(
    r"^[ \t]*(?:(?:To|Attn|Attention|For\s+the\s+attention\s+of|Addressed\s+to|c/o)\b[ \t]*[:.]?|(?:A|À|Para)[ \t]*:)[ \t]*",
    re.IGNORECASE,
)  # "To: Ministry of Foreign Affairs of Japan", "Attn: Permanent Mission of …": the addressee, never the letterhead
# A writer does not urge itself: "We urge Japan to …" names the addressee's state, not the writer's.
URGED = re.compile(
    r"\b(?:urge[sd]?|call(?:s|ed)?\s+(?:up)?on|ask(?:s|ed)?|request(?:s|ed)?|encourage[sd]?|appeal(?:s|ed)?\s+to)\s+"
    r"(?:the\s+[Gg]overnment\s+of\s+)?(?=[A-Z])",
)
FORMER = re.compile(
    r"\b(?:former|formerly|retired|ret\.|emerit(?:us|a))(?!\w)|\bex-", re.IGNORECASE
)  # a post no longer held
HOME_OFFICE = re.compile(
    r"\b(?:President|Prime\s+Minister|Premier|Minister|Secretary\s+of\s+State|Chancellor"
    r"|President[ea]|Présidente?|Primer[oa]?\s+Ministr[oa]|Premier\s+ministre|Ministr[oae])\b"
)
NOT_HOME_OFFICE = re.compile(
    r"\b(?:Ambassador|Permanent\s+Representative|Consul|High\s+Commissioner|Envoy|Chair(?:man|person)?|Embassy|"
    r"Minister[-\s]Counsell?or|Counsell?or|Plenipotentiary|Attach[eé]|Delegation|"
    r"President\s+of\s+the|Secretary-General|United\s+Nations)\b"
)  # a post abroad, or one of a conference or an organisation
NATIONAL_BODY = re.compile(
    r"\b(?:Ministry|Office\s+of\s+the\s+(?:Prime\s+Minister|President)|Parliament\s+House|House\s+of\s+Commons)\b"
)  # the office of a government at home, in the addressee's block
ORIGIN_LABEL = re.compile(
    r"^[ \t]*(?:Country|State|Sender|From)[ \t]*:[ \t]*(?P<name>[^\n]{2,60}?)[ \t]*$", re.MULTILINE
)
# A page's words right before the letter it gives, naming the government office that wrote it: "In response to our
# inquiries, the embassy of Kazakhstan responded stating: “Dear …"
INTRODUCING_OFFICE = re.compile(
    r"\b(?:Embassy|Permanent\s+Mission|(?:Foreign\s+)?Ministry(?:\s+of\s+Foreign\s+Affairs)?|Government)\s+of\s+"
    r"(?P<state>[^,.:;\n]{2,60}?)\s+(?:responded|replied|answered|wrote)(?:\s+(?:stating|saying|as\s+follows))?\s*:\s*$",
    re.IGNORECASE,
)
GLUED = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")  # two words an extraction ran together: "WarsawPoland"
STATE_OFFICE = re.compile(
    r"\b(?:President|Prime\s+Minister|(?:Foreign\s+)?Minister|Secretary\s+of\s+State|Ambassador|"
    r"Permanent\s+Representative|King|Queen|Emir|Head\s+of\s+State)\b[^\n]*\bof\b"
    r"|\b(?:President[ea]|Présidente?|Primer[oa]?\s+Ministr[oa]|Premier\s+ministre|Ministr[oae])\b[^\n]*\b(?:de|du)\b"
    r"|,\s*(?:the\s+)?[A-Z][\w.]+(?:\s+[A-Z][\w.]+)?\s+(?:President|Prime\s+Minister|Foreign\s+Minister)\b"
)  # "… President of the Republic of Y", "…, UK Prime Minister"
STATE_GOVERNMENT_BODY = re.compile(
    r"\b(?:Embassy|Ministry|Permanent\s+Mission|Mission|Consulate|High\s+Commission|"
    r"Government|Presidency)\b",
    re.IGNORECASE,
)  # never an NGO's office
# The opening of such a title, whoever the letter is addressed to: "Note verbale dated 5 April 2001 from the …"
_DATED_FROM = rf"\s+dated\s+(?P<date>\d{{1,2}}\s+{tx.MONTH_NAMES}\s+\d{{4}})\s+from"  # "… dated 5 April 2001 from"
TITLE_OPENING = re.compile(rf"\s*(?:Identical\s+letters|Letter|Note\s+verbale){_DATED_FROM}\b", re.IGNORECASE)
# A letter the UN circulates as one of its documents is titled by who wrote it to whom:
# "Letter dated 5 October 2007 from the Permanent Representative of Lebanon to the United Nations
# addressed to the Secretary-General" ("Identical letters …" when also sent to the Council's President).
UN_TITLE = re.compile(  # its first word as a title writes it, in capitals too ("LETTER DATED 17 APRIL 1995 FROM …")
    r"(?<![\w-])(?:Identical\s+letters|IDENTICAL\s+LETTERS|Letter|LETTER|(?P<note>Note\s+verbale|NOTE\s+VERBALE))"
    rf"(?i:{_DATED_FROM}\s+(?:the\s+)?)"
    r"(?P<post>(?i:(?:(?:Deputy|Acting|Alternate)\s+)?(?:Permanent\s*)?Representatives?|Charg[ée]\s+d['’]affaires\s+a\.\s?i\.|"
    r"Minister\s+(?:for|of)\s+Foreign\s+Affairs|Prime\s+Minister|President|Government|Permanent\s+Mission"
    # "the Under Secretary for Multilateral Affairs and Head of the Delegation of Mexico"
    r"|(?:(?:[A-Z][\w-]*\s+){1,3}(?:(?:for|of)\s+(?:[A-Z][\w-]*\s+){1,3})?and\s+)?Head\s+of\s+(?:the\s+)?Delegation))"
    r"(?i:(?:\s+of\s+the\s+Permanent\s+Mission)?\s+of\s+)"  # "Chargé d’affaires a.i. of the Permanent Mission of …"
    r"(?P<state>(?:[^;\n]|\n(?![ \t]*\n)){2,200}?)"  # a state's name may wrap: "of the\nRussian Federation"
    r"(?i:(?:\s+to\s+the\s+(?:United\s+Nations(?:\s+Office\s+at\s+[A-Z][a-z]+)?|Conference\s+on\s+Disarmament))?"
    r",?\s*addressed\s+to\s+(?:the\s+)?)"  # "… to the United Nationsaddressed to …", as a PDF's lines may glue
    r"(?P<to>(?i:Secretary-General|President\s+of\s+the\s+(?:Security\s+Council|General\s+Assembly))|"
    r"Chair(?:man|person)?\s+of\s+the\s+(?:[A-Z][\w\s-]{2,80}?\s)?Committee"
    # a body's secretariat: "addressed to the Secretariat of the Commission on Human Rights"
    r"|(?i:Secretariat)(?:\s+of\s+the\s+(?:[A-Z][\w-]*\s+){0,6}?(?:Commission|Council|Committee|Conference)"
    r"(?:\s+on\s+[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*){0,3})?)?)"
    r"(?i:\s+and\s+(?:to\s+)?the\s+President\s+of\s+the\s*(?:Security\s+Council|General\s+Assembly))?"
)
# The same title in the UN's Spanish and French copies, the addressee before the writer: "Carta de fecha 16 de agosto
# de 2017 dirigida al Secretario General por el Representante Permanente de la Federación de Rusia ante las Naciones
# Unidas", "Lettre datée du 13 septembre 2022, adressée au Secrétaire général par le Représentant permanent de
# l'Arménie auprès de l'Organisation des Nations Unies".
UN_TITLE_ES_FR = re.compile(
    r"(?:(?P<note>Nota\s+verbal|Note\s+verbale)|Cartas\s+idénticas|Carta|Lettres\s+identiques|Lettre)"  # glued: "inglésCarta"
    rf"\s+(?:de\s+fecha|datée?s?\s+du)\s+(?P<date>\d{{1,2}}(?:er)?\s+(?:de\s+)?{tx.MONTH_NAMES}\s+(?:de\s+)?\d{{4}}),?\s+"
    r"(?:dirigidas?|adressées?)\s+(?:al|a\s+la|au|à\s+la)\s+(?P<to>[^\n]{3,160}?)\s+(?:por|par)\s+(?:el|la|le|l['’])\s*"
    r"(?P<post>Representantes?\s+Permanentes?(?:\s+Adjunt[oa])?|Encargad[oa]\s+de\s+Negocios(?:\s+[Ii]nterin[oa]|\s+a\.\s?i\.)?"
    r"|Ministr[oa]\s+de\s+Relaciones\s+Exteriores|Misión\s+Permanente|Représentante?s?\s+permanente?s?(?:\s+adjointe?)?"
    r"|Chargée?\s+d['’]affaires\s+(?:par\s+intérim|a\.\s?i\.)|Ministre\s+des\s+[Aa]ffaires\s+[ée]trangères|Mission\s+permanente)"
    r"\s+(?:del?|du|des|d['’])\s*(?P<state>[^\n;]{2,120}?)"
    r"(?:\s+(?:ante\s+las\s+Naciones\s+Unidas|ante\s+la\s+Conferencia\s+de\s+Desarme|auprès\s+de\s+l['’]Organisation\s+des"
    r"\s+Nations\s+Unies|auprès\s+de\s+la\s+Conférence\s+du\s+désarmement)|[ \t]*$)",
    re.MULTILINE,
)
# An information circular of the IAEA giving a member's communication: "Communication of 14 February 1996 Received from
# the Permanent Mission of New Zealand to the International Atomic Energy Agency"; its date, the day it was received
# or the communication's, is taken from the circular's own account below it.
AGENCY_TITLE = re.compile(
    rf"(?<![\w-])(?:Communication|COMMUNICATION)(?i:\s+(?:of|dated)\s+\d{{1,2}}\s+{tx.MONTH_NAMES},?\s+\d{{4}}\s+"
    r"(?:received\s+)?from\s+the\s+)"
    r"(?P<post>(?i:(?:Permanent|Resident)\s+Mission|(?:Permanent|Resident)\s+Representative|Government))"
    r"(?i:\s+of\s+)(?P<state>[^;\n]{2,120}?)(?i:\s+to\s+the\s+)"
    r"(?P<to>(?i:International\s+Atomic\s+Energy\s+Agency|Agency))\b"
)
# "the Director General received a communication of 9 February 1996 from the Resident Representative of New Zealand"
AGENCY_RECEIVED = re.compile(
    rf"\breceived\s+a\s+communication\s+(?:of|dated)\s+(?P<date>\d{{1,2}}\s+{tx.MONTH_NAMES},?\s+\d{{4}})\s+from\s+the\s+"
    r"(?:Permanent|Resident)\s+(?:Representative|Mission)\s+of\s+(?P<state>[^,;.\n]{2,80}?)\s+(?:transmitting|to|on|concerning|regarding|,)",
    re.IGNORECASE,
)
PLURAL_POST = re.compile(r"\brepr[eé]sent(?:ative|ante|ant)s\b", re.IGNORECASE)  # "Representatives", "Representantes"
ANOTHER_POST = re.compile(r"\s+and\s+the\s+(?:Permanent\s+)?Representative\s+of\s+(?:the\s+)?", re.IGNORECASE)
SIGNED = re.compile(
    r"\((?:Signed|Firmado|Signé)\)\s+(?P<name>(?:(?!Ambassador\b|Permanent\b|Minister\b|Charg)[A-Z][\w.'’-]+\s+){1,4})"
)
ANNEX = re.compile(
    r"\bAnnex\s+to\s+the\s+(?:identical\s+)?letters?\s+dated\b|\bAnexo\s+de\s+la\s+(?:carta|nota\s+verbal)\s+de\s+fecha\b"
    r"|\bAnnexe\s+(?:à\s+la|de\s+la)\s+(?:lettre|note\s+verbale)\s+datée\b",
    re.IGNORECASE,
)
LETTER_TO = re.compile(
    r"^[ \t]*(?:Open\s+)?[Ll]etter\s+to\s+(?P<whom>(?:the\s+)?(?:(?:Government|President|Prime\s+Minister|"
    r"Foreign\s+Minister|Minister\s+of\s+Foreign\s+Affairs|Ambassador)\s+of\s+)?(?:the\s+)?[A-Z][^\n]{1,120}?)[ \t]*$",
    re.MULTILINE,
)  # a page's title over the letter: "Letter to Georgia"
# A record of a parliament's proceedings that prints a letter: the date of its head is the sitting's.
PROCEEDINGS = re.compile(
    r"\s*(?P<record>(?:(?:House|Senate|Legislative\s+\w+|National\s+Assembly)\s+)?(?:debates|Hansard|Official\s+Report|"
    r"Proceedings|Parliamentary\s+debates))\b",
    re.IGNORECASE,
)
PLACEHOLDER = re.compile(
    r"\[(?:[A-Z][A-Z ]{1,30}|(?:insert|your|name|date|address)\b[^\]\n]{0,40})\]"  # "[NAME]", "[insert date]"
    r"|\.{8,}|_{5,}|^[ \t]*Date:[ \t]*$",  # a line of dots or underscores to fill in, a "Date:" left blank
    re.IGNORECASE | re.MULTILINE,
)
# A letter offered for others to send: "DRAFT/MODEL LETTER", "Sample letter to your MP".
TEMPLATE = re.compile(
    r"^[ \t]*(?:draft\s*/\s*)?(?:model|sample|template|suggested)\s+letters?\b", re.IGNORECASE | re.MULTILINE
)
SMALL_WORDS = {"of", "the", "and", "for", "to", "in", "on"}


# The depositary's notification of a treaty action, which may quote a state's communication in full: the
# Secretary-General's document, not the state's letter ("C.N.49.2015.TREATIES-XVI.1 (Depositary Notification)").
DEPOSITARY_NOTIFICATION = re.compile(
    r"\(Depositary\s+Notification\)|\bacting\s+in\s+(?:his|her|its)\s+capacity\s+as\s+depositary,\s+communicates\b"
    r"|\(Notification\s+d[ée]positaire\)|\ben\s+sa\s+qualit[ée]\s+de\s+d[ée]positaire,\s+communique\b",
    re.IGNORECASE,
)


# A treaty's status list, whoever submits it ("Memorandum submitted by the Foreign and Commonwealth Office" above the
# depositary's table): its column heads or its heading.
STATUS_LIST = re.compile(
    r"\bDate\s+of\s+(?:the\s+)?(?:Signature|deposit\s+of\s+(?:the\s+)?(?:Instruments?|Ratification|Accession))"
    r"|\bStates\s+which\s+have\s+signed,\s+ratified\s+or\s+acceded\b",
    re.IGNORECASE,
)


def detect(text: str, address: str | None = None) -> float:
    """How sure we are that the text is a letter (0 = not one; a depositary's notification quoting one, or a
    status list, is none)."""
    if DEPOSITARY_NOTIFICATION.search(text, 0, 2 * EVIDENCE_HEAD) or STATUS_LIST.search(text, 0, 2 * EVIDENCE_HEAD):
        return 0.0
    if _un_title(text):
        return 0.9
    if SPEECH_GREETINGS.search(text):
        return 0.0  # a speech greets its audiences line after line
    salutations = _salutations(text)
    before = text[: salutations[0].start()] if salutations else ""
    speech_first = speech.addresses_chair(before) or SPEECH_WORDS.search(before)
    if speech_first and (not CLOSING.search(text) or salutations[0].start() > 2 * EVIDENCE_HEAD):
        return (
            0.0  # a speech that greets a body's chair, or speaks of itself, before any "Dear …" (or a letter it quotes)
        )
    if not salutations:
        if _submitted(text, address):
            return 0.7
        if _joint_letterhead(text):
            return 0.8
        if _reproduced(text):
            return 0.8  # a page's lead tells of the letter, then gives it: a letter, though it may read as a speech
        opening = _honour_opening(text)
        if opening is None:
            return 0.0
        return 0.8 if ADDRESSEE_ABOVE.search(text, 0, opening.start()) else 0.6  # under its addressee: no speech
    score = 0.4
    if CLOSING.search(text) or TITLED_LETTER.search(text, 0, EVIDENCE_HEAD):  # "Open letter from … to …"
        score += 0.3
    if tx.DATE.search(text):
        score += 0.2
    if GOVERNMENT_BODY.search(text[:400]):
        score += 0.2
    if score == 0.4 and SPEECH_WORDS.search(text):
        return 0.0  # a greeting alone, in a text that speaks of its speech: "Excellency,\nI begin my intervention …"
    return min(score, 1.0)


# A page that gives a letter whole after its own lead: "Iravani's full letter to Secretary-General … is as follows:"
REPRODUCED = re.compile(
    r"(?P<name>[A-Z][\w-]+)['’]s\s+(?:full\s+|complete\s+)?letter\s+(?:to|addressed\s+to)\s+(?P<to>[^\n:]{3,240}?)\s+"
    r"(?:is\s+as\s+follows|reads(?:\s+as\s+follows)?)\s*:\s*"
    # "Below is the full text of Iravani's letter:"
    r"|\b(?:Below|Following|Here)\s+is\s+the\s+(?:full\s+|complete\s+)?text\s+of\s+(?P<named>[A-Z][\w-]+)['’]s\s+letter\s*:\s*"
)
# ... whose lead names the writer by a state's office: "Iran's Ambassador and Permanent Representative to the United
# Nations Amir-Saeid Iravani"
LEAD_ENVOY = (
    r"\b(?P<state>[A-Z][\w .-]{1,60}?)['’]s?\s+(?P<office>(?:Ambassador(?:\s+and\s+Permanent\s+Representative)?"
    r"|Permanent\s+Representative|Foreign\s+Minister|Minister\s+(?:of|for)\s+Foreign\s+Affairs)"
    r"(?:\s+to\s+the\s+(?:United\s+Nations|UN))?)\s+(?P<person>(?:[A-Z][\w.-]+\s+){0,3}"
)
WRITER_VOICE = re.compile(r"\b(?:I|We)\b|\bmy\s+Government\b")
# A page's lead that tells who wrote the letter it then gives, unnamed: "Bashar Jaafari, the Permanent Representative of
# the Syrian Arab Republic to the United Nations, wrote a letter addressed to … The letter which follows …"
REPRODUCED_UNNAMED = re.compile(
    r"\bThe\s+letter,?\s+(?:which\s+follows\b[^\n]*|(?:said|says|reads|read|stated|states)(?:\s+as\s+follows|\s+in\s+part)?\s*:)\s*"
    r"|\b(?:he|she)\s+(?:continued|went\s+on|wrote)\s*:\s*"  # "…, he continued:" after the lead tells of the letter
    # "… mentioned in the letter dated 3 May to the President of the Council …, as follows:"
    r"|\bin\s+(?:the|this|his|her|its)\s+letter\b[^\n:]{0,300}?,?\s+as\s+follows\s*:\s*"
)
# A letter given whole in quotation marks right after the lead's colon: no snippet, a long quotation still open
QUOTED_WHOLE = re.compile(r"[\"“][^\"”]{400}")
LEAD_ENVOY_OF = re.compile(  # or its minister: "Paek Nam Sun, Foreign Minister of the Democratic People's Republic of
    # Korea (DPRK) sent a letter to …"; "The permanent representative of the DPRK at the UN sent a letter …"
    r"(?:(?P<person>[A-Z][\w.-]+(?:\s+[A-Z][\w.-]+){0,3}),\s+)?(?:the\s+)?"
    r"(?P<office>(?:[Aa]mbassador\s+and\s+)?[Pp]ermanent\s+[Rr]epresentative|[Ff]oreign\s+[Mm]inister"
    r"|[Mm]inister\s+(?:for|of)\s+[Ff]oreign\s+[Aa]ffairs)\s+of\s+(?:the\s+)?"
    r"(?P<state>[A-Z][^,()\n]{1,60}?)(?:\s+\([A-Z]{2,6}\))?(?:\s+(?:to|at)\s+the\s+(?:United\s+Nations|UN)\b)?,?\s+"
    r"(?:wrote|sent|sends|addressed)\s+a\s+letter\b"
    # the office after the state's adjective and before the holder's name: "Ruritanian Prime Minister Jane Roe has sent a
    # letter …" (the adjective must name one state, checked by the caller)
    r"|\b(?P<adjective>[A-Z][\w-]+)\s+(?P<office_after>Prime\s+Minister|President|Foreign\s+Minister"
    r"|Minister\s+(?:for|of)\s+Foreign\s+Affairs|Ambassador|Permanent\s+Representative)\s+"
    r"(?P<holder>(?:[A-Z][\w.-]+\s+){1,8}?)(?:has\s+)?(?:wrote|written|sent|sends|addressed)\s+a\s+letter\b"
)


def _lead_envoy_state(envoy: re.Match[str]) -> str | None:
    """The one state a lead's envoy or minister is of: named after the office ("Foreign Minister of X") or by its
    adjective before it ("Ruritanian Prime Minister"); None where the words name no state or several."""
    if envoy["state"]:
        return gazetteer.only_state_named(envoy["state"])
    named = {match.ref.alpha3 for match in gazetteer.find_states_in(envoy["adjective"])}
    return named.pop() if len(named) == 1 else None


def _reproduced(text: str) -> tuple[re.Match[str], re.Match[str], str] | None:
    """A letter a page reproduces after its lead, the lead naming its writer by a state's office and the letter
    opening in the writer's voice: (the "… letter … is as follows:" match, the office's, the state)."""
    reproduced = REPRODUCED.search(text, 0, 2000) or REPRODUCED_UNNAMED.search(text, 0, 2000)
    if reproduced is None or not (
        WRITER_VOICE.search(text, reproduced.end(), reproduced.end() + 300)
        or QUOTED_WHOLE.match(text, reproduced.end())
    ):
        return None
    name = reproduced.groupdict().get("name") or reproduced.groupdict().get("named")
    if name is None:  # the letter unnamed: the one envoy the lead shows writing it
        envoys = list(LEAD_ENVOY_OF.finditer(text, 0, reproduced.start()))
        state = _lead_envoy_state(envoys[0]) if len(envoys) == 1 else None
        return (reproduced, envoys[0], state) if state else None
    envoy = re.compile(LEAD_ENVOY + re.escape(name) + r")\b").search(text, 0, reproduced.start())
    state = gazetteer.only_state_named(envoy["state"]) if envoy else None
    return (reproduced, envoy, state) if envoy and state else None


# A joint letter's letterhead listing the missions that write it, the list perhaps wrapped after a comma:
# "From the Permanent Missions of: Australia, Austria, …, United Kingdom, United States"
JOINT_LETTERHEAD = re.compile(
    r"^[ \t]*(?:From\s+)?(?:the\s+)?Permanent\s+Missions\s+of\s*:?[ \t]*"
    r"(?P<states>(?:[^\n]*,[ \t]*\n(?:[ \t]*\n)?)*[^\n]+?)(?:\s+to\s+the\s+United\s+Nations)?[ \t]*$",
    re.MULTILINE,
)
DATE_UNDER = re.compile(rf"\s*(?P<date>{tx.DATE.pattern})", tx.DATE.flags)  # the date opening the next line
# The diplomatic closing, also where an extraction ran it into the body's paragraph
RUN_ON_CLOSING = re.compile(
    r"\b(?:Please\s+)?accept,?\s[^.\n]{0,40}?\bassurances\s+of\s+(?:my|our)\s+(?:highest|most\s+distinguished)\s+"
    r"consideration",
    re.IGNORECASE,
)


def _joint_letterhead(text: str) -> tuple[re.Match[str], tuple[str, ...], re.Match[str], re.Match[str]] | None:
    """A letter under a letterhead that lists the missions writing it jointly, kept without its salutation: (the
    letterhead, its states, the date opening the line under it, the closing); None where the list names anything but
    states, no date line follows at once, no diplomatic closing ends it, or the writers do not speak as "we"."""
    head = JOINT_LETTERHEAD.search(text, 0, EVIDENCE_HEAD)
    states = speech.states_only(head["states"]) if head else None
    if head is None or not states or len(states) < 2:
        return None
    date = DATE_UNDER.match(text, head.end())
    closing = RUN_ON_CLOSING.search(text, date.end()) if date else None
    if date is None or closing is None or not re.search(r"\b[Ww]e\b", text[date.end() : closing.start()]):
        return None
    return head, states, date, closing


def _joint_letter(
    text: str, head: re.Match[str], states: tuple[str, ...], date: re.Match[str], closing: re.Match[str]
) -> LetterRecord:
    """A joint letter under its missions' letterhead: each listed state writes it in its own name (its words from
    the date line to the closing), unless the writers say they write on behalf of others."""
    start, end = text.find("\n", date.end()), closing.start()
    start = date.end() if start < 0 or start > end else start  # the addressee after the date on its line
    letter = Letter(
        span=Span(start=head.start(), end=closing.end()),
        date=tx.parse_date(date["date"]),
        author=Correspondent(
            roles=tuple(
                Role(organisation=f"Permanent Mission of {gazetteer.state(code).short_name}", state=code)
                for code in states
            )
        ),
        **_written_jointly(text, states, start, end),
    )
    behalf, group = _writes_for_others(text, start, end, states)
    if behalf or group:
        letter = letter.model_copy(
            update={"speaks_for": None, "jointly_with": (), "positions": (), "participation": ()}
        )
        return LetterRecord(
            letters=(letter,),
            missing=(f"the writers write on behalf of {behalf!r}: not read as their own letter, no state its author",),
        )
    return LetterRecord(letters=(letter,), missing=() if letter.date else ("date of letter 1",))


# An addressee's name and offices right above a letter's body: "H.E. Mr. Ban Ki-moon / Secretary General / United Nations"
ADDRESSEE_ABOVE = re.compile(
    r"^[ \t]*(?:H\.\s?E\.|His\s+Excellency|Her\s+Excellency|S\.\s?E\.)\s[^\n]+\n(?:[ \t]*[^\s][^\n]*\n){0,4}\s*\Z",
    re.MULTILINE,
)


def _honour_opening(text: str) -> re.Match[str] | None:
    """Where a letter kept without its salutation opens its body, "I have the honour to …", "I write to you regarding
    …", under a date or right under its addressee's name and offices."""
    opening = HONOUR_OPENING.search(text, 0, 1200)
    if opening is None:
        return None
    above = text[: opening.start()]
    return opening if tx.DATE.search(above) or ADDRESSEE_ABOVE.search(above) else None


def _submitted(text: str, address: str | None = None) -> re.Match[str] | None:
    """The heading of a letter or memorandum that names who wrote it ("Memorandum submitted by …", "Letter from
    … to …"), where that is a government's office (see ``_submitter_state`` and ``_publisher_of_post``)."""
    heading = SUBMITTED.search(text, 0, EVIDENCE_HEAD)
    if heading is None:
        return None
    sender = heading["submitted"]
    return heading if _submitter_state(sender) or _publisher_of_post(sender, address) else None


def _submitter_state(sender: str) -> str | None:
    """The state whose government a sender's name is an office of ("Foreign and Commonwealth Office", "Ministry of
    Foreign Affairs of Japan"), or None."""
    named = _state_in(sender) if GOVERNMENT_BODY.search(sender) or STATE_OFFICE.search(sender) else None
    return named or gazetteer.government_office_state(sender)


def _publisher_of_post(sender: str, address: str | None) -> str | None:
    """The state whose government or embassy publishes the letter (``address``) of a writer whose post in a
    government names no state ("M. X, President of the Republic"), or None (a former post, a state or an
    organisation named beside the post)."""
    if not address or not HOME_POST.search(sender.rsplit(",", 1)[-1]) or FORMER.search(sender):
        return None
    if gazetteer.find_states_in(sender) or gazetteer.find_organisations_in(sender):
        return None
    return gazetteer.mission_of_address(address) or gazetteer.government_of_address(address)


def _un_title(text: str) -> tuple[re.Match[str], tuple[str, ...], dict[str, str]] | None:
    """The title of a letter the UN circulates, near the top, the state whose representative or minister wrote it
    (the states whose representatives wrote it jointly: "from the Permanent Representatives of France, Germany and
    the United Kingdom"), and the title's states that sign for a group, each with the group's name; None where there
    is none or it names no state so. A joint letter with an "on behalf of" anywhere but in one writer's signature is
    not read: who speaks for whom is then not the title's list."""
    title = UN_TITLE.search(text, 0, 3000) or UN_TITLE_ES_FR.search(text, 0, 3000) or AGENCY_TITLE.search(text, 0, 3000)
    if title is None:
        return None
    # "from the Permanent Representative of the Russian Federation and the Permanent Representative of China": joint
    writers = ANOTHER_POST.sub(", ", title["state"])
    if PLURAL_POST.search(title["post"]) or writers != title["state"]:
        states = speech.states_only(writers)
        if not states or len(states) < 2:
            return None
        for_groups = _signed_for_groups(text, title.end(), states)
        if for_groups is None:
            return None
        joint = tuple(code for code in states if code not in for_groups)
        return (title, joint, for_groups) if joint else None
    if "," in title["state"]:
        return None  # "of Egypt, in its capacity as Chair of the Arab Group, addressed to …": not the state alone
    state = gazetteer.only_state_named(title["state"]) or gazetteer.only_state_named(_ocr_case(title["state"]))
    return (title, (state,), {}) if state else None


def _ocr_case(words: str) -> str:
    """Words with a capital an OCR read inside a word put in lower case: "la RepÚblica" -> "la República"."""
    return re.sub(r"(?<=[a-zà-ÿ])[A-ZÀ-Þ](?=[a-zà-ÿ])", lambda match: match.group().lower(), words)


def _agency_date(text: str, title: re.Match[str], state: str) -> dt.date | None:
    """The date of the communication an IAEA circular gives, from its account of receiving it from that state's
    mission (the title's date may be the day it was received); None where it gives none."""
    received = AGENCY_RECEIVED.search(text, title.end(), title.end() + 1500)
    if received is None or gazetteer.only_state_named(received["state"]) != state:
        return None
    return tx.parse_date(received["date"])


def _signed_for_groups(text: str, start: int, states: tuple[str, ...]) -> dict[str, str] | None:
    """For a joint letter whose every "on behalf of" stands in a signature below the letter ("(Signed) … Permanent
    Mission of Netherlands to the United Nations (on behalf of the European Union)"), the title's states that sign
    for a group, each with the group's name: the group speaks there, not the state. None where an "on behalf of"
    stands anywhere else, names no one group, or its signature names no one state of the title."""
    annex = ANNEX.search(text, start)
    stop = annex.start() if annex else len(text)
    signatures = [m.start() for m in SIGNED.finditer(text, start, stop)] + [stop]
    found: dict[str, str] = {}
    for behalf in speaker.ON_BEHALF.finditer(text):
        block = next((at for at, after in zip(signatures, signatures[1:]) if at < behalf.start() < after), None)
        bracketed = text[: behalf.start()].endswith("(")  # "(on behalf of the European Union)"
        voice = speaker.one_voice(speaker.behalf_phrase(behalf["who"].split(")")[0] if bracketed else behalf["who"]))
        named = {m.ref.alpha3 for m in gazetteer.find_states_in(text[block : behalf.start()])} if block else set()
        if voice is None or len(named) != 1 or not named <= set(states):
            return None
        found[named.pop()] = voice.name
    return found


def _circulated(text: str, title: re.Match[str], states: tuple[str, ...], for_groups: dict[str, str]) -> LetterRecord:
    """A letter circulated as a UN document: its title gives the date, the writer's post and state (or the
    writers' states) and the addressee; the writer's words run from the title to the signature (an annex is
    another's). A joint letter's positions and statuses are each of its states'."""
    state, others = states[0], states[1:]
    start = title.end()
    signed = SIGNED.search(text, start)
    annexes = [m.start() for m in (ANNEX.search(text, start), ANNEX_HEAD.search(text, start)) if m]
    annex = min(annexes) if annexes else None  # where the annex, another's words, opens
    ends = [at for at in (signed.start() if signed else None, annex) if at is not None]
    end = min(ends) if ends else len(text)
    post = re.sub(r"(?i)representatives$", "Representative", _office_words(title["post"]))
    author = Correspondent(
        name=signed["name"].strip() if signed and not others else None,
        roles=tuple(
            Role(
                title=post,
                organisation=f"Permanent Mission of {gazetteer.state(code).short_name}"
                if "Representative" in post
                else None,
                state=code,
            )
            for code in states
        ),
    )
    to = _office_words(title["to"])
    of_other = re.match(r"\s+of\s+the\s", text[title.end() : title.end() + 10], re.IGNORECASE)  # "… of the Conference"
    agency = title.re is AGENCY_TITLE
    recipient = Correspondent(
        roles=(Role(organisation="International Atomic Energy Agency"),)
        if agency
        else (Role(title=to, organisation=None if of_other else "United Nations"),)
    )
    found = _circulated_positions(text, state, start, end, bool(title.groupdict().get("note")))
    annexed = _own_annex(text, end, states)
    if annexed:  # "Annex / DECLARATION … BY FRANCE, THE RUSSIAN FEDERATION, …": the writers' own words too
        found += tuple(positions.find_positions(text, state, *annexed, own_words=True))
    signed_end = min(signed.end(), annex) if signed and annex is not None else signed.end() if signed else end
    letter = Letter(
        span=Span(start=title.start(), end=max(signed_end, start)),
        date=_agency_date(text, title, state) if agency else tx.parse_date(title["date"]),
        author=author,
        recipient=recipient,
        speaks_for=state,
        jointly_with=others,
        positions=_each(found, others),
        participation=_each(tuple(positions.find_participation(text, state, start, end)), others),
    )
    groups = tuple(
        f"{gazetteer.state(code).short_name} signs the letter on behalf of {group}: a group's voice in a letter is not "
        "read, and the state is not taken as a writer"
        for code, group in for_groups.items()
    )
    behalf, group = _writes_for_others(text, start, end, states)
    if (
        group and not others
    ):  # "I have the honour to send you this letter … on behalf of the Arab States …": the group's
        letter = letter.model_copy(
            update={
                "speaks_for": group.key,
                "by_group": True,
                "delivered_by": state,
                "positions": positions.find_group_positions(text, group.key, start, end),
                "participation": (),  # what a group is party to is not its members' status
            }
        )
    elif behalf:  # on behalf of states besides the title's, or of a group the reference does not know: no one's
        letter = letter.model_copy(
            update={"speaks_for": None, "jointly_with": (), "positions": (), "participation": ()}
        )
        groups += (
            f"the writer writes on behalf of {behalf!r}: other states' voice, or a group's the reference does not "
            "know, is not read in a letter, and the writer's state is not taken as its author",
        )
    enclosed = _transmitted_letter(text, start, end, letter.speaks_for is not None and not letter.by_group)
    letters = (letter.model_copy(update={"encloses": (1,)}), enclosed) if enclosed else (letter,)
    undated = tuple(f"date of letter {i + 1}" for i, each in enumerate(letters) if each.date is None)
    return LetterRecord(letters=letters, missing=undated + groups)


# The letter a covering letter transmits, its writers named: "I have the honour to transmit herewith a letter dated 20
# February 2019 from the Permanent Representatives of France, Germany and the United Kingdom addressed to …"
TRANSMITTED = re.compile(
    rf"\btransmit(?:ting)?\s+(?:to\s+you\s+)?(?:herewith\s+)?(?:a|the)\s+(?:joint\s+)?letter\s+dated\s+(?P<date>{tx.DATE.pattern})\s+from\s+"
    r"(?:(?:Mr|Mrs|Ms|Dr|H\.\s?E)\.?\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3},\s+)?"  # "from Mr. A B, Minister …"
    r"(?:the\s+)?(?P<post>Permanent\s+Representatives?|Ministers?\s+(?:for|of)\s+Foreign\s+Affairs|Foreign\s+Ministers?)"
    r"\s+of\s+(?P<states>[^();.]{3,200}?)\s*(?:\s+to\s+the\s+United\s+Nations\s+)?(?:addressed\s+to\b"
    r"|,\s+(?=(?:concerning|regarding|relating\s+to|on\s+the\s+subject\s+of|in\s+which)\b))",
    re.IGNORECASE,
)


def _transmitted_letter(text: str, start: int, end: int, readable: bool) -> Letter | None:
    """The letter a covering letter transmits as its annex, where the cover names it by its date and its writers'
    posts and states alone: those states write it (its words are the annex's, up to the next annex); None where the
    cover names no such letter, its writers are not states alone, or the cover itself is not read as a state's."""
    named = TRANSMITTED.search(text, start, end)
    states = speech.states_only(named["states"]) if named and readable else None
    annex = ANNEX_HEAD.search(text, end) or ANNEX.search(text, end)
    if not (named and states and annex):
        return None
    body_start = text.find("\n", annex.start())
    body_start = annex.end() if body_start < 0 else body_start
    following = ANNEX_HEAD.search(text, body_start)
    body_end = following.start() if following else len(text)
    if _writes_for_others(text, body_start, body_end, states) != (None, None):
        return None
    return Letter(
        span=Span(start=annex.start(), end=body_end),
        date=tx.parse_date(named["date"]),
        author=Correspondent(roles=tuple(Role(title=_post_of_one(named["post"]), state=code) for code in states)),
        **_written_jointly(text, states, body_start, body_end),
    )


def _post_of_one(post: str) -> str:
    """A post as one holder's: "Permanent Representatives" -> "Permanent Representative", "Ministers for Foreign
    Affairs" -> "Minister for Foreign Affairs"."""
    return re.sub(r"\b(Representative|Minister)s\b", r"\1", tx.fold(post))


# An annex's heading that gives its text as a statement of its authors: "DECLARATION DATED 6 APRIL 1995 BY FRANCE, THE
# RUSSIAN FEDERATION, … IN CONNECTION WITH …", "Statement by the Ministry of Foreign Affairs of the Islamic Republic of Iran"
ANNEX_HEAD = re.compile(r"^[ \t]*(?:Annex|ANNEX)\b[^\n]*\n", re.MULTILINE)
ANNEX_AUTHORS = re.compile(
    r"\s*(?:JOINT\s+|Joint\s+)?(?:DECLARATION|STATEMENT|COMMUNIQU[EÉ]|Declaration|Statement|Communiqu[eé])\b"
    r"(?:(?!\n[ \t]*\n)[^.])*?\b(?:BY|by)\s+(?P<by>(?:(?!\n[ \t]*\n)[^.]){3,300})",
)
AUTHORS_END = re.compile(
    r"\s+(?:in\s+connection\s+with|on|concerning|regarding|at|issued|dated|to|following|after)\b|,?\s+\d{1,2}\s",
    re.IGNORECASE,
)
AUTHOR_OFFICE = re.compile(
    r"^(?:the\s+)?(?:Governments?|Ministry\s+(?:of|for)\s+(?:Foreign|External)\s+Affairs|Foreign\s+Ministry|President"
    r"|Prime\s+Minister|Ministers?\s+(?:of|for)\s+Foreign\s+Affairs)\s+of\s+",
    re.IGNORECASE,
)


def _own_annex(text: str, after: int, states: tuple[str, ...]) -> tuple[int, int] | None:
    """The span of the annex after a circulated letter whose heading gives it as a declaration or statement by the
    letter's own writers and them alone ("DECLARATION … BY FRANCE, THE RUSSIAN FEDERATION, …"); None where there is
    none, or it is another's (an organisation's, a third state's, a minister's letter to the writer)."""
    annex = ANNEX_HEAD.search(text, after)
    heading = ANNEX_AUTHORS.match(text, annex.end()) if annex else None
    if annex is None or heading is None:
        return None
    authors = AUTHOR_OFFICE.sub("", re.sub(r"\s+", " ", AUTHORS_END.split(heading["by"], maxsplit=1)[0]).strip(" ,"))
    if set(speech.states_only(authors) or ()) != set(states):
        return None
    following = ANNEX_HEAD.search(text, heading.end())
    return heading.end(), following.start() if following else len(text)


def _office_words(words: str) -> str:
    """An office as a title gives it, on one line, and as written unless in capitals ("SECRETARY-GENERAL":
    "Secretary-General")."""
    words = re.sub(r"\s+", " ", words)
    return words.title() if words.isupper() else words


# The writer of a letter writing as a body's chair: "As Chairman of the Group of Arab States for the current month, I
# have the honour …", "In my capacity as Chair of the Committee, …".
AS_CHAIR = re.compile(
    r"\b(?:As|In\s+(?:my|its|his|her)\s+capacity\s+as)\s+(?:the\s+)?(?:current\s+)?Chair(?:man|person|woman)?\s+of\s+"
    r"(?:(?:the\s+)?(?:Coordinating\s+)?Bureau\s+of\s+(?:the\s+)?)?"  # a group's bureau: its chair is the group's
    r"(?P<who>[^,.;:\n]{3,150}?)(?P<month>\s+for\s+the\s+(?:current\s+)?month"
    r"(?:\s+of\s+[A-Z][a-z]+(?:\s+\d{4})?|\s*\([A-Z][a-z]+(?:\s+\d{4})?\))?)?"
    r"(?(month)(?:\s*,|\s+and\b)|\s*,)",  # "… for the current month (July 2031) and with reference to …"
    re.IGNORECASE,
)


def _head_behalf(
    text: str, start: int, end: int, state: str
) -> tuple[str | None, gazetteer.GroupRef | gazetteer.OrganisationRef | None]:
    """What a letter's head or opening formula says it is written on behalf of ("NOTE VERBALE … FROM THE PERMANENT
    MISSION OF DENMARK, ON BEHALF OF THE FIVE NORDIC COUNTRIES", "The Permanent Mission of …, on behalf of …, has the
    honour"): (the words, the group the reference knows by them) for a group, (the words, None) for others than the
    writer's own state or side, (None, None) where it writes for itself or names no one else."""
    for match in speaker.ON_BEHALF.finditer(text, start, end):
        phrase = re.split(
            r",?\s+(?:addressed\s+to|ha(?:s|ve)\s+the\s+hono)", speaker.behalf_phrase(match["who"]), flags=re.I
        )[0]
        phrase = phrase.strip(" ,")
        name = tx.fold(phrase.split("(")[0]).strip(" ,")
        counted = re.sub(
            r"^(?:the\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+", "", name, flags=re.I
        )
        group = speaker.one_voice(name) or speaker.one_voice(counted)  # "the five Nordic countries"
        if group:
            return name, group
        named = {m.ref.alpha3 for m in gazetteer.find_states_in(phrase)}
        if named - {state} or (not named and not speaker.OWN_SIDE.match(phrase)):
            return tx.fold(phrase)[:80], None
    return None, None


def _writes_for_others(
    text: str, start: int, end: int, states: tuple[str, ...]
) -> tuple[str | None, gazetteer.GroupRef | gazetteer.OrganisationRef | None]:
    """What the writer of a circulated letter says it writes on behalf of, in its own voice, where that is a group
    (its name, without the members it lists: "… on behalf of the Arab States Members and Observers of the United
    Nations (…)") or states besides the title's, or the body it writes as the chair of ("As Chairman of the Group of
    Arab States for the current month, …"), with the group the reference knows by that name; (None, None) where it
    writes for its own side or no one else."""
    chair = AS_CHAIR.search(text, start, min(end, start + 600))
    if chair:  # the chair of a group writes the group's letter; the chair of a meeting, no state's
        name = tx.fold(chair["who"]).strip(" ,")
        group = speaker.one_voice(name)
        return (name, group) if group else (tx.fold(chair.group())[:80], None)
    for match in speaker.ON_BEHALF.finditer(text, start, end):
        sentence = max(text.rfind(".", start, match.start()), start)
        voiced = speaker.ON_BEHALF_VOICE.search(text, sentence, match.start()) or speaker.OWN_HONOUR.search(
            text, sentence, match.start()
        )
        if not voiced or speaker.ANOTHERS_STATEMENT.search(text, sentence, match.start()):
            continue
        phrase = speaker.behalf_phrase(match["who"]).strip(" ,")
        name = tx.fold(phrase.split("(")[0]).strip(" ,")  # without the members it lists in brackets
        group = speaker.one_voice(name)
        if group:
            return name, group
        named = {m.ref.alpha3 for m in gazetteer.find_states_in(phrase)}
        if named - set(states) or (not named and not speaker.OWN_SIDE.match(phrase)):
            return tx.fold(phrase)[:80], None
    return None, None


def _reproduced_letter(text: str, reproduced: re.Match[str], envoy: re.Match[str], state: str) -> LetterRecord:
    """A letter reproduced after a page's lead: its writer the envoy the lead names, its words from the lead's colon
    on (the lead is the page's, not the writer's)."""
    start, end = reproduced.end(), len(text.rstrip())
    letter = Letter(
        span=Span(start=start, end=end),
        author=Correspondent(
            name=(envoy["person"] or envoy.groupdict().get("holder") or "").strip() or None,
            roles=(
                Role(
                    title=re.sub(r"\s+", " ", envoy["office"] or envoy.groupdict().get("office_after", "")), state=state
                ),
            ),
        ),
        recipient=Correspondent(roles=(Role(title=tx.fold(to)),))
        if (to := reproduced.groupdict().get("to"))
        else Correspondent(),
        speaks_for=state,
        positions=tuple(positions.find_positions(text, state, start, end, own_words=True)),
        participation=tuple(positions.find_participation(text, state, start, end)),
    )
    return LetterRecord(letters=(letter,), missing=("date of letter 1",))


def _written_jointly(text: str, states: tuple[str, ...], start: int, end: int) -> dict:
    """A letter's voice where its states write it together, each in its own name: the first speaks for it, the others
    jointly, and its positions and statuses in ``text[start:end]`` are each state's."""
    state, others = states[0], states[1:]
    return {
        "speaks_for": state,
        "jointly_with": others,
        "positions": _each(tuple(positions.find_positions(text, state, start, end, own_words=True)), others),
        "participation": _each(tuple(positions.find_participation(text, state, start, end)), others),
    }


def _each(mentions: tuple, others: tuple[str, ...]) -> tuple:
    """The mentions read for a joint letter's first state, and the same for each of the others."""
    return mentions + tuple(mention.model_copy(update={"state": code}) for code in others for mention in mentions)


def _note_positions(
    text: str, state: str, start: int, end: int, found: tuple[PositionMention, ...]
) -> tuple[PositionMention, ...]:
    """What a note verbale, written in the third person by custom, says in its government's name: the
    positions of its sentences whose subject is the state or its office ("Eritrea has already fulfilled
    its obligations …", "The Ministry wishes to …"), beside those in the first person already ``found``."""
    seen = {(m.span, m.topic) for m in found}
    return tuple(
        claim.position.model_copy(
            update={"modality": "stated", "rule": "a note verbale in the third person; " + claim.position.rule}
        )
        for claim in reported.reported_claims(text, state, start, end, None)[1]
        if (claim.position.span, claim.position.topic) not in seen
    )


def _circulated_positions(text: str, state: str, start: int, end: int, note: bool) -> tuple[PositionMention, ...]:
    """The positions a circulated letter states: in the first person, and a note verbale's in the third."""
    found = tuple(positions.find_positions(text, state, start, end, own_words=True))
    return found + _note_positions(text, state, start, end, found) if note else found


def _salutations(text: str) -> list[re.Match[str]]:
    """Where each letter opens, in text order: its salutation, a note verbale's opening, in a text that closes
    as a letter does in French or Spanish its formal address to a head of state or minister, and in a text its title
    calls a letter ("Open letter from … to President …") its address to an office holder ("Mr. President,")."""
    formal = FORMAL_ADDRESS.finditer(text) if LETTER_FORMULA.search(text) else ()
    titled = TITLED_LETTER.search(text, 0, EVIDENCE_HEAD)
    addressed = OFFICE_ADDRESS.finditer(text, titled.end(), titled.end() + EVIDENCE_HEAD) if titled else ()
    found = [*SALUTATION.finditer(text), *NOTE_OPENING.finditer(text), *NOTE_HONOUR.finditer(text), *formal]
    found += [match for match in addressed if not any(f.start() <= match.start() < f.end() for f in found)][:1]
    return sorted(found, key=lambda match: match.start())


def parse(text: str, address: str | None = None) -> LetterRecord:
    """Parse the letters of a document; ValueError when it holds none."""
    circulated = _un_title(text)
    if circulated:
        return _circulated(text, *circulated)
    salutations = _salutations(text)
    opened = (_submitted(text, address) or _honour_opening(text)) if not salutations else None
    salutations = [opened] if opened else salutations
    joint = _joint_letterhead(text) if not salutations else None
    if joint:
        return _joint_letter(text, *joint)
    reproduced = _reproduced(text) if not salutations else None
    if reproduced:
        return _reproduced_letter(text, *reproduced)
    if not salutations:
        raise ValueError(
            "no salutation ('Dear …'), note opening ('… presents its compliments to …') or dated opening ('I have the "
            "honour to …') found"
        )
    placeholders = sorted({match.group().strip() for match in PLACEHOLDER.finditer(text)})
    if len(placeholders) >= 2:
        raise ValueError(
            f"a template to fill in, not a letter anyone sent (placeholders {', '.join(placeholders[:3])})"
        )
    template = TEMPLATE.search(text)
    if template:
        raise ValueError(f"a template for others to send, not a letter anyone sent ({template.group().strip()!r})")
    starts = [_first_line(text, 0)] + [
        _letter_start(text, salutations[k - 1].end(), s.start()) for k, s in enumerate(salutations) if k
    ]
    ends = [len(text[:end].rstrip()) for end in starts[1:] + [len(text)]]
    label_from = [0] + [s.end() for s in salutations[:-1]]
    drafts = [
        _letter(text, start, end, salutation, after, address)
        for start, end, salutation, after in zip(starts, ends, salutations, label_from)
    ]
    letters: list[Letter] = []
    quoted: list[str] = []
    for index, letter in enumerate(drafts):
        body = text[letter["body"][0] : letter["body"][1]]
        encloses = tuple(range(index + 1, len(drafts))) if index == 0 and ENCLOSURE.search(body) else ()
        enclosed = bool(letters and letters[0].encloses)
        state = letter["speaks_for"] or (letters[0].speaks_for if enclosed else None)
        sender = letter["sender"]
        if enclosed and sender and sender.state is None and state:
            sender = sender.model_copy(update={"state": state})  # an enclosure sent on by the cover's government
        own = letter["body"]
        quote = QUOTED_ADDRESSEE.search(text, *own)
        if quote:
            own = (own[0], quote.end())
            quoted.append(f"positions of letter {index + 1} after {tx.fold(quote.group())!r}: the addressee's words")
        letter_positions = tuple(positions.find_positions(text, state, *own, own_words=True)) if state else ()
        if state and salutations[index].groupdict().get("note"):
            letter_positions += _note_positions(text, state, own[0], own[1], letter_positions)
        participation = tuple(positions.find_participation(text, state, *own)) if state else ()
        behalf, group = _head_behalf(text, letter["start"], salutations[index].end(), state) if state else (None, None)
        by_group, delivered_by = False, None
        if group:  # "The Permanent Mission of Denmark, on behalf of the five Nordic countries, has the honour …"
            state, by_group, delivered_by, participation = group.key, True, state, ()
            letter_positions = positions.find_group_positions(text, group.key, *own)
        elif behalf:
            quoted.append(f"letter {index + 1} is written on behalf of {behalf!r}: not read as its writer's own")
            state, letter_positions, participation = None, (), ()
        letters.append(
            Letter(
                span=Span(start=letter["start"], end=letter["end"]),
                date=letter["date"],
                reference=letter["reference"],
                sender=sender,
                author=letter["author"],
                recipient=letter["recipient"],
                in_reply_to=letter["in_reply_to"],
                encloses=encloses,
                speaks_for=state,
                by_group=by_group,
                delivered_by=delivered_by,
                positions=letter_positions,
                participation=participation,
            )
        )
    missing = [f"date of letter {i + 1}" for i, letter in enumerate(letters) if letter.date is None]
    recorded = PROCEEDINGS.match(text)
    if recorded and letters[0].date is not None:  # "House debates / Monday, 2 June 2008": the sitting's day
        letters[0] = letters[0].model_copy(update={"date": None})
        missing.insert(
            0, f"date of letter 1: the head's date is that of the record it is printed in ({recorded['record']!r})"
        )
    titled = _titled_recipients(text, salutations[0].start())
    first = letters[0]
    if titled and not any(role.state for role in first.recipient.roles) and first.speaks_for not in titled:
        roles = (*first.recipient.roles, *(Role(state=state) for state in titled))  # "Letter to Georgia"
        letters[0] = first.model_copy(update={"recipient": first.recipient.model_copy(update={"roles": roles})})
    return LetterRecord(letters=tuple(letters), missing=tuple(missing + quoted))


def _titled_recipients(text: str, before: int) -> tuple[str, ...]:
    """The states a page's title says the letter is addressed to, above the first salutation: one state ("Letter to
    Georgia", "Open letter to the Government of Chile", a government office it ends with: "Letter to A B MP, Foreign
    and Commonwealth Office"), or a list of states alone, the title perhaps wrapped and dated ("Letter to the
    sponsoring states - Argentina, Australia, …, Kenya and the UK, 6 October, 2006"); none where it names no state."""
    title = LETTER_TO.search(text, 0, before)
    if title is not None:
        office = re.split(r",\s*", title["whom"])[-1]  # "Letter to A B MP, Under-Secretary, Foreign and …"
        one = gazetteer.only_state_named(title["whom"]) or gazetteer.government_office_state(office)
        return (one,) if one else ()
    listed = LISTED_ADDRESSEES.search(text, 0, before)
    if listed is None:
        return ()
    whom = re.sub(rf",?\s*\d{{1,2}}\s+{tx.MONTH_NAMES},?\s+\d{{4}}\s*$", "", listed["whom"])  # its date
    return speech.states_only(re.split(r"\s[-–—:]\s", whom)[-1]) or ()


def _first_line(text: str, start: int) -> int:
    match = re.compile(r"\S").search(text, start)
    return match.start() if match else start


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the non-blank lines of ``text[start:end]``, stripped."""
    spans = []
    for match in re.finditer(r"[^\n]+", text[start:end]):
        line = match.group()
        if line.strip():
            left = len(line) - len(line.lstrip())
            spans.append((start + match.start() + left, start + match.start() + len(line.rstrip())))
    return spans


def _letter_start(text: str, after: int, salutation: int) -> int:
    """Where the letter whose salutation is at ``salutation`` starts: its letterhead, found after the
    previous letter's closing as the first capitalised line naming a government body; else the line
    after the widest gap of blank lines; else its date line."""
    closing = CLOSING.search(text, after, salutation)
    region_start = closing.end() if closing else after
    for start, end in _lines(text, region_start, salutation):
        line = text[start:end]
        if line.isupper() and GOVERNMENT_BODY.search(line):
            return start
    gaps = [(len(m.group()), m.end()) for m in re.finditer(r"\n(?:[ \t]*\n){2,}", text[region_start:salutation])]
    if gaps:
        return _first_line(text, region_start + max(gaps)[1])
    date = None
    for match in tx.DATE.finditer(text, region_start, salutation):
        date = match
    return _line_start(text, date.start()) if date else _line_start(text, salutation)


def _line_start(text: str, at: int) -> int:
    return text.rfind("\n", 0, at) + 1


def _title_case(line: str) -> str:
    words = tx.fold(line).strip(" ,.").split(" ")
    if not line.isupper():
        return " ".join(words)
    return " ".join(w.lower() if i and w.lower() in SMALL_WORDS else w.capitalize() for i, w in enumerate(words))


# A state's envoy writing as a group's or a meeting's chair: the letter is not the state's.
CAPACITY = re.compile(
    r"\bin\s+(?:his|her|its|their)\s+capacity\s+as\s+(?:the\s+)?(?:(?:Vice-)?Chair\w*|Coordinator|(?:Vice-)?President)\b",
    re.IGNORECASE,
)
# A signer's post as a state's envoy, the state named at once after it.
ENVOY_OF = re.compile(
    r"[ \t]*(?:(?:Ambassador|Deputy)\s+(?:and\s+)?)?(?:Permanent\s+Representative|Ambassador|Charg[ée]\s+d['’]affaires"
    r"(?:\s+a\.\s?i\.)?)\s+of\s+(?:the\s+)?(?P<of>[A-Z][^,\n]{2,60}?)(?:\s+to\s+the\b|,|$)"
)


def _state_in(line: str) -> str | None:
    """The first state a line of an address names, also where extraction glued it to the word before
    ("… 00-580 WarsawPoland")."""
    found = gazetteer.find_states_in(line) or gazetteer.find_states_in(GLUED.sub(" ", line))
    return found[0].ref.alpha3 if found else None


def _letter(
    text: str, start: int, end: int, salutation: re.Match[str], label_from: int, address: str | None = None
) -> dict:
    head_lines = _lines(text, start, salutation.start())
    if salutation.groupdict().get("run_on") and head_lines:  # "LETTERHEAD … 29 December 2014 Excellency, …"
        head_lines = head_lines[:-1] + _dated_run_on(text, *head_lines[-1])
    closing = CLOSING.search(text, salutation.end(), end)
    body_end = closing.start() if closing else end
    sender, sender_upper, date, reference = _letter_head(text, head_lines)
    if salutation.re is NOTE_HONOUR:  # a note verbale is dated at its foot, or by the UN's title over it ("NOTE
        # VERBALE DATED 9 MAY 2031 FROM …"); another date above it is the page's that prints it
        titles = (TITLE_OPENING.match(text[a:b]) for a, b in head_lines)
        date = next((tx.parse_date(title["date"]) for title in titles if title), None)
    note = salutation.groupdict().get("note")
    submitted = salutation.groupdict().get("submitted")
    if submitted:  # written evidence: its heading names the government office that sent it
        kind = "organisation" if GOVERNMENT_BODY.search(submitted) else "title"
        state = _submitter_state(submitted)
        if state is None and (published := _publisher_of_post(submitted, address)):
            # not where the text speaks of another state and never of the publisher's: a guest's letter on its site
            state = None if publisher.guest_states(text[salutation.end() : end], published) else published
        sender = Role(**{kind: tx.fold(submitted)}, state=state)
        under = _lines(text, salutation.end(), end)  # "(Unofficial translation)" is an editor's, not the letter's
        dateline = [line for line in under[:3] if not EDITORIAL_LINE.fullmatch(text, *line)][:1]
        date = date or (tx.line_date(text[dateline[0][0] : dateline[0][1]]) if dateline else None)
    if note and GOVERNMENT_BODY.search(note):  # a note verbale names its sender as its subject
        note_state = _state_in(note)
        if sender is None or sender.state is None or sender.state == note_state:
            sender = Role(organisation=_title_case(re.sub(r"^The\s+", "", note)), state=note_state)
        else:
            sender = sender.model_copy(update={"state": None})  # letterhead and subject disagree: no state
    if date is None:
        date = _foot_date(text, closing or FOOT_FORMULA.search(text, salutation.end(), end), end)
    tail = _lines(text, closing.end(), end) if closing else []
    greeted = salutation.groupdict().get("whom")
    author, recipient_lines = _signature(text, tail, sender, greeted)
    addressee_body = None
    if (
        sender
        and not sender_upper
        and any(role.organisation and not GOVERNMENT_BODY.search(role.organisation) for role in author.roles)
    ):
        if sender.state and STATE_GOVERNMENT_BODY.search(sender.organisation or ""):
            addressee_body = Role(organisation=sender.organisation, state=sender.state)
        sender = None  # the signer writes for an organisation: the government line above was the addressee's
        author, recipient_lines = _signature(text, tail, None, greeted)
    addressed = salutation.groupdict()
    greeting = next((addressed[key] for key in GREETING_KEYS if addressed.get(key)), None)
    recipient = _recipient(text, recipient_lines or _addressee_block(text, head_lines), greeting)
    recipient = _with_state(recipient, addressee_body)
    titled_to = addressed.get("to") if submitted else None  # "Letter from X to the Ambassador of Japan"
    if titled_to and (to_state := _submitter_state(titled_to)):
        recipient = _with_state(recipient, Role(title=tx.fold(titled_to), state=to_state))
    speaks_for = _speaks_for(text, start, label_from, salutation, sender, author)
    if speaks_for is None and not (sender and sender.state) and not any(role.state for role in author.roles):
        speaks_for = _mission_site_state(text, start, salutation, body_end, address, recipient)
    if speaks_for and _urges(text, salutation.end(), body_end, speaks_for):
        # "We urge Japan to …" under a Japanese ministry's name: that block was the addressee's
        if sender and sender.state == speaks_for:
            recipient = _with_state(recipient, sender)
        speaks_for = sender = None
    in_reply_to = _in_reply_to(text, salutation.end(), body_end, speaks_for)
    return {
        "start": start,
        "end": end,
        "date": date,
        "reference": reference,
        "sender": sender,
        "author": author,
        "recipient": recipient,
        "in_reply_to": in_reply_to,
        "speaks_for": speaks_for,
        "body": (salutation.end(), body_end),
    }


EDITORIAL_LINE = re.compile(r"[ \t]*(?:\([^()\n]*\)|\[[^\[\]\n]*\])[ \t]*")  # a line in brackets alone
FOOT_LINES = 4  # how many lines below its closing a letter's signature block, and a date at its foot, may take
# A closing in French or Spanish that is a letter's formula ("Recevez, Monsieur le Président, l'expression de …")
FOOT_FORMULA = re.compile(r"^[^\n]*(?:" + LETTER_FORMULA.pattern + r")[^\n]*$", re.IGNORECASE | re.MULTILINE)
PLACE_AT = re.compile(r"^[ \t]*(?:À|A|En)[ \t]+(?=[A-Z])")  # "À Saint-Ouen, le 10 novembre 2016"


def _foot_date(text: str, closing: re.Match[str] | None, end: int) -> dt.date | None:
    """The date a letter gives at its foot, where its head gives none: a dateline alone on one of the few lines
    right under its ``closing`` ("Yours sincerely", "(Signed) …", "Recevez … l'expression de …"), among the
    signature's lines ("Paris, le 3 mars 2010", "2 July 2007"); None where no closing or no such line is found."""
    if closing is None:
        return None
    line_end = text.find("\n", closing.end() if closing.group().strip() else closing.start())
    for line_start, stop in _lines(text, end if line_end < 0 else line_end, end)[:FOOT_LINES]:
        found = tx.line_date(PLACE_AT.sub("", text[line_start:stop]))
        if found is not None:
            return found
    return None


GREETING_KEYS = ("whom", "named", "formal", "run_on", "legislature", "office")  # a salutation's groups naming whom


def _addressee_block(text: str, head_lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The head lines from the first that opens an addressee's block: an honorific, an addressee mark ("To:",
    "Attn:"), or a government office below the letter's date; none where no line does."""
    dated = next((i for i, (a, b) in enumerate(head_lines) if tx.line_date(text[a:b]) is not None), len(head_lines))
    for index, (line_start, line_end) in enumerate(head_lines):
        line = text[line_start:line_end]
        if TITLE_OPENING.match(line):
            continue  # the document's title names its writer's mission too: no addressee's line
        if (
            HONORIFIC.match(line)
            or ADDRESSEE_MARK.match(line)
            or COURTESY_LINE.fullmatch(line)
            or index > dated
            and STATE_GOVERNMENT_BODY.search(line)
        ):
            return head_lines[index:]
    return []


# A courtesy title alone on its line, the addressee's name on the next: "Señor\nGabriel Pérez\nPresidente de la República"
COURTESY_LINE = re.compile(r"[ \t]*(?:Señor|Señora|Señorita|Sr\.|Sra\.|Monsieur|Madame)[ \t]*")


def _with_state(recipient: Correspondent, role: Role | None) -> Correspondent:
    """The recipient with ``role`` added where none of its roles names a state yet."""
    if role is None or any(known.state for known in recipient.roles):
        return recipient
    return recipient.model_copy(update={"roles": (*recipient.roles, role)})


def _speaks_for(
    text: str, start: int, label_from: int, salutation: re.Match[str], sender: Role | None, author: Correspondent
) -> str | None:
    """The state the letter speaks for: its letterhead's or its signer's post's, where that is a body of the state's
    government (a state only named in the body or the address is never the author), or the state a publisher's
    label or introduction gives; none where they disagree or the writer acts as a group's chair."""
    speaks_for = (sender.state if sender else None) or next((r.state for r in author.roles if r.state), None)
    if CAPACITY.search(text, start, salutation.end()):
        speaks_for = None  # "… of Egypt, in his capacity as Chair of the Arab Group": the chair writes for the group
    labelled = (
        _label_state(text, label_from, salutation.start())
        or _introducing_state(text, label_from, salutation)
        or _headed_state(text, label_from, salutation)
        or _transmitting_state(text, salutation)
    )
    if labelled and speaks_for and labelled != speaks_for:
        return None  # the label and the letterhead disagree: attribute nothing
    return labelled or speaks_for


# A state's representative speaking of his own state: "against my Country", "my Government rejects …"
OWN_STATE_VOICE = re.compile(r"\b(?:my|our)\s+(?:[Cc]ountry|Government|government)\b")


def _mission_site_state(
    text: str, start: int, salutation: re.Match[str], end: int, address: str | None, recipient: Correspondent
) -> str | None:
    """The state whose permanent mission publishes a letter that names no writer, where the letter speaks in a
    state's own voice ("my Country", "my Government"), names that state as itself, speaks of no other state as its
    sentences' subject the way a guest's words do, and is not addressed to it; None otherwise (a letter a mission
    publishes that another wrote, as one to it, names its writer or speaks for no state)."""
    state = gazetteer.mission_of_address(address) if address else None
    body = text[salutation.end() : end]
    if state is None or not OWN_STATE_VOICE.search(body) or CAPACITY.search(text, start, end):
        return None
    if any(role.state == state for role in recipient.roles) or publisher.guest_states(body, state):
        return None
    return state if any(m.ref.alpha3 == state for m in gazetteer.find_states_in(body)) else None


def _headed_state(text: str, start: int, salutation: re.Match[str]) -> str | None:
    """The state whose office a heading over the letter names as its writer ("Letter from Prime Minister of Chile",
    "Letter from the Ministry of Foreign Affairs of Japan to …"); none for a former office holder or any other writer."""
    heading = SUBMITTED.search(text, start, min(salutation.start(), start + EVIDENCE_HEAD))
    if heading is None or FORMER.search(heading["submitted"]):
        return None
    return _submitter_state(heading["submitted"])


# The head of state's formula sending a treaty to the legislature for its consent: "I transmit herewith, for the advice
# and consent of the Senate to ratification, the Convention …" under "To the Senate of the United States:"
TRANSMITTAL = re.compile(
    r"\s*I\s+transmit\s+herewith,?\s+for\s+the\s+advice\s+and\s+consent\s+of\s+the\s+Senate\s+to\s+ratification\b"
)


def _transmitting_state(text: str, salutation: re.Match[str]) -> str | None:
    """The state whose legislature the salutation names, where the body opens with the head of state's formula sending
    it a treaty for its consent (see ``TRANSMITTAL``); None otherwise."""
    legislature = salutation.groupdict().get("legislature")
    if not legislature or not TRANSMITTAL.match(text, salutation.end()):
        return None
    return gazetteer.only_state_named(legislature)


def _urges(text: str, start: int, end: int, state: str) -> bool:
    """Whether the body urges, asks or calls on ``state`` by name to act, or says what it should do ("France should
    sign the Treaty"), as a writer does its addressee."""
    for verb in URGED.finditer(text, start, end):
        named = gazetteer.find_states_in(text[verb.end() : verb.end() + 80])
        if named and named[0].start == 0 and named[0].ref.alpha3 == state:
            return True
    body = text[start:end]
    return any(
        named.ref.alpha3 == state and SHOULD_ACT.match(body, named.end) for named in gazetteer.find_states_in(body)
    )


# What a writer says its addressee's state should do: "France should sign …", "Japan must join …"
SHOULD_ACT = re.compile(
    r"\s+(?:should|must|ought\s+to|needs?\s+to|has\s+to)\s+(?:now\s+|immediately\s+|urgently\s+|also\s+|finally\s+)?"
    r"(?:sign|join|ratify|accede|adhere|vote|attend|take\s+part|participate|reconsider|withdraw|renounce|stop|end)\b",
    re.IGNORECASE,
)


def _dated_run_on(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A head line run on into the salutation, cut before the date it ends with (the letterhead, then the
    date line)."""
    dates = [m for m in tx.DATE.finditer(text, start, end) if not text[m.end() : end].strip()]
    if not dates or dates[-1].start() == start:
        return [(start, end)]
    return [(start, len(text[: dates[-1].start()].rstrip())), (dates[-1].start(), end)]


def _letter_head(text: str, head_lines: list[tuple[int, int]]) -> tuple[Role | None, bool, dt.date | None, str | None]:
    """What the lines above the salutation give: the sender (a government body in the letterhead),
    whether its line is in capitals, the letter's date and its reference."""
    sender = None
    date = None
    reference = None
    letterhead = True  # until the date line or the recipient's block
    sender_upper = False
    for index, (line_start, line_end) in enumerate(head_lines):
        line = text[line_start:line_end]
        marked = ADDRESSEE_MARK.match(line) is not None  # "To: …", "Attn: …": the addressee's block opens
        if marked or HONORIFIC.match(line):
            letterhead = False
        if (
            sender is None
            and not marked
            and not re.fullmatch(
                r"\s*\[[^\]]*\]\s*", line
            )  # "[From the U.S. Government Publishing Office]": an editor's note
            and GOVERNMENT_BODY.search(line)
            and letterhead  # below the date, an office is the addressee's block ("MINISTRY OF … / Islamabad")
            and (line.isupper() or _state_in(line) and len(line) < 80)
        ):
            sender = Role(
                organisation=_title_case(line),
                state=_state_in(line) or _letterhead_state(text, head_lines[index + 1 :]),
            )
            sender_upper = line.isupper()
        titled = TITLE_OPENING.match(line)
        if titled:  # the title's date is the letter's, not the date the document was issued on above it
            letterhead, date = False, tx.parse_date(titled["date"])
            continue
        line_date = tx.line_date(line)
        office = gazetteer.government_office_state(line) if line_date is not None else None
        dated_office = OFFICE_DATELINE.match(line) if sender is None and office else None
        if dated_office:  # "The White House, December 9, 2016."
            sender = Role(organisation=dated_office["office"], state=office)
        if line_date is not None:
            letterhead = False
            date = date or line_date
        dated = REFERENCE_DATED.fullmatch(line)  # "No. 1633825 14 June 2023": the number, then the letter's date
        if dated:
            letterhead, date = False, date or tx.parse_date(dated["date"])
        reference_match = dated or REFERENCE.fullmatch(line) or REFERENCE_CODE.fullmatch(line)
        if reference is None and reference_match:
            reference = reference_match["ref"].strip()
    return sender, sender_upper, date, reference


def _in_reply_to(text: str, start: int, end: int, speaks_for: str | None) -> ReferencedLetter | None:
    """The letter this one answers, as its body names it ("In reply to your letter of …")."""
    reply = REPLY.search(text, start, end)
    if not reply:
        return None
    addressee = tx.fold(reply["to"]) if reply["to"] else None
    title = re.sub(r"^(?:the\s+)?(.+?)(?:\s+of\s+.+)?$", r"\1", addressee) if addressee else None
    return ReferencedLetter(
        date=tx.parse_date(reply["date"]),
        addressee=addressee,
        addressee_title=title[:1].upper() + title[1:] if title else None,
        addressee_state=(_state_in(addressee) if addressee else None) or speaks_for,
        span=Span(start=reply.start(), end=reply.end()),
    )


def _label_state(text: str, start: int, end: int) -> str | None:
    """The state a publisher's label line before the letter names as its origin ("Country: China",
    as collections of received letters print it): the last such line before the salutation."""
    found = None
    for match in ORIGIN_LABEL.finditer(text, start, end):
        state = gazetteer.find_state(match["name"].strip())
        if state:
            found = state.alpha3
    return found


def _introducing_state(text: str, start: int, salutation: re.Match[str]) -> str | None:
    """The state whose office the page's words right before the salutation name as the letter's writer ("the embassy
    of Kazakhstan responded stating:")."""
    introduced = INTRODUCING_OFFICE.search(text, start, salutation.start())
    return gazetteer.only_state_named(introduced["state"]) if introduced else None


def _letterhead_state(text: str, lines: list[tuple[int, int]]) -> str | None:
    """The state named by the capitalised letterhead lines that follow the sender's line."""
    for start, end in lines:
        line = text[start:end]
        if not line.isupper():
            return None
        found = _state_in(line)
        if found:
            return found
    return None


def _signature(
    text: str, lines: list[tuple[int, int]], sender: Role | None, greeted: str | None = None
) -> tuple[Correspondent, list]:
    """The author (name and roles) after the closing, and the lines of the recipient block after it.
    The person the letter greets ("Dear Mr. Goose") is never its signer: a line naming them opens
    the recipient block, even where no signature precedes it."""
    name = None
    titles: list[str] = []
    roles: list[Role] = []
    for index, (start, end) in enumerate(lines):
        line = text[start:end].strip()
        if CLOSING.fullmatch(line):
            continue
        if CARBON_COPY.match(line):
            break  # "cc: Ministry of Foreign Affairs of Japan" names a reader, not the writer's office
        if HONORIFIC.match(line) and (
            name is not None or index > 0 and not line.startswith("(") or _names_greeted(line, greeted)
        ):
            return _author(name, titles, roles, sender), lines[index:]
        if name is None and not titles:
            line = re.sub(r"^\(Signed\)\s*", "", line)
            name = re.sub(r"^\(?\s*(?:(?:Mr|Mrs|Ms|Dr|Prof|H\.\s?E)\.?\s+)?|\s*\)?$", "", line).strip(" ,;") or None
            continue
        if FORMER.search(line):
            titles.append(line.strip(" ,"))  # "Ambassador of Japan (retired)": no office held, no state spoken for
            continue
        envoy = ENVOY_OF.match(line) if not roles and not titles else None  # the post right under the name
        if envoy and speaker.ON_BEHALF.search(text, start, lines[min(index + 1, len(lines) - 1)][1]):
            envoy = None  # "…, on behalf of the European Union": the envoy signs for a group, not as its state
        if envoy and _state_in(envoy["of"]):  # "Permanent Representative of Chile to the United Nations"
            roles.append(Role(title=line.strip(" ,"), state=_state_in(envoy["of"])))
            titles = []
            continue
        if GOVERNMENT_BODY.search(line) or gazetteer.find_organisations_in(line) or ORGANISATION_WORDS.search(line):
            state = _state_in(line) if GOVERNMENT_BODY.search(line) else None
            organisation = line.rsplit(",", 1)[0] if state and "," in line else line
            roles.append(Role(title=", ".join(titles) or None, organisation=_title_case(organisation), state=state))
            titles = []
        else:
            titles.append(line.strip(" ,"))
    return _author(name, titles, roles, sender), []


def _names_greeted(line: str, greeted: str | None) -> bool:
    """Whether the line names the person the salutation greets (by the last word of their name)."""
    words = re.findall(r"[A-Z][\w'’-]+", greeted or "")
    return bool(words) and re.search(rf"\b{re.escape(words[-1])}\b", line) is not None


def _author(name: str | None, titles: list[str], roles: list[Role], sender: Role | None) -> Correspondent:
    if titles:
        roles.append(
            Role(
                title=", ".join(titles),
                organisation=sender.organisation if sender else None,
                state=sender.state if sender else None,
            )
        )
    return Correspondent(name=name, roles=tuple(_with_keys(roles)))


def _with_keys(roles: list[Role]) -> list[Role]:
    keyed = []
    for role in roles:
        ref = gazetteer.find_organisation(role.organisation) if role.organisation else None
        keyed.append(role.model_copy(update={"organisation_key": ref.key}) if ref else role)
    return keyed


def _recipient(text: str, lines: list[tuple[int, int]], whom: str | None) -> Correspondent:
    """The recipient's name and each role and organisation the address block lists."""
    if not lines:
        salutation_name = HONORIFIC.match(whom or "")
        return Correspondent(name=salutation_name["name"] if salutation_name else tx.fold(whom or ""))
    honorific = HONORIFIC.match(text[lines[0][0] : lines[0][1]])
    name = honorific["name"].strip(" ,.") if honorific else None
    if COURTESY_LINE.fullmatch(text, *lines[0]) and len(lines) > 1:  # "Señor" over the name: "Señor\nGabriel Pérez"
        name, lines = text[lines[1][0] : lines[1][1]].strip(" ,."), [lines[0], *lines[2:]]
        honorific = COURTESY_LINE.fullmatch(text, *lines[0])
    roles: list[Role] = []
    office = STATE_OFFICE.search(name) if name else None
    if name and office:  # the address run onto one line: "His Excellency Mr. X President of the Republic of Y …"
        title = name[office.start() :]
        name = name[: office.start()].strip(" ,.") or None
        roles.append(Role(title=title, state=_state_in(title)))
    address_at = len(lines)
    first = 1 if honorific else 0  # a block opened by "To:" or "Attn:" names an office on its first line
    for index, (start, end) in enumerate(lines[first:], start=first):
        line = ADDRESSEE_MARK.sub("", text[start:end]).strip(" ,.")
        if ADDRESS_LINE.search(line) or gazetteer.postal_code_state(line):
            address_at = index
            following = next((k for k in range(index + 1, len(lines)) if HONORIFIC.match(text, *lines[k])), None)
            if following is not None:  # a second addressee's block under the first one's address
                roles += [role for role in _recipient(text, lines[following:], None).roles if role.state]
            break
        country = gazetteer.find_states_in(line)
        if len(country) == 1 and (country[0].start, country[0].end) == (0, len(line)) and roles:
            if roles[-1].state is None and OFFICE_TITLE.search(
                roles[-1].title or ""
            ):  # "Minister of Foreign Affairs\nJapan"
                roles[-1] = roles[-1].model_copy(update={"state": country[0].ref.alpha3})
            continue  # the address's country line
        found = gazetteer.find_organisations_in(line)
        if found:
            organisation = found[-1].text
            title = line[: found[-1].start].strip(" ,") or None
        elif "," not in line and ORGANISATION_WORDS.search(line):
            organisation, title = line, None
        else:
            organisation, title = None, line
        state = _state_in(line) if GOVERNMENT_BODY.search(line) or STATE_OFFICE.search(line) else None
        state = state or gazetteer.government_office_state(line)  # "The White House", "Foreign and Commonwealth Office"
        if title is None and organisation and roles and roles[-1].organisation is None:
            roles[-1] = roles[-1].model_copy(update={"organisation": organisation, "state": roles[-1].state or state})
        else:
            roles.append(Role(title=title, organisation=organisation, state=state))
    if not any(role.state for role in roles):
        roles = _posted_home(text, lines, address_at, roles)
    return Correspondent(name=name, roles=tuple(_with_keys(roles)))


def _posted_home(text: str, lines: list[tuple[int, int]], address_at: int, roles: list[Role]) -> list[Role]:
    """The roles of an addressee who holds an office of a government at home ("Prime Minister Justin Trudeau",
    "Minister of Foreign Affairs"), given the state whose postal code their address carries ("Ottawa ON K1A
    0A2"). Nothing where a line of the block names anything else (an organisation, an envoy's post abroad, a
    presidency of a conference), or the address names no country or two."""
    block = [text[start:end].strip(" ,.") for start, end in lines[:address_at]]
    if not any(HOME_OFFICE.search(line) for line in block) or any(NOT_HOME_OFFICE.search(line) for line in block):
        return roles
    if not all(HOME_OFFICE.search(line) or NATIONAL_BODY.search(line) for line in block[1:]):
        return roles
    address = []
    for start, end in lines[address_at:]:
        if HONORIFIC.match(text, start):
            break  # the next addressee's block
        line = text[start:end]  # a postcode, or a government's seat: "10 Downing Street"
        address.append(gazetteer.postal_code_state(line) or gazetteer.government_office_state(line))
    states = {state for state in address if state}
    if len(states) != 1:
        return roles
    (state,) = states
    if not roles:
        return [Role(title=HOME_OFFICE.search(block[0])[0], state=state)]  # type: ignore[index]
    return [role.model_copy(update={"state": state}) if index == 0 else role for index, role in enumerate(roles)]
