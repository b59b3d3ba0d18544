"""Adapters for data-processing frameworks, each behind an optional extra.

* :mod:`boilerstrip.integrations.datatrove`: pipeline steps for datatrove
  (``pip install 'boilerstrip[datatrove]'``);
* :mod:`boilerstrip.integrations.datasets`: a batched ``Dataset.map`` function
  for Hugging Face datasets (``boilerstrip[datasets]``);
* :mod:`boilerstrip.integrations.spark`: a ``mapInPandas`` function and its
  output schema for PySpark (``boilerstrip[spark]``).

``boilerstrip[integrations]`` installs all three. Nothing here is imported by
``import boilerstrip``: each module imports its framework itself, so only the
module a user imports needs its extra. All three clean through
:class:`boilerstrip.batch.records.RecordCleaner` and produce the fields of the flat
record schema (:mod:`boilerstrip.batch.flat`), with the same error isolation as
``clean_records``: a document that cannot be cleaned gives a record with
``status`` ``"error"``, never an exception.
"""
