"""What a third party reports of a state: its positions, status, practice and votes, in the third person.

Shared by loaders of reports about a state (not a loader itself). A report speaks of the state as
"Pakistan has stated …", "It abstained …", "The country …", "A government official said …", and
quotes the state's words; every claim found here is ``reported``, the quote kept.

A sentence is the state's reported claim only when its subject is the state: after an opening
phrase ("In November 2010, …", "Summary:", "Non-signatory …") the sentence starts with the state's
name (not its adjective: "Russian aircraft" is not Russia), an abbreviation the text gives it
("The United States of America (US)"), "It", "The country", its government or an official of it.
A paragraph that follows one ending with a colon is the state's words quoted at length; there a
first-person subject ("We …") is the state's too. Positions come from ``positions.find_positions``
(the shared lexicon) run over the text with these third-person subjects read as the state's; the
Monitor's own views (impersonal sentences, "The ICBL urged …", "In Pakistan, campaigners …") give none.

A status is also read where the state is the subject of a part of the sentence only: after a heading line the
sentence splitter kept ("MINE BAN POLICY\nMalaysia signed …"), in a past time clause ("When the Republic of Cyprus
signed the Mine Ban Treaty, …") or in a relative clause after the treaty ("the Mine Ban Treaty, which Jordan has
ratified"). Other states get a status only where the grammar gives each its own: a list of states as the subject
("Mali and Tunisia are States Parties to the convention, while Libya is not"), a list after a plural whose relative
clause states it ("member states that are not party to the convention—Greece, Finland and Poland") or a label in the
profile's treaty ("non-signatory Thailand", "Qatar (a State Party)"). A habit of voting ("has abstained on every
resolution since 1997") is a vote on no resolution or year it names; "the decision by Greece, Estonia and Poland to
abstain" is each listed state's vote.

In a profile, the profile's treaty may be named by its common noun alone ("the convention" in a cluster munition
profile, "the treaty" in a mine ban one) where no other treaty was named before it; membership worded as of a body ("not
a member to the CCW") is party status; French subjects may be the state's envoy or an official ("le délégué du Burundi",
"L'Ambassadeur X, chef de la délégation du Cameroun, …"). Where the lexicon reads no stance in the state's sentences, a
verb of saying after the state as the subject ("Ruritania reported that …", "a affirmé que …") still shows it speaking
(stance ``says``, its words unread); so do the co-authors a joint statement of the state lists after "with", and the
states named as the subject of a verb of saying ("Arcadia and Borduria agreed that …"). A second vote of the sentence is
read where the option is said again before another resolution ("…, and for the 1997 Resolution 52/38A"), or the same
vote is said to be a habit ("…, as it has been for similar resolutions in previous years").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from treatykg import gazetteer
from treatykg.loaders import positions
from treatykg.loaders import text as tx
from treatykg.records import (
    PositionMention,
    ReportedPosition,
    ReportedStatus,
    ReportedVote,
    Span,
    StatedParticipationMention,
)

# An opening phrase before a sentence's subject: "In 2010, …", "However, …", "Describing the violence, …"
# (any participle).
OPENING = re.compile(
    r"(?:(?:Summary|Key\s+developments?(?:\s+since\s+[\w ]{1,20}?)?|(?:Hechos|Desarrollos)\s+claves?(?:\s+desde\s+[\w ]{1,20}?)?):\s*)?(?:(?:(?i:In|On|At|As|By|During|When|Speaking|Explaining|Introducing|Since|From|After|Before|Until|Just\s+as|Previously|However|Also|Subsequently|Again|"
    r"Most\s+recently|Yet|Instead|Moreover|Furthermore|Later|Then|Earlier|Similarly|Nevertheless|Thus|Therefore|Notably|"
    r"Additionally|Meanwhile|While|Whilst|Although|Though|Despite|Notwithstanding|Following|Upon|Prior\s+to|Noting|Stressing|Recalling|Welcoming|Reaffirming|Regretting|"
    r"Expressing|Calling|Turning|Referring|Responding|Echoing|Agreeing|Highlighting|Underscoring|Emphasi[sz]ing|"
    r"En|Con|Tras|Durante|Además|Asimismo|Según|Antes|Después|Finalmente|El(?=\s+\d)|"  # and the Spanish openers
    r"À|A(?=\s+la\b|\s+l['’])|Au|Aux|Lors|Selon|Depuis|Après|Avant|Pendant|Cependant|Toutefois|Le(?=\s+\d))\b"  # French
    r"|[A-Z][a-z]{2,}ing\b)[^,.;:\n]{0,150},\s*"
    # a full date opens the sentence without a comma: "On 21 July 2000 Ruritania became …"
    rf"|(?:On|In)\s+\d{{1,2}}\s+{tx.MONTH_NAMES}\s+(?:19|20)\d\d\s+(?=[A-Z]))*(?:(?:Non-signatory|Signatory|State\s+Party|States?\s+not\s+party|"
    r"Non-State\s+Party)\s+)?"
)
PRONOUN = re.compile(
    r"(?:[Ii]t|[Tt]he\s+country|The\s+government|Its\s+government|Its\s+delegation|Its\s+representatives?)\b"
)
# In Spanish, the state's envoy or minister as the subject: "El embajador y Representante Permanente de Panamá …"
OFFICIAL_ES = re.compile(
    rf"(?:El|La|el|la)\s+(?:Gobierno|{tx.SPANISH_ENVOY}(?:\s+de\s+Relaciones\s+Exteriores)?)"
    r"(?:\s+y\s+(?:representante\s+permanente|embajador(?:a)?))?\b",
    re.IGNORECASE,
)
# In French, the state's envoy or an official as the subject: "le délégué du Burundi", "un responsable du Ministère des
# affaires étrangères" (the profiled state's ministry), "L'Ambassadeur X, chef de la délégation du Cameroun, …"
OFFICIAL_FR = re.compile(
    r"(?:(?:[Ll]e|[Ll]a|[Uu]n|[Uu]ne)\s+|[Ll]['’]\s*)(?:délégu[ée]e?|délégation|représentante?|ministre|ambassadeur|"
    r"ambassadrice|gouvernement|porte-parole|responsable|fonctionnaire)\b"
)
OF_FR = re.compile(r"\s+(?:du|de\s+la|de\s+l['’]\s*|d['’]\s*|des|de)\s*")
# the state's ministry, unnamed, after "un responsable du …": "Ministère des affaires étrangères"
MINISTRY_FR = re.compile(
    r"(?:[Mm]inistère|[Gg]ouvernement)\b(?:\s+(?:des|du|de\s+la|de\s+l['’])\s*[a-zé][\w ]{2,30}?)?"
    r"(?=\s+(?:a|avait|s['’]est)\s)"
)
NAMED_OFFICIAL_FR = re.compile(
    r"(?:L['’]\s*)?(?:(?:Ambassadeur|Ambassadrice|Ministre|Président|M\.|Mme)\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}"
    r"[A-Z][\w'’.-]*,\s+(?:chef\s+de\s+(?:la\s+)?délégation|ambassadeur|ambassadrice|représentante?\s+permanente?|"
    r"ministre(?:\s+des\s+affaires\s+étrangères)?)\s+(?:du|de\s+la|de\s+l['’]|d['’]|de)\s*"
)
OFFICIAL = re.compile(
    r"(?:(?:A|An|The|Then|Its|Senior)\s+)*(?:senior\s+)?(?:(?:government|ministry|foreign\s+ministry|defen[cs]e\s+ministry|"
    r"military|federal)\s+)?(?:officials?|representatives?|spokesperson|delegat(?:e|ion)|ambassador|(?:Prime\s+|Foreign\s+(?:Affairs\s+)?|"
    r"Defen[cs]e\s+)?Minist(?:er|ry)(?:\s+(?:for|of)\s+[A-Z][\w ]{0,60}?)?)\b(?-i:(?:\s+[A-Z][a-z'’-]+){0,3}(?=\s+[a-z]))?",
    re.IGNORECASE,
)
# A named envoy or minister of the state as the subject, the post in apposition: "H.E. Mr. Mari AMANO, Ambassador,
# Permanent Representative of Japan to the Conference on Disarmament, signed …" (the state's name follows "of").
NAMED_OFFICIAL = re.compile(
    r"(?:H\.\s?E\.\s+)?(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*,\s+"
    r"(?:Ambassador,\s+)?(?:Deputy\s+)?(?:Permanent\s+Representative|Ambassador|(?:Foreign\s+)?Minister"
    r"(?:\s+(?:for|of)\s+Foreign\s+Affairs)?|President|Prime\s+Minister)\s+of\s+(?:the\s+)?"
)
APPOSITION_END = re.compile(r"(?:\s+(?:to|at|in)\s+[^,;.\n]{1,80})?,\s*(?=[a-z])")  # "… to the CD, signed"
POSSESSIVE = re.compile(
    r"\s*[’']s\s+(?:[A-Z][\w-]*\s+){0,6}?(?:government|delegation|delegates?|representatives?|officials?|ambassador|"
    r"minister|ministry|president|prime\s+minister)\b",
    re.IGNORECASE,
)
ABBREVIATION = re.compile(r"\s*\((?P<abbr>[A-Z]{2,4})\)")
# In a delegate's turn of a meeting's summary, the delegate as the subject: "He said …", "Her Government …".
DELEGATE_PRONOUN = re.compile(r"(?:He|She|(?:His|Her)\s+(?:delegation|Government|country))\b")
# A verb of saying right after the state as the subject, where the lexicon reads no stance in what it says: "In 2011,
# Ruritania reported that …", "it stated that it “shares …”", "le délégué du Burundi a affirmé que …". The report
# tells that the state spoke (stance ``says``), nothing read into its words.
SAYING = re.compile(
    r"(?:(?:has|had)\s+)?(?:(?:also|again|repeatedly|publicly|formally|further|later)\s+)?"
    r"(?:stated|said|declared|reported|indicated|announced|affirmed|reaffirmed|explained|maintained|argued|claimed|"
    r"expressed\s+(?:its|the\s+government['’]s)\s+(?:view|position|belief)|told\s+(?:the\s+)?(?:Landmine\s+|Cluster\s+"
    r"Munition\s+)?Monitor)\b(?=\s*(?:that\b|[,:]?\s*[“\"]|it\b|its\b|the\b))"
    # in French and Spanish: "a affirmé que", "a réaffirmé l'appui du gouvernement", "affirme n'en avoir jamais …"
    r"|(?:(?:a|avait)\s+(?:\w+ment\s+)?)?(?:affirmé|réaffirmé|déclaré|annoncé|indiqué|souligné)\b"
    r"|\b(?:affirme|déclare)\s+(?=qu|n['’]|ne\b)"
    r"|s['’](?:est|était)\s+(?:\w+ment\s+)?opposée?\s+à"
    r"|(?:anunció|declaró|afirmó|reiteró|manifestó|ha\s+declarado|ha\s+afirmado)\s+(?=que\b)"
)
# A joint statement of the state and others it lists: "Ruritania endorsed a joint statement with three other member
# states that are not party to the convention—Arcadia, Borduria and Syldavia—that …" (each listed state its co-author)
JOINT_WITH = re.compile(
    r"\b(?:endorsed|delivered|made|issued|signed|co-signed|joined|read|presented)\s+(?:a|the)\s+joint\s+"
    r"(?:statement|declaration|letter|explanation\s+of\s+vote)\s+with\s+(?P<head>[^,;.:“”\"—–]{0,120}?(?:\s*[—–]\s*|:\s*))?"
)
# The verb of saying right after a state's name (or a list of them) as the subject: "Arcadia stated that …"
SAID_AFTER = re.compile(
    r"\s+(?:(?:also|again|jointly|publicly)\s+)?(?P<verb>stated|said|declared|agreed|announced|affirmed|reaffirmed)"
    r"\s+(?=that\b|[“\"])"
)
NEGATION_FR = re.compile(r"\b(?:pas|jamais|plus|ne|nunca)\b")  # "n'a pas déclaré", "no ha declarado nunca"
SAYING_BEFORE = re.compile(r"^[^;:“”\"]{0,80}$")  # the verb in the subject's clause, not after a quote or a colon
FIRST_PERSON = re.compile(r"(?:We|Our|My\s+(?:delegation|government|country))\b")
# A third-person subject, rewritten (same length) so the positions lexicon reads it as the speaker.
IT_VERB = re.compile(
    r"\bIt(?=\s+(?:has|have|had|said|says|stated|states|voted|abstained|attended|participated|did|does|also|again|last|"
    r"considers|regards|views|sees|supports|opposes|acknowledged|acknowledges|expressed|reiterated|repeated|argued|"
    r"described|told|informed|called|welcomed|rejected|rejects|remains|insists|believes|conceded|"
    r"(?:is|was)\s+(?:not\s+(?:yet\s+)?)?(?:an?\s+)?(?:State\s+|High\s+Contracting\s+)?(?:party|signatory))\b)"
)  # "It is party to the CCW", not "It is important"
THE_COUNTRY = re.compile(r"\b[Tt]he country(?=\s)")
# Other voters named beside the state's vote: "it voted, along with Zimbabwe, against …".
ALONG_WITH = re.compile(
    r"\b(?:along|together)\s+with\s+(?P<who>[^,.;()]{2,120}?)\s*(?=,|\bagainst\b|\bin\s+favou?r\b|\bto\s+abstain\b)"
)
HEDGE = re.compile(
    r"\b(?:likely|apparently|reportedly|allegedly|alleged|may|might|possibly|probably|believed|suspected|"
    r"unclear|unconfirmed|thought\s+to|would\s+have)\b",  # "would have abstained if a vote had been held"
    re.IGNORECASE,
)
NEGATION = re.compile(r"\b(?:not|never|no\s+longer|no)\b|n[’']t\b", re.IGNORECASE)
WEAPONS = re.compile(
    r"\b(?:cluster\s+munitions?|cluster\s+bombs?|submunitions?|(?:antipersonnel|anti-personnel)\s+(?:land)?mines?|"
    r"landmines?|mines|APMs?|them)\b",
    re.IGNORECASE,
)
# The Monitor's practice words: what the state does, as the report words it (topic notations).
PRACTICE = (
    (
        "production",
        re.compile(r"\b(?:produces?|produced|producing|manufactures?|manufactured|producer|manufacturer)\b", re.I),
    ),
    ("stockpile", re.compile(r"\b(?:stockpiles?|stockpiled|stockpiler|possesses|stocks\s+of)\b", re.I)),
    (
        "transfer",
        re.compile(r"\b(?:exports?|exported|exporter|importer|imports?|imported|transfers?|transferred)\b", re.I),
    ),
    ("own-use", re.compile(r"\b(?:used|uses)\b", re.I)),
)
# A vote the sentence reports of its subject: "abstained on …", "voted against …", "was one of 23 countries
# to abstain from voting on Resolution 57/74".
VOTE = re.compile(
    r"\b(?P<option>abstained|abstaining|(?:vot(?:ed|ing)|did\s+vote)(?:,\s*(?:along|together)\s+with\s+[^,.;]{2,80},)?\s+"
    r"(?:in\s+favou?r|in\s+support|for|against|yes|no)"
    r"|did\s+not\s+vote(?!\s+(?:in\s+favou?r|in\s+support|for|against|yes|no)\b)"  # not "did not vote for"
    # in French: "a voté en faveur de la résolution 57/74", "s'est abstenu", "a voté contre"
    r"|(?:a|avait)\s+voté\s+(?:en\s+faveur|pour|contre)|s['’](?:est|était)\s+abstenue?"
    # absent from a vote, not from a meeting: "was absent from the Dublin negotiations" is no vote
    r"|was\s+absent(?=\s+(?:from|during|for|at|on)\s+(?:[\w()/.-]+\s+){0,4}?(?:vote|voting|resolution)\b|\s*[,.;])"
    r"|(?:(?:one\s+of|among)\s+(?:the\s+)?\d{1,3}\s+(?:countries|states|nations)|the\s+only\s+(?:country|state(?:\s+party)?|nation))"
    r"\s+(?:that\s+|which\s+|to\s+)"
    r"(?:abstain(?:ed)?|vot(?:ed?)\s+(?:against|in\s+favou?r|for)))\b"
    r"(?P<rest>(?:[^.;]|\.(?=\w)){0,200})",  # a symbol's dots do not end it: "A/C.1/53/L.33"
    re.IGNORECASE,
)
RESOLUTION = re.compile(
    r"\b(?:Resolutions?|[Rr]ésolutions?)\s+(?:(?P<number>\d{2})/(?P<item>\d{1,3})(?P<letter>\s?[A-Z](?![a-z]))?"
    r"|(?P<draft>A/C\.1/\d{2,3}/L\.\d{1,3}(?:/Rev\.\d)?))"  # the First Committee's draft: "Resolution A/C.1/53/L.33"
)
OPTIONS = (
    ("abstain", re.compile(r"abstain|abstenu", re.I)),
    ("no", re.compile(r"against|\bno\b|\bcontre\b", re.I)),
    ("yes", re.compile(r"favou?r|faveur|support|\bfor\b|\byes\b|\bpour\b", re.I)),
    ("non-voting", re.compile(r"did\s+not\s+vote|absent", re.I)),
)
# The one vote a sentence names by its year, habit or not: "abstained on the 1999 UN General Assembly vote
# …, as it had in previous years".
ONE_VOTE = re.compile(
    r"\s*on\s+the\s+(?:19|20)\d\d\s+(?:UN\s+|United\s+Nations\s+)?(?:General\s+Assembly\s+|UNGA\s+)?(?:vote|resolution)\b",
    re.IGNORECASE,
)
HABITUAL = re.compile(  # "the annual resolution" is the one of a year: "voted for the annual resolution in 2020"
    r"\b(?:every|each|all|consecutive|since|previous|similar)\b[^.;]{0,40}\b(?:resolutions?|years?)\b|"
    r"\bannual\b[^.;]{0,40}\bresolutions\b|"
    r"\bhas\s+(?:abstained|voted)\b",
    re.IGNORECASE,
)
# A habit of voting that names its last vote: "…, most recently in December 2019", the one vote the sentence dates
MOST_RECENTLY = re.compile(
    rf"\bmost\s+recently\s+(?:in|on)\s+(?:\d{{1,2}}\s+)?(?:{tx.MONTH_NAMES}\s+)?(?P<year>(?:19|20)\d\d)\b"
)
CITED = re.compile(
    r"\b(?:in\s+(?:a|an|its)\s+(?:\d{4}\s+)?(?:letter|note\s+verbale|email|response|interview|statement|address|"
    r"remarks|presentation|submission)\s+(?:to|with|at|before)\s+[^,.;:“”\"]{3,90}?(?=\s+(?:that|which|who)\b|[,.;:“”\"]|$)|"
    r"(?:told|informed)\s+(?:the\s+)?(?:Landmine\s+|Cluster\s+Munition\s+)?Monitor\b|"
    r"(?:told|informed)\s+(?:the\s+)?(?:UNGA|UN\s+General\s+Assembly|First\s+Committee|States\s+Parties)\b|"
    r"statement\s+(?:at|to|delivered\s+at)\s+the\s+[^,.;:“”\"]{3,90}?(?=\s+(?:that|which|who)\b|[,.;:“”\"]|$))",
    re.IGNORECASE,
)
VOTING_RECORD = re.compile(
    r"\b(?:UNGA|UN\s+General\s+Assembly(?:\s+\(UNGA\))?)\s+voting\s+record[ \t]*\n\s*(?P<line>[^\n]+)", re.IGNORECASE
)  # an overview table's row: "Pro-mine ban UN General Assembly (UNGA) voting record / Abstained on Resolution 68/30 …"
# What may stand before a sentence's subject on lines of their own, which the sentence splitter kept with it: a heading
# ("Mine Ban Policy", "MINE BAN POLICY") or a sentence ended before a line break ("… was approved. |"); a status is
# read in the sentence after them.
LINES_BEFORE = re.compile(
    r"(?:[^\n]*[.!?|][ \t]*\n|(?:[A-Z][\w’'-]*|of|and|the|on|for|in)(?:[ \t]+(?:[A-Z][\w’'-]*|of|and|the|on|for|in)){0,7}"
    r"[ \t]*\n)+"
)
# A past act of the state in a time clause that opens the sentence: "When the Republic of Cyprus signed the Mine
# Ban Treaty on 4 December 1997, its delegate said …" (the clause's subject is the state; not "Once …", "If …").
TIME_CLAUSE = re.compile(r"(?:When|After)\s+(?=[^,;.]{0,200}?\b(?:signed|ratified|acceded|joined|became)\b)")
# A relative clause whose subject is the state, its antecedent the treaty right before: "… special envoy for the Mine Ban
# Treaty, which Jordan has ratified, …" (whoever the sentence's subject is)
RELATIVE_STATUS = re.compile(r",\s*(?:which|that)\s+(?=(?:the\s+)?[A-Z])")
RELATIVE_VERB = re.compile(
    r"\s+(?:has|had)\s+(?:(?:not|never)\s+(?:yet\s+)?)?(?:signed|ratified|acceded\s+to|joined)\b"
)
FUTURE = re.compile(r"\b(?:will|would|shall|should|could|may|might|signs|ratifies|accedes|joins|becomes)\b", re.I)
# The subject's vote named by "its" in the phrase opening the sentence: "In explaining its decision to abstain on …,"
OWN_DECISION = re.compile(
    r"\bits\s+decision\s+to\s+(?P<option>abstain|vote\s+(?:against|in\s+favou?r|for))\b(?P<rest>(?:[^.;]|\.(?=\w)){0,200})",
    re.IGNORECASE,
)
# A second vote of the subject in the same sentence, after the first: "…, but had voted in favor of … in 1997"
NEXT_VOTE = re.compile(
    r",?\s+(?:but|and|while)\s+(?=(?:it\s+)?(?:had\s+|has\s+)?(?:also\s+)?(?:abstained|voted)\b)"
    # "…, after being the only State Party to abstain on similar resolutions", "…, after having voted against …"
    r"|,?\s+after\s+(?:being|having)\s+(?=(?:the\s+only|one\s+of|among|abstained|voted)\b)"
)
# The same vote on a second resolution the sentence names after the first: "voted for Resolution 51/45S …, and for
# the 1997 UNGA Resolution 52/38A" (the option given again before the resolution)
AND_ALSO_ON = re.compile(
    r",?\s+and\s+(?:also\s+)?(?P<option>for|against|in\s+favou?r\s+of)\s+(?=(?:the\s+)?(?:(?:19|20)\d\d\s+)?"
    r"(?:UNGA\s+|UN\s+General\s+Assembly\s+|United\s+Nations\s+General\s+Assembly\s+)?Resolution\s+\d)"
    r"(?P<rest>(?:[^.;,]|\.(?=\w)){0,120})",
    re.IGNORECASE,
)
# The same vote as the state's habit, said after it: "It was absent from the vote on Resolution 58/53 …, as it has
# been for similar resolutions in previous years" (votes on no resolution or year it names)
AS_BEFORE = re.compile(
    r",?\s+as\s+it\s+(?:has|had)\s+(?:been|done)\s+(?:for|on|in|with)\s+(?:the\s+)?"
    r"(?:similar|previous|earlier|past|all|every)\b[^.;]{0,40}\bresolutions\b"
)
# A vote named as the states' decision, the states named after "by": "the decision by Greece, Estonia and Poland to
# abstain from the resolution" (each of them voted so; every name in the list a state's)
DECISION_BY = re.compile(
    r"\bdecision\s+by\s+(?P<who>[^.;:“”\"]{2,200}?)\s+to\s+(?P<option>abstain|vote\s+(?:against|in\s+favou?r\s+of|for))\b"
)
PROSPECT_BEFORE = re.compile(
    r"\b(?:not|never|no|possible|potential|planned|expected|future|would|will|could|may|might|any)\b", re.I
)  # "a possible decision by Ruritania to abstain": none taken
LIST_GLUE = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")
# Other states named with their status in the profile's treaty: a label before the name ("non-signatory Thailand",
# not "CCW non-signatory …") or set beside it in brackets ("Qatar (a State Party)")
LABEL_BEFORE = re.compile(
    r"(?<![\w-])(?P<label>[Nn]on-signatory|[Ss]ignatory|State\s+Party|[Nn]on-State\s+Party)\s+(?=[A-Z])"
)
TREATY_BEFORE_LABEL = re.compile(r"(?:\b[A-Z]{2,6}|Treaty|Convention|Protocol|[’']s)\s*$")
LABEL_AFTER = re.compile(  # or in apposition: "… and the United States, a non-signatory, as …"
    r"\s*(?:\(|,(?=\s))\s*an?\s+(?P<label>State\s+Party|non-signatory|signatory|non-State\s+Party)\s*(?:\)|,|(?=[.;]))",
    re.I,
)
LABELS = {
    "non-signatory": "non-party",
    "signatory": "signatory",
    "state party": "party",
    "non-state party": "non-party",
}
# A list of states as the subject, maybe after what they are to the profile's state ("Algeria’s direct neighbors Mali
# and Tunisia are States Parties …"), and a state left out of their status after it ("…, while Libya is not.")
LIST_HEAD = re.compile(r"(?:[A-Z][\w’'-]*[’']s\s+(?:[a-z]+\s+){0,2}(?:neighbou?rs|allies|partners)\s+)?")
WHILE_NOT = re.compile(r",?\s+(?:while|whereas|but)\s+(?=\S)")
ELLIPSIS_NOT = re.compile(r"\s+(?:is|was|has|have)\s+not(?:\s+yet)?\s*(?:[.;]|\[\d|$)")
# States listed after a plural noun whose relative clause gives their status: "four other member states that are not
# party to the convention—Greece, Finland, Poland, and Romania"
PLURAL_RELATIVE = re.compile(r"\b(?:states|countries|nations)\s+(?:that|which)\s+(?=(?:are|have)\s)", re.I)
NO_STATE = "XXX"  # the code a list of states is read under: not any state's
# Membership of a treaty, worded as of a body: "Ruritania is not a member to the Convention on Conventional Weapons (CCW)"
# (read as "party", same length, where a treaty's name follows)
MEMBER_OF = re.compile(r"\b(?:a\s+)?(?P<member>member\s+(?:to|of))\s+(?:the\s+)?(?=[A-Z])")
# A profile's treaty named by its common noun alone, as the Monitor names it after its title: "the convention" in a
# cluster munition profile, "the treaty" in a mine ban one ("The Philippines ratified the convention on 3 January 2019")
# (not a title's start: "the convention on the prohibition of …")
_NOT_TITLE = r"\b(?!\s+(?:on|for|of|to\s+ban)\s+(?:the\s+)?[A-Za-z])"
PROFILE_ANAPHOR = {
    "ccm": re.compile(rf"\bthe\s+convention{_NOT_TITLE}"),
    "apmbc": re.compile(rf"\bthe\s+treaty{_NOT_TITLE}"),
}
# The French past participle agreed with its feminine object ("le Mali a signé la Convention … et l'a ratifiée"), read
# as its masculine (same length) so that the status words read it
FEMININE_PARTICIPLE = re.compile(r"\b(?:a|avait)\s+(?:ratifi|sign)é(?P<agreed>e)\b")
LIST_DASH = re.compile(r"\s*[—–]\s*|\s+-\s+|:\s*")
FOOTNOTE_MARK = re.compile(r"\[(\d{1,3})\]")
YEAR = re.compile(r"\b(?:19[89]\d|20[0-4]\d)\b")


def state_aliases(text: str, state: str) -> tuple[str, ...]:
    """Abbreviations the text gives the state after its name ("The United States of America (US)")."""
    found = []
    for match in gazetteer.find_states_in(text):
        if match.ref.alpha3 == state and match.kind == "name":
            abbreviation = ABBREVIATION.match(text, match.end)
            if abbreviation:
                found.append(abbreviation["abbr"])
    return tuple(dict.fromkeys(found))


ARTICLE = re.compile(r"(?:[Tt]he\s+|L[ae]\s+|El\s+)?")  # before the state's name: "La République du Cameroun"
LONG_FORM = re.compile(  # "The Socialist Republic of Vietnam", "The Federative Republic of Brazil"
    r"(?:[A-Z][\w'’-]+\s+){0,2}?(?:Republic|Kingdom|State|Principality|Grand\s+Duchy|Sultanate)\s+of\s+(?:the\s+)?"
)


def subject_end(
    text: str,
    start: int,
    end: int,
    state: str,
    aliases: tuple[str, ...],
    quoted: bool,
    pronouns: bool = True,
    turn: bool = False,
) -> int | None:
    """Where the state's reference as the sentence's subject ends (None: the subject is not the state).
    With ``pronouns`` off, "It" and "the country" are not taken for the state; in a delegate's ``turn``,
    "He", "She" and "His delegation" are."""
    opening = OPENING.match(text, start, end)
    at = opening.end() if opening else start
    article = ARTICLE.match(text, at, end)
    at = article.end() if article else at
    long_form = LONG_FORM.match(text, at, end)  # "The Republic of Lebanon has not acceded …"
    if long_form and not any(m.start == 0 for m in gazetteer.find_states_in(text[at : min(end, at + 80)])):
        at = long_form.end()
    for match in gazetteer.find_states_in(text[at : min(end, at + 80)]):
        if match.start == 0 and match.ref.alpha3 == state and match.kind == "name":
            after = at + match.end
            possessive = POSSESSIVE.match(text, after, end)
            if possessive:
                return possessive.end()
            if re.match(r"\s*[’']s\b", text[after:end]) or gazetteer.names_a_body(text, after):
                return None  # "Pakistan's security environment", "the Singapore Democratic Party": not the state
            return after
        break
    for alias in aliases:
        if re.match(rf"{alias}\b", text[at:end]):
            return at + len(alias)
    named = NAMED_OFFICIAL.match(text, at, end)
    of_state = gazetteer.find_states_in(text[named.end() : min(end, named.end() + 60)]) if named else []
    if named and of_state and of_state[0].start == 0 and of_state[0].ref.alpha3 == state:
        closed = APPOSITION_END.match(text, named.end() + of_state[0].end, end)
        if closed:
            return len(text[: closed.end()].rstrip(", \t\n"))
    french = _french_official(text, opening.end() if opening else start, end, state)
    if french is not None:
        return french or None
    for pattern in (PRONOUN, OFFICIAL, OFFICIAL_ES) if pronouns else (OFFICIAL, OFFICIAL_ES):
        subject = pattern.match(text, opening.end() if opening else start, end)
        if subject and not re.match(r"\s+(?:of|de)\s+(?!the\s+Republic)", text[subject.end() : end]):
            return subject.end()
        if subject:
            of_state = gazetteer.find_states_in(text[subject.end() : min(end, subject.end() + 60)])
            if of_state and of_state[0].ref.alpha3 == state and of_state[0].start <= 8:
                return subject.end() + of_state[0].end
    delegate = DELEGATE_PRONOUN.match(text, opening.end() if opening else start, end) if turn else None
    if delegate:
        return delegate.end()
    if quoted:
        first_person = FIRST_PERSON.match(text, at, end)
        if first_person:
            return first_person.end()
    return None


def _french_official(text: str, at: int, end: int, state: str) -> int | None:
    """Where a French subject that is the state's official ends ("le délégué du Burundi", "un responsable du Ministère
    des affaires étrangères", "L'Ambassadeur X, chef de la délégation du Cameroun,"); 0 where the subject is another
    state's official ("le délégué du Ghana"), None where it is no official."""
    named = NAMED_OFFICIAL_FR.match(text, at, end)
    if named:
        of_state = gazetteer.find_states_in(text[named.end() : min(end, named.end() + 60)])
        if not (of_state and of_state[0].start == 0 and of_state[0].kind == "name"):
            return None
        if of_state[0].ref.alpha3 != state:
            return 0
        closed = APPOSITION_END.match(text, named.end() + of_state[0].end, end)
        return len(text[: closed.end()].rstrip(", \t\n")) if closed else 0
    official = OFFICIAL_FR.match(text, at, end)
    if official is None:
        return None
    of = OF_FR.match(text, official.end(), end)
    if of is None:  # "le délégué a déclaré …": the profiled state's
        return official.end() if re.match(r"\s+(?:a|avait|s['’]est)\s", text[official.end() : end]) else 0
    ministry = MINISTRY_FR.match(text, of.end(), end)
    if ministry:  # "un responsable du Ministère des affaires étrangères a déclaré …": the profiled state's
        return ministry.end()
    of_state = gazetteer.find_states_in(text[of.end() : min(end, of.end() + 60)])
    if of_state and of_state[0].start == 0 and of_state[0].kind == "name" and of_state[0].ref.alpha3 == state:
        return of.end() + of_state[0].end
    return 0


