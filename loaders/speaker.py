"""Who speaks in a statement: the state a document shows as its speaker, or why none can be named.

Shared by the statement loader (not a loader itself). A state is the speaker only on evidence of
one of these kinds, tried in this order; the first that finds one gives the answer:

1. "on behalf of": the speaker says it speaks for states ("I would like to deliver an explanation
   of vote on behalf of the United Kingdom, France and the United States", "on behalf of the
   Chinese delegation"). Every name in the list must be a state; a group or an organisation
   among them makes it no evidence of a national voice. One group of states alone ("on behalf of
   the Non-Aligned Movement", "the European Union and its Member States") makes the group the
   speaker: no state is (a delegation speaking for a group speaks in the group's name).
2. the heading: a title line of the document's head names the state as the statement's author
   ("India's Explanation of Vote", "Statement by the delegation of Japan", "Permanent Mission of
   Norway to the United Nations"), or names the speaker's office as one of a state's ("Statement
   by H.E. Mr. X, Permanent Representative of Chile", "Ambassador Y, U.S. Permanent
   Representative") where no "on behalf of" in the speaker's voice makes it someone else's words.
   Not a statement the heading answers ("Right of reply to the statement by the delegation of X"),
   nor a byline whose speaker holds the meeting's chair ("Statement by the Chair, Ambassador of X").
3. the state names itself: in a text spoken to a chair ("Mr. Chairman", "Thank you, President")
   in the first person ("my delegation", "we", "I"), a sentence opens with the state as the
   subject of a present-tense verb of speaking or holding a view ("Pakistan considers …",
   "New Zealand reaffirms …"), or the speaker says "my country, X" or "representing X".
   Exactly one state may do so. A state the speaker answers is not naming itself: not in a right of
   reply (only "my country, X" counts there), not where the sentence sets the speaker against it
   ("… against my country", "…, and we deplore that"), not a state the text treats as another party
   ("the distinguished representative of X", "we call upon X", "the allegations made by X").
4. the publisher: the text speaks in the first person, the address names no other state, and
   either the page is on the site of one state's permanent mission or delegation
   ("pakistanmission-un.org", "un.int/suriname/", "…emb-japan.go.jp", a government domain's
   "/missions/" pages), which publishes its own delegation's words only, and the text is spoken
   to a chair or headed as a statement; or the text is spoken to a chair and the page is a
   government's own website (its banner says so, "An official website of the United States
   government", or its domain is the government's) and names that state again outside a sentence
   of thanks or hosting ("We thank Austria for hosting …" is a guest delegation's statement on the
   host's site; a ministry's site may carry such guests' words). Only when no rule above finds a speaker.
5. a minister's own statement: the head gives a minister of a government as the author ("Statement
   by Mr. X, Minister for Foreign Affairs", a "MINISTER FOR FOREIGN AFFAIRS" line, "Foreign
   Minister X issued the following statement"), the text speaks in the first person, and the state
   is the one whose government publishes it (the document gives its own address on one government's
   domain, "….gov.au") or, failing that, the one government the text names ("the Government of
   Japan"). A shadow or former minister, a member of parliament, a party is no government's voice.
6. a government's own release in the third person: a paragraph of the head opens with an office of
   the government doing something today ("Foreign Affairs Minister X today welcomed …", "The
   Australian Government confirmed today …") or the title is a minister's ("Minister for Defence –
   …"), the document is published on that government's domain, and the text names the state. What
   it says is read from the sentences whose subject is the state, its government or its minister.

A state only named in the text (a sponsor, a state voted on, the subject of a news report, the
addressee of a letter) is never the speaker; when no rule finds one, or two rules disagree,
``Unclear`` says why.
"""

from __future__ import annotations

import collections
import re
from dataclasses import dataclass

from treatykg import gazetteer
from treatykg.errors import Unclear
from treatykg.loaders import text as tx
from treatykg.records import Span

HEAD_LINES = 15  # how many non-blank lines at the top may be a heading
HEADING_LENGTH = 220  # a longer line is body text, not a heading
# A Spanish heading that names its author: "INTERVENCIÓN DE LA DELEGACIÓN DE CHILE …", "Intervención del Embajador …
# Viceministro de Relaciones Exteriores de Guatemala", "Discurso del Representante Permanente de la República Argentina";
# its accents lost by a text layer ("INTERVENCION DE LA DELEGACION", "Intervencin"), its name on the line below
SPANISH_HEADING = re.compile(
    r"\s*(?:\([^)\n]{0,60}\)\s*)?(?:intervenci[oó]?n|discurso|declaraci[oó]?n|palabras)\s+del?\s+(?:la\s+)?"
    rf"(?:(?:delegaci[oó]?n|{tx.SPANISH_ENVOY})\b)?(?P<rest>[^\n]{{0,400}}(?:\n[ \t]*del?\s[^\n]{{0,300}})?)",
    re.IGNORECASE,
)

