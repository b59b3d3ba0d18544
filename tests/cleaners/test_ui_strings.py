from __future__ import annotations

import pytest

import boilerstrip
from boilerstrip.cleaners import ReadMoreTails, UiStrings
from boilerstrip.cleaners.ui_strings import classify_line
from boilerstrip.document import Document
from boilerstrip.errors import ConfigError
from boilerstrip.rules.lexicon import load_lexicon
from boilerstrip.testing import check_cleaner, cuts

P = "The council approved the budget on Tuesday after a long debate."


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Advertisement", "ad_marker"),
        ("Publicidad", "ad_marker"),
        ("مساحة إعلانية", "ad_marker"),
        ("To participate in the discussion", "login_prompt"),
        ("Tartışmaya katılmak için", "login_prompt"),
        ("Подписаться", "subscribe_prompt"),
        ("关注", "subscribe_prompt"),
        ("Facebook Twitter WhatsApp E-mail", "share_buttons"),
        ("Partager : Facebook Twitter LinkedIn E-mail", "share_buttons"),
        ("Home > World > Europe", "navigation"),
        ("5312 просмотров", "counter"),
        ("9.4K views 09:41", "counter"),
        ("Lesezeit: 4 Minuten", "counter"),
        ("Article réservé à nos abonnés", "paywall_notice"),
        ("Questo sito utilizza cookie tecnici. Accetta cookie", "cookie_notice"),
        ("Riproduzione riservata © Copyright ANSA", "legal_footer"),
        ("© 2024 AFP", "legal_footer"),
        ("Ascolta la versione audio dell’articolo", "player_ui"),
    ],
)
def test_interface_lines(line: str, reason: str) -> None:
    assert cuts(f"{P}\n{line}\n{P}", UiStrings()) == [(reason, line + "\n")]


def test_glued_read_more_keeps_the_sentence() -> None:
    text = "Od początku maja spadło zaledwie 18 milimetrów deszczu.czytaj dalej"
    assert cuts(text, ReadMoreTails()) == [("read_more", "czytaj dalej")]
    assert cuts("Children should read more", ReadMoreTails()) == []
    assert cuts("Officials fear the virus could spread more", ReadMoreTails()) == []
    assert cuts("AdvertisementRead more", ReadMoreTails()) == [("read_more_line", "AdvertisementRead more")]


def test_tags_under_a_header() -> None:
    text = f"{P}\nThemen\nBerlin\nSchulen\ndpa-infocom, dpa:231207-99-215473/4"
    found = cuts(text, UiStrings())
    assert found[:3] == [("tag_list", "Themen\n"), ("tag_list", "Berlin\n"), ("tag_list", "Schulen\n")]
    assert all(removed != "dpa-infocom, dpa:231207-99-215473/4" for r, removed in found if r == "tag_list")


@pytest.mark.parametrize(
    "line",
    [
        "She urged people to share the polling-place map with elderly neighbors.",
        "Readers can subscribe to the paper for $4 a month, the publisher said.",
        "Reklama mydła z drukarni braci Kleinów z 1936 roku też robi wrażenie.",
        "Publicidad de los años veinte, incluso.",
        "2",
    ],
)
def test_prose_with_ui_words_stays(line: str) -> None:
    found = cuts(f"{P}\n{line}\n{P}", UiStrings())
    assert found == [] or (line == "2" and found == [("counter", "2\n")])


def test_categories_option() -> None:
    only_ads = UiStrings(categories=("ad_marker",))
    assert cuts(f"Share\n{P}\nAdvertisement", only_ads) == [("ad_marker", "Advertisement")]
    with pytest.raises(ConfigError):
        UiStrings(categories=("ads",))


def test_contract() -> None:
    check_cleaner(UiStrings(), ["Share\nShare", "", "Tags:", "Read more", "x\nAdvertisement\ny"])


def test_a_player_clock_goes_but_a_timetable_of_that_shape_stays() -> None:
    player = "Watch the launch of the new ferry\n00:00 | 02:15\nThe ferry left Kadikoy on time on Monday morning."
    # Zero elapsed of a running time is a player's form (player_ui); a later reading is a counter's shape.
    assert ("player_ui", "00:00 | 02:15\n") in cuts(player, UiStrings())
    assert ("counter", "01:10 | 02:15\n") in cuts(player.replace("00:00", "01:10"), UiStrings())
    rows = ["07:10 | 07:00", "07:30 | 07:20", "07:50 | 07:40"]
    timetable = "Weekday departures from the two piers.\n" + "\n".join(rows) + "\nTimes may change on holidays."
    assert [c for c in cuts(timetable, UiStrings()) if c[0] == "counter"] == []


@pytest.mark.parametrize("line", ["U+0000..U+007F Basic Latin", "8: 1541C", "mask 0x1F"])
def test_code_points_and_model_numbers_are_no_weather(line: str) -> None:
    text = f"The font covers these blocks in full.\n{line}\nThe rest follow in the next release."
    assert [c for c in cuts(text, UiStrings()) if c[0] == "widget"] == []


