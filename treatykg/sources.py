"""Finding and reading source files: discovery, decoding, and clear errors for bad input."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

from treatykg.errors import InputError

DOCUMENT_SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm", ".xhtml", ".pdf", ".xml", ".csv", ".tsv", ""}
SKIPPED_NAMES = {"__init__.py", "readme.md", "readme.txt", "readme"}


@dataclass(frozen=True)
class SourceFile:
    path: Path
    label: str  # the path relative to what the build was given, used in provenance
    data: bytes

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


def sample_corpus() -> Path:
    """The folder of sample documents shipped inside the package."""
    return Path(str(files("treatykg.corpus")))


def discover(paths: list[Path]) -> list[tuple[Path, str]]:
    """Every document file under the paths (recursively), with its label, in a stable order."""
    found: list[tuple[Path, str]] = []
    for root in paths:
        if not root.exists():
            raise InputError(f"{root}: no such file or folder")
        if root.is_file():
            found.append((root, root.name))
            continue
        for path in sorted(root.rglob("*")):
            relative = path.relative_to(root)
            if not path.is_file() or any(part.startswith((".", "__")) for part in relative.parts):
                continue
            if path.name.lower() in SKIPPED_NAMES or path.suffix.lower() not in DOCUMENT_SUFFIXES:
                continue
            found.append((path, relative.as_posix()))
    if not found:
        raise InputError(f"{', '.join(map(str, paths))}: no documents found")
    return found


def read(path: Path, label: str) -> SourceFile:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(f"{path}: cannot be read ({error.strerror or error})") from error
    return SourceFile(path, label, data)


def file_sha256(path: Path) -> str:
    """The digest of a file read in chunks (for files too large to hold)."""
    digest = hashlib.sha256()
    try:
        with path.open("rb") as file:
            while chunk := file.read(1 << 20):
                digest.update(chunk)
    except OSError as error:
        raise InputError(f"{path}: cannot be read ({error.strerror or error})") from error
    return digest.hexdigest()


def decode(source: SourceFile) -> str:
    """The text loaders read from a source: its rendering (``treatykg.render``: a PDF's text,
    an HTML page's readable text, plain text cleaned of page furniture)."""
    return rendering(source).text


def rendering(source: SourceFile):
    """The source's ``render.Rendering``: its text, kind, pages and whether the text is derived."""
    from treatykg import render

    return render.render_bytes(source.data, source.path)


def decode_text(data: bytes, path: Path) -> str:
    """The text of a file's bytes: UTF-8 (with or without BOM), UTF-16 with BOM, else
    Windows-1252/Latin-1.

    Raises InputError for an empty file or one that is binary rather than text.
    """
    if not data.strip():
        raise InputError(f"{path}: empty file")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as error:
            raise InputError(f"{path}: damaged UTF-16 text ({error.reason})") from error
    if b"\x00" in data[:8192] or _control_ratio(data[:8192]) > 0.05:
        raise InputError(f"{path}: binary file, not a text document")
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")  # decodes any bytes


_CONTROLS = bytes(byte for byte in range(32) if byte not in (9, 10, 12, 13))


def _control_ratio(data: bytes) -> float:
    controls = len(data) - len(data.translate(None, _CONTROLS))
    return controls / max(len(data), 1)
