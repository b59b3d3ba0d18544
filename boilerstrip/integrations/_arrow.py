"""Arrow types of the flat record schema (pyarrow is imported by the caller's first use, not by boilerstrip)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from boilerstrip.batch.flat import FLAT_SCHEMA


def arrow_type(kind: str) -> Any:
    """The pyarrow type of a :data:`~boilerstrip.batch.flat.FLAT_SCHEMA` type (``string``, ``int64``...)."""
    import pyarrow as pa

    types = {"string": pa.string(), "int64": pa.int64(), "list<string>": pa.list_(pa.string())}
    return types[kind]


def arrow_schema(fields: Iterable[str], prefix: str = "") -> Any:
    """A ``pyarrow.Schema`` of the flat ``fields``, each named ``prefix + field``."""
    import pyarrow as pa

    return pa.schema([pa.field(prefix + f, arrow_type(FLAT_SCHEMA[f])) for f in fields])
