"""The article's frame in a whole-page text dump: where the site's header ends and its footer begins.

A page converted to text whole (html-text, inscriptis, a browser's "save as
text") opens with the site's header and menus and closes with its footers and
sidebars, around one block of prose: the article. :func:`main_block` finds
that block by its prose (the opt-in ``page_frame`` cleaner cuts everything
outside it); :func:`dump_frame` asks more before it calls a text a page dump,
because the default pipeline uses it: the line labeller must read a run of
chrome above the block (a header of menus, which an extractor's output, a
README or a manual does not open with) and must not read the block itself as
chrome (a settings table, an encyclopedia's list of works, a page that is
all teasers).

>>> from boilerstrip.document import Document
>>> menu = [f"Section {i}" for i in range(12)]
>>> story = [f"Paragraph {i} of the story says what the council decided on Monday night." for i in range(6)]
>>> doc = Document(chr(10).join([*menu, "Council backs the budget", *story, "Contact us", "Privacy"]))
>>> scores = [0.9] * 12 + [0.3] + [0.1] * 6 + [0.9, 0.9]
>>> dump_frame(doc, scores)  # the headline right above the first paragraph stays inside
(11, 18)
>>> dump_frame(doc, [0.1] * len(scores)) is None  # nothing above the story reads as chrome
True
"""

from __future__ import annotations

from collections.abc import Sequence

from boilerstrip.document import Document, Line
from boilerstrip.rules.shapes import SPACED_STOPS, UNSPACED_STOPS, prose_like, word_count

#: What one non-prose line costs inside the article block, in characters of prose (:func:`main_block`).
LINE_COST = 30
#: A short sentence at the block's edge (four words or more, ending like a sentence) joins it.
EDGE_SENTENCE_WORDS = 4
_SENTENCE_END = SPACED_STOPS + UNSPACED_STOPS
#: The labeller's score from which a line counts as chrome for the frame's tests.
CHROME_SCORE = 0.5
#: A page dump is long, and the labeller reads at least this share of its lines as chrome.
MIN_LINES = 20
MIN_CHROME_SHARE = 0.5
#: A page dump opens with the site's header: this many lines above the block, at least, read as chrome.
MIN_HEAD_CHROME = 10
#: The block is the article: no more than this share of its lines reads as chrome.
MAX_BLOCK_CHROME = 0.7
#: Lines right above the block's first paragraph that stay inside the frame: the headline, a standfirst,
#: a dateline or a byline sit there, and Kadane's block starts at the first paragraph.
HEAD_MARGIN = 2


def edge_sentence(text: str) -> bool:
    """A short sentence that belongs to the block it borders: four words or more, ending like a sentence.

    >>> edge_sentence("Thanks to everyone who helped."), edge_sentence("Read more")
    (True, False)
    """
    return word_count(text) >= EDGE_SENTENCE_WORDS and text.rstrip()[-1:] in _SENTENCE_END


def main_block(lines: Sequence[Line], prose: Sequence[bool]) -> tuple[int, int]:
    """The run of lines with the highest prose score (Kadane's maximum-sum segment), as positions in ``lines``.

    A prose line is worth its length, any other line costs :data:`LINE_COST`, so a
    subheading between paragraphs stays inside and a menu of twenty items does not.
    """
    best, current, start, best_start, best_end = 0, 0, 0, 0, len(lines) - 1
    for i, line in enumerate(lines):
        score = len(line.text) if prose[i] else -LINE_COST
        if current <= 0:
            current, start = score, i
        else:
            current += score
        if current > best:
            best, best_start, best_end = current, start, i
    return best_start, best_end


def article_block(lines: Sequence[Line], prose: Sequence[bool]) -> tuple[int, int]:
    """:func:`main_block` grown over the short sentences at its edges (:func:`edge_sentence`): the article.

    A short closing (or opening) sentence is still the story.
    """
    first, last = main_block(lines, prose)
    while last + 1 < len(lines) and edge_sentence(lines[last + 1].text):
        last += 1
    while first > 0 and edge_sentence(lines[first - 1].text):
        first -= 1
    return first, last


def dump_frame(doc: Document, scores: Sequence[float | None]) -> tuple[int, int] | None:
    """``Line.index`` of the first and last line of the article's frame when ``doc`` is a page dump, else ``None``.

    ``scores`` are the line labeller's, aligned with ``doc.lines``. The frame is
    :func:`article_block` grown over the :data:`HEAD_MARGIN` lines above it; ``doc`` is a page dump when at least
    :data:`MIN_HEAD_CHROME` lines above the frame score :data:`CHROME_SCORE` or
    more and at most :data:`MAX_BLOCK_CHROME` of the frame's lines do, in a text of
    :data:`MIN_LINES` lines or more of which :data:`MIN_CHROME_SHARE` score as
    chrome.
    """
    lines = doc.content
    if len(lines) < MIN_LINES:
        return None

    def chrome(line: Line) -> bool:
        score = scores[line.index] if line.index < len(scores) else None
        return score is not None and score >= CHROME_SCORE

    if sum(map(chrome, lines)) < MIN_CHROME_SHARE * len(lines):
        return None
    prose = [prose_like(line.text) for line in lines]
    if not any(prose):
        return None
    first, last = article_block(lines, prose)
    first = max(0, first - HEAD_MARGIN)
    block = lines[first : last + 1]
    if sum(map(chrome, block)) > MAX_BLOCK_CHROME * len(block):
        return None
    if sum(map(chrome, lines[:first])) < MIN_HEAD_CHROME:
        return None
    return lines[first].index, lines[last].index
