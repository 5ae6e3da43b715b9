"""Benchmark: build the evaluation corpus of real documents, and judge it, and print the figures.

    python bench/eval_corpus.py [--runs 3]

Builds every document under ``eval/docs`` with ``treatykg build --keep-going`` into a temporary
store in a child process (the refused documents are reported and left out, as a user would see
them), then runs ``treatykg eval --summary`` the same way; prints the medians of wall time,
documents per second and the children's peak memory, and the eval's last line.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "eval" / "docs"


def _timed(command: list[str]) -> tuple[float, subprocess.CompletedProcess]:
    started = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    return time.perf_counter() - started, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="builds and evals to take the median of")
    args = parser.parse_args()
    documents = sum(1 for path in DOCS.rglob("*") if path.is_file())
    builds, evals, summary, built_line = [], [], "", ""
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory(prefix="eval-bench-") as folder:
            seconds, result = _timed(
                [
                    sys.executable,
                    "-m",
                    "treatykg",
                    "build",
                    str(DOCS),
                    "--keep-going",
                    "--store",
                    str(Path(folder) / "store"),
                ]
            )
        builds.append(seconds)
        built_line = next((line for line in result.stdout.splitlines() if line.startswith("built")), result.stderr)
        seconds, result = _timed([sys.executable, "-m", "treatykg", "eval", "--summary"])
        evals.append(seconds)
        summary = result.stdout.strip().splitlines()[-1] if result.stdout.strip() else result.stderr
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    build = statistics.median(builds)
    print(f"documents in eval/docs: {documents}")
    print(
        f"build --keep-going: {build:.2f} s median (runs: {', '.join(f'{s:.2f}' for s in builds)}), "
        f"{documents / build:.1f} documents/s; {built_line.split(':', 1)[-1].strip()}"
    )
    print(f"treatykg eval: {statistics.median(evals):.2f} s median; {summary}")
    print(f"peak RSS of any child: {peak:.0f} MiB")


if __name__ == "__main__":
    main()