@pytest.mark.parametrize("line", ["20.7 C Caracas", "H 86° L 76°", "-3 C Moskau"])
def test_weather_readings_in_the_header_still_go(line: str) -> None:
    assert (
        cuts(f"{line}\nThe city council met on Tuesday evening to approve the budget.", UiStrings())[0][0] == "widget"
    )


@pytest.mark.parametrize(
    "line",
    [
        "$ quaylog status | grep -v idle | sort -k2",
        "mysqldump --single-transaction shop | gzip > /backup/shop.sql.gz",
        "day     date    NOT NULL,",
        "array.map! { |x| x.downcase }",
    ],
)
def test_command_lines_and_code_are_no_link_rows(line: str) -> None:
    text = f"Run it from the project folder.\n{line}\nThe output lists one line per batch."
    assert [c for c in cuts(text, UiStrings()) if c[0] == "navigation"] == []


@pytest.mark.parametrize(
    "line", ["Home > World > Europe", "About | Contact | Ads | Jobs", "Accueil > Actualités > Société"]
)
def test_trails_and_link_rows_still_go(line: str) -> None:
    text = f"{line}\nThe city council met on Tuesday evening to approve the new budget for schools."
    assert cuts(text, UiStrings())[0][0] == "navigation"


@pytest.mark.parametrize(
    "line",
    [
        "Филателистическая лавка «Зубцовка», Тверь",
        "Серия «Птицы» 1994 года.",
        "Das Café »Zur Linde« in Bonn",
        "Librairie ‹Nord›, Lille",
    ],
)
def test_a_name_in_guillemets_is_no_trail(line: str) -> None:
    # A guillemet closing a quoted name is glued to it; a trail's separator stands between spaces.
    text = f"{line}\nThe city council met on Tuesday evening to approve the new budget for schools."
    assert [c for c in cuts(text, UiStrings()) if c[0] == "navigation"] == []


@pytest.mark.parametrize("line", ["Главная » Новости » Город", "Startseite › Lokales › «Kultur»"])
def test_a_trail_with_a_quoted_item_is_still_a_trail(line: str) -> None:
    text = f"{line}\nThe city council met on Tuesday evening to approve the new budget for schools."
    assert cuts(text, UiStrings())[0][0] == "navigation"


def test_a_list_mixing_interface_words_with_other_items_is_content() -> None:
    # A README's feature list: "Share" and "Login" are features here, next to items that are no interface text.
    features = "Features\n- Share\n- Login\n- Offline cache\n- Tide tables for 40 stations"
    assert cuts(features, UiStrings()) == []
    # A share bar written as a list is interface words from end to end.
    assert [r for r, _ in cuts("- Share\n- Tweet\n- Email", UiStrings())] == ["share_buttons"] * 3


def test_gallery_counters_and_star_ratings_are_counters() -> None:
    caption = "Die Krippenfiguren stehen seit dem ersten Advent wieder im Kreuzgang des Doms."
    gallery = f"{caption}\n1 von 3\nDer Stall aus Lindenholz\n2 von 3\nDie Hirten am Feuer\n3 von 3\n{caption}"
    assert [r for r, _ in cuts(gallery, UiStrings())] == ["counter"] * 3
    # One count alone may be a score or a chapter; a count that does not go up is no gallery.
    assert cuts(f"{caption}\nKapitel 2 von 7\n{caption}", UiStrings()) == []
    assert cuts(f"{caption}\n3 von 5\n{caption} Noch einmal.\n1 von 5\n", UiStrings()) == []
    ratings = ["★★★★☆", "★★★★☆ 4,2/5 (61 głosów)", "4,3/5 (57 Bewertungen)", "★★★★★ 4.8 from 126 votes"]
    for line in ratings:
        assert cuts(f"{caption}\n{line}\n{caption}", UiStrings()) == [("counter", line + "\n")]
    assert cuts(f"{caption}\n4/5 of the members voted for the plan to rebuild the old bridge.\n", UiStrings()) == []


@pytest.mark.parametrize(
    "footer",
    [
        'Retrieved from "https://en.wikipedia.org/w/index.php?title=Lighthouse&oldid=1"',
        "Abgerufen von „https://de.wikiland.example/w/index.php?title=Wasserturm“",
        "Отримано з „https://uk.wikiarkhiv.example/w/index.php?title=Млин“",
        'Opgehaald van "https://nl.wikiland.example/wiki/De_Hoop"',
    ],
)
def test_a_wikis_print_footer_is_navigation(footer: str) -> None:
    body = "The mill was rebuilt in 1872 after a storm had torn off its sails and part of the cap."
    assert cuts(f"{body}\n{footer}\n", UiStrings()) == [("navigation", footer + "\n")]


