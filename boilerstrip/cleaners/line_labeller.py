r"""line_labeller: lines the trained line labeller scores as chrome, which no rule names.

Menus, teaser lists, section labels and comment furniture take new forms on
every site; the phrase lists cannot hold them all. The labeller
(:mod:`boilerstrip.labeller`) scores each line from its shape, words, place and
neighbours. This cleaner proposes the lines it scores at or above
``threshold``, as ``model`` evidence: weak evidence, so the gate
(:mod:`boilerstrip.gate`) admits a proposal only above the dial's own bar
(``Config.favor``), outside protected content, and it never proposes a
sentence. A short line it scores as chrome among lines other cleaners cut (the
rest of a menu or a teaser list whose known lines are gone) is proposed as
``chrome_block``, on ``position`` evidence, which the gate treats like any
other weak cut; so is a single such line with cuts right above and right below
it (``lone_chrome``, from a lower score: the cuts on both sides are the
evidence, and the score only must not read the line as content: a counter, a
reading-time stamp or a sponsor row left between a byline's and a share row's
cuts). Below the article of a whole-page text dump
(:func:`boilerstrip.rules.frame.dump_frame`) a sentence it scores as chrome is
proposed too, as ``page_tail_sentence`` on ``frame`` evidence, which the gate
admits only there and only in a page that shows strong chrome: a footer's
"All rights reserved.", a teaser's question, a cookie notice. A paragraph
(:func:`~boilerstrip.rules.shapes.prose_like`) needs ``tail_prose_threshold``.

>>> from boilerstrip.document import Document
>>> prose = "The council approved the new school budget on Tuesday, after a long debate. " * 3
>>> doc = Document("Home\nNews\nSport\nWeather\n\n" + prose)
>>> [c.reason for c in LineLabeller().find(doc)][:1]
['labelled_chrome']
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import ClassVar

import regex

from boilerstrip.cleaners.titles import fused_kicker, named_title_line
from boilerstrip.document import Document
from boilerstrip.guard import is_prose_line
from boilerstrip.labeller import chrome_scores
from boilerstrip.rules.frame import dump_frame
from boilerstrip.rules.kit import cut_line, heads_its_paragraph
from boilerstrip.rules.memo import memo
from boilerstrip.rules.shapes import (
    ends_sentence,
    ends_with_ellipsis,
    prose_like,
    runs_on,
    unpunctuated_sentence,
    word_count,
)
from boilerstrip.types import Cut, Fact, PriorCut

#: The lowest score proposed by default; the dial's bar (``gate.DIALS``) is higher in every setting.
DEFAULT_THRESHOLD = 0.5
#: A list item opens with a bullet or a number; one of the article's lists holds a few words in each. Japanese
#: lists write a middle dot with no space after it ("・静かな余韻が好きな人").
_LIST_ITEM = regex.compile(r"^(?:(?:[-•*–]|\d{1,2}[.)])\s+|・)\S")
MIN_LIST_ITEM_WORDS = 3
#: The lowest score proposed inside a block of chrome (:func:`_chrome_blocks`), as ``position`` evidence.
BLOCK_THRESHOLD = 0.5
#: A view whose lines all score under this may be one the labeller reads blind (``gate.BLIND_MAX_SCORE``): inside a
#: block of chrome its lines are proposed whatever their scores (a Norwegian housing cooperative's menu under its
#: home link, all of it scored 0.02-0.03).
BLIND_SCORE = 0.3
#: The lowest score proposed for a line alone between two earlier cuts (:func:`_between_cuts`), as ``position``
#: evidence. Lower than a block's 0.5 (it was 0.75 until session twenty-one): on the development sets no
#: article line that is no sentence stood right between two cuts, while 34 chrome lines did, many scoring
#: 0.2-0.5 (a sponsor row, a forum signature, a post counter). A subheading between two cuts ends in a colon
#: (left alone) or scores lower.
LONE_THRESHOLD = 0.3
#: The lowest score of a paragraph below a page dump's article proposed as ``frame`` evidence: an "about
#: us" box or a cookie notice reads as chrome with certainty; a closing paragraph of the article does not.
TAIL_PROSE_THRESHOLD = 0.9


@memo
def _sentence(text: str) -> bool:
    """A line the labeller never proposes: prose-like, or a sentence of three words or more.

    Cached per text: every view of every pass asks it of every line, twice where earlier cleaners cut.
    """
    return (
        is_prose_line(text)
        or (ends_sentence(text) and not ends_with_ellipsis(text) and word_count(text) >= 3)
        or unpunctuated_sentence(text)
    )


@dataclass(frozen=True)
class LineLabeller:
    """Propose the lines the line labeller scores as chrome (``threshold`` and up), sentences excepted.

    Below a page dump's article, sentences too (as ``frame`` evidence; paragraphs from ``tail_prose_threshold``).
    """

    name: str = field(default="line_labeller", init=False)
    #: What each reason's cuts rest on (boilerstrip.evidence).
    evidence: ClassVar[Mapping[str, str]] = {
        "labelled_chrome": "model",
        "chrome_block": "position",
        "lone_chrome": "position",
        "page_tail_sentence": "frame",
    }
    version: int = field(default=15, init=False)
    reasons: dict[str, str] = field(
        default_factory=lambda: {
            "labelled_chrome": "a line the trained line labeller scores as chrome; detail=its score",
            "chrome_block": "a line the labeller scores as chrome, among lines other cleaners cut; detail=its score",
            "lone_chrome": "a short line the labeller scores as chrome, alone between two lines other cleaners cut; "
            "detail=its score",
            "page_tail_sentence": "a sentence below a page dump's article the labeller scores as chrome; "
            "detail=its score",
        },
        init=False,
    )
    threshold: float = DEFAULT_THRESHOLD
    #: Inside a block of chrome (:func:`_chrome_blocks`) the cuts around a line are evidence too.
    block_threshold: float = BLOCK_THRESHOLD
    #: A single line between two cuts of other cleaners (:func:`_between_cuts`) is proposed from this score.
    lone_threshold: float = LONE_THRESHOLD
    #: A paragraph below a page dump's article is proposed from this score (a shorter sentence from ``threshold``).
    tail_prose_threshold: float = TAIL_PROSE_THRESHOLD

    def find(self, doc: Document) -> Iterator[Cut]:
        """Propose the non-sentences scoring ``threshold`` or more, and the sentences below a page dump's article."""
        scores = chrome_scores(doc)
        in_block = _chrome_blocks(doc)
        lines = doc.content
        frame = dump_frame(doc, scores)
        # Below a page dump's article (the gate checks the page shows strong chrome too) the footer's sentences
        # are the site's, not the story's.
        tail_after = frame[1] if frame is not None else len(doc.lines)
        # The headline, when the titles cleaner read no head: cut here on the labeller's evidence, it is still the
        # page's title (metadata), not a nameless line. Asked only when a cut is proposed (most views have none).
        headline: list[int | None] = []
        # No line scoring under every bar below is proposed, whatever it reads like: most lines of most views,
        # passed over before the questions about their words (a page of short lines asks them of every line).
        floor = min(self.threshold, self.block_threshold, self.lone_threshold, self.tail_prose_threshold)
        # A view whose every line scores under BLIND_SCORE may be read blind (gate.reads_blind): the labeller's
        # "content" then says nothing, and inside a block of chrome the cuts around a line are the evidence. Such a
        # line is proposed whatever its score; the gate admits it only where the page's strong lines lift the
        # labeller's veto, and holds it as content everywhere else.
        blind = bool(in_block) and all(s is None or s < BLIND_SCORE for s in scores)
        for k, line in enumerate(lines):
            score = scores[line.index]
            # A sentence (a long line with sentence punctuation, or three words or more ending like one) is
            # prose in almost every case the labeller gets wrong; chrome that is a sentence has a phrase.
            # So is a heading that the paragraph under it names again ("Comments" in a manual).
            if score is None or not (score >= floor or (blind and line.index in in_block)):
                continue
            if heads_its_paragraph(lines, k):
                continue
            if _sentence(line.text):
                if line.index > tail_after and score >= (
                    self.tail_prose_threshold if prose_like(line.text) else self.threshold
                ):
                    yield cut_line(line, "page_tail_sentence", detail=f"{score:.2f}")
                continue
            if line.index in in_block and (score >= self.block_threshold or blind):
                reason = "chrome_block"
            elif score >= self.lone_threshold and not line.text.endswith((":", "：")) and _between_cuts(doc, k):
                # A line ending in a colon announces what follows: a subheading between a photo credit and an ad.
                reason = "lone_chrome"
            elif score >= self.threshold:
                reason = "labelled_chrome"
            else:
                continue
            if not headline:
                headline.append(named_title_line(doc))
            if k == headline[0]:
                kicker = fused_kicker(doc, line.text)
                facts: tuple[Fact, ...] = (Fact("title", line.text[len(kicker) :]),)
                if kicker:
                    facts += (Fact("section", kicker),)
            else:
                facts = ()
            yield cut_line(line, reason, *facts, detail=f"{score:.2f}")


