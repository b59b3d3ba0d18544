"""The Spark integration and examples/spark_clean.py, in one local[2] SparkSession over a handful of rows."""

from __future__ import annotations

import importlib.util
import json
import os
import pickle
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.conftest import ROOT
from tests.optional_deps import require_module

require_module("pyspark")
require_module("pandas")
require_module("pyarrow")

from pyspark.sql import SparkSession  # noqa: E402

from boilerstrip import ConfigError  # noqa: E402
from boilerstrip.batch.flat import FLAT_FIELDS  # noqa: E402
from boilerstrip.batch.records import clean_records  # noqa: E402
from boilerstrip.batch.site_pass import SitePass, clean_records_site_pass, count_records, read_counts  # noqa: E402
from boilerstrip.integrations.spark import clean_dataframe, partition_cleaner, site_counts, spark_schema  # noqa: E402

PROSE = "The council approved the budget on Tuesday evening."
PAGE = f"<html><body><nav>Home | News</nav><article><h1>Budget</h1><p>{PROSE}</p></article></body></html>"


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    # The Python workers must run this interpreter (the one with boilerstrip), not whatever `python3` is on PATH.
    saved = {k: os.environ.get(k) for k in ("PYSPARK_PYTHON", "PYSPARK_DRIVER_PYTHON")}
    os.environ["PYSPARK_PYTHON"] = os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable
    session = (
        SparkSession.builder.master("local[2]")
        .appName("boilerstrip-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    try:
        yield session
    finally:
        session.stop()
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def test_clean_dataframe_text_column_with_errors_isolated(spark: Any) -> None:
    rows = [("a", f"Advertisement\n{PROSE}", "https://example.org/a"), ("b", None, None), ("c", PROSE, None)]
    df = spark.createDataFrame(rows, "id STRING, text STRING, url STRING").repartition(2)
    out = {r["id"]: r.asDict() for r in clean_dataframe(df).collect()}
    assert clean_dataframe(df).columns == list(FLAT_FIELDS)
    assert out["a"]["text"] == PROSE and out["a"]["url"] == "https://example.org/a"
    assert out["a"]["status"] == "ok" and out["a"]["removed_chars"] == len("Advertisement\n")
    assert out["a"]["flags"] == [] and out["a"]["authors"] == []
    assert out["b"]["status"] == "error" and out["b"]["error_type"] == "InvalidRecord" and out["b"]["text"] is None
    assert out["c"]["text"] == PROSE


def test_map_in_pandas_with_binary_html_prefix_and_fields(spark: Any) -> None:
    # n has a null: pandas gets it as float64, and the ids must still read "1" and "2", not "1.0".
    rows = [(1, bytearray(PAGE.encode())), (2, bytearray(b"<html>")), (None, None)]
    df = spark.createDataFrame(rows, "n INT, page BINARY")
    fields = ["id", "status", "text", "title", "source_kind"]
    fn = partition_cleaner(column="page", html=True, id_column="n", url_column=None, prefix="bs_", fields=fields)
    out = df.mapInPandas(fn, schema=spark_schema(prefix="bs_", fields=fields)).orderBy("bs_id").collect()
    assert [r["bs_id"] for r in out] == [None, "1", "2"]
    assert out[0]["bs_status"] == "error"
    out = out[1:]
    assert out[0].asDict() == {
        "bs_id": "1",
        "bs_status": "ok",
        "bs_text": PROSE,
        "bs_title": "Budget",
        "bs_source_kind": "html",
    }
    assert out[1]["bs_status"] == "ok" and out[1]["bs_text"] == ""


def test_missing_columns_and_fields_raise_on_the_driver(spark: Any) -> None:
    df = spark.createDataFrame([("a", PROSE)], "id STRING, body STRING")
    with pytest.raises(ConfigError, match="no column 'text'"):
        clean_dataframe(df)
    with pytest.raises(ConfigError, match="no column 'url'"):
        clean_dataframe(df, column="body")
    row = clean_dataframe(df, column="body", url_column=None).first()
    assert row is not None and row["text"] == PROSE
    with pytest.raises(ConfigError, match="unknown field"):
        spark_schema(fields=["nope"])


def load_example() -> ModuleType:
    spec = importlib.util.spec_from_file_location("spark_clean", ROOT / "examples" / "spark_clean.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_example_job_reads_jsonl_and_writes_parquet(
    spark: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "crawl.jsonl"
    rows = [{"id": "x1", "text": f"Share\n{PROSE}"}, {"id": "x2", "text": None}]
    source.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    assert load_example().main([str(source), str(tmp_path / "out")], spark=spark) == 0
    import pyarrow.parquet as pq

    table = pq.read_table(tmp_path / "out").sort_by("id")
    assert table.column_names == list(FLAT_FIELDS)
    assert table.column("text").to_pylist() == [PROSE, None]
    assert table.column("status").to_pylist() == ["ok", "error"]
    assert "2 rows written" in (err := capsys.readouterr().err) and "1 errors" in err


def test_every_kind_of_missing_pandas_value_reaches_the_cleaner_as_none() -> None:
    import numpy as np
    import pandas as pd

    from boilerstrip.integrations.spark import _column

    batch = pd.DataFrame(
        {
            "i": pd.array([1, None], dtype="Int32"),  # PySpark 4: nullable integers, pd.NA
            "f": [1.0, np.nan],  # PySpark 3: integers with nulls as float64
            "s": pd.Series(["a", None], dtype="string"),
            "b": [bytearray(b"x"), None],
        }
    )
    assert [_column(batch, c) for c in "ifsb"] == [[1, None], [1.0, None], ["a", None], [b"x", None]]
    assert _column(batch, "absent") == _column(batch, None) == [None, None]


def site_rows() -> list[dict[str, Any]]:
    """Four pages on each of two hosts, each host with its tagline and footer, and a page without a URL."""
    stories = [
        "The ferry to Bari left on time on Monday, to the relief of the waiting passengers.",
        "A new crane arrived at the container quay after a week at sea from Rotterdam.",
        "Fishermen protested outside the harbour office about the new quotas for sardines.",
        "The marina repairs will start in May and last until the end of the summer.",
    ]
    hosts = {
        "https://www.harbour.example": (
            "The Harbour Times: your port, your news",
            "Harbour Times, 4 Quay Road, Saltmarsh",
        ),
        "https://hills.example": ("Hill Gazette, news from the valleys", "Write to the Hill Gazette desk at any time"),
    }
    rows: list[dict[str, Any]] = []
    for n, (site, (tagline, footer)) in enumerate(hosts.items()):
        for i, story in enumerate(stories):
            rows.append({"id": f"h{n}-{i}", "url": f"{site}/news/{i}", "text": f"{tagline}\n{story}\n{footer}"})
    rows.append({"id": "no-url", "url": None, "text": f"{stories[0]}\n{hosts['https://hills.example'][1]}"})
    return rows


def test_site_pass_in_spark_counts_and_cleans_like_the_batch_site_pass(spark: Any) -> None:
    rows = site_rows()
    df = spark.createDataFrame(rows, "id STRING, url STRING, text STRING").repartition(2)
    exact = site_counts(df, min_pages=1)
    assert exact == count_records(rows) and exact.hosts() == ["harbour.example", "hills.example"]
    counts = site_counts(df)  # min_pages=3: the lines of one page stay on the executors
    assert counts == count_records(rows).pruned(3) != exact
    index = counts.index("hills.example")
    assert index is not None and index.documents == 4 and len(index.counts) == 2
    assert pickle.loads(pickle.dumps(SitePass(counts))) == SitePass(counts)  # shipped to executors in the closure

    out = {r["id"]: r["text"] for r in clean_dataframe(df, site=SitePass(counts)).collect()}
    expected = {r["id"]: r["text"] for r in clean_records_site_pass(rows, fields=["text"])}
    assert out == expected
    # The taglines and footers are cut, the stories kept; the page without a URL keeps its footer.
    assert len(out) == 9
    assert all(out[f"h{n}-{i}"] == rows[4 * n + i]["text"].splitlines()[1] for n in (0, 1) for i in range(4))
    assert out["no-url"] == rows[-1]["text"]
    with pytest.raises(ConfigError, match="no column 'link'"):
        site_counts(df, url_column="link")


def test_corpus_sites_through_spark_two_passes_as_through_the_batch_site_pass(spark: Any) -> None:
    rows = [json.loads(line) for line in (ROOT / "corpus" / "sites" / "pages.jsonl").open(encoding="utf-8")]
    df = spark.createDataFrame([(r["id"], r["url"], r["text"]) for r in rows], "id STRING, url STRING, text STRING")
    out = {r["id"]: r["text"] for r in clean_dataframe(df, site=SitePass(site_counts(df))).collect()}
    assert out == {r["id"]: r["text"] for r in clean_records_site_pass(rows, fields=["text"])}
    assert out != {r["id"]: r["text"] for r in clean_records(rows, fields=["text"])}  # the site pass did cut


def test_example_job_site_pass_writes_counts_and_cuts_site_lines(
    spark: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = site_rows()
    source, counts = tmp_path / "crawl.jsonl", tmp_path / "counts.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    args = [str(source), str(tmp_path / "out"), "--site-pass", "--site-index", str(counts), "--site-min-pages", "4"]
    assert load_example().main(args, spark=spark) == 0
    import pyarrow.parquet as pq

    table = pq.read_table(tmp_path / "out")
    out = dict(zip(table.column("id").to_pylist(), table.column("text").to_pylist(), strict=True))
    assert out == {r["id"]: r["text"] for r in clean_records_site_pass(rows, fields=["text"], site_min_pages=4)}
    assert out["h1-2"] == rows[6]["text"].splitlines()[1]
    assert read_counts([str(counts)]) == count_records(rows).pruned(4)
    assert "site pass: 2 hosts, 8 pages counted" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        load_example().parse_args([str(source), "out", "--site-index", str(counts)])
