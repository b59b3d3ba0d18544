"""Totals only: how many chrome-free documents ``clean()`` changes, and what share of their characters it removes.

``boilerstrip eval`` prints the chrome-free figures per folder; this pools
several folders (held-out batches are scored as totals, never line by line)::

    python benchmarks/chrome_free_totals.py corpus/heldout       # every kind "clean" document in it

A document is changed when its output's lines differ from ``expected.txt``;
the characters counted are the non-whitespace characters of the expected text
that the output lacks (removed whitespace is no loss).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import boilerstrip


def _visible(text: str) -> int:
    return len("".join(text.split()))


def totals(roots: list[Path]) -> tuple[int, int, int, int]:
    """(changed, documents, characters removed, characters) over the ``kind: clean`` documents under ``roots``."""
    changed = documents = removed = characters = 0
    for root in roots:
        for case in sorted(p.parent for p in root.glob("*/case.json")):
            if json.loads((case / "case.json").read_text(encoding="utf-8")).get("kind") != "clean":
                continue
            expected = (case / "expected.txt").read_text(encoding="utf-8")
            output = boilerstrip.clean((case / "input.txt").read_text(encoding="utf-8")).text
            documents += 1
            characters += _visible(expected)
            removed += max(0, _visible(expected) - _visible(output))
            changed += output.strip().split("\n") != expected.strip().split("\n")
    return changed, documents, removed, characters


def main(argv: list[str] | None = None) -> int:
    """Print the pooled totals of the folders given."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("roots", nargs="+", type=Path, help="folders of corpus documents (one folder per document)")
    args = parser.parse_args(argv)
    changed, documents, removed, characters = totals(args.roots)
    share = removed / characters * 100 if characters else 0.0
    print(f"{changed} of {documents} chrome-free documents changed; ", end="")
    print(f"{removed} of {characters} characters removed ({share:.2f}%)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
