"""Find and normalise dates written in article chrome.

>>> find_date("ALMATY, 1920, 21.06.2024")
('2024-06-21', 14, 24)
>>> find_date("Publié le 20 janvier 2023 à 18h09")[0]
'2023-01-20'
>>> find_date("2021/8/1 21:33:25")[0]
'2021-08-01'
>>> find_date("1920") is None
True
"""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from functools import lru_cache

import regex

from boilerstrip.rules.lexicon import load_lexicon, trie_pattern
from boilerstrip.rules.memo import memo
from boilerstrip.rules.scripts import SCRIPTS

#: Every decimal digit lies below this code point (the last, U+1FBF9, is a segmented digit).
DIGITS_END = 0x20000


@lru_cache(maxsize=1)
def _other_digits() -> tuple[dict[int, str], re.Pattern[str]]:
    """Map every decimal digit outside ASCII to its ASCII digit, with a pattern of their runs of ten.

    The pattern is the reference ``_NON_ASCII_DIGIT`` is held to (tests/test_pretest.py, every code point).

    Arabic-Indic, Persian, Devanagari, Bengali, Thai... digits: read once, when a text first holds a
    character outside ASCII.
    """
    table = {
        code: str(unicodedata.decimal(ch))
        for code in range(0x80, DIGITS_END)
        if unicodedata.category(ch := chr(code)) == "Nd"
    }
    # Every script's digits come in runs of ten code points: one class of those runs finds any of them.
    runs = "".join(f"{chr(c)}-{chr(c + 9)}" for c in sorted(table) if table[c] == "0" and c + 9 in table)
    return table, re.compile(f"[{runs}]")


_YEAR = re.compile(r"(?:19|20)\d\d")
_NUMERIC = re.compile(
    r"(?<![\d.])(?:"
    r"(?P<y1>(?:19|20)\d\d)[-/.](?P<m1>\d{1,2})[-/.](?P<d1>\d{1,2})(?!\d)"
    r"|(?P<a2>\d{1,2})[./-](?P<b2>\d{1,2})[./-](?P<y2>(?:19|20)\d\d)(?!\d)"
    r"|(?P<y3>(?:19|20)\d\d)\s?年\s?(?P<m3>\d{1,2})\s?月\s?(?P<d3>\d{1,2})\s?日"
    # "2026년 12월 4일": Korean writes a date with the same three counters as Chinese and Japanese.
    r"|(?P<y5>(?:19|20)\d\d)\s?년\s?(?P<m5>\d{1,2})\s?월\s?(?P<d5>\d{1,2})\s?일"
    # "28. 11. 2026": day and month each with its dot and a space, as Czech, Slovak and Slovene write them.
    r"|(?P<d4>\d{1,2})\. (?P<m4>\d{1,2})\. (?P<y4>(?:19|20)\d\d)(?!\d)"
    r")"
)
# A digit not preceded by a digit, "." or ":" is written "\d(?<![\d.:]\d)", not
# "(?<![\d.:])\d": a pattern that opens with a character class lets re jump from
# digit to digit instead of trying a match at every position of the line.
_TIME = re.compile(
    r"\d(?<![\d.:]\d)\d?[:.h]\d{2}(?![\d.])(?::\d{2})?(?:\s?(?:[ap]\.?m\.?|AM|PM|Uhr|hrs?))?"
    r"(?:\s?(?:GMT|UTC|MSK|CET|CEST|EET|EEST|BST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|AEST|AEDT|WIB|IST|JST|KST|HKT|SGT)"
    r"(?:[+-]\d{1,2})?)?\b",
    re.IGNORECASE,
)
#: A clock time as Chinese, Japanese and Korean write it: with counters ("14時10分", "14时10分", "14시 10분"),
#: or in digits run straight into the next word ("14:10配信", "14:10께"), where ``_TIME``'s closing word
#: boundary does not hold. Only a colon time is taken so: "1.50倍" is a ratio, not a time.
_CJK_TIME = re.compile(
    r"\d(?<!\d\d)\d?\s?(?:[時时]\s?\d{1,2}\s?分|시\s?\d{1,2}\s?분)"
    r"|\d(?<![\d.:]\d)\d?:\d{2}(?=[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af])"
)
#: A letter of the scripts ``_CJK_TIME`` is written in: the pattern runs only on a line that holds one.
_CJK_LETTER = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


