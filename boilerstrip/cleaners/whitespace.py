"""whitespace: the final normal form: one paragraph per line, single spaces, no invisible characters."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field

from boilerstrip.document import LINE_BREAKS, Document
from boilerstrip.rules.distinct import none_may
from boilerstrip.types import FORMATTING, Cut

_INVISIBLE = "\u200b\ufeff\u2060\u00ad\x00-\x08\x0e-\x1b\x7f"
# Runs of horizontal whitespace (NBSP, tabs, ideographic space...) mixed with
# invisible and control characters.
_RUN = re.compile(rf"(?:[^\S\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]|[{_INVISIBLE}])+")
_HAS_SPACE = re.compile(r"\s")
_IDEOGRAPHIC_SPACE = "\u3000"
# Any whitespace other than a plain space or a line break, or an invisible or control
# character. Spelled as one positive class (every other character str.isspace accepts,
# which is what \s means; all of them lie below U+3001) so re scans for it in a tight
# loop instead of trying a two-branch match at every position of every line.
_ODD_SPACES = "".join(c for c in map(chr, range(0x3001)) if c.isspace() and c not in " " + LINE_BREAKS)
_ODD = re.compile(f"[{re.escape(_ODD_SPACES)}{_INVISIBLE}]")


#: The longest mean line (characters) for which :meth:`Whitespace.find` tries its shortcut: the shortcut's test
#: took 6 ns a character on the AEB texts and the loop 0.6 µs a line, the same at about 100 characters a line.
_SHORTCUT_LINE = 64


def _normal_but_the_end(text: str) -> bool:
    r"""Whether :meth:`Whitespace.find` cuts nothing in ``text`` but its final break, drop capitals aside.

    Every line break is ``\n`` and every whitespace character a plain space once the text, its breaks set
    aside, is printable (every other break and strip character is not: ``tests/test_whitespace_speed.py``); then
    no two spaces in a row (no inner run), no blank line (no break at the start, none right after another) and
    no space at a line's edge leave each line as it is. One scan of the text each, instead of a step per line.

    >>> _normal_but_the_end("One two.\nThree.\n"), _normal_but_the_end("One\n\nTwo"), _normal_but_the_end("One \nTwo")
    (True, False, False)
    """
    # The searches for two characters first: the test of every character's class only where they find nothing.
    return (
        "  " not in text
        and "\n\n" not in text
        and "\n " not in text
        and " \n" not in text
        and not text.startswith((" ", "\n"))
        and not text.endswith(" ")
        and text.replace("\n", "").isprintable()
    )


def _has_odd(text: str) -> bool:
    r"""Whether ``text`` holds an odd space or an invisible character (``_ODD``).

    Every such character is unprintable (checked over every code point in
    ``tests/test_speed_equivalence.py``): a text printable once its line breaks
    ``\n`` are set aside holds none, told by one scan instead of the search.
    """
    if text.replace("\n", "").isprintable():
        return False
    return _ODD.search(text) is not None


@dataclass(frozen=True)
class Whitespace:
    r"""Normalise whitespace, recording each change like any other cut.

    Blank lines go, lines are stripped, inner runs of spaces become one space,
    every line break becomes ``\n``, invisible and control characters go. One
    ideographic space (U+3000) between two characters stays: Japanese and
    Chinese texts set a headline's parts and a list's columns apart with it.
    The default pipeline runs it first, so every other cleaner reads the text
    in the form it will be returned in, and once more last (as
    ``final_whitespace``) to tidy the edges that other cuts leave.

    >>> import boilerstrip
    >>> boilerstrip.clean("  One\u00a0 two.\r\n\r\nThree four five.  ").text
    'One two.\nThree four five.'
    """

    name: str = "whitespace"
    #: Collapse runs of spaces inside lines. The first pass keeps them: a run
    #: of spaces between menu items is a signal other cleaners read.
    collapse_inner: bool = True
    version: int = field(default=4, init=False)
    #: Its cuts are formatting, not chrome: rules looking for chrome next to a line ignore them.
    role: str = field(default=FORMATTING, init=False)
    reasons: dict[str, str] = field(
        default_factory=lambda: {
            "blank_line": "an empty or whitespace-only line",
            "edge_space": "spaces at the start or end of a line",
            "inner_space": "a run of spaces, tabs or non-breaking spaces inside a line (not one ideographic space)",
            "invisible": "zero-width, soft-hyphen and control characters",
            "line_break": "a line break other than \\n (\\r\\n, \\r, U+2028...)",
            "final_break": "the line break after the last line",
            "drop_cap": "the break after a drop capital on its own line, joining it to the rest of its word",
        },
        init=False,
    )

    def find(self, doc: Document) -> Iterator[Cut]:
        """Propose cuts that bring the text to its normal form."""
        text = doc.text
        drop_caps = _drop_caps(doc)
        if not drop_caps and len(text) < _SHORTCUT_LINE * len(doc.lines) and _normal_but_the_end(text):
            # Normal already (after the first pass, most texts): only a final break to cut, on the last line, which
            # holds text (no blank line). Asked of texts of short lines only: the test reads every character a few
            # times, the loop below takes a step per line, and on lines of a paragraph's length the loop costs less.
            if text.endswith("\n"):
                yield Cut(len(text) - 1, len(text), "final_break")
            return
        last_content = next((ln.index for ln in reversed(doc.lines) if ln.text), -1)
        # One scan of the whole text decides whether any line can hold an inner run at all
        # (after the first pass, and on most inputs, none does).
        inner = "  " in text or _has_odd(text)
        for line in doc.lines:
            if not line.text:
                if line.next_start > line.raw_start:
                    yield Cut(line.raw_start, line.next_start, "blank_line")
                continue
            if line.start > line.raw_start:
                yield Cut(line.raw_start, line.start, "edge_space")
            if inner:
                yield from self._inner(text, line.start, line.end, collapse=self.collapse_inner)
            break_start = line.end
            raw_end = line.next_start
            # Trailing spaces and the break itself.
            tail_end = raw_end
            while tail_end > break_start and text[tail_end - 1] in "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029":
                tail_end -= 1
            if tail_end > break_start:
                yield Cut(break_start, tail_end, "edge_space")
            brk = text[tail_end:raw_end]
            if line.index in drop_caps:
                yield Cut(tail_end, raw_end, "drop_cap")
            elif line.index == last_content:
                if brk:
                    yield Cut(tail_end, raw_end, "final_break")
            elif brk and brk != "\n":
                yield Cut(tail_end, raw_end, "line_break", replacement="\n")

    @staticmethod
    def _inner(text: str, start: int, end: int, *, collapse: bool) -> Iterator[Cut]:
        segment = text[start:end]
        if "  " not in segment and not _ODD.search(segment):
            return  # only single plain spaces: nothing to do (most lines)
        for m in _RUN.finditer(segment):
            run = m.group(0)
            if run == " " or run == _IDEOGRAPHIC_SPACE:
                # One ideographic space between two characters is how Japanese and Chinese set a headline's
                # parts and a list's columns apart ("・北部山沿い　70センチ"): the writer's own, kept as typed.
                continue
            if _HAS_SPACE.search(run):
                if not collapse:
                    # Keep the run's width (menus separate items with runs of spaces) but make
                    # every character a plain space and drop the invisible ones.
                    plain = " " * sum(1 for ch in run if ch.isspace())
                    if plain != run:
                        yield Cut(start + m.start(), start + m.end(), "inner_space", replacement=plain)
                    continue
                yield Cut(start + m.start(), start + m.end(), "inner_space", replacement=" ")
            else:
                yield Cut(start + m.start(), start + m.end(), "invisible")


def _capital_alone(text: str) -> bool:
    """Whether ``text`` is one capital letter alone (what a drop capital's line holds).

    >>> _capital_alone("M"), _capital_alone("Me"), _capital_alone("m")
    (True, False, False)
    """
    return len(text) == 1 and text.isupper()


def _drop_caps(doc: Document) -> frozenset[int]:
    r"""Indexes of lines that are a drop capital: one capital letter alone, the rest of its word on the next line.

    A magazine's enlarged first letter ("M" above "ontagmorgen kurz nach sechs…")
    becomes a line of its own in extracted text. The next non-blank line must
    start with a small letter that is not the same letter again, accents aside:
    "A" above "absorption" or "ánh sáng" is a glossary heading, not the start
    of a word, and so are four or more letters alone on their lines. (Blank lines
    between do not keep them apart: they are gone once whitespace is
    normalised, and the next pass would join them then.)

    >>> sorted(_drop_caps(Document("Bridge closed\nM\nontagmorgen war die Brücke gesperrt.\nA\nabsorption: a term.")))
    [1]
    """
    content = doc.content
    if none_may(doc, _capital_alone):
        return frozenset()  # asked once per distinct text: no capital stands alone on a line (most texts)
    # Where the capitals alone on their lines stand: only the line after each is read (most texts have none).
    letters = [k for k, line in enumerate(content) if _capital_alone(line.text)]
    if not letters or len(letters) >= _INDEX_LETTERS:
        return frozenset()  # "A", "B", "C" heading an index's or a glossary's groups: no drop capital among them
    found: set[int] = set()
    for k in letters:
        if k + 1 < len(content):
            letter, rest = content[k].text, content[k + 1].text
            if rest[:1].islower() and _base(rest[0]) != letter.lower():
                found.add(content[k].index)
    return frozenset(found)


#: Capital letters alone on their lines that make a text an index or a glossary: a drop capital opens an
#: article, or one of its two or three parts.
_INDEX_LETTERS = 4


def _base(char: str) -> str:
    """``char`` without its accents: "á" under "A" in an index is the same letter again.

    >>> _base("á"), _base("ø"), _base("o")
    ('a', 'ø', 'o')
    """
    return unicodedata.normalize("NFD", char)[0]
