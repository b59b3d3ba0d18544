"""Forms that carry across sites and languages (session ten): a forum reply's quote header and its copy,
a post's date line beside its author row, reaction rows of counts, a newswire's dateline, a dateline in a
script without capitals, a related list found by its heading's word, a byline row with its date.

Each form is tested in several languages, and beside a document of the same shape that has no chrome.
"""

from __future__ import annotations

import pytest

import boilerstrip
from boilerstrip.cleaners import CommentThreads, Datelines, MetadataLines, RelatedTeasers
from boilerstrip.document import Document
from boilerstrip.testing import cuts

_POST = "Thanks everyone, I measured the glow plugs tonight and one of them reads open on the meter."


def _thread(rows: list[str], header: str, quoted: str, second: str) -> str:
    """A forum thread of three posts whose third quotes the second."""
    first, reply, third = rows
    return "\n".join(
        [
            first,
            "My car starts badly on cold mornings since the first frost, even with a new battery.",
            "The warning light blinks for a long time before the engine turns over at all.",
            reply,
            "Check the connector of the glow plug relay first, it oxidises on this engine.",
            quoted,
            third,
            header,
            quoted if second == "next" else "",
            _POST,
        ]
    ).replace("\n\n", "\n")


@pytest.mark.parametrize(
    ("rows", "header"),
    [
        (
            [
                "bricolo63 · Nouveau membre · 24/11/2026 07:51",
                "Papy_Meca · Expert · 24/11/2026 09:12",
                "bricolo63 · Nouveau membre · 25/11/2026 18:30",
            ],
            "Papy_Meca a écrit :",
        ),
        (
            [
                "tomek_z_kielc · Początkujący · 27 lis 2026, 21:14",
                "Ryszard_K · Ekspert · 27 lis 2026, 22:03",
                "tomek_z_kielc · Początkujący · 28 lis 2026, 08:40",
            ],
            "Ryszard_K napisał(a):",
        ),
        (
            [
                "Skogsmulle · Medlem · 2026-11-29 19:02",
                "Vedkarl_J · Medlem · 2026-11-29 19:40",
                "Skogsmulle · Medlem · 2026-11-29 20:15",
            ],
            "Citat från Vedkarl_J:",
        ),
    ],
)
def test_quote_header_and_its_copy_go_in_any_language(rows: list[str], header: str) -> None:
    quoted = "If only one plug is dead there is no need to change all four of them."
    text = _thread(rows, header, quoted, "next")
    found = cuts(text, CommentThreads())
    assert ("quote_header", f"{header}\n{quoted}\n") in found
    # The post that was quoted keeps its words: only the copy under the header goes.
    result = boilerstrip.clean(text)
    assert result.text.count(quoted) == 1
    assert header not in result.text


def test_quote_on_the_header_line_goes_whole() -> None:
    rows = ["ivica_zadar · Poruka: 112", "dalmatinka · Poruka: 2.046", "ivica_zadar · Poruka: 113"]  # author rows
    quoted = "Should I prune them right away or wait for the spring?"
    text = _thread(rows, f"dalmatinka je napisao: {quoted}", quoted, "same")
    assert ("quote_header", f"dalmatinka je napisao: {quoted}\n") in cuts(text, CommentThreads())


def test_a_label_over_a_repeated_sentence_is_no_quote_without_a_thread() -> None:
    # A manual repeats a warning under a label: no author rows name a writer, so nothing is a quote header.
    text = (
        "Never open the case while the charger is plugged in.\n"
        "The fuse sits behind the left panel and takes a standard 5 A cartridge.\n"
        "Warning from the manufacturer:\n"
        "Never open the case while the charger is plugged in.\n"
    )
    assert not [reason for reason, _ in cuts(text, CommentThreads()) if reason.startswith("quote")]


def test_a_posts_date_line_beside_its_author_row_is_a_stamp() -> None:
    rows = [
        "Posté le 24/11/2026 à 07:51",
        "bricolo63 · Nouveau membre · Messages: 4",
        "Bonjour à tous, le voyant de préchauffage clignote le matin depuis les premières gelées.",
        "Posté le 24/11/2026 à 09:12",
        "Papy_Meca · Expert · Messages: 12 480",
        "Un voyant qui clignote, ce n'est pas forcément les bougies sur ce moteur.",
        "Posté le 25/11/2026 à 18:30",
        "bricolo63 · Nouveau membre · Messages: 5",
        "J'ai mesuré ce soir : trois bougies à 0,7 ohm et une complètement ouverte.",
        "Posté le 28/11/2026 à 08:05",
        "Bougie changée hier, démarrage au quart de tour ce matin par moins trois degrés.",
    ]
    found = cuts("\n".join(rows) + "\n", CommentThreads())
    stamps = [text.strip() for reason, text in found if reason == "post_stamp"]
    # The last post's date line stands alone (the same writer again) but reads like the others.
    assert stamps == [r for r in rows if r.startswith("Posté le")]


