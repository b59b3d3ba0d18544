"""Which site a record belongs to, and the site cleaner its pipeline gets: shared by the bulk API and the site pass.

Apart from :mod:`boilerstrip.batch.site_pass` so that :mod:`boilerstrip.batch.records` can use it while the site pass
calls the bulk API, without an import loop.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from boilerstrip.cleaners.site_repeats import SiteCounts, SiteRepeats
from boilerstrip.errors import ConfigError
from boilerstrip.pipeline import Pipeline


def host_of(url: object) -> str | None:
    """The host a page is grouped under: lower case, without a leading ``www.``; ``None`` without one.

    >>> host_of("https://WWW.Harbour.example:8080/news/1?x=2"), host_of("harbour.example/news"), host_of(None)
    ('harbour.example', 'harbour.example', None)
    """
    if not isinstance(url, str) or not url.strip():
        return None
    url = url.strip()
    # A URL without a scheme ("harbour.example/news") parses as a path: read it as network location first.
    try:
        host = urlsplit(url if "//" in url else "//" + url).hostname
    except ValueError:  # a malformed port or IPv6 literal: no host to group by
        return None
    if not host:
        return None
    return host.removeprefix("www.")


def insert_site_cleaner(pipeline: Pipeline, cleaner: SiteRepeats) -> Pipeline:
    """``pipeline`` with ``cleaner`` before ``titles`` (as documented for ``site_repeats``).

    Without ``titles`` (a custom pipeline), it goes before the closing clean-ups, or last.
    """
    for anchor in ("titles", "late_duplicate_lines", "final_whitespace"):
        if anchor in pipeline.names:
            return pipeline.with_(cleaner, before=anchor)
    return pipeline.with_(cleaner)


@dataclass(frozen=True)
class SitePass:
    """The counts to clean with and the cleaner's thresholds (see :class:`SiteRepeats`)."""

    counts: SiteCounts
    min_pages: int = 3
    min_share: float = 0.3
    prose_min_share: float | None = 0.8

    def __post_init__(self) -> None:
        if self.min_pages < 1:
            raise ConfigError(f"site min_pages must be at least 1, not {self.min_pages}")
        if not 0.0 <= self.min_share <= 1.0:
            raise ConfigError(f"site min_share must be between 0 and 1, not {self.min_share}")
        if self.prose_min_share is not None and not 0.0 <= self.prose_min_share <= 1.0:
            raise ConfigError(f"site prose_min_share must be between 0 and 1, not {self.prose_min_share}")

    def cleaner(self, url: object) -> SiteRepeats | None:
        """The site cleaner for the page at ``url``, or ``None`` (no host, or no counts for it)."""
        host = host_of(url)
        index = self.counts.index(host) if host is not None else None
        if index is None:
            return None
        return SiteRepeats(
            index, min_pages=self.min_pages, min_share=self.min_share, prose_min_share=self.prose_min_share
        )
