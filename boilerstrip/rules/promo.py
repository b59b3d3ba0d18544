"""A site pitching its own reader channel in a sentence: "sign up to our free newsletter".

Sites glue such a sentence to an article's last paragraph, in words no phrase
list can hold whole ("Per restare aggiornato sui prezzi iscriviti al nostro
canale WhatsApp.", "Подробнее читайте в нашем Telegram-канале."). What they
share is two words: the site speaking of itself (``[promo] our`` of the
lexicon: "our", "nostro", "нашем", "我们的") and one of its reader channels
(``[promo] channels``: "newsletter", "canale", "канал", "公众号"), or a network
it posts on, written as the name it is ("WhatsApp", "Telegram"). Either alone is
prose ("our town", "the canal", "she wrote on Telegram"); together, in a
sentence that quotes nobody, they are the site talking to its readers.
"""

from __future__ import annotations

import re
from functools import lru_cache

import regex

from boilerstrip.rules.lexicon import load_lexicon

#: Words of a sentence, hyphenated parts apart ("Telegram-канале" is "Telegram" and "канале"); the joiners
#: belong to the word ("अ‍ॅप" is written with a zero-width joiner).
_WORD = regex.compile(r"[\p{L}\p{M}\p{N}\u200c\u200d]+")
#: Scripts written without spaces: their entries are looked for inside the sentence, not among its words.
_UNSPACED = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}]")
#: A network name shorter than this is a word too often ("X", "OK", "VK").
_MIN_NETWORK_CHARS = 4


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
        """:meth:`found` on ``text``'s own words (split as :data:`_WORD` splits them) and casefolded text."""
        return self.found({w.casefold() for w in _WORD.findall(text)}, text.casefold())


@lru_cache(maxsize=1)
def _lists() -> tuple[WordList, WordList, frozenset[str]]:
    lex = load_lexicon()
    networks = frozenset(t for t in lex.share_tokens if len(t) >= _MIN_NETWORK_CHARS and " " not in t)
    return WordList(lex.promo_our), WordList(lex.promo_channels), networks


def pitches_own_channel(sentence: str) -> bool:
    """Whether ``sentence`` names the site itself and one of its reader channels or networks.

    >>> pitches_own_channel("Get the latest headlines straight to your inbox - sign up to our free newsletter.")
    True
    >>> pitches_own_channel("Подробнее читайте в нашем Telegram-канале.")
    True
    >>> pitches_own_channel("Our town council posted the decision on its website.")
    False
    >>> pitches_own_channel("The minister announced the plan on Telegram on Sunday.")
    False
    """
    lowered = sentence.casefold()
    original = _WORD.findall(sentence)
    words = {w.casefold() for w in original}
    our, channels, networks = _lists()
    if not our.found(words, lowered):
        return False
    if channels.found(words, lowered):
        return True
    # A network counts as the name it is, capitalised: "Follow our stories on Instagram", not "our line".
    return any(w[:1].isupper() and w.casefold() in networks for w in original)
