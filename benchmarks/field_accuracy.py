"""Title, dateline and author accuracy on labelled folders, and what ``titles`` / ``datelines`` do to chrome-free text.

Usage:
    python benchmarks/field_accuracy.py [FOLDER ...] [--verbose]

Default folders: ``corpus/dev``, ``corpus/heldout``, ``corpus/cases``. For every
document whose ``case.json`` lists ``title``, ``dateline`` or ``authors`` under
``metadata``, the field of ``Result.metadata.to_dict()`` is compared with it
exactly (whitespace runs aside). For the ``clean`` documents (no chrome), a
title or a dateline in the output is wrong by convention (the first line is
text), and the characters the ``titles`` and ``datelines`` cleaners removed are
counted as harm.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from scoring import metadata_mismatches

import boilerstrip

ROOT = Path(__file__).resolve().parent.parent
FIELDS = ("title", "dateline", "authors")
OURS = ("titles", "datelines")


def score(folder: Path, verbose: bool) -> None:
    # The held-out set is scored, never read: no per-document details for it.
    verbose = verbose and folder.name != "heldout"
    right = dict.fromkeys(FIELDS, 0)
    total = dict.fromkeys(FIELDS, 0)
    clean_docs = clean_titled = clean_datelined = clean_cut_docs = clean_cut_chars = 0
    for case_dir in sorted(p for p in folder.iterdir() if (p / "case.json").is_file()):
        meta = json.loads((case_dir / "case.json").read_text(encoding="utf-8"))
        text = (case_dir / "input.txt").read_text(encoding="utf-8")
        result = boilerstrip.clean(text)
        got = result.metadata.to_dict()
        want = meta.get("metadata", {})
        if meta.get("kind") == "clean":
            clean_docs += 1
            clean_titled += got.get("title") is not None
            clean_datelined += got.get("dateline") is not None
            ours = [r for r in result.removed if r.cleaner in OURS]
            clean_cut_docs += bool(ours)
            clean_cut_chars += sum(len(r.text.strip()) for r in ours)
            if verbose and (ours or got.get("title") or got.get("dateline")):
                for r in ours:
                    print(f"  CLEAN {case_dir.name}: {r.cleaner}/{r.reason} {r.text.strip()[:80]!r}")
            continue
        for key in FIELDS:
            if key not in want:
                continue
            total[key] += 1
            ok = not metadata_mismatches({key: want[key]}, got)
            right[key] += ok
            if verbose and not ok:
                print(f"  {key:8} {case_dir.name}: want {want[key]!r} got {got.get(key)!r}")
    parts = [f"{k} {right[k]}/{total[k]}" for k in FIELDS]
    print(f"{folder}: " + ", ".join(parts))
    if clean_docs:
        print(
            f"  clean docs {clean_docs}: with a title {clean_titled}, with a dateline {clean_datelined}, "
            f"cut by titles/datelines {clean_cut_docs} ({clean_cut_chars} chars)"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="*", type=Path)
    parser.add_argument("--verbose", "-v", action="store_true")
    args = parser.parse_args()
    folders = args.folders or [ROOT / "corpus" / "dev", ROOT / "corpus" / "heldout", ROOT / "corpus" / "cases"]
    for folder in folders:
        score(folder, args.verbose)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
