"""The time budget of one document and the watchdog that enforces it.

The limits themselves are values in :mod:`boilerstrip.settings`.

The pipeline checks the budget between cleaners, which bounds every run whose
cleaners return. A cleaner that never returns (an endless loop, a regex that
backtracks catastrophically) cannot see that check, so a :func:`watchdog`
starts one timer per document, which raises :class:`Interrupted` inside the
cleaner running when the time is up (never inside the pipeline's own
bookkeeping). Two kinds of timer, chosen per call (:func:`interrupt_mode`):

* ``"signal"``: a POSIX interval timer and ``SIGALRM``, used on the main
  thread when nobody else owns them (no handler installed by the host
  application, no ``ITIMER_REAL`` counting down). It also interrupts sleeps
  and ``regex`` matching, which check for signals;
* ``"thread"``: everywhere else on CPython (worker threads, Windows, hosts
  that use ``SIGALRM``), one watcher thread per process raises the exception
  in the cleaning thread with ``PyThreadState_SetAsyncExc``. It interrupts
  Python code; a long call into C is interrupted when it returns.

On other interpreters only the between-cleaner check applies.

>>> budget = Budget(5.0)
>>> budget.expired()
False
>>> Budget(None).remaining() is None
True
"""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from types import FrameType


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


def _async_exc_setter() -> Callable[[int, type[BaseException] | None], int] | None:
    """CPython's ``PyThreadState_SetAsyncExc``: raise an exception in another thread, or clear a pending one."""
    try:
        import ctypes

        set_exc = ctypes.pythonapi.PyThreadState_SetAsyncExc
    except (ImportError, AttributeError):  # not CPython
        return None
    set_exc.argtypes = (ctypes.c_ulong, ctypes.py_object)
    set_exc.restype = ctypes.c_int

    def call(thread_id: int, exc: type[BaseException] | None) -> int:
        return int(set_exc(thread_id, ctypes.py_object(exc) if exc is not None else ctypes.py_object()))

    return call


_SET_ASYNC_EXC = _async_exc_setter()


class Arm:
    """The switch :func:`watchdog` yields: ``with arm:`` around each cleaner lets the timer interrupt it.

    Outside those blocks (the pipeline's own bookkeeping) the timer never
    interrupts anything: when it fires between two blocks, the next block
    raises :class:`Interrupted` on entry. ``mode`` is ``"signal"`` (a POSIX
    timer, main thread), ``"thread"`` (a watcher thread raises the exception
    in the worker thread) or ``None`` (no timer; the switch does nothing and
    is falsy).
    """

    __slots__ = ("_lock", "armed", "fired", "mode", "thread_id")

    def __init__(self, mode: str | None = None) -> None:
        self.mode = mode
        self.armed = False
        self.fired = False
        self.thread_id = threading.get_ident()
        # The signal handler runs on the thread it interrupts, so it must never wait for a lock.
        self._lock = threading.Lock() if mode == "thread" else None

    def __bool__(self) -> bool:
        return self.mode is not None

    def __enter__(self) -> None:
        if self.mode is None:
            return
        if self._lock is None:
            # Armed first: a signal arriving between the two lines then interrupts here, not never.
            self.armed = True
            if self.fired:
                self.armed = False
                raise Interrupted
            return
        with self._lock:
            if self.fired:
                raise Interrupted
            self.armed = True

    def __exit__(self, *exc: object) -> None:
        if self._lock is None:
            self.armed = False
            return
        with self._lock:
            self.armed = False
            if self.fired and _SET_ASYNC_EXC is not None:
                _SET_ASYNC_EXC(self.thread_id, None)  # an interrupt not yet delivered must not escape the block

    def fire(self) -> None:
        """The time is up: interrupt the running block, or the next one to start."""
        if self._lock is None:  # in the signal handler, on the interrupted thread itself
            self.fired = True
            if self.armed:
                self.armed = False
                raise Interrupted
            return
        with self._lock:
            self.fired = True
            if self.armed and _SET_ASYNC_EXC is not None:
                _SET_ASYNC_EXC(self.thread_id, Interrupted)


