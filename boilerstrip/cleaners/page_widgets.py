r"""Carry what the DOM stage learnt about an HTML page into the text stage.

For HTML input, :func:`boilerstrip.clean_html` hands the pipeline a
:class:`~boilerstrip.types.PageEvidence` for the page (widget texts by kind,
the texts of the page's prose, its declared headlines, the vetoed widget
kinds). This cleaner reads it from ``Document.page``: it removes an extracted
line when the line is exactly the text of a widget element (a share bar, a
newsletter box, a related list item, a figure caption...) and the same text
does not also appear in the page's prose outside any widget; and the page's
own headline when it opens the extracted text. Working on the extracted text,
not on the tree trafilatura reads, keeps trafilatura's choice of the article
intact: a misjudged widget can cost one line, never the article.

It requires the run input ``page``: on text input there is no page, and the
pipeline does not run it at all.

>>> from boilerstrip.document import Document
>>> from boilerstrip.types import PageEvidence
>>> page = PageEvidence({"Sign up for our newsletter": "newsletter"}, headlines=frozenset({"port opens"}))
>>> doc = Document("Port Opens\nThe port opened on Monday.\nSign up for our newsletter", page=page)
>>> [(c.reason, c.detail) for c in PageWidgets().find(doc)]
[('page_headline', ''), ('widget_text', 'newsletter')]
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import ClassVar

from boilerstrip.document import Document
from boilerstrip.rules.kit import cut_line
from boilerstrip.rules.shapes import normalise_spaces
from boilerstrip.types import Cut, Fact, PageEvidence

_BULLETS = ("- ", "* ", "• ")
_HEADLINE_ZONE = 3  # the headline, when extracted, is among the first content lines
_MAX_KIND_SHARE = 0.3  # of the extracted text; above it trafilatura judged that "widget" the article
_MIN_VETO_CHARS = 400  # a few short widget lines on a short page are still widgets
_SENTENCE_END = ".!?:;…。！？"
_MIN_INLINE_WORDS = 2  # one word ("Share") inside a sentence is too likely an ordinary word
# Only interface widgets are cut inside a line: captions, related headlines and hidden text
# are sentences or names that prose may repeat word for word.
_INLINE_KINDS = frozenset({"share", "newsletter", "login", "consent", "tools", "advertising", "player"})


def widget_kind(widget_texts: Mapping[str, str], protected: frozenset[str], text: str) -> str | None:
    """The widget kind whose element text ``text`` is (a list bullet aside), unless the page's prose has it too."""
    bare = text[2:] if text.startswith(_BULLETS) else text
    kind = widget_texts.get(bare) or widget_texts.get(text)
    return kind if kind and bare not in protected and text not in protected else None


def vetoed_kinds(widget_texts: Mapping[str, str], protected: frozenset[str], text: str) -> frozenset[str]:
    r"""Widget kinds whose lines make up too much of the extracted ``text`` to be chrome on this page.

    A live blog's "comments" are its commentary, a box marked as an ad holds
    the review: when one kind's lines cover more than 30 % of the text (and
    over 400 characters), that kind is left alone on this page.

    >>> lines = [f"Minute {m}: the visitors win a corner on the left side." for m in range(10)]
    >>> sorted(vetoed_kinds(dict.fromkeys(lines, "comments"), frozenset(), "Kick-off.\n" + "\n".join(lines)))
    ['comments']
    """
    covered: dict[str, int] = {}
    total = 0
    for raw in text.splitlines():
        line = normalise_spaces(raw)
        total += len(line)
        kind = widget_kind(widget_texts, protected, line)
        if kind:
            covered[kind] = covered.get(kind, 0) + len(line)
    return frozenset(k for k, n in covered.items() if n > max(_MAX_KIND_SHARE * total, _MIN_VETO_CHARS))


@dataclass(frozen=True)
class PageWidgets:
    """Remove extracted lines that are widget text or the page's headline (HTML input only)."""

    name: str = field(default="page_widgets", init=False)
    #: What each reason's cuts rest on (boilerstrip.evidence); a cut may name its own.
    evidence: ClassVar[Mapping[str, str]] = {
        "widget_text": "widget",
        "widget_text_inline": "widget",
        "page_headline": "declared",
    }
    version: int = field(default=1, init=False)
    #: Runs only when the call supplies the page's evidence (``clean_html`` does).
    requires: tuple[str, ...] = field(default=("page",), init=False)
    provides: tuple[str, ...] = field(default=("title",), init=False)
    reasons: Mapping[str, str] = field(
        default_factory=lambda: {
            "widget_text": "the text of a page widget (share bar, newsletter, related list, caption...); detail=kind",
            "widget_text_inline": "widget text glued between two sentences of a line; detail=kind",
            "page_headline": "the page's headline (h1, og:title, JSON-LD headline) opening the extracted text",
        },
        init=False,
    )

    def find(self, doc: Document) -> Iterator[Cut]:
        """Propose cuts for widget lines and the opening headline."""
        page = doc.page
        if page is None:
            return
        inline = [
            (widget, kind)
            for widget, kind in page.widget_texts.items()
            if kind in _INLINE_KINDS
            and kind not in page.vetoed
            and len(widget.split()) >= _MIN_INLINE_WORDS
            and widget not in page.protected
        ]
        for position, line in enumerate(doc.content):
            text = normalise_spaces(line.text)
            bare = text[2:] if text.startswith(_BULLETS) else text
            if position < _HEADLINE_ZONE and bare.casefold() in page.headlines:
                yield cut_line(line, "page_headline", Fact("title", bare))
                continue
            kind = widget_kind(page.widget_texts, page.protected, text)
            if kind and kind not in page.vetoed:
                yield cut_line(line, "widget_text", detail=kind)
            elif not kind and inline:
                yield from _inline(line.start, line.text, inline)


def page_evidence(
    widget_texts: Mapping[str, str],
    protected: frozenset[str],
    headlines: frozenset[str],
    text: str,
    content_lines: Mapping[str, str] | None = None,
) -> PageEvidence:
    """The evidence of one page for the extracted ``text``, with the widget veto computed once, on that text."""
    vetoed = vetoed_kinds(widget_texts, protected, text)
    return PageEvidence(widget_texts, protected, headlines, vetoed, dict(content_lines or {}))


def _inline(offset: int, line: str, candidates: list[tuple[str, str]]) -> Iterator[Cut]:
    """Widget text an extractor glued between two sentences of a line ("…said. Share on X The…").

    The widget must follow a sentence end and one space, and be followed by a
    space and a capital (or end the line): then it cannot be part of the
    sentences around it. ``candidates`` are the interface widgets' texts.
    """
    spans: list[tuple[int, int, str]] = []
    for widget, kind in candidates:
        start = line.find(widget, 1)
        while start > 1:
            end = start + len(widget)
            after = line[end:]
            opens = line[start - 1] == " " and line[start - 2] in _SENTENCE_END and not line[start - 3].isdigit()
            closes = not after.strip() or (after[:1] == " " and after[1:2].isupper())
            if opens and closes:
                stop = end + 1 if after[:1] == " " else end
                spans.append((start, stop, kind))
            start = line.find(widget, end)
    last = 0
    for start, stop, kind in sorted(spans):
        if start >= last:
            yield Cut(offset + start, offset + stop, "widget_text_inline", detail=kind)
            last = stop
