"""Phrases added by hand in session twenty-six (``benchmarks/data/lexicon-s26.json``), read off development half 38A:
an event page's related list heading and newsletter box (ti), a job board's button (ar), a log-in prompt under the
comments (ckb); each cut between the sentences of an invented article in its language."""

from __future__ import annotations

from tests.cleaners import lexicon_packs as kit

CASES = [
    ("ti", ["ሓበሬታ ንምርካብ ኢመይልኩም ኣእትዉ", "Share on Facebook"]),
    ("ar", ["عرض كل الوظائف", "Share on Facebook"]),
    ("ckb", ["بۆ نووسینی کۆمێنت، تکایە بچۆ ژوورەوە.", "Share on Facebook"]),
]


@kit.each_page(CASES)
def test_session_twenty_six_furniture_is_cut(lang: str, chrome: list[str]) -> None:
    kit.assert_cut_between(kit.ARTICLE[lang], chrome)


def test_the_related_list_under_its_heading_goes_after_the_article() -> None:
    # "Other events", then two events' titles: a related list's heading heads its list, at the article's end.
    kit.assert_cut_after(kit.ARTICLE["ti"], "ካልኦት ፍጻመታት", "ዓውደ ኣዋርሕ ባህሊ ኣብ ፍራንክፈርት", "ምሸት ሙዚቃ ንመንእሰያት")


def test_the_session_file_is_in_the_lexicon() -> None:
    assert kit.phrases_missing("lexicon-s26") == []
