"""Headlines after their dates below the text's last paragraph (session eleven): a podcast's earlier episodes, a
ministry's other news, in any language; a changelog's dated entries and a timeline of sentences stay.
"""

from __future__ import annotations

import pytest

import boilerstrip
from boilerstrip.cleaners import RelatedTeasers
from boilerstrip.testing import cuts

_ARTICLE = {
    "et": "Saarte tuuleveskite meister Jaan Kask parandab sel talvel kolme vana veskit Muhu saarel ja õpetab noori. "
    "Tema sõnul vajab iga veski oma lähenemist, sest puit ja tiivad on igal pool isemoodi kulunud.",
    "ky": "Министрлик тоо ашууларында көчкү коркунучу жогорулаганын эскертти жана айдоочуларды сак болууга чакырды. "
    "Жолдордо тазалоо иштери уланып жатат, бирок кечинде жана түнкүсүн жол жүрүү чектелиши мүмкүн.",
    "en": "The harbour board approved the new winter timetable for the island ferry at its meeting on Tuesday. "
    "Sailings will start half an hour later from December, and the last crossing leaves at nine in the evening.",
}


@pytest.mark.parametrize(
    ("lang", "heading", "entries"),
    [
        (
            "et",
            "Eelmised osad",
            ["24.11.2026 Kalurid ja hülged: kes kellelt kala võtab?", "17.11.2026 Sõrve tuletorni talv"],
        ),
        (
            "ky",
            "Башка жаңылыктар",
            ["01.12.2026 Бишкекте өрт коопсуздугу боюнча машыгуу өттү", "29.11.2026 Куткаруучулар туристтерди тапты"],
        ),
        ("en", None, ["2026-11-28 · Harbour dredging finishes early", "2026-11-21 · New pontoon for the sailing club"]),
    ],
    ids=["et", "ky", "en-no-heading"],
)
def test_dated_headlines_below_the_text_are_a_related_list(lang: str, heading: str | None, entries: list[str]) -> None:
    text = "\n".join([_ARTICLE[lang], *([heading] if heading else []), *entries]) + "\n"
    found = cuts(text, RelatedTeasers(), lang=lang)
    assert [reason for reason, _ in found] == (["related_header"] if heading else []) + ["related_headline"] * len(
        entries
    )


def test_a_timeline_of_sentences_is_no_related_list() -> None:
    text = (
        _ARTICLE["en"]
        + "\n01.12.2026 The ferry resumed its winter timetable after the storm.\n"
        + "02.12.2026 The board published the new fares for residents and visitors.\n"
    )
    assert [r for r, _ in cuts(text, RelatedTeasers()) if r == "related_headline"] == []


def test_a_changelog_of_dated_entries_comes_out_unchanged() -> None:
    # The entries below the last paragraph are the document's own: with no other chrome, the gate keeps them.
    text = (
        "Tidewater changelog\n\nTidewater reads tide tables and prints the next high water for a harbour; this file "
        "lists what changed in each release, newest first.\n\n"
        "2026-11-30 Harbour codes for the Baltic added\n2026-10-02 Faster parsing of tide tables\n"
        "2026-08-15 First public release\n"
    )
    assert boilerstrip.clean(text).text.split() == text.split()
