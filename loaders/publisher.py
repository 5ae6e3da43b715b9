"""Where a document is published, and what a government's own publications look like, as evidence of who
speaks: a permanent mission's site, a government's website or domain, a minister's statement, a government's release
or news item about itself (rules 4 to 7 of ``speaker.py``, tried there only when the text itself names no speaker).
Shared, not a loader."""

from __future__ import annotations

import collections
import re

from treatykg import gazetteer
from treatykg.errors import Unclear
from treatykg.loaders import text as tx
from treatykg.loaders.speech import (
    CHAIR_BYLINE,
    FIRST_PERSON,
    HEAD_CHARACTERS,
    TITLE_OPENING,
    Speaker,
    addresses_chair,
    head_lines,
    prose_start,
    state_names,
    states_only,
)
from treatykg.records import Span

MINISTER = (
    r"(?<!shadow\s)(?<!former\s)(?:(?:federal|deputy|(?:parliamentary\s+|senior\s+)?vice)[\s-]+)?(?:foreign\s+)?minister(?:\s+(?:for|of)\s+[^,\n]{3,60}?)?"
    r"|parliamentary\s+secretary\s+to\s+the\s+minister\s+(?:for|of)\s+[^,\n]{3,60}?"
    r"|federal\s+councill?or"  # a member of a federal council that is the government: "Federal Councillor X"
)
# The same heads in Spanish and French: the speech opens the title, the minister is its speaker.
SPEECH_ES = r"discurso|intervenci[oó]n|declaraci[oó]n|palabras|mensaje"
MINISTER_ES = r"(?:vice)?ministr[oa](?:\s+(?:de|del)\s+[^,\n]{3,60}?)?|canciller"
SPEECH_FR = r"discours|intervention|d[ée]claration|allocution|message"
MINISTER_FR = r"ministre(?:\s+(?:de|des|du|de\s+la)\s+[^,\n]{3,60}?)?"
MINISTERIAL_HEAD = re.compile(
    rf"\b(?:statement|remarks|speech|address|message|media\s+release|press\s+release)\b[^\n.]{{0,40}}?\b(?:by|from)\s+"
    rf"(?:the\s+)?(?:[^,\n]{{2,80}},\s+)?(?:the\s+)?(?:[A-Z][\w.]+\s+)?(?:{MINISTER})"
    r"(?:\s+(?-i:[A-Z][\w.'’-]+)){0,3}(?=\s*[,\n(]|\s+(?:on|at|to|in)\s)"  # and the minister's name: "… Minister Jane Roe at …"
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
    # or named first: "Jane Doe, Ruritania's Permanent Representative to the UN, delivered Ruritania's statement …"
    rf"|^[ \t]*(?:(?-i:[A-Z])[^,\n]{{1,60}},[ \t]+)?(?:the[ \t]+)?(?:[A-Z][\w.'’-]+[ \t]+){{0,3}}[A-Z][\w.'’-]+['’]s[ \t]+"
    rf"(?:{ACTING_OFFICE})\b[^\n.]{{0,120}}?"
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
    # a dated lead whose subject is a state acting today: "12 May 2021, Geneva – Ruritania called today for …" (the
    # subject must be a state's name alone, checked by release_head)
    rf"|^[ \t]*\d{{1,2}}[ \t]+{tx.MONTH_NAMES}[ \t]+\d{{4}}[^\n]{{0,80}}?[ \t][–—-][ \t]+"
    rf"(?P<dated_subject>(?:the[ \t]+)?(?:[A-Z][\w.'’-]+[ \t]+){{0,3}}?[A-Z][\w.'’-]+)[ \t]+(?:has[ \t]+)?(?-i:[a-z]+ed)"
    rf"[ \t]+today\b[^\n]*"
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
        f"the page is the website of {state_names(states)}'s government and names it: {tx.fold(banner.group())!r}",
        Span(start=banner.start(), end=banner.end()),
    )


