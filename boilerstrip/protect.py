r"""Protected content: lines that weak evidence never cuts.

Rules made for news chrome mistake other kinds of text for it: a code line
for a breadcrumb, a table row with a time for a date line, a verse for a
list of teasers, a speaker label for a dateline, a quotation in another script
for leaked interface text. Such text is recognised here by its shape, as
blocks (most kinds need several lines that agree, which menus and teaser lists
rarely do), and in HTML input from the page's own markup (the lines of
``pre``, ``table`` and ``blockquote`` elements: ``PageEvidence.content_lines``).

:func:`protected_lines` maps the index of each protected line of a view to
its kind. Only weak evidence (:mod:`boilerstrip.evidence`) is held back by
it: an exact interface phrase or a photo credit inside a table still goes.
Two kinds hold phrases and forms too (``gate.HOLDS_MATCHED``): the lines of
a hard-wrapped text's paragraphs (``wrapped``), each a piece of a sentence,
and a document's markup (``markup``: link references, directives, HTML
comments), where a phrase is the document's syntax.

>>> from boilerstrip.document import Document
>>> doc = Document("Install it:\n$ pip install boilerstrip\nThen run:\nresult = clean(text)")
>>> sorted(protected_lines(doc).items())  # the lines announcing the commands belong to them
[(0, 'intro'), (1, 'code'), (2, 'intro'), (3, 'code')]
>>> doc = Document("ANNA: We met in May, at the pier.\nBEN: It rained all that week.\nANNA: Nobody came to the boats.")
>>> sorted(set(protected_lines(doc).values()))
['transcript']
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence, Set
from itertools import pairwise
from typing import NamedTuple

import regex

from boilerstrip.document import Document, Line
from boilerstrip.rules.dates import find_date, strip_dates_and_times
from boilerstrip.rules.lexicon import function_words, interface_line, load_lexicon, norm
from boilerstrip.rules.memo import memo
from boilerstrip.rules.pretest import holds_any, needs_any
from boilerstrip.rules.profiles import row_parts
from boilerstrip.rules.shapes import SPACED_STOPS, UNSPACED_STOPS, cased_lower, ends_sentence, markdown_heading

#: A line that reads as code or a command: a prompt, a comment or tag opener, an assignment,
#: a call glued to its name, a statement end, braces, backticks, an option flag. One regex
#: alternating all of these tries every branch at every position (the regex module does not skip
#: ahead); the branches are searched one by one instead, each only when the line holds a substring
#: it cannot match without: the same answer, ten times faster (tests/test_protect_speed.py).
_CODE_PARTS: tuple[tuple[tuple[str, ...], str], ...] = (
    # (substrings of which the line must hold one, or () for none needed; the branch)
    (
        (),
        r"""^(?:\$\s|>>>|\.\.\.\s|\#!|//|/\*|\*/|<\?|<!--|</?[a-zA-Z][\w-]*[\s>/]|[A-Z_]{2,}=|@\w)
    |^\s*[}\])]
    |^\.[ \t]*(?:[a-z]{1,8}|[A-Z]{2})(?:[ \t]|$)  # a roff request: ".  char \- \N'45'", ".TH", ".if"
    |^(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s+/  # an HTTP endpoint of an API reference
    |^\s*(?:import|from|def|class|return|if|for|while|fn|let|const|var|func|SELECT|INSERT|CREATE|sudo|cd|ls|git|pip|npm|docker|make|cargo|curl)\s""",
    ),
    (("{", "}", ";"), r"[{};]\s*$"),
    (("(",), r"(?<![\p{L}\s])\w+\([^()\s]*[^()]*\)"),
    (("=", "->", "<-", "::"), r"""\b[\w.\[\]'"]+\s*(?:=|:=|\+=|-=|==|!=|=>|->|<-|::)\s*\S"""),
    (("`",), r"`[^`]+`"),
    (("-",), r"(?:^|\s)--?[a-z][\w-]*(?:=|\s|$)"),
)
_CODE_BRANCHES = tuple((hints, regex.compile(branch, regex.VERBOSE)) for hints, branch in _CODE_PARTS)
#: A fence that opens or closes a block of code in Markdown.
_FENCE = regex.compile(r"^(?:```|~~~)")
#: A lowercase configuration key with its value (``log_level: debug``, ``port = 8080``).
_KEY_VALUE = regex.compile(r"^(?:[a-z_][\w.-]*|\"[^\"]+\")\s*[:=]\s*\S")
#: A labelled row (``Population: 12 400``, ``Q:``, ``ANNA:``): a short label, a colon, a value.
_LABEL = regex.compile(r"^([\p{L}][\p{L}\p{M}\d .'’-]{0,30}?)\s*:\s+\S")
#: A row keyed by a number and a dash or colon: "404 – Artikel unbekannt", "3: Fahrplanwechsel".
_NUMBERED_ROW = regex.compile(r"^\d{1,5}\s*(?:[–—:]|-(?=\s))\s*\p{L}")
#: A quantity opening a list item: "1 kg parsnips", "- 200 g Mehl", "½ cup sugar", "2,5 dl mjölk".
_QUANTITY = regex.compile(r"^(?:[-•*–]\s*)?(?:\d+(?:[.,/]\d+)?|[½¼¾⅓⅔])\s*\p{Ll}")
MAX_QUANTITY_CHARS = 80
MAX_LIST_HEADING_WORDS = 4
#: A line that opens with a quotation (a quotation standing as its own paragraph, maybe with its speaker).
_QUOTED = regex.compile(r"^[\"“„«»‹›「『〝][^\n]{4,}?[\"“”«»‹›」』〞]")
#: A line that opens with a clock time (a live-blog entry stamp, a timetable row).
#: A date written with dots ("27.11.2026 klo 19.42", a post's date) opens with no clock time.
#: A match report's minute is a stamp too: "45'+2", "90+3'", "12' Gol de…" (not "the 90's").
_STAMP = regex.compile(
    r"^(?:\d{1,2}[:.]\d{2}(?![.:]\d)(?:\s?[ap]\.?m\.?)?|\d{1,2}\s?[ap]\.?m\.?)\b"
    r"|^\d{1,3}(?:\+\d{1,2})?['’′](?:\s?\+\s?\d{1,2})?(?=\s|$)",
    regex.IGNORECASE,
)
#: A stamp that is the whole line.
_STAMP_ALONE = regex.compile(r"^\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?$", regex.IGNORECASE)
#: A Python session's prompt: what follows it, up to a blank line or the next prompt, is its output
#: (doctest's convention; a shell prints anything, and prose often follows a command directly).
_PROMPT = regex.compile(r"^(?:>>>|\.\.\.|In \[\d+\]:)\s")
_REPL_OUTPUT_LINES = 5
#: A reStructuredText directive that opens a block of code.
_CODE_DIRECTIVE = regex.compile(r"^\.\.\s+(?:code|code-block|sourcecode|highlight|doctest|literalinclude)::")
#: Markup a document's source shows and an extracted page never does: a Markdown link reference definition
#: ("[CommonJS]: modules.md"), a reStructuredText directive, comment or target (".. contents::", ".. _intro:").
_MARKUP = regex.compile(r"^(?:\[[^\]\n]{1,120}\]:\s*\S|\.\.\s+(?:[\w:-]+::|_[^:\n]+:|\|[^|\n]+\|))")
#: An HTML comment block opening or closing on a line of its own (a Markdown source's metadata, hidden notes).
_COMMENT_OPEN = "<!--"
_COMMENT_CLOSE = "-->"
#: A list item that is a Markdown link ("- [Guide](https://…)") or a line holding one ("licensed under the
#: [MIT License](https://…)"): an extractor's text has no Markdown.
_LINK_ITEM = regex.compile(r"^(?:[-*+]|\d{1,2}\.)\s+\[[^\]\n]+\]\([^)\s]+\)|\[[^\]\n]{1,200}\]\(https?://[^)\s]+\)")
#: The underline of a setext heading.
_UNDERLINE = regex.compile(r"^([=\-~^*#+])\1{2,}$")
MAX_HEADING_WORDS = 12
UNDERLINE_SLACK = 3
#: A Markdown task-list item: "- [ ] Tape", "* [x] Book the van".
_TASK = regex.compile(r"^[-*+] \[[ xX]\] \S")
#: A column break inside a row: a pipe, a tab, or a run of two or more spaces.
_COLUMNS = regex.compile(r"\s*[|│┃║]\s*|\t+| {2,}")
#: A table's border drawn in text: box-drawing characters ("┌──┬──┐", "├──┼──┤") or an ASCII grid ("+----+---+",
#: "|====|===|"); it neither counts as a row nor ends the run.
_TABLE_BORDER = regex.compile(r"^(?:[\u2500-\u257f\s]+|[+|][-=+|:\s]*[-=][-=+|:\s]*)$")
_DIGIT = regex.compile(r"\d")
#: A number standing as a cell of its own (``11``, ``-3``, ``1.42``, ``18:14``).
_NUMBER = regex.compile(r"(?<!\S)[-+]?\d+(?:[.,:]\d+)?%?(?!\S)")
_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{M}\p{N}]*")
#: The ASCII characters _WORD does not match (all but letters and digits), and every byte written as "a" for a
#: letter or digit, " " else: an ASCII line's words and keys are worked out on its bytes (checked against the
#: pattern in ``tests/test_speed_equivalence.py``).
_ASCII_NOT_ALNUM = bytes(c for c in range(128) if not chr(c).isalnum())
_ASCII_ALNUM_MARKS = bytes(b"a"[0] if c < 128 and chr(c).isalnum() else 32 for c in range(256))
#: A line of verse that runs on to the next ends like this (or the next starts in lower case).
_VERSE_END = regex.compile(r"[,;—–-]$")

