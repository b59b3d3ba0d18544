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

Lines are counted under a stable hash of their normalised text
(:func:`line_key`), never stored as text. For a crawl of many sites,
:class:`SiteCounts` keeps one index per host; counts only ever add up, so
they can be built on shards (:func:`shard_of` splits hosts alike on every
machine), merged, written and read back as JSONL. :mod:`boilerstrip.batch.site_pass`
runs both passes over records (``boilerstrip batch --site-pass``).
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import IO, ClassVar

from boilerstrip.document import Document
from boilerstrip.errors import ConfigError
from boilerstrip.guard import is_prose_line
from boilerstrip.rules.kit import cut_line
from boilerstrip.rules.lexicon import norm
from boilerstrip.rules.shapes import word_count
from boilerstrip.types import Cut

_MIN_WORDS = 2

#: The first line of a counts file: what it is, and how its lines were keyed (a file keyed otherwise is refused).
FORMAT = "boilerstrip-site-counts"
FORMAT_VERSION = 1
KEY_SCHEME = "blake2b-64(norm(line))"


def line_key(line: str) -> str:
    """The key a line is counted under: 16 hex digits of a BLAKE2b hash of the normalised line.

    A hash rather than the text keeps indexes small and lets them be shared
    without the pages' text; it is stable across processes, machines and
    Python versions (unlike ``hash()``), so counts built apart can be merged.

    >>> line_key("  The Harbour Times: your port, your news ") == line_key("the harbour times: your port, your news")
    True
    >>> len(line_key("Any line at all"))
    16
    """
    return hashlib.blake2b(norm(line).encode("utf-8"), digest_size=8).hexdigest()


def page_keys(text: str) -> set[str]:
    """The keys of the lines of one page that are counted (two words or more), each once."""
    return {line_key(line) for line in text.splitlines() if word_count(line) >= _MIN_WORDS}


