"""Doctest collection of the integration modules, which import optional frameworks.

``--doctest-modules`` imports every module under boilerstrip/; an integration
module whose framework is not installed (a checkout with only ``.[test]``)
would fail to import and break the whole run. Such modules are left out of
collection, unless BOILERSTRIP_REQUIRE_SHARED is set (CI), where the import
error is reported. Their tests (tests/test_integration_*.py) skip or fail the
same way through ``tests.optional_deps.require_module``.
"""

from __future__ import annotations

import importlib.util
import os

# Integration module -> the framework it imports when imported (the others import theirs when called).
_FRAMEWORKS = {"datatrove.py": "datatrove"}


def _missing(module: str) -> bool:
    return importlib.util.find_spec(module) is None


collect_ignore = (
    []
    if os.environ.get("BOILERSTRIP_REQUIRE_SHARED", "") not in ("", "0")
    else [f"boilerstrip/integrations/{name}" for name, module in _FRAMEWORKS.items() if _missing(module)]
)
