"""Throughput of boilerstrip.clean() on one core: docs/s and MB/s, and its cost next to trafilatura.

Usage:
    python benchmarks/speed.py [--rounds N]            # the corpus (corpus/cases)
    python benchmarks/speed.py --aeb [../shared/bench]  # real pages: AEB, extracted by trafilatura first

Inputs are loaded (and, for --aeb, extracted) before timing. Every round starts
with empty per-line caches, so repeating the same documents is not flattered.
MB/s counts UTF-8 bytes of input text. With --aeb, trafilatura's extraction of
each page is timed too (once, after a warm-up page), and the report gives the
cleaning time as a ratio to it: the median over pages (the issue's target is
at most 0.10) and the ratio of the totals. Compare runs made on the same, idle
machine.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from scoring import bench_pages, bench_text, load_corpus

import boilerstrip
from boilerstrip.rules import memo

ROOT = Path(__file__).resolve().parent.parent


def extract_timed(bench: Path) -> tuple[list[str], list[float]]:
    """Each AEB page's trafilatura text and the seconds its extraction took."""
    pages = [html for _, html in bench_pages(bench, "aeb")]
    if pages:
        bench_text(pages[0])  # import trafilatura and warm it up outside the timing
    texts: list[str] = []
    seconds: list[float] = []
    for html in pages:
        start = time.perf_counter()
        texts.append(bench_text(html))
        seconds.append(time.perf_counter() - start)
    return texts, seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--corpus", default=str(ROOT / "corpus" / "cases"))
    parser.add_argument("--aeb", nargs="?", const=str(ROOT.parent / "shared" / "bench"), default=None)
    args = parser.parse_args()
    extract_seconds: list[float] = []
    if args.aeb:
        texts, extract_seconds = extract_timed(Path(args.aeb))
        label = "AEB pages (trafilatura text)"
    else:
        texts, label = [c.input for c in load_corpus(args.corpus)], "corpus documents"
    size = sum(len(t.encode("utf-8")) for t in texts)
    for t in texts:
        boilerstrip.clean(t)  # load lexicons and compile patterns once
    per_doc = [0.0] * len(texts)
    for _ in range(args.rounds):
        memo.clear()
        for i, t in enumerate(texts):
            start = time.perf_counter()
            boilerstrip.clean(t)
            per_doc[i] += time.perf_counter() - start
    elapsed = sum(per_doc)
    docs = len(texts) * args.rounds
    print(f"{len(texts)} {label}, {size / 1e3:.1f} kB, {args.rounds} rounds, {elapsed:.2f} s")
    print(f"{docs / elapsed:.0f} docs/s   {size * args.rounds / elapsed / 1e6:.2f} MB/s   (one core)")
    if extract_seconds:
        clean_seconds = [s / args.rounds for s in per_doc]
        ratios = [c / e for c, e in zip(clean_seconds, extract_seconds, strict=True) if e > 0]
        print(
            f"vs trafilatura extraction ({sum(extract_seconds):.2f} s for the pages): "
            f"median per-page ratio {statistics.median(ratios):.3f}, "
            f"total ratio {sum(clean_seconds) / sum(extract_seconds):.3f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