def test_a_changelog_keeps_its_release_dates() -> None:
    # Dated headings over each release, with no author rows: nothing names a thread.
    text = "\n".join(
        [
            "Released 2026-03-01",
            "The parser now reads files of any size without loading them whole.",
            "Released 2026-02-01",
            "Fixed a crash on empty input and sped up the tokenizer by a third.",
            "Released 2026-01-05",
            "First public version with the command line tool and the library.",
        ]
    )
    assert boilerstrip.clean(text).text == text


def test_reaction_rows_of_counts_close_comments() -> None:
    article = "The city will turn the old mine's bath house into a hostel for seasonal workers next spring.\n" * 3
    thread = (
        "Diskuse (23)\n"
        "Honza_OV · 2. 12. 2026 11:02\n"
        "Konečně rozumné využití. Lepší než další kavárna.\n"
        "👍 41 👎 5 · Odpovědět\n"
        "marie.k · 2. 12. 2026 11:40\n"
        "250 korun za noc je pro brigádníka dost.\n"
        "👍 12 👎 9 · Odpovědět\n"
    )
    assert [reason for reason, _ in cuts(article + thread, CommentThreads())] == ["comment_thread"]


@pytest.mark.parametrize(
    ("line", "place", "agency"),
    [
        (
            "SAN FRANCISCO--(BUSINESS WIRE)--Acme Robotics today announced that it has opened a new plant in Oakland.",
            "SAN FRANCISCO",
            "BUSINESS WIRE",
        ),
        (
            "인천--(뉴스와이어)--2026년 11월 30일 -- 종합 물류 기업 한빛물류가 인천항 인근 냉장 창고를 두 배 규모로 "
            "확장한다고 30일 밝혔다.",
            "인천",
            "뉴스와이어",
        ),
        (
            "ملتان (اے پی پی) - محکمہ زراعت پنجاب نے ملتان اور اس کے گرد و نواح میں آم کے باغات کے لیے قطرہ قطرہ "
            "آبپاشی کا نیا منصوبہ شروع کر دیا ہے۔",
            "ملتان",
            "اے پی پی",
        ),
        (
            "Đà Nẵng, ngày 30/11/2026 – Công ty Cổ phần Hải Âu Logistics hôm nay chính thức đưa vào hoạt động kho "
            "lạnh sức chứa 5.000 tấn.",
            "Đà Nẵng",
            None,
        ),
    ],
)
def test_newswire_caseless_and_dated_datelines(line: str, place: str, agency: str | None) -> None:
    result = boilerstrip.clean(
        line + "\nThe second paragraph of the release goes on with more words and a full stop.\n"
    )
    assert result.metadata.dateline is not None
    assert (result.metadata.dateline.place, result.metadata.dateline.agency) == (place, agency)
    assert not result.text.startswith(place)


def test_a_gloss_in_a_caseless_script_before_a_short_line_is_no_dateline() -> None:
    # "پائتھن (پپ) - ..." is a word and its gloss before a short sentence: no whole lede follows.
    text = "پائتھن (پپ) - ایک پیکج منیجر ہے۔\nدوسری سطر میں مزید معلومات دی گئی ہیں۔\n"
    assert [r for r, _ in cuts(text, Datelines(), lang="ur") if r == "dateline"] == []


@pytest.mark.parametrize(
    ("header", "items", "tail"),
    [
        (
            "Receptes relacionades",
            ["Carn d'olla pas a pas", "Sopa de galets per a dies de fred", "Cigrons amb espinacs i ou dur"],
            "Accepta",
        ),
        (
            "Похожие вопросы",
            ["Нужно ли сливать воду из системы отопления на зиму?", "Какой терморегулятор поставить на батарею?"],
            "",
        ),
        ("関連する質問", ["4WDでもスタッドレスは必要ですか？", "中古のスタッドレスは何年まで使えますか？"], ""),
    ],
)
def test_a_related_list_named_by_its_headings_word_closes_the_text(header: str, items: list[str], tail: str) -> None:
    body = "The soup is cooked for three hours with the bones, then the pasta goes in for the last minutes.\n" * 3
    text = body + "\n".join([header, *items, tail]).rstrip("\n") + "\n"
    found = cuts(text, RelatedTeasers())
    assert ("related_header", header + "\n") in found
    assert [t.strip() for r, t in found if r == "related_headline"] == items


def test_a_similar_section_with_prose_after_it_stays() -> None:
    # A report's "Similar cases" list followed by more of the report: not the end of the text.
    text = (
        "The court found the contract void for lack of consideration.\n"
        "Similar cases\n"
        "Harlow Mills against the County Board\n"
        "Pemberton Dairy against Ashcombe Farms\n"
        "In both the court reached the same conclusion on comparable facts and cited the same rule.\n"
    )
    assert not [r for r, _ in cuts(text, RelatedTeasers()) if r.startswith("related")]


