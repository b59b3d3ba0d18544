r"""boilerstrip: strip site chrome from already-extracted article text, losslessly.

>>> import boilerstrip
>>> r = boilerstrip.clean("Advertisement\nBERLIN (dpa) - The city approved the school budget on Thursday evening.")
>>> r.text
'The city approved the school budget on Thursday evening.'
>>> r.metadata.dateline.place, r.metadata.dateline.agency
('BERLIN', 'dpa')
>>> r.restore().startswith("Advertisement")
True
"""

from __future__ import annotations

from typing import Any

from boilerstrip.cleaner import Cleaner, FunctionCleaner, cleaner
from boilerstrip.config import Config
from boilerstrip.document import Document, Line
from boilerstrip.errors import (
    BoilerstripError,
    CleanerContractError,
    ConfigError,
    DuplicateCleanerError,
    InputError,
    UnknownCleanerError,
)
from boilerstrip.metadata import Dateline, Image, Metadata, Related
from boilerstrip.pipeline import Pipeline
from boilerstrip.registry import register
from boilerstrip.result import SCHEMA_VERSION, Result
from boilerstrip.types import Cut, Fact, Removal, Skip

__version__ = "0.1.0"

__all__ = [
    "SCHEMA_VERSION",
    "BoilerstripError",
    "Cleaner",
    "CleanerContractError",
    "Config",
    "ConfigError",
    "Cut",
    "Dateline",
    "Document",
    "DuplicateCleanerError",
    "Fact",
    "FunctionCleaner",
    "Image",
    "InputError",
    "Line",
    "Metadata",
    "Pipeline",
    "Related",
    "Removal",
    "Result",
    "Skip",
    "UnknownCleanerError",
    "clean",
    "clean_html",
    "cleaner",
    "register",
]

_default: Pipeline | None = None


def _pipeline_for(config: Config) -> Pipeline:
    global _default
    if config == Config():
        if _default is None:
            _default = Pipeline.default()
        return _default
    return Pipeline.from_config(config)


def clean(text: str, *, config: Config | None = None, **options: Any) -> Result:
    """Clean scraped article text and return a :class:`Result`.

    ``options`` override fields of ``config`` (``lang``, ``cleaners``,
    ``on_error``, ``options``); an unknown name raises :class:`ConfigError`
    listing the valid ones.
    """
    cfg = (config or Config()).replace(**options) if options else (config or Config())
    return _pipeline_for(cfg)(text)


def clean_html(
    html: str | bytes,
    *,
    url: str | None = None,
    encoding: str | None = None,
    config: Config | None = None,
    **options: Any,
) -> Result:
    """Clean an HTML page: decode, find widgets, extract the article with trafilatura, clean the text.

    ``html`` is the page as bytes (decoded as a browser would; the encoding used
    is ``Result.encoding``) or as text. ``encoding`` is the charset from the
    HTTP header, if the caller has it. ``url`` is only passed on to
    trafilatura: nothing is ever fetched. The account refers to the extracted
    text, kept in ``Result.source``. trafilatura is imported here, not at
    ``import boilerstrip``.
    """
    from boilerstrip.html import clean_html as _clean_html

    cfg = (config or Config()).replace(**options) if options else (config or Config())
    return _clean_html(html, url=url, pipeline=_pipeline_for(cfg), encoding=encoding)
