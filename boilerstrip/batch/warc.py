"""WARC input for ``boilerstrip batch``: one record per HTML response, through warcio (the ``warc`` extra).

A crawl archive holds requests, responses, metadata and more. Only
``response`` records whose HTTP ``Content-Type`` is HTML become records: the
id is the ``WARC-Record-ID``, the url the ``WARC-Target-URI``, the HTML the
decoded payload (chunked and compressed transfer encodings undone by warcio)
as bytes, so that its charset is found as a browser would find it; the
charset the HTTP header names goes to the ``encoding`` field, which
``clean_html`` trusts first. A record whose payload cannot be read becomes an
:class:`~boilerstrip.batch.items.InputProblem` naming its id, so it still
yields an error record; an archive cut short reports where it stopped.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

from boilerstrip.batch.items import InputProblem
from boilerstrip.errors import BoilerstripError

#: Archive names read as WARC (compressed or not; warcio detects gzip per record).
WARC_SUFFIXES = (".warc", ".warc.gz")

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def is_warc(name: str) -> bool:
    """True for a file name ``boilerstrip batch`` reads as a WARC archive."""
    return name.lower().endswith(WARC_SUFFIXES)


def _charset(content_type: str) -> str | None:
    """The ``charset`` parameter of an HTTP ``Content-Type`` value, if any."""
    for part in content_type.split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None


def read_warc(path: str, *, html_field: str, id_field: str, url_field: str) -> Iterator[object]:
    """The HTML responses of the WARC file at ``path``, as records (see the module docstring)."""
    try:
        from warcio.archiveiterator import ArchiveIterator
        from warcio.exceptions import ArchiveLoadFailed
    except ImportError as exc:
        raise BoilerstripError(f"{path}: reading WARC files needs warcio: pip install 'boilerstrip[warc]'") from exc
    try:
        size = os.path.getsize(path)
        end = 0
        with open(path, "rb") as fh:
            archive = ArchiveIterator(fh)
            for record in archive:
                found = _html_record(path, fh.tell(), record, html_field, id_field, url_field)
                archive.read_to_end()
                end = archive.get_record_offset() + archive.get_record_length()
                if found is not None:
                    yield found
        if end < size:
            # warcio stops quietly at a damaged or cut record: what follows it would be lost without a word.
            yield InputProblem(path, "ReadError", f"cannot read {path} past byte {end} of {size}: damaged or cut short")
    except (OSError, EOFError, ArchiveLoadFailed) as exc:
        yield InputProblem(path, "ReadError", f"cannot read {path} to the end: {exc}")
    except Exception as exc:  # warcio raises what it meets on a damaged record (AttributeError, ValueError...)
        yield InputProblem(path, "ReadError", f"cannot read {path} to the end, damaged or cut short: {exc!r}")


def _html_record(path: str, at: int, record: Any, html_field: str, id_field: str, url_field: str) -> object | None:
    """The record for one WARC record if it is an HTML response, an InputProblem if its payload is unreadable."""
    if record.rec_type != "response" or record.http_headers is None:
        return None
    content_type = record.http_headers.get_header("Content-Type") or ""
    if not content_type.lower().startswith(_HTML_TYPES):
        return None
    record_id = record.rec_headers.get_header("WARC-Record-ID") or f"{path}@{at}"
    try:
        payload = record.content_stream().read()
    except Exception as exc:  # a damaged payload is one record's error, not the archive's
        return InputProblem(record_id, "ReadError", f"{path}: cannot read {record_id}: {exc}")
    return {
        id_field: record_id,
        url_field: record.rec_headers.get_header("WARC-Target-URI"),
        html_field: payload,
        "encoding": _charset(content_type),
    }
