"""Bounded, derandomized fuzzing with the lossless invariants as oracles (``benchmarks/fuzz.py`` runs longer).

Also holds the regression tests for what the long fuzz runs found.
"""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings

import boilerstrip
from tests.strategies import LINED_TEXTS, TEXTS, check_html_result, check_invariants, html_documents

# derandomize: CI runs the same examples every time; the long fuzzer explores with random seeds.
TEXT_SETTINGS = settings(max_examples=150, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
HTML_SETTINGS = settings(max_examples=25, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))


@TEXT_SETTINGS
@given(TEXTS)
def test_hostile_text_keeps_the_invariants(text: str) -> None:
    result = boilerstrip.clean(text)
    check_invariants(text, result)
    assert boilerstrip.clean(text) == result


@TEXT_SETTINGS
@given(LINED_TEXTS)
def test_hostile_lines_keep_the_invariants(text: str) -> None:
    check_invariants(text, boilerstrip.clean(text))


@TEXT_SETTINGS
@given(LINED_TEXTS)
def test_limits_never_break_the_invariants(text: str) -> None:
    # A tiny size limit and a strict guard only change what is removed, never the account.
    for options in ({"max_chars": 40}, {"max_prose_loss": 0.05, "max_total_prose_loss": 0.05}):
        check_invariants(text, boilerstrip.clean(text, **options))


@HTML_SETTINGS
@given(html_documents())
def test_hostile_html_gives_a_defined_result(html: str) -> None:
    check_html_result(boilerstrip.clean_html(html))
    check_html_result(boilerstrip.clean_html(html.encode("utf-8", "surrogatepass")))


# --- regressions found by benchmarks/fuzz.py ----------------------------------------------


def test_regression_date_line_is_not_prose_for_the_guard() -> None:
    # The dots of a date and the colon of a time once made this line "prose", so the
    # guard held metadata_lines back on the first run but not on the second: not idempotent.
    prose = "The council approved the budget on Tuesday after a long debate about the port."
    text = f"ShareShare10:11 GMT 16.09.2024 (Updated: 11:05 GMT 16.09.2024)\r\n{prose}\r\n{prose}"
    result = boilerstrip.clean(text)
    assert "prose_guard" not in result.flags
    assert result.text == prose
    assert boilerstrip.clean(result.text).text == result.text


def test_regression_adjacent_lone_surrogates_are_flagged() -> None:
    # A lone high surrogate followed by a lone low one is two code points in a str, but
    # json.loads reads the escaped pair back as one astral character: the JSON form cannot
    # carry it, so the result is flagged (the text form is still exact).
    text = "Share\n\ud800\udfff"
    result = boilerstrip.clean(text)
    check_invariants(text, result)
    assert "lone_surrogates" in result.flags
    back = boilerstrip.Result.from_dict(json.loads(json.dumps(result.to_dict())))
    assert back.text == result.text.replace("\ud800\udfff", "\U000103ff")


def test_regression_a_phrase_in_an_indented_block_flags_its_result() -> None:
    # The indented date line vouches for nothing, so the "Share" lines were held for want of a second
    # witness; cleaned again without the indentation, the date vouched and everything went. The result
    # must say that its output, without its layout, may be cut further.
    prose = "The council approved the budget on Tuesday after a long debate about the port."
    text = f"ShareShare\nShareRead more\n 12.03.2024 14:00\n {prose}\n{prose}"
    result = boilerstrip.clean(text)
    assert "layout_kept" in result.flags
    assert boilerstrip.clean(result.text).text != result.text  # the exception the flag announces
