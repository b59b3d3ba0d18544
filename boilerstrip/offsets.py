r"""Offset bookkeeping: apply cuts made on a view, record them in source coordinates.

This module holds no cleaning logic. :class:`SpanMap` keeps the sorted,
non-overlapping list of replacements made so far against the original input
(the *source*). Each cleaner sees the current *view* (the source with every
replacement applied) and proposes cuts in view offsets; :meth:`SpanMap.apply`
translates them back to the source so that the account stays exact:

>>> sm = SpanMap("Photo: AP\nThe port opened.")
>>> sm.apply([ViewCut(0, 10, "", "photo_credits", "credit_line", "")])
[(0, 10)]
>>> sm.view
'The port opened.'
>>> [(r.start, r.end, r.text) for r in sm.removals()]
[(0, 10, 'Photo: AP\n')]
>>> restore(sm.view, sm.removals()) == sm.source
True

Rules for cuts that meet earlier replacements:

* a cut that only partly covers an earlier non-empty replacement is clipped so
  that it never splits it;
* a cut that covers a whole earlier non-empty replacement absorbs it (one
  record then covers both, attributed to the later cleaner);
* earlier removals with an empty replacement that lie inside a later cut keep
  their own record; the later cut is split around them.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from boilerstrip.types import Removal


class ViewCut(NamedTuple):
    """A cut to record, in view offsets: what replaces ``start:end``, which cleaner proposed it and why."""

    start: int
    end: int
    replacement: str
    cleaner: str
    reason: str
    detail: str
    evidence: str = ""
    score: float | None = None


class SpanMark(NamedTuple):
    """Where a recorded cut now sits in the view (``at``), and which cleaner made it for which reason."""

    at: int
    cleaner: str
    reason: str


@dataclass(slots=True)
class _Span:
    start: int
    end: int
    replacement: str
    cleaner: str
    reason: str
    detail: str
    #: Which pass of the pipeline made the cut (see :meth:`SpanMap.apply`).
    pass_number: int = 0
    evidence: str = ""
    score: float | None = None


class SpanMap:
    """The replacements applied to ``source`` so far, and the resulting view."""

    __slots__ = ("_spans", "_view", "source")

    def __init__(self, source: str) -> None:
        self.source = source
        self._spans: list[_Span] = []
        self._view = source

    @property
    def view(self) -> str:
        """The source with every recorded replacement applied."""
        return self._view

    def view_positions(self) -> list[int]:
        """Return, for each recorded span in order, where its replacement starts in the view."""
        ats: list[int] = []
        delta = 0
        for sp in self._spans:
            ats.append(sp.start + delta)
            delta += len(sp.replacement) - (sp.end - sp.start)
        return ats

    def marks(self, pass_number: int) -> list[SpanMark]:
        """Return where each span recorded by :meth:`apply` calls of ``pass_number`` sits in the view."""
        return [
            SpanMark(at, sp.cleaner, sp.reason)
            for at, sp in zip(self.view_positions(), self._spans, strict=False)
            if sp.pass_number == pass_number
        ]

    def apply(self, cuts: Sequence[ViewCut], pass_number: int = 0) -> list[tuple[int, int] | None]:
        """Apply cuts given in view offsets (sorted, non-overlapping) and record them.

        Returns, for each cut, the source span it covers, or ``None`` for a
        cut that clipping reduced to nothing. ``pass_number`` tags the new
        records (the pipeline's pass), for :meth:`marks`.
        """
        placed: list[tuple[int, int] | None] = []
        if not cuts:
            return placed
        spans = self._spans
        ats = self.view_positions()
        # Cumulative delta (replacement length minus source length) before span i.
        deltas = [0] * (len(spans) + 1)
        for i, sp in enumerate(spans):
            deltas[i + 1] = deltas[i] + len(sp.replacement) - (sp.end - sp.start)

        absorbed: set[int] = set()
        new: list[tuple[int, int, _Span]] = []  # (sort_start, view_at, span)
        for a, b, rep, cleaner, reason, detail, evidence, score in cuts:
            a, b = self._clip(a, b, ats)
            if a > b or (a == b and not rep):
                placed.append(None)
                continue
            src_a = self._to_source(a, ats, deltas, right=True)
            src_b = src_a if a == b else self._to_source(b, ats, deltas, right=False)
            placed.append((src_a, src_b))
            kept_inside: list[_Span] = []
            lo = bisect_left(ats, a)
            for i in range(lo, len(spans)):
                at = ats[i]
                if at > b:
                    break
                sp = spans[i]
                width = len(sp.replacement)
                if width:
                    if a <= at and at + width <= b and a < b:
                        absorbed.add(i)
                        detail = _join_detail(detail, f"absorbed {sp.cleaner}/{sp.reason}")
                elif a < at < b:
                    kept_inside.append(sp)
            pieces: list[tuple[int, int]] = []
            cur = src_a
            for sp in kept_inside:
                pieces.append((cur, sp.start))
                cur = sp.end
            pieces.append((cur, src_b))
            for n, (s, e) in enumerate(pieces):
                piece_rep = rep if n == 0 else ""
                if s == e and not piece_rep:
                    continue
                new.append(
                    (
                        s,
                        a if n == 0 else a + len(rep),
                        _Span(s, e, piece_rep, cleaner, reason, detail, pass_number, evidence, score),
                    )
                )

        merged: list[tuple[int, int, _Span]] = [
            (sp.start, ats[i], sp) for i, sp in enumerate(spans) if i not in absorbed
        ]
        merged.extend(new)
        merged.sort(key=lambda t: (t[0], t[1], t[2].end))
        self._spans = [t[2] for t in merged]
        self._view = _render(self.source, self._spans)
        return placed

    def _clip(self, a: int, b: int, ats: list[int]) -> tuple[int, int]:
        lo = max(bisect_left(ats, a) - 1, 0)
        hi = bisect_left(ats, b)
        regions = [(ats[i], len(self._spans[i].replacement)) for i in range(lo, hi)]
        return clip_to_replacements(a, b, regions)

    def _to_source(self, v: int, ats: list[int], deltas: list[int], *, right: bool) -> int:
        """Map view offset ``v`` (outside any replacement's interior) to the source.

        At a point where empty replacements sit, ``right`` places the result
        after them (for a cut start) and otherwise before them (for a cut end).
        """
        spans = self._spans
        i = bisect_left(ats, v)
        # Spans before index i start strictly before v; they are wholly before v
        # because v is never inside a replacement.
        while i < len(spans) and ats[i] == v and right and not spans[i].replacement:
            i += 1
        return v - deltas[i]

    def removals(self) -> list[Removal]:
        """Return the recorded replacements as :class:`Removal` records, sorted."""
        out: list[Removal] = []
        for at, sp in zip(self.view_positions(), self._spans, strict=False):
            out.append(
                Removal(
                    start=sp.start,
                    end=sp.end,
                    text=self.source[sp.start : sp.end],
                    replacement=sp.replacement,
                    cleaner=sp.cleaner,
                    reason=sp.reason,
                    detail=sp.detail,
                    at=at,
                    evidence=sp.evidence,
                    score=sp.score,
                )
            )
        return out


def clip_to_replacements(a: int, b: int, regions: Iterable[tuple[int, int]]) -> tuple[int, int]:
    """Shrink ``[a, b)`` so it does not partly cover any ``(at, width)`` region.

    >>> clip_to_replacements(2, 8, [(0, 4)])
    (4, 8)
    >>> clip_to_replacements(0, 6, [(5, 3)])
    (0, 5)
    """
    for at, width in regions:
        end = at + width
        if width == 0 or end <= a or at >= b:
            continue
        if a <= at and end <= b:
            continue
        if at < a < end:
            a = end
        if at < b < end:
            b = at
    return a, b


def _join_detail(detail: str, extra: str) -> str:
    return f"{detail}; {extra}" if detail else extra


def _render(source: str, spans: Sequence[_Span]) -> str:
    parts: list[str] = []
    pos = 0
    for sp in spans:
        parts.append(source[pos : sp.start])
        parts.append(sp.replacement)
        pos = sp.end
    parts.append(source[pos:])
    return "".join(parts)


def apply_removals(source: str, removals: Sequence[Removal]) -> str:
    """Replace each removal's span of ``source`` with its replacement.

    >>> apply_removals("ab--cd", [Removal(2, 4, "--", " ", "whitespace", "x")])
    'ab cd'
    """
    parts: list[str] = []
    pos = 0
    for r in removals:
        parts.append(source[pos : r.start])
        parts.append(r.replacement)
        pos = r.end
    parts.append(source[pos:])
    return "".join(parts)


def restore(text: str, removals: Sequence[Removal]) -> str:
    """Rebuild the source from the clean text and its removals alone.

    >>> restore("ab cd", [Removal(2, 4, "--", " ", "whitespace", "x", at=2)])
    'ab--cd'
    """
    parts: list[str] = []
    pos = 0
    for r in removals:
        parts.append(text[pos : r.at])
        parts.append(r.text)
        pos = r.at + len(r.replacement)
    parts.append(text[pos:])
    return "".join(parts)
