"""The integrations stay optional: importing boilerstrip loads no framework, and require_module skips or fails."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.optional_deps import require_module

FRAMEWORKS = ("datatrove", "datasets", "pyspark", "pandas", "pyarrow")


def test_importing_boilerstrip_and_the_lazy_integrations_loads_no_framework() -> None:
    # datasets.py and spark.py import their frameworks when called; datatrove.py must import datatrove to subclass.
    code = (
        "import sys, boilerstrip, boilerstrip.integrations.datasets, boilerstrip.integrations.spark\n"
        f"print(sorted(m for m in {FRAMEWORKS!r} if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_a_missing_module_skips_locally_and_fails_in_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BOILERSTRIP_REQUIRE_SHARED", "0")
    with pytest.raises(pytest.skip.Exception, match="no_such_module_xyz is not installed"):
        require_module("no_such_module_xyz")
    monkeypatch.setenv("BOILERSTRIP_REQUIRE_SHARED", "1")
    with pytest.raises(pytest.fail.Exception, match="a missing integration is an error"):
        require_module("no_such_module_xyz")
    assert require_module("json").__name__ == "json"
