"""A pool of worker processes that run SPARQL on the store, each killable when it runs too long.

A pyoxigraph query cannot be cancelled from another thread, so every query runs in a worker
process that opens the store read-only; when a query passes its time limit, its worker is
killed (which really stops the work) and replaced by a fresh one. Workers serialize the
results themselves, capped at ``max_rows`` rows (or triples), and say when they cut.
"""

from __future__ import annotations

import json
import multiprocessing
import queue
from dataclasses import dataclass

from pyoxigraph import (BlankNode, Literal, NamedNode, QueryBoolean, QueryResultsFormat, QueryTriples,
                        RdfFormat, Store, Triple, parse_query_results, serialize)

from treatykg.vocab import PREFIXES

RESULT_FORMATS = {"json": QueryResultsFormat.JSON, "xml": QueryResultsFormat.XML,
                  "csv": QueryResultsFormat.CSV, "tsv": QueryResultsFormat.TSV}
GRAPH_FORMATS = {"turtle": RdfFormat.TURTLE, "ntriples": RdfFormat.N_TRIPLES, "jsonld": RdfFormat.JSON_LD}


class QueryTimeout(Exception):
    """The query ran past its time limit; its worker was killed."""


class QueryFailed(Exception):
    """The store rejected the query or failed to run it; ``status`` 400 or 500."""

    def __init__(self, message: str, status: int):
        super().__init__(message, status)  # both in args, so the exception survives pickling
        self.message, self.status = message, status

    def __str__(self) -> str:
        return self.message


@dataclass(frozen=True)
class Job:
    text: str
    format: str  # a key of RESULT_FORMATS (SELECT, ASK) or GRAPH_FORMATS (CONSTRUCT, DESCRIBE)
    max_rows: int
    update: bool = False


@dataclass(frozen=True)
class Answer:
    body: bytes
    truncated: bool = False


def _json_term(term) -> dict:
    """A term as SPARQL 1.1 Query Results JSON."""
    if isinstance(term, NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, Triple):
        return {"type": "triple", "value": {"subject": _json_term(term.subject),
                                            "predicate": _json_term(term.predicate),
                                            "object": _json_term(term.object)}}
    value = {"type": "literal", "value": term.value}
    if term.language:
        value["xml:lang"] = term.language
    elif term.datatype.value != PREFIXES["xsd"] + "string":
        value["datatype"] = term.datatype.value
    return value


def execute(store: Store, job: Job) -> Answer:
    """Run one job on the store and serialize its results."""
    if job.update:
        store.update(job.text)
        return Answer(b"")
    results = store.query(job.text, use_default_graph_as_union=True, prefixes=PREFIXES)
    if isinstance(results, QueryBoolean):
        return Answer(results.serialize(format=RESULT_FORMATS[job.format]))
    if isinstance(results, QueryTriples):
        triples, truncated = [], False
        for triple in results:
            if len(triples) == job.max_rows:
                truncated = True
                break
            triples.append(triple)
        return Answer(serialize(triples, format=GRAPH_FORMATS[job.format], prefixes=PREFIXES), truncated)
    names = [variable.value for variable in results.variables]
    rows, truncated = [], False
    for solution in results:
        if len(rows) == job.max_rows:
            truncated = True
            break
        rows.append({name: _json_term(solution[name]) for name in names if solution[name] is not None})
    body = json.dumps({"head": {"vars": names}, "results": {"bindings": rows}}, ensure_ascii=False).encode()
    if job.format != "json":
        body = parse_query_results(body, format=QueryResultsFormat.JSON).serialize(format=RESULT_FORMATS[job.format])
    return Answer(body, truncated)


def _work(connection, store_path: str, writable: bool) -> None:
    """A worker's loop: receive a job, send back an Answer or the error's message."""
    store = Store(store_path) if writable else Store.read_only(store_path)
    connection.send("ready")
    while True:
        job = connection.recv()
        try:
            connection.send(execute(store, job))
        except SyntaxError as error:
            connection.send(QueryFailed(str(error), 400))
        except Exception as error:  # noqa: BLE001 - the worker answers every job, whatever failed
            connection.send(QueryFailed(f"{type(error).__name__}: {error}", 500))
        if job.update:
            store.flush()


class _Worker:
    def __init__(self, context, store_path: str, writable: bool):
        self.connection, child = context.Pipe()
        self.process = context.Process(target=_work, args=(child, store_path, writable), daemon=True)
        self.process.start()
        child.close()
        if self.connection.recv() != "ready":
            raise RuntimeError("a query worker failed to start")

    def stop(self) -> None:
        self.process.kill()
        self.process.join()
        self.connection.close()


class Pool:
    """``size`` workers; ``run`` blocks until a worker is free and its job is done or timed out.

    A writable pool (updates enabled) has one worker, so reads always see the latest update.
    """

    def __init__(self, store_path: str, size: int = 2, timeout: float = 30.0, writable: bool = False):
        self._context = multiprocessing.get_context("spawn")
        self._store_path, self._writable, self.timeout = store_path, writable, timeout
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._workers = [self._spawn() for _ in range(1 if writable else size)]
        for worker in self._workers:
            self._idle.put(worker)

    def _spawn(self) -> _Worker:
        return _Worker(self._context, self._store_path, self._writable)

    def run(self, job: Job) -> Answer:
        try:
            worker = self._idle.get(timeout=self.timeout)
        except queue.Empty:
            raise QueryTimeout(f"every query worker stayed busy for {self.timeout:g} s") from None
        try:
            worker.connection.send(job)
            if not worker.connection.poll(self.timeout):
                raise QueryTimeout(f"the query ran longer than the {self.timeout:g} s limit and was stopped")
            answer = worker.connection.recv()
        except (QueryTimeout, EOFError, OSError):
            self._replace(worker)
            raise
        self._idle.put(worker)
        if isinstance(answer, QueryFailed):
            raise answer
        return answer

    def _replace(self, worker: _Worker) -> None:
        worker.stop()
        fresh = self._spawn()
        self._workers[self._workers.index(worker)] = fresh
        self._idle.put(fresh)

    def close(self) -> None:
        for worker in self._workers:
            worker.stop()
