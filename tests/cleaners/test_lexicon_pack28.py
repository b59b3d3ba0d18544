"""Interface pack 28: comment sections and their moderation, galleries and embedded players, social-media embeds and
consent-to-load notices, author and byline furniture, recipe, travel and how-to blog furniture, and the labels of live
centres of sports, elections and markets.

Each page here is invented: an article of three sentences with the site's chrome lines around and between them.
The chrome lines go, every article sentence stays. Chrome-free documents that use the same words as content (a
recipe, a trip checklist, an image viewer's manual, a club's minutes, a README) come out unchanged.
"""

from __future__ import annotations

from tests.cleaners import lexicon_packs as kit

#: (language, chrome lines): one page per case; the chrome is put around and between the article's sentences.
CASES = [
    (
        "en",
        [
            "Be the first to comment on this article",
            "Show 3 replies",
            "This comment has been removed by a moderator",
            "Comments are closed for this article",
        ],
    ),
    ("en", ["Log in to join the discussion", "Top comments", "Your comment is awaiting moderation", "Hide replies"]),
    ("en", ["Next photo", "Open photo gallery", "Swipe for more photos", "View full screen"]),
    (
        "en",
        [
            "Watch later",
            "If playback doesn't begin shortly, try restarting your device.",
            "The video will start in 5 seconds",
            "Tap to play",
        ],
    ),
    ("en", ["Show this thread", "View on Threads", "Read 42 replies", "Click to load the content"]),
    ("en", ["View all posts by this author", "Follow this author", "Email the author", "Read our corrections policy"]),
    (
        "en",
        [
            "Jump to Recipe Print Recipe",
            "This post may contain affiliate links",
            "As an Amazon Associate I earn from qualifying purchases",
            "Click on a star to rate it!",
        ],
    ),
    ("en", ["Live ticker", "Match centre", "Full match report", "Data provided by Opta"]),
    (
        "de",
        [
            "Sei der Erste, der kommentiert",
            "Antworten anzeigen",
            "Dieser Kommentar wurde von der Moderation entfernt",
            "Die Kommentarfunktion ist deaktiviert",
        ],
    ),
    ("de", ["Externer Inhalt", "Externen Inhalt laden", "Zur Bilderstrecke", "Später ansehen"]),
    ("de", ["Alle Artikel der Autorin", "Dieser Beitrag enthält Affiliate-Links", "Zum Liveticker", "Matchcenter"]),
    (
        "fr",
        [
            "Voir les réponses",
            "Ce commentaire a été supprimé par un modérateur",
            "Votre commentaire est en attente de modération",
            "Contenu externe",
        ],
    ),
    (
        "fr",
        ["Photo suivante", "Regarder plus tard", "Cet article contient des liens affiliés", "Voir les compositions"],
    ),
    (
        "es",
        [
            "Aún no hay comentarios",
            "Este comentario ha sido eliminado por un moderador",
            "Contenido externo",
            "Ver alineaciones",
        ],
    ),
    (
        "it",
        [
            "Sii il primo a commentare",
            "Mostra risposte",
            "Questo commento è stato rimosso da un moderatore",
            "I commenti per questo articolo sono chiusi",
        ],
    ),
    (
        "it",
        ["Il tuo commento è in attesa di moderazione", "Accedi per lasciare un commento", "Segnala questo commento"],
    ),
    ("it", ["Foto successiva", "Vai alla fotogallery", "Clicca per ingrandire", "Guarda più tardi"]),
    ("it", ["Contenuto esterno", "Carica contenuto esterno", "Vedi su Instagram", "Mostra questo thread"]),
    (
        "it",
        [
            "Vedi tutti gli articoli dell'autore",
            "Segui questo autore",
            "Questo articolo contiene link di affiliazione",
            "Segui la partita in diretta",
        ],
    ),
    (
        "pl",
        [
            "Skomentuj jako pierwszy",
            "Pokaż odpowiedzi",
            "Ten komentarz został usunięty przez moderatora",
            "Komentarze do tego artykułu zostały wyłączone",
        ],
    ),
    (
        "pl",
        ["Twój komentarz oczekuje na moderację", "Musisz być zalogowany, aby skomentować", "Zgłoś ten komentarz"],
    ),
    ("pl", ["Następne zdjęcie", "Przejdź do galerii zdjęć", "Kliknij, aby powiększyć", "Obejrzyj później"]),
    ("pl", ["Treść zewnętrzna", "Załaduj treść zewnętrzną", "Zobacz ten post na Instagramie", "Pokaż ten wątek"]),
    (
        "pl",
        [
            "Wszystkie artykuły tego autora",
            "Obserwuj tego autora",
            "Ten wpis zawiera linki afiliacyjne",
            "Zobacz składy",
        ],
    ),
    ("pt", ["Ainda não há comentários", "Ver respostas", "Conteúdo externo", "Veja as escalações"]),
    ("nl", ["Plaats als eerste een reactie", "Deze reactie is verwijderd", "Externe content", "Volgende foto"]),
    ("cs", ["Diskuse je uzavřena", "Tento komentář byl smazán", "Externí obsah", "Další fotka"]),
    ("sk", ["Diskusia je uzavretá", "Zobraziť odpovede", "Externý obsah", "Pozrieť neskôr"]),
    ("ro", ["Comentariile sunt dezactivate", "Vezi răspunsurile", "Conținut extern", "Vizionează mai târziu"]),
    ("hu", ["Válaszok megjelenítése", "Törölt hozzászólás", "Külső tartalom", "Megnézem később"]),
    ("sv", ["Kommentarerna är stängda", "Dölj svar", "Externt innehåll", "Titta senare"]),
    ("da", ["Kommentarerne er lukket", "Skjul svar", "Eksternt indhold", "Følg kampen live"]),
    ("no", ["Kommentarene er stengt", "Eksternt innhold", "Følg kampen direkte"]),
    ("fi", ["Kommentit on suljettu", "Piilota vastaukset", "Ulkoinen sisältö", "Katso myöhemmin"]),
    ("ru", ["Комментарий удалён модератором", "Показать ответы", "Внешний контент", "Смотреть позже"]),
    ("uk", ["Коментар видалено модератором", "Показати відповіді", "Зовнішній контент", "Дивитися пізніше"]),
    ("bg", ["Коментарът е изтрит от модератор", "Покажи отговорите", "Външно съдържание", "Гледай по-късно"]),
    ("el", ["Το σχόλιο διαγράφηκε", "Εμφάνιση απαντήσεων", "Εξωτερικό περιεχόμενο", "Επόμενη φωτογραφία"]),
    ("tr", ["Yorumlar kapatılmıştır", "Yanıtları göster", "Harici içerik", "Daha sonra izle"]),
    ("ar", ["تم إغلاق التعليقات", "عرض الردود", "محتوى خارجي", "الصورة التالية"]),
    ("fa", ["نظرات بسته شده است", "نمایش پاسخ‌ها", "محتوای خارجی", "عکس بعدی"]),
    ("he", ["התגובות נסגרו", "הצג תשובות", "תוכן חיצוני", "התמונה הבאה"]),
    ("hi", ["टिप्पणियां बंद हैं", "जवाब देखें", "बाहरी सामग्री", "अगली फोटो"]),
    ("ja", ["コメント受付は終了しました", "返信を表示", "外部コンテンツ", "次の写真"]),
    ("zh", ["评论已关闭", "展开回复", "外部内容", "查看图集"]),
    ("ko", ["삭제된 댓글입니다", "답글 보기", "외부 콘텐츠", "다음 사진"]),
    ("vi", ["Bình luận đã bị khóa", "Xem trả lời", "Nội dung bên ngoài", "Ảnh tiếp theo"]),
    ("id", ["Kolom komentar ditutup", "Lihat balasan", "Konten eksternal", "Foto berikutnya"]),
    ("th", ["ปิดรับความคิดเห็นแล้ว", "เนื้อหาภายนอก", "ดูการตอบกลับ", "รูปถัดไป"]),
    ("ca", ["Els comentaris estan desactivats", "Mostra les respostes", "Contingut extern", "Foto següent"]),
    ("hr", ["Komentiranje je onemogućeno", "Prikaži odgovore", "Vanjski sadržaj", "Sljedeća fotografija"]),
    ("sl", ["Komentiranje je onemogočeno", "Skrij odgovore", "Zunanja vsebina", "Naslednja fotografija"]),
    ("sr", ["Коментарисање је онемогућено", "Прикажи одговоре", "Спољни садржај", "Следећа фотографија"]),
]


