"""The default pipeline on the AEB pages, cross-validated: no page is cleaned by a labeller that saw its site.

One command (needs ``pip install -e '.[train]'`` and the shared bench folder; results: ``docs/labeller.md``)::

    nice python benchmarks/pipeline_cv.py [--bench ../shared/bench] [--out pipeline-cv.md]

It loads the labeller's training documents and site folds exactly as
``benchmarks/train_labeller.py`` does, and for each fold trains a model with
the shipped recipe (the training script's defaults) on every document whose
site is in another fold. That model is installed as the labeller's model
(:func:`installed`) while the fold's AEB pages go through the pipelines:
the ``html_text`` whole-page dump (source ``aeb-page``) and trafilatura's
extraction (``aeb-extracted``), the very texts the training sources hold.
Each output is scored against the page's gold article with the AEB shingle
metric (``scoring.aeb_page`` / ``aeb_metrics``, macro P and R, F1 from them;
± is the bootstrap standard deviation over pages).

Systems: the text unchanged; the release behaviour (no labeller:
``favor="prose"`` without ``line_labeller``, which never reads a model); the
default pipeline (``favor="balanced"``) and ``favor="clean"`` with the fold's
model; the labeller alone (lines scoring below 0.5 kept) with the fold's model,
which repeats the training script's figure as a check that the fold models are
the same; and, for contrast only, the default pipeline with the shipped model,
which trained on every site (not cross-validated).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from unittest import mock

import train_labeller as train
from scoring import AebPage, aeb_bootstrap, aeb_page, default_bench

import boilerstrip.labeller
from boilerstrip.config import Config
from boilerstrip.labeller.model import Model, load_model, model_from_dict
from boilerstrip.pipeline import Pipeline
from boilerstrip.rules.memo import clear as clear_memo

SOURCES = ("aeb-page", "aeb-extracted")
#: The labeller-alone cut-off (the model file's suggested threshold).
ALONE_THRESHOLD = 0.5
Clean = Callable[[train.Doc], str]


@contextmanager
def installed(model: Model) -> Iterator[None]:
    """Make ``model`` the labeller's model inside the block, for this process only.

    :func:`boilerstrip.labeller.chrome_scores` and ``default_threshold`` call
    ``load_model`` through the ``boilerstrip.labeller`` module's namespace (the
    shipped model is memoised by ``functools.cache`` on
    ``boilerstrip.labeller.model.load_model``, which stays untouched), so
    patching that one name swaps the model; nothing else in the package calls
    it. Scores are cached per document view only (``Document.derived``), and
    the per-line memo caches (``boilerstrip.rules.memo``) hold model-free
    answers; they are cleared on the way in and out all the same, so no state
    crosses a fold.
    """
    clear_memo()
    try:
        with mock.patch.object(boilerstrip.labeller, "load_model", lambda: model):
            yield
    finally:
        clear_memo()


def _check_installed(model: Model, doc: train.Doc) -> None:
    """Fail unless the pipeline's labeller now scores ``doc`` with ``model``."""
    got = [s for s in boilerstrip.labeller.chrome_scores(doc.sample.document()) if s is not None]
    if got != model.scores(doc.rows):
        raise AssertionError("the fold's model is not the one the pipeline's labeller uses")


def _kept(model: Model, doc: train.Doc, threshold: float) -> str:
    """The lines of ``doc`` that ``model`` scores below ``threshold``."""
    lines = doc.sample.document().content
    return "\n".join(line.text for line, s in zip(lines, model.scores(doc.rows), strict=True) if s < threshold)


def _alone(model: Model) -> Clean:
    def clean(doc: train.Doc) -> str:
        return _kept(model, doc, ALONE_THRESHOLD)

    return clean


def pipelines() -> dict[str, Pipeline]:
    """The pipelines run with a fold's model: the default (balanced) and ``favor="clean"``."""
    return {
        "default pipeline (balanced), CV model": Pipeline.default(),
        'favor="clean", CV model': Pipeline.from_config(Config(favor="clean")),
    }


def _run(pipe: Pipeline, skipped: dict[str, set[str]], name: str) -> Clean:
    """``pipe`` as a system; the texts where it held back or skipped a cleaner go into ``skipped[name]``."""

    def clean(doc: train.Doc) -> str:
        result = pipe(doc.sample.text)
        for skip in result.skipped:
            skipped.setdefault(name, set()).add(
                f"{doc.sample.source} {doc.sample.name[:12]} {skip.cleaner}: {skip.error_type}"
            )
        return result.text

    return clean


def score_fold(
    docs: Sequence[train.Doc], systems: Mapping[str, Clean], out: dict[tuple[str, str], list[AebPage]]
) -> None:
    """Score every AEB document of ``docs`` through every system, into ``out[(source, system)]``."""
    for d in docs:
        if d.sample.source not in SOURCES:
            continue
        for name, clean in systems.items():
            out.setdefault((d.sample.source, name), []).append(aeb_page(d.sample.gold or "", clean(d)))


