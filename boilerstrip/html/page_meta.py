r"""Metadata the page declares about itself: JSON-LD, OpenGraph and ``<meta>`` tags, ``<time>``, ``lang``.

Each source gives a :class:`Declared` record; :func:`merge_sources` folds
them, field by field, in a fixed order of trust (see ``docs/html.md``):

1. what the article text itself shows (found by the text cleaners),
2. JSON-LD, the publisher's structured statement about this article,
3. OpenGraph and ``<meta>`` tags, written for link previews,
4. the page structure (``<h1>``, ``<time datetime>``, ``<html lang>``),
5. trafilatura's heuristics.

The first source with a value wins; every different value from a later
source is kept in ``Metadata.conflicts[field]``, so nothing a page declares
is silently dropped.

>>> from boilerstrip.html.dom import parse_html
>>> page = parse_html(
...     '<html lang="de"><head><meta property="og:title" content="Hafen eröffnet">'
...     '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Der Hafen ist offen",'
...     ' "datePublished": "2024-05-06T08:00:00+02:00", "author": {"name": "Ana Ruiz"}}</script></head></html>'
... )
>>> jsonld = from_json_ld(page)
>>> jsonld.title, jsonld.date, jsonld.authors
('Der Hafen ist offen', '2024-05-06', ('Ana Ruiz',))
>>> from_meta_tags(page).title
'Hafen eröffnet'
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, fields
from typing import Any

from boilerstrip.html.dom import normalise
from boilerstrip.metadata import FirstWins

_ISO_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2})")
_ARTICLE_TYPES = frozenset(
    {
        "article",
        "newsarticle",
        "reportagenewsarticle",
        "analysisnewsarticle",
        "opinionnewsarticle",
        "blogposting",
        "report",
        "scholarlyarticle",
        "techarticle",
        "liveblogposting",
        "webpage",
    }
)


@dataclass(frozen=True, slots=True)
class Declared:
    """Metadata fields one source declares; ``None``/empty when it says nothing."""

    title: str | None = None
    description: str | None = None
    site_name: str | None = None
    date: str | None = None
    updated: str | None = None
    authors: tuple[str, ...] = ()
    section: str | None = None
    tags: tuple[str, ...] = ()
    language: str | None = None
    url: str | None = None


def iso_date(value: object) -> str | None:
    """The ``YYYY-MM-DD`` date at the start of a declared timestamp, or ``None``.

    >>> iso_date("2019-11-19T08:30:00Z"), iso_date("yesterday")
    ('2019-11-19', None)
    """
    if not isinstance(value, str):
        return None
    m = _ISO_DATE.match(value.strip())
    return m.group(1) if m else None


def _clean(value: object) -> str | None:
    if isinstance(value, str):
        return normalise(value) or None
    return None


def _names(value: object) -> Iterator[str]:
    """Author names from a JSON-LD ``author`` value: a string, a Person, or a list of either."""
    items = value if isinstance(value, list) else [value]
    for item in items:
        name = _clean(item.get("name")) if isinstance(item, Mapping) else _clean(item)
        # Some sites put the author's profile URL where the name belongs.
        if name and not name.startswith(("http://", "https://")):
            yield name


def _json_objects(root: Any) -> Iterator[Mapping[str, Any]]:
    for script in root.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except (ValueError, RecursionError):
            continue  # a broken block says nothing; the page still gets cleaned
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(reversed(item))
            elif isinstance(item, Mapping):
                graph = item.get("@graph")
                if isinstance(graph, list):
                    stack.extend(reversed(graph))
                yield item


def _types(obj: Mapping[str, Any]) -> set[str]:
    t = obj.get("@type")
    values = t if isinstance(t, list) else [t]
    return {v.lower() for v in values if isinstance(v, str)}


def from_json_ld(root: Any) -> Declared:
    """The first article-like JSON-LD object's fields (``NewsArticle``, ``BlogPosting``...)."""
    objects = list(_json_objects(root))
    article = next((o for o in objects if _types(o) & (_ARTICLE_TYPES - {"webpage"})), None)
    article = article or next((o for o in objects if "webpage" in _types(o) and o.get("headline")), None)
    if article is None:
        return Declared()
    publisher = article.get("publisher")
    keywords = article.get("keywords")
    tags: Iterable[object] = keywords.split(",") if isinstance(keywords, str) else keywords or ()
    section = article.get("articleSection")
    return Declared(
        title=_clean(article.get("headline")) or _clean(article.get("name")),
        description=_clean(article.get("description")),
        site_name=_clean(publisher.get("name")) if isinstance(publisher, Mapping) else None,
        date=iso_date(article.get("datePublished")),
        updated=iso_date(article.get("dateModified")),
        authors=tuple(dict.fromkeys(_names(article.get("author")))),
        section=_clean(section[0] if isinstance(section, list) and section else section),
        tags=tuple(dict.fromkeys(t for t in (_clean(k) for k in tags if isinstance(k, str)) if t)),
        url=_clean(article.get("url")),
    )


