"""How often the prose-loss guard triggers, at its defaults and at stricter settings.

Texts: the corpus inputs, and trafilatura's text of every page of the AEB and
trafilatura benchmarks (read in place from ``../shared/bench``; the extracted
texts are cached in a temp file because extraction dominates the run time).

Also reports the largest share of an input's prose-like text the pipeline
removes with the guard off, per text set: the headroom under the defaults.

    python benchmarks/guard_check.py [--bench ../shared/bench] [--limit N]
"""

from __future__ import annotations

import argparse
import json
import tempfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from scoring import bench_pages, bench_text

import boilerstrip
from boilerstrip import guard
from boilerstrip.document import Document
from boilerstrip.types import FORMATTING

ROOT = Path(__file__).resolve().parent.parent
#: The default pipeline's formatting cleaners (their cuts are whitespace, not chrome).
FORMATTING_CLEANERS = frozenset(
    c.name for c in boilerstrip.Pipeline.default().cleaners if getattr(c, "role", None) == FORMATTING
)
SETTINGS: dict[str, dict[str, Any]] = {"default": {}, "strict": {"max_prose_loss": 0.25, "max_total_prose_loss": 0.35}}


def corpus_texts() -> Iterator[str]:
    """The corpus inputs."""
    for path in sorted((ROOT / "corpus" / "cases").glob("*/input.txt")):
        yield path.read_text(encoding="utf-8")


def bench_texts(bench: Path, name: str, limit: int | None) -> list[str]:
    """Return trafilatura's text of each page of one benchmark, cached across runs."""
    cache = Path(tempfile.gettempdir()) / f"boilerstrip-guard-{name}-{limit}.json"
    if cache.exists():
        texts: list[str] = json.loads(cache.read_text(encoding="utf-8"))
        return texts
    texts = [bench_text(html) for _, html in bench_pages(bench, name, limit)]
    cache.write_text(json.dumps(texts), encoding="utf-8")
    return texts


def total_share(text: str) -> float:
    """Share of the input's prose-like text that the unguarded pipeline removes (source offsets)."""
    result = boilerstrip.clean(text, max_prose_loss=None, max_total_prose_loss=None)
    lines = guard.prose_lines(Document(text))
    size = guard.prose_size(lines)
    if not size:
        return 0.0
    cuts = [boilerstrip.Cut(r.start, r.end, r.reason) for r in result.removed if r.cleaner not in FORMATTING_CLEANERS]
    return guard.prose_removed(text, lines, cuts) / size


def main() -> None:
    """Print trigger counts per text set and setting."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bench", type=Path, default=ROOT.parent / "shared" / "bench")
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()
    sets = {
        "corpus": list(corpus_texts()),
        "aeb": bench_texts(args.bench, "aeb", args.limit),
        "trafilatura": bench_texts(args.bench, "trafilatura", args.limit),
    }
    for name, texts in sets.items():
        texts = [t for t in texts if t.strip()]
        shares = sorted(total_share(t) for t in texts)
        p99 = shares[len(shares) * 99 // 100]
        print(f"{name}: {len(texts)} texts; unguarded prose loss max {shares[-1]:.1%}, p99 {p99:.1%}")
        for label, options in SETTINGS.items():
            held: Counter[str] = Counter()
            docs = 0
            for t in texts:
                result = boilerstrip.clean(t, **options)
                hits = [s.cleaner for s in result.skipped if s.error_type == "ProseGuard"]
                docs += bool(hits)
                held.update(hits)
            print(f"  {label:8} {options or ''}: triggered on {docs} texts; held back {dict(held.most_common())}")


if __name__ == "__main__":
    main()
