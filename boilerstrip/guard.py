r"""The prose-loss guard: how much of a document's running prose a set of cuts would remove.

Chrome is short or unpunctuated: buttons, credits, headlines, datelines. A
line that is long *and* carries sentence punctuation is almost always article
prose, so a cleaner that would remove a large share of such lines is more
likely broken (or misconfigured) than right. The pipeline holds back its cuts
(see ``Config.max_prose_loss`` and ``Config.max_total_prose_loss``).

>>> is_prose_line("The council approved the new school budget on Tuesday, after a long debate.")
True
>>> is_prose_line("Share on Facebook")
False
>>> doc = Document("Share\nThe council approved the new school budget on Tuesday, after a long debate.")
>>> lines = prose_lines(doc)
>>> prose_size(lines)
63
>>> prose_removed(doc.text, lines, [Cut(0, 6, "x")]), prose_removed(doc.text, lines, [Cut(6, 10, "x")])
(0, 3)
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from boilerstrip.document import Document, Line
from boilerstrip.types import Cut

#: A prose-like line has at least this many code points (stripped).
MIN_PROSE_CHARS = 60
#: Sentence punctuation across the scripts the lexicon covers (Latin, CJK, Arabic, Devanagari...).
SENTENCE_PUNCTUATION = ".!?;:…。！？；：،؛؟।॥"
_PUNCTUATION = re.compile("[" + re.escape(SENTENCE_PUNCTUATION) + "]")


def is_prose_line(text: str) -> bool:
    """True for a line that reads as running prose: long, with sentence punctuation."""
    return len(text) >= MIN_PROSE_CHARS and _PUNCTUATION.search(text) is not None


def prose_lines(doc: Document) -> list[Line]:
    """The prose-like lines of ``doc``, in order."""
    return [line for line in doc.content if is_prose_line(line.text)]


def _visible(text: str) -> int:
    # Whitespace does not count: normalising spaces inside a paragraph loses no prose.
    return len("".join(text.split()))


def prose_size(lines: Sequence[Line]) -> int:
    """Non-whitespace characters in ``lines`` (the measure the guard compares against)."""
    return sum(_visible(line.text) for line in lines)


def prose_removed(text: str, lines: Sequence[Line], cuts: Sequence[Cut]) -> int:
    """Count the non-whitespace characters of ``lines`` (prose-like lines of ``text``) that ``cuts`` remove.

    ``cuts`` must be sorted and non-overlapping (as ``check_cuts`` returns
    them). One sweep over lines and cuts: linear time.
    """
    removed = 0
    i = 0
    for cut in cuts:
        while i < len(lines) and lines[i].end <= cut.start:
            i += 1
        j = i
        while j < len(lines) and lines[j].start < cut.end:
            removed += _visible(text[max(cut.start, lines[j].start) : min(cut.end, lines[j].end)])
            j += 1
    return removed
