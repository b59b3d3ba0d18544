"""wiki_furniture: a wiki page's table of contents, reference backlinks and coordinates line.

A wiki article comes out of an extractor with the apparatus around its
sections: the table of contents ("1 Geschichte", "2 Konstruktion", each a
copy of a heading further down), the footnotes with their backlink arrows
("↑ Archiv der Stadt, Akte 12"), and the coordinates line of its infobox
("Koordinaten: 51°22′05″ N, 42°05′31″ O"). None of it is said in words a
phrase list could hold, in any language; all of it has a shape no article
paragraph has:

* a run of numbered lines whose titles come back later as lines of their own
  (the headings, once ``cms_tokens`` took their edit links off), under a line
  the phrase lists know ("Contents", "Inhoud", "Содержание") or one an
  earlier cleaner cut; a blog's or a magazine's contents box is the same run,
  numbered or not, each entry coming back in order as a heading below, under a
  header an earlier cleaner cut ("Obsah článku", "Índice", "Mục lục");
* lines opening with the backlink arrow of a footnote (``↑`` or ``^``), with
  the short heading right above their run;
* a short line holding two or more degree-minute coordinates.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from typing import ClassVar

import regex

from boilerstrip.cleaners.cms_tokens import TAIL_GROUP
from boilerstrip.document import Document, Line
from boilerstrip.rules.distinct import none_may, text_holds
from boilerstrip.rules.kit import cut_line, prior_reasons
from boilerstrip.rules.lexicon import load_lexicon
from boilerstrip.rules.pretest import engine_chars
from boilerstrip.rules.shapes import ends_sentence, word_count
from boilerstrip.types import Cut

#: A table-of-contents entry: a section number without a trailing dot ("3", "3.1"), then the title.
_TOC_ENTRY = regex.compile(r"^(?P<number>\d{1,2}(?:\.\d{1,2}){0,3})\s+(?P<title>\p{L}[^\n]{0,80})$")
#: A footnote opening with its backlink arrow: "↑ Archiv …", "^ a b Archivio …".
#: A caret needs the space after it and the note a letter, a digit or a quote: "^^^^" underlines a heading.
_BACKLINK = regex.compile(r"^(?:↑\s*|\^\s+)(?:\p{L}\s+){0,3}[\p{L}\p{N}«\"„“(\[]")
#: A degree-minute coordinate: "51°22′05″", "49° 31′ 12″", "28°41'".
_COORDINATE = regex.compile(r"\d{1,3}\s?°\s?\d{1,2}\s?[′']")
MIN_TOC_ENTRIES = 2
#: How many lines above the first entry the contents header may stand ("Contents", then "[hide]").
TOC_HEADER_REACH = 2
MAX_TOC_HEADER_WORDS = 3
MAX_NOTES_HEADING_WORDS = 3
MIN_CARET_NOTES = 2
MAX_COORDINATE_WORDS = 16


@dataclass(frozen=True)
class WikiFurniture:
    r"""Cut a wiki page's table of contents, its footnotes' backlink lines and its coordinates line.

    >>> from boilerstrip.testing import cuts
    >>> page = (
    ...     "Contents\n1 History\n2 Design\nThe tower was built in 1911 as the town's first water supply.\n"
    ...     "History\nThe council ordered it after the dry summer of 1909 left the wells empty.\n"
    ...     "Design\nIts tank holds 300 cubic metres of water on a brick shaft 34 metres high.\n"
    ...     "Notes\n↑ Town archive, file 12.\n"
    ... )
    >>> [reason for reason, _ in cuts(page, WikiFurniture())]
    ['contents_entry', 'contents_entry', 'footnote', 'footnote']
    """

    name: str = field(default="wiki_furniture", init=False)
    #: Each is a form: numbered lines that copy later headings, a backlink arrow, a pair of coordinates.
    evidence: ClassVar[Mapping[str, str]] = {"contents_entry": "form", "footnote": "form", "coordinates": "form"}
    version: int = field(default=3, init=False)
    reasons: dict[str, str] = field(
        default_factory=lambda: {
            "contents_entry": "a line of the page's table of contents (its title is a heading further down)",
            "footnote": "a footnote with its backlink arrow, or the heading over the footnotes",
            "coordinates": "the coordinates line of a wiki infobox",
        },
        init=False,
    )

    def find(self, doc: Document) -> Iterator[Cut]:
        """Propose the contents entries, the footnotes (with their heading) and the coordinates line."""
        lines = doc.content
        yield from _contents(doc, lines)
        # A footnote's line opens with its arrow or caret and a coordinate holds a degree sign: a text holding
        # none has neither (each line's text is a piece of the view's text), and its lines are not walked.
        notes: list[Cut] = []
        if text_holds(doc, "↑") or text_holds(doc, "^"):
            notes = list(_footnotes(lines))
            yield from notes
        if not text_holds(doc, "°"):
            return
        for line in lines:
            if (
                "°" in line.text  # every coordinate holds one: most lines are not searched
                and word_count(line.text) <= MAX_COORDINATE_WORDS
                and len(_COORDINATE.findall(line.text)) >= 2
                # A short line right over the footnotes went with them as their heading: it is cut once.
                and not any(c.start < line.next_start and line.raw_start < c.end for c in notes)
            ):
                yield cut_line(line, "coordinates")


def _may_number(text: str) -> bool:
    """False for a line whose first character is ASCII and no digit: no contents entry opens so.

    (A character outside ASCII is left to the pattern: the regex module may know digits Python does not.)
    """
    first = text[:1]
    return not first.isascii() or first.isdigit()


def _contents(doc: Document, lines: Sequence[Line]) -> Iterator[Cut]:
    """Runs of numbered entries under a contents header whose titles stand again later as lines of their own."""
    # A run starts only at a line that may open with a number (``_may_number``, inlined): the loop below goes
    # from one such line to the next, and a line between them, which starts no run, is skipped as it was.
    i = 0
    # No line of most texts may open with a number: asked once per distinct text, that skips the walk.
    starts = () if none_may(doc, _may_number) else lines
    for k in [k for k, line in enumerate(starts) if not (first := line.text[:1]).isascii() or first.isdigit()]:
        if k < i:
            continue  # inside the run just read
        i = k
        run: list[Line] = []
        j = i
        while j < len(lines) and _may_number(lines[j].text) and _TOC_ENTRY.match(lines[j].text):
            run.append(lines[j])
            j += 1
        if len(run) >= MIN_TOC_ENTRIES and _under_contents_header(doc, lines, i):
            # A heading may still carry its edit links if cms_tokens has not cut them yet ("Geschiedenis[bewerken]").
            later = {TAIL_GROUP.sub("", line.text).casefold() for line in lines[j:]}
            titles = [m.group("title").casefold() for line in run if (m := _TOC_ENTRY.match(line.text))]
            if sum(title in later for title in titles) >= MIN_TOC_ENTRIES:
                yield from (cut_line(line, "contents_entry") for line in run)
        i = max(j, i + 1)
    # A jump list needs an earlier cleaner's cut over its header (``_under_cut_header``: ``prior_reasons``, which
    # passes over formatting cuts): a view where nothing else was cut (most views) holds none, and is not keyed.
    if not all(p.formatting for p in doc.prior) and not none_may(doc, _may_jump):
        yield from _jump_lists(doc, lines)


def _heading_keys(lines: Sequence[Line]) -> list[str]:
    """:func:`_heading_key` of every line, its digit test's characters looked up once, not once per line."""
    digits = engine_chars(r"\d")
    keys = [line.text.strip() for line in lines]
    return [_JUMP_NUMBER.sub("", key).casefold() if key[:1] in digits else key.casefold() for key in keys]


