"""Bad input gets a clear error or a flagged result; the command line works end to end."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import boilerstrip
from boilerstrip.cli import main


def test_non_text_inputs_raise_clear_errors() -> None:
    with pytest.raises(boilerstrip.InputError, match="not NoneType"):
        boilerstrip.clean(None)  # type: ignore[arg-type]
    with pytest.raises(boilerstrip.InputError, match="not valid UTF-8"):
        boilerstrip.clean(b"\xff\xfe caf\xe9")
    assert boilerstrip.clean("Café au lait. ".encode()).text == "Café au lait."


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\n\t",
        "\x00\x01",
        "a" * 200_000,
        "\n".join(["Share"] * 500),
        "\ud800 lone surrogate",
        "<html><body>x</body></html>",
    ],
)
def test_odd_inputs_never_crash_and_restore(text: str) -> None:
    result = boilerstrip.clean(text)
    assert result.restore() == text
    json.dumps(result.to_dict())  # always serialisable


def test_markup_and_empty_output_are_flagged() -> None:
    assert "markup_input" in boilerstrip.clean("<!DOCTYPE html><html><p>Hi</p></html>").flags
    assert "empty_output" in boilerstrip.clean("Advertisement\nShare").flags


def test_cli_explain_and_stdin(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    raw = b"Advertisement\nThe council approved the budget on Tuesday evening."
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(raw), encoding="utf-8"))
    assert main(["clean", "-", "--explain"]) == 0
    out = capsys.readouterr().out
    assert "ui_strings" in out and "ad_marker" in out and "Advertisement" in out


PAGE = (
    "<!DOCTYPE html><html lang='en'><head><title>Port opens</title></head><body><article>"
    "<p>The new container port opened on Monday after six years of delays, officials in Zürich said.</p>"
    "<div class='share-bar'><a>Share on Facebook</a></div>"
    "<p>Shipping companies welcomed the opening but warned that road links were unfinished.</p>"
    "</article></body></html>"
)


def test_cli_detects_html_and_text_can_be_forced(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "page.html"
    page.write_bytes(PAGE.encode("cp1252"))
    assert main(["clean", str(page), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["source_kind"] == "html" and data["encoding"] == "windows-1252"
    assert data["text"].startswith("The new container port opened on Monday")
    assert "Share on Facebook" not in data["text"]
    assert main(["clean", str(page), "--text", "--encoding", "cp1252", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["source_kind"] == "text" and "markup_input" in data["flags"]


def test_cli_text_in_another_encoding_needs_encoding(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = tmp_path / "t.txt"
    text.write_bytes("Die Brücke wurde am Montag nach drei Jahren Bauzeit eröffnet.".encode("latin-1"))
    assert main(["clean", str(text)]) == 2
    assert "--encoding" in capsys.readouterr().err
    assert main(["clean", str(text), "--encoding", "latin-1"]) == 0
    assert capsys.readouterr().out.startswith("Die Brücke wurde am Montag")


def test_cli_errors_are_messages_not_tracebacks(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('[pipeline]\ncleaners = ["nope"]\n', encoding="utf-8")
    text = tmp_path / "t.txt"
    text.write_text("x", encoding="utf-8")
    assert main(["clean", str(text), "--config", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "unknown cleaner 'nope'" in err and "photo_credits" in err
    assert main(["clean", str(tmp_path / "missing.txt")]) == 2


def test_cli_lists_cleaners(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["cleaners"]) == 0
    out = capsys.readouterr().out
    for name in boilerstrip.Pipeline.default().names:
        assert name in out


def test_import_is_light() -> None:
    code = "import sys, boilerstrip; print('trafilatura' in sys.modules, 'lxml' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["False", "False"]


def test_console_script_runs(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Publicidad\nEl gobierno aprobó el plan de obras para el puerto este lunes.", encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-m", "boilerstrip", "clean", str(path)], capture_output=True, text=True, check=True
    ).stdout
    assert out == "El gobierno aprobó el plan de obras para el puerto este lunes.\n"


def test_cli_applies_the_html_limits_of_its_config(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # Regression: the CLI called the HTML stage without the config's [limits], so a page over
    # max_html_chars was cleaned anyway while the API flagged it.
    config = tmp_path / "limits.toml"
    config.write_text("[limits]\nmax_html_chars = 100\n", encoding="utf-8")
    page = tmp_path / "page.html"
    body = "<p>The harbour council approved the new ferry timetable on Tuesday evening.</p>" * 5
    page.write_text(f"<html><body>{body}</body></html>", encoding="utf-8")
    assert main(["clean", str(page), "--json", "--config", str(config)]) == 0
    result = json.loads(capsys.readouterr().out)
    assert "input_too_large" in result["flags"] and result["text"] == ""
    config.write_text("[limits]\nmax_html_elements = 2\n", encoding="utf-8")
    assert main(["clean", str(page), "--json", "--config", str(config)]) == 0
    assert "extractor_fallback" in json.loads(capsys.readouterr().out)["flags"]
