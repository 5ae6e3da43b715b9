"""Stated positions and stated treaty participation, found by explainable rules over sentences.

Shared by the statement and letter loaders (not a loader itself). A text is cut into blocks
(paragraphs), sentences and clauses. A clause is a position when

1. its speaker is the state the document speaks for: the state's name, "we", "my delegation",
   "the Government"… before the stance cue, or a subject inherited from the previous clause,
   or an impersonal view ("It is unfortunate that …") in a document that speaks for the state;
2. a stance cue matches (the first [[stance]] of ``reference/position_topics.toml`` that does);
3. a topic trigger matches (the first [[topic]] in the file's order), or the clause names a treaty by
   its kind ("the Convention") and one treaty of that kind was named before it; a clause without
   either takes the topic of the sentence just before it, unless it speaks of another state's act.
   Support near a harm topic counts only as support for addressing it (then: opposes the harm).

A stated participation needs the state itself as the subject of the status words (its name, "we",
"my country"), no relative clause, wish or condition in between ("States that have ratified", "we
hope", "if"), and a treaty named (or "the Convention" standing for one) after them. A few constructions name
the state elsewhere: after the treaty ("signed the Convention on behalf of Ireland", "entered into force for Kenya"),
as "our" ("our obligations under …"), or in a noun ("after its accession to …", "tras la adhesión de Cuba a …").
Some words say the status without one: an obligation "as a member of" a treaty, a report submitted under it (not a
voluntary one, nor one to come), a rank among the states that ratified ("quinto Estado en ratificarlo"), "los Estados
Partes de esta Convención hemos …". "esta Convención", "ce Traité" stand for a treaty as "the Convention" does.
A Spanish or French verb in the first person holds its subject ("no hemos firmado aún este Tratado", "al cual no nos
hemos adherido", "j'avais signé cette Convention"), unless the act is said done for another state ("au nom du Ghana").
The state may be fronted before a treaty's entry into force ("Para Cuba, la Convención entró en vigor …"); a report
"under" one treaty "and under" another is a report under each; a CCW protocol named by its number alone after a part
of the CCW ("Amended Protocol II (AP-II) and Protocol V") is that protocol.

A clause without a cue of its own after one that had it ("opposed to X and their Y") keeps the
stance. ``rule`` on each position records which test, cue and trigger fired.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from treatykg import gazetteer
from treatykg.loaders import text as tx
from treatykg.records import PositionMention, Span, StatedParticipationMention

# Letters that OCR confuses, and what a phrase's letter may be read as.
_OCR = {"u": "(?:u|lJ|IJ|li|ll)", "l": "[l1I|]", "i": "[il1]", "o": "[o0]", "m": "(?:m|rn)"}

SPEAKER = re.compile(
    r"\b(?:we|our|us|my\s+delegation|this\s+delegation|my\s+government|my\s+country|(?:the|this|our)\s+government)\b"
    rf"|\bI\b|{tx.SPANISH_FIRST_PERSON}|{tx.FRENCH_FIRST_PERSON}",
    re.IGNORECASE,
)
# What opens a clause whose subject is the state named right after it: "… said that Russia regards …".
CLAUSE_SUBJECT = re.compile(
    r"\b(?:that|whereas|while|because|since|if|how|why|whether"
    # a verb of saying whose reported clause opens with another subject: "said India opposed …"
    r"|said|says|stated|noted|argued|recalled|stressed|warned|added|observed|explained|claimed|pointed\s+out|"
    r"underlined|emphasi[sz]ed|insisted|believed|considered|felt|thought),?\s+"
    # the clause's subject may follow a time or place: "recalled that in 2008 the United Kingdom had opposed …"
    r"(?:(?:in|on|at|during|since|until|after|before|by|last|earlier|previously|then)\b[^,.;:]{0,40}?,?\s+)?"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
# Other states in the plural as a clause's subject: "… said some delegations, such as Egypt, abstained because they …"
OTHERS_SUBJECT = re.compile(
    r"\b(?:some|other|many|several|certain|most|few|those|these|a\s+number\s+of|a\s+few)\s+(?:other\s+)?"
    r"(?:delegations|states|countries|member\s+states|nations|governments|speakers|sponsors|parties)\b",
    re.IGNORECASE,
)
# What "This …" may stand for that is not the speaker: "This resolution welcomes …" is the resolution's word.
_SOMEONE_ELSE = (
    r"(?:resolution|draft|text|treaty|convention|protocol|document|report|paragraph|decision|instrument|body|"
    r"conference|committee|assembly|council|group|organi[sz]ation|state|country|government)s?\b"
)
IMPERSONAL_VIEW = re.compile(
    r"(?:\W*(?:however|therefore|moreover|indeed|furthermore)\W+)?(?:it\s+is\b|the\s+strength\s+of\b|"
    r"strict\s+adherence\b|instruments?\b|there\s+is\b|such\b|this\b(?!\s+(?:[\w-]+\s+)?" + _SOMEONE_ELSE + r"))",
    re.IGNORECASE,
)
CLAUSE_BREAK = re.compile(
    r",?\s+and\s+(?=(?:their|its|is|are|has|have|was|also|as\s+such|strongly|fully|we|will|would|does|do|"
    r"calls?|urges?|encourages?|welcomes?|supports?|reaffirms?|remains?|(?:re)?commits?|renews?|reiterates?|condemns?|"
    r"rejects?|opposes?|regrets?)\b)"
    r"|;\s+|,\s+but\s+",
    re.IGNORECASE,
)
NEGATED_CUE = re.compile(
    r"(?:\b(?:not|never|no\s+longer|no)|n[’']t)\s+(?:\w+\s+)?$"  # "did not take part", "never really supported", "no apoya"
    r"|(?:\b(?:not|never)|n[’']t)\s[^.;,]{0,50}?\b(?:or|nor)\s+$",  # "did not adopt the treaty or attend"
    re.IGNORECASE,
)
# A condition before a claim makes it no claim: "if we were a party to …", "Had we ratified …", "unless …".
CONDITION = re.compile(
    r"\b(?:if|unless|whether)\b|\b(?:had|were|should)\s+(?:we|it|they|I)\b|^[\W\d]*(?:Had|Were|Should)\s+(?=[A-Z])",
    re.IGNORECASE,
)
VOTED = re.compile(r"\bvot(?:e|es|ed|ing)\s+(?:in\s+)?$", re.IGNORECASE)  # before "in favour of", "for", "against"
# A text named by what it supports: "refer to the joint ministerial statement in support of the Treaty" says what the
# statement does, not what the subject does
TEXT_IN_SUPPORT = re.compile(
    r"\b(?:statement|declaration|resolution|letter|appeal|campaign|initiative|petition|motion|report)s?\s+in\s+$",
    re.IGNORECASE,
)
# A cue in a relative clause on a noun: "a resolution that urged states …" says what the resolution does
# (or set off by a comma: "the statement of Peru, which supports …")
RELATIVE_CUE = re.compile(r"(?P<noun>\b[\w’'-]+),?\s+(?:that|which)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
# ... and a participle after a text voted on: "voted for UNGA Resolution 51/45S urging states to …"
VOTED_TEXT = re.compile(
    r"\b(?:vot(?:e|es|ed|ing)|abstain(?:s|ed|ing)?)\b(?:[^.;]|\.(?=\w)){0,40}?\b(?:resolutions?|drafts?|texts?)\b"
    r"(?:[^.;]|\.(?=\w))*$",
    re.IGNORECASE,
)
# A topic named as what is broken ("a grave violation of international humanitarian law", "une violation du droit …"):
# a stance on the breach, not on the topic
BREACH_OF = re.compile(
    r"\b(?:violat\w*|breach\w*|infringe\w*|viol(?:e|ent|é|ation)s?|violaci(?:ón|ones)|infracci(?:ón|ones)|incumplimiento)"
    r"\s+(?:\w+\s+){0,2}?(?:of|du|de|des|del|de\s+la|de\s+l['’])\s*(?:the\s+|la\s+|las\s+|los\s+|l['’])?$",
    re.IGNORECASE,
)
CONCERN = re.compile(r"concern|preocup|préoccup")  # a cue of concern ("expressed concern about", "preocupación")
WEAPON_ANAPHOR = re.compile(r"\b(?:those|these|such)\s+(?:weapons|arms|munitions|mines)\b", re.IGNORECASE)
REMEDIAL = re.compile(
    r"\b(?:(?:address|mitigate|prevent|curb|eliminate|minimi[sz]e|reduce|stop|combat|tackle)\w*"
    r"|end(?:s|ed|ing)?\b|rid(?:s|ding)?\b|destr(?:oy|oys|oyed|oying|uction)\b|(?:free|safe)\s+(?:of|from)\b|clear(?:s|ed|ing|ance)?\b"
    # Spanish, French: "un mundo libre de armas nucleares", "une zone exempte d'armes nucléaires", "la eliminación de"
    r"|libres?\s+de\b|exempte?s?\s+d|elimina(?:r|ción)\b|éliminer\b|élimination\b)",
    re.IGNORECASE,
)
# Stated participation: a pattern of the status words, the status it states, and where its subject
# stands: "before" (the state or "we" before the verb: "Pakistan has ratified"), "sentence" (anywhere
# in the sentence: "As a Party to the CCW, Pakistan …", "being the first country to accede to …, Grenada …"),
# "relative" ("the CCW, to which it is a party") or "object" (before the verb, whose object is the treaty
# itself: "Canada will soon join the Arms Trade Treaty").
_TREATY_NOUN = r"(?:Convention|Treaty|Protocol)"
PARTICIPATION = (
    (
        re.compile(
            r"\b(?:is|are)\s+not\s+(?:yet\s+)?(?:a\s+)?(?:State\s+)?party\s+to\b"
            r"|\b(?:has|have)\s+(?:not|never)\s+(?:yet\s+)?(?:signed|ratified|acceded)\b"
            # "has not joined CCW Amended Protocol II": a treaty's name (or "the Convention …") right after the verb
            r"|\b(?:has|have)\s+(?:not|never)\s+(?:yet\s+)?joined(?=\s+(?:the\s+|its\s+)?(?-i:(?:[A-Z][\w-]*\s+){0,6}"
            rf"(?:{_TREATY_NOUN}|[A-Z]{{2,6}}))\b)"
            # "…, nor is it party to the Convention on Cluster Munitions", "nor has it signed …": the subject before
            r"|\bnor\s+(?:is|are)\s+(?:it|they)\s+(?:yet\s+)?(?:a\s+)?(?:State\s+)?party\s+to\b"
            r"|\bnor\s+(?:has|have)\s+(?:it|they)\s+(?:yet\s+)?(?:signed|ratified|acceded|joined)\b"
            r"|\bnot\s+(?:yet\s+)?(?:a\s+)?signatory\s+(?:State\s+)?(?:to|of|t\s?o)?"
            # "Pakistan was unable to join the Anti-Personnel Mine Ban Treaty", "is unable to accede to the convention"
            r"|\b(?:is|are|was|were|remains?|has\s+been)\s+(?:still\s+)?unable\s+to\s+(?:join|accede\s+to|ratify)\b"
            # "India … will not become a party to the Treaty", "we shall not join it"
            r"|\b(?:will|shall)\s+(?:not|never)\s+(?:become\s+(?:a\s+)?(?:State\s+)?party\s+to|join|accede\s+to|ratify|sign)\b"
            # in Spanish and French: "no ha suscrito la Convención", "n’a pas encore ratifié le Traité"
            r"|\bno\s+(?:ha|han|hemos)\s+(?:firmado|suscri(?:p)?to|ratificado|adherido)\b|\bno\s+es\s+(?:Estado\s+)?parte\s+(?=del?\b)"
            r"|\bn['’](?:a|ont|avons)\s+pas\s+(?:encore\s+)?(?:signé|ratifié|adhéré)\b"
            r"|\bn['’](?:est|sont)\s+pas\s+(?:encore\s+)?(?:un\s+)?[ÉE]tats?\s+partie\b",
            re.I,
        ),
        "non-party",
        "before",
    ),
    (  # "Mongolia is party to the CCW, but not its Amended Protocol II or Protocol V": the treaties right after "but not"
        re.compile(
            r"\b(?:is|are)\s+(?:also\s+)?(?:a\s+)?(?:State\s+|High\s+Contracting\s+)?party\s+to\b[^.;]{1,200}?,?\s+"
            r"but\s+not\s+(?:yet\s+)?(?:(?:a\s+)?(?:State\s+)?party\s+)?(?:to\s+)?(?:its\s+)?",
            re.I,
        ),
        "non-party",
        "but-not",
    ),
    (  # "Although not yet a State Party to the Convention, China has …": the sentence's subject
        re.compile(
            r"\b(?:although|though|while|whilst|as)\s+(?:it\s+is\s+|we\s+are\s+)?not\s+(?:yet\s+)?(?:a\s+)?"
            r"(?:State\s+|High\s+Contracting\s+)?Party\s+to\b",
            re.I,
        ),
        "non-party",
        "sentence",
    ),
    (
        re.compile(
            r"\bas\s+(?:an?\s+(?:full\s+)?(?:State\s+|(?:High\s+)?Contracting\s+)?Party|(?:States|High\s+Contracting)\s+Parties)"
            r"\s+(?:(?:fully\s+|firmly\s+|deeply\s+)?(?:committed|dedicated)\s+)?to\b"  # "As a State Party committed to the TPNW"
            r"|\bhaving\s+(?:ratified|acceded\s+to)\b",
            re.I,
        ),
        "party",
        "sentence",
    ),
    (
        re.compile(
            r"\b(?:the\s+)?(?:first|second|third|\w+th|one\s+of\s+the\s+(?:first|earliest))\s+(?:[A-Z][\w-]*\s+){0,2}"
            r"(?:countr(?:y|ies)|States?|nations?)\s+to\s+(?:have\s+)?(?:sign\s+and\s+)?"
            r"(?:ratif(?:y|ied)|accede(?:d)?\s+to|become\s+(?:an?\s+)?(?:State\s+)?party\s+to)\b"
            r"|\b(?:the\s+)?(?:\d{1,3}(?:st|nd|rd|th)|first|second|third|\w+th)\s+State\s+Party\s+to\b",  # "the 106th State Party to"
            re.I,
        ),
        "party",
        "sentence",
    ),
    (
        re.compile(
            r"\b(?:is|are|has\s+been|have\s+been|became|becomes|(?:has|have)\s+become|remains?)\s+(?:also\s+)?(?:not\s+)?(?:an?\s+)?"
            r"(?:full\s+|fully[\s-]fledged\s+)?(?:States?[\s-]+|High\s+Contracting\s+)?"
            r"Part(?:y|ies)\s+to\b",  # and in the plural: "Mali and Tunisia are States Parties to …"
            re.I,
        ),
        "party",
        "before",
    ),
    (re.compile(r"\b(?:(?:has|have)\s+(?:already\s+)?)?(?:ratified|acceded\s+to)\b", re.I), "party", "before"),
    # in Spanish: "Paraguay … depositó … el instrumento de ratificación del Tratado …", "ha ratificado", "firmó el
    # Tratado …", "las obligaciones jurídicas contenidas en el Protocolo II original", "se unió al grupo de 96 países
    # que han ratificado la Convención …", "al cual no nos hemos adherido", "realizó … el depósito del instrumento de
    # ratificación", "constituyéndonos … en el 81° Estado Parte de …"
    (
        re.compile(
            r"\b(?:(?:ha|han)\s+ratificado|ratificó|(?:se\s+)?adhirió(?:\s+a(?=\s))?|es\s+(?:Estado\s+)?parte\s+(?=del?\b)"
            r"|se\s+convirtió\s+en\s+(?:un\s+)?Estado\s+Parte\s+(?=del?\b)"
            r"|depositó\s+(?:[^,.;]{0,80}?\s)?(?:el|su)\s+instrumento\s+de\s+(?:ratificación|adhesión|aceptación|aprobación)"
            # "realizó el 16 de febrero de 2016, el depósito del instrumento de ratificación"
            r"|(?:realizó|efectuó|hizo)\s+(?:[^.;]{0,60}?\s)?(?:el|su)\s+depósito\s+del\s+instrumento\s+de\s+"
            r"(?:ratificación|adhesión|aceptación|aprobación)"
            # "constituyéndonos desde el pasado 16 de mayo en el 81° Estado Parte de …"
            r"|constituy(?:éndo(?:nos|se)|ó|endo)\s+(?:[^.;]{0,60}?\s)?en\s+(?:el\s+)?(?:\d{1,3}\s*[°º]\s+)?Estado\s+Parte\s+(?=del?\b)"
            r"|obligaciones\s+(?:jurídicas\s+)?(?:contenidas\s+en|en\s+virtud\s+de|derivadas\s+de)"
            r"|se\s+unió\s+al\s+grupo\s+de\s+(?:\d+\s+)?(?:países|Estados)\s+que\s+han\s+ratificado)\b",
            re.I,
        ),
        "party",
        "before",
    ),
    (  # "Cuba, quinto Estado en ratificarlo, …", "uno de los primeros países en ratificar el Tratado": the sentence's
        # subject, the treaty after
        re.compile(
            r"\b(?:(?:vigésim|trigésim|cuadragésim|quincuagésim|sexagésim|septuagésim|octogésim|nonagésim)o\s+)?"
            r"(?:primer|segund|tercer|cuart|quint|sext|séptim|octav|noven|décim)[oa]?s?\s+(?:países|país|Estados?)\s+en\s+"
            r"(?:ratificar(?:lo|la)?|adherirse|adherir(?:se)?\s+a)\b"
            r"|\b\d{1,3}\s*[°º]\s+(?:país|Estado)\s+en\s+(?:ratificar(?:lo|la)?|adherirse|adherir(?:se)?\s+a)\b",
            re.I,
        ),
        "party",
        "sentence",
    ),
    (  # "los Estados Parte de esta Convención hemos realizado esfuerzos": the speaker among the States Parties (a verb in
        # the first person plural their subject's, no comma between), not "A diferencia de los Estados Partes …"
        re.compile(
            r"(?<!igual\sque\s)(?<!diferencia\sde\s)(?<!como\s)(?<!salvo\s)(?<!excepto\s)(?<!que\s)\blos\s+Estados\s+"
            r"Partes?\s+(?:de|del|en)\s+(?=[^,.;:]{1,120}?\s(?-i:[a-záéíóú]{3,}(?:amos|emos|imos)|hemos|somos)\b)",
            re.I,
        ),
        "party",
        "we-object",
    ),
    (re.compile(r"\b(?:firmó|ha\s+firmado|suscribió|ha\s+suscri(?:p)?to)\b", re.I), "signatory", "before"),
    # "En su condición de … país firmante del Tratado …, mi delegación …": the sentence's speaker a signatory
    (re.compile(r"\b(?:país|Estado)\s+firmante\s+(?=del?\b)", re.I), "signatory", "sentence"),
    # in French: "La République du Cameroun a signé le traité …", "a ratifié", "a adhéré à", "est État partie à"
    # (and in the first person: "j'avais signé cette Convention", "nous avons ratifié le Traité")
    (re.compile(r"\b(?:a|avait|ai|avais|avons|avions)\s+signé\b", re.I), "signatory", "before"),
    (
        re.compile(
            r"\b(?:(?:a|avait|ai|avais|avons|avions)\s+(?:ratifié|adhéré\s+à)|est\s+(?:devenue?\s+)?(?:un\s+)?[EÉ]tat\s+partie\s+à"
            # "est devenu le 20e État partie en ratifiant la Convention": a rank, and the act that made it one
            r"|est\s+devenue?\s+(?:un\s+|(?:le|la)\s+(?:\d{1,3}\s*(?:e|ème|ᵉ)|premi(?:er|ère)|[a-zé]+ième)\s+)?[EÉ]tat\s+partie"
            r"\s+(?:en\s+(?:ratifiant|adhérant\s+à)))\b",
            re.I,
        ),
        "party",
        "before",
    ),
    (re.compile(r"\bal\s+cual\s+no\s+(?:nos\s+)?(?:hemos|ha|han)\s+adherido\b", re.I), "non-party", "relative"),
    (  # "Australia will join 76 other States already party to the Convention": said once it has ratified
        re.compile(
            r"\b(?:joins?|joined|will\s+(?:now\s+)?join)\s+(?:\d+|[a-z-]+)\s+other\s+(?:States|countries|nations)\s+"
            r"(?:(?:already|that\s+are|which\s+are)\s+)?(?:States\s+)?Part(?:y|ies)\s+to\b"
            r"(?![^.;]*\b(?:once|when|if|upon|after|as\s+soon\s+as|subject\s+to)\b)",
            re.I,
        ),
        "party",
        "before",
    ),
    (  # "Kazakhstan joined the Convention on Conventional Weapons on 8 July 2009": the treaty is the verb's object
        re.compile(r"\b(?:(?:has|have)\s+(?:already\s+)?)?joined\s+", re.I),
        "party",
        "object",
    ),
    (  # the passive, the state its agent: "the Arms Trade Treaty, done at New York …, and signed by the United States"
        re.compile(r"\bsigned\s+by\s+(?:the\s+)?", re.I),
        "signatory",
        "passive",
    ),
    (re.compile(r"\bratified\s+by\s+(?:the\s+)?", re.I), "party", "passive"),
    (  # a headline's present tense: "Minister signs the Convention …", "Chile ratifies the Arms Trade Treaty"
        re.compile(r"\b(?:signs)\s+", re.I),
        "signatory",
        "object",
    ),
    (re.compile(r"\b(?:ratifies|accedes\s+to)\s+", re.I), "party", "object"),
    (  # "Canada will soon join the Arms Trade Treaty": not yet a party to the treaty that is the verb's object
        re.compile(
            r"\b(?:will|(?:is|are)\s+(?:planning|preparing|intending)\s+to)\s+(?:soon\s+|shortly\s+|now\s+)?"
            r"(?:join|accede(?:\s+to)?|ratify|become\s+(?:a\s+)?(?:State\s+)?party\s+to)\s+",
            re.I,
        ),
        "non-party",
        "object",
    ),
    (
        re.compile(
            r"\bto\s+which\s+(?:it|we)\s+(?:is|are|has\s+been|have\s+been|became|remains?)\s+(?:a\s+)?"
            r"(?:State\s+|High\s+Contracting\s+)?Party\b(?!\s+to\b)",
            re.I,
        ),
        "party",
        "relative",
    ),
    (
        re.compile(
            r"\b(?:deposited|depositing|submitted|submitting|lodged|completed|completing|concluded|concluding),?\s+"
            # "deposited, with the United Nations Secretary-General in New York, its instrument of ratification"
            r"(?:with\s+(?:the\s+)?(?:United\s+Nations\s+|UN\s+)?Secretary-General(?:\s+in\s+New\s+York)?,?\s+)?"
            r"(?:its|our|their|an?|the)\s+"
            r"(?:(?:instrument|document)s?\s+(?:of|on)\s+(?:the\s+)?)?(?:ratification|accession|acceptance|approval)\b",
            re.I,
        ),
        "party",
        "before",
    ),
    (
        re.compile(
            r"\b(?:our|its)\s+(?:obligations?|commitments?)\s+(?:as\s+an?\s+(?:State\s+|High\s+Contracting\s+)?Party\s+)?"
            r"(?:arising\s+)?(?:under|from)\b",
            re.I,
        ),
        "party",
        "before",
    ),
    (
        re.compile(
            r"\b(?:the\s+)?(?:first|second|third|\w+th|one\s+of\s+the\s+(?:first|earliest))\s+(?:countr(?:y|ies)|States?|nations?)"
            r"\s+to\s+sign\b",
            re.I,
        ),
        "signatory",
        "sentence",
    ),
    (  # "the Kingdom is bound by the Convention to clear …": the treaty right after (not "bound by the spirit of …")
        re.compile(
            r"\b(?:is|are|remains?|has\s+been|have\s+been)\s+(?:legally\s+)?bound\s+by(?=\s+(?:the|this)\s+(?:[A-Z][\w-]*\s+)*"
            rf"{_TREATY_NOUN}\b|\s+the\s+[A-Z]{{2,6}}\b)",
        ),
        "party",
        "before",
    ),
    (  # "In accordance with our obligations under this Convention and the CCW, …": "our" the subject
        re.compile(
            r"\bour\s+(?:legal\s+)?(?:obligations?|commitments?)\s+(?:as\s+an?\s+(?:State\s+|High\s+Contracting\s+)?Party\s+)?"
            r"(?:arising\s+)?(?:under|from)\s+",
            re.I,
        ),
        "party",
        "own",
    ),
    (  # "The Convention entered into force for Kenya on …", "la Convención entró en vigor para Cuba": the treaty before
        re.compile(
            r"\b(?:entered|came)\s+into\s+(?:force|effect)\s+(?:for|in\s+respect\s+of)\s+(?:the\s+)?"
            r"|\bentr[óo]\s+en\s+vigor\s+(?:para|en)\s+(?:el\s+|la\s+)?"
            r"|\best\s+entrée?\s+en\s+vigueur\s+(?:pour|à\s+l['’]égard\s+de)\s+(?:la\s+|le\s+|l['’])?",
            re.I,
        ),
        "party",
        "in-force",
    ),
    (  # "Para Cuba, la Convención entró en vigor el …", "For Kenya, the Convention entered into force on …": the state
        # fronted, the treaty the verb's subject
        re.compile(
            r"\b(?:entered|came)\s+into\s+(?:force|effect)\b|\bentr[óo]\s+en\s+vigor\b|\best\s+entrée?\s+en\s+vigueur\b",
            re.I,
        ),
        "party",
        "fronted-in-force",
    ),
    (  # "We submit our annual reports under the Convention", "Chile submitted its national report under Article 7 of
        # the Convention": only a party reports under a treaty (not a report made of one's own will: "voluntary")
        re.compile(
            r"(?<!voluntarily\s)(?<!will\s)(?<!shall\s)(?<!would\s)(?<!to\s)"
            r"\b(?:submit(?:s|ted|ting)?|present(?:s|ed|ing)?|deliver(?:s|ed|ing)?)\s+(?:our|its)\s+"
            r"(?:(?:annual|national|transparency|regular|first|initial|latest)\s+)*reports?\s+(?:under|pursuant\s+to)\b"
            r"(?![^.;]*\bvoluntar)",
            re.I,
        ),
        "party",
        "report",
    ),
    (  # "Ruritania has fulfilled obligations under the Amended Protocol II", "complies with obligations under …",
        # "continues to abide by its obligations as a member of the Amended Mines Protocol to the CCW"
        re.compile(
            r"\b(?:fulfil(?:l?ed|l?s)|compl(?:ies|ied)\s+with|abides\s+by|abided\s+by|continu(?:es|ed)\s+to\s+abide\s+by)"
            r"\s+(?:all\s+)?(?:the\s+|its\s+|our\s+)?(?:legal\s+)?obligations\s+(?:under|arising\s+from"
            # a membership's treaty named right after it (not "as a member of the Council …")
            r"|as\s+an?\s+(?:member|(?:State\s+|High\s+Contracting\s+)?Party)\s+(?:of|to)"
            rf"(?=\s+(?:the\s+)?(?-i:(?:[A-Z][\w-]*\s+){{0,6}}(?:{_TREATY_NOUN}|[A-Z]{{2,6}})\b)))\b",
            re.I,
        ),
        "party",
        "before",
    ),
    (  # "signed a convention banning … on behalf of Ireland", "signé le Traité au nom de la France": the agent after
        re.compile(r"\b(?:signed|signé|firmó)\s+", re.I),
        "signatory",
        "behalf",
    ),
    (re.compile(r"\b(?:ratified|acceded\s+to|ratifié|ratificó)\s+", re.I), "party", "behalf"),
    (  # "As a non-member to the TPNW, Ruritania …": the sentence's subject, the treaty right after
        re.compile(r"\bas\s+an?\s+non[\s-]?(?:member|party|State\s+Party|signatory(?:\s+State)?)\s+(?:to|of)\s+", re.I),
        "non-party",
        "sentence-object",
    ),
    (  # "one year after its accession to the Convention", "Tras la adhesión de Cuba a la Convención …": done, not to come
        re.compile(
            r"\b(?:after|since|following|upon|with|tras|desde|con|après|depuis|avec)\s+"
            r"(?:(?P<own>its|our|his|her|su|nuestra|sa|notre)\s+(?:accession|ratification|adhesión|ratificación|adhésion)"
            r"|(?:the|la|l['’])\s*(?:accession|ratification|adhesión|ratificación|adhésion)\s+(?:de|of|by)\s+"
            r"(?P<name>(?:[A-Z][\w’'-]*\s+){1,3}?))\s*(?:to|of|a|al|de|del|à|au)\s+",
            re.I,
        ),
        "party",
        "nominal",
    ),
    (  # "Poland has been a signatory to …", "We remain the only signatory state from the region to …"
        re.compile(
            r"\b(?:is|are|has\s+been|have\s+been|became|remains?)\s+(?:also\s+)?(?:an?|the\s+only)\s+signatory"
            r"(?:\s+(?:State|country|nation))?(?:\s+(?:from|in)\s+(?:the|our|its)\s+region)?\s+(?:to|of)\b",
            re.I,
        ),
        "signatory",
        "before",
    ),
    (
        re.compile(
            r"\b(?:(?:has|have)\s+)?signed\b(?!\s+by\b)|\bas\s+an?\s+signatory\s+(?:State\s+)?(?:to|of)\b"
            r"|\bjoined\b[^.;]{0,60}?\bin\s+signing\b",
            re.I,
        ),
        "signatory",
        "before",
    ),
)

# A status stated as the instrument deposited ("concluding its ratification"), which names no treaty
# after it: the one the sentence named before is meant.
OBJECT_ARTICLE = re.compile(r"(?:(?:the|an?)\s+)?(?:international\s+)?", re.IGNORECASE)  # a verb, then its treaty
CLITIC_BEFORE = re.compile(r"(?:\b[lL]['’]\s*|\b(?:la|lo|le)\s+)$")  # "l'a ratifié", "lo ratificó"
IT_AFTER = re.compile(r"\s+it\b")
# A status verb whose object is left out, a day right after it: "signed the Treaty on 3 December 1997, ratified on
# 17 June 1998", "firmó el Tratado …, ratificó el 17 de junio de 1998": the treaty named before.
DAY_AFTER = re.compile(
    rf"\s+(?:on|el|le)\s+(?:\d{{1,2}}(?:er|º|°)?\s+(?:de\s+)?{tx.MONTH_NAMES}|{tx.MONTH_NAMES}\s+\d{{1,2}}\b)"
    r"|\s+(?:on\s+)?(?:that|the)\s+same\s+day\b",  # "signed the Convention on 3 May 2009 and ratified that same day"
    re.I,
)
INSTRUMENT = re.compile(
    r"\b(?:ratification|accession|acceptance|approval|ratificación|adhesión|aceptación|aprobación|adhésion|acceptation"
    r"|approbation)\b",
    re.IGNORECASE,
)  # in English, Spanish and French
# Words before a treaty's name that say the status concerns a part of it (a protocol, an amendment)
UNNAMED_PART = re.compile(r"\b(?:protocols?|amendments?|AP-?[IVX]+|annex)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Cue:
    key: str
    source: str  # the cue as the lexicon writes it
    pattern: re.Pattern[str]
    topic_after: bool = False  # the topic counts only after the cue (what was said, not the sentence's opening)
    # an assessment whose subject is the matter assessed ("The NPT remains the cornerstone of …", "Mine action is
    # essential to …"): in a document that speaks for the state, the state's view where nothing names another source
    assessed: bool = False


@dataclass(frozen=True)
class Topic:
    key: str
    label: str
    definition: str
    harm: bool
    triggers: tuple[Cue, ...]
    weapon: bool = False  # a kind of weapon, which "those weapons" may refer back to


HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u00ad": "-"})  # one character each


def _compile(phrase: str) -> re.Pattern[str]:
    """A lexicon entry as a regex: "re:" entries as written, phrases OCR-tolerant and word-bounded."""
    if phrase.startswith("re:"):
        return re.compile(phrase[3:], re.IGNORECASE)
    pieces = []
    for char in phrase:
        if char == " ":
            pieces.append(r"\s+")
        else:
            pieces.append(_OCR.get(char.lower(), re.escape(char)))
    return re.compile(r"(?<!\w)" + "".join(pieces) + r"(?!\w)", re.IGNORECASE)


@cache
def lexicon() -> tuple[tuple[tuple[str, str, str], ...], tuple[Cue, ...], tuple[Topic, ...]]:
    """(stances as (key, label, definition), stance cues in order, topics in priority order)."""
    data = tomllib.loads(files("treatykg.reference").joinpath("position_topics.toml").read_text(encoding="utf-8"))
    stances = tuple((s["key"], s["label"], s["definition"]) for s in data["stance"])
    cues = tuple(
        Cue(s["key"], cue, _compile(cue), bool(s.get("topic_after", False)), bool(s.get("assessed", False)))
        for s in data["stance"]
        for cue in s["cues"]
    )
    topics = tuple(
        Topic(
            t["key"],
            t["label"],
            t["definition"],
            bool(t.get("harm", False)),
            tuple(Cue(t["key"], trigger, _compile(trigger)) for trigger in t["triggers"]),
            bool(t.get("weapon", False)),
        )
        for t in data["topic"]
    )
    return stances, cues, topics


def _clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans, begin = [], start
    for match in CLAUSE_BREAK.finditer(text, start, end):
        spans.append((begin, match.start()))
        begin = match.end()
    spans.append((begin, end))
    return [(s, e) for s, e in spans if e > s]


def _first(cues: tuple[Cue, ...], text: str, start: int, end: int) -> tuple[Cue, re.Match[str]] | None:
    for cue in cues:
        match = cue.pattern.search(text, start, end)
        if match:
            return cue, match
    return None


def _topic(text: str, start: int, end: int) -> tuple[Topic, re.Match[str], Cue] | None:
    for topic in lexicon()[2]:
        found = _first(topic.triggers, text, start, end)
        if found:
            return topic, found[1], found[0]
    return None


def topic_in(text: str, start: int, end: int) -> tuple[str, str] | None:
    """(topic key, the trigger that found it) of the first topic ``text[start:end]`` names, in the
    lexicon's priority order; None where it names none."""
    piece = text[start:end].translate(HYPHENS)  # only the piece: the whole text is not copied for each sentence
    found = _topic(piece, 0, len(piece))
    return (found[0].key, found[2].source) if found else None