@pytest.mark.parametrize(
    ("line", "author", "date"),
    [
        ("di Chiara Lombardi · 28 novembre 2026", "Chiara Lombardi", "2026-11-28"),
        ("By Chiara Lombardi · November 28, 2026", "Chiara Lombardi", "2026-11-28"),
        ("Von Anna Krüger • 28. November 2026", "Anna Krüger", "2026-11-28"),
    ],
)
def test_a_byline_row_with_its_date(line: str, author: str, date: str) -> None:
    text = f"Winter in Matera\n{line}\nAfter the summer crowds the town returns to its slower rhythm.\n"
    found = cuts(text, MetadataLines())
    assert ("byline", line + "\n") in found
    result = boilerstrip.clean(text + "A second paragraph tells more of the story in full sentences.\n")
    assert result.metadata.authors == (author,)
    assert result.metadata.date == date


def test_a_credit_the_text_announces_is_its_own() -> None:
    # A band's technical rider asks for a credit and prints it under the sentence that asks.
    text = (
        "LES CHARDONNERETS — FICHE TECHNIQUE\n"
        "Mise à jour : 3 mars 2025\n"
        "Formation : quatre musiciens, dont deux chanteurs. Durée du concert : 75 minutes sans entracte.\n"
        "Nous arrivons trois heures avant le concert pour installer et faire la balance avec votre technicien.\n"
        "Les photos du dossier sont libres de droits pour annoncer le concert, à condition d'indiquer le crédit "
        "suivant :\n"
        "Crédit photo : Mireille Kandé\n"
        "Nous aimons partager la scène avec un groupe local en première partie, prévenez-nous une semaine avant.\n"
    )
    assert boilerstrip.clean(text).text == text.rstrip("\n")


@pytest.mark.parametrize(
    ("terms", "definitions"),
    [
        (
            ["drucken", "teilen", "abonnieren"],
            [
                "Schickt 60 Exemplare an den Drucker im Vereinsheim.",
                "Lädt das PDF auf den Vereinsserver, von dort verlinkt die Webseite darauf.",
                "Tut nichts außer einem Hinweis auf die Geschäftsstelle.",
            ],
        ),
        (
            ["Share", "Print", "Subscribe"],
            [
                "Copies the link to the current board into the clipboard.",
                "Sends the board to the printer in landscape format.",
                "Sends you an email whenever a card on the board changes.",
            ],
        ),
    ],
)
def test_definition_list_terms_are_the_documents_own(terms: list[str], definitions: list[str]) -> None:
    intro = "This page explains the commands of the tool, one after the other, as the menu lists them.\n"
    body = "".join(f"{t}\n{d}\n" for t, d in zip(terms, definitions, strict=True))
    # A second witness elsewhere in the text (a copyright notice) does not make the terms chrome.
    text = intro + body + "© 2025 Vereinsheft Rückenwind\n"
    out = boilerstrip.clean(text).text
    assert all(t in out.split("\n") for t in terms)


_LEDE = (
    " La cooperativa d'oli del poble escalfarà aquest hivern l'escola i el pavelló amb els pinyols de les "
    "olives que molen cada any al seu molí."
)


@pytest.mark.parametrize(
    ("opening", "place", "agency"),
    [("Juneda (ACN).-", "Juneda", "ACN"), ("Gjirokastër (ATSH) –", "Gjirokastër", "ATSH")],
)
def test_an_agency_code_in_capitals_after_a_place(opening: str, place: str, agency: str) -> None:
    result = boilerstrip.clean(
        opening + _LEDE + "\nEl projecte ha costat 300.000 euros i es va pagar amb fons europeus.\n"
    )
    assert result.metadata.dateline is not None
    assert (result.metadata.dateline.place, result.metadata.dateline.agency) == (place, agency)
    assert result.text.startswith("La cooperativa")


def test_a_code_in_brackets_before_a_short_gloss_is_no_dateline() -> None:
    text = "Python (PSF) – the foundation behind the language.\nIt holds the trademark and runs the package index.\n"
    assert [r for r, _ in cuts(text, Datelines()) if r == "dateline"] == []


@pytest.mark.parametrize(
    ("line", "title"),
    [
        (
            "També et pot interessar: Les Borges Blanques prepara la Fira de l'Oli amb més expositors",
            "Les Borges Blanques prepara la Fira de l'Oli amb més expositors",
        ),
        ("Sur le même sujet : Le port de Sète accueille ses premiers ferries électriques", None),
    ],
)
def test_a_list_heading_used_as_a_label(line: str, title: str | None) -> None:
    text = f"The town's mill presses olives every winter.\n{line}\nThe heating runs on the pits from next month.\n"
    found = cuts(text, RelatedTeasers())
    assert [r for r, _ in found] == ["read_also"]
    if title is not None:
        assert boilerstrip.clean(text + _LEDE + "\n").metadata.related[0].title == title


