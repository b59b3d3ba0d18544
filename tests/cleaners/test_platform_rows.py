"""An episode page's "listen on" row: podcast and music platforms in a row, maybe after a short label (session nineteen)."""

from __future__ import annotations

import pytest

import boilerstrip
from boilerstrip.cleaners import UiStrings
from boilerstrip.testing import cuts

_EPISODE = [
    "In this week's episode we talk to two ferry captains about the winter timetable and the new harbour crane.",
    "They explain why the last crossing moved forty minutes earlier and what the island's shops think of it.",
]


@pytest.mark.parametrize(
    ("row", "lang"),
    [
        ("Kuula ka: Spotify · Apple Podcasts · YouTube", "et"),
        ("Subscríbete en: Spotify · Apple Podcasts · iVoox", "es"),
        ("Слухайте нас на: Spotify, Apple Podcasts, YouTube Music", "uk"),
        ("Hören Sie uns auf: Spotify | Deezer | ARD Audiothek", "de"),
        ("Apple Podcasts   Spotify   RSS", "en"),
        ("Spotify / Deezer / Apple Music", "fr"),
    ],
)
def test_a_row_of_platforms_is_a_subscribe_prompt(row: str, lang: str) -> None:
    text = "\n".join([_EPISODE[0], row, _EPISODE[1]]) + "\n"
    assert [(r, t.strip()) for r, t in cuts(text, UiStrings(), lang=lang)] == [("subscribe_prompt", row)]


@pytest.mark.parametrize(
    "line",
    [
        "Lyssna på Spotify",  # one platform: a phrase's to name
        "The app plays Spotify, Deezer and Tidal playlists.",  # a sentence naming platforms
        "Supported services in this release: Spotify, a local folder, any RSS feed",  # cells that are no platforms
        "Spotify",
    ],
)
def test_a_line_naming_platforms_in_its_own_words_stays(line: str) -> None:
    text = "\n".join([_EPISODE[0], line, _EPISODE[1]]) + "\n"
    assert [r for r, _ in cuts(text, UiStrings(), lang="en") if r == "subscribe_prompt"] == []


def test_a_listen_row_goes_through_clean_on_an_episode_page() -> None:
    text = "\n".join(
        [
            "Harbour Voices",
            "Episode 48: The winter timetable",
            _EPISODE[0],
            _EPISODE[1],
            "Listen on: Spotify · Apple Podcasts · Pocket Casts",
            "Share: Facebook X WhatsApp",
            "© 2026 Harbour Voices. All rights reserved.",
        ]
    )
    result = boilerstrip.clean(text, lang="en")
    assert "Pocket Casts" not in result.text
    assert _EPISODE[0] in result.text and _EPISODE[1] in result.text
