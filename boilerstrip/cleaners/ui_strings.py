"""ui_strings: interface text that leaked into the article: prompts, buttons, ads, notices, counters."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import ClassVar

import regex

from boilerstrip.document import Document, Line
from boilerstrip.rules.dates import find_date, has_time
from boilerstrip.rules.distinct import none_may
from boilerstrip.rules.kit import cut_line, heads_its_paragraph, last_prose
from boilerstrip.rules.lexicon import INTERFACE_REASONS, Lexicon, interface_line, load_lexicon, norm
from boilerstrip.rules.memo import memo
from boilerstrip.rules.offers import offers_subscription
from boilerstrip.rules.promo import pitches_own_channel
from boilerstrip.rules.shapes import ends_sentence, is_cjk, prose_like, split_count, unpunctuated_sentence, word_count
from boilerstrip.types import Cut, Fact

REASONS: dict[str, str] = dict(INTERFACE_REASONS)

_BREADCRUMB = re.compile(r"\s*(?:>>|>|»|❯|›|‹|/|\|)\s*")
# _BREADCRUMB finds something exactly when the text holds one of its separators
# (its spaces are optional); this class says so without trying a match at every position.
_CRUMB_MARK = re.compile(r"[>»❯›‹/|]")
_MAX_CRUMB_CHARS = 400
#: A name in guillemets, opened and closed without a space inside: «Зубцовка», »Zur Linde«, ‹Nord›.
_QUOTED_NAME = re.compile(r"«[^«»\s][^«»]*[^«»\s]»|«[^«»\s]»|»[^«»\s][^«»]*[^«»\s]«|‹[^‹›\s][^‹›]*[^‹›\s]›")
# Signs of a command line or code that a row of links never has: an option (-v, --all), a variable or
# assignment, braces, a backtick, a line ending in a comma or semicolon. (Not ">": trails use it.)
_CODE = re.compile(r"(?:^|\s)--?[a-z]|[$={};`]|[,;]$")
_PLAYER_CLOCK = re.compile(r"^\d{1,2}:\d{2}\s*[|/]\s*\d{1,2}:\d{2}$")  # "00:00 | 00:00"
# A player that has not started: zero elapsed of the running time ("00:00 / 04:12"). No timetable row
# starts at midnight and ends minutes later, so this form is evidence enough, in a table too.
_PLAYER_START = re.compile(r"^0?0:00\s*[|/]\s*(?:\d{1,2}:)?\d{1,2}:\d{2}$")
# A play button with a label of a few words and the running time: "▶ 영상 재생 02:14", "► Video ansehen 1:05:12".
_PLAY_BUTTON = re.compile(r"^[▶►▷⏵]\ufe0f?\s*(?:\S+\s+){0,4}(?:\d{1,2}:)?\d{1,2}:\d{2}$")
#: A play button's symbols (with the emoji variation selector and a space), as a player prints them before its clock.
_PLAY_SYMBOLS = "▶►▷⏵\ufe0f "
_TIMETABLE_ROWS = 3
_HASHTAGS = re.compile(r"^#\w+(?:\s+#\w+)*$")
# A reading of up to three digits: "007F" in "U+007F" is a code point, "1F" in "0x1F" a byte.
_TEMPERATURE = re.compile(r"-?\d+(?:[.,]\d)?\s?°|(?<![\w+.])-?\d{1,3}(?:[.,]\d)?\s?°?[CF]\b")
# One or two digits standing alone: "(?<!\S)\d{1,2}(?!\S)", with the first digit moved
# before the look-behind so that re scans from digit to digit.
_NUMBER_TOKEN = re.compile(r"\d(?<!\S\d)\d?(?!\S)")
_DIGITS = b"0123456789"


_PUNCT = re.compile(r"[,.;:!?()]")
_URL = re.compile(r"https?://|www\.|\.(?:com|org|net)\b")
# Widgets whose inner lines (newsletter name, blurb, privacy note) carry no label of their own.
_WIDGETS = frozenset({"subscribe_prompt", "paywall_notice", "app_promo", "cookie_notice", "login_prompt", "comment_ui"})
_TRAIL = re.compile(r"\s*(?:>>|>|»|❯|›|‹)\s*")
#: The separators that, with spaces around them, mark a trail of links (">" and "»" also compare and quote),
#: and how many words a trail's item may hold: a link's few words, or a forum board's name after them.
_BOARD_TRAIL = re.compile(r"\s[❯›‹]\s")
_MAX_CRUMB_WORDS = 3
_MAX_BOARD_WORDS = 4
_SHARE_SPLIT = re.compile(r"[\s•·|/,:：፦]+")
_COUNTER = re.compile(
    r"^(?:\d{1,9}|\[?\d{1,3}\s*/\s*\d{1,3}\]?"
    r"|\d+(?:[.,]\d+)?\s*[KkMmкКтТ]?\s*(?:views?|subscribers?|followers?|photos?|videos?|members?|comments?|likes?"
    r"|просмотр\w*|перегляд\w*|подписчик\w*|görüntülenme|abone)?(?:\s+\d{1,2}:\d{2})?"
    r"|\d+\s*(?:mins?|minutes?|мин|хв|dk|mn|min\.?))$",
    re.IGNORECASE,
)
# Reaction rows: "👍 186 🔥 42 ❤ 17".
_REACTIONS = re.compile(r"^(?:[^\w\s]{1,3}\s*\d+(?:[.,]\d+)?[KkMm]?\s*){2,}$")
#: A star rating: "★★★★☆", "★★★★☆ 4,2/5 (61 głosów)", "4,3/5 (57 Bewertungen)".
_STARS = re.compile(r"^(?:[★☆✩✪⭐]{3,}.{0,30}|\d(?:[.,]\d)?\s*/\s*(?:5|10)\b.{0,30})$")
#: "2 di 5", "3 / 12", "Foto 4 z 9": the place of one picture in a gallery, one word between the numbers at most.
_OF_COUNT = re.compile(r"^(?:\w{1,8}\s+)?(?P<n>\d{1,3})\s*(?:/|\w{1,4})\s*(?P<m>\d{1,3})$")


def _may_count(text: str) -> bool:
    r"""Whether _OF_COUNT may match ``text``: tests of what every match holds, cheaper than the engine's call.

    The count closes the line with a digit (isdigit() holds for every character re's \d matches), or the
    line ends in a break (``$`` matches before one); and it opens with the first number (a digit) or with a
    word and a space (``str.split`` breaks at exactly the characters re's \s matches, ``str.isspace``).
    """
    return (text[-1:].isdigit() or text.endswith("\n")) and (text[:1].isdecimal() or text.split(None, 1) != [text])


#: A wiki's print footer: a few words, then the address of the page's wiki article in quotes
#: ('Retrieved from "https://…/index.php?title=…"', 'Abgerufen von „https://…/wiki/…“').
_RETRIEVED_FROM = re.compile(
    r"^[^\W\d_][^\W\d]{0,30}(?:\s+[^\W\d]{1,30}){0,3}\s*[„\"“«‘']"
    r"https?://[^\s\"”“»’']{0,300}?(?:title=|/wiki/)[^\s\"”“»’']{0,300}[\"”“»’']\.?$"
)
#: A bracketed group glued to the end of a line ("Storia[modifica | modifica wikitesto]").
_GLUED_GROUP = re.compile(r"\S\[[^\[\]\n]{1,60}\]$")
#: How many counts through one total make a gallery's counter.
_MIN_GALLERY_COUNTS = 2
# A social handle alone on a line: "@adriaticportwatch".
_HANDLE = re.compile(r"^@\w{3,}$")
#: A copyright line: the sign, then a year or a holder's name, in any script after the sign itself
#: ("© Администрация города…", "© 2026 Kyiv Post"); after "(c)" or "Copyright" a Latin letter or a year.
_COPYRIGHT_LINE = re.compile(
    r"^(?:©\s*(?:\d{4}|[^\W\d_])|(?:\(c\)|Copyright\b)\s*(?:©\s*)?(?:\d{4}|[A-Z]))", re.IGNORECASE
)
_LEADING_SYMBOLS = re.compile(r"^(?:[^\w\s\"'“«(]+|\d{1,2}[.)](?=\s))\s*")  # bullets, icons, "1. "
_TAG_SPLIT = re.compile(r"\s*[,;|،、]\s*")
_MAX_CONTAINS_WORDS = 60
_MAX_TAGS_BELOW = 12


def _widget(text: str) -> bool:
    """Header widgets: weather ("20.7 C Caracas", "H 86° L 76°") and month calendars ("Январь 2025 1 2 3 … 31")."""
    n = word_count(text)
    if n <= 6:
        return bool(_TEMPERATURE.search(text)) and not ends_sentence(text)
    if n < 8:
        return False
    # Mostly day numbers. Outside CJK text the word count is the number of space-separated tokens, and each
    # number holds a digit: a line with too few digits is no calendar, told without a search. The ASCII digits
    # are counted, and every other character taken for one (a bound: a Latin line's curly quotes and accents).
    tokens = len(text.split()) if is_cjk(text) else n
    data = text.encode("ascii", "ignore")
    if (len(text) - len(data.translate(None, _DIGITS))) * 10 < tokens * 7:
        return False
    return len(_NUMBER_TOKEN.findall(text)) * 10 >= tokens * 7


# A notice of one to a few sentences, then its row of buttons: "… Proseguendo accetti. Accetta | Rifiuta".
_NOTICE_BUTTONS = re.compile(
    r"^(?P<notice>.{20,400}?[.!?…])\s*(?P<buttons>[^|.!?:;,\d]{1,25}(?:\|[^|.!?:;,\d]{1,25}){1,4})$"
)
_MAX_BUTTON_WORDS = 2


def _notice_with_buttons(text: str) -> bool:
    """A consent or sign-up notice with its buttons glued on: two to five labels of one or two words.

    >>> _notice_with_buttons("Ezt a weboldalt sütik segítségével működtetjük. Elfogadom | Beállítások")
    True
    >>> _notice_with_buttons("The vote passed. Then the chair closed the meeting.")
    False
    """
    m = _NOTICE_BUTTONS.match(text)
    if m is None:
        return False
    buttons = [b.strip() for b in m.group("buttons").split("|")]
    return all(b and word_count(b) <= _MAX_BUTTON_WORDS for b in buttons)


#: A consent notice with its one button glued on after the last sentence, no bar between: "… experiència. Accepta".
_GLUED_BUTTON = re.compile(
    r"^(?P<notice>.{20,400}?[.!?…])\s+(?P<button>[^\W\d_][^\s.!?:;,|]*(?:\s+[^\W\d_][^\s.!?:;,|]*)?)$"
)


def _notice_with_glued_button(text: str, lex: Lexicon) -> bool:
    """A cookie notice whose button label (one or two words, capitalised) follows its last sentence.

    The notice names a web cookie in its language (``[notice] cookies``), and a paragraph ends on its own full
    stop. A recipe's "Bake the cookies until golden. Enjoy" has the same shape: this is ``shape`` evidence, which
    the gate admits only in a page showing chrome on strong evidence and never on a line the labeller reads as
    content (a chrome-free recipe comes out whole: tests/cleaners/test_ui_strings.py).

    >>> from boilerstrip.rules.lexicon import load_lexicon
    >>> lex = load_lexicon()
    >>> _notice_with_glued_button("Aquest lloc utilitza galetes per millorar la vostra experiència. Accepta", lex)
    True
    >>> _notice_with_glued_button("Bake the biscuits for ten minutes until golden. Enjoy", lex)
    False
    >>> _notice_with_glued_button("The council closed the old cookie factory on Monday. It had run since 1921.", lex)
    False
    """
    if not text[-1:].isalpha():
        return False  # most lines end on a full stop, a bracket or a digit: no button after them
    lowered = text.casefold()
    if not any(word in lowered for word in lex.cookie_words):
        return False
    m = _GLUED_BUTTON.match(text)
    return m is not None and m.group("button")[:1].isupper()


def _share_line(text: str, lex: Lexicon) -> bool:
    tokens = [t.strip("0123456789").casefold() for t in _SHARE_SPLIT.split(text) if t]
    tokens = [t for t in tokens if t]
    if not tokens or (len(tokens) == 1 and text.rstrip().endswith(":")):
        # "more:" heading a release note's section on more(1), "Facebook:" over an account's address: one name
        # with a colon labels what follows; a button has no colon.
        return False
    rest = [t for t in tokens if t not in lex.share_tokens]
    if len(rest) == len(tokens):
        return False
    labels = ("share_buttons", "subscribe_prompt")
    if not rest or lex.line_reason(" ".join(rest)) in labels or all(lex.line_reason(t) in labels for t in rest):
        return True
    # "Share this Video • FB • TW • Email": a labelled row of network names.
    first = re.split(r"\s*[•·|]\s*", text)[0]
    if first != text and lex.line_reason(first) in labels:
        return True
    # "Share this: Facebook X WhatsApp": a label, a colon, and network names only.
    label, colon, after = text.partition(":")
    names = [t.casefold() for t in _SHARE_SPLIT.split(after) if t]
    if bool(colon and names) and all(t in lex.share_tokens for t in names) and lex.line_reason(label) in labels:
        return True
    return bool(colon) and _networks_after_label(label, after, names, lex)


#: The most words of a share row's label the lexicon does not know ("Deel", "Araho izahay", "Dës Säit deelen").
_MAX_SHARE_LABEL_WORDS = 3
#: Marks that set a row's cells apart as buttons, not as a sentence's list.
_ROW_MARKS = ("·", "|", "•")


def _networks_after_label(label: str, after: str, names: list[str], lex: Lexicon) -> bool:
    """A short label in any language, its colon, and two network names or more: a share or follow row's shape.

    "Deel: Facebook · WhatsApp · E-pos": the label and the e-mail button may be words the lexicon lacks; the
    network names are the row's. At most one cell is not a network: one word, and only between a row's marks.

    >>> lex = load_lexicon()
    >>> _networks_after_label("Deel", " Facebook · WhatsApp · E-pos", ["facebook", "whatsapp", "e-pos"], lex)
    True
    >>> _networks_after_label("We post on", " Facebook and Instagram", ["facebook", "and", "instagram"], lex)
    False
    >>> _networks_after_label("Contact the office by phone or", " Facebook · X", ["facebook", "x"], lex)
    False
    """
    if not 1 <= word_count(label) <= _MAX_SHARE_LABEL_WORDS:
        return False
    known = sum(name in lex.share_tokens for name in names)
    others = len(names) - known
    return known >= _MIN_SHARE_NETWORKS and (others == 0 or (others == 1 and any(mark in after for mark in _ROW_MARKS)))


#: The fewest network names that, with a share label of the lexicon, make a share row phrase evidence.
_MIN_SHARE_NETWORKS = 2


def _labelled_networks(text: str, lex: Lexicon) -> bool:
    """A share row that names itself: a share label of the lexicon and two network names or more.

    "Teilen: Facebook, Twitter, E-Mail", "ያጋሩ: Telegram · Facebook · LinkedIn": every word known, as a row of
    the lexicon's buttons is (phrase evidence). Network names alone ("Facebook Twitter") or a label
    alone ("Share") are what a document may print of its own (shape evidence).

    >>> lex = load_lexicon()
    >>> _labelled_networks("Share: Facebook · X · WhatsApp", lex), _labelled_networks("Facebook · X", lex)
    (True, False)
    """
    label, colon, after = text.replace("：", ":").partition(":")
    cells = [t.casefold() for t in _SHARE_SPLIT.split(after) if t]
    label = label.strip()
    return (
        bool(colon)
        and len(cells) >= _MIN_SHARE_NETWORKS
        and all(cell in lex.share_tokens for cell in cells)
        and (label.casefold() in lex.share_tokens or lex.line_reason(label) == "share_buttons")
    )


#: The most words of a "listen on" row: a label of up to four words and a few platforms.
_MAX_PLATFORM_ROW_WORDS = 16
_PLATFORM_LABEL_WORDS = 4
#: The cells of a row of names: dots, bars, bullets, commas, slashes or runs of spaces between them.
_PLATFORM_SPLIT = re.compile(r"\s*[·|•,/]\s*|\s{2,}")
_PLATFORM_MARKS = ("·", "|", "•", ",", "/", "  ")


def _platform_row(text: str, lex: Lexicon) -> bool:
    """An episode page's "listen on" row: two podcast or music platforms or more, maybe after a short label.

    Every cell is a platform of the lexicon's ``[share] platforms``; the label, if any, has a colon and up to
    four words, in any language. One platform ("Lyssna på Spotify") is a phrase's to name, not the shape's.

    >>> lex = load_lexicon()
    >>> rows = ("Kuula ka: Spotify · Apple Podcasts · YouTube", "Apple Podcasts   Spotify   RSS")
    >>> [_platform_row(t, lex) for t in rows]
    [True, True]
    >>> [_platform_row(t, lex) for t in ("Lyssna på Spotify", "The app plays Spotify, Deezer and Tidal playlists.")]
    [False, False]
    """
    if not any(mark in text for mark in _PLATFORM_MARKS):
        return False  # most lines hold no separator: spare them the split
    label, colon, after = text.rpartition(":") if ":" in text else ("", "", text)
    if colon and (word_count(label) > _PLATFORM_LABEL_WORDS or not label.strip()):
        return False
    cells = [cell.strip().casefold() for cell in _PLATFORM_SPLIT.split(after.strip())]
    return len(cells) >= 2 and all(cell in lex.listen_platforms for cell in cells)


def _tag_shaped(text: str, lex: Lexicon) -> bool:
    """A tag: one to four words, no sentence end, no digits, not an interface string."""
    return (
        word_count(text) <= 4
        and re.search(r"[^\W\d_]", text) is not None
        and not _URL.search(text)
        and not ends_sentence(text)
        and not re.search(r"\d", text)
        and lex.line_reason(text) is None
        and not _share_line(text, lex)
    )


def _breadcrumb(text: str) -> list[str] | None:
    if len(text) > _MAX_CRUMB_CHARS:
        return None  # a trail of up-to-three-word links is never a paragraph long
    if not _CRUMB_MARK.search(text) and "  " not in text:
        return None  # no separator at all: the common case, decided before any costlier test
    if _CODE.search(text):
        return None  # "$ app status | grep -v idle", "day   date   NOT NULL,": a command or code, not links
    if text.endswith("]") and _GLUED_GROUP.search(text):
        return None  # "Constructie[bewerken | brontekst bewerken]": a heading with its edit links (cms_tokens)
    if _URL.search(text) or text.startswith("|") or text.endswith("|") or find_date(text) or has_time(text):
        # "http://amzn.to/2iJFhRj" is a link, "1 May 2018 | 3 June 2018" a period, "| 65 g | Butter |" a table row
        return None
    if ends_sentence(text) and not text.endswith("."):
        return None
    if "/" in text and " / " not in text and not _TRAIL.search(text) and "|" not in text:
        return None  # "Li-Seifen/Mineralöl", "0.091 GB/s": a slash inside a term, not between links
    if _QUOTED_NAME.search(text):
        # "Филателистическая лавка «Зубцовка», Тверь", "das Café »Zur Linde«": guillemets around a name quote
        # it; a trail's separator stands between its links with spaces on both sides.
        unquoted = _QUOTED_NAME.sub("Q", text)
        if not _CRUMB_MARK.search(unquoted) and "  " not in unquoted:
            return None
    parts = [p for p in _BREADCRUMB.split(text) if p]
    if len(parts) < 2:
        spaced = [p for p in re.split(r"\s{2,}", text) if p]
        # "Top Stories  U.S.  World  Business": menu items kept apart by runs of spaces.
        return spaced if len(spaced) >= 3 and all(word_count(p) <= 2 for p in spaced) else None
    # A short trail (Home > World) or a long row of links (About | Contact | Ads | ...). A forum's trail names
    # its boards in up to four words ("Forum › Hem, bostad och familj › Renovering"): with spaces around
    # them, "›", "❯" and a board index's "‹" ("Indice ‹ Frutteto e agrumi ‹ Agrumi in vaso") mark a trail,
    # where ">" and "»" also compare and quote.
    most = _MAX_BOARD_WORDS if _BOARD_TRAIL.search(text) else _MAX_CRUMB_WORDS
    if all(1 <= word_count(p) <= most and re.search(r"[^\W\d_]", p) for p in parts) and (
        len(parts) >= 4 or word_count(text) <= 12
    ):
        return parts
    return None


@dataclass(frozen=True)
class UiStrings:
    r"""Remove interface strings, matched by per-language phrase lists and by line shape.

    >>> from boilerstrip.document import Document
    >>> [c.reason for c in UiStrings().find(Document("Publicidad\nEl gobierno aprobó el plan."))]
    ['ad_marker']
    """

    name: str = field(default="ui_strings", init=False)
    #: What each reason's cuts rest on (boilerstrip.evidence); a cut may name its own.
    evidence: ClassVar[Mapping[str, str]] = dict.fromkeys(REASONS, "phrase")
    version: int = field(default=35, init=False)
    #: The fact keys (and kinds of cut) it gives later cleaners and the metadata.
    provides: tuple[str, ...] = field(default=("section", "tag", "paywalled"), init=False)
    reasons: dict[str, str] = field(default_factory=lambda: dict(REASONS), init=False)
    categories: tuple[str, ...] = tuple(REASONS)

    def __post_init__(self) -> None:
        unknown = [c for c in self.categories if c not in REASONS]
        if unknown:
            from boilerstrip.errors import ConfigError

            raise ConfigError(f"unknown ui_strings categories {unknown}; valid: {', '.join(REASONS)}")

    def find(self, doc: Document) -> Iterator[Cut]:
        """Propose cuts for interface lines: each line's own hit, the lines inside widgets, then tag headers."""
        lines = doc.content
        lex = load_lexicon()
        found = self._line_hits(doc, lex)
        if found.count(None) == len(found):
            # No line has a hit (a widget's gap needs two around it), and where no distinct text has a glued
            # prompt or button either, the walk below has nothing to cut.
            if none_may(doc, _may_glue):
                return
        else:
            _fill_widget_gaps(lines, found)
        allowed = set(self.categories)
        i = 0
        while i < len(lines):
            hit = found[i]
            if hit is None:
                prompt = _glued_prompt(lines[i].text)
                if prompt is not None and prompt[1] in allowed:
                    # "…tre aftener om ugen. Følg os på Facebook for flere nyheder.": the prompt goes.
                    yield Cut(lines[i].start + prompt[0], lines[i].end, prompt[1], evidence="phrase")
                button = _shared_glued_button(lines[i].text)
                # (A prompt glued to the end of a paragraph starts after its first sentence, past the label.)
                if button is not None and button[1] in allowed and (prompt is None or prompt[0] > button[0]):
                    # "Donează acumÎn comuna Valea Seacă…": the button's label goes, the paragraph stays.
                    yield Cut(lines[i].start, lines[i].start + button[0], button[1], evidence="phrase")
                i += 1
                continue
            reason, facts, evidence = hit
            if reason == "tag_list" and not facts:
                cuts = _tag_header(lines, i)
                yield from cuts
                i += len(cuts)
                continue
            tail = _promo_tail(lines[i].text) if evidence == "phrase" else None
            if tail is not None:
                # "…bisa bersandar. Simak berita lainnya di Google News.": the glued promo goes, the paragraph stays.
                yield Cut(lines[i].start + tail, lines[i].end, reason, facts=tuple(facts), evidence=evidence)
            else:
                yield cut_line(lines[i], reason, *facts, evidence=evidence)
            i += 1

    def _line_hits(self, doc: Document, lex: Lexicon) -> list[_Hit | None]:
        """Each line's reason and facts, or ``None``: its phrase or shape, else membership in the tail tag run.

        Hits of categories not in ``categories`` are dropped.
        """
        allowed = set(self.categories)
        lines = doc.content
        # Each pass below reads lines of its own kind, asked first of the view's distinct texts: a text of short
        # lines repeated (a page of tiny lines) has none of most kinds, and its lines are not walked for them.
        hits: list[_Hit | None] = (
            [None] * len(lines) if none_may(doc, classify_line) else [self._classify(line, lex) for line in lines]
        )
        # Where no line has a hit (most lines of a page of short lines), the passes that only drop hits have none
        # to drop: the clocks' rows, mixed lists, topic headings, and the own legal text (only a line's phrase gives
        # a legal_footer hit). A poll's answers end in "%": a text without one holds no poll.
        some = hits.count(None) != len(hits)
        if some:
            _live_headings(lines, hits, lex)
            # A media player shows its clock ("00:00 | 00:00") once or twice; three or more rows of
            # that shape are a timetable (departures | arrivals), data the text needs.
            clocks = [i for i, line in enumerate(lines) if hits[i] is not None and _PLAYER_CLOCK.match(line.text)]
            if len(clocks) >= _TIMETABLE_ROWS:
                for i in clocks:
                    hits[i] = None
            _keep_mixed_lists(lines, hits)
            _keep_topic_headings(lines, hits)
        if not none_may(doc, _may_count):
            _gallery_counters(lines, hits)
        if "%" in doc.text:
            _polls(lines, hits)
        if some:
            _keep_own_legal_text(lines, hits)
        if not none_may(doc, _may_stand_as_pitch):
            _standing_pitches(lines, hits)
        chrome = {line.index for line, hit in zip(lines, hits, strict=True) if hit is not None}
        tail_tags = self._tail_tags(doc, lex, chrome) if "tag_list" in allowed else set()
        found: list[_Hit | None] = []
        for line, hit in zip(lines, hits, strict=True):
            if hit is None and line.index in tail_tags:
                hit = ("tag_list", [Fact("tag", line.text)], "position")
            found.append(hit if hit is None or hit[0] in allowed else None)
        return found

    def _classify(self, line: Line, lex: Lexicon) -> _Hit | None:
        found = classify_line(line.text)
        return (found[0], list(found[1]), found[2]) if found else None

    @staticmethod
    def _tail_tags(doc: Document, lex: Lexicon, chrome: set[int]) -> set[int]:
        """Tag buttons after the last paragraph: a run of two or more one-to-three-word lines.

        ``chrome`` holds the indexes of lines this cleaner removes for another reason: like
        interface buttons, they neither break the run nor count as content after it.
        """
        tail_from = last_prose(doc)
        if tail_from is None:
            return set()
        run: list[Line] = []
        rest = doc.content[tail_from + 1 :]
        for n, line in enumerate(rest):
            # A reply in a script that marks no sentence end (Thai) holds few spaces: a sentence, not three tags.
            if (
                _tag_shaped(line.text, lex)
                and word_count(line.text) <= 3
                and not _PUNCT.search(line.text)
                and not unpunctuated_sentence(line.text)
            ):
                run.append(line)
            elif run and (line.index in chrome or interface_line(line.text)):
                # A button between the tags ("Share") goes for its own reason; seen without it on a
                # second run, the tags would form a run, so they must form one now.
                continue
            elif run:
                # Only interface text may follow the tags: a run followed by content is a list.
                if not all(ln.index in chrome or interface_line(ln.text) for ln in rest[n:]):
                    return set()
                break
        # A page names each tag once: the same line twice is a heading its template repeats ("Location Details"
        # over an empty map and again over the address), not two tags.
        if len(run) < 2 or len({ln.text for ln in run}) < len(run):
            return set()
        return {ln.index for ln in run}


#: A line's ``ui_strings`` reason, the facts it carries and the evidence it rests on.
_Hit = tuple[str, list[Fact], str]


#: Markers of a list item, as extractors write ``<li>``.
_LIST_ITEM = ("- ", "* ", "• ", "· ")


def _live_headings(lines: tuple[Line, ...], hits: list[_Hit | None], lex: Lexicon) -> None:
    r"""Mark a live blog's headings ("Key events", "Refresh") ``live_ui`` on a page with another live-blog control.

    A report, a README or a club's minutes heads its own sections with the same words (session twenty-five): alone,
    they are no page's control; beside "Show key events only", "Newest first" or "Live" (a whole-line ``live_ui``
    phrase of the lexicon), they are the live page's. In place, on the hits of ``_line_hits``.

    >>> from boilerstrip.document import Document
    >>> doc = Document("Key events\nThe pier opened.\nNewest first\nThe ferry left.")
    >>> hits = [classify_line(line.text) for line in doc.content]
    >>> _live_headings(doc.content, hits, load_lexicon())
    >>> [hit[0] if hit else None for hit in hits]
    ['live_ui', None, 'live_ui', None]
    """
    if not lex.live_headings or not any(hit is not None and hit[0] == "live_ui" for hit in hits):
        return
    for i, line in enumerate(lines):
        if hits[i] is None and lex.live_heading(line.text):
            hits[i] = ("live_ui", [], "phrase")


def _keep_topic_headings(lines: tuple[Line, ...], hits: list[_Hit | None]) -> None:
    """Drop the hits on short lines that head a paragraph naming them (in place): see ``heads_its_paragraph``."""
    for i, hit in enumerate(hits):
        if hit is not None and heads_its_paragraph(lines, i):
            hits[i] = None


def _keep_mixed_lists(lines: tuple[Line, ...], hits: list[_Hit | None]) -> None:
    """Drop the hits inside a bulleted list that also holds items with none (in place).

    A share bar or a menu written as a list is interface words from end to end; a list where
    "Share" and "Login" stand next to "Offline cache" is a list of features, and its words are content.
    """
    i = 0
    while i < len(lines):
        if not lines[i].text.startswith(_LIST_ITEM):
            i += 1
            continue
        j = i
        while j < len(lines) and lines[j].text.startswith(_LIST_ITEM):
            j += 1
        if j - i >= 2 and any(hits[k] is None for k in range(i, j)):
            for k in range(i, j):
                hits[k] = None
        i = j


def _may_glue(text: str) -> bool:
    """Whether :meth:`UiStrings.find` may cut part of a line of ``text`` without a hit: a glued prompt or button.

    >>> _may_glue("w17")
    False
    """
    return _glued_prompt(text) is not None or _shared_glued_button(text) is not None


def _fill_widget_gaps(lines: tuple[Line, ...], found: list[_Hit | None]) -> None:
    """Give a short non-sentence line sandwiched in one widget the widget's reason (in place).

    A newsletter box or a paywall notice has inner lines (its name, a blurb, a privacy note) that
    carry no label of their own; between two lines of the same widget kind, they are part of it.
    """
    for i in range(1, len(lines) - 1):
        before, after = found[i - 1], found[i + 1]
        if found[i] is None and before and after and before[0] == after[0] and before[0] in _WIDGETS:
            text = lines[i].text
            if not ends_sentence(text) and word_count(text) <= 25:
                found[i] = (before[0], [], "position")


def _tag_header(lines: tuple[Line, ...], i: int) -> list[Cut]:
    """A tag header (``Themen``) and the tags listed one per line under it (``Berlin`` / ``Schulen``).

    The header carries the tags as facts; each tag line goes too.
    """
    tags: list[Line] = []
    lex = load_lexicon()
    for line in lines[i + 1 : i + 1 + _MAX_TAGS_BELOW]:
        if _tag_shaped(line.text, lex):
            tags.append(line)
        else:
            break
    header = cut_line(lines[i], "tag_list", *(Fact("tag", t.text) for t in tags))
    return [header, *(cut_line(t, "tag_list", evidence="position") for t in tags)]


def _star_rating(text: str) -> bool:
    """A rating widget's line: stars, a score out of 5 or 10, or both, with a short vote count after."""
    return _STARS.match(text) is not None  # each branch of the pattern needs stars or a "/"


def _gallery_counters(lines: tuple[Line, ...], hits: list[_Hit | None]) -> None:
    """Mark "1 di 5", "2 di 5"...: two or more lines counting through one total (in place).

    One "3 of 12" may be anything (a score, a chapter); a run of them counting
    up to the same total is a gallery's or a slideshow's counter.
    """
    by_total: dict[str, list[tuple[int, int]]] = {}
    for i, line in enumerate(lines):
        # The count closes the line with a digit (isdigit() holds for every character \d matches): most lines
        # end otherwise and are not matched.
        m = _OF_COUNT.match(line.text) if _may_count(line.text) else None
        if m is not None and hits[i] is None and 0 < int(m.group("n")) <= int(m.group("m")):
            # The line with its own number blanked: "# di 5" is one gallery of five.
            key = line.text[: m.start("n")] + "#" + line.text[m.end("n") :]
            by_total.setdefault(key, []).append((i, int(m.group("n"))))
    for found in by_total.values():
        counts = [n for _, n in found]
        if len(found) >= _MIN_GALLERY_COUNTS and counts == sorted(set(counts)):
            for i, _ in found:
                hits[i] = ("counter", [], "shape")


#: Where a sentence ends and the next begins, inside a line.
_SENTENCE_BREAK = re.compile(r"(?<=[.!?…。！？])\s+(?=\S)")
#: _SENTENCE_BREAK with its mark matched, not looked behind for: re skips ahead to the marks instead of trying
#: the look-behind at every place (twice as fast). Searched from one place earlier, for the mark before the
#: first place, it ends where _SENTENCE_BREAK does (the marks are no spaces, so no two breaks overlap).
_MARK_AND_BREAK = re.compile(r"[.!?…。！？]\s+(?=\S)")
#: The prose a promo must be glued to: a sentence of some length (a two-sentence notice is shorter).
_PROMO_HEAD_WORDS = 16


#: Below a site's legal footer there is little left: other footer links, a cookie notice. Below a licence's or
#: a notice's copyright lines comes its text: lines of this many words or more, this many of them.
MIN_LEGAL_TEXT_WORDS = 8
MIN_LEGAL_TEXT_LINES = 3


def _keep_own_legal_text(lines: tuple[Line, ...], hits: list[_Hit | None]) -> None:
    """Keep the copyright lines of a document that goes on under them: a licence, a notice, a data sheet.

    A site's legal footer closes the page ("© 2026 The Harbor Courier. All rights reserved."); a licence
    opens with its copyright holders and a package's notice file lists them between its paragraphs.
    A legal line with ``MIN_LEGAL_TEXT_LINES`` lines of text under it that no rule takes for chrome is the
    document's own, if it is a copyright line (a mark, or a few words such as "All rights reserved."). A
    column's disclaimer over its text ("Dette er et debattinnlegg. Innlegget gir uttrykk for skribentens
    meninger.", "Думка автора може не збігатися з позицією редакції") is a sentence about the article, not the
    head of a licence: on the development sets and the machine's real documents, every legal line this kept
    that was a document's own held a copyright mark or was that short.
    """
    below = 0
    for i in range(len(lines) - 1, -1, -1):
        hit = hits[i]
        if hit is None:
            below += word_count(lines[i].text) >= MIN_LEGAL_TEXT_WORDS
        elif hit[0] == "legal_footer" and below >= MIN_LEGAL_TEXT_LINES and _copyright_line(lines[i].text):
            hits[i] = None


#: The most words of a footer link beside a copyright cell ("Impressum", "Privacy policy", "Terms of use").
_MAX_FOOTER_LINK_WORDS = 3


def _copyright_row(text: str) -> bool:
    """A footer's row of a few short links and a copyright cell: "Impressum | Datenschutz | © 2026 Harbour Club".

    >>> _copyright_row("Impressum | Datenschutz | © 2026 Kirchengemeinde St. Gabriel e.V."), _copyright_row("© 2026 X")
    (True, False)
    >>> _copyright_row("The photo | © 2026 by the author, who kindly let us print it here in the magazine")
    False
    """
    cells = [cell for cell in _ROW_SPLIT.split(text) if cell.strip()]
    marked = [cell for cell in cells if _COPYRIGHT_LINE.match(cell.strip())]
    return (
        len(cells) >= 2
        and len(marked) == 1
        and all(cell in marked or word_count(cell) <= _MAX_FOOTER_LINK_WORDS for cell in cells)
        and word_count(marked[0]) <= _MAX_FOOTER_LINK_WORDS * 4
    )


#: A copyright mark: "©", "(c)", the word itself.
_COPYRIGHT_MARK = re.compile(r"©|\(c\)|copyright", re.IGNORECASE)
#: The most words of a legal line without a mark that still heads a licence ("All rights reserved.").
_SHORT_LEGAL_WORDS = 4


def _copyright_line(text: str) -> bool:
    """Whether a legal line is a copyright line: a mark in it, or a short line ("Alle Rechte vorbehalten.").

    >>> _copyright_line("Copyright (c) 2021 Tomasz Wierzba"), _copyright_line("All rights reserved.")
    (True, True)
    >>> _copyright_line("Detta är en debattartikel. Åsikterna i texten är skribenternas egna.")
    False
    """
    return _COPYRIGHT_MARK.search(text) is not None or word_count(text) <= _SHORT_LEGAL_WORDS


#: The most words of a line that is a site's pitch for its own channel, standing alone.
_PITCH_WORDS = 15
#: Lines naming the site's own channels from which they are the document's subject (a privacy policy's "our
#: app may use this permission…", a service's terms), not its pitch: the development pages show three at most.
_OWN_SUBJECT_LINES = 4


def _standing_pitches(lines: tuple[Line, ...], hits: list[_Hit | None]) -> None:
    """Mark a short line of its own in which the site names itself and one of its reader channels (in place).

    "Receba a nossa newsletter semanal com toda a atualidade desportiva do distrito.", "Pobierz naszą
    aplikację i otrzymuj powiadomienia…", "הצטרפו לקבוצת הווטסאפ שלנו": words no phrase list holds whole.
    The evidence is the line's shape, so the gate asks the document for strong chrome and the labeller
    for agreement. A document naming its own app, site or newsletter in ``_OWN_SUBJECT_LINES`` lines or more
    is about them (a privacy policy, a service's terms), and keeps them all.
    """
    found = [i for i, hit in enumerate(hits) if hit is None and _may_stand_as_pitch(lines[i].text)]
    if not found:
        return
    if sum(pitches_own_channel(line.text) or offers_subscription(line.text) for line in lines) >= _OWN_SUBJECT_LINES:
        return
    for i in found:
        hits[i] = ("subscribe_prompt", [], "shape")


#: Longer than this, a line is a paragraph: no pitch of 20 words or fewer runs to so many characters.
_PITCH_CHARS = 400


def _may_stand_as_pitch(text: str) -> bool:
    """A line of its own that pitches the site: its own channel, its subscription's offer, or a prompt that opens it."""
    if len(text) > _PITCH_CHARS:
        return False  # a paragraph, answered without its words counted three times
    return _own_channel_pitch(text) or _offer_line(text) or _standing_prompt(text)


@memo
def _own_channel_pitch(text: str) -> bool:
    """A line of 3 to ``_PITCH_WORDS`` words naming the site's own channel, not quoted, not a glued pitch.

    Longer lines that name "our" and "app" are a service's own terms or a council's notice; a line in
    quotation marks is someone's words; a sentence of prose with the pitch glued after it loses the pitch
    only (:func:`_glued_prompt`).

    >>> _own_channel_pitch("Receba a nossa newsletter semanal com toda a atualidade desportiva do distrito.")
    True
    >>> _own_channel_pitch("Our newsletter"), _own_channel_pitch("Our town council met on Monday.")
    (False, False)
    """
    return (
        3 <= word_count(text) <= _PITCH_WORDS
        and text.count(" ") >= 2
        and not _quotes_words(text)
        and pitches_own_channel(text)
        and _glued_prompt(text) is None
    )


#: The fewest and most words of a line that is a paywall's offer standing alone: fewer is a price list's row
#: ("abonament lunar 150 lei"), more a paragraph reporting on a subscription's price.
_OFFER_WORDS = (6, 20)
#: A dotted leader, as a price list or a menu sets a price off its item.
_LEADER = regex.compile(r"\.{3,}|…{2,}|(?:\. ){3,}")


@memo
def _offer_line(text: str) -> bool:
    """A line of 6 to 20 words offering the site's subscription for a price a month, not quoted, not a price list's.

    "Läs allt från Ljusnans Tidning – prenumerera i dag, första månaden för 9 kr.": the offer's three parts are
    :func:`~boilerstrip.rules.offers.offers_subscription`'s; a line in quotation marks is someone's words, and a
    row with a dotted leader belongs to a price list.

    >>> _offer_line("Neem een digitaal abonnement: de eerste maand voor 1 euro, daarna 12,99 euro.")
    True
    >>> _offer_line("masă standard, abonament lunar ........... 150 lei")
    False
    """
    low, high = _OFFER_WORDS
    return (
        low <= word_count(text) <= high
        and offers_subscription(text)
        and not _quotes_words(text)
        and _LEADER.search(text) is None
    )


#: The most words of a line that opens with a follow or subscribe prompt and goes on to say what it brings.
_STANDING_PROMPT_WORDS = 20


@memo
def _standing_prompt(text: str) -> bool:
    """A line that opens with a prompt the lexicon holds as a whole line, and goes on to say what it brings.

    "Iscriviti al canale Telegram @allerte_regione per ricevere ogni allerta…": the lexicon holds "Iscriviti al
    canale Telegram" as a line of its own; here the same prompt opens a longer line, as :func:`_glued_prompt`
    finds it opening a paragraph's last sentence. One sentence only, of 4 to 20 words, not quoted; a prompt of
    one word ("Abonnez-vous") must name a network too, a longer one ("Follow us on") stands on its own.
    An app's prompt does not count: "Download the app from the store and open it on your phone." is a manual's
    step as often.

    >>> _standing_prompt("Iscriviti al canale Telegram @allerte_regione per ricevere ogni allerta sul tuo telefono.")
    True
    >>> _standing_prompt("Follow the river path to the old mill and cross at the second bridge.")
    False
    """
    words = text.split()
    if not 4 <= len(words) <= _STANDING_PROMPT_WORDS or norm(words[0]) not in _prompt_openers():
        return False
    if _QUOTES.intersection(text) or _MARK_AND_BREAK.search(text.rstrip()) is not None:
        return False  # someone's words, or a prompt followed by more sentences
    # A follow or subscribe prompt, not an app's: "Download the app from the store and open it" is a manual's step.
    found = _opening_prompt(words, len(words) - 1, _STANDING_PROMPT_REASONS)
    return found is not None and (found[0] > 1 or _names_network(text))


#: The prompts that may open a line of its own (:func:`_standing_prompt`).
_STANDING_PROMPT_REASONS = frozenset({"subscribe_prompt"})


def _opening_prompt(words: list[str], most: int, reasons: frozenset[str]) -> tuple[int, str] | None:
    """The length and reason of the longest phrase opening ``words`` that the lexicon holds whole under ``reasons``.

    Up to ``most`` words are read from the first; ``None`` when no such phrase opens them.

    >>> _opening_prompt("Follow us on Facebook for updates".split(), 5, _PROMPT_REASONS)
    (4, 'subscribe_prompt')
    """
    lex = load_lexicon()
    for n in range(min(_PROMPT_PHRASE_WORDS, most), 0, -1):
        reason = lex.line_reason(" ".join(words[:n]))
        if reason in reasons:
            return n, reason
    return None


def _names_network(text: str) -> bool:
    """Whether ``text`` names a network of four letters or more.

    A one-word prompt ("Abonează-te") opens a sentence of prose too; with "YouTube" it is a prompt.
    """
    lowered = text.casefold()
    return any(token in lowered for token in load_lexicon().share_tokens if len(token) > 3)


def _polls(lines: tuple[Line, ...], hits: list[_Hit | None]) -> None:
    """Mark a poll widget: a question, then two or more short answers with their shares (in place).

    "Czy gmina powinna…? / Tak – 71% / Nie – 22% / Nie mam zdania – 7%": the
    answers' shares add up to a whole, and the question stands right above
    them. A short label above the question ("Sonda", "Anketa") goes with it.
    """
    i = 1
    while i < len(lines):
        j = i
        shares: list[float] = []
        while (
            j < len(lines)
            and lines[j].text.endswith("%")  # the regex only for lines that can be an answer
            and (m := _POLL_ANSWER.match(lines[j].text))
            and word_count(lines[j].text) <= 10
        ):
            shares.append(float(m.group("share").replace(",", ".")))
            j += 1
        question = lines[i - 1].text
        if len(shares) >= 2 and question.rstrip().endswith(("?", "？", "؟")) and abs(sum(shares) - 100) <= 2:
            first = i - 1
            if first > 0 and word_count(lines[first - 1].text) <= 2 and not ends_sentence(lines[first - 1].text):
                first -= 1  # the widget's label
            for k in range(first, j):
                hits[k] = ("widget", [], "shape")
            i = j
        i += 1


#: An answer of a poll with its share: "Tak – 71%", "Ne 22 %", "Yes, every day: 41.5 %".
_POLL_ANSWER = re.compile(r"^.{1,80}?[\s:–—-](?P<share>\d{1,3}(?:[.,]\d)?)\s?%$")


def _promo_tail(text: str) -> int | None:
    """Where an interface sentence glued to the end of a paragraph starts, if the rest is clean prose.

    Sites append a promo to the last paragraph ("Simak berita lainnya di Google
    News."): the phrase is found in the line, but only its last sentence is
    interface text.
    """
    breaks = [m.end() for m in _SENTENCE_BREAK.finditer(text)]
    if not breaks:
        return None
    start = breaks[-1]
    head, last = text[:start].rstrip(), text[start:]
    if word_count(head) < _PROMO_HEAD_WORDS or classify_line(head) is not None or classify_line(last) is None:
        return None
    if any(mark in head for mark in "?!¿¡？！"):
        return None  # "Lust auf mehr? Lass dir … liefern.": a pitch that asks or shouts is a pitch throughout
    return len(text[:start].rstrip())


#: Reasons of whole-line phrases that, opening a paragraph's last sentence, make it a glued prompt.
_PROMPT_REASONS = frozenset({"subscribe_prompt", "app_promo"})
#: The longest prompt sentence (words) and the shortest paragraph before it.
_PROMPT_WORDS = 20
_PROMPT_HEAD_WORDS = 8
#: ... or as many characters, in a language of long words: "तहसीलदारांनी मंगळवारी दोन्ही बाजूंची बैठक बोलावली आहे."
#: is a whole sentence of seven words.
_PROMPT_HEAD_CHARS = 50
#: The most words of a prompt phrase read at a sentence's start.
_PROMPT_PHRASE_WORDS = 5
_QUOTES = frozenset('"“”„«»「」『』')
#: Words in quotation marks: a name ("«Al-Mizan»", „Kurier“) has a few, someone's words more.
_QUOTED_SPAN = regex.compile(r'["“„«「『]([^"“”„«»「」『』]*)["”“»」』]')
_MAX_QUOTED_NAME_WORDS = 3


def _quotes_words(text: str) -> bool:
    """Whether ``text`` holds quotation marks around someone's words, not only round a name.

    >>> _quotes_words("Follow «Al-Mizan» on our WhatsApp channel."), _quotes_words('She said "join our channel today"')
    (False, True)
    """
    if not _QUOTES.intersection(text):
        return False
    spans = _QUOTED_SPAN.findall(text)
    # An unpaired mark, or a span of more words than a name has: a quotation.
    return (
        not spans
        or any(word_count(span) > _MAX_QUOTED_NAME_WORDS for span in spans)
        or (sum(text.count(q) for q in _QUOTES) != 2 * len(spans))
    )


#: How far from a line's end its last sentence may start (a prompt of 20 words runs to about 200 characters).
_PROMPT_WINDOW = 300


@lru_cache(maxsize=1)
def _prompt_openers() -> frozenset[str]:
    """The first word (normalised) of every whole-line phrase of the prompt reasons: a cheap first test."""
    lines = load_lexicon().lines
    return frozenset(norm(key.split()[0]) for key, reason in lines.items() if reason in _PROMPT_REASONS and key.split())


@memo
def _glued_prompt(text: str) -> tuple[int, str] | None:
    """Where a closing sentence that opens with a follow, subscribe or app prompt starts, and the prompt's reason.

    Sites glue "Follow us on Facebook for more news." to an article's last
    paragraph. The lexicon holds those prompts as whole lines ("Følg os på",
    "Seguici su", "Download de app"); here the same phrase opens the last
    sentence of a longer paragraph. A one-word prompt ("Abonează-te") must
    name a network too, and a sentence in quotation marks is someone's words.

    >>> _glued_prompt("Klubben træner i Herning tre aftener om ugen i vinter. Følg os på Facebook for flere nyheder.")
    (54, 'subscribe_prompt')
    >>> _glued_prompt("The club trains in Herning three evenings a week this winter. Follow the river to the hall.")
    >>> _glued_prompt("Il prezzo del gasolio resta stabile da tre settimane. Iscriviti al nostro canale WhatsApp.")
    (53, 'subscribe_prompt')
    """
    if len(text) < 40:
        return None
    # The prompt is the last sentence, of 20 words at most: its start lies in the line's last characters.
    window = max(0, len(text) - _PROMPT_WINDOW)
    breaks = [m.end() for m in _MARK_AND_BREAK.finditer(text, max(0, window - 1))]
    if not breaks:
        return None
    start = breaks[-1]
    last = text[start:]
    first = last.split(None, 1)  # its first word, without splitting the rest
    if not first:
        return None
    if norm(first[0]) not in _prompt_openers():
        # Most paragraphs: their last sentence opens with no prompt's first word. It may still pitch the
        # site's own channel in other words ("Per restare aggiornato iscriviti al nostro canale WhatsApp.").
        # The short last sentence is read first (its words counted by split_count, the line's own words only
        # for a prompt's phrase): the paragraph before it is counted only for a pitch.
        if split_count(last) > _PROMPT_WORDS or _QUOTES.intersection(last) or not pitches_own_channel(last):
            return None
        head = text[:start]
        if any(mark in head for mark in "?!¿¡？！"):
            # "What do you think? … Let us know in the comments or on our Twitter.": a paragraph that asks is an
            # invitation from its first sentence, not prose with a pitch glued to it (as in _promo_tail).
            return None
        return (len(head.rstrip()), "subscribe_prompt") if _fits_prompt(head, last) else None
    head = text[:start]
    if not _fits_prompt(head, last):
        return None
    words = last.split()
    found = _opening_prompt(words, len(words), _PROMPT_REASONS)
    if found is not None:
        n, reason = found
        return (len(head.rstrip()), reason) if n > 1 or _names_network(last) else None
    return (len(head.rstrip()), "subscribe_prompt") if pitches_own_channel(last) else None


#: A word's small letter run into a capital with no space between: where an extractor glued two elements.
_JUNCTION = regex.compile(r"(?<=\p{Ll})(?=\p{Lu})")
#: How far into a line a glued label may end (the longest button label has about 40 characters).
_MAX_GLUED_CHARS = 48


@memo
def _shared_glued_button(text: str) -> tuple[int, str] | None:
    """:func:`_glued_button` with the shared lexicon, cached per text.

    Every view of every pass asks it of the lines that hold no interface string, and its search tries
    every place of the line's opening.
    """
    return _glued_button(text, load_lexicon())


def _glued_button(text: str, lex: Lexicon) -> tuple[int, str] | None:
    """Where a button's label glued to the start of a paragraph ends, and its reason.

    An extractor that joins inline elements without a space leaves "Donează acumÎn comuna…": a whole-line
    phrase of the lexicon, its last small letter run into the paragraph's capital. The label must be two
    words or more: "SharePoint" and "YouTube" start with a phrase ("Share", "You") run into a capital too.
    The rest must read as prose.

    >>> _glued_button("Donează acumÎn comuna Valea Seacă drumul spre școală e încă de pământ.", load_lexicon())
    (12, 'subscribe_prompt')
    >>> _glued_button("SharePoint keeps the files of the team in one place for everyone.", load_lexicon())
    """
    m = _JUNCTION.search(text, 0, _MAX_GLUED_CHARS)
    if m is None:
        return None
    label, rest = text[: m.start()], text[m.start() :]
    if len(label.split()) < 2 or not prose_like(rest):
        return None
    reason = lex.line_reason(label)
    return (m.start(), reason) if reason is not None else None


def _fits_prompt(head: str, last: str) -> bool:
    """A paragraph of some length before a last sentence short enough for a prompt, quoting nobody."""
    long_enough = word_count(head) >= _PROMPT_HEAD_WORDS or len(head.strip()) >= _PROMPT_HEAD_CHARS
    return long_enough and word_count(last) <= _PROMPT_WORDS and not _QUOTES.intersection(last)


#: The separators of a row of buttons under a post or a comment ("👍 3 · Reply | Quote | Report").
#: The ideographic space parts the buttons of a Japanese or Chinese row ("ログイン\u3000新規登録"), where
#: words are not spaced.
_ROW_SPLIT = re.compile(r"\s+[·|•]\s+|\s*[|｜]\s*|\u3000+")
#: A cell of such a row that is a count, a reaction or nothing ("👍 3", "(12)", "♥ 41"): it names no button.
_ROW_COUNT = re.compile(r"^[\W\d_]*$")
#: A character that may part the buttons of such a row (most lines hold none and skip the row test).
_ROW_MARK = re.compile("[·|•\u3000｜]")
_MIN_ROW_BUTTONS = 2
#: A row whose cells are parted by dots: a post's or a comment's action row.
_DOTTED = re.compile(r"\s[·•]\s")


def _button_row(text: str, lex: Lexicon) -> str | None:
    """The reason of a row of interface labels between separators, with counts among them, if the line is one.

    A forum's or a comment section's action row joins its buttons with dots or bars: "👍 3 · Vastaa | Lainaa
    | Ilmoita asiaton viesti", "Responder · Me gusta (14)", "Kirjaudu sisään | Rekisteröidy". Every cell is an
    interface string of the lexicon or a count, and one of them is a whole-line phrase (the only label, beside
    counts, must be one); the row takes the reason of its first whole-line phrase.

    >>> _button_row("👍 3 · Vastaa | Lainaa | Ilmoita asiaton viesti", load_lexicon())
    'comment_ui'
    >>> _button_row("Oslo · Bergen · Tromsø", load_lexicon()) is None
    True
    >>> _button_row("Like · Reply · Report", load_lexicon()), _button_row("Like · Oslo · Bergen", load_lexicon())
    ('comment_ui', None)
    """
    cells = [cell.strip() for cell in _ROW_SPLIT.split(text)]
    labels = [cell for cell in cells if cell and not _ROW_COUNT.match(cell)]
    # One label beside a count makes a row too ("👍 41 👎 5 · Odpovědět"), if it is a whole-line phrase.
    if len(cells) < _MIN_ROW_BUTTONS or not labels or (len(labels) == 1 and lex.line_reason(labels[0]) is None):
        return None
    found = None
    strangers = 0
    for cell in labels:
        reason = lex.line_reason(cell)
        if reason is None and not lex.is_interface(cell):
            # A one-word button the lexicon lacks ("Report" beside "Like" and "Reply") is still a button when
            # two whole-line phrases stand beside it in a row of dots (a row of bars is a menu, read as one
            # by the breadcrumb rules); any longer cell makes the row something else.
            if word_count(cell) > 1 or not _DOTTED.search(text):
                return None
            strangers += 1
        found = found or reason
    phrases = sum(lex.line_reason(cell) is not None for cell in labels) if strangers else 0
    return None if strangers and (phrases < _MIN_ROW_BUTTONS or strangers >= phrases) else found


#: The most words of a row closing in a pager ("Antwoord plaatsen Zoek in dit onderwerp… 6 berichten • Pagina 1 van 1").
_MAX_PAGER_ROW_WORDS = 16
#: A row's last part: what follows its last dot or bar.
_LAST_PART = regex.compile(r"[^•·|]*$")
#: "1 2 3" or "1 of 3" after the page word: the numbers of a pager, with the word between them.
_PAGER_NUMBERS = regex.compile(r"^(\d{1,4})(?:\s+(\S+))?\s+(\d{1,4})(?:\s+(.*))?$")


def _pager(text: str, lex: Lexicon) -> bool:
    """A listing's or a thread's pager, alone or closing a row: "Page 1 of 3", "3 posty • Strona 1 z 1".

    The page word ("Seite", "strona", "halaman") opens the line or its last part, then the page's number, the
    word between ("of", "van", "z") and the count; or the first pages counted from 1, maybe a word after them
    ("Halaman 1 2 Selanjutnya"). A sentence that names a page ("See page 4 of the report.") goes on after it.

    >>> lex = load_lexicon()
    >>> [_pager(t, lex) for t in ("Répondre · Page 1 sur 1", "Halaman 1 2 Selanjutnya", "Seite 2 von 5")]
    [True, True, True]
    >>> [_pager(t, lex) for t in ("Page 4 of the report", "Chapter 1 of 3", "Seite 12 von 5")]
    [False, False, False]

    Or the pager opens the row, and each part after it is a button the lexicon names ("Next ›", "Weiter »").

    >>> [_pager(t, lex) for t in ("Halaman 1 dari 2 | Berikutnya ›", "Page 1 of 2 | Next chapter: the mill")]
    [True, False]
    """
    if not lex.pager_pages:
        return False
    part = _LAST_PART.search(text)
    if _pager_words((part.group() if part else text).split(), lex):
        return True
    parts = [cell.strip() for cell in _ROW_CELLS.split(text)]
    return (
        len(parts) >= 2
        and _pager_words(parts[0].split(), lex)
        and all(cell and lex.line_reason(cell) is not None for cell in parts[1:])
    )


#: The cells of a row, between its dots and bars.
_ROW_CELLS = regex.compile(r"[•·|]")


def _pager_words(words: list[str], lex: Lexicon) -> bool:
    """Whether ``words`` are a pager: the page word, then "1 of 3" or the first pages counted from 1."""
    if len(words) < 3 or words[0].casefold() not in lex.pager_pages:
        return False
    m = _PAGER_NUMBERS.match(" ".join(words[1:]))
    if m is None:
        return False
    first, between, second, after = m.group(1), m.group(2), m.group(3), m.group(4)
    if between is not None and between.casefold() in lex.pager_of:
        return after is None and int(first) <= int(second)  # "Page 1 of 3", nothing after the count
    # "1 2 3 …": the first pages in order, from 1, maybe a "next" word after them.
    numbers = [first, *([between] if between is not None else []), second, *(after.split() if after else [])]
    run = [int(w) for w in numbers if w.isdigit()]
    rest = [w for w in numbers if not w.isdigit()]
    return run[:1] == [1] and run == list(range(1, len(run) + 1)) and len(run) >= 2 and len(rest) <= 1


@memo
def classify_line(text: str) -> tuple[str, tuple[Fact, ...], str] | None:
    """The ``ui_strings`` reason for a line, the facts it carries and its evidence kind, or ``None``."""
    found = _classify_text(text, load_lexicon())
    return (found[0], tuple(found[1]), found[2]) if found else None


def _classify_text(text: str, lex: Lexicon) -> tuple[str, list[Fact], str] | None:
    """Lexicon first (whole line, prefix, contained phrase), then line shape (counters, share rows, trails).

    A lexicon hit is ``phrase`` evidence; a shape (a counter, a row of links) is ``shape`` evidence.
    """
    reason = lex.line_reason(text)
    if reason is not None:
        return reason, _notice_facts(reason), "phrase"
    if _ROW_MARK.search(text) and (reason := _button_row(text, lex)) is not None:
        return reason, [], "phrase"
    # The player, counter, rating, hashtag and handle patterns and the leading symbols each open with a digit, a
    # sign, "[", "#" or "@", never a letter: a line that opens with a letter (most lines) is spared their calls.
    symbol_first = not text[:1].isalpha()
    if symbol_first and _PLAYER_START.match(text.lstrip(_PLAY_SYMBOLS)):
        return "player_ui", [], "form"  # "00:00 / 04:12", and with its play button before it: "▶ 00:00 / 47:12"
    if symbol_first and _PLAY_BUTTON.match(text):
        return "player_ui", [], "shape"
    if symbol_first and (
        _COUNTER.match(text) or _REACTIONS.match(text) or _PLAYER_CLOCK.match(text) or _star_rating(text)
    ):
        return "counter", [], "shape"
    if "://" in text and _RETRIEVED_FROM.match(text):
        return "navigation", [], "form"
    if symbol_first and _HASHTAGS.match(text):
        return "tag_list", [Fact("tag", t.lstrip("#")) for t in text.split()], "shape"
    if _widget(text):
        return "widget", [], "shape"
    if text.endswith((")", "）")) and _attachment(text):
        return "share_buttons", [], "shape"
    if "|" in text and _notice_with_buttons(text):
        return "cookie_notice", [], "shape"
    if _notice_with_glued_button(text, lex):
        return "cookie_notice", [], "shape"
    n = word_count(text)
    if n <= 12 and _share_line(text, lex):
        # Named by its words: a share label over network names, or two buttons of the lexicon in a row of links
        # ("Share | Print | Report this notice"), as a bar of interface words is (``_row_evidence``).
        named = _labelled_networks(text, lex) or _row_evidence(_ROW_SPLIT.split(text), lex) == "phrase"
        return "share_buttons", [], "phrase" if named else "shape"
    if n <= _MAX_PLATFORM_ROW_WORDS and _platform_row(text, lex):
        # Every cell a platform the lexicon names: phrase evidence, as a row of the lexicon's buttons is.
        return "subscribe_prompt", [], "phrase"
    if n <= 15 and symbol_first and _HANDLE.search(text) and not ends_sentence(text):
        return "subscribe_prompt", [], "shape"
    crumbs = _breadcrumb(text)
    if crumbs is not None and n <= 25 and "©" in text and _copyright_row(text):
        # "© 2026 Kvardagsmat | Personvern | Kundeservice": a row of links that a copyright cell opens is the
        # footer's, as one that it closes is (the trail's test reads a closing copyright cell as no crumb).
        return "legal_footer", [], "form"
    if crumbs is not None and (tagged := _tag_row(text, lex)) is not None:
        return tagged  # "Tags: Tea | Mombasa auction | Exports": the label names the row, not a trail of links
    if crumbs is not None:
        # Only a trail ("Home > World > Europe") names the section; a row of links does not.
        trail = len(crumbs) <= 3 or (_TRAIL.search(text) is not None and len(crumbs) <= 4)
        evidence = "phrase" if _homed_trail(text, crumbs, lex) else _row_evidence(crumbs, lex)
        return "navigation", [Fact("section", crumbs[-1])] if trail else [], evidence
    if n <= 25 and (_COPYRIGHT_LINE.match(text) or ("©" in text and _copyright_row(text))):
        return "legal_footer", [], "form"
    if n <= _MAX_PAGER_ROW_WORDS and _pager(text, lex):
        return "navigation", [], "shape"
    core = _LEADING_SYMBOLS.sub("", text) if symbol_first else text
    # One match against all prefix phrases first: most lines open with none of them.
    prefixed = lex.starts_like_interface(core)
    for reason, pattern in lex.prefixes.items() if prefixed else ():
        m = pattern.match(core)
        if m is None:
            continue
        rest = core[m.end() :].strip(" :|-–—")
        if reason == "tag_list":
            return _tag_list(rest)
        if reason == "read_also" and _cross_reference(rest):
            continue
        if not prose_like(rest) or word_count(rest) <= 12 or _stamped_rest(rest):
            return reason, _notice_facts(reason), "phrase"
    if n <= _MAX_CONTAINS_WORDS and lex.contains_phrase(text):
        for reason, pattern in lex.contains.items():
            if reason == "counter" and (n > 8 or not re.search(r"\d", text)):
                continue
            if pattern.search(text):
                return reason, _notice_facts(reason), "phrase"
    if n <= _MAX_DISCLAIMER_WORDS and lex.disclaimer_labels is not None and lex.disclaimer_labels.match(text):
        # "Disclaimer: Comments do not represent the views of the site.", "अस्वीकरण: यह वेबसाइट सरकारी नहीं है…":
        # the label says what the sentences after it are, however many (a prefix's rest is held to 12 words).
        return "legal_footer", [], "phrase"
    if symbol_first and text[-1:] in _CLOSERS and (inner := unwrapped(text)) is not None:
        # "(Source: …)", "«Disclaimer: …»", "【Related: …】": a notice printed whole inside one pair of brackets.
        return _wrapped_notice(inner, quoted=text.lstrip()[0] in _QUOTE_OPENERS, lex=lex)
    return None


#: The pairs a site prints a whole notice inside (session twenty-five): brackets, guillemets either way round,
#: corner, lenticular and full-width brackets, and the Chinese title marks. Not the curly or straight quotes: a line
#: in them is a quotation.
_WRAPS: Mapping[str, str] = {
    "(": ")",
    "[": "]",
    "{": "}",
    "«": "»",
    "»": "«",
    "‹": "›",
    "「": "」",
    "『": "』",
    "【": "】",
    "〔": "〕",
    "〖": "〗",
    "（": "）",
    "［": "］",
    "〈": "〉",
    "《": "》",
}
_CLOSERS = frozenset(_WRAPS.values())
#: The openers of ``_WRAPS`` that are quotation marks: a quoted sentence may open with a prefix's words ("«Subscribe
#: to hope, not fear.»"), so inside them only a label (the phrase and its colon) names a notice.
_QUOTE_OPENERS = frozenset("«»‹「『")
#: The fewest words of a phrase without its colon that names a notice inside quotation marks: a long phrase is a
#: site's ("This article first appeared in"), a short one opens sentences ("Subscribe to", "Join us on").
_QUOTED_PHRASE_WORDS = 4


def unwrapped(text: str) -> str | None:
    """The inside of ``text`` when the whole line is one pair of ``_WRAPS`` (the opener closed only at the end).

    >>> unwrapped("(Source: Harbour board)"), unwrapped("« Lire aussi : Le port rouvre »"), unwrapped("【关注】")
    ('Source: Harbour board', 'Lire aussi : Le port rouvre', '关注')
    >>> unwrapped("(a) the pier and (b) the quay"), unwrapped("(Source: the board) said so."), unwrapped("()")
    (None, None, None)
    """
    line = text.strip()
    opener = line[:1]
    closer = _WRAPS.get(opener)
    if closer is None or len(line) < 3 or line[-1] != closer:
        return None
    depth = 0
    for ch in line[1:-1]:
        if ch == closer:
            depth -= 1
            if depth < 0:
                return None  # "(a) the pier and (b) the quay": the first pair closes before the end
        elif ch == opener:
            depth += 1
    inner = line[1:-1].strip()
    return inner if depth == 0 and inner else None


def _wrapped_notice(inner: str, *, quoted: bool, lex: Lexicon) -> tuple[str, list[Fact], str] | None:
    """The reason of a prefix phrase or a disclaimer label that opens ``inner``, the inside of a wrapped line.

    As on a bare line, what follows a label ("Read also:", "Tags:") may be a headline or a short sentence, and a
    disclaimer's label names its sentences however many. A phrase without its colon ("This article first appeared
    in") names a notice only over a name or a headline, not a sentence: "(Skip to the next part if you know the
    rules.)" is the writer's aside. Inside guillemets or corner quotes (``quoted``) a phrase without its colon must
    also be one of ``_QUOTED_PHRASE_WORDS`` words or more: "«Мнение колумниста может не совпадать с мнением редакции»"
    is the site's notice, "«Subscribe to hope, not to fear.»" a quotation.

    >>> lex = load_lexicon()
    >>> _wrapped_notice("Source: Harbour board", quoted=False, lex=lex) is None
    True
    >>> _wrapped_notice("Read also: Harbour reopens after the storm", quoted=True, lex=lex)
    ('read_also', [], 'phrase')
    >>> _wrapped_notice("Skip to the next part if you know the rules.", quoted=False, lex=lex) is None
    True
    """
    if lex.starts_like_interface(inner):
        for reason, pattern in lex.prefixes.items():
            m = pattern.match(inner)
            if m is None:
                continue
            after = inner[m.end() :]
            rest = after.strip(" :|-–—")
            labelled = m.group().rstrip().endswith((":", "：", "|")) or after.lstrip()[:1] in (":", "：", "|")
            if not labelled and (prose_like(rest) or (quoted and word_count(m.group()) < _QUOTED_PHRASE_WORDS)):
                continue
            if reason == "tag_list":
                return _tag_list(rest)
            if reason == "read_also" and _cross_reference(rest):
                continue
            if not prose_like(rest) or word_count(rest) <= 12 or _stamped_rest(rest):
                return reason, _notice_facts(reason), "phrase"
    if (
        lex.disclaimer_labels is not None
        and word_count(inner) <= _MAX_DISCLAIMER_WORDS
        and lex.disclaimer_labels.match(inner) is not None
    ):
        return "legal_footer", [], "phrase"
    return None


#: A file's size in brackets closing a line, maybe after its type: "(PDF, 182 KB)", "（PDF：215KB）", "(44 MB)".
_FILE_SIZE = re.compile(
    r"[(（](?:[A-Za-z]{2,5}\s*[,:：、]?\s*)?\d+(?:[.,]\d+)?\s?(?:[KMG]B|kB|[KMG]iB|[KMG]o|[КМГ]Б)[)）]$"
)
#: The most words of an attachment's link before its size.
_ATTACHMENT_WORDS = 8


#: The most words of a prefix's rest that a date or a time makes a stamp, not a sentence.
_MAX_STAMPED_WORDS = 20


def _stamped_rest(rest: str) -> bool:
    """Whether what follows an interface prefix is a stamp of up to 20 words with a date or a clock time in it.

    A board's "Last edited by harbourfan on Sat Dec 10, 2011 11:19 am, edited 2 times in total." runs past the
    twelve words a prefix's rest may hold, but says who and when, as a post's furniture does.

    >>> _stamped_rest("harbourfan on Sat Dec 10, 2011 11:19 am, edited 2 times in total.")
    True
    >>> _stamped_rest("the council, which met on Monday and agreed to rebuild the pier before the summer season.")
    False
    """
    return word_count(rest) <= _MAX_STAMPED_WORDS and (has_time(rest) or find_date(rest) is not None)


def _attachment(text: str) -> bool:
    """A link to a file with its size in brackets: "Plakát adventní odpoledne (PDF, 1,2 MB)", "Download MP3 (44 MB)".

    A few words, no sentence, and no tool's output: "Downloading x.whl (41 kB)" and "wrote walks.svg (1.8 MB)" open
    with a word in small letters or a verb's past or progressive form, as a console prints them. The evidence is the
    line's shape: the gate asks the document for strong chrome and the labeller for agreement.

    >>> _attachment("Pakua tangazo (PDF, 180 KB)"), _attachment("Downloading gpxpy-1.6.2-py3-none-any.whl (42 kB)")
    (True, False)
    """
    size = _FILE_SIZE.search(text)
    if size is None:
        return False
    head = text[: size.start()].strip()
    return (
        bool(head)
        and not head[:1].islower()
        and not head.split(None, 1)[0].endswith(("ing", "ed"))
        and word_count(head) <= _ATTACHMENT_WORDS
        and not ends_sentence(head)
    )


#: The longest disclaimer line (words): a site's notice runs to a few sentences, not a paragraph of an essay.
_MAX_DISCLAIMER_WORDS = 80


#: How many items of a row of links must each be a whole interface line of the lexicon for the row to be a
#: site's bar by its words, not by its shape alone.
_ROW_PHRASES = 2


def _row_evidence(items: list[str], lex: Lexicon) -> str:
    """``phrase`` for a row of links holding two items or more that are interface lines, else ``shape``.

    A row's shape ("A | B | C") is also a document's: a table row, a list of a manual's menu entries, a path
    through settings. A row where two items are each a whole interface string ("Sök | Lättläst | Lyssna |
    Logga in", "Impressum | Datenschutz | Login", "Prijava | Registracija | Pravila foruma") is the bar a
    site prints; on the development sets every such row was chrome (42 rows in 19 languages), none a
    document's own line.

    >>> lex = load_lexicon()
    >>> _row_evidence(["Home", "Search", "Log in"], lex), _row_evidence(["Home", "Europe", "Economy"], lex)
    ('phrase', 'shape')
    """
    found = 0
    for item in items:
        if lex.line_reason(item.strip()) is not None:
            found += 1
            if found >= _ROW_PHRASES:
                return "phrase"
    return "shape"


#: Crumbs a trail holds at least for its first link to name it a site's: the home page, a section, the page.
_MIN_HOMED_CRUMBS = 3


def _homed_trail(text: str, crumbs: list[str], lex: Lexicon) -> bool:
    """A trail of three links or more ("Inicio › Sala de prensa › Notas de prensa") that a home link opens.

    Its separators point from one link to the next, and its first link is a whole navigation line of the
    lexicon ("Home", "Inicio", "Startseite", "Главная"): a site's breadcrumb by its words, as a row of two
    interface links is (:func:`_row_evidence`). A path through a program's menus opens with the program's
    own words ("File › Export › PDF").

    >>> lex = load_lexicon()
    >>> _homed_trail("Inicio › Sala de prensa › Seguridad", ["Inicio", "Sala de prensa", "Seguridad"], lex)
    True
    >>> _homed_trail("File › Export › PDF", ["File", "Export", "PDF"], lex)
    False
    """
    return (
        len(crumbs) >= _MIN_HOMED_CRUMBS
        and _TRAIL.search(text) is not None
        and lex.line_reason(crumbs[0].strip()) == "navigation"
    )


def _tag_row(text: str, lex: Lexicon) -> tuple[str, list[Fact], str] | None:
    """A row of tags behind a tag label of the lexicon ("Tags: Tea | Mombasa auction | Exports"), with its tags."""
    pattern = lex.prefixes.get("tag_list")
    if pattern is None or not lex.starts_like_interface(text) or (m := pattern.match(text)) is None:
        return None
    return _tag_list(text[m.end() :].strip(" :|-–—"))


def _tag_list(rest: str) -> tuple[str, list[Fact], str]:
    """The ``tag_list`` answer for the tags after a tag label ("Tea | Mombasa auction | Exports"; none when empty)."""
    return "tag_list", [Fact("tag", t) for t in _TAG_SPLIT.split(rest.rstrip(".")) if t], "phrase"


def _cross_reference(rest: str) -> bool:
    """``Voir aussi : coiffe.``: a glossary's pointer to another entry (a term or two closing a sentence).

    A page's "Read also:" names a headline, or nothing (a list follows).
    """
    return 1 <= word_count(rest) <= 2 and rest.endswith(".")


def _notice_facts(reason: str) -> list[Fact]:
    """The facts a phrase-list hit carries by its reason alone: a paywall notice marks the page."""
    return [Fact("paywalled", "true")] if reason == "paywall_notice" else []
