"""Writing-system detection for lines and documents, with C-speed regexes only."""

from __future__ import annotations

import regex

#: The scripts boilerstrip distinguishes. Kana and Han count as one ``"Han"``
#: script for line comparisons (Japanese mixes them).
_SCRIPT_PROPERTIES = {
    "Latin": r"\p{Latin}",
    "Cyrillic": r"\p{Cyrillic}",
    "Arabic": r"\p{Arabic}",
    "Han": r"\p{Han}\p{Hiragana}\p{Katakana}",
    "Hangul": r"\p{Hangul}",
    "Devanagari": r"\p{Devanagari}",
    "Bengali": r"\p{Bengali}",
    "Greek": r"\p{Greek}",
    "Hebrew": r"\p{Hebrew}",
    "Thai": r"\p{Thai}",
    "Georgian": r"\p{Georgian}",
    "Armenian": r"\p{Armenian}",
}
SCRIPTS: dict[str, regex.Pattern[str]] = {
    name: regex.compile(f"[{props}]") for name, props in _SCRIPT_PROPERTIES.items()
}
# A letter that belongs to any script but the named one.
_NOT_SCRIPT: dict[str, regex.Pattern[str]] = {
    name: regex.compile(rf"[^\P{{L}}{props}]") for name, props in _SCRIPT_PROPERTIES.items()
}
_LETTER = regex.compile(r"\p{L}")


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
