"""Invariants of clean() on arbitrary text: exact account, restore, idempotence, determinism."""

from __future__ import annotations

import itertools

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import boilerstrip
from boilerstrip.offsets import apply_removals

CHROME = [
    "© Sputnik / Maksim Bogodvid / Go to the mediabank",
    "Advertisement",
    "Publicidad",
    "To participate in the discussion",
    "log in or register",
    "Заголовок открываемого материала",
    "Читайте также: Путин предложил новую систему",
    "A soldier walks - Sputnik International, 1920, 21.06.2024",
    "ALMATY (Sputnik) - ",
    "By Jane Doe and John Roe",
    "10:11 GMT 16.09.2024 (Updated: 11:05 GMT 16.09.2024)",
    "Share",
    "Facebook Twitter WhatsApp",
    "Home > World > Europe",
    "Read more",
    "1/10",
    "(AP Photo/Jane Doe)",
    "新华社记者张博文摄",
    "Tags: port, budget",
]
PROSE = [
    "The council approved the budget on Tuesday after a long debate.",
    "El gobierno aprobó el plan de obras para el puerto este lunes.",
    "Министр заявил, что порт откроется в мае.",
    "港口将于五月开放，官员表示。",
    "وقال الوزير إن الميناء سيفتتح في مايو.",
    "Port Opens After Years of Delay",
    "Q: What happens next?",
]
PIECES = st.one_of(
    st.sampled_from(CHROME),
    st.sampled_from(PROSE),
    st.text(max_size=30),
    st.sampled_from(["\n", "\r\n", "\r", "\u2028", "\u00a0", "\u200b", "\ufeff", "\t", "  ", "\x00", "\u0301"]),
)
TEXTS = st.lists(PIECES, max_size=25).map("".join)
# derandomize: CI runs the same examples as the developer did, so a random new counterexample
# cannot decide whether a submission lands; `python benchmarks/property_hunt.py` explores further.
SETTINGS = settings(max_examples=400, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(TEXTS)
def test_account_is_exact(text: str) -> None:
    result = boilerstrip.clean(text)
    removed = result.removed
    for r1, r2 in itertools.pairwise(removed):
        assert r1.end <= r2.start, "removals overlap or are unsorted"
    for r in removed:
        assert text[r.start : r.end] == r.text
        assert 0 <= r.at <= len(result.text)
    assert apply_removals(text, removed) == result.text
    assert result.restore() == text


@SETTINGS
@given(TEXTS)
def test_output_is_in_normal_form(text: str) -> None:
    out = boilerstrip.clean(text).text
    if out:
        lines = out.split("\n")
        assert all(line == line.strip() and line for line in lines)
        assert "  " not in out
        assert "\r" not in out and "\u200b" not in out and "\u00a0" not in out


@SETTINGS
@given(TEXTS)
def test_idempotent(text: str) -> None:
    result = boilerstrip.clean(text)
    once = result.text
    # The output has no layout: lines an indented block kept may go on a second run (docs/security.md).
    if "layout_kept" not in result.flags:
        assert boilerstrip.clean(once).text == once


@SETTINGS
@given(TEXTS)
def test_deterministic(text: str) -> None:
    a = boilerstrip.clean(text)
    b = boilerstrip.clean(text)
    assert a == b
    assert boilerstrip.Result.from_dict(a.to_dict()).restore() == text
