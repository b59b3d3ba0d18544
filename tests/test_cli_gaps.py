"""The command line's small promises: --version, checked --lang and --encoding, binary and .gz input, --jsonl."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

import boilerstrip
from boilerstrip.cli import main

PROSE = "The council approved the school budget on Thursday evening after a long debate."
PAGE = (
    "<html lang='en'><head><meta property='og:title' content='Budget approved'></head><body><article>"
    f"<p>{PROSE}</p><div class='share-bar'><a>Share on Facebook</a></div>"
    "<p>Parents welcomed the decision, which funds two new schools in the north of the city.</p>"
    "</article></body></html>"
)


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    from boilerstrip.html.dom import scan_implementation
    from boilerstrip.labeller.native import labeller_implementation

    assert capsys.readouterr().out.splitlines() == [
        f"boilerstrip {boilerstrip.__version__}",
        f"DOM scan: {scan_implementation()}",
        f"Labeller: {labeller_implementation()}",
    ]


def test_bad_lang_and_encoding_are_rejected_clearly(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "a.txt"
    src.write_text(PROSE, "utf-8")
    with pytest.raises(SystemExit):
        main(["clean", str(src), "--lang", "klingon"])
    assert "'klingon' is not a language code" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["clean", str(src), "--encoding", "foo"])
    err = capsys.readouterr().err
    assert "unknown encoding 'foo'" in err and "give --encoding" not in err
    assert main(["clean", str(src), "--lang", "EN"]) == 0
    assert capsys.readouterr().out.strip() == PROSE


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"\x7fELF\x02\x01\x01" + bytes(64), "ELF"),
        (b"%PDF-1.4\n1 0 obj", "PDF"),
        (b"\x89PNG\r\n\x1a\n" + bytes(32), "PNG"),
    ],
)
@pytest.mark.parametrize("mode", [[], ["--text"], ["--html"]])
def test_binary_input_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], data: bytes, kind: str, mode: list[str]
) -> None:
    src = tmp_path / "blob"
    src.write_bytes(data)
    assert main(["clean", str(src), *mode]) == 2
    captured = capsys.readouterr()
    assert kind in captured.err and "not text" in captured.err and captured.out == ""


def test_gz_input_is_read_transparently(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "a.txt.gz"
    src.write_bytes(gzip.compress(f"Advertisement\n{PROSE}".encode()))
    assert main(["clean", str(src)]) == 0
    assert capsys.readouterr().out.strip() == PROSE
    page = tmp_path / "p.html.gz"
    page.write_bytes(gzip.compress(PAGE.encode()))
    assert main(["clean", str(page), "--jsonl"]) == 0
    assert json.loads(capsys.readouterr().out)["source_kind"] == "html"


def test_json_is_pretty_and_jsonl_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "a.txt"
    src.write_text(PROSE, "utf-8")
    assert main(["clean", str(src), "--json"]) == 0
    pretty = capsys.readouterr().out
    assert pretty.count("\n") > 5
    assert main(["clean", str(src), "--jsonl"]) == 0
    compact = capsys.readouterr().out
    assert compact.count("\n") == 1 and json.loads(compact) == json.loads(pretty)


def test_explain_lists_html_nodes_and_metadata(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "p.html"
    page.write_text(PAGE, "utf-8")
    assert main(["clean", str(page), "--explain"]) == 0
    out = capsys.readouterr().out
    assert "HTML elements set aside:" in out and "Share on Facebook" in out
    assert "metadata:" in out and "title: Budget approved" in out and "language: en" in out
