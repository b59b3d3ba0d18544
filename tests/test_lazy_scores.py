"""The line labeller's scores are computed when first read, not on every pass's first view (issue 11).

Three changes rest on this: a pass's scores by line text are a :class:`~boilerstrip.pass_scores.PassScores`
that scores its view when first read (and counts its texts without scoring); ``Pipeline._holds_weak`` reads no
score when no score can reach the dial's bar (:func:`~boilerstrip.labeller.score_ceiling`); ``Pipeline._judge``
reads none for a batch of formatting cuts alone. These tests check each against the eager form it replaces, and
clean() and clean_html() as a whole against a pipeline that scores every pass's first view at once, reads the
scores in ``_holds_weak`` and for every batch.
"""

from __future__ import annotations

import math
import random

import pytest

import boilerstrip
from boilerstrip import gate, labeller, pipeline
from boilerstrip.config import Config
from boilerstrip.document import Document
from boilerstrip.evidence import FORMAT
from boilerstrip.labeller import chrome_scores, score_ceiling
from boilerstrip.labeller import model as labeller_model
from boilerstrip.pass_scores import PassScores
from boilerstrip.rules import memo
from boilerstrip.types import Cut
from tests.pipeline_runs import corpus_inputs, skip_texts


def _eager(view: Document) -> dict[str, float]:
    """The loop ``pipeline._carry_pass_views`` ran on every pass's first view before (the reference)."""
    known: dict[str, float] = {}
    for line, score in zip(view.lines, chrome_scores(view), strict=True):
        if score is not None:
            known[line.text] = max(score, known.get(line.text, 0.0))
    return known


def test_pass_scores_are_the_eager_scores_and_count_them_unscored() -> None:
    texts = [t for t in corpus_inputs()[::2] if t.strip()]
    texts += ["Home\nNews\nHome\n\n  Home\nSport\n\n\n", "".join(f"w{i % 7}\n" for i in range(60))]
    for text in texts:
        view = Document(text)
        lazy = PassScores(view)
        counted = len(lazy)  # told from the view's lines, before any score is computed
        assert not lazy.computed
        expected = _eager(view)
        assert counted == len(expected), text[:80]
        assert lazy.by_text() == expected and dict(lazy) == expected and dict(lazy.items()) == expected
        assert lazy.get("no such line", 1.0) == 1.0 and len(lazy) == counted
    assert len(PassScores(None)) == 0 and PassScores(None).by_text() == {}


def test_no_score_reaches_the_ceiling() -> None:
    # The ceiling's argument: finite leaves (the model loader refuses others) whose largest magnitudes add up to a
    # finite number, and the logistic function of a finite number is no NaN and at most 1.0.
    assert score_ceiling() == 1.0
    model = labeller_model.load_model()
    for stage in (model.stage1, model.stage2):
        assert stage is not None
        assert all(math.isfinite(float(v)) for tree in stage.trees for v in tree["leaf"])
    for x in (0.0, 1e-300, -1e-300, 36.0, 40.0, 800.0, 1e308, -800.0, -1e308, math.inf, -math.inf):
        assert 0.0 <= labeller_model._sigmoid(x) <= 1.0
    rng = random.Random(26)
    for text in corpus_inputs()[::3]:
        scores = [s for s in chrome_scores(Document(text)) if s is not None]
        assert all(0.0 <= s <= score_ceiling() for s in scores)
    # Feature rows of any values, NaN and infinities among them, score under the ceiling too.
    width = model.stage1.n_features
    rows = [[rng.choice((math.nan, math.inf, -math.inf, 0.0, 1e300, -1e300, rng.random())) for _ in range(width)]]
    rows += [[rng.uniform(-1e6, 1e6) for _ in range(width)] for _ in range(200)]
    for scores in (model.scores(rows), model.python_scores(rows)):
        assert all(0.0 <= s <= 1.0 for s in scores)
    # Every dial that needs strong evidence and takes weak evidence puts its bar over it, except "clean" (none).
    assert [name for name, dial in gate.DIALS.items() if dial.weak and dial.needs_strong and dial.alone <= 1.0] == []


def test_formatting_batches_read_no_score() -> None:
    doc = Document("Home\nNews\nSport\nWeather\nThe council approved the budget on Tuesday.\n")
    for dial in gate.DIALS.values():
        cut = Cut(len(doc.text) - 1, len(doc.text), "final_break")
        with_scores = gate.judge(doc, [cut], [FORMAT], dial=dial, witnesses=0, scores=chrome_scores(doc))
        assert with_scores == gate.judge(doc, [cut], [FORMAT], dial=dial, witnesses=0, scores=None)
        assert not with_scores[0].held


def _eager_pipeline(monkeypatch: pytest.MonkeyPatch) -> None:
    """Patch the pipeline back to the eager scores: every pass's first view scored, read in _holds_weak and _judge."""
    lazy_init = PassScores.__init__

    def scored_at_once(self: PassScores, view: Document | None) -> None:
        lazy_init(self, view)
        self.by_text()

    monkeypatch.setattr(PassScores, "__init__", scored_at_once)
    monkeypatch.setattr(pipeline, "score_ceiling", lambda: math.inf)
    monkeypatch.setattr(pipeline, "_reads_scores", lambda kinds: True)


@pytest.mark.parametrize("favor", sorted(gate.DIALS))
def test_clean_gives_the_eager_results(monkeypatch: pytest.MonkeyPatch, favor: str) -> None:
    config = Config(favor=favor)
    texts = skip_texts() if favor == "balanced" else skip_texts()[::3]
    memo.clear()
    lazy = [boilerstrip.clean(t, config=config).to_dict() for t in texts]
    _eager_pipeline(monkeypatch)
    memo.clear()
    assert [boilerstrip.clean(t, config=config).to_dict() for t in texts] == lazy


def test_fewer_views_are_scored(monkeypatch: pytest.MonkeyPatch) -> None:
    scored: list[int] = []
    real = labeller._chrome_scores

    def counting(doc: Document) -> tuple[float | None, ...]:
        scored.append(1)
        result: tuple[float | None, ...] = real(doc)
        return result

    monkeypatch.setattr(labeller, "_chrome_scores", counting)
    texts = corpus_inputs()[::4]
    for text in texts:
        boilerstrip.clean(text)
    lazy = len(scored)
    scored.clear()
    _eager_pipeline(monkeypatch)
    for text in texts:
        boilerstrip.clean(text)
    assert lazy < len(scored)


def test_html_pages_give_the_eager_results(monkeypatch: pytest.MonkeyPatch) -> None:
    pages = [f"<html><body><p>{t[:2000]}</p></body></html>".replace("\n", "<br>") for t in corpus_inputs()[::25]]
    memo.clear()
    lazy = [boilerstrip.clean_html(p).to_dict() for p in pages]
    _eager_pipeline(monkeypatch)
    memo.clear()
    assert [boilerstrip.clean_html(p).to_dict() for p in pages] == lazy
