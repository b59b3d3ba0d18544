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
import gzip
import json
import re
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import boilerstrip

_TOKEN = re.compile(r"\w+")


def tokens(text: str) -> list[str]:
    """AEB tokenisation: maximal runs of Unicode word characters."""
    return _TOKEN.findall(text)


def shingles(toks: list[str], n: int = 4) -> Counter[tuple[str, ...]]:
    """AEB shingles: 4-grams, or one shingle of all tokens for 1-3 tokens."""
    if len(toks) >= n:
        return Counter(tuple(toks[i : i + n]) for i in range(len(toks) - n + 1))
    return Counter([tuple(toks)]) if toks else Counter()


@dataclass
class AebScore:
    """Per-page precision/recall lists and exact-token matches (macro averages at the end)."""

    precisions: list[float] = field(default_factory=list)
    recalls: list[float] = field(default_factory=list)
    exact: int = 0
    pages: int = 0

    def add(self, gold: str, pred: str) -> None:
        g, p = shingles(tokens(gold)), shingles(tokens(pred))
        hits = sum((g & p).values())
        total = sum(p.values()) + sum(g.values()) - hits
        # Normalise so that every page weighs the same, whatever its length.
        tp = hits / total if total else 0.0
        fp = (sum(p.values()) - hits) / total if total else 0.0
        fn = (sum(g.values()) - hits) / total if total else 0.0
        prec = 1.0 if fp == fn == 0 else 0.0 if tp == fp == 0 else tp / (tp + fp)
        rec = 1.0 if fp == fn == 0 else 0.0 if tp == fn == 0 else tp / (tp + fn)
        if tp + fp > 0:
            self.precisions.append(prec)
        if tp + fn > 0:
            self.recalls.append(rec)
        self.exact += tokens(gold) == tokens(pred)
        self.pages += 1

    def summary(self) -> str:
        p = sum(self.precisions) / len(self.precisions) if self.precisions else 0.0
        r = sum(self.recalls) / len(self.recalls) if self.recalls else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        return f"F1 {f1:.4f}  P {p:.4f}  R {r:.4f}  acc {self.exact / max(self.pages, 1):.3f}"


@dataclass
class SegmentScore:
    """trafilatura-benchmark counts, micro-averaged over segments."""

    tp: int = 0
    fn: int = 0
    fp: int = 0
    tn: int = 0

    def add(self, must: list[str], must_not: list[str], pred: str) -> None:
        out = " ".join(pred.split())
        for seg in must:
            if " ".join(seg.split()) in out:
                self.tp += 1
            else:
                self.fn += 1
        for seg in must_not:
            if " ".join(seg.split()) in out:
                self.fp += 1
            else:
                self.tn += 1

    def summary(self) -> str:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        acc = (self.tp + self.tn) / max(self.tp + self.tn + self.fp + self.fn, 1)
        f = 2 * self.tp / max(2 * self.tp + self.fp + self.fn, 1)
        return f"F {f:.4f}  P {p:.4f}  R {r:.4f}  acc {acc:.4f}  (must kept {self.tp}, boilerplate kept {self.fp})"


def pages(bench: Path, name: str, limit: int | None) -> Iterator[dict[str, Any]]:
    with (bench / name / "index.jsonl").open(encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if limit is not None and i >= limit:
                return
            yield json.loads(line)


def run(bench: Path, name: str, limit: int | None) -> None:
    import trafilatura

    base_aeb, ours_aeb = AebScore(), AebScore()
    base_seg, ours_seg = SegmentScore(), SegmentScore()
    t_extract = t_clean = 0.0
    n = 0
    for rec in pages(bench, name, limit):
        html = gzip.decompress((bench / name / rec["html"]).read_bytes())
        start = time.perf_counter()
        text = trafilatura.extract(html, include_comments=False, include_tables=True, include_formatting=False) or ""
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
