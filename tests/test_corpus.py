"""The corpus is the spec: kept-prose floors, negatives untouched, invariants on every case."""

from __future__ import annotations

import pytest
from scoring import Case, evaluate, load_corpus

import boilerstrip
from tests.conftest import CORPUS

CASES = load_corpus(CORPUS)
# Floors can only be raised on purpose; see docs/corpus.md for how they were measured.
RECALL_FLOOR = 0.98
# 0.995 before the evidence gate (issue 12): a page whose only chrome is its title (about 30 of these
# texts) now keeps it, because the title's place is weak evidence and a text with no strong evidence
# comes out unchanged. That is the price of doing no harm to chrome-free text (docs/measurements.md).
PRECISION_FLOOR = 0.94
METADATA_FLOOR = 0.90


def test_corpus_size_and_spread() -> None:
    assert len(CASES) >= 40
    assert len({c.lang for c in CASES}) >= 8
    assert len({c.site_style for c in CASES}) >= 15
    assert sum(c.kind == "negative" for c in CASES) >= 8


def test_kept_prose_floors(corpus: list[Case]) -> None:
    report = evaluate(corpus, boilerstrip.clean)
    print(
        f"\nkept-prose precision {report.lines.precision:.4f} recall {report.lines.recall:.4f} "
        f"metadata {report.metadata_accuracy:.3f} over {len(corpus)} cases"
    )
    assert report.lines.recall >= RECALL_FLOOR
    assert report.lines.precision >= PRECISION_FLOOR
    assert report.metadata_accuracy >= METADATA_FLOOR


@pytest.mark.parametrize("case", [c for c in CASES if c.kind == "negative"], ids=lambda c: c.id)
def test_negative_cases_lose_no_prose(case: Case) -> None:
    got = boilerstrip.clean(case.input).text.split("\n")
    missing = [line for line in case.expected.split("\n") if line not in got]
    assert not missing, f"prose removed: {missing}"


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_invariants_and_language(case: Case) -> None:
    result = boilerstrip.clean(case.input)
    assert result.restore() == case.input
    assert result.apply_to(case.input) == result.text
    if "layout_kept" not in result.flags:  # the output has no layout: see docs/security.md, Idempotence
        assert boilerstrip.clean(result.text).text == result.text
    assert result.metadata.language == case.lang
