"""A site pitching its own reader channel: in a sentence glued to the article's last paragraph, or on a line of its own."""

from __future__ import annotations

import pytest

import boilerstrip
from boilerstrip.cleaners import UiStrings
from boilerstrip.rules.offers import offers_subscription
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


#: A paywall's offer on a line of its own: a price, the month it is asked for, a subscription or the access it buys.
OFFERS = {
    "sv": "Läs allt från Ljusnans Tidning – prenumerera i dag, första månaden för 9 kr.",
    "nl": "Neem een digitaal abonnement: de eerste maand voor 1 euro, daarna 12,99 euro.",
    "fr": "Profitez de l'accès illimité au site : 1,99 € par mois pendant un an.",
    "it": "Abbonati ora: 3 mesi a 1 €, poi 5,99 € al mese senza vincoli.",
    "mt": "Abbona llum u aqra kollox minn €2 fix-xahar għall-ewwel sitt xhur.",
    "cs": "Předplatné Deníku Plus: přístup ke všem článkům za 49 Kč měsíčně.",
    "de": "Jetzt das Digital-Abo testen: vier Wochen gratis, danach 9,90 € im Monat.",
}


@pytest.mark.parametrize("lang", sorted(OFFERS))
def test_a_paywalls_offer_on_a_line_of_its_own_goes(lang: str) -> None:
    paragraph = COUNCIL
    assert cuts(f"{paragraph}\n{OFFERS[lang]}\n{paragraph}", UiStrings()) == [("subscribe_prompt", OFFERS[lang] + "\n")]


@pytest.mark.parametrize(
    "line",
    [
        # A price list's row, with its dotted leader, and one too short to be an offer's sentence.
        "Monatsabo für Studierende ........ 19,90 € im Monat",
        "Abonament lunar: 150 lei",
        # Two of the three parts: no price; no month; no subscription.
        "Subscribe today and read every story from the valley each month.",
        "Subscribers paid 49 kronor for the printed yearbook.",
        "The flat on the third floor costs 900 euros a month, the agent said.",
        # A paragraph reporting on a subscription's price, longer than an offer's line.
        "Der Verkehrsverbund erhöht den Preis für das Abo im kommenden Jahr auf 58 Euro im Monat, wie ein Sprecher "
        "am Dienstag mitteilte; Schüler zahlen weiterhin die Hälfte.",
        # Someone's words.
        "«Un abbonamento a 1 € al mese non basta a pagare i giornalisti», ha detto il direttore.",
    ],
)
def test_price_lists_reports_and_quotations_are_no_offer(line: str) -> None:
    assert cuts(f"{COUNCIL}\n{line}\n{COUNCIL}", UiStrings()) == []


def test_the_offer_needs_its_three_parts() -> None:
    assert offers_subscription("Prenumerera nu: 1 kr första månaden.")
    assert not offers_subscription("Prenumerera nu: första månaden gratis.")  # no price
    assert not offers_subscription("Prenumerera nu för 1 kr.")  # no month
    assert not offers_subscription("Hyran är 4 500 kr i månaden.")  # no subscription


def test_a_paywalled_page_loses_its_offer_and_keeps_the_paragraph_the_paywall_cut_off() -> None:
    text = (
        "Home | Viaggi | Borghi | Abbonati\n"
        "Castelmezzano d'inverno, tra nebbia e camini accesi\n"
        "di Laura Ferri\n"
        "Il paese si raggiunge con una strada stretta che sale tra le Dolomiti lucane, e d'inverno la nebbia "
        "resta sospesa sopra i tetti fino a mezzogiorno.\n"
        "Le botteghe aprono tardi, ma il forno della piazza accende il fuoco alle cinque e vende il pane a chi "
        "passa prima del lavoro.\n"
        "Chi arriva in auto lascia la macchina al parcheggio sotto la chiesa madre, perché nel centro storico le "
        "vie sono scale e la sera\n"
        "Per continuare a leggere questo articolo abbonati.\n"
        "Primo mese a 1 €, poi 4,99 € al mese. Disdici quando vuoi.\n"
        "Sei già abbonato? Accedi\n"
        "Iscriviti alla newsletter · Seguici su Instagram\n"
        "© 2026 Strade Lente Srl\n"
    )
    result = boilerstrip.clean(text)
    assert "Primo mese" not in result.text
    assert "vie sono scale e la sera" in result.text
    assert "vende il pane" in result.text


def test_a_clubs_price_notice_without_chrome_comes_through_unchanged() -> None:
    # Prices a month and a membership in every line, and no chrome: the document's own.
    text = (
        "Simhallen i Norrvik – priser från 1 januari 2027\n"
        "Vuxna betalar 350 kr i månaden för ett årskort med tillgång till bassängen alla dagar.\n"
        "Pensionärer och studenter betalar 250 kr i månaden, och barn under sju år badar gratis.\n"
        "Ett månadskort utan bindningstid kostar 450 kr och ger tillgång till bastun.\n"
        "Frågor om kort och priser besvaras i kassan eller på telefon 0611-00 00 00.\n"
    )
    assert boilerstrip.clean(text).text == text.rstrip("\n")


#: A follow or subscribe prompt the lexicon holds as a whole line, opening a longer line of its own.
STANDING_PROMPTS = {
    "it": "Iscriviti al canale Telegram @meteo_valle per ricevere gli avvisi anche di notte",
    "fr": "Abonnez-vous à notre chaîne YouTube pour ne rien manquer des matchs du club",
    "en": "Follow us on Facebook for road closures and updates from the council",
    "hu": "Iratkozz fel hírlevelünkre, és minden héten elküldjük a legfrissebb programokat!",
}


@pytest.mark.parametrize("lang", sorted(STANDING_PROMPTS))
def test_a_prompt_opening_a_line_of_its_own_goes(lang: str) -> None:
    line = STANDING_PROMPTS[lang]
    assert cuts(f"{COUNCIL}\n{line}\n{COUNCIL}", UiStrings()) == [("subscribe_prompt", line + "\n")]


@pytest.mark.parametrize(
    "line",
    [
        # A word that opens prompts, in an instruction or a sentence of prose, with no network named.
        "Follow the river path to the old mill and cross at the second bridge.",
        "Seguici lungo il percorso: prima la piazza, poi il castello e infine il museo della città",
        "Abonnez-vous au club de lecture de la médiathèque pour emprunter dix livres",
        # Someone's words, and a prompt followed by more sentences.
        "«Iscriviti al canale Telegram del comune», ha ripetuto il sindaco ai cittadini presenti.",
        "Follow us on Facebook. The page lists every road closure of the winter and the council's gritting plan.",
    ],
)
def test_instructions_prose_and_quotations_are_no_standing_prompt(line: str) -> None:
    assert cuts(f"{COUNCIL}\n{line}\n{COUNCIL}", UiStrings()) == []
