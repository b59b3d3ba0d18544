"""Pause the cyclic garbage collector while one document is cleaned.

A run allocates a great many small objects (a ``Line`` per line of every view,
a ``Cut`` per proposal, a feature row per line...) and builds no reference
cycles, so the collector's passes during a run free nothing: they only walk
the heap, which holds the run's views and the per-line caches, and so cost
more the longer the document (at 4 MB of text they made ``clean()`` 15% slower
and its time per MB grow with size). Reference counting frees everything as
usual while the collector rests. ``tests/test_gc_pause.py`` checks that a run
leaves no cyclic garbage behind.

The collector is process-wide: another thread's cyclic garbage made during a
run is collected once the run ends, when the collector is switched back on.
A collector that was already off stays off.

>>> import gc
>>> with collector_paused():
...     gc.isenabled()
False
>>> gc.isenabled()
True
"""

from __future__ import annotations

import gc
from types import TracebackType


class collector_paused:  # lower case: used like a function, ``with collector_paused():``
    """Switch the cyclic garbage collector off for a ``with`` block, and back on after it if it was on.

    A class rather than a generator context manager, which costs more: it is entered once per document.
    """

    __slots__ = ("_paused",)

    def __init__(self) -> None:
        self._paused = False

    def __enter__(self) -> None:
        # Off already (by the host, or by a run on another thread, which switches it back on when it
        # ends): left as it is.
        self._paused = gc.isenabled()
        if self._paused:
            gc.disable()

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None) -> None:
        if self._paused:
            gc.enable()