SPANISH_CHAIR_BYLINE = re.compile(
    r"\b(?:President[ea]|Vicepresident[ea])\s+de\s+(?:la|el)\s+(?:\w+\s+){0,2}?(?:Reuni[oó]n|Conferencia|Asamblea|Comisi[oó]n)",
    re.IGNORECASE,
)
SPANISH_ADDRESS = r"(?:Se(?:ñ|n)?ora?|Sr\.|Sra\.)"  # before the chair's title: "Señor Presidente", "Sra. Presidenta"
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
    r"|\b(?:congratulat\w*|thank)\s+you\b(?:[^.]|\b(?:Mr|Mrs|Ms|Dr)\.){0,120}?\b(?:President|Chair\w*|presidency)\b"
    rf"|\b{SPANISH_ADDRESS}\s+President[ea]\b",  # in Spanish: "Señor Presidente"
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
ON_BEHALF = re.compile(
    r"\b(?:on\s+behalf\s+of|en\s+nombre\s+de|au\s+nom\s+de)(?:\s*:)?\s+(?P<who>[^.;:\n]{2,600}"
    r"(?:(?:(?<=\sde)|(?<=\sdel)|(?<=\sof)|(?<=\sthe)|(?<=\sla))\n[^.;:\n]{1,200})?)",
    re.IGNORECASE,
)  # and in Spanish "en nombre de", in French "au nom de"; a list of 25 states runs long; a name broken over two lines
# after its preposition ("en nombre de la República Bolivariana de\nVenezuela") goes on
# Before an "on behalf of", words that make it another delegation's statement the speaker refers to.
ANOTHERS_STATEMENT = re.compile(
    r"\b(?:align|associat|subscrib|endors)\w*\b[^.;]*$|\bstatements?\s+(?:\w+\s+){0,3}?(?:delivered|made|read|presented|given)\s*$",
    re.IGNORECASE,
)
# Before an "on behalf of", words that make it the act the speaker asks of its addressee: "we ask you to sign, on behalf
# of …", "le pedimos que firme de inmediato, en nombre de los Estados Unidos, …", "nous vous demandons de signer au nom de"
ADDRESSEE_ACT = re.compile(
    r"\b(?:(?:ask|urge|call\s+(?:up)?on|request|invite|encourage)s?\s+you\b|you\s+to\b"
    r"|\ble\s+(?:pedimos|solicitamos|instamos|exhortamos|rogamos)\b|\bque\s+(?:usted\s+)?(?:firme|ratifique|adhiera)\b"
    r"|\bvous\s+(?:demandons|prions|invitons|exhortons|appelons)\b)",
    re.IGNORECASE,
)
# the speaker's own voice, not a report's; "Ihave" where a damaged text layer glued the words
ON_BEHALF_VOICE = re.compile(
    r"(?-i:\bI\b)|(?-i:\bI)(?=have|am\b|wish|would|shall|should|will|take)|\b(?:we|me)\b"
    r"|\b(?:tengo|intervengo|hablo|deseo|quisiera|nosotros)\b"  # "Tengo el honor de intervenir en nombre de …"
    r"|\b(?:nous|je|j['’]ai)\b",  # "J'ai l'honneur de prendre la parole au nom de …"
    re.IGNORECASE,
)
# The speaker's own voice without a pronoun: "It is an honour to address this Committee on behalf of …"
OWN_HONOUR = re.compile(r"\bit\s+is\s+(?:an?\s+|my\s+|a\s+great\s+)?honou?r\s+to\b", re.IGNORECASE)
GROUP_GLUE = re.compile(
    r"\s*,?\s+(?:and\s+)?(?:its|their)\s+(?:\d+\s+)?member\s+(?:states|countries)\b.*$", re.IGNORECASE
)
# "the fourteen Member States of the Caribbean Community", "the 27 member States of the European Union"
MEMBERS_OF = re.compile(
    r"^(?:the\s+|los\s+)?(?:\w+\s+)?(?:member\s+states|members|member\s+countries|Estados\s+Miembros|miembros)\s+(?:of|de)\s*(?:la\s+)?",
    re.IGNORECASE,
)
LIST_GLUE = re.compile(
    r"(?:[\s,.&*]|\([^()\n]{1,30}\)|\b(?:and|as\s+well\s+as|the|delegations?|governments?|of|my\s+own\s+country)\b"
    r"|\b(?:republic|kingdom)\s+of\b"  # a formal name's prefix: "the Republic of Gabon", "the Kingdom of Morocco"
    r"|\b(?:la|le|les|et|el|los|las|y|e)\b|\bl['’])*",
    re.IGNORECASE,
)  # "Gambia (Republic of The)", "Bosnia & Herzegovina*", "… and my own country, New Zealand"
# "on behalf of the following States, without prejudice to their own views:" and the list after it.
FOLLOWING = re.compile(
    r"the\s+following\s+(?:\d+\s+)?(?:Member\s+)?(?:States|countries|delegations|Governments)\b[^:.\n]{0,120}:",
    re.IGNORECASE,
)
MY_OWN_COUNTRY = re.compile(r"\bmy\s+own\s+country\s*,?\s+(?:the\s+)?", re.IGNORECASE)
DELIVERED_BY = re.compile(r"\b(?:delivered|read|presented)\s+by\s+(?:the\s+)?(?:delegation\s+of\s+)?", re.I)
ENTRY_GAP = re.compile(r"(?:[\W_]|\b(?:and|the|The)\b)*")  # bullets, commas, breaks, "and", an article
UNREAD_ENTRY = re.compile(
    r"[\W_]*(?:[A-Z][\w'’-]*[ \t]+){0,3}[A-Z][\w'’-]*[\W_]*"
)  # "Sierra Leona": a name, no state's
STATED_COUNT = re.compile(r"\bon\s+behalf\s+of\s+(?P<count>\d{1,3})\s+(?:Member\s+)?(?:States|countries)\b", re.I)
LIST_END = re.compile(
    r"\s+(?:on|to|at|in|during|regarding|concerning|with|who|which|that|for)\s+|\s+[–—]\s+|\s+(?:today|here)\b"
    r"|,\s+(?=(?!and\b|as\s+well\s+as\b|the\s+[A-Z]|my\s+own\b|[ye]\s+[A-Z]|et\s+[A-Z])[a-z]|(?:I|We)\b)"
)  # ", and the United States", ", y Uruguay", ", et le Chili" go on
STATE_BODY = (
    r"(?:the\s+)?(?:delegations?|governments?|permanent\s+missions?|missions?|permanent\s+representatives?|"
    r"(?:high\s+)?representatives?|(?:foreign\s+)?ministers|ministry\s+of\s+foreign\s+affairs|embassy)\s+of\s+(?:the\s+)?"
)
# Where a heading's list of joint authors ends: "… Kenya and the United Kingdom - 3 June", "… (New York)".
JOINT_STOP = re.compile(r"\s*[:–—(]|\s+(?=\d)|\s+-\s+")
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
    rf"\b(?:{SPEECH_KINDS}|explanation\s+of\s+(?:the\s+)?(?:vote|position)|EoV)s?\b",
    re.IGNORECASE,
)
# How a title opens: "Statement by …", "Explanation of Vote at …", "SINGAPORE’S EXPLANATION OF VOTE ON …".
TITLE_OPENING = re.compile(
    rf"(?:\([^)\n]{{0,60}}\)\s*)?(?:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){{0,3}}[’']S?\s+)?{HEADING_WORD.pattern}",
    re.IGNORECASE,
)  # "(Check against delivery) Statement …" too
HEADING_BY = re.compile(
    r"\s*(?:delivered\s+|made\s+|given\s+)?(?:by|of|from|du|de\s+la|de\s+l['’]|de)\s*(?<=\s|['’])(?P<rest>.+)",
    re.IGNORECASE,
)  # and the French "DECLARATION DU SENEGAL", "Déclaration de la France"
HEADING_STOP = re.compile(  # where the author's name ends: "… Egypt 73rd Session of …", "… Egypt - Cluster 4"
    r"\s+(?:at|on|to|in|before|during|regarding|concerning|under|for)\s+(?:the\s+)?|[,:–—(]|\s+(?=\d)|\s+-\s+|\s*\*{2,}",
    re.IGNORECASE,  # "… Minister for Foreign Affairs of Japan At the Eighth … Meeting"
)
LETTERHEAD = re.compile(
    r"^\s*(?:permanent\s+mission|mission\s+permanente|delegation|embassy|ministry\s+of\s+foreign\s+affairs"
    r"|government)\s+of\s+(?:the\s+)?",
    re.IGNORECASE,
)
OFFICES = (
    r"(?:Deputy\s+)?Permanent\s+Representative|Ambassador|Head\s+of\s+(?:the\s+)?Delegation|Permanent\s+Mission|"
    r"(?:Foreign\s+)?Minister(?:\s+(?:for|of)\s+Foreign\s+Affairs)?"
)
OFFICE_OF = re.compile(
    rf"\b(?:{OFFICES})\s+of\s+(?:the\s+)?(?P<rest>[^\n]+)", re.IGNORECASE
)  # "PERMANENT REPRESENTATIVE OF ROMANIA" too
OFFICE = re.compile(rf"\b(?:{OFFICES})\b")
# An office is the speaker's only in a byline: after "by" ("Statement by H.E. Mr. X, Permanent
# Representative of …") with no "on"/"at"/"of" … between, or opening its line, after a name and comma.
BYLINE_BY = re.compile(r"\bby\b(?P<between>[^\n]*)$", re.IGNORECASE)
BYLINE_BREAK = re.compile(
    r"\s(?:at|on|to|in|before|during|regarding|concerning|under|for|of|with|about|and)\s", re.IGNORECASE
)
JOINED_OFFICE = re.compile(rf"\b(?:{OFFICES})\s+and\s+$", re.IGNORECASE)
BYLINE_NAME = re.compile(r"\s*(?:[^,\n]{2,80},\s*)?")
# A line that goes on, after the office, to tell what the office holder did is a report, not a byline.
REPORTED_AFTER = re.compile(
    r"\b(?:said|says|told|announced|welcomed|stated|noted|added|urged|called|signed|has|have|had|was|were|is|will)\b",
    re.IGNORECASE,
)
SELF_VERBS = (
    r"(?:feels|considers|believes|supports|welcomes|reaffirms|reiterates|extends|congratulates|thanks|joins|aligns|deplores|"
    r"associates|remains|calls|urges|looks\s+forward|recogni[sz]es|shares|attaches|stands|wishes|would\s+like|"
    r"regrets|notes|takes\s+note|appreciates|acknowledges|emphasi[sz]es|underlines|underscores|stresses|commends|"
    r"encourages|hopes|agrees|opposes|condemns|rejects|continues\s+to|is\s+(?:committed|convinced|concerned|pleased|"
    r"proud|ready|determined|of\s+the\s+view|deeply|fully|firmly|strongly|honou?red|grateful)|"
    r"does\s+not\s+(?:support|accept|agree|believe|consider|share)|cannot\s+(?:support|accept|agree)"
    # in Spanish: "Cuba comparte …", "Cuba defiende …", "Cuba no puede apoyar …"
    r"|comparte|defiende|cumple|considera|reitera|reafirma|apoya|respalda|rechaza|condena|saluda|reconoce|subraya|"
    r"lamenta|expresa|mantiene|insiste|insta|exhorta|celebra|continuará|seguirá|no\s+puede\s+apoyar|suscribe|hace\s+suya|"
    r"se\s+(?:suma|adhiere|asocia)"
    # in French: "La France poursuivra …", "La France salue …"
    r"|salue|soutient|appuie|réaffirme|réitère|considère|estime|regrette|condamne|rejette|partage|reconnaît|souligne|"
    r"continuera|poursuivra|demeure|reste|restera|se\s+félicite|appelle|encourage|exprime|ne\s+peut\s+(?:pas\s+)?soutenir|"
    r"s['’]aligne|s['’]associe|rappelle|"
    r"est\s+(?:convaincue?|préoccupée?|engagée?|attachée?|favorable|opposée?))"
)
SELF_ADVERBS = (
    r"(?:(?:also|therefore|thus|fully|strongly|firmly|further|again|once\s+again|still|always|equally|,)\s*)*"
)
# An apposition between the state and its verb: "El Ecuador, como parte de la primera zona … libre de armas
# nucleares, insta …", "Chile, as a State Party, supports …"
SELF_APPOSITION = r"(?:\s*,\s+(?:como|as|comme|en\s+tant\s+que|en\s+su\s+calidad\s+de|qui|que)\s+[^,;.\n]{1,120},)?"
SELF_NAMING = re.compile(
    rf"(?:{STATE_BODY})?(?P<state>\S.{{0,60}}?){SELF_APPOSITION}\s+{SELF_ADVERBS}{SELF_VERBS}\b", re.IGNORECASE
)
MY_COUNTRY = re.compile(
    r"\b(?:my\s+country|representing|my\s+delegation,)\s*,?\s*(?P<state>[A-Z][^,.;\n]{2,60})"
    r"|\b(?:I|we|me|us)\b[^.;]{0,40}?\b(?:reaffirm|reiterate|restate|express|convey|extend|assure\s+you\s+of)\s+"
    r"(?P<owner>[A-Z][^.;,'’\n]{1,40})['’]s\s+(?:\w+\s+){0,3}?(?:commitment|support|position|view|appreciation|"
    r"gratitude|thanks|condolences|congratulations)\b"
)