def test_a_quoted_address_in_documentation_stays() -> None:
    body = "The mill was rebuilt in 1872 after a storm had torn off its sails and part of the cap."
    for line in ('Source code "https://git.example.org/tide"', 'See "https://example.org/wiki-export.zip"'):
        assert cuts(f"{body}\n{line}\n", UiStrings()) == []


def test_a_poll_widget_goes_and_a_list_of_shares_in_the_text_stays() -> None:
    body = "Schronisko w Lipnie ma miejsce dla czterdziestu psów, a trafia do niego ich ponad sześćdziesiąt."
    poll = "Sonda\nCzy gmina powinna wybudować nowe schronisko?\nTak – 71%\nNie, trzeba rozbudować obecne – 22%\nNie mam zdania – 7%"
    assert [r for r, _ in cuts(f"{body}\n{poll}\n{body}", UiStrings())] == ["widget"] * 5
    # Shares that do not make a whole, or no question above them, are the article's figures.
    figures = "Wyniki głosowania w radzie były następujące:\nZa – 12%\nPrzeciw – 30%"
    assert cuts(f"{body}\n{figures}\n{body}", UiStrings()) == []


def test_a_player_that_has_not_started_is_cut_among_live_stamps() -> None:
    # "00:00 / 04:12" opens with a clock time like the live-blog stamps around it, which protection keeps;
    # zero elapsed of a running time is a player's form, evidence enough to cut it there.
    text = (
        "Allerta meteo in Liguria, scuole chiuse a Genova\n00:00 / 04:12\nAscolta l'articolo\n"
        "17:42 Il torrente Entella è esondato a Chiavari nel pomeriggio.\n"
        "16:05 La Protezione civile ha aperto il centro operativo comunale.\n"
    )
    out = boilerstrip.clean(text).text.splitlines()
    assert "00:00 / 04:12" not in out
    assert "17:42 Il torrente Entella è esondato a Chiavari nel pomeriggio." in out
    timetable = "Linea 7\n10:00 / 10:45\n10:30 / 11:15\n11:00 / 11:45\n"
    assert boilerstrip.clean(timetable).text.splitlines()[1:] == ["10:00 / 10:45", "10:30 / 11:15", "11:00 / 11:45"]


@pytest.mark.parametrize(
    "notice",
    [
        "Utilizziamo i cookie per migliorare la tua esperienza. Proseguendo accetti. Accetta | Rifiuta | Personalizza",
        "Ezt a weboldalt sütik segítségével működtetjük. Elfogadom | Beállítások",
        "Szanujemy Twoją prywatność. Klikając „Akceptuję”, zgadzasz się na przetwarzanie danych. Akceptuję | Ustawienia",
    ],
)
def test_a_notice_with_its_buttons_glued_on(notice: str) -> None:
    # Whatever the language, a notice followed by a row of one- or two-word buttons is a consent widget.
    assert cuts(f"{P}\n{notice}\n{P}", UiStrings()) == [("cookie_notice", notice + "\n")]


def test_sentences_and_tables_with_bars_are_no_notice() -> None:
    for line in [
        "Revenue grew in every region. | Q1 | Q2 | Q3",
        "The vote passed. The chair closed the meeting | 21:40",
    ]:
        assert cuts(f"{P}\n{line}\n{P}", UiStrings()) == []


@pytest.mark.parametrize("line", ["Voir aussi : tranchefile.", "See also: binding.", "Siehe auch: Kapitalband."])
def test_a_glossary_cross_reference_is_no_read_also_line(line: str) -> None:
    assert cuts(f"{P}\n{line}\n{P}", UiStrings()) == []
    # A page's pointer names a headline.
    assert cuts(f"{P}\nSee also: New bridge opens to traffic in May\n{P}", UiStrings())[0][0] == "read_also"


@pytest.mark.parametrize(
    ("paragraph", "prompt"),
    [
        (
            "Svømmeklubben må i perioden træne i Herning tre aftener om ugen, mens undervisningen bliver aflyst.",
            "Følg os på Facebook for flere nyheder fra byen.",
        ),
        (
            "Con questa vittoria la squadra chiude il girone di andata al terzo posto in classifica generale.",
            "Seguici su Instagram per le foto della partita!",
        ),
        (
            "Een overtocht met het pontje kost vanaf januari 1,50 euro, fietsers betalen twee euro per keer.",
            "Download de app van de omroep voor al het nieuws.",
        ),
        (
            "Primăria a alocat pentru amenajarea patinoarului și funcționarea lui 390.000 de lei în acest an.",
            "ABONEAZĂ-TE la canalul nostru de YouTube",
        ),
    ],
)
def test_a_prompt_glued_to_the_last_paragraph_goes_and_the_paragraph_stays(paragraph: str, prompt: str) -> None:
    first = "The council met on Tuesday evening and agreed the plan after a long and careful debate."
    page = f"Home\nNews\nShare\nSubscribe\n{first}\n{paragraph} {prompt}\n"
    got = boilerstrip.clean(page).text
    assert prompt not in got
    assert paragraph in got.split("\n")


