"""A site pitching its own reader channel in a sentence glued to the article's last paragraph."""

from __future__ import annotations

import pytest

from boilerstrip.cleaners import UiStrings
from boilerstrip.rules.promo import pitches_own_channel
from boilerstrip.testing import cuts

#: A paragraph of prose that neither names the site nor any channel.
COUNCIL = "The council met on Tuesday and spent most of the evening on the new school budget."

GLUED = [
    (
        "en",
        "Work on the depot starts in spring, and the first electric buses should run by the end of next year.",
        "Get the latest headlines straight to your inbox - sign up to our free newsletter.",
    ),
    (
        "it",
        "Il prezzo del gasolio resta stabile da tre settimane, secondo i dati raccolti dagli operatori.",
        "Per restare aggiornato sui prezzi dei carburanti iscriviti al nostro canale WhatsApp.",
    ),
    (
        "ru",
        "Билет будет стоить двести рублей, для школьников и пенсионеров вдвое дешевле.",
        "Подробнее читайте в нашем Telegram-канале.",
    ),
    (
        "uk",
        "Фонтан працюватиме з травня до жовтня, а взимку в сквері встановлюватимуть ялинку.",
        "Більше новин міста — у нашому Telegram.",
    ),
    (
        "mr",
        "तहसीलदारांनी मंगळवारी दोन्ही बाजूंची बैठक बोलावली आहे आणि निर्णय लवकरच अपेक्षित आहे.",
        "ताज्या बातम्यांसाठी आमचे अ\u200dॅप डाउनलोड करा.",
    ),
    (
        "pl",
        "Schronisko przyjmie w tym roku o połowę więcej psów niż poprzednio, informuje gmina.",
        "Więcej lokalnych wiadomości znajdziesz na naszym kanale na YouTube.",
    ),
]


@pytest.mark.parametrize(("lang", "paragraph", "pitch"), GLUED, ids=[g[0] for g in GLUED])
def test_a_pitch_for_the_sites_own_channel_glued_to_the_last_paragraph_goes(
    lang: str, paragraph: str, pitch: str
) -> None:
    found = cuts(f"{paragraph} {pitch}", UiStrings())
    assert found == [("subscribe_prompt", f" {pitch}")]


@pytest.mark.parametrize(
    "sentence",
    [
        # "our" alone, a channel word alone, a network named in the news: prose.
        "Our town council posted the decision on its website on Friday.",
        "The minister announced the plan on Telegram on Sunday evening.",
        "Die Schleuse am alten Kanal bleibt bis März geschlossen.",
        # Someone's words, in quotation marks.
        "«Мы будем сообщать обо всём в нашем Telegram-канале», — сказал мэр.",
        # A paragraph that asks is an invitation throughout, not prose with a pitch glued to it.
        "What do you think? Let us know in the comments or carry the discussion over to our Twitter.",
    ],
)
def test_our_or_a_channel_alone_or_quoted_is_no_pitch(sentence: str) -> None:
    paragraph = COUNCIL
    assert cuts(f"{paragraph} {sentence}", UiStrings()) == []


def test_the_pitch_needs_both_words() -> None:
    assert pitches_own_channel("Iscriviti al nostro canale per non perdere nulla.")
    assert not pitches_own_channel("Iscriviti al canale per non perdere nulla.")
    assert not pitches_own_channel("Il nostro comune ha approvato il bilancio.")


DISCLAIMERS = {
    "en": "Disclaimer: Comments do not represent the views of the site. Kindly keep it clean.",
    "hi": "अस्वीकरण: यह वेबसाइट सरकारी नहीं है। यहां दी गई जानकारी विभिन्न स्रोतों से ली गई है।",
    "de": "Haftungsausschluss: Für die Inhalte externer Links übernehmen wir keine Haftung. Für deren Inhalt sind "
    "ausschließlich die Betreiber verantwortlich.",
    "zh": "免责声明：本文仅代表作者本人观点，与本网站无关。",
}


@pytest.mark.parametrize("lang", sorted(DISCLAIMERS))
def test_a_line_opening_with_a_disclaimer_label_is_the_sites_notice(lang: str) -> None:
    paragraph = COUNCIL
    line = DISCLAIMERS[lang]
    assert cuts(f"{paragraph}\n{line}\n", UiStrings()) == [("legal_footer", line + "\n")]


@pytest.mark.parametrize(
    "line",
    [
        "> **Disclaimer:** the authors take no responsibility for the projects listed in this section.",
        "The disclaimer: nobody reads it, the judge said, and nobody is bound by it.",
        "Disclaimer",
    ],
)
def test_a_markdown_disclaimer_a_sentence_about_one_or_the_bare_word_is_no_label(line: str) -> None:
    assert cuts(line + "\n", UiStrings()) == []
