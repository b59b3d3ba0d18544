from __future__ import annotations

import pytest

import boilerstrip
from boilerstrip.cleaners import MetadataLines
from boilerstrip.cleaners.metadata_lines import is_date_line, parse_names
from boilerstrip.testing import check_cleaner, cuts

P = "The council approved the budget on Tuesday after a long debate."


@pytest.mark.parametrize(
    ("line", "authors", "date"),
    [
        ("By Li Qian and Zhou Ming | 2021/8/1 21:33:25", ("Li Qian", "Zhou Ming"), "2021-08-01"),
        ("Von Anna Krüger und Tobias Wendt", ("Anna Krüger", "Tobias Wendt"), None),
        ("Por Laura Méndez Carrasco", ("Laura Méndez Carrasco",), None),
        ("Автор: Олена Мартинюк", ("Олена Мартинюк",), None),
        ("di Marco Ferretti | 22 Settembre 2023", ("Marco Ferretti",), "2023-09-22"),
        ("By DANIEL OKAFOR Associated Press", ("DANIEL OKAFOR",), None),
        # The names run on into the date, joined by the language's "on" (session twenty-three).
        ("Written by John Smith on 30 November 2026.", ("John Smith",), "2026-11-30"),
        ("By Maria Lindqvist on Monday, November 30, 2026", ("Maria Lindqvist",), "2026-11-30"),
        ("Geschrieben von Lars Wendt am 30. November 2026.", ("Lars Wendt",), "2026-11-30"),
        ("Publié par Jean Dupont le 30 novembre 2026", ("Jean Dupont",), "2026-11-30"),
        # A title written small before the name is not the name ("ds." for dominee).
        ("Geplaas deur ds. Pieter van Wyk op 5 Mei 2026", ("Pieter van Wyk",), "2026-05-05"),
    ],
)
def test_bylines(line: str, authors: tuple[str, ...], date: str | None) -> None:
    assert cuts(f"{line}\n{P}", MetadataLines())[0][0] == "byline"
    md = boilerstrip.clean(f"Title Of The Story Here\n{line}\n{P}").metadata
    assert md.authors == authors
    assert md.date == date


def test_a_byline_row_with_a_category_and_the_date() -> None:
    # A CMS's article info: the writer, a category and the date (session twenty-three).
    row = "Geschrieben von Sabine Kornmeier | Kategorie: Vereinsnachrichten | Veröffentlicht: 28. November 2026"
    assert cuts(f"{row}\n{P}", MetadataLines()) == [("byline", row + "\n")]
    md = boilerstrip.clean(f"Title Of The Story Here\n{row}\nShare on Facebook\n{P}\n{P}").metadata
    assert (md.authors, md.date) == (("Sabine Kornmeier",), "2026-11-28")


@pytest.mark.parametrize(
    ("line", "key", "value"),
    [
        ("10:11 GMT 16.09.2024 (Updated: 11:05 GMT 16.09.2024)", "date", "2024-09-16"),
        ("Publié le 20 janvier 2023 à 18h09, mis à jour le 21 janvier 2023 à 07h45", "updated", "2023-01-21"),
        ("Обновлено 24 июля 2025, 16:12", "updated", "2025-07-24"),
        ("19 Haziran 2024 Çarşamba - 11:47:32", "date", "2024-06-19"),
        ("نشر في: 28 يوليو ,2025: 09:42 م KSA", "date", "2025-07-28"),
        ("2024年06月21日08:36 | 来源：人民网", "date", "2024-06-21"),
        ("Updated 3 hours ago", "updated", None),
    ],
)
def test_date_lines(line: str, key: str, value: str | None) -> None:
    assert cuts(f"{line}\n{P}", MetadataLines()) == [("date_line", line + "\n")]
    md = boilerstrip.clean(f"{line}\n{P}").metadata
    assert getattr(md, key) == value


