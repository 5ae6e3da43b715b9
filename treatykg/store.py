"""The embedded store: an on-disk Oxigraph database, replaced whole and only on success."""

from __future__ import annotations

import gc
import os
import queue
import shutil
import tempfile
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from pyoxigraph import Quad, RdfFormat, Store, serialize

from treatykg.sources import InputError

DEFAULT_DIR = ".treatykg"
ENVIRONMENT = "TREATYKG_STORE"


def location(option: str | Path | None) -> Path:
    """The store directory: the option, else $TREATYKG_STORE, else .treatykg here."""
    return Path(option or os.environ.get(ENVIRONMENT) or DEFAULT_DIR)


def open_read_only(path: Path) -> Store:
    if not (path / "CURRENT").exists():
        raise InputError(f"{path}: no treatykg store here (run 'treatykg build' first, or pass --store)")
    try:
        return Store.read_only(str(path))
    except OSError as error:
        raise InputError(f"{path}: the store cannot be opened ({error})") from error


@contextmanager
def replacing(path: Path) -> Iterator[Store]:
    """A new store built beside ``path``; it replaces ``path`` only if the block succeeds."""
    path = path.absolute()
    path.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f"{path.name}.building-", dir=path.parent))
    store = Store(str(staging))
    try:
        yield store
        store.flush()
    except BaseException:
        del store
        gc.collect()
        shutil.rmtree(staging, ignore_errors=True)
        raise
    del store
    gc.collect()
    retired = path.with_name(f"{path.name}.retired")
    shutil.rmtree(retired, ignore_errors=True)
    if path.exists():
        path.rename(retired)
    staging.rename(path)
    shutil.rmtree(retired, ignore_errors=True)


@contextmanager
def compacting(store: Store) -> Iterator[None]:
    """Compact a freshly loaded store (queries run about a third faster after) while the block
    runs: Oxigraph's ``optimize`` releases the GIL, so the block's queries and Python go on."""
    thread = threading.Thread(target=store.optimize, name="compaction", daemon=True)
    thread.start()
    try:
        yield
    finally:
        thread.join()


class BulkLoader:
    """Loads quads into a store on a background thread while the caller goes on mapping.

    Quads are gathered into chunks; each chunk is serialized to N-Quads (fast, in Rust) and
    handed to a thread that bulk-loads it: Oxigraph parses and indexes serialized input without
    holding the GIL, so the load overlaps the Python work. Chunks bound the memory Oxigraph's
    loader holds (one call over the whole voting file took ≈1.5 GB). An error in the thread is
    raised again, as a RuntimeError, by the next ``add`` or by ``close``.
    """

    def __init__(self, store: Store, chunk: int = 250_000, depth: int = 2):
        self._store, self._chunk = store, chunk
        self._pending: list[Quad] = []
        self._queue: queue.Queue[bytes | None] = queue.Queue(maxsize=depth)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._work, name="bulk-loader", daemon=True)
        self._thread.start()

    def add(self, quads: Iterable[Quad]) -> None:
        self._pending.extend(quads)
        if len(self._pending) >= self._chunk:
            pending, self._pending = self._pending, []
            for start in range(0, len(pending), self._chunk):
                self._send(pending[start : start + self._chunk])

    def _send(self, quads: list[Quad]) -> None:
        self._raise()
        self._queue.put(serialize(quads, format=RdfFormat.N_QUADS))

    def _work(self) -> None:
        while (data := self._queue.get()) is not None:
            if self._error is None:
                try:
                    self._store.bulk_load(input=data, format=RdfFormat.N_QUADS)
                except BaseException as error:  # noqa: BLE001 - handed to the caller by close()
                    self._error = error

    def close(self) -> None:
        """Load what is left and wait for the thread; raise its error, if any."""
        try:
            if self._pending and self._error is None:
                self._send(self._pending)
            self._pending = []
        finally:
            self._stop()
        self._raise()

    def _stop(self) -> None:
        self._queue.put(None)
        self._thread.join()

    def _raise(self) -> None:
        if self._error is not None:
            raise RuntimeError(f"loading into the store failed: {self._error}") from self._error

    def __enter__(self) -> BulkLoader:
        return self

    def __exit__(self, kind, error, trace) -> None:
        if error is None:
            self.close()
        else:  # the caller's error wins: stop loading, drop what is left
            self._pending = []
            self._stop()
