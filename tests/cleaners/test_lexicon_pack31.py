"""Interface pack 31: site furniture the lexicon covered thinly: metered paywalls and subscription walls ("This is
your last free article", "Cancel anytime", "Try # days free"), counts and empty states spelled out in words ("One
comment", "No replies yet", "Be the first to review", Arabic and Hebrew duals), messenger, app and Google pitches
("Join our WhatsApp community", "Add us as a preferred source on Google", "Download our free app"), generic image
credits that credit no one ("courtesy photo", "archivio personale", "dok. pribadi") and credit labels, relative stamps
bound to their verb ("Updated # hours ago", "Aggiornato # ore fa") and reading times, and newsroom and footer links
("Contact the newsroom", "Advertise with us", "Polityka prywatności").

Each page here is invented: an article of three sentences with the site's furniture around and between them.
The furniture goes, every article sentence stays. Chrome-free documents that use the same words as content (a date
library's README, a quiz, a survey's table, a manual's heading, a company's own pages) come out unchanged.
"""

from __future__ import annotations

from tests.cleaners import lexicon_packs as kit

#: (language, furniture): one page per case; the lines are put around and between the article's sentences.
CASES = [
    (
        "en",
        [
            "This is your last free article this month",
            "You've used all your free articles this month",
            "Get unlimited digital access",
            "Cancel anytime",
        ],
    ),
    ("en", ["Try 30 days free", "Already subscribed? Sign in", "Create a free account to read this article"]),
    ("en", ["One comment", "No replies yet", "Be the first to review", "Liked by 12 people"]),
    (
        "en",
        [
            "Updated 3 hours ago",
            "Join our WhatsApp community",
            "Add us as a preferred source on Google",
            "Download our free app",
        ],
    ),
    ("en", ["Contact the newsroom", "Advertise with us", "Privacy and cookies", "Do not sell my info"]),
    (
        "it",
        [
            "Questo è il tuo ultimo articolo gratuito",
            "Hai raggiunto il limite di articoli gratuiti",
            "Accesso illimitato a tutti i contenuti",
            "Disdici quando vuoi",
        ],
    ),
    ("it", ["Ti resta 1 articolo gratuito questo mese", "Prova gratis per 30 giorni", "Già abbonato? Accedi qui"]),
    ("it", ["Sii il primo a recensire", "Piace a 12 persone", "Aggiornato 3 ore fa", "Leggi in 4 minuti"]),
    (
        "it",
        [
            "Segui il nostro canale WhatsApp",
            "Aggiungici come fonte preferita su Google",
            "Scarica l'app gratuita",
            "Termini di utilizzo",
        ],
    ),
    (
        "pl",
        [
            "To Twój ostatni darmowy artykuł",
            "Wykorzystałeś limit darmowych artykułów",
            "Uzyskaj nieograniczony dostęp",
            "Anuluj w dowolnym momencie",
        ],
    ),
    ("pl", ["Jeden komentarz", "Nie ma jeszcze komentarzy", "Lubi to 12 osób", "Zaktualizowano 3 godziny temu"]),
    (
        "pl",
        [
            "Obserwuj nas w Wiadomościach Google",
            "Pobierz darmową aplikację",
            "Kontakt z redakcją",
            "Polityka prywatności",
        ],
    ),
    (
        "de",
        [
            "Dies ist Ihr letzter kostenloser Artikel",
            "Sie haben das Limit an kostenlosen Artikeln erreicht",
            "Jederzeit kündbar",
            "1 Monat gratis testen",
        ],
    ),
    (
        "de",
        ["Noch keine Antworten", "Aktualisiert vor 3 Stunden", "Folge uns bei Google News", "Kontakt zur Redaktion"],
    ),
    ("fr", ["Ceci est votre dernier article gratuit", "Résiliable à tout moment", "Mis à jour il y a 3 heures"]),
    ("fr", ["Il n'y a pas encore de commentaire", "Recevez nos infos sur WhatsApp", "Contacter la rédaction"]),
    ("es", ["Este es tu último artículo gratuito", "Obtén acceso ilimitado", "Actualizado hace 3 horas"]),
    ("es", ["Aún no hay respuestas", "Recibe nuestras noticias en WhatsApp", "Anúnciate con nosotros"]),
    ("pt", ["Você atingiu o limite de matérias gratuitas", "Cancele quando quiser", "Atualizado há 3 horas"]),
    ("pt", ["Ainda não há respostas", "Junte-se ao nosso canal no WhatsApp", "Anuncie conosco"]),
    ("nl", ["Dit is je laatste gratis artikel", "Altijd opzegbaar", "Bijgewerkt 3 uur geleden", "Eén reactie"]),
    ("cs", ["Toto je váš poslední článek zdarma", "Jeden komentář", "Aktualizováno před 3 hodinami"]),
    ("sk", ["Toto je váš posledný článok zadarmo", "Jeden komentár", "Stiahnite si našu aplikáciu zadarmo"]),
    ("ro", ["Ai atins limita de articole gratuite", "Fii primul care răspunde", "Urmăriți-ne pe Telegram"]),
    ("hu", ["Ez az utolsó ingyenes cikked", "Egy hozzászólás", "Frissítve 3 órája"]),
    ("sv", ["Det här är din sista gratisartikel", "Avsluta när du vill", "Uppdaterad för 3 timmar sedan"]),
    ("da", ["Dette er din sidste gratis artikel", "Opsig når som helst", "Opdateret for 3 timer siden"]),
    ("no", ["Dette er din siste gratisartikkel", "Avslutt når du vil", "Oppdatert for 3 timer siden"]),
    ("fi", ["Tämä on viimeinen ilmainen artikkelisi", "Voit perua milloin tahansa", "Päivitetty 3 tuntia sitten"]),
    ("ru", ["Это ваша последняя бесплатная статья", "Отменить можно в любой момент", "Обновлено 3 часа назад"]),
    ("uk", ["Це ваша остання безкоштовна стаття", "Один коментар", "Оновлено 3 години тому"]),
    ("bg", ["Това е последната ви безплатна статия", "Един коментар", "Обновено преди 3 часа"]),
    ("el", ["Αυτό είναι το τελευταίο δωρεάν άρθρο σας", "Ακολουθήστε μας στο Viber", "Ενημερώθηκε πριν 3 ώρες"]),
    ("tr", ["Bu sizin son ücretsiz makaleniz", "Henüz yanıt yok", "3 saat önce güncellendi"]),
    ("ar", ["هذه آخر مقالة مجانية لك", "تعليقان", "تم التحديث منذ ساعتين", "تابعنا على واتساب"]),
    ("fa", ["این آخرین مقاله رایگان شماست", "هنوز پاسخی ثبت نشده است", "ما را در ایتا دنبال کنید"]),
    ("he", ["זו הכתבה החינמית האחרונה שלך", "שתי תגובות", "עודכן לפני שעתיים", "הצטרפו לקבוצת הוואטסאפ שלנו"]),
    ("hi", ["यह आपका आखिरी मुफ्त लेख है", "अभी कोई टिप्पणी नहीं", "हमारा व्हाट्सएप चैनल फॉलो करें"]),
    ("ja", ["無料で読める記事の上限に達しました", "まだコメントはありません", "LINE公式アカウントを友だち追加"]),
    ("zh", ["您的免费阅读次数已用完", "还没有评论，快来抢沙发吧", "扫码关注公众号"]),
    ("ko", ["무료 기사 열람 한도에 도달했습니다", "첫 댓글을 남겨보세요", "카카오톡 채널 추가하기"]),
    ("vi", ["Đây là bài viết miễn phí cuối cùng của bạn", "Một bình luận", "Theo dõi kênh Zalo"]),
    ("id", ["Ini adalah artikel gratis terakhir Anda", "Satu komentar", "Diperbarui 3 jam yang lalu"]),
    ("th", ["สมัครสมาชิกเพื่ออ่านต่อ", "ยังไม่มีความคิดเห็นในขณะนี้", "เพิ่มเพื่อนใน LINE"]),
    ("ca", ["Aquest és el teu últim article gratuït", "Encara no hi ha respostes", "Actualitzat fa 3 hores"]),
    ("hr", ["Ovo je vaš posljednji besplatni članak", "Jedan komentar", "Pridružite se našoj Viber zajednici"]),
    ("sl", ["To je vaš zadnji brezplačni članek", "Še ni odgovorov", "Posodobljeno pred 3 urami"]),
    ("sr", ["Ово је ваш последњи бесплатни чланак", "Један коментар", "Придружите се нашој Вајбер заједници"]),
]


