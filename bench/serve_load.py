"""Load on ``treatykg serve`` beside ``oxigraph serve-read-only`` (not a test): the same store,
the same query mix, the same concurrent clients, one server after the other in one run.

    python bench/serve_load.py                       # the sample store, 50 clients, 10 s a server
    python bench/serve_load.py --store .treatykg --clients 50 --seconds 10 --rounds 2

Builds the sample corpus into a temporary store when no --store is given. For each server in
turn (alternating over --rounds): start it on 127.0.0.1 on a free port, send every query of the
mix once (a warm-up, whose answers must be 200), then let N client threads loop the mix (the saved
queries without required parameters, bound as the CLI binds them) for a bounded time; stop it.
treatykg runs twice: as served (a repeated query is answered from its answer cache) and with
``--cache 0`` (every request goes through the guard and a query worker). Prints, per server,
requests served and refused, requests per second, p50/p95/max latency, and treatykg's share of
Oxigraph's requests per second; for treatykg also the largest resident
memory any single query worker reached (its peak RSS, read from /proc while the load runs).
"""

from __future__ import annotations

import argparse
import contextlib
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from treatykg.query import bound_text, saved_queries

ACCEPT = "application/sparql-results+json"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_ready(url: str, process: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            sys.exit(f"server exited: {process.args}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except (urllib.error.URLError, OSError):
            time.sleep(0.2)
    sys.exit(f"{url} not ready after {timeout} s")


def queries() -> list[str]:
    """Every saved query without required parameters, its defaults left unbound."""
    return [
        bound_text(saved.text, {}, saved.params)
        for saved in saved_queries().values()
        if not any(param.required for param in saved.params)
    ]


def children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        with contextlib.suppress(OSError):
            found += [int(child) for child in (task / "children").read_text().split()]
    return found


def peak_rss(pid: int) -> int:
    """A process's peak resident memory in bytes (VmHWM), 0 when it is gone."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


class WorkerMemory(threading.Thread):
    """Polls the server's child processes (its query workers) for their peak RSS."""

    def __init__(self, server_pid: int):
        super().__init__(daemon=True)
        self.server_pid, self.peaks, self.done = server_pid, {}, threading.Event()

    def run(self) -> None:
        while not self.done.wait(0.25):
            for pid in children(self.server_pid):
                self.peaks[pid] = max(self.peaks.get(pid, 0), peak_rss(pid))


def load(endpoint: str, texts: list[str], clients: int, seconds: float) -> tuple[list[float], Counter]:
    latencies: list[float] = []
    statuses: Counter = Counter()
    lock = threading.Lock()
    stop_at = time.monotonic() + seconds

    def client(offset: int) -> None:
        index = offset
        while time.monotonic() < stop_at:
            body = urllib.parse.urlencode({"query": texts[index % len(texts)]}).encode()
            request = urllib.request.Request(endpoint, data=body, headers={"Accept": ACCEPT})
            started = time.perf_counter()
            try:
                with urllib.request.urlopen(request, timeout=120) as response:
                    response.read()
                status = response.status
            except urllib.error.HTTPError as error:
                status = error.code
            except (urllib.error.URLError, OSError):
                status = "connection error"
            elapsed = time.perf_counter() - started
            with lock:
                statuses[status] += 1
                if status == 200:
                    latencies.append(elapsed)
            index += 1

    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return latencies, statuses


@dataclass
class Run:
    server: str
    seconds: float
    latencies: list[float] = field(default_factory=list)
    statuses: Counter = field(default_factory=Counter)
    worker_peak: int = 0

    @property
    def served(self) -> int:
        return self.statuses.get(200, 0)

    @property
    def rate(self) -> float:
        return self.served / self.seconds


SERVERS = ("treatykg", "treatykg --cache 0", "oxigraph")  # with its answer cache, without, Oxigraph


def command(server: str, store: Path, port: int, workers: int) -> tuple[list[str], str]:
    """The server's command line and its SPARQL endpoint."""
    if server.startswith("treatykg"):
        return (
            [
                sys.executable,
                "-m",
                "treatykg",
                "serve",
                "--store",
                str(store),
                "--port",
                str(port),
                "--workers",
                str(workers),
                *server.split()[1:],
            ],
            f"http://127.0.0.1:{port}/sparql",
        )
    oxigraph = shutil.which("oxigraph")
    if oxigraph is None:
        sys.exit("oxigraph (PyPI 'oxigraph') is not installed: pip install -e '.[test]'")
    return (
        [oxigraph, "serve-read-only", "--location", str(store), "--bind", f"127.0.0.1:{port}", "--union-default-graph"],
        f"http://127.0.0.1:{port}/query",
    )


def warm_up(endpoint: str, texts: list[str]) -> None:
    """Each query once; every answer must be 200, or the comparison would be unfair."""
    for text in texts:
        body = urllib.parse.urlencode({"query": text}).encode()
        request = urllib.request.Request(endpoint, data=body, headers={"Accept": ACCEPT})
        try:
            with urllib.request.urlopen(request, timeout=120) as response:
                response.read()
        except urllib.error.HTTPError as error:
            sys.exit(f"{endpoint} answered {error.code} to: {text.splitlines()[-1][:80]}")


def measure(server: str, store: Path, texts: list[str], args: argparse.Namespace) -> Run:
    port = free_port()
    line, endpoint = command(server, store, port, args.workers)
    process = subprocess.Popen(line, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    run = Run(server, args.seconds)
    try:
        wait_ready(f"{endpoint}?query=ASK%7B%7D", process)
        warm_up(endpoint, texts)
        memory = WorkerMemory(process.pid)
        memory.start()
        run.latencies, run.statuses = load(endpoint, texts, args.clients, args.seconds)
        memory.done.set()
        memory.join()
        run.worker_peak = max(memory.peaks.values(), default=0)
    finally:
        process.terminate()
        process.wait(timeout=20)
    return run


def report(runs: list[Run], args: argparse.Namespace, queries: int) -> None:
    print(
        f"{queries} saved queries, {args.clients} clients, {args.seconds:g} s a run, "
        f"treatykg with {args.workers} workers"
    )
    print(f"{'server':<20} {'served':>7} {'req/s':>7} {'p50 ms':>7} {'p95 ms':>7} {'max ms':>7}  not served")
    rates: dict[str, list[float]] = {}
    for run in runs:
        cuts = statistics.quantiles(run.latencies, n=100) if len(run.latencies) > 1 else [0.0] * 99
        refused = ", ".join(f"{n} × {status}" for status, n in run.statuses.items() if status != 200) or "none"
        print(
            f"{run.server:<20} {run.served:>7} {run.rate:>7.1f} {cuts[49] * 1000:>7.0f} {cuts[94] * 1000:>7.0f} "
            f"{max(run.latencies, default=0) * 1000:>7.0f}  {refused}"
        )
        rates.setdefault(run.server, []).append(run.rate)
    theirs = statistics.median(rates["oxigraph"])
    for server in SERVERS[:-1]:
        ours = statistics.median(rates[server])
        print(
            f"{server} / oxigraph requests per second (medians): {ours:.1f} / {theirs:.1f} = "
            f"{ours / theirs:.0%} (target ≥ 80 %)"
        )
    peaks = [run.worker_peak for run in runs if run.server.startswith("treatykg")]
    print(f"largest treatykg worker peak RSS {max(peaks) / 2**20:.0f} MiB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, help="a built store (default: the sample corpus, built now)")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=10.0, help="length of each server's run")
    parser.add_argument("--rounds", type=int, default=1, help="runs of each server, alternating")
    parser.add_argument("--workers", type=int, default=2, help="treatykg serve --workers")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        store = args.store
        if store is None:
            store = Path(scratch) / "store"
            subprocess.run(
                [sys.executable, "-m", "treatykg", "build", "--store", str(store)],
                check=True,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        texts = queries()
        runs = [measure(server, store, texts, args) for _ in range(args.rounds) for server in SERVERS]
    report(runs, args, len(texts))


if __name__ == "__main__":
    main()