#: How many consecutive rows make a table, lines a stanza, labelled lines an infobox or a config.
MIN_TABLE_ROWS = 3
MIN_TASKS = 2
MIN_STANZA_LINES = 4
#: A stanza that shares a refrain with another needs fewer lines; the refrain needs two lines of three
#: words or more without digits (a page's repeated buttons, "Print Recipe", and a forum's repeated user
#: box, "Registered: Mar 2019", are no refrain).
MIN_REFRAIN_STANZA = 3
MIN_REFRAIN_LINES = 2
MIN_REFRAIN_WORDS = 3
MIN_LABELLED_ROWS = 3
#: How many numbers make a row of figures a table row when no spacing shows its columns.
MIN_ROW_FIGURES = 3
#: The words a speaker's turn holds on average after the label (a forum's "Posts: 87" holds one).
MIN_TURN_WORDS = 4
#: A line announcing what follows it ("The rates are as follows:") has a few words; "Share:" has one.
MIN_ANNOUNCING_WORDS = 3
MAX_ANNOUNCED = 8
MIN_PARAGRAPH_WORDS = 12
_SENTENCE_END = frozenset(SPACED_STOPS + UNSPACED_STOPS + '"”»')
#: The longest line counted as a line of verse (code points).
MAX_VERSE_CHARS = 70


#: Where a document keeps its protected lines (``Document.derived``); the pipeline gives the later views
#: of a pass what the pass's first view protected.
PROTECTED_KEY = "protect.lines"


def protected_lines(doc: Document) -> Mapping[int, str]:
    """Map each protected line of ``doc`` (by ``Line.index``) to its kind (computed once per view)."""
    return doc.derived(PROTECTED_KEY, find_protected)


def find_protected(doc: Document) -> dict[int, str]:
    """Find the protected lines of ``doc`` afresh (:func:`protected_lines` caches this per view)."""
    lines = doc.content
    out: dict[int, str] = {}
    if doc.page is not None and doc.page.content_lines:
        for line in lines:
            kind = doc.page.content_lines.get(content_key(line.text))
            if kind:
                out[line.index] = kind
    _code(doc, lines, out)
    _wrapped(doc, out)
    _headings(lines, out)
    _tables(lines, out)
    _labelled(lines, out)
    _script_labels(lines, out)
    _quantities(lines, out)
    _verse([line for line in lines if line.index not in out], out)
    _introductions(lines, out)
    _definitions(lines, out)
    # A Markdown task list ("- [ ] Tape") is the writer's own list: an item may stand twice on purpose.
    tasks = [line for line in lines if _shape(line.text).task]
    if len(tasks) >= MIN_TASKS:
        out.update((line.index, "checklist") for line in tasks if line.index not in out)
    # A clock time opening a line is a stamp in a text with two or more such lines (live-blog entries, a schedule).
    stamped = [line for line in lines if _shape(line.text).stamp]
    stamps = {line.index for line in stamped} if len(stamped) >= 2 else set()
    if stamps:
        stamps -= _news_feeds(lines)
    # A stamp alone on its line heads its entry: the line under it is the entry's title ("15:05" over
    # "Strike ends at midnight") when the entry's text follows it; a ticker of other stories has no text.
    titles = {
        lines[k + 1].index
        for k in range(len(lines) - 2)
        if lines[k].index in stamps
        and _STAMP_ALONE.match(lines[k].text)
        and not _shape(lines[k + 1].text).stamp
        and _paragraph(lines[k + 2].text)  # the entry's text
    }
    for line in lines:
        if line.index in out:
            continue
        if _shape(line.text).quoted:
            out[line.index] = "quote"
        elif line.index in stamps:
            out[line.index] = "stamp"
        elif line.index in titles:
            out[line.index] = "entry_title"
    return out


#: The fewest stamped headlines, newest first, that make a news feed.
MIN_FEED_ITEMS = 2
#: A clock time opening a line, for its value: "12:02", "09.47".
_CLOCK = regex.compile(r"^(\d{1,2})[:.](\d{2})(?![.:]\d)")


def _clock(text: str) -> int | None:
    """Minutes past midnight of the clock time opening ``text`` (``None`` if none, or not a time of day)."""
    m = _CLOCK.match(text)
    if m is None:
        return None
    hours, minutes = int(m.group(1)), int(m.group(2))
    return hours * 60 + minutes if hours < 24 and minutes < 60 else None


