"""Writing-system detection for lines and documents, with C-speed string operations only."""

from __future__ import annotations

import re
from functools import lru_cache

#: The scripts boilerstrip distinguishes. Kana and Han count as one ``"Han"``
#: script for line comparisons (Japanese mixes them).
# Code-point ranges per script, for the stdlib ``re``: these counts run on every
# document, and explicit ranges are faster than ``regex``'s ``\p{Script}`` classes.
# A few punctuation marks inside the blocks count as letters of their script; that
# does not move a majority.
_SCRIPT_RANGES = {
    "Latin": "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff",
    "Cyrillic": "\u0400-\u052f",
    "Arabic": "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff",
    "Han": "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff",
    "Hangul": "\u1100-\u11ff\u3130-\u318f\uac00-\ud7af",
    "Devanagari": "\u0900-\u097f",
    "Bengali": "\u0980-\u09ff",
    "Greek": "\u0370-\u03ff\u1f00-\u1fff",
    "Hebrew": "\u0590-\u05ff",
    "Thai": "\u0e00-\u0e7f",
    "Georgian": "\u10a0-\u10ff",
    "Armenian": "\u0530-\u058f",
}
#: Scripts whose prose ends its sentences with a space, not a mark: no line of it reads as a sentence by its
#: punctuation, so its length has to tell.
UNPUNCTUATED_SCRIPTS = frozenset({"Thai"})
SCRIPTS: dict[str, re.Pattern[str]] = {name: re.compile(f"[{ranges}]") for name, ranges in _SCRIPT_RANGES.items()}
# A letter that belongs to any script but the named one: one negated class (not a non-word character, a
# digit, "_" or a letter of the script), which re tests in one step; it matches exactly the characters
# "(?![ranges])[^\W\d_]" did (checked on every code point by tests/test_speed_equivalence.py), 1.8x faster.
_NOT_SCRIPT: dict[str, re.Pattern[str]] = {
    name: re.compile(f"[^\\W\\d_{ranges}]") for name, ranges in _SCRIPT_RANGES.items()
}
_LETTER = re.compile(r"[^\W\d_]")


@lru_cache(maxsize=1)
def _marker_table() -> dict[int, str]:
    """Code point -> a private-use marker per script, for one ``str.translate`` pass."""
    table: dict[int, str] = {}
    for i, ranges in enumerate(_SCRIPT_RANGES.values()):
        marker = chr(0xF0000 + i)
        for lo, hi in _pairs(ranges):
            for cp in range(ord(lo), ord(hi) + 1):
                table[cp] = marker
    return table


def _pairs(ranges: str) -> list[tuple[str, str]]:
    """Split a character-class body ("A-Za-z\u00c0-\u00d6") into (first, last) pairs."""
    out: list[tuple[str, str]] = []
    i = 0
    while i < len(ranges):
        if i + 2 < len(ranges) and ranges[i + 1] == "-":
            out.append((ranges[i], ranges[i + 2]))
            i += 3
        else:
            out.append((ranges[i], ranges[i]))
            i += 1
    return out


# Most text is mostly ASCII (Latin pages, and the spaces and punctuation of every
# page), so counting splits it: ASCII letters are counted with a bytes
# translation (a 256-entry table, no per-character lookups), and only the
# non-ASCII characters go through the per-script translation and the letter
# pattern. Removing the ASCII characters does not change any count: each count
# is of single characters.
_ASCII_RUNS = re.compile(r"[\x00-\x7f]+")
_ASCII_NON_LETTERS = bytes(c for c in range(128) if not _LETTER.match(chr(c)))
# Runs, not single letters: one match per word instead of one per letter.
_LETTER_RUNS = re.compile(r"[^\W\d_]+")


def _split_ascii(text: str) -> tuple[int, str]:
    """The number of ASCII letters in ``text``, and its non-ASCII characters (in order)."""
    ascii_letters = len(text.encode("ascii", "ignore").translate(None, _ASCII_NON_LETTERS))
    return ascii_letters, _ASCII_RUNS.sub("", text)


def _non_ascii_letters(rest: str) -> int:
    """Letters in ``rest``, a string without ASCII characters."""
    return len(rest) - len(_LETTER_RUNS.sub("", rest))


def _tally(text: str) -> tuple[dict[str, int], int]:
    """Per-script counts (as :func:`script_counts`) and the letter count (as :func:`letter_count`), in one split."""
    ascii_letters, rest = _split_ascii(text)
    return _split_counts(ascii_letters, rest), ascii_letters + _non_ascii_letters(rest)


