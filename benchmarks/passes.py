"""What the pipeline's later passes cost and change: one pass against the default, side by side.

For each text set (the corpus inputs, and trafilatura's text of the AEB and
trafilatura benchmark pages, read in place from ``../shared/bench``), runs the
pipeline with ``max_passes=1`` and with the default, and reports the CPU time
of each (best of ``--rounds``, caches cleared before every round), how many
outputs differ, how many results a second ``clean()`` changes, and how many
are flagged ``not_converged``. On AEB it also scores both against the gold.

    python benchmarks/passes.py [--bench ../shared/bench] [--rounds 3]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from scoring import AebScore, bench_pages

import boilerstrip
from boilerstrip.rules import memo

sys.path.insert(0, str(Path(__file__).resolve().parent))
from guard_check import ROOT, bench_texts, corpus_texts

SINGLE = boilerstrip.Config(max_passes=1)
DEFAULT = boilerstrip.Config()


def cpu_seconds(texts: Sequence[str], config: boilerstrip.Config, rounds: int) -> float:
    """Best-of-``rounds`` CPU time to clean every text with ``config``."""
    best = float("inf")
    for _ in range(rounds):
        memo.clear()
        start = time.process_time()
        for t in texts:
            boilerstrip.clean(t, config=config)
        best = min(best, time.process_time() - start)
    return best


def report(name: str, texts: Sequence[str], rounds: int, golds: Sequence[str] | None) -> None:
    """Print one text set's line: times, changed outputs, idempotence, convergence, AEB score."""
    single_s = cpu_seconds(texts, SINGLE, rounds)
    multi_s = cpu_seconds(texts, DEFAULT, rounds)
    changed = unstable_single = unstable_multi = not_converged = 0
    scores = (AebScore(), AebScore())
    for i, t in enumerate(texts):
        one, many = boilerstrip.clean(t, config=SINGLE), boilerstrip.clean(t)
        changed += one.text != many.text
        unstable_single += boilerstrip.clean(one.text).text != one.text
        unstable_multi += boilerstrip.clean(many.text).text != many.text
        not_converged += "not_converged" in many.flags
        if golds is not None:
            scores[0].add(golds[i], one.text)
            scores[1].add(golds[i], many.text)
    print(
        f"{name}: {len(texts)} texts; CPU {single_s:.2f} s (1 pass) vs {multi_s:.2f} s (default), "
        f"x{multi_s / single_s:.3f}; outputs changed {changed}; a second clean() changes "
        f"{unstable_single} (1 pass) vs {unstable_multi} (default); not_converged {not_converged}"
    )
    if golds is not None:
        print(f"  AEB 1 pass:  {scores[0].summary()}\n  AEB default: {scores[1].summary()}")


def main() -> None:
    """Run the comparison on every text set."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bench", type=Path, default=ROOT.parent / "shared" / "bench")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    report("corpus", list(corpus_texts()), args.rounds, None)
    golds = [rec.get("gold_text") or "" for rec, _ in bench_pages(args.bench, "aeb")]
    report("aeb", bench_texts(args.bench, "aeb", None), args.rounds, golds)
    report("trafilatura", bench_texts(args.bench, "trafilatura", None), args.rounds, None)


if __name__ == "__main__":
    main()
