from __future__ import annotations

import pytest

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


def test_a_subheading_right_under_a_related_list_stays() -> None:
    # The list's form breaks: numbered headlines, then an unnumbered line over a paragraph.
    numbered = (
        f"{P1}\nMost read\n1. High school cancels winter formal over budget gap\n"
        f"2. Water main break floods three blocks of Elm Street\nWhat drivers should know\n{P2}"
    )
    cut = [text for _, text in cuts(numbered, RelatedTeasers())]
    assert "What drivers should know\n" not in cut
    assert "2. Water main break floods three blocks of Elm Street\n" in cut
    # Much shorter than every headline above it (es, de): the article's next subheading.
    for header, headlines, subheading in [
        (
            "Te puede interesar",
            [
                "MIO tendrá nuevas rutas hacia el sur de la ciudad desde enero",
                "Cierran el puente de la avenida sexta por obras",
            ],
            "Seguridad en la noche",
        ),
        (
            "Lesen Sie auch",
            [
                "Freibad am Brauweg: Saison 2027 steht auf der Kippe",
                "Stadtrat vertagt die Entscheidung über die neue Eishalle erneut",
            ],
            "Wofür das Geld gebraucht wird",
        ),
    ]:
        text = "\n".join([P1, header, *headlines, subheading, P2])
        cut = [t for _, t in cuts(text, RelatedTeasers())]
        assert subheading + "\n" not in cut
        assert headlines[-1] + "\n" in cut


def test_a_most_read_heading_listed_twice_in_the_lexicon_heads_a_list() -> None:
    # "Les plus lus" is both a navigation label and a related-list heading in the French lexicon.
    text = f"{P1}\nLes plus lus\nMillau : le nouveau gymnase ouvrira au printemps\nRoquefort : la cave coopérative recrute vingt saisonniers\n{P2}"
    assert [r for r, _ in cuts(text, RelatedTeasers())] == ["related_header", "related_headline", "related_headline"]


def test_an_interviews_next_question_under_a_related_list_is_no_headline() -> None:
    interview = (
        "What do people bring you these days?\n"
        "Mostly their grandparents' books: a prayer book from Tunis, a wine-stained haggadah from Baghdad.\n"
        "Do you replace the damaged pages?\n"
        "Never. I strengthen them with thin Japanese paper and leave the creases where they are.\n"
        "Related stories\n"
        "The community library in Ajami reopens after two years\n"
        "The artists returning to the old port of Jaffa\n"
        "And which book was the hardest to give back?\n"
        "A small bible that went through the war in a soldier's pocket. His son sat here all morning.\n"
    )
    found = cuts(interview, RelatedTeasers())
    assert [text for _, text in found] == [
        "Related stories\n",
        "The community library in Ajami reopens after two years\n",
        "The artists returning to the old port of Jaffa\n",
    ]


def test_a_paragraph_closed_by_an_agency_tag_ends_a_related_list() -> None:
    text = (
        "Mohlo by vás zajímat\n"
        "Znojemské vinobraní navštívilo šedesát tisíc lidí\n"
        "Pálava: vinaři sklízeli ručně i za tmy\n"
        "Vinaři upozorňují, že mladé víno je určeno k brzké spotřebě do Velikonoc. (ČTK)\n"
    )
    found = [t for _, t in cuts(text, RelatedTeasers())]
    assert "Vinaři upozorňují, že mladé víno je určeno k brzké spotřebě do Velikonoc. (ČTK)\n" not in found
    assert "Pálava: vinaři sklízeli ručně i za tmy\n" in found


def test_a_month_shared_with_the_paragraph_makes_no_subheading() -> None:
    # "januar" is in the headline and in the paragraph under it: a date, not the topic the paragraph announces.
    story = "Samsø Kommunes nye færge bliver først klar til at sejle passagerer mellem Hou og Sælvig i efteråret."
    after = "Indtil den nye færge er klar, fortsætter den nuværende på ruten, men den skal på værft i januar."
    text = f"{story}\nLæs også\nTunø får nye anløbstider fra januar\n{after}\n"
    assert cuts(text, RelatedTeasers(), lang="da") == [
        ("related_header", "Læs også\n"),
        ("related_headline", "Tunø får nye anløbstider fra januar\n"),
    ]
    # A subheading whose topic words come back under it is still the article's own.
    own = f"{story}\nLæs også\nBatterisystemet forsinker værftet\nBatterisystemet blev leveret for sent, og værftet måtte vente.\n"
    assert ("related_headline", "Batterisystemet forsinker værftet\n") not in cuts(own, RelatedTeasers(), lang="da")


