"""Author boxes below a story: the writer's name or a bio header, then a short paragraph about the writer."""

from __future__ import annotations

import pytest

import boilerstrip
from boilerstrip.cleaners import AuthorBoxes
from boilerstrip.document import Document
from boilerstrip.testing import check_cleaner, cuts
from boilerstrip.types import Fact, PriorCut

STORY = {
    "en": "The council approved the new school budget on Tuesday, after a debate that ran past midnight.",
    "sv": "Kommunen har beslutat att bygga en ny simhall vid idrottsplatsen, och bygget ska börja i vår.",
    "pl": "Rada gminy zgodziła się we wtorek na budowę nowej hali sportowej przy szkole podstawowej.",
    "it": "Il consiglio comunale ha approvato martedì il nuovo piano dei parcheggi del centro storico.",
    "pt": "A prefeitura anunciou nesta terça-feira a reforma completa da praça central da cidade.",
    "de": "Der Gemeinderat hat am Dienstag den Bau einer neuen Sporthalle neben der Grundschule beschlossen.",
}

#: (language, name or header line, paragraph about the writer, the line that closes the box)
BOXES = [
    ("en", "Owen Prichard", "Owen Prichard covers the coast and the council for the paper.", "More from Owen Prichard"),
    ("sv", "Karin Lindqvist", "Reporter på tidningen. Skriver om arbetsmiljö och kollektivtrafik.", "Dela artikeln"),
    ("pl", "Agnieszka Wolska", "Dziennikarka działu regionalnego. Pisze o drogach i samorządach.", "Zobacz także"),
    ("it", "Chi sono", "Elena, 41 anni, insegnante a Pescara. Viaggio in treno appena posso.", "Post più recente"),
    ("pt", "Sobre a autora", "Carol é jornalista, mora em Curitiba e cultiva temperos desde 2025.", "Comentários"),
    ("de", "Über die Autorin", "Johanna ist Redakteurin im Ressort Reise.", "Weitere Artikel"),
]


@pytest.mark.parametrize(("lang", "head", "bio", "after"), BOXES)
def test_the_box_goes_whole_and_the_story_stays(lang: str, head: str, bio: str, after: str) -> None:
    text = f"{STORY[lang]}\n{STORY[lang]}\n{head}\n{bio}\n{after}\n"
    assert cuts(text, AuthorBoxes(), lang=lang) == [("author_bio", f"{head}\n{bio}\n")]


def test_a_paragraph_opening_with_the_bylines_name_goes_alone() -> None:
    text = f"{STORY['en']}\nDana Whitcomb covers transportation for The Harbor Courier.\nShare\n"
    found = list(AuthorBoxes().find(boilerstrip.Document(text, facts=[Fact("author", "Dana Whitcomb")])))
    assert [(c.reason, text[c.start : c.end]) for c in found] == [
        ("author_bio", "Dana Whitcomb covers transportation for The Harbor Courier.\n")
    ]
    # Without the byline's name, a paragraph about a reporter is about anybody: it stays.
    assert cuts(text, AuthorBoxes()) == []


def test_a_reporter_profiled_in_the_story_stays() -> None:
    # The name is a subheading and the paragraph calls him a reporter, but the story goes on under it.
    text = (
        f"{STORY['en']}\nTomas Varga\nTomas Varga is a reporter who covered corruption before his arrest.\n"
        "His lawyer accepted the award on his behalf at a ceremony in Vienna on Monday evening.\n"
    )
    assert cuts(text, AuthorBoxes()) == []


def test_a_box_needs_a_role_or_writing_under_a_bare_name() -> None:
    # A name over a short paragraph that says nothing of writing is a subheading of the story.
    text = f"{STORY['en']}\nMaria Costa\nShe has run the bakery on the corner for thirty years.\nShare\n"
    assert cuts(text, AuthorBoxes()) == []


def test_nothing_above_the_first_paragraph_is_a_box() -> None:
    # The head's byline is the metadata rules' to take, whatever follows it.
    text = f"Owen Prichard\nOwen Prichard covers the coast for the paper.\n{STORY['en']}\n"
    assert cuts(text, AuthorBoxes()) == []


def test_a_long_paragraph_under_a_header_is_not_a_bio() -> None:
    long = " ".join(["He wrote about the town and its harbour for many years."] * 7)
    text = f"{STORY['en']}\nAbout the author\n{long}\nShare\n"
    assert cuts(text, AuthorBoxes()) == []


def test_in_the_pipeline_the_box_goes_with_the_pages_other_chrome() -> None:
    text = (
        "Harbour dredging to start in March\nBy Owen Prichard\nPublished 2 December 2026\n"
        f"{STORY['en']}\n{STORY['en']}\nShare this article\nOwen Prichard\n"
        "Owen Prichard covers the coast, transport and the council for the paper.\nMore from Owen Prichard\n"
    )
    result = boilerstrip.clean(text)
    assert result.text == f"{STORY['en']}\n{STORY['en']}"
    assert result.metadata.authors == ("Owen Prichard",)
    assert any(r.reason == "author_bio" for r in result.removed)


def test_contract() -> None:
    check_cleaner(AuthorBoxes(), [f"{STORY[lang]}\n{head}\n{bio}\n{after}" for lang, head, bio, after in BOXES])


def test_a_header_between_two_paragraphs_of_the_story_takes_nothing_with_it() -> None:
    # A link to the author's page between paragraphs: the paragraph under it speaks of no writer.
    text = f"{STORY['en']}\nAbout the author\nThe new school will take its first pupils next September.\nShare\n"
    assert cuts(text, AuthorBoxes()) == []


def _under_a_cut_byline(first: str, author: str) -> Document:
    """The view after metadata_lines cut a byline above ``first``: its name is a fact, its place a prior cut."""
    story = "The library on the square closed for the summer again, and the children had nowhere to go."
    view = f"{first}\n12 July 2026\n{story}\n{story}\n"
    return Document(view, prior=(PriorCut(0, "metadata_lines", "byline"),), facts=[Fact("author", author)])


@pytest.mark.parametrize(
    ("author", "bio"),
    [
        ("سلمى العبدالله", "كاتبة وأكاديمية متخصصة في علم المعلومات، تكتب أسبوعياً في الصحيفة."),
        ("Dana Whitcomb", "Dana Whitcomb is a teacher and writes on schools for the paper every Friday."),
        ("Jana Roth", "Journalistin und Autorin; sie schreibt jeden Freitag über Schulen."),
    ],
)
def test_a_columnists_bio_under_the_byline_goes_with_it(author: str, bio: str) -> None:
    doc = _under_a_cut_byline(bio, author)
    assert [(c.reason, doc.text[c.start : c.end]) for c in AuthorBoxes().find(doc)] == [("author_bio", bio + "\n")]


def test_a_lead_about_a_reporter_under_a_byline_stays() -> None:
    lead = "A press freedom group gave its annual award to a reporter who has spent a year in detention."
    assert list(AuthorBoxes().find(_under_a_cut_byline(lead, "Dana Whitcomb"))) == []
