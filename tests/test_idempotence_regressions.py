"""Inputs the long-running fuzzer (benchmarks/fuzz.py) found where a second run cut more than the first."""

from __future__ import annotations

import pytest

import boilerstrip

PROSE = "The council approved the budget on Tuesday after a long debate about the port."
SPANISH = "El gobierno aprobó el plan de obras para el puerto este lunes, según el ministro."


@pytest.mark.parametrize(
    "text",
    [
        # A share button between two tag-like lines hid the tag run from ui_strings on the first run.
        f"{PROSE}\nShareShare\nShare\nShareShare",
        # Two copies of a line kept apart by a button that ui_strings removes later.
        f"Share\nShare\n{PROSE}\n{SPANISH}\nShare\n{SPANISH}",
        # Buttons above the title pushed a repeated line out of the page's opening on the first run only.
        f"Share\nShare\n{PROSE}\n{SPANISH}\nShareShare\n{SPANISH}",
        f"Share\nShare\n{PROSE}\nShare{PROSE}\nShareShare\nShare{PROSE}",
        # Copies brought together only by cuts made after duplicate_lines (a credit, a caption, a read-more tail).
        f"ShareShare\nPhoto: Reuters\n{PROSE}\r\n{SPANISH}\nShareShare\n{SPANISH}",
        f"ShareShare\nPhoto: Reuters\r\n{PROSE}\nShare{PROSE}\nPhoto: Reuters\nShare{PROSE}Read more",
        # A legal footer between two one-word tail lines hid their tag run on the first run.
        f"{PROSE}\nA\nShareShare\n© 2024 The Associated Press",
        f"{PROSE}\x1eA\n© 2024 The Associated Press\x1eA",
        # Closed by the pipeline's later passes, not by a rule: a cut exposes a title, a dateline or a tag run.
        f"Share\nShare{PROSE}Share\n{PROSE}ShareShare\nShareShare\n{PROSE}",
        f"{PROSE}\nShareShare\r\n港口将于五月开放，官员表示，工程已经基本完成。\nShare\rA",
        f"Share\nМинистр заявил, что порт откроется в мае, а работы завершатся к осени.\n{SPANISH}\nBERLIN (dpa) - {PROSE}",
    ],
)
def test_second_run_changes_nothing(text: str) -> None:
    first = boilerstrip.clean(text)
    assert boilerstrip.clean(first.text).text == first.text
    assert first.restore() == text


def test_copies_around_a_button_keep_the_later_copy() -> None:
    result = boilerstrip.clean(f"{PROSE}\n{SPANISH}\nShare\n{SPANISH}")
    assert result.text == f"{PROSE}\n{SPANISH}"
    # The first copy sits before an interface button: it is a copy (weak evidence) until the button's
    # phrase (strong) has been seen, so the late pass of duplicate_lines takes it.
    assert [(r.cleaner, r.reason, r.text.strip()) for r in result.removed if r.reason == "duplicate_line"] == [
        ("late_duplicate_lines", "duplicate_line", SPANISH)
    ]
