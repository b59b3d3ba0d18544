"""``clean_html`` asks htmldate for the weighed date before trafilatura extracts (issue 11): the same results.

Asked first, htmldate reads the tree right after the parse and the scan; asked after trafilatura, which copies and
prunes the page several times over, the same reads took longer. The order is free because neither changes the tree
it is given: htmldate prunes a deep copy, trafilatura copies the tree before it prunes. These tests hold that
contract (the serialised tree before and after each call), and that each call gives the same answer on a tree the
other has read, on the HTML corpus's pages and on some of the AEB pages when the benchmark data is there.
"""

from __future__ import annotations

import itertools
import json
from pathlib import Path
from typing import Any

import pytest
from lxml import etree
from scoring import bench_pages

import boilerstrip.html as html_stage
from boilerstrip.html import extract_article
from boilerstrip.html.decode import decode_html
from boilerstrip.html.dom import parse_html, scan_page, unwrap_layout_tables
from boilerstrip.html.page_meta import weighed_date
from tests.shared_data import bench_dir

ROOT = Path(__file__).resolve().parent.parent
#: AEB pages read (of 181): enough kinds of page, a few seconds of trafilatura and htmldate.
_AEB_PAGES = 40


def _corpus() -> list[tuple[bytes, str | None]]:
    pages = []
    for folder in sorted((ROOT / "corpus" / "html").iterdir()):
        if (folder / "page.html").is_file():
            case = (
                json.loads((folder / "case.json").read_text(encoding="utf-8"))
                if (folder / "case.json").is_file()
                else {}
            )
            pages.append(((folder / "page.html").read_bytes(), case.get("url")))
    return pages


def _aeb() -> list[tuple[bytes, str | None]]:
    bench = bench_dir()
    if not (bench / "aeb" / "index.jsonl").is_file():
        return []
    return [(page, record.get("url")) for record, page in itertools.islice(bench_pages(bench, "aeb", None), _AEB_PAGES)]


def _tree(data: bytes) -> Any:
    """The tree as ``clean_html`` hands it to htmldate and trafilatura: parsed, scanned, layout tables unwrapped."""
    decoded = decode_html(data)
    root = parse_html(decoded.text, utf8=decoded.utf8)
    assert root is not None
    scan_page(root)
    unwrap_layout_tables(root)
    return root


def _check(pages: list[tuple[bytes, str | None]]) -> None:
    for data, url in pages:
        first = _tree(data)
        before = etree.tostring(first)
        date = weighed_date(first, url)
        assert etree.tostring(first) == before  # htmldate pruned a copy
        text = extract_article(first, url=url)
        assert etree.tostring(first) == before  # trafilatura copied the tree before pruning
        # Each answer is the one the other order gives: trafilatura first on a fresh tree, then htmldate.
        second = _tree(data)
        assert extract_article(second, url=url) == text
        assert weighed_date(second, url) == date


def test_the_date_and_the_text_are_the_same_in_either_order() -> None:
    pages = _corpus()
    assert len(pages) > 10
    _check(pages)


def test_the_date_and_the_text_are_the_same_in_either_order_on_aeb_pages() -> None:
    pages = _aeb()
    if not pages:
        pytest.skip("the AEB pages are not there (BOILERSTRIP_BENCH or ../shared/bench)")
    _check(pages)


def test_clean_html_asks_for_the_date_before_the_extraction(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    real_date, real_extract = weighed_date, extract_article  # the functions clean_html calls, by their home

    def date(root: Any, url: str | None) -> Any:
        calls.append("date")
        return real_date(root, url)

    def extract(root: Any, *, url: str | None = None) -> str | None:
        calls.append("extract")
        return real_extract(root, url=url)

    monkeypatch.setattr(html_stage, "weighed_date", date)
    monkeypatch.setattr(html_stage, "extract_article", extract)
    data, url = _corpus()[0]
    html_stage.clean_html(data, url=url)
    assert calls == ["date", "extract"]