def _news_feeds(lines: Sequence[Line]) -> set[int]:
    r"""``Line.index`` of the lines of news feeds: two or more stamped headlines in a row, the latest first.

    A site's "latest news" strip and a live blog's "key events" list print a
    time and a headline per item, newest on top, and no text under them. A
    live blog's entries carry their text under the stamp, and a programme or
    a timetable runs forward in time: both stay protected as stamps. An item
    is a stamp and a headline on one line, or a stamp alone over its headline;
    a paragraph under an item makes it an entry, not a feed's item.

    >>> from boilerstrip.document import Document
    >>> feed = Document("Latest news\n12:02 Heatwave: 41 degrees on Thursday\n11:47 Quake off Zakynthos\nMore")
    >>> sorted(_news_feeds(feed.content))
    [1, 2]
    >>> programme = Document("09:00 Registration and coffee\n09:30 Opening address by the mayor\n10:15 Panel")
    >>> sorted(_news_feeds(programme.content))
    []
    """
    out: set[int] = set()
    run: list[int] = []  # positions of the current run's lines
    items = 0
    last: int | None = None  # the run's latest clock time, in minutes
    k, n = 0, len(lines)
    while k < n:
        minutes = _clock(lines[k].text)
        item: list[int] = []
        if minutes is not None:
            if not _STAMP_ALONE.match(lines[k].text):
                item = [] if _paragraph(lines[k].text) else [k]
            elif k + 1 < n and _clock(lines[k + 1].text) is None and not _paragraph(lines[k + 1].text):
                item = [k, k + 1]
        after = item[-1] + 1 if item else k + 1
        if item and after < n and _paragraph(lines[after].text):
            item = []  # a stamp with its entry's text under it: a live blog
        if not item or minutes is None or (last is not None and minutes > last):
            if items >= MIN_FEED_ITEMS:
                out.update(lines[i].index for i in run)
            run, items, last = [], 0, None
            if not item or minutes is None:
                k += 1
                continue
        run.extend(item)
        items += 1
        last = minutes
        k = after
    if items >= MIN_FEED_ITEMS:
        out.update(lines[i].index for i in run)
    return out


@memo
def content_key(text: str) -> str:
    """The form in which a page's content line is compared with a text line: letters and digits only, casefolded.

    Cached per text: the pipeline asks it of every line of a pass's later views that the gate reads.

    >>> content_key("| 07:10 |  Oslo S |") == content_key("07:10 Oslo S")
    True
    """
    if text.isascii():
        # _WORD's letters and digits in ASCII are A-Z, a-z and 0-9: the others deleted, in C.
        return text.encode("ascii").translate(None, _ASCII_NOT_ALNUM).decode("ascii").lower()
    return "".join(_WORD.findall(text)).casefold()


#: A line the author indented: a space or more, or a tab, before its first character.
_INDENTED = regex.compile(r"^[ \t]+\S")
#: Indented lines in a row (blank lines aside) that make a block of the author's layout (a list, a menu quoted in a
#: manual, a changelog entry and its signature line).
MIN_INDENTED_RUN = 2
#: What the gate says of a cut it holds back on an indented block's line.
INDENTED_HELD = "protected indented block"


def indented_keys(source: str) -> frozenset[str]:
    r"""The :func:`content_key` of every line in a run of two or more indented lines of ``source``.

    Blank lines between indented paragraphs leave the run open: a plain-text file indents a quoted notice
    paragraph by paragraph. A flush-left line ending in a colon right over the run is its label ("login:" over
    a release note's items for the program) and belongs to it.

    Extractors hand over article text flush left, and page chrome with it; indentation is the
    author's own layout: a list of button labels in a style guide, a manual's menu items, a
    configuration block. The pipeline reads it from the text as given, before whitespace is
    normalised, and the gate keeps those lines against phrase and shape evidence alike.

    >>> sorted(indented_keys("Menu items:\n    Tags\n    Trash\n    Settings\nShare\n"))
    ['menuitems', 'settings', 'tags', 'trash']
    >>> indented_keys("  one\ntwo\n  three\n")
    frozenset()
    >>> sorted(indented_keys("Notices:\n\n    (c) 2000 Ann\n    Author: Ann\n\n    (c) 2001 Ben\nEnd"))
    ['authorann', 'c2000ann', 'c2001ben', 'notices']
    """
    if "\n " not in source and "\n\t" not in source and source[:1] not in (" ", "\t"):
        return frozenset()
    keys: set[str] = set()
    run: list[str] = []
    label = ""  # the flush-left line over the run, when it ends in a colon ("login:", "Menu items:")
    previous = ""
    for raw in [*source.splitlines(), "end"]:
        if _INDENTED.match(raw):
            if not run:
                label = previous if previous.rstrip().endswith(":") else ""
            run.append(raw)
            continue
        if not raw.strip():
            continue  # a blank line between indented paragraphs leaves the block open
        if len(run) >= MIN_INDENTED_RUN:
            keys.update(key for key in map(content_key, [label, *run]) if key)
        run = []
        previous = raw
    return frozenset(keys)


class _Shape(NamedTuple):
    """What the anchored patterns say of one line (each rule below reads some of it)."""

    fence: bool
    prompt: bool
    directive: bool
    markup: bool
    underline: bool
    #: The label of a labelled row (``ANNA``, ``Population``), or ``None``.
    label: str | None
    key_value: bool
    task: bool
    stamp: bool
    quoted: bool


@memo
def _shape(text: str) -> _Shape:
    """The anchored patterns matched against ``text`` once, cached per text.

    Every rule of :func:`find_protected` asks about every line of a view, and a pass's views, the
    pipeline's passes and a site's pages share most of their lines. Each pattern is anchored at the
    start of the line, so asking them all costs little more than asking the ones a rule needs.
    """
    label = _LABEL.match(text)
    quote = _QUOTED.match(text)
    return _Shape(
        _FENCE.match(text) is not None,
        _PROMPT.match(text) is not None,
        _CODE_DIRECTIVE.match(text) is not None,
        _MARKUP.match(text) is not None,
        _UNDERLINE.match(text) is not None,
        label.group(1).strip() if label else None,
        _KEY_VALUE.match(text) is not None,
        _TASK.match(text) is not None,
        _STAMP.match(text) is not None,
        # "‹ Vorige nieuwsbrief | Volgende nieuwsbrief ›", "« Föregående tråd | Nästa tråd »": arrows around a
        # row of links, whose bar no one's words hold between their quotation marks.
        quote is not None and " | " not in quote.group(),
    )


def quote_led(text: str) -> bool:
    """Whether ``text`` opens with someone's words in quotation marks and goes on after them.

    A headline is often written so ("«El fang de la Bisbal té memòria»: parlem amb la ceramista…"); a line that
    is a quotation and nothing more ("“妈妈，为什么还不能出去？”", a dialogue's first line) is the text's own.

    >>> quote_led("«El fang de la Bisbal té memòria»: parlem amb la ceramista Laia Ferrer")
    True
    >>> quote_led("“妈妈，为什么还不能出去？”"), quote_led("The mayor said: “we are ready”.")
    (False, False)
    """
    found = _QUOTED.match(text)
    return found is not None and _word_count(text[found.end() :]) >= MIN_LED_WORDS


#: The words a line must go on with after its opening quotation to read as a headline quoting someone.
MIN_LED_WORDS = 2


@memo
def _word_count(text: str) -> int:
    """``len(_WORD.findall(text))``, cached per text: the verse, heading and transcript rules all count words."""
    if text.isascii():
        # The runs of ASCII letters and digits, each opening where one follows something else (or the start).
        return (b" " + text.encode("ascii").translate(_ASCII_ALNUM_MARKS)).count(b" a")
    return len(_WORD.findall(text))


