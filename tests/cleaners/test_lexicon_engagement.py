"""The engagement pack: paywall and subscriber notices, tip lines, newsletter and app pitches, donation pitches,
author-box labels and aggregator lines, in the languages news and magazine sites print them.

Each page here is invented: an article of three or four sentences with the site's chrome lines before, between or
after them. The chrome lines go, every article sentence stays. Chrome-free documents that use the same words as
content (a README, a club newsletter, a report) come out unchanged.
"""

from __future__ import annotations

import pytest

import boilerstrip
from boilerstrip.rules.lexicon import load_lexicon
from tests.cleaners.lexicon_packs import ARTICLE

#: (language, chrome lines): one page per case; the chrome is put around and between the article's sentences.
CASES = [
    # 1. metered paywalls and subscriber notices
    ("en", ["Subscribe to continue reading", "Already a subscriber? Log in"]),
    ("it", ["Contenuto esclusivo per gli abbonati", "Sblocca l'articolo"]),
    ("pl", ["Artykuł dostępny tylko dla prenumeratorów", "Odblokuj artykuł"]),
    ("nl", ["Dit is een premium artikel", "Ontgrendel dit artikel"]),
    ("ja", ["続きは有料会員になるとお読みいただけます", "会員登録で続きを読む"]),
    ("cs", ["Tento článek je jen pro předplatitele", "Odemkněte si článek"]),
    ("es", ["¿Ya tienes una suscripción? Inicia sesión", "Desbloquea este artículo"]),
    ("de", ["Bereits Abonnent? Jetzt anmelden", "Jetzt abonnieren und weiterlesen"]),
    ("he", ["כתבה זו למנויים בלבד"]),
    ("ru", ["Этот материал доступен только подписчикам", "Оформите подписку, чтобы читать дальше"]),
    # 2. tip lines
    ("en", ["Have a story idea?", "Do you have a tip? Write to us"]),
    ("it", ["Hai una segnalazione? Scrivici"]),
    ("cs", ["Máte tip? Napište nám"]),
    ("sv", ["Har du ett tips? Mejla oss"]),
    ("pt", ["Envie a sua notícia", "Sugira uma pauta"]),
    ("fr", ["Vous avez une info ? Écrivez-nous"]),
    ("ar", ["لديك خبر؟ راسلنا"]),
    ("uk", ["Маєте новину? Напишіть нам"]),
    # 3. newsletter and app pitches
    ("en", ["Join our WhatsApp channel", "Download the app"]),
    ("pl", ["Obserwuj nas na Telegramie", "Pobierz naszą aplikację"]),
    ("ro", ["Urmărește-ne pe Telegram", "Descarcă aplicația noastră"]),
    ("tr", ["Uygulamamızı indirin"]),
    ("es", ["Síguenos en Telegram", "Recibe las noticias en tu WhatsApp"]),
    ("id", ["Gabung saluran WhatsApp kami", "Unduh aplikasi kami"]),
    ("el", ["Ακολουθήστε μας στο Telegram"]),
    ("zh", ["关注我们的微信公众号", "下载我们的应用"]),
    ("ko", ["앱 설치하기"]),
    # 4. donation and membership pitches
    ("en", ["Support independent journalism", "Donate now"]),
    ("de", ["Unabhängigen Journalismus unterstützen", "Jetzt spenden"]),
    ("fr", ["Soutenez le journalisme indépendant", "Faites un don"]),
    ("hr", ["Podržite neovisno novinarstvo", "Doniraj sada"]),
    ("da", ["Støt uafhængig journalistik"]),
    # 5. author-box labels
    ("it", ["Sull'autore", "Altri articoli di questo autore"]),
    ("ro", ["Mai multe articole de la acest autor"]),
    ("bg", ["Още статии от автора"]),
    ("pt", ["Mais artigos deste autor"]),
    # 6. aggregator lines
    ("en", ["Read the full article on Harbour Weekly", "Source link"]),
    ("nl", ["Lees het volledige artikel op Havenkrant.nl"]),
    ("sv", ["Läs hela artikeln hos Hamnbladet"]),
    ("fr", ["Lire l'article complet sur Le Courrier du Port", "Lien source"]),
    ("uk", ["Посилання на джерело"]),
    ("ja", ["元記事を読む"]),
]


@pytest.mark.parametrize(("lang", "chrome"), CASES, ids=[f"{c[0]}-{c[1][0][:24]}" for c in CASES])
def test_engagement_lines_are_cut(lang: str, chrome: list[str]) -> None:
    article = ARTICLE[lang]
    page = "\n".join([article[0], chrome[0], *article[1:], *chrome[1:]])
    result = boilerstrip.clean(page)
    assert result.text == "\n".join(article)


def test_phrases_are_interface_lines() -> None:
    """A few of the pack's phrases by themselves, with the reason the lexicon gives them."""
    lex = load_lexicon()
    assert lex.line_reason("Sblocca l’articolo") == "paywall_notice"
    assert lex.line_reason("Deblochează articolul") == "paywall_notice"
    assert lex.line_reason("Tip redaktionen") == "subscribe_prompt"
    assert lex.line_reason("Laden Sie unsere App herunter") == "app_promo"
    assert lex.line_reason("Yazar hakkında") == "navigation"
    assert lex.line_reason("Source link") == "read_more"


NEGATIVE = [
    (
        "readme",
        "Harbour tools\n=============\n"
        "A small library for reading tide tables. You can download the app from the releases page, or build it "
        "from source with the instructions below.\n"
        "Support\n-------\n"
        "If you have a tip for making the parser faster, open an issue and write to us there. "
        "Members of the project can subscribe to the mailing list to receive new releases.\n"
        "The full article on the tide model, with a link to the source data, is in the docs folder.",
    ),
    (
        "club newsletter",
        "Dear members, the rowing club had a busy autumn. We thank everyone who chose to donate to the new boat "
        "fund, and we welcome the twelve people who became members this season.\n"
        "The newsletter will now also come out on our WhatsApp group, so you get the latest news on your phone "
        "without checking the website. The author of the club history, Mary Green, will read from the book in "
        "December; everyone who wants to support the club's work is welcome.",
    ),
    (
        "rapport",
        "Le rapport annuel de l'association décrit les abonnés de la bibliothèque et leurs habitudes de lecture. "
        "La plupart des lecteurs téléchargent l'application de la médiathèque pour réserver des livres.\n"
        "Les dons des membres ont permis de soutenir le journalisme local à travers un atelier d'écriture, "
        "et l'auteur de l'étude remercie les bénévoles qui ont lu l'article complet avant sa publication.",
    ),
]


@pytest.mark.parametrize(("name", "text"), NEGATIVE, ids=[name for name, _ in NEGATIVE])
def test_chrome_free_documents_stay(name: str, text: str) -> None:
    assert boilerstrip.clean(text).text == text