def _split_counts(ascii_letters: int, rest: str) -> dict[str, int]:
    """:func:`script_counts` of a text of ``ascii_letters`` ASCII letters and the non-ASCII characters ``rest``."""
    marked = rest.translate(_marker_table())
    counts = {name: marked.count(chr(0xF0000 + i)) for i, name in enumerate(_SCRIPT_RANGES)}
    counts["Latin"] += ascii_letters  # the only ASCII characters in any script's ranges are A-Z and a-z
    return counts


def script_counts(text: str) -> dict[str, int]:
    """Count letters per script, in one translation pass over ``text``.

    >>> script_counts("Hi Мир")["Cyrillic"]
    3
    """
    return _split_counts(*_split_ascii(text))  # without _tally's letter count, which is not asked for


def dominant_script(text: str) -> str | None:
    """Return the script of most letters in ``text``, or ``None`` if it has no letters.

    >>> dominant_script("Заголовок открываемого материала")
    'Cyrillic'
    """
    if text.isascii():
        return "Latin" if any(c.isalpha() for c in text) else None
    return dominant_script_of_mixed(text, text.encode("ascii", "ignore"))


def dominant_script_of_mixed(text: str, ascii_chars: bytes, rest: str | None = None) -> str | None:
    """:func:`dominant_script` of ``text``, which is not ASCII; ``ascii_chars`` is its ASCII characters, in order.

    ``rest``, when the caller has it already, is its other characters, in order.

    >>> dominant_script_of_mixed("Café “au lait”", b"Caf au lait")
    'Latin'
    >>> dominant_script_of_mixed("Hi Мир", b"Hi ", "Мир")
    'Cyrillic'
    """
    # Mostly Latin with a few accents or curly quotes: more ASCII letters (all Latin) than there are
    # non-ASCII characters means no other script can reach Latin's count, so the full tally is not needed.
    ascii_letters = len(ascii_chars.translate(None, _ASCII_NON_LETTERS))
    if ascii_letters > len(text) - len(ascii_chars):
        return "Latin"
    counts = _split_counts(ascii_letters, _ASCII_RUNS.sub("", text) if rest is None else rest)
    name, n = max(counts.items(), key=lambda kv: kv[1])
    return name if n else None


def has_letters_outside(text: str, script: str) -> bool:
    """True if ``text`` holds a letter that is not in ``script`` (cheap pre-check).

    >>> has_letters_outside("Café “noir”", "Latin"), has_letters_outside("Café Ж", "Latin")
    (False, True)
    """
    if script == "Latin":
        if text.isascii():
            return False
        # Every ASCII letter is Latin and no other ASCII character is a letter: only the rest can hold one
        # outside Latin, and in a line of Latin text it is a few accents and quotes, searched at once.
        text = _ASCII_RUNS.sub("", text)
    return _NOT_SCRIPT[script].search(text) is not None


def clear_script(text: str) -> str | None:
    """The script of at least two thirds of the letters, or ``None`` for mixed or letterless text.

    >>> clear_script("Advertisement Министр заявил") is None
    True
    """
    if latin_by_ascii(text):
        return "Latin"
    found = majority_script(text)
    return found[0] if found else None


def latin_by_ascii(text: str) -> int:
    """The ASCII letters of ``text`` when they alone make Latin its :func:`majority_script`, else 0.

    ASCII letters are all Latin. When they are at least twice as many as the non-ASCII characters,
    Latin holds two thirds of the letters (and more than any other script) whatever those characters
    are, and the per-script tally of the whole text is not needed: most views of a Latin page, with
    their curly quotes and accents, are settled by one encoding and one bytes translation.

    >>> latin_by_ascii("Café “noir” au lait"), latin_by_ascii("Министр заявил"), latin_by_ascii("12 34")
    (13, 0, 0)
    """
    data = text.encode("ascii", "ignore")
    ascii_letters = len(data.translate(None, _ASCII_NON_LETTERS))
    return ascii_letters if ascii_letters >= 2 * (len(text) - len(data)) else 0


def majority_script(text: str) -> tuple[str, int] | None:
    """The script of at least two thirds of the letters and its letter count; ``None`` if mixed or letterless.

    >>> majority_script("Министр заявил")
    ('Cyrillic', 13)
    """
    if text.isascii():
        n = len(text.encode("ascii").translate(None, _ASCII_NON_LETTERS))
        return ("Latin", n) if n else None
    counts, letters = _tally(text)
    script, n = max(counts.items(), key=lambda kv: kv[1])
    return (script, n) if n and n * 3 >= letters * 2 else None


def letter_count(text: str) -> int:
    """Count letters of any script.

    >>> letter_count("Привет, world 42!")
    11
    """
    ascii_letters, rest = _split_ascii(text)
    return ascii_letters + _non_ascii_letters(rest)


def count(pattern: re.Pattern[str], text: str) -> int:
    """Number of matches of a one-character pattern (``subn`` counts without building a list)."""
    return pattern.subn("", text)[1]
