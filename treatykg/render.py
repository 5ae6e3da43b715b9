"""Renderings: the text a loader reads from a file, whatever form the user has it in.

A PDF is read through its text layer (pypdf), and a page without one through OCR (poppler's
``pdftoppm`` and ``tesseract``); an HTML page through a real HTML parser (lxml) with navigation,
headers, footers and scripts left out; plain text as it is decoded. Text from a PDF, and plain
text that shows it was extracted from one (form feeds, running page headers or footers,
words broken at line ends), is cleaned: running headers and footers and form feeds removed,
words broken by a hyphen at a line end joined (see ``join_broken_words``).

Text that is not the file's own decoded text is *derived*: quotes count their offsets in it,
and the build records its digest, linked to the file it came from (see README, Renderings).
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from treatykg.errors import InputError

MIN_PAGE_TEXT = 20  # characters: a page whose text layer has fewer is read by OCR
OCR_DPI = 300


@dataclass(frozen=True)
class Rendering:
    """The text of a file; ``pages`` are (start, end) offsets of each page in ``text``."""

    text: str
    kind: str  # "text", "html", "xml", "json" or "pdf"
    pages: tuple[tuple[int, int], ...] = ()
    derived: bool = False  # the text is not the file's decoded text: it has its own digest
    method: str = ""  # how the text was made, for provenance
    ocr_pages: tuple[int, ...] = field(default=())  # 1-based numbers of pages read by OCR
    address: str | None = None  # where the page says it is published (its canonical link)

    @property
    def sha256(self) -> str:
        """The digest of the text's UTF-8 bytes."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def page_of(self, offset: int) -> int | None:
        """The 1-based page a text offset falls on (None without pages)."""
        for number, (start, end) in enumerate(self.pages, 1):
            if start <= offset < end or (offset == end and number == len(self.pages)):
                return number
        return None


def render(path: Path) -> Rendering:
    """The rendering of a file on disk."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(f"{path}: cannot be read ({error.strerror or error})") from error
    return render_bytes(data, path)


def render_bytes(data: bytes, path: Path) -> Rendering:
    """The rendering of a file's bytes; ``path`` names it in errors. The last few renderings
    are kept, so a file read twice (the build, then the evaluation's quote check) is OCR'd once."""
    digest = hashlib.sha256(data).hexdigest()
    if digest in _recent:
        return _recent[digest]
    kind = kind_of(data)
    if kind == "pdf":
        rendering = render_pdf(data, path)
    else:
        text = decode_text(data, path)
        if kind == "html" or looks_like_html(text):
            rendering = render_html(text)
        elif MTDSG_XML.match(text):
            rendering = render_mtdsg_xml(text, path)
        elif (held := json_text(text)) is not None:
            cleaned = clean_plain_text(held)
            method = "json 'text' value" + (f"; {cleaned.method}" if cleaned.method else "")
            rendering = Rendering(cleaned.text, "json", cleaned.pages, derived=True, method=method)
        else:
            rendering = clean_plain_text(text)
    _recent[digest] = rendering
    while len(_recent) > 8:
        _recent.pop(next(iter(_recent)))
    return rendering


_recent: dict[str, Rendering] = {}


def kind_of(data: bytes) -> str:
    """ "pdf" or "html" by the file's first bytes (not its name), else "text"."""
    head = data[:1024]
    if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"%PDF-"):
        return "pdf"
    sample = re.sub(rb"^(?:\s|<\?xml[^>]*>|<!--.*?-->)+", b"", head.removeprefix(b"\xef\xbb\xbf"), flags=re.DOTALL)
    if sample.lower().startswith((b"<!doctype html", b"<html")):
        return "html"
    return "text"


_HTML_START = re.compile(
    r"\A\s*(?:(?:<\?xml[^>]*>|<!--.*?-->)\s*)*(?:<!doctype\s+html|<html\b)", re.IGNORECASE | re.DOTALL
)


