"""PySpark: clean a column of a DataFrame with ``mapInPandas``, into the flat record schema.

Needs ``pip install 'boilerstrip[spark]'`` (PySpark, and the pandas and
pyarrow that ``mapInPandas`` runs on). ::

    from boilerstrip.integrations.spark import clean_dataframe

    clean = clean_dataframe(df, column="html", html=True)  # id, url, status, text, title, ... (FLAT_SCHEMA)
    clean.write.parquet("clean/")

or, spelled out: ``df.mapInPandas(partition_cleaner(column="text"),
schema=spark_schema())``. The output has one row per input row, with the
fields of :data:`boilerstrip.batch.flat.FLAT_SCHEMA` (``prefix`` + name): ``id``
and ``url`` come from the ``id_column`` and ``url_column`` (join on ``id`` to
bring back other columns). A row that cannot be cleaned has ``status``
``"error"``, ``error_type`` and ``error_message``: a bad row never fails the job.

Each Python worker builds its cleaner once per partition, so the function is
cheap to ship; ``config`` (a :class:`boilerstrip.Config`) is pickled with it.

The two-pass site run (site-wide chrome, see :mod:`boilerstrip.batch.site_pass`)
runs as two Spark jobs: :func:`site_counts` counts lines per URL host across
the DataFrame and brings the counts to the driver, then ``clean_dataframe(...,
site=SitePass(counts))`` cleans each row with its host's ``site_repeats``
cleaner::

    from boilerstrip.batch.site_pass import SitePass

    counts = site_counts(df, column="text", url_column="url")
    clean = clean_dataframe(df, column="text", site=SitePass(counts))
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

from boilerstrip.batch.flat import FLAT_FIELDS, FLAT_SCHEMA
from boilerstrip.batch.site_hosts import SitePass, host_of
from boilerstrip.batch.site_pass import _text_and_url
from boilerstrip.cleaners.site_repeats import SiteCounts, SiteIndex, page_keys
from boilerstrip.config import Config
from boilerstrip.errors import ConfigError
from boilerstrip.integrations._values import ValueCleaner

if TYPE_CHECKING:  # pandas and PySpark are imported where they run, not with this module.
    import pandas as pd
    from pyspark.sql import DataFrame

__all__ = ["clean_dataframe", "partition_cleaner", "site_counts", "spark_schema"]

# FLAT_SCHEMA's type names (Arrow's) in Spark SQL's DDL.
_DDL_TYPES = {"string": "STRING", "int64": "BIGINT", "list<string>": "ARRAY<STRING>"}


def _chosen(fields: Iterable[str] | None) -> tuple[str, ...]:
    chosen = FLAT_FIELDS if fields is None else tuple(fields)
    unknown = [f for f in chosen if f not in FLAT_FIELDS]
    if unknown:
        raise ConfigError(f"unknown field(s) {', '.join(map(repr, unknown))}; choose among: {', '.join(FLAT_FIELDS)}")
    return chosen


def spark_schema(*, prefix: str = "", fields: Iterable[str] | None = None) -> str:
    """The Spark DDL schema of the output (``prefix`` + each field, all of :data:`FLAT_FIELDS` by default).

    >>> spark_schema(fields=["id", "text", "authors", "chars_in"])
    '`id` STRING, `text` STRING, `authors` ARRAY<STRING>, `chars_in` BIGINT'
    """
    return ", ".join(f"`{prefix}{f}` {_DDL_TYPES[FLAT_SCHEMA[f]]}" for f in _chosen(fields))


def _column(batch: pd.DataFrame, name: str | None) -> list[Any]:
    """The values of a column as Python objects, every kind of missing value as None (all None if no column).

    pandas marks a missing value as NaN (float columns, and strings under pandas 3's default string dtype), as
    pd.NA (nullable Int32, "string") or NaT: the cleaner wants None. Binary values may come as bytearray.
    """
    if name is None or name not in batch:
        return [None] * len(batch)
    series = batch[name].astype(object)
    return [bytes(v) if isinstance(v, bytearray) else v for v in series.where(series.notna(), None).tolist()]


def _id(value: Any) -> Any:
    # An integer column with nulls may reach pandas as float64: id 7 would become "7.0".
    return int(value) if isinstance(value, float) and value.is_integer() else value


def partition_cleaner(
    *,
    column: str = "text",
    html: bool = False,
    id_column: str | None = "id",
    url_column: str | None = "url",
    prefix: str = "",
    fields: Iterable[str] | None = None,
    config: Config | None = None,
    oversize: str = "flag",
    site: SitePass | None = None,
) -> Callable[[Iterator[pd.DataFrame]], Iterator[pd.DataFrame]]:
    """A function for ``DataFrame.mapInPandas`` cleaning ``column``, with output schema :func:`spark_schema`.

    ``html=True`` cleans the column as HTML pages (string or binary), with the
    ``url_column`` as their URL. An absent ``id_column`` or ``url_column``
    gives null ids or URLs. ``prefix`` and ``fields`` must match those given to
    :func:`spark_schema`; ``config``, ``oversize`` and ``site`` are those of
    :func:`boilerstrip.clean_records`: with ``site`` (counts from
    :func:`site_counts`, or read from files), each row is cleaned with the
    ``site_repeats`` cleaner of its URL's host, as the batch site pass does.

    ``site`` is pickled with the function, like ``config``: PySpark ships a
    function over 1 MB pickled as a broadcast variable, so the counts travel
    once per executor, but every task unpickles them. That suits counts pruned
    by :func:`site_counts` (``min_pages``); counts too big for that would want
    an explicit broadcast and a cleaner per host shard, which this first
    version does not do.
    """
    chosen = _chosen(fields)
    names = [prefix + f for f in chosen]
    # Bad options fail here, on the driver, not in a task.
    ValueCleaner(column=column, html=html, config=config, oversize=oversize, site=site)

    def clean_partition(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
        import pandas as pd

        cleaner = ValueCleaner(column=column, html=html, config=config, oversize=oversize, site=site)
        for batch in batches:
            values, ids, urls = _column(batch, column), _column(batch, id_column), _column(batch, url_column)
            columns: list[list[Any]] = [[] for _ in chosen]
            for value, id, url in zip(values, ids, urls, strict=True):
                row = cleaner.clean(value, id=_id(id), url=url)
                for out, f in zip(columns, chosen, strict=True):
                    out.append(row[f])
            # object columns: Spark casts them to the declared schema through Arrow, nulls included.
            yield pd.DataFrame({name: pd.Series(col, dtype=object) for name, col in zip(names, columns, strict=True)})

    return clean_partition


def clean_dataframe(
    df: DataFrame,
    *,
    column: str = "text",
    html: bool = False,
    id_column: str | None = "id",
    url_column: str | None = "url",
    prefix: str = "",
    fields: Iterable[str] | None = None,
    config: Config | None = None,
    oversize: str = "flag",
    site: SitePass | None = None,
) -> DataFrame:
    """``df.mapInPandas(partition_cleaner(...), schema=spark_schema(...))``; a column absent from ``df`` is an error.

    ``site`` (e.g. ``SitePass(site_counts(df))``) is the second pass of the site run: see :func:`partition_cleaner`.
    """
    missing = [c for c in (column, id_column, url_column) if c is not None and c not in df.columns]
    if column in missing:
        raise ConfigError(f"no column {column!r} in the DataFrame (columns: {', '.join(df.columns)})")
    # A missing id or url column is allowed (nulls), but only when asked for by passing None: here it is a typo.
    if missing:
        raise ConfigError(f"no column {missing[0]!r} in the DataFrame; pass None for no ids or URLs")
    fn = partition_cleaner(
        column=column,
        html=html,
        id_column=id_column,
        url_column=url_column,
        prefix=prefix,
        fields=fields,
        config=config,
        oversize=oversize,
        site=site,
    )
    return df.mapInPandas(fn, schema=spark_schema(prefix=prefix, fields=fields))


# --- the site pass: counting lines per host ----------------------------------------------------

# The rows the counting job emits: one per (page, counted line), and one with a null key per page, so that a
# single groupBy counts both the pages each line is on and the pages of each host.
_KEYS_SCHEMA = "host STRING, key STRING"


def _page_keys_of(column: str, url_column: str) -> Callable[[Iterator[pd.DataFrame]], Iterator[pd.DataFrame]]:
    """The ``mapInPandas`` function of :func:`site_counts`: rows ``host, key`` (see ``_KEYS_SCHEMA``)."""

    def keys_partition(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
        import pandas as pd

        for batch in batches:
            hosts: list[str] = []
            keys: list[str | None] = []
            for value, url in zip(_column(batch, column), _column(batch, url_column), strict=True):
                # The same pages as count_records takes: a text (or UTF-8 bytes) and a URL with a host.
                found = _text_and_url({"t": value, "u": url}, "t", "u")
                host = host_of(found[1]) if found is not None else None
                if found is None or host is None:
                    continue
                page = page_keys(found[0])
                hosts.extend([host] * (len(page) + 1))
                keys.append(None)
                keys.extend(page)
            yield pd.DataFrame({"host": pd.Series(hosts, dtype=object), "key": pd.Series(keys, dtype=object)})

    return keys_partition


def site_counts(df: DataFrame, *, column: str = "text", url_column: str = "url", min_pages: int = 3) -> SiteCounts:
    """Pass 1 of the site run as a Spark job: the lines of ``column`` counted per host of ``url_column``.

    Each page gives its host (:func:`~boilerstrip.batch.site_hosts.host_of`) and
    the keys of its lines (:func:`~boilerstrip.cleaners.site_repeats.page_keys`)
    in ``mapInPandas``; Spark adds them up per (host, key) and per host, and
    only the lines on ``min_pages`` pages or more reach the driver. The result
    equals ``count_records(rows).pruned(min_pages)`` over the same rows: rows
    without a text or a URL host are left out, as there. Give the cleaning
    :class:`~boilerstrip.batch.site_hosts.SitePass` a ``min_pages`` of at least this
    one (the default 3 of both), and pruning changes no cut. ``min_pages=1``
    keeps every line: exact counts, to be merged with counts of other parts.

    ``column`` must hold text: the lines of an HTML page exist only after
    extraction, and an HTML column would be counted as if its markup were
    lines (``boilerstrip batch --site-pass`` leaves HTML records out of its
    count; ``examples/spark_clean.py`` refuses ``--site-pass`` with ``--html``).
    """
    if min_pages < 1:
        raise ConfigError(f"min_pages must be at least 1, not {min_pages}")
    for name in (column, url_column):
        if name not in df.columns:
            raise ConfigError(f"no column {name!r} in the DataFrame (columns: {', '.join(df.columns)})")
    from pyspark.sql import functions as F

    # Spark adds the (host, key) rows up partially in each partition before the shuffle: only one row per
    # distinct pair and partition crosses the network. The per-host page rows (null key) are never pruned.
    counted = df.select(column, url_column).mapInPandas(_page_keys_of(column, url_column), schema=_KEYS_SCHEMA)
    totals = counted.groupBy("host", "key").count().filter(F.col("key").isNull() | (F.col("count") >= min_pages))
    lines: dict[str, dict[str, int]] = {}
    pages: dict[str, int] = {}
    # Row by row, a partition at a time: the driver never holds the rows and the counts built from them at once.
    for host, key, n in totals.toLocalIterator(prefetchPartitions=True):
        if key is None:
            pages[host] = n
        else:
            lines.setdefault(host, {})[key] = n
    return SiteCounts({host: SiteIndex(lines.get(host, {}), n) for host, n in pages.items()})
