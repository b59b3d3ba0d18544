"""One memoising decorator for the pure per-line text functions, and ways to reset and bound it.

Chrome lines repeat across the documents of a site, and several cleaners ask
the same question about the same line (its word count, whether it is a date
line...). Caching those answers per line text is safe because the functions
are pure.

The caches have no bound while a document is cleaned: a bound smaller than the
document's distinct lines made each cleaner evict what the previous one had
cached, so that every cleaner computed every answer again and a 10 MB text
cost far more per MB than a 1 MB one. They are bounded between documents
instead: the pipeline reports the lines it has cleaned (:func:`note_lines`),
and once they add up to :data:`TRIM_EVERY` lines, every cache holding more
than :data:`MAX_ENTRIES` answers is emptied. So memory stays flat on long
runs: at most about ``MAX_ENTRIES`` answers per cache between documents, plus
the answers for the lines of the document being cleaned, which is in memory
anyway.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import lru_cache
from typing import Any, NamedTuple, TypeVar

F = TypeVar("F", bound=Callable[..., Any])

#: The most answers a cache keeps from one document to the next.
MAX_ENTRIES = 1 << 16
#: How many cleaned lines go by between two looks at the caches' sizes.
TRIM_EVERY = MAX_ENTRIES // 4

_caches: list[Any] = []
_lines = 0
_lock = threading.Lock()


def memo(func: F) -> F:
    """Cache ``func`` per argument tuple and register it for :func:`clear` and :func:`trim`."""
    cached = lru_cache(maxsize=None)(func)
    _caches.append(cached)
    return cached  # type: ignore[return-value]


def bounded(maxsize: int) -> Callable[[F], F]:
    """Cache the last ``maxsize`` answers of a function (keys too large to keep one per line), for :func:`clear`.

    >>> @bounded(2)
    ... def twice(text: str) -> str:
    ...     return text * 2
    >>> _ = [twice(str(i)) for i in range(5)]
    >>> twice.cache_info().currsize
    2
    """

    def decorate(func: F) -> F:
        cached = lru_cache(maxsize=maxsize)(func)
        _caches.append(cached)
        return cached  # type: ignore[return-value]

    return decorate


class _Info(NamedTuple):
    currsize: int


class Table(dict[Any, Any]):
    """A plain dict that :func:`clear` and :func:`trim` empty as they empty the caches (see :func:`table`)."""

    def cache_clear(self) -> None:
        """Empty the table."""
        self.clear()

    def cache_info(self) -> _Info:
        """How many answers the table holds (``currsize``, as ``lru_cache`` reports it)."""
        return _Info(len(self))


def table() -> Table:
    """A dict of per-line answers that its caller fills in place, registered for :func:`clear` and :func:`trim`.

    For an answer a memoised function cannot give: computed from more than its key (a rule chain asked of
    the line itself, which places the cut) but true of every line with that key.

    >>> answers = table()
    >>> answers["Share"] = True
    >>> clear()
    >>> len(answers)
    0
    """
    answers = Table()
    _caches.append(answers)
    return answers


def clear() -> None:
    """Empty every cache (benchmarks use this so repeated rounds are not flattered)."""
    for cached in _caches:
        cached.cache_clear()


def trim() -> None:
    """Empty every cache holding more than :data:`MAX_ENTRIES` answers.

    >>> @memo
    ... def twice(text: str) -> str:
    ...     return text * 2
    >>> _ = [twice(str(i)) for i in range(MAX_ENTRIES + 1)]
    >>> trim()
    >>> twice.cache_info().currsize
    0
    """
    for cached in _caches:
        if cached.cache_info().currsize > MAX_ENTRIES:
            cached.cache_clear()


def note_lines(count: int) -> None:
    """Count ``count`` more cleaned lines; :func:`trim` the caches once :data:`TRIM_EVERY` have gone by."""
    global _lines
    with _lock:
        _lines += count
        if _lines < TRIM_EVERY:
            return
        _lines = 0
    trim()
