"""Train the line labeller, cross-validate it leaving whole sites out, write ``boilerstrip/data/labeller/model.json``.

One command rebuilds the model (recipe and results: ``docs/labeller.md``)::

    pip install -e '.[train]'
    nice python benchmarks/train_labeller.py            # reads ../shared/bench, or $BOILERSTRIP_BENCH

Training data: ``corpus/cases`` and ``corpus/dev`` (never ``corpus/heldout``),
the public AEB pages as trafilatura extracts them and as the ``html_text``
whole-page dump, and the trafilatura evaluation set as trafilatura extracts it
(``benchmarks/labeller_data.py``). Extracted page texts are cached in
``--cache`` (outside the repository). Every score printed for the training
sources is cross-validated: each document is scored by models that never saw
its site (folds are whole site groups; the stage-2 model of a fold is trained
on stage-1 scores that are themselves out of fold). The final model is then
measured once on ``corpus/heldout``, which nothing is trained on.
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import json
import sys
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import labeller_data as data
from scoring import aeb_metrics, aeb_page, default_bench

from boilerstrip.document import Document
from boilerstrip.labeller.features import FEATURE_NAMES, feature_table
from boilerstrip.labeller.model import STAGE2_NAMES, Model, model_from_dict, stage2_rows
from boilerstrip.rules import lexicon as lexicon_module
from boilerstrip.rules.memo import clear as clear_memo

ROOT = Path(__file__).resolve().parent.parent
MODEL_PATH = ROOT / "boilerstrip" / "data" / "labeller" / "model.json"
#: Line weights per source: the corpus and the extracted texts are the product's input form.
SOURCE_WEIGHTS = {"corpus": 4.0, "aeb-extracted": 2.0, "aeb-page": 0.5, "traf-extracted": 1.0, "documents": 0.0}
#: Extra factor for the lines of chrome-free corpus documents (``kind: clean``): no harm to them matters most.
CLEAN_WEIGHT = {"clean": 6.0}
THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7)
#: Share of the interface phrases left out when computing the training features (:func:`thinned_lexicon`).
LEXICON_DROPOUT = 0.3


@dataclass
class Doc:
    """A sample with its feature rows (aligned with its labels)."""

    sample: data.Sample
    rows: list[tuple[float, ...]]
    fold: int
    #: The rows the models train on: computed with a thinned lexicon when ``--lexicon-dropout`` is set
    #: (see :func:`thinned_lexicon`), else the same as ``rows``. Scores are always read from ``rows``.
    train_rows: list[tuple[float, ...]] | None = None

    @property
    def fit_rows(self) -> list[tuple[float, ...]]:
        """The rows to train on."""
        return self.rows if self.train_rows is None else self.train_rows


def _params(trees: int, leaves: int, depth: int) -> dict[str, Any]:
    return {
        "objective": "binary",
        "num_leaves": leaves,
        "max_depth": depth,
        "learning_rate": 0.15,
        "min_data_in_leaf": 40,
        "feature_fraction": 1.0,
        "bagging_fraction": 1.0,
        "lambda_l2": 1.0,
        "num_threads": 1,
        "deterministic": True,
        "force_row_wise": True,
        "seed": 0,
        "verbose": -1,
        "num_iterations": trees,
    }


Rows = Sequence[Sequence[float]]


def _train(rows: Rows, labels: Sequence[int], weights: Sequence[float], params: Mapping[str, Any]) -> Any:
    import lightgbm as lgb
    import numpy as np

    ds = lgb.Dataset(np.asarray(rows, dtype=np.float64), label=np.asarray(labels), weight=np.asarray(weights))
    return lgb.train(dict(params), ds)


def _predict(booster: Any, rows: Sequence[Sequence[float]]) -> list[float]:
    import numpy as np

    if not rows:
        return []
    return [float(v) for v in booster.predict(np.asarray(rows, dtype=np.float64))]


def _labelled(
    docs: Sequence[Doc], feats: Callable[[Doc], Rows]
) -> tuple[list[Sequence[float]], list[int], list[float]]:
    xs: list[Sequence[float]] = []
    ys: list[int] = []
    ws: list[float] = []
    for d in docs:
        for row, lab in zip(feats(d), d.sample.labels, strict=True):
            if lab is not None:
                xs.append(row)
                ys.append(lab)
                ws.append(SOURCE_WEIGHTS[d.sample.source] * CLEAN_WEIGHT.get(d.sample.kind, 1.0))
    return xs, ys, ws


def assign_folds(groups: Mapping[str, int], k: int) -> dict[str, int]:
    """Deal site groups (name -> labelled lines) into ``k`` folds of about equal size, deterministically."""
    sizes = [0] * k
    out: dict[str, int] = {}
    for name, size in sorted(groups.items(), key=lambda kv: (-kv[1], hashlib.sha1(kv[0].encode()).hexdigest())):
        fold = min(range(k), key=lambda f: (sizes[f], f))
        out[name] = fold
        sizes[fold] += size
    return out


class TwoStage:
    """A stage-1 booster over feature rows and an optional stage-2 booster over :func:`stage2_rows`."""

    def __init__(self, stage1: Any, stage2: Any | None) -> None:
        self.stage1 = stage1
        self.stage2 = stage2

    def first(self, doc: Doc) -> list[float]:
        """Stage-1 scores of the lines of ``doc``."""
        return _predict(self.stage1, doc.rows)

    def scores(self, doc: Doc) -> list[float]:
        """Final scores of the lines of ``doc``."""
        first = self.first(doc)
        return first if self.stage2 is None else _predict(self.stage2, stage2_rows(doc.rows, first))


def fit(
    docs: Sequence[Doc], args: argparse.Namespace, inner_first: Mapping[int, list[float]] | None = None
) -> TwoStage:
    """Train stage 1 on ``docs``, then stage 2 on out-of-fold stage-1 scores.

    The stage-1 scores are ``inner_first`` (by document id) or, without it,
    come from an inner cross-validation over the folds present in ``docs``.
    """
    p1 = _params(args.trees, args.leaves, args.depth)
    x, y, w = _labelled(docs, lambda d: d.fit_rows)
    stage1 = _train(x, y, w, p1)
    if args.stage2_trees <= 0:
        return TwoStage(stage1, None)
    if inner_first is None:
        inner_first = {}
        folds = sorted({d.fold for d in docs})
        for f in folds:
            train = [d for d in docs if d.fold != f]
            xi, yi, wi = _labelled(train, lambda d: d.fit_rows)
            booster = _train(xi, yi, wi, p1)
            for d in docs:
                if d.fold == f:
                    inner_first[id(d)] = _predict(booster, d.fit_rows)
    first = inner_first
    x2, y2, w2 = _labelled(docs, lambda d: stage2_rows(d.fit_rows, first[id(d)]))
    stage2 = _train(x2, y2, w2, _params(args.stage2_trees, args.stage2_leaves, args.stage2_depth))
    return TwoStage(stage1, stage2)


# --- evaluation -------------------------------------------------------------------


@dataclass
class LineCounts:
    """Labelled lines by truth and verdict."""

    content_kept: int = 0
    content_removed: int = 0
    chrome_kept: int = 0
    chrome_removed: int = 0

    def add(self, label: int | None, removed: bool) -> None:
        if label is None:
            return
        if label == 0:
            self.content_removed += removed
            self.content_kept += not removed
        else:
            self.chrome_removed += removed
            self.chrome_kept += not removed

    def row(self) -> str:
        kept = self.content_kept + self.chrome_kept
        content = self.content_kept + self.content_removed
        chrome = self.chrome_kept + self.chrome_removed
        p = self.content_kept / kept if kept else 1.0
        r = self.content_kept / content if content else 1.0
        c = self.chrome_removed / chrome if chrome else 1.0
        return f"{p:.3f} | {r:.3f} | {c:.3f} | {content} / {chrome}"


def line_table(docs: Sequence[Doc], scores: Mapping[int, list[float]], sources: Sequence[str]) -> list[str]:
    """Markdown rows: per source and threshold, content precision/recall and chrome recall on labelled lines."""
    out = [
        "| source | threshold | content P | content R | chrome R | content / chrome lines |",
        "|---|---|---|---|---|---|",
    ]
    for source in sources:
        for t in THRESHOLDS:
            counts = LineCounts()
            for d in docs:
                if d.sample.source == source:
                    for lab, s in zip(d.sample.labels, scores[id(d)], strict=True):
                        counts.add(lab, s >= t)
            out.append(f"| {source} | {t} | {counts.row()} |")
    return out


def shingle_table(docs: Sequence[Doc], scores: Mapping[int, list[float]]) -> list[str]:
    """Markdown rows: AEB shingle F1 of the lines kept (score below threshold), per text form."""
    out = ["| AEB text | kept | F1 | P | R |", "|---|---|---|---|---|"]
    for source in ("aeb-page", "aeb-extracted"):
        mine = [d for d in docs if d.sample.source == source]
        if not mine:
            continue
        variants: list[tuple[str, float]] = [("all lines", 2.0), *((f"score < {t}", t) for t in THRESHOLDS)]
        for name, t in variants:
            pages = []
            for d in mine:
                doc = d.sample.document()
                kept = [line.text for line, s in zip(doc.content, scores[id(d)], strict=True) if s < t]
                pages.append(aeb_page(d.sample.gold or "", "\n".join(kept)))
            m = aeb_metrics(pages)
            out.append(f"| {source} ({len(mine)} pages) | {name} | {m.f1:.3f} | {m.precision:.3f} | {m.recall:.3f} |")
    return out


def heldout_report(model: Model, trained_batches: Sequence[str] = ()) -> list[str]:
    """The final model alone on ``corpus/heldout``: line precision/recall, and what it removes from clean docs."""
    samples = data.corpus_samples(folders=(data.HELDOUT,), exclude_batches=trained_batches)
    out = [
        f"{len(samples)} documents ({sum(s.kind != 'clean' for s in samples)} with chrome, "
        f"{sum(s.kind == 'clean' for s in samples)} chrome-free).",
        "",
        "| documents | threshold | content P | content R | chrome R | content / chrome lines "
        "| lines removed | chars removed | docs changed |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    scored = []
    for s in samples:
        doc = s.document()
        scored.append((s, doc, model.scores(feature_table(doc))))
    for kinds, name in ((("chrome", "negative"), "with chrome"), (("clean",), "chrome-free")):
        for t in THRESHOLDS:
            counts = LineCounts()
            lines = removed = chars = removed_chars = changed = 0
            for s, doc, sc in scored:
                if s.kind not in kinds:
                    continue
                hit = False
                for line, lab, v in zip(doc.content, s.labels, sc, strict=True):
                    counts.add(lab, v >= t)
                    lines += 1
                    chars += len(line.text)
                    if v >= t:
                        removed += 1
                        removed_chars += len(line.text)
                        hit = True
                changed += hit
            n = sum(s.kind in kinds for s in samples)
            out.append(
                f"| {name} | {t} | {counts.row()} | {removed / max(lines, 1):.2%} | "
                f"{removed_chars / max(chars, 1):.2%} | {changed} / {n} |"
            )
    return out


def speed(model: Model, texts: Sequence[str], rounds: int = 3) -> tuple[float, float]:
    """CPU microseconds per non-blank line for features + both stages: cold (memo caches cleared) and warm."""
    lines = sum(len(Document(t).content) for t in texts)
    best_cold = best_warm = float("inf")
    for _ in range(rounds):
        clear_memo()
        start = time.process_time()
        for t in texts:
            model.scores(feature_table(Document(t, lang="en")))
        best_cold = min(best_cold, time.process_time() - start)
        start = time.process_time()
        for t in texts:
            model.scores(feature_table(Document(t, lang="en")))
        best_warm = min(best_warm, time.process_time() - start)
    return best_cold / lines * 1e6, best_warm / lines * 1e6


def write_errors(path: Path, docs: Sequence[Doc], scores: Mapping[int, list[float]], t: float) -> None:
    """Write every cross-validated mistake at threshold ``t``: source, document, score, label, line."""
    with path.open("w", encoding="utf-8") as fh:
        for d in docs:
            doc = d.sample.document()
            for line, lab, s in zip(doc.content, d.sample.labels, scores[id(d)], strict=True):
                if lab is not None and (s >= t) != (lab == 1):
                    what = "LOST" if lab == 0 else "KEPT"
                    fh.write(f"{d.sample.source}\t{d.sample.name}\t{what}\t{s:.2f}\t{line.text[:160]}\n")


# --- export -----------------------------------------------------------------------


def export_trees(booster: Any) -> list[dict[str, list[Any]]]:
    """LightGBM trees as flat arrays (``boilerstrip.labeller.model``'s layout)."""
    out: list[dict[str, list[Any]]] = []
    for info in booster.dump_model()["tree_info"]:
        k = info["num_leaves"] - 1
        tree: dict[str, list[Any]] = {
            "feature": [0] * k,
            "threshold": [0.0] * k,
            "left": [0] * k,
            "right": [0] * k,
            "leaf": [0.0] * (k + 1),
        }

        def child(node: Mapping[str, Any]) -> int:
            return int(node["split_index"]) if "split_index" in node else -1 - int(node.get("leaf_index", 0))

        def walk(node: Mapping[str, Any], tree: dict[str, list[Any]] = tree) -> None:
            if "split_index" not in node:
                tree["leaf"][int(node.get("leaf_index", 0))] = float(node["leaf_value"])
                return
            if node["decision_type"] != "<=":
                raise ValueError(f"unsupported split {node['decision_type']}")
            i = int(node["split_index"])
            tree["feature"][i] = int(node["split_feature"])
            tree["threshold"][i] = float(node["threshold"])
            tree["left"][i] = child(node["left_child"])
            tree["right"][i] = child(node["right_child"])
            walk(node["left_child"])
            walk(node["right_child"])

        walk(info["tree_structure"])
        out.append(tree)
    return out


def model_payload(final: TwoStage, docs: Sequence[Doc], args: argparse.Namespace) -> dict[str, Any]:
    """The model file's content (``boilerstrip.labeller.model.model_from_dict`` reads it) for ``final``.

    ``meta`` records how many documents of each source ``docs`` holds and the
    training options (``args`` without paths).
    """
    sources = [src for src in SOURCE_WEIGHTS if any(d.sample.source == src for d in docs)]
    return {
        "format": 1,
        "features": list(FEATURE_NAMES),
        "stage2_features": list(STAGE2_NAMES) if final.stage2 is not None else [],
        "threshold": args.threshold,
        "stage1": {"trees": export_trees(final.stage1)},
        "stage2": {"trees": export_trees(final.stage2)} if final.stage2 is not None else None,
        "meta": {
            "trained_on": {src: sum(d.sample.source == src for d in docs) for src in sources},
            "params": {k: v for k, v in vars(args).items() if not isinstance(v, Path | None)},
        },
    }


def load_samples(
    bench: Path | None,
    cache: Path,
    no_traf: bool = False,
    exclude_batches: Sequence[str] = (),
    heldout_batches: Sequence[str] = (),
) -> list[data.Sample]:
    """The training documents: the corpus, and the AEB and trafilatura pages when ``bench`` has them.

    ``heldout_batches``: the batches of ``corpus/heldout`` declared development sets, trained on too.
    """
    samples = data.corpus_samples(exclude_batches=exclude_batches, heldout_batches=heldout_batches)
    if SOURCE_WEIGHTS["documents"] > 0:
        samples += data.document_samples()
    if bench is not None and (bench / "aeb" / "index.jsonl").is_file():
        samples += data.aeb_samples(bench, cache)
        if not no_traf:
            samples += data.traf_samples(bench, cache)
    else:
        print("no bench data: training on the corpus only", file=sys.stderr)
    return samples


def make_docs(samples: Sequence[data.Sample], folds: int, dropout: float = 0.0, blind: float = 0.0) -> list[Doc]:
    """``samples`` with their feature rows, each in the fold of its site group (:func:`assign_folds`).

    With ``dropout`` the training rows are computed a second time with a thinned lexicon; with ``blind``,
    that share of the documents (a fixed choice per document, :func:`_kept`) is computed with no interface
    phrase at all, as a page in a language the lists do not cover reads.
    """
    groups: dict[str, int] = {}
    for s in samples:
        groups[s.group] = groups.get(s.group, 0) + sum(lab is not None for lab in s.labels)
    fold_of = assign_folds(groups, folds)
    docs: list[Doc] = []
    for s in samples:
        rows = list(feature_table(s.document()))
        if len(rows) != len(s.labels):
            raise AssertionError(f"{s.source} {s.name}: {len(rows)} rows, {len(s.labels)} labels")
        docs.append(Doc(s, rows, fold_of[s.group]))
    if dropout > 0:
        with thinned_lexicon(dropout):
            for d in docs:
                d.train_rows = list(feature_table(d.sample.document()))
    if blind > 0:
        with thinned_lexicon(1.0):
            for d in docs:
                if not _kept(f"{d.sample.source}:{d.sample.name}", blind):
                    d.train_rows = list(feature_table(d.sample.document()))
    return docs


@contextmanager
def thinned_lexicon(share: float) -> Iterator[None]:
    """Compute features with ``share`` of the interface phrases left out, as on a site the lists do not know.

    The phrase lists were grown partly from the pages the labeller trains on; with all of them, those
    pages' chrome is named by phrase almost everywhere, and the model learns to trust the phrase features
    more than a page it has never seen deserves. Which phrases go is fixed (a hash of the phrase), so the
    model rebuilds the same. Only ``[lines]``, ``[prefixes]`` and ``[contains]`` are thinned.
    """
    full = lexicon_module.read_lexicon_files()

    def thinned(folder: Any = None) -> dict[str, dict[str, dict[str, list[str]]]]:
        out = copy.deepcopy(full)
        for data_ in out.values():
            for table in ("lines", "prefixes", "contains"):
                for reason, phrases in data_.get(table, {}).items():
                    data_[table][reason] = [p for p in phrases if _kept(p, share)]
        return out

    original = lexicon_module.read_lexicon_files
    lexicon_module.read_lexicon_files = thinned
    lexicon_module.load_lexicon.cache_clear()
    clear_memo()
    try:
        yield
    finally:
        lexicon_module.read_lexicon_files = original
        lexicon_module.load_lexicon.cache_clear()
        clear_memo()


def _kept(phrase: str, share: float) -> bool:
    """Whether ``phrase`` stays in a lexicon thinned by ``share`` (a fixed choice per phrase)."""
    digest = hashlib.sha256(phrase.encode("utf-8")).digest()
    return digest[0] / 256 >= share


def parser() -> argparse.ArgumentParser:
    """The command line; its defaults are the shipped model's recipe."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bench", type=Path, default=default_bench(), help="the shared bench folder")
    ap.add_argument("--cache", type=Path, default=Path.home() / ".cache" / "boilerstrip-labeller")
    ap.add_argument("--out", type=Path, default=MODEL_PATH, help="where to write the model")
    ap.add_argument("--report", type=Path, default=None, help="also write the markdown report here")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--trees", type=int, default=60)
    ap.add_argument("--leaves", type=int, default=15)
    ap.add_argument("--depth", type=int, default=4)
    ap.add_argument("--stage2-trees", type=int, default=20)
    ap.add_argument("--stage2-leaves", type=int, default=8)
    ap.add_argument("--stage2-depth", type=int, default=3)
    ap.add_argument("--threshold", type=float, default=0.5, help="the suggested cut-off written into the model")
    ap.add_argument("--weight", action="append", default=[], metavar="SOURCE=W", help="override a source's line weight")
    ap.add_argument("--clean-weight", type=float, default=CLEAN_WEIGHT["clean"], help="factor for chrome-free docs")
    ap.add_argument(
        "--lexicon-dropout",
        type=float,
        default=LEXICON_DROPOUT,
        help="share of interface phrases left out of the training features (scores use them all)",
    )
    ap.add_argument(
        "--blind-share",
        type=float,
        default=0.0,
        help="share of the training documents whose rows are computed with no interface phrase at all",
    )
    ap.add_argument("--no-traf", action="store_true", help="leave the trafilatura set out")
    ap.add_argument("--errors", type=Path, default=None, help="write the cross-validated mistakes at --threshold here")
    ap.add_argument("--skip-cv", action="store_true", help="train the final model only (no cross-validation)")
    ap.add_argument(
        "--exclude-batch",
        action="append",
        default=[],
        metavar="N",
        help="leave corpus batch N (or half: 22A) out of training (to tune the pipeline's dial on it); repeatable",
    )
    ap.add_argument(
        "--heldout-batches",
        type=lambda v: tuple(n.strip() for n in v.split(",") if n.strip()),
        default=(),
        metavar="N,NA",
        help="batches (6) or halves (22A) of corpus/heldout to train on too (default none; the development "
        f"ones are {','.join(data.DEVELOPMENT_BATCHES)}; 'dev' names them all)",
    )
    return ap


def main(argv: Sequence[str] | None = None) -> int:
    """Build the training set, cross-validate, train the final model, measure it on held-out, write it."""
    ap = parser()
    args = ap.parse_args(argv)
    if "dev" in args.heldout_batches:
        args.heldout_batches = tuple(p for p in args.heldout_batches if p != "dev") + data.DEVELOPMENT_BATCHES
    t0 = time.time()
    CLEAN_WEIGHT["clean"] = args.clean_weight
    for item in args.weight:
        source, _, value = item.partition("=")
        if source not in SOURCE_WEIGHTS:
            ap.error(f"--weight: unknown source {source!r}; sources: {', '.join(SOURCE_WEIGHTS)}")
        SOURCE_WEIGHTS[source] = float(value)

    samples = load_samples(args.bench, args.cache, args.no_traf, args.exclude_batch, args.heldout_batches)
    print(f"{len(samples)} documents loaded ({time.time() - t0:.0f}s)", file=sys.stderr)

    docs = make_docs(samples, args.folds, args.lexicon_dropout, args.blind_share)
    sources = [src for src in SOURCE_WEIGHTS if any(d.sample.source == src for d in docs)]
    report: list[str] = [
        "## Training data",
        "",
        "| source | documents | site groups | content lines | chrome lines |",
        "|---|---|---|---|---|",
    ]
    for src in sources:
        mine = [d for d in docs if d.sample.source == src]
        labs = [lab for d in mine for lab in d.sample.labels]
        report.append(
            f"| {src} | {len(mine)} | {len({d.sample.group for d in mine})} | {labs.count(0)} | {labs.count(1)} |"
        )
    print(f"features done ({time.time() - t0:.0f}s)", file=sys.stderr)

    oof_first: dict[int, list[float]] = {}
    # Stage 2 of the final model trains on out-of-fold stage-1 scores of the rows stage 1 trained on.
    oof_fit_first: dict[int, list[float]] = {}
    if not args.skip_cv:
        oof: dict[int, list[float]] = {}
        for f in range(args.folds):
            train = [d for d in docs if d.fold != f]
            fold_model = fit(train, args)
            for d in docs:
                if d.fold == f:
                    oof_first[id(d)] = fold_model.first(d)
                    oof_fit_first[id(d)] = _predict(fold_model.stage1, d.fit_rows)
                    oof[id(d)] = fold_model.scores(d)
            print(f"fold {f} done ({time.time() - t0:.0f}s)", file=sys.stderr)
        if args.errors is not None:
            write_errors(args.errors, docs, oof, args.threshold)
        report += ["", f"## Cross-validation ({args.folds} folds by site), stage 1 alone", ""]
        report += line_table(docs, oof_first, sources)
        report += ["", "## Cross-validation, final scores (stage 2)", ""]
        report += line_table(docs, oof, sources)
        report += ["", "## AEB shingle F1 of the kept lines, cross-validated", ""]
        report += shingle_table(docs, oof)

    final = fit(docs, args, oof_fit_first if oof_fit_first else None)
    payload = model_payload(final, docs, args)
    model = model_from_dict(payload)
    # The exported trees must give LightGBM's own probabilities.
    check = docs[:50]
    worst = max(
        (abs(a - b) for d in check for a, b in zip(model.scores(d.rows), final.scores(d), strict=True)), default=0.0
    )
    if worst > 1e-9:
        raise AssertionError(f"exported model differs from LightGBM by {worst}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(payload, separators=(",", ":")) + "\n", encoding="utf-8")

    report += ["", "## Final model on corpus/heldout (never trained on), labeller alone", ""]
    report += heldout_report(model, args.heldout_batches)
    texts = [s.text for s in data.corpus_samples(folders=("cases",))]
    cold, warm = speed(model, texts)
    n_lines = sum(len(Document(t).content) for t in texts)
    report += [
        "",
        "## Cost",
        "",
        f"Features + both stages on the {len(texts)} corpus/cases inputs ({n_lines} non-blank lines): "
        f"{cold:.1f} µs of CPU per line with the per-line caches cleared, {warm:.1f} µs warm.",
        "",
        f"Model: {len(payload['stage1']['trees'])} + "
        f"{len(payload['stage2']['trees']) if payload['stage2'] else 0} trees, "
        f"{args.out.stat().st_size // 1024} KB. Total time {time.time() - t0:.0f}s.",
    ]
    text = "\n".join(report) + "\n"
    print(text)
    if args.report is not None:
        args.report.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
