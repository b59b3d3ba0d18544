"""Interface pack 35: forum and board furniture, press-wire furniture, live-blog and event buttons, player furniture.

A board's quote headers, permission blocks and statistics lines as phpBB, vBulletin, SMF and XenForo print them
("Code: Select all", "You cannot post new topics in this forum", "Quote from: …", "Zitat von: …", "0 Members and 1
Guest are viewing this topic."), as `comment_ui`; a press wire's fixed lines around a release (PR Newswire's "View
original content:", Business Wire's "View source version on businesswire.com:" and its translation disclaimer, EQS's
"End of Inside Information", APA-OTS's "UNTER AUSSCHLIESSLICHER INHALTLICHER VERANTWORTUNG DES AUSSENDERS"), as
`legal_footer`; a live blog's buttons and closing lines ("Load more entries", "Pinned post", "This live blog has
ended"), as `live_ui`, and an event's buttons ("Download calendar file", "Kup bilety"), as `widget`; a player's
buttons and notices ("Skip ads", "Dieses Video ist in Ihrem Land nicht verfügbar", "Loading player..."), as `player_ui`.

Each page here is invented: an article of three sentences with the furniture around and between them. The furniture
goes, every article sentence stays. Chrome-free documents that use the same words as content (a podcast producer's
notes with "Show notes" and "Chapters", an invitation with "Save the date" and "Event details", a chronicle headed
"Wichtigste Ereignisse", a Finnish library notice headed "Lainaus", a README's "Jump to:" line) come out unchanged.
"""

from __future__ import annotations

import pytest

from tests.cleaners import lexicon_packs as kit

