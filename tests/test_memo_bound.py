"""The per-line caches grow freely within a document and are bounded between documents (rules.memo)."""

from __future__ import annotations

import pytest

import boilerstrip
from boilerstrip.rules import memo


def _sizes() -> list[int]:
    return [cached.cache_info().currsize for cached in memo._caches]


def _distinct_lines(count: int, tag: str) -> str:
    return "\n".join(f"Line {i} of the {tag} page, about the harbour and the new ferry." for i in range(count))


def test_a_run_trims_the_caches_once_enough_lines_went_by(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(memo, "MAX_ENTRIES", 50)
    monkeypatch.setattr(memo, "TRIM_EVERY", 1)
    boilerstrip.clean(_distinct_lines(300, "first"))
    assert max(_sizes()) <= 50


def test_caches_below_the_bound_are_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    memo.clear()
    boilerstrip.clean(_distinct_lines(20, "small"))
    before = _sizes()
    assert max(before) > 0
    monkeypatch.setattr(memo, "TRIM_EVERY", 1)
    memo.note_lines(1)  # a trim: nothing is over MAX_ENTRIES
    assert _sizes() == before


def test_lines_are_counted_until_a_trim(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(memo, "MAX_ENTRIES", 0)
    monkeypatch.setattr(memo, "TRIM_EVERY", 10)
    monkeypatch.setattr(memo, "_lines", 0)
    boilerstrip.clean("Share\nThe council approved the new school budget on Tuesday, after a long debate.")
    assert max(_sizes()) > 0  # 2 lines counted: no trim yet
    memo.note_lines(8)
    assert max(_sizes()) == 0  # 10 lines: every cache over 0 entries emptied
