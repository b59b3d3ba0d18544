"""Byline rows signed by a desk, and names with a geresh (session nineteen).

A paper's newsroom or a press office signs wire copy and notices for no one by name ("Redazione ANSA ·
LECCE · 02 dicembre 2026", "29.11.2026 · Mətbuat xidməti"); Hebrew names carry a geresh or an apostrophe
("נועה ברקוביץ'"). Each form in several languages, beside rows of the same shape that are no byline.
"""

from __future__ import annotations

import pytest

import boilerstrip
from boilerstrip.cleaners import MetadataLines
from boilerstrip.document import Document
from boilerstrip.testing import cuts

_PARAGRAPH = "Il porto riapre ai traghetti dopo tre giorni di mareggiate, con le prime partenze previste già domani."


@pytest.mark.parametrize(
    ("row", "agency", "day"),
    [
        ("Redazione ANSA · LECCE · 02 dicembre 2026, 13:05", "ANSA", "2026-12-02"),
        ("Redacció | ACN · 02/12/2026 a les 12:34", None, "2026-12-02"),
        ("29.11.2026 · Mətbuat xidməti", None, "2026-11-29"),
        ("Redakcja · Gdańsk · 2 grudnia 2026", None, "2026-12-02"),
        ("Pressestelle | 02.12.2026", None, "2026-12-02"),
    ],
)
def test_a_row_signed_by_a_desk_is_a_byline(row: str, agency: str | None, day: str) -> None:
    text = f"Traghetti, si riparte\n{row}\n{_PARAGRAPH}\n"
    found = list(MetadataLines().find(Document(text)))
    rows = [c for c in found if c.reason == "byline"]
    assert [text[c.start : c.end].strip() for c in rows] == [row]
    assert rows[0].evidence == "position"
    agencies = [f.value for f in rows[0].facts if f.key == "dateline_agency"]
    assert agencies == ([agency] if agency else [])
    assert [f.value for f in rows[0].facts if f.key == "date"] == [day]


@pytest.mark.parametrize(
    "row",
    [
        "Redazione · Ricette · Dolci",  # a desk and sections, no date: a menu
        "Redaktion · 12 Beiträge",  # a count, not a date
        "Gdańsk · Sopot · 2 grudnia 2026",  # places and a date, no writer
    ],
)
def test_a_row_with_a_desk_but_no_date_or_no_writer_is_no_byline(row: str) -> None:
    text = f"Traghetti, si riparte\n{row}\n{_PARAGRAPH}\n"
    assert [r for r, _ in cuts(text, MetadataLines()) if r == "byline"] == []


def test_a_desk_far_from_the_first_paragraph_is_left_alone() -> None:
    paragraphs = "\n".join(f"{_PARAGRAPH} Parte {i}." for i in range(6))
    text = f"{paragraphs}\nRedazione · 02 dicembre 2026\n{_PARAGRAPH}\n"
    assert [r for r, _ in cuts(text, MetadataLines()) if r == "byline"] == []


@pytest.mark.parametrize(
    ("row", "author"),
    [
        ("מאת נועה ברקוביץ' | 2.12.2026", "נועה ברקוביץ'"),
        ("מאת ג'ורג' לוי | 2.12.2026", "ג'ורג' לוי"),
        ("מאת דנה ז׳בוטינסקי | 2.12.2026", "דנה ז׳בוטינסקי"),
    ],
)
def test_a_hebrew_name_with_a_geresh_is_a_name(row: str, author: str) -> None:
    text = (
        "ביסטרו חדש בשוק\n"
        f"{row}\n"
        "המסעדה הקטנה בקומה השנייה של השוק מגישה תפריט שמשתנה כל שבוע לפי מה שהגיע מהדוכנים באותו בוקר.\n"
    )
    found = [c for c in MetadataLines().find(Document(text)) if c.reason == "byline"]
    assert [f.value for c in found for f in c.facts if f.key == "author"] == [author]


def test_a_hebrew_sentence_with_an_apostrophe_after_the_label_word_is_no_byline() -> None:
    # "מאת" also opens a sentence ("from the ministry's letter…"): a sentence is no list of names.
    text = (
        "מכתב מהמשרד\n"
        "מאת המשרד התקבל מכתב שבו נכתב כי העבודות בצ'ק פוסט יימשכו עד סוף החודש ולא יותר.\n"
        "התושבים התבקשו להשתמש בדרך החלופית עד לסיום העבודות בצומת.\n"
    )
    assert [r for r, _ in cuts(text, MetadataLines()) if r == "byline"] == []


def test_a_desk_row_goes_to_metadata_through_clean() -> None:
    text = (
        "Traghetti, si riparte dopo la mareggiata\n"
        "Redazione ANSA · LECCE · 02 dicembre 2026, 13:05\n"
        f"{_PARAGRAPH}\n"
        "Le compagnie hanno confermato gli orari invernali e i biglietti già acquistati restano validi.\n"
        "Condividi su Facebook\n"
        "© Copyright ANSA - Tutti i diritti riservati\n"
    )
    result = boilerstrip.clean(text, lang="it")
    assert "Redazione ANSA" not in result.text
    assert _PARAGRAPH in result.text
