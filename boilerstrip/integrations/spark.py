"""PySpark: clean a column of a DataFrame with ``mapInPandas``, into the flat record schema.

Needs ``pip install 'boilerstrip[spark]'`` (PySpark, and the pandas and
pyarrow that ``mapInPandas`` runs on). ::

    from boilerstrip.integrations.spark import clean_dataframe

    clean = clean_dataframe(df, column="html", html=True)  # id, url, status, text, title, ... (FLAT_SCHEMA)
    clean.write.parquet("clean/")

or, spelled out: ``df.mapInPandas(partition_cleaner(column="text"),
schema=spark_schema())``. The output has one row per input row, with the
fields of :data:`boilerstrip.flat.FLAT_SCHEMA` (``prefix`` + name): ``id``
and ``url`` come from the ``id_column`` and ``url_column`` (join on ``id`` to
bring back other columns). A row that cannot be cleaned has ``status``
``"error"``, ``error_type`` and ``error_message``: a bad row never fails the job.

Each Python worker builds its cleaner once per partition, so the function is
cheap to ship; ``config`` (a :class:`boilerstrip.Config`) is pickled with it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

from boilerstrip.config import Config
from boilerstrip.errors import ConfigError
from boilerstrip.flat import FLAT_FIELDS, FLAT_SCHEMA
from boilerstrip.integrations._values import ValueCleaner

if TYPE_CHECKING:  # pandas and PySpark are imported where they run, not with this module.
    import pandas as pd
    from pyspark.sql import DataFrame

__all__ = ["clean_dataframe", "partition_cleaner", "spark_schema"]

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
) -> Callable[[Iterator[pd.DataFrame]], Iterator[pd.DataFrame]]:
    """A function for ``DataFrame.mapInPandas`` cleaning ``column``, with output schema :func:`spark_schema`.

    ``html=True`` cleans the column as HTML pages (string or binary), with the
    ``url_column`` as their URL. An absent ``id_column`` or ``url_column``
    gives null ids or URLs. ``prefix`` and ``fields`` must match those given to
    :func:`spark_schema`; ``config`` and ``oversize`` are those of
    :func:`boilerstrip.clean_records`.
    """
    chosen = _chosen(fields)
    names = [prefix + f for f in chosen]
    ValueCleaner(column=column, html=html, config=config, oversize=oversize)  # bad options fail here, not in a task

    def clean_partition(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
        import pandas as pd

        cleaner = ValueCleaner(column=column, html=html, config=config, oversize=oversize)
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
) -> DataFrame:
    """``df.mapInPandas(partition_cleaner(...), schema=spark_schema(...))``; a column absent from ``df`` is an error."""
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
    )
    return df.mapInPandas(fn, schema=spark_schema(prefix=prefix, fields=fields))
