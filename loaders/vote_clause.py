"""Whether a sentence's vote is the given state's own vote on the text at hand: the clause of the vote verb has the
state (or a word standing for it) as its subject, affirmed, real, of this time, and on the whole text."""

from __future__ import annotations

import re

from treatykg import gazetteer

# What tells a vote from the state's vote on the text: another time, a hypothesis, a paragraph voted on its own.
OTHER_TIME = re.compile(
    r"(?<!\bas\s)(?<!\bas\sin\s)(?<!\bas\sin\sthe\s)(?<!\blike\s)(?<!\blike\sthe\s)"  # "As in previous years, we voted": now too
    r"\b(?:last\s+year|(?:the\s+|its\s+)?previous\s+(?:years?|sessions?)|(?:a|one)\s+year\s+ago|in\s+(?:the\s+)?past"
    r"|previously|in\s+(?:19|20)\d\d|since\s+(?:19|20)\d\d|until\s+(?:now|this\s+year)|in\s+the\s+future|future"
    # a habit: "We have traditionally voted in favour" tells of the years before, not of this vote
    r"|traditionally|historically|consistently|always|every\s+year|each\s+year|over\s+the\s+years)\b",
    re.IGNORECASE,
)
HYPOTHESIS = re.compile(
    r"\b(?:would(?!\s+(?:like|wish)\s+to\b)|could|might|should)\b|\bif\b|\bhad\s+(?:it|the)\b", re.IGNORECASE
)
ON_A_PART = re.compile(
    r"\s*(?:of\s+|on\s+|for\s+)?(?:the\s+)?(?:(?:preambular|operative)\s+)?(?:paragraphs?|PP\s?\d|OP\s?\d)\b",
    re.IGNORECASE,
)
VOTE_CLAUSE_BREAK = re.compile(
    r"[;:]|\b(?:that|which|who|whom|whose|because(?!\s+of\b)|why|how|and|(?<!choice\s)(?<!option\s)but|while|although|though"
    r"|whereas|when|where|said|stated|noted|stressed|added|recalled|regretted|observed|emphasi[sz]ed|indicated"
    r"|affirmed|underlined|announced)\b",
    re.IGNORECASE,
)
GERUND_LEAD = re.compile(r"\s*(?:after|before|while|when|in|by|on)\s*", re.IGNORECASE)  # before "voting", "abstaining"
DELEGATE_AFTER = re.compile(r"[’']s\s+(?:representative|delegate|delegation|ambassador)\s*", re.IGNORECASE)
DELEGATE_BEFORE = re.compile(
    r"\b(?:representative|delegate|delegation|ambassador)\s+(?:of|for)\s+(?:the\s+)?$", re.IGNORECASE
)
# "did not vote", and in Spanish "no votó", "nunca se abstuvo" (a French "n’a pas voté" is no vote verb at all)
# The speaker's own vote named as a noun: "(I would like to) explain our vote against …", "my delegation's vote in favour"
OWN_VOTE_NOUN = re.compile(r"\b(?:our|my|my\s+(?:delegation|country|Government)['’]s)\s+$", re.IGNORECASE)
VOTE_NOUNS = ("vote", "Vote", "abstention", "Abstention")


def own_vote_noun(text: str, start: int, verb: int) -> re.Match[str] | None:
    """The speaker's possessive right before a vote named as a noun at ``verb`` ("explain our vote against …"), or
    None."""
    return OWN_VOTE_NOUN.search(text, start, verb) if text.startswith(VOTE_NOUNS, verb) else None


NEGATION = re.compile(r"\b(?:not|never)\b|n[’']t\b|\b(?:no|nunca|jamás)\s+$", re.IGNORECASE)
# Words a clause may open with before its subject: "For these reasons, my delegation …", "This year we …", "Mr.
# Chairman, my delegation …".
LEADING_ADVERBIAL = re.compile(
    r"^(?:\s*(?:\d{1,3}[.)]?(?=\s)|"  # a paragraph's number: "1      I am taking the floor to explain …"
    r"(?:for|in|on|with|after|given|despite|against|like|unlike|as|because\s+of|due\s+to|owing\s+to)\s+[^,]{1,60},"
    r"|this\s+year|today|now|"
    r"(?:Mr\.?|Mrs\.?|Ms\.?|Madam|Madame|Mister)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s*,|thank\s+you[^,.]{0,30},|"
    r"therefore|however|consequently|accordingly|hence|thus|nevertheless|nonetheless|once\s+again|again|also)\s*,?)*",
    re.IGNORECASE,
)


