"""Writing-system detection for lines and documents, with C-speed regexes only."""

from __future__ import annotations

import re

#: The scripts boilerstrip distinguishes. Kana and Han count as one ``"Han"``
#: script for line comparisons (Japanese mixes them).
# Code-point ranges per script. The stdlib ``re`` with explicit ranges is several
# times faster here than ``regex`` with ``\p{Script}`` classes, and these counts
# run on every document. A few punctuation marks inside the blocks count as
# letters of their script; that does not move a majority.
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
SCRIPTS: dict[str, re.Pattern[str]] = {name: re.compile(f"[{ranges}]") for name, ranges in _SCRIPT_RANGES.items()}
# A letter that belongs to any script but the named one.
_NOT_SCRIPT: dict[str, re.Pattern[str]] = {
    name: re.compile(f"(?![{ranges}])[^\\W\\d_]") for name, ranges in _SCRIPT_RANGES.items()
}
_LETTER = re.compile(r"[^\W\d_]")


def script_counts(text: str) -> dict[str, int]:
    """Count letters per script.

    >>> script_counts("Hi Мир")["Cyrillic"]
    3
    """
    return {name: len(pat.findall(text)) for name, pat in SCRIPTS.items()}


def dominant_script(text: str) -> str | None:
    """Return the script of most letters in ``text``, or ``None`` if it has no letters.

    >>> dominant_script("Заголовок открываемого материала")
    'Cyrillic'
    """
    if text.isascii():
        return "Latin" if any(c.isalpha() for c in text) else None
    total = letter_count(text)
    if not total:
        return None
    # One script holds most letters in almost every text: stop at the first that does.
    for name, pattern in SCRIPTS.items():
        if len(pattern.findall(text)) * 2 > total:
            return name
    counts = script_counts(text)
    name, n = max(counts.items(), key=lambda kv: kv[1])
    return name if n else None


def has_letters_outside(text: str, script: str) -> bool:
    """True if ``text`` holds a letter that is not in ``script`` (cheap pre-check)."""
    if script == "Latin" and text.isascii():
        return False
    return _NOT_SCRIPT[script].search(text) is not None


def clear_script(text: str) -> str | None:
    """The script of at least two thirds of the letters, or ``None`` for mixed or letterless text.

    >>> clear_script("Advertisement Министр заявил") is None
    True
    """
    script = dominant_script(text)
    if script is None or text.isascii():
        return script
    return script if len(SCRIPTS[script].findall(text)) * 3 >= letter_count(text) * 2 else None


def letter_count(text: str) -> int:
    """Count letters of any script."""
    return len(_LETTER.findall(text))