def shard_of(host: str, shards: int) -> int:
    """The shard (``0 .. shards-1``) a host belongs to: the same on every machine and in every process.

    >>> shard_of("news.example", 8) == shard_of("news.example", 8)
    True
    >>> sorted({shard_of(f"site{i}.example", 4) for i in range(40)})
    [0, 1, 2, 3]
    """
    if shards < 1:
        raise ConfigError(f"the number of shards must be at least 1, not {shards}")
    digest = hashlib.blake2b(host.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big") % shards


@dataclass(frozen=True)
class SiteIndex:
    r"""How many pages of a site each line appears on.

    ``counts`` maps :func:`line_key` (a hash of the normalised line) to a
    number of pages; ``documents`` is the number of pages indexed. Indexes of
    disjoint sets of pages of one site add up: :meth:`merged` of the parts
    equals :meth:`build` on all the pages.

    >>> a, b = SiteIndex.build(["Tagline of the site\nOne."]), SiteIndex.build(["Tagline of the site\nTwo."])
    >>> ab = SiteIndex.merged([a, b])
    >>> ab.documents, ab.pages_with("tagline of the site"), ab == merge(a, b)
    (2, 2, True)
    """

    counts: Mapping[str, int]
    documents: int

    @classmethod
    def build(cls, texts: Iterable[str]) -> SiteIndex:
        """Count, for every line of two words or more, the pages it appears on."""
        counts: Counter[str] = Counter()
        n = 0
        for text in texts:
            n += 1
            counts.update(page_keys(text))
        return cls(counts=dict(counts), documents=n)

    @classmethod
    def merged(cls, indexes: Iterable[SiteIndex]) -> SiteIndex:
        """The index of all the pages of ``indexes`` (which must not share pages: counts are summed)."""
        counts: Counter[str] = Counter()
        n = 0
        for index in indexes:
            n += index.documents
            counts.update(index.counts)
        return cls(counts=dict(counts), documents=n)

    def pages_with(self, line: str) -> int:
        """On how many indexed pages ``line`` appears."""
        return self.counts.get(line_key(line), 0)

    def pruned(self, min_pages: int) -> SiteIndex:
        """Without the lines seen on fewer than ``min_pages`` pages (smaller; no longer exactly mergeable)."""
        return SiteIndex({k: v for k, v in self.counts.items() if v >= min_pages}, self.documents)


def merge(a: SiteIndex, b: SiteIndex) -> SiteIndex:
    """The index of the pages of ``a`` and of ``b`` (see :meth:`SiteIndex.merged`)."""
    return SiteIndex.merged((a, b))


class SiteCounts:
    r"""Per-host :class:`SiteIndex` es: what the two-pass batch run builds, writes, merges and reads.

    Counts are only ever summed, so building on shards of the pages and
    merging gives the same counts as building on all of them, in any order.
    The JSONL form (:meth:`write`, :meth:`read`) has a header line, then one
    line per host with its page count, ``[host, null, pages]``, and one per
    counted line, ``[host, key, pages]``, sorted, so that equal counts give
    equal files.

    >>> import io
    >>> counts = SiteCounts()
    >>> counts.add("news.example", "Tagline of the site\nA ferry left.")
    >>> counts.add("news.example", "Tagline of the site\nA crane came.")
    >>> counts.add("other.example", "Something else entirely")
    >>> buf = io.StringIO()
    >>> counts.write(buf)
    >>> again = SiteCounts.read(io.StringIO(buf.getvalue()))
    >>> again == counts, again.index("news.example").pages_with("Tagline of the site")
    (True, 2)
    >>> again.hosts(), again.documents
    (['news.example', 'other.example'], 3)
    """

    __slots__ = ("_sites",)

    def __init__(self, sites: Mapping[str, SiteIndex] | None = None) -> None:
        """Counts holding ``sites`` (host to index)."""
        self._sites: dict[str, tuple[Counter[str], list[int]]] = {}
        for host, index in (sites or {}).items():
            self._add_index(host, index)

    def _site(self, host: str) -> tuple[Counter[str], list[int]]:
        site = self._sites.get(host)
        if site is None:
            site = self._sites[host] = (Counter(), [0])
        return site

    def _add_index(self, host: str, index: SiteIndex) -> None:
        counts, documents = self._site(host)
        counts.update(index.counts)
        documents[0] += index.documents

    def add(self, host: str, text: str) -> None:
        """Count one page of ``host``."""
        counts, documents = self._site(host)
        counts.update(page_keys(text))
        documents[0] += 1

    def update(self, other: SiteCounts) -> None:
        """Add ``other``'s counts to these, in place."""
        for host, (counts, documents) in other._sites.items():
            mine, n = self._site(host)
            mine.update(counts)
            n[0] += documents[0]

    @classmethod
    def merged(cls, parts: Iterable[SiteCounts]) -> SiteCounts:
        """The sum of ``parts`` (counts of disjoint sets of pages, e.g. shards of a crawl)."""
        out = cls()
        for part in parts:
            out.update(part)
        return out

    def hosts(self) -> list[str]:
        """The hosts counted, sorted."""
        return sorted(self._sites)

    @property
    def documents(self) -> int:
        """Pages counted, all hosts together."""
        return sum(documents[0] for _, documents in self._sites.values())

    def index(self, host: str) -> SiteIndex | None:
        """The index of ``host``, or ``None`` when none of its pages was counted (a view: not copied)."""
        site = self._sites.get(host)
        if site is None:
            return None
        counts, documents = site
        return SiteIndex(counts, documents[0])

    def shard(self, number: int, shards: int) -> SiteCounts:
        """Only the hosts of shard ``number`` of ``shards`` (see :func:`shard_of`)."""
        if not 0 <= number < shards:
            raise ConfigError(f"shard {number} does not exist among {shards} shards (0 to {shards - 1})")
        out = SiteCounts()
        for host, (counts, documents) in self._sites.items():
            if shard_of(host, shards) == number:
                out._sites[host] = (Counter(counts), [documents[0]])
        return out

    def pruned(self, min_pages: int) -> SiteCounts:
        """Without lines seen on fewer than ``min_pages`` pages of their host: a smaller file to clean with.

        Pruned counts are no longer exact parts: prune only counts that will not be merged again.
        """
        out = SiteCounts()
        for host, (counts, documents) in self._sites.items():
            out._sites[host] = (Counter({k: v for k, v in counts.items() if v >= min_pages}), [documents[0]])
        return out

    def __eq__(self, other: object) -> bool:
        """Equal hosts, page counts and line counts."""
        if not isinstance(other, SiteCounts):
            return NotImplemented
        return self._sites == other._sites

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        lines = sum(len(counts) for counts, _ in self._sites.values())
        return f"SiteCounts({len(self._sites)} hosts, {self.documents} pages, {lines} lines)"

    # --- the JSONL form -----------------------------------------------------------------------

    def write(self, out: IO[str]) -> None:
        """Write the JSONL form (see the class docstring) to a text stream."""
        header = {"format": FORMAT, "version": FORMAT_VERSION, "key": KEY_SCHEME, "min_words": _MIN_WORDS}
        out.write(json.dumps(header) + "\n")
        for host in sorted(self._sites):
            counts, documents = self._sites[host]
            out.write(json.dumps([host, None, documents[0]], ensure_ascii=False) + "\n")
            for key in sorted(counts):
                out.write(json.dumps([host, key, counts[key]], ensure_ascii=False) + "\n")

    @classmethod
    def read(cls, stream: Iterable[str], name: str = "<counts>") -> SiteCounts:
        """Read the JSONL form; a file of another format or key scheme raises :class:`ConfigError`.

        Lines of one host may come in any order and a host may appear several
        times (the rows are summed), so concatenated files read as their merge.
        """
        out = cls()
        header_seen = False
        for number, raw in enumerate(stream, start=1):
            if not raw.strip():
                continue
            try:
                row = json.loads(raw)
            except json.JSONDecodeError as exc:
                raise ConfigError(f"{name}:{number}: not JSON: {exc.msg}") from None
            if isinstance(row, dict):
                _check_header(row, f"{name}:{number}")
                header_seen = True
                continue
            if not header_seen:
                raise ConfigError(f"{name}: not a site counts file (no {FORMAT!r} header on its first line)")
            if not (
                isinstance(row, list)
                and len(row) == 3
                and isinstance(row[0], str)
                and (row[1] is None or isinstance(row[1], str))
                and isinstance(row[2], int)
                and not isinstance(row[2], bool)
                and row[2] >= 0
            ):
                raise ConfigError(f"{name}:{number}: expected [host, key or null, pages], got {raw.strip()[:80]}")
            counts, documents = out._site(row[0])
            if row[1] is None:
                documents[0] += row[2]
            else:
                counts[row[1]] += row[2]
        return out


def _check_header(row: Mapping[str, object], where: str) -> None:
    if row.get("format") != FORMAT:
        raise ConfigError(f"{where}: not a site counts file (format {row.get('format')!r})")
    if row.get("version") != FORMAT_VERSION or row.get("key") != KEY_SCHEME or row.get("min_words") != _MIN_WORDS:
        raise ConfigError(
            f"{where}: site counts of version {row.get('version')!r} keyed {row.get('key')!r}; this boilerstrip "
            f"reads version {FORMAT_VERSION} keyed {KEY_SCHEME!r}: build the counts again"
        )


@dataclass(frozen=True)
class SiteRepeats:
    r"""Remove lines that recur on many pages of the same site (taglines, footers, teasers).

    A line counts as chrome when it appears on at least ``min_pages`` indexed
    pages and on at least ``min_share`` of them. Not in the default pipeline:
    it needs an index of the site's pages, which only the caller has.

    Reporters repeat whole sentences too ("The ministry did not respond to a
    request for comment."). So a line that reads as prose (long, with
    sentence punctuation) and comes right after or before prose of this page
    that the site does not repeat, i.e. inside the article, must be on at
    least ``prose_min_share`` of the pages (``None``: no extra care).

    >>> stock = "The harbour authority did not respond to a request for comment."
    >>> pages = [f"Story number {i} tells of the quays, the boats and the people of the port.\n{stock}"
    ...          for i in range(9)] + [f"Another story, number {i}, about the town." for i in range(3)]
    >>> index = SiteIndex.build(pages)
    >>> index.pages_with(stock), index.documents
    (9, 12)
    >>> import boilerstrip
    >>> boilerstrip.Pipeline([SiteRepeats(index)])(pages[0]).text == pages[0]  # 75 % of the pages: kept
    True
    >>> careless = boilerstrip.Pipeline([SiteRepeats(index, prose_min_share=None)])
    >>> careless(pages[0]).text.strip() == pages[0].split("\n")[0]
    True
    """

    index: SiteIndex
    min_pages: int = 3
    min_share: float = 0.3
    prose_min_share: float | None = 0.8
    name: str = field(default="site_repeats", init=False)
    #: What each reason's cuts rest on (boilerstrip.evidence); a cut may name its own.
    evidence: ClassVar[Mapping[str, str]] = {"repeated_on_site": "site"}
    version: int = field(default=2, init=False)
    reasons: dict[str, str] = field(
        default_factory=lambda: {"repeated_on_site": "a line that recurs on many pages of the same site"},
        init=False,
    )

    def find(self, doc: Document) -> Iterator[Cut]:
        """Propose cuts for lines the index has seen on many pages."""
        floor = max(self.min_pages, self.min_share * self.index.documents)
        lines = doc.content
        pages = [self.index.pages_with(line.text) if word_count(line.text) >= _MIN_WORDS else 0 for line in lines]
        prose_floor = None if self.prose_min_share is None else max(floor, self.prose_min_share * self.index.documents)
        for i, line in enumerate(lines):
            if pages[i] < floor:
                continue
            if prose_floor is not None and pages[i] < prose_floor and is_prose_line(line.text):
                # Beside page-own prose: part of the article, unless nearly every page of the site has it.
                beside = [j for j in (i - 1, i + 1) if 0 <= j < len(lines)]
                if any(pages[j] < floor and is_prose_line(lines[j].text) for j in beside):
                    continue
            yield cut_line(line, "repeated_on_site")
