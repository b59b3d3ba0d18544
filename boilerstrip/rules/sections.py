"""Section menus: the names of a news site's sections, three or more together.

A section name alone is no chrome: "Sport" heads a club's report, "News" and "Events" a README's sections,
"Saúde" a kicker above a teaser (the title cleaner's and the labeller's business). Together they are a site's
menu, in two shapes:

* a run of three or more consecutive non-blank lines, each a section name of the lexicon's ``[sections]
  names`` (trimmed and case-folded as whole-line phrases are), or three such names and one odd line of three
  words at most (a menu has an item the list lacks: "Cidades / Política / Saúde / Obras");
* one line holding three or more section names and nothing else, kept apart by separators (``|``, ``•``,
  ``·``, ``/``, ``›``, ``»``, ``>``, ``–``) or by runs of two or more spaces ("Inland  Ausland  Sport").

Never a menu: a line of a numbered or lettered list (``1.``, ``a)``), a line ending with a colon (a label
that introduces something), a Markdown heading, a run with a line of more than four words, a run whose items
stand again as lines of their own (a table of contents over its headings) and a row next to a line split the
same way (a text table's header: :func:`table_row`, which ``ui_strings`` asks).

>>> from boilerstrip.rules.lexicon import load_lexicon
>>> section_row("Home | News | Sport | Weather", load_lexicon()), section_row("Home | Contact", load_lexicon())
(True, False)
>>> section_row("| News | Sport | Weather |", load_lexicon())
False
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from boilerstrip.document import Line
from boilerstrip.rules.lexicon import Lexicon, norm
from boilerstrip.rules.shapes import ends_sentence, word_count

#: The fewest section names (or lines of a run) that make a menu.
MIN_ITEMS = 3
#: The most words of a run's line, and of the one odd item a run may hold.
MAX_ITEM_WORDS = 4
MAX_ODD_WORDS = 3
#: The items of a run that, standing again as lines of their own, make it a table of contents.
_CONTENTS_ITEMS = 2
#: The longest line read as a menu item (the longest name has 21 characters).
_MAX_ITEM_CHARS = 60
#: The longest line read as a row of section names.
_MAX_ROW_CHARS = 400

_ROW_SPLIT = re.compile(r"\s*[|•·/›»>–]\s*|\s{2,}")
_ROW_MARK = re.compile(r"[|•·/›»>–]|\s\s")
#: A numbered or lettered list item: "1. ", "12) ", "a) ", "B. ".
_LIST_ITEM = re.compile(r"\s*(?:\d{1,3}|[^\W\d_])[.)]\s")
#: What splits the cells of a text table's rows.
_TABLE_MARKS = ("|", "  ")
_LETTER = re.compile(r"[^\W\d_]")

_NAME, _ODD = "name", "odd"
#: The fewest words of a headline under a menu.
_HEADLINE_WORDS = 4


def section_row(text: str, lex: Lexicon) -> bool:
    """True for one line of three or more section names between separators or runs of spaces."""
    if len(text) > _MAX_ROW_CHARS or not _ROW_MARK.search(text) or _excluded(text):
        return False
    if text.startswith("|") or text.endswith("|"):
        return False  # "| Health | Education | Sport |": a Markdown table's header
    parts = [p for p in _ROW_SPLIT.split(text.strip()) if p]
    return len(parts) >= MIN_ITEMS and all(word_count(p) <= MAX_ITEM_WORDS and lex.section_name(p) for p in parts)


def table_row(lines: Sequence[Line], i: int) -> bool:
    """True when a line next to ``lines[i]`` is split as a text table's rows are, by bars or runs of spaces.

    "Health    Education    Sport" over "450    1200    80" is a table's header, not a menu.
    """
    marks = [m for m in _TABLE_MARKS if m in lines[i].text]
    near = [k for k in (i - 1, i + 1) if 0 <= k < len(lines) and abs(lines[k].index - lines[i].index) == 1]
    return any(m in lines[k].text for k in near for m in marks)


def menu_runs(lines: Sequence[Line], lex: Lexicon) -> list[tuple[int, int]]:
    """The menus among ``lines`` (a document's non-blank lines) as ``(first, past_last)`` positions in it.

    A run whose items come back as lines of their own elsewhere in the document ("Health", "Education" over
    their paragraphs) is the document's table of contents, not a site's menu.
    """
    kinds = [_kind(line.text, lex) for line in lines]
    runs: list[tuple[int, int]] = []
    start, count = 0, len(lines)
    while start < count:
        if not kinds[start]:
            start += 1
            continue
        end = start + 1
        while end < count and kinds[end] and lines[end].index == lines[end - 1].index + 1:
            end += 1
        if end - start >= MIN_ITEMS:
            runs.extend(run for w in _windows(kinds, start, end) if (run := _menu_proper(lines, kinds, w)))
        start = end
    if not runs:
        return runs
    inside = {i for a, b in runs for i in range(a, b)}
    elsewhere = {norm(line.text) for i, line in enumerate(lines) if i not in inside}
    return [run for run in runs if not _contents_table(lines, run, elsewhere)]


def _menu_proper(lines: Sequence[Line], kinds: list[str], run: tuple[int, int]) -> tuple[int, int] | None:
    """``run`` without the page-head labels at its ends, or None when fewer than ``MIN_ITEMS`` names remain.

    An odd line opening the run is the site's name over its menu ("Новости Пскова"), and the name closing
    it is the article's section when the run already holds it ("… Афиша / Общество") or the headline
    follows: the title cleaner reads both into the metadata (and cuts them).
    """
    first, end = run
    if kinds[first] == _ODD:
        first += 1
    if end - first > 1 and (
        norm(lines[end - 1].text) in {norm(lines[i].text) for i in range(first, end - 1)} or _over_headline(lines, end)
    ):
        end -= 1
    names = sum(kinds[i] == _NAME for i in range(first, end))
    return (first, end) if names >= MIN_ITEMS else None


def _over_headline(lines: Sequence[Line], end: int) -> bool:
    """Whether the line right after a run ending before ``end`` reads as a headline: words, no sentence end."""
    if end >= len(lines) or lines[end].index != lines[end - 1].index + 1:
        return False
    text = lines[end].text
    return word_count(text) >= _HEADLINE_WORDS and not ends_sentence(text)


def _kind(text: str, lex: Lexicon) -> str:
    """``_NAME`` for a section name, ``_ODD`` for a line that may stand as a menu's one odd item, else ``""``."""
    if len(text) > _MAX_ITEM_CHARS:
        return ""  # most lines: prose, decided before counting words
    words = word_count(text)
    if words > MAX_ITEM_WORDS or _excluded(text):
        return ""
    if words <= MAX_ITEM_WORDS and lex.section_name(text):
        return _NAME
    if words <= MAX_ODD_WORDS and not ends_sentence(text) and _LETTER.search(text):
        return _ODD
    return ""


def _excluded(text: str) -> bool:
    """A list item of the article ("1. Sport", "a) News") or a label ending with a colon is never a menu item."""
    return text.rstrip().endswith((":", "：")) or _LIST_ITEM.match(text) is not None


def _windows(kinds: list[str], start: int, end: int) -> list[tuple[int, int]]:
    """The menus in ``start:end`` (adjacent candidate lines) as ``(first, past_last)`` pairs.

    A menu holds ``MIN_ITEMS`` section names or more and at most one odd line: two names and an odd line
    are a page's head as often ("Интерфакс / Главное / Культура": the site's name over its section labels,
    which the title cleaner reads into the metadata). Of two that share lines (an odd line at each end), the
    longer one, else the first, is the menu.

    >>> _windows(["odd", "name", "name", "name", "odd"], 0, 5)
    [(0, 4)]
    >>> _windows(["name", "odd", "name", "odd", "name", "name"], 0, 6)
    [(2, 6)]
    >>> _windows(["odd", "name", "name"], 0, 3)
    []
    """
    odds = [i for i in range(start, end) if kinds[i] == _ODD]
    bounds = [start - 1, *odds, end]
    found = [(bounds[k - 1] + 1, bounds[k + 1]) for k in range(1, len(bounds) - 1)] if odds else [(start, end)]
    chosen: list[tuple[int, int]] = []
    for lo, hi in sorted(found, key=lambda w: (w[0] - w[1], w[0])):
        names = sum(kinds[i] == _NAME for i in range(lo, hi))
        if names >= MIN_ITEMS and all(hi <= a or lo >= b for a, b in chosen):
            chosen.append((lo, hi))
    return sorted(chosen)


def _contents_table(lines: Sequence[Line], run: tuple[int, int], elsewhere: set[str]) -> bool:
    """True when two or more of the run's items are among ``elsewhere``, the lines outside every run (headings)."""
    items = {norm(lines[i].text) for i in range(*run)}
    return len(items & elsewhere) >= _CONTENTS_ITEMS
