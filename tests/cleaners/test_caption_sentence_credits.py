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
