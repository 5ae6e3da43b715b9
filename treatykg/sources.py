"""Finding and reading source files: discovery, decoding, and clear errors for bad input."""

from __future__ import annotations

import csv
import hashlib
import io
import re
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

from treatykg import render
from treatykg.errors import InputError

DOCUMENT_SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm", ".xhtml", ".pdf", ".xml", ".csv", ".tsv", ""}
MANIFEST = "sources.csv"  # where the documents of its folder are published: columns file, url
SKIPPED_NAMES = {"__init__.py", "readme.md", "readme.txt", "readme", MANIFEST}
WEB_ADDRESS = re.compile(r"https?://[^\s/?#]+\.[^\s/?#]+(?:[/?#]\S*)?", re.IGNORECASE)


@dataclass(frozen=True)
class SourceFile:
    path: Path
    label: str  # the path relative to what the build was given, used in provenance
    data: bytes
    address: str | None = None  # where the document is published, from the sources manifest

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


def read(path: Path, label: str, address: str | None = None) -> SourceFile:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(f"{path}: cannot be read ({error.strerror or error})") from error
    return SourceFile(path, label, data, address)


def addresses(paths: list[Path]) -> dict[Path, str]:
    """Where documents are published, from every ``sources.csv`` under the paths: one row a
    document, ``file`` (its path relative to the manifest's folder) and ``url``. InputError names
    the manifest and row of a missing column, an unknown or repeated file, or a URL that is no
    web address."""
    found: dict[Path, str] = {}
    for root in paths:
        manifests = sorted(root.rglob(MANIFEST)) if root.is_dir() else []
        for manifest in manifests:
            if any(part.startswith((".", "__")) for part in manifest.relative_to(root).parts):
                continue
            found.update(_manifest_rows(manifest))
    return found


def _manifest_rows(manifest: Path) -> dict[Path, str]:
    try:
        text = manifest.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"{manifest}: cannot be read as UTF-8 text ({error})") from error
    reader = csv.DictReader(io.StringIO(text))
    absent = {"file", "url"} - set(reader.fieldnames or ())
    if absent:
        raise InputError(f"{manifest}: no column {' or '.join(sorted(absent))} (a sources manifest has file,url)")
    rows: dict[Path, str] = {}
    for number, row in enumerate(reader, start=2):
        name, url = (row.get("file") or "").strip(), (row.get("url") or "").strip()
        path = (manifest.parent / name).resolve()
        if not name or not path.is_file():
            raise InputError(f"{manifest}, line {number}: no file {name!r} in {manifest.parent}")
        if not WEB_ADDRESS.fullmatch(url):
            raise InputError(f"{manifest}, line {number}: {url!r} is not a web address (http:// or https://)")
        if path in rows:
            raise InputError(f"{manifest}, line {number}: {name!r} is listed twice")
        rows[path] = url
    return rows


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
