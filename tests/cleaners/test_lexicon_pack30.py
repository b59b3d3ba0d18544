"""Interface pack 30: site furniture the lexicon covered thinly: public-sector, school and university page furniture
(feedback widgets, page-updated stamps, listen and translate tools, "opens in a new window", file sizes), forum and
Q&A frames (quote and report links, edit stamps, locked-thread notices, accepted answers, helpful counts, rank labels),
sports pages' tab links (never results, names or sentences), event and ticket listings, newsletters read in the browser,
and obituary and guest-book pages.

Each page here is invented: an article of three sentences with the site's furniture around and between them.
The furniture goes, every article sentence stays. Chrome-free documents that use the same words as content (a club's
minutes, an order of service, a policy's own metadata, a report's section headings, a timetable) come out unchanged.
"""

from __future__ import annotations

from tests.cleaners import lexicon_packs as kit

#: (language, furniture): one page per case; the lines are put around and between the article's sentences.
CASES = [
    (
        "en",
        [
            "Is this page useful?",
            "Page last updated: 3 March 2026",
            "Download (PDF, 245 KB)",
            "Opens in a new window",
        ],
    ),
    (
        "en",
        [
            "Quote this post",
            "Edited 3 times in total.",
            "Thread Status: Not open for further replies.",
            "12 people found this helpful",
        ],
    ),
    ("en", ["Share a link to this question", "Improve this answer", "Follow this question", "Well-known member"]),
    ("en", ["View match stats", "Watch the highlights", "See player ratings", "Buy match tickets"]),
    ("en", ["View event details", "More dates", "This event has passed", "Tickets from £15"]),
    (
        "en",
        [
            "View this email online",
            "Was this forwarded to you? Sign up",
            "You are receiving this email because you signed up on our website.",
            "Update email preferences",
        ],
    ),
    ("en", ["Sign the guest book", "Send flowers", "Share a memory", "24 candles lit"]),
    (
        "de",
        [
            "Hat Ihnen diese Seite geholfen?",
            "Öffnet in einem neuen Fenster",
            "PDF-Datei, 312 KB",
            "Seite zuletzt aktualisiert: 03.03.2026",
        ],
    ),
    ("de", ["Mehrfachzitat", "Dieses Thema ist gesperrt.", "Akzeptierte Lösung", "Insgesamt 2-mal bearbeitet."]),
    ("de", ["Zur aktuellen Tabelle", "Jetzt Karten kaufen", "Diese Veranstaltung hat bereits stattgefunden"]),
    ("de", ["Wird dieser Newsletter nicht richtig angezeigt?", "Ins Kondolenzbuch eintragen", "Kondolenz schreiben"]),
    (
        "it",
        [
            "Quanto sono chiare le informazioni su questa pagina?",
            "Vedi azioni",
            "Si apre in una nuova finestra",
            "Ultimo aggiornamento pagina: 3 marzo 2026",
        ],
    ),
    ("it", ["Segnala questo messaggio", "Risposta accettata", "Modificato 2 volte in totale.", "Risposta rapida"]),
    ("it", ["Leggi le pagelle", "Guarda gli highlights", "Vedi tutti gli eventi", "Questo evento è terminato"]),
    ("it", ["Visualizza la newsletter nel browser", "Firma il libro delle condoglianze", "Accendi un lumino"]),
    (
        "pl",
        [
            "Czy ta strona była przydatna?",
            "Otwiera się w nowym oknie",
            "Wytworzył: Anna Nowak",
            "Data udostępnienia: 03.03.2026",
        ],
    ),
    ("pl", ["Zgłoś ten post", "Oznacz jako rozwiązanie", "5 osób uznało to za pomocne", "Szybka odpowiedź"]),
    ("pl", ["Zobacz tabelę", "Obejrzyj skrót meczu", "To wydarzenie już się odbyło", "Zapal wirtualny znicz"]),
    ("pl", ["Wyświetl wiadomość w przeglądarce", "Zaktualizuj swoje preferencje", "Złóż kondolencje"]),
    (
        "fr",
        [
            "Cette page vous a-t-elle aidé ?",
            "S'ouvre dans une nouvelle fenêtre",
            "PDF - 245 Ko",
            "Page mise à jour le 3 mars 2026",
        ],
    ),
    ("fr", ["Signaler ce message", "Marquer comme solution", "12 personnes ont trouvé cela utile"]),
    ("fr", ["Voir le classement", "Cet événement est terminé", "Signer le registre de condoléances"]),
    ("es", ["¿Te ha resultado útil esta página?", "Se abre en una ventana nueva", "Marcar como solución"]),
    ("es", ["Ver clasificación", "Ver todos los eventos", "Reenviar a un amigo", "Firmar el libro de condolencias"]),
    ("pt", ["Esta página foi útil?", "Abre numa nova janela", "Marcar como solução", "Veja os melhores momentos"]),
    ("nl", ["Heeft deze informatie u geholpen?", "Opent in een nieuw venster", "Topicstarter", "Bekijk de stand"]),
    ("nl", ["PDF document | 12 pagina's | 345 kB", "Bekijk alle evenementen", "Condoleance plaatsen"]),
    (
        "cs",
        ["Byla pro vás tato stránka užitečná?", "Nahlásit příspěvek", "Zobrazit tabulku", "Zapálit virtuální svíčku"],
    ),
    ("sk", ["Bola pre vás táto stránka užitočná?", "Nahlásiť príspevok", "Zobraziť tabuľku", "Zdieľať podujatie"]),
    ("ro", ["A fost utilă această pagină?", "Marchează ca soluție", "Vezi clasamentul", "Vezi în browser"]),
    ("hu", ["Hasznos volt ez az oldal?", "Új ablakban nyílik meg", "Elfogadott válasz", "Vissza az eseményekhez"]),
    ("sv", ["Var den här sidan till hjälp?", "Öppnas i nytt fönster", "Trådstartare", "Skriv i minnesboken"]),
    ("da", ["Var denne side nyttig?", "Åbner i nyt vindue", "Markér som løsning", "Se stillingen"]),
    ("no", ["Var denne siden nyttig?", "Åpnes i nytt vindu", "Merk som løsning", "Se hele tabellen"]),
    ("fi", ["Oliko tästä sivusta apua?", "Avautuu uuteen ikkunaan", "Hyväksytty vastaus", "Katso sarjataulukko"]),
    ("ru", ["Была ли эта страница полезной?", "Откроется в новом окне", "Отметить как решение", "Смотреть голы"]),
    ("uk", ["Чи була ця сторінка корисною?", "Відкриється в новому вікні", "Позначити як рішення"]),
    ("bg", ["Беше ли полезна тази страница?", "Отваря се в нов прозорец", "Маркирай като решение"]),
    ("el", ["Ήταν χρήσιμη αυτή η σελίδα;", "Ανοίγει σε νέο παράθυρο", "Σήμανση ως λύση"]),
    ("tr", ["Bu sayfa faydalı oldu mu?", "Yeni pencerede açılır", "Çözüm olarak işaretle", "Golleri izle"]),
    ("ar", ["هل كانت هذه الصفحة مفيدة؟", "يفتح في نافذة جديدة", "شاهد الأهداف"]),
    ("fa", ["آیا این صفحه مفید بود؟", "بازگشت به بالای صفحه", "پاسخ سریع"]),
    ("he", ["האם המידע עזר לך?", "נפתח בחלון חדש", "סמן כפתרון"]),
    ("hi", ["क्या यह जानकारी उपयोगी थी?", "नई विंडो में खुलता है", "हाइलाइट्स देखें"]),
    ("ja", ["このページの情報は見つけやすかったですか？", "新しいウィンドウで開きます", "順位表を見る"]),
    ("zh", ["我要纠错", "【打印本页】【关闭窗口】", "扫一扫在手机打开当前页"]),
    ("ko", ["이 페이지에서 제공하는 정보에 대하여 만족하십니까?", "새창 열림", "하이라이트 보기"]),
    ("vi", ["Trang này có hữu ích không?", "Mở trong cửa sổ mới", "Xem bảng xếp hạng"]),
    ("id", ["Apakah halaman ini membantu?", "Terbuka di jendela baru", "Tandai sebagai solusi", "Lihat klasemen"]),
    ("th", ["หน้านี้มีประโยชน์หรือไม่", "เปิดในหน้าต่างใหม่", "ดูตารางคะแนน"]),
    ("ca", ["Us ha resultat útil aquesta pàgina?", "S'obre en una finestra nova", "Consulta la classificació"]),
    ("hr", ["Je li vam ova stranica bila korisna?", "Otvara se u novom prozoru", "Označi kao rješenje"]),
    ("sl", ["Je bila ta stran koristna?", "Odpre se v novem oknu", "Označi kot rešitev"]),
    ("sr", ["Да ли вам је ова страница била корисна?", "Отвара се у новом прозору", "Означи као решење"]),
]


