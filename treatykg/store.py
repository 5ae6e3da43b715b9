"""The embedded store: an on-disk Oxigraph database, replaced whole and only on success."""

from __future__ import annotations

import gc
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from pyoxigraph import Store

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
        store.optimize()
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
