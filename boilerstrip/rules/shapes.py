"""Shape features of a single line: the structural signals cleaners rely on.

Everything here is a pure function of the line text, cheap, and language
independent (CJK text is measured in characters instead of words).

>>> headline_shaped("Putin Proposes Creation of New Security System in Eurasia")
True
>>> prose_like("Lavrov spoke after meeting his counterparts in the Kazakh city of Almaty.")
True
>>> headline_shaped("log in or register")
False
"""

from __future__ import annotations

import re

import regex

from boilerstrip.rules.memo import memo
from boilerstrip.rules.scripts import SCRIPTS, UNPUNCTUATED_SCRIPTS, majority_script

_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_CLOSERS = "\"'”’“»)]」』】）›"
_OPENERS = "\"'“‘«„‚(¿¡「『【（‹—–-"
#: Full stops that end a sentence wherever they stand: CJK (and their halfwidth form), Arabic question mark,
#: Devanagari danda, Urdu full stop, Ethiopic, Myanmar, Armenian and Khmer full stops, the Tibetan shad.
UNSPACED_STOPS = "。！？｡؟।॥۔።။։។།"
#: Marks that end a question or an exclamation, in the scripts that print their own: a headline may end in one
#: ("…: پاڻي ڪڏهن ايندو؟", "…ይጀመር፧") where a paragraph's sentence ends in a full stop.
ASKING_ENDS = "?!？！؟፧"
#: Latin-style marks, which end a sentence only before a space, a closing mark or the line's end.
SPACED_STOPS = ".!?…"
_SENTENCE_END = SPACED_STOPS + UNSPACED_STOPS
_MARKDOWN_HEADING = re.compile(r"#{1,6}\s+\S")
#: A line of this many words reads as prose whatever its end.
_PROSE_WORDS = 25
#: The fewest words of a paragraph cut off in mid-sentence (:func:`cut_off_paragraph`).
_CUT_OFF_WORDS = 18
_THAI_LETTERS = re.compile("[\u0e01-\u0e4e]")
_THAI_LETTERS_PER_WORD = 4
#: Letters of the scripts that put no space between words: Thai, Lao, Tibetan, Myanmar, Khmer.
_UNSPACED_LETTERS = re.compile("[\u0e01-\u0e4e\u0e81-\u0edf\u0f00-\u0fff\u1000-\u109f\u1780-\u17ff]")
#: The fewest such letters a sentence closed by a full stop holds (a label or a button holds fewer).
_UNSPACED_SENTENCE_LETTERS = 30


@memo
def is_cjk(text: str) -> bool:
    """True when CJK characters make up a third or more of ``text``'s non-space characters."""
    if text.isascii():
        return False  # no CJK character is ASCII: skips a scan of most lines
    n = len(_CJK.findall(text))
    return n > 0 and n * 3 >= len(text.replace(" ", ""))


