"""The embedded store: an on-disk Oxigraph database, replaced whole and only on success, by one
build at a time, and only where this program made it."""

from __future__ import annotations

import gc
import glob
import json
import os
import queue
import re
import shutil
import tempfile
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from pyoxigraph import NamedNode, Quad, QuerySolutions, RdfFormat, Store, serialize

from treatykg.errors import InputError, StoreDamaged

DEFAULT_DIR = ".treatykg"
ENVIRONMENT = "TREATYKG_STORE"
MARKER = "treatykg-store.json"  # in every store this program makes: what may be replaced
FORMAT = {"format": "treatykg store", "version": 1}
REBUILD = "rebuild it with 'treatykg build --full'"
_ROCKSDB_FILE = re.compile(  # the files of the database itself
    r"\d+\.(sst|log|blob)|MANIFEST-\d+|OPTIONS-\d+(\.dbtmp)?|CURRENT|IDENTITY|LOCK|LOG(\.old\.\d+)?"
)

# On disk a store is a symbolic link, NAME -> NAME.store-XXXX (the database folder, with MARKER).
# A build writes a new folder NAME.building-XXXX, renames it NAME.store-XXXX when complete and
# replaces the link with os.replace: the path always names a whole store, old or new, and a
# reader that opens it (or watches it) sees the new store after one rename. NAME.lock is held
# (flock) by the build writing the store; staging left by a build that died is removed by the
# next one.


def location(option: str | Path | None) -> Path:
    """The store directory: the option, else $TREATYKG_STORE, else .treatykg here."""
    return Path(option or os.environ.get(ENVIRONMENT) or DEFAULT_DIR)


_opened: list[Path] = []  # stores opened by this process, to name in an error met while reading


def select(db: Store, sparql: str, union: bool = True) -> QuerySolutions:
    """The solutions of a SELECT query (over the union of the named graphs unless ``union`` is off)."""
    solutions = db.query(sparql, use_default_graph_as_union=union)
    if not isinstance(solutions, QuerySolutions):
        raise TypeError("not a SELECT query")
    return solutions


def open_read_only(path: Path) -> Store:
    if not (path / "CURRENT").exists():
        if (path / MARKER).exists() or _is_dangling_store_link(path):
            raise StoreDamaged(f"{path}: the store is damaged (its database files are missing); {REBUILD}")
        raise InputError(f"{path}: no treatykg store here (run 'treatykg build' first, or pass --store)")
    try:
        db = Store.read_only(str(path))
    except (OSError, RuntimeError) as error:
        raise damaged(path, error) from error
    _opened.append(path)
    return db


def damaged(path: Path | None, error: BaseException) -> StoreDamaged:
    """The one-line error for a store that fails to open or to read."""
    reason = " ".join(str(error).split())[:300]
    return StoreDamaged(f"{path or 'the store'}: the store is damaged ({reason}); {REBUILD}")


def is_damage(error: BaseException) -> bool:
    """Whether an error from the store engine says its files are corrupt."""
    return isinstance(error, (OSError, RuntimeError)) and "Corruption" in str(error)


def last_opened() -> Path | None:
    return _opened[-1] if _opened else None


def _is_dangling_store_link(path: Path) -> bool:
    return path.is_symlink() and not path.exists() and _is_data_name(path, Path(os.readlink(path)).name)


def _is_data_name(path: Path, name: str) -> bool:
    return name.startswith(f"{path.name}.store-")


def _made_here(folder: Path, staging: bool = False) -> bool:
    """A folder this program made: it has the marker, or (stores made before the marker, and
    staging being copied) it holds database files and nothing else."""
    if (folder / MARKER).is_file():
        return True
    names = [entry.name for entry in os.scandir(folder)]
    return ("CURRENT" in names or staging) and all(_ROCKSDB_FILE.fullmatch(name) for name in names)


def refuse_unless_replaceable(
    path: Path, inputs: list[Path] | tuple[Path, ...] = (), shown: Path | None = None
) -> None:
    """Refuse, with one line and before anything is written, a store path that holds something
    this program did not make, or that lies inside (or holds) a folder being built."""
    path, refusal = path.absolute(), None
    if path.is_symlink():
        target = path.parent / os.readlink(path)
        if not (_is_data_name(path, target.name) or (target.is_dir() and _made_here(target))):
            refusal = "is a link to something that is not a treatykg store"
    elif path.is_file():
        refusal = "is a file, not a treatykg store"
    elif path.is_dir() and any(path.iterdir()) and not _made_here(path):
        refusal = "is a folder that is not a treatykg store"
    if refusal is None:
        refusal = _overlap(path, inputs)
    if refusal:
        raise InputError(f"--store {shown or path}: {refusal}; nothing was changed (choose a new or empty folder)")