@pytest.mark.parametrize(
    "text",
    [
        "The club trains in Herning three evenings a week this winter. Follow the river north to reach the hall.",
        "Il sindaco ha parlato a lungo con i residenti del quartiere. “Seguici su Instagram”, ha detto ridendo.",
        "De gemeente zoekt nog vrijwilligers voor de zomerweken van volgend jaar. Abonnementen kosten twintig euro.",
    ],
)
def test_a_closing_sentence_of_prose_is_no_prompt(text: str) -> None:
    from boilerstrip.cleaners.ui_strings import _glued_prompt

    assert _glued_prompt(text) is None


@pytest.mark.parametrize("line", ["▶ 영상 재생 02:14", "► Video ansehen 1:05:12", "▶ 01:48"])
def test_a_play_button_with_its_running_time_is_player_ui(line: str) -> None:
    from boilerstrip.cleaners.ui_strings import classify_line

    found = classify_line(line)
    assert found is not None and found[0] in ("player_ui", "counter")


def test_a_sentence_after_a_play_sign_is_no_player() -> None:
    from boilerstrip.cleaners.ui_strings import classify_line

    assert classify_line("▶ The band played until 23:00 and then everyone went home") is None


@pytest.mark.parametrize(
    ("label", "paragraph"),
    [
        (
            "Donează acum",
            "În comuna Valea Seacă drumul spre școală e încă de pământ, iar iarna autobuzul rămâne blocat.",
        ),
        ("Subscribe now", "The council approved the budget on Tuesday after a debate that lasted most of the evening."),
        ("Czytaj więcej", "Radni przyjęli budżet we wtorek po debacie, która trwała prawie do północy."),
    ],
)
def test_a_button_glued_to_the_start_of_a_paragraph_goes(label: str, paragraph: str) -> None:
    found = cuts(label + paragraph, UiStrings())
    assert [text for _, text in found] == [label]


@pytest.mark.parametrize(
    "line",
    [
        "SharePoint keeps the files of the whole team in one place, with their history.",
        "YouTube removed the video on Tuesday after the club had asked it to.",
        "Read the minutes of the meeting before you vote.",  # a phrase's words, but no glued capital
    ],
)
def test_a_name_that_starts_with_a_phrase_is_no_glued_button(line: str) -> None:
    assert cuts(line, UiStrings()) == []


def test_copyright_lines_over_a_licences_text_are_its_own() -> None:
    notice = (
        "Copyright (c) 2019-2026 The Harbour Tide Tables contributors.\nAll rights reserved.\n"
        "You may copy, share and adapt the tables in this package for any purpose you like.\n"
        "Copies of the tables must keep the copyright line above and this list of conditions.\n"
        "The names of the contributors may not be used to endorse products made with the tables.\n"
    )
    assert [r for r, _ in cuts(notice, UiStrings())] == []
    # A site's legal footer closes the page: nothing but a link or two under it.
    page = (
        "The council approved the new budget on Tuesday after a debate that ran past midnight.\n"
        "© 2026 The Harbour Courier. All rights reserved.\nPrivacy policy\n"
    )
    assert ("legal_footer", "© 2026 The Harbour Courier. All rights reserved.\n") in cuts(page, UiStrings())


@pytest.mark.parametrize("line", ["▶ 00:00 / 47:12", "► 0:00 | 1:02:33", "▶️ 00:00 / 04:12"])
def test_a_play_button_before_a_player_that_has_not_started_is_a_form(line: str) -> None:
    from boilerstrip.cleaners.ui_strings import classify_line

    assert classify_line(line) == ("player_ui", (), "form")
    # Started, or with a label between the button and the clock, it is a shape: a programme's "▶ 12:00 / 13:00".
    assert classify_line(line.replace("0:00", "2:00", 1)) == ("player_ui", (), "shape")


def test_a_prompt_after_a_short_sentence_of_long_words_goes() -> None:
    # Seven words make a whole sentence in Marathi; the app pitch glued after it goes, the sentence stays.
    first = "नगर परिषदेने शहरातील सर्व प्रभागांमध्ये पाणीपुरवठ्याचे नवे वेळापत्रक जाहीर केले असून ते सोमवारपासून लागू होईल."
    paragraph = "तहसीलदारांनी मंगळवारी दोन्ही बाजूंची बैठक बोलावली आहे."
    prompt = "ताज्या बातम्यांसाठी आमचे अ\u200dॅप डाउनलोड करा."
    got = boilerstrip.clean(f"मुख्यपृष्ठ\n{first}\n{paragraph} {prompt}\n").text.split("\n")
    assert paragraph in got and not any(prompt in line for line in got)


