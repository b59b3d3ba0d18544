r"""Site-wide chrome at scale: count lines per host over a crawl, then clean each page against its site.

A line that recurs on many pages of one site (a tagline, a footer, a
newsletter blurb, an author bio) is chrome the default rules cannot know.
The two-pass run finds it:

1. **count**: read every record, take the host of its URL, and count, per
   host, the pages each line appears on (:class:`~boilerstrip.cleaners.site_repeats.SiteCounts`;
   cheap: one hash per line);
2. **clean**: clean each record with the
   :class:`~boilerstrip.cleaners.site_repeats.SiteRepeats` cleaner of its host
   inserted before ``titles``. Records without a URL, or whose host has no
   counts, are cleaned as usual.

Counts are sums, so they can be built on shards of a crawl on several
machines, written (``boilerstrip site-index build``), merged
(``boilerstrip site-index merge``) and used later
(``boilerstrip batch --use-site-index``); see ``docs/pipelines.md``.

>>> footer = "The Harbour Times: your port, your news, every day"
>>> bodies = ["The ferry to Bari left on time on Monday.", "A new crane arrived at the container quay.",
...           "Fishermen protested outside the harbour office.", "The marina repairs will start in May."]
>>> records = [{"id": i, "url": f"https://harbour.example/news/{i}", "text": f"{b}\n{footer}"}
...            for i, b in enumerate(bodies)]
>>> records.append({"id": "x", "text": f"A page without a URL keeps its footer.\n{footer}"})
>>> for row in clean_records_site_pass(records, fields=["text"]):
...     print(row["id"], row["text"].splitlines())
0 ['The ferry to Bari left on time on Monday.']
1 ['A new crane arrived at the container quay.']
2 ['Fishermen protested outside the harbour office.']
3 ['The marina repairs will start in May.']
x ['A page without a URL keeps its footer.', 'The Harbour Times: your port, your news, every day']
"""

from __future__ import annotations

import argparse
import gzip
import io
import sys
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, cast

from boilerstrip.batch.items import InputProblem, Located
from boilerstrip.batch.site_hosts import SitePass, host_of, insert_site_cleaner
from boilerstrip.cleaners.site_repeats import SiteCounts, shard_of
from boilerstrip.errors import BoilerstripError, ConfigError

__all__ = [
    "SitePass",
    "clean_records_site_pass",
    "count_records",
    "host_of",
    "insert_site_cleaner",
    "read_counts",
    "write_counts",
]


def _text_and_url(item: object, text_field: str, url_field: str) -> tuple[str, object] | None:
    if isinstance(item, Located):
        item = item.record
    if isinstance(item, InputProblem) or not isinstance(item, Mapping):
        return None
    text = item.get(text_field)
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError:
            return None
    if not isinstance(text, str):
        return None
    return text, item.get(url_field)


@dataclass
class CountReport:
    """What the counting pass saw: pages counted, and records left out (no host, no text, another shard)."""

    counted: int = 0
    no_host: int = 0
    no_text: int = 0
    other_shard: int = 0


def count_records(
    records: Iterable[object],
    *,
    text_field: str = "text",
    url_field: str = "url",
    shard: tuple[int, int] | None = None,
    counts: SiteCounts | None = None,
    report: CountReport | None = None,
) -> SiteCounts:
    """Pass 1: count the lines of every text record per host of its URL.

    Records without a host or a text (HTML records, unreadable items) are left
    out, as are, with ``shard=(k, n)``, hosts outside shard ``k`` of ``n``.
    ``counts``, if given, is added to and returned.
    """
    out = counts if counts is not None else SiteCounts()
    seen = report if report is not None else CountReport()
    for item in records:
        found = _text_and_url(item, text_field, url_field)
        if found is None:
            seen.no_text += 1
            continue
        text, url = found
        host = host_of(url)
        if host is None:
            seen.no_host += 1
            continue
        if shard is not None and shard_of(host, shard[1]) != shard[0]:
            seen.other_shard += 1
            continue
        out.add(host, text)
        seen.counted += 1
    return out


def clean_records_site_pass(
    records: Collection[object] | Callable[[], Iterable[object]],
    *,
    text_field: str = "text",
    url_field: str = "url",
    site_min_pages: int = 3,
    site_min_share: float = 0.3,
    site_prose_min_share: float | None = 0.8,
    **options: Any,
) -> Iterator[dict[str, Any]]:
    """Both passes over ``records``: count per host, then clean with the counts (``clean_records``).

    ``records`` is read twice, so it is a collection (a list) or a function
    returning a fresh iterable each call (re-reading a file), never a one-shot
    iterator. The other keywords are those of ``clean_records``.
    """
    from boilerstrip.batch.records import clean_records

    if callable(records):
        first, second = records(), records()
    else:
        if iter(records) is cast(object, records):
            raise ConfigError("the site pass reads the records twice: give a list, or a function returning them")
        first, second = records, records
    counts = count_records(first, text_field=text_field, url_field=url_field)
    return clean_records(
        second,
        text_field=text_field,
        url_field=url_field,
        site=SitePass(counts, site_min_pages, site_min_share, site_prose_min_share),
        **options,
    )


# --- files ------------------------------------------------------------------------------------


