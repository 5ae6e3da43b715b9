"""Load on ``treatykg serve`` (not a test): concurrent clients for a bounded time.

    python bench/serve_load.py                       # the sample store, 50 clients, 20 s
    python bench/serve_load.py --store .treatykg --clients 50 --seconds 20

Starts the server on 127.0.0.1 on a free port (building the sample corpus into a temporary
store when no --store is given), lets N client threads send a fixed mix of saved queries (bound
as the CLI binds them) for a bounded time, and prints the requests served and refused, latency
percentiles, and the largest resident memory any single query worker reached (its peak RSS,
read from /proc while the load runs); then stops the server.
"""

from __future__ import annotations

import argparse
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
    return [bound_text(saved.text, {}, saved.params) for saved in saved_queries().values()
            if not any(param.required for param in saved.params)]


def children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found += [int(child) for child in (task / "children").read_text().split()]
        except OSError:
            pass
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, help="a built store (default: the sample corpus, built now)")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--workers", type=int, default=2, help="treatykg serve --workers")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        store = args.store
        if store is None:
            store = Path(scratch) / "store"
            subprocess.run([sys.executable, "-m", "treatykg", "build", "--store", str(store)], check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        texts = queries()
        port = free_port()
        process = subprocess.Popen([sys.executable, "-m", "treatykg", "serve", "--store", str(store), "--port",
                                    str(port), "--workers", str(args.workers)],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            endpoint = f"http://127.0.0.1:{port}/sparql"
            wait_ready(f"{endpoint}?query=ASK%7B%7D", process)
            memory = WorkerMemory(process.pid)
            memory.start()
            latencies, statuses = load(endpoint, texts, args.clients, args.seconds)
            memory.done.set()
            memory.join()
        finally:
            process.terminate()
            process.wait(timeout=20)
    served = statuses.pop(200, 0)
    print(f"{len(texts)} saved queries, {args.clients} clients, {args.seconds:g} s, {args.workers} workers")
    print(f"served {served} ({served / args.seconds:.1f}/s); not served: "
          f"{', '.join(f'{n} × {status}' for status, n in statuses.items()) or 'none'}")
    if latencies:
        cuts = statistics.quantiles(latencies, n=100)
        print(f"latency p50 {cuts[49] * 1000:.0f} ms, p95 {cuts[94] * 1000:.0f} ms, max {max(latencies) * 1000:.0f} ms")
    print(f"largest worker peak RSS {max(memory.peaks.values(), default=0) / 2**20:.0f} MiB "
          f"({len(memory.peaks)} child processes of the server seen)")


if __name__ == "__main__":
    main()