@kit.each_page(CASES)
def test_pack30_furniture_is_cut(lang: str, chrome: list[str]) -> None:
    kit.assert_cut_between(kit.ARTICLE[lang], chrome)


def test_furniture_has_its_reasons() -> None:
    """A line of each theme by itself, with the reason the lexicon gives it."""
    # public-sector pages
    kit.assert_prefix("Page last reviewed: 3 March 2026")
    kit.assert_line_reasons(
        [
            ("Quanto sono chiare le informazioni su questa pagina?", "widget"),
            ("PDF, 245 KB", "share_buttons"),
            ("Si apre in una nuova finestra", "navigation"),
            ("Vorlesen mit ReadSpeaker", "navigation"),
            # forum and Q&A frames
            ("Edited 2 times in total.", "counter"),
            ("5 osób uznało to za pomocne", "counter"),
            ("A 12 personas les ha parecido esto útil", "counter"),
            ("Not open for further replies.", "comment_ui"),
            ("Eine Person fand diese Informationen hilfreich", "counter"),
            ("Contrassegna come soluzione", "comment_ui"),
            # sports tab links
            ("Leggi le pagelle", "live_ui"),
            ("Zobacz oceny piłkarzy", "live_ui"),
            # event listings
            ("Diese Veranstaltung ist bereits vorbei", "widget"),
            ("Bilety od 40 zł", "widget"),
            # newsletters in the browser
            ("Ti hanno inoltrato questa newsletter? Iscriviti qui", "subscribe_prompt"),
            ("Wird dieser Newsletter nicht richtig angezeigt?", "subscribe_prompt"),
            # obituary pages
            ("Zapalono 12 zniczy", "widget"),
            ("Lascia un messaggio di cordoglio", "widget"),
        ]
    )