@lru_cache(maxsize=1)
def _named_pattern() -> re.Pattern[str]:
    lex = load_lexicon()
    alt = trie_pattern(m for m in lex.months if not m[0].isdigit())
    # The year first, then the month and the day or the day and the month, as Hungarian ("2026. december 4."),
    # Lithuanian ("2026 m. gruodžio 4 d."), Latvian ("2026. gada 4. decembris"), Kazakh ("2026 ж. 4 желтоқсан")
    # and Azerbaijani ("2026-cı il 4 dekabr") write a date. The year must be marked so (a dot, a suffix or a
    # word of ``[dates] year_words``): unmarked, "Wahl 2026 4 Mai" would read as a date.
    words = trie_pattern(sorted(lex.year_words)) if lex.year_words else "(?!)"
    year_first = rf"(?:(?:-[^\W\d_]{{1,3}}|\.)(?:\s+{words})?|\s+{words})\s+"
    # A word may stand before the year too: "ngày 4 tháng 12 năm 2026".
    before_year = rf"(?:{words}\s+)?"
    return re.compile(
        rf"(?<!\w)(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th|er|\.)?\s+(?:de\s+)?(?P<m1>{alt})\.?(?:\s+de\s+|\s*,\s*|\s+){before_year}(?P<y1>(?:19|20)\d\d)"
        rf"|(?P<m2>{alt})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>(?:19|20)\d\d)"
        rf"|(?P<d3>\d{{1,2}})\.(?P<m3>{alt})\.(?P<y3>(?:19|20)\d\d)"
        rf"|(?P<y4>(?:19|20)\d\d){year_first}(?P<m4>{alt})\.?\s+(?P<d4>\d{{1,2}})"
        rf"|(?P<y5>(?:19|20)\d\d){year_first}(?P<d5>\d{{1,2}})(?:\.?\s+|-)(?P<m5>{alt}))(?!\d)",
        re.IGNORECASE,
    )


def _western_digits(text: str) -> str:
    """``text`` with the digits of every script as ASCII digits.

    >>> _western_digits("১০:২০, ٣٠/١١"), _western_digits("10:20")
    ('10:20, 30/11', '10:20')

    The scan for such digits runs in C; ``str.translate`` with a dict table
    looks up every character, so it only runs when there is a digit to change.
    """
    if text.isascii() or _NON_ASCII_DIGIT.search(text) is None:
        return text
    return text.translate(_other_digits()[0])


#: A decimal digit outside ASCII (re's ``\d`` is every character of category Nd): the same characters as the
#: runs of ``_other_digits``'s pattern, found about six times faster (re tests a category in one step, a class
#: of sixty ranges range by range). tests/test_pretest.py compares the two over every code point.
_NON_ASCII_DIGIT = re.compile(r"[^\D0-9]")


#: Thai text counts years in the Buddhist Era, 543 years ahead ("30 พ.ย. 2569" is 30 November 2026).
_THAI = SCRIPTS["Thai"]
_BUDDHIST_YEAR = re.compile(r"(?<!\d)2[45]\d\d(?!\d)")
BUDDHIST_ERA_OFFSET = 543


def _common_era(m: re.Match[str]) -> str:
    """A Buddhist Era year as the Common Era year, in as many digits (offsets in the text stay the same).

    >>> _BUDDHIST_YEAR.sub(_common_era, "30 พ.ย. 2569")
    '30 พ.ย. 2026'
    """
    return str(int(m.group(0)) - BUDDHIST_ERA_OFFSET)


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return _dt.date(year, month, day).isoformat()
    except ValueError:
        return None