@kit.each_page(CASES)
def test_pack31_furniture_is_cut(lang: str, chrome: list[str]) -> None:
    kit.assert_cut_between(kit.ARTICLE[lang], chrome)


def test_furniture_has_its_reasons() -> None:
    """A line of each theme by itself, with the reason the lexicon gives it."""
    kit.assert_line_reasons(
        [
            # paywalls
            ("You’ve used all your free articles this month", "paywall_notice"),
            ("Ti restano 2 articoli gratuiti", "paywall_notice"),
            ("Pozostał Ci 1 darmowy artykuł w tym miesiącu", "paywall_notice"),
            ("C'est votre dernier article gratuit ce mois-ci", "paywall_notice"),
            # counts and empty states in words
            ("One comment", "comment_ui"),
            ("תגובה אחת", "comment_ui"),
            ("تعليق واحد", "comment_ui"),
            ("Non ci sono ancora recensioni", "widget"),
            ("Liked by 40 people", "counter"),
            # relative stamps and reading times
            ("Published 20 minutes ago", "counter"),
            ("Opublikowano 5 minut temu", "counter"),
            ("Publié il y a 2 heures", "counter"),
            ("Read in 4 minutes", "counter"),
            # messenger, app and Google pitches
            ("Add us as a preferred source on Google", "subscribe_prompt"),
            ("Obserwuj nas w Wiadomościach Google", "subscribe_prompt"),
            ("Scarica l'app gratuita", "app_promo"),
            # newsroom and footer links
            ("Contatti della redazione", "navigation"),
            ("Polityka prywatności i cookies", "legal_footer"),
        ]
    )


