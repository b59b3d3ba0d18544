"""Interface pack 24: reading-time stamps, metered-paywall counters and locked notices, player and download
buttons, classifieds furniture, Q&A and forum labels, page-feedback widgets of government sites, reprint,
syndication and opinion notices, messenger pitches, live-blog order toggles and editor caption placeholders.

Each page here is invented: an article of three sentences with the site's chrome lines around and between them.
The chrome lines go, every article sentence stays. Chrome-free documents that use the same words as content (a
manual, a forum post written as prose, a report) come out unchanged.
"""

from __future__ import annotations

from tests.cleaners import lexicon_packs as kit

#: (language, chrome lines): one page per case; the chrome is put around and between the article's sentences.
CASES = [
    (
        "en",
        [
            "6 min read",
            "You have 2 free articles left this month",
            "Listen on Apple Podcasts",
            "Download (PDF, 182 KB)",
        ],
    ),
    ("en", ["Reading time 5 minutes", "This is a locked article for subscribers", "Already a member? Log in"]),
    ("en", ["Show phone number", "Ad number: 48213", "Posted: 12.03.2026 | Views: 120", "Add to favourites"]),
    (
        "en",
        ["Best answer", "3 replies · 120 views", "Ask a question", "You are not logged in. Please log in or register."],
    ),
    ("en", ["Report an error on this page", "Share this page", "Similar ads"]),
    (
        "en",
        [
            "This article appeared in the print edition of 4 March 2026",
            "Read the full article at harbourweekly.example",
        ],
    ),
    (
        "en",
        [
            "This is an opinion piece. The views expressed are the author's own.",
            "Join our WhatsApp channel for live updates",
        ],
    ),
    ("en", ["View this post on Telegram", "Auto-update on", "Show 3 new posts", "Type caption for image (optional)"]),
    ("de", ["Lesezeit 4 Min.", "Sie haben noch 3 kostenlose Artikel in diesem Monat", "Auf Spotify anhören"]),
    ("de", ["Telefonnummer anzeigen", "Anzeigennummer: 2210934", "Beste Antwort", "Diese Seite teilen"]),
    ("de", ["Dieser Artikel erschien zuerst in der Wochenendausgabe", "Dies ist ein Meinungsbeitrag"]),
    ("fr", ["Lecture : 4 min.", "Écouter l'épisode", "Télécharger (PDF, 182 Ko)", "Contacter le vendeur"]),
    (
        "fr",
        [
            "Meilleure réponse",
            "Signaler une erreur sur cette page",
            "Cet article est paru dans l'édition imprimée du 4 mars",
        ],
    ),
    ("es", ["Lectura: 4 min", "Te quedan 2 artículos gratis este mes", "Escuchar episodio", "Ver teléfono"]),
    ("es", ["Mejor respuesta", "Valora esta página", "Este es un artículo de opinión"]),
    ("it", ["Lettura: 3 min", "Ascolta il podcast", "Scarica il PDF", "Contatta il venditore", "Annunci simili"]),
    ("pt", ["Leitura: 4 min", "Ouvir episódio", "Baixar PDF", "Melhor resposta", "Este é um artigo de opinião"]),
    (
        "nl",
        ["Leestijd 4 minuten", "Je hebt nog 2 gratis artikelen deze maand", "Toon telefoonnummer", "Beste antwoord"],
    ),
    ("ca", ["Temps de lectura 4 min", "Escolta el pòdcast", "Millor resposta", "Aquest és un article d'opinió"]),
    ("pl", ["Czas czytania 4 min", "Pozostało Ci 2 darmowych artykułów w tym miesiącu", "Pokaż numer telefonu"]),
    ("pl", ["Najlepsza odpowiedź", "Czy ta strona była pomocna?", "Dodaj do ulubionych", "Od najnowszych"]),
    ("cs", ["3 minuty čtení", "Odemknout článek", "Zobrazit telefon", "Nejlepší odpověď", "Sdílet tuto stránku"]),
    ("sk", ["Čas čítania 4 min", "Vypočujte si článok", "Zobraziť telefón", "Najlepšia odpoveď"]),
    ("ro", ["Timp de citire 4 min", "Mai ai 2 articole gratuite luna aceasta", "Arată numărul", "Cel mai bun răspuns"]),
    ("hu", ["Olvasási idő 4 perc", "Telefonszám megjelenítése", "Legjobb válasz", "Hasznos volt ez az oldal?"]),
    ("hr", ["Vrijeme čitanja 4 min", "Prikaži broj telefona", "Najbolji odgovor", "Pratite nas na WhatsAppu"]),
    ("sl", ["Čas branja 4 min", "Poslušajte članek", "Najboljši odgovor", "Deli to stran"]),
    ("sr", ["Време читања 4 мин", "Прикажи број телефона", "Најбољи одговор", "Подели ову страницу"]),
    ("sv", ["Lästid 4 min", "Du har 2 gratisartiklar kvar denna månad", "Visa telefonnummer", "Bästa svaret"]),
    ("da", ["Læsetid 4 min", "Lyt til artiklen", "Kontakt sælger", "Bedste svar", "Del siden"]),
    ("no", ["Lesetid 4 minutter", "Lytt til artikkelen", "Kontakt selger", "Beste svar"]),
    ("fi", ["Lukuaika 7 min", "Kuuntele jakso", "Näytä puhelinnumero", "Paras vastaus", "Oliko sivusta apua?"]),
    (
        "lt",
        ["Skaitymo laikas: 4 min.", "Klausyti straipsnio", "Geriausias atsakymas", "Ar šis puslapis buvo naudingas?"],
    ),
    ("lv", ["Lasīšanas laiks: 4 min", "Klausīties rakstu", "Labākā atbilde", "Vai šī lapa bija noderīga?"]),
    ("et", ["Lugemisaeg 4 min", "Kuula artiklit", "Parim vastus", "Kas see leht oli kasulik?"]),
    ("ru", ["Время чтения 4 мин", "Осталось 2 бесплатных материалов", "Показать телефон", "Лучший ответ"]),
    ("ru", ["Мнение автора может не совпадать с мнением редакции", "Сначала новые", "Похожие объявления"]),
    ("uk", ["Час читання 4 хв", "Слухати статтю", "Показати телефон", "Найкраща відповідь"]),
    ("bg", ["Време за четене 4 мин", "Слушайте статията", "Най-добър отговор", "Сподели тази страница"]),
    ("el", ["Χρόνος ανάγνωσης 4 λεπτά", "Ακούστε το άρθρο", "Καλύτερη απάντηση", "Εκτύπωση σελίδας"]),
    ("tr", ["Okuma süresi 4 dk", "Haberi dinle", "İlan no: 1045873", "En iyi cevap", "Bu sayfa yardımcı oldu mu?"]),
    ("ar", ["وقت القراءة 4 دقائق", "استمع إلى المقال", "أفضل إجابة", "هل كانت هذه الصفحة مفيدة؟"]),
    ("fa", ["زمان مطالعه ۴ دقیقه", "شنیدن این مطلب", "بهترین پاسخ", "آیا این صفحه مفید بود؟"]),
    ("he", ["זמן קריאה 4 דקות", "האזינו לכתבה", "התשובה הטובה ביותר", "האם הדף הזה עזר לך?"]),
    ("hi", ["पढ़ने का समय 4 मिनट", "यह खबर सुनें", "सबसे अच्छा उत्तर", "क्या यह पेज उपयोगी था?"]),
    ("ja", ["読了時間 約3分", "この記事は有料会員限定です", "ベストアンサー", "このページは役に立ちましたか？"]),
    ("zh", ["阅读时间：3分钟", "解锁全文", "最佳答案", "此页面对您有帮助吗？", "本文仅代表作者观点"]),
    ("ko", ["기사 듣기", "채택된 답변", "이 페이지가 도움이 되었나요?", "사진 설명을 입력하세요."]),
    ("vi", ["Thời gian đọc 4 phút", "Nghe bài viết", "Câu trả lời hay nhất", "Trang này có hữu ích không?"]),
    ("id", ["Waktu baca 4 menit", "Dengarkan artikel ini", "Jawaban terbaik", "Apakah halaman ini membantu?"]),
    ("th", ["ใช้เวลาอ่าน 4 นาที", "ฟังบทความนี้", "คำตอบที่ดีที่สุด", "หน้านี้มีประโยชน์หรือไม่"]),
]