def _treaty_topic(text: str, start: int, end: int, floor: int) -> tuple[Topic, re.Match[str], Cue] | None:
    """The topic of a treaty a clause names by its kind ("We regret … withdrawal from the Convention"): the
    topic the treaty's own title triggers, for the treaty named last before it."""
    anaphor = ANAPHOR.search(text, start, end)
    if anaphor is None:
        return None
    treaty = _antecedent(
        text,
        _treaties_in(text, max(floor, start - _ANTECEDENT_REACH), start),
        anaphor.group(1).lower(),
        anaphor.start(1),
        floor,
    )
    if treaty is None:
        return None
    found = _topic(gazetteer.treaty(treaty).title, 0, len(gazetteer.treaty(treaty).title))
    if found is None:
        return None
    topic, _, trigger = found
    return topic, anaphor, Cue(topic.key, f"{anaphor.group()} ({trigger.source})", trigger.pattern)


def _judged(
    text: str,
    stance: Cue,
    clause: tuple[int, int, int, int],
    sentence: tuple[int, int],
    carried: str | None,
    state: str,
) -> tuple[Topic, Cue | None, tuple[str, str]] | None:
    """The topic a clause takes its stance on, the trigger that found it (None: the previous sentence's
    topic, ``carried``), and the stance: the first topic the clause names, in priority order, then a
    treaty or weapon it refers back to, on which the stance makes sense (``_stance_on``)."""
    c_start, cue_end, c_end, topic_start = clause
    s_start, floor = sentence
    candidates: list[tuple[Topic, re.Match[str] | None, Cue | None]] = []
    candidates += _topics(text, topic_start, c_end)
    treaty = _treaty_topic(text, topic_start, c_end, floor)
    if treaty and OBJECT.fullmatch(text, cue_end, treaty[1].start()):
        candidates.insert(0, treaty)  # the cue's own object: "opposing the treaty, reiterating that landmines …"
    for referred in (treaty, _weapon_anaphor(text, s_start, topic_start, c_end)):
        candidates += [referred] if referred and referred not in candidates else []
    if not candidates and carried and not _names_another_state(text, cue_end, c_end, state):
        candidates = [(_topic_named(carried), None, None)]
    for topic, trigger_match, trigger in candidates:
        taken = _stance_on(text, stance, topic, trigger_match, (s_start, cue_end, c_end), state)
        if taken:
            return topic, trigger, taken
    return None