#: A jump list's entry number: "1. ", "2) ", "3 " before the heading it copies.
_JUMP_NUMBER = regex.compile(r"^\d{1,2}[.)]?\s+")
#: The most words of a jump list's entry: the headings of an article's sections are short.
MAX_JUMP_ENTRY_WORDS = 12
#: The fewest words of a jump list's entry, and the fewest entries of the list: a pair of cells repeated further
#: down a table ("FP/PP", "Arbeiten lt. Projektauftrag") is no contents box.
MIN_JUMP_ENTRY_WORDS = 2
MIN_JUMP_ENTRIES = 3


def _heading_key(text: str) -> str:
    """A line as a jump list's entry and its heading both read: its number off, casefolded."""
    stripped = text.strip()
    # The number opens the line: a line whose first character is no digit (as the regex module reads \d) keeps
    # its text, without the engine's call.
    if stripped[:1] not in engine_chars(r"\d"):
        return stripped.casefold()
    key: str = _JUMP_NUMBER.sub("", stripped).casefold()
    return key


def _jump_lists(doc: Document, lines: Sequence[Line]) -> Iterator[Cut]:
    """A blog's or a magazine's contents box: entries that each stand again, in order, as a heading below.

    Content plugins put the article's headings at the top under a header ("Obsah článku", "Índice",
    "Mục lục", "In this article"), numbered or not. The wiki form above needs its numbers; here every
    entry must come back later as a line of its own, in the same order, after the run, with its section's
    text under it, and an earlier cleaner must have cut the header.
    """
    keys = _heading_keys(lines)
    repeated = {key for key, count in Counter(keys).items() if count > 1}
    i = 0
    while i < len(lines):
        # Most lines are no entry: the header is looked for only over a line whose heading comes back.
        if keys[i] not in repeated or not _jump_entry(lines[i].text, keys[i]) or not _under_cut_header(doc, lines, i):
            i += 1
            continue
        j = i
        after = i  # where the next entry's heading must be looked for: the headings come in the entries' order
        found: list[int] = []
        while j < len(lines) and _jump_entry(lines[j].text, keys[j]):
            at = _index_after(keys, keys[j], max(after, j) + 1)
            if at is None:
                break
            found.append(at)
            after = at
            j += 1
        # Every heading below the whole run (a heading inside the run would be an entry copying its neighbour),
        # each over text of its section: copies standing one under the other are a menu repeated in the footer.
        if j - i >= MIN_JUMP_ENTRIES and min(found) >= j and all(b - a > 1 for a, b in pairwise(found)):
            # Weak evidence, a copy of the headings below: the cuts must not witness chrome for the rest of
            # the document. A manual's own contents list has the same shape, under a "Contents" a phrase
            # matched, and six strong cuts of its own entries would make the whole manual read as a page.
            yield from (cut_line(line, "contents_entry", evidence="copy") for line in lines[i:j])
            i = j
        else:
            i += 1


