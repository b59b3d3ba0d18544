"""Arrows around a row of links are no quotation (session nineteen).

A line that opens and closes with quotation marks is protected as someone's words. Sites draw their previous
and next links with the same signs ("‹ Vorige nieuwsbrief | Volgende nieuwsbrief ›", "« Föregående tråd | Nästa
tråd »"); a bar between them splits a row of links, which no one's quoted words hold.
"""

from __future__ import annotations

import pytest

import boilerstrip
from boilerstrip.document import Document
from boilerstrip.protect import find_protected

_PARAGRAPHS = [
    "Veertig jaar lang hebben vrijwilligers de oude registers van het dorp overgeschreven, bladzijde na bladzijde.",
    "Vanaf deze maand staan alle gegevens online en kan iedereen zoeken naar voorouders, huizen en beroepen.",
]


@pytest.mark.parametrize("row", ["‹ Vorige nieuwsbrief | Volgende nieuwsbrief ›", "« Föregående tråd | Nästa tråd »"])
def test_arrows_around_a_row_of_links_are_no_quotation(row: str) -> None:
    doc = Document("\n".join([_PARAGRAPHS[0], row, _PARAGRAPHS[1]]))
    assert find_protected(doc).get(1) != "quote"


@pytest.mark.parametrize("quoted", ["«El fang de la Bisbal té memòria»", "“We stopped fighting the swimmers.”"])
def test_a_quotation_stays_protected(quoted: str) -> None:
    doc = Document("\n".join([_PARAGRAPHS[0], quoted, _PARAGRAPHS[1]]))
    assert find_protected(doc).get(1) == "quote"


def test_a_newsletter_pager_goes_through_clean() -> None:
    text = "\n".join(
        [
            "Nieuwsbrief nr. 47",
            _PARAGRAPHS[0],
            _PARAGRAPHS[1],
            "‹ Vorige nieuwsbrief | Volgende nieuwsbrief ›",
            "Uitschrijven",
            "© 2026 Heemkundekring De Oude Molen",
        ]
    )
    result = boilerstrip.clean(text, lang="nl")
    assert "Volgende nieuwsbrief" not in result.text
    assert _PARAGRAPHS[0] in result.text and _PARAGRAPHS[1] in result.text
