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
4. to 7., in ``publisher.py``, only when no rule above finds a speaker: where the document is published and what
   a government's own publications look like. The page is on the site of one state's permanent mission or
   delegation ("pakistanmission-un.org", "un.int/suriname/", "ambafrance-uk.org"), which publishes its own
   delegation's words, spoken to a chair or headed as a statement; or a government's own website (its banner, its
   domain) carries a text spoken to a chair that names that state again outside a sentence of thanks or hosting
   (a ministry's site may carry a guest delegation's words). A minister's own statement ("Statement by Mr. X,
   Minister for Foreign Affairs", "Discurso del Ministro de Relaciones Exteriores, …") is the state whose
   government publishes it or the one government it names, never where the text speaks of another state and
   never of its publisher's (a guest minister). A government's release about itself in the third person
   ("Foreign Affairs Minister X today welcomed …") or news item about its own state ("Belgium pioneered …") on its
   own domain is read from the sentences whose subject is the state, its government or its minister.

A heading's speaker is no speaker where the text tells what the speaker said ("the minister said …", "el canciller
dijo …"): that is an account of the statement, unless it is the government's own release on its own domain.

A meeting record (a UN verbatim record, "CD/PV.865") gives each turn under its speaker's name and state ("Ms.
MOHAMED (Kenya):"): where every such turn is one state's, the statement is that state's words in those turns alone
(the chair's words are not); where several delegations speak, it is no one statement and is not read.

A state only named in the text (a sponsor, a state voted on, the subject of a news report, the
addressee of a letter) is never the speaker; when no rule finds one, or two rules disagree,
``Unclear`` says why.
"""

from __future__ import annotations

import collections
import re

from treatykg import gazetteer
from treatykg.errors import Unclear
from treatykg.loaders import publisher
from treatykg.loaders import text as tx
from treatykg.loaders.speech import (
    CHAIR_BYLINE,
    FIRST_PERSON,
    FRENCH_ADDRESS,
    HEAD_CHARACTERS,
    HEADING_WORD,
    LIST_GLUE,
    SPANISH_ADDRESS,
    TITLE_OPENING,
    Speaker,
    addresses_chair,
    head_lines,
    head_units,
    state_names,
    states_only,
)
from treatykg.records import Span

# A Spanish heading that names its author: "INTERVENCIÓN DE LA DELEGACIÓN DE CHILE …", "Intervención del Embajador …
# Viceministro de Relaciones Exteriores de Guatemala", "Discurso del Representante Permanente de la República Argentina";
# its accents lost by a text layer ("INTERVENCION DE LA DELEGACION", "Intervencin") or misread by a scan ("Intervenci6n"),
# its name on the line below
SPANISH_HEADING = re.compile(
    r"\s*(?:\([^)\n]{0,60}\)\s*)?(?:intervenci[oó6]?n|discurso|declaraci[oó6]?n|palabras)\s+del?\s+(?:la\s+)?"
    rf"(?:(?:delegaci[oó6]?n|{tx.SPANISH_ENVOY})\b)?(?P<rest>[^\n]{{0,400}}(?:\n[ \t]*del?\s[^\n]{{0,300}})?)",
    re.IGNORECASE,
)

SPANISH_CHAIR_BYLINE = re.compile(
    r"\b(?:President[ea]|Vicepresident[ea])\s+de\s+(?:la|el)\s+(?:\w+\s+){0,2}?(?:Reuni[oó]n|Conferencia|Asamblea|Comisi[oó]n)",
    re.IGNORECASE,
)
# A French heading that names its author by office: "Déclaration de M. X, Ambassadeur, Représentant permanent de la
# Tunisie auprès des Nations Unies", "Intervention de la délégation du Sénégal"; its accents lost by a scan
# ("Declaration", "Representant"), the state's name in capitals run onto its line by the rendering ("TUNISIE Declaration …");
# also after a date and a forum set off by dashes ("30 octobre 2014 - … - Intervention de …").
FRENCH_HEADING = re.compile(
    r"\s*(?:[^\n]{1,200}?\s[-–—]\s+)?(?:\([^)\n]{0,60}\)\s*)?(?-i:[A-ZÀ-Ý][A-ZÀ-Ý'’ -]{2,40}\s+)?"
    r"(?:d[ée]claration|intervention|discours|allocution)\s+"
    r"(?:(?:prononc[ée]e?|faite?|lue?)\s+par|de|du|des)\s+(?P<rest>[^\n]{0,400})",  # "Intervention prononcée par M. X, …"
    re.IGNORECASE,
)
FRENCH_OFFICE_OF = re.compile(
    r"\b(?:repr[ée]sentant(?:e)?\s+permanent(?:e)?(?:\s+adjoint(?:e)?)?|ambassadeur|ambassadrice|d[ée]l[ée]gation"
    r"|mission\s+permanente|ministre\s+des\s+affaires\s+[ée]trang[èe]res)\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+)"
    r"(?=(?P<rest>[^\n]+))",  # a lookahead: a second office on the line is found too
    re.IGNORECASE,
)
# Where the state's name after a French office ends: "… de la Tunisie auprès des Nations Unies", "… du Sénégal, au nom …"
FRENCH_OFFICE_STOP = re.compile(
    r"\s+(?:aupr[èe]s|à|au|aux|lors|devant|sur|pour|en|dans)\s|[,:;–—(]|\s+(?=\d)|\s+-\s+", re.IGNORECASE
)
FRENCH_CHAIR_BYLINE = re.compile(
    r"\b(?:vice-)?pr[ée]sident(?:e)?\s+(?:de\s+la|du|de\s+l['’])\s*(?:\w+\s+){0,2}?"
    r"(?:r[ée]union|conf[ée]rence|assembl[ée]e|commission|comit[ée]|groupe)",
    re.IGNORECASE,
)
ON_BEHALF = re.compile(
    r"\b(?:on\s+behalf\s+of|(?:en|a)\s+nombre\s+de|au\s+nom\s+de)(?:\s*:)?\s+(?P<who>[^.;:\n]{2,600}"
    r"(?:(?:(?<=\sde)|(?<=\sdel)|(?<=\sof)|(?<=\sthe)|(?<=\sla))\n[^.;:\n]{1,200})?)",
    re.IGNORECASE,
)  # and in Spanish "en nombre de", in French "au nom de"; a list of 25 states runs long; a name broken over two lines
# after its preposition ("en nombre de la República Bolivariana de\nVenezuela") goes on
# Before an "on behalf of", words that make it another delegation's statement the speaker refers to.
ANOTHERS_STATEMENT = re.compile(
    r"\b(?:align|associat|subscrib|endors)\w*\b[^.;]*$"
    # "the statement made by the Minister for Foreign Affairs of Luxembourg on behalf of …"
    r"|\bstatements?\s+(?:\w+\s+){0,3}?(?:delivered|made|read|presented|given)"
    r"(?:\s+(?:by|earlier|yesterday|today|this\s+morning)\b[^.;]{0,120}?)?\s*$"
    r"|['’]s?\s+(?:statement|intervention|speech|remarks)\s*$"  # "what was said in Italy's statement on behalf of …"
    r"|\bwho\s+(?:has\s+|had\s+|will\s+)?(?:spoke|speaks|spoken|speak|delivered|deliver|made|make)\b[^.;]{0,60}$",
    re.IGNORECASE,
)  # "I join my colleague, Minister X of Ireland, who spoke on behalf of the European Union, in …"
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
ROMANCE_ARTICLE = re.compile(r"^(?:l['’]\s*|(?:la|le|les|el|los|las)\s+)", re.IGNORECASE)
# "the fourteen Member States of the Caribbean Community", "the 27 member States of the European Union"
MEMBERS_OF = re.compile(
    r"^(?:the\s+|los\s+)?(?:\w+\s+)?(?:member\s+states|members|member\s+countries|Estados\s+Miembros|miembros)\s+(?:of|de)\s*(?:la\s+)?",
    re.IGNORECASE,
)
# "on behalf of the following States, without prejudice to their own views:" and the list after it.
FOLLOWING = re.compile(
    r"the\s+following\s+(?:\d+\s+)?(?:Member\s+)?(?:States|countries|delegations|Governments)\b[^:.\n]{0,120}:",
    re.IGNORECASE,
)
# "on behalf of the seven members of the New Agenda Coalition: Brazil, …, Sweden and my own country, New Zealand":
# the members of a group with no known membership, listed after a colon (as many as its count, where one is given).
MEMBERS_LISTED = re.compile(
    rf"(?:the\s+)?(?:(?P<count>\d{{1,2}}|{'|'.join(word for word, n in tx.NUMBERS.items() if n > 1)})\s+)?"
    r"(?:member\s+states|members|member\s+countries)\s+of\s+(?P<group>[^:.;\n]{2,80}):",
    re.IGNORECASE,
)
# "on behalf of 70 states:" and the list after it, where the entries (read or not) add up to the count; in Spanish
# too, the list under the line: "a nombre de los 32 países que forman parte del Grupo de los 21 (G-21)" / "Argelia, …"
COUNTED_LIST = re.compile(
    r"(?:the\s+)?(?P<count>\d{1,3})\s+(?:Member\s+)?(?:States|countries)\s*:"
    r"|(?:los\s+)?(?P<conteo>\d{1,3})\s+(?:Estados(?:\s+miembros)?|países)(?:\s+(?:que\s+forman\s+parte|miembros)\s+del?\s+"
    r"[^:\n]{2,80}?)?[ \t]*(?::|\n)",
    re.IGNORECASE,
)
MY_OWN_COUNTRY = re.compile(r"\bmy\s+own\s+country\s*,?\s+(?:the\s+)?", re.IGNORECASE)
# After an "on behalf of" a group or treaty's parties, the states it stands for, the speaker's own last: "…, and as Chair
# of the Pacific Islands Forum, together representing Australia, Cook Islands, …, Vanuatu, and my own country, Fiji"
REPRESENTING = re.compile(
    r",?\s+(?:together\s+)?representing\s+(?P<states>[^.;:\n]+?\bmy\s+own\s+country\s*,?\s+(?:the\s+)?[A-Z][^,.;:\n]{1,60})",
    re.IGNORECASE,
)
DELIVERED_BY = re.compile(r"\b(?:delivered|read|presented)\s+by\s+(?:the\s+)?(?:delegation\s+of\s+)?", re.I)
ENTRY_GAP = re.compile(r"(?:[\W_]|\b(?:and|the|The|y|e|my\s+own\s+country)\b)*")  # bullets, commas, "and", an article
UNREAD_ENTRY = re.compile(
    r"[\W_]*(?:[A-Z][\w'’-]*[ \t]+){0,3}[A-Z][\w'’-]*[\W_]*"
)  # "Sierra Leona": a name, no state's
STATED_COUNT = re.compile(r"\bon\s+behalf\s+of\s+(?P<count>\d{1,3})\s+(?:Member\s+)?(?:States|countries)\b", re.I)
LIST_END = re.compile(
    r"\s+(?:on|to|at|in|during|regarding|concerning|with|who|which|that|for|concernant|sur|sobre|relative)\s+"
    r"|\s+[–—]\s+|\s+(?:today|here)\b"
    r"|,?\s+and\s+(?=(?:would|will|wish|want|shall|should|am|is|are|have|has|also|thus|therefore)\b)"
    r"|,\s+(?=(?!and\b|as\s+well\s+as\b|the\s+[A-Z]|my\s+own\b|[ye]\s+[A-Z]|et\s+[A-Z])[a-z]|(?:I|We)\b)"
)  # ", and the United States", ", y Uruguay", ", et le Chili" go on; ", and would like to …" ends it
STATE_BODY = (
    r"(?:the\s+)?(?:delegations?|governments?|permanent\s+missions?|missions?|permanent\s+representatives?|"
    r"(?:high\s+)?representatives?|(?:foreign\s+)?ministers|ministry\s+of\s+foreign\s+affairs|MFA|embassy)\s+of\s+(?:the\s+)?"
    r"|(?:la\s+|el\s+)?(?:delegación|gobierno|misión\s+permanente)\s+de(?:l\s+|\s+la\s+|\s+los\s+|\s+)"  # Spanish
    r"|(?:la\s+|le\s+)?(?:délégation|gouvernement|mission\s+permanente)\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|d['’]|de\s+)"
)
# Where a heading's list of joint authors ends: "… Kenya and the United Kingdom - 3 June", "… (New York)".
JOINT_STOP = re.compile(r"\s*[:–—(]|\s+(?=\d)|\s+-\s+")
HEADING_BY = re.compile(
    r"\s*(?:(?:delivered|made|given)\s+(?:today\s+|on\s+\d{1,2}\s+[A-Z][a-z]+\s+(?:\d{4}\s+)?)?)?"  # "… delivered today by"
    r"(?:(?:by|of|from|du|de\s+la|de\s+l['’]|de)\s*(?<=\s|['’])|\s*[-–—]\s*(?=[A-Z]))(?P<rest>.+)",
    re.IGNORECASE,
)  # and the French "DECLARATION DU SENEGAL", "Déclaration de la France", and a dash: "Statement-Sri Lanka 13.12.2021"
HEADING_STOP = re.compile(  # where the author's name ends: "… Egypt 73rd Session of …", "… Egypt - Cluster 4"
    r"\s+(?:at|on|to|in|before|during|regarding|concerning|under|for)\s+(?:the\s+)?|[,:–—(]|\s+(?=\d)|\s+-\s+|\s*\*{2,}"
    r"|\s+(?:delivered|made|read|presented|given)\s+by\b",  # "Statement of Sri Lanka delivered by Ambassador …"
    re.IGNORECASE,  # "… Minister for Foreign Affairs of Japan At the Eighth … Meeting"
)
LETTERHEAD = re.compile(  # and in Spanish and French: "MISIÓN PERMANENTE DE MÉXICO", "Mission permanente de la France"
    r"^\s*(?:(?:permanent\s+mission|delegation|embassy|ministry\s+of\s+foreign\s+affairs|government)\s+of\s+(?:the\s+)?"
    r"|(?:misi[oó]n\s+permanente|mission\s+permanente|delegaci[oó]n|d[ée]l[ée]gation|embajada|ambassade)"
    r"\s+(?:de\s+la\s+|de\s+l['’]\s*|del\s+|du\s+|de\s+))",
    re.IGNORECASE,
)
# A letterhead that names its state first: "United Kingdom Permanent Representation to the Conference on Disarmament",
# "Permanent Mission" too, or "Australian Mission to the United Nations"
STATE_FIRST_LETTERHEAD = re.compile(
    r"^\s*(?P<state>[A-Z][^\n,:;]{1,60}?)\s+(?:Permanent\s+)?(?:Mission|Representation|Delegation)\s+(?:to|at)\s+\S",
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
BYLINE_NAME = re.compile(r"\s*(?:[^,\n]{2,80},\s*)?(?:[Tt]he\s+)?")  # "The Permanent Representative of …" too
# A line that goes on, after the office, to tell what the office holder did is a report, not a byline.
REPORTED_AFTER = re.compile(
    r"\b(?:said|says|told|announced|welcomed|stated|noted|added|urged|called|signed|has|have|had|was|were|is|will)\b",
    re.IGNORECASE,
)
# "remains", "stands" and "continues to" say the speaker's own stand only with a stance after them ("Kenya remains
# committed", "stands ready", "continues to support"); of another state they tell what it does ("Israel continues to
# occupy …", "Cyprus remains divided", "South Africa stands with its ally").
SELF_STATUS = (
    r"(?:remains|stands)\s+(?:(?:fully|firmly|deeply|strongly|resolutely|always|still|very|equally|unreservedly)\s+)*"
    r"(?:committed|convinced|confident|determined|ready|prepared|willing|firm(?:ly)?\b|steadfast|faithful|grateful|"
    r"concerned|resolute|unwavering|open|proud|hopeful|optimistic|engaged|dedicated|supportive|attached|opposed|"
    r"of\s+the\s+(?:view|opinion)|united|by|for|behind|shoulder|alongside|in\s+solidarity|with(?!\s+(?:its|their)\b))"
    r"|continues\s+to\s+(?:(?:firmly|strongly|fully|actively)\s+)?(?:support|believe|attach|give|value|call|urge|work|"
    r"contribute|stand|promote|consider|hold|welcome|encourage|favou?r|advocate|pursue|strive|participate|play|"
    r"cooperate|uphold|regard|share|view|oppose|reject|insist|emphasi[sz]e|express|appeal|look|place|be\s+(?:committed|"
    r"convinced|concerned|ready|of\s+the\s+view|deeply|fully|firmly))"
)
SELF_VERBS = (
    r"(?:feels|considers|believes|supports|welcomes|reaffirms|reiterates|extends|congratulates|thanks|joins(?!\s+us\b)|"
    r"aligns|deplores|associates|calls|urges|looks\s+forward|recogni[sz]es|shares|attaches|wishes|would\s+like|"
    r"regrets|notes|takes\s+note|appreciates|acknowledges|emphasi[sz]es|underlines|underscores|stresses|commends|"
    rf"encourages|hopes|agrees|opposes|condemns|rejects|{SELF_STATUS}|is\s+(?:committed|convinced|concerned|pleased|"
    r"proud|ready|determined|of\s+the\s+view|deeply|fully|firmly|strongly|honou?red|grateful)|"
    r"does\s+not\s+(?:support|accept|agree|believe|consider|share)|cannot\s+(?:support|accept|agree)"
    # in Spanish: "Cuba comparte …", "Cuba defiende …", "Cuba no puede apoyar …"
    r"|comparte|defiende|cumple|considera|reitera|reafirma|apoya|respalda|rechaza|condena|saluda|reconoce|subraya|"
    r"lamenta|expresa|mantiene|insiste|insta|exhorta|celebra|continuará|seguirá|no\s+puede\s+apoyar|suscribe|hace\s+suya|"
    r"quisiera|desea|"
    r"se\s+(?:suma|adhiere|asocia)"
    # in French: "La France poursuivra …", "La France salue …"
    r"|salue|soutient|appuie|réaffirme|réitère|considère|estime|regrette|condamne|rejette|partage|reconnaît|souligne|"
    r"continuera|poursuivra|demeure|reste|restera|se\s+félicite|appelle|encourage|exprime|ne\s+peut\s+(?:pas\s+)?soutenir|"
    r"s['’]aligne|s['’]associe|rappelle|souhaite|voudrait|"
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
SPEAKER_POST = r"head\s+of\s+(?:the\s+)?delegation|representative|Permanent\s+Representative|delegation"
MY_COUNTRY = re.compile(
    r"\b(?:my\s+country|representing|my\s+delegation,)\s*,?\s*(?P<state>[A-Z][^,.;\n]{2,60})"
    # the speaker's post in its own words: "As head of the delegation of X, I …", "I speak as the representative of X"
    rf"|(?:^|(?<=[,\n]))\s*As\s+(?:the\s+)?(?:{SPEAKER_POST})\s+of\s+(?:the\s+)?"
    r"(?P<post>[A-Z][\w'’-]*(?:\s+(?:of\s+|and\s+|the\s+)*[A-Z][\w'’-]*)*)(?=,?\s+(?:I|we)\b)"
    r"|\b(?:I|we)\s+(?:am\s+)?(?:speak(?:ing)?|address(?:ing)?\s+(?:you|this\s+\w+)|take\s+the\s+floor)\s+"
    rf"as\s+(?:the\s+)?(?:{SPEAKER_POST})\s+of\s+(?:the\s+)?(?P<spoken_as>[A-Z][^,.;\n]{{2,60}})"
    r"|\bhonou?r\s+for\s+(?P<honoured>[A-Z][^,.;\n]{2,40}?)\s+to\s+(?:address|speak|take)"  # "an honour for X to address …"
    r"|\b(?:I|we|me|us)\b[^.;]{0,40}?\b(?:reaffirm|reiterate|restate|express|convey|extend|explain|assure\s+you\s+of)\s+"
    r"(?:(?:once\s+(?:more|again)|again|also|briefly)\s+)?"  # "reiterate once more Iran's position"
    r"(?P<owner>[A-Z][^.;,'’\n]{1,40})['’]s\s+(?:\w+\s+){0,3}?(?:commitment|support|position|view|appreciation|"
    r"gratitude|thanks|condolences|congratulations|votes?)\b"  # "I take the floor to explain New Zealand's vote"
)


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
    lead = None if found or headed else _lead_speech(text)  # its lead tells what it said: no account, the speech
    reported = REPORTED_SPEAKER.search(text) if headed else None
    if reported and headed and headed.states != (gazetteer.government_of_address(address or ""),):
        raise Unclear(  # on its own government's domain, a release telling what its minister said is its own word
            f"speaker unclear: {headed.rule}, but the text reports what the speaker said ({reported.group()!r}): "
            "an account of the statement, not the statement"
        )
    found = found or headed or lead
    named_self = _self_naming(text)
    if found and named_self and not set(named_self.states) <= set(found.states):
        raise Unclear(f"speaker unclear: {found.rule} but the text speaks as {state_names(named_self.states)}")
    if found:
        return found
    if named_self:
        return named_self
    if _speaks_for_others(text):
        raise Unclear(
            "speaker unclear: the speaker speaks 'on behalf of' others, in words not read as a list of states or "
            "a group; where it is published does not say whose statement it is"
        )
    published = publisher.published_speaker(text, address)
    if published:
        return published
    head = publisher.ministerial_head(text)
    if head:
        raise Unclear(
            f"speaker unclear: a minister's statement ({tx.fold(head.group().strip())!r}), but no one government "
            "is shown as its publisher or named in it"
        )
    release = publisher.release_head(text)
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
    Nordic countries, …"), not another delegation's statement it refers to nor its own side ("au nom de la
    délégation tunisienne", "on behalf of my Government")."""
    for match in ON_BEHALF.finditer(text):
        phrase = behalf_phrase(match["who"]).strip(" ,")
        if OWN_SIDE.match(phrase) and not gazetteer.find_states_in(phrase):
            continue
        start = _sentence_start(text, match.start(), wrapped=False)
        voiced = ON_BEHALF_VOICE.search(text, start, match.start()) or SPEAKING.search(text, start, match.start())
        if voiced and not ANOTHERS_STATEMENT.search(text, start, match.start()):
            return True
    return False


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
        if tx.open_quotation(text, sentence_start, match.start()):
            continue  # a declaration the speaker quotes: '"I, X, declare on behalf of the Government of Egypt …"'
        if ADDRESSEE_ACT.search(text, sentence_start, match.start()):
            continue  # "we ask you to sign, on behalf of the United States, …": the addressee would act for it
        following = _following_list(text, match) or _represented(match)
        if following:
            return following
        phrase = behalf_phrase(match["who"])
        counted = COUNTED.match(phrase)
        listed = _counted_list(counted) if counted else states_only(phrase)
        span = Span(start=match.start(), end=match.end())
        own = _own_state_side(phrase) if voiced and not listed else None
        if own:  # "express on behalf of the people and the Government of Afghanistan our …"
            return Speaker((own,), f"speaks 'on behalf of' {state_names((own,))}'s own government or people", span)
        if listed and list_line:
            reader = _heading(text) or _office_named(text)
            if not (reader and set(reader.states) <= set(listed)):
                raise Unclear(
                    f"speaker unclear: a head line reads 'on behalf of' {state_names(listed)}, but the statement's reader "
                    "is not shown among them"
                )
            return Speaker(
                listed, f"a head line reads 'on behalf of' {state_names(listed)}, the reader's among them", span
            )
        if listed:
            return Speaker(listed, f"speaks 'on behalf of' {state_names(listed)}", span)
        named = _members_after_name(phrase)
        if named:
            return Speaker(
                named[1],
                f"speaks 'on behalf of' {named[0]}, its members listed, the speaker's own country among them: "
                f"{state_names(named[1])}",
                span,
            )
        apposed = _group_and_its_members(phrase)
        mixed = None if apposed else _states_and_groups(phrase)
        if mixed:
            names = ", ".join(gazetteer.voice(key).name for key in mixed[1])
            return Speaker(
                mixed[0], f"speaks 'on behalf of' {state_names(mixed[0])} and {names}", span, groups=mixed[1]
            )
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


# A group's name the reference does not know, then its members: "the New Agenda Coalition, Brazil, …, and my own country
# New Zealand"
NAME_THEN_LIST = re.compile(
    r"\s*(?:the\s+)?(?P<name>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,5})\s*[,:]\s*(?P<list>.+)$", re.S
)


def _members_after_name(phrase: str) -> tuple[str, tuple[str, ...]] | None:
    """A group the reference does not know, named and then listed by its members, the list closed by the speaker's
    own country ("the New Agenda Coalition, Brazil, Egypt, …, and my own country New Zealand"): the name and the
    states; None where the name is a state's or a known group's, an entry names no state or no own country closes it."""
    named = NAME_THEN_LIST.match(phrase)
    if named is None or gazetteer.find_states_in(named["name"]) or one_voice(named["name"]):
        return None
    states = _closed_by_own_country(named["list"])
    return (named["name"], states) if states else None


def _closed_by_own_country(listed: str) -> tuple[str, ...] | None:
    """The states of a list of two or more, every entry a state, closed by the speaker's own country, one of them
    ("A, B, …, and my own country, C"); None otherwise."""
    states = states_only(listed)
    own = MY_OWN_COUNTRY.search(listed)
    if not (states and len(states) > 1 and own):
        return None
    mine = states_only(listed[own.end() :])
    return states if mine and len(mine) == 1 and mine[0] in states else None


def _represented(on_behalf: re.Match[str]) -> Speaker | None:
    """The states an "on behalf of" says it represents, in a whole list closed by the speaker's own country
    ("… together representing A, B, …, and my own country, C"); None where an entry names no state."""
    represented = REPRESENTING.search(on_behalf["who"])
    states = _closed_by_own_country(represented["states"]) if represented else None
    if not states:
        return None
    span = Span(start=on_behalf.start(), end=on_behalf.end())
    return Speaker(
        states, f"speaks 'on behalf of' those it represents, its own country among them: {state_names(states)}", span
    )


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


# A speaker's own government or people, named by its state: "the people and the Government of Afghanistan"
OWN_STATE_SIDE = re.compile(
    r"(?:the\s+)?(?:people|Government|delegation|nation)(?:\s+and\s+(?:the\s+)?(?:people|Government))?\s+of\s+"
    r"(?P<rest>.+)",
    re.IGNORECASE | re.DOTALL,
)
OTHER_STATES_AFTER = re.compile(r"\s*(?:,|and\b|&)\s*(?:the\s+)?[A-Z]")  # "… of Kuwait and Qatar": a list


def _own_state_side(phrase: str) -> str | None:
    """The one state whose government, people or delegation an "on behalf of" names ("the people and the Government
    of Afghanistan"), with no other state after it; else None."""
    own = OWN_STATE_SIDE.match(phrase)
    named = gazetteer.find_states_in(own["rest"]) if own else []
    if not own or not named or named[0].start != 0 or OTHER_STATES_AFTER.match(own["rest"], named[0].end):
        return None
    return named[0].ref.alpha3


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
    """The states listed after "on behalf of the following States:" (or "… of 70 states:", as many entries as
    counted, or "… of the seven members of the New Agenda Coalition:", a group whose members are not known here), one
    entry after another (bullets,
    line and page breaks between them), up to the first text that is not an entry; an entry that names
    no state ("Sierra Leona") is kept as unread, never guessed."""
    intro = FOLLOWING.match(text, on_behalf.start("who"))
    counted = None if intro else COUNTED_LIST.match(text, on_behalf.start("who"))
    members = None if intro or counted else MEMBERS_LISTED.match(text, on_behalf.start("who"))
    if members and one_voice(members["group"]):
        return None  # a known group is read as one voice, its reader apart
    intro = intro or counted or members
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
    if members and members["count"]:
        count = members["count"].lower()
        if len(states) != (int(count) if count.isdigit() else tx.NUMBERS[count]):
            return None  # a list that does not add up is no list read right
    if counted and len(states) + len(unread) != int(counted["count"] or counted["conteo"]):
        return None
    reader = DELIVERED_BY.search(text, 0, on_behalf.start())
    first = gazetteer.find_states_in(text[reader.end() : reader.end() + 60]) if reader else []
    if first and first[0].start == 0 and first[0].ref.alpha3 in states:  # "delivered by Mexico": the voice first
        states = (first[0].ref.alpha3, *(code for code in states if code != first[0].ref.alpha3))
    stated = STATED_COUNT.search(text)
    count = f" of {stated['count']} stated" if stated else ""
    heading = (
        f"the members of {members['group'].strip()}"
        if members
        else f"{counted['count'] or counted['conteo']} States"
        if counted
        else "the following States"
    )
    rule = f"speaks 'on behalf of {heading}': {len(states)} listed{count}"
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
    if not (voice and re.match(r"\s*[,:(]|\s+(?=[A-Z])", rest)):  # also "the Nordic countries Denmark, …"
        return None
    listed = states_only(rest)
    members = set(voice.members)
    return voice if listed and members and set(listed) <= members else None


def one_voice(phrase: str) -> gazetteer.GroupRef | gazetteer.OrganisationRef | None:
    """The one group of states (or organisation of states) a phrase names, and nothing else ("the
    European Union and its Member States", "the Group of Arab States"); None otherwise."""
    if gazetteer.find_states_in(phrase):
        return None
    names = ROMANCE_ARTICLE.sub("", GROUP_GLUE.sub("", phrase).strip(" ,."))  # "l’Union européenne", "la Unión Europea"
    return gazetteer.find_voice(names) or gazetteer.find_voice(MEMBERS_OF.sub("", names))


def _heading(text: str) -> Speaker | None:
    for start, end in head_lines(text):
        line = text[start:end]
        below = text.find("\n", end + 1)  # a Spanish heading may go on to the next line ("… DE LA DELEGACION\nDE …")
        found = (
            _heading_state(line)
            or _spanish_heading_state(text[start : below if below >= 0 else len(text)])
            or _french_heading_state(line)
        )
        if found:
            return Speaker(
                found, f"the heading names {state_names(found)}: {tx.fold(line.strip())!r}", Span(start=start, end=end)
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
        author, _stop = _title_author(by["rest"])
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


def _french_heading_state(line: str) -> tuple[str, ...] | None:
    """The one state a French heading names as its author's office ("Déclaration de M. X, Représentant permanent de
    la Tunisie auprès des Nations Unies"); none for the chair of a meeting or where offices of two states are named."""
    heading = FRENCH_HEADING.match(line)
    if heading is None or FRENCH_CHAIR_BYLINE.search(heading["rest"]):
        return None
    named = set()
    for office in FRENCH_OFFICE_OF.finditer(heading["rest"]):
        stop = FRENCH_OFFICE_STOP.search(office["rest"])
        named.add(states_only(office["rest"][: stop.start()] if stop else office["rest"]))
    return named.pop() if len(named) == 1 and len(next(iter(named)) or ()) == 1 else None


def _office(text: str) -> Speaker | None:
    """The state a head line names as the speaker's office ("Permanent Representative of Chile",
    "U.S. Permanent Representative"); none where the speaker speaks on someone's behalf."""
    for match in ON_BEHALF.finditer(text):
        sentence = _sentence_start(text, match.start(), wrapped=False)
        if ANOTHERS_STATEMENT.search(text, sentence, match.start()):
            continue  # "My delegation also supports the statement made by Cuba on behalf of …": another's words
        if ON_BEHALF_VOICE.search(text[max(0, match.start() - 200) : match.start()]):
            return None
    found = _office_named(text)
    if found and ON_BEHALF.search(text, found.span.start, found.span.end):
        return None  # "… Permanent Representative Of The Republic Of Cameroon On Behalf Of The African Group …": for others
    return found


def _office_named(text: str) -> Speaker | None:
    """The one state a head line names as the office of the person speaking, "on behalf of" or not."""
    for start, end, line in head_units(text):
        found = set()
        if CHAIR_BYLINE.search(line):
            continue  # the chair speaks as the meeting's presiding officer
        for match in OFFICE_OF.finditer(line):
            if not _byline(line[: match.start()]) or REPORTED_AFTER.search(match["rest"]):
                continue
            found.add(states_only(_title_author(match["rest"])[0]))
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
                f"the head names the speaker's office as {state_names(states)}'s: {tx.fold(line.strip())!r}",
                Span(start=start, end=end),
            )
    return None


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
        states = states_only(_title_author(line[letterhead.end() :])[0])
        return states if states and len(states) == 1 else None
    letterhead = STATE_FIRST_LETTERHEAD.match(line)
    states = states_only(letterhead["state"]) if letterhead else None
    if states and len(states) == 1:
        return states
    for word in HEADING_WORD.finditer(line):
        if ANSWERED.search(line, 0, word.start()) or ANOTHERS_STATEMENT.search(line, 0, word.start()):
            continue  # "Right of reply to the statement by …", "X associates itself with the statement made by …"
        before = line[: word.start()].rstrip()
        possessive = re.search(r"(?P<name>[^\s].{0,60}?)['’][sS]$", before)
        if possessive:
            states = states_only(possessive["name"].split(":")[-1])
            if states and len(states) == 1:
                return states
        named = (
            states_only(before) if 0 < len(before) <= 60 else None
        )  # "United States of America EOV - Before the Vote"
        if named and len(named) == 1:
            return named
        by = HEADING_BY.match(line, word.end())
        if by:
            rest = re.sub(rf"^{STATE_BODY}", "", by["rest"], flags=re.IGNORECASE)
            joint = _joint_authors(rest)  # before the first comma ends a name: all of a list, never its first
            if joint:
                return joint
            author, stop = _title_author(rest)
            states = states_only(author)
            if states and len(states) == 1 and not (stop and _list_goes_on(rest, stop)):
                return states
    return None


def _title_author(rest: str) -> tuple[str, re.Match[str] | None]:
    """The author's words of a title, after its "by"/"of" (or a letterhead's "Permanent Mission of"): up to where the
    name ends ("… Egypt at the …", "…, Permanent Representative"), and that end."""
    stop = HEADING_STOP.search(rest)
    return (rest[: stop.start()] if stop else rest), stop


def _list_goes_on(rest: str, stop: re.Match[str]) -> bool:
    """Whether the comma that ended a heading's first name opens another state's: a list of authors
    that is not read whole ("Ghana, Peru, Norway, the Republic of Korea, some NGOs") is no one's alone."""
    if stop.group().strip() != ",":
        return False
    after = re.sub(r"^\s*(?:and\s+)?(?:the\s+)?", "", rest[stop.end() :], flags=re.IGNORECASE)
    named = gazetteer.find_states_in(after[:80])
    return bool(named) and named[0].start == 0


# The office the states of a joint heading hold, after their names or adjectives: "… and Polish Ministers of Defence"
OFFICES_AFTER = re.compile(
    r"\s+(?:(?:Foreign|Defen[cs]e)\s+)?(?:Ministers|Prime\s+Ministers|Presidents|Governments|Delegations"
    r"|Heads\s+of\s+(?:State|Government))\b.*$",
    re.DOTALL,
)


def _joint_authors(rest: str) -> tuple[str, ...] | None:
    """The states a heading lists as its joint authors, a whole list closed by "and" ("… by the High
    Representatives of Argentina, Australia, … Kenya and the United Kingdom"); None otherwise."""
    stop = LIST_END.search(rest) or JOINT_STOP.search(rest)
    phrase = rest[: stop.start()] if stop else rest
    office = OFFICES_AFTER.search(phrase)  # "the Estonian, Latvian, Lithuanian, and Polish Ministers of Defence"
    phrase = phrase[: office.start()] if office else phrase
    states = states_only(phrase)
    closed = re.search(r"\s(?:and|&)\s+(?:the\s+)?[^,]+$", phrase, re.IGNORECASE)
    return states if states and len(states) > 1 and closed else None


# A speaker's office as the subject of a reporting verb: a news item tells what the speaker said, under a heading
# that names the speech ("The minister said Chile supports …", "El canciller dijo que …", "India's envoy told …").
REPORTED_SPEAKER = re.compile(
    r"\b(?:the|his|her|el|la|le|l['’]|[A-Z][\w.-]+['’]s)\s*(?:foreign\s+)?(?:minister|ministr[oa]|ministre|canciller|"
    r"ambassador|embajador[a]?|ambassadeur|envoy|representative|representante|représentant|delegate|spokes(?:man|woman|person)|"
    r"president[ea]?|président)\s+(?:said|says|told|stated|added|noted|dijo|afirmó|declaró|señaló|agregó|añadió|"
    r"a\s+(?:dit|déclaré|affirmé|ajouté))\b",
    re.IGNORECASE,
)


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
HOSTILE_ACTS = (
    r"aggression|occupation|invasion|annexation|atrocities|war\s+crimes|expansionism|intransigence|defiance|"
    r"acts\s+of\s+aggression|aggressive\s+(?:policy|policies|acts)"
)
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
        # the acts of force or defiance the speaker charges another state with: "Israel's occupation of …", "the
        # Israeli aggression", "aggression by South Africa", "the South African regime"
        rf"\b(?P<party>(?-i:[A-Z][\w-]+(?:\s+[A-Z][\w-]+){{0,2}}))(?:['’]s?)?\s+(?:{HOSTILE_ACTS})\b",
        rf"\b(?:{HOSTILE_ACTS})\s+(?:committed\s+|perpetrated\s+)?by\s+(?:the\s+)?(?P<party>[^,.;:\n]{{2,60}})",
        r"\bthe\s+(?P<party>(?-i:[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?))\s+(?:regime|occupiers|occupation\s+forces)\b",
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
    where the speaker says "my country, X". Without the address to a chair, only where the speaker names the state
    as its own in the first person: "I take the floor to explain New Zealand's vote", "I speak as the representative
    of X"."""
    voiced = bool(FIRST_PERSON.search(text))
    addressed = addresses_chair(text) and (voiced or CHAIR_LINE.search(text))
    if not (addressed or voiced):
        return None
    reply, others = bool(RIGHT_OF_REPLY.search(text)), _other_parties(text)
    found: dict[str, tuple[int, int, str]] = {}
    sentences: collections.Counter[str] = collections.Counter()
    for start, end in tx.paragraph_sentences(
        text
    ):  # a heading above "Mr. President," is no part of a sentence below it
        sentence = text[start:end]
        lead = re.match(
            r"[\s\"“‘'(•*-]*(?:\d{1,3}(?:\s*[.)])?[\s‐–-]+)*"  # a page's or a paragraph's number: "1\n4.‐ El Ecuador …"
            rf"(?:(?:(?:Mr\.?|Madam|Señor|Señora|Sr\.)\s+(?:President[ea]?|Chair(?:man|person)?)|{FRENCH_ADDRESS}"
            r"|(?:Your\s+)?Excellenc(?:y|ies))\s*[,:!]\s*)?"
            r"(?:(?:however|moreover|furthermore|indeed|finally|lastly|first(?:ly)?|"
            r"second(?:ly)?|in\s+conclusion|in\s+this\s+regard|to\s+conclude|for\s+this\s+reason|"
            r"en\s+(?:tal|este)\s+sentido|asimismo|además|por\s+(?:ello|último)|finalmente|"  # Spanish
            r"par\s+ailleurs|en\s+outre|enfin|dans\s+ce\s+contexte|à\s+cet\s+égard),?\s*)?"  # French
            r"(?:(?:As|Like|Being)\s+(?:an?|the|one\s+of)\s+[^,.;\n]{1,100},\s*)?",  # "As a small nation with porous borders, …"
            sentence,
            re.IGNORECASE,
        )
        match = SELF_NAMING.match(sentence, lead.end() if lead else 0) if addressed else None
        if match and not reply and not AGAINST_SPEAKER.search(sentence, match.end()):
            states = states_only(match["state"])
            if states and len(states) == 1 and states[0] not in others:
                found.setdefault(states[0], (start, end, tx.fold(sentence[: match.end()].strip())))
                sentences[states[0]] += 1
        for mine in MY_COUNTRY.finditer(sentence):
            if not (addressed or mine["owner"] or mine["spoken_as"]):
                continue
            listed = re.match(r"\s*,\s*(?:and\s+)?(?:the\s+)?(?P<next>[A-Z][^,.;\n]{2,60})", sentence[mine.end() :])
            following = gazetteer.find_states_in(listed["next"]) if listed else []
            if following and following[0].start == 0:
                continue  # "on the initiative of my country, Argentina, Brazil, …": a list, not an apposition
            if listed and mine.group().lower().startswith("representing"):
                continue  # "representing Australia, the Forum Secretariat, …": the first of a list
            states = states_only(
                mine["state"] or mine["owner"] or mine["post"] or mine["spoken_as"] or mine["honoured"]
            )
            if states and len(states) == 1:
                found.setdefault(states[0], (start, end, tx.fold(mine.group())))
    if len(found) != 1:
        if len(found) > 1:
            raise Unclear(f"speaker unclear: more than one state speaks of itself ({state_names(tuple(found))})")
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


# A page's lead naming who gave the speech it then gives whole: "Vietnam's Deputy Prime Minister and Foreign Minister
# Pham Binh Minh on Friday delivered a speech at the UN General Assembly … Following are full audio recording and text
# of the speech."
LEAD_SPEECH = re.compile(
    r"(?:^|(?<=[.!?)]\s)|(?<=\n)|(?<=-\s))[ \t]*(?P<state>[A-Z][\w .’'-]{1,40}?)['’]s?\s+"
    r"(?P<office>(?:Deputy\s+)?(?:Prime\s+Minister|President|Vice[\s-]President|Foreign\s+Minister|"
    r"Minister\s+(?:of|for)\s+Foreign\s+Affairs|Ambassador|Permanent\s+Representative)"
    r"(?:\s+and\s+(?:Foreign\s+Minister|Minister\s+(?:of|for)\s+Foreign\s+Affairs|Permanent\s+Representative))?)"
    r"\s+(?P<person>(?:[A-Z][\w.’'-]+\s+){1,4}?)(?:[^.\n]{0,60}?\s)?(?:delivered|made|gave)\s+(?:a|his|her|the)\s+"
    r"(?:speech|statement|address|remarks)\b[^\n]{0,300}?[.]\s*(?:\n\s*)?"
    r"(?:Following|Below|Here)\s+(?:is|are)\s+(?:the\s+)?(?:full\s+|complete\s+)?(?:audio\s+recording\s+and\s+)?"
    r"(?:full\s+)?text\s+of\s+(?:the|his|her)\s+(?:speech|statement|address|remarks)\b"
)


# A lead that gives the text of a speech and names its speaker by office in the same sentence: "Following is the text
# of the statement made in the First Committee by the Ruritanian Ambassador to the United Nations, Mr. X, on …"
TEXT_LEAD_BY = re.compile(
    r"(?:^|(?<=[.!?)]\s)|(?<=\n))[ \t]*(?:Following|Below)\s+(?:is|are)\s+(?:the\s+)?(?:full\s+)?text\s+of\s+"
    r"(?:the|a)\s+(?:speech|statement|address|remarks|intervention)\b[^.\n]{0,160}?\bby\s+the\s+"
    r"(?P<state>(?-i:[A-Z])[\w.’'-]+(?:\s+(?-i:[A-Z])[\w.’'-]+){0,2}?)\s+"
    r"(?P<office>(?:Deputy\s+)?(?:Prime\s+Minister|Foreign\s+Minister|Minister\s+(?:of|for)\s+Foreign\s+Affairs|"
    r"Ambassador|Permanent\s+Representative|delegation|representative))\b"
    r"(?:[^.\n]|\b(?:Mr|Mrs|Ms|Dr|(?-i:[A-Z]))\.)*(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\b(?-i:[A-Z]))[.](?=\s|$)",  # "Mr. X, C.B.E., on …." is one sentence
    re.IGNORECASE,
)


def _lead_speech(text: str) -> Speaker | None:
    """The state whose office-holder a page's lead shows giving the speech it then gives whole, the speech addressed to
    a chair or spoken in the first person; the lead names that one state and no other."""
    lead = LEAD_SPEECH.search(text, 0, HEAD_CHARACTERS) or TEXT_LEAD_BY.search(text, 0, HEAD_CHARACTERS)
    if lead is None:
        return None
    state = gazetteer.find_state(lead["state"].strip())
    # the text a lead gives whole is all that follows it, the speech a lead tells of what follows it closely
    after = text[lead.end() :] if lead.re is TEXT_LEAD_BY else text[lead.end() : lead.end() + 800]
    named = {m.ref.alpha3 for m in gazetteer.find_states_in(text[lead.start() : lead.end()])}
    if state is None or named != {state.alpha3} or not (addresses_chair(after) or FIRST_PERSON.search(after)):
        return None
    return Speaker(
        (state.alpha3,),
        f"the page's lead shows {state_names((state.alpha3,))}'s {lead['office']} giving the speech that follows: "
        f"{tx.fold(lead.group().split('.')[0].strip())!r}",
        Span(start=lead.start("state"), end=lead.end()),
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
        f"the page's lead names {state_names((state,))} as giving the words that follow: {tx.fold(lead.group().strip())!r}",
        Span(start=lead.start("subject"), end=lead.end()),
    )


# A meeting record's turns: a delegate's name and state ("Ms. MOHAMED (Kenya):", "Mr. Vasiliev (Russian Federation)
# (spoke in Russian):", a line "Ms. Barnes (United States)"), and the chair's ("The PRESIDENT:", "The Acting
# President"), each at a line's start or after a sentence's end, as records run on when extracted.
_TURN_START = r"(?:^|(?<=[.!?:”\"]\s)|(?<=[.!?]\s\s))[ \t]*"
_TURN_END = (  # "(spoke in Russian)", and in the Spanish and French records "(interpretación del inglés)"
    r"(?:\s+\((?:spoke|habló|a\s+parlé|parle|interpretación|interprétation)[^()\n]{0,40}\))?(?:[ \t]*:|[ \t]*$)"
)
DELEGATE_TURN = re.compile(
    _TURN_START
    + r"(?:(?:El|La)\s+)?(?:Mr|Mrs|Ms|Miss|Mme|Sr|Sra|Srta|Sir|Dame|Dr|M)\.?\s+(?:[\w'’.-]+\s+){0,4}?[A-Z][\w'’-]+"
    r"\s+\((?P<who>[^()\n]{2,60})\)" + _TURN_END,
    re.MULTILINE,
)
CHAIR_TURN = re.compile(
    _TURN_START
    + r"(?:The\s+(?:Acting\s+|Temporary\s+)?(?:PRESIDENT|President|CHAIRMAN|Chairman|CHAIRPERSON|Chairperson|Chair)"
    r"|El\s+(?:Presidente|PRESIDENTE)|La\s+(?:Presidenta|PRESIDENTA)|Le\s+(?:Président|PRÉSIDENT)|La\s+Présidente)"
    + _TURN_END,
    re.MULTILINE,
)
# The record's head naming who presides: "President: Mr. Christopher Westdal (Canada)" is no turn
PRESIDING = re.compile(  # and a scan's "President; Mr. X (…)", the one who presides "later: Mr. Y (Netherlands)"
    r"(?:\b(?:President|Chairman|Chairperson|Chair|Président|Presidente|Presidenta)[ \t]*[:;]"
    r"|^[ \t]*(?:[Ll]ater|[Tt]hen|[Ee]nsuite|[Pp]osteriormente|[Mm]ás\s+tarde)[ \t]*:)[ \t]*\Z",
    re.MULTILINE,
)
RECORD_MARK = re.compile(r"/PV\.\s?\d|\bPV\.\d|\b(?:verbatim|summary)\s+record\b", re.IGNORECASE)


# What stands in for another speaker's words: no letter, digit, punctuation or space, so no pattern reads anything in
# it (runs of spaces would make patterns that allow spaces at several places try every way of splitting them)
BLANK = "\x00"


def blanked_outside(text: str, start: int, end: int) -> str:
    """The text with everything outside ``text[start:end]`` replaced by ``BLANK``, offsets kept."""
    return BLANK * start + text[start:end] + BLANK * (len(text) - end)


def is_record(text: str) -> bool:
    """Whether the text is a meeting record: a delegate's turn under the chair's, or under the record's symbol."""
    return _record_turns(text) is not None


def _record_turns(text: str) -> tuple[list[re.Match[str]], list[re.Match[str]]] | None:
    """A meeting record's delegates' turns (not the head's line naming who presides) and the chair's; None where the
    text has no delegate's turn, or neither a chair's turn nor the record's symbol in its head."""
    delegates = [turn for turn in DELEGATE_TURN.finditer(text) if not PRESIDING.search(text, 0, turn.start())]
    chairs = list(CHAIR_TURN.finditer(text))
    if not delegates or not (chairs or RECORD_MARK.search(text, 0, HEAD_CHARACTERS)):
        return None
    return delegates, chairs


def record_speaker(text: str, address: str | None = None) -> tuple[str, Speaker] | None:
    """A meeting record whose delegates' turns are all one state's: (the text with every other turn blanked (``BLANK``),
    offsets kept, the record's head before its first turn left as it is; the state as speaker). None where the text is no
    record; Unclear where several delegations, or a speaker that is no state, take the floor in it, or where the
    turns' words show another voice (the delegate speaking on behalf of a group, or of other states)."""
    turns_found = _record_turns(text)
    if turns_found is None:
        return None
    delegates, chairs = turns_found
    named = {turn["who"].strip(): gazetteer.only_state_named(turn["who"]) for turn in delegates}
    states = set(named.values())
    if len(named) > 1 and len(states) > 1 or None in states:
        raise Unclear(
            f"speaker unclear: a meeting record in which several speak ({', '.join(sorted(named))}): each turn is its "
            "speaker's, and the record is not read as one statement"
        )
    state = states.pop()
    turns = sorted([(m.start(), m.end(), True) for m in delegates] + [(m.start(), m.end(), False) for m in chairs])
    kept = [text[: turns[0][0]]]
    for (start, _, own), (following, _, _) in zip(turns, [*turns[1:], (len(text), 0, False)]):
        piece = text[start:following]
        # another's turn blanked, opening with a paragraph break so no sentence of the state's runs on into it
        kept.append(piece if own else "\n\n"[: len(piece)] + re.sub(r"[^\n]", BLANK, piece[2:]))
    blanked = "".join(kept)
    try:
        found = find_speaker(blanked, address)
    except Unclear:
        found = None
    if found is not None and (found.group or found.states != (state,)):
        raise Unclear(
            f"speaker unclear: a meeting record gives the turn to a delegate of {state_names((state,))}, but {found.rule}"
        )
    if found is None and (ON_BEHALF.search(blanked) or _speaks_for_others(blanked)):
        raise Unclear(
            f"speaker unclear: a meeting record gives the turn to a delegate of {state_names((state,))}, who speaks on behalf of others"
        )
    first = delegates[0]
    voice = found or Speaker(
        (state,),
        f"a meeting record gives the turn to {tx.fold(first.group().strip(' :'))!r}, and every delegate's turn in "
        f"it is {state_names((state,))}'s",
        Span(start=first.start(), end=first.end()),
    )
    return blanked, voice