MINISTER = (
    r"(?<!shadow\s)(?<!former\s)(?:(?:federal|deputy)\s+)?(?:foreign\s+)?minister(?:\s+(?:for|of)\s+[^,\n]{3,60}?)?"
    r"|parliamentary\s+secretary\s+to\s+the\s+minister\s+(?:for|of)\s+[^,\n]{3,60}?"
)
# The same heads in Spanish and French: the speech opens the title, the minister is its speaker.
SPEECH_ES = r"discurso|intervenci[oó]n|declaraci[oó]n|palabras|mensaje"
MINISTER_ES = r"(?:vice)?ministr[oa](?:\s+(?:de|del)\s+[^,\n]{3,60}?)?|canciller"
SPEECH_FR = r"discours|intervention|d[ée]claration|allocution|message"
MINISTER_FR = r"ministre(?:\s+(?:de|des|du|de\s+la)\s+[^,\n]{3,60}?)?"
MINISTERIAL_HEAD = re.compile(
    rf"\b(?:statement|remarks|speech|address|message|media\s+release|press\s+release)\b[^\n.]{{0,40}}?\b(?:by|from)\s+"
    rf"(?:the\s+)?(?:[^,\n]{{2,80}},\s+)?(?:the\s+)?(?:[A-Z][\w.]+\s+)?(?:{MINISTER})(?=\s*[,\n(]|\s+(?:on|at|to|in)\s)"
    rf"|^[ \t]*(?:source:\s*\"?)?(?:the\s+)?(?:{MINISTER})\"?[ \t]*$"
    rf"|^[ \t•*-]*[^,\n]{{2,80}},\s+(?:the\s+)?(?:[A-Z][\w.]+\s+)?(?:{MINISTER})[ \t]*$"
    rf"|\b(?:{MINISTER})\s+(?:[A-Z][\w.'’-]+\s+){{1,4}}(?:issued|made|released|gave)\s+the\s+following\s+statement"
    rf"|^[ \t]*(?:{SPEECH_ES})\s+(?:del|de\s+la)\s+(?:(?:sr\.|sra\.|señora|señor)\s+)?(?:{MINISTER_ES})"
    r"(?=\s*[,\n(]|\s+(?:en|ante|sobre|con\s+motivo)\s)"  # "Discurso del Ministro de Relaciones Exteriores, …"
    rf"|^[ \t]*(?:{SPEECH_FR})\s+(?:de\s+|du\s+)(?:(?:M\.|Mme)\s+)?(?:la\s+|le\s+)?(?:{MINISTER_FR})"
    r"(?=\s*[,\n(]|\s+(?:à|au|devant|lors|sur)\s)",  # "Discours du ministre des Affaires étrangères, …"
    re.IGNORECASE | re.MULTILINE,
)
ACTING_OFFICE = (
    r"permanent\s+representative|ambassador|(?:deputy\s+)?(?:foreign\s+|prime\s+)?minister|government|delegation|"
    r"president|head\s+of\s+state"
)
# A government's release about itself, in the third person: a paragraph opens with an office of a
# government doing something today ("Foreign Affairs Minister Lloyd Axworthy today welcomed …", "The
# Australian Government confirmed today …"), or the title is a minister's ("Minister for Defence – …").
# A UN body as a headline's subject is no government's: "Security Council Renews Authorization …" heads a UN release.
UN_BODY_NOT = (
    r"(?!(?:UN\s+|United\s+Nations\s+)?(?:Security\s+Council|General\s+Assembly|(?:First|Second|Third|Fourth|Fifth|Sixth)"
    r"\s+Committee|Disarmament\s+Commission|Conference\s+on\s+Disarmament|Human\s+Rights\s+Council|Secretary-General)\b)"
)
RELEASE_HEAD = re.compile(
    rf"^[ \t]*(?:the\s+)?(?:[A-Z][\w.'’-]+\s+){{0,3}}(?:(?:{MINISTER})|government(?:\s+of\s+[A-Z][\w .'’-]{{2,40}}?)?)"
    rf"(?:\s+[A-Z][\w.'’-]+){{0,3}}(?:,[^\n]{{2,80}}?,)?\s+(?:has\s+|have\s+)?today\s+[a-z]+ed\b"
    rf"|^[ \t]*(?:the\s+)?(?:[A-Z][\w.'’-]+\s+){{0,3}}(?:(?:{MINISTER})|government(?:\s+of\s+[A-Z][\w .'’-]{{2,40}}?)?)"
    rf"(?:\s+[A-Z][\w.'’-]+){{0,3}}\s+[a-z]+ed\s+today\b"
    rf"|^[ \t]*(?:{MINISTER})[ \t]+[–—-][ \t]+\S[^\n]*"
    # a minister's act as the headline: "Deputy Foreign Minister Deposited Thailand's Instrument of Ratification …"
    rf"|^[ \t]*(?:the[ \t]+)?(?:{MINISTER})(?:[ \t]+[A-Z][\w.'’-]+){{0,3}}[ \t]+"
    rf"(?:deposit|sign|ratifie|accede|join)(?:s|ed)\b[^\n]*"
    # a headline whose subject is a state or its government, in the present: "Switzerland welcomes the
    # adoption of …", "THE MEXICAN GOVERNMENT REGRETS THAT …" (a state's name is checked by the caller)
    rf"|^[ \t]*(?:the[ \t]+)?{UN_BODY_NOT}(?:[A-Z][\w.'’-]+[ \t]+){{0,3}}[A-Z][\w.'’-]+(?:[ \t]+government)?[ \t]+"
    rf"(?:welcomes|regrets|condemns|supports|deplores|calls|urges|reaffirms|joins|ratifies|signs|accedes|"
    rf"announces|commits|pledges|expresses|rejects|opposes|becomes|deposits|participates|hosts|co-hosts|"
    rf"reiterates|stresses|underlines|renews|presents|submits|completes|attends|addresses|chairs|"
    rf"delivers\s+(?:its\s+|a\s+)?(?:national\s+)?statement)\b[^\n]*"  # "Samoa delivers national statement during …"
    # an opening sentence whose subject is the state's office acting: "Croatia's permanent representative to
    # the UN Vladimir Drobnjak 2 April deposited its instrument …" (the state's name is checked by the caller)
    rf"|^[ \t]*(?:the[ \t]+)?(?:[A-Z][\w.'’-]+[ \t]+){{0,3}}[A-Z][\w.'’-]+['’]s[ \t]+(?:{ACTING_OFFICE})\b[^\n.]{{0,120}}?"
    rf"\b(?:deposited|signed|ratified|acceded|delivered|presented|handed|announced|welcomed|addressed)\b[^\n]*"
    # a headline whose subject is the state's envoy named by the state, acting: "Permanent Representative of Kyrgyzstan
    # to the UN in New York M.Moldoisaeva delivered a statement on …" (the state must be the one named)
    rf"|^[ \t]*(?:the[ \t]+)?(?:Deputy[ \t]+)?(?:Permanent[ \t]+Representative|Ambassador|Head[ \t]+of[ \t]+(?:the[ \t]+)?Delegation)"
    rf"[ \t]+of[ \t]+(?P<envoy_of>[^\n]{{2,160}}?)\b(?:deposited|signed|ratified|acceded|delivered|presented|addressed)\b[^\n]*"
    # a minister named, then acting: "New York, USA (27th September, 2019) – The Honourable Mark Brantley, Minister of
    # Foreign Affairs and Aviation, signed the Treaty …"
    rf"|^[^\n]{{0,120}}?(?:the\s+)?(?:Honou?rable\s+)?(?:[A-Z][\w.'’-]+\s+){{1,4}}[A-Z][\w.'’-]+,\s+(?:the\s+)?"
    rf"(?:{MINISTER}),\s+(?:has\s+|today\s+)?(?:deposited|signed|ratified|acceded|delivered|presented|handed|announced|"
    rf"welcomed|addressed)\b[^\n]*"
    # the government's decision, dated: "On 1 April 2025, the Government decided to begin the preparations …"
    rf"|^[ \t]*(?:On\s+\d{{1,2}}\s+{tx.MONTH_NAMES}\s+\d{{4}},\s+)?the\s+(?:[A-Z][\w.'’-]+\s+)?Government\s+"
    rf"(?:has\s+)?(?:decided|approved|adopted|announced|submitted|proposed|deposited|signed|ratified)\b[^\n]*"
    # a government's page that names its publisher: "Publisher: Ministry of Foreign Affairs"
    rf"|^[ \t]*publisher:[ \t]*(?:the[ \t]+)?(?:ministry|department|office|government)\b[^\n]*"
    # in Spanish, an opening sentence whose subject is the state's envoy acting ("…, el representante permanente de la
    # República del Paraguay …, depositó …") or the state joining ("…, Colombia se unió al grupo de …")
    rf"|^[^\n]{{0,250}}?\b(?:el|la)\s+{tx.SPANISH_ENVOY}\b[^\n]{{0,250}}?"
    rf"\b(?:depositó|firmó|ratificó|suscribió)\b[^\n]*"
    rf"|^[^\n]{{0,250}}?,\s+(?-i:[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{0,3}})\s+se\s+unió\b[^\n]*"
    # or its government, or the state itself, acting: "El Gobierno de México da la bienvenida a …", "El Poder Ejecutivo
    # de Uruguay promulgó …", "España se congratula por los resultados de …"
    rf"|^[ \t]*(?:(?:El\s+)?(?:Gobierno|Poder\s+Ejecutivo)\s+(?:de\s+)?(?:la\s+República\s+(?:de\s+)?|l[ao]s\s+)?)?"
    rf"(?-i:[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{0,2}})\s+(?:da\s+la\s+bienvenida|saluda|celebra|lamenta|condena|rechaza|"
    rf"reitera|reafirma|expresa|se\s+congratula|promulgó|ratificó|firmó|depositó|ratifica|firma|deposita)\b[^\n]*",
    re.IGNORECASE | re.MULTILINE,
)
PLACE_OF_ACT = re.compile(
    r"\b(?:in|at|en)\s+(?:[A-Z][\w’'-]+,?\s+){0,2}$|^[ \t]*[A-Z][\w .'’-]{1,30},\s*$"
)  # "… signs … in Oslo, Norway", a dateline's "New York, USA (27th September, 2019) – …"
HEAD_CHARACTERS = 1500  # how far into the document a minister's heading may stand
URL = re.compile(r"\bhttps?://[^\s\"'<>)\]]+", re.IGNORECASE)
OWN_GOVERNMENT = re.compile(
    r"\bGovernment\s+of\s+(?:the\s+)?(?P<of>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})"
    r"|(?P<adjective>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?)(?:['’]s)?\s+Government\b"
)