def test_prefixes_cut_their_lines() -> None:
    """Prefix furniture cuts a line with what follows its fixed opening (a date, a name, an address, a reason)."""
    kit.assert_lines_cut_after(
        [
            ("en", "This page was last reviewed on 3 March 2026"),
            ("en", "Reason for editing: typo"),
            ("en", "You're receiving this newsletter because you subscribed at harbourweekly.example"),
            ("de", "Zuletzt geändert von Harbour am 3. März 2026, 10:12"),
            ("de", "Sie erhalten diesen Newsletter, weil Sie sich auf unserer Website angemeldet haben."),
            ("it", "Motivo della modifica: refuso"),
            ("it", "Questa newsletter è stata inviata a mario@esempio.it"),
            ("pl", "Ostatnio zmieniony przez admin, 3 mar 2026, 10:12"),
            ("pl", "Data wytworzenia: 2026-03-03"),
            ("fr", "Raison de la modification : faute de frappe"),
            ("es", "Última edición por Juan el 3 mar 2026, 10:12"),
            ("sv", "Sidansvarig: Anna Svensson"),
            ("zh", "本帖最后由 harbour 于 2026-3-3 10:12 编辑"),
        ]
    )


#: Left out on purpose: bare labels a report, a manual, a programme or a club's minutes prints alone, a rite's
#: and an invitation's lines, a leaflet's headings, dialogue, a wiki's section headings and a timetable's line.
LEFT_OUT = [
    "Standings",
    "Fixtures",
    "Table",
    "Full-time",
    "Half-time",
    "Kick-off",
    "Team news",
    "Player ratings",
    "Match report",
    "Head to head",
    "Highlights",
    "Free entry",
    "Event details",
    "Obituary",
    "Condolences",
    "In lieu of flowers",
    "Light a candle",
    "Register now",
    "On this page",
    "Alternative formats",
    "Easy read version",
    "Next review due",
    "What went wrong?",
    "Me too",
    "Solved!",
    "Yes No",
    "Level 1",
    "Super User",
    "New member",
    "All times are UTC",
    "Tabelle",
    "Spielplan",
    "Zur Statistik",
    "Zu den Ergebnissen",
    "Ansprechpartner",
    "Kerze anzünden",
    "Classifica",
    "Le pagelle",
    "Probabili formazioni",
    "Discussione chiusa",
    "Accendi una candela",
    "Zapal znicz",
    "Oceny piłkarzy",
    "Twoja odpowiedź",
    "Allumer une bougie",
    "Présenter ses condoléances",
    "Dar el pésame",
    "Onderwerp gesloten",
    "Tänd ett ljus",
    "Katso maalit",
    "Турнирная таблица",
    "Мероприятие завершено",
    "外部リンク",
    "Liên kết ngoài",
]