def _topic_named(key: str) -> Topic:
    return next(topic for topic in lexicon()[2] if topic.key == key)


def _topics(text: str, start: int, end: int) -> list[tuple[Topic, re.Match[str], Cue]]:
    """Every topic ``text[start:end]`` names, in the lexicon's priority order, with its first trigger."""
    found = []
    for topic in lexicon()[2]:
        trigger = _first(topic.triggers, text, start, end)
        if trigger:
            found.append((topic, trigger[1], trigger[0]))
    return found


def _stance_on(
    text: str, stance: Cue, topic: Topic, trigger: re.Match[str] | None, clause: tuple[int, int, int], state: str
) -> tuple[str, str] | None:
    """(stance key, rule) the clause takes on the topic: support said for addressing a harm ("committed
    to a world free of landmines") opposes it; support said only near a harm is what was said, where a
    verb of speech stands before it, else no stance on that topic (None)."""
    s_start, cue_end, c_end = clause  # the verb of speech may stand anywhere before, in the sentence
    rule = f"stance '{stance.key}' by {stance.source!r}"
    breach = trigger is not None and BREACH_OF.search(text, max(s_start, trigger.start() - 60), trigger.start())
    if breach and stance.key in ("supports", "opposes"):
        return None  # "a violation of international humanitarian law, which we condemn": the breach is condemned
    if stance.assessed and stance.key == "opposes" and (not topic.harm or not _at_head(text, s_start, trigger)):
        return None  # "… is unacceptable": against a harm its subject names, not a treaty, a remedy or a word's use
    if CONCERN.search(stance.source) and topic.harm:  # "concerned over the circulation of small arms"
        return "opposes", f"{rule} (concern about a harm: opposes it)"
    addressing = stance.topic_after or stance.key == "supports"  # "underlined a need to stop …", "committed to end …"
    if topic.harm and addressing and trigger is not None and REMEDIAL.search(text, cue_end, trigger.start()):
        return "opposes", f"{rule} ({'said for' if stance.topic_after else 'supports'} addressing a harm: opposes it)"
    if stance.key != "supports" or not topic.harm:
        return stance.key, rule
    said = _reported_speech(text, s_start, c_end, trigger, state)
    if said is None:
        return None
    return said.key, f"stance '{said.key}' by {said.source!r} (support near a harm: only what was said)"