@pytest.mark.parametrize(
    ("row", "tags"),
    [
        ("Tags: Tea | Mombasa auction | Exports", ["Tea", "Mombasa auction", "Exports"]),
        ("Etiquetas: Aceite | Jaén | Cooperativas", ["Aceite", "Jaén", "Cooperativas"]),
    ],
)
def test_a_tag_label_over_a_row_names_tags_not_a_trail(row: str, tags: list[str]) -> None:
    from boilerstrip.cleaners.ui_strings import classify_line

    found = classify_line(row)
    assert found is not None and found[0] == "tag_list" and found[2] == "phrase"
    assert [f.value for f in found[1]] == tags
    # A trail without the label is still a trail of links.
    unlabelled = classify_line(row.split(": ", 1)[1])
    assert unlabelled is not None and unlabelled[0] == "navigation"


@pytest.mark.parametrize(
    ("line", "reason"),
    [("Cookie-inställningar", "cookie_notice"), ("Cookie-Einstellungen", "cookie_notice"), ("Log-in", "login_prompt")],
)
def test_a_compound_with_a_hyphen_matches_the_phrase_written_without_one(line: str, reason: str) -> None:
    from boilerstrip.rules.lexicon import load_lexicon

    assert load_lexicon().line_reason(line) == reason
    # A hyphen between words of a sentence joins nothing the lexicon has.
    assert load_lexicon().line_reason("Well-known places to visit") is None


@pytest.mark.parametrize("label", ["more:", "Facebook:", "Telegram:"])
def test_one_network_name_with_a_colon_labels_what_follows(label: str) -> None:
    # A release note's section on more(1), a contact page's "Facebook:" over the account's address.
    from boilerstrip.cleaners.ui_strings import _share_line
    from boilerstrip.rules.lexicon import load_lexicon

    assert not _share_line(label, load_lexicon())
    assert _share_line(label.rstrip(":"), load_lexicon())


@pytest.mark.parametrize(
    ("row", "evidence"),
    [
        ("Sök | Lättläst | Lyssna | Logga in", "phrase"),
        ("Impressum | Datenschutz | Login", "phrase"),
        ("Zaloguj | Zarejestruj | Szukaj", "phrase"),
        ("Prijava | Registracija | Pravila foruma", "phrase"),
        ("Terms of Use | Privacy Policy | Contact Us", "phrase"),
        ("Home | Europe | Economy", "shape"),  # one interface word in a row of bars: by its shape only
        ("Beranda | Daerah | Nasional | Ekonomi", "shape"),
        # A trail of three links or more that a home link opens is a site's by its words.
        ("Startseite > Politik > Ausland", "phrase"),
        ("Inicio › Sala de prensa › Notas de prensa › Seguridad", "phrase"),
        ("Главная » Новости » Общество", "phrase"),
        ("Startseite > Politik", "shape"),  # two links: the home link alone says little
        ("Datei › Exportieren › PDF", "shape"),  # a program's menu path
    ],
)
def test_a_row_of_two_interface_words_or_more_is_a_bar_by_its_words(row: str, evidence: str) -> None:
    from boilerstrip.cleaners.ui_strings import classify_line

    found = classify_line(row)
    assert found is not None and found[0] == "navigation" and found[2] == evidence


def test_a_page_showing_little_but_a_bar_of_interface_words_is_cleaned() -> None:
    """Before, a parish page's two strong lines (a date, a cookie line) left it as a chrome-free text."""
    page = "\n".join(
        [
            "Församlingen i Åby",
            "Sök | Lättläst | Lyssna | Logga in",
            "Hem / Aktuellt / Veckobrev",
            "Veckobrev vecka 12: vårstädning och körsång",
            "Publicerad 20 mars 2026",
            "Hej allihop!",
            "Nu är våren här och vi städar kyrkogården tillsammans på lördag förmiddag, alla är välkomna.",
            "Kören övar varje torsdag i församlingshemmet och söker fler röster inför påsken.",
            "Vårstädning",
            "Vi samlas vid kyrkporten klockan nio och avslutar med kaffe och smörgås i prästgården.",
            "Ta gärna med egna handskar och en kratta om du har en hemma.",
            "Körsång",
            "Ingen förkunskap behövs, men det hjälper om du tycker om att sjunga i grupp.",
            "Anmäl dig till körledaren efter gudstjänsten på söndag eller ring expeditionen.",
            "Varmt välkomna!",
            "Vi använder kakor för att webbplatsen ska fungera. Läs mer om kakor",
        ]
    )
    result = boilerstrip.clean(page)
    assert "Sök | Lättläst | Lyssna | Logga in" not in result.text
    assert "Vi använder kakor" not in result.text
    assert "thin_chrome" not in result.flags
    # The greeting under the title is the letter's own voice, not a standfirst or a label.
    assert "Hej allihop!" in result.text.split("\n")
    assert "Varmt välkomna!" in result.text.split("\n")


