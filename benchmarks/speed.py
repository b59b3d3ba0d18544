"""Throughput of boilerstrip.clean() on the corpus, on one core: docs/s and MB/s.

Usage: python benchmarks/speed.py [--rounds N]

The corpus is cleaned once to warm up (lexicons, regexes), then N rounds are
timed. MB/s counts UTF-8 bytes of input. Run it on an otherwise idle machine;
compare runs made on the same machine only.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import boilerstrip
from boilerstrip import memo
from boilerstrip.evaluation import load_corpus


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--corpus", default=str(Path(__file__).resolve().parent.parent / "corpus" / "cases"))
    args = parser.parse_args()
    texts = [c.input for c in load_corpus(args.corpus)]
    size = sum(len(t.encode("utf-8")) for t in texts)
    for t in texts:
        boilerstrip.clean(t)
    elapsed = 0.0
    for _ in range(args.rounds):
        memo.clear()  # each round starts cold: repeated rounds must not hit the per-line caches
        start = time.perf_counter()
        for t in texts:
            boilerstrip.clean(t)
        elapsed += time.perf_counter() - start
    docs = len(texts) * args.rounds
    print(f"{len(texts)} documents, {size / 1e3:.1f} kB, {args.rounds} rounds, {elapsed:.2f} s")
    print(f"{docs / elapsed:.0f} docs/s   {size * args.rounds / elapsed / 1e6:.2f} MB/s   (one core)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
