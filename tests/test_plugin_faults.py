"""A third-party cleaner that misbehaves is caught, named, and (on request) skipped with a record."""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import pickle
import threading
import time
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from typing import Any

import pytest

import boilerstrip
from boilerstrip import Config, Cut, Document, Pipeline, cleaner
from boilerstrip.errors import CleanerContractError, CleanerTimeoutError
from boilerstrip.types import PriorCut
from boilerstrip.watchdog import interrupt_mode, interrupt_supported
from tests.strategies import check_invariants

PROSE = "The council approved the new school budget on Tuesday evening, after a long debate."
TEXT = f"Advertisement\n{PROSE}\nShare"
REASONS = {"x": "test reason"}


@cleaner("raiser", reasons=REASONS)
def raiser(doc: Document) -> Iterator[Cut]:
    raise ValueError("plugin bug")
    yield  # pragma: no cover


@cleaner("hanger", reasons=REASONS)
def hanger(doc: Document) -> Iterator[Cut]:
    while True:  # a loop that never returns and never looks at a deadline
        pass
    yield  # pragma: no cover


@cleaner("swallower", reasons=REASONS)
def swallower(doc: Document) -> Iterator[Cut]:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        with contextlib.suppress(Exception):  # a cleaner catching everything must still be interruptible
            time.sleep(0.01)
    yield Cut(0, 1, "x")


@cleaner("out_of_range", reasons=REASONS)
def out_of_range(doc: Document) -> Iterator[Cut]:
    yield Cut(0, len(doc.text) + 5, "x")


@cleaner("negative", reasons=REASONS)
def negative(doc: Document) -> Iterator[Cut]:
    yield Cut(-3, 2, "x")


@cleaner("overlapping", reasons=REASONS)
def overlapping(doc: Document) -> Iterator[Cut]:
    yield Cut(0, 5, "x")
    yield Cut(3, 8, "x")


@cleaner("not_iterable", reasons=REASONS)
def not_iterable(doc: Document) -> Any:
    return 42


@cleaner("returns_str", reasons=REASONS)
def returns_str(doc: Document) -> Any:
    return "cuts"


@cleaner("wrong_items", reasons=REASONS)
def wrong_items(doc: Document) -> Iterable[Any]:
    return [(0, 5, "x")]


@cleaner("float_offsets", reasons=REASONS)
def float_offsets(doc: Document) -> Iterator[Cut]:
    yield Cut(0.0, 5.0, "x")  # type: ignore[arg-type]


@cleaner("bad_facts", reasons=REASONS)
def bad_facts(doc: Document) -> Iterator[Cut]:
    yield Cut(0, 5, "x", facts=["title"])  # type: ignore[arg-type]


@cleaner("endless", reasons=REASONS)
def endless(doc: Document) -> Iterator[Cut]:
    while True:
        yield Cut(0, 0, "x", replacement="y")


@cleaner("rebinds_text", reasons=REASONS)
def rebinds_text(doc: Document) -> Iterator[Cut]:
    doc.text = "something else entirely"
    yield Cut(0, 4, "x")


@cleaner("rebinds_prior", reasons=REASONS)
def rebinds_prior(doc: Document) -> Iterator[Cut]:
    doc.prior = (PriorCut(0, "fake", "x"),)
    return iter(())


@cleaner("poisons_cache", reasons=REASONS)
def poisons_cache(doc: Document) -> Iterator[Cut]:
    # Replaces the cached lines that later cleaners would otherwise reuse.
    doc.__dict__["lines"] = ()
    doc.__dict__["content"] = ()
    return iter(())


CONTRACT_BREAKERS = [
    out_of_range,
    negative,
    overlapping,
    not_iterable,
    returns_str,
    wrong_items,
    float_offsets,
    bad_facts,
    endless,
    rebinds_text,
    rebinds_prior,
]


def _pipe(bad: boilerstrip.FunctionCleaner, **config: Any) -> Pipeline:
    return Pipeline([bad, *Pipeline.default().cleaners]).configured(Config(**config))


def test_raising_cleaner_fails_loudly_by_default_and_is_named() -> None:
    with pytest.raises(ValueError, match="plugin bug") as err:
        _pipe(raiser)(TEXT)
    assert any("'raiser'" in note for note in err.value.__notes__)


def test_raising_cleaner_is_skipped_on_request() -> None:
    result = _pipe(raiser, on_error="skip")(TEXT)
    assert [(s.cleaner, s.error_type) for s in result.skipped] == [("raiser", "ValueError")]
    assert result.text == PROSE
    check_invariants(TEXT, result)


@pytest.mark.parametrize("bad", CONTRACT_BREAKERS, ids=lambda c: c.name)
def test_contract_breakers_raise_a_named_contract_error(bad: boilerstrip.FunctionCleaner) -> None:
    with pytest.raises(CleanerContractError) as err:
        _pipe(bad, on_error="skip")(TEXT)  # on_error does not cover contract violations
    assert err.value.cleaner == bad.name and repr(bad.name) in str(err.value)


@pytest.mark.parametrize("bad", CONTRACT_BREAKERS, ids=lambda c: c.name)
def test_contract_breakers_are_skipped_under_on_contract_error_skip(bad: boilerstrip.FunctionCleaner) -> None:
    result = _pipe(bad, on_contract_error="skip")(TEXT)
    assert [(s.cleaner, s.error_type) for s in result.skipped] == [(bad.name, "CleanerContractError")]
    assert result.text == PROSE  # the built-ins ran on an intact document
    check_invariants(TEXT, result)


def test_poisoned_document_cache_does_not_reach_later_cleaners() -> None:
    result = _pipe(poisons_cache)(TEXT)
    expected = boilerstrip.clean(TEXT)
    assert (result.text, result.removed, result.metadata) == (expected.text, expected.removed, expected.metadata)


