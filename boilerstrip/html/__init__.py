r"""HTML input: decode, scan the page's structure, extract with trafilatura, clean the text.

The stages, each in its own module:

1. :mod:`~boilerstrip.html.decode` turns bytes into text as a browser would
   and reports the encoding;
2. :mod:`~boilerstrip.html.dom` parses the page once (no network, no
   entities) and finds widgets, figures and related links;
   :mod:`~boilerstrip.html.page_meta` reads JSON-LD, OpenGraph and ``<meta>``;
3. trafilatura extracts the article from the same tree;
4. the text pipeline cleans the extracted text, given the page's evidence
   (:class:`~boilerstrip.types.PageEvidence`) as data: its ``page_widgets``
   cleaner removes lines the DOM stage identified as widget text, and its
   ``titles`` cleaner leaves the head alone when the page declares its headline.

The account (``removed``, ``restore()``) refers to the extracted text, which
the result keeps in ``Result.source``; the widget elements are listed in
``Result.html_removed``. trafilatura and lxml are imported on first use, so
``import boilerstrip`` stays light.
"""

from __future__ import annotations

import dataclasses
from typing import Any, Final, TypedDict

from boilerstrip.binary import binary_kind
from boilerstrip.cleaners.page_widgets import page_evidence
from boilerstrip.errors import BoilerstripError, InputError
from boilerstrip.gcpause import collector_paused
from boilerstrip.html.decode import decode_html
from boilerstrip.html.dom import PageScan, count_elements, parse_html, scan_page, unwrap_layout_tables
from boilerstrip.html.page_meta import (
    Declared,
    from_json_ld,
    from_meta_tags,
    from_structure,
    merge_sources,
    weighed_date,
)
from boilerstrip.html.widgets import split_glued_blocks
from boilerstrip.metadata import Image, Metadata, Related
from boilerstrip.pipeline import Pipeline, binary_result
from boilerstrip.result import Result
from boilerstrip.types import Skip

__all__ = ["TRAFILATURA_SETTINGS", "clean_html", "extract_article"]

_MAX_RELATED = 50


class TrafilaturaSettings(TypedDict):
    """Keyword arguments of ``trafilatura.extract`` that decide which parts of the page make the text."""

    include_comments: bool
    include_tables: bool
    include_formatting: bool


# The one definition of how trafilatura is asked for the article: trafilatura's own evaluation settings
# (tables kept, comments and formatting left out). The benchmarks import it for their trafilatura peer, so
# that the peer and clean_html extract the same text. A TypedDict, not a read-only mapping, so that
# `**TRAFILATURA_SETTINGS` type-checks against trafilatura's annotated signature; never mutate it, build a
# new dict on top of it (`{**TRAFILATURA_SETTINGS, ...}` or extra keyword arguments) for other settings.
TRAFILATURA_SETTINGS: Final[TrafilaturaSettings] = {
    "include_comments": False,
    "include_tables": True,
    "include_formatting": False,
}


def _import_trafilatura() -> Any:
    try:
        import trafilatura
    except ImportError as exc:  # e.g. lxml_html_clean missing after a broken install
        raise BoilerstripError(
            f"HTML input needs trafilatura and lxml_html_clean ({exc}); install with: pip install boilerstrip"
        ) from exc
    return trafilatura


def extract_article(root: Any, *, url: str | None = None) -> str | None:
    """The plain-text article trafilatura extracts (paragraphs one per line) from a parsed page, or ``None``.

    The settings are :data:`TRAFILATURA_SETTINGS`, trafilatura's own evaluation
    settings: tables kept, comments and formatting left out. trafilatura's metadata extraction is
    not run: JSON-LD, OpenGraph and the page structure are read directly,
    which is faster and keeps every source's value (see ``page_meta``).
    """
    trafilatura = _import_trafilatura()
    text = trafilatura.extract(root, url=url, **TRAFILATURA_SETTINGS, with_metadata=False)
    return text if isinstance(text, str) and text.strip() else None