#: (language, furniture): one page per case; the lines are put around and between the article's sentences.
CASES = [
    # forum and board furniture
    (
        "en",
        [
            "Code: Select all",
            "You cannot post new topics in this forum",
            "Display posts from previous: All posts Sort by Post time Ascending",
        ],
    ),
    ("en", ["Author Message", "View previous topic :: View next topic", "Thanked 5 Times in 3 Posts"]),
    ("en", ["Quote from: john_doe on March 03, 2024, 10:15:02 AM", "0 Members and 1 Guest are viewing this topic."]),
    ("de", ["Zitat", "Code: Alles auswählen", "Du darfst keine neuen Themen in diesem Forum erstellen."]),
    ("de", ["Zitat von: Marek_77 am 03. März 2024, 10:15:02", "0 Mitglieder und 2 Gäste betrachten dieses Thema."]),
    ("fr", ["Répondre en citant", "Code : Tout sélectionner", "Vous ne pouvez pas répondre aux sujets dans ce forum"]),
    ("fr", ["Citation de : Marek_77 le 03 mars 2024 à 10:15:02", "Sujet précédent :: Sujet suivant"]),
    ("es", ["Responder citando", "Código: Seleccionar todo", "No puedes responder a temas en este foro"]),
    ("it", ["Rispondi citando", "Codice: Seleziona tutto", "Non puoi rispondere ai messaggi in questo forum"]),
    ("pt", ["Responder com citação", "Código: Selecionar todos", "Você não pode responder aos tópicos neste fórum"]),
    ("nl", ["Citaat", "Code: Selecteer alles", "Je mag geen reacties plaatsen in dit forum"]),
    ("pl", ["Cytat", "Kod: Zaznacz cały", "Nie możesz odpowiadać w tematach w tym forum"]),
    (
        "pl",
        [
            "Autor Wątek: Podłączenie pompy zęzowej (Przeczytany 1234 razy)",
            "0 Użytkowników i 1 Gość przegląda ten wątek.",
        ],
    ),
    ("cs", ["Odpovědět s citací", "Kód: Vybrat vše", "Nemůžete odpovídat v tématech v tomto fóru"]),
    ("ru", ["Цитата", "Код: Выделить всё", "Вы не можете отвечать на сообщения в этом форуме"]),
    (
        "ru",
        [
            "Автор Тема: Подключение трюмной помпы (Прочитано 1234 раз)",
            "Сейчас эту тему просматривают: нет зарегистрированных пользователей и 1 гость",
        ],
    ),
    ("uk", ["Відповісти з цитатою", "Код: Виділити все", "Ви не можете відповідати на повідомлення"]),
    ("sv", ["Svara med citat", "Kod: Markera allt", "Du kan inte svara på ämnen i detta forum"]),
    ("tr", ["Alıntı yaparak cevapla", "Kod: Tümünü seç", "Bu forumda konulara cevap veremezsiniz"]),
    ("ja", ["引用して返信", "コード: 全て選択", "このフォーラムでは返信できません"]),
    ("zh", ["引用回复", "代码：全选", "您不能在这个版面回复主题"]),
    ("ko", ["인용하여 답글", "코드: 모두 선택", "이 포럼에서는 답글을 작성할 수 없습니다"]),
    # live-blog and event furniture
    ("en", ["Load more entries", "Pinned post", "This live blog has ended"]),
    ("en", ["Download calendar file", "More info and tickets", "Refresh the page for the latest updates"]),
    ("de", ["Angepinnter Beitrag", "Dieser Liveticker ist beendet", "Jetzt Tickets sichern"]),
    ("fr", ["Message épinglé", "Ce direct est terminé", "Ajouter à mon agenda"]),
    ("es", ["Publicación fijada", "Este directo ha finalizado", "Añadir al calendario"]),
    ("it", ["Post in evidenza", "La diretta è terminata", "Acquista i biglietti"]),
    ("pl", ["Przypięty wpis", "Relacja na żywo została zakończona", "Kup bilety online"]),
    ("ru", ["Закреплённая запись", "Онлайн-трансляция завершена", "Построить маршрут"]),
    ("nl", ["Vastgepind bericht", "Dit liveblog is beëindigd", "Koop je tickets"]),
    ("da", ["Fastgjort indlæg", "Liveblogen er afsluttet", "Tilføj til Google Kalender"]),
    ("fi", ["Kiinnitetty viesti", "Seuranta on päättynyt", "Lisää Google-kalenteriin"]),
    ("hu", ["Kitűzött bejegyzés", "A percről percre tudósítás véget ért"]),
    ("ja", ["ピン留めされた投稿", "このライブブログは終了しました", "Googleカレンダーに追加"]),
    ("zh", ["置顶帖子", "本次直播已结束", "添加到谷歌日历"]),
    ("ar", ["منشور مثبت", "انتهت التغطية المباشرة"]),
    ("he", ["פוסט נעוץ", "הסיקור החי הסתיים"]),
    # player furniture
    ("en", ["Skip ads", "This video is not available", "Download transcript"]),
    ("de", ["Werbung überspringen", "Dieses Video ist in Ihrem Land nicht verfügbar", "Untertitel einschalten"]),
    ("fr", ["Passer la publicité", "Cette vidéo n'est pas disponible dans votre pays", "Activer les sous-titres"]),
    ("es", ["Saltar anuncio", "Este vídeo no está disponible en tu país", "Activar subtítulos"]),
    ("it", ["Salta la pubblicità", "Questo video non è disponibile nel tuo paese", "Attiva i sottotitoli"]),
    ("pt", ["Pular anúncio", "Este vídeo não está disponível no seu país", "Ativar legendas"]),
    ("pl", ["Pomiń reklamę", "Ten film jest niedostępny w Twoim kraju", "Włącz napisy"]),
    ("cs", ["Přeskočit reklamu", "Toto video není ve vaší zemi dostupné", "Zapnout titulky"]),
    ("ro", ["Omite anunțul", "Acest videoclip nu este disponibil în țara ta", "Activează subtitrările"]),
    ("sv", ["Hoppa över annons", "Den här videon är inte tillgänglig i ditt land", "Slå på undertexter"]),
    ("tr", ["Reklamı atla", "Bu video ülkenizde kullanılamıyor", "Altyazıları aç"]),
    ("el", ["Παράλειψη διαφήμισης", "Αυτό το βίντεο δεν είναι διαθέσιμο στη χώρα σας"]),
    ("bg", ["Пропусни рекламата", "Това видео не е налично във вашата държава"]),
    ("uk", ["Пропустити рекламу", "Це відео недоступне у вашій країні"]),
    ("ko", ["광고 건너뛰기", "이 동영상은 해당 국가에서 볼 수 없습니다"]),
    ("vi", ["Bỏ qua quảng cáo", "Video này không có sẵn ở quốc gia của bạn"]),
    ("id", ["Lewati iklan", "Video ini tidak tersedia di negara Anda"]),
    ("hi", ["विज्ञापन छोड़ें", "यह वीडियो आपके देश में उपलब्ध नहीं है"]),
    ("fa", ["رد کردن آگهی", "این ویدیو در کشور شما در دسترس نیست"]),
    ("lt", ["Praleisti reklamą", "Šis vaizdo įrašas jūsų šalyje nepasiekiamas"]),
    ("kk", ["Жарнаманы өткізіп жіберу", "Бұл бейне сіздің еліңізде қолжетімсіз"]),
    ("sw", ["Ruka tangazo", "Video hii haipatikani katika nchi yako"]),
    ("cy", ["Hepgor yr hysbyseb", "Nid yw'r fideo hwn ar gael yn eich gwlad"]),
    ("is", ["Sleppa auglýsingu", "Þetta myndband er ekki tiltækt í þínu landi"]),
]


