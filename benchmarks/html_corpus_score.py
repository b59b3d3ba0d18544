"""Score boilerstrip.clean_html and trafilatura alone on the labelled HTML corpus, side by side.

Usage: python benchmarks/html_corpus_score.py [corpus/html] [--verbose]

Both extractors get the page bytes. trafilatura runs as in its own benchmark,
with the settings ``clean_html`` gives it (``boilerstrip.html.TRAFILATURA_SETTINGS``:
tables in, comments and formatting out), and returns text only, so its
metadata is not scored. The segment metric is described in
``benchmarks/html_scoring.py``.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from html_scoring import HtmlReport, evaluate_html, load_html_cases
from scoring import bench_text

import boilerstrip


def boilerstrip_extract(page: bytes) -> tuple[str, Mapping[str, Any] | None]:
    """``clean_html`` text and metadata."""
    result = boilerstrip.clean_html(page)
    return result.text, result.metadata.to_dict()


def trafilatura_extract(page: bytes) -> tuple[str, Mapping[str, Any] | None]:
    """The text of trafilatura alone (the benchmarks' settings, the same as ``clean_html``'s), no metadata."""
    return bench_text(page), None


def print_misses(name: str, report: HtmlReport) -> None:
    """Per document: prose lost (-), boilerplate kept (+) and metadata fields that differ."""
    for doc in report.documents:
        if not (doc.lost or doc.leaked or doc.metadata_misses):
            continue
        print(f"\n== {name} {doc.id} ({doc.kind}): prose lost {len(doc.lost)}, boilerplate kept {len(doc.leaked)}")
        for seg in doc.lost:
            print(f"  - {seg[:150]}")
        for seg in doc.leaked:
            print(f"  + {seg[:150]}")
        for key, (want, have) in doc.metadata_misses.items():
            print(f"  meta {key}: want {want!r} got {have!r}")


def main(argv: list[str]) -> int:
    verbose = "--verbose" in argv
    args = [a for a in argv if not a.startswith("--")]
    root = Path(args[0]) if args else Path(__file__).resolve().parent.parent / "corpus" / "html"
    cases = load_html_cases(root)
    ours = evaluate_html(cases, boilerstrip_extract)
    theirs = evaluate_html(cases, trafilatura_extract)
    langs = len({c.lang for c in cases})
    negatives = sum(c.kind == "negative" for c in cases)
    print(f"documents: {len(cases)}  languages: {langs}  negative: {negatives}")
    if verbose:
        print_misses("clean_html", ours)
        print_misses("trafilatura", theirs)
        print()
    print(f"clean_html        {ours.summary()}")
    print(f"trafilatura alone {theirs.summary()}")
    meta = f"{ours.metadata_right}/{ours.metadata_total} = {ours.metadata_accuracy:.3f}"
    print(f"clean_html metadata fields exact: {meta} (trafilatura alone returns text only: not scored)")
    print("  by field: " + ", ".join(f"{k} {r}/{t}" for k, (r, t) in ours.metadata_by_field().items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
