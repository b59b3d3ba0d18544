"""Does cleaning time grow linearly with input size? ``clean`` (text) and ``clean_html`` (HTML).

Inputs are built from the corpus documents (``corpus/cases/*/input.txt``),
repeated in rotation up to each size; on every round the long (prose) lines
get a round number so that they stay distinct, as across real pages, while
chrome lines repeat. HTML wraps each line in ``<p>`` inside an ``<article>``.
Two shapes stress line handling: one huge single line and a million tiny lines.

Limits are turned off (``max_chars``/``max_html_chars``/``time_budget``) so the
cleaners do all their work; ``max_html_elements`` keeps its default, as it
decides which extractor reads the page (trafilatura up to 25,000 elements,
the page's blocks past it). A second HTML table turns it off too, to show
trafilatura's own growth, and a third feeds pages of tiny paragraphs, the
shape on which trafilatura's cost grows fastest. Prints seconds, seconds per
MB and the growth of seconds-per-MB against the smallest size (1.0 = linear).

    python benchmarks/scaling.py [--sizes 10K,100K,1M,10M] [--html-sizes 10K,100K,1M,10M]
        [--trafilatura-sizes 10K,100K,1M,4M] [--line-sizes ...]
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from functools import partial
from html import escape
from pathlib import Path

import boilerstrip
from boilerstrip.rules import memo

ROOT = Path(__file__).resolve().parent.parent
UNITS = {"K": 1_000, "M": 1_000_000}
NO_LIMITS = boilerstrip.Config(max_chars=None, max_html_chars=None, time_budget=None)
ALWAYS_TRAFILATURA = NO_LIMITS.replace(max_html_elements=None)


def parse_size(label: str) -> int:
    """``"10K"`` -> 10000, ``"1M"`` -> 1000000."""
    return int(float(label[:-1]) * UNITS[label[-1].upper()]) if label[-1].upper() in UNITS else int(label)


def corpus_text(size: int) -> str:
    """Corpus documents in rotation, prose lines varied per round, cut to ``size`` code points at a line end."""
    docs = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus" / "cases").glob("*/input.txt"))]
    parts: list[str] = []
    total = 0
    rnd = 0
    while total < size:
        for doc in docs:
            lines = [f"{line} ({rnd})" if len(line) > 60 else line for line in doc.splitlines()]
            chunk = "\n".join(lines) + "\n\n"
            parts.append(chunk)
            total += len(chunk)
            if total >= size:
                break
        rnd += 1
    text = "".join(parts)[:size]
    return text[: text.rfind("\n") + 1] or text


def as_html(text: str) -> str:
    """Each non-blank line as a paragraph of one article."""
    body = "".join(f"<p>{escape(line)}</p>\n" for line in text.splitlines() if line.strip())
    return f"<!DOCTYPE html><html><head><title>Scaling</title></head><body><article>{body}</article></body></html>"


def timed(func: Callable[[], object], repeat: int) -> float:
    """Best wall-clock time of ``repeat`` cold-cache runs."""
    best = float("inf")
    for _ in range(repeat):
        memo.clear()
        start = time.perf_counter()
        func()
        best = min(best, time.perf_counter() - start)
    return best


class Table:
    """Prints one row per measurement as soon as it is taken: seconds, s/MB, growth against the first row."""

    def __init__(self, title: str) -> None:
        """Print the title and the header."""
        self.base: float | None = None
        print(f"\n{title}\n{'size':>9} {'MB':>8} {'seconds':>9} {'s/MB':>8} {'growth':>7}", flush=True)

    def row(self, label: str, n: int, seconds: float) -> None:
        """Print one measurement of ``n`` code points."""
        mb = len_mb(n)
        per_mb = seconds / mb
        self.base = self.base or per_mb
        print(f"{label:>9} {mb:8.3f} {seconds:9.3f} {per_mb:8.3f} {per_mb / self.base:7.2f}", flush=True)


def len_mb(n: int) -> float:
    """Code points as megabytes (10^6)."""
    return n / 1_000_000


def main() -> None:
    """Run the scaling measurements."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10K,100K,1M,10M")
    parser.add_argument("--html-sizes", default="10K,100K,1M,10M")
    parser.add_argument("--trafilatura-sizes", default="10K,100K,1M,4M")
    parser.add_argument("--line-sizes", default="100K,1M,10M")
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    boilerstrip.clean("warm up the lexicon and the language profiles.", config=NO_LIMITS)
    boilerstrip.clean_html(as_html(corpus_text(5_000)), config=NO_LIMITS)  # imports trafilatura

    table = Table("clean (text from the corpus)")
    for label in args.sizes.split(","):
        text = corpus_text(parse_size(label))
        table.row(label, len(text), timed(partial(boilerstrip.clean, text, config=NO_LIMITS), args.repeat))

    table = Table("clean_html (the same text as <p> paragraphs; size counts the HTML)")
    for label in args.html_sizes.split(","):
        html = as_html(corpus_text(parse_size(label)))
        table.row(label, len(html), timed(partial(boilerstrip.clean_html, html, config=NO_LIMITS), args.repeat))

    table = Table("clean_html with trafilatura on every page (max_html_elements off)")
    for label in args.trafilatura_sizes.split(","):
        html = as_html(corpus_text(parse_size(label)))
        run = partial(boilerstrip.clean_html, html, config=ALWAYS_TRAFILATURA)
        table.row(label, len(html), timed(run, args.repeat))

    table = Table("clean_html: pages of tiny paragraphs (<p>w <b>x</b> y</p>), default max_html_elements")
    for count in (5_000, 10_000, 20_000, 100_000):
        html = "<html><body><article>" + "<p>w <b>x</b> y</p>" * count + "</article></body></html>"
        run = partial(boilerstrip.clean_html, html, config=NO_LIMITS)
        table.row(f"{count}p", len(html), timed(run, args.repeat))

    sentence = "The council approved the new school budget on Tuesday evening, after a long debate. "
    table = Table("clean: one huge single line")
    for label in args.line_sizes.split(","):
        n = parse_size(label)
        line = (sentence * (n // len(sentence) + 1))[:n]
        table.row(label, n, timed(partial(boilerstrip.clean, line, config=NO_LIMITS), args.repeat))

    table = Table("clean: many tiny lines")
    for count in (10_000, 100_000, 1_000_000):
        tiny = "".join(f"w{i % 97}\n" for i in range(count))
        table.row(f"{count}ln", len(tiny), timed(partial(boilerstrip.clean, tiny, config=NO_LIMITS), args.repeat))


if __name__ == "__main__":
    main()
