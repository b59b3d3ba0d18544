r"""Clean many records: error isolation, optional worker processes, results in input order.

:func:`clean_records` takes an iterable of mappings (parsed JSON objects, rows)
and yields exactly one output record per input record, in input order,
whatever happens to it:

* a record that cleans gives ``{"id", "url", <fields>}`` (``fields`` chosen
  among :data:`~boilerstrip.batch.flat.FLAT_FIELDS`; removals only with
  ``with_removals``);
* a record that cannot be cleaned (no text, ``null`` text, a number, an
  exception, a timeout, a worker that crashed) gives
  ``{"id", "url", "error": {"type", "message"}}``;
* a record over the size limit under ``oversize="skip"`` gives
  ``{"id", "url", "skipped": {"type", "message"}}``.

With ``flat=True`` every record, failed or not, is a flat record instead
(:mod:`boilerstrip.batch.flat`). A record with an ``html`` field (bytes or str) is
cleaned with :func:`boilerstrip.clean_html` (with the HTTP charset of an
``encoding`` field, when it has one), one with a ``text`` field with
:func:`boilerstrip.clean`.

>>> from boilerstrip.batch.records import clean_records
>>> records = [
...     {"id": 1, "text": "Advertisement\nThe council approved the budget on Tuesday evening."},
...     {"id": 2, "text": None},
... ]
>>> for out in clean_records(records, fields=("text",)):
...     print(out)
{'id': 1, 'url': None, 'text': 'The council approved the budget on Tuesday evening.'}
{'id': 2, 'url': None, 'error': {'type': 'InvalidRecord', 'message': "field 'text' is null"}}
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from boilerstrip.batch.flat import FLAT_FIELDS, flat_error, flat_record
from boilerstrip.batch.items import InputProblem, Located
from boilerstrip.batch.site_hosts import SitePass, host_of, insert_site_cleaner
from boilerstrip.batch.stats import BatchStats
from boilerstrip.config import Config
from boilerstrip.errors import ConfigError
from boilerstrip.pipeline import Pipeline
from boilerstrip.result import Result

#: The fields an output record has when none are chosen.
DEFAULT_FIELDS: tuple[str, ...] = ("text", "title", "date", "language", "flags")

#: What to do with a document over ``max_chars`` (HTML: ``max_html_chars``).
OVERSIZE_POLICIES = ("flag", "skip", "truncate")

__all__ = ["DEFAULT_FIELDS", "OVERSIZE_POLICIES", "InputProblem", "Located", "RecordCleaner", "clean_records"]

# The fields every output record starts with; not choosable, always there.
_ALWAYS = ("id", "url")
# Site pipelines kept per worker (see RecordCleaner.pipeline_for).
_SITE_PIPELINES = 64


@dataclass(frozen=True)
class RecordOptions:
    """How records are read and what their output records hold (see :func:`clean_records`)."""

    text_field: str = "text"
    html_field: str = "html"
    id_field: str = "id"
    url_field: str = "url"
    config: Config = dataclasses.field(default_factory=Config)
    fields: tuple[str, ...] = DEFAULT_FIELDS
    with_removals: bool = False
    flat: bool = False
    oversize: str = "flag"
    #: Counts per host for the ``site_repeats`` cleaner (the second pass of a site pass), or ``None``.
    site: SitePass | None = None

    def __post_init__(self) -> None:
        unknown = [f for f in self.fields if f not in FLAT_FIELDS or f in _ALWAYS]
        if unknown:
            choosable = ", ".join(f for f in FLAT_FIELDS if f not in _ALWAYS)
            raise ConfigError(f"unknown field(s) {', '.join(map(repr, unknown))}; choose among: {choosable}")
        if self.oversize not in OVERSIZE_POLICIES:
            raise ConfigError(f"oversize must be one of {', '.join(OVERSIZE_POLICIES)}, not {self.oversize!r}")


def _describe(value: object) -> str:
    if value is None:
        return "null"
    names = {bool: "a boolean", int: "a number", float: "a number", list: "a list", dict: "an object"}
    return names.get(type(value), f"a {type(value).__name__}")


class RecordCleaner:
    """Turns one input item into its output record, counting it in a :class:`BatchStats`.

    Built once per process: it holds one configured pipeline, reused for every record.
    """

    def __init__(self, options: RecordOptions) -> None:
        """Build the pipeline of ``options.config`` once (as ``boilerstrip.clean`` would for that config)."""
        self.options = options
        config = options.config
        default = config.cleaners is None and not config.options
        self.pipeline: Pipeline = Pipeline.default().configured(config) if default else Pipeline.from_config(config)
        # Pipelines with the site cleaner, per host. Records of one host tend to come together, and a pipeline
        # is cheap to build, so a small cache is enough; it is emptied when full rather than tracked per use.
        self._site_pipelines: dict[str, Pipeline] = {}

    def pipeline_for(self, url: object) -> Pipeline:
        """The pipeline for the page at ``url``: with the site cleaner of its host in a site pass."""
        site = self.options.site
        if site is None:
            return self.pipeline
        host = host_of(url)
        if host is None:
            return self.pipeline
        cached = self._site_pipelines.get(host)
        if cached is not None:
            return cached
        cleaner = site.cleaner(url)
        pipeline = self.pipeline if cleaner is None else insert_site_cleaner(self.pipeline, cleaner)
        if len(self._site_pipelines) >= _SITE_PIPELINES:
            self._site_pipelines.clear()
        self._site_pipelines[host] = pipeline
        return pipeline

    def __reduce__(self) -> tuple[type[RecordCleaner], tuple[RecordOptions]]:
        # Where workers are spawned rather than forked, each rebuilds the pipeline from the options.
        return (RecordCleaner, (self.options,))

    # --- output records -----------------------------------------------------------------------

    def error(self, item: object, error_type: str, message: str, stats: BatchStats) -> dict[str, Any]:
        """The error record of ``item`` (used by the worker pool for timeouts and crashes too)."""
        if isinstance(item, Located):
            message = f"line {item.line}: {message}"
            item = item.record
        rid, url = self._id_url(item)
        stats.add_error(error_type)
        if self.options.flat:
            return flat_error(rid, url, error_type, message)
        return {"id": rid, "url": url, "error": {"type": error_type, "message": message}}

    def _skipped(self, rid: object, url: object, message: str, chars_in: int, stats: BatchStats) -> dict[str, Any]:
        stats.add_skipped(chars_in=chars_in)
        stats.oversize["skip"] += 1
        if self.options.flat:
            return flat_error(rid, url, "InputTooLarge", message, status="skipped", chars_in=chars_in)
        return {"id": rid, "url": url, "skipped": {"type": "InputTooLarge", "message": message}}

    def _ok(self, rid: object, url: object, result: Result, chars_in: int) -> dict[str, Any]:
        flat = flat_record(result, id=rid, url=url, chars_in=chars_in)
        if self.options.flat:
            return flat
        out: dict[str, Any] = {"id": rid, "url": url}
        for name in self.options.fields:
            out[name] = flat[name]
        if self.options.with_removals:
            out["removed"] = [r.to_dict() for r in result.removed]
        return out

    def _id_url(self, item: object) -> tuple[object, object]:
        if isinstance(item, InputProblem):
            return item.id, None
        if isinstance(item, Mapping):
            return item.get(self.options.id_field), item.get(self.options.url_field)
        return None, None

    # --- cleaning -----------------------------------------------------------------------------

    def __call__(self, item: object, stats: BatchStats) -> dict[str, Any]:
        """Clean one item; never raises for a bad record or a failing document (it becomes an error record)."""
        if isinstance(item, Located):
            located, item = item, item.record
            out = self(item, stats)
            if "error" in out:
                out["error"]["message"] = f"line {located.line}: {out['error']['message']}"
            elif out.get("status") == "error":
                out["error_message"] = f"line {located.line}: {out['error_message']}"
            return out
        if isinstance(item, InputProblem):
            return self.error(item, item.error_type, item.message, stats)
        if not isinstance(item, Mapping):
            return self.error(item, "InvalidRecord", f"a record must be an object, not {_describe(item)}", stats)
        opts = self.options
        rid, url = item.get(opts.id_field), item.get(opts.url_field)
        html = item.get(opts.html_field)
        is_html = html is not None
        value = html if is_html else item.get(opts.text_field)
        name = opts.html_field if is_html else opts.text_field
        if not is_html and opts.text_field not in item:
            message = f"record has neither a {opts.text_field!r} nor an {opts.html_field!r} field"
            return self.error(item, "InvalidRecord", message, stats)
        # bytes come from files (HTML to be decoded as a browser would; text that is not UTF-8), never from JSON.
        if not isinstance(value, str | bytes):
            return self.error(item, "InvalidRecord", f"field {name!r} is {_describe(value)}", stats)
        limits = self.pipeline.limits
        limit = limits.max_html_chars if is_html else limits.max_chars
        truncated = False
        if limit is not None and len(value) > limit:
            if opts.oversize == "skip":
                message = f"{name!r} has {len(value)} characters, over the limit of {limit}: not cleaned"
                return self._skipped(rid, url, message, len(value), stats)
            stats.oversize[opts.oversize] += 1
            if opts.oversize == "truncate":
                value, truncated = value[:limit], True
        start = time.perf_counter()
        try:
            pipeline = self.pipeline_for(url)
            if is_html:
                from boilerstrip.html import clean_html

                # The HTTP charset, when the record has it (WARC responses do): trusted before the page's own label.
                charset = item.get("encoding")
                result = clean_html(
                    value,
                    url=url if isinstance(url, str) else None,
                    encoding=charset if isinstance(charset, str) else None,
                    pipeline=pipeline,
                )
            else:
                result = pipeline(value)
        except Exception as exc:  # one record's failure must not end the run: it becomes its error record
            seconds = time.perf_counter() - start
            out = self.error(item, type(exc).__name__, str(exc), stats)
            stats.seconds += seconds
            stats.chars_in += len(value)
            return out
        if truncated:
            result = dataclasses.replace(result, flags=("truncated", *result.flags))
        stats.add_result(result, chars_in=len(value), seconds=time.perf_counter() - start)
        return self._ok(rid, url, result, len(value))


def clean_records(
    records: Iterable[object],
    *,
    text_field: str = "text",
    html_field: str = "html",
    id_field: str = "id",
    url_field: str = "url",
    config: Config | None = None,
    jobs: int = 1,
    timeout: float | None = None,
    fields: Iterable[str] | None = None,
    with_removals: bool = False,
    flat: bool = False,
    oversize: str = "flag",
    stats: BatchStats | None = None,
    site: SitePass | None = None,
) -> Iterator[dict[str, Any]]:
    """Clean ``records`` and yield one output record each, in input order (see the module docstring).

    ``jobs`` > 1 cleans in that many worker processes. ``timeout`` (seconds)
    bounds each document, HTML extraction included: a document still running
    then is abandoned (its worker process is killed and replaced) and gives an
    error record of type ``Timeout``; a worker that dies gives ``WorkerCrashed``.
    A timeout therefore runs the work in worker processes even with ``jobs=1``.
    ``oversize`` is the policy for documents over the limits (``flag``: cleaned
    as :func:`boilerstrip.clean` does, i.e. returned unchanged and flagged
    ``input_too_large``; ``skip``: a ``skipped`` record; ``truncate``: the
    first ``max_chars`` characters are cleaned and the record is flagged
    ``truncated``). ``stats``, if given, is updated with the counts of the run.
    ``site`` (a :class:`~boilerstrip.batch.site_hosts.SitePass`: counts per host and
    thresholds) adds the ``site_repeats`` cleaner of each record's URL host
    before ``titles``; :func:`~boilerstrip.batch.site_pass.clean_records_site_pass`
    builds the counts from the records first.
    """
    options = RecordOptions(
        text_field=text_field,
        html_field=html_field,
        id_field=id_field,
        url_field=url_field,
        config=config or Config(),
        fields=tuple(fields) if fields is not None else DEFAULT_FIELDS,
        with_removals=with_removals,
        flat=flat,
        oversize=oversize,
        site=site,
    )
    if jobs < 1:
        raise ConfigError(f"jobs must be at least 1, not {jobs}")
    if timeout is not None and timeout <= 0:
        raise ConfigError(f"timeout must be above 0 seconds, not {timeout}")
    return _run(RecordCleaner(options), records, jobs, timeout, stats if stats is not None else BatchStats())


def _run(
    handler: RecordCleaner, records: Iterable[object], jobs: int, timeout: float | None, stats: BatchStats
) -> Iterator[dict[str, Any]]:
    started = time.perf_counter()
    try:
        if jobs == 1 and timeout is None:
            # In-process: no pool, no pickling; the one pipeline serves every record.
            for item in records:
                yield handler(item, stats)
        else:
            from boilerstrip.batch.workers import ordered_map

            for chunk, chunk_stats in ordered_map(handler, records, jobs=jobs, timeout=timeout):
                stats.update(chunk_stats)
                yield from chunk
    finally:
        stats.wall_seconds += time.perf_counter() - started