def another_time(text: str, start: int, verb: tuple[int, int], end: int) -> bool:
    """Whether the vote's clause dates it to another time than this vote ("Last year we voted …", "… to vote in
    favour in the future"), from the clause's start to the next break after the verb."""
    if HABIT.search(text, max(start, verb[0] - 20), verb[1] + 40):
        return True  # "India has been voting in favour of all resolutions …": a habit, not this vote
    breaks = list(VOTE_CLAUSE_BREAK.finditer(text, start, verb[0]))
    after = re.compile(r"[.,]\s|" + VOTE_CLAUSE_BREAK.pattern, re.IGNORECASE).search(text, verb[1], end)
    if OTHER_TIME.search(text, breaks[-1].end() if breaks else start, after.start() if after else end):
        return True
    opening = SENTENCE_OPENING.match(text, start, verb[0])  # "In 2016, Japan voted against it, while we voted …"
    return opening is not None and OTHER_TIME.search(text, start, opening.end()) is not None


# A habit of voting: the progressive perfect ("has been voting"), or a vote on every text of a kind ("voted in favour of
# all resolutions submitted under …")
HABIT = re.compile(
    r"\b(?:has|have)\s+been\s+voting\b|\bvot(?:e|es|ed|ing)\s+(?:in\s+favou?r\s+of|for|against)\s+(?:all|every|each)\s+"
    r"(?:the\s+)?(?:resolutions?|drafts?|texts?)\b",
    re.IGNORECASE,
)
SENTENCE_OPENING = re.compile(r"\s*[^,.;:]{2,60},")  # a sentence's opening phrase, up to its comma


# A condition set on a vote not yet cast, after its verb: "We will vote against the draft if it is put to a vote".
CONDITION = re.compile(r"(?<!\beven\s)(?<!\bas\s)\b(?:if|unless|provided\s+that|in\s+case)\b", re.IGNORECASE)


def conditional(text: str, verb: tuple[int, int], end: int) -> bool:
    """Whether a vote in the present or future tense ("will vote against", "abstain") is made conditional later in
    its sentence; a vote cast ("voted", "abstained") is told, not set on a condition."""
    cast = re.search(r"ed\b|\babstention\b", text[verb[0] : verb[1]], re.IGNORECASE)
    return cast is None and CONDITION.search(text, verb[1], end) is not None


# A call on others to vote, the vote verb its infinitive: "We urge all delegations to vote in favour", "we call on all
# States, our partners, to vote against", "instamos a todos los Estados a votar", "nous invitons les États à voter"
CALL_ON_OTHERS = re.compile(
    r"\b(?:call(?:s|ed|ing)?\s+(?:up)?on|call(?:s|ed|ing)?\s+for|urg(?:e|es|ed|ing)|ask(?:s|ed|ing)?|invit(?:e|es|ed|ing)"
    r"|encourag(?:e|es|ed|ing)|appeal(?:s|ed|ing)?\s+to|request(?:s|ed|ing)?|exhort(?:s|ed|ing)?|persuad(?:e|es|ed|ing)"
    r"|recommend(?:s|ed|ing)?|want(?:s|ed)?|expect(?:s|ed)?)\b[^.;]*?\bto\s+$"
    r"|\b(?:inst\w+|exhort\w+|invit\w+|llam\w+|ped\w+|pid\w+)\s[^.;]*?\ba\s+$"  # Spanish: "… a votar"
    r"|\b(?:appel\w+|exhort\w+|invit\w+|encourag\w+|demand\w+)\s[^.;]*?\bà\s+$",  # French: "… à voter"
    re.IGNORECASE,
)
# A state named as the owner of the subject, not as the subject: "Malaysia's partners voted …" (its delegate is it)
OWNER_OF_ANOTHER = re.compile(
    r"['’]s\s+(?!(?:own\s+)?(?:delegation|delegate|representative|government|ambassador|permanent|foreign|minister"
    r"|mission|vote|abstention)\b)[a-z]",
    re.IGNORECASE,
)


