"""The line an ad leaves in the middle of a story ("the article continues after the advertisement"), in 21
languages (session eleven): a whole-line phrase of `[lines] ad_marker`, so the same words inside a sentence stay.
"""

from __future__ import annotations

import pytest

from boilerstrip.cleaners import UiStrings
from boilerstrip.rules.lexicon import load_lexicon
from boilerstrip.testing import cuts

BREAKS = {
    "en": "Article continues after advertisement",
    "de": "Der Artikel wird nach der Anzeige fortgesetzt",
    "fr": "La suite après cette publicité",
    "es": "El artículo continúa después de la publicidad",
    "it": "L'articolo continua dopo la pubblicità",
    "pt": "Continua após a publicidade",
    "nl": "Het artikel gaat verder na de advertentie",
    "pl": "Dalsza część artykułu pod reklamą",
    "cs": "Článek pokračuje pod reklamou",
    "sk": "Článok pokračuje pod reklamou",
    "he": "הכתבה נמשכת אחרי הפרסומת",
    "ru": "Продолжение статьи после рекламы",
    "uk": "Продовження статті після реклами",
    "sv": "Artikeln fortsätter efter annonsen",
    "da": "Artiklen fortsætter efter annoncen",
    "no": "Saken fortsetter under annonsen",
    "fi": "Artikkeli jatkuu mainoksen jälkeen",
    "tr": "Haberin devamı reklamdan sonra",
    "hu": "A cikk a hirdetés után folytatódik",
    "ro": "Articolul continuă după reclamă",
    "el": "Το άρθρο συνεχίζεται μετά τη διαφήμιση",
}


@pytest.mark.parametrize("lang", sorted(BREAKS))
def test_an_ad_break_line_is_an_ad_marker(lang: str) -> None:
    assert load_lexicon().line_reason(BREAKS[lang]) == "ad_marker"


def test_an_ad_break_between_paragraphs_is_cut_and_the_sentence_naming_it_stays() -> None:
    text = (
        "The council approved the new budget for the harbour on Tuesday evening after a long debate.\n"
        "Article continues after advertisement\n"
        "The sentence 'Article continues after advertisement' appears on many news sites, the editor said.\n"
    )
    assert [(r, t.strip()) for r, t in cuts(text, UiStrings())] == [
        ("ad_marker", "Article continues after advertisement")
    ]
