r"""Cheap exact pre-tests in front of pattern searches that hardly ever match.

A cold round asks the regex engines some forty questions per distinct line, and
most patterns asked of nearly every line almost never match (a press contact's
header, a CMS placeholder, an editor's initials in brackets). Each call costs
the engine's set-up whatever the line holds. A pre-test here is a *necessary*
condition of a match, read from the pattern itself when it is compiled, so
that an edit of the pattern or of the data it is built from cannot make the
pre-test wrong:

* :func:`needs` and :func:`needs_any`: substrings that every match holds (one
  of them, for ``needs_any``), worked out from the pattern's parse;
* :func:`engine_chars`: every character a one-character class matches in the
  engine that runs the pattern (the ``regex`` module knows a newer Unicode than
  ``str`` methods: its ``\d`` matches 770 characters where ``str.isdecimal``
  holds for 660 on Python 3.11), for tests on a line's first character or on
  the characters it holds.

When nothing can be derived (a case-insensitive pattern, syntax only the
``regex`` module knows), ``needs`` gives ``""``, which every string holds: the
pre-test then passes every line and the pattern decides, as before.
"""

from __future__ import annotations

import re
from array import array
from functools import cache
from typing import Any

import regex

# The parser of the standard library's engine (``re._parser`` since 3.11, ``sre_parse`` before).
try:
    from re import _parser as _sre  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python < 3.11
    import sre_parse as _sre

from re import _constants as _op  # type: ignore[attr-defined]

#: ``regex``'s property classes (``\p{L}``, ``\P{Lu}``), read as ``\w`` so that the standard parser accepts the
#: pattern: a class is never a literal, so the substrings found are the same.
_PROPERTY = re.compile(r"\\[pP]\{[^}]*\}")
#: Syntax the ``regex`` module reads otherwise than ``re`` (POSIX classes, fuzzy counts, version 1 sets, escapes
#: ``re`` lacks): a pattern holding any is left without a pre-test.
_REGEX_ONLY = re.compile(r"\[:|\{[^}]*[deis]\s*[<=>]|\(\?[a-zA-Z]*V1|\\[LmMXGKQEN]")
#: The ``regex`` flags that change what a literal matches (VERSION1, FULLCASE), besides IGNORECASE.
_REGEX_FLAGS = int(regex.VERSION1) | int(regex.FULLCASE)
#: The most characters a class may hold to stand as substrings one of which a match holds.
_MAX_CLASS_CHARS = 12
_REPEATS = (_op.MAX_REPEAT, _op.MIN_REPEAT, getattr(_op, "POSSESSIVE_REPEAT", _op.MAX_REPEAT))


def needs(pattern: re.Pattern[str] | regex.Pattern[str]) -> str:
    r"""A substring every match of ``pattern`` holds (the longest found), or ``""`` when none can be derived.

    >>> needs(re.compile(r"(?<=[.!?])\s*\((?P<x>[a-z]{2,4})\)$")), needs(re.compile(r"^0?0:00\s*[|/]"))
    ('(', '0:00')
    >>> needs(re.compile("media contact", re.IGNORECASE)), needs(re.compile(r"\d+|x"))
    ('', '')
    """
    found = needs_any(pattern)
    return found[0] if len(found) == 1 else ""


def needs_any(pattern: re.Pattern[str] | regex.Pattern[str]) -> tuple[str, ...]:
    r"""Substrings one of which every match of ``pattern`` holds; ``("",)`` when none can be derived.

    >>> needs_any(re.compile(r"(?:\*\*media\[\d+\]\*\*)|(?:##[A-Z][A-Z_]{3,}##)"))
    ('**media[', '##')
    """
    found = _derive(pattern.pattern, pattern.flags)
    return found if found else ("",)


def holds_any(text: str, parts: tuple[str, ...]) -> bool:
    """Whether ``text`` holds one of ``parts`` (what :func:`needs_any` gives).

    >>> holds_any("a ## b", ("**media[", "##")), holds_any("plain", ("**media[", "##")), holds_any("x", ("",))
    (True, False, True)
    """
    return any(part in text for part in parts)


@cache
def _derive(source: str, flags: int) -> tuple[str, ...] | None:
    """The substrings of :func:`needs_any` for a pattern's source and flags, ``None`` for none (kept per pattern)."""
    if flags & (int(re.IGNORECASE) | _REGEX_FLAGS) or not isinstance(source, str) or _REGEX_ONLY.search(source):
        return None
    try:
        parsed = _sre.parse(_PROPERTY.sub(r"\\w", source), flags & (re.VERBOSE | re.DOTALL | re.MULTILINE))
    except (re.error, ValueError, TypeError, OverflowError):
        return None  # syntax only the regex module knows
    if parsed.state.flags & re.IGNORECASE:
        return None  # an inline (?i)
    best = _required(list(parsed))
    return tuple(sorted(best, key=lambda part: (-len(part), part))) if best else None


