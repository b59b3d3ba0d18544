"""Per-document limits: the size cap, the time budget and the watchdog that enforces it.

The pipeline checks the budget between cleaners, which bounds every run whose
cleaners return. A cleaner that never returns (an endless loop, a regex that
backtracks catastrophically) cannot see that check, so a :func:`watchdog`
starts one POSIX interval timer per document: when it fires while a cleaner
runs, ``SIGALRM`` raises :class:`Interrupted` inside the cleaner's Python code
(``re`` and ``regex`` matching check for signals too); it never interrupts the
pipeline's own bookkeeping. The timer is only used where it is safe to use:

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
#: Default number of passes of the pipeline over its own output (see ``Pipeline``): the pass after
#: the one that makes the last cut changes nothing, so three passes settle nearly every text.
DEFAULT_MAX_PASSES = 3
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
    max_passes: int | None = DEFAULT_MAX_PASSES

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


# The watchdog's state, shared with the signal handler. "armed": a cleaner is running under the timer
# (only the thread that installed the timer, the main thread, arms it); "fired": the timer went off
# between two cleaners, so the next one is interrupted before it starts.
_state = {"armed": False, "fired": False}


def _on_alarm(signum: int, frame: FrameType | None) -> None:
    if _state["armed"]:
        _state["armed"] = False
        raise Interrupted
    _state["fired"] = True


def interrupt_supported() -> bool:
    """True when :func:`watchdog` can interrupt a running cleaner in this thread."""
    if not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        return False
    handler = signal.getsignal(signal.SIGALRM)
    if handler not in (signal.SIG_DFL, signal.SIG_IGN, None, _on_alarm):
        return False  # the host application uses SIGALRM: leave it alone
    return signal.getitimer(signal.ITIMER_REAL)[0] == 0.0


class Arm:
    """The switch :func:`watchdog` yields: ``with arm:`` around each cleaner lets the timer interrupt it.

    Outside those blocks (the pipeline's own bookkeeping) the timer never
    interrupts anything. An inactive switch (no timer) does nothing and is falsy.
    """

    __slots__ = ("active",)

    def __init__(self, active: bool) -> None:
        self.active = active

    def __bool__(self) -> bool:
        return self.active

    def __enter__(self) -> None:
        if self.active:
            if _state["fired"]:
                raise Interrupted
            _state["armed"] = True

    def __exit__(self, *exc: object) -> None:
        if self.active:
            _state["armed"] = False


@contextmanager
def watchdog(seconds: float | None) -> Iterator[Arm]:
    """Start a timer of ``seconds`` for one document; yield the :class:`Arm` to run each cleaner under.

    One timer per document, not per cleaner: installing a handler and a timer
    costs more than a small cleaner. When the timer fires inside an armed
    block, :class:`Interrupted` is raised there; when it fires between two
    blocks, the next block raises it on entry. The previous ``SIGALRM``
    handler is restored on exit. Where the timer cannot be used (see
    :func:`interrupt_supported`) the yielded switch is inactive.
    """
    if seconds is None or not interrupt_supported():
        yield Arm(False)
        return
    previous = signal.signal(signal.SIGALRM, _on_alarm)
    _state["armed"] = _state["fired"] = False
    try:
        # setitimer(0) would disarm: a spent budget still gets a minimal slice.
        signal.setitimer(signal.ITIMER_REAL, max(seconds, 1e-3))
        yield Arm(True)
    finally:
        _state["armed"] = False
        signal.setitimer(signal.ITIMER_REAL, 0)
        _state["fired"] = False
        signal.signal(signal.SIGALRM, previous)