class _Watcher:
    """One daemon thread for the whole process that fires the arms of worker threads at their deadlines."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._deadlines: dict[Arm, float] = {}
        self._thread: threading.Thread | None = None

    def reset(self) -> None:
        """Start afresh in a forked child: the parent's watcher thread, and maybe its lock, did not come along."""
        self.__init__()  # type: ignore[misc]

    def watch(self, arm: Arm, deadline: float) -> None:
        with self._cond:
            self._deadlines[arm] = deadline
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name="boilerstrip-watchdog", daemon=True)
                self._thread.start()
            self._cond.notify()

    def forget(self, arm: Arm) -> None:
        with self._cond:
            self._deadlines.pop(arm, None)

    def _run(self) -> None:
        with self._cond:
            while True:
                now = time.monotonic()
                for arm in [a for a, d in self._deadlines.items() if d <= now]:
                    del self._deadlines[arm]
                    arm.fire()
                wait = min(self._deadlines.values()) - now if self._deadlines else None
                self._cond.wait(wait)


_WATCHER = _Watcher()
if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_WATCHER.reset)
# The arm of the document the main thread is cleaning under the POSIX timer, for the signal handler.
_signal_arm: list[Arm] = []


def _on_alarm(signum: int, frame: FrameType | None) -> None:
    if _signal_arm:
        _signal_arm[-1].fire()


def _signal_usable() -> bool:
    """True when the POSIX timer can be used: main thread, and SIGALRM and ITIMER_REAL are free."""
    if not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        return False
    handler = signal.getsignal(signal.SIGALRM)
    if handler not in (signal.SIG_DFL, signal.SIG_IGN, None, _on_alarm):
        return False  # the host application uses SIGALRM: leave it alone
    return signal.getitimer(signal.ITIMER_REAL)[0] == 0.0


def interrupt_mode() -> str | None:
    """How :func:`watchdog` would interrupt a running cleaner in this thread: ``"signal"``, ``"thread"`` or ``None``."""
    if _signal_usable():
        return "signal"
    return "thread" if _SET_ASYNC_EXC is not None else None


def interrupt_supported() -> bool:
    """True when :func:`watchdog` can interrupt a running cleaner in this thread."""
    return interrupt_mode() is not None


@contextmanager
def watchdog(seconds: float | None) -> Iterator[Arm]:
    """Start a timer of ``seconds`` for one document; yield the :class:`Arm` to run each cleaner under.

    One timer per document, not per cleaner: starting one costs more than a
    small cleaner. On the main thread of a POSIX system whose ``SIGALRM`` is
    free, a ``setitimer`` timer (the previous handler is restored on exit);
    elsewhere (worker threads, Windows, hosts that own ``SIGALRM``), a shared
    watcher thread raises :class:`Interrupted` in the cleaning thread through
    CPython's ``PyThreadState_SetAsyncExc``. Both interrupt Python code; the
    thread mode cannot interrupt a long call into C (a ``sleep``, one huge
    regex match), which it interrupts when the call returns.
    """
    mode = interrupt_mode() if seconds is not None else None
    if seconds is None or mode is None:
        yield Arm(None)
        return
    # A spent budget still gets a minimal slice (setitimer(0) would disarm the timer).
    seconds = max(seconds, 1e-3)
    arm = Arm(mode)
    if mode == "thread":
        _WATCHER.watch(arm, time.monotonic() + seconds)
        try:
            yield arm
        finally:
            _WATCHER.forget(arm)
            arm.__exit__()  # disarm and drop an interrupt that was not delivered
        return
    previous = signal.signal(signal.SIGALRM, _on_alarm)
    _signal_arm.append(arm)
    try:
        signal.setitimer(signal.ITIMER_REAL, seconds)
        yield arm
    finally:
        arm.armed = False
        signal.setitimer(signal.ITIMER_REAL, 0)
        _signal_arm.remove(arm)
        signal.signal(signal.SIGALRM, previous)
