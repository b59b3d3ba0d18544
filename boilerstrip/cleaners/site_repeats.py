r"""Repetition across the pages of one site: the strongest chrome signal when many pages are at hand.

Taglines, section descriptions, footers, newsletter blurbs and related
headlines recur on many pages of the same site; article sentences do not.
Build a :class:`SiteIndex` from a batch of pages of one site, then add the
:class:`SiteRepeats` cleaner to a pipeline:

>>> import boilerstrip
>>> from boilerstrip.cleaners.site_repeats import SiteIndex, SiteRepeats
>>> pages = [
...     "The Harbour Times: your port, your news, every day\nThe ferry to Bari left on time on Monday.",
...     "The Harbour Times: your port, your news, every day\nA new crane arrived at the container quay.",
...     "The Harbour Times: your port, your news, every day\nFishermen protested outside the harbour office.",
... ]
>>> index = SiteIndex.build(pages)
>>> pipe = boilerstrip.Pipeline.default().with_(SiteRepeats(index), before="titles")
>>> pipe(pages[0]).text
'The ferry to Bari left on time on Monday.'
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field

from boilerstrip.document import Document
from boilerstrip.rules.kit import cut_line
from boilerstrip.rules.lexicon import norm
from boilerstrip.rules.shapes import word_count
from boilerstrip.types import Cut

_MIN_WORDS = 2


@dataclass(frozen=True)
class SiteIndex:
    """How many pages of a site each line appears on (lines compared after normalisation)."""

    counts: Mapping[str, int]
    documents: int

    @classmethod
    def build(cls, texts: Iterable[str]) -> SiteIndex:
        """Count, for every line of two words or more, the pages it appears on."""
        counts: Counter[str] = Counter()
        n = 0
        for text in texts:
            n += 1
            keys = {norm(line) for line in text.splitlines() if word_count(line) >= _MIN_WORDS}
            counts.update(keys)
        return cls(counts=dict(counts), documents=n)

    def pages_with(self, line: str) -> int:
        """On how many indexed pages ``line`` appears."""
        return self.counts.get(norm(line), 0)


@dataclass(frozen=True)
class SiteRepeats:
    """Remove lines that recur on many pages of the same site (taglines, footers, teasers).

    A line counts as chrome when it appears on at least ``min_pages`` indexed
    pages and on at least ``min_share`` of them. Not in the default pipeline:
    it needs an index of the site's pages, which only the caller has.
    """

    index: SiteIndex
    min_pages: int = 3
    min_share: float = 0.3
    name: str = field(default="site_repeats", init=False)
    version: int = field(default=1, init=False)
    reasons: dict[str, str] = field(
        default_factory=lambda: {"repeated_on_site": "a line that recurs on many pages of the same site"},
        init=False,
    )

    def find(self, doc: Document) -> Iterator[Cut]:
        """Propose cuts for lines the index has seen on many pages."""
        floor = max(self.min_pages, self.min_share * self.index.documents)
        for line in doc.content:
            if word_count(line.text) >= _MIN_WORDS and self.index.pages_with(line.text) >= floor:
                yield cut_line(line, "repeated_on_site")
