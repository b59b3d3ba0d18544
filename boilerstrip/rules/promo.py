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

from functools import lru_cache

from boilerstrip.rules.lexicon import load_lexicon
from boilerstrip.rules.wordlist import WORD as _WORD
from boilerstrip.rules.wordlist import WordList

#: A network name shorter than this is a word too often ("X", "OK", "VK").
_MIN_NETWORK_CHARS = 4
#: ASCII bytes with every character that is no letter or digit made a space: in ASCII text, the matches of
#: ``WORD`` (letters, marks, digits, joiners) are the runs of ASCII letters and digits, split out in C.
_ASCII_WORD_BYTES = bytes(c if c < 128 and chr(c).isalnum() else 32 for c in range(256))


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
    >>> pitches_own_channel("تابعونا على قناتنا في واتساب لتصلكم أهم الأخبار.")
    True
    """
    lowered = sentence.casefold()
    original = None if sentence.isascii() else _WORD.findall(sentence)
    if original is None:
        # casefold() lowers ASCII text and keeps it ASCII, letter for letter: the casefolded words are the
        # runs of the casefolded text (most sentences asked about are the last of a paragraph, and name no site).
        words = set(lowered.encode("ascii").translate(_ASCII_WORD_BYTES).decode("ascii").split())
    else:
        words = {w.casefold() for w in original}
    our, channels, networks = _lists()
    if not our.found(words, lowered):
        return False
    if channels.found(words, lowered):
        return True
    if original is None:
        original = _WORD.findall(sentence)
    # A network counts as the name it is, capitalised: "Follow our stories on Instagram", not "our line"; in a
    # script without case ("على قناتنا في واتساب") the name is written as any word is.
    return any(not w[:1].islower() and w.casefold() in networks for w in original)
