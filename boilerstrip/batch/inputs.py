r"""Where ``boilerstrip batch`` reads its records: JSONL files and streams, directories and globs of pages.

Each input argument is one of:

* ``-``: JSONL on standard input;
* a ``.jsonl``/``.json``/``.ndjson`` file, optionally compressed (``.gz``;
  ``.zst`` with the ``zstandard`` package, the ``batch`` extra): one JSON
  object per line, blank lines ignored;
* a directory: every ``.txt``, ``.html`` and ``.htm`` file under it
  (optionally ``.gz``), in sorted order, each one record whose id is its path
  relative to the directory;
* a glob pattern (``pages/**/*.html``): the files it matches, sorted, each
  one record whose id is the path as matched;
* a WARC archive (``.warc``, ``.warc.gz``; the ``warc`` extra): one record per
  HTML response (:mod:`boilerstrip.batch.warc`);
* any other file: one record, by its extension (``.html``/``.htm`` are HTML,
  the rest text), whose id is the path as given.

A line that is not valid JSON, or not an object, or a file that cannot be
read, gives an :class:`~boilerstrip.batch.items.InputProblem` in its place, so that
it still yields its error record. JSONL records come wrapped in a
:class:`~boilerstrip.batch.items.Located` with their line number, which error
messages name. A JSONL record without an id gets
``"<file>:<line>"`` (``-:<line>`` for standard input) as its id, so that
every output record can be traced back and ``--resume`` can recognise it.

>>> import io, json
>>> lines = io.BytesIO(b'{"id": "a", "text": "Hello."}\n\nnot json\n{"text": "Hi."}\n')
>>> [r.record if isinstance(r, Located) else r.message for r in read_jsonl(lines, "in.jsonl", "id")]
[{'id': 'a', 'text': 'Hello.'}, 'line 3: invalid JSON: Expecting value', {'text': 'Hi.', 'id': 'in.jsonl:4'}]
"""

from __future__ import annotations

import glob
import gzip
import io
import json
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any, cast

from boilerstrip.batch.items import InputProblem, Located
from boilerstrip.batch.warc import is_warc, read_warc
from boilerstrip.errors import BoilerstripError

JSONL_SUFFIXES = (".jsonl", ".json", ".ndjson")
PAGE_SUFFIXES = (".txt", ".html", ".htm")
HTML_SUFFIXES = (".html", ".htm")
COMPRESSED_SUFFIXES = (".gz", ".zst")


def _strip_compression(name: str) -> str:
    for suffix in COMPRESSED_SUFFIXES:
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return name


def open_binary(path: str) -> IO[bytes]:
    """Open ``path`` for reading, decompressing ``.gz`` and ``.zst`` transparently."""
    if path.endswith(".gz"):
        return cast(IO[bytes], gzip.open(path, "rb"))
    if path.endswith(".zst"):
        try:
            import zstandard
        except ImportError as exc:
            raise BoilerstripError(
                f"{path}: reading .zst needs the zstandard package: pip install 'boilerstrip[batch]'"
            ) from exc
        raw = open(path, "rb")  # noqa: SIM115 (closed with the reader: closefd)
        return io.BufferedReader(zstandard.ZstdDecompressor().stream_reader(raw, closefd=True))
    return open(path, "rb")


def read_jsonl(stream: IO[bytes], name: str, id_field: str) -> Iterator[object]:
    """The records of a JSONL stream (see the module docstring); ``name`` makes ids and messages."""
    for number, raw in enumerate(stream, start=1):
        if not raw.strip():
            continue
        where = f"{name}:{number}"
        try:
            record: Any = json.loads(raw)
        except UnicodeDecodeError as exc:
            yield InputProblem(where, "InvalidJSON", f"line {number}: not UTF-8 ({exc.reason} at byte {exc.start})")
            continue
        except json.JSONDecodeError as exc:
            yield InputProblem(where, "InvalidJSON", f"line {number}: invalid JSON: {exc.msg}")
            continue
        if not isinstance(record, dict):
            kind = "a list" if isinstance(record, list) else f"a JSON {type(record).__name__}"
            yield InputProblem(where, "InvalidRecord", f"line {number}: a record must be an object, not {kind}")
            continue
        if record.get(id_field) is None:
            record[id_field] = where
        yield Located(record, number)


def read_page(path: str, record_id: str, text_field: str, html_field: str, id_field: str) -> object:
    """One record for a text or HTML file (HTML as bytes, so that its charset is detected as a browser would)."""
    try:
        with open_binary(path) as fh:
            data = fh.read()
    except (OSError, EOFError, BoilerstripError) as exc:
        return InputProblem(record_id, "ReadError", f"cannot read {path}: {exc}")
    if _strip_compression(path).lower().endswith(HTML_SUFFIXES):
        return {id_field: record_id, html_field: data}
    try:
        return {id_field: record_id, text_field: data.decode("utf-8")}
    except UnicodeDecodeError:
        # Left as bytes for the cleaner to judge: binary_input for a binary file, an encoding error otherwise.
        return {id_field: record_id, text_field: data}


def _is_page(name: str) -> bool:
    return _strip_compression(name).lower().endswith(PAGE_SUFFIXES)


def _is_jsonl(name: str) -> bool:
    return _strip_compression(name).lower().endswith(JSONL_SUFFIXES)


def check_inputs(inputs: Iterable[str]) -> list[str]:
    """Fail before any output is written if an input is missing; return warnings (globs that match nothing)."""
    warnings: list[str] = []
    for arg in inputs:
        if arg == "-" or os.path.exists(arg):
            continue
        if not glob.has_magic(arg):
            raise BoilerstripError(f"input {arg!r} does not exist")
        if not any(os.path.isfile(m) for m in glob.iglob(arg, recursive=True)):
            warnings.append(f"pattern {arg!r} matches no file")
    return warnings


def iter_records(
    inputs: Iterable[str],
    *,
    text_field: str = "text",
    html_field: str = "html",
    id_field: str = "id",
    url_field: str = "url",
    stdin: IO[bytes] | None = None,
) -> Iterator[object]:
    """Every record of ``inputs``, in order (see the module docstring)."""
    for arg in inputs:
        if arg == "-":
            yield from read_jsonl(stdin if stdin is not None else sys.stdin.buffer, "-", id_field)
        elif os.path.isdir(arg):
            root = Path(arg)
            files = sorted(p for p in root.rglob("*") if p.is_file() and _is_page(p.name))
            for p in files:
                yield read_page(str(p), p.relative_to(root).as_posix(), text_field, html_field, id_field)
        elif glob.has_magic(arg):
            for match in sorted(glob.glob(arg, recursive=True)):
                if os.path.isfile(match):
                    yield from _file(match, text_field, html_field, id_field, url_field)
        elif os.path.exists(arg):
            yield from _file(arg, text_field, html_field, id_field, url_field)
        else:
            raise BoilerstripError(f"input {arg!r} does not exist")


def _file(path: str, text_field: str, html_field: str, id_field: str, url_field: str) -> Iterator[object]:
    if is_warc(path):
        yield from read_warc(path, html_field=html_field, id_field=id_field, url_field=url_field)
    elif _is_jsonl(path):
        try:
            with open_binary(path) as fh:
                yield from read_jsonl(fh, path, id_field)
        except (OSError, EOFError) as exc:  # a truncated .gz: the records read so far stay, the rest is reported
            yield InputProblem(path, "ReadError", f"cannot read {path} to the end: {exc}")
    else:
        yield read_page(path, path, text_field, html_field, id_field)
