"""Renderings: PDF (text layer and OCR), HTML and PDF-extracted text read as their text, with
quotes that point into the derived text the graph records."""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
import subprocess
from pathlib import Path

import pdfmaker
import pyoxigraph
import pypdf
import pytest
from conftest import cli, corpus_text

from treatykg import build, render, sources
from treatykg.evaluation import record_facts
from treatykg.vocab import with_prefixes


def facts_of(path: Path) -> set:
    record, _ = build.load_document(sources.read(path, path.name))
    return record_facts(record)


def paragraphs(text: str) -> list[str]:
    return pdfmaker.plain(text).split("\n")


@pytest.fixture(scope="module")
def resolution(tmp_path_factory) -> tuple[Path, Path]:
    """GA resolution 72/54 as plain text and as a 4-page PDF with a running symbol header, job
    number and page number footers, and words hyphenated at line ends."""
    folder = tmp_path_factory.mktemp("resolution")
    text = folder / "a_res_72_54.txt"
    text.write_text(pdfmaker.plain(corpus_text("003")), encoding="utf-8")
    pdf = pdfmaker.text_pdf(
        paragraphs(corpus_text("003")), folder / "a_res_72_54.pdf", symbol="A/RES/72/54", job="17-21345 (E)"
    )
    return text, pdf


def test_a_pdf_resolution_gives_the_facts_of_its_text(resolution):
    text, pdf = resolution
    rendering = render.render(pdf)
    assert rendering.kind == "pdf" and rendering.derived and len(rendering.pages) >= 3
    assert "-\n" not in rendering.text.replace("non-\n", "")  # words broken at line ends are joined
    assert "17-21345" not in rendering.text and "A/RES/72/54" not in rendering.text
    facts = facts_of(pdf)
    assert ("adopted", "2017-12-04") in facts and len(facts) > 10
    assert facts == facts_of(text)


def test_a_pdf_is_detected_by_its_bytes_not_its_name(resolution, tmp_path):
    _, pdf = resolution
    unnamed = tmp_path / "download"
    shutil.copy(pdf, unnamed)
    assert sources.rendering(sources.read(unnamed, "download")).kind == "pdf"
    assert facts_of(unnamed) == facts_of(pdf)


@pytest.fixture(scope="module")
def statement_store(tmp_path_factory) -> tuple[Path, Path]:
    """Pakistan's explanation of vote as a two-page PDF, built into a store."""
    folder = tmp_path_factory.mktemp("statement")
    (folder / "docs").mkdir()
    pdf = pdfmaker.text_pdf(
        paragraphs(corpus_text("000")), folder / "docs" / "eov.pdf", job="09-12345 (E)", lines_per_page=18
    )
    store = folder / "store"
    result = cli("build", str(folder / "docs"), "--store", str(store))
    assert result.exit_code == 0, result.output + result.stderr
    return pdf, store


QUOTES = """SELECT ?exact ?start ?end ?page ?digest ?file ?fileDigest ?renderer ?pages WHERE {
  GRAPH ?g {
    ?quote oa:hasSource ?source ; oa:hasSelector ?e, ?p ; tkg:page ?page .
    ?e oa:exact ?exact . ?p oa:start ?start ; oa:end ?end .
    ?source tkg:fileName ?file ; spdx:checksum/spdx:checksumValue ?fileDigest .
    ?text a tkg:DerivedText ; prov:wasDerivedFrom ?source ; spdx:checksum/spdx:checksumValue ?digest ;
          tkg:renderer ?renderer ; tkg:pageCount ?pages .
  } }"""


def test_quotes_of_a_pdf_point_into_its_derived_text_whose_digest_the_graph_records(statement_store):
    pdf, store = statement_store
    rendering = render.render(pdf)
    rows = list(pyoxigraph.Store.read_only(str(store)).query(with_prefixes(QUOTES)))
    assert rows, "the statement's positions are quoted"
    for row in rows:
        start, end = int(row["start"].value), int(row["end"].value)
        assert rendering.text[start:end] == row["exact"].value
        assert int(row["page"].value) == rendering.page_of(start)
        assert row["digest"].value == hashlib.sha256(rendering.text.encode("utf-8")).hexdigest()
        assert row["fileDigest"].value == hashlib.sha256(pdf.read_bytes()).hexdigest()
        assert row["file"].value == "eov.pdf" and "pypdf" in row["renderer"].value
        assert int(row["pages"].value) == len(rendering.pages) == len(pypdf.PdfReader(pdf).pages) > 1


