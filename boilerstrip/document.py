r"""The view of the text that cleaners read: the current text, its lines, its language.

A :class:`Document` is rebuilt by the pipeline before each cleaner runs, so
its offsets are always offsets into ``Document.text``. Line splitting follows
``str.splitlines`` (``\n``, ``\r\n``, ``\r``, U+2028...), so a cleaner that
cuts ``line.start`` to ``line.next_start`` removes the line with its break.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cached_property
from operator import attrgetter
from typing import TypeVar

from boilerstrip.types import Fact, PageEvidence, PriorCut

#: The characters ``str.splitlines`` breaks lines at (``\r\n`` counts as one break).
LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
#: Characters stripped from line edges: Unicode whitespace plus invisible
#: zero-width marks and control characters that scrapers leave behind.
ZERO_WIDTH = "\u200b\ufeff\u2060\u00ad" + "".join(map(chr, [*range(0x00, 0x09), *range(0x0E, 0x1C), 0x7F]))
STRIP_CHARS = "".join(chr(c) for c in range(0x3001) if chr(c).isspace()) + ZERO_WIDTH

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Line:
    r"""One line of the view.

    ``start``/``end`` bound the stripped content, ``raw_start``/``next_start``
    bound the whole line including its trailing break.

    >>> doc = Document("  Share \nThe port opened.")
    >>> doc.lines[0].text, doc.lines[0].start, doc.lines[0].next_start
    ('Share', 2, 9)
    """

    index: int
    raw_start: int
    start: int
    end: int
    next_start: int
    text: str

    @property
    def blank(self) -> bool:
        """True for a line with nothing but whitespace."""
        return not self.text


_SET_INDEX, _SET_RAW_START, _SET_START, _SET_END, _SET_NEXT_START, _SET_TEXT = (
    getattr(Line, name).__set__ for name in ("index", "raw_start", "start", "end", "next_start", "text")
)


def new_line(index: int, raw_start: int, start: int, end: int, next_start: int, text: str) -> Line:
    """``Line(index, raw_start, start, end, next_start, text)``, at half the cost.

    A frozen dataclass sets each field through ``object.__setattr__``; the slot
    descriptors set them directly. :attr:`Document.lines` makes one per line of
    every view, and the pipeline makes several views per document.

    >>> new_line(0, 1, 2, 3, 4, "x") == Line(0, 1, 2, 3, 4, "x")
    True
    """
    line: Line = object.__new__(Line)
    _SET_INDEX(line, index)
    _SET_RAW_START(line, raw_start)
    _SET_START(line, start)
    _SET_END(line, end)
    _SET_NEXT_START(line, next_start)
    _SET_TEXT(line, text)
    return line


class Document:
    """The text a cleaner works on, with cached line structure and context.

    ``lang`` is the ISO 639-1 code of the document language (or ``None``);
    ``prior`` lists what earlier cleaners cut, positioned in this view;
    ``facts`` is the metadata earlier cleaners rescued; ``page`` is what the
    HTML page the text came from says about it (``None`` for text input).
    """

    __slots__ = ("__dict__", "_asked", "_derived", "_supplied", "facts", "lang", "page", "prior", "text")

    def __init__(
        self,
        text: str,
        *,
        lang: str | None = None,
        prior: Sequence[PriorCut] = (),
        facts: Sequence[Fact] = (),
        page: PageEvidence | None = None,
    ) -> None:
        self.text = text
        self.lang = lang
        self.prior = tuple(prior)
        self.facts = tuple(facts)
        self.page = page
        self._derived: dict[str, object] = {}
        self._supplied: dict[str, Callable[[Document], object]] = {}
        self._asked: set[str] | None = None

    def supply(self, key: str, compute: Callable[[Document], object]) -> None:
        """Have ``compute`` answer :meth:`derived` for ``key`` on this view, if and when it is first asked.

        The pipeline gives the later views of a pass what the pass's first view
        answered (protection, the labeller's scores) this way: a view that no
        cleaner asks does not pay for the answer.

        >>> doc = Document("One line.")
        >>> doc.supply("lines", lambda d: 7)
        >>> doc.derived("lines", lambda d: len(d.lines))
        7
        """
        if key not in self._derived:
            self._supplied[key] = compute

    def derived(self, key: str, compute: Callable[[Document], T]) -> T:
        """Return ``compute(self)``, computed once per view and ``key``.

        The rule kit keeps what several cleaners ask of the same view here (where
        the body starts, the sites caption echoes name); a view is never edited,
        so the answer holds for its life.

        >>> doc = Document("One line.")
        >>> doc.derived("lines", lambda d: len(d.lines)), doc.derived("lines", lambda d: 99)
        (1, 1)
        """
        if self._asked is not None:
            self._asked.add(key)
        if key not in self._derived:
            self._derived[key] = self._supplied.pop(key, compute)(self)
        return self._derived[key]  # type: ignore[return-value]

    def note_asked(self, on: bool) -> set[str]:
        """Note the keys :meth:`derived` is asked from now on (``on``), or stop noting; return the keys noted.

        The pipeline notes what a cleaner that may read the line labeller's scores asked of a view: when it
        asked nothing a pass finds afresh, its cuts depend on the view alone (see ``Pipeline._found``).
        A key counts as asked whether its answer was computed then or earlier.

        >>> doc = Document("One line.")
        >>> _ = doc.derived("early", lambda d: 1)
        >>> _ = doc.note_asked(True)
        >>> _ = doc.derived("early", lambda d: 1), doc.derived("late", lambda d: 2)
        >>> sorted(doc.note_asked(False))
        ['early', 'late']
        """
        asked = self._asked if self._asked is not None else set()
        self._asked = set() if on else None
        return asked

    @cached_property
    def lines(self) -> tuple[Line, ...]:
        """All lines of the view, blank ones included."""
        return _split_lines(self.text, ())

    @cached_property
    def content(self) -> tuple[Line, ...]:
        """The non-blank lines, in order."""
        return tuple(line for line in self.lines if line.text)

    @cached_property
    def line_starts(self) -> list[int]:
        """Where each line begins (``Line.raw_start``), for finding a position's line with ``bisect``."""
        return [line.raw_start for line in self.lines]

    @cached_property
    def removed_before_line(self) -> dict[int, list[PriorCut]]:
        """Map a line index to the earlier cuts positioned at that line's start or inside it."""
        out: dict[int, list[PriorCut]] = {}
        if not self.prior:
            return out
        starts = self.line_starts
        end = self.lines[-1].next_start
        for p in self.prior:
            # A cut after the last line break belongs to no line: index len(lines).
            idx = len(starts) if p.at >= end > self.lines[-1].end else max(bisect_right(starts, p.at) - 1, 0)
            out.setdefault(idx, []).append(p)
        return out

    def facts_for(self, key: str) -> list[Fact]:
        """Return the facts rescued so far under ``key``."""
        return [f for f in self.facts if f.key == key]


def _split_lines(text: str, head: tuple[Line, ...]) -> tuple[Line, ...]:
    """The lines of ``text``: ``head`` (its first lines, already made), then the rest of it split."""
    # Views are rebuilt after every cleaner that cuts, so this runs several times per
    # document: str.splitlines does the scan in C, and each piece ends in at most one break.
    out = list(head)
    pos = head[-1].next_start if head else 0
    strip = STRIP_CHARS
    make = new_line
    # A text with no line at all is one empty line; what follows the head may hold none.
    pieces = text[pos:].splitlines(keepends=True) or ([] if head else [""])
    for index, piece in enumerate(pieces, start=len(head)):
        body = piece.rstrip(LINE_BREAKS)
        left = body.lstrip(strip)
        content = left.rstrip(strip)
        start = pos + len(body) - len(left)
        end = pos + len(piece)
        out.append(make(index, pos, start, start + len(content), end, content))
        pos = end
    return tuple(out)


_NEXT_START = attrgetter("next_start")


def carry_lines(doc: Document, base: Document, same_until: int) -> None:
    r"""Give ``doc`` the lines of ``base`` that end before offset ``same_until``, if the texts agree up to there.

    The pipeline makes a new view after every cleaner that cuts; the text before the first cut is the
    previous view's, and so are the lines that end before it (a line's end is told by the character after
    it too: "\r" then "\n" is one break). Those lines are shared (frozen values) and only the rest of the
    text is split again. Nothing is given when ``doc``'s lines are made already or ``base``'s are not, nor
    when the texts differ before ``same_until`` after all.

    >>> base = Document("Share\nThe port opened.\nMore\n")
    >>> base.lines[-1].text
    'More'
    >>> view = Document("Share\nThe port opened.\n")
    >>> carry_lines(view, base, 23)
    >>> view.lines == Document(view.text).lines, view.lines[0] is base.lines[0], view.lines[1] is base.lines[1]
    (True, True, False)
    """
    if "lines" in doc.__dict__ or "lines" not in base.__dict__:
        return
    old, new = base.text, doc.text
    if new == old:
        doc.__dict__["lines"] = base.lines
        return
    until = min(same_until, len(old), len(new))
    if not new.startswith(old[:until]):
        return
    keep = bisect_left(base.lines, until, key=_NEXT_START)  # the lines that end before ``until``
    if keep:
        doc.__dict__["lines"] = _split_lines(new, base.lines[:keep])