def _meta_map(root: Any) -> dict[str, list[str]]:
    """Each ``<meta>`` key (``property``, ``name`` or ``itemprop``, lowered) and its contents as written, in order.

    The contents are not normalised here: :func:`from_meta_tags` reads a few keys of the 30 a page has on
    average, and normalises what it reads (:func:`_values`).
    """
    found: dict[str, list[str]] = {}
    head = root.find("head")
    for meta in (head if head is not None else root).iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        content = meta.get("content")
        if key and content:
            found.setdefault(key, []).append(content)
    return found


def _values(meta: Mapping[str, list[str]], key: str) -> Iterator[str]:
    """The non-empty normalised contents of ``key`` in ``meta`` (:func:`_meta_map`), in order, normalised lazily."""
    for content in meta.get(key, ()):
        value = _clean(content)
        if value:
            yield value


def from_meta_tags(root: Any) -> Declared:
    """OpenGraph, ``article:*``, Dublin Core and plain ``<meta>`` fields."""
    meta = _meta_map(root)

    def first(*keys: str) -> str | None:
        # The first key with a value that is not empty once normalised, and that value.
        return next((value for k in keys for value in _values(meta, k)), None)

    authors = [a for k in ("author", "article:author") for a in _values(meta, k) if not a.startswith("http")]
    # The canonical link is read only where no og:url is declared: it is the fallback.
    url = first("og:url") or next(
        (_clean(link.get("href")) for link in root.iter("link") if link.get("rel") == "canonical"), None
    )
    return Declared(
        title=first("og:title", "twitter:title", "dc.title", "title"),
        description=first("og:description", "description", "twitter:description", "dc.description"),
        site_name=first("og:site_name", "application-name"),
        date=iso_date(first("article:published_time", "datepublished", "dc.date", "date", "pubdate")),
        updated=iso_date(first("article:modified_time", "og:updated_time", "datemodified")),
        authors=tuple(dict.fromkeys(authors)),
        section=first("article:section"),
        tags=tuple(dict.fromkeys(_values(meta, "article:tag"))),
        url=url,
    )


def from_structure(root: Any, headline: str | None) -> Declared:
    """The ``<h1>``, the first ``<time datetime>`` and the ``<html lang>`` of the page."""
    stamp = next((t.get("datetime") for t in root.iter("time") if t.get("datetime")), None)
    lang = (root.get("lang") or root.get("xml:lang") or "").split("-")[0].split("_")[0].strip().lower()
    return Declared(title=headline, date=iso_date(stamp), language=lang or None)


#: The latest publication date :func:`weighed_date` accepts. htmldate's own default is today, which
#: makes the same page give another answer tomorrow; a fixed bound keeps results reproducible.
LATEST_DATE = "2100-12-31"


def weighed_date(root: Any, url: str | None) -> Declared:
    """The publication date htmldate finds by weighing all of the page's date signals, as a source.

    htmldate reads the URL, ``<meta>`` and JSON-LD dates, ``<time>`` elements
    and dates in the page's text, and weighs them against each other (an
    ``updated`` stamp loses to the original date). On the trafilatura set's
    dev half it got the day right on 322 of 371 pages, where our own reading of
    the declared sources and the text got 235 (``benchmarks/metadata_score.py``).
    The tree is left as it was: htmldate prunes a copy of a tree it is given
    (``tests/test_html_date_order.py``), so ``clean_html`` asks before extraction.

    >>> from boilerstrip.html.dom import parse_html
    >>> page = parse_html('<html><head><meta property="article:published_time" content="2024-05-06T10:00"></head>'
    ...                   '<body><p>Text.</p></body></html>')
    >>> weighed_date(page, None).date
    '2024-05-06'
    """
    import htmldate  # comes with trafilatura

    try:
        found = htmldate.find_date(root, extensive_search=True, original_date=True, url=url, max_date=LATEST_DATE)
    except (ValueError, TypeError, AttributeError):  # a page htmldate cannot read gives no date, never a crash
        found = None
    return Declared(date=iso_date(found))


def merge_sources(
    sources: Iterable[Declared], *, conflicts: Mapping[str, Iterable[str]] | None = None
) -> FirstWins[str | tuple[str, ...]]:
    """Fold declared records in order of trust: first value wins, different later values are conflicts.

    A field a source leaves empty says nothing. A list field's values conflict
    as a whole, shown joined by ``"; "``. ``conflicts`` recorded upstream (the
    text's own) come first in each field's list.
    """
    merged = FirstWins[str | tuple[str, ...]](conflicts={k: list(v) for k, v in (conflicts or {}).items()}, show=_shown)
    names = [f.name for f in fields(Declared)]
    for source in sources:
        for name in names:
            value = getattr(source, name)
            if value:
                merged.offer(name, value)
    return merged


def _shown(value: str | tuple[str, ...]) -> str:
    return "; ".join(value) if isinstance(value, tuple) else value
