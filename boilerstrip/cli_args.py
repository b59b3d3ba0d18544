"""Argument types the commands share: each checks one option and says clearly what is wrong with it.

``--lang`` takes any two-letter code (ISO 639-1 codes are two letters; a
fixed list would need upkeep, and a code boilerstrip has no phrase lists for is
still useful to skip language detection), case folded:

>>> lang_code("EN")
'en'
>>> lang_code("klingon")
Traceback (most recent call last):
...
argparse.ArgumentTypeError: 'klingon' is not a language code: give a two-letter ISO 639-1 code such as en, de, fr
>>> encoding_name("foo")
Traceback (most recent call last):
...
argparse.ArgumentTypeError: unknown encoding 'foo'
"""

from __future__ import annotations

import argparse
import codecs
import re

_LANG = re.compile(r"[a-z]{2}")


def lang_code(value: str) -> str:
    """A two-letter language code, lowercased."""
    code = value.strip().lower()
    if not _LANG.fullmatch(code):
        raise argparse.ArgumentTypeError(
            f"{value!r} is not a language code: give a two-letter ISO 639-1 code such as en, de, fr"
        )
    return code


def encoding_name(value: str) -> str:
    """A charset Python knows (``utf-8``, ``cp1252``, ``latin-1``...)."""
    try:
        codecs.lookup(value)
    except LookupError:
        raise argparse.ArgumentTypeError(f"unknown encoding {value!r}") from None
    return value


def positive_int(value: str) -> int:
    """An integer of at least 1."""
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, not {value!r}")
    return number


def positive_seconds(value: str) -> float:
    """A number of seconds above 0."""
    try:
        number = float(value)
    except ValueError:
        number = 0.0
    if not number > 0:
        raise argparse.ArgumentTypeError(f"expected a number of seconds above 0, not {value!r}")
    return number
