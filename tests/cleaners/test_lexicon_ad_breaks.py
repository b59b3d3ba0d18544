"""The line an ad leaves in the middle of a story ("the article continues after the advertisement"), in 21
languages (session eleven): a whole-line phrase of `[lines] ad_marker`, so the same words inside a sentence stay.
And an archived e-mail newsletter's head and foot ("view this email in your browser", "you are receiving this
email because"), in 11 languages.
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


NEWSLETTER = {
    "en": ("View this email in your browser", "You are receiving this email because you signed up on our website."),
    "nl": ("Bekijk deze e-mail in je browser", "Je ontvangt deze e-mail omdat je je hebt aangemeld via onze website."),
    "de": (
        "E-Mail im Browser ansehen",
        "Sie erhalten diese E-Mail, weil Sie sich für unseren Newsletter angemeldet haben.",
    ),
    "fr": ("Voir cet e-mail dans votre navigateur", "Vous recevez cet e-mail car vous êtes inscrit à notre lettre."),
    "sv": ("Visa det här mejlet i webbläsaren", "Du får det här mejlet eftersom du prenumererar på vårt nyhetsbrev."),
}


@pytest.mark.parametrize("lang", sorted(NEWSLETTER))
def test_an_email_newsletters_furniture_is_a_subscribe_prompt(lang: str) -> None:
    # An archived e-mail newsletter keeps its head ("view in browser") and its foot ("you are receiving this").
    head, foot = NEWSLETTER[lang]
    lex = load_lexicon()
    assert lex.line_reason(head) == "subscribe_prompt"
    text = f"{head}\nThe archive now holds forty years of registers, and volunteers scan a box a week.\n{foot}\n"
    assert [reason for reason, _ in cuts(text, UiStrings(), lang=lang)] == ["subscribe_prompt", "subscribe_prompt"]
