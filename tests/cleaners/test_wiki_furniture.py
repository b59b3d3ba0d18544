"""wiki_furniture: a wiki page's contents, footnotes and coordinates go; numbered lists, underlines and prose stay."""

from __future__ import annotations

import pytest
import regex

import boilerstrip
from boilerstrip.cleaners import WikiFurniture
from boilerstrip.testing import cuts

#: (contents header, section titles, a paragraph, a notes heading, a footnote, a coordinates line) per language.
PAGES = {
    "nl": (
        "Inhoud",
        ("Geschiedenis", "Constructie"),
        "De molen bleef tot 1958 in bedrijf en raakte daarna in verval, tot de gemeente hem in 1974 kocht.",
        "Bronnen",
        "↑ Molenvereniging Ooststellingwerf, Jaarverslag 2018.",
        "Coördinaten: 52°59′02″ NB, 6°13′10″ OL",
    ),
    "ru": (
        "Содержание",
        ("История", "Архитектура"),
        "Башню построили в 1911–1913 годах, чтобы снабжать водой вокзал и больницу города.",
        "Примечания",
        "↑ Архив городской думы, ф. 12, оп. 1, д. 44.",
        "Координаты: 51°22′05″ с. ш. 42°05′31″ в. д.",
    ),
    "it": (
        "Indice",
        ("Storia", "Descrizione"),
        "La torre fu costruita nel Trecento e servì a lungo come campanile del comune.",
        "Note",
        "^ Archivio di Stato, Provvisioni, reg. 3, c. 14.",
        "Coordinate: 43°53′N 10°47′E / 43°53′20″N",
    ),
}


def _page(lang: str) -> str:
    header, (first, second), para, notes, footnote, coords = PAGES[lang]
    return (
        f"{coords}\n{para}\n{header}\n1 {first}\n2 {second}\n3 {notes}\n"
        f"{first}\n{para}\n{second}\n{para}\n{notes}\n{footnote}\n{footnote}\n"
    )


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_contents_footnotes_and_coordinates_go(lang: str) -> None:
    _, (first, second), _, notes, footnote, coords = PAGES[lang]
    found = cuts(_page(lang), WikiFurniture())
    assert sorted(reason for reason, _ in found) == [
        "contents_entry",
        "contents_entry",
        "contents_entry",
        "coordinates",
        "footnote",
        "footnote",
        "footnote",
    ]
    assert {text.strip() for _, text in found} == {f"1 {first}", f"2 {second}", f"3 {notes}", notes, footnote, coords}


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_the_pipeline_keeps_the_sections(lang: str) -> None:
    _, (first, second), para, _, footnote, coords = PAGES[lang]
    out = boilerstrip.clean(_page(lang)).text.splitlines()
    assert first in out and second in out and para in out
    assert footnote not in out and coords not in out and f"1 {first}" not in out


def test_a_numbered_list_without_a_contents_header_stays() -> None:
    # A novel's chapter list, or steps whose names come back as headings: no interface line above them.
    text = (
        "The Harbour Stories\n1 The Harbour\n2 The Storm\n"
        "The Harbour\nThe ferry left at dawn, as it always did in the summer months.\n"
        "The Storm\nBy noon the pier was empty and the gulls had gone inland.\n"
    )
    assert cuts(text, WikiFurniture()) == []


def test_a_dotted_table_of_contents_and_a_caret_underline_stay() -> None:
    readme = (
        "Contents\n1. Installation\n2. Usage\nInstallation\n============\nRun the installer once.\n"
        "Usage\n^^^^^\nCall clean() on a text.\n^ marks the column where the parser stopped.\n"
    )
    found = cuts(readme, WikiFurniture())
    assert found == []


def test_one_coordinate_in_a_sentence_is_no_coordinates_line() -> None:
    text = "The summit stands at 46°32′ north, where the old border ran before the war moved it south.\n"
    assert cuts(text, WikiFurniture()) == []


def test_headings_still_carrying_their_edit_links_match_the_contents() -> None:
    text = (
        "Inhaltsverzeichnis\n[Verbergen]\n1 Geschichte\n2 Bauwerk\n"
        "Geschichte[Bearbeiten | Quelltext bearbeiten]\nDer Turm wurde 1911 gebaut und versorgte den Bahnhof mit Wasser.\n"
        "Bauwerk[Bearbeiten | Quelltext bearbeiten]\nDer Behälter fasst 300 Kubikmeter und steht auf einem Ziegelschaft.\n"
    )
    assert [reason for reason, _ in cuts(text, WikiFurniture())] == ["contents_entry", "contents_entry"]


