"""The cyclic collector rests during a run (boilerstrip.gcpause): safe only because a run makes no cycles."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest

import boilerstrip
from boilerstrip.document import Document
from boilerstrip.gcpause import collector_paused
from boilerstrip.types import Cut

ROOT = Path(__file__).resolve().parent.parent
CASES = sorted((ROOT / "corpus" / "cases").glob("*/input.txt"))


@pytest.fixture
def collector_on() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_a_run_leaves_no_cyclic_garbage(collector_on: None) -> None:
    # With the collector off, anything a run left in a cycle would stay until gc.collect() found it here.
    texts = [p.read_text(encoding="utf-8") for p in CASES[::3]]
    tiny = "".join(f"w{i % 97}\n" for i in range(3000))
    for text in texts[:3]:
        boilerstrip.clean(text)  # lexicon, model and patterns loaded first: they are not garbage
    gc.collect()
    gc.disable()
    try:
        for text in [*texts, tiny]:
            boilerstrip.clean(text)
            boilerstrip.clean(text, lang="en", max_passes=1)
        assert gc.collect() == 0
    finally:
        gc.enable()


def test_the_collector_is_off_during_a_run_and_back_on_after(collector_on: None) -> None:
    seen: list[bool] = []

    @boilerstrip.cleaner(name="probe", reasons={"never": "never cuts"})
    def probe(doc: Document) -> list[Cut]:
        seen.append(gc.isenabled())
        return []

    pipe = boilerstrip.Pipeline.default().with_(probe)
    pipe("The council approved the new school budget on Tuesday, after a long debate.")
    assert seen and not any(seen)
    assert gc.isenabled()


def test_a_collector_switched_off_by_the_host_stays_off(collector_on: None) -> None:
    gc.disable()
    boilerstrip.clean("Share\nThe council approved the new school budget on Tuesday, after a long debate.")
    assert not gc.isenabled()
    gc.enable()


def test_the_collector_comes_back_on_when_a_cleaner_raises(collector_on: None) -> None:
    @boilerstrip.cleaner(name="broken", reasons={"never": "never cuts"})
    def broken(doc: Document) -> list[Cut]:
        raise RuntimeError("boom")

    pipe = boilerstrip.Pipeline.default().with_(broken)
    with pytest.raises(RuntimeError):
        pipe.configured(boilerstrip.Config(on_error="raise"))("The council met on Tuesday.")
    assert gc.isenabled()


def test_collector_paused_nests() -> None:
    was = gc.isenabled()
    gc.enable()
    try:
        with collector_paused():
            with collector_paused():
                assert not gc.isenabled()
            assert not gc.isenabled()  # the inner block found it off and leaves it off
        assert gc.isenabled()
    finally:
        if not was:
            gc.disable()


def test_the_collector_rests_for_the_whole_html_page(collector_on: None, monkeypatch: pytest.MonkeyPatch) -> None:
    import boilerstrip.html as html_stage

    seen: list[bool] = []
    extract = html_stage.extract_article

    def watched(root: object, *, url: str | None = None) -> str | None:
        seen.append(gc.isenabled())
        return extract(root, url=url)

    monkeypatch.setattr(html_stage, "extract_article", watched)
    page = "<html><body><article><p>The council approved the new school budget on Tuesday.</p></article></body></html>"
    boilerstrip.clean_html(page)
    assert seen == [False]
    assert gc.isenabled()
