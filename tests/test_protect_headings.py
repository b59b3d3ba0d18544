"""Protected content: the heading over a table of labelled rows, and word counts in scripts with vowel signs."""

from __future__ import annotations

import pytest

from boilerstrip.document import Document
from boilerstrip.protect import _word_count, find_protected

ROWS = {
    "en": ("Exports in figures", ["April: 14,120 crore", "May: 12,870 crore", "June: 11,940 crore"]),
    "gu": ("આંકડામાં નિકાસ", ["એપ્રિલ: ₹14,120 કરોડ", "મે: ₹12,870 કરોડ", "જૂન: ₹11,940 કરોડ"]),
    "hi": ("आंकड़ों में निर्यात", ["अप्रैल: ₹14,120 करोड़", "मई: ₹12,870 करोड़", "जून: ₹11,940 करोड़"]),
}


@pytest.mark.parametrize("lang", sorted(ROWS))
def test_the_short_heading_over_labelled_rows_is_protected_with_them(lang: str) -> None:
    heading, rows = ROWS[lang]
    prose = "The diamond trade in the city slowed for a third month as orders from abroad fell again."
    doc = Document("\n".join([prose, heading, *rows, prose]))
    found = find_protected(doc)
    kinds = [found.get(line.index) for line in doc.content]
    assert kinds == [None, "heading", "rows", "rows", "rows", None]


def test_a_sentence_over_the_rows_is_no_heading() -> None:
    doc = Document("The figures for the quarter were these.\nApril: 14,120\nMay: 12,870\nJune: 11,940\n")
    assert find_protected(doc).get(doc.content[0].index) is None


@pytest.mark.parametrize(
    ("text", "words"),
    [("આંકડામાં નિકાસ", 2), ("आंकड़ों में निर्यात", 3), ("สวัสดีครับ ผม", 2), ("Exports in figures", 3)],
)
def test_a_words_vowel_signs_do_not_split_it(text: str, words: int) -> None:
    assert _word_count(text) == words
