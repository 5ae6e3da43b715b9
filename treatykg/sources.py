"""Finding and reading source files: discovery, decoding, and clear errors for bad input."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

from treatykg import render
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


def rendering(source: SourceFile) -> render.Rendering:
    """The source's ``render.Rendering``: its text, kind, pages and whether the text is derived."""
    return render.render_bytes(source.data, source.path)
