from __future__ import annotations

import pytest

import boilerstrip
from boilerstrip.cleaners import DuplicateLines, ForeignLines, Whitespace
from boilerstrip.testing import check_cleaner, cuts

P = "The council approved the budget on Tuesday after a long debate."


PROSE = {
    "en": P,
    "ar": "وقال الوزير إن المحطة ستزود أكثر من مليون نسمة بمياه الشرب.",
    "zh": "港口方面预计，船舶将在5天后抵达宁波。",
    "it": "Si tratta della chiusura di una lettera privata, scritta in greco.",
}


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("Заголовок открываемого материала", "en"),
        ("分享按钮", "en"),
        ("Опреснительная станция на побережье Средиземного моря", "ar"),
        ("اضافة اعلان", "en"),
    ],
)
def test_foreign_script_lines(line: str, lang: str) -> None:
    text = f"{PROSE[lang]}\n{line}\n{PROSE[lang]}"
    assert cuts(text, ForeignLines(), lang=lang) == [
        ("foreign_script" if len(line.split()) <= 6 else "foreign_block", line + "\n")
    ]


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("«Де я можу проголосувати?»", "en"),
        ("“A river, a railway and a lot of happy kids.”", "zh"),
        ("«χαῖρε καὶ ὑγίαινε»", "it"),
    ],
)
def test_quoted_foreign_lines_stay(line: str, lang: str) -> None:
    assert cuts(f"{PROSE[lang]}\n{line}\n{PROSE[lang]}", ForeignLines(), lang=lang) == []


def test_duplicates_keep_the_last_copy_and_short_lines() -> None:
    text = f"{P}\nQ:\nYes.\nQ:\n{P}"
    assert cuts(text, DuplicateLines()) == [("duplicate_line", P + "\n")]
    truncated = "The council approved the budget on Tuesday after a…"
    assert cuts(f"{truncated}\n{P}", DuplicateLines()) == [("truncated_copy", truncated + "\n")]


def test_whitespace_normal_form_is_recorded() -> None:
    text = "\ufeff  One\u00a0 two.\r\n\r\n\u200bThree\tfour.\u2028Five.  \n\n"
    result = boilerstrip.Pipeline([Whitespace()])(text)
    assert result.text == "One two.\nThree four.\nFive."
    assert result.restore() == text
    assert {r.reason for r in result.removed} >= {"edge_space", "inner_space", "blank_line", "line_break"}


def test_one_ideographic_space_between_characters_is_kept_as_typed() -> None:
    # A Japanese list sets its columns apart with U+3000; a run of it, or one mixed with spaces, is collapsed.
    text = "・北部山沿い\u300070センチ\n高校駅伝県予選\u3000\u3000北浦工が初優勝\n\u3000会員登録 \u3000ログイン"
    result = boilerstrip.Pipeline([Whitespace()])(text)
    assert result.text == "・北部山沿い\u300070センチ\n高校駅伝県予選 北浦工が初優勝\n会員登録 ログイン"
    assert result.restore() == text


def test_contract() -> None:
    check_cleaner(Whitespace(), ["", " ", "\n", "a\r\nb", "\x00", "\u200b"])
    check_cleaner(ForeignLines(), ["Привет", "", "a\nПривет мир"])
    check_cleaner(DuplicateLines(), ["a b c d\na b c d", ""])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "M\nontagmorgen war die Brücke gesperrt, teilte die Stadt mit.",
            "Montagmorgen war die Brücke gesperrt, teilte die Stadt mit.",
        ),
        (
            "Ponte riaperto\nD\nopo sei mesi di cantiere il ponte è aperto.",
            "Ponte riaperto\nDopo sei mesi di cantiere il ponte è aperto.",
        ),
        ("В\nчера мост открыли для машин и трамваев.", "Вчера мост открыли для машин и трамваев."),
    ],
)
def test_a_drop_capital_is_joined_to_its_word(text: str, expected: str) -> None:
    result = boilerstrip.Pipeline([Whitespace()])(text)
    assert result.text == expected
    assert [r.reason for r in result.removed if r.reason == "drop_cap"] == ["drop_cap"]
    assert result.restore() == text


@pytest.mark.parametrize(
    "text",
    [
        "A\nabsorption: the uptake of water by the soil.\nB\nbasin: a hollow that holds water.",  # glossary letters
        "X\nEmail\nThe towpath is flat and well kept.",  # a share button, then a capitalised line
        "A\nánh sáng, 12–15, 47\ncây ưa bóng, 49",  # the same letter with an accent, in an index
        # An index's letters: four or more alone on their lines, whatever follows each.
        "Register\nA\nabsorption, 12\nB\nkörper, 14\nC\nschale, 19\nD\nuhr, 31",
    ],
)
def test_a_lone_capital_that_starts_no_word_stays(text: str) -> None:
    result = boilerstrip.Pipeline([Whitespace()])(text)
    assert "drop_cap" not in [r.reason for r in result.removed]
    assert result.text.split("\n")[:2] == [line for line in text.split("\n") if line][:2]
