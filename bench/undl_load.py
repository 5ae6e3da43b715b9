"""Benchmark: build a full-size UN voting CSV (≈915,000 rows, seeded) and print the figures.

    python bench/undl_load.py [--resolutions 4740] [--keep DIR]

Generates the CSV in a temporary folder (current layout, every member state on every resolution),
runs ``treatykg build`` on it in a child process, and reports the load time, quads per second
and the child's peak memory (maximum resident set size), then times two saved queries on it.
"""

from __future__ import annotations

import argparse
import csv
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from treatykg import gazetteer

HEADER = ("undl_id,ms_code,ms_name,ms_vote,date,session,resolution,draft,committee_report,meeting,title,"
          "agenda_title,subjects,vote_note,total_yes,total_no,total_abstentions,total_non_voting,total_ms,"
          "undl_link").split(",")


def generate(path: Path, resolutions: int, seed: int = 915) -> int:
    """Write the CSV; returns its number of vote rows."""
    rng = random.Random(seed)
    members = [s for s in gazetteer.states() if s.status == "member"]
    rows = 0
    with path.open("w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(HEADER)
        for number in range(resolutions):
            session = 1 + number * 79 // resolutions
            symbol = f"A/RES/{session}/{number + 1}"
            votes = [rng.choice("YYYYYNAAX") for _ in members]
            totals = [votes.count(v) for v in "YNAX"]
            title = ("Convention on Cluster Munitions" if number % 50 == 0
                     else f"General and complete disarmament: question {number}")
            fixed = [f"{1946 + session - 1}-12-{1 + number % 28:02d}", str(session), symbol,
                     f"A/C.1/{session}/L.{number % 90 + 1}", f"A/{session}/{400 + number % 90}",
                     f"A/{session}/PV.{number % 120 + 1}", f"{title} : resolution / adopted by the General Assembly",
                     "General and complete disarmament", "DISARMAMENT", "",
                     *(f"{t}.0" for t in totals), f"{len(members)}.0"]
            for state, vote in zip(members, votes):
                writer.writerow([str(100_000 + number), state.alpha3, state.un_name.upper(), vote, *fixed,
                                 f"https://digitallibrary.un.org/record/{100_000 + number}"])
                rows += 1
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--resolutions", type=int, default=4740, help="resolutions × 193 states = rows")
    parser.add_argument("--keep", type=Path, help="build here and keep the CSV and store")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="undl-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    csv_path, store = folder / "ga_voting.csv", folder / "store"

    started = time.perf_counter()
    rows = generate(csv_path, args.resolutions)
    print(f"generated {rows:,} rows ({csv_path.stat().st_size / 1e6:.0f} MB) in {time.perf_counter() - started:.1f} s")

    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "treatykg", "build", "--store", str(store), str(csv_path)],
                            capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if result.returncode:
        sys.exit(f"build failed ({result.returncode}): {result.stderr[-2000:]}")
    quads = int(re.search(r"(\d+) quads", result.stdout).group(1))
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"treatykg build: {elapsed:.1f} s, {quads:,} quads in the store, {quads / elapsed:,.0f} quads/s, "
          f"peak memory {peak:.0f} MB (max RSS of the build process)")
    for name, params in (("vote-totals", []), ("vote-record", ["--param", "document=A/RES/1/1"]),
                         ("universalization-targets", ["--param", "treaty=CCM", "--param", "document=A/RES/1/1"]),
                         ("voting-history", ["--param", "state=PAK", "--param", "treaty=CCM"])):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "treatykg", "query", name, "--store", str(store), "--format",
                        "csv", *params], capture_output=True, check=True)
        print(f"query {name}: {time.perf_counter() - started:.2f} s (process start included)")


if __name__ == "__main__":
    main()