def _code(doc: Document, lines: Sequence[Line], out: dict[int, str]) -> None:
    """Code and commands: fenced and literal blocks whole, lines shaped like code, a session's output.

    Fenced Markdown blocks and reStructuredText literal blocks (after ``::`` or
    a code directive) are protected whole; so is what an interactive session
    prints after its prompt, up to a blank line.
    """
    fenced = literal = comment = False
    output = 0
    after = 0  # where the line before ended: a blank line between ends a session's output
    for line in lines:
        shape = _shape(line.text)
        indented = line.start - line.raw_start >= 2 and doc.text[line.raw_start] in " \t"
        if line.raw_start > after:
            output = 0
        after = line.next_start
        literal = literal and indented  # a literal block ends where the indentation does
        if comment or line.text.startswith(_COMMENT_OPEN):
            # An HTML comment in a Markdown source ("<!-- YAML", "added: v0.1.97", "-->") is markup, whole.
            out[line.index] = "markup"
            comment = _COMMENT_CLOSE not in line.text
        elif shape.markup:
            out[line.index] = "markup"
        elif shape.fence:
            fenced = not fenced
            out[line.index] = "code"
        elif (
            fenced
            or literal
            or _code_line(line.text)
            or (line.start - line.raw_start >= 4 and indented and _symbolic(line.text))
        ):
            out[line.index] = "code"
        elif output and not _sentence(line.text):
            out[line.index] = "code"  # ">>> x * 2" then "2": the session's output belongs to it
        output = _REPL_OUTPUT_LINES if shape.prompt else max(output - 1, 0)
        # "Install it with::" / ".. code:: python": the indented lines that follow are a literal block.
        literal = literal or line.text.endswith("::") or shape.directive


#: A hard-wrapped text (a licence, a plain-text manual, an e-mail, an RFC) breaks its paragraphs at a fixed
#: width: nine lines in ten are this long or shorter, and the width is ``MIN_WRAP_WIDTH`` or more.
MAX_WRAP_WIDTH = 100
MIN_WRAP_WIDTH = 50
#: A line filled to the wrap width: this share of the longest line's length or more.
WRAP_FULL = 0.75
#: The fewest full lines a wrapped text shows, and the share of them that break mid-sentence (an extracted
#: page's lines are whole paragraphs, which end like sentences).
MIN_FULL_LINES = 5
MIN_MID_SENTENCE_SHARE = 0.5
#: The share of a wrapped text's lines that fill its width: most of a paragraph's lines do.
MIN_FULL_SHARE = 0.25
#: The share of full lines whose sentence visibly runs on into the next line (see ``_continues_sentence``).
MIN_JOIN_SHARE = 0.4
#: The quantile of line lengths taken as the wrap width.
WIDTH_QUANTILE = 0.9
_SENTENCE_FINAL = frozenset(".!?:;\"'”»)]。！？")


def _wrapped(doc: Document, out: dict[int, str]) -> None:
    """The lines of a hard-wrapped text's paragraphs: each is a piece of a sentence, not a line of its own.

    Rules read a page's lines as wholes: "list of conditions and the following disclaimer." or "COPYRIGHT
    HOLDERS WILL NOT BE LIABLE FOR ANY DIRECT, INDIRECT, SPECIAL OR" are pieces of a licence's sentences
    that a phrase or a shape rule would take for a label. See :func:`_wrap_joins` for when a text is
    wrapped; a full line and the line that continues it (no blank line between) are ``wrapped``.
    """
    lines = doc.content
    for k in wrap_joins(doc) or ():
        for line in (lines[k], lines[k + 1]):
            out.setdefault(line.index, "wrapped")


#: Where a view keeps its :func:`_wrap_joins` (``Document.derived``): the protection and the gate's quick test
#: (:func:`may_hold_matched`) both ask.
WRAP_KEY = "protect.wrap_joins"


def wrap_joins(doc: Document) -> list[int] | None:
    """:func:`_wrap_joins` of the view's content lines, computed once per view."""
    return doc.derived(WRAP_KEY, _content_wrap_joins)


def _content_wrap_joins(doc: Document) -> list[int] | None:
    return _wrap_joins(doc.content)


def _wrap_joins(lines: Sequence[Line]) -> list[int] | None:
    """Positions of the full lines whose sentence runs on into the next line, if the text is wrapped at all.

    A text is wrapped when nine lines in ten are at most ``MAX_WRAP_WIDTH`` long, a quarter of its lines
    (``MIN_FULL_LINES`` or more) fill that width, most of those break mid-sentence, and four in ten of them
    visibly run on (:func:`_continues_sentence`). ``None`` when it is not.
    """
    if len(lines) < MIN_FULL_LINES:
        return None
    # The wrap width: nine lines in ten are this long or shorter (a long URL or a line of code runs past it).
    lengths = sorted(len(line.text) for line in lines)
    width = lengths[int(WIDTH_QUANTILE * (len(lengths) - 1))]
    if not MIN_WRAP_WIDTH <= width <= MAX_WRAP_WIDTH:
        return None
    full = [WRAP_FULL * width <= len(line.text) <= width for line in lines]
    mid = [f and line.text[-1] not in _SENTENCE_FINAL for f, line in zip(full, lines, strict=True)]
    n_full = sum(full)
    if n_full < MIN_FULL_LINES or n_full < MIN_FULL_SHARE * len(lines) or sum(mid) < MIN_MID_SENTENCE_SHARE * n_full:
        return None
    # A full line and the next one continue a sentence: the next opens in lower case, or the full line breaks
    # after a comma or a hyphen. A page's short lines (headlines, list items, dates) open anew.
    joins = [
        k
        for k in range(len(lines) - 1)
        if full[k]
        and lines[k + 1].index == lines[k].index + 1
        and _continues_sentence(lines[k].text, lines[k + 1].text)
    ]
    return joins if len(joins) >= MIN_JOIN_SHARE * n_full else None


#: Markup at a line's start, looked for in the whole text at once (see ``_MARKUP``, ``_COMMENT_OPEN``).
_MARKUP_ANYWHERE = regex.compile(r"(?m)^[ \t]*(?:\[[^\]\n]{1,120}\]:|\.\.\s|<!--)")
#: Substrings one of which every match of _MARKUP_ANYWHERE holds (read from it): a text holding none is not
#: searched (``str`` finds a substring far faster than the pattern tries every line start).
_MARKUP_NEEDS = needs_any(_MARKUP_ANYWHERE)
MAY_HOLD_KEY = "protect.may_hold_matched"


def may_hold_matched(doc: Document) -> bool:
    """Whether ``doc`` may hold lines where a phrase or a form cuts nothing (wrapped paragraphs, markup).

    A quick test on the view (cached per view) that spares the gate finding every protected line of a page
    whose strong cuts it judges: most texts have no markup and are not hard-wrapped.
    """
    return doc.derived(MAY_HOLD_KEY, _may_hold_matched)


def _may_hold_matched(doc: Document) -> bool:
    text = doc.text
    return (holds_any(text, _MARKUP_NEEDS) and _MARKUP_ANYWHERE.search(text) is not None) or wrap_joins(doc) is not None


def _continues_sentence(text: str, nxt: str) -> bool:
    """Whether ``nxt`` continues the sentence ``text`` breaks off.

    It does when it opens in lower case, when ``text`` ends in a comma, a semicolon or a hyphen, when both
    are in capitals (a licence's disclaimer), or when ``text`` ends in a function word of any stoplist
    ("This package was debianized by Sam Hartman on" over "Thu, 19 Oct 2000 16:05:06 -0400.").

    >>> _continues_sentence("was packaged by Sam Hartman on", "Thu, 19 Oct 2000."), _continues_sentence("Dates", "May")
    (True, False)
    """
    if nxt[:1].islower() or text[-1] in ",;-" or (text.isupper() and nxt.isupper()):
        return True
    last = text[text.rfind(" ") + 1 :]
    return last.isalpha() and last.casefold() in function_words()