@kit.each_page(CASES)
def test_pack28_lines_are_cut(lang: str, chrome: list[str]) -> None:
    kit.assert_cut_between(kit.ARTICLE[lang], chrome)


def test_phrases_have_their_reasons() -> None:
    """A phrase of each theme by itself, with the reason the lexicon gives it."""
    kit.assert_line_reasons(
        [
            # comment sections and their moderation
            ("Show 12 replies", "comment_ui"),  # "#" inside the phrase
            ("Edited 3 hours ago", "comment_ui"),
            ("This comment has been removed by a moderator", "comment_ui"),
            ("Il tuo commento è in attesa di moderazione", "comment_ui"),
            ("Komentarz został usunięty przez moderatora", "comment_ui"),
            ("Log in to join the discussion", "login_prompt"),
            ("Accedi per lasciare un commento", "login_prompt"),
            # galleries and players
            ("Next photo", "media_link"),
            ("Vedi tutte le 24 foto", "media_link"),
            ("If playback doesn’t begin shortly, try restarting your device.", "player_ui"),
            ("Il video inizierà tra 5 secondi", "player_ui"),
            # embeds and consent-to-load notices
            ("Show this thread", "media_link"),
            ("Zobacz ten post na Instagramie", "media_link"),
            ("Externer Inhalt", "cookie_notice"),
            ("Contenuto esterno", "cookie_notice"),
            ("Treść zewnętrzna", "cookie_notice"),
            ("Contenu externe", "cookie_notice"),
            # author furniture
            ("More stories by this author", "related_header"),
            ("Tutti gli articoli di questo autore", "navigation"),
            ("Obserwuj tego autora", "subscribe_prompt"),
            ("Read our ethics policy", "legal_footer"),
            # recipe, travel and how-to blogs
            ("Skip to primary sidebar", "navigation"),
            ("Condividi la ricetta", "share_buttons"),
            ("Hai fatto questa ricetta?", "widget"),
            ("Check prices on Booking.com", "widget"),
            ("As an Amazon Associate, I earn from qualifying purchases", "ad_marker"),
            ("In qualità di Affiliato Amazon, ricevo un guadagno dagli acquisti idonei.", "ad_marker"),
            # live centres
            ("Live ticker", "live_ui"),
            ("Quotes delayed at least 20 minutes", "live_ui"),
            ("Wyniki są aktualizowane automatycznie", "live_ui"),
        ]
    )


