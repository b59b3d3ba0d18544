"""``boilerstrip batch`` end to end: inputs, outputs, resume, stats, oversize, error records."""

from __future__ import annotations

import gzip
import io
import json
import sys
from pathlib import Path
from typing import Any

import pytest

from boilerstrip.batch.stats import BatchStats
from boilerstrip.cli import main
from tests.optional_deps import require_module

PROSE = "The council approved the school budget on Thursday evening after a long debate."
PAGE = f"<html><body><article><p>{PROSE}</p><div class='share-bar'>Share on Facebook</div></article></body></html>"


def jsonl(*records: object) -> str:
    return "".join(json.dumps(r) + "\n" for r in records)


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]


@pytest.fixture
def mixed(tmp_path: Path) -> Path:
    path = tmp_path / "in.jsonl"
    path.write_text(
        jsonl({"id": "a", "text": f"Advertisement\n{PROSE}", "url": "https://x.org/a"}, {"id": "b", "text": None})
        + "{broken\n"
        + jsonl({"doc": 4, "body": "x"}, {"id": "e", "html": PAGE}),
        "utf-8",
    )
    return path


def test_batch_writes_one_line_per_record_in_order(mixed: Path, tmp_path: Path) -> None:
    out, stats_file = tmp_path / "out.jsonl", tmp_path / "stats.json"
    assert main(["batch", str(mixed), "-o", str(out), "--stats", str(stats_file), "--jobs", "2"]) == 0
    rows = read_jsonl(out)
    assert [r["id"] for r in rows] == ["a", "b", f"{mixed}:3", f"{mixed}:4", "e"]
    assert rows[0] == {
        "id": "a",
        "url": "https://x.org/a",
        "text": PROSE,
        "title": None,
        "date": None,
        "language": "en",
        "flags": [],
    }
    assert rows[1]["error"] == {"type": "InvalidRecord", "message": "line 2: field 'text' is null"}
    assert rows[2]["error"]["type"] == "InvalidJSON" and "line 3" in rows[2]["error"]["message"]
    assert rows[3]["error"]["type"] == "InvalidRecord" and rows[3]["error"]["message"].startswith("line 4: record has")
    assert rows[4]["text"] == PROSE
    assert out.read_text("utf-8").count("\n") == 5 and ": " not in out.read_text("utf-8").splitlines()[0]
    stats = BatchStats.from_dict(json.loads(stats_file.read_text("utf-8")))
    assert stats.documents == 5 and stats.ok == 2 and stats.errors == 3
    assert stats.removed_chars_by_cleaner["ui_strings"] > 0