def test_prefixes_cut_their_lines() -> None:
    """A WordPress comment header cuts its line with the post's title in quotation marks after it."""
    kit.assert_lines_cut_after(
        [
            ("en", "One comment on “New harbour library opens”"),
            ("it", "Un commento su “La nuova biblioteca del porto”"),
            ("pl", "Jeden komentarz do “Nowa biblioteka w porcie”"),
            ("es", "Un comentario en «La nueva biblioteca del puerto»"),
            ("nl", "Eén reactie op “Nieuwe bibliotheek in de haven”"),
            ("ru", "Один комментарий к «Новая библиотека в порту»"),
        ]
    )


#: Left out: the "reply to", "answer to" and "a thought on" headers, which are also an essay's or a letter's title.
LEFT_OUT_PREFIXES = [
    "One Response to “The Road Not Taken”",
    "Une réponse à « Qu'est-ce que les Lumières ? »",
    "Une réflexion sur « La Peste » de Camus",
    "Una respuesta a «La rebelión de las masas»",
    "Ein Gedanke zu „Freiheit“",
    "Eine Antwort auf „Was ist Aufklärung?“",
    "Jedna odpowiedź na „List do młodych”",
]


@kit.each_line(LEFT_OUT_PREFIXES)
def test_left_out_prefixes(line: str) -> None:
    kit.assert_no_prefix(line)


#: (language, a credit line of the pack): a generic value after a label, a new label, or a courtesy opener.
CREDITS = [
    ("en", "Photo: courtesy photo"),
    ("en", "Photo: Submitted"),
    ("en", "Lead image: Jane Doe"),
    ("en", "Picture courtesy of Jane Doe"),
    ("it", "Foto: archivio personale"),
    ("it", "Crediti foto: Mario Rossi"),
    ("pl", "Fot. archiwum prywatne"),
    ("pl", "Źródło zdjęć: Jan Kowalski"),
    ("de", "Foto: Familienarchiv"),
    ("de", "Bildnachweis: Anna Schmidt"),
    ("fr", "Photo : archives personnelles"),
    ("es", "Foto: archivo familiar"),
    ("pt", "Foto: acervo pessoal"),
    ("ru", "Фото: из личного архива"),
    ("id", "Foto: dok. pribadi"),
    ("zh", "图片来自：受访者供图"),
]


