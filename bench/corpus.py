"""A seeded, full-size synthetic corpus in the real input formats, for the scale benchmark.

Kinds: General Assembly resolution texts (three renderings, built from the structure of the
sample resolutions), UN Digital Library voting CSV (current column layout), UN Treaty Collection
status tables (the run-together text form), explanations of vote and letters. Everything is
generated from a seed: the same arguments always write the same files.
"""

from __future__ import annotations

import csv
import datetime as dt
import random
from pathlib import Path

from treatykg import gazetteer

ORDINAL_WORDS = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
]
SESSION_WORDS = {40: "Fortieth", 50: "Fiftieth", 60: "Sixtieth", 70: "Seventieth", 80: "Eightieth"}
UNITS = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
PREAMBLE = [
    ("Reaffirming", "its determination to put an end to the suffering caused by {weapons},"),
    ("Deploring", "the use of {weapons} and the related civilian casualties,"),
    ("Conscious", "that {weapons} obstruct economic and social development for many years after use,"),
    ("Concerned", "about the dangers presented by large national stockpiles of {weapons},"),
    ("Recognizing", "the importance of assistance to victims, including through the {other},{mark1}"),
    ("Welcoming", "the steps taken nationally, regionally and globally to prohibit the use of {weapons},"),
    ("Stressing", "the role of the {org} and of other organizations in furthering the principles of humanity,"),
    ("Noting with satisfaction", "the progress made in the implementation of the {treaty},"),
]
OPERATIVE = [
    ("Urges", "all States not parties to the {treaty} to join it as soon as possible;"),
    ("Stresses", "the importance of the full and effective implementation of the {treaty};"),
    ("Expresses grave concern", "regarding reports of the use of {weapons} in different parts of the world;"),
    ("Invites", "all States that have not joined the {treaty} to provide information on a voluntary basis;"),
    ("Calls upon", "States parties to address issues arising from outstanding dues;"),
    ("Requests", "the Secretary-General to continue to render the necessary assistance;"),
    ("Reiterates its invitation and encouragement", "to the {org} to participate in the meetings under the {treaty};"),
]
TREATIES = [
    ("ccm", "Convention on Cluster Munitions", "cluster munitions"),
    (
        "apmbc",
        "Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of "
        "Anti-Personnel Mines and on Their Destruction",
        "anti-personnel mines",
    ),
    (
        "ccw",
        "Convention on Prohibitions or Restrictions on the Use of Certain Conventional Weapons "
        "Which May Be Deemed to Be Excessively Injurious or to Have Indiscriminate Effects",
        "certain conventional weapons",
    ),
]
PLACES = ["Geneva", "Lausanne, Switzerland", "Dubrovnik, Croatia", "Vientiane", "Beirut", "Santiago", "Maputo"]


def session_word(session: int) -> str:
    tens, unit = divmod(session, 10)
    if unit == 0:
        return SESSION_WORDS.get(session, f"{session}th")
    tens_word = {4: "Forty", 5: "Fifty", 6: "Sixty", 7: "Seventy", 8: "Eighty"}[tens]
    return f"{tens_word}-{UNITS[unit]}"


def long_date(day: dt.date) -> str:
    return f"{day.day} {day:%B %Y}"