def test_a_scanned_page_is_read_by_ocr(tmp_path):
    cover, ministry = corpus_text("001").split("MINISTRY OF FOREIGN AFFAIRS")
    pdf = pdfmaker.scanned_pdf(
        [("MINISTRY OF FOREIGN AFFAIRS" + ministry).split("\n")], tmp_path / "letters.pdf", text_first=cover.split("\n")
    )
    rendering = render.render(pdf)
    assert rendering.ocr_pages == (2,) and "OCR" in rendering.method
    assert "16 February 2009" in rendering.text[rendering.pages[1][0] :]
    text = tmp_path / "letters.txt"
    text.write_text(corpus_text("001"), encoding="utf-8")
    assert facts_of(pdf) == facts_of(text)


def test_ocr_without_tesseract_is_one_line_naming_the_file(tmp_path, monkeypatch):
    pdf = pdfmaker.scanned_pdf([["Dear Sir,", "Pakistan supports the Convention."]], tmp_path / "scan.pdf")
    tools = tmp_path / "bin"  # a PATH with poppler but no tesseract
    tools.mkdir()
    (tools / "pdftoppm").symlink_to(shutil.which("pdftoppm"))
    monkeypatch.setenv("PATH", str(tools))
    result = cli("build", str(pdf), "--store", str(tmp_path / "store"))
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and str(pdf) in lines[0] and "tesseract" in lines[0], result.stderr
    assert "Traceback" not in result.output + result.stderr
    assert not (tmp_path / "store").exists()


@pytest.mark.parametrize(
    "data, reason",
    [(b"%PDF-1.7\n1 0 obj <</Type /Catalog>> endobj\n%%EOF\n", "PDF"), (b"%PDF-1.4\n" + bytes(range(256)) * 4, "PDF")],
)
def test_a_damaged_pdf_is_one_line(tmp_path, data, reason):
    path = tmp_path / "broken.pdf"
    path.write_bytes(data)
    result = cli("build", str(path), "--store", str(tmp_path / "store"))
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and str(path) in lines[0] and reason in lines[0], result.stderr


# --- HTML ----------------------------------------------------------------------------------


