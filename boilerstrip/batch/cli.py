"""``boilerstrip batch``: a thin command over :func:`boilerstrip.batch.records.clean_records`.

It reads the inputs (:mod:`boilerstrip.batch.inputs`), leaves out what a
``--resume`` finds done, writes one JSONL line per record (or one ``.txt``
per document with ``--output-dir``), shows progress on a terminal, and ends
with a summary on stderr and, with ``--stats``, a stats file. See
``docs/pipelines.md``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from boilerstrip.batch.inputs import COMPRESSED_SUFFIXES, PAGE_SUFFIXES, check_inputs, iter_records
from boilerstrip.batch.records import DEFAULT_FIELDS, OVERSIZE_POLICIES, InputProblem, Located, clean_records
from boilerstrip.batch.site_pass import CountReport, SitePass, count_records, describe, read_counts, spool, write_counts
from boilerstrip.batch.stats import BatchStats
from boilerstrip.cli_args import lang_code, positive_int, positive_seconds
from boilerstrip.config import Config
from boilerstrip.errors import BoilerstripError

#: How often the progress line is redrawn.
_PROGRESS_EVERY = 0.5


def add_site_thresholds(group: argparse._ArgumentGroup) -> None:
    """The site cleaner's thresholds as options (``batch`` and the Spark example job take the same ones)."""
    group.add_argument(
        "--site-min-pages",
        metavar="N",
        type=positive_int,
        default=3,
        help="a line must be on this many pages (default: 3)",
    )
    group.add_argument(
        "--site-min-share",
        metavar="SHARE",
        type=share,
        default=0.3,
        help="...and on this share of its host's pages (default: 0.3)",
    )
    group.add_argument(
        "--site-prose-min-share",
        metavar="SHARE",
        type=share_or_off,
        default=0.8,
        help="...or this share for a prose line beside the page's own prose (default: 0.8; off: no extra care)",
    )


def add_batch_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of ``boilerstrip batch``."""
    parser.add_argument(
        "inputs", nargs="*", default=["-"], help="JSONL files (.gz, .zst), directories, globs, or - (default)"
    )
    out = parser.add_mutually_exclusive_group()
    out.add_argument("-o", "--output", help="JSONL output file (default: standard output)")
    out.add_argument("--output-dir", help="write one .txt per document in this directory instead")
    parser.add_argument("--text-field", default="text", help="field holding the text (default: text)")
    parser.add_argument("--html-field", default="html", help="field holding HTML, cleaned as a page (default: html)")
    parser.add_argument("--id-field", default="id", help="field holding the record id (default: id)")
    parser.add_argument("--url-field", default="url", help="field holding the page URL (default: url)")
    parser.add_argument(
        "--fields",
        default=",".join(DEFAULT_FIELDS),
        help=f"comma-separated output fields, among the flat schema's (default: {','.join(DEFAULT_FIELDS)})",
    )
    parser.add_argument("--with-removals", action="store_true", help="add every removal to each output record")
    parser.add_argument("--flat", action="store_true", help="write flat records (every field of the flat schema)")
    parser.add_argument("--jobs", type=positive_int, default=1, help="worker processes (default: 1, in-process)")
    parser.add_argument("--timeout", type=positive_seconds, help="hard limit in seconds per document")
    parser.add_argument("--resume", action="store_true", help="skip the records already in the output; append")
    parser.add_argument("--stats", help="write the run's statistics as JSON to this file")
    parser.add_argument(
        "--oversize",
        choices=OVERSIZE_POLICIES,
        default="flag",
        help="documents over max_chars: flag (unchanged, flagged), skip, or truncate (default: flag)",
    )
    parser.add_argument("--config", help="TOML pipeline configuration")
    parser.add_argument("--lang", type=lang_code, help="document language (ISO 639-1) instead of detecting it")
    site = parser.add_argument_group("site pass (cut lines that recur on many pages of a URL host)")
    how = site.add_mutually_exclusive_group()
    how.add_argument(
        "--site-pass", action="store_true", help="read the inputs twice: count lines per host, then clean with them"
    )
    how.add_argument(
        "--use-site-index",
        metavar="FILE",
        action="append",
        help="clean with counts built earlier (site-index build/merge, --site-index); repeat to merge files",
    )
    site.add_argument("--site-index", metavar="FILE", help="with --site-pass: also write the counts to FILE")
    add_site_thresholds(site)


def share(value: str) -> float:
    """A share between 0 and 1, for ``--site-min-share``."""
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number between 0 and 1, not {value!r}") from None
    if not 0.0 <= number <= 1.0:
        raise argparse.ArgumentTypeError(f"expected a number between 0 and 1, not {value!r}")
    return number


def share_or_off(value: str) -> float | None:
    """A share, or ``off``, for ``--site-prose-min-share``."""
    return None if value.strip().lower() == "off" else share(value)


def run_batch(args: argparse.Namespace) -> int:
    """Run ``boilerstrip batch`` with parsed ``args``; returns the exit code."""
    config = Config.from_file(args.config) if args.config else Config()
    if args.lang:
        config = config.replace(lang=args.lang)
    fields = [f.strip() for f in args.fields.split(",") if f.strip()]
    if args.resume and not (args.output or args.output_dir):
        raise BoilerstripError("--resume needs an output to resume: -o FILE or --output-dir DIR")
    if args.site_index and not args.site_pass:
        raise BoilerstripError("--site-index writes the counts of --site-pass; give --site-pass too")
    for warning in check_inputs(args.inputs):
        print(f"boilerstrip batch: {warning}", file=sys.stderr)
    done: set[str] = set()
    if args.resume and args.output:
        done = _ids_in_output(Path(args.output))
    stdin: IO[bytes] | None = None
    if args.site_pass and "-" in args.inputs:
        # Standard input cannot be read twice: keep a copy for the second pass.
        stdin = spool(sys.stdin.buffer)
    try:
        return _run_batch(args, config, fields, done, stdin)
    finally:
        if stdin is not None:
            stdin.close()


def _records(args: argparse.Namespace, stdin: IO[bytes] | None) -> Iterator[object]:
    """The records of the inputs, read with the command's field names (each pass reads them afresh)."""
    return iter_records(
        args.inputs,
        text_field=args.text_field,
        html_field=args.html_field,
        id_field=args.id_field,
        url_field=args.url_field,
        stdin=stdin,
    )


