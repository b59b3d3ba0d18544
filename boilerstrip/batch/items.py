"""The two wrappers a reader may put in a record stream: an unreadable item, and a record with its line.

They live apart from :mod:`boilerstrip.batch.records` so that the readers and the
worker pool can use them without importing the bulk API.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class InputProblem:
    """An input item that could not even be read as a record (invalid JSON, undecodable file).

    Readers put it in the stream where the record would have been, so that it
    still yields its error record, in its place.
    """

    id: object
    error_type: str
    message: str


@dataclass(frozen=True, slots=True)
class Located:
    """A record and the line of the file it was read from, so that its error record can name the line.

    The JSONL reader wraps each record in one; output records do not show it,
    error messages start with ``line N:``.
    """

    record: object
    line: int
