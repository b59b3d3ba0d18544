"""Cheap document-language detection: script first, then stopword votes.

Stopword lists come from jusText (installed with trafilatura), read straight
from its package directory without importing it. Detection looks at a sample
of the text, so its cost does not grow with document length.

>>> detect_language("The minister said that the port would open in May and that it was ready.")
'en'
>>> detect_language("Министр заявил, что порт откроется в мае и что он уже готов к работе.")
'ru'
>>> detect_language("12 34") is None
True
"""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Callable
from functools import cache, lru_cache
from pathlib import Path

import regex

from boilerstrip import lang_native
from boilerstrip.rules.memo import bounded
from boilerstrip.rules.scripts import count, latin_by_ascii, majority_script

#: jusText stoplist file stem -> ISO 639-1, grouped by the script the language is written in.
_STOPLISTS: dict[str, dict[str, str]] = {
    "Latin": {
        "English": "en",
        "Spanish": "es",
        "Portuguese": "pt",
        "French": "fr",
        "German": "de",
        "Italian": "it",
        "Turkish": "tr",
        "Polish": "pl",
        "Indonesian": "id",
        "Dutch": "nl",
        "Romanian": "ro",
        "Czech": "cs",
        "Slovak": "sk",
        "Swedish": "sv",
        "Danish": "da",
        "Norwegian_Bokmal": "nb",
        "Finnish": "fi",
        "Hungarian": "hu",
        "Croatian": "hr",
        "Serbian": "sr",
        "Slovenian": "sl",
        "Catalan": "ca",
        "Malay": "ms",
        "Vietnamese": "vi",
        "Lithuanian": "lt",
        "Latvian": "lv",
        "Estonian": "et",
        "Azerbaijani": "az",
        "Tagalog": "tl",
        "Swahili": "sw",
        "Uzbek": "uz",
        "Albanian": "sq",
    },
    "Cyrillic": {
        "Russian": "ru",
        "Ukrainian": "uk",
        "Bulgarian": "bg",
        "Serbian": "sr",
        "Macedonian": "mk",
        "Belarusian": "be",
        "Kazakh": "kk",
    },
    "Arabic": {"Arabic": "ar", "Persian": "fa", "Urdu": "ur"},
    "Devanagari": {"Hindi": "hi", "Marathi": "mr", "Nepali": "ne"},
    "Greek": {"Greek": "el"},
    "Hebrew": {"Hebrew": "he"},
    "Georgian": {"Georgian": "ka"},
    "Armenian": {"Armenian": "hy"},
    "Bengali": {"Bengali": "bn"},
}
#: Scripts written by one language only (for our purposes).
_SINGLE = {"Hangul": "ko", "Thai": "th"}

_WORD = regex.compile(r"[\p{L}\p{M}']+")
_PLAIN_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_MARKED = frozenset({"Devanagari", "Bengali", "Thai"})
_KANA = re.compile("[\u3040-\u30ff]")
_SAMPLE = 1200
_MIN_VOTES = 1.5
#: The fewest letters of the majority script a sample needs for a language.
_MIN_LETTERS = 4
#: How many samples' answers :func:`_sample_language` keeps: each sample is up to 1,201 characters, so at most
#: about 1.2 MB of Latin text (5 MB in a script of wide characters); a round of the 181 AEB texts asks 255.
_SAMPLES_KEPT = 1024


@lru_cache(maxsize=1)
def _stoplist_dir() -> Path | None:
    spec = importlib.util.find_spec("justext")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "stoplists"
    return path if path.is_dir() else None


@cache
def _stopword_index(script: str) -> dict[str, tuple[str, ...]]:
    """Word -> languages (of this script) whose stoplist holds it."""
    index: dict[str, list[str]] = {}
    folder = _stoplist_dir()
    if folder is None:
        return {}
    for stem, code in _STOPLISTS.get(script, {}).items():
        path = folder / f"{stem}.txt"
        if not path.is_file():
            continue
        for word in path.read_text(encoding="utf-8").split():
            langs = index.setdefault(word.lower(), [])
            if code not in langs:
                langs.append(code)
    return {w: tuple(v) for w, v in index.items()}


@cache
def _vote_table(script: str) -> tuple[tuple[str, ...], dict[str, tuple[float, tuple[int, ...]]]]:
    """The languages of ``script``, and word -> (its vote share, the indices of the languages it votes for).

    Votes are tallied in a list indexed by language rather than in a dict keyed
    by code: common stopwords ("the", "de") sit in up to thirty stoplists, and
    this inner loop runs once per language per word.
    """
    index = _stopword_index(script)
    codes = tuple(dict.fromkeys(code for langs in index.values() for code in langs))
    position = {code: i for i, code in enumerate(codes)}
    return codes, {w: (1.0 / len(langs), tuple(position[c] for c in langs)) for w, langs in index.items()}


