"""The pre-tests of ``boilerstrip.rules.pretest`` never turn away a line that their pattern matches (issue 11).

Each pre-test is a necessary condition of a match, read from the pattern or from the engine. These tests check
that on every corpus line, the public pages' gold lines (when the benchmark data is there), generated odd lines
and each data file's own phrases, and that each gated function answers as its ungated form.
"""

from __future__ import annotations

import json
import re
import string
import tomllib
import warnings
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from boilerstrip import protect
from boilerstrip.cleaners import (
    captions,
    cms_tokens,
    comment_threads,
    datelines,
    metadata_lines,
    ui_strings,
    wiki_furniture,
)
from boilerstrip.rules import dates, issuer_box, lexicon, pretest  # issuer_box: its patterns are checked too
from tests.shared_data import bench_dir

ROOT = Path(__file__).resolve().parent.parent

#: Lines of odd shapes: empty, blank, control characters, every line break, scripts, the gated marks alone.
ODD_LINES = [
    "",
    " ",
    "\t",
    "\x00\x01\x1f",
    "\u2028",
    "\r\n",
    "(",
    ")",
    "（）",
    "/",
    "##",
    "**media[",
    "**media[12]**",
    "##SOME_TOKEN##",
    "1. ",
    "١. مقدمة",
    "١٢/٣٤ صورة",
    "𝟙 Bold digit",
    "x" * 100_000,
    "1 " * 5_000,
    "Вести (РИА)",
    "…停止する。（佐藤健）",
    "Dinas Kesehatan menyebut itu penting. (dh)",
    "mzr/ mhr/",
    "ANTARA / (foto: Budi)",
    "2 comentários",
    "Ý kiến (32)",
    "MEDIA CONTACT: Jane Doe",
    "ſupport contact",
    "İletişim: Ayşe",
    "3/12 Foto: dpa",
    "[3 / 12] Caption",
]


def _corpus_lines() -> list[str]:
    """Every line of the corpus's inputs and Markdown pages, as read and stripped."""
    out: set[str] = set()
    for path in sorted((ROOT / "corpus").glob("*/*/input.txt")) + sorted((ROOT / "corpus").glob("**/*.md")):
        text = path.read_text(encoding="utf-8")
        out.update(text.splitlines())
        out.update(line.strip() for line in text.splitlines())
    return sorted(out)


def _public_lines() -> list[str]:
    """The gold texts' lines of the public AEB pages, when the benchmark data is there (else none)."""
    index = bench_dir() / "aeb" / "index.jsonl"
    if not index.is_file():
        return []
    out: set[str] = set()
    with index.open(encoding="utf-8") as rows:
        for row in rows:
            out.update(json.loads(row).get("gold_text", "").splitlines())
    return sorted(out)


def _data_phrases() -> list[str]:
    """Every string of every data file of the package (phrases, labels, patterns), as written."""
    out: set[str] = set()

    def walk(value: Any) -> Iterator[str]:
        if isinstance(value, str):
            yield value
        elif isinstance(value, dict):
            for item in value.values():
                yield from walk(item)
        elif isinstance(value, list):
            for item in value:
                yield from walk(item)

    data = resources.files("boilerstrip") / "data"
    for path in Path(str(data)).rglob("*.toml"):
        out.update(walk(tomllib.loads(path.read_text(encoding="utf-8"))))
    return sorted(out)


@pytest.fixture(scope="module")
def plain_lines() -> list[str]:
    """The odd lines, the corpus's, the public pages' and the data files' phrases, as written."""
    return sorted(set(ODD_LINES + _corpus_lines() + _public_lines() + _data_phrases()))


@pytest.fixture(scope="module")
def lines(plain_lines: list[str]) -> list[str]:
    """:func:`plain_lines` with each line also in capitals, in lower case and padded."""
    more = {f(line) for line in plain_lines for f in (str.upper, str.lower, lambda s: f"  {s}  ")}
    return sorted(set(plain_lines) | more)


def _patterns() -> list[tuple[str, Any]]:
    """Every compiled pattern at the top of the cleaners' and rules' modules, plus the data files' patterns."""
    found: list[tuple[str, Any]] = []
    modules = [captions, cms_tokens, comment_threads, datelines, metadata_lines, ui_strings, wiki_furniture]
    modules += [dates, issuer_box, lexicon]
    for module in modules:
        for name, value in vars(module).items():
            if isinstance(value, (re.Pattern, regex.Pattern)):
                found.append((f"{module.__name__}.{name}", value))
    placeholder = cms_tokens._tokens().placeholder
    if placeholder is not None:
        found.append(("cms_tokens placeholder", placeholder))
    return found


