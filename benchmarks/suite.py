"""Score boilerstrip and its peers side by side on the public extraction benchmarks, in one run.

Usage:
    python benchmarks/suite.py [--bench PATH] [--set aeb|trafilatura|both] [--limit N]
                               [--systems a,b,...] [--out docs/benchmarks.md] [--chart PATH]

Needs the ``bench`` extra (``pip install -e '.[bench]'``). ``--bench`` is a
directory in the shared bench format (``<set>/index.jsonl`` + ``pages/``,
see its README.md); by default $BOILERSTRIP_BENCH, else ``../shared/bench``
next to the repository. Pages are read in place, never copied.

Every page is given to every system in turn (so machine load hits all of
them alike), timed with ``time.process_time()``; the outputs are scored with
the AEB shingle metric on ``aeb/`` and the must / must-not segment metric on
``trafilatura/`` (``benchmarks/scoring.py``). The markdown report and the
chart are written at the end; a progress line goes to stderr every 100 pages.
"""

from __future__ import annotations

import argparse
import datetime
import logging
import os
import platform
import shlex
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from importlib import metadata
from pathlib import Path
from typing import Any

from bench_peers import SYSTEMS, PageInput, System
from bench_report import RunInfo, SystemRun, chart, render, score_runs
from scoring import aeb_page, bench_pages, browser_charset, decode_page, default_bench

ROOT = Path(__file__).resolve().parent.parent
SETS = ("aeb", "trafilatura")
PACKAGES = (
    "boilerstrip",
    "trafilatura",
    "justext",
    "lxml",
    "readability-lxml",
    "resiliparse",
    "boilerpy3",
    "html-text",
    "matplotlib",
)


def select(names: str | None) -> list[System]:
    """The systems named in ``--systems`` (all when empty), in the suite's order; unknown names are an error."""
    if not names:
        return list(SYSTEMS)
    wanted = [n.strip() for n in names.split(",") if n.strip()]
    known = {s.name for s in SYSTEMS}
    unknown = [n for n in wanted if n not in known]
    if unknown:
        raise SystemExit(f"unknown system(s) {unknown}; choose from: {', '.join(s.name for s in SYSTEMS)}")
    return [s for s in SYSTEMS if s.name in wanted]


def timed(call: Callable[[Any], str | None], arg: Any) -> tuple[str, float, str | None]:
    """Run one system on one input: (output, CPU seconds, error kind or None). Never raises."""
    start = time.process_time()
    try:
        out = call(arg)
        error = None if out is not None else "None"
    except Exception as exc:  # any peer crash is scored as empty output, counted, and the run goes on
        cause = exc.__cause__ or exc.__context__
        detail = str(exc) or (f"from {type(cause).__name__}: {cause}" if cause else "")  # wrappers carry no message
        out, error = None, f"{type(exc).__name__}: {detail[:100]}"
    return out or "", time.process_time() - start, error


def _fail(run: SystemRun, error: str, page_id: str) -> None:
    kind = error.split(":")[0]
    run.failures[kind] += 1
    run.failure_example.setdefault(kind, f"{page_id}: {error}")


def warm_up(bench: Path, set_name: str, extractors: Sequence[System], stages: Sequence[System]) -> None:
    """Call every system once, untimed, so imports and lexicon loading do not land on the first timed page."""
    for record, html in bench_pages(bench, set_name, 1):
        page = PageInput(record, html, decode_page(html), browser_charset(html))
        texts = {s.name: timed(s.extract, page)[0] for s in extractors if s.extract}
        for s in stages:
            if s.stage and s.base:
                timed(s.stage, texts[s.base])


