"""Benchmark: build a full-size UN voting CSV (≈915,000 rows, seeded) and print the figures.

    python bench/undl_load.py [--resolutions 4740] [--keep DIR]

Generates the CSV in a temporary folder (current layout, every member state on every resolution),
runs ``treatykg build`` on it in a child process, and reports the load time, quads per second
and the child's peak memory (maximum resident set size), then times two saved queries on it.
"""

from __future__ import annotations

import argparse
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from corpus import write_voting_csv  # noqa: E402 - the generator beside this script


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--resolutions", type=int, default=4740, help="resolutions × 193 states = rows")
    parser.add_argument("--keep", type=Path, help="build here and keep the CSV and store")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="undl-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    csv_path, store = folder / "ga_voting.csv", folder / "store"

    started = time.perf_counter()
    rows = write_voting_csv(csv_path, args.resolutions, seed=915)
    print(f"generated {rows:,} rows ({csv_path.stat().st_size / 1e6:.0f} MB) in {time.perf_counter() - started:.1f} s")

    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "treatykg", "build", "--store", str(store), str(csv_path)],
        capture_output=True,
        text=True,
    )
    elapsed = time.perf_counter() - started
    if result.returncode:
        sys.exit(f"build failed ({result.returncode}): {result.stderr[-2000:]}")
    quads = int(re.search(r"(\d+) quads", result.stdout).group(1))
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(
        f"treatykg build: {elapsed:.1f} s, {quads:,} quads in the store, {quads / elapsed:,.0f} quads/s, "
        f"peak memory {peak:.0f} MB (max RSS of the build process)"
    )
    for name, params in (
        ("vote-totals", []),
        ("vote-record", ["--param", "document=A/RES/1/1"]),
        ("universalization-targets", ["--param", "treaty=CCM", "--param", "document=A/RES/1/1"]),
        ("voting-history", ["--param", "state=PAK", "--param", "treaty=CCM"]),
    ):
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "treatykg", "query", name, "--store", str(store), "--format", "csv", *params],
            capture_output=True,
            check=True,
        )
        print(f"query {name}: {time.perf_counter() - started:.2f} s (process start included)")


if __name__ == "__main__":
    main()
