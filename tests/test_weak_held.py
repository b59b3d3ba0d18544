"""The pipeline skips a cleaner of weak evidence alone where the gate would hold all its cuts (issue 11).

``Pipeline._found`` runs no cleaner of ``pipeline._weak_only`` on a view where ``gate.holds_every_weak`` says the
gate holds every weak cut. These tests check the three things that rests on: such a cleaner gives no cut an
evidence kind of its own, the gate holds every weak cut whenever the test says so, and clean() gives the same
results with the skip as without it.
"""

from __future__ import annotations

import inspect
import math
import random
import sys

import pytest

import boilerstrip
from boilerstrip import gate, pipeline, registry
from boilerstrip.config import Config
from boilerstrip.document import Document
from boilerstrip.evidence import WEAK
from boilerstrip.rules import memo
from boilerstrip.types import Cut, PriorCut
from tests.pipeline_runs import corpus_inputs, record_cleaner_runs, skip_texts

#: The default pipeline's cleaners whose every reason declares weak evidence.
WEAK_ONLY = {"duplicate_lines", "foreign_lines", "titles", "line_labeller", "late_duplicate_lines"}


def test_weak_only_cleaners_give_their_cuts_no_evidence_of_their_own() -> None:
    # A cut's own evidence (Cut.evidence) stands before the declared one: none of these modules sets it, and
    # none of their cuts carries one on the corpus.
    cleaners = [registry.create(name) for name in registry.default_names()]
    names = pipeline._weak_only(cleaners, frozenset(c.name for c in cleaners if getattr(c, "role", None)))
    assert names == WEAK_ONLY
    chosen = [c for c in cleaners if c.name in names]
    for c in chosen:
        assert "evidence=" not in inspect.getsource(sys.modules[type(c).__module__]), c.name
    for text in corpus_inputs()[::2]:
        doc = Document(text)
        for c in chosen:
            assert all(not k.evidence for k in c.find(doc)), c.name


def test_weak_only_leaves_out_plugins_and_strong_reasons() -> None:
    class Plugin:
        name = "plugin_weak"
        version = 1
        reasons = {"x": "a line"}
        evidence = {"x": "shape"}

        def find(self, doc: Document) -> list[Cut]:
            return []

    assert pipeline._weak_only([Plugin(), registry.create("ui_strings")], frozenset()) == frozenset()


def _weak_cuts(doc: Document, rng: random.Random) -> tuple[list[Cut], list[str]]:
    """Cuts of random weak kinds over random runs of ``doc``'s lines."""
    lines = doc.lines
    cuts: list[Cut] = []
    kinds: list[str] = []
    for _ in range(rng.randint(1, 8)):
        first = rng.randrange(len(lines))
        last = min(len(lines) - 1, first + rng.choice((0, 0, 0, 1, 3)))
        cuts.append(Cut(lines[first].raw_start, lines[last].next_start, "x"))
        kinds.append(rng.choice(sorted(WEAK)))
    return cuts, kinds


@pytest.mark.parametrize("favor", sorted(gate.DIALS))
def test_the_gate_holds_every_weak_cut_when_the_test_says_so(favor: str) -> None:
    # gate.judge on random weak cuts, random scores (None, NaN, over 1 too) and random documents: whenever
    # holds_every_weak says so, every verdict is held, with exact holds and without.
    rng = random.Random(24)
    dial = gate.DIALS[favor]
    texts = [t for t in corpus_inputs()[::5] if t.strip()]
    said = 0
    for text in texts:
        doc = Document(text)
        if not doc.lines:
            continue
        prior = [PriorCut(line.raw_start, "ui_strings", "navigation") for line in rng.sample(doc.lines, 2)]
        doc = Document(text, prior=prior)
        for _ in range(6):
            pool = rng.choice(((0.0, 0.3, 0.6, 0.95), (0.99, 1.0), (0.5, math.nan), (1.2, 0.1), (None, 0.2)))
            scores = None if rng.random() < 0.2 else tuple(rng.choice(pool) for _ in doc.lines)
            trusted = rng.random() < 0.2
            admitted = rng.choice((0, 0, 1, 3))
            shown = trusted or admitted >= dial.weak_witnesses
            cuts, kinds = _weak_cuts(doc, rng)
            for exact in (True, False):
                verdicts = gate.judge(
                    doc,
                    cuts,
                    kinds,
                    dial=dial,
                    witnesses=admitted,
                    trusted=trusted,
                    scores=scores,
                    admitted=admitted,
                    exact_holds=exact,
                )
                if gate.holds_every_weak(dial, shown=shown, scores=scores):
                    said += 1
                    assert all(v.held for v in verdicts), (favor, kinds, scores)
    # The dial that needs no strong evidence holds no weak cut for want of it.
    assert said > 50 if dial.needs_strong or not dial.weak else said == 0


@pytest.mark.parametrize("favor", sorted(gate.DIALS))
def test_clean_gives_the_same_results_without_the_skip(monkeypatch: pytest.MonkeyPatch, favor: str) -> None:
    runs = record_cleaner_runs(monkeypatch)
    config = Config(favor=favor)
    texts = skip_texts() if favor == "balanced" else skip_texts()[::3]
    memo.clear()
    skipped = [boilerstrip.clean(t, config=config).to_dict() for t in texts]
    weak_runs = sum(name in WEAK_ONLY for name in runs)
    runs.clear()
    monkeypatch.setattr(pipeline.Pipeline, "_holds_weak", lambda self, doc, run: False)
    memo.clear()
    assert [boilerstrip.clean(t, config=config).to_dict() for t in texts] == skipped
    if favor != "clean":  # the dial that needs no strong evidence skips nothing
        assert sum(name in WEAK_ONLY for name in runs) > weak_runs


def test_html_pages_give_the_same_results_without_the_skip(monkeypatch: pytest.MonkeyPatch) -> None:
    # A page counts as a witness: the skip never applies there, but the page's text passes the same code.
    pages = [f"<html><body><p>{t[:2000]}</p></body></html>".replace("\n", "<br>") for t in corpus_inputs()[::25]]
    kept = [boilerstrip.clean_html(p).to_dict() for p in pages]
    monkeypatch.setattr(pipeline.Pipeline, "_holds_weak", lambda self, doc, run: False)
    memo.clear()
    assert [boilerstrip.clean_html(p).to_dict() for p in pages] == kept