#: Left out on purpose: one- and two-word headings of a manual, a report or a form, a checklist's or a how-to's own
#: steps, a document's title, bare questions a README heads a section with, and labels before a count alone.
LEFT_OUT = [
    "Edited",
    "Replies",
    "12 likes",
    "Start the conversation",
    "Guest comment",
    "Next image",
    "Previous image",
    "Keyboard shortcuts",
    "Picture in picture",
    "Switch camera",
    "Turn on sound",
    "Photo gallery",
    "Embedded content",
    "External content",
    "Meet the team",
    "Meet the author",
    "Contact the author",
    "Author profile",
    "Request a correction",
    "Ethics policy",
    "Corrections policy",
    "Affiliate disclosure",
    "Affiliate links",
    "Cook Mode",
    "Nutrition facts",
    "Book your hotel",
    "Check prices",
    "Get your travel insurance",
    "Live results",
    "Line-ups",
    "Results are provisional",
    "Refresh results",
    "All times are UK time",
    "Nächstes Bild",
    "Vollbild anzeigen",
    "Autor kontaktieren",
    "Ergebnisse aktualisieren",
    "Fehler gefunden?",
    "Image suivante",
    "Charger le contenu",
    "Imagen siguiente",
    "¿Has encontrado un error?",
    "Immagine successiva",
    "Hai notato un errore?",
    "Risultati in diretta",
    "Classifica completa",
    "Profilo dell'autore",
    "Znalazłeś błąd?",
    "Zauważyłeś błąd?",
    "Wyniki na żywo",
    "Odśwież wyniki",
    "Pełna tabela",
    "Profil autora",
    "Opnieuw bekijken",
    "Spustit prezentaci",
    "Nästa bild",
    "Se senere",
    "Xem sau",
]


