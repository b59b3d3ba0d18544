"""A caption's full sentence closed by a labelled credit is a form, strong evidence (session nineteen).

"… stends. Foto: Rihards Ozols, 8. klase": a sentence, a credit label, a name. Bracketed credits were a form
already; unbracketed ones only a shape, which a page with little other chrome could not use. On the
development sets and the machine's real documents every such line was a page's caption; a line with no sentence
before its label ("Copyright: © 2010 Lennart Poettering") stays a shape.
"""

from __future__ import annotations

import pytest

import boilerstrip
from boilerstrip.cleaners import Captions
from boilerstrip.document import Document


def _caption_cuts(text: str) -> list[tuple[str, str]]:
    return [(c.reason, c.evidence) for c in Captions().find(Document(text)) if c.reason == "caption_with_credit"]


_PARAGRAPHS = {
    "lv": (
        "Otrdien skolas aktu zālē notika tradicionālais skolēnu mācību uzņēmumu Ziemassvētku tirdziņš.",
        "Kopā tirdziņā tika nopelnīti 1 846 eiro, un pusi no peļņas skolēni ziedos dzīvnieku patversmei.",
    ),
    "pl": (
        "We wtorek w auli szkoły odbył się tradycyjny kiermasz świąteczny przygotowany przez uczniów.",
        "Uczniowie zebrali łącznie ponad tysiąc złotych, a połowę zysku przekażą schronisku dla zwierząt.",
    ),
    "en": (
        "The school's hall filled on Tuesday for the pupils' Christmas market, now in its ninth year.",
        "The stalls raised more than a thousand pounds, half of which will go to the animal shelter.",
    ),
}
_CAPTIONS = {
    "lv": "6. klases mācību uzņēmuma „Piparkūku darbnīca” stends. Foto: Rihards Ozols, 8. klase",
    "pl": "Stoisko klasy szóstej z piernikami. Fot. Marta Nowak",
    "en": "The gingerbread stall of the sixth form. Photo: Sam Reid",
}


@pytest.mark.parametrize("lang", sorted(_CAPTIONS))
def test_a_sentence_and_a_labelled_credit_is_a_form(lang: str) -> None:
    first, second = _PARAGRAPHS[lang]
    text = f"{first}\n{_CAPTIONS[lang]}\n{second}\n"
    assert _caption_cuts(text) == [("caption_with_credit", "form")]


def test_no_sentence_before_the_label_stays_a_shape() -> None:
    first, second = _PARAGRAPHS["lv"]
    text = f"{first}\nPiparkūku darbnīcas stends Foto: Rihards Ozols\n{second}\n"
    assert _caption_cuts(text) == [("caption_with_credit", "")]


def test_a_copyright_field_is_no_form() -> None:
    text = "Files: *\nCopyright: © 2010 Lennart Poettering\nLicense: LGPL-2.1-or-later\n"
    assert ("caption_with_credit", "form") not in _caption_cuts(text)


def test_a_school_page_with_little_else_is_cleaned() -> None:
    first, second = _PARAGRAPHS["lv"]
    text = "\n".join(
        [
            "Sākums » Jaunumi",
            "03.12.2026.",
            "Skolēnu tirdziņā – rekordliels apmeklējums",
            first,
            _CAPTIONS["lv"],
            second,
            "« Atpakaļ uz jaunumiem",
            "Citi jaunumi",
            "Skolas koris iegūst I pakāpes diplomu novada skatē",
            "Šī vietne izmanto sīkdatnes, lai uzlabotu lietošanas pieredzi. Piekrītu",
        ]
    )
    result = boilerstrip.clean(text, lang="lv")
    assert result.text.split("\n") == [first, second]


@pytest.mark.parametrize(
    ("last", "credit"),
    [
        ("A környezetvédelmi engedélyt októberben adták ki.", "Címlapfotó: Siófoki Városfejlesztő Kft."),
        ("Die Arbeiten sollen im Frühjahr beginnen.", "Titelbild: Stadtwerke Auenstadt"),
        ("The work is due to start in the spring.", "Header image: Harbour Board"),
    ],
)
def test_the_story_s_last_sentence_over_a_closing_credit_is_no_caption(last: str, credit: str) -> None:
    # The lead photo's credit printed after the story: the line above it is the story's last sentence.
    text = "\n".join(
        [
            "A new harbour front for the town after two years of planning and three public hearings in the hall.",
            "The promenade will stay open all year, but the beach closes while the works go on next to it.",
            last,
            credit,
            "Tags: harbour, works, promenade",
        ]
    )
    result = boilerstrip.clean(text)
    assert last in result.text
    assert "caption_before_credit" not in [r.reason for r in result.removed]


def test_a_caption_over_a_credit_inside_the_story_is_still_one() -> None:
    text = "\n".join(
        [
            "A new harbour front for the town after two years of planning and three public hearings in the hall.",
            "The new promenade seen from the pier",
            "Photo: Harbour Board",
            "The promenade will stay open all year, but the beach closes while the works go on next to it.",
        ]
    )
    removed = boilerstrip.clean(text).removed
    assert [r.text.strip() for r in removed if r.reason == "caption_before_credit"] == [
        "The new promenade seen from the pier"
    ]


@pytest.mark.parametrize(
    "line",
    [
        "The council approved the budget on Tuesday after a long debate.© Sputnik / Maksim Bogodvid",  # glued
        "The council approved the budget on Tuesday after a long debate. © Harbour Board",  # a sign, no word label
    ],
)
def test_a_credit_run_into_a_sentence_or_a_sign_stays_a_shape(line: str) -> None:
    from boilerstrip.cleaners.captions import split_caption_credit

    split = split_caption_credit(line)
    assert split is not None and not split.labelled
