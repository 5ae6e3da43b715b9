"""The embedded store's bulk loader: everything added arrives, and a failure neither hangs nor hides."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph
import pytest

from treatykg import store


def quads(count: int) -> list[pyoxigraph.Quad]:
    graph = pyoxigraph.NamedNode("urn:test:graph")
    return [
        pyoxigraph.Quad(
            pyoxigraph.NamedNode(f"urn:test:s{i}"),
            pyoxigraph.NamedNode("urn:test:p"),
            pyoxigraph.Literal(f'line {i}\nwith "quotes" é'),
            graph,
        )
        for i in range(count)
    ]


def test_every_quad_added_is_loaded_across_many_chunks(tmp_path: Path):
    target = pyoxigraph.Store(str(tmp_path / "store"))
    added = quads(2_500)
    with store.BulkLoader(target, chunk=100, depth=2) as loader:
        for start in range(0, len(added), 7):
            loader.add(added[start : start + 7])
    assert set(target) == set(added)


def test_a_failed_load_is_raised_not_waited_for(tmp_path: Path):
    pyoxigraph.Store(str(tmp_path / "store")).flush()
    read_only = pyoxigraph.Store.read_only(str(tmp_path / "store"))
    with (
        pytest.raises(RuntimeError, match="loading into the store failed"),
        store.BulkLoader(read_only, chunk=10, depth=1) as loader,
    ):
        for _ in range(50):  # far more chunks than the queue holds: must not block
            loader.add(quads(10))


def test_leaving_on_an_error_commits_nothing_and_keeps_the_error(tmp_path: Path):
    target = pyoxigraph.Store(str(tmp_path / "store"))
    with pytest.raises(KeyError, match="the caller's own"), store.BulkLoader(target, chunk=100, depth=2) as loader:
        loader.add(quads(1_000))  # ten chunks on their way to the store
        raise KeyError("the caller's own")
    assert len(target) == 0
