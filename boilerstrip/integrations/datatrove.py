"""datatrove pipeline steps: :class:`BoilerstripText` cleans text documents, :class:`BoilerstripHTML` HTML ones.

Needs ``pip install 'boilerstrip[datatrove]'``. Both steps replace
``doc.text`` with the clean text and put boilerstrip's fields under one
metadata key, ``doc.metadata["boilerstrip"]`` by default (``metadata_key``):
a dict of the flat record's fields (:data:`boilerstrip.batch.flat.FLAT_FIELDS`)
except ``id``, ``url`` and ``text``, which the document already has. One key
rather than flattened ones, so that boilerstrip never overwrites metadata a
reader set (``url``, ``date``, a crawl's ``title``...).

A document that cannot be cleaned (its text is not a string, an exception in
a cleaner...) never stops the pipeline. By default it is kept unchanged, with
``status`` ``"error"``, ``error_type`` and ``error_message`` in its metadata
entry; ``drop_errors=True`` drops it instead. ``drop_empty=True`` also drops
documents whose clean text is empty (a page that was all chrome, a binary
file), as datatrove's extractors do.

Stats (``stat_update``): ``total`` per document seen, ``ok``, ``errors`` and
``error/<type>``, ``flag/<flag>`` per flagged document, ``removed_chars``
(a value per document), ``forwarded`` and ``dropped``.
"""

from __future__ import annotations

from typing import Any, ClassVar

from datatrove.data import Document, DocumentsPipeline
from datatrove.pipeline.base import PipelineStep

from boilerstrip.config import Config
from boilerstrip.integrations._values import ValueCleaner

__all__ = ["BoilerstripHTML", "BoilerstripText"]

# Fields of the flat record the document holds elsewhere: doc.id, doc.metadata["url"], doc.text.
_NOT_IN_METADATA = frozenset({"id", "url", "text"})


class BoilerstripText(PipelineStep):
    """Clean ``doc.text`` as extracted article text (:func:`boilerstrip.clean`)."""

    name = "🧽 boilerstrip"
    type = "✂️ - FORMAT"
    #: Whether ``doc.text`` holds an HTML page.
    html: ClassVar[bool] = False

    def __init__(
        self,
        config: Config | None = None,
        *,
        metadata_key: str = "boilerstrip",
        drop_errors: bool = False,
        drop_empty: bool = False,
        oversize: str = "flag",
    ) -> None:
        """``config`` as for :func:`boilerstrip.clean`; ``oversize`` as for :func:`boilerstrip.clean_records`."""
        super().__init__()
        self.config = config or Config()
        self.metadata_key = metadata_key
        self.drop_errors = drop_errors
        self.drop_empty = drop_empty
        self.oversize = oversize
        # Built in run(), in the worker: the executor deep-copies or pickles steps, and the pipeline need not travel.
        self._cleaner: ValueCleaner | None = None
        # Checks the options now rather than in a worker (an unknown oversize policy raises ConfigError).
        ValueCleaner(html=self.html, config=self.config, oversize=oversize)

    def _value_cleaner(self) -> ValueCleaner:
        if self._cleaner is None:
            self._cleaner = ValueCleaner(html=self.html, config=self.config, oversize=self.oversize)
        return self._cleaner

    def clean_document(self, doc: Document) -> bool:
        """Clean ``doc`` in place and count it; return whether it goes on down the pipeline."""
        url = doc.metadata.get("url")
        row = self._value_cleaner().clean(doc.text, id=doc.id, url=url)
        doc.metadata[self.metadata_key] = {k: v for k, v in row.items() if k not in _NOT_IN_METADATA}
        self.stat_update("total")
        if row["status"] != "ok":
            self.stat_update("errors", f"error/{row['error_type']}")
            return not self.drop_errors
        doc.text = row["text"]
        self.stat_update("ok")
        for flag in row["flags"]:
            self.stat_update(f"flag/{flag}")
        self.stat_update("removed_chars", value=row["removed_chars"])
        return bool(doc.text) or not self.drop_empty

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        """Clean every document of ``data``, yielding those kept (see the module docstring)."""
        for doc in data:
            with self.track_time():
                keep = self.clean_document(doc)
            if keep:
                self.stat_update("forwarded")
                # A document kept with an error may have a text that is not a string (len() would fail).
                if isinstance(doc.text, str):
                    self.update_doc_stats(doc)
                yield doc
            else:
                self.stat_update("dropped")

    def __getstate__(self) -> dict[str, Any]:
        # datatrove ships steps to its workers: the cleaner (with its pipeline) is rebuilt there, not pickled.
        state = dict(self.__dict__)
        state["_cleaner"] = None
        return state


class BoilerstripHTML(BoilerstripText):
    """Clean ``doc.text`` as an HTML page (:func:`boilerstrip.clean_html`), with ``doc.metadata["url"]`` as its URL.

    datatrove's WARC reader puts the page's HTML in ``doc.text``: this step takes
    the place of an extractor such as ``Trafilatura`` and leaves the clean text there.
    """

    html = True
