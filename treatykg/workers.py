"""A pool of worker processes that check and run SPARQL on the store, each killable.

A pyoxigraph query cannot be cancelled from another thread, so every request runs in a worker
process that opens the store read-only. Each request has budgets, and a worker that passes one
is killed (which really stops the work) and replaced by a fresh one in the background:

- parsing: the worker checks the request (treatykg.guard) first, within ``parse_timeout``;
- running: the query then runs within ``timeout``;
- memory: a worker's address space may grow by ``memory_mb`` beyond what it had when ready
  (RLIMIT_AS); a query that needs more stops its worker and is answered 503.

Workers have no network: each runs in a fresh network namespace, so even a query that reached
the engine with ``SERVICE`` or ``LOAD`` can connect to nothing. Each request runs on a thread
with a large stack, so deeply nested queries are parsed or refused, never a crash.

A free worker goes to the waiting request whose client (its address) has the fewest queries
running and has used the least worker time lately, so clients looping expensive queries cannot
starve the others. Before each request a worker checks where the store path points (the store
is a link swapped in one rename by a build) and reopens the new store when it moved: no answer
after a swap comes from the old data. Workers serialize the results themselves, capped at
``max_rows`` rows (or triples), and say when they cut.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import ctypes
import gc
import json
import logging
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from pyoxigraph import (
    NamedNode,
    QueryBoolean,
    QueryResultsFormat,
    QueryTriples,
    RdfFormat,
    Store,
    Triple,
    parse_query_results,
    serialize,
)

from treatykg import guard, jsonld, sparql_json
from treatykg.errors import QueryTimeout, Refused
from treatykg.vocab import PREFIXES

RESULT_FORMATS = {
    "json": QueryResultsFormat.JSON,
    "xml": QueryResultsFormat.XML,
    "csv": QueryResultsFormat.CSV,
    "tsv": QueryResultsFormat.TSV,
}
GRAPH_FORMATS = {
    "turtle": RdfFormat.TURTLE,
    "ntriples": RdfFormat.N_TRIPLES,
    "jsonld": RdfFormat.JSON_LD,
    "rdfxml": RdfFormat.RDF_XML,
    "n3": RdfFormat.N3,
    "nquads": RdfFormat.N_QUADS,
    "trig": RdfFormat.TRIG,
}
JOB_STACK_BYTES = 256 << 20  # Oxigraph recurses per nesting level: 64 KiB of nesting needs ~64 MiB
RECURSION_LIMIT = 20_000  # rdflib's parser recurses per nesting level too
USAGE_HALF_LIFE = 60.0  # seconds over which a client's past worker time counts half
SPAWN_ALLOWANCE = 15.0  # a request waits for a worker up to its time limit plus this (workers killed
# at the limit take a few seconds to be replaced)
CLONE_NEWNET, CLONE_NEWUSER = 0x40000000, 0x10000000
log = logging.getLogger("treatykg.serve")


@dataclass(frozen=True)
class Job:
    text: str
    format: str  # a key of RESULT_FORMATS (SELECT, ASK) or GRAPH_FORMATS (CONSTRUCT, DESCRIBE)
    max_rows: int
    update: bool = False
    graph_format: str | None = None  # for CONSTRUCT/DESCRIBE when it differs from ``format``
    unacceptable: tuple[str, str] = ("", "")  # 406 messages when ``format``/``graph_format`` is ""
    default_graphs: tuple[str, ...] | None = None  # the protocol's default-graph-uri
    named_graphs: tuple[str, ...] | None = None  # the protocol's named-graph-uri


@dataclass(frozen=True)
class Answer:
    body: bytes
    truncated: bool = False
    format: str = ""
    repeatable: bool = False  # the same job on the same store gives the same answer (it may be cached)


def _format(job: Job, checked: guard.Checked) -> str:
    """The format the job asked for this form of query; 406 when none is acceptable."""
    graph = checked.form in ("construct", "describe")
    fmt = job.graph_format if graph and job.graph_format is not None else job.format
    if not fmt:
        raise Refused(job.unacceptable[1 if graph else 0] or "no acceptable result format", 406)
    return fmt


def _dataset(job: Job, checked: guard.Checked) -> dict:
    """The query's dataset: the protocol's graphs, else the query's FROM, else the union of all graphs."""
    if job.default_graphs is not None or job.named_graphs is not None:
        return {
            "default_graph": [NamedNode(iri) for iri in job.default_graphs or ()],
            "named_graphs": [NamedNode(iri) for iri in job.named_graphs or ()],
        }
    return {} if checked.has_dataset else {"use_default_graph_as_union": True}