def clean_html(
    html: str | bytes,
    *,
    url: str | None = None,
    pipeline: Pipeline | None = None,
    encoding: str | None = None,
) -> Result:
    """Clean an HTML page: see the module docstring. ``encoding`` is the HTTP header's charset, if known.

    A page with no article gives a result with empty text, the flag
    ``no_article`` and a :class:`~boilerstrip.types.Skip` saying why, never
    ``None``; what the page declares (title, date...) is still returned. The
    limits are the pipeline's (``pipeline.settings.limits``): a
    page longer than ``max_html_chars`` (code points for ``str``, bytes for
    ``bytes``) is not parsed: empty text and the flag ``input_too_large``.
    Binary input (a PDF, an image, an executable: :mod:`boilerstrip.binary`) is
    not parsed either: empty text, the flag ``binary_input`` and a skip naming
    what it looks like. A page of more than ``max_html_elements`` elements is not given to
    trafilatura, whose cost grows with the square of the element count on
    such pages: its text is read from the page's blocks directly (paragraphs,
    headings, list items and loose text outside widgets and page furniture, in
    page order), with the flag ``extractor_fallback``.
    """
    if isinstance(html, bytearray):
        html = bytes(html)
    if not isinstance(html, str | bytes):
        raise InputError(f"clean_html() takes the page as str or bytes, not {type(html).__name__}")
    pipe = pipeline or Pipeline.default()
    max_html_chars = pipe.limits.max_html_chars
    if max_html_chars is not None and len(html) > max_html_chars:
        unit = "bytes" if isinstance(html, bytes) else "characters"
        why = f"HTML has {len(html)} {unit}, over max_html_chars={max_html_chars}: not parsed"
        return _empty(Skip("html", "InputTooLarge", why), ("input_too_large",))
    kind = binary_kind(html)
    if kind is not None and not (encoding and encoding.lower().replace("-", "").startswith("utf16")):
        return binary_result(html, kind, source_kind="html")
    # The collector rests for the whole page, as it does for the text stage (boilerstrip.gcpause): the
    # parse, the scan and trafilatura make a great many short-lived objects, whose collections only walk
    # the heap. trafilatura and htmldate leave a few dozen objects per page in cycles (about 70 on the AEB
    # pages); the collector frees them once it is back on after the page.
    with collector_paused():
        return _clean_page(html, url, pipe, encoding)


