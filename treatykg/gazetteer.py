"""Reference data and name lookup: states, treaties, organisations, groups of states, forums.

The data lives in ``reference/`` (the package ``treatykg.reference``): ``states.csv`` and one
TOML file per other kind; each file is read and validated once, on first use.

Two ways to resolve names:

* ``find_*(name)`` resolves one name as written anywhere (a title, a voting-data column, a
  letterhead): case, diacritics, quotes, dashes, spacing and a leading "the" do not matter.
* ``find_*_in(text)`` finds every mention in running text. Each kind has one compiled regex
  (a trie of its names) that prefers the longest name ("Democratic Republic of the Congo" over
  "Congo") and never matches inside a word. Short names must be written as the data writes
  them, or in capitals, so that ordinary words ("chad", "turkey") are not taken for states;
  names of three words or more (treaty titles, organisations) match in any case.
"""

from __future__ import annotations

import csv
import datetime as dt
import gettext
import io
import re
import tomllib
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache
from importlib.resources import files
from typing import Annotated, Generic, Literal, TypeVar, cast

import pycountry
from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    PositiveInt,
    StringConstraints,
    model_validator,
)

# --- normalisation -----------------------------------------------------------------------

_PUNCTUATION = str.maketrans(
    {
        "’": "'",
        "‘": "'",
        "‛": "'",
        "`": "'",
        "´": "'",
        "ʼ": "'",
        "′": "'",
        "“": '"',
        "”": '"',
        "„": '"',
        "«": '"',
        "»": '"',
        "‐": "-",
        "‑": "-",
        "‒": "-",
        "–": "-",
        "—": "-",
        "−": "-",
    }
)


