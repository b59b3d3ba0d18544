"""Share rows whose network names are printed in the page's own script ("اشتراک گذاری: تلگرام واتساپ",
"Поделиться: ВКонтакте Телеграм", "שתפו: פייסבוק וואטסאפ"); a sentence naming a network is no such row. And Persian
labels printed with a space where the lexicon writes a zero-width non-joiner.
"""

from __future__ import annotations

import pytest

from boilerstrip.cleaners.ui_strings import _share_line
from boilerstrip.rules.lexicon import load_lexicon, spellings


@pytest.mark.parametrize(
    "row",
    [
        "اشتراک گذاری: تلگرام واتس اپ ایکس",
        "اشتراک‌گذاری: تلگرام واتساپ",
        "مشاركة: فيسبوك تويتر واتساب",
        "Поделиться: ВКонтакте Телеграм",
        "Поділитися: Фейсбук Телеграм",
        "שתפו: פייסבוק וואטסאפ",
        "शेयर करें: फेसबुक व्हाट्सएप",
    ],
)
def test_a_share_label_before_network_names_in_the_pages_script_is_a_share_row(row: str) -> None:
    assert _share_line(row, load_lexicon())


@pytest.mark.parametrize(
    "line",
    [
        "The minister announced the plan on Telegram on Monday evening.",
        "وزیر این خبر را در تلگرام اعلام کرد و گفت که طرح از ماه آینده اجرا می‌شود.",
        "Министр сообщил об этом в Телеграме в понедельник вечером.",
    ],
)
def test_a_sentence_naming_a_network_is_no_share_row(line: str) -> None:
    assert not _share_line(line, load_lexicon())


@pytest.mark.parametrize(("line", "reason"), [("تازه سازی", "live_ui"), ("پربیننده ترین", "related_header")])
def test_a_persian_label_printed_with_a_space_for_the_zero_width_non_joiner_matches(line: str, reason: str) -> None:
    # fa.toml writes "refresh" and "most viewed" with the joiner (تازه‌سازی); pages print a space as often.
    assert "\u200c" not in line
    assert load_lexicon().line_reason(line) == reason
    assert spellings(line.replace(" ", "\u200c")) == (line.replace(" ", "\u200c"), line)