def own(text: str, start: int, verb: int, state: str, voter: re.Pattern[str]) -> bool:
    """Whether the clause the vote verb ends has the state itself as its subject, affirmed and real: "my
    delegation therefore voted", "The Islamic Republic of Iran, as a signatory, voted", "why we voted", "I explain
    our abstention"; a verb opening its clause ("… and voted") takes the subject of the clause before."""
    if CALL_ON_OTHERS.search(text[start:verb]):
        return False  # "We urge all delegations to vote in favour": the vote asked of others, not cast
    end = verb
    for _ in range(3):
        breaks = list(VOTE_CLAUSE_BREAK.finditer(text, start, end))
        clause_start = breaks[-1].end() if breaks else start
        clause = text[clause_start:end]
        if _delegate_last(clause, state):
            return True  # "Widgets must never decide alone, Egypt's representative" said after voting
        if HYPOTHESIS.search(clause) or NEGATION.search(clause):
            return False
        near = gazetteer.find_states_in(text[max(clause_start, verb - 30) : verb])
        if near and near[-1].ref.alpha3 != state:
            return False  # "We note Uganda's vote against": another's vote, right before the verb
        if _subject_after_comma(clause, state, voter):
            return (
                True  # "On L.41, entitled “…”, Ruritania once again abstained", "…, due to our concerns, we abstained"
            )
        lead = LEADING_ADVERBIAL.sub("", clause)
        if (not lead.strip() or GERUND_LEAD.fullmatch(lead)) and breaks:
            end = breaks[-1].start()  # "Kenya supported the text and voted in favour", "… said after voting"
            continue
        if voter.match(lead) or end == verb and own_vote_noun(text, clause_start, verb):
            return True
        subject = re.sub(r"^\s*(?i:(?:the\s+)?(?:delegation|government)\s+of\s+)?", "", lead)
        named = gazetteer.find_states_in(subject)
        if named and OWNER_OF_ANOTHER.match(subject, named[0].end):
            return False  # "Malaysia's partners voted": the partners' vote
        return bool(named) and named[0].start <= 4 and named[0].ref.alpha3 == state
    return False


def _delegate_last(clause: str, state: str) -> bool:
    """Whether the clause ends with the state's delegate as the subject of what follows ("…, Egypt's representative"
    before "said after voting", "the representative of Egypt")."""
    named = gazetteer.find_states_in(clause)
    if not named or named[-1].ref.alpha3 != state:
        return False
    before, after = clause[: named[-1].start], clause[named[-1].end :]
    return bool(DELEGATE_AFTER.fullmatch(after) or (DELEGATE_BEFORE.search(before) and not after.strip()))


# What may stand between a subject and its vote verb: "we once again abstained", "the United States will vote".
SUBJECT_TAIL = re.compile(
    r"(?:\s+(?:also|therefore|thus|again|once\s+again|then|today|has|have|had|did|will|shall))*\s*$", re.IGNORECASE
)


def _subject_after_comma(clause: str, state: str, voter: re.Pattern[str]) -> bool:
    """Whether the clause's last phrase, after a comma, is the state's name or the speaker's "we" alone as the subject
    of the vote verb that follows ("…, New Zealand once again abstained", "…, we abstained"); what stands before the
    comma is an adverbial the clause opens with."""
    if "," not in clause:
        return False
    tail = clause.rsplit(",", 1)[1]
    adverbs = SUBJECT_TAIL.search(tail)
    core = tail[: adverbs.start()] if adverbs else tail
    if not core.strip():
        return False
    if re.fullmatch(r"\s*(?:we|I|nous|nosotros|(?:my|our|this)\s+(?:delegation|country|government))", core, re.I):
        return True
    named = gazetteer.find_states_in(core)
    if len(named) != 1 or named[0].ref.alpha3 != state:
        return False
    rest = core[: named[0].start] + core[named[0].end :]
    return re.fullmatch(r"\s*(?:the\s*)?", rest, re.IGNORECASE) is not None