def resolution_text(rng: random.Random, session: int, number: int, rendering: str) -> str:
    """One GA resolution in the plain, Markdown or HTML-footnote rendering of the samples."""
    key, treaty, weapons = rng.choice(TREATIES)
    states = [s for s in gazetteer.states() if s.status == "member"]
    adopted = dt.date(1945 + session, 12, rng.randint(1, 12))
    org = rng.choice(["International Committee of the Red Cross", "Cluster Munition Coalition", "United Nations"])
    italic = (lambda s: f"*{s}*") if rendering != "plain" else (lambda s: s)
    sup = {
        "plain": lambda n: "¹²³⁴⁵"[n - 1],
        "markdown": lambda n: "¹²³⁴⁵"[n - 1],
        "html": lambda n: f"<sup>{n}</sup>",
    }[rendering]
    fill = {
        "weapons": weapons,
        "treaty": treaty,
        "other": "Convention on the Rights of Persons with Disabilities",
        "org": org,
        "mark1": sup(1),
    }
    recalled = sorted({rng.randint(50, session - 1) for _ in range(rng.randint(1, 6))})
    recalls = ", ".join(
        f"{s}/{rng.randint(10, 99)} of {long_date(dt.date(1945 + s, 12, rng.randint(1, 12)))}" for s in recalled
    )
    president = rng.choice(states)
    ordinal = rng.randint(1, 12)
    start = dt.date(adopted.year - 1, 9, rng.randint(1, 20))
    paragraphs = [f"{italic('Recalling')} its resolutions {recalls} on the {treaty},"]
    paragraphs += [f"{italic(a)} {t.format(**fill)}" for a, t in rng.sample(PREAMBLE, rng.randint(4, len(PREAMBLE)))]
    parties = rng.randint(80, 120)
    signatories = rng.randint(5, 30)
    paragraphs.append(
        f"{italic('Noting')} that a total of {parties + signatories} States have joined the Convention, "
        f"{parties} as States parties and {signatories} as signatories,"
    )
    paragraphs.append(
        f"{italic('Welcoming')} the work done under the presidency of the {president.un_name} at the "
        f"{ORDINAL_WORDS[ordinal - 1]} Meeting of States Parties to the {treaty}, held in "
        f"{rng.choice(PLACES)} from {start.day} to {start.day + 2} {start:%B %Y},"
    )
    operative = [
        f"{i}. {italic(a)} {t.format(**fill)}"
        for i, (a, t) in enumerate(rng.sample(OPERATIVE, rng.randint(4, len(OPERATIVE))), start=1)
    ]
    operative.append(f"{len(operative) + 1}. {italic('Decides')} to remain seized of the matter.")
    footnote = f"{sup(1)} United Nations, {italic('Treaty Series')}, vol. 2515, No. 44910."
    rule = "\n---\n" if rendering == "html" else ""
    body = "\n\n".join(paragraphs + [rule + footnote + rule] + operative)
    title = f"Implementation of the {treaty}"
    agenda = f"Agenda item {rng.randint(90, 110)} ({rng.choice('abcdefghij')})"
    report = (
        f"[on the report of the First Committee (A/{session}/{rng.randint(300, 450)}, para. {rng.randint(10, 120)})]"
    )
    closing = f"{rng.randint(30, 70)}th plenary meeting\n{long_date(adopted)}"
    if rendering == "plain":
        return (
            f"{session_word(session)} session\n{agenda}\n\nResolution adopted by the General Assembly on "
            f"{long_date(adopted)}\n\n{report}\n\n{session}/{number}. {title}\n\nThe General Assembly,\n\n"
            f"{body}\n\n{closing}\n"
        )
    return (
        f"**{session_word(session)} session**\n\n{agenda}\n\n**General and complete disarmament: {title.lower()}**"
        f"**Resolution adopted by the General Assembly on {long_date(adopted)}***{report}***{session}/{number}. "
        f"{title}***The General Assembly,*\n\n{body}\n\n*{closing}*\n"
    )


def write_resolutions(folder: Path, count: int, seed: int) -> list[Path]:
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(count):
        session, number = 60 + index % 20, 100 + index // 20
        rendering = ("plain", "markdown", "html")[index % 3]
        path = folder / f"resolution-{session}-{number}.{'md' if rendering != 'plain' else 'txt'}"
        path.write_text(resolution_text(rng, session, number, rendering), encoding="utf-8")
        paths.append(path)
    return paths


VOTING_HEADER = [
    "undl_id",
    "ms_code",
    "ms_name",
    "ms_vote",
    "date",
    "session",
    "resolution",
    "draft",
    "committee_report",
    "meeting",
    "title",
    "agenda_title",
    "subjects",
    "vote_note",
    "total_yes",
    "total_no",
    "total_abstentions",
    "total_non_voting",
    "total_ms",
    "undl_link",
]


def _voting_title(index: int) -> str:
    """One resolution in fifty is about the CCM, so treaty queries find some in the voting data."""
    return (
        "Convention on Cluster Munitions" if index % 50 == 0 else f"General and complete disarmament: question {index}"
    )


