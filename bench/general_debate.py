"""Who speaks, checked at scale: the statement reader on the UN General Debate Corpus, whose speaker is known.

The UN General Debate Corpus (Baturo, Dasandi and Mikhaylov; Harvard Dataverse, doi:10.7910/DVN/0TJX8Y, CC0) holds
one plain-text file per speech, named by the speaking state's code, the session and the year (``PAK_73_2018.txt``):
verbatim records without a heading, their lines wrapped. treatykg reads each the way ``treatykg build`` does, with no
address, and the state the file name gives is the truth. The figures: how many speeches are refused (the speaker not
shown, the kind not recognised), attributed to the file's state, attributed to a group (the EU presidency's speech), and
attributed to another state; each of the last is listed with the rule that named it.

    python bench/general_debate.py PATH/TO/UNGDC/TXT [--sessions 60-78] [--jobs 2]

The corpus is not in this repository (about 10,000 speeches); download and unpack it, or point at any folder whose
``*.txt`` files follow the same naming.
"""

from __future__ import annotations

import argparse
import collections
import csv
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from treatykg.errors import Unclear
from treatykg.loaders import UnknownKind, detect, speaker

STATES = Path(__file__).resolve().parent.parent / "reference" / "states.csv"


def _same_seat() -> set[tuple[str, str]]:
    """Pairs of codes that stand for one seat in the corpus's naming: a historical state and its successors (the
    corpus files the USSR's speeches as RUS, North Yemen's as YEM)."""
    pairs = set()
    with STATES.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            for successor in filter(None, row["successors"].split("|")):
                pairs.add((successor, row["alpha3"]))
    return pairs


def read_one(path: Path) -> tuple[str, str, str, str]:
    """(file name, outcome, attributed code, rule): outcome is refused, state, group or the attributed code."""
    text = path.read_text(encoding="utf-8", errors="replace")
    try:
        if detect(text).KIND != "explanation_of_vote":
            return path.name, "refused", "", "read as another kind"
        found = speaker.find_speaker(text)
    except (UnknownKind, Unclear) as refusal:
        return path.name, "refused", "", str(refusal)[:80]
    if not found.states:
        return path.name, "group", found.group or "", found.rule[:160]
    return path.name, "state", found.states[0], found.rule[:160]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", type=Path, help="folder of the corpus's .txt files (searched recursively)")
    parser.add_argument("--sessions", default="1-99", help="sessions to read, as FIRST-LAST (default all)")
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    if not args.folder.is_dir():
        print(f"error: {args.folder}: not a folder", file=sys.stderr)
        return 2
    first, _, last = args.sessions.partition("-")
    sessions = range(int(first), int(last or first) + 1)
    paths = sorted(
        p
        for p in args.folder.rglob("*.txt")
        if not p.name.startswith(".") and len(p.stem.split("_")) == 3 and int(p.stem.split("_")[1]) in sessions
    )
    same = _same_seat()
    counts: collections.Counter[str] = collections.Counter()
    wrong = []
    with ProcessPoolExecutor(args.jobs) as pool:
        for name, outcome, code, rule in pool.map(read_one, paths, chunksize=16):
            truth = name.split("_")[0]
            if outcome == "state":
                outcome = "right" if code == truth or (truth, code) in same or (code, truth) in same else "wrong"
            counts[outcome] += 1
            if outcome == "wrong":
                wrong.append((name, code, rule))
    attributed = counts["right"] + counts["wrong"]
    print(f"speeches read: {len(paths)} (sessions {args.sessions})")
    print(f"refused: {counts['refused']}; attributed to a group: {counts['group']}")
    print(f"attributed to a state: {attributed}; to the file's state: {counts['right']}; to another: {counts['wrong']}")
    if attributed:
        print(f"precision of the speaker: {counts['right'] / attributed:.2%}")
    for name, code, rule in wrong:
        print(f"  {name}: {code} ({rule})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
