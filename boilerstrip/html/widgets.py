r"""The per-page text cleaner that carries what the DOM stage learnt into the text stage.

:func:`boilerstrip.clean_html` builds one :class:`PageWidgets` per page from
:func:`~boilerstrip.html.dom.scan_page` and inserts it into the pipeline right
after whitespace normalisation. It removes an extracted line when the line is
exactly the text of a widget element (a share bar, a newsletter box, a
related list item, a figure caption...) and the same text does not also
appear in the page's prose outside any widget; and the page's own headline
when it opens the extracted text. Working on the extracted text, not on the
tree trafilatura reads, keeps trafilatura's choice of the article intact: a
misjudged widget can cost one line, never the article. And when the lines of
one widget kind would make up more than 30 % of the extracted text, that
kind (over 400 characters) is not chrome on this page: a live blog's
"comments" are its commentary, a box marked as an ad holds the review. Such a
kind is left alone entirely.

>>> from boilerstrip.document import Document
>>> w = PageWidgets({"Sign up for our newsletter": "newsletter"}, frozenset(), frozenset({"port opens"}))
>>> doc = Document("Port Opens\nThe port opened on Monday.\nSign up for our newsletter")
>>> [(c.reason, c.detail) for c in w.find(doc)]
[('page_headline', ''), ('widget_text', 'newsletter')]
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field

from boilerstrip.document import Document
from boilerstrip.html.dom import normalise
from boilerstrip.rules.kit import cut_line
from boilerstrip.types import Cut, Fact

_BULLETS = ("- ", "* ", "• ")
_HEADLINE_ZONE = 3  # the headline, when extracted, is among the first content lines
_MAX_KIND_SHARE = 0.3  # of the extracted text; above it trafilatura judged that "widget" the article
_MIN_VETO_CHARS = 400  # a few short widget lines on a short page are still widgets
_SENTENCE_END = ".!?:;…。！？"
_MIN_BLOCK = 12  # shorter block texts ("Home", "Share") occur inside sentences too often
_MIN_INLINE_WORDS = 2  # one word ("Share") inside a sentence is too likely an ordinary word
# Only interface widgets are cut inside a line: captions, related headlines and hidden text
# are sentences or names that prose may repeat word for word.
_INLINE_KINDS = frozenset({"share", "newsletter", "login", "consent", "tools", "advertising", "player"})


@dataclass(frozen=True)
class PageWidgets:
    """Remove extracted lines that are widget text or the page's headline (one instance per page)."""

    widget_texts: Mapping[str, str]
    protected: frozenset[str]
    headlines: frozenset[str]
    name: str = field(default="page_widgets", init=False)
    version: int = field(default=1, init=False)
    reasons: Mapping[str, str] = field(
        default_factory=lambda: {
            "widget_text": "the text of a page widget (share bar, newsletter, related list, caption...); detail=kind",
            "widget_text_inline": "widget text glued between two sentences of a line; detail=kind",
            "page_headline": "the page's headline (h1, og:title, JSON-LD headline) opening the extracted text",
        },
        init=False,
    )

    def _kind(self, text: str) -> str | None:
        bare = text[2:] if text.startswith(_BULLETS) else text
        kind = self.widget_texts.get(bare) or self.widget_texts.get(text)
        return kind if kind and bare not in self.protected and text not in self.protected else None

    def vetoed_kinds(self, text: str) -> frozenset[str]:
        """Widget kinds whose lines make up too much of ``text`` to be chrome on this page."""
        covered: dict[str, int] = {}
        total = 0
        for raw in text.splitlines():
            line = normalise(raw)
            total += len(line)
            kind = self._kind(line)
            if kind:
                covered[kind] = covered.get(kind, 0) + len(line)
        return frozenset(k for k, n in covered.items() if n > max(_MAX_KIND_SHARE * total, _MIN_VETO_CHARS))

    def find(self, doc: Document) -> Iterator[Cut]:
        """Propose cuts for widget lines and the opening headline."""
        vetoed = self.vetoed_kinds(doc.text)
        inline = [
            (widget, kind)
            for widget, kind in self.widget_texts.items()
            if kind in _INLINE_KINDS
            and kind not in vetoed
            and len(widget.split()) >= _MIN_INLINE_WORDS
            and widget not in self.protected
        ]
        for position, line in enumerate(doc.content):
            text = normalise(line.text)
            bare = text[2:] if text.startswith(_BULLETS) else text
            if position < _HEADLINE_ZONE and bare.casefold() in self.headlines:
                yield cut_line(line, "page_headline", Fact("title", bare))
                continue
            kind = self._kind(text)
            if kind and kind not in vetoed:
                yield cut_line(line, "widget_text", detail=kind)
            elif not kind and inline:
                yield from _inline(line.start, line.text, inline)


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


def split_glued_blocks(text: str, blocks: Iterable[str]) -> str:
    r"""Put back the line breaks an extractor dropped between the page's blocks.

    trafilatura's fallback extraction (short pages) joins paragraphs,
    captions and widgets into one line, which line-based cleaning cannot take
    apart. Where a long line contains two or more of the page's block texts
    (paragraphs, headings, widget texts) one after the other, the space between
    them becomes a line break; nothing else changes. A block boundary needs a
    sentence end before it or a capital after it, so a block quoted inside a
    sentence does not split it.

    >>> split_glued_blocks("Port opens after years of delay The port opened on Monday. Share on X",
    ...                    ["Port opens after years of delay", "The port opened on Monday.", "Share on X"])
    'Port opens after years of delay\nThe port opened on Monday.\nShare on X'
    """
    known = [b for b in blocks if len(b) >= _MIN_BLOCK]
    exact = set(known)
    out: list[str] = []
    for line in text.split("\n"):
        if len(line) < 2 * _MIN_BLOCK or line in exact:
            out.append(line)
            continue
        spans = sorted({(i, i + len(b)) for b in known if len(b) < len(line) and (i := line.find(b)) >= 0})
        breaks: set[int] = set()
        for i, j in spans:
            if i > 1 and line[i - 1] == " " and (line[i - 2] in _SENTENCE_END or line[i].isupper()):
                breaks.add(i - 1)
            if j < len(line) - 1 and line[j] == " " and (line[j - 1] in _SENTENCE_END or line[j + 1].isupper()):
                breaks.add(j)
        # A break inside a longer block (a credit inside its caption) would split that block.
        breaks = {k for k in breaks if not any(i < k < j for i, j in spans)}
        if not breaks or len(spans) < 2:
            out.append(line)
            continue
        chars = list(line)
        for k in breaks:
            chars[k] = "\n"
        out.append("".join(chars))
    return "\n".join(out)