# Words quoted and credited as a news item does: '"We welcome Sri Lanka," said H.E. …', '…” the Ambassador added'.
REPORTED_QUOTE = re.compile(
    r"[”\"]\s*,?\s*(?:said|says|stated|added|noted|told)\b|[,.]\s*[”\"]\s*(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,4}\s+(?:said|added)\b"
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
        f"published on the site of {state_names((mission,))}'s permanent mission or delegation ({address}), "
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
        f"published on {state_names((state,))}'s government domain ({address}), spoken to a chair in the first "
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


def guest_states(text: str, host: str) -> set[str]:
    """The states a text published on ``host``'s government domain speaks of as its sentences' subjects where it never
    names ``host`` as itself: a guest's words, not the host's (empty where nothing shows a guest)."""
    others = set(_sentence_subjects(text)) - {host}
    return others if others and _named_as_itself(text, host) is None else set()


def _address_names_another(address: str | None, state: str) -> bool:
    """Whether the document's address names another state and not its publisher's ("…/Statements/
    HINW14_Statement_Brazil.pdf" on the host government's site): the page is another delegation's."""
    if not address:
        return False
    path = re.sub(r"^(?:[a-z][a-z0-9+.-]*://)?[^/]*", "", address.strip(), flags=re.IGNORECASE)
    words = re.sub(r"[/_\-.+%?=&#]+|(?<=[a-z])(?=[A-Z])", " ", path)
    named = {match.ref.alpha3 for match in gazetteer.find_states_in(words)}
    return bool(named) and state not in named  # "uk-statement-on-ukraine" is still the UK's own


def _address_names(address: str | None, state: str) -> bool:
    """Whether the path of the document's address spells one of ``state``'s names as its words, in any case
    ("…/st-kitts-and-nevis-signs-the-treaty/")."""
    if not address:
        return False
    path = re.sub(r"^(?:[a-z][a-z0-9+.-]*://)?[^/]*", "", address.strip(), flags=re.IGNORECASE)

    def spelt(words: str) -> str:
        return " " + re.sub(r"[\W_]+", " ", words).lower().strip() + " "

    ref = gazetteer.state(state)
    return any(spelt(name) in spelt(path) for name in (ref.un_name, ref.short_name, *ref.variants))


def ministerial_head(text: str) -> re.Match[str] | None:
    """The words of the document's head that give a minister of a government as its author, above the body's prose
    (a speech printed without a heading has none: "… to congratulate Mr. X, Minister for Foreign Affairs of …")."""
    head = MINISTERIAL_HEAD.search(text, 0, HEAD_CHARACTERS)
    prose = prose_start(text) if head else None  # looked for only where a head may be found: most texts have none
    return head if head is None or prose is None or head.end() <= prose else MINISTERIAL_HEAD.search(text, 0, prose)


def release_head(text: str, address: str | None = None) -> re.Match[str] | None:
    """The words of the document's head that make it a government's release about itself; a head whose subject is
    an envoy named by a state ("Permanent Representative of X … delivered a statement") only where ``address`` is
    that state's government domain (elsewhere it is anyone's report of the envoy)."""
    head = RELEASE_HEAD.search(text, 0, HEAD_CHARACTERS)
    if head is not None and head["dated_subject"]:
        subject = states_only(head["dated_subject"])
        return head if subject and len(subject) == 1 else None
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
    if head["dated_subject"]:  # a dated lead's place ("Geneva, Switzerland –") is no voice: its subject is
        named = set(states_only(head["dated_subject"]) or ())
    if named - {state}:
        return None
    if not any(match.ref.alpha3 == state for match in gazetteer.find_states_in(text)) and not _address_names(
        address, state
    ):  # the text names it, or the page's address does ("…/st-kitts-and-nevis-signs-the-…-treaty/")
        return None
    return Speaker(
        (state,),
        f"a government's own release ({tx.fold(head.group().strip())!r}) published on {state_names((state,))}'s "
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
        f"a news item on {state_names((state,))}'s government domain ({address}) whose sentences open with "
        f"{state_names((state,))} alone: {text[named.start : named.end]!r}",
        Span(start=named.start, end=named.end),
        third_person=True,
    )


def _minister(text: str, address: str | None) -> Speaker | None:
    """The state whose minister speaks in a first-person statement the head gives as a minister's: the
    government on whose domain it is published (its ``address``, else the address the text gives), or
    the one government it names where it names no other state."""
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
        others = guest_states(text, state) if state not in named else set()
        if others:  # a guest minister's words on the host's domain
            raise Unclear(
                f"speaker unclear: a minister's statement ({office!r}) published on {state_names((state,))}'s government "
                f"domain, but the text speaks of {state_names(tuple(sorted(others)))} and never of {state_names((state,))}"
            )
        return Speaker(
            (state,),
            f"a minister's statement ({office!r}) published on {state_names((state,))}'s government domain: {where!r}",
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
    if (named | {found.ref.alpha3 for found in gazetteer.find_states_in(text)}) - {state}:
        return None  # another state's minister, or a speech naming others ("the Government of Armenia denies …")
    return Speaker(
        (state,),
        f"a minister's statement ({office!r}) that names one government, {state_names((state,))}'s: {match.group()!r}",
        Span(start=match.start(), end=match.end()),
    )


def published_speaker(text: str, address: str | None) -> Speaker | None:
    """The speaker where the document is published (``address``) or a government's publication shows it: its
    mission's site, its government's website, its minister's statement, its release or news item about itself."""
    return (
        _mission_site(text, address)
        or _publisher(text, address)
        or _minister(text, address)
        or _release(text, address)
        or _own_news(text, address)
    )