def _introductions(lines: Sequence[Line], out: dict[int, str]) -> None:
    """A line ending in a colon and what it announces: a command, a table, a list of rates or of phone numbers.

    What a text says of its code, its table or its list belongs to it ("Run the tests:" over a
    command; "Telephones for enquiries:" over two numbers). The announced lines run to the next
    paragraph, the next colon line or an interface line, at most ``MAX_ANNOUNCED`` of them. A page's
    "Share this:" stands over buttons: an interface phrase of the lexicon announces nothing. A sentence
    of ``MIN_SENTENCE_INTRO_WORDS`` to ``MAX_SENTENCE_INTRO_WORDS`` words may announce interface words
    themselves, a word or three a line, when the text goes on after them: those lines are ``listed``.
    """
    for i, line in enumerate(lines):
        text = line.text
        if not text.endswith(":") or line.index in out:
            continue
        if i + 1 < len(lines) and lines[i + 1].index in out:
            out[line.index] = "intro"
            continue
        words = _word_count(text)
        if words < MIN_ANNOUNCING_WORDS or interface_line(text) or _related_heading(text):
            continue
        # A sentence announcing a list names what it lists, interface words too ("The home screen shows these
        # buttons, in this order:" over "Share", "Print", "Login"), when the text goes on after the list. Each
        # line of such a list holds a word or three; a longer line is a teaser or a prompt, and the run stops at it.
        sentence = MIN_SENTENCE_INTRO_WORDS <= words <= MAX_SENTENCE_INTRO_WORDS and _resumes(lines, i + 1)
        listed = _announced(lines, i, interface_words=True) if sentence else []
        if listed and any(interface_line(a.text) for a in listed):
            out[line.index] = "intro"
            out.update((a.index, "listed") for a in listed if a.index not in out)
            continue
        announced = _announced(lines, i, interface_words=False)
        if announced:
            out[line.index] = "intro"
            out.update((a.index, "announced") for a in announced if a.index not in out)


def _announced(lines: Sequence[Line], i: int, *, interface_words: bool) -> list[Line]:
    """The lines announced by line ``i`` (which ends in a colon): up to the next paragraph or colon line.

    Without ``interface_words`` the run also stops at an interface line (the page's, after the list); with
    it, every line must be a term of a word or three, or nothing is announced.
    """
    announced: list[Line] = []
    for nxt in lines[i + 1 : i + 1 + MAX_ANNOUNCED]:
        text = nxt.text
        if _paragraph(text) or text.endswith(":"):
            break
        if interface_words and _word_count(text) > MAX_TERM_WORDS:
            return []
        if not interface_words and interface_line(text):
            break
        if announced and len(row_parts(text)) > len(row_parts(announced[0].text)) + 1:
            break  # a forum's author row under the list a post announced ("anna_k · Posts: 12 · …")
        announced.append(nxt)
    return announced


#: The words of a sentence that may announce a list of interface words: "Share this:" has two, "Follow us on
#: social media:" five.
MIN_SENTENCE_INTRO_WORDS = 7
#: ... and at most this many: a longer line ending in a colon is a paragraph introducing a quotation ("The mayor,
#: who had opposed the plan for two years, told the council on Tuesday evening after the vote:"), not a list.
MAX_SENTENCE_INTRO_WORDS = 20


def _resumes(lines: Sequence[Line], start: int) -> bool:
    """Whether a paragraph of prose follows the short lines from ``start`` within ``MAX_ANNOUNCED`` lines."""
    for nxt in lines[start : start + MAX_ANNOUNCED + 1]:
        if _paragraph(nxt.text):
            return True
        if nxt.text.endswith(":"):
            return False
    return False


#: A definition list's term: a word or three, no sentence ("abonnieren", "Bordeaux mixture").
MAX_TERM_WORDS = 3
MAX_TERM_CHARS = 30
#: Terms, each over its definition, one after the other: a glossary, a manual's list of commands.
MIN_DEFINITIONS = 3
#: A definition is a sentence, if a short one ("Löscht alle gebauten Hefte.").
MIN_DEFINITION_WORDS = 4


def _term(text: str) -> bool:
    return len(text) <= MAX_TERM_CHARS and _word_count(text) <= MAX_TERM_WORDS and text[-1:] not in ":.!?;,"


def _definition(text: str) -> bool:
    return text[-1:] in _SENTENCE_END and _word_count(text) >= MIN_DEFINITION_WORDS


def _definitions(lines: Sequence[Line], out: dict[int, str]) -> None:
    """The terms of a definition list: three or more short terms, each over the sentence that defines it.

    A manual explains its commands ("drucken" over "Schickt 60 Exemplare an den Drucker."), a glossary its
    words: a term there may be an interface word ("abonnieren", "Share"), and it is the document's own.
    """
    k = 0
    while k + 1 < len(lines):
        run: list[Line] = []
        j = k
        while j + 1 < len(lines) and _term(lines[j].text) and _definition(lines[j + 1].text):
            run.append(lines[j])
            j += 2
        if len(run) >= MIN_DEFINITIONS:
            out.update((t.index, "term") for t in run if t.index not in out)
            k = j
        else:
            k += 1


def _related_heading(text: str) -> bool:
    """A related list's heading ("Вас також можуть зацікавити новини:"): it announces other pages' headlines."""
    lex = load_lexicon()
    return norm(text) in lex.related_headers or bool(lex.related_prefix and lex.related_prefix.match(text))


def _paragraph(text: str) -> bool:
    """A paragraph of prose: a sentence of some length."""
    return _word_count(text) >= MIN_PARAGRAPH_WORDS and text[-1:] in _SENTENCE_END


def _headings(lines: Sequence[Line], out: dict[int, str]) -> None:
    """Markdown's own lines: setext and ``#`` headings, and list items that are links (a README's contents).

    A setext heading is a short line underlined with ``===`` or ``---`` as long as it (reStructuredText,
    Markdown). Text an extractor took from a page has no Markdown; a document written in it has.
    """
    for line in lines:
        if markdown_heading(line.text):
            out.setdefault(line.index, "heading")
        elif _LINK_ITEM.search(line.text):
            out.setdefault(line.index, "markdown")
    for above, below in pairwise(lines):
        if (
            _shape(below.text).underline
            and 0 < _word_count(above.text) <= MAX_HEADING_WORDS
            and abs(len(below.text) - len(above.text)) <= UNDERLINE_SLACK
        ):
            out.setdefault(above.index, "heading")
            out.setdefault(below.index, "heading")


@memo
def _code_line(text: str) -> bool:
    """A line shaped like code or a command, and not a sentence that happens to hold ``=`` or a call."""
    return _code_shaped(text) and not _sentence(text)


def _code_shaped(text: str) -> bool:
    """Whether one of the code branches matches somewhere in ``text``."""
    has = text.__contains__
    for hints, pattern in _CODE_BRANCHES:
        if (not hints or any(map(has, hints))) and pattern.search(text) is not None:
            return True
    return False


def _sentence(text: str) -> bool:
    """A line of prose that happens to contain ``=`` or a call: long, many words, ending a sentence."""
    return _word_count(text) >= 12 and text.rstrip()[-1:] in ".!?…:"


def _symbolic(text: str) -> bool:
    """An indented line with the symbols of code or data (a YAML or shell line inside a README)."""
    return sum(not ch.isalnum() and not ch.isspace() for ch in text) >= 2


