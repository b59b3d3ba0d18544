"""Optional dependencies of the tests: skipped where missing, a failure in CI.

The integrations (datatrove, datasets, PySpark), .zst and WARC input are optional extras. A
developer without them sees their tests skipped; CI installs
``.[integrations]`` and sets BOILERSTRIP_REQUIRE_SHARED=1, and there a
missing module fails the test, so that a broken install cannot pass green.
"""

from __future__ import annotations

import importlib
from types import ModuleType

import pytest

from tests.shared_data import REQUIRE_ENV, shared_required


def require_module(name: str, extra: str = "integrations") -> ModuleType:
    """Import ``name`` (from the optional ``extra``); if it is missing, skip the calling test (or module), or fail
    it when CI requires it."""
    try:
        return importlib.import_module(name)
    except ImportError as exc:
        reason = f"{name} is not installed ({exc}); pip install -e '.[{extra}]'"
        if shared_required():
            pytest.fail(f"{reason} ({REQUIRE_ENV} is set, as in CI: a missing integration is an error)")
        pytest.skip(f"{reason} (set {REQUIRE_ENV}=1 to make this a failure, as CI does)", allow_module_level=True)
