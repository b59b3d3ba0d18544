"""find_date: every numeric and named form, other digit systems, and lines that are not dates."""

from __future__ import annotations

import pytest

from boilerstrip.rules.dates import find_date, has_time, strip_dates_and_times


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Published 2024-06-21 08:36", "2024-06-21"),
        ("21.06.2024, 10:11", "2024-06-21"),
        ("01.14.2022", "2022-01-14"),  # the second number cannot be a month: month first
        ("2024年06月21日08:36 | 来源：人民网", "2024-06-21"),
        ("Updated March 5, 2025", "2025-03-05"),
        ("24 сентября 2024, 12:00", "2024-09-24"),
        ("5 de marzo de 2025", "2025-03-05"),
        ("نشر في ٢٨ يوليو ٢٠٢٥", "2025-07-28"),  # Arabic-Indic digits
        ("۱۲/۰۳/۲۰۲۴", "2024-03-12"),  # Persian digits
        ("Publikováno 28. 11. 2026 | Autor: Jitka Vondrášková", "2026-11-28"),  # day and month with dot and space
        ("30. 11. 2026, 14:05 · Čas branja: 2 min", "2026-11-30"),
        ("2026년 12월 4일 (금) 오후 2:10", "2026-12-04"),  # Korean counters, as Chinese and Japanese write them
        ("기사입력 2026년12월4일", "2026-12-04"),
        # The year first, marked by a dot, a suffix or a word of the lexicon's [dates] year_words:
        ("2026. december 4., péntek", "2026-12-04"),  # Hungarian
        ("2026 m. gruodžio 4 d.", "2026-12-04"),  # Lithuanian
        ("2026. gada 4. decembris", "2026-12-04"),  # Latvian
        ("2026 ж. 4 желтоқсан", "2026-12-04"),  # Kazakh
        ("2026-cı il 4 dekabr", "2026-12-04"),  # Azerbaijani
        ("2026-yil 4-dekabr", "2026-12-04"),  # Uzbek
        ("ngày 4 tháng 12 năm 2026", "2026-12-04"),  # Vietnamese: a word before the year
    ],
)
def test_dates_are_found(text: str, iso: str) -> None:
    found = find_date(text)
    assert found is not None and found[0] == iso
    # Offsets point into the text as given (digit translation keeps every position):
    # the span alone is the same date.
    span = find_date(text[found[1] : found[2]])
    assert span is not None and span[0] == iso


@pytest.mark.parametrize(
    "text",
    [
        "The meeting ended at 12.05",
        "Chapter 3 of 12",
        "31.02.2024",
        "The port opened in 2024.",
        "",
        "Kapitola 3. 14. 2026",  # no month 14
        "Rows 12. 3. 20261",  # no four-digit year
        "Wahl 2026 4 Mai",  # a year with no dot, suffix or word is not the head of a date
    ],
)
def test_no_full_date(text: str) -> None:
    assert find_date(text) is None


def test_clock_times() -> None:
    assert has_time("14 September, 15:28 GMT")
    assert has_time("١٥:٢٨")
    assert not has_time("Version 3.14.2")


def test_clock_times_of_chinese_japanese_and_korean() -> None:
    # Counters ("14時10分") and a colon time run straight into the next word ("14:10配信", "7:10発"), where
    # the plain pattern's closing word boundary does not hold.
    assert has_time("2026年12月4日 14時10分") and has_time("下午 2时05分") and has_time("14시 10분")
    assert has_time("5/23(金) 14:10配信") and has_time("오후 2:10께")
    assert strip_dates_and_times("2026年12月4日（金）14時10分").strip() == "（金）"
    # A ratio or a decimal run into a word is no time, nor are digits in a longer number.
    assert not has_time("株価は1.50倍に上昇した") and not has_time("第123時10分")


def test_digits_of_every_script_are_read() -> None:
    import sys
    import unicodedata

    from boilerstrip.rules.dates import DIGITS_END

    # The digit table stops at DIGITS_END: no decimal digit of this Python's Unicode lies above it.
    assert not any(unicodedata.category(chr(c)) == "Nd" for c in range(DIGITS_END, sys.maxunicode + 1))
    for numeral in ("৩০.১১.২০২৬", "३०.११.२०२६", "۳۰.۱۱.۲۰۲۶", "٣٠.١١.٢٠٢٦"):
        assert find_date(numeral) == ("2026-11-30", 0, len(numeral))
    assert has_time("প্রকাশ: ১০:২০")


def test_thai_years_of_the_buddhist_era_are_read() -> None:
    assert find_date("เผยแพร่: 30 พ.ย. 2569 เวลา 10:15 น.") == ("2026-11-30", 9, 21)
    # Outside Thai text a year of 2569 is no year at all.
    assert find_date("Published 30 Nov 2569") is None