BANNER = re.compile(
    r"^[ \t]*(?:an\s+)?official\s+(?:web\s?site|web\s+page|page)\s+of\s+(?:the\s+)?"
    r"(?:government\s+of\s+(?:the\s+)?(?P<of>[^\n]{2,60}?)|(?P<adjective>[^\n]{2,60}?)\s+government)"
    r"[ \t.]*$",
    re.IGNORECASE | re.MULTILINE,
)


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


def find_speaker(text: str, address: str | None = None) -> Speaker:
    """The state(s) the document shows as its speaker; Unclear when it shows none. ``address`` is
    where the document is published, when known (the sources manifest, an HTML page's own link)."""
    found = _on_behalf(text)
    unnamed = None if found else _unnamed_behalf(text)
    if unnamed:
        raise Unclear(
            f"speaker unclear: the speaker speaks 'on behalf of' {unnamed!r}, which names no state and no group "
            "whose members are known"
        )
    headed = None if found else _heading(text) or _office(text) or _introduced(text) or _heading_voice(text)
    reported = REPORTED_SPEAKER.search(text) if headed else None
    if reported and headed and headed.states != (gazetteer.government_of_address(address or ""),):
        raise Unclear(  # on its own government's domain, a release telling what its minister said is its own word
            f"speaker unclear: {headed.rule}, but the text reports what the speaker said ({reported.group()!r}): "
            "an account of the statement, not the statement"
        )
    found = found or headed
    named_self = _self_naming(text)
    if found and named_self and not set(named_self.states) <= set(found.states):
        raise Unclear(f"speaker unclear: {found.rule} but the text speaks as {_names(named_self.states)}")
    if found:
        return found
    if named_self:
        return named_self
    if _speaks_for_others(text):
        raise Unclear(
            "speaker unclear: the speaker speaks 'on behalf of' others, in words not read as a list of states or "
            "a group; where it is published does not say whose statement it is"
        )
    published = (
        _mission_site(text, address)
        or _publisher(text, address)
        or _minister(text, address)
        or _release(text, address)
        or _own_news(text, address)
    )
    if published:
        return published
    head = ministerial_head(text)
    if head:
        raise Unclear(
            f"speaker unclear: a minister's statement ({tx.fold(head.group().strip())!r}), but no one government "
            "is shown as its publisher or named in it"
        )
    release = release_head(text)
    if release:
        raise Unclear(
            f"speaker unclear: a government's release in the third person ({tx.fold(release.group().strip())!r}), "
            "but it is not shown published on that government's own domain"
        )
    raise Unclear(
        "speaker unclear: no state is shown as the speaker (no heading or 'on behalf of' naming one, "
        "and no state speaks of itself in a statement addressed to a chair)"
    )


SPEAKING = re.compile(r"\b(?:honou?r\s+to|address\w*|speak\w*|deliver\w*|tak\w+\s+the\s+floor)\b", re.IGNORECASE)


def _speaks_for_others(text: str) -> bool:
    """Whether the speaker says it speaks "on behalf of" others ("… address this Committee on behalf of the
    Nordic countries, …"), not another delegation's statement it refers to."""
    for match in ON_BEHALF.finditer(text):
        start = _sentence_start(text, match.start(), wrapped=False)
        voiced = ON_BEHALF_VOICE.search(text, start, match.start()) or SPEAKING.search(text, start, match.start())
        if voiced and not ANOTHERS_STATEMENT.search(text, start, match.start()):
            return True
    return False


def _names(states: tuple[str, ...]) -> str:
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


def _sentence_start(text: str, at: int, *, wrapped: bool) -> int:
    """Where the sentence that holds ``at`` starts: after the last full stop, or after the last line break
    (after the last blank line where the text is ``wrapped``, its lines broken inside sentences)."""
    return max(text.rfind(".", 0, at), text.rfind("\n\n" if wrapped else "\n", 0, at)) + 1


def _on_behalf(text: str) -> Speaker | None:
    for match in ON_BEHALF.finditer(text):
        sentence_start = _sentence_start(text, match.start(), wrapped=True)  # a heading's "on behalf of" may wrap
        sentence_end = min(
            end for end in (text.find(".", match.end()), text.find("\n\n", match.end()), len(text)) if end >= 0
        )
        titled = TITLE_OPENING.match(text[sentence_start : match.start()].strip())  # "STATEMENT ON BEHALF OF …"
        voiced = ON_BEHALF_VOICE.search(text, sentence_start, sentence_end) or OWN_HONOUR.search(
            text, sentence_start, sentence_end
        )
        list_line = not (voiced or titled) and _list_line(text, match)
        if not (voiced or titled or list_line):
            continue  # reported speech: someone else spoke on a state's behalf
        if ANOTHERS_STATEMENT.search(text, sentence_start, match.start()):
            continue  # "we align ourselves with the statement delivered on behalf of …": another's words
        if ADDRESSEE_ACT.search(text, sentence_start, match.start()):
            continue  # "we ask you to sign, on behalf of the United States, …": the addressee would act for it
        following = _following_list(text, match)
        if following:
            return following
        phrase = behalf_phrase(match["who"])
        counted = COUNTED.match(phrase)
        listed = _counted_list(counted) if counted else states_only(phrase)
        span = Span(start=match.start(), end=match.end())
        if listed and list_line:
            reader = _heading(text) or _office_named(text)
            if not (reader and set(reader.states) <= set(listed)):
                raise Unclear(
                    f"speaker unclear: a head line reads 'on behalf of' {_names(listed)}, but the statement's reader "
                    "is not shown among them"
                )
            return Speaker(listed, f"a head line reads 'on behalf of' {_names(listed)}, the reader's among them", span)
        if listed:
            return Speaker(listed, f"speaks 'on behalf of' {_names(listed)}", span)
        apposed = _group_and_its_members(phrase)
        mixed = None if apposed else _states_and_groups(phrase)
        if mixed:
            names = ", ".join(gazetteer.voice(key).name for key in mixed[1])
            return Speaker(mixed[0], f"speaks 'on behalf of' {_names(mixed[0])} and {names}", span, groups=mixed[1])
        voice = one_voice(phrase) or apposed
        if voice:
            delegation = (
                _own_country(text, match.start("who"), sentence_end)
                or _reader(text, voice.key)
                or _heading(text)
                or _office_named(text)
            )
            return Speaker(
                (),
                f"speaks 'on behalf of' {voice.name}, a group of states",
                span,
                group=voice.key,
                delivered_by=delegation.states[0] if delegation else None,
                delivered_rule=delegation.rule if delegation else "",
            )
    return None


def _list_line(text: str, on_behalf: re.Match[str]) -> bool:
    """Whether the "on behalf of" is a head line of its own, nothing but the list ("On behalf of China, …, and France"
    under the statement's title)."""
    line_start = text.rfind("\n", 0, on_behalf.start()) + 1
    line_end = text.find("\n", on_behalf.start())
    line = text[line_start : len(text) if line_end < 0 else line_end]
    return (
        on_behalf.start() - line_start == len(line) - len(line.lstrip())
        and on_behalf.end() >= line_start + len(line.rstrip())
        and not line.rstrip().endswith(".")
        and any(start == line_start for start, _ in head_lines(text))
    )


# A list of states under its count, observers after the members: "on behalf of the 34 Member States Algeria, …,
# and Switzerland, as well as the Observer State Holy See".
COUNTED = re.compile(
    r"(?:the\s+)?(?P<count>\d{1,3})\s+(?:Member\s+)?States\s*:?\s+(?P<rest>.+)", re.IGNORECASE | re.DOTALL
)
OBSERVER = re.compile(r",?\s+as\s+well\s+as\s+the\s+(?:non-member\s+)?Observer\s+States?\s+", re.IGNORECASE)


def _counted_list(counted: re.Match[str]) -> tuple[str, ...] | None:
    """The states of a counted list, where as many members as its count are listed (a list that does not add up
    is no list read right), then the observers."""
    members, *observers = OBSERVER.split(counted["rest"], maxsplit=1)
    listed = states_only(members)
    guests = states_only(observers[0]) if observers else ()
    if not listed or guests is None or len(listed) != int(counted["count"]):
        return None
    return tuple(dict.fromkeys(listed + guests))


