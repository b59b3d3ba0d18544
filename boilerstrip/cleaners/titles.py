"""titles: the head of the page before the first paragraph: title, its copies, kicker, section label, tagline."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import ClassVar

import regex

from boilerstrip.document import Document, Line
from boilerstrip.rules.dates import find_date, has_time, strip_dates_and_times
from boilerstrip.rules.kit import body_start, cut_line, first_match, is_tagline, prior_reasons
from boilerstrip.rules.lexicon import load_lexicon, norm, stoplists
from boilerstrip.rules.memo import bounded
from boilerstrip.rules.shapes import (
    ASKING_ENDS,
    STATEMENT_ENDS,
    ends_with_ellipsis,
    headline_shaped,
    last_char,
    prose_like,
    runs_on,
    starts_upper,
    word_count,
)
from boilerstrip.types import Cut, Fact

# A kicker fused to the headline: "REGIERUNGKanzler im…", "TrockenheitBrandenburger…", and before a short
# first word standing on its own: "MovilidadEl tranvía…", "SiófokÚj kikötő…".
_KICKER = regex.compile(r"^(?P<kicker>\p{Lu}\p{L}{3,}?)(?=\p{Lu}(?:\p{Ll}{3,}|\p{Ll}{1,2}\s))")
_PERSON = regex.compile(r"^\p{Lu}[\p{Ll}\p{M}'’\-]+(?: \p{Lu}[\p{Ll}\p{M}'’\-]+){1,2}(?: in \p{Lu}[\p{L} ]{2,30})?$")
# "العربية.نت - سارة الحربي": a site's domain, a dash and the author.
_SITE_BYLINE = regex.compile(r"^(?P<site>[\p{L}\d]+(?:\.[\p{L}]{2,})+)\s*[-–—]\s*(?P<name>\p{L}[\p{L} ]{2,40})$")
# "Rizky Maulana - detikNews": an author, a dash and the outlet.
_BYLINE_SITE = regex.compile(r"^(?P<name>\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2})\s*[-–—]\s*(?P<site>[\p{L}\d.]+)$")
_MAX_HEAD = 14
_MAX_TITLE_WORDS = 25
_WRAP_MIN_WORDS = 5
_MIN_COPY = 10
_LOWER_WORD = regex.compile(r"^\p{Ll}{2,}\b")
_NUMBER = regex.compile(r"(?<![\w.,])\d+(?:[.,:]\d+)?(?![\w.,])")
_DIGITS = regex.compile(r"\d+")
_TITLE_MIN_WORDS = 5
#: The longest question taken for a headline when it would otherwise open the body.
_MAX_QUESTION_WORDS = 15
_INNER_SENTENCE_END = regex.compile(r"[.!?。！？]\s+\S")
_LIST_MARKS = ("- ", "• ", "* ", "– ")
_LABEL_PUNCT = regex.compile(r"[,;:!?]|\.\s")
# A price with cents ("$39.99", "100,00 €") marks a product or offer line; "$18 million" can be a headline.
_PRICE = regex.compile(r"[$€£¥₽]\s*\d+[.,]\d\d\b|\d+[.,]\d\d\s*(?:€|\$|EUR|USD)")
_URL = regex.compile(r"https?://|www\.")
_HASHTAG_END = regex.compile(r"#\w+\s*$")
#: A bracketed kicker of one or two words before a headline: "[HOAKS] ", "[라이브] ".
_BRACKET_TAG = regex.compile(r"^[\[【]\s*[\p{L}\p{N}]+(?:\s[\p{L}\p{N}]+)?\s*[\]】]\s+(?=\S)")
_OPENING_QUOTES = "\"'“”„«»‘’‚‹›「『"
#: A score or a clock time ("2:1", "19:45"): its colon is no label's.
_SCORE = regex.compile(r"\d:\d")
_GREEK = regex.compile(r"\p{Greek}")
_MAX_KICKER_WORDS = 3
#: What stands before a site's name where the page names its owner: a copyright sign (and year), a credit label.
_OWNER_BEFORE = regex.compile(
    r"(?:©|\(c\)|\bcopyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*$|^\s*\p{L}+\s*:\s*$", regex.I
)
# A breadcrumb or a menu row: segments between separators ("Forum › Huis › Klimaat", "Nieuws · Sport").
_SEPARATED = regex.compile(r"\S\s+[›»>＞·•|]\s+\S|\S＞\S|\S\s*＞\s*\S")
_TIMED = regex.compile(r"^\d{1,2}[:.]\d{2}\b")
# Cuts made on shape alone (a line repeated, a row of short words): they do not show that the page has chrome.
_WEAK_REASONS = frozenset({"navigation", "duplicate_line", "pull_quote", "tag_list", "widget", "caption_twin"})
_ARTICLE_PROSE_SHARE = 0.4
_MAX_TAGLINE_WORDS = 12
_ARTICLE_MIN_WORDS = 100


@dataclass(frozen=True)
class Titles:
    r"""Take the title (and its duplicates, kicker, section label, tagline, bylines) out of the page head.

    A headline-shaped dek right under the title, followed by the first
    paragraph, moves to ``description``: a second run would otherwise take it
    for the title. A dek written as a sentence stays in the text.

    The head is everything before the first line that reads like prose. Only
    lines there are touched, so the body is never cut by this cleaner.

    A title-shaped first line with nothing but its shape for it (no chrome cut on the page, a copy
    of it, or a body that reads like an article) is the heading of a chrome-free text, and stays.

    >>> from boilerstrip.document import Document
    >>> doc = Document("Port Opens After Years of Delay\nPort Opens After Years of Delay\n"
    ...                "The port opened on Monday after years of delay.")
    >>> [c.reason for c in Titles().find(doc)]
    ['title', 'duplicate_title']
    >>> [c.reason for c in Titles().find(Document("Pearl Barley Soup\nSoak the barley overnight in cold water."))]
    []
    """

    name: str = field(default="titles", init=False)
    #: What each reason's cuts rest on (boilerstrip.evidence); a cut may name its own.
    evidence: ClassVar[Mapping[str, str]] = {
        "title": "headline",
        "duplicate_title": "copy",
        "kicker": "position",
        "section_label": "position",
        "tagline": "position",
        "byline": "position",
        "dek": "position",
        "head_chrome": "position",
    }
    version: int = field(default=22, init=False)
    #: What it reads from earlier cleaners (see ``Pipeline``): they must run first when present.
    requires: tuple[str, ...] = field(default=("title", "section"), init=False)
    #: The fact keys (and kinds of cut) it gives later cleaners and the metadata.
    provides: tuple[str, ...] = field(default=("title", "section", "site_name", "description", "author"), init=False)
    reasons: dict[str, str] = field(
        default_factory=lambda: {
            "title": "the article title",
            "duplicate_title": "another copy of the title",
            "kicker": "a section word fused to the start of the title",
            "section_label": "a one-to-three-word section label above the title",
            "tagline": "a site or section tagline above the title",
            "byline": "an author name alone on a line next to the title",
            "dek": "a standfirst right under the title (kept as the description)",
            "head_chrome": "another short line above the title",
        },
        init=False,
    )

    def find(self, doc: Document) -> Iterator[Cut]:
        """Propose cuts for the head lines: those above the title, the title, then the run right under it."""
        if doc.facts_for("title") or (doc.page is not None and doc.page.headlines):
            # The title is known: an earlier step took it out, or the HTML page declares its headline
            # (page_widgets removes it where it opens the text). The head's first title-shaped line is
            # then a subtitle or a subheading, not the title.
            return
        head = _read_head(doc)
        if head is None:
            return
        for line in head.above:
            yield _section_label(head, line) or _tagline(head, line) or cut_line(line, "head_chrome")
        yield from _title_cuts(head)
        below_rules = (
            _title_copy,
            _tagline_below,
            _site_byline,
            _person_byline,
            _dek,
            _author_site_byline,
            _short_chrome,
        )
        seen: set[str] = set()
        for line in head.below:
            if line.text in seen:
                break  # a page's contents list named this heading above: here the article's own sections begin
            seen.add(line.text)
            cut = first_match(below_rules, head, line)
            if cut is None:
                break  # the run under the title stops at the first line no rule takes; the rest is left alone
            yield cut
        yield from _reply_subjects(head)


@dataclass(frozen=True, slots=True)
class _Head:
    """The page head as the rules read it: the lines above the title, the title, the lines under it."""

    doc: Document
    lines: tuple[Line, ...]
    above: tuple[Line, ...]
    #: The label-shaped lines among ``above``, top to bottom.
    labels: tuple[Line, ...]
    title_line: Line
    #: A section word fused to the start of the title line ("REGIERUNG"), else "".
    kicker: str
    #: The title without its kicker.
    title: str
    below: tuple[Line, ...]
    #: The title line is a menu row (:func:`_menu_row`) that names nothing of the story: cut, but no title.
    menu: bool = False


def _read_head(doc: Document) -> _Head | None:
    """The head, when it has a title that something besides its shape vouches for and only furniture above it.

    ``None`` leaves the page untouched: no head, no title, or a line above the title that may be content
    ("Platzwechsel, langsam erklärt"), in which case the head is not what it seems and a second run
    would take that line for the title.
    """
    head = _head_lines(doc)
    if not head:
        return None
    t = _title_index(doc, head)
    found = _head_at(doc, head, t)
    if found is None and t is not None:
        # The headline under the menu leaves a line above it that may be content: the line over the menu is
        # read as the title instead, as it was before the menu counted.
        first = _title_index(doc, head, below_menu=False)
        if first != t:
            found = _head_at(doc, head, first)
    return found


def _head_at(doc: Document, head: list[Line], t: int | None) -> _Head | None:
    """The head with ``head[t]`` as its title, when something vouches for it and only furniture stands above it."""
    lines = doc.content
    if t is None or not _title_evidence(doc, lines, head, t):
        return None
    above = tuple(head[:t])
    labels = tuple(ln for ln in above if _label_shaped(ln.text))
    if any(not _removable_above(doc, ln, ln in labels) for ln in above):
        return None
    title_line = head[t]
    k = fused_kicker(doc, title_line.text)
    # A menu row the head had nothing better than ("Nyheter Sport Familj Nöje Åsikter E-tidning", on a later
    # pass, once the headline under it is gone) heads the page as its furniture, not as its title.
    menu = _menu_row(title_line.text, doc.lang) and not _names_the_story(
        title_line.text, _opening_keys(doc.content, len(head))
    )
    return _Head(doc, lines, above, labels, title_line, k, title_line.text[len(k) :], tuple(head[t + 1 :]), menu)


def fused_kicker(doc: Document, text: str) -> str:
    """The section word fused to the front of the headline ``text`` ("PlzeňOtevřeli nové…"), or ``""``.

    An extractor joins a kicker's element to the headline's without a space. A word the text prints whole
    elsewhere ("WhatsApp", "PlayStation") is a name with a capital inside, not a kicker and a headline.
    """
    kicker = _KICKER.match(text)
    if kicker is None or not headline_shaped(text[kicker.end() :]):
        return ""
    fused = text.split(None, 1)[0].casefold()
    if any(fused in line.text.casefold() for line in doc.content if line.text != text):
        return ""
    return str(kicker.group("kicker"))


def _head_lines(doc: Document) -> list[Line]:
    """The lines before the first paragraph (at most ``_MAX_HEAD``), up to the first hard-wrapped one.

    A line running on into a lower-case line is the start of a hard-wrapped paragraph: the body began there.
    """
    lines = doc.content
    start = body_start(doc)
    if start >= len(lines):
        return []
    if start < _MAX_HEAD and _question_headline(doc, lines, start):
        start += 1  # "Balkonkraftwerk im Winter: Was bringt es wirklich?" reads as a sentence, but heads the page
    head = list(lines[: min(start, _MAX_HEAD)])
    for i, line in enumerate(head):
        if _continued(lines, line):
            return head[:i]
    return head


def _question_headline(doc: Document, lines: tuple[Line, ...], i: int) -> bool:
    """A short title-shaped line ending in ``?`` or ``!`` with no prose right under it: a headline, not a paragraph.

    A question that opens the text is followed by its answer; a headline asking one is followed by its
    byline, date or dek (or by whatever the cuts above left: "Das Wichtigste in Kürze"), or by the place
    where an earlier cleaner took the byline out.
    """
    text = lines[i].text
    if last_char(text) not in ASKING_ENDS or not _title_shaped(text) or i + 1 >= len(lines):
        return False
    nxt = lines[i + 1]
    if word_count(text) > _MAX_QUESTION_WORDS:
        # A longer question is a headline when it is one sentence and a byline with its date stands right
        # under it, or stood there before a cleaner took it out (a lede's second sentence may ask a question
        # too: "Kövesse velünk a mérkőzést!").
        return (
            word_count(text) <= _MAX_NAMING_WORDS + 5
            and _INNER_SENTENCE_END.search(text) is None
            and (_meta_line(nxt.text) or bool(prior_reasons(doc, nxt)))
        )
    return not prose_like(nxt.text) or bool(prior_reasons(doc, nxt))


def _title_index(doc: Document, head: list[Line], *, below_menu: bool = True) -> int | None:
    """The title line among the head's title-shaped lines (its index in ``head``), or ``None``.

    In order: the first line of five words or more (not a menu row) whose topic words the article's opening
    repeats (:func:`_names_the_story`); else the longest shorter line that the opening names; else, as before
    this rule, the first line of five words or more, or the longest line. A headline names what the article
    is about; a menu row, the site's name, a ticker of another story or a score line above it do not. Of the
    lines of five words or more, one under the site's menu (:func:`_above_menu`) goes before one over it, unless
    ``below_menu`` is off (the choice before session twenty-five, which :func:`_read_head` falls back on).
    """
    candidates = [
        i
        for i, line in enumerate(head)
        if _title_shaped(line.text)
        and not is_tagline(doc, line.text)
        and not _interface(line.text)
        and not _list_row(head, i)
        and not _date_only(line.text)
    ]
    if len(candidates) < 2:
        return candidates[0] if candidates else None  # nothing to choose between: the opening is not read
    names = [i for i in candidates if _site_name(doc, head[i])]
    if names and len(names) < len(candidates):
        candidates = [i for i in candidates if i not in names]
    long = [i for i in candidates if word_count(head[i].text) >= _TITLE_MIN_WORDS and not _menu(head[i].text, doc.lang)]
    opening = _opening_keys(doc.content, len(head))
    for group in (long, candidates):
        named = [
            i
            for i in group
            if word_count(head[i].text) <= _MAX_NAMING_WORDS and _names_the_story(head[i].text, opening)
        ]
        # A line above the site's menu is a ticker or a teaser over the masthead, the site's name, a menu row:
        # the headline comes below it. Only a headline of five words or more is preferred so: a shorter named line
        # below a wiki's skip link may be a row of its infobox ("Vlucht 23,40 meter").
        # A headline printed twice, over the menu and under it, is the same title either way: the first stays.
        below = [i for i in named if not _above_menu(doc, head, i)] if group is long and below_menu else []
        if below and head[below[0]].text != head[named[0]].text:
            named = below
        if named:
            return named[0] if group is long else max(named, key=lambda i: (word_count(head[i].text), -i))
    if long:
        return next((i for i in long if not _above_menu(doc, head, i)), long[0]) if below_menu else long[0]
    # A menu row ("Gündem Ekonomi Spor Yaşam Dünya Yazarlar") is the title only when nothing else is.
    return max(candidates, key=lambda i: (not _menu(head[i].text, doc.lang), word_count(head[i].text), -i))


#: Navigation lines (a home link, a breadcrumb, a menu item the lexicon knows) below a head's line that put it
#: above the site's menu.
_MENU_LINES = 1


def _above_menu(doc: Document, head: Sequence[Line], i: int) -> bool:
    r"""Whether the site's menu (a navigation line: "Home", a breadcrumb) stands below ``head[i]``, in the head.

    A breaking-news ticker or a teaser of another story runs across the top of the page, above the masthead and
    its menu; the headline stands below the menu and the breadcrumb, over the byline. The menu's lines may be
    gone from the head already (an earlier cleaner cut them): they are read in the view, as the lexicon knows them
    or as an earlier cut named them.

    >>> from boilerstrip.document import Document
    >>> doc = Document("Breaking News: Storm closes the coast road\nHome\nFerry fares rise in April\n")
    >>> head = [doc.content[0], doc.content[2]]
    >>> _above_menu(doc, head, 0), _above_menu(doc, head, 1)
    (True, False)
    """
    lex = load_lexicon()
    lines = doc.content
    first, last = head[i].index, head[-1].index
    found = sum(
        lex.line_reason(line.text) == "navigation" or "ui_strings/navigation" in prior_reasons(doc, line)
        for line in lines
        if first < line.index < last
    )
    return found >= _MENU_LINES


def _site_name(doc: Document, line: Line) -> bool:
    r"""Whether the page prints ``line``'s text again as its owner's name: after a copyright sign, as a credit.

    "© 2026 Vale Parish Council", "Photo: Vale Parish Council": the line is the site's name, not a headline
    (a headline comes back as the start of a sentence, a reply's subject or a quotation, never as the owner
    of the page's rights). Only a line still in the view is read: a footer an earlier cleaner cut is gone.

    >>> from boilerstrip.document import Document
    >>> doc = Document("Vale Parish Council\nNew playground opens on Elm Street\nText.\n© 2026 Vale Parish Council\n")
    >>> _site_name(doc, doc.content[0]), _site_name(doc, doc.content[1])
    (True, False)
    """
    name = line.text
    for other in doc.content:
        at = other.text.find(name) if other is not line else -1
        if at > 0 and _OWNER_BEFORE.search(other.text[:at]) and not other.text[at + len(name) :].strip(" .·|,"):
            return True
    return False


def named_title_line(doc: Document) -> int | None:
    r"""The index (in ``doc.content``) of the head's line that names the story, when no title is known yet.

    Of the title-shaped lines of five to twenty words above the first paragraph (no interface string, no
    date), the one whose topic words the opening repeats most, twice at least (:func:`_names_the_story`). The
    line labeller reads it when it cuts that line on its own evidence, where this cleaner found no head (a
    page it did not read as one): the line it removes is then the title, as metadata.

    >>> from boilerstrip.document import Document
    >>> doc = Document("Nachrichten Sport Kultur\nAlte Saalebrücke wird ab Frühjahr saniert\n"
    ...     "Die Stadt saniert die alte Saalebrücke ab dem Frühjahr, teilte das Bauamt am Montag mit.\n")
    >>> named_title_line(doc)
    1
    """
    if doc.facts_for("title") or (doc.page is not None and doc.page.headlines):
        return None
    lines = doc.content
    start = min(body_start(doc), _MAX_HEAD)
    candidates = [
        i
        for i, line in enumerate(lines[:start])
        if _TITLE_MIN_WORDS <= word_count(line.text) <= _MAX_NAMING_WORDS
        and _title_shaped(line.text)
        and not _interface(line.text)
        and not _date_only(line.text)
    ]
    if not candidates:
        return None  # the opening is read only when a line may name it
    opening = _opening_keys(lines, start)
    best, most = None, _SHARED_TOPIC_KEYS - 1
    for i in candidates:
        # The line naming most of the story: a menu row or the site's name may share a word or two with it.
        shared = _shared_topic_words(lines[i].text, opening)
        if shared > most:
            best, most = i, shared
    return best


#: How many lines of the article's opening a title's words are looked for in.
_OPENING_LINES = 10
#: The longest line taken for the title because the opening repeats its words: headlines of the development
#: pages run up to twenty words; a longer line that names the story is its standfirst.
_MAX_NAMING_WORDS = 20
#: How many of a title's topic words (stems, or character pairs in unspaced scripts) the opening must repeat.
_SHARED_TOPIC_KEYS = 2
_WORD = regex.compile(r"[\p{L}\p{M}]+")
_UNSPACED = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Thai}]")
#: Words this short are mostly function words; longer ones are cut to this many letters, a crude stem that
#: lets "biblioteca" meet "bibliotecas" and "Saalebrücke" nothing but itself.
_MIN_TOPIC_LETTERS = 4
_STEM_LETTERS = 5


#: How many texts' topic words :func:`_topic_keys` keeps: an article's opening is ten lines long, too large a key
#: for the per-line caches, which keep up to 65,536 answers between trims; one page asks for a few dozen.
_TOPIC_TEXTS_KEPT = 1024


@bounded(_TOPIC_TEXTS_KEPT)
def _topic_keys(text: str) -> frozenset[str]:
    """The topic words of ``text``: stems of its longer words, character pairs in the unspaced scripts.

    >>> sorted(_topic_keys("Nowa biblioteka w Lublinie"))
    ['bibli', 'lubli', 'nowa']
    >>> sorted(_topic_keys("新图书馆开放"))
    ['书馆', '图书', '开放', '新图', '馆开']
    """
    keys: set[str] = set()
    for word in _WORD.findall(text.casefold()):
        if _UNSPACED.search(word):
            keys.update(word[i : i + 2] for i in range(len(word) - 1))
        elif len(word) >= _MIN_TOPIC_LETTERS:
            keys.add(word[:_STEM_LETTERS])
    return frozenset(keys)


def _opening_keys(lines: Sequence[Line], start: int) -> frozenset[str]:
    """The topic words of the article's opening: the ``_OPENING_LINES`` lines from ``start``."""
    return _topic_keys(" ".join(line.text for line in lines[start : start + _OPENING_LINES]))


def _shared_topic_words(text: str, opening: frozenset[str]) -> int:
    """How many topic words of ``text`` the opening (its ``opening`` topic keys) repeats."""
    return len(_topic_keys(text) & opening)


def _names_the_story(text: str, opening: frozenset[str]) -> bool:
    """Whether the article's opening (its ``opening`` topic keys) repeats two topic words of ``text`` or more.

    >>> opening = _topic_keys("Die Stadt baut die alte Saalebrücke ab Frühjahr neu.")
    >>> _names_the_story("Saalebrücke wird ab Frühjahr saniert", opening)
    True
    >>> _names_the_story("Nachrichten Sport Kultur Wetter Video", opening)
    False
    """
    return _shared_topic_words(text, opening) >= _SHARED_TOPIC_KEYS


def _date_only(text: str) -> bool:
    """A date, with its weekday or its time at most: "30 พฤศจิกายน 2569", "الأربعاء 10 كانون الأول 2026".

    A page's date line stands where its title does, and in a script without capitals, or with the weekday
    spelt out, it has a headline's shape; it is never the title.

    >>> _date_only("Mittwoch, 10. Dezember 2026"), _date_only("Hochwasser am 10. Dezember 2026 erwartet")
    (True, False)
    """
    return find_date(text) is not None and word_count(strip_dates_and_times(text)) <= 1


def _section_label(head: _Head, line: Line) -> Cut | None:
    """A label above the title (up to four words, no sentence): it names the section, or the site.

    The label nearest the title names the section; a label above it names the site (and so does
    a lone label when a breadcrumb already gave the section).
    """
    if line not in head.labels:
        return None
    section_known = bool(head.doc.facts_for("section"))
    if line is head.labels[0] and (len(head.labels) > 1 or section_known):
        return cut_line(line, "section_label", Fact("site_name", line.text))
    if line is head.labels[-1]:
        return cut_line(line, "section_label", Fact("section", line.text))
    return cut_line(line, "section_label")


def _tagline(head: _Head, line: Line) -> Cut | None:
    """A tagline above the title: a site's marketing line, or a sentence standing above the headline."""
    if is_tagline(head.doc, line.text) or prose_like(line.text):
        return cut_line(line, "tagline")
    return None


def _title_cuts(head: _Head) -> Iterator[Cut]:
    """The title line: the title (kept as the ``title`` fact), after the section word fused to it, if any."""
    line = head.title_line
    if head.menu:
        yield cut_line(line, "head_chrome")
        return
    if not head.kicker:
        yield cut_line(line, "title", Fact("title", head.title))
        return
    split = line.start + len(head.kicker)
    yield Cut(line.start, split, "kicker", facts=(Fact("section", head.kicker),))
    yield Cut(split, line.next_start, "title", facts=(Fact("title", head.title),))


def _title_copy(head: _Head, line: Line) -> Cut | None:
    """Another copy of the title under it (spacing and case aside)."""
    return cut_line(line, "duplicate_title") if norm(line.text) == norm(head.title) else None


#: A forum post's subject line: a reply prefix and the thread's title ("Re: …", "AW: …", "Odp: …", "SV: …").
_REPLY_SUBJECT = regex.compile(r"^(?:Re|RE|Aw|AW|Odp|ODP|SV|Sv|VS|Vs|Ynt|YNT)\s*(?:\[\d+\])?\s*:\s*(?P<rest>\S.*)$")


def _reply_subjects(head: _Head) -> Iterator[Cut]:
    """Each post's subject line in a thread: the title again after a reply prefix, anywhere in the text.

    A forum prints the thread's title over every answer; the title itself is the only evidence needed.
    """
    key = norm(head.title)
    after = head.title_line.index
    for line in head.doc.content:
        if line.index > after and (m := _REPLY_SUBJECT.match(line.text)) and norm(m.group("rest")) == key:
            yield cut_line(line, "duplicate_title")


def _tagline_below(head: _Head, line: Line) -> Cut | None:
    """A site tagline printed under the title (a wiki mirror's "From Wikiland, the free encyclopedia")."""
    # A marketing cue of the phrase lists, in a short line: a line under the title ending in "…" is
    # often the lede itself, cut short by the extractor, and prose is never cut as a tagline.
    lex = load_lexicon()
    text = line.text
    if lex.tagline_cues is None or word_count(text) > _MAX_TAGLINE_WORDS or not lex.tagline_cues.search(text):
        return None
    return cut_line(line, "tagline")


def _site_byline(head: _Head, line: Line) -> Cut | None:
    """``العربية.نت - سارة الحربي``: the site's domain, a dash and the author."""
    m = _SITE_BYLINE.match(line.text)
    if m is None:
        return None
    return cut_line(line, "byline", Fact("site_name", m.group("site")), Fact("author", m.group("name")))


def _person_byline(head: _Head, line: Line) -> Cut | None:
    """A person's name alone on a line (``Jane Doe``, ``Jane Doe in Lisbon``, ``Jane Doe, AFP``): the author."""
    text = _agency_byline(line.text) or line.text
    if not _PERSON.match(text):
        return None
    return cut_line(line, "byline", Fact("author", text.split(" in ")[0]))


def _agency_byline(text: str) -> str:
    """The person of ``Emilia Koskinen, STT`` (a name, then the agency that carried the story), else ""."""
    name, _, outlet = text.rpartition(",")
    name = name.strip()
    return name if name and outlet.strip() in load_lexicon().agencies and _PERSON.match(name) else ""


#: The exclamation marks of the scripts (Latin, full-width, Arabic-script texts use the Latin one).
_EXCLAIMED = ("!", "！", "‼")


def _dek(head: _Head, line: Line) -> Cut | None:
    """A title-shaped standfirst right under the title, followed by the first paragraph: kept as the description.

    A second run would take it for the title; it goes to metadata now, so cleaning twice changes nothing.
    A line ending in an exclamation mark is the text's own voice, not a standfirst: a letter's greeting ("Hej
    allihop!", "Liebe Mitglieder!") or the writer's cry over the first paragraph.
    """
    if line.text.endswith(_EXCLAIMED) or not _title_shaped(line.text) or not _prose_follows(head.lines, line):
        return None
    return cut_line(line, "dek", Fact("description", line.text))


def _author_site_byline(head: _Head, line: Line) -> Cut | None:
    """``Rizky Maulana - detikNews``: the author, a dash and the outlet."""
    m = _BYLINE_SITE.match(line.text)
    if m is None:
        return None
    return cut_line(line, "byline", Fact("author", m.group("name")), Fact("site_name", m.group("site")))


#: The commas a salutation ends in ("Hallo allemaal,", "Dear members,", "أعزائي،", "各位，").
_SALUTATION_COMMAS = (",", "،", "，")


def _short_chrome(head: _Head, line: Line) -> Cut | None:
    """A line of at most three words under the title that is not prose, a time or a table row: a label.

    A label does not exclaim: "Hej allihop!" under a newsletter's title is its greeting; nor does a sentence
    run on from it ("Bonjour à tous," over "depuis les premières gelées, …"), nor does it end in a comma: "Hallo
    allemaal," over a post's first sentence is its salutation.
    """
    text = line.text
    if text.endswith(_EXCLAIMED) or text.endswith(_SALUTATION_COMMAS) or _runs_on_below(head, line):
        return None
    if word_count(text) <= 3 and not prose_like(text) and not _TIMED.match(text) and not _tabular(text):
        return cut_line(line, "head_chrome")
    return None


def _runs_on_below(head: _Head, line: Line) -> bool:
    """Whether a sentence runs on from ``line`` into the head's next line (:func:`runs_on`)."""
    after = next((other for other in head.lines if other.index > line.index), None)
    return after is not None and runs_on(line.text, after.text)


def _title_shaped(text: str) -> bool:
    """Like a headline, but a title may hold two sentences or end in a question mark.

    A kicker may lead it, in brackets or before one bar ("[VIDEO] Storm …", "LIVE | Council …"), and a
    quotation may open it ("”We want …”").

    >>> _title_shaped("[VIDEO] Storm floods the old harbour in Marlow")
    True
    >>> _title_shaped("LIVE | Council votes on the harbour budget: 2:1 for the plan")
    True
    >>> _title_shaped("Subtitles: Off | Quality: 720p | Full screen"), _title_shaped("Home | News | Sport")
    (False, False)
    """
    tag = _BRACKET_TAG.match(text)
    if tag is not None:
        text = text[tag.end() :]
    n = word_count(text)
    if not 2 <= n <= _MAX_TITLE_WORDS or not starts_upper(text.lstrip(_OPENING_QUOTES)) or _TIMED.match(text):
        return False
    if _tabular(text) or text.startswith(("(", "[", "+", "|")):
        return False  # "(+ 15 Minuten backen)": a note or a table cell
    colons = text.count(":") - len(_SCORE.findall(text))
    if _HASHTAG_END.search(text) or _URL.search(text) or colons >= 2 or _PRICE.search(text):
        return False  # disclosures ("… #ad"), link lines and "Tested by: … More info: …" fact boxes
    end = last_char(text)
    if end == ";" and _GREEK.search(text):
        end = "?"  # the Greek question mark
    if end in STATEMENT_ENDS or ends_with_ellipsis(text):
        return False
    return not _SEPARATED.search(_kicker_bar_removed(text))


def _kicker_bar_removed(text: str) -> str:
    """``text`` without its one bar when a kicker (three words at most) stands before it and a headline after it."""
    parts = text.split(" | ")
    if len(parts) != 2 or find_date(text) or has_time(text):
        return text
    if word_count(parts[0]) > _MAX_KICKER_WORDS or word_count(parts[1]) < _TITLE_MIN_WORDS:
        return text  # "Hotline: 1900 0000 | Book a visit": two labels, no kicker before a headline
    return f"{parts[0]} {parts[1]}"


def _interface(text: str) -> bool:
    """A line the phrase lists know as interface text (a share row, skip links, a listing header): never the title."""
    lex = load_lexicon()
    return lex.line_reason(text) is not None or lex.starts_like_interface(text)


def _menu(text: str, lang: str | None) -> bool:
    """A row of capitalised single words with no small word between them: "Home News Politics Video".

    In a script without capitals, or a row mixing a few small words in ("Langrenn Skiskyting Hopp Alpint Om
    klubben"), a row of five words or more of letters only, none of them a function word of the text's
    language: "חדשות כלכלה ספורט תרבות מוסף סוף השבוע דעות".
    """
    words = text.split()
    if all(w[:1].isupper() and w.isalpha() for w in words):
        return True
    return _function_free_row(words, lang)


#: The fewest words of a row of menu items told by its missing function words.
_MENU_ROW_WORDS = 5


def _menu_row(text: str, lang: str | None) -> bool:
    """A row of five menu items or more with no function word of the text's language: the strict form of :func:`_menu`.

    A short row of capitalised words ("Hälsinge Tidning", "Port Opens Today") may be a site's name or a title in
    title case; five words or more of letters only, none in small letters (in a script with capitals) and none
    a function word, are a menu's.

    >>> _menu_row("Nyheter Sport Familj Nöje Åsikter E-tidning", "sv"), _menu_row("Hälsinge Tidning", "sv")
    (True, False)
    >>> _menu_row("Minnesord över en lantbrukare från Ovanåker", "sv")
    False
    """
    words = text.split()
    # A verb or a noun in small letters is a headline's sentence ("… verbieten das Rasensprengen").
    return not any(w[:1].islower() for w in words) and _function_free_row(words, lang)


#: A word of letters, their vowel signs and other marks included ("হোম", "ไลฟ์สไตล์"), maybe hyphenated.
_LETTER_WORD = regex.compile(r"[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*")
#: Languages whose stoplist is filed under another code: Bokmål and Nynorsk under Norwegian.
_STOPLIST_OF = {"nb": "no", "nn": "no"}


def _function_free_row(words: list[str], lang: str | None) -> bool:
    """Five ``words`` or more of letters only (a hyphen aside), none a function word of the language ``lang``.

    Where the function words cannot tell (no stoplist for the language, or a script whose words carry vowel
    signs, where a headline's words run together with its particles), the row must open with the site's home
    link as the lexicon knows it ("Domov", "Sākums", "Басты бет", "হোম"): the first item of a menu.

    >>> _function_free_row("Domov Izleti Koča Mladinski odsek Članarina Kontakt".split(), "sl")
    True
    >>> _function_free_row("Mladinski odsek prvič na Ratitovcu v snegu".split(), "sl")
    False
    """
    if lang is None or len(words) < _MENU_ROW_WORDS or not all(_LETTER_WORD.fullmatch(w) for w in words):
        return False
    stop = stoplists().get(_STOPLIST_OF.get(lang, lang))
    if stop is None or not all(w.replace("-", "").isalpha() for w in words):
        return _home_led(words)
    return not any(w.casefold() in stop for w in words)


def _home_led(words: list[str]) -> bool:
    """Whether the row's first word or two are a whole navigation line of the lexicon: a menu's home link."""
    lex = load_lexicon()
    return any(lex.line_reason(" ".join(words[:n])) == "navigation" for n in (1, 2))


def _list_row(head: list[Line], i: int) -> bool:
    """A row of a list: a neighbour opens the same way ("1a etapa: …" / "2a etapa: …").

    The rows of a list number or label their items; two lines opening with the same words and neither
    numbered nor labelled are a title and the caption that echoes it ("Porsuk Çayı'nda gondollar kış
    sezonunda da çalışacak" over "Porsuk Çayı'nda turistleri taşıyan gondollar"), unless a third line of the
    head opens the same way.
    """
    text = head[i].text
    sig = _row_signature(text)
    if not sig:
        return False
    same = [j for j in range(len(head)) if j != i and head[j].text != text and _row_signature(head[j].text) == sig]
    if not any(j in (i - 1, i + 1) for j in same):
        return False
    return len(same) >= 2 or _ROW_MARK.search(" ".join(text.split()[:2])) is not None


#: What numbers or labels a list's row in its first words: a digit or a colon ("1a etapa:", "Etapa 2 -").
_ROW_MARK = regex.compile(r"[\d:]")


def _row_signature(text: str) -> str:
    words = _DIGITS.sub("", text).casefold().split()[:2]
    return " ".join(words) if len(words) == 2 else ""


def _removable_above(doc: Document, line: Line, is_label: bool) -> bool:
    """A line above the title that is page furniture: a label, a tagline, or a punctuation-free short line.

    A date line ("Terça-feira, 2 de dezembro de 2026") and a row of short items between bars (a player's
    "Subtitles: Off | Quality: 720p | Full screen", a hotline and a booking link) are furniture too.
    """
    text = line.text
    return (
        is_label
        or is_tagline(doc, text)
        or prose_like(text)
        or not _LABEL_PUNCT.search(text)
        or bool(prior_reasons(doc, line))
        or _date_only(text)
        or _bar_row(text)
        or _ticker(text)
    )


#: The most words of a ticker's label ("Breaking News", "Son dakika", "Última hora").
_MAX_TICKER_LABEL_WORDS = 3


def _ticker(text: str) -> bool:
    """A ticker's line: a label the lexicon knows as interface text, a colon, another story's headline.

    >>> _ticker("Breaking News: Storm cancels the morning ferry"), _ticker("Son dakika: Köprü trafiğe kapandı")
    (True, True)
    >>> _ticker("Harbour works: what changes for the ferry")
    False
    """
    label, colon, rest = text.partition(": ")
    return bool(colon) and bool(rest) and word_count(label) <= _MAX_TICKER_LABEL_WORDS and _interface(label)


#: The most words an item of a row between bars holds ("Kokybė: 720p", "Đường dây nóng: 1900 0000").
_MAX_BAR_ITEM_WORDS = 6


def _bar_row(text: str) -> bool:
    """Two or more short items between " | " bars.

    >>> _bar_row("Subtitles: Off | Quality: 720p | Full screen")
    True
    >>> _bar_row("We met | and then we talked for hours on end")
    False
    """
    items = text.split(" | ")
    return len(items) >= 2 and all(1 <= word_count(item) <= _MAX_BAR_ITEM_WORDS for item in items)


def _label_shaped(text: str) -> bool:
    """A section or site label: up to four words, no sentence, no inner punctuation ("U.S." is fine)."""
    return word_count(text) <= 4 and not prose_like(text) and not _LABEL_PUNCT.search(text)


def _tabular(text: str) -> bool:
    """A table row or score line: three or more separate numbers, a third of its words or more.

    >>> _tabular("Rockledge 14 11 6 15 — 44")
    True
    >>> _tabular("Gold rises 15 pounds on Thursday 3 December 2026 as 21 carat leads")
    False
    """
    numbers = len(_NUMBER.findall(text))
    return numbers >= 3 and 3 * numbers >= word_count(text)


def _continued(lines: tuple[Line, ...], line: Line) -> bool:
    """True when ``line`` is the first part of a hard-wrapped paragraph.

    It has some length, ends without punctuation, and the next line opens
    with a lower-case word ("which were released…"; not a brand like "iPlayer").
    """
    i = lines.index(line)
    if i + 1 >= len(lines) or word_count(line.text) < _WRAP_MIN_WORDS or last_char(line.text) in ".!?:;":
        return False
    return _LOWER_WORD.match(lines[i + 1].text) is not None


def _title_evidence(doc: Document, lines: tuple[Line, ...], head: list[Line], t: int) -> bool:
    """Something besides shape says the line is a title.

    Chrome was cut next to it, a copy of it follows, lines stand above it, or
    the first paragraph follows it directly. A lone heading-shaped line above a
    list or a table is more likely a heading of the content than the title.
    """
    line = head[t]
    if prior_reasons(doc, line) or any(prior_reasons(doc, ln) or is_tagline(doc, ln.text) for ln in head[:t]):
        return True
    nxt_index = lines.index(line) + 1
    nxt = lines[nxt_index] if nxt_index < len(lines) else None
    if nxt is not None:
        copy = len(nxt.text) >= _MIN_COPY and norm(nxt.text) in norm(line.text)  # a copy, maybe without the kicker
        if copy or prior_reasons(doc, nxt) or is_tagline(doc, nxt.text) or _agency_byline(nxt.text):
            return True
    if t == 0 and (nxt is None or not prose_like(nxt.text) or nxt.text.startswith(_LIST_MARKS)):
        return False  # a heading over a list or a table, such as a box's "Key points" once the title is gone
    if t > 0 and nxt is not None and (_meta_line(nxt.text) or prose_like(nxt.text)):
        return True  # a label, the title, then a byline, a date line or the text: the head of a page
    # Only the shape says "title": a heading over a recipe, a README, a contract or a poem has it too,
    # and there the first line is text. The page must show chrome elsewhere, or read like an article.
    return _chrome_elsewhere(doc) or _article_body(lines, nxt_index)


def _meta_line(text: str) -> bool:
    """A short line with a number in it that is neither prose nor a heading: a byline with its date, a time stamp."""
    return (
        word_count(text) <= 15
        and bool(regex.search(r"\d", text))
        and not prose_like(text)
        and not _title_shaped(text)
        and not text.startswith(("-", "•", "*"))
    )


def _chrome_elsewhere(doc: Document) -> bool:
    """An earlier cleaner cut something that is chrome by more than its shape (a date line, a credit, a phrase)."""
    return any(not p.formatting and p.reason not in _WEAK_REASONS for p in doc.prior)


def _article_body(lines: tuple[Line, ...], start: int) -> bool:
    """The lines under the head read like an article: mostly prose paragraphs, and enough of them.

    Recipes, code tutorials, specs, tables, changelogs and verse are mostly short non-prose lines.
    """
    body = lines[start:]
    prose = [ln.text for ln in body if prose_like(ln.text)]
    return (
        bool(body)
        and len(prose) / len(body) >= _ARTICLE_PROSE_SHARE
        and (sum(word_count(text) for text in prose) >= _ARTICLE_MIN_WORDS)
    )


def _prose_follows(lines: tuple[Line, ...], line: Line) -> bool:
    i = lines.index(line)
    return i + 1 < len(lines) and prose_like(lines[i + 1].text)