@kit.each_page(CASES)
def test_pack24_lines_are_cut(lang: str, chrome: list[str]) -> None:
    kit.assert_cut_between(kit.ARTICLE[lang], chrome)


def test_phrases_are_interface_lines() -> None:
    """A few of the pack's phrases by themselves, with the reason the lexicon gives them."""
    kit.assert_line_reasons(
        [
            ("12 min read", "counter"),  # an older phrase with a leading count
            ("Reading time 5 minutes", "counter"),  # "#" inside a whole-line phrase
            ("Lukuaika 7 min", "counter"),
            ("Czas czytania 4 min", "counter"),
            ("Lukuaika 7 minuuttia kahvin kanssa", None),  # "#" stands for a count, nothing more
            ("You have 1 free article left this month", "paywall_notice"),
            ("This is a locked article for subscribers", "paywall_notice"),
            ("▶ Listen", "player_ui"),
            ("Play episode", "player_ui"),
            ("Download (PDF, 1.2 MB)", "share_buttons"),
            ("Report this ad", "widget"),
            ("Similar ads", "related_header"),
            ("Show more replies (8)", "comment_ui"),
            ("Best answer", "comment_ui"),
            ("Share this page", "share_buttons"),
            ("Newest first", "live_ui"),
            ("사진 설명을 입력하세요.", "media_link"),
            ("Ouvir episódio", "player_ui"),
        ]
    )
    # Left out on purpose: one-word headings, a table row, a manual's step, a count the matcher cannot place.
    kit.assert_no_phrase(
        "Answer",
        "Answers",
        "Attachments",
        "Download",
        "Yes | No",
        "Refresh the page",
        "Auto-update",
        "Add a caption",
        "Page 1 of 3",
        "Odpowiedzi",
        "Сортировка",
        "並べ替え",
    )