def test_derived_substrings_stand_in_every_match(plain_lines: list[str]) -> None:
    # The derivation itself, over every module pattern with a pre-test, not only the gated ones (on the lines as
    # written: the gated ones are checked on every variant below).
    checked = 0
    for name, pattern in _patterns():
        parts = pretest.needs_any(pattern)
        if parts == ("",):
            continue
        checked += 1
        for line in plain_lines:
            for m in pattern.finditer(line):
                assert pretest.holds_any(m.group(0), parts), (name, parts, line)
    assert checked >= 40


def test_the_gated_patterns_have_their_pre_tests() -> None:
    # A pattern edited so that nothing can be derived keeps its answers (the pre-test passes every line),
    # but its speed-up is gone: say so.
    assert datelines._INITIALS_TAG_NEEDS == "("
    assert datelines._REPORTER_TAG_NEEDS == "（"
    assert captions._GALLERY_INDEX_NEEDS == "/"
    assert metadata_lines._SLUG_NEEDS == "/"
    assert metadata_lines._AGENCY_CREDIT_NEEDS == "/"
    assert cms_tokens._placeholder_needs() == ("**media[", "##")


@pytest.mark.parametrize(
    ("source", "flags", "expected"),
    [
        (r"abc", 0, ("abc",)),
        (r"a\d+bcd", 0, ("bcd",)),
        (r"(?:xy|z)\d", 0, ("xy", "z")),
        (r"(?:xy|\d)", 0, ("",)),
        (r"(?:ab){0,3}c", 0, ("c",)),
        (r"(?:ab){1,3}\d", 0, ("ab",)),
        (r"abc", re.IGNORECASE, ("",)),
        (r"(?i)abc", 0, ("",)),
        (r"(?i:abc)\d", 0, ("",)),
        (r"(?=abc)\d", 0, ("",)),
        (r"[abc]", 0, ("a", "b", "c")),
        (r"[^abc]", 0, ("",)),
        (r"[a-z]", 0, ("",)),
        (r"[\d.]", 0, ("",)),
        (r"[a]", 0, ("a",)),
        (r"\p{L}+x", 0, ("x",)),
        (r"[\p{L}]x", 0, ("x",)),
        (r"[[:alpha:]]x", 0, ("",)),
        (r"(?:foo){e<=1}", 0, ("",)),
        (r"a b  # comment", re.VERBOSE, ("ab",)),
    ],
)
def test_needs_any_on_small_patterns(source: str, flags: int, expected: tuple[str, ...]) -> None:
    assert pretest.needs_any(regex.compile(source, flags)) == expected