#: Cuts in and around a run of short lines that make it a block of chrome (a menu, a teaser list).
MIN_BLOCK_CUTS = 2
#: A menu item, a teaser headline or a name is shorter than this (words).
MAX_BLOCK_WORDS = 12


def _list_item(text: str) -> bool:
    """An item of the article's own list ("- 150 g rolled oats", "2. Stir everything together"), not a menu's.

    An item and the line over it (a heading, a sentence ending in a colon) end a block: a menu's bullets
    hold a word or two, a recipe's or a report's hold several.
    """
    return _LIST_ITEM.match(text) is not None and word_count(text) >= MIN_LIST_ITEM_WORDS


def _cut_between(removed: Mapping[int, Sequence[PriorCut]], first: int, last: int, lo: int, hi: int) -> bool:
    """An earlier cut (not formatting) at ``lo``..``hi``, which lie in the lines ``first``..``last``."""
    return any(lo <= p.at <= hi and not p.formatting for i in range(first, last + 1) for p in removed.get(i, ()))


def _between_cuts(doc: Document, k: int) -> bool:
    r"""Whether other cleaners cut a line right above ``doc.content[k]`` and a line right below it.

    A related list, a comment's footer or a date strip loses its known lines to the phrase and form rules
    and leaves a single line between their cuts: a counter, a teaser headline, a reading-time stamp. The
    article's own short lines (a subheading, a list's colon line) stand between paragraphs it keeps.

    >>> text = "Body of the story here.\n4 replies · Page 1 of 1\nNext line of the story.\n"
    >>> above, below = (PriorCut(text.index(s), "ui_strings", "comment_ui") for s in ("4 r", "Next"))
    >>> _between_cuts(Document(text, prior=(above, below)), 1), _between_cuts(Document(text, prior=(above,)), 1)
    (True, False)
    """
    removed = doc.removed_before_line
    if not removed:
        return False
    lines = doc.content
    line = lines[k]
    # At the view's edge the cut must lie between the line and the edge: the page's masthead and menu above
    # the first line left, its footer below the last.
    if k:
        above = lines[k - 1]
        cut_above = _cut_between(removed, above.index, line.index, above.end, line.start)
    else:
        cut_above = _cut_between(removed, 0, line.index, 0, line.start)
    if not cut_above:
        return False
    if k + 1 < len(lines):
        below = lines[k + 1]
        return _cut_between(removed, line.index, below.index, line.end, below.start)
    return _cut_between(removed, line.index, len(doc.lines), line.end, len(doc.text))


