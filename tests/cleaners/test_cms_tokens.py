"""cms_tokens: edit links glued to wiki headings go, the headings stay; look-alikes in data and code stay."""

from __future__ import annotations

import pytest

import boilerstrip
from boilerstrip.cleaners import CmsTokens
from boilerstrip.testing import cuts

BODY = "The tower was built in 1320 and rebuilt after the earthquake of 1703, when its top fell."


@pytest.mark.parametrize(
    ("heading", "group"),
    [
        ("History", "[edit]"),
        ("Geschichte", "[Bearbeiten | Quelltext bearbeiten]"),
        ("Storia", "[modifica | modifica wikitesto]"),
        ("Historie", "[editovat | editovat zdroj]"),
        ("Історія", "[ред. | ред. код]"),
        ("歴史", "[編集]"),
        ("Histoire", "[modifier | modifier le code]"),
    ],
)
def test_a_known_edit_link_is_cut_and_the_heading_kept(heading: str, group: str) -> None:
    assert cuts(f"{heading}{group}\n{BODY}", CmsTokens()) == [("edit_link", group)]


@pytest.mark.parametrize(
    ("heading", "group"),
    [("History", "[edit]"), ("Storia", "[modifica | modifica wikitesto]"), ("Historie", "[editovat | editovat zdroj]")],
)
def test_the_pipeline_keeps_the_heading_without_its_link(heading: str, group: str) -> None:
    text = f"{BODY}\n{heading}{group}\n{BODY} Again.\nSee also[{group[1:-1]}]\n"
    out = boilerstrip.clean(text).text
    assert f"{heading}\n" in out and group not in out


def test_an_unknown_link_group_repeated_on_headings_is_cut() -> None:
    text = "Alpha[xyzzy | xyzzy plugh]\nOne paragraph of text.\nBeta[xyzzy | xyzzy plugh]\nAnother one.\n"
    assert cuts(text, CmsTokens()) == [("edit_link", "[xyzzy | xyzzy plugh]")] * 2


@pytest.mark.parametrize(
    "text",
    [
        # Units and citations in brackets are content, repeated or not.
        "Timeout [ms]\nInterval [ms]\nRetries [count]\n",
        "The spire is 84 m tall.[1]\nIt was restored in 1998.[2]\n",
        # INI sections and a changelog heading are whole lines, not glued groups.
        "[general]\nname = demo\n[notifications]\nemail = yes\n",
        "## [Unreleased]\n- Fixed the parser.\n",
        # A single unknown group is not enough: it may be a label of the document's own.
        "Voltage [low | high]\nThe switch selects the range.\n",
    ],
)
def test_brackets_that_are_content_stay(text: str) -> None:
    assert cuts(text, CmsTokens()) == []


def test_a_cms_placeholder_line_goes() -> None:
    text = f"{BODY}\n**media[367309]**\n{BODY}\n"
    assert cuts(text, CmsTokens()) == [("placeholder", "**media[367309]**\n")]


def test_headings_with_their_edit_links_are_never_taken_for_a_breadcrumb() -> None:
    # "Constructie[bewerken | brontekst bewerken]" has the pipes of a trail of links; it is a heading, and
    # when cms_tokens' cut waits for a witness, ui_strings must not take the whole line meanwhile.
    from boilerstrip.cleaners import UiStrings

    body = "De molen werd in 1862 gebouwd en draaide tot 1951 op windkracht voor de boeren uit de omgeving."
    for heading in ("Constructie[bewerken | brontekst bewerken]", "Storia[modifica | modifica wikitesto]"):
        assert cuts(f"{body}\n{heading}\n{body}", UiStrings()) == []
    assert cuts(f"{body}\nNieuws | Sport | Weer\n{body}", UiStrings()) == [("navigation", "Nieuws | Sport | Weer\n")]