@settings(max_examples=400, deadline=None)
@given(
    st.from_regex(r"(?:[ab()/#*\[\]\\]|\\d|\\s|\{1,2\}|\?|\+|\*|\||\(\?:|\))*", fullmatch=True),
    st.text(alphabet="ab()/#*[] 1١\n", max_size=40),
)
def test_needs_any_on_generated_patterns(source: str, text: str) -> None:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", FutureWarning)  # "possible nested set": a "[" the strategy put there
            pattern = re.compile(source)
    except re.error:
        return
    parts = pretest.needs_any(pattern)
    for m in pattern.finditer(text):
        assert pretest.holds_any(m.group(0), parts), (source, text, parts)


@pytest.mark.parametrize(("char_class", "engine"), [(r"\d", "regex"), (r"\s", "regex"), (r"\d", "re")])
def test_engine_chars_are_what_the_engine_matches_one_by_one(char_class: str, engine: str) -> None:
    module: Any = regex if engine == "regex" else re
    one = module.compile(char_class)
    found = pretest.engine_chars(char_class, engine)
    every = (chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    assert {ch for ch in every if one.fullmatch(ch)} == found


def test_non_ascii_digits_are_the_runs_of_the_other_digits() -> None:
    _, runs = dates._other_digits()
    every = pretest._all_characters()
    assert dates._NON_ASCII_DIGIT.findall(every) == runs.findall(every)


def test_western_digits_answer_as_before(lines: list[str]) -> None:
    table, runs = dates._other_digits()
    for line in lines:
        before = line if line.isascii() else (line.translate(table) if runs.search(line) else line)
        assert dates._western_digits(line) == before, line


def test_jump_keys_answer_as_before(lines: list[str]) -> None:
    for line in lines + [f"{d}. Section" for d in "0١٣߂𝟙५"]:
        assert wiki_furniture._heading_key(line) == wiki_furniture._JUMP_NUMBER.sub("", line.strip()).casefold()


def test_counting_headers_answer_as_before(lines: list[str]) -> None:
    spaces = sorted(pretest.engine_chars(r"\s"))
    extra = [f"Comments{s}(2)" for s in spaces] + [f"2{s}comentários" for s in spaces]
    for line in lines + extra:
        expected = comment_threads._COUNTING_HEADER.match(line) is not None
        assert comment_threads._counting_header(line) == expected, line


def test_count_pre_test_never_turns_away_a_count(lines: list[str]) -> None:
    spaces = [chr(c) for c in range(0x3001) if chr(c).isspace()]
    extra = [f"Foto{s}4 z 9" for s in spaces] + [f"{d} / 12" for d in "1١߂५"] + ["3 of 12\n", "Foto 4 z 9\n"]
    for line in lines + extra:
        if ui_strings._OF_COUNT.match(line) is not None:
            assert ui_strings._may_count(line), line


def test_str_split_breaks_where_re_finds_a_space() -> None:
    # _may_count reads "holds a space" from str.split: the characters it breaks at are re's \s.
    every = pretest._all_characters()
    assert {ch for ch in every if ch.split() != [ch]} == pretest.engine_chars(r"\s", "re")
    assert {ch for ch in every if ch.isdecimal()} == pretest.engine_chars(r"\d", "re")


def test_jump_entries_with_their_keys_answer_as_before(lines: list[str]) -> None:
    for line in lines[::7]:
        key = wiki_furniture._heading_key(line)
        assert wiki_furniture._jump_entry(line, key) == wiki_furniture._jump_entry(line), line


def _corpus_texts() -> list[str]:
    """Every corpus input and Markdown page, whole."""
    paths = sorted((ROOT / "corpus").glob("*/*/input.txt")) + sorted((ROOT / "corpus").glob("**/*.md"))
    return [path.read_text(encoding="utf-8") for path in paths]


def test_markup_pre_test_never_turns_away_a_text(lines: list[str]) -> None:
    assert protect._MARKUP_NEEDS == ("<!--", "..", "]:")
    odd = ["[1]: https://x", "  .. note::", "<!-- x -->", "a\n\t[ref]: y", "..\u2028x"]
    for text in _corpus_texts() + odd + ["\n".join(lines[i : i + 50]) for i in range(0, len(lines), 50)]:
        if protect._MARKUP_ANYWHERE.search(text) is not None:
            assert pretest.holds_any(text, protect._MARKUP_NEEDS), text[:200]


def test_inner_counts_are_found_as_before(lines: list[str]) -> None:
    before = re.compile(r"(?<!\w)\d[\d.,]*(?!\w)")
    odd = ["1", "a1", "1a", "x 12.5, y", "١٢ شهر", "_1", "1_", "é1 1é", "list of 2 items", "2,000 3.5"]
    for line in lines + odd:
        assert lexicon._INNER_COUNT.sub("#", line) == before.sub("#", line), line
        assert (lexicon._INNER_COUNT.search(line) is None) == (before.search(line) is None), line


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="a1٣_.,- é\n", max_size=30))
def test_inner_counts_are_found_as_before_on_generated_text(text: str) -> None:
    before = re.compile(r"(?<!\w)\d[\d.,]*(?!\w)")
    assert [m.span() for m in lexicon._INNER_COUNT.finditer(text)] == [m.span() for m in before.finditer(text)]


def test_placeholders_answer_as_before(lines: list[str]) -> None:
    pattern = cms_tokens._tokens().placeholder
    assert pattern is not None
    for line in lines:
        hit = pattern.search(line)
        expected = None if hit is None else (hit.start(), hit.end(), hit.group(0))
        assert cms_tokens._placeholder(line) == expected, line