def html_page(body_paragraphs: list[str]) -> str:
    rows = "\n".join(f"<p>{p}</p>" for p in body_paragraphs if p.strip())
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>A/RES/72/54 | United Nations</title>
<style>p {{ margin: 0 }}</style><script>var nav = "</p>Menu";</script></head>
<body><header><a href="/">Home</a> <a href="/documents">Documents</a> <span>Search the site</span></header>
<nav><ul><li>Welcome to the United Nations</li><li>Documents</li><li>Resolutions 2017</li></ul></nav>
<main>{rows}</main>
<footer><p>Copyright United Nations | Terms of use | Privacy notice</p></footer>
</body></html>
"""


def test_an_html_page_with_a_paragraph_per_p_is_read_without_markup_or_navigation(tmp_path):
    text = tmp_path / "a_res_72_54.txt"
    text.write_text(pdfmaker.plain(corpus_text("003")), encoding="utf-8")
    page = tmp_path / "a_res_72_54.html"
    page.write_text(html_page(paragraphs(corpus_text("003"))), encoding="utf-8")
    rendering = render.render(page)
    assert rendering.kind == "html" and rendering.derived
    assert "<" not in rendering.text and "</body>" not in rendering.text
    for furniture in ("Home", "Welcome to the United Nations", "Copyright", "Menu", "var nav"):
        assert furniture not in rendering.text
    assert "\n\nThe General Assembly,\n\n" in rendering.text  # one paragraph per <p>
    assert facts_of(page) == facts_of(text)


def test_quotes_of_an_html_page_point_into_its_text(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    page = folder / "eov.htm"
    page.write_text(html_page(paragraphs(corpus_text("000"))), encoding="utf-8")
    result = cli("build", str(folder), "--store", str(tmp_path / "store"))
    assert result.exit_code == 0, result.output + result.stderr
    db = pyoxigraph.Store.read_only(str(tmp_path / "store"))
    rows = list(
        db.query(
            with_prefixes("""SELECT ?exact ?start ?end ?digest WHERE { GRAPH ?g {
        ?q oa:hasSource ?s ; oa:hasSelector ?e, ?p . ?e oa:exact ?exact . ?p oa:start ?start ; oa:end ?end .
        ?t prov:wasDerivedFrom ?s ; spdx:checksum/spdx:checksumValue ?digest } }""")
        )
    )
    text = render.render(page).text
    assert rows
    for row in rows:
        assert text[int(row["start"].value) : int(row["end"].value)] == row["exact"].value
        assert row["digest"].value == hashlib.sha256(text.encode("utf-8")).hexdigest()


# --- text extracted from PDF ---------------------------------------------------------------


def test_words_broken_at_line_ends_are_joined_and_real_hyphens_kept():
    join = render.join_broken_words
    assert join("of 20 Nov-\nember 2000") == "of 20 November 2000"
    assert join("the Treaty on the Non-\nProliferation") == "the Treaty on the Non-\nProliferation"  # capital
    assert join("nuclear non-\nproliferation regime") == "nuclear non-proliferation regime"
    assert join("a self-\ndefence") == "a self-defence"
    assert join("co-\noperation, and cooperation") == "cooperation, and cooperation"  # written whole elsewhere
    assert join("peace-\nkeeping and peace-keeping") == "peace-keeping and peace-keeping"
    assert join("the resolu-\ntion") == "the resolution"
    assert join("low-\nincome States: income is low") == "low-income States: income is low"  # two words
    assert join("the for-\nmer one, for him") == "the former one, for him"
    assert join("on 4 Decem-\nber, the ember") == "on 4 December, the ember"  # a month
    assert join("1990-\n2000 and A-\nB") == "1990-\n2000 and A-\nB"  # numbers and capitals are not words broken
    assert join("soft\u00ad\nhyphen") == "softhyphen"


def test_a_recall_date_broken_across_lines_is_found(tmp_path):
    whole = pdfmaker.plain(corpus_text("003"))
    broken = tmp_path / "broken.txt"
    broken.write_text(whole.replace("of 2 December 2008", "of 2 Decem-\nber 2008"), encoding="utf-8")
    record, _ = build.load_document(sources.read(broken, broken.name))
    recalled = {recall.symbol: recall.adopted for recall in record.recalls}
    assert recalled["A/RES/63/71"] == dt.date(2008, 12, 2)


def test_running_headers_footers_and_form_feeds_are_removed_from_extracted_text():
    pages = [
        "United Nations A/RES/72/54\nGeneral Assembly\nResolution text begins here and runs\non to the next page\n"
        "17-21345 (E) 111217\n*1721345*\n",
        "A/RES/72/54\nImplementation of the Convention on Cluster Munitions\nwith its second page\n2\n17-21345\n",
        "A/RES/72/54 Implementation of the Convention on Cluster Munitions\nthe third page's text\n3/4\n17-21345\n",
        "A/RES/72/54 Implementation of the Convention on Cluster Munitions\nand the last line.\n4/4\n17-21345\n",
    ]
    rendering = render.clean_plain_text("\f".join(pages))
    assert rendering.derived and len(rendering.pages) == 4
    assert "\f" not in rendering.text and "17-21345" not in rendering.text and "*1721345*" not in rendering.text
    assert rendering.text.count("A/RES/72/54") == 1  # the masthead of the first page stays
    assert "Implementation of the Convention" not in rendering.text  # the run-on running header
    assert "\n2\n" not in rendering.text and "3/4" not in rendering.text
    assert rendering.text.endswith("and the last line.")
    for number, (start, end) in enumerate(rendering.pages, 1):
        assert rendering.page_of(start) == number and start < end


def test_clean_text_is_read_as_it_stands(corpus):
    for path in sorted(corpus.glob("*.txt")):
        rendering = render.render(path)
        assert not rendering.derived and rendering.text == render.decode_text(path.read_bytes(), path)


def test_gold_quotes_are_checked_against_a_pdf_documents_derived_text(resolution, tmp_path):
    from treatykg.evaluation import MANIFEST_COLUMNS, evaluate

    _, pdf = resolution
    (tmp_path / "docs").mkdir()
    (tmp_path / "gold").mkdir()
    shutil.copy(pdf, tmp_path / "docs" / "r.pdf")
    (tmp_path / "manifest.csv").write_text(
        ",".join(MANIFEST_COLUMNS) + "\nr,r.pdf,un_resolution,UN,u,l,pdf,,\n", encoding="utf-8"
    )
    broken = "coordinated manner"  # hyphenated across a page break in the PDF
    assert broken not in subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    gold = (
        'kind = "un_resolution"\nfields = ["adopted"]\n[[fact]]\nfield = "adopted"\nvalue = "2017-12-04"\n'
        'quote = "4 December 2017"\n[[fact]]\nfield = "symbol"\nvalue = "A/RES/72/54"\nquote = "{quote}"\n'
    )
    (tmp_path / "gold" / "r.toml").write_text(gold.format(quote=broken), encoding="utf-8")
    (judgement,) = evaluate(tmp_path).judgements
    assert judgement.read_kind == "un_resolution" and not judgement.wrong and judgement.gold_problems == []
    (tmp_path / "gold" / "r.toml").write_text(gold.format(quote="17-21345 (E)"), encoding="utf-8")  # a footer
    (judgement,) = evaluate(tmp_path).judgements
    assert len(judgement.gold_problems) == 1 and "17-21345" in judgement.gold_problems[0]


def test_a_blank_page_needs_no_ocr(tmp_path, monkeypatch):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    pdf.multi_cell(0, 6, "Dear Sir,\nPakistan supports the Convention on Certain Conventional Weapons.")
    pdf.add_page()  # the blank back of the letter
    pdf.output(str(tmp_path / "letter.pdf"))
    monkeypatch.setenv("PATH", str(tmp_path))  # no tesseract, no pdftoppm
    rendering = render.render(tmp_path / "letter.pdf")
    assert rendering.ocr_pages == () and len(rendering.pages) == 2 and "Pakistan supports" in rendering.text


def test_an_articles_own_header_is_text_and_xhtml_with_an_encoding_is_parsed(tmp_path):
    page = tmp_path / "statement.xhtml"
    page.write_bytes(
        b'<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml">'
        b"<body><header>Ministry website</header><main><article><header><h1>Statement</h1>"
        b"<p>12 May 2019</p></header><p>Text of the statement.</p></article></main>"
        b"<footer>Copyright</footer></body></html>"
    )
    rendering = render.render(page)
    assert rendering.kind == "html"
    assert rendering.text == "Statement\n\n12 May 2019\n\nText of the statement.\n"


@pytest.mark.parametrize(
    "head, address",
    [
        ('<link rel="canonical" href="https://www.mfat.govt.nz/en/media/x">', "https://www.mfat.govt.nz/en/media/x"),
        ('<meta property="og:url" content="https://www.gov.uk/speeches/x">', "https://www.gov.uk/speeches/x"),
        ('<link rel="canonical" href="/en/media/x">', None),  # a relative link gives no address
        ("", None),
    ],
)
def test_an_html_page_gives_the_address_it_claims_as_its_own(head, address):
    page = f"<html><head>{head}</head><body><p>Mr Chair, we welcome the report.</p></body></html>"
    assert render.render_html(page).address == address


def test_a_document_kept_as_json_is_read_through_its_text_value(tmp_path):
    import json

    page = tmp_path / "A_RES_72_54.json"
    page.write_text(json.dumps({"symbol": "A/RES/72/54", "title": "x", "text": corpus_text("003")}), encoding="utf-8")
    rendering = render.render(page)
    assert (rendering.kind, rendering.derived) == ("json", True) and rendering.text.startswith(corpus_text("003")[:40])
    plain = tmp_path / "a_res_72_54.txt"
    plain.write_text(corpus_text("003"), encoding="utf-8")
    assert facts_of(page) == facts_of(plain)
    other = tmp_path / "other.json"
    other.write_text(json.dumps({"symbol": "A/RES/72/54", "rows": [1, 2]}), encoding="utf-8")
    assert render.render(other).kind == "text"  # no text value: the file is read as it stands