def _tables(lines: Sequence[Line], out: dict[int, str]) -> None:
    r"""Runs of rows with the same number of columns (two or more), some of them holding figures.

    Columns are told by pipes (also drawn: "│"), tabs or runs of spaces, or, once whitespace is normalised
    (a second pass, a cleaned text cleaned again), by the count of numbers in a row of three or more figures.
    A table drawn with borders ("┌──┬──┐", "+----+") is one whatever its cells hold.

    >>> from boilerstrip.document import Document
    >>> drawn = Document("┌────┬─────┐\n│Type│Name │\n├────┼─────┤\n│Ack │Reply│\n│Nak │Retry│\n└────┴─────┘")
    >>> out: dict[int, str] = {}
    >>> _tables(drawn.content, out)
    >>> sorted(out)
    [0, 1, 2, 3, 4, 5]
    """
    run: list[Line] = []
    width = 0
    borders: list[Line] = []
    for line in [*lines, None]:
        if line is not None and _TABLE_BORDER.match(line.text):
            borders.append(line)
            continue
        cols = _columns(line.text) if line is not None else 0
        if line is not None and cols >= 2 and (not run or cols == width):
            run.append(line)
            width = cols
            continue
        if len(run) >= MIN_TABLE_ROWS and (sum(bool(_DIGIT.search(r.text)) for r in run) * 2 >= len(run) or borders):
            # A drawn table is a table whatever its cells hold; the borders around its rows go with it.
            first, last = run[0].index, run[-1].index
            out.update((r.index, "table") for r in run)
            out.update((b.index, "table") for b in borders if first - 1 <= b.index <= last + 1)
        borders = []
        run = [line] if line is not None and cols >= 2 else []
        width = cols


@memo
def _columns(text: str) -> int:
    """A row's column count: its separated cells, or else its numbers when it holds three or more."""
    # A column break needs a pipe, a tab or two spaces: without one the row is one cell, unsplit.
    if "|" in text or "\t" in text or "  " in text or "│" in text or "┃" in text or "║" in text:
        cells = len(_COLUMNS.split(text))
        if cells >= 2:
            return cells
    if text.isascii():
        data = text.encode("ascii")
        if len(data) - len(data.translate(None, b"0123456789")) < MIN_ROW_FIGURES:
            return 0  # each number holds a digit: too few digits, too few numbers (most lines), without the search
    figures = len(_NUMBER.findall(text))
    return 100 + figures if figures >= MIN_ROW_FIGURES else 0


#: A broadcast script's section label alone on its line: "[앵커]", "[Reporter]", "(인터뷰)"; maybe a speaker after it.
_SCRIPT_LABEL = regex.compile(r"^[\[(（【](?P<label>[^\[\]()（）【】]{1,16})[\])）】](?:\s+(?P<speaker>\S.{0,60}))?$")
#: Bracketed labels a script needs before its labels are its own (one alone is a box's tag).
MIN_SCRIPT_LABELS = 2


def _script_labels(lines: Sequence[Line], out: dict[int, str]) -> None:
    """A broadcast or podcast script's bracketed section labels, each over what is said (``[앵커]`` / prose).

    TV news sites print the script of a report: ``[앵커]`` (anchor), ``[리포트]``, ``(인터뷰) name / title``,
    ``[Reporter]``. Two or more bracketed labels of one or two words, each followed by a sentence, are the
    script's structure; an interface word in brackets ("[Video]") is not a label.
    """
    found: list[Line] = []
    bare = 0
    for k, line in enumerate(lines[:-1]):
        m = _SCRIPT_LABEL.match(line.text)
        if m is None or len(m.group("label").split()) > 2 or interface_line(m.group("label")):
            continue
        speaker = m.group("speaker")
        if speaker is not None and (_word_count(speaker) > 8 or ends_sentence(speaker)):
            continue
        said = lines[k + 1].text
        if ends_sentence(said) and _word_count(said) >= MIN_TURN_WORDS:
            found.append(line)
            bare += speaker is None
    if bare >= MIN_SCRIPT_LABELS:
        out.update((line.index, "transcript") for line in found if line.index not in out)


def _dated_value(value: str) -> bool:
    """Whether a label's value is a date with its time at most: ": 1 december 2026 07:12" says nothing."""
    return find_date(value) is not None and _word_count(strip_dates_and_times(value)) <= 1


#: Turns a transcript shows at least, a speaker's consecutive lines counting as one: A, B, A.
MIN_TURNS = 3


def _alternate(labels: Sequence[str | None], speakers: Set[str]) -> bool:
    """Whether the speakers' turns alternate: some speaker is back after another one spoke.

    A weather warning's "Code orange: …" over "Code orange: …" and "Code yellow: …" is a list of levels, not an
    interview: one label twice in a row, then another, and nobody answers back.

    >>> _alternate(["q", None, "a", "q", "a"], {"q", "a"}), _alternate(["red", "red", "amber"], {"red", "amber"})
    (True, False)
    """
    turns: list[str] = []
    for label in labels:
        key = label.casefold() if label else ""
        if key in speakers and (not turns or turns[-1] != key):
            turns.append(key)
    return len(turns) >= MIN_TURNS


def _labelled(lines: Sequence[Line], out: dict[int, str]) -> None:
    """Transcripts (labels that recur, two or more speakers) and runs of labelled rows (infoboxes, config)."""
    labels = [_shape(line.text).label for line in lines]
    counts = Counter(label.casefold() for label in labels if label)
    # What follows each label: a speaker says sentences, a forum's user box ("Posts: 87") gives a value.
    said: Counter[str] = Counter()
    for line, label in zip(lines, labels, strict=True):
        if label:
            said[label.casefold()] += _word_count(line.text) - _word_count(label)
    # Speakers: two or more short labels, one of them back after another spoke (turns alternate), saying
    # four or more words a turn on average.
    # A page's stamps and interface labels ("Geplaatst: 1 december 2026", "Video: …", "Lees ook: …") speak no
    # turn: counted as speakers, they would stand between a list's rows and make its labels seem to alternate.
    stamps = {
        label.casefold()
        for line, label in zip(lines, labels, strict=True)
        if label and (_stamp_label(line.text) or _dated_value(line.text[len(label) :]))
    }
    speakers = {
        label
        for label, n in counts.items()
        if len(label.split()) <= 3
        and said[label] >= MIN_TURN_WORDS * n
        and label not in stamps
        and not interface_line(label)
    }
    if len(speakers) >= 2 and max(counts[s] for s in speakers) >= 2 and _alternate(labels, speakers):
        out.update(
            (line.index, "transcript")
            for line, lab in zip(lines, labels, strict=True)
            if lab and lab.casefold() in speakers
        )
    run: list[Line] = []
    continued: set[int] = set()
    for k, (line, label) in enumerate(zip(lines, labels, strict=True)):
        if label and (_stamp_label(line.text) or load_lexicon().line_reason(label) == "share_buttons"):
            # "By: …", "Published: …": a page's byline and date rows under its headline make no infobox of it,
            # and "Compartir: WhatsApp · Facebook · X" is a share row, not a field: they neither count as rows
            # nor end the run.
            continue
        if (
            label or _shape(line.text).key_value or _NUMBERED_ROW.match(line.text) or _opens_continued(lines, k)
        ) and len(line.text) <= 120:
            run.append(line)
            continue
        if run and _continues(line, run[-1]):
            # A row's value continued on an indented line (a Debian copyright file's holders, an e-mail
            # header, a YAML list) belongs to the row: it neither ends the run nor counts as a row of its own.
            run.append(line)
            continued.add(line.index)
            continue
        if _close_rows(run, out, continued):
            _name_rows(lines, run[0], out)
        run = []
    if _close_rows(run, out, continued):
        _name_rows(lines, run[0], out)