# What a speaker may speak "on behalf of" that is its own side: "my Government", "the people of Chile".
OWN_SIDE = re.compile(
    r"(?:the\s+)?(?:(?:my|our|this)\s+(?:own\s+)?(?:delegation|government|country|people|minister)"
    r"|(?:government|people|delegation|president|minister)\b"
    r"|(?:la|le|el|mi|ma|notre|nuestra|nuestro)\s+(?:d[ée]l[ée]gation|delegaci[oó]n|gouvernement|gobierno)\b)",
    re.IGNORECASE,
)  # and in French and Spanish: "au nom de la délégation tunisienne", "en nombre de mi Gobierno"


def _unnamed_behalf(text: str) -> str | None:
    """What the speaker says it speaks on behalf of where that is neither states, a known group nor its
    own side ("on behalf of Pacific Island countries", "on behalf of the sponsors"): the phrase, else None."""
    for match in ON_BEHALF.finditer(text):
        sentence_start = _sentence_start(text, match.start(), wrapped=False)
        if not ON_BEHALF_VOICE.search(text, sentence_start, match.start()) and not TITLE_OPENING.match(
            text[sentence_start : match.start()].strip()
        ):
            continue  # reported speech, not the speaker's own words or its title
        if ANOTHERS_STATEMENT.search(text, sentence_start, match.start()):
            continue
        who = re.sub(r"^(?:of\s+)+", "", match["who"].strip(), flags=re.IGNORECASE)  # "on behalf of of …"
        phrase = behalf_phrase(who).strip(" ,")
        if states_only(phrase) or one_voice(phrase) or OWN_SIDE.match(phrase) or gazetteer.find_states_in(phrase):
            continue
        return phrase
    return None


def behalf_phrase(who: str) -> str:
    """What an "on behalf of" names, up to where the list ends ("… Chile and Peru on the draft" -> "… Chile and Peru")."""
    stop = LIST_END.search(who)
    return who[: stop.start()] if stop else who


def _own_country(text: str, start: int, end: int) -> Speaker | None:
    """The delegation that names itself in the group's list: "… on behalf of the Nordic countries: Denmark,
    Iceland, Norway, Sweden and my own country, Finland"."""
    own = MY_OWN_COUNTRY.search(text, start, end)
    named = gazetteer.find_states_in(text[own.end() : own.end() + 60]) if own else []
    if not (own and named and named[0].start == 0):
        return None
    span = Span(start=own.start(), end=own.end() + named[0].end)
    return Speaker((named[0].ref.alpha3,), f"the speaker names its own country: {text[span.start : span.end]!r}", span)


# A state named as the reader just before "on behalf of": "Explanation of Vote delivered by Finland on behalf of
# …", "The Bolivarian Republic of Venezuela has the honor of speaking on behalf of …".
READER = (
    re.compile(r"\b(?:delivered|read|presented)\s+by\s+(?:the\s+)?(?P<state>[^\n]{2,80}?)\s+\Z", re.IGNORECASE),
    re.compile(r"\A\s*(?:the\s+)?(?P<state>[^\n]{2,80}?)\s+has\s+the\s+hono(?:u)?r\s+(?:of|to)\s+\w+\s+\Z", re.I),
)


def _reader(text: str, key: str) -> Speaker | None:
    """The one state the text names as reading the group's statement, just before its "on behalf of"."""
    readers = set()
    for match in ON_BEHALF.finditer(text):
        phrase, reach = behalf_phrase(match["who"]), match["who"][:100]  # "the 120 Member States that make up the NAM"
        groups = {found.ref.key for found in gazetteer.find_groups_in(reach) + gazetteer.find_organisations_in(reach)}
        sentence_start = _sentence_start(text, match.start(), wrapped=False)
        before = next((m for m in (p.search(text[sentence_start : match.start()]) for p in READER) if m), None)
        if not (before and key in groups and not gazetteer.find_states_in(phrase)):
            continue  # "on behalf of" the speaker's group, and of no state
        if ANOTHERS_STATEMENT.search(text, sentence_start, sentence_start + before.start("state")):
            continue  # "we align ourselves with the statement delivered by Egypt on behalf of …"
        named = states_only(before["state"])
        if named and len(named) == 1:
            readers.add((named[0], sentence_start + before.start("state"), match.start()))
    if len({code for code, _, _ in readers}) != 1:
        return None
    code, start, end = min(readers, key=lambda found: found[1])
    return Speaker((code,), f"the statement names its reader: {tx.fold(text[start:end])!r}", Span(start=start, end=end))


def _following_list(text: str, on_behalf: re.Match[str]) -> Speaker | None:
    """The states listed after "on behalf of the following States:", one entry after another (bullets,
    line and page breaks between them), up to the first text that is not an entry; an entry that names
    no state ("Sierra Leona") is kept as unread, never guessed."""
    intro = FOLLOWING.match(text, on_behalf.start("who"))
    if not intro:
        return None
    listed, unread, at = [], [], intro.end()
    for match in gazetteer.find_states_in(text[at : at + 8000]):
        gap = text[at : intro.end() + match.start]
        if not ENTRY_GAP.fullmatch(gap):
            if not UNREAD_ENTRY.fullmatch(gap):
                break
            unread.append(tx.fold(gap.strip(" \t\n,;\u2022\uf0b7")))
        listed.append(match.ref.alpha3)
        at = intro.end() + match.end
    if len(listed) < 2:
        return None
    states = tuple(dict.fromkeys(listed))
    reader = DELIVERED_BY.search(text, 0, on_behalf.start())
    first = gazetteer.find_states_in(text[reader.end() : reader.end() + 60]) if reader else []
    if first and first[0].start == 0 and first[0].ref.alpha3 in states:  # "delivered by Mexico": the voice first
        states = (first[0].ref.alpha3, *(code for code in states if code != first[0].ref.alpha3))
    stated = STATED_COUNT.search(text)
    count = f" of {stated['count']} stated" if stated else ""
    rule = f"speaks 'on behalf of the following States': {len(states)} listed{count}"
    span = Span(start=on_behalf.start(), end=at)
    return Speaker(states, rule + (f"; not states' names: {unread}" if unread else ""), span, unread=tuple(unread))


def _states_and_groups(phrase: str) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """A list of states with a group that speaks for its members among them ("Albania, …, and the
    European Union, and my own country, the United Kingdom"): the states, in order, and the groups;
    None unless every entry is one or the other and two states at least are listed."""
    groups = [(m.start, m.end, m.ref.key) for m in gazetteer.find_groups_in(phrase) if one_voice(m.text)]
    groups += [(m.start, m.end, m.ref.key) for m in gazetteer.find_organisations_in(phrase) if m.ref.speaks_for_members]
    states = [(m.start, m.end, m.ref.alpha3) for m in gazetteer.find_states_in(phrase)]
    position = 0
    for start, end, _key in sorted([*states, *groups]):
        if start < position or not LIST_GLUE.fullmatch(phrase[position:start]):
            return None
        position = end
    if not groups or len(states) < 2 or not LIST_GLUE.fullmatch(phrase[position:]):
        return None
    return tuple(dict.fromkeys(code for _s, _e, code in states)), tuple(dict.fromkeys(key for _s, _e, key in groups))


def _group_and_its_members(phrase: str) -> gazetteer.GroupRef | gazetteer.OrganisationRef | None:
    """The group a phrase names first and then lists members of, in apposition ("the Nordic countries,
    Finland, Iceland, Norway, Sweden and my own country, Denmark"): every state listed is a member; None
    otherwise (a list of states beside a group they are not all members of is no one voice)."""
    ends = [m.end for m in gazetteer.find_groups_in(phrase)] + [m.end for m in gazetteer.find_organisations_in(phrase)]
    first_end = min(ends, default=0)
    voice = one_voice(phrase[:first_end]) if first_end else None
    rest = phrase[first_end:]
    if not (voice and re.match(r"\s*[,:(]", rest)):
        return None
    listed = states_only(rest)
    members = set(voice.members)
    return voice if listed and members and set(listed) <= members else None


def one_voice(phrase: str) -> gazetteer.GroupRef | gazetteer.OrganisationRef | None:
    """The one group of states (or organisation of states) a phrase names, and nothing else ("the
    European Union and its Member States", "the Group of Arab States"); None otherwise."""
    if gazetteer.find_states_in(phrase):
        return None
    names = GROUP_GLUE.sub("", phrase).strip(" ,.")
    return gazetteer.find_voice(names) or gazetteer.find_voice(MEMBERS_OF.sub("", names))


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
        spans.append((match.start(), match.end()))
        if len(spans) >= HEAD_LINES:
            break
    return spans


def _heading(text: str) -> Speaker | None:
    for start, end in head_lines(text):
        line = text[start:end]
        below = text.find("\n", end + 1)  # a Spanish heading may go on to the next line ("… DE LA DELEGACION\nDE …")
        found = _heading_state(line) or _spanish_heading_state(text[start : below if below >= 0 else len(text)])
        if found:
            return Speaker(
                found, f"the heading names {_names(found)}: {tx.fold(line.strip())!r}", Span(start=start, end=end)
            )
    return None