def execute(store: Store, job: Job, text: str | None = None, checked: guard.Checked | None = None) -> Answer:
    """Run one job (its plain text, already checked) on the store and serialize its results."""
    text = guard.plain(job.text) if text is None else text
    checked = checked or guard.check(text, job.update)
    if job.update:
        store.update(text)
        return Answer(b"")
    fmt = _format(job, checked)
    results = store.query(text, prefixes=PREFIXES, **_dataset(job, checked))
    if isinstance(results, QueryBoolean):
        return Answer(results.serialize(format=RESULT_FORMATS[fmt]) or b"", format=fmt, repeatable=checked.repeatable)
    if isinstance(results, QueryTriples):
        triples: list[Triple] = []
        truncated = False
        for triple in results:
            if len(triples) == job.max_rows:
                truncated = True
                break
            triples.append(triple)
        body = (
            jsonld.dumps(triples, PREFIXES)
            if fmt == "jsonld"
            else serialize(triples, format=GRAPH_FORMATS[fmt], prefixes=PREFIXES) or b""
        )
        return Answer(body, truncated, fmt, checked.repeatable)
    names = [variable.value for variable in results.variables]
    rows: list[dict[str, dict]] = []
    truncated, to_json = False, sparql_json.to_json
    for solution in results:
        if len(rows) == job.max_rows:
            truncated = True
            break
        rows.append({name: to_json(term) for name, term in zip(names, solution) if term is not None})
    body = json.dumps({"head": {"vars": names}, "results": {"bindings": rows}}, ensure_ascii=False).encode()
    if fmt != "json":
        body = parse_query_results(body, format=QueryResultsFormat.JSON).serialize(format=RESULT_FORMATS[fmt]) or b""
    return Answer(body, truncated, fmt, checked.repeatable)


class AnswerCache:
    """Answers of repeatable queries, least recently used first out, at most ``budget`` bytes of
    bodies. A key holds the store folder the store path points to (and its inode), so after a
    rebuild swaps the store no answer of the old store is served."""

    def __init__(self, store_path: str, budget: int):
        self.store_path, self.budget, self.size = store_path, budget, 0
        self._answers: collections.OrderedDict[tuple, Answer] = collections.OrderedDict()
        self._lock = threading.Lock()

    def key(self, job: Job) -> tuple | None:
        """The job's key on the current store; None when it is not to be cached."""
        if self.budget <= 0 or job.update:
            return None
        target = os.path.realpath(self.store_path)
        try:
            inode = os.stat(target).st_ino
        except OSError:
            return None
        return (target, inode, job)

    def get(self, key: tuple | None) -> Answer | None:
        if key is None:
            return None
        with self._lock:
            answer = self._answers.get(key)
            if answer is not None:
                self._answers.move_to_end(key)
            return answer

    def put(self, key: tuple | None, answer: Answer) -> None:
        if key is None or not answer.repeatable or len(answer.body) > self.budget // 16:
            return
        with self._lock:
            if key in self._answers:
                return
            self._answers[key] = answer
            self.size += len(answer.body)
            while self.size > self.budget:
                _, dropped = self._answers.popitem(last=False)
                self.size -= len(dropped.body)

    def clear(self) -> None:
        with self._lock:
            self._answers.clear()
            self.size = 0


# --- inside a worker process ---


def isolate_network() -> str | None:
    """Move this (single-threaded) process into a new, empty network namespace; None when done,
    else why not. As root one unshare does; otherwise a new user namespace comes first."""
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.unshare(CLONE_NEWNET) == 0:
        return None
    uid, gid = os.getuid(), os.getgid()
    if libc.unshare(CLONE_NEWUSER | CLONE_NEWNET) == 0:
        try:  # keep our own identity inside, so the store's files stay ours
            with open("/proc/self/setgroups", "w") as file:
                file.write("deny")
            with open("/proc/self/uid_map", "w") as file:
                file.write(f"{uid} {uid} 1")
            with open("/proc/self/gid_map", "w") as file:
                file.write(f"{gid} {gid} 1")
        except OSError:
            pass
        return None
    return os.strerror(ctypes.get_errno())


def _address_space() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmSize:"):
                return int(line.split()[1]) * 1024
    return 0


def limit_memory(extra_bytes: int) -> None:
    """Let this process's address space grow by at most ``extra_bytes`` from now on."""
    import resource

    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    limit = _address_space() + extra_bytes
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