#: A blog's contents box (header, the post's intro, entries, a paragraph per section) over the headings it copies.
JUMP_PAGES = {
    "en": (
        "Contents",
        "Our autumn walk along the north coast, with the places we slept and what we would do again.",
        ("Day 1: From the pier to the lighthouse", "Day 2: Along the cliffs", "What to pack"),
        (
            "We left the harbour at eight and reached the lighthouse by noon, with the tide still going out.",
            "The second day was the longest, nearly twenty kilometres of climbing over the headlands.",
            "Pack light: a rain jacket, two pairs of socks and enough water for the stretch without villages.",
        ),
    ),
    "vi": (
        "Mục lục",
        "Sau hai tuần chạy thử trong phố và trên đường đèo, chúng tôi ghi lại những điểm đáng chú ý nhất.",
        ("1. Thiết kế", "2. Động cơ", "3. Kết luận"),
        (
            "Chiếc xe có dáng gọn, yên thấp và cốp đủ rộng cho một chiếc mũ bảo hiểm cả đầu cùng áo mưa.",
            "Động cơ chạy êm ở dải tốc độ trong phố, mức tiêu hao nhiên liệu thấp hơn con số hãng công bố.",
            "Với mức giá này, đây là lựa chọn đáng cân nhắc cho người đi làm hằng ngày trong thành phố.",
        ),
    ),
    "de": (
        "Inhaltsverzeichnis",
        "Drei Tage im Tal, mit der Bahn hin und zurück: hier steht, wie wir die Tour geplant haben.",
        ("1. Anreise mit der Bahn", "2. Übernachten im Tal", "3. Was die Tour kostet"),
        (
            "Von München fährt stündlich ein Regionalzug ins Tal, die Fahrt dauert knapp zwei Stunden.",
            "Wir haben in einer kleinen Pension am Ortsrand übernachtet, mit Frühstück und Blick auf den See.",
            "Für drei Tage haben wir zu zweit rund 420 Euro ausgegeben, Bahnfahrt und Essen eingerechnet.",
        ),
    ),
}


def _headings(entries: tuple[str, ...]) -> list[str]:
    """The headings below that the entries copy, without an entry's number."""
    return [regex.sub(r"^\d\.\s+", "", entry) for entry in entries]


def _jump_page(lang: str) -> str:
    header, intro, entries, paras = JUMP_PAGES[lang]
    body = "".join(f"{heading}\n{para}\n" for heading, para in zip(_headings(entries), paras, strict=True))
    return (
        "Home | Destinations | About | Contact\nThree days, one road: our trip\nShare on Facebook\nShare on X\n"
        f"{intro}\n{header}\n" + "".join(f"{entry}\n" for entry in entries) + body + "Leave a comment\n"
    )


@pytest.mark.parametrize("lang", sorted(JUMP_PAGES))
def test_a_blogs_contents_box_goes_and_its_headings_stay(lang: str) -> None:
    _, _, entries, paras = JUMP_PAGES[lang]
    result = boilerstrip.clean(_jump_page(lang))
    out = result.text.splitlines()
    headings = _headings(entries)
    assert [line for line in out if line in headings] == headings  # each once, in its section
    assert all(para in out for para in paras)
    assert sum(r.reason == "contents_entry" for r in result.removed) == len(entries)


def test_a_contents_box_whose_entry_has_no_heading_below_stays() -> None:
    _, _, entries, paras = JUMP_PAGES["en"]
    page = _jump_page("en").replace(f"{entries[1]}\n{paras[1]}", paras[1])  # the second heading is gone
    result = boilerstrip.clean(page)
    assert not any(r.reason == "contents_entry" for r in result.removed)


def test_a_menu_repeated_in_the_footer_is_no_contents_box() -> None:
    # The same items one under the other below: the site's menu twice, not headings over their sections.
    header, intro, entries, paras = JUMP_PAGES["en"]
    items = "".join(f"{entry}\n" for entry in entries)
    page = (
        "Home | Destinations | About | Contact\nShare on Facebook\nShare on X\n"
        f"{intro}\n{header}\n{items}" + "".join(f"{para}\n" for para in paras) + f"Leave a comment\n{items}"
    )
    result = boilerstrip.clean(page)
    assert not any(r.reason == "contents_entry" for r in result.removed)


def test_a_coordinates_line_over_the_footnotes_is_cut_once() -> None:
    # Found by the speed round's generated texts: the short line over a footnote run is the notes' heading, and it
    # was also cut as the coordinates line, two overlapping cuts (a contract error that clean() raised).
    prose = "The tower was built in 1898 and restored in 2001 by the town council after a long campaign.\n"
    text = prose * 3 + "Coordinates: 52°31′N 13°24′E\n↑ Town archive, file 12.\n^ a b Smith 2001.\n"
    found = cuts(text, WikiFurniture())
    assert [line for _, line in found].count("Coordinates: 52°31′N 13°24′E\n") == 1
    assert boilerstrip.clean(text).text.startswith(prose.strip())
