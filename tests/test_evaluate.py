"""`boilerstrip eval`: scoring a user's own labelled samples."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import boilerstrip
from boilerstrip.cli import main
from boilerstrip.evaluate import evaluate, read_samples

PROSE = "The harbour council approved the new ferry timetable on Tuesday evening."


def _sample(root: Path, name: str, text: str, expected: str, **meta: str) -> None:
    folder = root / name
    folder.mkdir(parents=True)
    (folder / "input.txt").write_text(text, encoding="utf-8")
    (folder / "expected.txt").write_text(expected + "\n", encoding="utf-8")
    if meta:
        (folder / "case.json").write_text(json.dumps(meta), encoding="utf-8")


def test_scores_chrome_and_clean_samples_apart(tmp_path: Path) -> None:
    _sample(tmp_path, "a-chrome", f"Advertisement\n{PROSE}\nShare this article", PROSE, kind="chrome", lang="en")
    readme = "Install it with pip.\nThen run the tests."
    _sample(tmp_path, "b-readme", readme, readme, kind="clean", lang="en")
    _sample(tmp_path, "c-heading", f"Fish soup\n{PROSE}", f"Fish soup\n{PROSE}", kind="clean")
    (tmp_path / "not-a-sample").mkdir()
    samples = read_samples(tmp_path)
    assert [s.id for s in samples] == ["a-chrome", "b-readme", "c-heading"]
    # A stand-in cleaner with known output: it keeps the share line and drops every first line.
    outputs = {samples[0].input: f"{PROSE}\nShare this article", readme: readme, samples[2].input: PROSE}
    report = evaluate(samples, lambda text: boilerstrip.Result(outputs[text], (), boilerstrip.Metadata()))
    assert report.samples == 3 and report.clean_samples == 2
    assert (report.lines.true_pos, report.lines.false_pos, report.lines.false_neg) == (1, 1, 0)
    assert report.lines.precision == 0.5 and report.by_lang["en"].precision == 0.5
    # The clean samples are judged by harm alone.
    assert report.clean_changed == ["c-heading"]
    assert report.clean_removed_share == pytest.approx(len("Fish soup") / (len(readme) + len(f"Fish soup\n{PROSE}")))
    assert "clean: 1 of 2 changed" in report.format()


def test_a_bad_kind_is_an_error(tmp_path: Path) -> None:
    _sample(tmp_path, "x", PROSE, PROSE, kind="junk")
    with pytest.raises(ValueError, match="kind 'junk'"):
        read_samples(tmp_path)


def test_cli_eval_prints_a_report_and_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _sample(tmp_path, "a", f"Advertisement\n{PROSE}", PROSE, lang="en")
    assert main(["eval", str(tmp_path)]) == 0
    assert "line precision 1.000, recall 1.000" in capsys.readouterr().out
    assert main(["eval", str(tmp_path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["samples"] == 1 and data["line_recall"] == 1.0
    empty = tmp_path / "empty"
    empty.mkdir()
    assert main(["eval", str(empty)]) == 2
    assert "no samples" in capsys.readouterr().err
