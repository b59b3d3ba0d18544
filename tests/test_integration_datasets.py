"""clean_batch under a real ``datasets.Dataset.map(batched=True, num_proc=2)``."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.optional_deps import require_module

datasets = require_module("datasets")

from boilerstrip import ConfigError  # noqa: E402
from boilerstrip.integrations.datasets import DEFAULT_FIELDS, clean_batch, output_features  # noqa: E402

PROSE = "The council approved the budget on Tuesday evening."
PAGE = f"<html><body><nav>Home | News</nav><article><h1>Budget</h1><p>{PROSE}</p></article></body></html>"


@pytest.fixture(autouse=True)
def cache_in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # map() writes cache files beside the dataset's; from_dict keeps it in memory, so they go to a temporary dir.
    monkeypatch.setenv("HF_DATASETS_CACHE", str(tmp_path))


def test_map_with_two_processes_cleans_every_row_and_isolates_errors() -> None:
    texts = [f"Advertisement\n{PROSE}", PROSE, None, "Share\nThe port opened on Monday.", f"{PROSE}\nRead more"]
    ds = datasets.Dataset.from_dict({"id": list(range(5)), "text": texts})
    out = ds.map(clean_batch, batched=True, batch_size=2, num_proc=2, features=output_features(ds.features))
    assert out.column_names == ["id", "text", *(f"boilerstrip_{f}" for f in DEFAULT_FIELDS)]
    assert out["id"] == list(range(5)) and out["text"] == texts  # input columns untouched, rows in order
    assert out["boilerstrip_text"][:2] == [PROSE, PROSE]
    assert out["boilerstrip_status"] == ["ok", "ok", "error", "ok", "ok"]
    assert out["boilerstrip_error_type"][2] == "InvalidRecord"
    assert out["boilerstrip_removed_chars"][0] == len("Advertisement\n")
    assert out.features["boilerstrip_flags"].feature.dtype == "string"
    assert out.features["boilerstrip_chars_in"].dtype == "int64"


def test_html_column_with_url_and_no_prefix() -> None:
    ds = datasets.Dataset.from_dict({"page": [PAGE, PAGE.encode()], "url": ["https://example.org/a", None]})
    fields = ["text", "title", "source_kind"]
    kwargs = {"column": "page", "html": True, "prefix": "", "fields": fields}
    features = output_features(ds.features, prefix="", fields=fields)
    out = ds.map(clean_batch, batched=True, num_proc=2, batch_size=1, fn_kwargs=kwargs, features=features)
    assert out.column_names == ["page", "url", "text", "title", "source_kind"]
    assert out["text"] == [PROSE, PROSE] and out["title"] == ["Budget", "Budget"] and out["source_kind"] == ["html"] * 2


def test_without_features_a_column_null_in_the_first_batch_fails_as_documented() -> None:
    ds = datasets.Dataset.from_dict({"text": [PROSE, None]})
    with pytest.raises(TypeError, match="boilerstrip_error_type"):
        ds.map(clean_batch, batched=True, batch_size=1, fn_kwargs={"fields": ["error_type"]})
    out = ds.map(
        clean_batch,
        batched=True,
        batch_size=1,
        fn_kwargs={"fields": ["error_type"]},
        features=output_features(ds.features, fields=["error_type"]),
    )
    assert out["boilerstrip_error_type"] == [None, "InvalidRecord"]


def test_bad_arguments_raise_before_any_row() -> None:
    with pytest.raises(ConfigError, match="no column 'body'"):
        clean_batch({"text": ["x"]}, column="body")
    with pytest.raises(ConfigError, match="unknown field"):
        clean_batch({"text": ["x"]}, fields=["nope"])
    with pytest.raises(ConfigError, match="unknown field"):
        output_features(datasets.Features(), fields=["nope"])