def _sample(text: str) -> str:
    if len(text) <= _SAMPLE:
        return text
    half = _SAMPLE // 2
    mid = len(text) // 2
    return text[:half] + "\n" + text[mid : mid + half]


_Vote = tuple[float, tuple[int, ...]]


def _marked_hits(lowered: str, table: dict[str, _Vote]) -> list[_Vote]:
    """The votes of the words of ``lowered`` (:data:`_WORD`'s matches) that ``table`` holds, in order."""
    return [hit for hit in map(table.get, _WORD.findall(lowered)) if hit]


def _plain_hits(lowered: str, table: dict[str, _Vote]) -> list[_Vote]:
    """The votes of the words of ``lowered`` (:data:`_PLAIN_WORD`'s matches) that ``table`` holds, in order.

    A match holds no space, so the matches are those of each space-separated token in turn; a token of
    letters only (most of them) is one match whole, looked up without the search.

    >>> _plain_hits("l'eau, c'est 2x la vie", {"l'eau": (1.0, (0,)), "la": (0.5, (0, 1)), "x": (1.0, (2,))})
    [(1.0, (0,)), (1.0, (2,)), (0.5, (0, 1))]
    """
    get = table.get
    findall = _PLAIN_WORD.findall
    hits: list[_Vote] = []
    for token in lowered.split():
        if token.isalpha():
            hit = get(token)
            if hit:
                hits.append(hit)
        else:
            hits.extend(filter(None, map(get, findall(token))))
    return hits


def _tally(hits: list[_Vote], n: int) -> tuple[float, int]:
    """The highest sum of ``hits``' votes among ``n`` languages, and the first language voted for that has it.

    Votes are added word by word, so every sum is the same float as ever; ties go to the language voted for first
    (the order the votes came in). ``hits`` holds at least one vote.

    >>> _tally([(0.5, (0, 1)), (1.0, (1,)), (0.5, (0, 2)), (1.0, (0,))], 3)
    (2.0, 0)
    """
    votes = [0.0] * n
    for share, ids in hits:
        for i in ids:
            votes[i] += share
    score = max(votes)
    tied = {i for i, v in enumerate(votes) if v == score}
    return score, next(i for _, ids in hits for i in ids if i in tied)


def _vote_functions() -> tuple[
    Callable[[str, dict[str, _Vote]], list[_Vote]], Callable[[list[_Vote], int], tuple[float, int]]
]:
    """:func:`_plain_hits` and :func:`_tally`, or their compiled copies (``boilerstrip/_lang.pyx``) where built.

    >>> plain, tally = _vote_functions()
    >>> plain("la vie", {"la": (0.5, (0, 1))}), tally([(0.5, (0, 1))], 2)
    ([(0.5, (0, 1))], (0.5, 0))
    """
    module = lang_native.compiled()
    if module is None:
        return _plain_hits, _tally
    compiled_hits, findall = module.plain_hits, _PLAIN_WORD.findall

    def plain(lowered: str, table: dict[str, _Vote]) -> list[_Vote]:
        hits: list[_Vote] = compiled_hits(lowered, table, findall)
        return hits

    return plain, module.tally


#: What :func:`_sample_language` looks up and adds votes with: the compiled copies, or the Python functions.
_PLAIN_VOTES, _TALLY = _vote_functions()


def detect_language(text: str) -> str | None:
    """Return the ISO 639-1 code of ``text``'s language, or ``None`` when unsure."""
    return _sample_language(_sample(text))


@bounded(_SAMPLES_KEPT)
def _sample_language(sample: str) -> str | None:
    """The language :func:`detect_language` reads in ``sample``, kept for the last few samples.

    The answer depends on the sample alone: a text cleaned again (``clean_html`` of a page whose text was just
    cleaned, a batch that meets the same text twice) is not read a second time.
    """
    # Most samples are Latin with a few curly quotes and accents: settled from their ASCII letters (a lower bound
    # of the Latin count, which is only compared with 4 below), without the per-script tally.
    latin = latin_by_ascii(sample)
    found = ("Latin", latin) if latin >= _MIN_LETTERS else majority_script(sample)
    if found is None:
        return None  # no letters, or a page split between two scripts: no language, not a guess
    script, n = found
    if n < _MIN_LETTERS:
        return None
    if script == "Han":
        kana = count(_KANA, sample)
        return "ja" if kana * 5 > n else "zh"
    if script in _SINGLE:
        return _SINGLE[script]
    langs = _STOPLISTS.get(script)
    if not langs:
        return None
    if len(langs) == 1:
        return next(iter(langs.values()))
    codes, table = _vote_table(script)
    # stdlib re is faster; scripts with combining vowel signs need the regex module's \p{M}.
    lowered = sample.lower()
    hits = _marked_hits(lowered, table) if script in _MARKED else _PLAIN_VOTES(lowered, table)
    if not hits:
        return None
    score, best = _TALLY(hits, len(codes))
    return codes[best] if score >= _MIN_VOTES else None
