r"""The flat record: one result as a fixed set of top-level scalar and list fields, for Arrow, Parquet or SQL.

Every flat record has exactly the keys of :data:`FLAT_SCHEMA`, in its order,
whatever happened to the document: a failed or skipped record has ``status``
``"error"`` or ``"skipped"``, ``error_type`` and ``error_message`` set, and the
other fields null (lists empty, counts zero). ``id`` is always a string (or
null) so that the column has one type.

>>> import boilerstrip
>>> from boilerstrip.batch.flat import FLAT_FIELDS, flat_record
>>> row = flat_record(boilerstrip.clean("Share\nThe port opened on Monday after years of delay."), id=7)
>>> row["id"], row["status"], row["text"], row["removed_chars"]
('7', 'ok', 'The port opened on Monday after years of delay.', 6)
>>> list(row) == list(FLAT_FIELDS)
True
>>> flat_error("a1", None, "InvalidRecord", "field 'text' is null")["error_message"]
"field 'text' is null"
"""

from __future__ import annotations

from typing import Any

from boilerstrip.result import Result

#: Field name -> type, in Arrow's vocabulary: ``string`` (nullable), ``int64``, ``list<string>``.
FLAT_SCHEMA: dict[str, str] = {
    "id": "string",
    "url": "string",
    "status": "string",  # "ok", "error" or "skipped"
    "text": "string",
    "title": "string",
    "description": "string",
    "date": "string",
    "updated": "string",
    "language": "string",
    "site_name": "string",
    "section": "string",
    "authors": "list<string>",
    "tags": "list<string>",
    "flags": "list<string>",
    "source_kind": "string",  # "text" or "html"
    "encoding": "string",  # HTML input: the charset the page was decoded with
    "skipped_cleaners": "list<string>",
    "chars_in": "int64",  # length of the input field (code points; bytes for HTML read from a file)
    "chars_out": "int64",
    "removed_chars": "int64",
    "removals": "int64",
    "error_type": "string",
    "error_message": "string",
}

#: The field names of :data:`FLAT_SCHEMA`, in order.
FLAT_FIELDS: tuple[str, ...] = tuple(FLAT_SCHEMA)


def _id(value: object) -> str | None:
    return None if value is None else str(value)


def _url(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _empty(id: object, url: object) -> dict[str, Any]:
    row: dict[str, Any] = dict.fromkeys(FLAT_FIELDS)
    for name, kind in FLAT_SCHEMA.items():
        if kind == "int64":
            row[name] = 0
        elif kind.startswith("list"):
            row[name] = []
    row["id"], row["url"] = _id(id), _url(url)
    return row


def flat_record(
    result: Result, *, id: object = None, url: object = None, chars_in: int | None = None
) -> dict[str, Any]:
    """The flat form of a successful ``result`` (``chars_in`` defaults to the length of the text it restores)."""
    md = result.metadata
    removed_chars = sum(len(r.text) for r in result.removed)
    if chars_in is None:
        chars_in = len(result.text) + removed_chars - sum(len(r.replacement) for r in result.removed)
    return {
        "id": _id(id),
        "url": _url(url),
        "status": "ok",
        "text": result.text,
        "title": md.title,
        "description": md.description,
        "date": md.date,
        "updated": md.updated,
        "language": md.language,
        "site_name": md.site_name,
        "section": md.section,
        "authors": list(md.authors),
        "tags": list(md.tags),
        "flags": list(result.flags),
        "source_kind": result.source_kind,
        "encoding": result.encoding,
        "skipped_cleaners": [s.cleaner for s in result.skipped],
        "chars_in": chars_in,
        "chars_out": len(result.text),
        "removed_chars": removed_chars,
        "removals": len(result.removed),
        "error_type": None,
        "error_message": None,
    }


def flat_error(
    id: object, url: object, error_type: str, message: str, *, status: str = "error", chars_in: int = 0
) -> dict[str, Any]:
    """The flat form of a record that could not be cleaned (``status="skipped"`` for one left out on purpose)."""
    row = _empty(id, url)
    row.update(status=status, error_type=error_type, error_message=message, chars_in=chars_in)
    return row
