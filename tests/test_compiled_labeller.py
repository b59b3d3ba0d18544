"""The labeller's compiled module (``boilerstrip/labeller/_labeller.pyx``) against the Python code, bit for bit.

Both implementations run in the same process whatever ``BOILERSTRIP_PURE_PYTHON`` says (through
``native.import_compiled``): a line's features (``line_features``) over the corpus's lines, every code point,
generated and odd text (empty, one huge line, tiny lines, every script, control characters, surrogates, final
sigmas, title-case letters), the ensembles' scores (``Model.scores``) over the shipped model's rows of the
corpus's documents and random models with rows holding NaN, infinities and signed zeros, and a view's whole
feature table (``feature_table``, against ``features._feature_table``) with the scores read from it
(``Scorer.line_scores``, against the Python rows and scores) over every corpus document, odd and generated
documents, with the shipped model and random ones. Floats are compared by
their bits. Where the extension is not built these tests skip, saying why; with
``BOILERSTRIP_REQUIRE_COMPILED=1`` (as ``.ci/run`` sets) they fail instead.
"""

from __future__ import annotations

import math
import os
import random
import re
import struct
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from boilerstrip.document import Document
from boilerstrip.labeller import features, native
from boilerstrip.labeller.features import feature_table, line_features_python
from boilerstrip.labeller.model import Ensemble, Model, compile_ensemble, load_model, native_scorer
from boilerstrip.rules.shapes import UNSPACED_STOPS

ROOT = Path(__file__).resolve().parent.parent
REQUIRE_COMPILED_ENV = "BOILERSTRIP_REQUIRE_COMPILED"
LANGS = ("en", "de", "fr", "ru", "ar", "ja", "zh", "th", "ko", "hi", None, "xx")


@pytest.fixture(scope="module")
def compiled() -> ModuleType:
    """The compiled module, configured; skips (or fails under ``BOILERSTRIP_REQUIRE_COMPILED=1``) without it."""
    module, why = native.import_compiled()
    if module is None:
        if os.environ.get(REQUIRE_COMPILED_ENV) == "1":
            pytest.fail(f"the compiled labeller is required ({REQUIRE_COMPILED_ENV}=1) but not available: {why}")
        pytest.skip(f"the compiled labeller is not available: {why}")
    features.configure_compiled(module)
    return module


def bits(values: Sequence[float]) -> list[bytes]:
    """The floats' bits (so that -0.0 differs from 0.0, and a NaN equals itself)."""
    return [struct.pack("<d", value) for value in values]


def assert_same_features(compiled: ModuleType, text: str, lang: str | None) -> None:
    """Both implementations give the same row (bit for bit) and script, or raise the same error."""
    try:
        expected = line_features_python(text, lang)
    except Exception as error:
        with pytest.raises(type(error)):
            compiled.line_features(text, lang)
        return
    row, script = compiled.line_features(text, lang)
    assert script == expected[1], text
    assert bits(row) == bits(expected[0]), (text, lang, row, expected[0])