@memo
def word_count(text: str) -> int:
    """Words in ``text``; for CJK text, characters / 2 (about one word per two characters)."""
    if not text.isascii() and is_cjk(text):  # no CJK character is ASCII (is_cjk's own first test)
        return max(1, len(_CJK.findall(text)) // 2)
    return split_count(text)


def split_count(text: str) -> int:
    """``len(text.split())``, without making the words when the only whitespace is single plain spaces.

    Every other character ``str.split`` splits at is unprintable (checked over every code point in
    ``tests/test_speed_equivalence.py``), so a printable text without a double space has a word between
    each two of its spaces, once the spaces at its ends are set aside.

    >>> split_count(" Share on  Facebook"), split_count("Share on Facebook"), split_count(" "), split_count("")
    (3, 3, 0, 0)
    """
    if "  " in text or not text.isprintable():
        return len(text.split())
    inner = text.strip(" ")
    return inner.count(" ") + 1 if inner else 0


def last_char(text: str) -> str:
    """The last character that is not a closing quote or bracket."""
    stripped = text.rstrip(_CLOSERS + " ")
    return stripped[-1] if stripped else ""


def first_letter(text: str) -> str:
    """The first character that is not an opening quote, bracket or dash."""
    stripped = text.lstrip(_OPENERS + " ")
    return stripped[0] if stripped else ""


def ends_sentence(text: str) -> bool:
    """True when the line ends like a sentence (``.``, ``!``, ``?``, ``。``...)."""
    return last_char(text) in _SENTENCE_END


def ends_with_ellipsis(text: str) -> bool:
    """True for teaser lines cut with ``...`` or ``…``."""
    t = text.rstrip(_CLOSERS + " ")
    return t.endswith(("...", "…"))


#: Letters Unicode files as lower case although their script writes no case: Georgian Mkhedruli (its
#: capitals, Mtavruli, are a display style), so a Georgian sentence starts "lower case" as a matter of course.
#: A character-class body, for patterns that read such words (``metadata_lines``' name words).
CASELESS_LOWER_LETTERS = "\u10d0-\u10fa\u10fc-\u10ff"
_CASELESS_LOWER = re.compile(f"[{CASELESS_LOWER_LETTERS}]")


def caseless_lower(ch: str) -> bool:
    """True for a lower-case letter of a script that writes no case (Georgian): it starts sentences too.

    >>> caseless_lower("ა"), caseless_lower("a")
    (True, False)
    """
    return _CASELESS_LOWER.match(ch) is not None


def cased_lower(ch: str) -> bool:
    """True for a lower-case letter of a script that writes case: a line opening with one runs on.

    >>> cased_lower("t"), cased_lower("თ"), cased_lower("T"), cased_lower("")
    (True, False, False, False)
    """
    return ch.islower() and not caseless_lower(ch)


def opens_like_capital(ch: str) -> bool:
    """True for an upper-case letter, a digit, or a letter of a script that writes no case (Han, Georgian).

    >>> opens_like_capital("T"), opens_like_capital("თ"), opens_like_capital("東"), opens_like_capital("t")
    (True, True, True, False)
    """
    return ch.isupper() or ch.isdigit() or (ch.isalpha() and not ch.islower()) or caseless_lower(ch)


def starts_upper(text: str) -> bool:
    """True when the first letter is upper case, a digit, or from a caseless script.

    >>> starts_upper("Tbilisi"), starts_upper("თბილისი"), starts_upper("then")
    (True, True, False)
    """
    ch = first_letter(text)
    return bool(ch) and opens_like_capital(ch)


#: What a statement ends with and a headline does not: a full stop of any script (a question or an exclamation
#: mark may close a headline), a comma, a colon, a semicolon.
STATEMENT_ENDS = frozenset(".,;:，；：…" + UNSPACED_STOPS.replace("！", "").replace("？", "").replace("؟", ""))


@memo
def headline_shaped(text: str, *, max_words: int = 25) -> bool:
    """A short single line that starts upper case and does not end like a statement.

    Headlines, subheadings, captions without period and related teasers share
    this shape; it is a necessary condition, never a sufficient one.
    """
    if not text or not starts_upper(text):
        return False
    end = last_char(text)
    if end in STATEMENT_ENDS or ends_with_ellipsis(text):
        return False
    n = word_count(text)
    if not 2 <= n <= max_words:
        return False
    # A headline is one sentence: no ". X" inside.
    return re.search(r"[.!?。！？]\s+\S", text.rstrip(_CLOSERS + "!?")) is None


@memo
def prose_like(text: str) -> bool:
    """A line that reads like article prose: a sentence of some length.

    Thai puts no space between words and no mark after a sentence: a line of it reads as prose by its
    letters, four to a word.

    >>> prose_like("The council approved the budget after a long debate."), prose_like("Latest news")
    (True, False)
    >>> prose_like("สหกรณ์เดินรถสี่ล้อแดงเชียงใหม่ร่วมกับสำนักงานขนส่งจังหวัดเปิดเส้นทางใหม่จากประตูท่าแพขึ้นดอยสุเทพ " * 2)
    True
    """
    n = word_count(text)
    if n >= _PROSE_WORDS:
        return True
    if n >= 6 and ends_sentence(text) and not ends_with_ellipsis(text):
        return True
    return thai_prose(text) or unspaced_sentence(text)


def cut_off_paragraph(text: str) -> bool:
    """A paragraph a paywall or a preview cut off in mid-sentence: 18 words or more, ending on a letter.

    A headline, however long, rarely runs to 18 words; the line is the article's, and the article has not
    ended before it even though no full stop closes it.

    >>> cut_off_paragraph("Chi arriva in auto lascia la macchina sotto la chiesa madre, perché nel centro storico le "
    ...                   "vie sono scale e la sera")
    True
    >>> cut_off_paragraph("La cosecha temprana, el precio del aceite y una visita a la almazara")
    False
    """
    return word_count(text) >= _CUT_OFF_WORDS and last_char(text).isalpha()


def unspaced_sentence(text: str) -> bool:
    """A sentence in a script that puts no space between its words: a full stop closing 30 letters or more.

    The scripts are Lao, Khmer, Myanmar, Tibetan and Thai (``_UNSPACED_LETTERS``). Burmese and Khmer put a space
    between phrases, not words: the first sentence of a Burmese story holds five spaces, a label of six words as
    many. Its letters and its full stop ("။", "។", "།") tell it.

    >>> unspaced_sentence("မြို့တော်ကောင်စီသည် တနင်္လာနေ့တွင် ဈေးဟောင်း ပြန်လည်ပြုပြင်ရန် ဘတ်ဂျက်ကို အတည်ပြုခဲ့သည်။")
    True
    >>> unspaced_sentence("PDF ဒေါင်းလုဒ်"), unspaced_sentence("The council met on Tuesday.")
    (False, False)
    """
    if text.isascii() or not ends_sentence(text) or ends_with_ellipsis(text):
        return False
    return len(_UNSPACED_LETTERS.findall(text)) >= _UNSPACED_SENTENCE_LETTERS


def thai_prose(text: str) -> bool:
    """A line of 100 Thai letters or more: prose in a script that marks no sentence end (25 words of four letters).

    >>> thai_prose("ข่าวล่าสุด"), thai_prose("Latest news " * 20)
    (False, False)
    """
    if text.isascii() or len(text) < _PROSE_WORDS * _THAI_LETTERS_PER_WORD or not _THAI_LETTERS.search(text):
        return False
    return len(_THAI_LETTERS.findall(text)) >= _PROSE_WORDS * _THAI_LETTERS_PER_WORD


def normalise_spaces(text: str) -> str:
    r"""Collapse whitespace runs to one space and trim (how widget texts and extracted lines are compared).

    Whitespace is what ``str.isspace`` says, the same set as ``re``'s ``\s``
    (checked over every code point in ``tests/test_speed_equivalence.py``); ``split``
    and ``join`` are four times faster than a substitution, and the HTML stage
    runs this on every paragraph of the page.

    A text already in that form (most extracted lines) is returned as it is, told by two searches in C: every
    whitespace character but the space is unprintable (checked over every code point), so a printable text
    with no double space and no space at either end has nothing to collapse or trim (2.5 times faster on the
    AEB lines than splitting and joining them).

    >>> normalise_spaces("  Share\n on   Facebook ")
    'Share on Facebook'
    """
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    return " ".join(text.split())


def markdown_heading(text: str) -> bool:
    """A Markdown ``#`` heading: a line of a document written in Markdown, which scraped page text never has.

    >>> markdown_heading("## Table of Contents"), markdown_heading("#hashtag"), markdown_heading("Contents")
    (True, False, False)
    """
    return text.startswith("#") and _MARKDOWN_HEADING.match(text) is not None


def runs_on(text: str, following: str) -> bool:
    """Whether a sentence runs on from ``text`` into the line after it: a comma, then a small letter.

    A post's greeting ("Bonjour à tous,") over its first words ("depuis les premières gelées, …") is the
    start of a sentence, not a short line of the page's furniture.

    >>> runs_on("Bonjour à tous,", "depuis les premières gelées, le voyant clignote."), runs_on("Menu,", "Home")
    (True, False)
    """
    return text.endswith(",") and following[:1].islower()


#: Letters of a line in a script without sentence marks (Thai) that make it a sentence: a menu item or a
#: section label holds a few words, and Thai words average four to five letters.
MIN_UNPUNCTUATED_SENTENCE_LETTERS = 40
#: A letter of a script of ``UNPUNCTUATED_SCRIPTS``.
_UNPUNCTUATED_LETTER = regex.compile("|".join(SCRIPTS[name].pattern for name in sorted(UNPUNCTUATED_SCRIPTS)))
#: Thai sentence-final particles (polite "khrap", "kha", and their friendly forms), before a space or the end.
_THAI_PARTICLE = regex.compile(r"(?:ครับ|ค่ะ|คะ|จ้ะ|จ้า|นะคะ|นะครับ)(?=\s|$)")


def unpunctuated_sentence(text: str) -> bool:
    """A line of a script that ends sentences with a space (Thai), long enough to be one.

    >>> unpunctuated_sentence("หากได้ผลดีจะขยายไปยังเส้นทางไปบ่อสร้างและแม่กำปอง"), unpunctuated_sentence("ข่าวล่าสุด")
    (True, False)
    """
    if text.isascii() or _UNPUNCTUATED_LETTER.search(text) is None:
        return False  # most lines: no letter of such a script, and no need to tally the line's scripts
    found = majority_script(text)
    if found is None or found[0] not in UNPUNCTUATED_SCRIPTS:
        return False
    # Thai closes a spoken sentence with a polite particle where other scripts put a full stop: a reader's
    # reply "ชั้นหนึ่งค่ะ ไม่ผิดหวังแน่นอน" is a sentence however short; no menu item says "please".
    return found[1] >= MIN_UNPUNCTUATED_SENTENCE_LETTERS or _THAI_PARTICLE.search(text) is not None
