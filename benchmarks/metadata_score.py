"""HTML metadata against the trafilatura set's gold: publication day and exact title, boilerstrip vs trafilatura.

    python benchmarks/metadata_score.py [--bench ../shared/bench] [--part dev|held-out|all]

The 990 pages of the trafilatura set carry gold dates (728 pages) and titles
(845). Each page falls in one of two parts by a hash of its id: ``dev``, on
which date and title rules may be chosen, and ``held-out``, which nothing is
ever tuned on. Report the held-out figure; ``all`` is for comparison with
figures quoted before the split existed.

For every page: ``clean_html(page, url=url)`` and trafilatura's own metadata
(``bare_extraction(..., with_metadata=True)``), in the same run. A date is
right when its first ten characters equal the gold day; a title when it
equals the gold title after whitespace is collapsed.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from scoring import bench_pages, default_bench

import boilerstrip
from boilerstrip.rules.shapes import normalise_spaces

ROOT = Path(__file__).resolve().parent.parent


def part_of(page_id: str) -> str:
    """``dev`` or ``held-out``, fixed by the page id (half and half)."""
    return "dev" if hashlib.sha256(page_id.encode("utf-8")).digest()[0] % 2 == 0 else "held-out"


@dataclass
class Tally:
    """Right answers out of the pages that have gold for the field."""

    dates: int = 0
    date_gold: int = 0
    titles: int = 0
    title_gold: int = 0

    def add(self, gold: dict[str, Any], date: str | None, title: str | None) -> None:
        """Score one page's ``date`` and ``title`` against its gold record."""
        if gold.get("gold_date"):
            self.date_gold += 1
            self.dates += bool(date) and str(date)[:10] == str(gold["gold_date"])[:10]
        if gold.get("gold_title"):
            self.title_gold += 1
            self.titles += bool(title) and normalise_spaces(str(title)) == normalise_spaces(str(gold["gold_title"]))


def trafilatura_metadata(html: bytes, url: str | None) -> tuple[str | None, str | None]:
    """Return trafilatura's own date and title for a page (its default settings, metadata on)."""
    import trafilatura

    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True)
    if doc is None:
        return None, None
    data = doc if isinstance(doc, dict) else doc.as_dict()
    return data.get("date"), data.get("title")


def main() -> int:
    """Score both systems on the chosen part and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bench", type=Path, default=None)
    parser.add_argument("--part", choices=("dev", "held-out", "all"), default="held-out")
    parser.add_argument("--misses", type=int, default=0, help="print this many boilerstrip date misses")
    args = parser.parse_args()
    bench = args.bench or default_bench()
    if bench is None:
        parser.error("no benchmark data: give --bench or set $BOILERSTRIP_BENCH")
    ours, theirs = Tally(), Tally()
    misses: list[str] = []
    for record, html in bench_pages(bench, "trafilatura"):
        if not (record.get("gold_date") or record.get("gold_title")):
            continue
        if args.part != "all" and part_of(str(record["id"])) != args.part:
            continue
        url = record.get("url")
        result = boilerstrip.clean_html(html, url=url)
        ours.add(record, result.metadata.date, result.metadata.title)
        theirs.add(record, *trafilatura_metadata(html, url))
        if (
            record.get("gold_date")
            and str(result.metadata.date)[:10] != record["gold_date"]
            and len(misses) < args.misses
        ):
            misses.append(f"{record['id']}: gold {record['gold_date']}, got {result.metadata.date} ({url})")
    print(f"part: {args.part}")
    print("| system | publication day right | exact title |")
    print("|---|---|---|")
    for name, t in (("boilerstrip clean_html", ours), ("trafilatura", theirs)):
        print(f"| {name} | {t.dates}/{t.date_gold} | {t.titles}/{t.title_gold} |")
    for line in misses:
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