@kit.each_line(LEFT_OUT)
def test_left_out_forms_are_no_phrases(line: str) -> None:
    kit.assert_no_phrase(line)


#: Prefixes left out: they open ordinary sentences, a form's field or a meeting's minutes.
LEFT_OUT_PREFIXES = [
    "A post shared by the ministry on Monday showed the flooded road",
    "Data provided by the national statistics office",
    "Member since 1998",
    "Wohnort: Hamburg",
    "Fecha de registro: 12 de marzo",
    "Wir benötigen Ihre Zustimmung zur Veröffentlichung der Fotos",
]


@kit.each_line(LEFT_OUT_PREFIXES)
def test_left_out_prefixes(line: str) -> None:
    kit.assert_no_prefix(line)


def test_prefixes_cut_their_lines() -> None:
    """Prefix phrases cut a label line with what follows it."""
    kit.assert_lines_cut_after(
        [
            ("en", "Replying to @harbourwatch"),
            ("en", "Posted by @cityhall"),
            ("en", "By loading this content you accept YouTube's privacy policy."),
            ("de", "Mit dem Laden des Inhalts akzeptieren Sie die Datenschutzerklärung von YouTube."),
            ("it", "Iscritto dal: 12/03/2015"),
            ("pl", "Na forum od: 2012"),
        ]
    )


NEGATIVE = [
    (
        "recipe",
        "Lemon barley water\n"
        "Prep Time\n"
        "10 minutes\n"
        "Ingredients\n"
        "100 g pearl barley, 2 lemons, 1.5 litres of water and honey to taste.\n"
        "Method\n"
        "Rinse the barley, simmer it in the water for twenty minutes and strain it. Stir in the zest, the juice and "
        "the honey, and leave it to cool before bottling.\n"
        "Notes\n"
        "Print the recipe card and keep it with the jars; it keeps for three days in the fridge.",
    ),
    (
        "checklist",
        "Before the conference in Lisbon\n"
        "Book your hotel\n"
        "Rooms near the venue fill up early, so reserve one as soon as your travel is approved.\n"
        "Check prices\n"
        "Compare the train and the plane: the night train is often cheaper once the hotel night is counted.\n"
        "Get your travel insurance\n"
        "The university policy covers staff travel, but students need their own.",
    ),
    (
        "manual",
        "Image viewer\n"
        "Keyboard shortcuts\n"
        "The arrow keys move between the files of the folder you opened.\n"
        "Next image\n"
        "Press the right arrow or the space bar.\n"
        "Previous image\n"
        "Press the left arrow or the backspace key.\n"
        "Picture in picture\n"
        "A video file can be kept in a small window while you browse the other files.",
    ),
    (
        "verbale",
        "Verbale dell'assemblea dei soci\n"
        "Risultati in diretta\n"
        "Il gruppo giovani propone di pubblicare i risultati delle gare sul sito durante il torneo di maggio, "
        "aggiornandoli alla fine di ogni partita.\n"
        "Classifica completa\n"
        "La classifica completa sarà appesa in bacheca la domenica sera; il segretario ne invierà copia ai soci.",
    ),
    (
        "protokół",
        "Protokół z zebrania zarządu klubu\n"
        "Składy drużyn\n"
        "Zarząd omówił wyniki sezonu i plan treningów na zimę. Skarbnik przedstawił stan kasy i koszty wynajmu hali.\n"
        "Wyniki na żywo\n"
        "Ustalono, że podczas turnieju wyniki na żywo będzie wpisywać sekretarz, a tablicę obsłuży kapitan drużyny.",
    ),
    (
        "readme",
        "harbourtool\n"
        "A small tool that reads tide tables and writes them as CSV.\n"
        "Fehler gefunden?\n"
        "Bitte öffnen Sie ein Ticket im Repository und beschreiben Sie, welche Datei Sie gelesen haben.\n"
        "Autor kontaktieren\n"
        "Fragen zur Lizenz beantwortet der Autor per E-Mail an die im Paket angegebene Adresse.",
    ),
]


@kit.each_document(NEGATIVE)
def test_chrome_free_documents_stay(name: str, text: str) -> None:
    kit.assert_kept(text)
