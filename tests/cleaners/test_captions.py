from __future__ import annotations

import pytest

import boilerstrip
from boilerstrip.cleaners import Captions
from boilerstrip.cleaners.captions import split_caption_credit
from boilerstrip.testing import check_cleaner, cuts


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        (
            "A man walks past a shop in Kyiv on Monday. (AP Photo/Efrem Lukatsky)",
            "A man walks past a shop in Kyiv on Monday.",
            "AP Photo/Efrem Lukatsky",
        ),
        (
            "Traders wait at a market in Mombasa [File: Amina Said/Reuters]",
            "Traders wait at a market in Mombasa",
            "Amina Said/Reuters",
        ),
        (
            "A reservoir near Silves stood low last week.Photograph: Inês Carvalho/AP",
            "A reservoir near Silves stood low last week.",
            "Inês Carvalho/AP",
        ),
        (
            "Navio atraca no novo terminal — Foto: Rafael Nogueira/Agência Brasil",
            "Navio atraca no novo terminal",
            "Rafael Nogueira/Agência Brasil",
        ),
        (
            "Le barrage de Vinça, le 17 janvier 2023. JEAN-MARC DURAND / AFP",
            "Le barrage de Vinça, le 17 janvier 2023.",
            "JEAN-MARC DURAND / AFP",
        ),
        ("6月18日，修复师在检查佛经。新华社记者张博文摄", "6月18日，修复师在检查佛经。", "新华社记者张博文摄"),
        ("ماتيوس ألميدا خلال مباراة سابقة مع بورتو (رويترز)", "ماتيوس ألميدا خلال مباراة سابقة مع بورتو", "رويترز"),
        # Labels from the per-language [credit] prefixes of the lexicon, in brackets or after the caption.
        ("שחקניות הקבוצה חוגגות בסיום (צילום: עידו שחר)", "שחקניות הקבוצה חוגגות בסיום", "עידו שחר"),
        ("एक दुग्ध संग्रह केंद्र पर दूध की जांच (फोटो: विक्रम सिंह)", "एक दुग्ध संग्रह केंद्र पर दूध की जांच", "विक्रम सिंह"),
        ("Sóng lớn đánh vào kè biển sáng 25/8. Ảnh: Đức Anh", "Sóng lớn đánh vào kè biển sáng 25/8.", "Đức Anh"),
        ("춘천 시내버스 환승센터 [사진=춘천시 제공]", "춘천 시내버스 환승센터", "춘천시 제공"),
        ("Budowa wiaduktu nad torami. fot. Marek Sowiński", "Budowa wiaduktu nad torami.", "Marek Sowiński"),
        (
            "Ein Postauto auf der Strecke Chur–Arosa. Bild: Keystone",
            "Ein Postauto auf der Strecke Chur–Arosa.",
            "Keystone",
        ),
        # A dash, the photographer and a known agency after a slash, no label.
        (
            "Agentes de saúde visitam casas no bairro Jardim América - Paula Reis/Agência Brasil",
            "Agentes de saúde visitam casas no bairro Jardim América",
            "Paula Reis/Agência Brasil",
        ),
    ],
)
def test_caption_with_credit(line: str, caption: str, credit: str) -> None:
    split = split_caption_credit(line, bare_agency=True)
    assert split is not None
    assert (split.caption, split.credit) == (caption, credit)


@pytest.mark.parametrize(
    "line",
    [
        "The company said its profit rose 4 percent in the quarter (Reuters)",
        '"We have listened to Kenyans," Wanyama said.',
        "Officials said the terminal, built on a former warehouse site, can take two ferries.",
        # A label's word inside a sentence, or a clause after it, is no credit.
        "The museum shows his portraits. Foto: a series of forty prints from the harbour.",
        "Die Ausstellung zeigt Bilder aus dem Archiv (Foto: siehe unten, Seite vier).",
    ],
)
def test_prose_is_not_a_caption(line: str) -> None:
    assert split_caption_credit(line) is None


def test_echo_and_twin() -> None:
    text = (
        "A ferry leaves the terminal\n"
        "A ferry leaves the terminal - Sputnik International, 1920, 12.03.2025\n"
        "AKTAU (Sputnik) - Kazakhstan on Wednesday opened a new ferry terminal on its coast."
    )
    assert [r for r, _ in cuts(text, Captions())] == ["caption_twin", "caption_echo"]
    md = boilerstrip.clean(text).metadata
    assert md.site_name == "Sputnik International" and md.date == "2025-03-12"
    assert [i.caption for i in md.images] == ["A ferry leaves the terminal"]


def test_caption_above_a_credit_line() -> None:
    text = (
        "Die Gemeinde stimmte am Montag zu, nach langer Debatte im Rat.\n"
        "Ausgetrockneter Acker bei Lieberose: Die Böden sind trocken\n"
        "Foto: Markus Kleiber/dpa\n"
        "Die Verfügungen gelten bis Ende September, sagte der Landrat."
    )
    result = boilerstrip.clean(text, favor="clean")
    assert "Lieberose" not in result.text
    assert result.metadata.images[0].caption == "Ausgetrockneter Acker bei Lieberose: Die Böden sind trocken"
    assert result.metadata.images[0].credit == "Markus Kleiber/dpa"


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        ("Die Rorate-Messe in St. Laurentius im vergangenen Jahr", "Bild: Pfarrei Kirchberg"),
        ("Dr. Ana Ruiz in her laboratory at the harbour institute", "Photo: Tom Reyes"),
        ("J. Nowak na mecie biegu w Rzeszowie", "Fot. Anna Berg"),
    ],
)
def test_an_abbreviation_or_an_initial_does_not_end_a_caption(caption: str, credit: str) -> None:
    # The full stop after a word of one or two letters ("St.", "Dr.", "J.") starts no second sentence.
    text = (
        "The council agreed on Monday, after a long debate, to fund the repairs this winter.\n"
        f"{caption}\n{credit}\n"
        "The works start in January and should take four months, the mayor said.\n"
    )
    result = boilerstrip.clean(text, favor="clean")
    assert caption not in result.text
    assert result.metadata.images[0].caption == caption


