"""The HTML corpus is a quality gate for clean_html: prose kept, chrome dropped, metadata, negatives untouched."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest
from html_scoring import (
    HtmlCase,
    HtmlReport,
    absent_segments,
    evaluate_html,
    load_html_cases,
    visible_text,
)

import boilerstrip
from boilerstrip.html.dom import normalise
from boilerstrip.metadata import Metadata

HTML_CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "html"
CASES = load_html_cases(HTML_CORPUS)
# Pinned a little below what clean_html measures (18 documents, 110 must and 145 must-not segments;
# `python benchmarks/html_corpus_score.py`). When the corpus was written (text cleaning of trafilatura's
# output only): R 0.9909, P 0.9237, boilerplate kept 9, metadata 90/124. With the DOM stage (widgets, figures,
# declared metadata): R 0.9909 (109/110), P 0.9160, boilerplate kept 10, metadata 101/124 = 0.815 (images
# 9/18, related 7/16). Raise them on purpose when clean_html improves.
RECALL_FLOOR = 0.98
PRECISION_FLOOR = 0.90
BOILERPLATE_KEPT_CEILING = 11
METADATA_FLOOR = 0.80


def _clean(page: bytes) -> tuple[str, Mapping[str, Any] | None]:
    result = boilerstrip.clean_html(page)
    return result.text, result.metadata.to_dict()


@pytest.fixture(scope="module")
def report() -> HtmlReport:
    return evaluate_html(CASES, _clean)


def test_corpus_size_and_spread() -> None:
    assert len(CASES) >= 16
    assert len({c.lang for c in CASES}) >= 9
    assert len({c.site_style for c in CASES}) >= 12
    assert sum(c.kind == "negative" for c in CASES) >= 3
    # At least one page really stored in a legacy encoding (its bytes are not UTF-8) and one that declares none.
    legacy = [c for c in CASES if c.encoding.replace("-", "").lower() != "utf8"]
    assert any(not _is_utf8(c.page) for c in legacy)
    assert any(b"charset" not in c.page.lower() for c in CASES)


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def test_ids_match_directories() -> None:
    folders = sorted(p.name for p in HTML_CORPUS.iterdir() if p.is_dir())
    assert [c.id for c in CASES] == folders


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_case_is_well_formed(case: HtmlCase) -> None:
    assert (HTML_CORPUS / case.id / "page.html").is_file(), "id must equal the directory name"
    assert case.kind in ("chrome", "negative")
    assert set(case.metadata) <= set(Metadata().to_dict()), "metadata keys must be those of Metadata.to_dict()"
    assert 4 <= len(case.must_contain) <= 8
    assert 5 <= len(case.must_not_contain) <= 10
    lines = set(visible_text(case.decoded()).split("\n"))  # decoding raises if the bytes are not in the encoding
    # A segment under five words and 15 characters (a subheading; CJK has no spaces to count words by) must be
    # a whole line, so that it cannot match by accident inside other text.
    short = [s for s in case.must_contain if len(s.split()) < 5 and len(s) < 15 and normalise(s) not in lines]
    assert not short, f"short must segments that are not a whole line: {short}"
    absent = absent_segments(case)
    assert not absent["must_contain"], f"must segments not in the visible text: {absent['must_contain']}"
    assert not absent["must_not_contain"], f"must_not segments not in the visible text: {absent['must_not_contain']}"


def test_floors(report: HtmlReport) -> None:
    print(f"\nclean_html on the HTML corpus: {report.summary()}  metadata {report.metadata_accuracy:.3f}")
    assert report.recall >= RECALL_FLOOR
    assert report.precision >= PRECISION_FLOOR
    assert report.false_pos <= BOILERPLATE_KEPT_CEILING
    assert report.metadata_accuracy >= METADATA_FLOOR


def test_negative_documents_lose_no_prose(report: HtmlReport) -> None:
    lost = {d.id: d.lost for d in report.documents if d.kind == "negative" and d.lost}
    assert not lost, f"prose removed from negative documents: {lost}"


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_every_page_cleans_from_bytes(case: HtmlCase) -> None:
    result = boilerstrip.clean_html(case.page)
    assert result.text, f"no text from {case.id}: {result.flags}"
    # The removal records must replay onto trafilatura's text (restored from the result) and give the clean text.
    assert result.apply_to(result.restore()) == result.text
