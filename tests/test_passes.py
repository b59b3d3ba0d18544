"""The pipeline runs over its own output until a pass cuts nothing: one account, a fixed point."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

import boilerstrip
from boilerstrip import Config, ConfigError, Cut, Document, Pipeline, cleaner

PROSE = "The council approved the budget on Tuesday after a long debate about the port."
RUSSIAN = "Министр заявил, что порт откроется в мае, а работы завершатся к осени."
SPANISH = "El gobierno aprobó el plan de obras para el puerto este lunes, según el ministro."


def test_a_dateline_exposed_by_a_late_cut_is_removed_in_the_next_pass() -> None:
    # foreign_lines runs after datelines: on the first pass the dateline is not yet at a paragraph start.
    text = f"Share\n{RUSSIAN}\n{SPANISH}\nBERLIN (dpa) - {PROSE}"
    single = boilerstrip.clean(text, max_passes=1)
    assert "BERLIN (dpa)" in single.text
    result = boilerstrip.clean(text)
    assert "BERLIN (dpa)" not in result.text and PROSE in result.text
    assert result.counts().get("datelines/dateline") == 1
    assert result.metadata.dateline is not None and result.metadata.dateline.place == "BERLIN"
    assert result.restore() == text
    assert result.apply_to(text) == result.text
    assert boilerstrip.clean(result.text).text == result.text
    assert "not_converged" not in result.flags
    # Steps list the rule data, then the cleaners once, whatever the number of passes.
    assert len(result.steps) == 1 + len(Pipeline.default().names_run())


SEEN: list[tuple[str, int, int]] = []


@cleaner("first_x_line", reasons={"x_line": "a first line starting with X"})
def first_x_line(doc: Document) -> Iterator[Cut]:
    """Cut the first line when it starts with ``X``: each pass can expose another one."""
    lines = doc.content
    if lines and lines[0].text.startswith("X"):
        yield Cut(lines[0].raw_start, lines[0].next_start, "x_line", facts=(boilerstrip.Fact("tag", lines[0].text),))


@cleaner("probe", reasons={"never": "never cuts"})
def probe(doc: Document) -> Iterator[Cut]:
    """Record what a pass shows the cleaner after first_x_line: its prior cuts and facts."""
    SEEN.append((doc.text.split("\n", 1)[0], len(doc.prior), len(doc.facts)))
    return iter(())


def test_each_pass_sees_only_its_own_cuts_and_facts() -> None:
    SEEN.clear()
    text = f"X1\nX2\n{PROSE}"
    result = Pipeline([first_x_line, probe])(text)
    assert result.text == PROSE
    # Pass 1 cut X1, pass 2 cut X2, pass 3 cut nothing and ended the run.
    assert SEEN == [("X2", 1, 1), (PROSE, 1, 1), (PROSE, 0, 0)]
    assert [(r.text, r.cleaner) for r in result.removed] == [("X1\n", "first_x_line"), ("X2\n", "first_x_line")]
    assert result.metadata.tags == ("X1", "X2")
    assert result.restore() == text
    assert "not_converged" not in result.flags


@cleaner("head_reader", reasons={"title": "the headline, or else the line above it"})
def head_reader(doc: Document) -> Iterator[Cut]:
    """Take the second line as the title when it starts with ``H``, else the first when it starts with ``M``.

    Reads a head as the titles cleaner may: on the first pass the headline under a masthead, and on the next
    pass, with the headline gone, the masthead that was left.
    """
    lines = doc.content
    pick = lines[1] if len(lines) > 1 and lines[1].text.startswith("H ") else lines[0]
    if pick.text.startswith(("H ", "M ")):
        yield Cut(pick.raw_start, pick.next_start, "title", facts=(boilerstrip.Fact("title", pick.text),))


def test_the_first_pass_title_wins_over_a_later_pass_title_above_it() -> None:
    # Facts fold in source order, but a title a later pass finds above the first pass's title is what that
    # pass read of a head already taken apart: the first pass's title stays the page's.
    result = Pipeline([head_reader])(f"M Harbour Courier\nH Ferry terminal reopens after repairs\n{PROSE}")
    assert result.text == PROSE
    assert [r.text.strip() for r in result.removed] == ["M Harbour Courier", "H Ferry terminal reopens after repairs"]
    assert result.metadata.title == "H Ferry terminal reopens after repairs"
    assert result.metadata.conflicts.get("title") == ("M Harbour Courier",)


def test_a_text_still_changing_after_the_last_pass_is_flagged() -> None:
    text = f"X1\nX2\nX3\nX4\n{PROSE}"
    result = Pipeline([first_x_line], limits=Config(max_passes=3).limits)(text)
    assert result.text == f"X4\n{PROSE}"
    assert "not_converged" in result.flags
    assert result.restore() == text
    unbounded = Pipeline([first_x_line], limits=Config(max_passes=None).limits)(text)
    assert unbounded.text == PROSE and "not_converged" not in unbounded.flags
    single = Pipeline([first_x_line], limits=Config(max_passes=1).limits)(text)
    assert single.text == f"X2\nX3\nX4\n{PROSE}" and "not_converged" not in single.flags


def test_max_passes_is_validated_and_read_from_toml() -> None:
    with pytest.raises(ConfigError, match="max_passes"):
        Config(max_passes=0)
    with pytest.raises(ConfigError, match="max_passes"):
        Config(max_passes=1.5)  # type: ignore[arg-type]
    assert Config.from_toml_text("[limits]\nmax_passes = 1").max_passes == 1
    assert Config.from_toml_text("[limits]\nmax_passes = false").max_passes is None
    assert boilerstrip.clean(f"Share\n{PROSE}", max_passes=2).text == PROSE
