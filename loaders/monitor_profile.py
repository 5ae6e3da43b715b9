"""A Landmine and Cluster Munition Monitor country profile: the state, its ban policy, and what the
Monitor reports of it (status, positions, practice, votes), every claim reported by the Monitor.

A profile is known by its layout, never its file name: a heading line "Mine Ban Policy" or "Cluster
Munition Ban Policy" (or "Pakistan: Cluster Munition Ban Policy"), the profiled state's name alone on
a title line before it (or, for a copy kept without it, the Monitor's address of the report, which
is made of the state and the policy, or the state the profile's first paragraph opens with, "The
Federative Republic of Brazil has not acceded to …"), and at least one more mark of a Monitor profile ("Last updated",
a "Summary:" paragraph, the Monitor or its country reports named). A page that names a state and the Monitor
without that heading (a news story about a Monitor report, an overview chapter) is not one, except a Landmine
Monitor report of 1999-2008 that opens "Key developments since …" at the address the Monitor's archive gives it
("publications/display?url=lm/2005/bahrain.html", which names the series and the state), or whose paragraph near the
top opens with that state as the subject of its treaty status ("The Republic of Palau has not acceded to …").
"""

from __future__ import annotations

import re
from typing import NamedTuple

from treatykg import gazetteer
from treatykg.loaders import reported
from treatykg.loaders import text as tx
from treatykg.records import MonitorProfileRecord

KIND = "monitor_profile"
VERSION = "27"
LABEL = "Landmine and Cluster Munition Monitor country profile"

