"""Measure the opt-in SiteRepeats cleaner on the corpus: what it adds and what prose it risks.

Two runs:

* per template: for each ``site_style`` with at least three documents, index
  those documents and score the default pipeline with and without SiteRepeats;
* stress: index *all* corpus inputs as if they were one site, with the share
  floor switched off (a line on any 3 pages is cut), and count the cuts that
  land on expected prose. Pages of different sites share almost no prose, so
  this is the worst case for false removals on repeated phrasing.

Usage: python benchmarks/site_repeats_check.py [corpus/cases]
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from pathlib import Path

from scoring import Case, evaluate, load_corpus

import boilerstrip
from boilerstrip.cleaners.site_repeats import SiteIndex, SiteRepeats


def per_template(cases: list[Case]) -> None:
    """Score each multi-page template with and without SiteRepeats."""
    groups: dict[str, list[Case]] = defaultdict(list)
    for case in cases:
        groups[case.site_style].append(case)
    default = boilerstrip.Pipeline.default()
    for style, group in sorted(groups.items()):
        if len(group) < 3:
            continue
        index = SiteIndex.build(c.input for c in group)
        with_repeats = default.with_(SiteRepeats(index), before="titles")
        base = evaluate(group, default)
        plus = evaluate(group, with_repeats)
        print(
            f"{style} ({len(group)} pages): default P {base.lines.precision:.3f} R {base.lines.recall:.3f}"
            f"  +site_repeats P {plus.lines.precision:.3f} R {plus.lines.recall:.3f}"
        )


def stress(cases: list[Case]) -> None:
    """Index every input as one site and report cuts that hit expected prose."""
    index = SiteIndex.build(c.input for c in cases)
    pipe = boilerstrip.Pipeline([SiteRepeats(index, min_pages=3, min_share=0.0)])
    cut: Counter[str] = Counter()
    lost: list[tuple[str, str]] = []
    prose_lines = 0
    for case in cases:
        expected = {line.strip() for line in case.expected.split("\n") if line.strip()}
        prose_lines += len(expected)
        for removal in pipe(case.input).removed:
            span = case.input[removal.start : removal.end].strip()
            cut[span] += 1
            if span in expected:
                lost.append((case.id, span))
    print(f"stress, {len(cases)} pages as one site: {sum(cut.values())} cuts, prose lost {len(lost)}/{prose_lines}")
    for span, n in cut.most_common():
        print(f"  cut x{n}: {span[:100]}")
    for case_id, span in lost:
        print(f"  LOST in {case_id}: {span[:100]}")


def main(argv: list[str]) -> int:
    root = Path(argv[0]) if argv else Path(__file__).resolve().parent.parent / "corpus" / "cases"
    cases = load_corpus(root)
    per_template(cases)
    stress(cases)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