@kit.each_page(CASES)
def test_pack35_furniture_is_cut(lang: str, chrome: list[str]) -> None:
    kit.assert_cut_between(kit.ARTICLE[lang], chrome)


def test_each_kind_has_its_reason() -> None:
    kit.assert_reasons(
        {
            "comment_ui": [
                "Code: Select all",
                "Code: Select all Expand view",
                "You cannot vote in polls in this forum",
                "BB code is On",
                "« previous next »",
                "Go to first new post",
                "Zitat",
                "Mit Zitat antworten",
                "Vorheriges Thema anzeigen :: Nächstes Thema anzeigen",
                "Cytat",
                "Цитата",
                "Код: Выделить всё",
                "引用回覆",
                "Klikněte pro rozbalení...",
            ],
            "live_ui": [
                "Load more entries",
                "Pinned post",
                "Angepinnter Beitrag",
                "Ce live est terminé",
                "直播已结束",
            ],
            "widget": [
                "Download calendar file",
                "Zum Kalender hinzufügen",
                "Kup bilety online",
                "立即购票",
            ],
            "player_ui": [
                "Skip ads",
                "Loading player...",
                "Video pausieren",
                "Ten film jest niedostępny w Twoim kraju",
                "お使いのブラウザはaudio要素をサポートしていません。",
                "お使いのブラウザはaudio要素をサポートしていません",
            ],
            "legal_footer": [
                "End of Inside Information",
                "Ende der Insiderinformation",
                "Archiv auf www.eqs-news.com",
            ],
        }
    )


#: (line, reason): prefixes before a name, a date, a count or an address.
PREFIXED = [
    ("Quote from: john_doe on March 03, 2024, 10:15:02 AM", "comment_ui"),
    ("Quote Originally Posted by john_doe View Post", "comment_ui"),
    ("Author Topic: Bilge pump wiring (Read 1234 times)", "comment_ui"),
    ("The Following User Says Thank You to john_doe For This Useful Post:", "comment_ui"),
    ("Zitat von: Marek_77 am 03. März 2024, 10:15:02", "comment_ui"),
    ("Der folgende Benutzer sagt Danke zu Marek_77 für den nützlichen Beitrag:", "comment_ui"),
    ("Citazione da: Marek_77 - 03 Marzo 2024, 10:15:02", "comment_ui"),
    ("Cytat od: Marek_77", "comment_ui"),
    ("Сейчас этот форум просматривают: нет зарегистрированных пользователей и 1 гость", "comment_ui"),
    ("View original content: https://www.prnewswire.com/news-releases/harbour-museum-301234567.html", "legal_footer"),
    ("View original content:https://www.prnewswire.com/news-releases/harbour-museum-301234567.html", "legal_footer"),
    ("Cision View original content: https://www.prnewswire.com/news-releases/x-301234567.html", "legal_footer"),
    (
        "View source version on businesswire.com: https://www.businesswire.com/news/home/20240303005001/en/",
        "legal_footer",
    ),
    ("Originalinhalt anzeigen: https://www.prnewswire.com/de/pressemitteilungen/x-301234567.html", "legal_footer"),
    ("Original-Content von: Hafen Holding AG, übermittelt durch news aktuell", "legal_footer"),
    ("Voir le contenu original : https://www.prnewswire.com/fr/communiques-de-presse/x-301234567.html", "legal_footer"),
    ("Ver contenido original: https://www.prnewswire.com/news-releases/x-301234567.html", "legal_footer"),
    ("Visualizza il contenuto originale: https://www.prnewswire.com/news-releases/x-301234567.html", "legal_footer"),
    ("Zobacz oryginalną treść: https://www.prnewswire.com/news-releases/x-301234567.html", "legal_footer"),
]