#: A field of a record file (a Debian copyright file, a package's metadata, a mail's headers) at the start of a
#: line of the source: a key of one word or of words joined by hyphens, a colon, and its value or nothing
#: ("Files: *", "Upstream-Name: util-linux", "License:"). A page's labels ("Posted by:", "Read more:") are
#: words with spaces as often as not.
_FIELD = regex.compile(r"^([A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*):(?:\s|$)")
#: Fields at the start of a line, looked for in the whole source at once: a record file has
#: ``MIN_RECORDS * MIN_RECORD_KEYS`` of them or more (see :func:`record_keys`).
_FIELD_ANYWHERE = re.compile(r"^[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*:[ \t]", re.MULTILINE)  # re: faster here
#: The fewest records (blocks of fields) a key must head a field in, and the fewest such recurring keys, for a
#: text to be a record file.
MIN_RECORDS = 2
MIN_RECORD_KEYS = 2
#: The share of a record file's lines in its records (and the indented blocks between them).
RECORD_SHARE = 0.5
#: What the gate says of a cut it holds back on a record's line.
RECORD_HELD = "protected record"


def record_keys(source: str) -> frozenset[str]:
    r"""The :func:`content_key` of every line of a record file's records, read from ``source`` as given.

    A Debian copyright file, a package's metadata, a batch of mail headers or a version-control log is a run
    of records, each a block (between blank lines) of fields: "Files: …", "Copyright: …", "License: …", or
    "Author: …" and "Date: …" under a commit's line, each value maybe continued on indented lines. Its field
    lines match interface phrases and forms ("Copyright:", "Comment:", "Date: Sat Mar 16 2019"), its licence
    paragraphs repeat from record to record, yet every line is the file's own.

    A record is a block of fields (at a line's start), their indented continuation lines, and at most one
    other line, its first (a commit's "commit 55dcda45…"): two fields or more, or one that opens the block
    and is continued. Two keys or more, each in ``MIN_RECORDS`` records or more, make a record file, when
    its records and the wholly indented blocks between them (a commit's message) hold ``RECORD_SHARE`` of its
    lines or more; those lines are the file's own. The pipeline reads them before
    whitespace is normalised (blank lines go then), and the gate keeps those lines against phrase, form and
    shape evidence alike (:func:`boilerstrip.gate.hold_in_blocks`).

    A forum's user boxes recur too ("Posts: 87", "Joined: May 2019"), and there half of the fields or more are
    interface strings of the lexicon: such blocks make no record file.

    >>> stanza = "Files: src/{0}.c\nCopyright: 2020 Ann Lee\nLicense: MIT\n Permission is granted.\n"
    >>> sorted(record_keys("\n".join(stanza.format(name) for name in ("a", "b", "c"))))[:4]
    ['copyright2020annlee', 'filessrcac', 'filessrcbc', 'filessrccc']
    >>> log = "commit 5{0}\nAuthor: Ann <a@x.org>\nDate:   Sat Mar {0} 2019\n\n    Fix the build\n"
    >>> sorted(record_keys("\n".join(log.format(day) for day in (14, 15))))[:3]
    ['authorannaxorg', 'commit514', 'commit515']
    >>> record_keys("Posts: 87\nJoined: May 2019\n\nPosts: 3\nJoined: June 2020\n\nPosts: 1\nJoined: today\n")
    frozenset()
    """
    # Most texts have few colons at all: counting them in C spares the search.
    if source.count(":") < MIN_RECORDS * MIN_RECORD_KEYS or len(_FIELD_ANYWHERE.findall(source)) < (
        MIN_RECORDS * MIN_RECORD_KEYS
    ):
        return frozenset()
    blocks: list[list[str]] = [[]]
    for raw in source.splitlines():
        if raw.strip():
            blocks[-1].append(raw)
        elif blocks[-1]:
            blocks.append([])
    kept: list[list[str]] = []
    keys: Counter[str] = Counter()
    fields: list[str] = []  # the field lines of the records
    for block in blocks:
        found: set[str] = set()
        heads: list[str] = []
        others = 0
        for k, raw in enumerate(block):
            if m := _FIELD.match(raw):
                found.add(m.group(1).casefold())
                heads.append(raw.strip())
            elif not raw[:1].isspace() and k > 0:
                others += 1
        if block and not found and all(raw[:1].isspace() for raw in block):
            kept.append(block)  # an indented block: a record's text, if the file has records
            continue
        # A record holds two fields, or one continued on indented lines ("License: MIT" over its text); a lone
        # "Opinion: …" or "Photo: …" line of a page is a headline or a credit.
        if not found or others or (len(heads) < 2 and (not _FIELD.match(block[0]) or len(block) == 1)):
            continue
        kept.append(block)
        keys.update(found)
        fields.extend(heads)
    recurring = {key for key, n in keys.items() if n >= MIN_RECORDS and key not in PHOTO_KEYS}
    if (
        len(recurring) < MIN_RECORD_KEYS
        or _user_box(fields)
        # Records make a file of their own: most of its lines. A page's few labelled blocks make no record file.
        or sum(map(len, kept)) < RECORD_SHARE * sum(map(len, blocks))
    ):
        return _header_keys(blocks[0]) or _flat_record_keys([raw for block in blocks for raw in block])
    return frozenset(key for block in kept for key in map(content_key, block) if key)


#: A photo credit's label opens a page's credit lines ("Foto: Júlia Baptista/Portal Serra" under each picture
#: of a gallery), never a record's field: it makes no record file, however often it recurs.
PHOTO_KEYS = frozenset({"photo", "photos", "foto", "fotos", "fot", "photograph", "picture"})

#: In a record file printed without its blank lines (a cleaned one, cleaned again), the fewest times each of
#: ``MIN_RECORD_KEYS`` keys must open a line, and the share of the lines that are fields.
MIN_FLAT_RECORDS = 3
FLAT_FIELD_SHARE = 0.2
#: The longest median field line of such a file: its values are names, dates, licences, not paragraphs.
MAX_FLAT_FIELD_CHARS = 80