@pytest.mark.skipif(not interrupt_supported(), reason="the watchdog needs POSIX signals or CPython")
@pytest.mark.parametrize("bad", [hanger, swallower], ids=lambda c: c.name)
def test_hanging_cleaner_is_interrupted(bad: boilerstrip.FunctionCleaner) -> None:
    with pytest.raises(CleanerTimeoutError) as err:
        _pipe(bad, time_budget=0.2)(TEXT)
    assert err.value.cleaner == bad.name
    result = _pipe(bad, time_budget=0.2, on_error="skip")(TEXT)
    assert result.skipped[0] == boilerstrip.Skip(bad.name, "CleanerTimeoutError", str(err.value))
    assert "time_budget_exceeded" in result.flags
    assert {s.error_type for s in result.skipped[1:]} == {"TimeBudgetExceeded"}
    assert result.text == TEXT and result.removed == ()
    check_invariants(TEXT, result)


@pytest.mark.parametrize("bad", [hanger, swallower], ids=lambda c: c.name)
def test_hanging_cleaner_is_interrupted_in_a_worker_thread(bad: boilerstrip.FunctionCleaner) -> None:
    outcomes: list[object] = []

    def work() -> None:
        outcomes.append(interrupt_mode())
        try:
            _pipe(bad, time_budget=0.2)(TEXT)
        except CleanerTimeoutError as exc:
            outcomes.append(exc.cleaner)
        skipped = _pipe(bad, time_budget=0.2, on_error="skip")(TEXT)
        outcomes.append(skipped.skipped[0].error_type)
        # Nothing is left pending for the thread: later work runs to its end.
        deadline = time.monotonic() + 0.3
        while time.monotonic() < deadline:
            pass
        outcomes.append(boilerstrip.clean(TEXT).text)

    thread = threading.Thread(target=work)
    thread.start()
    thread.join(timeout=30)
    assert not thread.is_alive()
    assert outcomes == ["thread", bad.name, "CleanerTimeoutError", boilerstrip.clean(TEXT).text]


def test_hanging_cleaners_in_a_thread_pool_each_get_their_own_budget() -> None:
    pipe = _pipe(hanger, time_budget=0.3, on_error="skip")
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(pipe, [TEXT] * 8))
    assert all(r.skipped[0] == boilerstrip.Skip("hanger", "CleanerTimeoutError", r.skipped[0].message) for r in results)
    assert all("time_budget_exceeded" in r.flags and r.restore() == TEXT for r in results)


# --- pickling, processes and threads ----------------------------------------------------

DOCS = [TEXT, f"BERLIN (dpa) - {PROSE}\nRead more\nPhoto: Reuters", "Share\n\n" + PROSE * 3]


def _clean_json(text: str) -> str:
    import json

    return json.dumps(boilerstrip.clean(text).to_dict(), sort_keys=True)


def test_results_pipelines_and_configs_pickle() -> None:
    cfg = Config(on_error="skip", max_chars=10_000, options={"foreign_lines": {"max_words": 40}})
    assert pickle.loads(pickle.dumps(cfg)) == cfg
    pipe = Pipeline.from_config(cfg)
    clone = pickle.loads(pickle.dumps(pipe))
    assert clone.names == pipe.names and clone.limits == pipe.limits and clone.on_error == "skip"
    for text in DOCS:
        result = pipe(text)
        assert pickle.loads(pickle.dumps(result)) == result
        assert clone(text) == result


def test_process_pool_gives_the_same_results() -> None:
    expected = [_clean_json(t) for t in DOCS]
    with ProcessPoolExecutor(max_workers=2) as pool:
        assert list(pool.map(_clean_json, DOCS)) == expected
        results = list(pool.map(Pipeline.default(), DOCS))  # a pickled pipeline as the callable
    assert results == [boilerstrip.clean(t) for t in DOCS]


def test_threads_share_pipelines_safely() -> None:
    expected = [boilerstrip.clean(t) for t in DOCS]
    with ThreadPoolExecutor(max_workers=8) as pool:
        got = list(pool.map(boilerstrip.clean, DOCS * 25))
    assert got == expected * 25


def test_the_shared_lexicon_is_read_only() -> None:
    from boilerstrip.rules.lexicon import load_lexicon

    lex = load_lexicon()
    with pytest.raises(TypeError):
        lex.lines["the council"] = "ad_marker"  # type: ignore[index]
    with pytest.raises(TypeError):
        lex.months["smarch"] = 13  # type: ignore[index]
    assert "the council" not in lex.lines


def _hang_in_a_thread_and_report(queue: Any) -> None:
    """In a forked child: a hanging cleaner in a worker thread must still be interrupted."""
    results: list[str] = []
    worker = threading.Thread(
        target=lambda: results.append(_pipe(hanger, time_budget=0.2, on_error="skip")(TEXT).skipped[0].error_type)
    )
    worker.start()
    worker.join(timeout=20)
    queue.put(results)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="fork is POSIX-only")
def test_thread_mode_still_interrupts_in_a_child_forked_after_the_parent_used_it() -> None:
    # The parent's watcher thread exists (thread mode used), then the process forks.
    pipe = _pipe(hanger, time_budget=0.2, on_error="skip")
    done: list[str] = []
    thread = threading.Thread(target=lambda: done.append(pipe(TEXT).skipped[0].error_type))
    thread.start()
    thread.join(timeout=20)
    assert done == ["CleanerTimeoutError"]
    ctx = multiprocessing.get_context("fork")
    queue = ctx.Queue()
    child = ctx.Process(target=_hang_in_a_thread_and_report, args=(queue,))
    child.start()
    assert queue.get(timeout=30) == ["CleanerTimeoutError"]
    child.join(timeout=10)