def _masked(text: str, aliases: tuple[str, ...], pronouns: bool = True) -> str:
    """The text with third-person references to the state rewritten, offsets kept, so that the positions
    lexicon's subject test reads them as the speaker ("It" -> "We", "The country" -> " my country")."""
    masked = IT_VERB.sub("We", text) if pronouns else text
    masked = THE_COUNTRY.sub(" my country", masked) if pronouns else masked
    for alias in aliases:
        masked = re.sub(rf"\b(?:[Tt]he\s+)?{alias}\b(?=\s+[a-z])", lambda m: "we".ljust(len(m.group())), masked)
    return masked


def quotation_blocks(text: str, start: int, end: int) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Paragraphs that quote the state at length, each with the paragraph ending with a colon that introduces it."""
    spans = tx.blocks(text, start, end)
    return [
        (previous, span)
        for previous, span in zip(spans, spans[1:])
        if text[previous[0] : previous[1]].rstrip().endswith(":")
    ]


def _year(text: str, start: int, end: int, default: int | None) -> int | None:
    """The year the sentence gives its claim (the first it names before its quote), else the default."""
    sentence = re.split(r"[“\"]", text[start:end], maxsplit=1)[0]
    match = YEAR.search(sentence)
    return int(match.group()) if match else default


def cited_source(text: str, start: int, end: int, footnotes: dict[int, str]) -> str | None:
    """The source the report cites for a sentence: its words ("in a 2009 letter to the Monitor"), else
    the text of its footnote where the document holds it."""
    match = CITED.search(text, start, end)
    if match:
        return tx.fold(match.group())
    for mark in FOOTNOTE_MARK.finditer(text, start, min(len(text), end + 6)):
        note = footnotes.get(int(mark.group(1)))
        if note:
            return note
    return None


def reported_claims(
    text: str,
    state: str,
    start: int,
    end: int,
    default_year: int | None,
    footnotes: dict[int, str] | None = None,
    pronouns: bool = True,
    turn: bool = False,
    treaty: str | None = None,
) -> tuple[list[ReportedStatus], list[ReportedPosition], list[ReportedVote]]:
    """The state's reported status, positions (the lexicon's and its practice) and votes in ``text[start:end]``;
    ``pronouns`` off where "It" may stand for something else than the state (a draft, the Assembly);
    ``turn`` where the passage is one delegate's turn in a meeting's summary, so that "He", "She" and
    "His delegation" are that delegate."""
    report = _Report(text, state, start, end, default_year, footnotes or {}, pronouns, turn, treaty)
    return report.statuses(), report.positions(), report.votes()


@dataclass
class _Report:
    """A report's passage about one state: the sentences whose subject is the state, and the
    claims read in them."""

    text: str
    state: str
    start: int
    end: int
    default_year: int | None
    footnotes: dict[int, str]
    pronouns: bool
    turn: bool = False
    treaty: str | None = None  # the profile's treaty, which a label ("non-signatory Thailand") speaks of
    masked: str = ""
    quoted: list = field(default_factory=list)
    subjects: dict[int, tuple[int, int]] = field(default_factory=dict)  # sentence start -> (its end, subject end)
    status_text: str = ""  # the masked text, the lines or time conjunction before a status's subject left out
    status_subjects: set[int] = field(default_factory=set)  # where such a sentence starts in it

    def __post_init__(self) -> None:
        aliases = state_aliases(self.text, self.state)
        self.quoted = quotation_blocks(self.text, self.start, self.end)
        self.masked = _masked(self.text, aliases, self.pronouns)
        cut: list[tuple[int, int]] = []  # spans left out of the status text
        for s_start, s_end in tx.paragraph_sentences(self.text, self.start, self.end):
            inside = any(q_start <= s_start < q_end for _, (q_start, q_end) in self.quoted)
            after = subject_end(self.text, s_start, s_end, self.state, aliases, inside, self.pronouns, self.turn)
            if after is not None:
                self.subjects[s_start] = (s_end, after)
                self._mask_official(s_start, after)
                continue
            lines = LINES_BEFORE.match(self.text, s_start, s_end)
            at = lines.end() if lines else s_start
            clause = TIME_CLAUSE.match(self.text, at, s_end)
            if clause and FUTURE.search(self.text, clause.end(), self.text.find(",", clause.end(), s_end)):
                clause = None  # "When Ruritania ratifies the treaty, …": an act to come
            subject_at = clause.end() if clause else at
            if subject_at > s_start and (
                subject_end(self.text, subject_at, s_end, self.state, aliases, False, pronouns=False) is not None
            ):
                cut.append((s_start, subject_at))
                self.status_subjects.add(subject_at)
        self.status_text = FEMININE_PARTICIPLE.sub(lambda m: m.group()[:-1] + " ", self.masked)
        self._name_profile_treaty()
        for member in MEMBER_OF.finditer(self.text, self.start, self.end):
            named = gazetteer.find_treaties_in(self.text[member.end() : min(self.end, member.end() + 120)])
            if named and named[0].start == 0:  # a treaty's name, not a body's ("a member of the Group of Friends")
                at, to = member.start("member"), member.end("member")
                self.status_text = self.status_text[:at] + "party to".rjust(to - at) + self.status_text[to:]
        for c_start, c_end in cut:  # offsets kept; the subject's first letter a capital, as a sentence's
            blank = re.sub(r"[^\n]", " ", self.status_text[c_start:c_end])
            self.status_text = (
                self.status_text[:c_start] + blank + self.status_text[c_end].upper() + self.status_text[c_end + 1 :]
            )

    def _name_profile_treaty(self) -> None:
        """The profile's treaty named by its common noun ("the convention" in a cluster munition profile, "the treaty"
        in a mine ban one) written as its short name in the status text (offsets kept), where the last treaty the
        profile names before it is that one (or none is): "the convention" after "the CCW" is the CCW's."""
        anaphor = PROFILE_ANAPHOR.get(self.treaty or "")
        if anaphor is None:
            return
        short = "the " + gazetteer.treaty(self.treaty or "").short_name
        named = gazetteer.find_treaties_in(self.text[self.start : self.end])
        for match in anaphor.finditer(self.text, self.start, self.end):
            before = [m.ref.key for m in named if self.start + m.end <= match.start()]
            if (before and before[-1] != self.treaty) or len(match.group()) < len(short):
                continue
            written = short.rjust(len(match.group()))
            self.status_text = self.status_text[: match.start()] + written + self.status_text[match.end() :]

    def _mask_official(self, start: int, after: int) -> None:
        """An official as the sentence's subject ("The Minister", "Foreign Affairs Minister X") rewritten
        as "We", offsets kept, so that the positions lexicon reads the sentence as the state's."""
        opening = OPENING.match(self.text, start, after)
        at = opening.end() if opening else start
        official = OFFICIAL.match(self.text, at) or (self.turn and DELEGATE_PRONOUN.match(self.text, at))
        if official and official.end() == after:
            self.masked = self.masked[:at] + "We".ljust(after - at) + self.masked[after:]

    def context(self, span: Span) -> tuple[int | None, str | None]:
        """The claim's year and cited source; a long quotation's are those of the paragraph introducing it."""
        text, footnotes = self.text, self.footnotes
        for (i_start, i_end), (q_start, q_end) in self.quoted:
            if q_start <= span.start < q_end:
                year = _year(text, i_start, i_end, self.default_year)
                return _year(text, span.start, span.end, year), cited_source(text, i_start, i_end, footnotes)
        return _year(text, span.start, span.end, self.default_year), cited_source(text, span.start, span.end, footnotes)

    def positions(self) -> list[ReportedPosition]:
        """The lexicon's positions of sentences the state is the subject of, then its practice."""
        found: list[ReportedPosition] = []
        mentions = [
            mention
            for mention in positions.find_positions(
                self.masked, self.state, self.start, self.end, own_words=True, denials=False
            )
            if mention.span.start in self.subjects and not mention.rule.startswith("impersonal view")
        ]
        for s_start, (s_end, _after) in self.subjects.items() if not mentions else ():
            # the lexicon's fallback (a cue's words kept alone) fell on a sentence of another subject: the first of
            # the state's own sentences that has a cue
            mentions = [
                mention
                for mention in positions.find_positions(
                    self.masked, self.state, s_start, s_end, own_words=True, denials=False
                )
                if not mention.rule.startswith("impersonal view")
            ][:1]
            if mentions:
                break
        for mention in mentions:
            year, cited = self.context(mention.span)
            quote = self.text[mention.span.start : mention.span.end]
            rule = "third-person subject of a report; " + mention.rule
            found.append(
                ReportedPosition(
                    position=mention.model_copy(update={"quote": quote, "rule": rule, "modality": "reported"}),
                    year=year,
                    cited=cited,
                )
            )
        for s_start, (s_end, after) in self.subjects.items():
            for topic, stance_rule in practice(self.text, after, s_end):
                span = Span(start=s_start, end=s_end)
                if any(p.position.span == span and p.position.topic == topic for p in found):
                    continue
                year, cited = self.context(span)
                mention = PositionMention(
                    state=self.state,
                    stance="practises",
                    topic=topic,
                    span=span,
                    quote=self.text[s_start:s_end],
                    rule=f"third-person subject of a report; {stance_rule}",
                    modality="reported",
                )
                found.append(ReportedPosition(position=mention, year=year, cited=cited))
        if not found:
            found += self._said()[:1]
        found += self._joint() + self._others_said()
        return sorted(found, key=lambda p: (p.position.span.start, p.position.topic))

    def _joint(self) -> list[ReportedPosition]:
        """The co-authors of a joint statement the state made, as the sentence lists them after "with" (every item a
        state's name): each one's position, its words unread (stance ``says``)."""
        found = []
        for s_start, (s_end, after) in self.subjects.items():
            joint = JOINT_WITH.search(self.text, after, s_end)
            if joint is None:
                continue
            before = self.text[after : joint.start()]
            if (
                NEGATION.search(before)
                or HEDGE.search(before)
                or FUTURE.search(before)
                or re.search(r"[,;:“\"]", before)
            ):
                continue
            states, _ = state_list(self.text, joint.end(), s_end)
            if not states or (
                joint["head"] is None and re.match(r"\s*(?:and\s+)?other", self.text[joint.end() : s_end])
            ):
                continue
            rule = "a co-author of the joint statement the report's state made (listed after 'with'); its words unread"
            found += [
                self._spoke(other, s_start, s_end, rule) for other in dict.fromkeys(states) if other != self.state
            ]
        return found

    def _others_said(self) -> list[ReportedPosition]:
        """Other states the report shows speaking: a state's name, or a list of states' names, as the sentence's subject
        right before a verb of saying ("Arcadia stated that …", "Borduria, Syldavia, and Arcadia agreed that …"); each
        one's position, its words unread (stance ``says``)."""
        found = []
        for s_start, s_end in tx.paragraph_sentences(self.text, self.start, self.end):
            opening = OPENING.match(self.text, s_start, s_end)
            at = opening.end() if opening else s_start
            states, list_end = state_list(self.text, at, s_end)
            verb = SAID_AFTER.match(self.text, list_end, s_end) if states else None
            if verb is None or len(re.findall(r"\w{2,}", self.text[verb.end() : s_end])) < 3:
                continue
            if len(states) == 1 and (states[0] == self.state or s_start in self.subjects):
                continue  # the state's own sentence: read above
            rule = f"a state named as the subject of a verb of saying ({verb['verb']!r}); its words unread"
            found += [self._spoke(other, s_start, s_end, rule) for other in dict.fromkeys(states)]
        return found

    def _said(self) -> list[ReportedPosition]:
        """The state's sentences that say it spoke (a verb of saying after it as the subject, neither denied nor hedged:
        "Ruritania reported that …", "le délégué du Burundi a affirmé que …"), each as stance ``says``."""
        found = []
        for s_start, (s_end, after) in self.subjects.items():
            verb = SAYING.search(self.text, after, s_end)
            if verb is None or not SAYING_BEFORE.match(self.text[after : verb.start()]):
                continue
            before = self.text[after : verb.start()]
            if NEGATION.search(before) or HEDGE.search(before) or FUTURE.search(before) or NEGATION_FR.search(before):
                continue
            if re.search(r",\s*(?:which|who|that|qui|que)\b|\b(?:if|unless|si)\b", before):
                continue  # another's verb in a relative clause, or a condition
            if len(re.findall(r"\w{2,}", self.text[verb.end() : s_end])) < 3:
                continue
            rule = f"third-person subject of a report; a verb of saying ({verb.group()!r}): the state spoke, nothing read into its words"
            found.append(self._spoke(self.state, s_start, s_end, rule))
        return found

    def _spoke(self, state: str, start: int, end: int, rule: str) -> ReportedPosition:
        """The report's sentence ``text[start:end]`` as a state's position whose words are left unread (stance
        ``says``): that it spoke, nothing more."""
        span = Span(start=start, end=end)
        year, cited = self.context(span)
        mention = PositionMention(
            state=state,
            stance="says",
            topic="unclassified",
            span=span,
            quote=self.text[start:end],
            rule=rule,
            modality="reported",
        )
        return ReportedPosition(position=mention, year=year, cited=cited)

    def _relative_treaties(self, start: int, end: int) -> set[str]:
        """The treaties of the sentence that a relative clause with the state as its subject follows ("the Mine Ban
        Treaty, which Jordan has ratified")."""
        found = set()
        for relative in RELATIVE_STATUS.finditer(self.text, start, end):
            article = ARTICLE.match(self.text, relative.end(), end)
            at = article.end() if article else relative.end()
            named = gazetteer.find_states_in(self.text[at : min(end, at + 80)])
            if not (named and named[0].start == 0 and named[0].ref.alpha3 == self.state and named[0].kind == "name"):
                continue
            if not RELATIVE_VERB.match(self.text, at + named[0].end, end):
                continue
            before = [
                (e, key)
                for s, e, key in positions._treaties_in(self.text, start, relative.start())
                if e <= relative.start()
            ]
            if before and re.fullmatch(r"\)?(?:\s*\([A-Z][\w-]{1,8}\))?", self.text[before[-1][0] : relative.start()]):
                found.add(before[-1][1])
        return found

    def others(self) -> list[ReportedStatus]:
        """Other states' status, where the grammar gives each its own: a label ("non-signatory Thailand", "Qatar
        (a State Party)", in the profile's treaty), a list of states as a status's subject ("Mali and Tunisia are
        States Parties to the convention, while Libya is not") or after a plural whose relative clause gives it
        ("member states that are not party to the convention—Greece, Finland and Poland"). The profile's own state
        is read from its own sentences (and from a list only where those give it none in that treaty)."""
        text, found = self.text, []
        for s_start, s_end in tx.paragraph_sentences(text, self.start, self.end):
            for state, status, span in self._labelled(s_start, s_end):
                if state != self.state:
                    found.append((state, self.treaty, status, span))
            opening = OPENING.match(text, s_start, s_end)
            head = LIST_HEAD.match(text, opening.end() if opening else s_start, s_end)
            states, list_end = state_list(text, head.end(), s_end) if head else ([], s_start)
            if len(states) >= 2:  # "Mali and Tunisia are States Parties to the convention, while Libya is not."
                for mention in self._as_we(s_start, list_end, s_end):
                    found += [
                        (state, mention.status.treaty, mention.status.status, mention.status.span) for state in states
                    ]
                    left_out = WHILE_NOT.search(text, list_end, s_end)
                    other = state_list(text, left_out.end(), s_end) if left_out else ([], 0)
                    if len(other[0]) == 1 and ELLIPSIS_NOT.match(text, other[1], s_end):
                        found.append((other[0][0], mention.status.treaty, "non-party", mention.status.span))
            for relative in PLURAL_RELATIVE.finditer(text, s_start, s_end):
                dash = LIST_DASH.search(text, relative.end(), s_end)
                states, _ = state_list(text, dash.end(), s_end) if dash else ([], 0)
                if dash and len(states) >= 2 and not re.search(r"[,;]", text[relative.end() : dash.start()]):
                    for mention in self._as_we(s_start, relative.end(), dash.start(), s_start):
                        found += [
                            (state, mention.status.treaty, mention.status.status, mention.status.span)
                            for state in states
                        ]
        return self._consistent(found)

    def _labelled(self, start: int, end: int) -> list[tuple[str, str, Span]]:
        """(state, status, sentence) of each state a label gives a status in the profile's treaty."""
        if self.treaty is None:
            return []
        found = []
        for label in LABEL_BEFORE.finditer(self.text, start, end):
            named = gazetteer.find_states_in(self.text[label.end() : min(end, label.end() + 80)])
            before = TREATY_BEFORE_LABEL.search(self.text, max(start, label.start() - 20), label.start())
            if named and named[0].start == 0 and named[0].kind == "name" and not before:
                status = LABELS[re.sub(r"\s+", " ", label["label"]).lower()]
                found.append((named[0].ref.alpha3, status, Span(start=start, end=end)))
        for name in gazetteer.find_states_in(self.text[start:end]):
            beside = LABEL_AFTER.match(self.text, start + name.end, end)
            if beside and name.kind == "name":
                status = LABELS[re.sub(r"\s+", " ", beside["label"]).lower()]
                found.append((name.ref.alpha3, status, Span(start=start, end=end)))
        return found

    def _as_we(self, s_start: int, subject_end: int, end: int, at: int | None = None) -> list[ReportedStatus]:
        """The statuses read in the sentence at ``s_start`` with its words up to ``subject_end`` read as "We" (a list
        of states, "member states that"), up to ``end``: the statuses of each state the words stand for."""
        written = self.status_text[s_start:subject_end]
        masked = self.status_text[:s_start] + "We".ljust(len(written)) + self.status_text[subject_end:]
        return [
            ReportedStatus(
                status=mention.model_copy(update={"quote": self.text[mention.span.start : mention.span.end]})
            )
            # read for no state's name (each sentence's strongest status for a named state would hide this one's)
            for mention in positions.find_participation(masked, NO_STATE, self.start, end)
            if mention.span.start == s_start
        ]

    def _consistent(self, found: list[tuple[str, str | None, str, Span]]) -> list[ReportedStatus]:
        """One status per state and treaty (the strongest of those found), none where the profile says both that a
        state is a party and that it is not."""
        by_key: dict[tuple[str, str], list[tuple[str, Span]]] = {}
        for state, treaty, status, span in found:
            if treaty:
                by_key.setdefault((state, treaty), []).append((status, span))
        result = []
        for (state, treaty), claims in by_key.items():
            if {"party", "non-party"} <= {status for status, _ in claims}:
                continue
            status, span = max(claims, key=lambda claim: positions._RANK[claim[0]])
            year, cited = self.context(span)
            mention = StatedParticipationMention(
                state=state,
                treaty=treaty,
                status=status,
                span=span,
                quote=self.text[span.start : span.end],
                modality="reported",
            )
            result.append(ReportedStatus(status=mention, year=year, cited=cited))
        return result

    def _own_sentence(self, mention: StatedParticipationMention) -> bool:
        """Whether a status's sentence has the state as its subject (or as that of a part of it)."""
        return (
            mention.span.start in self.subjects
            or mention.span.start in self.status_subjects
            or mention.treaty in self._relative_treaties(mention.span.start, mention.span.end)
        )

    def statuses(self) -> list[ReportedStatus]:
        found = []
        # the same status in a sentence whose subject is another ("The Permanent Representative … deposited …")
        # does not hide the state's own ("Chile thus becomes the 95th State Party to the Treaty")
        for mention in positions.find_participation(
            self.status_text, self.state, self.start, self.end, prefer=self._own_sentence
        ):
            if not self._own_sentence(mention):
                continue
            year, cited = self.context(mention.span)
            quote = self.text[mention.span.start : mention.span.end]
            status = mention.model_copy(update={"quote": quote, "modality": "reported"})
            found.append(ReportedStatus(status=status, year=year, cited=cited))
        own = {claim.status.treaty for claim in found}
        return found + [
            claim for claim in self.others() if claim.status.state != self.state or claim.status.treaty not in own
        ]

    def votes(self) -> list[ReportedVote]:
        text, state, default_year = self.text, self.state, self.default_year
        found = []
        table = VOTING_RECORD.search(text, self.start, self.end)
        if table:  # an overview table's row: "Pro-mine ban UNGA voting record / Abstained on Resolution 67/32 …"
            line_start, line_end = table.start("line"), table.end("line")
            vote = reported_vote(text, state, line_start, line_end, line_start, default_year)
            if vote is not None:
                found.append(vote)
        for s_start, (s_end, after) in self.subjects.items():
            vote = reported_vote(text, state, s_start, s_end, after, default_year)
            if vote is None and OWN_DECISION.search(text, s_start, after):
                # "In explaining its decision to abstain on the resolution, Libya said …": the subject's vote
                vote = reported_vote(text, state, s_start, s_end, s_start, default_year, OWN_DECISION)
            if vote is not None:
                vote = vote.model_copy(update={"cited": cited_source(text, s_start, s_end, self.footnotes)})
                found += [vote] + [
                    vote.model_copy(update={"state": other}) for other in _alongside(text, after, s_end, state)
                ]
                first = VOTE.search(text, after, s_end)
                second = NEXT_VOTE.search(text, first.end("option"), s_end) if first else None
                if second:  # "… was absent from the vote on Resolution 54/54B, but had voted in favor of … in 1997"
                    other = reported_vote(text, state, second.start(), s_end, second.end(), None)
                    if other is not None:
                        found.append(other.model_copy(update={"span": vote.span, "quote": vote.quote}))
                found += self._same_vote(vote, first, s_end)
        for s_start, s_end in tx.paragraph_sentences(text, self.start, self.end):
            found += _decided(text, s_start, s_end)
        return found

    def _same_vote(self, vote: ReportedVote, first: re.Match[str] | None, s_end: int) -> list[ReportedVote]:
        """The state's same vote the sentence says again after the first: on a second resolution it names ("…, and
        for the 1997 UNGA Resolution 52/38A"), or as its habit ("…, as it has been for similar resolutions in previous
        years")."""
        if first is None:
            return []
        text, found = self.text, []
        option_end = first.end("option")
        also = AND_ALSO_ON.search(text, option_end, s_end)
        if also is not None and vote.symbol:
            option = next(name for name, pattern in OPTIONS if pattern.search(also["option"]))
            other = reported_vote(text, self.state, also.start(), s_end, also.start(), None, AND_ALSO_ON)
            if other is not None and option == vote.option and other.symbol and other.symbol != vote.symbol:
                found.append(other.model_copy(update={"span": vote.span, "quote": vote.quote}))
        habit = AS_BEFORE.search(text, option_end, s_end)
        if habit is not None and not HEDGE.search(text, habit.start(), habit.end()):
            found.append(ReportedVote(state=self.state, option=vote.option, span=vote.span, quote=vote.quote))
        return found


