from __future__ import annotations

import boilerstrip
from boilerstrip.cleaners import RelatedTeasers
from boilerstrip.testing import check_cleaner, cuts

P1 = "The ministry said the new terminal would open to traffic on Monday morning."
P2 = "Officials expect the route to carry two million tonnes a year by 2027."


def test_echo_then_headline_mid_text() -> None:
    text = f"{P1}\n A train near the border - Sputnik International, 1920, 27.02.2025\nFreight Volumes Up 40% in January, Railways Say\n{P2}"
    assert [r for r, _ in cuts(text, RelatedTeasers())] == ["teaser_image", "related_headline"]
    md = boilerstrip.clean(text, favor="clean").metadata
    assert [(r.title, r.date) for r in md.related] == [
        ("Freight Volumes Up 40% in January, Railways Say", "2025-02-27")
    ]


def test_read_also_lines_in_several_languages() -> None:
    for line, title in [
        ("Читайте также: Путин предложил новую систему безопасности", "Путин предложил новую систему безопасности"),
        (
            "Baca juga: Harga Tiket Kapal ke Pulau Pramuka Naik Mulai Juli",
            "Harga Tiket Kapal ke Pulau Pramuka Naik Mulai Juli",
        ),
        (
            "Lire aussi : Paris : la brocante change d’horaires au printemps",
            "Paris : la brocante change d’horaires au printemps",
        ),
        ("Zobacz także: Ceny skupu zboża w dół", "Ceny skupu zboża w dół"),
    ]:
        result = boilerstrip.clean(f"{P1}\n{line}\n{P2}")
        assert result.text == f"{P1}\n{P2}"
        assert [r.title for r in result.metadata.related] == [title]


def test_header_and_list() -> None:
    text = f"{P1}\nLeia também:\nExportações do agronegócio batem recorde\nGoverno anuncia leilão de três áreas\n{P2}"
    result = boilerstrip.clean(text)
    assert result.text == f"{P1}\n{P2}"
    assert len(result.metadata.related) == 2


def test_doubled_headline_and_self_promo() -> None:
    title = "Boğazköy kazılarında yeni tabletler gün yüzüne çıktı"
    assert cuts(f"{P1}\n{title} {title}\n{P2}", RelatedTeasers())[0][0] == "doubled_headline"
    promo = "Ранее клуб продал двух игроков. Подробнее об этом читайте в материале «Почему клубы продают»."
    [(reason, removed)] = cuts(promo, RelatedTeasers(), lang="ru")
    assert reason == "self_promo" and removed.startswith(" Подробнее")


def test_subheadings_stay() -> None:
    text = f"{P1}\nFunding Questions Remain\nThe council has not said who will pay for the second phase of the works.\n{P2}"
    assert cuts(text, RelatedTeasers()) == []


def test_contract() -> None:
    check_cleaner(RelatedTeasers(), ["Related:", "x - Site, 1920, 01.01.2024\nHeadline Here Now Again", ""])
