"""Missing shared data (../shared beside the checkout): a skip with its reason outside CI, a failure in CI.

Regression for defect 4: a fresh clone without ../shared ran red, because the
seed fixture and the benchmark tests called ``pytest.fail`` whatever the
environment.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests import shared_data
from tests.shared_data import BENCH_ENV, REQUIRE_ENV, bench_dir, bench_root, require_shared, seed_file


@pytest.fixture
def no_shared(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A checkout with nothing beside it: the shared folder and $BOILERSTRIP_BENCH both point nowhere."""
    missing = tmp_path / "shared"
    monkeypatch.setattr(shared_data, "SHARED", missing)
    monkeypatch.delenv(BENCH_ENV, raising=False)
    monkeypatch.delenv(REQUIRE_ENV, raising=False)
    return missing


@pytest.mark.parametrize("value", ["", "0"])
def test_missing_data_skips_with_where_and_how_outside_ci(
    no_shared: Path, monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    monkeypatch.setenv(REQUIRE_ENV, value)
    with pytest.raises(pytest.skip.Exception) as seed:
        seed_file()
    assert str(no_shared / "seeds") in str(seed.value)
    assert "shared folder beside the checkout" in str(seed.value)
    assert f"{REQUIRE_ENV}=1" in str(seed.value)
    with pytest.raises(pytest.skip.Exception) as bench:
        bench_root()
    assert str(no_shared / "bench" / "aeb" / "index.jsonl") in str(bench.value)
    assert BENCH_ENV in str(bench.value)


def test_missing_data_fails_in_ci(no_shared: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(REQUIRE_ENV, "1")
    with pytest.raises(pytest.fail.Exception, match="seed page missing") as seed:
        seed_file()
    assert str(no_shared / "seeds") in str(seed.value)
    with pytest.raises(pytest.fail.Exception, match="benchmark data missing") as bench:
        bench_root()
    assert BENCH_ENV in str(bench.value)


def test_present_data_is_returned_in_ci_and_out(no_shared: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seed = no_shared / "seeds" / shared_data.SEED_NAME
    seed.parent.mkdir(parents=True)
    seed.write_text("text", encoding="utf-8")
    for value in ("", "1"):
        monkeypatch.setenv(REQUIRE_ENV, value)
        assert seed_file() == seed
        assert require_shared(seed, "seed page", "no need") == seed


def test_bench_env_overrides_the_shared_folder(
    no_shared: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bench = tmp_path / "elsewhere"
    (bench / "aeb").mkdir(parents=True)
    (bench / "aeb" / "index.jsonl").write_text("{}\n", encoding="utf-8")
    assert bench_dir() == no_shared / "bench"
    monkeypatch.setenv(BENCH_ENV, str(bench))
    monkeypatch.setenv(REQUIRE_ENV, "1")
    assert bench_root() == bench
    # A wrong $BOILERSTRIP_BENCH is named as the cause.
    monkeypatch.setenv(BENCH_ENV, str(tmp_path / "wrong"))
    with pytest.raises(pytest.fail.Exception, match=f"{BENCH_ENV} is set: point it at a bench folder"):
        bench_root()
