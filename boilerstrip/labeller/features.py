r"""The per-line feature table the line labeller reads: shape, words, position, repetition and context.

Every non-blank line of a :class:`~boilerstrip.document.Document` gets a
fixed-length tuple of floats, named by :data:`FEATURE_NAMES`. The features are
meant to carry across sites and languages: they describe how a line looks (its
width, its case and punctuation, whether it ends like a sentence, how dense it
is in function words), where it sits, whether it repeats, and what its
neighbours look like. Menus, teaser lists and comment furniture come in runs of
short lines; prose comes in paragraphs; so the context features (the run of
short lines a line belongs to, the density of prose-like lines around it)
carry much of the signal.

The part that depends only on a line's text and the document language is
memoised per text (chrome lines repeat across a site's pages, and the
pipeline rebuilds its view after each cutting cleaner); the table of a view is
cached on the document, so it is computed once per view.

>>> doc = Document("Home | News | Sport\nThe council approved the new school budget on Tuesday, after a long debate.")
>>> table = feature_table(doc)
>>> len(table), len(table[0]) == len(FEATURE_NAMES)
(2, True)
>>> row = dict(zip(FEATURE_NAMES, table[1]))
>>> row["is_prose"], row["ends_sentence"], row["prev_is_prose"]
(1.0, 1.0, 0.0)
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from functools import cache
from itertools import accumulate
from operator import itemgetter
from typing import Any

from boilerstrip.document import Document
from boilerstrip.guard import is_prose_line
from boilerstrip.labeller import native
from boilerstrip.rules.lexicon import function_words, interface_line, stoplists
from boilerstrip.rules.memo import memo
from boilerstrip.rules.scripts import dominant_script_of_mixed
from boilerstrip.rules.shapes import (
    UNSPACED_STOPS,
    cased_lower,
    ends_with_ellipsis,
    headline_shaped,
    prose_like,
    word_count,
)

#: Features of the line alone (a function of its text and the document language).
BASE_NAMES: tuple[str, ...] = (
    "width_log",
    "words_log",
    "cap_share",
    "allcaps_share",
    "digit_share",
    "punct_share",
    "separators",
    "ends_sentence",
    "sentence_ends_log",
    "commas_log",
    "url_like",
    "stop_lang",
    "stop_any",
    "is_prose",
    "prose_like",
    "headline_shaped",
    "interface",
    "starts_lower",
    "ends_colon",
    "ends_ellipsis",
    "date_time",
    "bullet_start",
    "letter_share",
    "brackets",
    "word_len",
    "code_share",
)
#: Features of the line's place in the document.
POSITION_NAMES: tuple[str, ...] = (
    "rel_pos",
    "from_start_log",
    "from_end_log",
    "doc_lines_log",
    "repeats",
    "script_match",
    "doc_prose_share",
    "inside_body",
    "prose_before_dist",
    "prose_after_dist",
    "blank_before",
    "blank_after",
    "indent_log",
    "doc_interface_share",
    "doc_short_share",
)
# Base features copied from the neighbours: (name, index into the base tuple).
_NEAR = ("width_log", "words_log", "ends_sentence", "is_prose", "stop_any", "interface", "cap_share", "headline_shaped")
_FAR = ("width_log", "is_prose")
#: Features read from the neighbouring non-blank lines.
CONTEXT_NAMES: tuple[str, ...] = (
    *(f"prev_{n}" for n in _NEAR),
    *(f"next_{n}" for n in _NEAR),
    *(f"prev2_{n}" for n in _FAR),
    *(f"next2_{n}" for n in _FAR),
    "short_run_log",
    "prose_density_3",
    "prose_density_10",
    "width_mean_3",
    "interface_density_3",
)
#: The names of the columns of a feature row, in order.
FEATURE_NAMES: tuple[str, ...] = BASE_NAMES + POSITION_NAMES + CONTEXT_NAMES

_B = {name: i for i, name in enumerate(BASE_NAMES)}
_NEAR_IDX = tuple(_B[n] for n in _NEAR)
_FAR_IDX = tuple(_B[n] for n in _FAR)
_WIDTH, _IS_PROSE, _INTERFACE, _WORDS = _B["width_log"], _B["is_prose"], _B["interface"], _B["words_log"]
# Missing neighbours (before the first line, after the last) read as this value.
_NONE = -1.0
# A line of at most this many words that is not prose-like counts as short (menus, labels, teasers).
_SHORT_WORDS = 8
_FAR_AWAY = 50

_SHORT_LOG = math.log1p(_SHORT_WORDS)
_NEAR_GET = itemgetter(*_NEAR_IDX)
_FAR_GET = itemgetter(*_FAR_IDX)
_PROSE_LIKE = _B["prose_like"]


#: The widest indent the features tell apart, and log1p of each indent up to it.
_MAX_INDENT = 40
_INDENT_LOGS = tuple(math.log1p(k) for k in range(_MAX_INDENT + 1))

_WIDE = re.compile("[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60]")
_SENTENCE_MARK = "[.!?…]"
_SENTENCE_NEXT = "[\\s\"'”’»)]"
# f"{_SENTENCE_MARK}(?={_SENTENCE_NEXT}|$)|[。！？؟।॥]", written to open with one class of every mark (then
# which kind it was, by a look-behind) so that re skips ahead to the marks: the same matches, 2.3x faster.
_SENTENCE_END = re.compile(
    f"[.!?…{UNSPACED_STOPS}](?:(?<={_SENTENCE_MARK})(?={_SENTENCE_NEXT}|$)|(?<=[{UNSPACED_STOPS}]))"
)
_LAST_SENTENCE = re.compile(f"[.!?…{UNSPACED_STOPS}][\"'”’»)\\]」』]*$")
#: What opens a _LAST_SENTENCE match, and the text before a line's end that the features strip (every
#: closing character the pattern lets follow the mark is among them).
_LAST_MARKS = frozenset(f".!?…{UNSPACED_STOPS}")
_TRAILING = "\"'”’“»)]」』】）› "
#: What the features strip before a line's first character (``starts_lower``).
_OPENING = "\"'“‘«„‚(¿¡「『【（‹—–- "
_COMMAS = re.compile("[,，、،]")
_SEPARATORS = re.compile("[|»›•/·>«‹→←▸►❯▪■◆★☆✓✔]")
_URL = re.compile(r"https?:|www\.|\.(?:com|org|net|html?|php)\b|\w@\w|(?:^|\s)@\w|#\w")
# A time (12:30), a numeric date (12.05.2024), a year (19xx/20xx) or a CJK date part (3月), each starting at a
# word boundary: r"\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b(?:19|20)\d{2}\b|\d+\s*[年月日]",
# written to start with a digit (so the engine skips ahead to digits) and to check the boundary after it
# with a look-behind: the same matches, five times faster.
_DATE_TIME = re.compile(
    r"\d(?:(?<!\w\d)(?:\d?[:.]\d{2}\b|\d?[./-]\d{1,2}[./-]\d{2,4}\b|(?<=1)9\d{2}\b|(?<=2)0\d{2}\b)|\d*\s*[年月日])"
)
_BULLET = re.compile(r"^(?:[-*•·▪►▸–—+>]\s|\d{1,3}[.)]\s)")
_WORD = re.compile(r"[^\W\d_]+")
_DIGIT = re.compile(r"\d")
_PUNCT = re.compile(r"[^\w\s]")
_BRACKETS = re.compile(r"[\[\]()（）【】「」]")
# Substrings one of which every _URL match holds: a cheap test before the search.
_URL_HINTS = ("http", "www.", ".com", ".org", ".net", ".htm", ".php", "@", "#")
_CODE_CHARS = r"[{}();=<>$`\\]"
_CODE = re.compile(_CODE_CHARS + r"|::|->|=>")
_FIRST = itemgetter(0)
_CJK_CHAR = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\u0e00-\u0e7f]")


def _ascii_class(pattern: re.Pattern[str]) -> bytes:
    """The ASCII characters the one-character class ``pattern`` matches (read from the pattern itself)."""
    return bytes(c for c in range(128) if pattern.fullmatch(chr(c)))


def _ascii_count(data: bytes, chars: bytes) -> int:
    """How many bytes of ``data`` are in ``chars``: ``len(pattern.findall(text))`` for ASCII text, in C."""
    return len(data) - len(data.translate(None, chars))


_ASCII_RUNS = re.compile(r"[\x00-\x7f]+")
_DIGITS_ASCII = _ascii_class(_DIGIT)
_PUNCT_ASCII = _ascii_class(_PUNCT)
_SEPARATORS_ASCII = _ascii_class(_SEPARATORS)
_COMMAS_ASCII = _ascii_class(_COMMAS)
_BRACKETS_ASCII = _ascii_class(_BRACKETS)
#: ASCII text translated with this table reads "S" for a sentence mark, "F" for what may follow one, "x" else.
_SENTENCE_TABLE = bytes(
    b"S"[0] if re.fullmatch(_SENTENCE_MARK, chr(c)) else b"F"[0] if re.fullmatch(_SENTENCE_NEXT, chr(c)) else b"x"[0]
    for c in range(256)
)
_CODE_ASCII = _ascii_class(re.compile(_CODE_CHARS))


def _sentence_ends(text: str, data: bytes) -> int:
    """``len(_SENTENCE_END.findall(text))``; ``data`` is ``text`` encoded, for ASCII text (counted in C).

    A match is one mark followed by a closing character or the end (the look-ahead takes nothing, and the
    two sets share no character), so the matches are the "SF" pairs of the translation plus a final "S".
    """
    if len(data) != len(text):
        return len(_SENTENCE_END.findall(text))
    marks = data.translate(_SENTENCE_TABLE)
    return marks.count(b"SF") + marks.endswith(b"S")


def _ends_with_mark(stripped: str) -> bool:
    r"""``_LAST_SENTENCE.search(stripped)``, for a line stripped of ``_TRAILING`` (as the features strip it).

    Such a line ends in none of the closing characters the pattern allows after the mark, so it matches
    when its last character is a mark; unless it ends in a line break, before which ``$`` matches too.
    The search tried a match at every mark of the line.

    >>> _ends_with_mark("It opened."), _ends_with_mark("Share"), _ends_with_mark(""), _ends_with_mark("Done.)\n")
    (True, False, False, True)
    """
    if stripped.endswith("\n"):
        return _LAST_SENTENCE.search(stripped) is not None
    return stripped[-1:] in _LAST_MARKS


def _code_marks(text: str, data: bytes) -> int:
    """``len(_CODE.findall(text))``, where ``data`` holds ``text``'s ASCII characters (in order).

    A match is one of the code characters, "::" or "->". "->" stands for the ">" it ends (one match
    either way) and "=>" never matches ("=" does first), so the matches are the code characters
    (all ASCII) plus the pairs of colons, counted on the text itself.
    """
    return _ascii_count(data, _CODE_ASCII) + text.count("::")


#: A bytes table mapping every ASCII character that is not a letter of a _WORD match to a space: split()
#: of an ASCII line translated with it gives the line's words.
_ASCII_WORD_SPACES = bytes(c if c < 128 and _WORD.fullmatch(chr(c)) else 32 for c in range(256))
#: The same with each letter written as its case: "U" for a capital, "l" for a small letter. An ASCII line
#: translated with it has one run of "U" and "l" per word, each letter in its place, so the words' counts
#: are counted on it in C (:func:`_ascii_word_counts`).
_ASCII_CASES = bytes(b" Ul"[0 if c == 32 else 1 if chr(c).isupper() else 2] for c in _ASCII_WORD_SPACES)


def _ascii_word_counts(data: bytes) -> tuple[int, int, int, int]:
    """How many words the ASCII ``data`` holds, how many open with a capital or are capitals, and their letters.

    The words are runs of ASCII letters; a word in capitals has two letters or more. The same as
    ``(len(words), sum(w[0].isupper() for w in words), len([w for w in words if w.isupper() and len(w) > 1]),
    sum(map(len, words)))`` for ``words = data.translate(_ASCII_WORD_SPACES).decode().split()``: a word opens
    with a capital where a "U" follows a space (or starts the line) in the case runs, and with a small letter
    where an "l" does; it is in capitals when its run holds no "l".

    >>> _ascii_word_counts(b"NEW: The UN and I met (2024).")
    (6, 4, 2, 15)
    """
    cases = data.translate(_ASCII_CASES)
    spaced = b" " + cases
    opening_capital = spaced.count(b" U")
    # A word in capitals holds "UU"; only a line that does is split into its runs.
    capitals = len([run for run in filter(bytes.isupper, cases.split()) if len(run) > 1]) if b"UU" in cases else 0
    return opening_capital + spaced.count(b" l"), opening_capital, capitals, len(cases) - cases.count(b" ")


def stopwords() -> dict[str, frozenset[str]]:
    """The shipped stoplists (``boilerstrip/data/labeller/stopwords.toml``), per language code.

    Read once, by :func:`boilerstrip.rules.lexicon.stoplists`, which the phrase matcher's function words share.
    """
    return stoplists()


@cache
def _endings(lang: str) -> tuple[str, ...]:
    """The stoplist of ``lang`` as a tuple, for ``str.endswith`` (one call tests every ending)."""
    return tuple(sorted(stopwords()[lang]))


# Languages whose stoplists hold characters or particles matched inside words, not whole words.
_CHAR_LANGS = frozenset({"ja", "zh", "th"})
_SUFFIX_LANGS = frozenset({"ko"})


def _stop_share(text: str, words: list[str], lang: str | None, common: list[str]) -> float:
    """Share of ``words`` in the stoplist of ``lang`` (characters for CJK/Thai, endings for Korean).

    ``common``: the words of ``words`` in any stoplist (:func:`~boilerstrip.rules.lexicon.function_words`), in
    order. Every stoplist is part of that union, so the words of ``lang``'s stoplist are counted among them
    alone (the same count).
    """
    stop = stopwords().get(lang or "")
    if not stop:
        return _NONE
    if lang in _CHAR_LANGS:
        chars = _CJK_CHAR.findall(text)
        return sum(map(stop.__contains__, chars)) / len(chars) if chars else 0.0
    if not words:
        return 0.0
    if lang in _SUFFIX_LANGS:
        endings = _endings(lang)
        return sum(w.endswith(endings) for w in words) / len(words)
    return sum(map(stop.__contains__, common)) / len(words)


def _other_counts(rest: str) -> tuple[int, int, int, int, int, int]:
    """Wide characters, digits, punctuation, separators, commas and brackets in ``rest`` (non-ASCII characters)."""
    return (
        len(_WIDE.findall(rest)),
        len(_DIGIT.findall(rest)),
        len(_PUNCT.findall(rest)),
        len(_SEPARATORS.findall(rest)),
        len(_COMMAS.findall(rest)),
        len(_BRACKETS.findall(rest)),
    )


#: :func:`_other_counts` of the non-ASCII characters of a line whose letters are all ASCII: curly quotes and
#: dashes ("’", "“”", "—"), which repeat from line to line (233 distinct among 1,387 such AEB lines).
_punctuation_counts = memo(_other_counts)


def line_features_python(text: str, lang: str | None) -> tuple[tuple[float, ...], str | None]:
    """A line's own features (:data:`BASE_NAMES`) and its dominant script (unmemoised; see :func:`line_features`).

    The reference: the compiled ``_labeller.line_features`` gives the same row, bit for bit.

    >>> feats, script = line_features_python("Share on Facebook", "en")
    >>> script, feats[BASE_NAMES.index("interface")], feats[BASE_NAMES.index("ends_sentence")]
    ('Latin', 1.0, 0.0)
    """
    n = len(text)
    if text.isascii():
        # ASCII text (most lines of Latin pages): no wide characters, words by one bytes translation and a
        # split, and each one-character class counted with bytes.translate (see _ascii_count).
        width = n
        data = text.encode("ascii")
        n_words_found, caps, allcaps, letters = _ascii_word_counts(data)
        # The words lowered, from the lowered bytes (the table keeps every letter as it is): one C pass
        # rather than a str.lower call per word.
        lowered = data.lower().translate(_ASCII_WORD_SPACES).decode("ascii").split()
        digits = _ascii_count(data, _DIGITS_ASCII)
        punct = _ascii_count(data, _PUNCT_ASCII)
        separators = _ascii_count(data, _SEPARATORS_ASCII)
        commas = _ascii_count(data, _COMMAS_ASCII)
        brackets = _ascii_count(data, _BRACKETS_ASCII)
        script = "Latin" if n_words_found else None  # dominant_script of ASCII text: Latin when it has a letter
    else:
        # Mostly Latin text with a few accents and curly quotes: the ASCII characters are counted as above,
        # the classes searched only in the rest (each counts single characters, so the split changes no count).
        data = text.encode("ascii", "ignore")
        rest = _ASCII_RUNS.sub("", text)
        if _WORD.search(rest) is None:
            # No letter outside ASCII (curly quotes, dashes, no-break spaces): each other character only
            # separates words, as the "?" it is encoded to does, so the words are found as for ASCII text.
            replaced = text.encode("ascii", "replace")
            n_words_found, caps, allcaps, letters = _ascii_word_counts(replaced)
            lowered = replaced.lower().translate(_ASCII_WORD_SPACES).decode("ascii").split()
            wide, digits, punct, separators, commas, brackets = _punctuation_counts(rest)
        else:
            words = _WORD.findall(text)
            n_words_found = len(words)
            caps = sum(map(str.isupper, map(_FIRST, words)))
            allcaps = len([w for w in filter(str.isupper, words) if len(w) > 1])
            letters = len("".join(words))  # sum(map(len, words)), in one C call
            lowered = list(map(str.lower, words))
            wide, digits, punct, separators, commas, brackets = _other_counts(rest)
        width = n + wide
        digits += _ascii_count(data, _DIGITS_ASCII)
        punct += _ascii_count(data, _PUNCT_ASCII)
        separators += _ascii_count(data, _SEPARATORS_ASCII)
        commas += _ascii_count(data, _COMMAS_ASCII)
        brackets += _ascii_count(data, _BRACKETS_ASCII)
        script = dominant_script_of_mixed(text, data, rest)
    n_words = word_count(text)
    # The words in any stoplist, looked up once for both stopword features.
    common = list(filter(function_words().__contains__, lowered))
    first = text.lstrip(_OPENING)[:1]
    stripped = text.rstrip(_TRAILING)
    return (
        math.log1p(width),
        math.log1p(n_words),
        caps / n_words_found if n_words_found else 0.0,
        allcaps / n_words_found if n_words_found else 0.0,
        digits / n,
        punct / n,
        float(min(separators, 10)),
        1.0 if _ends_with_mark(stripped) else 0.0,
        math.log1p(_sentence_ends(text, data)),
        math.log1p(commas),
        1.0 if any(map(text.__contains__, _URL_HINTS)) and _URL.search(text) else 0.0,
        _stop_share(text, lowered, lang, common),
        len(common) / len(lowered) if lowered else 0.0,
        1.0 if is_prose_line(text) else 0.0,
        1.0 if prose_like(text) else 0.0,
        1.0 if headline_shaped(text) else 0.0,
        1.0 if interface_line(text) else 0.0,
        1.0 if cased_lower(first) else 0.0,
        1.0 if stripped.endswith((":", "：")) else 0.0,
        1.0 if ends_with_ellipsis(text) else 0.0,
        1.0 if digits and _DATE_TIME.search(text) else 0.0,
        1.0 if _BULLET.match(text) else 0.0,
        letters / n,
        float(min(brackets, 6)),
        min(letters / n_words_found, 20.0) if n_words_found else 0.0,
        _code_marks(text, data) / n,
    ), script


LineFeatures = Callable[[str, str | None], tuple[tuple[float, ...], str | None]]


def configure_compiled(module: Any) -> None:
    """Give the compiled module the functions, patterns and constants its ``line_features`` calls and reads."""
    module.configure(
        word_count=word_count,
        function_words=function_words,
        is_prose_line=is_prose_line,
        prose_like=prose_like,
        headline_shaped=headline_shaped,
        interface_line=interface_line,
        cased_lower=cased_lower,
        ends_with_ellipsis=ends_with_ellipsis,
        ends_with_mark=_ends_with_mark,
        stop_share=_stop_share,
        dominant_script_of_mixed=dominant_script_of_mixed,
        url=_URL,
        url_hints=_URL_HINTS,
        date_time=_DATE_TIME,
        bullet=_BULLET,
        ascii_runs=_ASCII_RUNS,
        openers=_OPENING,
        trailing=_TRAILING,
    )
    module.configure_table(
        base_width=len(BASE_NAMES),
        position_width=len(POSITION_NAMES),
        row_width=len(FEATURE_NAMES),
        is_prose=_IS_PROSE,
        interface=_INTERFACE,
        width_log=_WIDTH,
        words_log=_WORDS,
        prose_like=_PROSE_LIKE,
        near=_NEAR_IDX,
        far=_FAR_IDX,
        short_log=_SHORT_LOG,
        none=_NONE,
        far_away=_FAR_AWAY,
        max_indent=_MAX_INDENT,
    )


def _line_features_implementation() -> LineFeatures:
    """The compiled ``line_features`` where it is built and not turned off (:mod:`~boilerstrip.labeller.native`)."""
    module = native.compiled()
    if module is None:
        return line_features_python
    configure_compiled(module)
    compiled: LineFeatures = module.line_features
    return compiled


#: The features of a line alone (:data:`BASE_NAMES`) and its dominant script, memoised per text and language:
#: :func:`line_features_python`, or its compiled copy.
line_features: LineFeatures = memo(_line_features_implementation())


def feature_table(doc: Document) -> tuple[tuple[float, ...], ...]:
    """One row of :data:`FEATURE_NAMES` per non-blank line of ``doc`` (aligned with ``doc.content``), cached."""
    return doc.derived("labeller.features", _feature_table)


def compiled_table(doc: Document) -> Any | None:
    """:func:`feature_table` of ``doc`` as the compiled module's ``Table`` (its rows in one C array), or ``None``.

    ``None`` where the Python code runs (:mod:`~boilerstrip.labeller.native`). The compiled scorer reads the
    table as it is (``Scorer.line_scores``): no tuple of Python floats is made per line and column, which on a
    page of many short lines cost more than the labeller's trees. Not cached: the scores it gives are.
    """
    module = native.compiled()
    if module is None:
        return None
    return module.feature_table(doc.content, doc.lines, doc.lang, line_features)


def _windows(values: list[float], r: int) -> list[float]:
    """For each position, the mean of ``values`` within ``r`` places on either side, itself excluded."""
    n = len(values)
    cum = list(accumulate(values, initial=0.0))  # the same running sums as a loop adding left to right
    if n > 2 * r + 1:
        # Away from the edges every window holds 2r others: one comprehension over the middle.
        width = 2 * r
        middle = [(cum[i + r + 1] - cum[i - r] - values[i]) / width for i in range(r + 1, n - r - 1)]
        edges = range(r + 1), range(n - r - 1, n)
    else:
        middle, edges = [], (range(n), range(0))
    head, tail = ([_window_mean(cum, values, i, r, n) for i in part] for part in edges)
    return head + middle + tail


def _window_mean(cum: list[float], values: list[float], i: int, r: int, n: int) -> float:
    """The mean of ``values`` within ``r`` places of ``i``, itself excluded (``cum``: their running sums)."""
    lo = i - r if i > r else 0
    hi = i + r + 1 if i + r + 1 < n else n
    others = hi - lo - 1
    return (cum[hi] - cum[lo] - values[i]) / others if others > 0 else _NONE


def _main_script(scripts: list[str | None], widths: list[float]) -> str | None:
    """The script of the widest share of the document's lines (by line width)."""
    totals: dict[str, float] = {}
    for script, w in zip(scripts, widths, strict=True):
        if script is not None:
            totals[script] = totals.get(script, 0.0) + w
    return max(totals, key=lambda k: (totals[k], k)) if totals else None


