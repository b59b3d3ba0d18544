"""Plain-Python inference of the labeller's two small gradient-boosted tree ensembles.

The model file (``boilerstrip/data/labeller/model.json``, written by
``benchmarks/train_labeller.py``) holds two ensembles of binary-classification
trees:

- ``stage1`` reads a line's feature row (:data:`~boilerstrip.labeller.features.FEATURE_NAMES`);
- ``stage2`` reads the stage-1 scores of the line and its neighbours plus a few
  of the line's own features (:data:`STAGE2_NAMES`): menus and teaser lists
  come in blocks and prose in paragraphs, so a line among chrome-scored lines
  is pulled towards chrome and a line among prose towards content.

Each tree is stored as flat arrays (LightGBM's layout: internal nodes
``0..k-1``, a child index ``>= 0`` is an internal node and ``-1 - i`` is leaf
``i``; a row goes left when ``x[feature] <= threshold``). At load time every
ensemble is turned into one generated Python function of nested comparisons,
which is several times faster than walking the arrays node by node; the function
reads each column the trees use into a local name once, rather than indexing
the row at every node (a third faster again). The file is checked first
(indices in range, numbers finite), so the generated code holds nothing but
comparisons of local names with numbers. Inference is deterministic: the same
rows give the same floats, the leaves added in the file's order of trees.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from itertools import accumulate
from operator import itemgetter
from types import ModuleType
from typing import Any

from boilerstrip.labeller import native
from boilerstrip.labeller.features import FEATURE_NAMES

#: The columns of a stage-2 row, in order: stage-1 scores of the line and its
#: neighbours (``-1`` where a neighbour is missing), window means, and a few
#: stage-1 features of the line.
STAGE2_NAMES: tuple[str, ...] = (
    "s",
    "s_prev",
    "s_next",
    "s_prev2",
    "s_next2",
    "s_mean_3",
    "s_mean_10",
    "s_min_3",
    "s_max_3",
    "width_log",
    "is_prose",
    "ends_sentence",
    "interface",
    "short_run_log",
    "rel_pos",
    "prose_density_3",
)
_COPIED = tuple(FEATURE_NAMES.index(name) for name in STAGE2_NAMES[9:])
_COPY = itemgetter(*_COPIED)  # more than one index: returns a tuple
_NONE = -1.0

Scorer = Callable[[Sequence[float]], float]


class ModelError(ValueError):
    """The model file is malformed or does not match this version's features."""


@dataclass(frozen=True)
class Ensemble:
    """A sum of regression trees over rows of ``n_features`` floats, squashed by the logistic function.

    ``raw`` takes a row of exactly ``n_features`` values (it unpacks the row).
    """

    n_features: int
    trees: tuple[Mapping[str, Any], ...]
    raw: Scorer

    def score(self, row: Sequence[float]) -> float:
        """The probability of the positive class (chrome) for one row."""
        return _sigmoid(self.raw(row))


@dataclass(frozen=True)
class Model:
    """The two ensembles and the file's metadata (``threshold``: the training script's suggested cut-off).

    ``native``: the compiled scorer of the same trees (``_labeller.Scorer``, see :func:`native_scorer`), which
    :meth:`scores` uses when it is there; it gives :meth:`python_scores`' floats, bit for bit.
    """

    stage1: Ensemble
    stage2: Ensemble | None
    threshold: float
    meta: Mapping[str, Any]
    native: Any = field(default=None, compare=False, repr=False)

    def scores(self, rows: Sequence[Sequence[float]]) -> list[float]:
        """Chrome probabilities for the feature rows of one document's non-blank lines, in order."""
        if self.native is not None:
            scores: list[float] = self.native.scores(rows)
            return scores
        return self.python_scores(rows)

    def python_scores(self, rows: Sequence[Sequence[float]]) -> list[float]:
        """:meth:`scores` by the generated Python functions (the reference, and the fallback)."""
        # Ensemble.score, inlined: two calls fewer per row and stage.
        sigmoid, raw = _sigmoid, self.stage1.raw
        first = [sigmoid(raw(row)) for row in rows]
        if self.stage2 is None:
            return first
        raw = self.stage2.raw
        return [sigmoid(raw(row)) for row in stage2_rows(rows, first)]


