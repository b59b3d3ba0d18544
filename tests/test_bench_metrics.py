"""The benchmark metrics in benchmarks/scoring.py against bench/README.md's spec and its published figures.

The bench data is read from $BOILERSTRIP_BENCH or from ../shared/bench next to
the checkout (where CI has it); without it the test that needs it is skipped,
or fails in CI (tests/shared_data.py).
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from scoring import (
    AebPage,
    AebScore,
    SegmentScore,
    aeb_bootstrap,
    aeb_metrics,
    aeb_page,
    browser_charset,
    decode_page,
    load_reference_outputs,
    segment_metrics,
)

from tests.shared_data import bench_root

# --- AEB metric: the spec's test vectors and edge rules ---


def test_spec_vector_partial_overlap() -> None:
    page = aeb_page("a b c d e", "a b c d x y")
    assert page.precision == pytest.approx(1 / 3)
    assert page.recall == pytest.approx(1 / 2)
    assert page.exact is False


def test_spec_vector_punctuation_ignored() -> None:
    page = aeb_page("Hello world", "Hello, world!")
    assert (page.precision, page.recall, page.exact) == (1.0, 1.0, True)
    assert aeb_metrics([page]).accuracy == 1.0


def test_empty_prediction_counts_for_recall_only() -> None:
    for pred in ("", None, " ... !"):
        page = aeb_page("one two three four five", pred)
        assert page.precision is None  # no predicted shingle: left out of P
        assert page.recall == 0.0
        assert page.exact is False


def test_empty_gold_counts_for_precision_only() -> None:
    page = aeb_page("", "stray words here")
    assert page.recall is None
    assert page.precision == 0.0


def test_both_empty_is_exact_and_left_out_of_p_and_r() -> None:
    page = aeb_page("", "")
    assert page == AebPage(None, None, True)
    m = aeb_metrics([page, aeb_page("a b c d e", "a b c d e")])
    assert (m.precision, m.recall, m.accuracy) == (1.0, 1.0, 1.0)


def test_short_texts_are_one_shingle() -> None:
    assert aeb_page("a b c", "a b c") == AebPage(1.0, 1.0, True)
    # Under 4 tokens the whole text is one shingle: one token off is a full miss.
    assert aeb_page("a b c", "a b") == AebPage(0.0, 0.0, False)
    assert aeb_page("a b c", "a b c d") == AebPage(0.0, 0.0, False)


def test_case_is_kept_and_unicode_words_count() -> None:
    assert aeb_page("Über alles", "über alles").exact is False
    assert aeb_page("Привет мир", "Привет, мир").exact is True


def test_corpus_f1_comes_from_averaged_p_and_r() -> None:
    pages = [aeb_page("a b c d e", "a b c d x y"), aeb_page("a b c d e f g", "a b c d e f g")]
    m = aeb_metrics(pages)
    p, r = (1 / 3 + 1) / 2, (1 / 2 + 1) / 2
    assert m.precision == pytest.approx(p)
    assert m.recall == pytest.approx(r)
    assert m.f1 == pytest.approx(2 * p * r / (p + r))
    # Not the mean of per-page F1s.
    assert m.f1 != pytest.approx((0.4 + 1.0) / 2)


def test_agrees_with_running_aebscore() -> None:
    pairs = [("a b c d e", "a b c d x y"), ("x y", ""), ("", "p q r s t"), ("one two", "one two")]
    running = AebScore()
    for gold, pred in pairs:
        running.add(gold, pred)
    m = aeb_metrics([aeb_page(g, p) for g, p in pairs])
    assert (m.f1, m.precision, m.recall) == pytest.approx((running.f1, running.precision, running.recall))
    assert m.accuracy == running.exact / running.pages


def test_bootstrap_is_seeded_and_spreads_mixed_pages() -> None:
    pages = [aeb_page("a b c d e", "a b c d e"), aeb_page("a b c d e", "x y z w v")] * 10
    one, two = aeb_bootstrap(pages, resamples=200, seed=7), aeb_bootstrap(pages, resamples=200, seed=7)
    assert one == two
    assert one.value.accuracy == 0.5
    # 20 pages, half exact: the binomial std of the share is sqrt(.25 / 20) ~ 0.11.
    assert one.std.accuracy == pytest.approx(0.112, abs=0.02)
    assert aeb_bootstrap(pages, resamples=200, seed=8).std != one.std


# --- trafilatura-set segment metric ---


def test_segment_counts_and_rates() -> None:
    s = SegmentScore()
    s.add(
        ["First  paragraph\nof text.", "Last line."], ["Share this", "Imprint"], "First paragraph of text.\nShare this"
    )
    s.add(["Only line."], ["Menu"], "Only line.")
    assert (s.tp, s.fn, s.fp, s.tn) == (2, 1, 1, 2)
    m = segment_metrics(s)
    assert m.precision == pytest.approx(2 / 3)
    assert m.recall == pytest.approx(2 / 3)
    assert m.accuracy == pytest.approx(4 / 6)
    assert m.f1 == pytest.approx(4 / 6)


def test_segment_match_is_case_sensitive_and_empty_output_keeps_nothing() -> None:
    s = SegmentScore()
    s.add(["Main Text"], ["Footer"], "main text footer")
    s.add(["Body"], ["Nav"], "")
    assert (s.tp, s.fn, s.fp, s.tn) == (0, 2, 0, 2)
    m = segment_metrics(s)
    assert (m.precision, m.recall, m.f1, m.accuracy) == (0.0, 0.0, 0.0, 0.5)


# --- page decoding ---


def test_browser_charset_order() -> None:
    assert browser_charset(b"\xef\xbb\xbf<meta charset=latin1>") == "utf-8"  # BOM wins
    assert browser_charset(b"<meta http-equiv='Content-Type' content='text/html; charset=windows-1251'>") == "cp1251"
    assert browser_charset(b"<meta charset=utf-16>x") == "utf-8"
    assert browser_charset(b"<meta charset=no-such-codec>\xc3\xa9") == "utf-8"
    assert browser_charset(b"plain \xe9") == "cp1252"


def test_decode_page_replaces_undecodable_bytes() -> None:
    assert decode_page(b"\xff\xfeh\x00i\x00") == "hi"
    assert decode_page("<meta charset=koi8-r>Мир".encode("koi8-r")).endswith("Мир")
    assert "\ufffd" in decode_page(b"<meta charset=utf-8>\xe9t\xe9")


# --- the published figures, reproduced from the stored reference outputs ---


@pytest.fixture
def bench() -> Path:
    # A fixture, not a call in the test, so that a skip is reported at the test, not in tests/shared_data.py.
    return bench_root()


def test_reference_trafilatura_outputs_reproduce_published_aeb_figures(bench: Path) -> None:
    preds = load_reference_outputs(bench / "aeb" / "reference_outputs" / "trafilatura.json.gz")
    golds = [json.loads(line) for line in (bench / "aeb" / "index.jsonl").open(encoding="utf-8")]
    assert len(golds) == 181
    pages = [aeb_page(rec.get("gold_text") or "", preds.get(rec["id"])) for rec in golds]
    report = aeb_bootstrap(pages, resamples=1000, seed=0)
    got = report.value
    assert (round(got.f1, 3), round(got.precision, 3), round(got.recall, 3), round(got.accuracy, 3)) == (
        0.958,
        0.938,
        0.978,
        0.293,
    )
    # Published spreads: ± 0.006 / 0.009 / 0.006 / 0.034; a bootstrap lands near them.
    spread = report.std
    assert spread.f1 == pytest.approx(0.006, abs=0.002)
    assert spread.precision == pytest.approx(0.009, abs=0.002)
    assert spread.recall == pytest.approx(0.006, abs=0.002)
    assert spread.accuracy == pytest.approx(0.034, abs=0.004)


def test_reference_outputs_loader_unwraps_both_layouts(tmp_path: Path) -> None:
    plain = tmp_path / "plain.json.gz"
    plain.write_bytes(gzip.compress(json.dumps({"p1": {"articleBody": "text"}, "p2": {}}).encode()))
    wrapped = tmp_path / "wrapped.json.gz"
    wrapped.write_bytes(gzip.compress(json.dumps({"version": "1", "output": {"p1": {"articleBody": None}}}).encode()))
    assert load_reference_outputs(plain) == {"p1": "text", "p2": ""}
    assert load_reference_outputs(wrapped) == {"p1": ""}
