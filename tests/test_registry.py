"""The registry is a contract: names and reasons only change on purpose, and the docs follow."""

from __future__ import annotations

import json
from pathlib import Path

from boilerstrip import registry
from boilerstrip.cli import cleaners_markdown
from boilerstrip.data_version import data_version

ROOT = Path(__file__).resolve().parent.parent
SNAPSHOT = Path(__file__).with_name("registry_snapshot.json")


def current() -> dict[str, dict[str, object]]:
    out: dict[str, dict[str, object]] = {}
    for name in registry.builtin_names():
        c = registry.create(name)
        out[name] = {"version": c.version, "reasons": sorted(c.reasons)}
    # The phrase lists and widget vocabulary change output as much as code does: pinned the same way.
    out["@data"] = {"fingerprint": data_version()}
    return out


def test_registry_matches_snapshot() -> None:
    expected = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    assert current() == expected, (
        "update tests/registry_snapshot.json on purpose: bump the versions of cleaners whose output changed;"
        " a new @data fingerprint means the rule data changed (results record it in steps as data@...)"
    )


# Second passes (whitespace, duplicate lines) reuse their module under their own name.
SECOND_RUNS = {"final_whitespace": "whitespace", "late_duplicate_lines": "duplicate_lines"}


def test_names_are_one_name_everywhere() -> None:
    for name in registry.builtin_names():
        c = registry.create(name)
        assert c.name == name
        module = SECOND_RUNS.get(name, name)
        assert (ROOT / "boilerstrip" / "cleaners" / f"{module}.py").is_file()
        assert name == name.lower() and " " not in name


def test_docs_page_is_current() -> None:
    page = (ROOT / "docs" / "cleaners.md").read_text(encoding="utf-8")
    assert page == cleaners_markdown(), "regenerate with: boilerstrip cleaners --markdown > docs/cleaners.md"