def _sigmoid(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    e = math.exp(x)
    return e / (1.0 + e)


def stage2_rows(rows: Sequence[Sequence[float]], first: Sequence[float]) -> list[tuple[float, ...]]:
    """The :data:`STAGE2_NAMES` rows of one document from its feature rows and stage-1 scores."""
    n = len(first)
    cum = list(accumulate(first, initial=0.0))  # the same running sums as a loop adding left to right
    scores = first if isinstance(first, list) else list(first)
    pad = [_NONE, _NONE, *first, _NONE, _NONE]
    copy = _COPY
    out: list[tuple[float, ...]] = []
    for i, s in enumerate(scores):
        lo3, hi3 = (i - 3 if i > 3 else 0), (i + 4 if i + 4 < n else n)
        lo10, hi10 = (i - 10 if i > 10 else 0), (i + 11 if i + 11 < n else n)
        window = scores[lo3:i] + scores[i + 1 : hi3]
        row = rows[i]
        out.append(
            (
                s,
                pad[i + 1],
                pad[i + 3],
                pad[i],
                pad[i + 4],
                (cum[hi3] - cum[lo3] - s) / (hi3 - lo3 - 1) if hi3 - lo3 > 1 else _NONE,
                (cum[hi10] - cum[lo10] - s) / (hi10 - lo10 - 1) if hi10 - lo10 > 1 else _NONE,
                min(window) if window else _NONE,
                max(window) if window else _NONE,
                *copy(row),
            )
        )
    return out


def _check_tree(tree: Mapping[str, Any], n_features: int) -> None:
    try:
        feats, thresholds = tree["feature"], tree["threshold"]
        left, right, leaves = tree["left"], tree["right"], tree["leaf"]
    except (KeyError, TypeError) as exc:
        raise ModelError(f"tree without {exc}") from exc
    k = len(feats)
    if not (len(thresholds) == len(left) == len(right) == k) or len(leaves) != k + 1:
        raise ModelError("tree arrays of inconsistent length")
    for f in feats:
        if not isinstance(f, int) or isinstance(f, bool) or not 0 <= f < n_features:
            raise ModelError(f"feature index {f!r} out of range")
    for child in (*left, *right):
        if not isinstance(child, int) or isinstance(child, bool) or not -(k + 1) <= child < k:
            raise ModelError(f"child index {child!r} out of range")
    for v in (*thresholds, *leaves):
        if not isinstance(v, int | float) or isinstance(v, bool) or not math.isfinite(v):
            raise ModelError(f"not a finite number: {v!r}")


def _emit(tree: Mapping[str, Any], node: int, depth: int, out: list[str]) -> None:
    pad = "    " * depth
    if node < 0:
        out.append(f"{pad}s += {float(tree['leaf'][-1 - node])!r}")
        return
    if depth > 64:
        raise ModelError("tree too deep")
    out.append(f"{pad}if x{int(tree['feature'][node])} <= {float(tree['threshold'][node])!r}:")
    _emit(tree, int(tree["left"][node]), depth + 1, out)
    out.append(f"{pad}else:")
    _emit(tree, int(tree["right"][node]), depth + 1, out)


def compile_ensemble(trees: Sequence[Mapping[str, Any]], n_features: int) -> Ensemble:
    """Check ``trees`` (flat-array trees over ``n_features`` columns) and compile them into one function."""
    for tree in trees:
        _check_tree(tree, n_features)
    # Each column a split reads, unpacked once into a local (x7): a local is read faster than a row item, and
    # one unpacking of the row (the columns no split reads go to "_") costs less than a subscript per column.
    used = {int(f) for tree in trees for f in tree["feature"]}
    names = ", ".join(f"x{i}" if i in used else "_" for i in range(n_features))
    lines = ["def raw(x):", f"    ({names},) = x", "    s = 0.0"]
    for tree in trees:
        if not tree["feature"]:  # a single leaf
            lines.append(f"    s += {float(tree['leaf'][0])!r}")
        else:
            _emit(tree, 0, 1, lines)
    lines.append("    return s")
    namespace: dict[str, Any] = {}
    exec(compile("\n".join(lines), "<boilerstrip.labeller model>", "exec"), {"__builtins__": {}}, namespace)
    raw: Scorer = namespace["raw"]
    return Ensemble(n_features, tuple(trees), raw)


def model_from_dict(data: Mapping[str, Any]) -> Model:
    """Build a :class:`Model` from the parsed model file, refusing one made for other features."""
    if data.get("format") != 1:
        raise ModelError(f"unknown model format {data.get('format')!r}")
    if tuple(data.get("features", ())) != FEATURE_NAMES:
        raise ModelError("the model was trained on other features than boilerstrip.labeller.features.FEATURE_NAMES")
    stage1 = compile_ensemble(data["stage1"]["trees"], len(FEATURE_NAMES))
    stage2 = None
    if data.get("stage2") is not None:
        if tuple(data.get("stage2_features", ())) != STAGE2_NAMES:
            raise ModelError("the model's stage-2 features do not match STAGE2_NAMES")
        stage2 = compile_ensemble(data["stage2"]["trees"], len(STAGE2_NAMES))
    threshold = float(data.get("threshold", 0.5))
    return Model(stage1, stage2, threshold, dict(data.get("meta", {})), native_scorer(stage1, stage2))


def native_scorer(stage1: Ensemble, stage2: Ensemble | None, module: ModuleType | None = None) -> Any:
    """The compiled scorer of two checked ensembles (``module``: the compiled module, by default the one that runs).

    ``None`` where the compiled module is not built or is turned off (:mod:`~boilerstrip.labeller.native`).
    """
    module = module or native.compiled()
    if module is None:
        return None
    second = None if stage2 is None else module.Trees(stage2.trees, stage2.n_features)
    return module.Scorer(module.Trees(stage1.trees, stage1.n_features), second, _COPIED)


@cache
def load_model() -> Model:
    """The shipped model (``boilerstrip/data/labeller/model.json``), read and compiled once."""
    path = resources.files("boilerstrip") / "data" / "labeller" / "model.json"
    return model_from_dict(json.loads(path.read_text(encoding="utf-8")))