def looks_like_html(text: str) -> bool:
    """A whole HTML page (doctype or <html> first), e.g. a UTF-16 saved page."""
    return bool(_HTML_START.match(text[:4096]))


# --- HTML -----------------------------------------------------------------------------------

BOILERPLATE = (
    "script",
    "style",
    "noscript",
    "template",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "iframe",
    "svg",
    "button",
    "select",
    "head",
    "object",
    "embed",
    "canvas",
)
BOILERPLATE_ROLES = {"navigation", "banner", "contentinfo", "search", "menu", "menubar", "complementary"}
BLOCKS = {
    "p",
    "div",
    "section",
    "article",
    "main",
    "blockquote",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "table",
    "pre",
    "address",
    "figure",
    "figcaption",
    "hr",
    "center",
    "body",
    "html",
    "fieldset",
    "details",
    "summary",
}
LINES = {"li", "tr", "caption"}


def render_html(markup: str) -> Rendering:
    """The readable text of an HTML page: one paragraph per block, table rows as lines with
    tab-separated cells, superscript numbers as ``^n``; navigation and page furniture left out."""
    import lxml
    from lxml import html as lxml_html

    method = f"html (lxml {lxml.__version__})"
    markup = re.sub(r"\A\s*<\?xml[^>]*>", "", markup)  # lxml refuses text that declares its encoding
    try:
        root = lxml_html.document_fromstring(markup)
    except (ValueError, lxml.etree.ParserError):
        return Rendering("", "html", derived=True, method=method)
    address = _own_address(root)
    for element in list(root.iter()):
        if _is_boilerplate(element) and element.getparent() is not None:
            element.drop_tree()
    mains = root.xpath("//main | //*[@role='main']")
    body = mains[0] if len(mains) == 1 else (root.find("body") if root.find("body") is not None else root)
    parts: list[str] = []
    _html_text(body, parts)
    text = "".join(parts)
    text = re.sub(r"[ \u00a0]*\n[ \u00a0]*", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"
    return Rendering(text, "html", derived=True, method=method, address=address)


def _own_address(root) -> str | None:
    """The absolute web address a page gives as its own: its canonical link, else its og:url."""
    for found in (
        root.xpath("//head/link[translate(@rel, 'CANONICAL', 'canonical')='canonical']/@href"),
        root.xpath("//head/meta[@property='og:url']/@content"),
    ):
        address = str(found[0]).strip() if found else ""
        if re.match(r"https?://[^\s/]+\.[^\s/]+", address, re.IGNORECASE):
            return address
    return None


def _is_boilerplate(element) -> bool:
    tag = element.tag if isinstance(element.tag, str) else ""
    if not tag:  # comments, processing instructions
        return True
    if tag.lower() in BOILERPLATE:  # an article's own header or footer (its title, date) is text
        return tag.lower() not in ("header", "footer") or not any(
            ancestor.tag in ("article", "main") for ancestor in element.iterancestors()
        )
    if (element.get("role") or "").lower() in BOILERPLATE_ROLES:
        return True
    return element.get("hidden") is not None or element.get("aria-hidden") == "true"


def _html_text(element, parts: list[str], pre: bool = False) -> None:
    """Append an element's text to ``parts``: blocks as paragraphs, list items and table rows
    as lines, a tab after each cell, <br> as a line break."""
    tag = element.tag.lower() if isinstance(element.tag, str) else ""
    around = "\n\n" if tag in BLOCKS else "\n" if tag in LINES or tag == "br" else ""
    parts.append(around)
    if tag in ("sup", "superscript") and re.fullmatch(r"\s*\d{1,3}\s*", element.text_content() or ""):
        parts.append(f" ^{element.text_content().strip()} ")
    else:
        pre = pre or tag == "pre"
        if element.text:
            parts.append(element.text if pre else re.sub(r"\s+", " ", element.text))
        for child in element:
            _html_text(child, parts, pre)
    parts.append("\t" if tag in ("td", "th") else "\n\n" if tag in BLOCKS else "")
    if element.tail:
        parts.append(element.tail if pre else re.sub(r"\s+", " ", element.tail))


# --- a document kept as JSON -----------------------------------------------------------------


def json_text(text: str) -> str | None:
    """The document a JSON object holds as its "text" value (as tools that extract UN documents keep them:
    {"symbol": …, "title": …, "text": "United Nations \\nA/RES/79/34 …"}), else None."""
    if not text.lstrip().startswith("{"):
        return None
    try:
        held = json.loads(text)
    except ValueError:
        return None
    value = held.get("text") if isinstance(held, dict) else None
    return value if isinstance(value, str) and value.strip() else None


# --- the UN Treaty Collection's XML ---------------------------------------------------------

# A status page as the Treaty Collection publishes it in XML (".../MTDSG/Volume II/Chapter XXVI/XXVI-5.en.xml")
MTDSG_XML = re.compile(
    r"\A\ufeff?\s*(?:<\?xml[^>]*>\s*)?<Document>\s*<Treaty>\s*<Template>mtdsg\d*</Template>"
)  # "mtdsg3" in some files
_XML_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # the Treaty Collection's files hold a few; XML allows none
# an ampersand that opens no entity: the remains of a curly quote in some files ("<text>& the Government …")
_BARE_AMPERSAND = re.compile(r"&(?!(?:[A-Za-z][A-Za-z0-9]*|#\d+|#x[0-9A-Fa-f]+);)")
SECTIONS = ("Declarations", "Reservations", "Objections", "DeclarationsUnderArticle", "Notifications")


def render_mtdsg_xml(markup: str, path: Path) -> Rendering:
    """The text of a Treaty Collection status page kept as its XML: the head's labelled values one to a line,
    the participants' table as lines of tab-separated cells, each section of declarations under its titles
    (a participant's name alone on its line, then its entries), the end notes numbered; markup escaped within
    the values (italics, links) left out, a superscript footnote number written ``^n``."""
    from lxml import etree

    method = f"untc xml (lxml {etree.__version__})"
    try:  # the declared encoding is not the decoded text's: parse the text with the declaration left out
        root = etree.fromstring(
            _BARE_AMPERSAND.sub("&amp;", _XML_CONTROLS.sub("", re.sub(r"\A\ufeff?\s*<\?xml[^>]*>", "", markup)))
        )
    except etree.XMLSyntaxError as error:
        raise InputError(f"{path}: damaged Treaty Collection XML ({error.msg})") from None
    treaty = root.find("Treaty")
    lines = [_xml_value(element) for element in treaty.findall("Header/Chapter/*")]
    data = treaty.find("Header/ExternalData")
    if data is not None:
        sub = _xml_value(data.find("Subnumsect"))  # a protocol or an amendment: "2 b Protocol on …"
        title = _xml_value(data.find("Subtitlesect" if sub else "Titlesect")) or _xml_value(data.find("Titlesect"))
        lines.append(" ".join(part for part in (_xml_value(data.find("Numsect")), sub, title) if part))
        lines.append(_xml_value(data.find("Conclusion")))
        for part in ("EIF", "Registration"):
            if data.find(part) is not None:
                lines += [f"{_xml_value(data.find(part + '/Label'))} :", _xml_value(data.find(part + "/Labeltext"))]
        status = data.find("Status")
        if status is not None:  # "Status", then "Signatories 56" and "Parties 3", a label and its count a line
            lines.append(_xml_value(status.find("Label")))
            lines += [
                f"{_xml_value(status.find(kind + 'Label'))} {_xml_value(status.find(kind))}"
                for kind in ("Signatories", "Parties")
                if status.find(kind) is not None
            ]
        for part in ("TreatyText", "TreatyNote"):
            for text in data.findall(part + "/Text"):
                lines += ["", _xml_value(text)]
    for table in treaty.findall("Participants/Table"):
        lines.append("")
        lines += ["\t".join(_xml_value(entry) for entry in row.findall("Entry")) for row in table.iter("Row")]
    for name in SECTIONS:
        for section in treaty.findall(name):
            lines.append("")
            lines += [_xml_value(title) for title in section.findall("Title")]
            for entry in section:
                if entry.tag != "Title":
                    lines += [value for value in (_xml_value(part) for part in entry) if value]
    notes = treaty.findall("EndNotes/Note")
    if notes:
        lines += ["", "Notes:"]
        for note in notes:
            texts = [_xml_value(text) for text in note.findall("text")]
            lines += [f"{_xml_value(note.find('index'))} {texts[0] if texts else ''}".strip(), *texts[1:]]
    text = "\n".join(lines).strip() + "\n"
    return Rendering(re.sub(r"\n{3,}", "\n\n", text), "xml", derived=True, method=method)


def _xml_value(element) -> str:
    """An element's text on one line, markup escaped within it left out ("<i>Treaty Series</i>"), a superscript
    footnote number as ``^n`` (several as ``^3,4``)."""
    if element is None:
        return ""
    value = re.sub(  # one mark or several: "<superscript>3,4</superscript>" is " ^3,4"
        r"<superscript>\s*(\d{1,3}(?:\s*,\s*\d{1,3})*)\s*</superscript>",
        lambda mark: " ^" + re.sub(r"\s+", "", mark.group(1)),
        "".join(element.itertext()),
    )
    return re.sub(r"\s+", " ", re.sub(r"<[^<>]*>", "", value)).strip()


# --- PDF ------------------------------------------------------------------------------------


def render_pdf(data: bytes, path: Path) -> Rendering:
    """The text of a PDF: its text layer page by page, OCR for pages without one, cleaned."""
    import pypdf
    from pypdf.errors import PyPdfError

    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputError(f"{path}: encrypted PDF (a password is needed to read it)")
        layer = [page.extract_text() or "" for page in reader.pages]
        pictured = [_has_pictures(page) for page in reader.pages]
    except InputError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, OSError) as error:
        reason = str(error).splitlines()[0] if str(error) else type(error).__name__
        raise InputError(f"{path}: damaged PDF ({reason})") from error
    if not layer:
        raise InputError(f"{path}: PDF with no pages")
    blank = [
        number
        for number, (text, picture) in enumerate(zip(layer, pictured), 1)
        if picture and len(text.strip()) < MIN_PAGE_TEXT
    ]
    method = f"pdf text layer (pypdf {pypdf.__version__})"
    if blank:
        for number, text in zip(blank, ocr_pages(data, path, blank)):
            layer[number - 1] = text
        method += f"; OCR ({tesseract_version()}) of page{'s' if len(blank) > 1 else ''} " + ", ".join(map(str, blank))
    text, pages = clean_pages(layer)
    if not text.strip():
        raise InputError(f"{path}: PDF with no readable text (OCR found none)")
    return Rendering(text, "pdf", pages, derived=True, method=method, ocr_pages=tuple(blank))


