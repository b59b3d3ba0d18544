"""Clean a JSONL or Parquet dataset with PySpark and write the flat records as Parquet.

    pip install 'boilerstrip[spark]'
    python examples/spark_clean.py crawl.jsonl clean/                      # a "text" column
    python examples/spark_clean.py pages.parquet clean/ --column html --html --master 'local[4]'

Input: ``.jsonl``/``.json`` (one object per line; a folder of them too) or
Parquet (anything else). Output: a Parquet folder with the fields of
boilerstrip's flat record schema, one row per input row; rows that could not
be cleaned have ``status = 'error'`` and an ``error_message``, and the summary
line counts them.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import Any

from boilerstrip.integrations.spark import clean_dataframe


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
    return parser.parse_args(argv)


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
    clean = clean_dataframe(df, column=args.column, html=args.html, id_column=id_column, url_column=url_column)
    clean.write.mode("overwrite").parquet(args.output)
    written = spark.read.parquet(args.output)
    errors = written.filter(written.status == "error").count()
    print(f"{written.count()} rows written to {args.output}, {errors} errors", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
