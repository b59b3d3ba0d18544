"""Throughput of boilerstrip.clean() on one core: docs/s and MB/s.

Usage:
    python benchmarks/speed.py [--rounds N]            # the corpus (corpus/cases)
    python benchmarks/speed.py --aeb [../shared/bench]  # real pages: AEB, extracted by trafilatura first

Inputs are loaded (and, for --aeb, extracted) before timing. Every round starts
with empty per-line caches, so repeating the same documents is not flattered.
MB/s counts UTF-8 bytes of input text. Compare runs made on the same, idle machine.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import boilerstrip
from boilerstrip import memo
from boilerstrip.evaluation import bench_pages, bench_text, load_corpus

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--corpus", default=str(ROOT / "corpus" / "cases"))
    parser.add_argument("--aeb", nargs="?", const=str(ROOT.parent / "shared" / "bench"), default=None)
    args = parser.parse_args()
    if args.aeb:
        texts, label = (
            [bench_text(html) for _, html in bench_pages(Path(args.aeb), "aeb")],
            "AEB pages (trafilatura text)",
        )
    else:
        texts, label = [c.input for c in load_corpus(args.corpus)], "corpus documents"
    size = sum(len(t.encode("utf-8")) for t in texts)
    for t in texts:
        boilerstrip.clean(t)  # load lexicons and compile patterns once
    elapsed = 0.0
    for _ in range(args.rounds):
        memo.clear()
        start = time.perf_counter()
        for t in texts:
            boilerstrip.clean(t)
        elapsed += time.perf_counter() - start
    docs = len(texts) * args.rounds
    print(f"{len(texts)} {label}, {size / 1e3:.1f} kB, {args.rounds} rounds, {elapsed:.2f} s")
    print(f"{docs / elapsed:.0f} docs/s   {size * args.rounds / elapsed / 1e6:.2f} MB/s   (one core)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
