"""Cleaning many documents: the bulk API, the ``boilerstrip batch`` command and what they share.

* :mod:`~boilerstrip.batch.records`: :func:`clean_records`, one output record
  per input record, in input order, error records instead of exceptions;
* :mod:`~boilerstrip.batch.flat`: the flat record schema for Arrow/Parquet;
* :mod:`~boilerstrip.batch.stats`: run statistics that merge across workers and shards;
* :mod:`~boilerstrip.batch.workers`: the process pool with per-document deadlines;
* :mod:`~boilerstrip.batch.inputs`, :mod:`~boilerstrip.batch.warc`,
  :mod:`~boilerstrip.batch.items`: where records come from (JSONL, pages, WARC);
* :mod:`~boilerstrip.batch.site_pass`, :mod:`~boilerstrip.batch.site_hosts`:
  the two-pass run with per-site line counts;
* :mod:`~boilerstrip.batch.cli`: the ``batch`` command line.

The names users need are re-exported by :mod:`boilerstrip` itself
(``boilerstrip.clean_records``, ``boilerstrip.BatchStats``...); see
``docs/pipelines.md``.
"""
