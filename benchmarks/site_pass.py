"""Measure the two-pass site run on ``corpus/sites``: chrome removed and prose kept, with and without it.

Every page of ``corpus/sites/pages.jsonl`` is cleaned twice through the bulk
API, as ``boilerstrip batch`` does: once with the default pipeline, once with
the site pass (lines counted per URL host, then ``site_repeats`` before
``titles``). Lines are compared whole (stripped, blank lines ignored); a line
of the input that is not in the expected text is chrome.

* chrome removed (recall): chrome lines of the inputs that are not in the output;
* precision: of the input lines missing from the output, the share that are chrome;
* prose lost: expected lines missing from the output (each one listed, with the cleaner that cut it).

Usage: python benchmarks/site_pass.py [--min-pages 3] [--min-share 0.3] [--show-left] [pages.jsonl]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from boilerstrip.batch.records import clean_records
from boilerstrip.batch.site_pass import clean_records_site_pass, count_records

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT / "corpus" / "sites" / "pages.jsonl"


def lines_of(text: str) -> Counter[str]:
    """The non-blank lines of ``text``, stripped, as a multiset."""
    return Counter(line.strip() for line in text.split("\n") if line.strip())


@dataclass
class Tally:
    """Line counts over a set of pages."""

    pages: int = 0
    chrome: int = 0
    chrome_removed: int = 0
    removed: int = 0
    prose: int = 0
    prose_lost: int = 0
    lost: list[tuple[str, str, str]] = field(default_factory=list)  # (page id, line, cleaner)
    left: Counter[str] = field(default_factory=Counter)  # chrome lines still in the output

    def add(self, record: dict[str, Any], out: dict[str, Any]) -> None:
        """Count one page: its input and expected text, and its output record (with removals)."""
        given, expected, got = lines_of(record["text"]), lines_of(record["expected"]), lines_of(out["text"])
        chrome = given - expected
        removed = given - got
        lost = expected - got
        self.pages += 1
        self.chrome += sum(chrome.values())
        self.chrome_removed += sum((chrome & removed).values())
        self.removed += sum(removed.values())
        self.prose += sum(expected.values())
        self.prose_lost += sum(lost.values())
        self.left.update(chrome - removed)
        by_line = {r["text"].strip(): r["cleaner"] for r in out.get("removed", [])}
        for line in lost:
            self.lost.append((record["id"], line, by_line.get(line, "?")))

    @property
    def recall(self) -> float:
        """Share of chrome lines removed."""
        return self.chrome_removed / self.chrome if self.chrome else 1.0

    @property
    def precision(self) -> float:
        """Share of removed lines that were chrome."""
        return self.chrome_removed / self.removed if self.removed else 1.0


def site_of(record: dict[str, Any]) -> str:
    """The site part of a page id (``harbour-03`` -> ``harbour``)."""
    return str(record["id"]).rsplit("-", 1)[0]


def measure(records: list[dict[str, Any]], outputs: Iterable[dict[str, Any]]) -> dict[str, Tally]:
    """Tallies per site and overall (key ``all``)."""
    tallies: dict[str, Tally] = defaultdict(Tally)
    for record, out in zip(records, outputs, strict=True):
        tallies[site_of(record)].add(record, out)
        tallies["all"].add(record, out)
    return tallies


def cell(t: Tally) -> str:
    """One run's figures for one site: chrome removed (recall), precision, prose lines lost."""
    return f"{t.chrome_removed} (R {t.recall:.3f}), P {t.precision:.3f}, lost {t.prose_lost}"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("pages", nargs="?", default=str(PAGES))
    parser.add_argument("--min-pages", type=int, default=3)
    parser.add_argument("--min-share", type=float, default=0.3)
    parser.add_argument("--prose-min-share", type=float, default=0.8)
    parser.add_argument("--show-left", action="store_true", help="list the chrome lines left with the site pass")
    args = parser.parse_args(argv)
    with open(args.pages, encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh if line.strip()]
    options: dict[str, Any] = {"fields": ["text", "flags"], "with_removals": True}
    site = {"site_min_pages": args.min_pages, "site_min_share": args.min_share}
    runs = {
        "default pipeline": list(clean_records(records, **options)),
        "site pass": list(
            clean_records_site_pass(records, site_prose_min_share=args.prose_min_share, **site, **options)
        ),
        "site pass, no prose care": list(
            clean_records_site_pass(records, site_prose_min_share=None, **site, **options)
        ),
    }
    tallies = {name: measure(records, outs) for name, outs in runs.items()}
    hosts = len({r["url"].split("/")[2] for r in records})
    print(
        f"{len(records)} pages, {hosts} sites; site pass: min_pages {args.min_pages}, min_share {args.min_share}, "
        f"prose_min_share {args.prose_min_share}"
    )
    print()
    print("| site | pages | chrome / prose lines | " + " | ".join(runs) + " |")
    print("|---|---|---|" + "---|" * len(runs))
    first = tallies["default pipeline"]
    for name in [*sorted(k for k in first if k != "all"), "all"]:
        t = first[name]
        label = "**all**" if name == "all" else name
        cells = " | ".join(cell(tallies[run][name]) for run in runs)
        print(f"| {label} | {t.pages} | {t.chrome} / {t.prose} | {cells} |")
    print()
    for run, outs in runs.items():
        held = sum("prose_guard" in out.get("flags", []) for out in outs)
        tally = tallies[run]["all"]
        print(f"{run}: prose lost {tally.prose_lost} of {tally.prose} lines; prose guard held back on {held} pages")
        for page, line, cleaner in tally.lost:
            print(f"  {page} [{cleaner}] {line[:110]}")
    # The counting pass alone, over 50 copies of the pages under distinct hosts (3150 pages, 300 hosts).
    copies = [dict(r, url=r["url"].replace("://", f"://c{k}.")) for k in range(50) for r in records]
    chars = sum(len(r["text"]) for r in copies)
    started = time.perf_counter()
    count_records(copies)
    seconds = time.perf_counter() - started
    print(
        f"\ncounting pass: {len(copies)} pages, {chars} chars, {seconds:.3f} s ({chars / seconds / 1e6:.1f} M chars/s)"
    )
    if args.show_left:
        print("\nchrome left with the site pass (line: pages):")
        for line, n in tallies["site pass"]["all"].left.most_common():
            print(f"  {n:3d}  {line[:110]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