# Words that make a heading's author an organisation of people, not a state: "Statement by the Cluster Munition Coalition".
NON_STATE_AUTHOR = re.compile(
    r"\b(?:Coalition|Campaign|Committee\s+of\s+the\s+Red\s+Cross|Red\s+Cross|Red\s+Crescent|Foundation|Network|"
    r"Association|Society|Institute|Watch|NGOs?|Civil\s+Society|Federation|Union\s+of|Council\s+of\s+Churches)\b",
    re.IGNORECASE,
)


def _heading_voice(text: str) -> Speaker | None:
    """A speech title whose author is a group of states ("Statement by the African Group"): the group speaks,
    no state, wherever the page is published. Unclear where the author is an organisation that is no state
    ("Statement of the International Committee of the Red Cross"): a government's site publishing it does not
    make it that government's."""
    for start, end in head_lines(text):
        line = text[start:end]
        opening = TITLE_OPENING.match(line.lstrip())
        by = HEADING_BY.match(line.lstrip(), opening.end()) if opening else None
        if not by:
            continue
        rest = by["rest"]
        stop = HEADING_STOP.search(rest)
        author = rest[: stop.start()] if stop else rest
        if states_only(author):
            continue
        voice = gazetteer.find_voice(re.sub(r"^the\s+", "", author.strip(), flags=re.IGNORECASE))
        if voice:
            span = Span(start=start, end=end)
            return Speaker(
                (),
                f"the heading names {voice.name}, a group of states: {tx.fold(line.strip())!r}",
                span,
                group=voice.key,
            )
        if NON_STATE_AUTHOR.search(author) or gazetteer.find_organisations_in(author):
            raise Unclear(
                f"speaker unclear: the heading names {tx.fold(author.strip())!r}, which is no state, as the speaker "
                "(a government's site that publishes it does not make it that government's)"
            )
    return None


def _spanish_heading_state(line: str) -> tuple[str, ...] | None:
    """The one state a Spanish heading names as its author's ("Intervención de la Delegación de Chile …",
    "Intervención del Representante Permanente de la República Argentina"), up to the address to the chair."""
    heading = SPANISH_HEADING.match(line)
    if heading is None:
        return None
    rest = heading["rest"]
    if SPANISH_CHAIR_BYLINE.search(rest):
        return None  # "Declaración del Presidente de la Reunión de Estados Partes, Embajador de Chile": the chair's
    stop = re.search(rf"\b{SPANISH_ADDRESS}\s+President|\(|\d{{1,2}}\s+de\s+[a-z]", rest, re.IGNORECASE)
    named = {match.ref.alpha3 for match in gazetteer.find_states_in(rest[: stop.start()] if stop else rest)}
    return (named.pop(),) if len(named) == 1 else None


def _office(text: str) -> Speaker | None:
    """The state a head line names as the speaker's office ("Permanent Representative of Chile",
    "U.S. Permanent Representative"); none where the speaker speaks on someone's behalf."""
    if any(ON_BEHALF_VOICE.search(text[max(0, m.start() - 200) : m.start()]) for m in ON_BEHALF.finditer(text)):
        return None
    return _office_named(text)


def _office_named(text: str) -> Speaker | None:
    """The one state a head line names as the office of the person speaking, "on behalf of" or not."""
    for start, end in head_lines(text):
        line = text[start:end]
        found = set()
        if CHAIR_BYLINE.search(line):
            continue  # the chair speaks as the meeting's presiding officer
        for match in OFFICE_OF.finditer(line):
            if not _byline(line[: match.start()]) or REPORTED_AFTER.search(match["rest"]):
                continue
            stop = HEADING_STOP.search(match["rest"])
            found.add(states_only(match["rest"][: stop.start()] if stop else match["rest"]))
        for match in OFFICE.finditer(line):  # "U.S. Permanent Representative", "the Pakistani Ambassador"
            if REPORTED_AFTER.search(line, match.end()):
                continue
            before = line[: match.start()]
            words = before.split()[-3:]
            for k in range(len(words)):
                phrase = " ".join(words[k:])
                states = states_only(phrase)
                if states:
                    if _byline(before[: before.rfind(phrase)]):
                        found.add(states)
                    break
        found.discard(None)
        if len(found) == 1 and len(next(iter(found)) or ()) == 1:
            states = found.pop() or ()
            return Speaker(
                states,
                f"the head names the speaker's office as {_names(states)}'s: {tx.fold(line.strip())!r}",
                Span(start=start, end=end),
            )
    return None


# A byline whose speaker holds a meeting's chair speaks as its presiding officer, for no state: "Statement by the
# Chair, Ambassador of Mexico", "…, President of the Third Review Conference".
CHAIR_BYLINE = re.compile(
    r"(?<!Mr\.\s)(?<!Mr\s)(?<!Madam\s)(?<!Madame\s)\b(?:Vice-?)?(?:Co-?)?(?:Chair(?:man|person|woman)?|President|Coordinator)"
    r"(?:\s+(?:of|for)\s+the\s+(?:[\w-]+\s+){0,5}?(?:Conference|Meeting|Committee|Assembly|Commission|Session|"
    r"Council|Experts)\b|\s*,|\s*$)",
    re.IGNORECASE,
)
# Words before a heading's "statement by X" that make it the statement answered, not this one: "Right of reply to
# the statement by the delegation of Pakistan", "Response to the statement made by the representative of Israel".
ANSWERED = re.compile(r"\b(?:to|on|regarding|concerning|about|against)\s+(?:the\s+|a\s+|an\s+)?(?:\w+\s+){0,2}$", re.I)


def _byline(before: str) -> bool:
    """Whether an office after ``before`` on its line is the speaker's: the line is a byline. An office
    joined to it ("…, Ambassador and Permanent Representative of …") is the same byline."""
    before = JOINED_OFFICE.sub("", before)
    by = BYLINE_BY.search(before)
    if by:
        return not BYLINE_BREAK.search(by["between"] + " ")
    return bool(BYLINE_NAME.fullmatch(before))


def _heading_state(line: str) -> tuple[str, ...] | None:
    """The state (or the states of a joint heading) a heading line names as the statement's author."""
    letterhead = LETTERHEAD.match(line)
    if letterhead:
        rest = line[letterhead.end() :]
        stop = HEADING_STOP.search(rest)
        states = states_only(rest[: stop.start()] if stop else rest)
        return states if states and len(states) == 1 else None
    for word in HEADING_WORD.finditer(line):
        if ANSWERED.search(line, 0, word.start()):
            continue  # "Right of reply to the statement by …": the statement answered
        before = line[: word.start()].rstrip()
        possessive = re.search(r"(?P<name>[^\s].{0,60}?)['’][sS]$", before)
        if possessive:
            states = states_only(possessive["name"].split(":")[-1])
            if states and len(states) == 1:
                return states
        by = HEADING_BY.match(line, word.end())
        if by:
            rest = re.sub(rf"^{STATE_BODY}", "", by["rest"], flags=re.IGNORECASE)
            joint = _joint_authors(rest)  # before the first comma ends a name: all of a list, never its first
            if joint:
                return joint
            stop = HEADING_STOP.search(rest)
            states = states_only(rest[: stop.start()] if stop else rest)
            if states and len(states) == 1 and not (stop and _list_goes_on(rest, stop)):
                return states
    return None


def _list_goes_on(rest: str, stop: re.Match[str]) -> bool:
    """Whether the comma that ended a heading's first name opens another state's: a list of authors
    that is not read whole ("Ghana, Peru, Norway, the Republic of Korea, some NGOs") is no one's alone."""
    if stop.group().strip() != ",":
        return False
    after = re.sub(r"^\s*(?:and\s+)?(?:the\s+)?", "", rest[stop.end() :], flags=re.IGNORECASE)
    named = gazetteer.find_states_in(after[:80])
    return bool(named) and named[0].start == 0


def _joint_authors(rest: str) -> tuple[str, ...] | None:
    """The states a heading lists as its joint authors, a whole list closed by "and" ("… by the High
    Representatives of Argentina, Australia, … Kenya and the United Kingdom"); None otherwise."""
    stop = LIST_END.search(rest) or JOINT_STOP.search(rest)
    phrase = rest[: stop.start()] if stop else rest
    states = states_only(phrase)
    closed = re.search(r"\s(?:and|&)\s+(?:the\s+)?[^,]+$", phrase, re.IGNORECASE)
    return states if states and len(states) > 1 and closed else None


def _publisher(text: str, address: str | None) -> Speaker | None:
    """The state whose government's website the page is (its banner, in its head, says so, or it
    is published on that government's domain), for a text spoken to a chair in the first person
    that names that state again."""
    if not (addresses_chair(text) and FIRST_PERSON.search(text)):
        return None
    lines = head_lines(text)
    banner = BANNER.search(text, lines[0][0], lines[-1][1]) if lines else None
    if not banner:
        return _published_at(text, address)
    states = states_only(banner["of"] or banner["adjective"])
    if not states or len(states) != 1:
        return None
    if _named_as_itself(text, states[0], banner.end()) is None or _address_names_another(address, states[0]):
        return None
    return Speaker(
        states,
        f"the page is the website of {_names(states)}'s government and names it: {tx.fold(banner.group())!r}",
        Span(start=banner.start(), end=banner.end()),
    )


