"""Load on ``treatykg serve`` beside ``oxigraph serve-read-only`` on the same store (not a test).

    python bench/serve_load.py --store .treatykg --clients 8 --seconds 10

Each server is started on 127.0.0.1 on a free port, N client threads send a fixed mix of
saved queries (bound as the CLI binds them) for a bounded time, and the script prints requests
per second and latency percentiles for both; then it stops the servers.
"""

from __future__ import annotations

import argparse
import shutil
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
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


def load(endpoint: str, texts: list[str], clients: int, seconds: float) -> tuple[list[float], int]:
    latencies: list[float] = []
    errors = [0]
    lock = threading.Lock()
    stop_at = time.monotonic() + seconds

    def client(offset: int) -> None:
        index = offset
        while time.monotonic() < stop_at:
            body = urllib.parse.urlencode({"query": texts[index % len(texts)]}).encode()
            request = urllib.request.Request(endpoint, data=body, headers={"Accept": ACCEPT})
            started = time.perf_counter()
            try:
                with urllib.request.urlopen(request, timeout=60) as response:
                    response.read()
                ok = True
            except (urllib.error.URLError, OSError):
                ok = False
            elapsed = time.perf_counter() - started
            with lock:
                if ok:
                    latencies.append(elapsed)
                else:
                    errors[0] += 1
            index += 1

    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return latencies, errors[0]


def report(name: str, latencies: list[float], errors: int, seconds: float) -> str:
    if not latencies:
        return f"{name:<28} no successful requests ({errors} errors)"
    cuts = statistics.quantiles(latencies, n=100)
    return (f"{name:<28} {len(latencies) / seconds:8.1f} req/s   p50 {cuts[49] * 1000:7.1f} ms   "
            f"p90 {cuts[89] * 1000:7.1f} ms   p99 {cuts[98] * 1000:7.1f} ms   errors {errors}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, default=Path(".treatykg"))
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--workers", type=int, default=2, help="treatykg serve --workers")
    args = parser.parse_args()
    texts = queries()
    oxigraph = shutil.which("oxigraph")
    servers = [("treatykg serve", [sys.executable, "-m", "treatykg", "serve", "--store", str(args.store),
                                   "--workers", str(args.workers), "--port"], "/sparql")]
    if oxigraph:
        servers.append(("oxigraph serve-read-only", [oxigraph, "serve-read-only", "--location", str(args.store),
                                                     "--union-default-graph", "--bind"], "/query"))
    print(f"{len(texts)} saved queries, {args.clients} clients, {args.seconds:g} s per server")
    for name, command, path in servers:
        port = free_port()
        bind = str(port) if name.startswith("treatykg") else f"127.0.0.1:{port}"
        process = subprocess.Popen([*command, bind], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            endpoint = f"http://127.0.0.1:{port}{path}"
            wait_ready(f"{endpoint}?query=ASK%7B%7D", process)
            latencies, errors = load(endpoint, texts, args.clients, args.seconds)
            print(report(name, latencies, errors, args.seconds))
        finally:
            process.terminate()
            process.wait(timeout=10)


if __name__ == "__main__":
    main()
