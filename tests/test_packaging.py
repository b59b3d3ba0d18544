"""Packaging: every rule data file reaches the wheel, the build backend is new enough, and a mistake in a phrase file fails loudly."""

from __future__ import annotations

import fnmatch
import tomllib
from importlib import resources
from pathlib import Path

import pytest

from boilerstrip import LexiconError
from boilerstrip.cleaners.ui_strings import REASONS
from boilerstrip.data_version import data_version
from boilerstrip.rules.lexicon import INTERFACE_REASONS, LEXICON_SCHEMA, read_lexicon_files

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "boilerstrip"


def test_every_data_file_is_declared_as_package_data() -> None:
    # Regression: package-data named only data/lexicon/*, so the wheel lacked data/html_widgets.toml.
    if not (ROOT / "pyproject.toml").is_file() or not (PACKAGE / "data").is_dir():
        pytest.skip("needs the source checkout (pyproject.toml and boilerstrip/data)")
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    globs = pyproject["tool"]["setuptools"]["package-data"]["boilerstrip"]
    for path in (PACKAGE / "data").rglob("*"):
        if path.is_file():
            relative = path.relative_to(PACKAGE).as_posix()
            assert any(fnmatch.fnmatch(relative, g) for g in globs), f"{relative} is not shipped by {globs}"


def test_the_installed_package_has_its_data() -> None:
    # Run against the built wheel in CI: the files the HTML stage and the lexicon read must be there.
    data = resources.files("boilerstrip") / "data"
    assert (data / "html_widgets.toml").is_file()
    assert (data / "lexicon" / "en.toml").is_file()
    assert (data / "labeller" / "model.json").is_file()
    assert (data / "labeller" / "stopwords.toml").is_file()
    import boilerstrip

    page = (
        b"<html><body><article><p class='lead'>The harbour council met on Tuesday evening.</p></article></body></html>"
    )
    assert boilerstrip.clean_html(page).text == "The harbour council met on Tuesday evening."


def test_the_data_fingerprint_covers_every_rule_file() -> None:
    if not (PACKAGE / "data").is_dir():
        pytest.skip("needs the source checkout")
    # The installed fingerprint equals the checkout's: an installed package with a file missing differs.
    import hashlib

    digest = hashlib.sha256()
    files = [p for p in (PACKAGE / "data").rglob("*") if p.suffix in (".toml", ".json")]
    for path in sorted(files, key=lambda p: p.relative_to(PACKAGE / "data").as_posix()):
        text = path.read_text(encoding="utf-8").replace("\r\n", "\n")
        digest.update(path.relative_to(PACKAGE / "data").as_posix().encode() + b"\0" + text.encode() + b"\0")
    assert data_version() == digest.hexdigest()[:12]


def test_a_misspelt_reason_key_fails_loudly(tmp_path: Path) -> None:
    # Regression: `subscribe_promt = [...]` used to load and silently match nothing.
    (tmp_path / "xx.toml").write_text('[lines]\nsubscribe_promt = ["Subscribe"]\n', encoding="utf-8")
    with pytest.raises(LexiconError, match="subscribe_promt") as err:
        read_lexicon_files(tmp_path)
    assert "subscribe_prompt" in str(err.value)  # the message lists the valid keys


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ('[line]\nshare_buttons = ["Share"]\n', "unknown table"),
        ('[lines]\nshare_buttons = "Share"\n', "list of strings"),
        ('[credit]\nprefix = ["Photo:"]\n', "unknown key"),
        ("lines = 3\n", "must be a table"),
    ],
)
def test_other_lexicon_mistakes_fail_loudly(tmp_path: Path, text: str, problem: str) -> None:
    (tmp_path / "xx.toml").write_text(text, encoding="utf-8")
    with pytest.raises(LexiconError, match=problem):
        read_lexicon_files(tmp_path)


def test_the_shipped_lexicon_passes_its_schema() -> None:
    files = read_lexicon_files()
    assert "en" in files and "common" in files
    used = {
        key for data in files.values() for table in ("lines", "prefixes", "contains") for key in data.get(table, {})
    }
    assert used <= set(INTERFACE_REASONS) == set(REASONS)
    assert set(LEXICON_SCHEMA) >= {table for data in files.values() for table in data}


def test_the_build_backend_understands_the_license_field() -> None:
    # Regression: an SPDX string in project.license needs setuptools 77 (PEP 639); the build asked for 68.
    if not (ROOT / "pyproject.toml").is_file():
        pytest.skip("needs the source checkout")
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert isinstance(pyproject["project"]["license"], str)
    (requirement,) = [r for r in pyproject["build-system"]["requires"] if r.startswith("setuptools")]
    minimum = tuple(int(part) for part in requirement.split(">=")[1].split("."))
    assert minimum >= (77,), requirement