@pytest.mark.parametrize(
    "line",
    [
        "14.02 BST Regulator says emergency drought permits will be fast-tracked",
        "By Tuesday the water had reached the second floor of most houses.",
        "Source of the leak was found on Friday, engineers said after a week of searching.",
        "10:21 Серед жінок першою фінішувала львів'янка Христина Дацюк.",
        "Von Montag bis Freitag am 3. Mai 2026",  # a period's days, not a writer
        "By the end of the year on 31 December 2026",
    ],
)
def test_prose_is_kept(line: str) -> None:
    assert cuts(f"{P}\n{line}", MetadataLines()) == []


def test_names() -> None:
    assert parse_names("the minister") == []
    assert parse_names("Jane Roe in Santiago and John Doe in London; Editing by Mark Lee") == ["Jane Roe", "John Doe"]


def test_contract() -> None:
    check_cleaner(MetadataLines(), ["By", "Source:", "12:00", "mzr/ mhr/", ""])


@pytest.mark.parametrize(
    "line", ["10.40 GMT", "02:45 PM", "11h42", "14:05 4 Bronowice Małe", "OnCalendar=*-*-* 02:30:00", "ore 12:40"]
)
def test_a_clock_time_without_a_day_or_label_is_not_a_date_line(line: str) -> None:
    # Live-blog entry stamps, timetable rows and schedules: the text needs them, and they date nothing.
    assert not is_date_line(line)


@pytest.mark.parametrize(
    "line", ["Updated at 11.24 GMT", "5. 10. 2026 9:12", "2026. 10. 3. 21:14", "Published 06 March 2025, 11:47"]
)
def test_a_time_with_a_label_or_a_day_still_makes_a_date_line(line: str) -> None:
    assert is_date_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Posted on 28 November 2026 | By Jane Doe | 6 comments",
        "Ayşe K. | 1 Aralık 2026 14:22 | 412 görüntülenme",
        "30. 11. 2026, 14:05 · Čas branja: 2 min",
        "Publikováno 28. 11. 2026 | Autor: Jitka Vondrášková | 6 komentářů",
        "Opublikowano 28.11.2026 | Autor: Jan Nowak | 12 komentarzy",
    ],
)
def test_a_stamp_row_with_a_counter_beside_the_date_is_a_date_line(line: str) -> None:
    # The comment or view count and the reading time are the site's counters, not words of a sentence.
    assert is_date_line(line)


def test_a_row_of_words_beside_a_date_is_still_no_stamp() -> None:
    assert not is_date_line("Meeting of the board | 28 November 2026 | minutes approved without changes")


@pytest.mark.parametrize(
    ("header", "place", "agency"),
    [
        ("ANI | New Delhi | Updated: Dec 01, 2026 14:32 IST", "New Delhi", "ANI"),
        ("PTI | Mumbai | Updated: Nov 28, 2026 09:10 IST", "Mumbai", "PTI"),
        ("IANS | Kolkata | Published: Oct 02, 2026", "Kolkata", "IANS"),
    ],
)
def test_agency_header_gives_the_dateline(header: str, place: str, agency: str) -> None:
    result = boilerstrip.clean(f"{header}\n{P}")
    assert result.text == P
    assert result.metadata.dateline is not None
    assert (result.metadata.dateline.place, result.metadata.dateline.agency) == (place, agency)


def test_site_header_with_a_date_is_no_dateline() -> None:
    # "Site | Date |": the second part is a date, not a place; an unknown first part is no agency.
    result = boilerstrip.clean(f"The Harbour Post | Dec 01, 2026 | 14:32\n{P}")
    assert result.metadata.dateline is None


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("AGERPRES/(AS - autor: Ioana Munteanu, editor: Mihai Dobre)", ("Ioana Munteanu",)),
        ("AGERPRES/(editor: Mihai Dobre)", ()),
    ],
)
def test_agency_credit_trailer(line: str, authors: tuple[str, ...]) -> None:
    result = boilerstrip.clean(f"{P}\n{line}", favor="clean")
    assert result.text == P
    assert result.metadata.authors == authors


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("Zdroj: ČTK", "ČTK"),
        ("Nguồn: TTXVN", "TTXVN"),
        ("Noticia servida automáticamente por la Agencia EFE", "EFE"),
        ("Sursa: Agerpres", "Agerpres"),
    ],
)
def test_source_trailers_in_more_languages(line: str, source: str) -> None:
    result = boilerstrip.clean(f"{P}\n{line}", favor="clean")
    assert result.text == P
    assert result.metadata.source == source


