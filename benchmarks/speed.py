"""How fast is boilerstrip, next to trafilatura, readability-lxml and Resiliparse, in one run (issue 11).

    python benchmarks/speed.py                     # everything; the page sections need the AEB bench pages
    python benchmarks/speed.py --quick             # one round, linearity up to 1 MB, fewer tiny lines
    python benchmarks/speed.py --sections throughput,pages --rounds 5

Sections (``--sections``, comma-separated, default all):

- ``throughput``: ``clean()`` MB/s on one core on the AEB pages' extracted
  text (trafilatura, ``clean_html``'s settings), on the corpus texts and on
  texts of many tiny lines. The per-line caches are cleared at the start of
  every round; the best round counts.
- ``linearity``: ``clean()`` on corpus text repeated up to 10 KB ... 10 MB
  (``benchmarks/scaling.py``'s inputs, limits off): seconds per MB and its
  growth against the smallest size (1.0 = linear).
- ``pages``: every AEB page in turn through trafilatura's extraction,
  ``clean()`` of that text, ``clean_html`` of the page, readability-lxml and
  Resiliparse, interleaved page by page so machine drift hits all alike; the
  fastest of the rounds counts per page and system. Prints the text stage and
  ``clean_html`` as ratios to trafilatura's time (median per page, and totals)
  and a table of every system.

Inputs are loaded (and extracted) before any timing. MB counts UTF-8 bytes of
the input. The machine is shared: read the ratios, which are taken in the same
run, rather than the absolute figures. A peer that is not installed (the
``bench`` extra has both) is skipped with a message.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from scaling import NO_LIMITS, corpus_text, parse_size
from scoring import bench_pages, bench_text, browser_charset, default_bench, load_corpus

import boilerstrip
from boilerstrip.rules import memo

ROOT = Path(__file__).resolve().parent.parent
SECTIONS = ("throughput", "linearity", "pages")
#: Issue 11's targets.
TARGET_MBS = 5.0
TARGET_TINY_MBS = 1.0
TARGET_TEXT_RATIO = 0.05
TARGET_HTML_RATIO = 1.2


def _mb(text: str) -> float:
    return len(text.encode("utf-8")) / 1e6


def throughput(
    texts: list[str],
    rounds: int,
    config: boilerstrip.Config | None = None,
    clock: Callable[[], float] = time.perf_counter,
) -> float:
    """Best-round seconds (by ``clock``) to ``clean()`` all ``texts``, the per-line caches cleared before each round."""
    best = float("inf")
    for _ in range(rounds):
        memo.clear()
        start = clock()
        for t in texts:
            boilerstrip.clean(t, config=config)
        best = min(best, clock() - start)
    return best


def tiny_lines(count: int) -> str:
    """``count`` lines of a few characters (``w17``), as in ``benchmarks/scaling.py``."""
    return "".join(f"w{i % 97}\n" for i in range(count))


def section_throughput(aeb_texts: list[str], rounds: int, tiny_counts: list[int]) -> None:
    """clean() MB/s per core on real extracted text, the corpus and many tiny lines."""
    print("\n## clean() throughput, one core (caches cleared every round, best round)")
    print(f"{'input':<44} {'docs':>5} {'MB':>7} {'seconds':>8} {'MB/s':>6} {'target':>7}")
    rows: list[tuple[str, list[str], float, boilerstrip.Config | None]] = []
    if aeb_texts:
        rows.append(("AEB pages, trafilatura's text", aeb_texts, TARGET_MBS, None))
    rows.append(("corpus/cases inputs", [c.input for c in load_corpus(ROOT / "corpus" / "cases")], TARGET_MBS, None))
    for count in tiny_counts:
        rows.append((f"many tiny lines ({count:,} lines, limits off)", [tiny_lines(count)], TARGET_TINY_MBS, NO_LIMITS))
    for label, texts, target, config in rows:
        for t in texts[:20]:
            boilerstrip.clean(t[:20_000], config=config)  # lexicon, patterns and language tables loaded
        size = sum(_mb(t) for t in texts)
        seconds = throughput(texts, rounds, config)
        row = f"{label:<44} {len(texts):>5} {size:7.3f} {seconds:8.3f} {size / seconds:6.2f} {target:>6.1f}+"
        print(row, flush=True)


def section_linearity(sizes: list[str], rounds: int) -> None:
    """clean() seconds per MB from the smallest size to the largest (corpus text, limits off)."""
    print("\n## clean() linearity (corpus text repeated, limits off, best round)")
    print(f"{'size':>6} {'MB':>8} {'seconds':>8} {'s/MB':>7} {'MB/s':>6} {'growth':>7}")
    boilerstrip.clean(corpus_text(5_000), config=NO_LIMITS)  # lexicon, patterns and language tables loaded
    base: float | None = None
    for label in sizes:
        text = corpus_text(parse_size(label))
        mb = _mb(text)
        seconds = throughput([text], rounds, NO_LIMITS)
        per_mb = seconds / mb
        base = base or per_mb
        print(f"{label:>6} {mb:8.3f} {seconds:8.3f} {per_mb:7.3f} {1 / per_mb:6.2f} {per_mb / base:7.2f}", flush=True)


def _peer_readability() -> Callable[[bytes, str], object] | str:
    try:
        from readability import Document
    except ImportError as exc:
        return f"readability-lxml skipped: not installed ({exc}); pip install -e '.[bench]'"
    return lambda html, charset: Document(html).summary()


def _peer_resiliparse() -> Callable[[bytes, str], object] | str:
    try:
        from resiliparse.extract.html2text import extract_plain_text
        from resiliparse.parse.html import HTMLTree
    except ImportError as exc:
        return f"resiliparse skipped: not installed ({exc}); pip install -e '.[bench]'"
    return lambda html, charset: extract_plain_text(
        HTMLTree.parse_from_bytes(html, charset, "replace"), main_content=True
    )


def section_pages(bench: Path, rounds: int, limit: int | None, markdown: Path | None = None) -> None:
    """Per page, interleaved: trafilatura, the text stage on its text, clean_html, and the peers.

    With ``markdown``, the table is also written there (``docs/speed-peers.md``, which
    ``benchmarks/suite.py`` copies into docs/benchmarks.md).
    """
    records = list(bench_pages(bench, "aeb", limit))
    pages = [(html, browser_charset(html), record.get("url")) for record, html in records]
    texts = [bench_text(html) for html, _, _ in pages]  # also imports and warms trafilatura
    systems: dict[str, Callable[[int], object]] = {
        "trafilatura": lambda i: bench_text(pages[i][0]),
        "boilerstrip clean(text) alone": lambda i: boilerstrip.clean(texts[i]),
        "boilerstrip clean_html": lambda i: boilerstrip.clean_html(pages[i][0], url=pages[i][2]),
    }
    for name, peer in (("readability-lxml", _peer_readability()), ("resiliparse", _peer_resiliparse())):
        if isinstance(peer, str):
            print(peer)
        else:
            systems[name] = _bind(peer, pages)
    for run in systems.values():  # warm-up: imports, lexicon, patterns
        for i in range(min(3, len(pages))):
            run(i)
    best: dict[str, list[float]] = {name: [float("inf")] * len(pages) for name in systems}
    for _ in range(rounds):
        memo.clear()
        for i in range(len(pages)):
            for name, run in systems.items():
                start = time.perf_counter()
                run(i)
                best[name][i] = min(best[name][i], time.perf_counter() - start)
    base = best["trafilatura"]
    text_mb = sum(_mb(t) for t in texts)
    print(f"\n## AEB pages, per page ({len(pages)} pages, {text_mb:.2f} MB of extracted text, best of {rounds})")
    header = f"{'system':<32} {'median ms':>9} {'mean ms':>8} {'p90 ms':>7} {'total s':>8}"
    print(f"{header} {'/traf. median':>13} {'/traf. total':>12}")
    rows = [
        "| system | median ms | mean ms | p90 ms | total s | × trafilatura, median per page | × trafilatura, total |",
        "|---|---|---|---|---|---|---|",
    ]
    for name, seconds in best.items():
        ms = sorted(s * 1e3 for s in seconds)
        median_ratio, total_ratio = _ratios(seconds, base)
        p90 = ms[int(0.9 * (len(ms) - 1))]
        print(
            f"{name:<32} {statistics.median(ms):9.2f} {statistics.fmean(ms):8.2f} {p90:7.2f} "
            f"{sum(seconds):8.3f} {median_ratio:13.3f} {total_ratio:12.3f}"
        )
        rows.append(
            f"| {name} | {statistics.median(ms):.2f} | {statistics.fmean(ms):.2f} | {p90:.2f} | {sum(seconds):.2f} "
            f"| {median_ratio:.3f} | {total_ratio:.3f} |"
        )
    text_ratio = _ratios(best["boilerstrip clean(text) alone"], base)
    html_ratio = _ratios(best["boilerstrip clean_html"], base)
    print(
        f"\ntext stage / trafilatura: median {text_ratio[0]:.3f}, total {text_ratio[1]:.3f}"
        f"   (target <= {TARGET_TEXT_RATIO})"
    )
    print(
        f"clean_html / trafilatura: median {html_ratio[0]:.3f}, total {html_ratio[1]:.3f}"
        f"   (target <= {TARGET_HTML_RATIO})"
    )
    clean_total = sum(best["boilerstrip clean(text) alone"])
    print(f"clean() on these texts, per page best: {text_mb / clean_total:.2f} MB/s")
    if markdown is not None:
        intro = (
            f"{len(pages)} AEB pages, each in turn through every system (interleaved), fastest of {rounds} rounds "
            "per page and system, wall-clock on one core; `clean(text)` is the text stage alone on trafilatura's "
            f"text. Text stage / trafilatura: median {text_ratio[0]:.3f}, total {text_ratio[1]:.3f}; "
            f"clean_html / trafilatura: median {html_ratio[0]:.3f}, total {html_ratio[1]:.3f}. "
            "Written by `python benchmarks/speed.py --markdown docs/speed-peers.md`."
        )
        markdown.write_text("\n".join([intro, "", *rows, ""]), encoding="utf-8")


def _bind(peer: Callable[[bytes, str], object], pages: list[tuple[bytes, str, str | None]]) -> Callable[[int], object]:
    return lambda i: peer(pages[i][0], pages[i][1])


def _ratios(seconds: list[float], base: list[float]) -> tuple[float, float]:
    per_page = [s / b for s, b in zip(seconds, base, strict=True) if b > 0]
    return statistics.median(per_page), sum(seconds) / sum(base)


def main(argv: list[str] | None = None) -> int:
    """Run the sections asked for and print their tables."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--bench", type=Path, default=None, help="default: $BOILERSTRIP_BENCH or ../shared/bench")
    parser.add_argument("--sections", default=",".join(SECTIONS))
    parser.add_argument("--sizes", default="10K,100K,1M,10M", help="linearity sizes")
    parser.add_argument("--tiny", default="10000,100000", help="line counts of the tiny-line texts")
    parser.add_argument("--limit", type=int, default=None, help="at most this many AEB pages")
    parser.add_argument("--quick", action="store_true", help="one round, sizes up to 1M, 10,000 tiny lines")
    parser.add_argument("--markdown", type=Path, default=None, help="also write the pages table here")
    args = parser.parse_args(argv)
    if args.quick:
        args.rounds, args.sizes, args.tiny = 1, "10K,100K,1M", "10000"
    sections = [s for s in args.sections.split(",") if s]
    unknown = set(sections) - set(SECTIONS)
    if unknown:
        parser.error(f"unknown sections {sorted(unknown)}; choose from {', '.join(SECTIONS)}")
    bench = args.bench or default_bench()
    if bench is not None and not (bench / "aeb" / "index.jsonl").is_file():
        bench = None
    if bench is None and {"throughput", "pages"} & set(sections):
        print("no AEB bench pages found (--bench or $BOILERSTRIP_BENCH): the page sections are skipped")
    print(f"boilerstrip {boilerstrip.__version__} ({Path(boilerstrip.__file__).parent}), {args.rounds} round(s)")
    gc.collect()
    aeb_texts: list[str] = []
    if "throughput" in sections:
        if bench is not None:
            aeb_texts = [bench_text(html) for _, html in bench_pages(bench, "aeb", args.limit)]
        section_throughput(aeb_texts, args.rounds, [int(n) for n in args.tiny.split(",") if n])
    if "linearity" in sections:
        section_linearity([s for s in args.sizes.split(",") if s], args.rounds)
    if "pages" in sections and bench is not None:
        section_pages(bench, args.rounds, args.limit, args.markdown)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
