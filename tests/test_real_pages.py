"""Real pages: the AEB benchmark (181 pages with gold text), extracted by trafilatura, then cleaned.

The pages are read from $BOILERSTRIP_BENCH or ../shared/bench (present next to
every checkout and in CI; without them these tests are skipped, or fail in CI:
tests/shared_data.py); nothing is copied into the repository. This is the
guard against rules that fit the invented corpus but remove prose from real
pages.
"""

from __future__ import annotations

import pytest
from scoring import AebScore, bench_pages, bench_text

import boilerstrip
from tests.shared_data import bench_root

# Measured when these tests were written (docs/measurements.md): F1 0.960 -> 0.963. Raise on purpose only.
MIN_F1_GAIN = 0.0
MAX_RECALL_LOSS = 0.006


@pytest.fixture(scope="module")
def aeb_pages() -> list[tuple[str, str]]:
    bench = bench_root()
    return [(rec.get("gold_text") or "", bench_text(html)) for rec, html in bench_pages(bench, "aeb")]


def test_cleaning_improves_extraction_without_losing_prose(aeb_pages: list[tuple[str, str]]) -> None:
    before, after = AebScore(), AebScore()
    for gold, text in aeb_pages:
        before.add(gold, text)
        after.add(gold, boilerstrip.clean(text).text)
    print(f"\nAEB trafilatura: {before.summary()}\nAEB + boilerstrip: {after.summary()}")
    assert after.f1 - before.f1 >= MIN_F1_GAIN
    assert before.recall - after.recall <= MAX_RECALL_LOSS
    assert after.precision > before.precision


# Measured: 180 of 181 pages are idempotent; the other is a feed page repeating its whole article a dozen
# times, which loses one copy per pass and is flagged not_converged.
MIN_IDEMPOTENT_SHARE = 0.99


def test_invariants_hold_on_real_pages(aeb_pages: list[tuple[str, str]]) -> None:
    stable = 0
    for _, text in aeb_pages:
        result = boilerstrip.clean(text)
        assert result.restore() == text
        assert result.apply_to(text) == result.text
        again = boilerstrip.clean(result.text).text == result.text
        # The pipeline's passes promise a fixed point unless the result says otherwise.
        assert again or {"not_converged", "prose_guard", "layout_kept"} & set(result.flags)
        stable += again
    assert stable / len(aeb_pages) >= MIN_IDEMPOTENT_SHARE
