"""benchmarks/apply_lexicon_pack.py: a pack goes into the TOML files once, keeps them valid, and a second run adds nothing."""

from __future__ import annotations

import json
import shutil
import tomllib
from pathlib import Path

import pytest
from apply_lexicon_pack import LEXICON, apply_pack, apply_to_text, main, read_pack

from boilerstrip.errors import LexiconError

PACK36 = Path(__file__).parents[1] / "benchmarks" / "data" / "lexicon-pack36.json"

SAMPLE = """# Test file. A comment with [brackets] and "quotes".

[lines]
comment_ui = ["Sylwadau", "Gadael sylw"]  # a trailing comment
navigation = [
    "Hafan", "Dewislen",
    "[not a header]",  # a line of an array that opens with a bracket
]

[prefixes]
read_also = []

[credit]
prefixes = ["Llun:"]
"""

PACK = {
    "lines": {
        "comment_ui": ["Dim sylwadau eto", "Sylwadau"],
        "navigation": ["Yn ôl i'r brig"],
        "paywall_notice": ["I danysgrifwyr"],
    },
    "prefixes": {"read_also": ['Darllenwch "hefyd":']},
    "related": {"prefixes": ["Darllenwch hefyd:"]},
    "credit": {"generic": ["llun archif"]},
}


def test_a_pack_goes_in_once() -> None:
    once, added = apply_to_text(SAMPLE, "cy.toml", PACK)
    assert added == 6  # "Sylwadau" was there
    data = tomllib.loads(once)
    assert data["lines"]["comment_ui"] == ["Sylwadau", "Gadael sylw", "Dim sylwadau eto"]
    assert data["lines"]["navigation"] == ["Hafan", "Dewislen", "[not a header]", "Yn ôl i'r brig"]
    assert data["lines"]["paywall_notice"] == ["I danysgrifwyr"]
    assert data["prefixes"]["read_also"] == ['Darllenwch "hefyd":']
    assert data["related"] == {"prefixes": ["Darllenwch hefyd:"]}
    assert data["credit"] == {"prefixes": ["Llun:"], "generic": ["llun archif"]}
    assert "# a trailing comment" in once and once.startswith("# Test file.")
    twice, added_again = apply_to_text(once, "cy.toml", PACK)
    assert (twice, added_again) == (once, 0)


def test_a_phrase_filed_under_another_reason_is_skipped() -> None:
    text, added = apply_to_text(SAMPLE, "cy.toml", {"lines": {"navigation": ["Sylwadau"]}})
    assert (text, added) == (SAMPLE, 0)


def test_a_misspelt_key_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"cy": {"lines": {"comment_iu": ["x"]}}}), encoding="utf-8")
    with pytest.raises(LexiconError):
        read_pack(bad)


def test_the_shipped_pack_is_applied_and_idempotent(tmp_path: Path) -> None:
    """Pack 36 is in the shipped files already; applied to a copy of them it adds nothing and changes no byte."""
    copy = tmp_path / "lexicon"
    shutil.copytree(LEXICON, copy)
    counts = apply_pack(read_pack(PACK36), copy)
    assert sum(counts.values()) == 0
    for path in sorted(LEXICON.glob("*.toml")):
        assert (copy / path.name).read_bytes() == path.read_bytes(), path.name


def test_a_pack_applied_to_files_without_it_adds_it_once(tmp_path: Path) -> None:
    """The pack taken out of a copy of the files (as on a branch without it), then applied twice."""
    pack = read_pack(PACK36)
    copy = tmp_path / "lexicon"
    shutil.copytree(LEXICON, copy)
    missing = 0
    for lang, tables in pack.items():
        path = copy / f"{lang}.toml"
        # Each touched array without the pack's phrases (the layout of the other lines stays).
        text = path.read_text(encoding="utf-8")
        for keys in tables.values():
            for phrases in keys.values():
                for phrase in phrases:
                    quoted = json.dumps(phrase, ensure_ascii=False)
                    for form in (", " + quoted, quoted + ", ", quoted):
                        if form in text:
                            text = text.replace(form, "", 1)
                            break
        path.write_text(text, encoding="utf-8")
        stripped = tomllib.loads(text)
        missing += sum(
            p not in stripped.get(table, {}).get(key, [])
            for table, keys in tables.items()
            for key, phrases in keys.items()
            for p in phrases
        )
    assert missing > 400
    assert sum(apply_pack(pack, copy).values()) == missing
    for lang, tables in pack.items():
        data = tomllib.loads((copy / f"{lang}.toml").read_text(encoding="utf-8"))
        for table, keys in tables.items():
            for key, phrases in keys.items():
                assert set(phrases) <= set(data[table][key]), (lang, table, key)
    assert sum(apply_pack(pack, copy).values()) == 0
    assert main([str(PACK36), "--lexicon", str(copy), "--check"]) == 0