def corpus_lines() -> list[str]:
    """Every distinct non-blank line of the corpus's texts (cases, dev, held-out, sites) and HTML expectations."""
    lines: set[str] = set()
    for path in sorted((ROOT / "corpus").glob("**/*.txt")):
        lines.update(line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    lines.discard("")
    return sorted(lines)


def test_the_corpus_lines_are_there() -> None:
    assert len(corpus_lines()) > 5_000


@pytest.mark.parametrize("lang", LANGS)
def test_corpus_lines_give_the_same_features(compiled: ModuleType, lang: str | None) -> None:
    for text in corpus_lines():
        assert_same_features(compiled, text, lang)


def test_every_code_point_gives_the_same_features(compiled: ModuleType) -> None:
    # Alone (in contexts that make it a word's first, inner or last letter, or a mark before a space or the end)
    # for the first 0x3000 code points and every 61st above; every code point in runs of 40 (each class is
    # counted, so a character read wrong changes a count).
    for cp in [*range(0x3000), *range(0x3000, 0x110000, 61)]:
        ch = chr(cp)
        for text in (ch, f"a{ch}", f"{ch}b c", f"x:{ch}:", f"Word{ch} next.", f"A{ch}{ch}B"):
            assert_same_features(compiled, text, "en")
    for lo in range(0, 0x110000, 40):
        run = "".join(map(chr, range(lo, min(lo + 40, 0x110000))))
        assert_same_features(compiled, run, "en")
        assert_same_features(compiled, " ".join(run), "ja")


# The Python code's character classes, as its patterns and str methods read them.
_CLASS_PATTERNS = {
    1: re.compile(r"[^\W\d_]"),
    8: re.compile(r"\d"),
    16: re.compile(r"[^\w\s]"),
    32: features._WIDE,
    64: features._SEPARATORS,
    128: features._COMMAS,
    256: features._BRACKETS,
    512: re.compile(features._CODE_CHARS),
    1024: re.compile(":"),
    2048: re.compile(features._SENTENCE_MARK),
    4096: re.compile(f"[{UNSPACED_STOPS}]"),
    8192: re.compile(features._SENTENCE_NEXT),
}


def test_every_code_point_is_classed_as_the_patterns_class_it(compiled: ModuleType) -> None:
    for lo in range(0, 0x110000, 4096):
        chars = "".join(map(chr, range(lo, lo + 4096)))
        for ch, found in zip(chars, compiled.classes(chars), strict=True):
            for bit, pattern in _CLASS_PATTERNS.items():
                assert bool(found & bit) == (pattern.fullmatch(ch) is not None), (hex(ord(ch)), bit)
            assert bool(found & 2) == ch.isupper(), hex(ord(ch))
            # A one-character str.istitle() is true of a capital too: Py_UNICODE_ISTITLE is that without them.
            assert bool(found & 4) == (ch.islower() or (ch.istitle() and not ch.isupper())), hex(ord(ch))


ODD_TEXTS = [
    "",
    " ",
    "\t",
    "a",
    "A",
    "Ⅻ",
    "ǅungla ǅ",
    "ΟΔΟΣ ΟΔΟΣ’ ΑΣ’b ΣΑΣ.",
    "İstanbul İİ ß ẞ ﬁ ŉ",
    "\ud800 lone \udfff surrogates \ud83d",
    "😀 emoji 👍🏽 family 👨‍👩‍👧",
    "\x00\x01\x1b[31m control \x7f\x85\u2028\u2029 chars",
    "\u200b\u200c\u200d\ufeff zero width",
    "e\u0301 combining\u0301 marks \u0301",
    "٣٤٥ ١٢ digits ٠ Arabic-Indic",
    "１２３ ＡＢＣ ａｂｃ fullwidth。",
    "a::b:::c::::d :: ->  => ==",
    "Done.) Yes!\" Why?' Ok…» End.”",
    "終わり。次！なぜ？ 終わり｡ ፡ ። ။ ։ ۔ ؟ । ॥",
    "http://example.com www.x.org a@b #tag @user .php",
    "12:30 12.05.2024 1999 2024 3月 5日",
    "- bullet • item 1) first 12. second",
    "NEW: The UN and I met (2024).",
    "Home | News › Sport » Weather / More > Less ★ ✓",
    "「引用」【注意】（括弧）[x] (y)",
    "a, b，c、d، e",
    "{code}; x = y < z > $w `q` \\ back",
    "Share on Facebook",
    "Read more...",
    "Caption:",
    "x" * 100_000,
    "word " * 20_000,
    "Ünïcödé " * 5_000,
    "港口将于五月开放，官员表示，工程已经基本完成，预计明年全面投入使用。",
    "서울시는 오늘 새로운 정책을 발표했습니다.",
    "ภาษาไทยไม่มีการเว้นวรรคระหว่างคำ",
    "Привет, мир! Это тест.",
    "مرحبا بالعالم، هذا اختبار.",
    "नमस्ते दुनिया। यह एक परीक्षण है॥",
    "გამარჯობა მსოფლიო",
    "Γειά σου Κόσμε.",
    "שלום עולם.",
    "Բարեւ աշխարհ։",
    "ሰላም ዓለም።",
    "မင်္ဂလာပါ။",
]


@pytest.mark.parametrize("lang", LANGS)
def test_odd_texts_give_the_same_features(compiled: ModuleType, lang: str | None) -> None:
    for text in ODD_TEXTS:
        assert_same_features(compiled, text, lang)


def test_an_empty_line_fails_alike(compiled: ModuleType) -> None:
    with pytest.raises(ZeroDivisionError):
        line_features_python("", "en")
    with pytest.raises(ZeroDivisionError):
        compiled.line_features("", "en")


_ODD_CHARS = [
    "é",
    "É",
    "ß",
    "Σ",
    "σ",
    "ς",
    "İ",
    "ǅ",
    "Ⅻ",
    "٣",
    "１",
    "Ａ",
    "。",
    "，",
    "、",
    "東",
    "한",
    "ไ",
    "\u0301",
    "\ud800",
    "😀",
]
_ALPHABET = st.sampled_from([*"aAzZ09 ._:;,!?…()[]{}<>|/»«’“”'\"-–—•·#@$`\\=\t\n", *_ODD_CHARS])


@settings(max_examples=1500, deadline=None)
@given(st.text(_ALPHABET, min_size=1, max_size=80), st.sampled_from(LANGS))
def test_generated_texts_give_the_same_features(text: str, lang: str | None) -> None:
    module, _ = native.import_compiled()
    if module is None:
        pytest.skip("the compiled labeller is not available")
    features.configure_compiled(module)
    assert_same_features(module, text, lang)


@settings(max_examples=300, deadline=None)
@given(st.text(min_size=1, max_size=120))
def test_any_text_gives_the_same_features(text: str) -> None:
    module, _ = native.import_compiled()
    if module is None:
        pytest.skip("the compiled labeller is not available")
    features.configure_compiled(module)
    assert_same_features(module, text, "en")


# --- The ensembles --------------------------------------------------------------------------------------------


def corpus_tables() -> list[tuple[tuple[float, ...], ...]]:
    """The feature tables of the corpus's case texts and of a document of many tiny lines."""
    tables = []
    for path in sorted((ROOT / "corpus" / "cases").glob("*/input.txt")):
        tables.append(feature_table(Document(path.read_text(encoding="utf-8"))))
    tables.append(feature_table(Document("".join(f"w{i % 97}\n" for i in range(3_000)))))
    return [table for table in tables if table]


def test_the_shipped_model_scores_the_same(compiled: ModuleType) -> None:
    model = load_model()
    scorer = native_scorer(model.stage1, model.stage2, compiled)
    tables = corpus_tables()
    assert len(tables) > 100
    for rows in tables:
        assert bits(scorer.scores(rows)) == bits(model.python_scores(rows))
    assert scorer.scores(()) == model.python_scores(()) == []


def test_the_running_model_uses_the_implementation_that_runs() -> None:
    model = load_model()
    assert (model.native is not None) == native.labeller_implementation().startswith("compiled")
    forced = os.environ.get(native.PURE_PYTHON_ENV) == "1"
    if forced:
        assert native.labeller_implementation() == f"python ({native.PURE_PYTHON_ENV}=1)"
        assert features.line_features.__wrapped__ is line_features_python  # type: ignore[attr-defined]
    elif native.import_compiled()[0] is not None:
        assert native.labeller_implementation() == "compiled"
        assert features.line_features.__wrapped__ is not line_features_python  # type: ignore[attr-defined]


def _random_tree(rng: random.Random, n_features: int, depth: int) -> dict[str, Any]:
    tree: dict[str, list[Any]] = {"feature": [], "threshold": [], "left": [], "right": [], "leaf": []}

    def grow(d: int) -> int:
        if d == 0 or rng.random() < 0.2:
            tree["leaf"].append(rng.uniform(-1, 1))
            return -len(tree["leaf"])
        node = len(tree["feature"])
        tree["feature"].append(rng.randrange(n_features))
        tree["threshold"].append(rng.choice([rng.uniform(-2, 2), 0.0, -0.0, 0.5, 1.0, -1.0, 1e-300]))
        tree["left"].append(0)
        tree["right"].append(0)
        tree["left"][node] = grow(d - 1)
        tree["right"][node] = grow(d - 1)
        return node

    root = grow(depth)
    if root < 0:  # a single leaf
        tree = {"feature": [], "threshold": [], "left": [], "right": [], "leaf": tree["leaf"][:1]}
    return tree


_ODD_VALUES = (0.0, -0.0, 0.5, 1.0, -1.0, math.nan, math.inf, -math.inf, 5e-324, 1e308)


def _random_row(rng: random.Random, width: int) -> tuple[float, ...]:
    return tuple(rng.choice([rng.uniform(-3, 3), *_ODD_VALUES]) for _ in range(width))


def _random_stages(rng: random.Random, width: int, *, max_trees: int) -> tuple[Ensemble, Ensemble | None]:
    """A random stage-1 ensemble over ``width`` features and, four times in five, a random stage 2 over 16."""
    stage1 = compile_ensemble(
        [_random_tree(rng, width, rng.randint(0, 7)) for _ in range(rng.randint(1, max_trees))], width
    )
    stage2 = None
    if rng.random() < 0.8:
        stage2 = compile_ensemble([_random_tree(rng, 16, rng.randint(0, 6)) for _ in range(rng.randint(1, 20))], 16)
    return stage1, stage2


def test_random_models_score_the_same(compiled: ModuleType) -> None:
    rng = random.Random(17)
    width = len(features.FEATURE_NAMES)
    for _ in range(60):
        stage1, stage2 = _random_stages(rng, width, max_trees=40)
        model = Model(stage1, stage2, 0.5, {})
        scorer = native_scorer(stage1, stage2, compiled)
        for n in (0, 1, 2, 3, 4, 5, 11, 23, 60):
            rows = [_random_row(rng, width) for _ in range(n)]
            assert bits(scorer.scores(rows)) == bits(model.python_scores(rows))
            assert bits(scorer.scores([list(row) for row in rows])) == bits(model.python_scores(rows))
        for _ in range(20):
            row = _random_row(rng, width)
            assert bits([compiled.Trees(stage1.trees, width).score_row(row)]) == bits([stage1.raw(row)])


def test_rows_of_the_wrong_width_fail_alike(compiled: ModuleType) -> None:
    model = load_model()
    scorer = native_scorer(model.stage1, model.stage2, compiled)
    for rows in ([(0.0,) * 3], [(0.0,) * (len(features.FEATURE_NAMES) + 1)]):
        with pytest.raises(ValueError):
            model.python_scores(rows)
        with pytest.raises(ValueError):
            scorer.scores(rows)


# --- A view's feature table and its scores -----------------------------------------------------------------------


def _python_line_scores(model: Model, doc: Document) -> tuple[float | None, ...]:
    """The scores ``labeller._chrome_scores`` gives by the Python code: the rows, the model, blank lines ``None``."""
    rows = features._feature_table(doc)
    found = iter(model.python_scores(rows)) if rows else iter(())
    return tuple(next(found) if line.text else None for line in doc.lines)


def _score_bits(scores: Sequence[float | None]) -> list[bytes | None]:
    return [None if s is None else struct.pack("<d", s) for s in scores]


def assert_same_table(compiled: ModuleType, doc: Document, model: Model | None = None) -> None:
    """The compiled table holds the Python rows' bits, and the compiled scorer reads from it the Python scores."""
    table = compiled.feature_table(doc.content, doc.lines, doc.lang, features.line_features)
    expected = features._feature_table(doc)
    assert (table.n, table.width) == (len(expected), len(features.FEATURE_NAMES))
    assert [bits(row) for row in table.as_tuples()] == [bits(row) for row in expected], doc.text[:80]
    model = model or load_model()
    scorer = native_scorer(model.stage1, model.stage2, compiled)
    assert _score_bits(scorer.line_scores(table, doc.lines)) == _score_bits(_python_line_scores(model, doc))


#: Texts of many lines: blank runs, indents, repeats, short runs, one line, one huge line, every script.
ODD_DOCUMENTS = [
    "",
    "\n",
    "\n\n\n",
    "One line.",
    "  Indented\n\t\ttabbed\n" + " " * 60 + "far\n",
    "\n\nA\n\n\nB\n\n",
    "".join(f"w{i % 97}\n" for i in range(3_000)),
    "Home\n" * 40,
    "x" * 100_000,
    "word " * 20_000 + "\nShort\n",
    "\n".join(ODD_TEXTS[1:]),
    "\n".join(f"Line {i}." if i % 7 else "" for i in range(200)),
    "\r\n".join(["Share", "The council approved the new school budget on Tuesday, after a long debate.", "More"] * 30),
    "\x00\x01\n\x1b[31m\n\u2028\u2029\x85next\x0bline\x0cform\x1c\x1d\x1e",
]


def test_the_corpus_documents_give_the_same_table_and_scores(compiled: ModuleType) -> None:
    paths = sorted((ROOT / "corpus").glob("**/*.txt"))
    assert len(paths) > 100
    for n, path in enumerate(paths):
        text = path.read_text(encoding="utf-8")
        for lang in (None, LANGS[n % len(LANGS)]):
            assert_same_table(compiled, Document(text, lang=lang))


@pytest.mark.parametrize("lang", LANGS)
def test_odd_documents_give_the_same_table_and_scores(compiled: ModuleType, lang: str | None) -> None:
    for text in ODD_DOCUMENTS:
        assert_same_table(compiled, Document(text, lang=lang))


_LINE_ALPHABET = st.sampled_from(
    [
        "",
        " ",
        "  ",
        "\t",
        "Home",
        "News",
        "w17",
        "Share on Facebook",
        "Read more...",
        "1.",
        "•",
        "Ⅻ",
        "東京",
        "ς",
        "The council approved the new school budget on Tuesday, after a long debate.",
        "Главная",
        "ไทย",
        "\x00",
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.lists(_LINE_ALPHABET, max_size=4).map(" ".join), max_size=40), st.sampled_from(LANGS))
def test_generated_documents_give_the_same_table_and_scores(lines: list[str], lang: str | None) -> None:
    module, _ = native.import_compiled()
    if module is None:
        pytest.skip("the compiled labeller is not available")
    features.configure_compiled(module)
    assert_same_table(module, Document("\n".join(lines), lang=lang))


def test_random_models_score_the_same_from_the_table(compiled: ModuleType) -> None:
    rng = random.Random(19)
    width = len(features.FEATURE_NAMES)
    docs = [Document(text) for text in ODD_DOCUMENTS[:8]]
    for _ in range(20):
        stage1, stage2 = _random_stages(rng, width, max_trees=30)
        model = Model(stage1, stage2, 0.5, {})
        for doc in docs:
            assert_same_table(compiled, doc, model)


def test_a_table_of_the_wrong_width_or_lines_fails(compiled: ModuleType) -> None:
    model = load_model()
    doc = Document("Home\n\nThe council approved the budget.")
    table = compiled.feature_table(doc.content, doc.lines, None, features.line_features)
    small = compiled.Scorer(compiled.Trees([_random_tree(random.Random(1), 3, 2)], 3), None, ())
    with pytest.raises(ValueError):
        small.line_scores(table, doc.lines)
    scorer = native_scorer(model.stage1, model.stage2, compiled)
    with pytest.raises(ValueError):
        scorer.line_scores(table, doc.lines[:1])  # a non-blank line fewer than rows
    with pytest.raises(ValueError):
        scorer.line_scores(table, (*doc.lines, *doc.lines))  # more non-blank lines than rows
    with pytest.raises(ValueError):
        compiled.configure_table(**{**_table_layout(), "row_width": len(features.FEATURE_NAMES) + 1})
    compiled.configure_table(**_table_layout())


def _table_layout() -> dict[str, Any]:
    """The layout ``features.configure_compiled`` gives the compiled table."""
    return {
        "base_width": len(features.BASE_NAMES),
        "position_width": len(features.POSITION_NAMES),
        "row_width": len(features.FEATURE_NAMES),
        "is_prose": features._IS_PROSE,
        "interface": features._INTERFACE,
        "width_log": features._WIDTH,
        "words_log": features._WORDS,
        "prose_like": features._PROSE_LIKE,
        "near": features._NEAR_IDX,
        "far": features._FAR_IDX,
        "short_log": features._SHORT_LOG,
        "none": features._NONE,
        "far_away": features._FAR_AWAY,
        "max_indent": features._MAX_INDENT,
    }


def test_the_scores_come_from_the_table_that_runs() -> None:
    from boilerstrip.labeller import chrome_scores

    doc = Document("Home\nNews\n\nThe council approved the new school budget on Tuesday, after a long debate.\n")
    scores = chrome_scores(doc)
    # The compiled path leaves the Python rows unmade; the Python path caches them on the view.
    assert ("labeller.features" in doc._derived) == (features.compiled_table(doc) is None)
    assert _score_bits(scores) == _score_bits(_python_line_scores(load_model(), doc))