def write_voting_csv(path: Path, resolutions: int, seed: int) -> int:
    """A UN Digital Library voting CSV (current layout): every member state's vote on each resolution."""
    rng = random.Random(seed)
    states = [s for s in gazetteer.states() if s.status == "member"]
    rows = 0
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(VOTING_HEADER)
        for index in range(resolutions):
            session = 1 + index * 79 // max(resolutions, 1)
            symbol = f"A/RES/{session}/{index % 400 + 1}"
            day = dt.date(1945 + session, rng.randint(9, 12), rng.randint(1, 28))
            weights = (rng.random(), rng.random() * 0.3, rng.random() * 0.4, 0.05)
            votes = rng.choices("YNAX", weights=weights, k=len(states))
            totals = [votes.count(option) for option in "YNAX"]
            undl_id = 4000000 + index
            for state, vote in zip(states, votes):
                writer.writerow(
                    [
                        undl_id,
                        state.alpha3,
                        state.un_name.upper(),
                        vote,
                        day.isoformat(),
                        session,
                        symbol,
                        f"A/C.1/{session}/L.{index % 60 + 1}",
                        f"A/{session}/{400 + index % 50}",
                        f"A/{session}/PV.{index % 90 + 1}",
                        f"{_voting_title(index)} : resolution / adopted by the General Assembly",
                        "General and complete disarmament",
                        "DISARMAMENT",
                        "",
                        *[f"{t}.0" for t in totals],
                        f"{len(states)}.0",
                        f"https://digitallibrary.un.org/record/{undl_id}",
                    ]
                )
                rows += 1
    return rows


def status_table_text(rng: random.Random, number: int) -> str:
    """A UN Treaty Collection status table in the run-together text form (markup stripped)."""
    states = [s for s in gazetteer.states() if s.status == "member"]
    adopted = dt.date(1960 + number % 60, rng.randint(1, 12), rng.randint(1, 28))
    in_force = adopted + dt.timedelta(days=rng.randint(200, 900))
    participants = sorted(rng.sample(states, rng.randint(20, 120)), key=lambda s: s.un_name)
    rows, parties, signatories = [], 0, 0
    for state in participants:
        signed = adopted + dt.timedelta(days=rng.randint(0, 300)) if rng.random() < 0.7 else None
        consent = (signed or adopted) + dt.timedelta(days=rng.randint(100, 3000)) if rng.random() < 0.8 else None
        marker = "" if signed and consent else (rng.choice([" a", " d"]) if consent else "")
        if consent is None and signed is None:
            consent, marker = adopted + dt.timedelta(days=rng.randint(100, 3000)), " a"
        parties += consent is not None
        signatories += signed is not None
        cells = [f"{d.day} {d:%b %Y}" for d in (signed, consent) if d]
        rows.append(f"{state.un_name}{' '.join(cells)}{marker} ")
    title = f"Convention on the regulation of synthetic matters, number {number}"
    return (
        f"CHAPTER XXVI\nDISARMAMENT\n{number}{title}Geneva, {adopted.day} {adopted:%B %Y}"
        f"{in_force.day} {in_force:%B %Y}, in accordance with article 9.{in_force.day} {in_force:%B %Y}, "
        f"No. {50000 + number}Signatories{signatories}Parties{parties}United Nations, <i>Treaty Series </i>, "
        f"vol. {3000 + number}, p. 1.\nParticipantSignatureRatification, Accession(a), Succession(d)"
        + "".join(rows)
        + "\n"
    )


def write_status_tables(folder: Path, count: int, seed: int) -> None:
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(1, count + 1):
        (folder / f"status-{number:04d}.txt").write_text(status_table_text(rng, number), encoding="utf-8")


STANCES = [
    "{state} supports international efforts to address the humanitarian impact of {weapons}.",
    "{state} does not support a ban on the use, production and transfer of {weapons}.",
    "{state} considers the CCW the most appropriate forum for addressing the issue of {weapons}.",
    "{state} is strongly opposed to the use of {weapons} against civilians.",
    "{state} has never used {weapons} in any conflict.",
]


def statement_text(rng: random.Random, session: int, number: int) -> str:
    """An explanation of vote in the First Committee, shaped like the sample statement."""
    state = rng.choice([s for s in gazetteer.states() if s.status == "member" and s.adjectives])
    _, treaty, weapons = rng.choice(TREATIES)
    vote = rng.choice(["voted in favour of", "abstained on", "voted against"])
    claims = " ".join(t.format(state=state.un_name, weapons=weapons) for t in rng.sample(STANCES, 3))
    return (
        f'Explanation of vote on the draft resolution entitled "Implementation of the {treaty}" '
        f"A/C.1/{session}/L.{number}\n\nMr. Chairman,\n\nMy delegation has {vote} the draft resolution "
        f'"Implementation of the {treaty}" contained in document A/C.1/{session}/L.{number}.\n\n{claims}\n\n'
        f"Thank you, Mr. Chairman.\n"
    )


def write_statements(folder: Path, count: int, seed: int) -> None:
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for index in range(count):
        session, number = 60 + index % 20, 1 + index // 20
        (folder / f"statement-{session}-{number}.txt").write_text(
            statement_text(rng, session, number), encoding="utf-8"
        )
