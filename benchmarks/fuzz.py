"""Long-running fuzzer: hostile text and HTML against the lossless invariants, for N minutes.

Not part of CI (the bounded, derandomized version is ``tests/test_fuzz.py``).
Uses the strategies and oracles of ``tests/strategies.py`` with random seeds,
rotating over the targets until the time is up. Every failure is shrunk by
Hypothesis and appended, as a ``repr`` of the minimal input with its
traceback, to ``--out``; turn each one into a regression test.

    nice -n 10 python benchmarks/fuzz.py --minutes 60 [--target text|lined|html] [--out fuzz-findings.txt]
        [--no-idempotence]
"""

from __future__ import annotations

import argparse
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import boilerstrip  # noqa: E402
from tests.strategies import LINED_TEXTS, TEXTS, check_html_result, check_invariants, html_documents  # noqa: E402

BATCH = settings(
    max_examples=100,
    deadline=None,
    database=None,
    derandomize=False,
    suppress_health_check=list(HealthCheck),
)


#: Set by --no-idempotence: skip the idempotence oracle (to look past a known idempotence finding).
CHECK_IDEMPOTENCE = [True]


def _text_oracle(text: str) -> None:
    result = boilerstrip.clean(text)
    check_invariants(text, result)
    assert boilerstrip.clean(text) == result, "not deterministic"
    # Idempotence is promised unless a cleaner was held back (it may act on the shorter text of a
    # second run) or the last allowed pass still cut something.
    if CHECK_IDEMPOTENCE[0] and not {"prose_guard", "not_converged", "layout_kept"} & set(result.flags):
        assert boilerstrip.clean(result.text).text == result.text, "not idempotent"


def _html_oracle(html: str) -> None:
    check_html_result(boilerstrip.clean_html(html))
    check_html_result(boilerstrip.clean_html(html.encode("utf-8", "surrogatepass")))


TARGETS: dict[str, tuple[st.SearchStrategy[str], Callable[[str], None]]] = {
    "text": (TEXTS, _text_oracle),
    "lined": (LINED_TEXTS, _text_oracle),
    "html": (html_documents(), _html_oracle),
}


def run_batch(name: str, last: list[str]) -> None:
    """Run one batch of random examples of target ``name``; ``last`` receives the failing input."""
    strategy, oracle = TARGETS[name]

    @BATCH
    @given(strategy)
    def batch(value: str) -> None:
        try:
            oracle(value)
        except BaseException:
            last[:] = [value]  # Hypothesis replays the shrunk example last
            raise

    batch()


def main() -> None:
    """Fuzz until the time is up and report the findings."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=5.0)
    parser.add_argument("--target", choices=sorted(TARGETS), action="append")
    parser.add_argument("--out", type=Path, default=Path("fuzz-findings.txt"))
    parser.add_argument("--no-idempotence", action="store_true", help="do not check clean(clean(x).text)")
    args = parser.parse_args()
    CHECK_IDEMPOTENCE[0] = not args.no_idempotence
    targets = args.target or sorted(TARGETS)
    stop = time.monotonic() + args.minutes * 60
    batches: dict[str, int] = dict.fromkeys(targets, 0)
    findings = 0
    i = 0
    while time.monotonic() < stop:
        name = targets[i % len(targets)]
        i += 1
        last: list[str] = []
        try:
            run_batch(name, last)
            batches[name] += 1
        except Exception:
            findings += 1
            with args.out.open("a", encoding="utf-8") as fh:
                fh.write(f"--- target {name}\ninput: {last[0] if last else None!r}\n{traceback.format_exc()}\n")
            print(f"finding in {name}: {last[0] if last else None!r:.200}", flush=True)
    examples = {name: n * BATCH.max_examples for name, n in batches.items()}
    print(f"fuzzed {args.minutes:g} min: examples per target {examples}; findings {findings} (see {args.out})")


if __name__ == "__main__":
    main()
