from __future__ import annotations

from pathlib import Path

import pytest
from scoring import Case, load_corpus

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "seeds" / "sputnik-lavrov-eurasian-security.txt"
CORPUS = ROOT / "corpus" / "cases"


@pytest.fixture(scope="session")
def corpus() -> list[Case]:
    return load_corpus(CORPUS)


@pytest.fixture(scope="session")
def seed_text() -> str:
    if not SEED.is_file():
        pytest.fail(f"seed page missing at {SEED}: the shared folder must sit next to the checkout")
    return SEED.read_text(encoding="utf-8")
