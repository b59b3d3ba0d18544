"""The HTML parser keeps no table of element ids (``collect_ids=False``, issue 11): the same tree, the same results.

Filling the table, and again in each copy trafilatura and htmldate make of the tree, cost 2% of ``clean_html``
on the AEB pages; nothing reads it. These tests parse pages both ways and compare the trees, and run
``clean_html`` with a parser that collects ids against the shipped one.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from lxml import etree

import boilerstrip
from boilerstrip.html import dom
from boilerstrip.rules import memo

ROOT = Path(__file__).resolve().parent.parent


def _pages() -> list[bytes]:
    pages = [p.read_bytes() for p in sorted((ROOT / "corpus" / "html").glob("*/page.html"))]
    # Ids repeated, on every kind of element, in the head too, and an id() a page's own script might name.
    pages.append(
        b'<html><head><title id="t">T</title><meta id="m" name="x" content="y"></head><body id="b">'
        b'<div id="a"><p id="a">One paragraph of text, long enough to be read as an article by the extractor.</p>'
        b'<p id="a">Another paragraph of the same article, with more words in it than a caption holds.</p></div>'
        b'<section id="s1"><h2 id="h">Related</h2><ul id="l"><li id="i1">Item</li><li id="i1">Item</li></ul></section>'
        b"<script>document.getElementById('a')</script></body></html>"
    )
    return pages


def _collecting_parser() -> Any:
    parser = etree.HTMLParser(
        encoding="utf-8", no_network=True, remove_comments=True, remove_pis=True, default_doctype=False
    )
    parser.set_element_class_lookup(dom._element_classes())
    return parser


def test_the_parser_collects_no_ids() -> None:
    # XPath's id() reads the table: empty without it. Nothing in this package, trafilatura or htmldate calls it.
    from lxml import html as lxml_html

    data = b'<html><body><p id="x">One.</p></body></html>'
    shipped = dom.parse_html(data.decode(), utf8=data)
    assert shipped is not None and shipped.xpath("id('x')") == []
    assert len(lxml_html.document_fromstring(data, parser=_collecting_parser()).xpath("id('x')")) == 1


def test_the_trees_are_the_same_with_and_without_the_id_table() -> None:
    collecting = _collecting_parser()
    from lxml import html as lxml_html

    for data in _pages():
        shipped = dom.parse_html(data.decode("utf-8", "replace"), utf8=data)
        reference = lxml_html.document_fromstring(data, parser=collecting)
        assert etree.tostring(shipped, encoding="unicode") == etree.tostring(reference, encoding="unicode")
        assert [type(e) for e in shipped.iter()] == [type(e) for e in reference.iter()]


def test_clean_html_gives_the_same_results_with_the_id_table(monkeypatch: pytest.MonkeyPatch) -> None:
    pages = _pages()
    memo.clear()
    shipped = [boilerstrip.clean_html(p).to_dict() for p in pages]
    monkeypatch.setattr(dom._PARSERS, "parser", _collecting_parser())
    memo.clear()
    assert [boilerstrip.clean_html(p).to_dict() for p in pages] == shipped