def _distances(flags: list[float], n: int) -> tuple[list[float], list[float]]:
    """log1p of the distance to the nearest flagged line before and after each line (capped)."""
    far = math.log1p(_FAR_AWAY)
    logs = [math.log1p(k) for k in range(_FAR_AWAY + 1)]
    before = [far] * n
    last = -1
    for i in range(n):
        if last >= 0:
            before[i] = logs[min(i - last, _FAR_AWAY)]
        if flags[i]:
            last = i
    after = [far] * n
    nxt = -1
    for i in range(n - 1, -1, -1):
        if nxt >= 0:
            after[i] = logs[min(nxt - i, _FAR_AWAY)]
        if flags[i]:
            nxt = i
    return before, after


def _feature_table(doc: Document) -> tuple[tuple[float, ...], ...]:
    lines = doc.content
    n = len(lines)
    if not n:
        return ()
    lang = doc.lang
    texts = [line.text for line in lines]
    pairs = [line_features(text, lang) for text in texts]
    base = [p[0] for p in pairs]
    scripts = [p[1] for p in pairs]
    prose = [b[_IS_PROSE] for b in base]
    inter = [b[_INTERFACE] for b in base]
    width = [b[_WIDTH] for b in base]
    short = [b[_WORDS] <= _SHORT_LOG and not b[_PROSE_LIKE] for b in base]
    main_script = _main_script(scripts, width)

    # Repetition: the same line (after stripping) elsewhere in the document.
    counts: dict[str, int] = {}
    for text in texts:
        counts[text] = counts.get(text, 0) + 1

    # Runs of consecutive short lines.
    run = [0.0] * n
    i = 0
    while i < n:
        if not short[i]:
            i += 1
            continue
        j = i
        while j < n and short[j]:
            j += 1
        value = math.log1p(j - i)
        for m in range(i, j):
            run[m] = value
        i = j

    prose3, prose10 = _windows(prose, 3), _windows(prose, 10)
    width3, inter3 = _windows(width, 3), _windows(inter, 3)
    before, after = _distances(prose, n)
    prose_idx = [i for i, p in enumerate(prose) if p]
    first_prose = prose_idx[0] if prose_idx else n
    last_prose = prose_idx[-1] if prose_idx else -1
    all_lines = doc.lines
    n_all = len(all_lines)
    doc_prose = len(prose_idx) / n
    doc_log = math.log1p(n)
    doc_inter = sum(inter) / n
    doc_short = sum(short) / n
    near_none = (_NONE,) * len(_NEAR_IDX)
    far_none = (_NONE,) * len(_FAR_IDX)
    near = [near_none, *map(_NEAR_GET, base), near_none]
    far = [far_none, far_none, *map(_FAR_GET, base), far_none, far_none]
    last_index = n - 1 if n > 1 else 1
    # Looked up rather than computed per line (the same floats: log1p of the same ints): a line's distances to
    # either end of the document, its indent's, and its text's repeat count, a page of short lines having many.
    logs = [math.log1p(k) for k in range(n)]
    repeats = {text: float(min(count - 1, 3)) for text, count in counts.items()}

    rows: list[tuple[float, ...]] = []
    for i, line in enumerate(lines):
        script = scripts[i]
        idx = line.index
        # One tuple display (not a chain of concatenations, which copied the growing row six times).
        rows.append(
            (
                *base[i],
                i / last_index,
                logs[i],
                logs[n - 1 - i],
                doc_log,
                repeats[texts[i]],
                0.5 if script is None or main_script is None else float(script == main_script),
                doc_prose,
                1.0 if first_prose <= i <= last_prose else 0.0,
                before[i],
                after[i],
                1.0 if idx > 0 and not all_lines[idx - 1].text else 0.0,
                1.0 if idx + 1 < n_all and not all_lines[idx + 1].text else 0.0,
                _INDENT_LOGS[min(line.start - line.raw_start, _MAX_INDENT)],
                doc_inter,
                doc_short,
                *near[i],
                *near[i + 2],
                *far[i],
                *far[i + 4],
                run[i],
                prose3[i],
                prose10[i],
                width3[i],
                inter3[i],
            )
        )
    return tuple(rows)