def table(scores: Mapping[tuple[str, str], list[AebPage]], order: Sequence[str]) -> list[str]:
    """Markdown rows: per source and system, P, R, F1 (± bootstrap std) and the page count."""
    out = ["| source | system | P | R | F1 | pages |", "|---|---|---|---|---|---|"]
    for source in SOURCES:
        for name in order:
            pages = scores.get((source, name))
            if not pages:
                continue
            rep = aeb_bootstrap(pages)
            m, sd = rep.value, rep.std
            out.append(
                f"| {source} | {name} | {m.precision:.3f} | {m.recall:.3f} | {m.f1:.3f} ± {sd.f1:.3f} | {rep.pages} |"
            )
    return out


def main(argv: Sequence[str] | None = None) -> int:
    """Train one model per site fold, clean that fold's AEB pages with it, print (and write) the table."""
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--bench", type=Path, default=default_bench(), help="the shared bench folder")
    ap.add_argument("--cache", type=Path, default=Path.home() / ".cache" / "boilerstrip-labeller")
    ap.add_argument("--out", type=Path, default=None, help="also write the markdown table here")
    ap.add_argument("--no-shipped", action="store_true", help="skip the contrast run with the shipped model")
    opts = ap.parse_args(argv)
    if opts.bench is None or not (opts.bench / "aeb" / "index.jsonl").is_file():
        ap.error("needs the shared bench folder (--bench or $BOILERSTRIP_BENCH)")
    t0 = time.time()
    # The shipped recipe: the training script's defaults, which the shipped model records in its meta.
    args = train.parser().parse_args(["--bench", str(opts.bench), "--cache", str(opts.cache)])
    recipe = {k: v for k, v in vars(args).items() if not isinstance(v, Path | None)}
    shipped = load_model()
    if dict(shipped.meta.get("params", {})) != recipe:
        print(f"note: the shipped model's recipe {shipped.meta.get('params')} differs from {recipe}", file=sys.stderr)

    docs = train.make_docs(train.load_samples(args.bench, args.cache, args.no_traf), args.folds, args.lexicon_dropout)
    print(f"{len(docs)} documents, features done ({time.time() - t0:.0f}s)", file=sys.stderr)

    skipped: dict[str, set[str]] = {}
    scores: dict[tuple[str, str], list[AebPage]] = {}
    unchanged = "text unchanged"
    release = 'release: favor="prose", no line_labeller'
    alone = f"labeller alone (score < {ALONE_THRESHOLD}), CV model"
    shipped_name = "default pipeline, shipped model (saw every site: not CV)"
    release_pipe = Pipeline.from_config(Config(favor="prose")).without("line_labeller")
    model_free: dict[str, Clean] = {
        unchanged: lambda d: d.sample.text,
        release: _run(release_pipe, skipped, release),
    }
    score_fold(docs, model_free, scores)
    if not opts.no_shipped:
        clear_memo()
        score_fold(docs, {shipped_name: _run(Pipeline.default(), skipped, shipped_name)}, scores)
    print(f"model-free systems done ({time.time() - t0:.0f}s)", file=sys.stderr)

    pipes = pipelines()
    for f in range(args.folds):
        train_docs = [d for d in docs if d.fold != f]
        test_docs = [d for d in docs if d.fold == f]
        fitted = train.fit(train_docs, args)
        model = model_from_dict(train.model_payload(fitted, train_docs, args))
        # The exported trees must give LightGBM's own probabilities (as the training script checks).
        worst = max(
            (abs(a - b) for d in test_docs[:20] for a, b in zip(model.scores(d.rows), fitted.scores(d), strict=True)),
            default=0.0,
        )
        if worst > 1e-9:
            raise AssertionError(f"fold {f}: exported model differs from LightGBM by {worst}")
        systems: dict[str, Clean] = {alone: _alone(model)}
        systems.update({name: _run(pipe, skipped, name) for name, pipe in pipes.items()})
        with installed(model):
            _check_installed(model, test_docs[0])
            score_fold(test_docs, systems, scores)
        n = sum(d.sample.source in SOURCES for d in test_docs)
        sites = len({d.sample.group for d in test_docs if d.sample.source in SOURCES})
        print(f"fold {f}: {n} AEB texts from {sites} sites ({time.time() - t0:.0f}s)", file=sys.stderr)

    order = [unchanged, release, *pipes, alone, shipped_name]
    lines = [
        f"AEB shingle metric against the gold article; {args.folds} folds by site; run time {time.time() - t0:.0f}s.",
        "",
        *table(scores, order),
    ]
    if skipped:
        lines += ["", "Cleaners held back or skipped (text, cleaner: why):", ""]
        lines += [f"- {name}: {'; '.join(sorted(what))}" for name, what in skipped.items()]
    text = "\n".join(lines) + "\n"
    print(text)
    if opts.out is not None:
        opts.out.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