HEADING = re.compile(
    r"^[ \t]*(?:(?P<state>[^\n:]{2,60}):[ \t]*)?(?P<policy>Cluster\s+Munition\s+Ban\s+Policy|Mine\s+Ban\s+Policy)"
    r"[ \t]*$"
    # the country report of a Landmine Monitor Report (1999-2008), the mine ban policy's first home
    r"|^[ \t]*(?P<report>[^\n:,]{2,60}),\s+(?:Landmine\s+Monitor\s+Report|Rapport\s+de\s+l\S{1,3}Observatoire\s+des\s+Mines"
    r"|Monitor\s+de\s+Minas\s+Terrestres)"  # and its French and Spanish: "Cameroun, Rapport de l'Observatoire des Mines 2002",
    r"\s+(?:19|20)\d\d[ \t]*$",  # "Perú, Monitor de Minas Terrestres 2005"
    re.MULTILINE | re.IGNORECASE,
)
POLICIES = {"cluster munition ban policy": ("cluster-munition-ban", "ccm"), "mine ban policy": ("mine-ban", "apmbc")}
UPDATED = re.compile(rf"\bLast\s+updated\s*:?\s*(?P<date>\d{{1,2}}\s+{tx.MONTH_NAMES}\s+\d{{4}})", re.IGNORECASE)
REPORT_YEAR = re.compile(
    r"\b(?:(?:Landmine|Cluster\s+Munition)\s+Monitor(?:\s+Report)?|Observatoire\s+des\s+Mines|Monitor\s+de\s+Minas\s+Terrestres)"
    r"\s+(?P<year>(?:19|20)\d\d)\b(?!,\s*p\.)"  # not an earlier report cited by its page: "Landmine Monitor Report 2002, p. 341"
    r"|\bRapport\s+(?P<titled>(?:19|20)\d\d)\s+de\s+l['´’]\s*Observatoire\s+des\s+Mines\b"  # the French title's
)
MARKS = (
    re.compile(r"\bLast\s+updated\b", re.IGNORECASE),
    re.compile(r"^[ \t]*Summary:", re.MULTILINE),
    re.compile(
        r"\b(?:Landmine|Cluster\s+Munition)\s+Monitor\b|\bthe\s+Monitor\b|\bICBL-CMC\b|\bObservatoire\s+des\s+Mines\b"
        r"|\bMonitor\s+de\s+Minas\s+Terrestres\b"
    ),
    re.compile(r"\bCountry\s+(?:Reports?|Profiles?)\b"),
    # the overview table of the 2010-2012 profiles: "Mine ban policy overview", "Pro-mine ban UNGA voting record"
    re.compile(
        r"^[ \t]*(?:Mine|Cluster\s+munition)\s+ban\s+policy\s+overview\b|\bPro-mine\s+ban\s+UNGA\s+voting\s+record\b",
        re.M | re.I,
    ),
)
# A Monitor report's address names the state and the policy: …/reports/2019/korea,-republic-of/cluster-munition-ban-policy.aspx
ADDRESS = re.compile(
    r"the-monitor\.org/[a-z-]+/reports/\d{4}/(?P<country>[^/?#]+)/(?P<policy>mine-ban-policy|cluster-munition-ban-policy)",
    re.IGNORECASE,
)
# The Monitor's archive names a report by its series and the state: "publications/display?url=lm/2005/bahrain.html"
# (a Landmine Monitor report), "display?…&pqs_type=cm&pqs_report=indonesia" (a Cluster Munition Monitor one).
MONITOR_SITE = re.compile(r"^(?:https?://)?(?:[\w-]+\.)*the-monitor\.org(?:[:/]|$)", re.IGNORECASE)
ARCHIVE_ADDRESS = (
    re.compile(
        r"the-monitor\.org/.*?display\?(?:[^#]*&)?url=(?P<series>lm|cmm)/(?:19|20)\d\d/(?P<country>[a-z_-]+)(?:\.fr|\.es)?\.html?",
        re.I,
    ),
    re.compile(
        r"the-monitor\.org/.*?display\?(?=[^#]*\bpqs_type=(?P<series>lm|cm)\b)(?=[^#]*\bpqs_report=(?P<country>[a-z_-]+))",
        re.I,
    ),
    # the Monitor's current site and its archive of it: "…/reports/2022/brunei-darussalam/mine-ban-policy.aspx"
    re.compile(
        r"the-monitor\.org/(?:[a-z]{2}-[a-z]{2}/)?reports/(?:19|20)\d\d/(?P<country>[a-z_-]+)/"
        r"(?P<series>mine-ban-policy|cluster-munition-ban-policy)\.aspx",
        re.I,
    ),
)
SERIES_POLICY = {
    "lm": "mine ban policy",
    "cm": "cluster munition ban policy",
    "cmm": "cluster munition ban policy",
    "mine-ban-policy": "mine ban policy",
    "cluster-munition-ban-policy": "cluster munition ban policy",
}
# The opening of a Landmine Monitor country report of 1999-2008, kept without its title: "Key developments since May 2004:"
KEY_DEVELOPMENTS = re.compile(
    rf"^[ \t]*Key\s+developments\s+since\s+{tx.MONTH_NAMES}\s+(?:19|20)\d\d\s*:"
    # the archive's French and Spanish reports open with their title line: "MALI , Rapport 2003 de l´Observatoire des Mines"
    r"|^[ \t]*[^\n,]{2,60},\s*(?:Rapport|Informe)\s+(?:19|20)\d\d\s+del?\s+(?:l['´’]\s*)?(?:Observatoire|Observatorio|Monitor)\b",
    re.M | re.I,
)
ADDRESS_YEAR = re.compile(r"the-monitor\.org/.*?(?:/reports/|[?&]pqs_year=)(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE)
OPENING_STATUS = re.compile(
    r"(?:The\s+)?(?P<name>[A-Z][^,.;:]{2,70}?)\s+(?:has\s+not\s+(?:yet\s+)?(?:acceded|signed|ratified|joined)|"
    r"(?:is|became)\s+a\s+State\s+Party|signed|ratified|acceded)\b"
)
SALUTATION = re.compile(r"^\s*Dear\s+\S", re.MULTILINE)
FOOTNOTE = re.compile(r"^[ \t]*\[(?P<mark>\d{1,3})\][ \t]*(?P<text>\S[^\n]{5,})$", re.MULTILINE)
_TITLE_REACH = 12  # non-blank lines above the heading that may hold the state's title line


def _heading(text: str):
    """(heading match, state alpha-3, title line start) of the profile, or None."""
    for heading in HEADING.finditer(text):
        if heading["report"]:
            state = _state_line(heading["report"])
            if state:
                return heading, state, heading.start()
            continue
        if heading["state"]:
            state = _state_line(heading["state"])
            if state:
                return heading, state, heading.start()
            continue
        lines = [m for m in re.finditer(r"[^\n]*\S[^\n]*", text[: heading.start()])][-_TITLE_REACH:]
        for line in reversed(lines):
            state = _state_line(line.group())
            if state:
                return heading, state, line.start()
    return None


def _state_line(line: str) -> str | None:
    """The state a title line names alone ("Pakistan", "UNITED KINGDOM", "New_Zealand")."""
    name = re.sub(r",\s*(?:Landmine|Cluster\s+Munition)\s+Monitor\b.*$", "", line.replace("_", " ")).strip()
    if not name or len(name) > 60:
        return None
    found = gazetteer.find_state(name)
    return found.alpha3 if found else None


def _address_state(address: str | None, policy: str) -> str | None:
    """The state a Monitor report's address is made of, for the policy the heading names
    ("the-monitor.org/en-gb/reports/2018/egypt/mine-ban-policy.aspx" is Egypt's, and so is the archive's
    "display?url=lm/2005/egypt.html" for the mine ban policy), or None."""
    archived = _archived(address)
    match = ADDRESS.search(address or "")
    if match:
        addressed, country = match["policy"].replace("-", " ").lower(), match["country"]
    elif archived:
        addressed, country = archived
    else:
        return None
    if addressed != re.sub(r"\s+", " ", policy).lower():
        return None
    names = {_state_line(part.replace("-", " ")) for part in country.split("_")}  # "myanmar_burma"
    return names.pop() if len(names) == 1 else None


def _archived(address: str | None) -> tuple[str, str] | None:
    """(policy, country) of a report the Monitor's archive addresses by series and state, or None."""
    match = next((found for pattern in ARCHIVE_ADDRESS if (found := pattern.search(address or ""))), None)
    return (SERIES_POLICY[match["series"].lower()], match["country"]) if match else None


def _opening_state(text: str, heading: re.Match[str]) -> str | None:
    """The state a profile kept without its title line opens with, as the Monitor's profiles do: the
    first paragraph after the heading has the state as its subject and a treaty status as its verb
    ("The Federative Republic of Brazil has not acceded to the Convention on Cluster Munitions.") and
    names no other state; None otherwise. The overview's lines above it are passed over where they name no state
    ("Abstained on Resolution 65/48 in December 2010 …") or are no sentence ("Attended … in Oslo, Norway in 2012")."""
    for paragraph in re.finditer(r"[^\n]*\S[^\n]*", text[heading.end() : heading.end() + 1500]):
        line = paragraph.group().strip()
        if UPDATED.search(line) or len(line) < 40:
            continue  # "Last Updated: …", the overview's short labels
        opening = OPENING_STATUS.match(line)
        named = {m.ref.alpha3 for m in gazetteer.find_states_in(line)}
        if not opening and (not named or not line.endswith((".", ";", ":"))):
            continue  # an overview's value: "Has never attended a … meeting", "Attended … in Oslo, Norway in 2012"
        state = _state_line(opening["name"]) if opening else None
        return state if state and named == {state} else None
    return None


def _status_paragraph(text: str, state: str) -> bool:
    """Whether a paragraph near the top opens with the state as the subject of its treaty status ("The Republic of
    Palau has not acceded to Mine Ban Treaty, …", "Georgia has not acceded to …"), as the archive's reports of a
    series kept without their title or "Key developments" do."""
    for paragraph in re.finditer(r"^[ \t]*(\S[^\n]*)", text[:2500], re.MULTILINE):
        opening = OPENING_STATUS.match(paragraph.group(1))
        if opening and _state_line(opening["name"]) == state:
            return True
    return False


class ProfileHeading(NamedTuple):
    """What a profile's heading gives: the state, where its title starts, the policy as written (None where
    the heading names none: the mine ban policy, the Landmine Monitor's only one)."""

    state: str
    title_start: int
    policy: str | None


def _profile_heading(text: str, address: str | None) -> ProfileHeading | None:
    """The profile's heading from its title line, else from the address of a copy kept without it; None
    when neither gives the state."""
    found = _heading(text)
    if found is not None:
        heading, state, start = found
        return ProfileHeading(state, start, heading["policy"])
    heading = HEADING.search(text)
    if heading is None:  # a Landmine Monitor report of 1999-2008 kept without its title: its address names it
        archived = _archived(address)
        state = _address_state(address, archived[0]) if archived else None
        opening = KEY_DEVELOPMENTS.search(text, 0, 2000) or (state and _status_paragraph(text, state))
        state = state if opening else None
        named = state and any(m.ref.alpha3 == state for m in gazetteer.find_states_in(text))
        return ProfileHeading(state, 0, archived[0]) if state and named and archived else None
    if heading["state"]:
        return None
    addressed = _address_state(address, heading["policy"])
    if addressed and _archived(address):  # the archive's copy: the paragraphs above the policy heading are its own
        return ProfileHeading(addressed, 0, heading["policy"])
    state = addressed or _opening_state(text, heading)
    return ProfileHeading(state, heading.start(), heading["policy"]) if state else None


def detect(text: str, address: str | None = None) -> float:
    """How sure we are that the text is a Monitor country profile (0 = not one)."""
    if SALUTATION.search(text) or not (
        HEADING.search(text) or KEY_DEVELOPMENTS.search(text, 0, 2000) or _archived(address)
    ):
        return 0.0
    if _profile_heading(text, address) is None:
        return 0.0
    # the archive's address of a report, or any page on the Monitor's own site ("…/region_profiles/print_profile/913")
    marks = sum(1 for mark in MARKS if mark.search(text)) + (
        1 if _archived(address) or MONITOR_SITE.search(address or "") else 0
    )
    return min(0.6 + 0.2 * marks, 1.0) if marks else 0.0


def parse(text: str, address: str | None = None) -> MonitorProfileRecord:
    """Parse a profile; ValueError when the text has no profile heading with its state."""
    found = _profile_heading(text, address)
    if found is None:
        raise ValueError(
            "no country profile heading ('Mine Ban Policy' or 'Cluster Munition Ban Policy' under a state's name)"
        )
    state, title_start = found.state, found.title_start
    policy_name = re.sub(r"\s+", " ", found.policy or "Mine Ban Policy").title()
    policy, treaty = POLICIES[policy_name.lower()]
    missing: list[str] = []
    updated_match = UPDATED.search(text)
    updated = tx.parse_date(updated_match["date"]) if updated_match else None
    report = REPORT_YEAR.search(text)
    # the report's year in its address: "…/reports/2019/…", "pqs_year=2009"
    addressed = ADDRESS_YEAR.search(address or "")
    year, derived = (
        (updated.year, False)
        if updated
        else (int(report["year"] or report["titled"]), False)
        if report
        else (int(addressed["year"]), False)
        if addressed
        else (None, False)
    )
    if year is None:
        years = [int(y) for y in reported.YEAR.findall(text)]
        year, derived = (max(years), True) if years else (None, False)
        missing.append("date of the profile: the year is the latest the text names" if years else "date of the profile")
    footnotes = {int(m["mark"]): tx.fold(m["text"]) for m in FOOTNOTE.finditer(text)}
    stated_year = None if derived else year  # a claim's year where its sentence gives none: the profile's, if stated
    statuses, positions, votes = reported.reported_claims(
        text, state, title_start, len(text), stated_year, footnotes, treaty=treaty
    )
    summary = reported.summary_status(text, state, treaty, title_start, len(text))
    if summary and not any(s.status.treaty == treaty for s in statuses):
        statuses.insert(0, reported.ReportedStatus(status=summary, year=stated_year))
    return MonitorProfileRecord(
        state=state,
        policy=policy,
        treaty=treaty,
        title=f"{gazetteer.state(state).short_name}: {policy_name}",
        updated=updated,
        year=year,
        year_derived=derived,
        statuses=tuple(statuses),
        positions=tuple(positions),
        votes=tuple(votes),
        missing=tuple(missing),
    )
