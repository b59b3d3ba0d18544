"""Which cleaners the pipeline runs: for the tests that check a skip spares runs and changes no result."""

from __future__ import annotations

from typing import Any

import pytest

from boilerstrip import pipeline
from boilerstrip.document import Document
from boilerstrip.types import Cut


def record_cleaner_runs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The list the names of the cleaners ``Pipeline._run`` runs are appended to, for as long as the patch lasts."""
    runs: list[str] = []
    run = pipeline.Pipeline._run

    def counted(self: pipeline.Pipeline, c: Any, doc: Document, budget: Any, arm: Any) -> list[Cut]:
        runs.append(c.name)
        return run(self, c, doc, budget, arm)

    monkeypatch.setattr(pipeline.Pipeline, "_run", counted)
    return runs
