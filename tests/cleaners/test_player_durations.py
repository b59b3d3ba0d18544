"""A player's label with its running time after it is still the player's label (session nineteen)."""

from __future__ import annotations

import pytest

from boilerstrip.rules.lexicon import load_lexicon


@pytest.mark.parametrize(
    "line",
    [
        "Lyssna på artikeln 4 min",
        "Lyssna på artikeln (4 min)",
        "Artikel anhören 5 Min.",
        "Listen to this article 3:45",
        "Listen to this article · 12 minutes",
        "Spela upp 12:48",
    ],
)
def test_a_player_label_and_its_running_time(line: str) -> None:
    assert load_lexicon().line_reason(line) == "player_ui"


@pytest.mark.parametrize(
    "line",
    [
        "Lyssna 4 dagar",  # a one-word label and a count that is no clock time
        "Play 3 times",
        "Chapter 4 min",  # no player's label before the time
        "Listen to this article about 4 minutes of silence and then decide",
    ],
)
def test_other_lines_with_a_time_are_not_player_labels(line: str) -> None:
    assert load_lexicon().line_reason(line) != "player_ui"