@pytest.mark.parametrize(
    "text",
    [
        "Zdroj vody v obci vyschl už v srpnu a obyvatelé musí jezdit pro vodu do města.",
        "Nguồn nước ở xã đã cạn từ tháng tám và người dân phải chở nước từ thành phố về.",
        "Sursa de apă a satului a secat în august, iar localnicii aduc apă din oraș.",
    ],
)
def test_source_words_in_prose_are_kept(text: str) -> None:
    assert boilerstrip.clean(text).text == text


def test_dutch_byline_and_prose_that_opens_with_door() -> None:
    result = boilerstrip.clean(f"Door Pieter de Vaal, woensdag 18 november 2026 11:30\n{P}")
    assert result.text == P
    assert result.metadata.authors == ("Pieter de Vaal",)
    prose = "Door de regen van vannacht staan de polders bij Dwingeloo opnieuw onder water."
    assert boilerstrip.clean(prose).text == prose


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By Kayla Brennan, KRVN", ("Kayla Brennan",)),
        ("كتب سارة عبد الحميد", ("سارة عبد الحميد",)),
        ("מאת: נועה ברק", ("נועה ברק",)),
        ("Pewarta: Dewi Anggraini", ("Dewi Anggraini",)),
        # The photographer's label ends the writer's names; the photographer is no author.
        ("Text: Karin Lindqvist Foto: Jonas Berglöf", ("Karin Lindqvist",)),
        ("Tekst: Ingrid Solheim Foto: Håkon Rye", ("Ingrid Solheim",)),
        ("Text: Anna Krüger Fotos: Tobias Wendt", ("Anna Krüger",)),
    ],
)
def test_more_byline_labels_and_station_codes(line: str, authors: tuple[str, ...]) -> None:
    result = boilerstrip.clean(f"{line}\n{P}", favor="clean")
    assert result.text == P
    assert result.metadata.authors == authors


def test_a_byline_with_a_photo_label_in_a_sentence_is_no_byline() -> None:
    # After the label there must be names: "Foto: see the gallery" ends nobody's name.
    line = "Text: Karin Lindqvist Foto: se bildspelet nedan"
    assert cuts(line, MetadataLines()) == []


def test_arabic_prose_opening_with_wrote_is_kept() -> None:
    text = "كتب الشاعر هذه القصيدة في شتاء عام ألف وتسعمئة وخمسين عندما كان يعيش في الإسكندرية."
    assert boilerstrip.clean(text).text == text


def test_an_end_marker_is_no_agency() -> None:
    text = "افتتحت وزارة الإعلام اليوم أول مكتبة رقمية مخصصة للأطفال في البلاد.\n(النهاية)"
    result = boilerstrip.clean(text)
    assert result.text == "افتتحت وزارة الإعلام اليوم أول مكتبة رقمية مخصصة للأطفال في البلاد."
    assert result.metadata.dateline is None
    # a real agency trailer still fills the dateline's agency
    assert boilerstrip.clean(f"{P}\n(PTI)").metadata.dateline is not None


@pytest.mark.parametrize(
    "heading", ["2.2.4 — 3 ottobre 2026", "v1.8.0 (12 May 2026)", "3.0 – 14. März 2026", "10.4.1 - 2026-01-09"]
)
def test_a_changelog_heading_with_its_release_date_is_content(heading: str) -> None:
    text = f"{heading}\nThe calendar view now opens on the current week instead of the first one.\n"
    assert [c for c in cuts(text, MetadataLines()) if c[0] == "date_line"] == []