@pytest.mark.parametrize(("line", "reason"), PREFIXED, ids=[p[0][:30] for p in PREFIXED])
def test_prefixes_open_their_lines(line: str, reason: str) -> None:
    result = kit.assert_cut_inside(kit.ARTICLE["en"], line, at=2)
    assert [r.reason for r in result.removed] == [reason]


#: A release long enough that its notices hold a small share of its prose (a page whose notices hold half of it
#: keeps them all: the prose guard).
RELEASE = [
    "The Harbour Museum will open a gallery of forty ship models on Saturday, the museum announced on Monday.",
    "The models were built by volunteers over twelve years, and several of them have never been shown in public.",
    "Entry to the gallery is free for children under twelve, and adults pay six euros, as for the museum itself.",
    "The gallery will be open every day but Monday, from ten in the morning until five in the afternoon.",
    "A catalogue of the models, written by the volunteers themselves, will be sold in the museum shop.",
    "School classes can book a guided tour of the gallery by telephone from the first of March.",
    "The museum thanked the harbour board and the city council for their support of the project.",
]

#: (language, the wire's closing lines). A long disclaimer alone is held when the labeller reads it as the page's
#: prose and nothing else on the page vouches for chrome; a wire prints its link or end marker above it.
WIRE = [
    (
        "en",
        [
            "View source version on businesswire.com: https://www.businesswire.com/news/home/20240303005001/en/",
            "The source language text of this announcement is the official, authoritative version. Translations are "
            "provided as an accommodation only, and should be cross-referenced with the source language text, which "
            "is the only version of the text intended to have legal effect.",
        ],
    ),
    (
        "de",
        [
            "Die Ausgangssprache, in der der Originaltext veröffentlicht wird, ist die offizielle und autorisierte "
            "Version. Übersetzungen werden zur besseren Verständigung mitgeliefert. Nur die Sprachversion, die im "
            "Original veröffentlicht wurde, ist rechtsgültig. Gleichen Sie deshalb Übersetzungen mit der originalen "
            "Sprachversion der Veröffentlichung ab.",
            "Ende der Mitteilung EQS News-Service",
        ],
    ),
    (
        "de",
        [
            "*** OTS-ORIGINALTEXT PRESSEAUSSENDUNG UNTER AUSSCHLIESSLICHER INHALTLICHER VERANTWORTUNG DES AUSSENDERS "
            "- WWW.OTS.AT ***",
            "Digitale Pressemappe: http://www.ots.at/pressemappe/12345",
        ],
    ),
    (
        "fr",
        [
            "Consultez la version source sur businesswire.com : "
            "https://www.businesswire.com/news/home/20240303005001/fr/",
            "Le texte du communiqué issu d’une traduction ne doit d’aucune manière être considéré comme officiel. La "
            "seule version du communiqué qui fasse foi est celle du communiqué dans sa langue d’origine. La traduction "
            "devra toujours être confrontée au texte source, qui fera jurisprudence.",
        ],
    ),
    (
        "es",
        [
            "Vea la versión original en businesswire.com: https://www.businesswire.com/news/home/20240303005001/es/",
            "El texto original en el idioma fuente de este comunicado es la versión oficial autorizada. Las "
            "traducciones solo se suministran como adaptación y deben cotejarse con el texto en el idioma fuente, que "
            "es la única versión del texto que tendrá un efecto legal.",
        ],
    ),
    (
        "en",
        [
            "End of Inside Information",
            "The EQS Distribution Services include Regulatory Announcements, "
            "Financial/Corporate News and Press Releases.",
            "Archive at www.eqs-news.com",
        ],
    ),
]


