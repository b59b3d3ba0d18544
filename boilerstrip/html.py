"""HTML front end: extract the article with trafilatura, then run the text pipeline.

trafilatura (and lxml) are imported only here, so ``import boilerstrip``
stays light. The text trafilatura returns becomes the source of the text
stage: removals and ``restore()`` refer to it, not to the HTML.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from boilerstrip.errors import BoilerstripError, InputError
from boilerstrip.metadata import Metadata
from boilerstrip.pipeline import Pipeline
from boilerstrip.result import Result
from boilerstrip.types import Skip


def _import_trafilatura() -> Any:
    try:
        import trafilatura
    except ImportError as exc:  # e.g. lxml_html_clean missing after a broken install
        raise BoilerstripError(
            f"HTML input needs trafilatura and lxml_html_clean ({exc}); install with: pip install boilerstrip"
        ) from exc
    return trafilatura


def extract_text(html: str | bytes, *, url: str | None = None) -> tuple[str | None, dict[str, Any]]:
    """Return trafilatura's plain-text extraction (paragraphs one per line) and its metadata."""
    if not isinstance(html, (str, bytes)):
        raise InputError(f"clean_html() takes str or bytes, not {type(html).__name__}")
    trafilatura = _import_trafilatura()
    doc = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False, favor_precision=False
    )
    if doc is None:
        return None, {}
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    text = data.get("text")
    return (text if isinstance(text, str) else None), data


def clean_html(html: str | bytes, *, url: str | None = None, pipeline: Pipeline | None = None) -> Result:
    """Extract ``html`` with trafilatura and clean the text; page metadata fills the gaps.

    Metadata found in the text (datelines, captions, credits) comes first;
    trafilatura's title, author, date, site name and language fill fields the
    text left empty. If trafilatura finds no article, the result has empty
    text and a ``Skip`` that says so, never ``None``.
    """
    pipe = pipeline or Pipeline.default()
    text, meta = extract_text(html, url=url)
    if text is None:
        return Result(
            text="",
            removed=(),
            metadata=Metadata(),
            skipped=(Skip("html", "NoArticle", "trafilatura found no article text in the page"),),
            flags=("no_article",),
        )
    result = pipe(text, lang=meta.get("language") if isinstance(meta.get("language"), str) else None)
    md = result.metadata
    authors = md.authors
    if not authors and isinstance(meta.get("author"), str):
        authors = tuple(a.strip() for a in meta["author"].split(";") if a.strip())
    # Only the gaps are filled; every other field (present or future) carries over as found in the text.
    filled = dataclasses.replace(
        md,
        title=md.title or _str(meta, "title"),
        description=md.description or _str(meta, "description"),
        site_name=md.site_name or _str(meta, "sitename"),
        date=md.date or _str(meta, "date"),
        authors=authors,
        language=md.language or _str(meta, "language"),
        tags=md.tags or tuple(t for t in (_str(meta, "tags") or "").split(",") if t),
    )
    return Result(
        text=result.text,
        removed=result.removed,
        metadata=filled,
        skipped=result.skipped,
        steps=("html:trafilatura", *result.steps),
        flags=result.flags,
    )


def _str(meta: dict[str, Any], key: str) -> str | None:
    value = meta.get(key)
    return value.strip() or None if isinstance(value, str) else None