def read_counts(paths: Iterable[str]) -> SiteCounts:
    """The merged counts of one or more counts files (``.gz`` and ``.zst`` too)."""
    from boilerstrip.batch.inputs import open_binary

    parts: list[SiteCounts] = []
    for path in paths:
        try:
            with open_binary(path) as fh:
                parts.append(SiteCounts.read(io.TextIOWrapper(fh, encoding="utf-8"), name=path))
        except (OSError, EOFError, UnicodeDecodeError) as exc:
            raise BoilerstripError(f"cannot read site counts {path}: {exc}") from exc
    return SiteCounts.merged(parts)


def write_counts(counts: SiteCounts, path: str) -> None:
    """Write ``counts`` to ``path`` (``-``: standard output; a ``.gz`` name is compressed)."""
    if path == "-":
        counts.write(sys.stdout)
        return
    target = Path(path)
    # Written beside the target and renamed, so that a crash never leaves half a counts file to be merged.
    tmp = target.with_name(target.name + ".tmp")
    if path.endswith(".gz"):
        with gzip.open(tmp, "wt", encoding="utf-8") as gz:
            counts.write(gz)
    else:
        with tmp.open("w", encoding="utf-8") as fh:
            counts.write(fh)
    tmp.replace(target)


def parse_shard(value: str) -> tuple[int, int]:
    """``K/N`` (shard K of N, counted from 0), for ``--shard``."""
    try:
        k, n = (int(part) for part in value.split("/"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected K/N (shard K of N, from 0), not {value!r}") from None
    if n < 1 or not 0 <= k < n:
        raise argparse.ArgumentTypeError(f"shard {value!r}: need 0 <= K < N")
    return k, n


# --- the site-index command -------------------------------------------------------------------


def add_site_index_arguments(parser: argparse.ArgumentParser) -> None:
    """The ``boilerstrip site-index build|merge`` subcommands."""
    from boilerstrip.cli_args import positive_int

    sub = parser.add_subparsers(dest="site_command", required=True)
    build = sub.add_parser("build", help="count lines per host over inputs (as batch reads them) into a counts file")
    build.add_argument("inputs", nargs="*", default=["-"], help="JSONL files (.gz, .zst), directories, globs, or -")
    build.add_argument("-o", "--output", default="-", help="counts file to write (.gz compressed; default: stdout)")
    build.add_argument("--text-field", default="text", help="field holding the text (default: text)")
    build.add_argument("--url-field", default="url", help="field holding the page URL (default: url)")
    build.add_argument("--id-field", default="id", help="field holding the record id (default: id)")
    build.add_argument("--shard", type=parse_shard, help="count only the hosts of shard K of N (K/N, from 0)")
    build.add_argument("--prune", type=positive_int, help="leave out lines on fewer pages (final files only)")
    build.set_defaults(site_func=_cmd_build)
    merge = sub.add_parser("merge", help="add up counts files (shards, runs) into one")
    merge.add_argument("files", nargs="+", help="counts files written by site-index build or batch --site-index")
    merge.add_argument("-o", "--output", default="-", help="counts file to write (.gz compressed; default: stdout)")
    merge.add_argument("--shard", type=parse_shard, help="keep only the hosts of shard K of N (K/N, from 0)")
    merge.add_argument("--prune", type=positive_int, help="leave out lines on fewer pages (final files only)")
    merge.set_defaults(site_func=_cmd_merge)


def run_site_index(args: argparse.Namespace) -> int:
    """Run ``boilerstrip site-index`` with parsed ``args``; returns the exit code."""
    code: int = args.site_func(args)
    return code


def _finish(counts: SiteCounts, args: argparse.Namespace) -> SiteCounts:
    if args.shard is not None:
        counts = counts.shard(*args.shard)
    if args.prune:
        counts = counts.pruned(args.prune)
    write_counts(counts, args.output)
    return counts


def _cmd_build(args: argparse.Namespace) -> int:
    from boilerstrip.batch.inputs import check_inputs, iter_records

    for warning in check_inputs(args.inputs):
        print(f"boilerstrip site-index: {warning}", file=sys.stderr)
    records = iter_records(args.inputs, text_field=args.text_field, id_field=args.id_field, url_field=args.url_field)
    report = CountReport()
    counts = count_records(
        records, text_field=args.text_field, url_field=args.url_field, shard=args.shard, report=report
    )
    counts = _finish(counts, args)
    print(f"boilerstrip site-index: {describe(counts, report)}", file=sys.stderr)
    return 0


def _cmd_merge(args: argparse.Namespace) -> int:
    counts = _finish(read_counts(args.files), args)
    print(f"boilerstrip site-index: {len(args.files)} files merged: {describe(counts)}", file=sys.stderr)
    return 0


def describe(counts: SiteCounts, report: CountReport | None = None) -> str:
    """One line for people: hosts and pages counted, and records left out of the count."""
    out = f"{len(counts.hosts())} hosts, {counts.documents} pages counted"
    if report is not None:
        left = [
            f"{n} {what}"
            for n, what in (
                (report.no_host, "without a URL host"),
                (report.no_text, "without text"),
                (report.other_shard, "of other shards"),
            )
            if n
        ]
        if left:
            out += " (left out: " + ", ".join(left) + ")"
    return out


def spool(stream: IO[bytes]) -> IO[bytes]:
    """Standard input copied to a temporary file, so that the two passes can both read it."""
    import shutil
    import tempfile

    copy = tempfile.TemporaryFile()  # noqa: SIM115 (the caller reads it twice, then closes it)
    shutil.copyfileobj(stream, copy)
    copy.seek(0)
    return copy