def _may_jump(text: str) -> bool:
    """Whether a line of ``text`` may have the words of a jump list's entry (:func:`_jump_entry` asks for two).

    The entry's words are those of its :func:`_heading_key`, a case-folded end of the stripped line: case
    folding makes no white space of a character that was none, nor the reverse (tests/test_wiki_furniture_speed.py
    checks every code point), so a key of two words comes from a line of two words at least. A view where no
    line has two holds no jump list, and :func:`_jump_lists` is not run on it (a page of one-word lines).

    >>> _may_jump("1. Early years"), _may_jump("Contents")
    (True, False)
    """
    return len(text.split()) >= MIN_JUMP_ENTRY_WORDS


def _jump_entry(text: str, key: str | None = None) -> bool:
    """A line that may be a contents entry: two words to a few, no sentence's end, not a wiki entry (seen above).

    A single word or a code ("FP", "FP/PP") coming back below is as often a table's cell repeated in its rows.
    ``key``: the line's ``_heading_key`` when the caller has it (``_jump_lists`` keys every line first).
    """
    words = (_heading_key(text) if key is None else key).split()
    return (
        MIN_JUMP_ENTRY_WORDS <= len(words) <= MAX_JUMP_ENTRY_WORDS
        and not ends_sentence(text)
        and _TOC_ENTRY.match(text) is None
    )


def _index_after(keys: Sequence[str], key: str, start: int) -> int | None:
    """The first index from ``start`` whose key is ``key``, or ``None``."""
    for k in range(start, len(keys)):
        if keys[k] == key:
            return k
    return None


def _under_contents_header(doc: Document, lines: Sequence[Line], first: int) -> bool:
    """A short line just above the run is interface text: the phrase lists know it, or an earlier cleaner cut it."""
    lex = load_lexicon()
    for k in range(max(first - TOC_HEADER_REACH, 0), first):
        text = lines[k].text
        if word_count(text) <= MAX_TOC_HEADER_WORDS and lex.line_reason(text) is not None:
            return True
    # The header may be gone already ("Contents" cut by ui_strings): its cut sits at one of the next lines.
    return _under_cut_header(doc, lines, first)


def _under_cut_header(doc: Document, lines: Sequence[Line], first: int) -> bool:
    """An earlier cleaner cut a line just above ``first`` (its cut sits before one of the next lines)."""
    return any(prior_reasons(doc, lines[k]) for k in range(max(first - TOC_HEADER_REACH + 1, 0), first + 1))


def _footnotes(lines: Sequence[Line]) -> Iterator[Cut]:
    """Runs of lines opening with a footnote's backlink arrow, with the short heading over each run.

    The arrow ``↑`` marks a footnote alone; a caret needs a run of two (one "^ marks the column" line
    in a manual is an explanation).
    """
    # A run starts only at a line opening with an arrow or a caret: the loop goes from one such line to the next
    # (most texts hold none), and a line between them, which starts no run, is skipped as it was.
    i = 0
    for k in [k for k, line in enumerate(lines) if line.text.startswith(("↑", "^"))]:
        if k < i:
            continue  # inside the run just read
        i = k
        j = i
        while j < len(lines) and lines[j].text.startswith(("↑", "^")) and _BACKLINK.match(lines[j].text):
            j += 1
        run = lines[i:j]
        if run and (len(run) >= MIN_CARET_NOTES or any(line.text.startswith("↑") for line in run)):
            above = lines[i - 1].text if i > 0 else ""
            if above and word_count(above) <= MAX_NOTES_HEADING_WORDS and not ends_sentence(above):
                yield cut_line(lines[i - 1], "footnote")
            yield from (cut_line(line, "footnote") for line in run)
        i = max(j, i + 1)