def test_a_date_in_day_month_year_figures_is_still_a_date_line() -> None:
    text = "12.11.2026 — 14:30\nThe mayor opened the new bridge over the river on Tuesday morning.\n"
    assert [c[0] for c in cuts(text, MetadataLines())] == ["date_line"]


@pytest.mark.parametrize("direction", ["(answering)", "(off)", "(quietly)"])
def test_a_stage_direction_in_brackets_is_no_agency(direction: str) -> None:
    text = f"MARTA: Is anyone there?\n{direction}\nTOMAS: Only the wind, I think, and the old signal.\n"
    assert cuts(text, MetadataLines()) == []


@pytest.mark.parametrize(
    "line",
    [
        "by harbour_fan » Sat Dec 10, 2011 11:19 am",
        "autor: grzesiek_zd » 28 lis 2026, 07:12",
        "von Kai.M » 28.11.2026, 09:40",
    ],
)
def test_a_forum_posts_header_is_a_date_line(line: str) -> None:
    found = cuts(f"{line}\n{P}", MetadataLines())
    assert [reason for reason, _ in found] == ["date_line"]
    assert found[0][1].strip() == line
    # A post's date is one of the thread's many: it is not the page's publication date.
    assert boilerstrip.clean(f"{line}\n{P}\n{line}\n{P} And more.\n", favor="clean").metadata.date is None


@pytest.mark.parametrize("line", ["Forum » Sport » Fußball", "Home » News » Local", "Read on » the full report"])
def test_a_breadcrumb_with_arrows_is_no_post_header(line: str) -> None:
    assert cuts(f"{line}\n{P}", MetadataLines()) == []


@pytest.mark.parametrize(
    "line",
    ['"aktualisiert": "2026-11-30T08:15:00Z",', '"updated_at": "2026-12-01",', "expires: 2026-12-08 09:15"],
)
def test_a_data_or_config_key_with_a_date_is_no_date_line(line: str) -> None:
    text = f"The service answers every request with a small record.\n{line}\nClients read the field as UTC."
    assert cuts(text, MetadataLines()) == []


@pytest.mark.parametrize(
    "row",
    ["Lørdag 10.00–12.30: konkurransetrening", "Samstag 10:00–12:30: Wettkampftraining", "Saturday 10:00-12:30: races"],
)
def test_a_schedule_row_with_a_time_span_and_a_label_is_no_date_line(row: str) -> None:
    # The colon after the second time opens the row's label; the two times give a period, not a stamp.
    assert not is_date_line(row)
    assert is_date_line("Publisert 29.11.2026 10:15")


STANDFIRST = {
    "cs": "Kabinková lanovka na vrchol se v úterý odpoledne zastavila kvůli námraze na laně, cestující čekali hodinu.",
    "sv": "Tre av de äldsta fjällstugorna stänger nästa säsong, sedan beläggningen har halverats på tio år.",
    "he": "שלוש מהתחנות הוותיקות בעיר ייסגרו בשנה הבאה, לאחר שמספר הנוסעים בהן ירד בחצי בתוך עשור.",
}
BODY = {
    "cs": "K zastavení došlo krátce po třetí hodině, kdy teplota na hřebenech klesla pod minus sedm stupňů.",
    "sv": "Det är framför allt de stugor som ligger långt från närmaste väg som tappar gäster varje vinter.",
    "he": "העירייה הודיעה כי התחנות יוחלפו בקווים חדשים של אוטובוסים חשמליים עד סוף השנה הבאה.",
}