_HEAD_WORDS = 8  # how many words may open a sentence before the harm that "… is unacceptable" is said of


def _at_head(text: str, s_start: int, trigger: re.Match[str] | None) -> bool:
    """Whether a topic's trigger stands at the head of its sentence ("Nuclear weapons are unacceptable", "The threat
    of nuclear weapons is …"), not deep in a long subject ("Using the word 'wish' in explaining progress in nuclear
    disarmament is unacceptable" says nothing of nuclear weapons themselves)."""
    return trigger is not None and len(re.findall(r"\w+", text[s_start : trigger.start()])) <= _HEAD_WORDS


@cache
def _speech_cues() -> tuple[Cue, ...]:
    """The reported-speech cues ("said", "stressed"): those whose topic counts only after them."""
    return tuple(cue for cue in lexicon()[1] if cue.topic_after)


def _reported_speech(text: str, start: int, end: int, trigger: re.Match[str] | None, state: str) -> Cue | None:
    """The reported-speech cue ("said", "stressed") of a clause whose support cue stands near a harm
    ("said he was committed to dealing with nuclear weapons"): the state said something about the
    topic, though not which side it takes; None where no such cue precedes the topic with the state as
    its subject."""
    if trigger is None:
        return None
    said = _first(_speech_cues(), text, start, trigger.start())
    if said is None or not (speaker_rule(text, start, said[1].start(), state) or "").startswith("subject"):
        return None
    return said[0]


def _weapon_anaphor(text: str, s_start: int, start: int, end: int) -> tuple[Topic, re.Match[str], Cue] | None:
    """The weapon "those weapons" in ``text[start:end]`` refers back to: the one kind of weapon the
    sentence names before it ("Stressing the ease with which small arms could be procured, the
    representative said that those weapons caused violence"); None where it names none or several."""
    anaphor = WEAPON_ANAPHOR.search(text, start, end)
    if anaphor is None:
        return None
    named = {
        topic.key: (topic, trigger)
        for topic in lexicon()[2]
        if topic.weapon
        for trigger in topic.triggers
        if trigger.pattern.search(text, s_start, start)
    }
    if len(named) != 1:
        return None
    topic, trigger = next(iter(named.values()))
    return topic, anaphor, Cue(topic.key, f"{anaphor.group()} ({trigger.source})", trigger.pattern)


def _names_another_state(text: str, start: int, end: int, state: str) -> bool:
    return any(match.ref.alpha3 != state for match in gazetteer.find_states_in(text[start:end]))


def about(text: str, start: int, end: int) -> tuple[tuple[str, str], ...]:
    """The treaties and forums ``text[start:end]`` names, as a position's ``about``."""
    piece = text[start:end]
    found = [("treaty", m.ref.key) for m in gazetteer.find_treaties_in(piece)]
    found += [("forum", m.ref.key) for m in gazetteer.find_forums_in(piece)]
    return tuple(dict.fromkeys(found))


def _others_relative(text: str, starts: tuple[int, int], at: int, state: str) -> bool:
    """Whether the cue at ``at`` says what something else than the state does: a relative clause on a noun
    that is not the state ("a resolution that urged …", not "Chile, which supports …"), or a participle after a
    text the state voted on ("voted for Resolution 51/45S urging …")."""
    sentence, start = starts  # where the cue's sentence and its clause start
    if re.match(r"\w+ing\b", text[at : at + 30]) and VOTED_TEXT.search(text, sentence, at):
        return True
    relative = RELATIVE_CUE.search(text, max(start, at - 80), at)
    if relative is None:
        return False
    before = text[max(start, relative.end("noun") - 80) : relative.end("noun")]
    last = gazetteer.find_states_in(before)
    return not (last and last[-1].end == len(before) and last[-1].ref.alpha3 == state) and not SPEAKER.fullmatch(
        relative["noun"]
    )


def speaker_rule(text: str, start: int, end: int, state: str, inherited: bool = False) -> str | None:
    """Which subject test says the clause's speaker is the state (None: it is someone else)."""
    head = text[start:end]
    named = [m for m in gazetteer.find_states_in(head) if not gazetteer.names_a_body(head, m.end)]
    states = {m.ref.alpha3 for m in named}
    selves = [m.end for m in named if m.ref.alpha3 == state] + [m.end() for m in SPEAKER.finditer(head)]
    others = [m.start for m in named if m.ref.alpha3 != state]
    others += [m.start for m in gazetteer.find_groups_in(head) + gazetteer.find_organisations_in(head)]
    others += [m.start() for m in OTHERS_SUBJECT.finditer(head)]
    # "We note that Russia regards …", "… said the Arab Group supported …": another's, in a clause of its own
    if any(at >= max(selves, default=0) and CLAUSE_SUBJECT.search(head, 0, at) for at in others):
        return None
    if state in states:
        return f"subject '{gazetteer.state(state).short_name}'"
    speaker = SPEAKER.search(head)
    if speaker:
        return f"subject '{speaker.group().strip()}'"
    if states:
        return None
    if inherited:
        return "subject of the previous clause"
    if IMPERSONAL_VIEW.match(text, start) or not head.strip():
        return "impersonal view in a document that speaks for the state"
    return None


# Words before an assessment that give it as someone else's or as no claim: reported speech, a source, a question
ANOTHER_SOURCE = re.compile(
    r"\b(?:according\s+to|in\s+the\s+(?:view|words|opinion)\s+of|for\s+(?:them|some|many|others)|said|says|stated|"
    r"argued?|argues|claim(?:s|ed)?|believes?|believed|considers?|considered|thinks?|thought|quot\w+|allegation\w*)\b|\?",
    re.IGNORECASE,
)


def _assessed_matter(text: str, s_start: int, cue: int) -> str | None:
    """The speaker of an assessment whose subject is the matter assessed ("The NPT remains the cornerstone of …",
    "Mr. Chairman, mine action is essential to …"): the document's own view where the sentence names no state, group,
    organisation or other delegations before the cue, no one who said or believes it, and no quotation is open."""
    head = text[s_start:cue]
    if (
        gazetteer.find_states_in(head)
        or gazetteer.find_groups_in(head)
        or gazetteer.find_organisations_in(head)
        or OTHERS_SUBJECT.search(head)
        or ANOTHER_SOURCE.search(head)
        or tx.open_quotation(head, 0, len(head))
    ):
        return None
    return "impersonal view in a document that speaks for the state (the matter assessed is the subject)"


FINISHED = re.compile(r"[.!?;:…\"”’)]\s*$")  # a sentence that ends as sentences do


def _first_person_cue(cue: re.Match[str]) -> str | None:
    """A cue whose verb is itself in the first person plural ("creemos que", "apoyamos"): its subject is "we"."""
    verb = SPEAKER.match(cue.string, cue.start(), cue.end())
    return f"subject '{verb.group()}' (the verb's person)" if verb else None


def find_positions(
    text: str, state: str, start: int = 0, end: int | None = None, own_words: bool = False, denials: bool = True
) -> list[PositionMention]:
    """Every position the state takes in ``text[start:end]``, in text order. Hyphens of every kind
    are read as "-" ("anti‑personnel", "nuclear‑weapon"); quotes keep the text as written. With
    ``own_words`` (a document in the state's own voice), where no position is found, the first
    sentence whose stance cue has the state as its named subject ("Kenya remains committed to …",
    "We urge …") on a matter the lexicon has no topic for is kept as stance ``says`` on topic
    ``unclassified``: the quote, and nothing read into it; with ``denials`` false, not where the cue is denied (a
    report's "X has not attended any meeting" tells of an act not done, not of anything the state said)."""
    written, text = text, text.translate(HYPHENS)
    cues = lexicon()[1]
    found: list[PositionMention] = []
    untopical: tuple[int, int, str] | None = None  # the first such sentence, and its subject rule
    for block_start, block_end in _blocks(text, start, end):
        previous_topic: str | None = None
        for s_start, s_end in tx.sentences(text[block_start:block_end], block_start):
            sentence_topics: list[str] = []
            speaker: str | None = None
            stance: Cue | None = None
            subject_before = False  # an earlier clause of the sentence has the state as its subject
            for c_start, c_end in _clauses(text, s_start, s_end):
                cue_found = _first(cues, text, c_start, c_end)
                if cue_found and _courtesy_or_vote_act(text, cue_found[1]):
                    stance = None  # "assure you of our support", "will not participate in the action": no view
                    continue
                if cue_found and NEGATED_CUE.search(
                    text, max(c_start, cue_found[1].start() - 70), cue_found[1].start()
                ):
                    stance = None  # "did not take part", "we do not oppose": the cue is denied, no stance is taken
                    denier = speaker_rule(text, c_start, cue_found[1].start(), state) or ""
                    kept = denials and denier.startswith("subject '")
                    untopical = untopical or ((s_start, s_end, denier) if kept else None)
                    continue
                if cue_found and _not_a_stance(text, state, (s_start, c_start), cue_found[1].start()):
                    stance = None
                    continue
                if not cue_found and stance is None:  # "Norway is a party … and remains committed to …"
                    subject_before = subject_before or (speaker_rule(text, c_start, c_end, state) or "").startswith(
                        "subject"
                    )
                    continue
                if cue_found:
                    stance, cue_match = cue_found
                    speaker = speaker_rule(
                        text, c_start, cue_match.start(), state, speaker is not None or subject_before
                    ) or _first_person_cue(cue_match)
                    if speaker is None and stance.assessed:  # "The NPT remains the cornerstone of …"
                        speaker = _assessed_matter(text, s_start, cue_match.start())
                    if stance.topic_after and speaker and speaker.startswith("impersonal"):
                        speaker = None  # reported speech says who spoke: "stressed by many" is no one's view here
                    cue_end = cue_match.end()
                elif stance is None or speaker is None:
                    continue
                else:
                    cue_end = c_start  # the clause continues the previous one's claim
                if speaker is None:
                    continue
                topic_start = cue_end if cue_found and stance.topic_after else c_start
                carried = previous_topic if cue_found else None  # a new cue may take the topic of the sentence before
                judged = _judged(text, stance, (c_start, cue_end, c_end, topic_start), (s_start, start), carried, state)
                if judged is None:
                    said = (
                        cue_found
                        and (  # not cut short after its cue, as an excerpt may be: "noted that t"
                            len(re.findall(r"\w{2,}", text[cue_end:s_end])) >= 3
                            or FINISHED.search(text, s_start, s_end)
                        )
                    )
                    # a judgement against the matter that is its subject ("… is unacceptable") speaks for the state
                    # too; not a milder assessment ("… is vital to …"), which may summarise another text
                    judgement = stance.assessed and stance.key == "opposes" and speaker.startswith("impersonal")
                    own = speaker.startswith("subject '") or judgement
                    if untopical is None and said and own:
                        untopical = (s_start, s_end, speaker)
                    continue
                found.append(
                    _mention(written, text, state, (s_start, s_end, c_start, c_end), speaker, judged, cue_found)
                )
                if judged[1] is not None:  # the topic was found in this sentence, not carried from the one before
                    sentence_topics.append(judged[0].key)
            previous_topic = sentence_topics[-1] if sentence_topics else None
    if own_words and not found and untopical:
        return [_unclassified(written, text, state, *untopical)]
    return _distinct(found)


