"""The registry is a contract: names and reasons only change on purpose, and the docs follow."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import boilerstrip.cleaners
from boilerstrip import Config, ConfigError, Pipeline, registry
from boilerstrip.cleaners import SiteIndex
from boilerstrip.cli import cleaners_markdown
from boilerstrip.data_version import data_version

ROOT = Path(__file__).resolve().parent.parent
SNAPSHOT = Path(__file__).with_name("registry_snapshot.json")
#: The cleaners of the package under test (the checkout's, or an installed wheel's).
CLEANERS = Path(boilerstrip.cleaners.__file__).parent


#: What a shipped cleaner cannot be built without.
NEEDS = {"site_repeats": {"index": SiteIndex.build(())}}


def current() -> dict[str, dict[str, object]]:
    out: dict[str, dict[str, object]] = {}
    for name in registry.builtin_names():
        c = registry.create(name, NEEDS.get(name))
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
        c = registry.create(name, NEEDS.get(name))
        assert c.name == name
        module = SECOND_RUNS.get(name, name)
        assert (CLEANERS / f"{module}.py").is_file()
        assert name == name.lower() and " " not in name


def test_docs_page_is_current() -> None:
    page = (ROOT / "docs" / "cleaners.md").read_text(encoding="utf-8")
    assert page == cleaners_markdown(), "regenerate with: boilerstrip cleaners --markdown > docs/cleaners.md"


def test_every_shipped_cleaner_can_be_named_in_a_config() -> None:
    # Regression: page_frame was shipped but not nameable (the registry was the default order).
    pipe = Pipeline.from_config(Config(cleaners=("whitespace", "page_frame")))
    assert pipe.names == ("whitespace", "page_frame")
    assert "page_frame" not in registry.default_names() and "page_frame" in registry.builtin_names()
    toml = Config.from_toml_text('[pipeline]\ncleaners = ["whitespace", "page_frame"]')
    assert Pipeline.from_config(toml).names == ("whitespace", "page_frame")


def test_a_cleaner_missing_a_required_option_says_which() -> None:
    with pytest.raises(ConfigError, match=r"site_repeats.*index"):
        Pipeline.from_config(Config(cleaners=("whitespace", "site_repeats")))
    index = SiteIndex.build(["Harbour Times: every day\nA ferry left.", "Harbour Times: every day\nA crane came."])
    pipe = Pipeline.from_config(
        Config(cleaners=("whitespace", "site_repeats"), options={"site_repeats": {"index": index, "min_pages": 2}})
    )
    assert pipe("Harbour Times: every day\nA ferry left.").text == "A ferry left."


def test_registry_and_cleaners_do_not_import_each_other() -> None:
    import ast

    for path in CLEANERS.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        imported = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
        imported |= {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
        assert not any(m and m.startswith(("boilerstrip.registry", "boilerstrip.pipeline")) for m in imported), path