# Words quoted and credited as a news item does: '"We welcome Sri Lanka," said H.E. …', '…” the Ambassador added'.
REPORTED_QUOTE = re.compile(
    r"[”\"]\s*,?\s*(?:said|says|stated|added|noted|told)\b|[,.]\s*[”\"]\s*(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,4}\s+(?:said|added)\b"
)


# A speaker's office as the subject of a reporting verb: a news item tells what the speaker said, under a heading
# that names the speech ("The minister said Chile supports …", "El canciller dijo que …", "India's envoy told …").
REPORTED_SPEAKER = re.compile(
    r"\b(?:the|his|her|el|la|le|l['’]|[A-Z][\w.-]+['’]s)\s*(?:foreign\s+)?(?:minister|ministr[oa]|ministre|canciller|"
    r"ambassador|embajador[a]?|ambassadeur|envoy|representative|representante|représentant|delegate|spokes(?:man|woman|person)|"
    r"president[ea]?|président)\s+(?:said|says|told|stated|added|noted|dijo|afirmó|declaró|señaló|agregó|añadió|"
    r"a\s+(?:dit|déclaré|affirmé|ajouté))\b",
    re.IGNORECASE,
)


def _mission_site(text: str, address: str | None) -> Speaker | None:
    """The state whose permanent mission's own site publishes a first-person statement spoken to a chair
    or headed as a statement ("Explanation of vote on …"): a mission publishes its own delegation's words."""
    mission = gazetteer.mission_of_address(address) if address else None
    voice = FIRST_PERSON.search(text)
    if mission is None or voice is None or _address_names_another(address, mission):
        return None
    lines = head_lines(text)
    bylines = [
        (start, end) for start, end in lines if not text[start:end].lstrip()[:1].islower()
    ]  # not a wrapped sentence
    if any(CHAIR_BYLINE.search(text, start, end) for start, end in bylines) or REPORTED_QUOTE.search(text):
        return None  # its ambassador presiding a meeting, or a news item quoting someone: not the delegation's words
    if not (any(TITLE_OPENING.match(text, start, end) for start, end in lines) or addresses_chair(text)):
        return None
    return Speaker(
        (mission,),
        f"published on the site of {_names((mission,))}'s permanent mission or delegation ({address}), "
        f"a statement in the first person: {voice.group()!r}",
        Span(start=voice.start(), end=voice.end()),
    )


def _published_at(text: str, address: str | None) -> Speaker | None:
    """The state on whose government's domain the document is published, where the text names it (a
    ministry may host a guest delegation's words)."""
    state = gazetteer.government_of_address(address) if address else None
    named = _named_as_itself(text, state) if state else None
    if state is None or named is None or _address_names_another(address, state):
        return None
    return Speaker(
        (state,),
        f"published on {_names((state,))}'s government domain ({address}), spoken to a chair in the first "
        f"person, and names it: {text[named.start : named.end]!r}",
        Span(start=named.start, end=named.end),
    )


# Words that make a state named in a sentence the one the speaker thanks, congratulates or is hosted by, not itself:
# "My delegation thanks Austria for hosting this conference" on the host government's own site.
THANKED_OR_HOST = re.compile(
    r"\b(?:thank\w*|grat(?:eful|itude)|appreciat\w*|congratulat\w*|commend\w*|compliment\w*|welcom\w*|"
    r"host\w*|hospitality|convening|conven(?:e|ed)|organi[sz](?:ing|ed|ation)|"
    r"agradec\w*|felicit\w*|remerci\w*|f[ée]licit\w*)",
    re.IGNORECASE,
)


def _named_as_itself(text: str, state: str, start: int = 0) -> gazetteer.Match | None:
    """The first place after ``start`` where the text names ``state`` in a sentence that neither thanks,
    congratulates nor hosts anyone: a host government publishing a guest delegation's statement is named only
    as the host ("We thank Austria for convening …"), never as the speaker."""
    spans = tx.sentences(text)
    for match in gazetteer.find_states_in(text):
        if match.ref.alpha3 != state or match.start < start:
            continue
        sentence = next(((s, e) for s, e in spans if s <= match.start < e), (match.start, match.end))
        if not THANKED_OR_HOST.search(text, *sentence):
            return match
    return None


def _sentence_subjects(text: str) -> collections.Counter[str]:
    """How many sentences (or paragraphs) each state opens as their subject ("New Zealand has long supported …",
    "Le Sénégal a ratifié …")."""
    subjects: collections.Counter[str] = collections.Counter()
    starts = {start for start, _ in tx.sentences(text)} | {m.end() for m in re.finditer(r"\n[ \t]*\n", text)}
    for start in sorted(starts):
        sentence = text[start : start + 120]
        lead = re.match(r"[\s\"“‘'(•*-]*(?:(?:el|la|le|les|the)\s+|l['’])?", sentence, re.IGNORECASE)
        first = next(iter(gazetteer.find_states_in(sentence)), None)
        if first and lead and first.start == lead.end() and re.match(r"\s+[a-zà-ÿ]", sentence[first.end :]):
            subjects[first.ref.alpha3] += 1
    return subjects


def _address_names_another(address: str | None, state: str) -> bool:
    """Whether the document's address names another state and not its publisher's ("…/Statements/
    HINW14_Statement_Brazil.pdf" on the host government's site): the page is another delegation's."""
    if not address:
        return False
    path = re.sub(r"^(?:[a-z][a-z0-9+.-]*://)?[^/]*", "", address.strip(), flags=re.IGNORECASE)
    words = re.sub(r"[/_\-.+%?=&#]+|(?<=[a-z])(?=[A-Z])", " ", path)
    named = {match.ref.alpha3 for match in gazetteer.find_states_in(words)}
    return bool(named) and state not in named  # "uk-statement-on-ukraine" is still the UK's own


# The address to the chair on a line of its own: a speech, though it may speak of its state in the third person
# ("Señor Presidente\nArgentina votó a favor … Argentina expresa …").
CHAIR_LINE = re.compile(
    rf"^[ \t]*(?:{SPANISH_ADDRESS}\s+President[ea]|(?:Mr\.?|Madam)\s+(?:President|Chair(?:man|person)?))[ \t]*[,:]?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
# A reply to another delegation: the states it names as subjects are those it answers ("Pakistan continues to …").
RIGHT_OF_REPLY = re.compile(
    r"\bright\s+of\s+reply\b|\bdroit\s+de\s+r[ée]ponse\b|\bderecho\s+(?:a|de)\s+r[ée]plica\b", re.IGNORECASE
)
# In a sentence that opens with a state, words that set the speaker against it: "Pakistan continues to make
# allegations against my country", "Israel rejects every proposal, and we deplore that".
AGAINST_SPEAKER = re.compile(
    r"\bagainst\s+(?:(?:my|our)\s+(?:country|delegation|government|people|nation)|us)\b"
    r"|\b(?:we|I)\s+(?:\w+\s+)?(?:deplore|regret|condemn|reject|commend|welcome|appreciate|thank|oppose|applaud|praise)\s+"
    r"(?:it|that|this|them|those|its|their)\b",
    re.IGNORECASE,
)
# A state the text treats as another party: "the distinguished representative of X", "the allegations made by X",
# "we call upon X to …", "X's baseless allegations".
OTHER_PARTY = tuple(
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        r"\b(?:distinguished\s+(?:representative|delegate|delegation|ambassador)s?\s+of"
        r"|(?:by|from|to|with)\s+the\s+(?:representative|delegation|delegate)s?\s+of)\s+(?P<party>[^,.;:\n]{2,60})",
        r"\b(?:we|I|my\s+delegation)\s+(?:also\s+|strongly\s+|further\s+|therefore\s+)?"
        r"(?:call(?:s)?\s+(?:up)?on|urges?|commends?|congratulates?|rejects?|condemns?|deplores?|invites?)\s+"
        r"(?:the\s+(?:Government|delegation|people|authorities|regime)\s+of\s+)?(?P<party>[^,.;:\n]{2,60})",
        r"\b(?:allegations?|accusations?|claims?)\s+(?:\w+\s+)?by\s+(?:the\s+(?:delegation|representative)\s+of\s+)?"
        r"(?P<party>[^,.;:\n]{2,60})",
    )
)


def _other_parties(text: str) -> set[str]:
    """The states the text names as parties other than its speaker (see ``OTHER_PARTY``)."""
    others = set()
    for pattern in OTHER_PARTY:
        for match in pattern.finditer(text):
            named = gazetteer.find_states_in(match["party"])
            if named and named[0].start <= 4:  # "the Government of Israel", "the DPRK"
                others.add(named[0].ref.alpha3)
    return others


