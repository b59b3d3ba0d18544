"""The helpers every cleaner is written with: line cuts, body detection, credit and echo shapes.

Public as :mod:`boilerstrip.rules`, which re-exports them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

import regex

from boilerstrip.document import Document, Line
from boilerstrip.rules.dates import find_date
from boilerstrip.rules.distinct import none_may
from boilerstrip.rules.lexicon import load_lexicon, might_find, norm
from boilerstrip.rules.memo import memo
from boilerstrip.rules.shapes import ends_with_ellipsis, opens_like_capital, prose_like, word_count
from boilerstrip.types import Cut, Fact, new_cut

T = TypeVar("T")


def cut_line(line: Line, reason: str, *facts: Fact, detail: str = "", evidence: str = "") -> Cut:
    """A cut removing ``line`` whole, with its line break (``evidence``: see :mod:`boilerstrip.evidence`)."""
    return new_cut(line.raw_start, line.next_start, reason, "", detail, facts, evidence)


def first_match(rules: Sequence[Callable[..., T | None]], *args: Any) -> T | None:
    """The answer of the first rule in ``rules`` that answers something other than ``None`` for ``args``.

    Cleaners list their rules in order of priority and ask them line by line;
    a plain loop, because this runs for every line of every document.

    >>> first_match((lambda n: None, lambda n: n * 2, lambda n: n * 3), 5)
    10
    """
    for rule in rules:
        found = rule(*args)
        if found is not None:
            return found
    return None


def body_start(doc: Document) -> int:
    """Index (into ``doc.content``) of the first line that reads like article prose.

    Returns ``len(doc.content)`` when no line does. Computed once per view.
    """
    return doc.derived("body_start", _body_start)


def _body_start(doc: Document) -> int:
    lines = doc.content
    start = len(lines)
    if none_may(doc, prose_like):
        return start  # no line reads like prose (a page of short lines): asked once per distinct text
    for i, line in enumerate(lines):
        if (
            prose_like(line.text)
            and not parse_echo(line.text)
            and not (i < _TAGLINE_ZONE and is_tagline(doc, line.text))
        ):
            start = i
            break
    return start


def last_prose(doc: Document, ignore: Callable[[str], object] | None = None) -> int | None:
    """Index in ``doc.content`` of the last line that reads like prose, or ``None`` when none does.

    Lines after it are the page's tail (tags, footers, related links). ``ignore`` passes over lines that read
    like prose but belong to the tail (a dated list's question-shaped headline). Without ``ignore`` the answer
    is kept on the view: several cleaners and the gate ask it of the same view, and on a page with no prose
    each question read every line.
    """
    if ignore is None:
        return doc.derived("kit.last_prose", _last_prose)
    if last_prose(doc) is None:
        return None  # no line reads like prose, so none but the ignored ones either
    lines = doc.content
    return next(
        (i for i in range(len(lines) - 1, -1, -1) if prose_like(lines[i].text) and not ignore(lines[i].text)), None
    )


def first_prose(doc: Document) -> int | None:
    r"""Index in ``doc.content`` of the first line that reads like prose, or ``None`` when none does.

    Lines before it are the page's head (masthead, menus, kicker, headline, date strip). Kept on the view.

    >>> story = Document("Home\nThe council approved the budget after a long debate.\n")
    >>> first_prose(story), first_prose(Document("Home\n"))
    (1, None)
    """
    return doc.derived("kit.first_prose", _first_prose)


def _first_prose(doc: Document) -> int | None:
    """:func:`first_prose` of ``doc``."""
    if none_may(doc, prose_like):
        return None  # asked once per distinct text, not once per line
    return next((i for i, line in enumerate(doc.content) if prose_like(line.text)), None)


def _last_prose(doc: Document) -> int | None:
    """:func:`last_prose` of ``doc`` with nothing ignored."""
    if none_may(doc, prose_like):
        return None  # asked once per distinct text, not once per line
    lines = doc.content
    return next((i for i in range(len(lines) - 1, -1, -1) if prose_like(lines[i].text)), None)


def reasons_after(doc: Document, line: Line) -> list[str]:
    """:func:`prior_reasons` of the line right after ``line`` (what an earlier cleaner cut just below it)."""
    following = line.index + 1
    return prior_reasons(doc, doc.lines[following]) if following < len(doc.lines) else []


_TAGLINE_ZONE = 6


def is_tagline(doc: Document, text: str) -> bool:
    """A site or section tagline: marketing cues, a teaser ellipsis, or the site's own name in a sentence."""
    if ends_with_ellipsis(text):
        return True
    lex = load_lexicon()
    if lex.tagline_cues is not None and might_find(lex.tagline_lowered, text) and lex.tagline_cues.search(text):
        return True
    return any(site in text for site in echo_sites(doc))


def prior_reasons(doc: Document, line: Line) -> list[str]:
    """``cleaner/reason`` of earlier cuts at the start of ``line`` or inside it (formatting cuts aside)."""
    found = doc.removed_before_line.get(line.index)
    if not found:
        return []  # most lines: no list comprehension to run
    return [f"{p.cleaner}/{p.reason}" for p in found if not p.formatting]


# --- credits -----------------------------------------------------------------

_CONNECTORS = frozenset(
    [
        "via",
        "for",
        "de",
        "da",
        "do",
        "dos",
        "das",
        "van",
        "von",
        "der",
        "den",
        "di",
        "du",
        "la",
        "le",
        "y",
        "e",
        "and",
        "und",
        "et",
        "of",
        "the",
        "el",
        "al",
        "bin",
        "ibn",
        "images",
        "photo",
        "photos",
        "foto",
        "courtesy",
        "archivo",
        "archive",
        "handout",
        "file",
        "pool",
    ]
)
_SEPARATORS = re.compile(r"\s*(?:/|\||\\|;|,|·|•|\s-\s|\s–\s)\s*")
_COPYRIGHT = re.compile(r"^(?:©|\(c\)|\(C\))\s*")
#: What a _COPYRIGHT match opens with, for a test in C before the match.
_COPYRIGHT_OPENERS = ("©", "(c)", "(C)")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _name_word(word: str) -> bool:
    w = word.strip(".,()[]'\"’")
    if not w:
        return True
    if w.casefold() in _CONNECTORS:
        return True
    first = w[0]
    return opens_like_capital(first)


#: A credit's segment holds at most this many names ("Câmara Municipal de Lisboa" has three), and this many
#: words in all, particles counted.
_MAX_CREDIT_NAMES = 6
_MAX_CREDIT_WORDS = 10


def _particle(word: str) -> bool:
    """A short lower-case word between names: "de", "da", "von", "van", "di", "of"."""
    return word.islower() and len(word) <= 3


def _long_name(words: Sequence[str]) -> bool:
    """Capitalised names with particles between them, within the credit's bounds.

    >>> _long_name("Junta de Freguesia de Vale de Sorraia".split())
    True
    >>> _long_name("archivo municipal de la ciudad y sus fondos".split())
    False
    """
    names = [w for w in words if not _particle(w)]
    return (
        len(words) <= _MAX_CREDIT_WORDS
        and len(names) <= _MAX_CREDIT_NAMES
        and all(opens_like_capital(w[0]) for w in names)
    )


@memo
def looks_like_credit(text: str, *, labelled: bool = False) -> bool:
    """True for a short run of names and agencies: ``Sputnik / Maksim Bogodvid``, ``Jorge Ruiz | EFE``.

    Unlabelled text needs a separator or a known agency to count.
    """
    t = text.strip().rstrip(".")
    if not t:
        return False
    lex = load_lexicon()
    if labelled and norm(t) in lex.credit_generic:
        return True  # "Фото: ілюстративне фото", "Foto: archivo": a stock or archive picture, credited to no one
    if labelled and lex.credit_by is not None and (by := lex.credit_by.match(t)) is not None and by.end() < len(t):
        # "Foto: cedida por Julián Sanz", "Photo: courtesy of Ana Ruiz": the words that credit someone's courtesy,
        # then the name, as after "Photo by" on a line of its own.
        t = t[by.end() :].strip(" :")
    words = t.split()
    if len(words) > 12:
        return False
    segments = [s for s in _SEPARATORS.split(t) if s]
    if not segments:
        return False
    agencies = lex.agencies
    has_agency = any(map(lex.knows_agency, segments))
    for seg in segments:
        seg_words = seg.split()
        # An organisation's name runs long on its particles ("Junta de Freguesia de Vale de Sorraia"): the short
        # lower-case words between capitalised names do not count toward its length.
        if len(seg_words) > _MAX_CREDIT_NAMES and not _long_name(seg_words):
            return False
        if seg in agencies or seg.lower() in ("dpa", "epa", "aa", "ap"):
            continue
        # After an explicit label ("Фото:"), an organisation name may run in lower case.
        if not all(_name_word(w) for w in seg_words) and not (labelled and _name_word(seg_words[0])):
            return False
    if labelled or has_agency:
        return True
    return len(segments) >= 2 and bool(re.search(r"[/|]", t))


# --- caption echoes (Sputnik platform) ----------------------------------------

_ECHO = regex.compile(
    r"^(?P<cap>.+?)\s+[-–—]\s+(?P<site>[^\s\d,][^,]{1,60}?)"
    # The width follows a comma and a space, or a comma after a letter: "ரூ.1,200" is a price, not "ரூ.1" at 200 px.
    r"(?:,(?:\s+|(?<=\D,))(?P<width>[1-9]\d{2,3}))?(?:,\s*(?P<date>\d{1,2}\.\d{1,2}\.\d{4}))?\s*$"
)
#: The most characters other than spaces an _ECHO match holds after its dash: a site of 61, ", 1920" and
#: ", 21.06.2024" (``\s`` there matches only what ``str.split`` splits at).
_ECHO_TAIL = 61 + 5 + 11


@dataclass(frozen=True, slots=True)
class Echo:
    """A caption repeated with the site name, image width and date."""

    caption: str
    site: str
    date: str | None


@memo
def _past_echo_tail(text: str) -> bool:
    """Whether the text after the last dash of ``text`` is longer than an echo's site, width and date can be.

    They close the line, so such a line cannot be an echo; in a paragraph that holds a dash (most do not), the
    echo pattern tried every place before it.

    >>> _past_echo_tail("Ships in port - Sputnik, 1920, 21.06.2024"), _past_echo_tail("Yes - " + "and more " * 12)
    (False, True)
    """
    last = max(text.rfind("-"), text.rfind("–"), text.rfind("—"))
    return len(text) - last - 1 > _ECHO_TAIL and len("".join(text[last + 1 :].split())) > _ECHO_TAIL


def parse_echo(text: str, *, known_sites: frozenset[str] = frozenset()) -> Echo | None:
    """Parse ``<caption> - <Site>, 1920, 21.06.2024`` lines.

    The width or the date must be present, or the site must be a known agency
    or a site already seen in another echo of the same page.

    >>> parse_echo("A soldier demonstrates it - Sputnik International, 1920, 21.06.2024").date
    '2024-06-21'
    >>> parse_echo("The talks went on - and on") is None
    True
    >>> parse_echo("Jasmine - Rs.1,200") is None  # a price list's row
    True
    """
    if " - " not in text and " – " not in text and " — " not in text:
        return None
    found = _echo_shape(text)
    if found is None:
        return None
    echo, strong = found
    if not strong and echo.site not in known_sites and echo.site not in load_lexicon().agencies:
        return None
    return echo


def may_echo(text: str) -> bool:
    """Whether :func:`parse_echo` may read ``text`` as an echo, whatever sites a page knows (a necessary condition).

    Its spaced dash, then the shape it reads of the line alone (cached per text, and asked of the same lines by
    ``echo_sites`` and ``body_start``): a sentence with a spaced dash in it is no echo. A cleaner's pre-test asks
    this where it asked for the dash alone, which let every paragraph with a dash walk the view.

    >>> may_echo("A soldier demonstrates it - Sputnik International, 1920, 21.06.2024")
    True
    >>> may_echo("The talks went on - and on, as the harbour board had said they would."), may_echo("w17")
    (False, False)
    """
    return (" - " in text or " – " in text or " — " in text) and _echo_shape(text) is not None


@memo
def _echo_shape(text: str) -> tuple[Echo, bool] | None:
    """The echo ``text`` is shaped as, and whether its width or date makes it one by itself (else its site must).

    What :func:`parse_echo` reads of the line alone, cached per text: every view of every pass asks it of
    the same lines (where the body starts, the sites a page's echoes name, the captions and teasers). An
    echo with no width names no date either, so its date is worked out here without a wasted look.
    """
    if _past_echo_tail(text):
        return None
    m = _ECHO.match(text)
    if m is None:
        return None
    site = m.group("site").strip()
    if word_count(site) > 5 or site[-1] in ".!?":
        return None
    strong = m.group("width") is not None or m.group("date") is not None
    found = find_date(m.group("date")) if m.group("date") else None
    return Echo(caption=m.group("cap").strip(), site=site, date=found[0] if found else None), strong


def echo_sites(doc: Document) -> frozenset[str]:
    """Sites named by strong echoes (with width or date) anywhere in ``doc``."""
    return doc.derived("echo_sites", _echo_sites)


def _echo_sites(doc: Document) -> frozenset[str]:
    sites = set()
    for line in doc.content:
        if " - " not in line.text and " – " not in line.text and " — " not in line.text:
            continue
        e = parse_echo(line.text)
        if e is not None:
            sites.add(e.site)
    return frozenset(sites)


def year_hint(doc: Document) -> int | None:
    """The year of the first full date near the top of the page (to complete ``3 May`` style dates)."""
    for line in doc.content[:15]:
        found = find_date(line.text)
        if found:
            return int(found[0][:4])
    return None


def has_year(text: str) -> bool:
    """True when ``text`` holds a four-digit year."""
    return _YEAR.search(text) is not None


def strip_copyright(text: str) -> tuple[bool, str]:
    """Split a leading ``©`` off ``text``."""
    if not text.startswith(_COPYRIGHT_OPENERS):
        return False, text  # what _COPYRIGHT must open with: asked of every line by several cleaners
    m = _COPYRIGHT.match(text)
    return (True, text[m.end() :]) if m else (False, text)


# Chinese photographer credits: "新华社记者张博文摄", "新华社记者 陈一鸣 摄", "（资料图）".
HAN_CREDIT = regex.compile(
    r"(?P<credit>(?:新华社|中新社|本报)?记者\s*[\p{Han}·、 ]{2,12}?\s*摄|\p{Han}{0,8}供图|资料图片?)\s*$"
)
#: HAN_CREDIT cannot match without one of these (each of its three forms holds one): a look for them spares
#: the regex module's call on the lines that cannot hold such a credit, all but a few.
HAN_CREDIT_MARKS = ("摄", "供图", "资料图")


#: The longest heading whose topic the next paragraph may name (words).
TOPIC_WORDS = 3
#: The paragraph under such a heading: a sentence or more (it may end in a colon, before a command).
_TOPIC_PARAGRAPH_WORDS = 6


def heads_its_paragraph(lines: Sequence[Line], i: int) -> bool:
    r"""Whether ``lines[i]`` is a short heading that the paragraph under it names again.

    A manual documents its interface: under the heading "Comments" comes "If
    you share a link with Comments turned on, ...". A button or a section label
    is followed by something else (the next button, a comment, the article).
    The paragraph must name it inside a sentence, not as its first word.

    >>> from boilerstrip.document import Document
    >>> doc = Document("Comments\nIf you share a link with Comments turned on, readers can leave notes under it.")
    >>> heads_its_paragraph(doc.content, 0)
    True

    The word standing as a sentence of its own inside the paragraph is a marker printed again, not a sentence
    naming it: an advertisement under the label "Реклама" repeats "Реклама." before its advertiser's name, as
    the law asks.

    >>> ad = Document("Реклама\nСкидки на абонементы в филармонию до 31 марта. Реклама. ООО «Концерт-Сервис»")
    >>> heads_its_paragraph(ad.content, 0)
    False
    """
    if i + 1 >= len(lines) or word_count(lines[i].text) > TOPIC_WORDS:
        return False
    topic = lines[i].text.strip(" :").casefold()
    after = lines[i + 1].text
    if not topic or word_count(after) < _TOPIC_PARAGRAPH_WORDS:
        return False
    lowered = after.casefold()
    # Inside the paragraph, not opening it: a button above a sentence that happens to start with the same word
    # ("Share" / "Sharing an office...") is still a button; and inside a sentence, not a sentence of its own.
    for m in re.finditer(rf"(?<!\w){re.escape(topic)}(?!\w)", lowered):
        if m.start() == 0:
            continue
        alone = _ALONE_BEFORE.search(lowered, 0, m.start()) is not None and _ALONE_AFTER.match(lowered, m.end())
        if not alone:
            return True
    return False


#: A sentence's end right before a word ("… 31 марта. |Реклама"), and a full stop right after it ("Реклама|. ООО").
_ALONE_BEFORE = re.compile(r"[.!?]\s+$")
_ALONE_AFTER = re.compile(r"\s*[.!?]")
