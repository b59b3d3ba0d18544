"""wiki_furniture: a wiki page's contents, footnotes and coordinates go; numbered lists, underlines and prose stay."""

from __future__ import annotations

import pytest

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
