"""Building, configuring and extending pipelines; errors that name the alternatives."""

from __future__ import annotations

import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

import boilerstrip
from boilerstrip import Config, ConfigError, Cut, Document, Pipeline, UnknownCleanerError, cleaner, registry
from boilerstrip.cleaners import UiStrings, Whitespace
from boilerstrip.data_version import data_version
from boilerstrip.errors import CleanerContractError

TEXT = "Advertisement\nThe council approved the budget on Tuesday after a long debate.\nShare"


@cleaner("shouting_lines", reasons={"all_caps": "a line in capitals"})
def shouting_lines(doc: Document) -> Iterator[Cut]:
    for line in doc.content:
        if line.text.isupper() and len(line.text) > 3:
            yield Cut(line.raw_start, line.next_start, "all_caps")


def test_default_order_and_names() -> None:
    names = Pipeline.default().names
    assert names[0] == "whitespace" and names[-1] == "final_whitespace"
    assert list(names) == registry.default_names()


def test_without_and_with() -> None:
    # The line labeller would take "Advertisement" for chrome on its own: both must go for it to stay.
    pipe = Pipeline.default().without("ui_strings", "line_labeller")
    assert "Advertisement" in pipe(TEXT).text
    pipe2 = pipe.with_(shouting_lines, before="final_whitespace")
    assert pipe2.names[-2:] == ("shouting_lines", "final_whitespace")
    text = TEXT + "\nBUY NOW\nThe mayor said the vote was close."
    result = pipe2(text)
    assert "BUY NOW" not in result.text
    assert any(r.cleaner == "shouting_lines" and r.reason == "all_caps" for r in result.removed)
    assert result.restore() == text


def test_replace_and_pipelines_are_immutable() -> None:
    base = Pipeline.default()
    swapped = base.replace("ui_strings", shouting_lines)
    assert "ui_strings" in base.names and "ui_strings" not in swapped.names


def test_unknown_cleaner_lists_the_alternatives() -> None:
    with pytest.raises(UnknownCleanerError) as err:
        Pipeline.from_config(Config(cleaners=("photo_credits", "no_such_cleaner")))
    assert "photo_credits" in str(err.value) and "whitespace" in str(err.value)


def test_unknown_option_lists_valid_ones() -> None:
    with pytest.raises(ConfigError) as err:
        boilerstrip.clean(TEXT, colour="red")
    assert "on_error" in str(err.value)
    with pytest.raises(ConfigError) as err2:
        registry.create("foreign_lines", {"bogus": 1})
    assert "max_words" in str(err2.value)
    with pytest.raises(ConfigError) as err3:
        registry.create("final_whitespace", {"name": "x"})
    assert "collapse_inner" in str(err3.value)


def test_toml_config(tmp_path: Path) -> None:
    path = tmp_path / "pipe.toml"
    path.write_text(
        textwrap.dedent(
            """
            [pipeline]
            cleaners = ["ui_strings", "whitespace"]
            on_error = "skip"
            [cleaners.ui_strings]
            categories = ["ad_marker"]
            """
        ),
        encoding="utf-8",
    )
    config = Config.from_file(path)
    result = boilerstrip.clean(TEXT, config=config)
    assert result.text == "The council approved the budget on Tuesday after a long debate.\nShare"
    assert result.steps == (
        f"data@{data_version()}",
        f"ui_strings@{UiStrings().version}",
        f"whitespace@{Whitespace().version}",
    )


def test_bad_toml_and_bad_keys(tmp_path: Path) -> None:
    with pytest.raises(ConfigError):
        Config.from_toml_text("[pipeline\n")
    with pytest.raises(ConfigError) as err:
        Config.from_toml_text("[pipeline]\nclenaers = []\n")
    assert "cleaners" in str(err.value)
    with pytest.raises(ConfigError):
        Config.from_toml_text('[pipeline]\non_error = "ignore"\n')
    with pytest.raises(ConfigError):
        Config(options={"titles": {}}, cleaners=("whitespace",)).replace()  # valid object...
        Pipeline.from_config(Config(options={"titles": {}}, cleaners=("whitespace",)))  # ...but titles is absent


@cleaner("broken", reasons={"x": "never"})
def broken(doc: Document) -> Iterator[Cut]:
    raise RuntimeError("boom")
    yield  # pragma: no cover


@cleaner("liar", reasons={"x": "declared"})
def liar(doc: Document) -> Iterator[Cut]:
    yield Cut(0, 1, "undeclared")


@cleaner("overlapper", reasons={"x": "declared"})
def overlapper(doc: Document) -> Iterator[Cut]:
    yield Cut(0, 3, "x")
    yield Cut(2, 4, "x")


def test_on_error_skip_records_the_failure() -> None:
    pipe = Pipeline([broken, *Pipeline.default().cleaners], on_error="skip")
    result = pipe(TEXT)
    assert [s.cleaner for s in result.skipped] == ["broken"]
    assert result.skipped[0].error_type == "RuntimeError"
    assert "broken" not in "".join(result.steps)
    with pytest.raises(RuntimeError):
        Pipeline([broken], on_error="raise")(TEXT)


