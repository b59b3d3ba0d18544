r"""A batched map function for Hugging Face datasets: :func:`clean_batch`, and :func:`output_features`.

Needs ``pip install 'boilerstrip[datasets]'``. :func:`clean_batch` handles
dicts of lists and imports nothing from ``datasets``::

    kwargs = {"column": "html", "html": True}
    ds = ds.map(clean_batch, batched=True, num_proc=4, fn_kwargs=kwargs, features=output_features(ds.features))

Each output column is a field of the flat record schema
(:data:`boilerstrip.batch.flat.FLAT_SCHEMA`) named ``prefix + field``; the input
columns stay. A row that cannot be cleaned (a null value, an exception) gets
``status`` ``"error"``, ``error_type`` and ``error_message``, and nulls
elsewhere: the map never fails on a bad row.

Pass ``features=output_features(ds.features, ...)`` (with the ``prefix`` and
``fields`` given to :func:`clean_batch`): without it, ``datasets`` infers each
new column's type from the first batch a process writes, and a column that is
all null there (``error_type`` in a batch without errors, ``title`` of text
without one) fails the map when a later batch has a value.

>>> batch = {"text": ["Share\nThe port opened on Monday after years of delay.", None]}
>>> out = clean_batch(batch, fields=["text", "status", "error_type", "removed_chars"])
>>> out["boilerstrip_text"]
['The port opened on Monday after years of delay.', None]
>>> out["boilerstrip_status"], out["boilerstrip_error_type"], out["boilerstrip_removed_chars"]
(['ok', 'error'], [None, 'InvalidRecord'], [6, 0])
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from boilerstrip.batch.flat import FLAT_FIELDS
from boilerstrip.config import Config
from boilerstrip.errors import ConfigError
from boilerstrip.integrations._arrow import arrow_schema
from boilerstrip.integrations._values import ValueCleaner

__all__ = ["DEFAULT_FIELDS", "clean_batch", "output_features"]

#: The output fields when none are chosen: every flat field but ``id`` and ``url``, which the dataset has.
DEFAULT_FIELDS: tuple[str, ...] = tuple(f for f in FLAT_FIELDS if f not in ("id", "url"))


def clean_batch(
    batch: Mapping[str, Sequence[Any]],
    *,
    column: str = "text",
    html: bool = False,
    url_column: str | None = "url",
    prefix: str = "boilerstrip_",
    fields: Iterable[str] | None = None,
    config: Config | None = None,
    oversize: str = "flag",
) -> dict[str, list[Any]]:
    """Clean the ``column`` of a batch (a dict of columns) and return the new columns, ``prefix + field``.

    ``html=True`` cleans the column as HTML pages (str or bytes), passing the
    ``url_column`` (when the batch has it) to the extractor. ``fields`` picks
    among :data:`DEFAULT_FIELDS` (all of them by default). ``prefix=""`` with
    the ``text`` field replaces the input column when it is named ``text``.
    ``config`` and ``oversize`` are those of :func:`boilerstrip.clean_records`.
    """
    chosen = _chosen(fields)
    if column not in batch:
        raise ConfigError(f"no column {column!r} in the batch (columns: {', '.join(batch)})")
    values = batch[column]
    urls: Sequence[Any] = batch[url_column] if url_column is not None and url_column in batch else [None] * len(values)
    # Built per batch: after the first, building a cleaner costs well under a millisecond (the rules are cached),
    # and nothing has to survive datasets' pickling of the function into its worker processes.
    cleaner = ValueCleaner(column=column, html=html, config=config, oversize=oversize)
    out: dict[str, list[Any]] = {prefix + f: [] for f in chosen}
    for value, url in zip(values, urls, strict=True):
        row = cleaner.clean(value, url=url)
        for f in chosen:
            out[prefix + f].append(row[f])
    return out


def output_features(features: Any, *, prefix: str = "boilerstrip_", fields: Iterable[str] | None = None) -> Any:
    """The ``datasets.Features`` of a dataset with ``features`` after ``map(clean_batch, ...)``, for ``features=``.

    ``prefix`` and ``fields`` must be those given to :func:`clean_batch`; the
    new columns' types come from :data:`~boilerstrip.batch.flat.FLAT_SCHEMA`.
    """
    import datasets

    chosen = _chosen(fields)
    # Through Arrow: datasets' own name for a list feature changed across versions (Sequence, then List).
    flat = datasets.Features.from_arrow_schema(arrow_schema(chosen, prefix))
    return datasets.Features({**features, **flat})


def _chosen(fields: Iterable[str] | None) -> tuple[str, ...]:
    chosen = DEFAULT_FIELDS if fields is None else tuple(fields)
    unknown = [f for f in chosen if f not in FLAT_FIELDS]
    if unknown:
        raise ConfigError(f"unknown field(s) {', '.join(map(repr, unknown))}; choose among: {', '.join(FLAT_FIELDS)}")
    return chosen