def _flat_record_keys(lines: Sequence[str]) -> frozenset[str]:
    """The content keys of the field lines of a record file whose blocks are gone (blank lines dropped).

    Cleaning drops blank lines and indentation, and cleaning again must change nothing: the fields of the
    cleaned file still open its lines, a few keys again and again ("Files:", "Copyright:", "License:"), and
    make a fair share of them. Only the field lines whose key comes back are kept then: the rest is judged as
    any text is.

    >>> flat = ["Files: a.c", "Copyright: Ann", "License: MIT", "Upstream-Name: tide", "Some text."] * 3
    >>> sorted(_flat_record_keys(flat))
    ['copyrightann', 'filesac', 'licensemit', 'upstreamnametide']
    >>> page = ["Photo: AP", "A paragraph.", "Opinion: Tax", "Photo: AP", "Opinion: Art"] + ["Text."] * 20
    >>> _flat_record_keys(page)
    frozenset()
    """
    keyed = [(m.group(1).casefold(), raw) for raw in lines if (m := _FIELD.match(raw))]
    counts = Counter(key for key, _ in keyed if key not in PHOTO_KEYS)
    if sum(n >= MIN_FLAT_RECORDS for n in counts.values()) < MIN_RECORD_KEYS:
        return frozenset()
    if len(keyed) < FLAT_FIELD_SHARE * len(lines) or _user_box([raw.strip() for _, raw in keyed]):
        return frozenset()
    # A field holds a short value ("License: GPL-2+"); an interview's "Q: …" and "A: …" hold paragraphs.
    if sorted(len(raw) for _, raw in keyed)[len(keyed) // 2] > MAX_FLAT_FIELD_CHARS:
        return frozenset()
    # Only the fields whose key comes back: a page's lone "Categories:" is no field of the file.
    return frozenset(key for name, raw in keyed if counts[name] > 1 and (key := content_key(raw)))


#: The fewest distinct keys of a header block (a package's metadata, a mail's headers) standing on its own.
MIN_HEADER_KEYS = 5


def _header_keys(block: Sequence[str]) -> frozenset[str]:
    """The content keys of ``block``, the text's first, when it is a header: fields and their continuations only.

    A package's metadata file or a saved mail opens with one block of fields ("Metadata-Version: 2.1",
    "Name: …", "Summary: …", "Author: …", "Keywords: …") over its body; ``MIN_HEADER_KEYS`` distinct keys or
    more, every line a field or an indented continuation, and fewer than half of them interface strings (a
    forum's user box is one).

    >>> sorted(_header_keys(["Name: tide", "Version: 1.0", "Summary: Tides", "Author: Ann", "Keywords: sea"]))
    ['authorann', 'keywordssea', 'nametide', 'summarytides', 'version10']
    >>> _header_keys(["Name: tide", "Version: 1.0", "The tide tables."])
    frozenset()
    """
    found: set[str] = set()
    fields: list[str] = []
    for raw in block:
        m = _FIELD.match(raw)
        if m is None:
            if not raw[:1].isspace():
                return frozenset()
            continue
        found.add(m.group(1).casefold())
        fields.append(raw.strip())
    if len(found) < MIN_HEADER_KEYS or _user_box(fields):
        return frozenset()
    return frozenset(key for key in map(content_key, block) if key)


def _quantities(lines: Sequence[Line], out: dict[int, str]) -> None:
    """A list of quantities ("1 kg parsnips", "200 g Mehl", "2 tbsp olive oil") and the short heading over it.

    Three lines or more in a row, each opening with a number and a word: an ingredient list, a packing
    list, a bill of materials. The line right over it, a few words and no sentence ("Ingredients",
    "Zutaten"), names the list.
    """
    run: list[Line] = []
    for line in [*lines, None]:
        if (
            line is not None
            and _QUANTITY.match(line.text)
            and len(line.text) <= MAX_QUANTITY_CHARS
            and find_date(line.text) is None  # "24 nov 2026 Headline": a dated list of other stories
        ):
            run.append(line)
            continue
        if len(run) >= MIN_LABELLED_ROWS:
            out.update((r.index, "rows") for r in run if r.index not in out)
            _name_rows(lines, run[0], out)
        run = []


def _name_rows(lines: Sequence[Line], first: Line, out: dict[int, str]) -> None:
    """Protect the short heading right over a protected list or table of rows, whose line is ``first``.

    A few words and no sentence ("Ingredients", "Zutaten", "Exports in figures") name the rows under them: the
    table's title is the document's as its rows are. An interface string of the lexicon is not one.
    """
    at = lines.index(first)
    if at == 0:
        return
    heading = lines[at - 1]
    text = heading.text
    if (
        heading.index not in out
        and _word_count(text) <= MAX_LIST_HEADING_WORDS
        and text[-1:] not in _SENTENCE_END
        and not interface_line(text)
    ):
        out[heading.index] = "heading"


def _stamp_label(text: str) -> bool:
    """Whether ``text`` opens with a byline, editor, source, publication or update label of the lexicon."""
    lex = load_lexicon()
    if any(p is not None and p.match(text) for p in (lex.author_labels, lex.editor_labels, lex.source_labels)):
        return True
    for pattern in (lex.published_labels, lex.updated_labels):
        found = pattern.search(text) if pattern is not None else None
        if found is not None and found.start() == 0:
            return True
    return False


def _refrain_shaped(text: str) -> bool:
    """A line a chorus could repeat: three words or more, and no figures (dates, counts, times)."""
    return _word_count(text) >= MIN_REFRAIN_WORDS and not any(ch.isdigit() for ch in text)


#: A line indented by this many characters or more right under a labelled row continues its value.
MIN_CONTINUATION_INDENT = 1
#: A bare label over its indented value ("Copyright:" over the holders) has at most this many words.
MAX_BARE_LABEL_WORDS = 3


def _continues(line: Line, row: Line) -> bool:
    """Whether ``line`` is indented right under ``row``: the row's value continued."""
    return line.start - line.raw_start >= MIN_CONTINUATION_INDENT and line.index == row.index + 1


def _opens_continued(lines: Sequence[Line], k: int) -> bool:
    """A bare label ("Copyright:") whose value starts on the indented line under it."""
    text = lines[k].text
    return (
        text.endswith(":")
        and _word_count(text) <= MAX_BARE_LABEL_WORDS
        and k + 1 < len(lines)
        and _continues(lines[k + 1], lines[k])
    )


def _close_rows(run: Sequence[Line], out: dict[int, str], continued: Set[int] = frozenset()) -> bool:
    """Protect a run of labelled rows (with the lines ``continued`` from them) as ``rows``, unless it is a user box.

    A forum's box beside each post ("Posts: 812", "Joined: March 2014", "Location: Jyväskylä") is labelled
    rows too; when half of them or more are interface strings of the lexicon, the rest are the same box's.
    Returns whether the run was protected.
    """
    if len(run) < MIN_LABELLED_ROWS:
        return False  # most calls: the run of a line that is no row, empty (the rows are some of its lines)
    rows = [r for r in run if r.index not in continued]
    if len(rows) < MIN_LABELLED_ROWS or _user_box([r.text for r in rows]):
        return False
    out.update((r.index, "rows") for r in run if r.index not in out)
    return True


def _user_box(rows: Sequence[str]) -> bool:
    """Whether half of the labelled ``rows`` or more are interface strings of the lexicon: a forum's user box.

    A box beside each post ("Posts: 812", "Joined: March 2014", "Location: Jyväskylä") is labelled rows, or a
    record of fields, too; an infobox's, a configuration's or a record file's rows are mostly the author's.

    >>> _user_box(["Posts: 812", "Joined: March 2014", "Location: Jyväskylä"]), _user_box(["Files: *", "License: MIT"])
    (True, False)
    """
    return 2 * sum(map(interface_line, rows)) >= len(rows)


def _verse(lines: Sequence[Line], out: dict[int, str]) -> None:
    """Stanzas: runs of short lines of several words that run on, or that share a refrain.

    Verse runs on: lines end in a comma or semicolon, or the next starts in
    lower case. A song written with capitals and no punctuation shows itself
    by its refrain instead: two or more lines of one stanza come back in
    another. Lines ending in a colon are labels ("Share this:", "Anna said:"),
    which verse does not have.
    """
    runs: list[list[Line]] = []
    run: list[Line] = []
    for line in [*lines, None]:
        if line is not None and len(line.text) <= MAX_VERSE_CHARS and _word_count(line.text) >= 2:
            run.append(line)
            continue
        if len(run) >= MIN_REFRAIN_STANZA and not any(r.text.endswith(":") for r in run):
            runs.append(run)
        run = []
    stanzas_of: dict[str, set[int]] = {}
    for n, stanza in enumerate(runs):
        for r in stanza:
            stanzas_of.setdefault(r.text.casefold(), set()).add(n)
    for n, stanza in enumerate(runs):
        refrain = sum(len(stanzas_of[r.text.casefold()] - {n}) > 0 and _refrain_shaped(r.text) for r in stanza)
        # A line opening in lower case runs on from the line above, unless its script writes no case (Georgian).
        marked = sum(bool(_VERSE_END.search(r.text)) or cased_lower(r.text[:1]) for r in stanza)
        if (len(stanza) >= MIN_STANZA_LINES and marked * 3 >= len(stanza)) or refrain >= MIN_REFRAIN_LINES:
            out.update((r.index, "verse") for r in stanza if r.index not in out)
