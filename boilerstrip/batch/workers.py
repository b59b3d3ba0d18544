"""A small process pool with per-item deadlines that survives its workers dying.

``concurrent.futures.ProcessPoolExecutor`` marks the whole pool broken when
one worker dies, and cannot stop a task that runs too long. This pool gives
each worker its own pipe and a two-slot shared array saying which item of its
chunk it is on and since when. The parent waits on the pipes and the process
sentinels; when an item passes its deadline, or a worker exits, it kills
(or buries) that worker, starts a new one, and sends the chunk again with
the guilty item marked as failed (``Timeout`` or ``WorkerCrashed``): the
items before it are cleaned again (cleaning is deterministic), the ones after
it for the first time. Chunks come back out of order and are yielded in
input order.

Workers are forked where the platform allows it (they inherit the handler and
its built pipeline, and any cleaner registered in this process), spawned
elsewhere (the handler is then pickled).
"""

from __future__ import annotations

import itertools
import multiprocessing
import multiprocessing.connection
import signal
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.context import DefaultContext, ForkContext, SpawnContext
from multiprocessing.process import BaseProcess
from multiprocessing.sharedctypes import SynchronizedArray
from typing import Any, Protocol

from boilerstrip.batch.items import Located
from boilerstrip.batch.stats import BatchStats

#: Items per chunk: enough to amortise a pipe round trip (a document takes milliseconds), few enough
#: that a timeout's re-run of the items before it stays cheap.
CHUNK_ITEMS = 32
#: ...and at most this many characters of input per chunk, so that chunks of large pages stay small.
CHUNK_CHARS = 2_000_000
#: Chunks in flight per worker: one. A second one queued in the pipe would make `send` block on a busy worker
#: (a chunk can exceed the pipe buffer) while that worker blocks sending its results: a deadlock.
IN_FLIGHT_PER_WORKER = 1
#: How often the parent looks at the deadlines when nothing arrives.
_POLL = 0.05
#: A chunk whose worker died between items this many times is failed as a whole (it cannot be pinned down).
_MAX_UNATTRIBUTED_CRASHES = 2


class Handler(Protocol):
    """What the pool runs: cleans one item, or makes the error record of an item that failed."""

    def __call__(self, item: object, stats: BatchStats) -> dict[str, Any]:
        """Process one item, counting it in ``stats``."""
        ...

    def error(self, item: object, error_type: str, message: str, stats: BatchStats) -> dict[str, Any]:
        """The error record of ``item``, counted in ``stats``."""
        ...


@dataclass
class _Chunk:
    number: int
    items: list[object]
    failed: dict[int, tuple[str, str]] = field(default_factory=dict)
    unattributed_crashes: int = 0


@dataclass
class _Worker:
    process: BaseProcess
    conn: multiprocessing.connection.Connection
    # [started (monotonic seconds, 0.0 when between items), position in the chunk]
    state: SynchronizedArray[float]
    queue: list[_Chunk] = field(default_factory=list)


def _size(item: object) -> int:
    if isinstance(item, Located):
        item = item.record
    if isinstance(item, dict):
        return sum(len(v) for v in item.values() if isinstance(v, str | bytes))
    return 0


def _chunks(items: Iterable[object]) -> Iterator[_Chunk]:
    number = itertools.count()
    batch: list[object] = []
    chars = 0
    for item in items:
        batch.append(item)
        chars += _size(item)
        if len(batch) >= CHUNK_ITEMS or chars >= CHUNK_CHARS:
            yield _Chunk(next(number), batch)
            batch, chars = [], 0
    if batch:
        yield _Chunk(next(number), batch)


def _worker_main(
    conn: multiprocessing.connection.Connection, state: SynchronizedArray[float], handler: Handler
) -> None:
    # Ctrl-C goes to the whole process group: the parent handles it and ends the workers.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    while True:
        try:
            task = conn.recv()
        except EOFError:
            return
        if task is None:
            return
        number, items, failed = task
        stats = BatchStats()
        out = []
        for pos, item in enumerate(items):
            if pos in failed:
                error_type, message = failed[pos]
                out.append(handler.error(item, error_type, message, stats))
                continue
            # Position first, then the start time the parent keys its deadline on.
            state[1] = float(pos)
            state[0] = time.monotonic()
            out.append(handler(item, stats))
            state[0] = 0.0
        conn.send((number, out, stats))


