"""The systems the benchmark suite runs: boilerstrip's modes and its peers, each as ``page -> text``.

Every peer is imported inside its own function, so this module (and mypy on
it) works without the ``bench`` extra; only running a peer needs it installed.

Input rule: a system that accepts bytes gets the raw page bytes (as
trafilatura's own evaluation does); one that needs ``str`` gets the page
decoded as a browser would (:func:`scoring.decode_page`). The
decoding is done once per page, before any timing.

A *text mode* system has no extractor of its own: it cleans the output of
another system (its ``base``) with ``boilerstrip.clean``. The suite reuses the
base system's output and time for it, so the two are measured on the very
same text, and adds the cleaning time.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from scoring import bench_text

import boilerstrip
from boilerstrip.cleaners import PageFrame
from boilerstrip.html import TRAFILATURA_SETTINGS


@dataclass(frozen=True)
class PageInput:
    """One benchmark page as every system receives it."""

    record: dict[str, Any]
    html: bytes
    text: str  # decoded as a browser would
    charset: str  # the codec used for ``text``


@dataclass(frozen=True)
class System:
    """A named extractor (``extract``) or a text stage applied to another system's output (``base`` + ``stage``)."""

    name: str
    describe: str
    extract: Callable[[PageInput], str | None] | None = None
    base: str | None = None
    stage: Callable[[str], str] | None = None


def _boilerstrip_html(page: PageInput) -> str:
    return boilerstrip.clean_html(page.html, url=page.record.get("url")).text


def _boilerstrip_clean(text: str) -> str:
    return boilerstrip.clean(text).text if text else ""


_DUMP_PIPELINE = boilerstrip.Pipeline.default().with_(PageFrame(), after="whitespace")


def _boilerstrip_clean_dump(text: str) -> str:
    """Page-dump mode: the default pipeline plus ``PageFrame``, for text converted from a whole page."""
    return _DUMP_PIPELINE(text).text if text else ""


def _trafilatura(page: PageInput) -> str:
    return bench_text(page.html)


def _trafilatura_precision(page: PageInput) -> str | None:
    import trafilatura

    # The benchmark settings plus trafilatura's precision mode, so that only that one switch differs.
    out = trafilatura.extract(page.html, **TRAFILATURA_SETTINGS, favor_precision=True)
    return out if isinstance(out, str) else None


# Block-level tags whose boundaries become line breaks when readability's article HTML is turned into text.
_BLOCKS = frozenset(
    {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "br", "tr", "table"}
    | {"blockquote", "pre", "section", "article", "figure", "figcaption", "hr"}
)


def html_to_lines(fragment: str) -> str:
    r"""Text of an HTML fragment with block elements on their own lines (blank lines dropped).

    The tree is only read, never modified: lxml refuses to re-assign text that
    holds control characters, which real pages do contain.

    >>> html_to_lines("<div><p>One <b>two</b></p><p>three</p>four<br>five<!-- note --></div>")
    'One two\nthree\nfour\nfive'
    >>> html_to_lines("<p>bell\x07 in<!-- c -->side</p>")
    'bell\x07 inside'
    """
    import lxml.html

    root = lxml.html.fromstring(fragment)
    parts: list[str] = []
    # Depth-first with an explicit stack (pages nest deeper than Python's recursion limit);
    # a second visit closes the element and adds its tail.
    stack: list[tuple[Any, bool]] = [(root, False)]
    while stack:
        el, closing = stack.pop()
        element = isinstance(el.tag, str)  # comments and processing instructions carry no text of the page
        parts.append("\n" if element and el.tag.lower() in _BLOCKS else "")
        if closing:
            parts.append(el.tail or "" if el is not root else "")
            continue
        parts.append(el.text or "" if element else "")
        stack.append((el, True))
        stack.extend((child, False) for child in reversed(el))
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def _readability(page: PageInput) -> str:
    from readability import Document

    summary = str(Document(page.html).summary())
    return html_to_lines(summary) if summary.strip() else ""


