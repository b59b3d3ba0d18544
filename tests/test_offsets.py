"""SpanMap: cuts made on successive views are recorded exactly in source coordinates."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from boilerstrip.offsets import SpanMap, ViewCut, apply_removals, restore


@st.composite
def rounds(draw: st.DrawFn) -> tuple[str, list[list[tuple[float, float, str]]]]:
    source = draw(st.text(alphabet="ab \n\u00a0x", max_size=40))
    plans = []
    for _ in range(draw(st.integers(0, 4))):
        # Raw cut proposals as fractions of the view length; made valid against the view at apply time.
        cuts = draw(
            st.lists(st.tuples(st.floats(0, 1), st.floats(0, 1), st.sampled_from(["", "", " ", "\n", "Z"])), max_size=4)
        )
        plans.append(cuts)
    return source, plans


def _valid(view_len: int, raw: list[tuple[float, float, str]]) -> list[ViewCut]:
    cuts = []
    for a, b, rep in raw:
        s, e = sorted((round(a * view_len), round(b * view_len)))
        if s == e and not rep:
            continue
        cuts.append((s, e, rep))
    cuts.sort()
    out: list[ViewCut] = []
    last_end = -1
    for s, e, rep in cuts:
        if s < last_end or (s == last_end and s == e):
            continue
        out.append(ViewCut(s, e, rep, "test", "reason", ""))
        last_end = e
    return out


@settings(max_examples=400, deadline=None, derandomize=True)
@given(rounds())
def test_any_sequence_of_cut_rounds_stays_exact(data: tuple[str, list[list[tuple[float, float, str]]]]) -> None:
    source, plans = data
    sm = SpanMap(source)
    for raw in plans:
        before = sm.view
        cuts = _valid(len(before), raw)
        placed = sm.apply(cuts)
        assert len(placed) == len(cuts)
        removals = sm.removals()
        # Sorted, non-overlapping, text equal to the source slice.
        for r1, r2 in itertools.pairwise(removals):
            assert r1.end <= r2.start
        for r in removals:
            assert source[r.start : r.end] == r.text
        assert apply_removals(source, removals) == sm.view
        assert restore(sm.view, removals) == source


def test_later_cut_is_split_around_an_earlier_removal() -> None:
    sm = SpanMap("AAA[credit]BBB\n")
    sm.apply([ViewCut(3, 11, "", "photo_credits", "credit_line", "")])
    assert sm.view == "AAABBB\n"
    sm.apply([ViewCut(0, 7, "", "ui_strings", "navigation", "")])
    removals = sm.removals()
    assert [(r.start, r.end, r.cleaner) for r in removals] == [
        (0, 3, "ui_strings"),
        (3, 11, "photo_credits"),
        (11, 15, "ui_strings"),
    ]
    assert restore(sm.view, removals) == "AAA[credit]BBB\n"


def test_cut_covering_a_replacement_absorbs_it() -> None:
    sm = SpanMap("a  b\nc")
    sm.apply([ViewCut(1, 3, " ", "whitespace", "inner_space", "")])
    assert sm.view == "a b\nc"
    sm.apply([ViewCut(0, 4, "", "ui_strings", "navigation", "")])
    assert sm.view == "c"
    [r] = sm.removals()
    assert (r.start, r.end, r.text, r.cleaner) == (0, 5, "a  b\n", "ui_strings")
    assert "absorbed whitespace/inner_space" in r.detail


def test_cut_partly_covering_a_replacement_is_clipped() -> None:
    sm = SpanMap("ab--cd")
    sm.apply([ViewCut(2, 4, "==", "x", "r", "")])
    assert sm.view == "ab==cd"
    sm.apply([ViewCut(3, 6, "", "y", "r", "")])  # starts inside "=="
    assert sm.view == "ab=="
    assert restore(sm.view, sm.removals()) == "ab--cd"
