r"""A trained line labeller: the probability that each line of a document is site chrome.

The hand-written cleaners name chrome they know; the labeller scores every
line from shape, words, position, repetition and context features
(:mod:`boilerstrip.labeller.features`) with two small gradient-boosted tree
ensembles shipped in ``boilerstrip/data/labeller/model.json``
(:mod:`boilerstrip.labeller.model`): one over the line's features, one that
smooths the scores over runs of lines. Inference is plain Python and
deterministic. How the model is trained and how well it does on sites it has
not seen: ``docs/labeller.md``.

>>> from boilerstrip.document import Document
>>> doc = Document("Home\nNews\nSport\n\nThe council approved the new school budget on Tuesday, after a debate.")
>>> scores = chrome_scores(doc)
>>> len(scores) == len(doc.lines), scores[3] is None
(True, True)
>>> scores[0] > scores[4]
True
"""

from __future__ import annotations

from boilerstrip.document import Document
from boilerstrip.labeller.features import FEATURE_NAMES, compiled_table, feature_table
from boilerstrip.labeller.model import load_model

__all__ = ["FEATURE_NAMES", "SCORES_KEY", "chrome_scores", "default_threshold"]

#: Where a document keeps its scores (``Document.derived``); the pipeline fills it for the later views
#: of a pass with the scores of the pass's first view.
SCORES_KEY = "labeller.scores"


def chrome_scores(doc: Document) -> tuple[float | None, ...]:
    """The probability that each line of ``doc`` is chrome, aligned with ``doc.lines`` (``None`` for blank lines).

    Computed once per view (cached on the document, like the feature table).
    """
    return doc.derived(SCORES_KEY, _chrome_scores)


def _chrome_scores(doc: Document) -> tuple[float | None, ...]:
    model = load_model()
    if model.native is not None and (table := compiled_table(doc)) is not None:
        # The compiled table and scorer: the same floats as the rows and scores below (tests/test_compiled_labeller.py).
        scores: tuple[float | None, ...] = model.native.line_scores(table, doc.lines)
        return scores
    rows = feature_table(doc)
    found = iter(model.scores(rows)) if rows else iter(())
    return tuple(next(found) if line.text else None for line in doc.lines)  # blank lines are not scored


def default_threshold() -> float:
    """The cut-off the training script suggests: a line scoring at or above it is taken for chrome."""
    return load_model().threshold
