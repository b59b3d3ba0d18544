"""Interface pack 39: obituary and condolence furniture, job-board and property-listing furniture, event, weather and
transport widgets, municipal, school, parish and university portal furniture.

Condolence and memorial buttons ("Send flowers to the service", "Gedenkkerze anzünden", "Déposer une condoléance",
"Partecipa al lutto", "Zamów wieniec", "Ge en minnesgåva", "근조화환 보내기"), death-notice navigation ("View all
obituaries", "Alle Traueranzeigen", "Wszystkie nekrologi"), job and property buttons ("Apply on company website", "Job
merken", "Solliciteer direct", "Договориться о просмотре", "Bestill visning", "内見を予約する", "收藏房源"), their list
headers ("Similar homes for sale", "Ähnliche Stellen", "Схожі квартири") and listing-number prefixes ("Property ID:",
"Objektnummer:", "Kohdenumero:"), event, weather and transport widgets ("Sign up for travel alerts", "Feels like 12°",
"Ressenti 8°C", "Ощущается как 5°", "Wyszukaj połączenie", "Fahrplanauskunft starten") and portal furniture ("Find
your bin day", "Login für Lehrkräfte", "Inloggen met DigiD", "Accéder à Pronote", "Login pegawai"). The pack's phrases are kept in `benchmarks/data/lexicon-pack39.json`, applied by
`benchmarks/apply_lexicon_pack.py`.

Each page here is invented: an article of three sentences with the furniture around and between them. The furniture
goes, every article sentence stays; sentences that share the phrases' words, and the forms left out on purpose, stay.
"""

from __future__ import annotations

import pytest

from tests.cleaners import lexicon_packs as kit

#: (language, furniture): one page per case; the lines are put around and between the article's sentences.
CASES = [
    # obituary and condolence furniture
    ("en", ["Send flowers to the service", "View all obituaries", "Leave a message for the family"]),
    ("de", ["Gedenkkerze anzünden", "Alle Traueranzeigen", "Trauerkarte senden"]),
    ("fr", ["Déposer une condoléance", "Voir tous les avis de décès", "Envoyer une carte de condoléances"]),
    ("es", ["Dejar condolencias", "Ver todas las esquelas", "Enviar una corona"]),
    ("it", ["Partecipa al lutto", "Tutti i necrologi", "Scrivi un messaggio di cordoglio"]),
    ("nl", ["Bekijk alle condoleances", "Alle overlijdensberichten", "Stuur een rouwkaart"]),
    ("pl", ["Zamów wieniec", "Wszystkie nekrologi", "Zobacz wszystkie kondolencje"]),
    ("sv", ["Tänd ett minnesljus", "Visa alla dödsannonser", "Ge en minnesgåva"]),
    ("ru", ["Оставить воспоминание", "Все некрологи", "Заказать венок"]),
    ("ja", ["供花を申し込む", "お悔やみ情報一覧", "弔電を送る"]),
    ("ko", ["근조화환 보내기", "온라인 조문하기", "부고 전체보기"]),
    ("tr", ["Taziye mesajı bırak", "Tüm vefat ilanları", "Çelenk gönder"]),
    # job-board and property-listing furniture
    ("en", ["Apply on company website", "Similar homes for sale", "Email me jobs like this"]),
    ("de", ["Job merken", "Ähnliche Stellen", "Besichtigung vereinbaren"]),
    ("fr", ["Postuler sur le site de l'entreprise", "Emplois similaires", "Simuler mon prêt"]),
    ("nl", ["Solliciteer direct", "Soortgelijke vacatures", "Bezichtiging plannen"]),
    ("ru", ["Подписаться на вакансии", "Вакансии, которые могут вас заинтересовать", "Договориться о просмотре"]),
    ("no", ["Bestill visning", "Lagre stilling", "Lignende jobber"]),
    ("fi", ["Tee hakuvahti", "Varaa yksityisnäyttö", "Samankaltaisia kohteita"]),
    ("ja", ["内見を予約する", "この企業の求人をすべて見る", "類似物件"]),
    ("zh", ["联系房东", "收藏房源", "类似职位"]),
    ("vi", ["Ứng tuyển nhanh", "Hẹn xem nhà", "Bất động sản tương tự"]),
    # event, weather and transport widgets
    ("en", ["Sign up for travel alerts", "Feels like 12°", "View live departures"]),
    ("de", ["Im Kalender speichern", "Gefühlt 8°C", "Fahrplanauskunft starten"]),
    ("fr", ["Réserver mes billets", "Ressenti 8°C", "Calculer un itinéraire"]),
    ("es", ["Comprar tickets", "Sensación térmica 21°", "Ver pronóstico por horas"]),
    ("pl", ["Kup bilety teraz", "Odczuwalna 3°C", "Wyszukaj połączenie"]),
    ("cs", ["Vstupenky zde", "Pocitově 4°", "Vyhledat spojení"]),
    ("sv", ["Känns som 6°", "Visa timprognos", "Visa 10-dygnsprognos"]),
    ("ko", ["체감온도 12°", "행사 공유하기", "교직원 로그인"]),
    # municipal, school, parish and university portal furniture
    ("en", ["Find your bin day", "Staff login", "All services A to Z"]),
    ("de", ["Login für Lehrkräfte", "Online-Termin vereinbaren", "Dienstleistungen von A-Z"]),
    ("fr", ["Accéder à Pronote", "Prendre rendez-vous en ligne", "Mes démarches en ligne"]),
    ("nl", ["Inloggen met DigiD", "Online afspraak maken", "Alle producten en diensten"]),
    ("es", ["Pedir cita previa", "Acceso docentes", "Accede a la sede electrónica"]),
    ("pl", ["Logowanie dla pracowników", "Umów wizytę w urzędzie", "Załatw sprawę online"]),
    ("id", ["Login pegawai", "Ambil antrean online", "Lewati ke konten"]),
    ("hr", ["Prijava za djelatnike", "e-Dnevnik za roditelje", "Preskoči na glavni sadržaj"]),
]


