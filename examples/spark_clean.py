"""Clean a JSONL or Parquet dataset with PySpark and write the flat records as Parquet.

    pip install 'boilerstrip[spark]'
    python examples/spark_clean.py crawl.jsonl clean/                      # a "text" column
    python examples/spark_clean.py pages.parquet clean/ --column html --html --master 'local[4]'
    python examples/spark_clean.py crawl.jsonl clean/ --site-pass --site-index counts.jsonl.gz

Input: ``.jsonl``/``.json`` (one object per line; a folder of them too) or
Parquet (anything else). Output: a Parquet folder with the fields of
boilerstrip's flat record schema, one row per input row; rows that could not
be cleaned have ``status = 'error'`` and an ``error_message``, and the summary
line counts them.

``--site-pass`` runs the two-pass site run (as ``boilerstrip batch
--site-pass``): a first Spark job counts the lines of every page per URL host,
then each page is cleaned with the ``site_repeats`` cleaner of its host, which
cuts the lines on at least ``--site-min-pages`` pages and ``--site-min-share``
of its host's pages. The input is read twice. ``--site-index FILE`` also
writes the counts (without the lines under ``--site-min-pages``: a file to
clean with, ``boilerstrip batch --use-site-index FILE``, not to merge).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import Any

from boilerstrip.batch.cli import add_site_thresholds
from boilerstrip.batch.site_pass import SitePass, describe, write_counts
from boilerstrip.integrations.spark import clean_dataframe, site_counts


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """The command line (see the module docstring)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("input", help="a .jsonl/.json file or folder, or Parquet")
    parser.add_argument("output", help="the Parquet folder to write (overwritten)")
    parser.add_argument("--column", default="text", help="the column to clean (default: text)")
    parser.add_argument("--html", action="store_true", help="the column holds HTML pages")
    parser.add_argument("--id-column", default="id", help="the id column (default: id; '' for none)")
    parser.add_argument("--url-column", default="url", help="the URL column (default: url; '' for none)")
    parser.add_argument("--master", default="local[*]", help="the Spark master (default: local[*])")
    site = parser.add_argument_group("site pass (cut lines that recur on many pages of a URL host)")
    site.add_argument("--site-pass", action="store_true", help="count lines per host first, then clean with them")
    site.add_argument("--site-index", metavar="FILE", help="with --site-pass: also write the counts to FILE")
    add_site_thresholds(site)
    args = parser.parse_args(argv)
    if args.site_index and not args.site_pass:
        parser.error("--site-index writes the counts of --site-pass; give --site-pass too")
    # The first pass counts the lines of texts: an HTML page has its lines only after extraction.
    if args.site_pass and args.html:
        parser.error("--site-pass counts the lines of a text column, not of HTML pages: not with --html")
    return args


def main(argv: Sequence[str] | None = None, spark: Any = None) -> int:
    """Run the job; ``spark`` is an existing SparkSession to use (else one is built for ``--master``)."""
    args = parse_args(argv)
    if spark is None:
        from pyspark.sql import SparkSession

        spark = SparkSession.builder.master(args.master).appName("boilerstrip").getOrCreate()
    reader = spark.read
    df = reader.json(args.input) if args.input.endswith((".jsonl", ".json")) else reader.parquet(args.input)
    # A JSONL file without an id or url field has no such column: clean without rather than fail.
    id_column = args.id_column if args.id_column in df.columns else None
    url_column = args.url_column if args.url_column in df.columns else None
    site = None
    if args.site_pass:
        if url_column is None:
            print(f"no {args.url_column!r} column: the site pass groups pages by URL host", file=sys.stderr)
            return 2
        counts = site_counts(df, column=args.column, url_column=url_column, min_pages=args.site_min_pages)
        print(f"site pass: {describe(counts)}", file=sys.stderr)
        if args.site_index:
            write_counts(counts, args.site_index)
        site = SitePass(counts, args.site_min_pages, args.site_min_share, args.site_prose_min_share)
    clean = clean_dataframe(
        df, column=args.column, html=args.html, id_column=id_column, url_column=url_column, site=site
    )
    clean.write.mode("overwrite").parquet(args.output)
    written = spark.read.parquet(args.output)
    errors = written.filter(written.status == "error").count()
    print(f"{written.count()} rows written to {args.output}, {errors} errors", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
