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

import math
from functools import cache

from boilerstrip.document import Document
from boilerstrip.labeller.features import FEATURE_NAMES, compiled_table, feature_table
from boilerstrip.labeller.model import load_model

__all__ = ["FEATURE_NAMES", "SCORES_KEY", "chrome_scores", "default_threshold", "score_ceiling"]

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


@cache
def score_ceiling() -> float:
    """The highest score :func:`chrome_scores` can give: 1.0, or ``inf`` where that cannot be shown.

    A score is the logistic function of a sum of tree leaves, one leaf a tree (``model._sigmoid``, and its C
    copy): the model's leaves are finite numbers (``model._check_tree`` refuses others), so while their largest
    magnitudes add up to a finite number the sum is finite whatever the features (a NaN feature fails its
    split's test and goes right, to a leaf as any value does), and the logistic function of a finite number is
    never NaN and at most 1.0 (``1 / (1 + exp(-x))`` with ``exp(-x) >= 0``, ``e / (1 + e)`` with ``e < 1``).
    The pipeline asks it before scoring a view only to learn that no score can reach a bar over it.

    >>> score_ceiling()
    1.0
    """
    model = load_model()
    stages = [model.stage1] if model.stage2 is None else [model.stage1, model.stage2]
    # The largest sum the trees' leaves can make, by magnitude: finite, so is every sum of one leaf a tree.
    reach = sum(max(abs(float(v)) for v in tree["leaf"]) for stage in stages for tree in stage.trees)
    return 1.0 if math.isfinite(reach) else math.inf


def default_threshold() -> float:
    """The cut-off the training script suggests: a line scoring at or above it is taken for chrome."""
    return load_model().threshold