def test_contract() -> None:
    check_cleaner(Captions(), ["x - Site, 1920, 01.01.2024", "", "(AP Photo/X)", "a\n(AP Photo/X)"])


@pytest.mark.parametrize(
    "caption",
    [
        "Le castagne essiccate nel metato vengono portate al mulino in sacchi di juta. (ph. Marco Ferri)",
        "Les châtaignes séchées arrivent au moulin dans des sacs de jute. (Ph. Claire Dumas)",
    ],
)
def test_a_photographers_ph_abbreviation_closes_a_caption(caption: str) -> None:
    article = "Il mulino ha ripreso a macinare le castagne dopo dieci anni di fermo, grazie a una cooperativa.\n" * 3
    assert cuts(article + caption + "\n" + article, Captions()) == [("caption_with_credit", caption + "\n")]
    # "Ph. D." in a sentence's brackets is a degree, and the line is no caption.
    assert cuts(article + "La cooperativa (Ph. D. in agraria) lavora qui.\n", Captions()) == []


def test_a_price_list_with_dashes_is_no_caption_echo() -> None:
    rows = ["Jasmine - Rs.2,000", "Mullai - Rs.1,200", "Pichi - Rs.1,000", "Sampangi - Rs.300"]
    intro = "Flower prices rose sharply at the market this week as the festival drew near and supply fell."
    page = "Home\nShare\nSubscribe\n" + intro + "\nToday's prices per kilo:\n" + "\n".join(rows) + "\n" + intro + "\n"
    got = boilerstrip.clean(page).text.split("\n")
    assert all(row in got for row in rows)


@pytest.mark.parametrize(
    "line",
    [
        "Mlinice na Plivi nakon obnove (Foto: Jajačke novine)",
        "Walkers on the existing greenway near Murrisk. (Photo: Declan Walsh)",
        "Palandöken'de sezonun ilk gününden bir görüntü (Fotoğraf: AA)",
        "שחקניות הקבוצה חוגגות בסיום (צילום: עידו שחר)",
        "Η αίθουσα των προϊστορικών ευρημάτων (Φωτ.: Γιώργος Καρράς)",
        "춘천 시내버스 환승센터 [사진=춘천시 제공]",
        "A man walks past a shop in Kyiv on Monday. (AP Photo/Efrem Lukatsky)",
    ],
)
def test_a_labelled_credit_in_brackets_is_a_form(line: str) -> None:
    split = split_caption_credit(line)
    assert split is not None and split.labelled
    article = "Volunteers restored four water mills on the river that the floods had damaged last year.\n"
    page = article + line + "\n" + article.replace("four", "six") + "Advertisement\n"
    found = [(r.reason, r.evidence) for r in boilerstrip.clean(page).removed if r.cleaner == "captions"]
    assert found == [("caption_with_credit", "form")]


@pytest.mark.parametrize(
    "line",
    [
        "Postauto auf der Strecke Chur–Arosa Bild: Keystone",  # a label, but no bracket and no sentence before it
        "A man walks past a shop in Kyiv on Monday. (Jane Doe/Reuters)",  # a bracket, but no label
        '// Prints: ["image/png", "image/gif"]',  # a code comment's MIME types
    ],
)
def test_other_credits_are_shapes(line: str) -> None:
    split = split_caption_credit(line, bare_agency=True)
    assert split is None or not split.labelled


@pytest.mark.parametrize(
    "line",
    [
        "Unggahan yang menyebut video jembatan ambruk di Samarinda pekan ini. (Tangkapan layar Facebook)",
        "Vista del embalse del Ebro desde el puente de Arroyo, este domingo. (Archivo)",
        "Der alte Wasserturm am Stadtrand im Herbst (Symbolbild)",
    ],
)
def test_a_generic_credit_in_brackets_closes_a_caption_as_a_form(line: str) -> None:
    # A picture credited to no one ("archive", "screenshot"), in the lexicon's [credit] generic words.
    split = split_caption_credit(line)
    assert split is not None and split.labelled
    assert split.caption == line[: line.rindex("(")].strip()


@pytest.mark.parametrize(
    "line",
    [
        "Open the settings panel and click Export (screenshot)",  # a lower-case aside of the text
        "The minister signed the agreement on Monday (archive)",
    ],
)
def test_a_lower_case_generic_word_in_brackets_is_an_aside(line: str) -> None:
    assert split_caption_credit(line) is None


def test_a_credit_line_with_a_generic_tag_is_no_caption() -> None:
    # The credit's own label opens the line: the bracket tags the credit, it closes no caption.
    assert split_caption_credit("Foto: dahancoo / Pixabay (Symbolbild)") is None


def test_a_labelled_credit_before_a_generic_tag_stays_the_credit() -> None:
    split = split_caption_credit(
        "Immer wieder werden am ISS Dome tote Tauben gefunden. Foto: Getty Images (Symbolbild)"
    )
    assert split is not None
    assert (split.caption, split.credit) == (
        "Immer wieder werden am ISS Dome tote Tauben gefunden.",
        "Getty Images (Symbolbild)",
    )
