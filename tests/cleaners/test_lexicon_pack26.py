"""Interface pack 26: episode and video list headers and player furniture, view counters, accessibility and
page-tool bars, newsletters read in the browser, school, parish, club and municipal site furniture, photo-credit
labels, event and listing widgets, and fact-check links and prompts.

Each page here is invented: an article of three sentences with the site's chrome lines around and between them.
The chrome lines go, every article sentence stays. Chrome-free documents that use the same words as content (a
manual, a forum post written as prose, a school's letter) come out unchanged.
"""

from __future__ import annotations

from tests.cleaners import lexicon_packs as kit

#: (language, chrome lines): one page per case; the chrome is put around and between the article's sentences.
CASES = [
    ("en", ["More episodes", "Subscribe to the podcast", "Viewed 1,234 times", "Show transcript"]),
    ("en", ["Easy Read", "Increase font size", "High contrast version", "Print page"]),
    (
        "en",
        [
            "View this email in your browser",
            "Unsubscribe",
            "Manage your subscription",
            "Add us to your address book",
        ],
    ),
    ("en", ["Back to news", "Parent portal", "News archive", "Give online"]),
    ("en", ["Add to calendar", "Buy tickets", "Get directions", "Show on map", "Submit an event"]),
    ("en", ["How we rate claims", "Send us a claim to check", "Related videos", "Watch more"]),
    ("de", ["Weitere Folgen", "Podcast abonnieren", "1.234 Mal gelesen", "Transkript anzeigen"]),
    ("de", ["Leichte Sprache", "Schrift vergrößern", "Seite drucken", "Im Browser anzeigen"]),
    ("de", ["Zurück zu den Nachrichten", "Jetzt spenden", "Zum Kalender hinzufügen", "Route planen"]),
    ("fr", ["Plus d'épisodes", "Vu 856 fois", "Voir la version en ligne", "Se désinscrire"]),
    ("fr", ["Retour aux actualités", "Faire un don", "Ajouter au calendrier", "Voir sur la carte"]),
    ("es", ["Más episodios", "Visto 300 veces", "Ver en el navegador", "Darse de baja"]),
    ("es", ["Volver a noticias", "Haz un donativo", "Añadir al calendario", "Comprar entradas"]),
    ("it", ["Altri episodi", "Letto 512 volte", "Visualizza nel browser", "Annulla iscrizione"]),
    ("it", ["Torna alle notizie", "Fai una donazione", "Aggiungi al calendario", "Acquista biglietti"]),
    ("pt", ["Mais episódios", "Lido 87 vezes", "Ver no navegador", "Cancelar inscrição"]),
    ("pt", ["Voltar para notícias", "Faça uma doação", "Adicionar ao calendário", "Comprar ingressos"]),
    ("nl", ["Meer afleveringen", "250 keer bekeken", "Bekijk in je browser", "Uitschrijven"]),
    ("nl", ["Terug naar overzicht", "Doneer nu", "Toevoegen aan agenda", "Toon op kaart"]),
    ("pl", ["Więcej odcinków", "Przeczytano 420 razy", "Zobacz w przeglądarce", "Wypisz się"]),
    ("pl", ["Powrót do aktualności", "Wersja dla słabowidzących", "Dodaj do kalendarza", "Kup bilety"]),
    ("cs", ["Další díly", "Přečteno 1234×", "Zobrazit v prohlížeči", "Odhlásit odběr"]),
    ("cs", ["Zpět na aktuality", "Zvětšit písmo", "Přidat do kalendáře", "Zobrazit na mapě"]),
    ("sk", ["Ďalšie diely", "Prečítané 812×", "Zobraziť v prehliadači", "Späť na aktuality"]),
    ("ro", ["Mai multe episoade", "Citit de 95 ori", "Dezabonare", "Adaugă în calendar"]),
    ("hu", ["További epizódok", "Megtekintve 300 alkalommal", "Leiratkozás", "Hozzáadás a naptárhoz"]),
    ("sv", ["Fler avsnitt", "Visad 40 gånger", "Visa i webbläsaren", "Lägg till i kalender"]),
    ("da", ["Flere afsnit", "Vist 52 gange", "Afmeld nyhedsbrev", "Tilføj til kalender"]),
    ("no", ["Flere episoder", "Lest 73 ganger", "Vis i nettleser", "Legg til i kalender"]),
    ("fi", ["Lisää jaksoja", "Luettu 128 kertaa", "Peruuta tilaus", "Lisää kalenteriin"]),
    ("ru", ["Другие выпуски", "Прочитано 15 раз", "Версия для слабовидящих", "Отписаться от рассылки"]),
    ("ru", ["Вернуться к новостям", "Добавить в календарь", "Купить билет", "Показать на карте"]),
    ("uk", ["Інші випуски", "Прочитано 44 разів", "Версія для слабозорих", "Додати до календаря"]),
    ("bg", ["Още епизоди", "Прочетена 300 пъти", "Обратно към новините", "Добави в календара"]),
    ("el", ["Περισσότερα επεισόδια", "Διαβάστηκε 120 φορές", "Απεγγραφή", "Προσθήκη στο ημερολόγιο"]),
    ("tr", ["Diğer bölümler", "1.250 kez okundu", "Abonelikten çık", "Takvime ekle"]),
    ("ar", ["المزيد من الحلقات", "عرض في المتصفح", "إلغاء الاشتراك", "أضف إلى التقويم"]),
    ("fa", ["ویدیوهای مرتبط", "مشاهده در مرورگر", "لغو اشتراک", "افزودن به تقویم"]),
    ("he", ["עוד פרקים", "נצפה 300 פעמים", "הסרה מרשימת התפוצה", "הוספה ליומן"]),
    ("hi", ["500 बार देखा गया", "ब्राउज़र में देखें", "कैलेंडर में जोड़ें", "और एपिसोड"]),
    ("ja", ["他のエピソード", "閲覧数 1,234", "ブラウザで表示", "カレンダーに追加"]),
    ("zh", ["更多节目", "浏览次数：356", "在浏览器中查看", "添加到日历"]),
    ("ko", ["다른 에피소드", "재생수 1,024", "웹에서 보기", "캘린더에 추가"]),
    ("vi", ["Các tập khác", "Đã xem 120 lần", "Xem trên trình duyệt", "Thêm vào lịch"]),
    ("id", ["Episode lainnya", "Dibaca 1.204 kali", "Berhenti berlangganan", "Tambahkan ke kalender"]),
    ("th", ["ตอนอื่นๆ", "เข้าชม 1,234 ครั้ง", "ยกเลิกการรับข่าวสาร", "เพิ่มลงในปฏิทิน"]),
]


