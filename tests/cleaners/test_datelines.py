from __future__ import annotations

import pytest

import boilerstrip
from boilerstrip.cleaners import Datelines
from boilerstrip.testing import check_cleaner, cuts

BODY = "the minister said the port would reopen next week after repairs."


@pytest.mark.parametrize(
    ("opening", "place", "agency"),
    [
        ("ALMATY (Sputnik) - ", "ALMATY", "Sputnik"),
        ("MOSCÚ (Sputnik) — ", "MOSCÚ", "Sputnik"),
        ("BOZEMAN, Mont. (AP) — ", "BOZEMAN, Mont.", "AP"),
        ("LONDON, March 25 (Reuters) - ", "LONDON", "Reuters"),
        ("Berlin (dpa) - ", "Berlin", "dpa"),
        ("ANKARA (AA) - ", "ANKARA", "AA"),
        ("MOSCOW, February 28. /TASS/. ", "MOSCOW", "TASS"),
        ("МОСКВА, 24 сен - РИА Новости. ", "МОСКВА", "РИА Новости"),
        ("JAKARTA, KOMPAS.com - ", "JAKARTA", "KOMPAS.com"),
        ("ROMA – ", "ROMA", None),
        ("وهران - سبوتنيك. ", "وهران", "سبوتنيك"),
    ],
)
def test_datelines(opening: str, place: str, agency: str | None) -> None:
    text = opening + "The " + BODY
    assert cuts(text, Datelines()) == [("dateline", opening)]
    result = boilerstrip.clean(text)
    assert result.text == "The " + BODY
    assert result.metadata.dateline is not None
    assert (result.metadata.dateline.place, result.metadata.dateline.agency) == (place, agency)


def test_xinhua_dateline_gives_reporters() -> None:
    text = "新华社北京6月19日电(记者李晓峰、周雯)国家图书馆19日宣布，馆藏首批西夏文献的高清数字化工作已经完成，共计3200余页影像即日起向公众免费开放。"
    md = boilerstrip.clean(text).metadata
    assert md.dateline is not None and (md.dateline.place, md.dateline.agency) == ("北京", "新华社")
    assert md.authors == ("李晓峰", "周雯")


@pytest.mark.parametrize(
    "text",
    [
        "NATO: the alliance met in Brussels.",
        "The (very) long meeting ended late on Friday after hours of talks.",
        "US - China talks resumed on Monday in Geneva after a long pause.",
    ],
)
def test_no_dateline_in_ordinary_openings(text: str) -> None:
    assert cuts(text, Datelines()) == []


def test_only_the_first_dateline_is_cut() -> None:
    text = f"MOSCOW (Sputnik) - The {BODY}\nMOSCOW (Sputnik) - Background: the {BODY}"
    assert len(cuts(text, Datelines())) == 1


def test_contract() -> None:
    check_cleaner(Datelines(), ["ALMATY (Sputnik) - x", "(CNN)", ""])
