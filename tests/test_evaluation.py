"""The evaluation of loaders on real documents: how facts are judged, and the corpus's own targets."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import cli

from treatykg.errors import InputError
from treatykg.evaluation import (
    ATTRIBUTION_FIELDS,
    Gold,
    Report,
    canonical,
    evaluate,
    judge,
    read_gold,
    read_manifest,
    render_report,
    unquoted,
)

EVAL = Path(__file__).resolve().parent.parent / "eval"
HEADER = "id,file,kind,publisher,url,licence,rendering,retrieved,note\n"


def gold(kind: str = "un_resolution", fields=(), facts=()) -> Gold:
    return Gold(kind, frozenset(fields), frozenset((name, canonical(name, value)) for name, value in facts), ())


def test_symbols_compare_without_spaces_and_case():
    assert canonical("symbol", "A/RES/51/45 S") == canonical("symbol", "a/res/51/45s")
    assert canonical("vote", "A/RES/51/45 S PAK Yes") == canonical("vote", "A/RES/51/45S pak yes")
    assert canonical("vote", "A/RES/51/45 S PAK yes") != canonical("vote", "A/RES/51/45 S IND yes")
    assert canonical("tally", "S/RES/2117 (2013) 14 0 1") == canonical("tally", "S/RES/2117(2013) 14 0 1")
    assert canonical("tally", "S/RES/2117 (2013) 14 0 1") != canonical("tally", "S/RES/2117 (2013) 14 1 0")


def test_an_attribution_the_gold_lacks_is_wrong_even_when_the_field_is_not_listed():
    judged = judge("d", gold(fields=()), "un_resolution", {("speaker", "PAK")})
    assert judged.wrong_attributions == [("speaker", "PAK")]


def test_unlisted_fields_are_not_judged_and_listed_ones_are_judged_completely():
    found = {("symbol", canonical("symbol", "A/RES/1/1")), ("recalls", "A/RES/2/2")}
    judged = judge("d", gold(fields=["recalls"], facts=[("recalls", "A/RES/3/3")]), "un_resolution", found)
    assert judged.wrong == [("recalls", "A/RES/2/2")]
    assert judged.missed == [("recalls", "A/RES/3/3")]
    assert "symbol" not in judged.tallies
    assert judged.tallies["recalls"].precision == 0 and judged.tallies["recalls"].recall == 0


def test_every_attribution_field_is_judged_without_being_listed():
    for name in ATTRIBUTION_FIELDS:
        assert judge("d", gold(), "letter", {(name, "X")}).wrong == [(name, "X")]


def test_a_gold_fact_needs_a_quote_or_a_place(tmp_path):
    path = tmp_path / "g.toml"
    path.write_text('kind = "letter"\n[[fact]]\nfield = "date"\nvalue = "2009-02-16"\n', encoding="utf-8")
    with pytest.raises(InputError, match="names no `quote` or `where`"):
        read_gold(path)


def test_quotes_are_checked_against_the_document(tmp_path):
    path = tmp_path / "g.toml"
    path.write_text(
        'kind = "letter"\n[[fact]]\nfield = "date"\nvalue = "2009-02-16"\nquote = "16  February\\n2009"\n'
        '[[fact]]\nfield = "reference"\nvalue = "x"\nquote = "No. 12"\n',
        encoding="utf-8",
    )
    problems = unquoted(read_gold(path), "Dated 16 February 2009.")
    assert len(problems) == 1 and "No. 12" in problems[0]


def test_a_manifest_row_without_its_source_url_is_refused(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "manifest.csv").write_text(HEADER + "a,a.txt,letter,Someone,,UN terms of use,txt,,\n", encoding="utf-8")
    with pytest.raises(InputError, match="row 2 has no url"):
        read_manifest(tmp_path)


def test_a_document_is_read_as_the_build_reads_it(tmp_path, corpus):
    (tmp_path / "docs").mkdir()
    (tmp_path / "gold").mkdir()
    resolution = next(path for path in sorted(corpus.glob("*.txt")) if "72/54." in path.read_text("utf-8"))
    (tmp_path / "docs" / "r.txt").write_bytes(resolution.read_bytes())
    (tmp_path / "docs" / "n.txt").write_text(
        "Minutes of a village council: the fence will be mended.\n" * 5, encoding="utf-8"
    )
    (tmp_path / "manifest.csv").write_text(
        HEADER + "r,r.txt,un_resolution,UN,u,l,txt,,\nn,n.txt,news,P,u,l,txt,,\n", encoding="utf-8"
    )
    (tmp_path / "gold" / "r.toml").write_text(
        'kind = "un_resolution"\nfields = ["adopted"]\n'
        '[[fact]]\nfield = "adopted"\nvalue = "2017-12-04"\nquote = "4 December 2017"\n',
        encoding="utf-8",
    )
    (tmp_path / "gold" / "n.toml").write_text('kind = "refused"\n', encoding="utf-8")
    report = evaluate(tmp_path)
    by_id = {judgement.id: judgement for judgement in report.judgements}
    assert by_id["r"].read_kind == "un_resolution" and not by_id["r"].wrong and not by_id["r"].missed
    assert by_id["n"].read_kind == "refused" and by_id["n"].kind_right
    result = cli("eval", str(tmp_path), "--summary")
    assert result.exit_code == 0, result.output
    assert "| un_resolution | adopted | 1 | 1 | 1 | 100.0 % | 100.0 % |" in result.output


# --- the evaluation corpus of real documents: its targets hold ---------------------------------

needs_corpus = pytest.mark.skipif(not (EVAL / "manifest.csv").exists(), reason="no evaluation corpus")


@pytest.fixture(scope="module")
def corpus_report():
    return evaluate(EVAL)


@needs_corpus
def test_no_wrong_attribution_in_the_evaluation_corpus(corpus_report):
    assert corpus_report.wrong_attributions == []


@needs_corpus
def test_no_document_of_the_evaluation_corpus_is_read_as_another_kind(corpus_report):
    assert [(j.id, j.gold_kind, j.read_kind) for j in corpus_report.misread_kinds] == []


@needs_corpus
def test_every_gold_quote_stands_in_its_document(corpus_report):
    assert [(j.id, problem) for j in corpus_report.judgements for problem in j.gold_problems] == []


def test_a_vote_found_without_its_draft_symbol_counts_where_the_state_and_option_agree():
    expected = gold("explanation_of_vote", facts=[("vote", "A/C.1/70/L.50 USA abstain")])
    assert judge("d", expected, "explanation_of_vote", {("vote", "? USA abstain")}).wrong == []
    assert judge("d", expected, "explanation_of_vote", {("vote", "? USA yes")}).wrong == [("vote", "? USA yes")]


def test_the_total_sums_every_field_of_the_supported_kinds_only():
    read = judge("a", gold("letter", facts=[("speaker", "PAK"), ("speaker", "IND")]), "letter", {("speaker", "PAK")})
    refused = judge("b", gold("refused"), "letter", {("speaker", "CHL")})
    total = Report([read, refused], []).total()
    assert (total.gold, total.found, total.correct) == (2, 1, 1)
    assert "| all supported kinds | all fields | 2 | 1 | 1 | 100.0 % | 50.0 % |" in render_report(
        Report([read, refused], []), details=False
    )