def _site(args: argparse.Namespace, stdin: IO[bytes] | None) -> SitePass | None:
    """The first pass (or the counts files given): ``None`` when the run has no site pass."""
    if args.use_site_index:
        counts = read_counts(args.use_site_index)
        print(f"boilerstrip batch: site counts read: {describe(counts)}", file=sys.stderr)
    elif args.site_pass:
        report = CountReport()
        records = _records(args, stdin)
        counts = count_records(records, text_field=args.text_field, url_field=args.url_field, report=report)
        if stdin is not None:
            stdin.seek(0)
        print(f"boilerstrip batch: site pass: {describe(counts, report)}", file=sys.stderr)
        if args.site_index:
            write_counts(counts, args.site_index)
    else:
        return None
    return SitePass(counts, args.site_min_pages, args.site_min_share, args.site_prose_min_share)


def _run_batch(
    args: argparse.Namespace, config: Config, fields: list[str], done: set[str], stdin: IO[bytes] | None
) -> int:
    site = _site(args, stdin)
    records: Iterable[object] = _records(args, stdin)
    writer: _Writer = _DirWriter(Path(args.output_dir)) if args.output_dir else _JsonlWriter(args.output, args.resume)
    resumed = _Counter()
    if args.resume:
        records = _not_done(records, args.id_field, done, writer, resumed)
    stats = BatchStats()
    results = clean_records(
        records,
        text_field=args.text_field,
        html_field=args.html_field,
        id_field=args.id_field,
        url_field=args.url_field,
        config=config,
        jobs=args.jobs,
        timeout=args.timeout,
        fields=fields,
        with_removals=args.with_removals,
        flat=args.flat,
        oversize=args.oversize,
        stats=stats,
        site=site,
    )
    progress = _Progress(stats) if sys.stderr.isatty() else None
    try:
        for record in results:
            writer.write(record)
            if progress:
                progress.tick()
    finally:
        writer.close()
        if progress:
            progress.clear()
    summary = f"boilerstrip batch: {stats.summary()}"
    if args.resume:
        summary += f"; {resumed.n} records already done, left out"
    if site is not None:
        summary += f"; site_repeats removed {stats.removed_chars_by_cleaner['site_repeats']} chars"
    print(summary, file=sys.stderr)
    if args.stats:
        Path(args.stats).write_text(json.dumps(stats.to_dict(), indent=2, ensure_ascii=False) + "\n", "utf-8")
    return 0


class _Counter:
    n = 0


def _key(value: object) -> str:
    # Ids are compared in their JSON form, so that 7 and "7" stay different ids.
    return json.dumps(value, ensure_ascii=False)