def _clean_page(html: str | bytes, url: str | None, pipe: Pipeline, encoding: str | None) -> Result:
    """:func:`clean_html` past its limits and the binary check: decode, parse, scan, extract, clean."""
    max_html_elements = pipe.limits.max_html_elements
    decoded = decode_html(html, encoding=encoding)
    flags = ["encoding_replaced"] if decoded.replaced else []
    root = parse_html(decoded.text, utf8=decoded.utf8)
    if root is None:
        return _no_article(Metadata(), PageScan(), decoded.encoding, flags, "the page has no HTML document")
    elements = count_elements(root)
    too_many = max_html_elements is not None and elements > max_html_elements
    scan = scan_page(root, read_blocks=too_many)
    unwrap_layout_tables(root)
    declared = [from_json_ld(root), from_meta_tags(root), from_structure(root, scan.headline)]
    # htmldate reads the tree now, right after the parse and the walks above: after trafilatura, which copies and
    # prunes the page several times over, the same reads took longer (86 against 72 ms a round of the 181 AEB
    # pages; the processor's caches, most likely). The order is free, neither changes the tree: htmldate prunes a
    # copy of a tree it is given, trafilatura copies it first (tests/test_html_date_order.py).
    weighed = weighed_date(root, url)
    skipped: tuple[Skip, ...] = ()
    if too_many:
        extractor = "html:blocks"
        text = "\n".join(scan.blocks) or None
        skipped = (
            Skip(
                "html",
                "TooManyElements",
                f"page has {elements} elements, over max_html_elements={max_html_elements}: "
                "trafilatura not run, text read from the page's blocks",
            ),
        )
        flags.append("extractor_fallback")
    else:
        extractor = f"html:trafilatura@{_import_trafilatura().__version__}"
        text = extract_article(root, url=url)
    if text is None:
        metadata = _merge_metadata(Metadata(), declared, scan, weighed)
        why = "the page's blocks hold no text" if skipped else "trafilatura found no article text in the page"
        return _no_article(metadata, scan, decoded.encoding, flags, why)
    # Block boundaries the extractor dropped (its fallback joins a short page into one line) come back.
    titles = [d.title for d in declared if d.title]
    text = split_glued_blocks(text, [*scan.protected, *scan.widget_texts, *titles])
    # What the page says about the text goes to the pipeline as data: the page_widgets cleaner reads it,
    # and the titles cleaner leaves the head alone when the page declares its headline.
    evidence = page_evidence(
        scan.widget_texts,
        frozenset(scan.protected),
        frozenset(t.casefold() for t in titles),
        text,
        scan.content_lines,
    )
    result = pipe(text, page=evidence)
    return dataclasses.replace(
        result,
        metadata=_merge_metadata(result.metadata, declared, scan, weighed),
        skipped=(*skipped, *result.skipped),
        steps=(f"html:decode@{decoded.encoding}", "html:dom", extractor, *result.steps),
        flags=(*flags, *result.flags),
        source_kind="html",
        source=text,
        encoding=decoded.encoding,
        html_removed=tuple(n for n in scan.removed if n.kind not in evidence.vetoed),
    )


def _no_article(metadata: Metadata, scan: PageScan, encoding: str, flags: list[str], why: str) -> Result:
    return _empty(Skip("html", "NoArticle", why), (*flags, "no_article"), metadata, scan, encoding)


def _empty(
    skip: Skip,
    flags: tuple[str, ...],
    metadata: Metadata | None = None,
    scan: PageScan | None = None,
    encoding: str | None = None,
) -> Result:
    """A result with no text: why (``skip``), what the page declared, and the widgets found, if it was read."""
    return Result(
        text="",
        removed=(),
        metadata=metadata if metadata is not None else Metadata(),
        skipped=(skip,),
        flags=flags,
        source_kind="html",
        source="",
        encoding=encoding,
        html_removed=tuple(scan.removed) if scan else (),
    )


def _merge_metadata(found: Metadata, declared: list[Declared], scan: PageScan, weighed: Declared) -> Metadata:
    """The page's weighed date first, then text findings, then the page's declarations in order of trust.

    The fields a :class:`Declared` record has are merged first value wins;
    images and related articles the page shows are added after the text's.
    ``weighed`` holds what was decided by weighing all of the page's signals
    (the publication date, :func:`~boilerstrip.html.page_meta.weighed_date`):
    a date line in the text or a ``<time>`` element is one signal among those.
    """
    shared = dataclasses.fields(Declared)
    from_text = Declared(**{f.name: getattr(found, f.name) for f in shared})
    merged = merge_sources([weighed, from_text, *declared], conflicts=found.conflicts)
    images = list(found.images)
    for caption, credit in scan.figures:
        if all(i.caption != caption and (caption or i.credit != credit) for i in images):
            images.append(Image(caption, credit))
    related = list(found.related)
    for title in scan.related[:_MAX_RELATED]:
        if all(r.title != title for r in related):
            related.append(Related(title, None))
    empty = Declared()
    values: dict[str, Any] = {f.name: merged.values.get(f.name, getattr(empty, f.name)) for f in shared}
    return dataclasses.replace(
        found,
        **values,
        images=tuple(images),
        related=tuple(related),
        conflicts={k: tuple(v) for k, v in merged.conflicts.items()},
    )