@pytest.mark.parametrize(
    "trail",
    [
        "Forum › Hem, bostad och familj › Renovering",
        "Forum › Huis, Tuin & Keuken › Klimaatbeheersing",
        "Fórum › Casa, jardim e obras › Aquecimento",
        "Indice ‹ Frutteto, agrumi e olivi ‹ Agrumi in vaso",
    ],
)
def test_a_forum_trail_names_boards_of_four_words(trail: str) -> None:
    from boilerstrip.cleaners.ui_strings import classify_line

    found = classify_line(trail)
    assert found is not None and found[0] == "navigation"
    # ">" also compares and "»" also quotes: after them an item stays within three words.
    assert classify_line(trail.replace("›", "»").replace("‹", "»")) is None


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Вернуться к началу", "navigation"),  # phpBB's "Back to top", Russian
        ("Повернутися до початку", "navigation"),
        ("Torna in cima", "navigation"),
        ("Join WhatsApp Group", "subscribe_prompt"),  # Indian portals' messenger pitches, written in English
        ("Join Telegram Channel", "subscribe_prompt"),
        ("इन्हें भी पढ़ें", "related_header"),
    ],
)
def test_board_and_portal_strings_of_session_fourteen(line: str, reason: str) -> None:
    from boilerstrip.cleaners.ui_strings import classify_line

    found = classify_line(line)
    assert found is not None and found[0] == reason


@pytest.mark.parametrize(
    "line",
    [
        "Plakát adventní odpoledne (PDF, 1,2 MB)",
        "Pakua tangazo (PDF, 180 KB)",
        "Download MP3 (44 MB)",
        "年末年始ごみ収集日程表（PDF：215KB）",
    ],
)
def test_a_link_to_a_file_with_its_size_is_an_attachment(line: str) -> None:
    text = f"The city council met on Tuesday evening to approve the new budget for schools.\n{line}\n"
    assert cuts(text, UiStrings()) == [("share_buttons", line + "\n")]


@pytest.mark.parametrize(
    "line",
    [
        "Downloading gpxpy-1.6.2-py3-none-any.whl (42 kB)",  # a tool's output
        "wrote walks.svg (1.8 MB)",
        "The archive of all the council's minutes since 1998 is now online for everyone (PDF, 12 MB)",
        "We sent the full report to every member. (PDF, 2 MB)",
    ],
)
def test_a_tools_output_or_a_sentence_with_a_file_size_is_no_attachment(line: str) -> None:
    text = f"The city council met on Tuesday evening to approve the new budget for schools.\n{line}\n"
    assert cuts(text, UiStrings()) == []


@pytest.mark.parametrize(
    ("row", "reason"),
    [("ログイン\u3000新規登録", "login_prompt"), ("登录\u3000注册", "login_prompt"), ("白菜\u30001/4個", None)],
    ids=["ja-login-row", "zh-login-row", "ja-ingredient-row"],
)
def test_an_ideographic_space_parts_a_row_of_buttons(row: str, reason: str | None) -> None:
    # Japanese and Chinese pages print their buttons side by side with an ideographic space between them,
    # where words are not spaced; every cell must be an interface string, so an ingredient and its amount
    # stay a row of the recipe.
    found = classify_line(row)
    assert (found[0] if found else None) == reason


@pytest.mark.parametrize(
    ("line", "reason"),
    [("İLGİLİ HABERLER", "related_header"), ("İlgili Haberler", "related_header"), ("YORUMLAR", "comment_ui")],
)
def test_turkish_labels_in_capitals_match_as_in_small_letters(line: str, reason: str) -> None:
    # "İ" folds to "i" and a combining dot: a label in capitals must still meet the phrase.
    found = classify_line(line)
    assert found is not None and found[0] == reason


@pytest.mark.parametrize(
    "line",
    [
        "© Администрация города Заречного, 2026. При использовании материалов ссылка на сайт обязательна.",
        "© Πανεπιστήμιο Δυτικής Κρήτης",
        "© מוזיאון העיר חיפה 2026",
    ],
)
def test_a_copyright_line_names_its_holder_in_any_script(line: str) -> None:
    found = classify_line(line)
    assert found is not None and found[0] == "legal_footer"


@pytest.mark.parametrize(
    ("line", "footer"),
    [
        # A footer's row of short links closed by its copyright cell.
        ("Impressum | Datenschutz | © 2026 Modellbahnclub Weißachtal e.V.", True),
        ("Privacy · Terms · © 2026 Harbour Courier", True),
        # ... or opened by it (session twenty-six).
        ("© 2026 Matkassen | Personvern | Informasjonskapsler | Kundeservice", True),
        ("© 2026 Gazeta Pomorska | Polityka prywatności | Regulamin | Kontakt", True),
        ("© 2026 La Voz del Valle · Aviso legal · Cookies", True),
        ("© 2026 Ekonomik Haber | Künye | Gizlilik", True),
        # A caption's photo credit with a sentence beside it, and a copyright sign inside a sentence.
        ("The old lighthouse at dusk | © 2026 by the author, who kindly let us print it in the magazine", False),
        ("Our logo | a sign we print with © on every bag we sell at the market", False),
    ],
)
def test_a_row_of_footer_links_with_its_copyright_cell_is_a_legal_footer(line: str, footer: bool) -> None:
    found = classify_line(line)
    assert (found is not None and found[0] == "legal_footer") is footer


