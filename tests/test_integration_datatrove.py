"""The datatrove steps, run by a real LocalPipelineExecutor over JSONL files in a temporary folder."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.optional_deps import require_module

require_module("datatrove")

from datatrove.data import Document, DocumentsPipeline  # noqa: E402
from datatrove.executor import LocalPipelineExecutor  # noqa: E402
from datatrove.pipeline.base import PipelineStep  # noqa: E402

from boilerstrip.integrations.datatrove import BoilerstripHTML, BoilerstripText  # noqa: E402

PROSE = "The council approved the budget on Tuesday evening."
PAGE = (
    "<html><head><title>Budget</title></head><body><nav>Home | News | Sport</nav>"
    f"<article><h1>Budget approved</h1><p>{PROSE}</p><p>Share this article</p></article></body></html>"
)


def write_jsonl(path: Path, rows: list[dict[str, Any]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


class Reader(PipelineStep):
    """Reads the JSONL files of a folder, one file per task (datatrove's JsonlReader needs orjson, not installed)."""

    name = "reader"
    type = "test"

    def __init__(self, folder: Path) -> None:
        super().__init__()
        self.folder = folder

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        for path in sorted(self.folder.glob("*.jsonl"))[rank::world_size]:
            for line in path.read_text(encoding="utf-8").splitlines():
                row = json.loads(line)
                yield Document(text=row["text"], id=row["id"], metadata=row.get("metadata", {}))


class Writer(PipelineStep):
    """Writes each task's documents to ``<rank>.jsonl``."""

    name = "writer"
    type = "test"

    def __init__(self, folder: Path) -> None:
        super().__init__()
        self.folder = folder

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        self.folder.mkdir(parents=True, exist_ok=True)
        with (self.folder / f"{rank}.jsonl").open("w", encoding="utf-8") as f:
            for doc in data:
                f.write(json.dumps({"id": doc.id, "text": doc.text, "metadata": doc.metadata}) + "\n")
                yield doc


def read_outputs(folder: Path) -> dict[str, dict[str, Any]]:
    docs = [json.loads(line) for f in sorted(folder.glob("*.jsonl")) for line in f.read_text().splitlines()]
    return {d["id"]: d for d in docs}


def run(tmp_path: Path, name: str, step: Any, tasks: int = 1) -> tuple[dict[str, dict[str, Any]], dict[str, Any]]:
    out = tmp_path / name / "out"
    logs = tmp_path / name / "logs"
    pipeline = [Reader(tmp_path / name / "in"), step, Writer(out)]
    LocalPipelineExecutor(pipeline, tasks=tasks, workers=tasks, logging_dir=str(logs)).run()
    stats = json.loads((logs / "stats.json").read_text())
    step_stats = next(s for s in stats if s["name"].endswith(BoilerstripText.name))["stats"]
    return read_outputs(out), step_stats


def count(stats: dict[str, Any], name: str) -> int:
    value = stats.get(name, 0)
    return int(value["total"] if isinstance(value, dict) else value)


def test_text_step_cleans_keeps_metadata_and_survives_bad_documents(tmp_path: Path) -> None:
    write_jsonl(
        tmp_path / "text" / "in" / "docs.jsonl",
        [
            {"id": "a", "text": f"Advertisement\n{PROSE}", "metadata": {"url": "https://example.org/a", "title": "x"}},
            {"id": "b", "text": PROSE},
            {"id": "c", "text": 42},  # not a string: an error, kept unchanged
        ],
    )
    docs, stats = run(tmp_path, "text", BoilerstripText())
    assert list(docs) == ["a", "b", "c"]
    a = docs["a"]
    assert a["text"] == PROSE
    assert a["metadata"]["title"] == "x"  # the reader's metadata is untouched
    bs = a["metadata"]["boilerstrip"]
    assert bs["status"] == "ok" and bs["removed_chars"] == len("Advertisement\n") and bs["source_kind"] == "text"
    assert not {"id", "url", "text"} & set(bs)
    assert docs["b"]["text"] == PROSE and docs["b"]["metadata"]["boilerstrip"]["removed_chars"] == 0
    c = docs["c"]["metadata"]["boilerstrip"]
    assert c["status"] == "error" and c["error_type"] == "InvalidRecord"
    assert count(stats, "total") == 3 and count(stats, "ok") == 2 and count(stats, "errors") == 1
    assert count(stats, "error/InvalidRecord") == 1 and count(stats, "forwarded") == 3
    assert count(stats, "removed_chars") == len("Advertisement\n")


def test_html_step_in_two_worker_processes_uses_the_url_and_drops_errors(tmp_path: Path) -> None:
    folder = tmp_path / "html" / "in"
    write_jsonl(folder / "0.jsonl", [{"id": "p1", "text": PAGE, "metadata": {"url": "https://example.org/budget"}}])
    write_jsonl(folder / "1.jsonl", [{"id": "p2", "text": PAGE}, {"id": "bad", "text": None}])
    docs, stats = run(tmp_path, "html", BoilerstripHTML(drop_errors=True, metadata_key="bs"), tasks=2)
    assert sorted(docs) == ["p1", "p2"]
    for doc in docs.values():
        assert PROSE in doc["text"] and "<p>" not in doc["text"] and "Home | News" not in doc["text"]
        assert doc["metadata"]["bs"]["source_kind"] == "html"
        assert doc["metadata"]["bs"]["title"] == "Budget approved"
    assert docs["p1"]["metadata"]["url"] == "https://example.org/budget"
    assert count(stats, "total") == 3 and count(stats, "errors") == 1 and count(stats, "dropped") == 1


def test_drop_empty_and_a_bad_option() -> None:
    from boilerstrip import ConfigError

    step = BoilerstripText(drop_empty=True)
    kept = list(step.run(iter([Document(text="Share", id="1"), Document(text=PROSE, id="2")])))
    assert [d.id for d in kept] == ["2"]
    with pytest.raises(ConfigError):
        BoilerstripText(oversize="explode")
