"""``from_meta_tags`` normalises only the ``<meta>`` contents it reads (issue 11): the same record as before.

The eager form normalised every ``<meta>`` content of the page (30 a page on the AEB set, most of them never
read: viewport, robots, verification keys...) and looked for the canonical link even where ``og:url`` is
declared. These tests keep that form here and compare the two records on the HTML corpus's pages, on the AEB
pages when the benchmark data is there, and on made pages with blank, repeated and URL-valued contents.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from scoring import bench_pages

from boilerstrip.html.decode import decode_html
from boilerstrip.html.dom import parse_html
from boilerstrip.html.page_meta import Declared, _clean, from_meta_tags, iso_date
from tests.shared_data import bench_dir

ROOT = Path(__file__).resolve().parent.parent


def _eager(root: Any) -> Declared:
    """The record as the eager form built it (every content normalised first, the canonical link always read)."""
    meta: dict[str, list[str]] = {}
    head = root.find("head")
    for el in (head if head is not None else root).iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        value = _clean(el.get("content"))
        if key and value:
            meta.setdefault(key, []).append(value)

    def first(*keys: str) -> str | None:
        return next((meta[k][0] for k in keys if k in meta), None)

    authors = [a for a in meta.get("author", []) + meta.get("article:author", []) if not a.startswith("http")]
    canonical = next((_clean(link.get("href")) for link in root.iter("link") if link.get("rel") == "canonical"), None)
    return Declared(
        title=first("og:title", "twitter:title", "dc.title", "title"),
        description=first("og:description", "description", "twitter:description", "dc.description"),
        site_name=first("og:site_name", "application-name"),
        date=iso_date(first("article:published_time", "datepublished", "dc.date", "date", "pubdate")),
        updated=iso_date(first("article:modified_time", "og:updated_time", "datemodified")),
        authors=tuple(dict.fromkeys(authors)),
        section=first("article:section"),
        tags=tuple(dict.fromkeys(meta.get("article:tag", []))),
        url=first("og:url") or canonical,
    )


_MADE = [
    # Blank and whitespace-only contents come before the value: the first value that is not empty wins.
    '<html><head><meta property="og:title" content="  "><meta property="og:title" content=" Le\u00a0port  ouvre ">'
    '<meta name="twitter:title" content="Other"><meta property="og:url" content=" "><link rel="canonical" '
    'href=" https://example.org/a "><meta name="author" content="https://example.org/u"><meta name="author" '
    'content="Ana Ruiz"><meta property="article:author" content="Ana Ruiz"><meta property="article:tag" '
    'content="port"><meta property="article:tag" content=" "><meta property="article:tag" content="port">'
    '<meta property="article:tag" content="ship"></head><body><p>Text.</p></body></html>',
    # Only blank contents under a key: the next key is read (datePublished before DC.date, whatever the order).
    '<html><head><meta property="og:description" content="\t"><meta name="description" content="A port.">'
    '<meta name="DC.Date" content="2024-05-06"><meta itemprop="datePublished" content="2023-01-01">'
    '<meta property="og:url" content="https://example.org/b"><link rel="canonical" href="https://x.org/c">'
    "</head><body></body></html>",
    # No head: the whole page's meta elements; no og:url, no canonical link.
    '<div><meta name="title" content="Loose"><meta property="article:section" content=" Sport "></div>',
    # Neither meta nor link.
    "<html><body><p>Nothing declared.</p></body></html>",
]


def _roots() -> list[Any]:
    pages: list[bytes] = [p.read_bytes() for p in sorted((ROOT / "corpus" / "html").glob("*/page.html"))]
    pages += [page.encode() for page in _MADE]
    roots = []
    for data in pages:
        decoded = decode_html(data)
        root = parse_html(decoded.text, utf8=decoded.utf8)
        if root is not None:
            roots.append(root)
    return roots


def test_the_lazy_record_is_the_eager_one() -> None:
    roots = _roots()
    assert len(roots) > 10
    records = [from_meta_tags(root) for root in roots]
    assert records == [_eager(root) for root in roots]
    made = records[-len(_MADE) :]
    assert made[0].title == "Le port ouvre" and made[0].url == "https://example.org/a"
    assert made[0].authors == ("Ana Ruiz",) and made[0].tags == ("port", "ship")
    assert made[1].description == "A port." and made[1].date == "2023-01-01" and made[1].url == "https://example.org/b"
    assert made[2].title == "Loose" and made[2].section == "Sport" and made[2].url is None
    assert made[3] == Declared()


def test_the_lazy_record_is_the_eager_one_on_the_aeb_pages() -> None:
    bench = bench_dir()
    if not (bench / "aeb" / "index.jsonl").is_file():
        pytest.skip("the AEB pages are not there (BOILERSTRIP_BENCH or ../shared/bench)")
    count = 0
    for _, html in bench_pages(bench, "aeb", None):
        decoded = decode_html(html)
        root = parse_html(decoded.text, utf8=decoded.utf8)
        if root is not None:
            assert from_meta_tags(root) == _eager(root)
            count += 1
    assert count > 100