def _ids_in_output(path: Path) -> set[str]:
    """The ids of the records already in ``path``; a last line cut short by a crash is dropped from the file."""
    if not path.exists():
        return set()
    data = path.read_bytes()
    end = data.rfind(b"\n") + 1
    if end < len(data):
        with path.open("r+b") as fh:
            fh.truncate(end)
    ids: set[str] = set()
    for line in data[:end].splitlines():
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            continue
        if isinstance(record, dict) and "id" in record:
            ids.add(_key(record["id"]))
    return ids


def _not_done(
    records: Iterable[object], id_field: str, done: set[str], writer: _Writer, resumed: _Counter
) -> Iterator[object]:
    for record in records:
        inner = record.record if isinstance(record, Located) else record
        rid = inner.id if isinstance(inner, InputProblem) else inner.get(id_field) if isinstance(inner, dict) else None
        if rid is not None and (_key(rid) in done or writer.has(rid)):
            resumed.n += 1
            continue
        yield record


class _Writer:
    def write(self, record: dict[str, Any]) -> None:
        raise NotImplementedError

    def has(self, rid: object) -> bool:
        return False

    def close(self) -> None:
        pass


class _JsonlWriter(_Writer):
    """One compact JSON line per record, flushed per line so that a crash loses at most the last one."""

    def __init__(self, path: str | None, append: bool) -> None:
        self._own = path is not None and path != "-"
        self._out: IO[str] = (
            open(path, "a" if append else "w", encoding="utf-8")  # noqa: SIM115 (closed in close())
            if self._own and path is not None
            else sys.stdout
        )

    def write(self, record: dict[str, Any]) -> None:
        self._out.write(json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n")

    def close(self) -> None:
        if self._own:
            self._out.close()
        else:
            self._out.flush()


class _DirWriter(_Writer):
    """One ``<id>.txt`` per document; failed and skipped records get ``<id>.error.json`` instead."""

    def __init__(self, root: Path) -> None:
        self.root = root
        root.mkdir(parents=True, exist_ok=True)
        self._used: set[Path] = set()

    def _stem(self, rid: object) -> Path:
        name = str(rid)
        for suffix in COMPRESSED_SUFFIXES:
            name = name.removesuffix(suffix)
        for suffix in PAGE_SUFFIXES:
            name = name.removesuffix(suffix)
        # Ids become paths inside root only: no absolute paths, no "..".
        parts = [p for p in name.replace("\\", "/").split("/") if p not in ("", ".", "..")]
        return self.root.joinpath(*parts) if parts else self.root / "_"

    def has(self, rid: object) -> bool:
        stem = self._stem(rid)
        return stem.with_name(stem.name + ".txt").exists() or stem.with_name(stem.name + ".error.json").exists()

    def write(self, record: dict[str, Any]) -> None:
        stem = self._stem(record.get("id"))
        failed = "error" in record or "skipped" in record or record.get("status") in ("error", "skipped")
        suffix = ".error.json" if failed else ".txt"
        target = stem.with_name(stem.name + suffix)
        n = 1
        while target in self._used:  # two ids that map to one file name: keep both
            n += 1
            target = stem.with_name(f"{stem.name}~{n}{suffix}")
        self._used.add(target)
        target.parent.mkdir(parents=True, exist_ok=True)
        if failed:
            target.write_text(json.dumps(record, ensure_ascii=False) + "\n", "utf-8")
        else:
            text = record.get("text") or ""
            target.write_text(text + ("\n" if text else ""), "utf-8")


class _Progress:
    """A progress line on stderr (only used when stderr is a terminal)."""

    def __init__(self, stats: BatchStats) -> None:
        self.stats = stats
        self.started = time.perf_counter()
        self.shown = 0.0
        self.count = 0

    def tick(self) -> None:
        self.count += 1
        now = time.perf_counter()
        if now - self.shown < _PROGRESS_EVERY:
            return
        self.shown = now
        elapsed = max(now - self.started, 1e-9)
        mchars = self.stats.chars_in / 1e6 / elapsed
        rate = self.count / elapsed
        line = f"{self.count} docs, {rate:.0f} docs/s, {mchars:.2f} M chars/s, {self.stats.errors} errors"
        sys.stderr.write(f"\r{line}\x1b[K")
        sys.stderr.flush()

    def clear(self) -> None:
        sys.stderr.write("\r\x1b[K")
        sys.stderr.flush()
