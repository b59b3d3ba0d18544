"""duplicate_lines: earlier copies of lines that the page shows twice, and truncated teaser copies."""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from itertools import accumulate
from typing import ClassVar

import regex

from boilerstrip.cleaners.datelines import strip_dateline
from boilerstrip.document import Document
from boilerstrip.rules.kit import body_start, cut_line
from boilerstrip.rules.lexicon import interface_line, norm
from boilerstrip.rules.memo import memo
from boilerstrip.rules.shapes import word_count
from boilerstrip.types import Cut

_MIN_WORDS = 4
_NUMBERED = regex.compile(r"\d{1,2}(?:\.\d{1,2})*\.?\s+\p{L}")
_MIN_PREFIX = 40
_OPENING = 3
_PULL_QUOTE_WORDS = 8
_PULL_QUOTE_MAX_WORDS = 40  # lines at the top of the page whose later copy wins
# Pull quotes and teaser copies sit near the paragraph they repeat: on long inputs each line is only
# compared with the lines of its own block and the blocks next to it, which keeps the cost linear.
# Documents of up to _BLOCK lines, more than an article has, are compared as a whole.
_BLOCK = 400


@dataclass(frozen=True)
class DuplicateLines:
    r"""Remove repeated lines: consecutive copies, and opening lines shown again later; truncated copies.

    Only two kinds of repeats are chrome: a line printed twice in a row (a
    widget and its fallback, alt text and caption), and an opening line (title,
    dek) that the body repeats. Other repeats are prose (a question asked of
    several interviewees, a refrain) and stay. Lines shorter than four words
    are never touched.

    >>> from boilerstrip.document import Document
    >>> doc = Document("The port opened on Monday.\nThe port opened on Monday.\nMore text here for you.")
    >>> [c.reason for c in DuplicateLines().find(doc)]
    ['duplicate_line']
    """

    name: str = "duplicate_lines"
    #: What each reason's cuts rest on (boilerstrip.evidence); a cut may name its own.
    evidence: ClassVar[Mapping[str, str]] = {"duplicate_line": "copy", "truncated_copy": "copy", "pull_quote": "copy"}
    version: int = field(default=4, init=False)
    reasons: dict[str, str] = field(
        default_factory=lambda: {
            "duplicate_line": "an earlier copy of a line repeated later on the page",
            "truncated_copy": "a copy cut short with an ellipsis of a line shown in full elsewhere",
            "pull_quote": "a sentence of the article shown again on its own line as a pull quote",
        },
        init=False,
    )

    def find(self, doc: Document) -> Iterator[Cut]:
        """Propose cuts for repeated and truncated lines."""
        # The pipeline runs this cleaner twice (duplicate_lines, late_duplicate_lines); when nothing was cut
        # between them, the second reads the same view, whose cuts are kept on it (they depend on it alone).
        return iter(doc.derived("duplicate_lines.cuts", _repeat_cuts))


def _repeat_cuts(doc: Document) -> tuple[Cut, ...]:
    """What :meth:`DuplicateLines.find` proposes on ``doc``."""
    return tuple(_find_repeats(doc))


def _find_repeats(doc: Document) -> Iterator[Cut]:
    """Propose cuts for repeated and truncated lines (see :class:`DuplicateLines`)."""
    lines = doc.content
    last: dict[str, int] = {}
    keys = []
    for i, line in enumerate(lines):
        # Compared without a leading dateline: "HANOI (Reuters) - X" repeats "X".
        key = norm(strip_dateline(line.text))
        keys.append(key)
        # Table rows ("| Pos | Player |") repeat legitimately from one table to the next,
        # and a Markdown heading repeats its table of contents' entry.
        if word_count(line.text) >= _MIN_WORDS and not line.text.startswith(("|", "#")):
            last[key] = i
    # Interface lines ("Share") go later, in ui_strings; what is next to what, and what opens the
    # page, is judged without them, as a second run would see the text.
    interface = [interface_line(line.text) for line in lines]
    # The opening: the top lines and the first paragraph (a lede shown once as a dek, once in full).
    first = body_start(doc)
    if first == len(lines):
        # No line reads as article prose (a song, a checklist, a manual's table of contents): there
        # is no first paragraph to reach, and the opening is the top lines alone.
        first = -1
    top = content_seen = 0
    while top < len(keys) and (content_seen < _OPENING or top <= first):
        content_seen += not interface[top]
        top += 1
    # A numbered line ("2. Writing an entry") at the top is a table of contents whose entries the
    # headings below repeat, not a title or a dek shown twice.
    opening = {
        keys[i] for i in range(top) if keys[i] in last and last[keys[i]] != i and not _NUMBERED.match(lines[i].text)
    }
    near = _Neighbourhoods(keys)
    following = _next_content_keys(keys, interface)
    for i, line in enumerate(lines):
        key = keys[i]
        repeated = key in last and last[key] != i
        # Every copy but the last of a line that opens the page goes, so a second run finds nothing more.
        if repeated and (following[i] == key or key in opening):
            yield cut_line(line, "duplicate_line")
            continue
        text = line.text.rstrip()
        if text.endswith(("…", "...", "[…]", "[...]")):
            stem = norm(text.rstrip(".…[] "))
            if len(stem) >= _MIN_PREFIX and any(_completes(k, stem) for k in near.full(i) if k != key):
                yield cut_line(line, "truncated_copy")
                continue
        # The opening paragraph is no pull quote, unless a later line repeats it behind an opening
        # of its own ("HANOI (Reuters) - <the same paragraph>"), which a second run would see as a copy.
        if not _quote_sized(key) or line.text.startswith("#"):
            continue  # what inside_longer checks first, without fetching the neighbourhood; a heading is no quote
        if near.inside_longer(i, key) and (i != first or f" {key}\n" in f"{near.body(i)[0]}\n"):
            yield cut_line(line, "pull_quote")


