"""A list of the lexicon's words split for matching against a sentence: single words, and longer entries.

Some lexicon packs hold words rather than phrases: a site's words for itself
and its reader channels (``[promo]``), an author box's roles and writing verbs
(``[bio]``). A sentence holds one of them when one of its words is a single
entry, or when an entry written with spaces or in a script without spaces
("公众号", "sign up") stands in it.

>>> words = WordList(frozenset({"newsletter", "公众号", "sign up"}))
>>> words.found_in("Get our Newsletter today"), words.found_in("关注我们的公众号"), words.found_in("Signal")
(True, True, False)
"""

from __future__ import annotations

import re

import regex

#: Words of a sentence, hyphenated parts apart ("Telegram-канале" is "Telegram" and "канале"); the joiners
#: belong to the word ("अ‍ॅप" is written with a zero-width joiner).
WORD = regex.compile(r"[\p{L}\p{M}\p{N}\u200c\u200d]+")
#: Scripts written without spaces: their entries are looked for inside the sentence, not among its words.
_UNSPACED = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}]")


class WordList:
    """One list of the lexicon split for matching: single words, and entries matched as substrings."""

    __slots__ = ("single", "spans")

    def __init__(self, entries: frozenset[str]) -> None:
        self.single = frozenset(e for e in entries if " " not in e and not _UNSPACED.search(e))
        spans = sorted((e for e in entries if e not in self.single), key=len, reverse=True)
        # One search over the sentence instead of a substring test per entry.
        self.spans = re.compile("|".join(map(re.escape, spans))) if spans else None

    def found(self, words: set[str], lowered: str) -> bool:
        """Whether one entry is among ``words`` (casefolded) or, written with spaces or unspaced, in ``lowered``."""
        return not self.single.isdisjoint(words) or (self.spans is not None and self.spans.search(lowered) is not None)

    def found_in(self, text: str) -> bool:
        """:meth:`found` on ``text``'s own words (split as :data:`WORD` splits them) and casefolded text."""
        return self.found({w.casefold() for w in WORD.findall(text)}, text.casefold())
