"""whitespace's shortcut for a text in normal form (``_normal_but_the_end``) against its per-line loop (issue 11).

The shortcut rests on one fact about the characters, checked over every code point, and gives the loop's cuts:
over every corpus text and the same text once normalised, odd texts, and generated texts over an alphabet of
spaces, every break and strip character, single capitals and letters.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import boilerstrip
from boilerstrip.cleaners import whitespace
from boilerstrip.cleaners.whitespace import Whitespace
from boilerstrip.document import LINE_BREAKS, STRIP_CHARS, Document
from boilerstrip.types import Cut

ROOT = Path(__file__).resolve().parent.parent
ALPHABET = sorted(set(LINE_BREAKS + STRIP_CHARS[:8] + " \n\n\n  abcM.éß\u3000\u200b\xa0"))
ODD = [
    "",
    "\n",
    " ",
    "x",
    "x\n",
    "x\n\n",
    "\nx",
    "x \n",
    "x\n y",
    "One  two\n",
    "M\nontagmorgen war die Brücke gesperrt.\n",
    "A\nabsorption\nB\nbinding\nC\ncell\nD\ndata\n",
    "a\r\nb\n",
    "a\u2028b\n",
    "tab\there\n",
    "w1\nw2\nw3",
    "w1\n" * 500,
]


def _loop(doc: Document, *, collapse: bool, monkeypatch: pytest.MonkeyPatch) -> list[Cut]:
    with monkeypatch.context() as patched:
        patched.setattr(whitespace, "_normal_but_the_end", lambda text: False)
        return list(Whitespace(collapse_inner=collapse).find(doc))


def _same(text: str, monkeypatch: pytest.MonkeyPatch) -> bool:
    for collapse in (True, False):
        loop = _loop(Document(text), collapse=collapse, monkeypatch=monkeypatch)
        assert list(Whitespace(collapse_inner=collapse).find(Document(text))) == loop, (text[:200], collapse)
        with monkeypatch.context() as patched:
            patched.setattr(whitespace, "_SHORTCUT_LINE", sys.maxsize)  # the shortcut tried on lines of any length
            assert list(Whitespace(collapse_inner=collapse).find(Document(text))) == loop, (text[:200], collapse)
    return whitespace._normal_but_the_end(text)


def test_every_break_and_strip_character_but_the_space_and_the_newline_is_unprintable() -> None:
    assert {c for c in STRIP_CHARS + LINE_BREAKS if c.isprintable()} == {" "}
    # splitlines breaks at these and no others: a printable text (breaks aside) has "\n" for its only break.
    assert [c for c in map(chr, range(sys.maxunicode + 1)) if len(f"a{c}b".splitlines()) > 1] == sorted(LINE_BREAKS)


def test_the_shortcut_gives_the_loop_s_cuts(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [path.read_text(encoding="utf-8") for path in sorted((ROOT / "corpus").glob("*/*/input.txt"))]
    normal = [boilerstrip.clean(t).text for t in texts[::3]]
    taken = sum(_same(t, monkeypatch) for t in [*texts, *normal, *(t + "\n" for t in normal), *ODD])
    assert taken > len(normal)  # the normalised texts take the shortcut


def test_generated_texts(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(24)
    for _ in range(3000):
        _same("".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 40))), monkeypatch)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["w1", "M", "ontag", "a b", " ", "", "Ä", "x  y", "é\u3000z"]), max_size=12))
def test_generated_lines(lines: list[str]) -> None:
    text = "\n".join(lines)
    for end in ("", "\n"):
        with pytest.MonkeyPatch.context() as patched:
            patched.setattr(whitespace, "_SHORTCUT_LINE", sys.maxsize)
            fast = list(Whitespace().find(Document(text + end)))
            patched.setattr(whitespace, "_normal_but_the_end", lambda text: False)
            assert fast == list(Whitespace().find(Document(text + end)))