class FollowedStore:
    """The store at a path that a build may point elsewhere (a link swapped in one rename):
    ``current`` reopens it when the path names another folder than the one open."""

    def __init__(self, path: str, writable: bool = False):
        self.path, self.writable = path, writable
        self._opened: tuple[str, int] | None = None
        self._store: Store | None = None

    def current(self) -> Store:
        target = os.path.realpath(self.path)
        try:
            key = (target, os.stat(target).st_ino)
        except OSError as error:
            raise Refused(f"the store {self.path} is not there ({error.strerror})", 503) from None
        if key != self._opened:
            self._store = None
            gc.collect()  # a writable store's lock goes with its last reference
            try:
                self._store = Store(target) if self.writable else Store.read_only(target)
            except (OSError, RuntimeError) as error:
                self._opened = None
                raise Refused(f"the store {self.path} could not be opened: {error}", 503) from None
            self._opened = key
        assert self._store is not None  # opened just above, or by an earlier call with the same key
        return self._store


MEMORY_EXCEEDED = "the query needed more than the {mb} MiB memory budget and was stopped"


def _work(connection, store_path: str, writable: bool, memory_mb: int) -> None:
    """A worker: no network, a large stack for the job thread, then the job loop on that thread."""
    refused_isolation = isolate_network()
    os.dup2(os.open(os.devnull, os.O_WRONLY), 2)  # a worker that dies is logged by the pool, in one line
    sys.setrecursionlimit(RECURSION_LIMIT)
    threading.stack_size(JOB_STACK_BYTES)
    jobs = threading.Thread(target=_job_loop, args=(connection, store_path, writable, memory_mb, refused_isolation))
    jobs.start()
    jobs.join()


def _job_loop(connection, store_path: str, writable: bool, memory_mb: int, refused_isolation: str | None) -> None:
    """Receive a job; send "parsed" (or the refusal), then the Answer or the error."""
    store = FollowedStore(store_path, writable)
    store.current()
    limit_memory(memory_mb << 20)
    connection.send(("ready", refused_isolation))
    while True:
        job = connection.recv()
        try:
            text = guard.plain(job.text)
            checked = guard.check(text, job.update)
        except Refused as refused:
            connection.send(refused)
            continue
        except MemoryError:
            connection.send(Refused(MEMORY_EXCEEDED.format(mb=memory_mb), 503))
            os._exit(1)
        connection.send("parsed")
        try:
            connection.send(execute(store.current(), job, text, checked))
        except Refused as failed:
            connection.send(failed)
        except SyntaxError as error:
            connection.send(Refused(str(error), 400))
        except MemoryError:
            connection.send(Refused(MEMORY_EXCEEDED.format(mb=memory_mb), 503))
            os._exit(1)  # a fresh worker replaces this one
        except Exception as error:  # noqa: BLE001 - the worker answers every job, whatever failed
            message = f"{type(error).__name__}: {error}"
            connection.send(Refused(message, 400 if "Network is unreachable" in message else 500))
        if job.update:
            store.current().flush()


# --- in the server ---


class _Worker:
    def __init__(self, context, store_path: str, writable: bool, memory_mb: int):
        self.connection, child = context.Pipe()
        self.process = context.Process(target=_work, args=(child, store_path, writable, memory_mb), daemon=True)
        self.process.start()
        child.close()
        self.refused_isolation: str | None = None

    def wait_ready(self) -> None:
        try:
            ready, self.refused_isolation = self.connection.recv()
        except (EOFError, OSError, ValueError, TypeError):
            ready = None
        if ready != "ready":
            self.stop()
            raise RuntimeError(f"a query worker failed to start (exit code {self.process.exitcode})")

    def stop(self) -> None:
        self.process.kill()
        self.process.join()
        self.connection.close()


class _Retire(Exception):
    """The worker must be replaced; ``error`` is what the request is answered."""

    def __init__(self, error: Exception):
        super().__init__(str(error))
        self.error = error


@dataclass(eq=False)
class _Ticket:
    client: str
    arrival: int
    wake: Callable[[], object]  # called once a worker is handed to this request (or the pool closes)
    worker: _Worker | None = None


def _settle(future: asyncio.Future, value) -> None:
    if not future.done():
        future.set_result(value)


async def _readable(loop: asyncio.AbstractEventLoop, connection, seconds: float) -> bool:
    """Whether the worker's next message arrives within ``seconds``, waited for on the event loop."""
    if connection.poll(0):
        return True
    ready = loop.create_future()
    descriptor = connection.fileno()
    loop.add_reader(descriptor, _settle, ready, True)
    deadline = loop.call_later(seconds, _settle, ready, False)
    try:
        return await ready
    finally:
        deadline.cancel()
        loop.remove_reader(descriptor)
        os.set_blocking(descriptor, True)  # uvloop leaves a watched descriptor non-blocking; recv reads whole messages