LINE_END = re.compile(r"[.!?:;…]\W*$")  # a line that ends as a sentence, a heading's colon or a list's item do
_WRAPPED_LINE = (40, 100)  # the length of a line wrapped at a page's width (a longer line is a paragraph of its own)


def _blocks(text: str, start: int, end: int | None) -> list[tuple[int, int]]:
    """The paragraphs of ``text[start:end]``, with a double-spaced layout's lines joined: in a run of three or more
    blocks that are each one line of a page's width, a line that ends mid-sentence ("… to serve in the Group of" /
    "Governmental Experts …") runs on into the next; a heading before paragraphs of one long line each, or a short
    line ("Mr Chairman,"), stays its own."""
    spans = tx.blocks(text, start, end)
    lines = [
        "\n" not in text[s:e].strip() and len(text[s:e].strip()) <= _WRAPPED_LINE[1] for s, e in spans
    ]  # one line of a page's width, or shorter
    joined: list[tuple[int, int]] = []
    for k, (s, e) in enumerate(spans):
        if (
            joined
            and lines[k]
            and lines[k - 1]
            and (k >= 2 and lines[k - 2] or k + 1 < len(spans) and lines[k + 1])
            and len(text[spans[k - 1][0] : spans[k - 1][1]].strip()) >= _WRAPPED_LINE[0]
            and not LINE_END.search(text, spans[k - 1][0], spans[k - 1][1])
        ):
            joined[-1] = (joined[-1][0], e)
        else:
            joined.append((s, e))
    return joined


def find_group_positions(text: str, key: str, start: int = 0, end: int | None = None) -> tuple[PositionMention, ...]:
    """The positions a group of states takes in a text in its name (a statement or a letter on its behalf): in the
    first person, and where the group is named as a sentence's subject ("The EU emphasises …", "The Arab States
    Members … express …"); each marked as the group's, its quote from the text as written."""
    found = find_positions(_group_as_we(text, key), key, start, end, own_words=True)
    return tuple(m.model_copy(update={"by_group": True, "quote": text[m.span.start : m.span.end]}) for m in found)


def _group_as_we(text: str, key: str) -> str:
    """The text with the group's names as a sentence's subject written "We", offsets kept, so that the lexicon reads
    them as the speaker."""
    ref = gazetteer.voice(key)
    written = (ref.name, *ref.aliases)
    # a name of several words also with each word capitalised ("Union européenne" as "L'Union Européenne")
    titled = [" ".join(word[:1].upper() + word[1:] for word in name.split()) for name in written if " " in name]
    names = sorted(set(written) | set(titled), key=len, reverse=True)
    pattern = re.compile(
        rf"\b(?:[Tt]he\s+|[Ll][’']\s*|[Ll]a\s+|[Ee]l\s+)?(?:{'|'.join(map(re.escape, names))})\b"  # "the", "l'", "la", "el"
        r"(?=\s+(?:also\s+|further\s+|aussi\s+|también\s+)?[a-zà-ÿ])"
    )
    return pattern.sub(lambda match: "We".ljust(len(match.group())), text)


def _mention(
    written: str,
    text: str,
    state: str,
    spans: tuple[int, int, int, int],
    speaker: str,
    judged: tuple[Topic, Cue | None, tuple[str, str]],
    cue_found: object,
) -> PositionMention:
    """The position a clause states (``spans``: its sentence's start and end, then the clause's), with the rule that
    read it: who speaks, the stance (carried from the clause before where the clause has no cue) and the topic."""
    s_start, s_end, c_start, c_end = spans
    topic, trigger, (stance_key, stance_rule) = judged
    topic_rule = (
        f"topic '{topic.key}' by {trigger.source!r}" if trigger else f"topic '{topic.key}' of the previous sentence"
    )
    if not cue_found:
        stance_rule += " (carried from the previous clause)"
    return PositionMention(
        state=state,
        stance=stance_key,
        topic=topic.key,
        span=Span(start=s_start, end=s_end),
        quote=written[s_start:s_end],
        rule=f"{speaker}; {stance_rule}; {topic_rule}",
        about=about(text, c_start, c_end),
    )


# A cue that is a courtesy to the chair ("I should like to assure you of our support") or a vote's act ("will not
# participate in the action about to be taken"): no view on a matter, and no words kept as one.
COURTESY_BEFORE = re.compile(
    r"\b(?:assures?|extends?\s+to|offers?\s+to|pledges?\s+to)\s+you\s+(?:of\s+)?(?:[\w'’]+\s+){0,4}$", re.IGNORECASE
)
COURTESY_AFTER = re.compile(r"\s+(?:to|for)\s+you\b|\s+and\s+(?:best\s+wishes|cooperation)\b", re.IGNORECASE)
VOTE_ACT_AFTER = re.compile(r"\s+in\s+the\s+(?:action|vote|voting|decision)\b", re.IGNORECASE)
THANKS_FOR = re.compile(r"\b(?:thank\w*|grateful|gratitude|congratulat\w*)\b[^.!?;]*\bfor\b[^.!?;]*$", re.IGNORECASE)


def _courtesy_or_vote_act(text: str, cue: re.Match[str]) -> bool:
    before = text[max(0, cue.start() - 60) : cue.start()]
    sentence = text[max(0, cue.start() - 200) : cue.start()]
    return bool(
        COURTESY_BEFORE.search(before)
        or THANKS_FOR.search(sentence)  # "I would like to thank all colleagues for the warm welcome …"
        or COURTESY_AFTER.match(text, cue.end())
        or cue.group().lower().startswith("participat")
        and VOTE_ACT_AFTER.match(text, cue.end())
    )


def _not_a_stance(text: str, state: str, starts: tuple[int, int], cue: int) -> bool:
    """Whether the words before a stance cue (from the sentence's and the clause's ``starts``) make it no stance
    of the state's: a condition ("If we were a party to the Treaty, we would …"), a vote, which votes record ("voted
    in favour of resolution 64/56"), a text's own words ("the statement in support of the Treaty", "abstained on a
    resolution that urged states to join")."""
    s_start, c_start = starts
    return bool(
        CONDITION.search(text[s_start:cue])
        or VOTED.search(text, max(c_start, cue - 20), cue)
        or TEXT_IN_SUPPORT.search(text, max(c_start, cue - 40), cue)
        or _others_relative(text, starts, cue, state)
        or _quoting_another(text, s_start, cue, state)
    )


# Words that give the quotation after them as someone's: "In the words of …", "According to …"
QUOTE_SOURCE = re.compile(r"\b(?:in\s+the\s+words\s+of|according\s+to|quot(?:e|ed|ing))\b", re.IGNORECASE)
ADDRESSEE_BEFORE = re.compile(r"\b(?:to|told|informed|with)\s+(?:the\s+)?$", re.IGNORECASE)  # "told the Monitor"


def _quoting_another(text: str, s_start: int, cue: int, state: str) -> bool:
    """Whether the cue stands inside a quotation the sentence gives as another's words: another state, a group or
    an organisation named before it ('As the representative of Egypt said, "we oppose …"'), or "in the words of"."""
    before = text[s_start:cue]
    opening = tx.open_quotation(before, 0, len(before))
    if opening is None:
        return False  # no quotation open at the cue
    lead = before[: opening.start()]
    if any(m.start == 0 and m.ref.alpha3 == state for m in gazetteer.find_states_in(before[opening.end() :])):
        return False  # the quotation opens with the state: 'wrote to the Monitor that "Singapore believes … We …"'
    named = gazetteer.find_states_in(lead) + gazetteer.find_groups_in(lead) + gazetteer.find_organisations_in(lead)
    sources = sorted(
        (m for m in named if not ADDRESSEE_BEFORE.search(lead, 0, m.start)),  # "told the Monitor": whom, not who
        key=lambda m: m.start,
    )
    if sources:  # the one named last before the quotation speaks it: 'Cambodia quoted Lao PDR's minister: "we …"'
        return getattr(sources[-1].ref, "alpha3", None) != state
    return QUOTE_SOURCE.search(lead) is not None


def _unclassified(written: str, text: str, state: str, s_start: int, s_end: int, rule: str) -> PositionMention:
    """The state's own words on a matter the lexicon has no topic for: stance ``says``, topic
    ``unclassified``."""
    return PositionMention(
        state=state,
        stance="says",
        topic="unclassified",
        span=Span(start=s_start, end=s_end),
        quote=written[s_start:s_end],
        rule=f"{rule}; a stance cue with no topic the lexicon knows: the words alone",
        about=about(text, s_start, s_end),
    )


def _distinct(found: list[PositionMention]) -> list[PositionMention]:
    seen, result = set(), []
    for position in found:
        key = (position.span, position.stance, position.topic)
        if key not in seen:
            seen.add(key)
            result.append(position)
    return result


# Words between the subject and the status verb that make the claim someone else's ("States that have
# ratified"), a wish or a condition ("we hope", "if we had ratified"); "among the countries that have
# ratified" keeps the subject.
NOT_OWN_CLAIM = re.compile(
    r"\b(?:that|which|who|whom|whose|if|unless|whether|hope[sd]?|wish(?:es)?|intends?|plans?|aims?|expects?|will|would|"
    r"should|shall|may|might|could|calls?|urges?|encourages?|invites?|once|when)\b",
    re.IGNORECASE,
)
AMONG = re.compile(
    r"(?:\b(?:among|one\s+of)|\b(?:is|are|was|were|remains?)\s+the\s+only)\s+(?:the\s+)?(?:\w+\s+){0,3}?(?:countr(?:y|ies)|States?|nations?)\s+"
    # "the only countries in the Americas region that": where, before the relative
    r"(?:(?:in|of|from)\s+(?:the\s+)?(?:[\w-]+\s+){1,4}?)?(?:that|which|who)\s+$",
    re.IGNORECASE,
)
# "has never signed", "hasn't", and in Spanish "no firmó", "no ha ratificado" (whose non-party the patterns read)
NEGATED = re.compile(r"(?:\b(?:not|never|no)|n[’']t)\s+(?:yet\s+)?$", re.IGNORECASE)
# A treaty named by its kind ("the Convention", "this milestone treaty", "the UN Convention"), standing for
# the treaty named last before it.
ANAPHOR = re.compile(
    r"\b(?i:the|this|that)\s+(?:(?:[a-z][\w-]*|United\s+Nations|UN)\s+){0,2}?((?:C|c)onvention|(?:T|t)reaty|Protocol)\b"
    r"(?!\s+(?:on|of|for|against|to|between|in)\b)"
)
# A CCW protocol named by its number ("AP-II of the CCW", "Protocol V to the CCW"); the only protocol
# ever amended is Protocol II ("the Revised Protocol to the CCW", "the Amended Mines Protocol to the CCW" are Amended
# Protocol II).
CCW_PROTOCOL = re.compile(
    r"\b(?:((?:Amended|Revised)\s+(?:Mines\s+)?Protocol(?:\s+II)?|AP[\s-]?II)|Protocol\s+(I|II|III|IV|V))"
    r"\s+(?:of|to)\s+the\s+$"
)
OBJECT = re.compile(r"\s*")  # what may stand between a stance's cue and the treaty that is its object
APPOSITION = re.compile(r"\s*(?:[-–—,:]|\()\s*(?:the\s+)?", re.IGNORECASE)  # a treaty's name set beside "the Treaty"
_ANTECEDENT_REACH = 1500  # how far back (characters) "the Convention" looks for the treaty it stands for


DOUBLED_APOSTROPHE = re.compile(r"(?<=\w)([’'])\1(?=\w)")  # "Convention d’’Oslo", as a copy that escaped it writes it