@kit.each_by_lang(("lang", "line"), CREDITS, 20)
def test_credit_lines_are_cut(lang: str, line: str) -> None:
    kit.assert_cut_before(kit.ARTICLE[lang], line)


def test_generic_credits_of_two_words_stand_alone() -> None:
    """A generic value of two words or more is a credit alone on its line; "Archive" alone heads a section."""
    for lang, line in [("en", "Courtesy photo"), ("it", "Archivio personale"), ("ar", "صورة مولدة بالذكاء الاصطناعي")]:
        kit.assert_cut_before(kit.ARTICLE[lang], line)


#: Left out on purpose: bare relative stamps (a date library's README prints them), a quiz's, a survey's or a story's
#: lines, a company's, a book's or a manual's headings, and the article-made "one" forms.
LEFT_OUT = [
    "3 seconds ago",
    "5 minutes ago",
    "3 days ago",
    "2 years ago",
    "Just now",
    "An hour ago",
    "About us",
    "Our team",
    "Imprint",
    "Masthead",
    "Careers",
    "Work with us",
    "Customer service",
    "Editorial policy",
    "Comment policy",
    "Community guidelines",
    "Get alerts",
    "No replies",
    "One reply",
    "One response",
    "12 shares",
    "12 likes",
    "Screen capture",
    "Press photo",
    "Family photo",
    "Chi siamo",
    "Lavora con noi",
    "Un commento",
    "3 ore fa",
    "Un'ora fa",
    "O nas",
    "Kariera",
    "Regulamin",
    "Brak odpowiedzi",
    "Brak ocen",
    "5 minut temu",
    "Przed chwilą",
    "Über uns",
    "Unser Team",
    "Datenschutz",
    "Ein Kommentar",
    "Eine Antwort",
    "Keine Antworten",
    "Vor 3 Stunden",
    "Vor wenigen Minuten",
    "Monatlich kündbar",
    "Qui sommes-nous ?",
    "Il y a 3 heures",
    "Aucune réponse",
    "Quiénes somos",
    "Hace 3 horas",
    "Sin respuestas",
    "Quem somos",
    "Há 3 dias",
    "Over ons",
    "3 uur geleden",
    "Bir yorum",
    "Sınırsız erişim",
    "Aydınlatma Metni",
    "حریم خصوصی",
    "版权声明",
    "立即下载",
    "Mạng xã hội",
    "Tangkapan layar",
]


@kit.each_line(LEFT_OUT)
def test_left_out_forms_are_no_phrases(line: str) -> None:
    kit.assert_no_phrase(line)


NEGATIVE = [
    (
        "date library README",
        "Relative times for humans\n"
        "The library turns a timestamp into words a reader understands at a glance.\n"
        "'3 seconds ago'\n"
        "'5 minutes ago'\n"
        "It supports more than forty languages and needs no configuration.",
    ),
    (
        "company page",
        "Harbour Tools Ltd annual review\n"
        "About us\n"
        "We build pumps for small harbours and have done so since 1962.\n"
        "Our team\n"
        "Forty engineers work at the two sites, most of them trained in our own workshop.\n"
        "Work with us\n"
        "We hire apprentices every September and publish the openings in the local paper.",
    ),
    (
        "survey table",
        "Ergebnisse der Umfrage unter den Eltern\n"
        "Keine Antworten\n"
        "Von den 120 verschickten Bögen kamen aus der dritten Klasse keine zurück.\n"
        "Brak odpowiedzi\n"
        "Die polnischsprachigen Bögen wurden getrennt ausgewertet.",
    ),
    (
        "manual",
        "Guida rapida alla fotocamera del porto\n"
        "Screen capture\n"
        "Premete insieme i due tasti laterali per salvare l'immagine dello schermo.\n"
        "Un commento\n"
        "La funzione è disponibile solo con il firmware aggiornato.",
    ),
]


@kit.each_document(NEGATIVE)
def test_chrome_free_documents_stay(name: str, text: str) -> None:
    kit.assert_kept(text)
