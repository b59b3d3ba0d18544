"""Credits written as words and a name ("Photo by Tom Reyes", "Foto di Marco Tonello", "Foto von Anna Berg"):
the lexicon's ``[credit] by`` words open them, and only a name (or names and an agency) may follow. A caption
or a sentence that opens with the same words is no credit.
"""

from __future__ import annotations

import pytest

import boilerstrip
from boilerstrip.cleaners import PhotoCredits
from boilerstrip.testing import cuts


@pytest.mark.parametrize(
    ("lang", "line", "name"),
    [
        ("en", "Photo courtesy of Tom Reyes", "Tom Reyes"),
        ("en", "Photo by Priya Natarajan / Reuters", "Priya Natarajan / Reuters"),
        ("it", "Foto di Marco Tonello", "Marco Tonello"),
        ("de", "Foto von Anna-Lena Berg", "Anna-Lena Berg"),
        ("es", "Foto de María del Carmen Ruiz, EFE", "María del Carmen Ruiz, EFE"),
        ("pt", "Foto por João da Silva", "João da Silva"),
        ("nl", "Foto door Jan van Dijk", "Jan van Dijk"),
        ("sv", "Foto av Elin Persson", "Elin Persson"),
    ],
)
def test_a_credit_of_words_and_a_name_is_cut_with_the_name_as_its_credit(lang: str, line: str, name: str) -> None:
    text = f"The harbour board voted on Monday to rebuild the old stone pier.\n{line}\nWork starts in October.\n"
    assert cuts(text, PhotoCredits(), lang=lang) == [("credit_line", line + "\n")]
    result = boilerstrip.clean(text + "Photo: Reuters\nShare on Facebook\n", lang=lang)
    assert line not in result.text
    assert name in [image.credit for image in result.metadata.images]


@pytest.mark.parametrize(
    "line",
    [
        "Foto di gruppo dei volontari davanti al municipio",
        "Photo by the river at dawn",
        "Courtesy of the museum",
        "Foto von 1998",
        "Photo by Tom Reyes, taken in 1998 at the old harbour.",
    ],
)
def test_the_same_words_before_anything_but_a_name_are_no_credit(line: str) -> None:
    text = f"The harbour board voted on Monday to rebuild the old stone pier.\n{line}\nWork starts in October.\n"
    assert cuts(text, PhotoCredits()) == []
