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
import tomllib
from functools import cache
from importlib import resources

from boilerstrip.document import Document
from boilerstrip.guard import is_prose_line
from boilerstrip.rules.lexicon import interface_line
from boilerstrip.rules.memo import memo
from boilerstrip.rules.scripts import dominant_script
from boilerstrip.rules.shapes import ends_with_ellipsis, headline_shaped, prose_like, word_count

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

_WIDE = re.compile("[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60]")
_SENTENCE_END = re.compile("[.!?…](?=[\\s\"'”’»)]|$)|[。！？؟।॥]")
_LAST_SENTENCE = re.compile("[.!?…。！？؟।॥][\"'”’»)\\]」』]*$")
_COMMAS = re.compile("[,，、،]")
_SEPARATORS = re.compile("[|»›•/·>«‹→←▸►❯▪■◆★☆✓✔]")
_URL = re.compile(r"https?:|www\.|\.(?:com|org|net|html?|php)\b|\w@\w|(?:^|\s)@\w|#\w")
_DATE_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b(?:19|20)\d{2}\b|\d+\s*[年月日]")
_BULLET = re.compile(r"^(?:[-*•·▪►▸–—+>]\s|\d{1,3}[.)]\s)")
_WORD = re.compile(r"[^\W\d_]+")
_DIGIT = re.compile(r"\d")
_PUNCT = re.compile(r"[^\w\s]")
_BRACKETS = re.compile(r"[\[\]()（）【】「」]")
# Substrings one of which every _URL match holds: a cheap test before the search.
_URL_HINTS = ("http", "www.", ".com", ".org", ".net", ".htm", ".php", "@", "#")
_CODE = re.compile(r"[{}();=<>$`\\]|::|->|=>")
_CJK_CHAR = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\u0e00-\u0e7f]")


@cache
def stopwords() -> dict[str, frozenset[str]]:
    """The shipped stoplists (``boilerstrip/data/labeller/stopwords.toml``), per language code."""
    path = resources.files("boilerstrip") / "data" / "labeller" / "stopwords.toml"
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return {lang: frozenset(words.split()) for lang, words in data["words"].items()}


@cache
def _any_stopwords() -> frozenset[str]:
    out: set[str] = set()
    for words in stopwords().values():
        out |= words
    return frozenset(out)


# Languages whose stoplists hold characters or particles matched inside words, not whole words.
_CHAR_LANGS = frozenset({"ja", "zh", "th"})
_SUFFIX_LANGS = frozenset({"ko"})


def _stop_share(text: str, words: list[str], lang: str | None) -> float:
    """Share of ``words`` in the stoplist of ``lang`` (characters for CJK/Thai, endings for Korean)."""
    stop = stopwords().get(lang or "")
    if not stop:
        return _NONE
    if lang in _CHAR_LANGS:
        chars = _CJK_CHAR.findall(text)
        return sum(c in stop for c in chars) / len(chars) if chars else 0.0
    if not words:
        return 0.0
    if lang in _SUFFIX_LANGS:
        return sum(any(w.endswith(p) for p in stop) for w in words) / len(words)
    return sum(w in stop for w in words) / len(words)


@memo
def line_features(text: str, lang: str | None) -> tuple[tuple[float, ...], str | None]:
    """The features of a line alone (:data:`BASE_NAMES`) and its dominant script.

    >>> feats, script = line_features("Share on Facebook", "en")
    >>> script, feats[BASE_NAMES.index("interface")], feats[BASE_NAMES.index("ends_sentence")]
    ('Latin', 1.0, 0.0)
    """
    n = len(text)
    width = n + len(_WIDE.findall(text))
    words = _WORD.findall(text)
    lowered = [w.lower() for w in words]
    n_words = word_count(text)
    caps = sum(w[0].isupper() for w in words)
    allcaps = sum(len(w) > 1 and w.isupper() for w in words)
    letters = sum(len(w) for w in words)
    stop_any = _any_stopwords()
    first = text.lstrip("\"'“‘«„‚(¿¡「『【（‹—–- ")[:1]
    stripped = text.rstrip("\"'”’“»)]」』】）› ")
    digits = sum(map(text.count, "0123456789")) if text.isascii() else len(_DIGIT.findall(text))
    return (
        math.log1p(width),
        math.log1p(n_words),
        caps / len(words) if words else 0.0,
        allcaps / len(words) if words else 0.0,
        digits / n,
        len(_PUNCT.findall(text)) / n,
        float(min(len(_SEPARATORS.findall(text)), 10)),
        1.0 if _LAST_SENTENCE.search(stripped) else 0.0,
        math.log1p(len(_SENTENCE_END.findall(text))),
        math.log1p(len(_COMMAS.findall(text))),
        1.0 if any(h in text for h in _URL_HINTS) and _URL.search(text) else 0.0,
        _stop_share(text, lowered, lang),
        sum(w in stop_any for w in lowered) / len(lowered) if lowered else 0.0,
        1.0 if is_prose_line(text) else 0.0,
        1.0 if prose_like(text) else 0.0,
        1.0 if headline_shaped(text) else 0.0,
        1.0 if interface_line(text) else 0.0,
        1.0 if first.islower() else 0.0,
        1.0 if stripped.endswith((":", "：")) else 0.0,
        1.0 if ends_with_ellipsis(text) else 0.0,
        1.0 if digits and _DATE_TIME.search(text) else 0.0,
        1.0 if _BULLET.match(text) else 0.0,
        letters / n,
        float(min(len(_BRACKETS.findall(text)), 6)),
        min(letters / len(words), 20.0) if words else 0.0,
        len(_CODE.findall(text)) / n,
    ), dominant_script(text)


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


