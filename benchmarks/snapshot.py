"""Snapshot every output the package produces on the corpus and the public benchmark pages, to prove a change neutral.

A refactoring must not change what users get. This script runs ``clean`` on
every corpus text and the seed page, ``clean_html`` on every corpus page and
every public benchmark page, and ``clean`` on the text each of those pages
was extracted to, and writes one JSON line per output: ``{"id", "sha256"}``
with the SHA-256 of ``Result.to_dict()`` serialised with sorted keys.
``--full`` also writes each ``to_dict()`` beside it, for a diff.

    python benchmarks/snapshot.py -o /tmp/before.jsonl      # at the old commit
    python benchmarks/snapshot.py -o /tmp/after.jsonl       # at the new one
    python benchmarks/snapshot.py --compare /tmp/before.jsonl /tmp/after.jsonl

The bench data is read from ``--bench`` (default ``$BOILERSTRIP_BENCH`` or
``../shared/bench`` beside the checkout); without it only the corpus is run.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import sys
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from scoring import default_bench

import boilerstrip

ROOT = Path(__file__).resolve().parent.parent
Job = tuple[str, str, str | bytes]  # (id, kind "text"|"html", input)


def _jobs(bench: Path | None) -> Iterator[Job]:
    for folder in sorted((ROOT / "corpus" / "cases").iterdir()):
        if (folder / "input.txt").is_file():
            yield f"corpus/{folder.name}", "text", (folder / "input.txt").read_text(encoding="utf-8")
    for folder in sorted((ROOT / "corpus" / "html").iterdir()):
        if (folder / "page.html").is_file():
            yield f"corpus-html/{folder.name}", "html", (folder / "page.html").read_bytes()
    seed = ROOT.parent / "shared" / "seeds" / "sputnik-lavrov-eurasian-security.txt"
    if seed.is_file():
        yield "seed", "text", seed.read_text(encoding="utf-8")
    if bench is None:
        return
    for name in ("aeb", "trafilatura"):
        with (bench / name / "index.jsonl").open(encoding="utf-8") as fh:
            for line in fh:
                record = json.loads(line)
                yield f"{name}/{record['id']}", "html", gzip.decompress((bench / name / record["html"]).read_bytes())


def _digest(data: dict[str, Any]) -> str:
    return hashlib.sha256(json.dumps(data, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()


def _run(job: Job) -> list[tuple[str, dict[str, Any]]]:
    ident, kind, data = job
    if kind == "text":
        return [(ident, boilerstrip.clean(data).to_dict())]
    page = boilerstrip.clean_html(data)
    out = [(ident, page.to_dict())]
    if page.source:
        # The text stage alone on real extracted text, as a text-mode user would call it.
        out.append((f"{ident}#text", boilerstrip.clean(page.source).to_dict()))
    return out


def _snapshot(out: Path, bench: Path | None, jobs: int, full: bool) -> int:
    count = 0
    with out.open("w", encoding="utf-8") as fh, ProcessPoolExecutor(jobs) as pool:
        for results in pool.map(_run, _jobs(bench), chunksize=8):
            for ident, data in results:
                record: dict[str, Any] = {"id": ident, "sha256": _digest(data)}
                if full:
                    record["result"] = data
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")
                count += 1
    return count


def _load(path: Path) -> dict[str, dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return {rec["id"]: rec for rec in map(json.loads, fh)}


def _compare(before: Path, after: Path) -> int:
    old, new = _load(before), _load(after)
    missing = sorted(set(old) ^ set(new))
    changed = sorted(k for k in set(old) & set(new) if old[k]["sha256"] != new[k]["sha256"])
    print(f"{len(old)} outputs before, {len(new)} after; {len(changed)} changed; {len(missing)} only on one side")
    for ident in changed[:50]:
        print(f"changed: {ident}")
        a, b = old[ident].get("result"), new[ident].get("result")
        if isinstance(a, dict) and isinstance(b, dict):
            for key in sorted(set(a) | set(b)):
                if a.get(key) != b.get(key):
                    print(f"    {key}: {json.dumps(a.get(key), ensure_ascii=False)[:300]}")
                    print(f" -> {key}: {json.dumps(b.get(key), ensure_ascii=False)[:300]}")
    for ident in missing[:50]:
        print(f"only in {'before' if ident in old else 'after'}: {ident}")
    return 1 if changed or missing else 0


def main() -> int:
    """Write a snapshot, or compare two."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-o", "--output", type=Path, help="write the snapshot here")
    parser.add_argument("--compare", nargs=2, type=Path, metavar=("BEFORE", "AFTER"))
    parser.add_argument("--bench", type=Path, default=None)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--full", action="store_true", help="also store each result, for a readable diff")
    args = parser.parse_args()
    if args.compare:
        return _compare(*args.compare)
    if args.output is None:
        parser.error("give -o FILE or --compare BEFORE AFTER")
    bench = args.bench or default_bench()
    have_bench = bench is not None and (bench / "aeb" / "index.jsonl").is_file()
    count = _snapshot(args.output, bench if have_bench else None, args.jobs, args.full)
    print(f"{count} outputs written to {args.output}" + ("" if have_bench else " (no bench data: corpus only)"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
