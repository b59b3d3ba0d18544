"""Time ``clean()`` alone on the AEB pages' extracted text, to compare two trees of the package side by side.

Issue 12 bounds the text stage at 1.2 times the release's time. This script
extracts the 181 AEB pages with trafilatura once (not timed), warms the
package up on them, then cleans them in cold rounds (the memo caches cleared
before each) and prints the best round's process time. Run it for each tree
in turn, several times, in one session (the machine's speed drifts)::

    for i in 1 2 3; do
      PYTHONPATH=/path/to/release python benchmarks/text_stage_time.py
      PYTHONPATH=. python benchmarks/text_stage_time.py
    done

or hand both commands to ``farm-bench --vs``. The page texts are read from
``--bench`` (default ``$BOILERSTRIP_BENCH`` or ``../shared/bench``) and never
copied.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from scoring import bench_pages, bench_text, default_bench
from speed import throughput

import boilerstrip


def extracted_texts(bench: Path) -> list[str]:
    """The text trafilatura extracts from every AEB page, as every benchmark extracts it (``scoring.bench_text``)."""
    return [text for _, html in bench_pages(bench, "aeb") if (text := bench_text(html))]


def best_round(texts: list[str], rounds: int) -> float:
    """The best process time of ``rounds`` cold rounds of ``clean()`` over ``texts`` (after one warm-up round)."""
    for text in texts:  # warm-up: imports, compiled patterns, the model
        boilerstrip.clean(text)
    return throughput(texts, rounds, clock=time.process_time)


def best_warm_round(texts: list[str], rounds: int) -> float:
    """The best process time of ``rounds`` rounds with the caches kept from the round before (the per-view work).

    What a text cleaned again costs: ``clean_html`` of a page whose text was just cleaned, as ``speed.py``'s pages
    section times it.
    """
    best = float("inf")
    for _ in range(rounds):
        start = time.process_time()
        for text in texts:
            boilerstrip.clean(text)
        best = min(best, time.process_time() - start)
    return best


def main(argv: list[str] | None = None) -> int:
    """Print the best cold round's seconds and throughput for the package on ``sys.path``."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    default = default_bench()
    parser.add_argument("--bench", type=Path, default=default, required=default is None)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--warm", action="store_true", help="also time warm rounds (the caches kept), after the cold")
    args = parser.parse_args(argv)
    texts = extracted_texts(args.bench)
    seconds = best_round(texts, args.rounds)
    size = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    warm = f", warm: {best_warm_round(texts, args.rounds):.3f} s" if args.warm else ""
    print(f"{boilerstrip.__file__}: {len(texts)} texts, {size:.3f} MB, best of {args.rounds}: {seconds:.3f} s{warm}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