def _has_pictures(page) -> bool:
    """Whether a page draws images or forms (a scan does; a blank page does not)."""
    resources = page.get("/Resources")
    resources = resources.get_object() if resources is not None else {}
    objects = resources.get("/XObject") if hasattr(resources, "get") else None
    return bool(objects is not None and len(objects.get_object()))


def ocr_pages(data: bytes, path: Path, numbers: list[int]) -> list[str]:
    """The OCR text of the given 1-based pages (pdftoppm renders, tesseract reads), a page per
    core at a time, each tesseract on one thread (its own threads make it four times slower on a
    busy machine), with a progress bar on stderr."""
    from concurrent.futures import ThreadPoolExecutor

    from tqdm import tqdm

    missing = [tool for tool in ("pdftoppm", "tesseract") if shutil.which(tool) is None]
    if missing:
        pages = ", ".join(map(str, numbers))
        raise InputError(
            f"{path}: page(s) {pages} have no text layer and need OCR, but {' and '.join(missing)} "
            "is not installed (Debian: apt-get install tesseract-ocr poppler-utils)"
        )
    with tempfile.TemporaryDirectory(prefix="treatykg-ocr-") as folder:
        pdf = Path(folder) / "document.pdf"
        pdf.write_bytes(data)

        def read(number: int) -> str:
            image = _run(
                ["pdftoppm", "-r", str(OCR_DPI), "-gray", "-png", "-f", str(number), "-l", str(number), str(pdf)],
                path,
                number,
            )
            return _run(["tesseract", "stdin", "stdout", "-l", "eng", "--psm", "3"], path, number, image).decode(
                "utf-8", errors="replace"
            )

        with ThreadPoolExecutor(max_workers=min(len(numbers), os.cpu_count() or 1)) as pool:
            return list(
                tqdm(
                    pool.map(read, numbers),
                    total=len(numbers),
                    desc=f"OCR {path.name}",
                    unit="page",
                    file=sys.stderr,
                    leave=False,
                    disable=len(numbers) < 2 or None,
                )
            )


