"""A site pitching its own reader channel: in a sentence glued to the article's last paragraph, or on a line of its own."""

from __future__ import annotations

import pytest

import boilerstrip
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


STANDING = {
    "pt": "Receba a nossa newsletter semanal com toda a atualidade desportiva do distrito.",
    "pl": "Pobierz naszą aplikację i otrzymuj powiadomienia o najważniejszych wydarzeniach.",
    "he": "הצטרפו לקבוצת הווטסאפ שלנו לעדכונים בזמן אמת",
    "nl": "Krijg een melding bij weeralarm: zet pushberichten aan in onze app.",
    "no": "Få nyhetsbrevet vårt hver fredag",
    "en": "Get our free morning newsletter",
    # The site's name in quotation marks, and a network written in a script without case.
    "ar": "تابعوا «المرفأ» على قناتنا في واتساب لتصلكم الأخبار أولاً بأول.",
}


@pytest.mark.parametrize("lang", sorted(STANDING))
def test_a_short_pitch_for_the_sites_own_channel_on_a_line_of_its_own_goes(lang: str) -> None:
    paragraph = COUNCIL
    assert cuts(f"{paragraph}\n{STANDING[lang]}\n{paragraph}", UiStrings()) == [
        ("subscribe_prompt", STANDING[lang] + "\n")
    ]


@pytest.mark.parametrize(
    "line",
    [
        # A service's own terms, longer than a pitch: "we" and "the app" in a rule of use.
        "Kami dapat mengubah ketentuan ini. Perubahan penting akan diumumkan di Aplikasi paling lambat 14 hari "
        "sebelum berlaku.",
        # A council's notice in an unspaced script, where "official" and "app" are found inside any sentence.
        "除雪作業の状況は、市公式アプリと防災メールでもお知らせします。",
        # A heading of two words, and someone's words in quotation marks.
        "Our newsletter",
        "„Zapisz się na nasz newsletter”, powtarzał redaktor.",
    ],
)
def test_long_lines_unspaced_scripts_headings_and_quotations_are_no_standing_pitch(line: str) -> None:
    assert cuts(line + "\n", UiStrings()) == []


def test_a_sentence_of_prose_before_the_pitch_keeps_the_sentence() -> None:
    # The glued form: only the pitch after the prose sentence goes, not the line.
    line = "Tahsildar called both sides to a meeting on Tuesday. Get our app for the latest news."
    assert cuts(line, UiStrings()) == [("subscribe_prompt", " Get our app for the latest news.")]


#: A privacy policy names its own app and site line after line: there they are its subject, not a pitch.
POLICY = (
    "Privacy policy\n"
    "This policy explains what happens to the information you give us when you use our services.\n"
    "Some of our apps may use the camera permission to scan a code when you ask them to.\n"
    "Our app may use your location to show the nearest stop, and only while it is open.\n"
    "We use an analytics service on our website.\n"
    "Our newsletter is sent only to readers who asked for it and can be cancelled at any time.\n"
    "We keep these records for twelve months and then delete them from our systems.\n"
)


def test_a_document_naming_its_own_channels_line_after_line_keeps_them() -> None:
    assert cuts(POLICY, UiStrings()) == []


def test_a_pitch_standing_between_a_pages_chrome_and_its_article_goes_in_the_pipeline() -> None:
    text = (
        "Home | News | Sport | Weather\n"
        "Ferry timetable changes from Monday\n"
        "By Anna Reed\n"
        "The island ferry will leave the harbour thirty minutes earlier from Monday, the operator said.\n"
        "Get our free morning newsletter\n"
        "Passengers with bookings for the old times will be moved to the new sailings at no cost.\n"
        "Share on Facebook\n"
    )
    result = boilerstrip.clean(text)
    assert "newsletter" not in result.text
    assert "thirty minutes earlier" in result.text and "at no cost" in result.text


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


@pytest.mark.parametrize(
    "sentence",
    [
        "We sent the money to our community account in February.",  # a bank account, not a reader channel
        "Anyị zitere ya n'akaụntụ otu obodo anyị na Febrụwarị.",
        "Wir haben das Geld im Februar auf unser Konto überwiesen.",
        "Hemos ingresado el dinero en nuestra cuenta de la asociación.",
    ],
)
def test_an_account_is_no_reader_channel(sentence: str) -> None:
    assert not pitches_own_channel(sentence)
