"""related_teasers: headlines of other articles embedded in or around the text, and read-also lines."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise
from typing import ClassVar

import regex

from boilerstrip.cleaners.metadata_lines import is_date_line
from boilerstrip.document import Document, Line
from boilerstrip.rules.dates import find_date, has_time, strip_dates_and_times
from boilerstrip.rules.distinct import none_may
from boilerstrip.rules.kit import (
    body_start,
    cut_line,
    echo_sites,
    first_match,
    last_prose,
    may_echo,
    parse_echo,
    year_hint,
)
from boilerstrip.rules.lexicon import interface_line, load_lexicon, might_find, norm
from boilerstrip.rules.memo import memo
from boilerstrip.rules.shapes import (
    ASKING_ENDS,
    STATEMENT_ENDS,
    ends_sentence,
    headline_shaped,
    last_char,
    prose_like,
    split_count,
    starts_upper,
    word_count,
)
from boilerstrip.types import Cut, Fact

_MAX_LIST = 8
_DAY_MONTH = re.compile(r"(?<!\d)(\d{1,2})\s+([^\W\d_]+)\.?,?")


def _related(title: str, date: str | None) -> Fact:
    words = title.split()
    # "Lire aussi | Article réservé à nos abonnés  <headline>": drop an interface label glued before the headline.
    for n in range(min(7, len(words) - 1), 0, -1):
        if load_lexicon().line_reason(" ".join(words[:n])) is not None:
            words = words[n:]
            break
    return Fact("related", {"title": " ".join(words), "date": date})


def _time_line_date(doc: Document, text: str) -> str | None:
    found = find_date(text)
    if found:
        return found[0]
    m = _DAY_MONTH.search(text)
    year = year_hint(doc)
    if m and year:
        month = load_lexicon().months.get(m.group(2).casefold())
        if month:
            try:
                import datetime

                return datetime.date(year, month, int(m.group(1))).isoformat()
            except ValueError:
                return None
    return None


@memo
def is_time_line(text: str) -> bool:
    """A line holding only a time and maybe a day and month: ``14 September, 15:28 GMT``."""
    if word_count(text) > 5 or not has_time(text):
        return False
    rest = strip_dates_and_times(text)
    months = load_lexicon().months
    words = re.findall(r"[^\W\d_]+", rest)
    leftover = [w for w in words if w.casefold() not in months]
    has_day = find_date(text) is not None or len(leftover) < len(words)  # "14 September, 15:28 GMT"
    return not leftover and has_day


@memo
def _attributed(text: str) -> bool:
    """Headlines that end in an attribution: ``…, Kazakh Railways Says``, ``… - Expert``."""
    lex = load_lexicon()
    if lex.attributions is None:
        return False
    return lex.attributions.search(text) is not None


@dataclass(frozen=True)
class RelatedTeasers:
    """Remove related-article teasers; keep their headlines (and dates) as metadata."""

    name: str = field(default="related_teasers", init=False)
    #: What each reason's cuts rest on (boilerstrip.evidence); a cut may name its own.
    evidence: ClassVar[Mapping[str, str]] = {
        "teaser_image": "form",
        "teaser_time": "position",
        "teaser_section": "position",
        "related_headline": "shape",
        "read_also": "phrase",
        "related_header": "phrase",
        "doubled_headline": "copy",
        "self_promo": "phrase",
    }
    version: int = field(default=11, init=False)
    #: The fact keys (and kinds of cut) it gives later cleaners and the metadata.
    provides: tuple[str, ...] = field(default=("related", "site_name"), init=False)
    reasons: dict[str, str] = field(
        default_factory=lambda: {
            "teaser_image": "the image caption line of an embedded related-article teaser",
            "teaser_time": "the time line of an embedded related-article teaser",
            "teaser_section": "the section label above an embedded related-article headline",
            "related_headline": "the headline of another article inside or around the text",
            "read_also": "a 'read also: <headline>' line",
            "related_header": "a 'Related stories' heading above a list of headlines",
            "doubled_headline": "a headline printed twice on one line (a teaser widget)",
            "self_promo": "a closing sentence that advertises another article",
        },
        init=False,
    )

    def find(self, doc: Document) -> Iterator[Cut]:
        """Propose cuts for teaser blocks and read-also lines: at each line, the first rule that matches."""
        if none_may(doc, _may_fire) and not _dated_after_prose(doc):
            return  # no line any rule fires at (about half the texts): the lines are not walked
        scan = _Scan.of(doc)
        rules = (
            _echo_teaser,
            _timed_teaser,
            _read_also,
            _related_list,
            _worded_list,
            _dated_list,
            _doubled_headline,
            _attributed_headline,
            _section_teaser,
            _promo_tail,
        )
        # Four rules read teasers embedded in the text, after the body began: before it, they answer nothing.
        opening = tuple(rule for rule in rules if rule not in _AFTER_BODY)
        i = 0
        while i < len(scan.lines):
            match = first_match(opening if i <= scan.start else rules, scan, i)
            if match is None:
                i += 1
                continue
            yield from match.cuts
            i = match.after


def _may_fire(text: str) -> bool:
    """Whether a rule of :meth:`RelatedTeasers.find` may fire at a line of ``text``, or read it as the line it needs.

    A necessary condition, asked of each distinct text of a view: each rule but ``_dated_list`` (see
    :func:`_dated_after_prose`) needs a line of one of these kinds at the line it fires at, or
    (``_section_teaser``) at the next: an echo (``kit.may_echo``: the dash and the shape ``parse_echo`` reads
    of the line alone, whatever sites the page knows; ``_echo_teaser``; a paragraph with a spaced dash is none), a
    time line (``_timed_teaser``), a read-also label or a list heading (``_read_also``, ``_related_list``), a
    related list's word (``_worded_list``), a doubled headline, an attributed headline
    (``_attributed_headline``, ``_section_teaser``'s next line) or a promotion (``_promo_tail``). A view holding
    no such line gets no cut from those rules. Cheap tests first; each answer is memoised per text.

    >>> _may_fire("Read also: The port reopened after the storm"), _may_fire("w17")
    (True, False)
    """
    return (
        may_echo(text)
        or _read_also_title(text) is not None
        or _is_header(text)
        or _worded_header(text)
        or _doubled(text) is not None
        or _promo_sentence(text) is not None
        or (headline_shaped(text) and _attributed(text))
        or is_time_line(text)
    )


def _dated_after_prose(doc: Document) -> bool:
    r"""Whether a line after ``_Scan.last`` is a dated entry: ``_dated_list`` fires only over such lines.

    Its heading and entries all stand after the scan's last prose line (and there is no such line when no
    line is prose: ``_Scan.last`` is then past the end). Asked by line, not of every text: a dated entry is
    a date search, which the walk asks only of the page's tail.

    >>> story = "The ferry resumed its timetable after the storm.\n"
    >>> _dated_after_prose(Document(story)), _dated_after_prose(Document(story + "16/11/2026 · Canteiros do Courel"))
    (False, True)
    """
    if last_prose(doc) is None:
        return False  # no prose line, so none with dated entries ignored either
    last = last_prose(doc, ignore=_dated_entry)
    return last is not None and any(_dated_entry(line.text) is not None for line in doc.content[last + 1 :])


@dataclass(frozen=True, slots=True)
class _Scan:
    """What the rules read about the whole document, computed once per run."""

    doc: Document
    lines: tuple[Line, ...]
    #: Index of the first prose line: teasers embedded in the text come after it.
    start: int
    #: Sites named by caption echoes on this page.
    sites: frozenset[str]
    #: How many lines are time lines: a page with many is a live blog, whose time lines are not teasers.
    time_lines: int
    #: Index of the last prose line: what follows it is the page's tail.
    last: int

    @classmethod
    def of(cls, doc: Document) -> _Scan:
        lines = doc.content
        time_lines = sum(1 for ln in lines if is_time_line(ln.text))
        # The last prose line that is not itself a dated entry ("24.11.2026 Kalurid ja hülged: kes kellelt kala
        # võtab?" reads as a question).
        last = last_prose(doc, ignore=_dated_entry)
        return cls(doc, lines, body_start(doc), echo_sites(doc), time_lines, len(lines) if last is None else last)

    def next_text(self, i: int) -> str | None:
        """The text of the line after ``i``, if there is one."""
        return self.lines[i + 1].text if i + 1 < len(self.lines) else None


@dataclass(frozen=True, slots=True)
class _Match:
    """What a rule found at a line: its cuts, in order, and the index of the first line it did not consume."""

    cuts: tuple[Cut, ...]
    after: int


def _echo_teaser(scan: _Scan, i: int) -> _Match | None:
    """``<caption> - Site, 1920, date`` then a headline, after the body began: an embedded teaser's image and title.

    The echo's date is the teaser's date. An echo whose caption repeats the line above is the
    article's own image (its caption shown twice), not a teaser, and is left to ``captions``.
    """
    nxt = scan.next_text(i)
    if i <= scan.start or nxt is None or not _teaser_headline(nxt):
        return None
    line = scan.lines[i]
    echo = parse_echo(line.text, known_sites=scan.sites)
    if echo is None or (i > 0 and scan.lines[i - 1].text.startswith(echo.caption)):
        return None
    return _Match(
        (
            cut_line(line, "teaser_image", Fact("site_name", echo.site)),
            cut_line(scan.lines[i + 1], "related_headline", _related(nxt, echo.date)),
        ),
        i + 2,
    )


def _timed_teaser(scan: _Scan, i: int) -> _Match | None:
    """A time line (``14 September, 15:28 GMT``) then a headline, after the body began: a teaser's stamp and title.

    Only on pages with at most two time lines: a live blog stamps each of its own entries that way.
    """
    nxt = scan.next_text(i)
    if i <= scan.start or nxt is None or not _teaser_headline(nxt):
        return None
    text = scan.lines[i].text
    if scan.time_lines > 2 or not is_time_line(text):
        return None
    return _Match(
        (
            cut_line(scan.lines[i], "teaser_time"),
            cut_line(scan.lines[i + 1], "related_headline", _related(nxt, _time_line_date(scan.doc, text))),
        ),
        i + 2,
    )


@memo
def _read_also_title(text: str) -> str | None:
    """The headline after a read-also label (``Read also: <headline>``), ``""`` after a bare label.

    >>> _read_also_title("També et pot interessar: Les Borges Blanques prepara la Fira de l'Oli")
    "Les Borges Blanques prepara la Fira de l'Oli"

    ``None`` when the line does not open with such a label, or is a list heading (``Related stories``).

    >>> _read_also_title("Weiterlesen: Stadtrat vertagt die Entscheidung über das Parkhaus")
    'Stadtrat vertagt die Entscheidung über das Parkhaus'
    """
    lex = load_lexicon()
    m = lex.related_prefix.match(text) if lex.related_prefix else None
    if m is None:
        # A list's heading used as a label, with a colon: "També et pot interessar: <headline>"; so is a
        # read-more button's label ("ተወሳኺ ኣንብቡ: <headline>", "Read more: <headline>").
        label, colon, rest = text.partition(":")
        if colon and rest.strip() and (norm(label) in lex.related_headers or lex.line_reason(label) == "read_more"):
            return rest.strip(" :|-–—»")
        return None
    if _is_header(text):
        return None
    return text[m.end() :].strip(" :|-–—»")


def _read_also(scan: _Scan, i: int) -> _Match | None:
    """``Read also: <headline>``: a read-also label and the headline it links to, on one line.

    What follows the label must read as a headline: not prose, unless it ends in ``?`` or ``!``
    (question headlines are sentences too). Otherwise the label is left to the other rules.
    """
    title = _read_also_title(scan.lines[i].text)
    if not title or (prose_like(title) and last_char(title) not in ASKING_ENDS):
        return None
    return _Match((cut_line(scan.lines[i], "read_also", _related(title, None)),), i + 1)


def _related_list(scan: _Scan, i: int) -> _Match | None:
    """``Related stories`` (or a bare ``Read also:``) above a list of headlines, each maybe with a date line.

    The heading goes only when headlines follow it; alone it is left to ``ui_strings``.
    """
    text = scan.lines[i].text
    if not _is_header(text) and _read_also_title(text) != "":
        return None
    entries, after = _list_after(scan, i)
    if not entries:
        return None
    return _Match(_list_cuts(scan.lines[i], entries), after)


def _worded_list(scan: _Scan, i: int) -> _Match | None:
    """A heading with a related list's word over two or more headlines closing the text.

    "Receptes relacionades", "Похожие вопросы", "関連する質問": nothing but interface lines after the list.

    The lists cannot hold every site's heading; their words for "related" and "similar" carry across sites.
    Read only at the end of the text, over a list, so a report's "Similar cases" section with its prose stays.
    """
    text = scan.lines[i].text
    if not _worded_header(text):
        return None
    entries, after = _list_after(scan, i)
    if len(entries) < _MIN_WORDED_ENTRIES:
        return None
    if any(not interface_line(line.text) and not is_time_line(line.text) for line in scan.lines[after:]):
        return None
    return _Match(_list_cuts(scan.lines[i], entries), after)


def _dated_list(scan: _Scan, i: int) -> _Match | None:
    """Two or more headlines after their dates, below the text's last paragraph, maybe under a short heading.

    "Eelmised osad" over "17.11.2026 Sõrve tuletorni talv" and "24.11.2026 Kalurid ja hülged: kes kellelt kala
    võtab?", "01.12.2026 Бишкекте өрт коопсуздугу боюнча машыгуу өттү": a podcast's earlier episodes, a
    ministry's other news. The date opening each line and the place below the article name the list, in any
    language. A changelog or a timeline of dated entries is the text itself: its entries are its paragraphs,
    and a text with no other chrome keeps them (related headlines are a document's own lines to the gate).
    """
    if i <= scan.last:
        return None
    lines = scan.lines
    heading = None if _dated_entry(lines[i].text) else lines[i]
    if heading is not None and (word_count(heading.text) > _MAX_DATED_HEADING_WORDS or ends_sentence(heading.text)):
        return None
    first = i + (heading is not None)
    entries: list[tuple[Line, str, str]] = []
    for line in lines[first:]:
        found = _dated_entry(line.text)
        if found is None:
            break
        entries.append((line, *found))
    if len(entries) < _MIN_DATED_ENTRIES:
        return None
    cuts = [cut_line(heading, "related_header")] if heading is not None else []
    cuts += [
        cut_line(line, "related_headline", _related(title, date), evidence="form") for line, title, date in entries
    ]
    return _Match(tuple(cuts), first + len(entries))


@memo
def _dated_entry(text: str) -> tuple[str, str] | None:
    """The headline and the date of a line opening with a date ("16/11/2026 · Canteiros do Courel"), or ``None``.

    >>> _dated_entry("16/11/2026 · Canteiros do Courel: a pedra que non se acaba")
    ('Canteiros do Courel: a pedra que non se acaba', '2026-11-16')
    >>> _dated_entry("01.12.2026 The ferry resumed its winter timetable after the storm.") is None
    True
    """
    found = find_date(text)
    if found is None or found[1] != 0:
        return None
    title = text[found[2] :].strip(" ·|-–—,:")
    if not _MIN_DATED_WORDS <= word_count(title) <= _MAX_DATED_WORDS or title.endswith(".") or find_date(title):
        return None
    return title, found[0]


def _list_cuts(heading: Line, entries: list[_Entry]) -> tuple[Cut, ...]:
    """The cuts of a related list: its heading, each headline (with its title and date) and date line."""
    cuts = [cut_line(heading, "related_header")]
    for entry in entries:
        title, date = _list_item(entry.line.text)
        # Under a related-stories heading the list is named by that phrase, not guessed from its shape.
        cuts.append(cut_line(entry.line, "related_headline", _related(title, date or entry.date), evidence="phrase"))
        if entry.date_line is not None:
            cuts.append(cut_line(entry.date_line, "teaser_time"))
    return tuple(cuts)


def _doubled_headline(scan: _Scan, i: int) -> _Match | None:
    """The same headline twice on one line: a teaser widget whose title and link text were glued together."""
    half = _doubled(scan.lines[i].text)
    if half is None:
        return None
    return _Match((cut_line(scan.lines[i], "doubled_headline", _related(half, None)),), i + 1)


def _attributed_headline(scan: _Scan, i: int) -> _Match | None:
    """A headline ending in an attribution (``…, Railways Say``) alone between two paragraphs, after the body began.

    The article's own subheadings do not quote a source that way; another story's headline does.
    """
    text = scan.lines[i].text
    nxt = scan.next_text(i)
    if i <= scan.start or not headline_shaped(text) or not _attributed(text):
        return None
    if nxt is not None and not prose_like(nxt):
        return None
    prev = scan.lines[i - 1].text if i > 0 else ""
    if not prose_like(prev):
        return None
    return _Match((cut_line(scan.lines[i], "related_headline", _related(text, None)),), i + 1)


def _section_teaser(scan: _Scan, i: int) -> _Match | None:
    """A one-to-three-word section label above an attributed headline, after the body began.

    Together they are a teaser's label and title, like :func:`_attributed_headline` with a label on top.
    """
    text = scan.lines[i].text
    nxt = scan.next_text(i)
    if (
        i <= scan.start
        or nxt is None
        or not 1 <= word_count(text) <= 3
        or prose_like(text)
        or not headline_shaped(nxt)
        or not _attributed(nxt)
    ):
        return None
    return _Match(
        (
            cut_line(scan.lines[i], "teaser_section"),
            cut_line(scan.lines[i + 1], "related_headline", _related(nxt, None)),
        ),
        i + 2,
    )


def _promo_tail(scan: _Scan, i: int) -> _Match | None:
    """A closing sentence that advertises another article (``Read more about this in our article …``).

    The cut runs from that sentence's start to the end of the line.

    Only the last sentence or two of the line are searched: the promotion closes the paragraph.
    """
    line = scan.lines[i]
    found = _promo_sentence(line.text)
    if found is None:
        return None
    start, promo = found
    head = line.text[:start]
    boundary = max(head.rfind(". "), head.rfind("! "), head.rfind("? "), head.rfind("。"))
    if boundary < 0:
        if start == 0 and word_count(line.text) <= _PROMO_LINE_WORDS:
            return _Match((cut_line(line, "self_promo"),), i + 1)  # the promotion stands alone on its line
        return None
    cut_from = line.start + boundary + 1
    return _Match((Cut(cut_from, line.end, "self_promo", detail=promo),), i + 1)


@memo
def _promo_sentence(text: str) -> tuple[int, str] | None:
    """Where the promotion phrase in the last ``_PROMO_WINDOW`` characters of ``text`` starts, and the phrase.

    Cached per line text: every pass and every view after a cut asks it of the same lines again.
    """
    lex = load_lexicon()
    if lex.promo_sentence is None:
        return None
    window = max(0, len(text) - _PROMO_WINDOW)
    if not might_find(lex.promo_lowered, text, window):
        return None
    m = lex.promo_sentence.search(text, window)
    return None if m is None else (m.start(), m.group(0))


#: A listed headline does not end like a statement: a full stop of any script ("।", "۔", "።"…), a colon or a
#: semicolon ends a sentence of the article under a related heading (an ellipsis ends a teaser: it stays one).
_STATEMENT_CLOSE = STATEMENT_ENDS - {"…", ",", "，"}


def _list_after(scan: _Scan, i: int) -> tuple[list[_Entry], int]:
    """The headlines listed under the heading at ``i``, each with a date line if one follows it.

    Returns the entries and the index of the first line after the list.
    Interface lines between the heading and the list ("list of 2 items")
    are skipped and left to ``ui_strings``.
    """
    lines = scan.lines
    entries: list[_Entry] = []
    last_at = i  # where the last headline of ``entries`` stands (a date line keeps it the last)
    j = i + 1
    limit = min(len(lines), i + 1 + 2 * _MAX_LIST)
    while j < limit and len(entries) < _MAX_LIST:
        text = lines[j].text
        if interface_line(text):
            if entries:
                break
            j += 1
            continue
        stamp = find_date(text) if entries and entries[-1].date_line is None else None
        if stamp is not None and is_date_line(text):
            entries[-1] = _Entry(entries[-1].line, stamp[0], lines[j])  # "03/12/2024" under a headline
            j += 1
            continue
        title = _list_item(text)[0]
        if (
            starts_upper(title)
            and 3 <= word_count(title) <= 30
            and last_char(title) not in _STATEMENT_CLOSE
            and _TAGGED_SENTENCE.search(title) is None
        ):
            entries.append(_Entry(lines[j], None, None))
            last_at = j
            j += 1
        else:
            break
    if entries and j < len(lines):
        last = entries[-1].line
        if (
            word_count(last.text) <= _SUBHEAD_WORDS
            and (_announces(last.text, lines[j : j + 2]) or _heads_the_text(entries, lines[j].text))
        ) or _next_question(scan, i, last.text, lines[j].text):
            entries.pop()  # "Opfergabe oder Versteck?" then a paragraph about the offering: a subheading
            # Where the popped headline stands (``lines.index(last)`` was a scan from the top, with a
            # dataclass comparison per line: quadratic on a long text of many lists).
            j = last_at
    return entries, j


def _next_question(scan: _Scan, heading: int, last: str, after: str) -> bool:
    """The last headline is an interview's next question: the text above asks and answers in turns.

    A question over an answer, twice or more above the list, and this line is a question over a line
    that answers it (not another question).
    """
    if last_char(last) not in "?？؟" or last_char(after) in "?？؟" or not after:
        return False
    return scan.doc.derived("related_teasers.turns", _interview_turns)[heading] >= _MIN_INTERVIEW_TURNS


def _is_turn(above: str, below: str) -> bool:
    """A question over a line that answers it (a sentence that is not another question)."""
    return last_char(above) in "?？؟" and last_char(below) not in "?？؟" and ends_sentence(below)


def _interview_turns(doc: Document) -> list[int]:
    """For each ``k``, how many question-and-answer turns ``doc.content[:k]`` holds (:func:`_is_turn`).

    Counted once per view: each list under a question asked again of the whole text above it, which made a
    long text of many lists quadratic.
    """
    counts = [0, 0]  # no turn within the first line, or none
    total = 0
    for above, below in pairwise(doc.content):
        total += _is_turn(above.text, below.text)
        counts.append(total)
    return counts


def _heads_the_text(entries: list[_Entry], after: str) -> bool:
    """The last of ``entries`` is the article's next subheading, not one more headline of the list.

    A paragraph follows it, and it breaks the list's form: the headlines above are numbered or bulleted
    and it is not ("3. Water main floods Elm Street", then "What drivers should know"), or it is shorter
    than every one of them by a third ("Seguridad en la noche" under headlines of eight to twelve words).
    """
    if len(entries) < 2 or not prose_like(after):
        return False
    last, earlier = entries[-1].line.text, [e.line.text for e in entries[:-1]]
    if all(_MARKED.match(t) for t in earlier) and not _MARKED.match(last):
        return True
    # Clearly shorter: a subheading of a few words, under headlines half as long again or longer.
    shortest = min(word_count(_list_item(t)[0]) for t in earlier)
    return word_count(last) <= _SUBHEAD_SHORT and 3 * word_count(last) < 2 * shortest


_DOUBLED_MIN_WORDS = 6
#: A related list found by its heading's word needs two headlines or more under it.
_MIN_WORDED_ENTRIES = 2
#: A dated list (:func:`_dated_list`): two entries or more, each a headline of a few words after its date,
#: under a heading of a few words at most.
_MIN_DATED_ENTRIES = 2
_MIN_DATED_WORDS = 2
_MAX_DATED_WORDS = 15
_MAX_DATED_HEADING_WORDS = 4
_MAX_WORDED_WORDS = 4
_MAX_WORDED_CHARS = 40
_UNSPACED_WORD = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Hangul}]")
_PROMO_WINDOW = 240
_PROMO_LINE_WORDS = 25
_MIN_INTERVIEW_TURNS = 2
# "… do Velikonoc. (ČTK)": a sentence closed by a tag in brackets is the article's paragraph, not a headline.
_TAGGED_SENTENCE = re.compile(r"[.!?…。]\s*\([^()]{1,30}\)\s*$")
_SUBHEAD_WORDS = 6  # subheadings are short; a longer last item is a headline even on a related topic
_SUBHEAD_SHORT = 5  # a subheading told from the list by its length alone is shorter still
_CONTENT_WORD = re.compile(r"[^\W\d_]{6,}")
_BULLET = re.compile(r"^[·•▪►▸*\-–—]\s*")
# A list entry with its bullet or number: "• Headline", "3. Headline".
_MARKED = re.compile(r"^(?:[·•▪►▸*\-–—]|\d{1,2}[.)])\s*")


def _list_item(text: str) -> tuple[str, str | None]:
    """Split ``· Headline 2024-02-21`` into the headline and its date."""
    text = _BULLET.sub("", text)
    found = find_date(text)
    if found and found[2] == len(text.rstrip()) and found[1] > 0:
        return text[: found[1]].strip(" |-–—,"), found[0]
    return text, None


@dataclass(frozen=True, slots=True)
class _Entry:
    """A headline in a related list, with the date printed under it, if any."""

    line: Line
    date: str | None
    date_line: Line | None


def _announces(heading: str, following: tuple[Line, ...]) -> bool:
    """True when half or more of the content words of ``heading`` come back in the paragraphs after it.

    A subheading announces what follows; a related headline is about another story
    (and shares a word or two with the article at most).
    """
    # A month's name says when, not what: "Tunø får nye anløbstider fra januar" over a paragraph that
    # mentions January is another story's headline.
    months = load_lexicon().months
    words = {w.casefold() for w in _CONTENT_WORD.findall(heading)} - months.keys()
    if not words:
        return False
    after = " ".join(line.text for line in following).casefold()
    return sum(w in after for w in words) * 2 >= len(words)


@memo
def _is_header(text: str) -> bool:
    """``Related Stories``, ``More from CNN``, ``Leia mais``: a heading above a list of headlines."""
    lex = load_lexicon()
    key = norm(text)
    if key in lex.related_headers or lex.line_reason(text) in ("related_header", "read_more"):
        return True
    if key.count(" ") > 4:
        return False  # more than five words (norm leaves one space between words): no split of a paragraph
    words = key.split()
    return len(words) <= 5 and any(" ".join(words[:n]) in lex.related_headers for n in range(2, len(words)))


@memo
def _worded_header(text: str) -> bool:
    """A heading of a few words, no sentence, holding one of the lexicon's related-list words.

    >>> _worded_header("Receptes relacionades"), _worded_header("関連する質問")
    (True, True)
    >>> _worded_header("Related work is scarce.")
    False
    """
    if len(text) > _MAX_WORDED_CHARS or word_count(text) > _MAX_WORDED_WORDS or ends_sentence(text):
        return False
    words = load_lexicon().related_words
    low = text.casefold()
    tokens = {t.strip(".,:;!?()[]«»\"'“”") for t in low.split()}
    return not tokens.isdisjoint(words) or any(w in low for w in _inside_words(words))


@cache
def _inside_words(words: frozenset[str]) -> tuple[str, ...]:
    """The related-list words found inside a line rather than as whole words, picked once per lexicon.

    Words of scripts without spaces (and Korean, whose words take their endings glued: "관련기사"), and
    two-word entries ("liên quan"). Picking them on every line tested every word of the lexicon (14 of 196).
    """
    return tuple(w for w in words if " " in w or _UNSPACED_WORD.match(w))


@memo
def _teaser_headline(text: str) -> bool:
    """A headline of four or more words that is not a known interface string."""
    return headline_shaped(text) and word_count(text) >= 4 and load_lexicon().line_reason(text) is None


@memo
def _doubled(text: str) -> str | None:
    """The headline of a line that repeats it, compared word by word (spacing aside).

    Cached per text: every view of every pass asks it of every line.
    """
    # The first word of a doubled line comes back in the rest of it, which one search of the rest tells
    # without splitting the whole line into words; and a doubled line has an even number of words.
    head = text.split(None, 1)
    if len(head) < 2 or head[0] not in head[1]:
        return None
    n = split_count(text)
    if n < _DOUBLED_MIN_WORDS or n % 2:
        return None
    words = text.split()
    half = " ".join(words[: n // 2])
    return half if words[: n // 2] == words[n // 2 :] and headline_shaped(half) else None


#: The rules that answer ``None`` at a line that is not after ``_Scan.start`` (the first prose line).
_AFTER_BODY = frozenset({_echo_teaser, _timed_teaser, _attributed_headline, _section_teaser})