@kit.each_page(CASES)
def test_pack26_lines_are_cut(lang: str, chrome: list[str]) -> None:
    kit.assert_cut_between(kit.ARTICLE[lang], chrome)


def test_phrases_are_interface_lines() -> None:
    """A few of the pack's phrases by themselves, with the reason the lexicon gives them."""
    kit.assert_line_reasons(
        [
            ("More episodes", "related_header"),
            ("Related videos", "related_header"),
            ("Download this episode", "player_ui"),
            ("Viewed 12 times", "counter"),  # "#" inside the phrase
            ("1.234 Mal gelesen", "counter"),  # a leading count
            ("Přečteno 1234×", "counter"),
            ("閲覧数 1,234", "counter"),  # a trailing count
            ("Viewed many times", None),  # "#" stands for a count, nothing more
            ("Версия для слабовидящих", "navigation"),
            ("View this email in your browser", "subscribe_prompt"),
            ("Back to overview", "navigation"),
            ("Add to Google Calendar", "widget"),
            ("How we rate claims", "widget"),
            ("Send us a claim to check", "subscribe_prompt"),
            ("ตอนอื่นๆ", "navigation"),  # Thai list headers are not related headings
        ]
    )
    # Left out on purpose: headings a manual, a leaflet or an interview prints alone, language names, counts
    # the matcher cannot place, and bare "become a member" forms.
    kit.assert_no_phrase(
        "Views",
        "1,234 views",
        "Subtitles",
        "Transcript",
        "Full screen",
        "Text size",
        "High contrast",
        "Opening hours",
        "How to find us",
        "Directions",
        "Contact form",
        "Our methodology",
        "Barrierefreiheit",
        "Word vriend",
        "Itinéraire",
        "Cómo llegar",
        "In English",
        "English",
        "Letture",
        "Размер шрифта",
        "文字サイズ",
        "无障碍",
        "오시는 길",
    )