def state_list(text: str, at: int, end: int) -> tuple[list[str], int]:
    """The states a list at ``at`` names ("Mali and Tunisia", "Greece, Finland, Poland, and Romania", "Cuba and the
    U.S."), each by its name, and where the list ends; ([], at) where something else stands in it."""
    states: list[str] = []
    list_end = at
    while True:
        article = ARTICLE.match(text, at, end)
        at = article.end() if article else at
        named = gazetteer.find_states_in(text[at : min(end, at + 80)])
        if not named or named[0].start != 0 or named[0].kind != "name":
            return ([], list_end) if not states or text[list_end:at].strip() else (states, list_end)
        states.append(named[0].ref.alpha3)
        list_end = at + named[0].end
        glue = LIST_GLUE.match(text, list_end, end)
        if glue is None:
            return states, list_end
        at = glue.end()


def _decided(text: str, start: int, end: int) -> list[ReportedVote]:
    """The votes a sentence names as the decision of states it lists ("the decision by Greece, Estonia and Poland to
    abstain from the resolution"): one for each, where every item of the list is a state's name and nothing hedges it."""
    found = []
    for match in DECISION_BY.finditer(text, start, end):
        who, states = match["who"], list[str]()
        opening = re.match(r"(?:[A-Z(][\w()-]*\s+){0,6}?(?:non-signatories|states|countries|members)\s+", who)
        at = opening.end() if opening else 0  # "European Union (EU) non-signatories Greece, …"
        while True:
            named = gazetteer.find_states_in(who[at:])
            if not named or named[0].start != 0 or named[0].kind != "name":
                states = []
                break
            states.append(named[0].ref.alpha3)
            at += named[0].end
            if at >= len(who):
                break
            glue = LIST_GLUE.match(who, at)
            if glue is None:  # "the decision by Greece's government …": not a list of states
                states = []
                break
            at = glue.end()
        if not states or HEDGE.search(text, start, match.end()) or PROSPECT_BEFORE.search(text, start, match.start()):
            continue
        option = next(name for name, pattern in OPTIONS if pattern.search(match["option"]))
        years = [int(y) for y in YEAR.findall(text[start:end])]
        for state in dict.fromkeys(states):
            found.append(
                ReportedVote(
                    state=state,
                    option=option,
                    year=years[0] if years else None,
                    span=Span(start=start, end=end),
                    quote=text[start:end],
                )
            )
    return found


