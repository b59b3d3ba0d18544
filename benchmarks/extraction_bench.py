"""trafilatura alone vs trafilatura + boilerstrip on the shared extraction benchmarks, side by side.

Usage:
    python benchmarks/extraction_bench.py [--bench ../shared/bench] [--set aeb|trafilatura|both] [--limit N]

For every page, trafilatura extracts the main text once (``include_comments=False``,
``include_tables=True`` as in trafilatura's own evaluation); boilerstrip then
cleans that text. Both outputs are scored with the benchmark's metric
(``bench/README.md``): the AEB 4-gram shingle P/R/F1 and exact-token accuracy on
``aeb/``; the must/must-not segment counts on ``trafilatura/``. The time of each
step is measured in the same run, so the cost of boilerstrip is reported as a
ratio to trafilatura's extraction time. Pages stay where they are: nothing is copied.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from scoring import AebScore, SegmentScore, bench_pages, bench_text

import boilerstrip


def run(bench: Path, name: str, limit: int | None) -> None:
    base_aeb, ours_aeb = AebScore(), AebScore()
    base_seg, ours_seg = SegmentScore(), SegmentScore()
    t_extract = t_clean = 0.0
    n = 0
    for rec, html in bench_pages(bench, name, limit):
        start = time.perf_counter()
        text = bench_text(html)
        t_extract += time.perf_counter() - start
        start = time.perf_counter()
        cleaned = boilerstrip.clean(text).text if text else ""
        t_clean += time.perf_counter() - start
        n += 1
        if name == "aeb":
            gold = rec.get("gold_text") or ""
            base_aeb.add(gold, text)
            ours_aeb.add(gold, cleaned)
        else:
            must, must_not = rec.get("must_contain", []), rec.get("must_not_contain", [])
            base_seg.add(must, must_not, text)
            ours_seg.add(must, must_not, cleaned)
    print(f"== {name}: {n} pages")
    if name == "aeb":
        print(f"  trafilatura                {base_aeb.summary()}")
        print(f"  trafilatura + boilerstrip  {ours_aeb.summary()}")
    else:
        print(f"  trafilatura                {base_seg.summary()}")
        print(f"  trafilatura + boilerstrip  {ours_seg.summary()}")
    ratio = t_clean / t_extract if t_extract else 0.0
    print(f"  time: trafilatura {t_extract:.1f} s, boilerstrip {t_clean:.1f} s ({ratio:.2f}x of extraction)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bench", default=str(Path(__file__).resolve().parent.parent.parent / "shared" / "bench"))
    parser.add_argument("--set", choices=["aeb", "trafilatura", "both"], default="both")
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()
    bench = Path(args.bench)
    for name in ["aeb", "trafilatura"] if args.set == "both" else [args.set]:
        run(bench, name, args.limit)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
