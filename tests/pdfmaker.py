"""Test PDFs made the way documents are: fpdf2 typesets text with running headers, footers and
words hyphenated at line ends; Pillow draws a scanned page (an image with no text layer)."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")  # Debian: fonts-dejavu-core


def plain(markdown: str) -> str:
    """Markdown links and emphasis as plain words (what a PDF shows)."""
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", markdown)
    return re.sub(r"\*+([^*\n]+?)\*+", r"\1", text)


def hyphenated_lines(paragraph: str, width: int) -> list[str]:
    """A paragraph broken into lines of at most ``width`` characters; a long word that does not
    fit is split with a hyphen at the line end, as typesetters do."""
    lines: list[str] = []
    line = ""
    for word in paragraph.split():
        room = width - len(line) - (1 if line else 0)
        if len(word) <= room:
            line = f"{line} {word}" if line else word
            continue
        letters = re.match(r"[A-Za-z]+", word)
        cut = min(room - 1, len(letters.group()) - 3) if letters else 0
        if cut >= 3 and room >= 5:
            lines.append(f"{line} {word[:cut]}-" if line else f"{word[:cut]}-")
            line = word[cut:]
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    return lines


def text_pdf(
    paragraphs: list[str], path: Path, symbol: str = "", job: str = "", width: int = 72, lines_per_page: int = 40
) -> Path:
    """Typeset paragraphs into a PDF: ``symbol`` as the running header from page 2 on, the job
    number and page number as the footer of every page; lines given as written, words that do
    not fit hyphenated. Returns the path."""
    from fpdf import FPDF

    class Document(FPDF):
        def header(self) -> None:
            if symbol and self.page_no() > 1:
                self.set_font("serif", size=9)
                self.cell(0, 6, symbol, align="R", new_x="LMARGIN", new_y="NEXT")
                self.ln(4)

        def footer(self) -> None:
            self.set_y(-18)
            self.set_font("serif", size=8)
            if job:
                self.cell(0, 4, job, new_x="LMARGIN", new_y="NEXT")
            self.cell(0, 4, str(self.page_no()), align="C")

    pdf = Document(format="A4")
    pdf.add_font("serif", fname=str(FONT))
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("serif", size=10)
    count = 0
    for paragraph in paragraphs:
        for line in hyphenated_lines(paragraph, width) if paragraph.strip() else [""]:
            if count >= lines_per_page:
                pdf.add_page()
                pdf.set_font("serif", size=10)
                count = 0
            pdf.cell(0, 5.6, line, new_x="LMARGIN", new_y="NEXT")
            count += 1
    pdf.output(str(path))
    return path


def page_image(paragraphs: list[str], size: int = 26):
    """A picture of an A4 page (200 dpi) showing the paragraphs, like a scan."""
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype(str(FONT), size)
    page = Image.new("L", (1654, 2339), 255)
    draw = ImageDraw.Draw(page)
    y = 140
    for paragraph in paragraphs:
        for part in textwrap.wrap(paragraph, 88) or [""]:
            draw.text((140, y), part, font=font, fill=0)
            y += int(size * 1.45)
        y += size // 2
    return page


def scanned_pdf(pages: list[list[str]], path: Path, text_first: list[str] | None = None) -> Path:
    """A PDF whose pages are pictures of the paragraphs (no text layer), after an optional first
    page typeset with a text layer."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_font("serif", fname=str(FONT))
    if text_first:
        pdf.add_page()
        pdf.set_font("serif", size=10)
        for paragraph in text_first:
            for line in hyphenated_lines(paragraph, 80) if paragraph.strip() else [""]:
                pdf.cell(0, 5.6, line, new_x="LMARGIN", new_y="NEXT")
    for paragraphs in pages:
        pdf.add_page()
        pdf.image(page_image(paragraphs), x=0, y=0, w=210, h=297)
    pdf.output(str(path))
    return path