def practice(text: str, start: int, end: int) -> list[tuple[str, str]]:
    """(topic, rule) of each practice the clause after the subject affirms ("produces and stockpiles
    cluster munitions"): not negated or hedged before the word, and the weapons named."""
    if not WEAPONS.search(text, start, end):
        return []
    clause_end = (
        min(
            (m.start() for m in re.finditer(r"[;“\"]|,\s+but\b|\bwhich\b|\bthat\b|\bwhen\b|\bwho\b", text[start:end])),
            default=end - start,
        )
        + start
    )
    found = []
    titles = [(start + m.start, start + m.end) for m in gazetteer.find_treaties_in(text[start:clause_end])]
    for topic, pattern in PRACTICE:
        match = pattern.search(text, start, clause_end)
        if not match or any(a <= match.start() < b for a, b in titles):
            continue  # "… the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines …": a treaty's title
        before = text[start : match.start()]
        if (
            NEGATION.search(before)
            or HEDGE.search(before)
            or re.search(r"\b(?:to|against|on|of|for|in|from)\s+$", before)
        ):
            continue
        if re.match(
            r"\s+of\s+(?:the\s+)?(?:[A-Z]{2,4}|[A-Z][a-z]+)\s+(?:cluster|mines|landmines|antipersonnel)",
            text[match.end() : clause_end],
        ):
            continue  # "a stockpile of US cluster munitions": another state's weapons
        found.append((topic, f"stance 'practises' by {match.group()!r} (as the report words it); topic '{topic}'"))
    return found


