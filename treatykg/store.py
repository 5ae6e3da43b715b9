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
    """Compact a freshly loaded store (the saved queries ran about twice as fast after) while
    the block runs: Oxigraph's ``optimize`` releases the GIL, so the block's queries and Python
    go on."""
    thread = threading.Thread(target=store.optimize, name="compaction", daemon=True)
    thread.start()
    try:
        yield
    finally:
        thread.join()


class BulkLoader:
    """Loads quads into a store in one bulk load that runs beside the caller's mapping.

    Quads are gathered into chunks; each chunk is serialized to N-Quads (in Rust) and queued for
    a writer thread that feeds a pipe. A loader thread runs one ``bulk_load`` reading that pipe
    as a file: Oxigraph reads, parses and indexes it without the GIL, and commits once at the
    end. One load takes about half the CPU of a load per chunk (whose files the store keeps
    compacting while the next chunks arrive). The quads come from pyoxigraph's own terms,
    so the load skips re-validating IRIs (``lenient``). An error in either thread is raised
    again, as a RuntimeError, by the next ``add`` or by ``close``; leaving the block on an error
    ends the input with a line that cannot parse, so nothing is committed.
    """

    _BROKEN_LINE = b"\n<unterminated\n"  # makes the parser fail: the load stops, uncommitted

    def __init__(self, store: Store, chunk: int = 100_000, depth: int = 2):
        self._store, self._chunk = store, chunk
        self._pending: list[Quad] = []
        self._queue: queue.Queue[bytes | None] = queue.Queue(maxsize=depth)
        self._error: BaseException | None = None
        self._read_end, self._write_end = os.pipe()
        _widen(self._write_end)
        self._loader = threading.Thread(target=self._load, name="bulk-loader", daemon=True)
        self._writer = threading.Thread(target=self._write, name="bulk-writer", daemon=True)
        self._loader.start()
        self._writer.start()

    def add(self, quads: Iterable[Quad]) -> None:
        self._pending.extend(quads)
        if len(self._pending) >= self._chunk:
            pending, self._pending = self._pending, []
            for start in range(0, len(pending), self._chunk):
                self._send(pending[start : start + self._chunk])

    def _send(self, quads: list[Quad]) -> None:
        self._raise()
        self._queue.put(serialize(quads, format=RdfFormat.N_QUADS))

    def _load(self) -> None:
        try:
            self._store.bulk_load(path=f"/dev/fd/{self._read_end}", format=RdfFormat.N_QUADS, lenient=True)
        except BaseException as error:  # noqa: BLE001 - handed to the caller by close()
            self._error = self._error or error
        finally:
            os.close(self._read_end)  # a writer still writing now fails instead of waiting

    def _write(self) -> None:
        try:
            while (data := self._queue.get()) is not None:
                if self._error is None:
                    self._write_all(data)
        except OSError as error:  # the loader stopped reading: its error says why
            self._error = self._error or error
            while self._queue.get() is not None:  # drop the rest so no put() waits forever
                pass
        finally:
            os.close(self._write_end)

    def _write_all(self, data: bytes) -> None:
        view = memoryview(data)
        while view:
            view = view[os.write(self._write_end, view):]

    def close(self) -> None:
        """Load what is left, wait for the load to commit; raise an error of either thread."""
        try:
            if self._pending and self._error is None:
                self._send(self._pending)
            self._pending = []
        finally:
            self._stop()
        self._raise()

    def _stop(self, abandon: bool = False) -> None:
        if abandon:
            self._queue.put(self._BROKEN_LINE)
        self._queue.put(None)
        self._writer.join()
        self._loader.join()

    def _raise(self) -> None:
        if self._error is not None:
            raise RuntimeError(f"loading into the store failed: {self._error}") from self._error

    def __enter__(self) -> BulkLoader:
        return self

    def __exit__(self, kind, error, trace) -> None:
        if error is None:
            self.close()
        else:  # the caller's error wins: stop loading, commit nothing
            self._pending = []
            self._stop(abandon=True)


def _widen(pipe: int) -> None:
    """A 1 MiB pipe buffer where Linux allows it (fewer wake-ups than the default 64 KiB)."""
    try:
        import fcntl

        fcntl.fcntl(pipe, fcntl.F_SETPIPE_SZ, 1 << 20)
    except (ImportError, AttributeError, OSError):
        pass