def _self_naming(text: str) -> Speaker | None:
    """The one state that speaks of itself in a first-person text addressed to a chair; not in a sentence that
    sets the speaker against it, not a state the text treats as another party, and in a right of reply only
    where the speaker says "my country, X"."""
    voiced = bool(FIRST_PERSON.search(text))
    if not (addresses_chair(text) and (voiced or CHAIR_LINE.search(text))):
        return None
    reply, others = bool(RIGHT_OF_REPLY.search(text)), _other_parties(text)
    found: dict[str, tuple[int, int, str]] = {}
    sentences: collections.Counter[str] = collections.Counter()
    for start, end in tx.sentences(text):
        sentence = text[start:end]
        lead = re.match(
            r"[\s\"“‘'(•*-]*(?:\d{1,3}(?:\s*[.)])?[\s‐–-]+)*"  # a page's or a paragraph's number: "1\n4.‐ El Ecuador …"
            rf"(?:(?:(?:Mr\.?|Madam|Señor|Señora|Sr\.)\s+(?:President[ea]?|Chair(?:man|person)?)|{FRENCH_ADDRESS})\s*[,:]\s*)?"
            r"(?:(?:however|moreover|furthermore|indeed|finally|lastly|first(?:ly)?|"
            r"second(?:ly)?|in\s+conclusion|in\s+this\s+regard|to\s+conclude|for\s+this\s+reason|"
            r"en\s+(?:tal|este)\s+sentido|asimismo|además|por\s+(?:ello|último)|finalmente|"  # Spanish
            r"par\s+ailleurs|en\s+outre|enfin|dans\s+ce\s+contexte|à\s+cet\s+égard),?\s*)?"  # French
            r"(?:(?:As|Like|Being)\s+(?:an?|one\s+of)\s+[^,.;\n]{1,100},\s*)?",  # "As a small nation with porous borders, …"
            sentence,
            re.IGNORECASE,
        )
        match = SELF_NAMING.match(sentence, lead.end() if lead else 0)
        if match and not reply and not AGAINST_SPEAKER.search(sentence, match.end()):
            states = states_only(match["state"])
            if states and len(states) == 1 and states[0] not in others:
                found.setdefault(states[0], (start, end, tx.fold(sentence[: match.end()].strip())))
                sentences[states[0]] += 1
        for mine in MY_COUNTRY.finditer(sentence):
            states = states_only(mine["state"] or mine["owner"])
            if states and len(states) == 1:
                found.setdefault(states[0], (start, end, tx.fold(mine.group())))
    if len(found) != 1:
        if len(found) > 1:
            raise Unclear(f"speaker unclear: more than one state speaks of itself ({_names(tuple(found))})")
        return None
    ((state, (start, end, words)),) = found.items()
    if not voiced and sentences[state] < 2:
        return None  # a speech in the third person (as Spanish ones may be) names itself twice at least
    return Speaker((state,), f"the state speaks of itself: {words!r}", Span(start=start, end=end))


# A page's lead that introduces the state's own words: "The Netherlands abstained on this resolution and gave the
# following explanation of vote."
INTRODUCED = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))[ \t]*(?P<subject>[^.\n]{2,240}?)\s+(?:(?:also|then)\s+)?(?:gave|delivered|made|read)\s+"
    r"the\s+following\s+(?:explanation\s+of\s+(?:the\s+)?(?:vote|position)|statement|remarks|intervention)\s*[.:]",
    re.IGNORECASE | re.MULTILINE,
)


def _introduced(text: str) -> Speaker | None:
    """The state a page's lead names as the subject that gave the words that follow ("The Netherlands abstained …
    and gave the following explanation of vote."), where the subject opens with the state, names no other state,
    group or organisation, and the words that follow speak in the first person."""
    lead = INTRODUCED.search(text, 0, HEAD_CHARACTERS)
    if lead is None or not FIRST_PERSON.search(text, lead.end(), lead.end() + 800):
        return None
    subject = lead["subject"]
    named = gazetteer.find_states_in(subject)
    article = re.match(r"The\s+", subject)
    if (
        len({m.ref.alpha3 for m in named}) != 1
        or named[0].start != (article.end() if article else 0)
        or gazetteer.find_groups_in(subject)
        or gazetteer.find_organisations_in(subject)
    ):
        return None
    state = named[0].ref.alpha3
    return Speaker(
        (state,),
        f"the page's lead names {_names((state,))} as giving the words that follow: {tx.fold(lead.group().strip())!r}",
        Span(start=lead.start("subject"), end=lead.end()),
    )


def addresses_chair(text: str) -> bool:
    """Whether the text is spoken to a chair ("Mr. Chairman", "Señor Presidente", and in a French text
    "Monsieur le Président" where the text speaks French in the first person or is headed as a speech)."""
    french = FRENCH_CHAIR.search(text)
    return bool(
        CHAIR.search(text)
        or (french and (FRENCH_VOICE.search(text) or FRENCH_SPEECH_HEADING.search(text, 0, french.start())))
    )


def ministerial_head(text: str) -> re.Match[str] | None:
    """The words of the document's head that give a minister of a government as its author."""
    return MINISTERIAL_HEAD.search(text, 0, HEAD_CHARACTERS)


def release_head(text: str, address: str | None = None) -> re.Match[str] | None:
    """The words of the document's head that make it a government's release about itself; a head whose subject is
    an envoy named by a state ("Permanent Representative of X … delivered a statement") only where ``address`` is
    that state's government domain (elsewhere it is anyone's report of the envoy)."""
    head = RELEASE_HEAD.search(text, 0, HEAD_CHARACTERS)
    if head is None or not head["envoy_of"]:
        return head
    home = gazetteer.government_of_address(address) if address else None
    named = {match.ref.alpha3 for match in gazetteer.find_states_in(head["envoy_of"])}
    return head if home and named == {home} else None


def _release(text: str, address: str | None) -> Speaker | None:
    """The government whose own release the document is: its head is a release's, it is published on
    that government's domain (its ``address``), the head names no other state, and the text names it."""
    head = release_head(text, address)
    state = gazetteer.government_of_address(address) if address and head else None
    if head is None or state is None or _address_names_another(address, state):
        return None
    named = {  # a state named as the place of the act is not another state's voice: "… signs … in Oslo, Norway"
        match.ref.alpha3
        for match in gazetteer.find_states_in(head.group())
        if not PLACE_OF_ACT.search(head.group(), 0, match.start)
    }
    if named - {state}:
        return None
    if not any(match.ref.alpha3 == state for match in gazetteer.find_states_in(text)):
        return None
    return Speaker(
        (state,),
        f"a government's own release ({tx.fold(head.group().strip())!r}) published on {_names((state,))}'s "
        f"government domain: {address!r}",
        Span(start=head.start(), end=head.end()),
        third_person=True,
    )


def own_news(text: str, address: str | None) -> str | None:
    """The state whose government's domain (``address``) publishes a news item about it in the third person: the
    state opens two sentences or more as their subject ("Belgium pioneered …", "Belgium remains mobilized …") and
    no other state opens any."""
    state = gazetteer.government_of_address(address) if address else None
    if state is None or _address_names_another(address, state):
        return None
    subjects = _sentence_subjects(text)
    return state if subjects[state] >= 2 and set(subjects) == {state} else None


def _own_news(text: str, address: str | None) -> Speaker | None:
    state = own_news(text, address)
    named = _named_as_itself(text, state) if state else None
    if state is None or named is None:
        return None
    return Speaker(
        (state,),
        f"a news item on {_names((state,))}'s government domain ({address}) whose sentences open with "
        f"{_names((state,))} alone: {text[named.start : named.end]!r}",
        Span(start=named.start, end=named.end),
        third_person=True,
    )


def _minister(text: str, address: str | None) -> Speaker | None:
    """The state whose minister speaks in a first-person statement the head gives as a minister's: the
    government on whose domain it is published (its ``address``, else the address the text gives), or
    the one government it names."""
    head = ministerial_head(text)
    if not head or not FIRST_PERSON.search(text, head.end()):
        return None
    office = tx.fold(head.group().strip())
    opening = max(text.rfind("\n", 0, head.start()) + 1, text.rfind(". ", 0, head.start()) + 2)
    named = {match.ref.alpha3 for match in gazetteer.find_states_in(text[opening : head.end()])}  # whose minister
    published = gazetteer.government_of_address(address) if address else None
    if published and _address_names_another(address, published):
        return None  # another delegation's minister, on the host government's site
    domains: dict[str, tuple[str, Span]] = {}
    if published:
        domains[published] = (address or "", Span(start=head.start(), end=head.end()))
    else:
        for match in URL.finditer(text):
            found = gazetteer.government_of_address(match.group())
            if found:
                domains.setdefault(found, (match.group(), Span(start=match.start(), end=match.end())))
    if len(domains) == 1:
        ((state, (where, span)),) = domains.items()
        if named - {state}:
            return None  # the head names another state's minister
        others = set(_sentence_subjects(text)) - {state} if state not in named else set()
        if others and _named_as_itself(text, state) is None:  # a guest minister's words on the host's domain
            raise Unclear(
                f"speaker unclear: a minister's statement ({office!r}) published on {_names((state,))}'s government "
                f"domain, but the text speaks of {_names(tuple(sorted(others)))} and never of {_names((state,))}"
            )
        return Speaker(
            (state,),
            f"a minister's statement ({office!r}) published on {_names((state,))}'s government domain: {where!r}",
            span,
        )
    if domains:
        return None
    governments: dict[str, re.Match[str]] = {}
    for match in OWN_GOVERNMENT.finditer(text):
        states = states_only(match["of"] or match["adjective"])
        if states and len(states) == 1:
            governments.setdefault(states[0], match)
    if len(governments) != 1:
        return None
    ((state, match),) = governments.items()
    if named - {state}:
        return None
    return Speaker(
        (state,),
        f"a minister's statement ({office!r}) that names one government, {_names((state,))}'s: {match.group()!r}",
        Span(start=match.start(), end=match.end()),
    )
