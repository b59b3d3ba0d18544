from __future__ import annotations

import boilerstrip
from boilerstrip.cleaners import Titles
from boilerstrip.testing import check_cleaner, cuts

P = "The council approved the budget on Tuesday after a long debate, officials said."


def test_title_section_site_and_tagline() -> None:
    text = (
        "The Daily Ledger\nEconomy\nGet the latest business news from around the world and much more...\n"
        f"Council Approves Budget After Long Debate\n{P}"
    )
    assert [r for r, _ in cuts(text, Titles())] == ["section_label", "section_label", "tagline", "title"]
    # Nothing but the head's position says these lines are chrome (weak evidence): the default dial
    # keeps them in a text that shows no strong evidence, so this asks for favor="clean".
    assert boilerstrip.clean(text).text == text
    md = boilerstrip.clean(text, favor="clean").metadata
    assert (md.title, md.section, md.site_name) == (
        "Council Approves Budget After Long Debate",
        "Economy",
        "The Daily Ledger",
    )


def test_duplicate_titles_and_kicker() -> None:
    text = f"TrockenheitBrandenburger Landkreise verbieten das Rasensprengen\nBrandenburger Landkreise verbieten das Rasensprengen\n{P}"
    found = cuts(text, Titles())
    assert [r for r, _ in found] == ["kicker", "title", "duplicate_title"]
    assert boilerstrip.clean(text, favor="clean").metadata.section == "Trockenheit"
    # With a byline (strong evidence) in the text, the default dial cuts the head as well.
    assert boilerstrip.clean(f"{text}\nBy Anna Berg").metadata.section == "Trockenheit"


def test_body_is_never_touched() -> None:
    text = f"{P}\nFunding Questions Remain\n{P}"
    assert cuts(text, Titles()) == []


def test_live_blog_entry_after_title_stays() -> None:
    entry = "14.02 BST Regulator says permits will be fast-tracked"
    result = boilerstrip.clean(f"Hosepipe ban extended – live\nThu 8 Aug 2024 14.05 BST\n{entry}\n{P}")
    assert result.text.split("\n") == [entry, P]
    assert result.metadata.title == "Hosepipe ban extended – live"


def test_a_lone_heading_above_a_list_is_not_a_title() -> None:
    text = "Tested Products And Prices\nPS4 DualShock Controller for $39.99\nMechanical Keyboard for $59.99"
    assert cuts(text, Titles()) == []


def test_hard_wrapped_paragraph_is_not_a_head() -> None:
    text = (
        "Veteran actress Kate Henshaw, who in 2008 won the\n"
        "award for best actress, has shared new photos online.\n"
        "The photos were taken in Lagos last week, her team said."
    )
    assert cuts(text, Titles()) == []


def test_contract() -> None:
    check_cleaner(Titles(), ["A Title Here\n" + P, "", "x\n\n" + P])
