"""Data the tests read from outside the repository, and what a test does when it is missing.

The public benchmark pages and the seed page live in a shared folder beside
the checkout (``../shared``); the benchmark pages can also be pointed at with
$BOILERSTRIP_BENCH. A fresh clone has neither: there a test that needs them is
skipped, with a reason that says where the data was looked for and how to
provide it. CI sets BOILERSTRIP_REQUIRE_SHARED=1 (``.ci/run``), and there the
same test fails instead, so that a CI run without the data cannot pass green.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# Read at call time (not bound into defaults), so a test can point it elsewhere.
SHARED = ROOT.parent / "shared"
BENCH_ENV = "BOILERSTRIP_BENCH"
REQUIRE_ENV = "BOILERSTRIP_REQUIRE_SHARED"
SEED_NAME = "sputnik-lavrov-eurasian-security.txt"


def shared_required() -> bool:
    """Whether missing shared data is a failure: $BOILERSTRIP_REQUIRE_SHARED set to anything but "" or "0"."""
    return os.environ.get(REQUIRE_ENV, "") not in ("", "0")


def require_shared(path: Path, what: str, how: str) -> Path:
    """``path`` if it is a file; else skip the calling test, or fail it when :func:`shared_required`.

    ``what`` names the data and ``how`` says how to provide it; both go into
    the reason, with the path that was looked for.
    """
    if path.is_file():
        return path
    reason = f"{what} missing: {path} not found; {how}"
    if shared_required():
        pytest.fail(f"{reason} ({REQUIRE_ENV} is set, as in CI: missing shared data is an error)")
    pytest.skip(f"{reason} (set {REQUIRE_ENV}=1 to make this a failure, as CI does)")


def bench_dir() -> Path:
    """The benchmark data folder: $BOILERSTRIP_BENCH, else ``../shared/bench`` beside the checkout."""
    return Path(os.environ.get(BENCH_ENV) or SHARED / "bench")


def bench_root() -> Path:
    """:func:`bench_dir` once it is known to hold the AEB set (``aeb/index.jsonl``); skips or fails otherwise."""
    path = bench_dir()
    if os.environ.get(BENCH_ENV):
        how = f"{BENCH_ENV} is set: point it at a bench folder, or unset it to read {SHARED / 'bench'}"
    else:
        how = f"set {BENCH_ENV} to a bench folder or put the shared folder beside the checkout (as {SHARED})"
    require_shared(path / "aeb" / "index.jsonl", "benchmark data", how)
    return path


def seed_file() -> Path:
    """The seed page (``../shared/seeds/...``); skips or fails when it is missing."""
    return require_shared(
        SHARED / "seeds" / SEED_NAME, "seed page", f"put the shared folder beside the checkout (as {SHARED})"
    )
