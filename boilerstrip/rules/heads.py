r"""Whether a lowered twin's phrases can open a line, asked only of the phrases that open with its first character.

A line-start phrase pattern (the lexicon's ``prefix_any``: every interface
prefix of every language, one trie of some 65,000 characters) is asked of
every line. Its lowered twin's ``match`` at the line's start is exact and
cheap in a loop over the same lines, but in a cold round, between a
hundred other patterns, each call cost about 2.7 µs: the engine's top
alternation walks its branches one by one, each branch header sitting
after the whole subtree of the one before it, so a call touches code spread
over the whole compiled program, long gone from the processor's caches.

A match at position 0 must open with the line's first character, so only
the phrases that open with it can match there. :class:`HeadMatch` keeps the
twin's phrases by their first character and compiles, on first use of that
character, the same construction over those phrases alone: a small program,
with the same answer (see :meth:`HeadMatch.can_open`).

>>> from boilerstrip.rules.lexicon import trie_pattern
>>> head = HeadMatch({(True, True): ["share", "share on", "über uns"], (False, False): ["»"]}, trie_pattern)
>>> head.can_open("share on facebook"), head.can_open("shared files"), head.can_open("» more")
(True, False, True)
>>> head.can_open("über uns"), head.can_open(""), head.can_open("weather")
(True, False, False)
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

#: A compiled pattern's ``match``, bound.
_Match = Callable[[str], "re.Match[str] | None"]


class HeadMatch:
    r"""``twin.match(lowered) is not None`` for a twin built from ``groups`` (see ``lexicon._lowered_alternation``).

    ``groups`` maps ``(start_bound, end_bound)`` to the lowered phrases of that group, and ``trie`` is the twin's
    own pattern of a group's phrases (``lexicon.trie_pattern``: handed in, this module imports no lexicon, which
    imports it). The twin's pattern is an
    alternation of one trie per group, each with ``(?!\w)`` after it when the group needs a word boundary there
    (and, for a start-bound group, ``(?<!\w)`` and a class of first characters before it, which always hold at
    the start of the string for a phrase opening with that character). The engine backtracks through every
    branch, so a match at position 0 exists exactly when some phrase opens the string, followed by no word
    character when its group asks so. Those phrases all open with the string's first character; the pattern
    compiled here over them alone (the same tries, the same boundary) finds a match exactly then.
    """

    __slots__ = ("_by_first", "_compiled", "_trie")

    def __init__(self, groups: Mapping[tuple[bool, bool], Sequence[str]], trie: Callable[[list[str]], str]) -> None:
        self._trie = trie
        by_first: dict[str, dict[bool, list[str]]] = {}
        for (_, end_bound), members in groups.items():
            for phrase in members:
                if phrase:
                    by_first.setdefault(phrase[0], {}).setdefault(end_bound, []).append(phrase)
        self._by_first = by_first
        #: The compiled ``match`` per first character, made on first use (``None``: no phrase opens with it).
        self._compiled: dict[str, _Match | None] = {}

    def can_open(self, lowered: str) -> bool:
        """Whether one of the phrases opens ``lowered`` (with its word boundary), as the twin's ``match`` says."""
        first = lowered[:1]
        try:
            match = self._compiled[first]
        except KeyError:
            match = self._compiled[first] = self._compile(first)
        return match is not None and match(lowered) is not None

    def _compile(self, first: str) -> _Match | None:
        groups = self._by_first.get(first)
        if not groups:
            return None  # also the empty string: no phrase is empty
        alts = [self._trie(members) + (r"(?!\w)" if end_bound else "") for end_bound, members in sorted(groups.items())]
        return re.compile("(?:" + "|".join(alts) + ")").match