def test_batch_fields_removals_and_custom_field_names(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "in.jsonl.gz"
    src.write_bytes(gzip.compress(jsonl({"key": 7, "body": f"Advertisement\n{PROSE}"}).encode()))
    argv = ["batch", str(src), "--text-field", "body", "--id-field", "key", "--fields", "text,chars_in"]
    assert main([*argv, "--with-removals"]) == 0
    captured = capsys.readouterr()
    (row,) = (json.loads(line) for line in captured.out.splitlines())
    assert row["id"] == 7 and row["text"] == PROSE and row["chars_in"] == len(PROSE) + 14
    assert row["removed"][0]["reason"] == "ad_marker"
    assert "1 documents: 1 ok" in captured.err  # the summary, on stderr
    assert "\r" not in captured.err  # no progress line when stderr is not a terminal


def test_batch_reads_zstd(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    zstandard = require_module("zstandard", "batch")
    src = tmp_path / "in.jsonl.zst"
    src.write_bytes(zstandard.ZstdCompressor().compress(jsonl({"id": 1, "text": PROSE}).encode()))
    assert main(["batch", str(src)]) == 0
    assert json.loads(capsys.readouterr().out)["text"] == PROSE


def test_batch_reads_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    raw = jsonl({"text": PROSE}, [1, 2]).encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(raw), encoding="utf-8"))
    assert main(["batch", "-"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert rows[0]["id"] == "-:1" and rows[0]["text"] == PROSE
    assert rows[1]["error"]["message"] == "line 2: a record must be an object, not a list"


def test_batch_directories_globs_and_output_dir(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    (pages / "sub").mkdir(parents=True)
    (pages / "one.txt").write_text(f"Advertisement\n{PROSE}", "utf-8")
    (pages / "sub" / "two.html").write_bytes(PAGE.encode("cp1252"))
    (pages / "three.txt.gz").write_bytes(gzip.compress(PROSE.encode()))
    (pages / "bin.txt").write_bytes(b"\x7fELF\x02\x01\x01" + bytes(100))
    (pages / "notes.md").write_text("ignored", "utf-8")
    out = tmp_path / "out"
    assert main(["batch", str(pages), "--output-dir", str(out)]) == 0
    assert (out / "one.txt").read_text("utf-8") == PROSE + "\n"
    assert (out / "sub" / "two.txt").read_text("utf-8") == PROSE + "\n"
    assert (out / "three.txt").read_text("utf-8") == PROSE + "\n"
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()) == [
        "bin.txt",
        "one.txt",
        "sub/two.txt",
        "three.txt",
    ]
    assert (out / "bin.txt").read_text("utf-8") == ""  # binary: empty text (flagged binary_input in JSONL)
    listing = tmp_path / "list.jsonl"
    assert main(["batch", str(pages / "**" / "*.html"), "-o", str(listing), "--fields", "flags"]) == 0
    (row,) = read_jsonl(listing)
    assert row["id"] == str(pages / "sub" / "two.html")


def test_batch_resume_skips_done_ids_and_repairs_a_cut_line(mixed: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(mixed), "-o", str(out)]) == 0
    full = out.read_text("utf-8")
    lines = full.splitlines(keepends=True)
    out.write_text(lines[0] + lines[1] + lines[2][:10], "utf-8")  # a crash in the middle of line 3
    assert main(["batch", str(mixed), "-o", str(out), "--resume"]) == 0
    assert out.read_text("utf-8") == full
    assert main(["batch", str(mixed), "-o", str(out), "--resume"]) == 0
    assert out.read_text("utf-8") == full  # nothing left to do


def test_batch_oversize_policies(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(jsonl({"id": 1, "text": PROSE * 5}), "utf-8")
    config = tmp_path / "c.toml"
    config.write_text("[limits]\nmax_chars = 200\n", "utf-8")
    results = {}
    for policy in ("flag", "skip", "truncate"):
        assert main(["batch", str(src), "--config", str(config), "--oversize", policy]) == 0
        captured = capsys.readouterr()
        results[policy] = json.loads(captured.out)
        assert f"oversize {policy} 1" in captured.err
    assert "input_too_large" in results["flag"]["flags"]
    assert results["skip"]["skipped"]["type"] == "InputTooLarge"
    assert "truncated" in results["truncate"]["flags"] and len(results["truncate"]["text"]) <= 200


def test_batch_rejects_bad_options(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "keep.jsonl"
    out.write_text("{}\n", "utf-8")
    assert main(["batch", str(tmp_path / "missing.jsonl"), "-o", str(out)]) == 2
    assert "does not exist" in capsys.readouterr().err
    assert out.read_text("utf-8") == "{}\n"  # checked before the output is opened
    assert main(["batch", str(tmp_path / "*.nothing")]) == 0
    assert "matches no file" in capsys.readouterr().err
    assert main(["batch", "--resume", "-"]) == 2
    assert "--resume needs" in capsys.readouterr().err
    src = tmp_path / "in.jsonl"
    src.write_text(jsonl({"text": PROSE}), "utf-8")
    assert main(["batch", str(src), "--fields", "text,bogus"]) == 2
    assert "unknown field(s) 'bogus'" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["batch", str(src), "--jobs", "0"])


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_only_on_a_terminal(
    mixed: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import boilerstrip.batch.cli as batch_cli

    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    monkeypatch.setattr(batch_cli, "_PROGRESS_EVERY", 0.0)
    assert main(["batch", str(mixed)]) == 0
    err = terminal.getvalue()
    assert "\r" in err and "docs/s" in err and "M chars/s" in err
    assert "\x1b[Kboilerstrip batch: 5 documents: 2 ok, 3 errors" in err  # the progress line is cleared first


def test_record_cleaner_pickles_by_its_options() -> None:
    import pickle

    from boilerstrip.batch.records import RecordCleaner, RecordOptions

    cleaner = pickle.loads(pickle.dumps(RecordCleaner(RecordOptions(fields=("text",)))))
    assert cleaner.options.fields == ("text",)
    stats = BatchStats()
    assert cleaner({"id": 1, "text": PROSE}, stats)["text"] == PROSE