def test_a_heading_word_before_a_sentence_is_no_read_also() -> None:
    text = "Related work: three earlier studies measured the same effect in smaller samples of schools.\n"
    assert cuts(text, RelatedTeasers()) == []


def test_an_agency_code_under_a_standfirst_and_a_caption() -> None:
    text = (
        "La cooperativa de Juneda escalfarà l'escola amb el pinyol de les olives\n"
        "El molí aprofitarà l'ós de l'oliva com a combustible en una caldera de biomassa que donarà calor a "
        "l'escola, al pavelló i a la llar d'infants del poble durant tot l'hivern.\n"
        "La nova caldera de biomassa, al costat del molí de la cooperativa\n"
        "Juneda (ACN).-" + _LEDE + "\n"
        "El projecte ha costat 300.000 euros i es va pagar amb fons europeus.\n"
    )
    result = boilerstrip.clean(text)
    assert result.metadata.dateline is not None
    assert result.metadata.dateline.agency == "ACN"
    assert "Juneda (ACN)" not in result.text


def test_a_documents_own_author_line_and_contents_heading_are_a_coincidence() -> None:
    # A plain-text walkthrough: its author line and its contents heading are its own, and two such lines
    # are too little chrome to clean the text on.
    chapters = "\n".join(
        f"Chapter {n}. The tide comes in at the {n}th bell, and the lamp must be lit before the water reaches "
        "the third step of the stair."
        for n in range(1, 14)
    )
    text = f"TIDE KEEPER: THE LAMP AT GULLWICK\nWritten by Hollis Brack (hbrack@example.net)\nCONTENTS\n{chapters}"
    result = boilerstrip.clean(text)
    assert result.text == text
    assert "thin_chrome" in result.flags


def test_a_data_sheets_field_is_no_dateline() -> None:
    text = (
        "KARTA TECHNICZNA\n"
        "Producent:\tZakłady Farb Wisłoka sp. z o.o.\n"
        "Numer karty:\tKT-114/2025\n"
        "Farba silikonowa do malowania tynków mineralnych, betonu i starych powłok akrylowych.\n"
    )
    assert [r for r, _ in cuts(text, Datelines(), lang="pl") if r == "dateline"] == []


@pytest.mark.parametrize(
    ("row", "author"),
    [
        ("Javier Cantos · Albacete · 29 nov 2026 - 20:47", "Javier Cantos"),
        ("Anna Krüger | Rostock | 02.12.2026", "Anna Krüger"),
        ("Maria Lindqvist · 2 december 2026", "Maria Lindqvist"),
    ],
)
def test_a_byline_row_without_a_label_by_the_first_paragraph(row: str, author: str) -> None:
    text = (
        "El Albacete remonta en el Belmonte\n"
        f"{row}\n"
        "Dos goles en la segunda parte dan la vuelta a un partido que el equipo manchego tenía perdido al descanso.\n"
    )
    found = cuts(text, MetadataLines())
    assert [(r, t.strip()) for r, t in found if r == "byline"] == [("byline", row)]
    assert author in [f.value for c in MetadataLines().find(Document(text)) for f in c.facts if f.key == "author"]


def test_a_row_of_places_and_a_date_is_no_byline() -> None:
    text = "Ferry timetable\nOslo · Bergen · 12.03.2026\nThe ferry leaves at ten and reaches the coast by noon on weekdays.\n"
    assert [r for r, _ in cuts(text, MetadataLines()) if r == "byline"] == []


@pytest.mark.parametrize(
    "line",
    ["Share this: Facebook X WhatsApp Telegram Email", "Compartir: WhatsApp Facebook X", "Teilen: Facebook · E-Mail"],
)
def test_a_share_label_with_a_colon_over_network_names(line: str) -> None:
    from boilerstrip.cleaners.ui_strings import _share_line
    from boilerstrip.rules.lexicon import load_lexicon

    assert _share_line(line, load_lexicon())
    assert not _share_line("Share this: the ferry timetable changes on Monday", load_lexicon())


def test_a_ticker_in_brackets_glued_to_a_compound_is_no_dateline() -> None:
    text = (
        "Die Chicago Mercantile Exchange (CME), eine regulierte Derivatbörse, die Bitcoin (BTC)-Futures anbietet, "
        "meldet einen Rekord beim offenen Interesse, das in dieser Woche auf mehr als zwei Milliarden Dollar "
        "gestiegen ist.\nDer zweite Absatz erklärt, was das für den Markt bedeutet.\n"
    )
    assert boilerstrip.clean(text).metadata.dateline is None