def test_prefix_and_contained_notices() -> None:
    """Prefix phrases cut a short notice line; a contained phrase cuts the press-release footer."""
    kit.assert_lines_cut_after(
        [
            ("en", "This article was first published in issue 42 of Harbour Weekly."),
            ("en", "This news was imported automatically from the Harbour Weekly feed."),
            ("en", "Have a tip? Write to us at tips@harbourweekly.example"),
            ("en", "Send us your opinion piece at opinion@harbourweekly.example"),
            (
                "en",
                "This is a press release distributed by Wire Example. The issuer is solely responsible for the content of "
                "this announcement.",
            ),
            ("en", "Estimated reading time: 6 minutes"),
        ]
    )


NEGATIVE = [
    (
        "manual",
        "Harbour tools\n"
        "Reading time\n"
        "The reading time of a tide table is the moment its values were taken. Answer the prompts in the setup "
        "dialog, then choose the attachments you want to keep.\n"
        "Sort by date to see the oldest readings first, and download the PDF report from the Export menu. "
        "If you are not logged in, the app shows the public tables only.\n"
        "Page 1 of the report lists the stations; the best answer to most questions about missing values is in "
        "the appendix.",
    ),
    (
        "forum post",
        "I bought a used rowing boat through a classified ad last spring. The seller showed me his phone number "
        "only after I had asked a question about the hull, and I would advise anyone to never send money before "
        "seeing the item.\n"
        "The listing had a report button and a list of similar ads, but I contacted the seller by email instead. "
        "He answered within a day, and the views expressed in his reply were honest about the repairs.",
    ),
    (
        "report",
        "The annual report describes how the library's subscribers read. Most of them listen to the podcast "
        "episodes on the way to work, and a third download the monthly programme as a PDF.\n"
        "Free articles left this month are counted by the reading app, which also shows the reading time of "
        "each title. The article first appeared in our members' magazine, and the opinions in it are the "
        "authors' own.",
    ),
    (
        "bericht",
        "Der Jahresbericht beschreibt, wie die Abonnenten der Bibliothek lesen. Die meisten hören die Folgen des "
        "Podcasts auf dem Weg zur Arbeit, und ein Drittel lädt das Programm als PDF herunter.\n"
        "Die beste Antwort auf die Frage nach den Öffnungszeiten steht im Anhang; die Lesezeit eines Buches "
        "schätzt die App nach der Seitenzahl.",
    ),
]


@kit.each_document(NEGATIVE)
def test_chrome_free_documents_stay(name: str, text: str) -> None:
    kit.assert_kept(text)
