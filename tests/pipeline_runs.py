"""Which cleaners the pipeline runs: for the tests that check a skip spares runs and changes no result."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from boilerstrip import pipeline
from boilerstrip.document import Document
from boilerstrip.types import Cut

ROOT = Path(__file__).resolve().parent.parent


def corpus_inputs() -> list[str]:
    """Every corpus document's input text, in path order."""
    return [path.read_text(encoding="utf-8") for path in sorted((ROOT / "corpus").glob("*/*/input.txt"))]


def skip_texts() -> list[str]:
    """The corpus inputs and three texts a skip must leave as they are: tiny lines, a short thread, a short page."""
    texts = corpus_inputs()
    texts += ["".join(f"w{i % 97}\n" for i in range(3000)), "Kommentare (2)\nanna_k\nGut.\nbert.m\nJa.\n" * 3]
    texts += ["Home\nNews\nSport\n\n" + "The council approved the new school budget on Tuesday. " * 4 + "\nShare\n"]
    return texts


def record_cleaner_runs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The list the names of the cleaners ``Pipeline._run`` runs are appended to, for as long as the patch lasts."""
    runs: list[str] = []
    run = pipeline.Pipeline._run

    def counted(self: pipeline.Pipeline, c: Any, doc: Document, budget: Any, arm: Any) -> list[Cut]:
        runs.append(c.name)
        return run(self, c, doc, budget, arm)

    monkeypatch.setattr(pipeline.Pipeline, "_run", counted)
    return runs