@kit.each_page(CASES)
def test_pack39_furniture_is_cut(lang: str, chrome: list[str]) -> None:
    kit.assert_cut_between(kit.ARTICLE[lang], chrome)


def test_each_kind_has_its_reason() -> None:
    expected = {
        "widget": [
            "Send flowers to the service",
            "Trauerkarte senden",
            "Partecipa al lutto",
            "Apply on company website",
            "Договориться о просмотре",
            "Feels like 12°",
            "Ressenti 8°C",
            "Fahrplanauskunft starten",
        ],
        "navigation": [
            "View all obituaries",
            "Wszystkie nekrologi",
            "Staff login",
            "Inloggen met DigiD",
            "교직원 로그인",
        ],
        "related_header": ["Similar homes for sale", "Ähnliche Stellen", "Схожі квартири", "类似职位"],
    }
    kit.assert_reasons(expected)


def test_listing_number_prefixes_take_the_number() -> None:
    kit.assert_prefix_only(
        "Property ID: 48213", "Objektnummer: 48213", "Kohdenumero: 312456789", "Référence du bien : 48213"
    )


@pytest.mark.parametrize(
    ("lang", "line"),
    [("en", "Feels like -3°"), ("de", "Gefühlt −3°"), ("en", "Feels like home"), ("fr", "Ressenti de la population")],
)
def test_feels_like_takes_a_count_of_degrees_only(lang: str, line: str) -> None:
    """The feels-like phrases write the count as `#` before a degree sign: a sentence that opens with the words stays,
    and so does a temperature below zero (the minus is no part of the count: not written, see the README)."""
    kit.assert_no_phrase(line)


#: Left out on purpose (the README says why): ritual and invitation lines, one-word and heading-like labels, lines of
#: dialogue, titles of chrome-free documents, and bare date labels.
LEFT_OUT = [
    "Light a candle",
    "Plant a tree",
    "Kerze anzünden",
    "Allumer une bougie",
    "Zapal znicz",
    "Tänd ett ljus",
    "Interested",
    "Going",
    "Me interesa",
    "Ik ga",
    "Hourly forecast",
    "10-day forecast",
    "Weather warnings",
    "Plan your journey",
    "Service alerts",
    "Live departures",
    "Mass times",
    "Horaires des messes",
    "Gottesdienstzeiten",
    "Online services",
    "Report a problem",
    "Pay online",
    "Book an appointment",
    "Termin vereinbaren",
    "Prendre rendez-vous",
    "Toegankelijkheidsverklaring",
    "Mortgage calculator",
    "Street view",
    "Upload your CV",
    "Registro elettronico",
    "Cómo llegar",
]


@kit.each_line(LEFT_OUT)
def test_left_out_forms_are_no_phrases(line: str) -> None:
    kit.assert_no_phrase(line)


#: Chrome-free documents whose sentences share the pack's words: they come out unchanged.
NEGATIVE = [
    (
        "English funeral notice",
        "The funeral will take place at St Mary's Church on Friday at eleven.\n"
        "Family flowers only; donations in her memory may be sent to the hospice.\n"
        "Friends are invited to share a memory of Margaret at the reception afterwards.",
    ),
    (
        "English job description",
        "We are looking for a staff nurse to join our day surgery unit.\n"
        "To apply, send your CV and a short cover letter to the ward manager.\n"
        "Interviews will be held in the second week of March.",
    ),
    (
        "German weather report",
        "Am Wochenende wird es deutlich kälter, gefühlt liegen die Temperaturen unter null.\n"
        "Der Deutsche Wetterdienst warnt vor Glätte auf den Straßen im Bergland.\n"
        "Erst ab Mittwoch steigen die Temperaturen wieder.",
    ),
    (
        "French parish letter",
        "Les horaires des messes changent pendant les vacances scolaires.\n"
        "La messe du dimanche sera célébrée à dix heures à l'église Saint-Pierre.\n"
        "Merci de prendre rendez-vous avec le secrétariat pour les baptêmes.",
    ),
]


@kit.each_document(NEGATIVE)
def test_chrome_free_documents_stay(name: str, text: str) -> None:
    kit.assert_kept(text)


def test_the_pack_file_is_in_the_lexicon() -> None:
    """Every phrase of the pack's JSON is in its file, as the apply script put it there."""
    assert kit.phrases_missing("lexicon-pack39") == []