def _chrome_blocks(doc: Document) -> set[int]:
    """Indexes of the lines in runs of two or more non-sentences bordered and broken by earlier cuts.

    A menu, a related list or a comment footer loses its known lines to the
    phrase and form rules; what they leave between those cuts is the rest of
    the same block. A subheading stands alone between paragraphs, so a run of
    one line is never a block.
    """
    removed = doc.removed_before_line
    if not removed or all(p.formatting for p in doc.prior):
        # Only cuts that are not formatting count (``_cut_between``), and a block needs two: with none there is
        # no block, and no need to walk the lines (a view whose only earlier cut is its final line break).
        return set()
    lines = doc.content
    out: set[int] = set()
    run: list[int] = []
    gaps = 0

    def close() -> None:
        if len(run) >= 2 and gaps >= MIN_BLOCK_CUTS:
            out.update(lines[k].index for k in run)

    for k, line in enumerate(lines):
        above = lines[k - 1] if k else None
        gap = _cut_between(removed, above.index if above else 0, line.index, above.end if above else 0, line.start)
        # A sentence ends a block, and so does a long line (a paragraph ending in a colon before a list)
        # and a table row as extractors write one ("| cell | cell |").
        if (
            _sentence(line.text)
            or word_count(line.text) > MAX_BLOCK_WORDS
            or line.text.startswith("|")
            or line.text.endswith("|")
            or _list_item(line.text)
            or (k + 1 < len(lines) and (_list_item(lines[k + 1].text) or runs_on(line.text, lines[k + 1].text)))
        ):
            if run:
                gaps += gap
                close()
            run, gaps = [], 0
            continue
        if not run:
            gaps = int(gap)
        else:
            gaps += gap
        run.append(k)
    if run:
        # A cut after the last line break belongs to no line: Document.removed_before_line files it at len(lines).
        gaps += _cut_between(removed, lines[-1].index, len(doc.lines), lines[-1].end, len(doc.text))
        close()
    return out