def _overlap(path: Path, inputs: list[Path] | tuple[Path, ...]) -> str | None:
    """Why the store cannot live where it is given, relative to the inputs (None: it can)."""
    here = path.parent.resolve() / path.name
    for given in inputs:
        root = given.resolve()
        for store_folder in {here, path.resolve()}:
            if root == store_folder:
                return f"is the input {given} itself"
            if root.is_relative_to(store_folder):
                return f"holds the input {given}"
        if (
            root.is_dir()
            and here.is_relative_to(root)
            and not any(part.startswith((".", "__")) for part in here.relative_to(root).parts)
        ):
            return f"is inside the input folder {given}, whose files would be read as documents"
    return None


class Writer:
    """The one build allowed to write a store (it holds the lock); each of its blocks makes a
    new store beside the old one and swaps it in only if the block succeeds."""

    def __init__(self, path: Path):
        self.path = path

    @contextmanager
    def replacing(self) -> Iterator[Store]:
        """An empty new store that replaces the old one if the block succeeds."""
        staging = self._staging()
        with self._installing(staging, Store(str(staging))) as db:
            yield db

    @contextmanager
    def updating(self) -> Iterator[Store]:
        """A writable copy of the current store (its files hard-linked, not copied) that replaces
        it if the block succeeds: a reader of the old store never sees a half-done update."""
        staging = self._staging(mark=False)
        staging.rmdir()  # the copy makes it
        try:
            if any(log.stat().st_size for log in self.path.glob("*.log")):  # writes not yet in its
                writable = Store(str(self.path))  # files, which a copy
                writable.flush()  # would leave out
                del writable
                gc.collect()
            Store.read_only(str(self.path)).backup(str(staging))
            _mark(staging)
            db = Store(str(staging))
        except (OSError, RuntimeError) as error:
            shutil.rmtree(staging, ignore_errors=True)
            if "/LOCK" in str(error):
                raise InputError(
                    f"{self.path}: the store is open for writing by another process (a server "
                    "started with --update-token?); stop it first"
                ) from error
            raise damaged(self.path, error) from error
        with self._installing(staging, db) as db:
            yield db

    @contextmanager
    def swapping_graphs(self, drop: list[str], insert: list[Quad]) -> Iterator[tuple[Store, list[Quad]]]:
        """Replace these graphs, or change nothing: on a copy of the store (``updating``), the graphs
        ``drop`` are dropped and the quads ``insert`` added in one transaction; the block gets the
        copy and the quads dropped, and the copy replaces the store only if the block succeeds."""
        with self.updating() as db:
            dropped = [quad for graph in drop for quad in db.quads_for_pattern(None, None, None, NamedNode(graph))]
            db.update(swap_update(drop, insert))
            yield db, dropped

    def _staging(self, mark: bool = True) -> Path:
        staging = Path(tempfile.mkdtemp(prefix=f"{self.path.name}.building-", dir=self.path.parent))
        if mark:
            _mark(staging)
        return staging

    @contextmanager
    def _installing(self, staging: Path, db: Store) -> Iterator[Store]:
        try:
            yield db
            db.flush()
        except BaseException:
            del db
            gc.collect()
            shutil.rmtree(staging, ignore_errors=True)
            raise
        del db
        gc.collect()
        self._install(staging)

    def _install(self, staging: Path) -> None:
        """Rename the complete staging folder into a store, then point the path at it by
        replacing the link in one rename; remove what it replaced."""
        _mark(staging, complete=True)
        data = staging.with_name(staging.name.replace(".building-", ".store-", 1))
        staging.rename(data)
        link = data.with_name(data.name.replace(".store-", ".link-", 1))
        os.symlink(data.name, link)
        old = self._data_folder()
        if self.path.is_dir() and not self.path.is_symlink():  # an empty folder, or a store made
            if any(self.path.iterdir()):  # before links: moved aside once
                old = self.path.with_name(f"{self.path.name}.store-previous-{os.getpid()}")
                self.path.rename(old)
            else:
                self.path.rmdir()
        os.replace(link, self.path)
        _sync(self.path.parent)
        if old is not None and old != data and old.exists():
            retired = old.with_name(f"{self.path.name}.retired-{data.name.rsplit('-', 1)[-1]}")
            old.rename(retired)  # a name the next build removes, should this one die deleting it
            shutil.rmtree(retired, ignore_errors=True)

    def _data_folder(self) -> Path | None:
        if self.path.is_symlink():
            return self.path.parent / os.readlink(self.path)
        return None

    def recover(self) -> None:
        """Finish what a build killed between its renames left: if nothing is at the path,
        point it at the newest complete store."""
        if os.path.lexists(self.path):
            return
        complete = [(_completed(folder), folder) for folder in self._siblings(".store-")]
        complete = [(when, folder) for when, folder in complete if when]
        if complete:
            os.symlink(max(complete)[1].name, self.path)
            _sync(self.path.parent)

    def clean(self) -> list[Path]:
        """Remove staging, stores no longer linked and stray links left by builds that died
        (only the lock's holder calls this: no other build of this store is running)."""
        current = self._data_folder()
        removed = []
        for kind in (".building-", ".store-", ".link-", ".retired"):
            for leftover in self._siblings(kind):
                if leftover == current:
                    continue
                if leftover.is_symlink():
                    leftover.unlink()
                elif leftover.is_dir() and _made_here(leftover, staging=kind in (".building-", ".retired")):
                    shutil.rmtree(leftover, ignore_errors=True)
                else:
                    continue
                removed.append(leftover)
        return removed

    def _siblings(self, kind: str) -> list[Path]:
        return sorted(self.path.parent.glob(f"{glob.escape(self.path.name)}{kind}*"))


