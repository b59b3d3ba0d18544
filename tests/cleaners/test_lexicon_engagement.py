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

#: An invented article per language: the lines the clean text must keep.
ARTICLE = {
    "en": [
        "The harbour board voted on Monday to rebuild the old stone pier before the winter storms.",
        "Work starts in October and should take about eight weeks.",
        "Fishing boats will moor at the ferry quay until then, the harbour master said.",
    ],
    "it": [
        "Il consiglio comunale ha approvato lunedì il restauro del vecchio ponte sul fiume.",
        "I lavori cominceranno a ottobre e dureranno circa due mesi.",
        "Nel frattempo il traffico passerà dalla strada provinciale, ha spiegato il sindaco.",
    ],
    "pl": [
        "Rada miasta zdecydowała w poniedziałek o remoncie starego dworca autobusowego.",
        "Prace ruszą w październiku i potrwają około roku.",
        "W tym czasie autobusy będą odjeżdżać z placu przy ratuszu, poinformował prezydent miasta.",
    ],
    "nl": [
        "De gemeenteraad heeft maandag besloten de oude stadsbibliotheek te renoveren.",
        "De werkzaamheden beginnen in oktober en duren ongeveer een jaar.",
        "Tot die tijd verhuist de uitleen naar het gemeentehuis, zei de wethouder.",
    ],
    "ja": [
        "市議会は月曜日、旧市立図書館の改修計画を承認した。",
        "工事は十月に始まり、約一年かかる見込みだ。",
        "その間、貸し出し業務は市役所の一階で行われる。",
    ],
    "ko": [
        "시의회는 월요일 오래된 시립 도서관의 보수 계획을 승인했다.",
        "공사는 10월에 시작되어 약 1년이 걸릴 예정이다.",
        "그동안 대출 업무는 시청 1층에서 진행된다고 시 관계자가 밝혔다.",
    ],
    "cs": [
        "Zastupitelstvo v pondělí schválilo rekonstrukci staré městské knihovny.",
        "Práce začnou v říjnu a potrvají zhruba rok.",
        "Půjčovna se do té doby přestěhuje do budovy radnice, uvedl starosta.",
    ],
    "ro": [
        "Consiliul local a aprobat luni renovarea vechii piețe din centrul orașului.",
        "Lucrările încep în octombrie și vor dura aproximativ un an.",
        "Până atunci, comercianții se mută într-o hală de lângă gară, a precizat primarul.",
    ],
    "sv": [
        "Kommunfullmäktige beslutade i måndags att renovera det gamla stadsbiblioteket.",
        "Arbetet börjar i oktober och väntas ta ungefär ett år.",
        "Under tiden flyttar utlåningen till kommunhuset, säger kommunalrådet.",
    ],
    "tr": [
        "Belediye meclisi pazartesi günü eski kütüphane binasının onarımını onayladı.",
        "Çalışmalar ekim ayında başlayacak ve yaklaşık bir yıl sürecek.",
        "Bu süre içinde kütüphane hizmetleri belediye binasında verilecek.",
    ],
    "uk": [
        "Міська рада в понеділок затвердила ремонт старої міської бібліотеки.",
        "Роботи почнуться в жовтні й триватимуть близько року.",
        "На цей час видача книжок переїде до приміщення мерії, повідомив міський голова.",
    ],
    "ru": [
        "Городской совет в понедельник утвердил ремонт старого моста через реку.",
        "Работы начнутся в октябре и продлятся около двух месяцев.",
        "На это время автобусы пустят по объездной дороге, сообщили в мэрии.",
    ],
    "pt": [
        "A câmara municipal aprovou na segunda-feira a reforma da antiga biblioteca.",
        "As obras começam em outubro e devem durar cerca de um ano.",
        "Até lá, o empréstimo de livros passa para o edifício da prefeitura, disse o secretário.",
    ],
    "es": [
        "El pleno municipal aprobó el lunes la reforma de la antigua biblioteca.",
        "Las obras empezarán en octubre y durarán aproximadamente un año.",
        "Mientras tanto, el préstamo de libros se trasladará al ayuntamiento, explicó la alcaldesa.",
    ],
    "fr": [
        "Le conseil municipal a voté lundi la rénovation de l'ancienne bibliothèque.",
        "Les travaux commenceront en octobre et dureront environ un an.",
        "En attendant, le prêt de livres déménage à la mairie, a précisé l'adjointe à la culture.",
    ],
    "de": [
        "Der Gemeinderat hat am Montag die Sanierung der alten Stadtbibliothek beschlossen.",
        "Die Arbeiten beginnen im Oktober und dauern etwa ein Jahr.",
        "Bis dahin zieht die Ausleihe in das Rathaus um, sagte die Bürgermeisterin.",
    ],
    "id": [
        "Dewan kota pada Senin menyetujui renovasi gedung perpustakaan lama.",
        "Pekerjaan dimulai pada Oktober dan diperkirakan berlangsung sekitar satu tahun.",
        "Selama itu layanan peminjaman buku dipindahkan ke balai kota, kata wali kota.",
    ],
    "he": [
        "מועצת העיר אישרה ביום שני את שיפוץ הספרייה העירונית הישנה.",
        "העבודות יתחילו באוקטובר ויימשכו כשנה.",
        "בינתיים השאלת הספרים תעבור לבניין העירייה, אמר ראש העיר.",
    ],
    "el": [
        "Το δημοτικό συμβούλιο ενέκρινε τη Δευτέρα την ανακαίνιση της παλιάς βιβλιοθήκης.",
        "Οι εργασίες θα ξεκινήσουν τον Οκτώβριο και θα διαρκέσουν περίπου ένα χρόνο.",
        "Στο μεταξύ ο δανεισμός βιβλίων μεταφέρεται στο δημαρχείο, είπε ο δήμαρχος.",
    ],
    "ar": [
        "وافق المجلس البلدي يوم الاثنين على ترميم مبنى المكتبة القديمة.",
        "تبدأ الأعمال في أكتوبر وتستمر نحو عام.",
        "وخلال هذه الفترة تنتقل خدمة إعارة الكتب إلى مبنى البلدية، بحسب رئيس البلدية.",
    ],
    "zh": [
        "市议会周一批准了老市立图书馆的翻修计划。",
        "工程将于十月开工，预计持续约一年。",
        "在此期间，借阅服务将搬到市政府大楼一楼。",
    ],
    "da": [
        "Byrådet besluttede mandag at renovere det gamle bibliotek i midtbyen.",
        "Arbejdet begynder i oktober og ventes at tage omkring et år.",
        "I mellemtiden flytter udlånet til rådhuset, siger borgmesteren.",
    ],
    "hr": [
        "Gradsko vijeće u ponedjeljak je odobrilo obnovu stare gradske knjižnice.",
        "Radovi počinju u listopadu i trajat će oko godinu dana.",
        "Do tada se posudba knjiga seli u zgradu gradske uprave, rekao je gradonačelnik.",
    ],
    "bg": [
        "Общинският съвет одобри в понеделник ремонта на старата градска библиотека.",
        "Работите започват през октомври и ще продължат около година.",
        "Дотогава заемането на книги се мести в сградата на общината, каза кметът.",
    ],
}

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