def _next_content_keys(keys: list[str], interface: list[bool]) -> list[str | None]:
    """For each line, the key of the next line that is not interface text ("Share" between two copies)."""
    out: list[str | None] = [None] * len(keys)
    upcoming: str | None = None
    for i in range(len(keys) - 1, -1, -1):
        out[i] = upcoming
        if not interface[i]:
            upcoming = keys[i]
    return out


class _Neighbourhoods:
    """The lines a line is compared with: its block of ``_BLOCK`` lines and the blocks either side."""

    def __init__(self, keys: list[str]) -> None:
        self._keys = keys
        self._cache: dict[int, tuple[str, Counter[str], list[str]]] = {}
        self._by_length: dict[int, tuple[str, list[int], list[int]]] = {}

    def _window(self, i: int) -> tuple[str, Counter[str], list[str]]:
        block = i // _BLOCK
        if block not in self._cache:
            window = self._keys[max(0, (block - 1) * _BLOCK) : (block + 2) * _BLOCK]
            self._cache = {block: ("\n".join(window), Counter(window), [k for k in window if len(k) >= _MIN_PREFIX])}
        return self._cache[block]

    def body(self, i: int) -> tuple[str, Counter[str]]:
        """The neighbourhood joined by newlines, and how often each line occurs in it."""
        body, copies, _ = self._window(i)
        return body, copies

    def full(self, i: int) -> list[str]:
        """The neighbourhood's lines long enough to be the full version of a truncated copy."""
        return self._window(i)[2]

    def inside_longer(self, i: int, key: str) -> bool:
        """Whether ``key``, the key of line ``i``, is a pull quote: of quote size, and inside a longer line near it.

        A pull quote is a line of eight to forty words found word for word inside a longer paragraph.

        Counted in the neighbourhood joined by newlines (``key`` holds no line break, so the count is each line's
        matches), ``key`` occurs more often than the lines equal to it exactly when a line longer than ``key``
        holds it. The neighbourhood's lines are kept longest first, joined, with where each ends: only the longer
        lines are searched, and the search stops at the first match, where counting read the whole neighbourhood
        for every line (``tests/test_speed_equivalence.py`` holds the counting form).
        """
        if not _quote_sized(key):
            return False
        block = i // _BLOCK
        if block not in self._by_length:
            window = sorted(self._keys[max(0, (block - 1) * _BLOCK) : (block + 2) * _BLOCK], key=len, reverse=True)
            ends = list(accumulate(len(k) + 1 for k in window))  # where each line ends in the joined text
            self._by_length = {block: ("\n".join(window), [-len(k) for k in window], ends)}
        joined, lengths, ends = self._by_length[block]
        longer = bisect_left(lengths, -len(key))  # the lines longer than key: the first ``longer`` of them
        return longer > 0 and joined.find(key, 0, ends[longer - 1]) >= 0


@memo
def _quote_sized(key: str) -> bool:
    """A line of eight to forty words: the length of a pull quote (asked of every line by both duplicate cleaners).

    ``key`` is a line's key (:func:`~boilerstrip.rules.lexicon.norm`): its words stand between single plain
    spaces, none at either end, so they are its spaces and one (``len(key.split())``, without the list).

    >>> _quote_sized(norm("One two three four five six seven eight")), _quote_sized(norm("Seven words are too few"))
    (True, False)
    """
    words = key.count(" ") + 1 if key else 0
    return _PULL_QUOTE_WORDS <= words <= _PULL_QUOTE_MAX_WORDS


def _completes(full: str, stem: str) -> bool:
    """``full`` is the line ``stem`` was cut from (maybe without an opening the stem kept)."""
    return full.startswith(stem) or full[:_MIN_PREFIX] in stem