def _required(items: list[Any]) -> frozenset[str] | None:
    """The best set of substrings one of which a match of the parsed sequence ``items`` holds, or ``None``.

    Runs of literals stand whole in every match; a group, a repeat taken at least once and an alternation whose
    every branch has a set give sets of their own. Anything else (a class, an anchor, a lookaround) ends a run.
    The best set has the fewest members, then the longest shortest member.
    """
    candidates: list[frozenset[str]] = []
    run: list[str] = []

    def end_run() -> None:
        if run:
            candidates.append(frozenset(["".join(run)]))
            run.clear()

    for op, arg in items:
        if op is _op.LITERAL:
            run.append(chr(arg))
            continue
        end_run()
        inner: frozenset[str] | None = None
        if op is _op.SUBPATTERN:
            _group, add_flags, _del_flags, sub = arg
            inner = None if add_flags & re.IGNORECASE else _required(list(sub))
        elif op in _REPEATS:
            low, _high, sub = arg
            inner = _required(list(sub)) if low >= 1 else None
        elif op is _op.BRANCH:
            branches = [_required(list(branch)) for branch in arg[1]]
            if all(b is not None for b in branches):
                inner = frozenset().union(*(b for b in branches if b is not None))
        elif op is getattr(_op, "ATOMIC_GROUP", None):
            inner = _required(list(arg))
        elif op is _op.IN:
            inner = _class_chars(arg)
        if inner:
            candidates.append(inner)
    end_run()
    if not candidates:
        return None
    return min(candidates, key=lambda c: (len(c), -min(len(p) for p in c)))


def _class_chars(items: list[Any]) -> frozenset[str] | None:
    r"""The characters of a class made only of a few literal characters and short ranges (``[(\[]``, ``[.)]``).

    A negated class, or one holding a category (``\d``, ``\w``) or a long range, gives ``None``.
    """
    chars: set[str] = set()
    for op, arg in items:
        if op is _op.LITERAL:
            chars.add(chr(arg))
        elif op is _op.RANGE and arg[1] - arg[0] < _MAX_CLASS_CHARS:
            chars.update(chr(c) for c in range(arg[0], arg[1] + 1))
        else:
            return None  # NEGATE, CATEGORY, a long RANGE
    return frozenset(chars) if 0 < len(chars) <= _MAX_CLASS_CHARS else None


@cache
def _all_characters() -> str:
    """Every code point but the surrogates, in order, as one string (about 20 ms, once per process)."""
    if array("I").itemsize != 4:  # pragma: no cover - every platform CPython builds on has 32-bit ints
        return "".join(map(chr, range(0xD800))) + "".join(map(chr, range(0xE000, 0x110000)))
    points = array("I", range(0xD800))
    points.extend(range(0xE000, 0x110000))
    return points.tobytes().decode("utf-32-le" if array("I", [1]).tobytes()[0] == 1 else "utf-32-be")


@cache
def engine_chars(char_class: str, engine: str = "regex", flags: int = 0) -> frozenset[str]:
    r"""Every character the one-character class ``char_class`` matches in ``engine`` (``"regex"`` or ``"re"``).

    Read from the engine itself with one search over all code points, once per class, so it holds whatever
    Unicode the engine knows.

    >>> "٣" in engine_chars(r"\d"), "a" in engine_chars(r"\d"), " " in engine_chars(r"\s", "re")
    (True, False, True)
    """
    module: Any = regex if engine == "regex" else re
    return frozenset(module.findall(char_class, _all_characters(), flags))


def tail_reach(pattern: re.Pattern[str]) -> int | None:
    r"""How far before a text's end a match of ``pattern``, which matches only at the end, can start.

    The most characters a match spans (read from the pattern's parse), plus one: ``$`` also matches before
    a final newline. A search from that many characters before the end finds the same leftmost match as a
    search of the whole text, without trying every position of a long line. ``None`` when a match may span
    any length, or may end elsewhere than at the end (a branch or a top-level piece after the ``$``; this
    reads the standard engine's syntax only).

    >>> tail_reach(re.compile(r"[(\[]?\d{1,2}:\d{2}[)\]]?$")), tail_reach(re.compile(r"\d+$"))
    (8, None)
    >>> tail_reach(re.compile(r"ab$|cd")), tail_reach(re.compile(r"(?:ab|c)$"))
    (None, 3)
    """
    if pattern.flags & re.MULTILINE:
        return None  # "$" would match before every newline
    parsed = _sre.parse(pattern.pattern, pattern.flags & (re.VERBOSE | re.DOTALL))
    items = list(parsed)
    if not items or items[-1] != (_op.AT, _op.AT_END):
        return None
    high = parsed.getwidth()[1]
    return None if high >= _op.MAXREPEAT else high + 1