@dataclass
class _Usage:
    running: int = 0
    seconds: float = 0.0
    when: float = field(default_factory=time.monotonic)

    def decayed(self, now: float) -> float:
        return self.seconds * 0.5 ** ((now - self.when) / USAGE_HALF_LIFE)


class Pool:
    """``size`` workers; ``run`` waits for a free worker (fairly among clients) and its answer.

    A writable pool (updates enabled) has one worker, so reads always see the latest update.
    """

    def __init__(
        self,
        store_path: str,
        size: int = 2,
        timeout: float = 30.0,
        writable: bool = False,
        parse_timeout: float = 5.0,
        memory_mb: int = 1024,
        max_waiting: int = 100,
    ):
        self._context = multiprocessing.get_context("spawn")
        self._store_path, self._writable, self._memory_mb = store_path, writable, memory_mb
        self.timeout, self.parse_timeout, self.max_waiting = timeout, parse_timeout, max_waiting
        self._turn = threading.Lock()
        self._idle: list[_Worker] = []
        self._waiting: list[_Ticket] = []
        self._usage: dict[str, _Usage] = {}
        self._arrivals = 0
        self._closed = False
        workers = [self._spawn() for _ in range(1 if writable else size)]
        for worker in workers:
            worker.wait_ready()
        if workers[0].refused_isolation:
            log.warning(
                "query workers could not be cut off from the network (%s): SERVICE and LOAD "
                "are refused by the parser only",
                workers[0].refused_isolation,
            )
        self._workers = workers
        self._idle.extend(workers)

    def _spawn(self) -> _Worker:
        return _Worker(self._context, self._store_path, self._writable, self._memory_mb)

    def run(self, job: Job, client: str = "") -> Answer:
        """The job's Answer; raises Refused (refused or failed) or QueryTimeout."""
        event = threading.Event()
        ticket = self._enqueue(client, event.set)
        if not event.wait(self._patience):
            self._give_up(ticket)
        worker = self._handed(ticket)
        started, steps = time.monotonic(), self._exchange(worker, job)
        try:
            seconds = next(steps)
            while True:
                seconds = steps.send(worker.connection.poll(seconds))
        except StopIteration as done:
            return self._finish(worker, client, started, done.value)
        except _Retire as retire:
            return self._finish(worker, client, started, retire)

    async def run_async(self, job: Job, client: str = "") -> Answer:
        """``run`` for an asyncio event loop: it waits for a worker and its answer without a thread."""
        loop = asyncio.get_running_loop()
        handed = loop.create_future()
        ticket = self._enqueue(client, lambda: loop.call_soon_threadsafe(_settle, handed, True))
        try:
            await asyncio.wait_for(asyncio.shield(handed), self._patience)
        except TimeoutError:
            self._give_up(ticket)
        except asyncio.CancelledError:
            with contextlib.suppress(QueryTimeout):
                self._give_up(ticket)
            if ticket.worker is not None:
                self._release(ticket.worker, client, 0.0, replace=False)
            raise
        worker = self._handed(ticket)
        started, steps = time.monotonic(), self._exchange(worker, job)
        try:
            seconds = next(steps)
            while True:
                seconds = steps.send(await _readable(loop, worker.connection, seconds))
        except StopIteration as done:
            return self._finish(worker, client, started, done.value)
        except _Retire as retire:
            return self._finish(worker, client, started, retire)
        except BaseException:  # cancelled mid-exchange: the worker's pipe is in an unknown state
            self._release(worker, client, time.monotonic() - started, replace=True)
            raise

    @property
    def _patience(self) -> float:
        return self.timeout + SPAWN_ALLOWANCE

    def _finish(self, worker: _Worker, client: str, started: float, outcome) -> Answer:
        """Release the worker (replacing it when retired); the Answer, or raise what went wrong."""
        retired = isinstance(outcome, _Retire)
        self._release(worker, client, time.monotonic() - started, replace=retired)
        if retired:
            raise outcome.error
        if isinstance(outcome, Refused):
            raise outcome
        return outcome

    def _exchange(self, worker: _Worker, job: Job):
        """Send the job, then a generator's steps: it yields the seconds to wait for the worker's
        next message and is sent whether one came; it returns the Answer or Refused, and raises
        _Retire when the worker must go. ``run`` and ``run_async`` wait for it each their own way."""
        connection = worker.connection
        try:
            connection.send(job)
            if not (yield self.parse_timeout):
                raise _Retire(
                    Refused(
                        f"the query could not be parsed within the {self.parse_timeout:g} s limit; simplify it", 400
                    )
                )
            parsed = connection.recv()
            if parsed != "parsed":
                if isinstance(parsed, Refused) and parsed.message.startswith(MEMORY_EXCEEDED[:20]):
                    raise _Retire(parsed)
                return parsed
            if not (yield self.timeout):
                raise _Retire(QueryTimeout(f"the query ran longer than the {self.timeout:g} s limit and was stopped"))
            answer = connection.recv()
        except (EOFError, OSError):
            raise _Retire(self._death(worker)) from None
        if isinstance(answer, Refused) and answer.message.startswith(MEMORY_EXCEEDED[:20]):
            raise _Retire(answer)
        return answer

    def _death(self, worker: _Worker) -> Refused:
        """The answer for a request whose worker died under it."""
        worker.process.join(timeout=5)
        code = worker.process.exitcode
        if code == -signal.SIGABRT:  # Rust aborts when an allocation fails
            return Refused(MEMORY_EXCEEDED.format(mb=self._memory_mb), 503)
        return Refused(f"the query stopped its worker (exit code {code}) and was not answered", 503)

    def _enqueue(self, client: str, wake: Callable[[], object]) -> _Ticket:
        """A place among the requests waiting for a worker; ``wake`` is called when one is handed to it."""
        with self._turn:
            if self._closed:
                raise Refused("the server is stopping", 503)
            if len(self._waiting) >= self.max_waiting:
                raise QueryTimeout(f"{len(self._waiting)} queries are already waiting for a worker")
            self._arrivals += 1
            ticket = _Ticket(client, self._arrivals, wake)
            self._waiting.append(ticket)
            self._hand_out()
        return ticket

    def _give_up(self, ticket: _Ticket) -> None:
        """Leave the queue after waiting too long, unless a worker reached the ticket meanwhile."""
        with self._turn:
            if ticket in self._waiting:
                self._waiting.remove(ticket)
                raise QueryTimeout(f"every query worker stayed busy for {self._patience:g} s")

    @staticmethod
    def _handed(ticket: _Ticket) -> _Worker:
        if ticket.worker is None:
            raise Refused("the server is stopping", 503)
        return ticket.worker

    def _hand_out(self) -> None:
        """Give each idle worker to the waiting request served next, waking only that request
        (called with ``_turn`` held)."""
        while self._idle and self._waiting:
            ticket = self._next()
            self._waiting.remove(ticket)
            self._usage.setdefault(ticket.client, _Usage()).running += 1
            ticket.worker = self._idle.pop()
            ticket.wake()

    def _next(self) -> _Ticket:
        """The waiting request served next: its client has the fewest running, then the least recent use."""
        now = time.monotonic()

        def priority(ticket: _Ticket):
            usage = self._usage.get(ticket.client)
            return (usage.running, usage.decayed(now), ticket.arrival) if usage else (0, 0.0, ticket.arrival)

        return min(self._waiting, key=priority)

    def _release(self, worker: _Worker, client: str, seconds: float, replace: bool) -> None:
        now = time.monotonic()
        with self._turn:
            usage = self._usage[client]
            usage.running -= 1
            usage.seconds, usage.when = usage.decayed(now) + seconds, now
            if len(self._usage) > 10_000:  # forget clients long quiet
                self._usage = {
                    key: value for key, value in self._usage.items() if value.running or value.decayed(now) > 0.01
                }
            if not replace:
                self._idle.append(worker)
                self._hand_out()
                return
        threading.Thread(target=self._replace, args=(worker,), daemon=True).start()

    def _replace(self, worker: _Worker) -> None:
        """Kill a worker and start a fresh one in its place (retrying while the store cannot be opened)."""
        worker.stop()
        while not self._closed:
            try:
                fresh = self._spawn()
                fresh.wait_ready()
                break
            except RuntimeError as error:
                log.warning("%s; trying again in 5 s", error)
                time.sleep(5)
        else:
            return
        with self._turn:
            if self._closed:
                fresh.stop()
                return
            self._workers[self._workers.index(worker)] = fresh
            self._idle.append(fresh)
            self._hand_out()

    def close(self) -> None:
        with self._turn:
            self._closed = True
            workers = list(self._workers)
            for ticket in self._waiting:  # answered "the server is stopping"
                ticket.wake()
            self._waiting.clear()
        for worker in workers:
            worker.stop()
