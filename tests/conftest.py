from __future__ import annotations

from pathlib import Path

import pytest
from scoring import Case, load_corpus

from tests.shared_data import seed_file

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus" / "cases"


@pytest.fixture(scope="session")
def corpus() -> list[Case]:
    return load_corpus(CORPUS)


@pytest.fixture(scope="session")
def seed_text() -> str:
    # Skips the tests using it when ../shared is missing (a fresh clone); fails them in CI.
    return seed_file().read_text(encoding="utf-8")
