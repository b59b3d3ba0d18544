"""The lexicon's start matches asked by the line's first character answer as the whole twin did (issue 11).

``rules.heads.HeadMatch`` compiles, per first character, the phrases of a lowered twin that open with it; the
lexicon's ``PhrasePattern`` asks it instead of the twin's whole pattern, and the running-time pre-test searches
only a key's last characters. These tests check both against the forms they replace on every corpus line, the
public pages' gold lines (when the benchmark data is there), the data files' phrases, odd lines and generated
phrases and lines.
"""

from __future__ import annotations

import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from boilerstrip.rules import lexicon
from boilerstrip.rules.heads import HeadMatch
from tests.test_pretest import ODD_LINES, _corpus_lines, _data_phrases, _public_lines


@pytest.fixture(scope="module")
def lines() -> list[str]:
    """The odd, corpus, public and data lines, each also in capitals, in lower case and padded."""
    plain = set(ODD_LINES + _corpus_lines() + _public_lines() + _data_phrases())
    more = {f(line) for line in plain for f in (str.upper, str.lower, lambda s: f"  {s}  ")}
    return sorted(plain | more)


def _twins() -> list[tuple[str, lexicon.Twin]]:
    """Every lowered twin of the shared lexicon: its own fields and its phrase patterns' twins."""
    found: list[tuple[str, lexicon.Twin]] = []
    for name, value in vars(lexicon.load_lexicon()).items():
        if isinstance(value, lexicon.Twin):
            found.append((name, value))
        elif isinstance(value, lexicon.PhrasePattern) and value._twin is not None:
            found.append((f"{name} twin", value._twin))
    return found


def test_the_lexicon_has_twins_to_check() -> None:
    names = [name for name, _ in _twins()]
    assert "prefix_any twin" in names and len(names) >= 5


def test_head_matches_answer_as_each_twin_at_the_start(lines: list[str]) -> None:
    for name, twin in _twins():
        head = twin.head_match()
        for line in lines:
            lowered = line.lower()
            for text in (lowered, lowered[:20], lowered[:1]):
                assert head.can_open(text) == (twin.compiled.match(text) is not None), (name, text)


def _cannot_match_at_start_before(pattern: lexicon.PhrasePattern, text: str) -> bool:
    """``PhrasePattern._cannot_match_at_start`` as it was: the whole twin's match, the simple test by a search."""
    assert pattern._twin is not None
    head = text[: pattern._head]
    return lexicon._NOT_SIMPLE.search(head) is None and pattern._twin.compiled.match(head.lower()) is None


def test_line_starts_answer_as_before(lines: list[str]) -> None:
    prefix_any = lexicon.load_lexicon().prefix_any
    assert prefix_any is not None
    for line in lines:
        assert prefix_any._cannot_match_at_start(line) == _cannot_match_at_start_before(prefix_any, line), line
        assert (prefix_any.match(line) is None) == (prefix_any._compiled.match(line) is None), line


def test_digits_near_the_end_are_found_from_the_last_characters(lines: list[str]) -> None:
    pattern, reach = lexicon._DIGIT_NEAR_END, lexicon._DIGIT_NEAR_END_REACH
    for line in lines:
        for text in (line, lexicon.norm(line), line + "\n", line + "1\n", line + "1" + " " * 10 + "\n"):
            assert (pattern.search(text, max(0, len(text) - reach)) is None) == (pattern.search(text) is None), text


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="a1 é\n.x٣", max_size=30))
def test_digits_near_the_end_on_generated_text(text: str) -> None:
    pattern, reach = lexicon._DIGIT_NEAR_END, lexicon._DIGIT_NEAR_END_REACH
    assert (pattern.search(text, max(0, len(text) - reach)) is None) == (pattern.search(text) is None)


_PHRASE = st.text(alphabet="ab -é’:.ſİк中", min_size=1, max_size=6)


@settings(max_examples=400, deadline=None)
@given(st.lists(_PHRASE, min_size=1, max_size=8), st.text(alphabet="ab -é’:.ſİк中xX", max_size=12))
def test_head_matches_on_generated_phrases(phrases: list[str], text: str) -> None:
    twin = lexicon._lowered_alternation(phrases)
    if twin is None:
        return
    lowered = text.lower()
    assert twin.head_match().can_open(lowered) == (twin.compiled.match(lowered) is not None)


def test_head_match_examples() -> None:
    groups = {(True, True): ["read more", "read"], (False, False): ["»"], (False, True): ["中文"]}
    head = HeadMatch(groups, lexicon.trie_pattern)
    assert head.can_open("read more here") and head.can_open("read") and head.can_open("»")
    assert not head.can_open("reader") and not head.can_open("") and not head.can_open("x")
    assert head.can_open("中文 ok") and not head.can_open("中文x")
    assert all(not head.can_open(c) for c in string.ascii_uppercase)