@kit.each_by_lang(("lang", "lines"), WIRE, 20)
def test_wire_furniture_leaves_a_release(lang: str, lines: list[str]) -> None:
    result = kit.assert_cut_after(RELEASE, *lines)
    assert {r.reason for r in result.removed} - {"final_break"} == {"legal_footer"}


#: Left out on purpose (the files' headers say why): one- and two-word lines a manual, a report, an invitation or a
#: podcast producer's notes print alone, headings of a chronicle ("most important events"), dialogue and prose words.
LEFT_OUT = [
    "Citation",
    "Citation:",
    "Post subject",
    "Post new topic",
    "Posting Permissions",
    "Show notes",
    "Episode notes",
    "Chapters",
    "Save the date",
    "Event details",
    "Latest updates",
    "Key event",
    "Captions on",
    "Watch the video",
    "Download video",
    "Lainaus",
    "Wichtigste Ereignisse",
    "Najważniejsze wydarzenia",
    "主な出来事",
    "Temps forts",
    "À suivre",
    "Opnieuw bekijken",
    "Тема закрыта",
    "Palaa alkuun",
    "Kita tema",
    "Önceki bölüm",
    "Routebeschrijving",
    "Vägbeskrivning",
]


@kit.each_line(LEFT_OUT)
def test_left_out_forms_are_no_phrases(line: str) -> None:
    kit.assert_no_phrase(line)


#: Prefixes left out: a label that opens a document's own lines (a quotation's label, a README's anchor row, a
#: record's "last change", a Chinese sentence that opens with "最后由").
LEFT_OUT_PREFIXES = [
    "Jump to: Installation | Usage | License",
    "Cytat: „Litwo! Ojczyzno moja!”",
    "Moderator: Jane Doe, University of Harbourtown",
    "Registered users: 1,204 at the end of the year",
    "Distributed by the Harbour Press in three countries",
    "最后由法院作出判决",
]


@kit.each_line(LEFT_OUT_PREFIXES)
def test_left_out_prefixes_open_no_line(line: str) -> None:
    kit.assert_no_prefix(line)


NEGATIVE = [
    (
        "podcast producer's notes",
        "How we publish an episode\n"
        "Show notes\n"
        "Write two sentences about the guest and list every link mentioned in the conversation.\n"
        "Chapters\n"
        "Add a chapter mark at every change of topic, with a title of five words or fewer.\n"
        "Download video\n"
        "The raw recording stays on the shared drive for thirty days before it is archived.",
    ),
    (
        "invitation",
        "Save the date\n"
        "Our harbour choir turns fifty this spring, and we would love to celebrate with you.\n"
        "Event details\n"
        "The concert starts at seven in the evening in the old fish market hall.\n"
        "Refreshments will be served afterwards in the courtyard.",
    ),
    (
        "German chronicle",
        "Chronik des Hafenvereins\n"
        "Wichtigste Ereignisse\n"
        "Im Jahr 1952 wurde der Verein von zwölf Fischern gegründet.\n"
        "Im Jahr 1978 kaufte er das alte Lotsenhaus am Kai.",
    ),
    (
        "Finnish library notice",
        "Kaupunginkirjaston tiedote\n"
        "Lainaus\n"
        "Kirjoja voi lainata kolme viikkoa kerrallaan, ja lainan voi uusia verkossa.\n"
        "Palautus\n"
        "Kirjat palautetaan pääkirjaston palautusluukkuun.",
    ),
    (
        "README",
        "# harbour-tides\n"
        "Jump to: [Installation](#installation) | [Usage](#usage)\n"
        "A small library that reads tide tables published by the harbour office.\n"
        "## Installation\n"
        "Install it with pip and import it in your project.",
    ),
]


@kit.each_document(NEGATIVE)
def test_chrome_free_documents_stay(name: str, text: str) -> None:
    kit.assert_kept(text)
