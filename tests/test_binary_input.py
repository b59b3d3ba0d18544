"""Binary files given as text or HTML get an empty, flagged result, not garbage."""

from __future__ import annotations

import pytest

import boilerstrip
from boilerstrip.binary import binary_kind

ELF = b"\x7fELF\x02\x01\x01\x00" + bytes(200)
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64)


@pytest.mark.parametrize(("data", "kind"), [(ELF, "ELF"), (PDF, "PDF"), (PNG, "PNG")])
def test_binary_files_are_flagged_by_both_entry_points(data: bytes, kind: str) -> None:
    for result in (boilerstrip.clean(data), boilerstrip.clean_html(data)):
        assert result.text == ""
        assert "binary_input" in result.flags
        assert result.skipped[0].error_type == "BinaryInput" and kind in result.skipped[0].message


def test_control_heavy_text_is_binary_but_restores() -> None:
    text = "\x00\x01\x02\x03\x04\x05\x06\x07\x08" * 20
    result = boilerstrip.clean(text)
    assert "binary_input" in result.flags and result.text == ""
    assert result.restore() == text


def test_control_heavy_text_with_a_lone_surrogate_says_so() -> None:
    # A fuzzer's find: the binary answer flagged what the input looked like, not the surrogate it held.
    text = "\x1f\x1f\x1f\x08\n\ud800\x1f\x1f\x1f\x08"
    result = boilerstrip.clean(text)
    assert result.flags == ("binary_input", "lone_surrogates")
    assert result.restore() == text
    assert boilerstrip.clean("\x00\x01\x02\x03" * 20).flags == ("binary_input",)


def test_text_with_a_stray_nul_and_utf16_pages_stay_text() -> None:
    assert binary_kind("The council met.\x00 It approved the budget.") is None
    page = "<html><body><p>The new port opened on Monday after six years of delays.</p></body></html>"
    assert binary_kind(page.encode("utf-16")) is None
    assert "binary_input" not in boilerstrip.clean_html(page.encode("utf-16")).flags