def test_gated_searches_answer_as_before(lines: list[str]) -> None:
    gated = [
        (datelines._INITIALS_TAG, datelines._INITIALS_TAG_NEEDS),
        (datelines._REPORTER_TAG, datelines._REPORTER_TAG_NEEDS),
        (captions._GALLERY_INDEX, captions._GALLERY_INDEX_NEEDS),
        (metadata_lines._SLUG, metadata_lines._SLUG_NEEDS),
        (metadata_lines._AGENCY_CREDIT, metadata_lines._AGENCY_CREDIT_NEEDS),
    ]
    for pattern, needed in gated:
        for line in lines:
            if pattern.search(line) is not None:
                assert needed in line, (pattern.pattern, line)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=string.printable + "١٢（）。·•«»’“ſİКﬀ\u00a0\u2028", max_size=60))
def test_gated_functions_answer_as_before_on_generated_lines(text: str) -> None:
    assert wiki_furniture._heading_key(text) == wiki_furniture._JUMP_NUMBER.sub("", text.strip()).casefold()
    assert comment_threads._counting_header(text) == (comment_threads._COUNTING_HEADER.match(text) is not None)
    table, runs = dates._other_digits()
    before = text if text.isascii() else (text.translate(table) if runs.search(text) else text)
    assert dates._western_digits(text) == before


@pytest.mark.parametrize(
    ("source", "flags", "expected"),
    [
        (r"\d{1,2}:\d{2}$", 0, 6),
        (r"[(\[]?(?:\d{1,2}(?::\d{2}){1,2}|\d{1,3}\s?[^\W\d_]{1,7}\.?)[)\]]?$", 0, 15),
        (r"\d+$", 0, None),  # unbounded
        (r"ab$|cd", 0, None),  # a branch may end anywhere
        (r"ab$", re.MULTILINE, None),  # "$" before every line break
        (r"ab", 0, None),  # not anchored
        (r"(?<=x)ab\Z", 0, None),  # \Z is not "$": left alone
    ],
)
def test_tail_reach_on_small_patterns(source: str, flags: int, expected: int | None) -> None:
    assert pretest.tail_reach(re.compile(source, flags)) == expected


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from([r"\d{1,3}\s?[a-z]{1,4}$", r"[(\[]?\d{1,2}(?::\d{2})?[)\]]?$", r"(?:ab|c\n?)$", r"x?y{0,3}$"]),
    st.text(alphabet="0123456789:() [ ]abcxy\n", max_size=40),
)
def test_tail_reach_searches_find_the_whole_text_s_match(source: str, text: str) -> None:
    pattern = re.compile(source)
    reach = pretest.tail_reach(pattern)
    assert reach is not None
    whole, tail = pattern.search(text), pattern.search(text, max(0, len(text) - reach))
    assert (whole and whole.span()) == (tail and tail.span())


def test_duration_tail_is_found_from_its_reach(lines: list[str]) -> None:
    # find_line_reason searches a normalised key from _DURATION_REACH characters before its end: the same match
    # as a search of the whole key, for every line as written and normalised, and with a running time after it.
    for line in lines:
        for key in (line, lexicon.norm(line), f"{lexicon.norm(line)} 12:48", f"{line} (3 Min.)\n"):
            whole = lexicon._DURATION_TAIL.search(key)
            tail = lexicon._DURATION_TAIL.search(key, max(0, len(key) - lexicon._DURATION_REACH))
            assert (whole and whole.span()) == (tail and tail.span()), key


def test_bracketed_generic_credits_read_the_caption_s_label(lines: list[str]) -> None:
    # split_caption_credit asks whether the caption is credited (captions._credited) only of a generic bracket;
    # before, it asked every line closed by a bracket. The question is pure and cannot fail (a prefix's match,
    # substrings), so asking it later changes no answer; here it is asked of every line, and the generic form
    # still reads a caption's label before the bracket.
    lex = lexicon.load_lexicon()
    assert [captions._credited(line, lex) for line in lines].count(True) > 0
    tag = next(t for t in sorted(lex.credit_generic) if " " not in t)
    plain = captions.split_caption_credit(f"The ferry docked at dawn on Monday. ({tag.capitalize()})")
    assert plain is not None and plain.labelled and plain.credit == tag.capitalize()
    labelled = captions.split_caption_credit(f"Die Fähre legte am Montag an. Foto: Getty Images ({tag.capitalize()})")
    assert labelled is None or labelled.credit != tag.capitalize()
