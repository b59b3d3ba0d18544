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
>>> is_prose_line("港口将于五月开放，官员表示，工程已经基本完成，预计明年全面投入使用。")
True
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
from boilerstrip.rules.distinct import none_may
from boilerstrip.rules.memo import memo
from boilerstrip.rules.shapes import UNSPACED_STOPS
from boilerstrip.types import Cut

#: A prose-like line is at least this wide (stripped): code points, with wide (CJK) ones counted twice.
MIN_PROSE_CHARS = 60
#: Sentence-ending punctuation: Latin-style marks count only before a space, a closing quote or
#: the end (so the dots of "16.09.2024" or "example.com" do not); CJK, Arabic, Devanagari, Urdu and other
#: scripts' full stops (``shapes.UNSPACED_STOPS``) count anywhere.
# Written to open with one class of every mark (then which kind it was, by a look-behind), so that re skips
# ahead to the marks: the same matches as "[.!?…](?=[\\s\"'”’»)]|$)|[。！？؟।॥]", 1.8x faster to search.
_PUNCTUATION = re.compile(f"[.!?…{UNSPACED_STOPS}](?:(?<=[.!?…])(?=[\\s\"'”’»)]|$)|(?<=[{UNSPACED_STOPS}]))")
# CJK ideographs, kana, hangul and fullwidth forms carry about two Latin letters' worth of text each.
_WIDE = re.compile("[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60]")


@memo
def is_prose_line(text: str) -> bool:
    """True for a line that reads as running prose: long, with sentence punctuation."""
    if len(text) < MIN_PROSE_CHARS // 2 or _PUNCTUATION.search(text) is None:
        return False
    return len(text) >= MIN_PROSE_CHARS or len(text) + len(_WIDE.findall(text)) >= MIN_PROSE_CHARS


def prose_lines(doc: Document) -> list[Line]:
    """The prose-like lines of ``doc``, in order."""
    if none_may(doc, is_prose_line):
        return []  # asked once per distinct text: a page of short lines repeats its texts
    return [line for line in doc.content if is_prose_line(line.text)]


def _visible(text: str) -> int:
    # Whitespace does not count: normalising spaces inside a paragraph loses no prose. In printable text
    # the plain space is the only whitespace (shapes.split_count), counted without building the words.
    if text.isprintable():
        return len(text) - text.count(" ")
    return len("".join(text.split()))


def prose_size(lines: Sequence[Line]) -> int:
    """Non-whitespace characters in ``lines`` (the measure the guard compares against).

    ``sum(_visible(line.text) for line in lines)``, counted on the lines joined in one string: whitespace
    is told character by character, so joining them changes no count.
    """
    return _visible("".join([line.text for line in lines]))


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