@pytest.mark.parametrize(
    "line",
    [
        "Page 1 of 3",
        "Répondre · Page 1 sur 1",
        "3 posty • Strona 1 z 1",
        "Antwoord plaatsen Zoek in dit onderwerp… 6 berichten • Pagina 1 van 1",
        "Svara · Sida 1 av 1",
        "Seite 2 von 5",
        "Halaman 1 2 Selanjutnya",
        "Страница 1 2 3 4",
        # Opening a row whose other cells are buttons (session twenty-six).
        "Page 1 of 2 | Next ›",
        "Halaman 1 dari 3 | Berikutnya ›",
        "Seite 1 von 3 · Weiter »",
    ],
)
def test_a_pager_alone_or_closing_a_row_is_navigation(line: str) -> None:
    found = classify_line(line)
    assert found is not None and found[0] == "navigation" and found[2] == "shape"


@pytest.mark.parametrize(
    "line",
    [
        "See page 4 of the report for the full table.",
        "Page 4 of the report",
        "Chapter 1 of 3",
        "Seite 12 von 5",
        "Halaman 3 5 Selanjutnya",
        "Step 1 of 3",
        "Page 1 of 2 | Next chapter: the mill",
        "Page 1 of 2 | The survey's method",
    ],
)
def test_a_page_named_in_a_sentence_or_pages_out_of_order_are_no_pager(line: str) -> None:
    assert classify_line(line) is None


_STORY_PL = (
    "Rada gminy zatwierdziła w czwartek budżet na przyszły rok po długiej i burzliwej dyskusji radnych.\n"
    "Najwięcej pieniędzy trafi na remont szkoły podstawowej i przebudowę drogi do sąsiedniej wsi.\n"
    "Wójt zapowiedział, że przetargi zostaną ogłoszone jeszcze w styczniu przyszłego roku.\n"
)


@pytest.mark.parametrize(
    "notice",
    [
        "Korzystamy z plików cookies. Więcej informacji znajdziesz w Polityce prywatności. Akceptuję",
        "Tento web používá k poskytování služeb a analýze návštěvnosti soubory cookie. Souhlasím Nastavení",
        "Aquest lloc utilitza galetes per millorar la vostra experiència. Accepta",
        "Ši svetainė naudoja slapukus, kad pagerintų jūsų patirtį. Sutinku",
    ],
)
def test_a_cookie_notice_with_its_button_glued_on_goes(notice: str) -> None:
    text = "Udostępnij na Facebooku\n" + _STORY_PL + notice + "\n"
    assert boilerstrip.clean(text).text.splitlines() == _STORY_PL.splitlines()


def test_a_recipe_closing_on_a_word_after_its_cookies_stays() -> None:
    recipe = (
        "Cream the butter and sugar, then beat in the egg and the vanilla until smooth.\n"
        "Fold in the flour and the chocolate chips, and chill the dough for an hour.\n"
        "Bake the cookies for ten minutes until golden at the edges. Enjoy\n"
    )
    assert boilerstrip.clean(recipe).text == recipe.rstrip("\n")


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        # CJK pages part their footer links with a full-width bar
        ("個人情報の取り扱いについて ｜ このサイトについて", "legal_footer"),
        ("＜前の記事 次の記事＞", "navigation"),
    ],
)
def test_a_row_parted_by_full_width_bars_is_read_cell_by_cell(line: str, reason: str) -> None:
    found = classify_line(line)
    assert found is not None and found[0] == reason


def test_a_table_row_parted_by_full_width_bars_is_no_interface_row() -> None:
    assert classify_line("品名 ｜ 数量 ｜ 価格") is None


@pytest.mark.parametrize("line", ["አጋራ፦ Facebook Telegram X", "シェア：Facebook X LINE"])
def test_a_share_label_with_its_scripts_colon_heads_a_share_row(line: str) -> None:
    found = classify_line(line)
    assert found is not None and found[0] == "share_buttons"


@pytest.mark.parametrize(
    ("row", "reason"),
    [
        ("Like · Reply · Report", "comment_ui"),  # "Report" alone is no phrase of the lexicon: a one-word button
        ("Vastaa | Lainaa | Ilmoita asiaton viesti", "comment_ui"),
        ("Like · Oslo · Bergen", None),  # one button among place names: a list
        ("Reply · the harbour board's answer", None),  # a longer cell says something
    ],
)
def test_a_row_of_buttons_may_hold_a_one_word_button_the_lexicon_lacks(row: str, reason: str | None) -> None:
    found = classify_line(row)
    assert (found[0] if found else None) == reason


