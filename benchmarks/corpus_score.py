"""Print kept-prose precision/recall and metadata accuracy of boilerstrip on the corpus.

Usage: python benchmarks/corpus_score.py [corpus/cases] [--verbose]
"""

from __future__ import annotations

import sys
from pathlib import Path

from scoring import evaluate, load_corpus

import boilerstrip


def main(argv: list[str]) -> int:
    verbose = "--verbose" in argv
    args = [a for a in argv if not a.startswith("--")]
    root = Path(args[0]) if args else Path(__file__).resolve().parent.parent / "corpus" / "cases"
    cases = load_corpus(root)
    report = evaluate(cases, boilerstrip.clean)
    langs = len({c.lang for c in cases})
    styles = len({c.site_style for c in cases})
    print(f"cases: {len(cases)}  languages: {langs}  site styles: {styles}")
    print(
        f"kept-prose lines: precision {report.lines.precision:.4f}  recall {report.lines.recall:.4f}  "
        f"(tp {report.lines.true_pos}, chrome kept {report.lines.false_pos}, prose lost {report.lines.false_neg})"
    )
    print(f"metadata fields exact: {report.metadata_right}/{report.metadata_total} = {report.metadata_accuracy:.3f}")
    if verbose:
        by_id = {c.id: c for c in cases}
        for case_id, score in report.per_case.items():
            if score.false_pos or score.false_neg:
                case = by_id[case_id]
                result = boilerstrip.clean(case.input)
                exp = set(case.expected.split("\n"))
                got = result.text.split("\n") if result.text else []
                print(f"\n== {case_id}: chrome kept {score.false_pos}, prose lost {score.false_neg}")
                for line in got:
                    if line not in exp:
                        print(f"  + {line[:150]}")
                for line in case.expected.split("\n"):
                    if line not in got:
                        print(f"  - {line[:150]}")
        for case_id, misses in report.metadata_misses.items():
            for key, (want, have) in misses.items():
                print(f"meta {case_id} {key}: want {want!r} got {have!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
