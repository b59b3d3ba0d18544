"""Per-document limits: the size cap, the time budget and the watchdog that enforces it.

The pipeline checks the budget between cleaners, which bounds every run whose
cleaners return. A cleaner that never returns (an endless loop, a regex that
backtracks catastrophically) cannot see that check, so while a cleaner runs a
:func:`watchdog` arms a POSIX interval timer: when it fires, ``SIGALRM``
raises :class:`Interrupted` inside the cleaner's Python code (``re`` and
``regex`` matching check for signals too). The timer is only used where it is
safe to use:

* on POSIX, on the main thread (Python delivers signals only there);
* when nobody else owns ``SIGALRM``: no handler installed by the host
  application and no ``ITIMER_REAL`` already counting down.

Elsewhere (Windows, worker threads, hosts that use ``SIGALRM``) only the
between-cleaner check applies: a hanging cleaner is then noticed only when it
returns. :func:`interrupt_supported` says which case applies.

>>> budget = Budget(5.0)
>>> budget.expired()
False
>>> Budget(None).remaining() is None
True
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from types import FrameType

#: Default cap on the input length, in code points (about 1 MB of Latin text, ~150,000 words).
DEFAULT_MAX_CHARS = 1_000_000
#: Default cap on the HTML handed to ``clean_html``, in code points or bytes: trafilatura grows faster
#: than linearly past about 1 MB of HTML, so much larger pages would hold a worker for minutes.
DEFAULT_MAX_HTML_CHARS = 5_000_000
#: Default wall-clock budget for one document, in seconds.
DEFAULT_TIME_BUDGET = 30.0
#: Default share of a view's prose-like text one cleaner may remove (see :mod:`boilerstrip.guard`).
DEFAULT_MAX_PROSE_LOSS = 0.5
#: Default share of the input's prose-like text the whole pipeline may remove.
DEFAULT_MAX_TOTAL_PROSE_LOSS = 0.6


@dataclass(frozen=True, slots=True)
class Limits:
    """The per-document limits a pipeline enforces (``None`` = off); see ``Config`` for each."""

    max_chars: int | None = DEFAULT_MAX_CHARS
    time_budget: float | None = DEFAULT_TIME_BUDGET
    max_prose_loss: float | None = DEFAULT_MAX_PROSE_LOSS
    max_total_prose_loss: float | None = DEFAULT_MAX_TOTAL_PROSE_LOSS

    @property
    def guarded(self) -> bool:
        """True when the prose-loss guard is on in either form."""
        return self.max_prose_loss is not None or self.max_total_prose_loss is not None


class Interrupted(BaseException):
    """Raised inside a cleaner by the watchdog timer.

    A ``BaseException`` so that a cleaner's own ``except Exception`` cannot
    swallow it and carry on.
    """


@dataclass(frozen=True, slots=True)
class Budget:
    """A wall-clock deadline started when the budget is created; ``None`` seconds = no limit."""

    seconds: float | None
    started: float = 0.0

    def __post_init__(self) -> None:
        if not self.started:
            object.__setattr__(self, "started", time.monotonic())

    def remaining(self) -> float | None:
        """Seconds left (never negative), or ``None`` without a limit."""
        if self.seconds is None:
            return None
        return max(0.0, self.seconds - (time.monotonic() - self.started))

    def expired(self) -> bool:
        """True once the budget is used up."""
        left = self.remaining()
        return left is not None and left <= 0.0


# Whether the watchdog is armed. Only the main thread arms it; the handler raises only
# while armed, so a signal that arrives after disarming (already queued) is ignored.
_state = {"armed": False}


def _on_alarm(signum: int, frame: FrameType | None) -> None:
    if _state["armed"]:
        _state["armed"] = False
        raise Interrupted


def interrupt_supported() -> bool:
    """True when :func:`watchdog` can interrupt a running cleaner in this thread."""
    if not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        return False
    handler = signal.getsignal(signal.SIGALRM)
    if handler not in (signal.SIG_DFL, signal.SIG_IGN, None, _on_alarm):
        return False  # the host application uses SIGALRM: leave it alone
    return signal.getitimer(signal.ITIMER_REAL)[0] == 0.0


@contextmanager
def watchdog(seconds: float | None) -> Iterator[bool]:
    """Interrupt the body with :class:`Interrupted` after ``seconds``, where supported.

    Yields whether the timer is armed. The previous ``SIGALRM`` handler is
    restored on exit. ``Interrupted`` can surface anywhere up to the end of
    the ``with`` block, so callers catch it around the whole block.
    """
    if seconds is None or not interrupt_supported():
        yield False
        return
    previous = signal.signal(signal.SIGALRM, _on_alarm)
    _state["armed"] = True
    try:
        # setitimer(0) would disarm: a spent budget still gets a minimal slice.
        signal.setitimer(signal.ITIMER_REAL, max(seconds, 1e-3))
        yield True
    finally:
        _state["armed"] = False
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