@pytest.mark.parametrize(
    "line",
    [
        "Last edited by harbourfan on Sat Dec 10, 2011 11:19 am, edited 2 times in total.",
        "Última edición por marinero el Mié 2 Dic 2026 19:42, editado 1 vez en total.",
    ],
)
def test_an_interface_prefix_before_a_long_stamp_is_post_furniture(line: str) -> None:
    found = classify_line(line)
    assert found is not None and found[0] == "comment_ui"


def test_an_interface_prefix_before_a_long_sentence_without_a_date_is_left_alone() -> None:
    line = (
        "Last edited by the council's own press office, which rewrote the whole notice about the pier and its repair."
    )
    assert classify_line(line) is None


@pytest.mark.parametrize(
    ("row", "evidence"),
    [
        # A share label of the lexicon over two network names or more: every word known (session twenty-two).
        ("ያጋሩ: Telegram · Facebook · LinkedIn", "phrase"),
        ("Teilen: Facebook, Twitter, E-Mail", "phrase"),
        ("Share: Facebook · X · WhatsApp", "phrase"),
        ("Facebook · X", "shape"),  # names alone: a document may list them
        # Two buttons of the lexicon in a row of links, as a bar of two interface words or more is:
        ("Share | Print | Report this notice", "phrase"),
        ("Teilen | Drucken | Fehler melden", "phrase"),
        ("Share | Report", "shape"),
    ],
)
def test_a_share_label_over_network_names_is_a_share_row_by_its_words(row: str, evidence: str) -> None:
    found = classify_line(row)
    assert found is not None and found[0] == "share_buttons" and found[2] == evidence


@pytest.mark.parametrize(
    "line",
    [
        "আরও প\u09dcুন",  # Bengali ড় typed as one character; the lexicon writes ড and its nukta
        "আরও পড\u09bcুন",
        "इसे भी प\u095dें",  # Hindi ढ़ as one character
    ],
)
def test_a_phrase_matches_whichever_way_its_marks_are_typed(line: str) -> None:
    found = classify_line(line)
    assert found is not None and found[2] == "phrase"


@pytest.mark.parametrize(
    "line",
    [
        "Deel: Facebook · WhatsApp · E-pos",  # a label and an e-mail button the lexicon does not know
        "Araho izahay: Facebook · YouTube · WhatsApp",
        "Dëlen: Facebook | WhatsApp | X",
    ],
)
def test_a_short_label_over_network_names_is_a_share_rows_shape(line: str) -> None:
    # Labels the lexicon does not know (a label it knows makes the row phrase evidence).
    assert classify_line(line) == ("share_buttons", (), "shape")


@pytest.mark.parametrize(
    "line",
    [
        "We post on: Facebook and Instagram",  # a sentence's list, no row marks
        "Contact the office by phone or: Facebook · X",  # a label too long for a button row's
        "Deel: Facebook · WhatsApp · e-pos · Telegram-kanaal",  # two cells that are no network
    ],
)
def test_network_names_after_a_sentence_are_no_share_row(line: str) -> None:
    assert classify_line(line) is None


@pytest.mark.parametrize(
    ("label", "below"),
    [
        ("Реклама", "Скидки на абонементы в филармонию до 31 марта. Реклама. ООО «Концерт-Сервис», ИНН 0000000000"),
        (
            "Anzeige",
            "Winterreifen jetzt zum Aktionspreis bei Autohaus Brenner. Anzeige. Angebot gültig bis 31. Januar.",
        ),
    ],
)
def test_an_ad_label_over_an_ad_that_repeats_it_as_a_sentence_is_still_the_label(label: str, below: str) -> None:
    # The ad repeats its marker as a sentence of its own: the label is no heading of a paragraph that names it.
    paragraph = "The council met on Tuesday and spent most of the evening on the new school budget."
    found = cuts(f"{paragraph}\n{label}\n{below}\n{paragraph}\n", UiStrings())
    assert ("ad_marker", f"{label}\n") in found


def test_a_heading_the_paragraph_names_inside_a_sentence_stays() -> None:
    text = "Comments\nIf you share a link with Comments turned on, readers can leave notes under it.\n"
    assert cuts(text, UiStrings()) == []


def test_a_heading_the_template_repeats_after_the_article_is_no_tag_list() -> None:
    # Tags after the last paragraph are short lines, each named once; the same short line twice is a template's
    # heading printed twice (over an empty map and again over the address), so no tag reaches the metadata.
    story = (
        "The bar opened in a former bank on the corner and serves mezcal from twelve small producers.\n"
        "Its owners say the tasting flights sell out on most weekend nights, and the kitchen stays open late.\n"
    )
    repeated = Document(story + "Location Details\nLocation Details\nShare\n", lang="en")
    assert UiStrings._tail_tags(repeated, load_lexicon(), {4}) == set()
    tags = Document(story + "Mezcal\nCorktown\nShare\n", lang="en")
    assert UiStrings._tail_tags(tags, load_lexicon(), {4}) == {2, 3}