def feature_table(doc: Document) -> tuple[tuple[float, ...], ...]:
    """One row of :data:`FEATURE_NAMES` per non-blank line of ``doc`` (aligned with ``doc.content``), cached."""
    return doc.derived("labeller.features", _feature_table)


def _feature_table(doc: Document) -> tuple[tuple[float, ...], ...]:
    lines = doc.content
    n = len(lines)
    if not n:
        return ()
    lang = doc.lang
    pairs = [line_features(line.text, lang) for line in lines]
    base = [p[0] for p in pairs]
    main_script = dominant_script(doc.text[:20000])
    prose = [b[_IS_PROSE] for b in base]
    inter = [b[_INTERFACE] for b in base]
    width = [b[_WIDTH] for b in base]
    short = [b[_WORDS] <= math.log1p(_SHORT_WORDS) and not b[_B["prose_like"]] for b in base]

    # Repetition: the same normalised line elsewhere in the document.
    keys = [_norm(line.text) for line in lines]
    counts: dict[str, int] = {}
    for k in keys:
        counts[k] = counts.get(k, 0) + 1

    # Runs of consecutive short lines.
    run = [0] * n
    i = 0
    while i < n:
        if not short[i]:
            i += 1
            continue
        j = i
        while j < n and short[j]:
            j += 1
        for m in range(i, j):
            run[m] = j - i
        i = j

    # Prefix sums for the windowed densities.
    cum_prose = [0.0]
    cum_inter = [0.0]
    cum_width = [0.0]
    for p, f, w in zip(prose, inter, width, strict=True):
        cum_prose.append(cum_prose[-1] + p)
        cum_inter.append(cum_inter[-1] + f)
        cum_width.append(cum_width[-1] + w)

    def window(cum: list[float], i: int, r: int) -> float:
        lo, hi = max(0, i - r), min(n, i + r + 1)
        others = hi - lo - 1
        if others <= 0:
            return _NONE
        return (cum[hi] - cum[lo] - (cum[i + 1] - cum[i])) / others

    prose_idx = [i for i, p in enumerate(prose) if p]
    first_prose = prose_idx[0] if prose_idx else n
    last_prose = prose_idx[-1] if prose_idx else -1
    before = [float(_FAR_AWAY)] * n
    last = -1
    for i in range(n):
        if last >= 0:
            before[i] = float(min(i - last, _FAR_AWAY))
        if prose[i]:
            last = i
    after = [float(_FAR_AWAY)] * n
    nxt = -1
    for i in range(n - 1, -1, -1):
        if nxt >= 0:
            after[i] = float(min(nxt - i, _FAR_AWAY))
        if prose[i]:
            nxt = i
    all_lines = doc.lines
    n_all = len(all_lines)
    doc_prose = len(prose_idx) / n
    doc_log = math.log1p(n)
    doc_inter = sum(inter) / n
    doc_short = sum(short) / n
    near_none = (_NONE,) * len(_NEAR_IDX)
    far_none = (_NONE,) * len(_FAR_IDX)
    near = [tuple(b[k] for k in _NEAR_IDX) for b in base]
    far = [tuple(b[k] for k in _FAR_IDX) for b in base]

    rows: list[tuple[float, ...]] = []
    for i, line in enumerate(lines):
        script = pairs[i][1]
        idx = line.index
        position = (
            i / (n - 1) if n > 1 else 0.0,
            math.log1p(i),
            math.log1p(n - 1 - i),
            doc_log,
            float(min(counts[keys[i]] - 1, 3)),
            0.5 if script is None or main_script is None else float(script == main_script),
            doc_prose,
            1.0 if first_prose <= i <= last_prose else 0.0,
            math.log1p(before[i]),
            math.log1p(after[i]),
            1.0 if idx > 0 and all_lines[idx - 1].blank else 0.0,
            1.0 if idx + 1 < n_all and all_lines[idx + 1].blank else 0.0,
            math.log1p(min(line.start - line.raw_start, 40)),
            doc_inter,
            doc_short,
        )
        context = (
            *(near[i - 1] if i > 0 else near_none),
            *(near[i + 1] if i + 1 < n else near_none),
            *(far[i - 2] if i > 1 else far_none),
            *(far[i + 2] if i + 2 < n else far_none),
            math.log1p(run[i]),
            window(cum_prose, i, 3),
            window(cum_prose, i, 10),
            window(cum_width, i, 3),
            window(cum_inter, i, 3),
        )
        rows.append(base[i] + position + context)
    return tuple(rows)