def _run(command: list[str], path: Path, page: int, data: bytes | None = None) -> bytes:
    try:
        done = subprocess.run(
            command,
            input=data,
            capture_output=True,
            check=False,
            timeout=300,
            env={**os.environ, "OMP_THREAD_LIMIT": "1"},
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        raise InputError(f"{path}: page {page}: {command[0]} failed ({error})") from error
    if done.returncode != 0:
        detail = done.stderr.decode("utf-8", errors="replace").strip().splitlines()
        raise InputError(f"{path}: page {page}: {command[0]} failed ({detail[-1] if detail else done.returncode})")
    return done.stdout


@lru_cache(maxsize=1)
def tesseract_version() -> str:
    try:
        out = subprocess.run(["tesseract", "--version"], capture_output=True, check=False, timeout=30)
    except OSError:
        return "tesseract"
    first = (out.stdout or out.stderr).decode("utf-8", errors="replace").splitlines()
    return first[0].strip() if first else "tesseract"


# --- Cleaning text extracted from PDF ---------------------------------------------------------

JOB_NUMBER = re.compile(r"^\d{2}-\d{5}(?:\s*\([A-Z]\))?(?:\s+\d{6})?$")  # "17-21345 (E)  111217"
BARCODE = re.compile(r"^\*\d{7,}\*$")  # "*1721345*"
PAGE_NUMBER = re.compile(r"^(?:-\s*)?(?:page\s+)?\d{1,3}(?:\s*(?:/|of)\s*\d{1,3})?(?:\s*-)?$", re.IGNORECASE)
SYMBOL = r"[A-Z]{1,6}(?:/[A-Z0-9#.()\-]+){1,6}"  # "A/RES/72/54", "CCM/MSP/2019/4" (# for any number)
SYMBOL_LINE = re.compile(rf"^{SYMBOL}$")
RUN_ON_SYMBOL = re.compile(rf"^\s*({SYMBOL})\s+(?=\S)")
EDGE_LINES = 3  # non-blank lines at the top and at the bottom of a page where headers and footers sit

# Prefixes English writes with a hyphen: "non-\nproliferation" keeps it (see join_broken_words).
HYPHENATED_PREFIXES = {
    "non",
    "self",
    "anti",
    "cross",
    "semi",
    "counter",
    "well",
    "follow",
    "long",
    "short",
    "mid",
    "co",
    "nuclear",
    "weapon",
    "treaty",
    "confidence",
    "decision",
    "peace",
}


def clean_plain_text(text: str) -> Rendering:
    """Plain text as decoded; if it was extracted from a PDF (form feeds, running headers or
    footers, words broken at line ends), cleaned like a PDF's text layer and marked derived."""
    pages = text.split("\f") if "\f" in text else [text]
    cleaned, ranges = clean_pages(pages)
    if cleaned == text:
        return Rendering(text, "text")
    return Rendering(
        cleaned,
        "text",
        ranges if len(pages) > 1 else (),
        derived=True,
        method="text cleanup (page breaks, running headers and footers, words broken at line ends)",
    )


def clean_pages(pages: list[str]) -> tuple[str, tuple[tuple[int, int], ...]]:
    """Join pages into one text with running headers, footers and page numbers removed and
    words broken at line ends joined; the (start, end) of each page in it."""
    split = [page.replace("\r\n", "\n").replace("\r", "\n").split("\n") for page in pages]
    if len(split) > 1:
        running, symbols = _running_lines(split)
        kept = [_paged_furniture_removed(split[0], set(), set())] + [
            _paged_furniture_removed(lines, running, symbols) for lines in split[1:]
        ]
    else:
        kept = [_footers_removed(split[0])]
    texts = ["\n".join(lines) for lines in kept]
    if len(texts) > 1 or BROKEN_WORD.search(texts[0]):  # the vocabulary is only needed to join words
        vocabulary = _vocabulary("\n".join(texts))
        texts = [join_broken_words(page, vocabulary) for page in texts]
    else:
        vocabulary = Counter()
    out: list[str] = []
    ranges: list[tuple[int, int]] = []
    position = 0
    for page in texts:
        if out:
            broken = re.search(r"([A-Za-z]*[a-z])-$", out[-1])
            following = re.match(r"[a-z]+", page)
            if broken and following and _join(broken.group(1), following.group(), vocabulary):
                out[-1] = out[-1][:-1]  # the word goes on across the page break
                position -= 1
                ranges[-1] = (ranges[-1][0], position)
            elif out[-1] and page:
                out.append("\n")
                position += 1
        ranges.append((position, position + len(page)))
        out.append(page)
        position += len(page)
    return "".join(out), tuple(ranges)


def _normal(line: str) -> str:
    """A line with its spacing normalised and its numbers generalised ("Page 2" ~ "Page 3")."""
    return re.sub(r"\d+", "#", re.sub(r"\s+", " ", line.strip()))


def _edges(lines: list[str]) -> list[int]:
    """Indexes of the first and last few non-blank lines of a page."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    return sorted(set(filled[:EDGE_LINES] + filled[-EDGE_LINES:]))


def _running_lines(pages: list[list[str]]) -> tuple[set[str], set[str]]:
    """Running headers and footers: lines (numbers generalised) that repeat at the edges of two
    pages after the first (or of a third of them, when there are many), and the document symbol
    of the first page's masthead standing alone; and the symbols that begin the first line of
    as many pages, or the masthead's (a header run on into the text)."""
    lines_seen: Counter = Counter()
    symbols_seen: Counter = Counter()
    for lines in pages[1:]:
        edges = _edges(lines)
        lines_seen.update({_normal(lines[i]) for i in edges})
        if edges and (run_on := RUN_ON_SYMBOL.match(lines[edges[0]])):
            symbols_seen[run_on.group(1)] += 1
    least = max(2, len(pages) // 3)
    running = {line for line, count in lines_seen.items() if count >= least and 0 < len(line) <= 100}
    for line in list(running):  # "A/RES/72/54 Title" runs; so do "A/RES/72/54" and "Title" alone
        if run_on := RUN_ON_SYMBOL.match(line):
            running |= {run_on.group(1), line[run_on.end() :]}
    masthead = {symbol for i in _edges(pages[0]) for symbol in re.findall(rf"(?<!\S){SYMBOL}(?!\S)", pages[0][i])}
    running |= {_normal(symbol) for symbol in masthead}
    return running, masthead | {symbol for symbol, count in symbols_seen.items() if count >= least}


def _paged_furniture_removed(lines: list[str], running: set[str], symbols: set[str]) -> list[str]:
    """A page less its running headers and footers and page numbers (at its edges), the job
    numbers and barcodes of UN documents, and a running symbol run on into its first line."""
    edges = _edges(lines)
    drop = {i for i in edges if _normal(lines[i]) in running or PAGE_NUMBER.match(lines[i].strip())}
    drop |= {i for i, line in enumerate(lines) if JOB_NUMBER.match(line.strip()) or BARCODE.match(line.strip())}
    kept = list(lines)
    run_on = RUN_ON_SYMBOL.match(lines[edges[0]]) if edges and edges[0] not in drop else None
    if run_on and run_on.group(1) in symbols:
        kept[edges[0]] = lines[edges[0]][run_on.end() :]
    return _trimmed([line for i, line in enumerate(kept) if i not in drop])


def _footers_removed(lines: list[str]) -> list[str]:
    """Text without page breaks: UN page footers (a job number on two lines or more, or a
    barcode) and the page numbers and symbols right beside them."""
    jobs = [i for i, line in enumerate(lines) if JOB_NUMBER.match(line.strip())]
    codes = [i for i, line in enumerate(lines) if BARCODE.match(line.strip())]
    drop = set(codes) | (set(jobs) if len(jobs) >= 2 or codes else set())
    for i in sorted(drop):
        for j in _neighbours(lines, i):
            if PAGE_NUMBER.match(lines[j].strip()) or SYMBOL_LINE.match(lines[j].strip()):
                drop.add(j)
    if not drop:
        return lines
    return [line for i, line in enumerate(lines) if i not in drop]


def _trimmed(lines: list[str]) -> list[str]:
    start, end = 0, len(lines)
    while start < end and not lines[start].strip():
        start += 1
    while end > start and not lines[end - 1].strip():
        end -= 1
    return lines[start:end]


def _neighbours(lines: list[str], index: int) -> set[int]:
    """Indexes of the non-blank lines right before and after a line."""
    found = set()
    for step in (-1, 1):
        j = index + step
        while 0 <= j < len(lines) and not lines[j].strip():
            j += step
        if 0 <= j < len(lines):
            found.add(j)
    return found


def _vocabulary(text: str) -> Counter:
    """How often the document writes each word (lower case), leaving out words broken at line ends."""
    whole_words = BROKEN_WORD.sub(" ", text)
    return Counter(word.lower() for word in re.findall(r"[A-Za-z]+(?:-[A-Za-z]+)*", whole_words))


BROKEN_WORD = re.compile(r"([A-Za-z]*[a-z])-[ \t]*\n[ \t]*([a-z]+)")


def join_broken_words(text: str, vocabulary: Counter | None = None) -> str:
    """Join words broken by a hyphen at a line end ("Nov-\\nember" -> "November").

    Only a lower-case letter, a hyphen, a line break and a lower-case letter are joined, and
    only when the document writes the joined word elsewhere, or it is a month, or the document
    never writes it either way and the parts are not a compound. The hyphen is kept, and the
    line break removed ("non-\\nproliferation" -> "non-proliferation"), when the document writes
    the word with a hyphen and never without, or the first part is a prefix English hyphenates
    (``HYPHENATED_PREFIXES``), or both parts are words the document writes on their own
    ("low-\\nincome"). A soft hyphen at a line end always joins.
    """
    vocabulary = vocabulary if vocabulary is not None else _vocabulary(text)
    text = re.sub(r"([A-Za-z])\u00ad[ \t]*\n[ \t]*([a-z])", r"\1\2", text)

    def joined(match: re.Match) -> str:
        head, tail = match.group(1), match.group(2)
        return head + tail if _join(head, tail, vocabulary) else f"{head}-{tail}"

    return BROKEN_WORD.sub(joined, text)


def _join(head: str, tail: str, vocabulary: Counter) -> bool:
    """Whether a word broken at a line end is one word (else a hyphenated one)."""
    whole, hyphened = (head + tail).lower(), f"{head}-{tail}".lower()
    if vocabulary.get(whole, 0) or whole in MONTHS:
        return True
    if vocabulary.get(hyphened, 0) or head.lower() in HYPHENATED_PREFIXES:
        return False
    compound = len(head) >= 3 and len(tail) >= 3 and vocabulary.get(head.lower(), 0) and vocabulary.get(tail, 0)
    return not compound


MONTHS = {
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
}


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
