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

import functools
from typing import Any

from boilerstrip.batch.flat import FLAT_FIELDS, FLAT_SCHEMA, flat_record
from boilerstrip.batch.records import InputProblem, clean_records
from boilerstrip.batch.stats import BatchStats
from boilerstrip.cleaner import Cleaner, FunctionCleaner, cleaner
from boilerstrip.config import Config
from boilerstrip.document import Document, Line
from boilerstrip.errors import (
    BoilerstripError,
    CleanerContractError,
    CleanerTimeoutError,
    ConfigError,
    DuplicateCleanerError,
    InputEncodingError,
    InputError,
    LexiconError,
    UnknownCleanerError,
)
from boilerstrip.metadata import Dateline, Image, Metadata, Related
from boilerstrip.pipeline import Pipeline
from boilerstrip.registry import register
from boilerstrip.result import SCHEMA_VERSION, Result
from boilerstrip.settings import RunSettings
from boilerstrip.types import Cut, Fact, Removal, Skip

__version__ = "0.1.0"

__all__ = [
    "FLAT_FIELDS",
    "FLAT_SCHEMA",
    "SCHEMA_VERSION",
    "BatchStats",
    "BoilerstripError",
    "Cleaner",
    "CleanerContractError",
    "CleanerTimeoutError",
    "Config",
    "ConfigError",
    "Cut",
    "Dateline",
    "Document",
    "DuplicateCleanerError",
    "Fact",
    "FunctionCleaner",
    "Image",
    "InputEncodingError",
    "InputError",
    "InputProblem",
    "LexiconError",
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
    "clean_records",
    "cleaner",
    "flat_record",
    "register",
]


@functools.cache
def _default_cleaners() -> Pipeline:
    # Built once per process (functools.cache is thread-safe); Pipelines are immutable,
    # so sharing it across threads is safe. Only the cleaners are shared: run settings
    # (errors, language, limits) come from each call's Config.
    return Pipeline.default()


def _config(config: Config | None, options: dict[str, Any]) -> Config:
    if config is not None and not isinstance(config, Config):
        raise ConfigError(f"config must be a boilerstrip.Config, not {type(config).__name__}")
    cfg = config or Config()
    return cfg.replace(**options) if options else cfg


@functools.lru_cache(maxsize=64)
def _default_pipeline(settings: RunSettings) -> Pipeline:
    # The default cleaners under one call's run settings, built once per distinct settings (a
    # handful in a program): building a Pipeline checks every cleaner, about 30 µs that every
    # clean() call paid. Bounded, and the settings are frozen values.
    return Pipeline(_default_cleaners().cleaners, settings=settings)


def _pipeline_for(config: Config) -> Pipeline:
    if config.cleaners is None and not config.options:
        return _default_pipeline(config.settings)
    return Pipeline.from_config(config)


def clean(text: str | bytes | bytearray, *, config: Config | None = None, **options: Any) -> Result:
    """Clean scraped article text and return a :class:`Result`.

    ``text`` is a ``str`` (or UTF-8 ``bytes``); anything else raises
    :class:`InputError` (a ``TypeError``). ``options`` override fields of
    ``config`` (``lang``, ``cleaners``, ``on_error``, ``options``, and the
    limits ``max_chars``, ``time_budget``, ``max_prose_loss``...); an unknown
    name raises :class:`ConfigError` listing the valid ones.
    """
    if config is None and not options:
        return _plain_pipeline()(text)
    return _pipeline_for(_config(config, options))(text)


@functools.cache
def _plain_pipeline() -> Pipeline:
    # What clean(text) without a config or options runs: the default Config's pipeline, looked up once.
    # Making that Config and its settings, and hashing them to find the pipeline, cost 15 µs a call.
    return _pipeline_for(Config())


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
    ``import boilerstrip``. HTML longer than ``max_html_chars`` (code points
    for ``str``, bytes for ``bytes``) is not parsed: the result has empty text
    and the flag ``input_too_large``.
    """
    # Without a config or options, the pipeline clean(text) runs, looked up once (as clean() does).
    pipeline = _plain_pipeline() if config is None and not options else _pipeline_for(_config(config, options))
    from boilerstrip.html import clean_html as _clean_html

    return _clean_html(html, url=url, pipeline=pipeline, encoding=encoding)