def _alongside(text: str, start: int, end: int, state: str) -> list[str]:
    """The states the sentence says voted as the state did ("it voted, along with Zimbabwe, against …")."""
    match = ALONG_WITH.search(text, start, end)
    if match is None:
        return []
    return list(dict.fromkeys(m.ref.alpha3 for m in gazetteer.find_states_in(match["who"]) if m.ref.alpha3 != state))


def reported_vote(
    text: str, state: str, start: int, end: int, after: int, default_year: int | None, pattern: re.Pattern[str] = VOTE
) -> ReportedVote | None:
    """The state's vote that the sentence reports on one resolution: a named resolution ("Resolution 77/63"),
    or one the sentence dates ("in December 2015"). A habit ("has abstained on every resolution since
    1997") names no single vote: its vote has neither symbol nor year."""
    match = pattern.search(text, after, end)
    if not match or NEGATION.search(text[max(after, match.start() - 12) : match.start()]):
        return None
    if HEDGE.search(text, after, match.start()):
        return None
    option = next(name for name, pattern in OPTIONS if pattern.search(match["option"]))
    rest_start = match.start("rest")
    resolution = RESOLUTION.search(text, rest_start, match.end())
    date = None
    for found in tx.DATE.finditer(text, start, end):
        date = tx.parse_date(found.group())
        break
    years = [int(y) for y in YEAR.findall(text[start:end])]
    symbol = None
    if resolution and resolution["draft"]:
        symbol = resolution["draft"]
    elif resolution:
        letter = (resolution["letter"] or "").strip()  # "A/RES/51/45S", as the resolutions write it
        symbol = f"A/RES/{resolution['number']}/{resolution['item']}{letter}"
    elif (recent := MOST_RECENTLY.search(text, rest_start, end)) is not None:
        years = [int(recent["year"])]  # "has voted in favor of … resolutions …, most recently in December 2019"
        date = None
    elif HABITUAL.search(text, start, end) and not ONE_VOTE.match(text, rest_start, match.end()):
        # a habit ("has abstained on every resolution since 1997"): votes cast, but on no resolution or year it names
        return ReportedVote(state=state, option=option, span=Span(start=start, end=end), quote=text[start:end])
    elif not years:
        return None
    return ReportedVote(
        state=state,
        option=option,
        symbol=symbol,
        date=date,
        year=(date.year if date else years[0] if years else default_year),
        span=Span(start=start, end=end),
        quote=text[start:end],
    )