@pytest.mark.parametrize("bad", [liar, overlapper])
def test_contract_violations_raise_even_under_skip(bad: boilerstrip.FunctionCleaner) -> None:
    with pytest.raises(CleanerContractError) as err:
        Pipeline([bad], on_error="skip")(TEXT)
    assert bad.name in str(err.value)


def test_class_cleaner_and_register() -> None:
    class DropQuestions:
        name = "questions"
        version = 1
        reasons = {"question": "a line ending in a question mark"}

        def find(self, doc: Document) -> Iterator[Cut]:
            for line in doc.content:
                if line.text.endswith("?"):
                    yield Cut(line.raw_start, line.next_start, "question")

    registry.register("questions", DropQuestions())
    try:
        config = Config(cleaners=("questions", "whitespace"))
        assert boilerstrip.clean("Why?\nBecause it rained.", config=config).text == "Because it rained."
        with pytest.raises(boilerstrip.DuplicateCleanerError):
            registry.register("questions", DropQuestions())
    finally:
        registry.unregister("questions")


def test_entry_point_plugin_is_loaded_lazily(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pkg = tmp_path / "acme_cleaners.py"
    pkg.write_text(
        textwrap.dedent(
            """
            from boilerstrip import Cut, cleaner

            @cleaner("acme.stars", reasons={"stars": "a line of asterisks"})
            def stars(doc):
                for line in doc.content:
                    if set(line.text) == {"*"}:
                        yield Cut(line.raw_start, line.next_start, "stars")
            """
        ),
        encoding="utf-8",
    )
    dist = tmp_path / "acme_cleaners-1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: acme-cleaners\nVersion: 1.0\n", encoding="utf-8")
    (dist / "entry_points.txt").write_text(
        "[boilerstrip.cleaners]\nacme.stars = acme_cleaners:stars\n", encoding="utf-8"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    assert "acme_cleaners" not in sys.modules
    assert "acme.stars" in registry.available(plugins=True)
    assert "acme_cleaners" not in sys.modules, "listing names must not import plugins"
    pipe = Pipeline.from_config(Config(cleaners=("acme.stars", "whitespace")))
    assert pipe("***\nThe port opened.").text == "The port opened."
    registry.unregister("acme.stars")


def test_one_settings_object_carries_every_limit() -> None:
    from boilerstrip.html import clean_html
    from boilerstrip.settings import RunSettings

    config = Config(on_error="skip", lang="de", max_html_chars=10, max_chars=50)
    pipe = Pipeline.from_config(config)
    assert pipe.settings == config.settings == RunSettings("skip", "raise", "de", config.limits)
    assert pipe.with_(shouting_lines).settings == pipe.settings
    assert pipe.without("titles").settings == pipe.settings
    # The HTML stage reads its limits from the pipeline it is given: nothing passed beside it.
    assert "input_too_large" in clean_html("<html><body><p>Long enough page</p></body></html>", pipeline=pipe).flags
    # A keyword overrides one setting and keeps the others.
    assert Pipeline([shouting_lines], settings=pipe.settings, lang="fr").settings.limits == config.limits


def test_a_reader_placed_before_its_provider_is_refused() -> None:
    # captions reads the cuts photo_credits provides: the other way round it would read nothing.
    with pytest.raises(ConfigError, match="put 'photo_credits' before 'captions'"):
        Pipeline.from_config(Config(cleaners=("whitespace", "captions", "photo_credits")))
    # Without any provider the reader works from the text alone: allowed.
    assert Pipeline.from_config(Config(cleaners=("whitespace", "captions"))).names == ("whitespace", "captions")


def test_a_declared_provides_binds_the_fact_keys() -> None:
    from dataclasses import dataclass, field

    from boilerstrip.types import Fact

    @dataclass(frozen=True)
    class Liar:
        name: str = "liar"
        version: int = 1
        reasons: dict[str, str] = field(default_factory=lambda: {"x": "x"})
        provides: tuple[str, ...] = ("author",)

        def find(self, doc: Document) -> Iterator[Cut]:
            yield Cut(0, 1, "x", facts=(Fact("title", "T"),))

    with pytest.raises(boilerstrip.CleanerContractError, match="'title' is not among what it provides"):
        Pipeline([Liar()])("Some text here.")


def test_a_cleaner_needing_the_page_runs_only_with_one() -> None:
    from boilerstrip.types import PageEvidence

    text = "Share this article\nThe port opened on Monday after years of delay."
    assert Pipeline.default()(text).steps.count("page_widgets@1") == 0
    page = PageEvidence({"Share this article": "share"})
    result = Pipeline.default()(text, page=page)
    assert "page_widgets@1" in result.steps
    assert [(r.cleaner, r.reason) for r in result.removed if r.cleaner == "page_widgets"] == [
        ("page_widgets", "widget_text")
    ]