def _single_apostrophes(text: str) -> tuple[str, list[int]]:
    """``text`` with each doubled apostrophe inside a word written once, and the offset in ``text`` of each of its
    characters."""
    kept = [k for k in range(len(text))]
    for doubled in reversed(list(DOUBLED_APOSTROPHE.finditer(text))):
        del kept[doubled.start() + 1]
    if len(kept) == len(text):
        return text, kept
    return "".join(text[k] for k in kept), kept


def _treaties_in(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, key) of every treaty named in ``text[start:end]``, a CCW protocol by number included."""
    found = []
    segment, offsets = _single_apostrophes(text[start:end])
    for match in gazetteer.find_treaties_in(segment):
        m_start, m_end, key = start + offsets[match.start], start + offsets[match.end - 1] + 1, match.ref.key
        if key == "ccw":
            protocol = CCW_PROTOCOL.search(text, max(start, m_start - 40), m_start)
            if protocol:
                m_start = protocol.start()
                key = (
                    "ccw-p2-amended"
                    if protocol.group(1)
                    else f"ccw-p{('I', 'II', 'III', 'IV', 'V').index(protocol.group(2)) + 1}"
                )
        found.append((m_start, m_end, key))
    found = _bare_ccw_protocols(text, found, end)
    return [
        (s, e, key)
        for k, (s, e, key) in enumerate(found)
        if not (  # "CCW Amended Protocol II": the Convention's name qualifies the part named right after it
            k + 1 < len(found)
            and gazetteer.treaty(found[k + 1][2]).parent == key
            and not text[e : found[k + 1][0]].strip()
        )
        and not (  # "the Convention on Conventional Weapons (CCW)": the abbreviation is the name before it again
            k
            and found[k - 1][2] == key
            and re.fullmatch(r"\s*\(", text[found[k - 1][1] : s])
            and text[e : e + 1] == ")"
        )
    ]


# A CCW protocol named by its number alone, coordinated after a part of the CCW (or the CCW itself): "Amended Protocol
# II (AP-II) and Protocol V (P-V)", "the CCW, Protocol IV and Protocol V" (not "Additional Protocol I", nor one "to" or
# "of" another treaty)
BARE_PROTOCOL = re.compile(
    r"(?:Protocol|Protocolo|Protocole)\s+(I|II|III|IV|V)\b(?!\s+(?:to|of|additional|additionnel|adicional|a|al|au|à|de|del|du)\b)"
)


def _bare_ccw_protocols(text: str, found: list[tuple[int, int, str]], end: int) -> list[tuple[int, int, str]]:
    """``found`` with each CCW protocol named by its number alone right after one of the CCW's names it is
    coordinated with."""
    result = list(found)
    k = 0
    while k < len(result):
        s, e, key = result[k]
        nxt = result[k + 1][0] if k + 1 < len(result) else end
        glue = COORDINATED.match(text, e, nxt) if key == "ccw" or key.startswith("ccw-") else None
        bare = BARE_PROTOCOL.match(text, glue.end(), nxt) if glue else None
        if bare:
            number = ("I", "II", "III", "IV", "V").index(bare.group(1)) + 1
            result.insert(k + 1, (bare.start(), bare.end(), f"ccw-p{number}"))
        k += 1
    return result


def _antecedent(
    text: str, named: list[tuple[int, int, str]], noun: str, position: int, floor: int, *, romance: bool = False
) -> str | None:
    """The treaty "the Convention" at ``position`` stands for: every earlier use of the noun within reach
    is in the name of one and the same treaty, or is itself "the Convention" (with that treaty's name in
    apposition, or none); two treaties of that kind, or one the gazetteer does not know, leave it unresolved.
    With ``romance`` (a status verb's "esta Convención", "cette Convention"), an earlier bare Spanish or French use of
    the noun counts as one standing for a treaty too."""
    pattern = re.compile(rf"\b{noun}\b", re.IGNORECASE)
    keys = set()
    for use in pattern.finditer(text, max(floor, position - _ANTECEDENT_REACH), position):
        inside = [key for s, e, key in named if s <= use.start() < e]
        if inside:
            keys.add(inside[0])
            continue
        before = max(floor, use.start() - 40)  # the Spanish or French one seen with what follows (a title's opening)
        anaphors = [ANAPHOR.search(text, before, use.end() + 1)]
        if romance:
            anaphors.append(ROMANCE_ANAPHOR.search(text, before, use.end() + 40))
        if not any(anaphor and anaphor.start(1) == use.start() for anaphor in anaphors):
            return None
        apposition = APPOSITION.match(text, use.end())
        named_next = [key for s, e, key in named if apposition and s == apposition.end()]
        keys.update(named_next[:1])  # "this very important Treaty - the Convention on Cluster Munitions"
    return keys.pop() if len(keys) == 1 else None


def _treaty_after(text: str, named, position: int, end: int, floor: int) -> str | None:
    """The treaty a status verb at ``position`` is about: the first treaty named or referred to after it."""
    direct = next(((s, key) for s, e, key in named if position <= s < end), None)
    anaphor = _part_anaphor(text, position, end)
    if anaphor and (direct is None or anaphor.start() < direct[0]):
        inside = [key for s, e, key in named if s <= anaphor.start(1) < e]
        if inside:
            return inside[0]
        noun = anaphor.group(1).lower()
        return _antecedent(text, named, noun, anaphor.start(), floor, romance=True)
    if direct is None or UNNAMED_PART.search(text, position, direct[0]):
        return None  # "party to AP-II of the Geneva Conventions": a part the gazetteer cannot name
    return direct[1]


# A verb form that holds its subject, the first person: "no hemos firmado", "al cual no nos hemos adherido", "j'avais
# signé", "nous avons ratifié" (a Spanish or French status verb whose subject is the speaker, named or not)
OWN_VERB = re.compile(r"\b(?:hemos|ai|avais|avons|avions)\b", re.IGNORECASE)


def _claimant(text: str, s_start: int, s_end: int, verb_start: int, state: str, where: str, verb: str = "") -> bool:
    """Whether the subject of a status verb is the state itself (its name, "we", "my country" …, or the first
    person of the ``verb`` itself)."""
    own_verb = bool(OWN_VERB.search(verb))
    sentence_states = {m.ref.alpha3 for m in gazetteer.find_states_in(text[s_start:s_end])}
    if where == "we":  # the status words hold their subject, the speaker ("los Estados Partes de … hemos …")
        sentence = text[s_start:s_end]
        return sentence_states <= {state} and not (
            CONDITION.search(sentence) or WISH.search(sentence) or ROMANCE_CONDITION.search(sentence)
        )
    if where == "sentence":
        return sentence_states <= {state} and (state in sentence_states or bool(SPEAKER.search(text, s_start, s_end)))
    head = text[s_start:verb_start]
    named = [
        m for m in gazetteer.find_states_in(head) if m.ref.alpha3 == state or not PLACE_BEFORE.search(head, 0, m.start)
    ]
    if any(m.ref.alpha3 != state for m in named):
        return False
    selves = [m.end for m in named] + [m.end() for m in SPEAKER.finditer(head)]
    if not selves and where == "before" and IT.fullmatch(head) and _opened_by(text, s_start, state):
        selves = [len(head)]  # "Pakistan played an active role … It is a party to …"
    if own_verb and where in ("before", "relative"):
        selves.append(len(head))  # "en la medida en que no hemos firmado aún este Tratado": the verb's own subject
    if not selves:
        return False
    if where == "relative":  # "…, to which it is a party": "it" is the only state the sentence names ("we": none other)
        sentence = text[s_start:s_end]
        return (sentence_states == {state} or own_verb and sentence_states <= {state}) and not (
            CONDITION.search(sentence) or ROMANCE_CONDITION.search(sentence)
        )
    between = head[max(selves) :]
    if CONDITION.search(head) or WISH.search(head) or own_verb and ROMANCE_CONDITION.search(head):
        return False
    return not NOT_OWN_CLAIM.search(between) or bool(AMONG.search(between))


# A wish or a call before the subject: "We hope that Kenya has ratified …", "We urge Ghana to comply with …"
WISH = re.compile(
    r"\b(?:hop(?:e|es|ed|ing)|wish(?:es|ed)?|urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+(?:on|upon)|encourag(?:e|es|ed|ing)|"
    r"invit(?:e|es|ed|ing)|expect(?:s|ed|ing)?|look(?:s|ing)?\s+forward)\b",
    re.IGNORECASE,
)
IT = re.compile(r"\s*It\s+(?:also\s+)?")
# A condition or a wish in Spanish or French: "si …", "a menos que …", "ojalá", "espero que", "à moins que …"
ROMANCE_CONDITION = re.compile(
    r"\b(?:si|salvo\s+que|a\s+menos\s+que|à\s+moins\s+que|ojalá|esper\w+\s+que|souhait\w+\s+que|esp[eè]r\w+\s+que)\b"
    r"|\bs['’]il",
    re.IGNORECASE,
)
# A state named as the place of the act, not its subject: "… in New York, United States, …", "en la ciudad de Nueva York, EEUU"
PLACE_BEFORE = re.compile(
    r"\b(?:[Ii]n|[Aa]t|[Ee]n)\s+(?:la\s+ciudad\s+de\s+|the\s+city\s+of\s+)?(?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+,\s+$"
)


def _opened_by(text: str, s_start: int, state: str) -> bool:
    """Whether the sentence before ``s_start`` opens with the state's name and names no other state: the
    "It" that opens the next sentence is the state."""
    window = max(0, s_start - 400)
    sentences = tx.sentences(text[window:s_start], window)
    previous = text[sentences[-1][0] : sentences[-1][1]] if sentences else ""
    named = gazetteer.find_states_in(previous)
    return bool(named) and named[0].start == 0 and {m.ref.alpha3 for m in named} == {state}


_RANK = {"party": 2, "signatory": 1, "non-party": 0}
# An instrument of ratification or accession a sentence names as deposited, or a ratification, an accession or
# becoming a party it names as done (not to come): where the sentence also says the state signed, the signature may
# not be its status.
RATIFIED_UNREAD = re.compile(
    r"\binstrument\w*\s+(?:of|de)\s+(?:ratifica(?:tion|ción)|accession|adhesi[óo]n|acceptance|aceptación|approval|"
    r"aprobación)\b"
    # or a ratification, an accession or becoming a party, which the reader may not have taken as the state's act
    # (an infinitive says no ratification done: "nous avions promis de la ratifier", "para ratificarlo")
    r"|\b(?:ratifi(?!er\b|car(?:lo|la|le)?\b)\w*|acced\w*|accession|adh[ée]r\w*|adhesión|adhirió|became\s+a\s+(?:State\s+)?Party|"
    r"est\s+devenue?\s+(?:un\s+)?[ÉE]tat\s+[Pp]artie|se\s+convirtió\s+en\s+(?:un\s+)?Estado\s+Parte)\b"
    r"(?!\s+(?:to|in)\s+(?:the\s+)?(?:United\s+Nations|UN)\b)",  # "its accession to the United Nations": membership
    re.IGNORECASE,
)
# Words before a ratification that put it still to come; "to" only right before it ("to ratify", "to formally ratify"),
# and so "pour", "para" ("pour la ratifier").
PROSPECT = re.compile(
    r"\b(?:not|never|yet|will|shall|soon|intends?|plans?|hopes?|prepar\w*|process|pending|forthcoming|would|towards?|"
    r"to\s+deposit|va\s+a|pronto|prochainement|for\s+(?:its|their)|to(?=\s+(?:\w+\s+){0,2}$)|legislation|parliament\w*|congress|"
    r"(?:pour|para)(?=\s+(?:\w+\s+){0,2}$)|"  # "pour la ratifier au plus tôt", "para ratificarla": as "to ratify"
    r"procédures?|procedures?|internes?|internal|domestic|consent|pas|aún|todavía|n['’]t)\b",
    re.IGNORECASE,
)
NOT_DEPOSITED = re.compile(
    r"\b(?:not|pas|no|yet|encore|aún|todavía|pending)\b", re.IGNORECASE
)  # "… n'ont pas encore été déposés"


def _ratification_unread(text: str, span: Span, named) -> bool:
    """Whether the sentence names an instrument of ratification or accession as deposited, or a ratification: no
    prospect before it, no denial after it, and no other treaty in the sentence it could be of."""
    instrument = RATIFIED_UNREAD.search(text, span.start, span.end)
    if instrument is None or len({key for s, e, key in named if span.start <= s < span.end}) > 1:
        return False
    return not (
        PROSPECT.search(text, max(span.start, instrument.start() - 60), instrument.start())
        or NOT_DEPOSITED.search(text, instrument.end(), min(span.end, instrument.end() + 80))
    )


SIGNED_OR = re.compile(r"\bsign(?:ed)?\s*(?:,\s*|\s+(?:and/)?or\s+)(?:(?:has|have)\s+)?$", re.IGNORECASE)
OR_SIGNED = re.compile(r"\s+(?:and/)?or\s+sign(?:ed)?\b", re.IGNORECASE)


def find_participation(
    text: str,
    state: str,
    start: int = 0,
    end: int | None = None,
    prefer: Callable[[StatedParticipationMention], bool] | None = None,
) -> list[StatedParticipationMention]:
    """The state's own statements of its treaty status ("As a Party to the … CCW, …", "Namibia signed the
    Convention …"). Where the text states several statuses in one treaty, the strongest stands (a party
    that says it signed is a party); a party that also says it is not one is left out. Of several sentences
    that state the strongest status, the first that ``prefer`` accepts stands (a caller that keeps only some
    sentences, such as those whose subject is the state, is not left with one it drops)."""
    end = len(text) if end is None else end
    written, text = text, STATE_PARTY_HYPHEN.sub(lambda match: match.group().replace("-", " "), text)
    named = _treaties_in(text, start, end)
    found: dict[str, list[StatedParticipationMention]] = {}
    for s_start, s_end in tx.paragraph_sentences(text, start, end):
        for pattern, status, where in PARTICIPATION:
            for match in pattern.finditer(text, s_start, s_end):
                if NEGATED.search(text, s_start, match.start()):
                    continue  # "signed but not yet ratified": the ratification is denied
                claimed = status
                if claimed == "party" and re.search(r"\bnot\b", match.group(), re.I):
                    claimed = "non-party"
                if claimed == "party" and (
                    SIGNED_OR.search(text, max(s_start, match.start() - 30), match.start())
                    or OR_SIGNED.match(text, match.end())
                ):
                    continue  # "signed or acceded to three treaties": which, is not said; the signature stands
                if where == "passive":  # "… signed by the United States": the state the agent, the treaty before
                    agent = gazetteer.find_states_in(text[match.end() : min(s_end, match.end() + 80)])
                    if not (agent and agent[0].start == 0 and agent[0].ref.alpha3 == state):
                        continue
                    treaties = [key for s, e, key in named if s_start <= s and e <= match.start()][-1:]
                    treaties = treaties if len({key for s, e, key in named if s_start <= s < s_end}) == 1 else []
                    if not treaties and not any(s_start <= s < s_end for s, e, key in named):
                        # "The Convention was concluded at Geneva …, was signed by the United States": the subject
                        treaties = _subject_anaphor(text, named, s_start, match.start(), start)
                elif where == "relative":  # "the CCW, to which it is a party": the treaty just before
                    treaties = _treaty_just_before(text, named, s_start, match.start())
                elif where == "object":  # "will join the Arms Trade Treaty": the treaty the verb takes
                    treaties = [key for s, e, key in named if OBJECT_ARTICLE.fullmatch(text, match.end(), s)][:1]
                elif where == "in-force":  # "The Convention entered into force for Kenya": the subject before
                    treaties = _entered_into_force(text, named, match, s_start, s_end, state, start)
                elif where == "fronted-in-force":  # "For Kenya, the Convention entered into force": both before
                    treaties = _fronted_in_force(text, named, match, s_start, s_end, state, start)
                elif where == "behalf":  # "signed the Convention on behalf of Ireland": the object, then the state
                    treaties = _on_behalf(text, named, match.end(), s_start, s_end, state)
                elif where == "but-not":  # "party to the CCW, but not its Protocol V": the treaties right after
                    treaties = _object_treaties(text, named, match.end(), s_end, start)
                elif where in OBJECT_MODES:  # "As a non-member to the TPNW", "after its …", "los Estados Partes de …"
                    treaties = _object_treaties(text, named, match.end(), s_end, start)
                    if where == "nominal" and not _nominal_claim(text, match, s_start, s_end, state):
                        treaties = []
                    if where == "own" and (  # "our obligations": the sentence says nothing to come, nor a wish
                        NOMINAL_PROSPECT.search(text, s_start, s_end)
                        or CONDITION.search(text, s_start, s_end)
                        or WISH.search(text, s_start, s_end)
                    ):
                        treaties = []
                elif where == "report":  # "reports under the Convention and under its Protocol V": each "under"
                    treaties = _treaties_after(text, named, match.end(), s_end, start, s_start)
                    for again in UNDER_AGAIN.finditer(text, match.end(), s_end):
                        treaties += [
                            key
                            for key in _object_treaties(text, named, again.end(), s_end, start)
                            if key not in treaties
                        ]
                else:  # a relative clause's verb is about the treaty before it, never one named later
                    relative = _treaty_before(text, named, s_start, match.start()) if where == "before" else None
                    treaties = (
                        [relative] if relative else _treaties_after(text, named, match.end(), s_end, start, s_start)
                    )
                if not treaties and INSTRUMENT.search(
                    match.group()
                ):  # "… for the Convention and concluding its ratification"
                    treaties = [key for key in [_treaty_after(text, named, s_start, match.start(), start)] if key]
                if (
                    not treaties
                    and where not in AGENT_MODES
                    and (
                        CLITIC_BEFORE.search(text, max(s_start, match.start() - 4), match.start())
                        or IT_AFTER.match(text, match.end())
                        or DAY_AFTER.match(text, match.end())
                    )
                ):  # "… a signé le Traité …, l'a ratifié …", "ratified it in 2009", "ratified on 17 June 1998":
                    # the one treaty named before
                    before = {key for s, e, key in named if s_start <= s and e <= match.start()}
                    treaties = list(before) if len(before) == 1 else []
                if (
                    not treaties
                    or where not in AGENT_MODES
                    and _done_for_another(text, match.end(), s_end, state)
                    or where not in AGENT_MODES
                    and not _claimant(
                        text, s_start, s_end, match.start(), state, CLAIMANT_MODE.get(where, where), match.group()
                    )
                ):
                    continue
                for treaty in treaties:
                    found.setdefault(treaty, []).append(
                        StatedParticipationMention(
                            state=state,
                            treaty=treaty,
                            status=claimed,
                            span=Span(start=s_start, end=s_end),
                            quote=written[s_start:s_end],
                        )
                    )
    result = []
    for claims in found.values():
        statuses = {claim.status for claim in claims}
        if {"party", "non-party"} <= statuses:
            continue
        best = max(claims, key=lambda claim: _RANK[claim.status])
        if prefer is not None and not prefer(best):
            best = next((claim for claim in claims if claim.status == best.status and prefer(claim)), best)
        if best.status == "signatory" and any(_ratification_unread(text, claim.span, named) for claim in claims):
            continue  # "signed …, and made the deposit of its instrument of ratification": maybe a party; abstain
        result.append(best)
    return sorted(result, key=lambda claim: claim.span.start)


# What may stand between two treaties a status verb covers together: "the CCW and its Protocol V",
# "the CCM, the Mine Ban Treaty and the ATT" (an abbreviation in brackets may follow a name).
# Parts of the CCW a sentence names after it by "its": all its Protocols, its amended Article 1.
CCW_PARTS = re.compile(
    r"\ball\s+(?:of\s+)?(?:its|the)\s+(?:(?:five|annexed)\s+)*(?P<all>Protocols)\b"
    r"|\bits\s+five\s+(?:annexed\s+)?(?P<five>Protocols)\b|\bits\s+amended\s+Article\s+1\b",
    re.IGNORECASE,
)
PART_GLUE = re.compile(r"(?:\s*\([A-Z][\w-]{1,8}\))?\s*,?\s*(?:(?:as\s+well\s+as|and|including)\s+)?")
CCW_ALL_PROTOCOLS = ["ccw-p1", "ccw-p2", "ccw-p3", "ccw-p4", "ccw-p5"]
# "State-Party", "state-parties": read as "State Party" (same length, so offsets hold)
STATE_PARTY_HYPHEN = re.compile(r"\bStates?-Part(?:y|ies)\b", re.IGNORECASE)
# The protocols named before the CCW itself: "a party to all the five Protocols of the CCW" (the Convention
# itself is not said).
ALL_CCW_PROTOCOLS_OF = re.compile(
    r"\s*all\s+(?:of\s+)?(?:(?:the|its)\s+)?(?:(?P<five>five\s+)|annexed\s+)*Protocols\s+(?:of|to|annexed\s+to)\s+(?:the\s+)?",
    re.IGNORECASE,
)
COORDINATED = re.compile(
    r"\)?(?:\s*\([A-Z][\w-]{1,8}\))?\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:of\s+)?(?:(?:its|the)\s+)?(?:(?:19|20)\d\d\s+)?"
    r"(?:(?-i:UN)\s+|United\s+Nations\s+)?"
)
BRACKETED_ABBREVIATION = re.compile(r"\([A-Z][\w-]{1,8}\)")
# What a CCW protocol's name may have after it, before the next name coordinated with it: "Amended Protocol II on
# landmines and Protocol V on explosive remnants of war" (its subject, in lower case)
PROTOCOL_SUBJECT = re.compile(r"\s+on\s+(?:[a-z][\w-]*\s+){0,4}?[a-z][\w-]*(?=\s*(?:,|\s(?:and|or)\s))")


def _treaties_after(
    text: str, named, position: int, end: int, floor: int, sentence_start: int | None = None
) -> list[str]:
    """The treaties a status verb at ``position`` is about: the first named after it, and those
    coordinated with it ("ratified the CCW and its Amended Protocol II")."""
    sentence_start = floor if sentence_start is None else sentence_start
    first = _treaty_after(text, named, position, end, floor)
    if first is None:
        its = ITS_CCW_PROTOCOLS.match(text, position, end)
        before = [key for s, e, key in named if floor <= s and e <= position and s >= sentence_start]
        if its and set(before) == {"ccw"}:
            return list(CCW_ALL_PROTOCOLS)  # "committed to the CCW and is a party to all its five protocols"
        every = ALL_CCW_PROTOCOLS_OF.match(text, position, end)
        following = [key for s, e, key in named if every and s == every.end()]
        if not every or following[:1] != ["ccw"]:
            return []
        # a party to all its Protocols is one to the Convention itself; not counted as "five", they take in
        # Amended Protocol II, a protocol of its own
        amended = [] if every["five"] else ["ccw-p2-amended"]
        return ["ccw", *CCW_ALL_PROTOCOLS, *amended]
    treaties = [first]
    following = [(s, e, key) for s, e, key in named if position <= s < end]
    if not following or following[0][2] != first:
        # the verb's treaty was "the Convention" standing for one named earlier; names coordinated with it follow
        anaphor = _part_anaphor(text, position, end)
        if anaphor is None:
            return treaties
        previous_end = anaphor.end()
        following = [(0, 0, "")] + [(s, e, key) for s, e, key in following if s >= previous_end]
    else:
        previous_end = following[0][1]
    for s, e, key in following[1:]:
        if s < previous_end:
            continue  # a name inside the one before ("CCW" in "CCW Protocol V")
        described = PROTOCOL_SUBJECT.match(text, previous_end, s) if treaties[-1].startswith("ccw-") else None
        glue_start = described.end() if described and key.startswith("ccw-") else previous_end
        if (
            not (key.startswith("ccw-") and INCLUDED_PARTS.fullmatch(text, previous_end, s))
            and (
                not COORDINATED.fullmatch(text, glue_start, s)
                # a part's abbreviation in brackets after its name ("Amended Protocol II (AP-II) and …") names no other part
                or UNNAMED_PART.search(BRACKETED_ABBREVIATION.sub("", text[glue_start:s]))
            )
        ):
            break
        if key not in treaties:
            treaties.append(key)
        previous_end = e
    return _ccw_parts(text, treaties, previous_end, end)


# "the CCW and its Protocols, including Amended Protocol II and Protocol V": the parts it names, not all its Protocols
INCLUDED_PARTS = re.compile(
    r"\)?(?:\s*\([A-Z][\w-]{1,8}\))?\s+and\s+(?:all\s+)?its\s+(?:annexed\s+)?Protocols,?\s+"
    r"(?:including|in\s+particular|notably|namely)\s+(?:the\s+)?",
    re.IGNORECASE,
)
# "… the Convention on Certain Conventional Weapons and is a party to all its five protocols": the CCW named before
ITS_CCW_PROTOCOLS = re.compile(
    r"\s*all\s+(?:of\s+)?its\s+(?:five\s+)?(?:annexed\s+)?Protocols\b(?!\s+(?:of|to)\b)", re.I
)
# A treaty named by its kind, as ANAPHOR, also with a date after it ("acceded to the Convention on 1 March 2018",
# "signed the Treaty in 2008"), which ANAPHOR takes for the opening of a title
PART_ANAPHOR = re.compile(
    r"\b(?i:the|this|that)\s+(?:(?:[a-z][\w-]*|United\s+Nations|UN)\s+){0,2}?((?:C|c)onvention|(?:T|t)reaty|Protocol)\b"
    rf"(?!\s+(?:on|of|for|against|between|in)\b(?!\s+(?:\d|{tx.MONTH_NAMES}\b))|\s+to\s+(?![a-z]))"
)
# The same in Spanish and French: "no hemos firmado aún este Tratado", "Estados Parte de esta Convención", "cette
# Convention" (not a title's opening: "el Tratado de Tlatelolco", "la Convention sur …")
ROMANCE_ANAPHOR = re.compile(
    r"\b(?i:la|esta|dicha|el|este|dicho|cette|ce|le)\s+((?:C|c)onvenci[óo]n|(?:C|c)onvention|(?:T|t)ratado|(?:T|t)rait[ée]"
    r"|(?:P|p)rotocol[oe])\b(?!\s+(?:sobre|de|del|contra|para|relativ\w*|sur|d['’]|pour|contre|entre|en|à|au|a|al)\b(?!\s+(?:nom|nombre)\s+d))"
)


def _part_anaphor(text: str, position: int, end: int, at_start: bool = False) -> re.Match[str] | None:
    """The first treaty named by its kind at or after ``position`` ("the Convention", "este Tratado"); with
    ``at_start``, one that opens there."""
    found = [
        match
        for pattern in (PART_ANAPHOR, ROMANCE_ANAPHOR)
        if (match := (pattern.match if at_start else pattern.search)(text, position, end))
    ]
    return min(found, key=lambda match: match.start()) if found else None


# The state an act was done for: "signed the Convention on behalf of Ireland", "au nom de la France"
ON_BEHALF = re.compile(
    r"\s*,?\s*(?:on\s+behalf\s+of|in\s+the\s+name\s+of|au\s+nom\s+d(?:e|u|es)|en\s+nombre\s+del?)\s+"
    r"(?:the\s+|la\s+|l['’]\s*|el\s+)?",
    re.IGNORECASE,
)
# A subject of a status rule, read as another's: the status in a sentence ("sentence") or after the subject ("before")
# Rules that find the state themselves (the agent after the verb, the state it entered into force for): no subject is
# read before the verb, and no treaty but the one they find
AGENT_MODES = ("passive", "behalf", "in-force", "fronted-in-force")
CLAIMANT_MODE = {
    "report": "before",
    "sentence-object": "sentence",
    "nominal": "sentence",
    "own": "sentence",
    "we-object": "we",
}
OBJECT_MODES = ("sentence-object", "nominal", "own", "we-object")  # the treaties right after the status words
# Words that put a nominal accession still to come or in doubt: "after its accession, expected next year, …"
NOMINAL_PROSPECT = re.compile(
    r"\b(?:will|would|shall|should|could|may|might|expect\w*|upcoming|future|forthcoming|prospective|eventual|"
    r"planned|pending|soon|hope\w*|once|if|unless|whether|process|preparing|preparations?|await\w*)\b",
    re.IGNORECASE,
)


# The preposition of a report said again for another treaty: "reports under the Convention, both in general and under
# the Amended Protocol II", "under the CCW as well as under its Protocol V"
UNDER_AGAIN = re.compile(r"\b(?:and|as\s+well\s+as)\s+(?:also\s+)?under\s+", re.IGNORECASE)
ANY_ARTICLE = re.compile(r"(?:(?:the|an?|la|el|le|l['’])\s*)?(?:international\s+)?", re.IGNORECASE)  # "a la Convención"


def _object_treaties(text: str, named, at: int, end: int, floor: int) -> list[str]:
    """The treaties right after ``at`` (a name, or "the Convention" standing for one), and those coordinated
    with them; none where other words come first ("a non-member of the Council … the TPNW")."""
    direct = any(ANY_ARTICLE.fullmatch(text, at, s) for s, e, key in named if at <= s < end)
    if not (direct or _part_anaphor(text, at, end, at_start=True)):
        return []
    return _treaties_after(text, named, at, end, floor)


def _on_behalf(text: str, named, at: int, s_start: int, s_end: int, state: str) -> list[str]:
    """The treaty a verb at ``at`` takes, where the state it was done for follows it ("signed a convention banning
    … on behalf of Ireland"), and nothing before the verb names another state, a wish or a condition."""
    treaty = next(((e, key) for s, e, key in named if at <= s < s_end and ANY_ARTICLE.fullmatch(text, at, s)), None)
    behalf = ON_BEHALF.match(text, treaty[0], s_end) if treaty else None
    if treaty is None or behalf is None:
        return []
    agent = gazetteer.find_states_in(text[behalf.end() : min(s_end, behalf.end() + 80)])
    if not (agent and agent[0].start == 0 and agent[0].ref.alpha3 == state):
        return []
    head = text[s_start:at]
    if any(m.ref.alpha3 != state for m in gazetteer.find_states_in(head)):
        return []
    return [] if CONDITION.search(head) or NOT_OWN_CLAIM.search(head) else [treaty[1]]


BEHALF_OF = re.compile(ON_BEHALF.pattern.removeprefix(r"\s*,?\s*"), re.IGNORECASE)


def _done_for_another(text: str, at: int, s_end: int, state: str) -> bool:
    """Whether the act after ``at`` is said done for another state ("j'ai signé cette Convention au nom de la
    Guinée", "I signed it on behalf of Guinea"): then its first person is not the state's."""
    for behalf in BEHALF_OF.finditer(text, at, s_end):
        agent = gazetteer.find_states_in(text[behalf.end() : min(s_end, behalf.end() + 80)])
        if agent and agent[0].start == 0 and agent[0].ref.alpha3 != state:
            return True
    return False


def _nominal_claim(text: str, match: re.Match[str], s_start: int, s_end: int, state: str) -> bool:
    """Whether an accession or ratification named as a noun ("after its accession to …", "tras la adhesión de Cuba
    a …") is the state's done act: its own ("our"), the state's by name, or a third person's ("its", "su") in a sentence
    that names the state; no word in the sentence puts it to come."""
    if NOMINAL_PROSPECT.search(text, s_start, s_end) or CONDITION.search(text, s_start, s_end):
        return False
    if match["name"]:
        by = gazetteer.find_states_in(match["name"])
        return bool(by) and by[0].start == 0 and by[0].ref.alpha3 == state
    if match["own"].lower() in ("our", "nuestra", "notre"):
        return True
    return state in {m.ref.alpha3 for m in gazetteer.find_states_in(text[s_start:s_end])}


def _entered_into_force(
    text: str, named, match: re.Match[str], s_start: int, s_end: int, state: str, floor: int
) -> list[str]:
    """The treaty that "entered into force for" the state named right after the verb: the sentence's only treaty,
    named before the verb (or "The Convention" opening it); no other state, condition or prospect in the sentence."""
    agent = gazetteer.find_states_in(text[match.end() : min(s_end, match.end() + 80)])
    if not (agent and agent[0].start == 0 and agent[0].ref.alpha3 == state):
        return []
    if {m.ref.alpha3 for m in gazetteer.find_states_in(text[s_start:s_end])} != {state} or (
        NOMINAL_PROSPECT.search(text, s_start, s_end) or CONDITION.search(text, s_start, s_end)
    ):
        return []
    keys = {key for s, e, key in named if s_start <= s < s_end}
    before = [key for s, e, key in named if s_start <= s and e <= match.start()]
    if keys:
        return before[-1:] if len(keys) == 1 else []
    return _subject_anaphor(text, named, s_start, match.start(), floor)


# "For Kenya, the Convention …", "Para mi país, el Tratado …": the state (or the speaker's country) fronted, then the
# verb's subject (a treaty named, or "the Convention" standing for one) and nothing else before the verb
FRONTED_FOR = re.compile(
    r"(?:[^\n;:]{1,40},[ \t]*\n)?"  # after a line that addresses the chair ("Señor presidente,")
    r"[\W\d]*(?:For|Para|Pour)\s+(?P<who>[^,.;:]{2,60}?),\s*(?P<subject>[^,.;:]{2,200}?)\s+$",
    re.IGNORECASE,
)
OWN_COUNTRY = re.compile(r"(?:my|our|mi|nuestro|mon|notre)\s+(?:country|país|pays)", re.IGNORECASE)
ABBREVIATION_AFTER = re.compile(r"\s*(?:\([A-Z][\w-]{1,8}\))?")


def _fronted_in_force(
    text: str, named, match: re.Match[str], s_start: int, s_end: int, state: str, floor: int
) -> list[str]:
    """The treaty that entered into force for the state fronted before it ("For Kenya, the Convention entered into
    force on …"): the sentence opens with "For" and the state (or "my country"), the treaty is the verb's subject, and
    no other state, condition or prospect stands in the sentence."""
    fronted = FRONTED_FOR.fullmatch(text, s_start, match.start())
    if fronted is None:
        return []
    who = re.sub(r"^(?:the|el|la|le|l['’])\s*", "", fronted["who"], flags=re.IGNORECASE)
    states = gazetteer.find_states_in(who)
    own = OWN_COUNTRY.fullmatch(who) is not None
    if not own and not (
        states and states[0].start == 0 and states[0].end == len(who) and states[0].ref.alpha3 == state
    ):
        return []
    if {m.ref.alpha3 for m in gazetteer.find_states_in(text[s_start:s_end])} - {state} or (
        NOMINAL_PROSPECT.search(text, s_start, s_end)
        or CONDITION.search(text, s_start, s_end)
        or ROMANCE_CONDITION.search(text, s_start, s_end)
    ):
        return []
    at, verb = fronted.start("subject"), match.start()
    for s, e, key in named:
        if at <= s < verb and ANY_ARTICLE.fullmatch(text, at, s):
            after = ABBREVIATION_AFTER.match(text, e, verb)
            return [key] if after and not text[after.end() : verb].strip() else []
    anaphor = _part_anaphor(text, at, verb, at_start=True)
    if anaphor is None or text[anaphor.end() : verb].strip():
        return []
    key = _antecedent(text, named, anaphor.group(1).lower(), anaphor.start(), floor, romance=True)
    return [key] if key else []


def _subject_anaphor(text: str, named, s_start: int, verb_start: int, floor: int) -> list[str]:
    """The treaty "The Convention" opening the sentence stands for, the subject of a passive verb after it."""
    anaphor = PART_ANAPHOR.match(text, s_start, verb_start)
    if anaphor is None or anaphor.start() != s_start:
        return []
    key = _antecedent(text, named, anaphor.group(1).lower(), anaphor.start(), floor)
    return [key] if key else []


def _ccw_parts(text: str, treaties: list[str], previous_end: int, end: int) -> list[str]:
    """``treaties`` with the parts of the CCW named after it by "its" ("party to the CCW, all its five Protocols as
    well as its Amended Article 1", "the Convention and its five Protocols")."""
    while treaties[-1].startswith("ccw"):
        part = CCW_PARTS.match(text, PART_GLUE.match(text, previous_end, end).end(), end)  # type: ignore[union-attr]
        if part is None:
            break
        parts = CCW_ALL_PROTOCOLS if part["all"] or part["five"] else ["ccw-amended-art1"]
        treaties += [key for key in parts if key not in treaties]
        previous_end = part.end()
    return treaties


def _treaty_just_before(text: str, named, s_start: int, at: int) -> list[str]:
    """The treaty named right before a relative clause at ``at`` ("the CCW (CCW), to which …")."""
    for s, e, key in reversed(named):
        if s_start <= s and e <= at:
            return [key] if re.fullmatch(r"\)?(?:\s*\([A-Z][\w-]{1,8}\))?\s*,\s*", text[e:at]) else []
    return []


def _treaty_before(text: str, named, s_start: int, verb_start: int) -> str | None:
    """ "The Ottawa Convention, which Australia has signed": the treaty a relative clause's verb is about."""
    for s, e, key in reversed(named):
        if s_start <= s and e <= verb_start:
            if re.fullmatch(r"\s*,?\s*(?:which|that)\s+[^,;.]{1,60}", text[e:verb_start]):
                return key
            return None
    return None
