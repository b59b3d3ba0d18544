"""A paywall's subscription offer: a price asked per month for reading ("1 € par mois, sans engagement").

News sites print the offer of their subscription as a line of its own between
or after the paragraphs ("Prenumerera på Ljusnans Tidning – första månaden för
9 kr.", "Abbonati ora: 3 mesi a 1 €, poi 5,99 € al mese."). The
sentences differ from site to site; what they share is three things: a price
(a number beside a currency sign or a currency's name), the month it is asked
for, and a word of subscribing or of the access it buys. Each alone, or two of
them, is prose ("the rent is 900 euros a month", "subscribers received a
letter"); the three together, in a line short enough to be a button's sentence,
are the site selling itself, unless the line reports someone's words on a price
("Readers can subscribe for $4 a month, the publisher said."): a word of a
report ("said", "according", "sagte", "selon") makes it the news. The words are
the lexicon's ``[offer]`` tables.
"""

from __future__ import annotations

import re
from functools import lru_cache

import regex

from boilerstrip.rules.lexicon import load_lexicon
from boilerstrip.rules.wordlist import WORD, WordList

#: A currency sign touching a number, before or after it ("€1", "6,99 €", "$4").
_SIGNED_PRICE = regex.compile(r"\p{Sc}\s?\d|\d\s?\p{Sc}")
#: A digit of any script: a line without one names no price.
_DIGIT = re.compile(r"\d")


@lru_cache(maxsize=1)
def _lists() -> tuple[WordList, WordList, WordList, frozenset[str]]:
    lex = load_lexicon()
    return WordList(lex.offer_periods), WordList(lex.offer_words), WordList(lex.offer_reported), lex.offer_currencies


@lru_cache(maxsize=1)
def _any_period() -> re.Pattern[str]:
    """Every month word as a piece of text: a line holding none is no offer, and needs no split into words."""
    return re.compile("|".join(sorted(map(re.escape, load_lexicon().offer_periods), key=len, reverse=True)))


def _priced(text: str, words: list[str], currencies: frozenset[str]) -> bool:
    """Whether ``text`` holds a number beside a currency sign, or beside a currency's name among ``words``."""
    if _SIGNED_PRICE.search(text):
        return True
    return any(
        word in currencies
        and ((i > 0 and words[i - 1][:1].isdigit()) or (i + 1 < len(words) and words[i + 1][:1].isdigit()))
        for i, word in enumerate(words)
    )


def offers_subscription(text: str) -> bool:
    """Whether ``text`` names a price, a month and a subscription or the access it buys.

    >>> offers_subscription("Prenumerera på Ljusnans Tidning – första månaden för 9 kr.")
    True
    >>> offers_subscription("Profitez de l'accès illimité au site : 1,99 € par mois pendant un an.")
    True
    >>> offers_subscription("The flat costs 900 euros a month, the agent said.")
    False
    >>> offers_subscription("Subscribers received a letter from the council in May.")
    False
    >>> offers_subscription("Readers can subscribe to the paper for $4 a month, the publisher said.")
    False
    """
    if _DIGIT.search(text) is None:
        return False  # most lines: no number, no price
    lowered = text.casefold()
    if _any_period().search(lowered) is None:
        return False  # no month: a necessary condition, found in one search
    words = WORD.findall(lowered)
    periods, offer_words, reported, currencies = _lists()
    found = set(words)
    return (
        periods.found(found, lowered)
        and offer_words.found(found, lowered)
        and _priced(text, words, currencies)
        and not reported.found(found, lowered)
    )