def _context() -> ForkContext | SpawnContext | DefaultContext:
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and sys.platform != "darwin":  # fork is unsafe with macOS system frameworks
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


class _Pool:
    def __init__(self, handler: Handler, jobs: int, timeout: float | None) -> None:
        self.handler = handler
        self.timeout = timeout
        self.ctx = _context()
        self.workers: list[_Worker] = [self._start() for _ in range(jobs)]

    def _start(self) -> _Worker:
        parent, child = self.ctx.Pipe()
        state = self.ctx.Array("d", [0.0, 0.0], lock=False)
        proc = self.ctx.Process(target=_worker_main, args=(child, state, self.handler), daemon=True)
        proc.start()
        child.close()
        return _Worker(proc, parent, state)

    def send(self, worker: _Worker, chunk: _Chunk) -> None:
        worker.queue.append(chunk)
        worker.conn.send((chunk.number, chunk.items, chunk.failed))

    def replace(self, worker: _Worker, error_type: str, message: str) -> list[_Chunk]:
        """Kill ``worker``, start a new one in its place; return its chunks, the current one marked."""
        started, pos = worker.state[0], int(worker.state[1])
        if worker.process.is_alive():
            worker.process.kill()
        worker.process.join()
        worker.conn.close()
        chunks = worker.queue
        if chunks:
            current = chunks[0]
            if started > 0.0:
                current.failed[pos] = (error_type, message)
            else:
                current.unattributed_crashes += 1
                if current.unattributed_crashes > _MAX_UNATTRIBUTED_CRASHES:
                    for i in range(len(current.items)):
                        current.failed.setdefault(i, (error_type, message))
        self.workers[self.workers.index(worker)] = self._start()
        return chunks

    def close(self) -> None:
        for w in self.workers:
            if w.process.is_alive():
                w.process.kill()
            w.process.join()
            w.conn.close()


def ordered_map(
    handler: Handler, items: Iterable[object], *, jobs: int, timeout: float | None
) -> Iterator[tuple[list[dict[str, Any]], BatchStats]]:
    """Run ``handler`` over ``items`` in ``jobs`` processes; yield ``(records, stats)`` per chunk, in input order."""
    pool = _Pool(handler, jobs, timeout)
    source = _chunks(items)
    retry: list[_Chunk] = []
    done: dict[int, tuple[list[dict[str, Any]], BatchStats]] = {}
    next_out = 0
    exhausted = False
    try:
        while True:
            # Feed: chunks to retry first, then new ones, up to the in-flight bound of each worker.
            for w in sorted(pool.workers, key=lambda w: len(w.queue)):
                while len(w.queue) < IN_FLIGHT_PER_WORKER:
                    if retry:
                        chunk = retry.pop(0)
                    elif not exhausted and len(done) < 4 * jobs:
                        # `done` bounds how far cleaning runs ahead of a slow chunk the output waits for.
                        nxt = next(source, None)
                        if nxt is None:
                            exhausted = True
                            break
                        chunk = nxt
                    else:
                        break
                    pool.send(w, chunk)
            while next_out in done:
                yield done.pop(next_out)
                next_out += 1
            if exhausted and not retry and not any(w.queue for w in pool.workers):
                if done:
                    continue
                return
            waits: list[Any] = [w.conn for w in pool.workers] + [w.process.sentinel for w in pool.workers]
            multiprocessing.connection.wait(waits, timeout=_POLL)
            now = time.monotonic()
            for w in list(pool.workers):
                if not w.queue:
                    continue
                try:
                    while w.conn.poll():
                        number, out, stats = w.conn.recv()
                        chunk = w.queue.pop(0)
                        assert chunk.number == number
                        done[number] = (out, stats)
                except (EOFError, OSError):
                    pass
                if not w.queue:
                    continue
                started = w.state[0]
                if pool.timeout is not None and started > 0.0 and now - started > pool.timeout:
                    message = f"document took longer than {pool.timeout:g} s: abandoned, its worker killed"
                    retry[:0] = pool.replace(w, "Timeout", message)
                elif not w.process.is_alive():
                    code = w.process.exitcode
                    message = f"the worker process died (exit code {code}) while cleaning this document"
                    retry[:0] = pool.replace(w, "WorkerCrashed", message)
            retry.sort(key=lambda c: c.number)
    finally:
        pool.close()