def summary_status(text: str, state: str, treaty: str, start: int, end: int) -> StatedParticipationMention | None:
    """The status a profile's summary or overview table gives the state in the profile's treaty
    ("Summary: Non-signatory Pakistan …", "Mine Ban Treaty status / State not party")."""
    labelled = re.compile(r"(?P<label>Non-signatory|Signatory|State\s+Party)\s+(?=[A-Z])").search(text, start, end)
    if labelled:
        named = gazetteer.find_states_in(text[labelled.end() : labelled.end() + 60])
        if named and named[0].start == 0 and named[0].ref.alpha3 == state:
            label = labelled["label"].lower()
            status = "non-party" if label == "non-signatory" else "signatory" if label == "signatory" else "party"
            return _status(text, state, treaty, status, labelled.start(), labelled.end() + named[0].end)
    table = re.compile(
        r"Treaty\s+status\s*\n\s*(?P<value>State\s+not\s+party|Not\s+a\s+State\s+Party|State\s+Party|Signatory)"
        r"[ \t]*$",
        re.IGNORECASE | re.MULTILINE,
    ).search(text, start, end)
    if table:
        value = table["value"].lower()
        status = "non-party" if "not" in value else "signatory" if value == "signatory" else "party"
        return _status(text, state, treaty, status, table.start(), table.end())
    return None


def _status(text: str, state: str, treaty: str, status: str, start: int, end: int) -> StatedParticipationMention:
    return StatedParticipationMention(
        state=state,
        treaty=treaty,
        status=status,
        span=Span(start=start, end=end),
        quote=text[start:end],
        modality="reported",
    )
