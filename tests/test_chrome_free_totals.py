"""benchmarks/chrome_free_totals.py pools the chrome-free figures of several corpus folders."""

from __future__ import annotations

import json
from pathlib import Path

from chrome_free_totals import totals


def _case(root: Path, name: str, kind: str, text: str, expected: str) -> None:
    case = root / name
    case.mkdir(parents=True)
    (case / "case.json").write_text(json.dumps({"id": name, "kind": kind}), encoding="utf-8")
    (case / "input.txt").write_text(text, encoding="utf-8")
    (case / "expected.txt").write_text(expected, encoding="utf-8")


def test_totals_count_changed_documents_and_lost_characters(tmp_path: Path) -> None:
    recipe = "Lentil soup\n\nRinse the lentils  and cook them for twenty minutes with one onion.\n"
    _case(
        tmp_path / "a",
        "en-recipe",
        "clean",
        recipe,
        "Lentil soup\nRinse the lentils and cook them for twenty minutes with one onion.\n",
    )
    # An expected text the output cannot match: its second line is not in the input.
    _case(tmp_path / "b", "en-notes", "clean", "Meeting notes\n", "Meeting notes\nA line the input lacks.\n")
    _case(tmp_path / "b", "en-page", "chrome", "Share\n", "\n")  # pages are not counted
    changed, documents, removed, characters = totals([tmp_path / "a", tmp_path / "b"])
    assert (changed, documents) == (1, 2)
    assert removed == len("Alinetheinputlacks.")
    assert characters == len("Lentilsoup") + len("Rinsethelentilsandcookthemfortwentyminuteswithoneonion.") + len(
        "Meetingnotes"
    ) + len("Alinetheinputlacks.")
