"""The compiled stopword votes (``boilerstrip/_lang.pyx``) against ``lang._plain_hits`` and ``lang._tally``.

Both implementations run in the same process whatever ``BOILERSTRIP_PURE_PYTHON`` says (through
``lang_native.import_compiled``): the samples of every corpus text and of the public pages' gold texts (when the
benchmark data is there) in every script's vote table, their halves and their words one by one, odd samples, and
generated ones; the tallies of all their votes, of random votes (ties on purpose) and of votes crafted so that
adding them in another order would give other sums. Sums are compared by their bits, and language detection as
a whole with each implementation. Where the extension is not built these tests skip, saying why; with
``BOILERSTRIP_REQUIRE_COMPILED=1`` (as ``.ci/run`` sets) they fail instead.
"""

from __future__ import annotations

import json
import os
import random
import struct
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from boilerstrip import lang, lang_native
from boilerstrip.rules import memo
from tests.shared_data import bench_dir

ROOT = Path(__file__).resolve().parent.parent
REQUIRE_COMPILED_ENV = "BOILERSTRIP_REQUIRE_COMPILED"
SCRIPTS = ("Latin", "Cyrillic", "Arabic", "Devanagari")
ODD = [
    "",
    " ",
    "l'eau, c'est 2x la vie",
    "the the the",
    "don’t won't rock'n'roll 'quoted' o'",
    "x1y2z3 _a_ a_b 9to5",
    "Ⅻ ½ ² ǅ ß İ ﬁ",
    "\U0001d400\U0001d401 \U0001f600",
    "и в на что он с",
    "word\u00adbreak\u200bzero",
    "de " * 500,
]
Votes = list[tuple[float, tuple[int, ...]]]


@pytest.fixture(scope="module")
def compiled() -> ModuleType:
    """The compiled module; skips (or fails under ``BOILERSTRIP_REQUIRE_COMPILED=1``) without it."""
    module, why = lang_native.import_compiled()
    if module is None:
        if os.environ.get(REQUIRE_COMPILED_ENV) == "1":
            pytest.fail(f"the compiled stopword votes are required ({REQUIRE_COMPILED_ENV}=1) but not available: {why}")
        pytest.skip(f"the compiled stopword votes are not available: {why}")
    return module


def _samples() -> list[str]:
    texts = [path.read_text(encoding="utf-8") for path in sorted((ROOT / "corpus").glob("**/*.txt"))]
    for index in sorted(bench_dir().glob("*/index.jsonl")):  # the public pages' gold texts, where they are here
        for row in index.read_text(encoding="utf-8").splitlines():
            gold = json.loads(row).get("gold_text")
            if isinstance(gold, str):
                texts.append(gold)
    samples = [lang._sample(t).lower() for t in texts]
    return samples + [s[: len(s) // 2] for s in samples[::4]] + [w.lower() for w in ODD]


def _bits(value: float) -> bytes:
    return struct.pack("<d", value)


def _same_tally(compiled: ModuleType, hits: Votes, n: int) -> None:
    expected = lang._tally(hits, n)
    found = compiled.tally(hits, n)
    assert found[1] == expected[1] and _bits(found[0]) == _bits(expected[0]), (hits, n)


def test_the_hits_and_tallies_are_the_python_code_s(compiled: ModuleType) -> None:
    findall = lang._PLAIN_WORD.findall
    tables = [lang._vote_table(script) for script in SCRIPTS]
    tallied = 0
    for sample in _samples():
        for codes, table in tables:
            hits = lang._plain_hits(sample, table)
            assert compiled.plain_hits(sample, table, findall) == hits
            if hits:
                _same_tally(compiled, hits, len(codes))
                tallied += 1
            marked = lang._marked_hits(sample, table)
            if marked:
                _same_tally(compiled, marked, len(codes))
    assert tallied > 500


def test_random_and_order_sensitive_tallies(compiled: ModuleType) -> None:
    rng = random.Random(24)
    for _ in range(3000):
        n = rng.randint(1, 32)
        hits: Votes = []
        for _ in range(rng.randint(1, 60)):
            ids = tuple(rng.sample(range(n), rng.randint(1, n)))
            hits.append((1.0 / len(ids), ids))
        _same_tally(compiled, hits, n)
    # 0.1 + 0.2 + 0.3 and 0.3 + 0.2 + 0.1 are different floats: the sums must be made in the votes' order.
    for shares in ((0.1, 0.2, 0.3), (0.3, 0.2, 0.1), (1e16, 1.0, -1e16), (1.0 / 3, 1.0 / 7, 1.0 / 11, 1.0 / 13)):
        zero: tuple[int, ...] = (0,)
        one: tuple[int, ...] = (1,)
        crafted: Votes = [(s, zero) for s in shares] + [(s, one) for s in reversed(shares)]
        _same_tally(compiled, crafted, 2)
    _same_tally(compiled, [(0.5, (1, 0)), (0.5, (0, 1))], 2)  # a tie: the first voted for wins
    with pytest.raises(ValueError):
        compiled.tally([], 3)
    with pytest.raises(IndexError):
        compiled.tally([(1.0, (3,))], 3)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aeiousdtnl'’ -_1éßиöç\u0301")), max_size=300))
def test_generated_samples(compiled: ModuleType, text: str) -> None:
    codes, table = lang._vote_table("Latin")
    hits = lang._plain_hits(text, table)
    assert compiled.plain_hits(text, table, lang._PLAIN_WORD.findall) == hits
    if hits:
        _same_tally(compiled, hits, len(codes))


def test_detection_is_the_same_with_either(compiled: ModuleType, monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [path.read_text(encoding="utf-8") for path in sorted((ROOT / "corpus").glob("**/*.txt"))] + ODD
    memo.clear()
    monkeypatch.setattr(lang, "_PLAIN_VOTES", lang._plain_hits)
    monkeypatch.setattr(lang, "_TALLY", lang._tally)
    python = [lang.detect_language(t) for t in texts]
    memo.clear()
    findall = lang._PLAIN_WORD.findall
    monkeypatch.setattr(lang, "_PLAIN_VOTES", lambda lowered, table: compiled.plain_hits(lowered, table, findall))
    monkeypatch.setattr(lang, "_TALLY", compiled.tally)
    assert [lang.detect_language(t) for t in texts] == python
    assert len(set(python)) > 10


def test_the_forced_switch_is_obeyed() -> None:
    forced = os.environ.get(lang_native.PURE_PYTHON_ENV) == "1"
    assert lang_native.votes_implementation().startswith("python") == (forced or lang_native.compiled() is None)
    assert (lang._TALLY is lang._tally) == (lang_native.compiled() is None)
