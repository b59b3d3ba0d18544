"""An interface pack's JSON file against the lexicon: every phrase it lists is in the file it names."""

from __future__ import annotations

import json
from pathlib import Path

from boilerstrip.rules.lexicon import read_lexicon_files

PACKS = Path(__file__).parents[2] / "benchmarks" / "data"


def phrases_missing(pack: str) -> list[tuple[str, str, str, list[str]]]:
    """The (language, table, key, phrases) of ``benchmarks/data/<pack>.json`` that the lexicon's files lack."""
    tables_by_lang = json.loads((PACKS / f"{pack}.json").read_text("utf-8"))
    files = read_lexicon_files()
    missing = []
    for lang, tables in tables_by_lang.items():
        for table, keys in tables.items():
            for key, phrases in keys.items():
                have = files[lang][table][key]
                if lacking := [p for p in phrases if p not in have]:
                    missing.append((lang, table, key, lacking))
    return missing
