"""page_frame: for a whole-page text dump, everything outside the article's block of prose."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import ClassVar

from boilerstrip.document import Document
from boilerstrip.rules.frame import article_block
from boilerstrip.rules.kit import cut_line
from boilerstrip.rules.shapes import prose_like, word_count
from boilerstrip.types import Cut


@dataclass(frozen=True)
class PageFrame:
    r"""Keep only the page's main block of prose when the input is a whole-page text dump.

    Text converted from a whole page (html-text, inscriptis, a browser's
    "save as text") carries the menus, footers and sidebars as runs of short
    lines around the article. Such a text is recognised by its shape: forty
    lines or more (``min_lines``), two in five of them three words or shorter
    (menu items, labels; ``min_short_share``), and at least one and a half
    lines that are not prose for every line that is (``frame_ratio``). Then
    the block with the most prose is kept, each line that is not prose
    costing 30 characters inside it (a subheading or a
    caption between paragraphs costs less than the paragraphs around it are
    worth; a menu of twenty items costs more than a teaser is worth). Short
    sentences right at its edges (four words or more, ending like a sentence)
    join it, and the lines before and after it are cut.

    Not in the default pipeline: an extractor's output sometimes has that
    shape too (a live blog's minute-by-minute lines, a course catalogue), and
    there the block rule drops real text (the figures are in
    docs/measurements.md). Add it when the input is known to be a page dump::

        pipe = Pipeline.default().with_(PageFrame(), after="whitespace")

    >>> menu = "\n".join(f"Section {i}" for i in range(60))
    >>> article = "\n".join(f"Paragraph {i} of the story says what the council decided on Monday." for i in range(8))
    >>> cuts = list(PageFrame().find(Document(menu + "\n" + article + "\nContact us\nPrivacy")))
    >>> len(cuts), sorted({c.reason for c in cuts})
    (62, ['after_main_text', 'before_main_text'])
    """

    min_lines: int = 40
    min_short_share: float = 0.4
    frame_ratio: float = 1.5
    name: str = field(default="page_frame", init=False)
    #: What each reason's cuts rest on (boilerstrip.evidence); a cut may name its own.
    evidence: ClassVar[Mapping[str, str]] = {"before_main_text": "block", "after_main_text": "block"}
    version: int = field(default=1, init=False)
    reasons: dict[str, str] = field(
        default_factory=lambda: {
            "before_main_text": "a page dump's line above the article's block of prose (menus, header)",
            "after_main_text": "a page dump's line below the article's block of prose (footer, sidebars)",
        },
        init=False,
    )

    def find(self, doc: Document) -> Iterator[Cut]:
        """Propose cuts for the lines outside the main block, when the text is a page dump."""
        lines = doc.content
        prose = [prose_like(line.text) for line in lines]
        n_prose = sum(prose)
        if len(lines) < self.min_lines or not n_prose or len(lines) - n_prose < self.frame_ratio * n_prose:
            return
        if sum(1 for line in lines if word_count(line.text) <= 3) < self.min_short_share * len(lines):
            return  # long lists (standings, track lists) in an extracted article: not menus
        first, last = article_block(lines, prose)
        for line in lines[:first]:
            yield cut_line(line, "before_main_text")
        for line in lines[last + 1 :]:
            yield cut_line(line, "after_main_text")