def _resiliparse(page: PageInput) -> str:
    from resiliparse.extract.html2text import extract_plain_text
    from resiliparse.parse.html import HTMLTree

    tree = HTMLTree.parse_from_bytes(page.html, page.charset, "replace")
    return str(extract_plain_text(tree, main_content=True))


def _boilerpy3(page: PageInput) -> str:
    from boilerpy3 import extractors

    return str(extractors.ArticleExtractor().get_content(page.text))


# jusText stoplist names for the language codes the benchmark pages declare.
_JUSTEXT_LANGS = {
    "en": "English",
    "de": "German",
    "es": "Spanish",
    "fr": "French",
    "pl": "Polish",
    "pt": "Portuguese",
    "ru": "Russian",
    "it": "Italian",
    "id": "Indonesian",
    "ko": "Korean",
    "nl": "Dutch",
    "cs": "Czech",
    "sv": "Swedish",
    "da": "Danish",
    "fi": "Finnish",
    "tr": "Turkish",
    "uk": "Ukrainian",
    "hu": "Hungarian",
    "ro": "Romanian",
    "el": "Greek",
}


def justext_stoplist_name(lang: str | None) -> str:
    """The jusText stoplist for a page's language code (``de-DE`` -> German); English when unknown.

    >>> justext_stoplist_name("de-DE"), justext_stoplist_name("ja"), justext_stoplist_name(None)
    ('German', 'English', 'English')
    """
    code = (lang or "").split("-")[0].split("_")[0].lower()
    return _JUSTEXT_LANGS.get(code, "English")


def _justext(page: PageInput) -> str:
    import justext

    stoplist = justext.get_stoplist(justext_stoplist_name(page.record.get("lang")))
    paragraphs = justext.justext(page.html, stoplist)
    return "\n".join(str(p.text) for p in paragraphs if not p.is_boilerplate)


def _html_text(page: PageInput) -> str:
    import html_text

    return str(html_text.extract_text(page.text))


SYSTEMS: tuple[System, ...] = (
    System(
        "boilerstrip-html",
        "`boilerstrip.clean_html(html_bytes, url=record['url']).text` (trafilatura extraction + cleaning)",
        extract=_boilerstrip_html,
    ),
    System(
        "boilerstrip-text(trafilatura)",
        "trafilatura's text (benchmark settings) then `boilerstrip.clean(text)`; time = extraction + cleaning",
        base="trafilatura",
        stage=_boilerstrip_clean,
    ),
    System(
        "boilerstrip-text(html-text)",
        "`html_text.extract_text` whole-page dump, then the page-dump pipeline (default + `PageFrame`); "
        "time = dump + cleaning",
        base="html-text",
        stage=_boilerstrip_clean_dump,
    ),
    System(
        "trafilatura",
        "`trafilatura.extract(bytes, include_comments=False, include_tables=True, include_formatting=False)`",
        extract=_trafilatura,
    ),
    System(
        "trafilatura(precision)",
        "as above with `favor_precision=True`",
        extract=_trafilatura_precision,
    ),
    System(
        "readability-lxml",
        "`Document(bytes).summary()`, text via lxml `text_content()` with block elements on separate lines",
        extract=_readability,
    ),
    System(
        "resiliparse",
        "`extract_plain_text(HTMLTree.parse_from_bytes(bytes, charset), main_content=True)`",
        extract=_resiliparse,
    ),
    System("boilerpy3", "`ArticleExtractor().get_content(decoded page)`", extract=_boilerpy3),
    System(
        "justext",
        "`justext.justext(bytes, stoplist of the page's lang, else English)`, non-boilerplate paragraphs",
        extract=_justext,
    ),
    System("html-text", "`html_text.extract_text(decoded page)`: the whole page as text", extract=_html_text),
)