@pytest.mark.parametrize(
    ("header", "sentence"),
    [
        ("सभी एपिसोड", "अभिभावकों ने इस फैसले का स्वागत किया और कहा कि वे पिछले तीन साल से इसकी मांग कर रहे थे।"),
        (
            "تازہ ترین اپ ڈیٹس دیکھیں",
            "والدین نے اس فیصلے کا خیرمقدم کیا اور کہا کہ وہ تین سال سے اس کا مطالبہ کر رہے تھے۔",
        ),
        ("ተያያዥ ዜናዎች", "ወላጆች ውሳኔውን በደስታ ተቀብለው ላለፉት ሦስት ዓመታት ይህንን ሲጠይቁ እንደነበር ተናግረዋል።"),
    ],
)
def test_a_sentence_closed_by_its_scripts_full_stop_is_no_listed_headline(header: str, sentence: str) -> None:
    # A related heading left between paragraphs takes no sentence of the article under it: "।", "۔" and "።"
    # close a sentence as "." does (an English sentence under the same heading was always kept).
    p1 = "The council approved the new school budget on Tuesday after a long debate and allowed the repairs."
    p2 = "The mayor said the work would begin in March and take about a year, after which pupils move in."
    found = cuts(f"{p1}\n{p2}\n{header}\n{sentence}\n", RelatedTeasers())
    assert not [c for c in found if c[0] == "related_headline"], found


@pytest.mark.parametrize(
    "line",
    [
        "Read more: Council delays the vote on the new car park",
        "Weiterlesen: Stadtrat vertagt die Entscheidung über das Parkhaus",
        "ተወሳኺ ኣንብቡ: ዙርያ ከበሳ: ካልኣይ መድረኽ ብቕልጡፍ ምዕራፍ ተዛዚሙ",
    ],
)
def test_a_read_more_label_with_a_colon_opens_a_read_also_line(line: str) -> None:
    prose = "The council met on Tuesday and agreed to put the question to a public vote in the spring.\n"
    assert cuts(prose * 2 + line + "\n" + prose, RelatedTeasers()) == [("read_also", line + "\n")]


@pytest.mark.parametrize(
    ("lang", "heading", "entries"),
    [
        # "Other …" over the site's other items, closing the text: its language's word for "other" names the list.
        ("mk", "Други соопштенија", ["Распоред на судии за 2027 година", "Ден на отворени врати за учениците"]),
        ("ga", "Fógraí eile ó Ghaillimh", ["Peadar Ó Conghaile, Leitir Móir", "Síle Bean Uí Fhátharta, An Spidéal"]),
        (
            "it",
            "Altre notizie dal porto",
            ["Nuovo orario dei traghetti per l'isola", "Chiusa la banchina nord per lavori"],
        ),
        ("fa", "خبرهای دیگر", ["افزایش قیمت نان در پایتخت تکذیب شد", "ساعت کار بازار بزرگ تغییر کرد"]),
    ],
)
def test_an_other_items_heading_over_a_list_closing_the_text(lang: str, heading: str, entries: list[str]) -> None:
    text = "\n".join([P1, P2, heading, *entries, ""])
    found = cuts(text, RelatedTeasers(), lang=lang)
    assert [reason for reason, _ in found] == ["related_header", "related_headline", "related_headline"]


def test_an_other_items_heading_with_prose_after_it_is_a_section() -> None:
    # Read only over a list closing the text: a report's "Other findings" section with its paragraph stays.
    text = f"{P1}\nOther findings\nThe inspectors also noted that two of the cranes had not been serviced since May.\n{P2}\n"
    assert cuts(text, RelatedTeasers()) == []
