"""page_frame: the main block of prose of a whole-page text dump; extractor output passes untouched."""

from __future__ import annotations

from boilerstrip import Pipeline
from boilerstrip.cleaners import PageFrame
from boilerstrip.document import Document

MENU = ["Home", "World", "Business", "Sport", "Culture", "Opinion", "Video", "Podcasts", "Log in", "Subscribe"]
STORY = [
    "The regional council approved the new tram line on Monday after a debate that lasted most of the night.",
    "Construction is due to start next spring and the first trams should run between the station and the port.",
    "Opponents said the route would split the old market square and asked for a referendum on the plan.",
    "Der Stadtrat stimmte am Montag mit knapper Mehrheit für die neue Linie, die zwölf Haltestellen haben soll.",
]
FOOTER = ["About us", "Contact", "Privacy policy", "Terms of use", "Cookie settings", "© 2025 The Ledger"]


def _dump() -> str:
    return "\n".join(MENU * 3 + ["Tram line approved"] + STORY + ["Most read"] + MENU + FOOTER * 2)


def test_a_page_dump_keeps_its_block_of_prose() -> None:
    pipe = Pipeline.default().with_(PageFrame(), after="whitespace")
    result = pipe(_dump())
    assert result.text.split("\n") == STORY
    assert result.restore() == _dump()
    reasons = {r.reason for r in result.removed if r.cleaner == "page_frame"}
    assert reasons == {"before_main_text", "after_main_text"}


def test_extracted_article_text_is_not_a_page() -> None:
    article = "\n".join(["Tram line approved", *STORY, "Tags: transport, council"])
    assert list(PageFrame().find(Document(article))) == []


def test_long_lists_inside_an_article_are_not_menus() -> None:
    rows = [f"{i}. Team {i} played {i + 3} games and scored {i * 2} goals this season" for i in range(60)]
    text = "\n".join([STORY[0], *rows, STORY[1]])
    assert list(PageFrame().find(Document(text))) == []


def test_subheadings_between_paragraphs_stay_in_the_block() -> None:
    body = [STORY[0], "The route", STORY[1], "The cost", STORY[2]]
    text = "\n".join(MENU * 5 + body + FOOTER * 3)
    cuts = list(PageFrame().find(Document(text)))
    kept = [line for line in Document(text).content if not any(c.start <= line.raw_start < c.end for c in cuts)]
    assert [line.text for line in kept] == body