@pytest.mark.parametrize(
    ("lang", "name", "stamp"),
    [
        ("cs", "Ondřej Havlík", "1. prosince 2026 16:21"),
        ("sv", "Johan Lindqvist", "Publicerad 2025-10-02 06:00"),
        ("he", "נועה לוי", "01.12.2026 08:30"),
    ],
)
def test_a_bare_name_beside_the_date_line_is_the_byline(lang: str, name: str, stamp: str) -> None:
    page = f"Menu\nShare\nSubscribe\nThe headline of the story\n{STANDFIRST[lang]}\n{name}\n{stamp}\n{BODY[lang]}\n"
    got = boilerstrip.clean(page)
    assert name not in got.text
    assert STANDFIRST[lang] in got.text and BODY[lang] in got.text
    assert got.metadata.authors == (name,)


@pytest.mark.parametrize(
    "line", ["Abone ol", "Share on Facebook", "Facebook Twitter WhatsApp", "Sandviken", "参与互动"]
)
def test_a_button_or_a_lone_word_beside_a_date_is_no_byline(line: str) -> None:
    from boilerstrip.cleaners.metadata_lines import bare_names

    assert bare_names(line) == []


def test_a_letters_signature_over_its_date_stays() -> None:
    letter = (
        "Dear neighbours,\n"
        "The allotment committee thanks everyone who helped clear the paths after the storm last week.\n"
        "We will meet again in the hall on the first Saturday of the month to plan the spring planting.\n"
        "Anna Kowalska\n"
        "12 March 2026\n"
    )
    assert boilerstrip.clean(letter).text == letter.rstrip("\n")


@pytest.mark.parametrize("line", ["3 дня назад", "hace 3 días", "5 hours ago", "il y a 2 heures", "1 gün önce"])
def test_a_relative_stamp_is_a_date_line(line: str) -> None:
    assert is_date_line(line)


@pytest.mark.parametrize("line", ["4 – назад на почетак", "2 – vor und zurück", "Step 3: go back"])
def test_a_numbered_row_with_a_relative_word_is_no_date_line(line: str) -> None:
    assert not is_date_line(line)


def test_georgian_names_parse_and_credit_a_caption() -> None:
    """Georgian letters are lower case to Unicode; its names are names all the same."""
    assert parse_names("ნიკა ბერიძე") == ["ნიკა ბერიძე"]
    page = (
        "ტელესკოპის გუმბათი თოვლიან ღამეში.\n"
        "ფოტო: ნიკა ბერიძე\n"
        "ორწლიანი შესვენების შემდეგ აბასთუმნის ობსერვატორია კვლავ იწყებს ღამის დაკვირვებებს ზამთრის სეზონზე.\n"
    )
    got = boilerstrip.clean(page)
    assert got.text.startswith("ორწლიანი")
    assert [(i.caption, i.credit) for i in got.metadata.images] == [
        ("ტელესკოპის გუმბათი თოვლიან ღამეში.", "ნიკა ბერიძე")
    ]


@pytest.mark.parametrize(
    ("sentence", "stamp"),
    [
        ("Il a été publié le 3 mars 2020.", "Publié le 3 mars 2020"),
        ("The report was published on 3 March 2020.", "Published on 3 March 2020"),
    ],
)
def test_a_sentence_that_says_when_something_was_published_is_no_date_line(sentence: str, stamp: str) -> None:
    assert not is_date_line(sentence)
    assert is_date_line(stamp)  # the label and the date alone are a stamp


def test_a_source_url_field_in_a_documents_head_is_its_own() -> None:
    # A Debian copyright file, a data sheet: "Source: <URL>" among the first fields, above any paragraph.
    head = "Format: https://example.org/copyright-format/1.0/\nUpstream-Name: tidetables\n"
    head += "Source: https://example.org/tidetables/releases\n\nFiles: *\nCopyright: 2019 The contributors\n"
    assert [r for r, _ in cuts(head, MetadataLines())] == []
    # A source trailer under a story still goes.
    story = "The harbour office published the new tide tables on Monday, a week earlier than usual.\n"
    assert cuts(story + "Source: https://example.org/tides\n", MetadataLines()) == [
        ("source_line", "Source: https://example.org/tides\n")
    ]