def normalise(text: str) -> str:
    """Fold a name for comparison: no diacritics, casefolded, plain quotes and dashes,
    single spaces."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(plain.translate(_PUNCTUATION).casefold().split())


@lru_cache(maxsize=8192)
def _key(name: str) -> str:
    """Lookup key: the normalised name without a leading "the" and without punctuation or spaces."""
    text = re.sub(r"^[\W_]*(?:the\s+)?", "", normalise(name))
    return re.sub(r"[\W_]+", "", text)


@lru_cache(maxsize=8192)
def _surface(text: str) -> str:
    """The text as written (case and diacritics kept), with plain quotes, dashes and spaces."""
    text = " ".join(unicodedata.normalize("NFC", text).translate(_PUNCTUATION).split())
    return re.sub(r" ?- ?", "-", text)


def _without_the(name: str) -> str:
    return re.sub(r"^the\s+", "", name.strip(), flags=re.IGNORECASE)


def _strip_diacritics(text: str) -> str:
    plain = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", plain)


_OF = r"(?:of(?: the)?|de|del|du|des|d['’])"  # English, Spanish and French: "Corée, République de"
_QUALIFIED = (
    re.compile(rf"^(?P<base>.+?) \((?P<qualifier>.+ {_OF})\)$"),  # Iran (Islamic Republic of)
    re.compile(rf"^(?P<base>.+?), (?P<qualifier>.+ {_OF})$"),  # Iran, Islamic Republic of
)
# A French name whose first part is the adjective of the second: "Lao, République démocratique populaire" is
# "République démocratique populaire lao", "Syrienne, République arabe" "République arabe syrienne".
_ADJECTIVE_FIRST = re.compile(r"^(?P<base>[^,()]+), (?P<qualifier>(?:République|Fédération|État|Royaume)[^,()]*)$")


def _reorderings(name: str, language: str = "en") -> list[str]:
    """A qualified name in its other orders: "Iran (Islamic Republic of)" gives "Iran, Islamic
    Republic of" and "Islamic Republic of Iran"; the comma form gives the other two likewise (and in
    French, "Iran, République islamique d'" "République islamique d'Iran")."""
    for pattern in _QUALIFIED:
        match = pattern.match(name)
        if match:
            base, qualifier = match["base"], match["qualifier"]
            joined = f"{qualifier}{base}" if qualifier.endswith(("'", "’")) else f"{qualifier} {base}"
            forms = [f"{base} ({qualifier})", f"{base}, {qualifier}", joined]
            return [form for form in forms if form != name]
    adjective = _ADJECTIVE_FIRST.match(name) if language == "fr" else None
    if adjective:
        return [f"{adjective['qualifier']} {adjective['base'].lower()}"]
    return []


_ORDINAL = re.compile(
    r"^\s*(?:the\s+)?(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth"
    r"|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth"
    r"|eighteenth|nineteenth|twentieth)\s+",
    re.IGNORECASE,
)
_TRAILING_PARENTHESIS = re.compile(r"\s*\([^()]*\)\W*$")
# A name turned round for sorting, as depositaries' lists write it: "Egypt, Arab Republic of", "Korea, Republic of"
_TURNED_ROUND = re.compile(r"^\s*(?P<name>[^,()]+?),\s*(?P<form>[^,()]+?\bof(?:\s+the)?)\s*$", re.IGNORECASE)


def _candidates(name: str) -> Iterator[str]:
    """The name, then without a trailing "(…)" such as "(CCW)"; each also without a leading
    ordinal ("second Review Conference"); last, a name turned round put right ("Egypt, Arab Republic of")."""
    for text in (name, _TRAILING_PARENTHESIS.sub("", name)):
        yield text
        yield _ORDINAL.sub("", text)
    if turned := _TURNED_ROUND.match(name):
        yield f"{turned['form']} {turned['name']}"


# --- reference models --------------------------------------------------------------------


def _split(value: object) -> object:
    """A '|'-separated CSV cell as its non-empty items (TOML lists pass through)."""
    if isinstance(value, str):
        return tuple(item for item in value.split("|") if item.strip())
    return value


def _iso_date(value: object) -> object:
    if isinstance(value, dt.datetime):
        raise ValueError(f"expected a date, not a date-time: {value}")
    if isinstance(value, str):
        return dt.date.fromisoformat(value)
    return value


Alpha3 = Annotated[str, StringConstraints(pattern=r"^[A-Z]{3}$")]
Alpha2 = Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")]
Key = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$")]
WikidataId = Annotated[str, StringConstraints(pattern=r"^Q[1-9][0-9]*$")]
MtdsgNumber = Annotated[str, StringConstraints(pattern=r"^[IVXL]+-[0-9]+(?:-[a-z])?$")]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Names = Annotated[tuple[Text, ...], BeforeValidator(_split)]
Codes = Annotated[tuple[Alpha3, ...], BeforeValidator(_split)]
IsoDate = Annotated[dt.date, BeforeValidator(_iso_date)]


class _Ref(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class StateRef(_Ref):
    """A state: UN member, observer, non-member party to UN treaties (Cook Islands, Niue), or a
    historical code still found in UN voting data."""

    alpha3: Alpha3
    alpha2: Alpha2 | None = None
    numeric: Annotated[str, StringConstraints(pattern=r"^[0-9]{3}$")] | None = None
    un_name: Text
    short_name: Text
    variants: Names = ()
    adjectives: Names = ()
    wikidata: WikidataId | None = None
    status: Literal["member", "observer", "non-member", "historical"]
    valid_from: IsoDate | None = None
    valid_until: IsoDate | None = None
    former_codes: Codes = ()
    successors: Codes = ()
    note: Text | None = None

    @model_validator(mode="after")
    def _consistent(self) -> StateRef:
        if self.status != "historical" and not (self.alpha2 and self.numeric):
            raise ValueError(f"{self.alpha3}: a current state needs alpha2 and numeric codes")
        if self.status == "historical" and not self.valid_until:
            raise ValueError(f"{self.alpha3}: a historical state needs valid_until")
        if self.valid_from and self.valid_until and self.valid_until < self.valid_from:
            raise ValueError(f"{self.alpha3}: valid_until is before valid_from")
        return self


class TreatyRef(_Ref):
    """A treaty, protocol or amendment, keyed by a short stable key ("ccm", "ccw-p5")."""

    key: Key
    short_name: Text
    title: Text
    aliases: Names = ()
    mtdsg_no: MtdsgNumber | None = None
    unts_volume: PositiveInt | None = None
    unts_number: PositiveInt | None = None
    adopted: IsoDate | None = None
    adoption_place: Text | None = None
    opened_for_signature: IsoDate | None = None
    opened_for_signature_place: Text | None = None
    entry_into_force: IsoDate | None = None
    parent: Key | None = None
    wikidata: WikidataId | None = None

    @model_validator(mode="after")
    def _consistent(self) -> TreatyRef:
        if (self.unts_volume is None) != (self.unts_number is None):
            raise ValueError(f"{self.key}: give both unts_volume and unts_number, or neither")
        dates = [d for d in (self.adopted, self.opened_for_signature, self.entry_into_force) if d]
        if dates != sorted(dates):
            raise ValueError(f"{self.key}: adoption, signature, entry into force out of order")
        return self


class MembershipRef(_Ref):
    """A state's membership of a group or organisation of states from ``since`` until ``until``
    (both days included; no ``until``: still a member)."""

    state: Alpha3
    since: IsoDate
    until: IsoDate | None = None


def _memberships(value: object) -> object:
    """A TOML table of ISO 8601 intervals, ``{ GBR = "1973-01-01/2020-01-31", FRA = "1958-01-01/.." }``
    ("..": open end), as memberships in code order."""
    if not isinstance(value, dict):
        return value
    found = []
    for state, interval in sorted(value.items()):
        since, _, until = str(interval).partition("/")
        if not until:
            raise ValueError(f"{state}: membership {interval!r} is not an interval 'since/until' ('..' open)")
        found.append({"state": state, "since": since, "until": None if until == ".." else until})
    return tuple(found)


Memberships = Annotated[tuple[MembershipRef, ...], BeforeValidator(_memberships)]


class OrganisationRef(_Ref):
    """An international organisation, UN entity or non-governmental organisation."""

    key: Key
    name: Text
    aliases: Names = ()
    wikidata: WikidataId | None = None
    parent: Key | None = None
    speaks_for_members: bool = False  # an organisation of states one delegation speaks for ("the EU")
    members_during: Memberships = ()  # its member states, each with the days it was a member
    members_source: Text | None = None

    @model_validator(mode="after")
    def _sourced(self) -> OrganisationRef:
        if self.members_during and not self.members_source:
            raise ValueError(f"{self.key}: members_during needs members_source")
        if any(m.until and m.until < m.since for m in self.members_during):
            raise ValueError(f"{self.key}: a membership ends before it begins")
        return self

    @property
    def members(self) -> tuple[str, ...]:
        return tuple(m.state for m in self.members_during)


class GroupRef(_Ref):
    """A group of states with a well-defined membership ("Central American States"): a list as of a
    day (``members``, ``as_of``), its own dated membership (``members_during``: the Non-Aligned Movement's, by
    the year each state was admitted), or the dated membership of an organisation (``members_of``: "the EU
    member States" are the European Union's members at the time)."""

    key: Key
    name: Text
    aliases: Names = ()
    members: Codes = ()
    members_of: Key | None = None
    members_during: Memberships = ()  # its own, or filled from ``members_of``'s
    source: Text
    as_of: IsoDate | None = None

    @model_validator(mode="after")
    def _one_membership(self) -> GroupRef:
        if sum(map(bool, (self.members, self.members_of, self.members_during))) != 1:
            raise ValueError(f"{self.key}: give one of members, members_of or members_during")
        return self


class ForumRef(_Ref):
    """A body or meeting series in which states act: the General Assembly, CCW meetings…"""

    key: Key
    name: Text
    aliases: Names = ()
    parent: Key | None = None
    treaty: Key | None = None


# --- matching ----------------------------------------------------------------------------

R = TypeVar("R", bound=_Ref)

_WORD = r"[^\W¹²³⁰⁴-⁹]"  # a word character, footnote superscripts excepted ("Munitions²")
_IS_WORD = re.compile(_WORD)
_INVERTED = re.compile(r"^[^,]+,[^,]+\bof(?: the)?$", re.IGNORECASE)  # "Congo, The Democratic Republic of the"
_PIECES = {" ": r"(?:\s*[-‐‑]\s*|\s+)", "'": "['’‘‛`´ʼ]", "-": r"(?:\s*[-‐‑‒–—]\s*|\s+)"}  # "sous munitions" too


@dataclass(frozen=True, slots=True)
class Match(Generic[R]):
    """A name found in a text: ``text == source[start:end]``; ``kind`` is "name" or "adjective"."""

    start: int
    end: int
    text: str
    ref: R
    kind: str = "name"


@dataclass(slots=True)
class _Entry:
    """What a scanned name stands for, and how it may be written."""

    ref: _Ref | None  # None: a phrase that is not a name ("Indian Ocean")
    kind: str
    any_case: bool
    forms: set[str] = field(default_factory=set)


def _trie_regex(phrases: Iterable[str]) -> str:
    """One alternation of all phrases, as a trie: at every branch longer phrases are tried first."""
    root: dict = {}
    for phrase in phrases:
        node = root
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_node(root)


def _trie_node(node: dict) -> str:
    branches = [_PIECES.get(char, re.escape(char)) + _trie_node(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


class _Catalogue(Generic[R]):
    """The references of one kind with their names: lookup by key, by name and in running text."""

    def __init__(self, items: Iterable[R], key_of: Callable[[R], str], any_case_words: int | None):
        self.items: tuple[R, ...] = tuple(items)
        self.by_key: dict[str, R] = {}
        for item in self.items:
            if key_of(item) in self.by_key:
                raise ValueError(f"duplicate key {key_of(item)!r}")
            self.by_key[key_of(item)] = item
        self._any_case_words = any_case_words
        self._lookup: dict[str, R] = {}
        self._entries: dict[str, _Entry] = {}
        self._phrases: set[str] = set()

    def add(
        self,
        name: str,
        ref: R | None,
        kind: str = "name",
        *,
        scan: bool = True,
        strict: bool = True,
    ) -> None:
        """Register a name of ``ref`` (``None``: a phrase to skip in texts). A name already given to
        another reference is an error, or is ignored when ``strict`` is false."""
        key = _key(name)
        scan = scan and not _INVERTED.search(name)  # "Korea, Republic of" is for lookup only
        known = self._lookup.get(key) if ref is not None else None
        entry = self._entries.get(key) if scan else None
        if (known is not None and known is not ref) or (entry is not None and entry.ref is not ref):
            if strict:
                other = known if known is not None else entry.ref if entry is not None else None
                raise ValueError(f"{name!r} names two references: {other!r} and {ref!r}")
            return
        if ref is not None:
            self._lookup.setdefault(key, ref)
        if not scan:
            return
        words = len(name.split())
        any_case = self._any_case_words is not None and words >= self._any_case_words
        entry = self._entries.setdefault(key, _Entry(ref, kind, any_case))
        entry.any_case = entry.any_case or any_case
        for form in {_surface(_without_the(name)), _surface(_without_the(_strip_diacritics(name)))}:
            self._phrases.add(form.lower())
            entry.forms.add(form)
            if kind != "adjective":
                entry.forms.add(form.upper())

    def get(self, key: str, what: str) -> R:
        try:
            return self.by_key[key]
        except KeyError:
            raise KeyError(f"unknown {what} {key!r}") from None

    def find(self, name: str) -> R | None:
        for candidate in _candidates(name):
            ref = self._lookup.get(_key(candidate))
            if ref is not None:
                return ref
        return None

    @cached_property
    def _pattern(self) -> re.Pattern[str]:
        # a name can only start with the first letter of one of its written forms: the search skips every
        # other position before it tries the names (the trie is case-blind, the forms are not)
        firsts = {form[:1] for entry in self._entries.values() for form in entry.forms if form}
        firsts |= {
            case(form[:1])
            for entry in self._entries.values()
            if entry.any_case
            for form in entry.forms
            for case in (str.lower, str.upper)
        }
        starts = "".join(sorted(re.escape(char) for char in firsts if char))
        return re.compile(f"(?<!{_WORD})(?-i:(?=[{starts}]))(?:{_trie_regex(self._phrases)})(?!{_WORD})", re.IGNORECASE)

    def find_in(self, text: str) -> list[Match[R]]:
        found: list[Match[R]] = []
        position = 0
        while match := self._pattern.search(text, position):
            start = match.start()
            accepted = self._accept(text, start, match.end())
            if accepted is None:
                position = start + 1
                continue
            end, entry = accepted
            if entry.ref is not None:
                found.append(Match(start, end, text[start:end], cast(R, entry.ref), entry.kind))
            position = end
        return found

    def _accept(self, text: str, start: int, end: int) -> tuple[int, _Entry] | None:
        """The longest name at ``start`` written in a case its data allows, if any."""
        while True:
            entry = self._entries[_key(text[start:end])]
            surface = _surface(text[start:end])
            if entry.any_case or surface in entry.forms or _SMALL_WORDS.sub(_lower, surface) in entry.forms:
                return end, entry
            shorter = self._pattern.match(text, start, end - 1)
            while shorter and _IS_WORD.match(text, shorter.end()):
                shorter = self._pattern.match(text, start, shorter.end() - 1)
            if shorter is None:
                return None
            end = shorter.end()


_SMALL_WORDS = re.compile(r"(?<=\s)(?:The|Of|And)(?=\s)")  # "Saint Vincent and The Grenadines" is the name too


def _lower(match: re.Match[str]) -> str:
    return match.group().lower()


# Spanish names of states that are as often a given name or a city: "Mauricio" (Mauritius), "Granada" (Grenada).
_NOT_NAMES_IN_SPANISH = frozenset({"Mauricio", "Granada"})
# French names of states that are as often a given name, a city or a thing: "Maurice" (Mauritius), "Dominique"
# (Dominica), "Grenade" (Grenada), "Salvador" (El Salvador).
_NOT_NAMES_IN_FRENCH = frozenset({"Maurice", "Dominique", "Grenade", "Salvador"})


# French names the UN's French documents use where ISO 3166's French ones differ (sources: the UN Terminology
# Database, UNTERM, for the official names; the UN's French press releases for the short forms, "Syrie", "RPDC"):
# "le représentant du Nigéria", "1 contre (RPDC)".
_UN_FRENCH_NAMES = {
    "NGA": ("Nigéria", "République fédérale du Nigéria"),
    "BRN": ("Brunéi Darussalam",),
    "CHE": ("Confédération suisse",),
    "SYR": ("Syrie",),
    "PRK": ("RPDC",),
}
# Spanish names the UN's Spanish documents use where ISO 3166's Spanish ones differ or are missing (source: the UN
# Terminology Database, UNTERM, short names of Member States): "por el Representante Permanente de la Federación de
# Rusia ante las Naciones Unidas".
_UN_SPANISH_NAMES = {
    "RUS": ("Federación de Rusia",),
    "SYR": ("República Árabe Siria",),
    "LAO": ("República Democrática Popular Lao",),
    "TZA": ("República Unida de Tanzanía",),
    "SAU": ("Arabia Saudita",),
    "DZA": ("Argelia",),
    "BLR": ("Belarús",),
    "KAZ": ("Kazajstán",),
    "NZL": ("Nueva Zelandia",),
    "TUN": ("Túnez",),
    "COM": ("Comoras",),
}


def _translated_names(refs: list[StateRef], language: str, not_names: frozenset[str]) -> dict[StateRef, set[str]]:
    """The ISO names of the states in Spanish ("Panamá"), French ("Royaume-Uni") or Russian, for texts in them, in
    every order, and without their qualifier ("Bolivie, État plurinational de": "Bolivie") where no other
    state's name is the same without its own ("Corée" is two states')."""
    translation = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language], fallback=True)
    forms: dict[StateRef, set[str]] = {}
    shorts: dict[StateRef, set[str]] = {}
    for ref in refs:
        country = pycountry.countries.get(alpha_3=ref.alpha3)
        english = filter(None, (getattr(country, attribute, None) for attribute in ("name", "official_name")))
        for name in {translation.gettext(name) for name in english} - not_names:
            forms.setdefault(ref, set()).update({name, *_reorderings(name, language), *_unaccented_capital(name)})
            # "Saint-Siège (état de la cité du Vatican)", "Bolivie, État plurinational de"
            short = {_TRAILING_PARENTHESIS.sub("", name)} | {m["base"] for q in _QUALIFIED if (m := q.match(name))}
            shorts.setdefault(ref, set()).update(short - {name})
    claims = Counter(short for found in shorts.values() for short in found)
    for ref, found in shorts.items():
        forms[ref] |= {short for short in found if claims[short] == 1}
    return forms


@cache
def names_as_list_items() -> dict[str, str]:
    """The Spanish and French state names left out of running text as often a given name or a city ("Maurice",
    "Granada"), each with its state's alpha-3 code: a list of states ("3 abstentions (Inde, Maurice et Syrie)") may
    still name the state by them, where such a name is a whole item."""
    refs = list(_states().items)
    found: dict[str, str] = {}
    for language, names in (("es", _NOT_NAMES_IN_SPANISH), ("fr", _NOT_NAMES_IN_FRENCH)):
        for ref, forms in _translated_names(refs, language, frozenset()).items():
            found.update({name: ref.alpha3 for name in names & forms})
    return found


def _unaccented_capital(name: str) -> tuple[str, ...]:
    """A name that opens with an accented capital, as texts in capitals without accents write it ("Etats-Unis")."""
    return (f"E{name[1:]}",) if name.startswith("É") else ()


# Phrases that contain a state's name or adjective but do not mean the state.
_NOT_STATES = (
    "Indian Ocean",
    "Niger Delta",
    "Gulf of Guinea",
    "New Guinea",
    "American Samoa",
    "Chinese Taipei",
    "Lake Chad",
    "Lake Tanganyika",
    "Original: Chinese",
    "Original: French",
    "Original: Russian",
    "Original: Spanish",
)


# --- loading -----------------------------------------------------------------------------


def _read(name: str) -> str:
    return files("treatykg.reference").joinpath(name).read_text(encoding="utf-8")


def _toml(name: str, table: str) -> list[dict]:
    return tomllib.loads(_read(name))[table]


def _check_keys(kind: str, keys: Iterable[str | None], known: Iterable[str]) -> None:
    unknown = sorted({key for key in keys if key is not None} - set(known))
    if unknown:
        raise ValueError(f"unknown {kind} referenced in reference data: {unknown}")


def _names(catalogue: _Catalogue[R], ref: R, *names: str) -> None:
    for name in names:
        catalogue.add(name, ref)


@cache
def _states() -> _Catalogue[StateRef]:
    rows = csv.DictReader(io.StringIO(_read("states.csv")))
    refs = [StateRef.model_validate({k: v for k, v in row.items() if v}) for row in rows]
    catalogue = _Catalogue(refs, lambda ref: ref.alpha3, any_case_words=None)
    for ref in refs:
        for name in (ref.un_name, ref.short_name, *ref.variants):
            _names(catalogue, ref, name, *_reorderings(name))
    for ref in refs:
        for adjective in ref.adjectives:
            catalogue.add(adjective, ref, "adjective")
        for code in (ref.alpha3, ref.alpha2, *ref.former_codes):
            if code:
                catalogue.add(code, ref, scan=False)
    for ref in refs:  # ISO 3166 names, unless they clash with ours
        country = pycountry.countries.get(alpha_3=ref.alpha3)
        attributes = ("name", "official_name", "common_name") if country else ()
        for name in filter(None, (getattr(country, attribute, None) for attribute in attributes)):
            for form in (name, *_reorderings(name)):
                catalogue.add(form, ref, strict=False)
    for language, not_names in (("es", _NOT_NAMES_IN_SPANISH), ("fr", _NOT_NAMES_IN_FRENCH)):
        for ref, forms in _translated_names(refs, language, not_names).items():
            for form in forms:
                catalogue.add(form, ref, strict=False)
    for ref in refs:
        for name in (*_UN_FRENCH_NAMES.get(ref.alpha3, ()), *_UN_SPANISH_NAMES.get(ref.alpha3, ())):
            catalogue.add(name, ref, strict=False)
    for phrase in _NOT_STATES:
        catalogue.add(phrase, None)
    _check_keys("state", (code for ref in refs for code in ref.successors), catalogue.by_key)
    return catalogue


@cache
def _treaties() -> _Catalogue[TreatyRef]:
    refs = [TreatyRef.model_validate(row) for row in _toml("treaties.toml", "treaty")]
    catalogue = _Catalogue(refs, lambda ref: ref.key, any_case_words=3)
    _check_keys("treaty", (ref.parent for ref in refs), catalogue.by_key)
    for ref in refs:
        catalogue.add(ref.key, ref, scan=False)
        _names(catalogue, ref, ref.short_name, ref.title, *ref.aliases)
    return catalogue


@cache
def _treaties_by_unts() -> dict[tuple[int, int], TreatyRef]:
    by_citation: dict[tuple[int, int], TreatyRef] = {}
    for ref in _treaties().items:
        if ref.unts_volume is not None and ref.unts_number is not None:
            citation = (ref.unts_volume, ref.unts_number)
            if citation in by_citation:
                raise ValueError(f"two treaties cite UNTS vol. {citation[0]}, No. {citation[1]}")
            by_citation[citation] = ref
    return by_citation


@cache
def _organisations() -> _Catalogue[OrganisationRef]:
    rows = _toml("organisations.toml", "organisation")
    refs = [OrganisationRef.model_validate(row) for row in rows]
    catalogue = _Catalogue(refs, lambda ref: ref.key, any_case_words=3)
    _check_keys("organisation", (ref.parent for ref in refs), catalogue.by_key)
    _check_keys("state", (code for ref in refs for code in ref.members), _states().by_key)
    for ref in refs:
        catalogue.add(ref.key, ref, scan=False)
        _names(catalogue, ref, ref.name, *ref.aliases)
    return catalogue


@cache
def _groups() -> _Catalogue[GroupRef]:
    refs = [GroupRef.model_validate(row) for row in _toml("groups.toml", "group")]
    owners = _organisations().by_key
    _check_keys("organisation", (ref.members_of for ref in refs), owners)
    refs = [
        ref.model_copy(update={"members": owners[o].members, "members_during": owners[o].members_during})
        if (o := ref.members_of)
        else ref.model_copy(update={"members": tuple(m.state for m in ref.members_during)})
        if ref.members_during
        else ref
        for ref in refs
    ]
    catalogue = _Catalogue(refs, lambda ref: ref.key, any_case_words=3)
    _check_keys("state", (code for ref in refs for code in ref.members), _states().by_key)
    for ref in refs:
        catalogue.add(ref.key, ref, scan=False)
        _names(catalogue, ref, ref.name, *ref.aliases)
    return catalogue


@cache
def _forums() -> _Catalogue[ForumRef]:
    refs = [ForumRef.model_validate(row) for row in _toml("forums.toml", "forum")]
    catalogue = _Catalogue(refs, lambda ref: ref.key, any_case_words=3)
    _check_keys("forum", (ref.parent for ref in refs), catalogue.by_key)
    _check_keys("treaty", (ref.treaty for ref in refs), _treaties().by_key)
    for ref in refs:
        catalogue.add(ref.key, ref, scan=False)
        names = [ref.name, *ref.aliases, *_with_treaty_names(ref)]
        # "Meeting of the States Parties of the …": the same meeting, its treaty joined by "of"
        _names(
            catalogue,
            ref,
            *names,
            *(name.replace(" Parties to the ", " Parties of the ") for name in names if " Parties to the " in name),
        )
    return catalogue


def _with_treaty_names(ref: ForumRef) -> list[str]:
    """A forum's names with the name of its treaty they contain written as each of the treaty's other
    names: "Meeting of the High Contracting Parties to the Convention on Certain Conventional Weapons"
    is also "… to the CCW"."""
    if ref.treaty is None:
        return []
    treaty = _treaties().get(ref.treaty, "treaty")
    names = sorted({name for name in (treaty.title, treaty.short_name, *treaty.aliases) if name}, key=len, reverse=True)
    variants = []
    for forum_name in (ref.name, *ref.aliases):
        written = next((name for name in names if name in forum_name), None)
        if written:
            variants += [forum_name.replace(written, other) for other in names if other != written]
    return variants


# --- public API --------------------------------------------------------------------------


def states() -> list[StateRef]:
    """Every state: members, observers and historical codes, ordered by alpha-3 code."""
    return list(_states().items)


def state(alpha3: str) -> StateRef:
    """The state with this alpha-3 code; KeyError if there is none."""
    return _states().get(alpha3, "state")


def find_state(name: str) -> StateRef | None:
    """The state a name, variant, adjective or ISO code denotes, however written, or None; also its ISO
    name in Russian ("Хорватия"), as a reprinted table's row gives it, never searched for in running text."""
    found = _states().find(name)
    if found is None and CYRILLIC.search(name):
        found = _russian_names().get(_key(name.replace("ё", "е")))
    return found


CYRILLIC = re.compile(r"[\u0400-\u04ff]")


@cache
def _russian_names() -> dict[str, StateRef]:
    """The states' ISO names in Russian, read only when a name in Cyrillic is looked up."""
    names: dict[str, StateRef] = {}
    for ref, forms in _translated_names(list(_states().items), "ru", frozenset()).items():
        for form in forms:
            names.setdefault(_key(form.replace("ё", "е")), ref)
    return names


def find_states_in(text: str) -> list[Match[StateRef]]:
    """Every state named in a running text (names, variants, adjectives), in text order."""
    return _states().find_in(text)


# A state's name that begins the name of a body which is not the state: a party, an NGO, a society
# ("the Singapore Democratic Party", "the Kenya Red Cross Society", "Mines Action Canada" aside).
NAMED_BODY = re.compile(
    r"(?:[ \t]+(?:[A-Z][\w'’-]*|of|for)){0,4}?[ \t]+(?:Party|Parties|Campaign|Coalition|Society|Association|"
    r"Foundation|Institute|Network|Movement|Forum|League|Alliance|Federation|Front|Red\s+Cross|Red\s+Crescent|"
    r"Council\s+of\s+Churches|Bar|Chamber|Trust|Centre|Center|University|Times|News|Post|Herald|Tribune)\b"
)


def names_a_body(text: str, name_end: int) -> bool:
    """Whether the state's name ending at ``name_end`` begins the name of a body other than the state
    ("Singapore" in "The Singapore Democratic Party said …")."""
    return NAMED_BODY.match(text, name_end) is not None


def only_state_named(text: str) -> str | None:
    """The alpha-3 code of the one state a text names by name (adjectives aside), or None where it
    names none or several."""
    named = {match.ref.alpha3 for match in find_states_in(text) if match.kind == "name"}
    return named.pop() if len(named) == 1 else None


# A government's own web domain: a second-level "gov"/"govt"/"go"/"gouv"/"gob"/"gub" under a country
# code, or the United States' ".gov"; other governments' domains are listed in government_domains.csv.
GOVERNMENT_HOST = re.compile(r"(?:^|\.)(?:(?:gov|govt|go|gouv|gob|gub)\.(?P<cc>[a-z]{2})|(?P<us>gov))$")
UN_INT_MISSION = re.compile(
    r"(?:[a-z][a-z0-9+.-]*://)?(?:www\.)?un\.int/(?P<mission>[a-z][a-z_-]{2,40})(?:/|$)", re.IGNORECASE
)
ARCHIVED = re.compile(r"/web/\d{4,14}[a-z_]*/(?P<original>https?://\S+)", re.IGNORECASE)
COUNTRY_CODE_DOMAINS = {"uk": "GB"}  # where a country's internet domain is not its ISO alpha-2 code


@cache
def _government_domains() -> dict[str, str]:
    rows = list(csv.DictReader(io.StringIO(_read("government_domains.csv"))))
    _check_keys("state", (row["state"] or None for row in rows), _states().by_key)
    return {row["domain"].lower(): row["state"] for row in rows}


@cache
def _government_offices() -> list[tuple[re.Pattern[str], str]]:
    rows = list(csv.DictReader(io.StringIO(_read("government_offices.csv"))))
    _check_keys("state", (row["state"] for row in rows), _states().by_key)
    return [(re.compile(rf"(?<!\w){re.escape(row['name'])}(?!\w)"), row["state"]) for row in rows]


def government_office_state(line: str) -> str | None:
    """The state whose government office a line names without naming the state ("The White House",
    "Foreign and Commonwealth Office"), or None."""
    return next((state for pattern, state in _government_offices() if pattern.search(line)), None)


@cache
def _postal_codes() -> list[tuple[re.Pattern[str], str]]:
    rows = list(csv.DictReader(io.StringIO(_read("postal_codes.csv"))))
    _check_keys("state", (row["state"] for row in rows), _states().by_key)
    return [(re.compile(row["pattern"]), row["state"]) for row in rows]


def postal_code_state(line: str) -> str | None:
    """The state whose postal code format a line of an address carries ("Ottawa ON K1A 0A2" is in Canada,
    "Washington, DC 20500" in the United States), or None where it carries none or those of two states."""
    found = {state for pattern, state in _postal_codes() if pattern.search(line)}
    return found.pop() if len(found) == 1 else None


def _address_parts(address: str) -> tuple[str, str, str]:
    """The address (a web archive's copy read as the page it archives), its host in lower case and its path."""
    archived = ARCHIVED.search(address)
    address = (archived["original"] if archived else address).strip()
    match = re.match(r"(?:[a-z][a-z0-9+.-]*://)?(?:[^@/?#]*@)?(?P<host>[^/:?#\s]+)(?P<path>[^?#\s]*)", address, re.I)
    return (address, match["host"].lower().rstrip("."), match["path"]) if match else (address, "", "")


def government_of_address(address: str) -> str | None:
    """The state (alpha-3) whose government an address's host belongs to ("https://dfat.gov.au/…",
    "www.auswaertiges-amt.de"), or None. A web archive's copy counts as the page it archives
    (".../web/20070221021406/http://w01.international.gc.ca/...")."""
    address, host, _ = _address_parts(address)
    mission = UN_INT_MISSION.match(address) if host in ("un.int", "www.un.int") else None
    if mission:  # a permanent mission's pages on the UN's own domain: "https://www.un.int/suriname/…"
        named = _states().find(mission["mission"].replace("-", " ").replace("_", " "))
        return named.alpha3 if named else None
    domains = _government_domains()
    parts = host.split(".")
    for start in range(len(parts) - 1):
        if ".".join(parts[start:]) in domains:
            return domains[".".join(parts[start:])] or None  # a listed domain without a state is no government's
    found = GOVERNMENT_HOST.search(host)
    if not found:
        return None
    if found["us"]:
        return "USA"
    code = COUNTRY_CODE_DOMAINS.get(found["cc"], found["cc"].upper())
    return next((ref.alpha3 for ref in _states().items if ref.alpha2 == code), None)


# An address's host or path that is a state's permanent mission, delegation or embassy: "pakistanmission-un.org",
# "cyprusun.org", "disarm.emb-japan.go.jp", "www.norway.no/en/missions/…".
MISSION_WORDS = frozenset(
    {"mission", "missions", "emb", "embassy", "delegation", "permanent-mission", "misiones", "mision"}
)  # and in Spanish: "misiones.cubaminrex.cu"
STATE_AND_MISSION = re.compile(
    r"(?P<state>[a-z]{4,}?)(?:(?:un)?mission(?:un|unog|ny)?|un|unog|embassy)"
)  # "romaniaunog.org": at UN Geneva
NOT_A_STATE_WORD = frozenset({"africa", "america", "asia", "europe", "pacific", "states", "kingdom", "republic"})
UN_WORDS = frozenset({"un", "unog"})  # a state's name set beside the UN's in a host: "china-un.ch"
SHORT_AND_MISSION = re.compile(r"(?P<state>[a-z]{2,3})mission")  # "usmission.gov": on the same government's domain
EMBASSY_AND_STATE = re.compile(
    r"(?:amba|ambassade|embajada(?:de)?|embassy(?:of)?)(?P<state>[a-z]{4,})"
)  # "ambafrance-uk.org"
# A government host's first label naming the UN seat where its mission sits: "geneva.mfa.ee", "newyork.mfa.ee"
MISSION_SEATS = frozenset({"geneva", "geneve", "genf", "newyork", "nyc", "vienna", "wien", "un", "onu", "unog"})


def _last_name_word(word: str) -> StateRef | None:
    """The one state whose name of several words ends in ``word`` ("lanka" in "lankamission.org": Sri Lanka); None
    where no state's or several states' names end so ("guinea"), or the word names more than a state ("africa")."""
    if word in NOT_A_STATE_WORD:
        return None
    found = {
        ref.alpha3: ref
        for ref in _states().items
        if ref.valid_until is None
        for name in (ref.un_name, ref.short_name)
        if " " in name and name.rsplit(" ", 1)[1].lower() == word
    }
    return next(iter(found.values())) if len(found) == 1 else None


def mission_of_address(address: str) -> str | None:
    """The state (alpha-3) whose permanent mission, delegation or embassy publishes at this address, or
    None: a mission's pages on the UN's domain ("un.int/suriname/"), a host that joins a state's name with
    "mission" or "un" or sets it beside such a word, an embassy's host that joins "amba" or "embajada" with a
    state's name ("ambafrance-uk.org"), or a government's domain under a "missions" path or a host named by a UN
    seat ("geneva.mfa.ee")."""
    _, host, path = _address_parts(address)
    government = government_of_address(address)
    if host in ("un.int", "www.un.int"):
        return government
    tokens = re.split(r"[.-]", host)
    found = None
    for index, token in enumerate(tokens):
        joined = STATE_AND_MISSION.fullmatch(token) or EMBASSY_AND_STATE.fullmatch(token)
        short = SHORT_AND_MISSION.fullmatch(token)
        if joined and (state := _states().find(joined["state"]) or _last_name_word(joined["state"])):
            found = state.alpha3
        elif short and (state := _states().find(short["state"])) and state.alpha3 == government:
            found = government
        elif token in MISSION_WORDS or token in UN_WORDS:
            beside = [tokens[i] for i in (index - 1, index + 1) if 0 <= i < len(tokens)]
            states = [ref.alpha3 for word in beside if len(word) > 3 and (ref := _states().find(word))]
            found = states[0] if len(states) == 1 else found
    segments = {segment.lower() for segment in path.split("/")}
    if found is None and government and (segments & MISSION_WORDS or tokens[0] in MISSION_SEATS | MISSION_WORDS):
        found = government
    return found if found and government in (None, found) else None


def treaties() -> list[TreatyRef]:
    """Every treaty, protocol and amendment, in file order."""
    return list(_treaties().items)


def treaty(key: str) -> TreatyRef:
    """The treaty with this key; KeyError if there is none."""
    return _treaties().get(key, "treaty")


def find_treaty(name_or_key: str) -> TreatyRef | None:
    """The treaty a key, short name, alias or title denotes; None if unknown."""
    return _treaties().find(name_or_key)


def find_treaty_by_unts(volume: int, number: int) -> TreatyRef | None:
    """The treaty a "United Nations, Treaty Series, vol. V, No. N" citation refers to."""
    return _treaties_by_unts().get((volume, number))


def find_treaties_in(text: str) -> list[Match[TreatyRef]]:
    """Every treaty named in a running text (titles, aliases, short names such as "CCW")."""
    return _treaties().find_in(text)


def organisations() -> list[OrganisationRef]:
    return list(_organisations().items)


def organisation(key: str) -> OrganisationRef:
    return _organisations().get(key, "organisation")


def find_organisation(name: str) -> OrganisationRef | None:
    return _organisations().find(name)


def find_organisations_in(text: str) -> list[Match[OrganisationRef]]:
    return _organisations().find_in(text)


def groups() -> list[GroupRef]:
    return list(_groups().items)


def group(key: str) -> GroupRef:
    return _groups().get(key, "group")


def find_group(name: str) -> GroupRef | None:
    return _groups().find(name)


def find_groups_in(text: str) -> list[Match[GroupRef]]:
    return _groups().find_in(text)


def find_voice(name: str) -> GroupRef | OrganisationRef | None:
    """The group of states, or the organisation of states that speaks for its members, a name
    denotes ("the Non-Aligned Movement", "the European Union"); None for anything else."""
    found = find_group(name)
    if found is not None:
        return found
    organisation = find_organisation(name)
    return organisation if organisation is not None and organisation.speaks_for_members else None


def voice(key: str) -> GroupRef | OrganisationRef:
    """The group or speaking organisation with this key (group and organisation keys never clash)."""
    return _voices()[key]


@cache
def _voices() -> dict[str, GroupRef | OrganisationRef]:
    voices: dict[str, GroupRef | OrganisationRef] = {ref.key: ref for ref in groups()}
    for ref in organisations():
        if ref.speaks_for_members:
            if ref.key in voices:
                raise ValueError(f"organisation {ref.key!r} has the key of a group in reference data")
            voices[ref.key] = ref
    return voices


def forums() -> list[ForumRef]:
    return list(_forums().items)


def forum(key: str) -> ForumRef:
    return _forums().get(key, "forum")


def find_forum(name: str) -> ForumRef | None:
    """The forum a name denotes; a leading ordinal ("second Review Conference …") is ignored."""
    return _forums().find(name)


# A meeting of a treaty's parties, named by its kind and its treaty in English, Spanish or French: "meeting of
# States Parties of the Convention on Cluster Munitions", "Reunión de Estados Parte de la Convención de Ottawa",
# "Conferencia de Estados Parte del Tratado sobre Comercio de Armas", "Assemblée des Etats parties à la Convention sur
# les armes à sous munitions". The treaty's name must follow at once.
PARTIES_MEETING = re.compile(
    r"(?P<kind>Review\s+Conference|Meeting|Conference|Reuni[oó]n|Conferencia(?P<es_review>\s+de\s+Examen)?|R[ée]union"
    r"|Assembl(?:ée|ee)|Asamblea"
    r"|Conf[ée]rence(?P<fr_review>\s+d['’]examen)?)\s+(?:of|des|de)\s+(?:the\s+|los\s+|la\s+)?"
    r"(?:High\s+Contracting|States?|Estados|[ÉE]tats)\s+Part(?:ies|es?)\s+(?:to|of|de|del|au|à|a)\s+"
    r"(?:the\s+|la\s+|el\s+|los\s+|l['’]\s*)?"
    # a review conference of the treaty itself: "IV Conferencia de Revisión de la Convención sobre …"
    r"|(?P<kind_review>Review\s+Conference|Conferencia\s+de\s+(?:Revisi[oó]n|Examen)|Conf[ée]rence\s+d['’]examen)"
    r"\s+(?:of|on|de|del)\s+(?:the\s+|la\s+|el\s+|l['’]\s*)?",
    re.IGNORECASE,
)
MEETING_KEYS = {"review": ("{}-revcon",), "meeting": ("{}-msp", "{}"), "conference": ("{}-csp", "{}-msp", "{}")}


def _parties_meeting(text: str, match: re.Match[str]) -> Match[ForumRef] | None:
    """The forum a meeting of a treaty's parties names (``match`` of PARTIES_MEETING), where its treaty
    follows and a forum of that kind is known for the treaty."""
    treaty = next(iter(_treaties().find_in(text[match.end() : match.end() + 400])), None)
    if treaty is None or treaty.start != 0:
        return None
    kind = (match["kind"] or match["kind_review"]).lower()
    review = bool(match["kind_review"] or kind.startswith("review") or match["es_review"] or match["fr_review"])
    sort = "review" if review else "conference" if kind.startswith("conf") else "meeting"  # an "Assemblée" meets
    forums = _forums().by_key
    key = next(
        (form.format(treaty.ref.key) for form in MEETING_KEYS[sort] if form.format(treaty.ref.key) in forums), None
    )
    if key is None:
        return None
    end = match.end() + treaty.end
    return Match(match.start(), end, text[match.start() : end], forums[key])


def find_forums_in(text: str) -> list[Match[ForumRef]]:
    """Every forum a text names: by a name of forums.toml, or as a meeting of a treaty's parties; a
    forum's experts' group where its name follows "Group of Governmental Experts" at once."""
    named = _forums().find_in(text)
    meetings = [found for m in PARTIES_MEETING.finditer(text) if (found := _parties_meeting(text, m))]
    meetings = [m for m in meetings if not any(n.start < m.end and m.start < n.end for n in named)]
    return sorted((_experts_of(text, found) for found in named + meetings), key=lambda found: found.start)


# "The 15th Group of Governmental Experts Meeting of the States Parties to the Convention on …", "Group of
# Governmental Experts of the High Contracting Parties …": the experts' group of the forum named next.
EXPERTS_BEFORE = re.compile(
    r"Group\s+of\s+Governmental\s+Experts(?:\s*\(GGE\))?\s*(?:(?:of|under|to)\s+(?:the\s+)?)?\Z"
)


def _experts_of(text: str, found: Match[ForumRef]) -> Match[ForumRef]:
    before = EXPERTS_BEFORE.search(text, max(0, found.start - 60), found.start)
    if before is None:
        return found
    experts = next((ref for ref in _forums().items if ref.parent == found.ref.key and ref.key.endswith("-gge")), None)
    if experts is None:
        return found
    return Match(before.start(), found.end, text[before.start() : found.end], experts)
