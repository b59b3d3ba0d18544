"""One memoising decorator for the pure per-line text functions, and a way to reset it.

Chrome lines repeat across the documents of a site, and several cleaners ask
the same question about the same line (its word count, whether it is a date
line...). Caching those answers per line text is safe because the functions
are pure, and bounded so memory stays flat on long runs.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])

_MAXSIZE = 1 << 16
_caches: list[Any] = []


def memo(func: F) -> F:
    """Cache ``func`` per argument tuple (bounded LRU) and register it for :func:`clear`."""
    cached = lru_cache(maxsize=_MAXSIZE)(func)
    _caches.append(cached)
    return cached  # type: ignore[return-value]


def clear() -> None:
    """Empty every cache (benchmarks use this so repeated rounds are not flattered)."""
    for cached in _caches:
        cached.cache_clear()
