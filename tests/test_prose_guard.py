"""The prose-loss guard holds back a cleaner (or the pipeline) that would remove too much prose."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

import boilerstrip
from boilerstrip import Config, Cut, Document, Pipeline, cleaner
from boilerstrip.guard import is_prose_line, prose_lines, prose_removed, prose_size
from tests.strategies import check_invariants

CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "cases"
SENTENCES = [
    "The council approved the new school budget on Tuesday evening, after a long debate.",
    "Teachers had asked for more money for books and heating in the older buildings.",
    "The mayor said the plan would be reviewed again in the spring, once costs are known.",
    "Opposition members voted against it, arguing that the port needed the money more.",
    "A final vote on the harbour works is expected before the end of the year, officials said.",
]
TEXT = "Share\n" + "\n".join(SENTENCES) + "\nRead more"


def _drop_lines(name: str, wanted: set[int]) -> boilerstrip.FunctionCleaner:
    """A cleaner that removes the sentences whose index is in ``wanted``."""

    @cleaner(name, reasons={"x": "test"})
    def find(doc: Document) -> Iterator[Cut]:
        for line in doc.content:
            if line.text in {SENTENCES[k] for k in wanted}:
                yield Cut(line.raw_start, line.next_start, "x")

    return find


def _run(*extra: boilerstrip.FunctionCleaner, **config: object) -> boilerstrip.Result:
    pipe = Pipeline([*extra, *Pipeline.default().cleaners]).configured(Config(**config))  # type: ignore[arg-type]
    result = pipe(TEXT)
    check_invariants(TEXT, result)
    return result


def test_prose_line_definition() -> None:
    assert is_prose_line(SENTENCES[0])
    assert not is_prose_line("Share on Facebook, Twitter and WhatsApp")  # short
    assert not is_prose_line(
        "Home World Europe Politics Business Sport Culture Science Opinion Video"
    )  # no punctuation
    assert is_prose_line(
        "港口将于五月开放，官员表示，工程已经基本完成，预计明年全面投入使用，并将带动周边地区的经济发展和就业机会增长。"
    )


def test_measure_counts_visible_prose_characters_only() -> None:
    doc = Document(TEXT)
    lines = prose_lines(doc)
    assert [line.text for line in lines] == SENTENCES
    assert prose_size(lines) == sum(len(s.replace(" ", "")) for s in SENTENCES)
    first = lines[0]
    assert prose_removed(doc.text, lines, [Cut(0, first.start, "x")]) == 0  # "Share\n" is not prose
    assert prose_removed(doc.text, lines, [Cut(first.start, first.start + 3, "x")]) == 3


def test_cleaner_removing_most_prose_is_held_back_and_named() -> None:
    greedy = _drop_lines("greedy", {0, 1, 2, 3})
    result = _run(greedy)
    assert "prose_guard" in result.flags
    assert [(s.cleaner, s.error_type) for s in result.skipped] == [("greedy", "ProseGuard")]
    assert "% of the prose-like text (max_prose_loss 50%)" in result.skipped[0].message
    assert all(s in result.text for s in SENTENCES)
    assert not any(step.startswith("greedy@") for step in result.steps)
    # The other cleaners still ran.
    assert result.text.startswith(SENTENCES[0]) and not result.text.endswith("Read more")


def test_guard_can_be_loosened_tightened_or_turned_off() -> None:
    greedy = _drop_lines("greedy", {0, 1, 2, 3})
    off = _run(greedy, max_prose_loss=None, max_total_prose_loss=None)
    assert off.text == SENTENCES[4] and "prose_guard" not in off.flags
    loose = _run(greedy, max_prose_loss=0.9, max_total_prose_loss=0.9)
    assert loose.text == SENTENCES[4]
    modest = _drop_lines("modest", {1})
    assert "prose_guard" not in _run(modest).flags
    strict = _run(modest, max_prose_loss=0.1)
    assert [s.cleaner for s in strict.skipped] == ["modest"] and SENTENCES[1] in strict.text


def test_pipeline_wide_total_is_guarded() -> None:
    first, second = _drop_lines("first", {0, 1}), _drop_lines("second", {2, 3})
    # Each cleaner alone stays under the per-cleaner limit once that is off; together they pass 60 %.
    result = _run(first, second, max_prose_loss=None)
    assert [(s.cleaner, s.error_type) for s in result.skipped] == [("second", "ProseGuard")]
    assert "max_total_prose_loss 60%" in result.skipped[0].message
    assert SENTENCES[0] not in result.text and SENTENCES[2] in result.text
    both = _run(first, second, max_prose_loss=None, max_total_prose_loss=None)
    assert both.text == SENTENCES[4]


@pytest.mark.parametrize("text", ["", "Share\nRead more", "\n\n\n"])
def test_text_without_prose_never_triggers(text: str) -> None:
    assert "prose_guard" not in boilerstrip.clean(text, max_prose_loss=0.01, max_total_prose_loss=0.01).flags


def test_defaults_do_not_trigger_on_the_corpus() -> None:
    inputs = sorted(CORPUS.glob("*/input.txt"))
    assert len(inputs) > 100
    flagged = [p.parent.name for p in inputs if "prose_guard" in boilerstrip.clean(p.read_text("utf-8")).flags]
    assert flagged == []


def test_a_long_thai_line_reads_as_prose_by_its_letters() -> None:
    from boilerstrip.rules.shapes import prose_like

    paragraph = (
        "สหกรณ์เดินรถสี่ล้อแดงเชียงใหม่ร่วมกับสำนักงานขนส่งจังหวัดเปิดเส้นทางใหม่จากประตูท่าแพขึ้นดอยสุเทพ "
        "โดยกำหนดค่าโดยสารคงที่และออกรถทุกยี่สิบนาทีตั้งแต่เช้าจนค่ำ"
    )
    assert prose_like(paragraph)
    assert not prose_like("เชียงใหม่เปิดเส้นทางรถแดงสายใหม่ ประตูท่าแพ–ดอยสุเทพ")  # a headline
