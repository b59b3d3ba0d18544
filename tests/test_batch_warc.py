"""WARC archives as batch input: one record per HTML response, with its URL and HTTP charset."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from boilerstrip.batch.inputs import iter_records
from boilerstrip.batch.items import InputProblem
from boilerstrip.cli import main
from tests.optional_deps import require_module

PAGE = (
    "<html><head><title>Fähre</title></head><body><article>"
    "<p>Die Fähre nach Bari legte am Montag pünktlich ab, wie der Hafenbetreiber mitteilte.</p>"
    "<p>Share on Facebook</p></article></body></html>"
)


def _warc(path: Path, *, tail: bytes = b"", cut: int = 0) -> None:
    require_module("warcio", "warc")
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        request = writer.create_warc_record("https://example.org/faehre", "request", payload=io.BytesIO(b"GET /"))
        writer.write_record(request)
        for url, body, ctype in [
            ("https://example.org/faehre", PAGE.encode("latin-1"), "text/html; charset=ISO-8859-1"),
            ("https://example.org/logo.png", b"\x89PNG\r\n\x1a\n....", "image/png"),
        ]:
            http = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http))
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - cut] + tail)


def test_only_html_responses_become_records_with_url_and_charset(tmp_path: Path) -> None:
    archive = tmp_path / "crawl.warc.gz"
    _warc(archive)
    records = list(iter_records([str(archive)]))
    assert len(records) == 1
    (record,) = records
    assert isinstance(record, dict)
    assert record["url"] == "https://example.org/faehre" and record["encoding"] == "ISO-8859-1"
    assert str(record["id"]).startswith("<urn:uuid:")


def test_batch_cleans_a_warc_with_the_http_charset(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    archive = tmp_path / "crawl.warc.gz"
    _warc(archive)
    assert main(["batch", str(archive), "--fields", "text"]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    out = json.loads(line)
    assert out["url"] == "https://example.org/faehre"
    # Latin-1 bytes decoded by the HTTP charset: the umlauts survive.
    assert out["text"] == "Die Fähre nach Bari legte am Montag pünktlich ab, wie der Hafenbetreiber mitteilte."


@pytest.mark.parametrize(("tail", "cut"), [(b"\x1f\x8b\x08\x00garbage", 0), (b"", 200)])
def test_a_damaged_or_cut_archive_reports_where_it_stopped(tmp_path: Path, tail: bytes, cut: int) -> None:
    # warcio stops quietly at a damaged record; the reader says how far it got instead of losing the rest.
    archive = tmp_path / "crawl.warc.gz"
    _warc(archive, tail=tail, cut=cut)
    records = list(iter_records([str(archive)]))
    assert isinstance(records[-1], InputProblem) and "damaged or cut short" in records[-1].message


def test_an_intact_archive_reports_nothing(tmp_path: Path) -> None:
    archive = tmp_path / "crawl.warc"
    require_module("warcio", "warc")
    _warc(archive)
    assert not any(isinstance(r, InputProblem) for r in iter_records([str(archive)]))