def test_prefix_and_contained_notices() -> None:
    """Prefix phrases cut a short counter or newsletter line; a contained phrase cuts the newsletter footer."""
    kit.assert_lines_cut_after(
        [
            ("en", "Our mailing address is: Harbour Weekly, 4 Quay Street, Portbridge"),
            ("en", "This email was sent to reader@example.org"),
            (
                "en",
                "Want to change how you receive these emails? You can update your preferences or unsubscribe from this list.",
            ),
            ("de", "Sie möchten diesen Newsletter nicht mehr erhalten? Hier abmelden."),
            ("fr", "Vous recevez cet e-mail car vous êtes inscrit à notre lettre d'information."),
            ("es", "Recibes este correo porque te suscribiste a nuestro boletín."),
            ("cs", "Počet přečtení: 1 204"),
            ("id", "Ditonton: 3.400"),
            ("zh", "播放量：12万"),
        ]
    )


def test_credit_labels() -> None:
    """New credit labels open a credit line; a "by" word only with a name after it."""
    kit.assert_lines_cut_after(
        [
            ("el", "Φωτ: Γιώργος Παπαδάκης"),
            ("id", "Foto dok: Humas Pemkot"),
        ]
    )


NEGATIVE = [
    (
        "manual",
        "Video player settings\n"
        "Subtitles\n"
        "To show subtitles, open the settings menu and choose the language you want. The player remembers the "
        "choice, and the transcript of each episode can be downloaded as a text file from the episode page.\n"
        "Full screen\n"
        "Double-click the picture to enter full screen, and press Escape to leave it. Text size and high contrast "
        "are set in the accessibility section of the same menu.",
    ),
    (
        "forum post",
        "Our choir's newsletter went out last week and several members asked me how to unsubscribe. I told them "
        "the link is at the bottom of every email, next to the line that lets you view the email in your browser.\n"
        "Two people also wanted to add the concert to their calendar, so I put the dates on the parish website "
        "and wrote directions from the station for those who come by train.",
    ),
    (
        "school letter",
        "Dear parents,\n"
        "The school's open day is on Saturday. Opening hours are from nine to one, and the parent portal will "
        "show the timetable for each class from Monday.\n"
        "Tickets for the spring concert can be bought at the office. We thank everyone who gave online or at the "
        "door last year; the donations paid for the new music room.\n"
        "How to find us\n"
        "The main entrance is on Mill Road, opposite the library.",
    ),
    (
        "brief",
        "Der Elternbrief erklärt, wie die Schule den Newsletter verschickt. Wer ihn nicht mehr erhalten möchte, "
        "meldet sich über den Link am Ende ab; wer ihn im Browser lesen will, klickt oben auf den Hinweis.\n"
        "Barrierefreiheit\n"
        "Die Website bietet Leichte Sprache und eine größere Schrift an, und die Termine lassen sich in den "
        "eigenen Kalender eintragen.",
    ),
]


@kit.each_document(NEGATIVE)
def test_chrome_free_documents_stay(name: str, text: str) -> None:
    kit.assert_kept(text)
