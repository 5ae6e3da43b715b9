"""PDF pages per second: treatykg's text-layer reading and OCR, side by side with poppler's
``pdftotext`` (the ceiling for a text layer) and ``tesseract`` alone on the same page images
(the ceiling for OCR).

Makes its PDFs with fpdf2 and Pillow (the test extra): a text PDF of the sample resolutions
typeset over ``--pages`` pages (running header, footers, hyphenated words), and a scanned PDF of
``--ocr-pages`` page images with no text layer. Prints medians of ``--repeats`` runs and ratios.

    python bench/pdf_pages.py [--pages 60] [--ocr-pages 4] [--repeats 3]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(Path(__file__).parent))

import pdfmaker  # noqa: E402  (tests/pdfmaker.py: the PDFs the tests read)
from scale import median_of  # noqa: E402  (bench/scale.py: the median of timed runs)

from treatykg import render, sources  # noqa: E402


def make_pdfs(folder: Path, pages: int, ocr_pages: int) -> tuple[Path, Path]:
    paragraphs: list[str] = []
    for path in sorted(sources.sample_corpus().glob("*.txt")):
        paragraphs += pdfmaker.plain(path.read_text(encoding="utf-8")).split("\n")
    lines_per_page = 40
    filled: list[str] = []
    while sum(len(pdfmaker.hyphenated_lines(p, 72)) or 1 for p in filled) < pages * lines_per_page:
        filled += paragraphs
    text_pdf = pdfmaker.text_pdf(
        filled, folder / "text.pdf", symbol="A/RES/72/54", job="17-21345 (E)", lines_per_page=lines_per_page
    )
    prose = [p for p in paragraphs if len(p) > 60][:14]
    scanned = pdfmaker.scanned_pdf([prose] * ocr_pages, folder / "scanned.pdf")
    return text_pdf, scanned


def page_count(path: Path) -> int:
    import pypdf

    return len(pypdf.PdfReader(path).pages)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=60)
    parser.add_argument("--ocr-pages", type=int, default=4)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        text_pdf, scanned = make_pdfs(folder, args.pages, args.ocr_pages)
        text_pages, scanned_pages = page_count(text_pdf), page_count(scanned)
        data, scan_data = text_pdf.read_bytes(), scanned.read_bytes()

        layer = median_of(args.repeats, lambda: render.render_pdf(data, text_pdf))
        ceiling = median_of(
            args.repeats, lambda: subprocess.run(["pdftotext", str(text_pdf), "-"], check=True, capture_output=True)
        )
        images = []
        for number in range(1, scanned_pages + 1):
            images.append(
                subprocess.run(
                    [
                        "pdftoppm",
                        "-r",
                        str(render.OCR_DPI),
                        "-gray",
                        "-png",
                        "-f",
                        str(number),
                        "-l",
                        str(number),
                        str(scanned),
                    ],
                    check=True,
                    capture_output=True,
                ).stdout
            )
        ocr = median_of(1, lambda: render.render_pdf(scan_data, scanned))

        def tesseract_alone(threads: str | None) -> None:
            env = {**os.environ, **({"OMP_THREAD_LIMIT": threads} if threads else {})}
            for image in images:
                subprocess.run(
                    ["tesseract", "stdin", "stdout", "-l", "eng"], input=image, check=True, capture_output=True, env=env
                )

        one_thread = median_of(1, lambda: tesseract_alone("1"))
        own_threads = median_of(1, lambda: tesseract_alone(None))

    rows = [
        ("text layer", text_pages, layer, "pdftotext", ceiling),
        (
            "OCR (pdftoppm + tesseract, a page per core)",
            scanned_pages,
            ocr,
            "tesseract alone on the page images, one after another, one thread each",
            one_thread,
        ),
        (
            "OCR (pdftoppm + tesseract, a page per core)",
            scanned_pages,
            ocr,
            "the same with tesseract's own threads (OpenMP)",
            own_threads,
        ),
    ]
    print(
        f"PDF pages per second ({text_pages}-page text PDF, {scanned_pages}-page scanned PDF; "
        f"medians of {args.repeats} runs, OCR once)\n"
    )
    print("| treatykg reads | pages | pages/s | ceiling | pages/s | treatykg / ceiling |")
    print("| --- | ---: | ---: | --- | ---: | ---: |")
    for name, pages, seconds, other, other_seconds in rows:
        ours, theirs = pages / seconds, pages / other_seconds
        print(f"| {name} | {pages} | {ours:,.2f} | {other} | {theirs:,.2f} | {ours / theirs:.2f} |")


if __name__ == "__main__":
    main()