def run_suite(
    bench: Path, sets: Sequence[str], limit: int | None, chosen: Sequence[System]
) -> tuple[list[SystemRun], dict[str, int]]:
    """Run every chosen system on every page; text modes also run (unreported) their base if not chosen."""
    by_name = {s.name: s for s in SYSTEMS}
    bases = [by_name[s.base] for s in chosen if s.base and s.base not in {c.name for c in chosen}]
    extractors = [s for s in SYSTEMS if s.extract and (s in chosen or s in bases)]
    stages = [s for s in chosen if s.stage]
    runs = {s.name: SystemRun(s) for s in [*extractors, *stages]}
    warm_up(bench, sets[0], extractors, stages)
    pages: dict[str, int] = {}
    for set_name in sets:
        n = 0
        for record, html in bench_pages(bench, set_name, limit):
            page = PageInput(record, html, decode_page(html), browser_charset(html))
            outputs: dict[str, tuple[str, float, str | None]] = {}
            for system in extractors:
                assert system.extract is not None
                outputs[system.name] = timed(system.extract, page)
            for system in stages:
                assert system.stage is not None and system.base is not None
                base_text, base_time, base_error = outputs[system.base]
                out, stage_time, error = timed(system.stage, base_text)
                run = runs[system.name]
                run.stage_seconds.append(stage_time)
                if base_time > 0:
                    run.stage_ratios.append(stage_time / base_time)
                error = f"base {base_error}" if base_error else error
                outputs[system.name] = (out, base_time + stage_time, error)
            for name, (out, seconds, error) in outputs.items():
                run = runs[name]
                run.seconds.setdefault(set_name, []).append(seconds)
                if error:
                    _fail(run, error, str(record["id"]))
                run.empty += not out.strip()
                if set_name == "aeb":
                    run.aeb.append(aeb_page(record.get("gold_text") or "", out))
                else:
                    run.segments.add(record.get("must_contain", []), record.get("must_not_contain", []), out)
            n += 1
            if n % 100 == 0:
                print(f"  {set_name}: {n} pages", file=sys.stderr, flush=True)
        pages[set_name] = n
        print(f"{set_name}: {n} pages done", file=sys.stderr, flush=True)
    chosen_names = {s.name for s in chosen}
    return [runs[s.name] for s in SYSTEMS if s.name in chosen_names], pages


def versions() -> dict[str, str]:
    """Installed versions of boilerstrip, its peers and the tools, plus boilerstrip's git commit."""
    out: dict[str, str] = {}
    for name in PACKAGES:
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            out[name] = "not installed"
    try:
        commit = subprocess.run(
            ["git", "-C", str(ROOT), "describe", "--always", "--dirty"], capture_output=True, text=True, check=True
        ).stdout.strip()
        out["boilerstrip"] += f" (git {commit})"
    except (OSError, subprocess.CalledProcessError):
        pass  # not a git checkout: the package version alone
    return out


def machine() -> dict[str, str]:
    """CPU model, cores, Python and OS, and the load average (the machine may be shared)."""
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass  # not Linux: platform.processor() below is the best we have
    if cpu == "unknown":
        cpu = platform.processor() or cpu
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "n/a"
    return {
        "CPU": cpu,
        "cores": str(os.cpu_count()),
        "Python": f"{platform.python_version()} ({platform.python_implementation()})",
        "OS": platform.platform(),
        "load average at the end (1/5/15 min)": load,
    }


def main(argv: Sequence[str] | None = None) -> int:
    """Parse the command line, run the suite, write the report and the chart."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    default = default_bench()
    parser.add_argument("--bench", default=str(default) if default else None, required=default is None)
    parser.add_argument("--set", choices=[*SETS, "both"], default="both")
    parser.add_argument("--limit", type=int, default=None, help="first N pages of each set")
    parser.add_argument("--systems", default=None, help="comma-separated names (default: all)")
    parser.add_argument("--out", default=str(ROOT / "docs" / "benchmarks.md"))
    parser.add_argument("--chart", default=None, help="PNG path (default: the report's path with .png)")
    parser.add_argument("--resamples", type=int, default=1000, help="AEB bootstrap resamples")
    parser.add_argument("--seed", type=int, default=0, help="bootstrap seed")
    args = parser.parse_args(argv)
    bench = Path(args.bench)
    sets = list(SETS) if args.set == "both" else [args.set]
    missing = [name for name in sets if not (bench / name / "index.jsonl").is_file()]
    if missing:
        raise SystemExit(f"no {', '.join(missing)} set under {bench} (expected <set>/index.jsonl): see --bench")
    chosen = select(args.systems)
    # Peers log every page they cannot parse; failures are counted and reported instead.
    logging.disable(logging.CRITICAL)

    installed = versions()  # before anything is written, so --dirty speaks of the code that runs
    runs, pages = run_suite(bench, sets, args.limit, chosen)
    scores = score_runs(runs, args.resamples, args.seed)
    out = Path(args.out)
    png = Path(args.chart) if args.chart else out.with_suffix(".png")
    out.parent.mkdir(parents=True, exist_ok=True)
    drawn = chart(scores, png, pages.get("aeb", 0))
    readme_path = bench / "README.md"
    readme = readme_path.read_text(encoding="utf-8") if readme_path.is_file() else ""
    shown_bench = os.path.relpath(bench.absolute(), ROOT) if bench.is_absolute() else str(bench)
    info = RunInfo(
        command=shlex.join(["python", *(sys.argv if argv is None else ["benchmarks/suite.py", *argv])]),
        date=datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        bench=shown_bench,
        pages=pages,
        resamples=args.resamples,
        seed=args.seed,
        versions=installed,
        machine=machine(),
    )
    out.write_text(render(scores, info, readme, png if drawn else None, out), encoding="utf-8")
    print(f"wrote {out}" + (f" and {png}" if drawn else ""), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
