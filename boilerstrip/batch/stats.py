r"""Counts over a batch of documents, mergeable across workers, shards and runs.

Each worker counts the documents it cleaned in its own :class:`BatchStats`;
the parent adds them up with :meth:`BatchStats.merge` (or :func:`merge`), and
so can a user who ran several shards: every field is a sum, so merging is
associative and commutative, and the empty stats are its identity.

>>> a, b = BatchStats(documents=2, ok=2, chars_in=100), BatchStats(documents=1, errors=1)
>>> a.errors_by_type["InvalidJSON"] = 0
>>> merged = merge([a, b, BatchStats()])
>>> merged.documents, merged.ok, merged.errors, merged.chars_in
(3, 2, 1, 100)
>>> BatchStats.from_dict(merged.to_dict()) == merged
True
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields
from typing import Any

from boilerstrip.result import Result

_COUNTERS = (
    "errors_by_type",
    "flags",
    "oversize",
    "removed_chars_by_cleaner",
    "removed_chars_by_reason",
)


@dataclass
class BatchStats:
    """What a batch run did: documents, outcomes, flags, and characters removed by cleaner and reason.

    ``seconds`` is the time spent cleaning, summed over documents (it exceeds
    the elapsed time when workers run in parallel); ``wall_seconds`` is the
    elapsed time of the run (a sum again when shards are merged).
    ``oversize`` counts the documents over ``max_chars`` (or ``max_html_chars``)
    under the policy applied to them: ``flag``, ``skip`` or ``truncate``.
    ``removed_chars_by_reason`` is keyed ``"cleaner/reason"``.
    """

    documents: int = 0
    ok: int = 0
    errors: int = 0
    skipped: int = 0
    chars_in: int = 0
    chars_out: int = 0
    seconds: float = 0.0
    wall_seconds: float = 0.0
    errors_by_type: Counter[str] = field(default_factory=Counter)
    flags: Counter[str] = field(default_factory=Counter)
    oversize: Counter[str] = field(default_factory=Counter)
    removed_chars_by_cleaner: Counter[str] = field(default_factory=Counter)
    removed_chars_by_reason: Counter[str] = field(default_factory=Counter)

    def add_result(self, result: Result, *, chars_in: int, seconds: float) -> None:
        """Count one document cleaned into ``result``."""
        self.documents += 1
        self.ok += 1
        self.chars_in += chars_in
        self.chars_out += len(result.text)
        self.seconds += seconds
        self.flags.update(result.flags)
        by_cleaner, by_reason = self.removed_chars_by_cleaner, self.removed_chars_by_reason
        for r in result.removed:
            n = len(r.text)
            by_cleaner[r.cleaner] += n
            by_reason[f"{r.cleaner}/{r.reason}"] += n

    def add_error(self, error_type: str, *, chars_in: int = 0, seconds: float = 0.0) -> None:
        """Count one document that gave an error record."""
        self.documents += 1
        self.errors += 1
        self.errors_by_type[error_type] += 1
        self.chars_in += chars_in
        self.seconds += seconds

    def add_skipped(self, *, chars_in: int = 0) -> None:
        """Count one document left out on purpose (``--oversize skip``)."""
        self.documents += 1
        self.skipped += 1
        self.chars_in += chars_in

    def merge(self, other: BatchStats) -> BatchStats:
        """Return the sum of ``self`` and ``other`` (neither is changed)."""
        out = BatchStats()
        out.update(self)
        out.update(other)
        return out

    def update(self, other: BatchStats) -> None:
        """Add ``other``'s counts to this object in place."""
        for f in fields(self):
            mine = getattr(self, f.name)
            theirs = getattr(other, f.name)
            if isinstance(mine, Counter):
                mine.update(theirs)
            else:
                setattr(self, f.name, mine + theirs)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form (``--stats FILE``): counters as objects sorted by key, zero counts left out."""
        out: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, Counter):
                out[f.name] = {k: v for k, v in sorted(value.items()) if v}
            elif isinstance(value, float):
                out[f.name] = round(value, 3)
            else:
                out[f.name] = value
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> BatchStats:
        """Read back :meth:`to_dict` output (for example a shard's ``--stats`` file, to merge it)."""
        stats = cls()
        for f in fields(cls):
            if f.name not in data:
                continue
            value = data[f.name]
            if f.name in _COUNTERS:
                setattr(stats, f.name, Counter({str(k): int(v) for k, v in dict(value).items() if v}))
            else:
                setattr(stats, f.name, type(getattr(stats, f.name))(value))
        return stats

    def __eq__(self, other: object) -> bool:
        """Equal counts (zero entries of the counters and float rounding below a millisecond ignored)."""
        if not isinstance(other, BatchStats):
            return NotImplemented
        return self.to_dict() == other.to_dict()

    __hash__ = None  # type: ignore[assignment]

    def summary(self) -> str:
        """One line for people: documents, outcomes, oversize policy counts, throughput."""
        parts = [f"{self.documents} documents: {self.ok} ok, {self.errors} errors, {self.skipped} skipped"]
        if self.oversize:
            parts.append("oversize " + ", ".join(f"{k} {v}" for k, v in sorted(self.oversize.items())))
        if self.errors_by_type:
            parts.append("errors " + ", ".join(f"{k} {v}" for k, v in sorted(self.errors_by_type.items())))
        removed = sum(self.removed_chars_by_cleaner.values())
        parts.append(f"{self.chars_in} chars in, {self.chars_out} out, {removed} removed")
        if self.wall_seconds > 0:
            parts.append(
                f"{self.wall_seconds:.1f} s, {self.documents / self.wall_seconds:.0f} docs/s, "
                f"{self.chars_in / self.wall_seconds / 1e6:.2f} M chars/s"
            )
        return "; ".join(parts)


def merge(stats: Iterable[BatchStats]) -> BatchStats:
    """The sum of any number of stats objects (the empty stats for none)."""
    out = BatchStats()
    for s in stats:
        out.update(s)
    return out