@memo
def find_date(text: str) -> tuple[str, int, int] | None:
    """Return ``(iso_date, start, end)`` for the first full date in ``text``, or ``None``.

    Day-first is assumed for ``a.b.yyyy``; month-first only when the second
    number cannot be a month (``01.14.2022``).
    """
    text = _western_digits(text)
    year = _YEAR.search(text)
    if year is None:
        if text.isascii() or _THAI.search(text) is None:
            return None  # every form below needs a four-digit year
        text = _BUDDHIST_YEAR.sub(_common_era, text)  # a Thai date of the Buddhist Era
        year = _YEAR.search(text)
        if year is None:
            return None
    best: tuple[str, int, int] | None = None
    # A numeric date starts at most eight characters before its year ("28. 11. 2024"), and no year comes before
    # the first: the search starts there, not at every position of the line before it.
    for m in _NUMERIC.finditer(text, max(0, year.start() - 8)):
        if m.group("y1"):
            iso = _iso(int(m.group("y1")), int(m.group("m1")), int(m.group("d1")))
        elif m.group("y2"):
            a, b = int(m.group("a2")), int(m.group("b2"))
            day_n, month_n = (b, a) if b > 12 >= a else (a, b)
            iso = _iso(int(m.group("y2")), month_n, day_n)
        elif m.group("y3"):
            iso = _iso(int(m.group("y3")), int(m.group("m3")), int(m.group("d3")))
        elif m.group("y5"):
            iso = _iso(int(m.group("y5")), int(m.group("m5")), int(m.group("d5")))
        else:
            iso = _iso(int(m.group("y4")), int(m.group("m4")), int(m.group("d4")))
        if iso:
            best = (iso, m.start(), m.end())
            break
    months = load_lexicon().months
    for named in _named_pattern().finditer(text):
        if best is not None and named.start() >= best[1]:
            break
        form = next(f for f in "12345" if named.group("y" + f))
        day_s: str = named.group("d" + form)
        month_s: str = named.group("m" + form)
        year_s: str = named.group("y" + form)
        month = months.get(month_s.casefold())
        named_iso = _iso(int(year_s), month, int(day_s)) if month else None
        if named_iso:
            best = (named_iso, named.start(), named.end())
            break
    return best


@memo
def strip_dates_and_times(text: str) -> str:
    """Remove every date and clock time from ``text`` (used to judge date-only lines)."""
    text = _western_digits(text)
    while (found := find_date(text)) is not None:
        text = text[: found[1]] + " " + text[found[2] :]
    text = _TIME.sub(" ", text)
    return text if text.isascii() or _CJK_LETTER.search(text) is None else _CJK_TIME.sub(" ", text)


@memo
def has_time(text: str) -> bool:
    """True when ``text`` contains a clock time such as ``15:28 GMT``, ``14時10分`` or ``14:10配信``.

    >>> has_time("15:28 GMT"), has_time("14時10分"), has_time("14:10配信"), has_time("1.50倍")
    (True, True, True, False)
    """
    text = _western_digits(text)
    if _TIME.search(text) is not None:
        return True
    return not text.isascii() and _CJK_LETTER.search(text) is not None and _CJK_TIME.search(text) is not None


#: The words that make a count of units an age: "3 days ago", "hace 3 días", "2 saat önce", "3 дня назад".
RELATIVE_WORDS = r"(?:ago|hace|há|atrás|назад|тому|önce|fa|vor|il y a|temu|lalu|yang lalu|前)"
#: A relative stamp: the number and its unit run into the word ("3 дня назад", "hace 3 días");
#: a dash or a tab between them is a list's row ("4 –\tназад на почетак": "4 – back to the start").
_RELATIVE_STAMP = regex.compile(rf"\d[\p{{L}}\p{{M}}. ]*\b{RELATIVE_WORDS}\b|\b{RELATIVE_WORDS}\s+\d", regex.IGNORECASE)


@memo
def has_relative_stamp(text: str) -> bool:
    r"""True when ``text`` holds an age counted back from now: ``2 saat önce``, ``hace 3 días``, ``5 hours ago``.

    >>> [has_relative_stamp(t) for t in ("Ayşe K. · 2 saat önce", "hace 3 días", "5 hours ago")]
    [True, True, True]
    >>> has_relative_stamp("4 –\tназад на почетак"), has_relative_stamp("Ten years ago the mill closed")
    (False, False)
    """
    return _RELATIVE_STAMP.search(text) is not None