@pytest.mark.parametrize(("line", "agency"), [("sda", "sda"), ("Hina", "Hina"), ("AFP", "AFP")])
def test_a_known_agency_alone_on_its_line_is_a_source_line(line: str, agency: str) -> None:
    # Swiss and Croatian portals print the wire under the date line or the article with no brackets.
    found = [c for c in cuts(f"{P}\n{line}\n", MetadataLines()) if c[0] == "source_line"]
    assert found == [("source_line", line + "\n")]


def test_a_word_alone_on_its_line_that_no_agency_list_knows_stays() -> None:
    assert not [c for c in cuts(f"{P}\nHarbour\n", MetadataLines()) if c[0] == "source_line"]


@pytest.mark.parametrize(
    "line",
    [
        "Mittwoch, 2. Dezember 2026",
        "mercredi 2 décembre 2026",
        "środa, 2 grudnia 2026",
        "mercoledì 2 dicembre 2026",
        "الأحد 12 يوليو 2026",
        "quarta-feira, 2 de dezembro de 2026",
        "Τετάρτη 2 Δεκεμβρίου 2026",
        "2026年12月2日（水）",
        "星期三 2026年12月2日",
        "Thứ Tư, 02/12/2026",
        "बुधवार, 2 दिसंबर 2026",
        "Rabu, 2 Desember 2026",
        "วันพุธที่ 2 ธันวาคม 2569",  # Thai puts "ที่" (the ordinal) between the weekday and the day
        "2026년 12월 2일 (수) 오후 2:10",
        "2026年12月2日（水）14時10分",
        "12/2(水) 14:10配信",
    ],
)
def test_a_date_with_its_weekday_is_a_date_line_in_any_language(line: str) -> None:
    # The lexicon's [dates] weekdays: before session twenty-one only English, Spanish, Turkish, Russian and
    # Ukrainian weekday names were known, and "Mittwoch, 2. Dezember 2026" alone on its line stayed.
    assert is_date_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "4 декабря 2026 года",
        "04.12.2026 г.",
        "4 грудня 2026 р.",
        "Objavljeno 4. decembra 2026. godine",
        "4 դեկտեմբերի 2026 թ.",
        "2026 წლის 4 დეკემბერი",
        "2026 m. gruodžio 4 d.",
        "2026. december 4.",
    ],
)
def test_a_date_with_its_year_word_is_a_date_line(line: str) -> None:
    # The lexicon's [dates] year_words (session twenty-two): "года", "г.", "godine", "m." ... "d." beside a
    # date's numbers left a word over, and a date line with a word over is content.
    assert is_date_line(line)


@pytest.mark.parametrize(
    "line",
    ["Mittwochs Treffen am 2. Dezember 2026", "Am Mittwoch, 2. Dezember 2026, tagt der Rat."],
)
def test_a_weekday_in_a_sentence_or_a_word_makes_no_date_line(line: str) -> None:
    assert not is_date_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "第1便 7:10発 欠航",
        "第3便 13:20発 条件付き運航",
        "14시 10분",
        "В 2026 году 4 декабря откроется школа.",
        "Vor 3 Jahren begann alles.",  # a sentence saying how long ago, not a relative stamp
    ],
)
def test_a_timetable_row_or_a_bare_time_is_no_date_line(line: str) -> None:
    # "第" (an ordinal) was a Chinese "published" label, for "第3版" (page 3), which the edition pattern reads:
    # a ferry's departures read as labelled stamps once their times "7:10発" were read.
    assert not is_date_line(line)


def test_a_dates_own_label_is_no_writers_name() -> None:
    line = "Haber Merkezi Yayınlanma: 18.08.2025 14:22 Güncelleme: 18.08.2025 15:01"
    md = boilerstrip.clean(f"Title Of The Story Here\n{line}\nShare on Facebook\n{P}\n{P}").metadata
    assert "Yayınlanma" not in md.authors
