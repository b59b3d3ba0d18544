r"""Clean one value (a text or an HTML page) taken from a framework's row into a flat record.

The frameworks hand over columns, not boilerstrip records: this wraps each
value in a record :class:`~boilerstrip.batch.records.RecordCleaner` reads, so that the
integrations share its error isolation, oversize policy and stats.

>>> from boilerstrip.integrations._values import ValueCleaner
>>> cleaner = ValueCleaner(column="body")
>>> cleaner.clean("Share\nThe port opened on Monday after years of delay.", id=3)["text"]
'The port opened on Monday after years of delay.'
>>> row = cleaner.clean(None, id=4)
>>> row["status"], row["error_type"], row["error_message"]
('error', 'InvalidRecord', "field 'body' is null")
"""

from __future__ import annotations

from typing import Any

from boilerstrip.batch.flat import FLAT_FIELDS
from boilerstrip.batch.records import RecordCleaner, RecordOptions
from boilerstrip.batch.site_hosts import SitePass
from boilerstrip.batch.stats import BatchStats
from boilerstrip.config import Config

# Keys of the wrapped record other than the value's: they cannot clash with a column name, and only the value's
# key (the column name) appears in error messages.
_ID, _URL, _NO_HTML = "\0id", "\0url", "\0html"


class ValueCleaner:
    """Cleans values of one column, as text or as HTML, into flat records (every field of ``FLAT_FIELDS``)."""

    def __init__(
        self,
        *,
        column: str = "text",
        html: bool = False,
        config: Config | None = None,
        oversize: str = "flag",
        site: SitePass | None = None,
    ) -> None:
        """``column`` names the value in error messages; ``html`` cleans values with ``clean_html``.

        ``site`` adds the ``site_repeats`` cleaner of the host of each value's ``url`` (see ``clean_records``).
        """
        self.column = column
        self.html = html
        # For HTML the value's key is both fields: a present value goes to clean_html, a null one is reported as
        # "field 'x' is null" by the text path instead of as a record without fields.
        options = RecordOptions(
            text_field=column,
            html_field=column if html else _NO_HTML,
            id_field=_ID,
            url_field=_URL,
            config=config or Config(),
            fields=tuple(f for f in FLAT_FIELDS if f not in ("id", "url")),
            flat=True,
            oversize=oversize,
            site=site,
        )
        self.records = RecordCleaner(options)

    def clean(
        self, value: object, *, id: object = None, url: object = None, stats: BatchStats | None = None
    ) -> dict[str, Any]:
        """The flat record of ``value``; never raises for a bad value (it gives an error record)."""
        record = {_ID: id, _URL: url, self.column: value}
        return self.records(record, stats if stats is not None else BatchStats())