@kit.each_line(LEFT_OUT)
def test_left_out_forms_are_no_phrases(line: str) -> None:
    kit.assert_no_phrase(line)


#: Prefixes left out: they open a policy's or a document's own metadata, a book's credit or an ordinary sentence.
LEFT_OUT_PREFIXES = [
    "Next review due: March 2027",
    "Last reviewed and updated: March 2026",
    "Edited by Margaret Hale and John Thornton",
    "You are subscribed to the minutes mailing list by default.",
    "If you no longer wish to receive marketing messages, write to the data officer.",
    "To unsubscribe from the list, send a message to the secretary.",
    "Zuletzt geprüft: März 2026",
    "Ultima modifica: 3 marzo 2026",
    "Ostatnia modyfikacja: 3 marca 2026",
    "Édité par Gallimard en 1947",
    "Naposledy upraveno 3. 3. 2026",
    "Senast granskad: 2026-03-03",
]


@kit.each_line(LEFT_OUT_PREFIXES)
def test_left_out_prefixes(line: str) -> None:
    kit.assert_no_prefix(line)


NEGATIVE = [
    (
        "order of service",
        "Order of service for Margaret Hale\n"
        "Light a candle\n"
        "The congregation is invited to come forward and light a candle in memory of those we have lost.\n"
        "In lieu of flowers\n"
        "The family asks that donations be made to the hospice that cared for her.",
    ),
    (
        "policy",
        "Safeguarding policy of Harbour Primary School\n"
        "Last reviewed and updated: March 2026\n"
        "Next review due: March 2027\n"
        "This policy applies to all staff, volunteers and governors of the school.",
    ),
    (
        "club report",
        "Annual report of the harbour football club\n"
        "Player ratings\n"
        "The coaches no longer publish ratings after each match, as the committee agreed in May.\n"
        "Team news\n"
        "Two young players from the academy joined the first team this season.",
    ),
    (
        "report headings",
        "Jahresbericht der Stadtbibliothek\n"
        "Zur Statistik\n"
        "Die Zahl der Besucher stieg im Vergleich zum Vorjahr um zwölf Prozent.\n"
        "Zu den Ergebnissen\n"
        "Die Umfrage zeigt eine hohe Zufriedenheit mit den neuen Öffnungszeiten.",
    ),
    (
        "timetable",
        "Ferry timetable for the summer season\n"
        "All times are UTC\n"
        "The first ferry leaves the harbour at six in the morning and the last at ten at night.",
    ),
    (
        "memorial article",
        "Wszystkich Świętych w naszym mieście\n"
        "Zapal znicz\n"
        "W sobotę tysiące mieszkańców odwiedziły cmentarz komunalny i groby bliskich.",
    ),
]


@kit.each_document(NEGATIVE)
def test_chrome_free_documents_stay(name: str, text: str) -> None:
    kit.assert_kept(text)