def swap_update(drop: list[str], insert: list[Quad]) -> str:
    """One SPARQL update that drops graphs and inserts quads (Oxigraph runs it as one transaction)."""
    operations = [f"DROP SILENT GRAPH <{graph}>" for graph in drop]
    by_graph: dict[str, list] = {}
    for quad in insert:
        by_graph.setdefault(quad.graph_name.value, []).append(quad.triple)  # type: ignore[union-attr]
    blocks = [
        f"GRAPH <{graph}> {{ {(serialize(triples, format=RdfFormat.N_TRIPLES) or b'').decode('utf-8')} }}"
        for graph, triples in by_graph.items()
    ]
    if blocks:
        operations.append("INSERT DATA { " + " ".join(blocks) + " }")
    return " ;\n".join(operations)


@contextmanager
def writing(path: Path, inputs: list[Path] | tuple[Path, ...] = ()) -> Iterator[Writer]:
    """Hold the store for one build: refuse a path this program must not replace, take the
    lock (refuse if another build holds it), finish an interrupted swap and clean up staging."""
    import fcntl

    shown, path = path, path.absolute()
    refuse_unless_replaceable(path, inputs, shown)
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = path.with_name(f"{path.name}.lock")
    with open(os.open(lock, os.O_RDWR | os.O_CREAT, 0o644), "r+") as held:
        try:
            fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            owner = held.read().strip() or "unknown"
            raise InputError(
                f"{shown}: another build is writing this store (process {owner}); try again when it has finished"
            ) from None
        held.seek(0)
        held.truncate()
        held.write(str(os.getpid()))
        held.flush()
        writer = Writer(path)
        writer.recover()
        refuse_unless_replaceable(path, inputs, shown)
        writer.clean()
        yield writer


def _mark(folder: Path, complete: bool = False) -> None:
    stamp = {**FORMAT, "completed": datetime.now(UTC).isoformat()} if complete else FORMAT
    (folder / MARKER).write_text(json.dumps(stamp) + "\n", encoding="utf-8")


def _completed(folder: Path) -> str:
    """When the store in a folder was completed ('' if it was not, or is not ours)."""
    try:
        return str(json.loads((folder / MARKER).read_text(encoding="utf-8")).get("completed", ""))
    except (OSError, ValueError, AttributeError):
        return ""


def _sync(folder: Path) -> None:
    """Make the renames in a folder durable."""
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


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
            view = view[os.write(self._write_end, view) :]

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
