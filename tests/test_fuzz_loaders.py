"""Damaged documents, made by hypothesis from the sample documents of every loader: each goes
through the build's own path (decode, detect, parse, map; large tables also streamed from a
file) and must either load or be refused with the one-line input error — never another exception."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from treatykg import build, loaders, mapping, sources
from treatykg.sources import InputError, sample_corpus

DATA = Path(__file__).parent / "data"
SAMPLE_FOLDERS = (sample_corpus(), DATA / "undl", DATA / "untc")


def _samples() -> dict[str, list[bytes]]:
    """The sample documents of each loader kind, by the kind the build detects."""
    found: dict[str, list[bytes]] = {kind: [] for kind in loaders.REGISTRY}
    for path, label in sources.discover(list(SAMPLE_FOLDERS)):
        source = sources.read(path, label)
        found[loaders.detect(sources.decode(source)).KIND].append(source.data)
    return found


SAMPLES = _samples()


def _lines(data: bytes) -> list[bytes]:
    return data.splitlines(keepends=True) or [data]


@st.composite
def damaged(draw, originals: list[bytes]) -> bytes:
    """A sample with one to four kinds of damage, each at a drawn place."""
    data = draw(st.sampled_from(originals))
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(data)))
        damage = draw(st.sampled_from(DAMAGE))
        if damage == "flip":
            at = min(at, len(data) - 1)
            if at >= 0:
                data = data[:at] + bytes([data[at] ^ draw(st.integers(1, 255))]) + data[at + 1 :]
        elif damage == "truncate":
            data = data[:at]
        elif damage in ("delete line", "duplicate line"):
            lines = _lines(data)
            index = draw(st.integers(0, len(lines) - 1))
            lines[index:index + 1] = [] if damage == "delete line" else [lines[index]] * 2
            data = b"".join(lines)
        else:
            data = data[:at] + draw(INSERTS[damage]) + data[at:]
    return data


INSERTS = {
    "quote": st.sampled_from([b'"', b'""', b"'", b'"\n']),
    "separator": st.sampled_from([b",", b",,,", b"\t", b"\n", b"\r", b"\r\n\r\n"]),
    "huge field": st.sampled_from([1_000, 140_000]).map(lambda size: b"x" * size),
    "nul": st.just(b"\x00"),
    "bad bytes": st.sampled_from([b"\xff", b"\xc3", b"\xed\xa0\x80", b"\xef\xbb\xbf", b"\x80\x81\x82"]),
    "text": st.binary(max_size=40),
}
DAMAGE = ("flip", "truncate", "delete line", "duplicate line", *INSERTS)


def _read_whole(data: bytes, path: Path) -> None:
    """What the build does with a document read whole: decode, detect, parse, map."""
    record, described = build.load_document(sources.SourceFile(path, path.name, data))
    mapping.map_source(described, record)


def _read_streamed(data: bytes, path: Path) -> None:
    """What the build does with a large table: detect from its head, then stream it from the file."""
    path.write_bytes(data)
    loader = build.streaming_loader(path)
    if loader is not None:
        build.load_stream(lambda batch: None, path, path.name, loader, None, build.BuildReport(path))


def test_every_loader_has_samples_to_damage():
    assert all(SAMPLES.values()), {kind: len(found) for kind, found in SAMPLES.items()}


@pytest.mark.parametrize("kind", sorted(loaders.REGISTRY))
def test_a_damaged_document_loads_or_is_one_input_error(kind):
    streams = hasattr(loaders.REGISTRY[kind], "parse_stream")

    @settings(max_examples=150, deadline=None, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(damaged(SAMPLES[kind]))
    def loads_or_refuses(data: bytes) -> None:
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / f"damaged-{kind}.csv"
            for read in (_read_whole, _read_streamed) if streams else (_read_whole,):
                try:
                    read(data, path)
                except InputError as error:
                    assert "\n" not in str(error) and str(error).startswith(str(path)), str(error)

    loads_or_refuses()
