"""The review page: what it shows (spans, labels, metadata, charts), that it is safe for hostile input, the
``boilerstrip review`` command, and the page as a real browser runs it (headless Chromium)."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import shutil
import struct
import subprocess
import tempfile
import time
import zlib
from pathlib import Path

import lxml.html
import pytest

import boilerstrip
from boilerstrip.cli import main
from boilerstrip.result import Result
from boilerstrip.review import (
    GROUP_COLOURS,
    ReviewItem,
    is_whitespace_only,
    read_results,
    reason_group,
    render_review,
    sample,
)
from tests.shared_data import REQUIRE_ENV, shared_required

ARTICLE = (
    "Economy\n"
    "New Ferry Terminal Opens in Kazakhstan\n"
    "09:42 GMT 12.03.2025\n"
    "© Sputnik / Yerlan Dzhaksybekov / Go to the mediabank\n"
    "A ferry loaded with rail wagons leaves the new terminal at the port of Kuryk\n"
    "ALMATY (Sputnik) - Kazakhstan on Wednesday opened a new ferry terminal on its Caspian Sea coast, "
    "which officials say will cut the time needed to ship rail wagons to Azerbaijan.  \n"
    "Subscribe to our newsletter\n"
    "The project cost about 68 billion tenge and was financed jointly by the state port operator.\n"
)

PAGE = (
    b"<!DOCTYPE html><html lang='en'><head><title>Port opens</title>"
    b"<meta property='og:site_name' content='The Ledger'></head><body><article><h1>Port opens</h1>"
    b"<p>The new container port opened on Monday after six years of delays, officials said.</p>"
    b"<div class='newsletter-box'><p>Sign up for the morning briefing</p></div>"
    b"<p>It can handle four large ships at once and cost 400 million euros to build, the port said.</p>"
    b"</article></body></html>"
)

# A document written to break out of the page: closing the data block, an event handler, markup in a reason.
HOSTILE_TEXT = (
    "</script><script>document.body.setAttribute('data-pwned','1')</script>\n"
    "<img src=x onerror=\"document.body.setAttribute('data-pwned','2')\">\n"
    "The council approved the budget on Tuesday evening after a long debate about the harbour.\n"
    "<!-- -->]]>&amp; &lt;b&gt; \u2028 end\n"
)


def _hostile_result() -> Result:
    """A result (as JSONL would bring it) whose text, metadata and account all carry markup."""
    first_line = HOSTILE_TEXT.index("\n") + 1
    clean = boilerstrip.clean(HOSTILE_TEXT)
    assert clean.text.startswith(HOSTILE_TEXT[:first_line])
    data = clean.to_dict()
    # One more removal takes the first line out of the prose; the later ones move up in the clean text.
    shifted = [{**r.to_dict(), "at": r.at - first_line} for r in clean.removed]
    extra = {
        "start": 0,
        "end": first_line,
        "text": HOSTILE_TEXT[:first_line],
        "replacement": "",
        "cleaner": "<b>evil</b>",
        "reason": '"><img src=x onerror=alert(1)>',
        "detail": "</script><script>alert(2)</script>",
        "at": 0,
    }
    data.update(text=clean.text[first_line:], removed=[extra, *shifted])
    meta = dict(data["metadata"])  # type: ignore[call-overload]
    meta.update(title="<script>alert(3)</script>", authors=["<img src=y onerror=alert(4)>"])
    meta["related"] = [{"title": "</title><script>alert(5)</script>", "date": None}]
    data.update(metadata=meta, flags=["<i>flag</i>"])
    data["skipped"] = [{"cleaner": "<u>x</u>", "error_type": "E", "message": "<script>alert(6)</script>"}]
    return Result.from_dict(data)


def _parse(page: str) -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(page)


def _doc_text(section: lxml.html.HtmlElement) -> str:
    return "".join(pre.text_content() for pre in section.xpath(".//pre[contains(concat(' ', @class, ' '), ' text ')]"))


def test_text_is_the_input_and_every_removal_is_one_labelled_mark() -> None:
    result = boilerstrip.clean(ARTICLE)
    root = _parse(render_review([ReviewItem(result, "sputnik", "https://example.org/ferry")]))
    (section,) = root.xpath("//section[contains(concat(' ', @class, ' '), ' doc ')]")
    # The marks add no characters: the text shown is exactly the input the offsets refer to.
    assert _doc_text(section) == result.restore() == ARTICLE
    marks = section.xpath(".//mark[contains(concat(' ', @class, ' '), ' rm ')]")
    removals = sorted(result.removed, key=lambda r: r.start)
    assert len(marks) == len(removals) > 5
    for mark, r in zip(marks, removals, strict=True):
        assert mark.text_content() == r.text
        assert (mark.get("data-reason"), mark.get("data-cleaner")) == (r.reason, r.cleaner)
        assert mark.get("title").startswith(f"{r.cleaner} / {r.reason}")
        assert f"g-{reason_group(r.reason)}" in mark.get("class").split()
        if is_whitespace_only(r):
            assert "ws" in mark.get("class").split() and mark.get("data-label") is None
        else:
            assert mark.get("data-label") == f"{r.cleaner} · {r.reason}"
    reasons = {m.get("data-reason") for m in marks}
    assert {"credit_line", "edge_space"} <= reasons or {"mediabank_link", "edge_space"} <= reasons
    assert "https://example.org/ferry" in section.text_content()
    assert root.xpath('//nav[@id="doclist"]//a[@href="#doc-0"]')[0].text_content() == "sputnik"


def test_metadata_flags_skips_and_html_elements_are_shown() -> None:
    result = boilerstrip.clean(ARTICLE)
    md = result.metadata
    assert md.title and md.dateline and md.images
    root = _parse(render_review([result, boilerstrip.clean_html(PAGE), _hostile_result()]))
    first, page, hostile = root.xpath("//section[contains(concat(' ', @class, ' '), ' doc ')]")
    meta = {
        dt.text_content(): dd.text_content()
        for dt, dd in zip(
            first.xpath(".//dl[contains(concat(' ', @class, ' '), ' meta ')]/dt"),
            first.xpath(".//dl[contains(concat(' ', @class, ' '), ' meta ')]/dd"),
            strict=True,
        )
    }
    assert meta["title"] == md.title and meta["language"] == md.language
    assert md.dateline.place and md.dateline.place in meta["dateline"]
    assert md.images[0].credit and md.images[0].credit in meta["images"]
    details = page.xpath(".//details[contains(concat(' ', @class, ' '), ' html-removed ')]")
    assert details and details[0].get("open") is None  # collapsed until asked for
    assert "newsletter" in details[0].text_content() and "Sign up for the morning briefing" in details[0].text_content()
    assert page.xpath(".//p[contains(concat(' ', @class, ' '), ' docstats ')]")[0].text_content().startswith("html ·")
    assert hostile.xpath(".//ul[contains(concat(' ', @class, ' '), ' flags ')]/li")[0].text_content() == "<i>flag</i>"
    assert (
        hostile.xpath(".//ul[contains(concat(' ', @class, ' '), ' skipped ')]/li")[0].text_content()
        == "<u>x</u>: E: <script>alert(6)</script>"
    )


def test_hostile_documents_stay_text() -> None:
    hostile = _hostile_result()
    assert hostile.restore() == HOSTILE_TEXT
    page = render_review([ReviewItem(hostile, "<script>alert(7)</script>", "javascript:alert(8)")], title="<b>t</b>")
    root = _parse(page)
    scripts = root.xpath("//script")
    assert [s.get("type") for s in scripts] == ["application/json", None]
    assert not root.xpath("//img | //i | //u | //iframe | //object | //embed | //a[starts-with(@href, 'javascript')]")
    assert not [a for el in root.iter() for a in el.attrib if a.lower().startswith("on")]
    (section,) = root.xpath("//section[contains(concat(' ', @class, ' '), ' doc ')]")
    assert _doc_text(section) == HOSTILE_TEXT
    assert "alert(7)" in section.xpath(".//h2")[0].text_content()
    evil = [
        m
        for m in section.xpath(".//mark[contains(concat(' ', @class, ' '), ' rm ')]")
        if m.get("data-cleaner") == "<b>evil</b>"
    ]
    assert evil and evil[0].get("data-reason") == '"><img src=x onerror=alert(1)>'
    # The data block cannot be closed early: no '<' at all inside it, and it still parses to the reasons.
    raw = page.split('<script type="application/json" id="review-data">', 1)[1].split("</script>", 1)[0]
    assert "<" not in raw and ">" not in raw and "&" not in raw
    assert '"><img src=x onerror=alert(1)>' in [r["reason"] for r in json.loads(raw)["reasons"]]
    # Second line of defence: only the page's own script may run, by its hash.
    csp = root.xpath('//meta[@http-equiv="Content-Security-Policy"]')[0].get("content")
    digest = base64.b64encode(hashlib.sha256(scripts[1].text.encode()).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in csp and "default-src 'none'" in csp


def test_summary_numbers_and_charts() -> None:
    results = [
        boilerstrip.clean(ARTICLE),
        boilerstrip.clean("Werbung\nDer Rat hat den Haushalt am Dienstag beschlossen."),
    ]
    root = _parse(render_review(results))
    stats = dict(
        zip(
            (dt.text_content() for dt in root.xpath("//dl[@id='stats']/dt")),
            (dd.text_content() for dd in root.xpath("//dl[@id='stats']/dd")),
            strict=True,
        )
    )
    chars_in = sum(len(r.restore()) for r in results)
    assert stats["documents"] == "2" and stats["characters in"] == f"{chars_in:,}"
    assert stats["characters out"] == f"{sum(len(r.text) for r in results):,}"
    removed: dict[str, int] = {}
    for r in results:
        for rm in r.removed:
            removed[rm.reason] = removed.get(rm.reason, 0) + len(rm.text)
    bars = root.xpath("//*[@id='chart-reasons']//*[local-name()='rect'][@class='bar']")
    # Ten reasons get a bar each, largest first, and the rest share one; a 100% bar is 130 px long.
    ranked = sorted(removed.items(), key=lambda kv: (-kv[1], kv[0]))
    total = sum(removed.values())
    expected = [130 * c / total for _, c in ranked[:10]]
    if len(ranked) > 10:
        expected.append(130 * sum(c for _, c in ranked[10:]) / total)
    assert [float(b.get("width")) for b in bars] == pytest.approx(expected, abs=0.06)
    assert bars[0].get("fill") == GROUP_COLOURS[reason_group(ranked[0][0])]
    langs = [t.text_content() for t in root.xpath("//*[@id='chart-languages']//*[local-name()='text'][not(@class)]")]
    assert sorted(langs) == sorted({r.metadata.language or "unknown" for r in results})


def test_long_documents_are_cut_with_a_note() -> None:
    text = "Advertisement\n" + "The harbour board met again on Tuesday to discuss the budget. " * 200 + "\nShare\n"
    result = boilerstrip.clean(text)
    root = _parse(render_review([result], max_chars=100))
    (section,) = root.xpath("//section[contains(concat(' ', @class, ' '), ' doc ')]")
    assert _doc_text(section) == text[:100]
    note = section.xpath(".//p[contains(concat(' ', @class, ' '), ' cut ')]")[0].text_content()
    later = sum(1 for r in result.removed if r.start >= 100)
    assert f"{len(text) - 100:,} more characters" in note and f"({later} more removals)" in note


def test_sample_is_reproducible_and_keeps_order() -> None:
    picked = sample(range(1000), 10, seed=3)
    assert picked == sample(iter(range(1000)), 10, seed=3) == sorted(picked)
    assert picked != sample(range(1000), 10, seed=4)
    assert sample(range(5), 10) == [0, 1, 2, 3, 4] and sample(range(5), None) == [0, 1, 2, 3, 4]


def test_read_results_accepts_plain_and_wrapped_records() -> None:
    r = boilerstrip.clean(ARTICLE)
    lines = [
        json.dumps(r.to_dict()),
        "",
        json.dumps({**r.to_dict(), "id": "a", "url": "https://x.example/a"}),
        json.dumps({"id": "b", "result": r.to_dict()}),
    ]
    items = read_results(lines, name="r.jsonl")
    assert [(i.id, i.url) for i in items] == [("r.jsonl:1", None), ("a", "https://x.example/a"), ("b", None)]
    assert all(i.result.restore() == ARTICLE for i in items)
    with pytest.raises(ValueError, match=r"r\.jsonl:2: "):
        read_results([lines[0], "{not json"], name="r.jsonl")
    with pytest.raises(ValueError, match="not a result record"):
        read_results(['{"id": 1}'])


def test_cli_review_files_and_results(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    docs = tmp_path / "docs"
    (docs / "sub").mkdir(parents=True)
    (docs / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (docs / "sub" / "b.html").write_bytes(PAGE)
    (docs / "notes.md").write_text("not picked: not a text or HTML suffix", encoding="utf-8")
    out = tmp_path / "review.html"
    assert main(["review", str(docs), "-o", str(out)]) == 0
    root = _parse(out.read_text(encoding="utf-8"))
    names = [a.text_content() for a in root.xpath("//nav[@id='doclist']//a")]
    assert names == [str(docs / "a.txt"), str(docs / "sub" / "b.html")]
    assert [
        p.text_content().split(" ·")[0] for p in root.xpath(".//p[contains(concat(' ', @class, ' '), ' docstats ')]")
    ] == ["text", "html"]

    jsonl = tmp_path / "results.jsonl"
    jsonl.write_text(
        "".join(json.dumps({**boilerstrip.clean(ARTICLE + "x" * i).to_dict(), "id": f"d{i}"}) + "\n" for i in range(9)),
        encoding="utf-8",
    )
    assert main(["review", "--results", str(jsonl), "--sample", "3", "--seed", "5", "-o", str(out)]) == 0
    first = [a.text_content() for a in _parse(out.read_text(encoding="utf-8")).xpath("//nav[@id='doclist']//a")]
    assert main(["review", "--results", str(jsonl), "--sample", "3", "--seed", "5", "-o", str(out)]) == 0
    again = [a.text_content() for a in _parse(out.read_text(encoding="utf-8")).xpath("//nav[@id='doclist']//a")]
    assert len(first) == 3 and first == again
    assert main(["review", "-o", str(out)]) == 2
    assert main(["review", str(docs), "--results", str(jsonl), "-o", str(out)]) == 2
    jsonl.write_text("[1, 2]\n", encoding="utf-8")
    assert main(["review", "--results", str(jsonl), "-o", str(out)]) == 2
    assert "results.jsonl:1: a record must be a JSON object" in capsys.readouterr().err


# --- the page in a real browser ----------------------------------------------------------------------------


def _chromium() -> str:
    """The Chromium binary; a missing one skips the browser tests, or fails them where shared data is required."""
    found = shutil.which("chromium") or ("/usr/bin/chromium" if os.access("/usr/bin/chromium", os.X_OK) else None)
    if found:
        return found
    reason = "chromium not found (Debian: apt-get install -y chromium; .ci/run installs it)"
    if shared_required():
        pytest.fail(f"{reason}; {REQUIRE_ENV} is set, as in CI: the browser test must run")
    pytest.skip(f"{reason} (set {REQUIRE_ENV}=1 to make this a failure, as CI does)")


def _run_chromium(binary: str, *args: str) -> subprocess.CompletedProcess[bytes]:
    with tempfile.TemporaryDirectory(prefix="boilerstrip-chromium-") as profile:
        flags = [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={profile}",
        ]
        proc = subprocess.run([binary, *flags, *args], capture_output=True, timeout=60, check=False)
    assert proc.returncode == 0, proc.stderr.decode(errors="replace")[-2000:]
    return proc


def _review_page(tmp_path: Path) -> tuple[Path, list[Result]]:
    results = [boilerstrip.clean(ARTICLE), boilerstrip.clean_html(PAGE), _hostile_result()]
    path = tmp_path / "review.html"
    path.write_text(render_review(results), encoding="utf-8")
    return path, results


def test_browser_runs_the_script_filters_and_searches(tmp_path: Path) -> None:
    binary = _chromium()
    path, results = _review_page(tmp_path)
    started = time.monotonic()
    # The fragment is read by the page's script: hide the credit highlights, search for "ferry".
    dom = _run_chromium(binary, "--dump-dom", path.as_uri() + "#hide=credit_line,mediabank_link&q=ferry").stdout
    assert time.monotonic() - started < 30
    root = _parse(dom.decode("utf-8"))
    body = root.find("body")
    assert body.get("data-ready") == "1", "the page's script did not run (blocked by its own CSP?)"
    assert body.get("data-pwned") is None and not root.xpath("//*[@data-pwned]")
    # The filter panel is built by the script: one checkbox per reason, hidden ones unchecked.
    reasons = {rm.reason for r in results for rm in r.removed}
    boxes = {
        b.get("value"): b
        for b in root.xpath(
            "//*[@id='filters']//input[contains(concat(' ', @class, ' '), ' reason ')][@type='checkbox']"
        )
    }
    assert set(boxes) == reasons
    assert {name for name, b in boxes.items() if b.get("checked") is None} == {
        "credit_line",
        "mediabank_link",
    } & reasons
    assert [
        g.get("data-group")
        for g in root.xpath("//*[@id='filters']//fieldset[contains(concat(' ', @class, ' '), ' group ')]")
    ] == [g for g in GROUP_COLOURS if any(reason_group(x) == g for x in reasons)]
    for mark in root.xpath(".//mark[contains(concat(' ', @class, ' '), ' rm ')]"):
        assert ("off" in mark.get("class").split()) == (mark.get("data-reason") in {"credit_line", "mediabank_link"})
    # The search hid the documents without "ferry", and their entries in the list.
    sections = root.xpath("//section[contains(concat(' ', @class, ' '), ' doc ')]")
    assert [s.get("hidden") is None for s in sections] == [True, False, False]
    assert [li.get("hidden") is None for li in root.xpath("//nav[@id='doclist']//li")] == [True, False, False]
    assert root.get_element_by_id("shown").text_content() == "1 of 3 documents shown"
    assert len(root.xpath("//*[@id='chart-reasons']//*[local-name()='rect'][@class='bar']")) >= 5 and root.xpath(
        "//*[@id='chart-languages']//*[local-name()='rect'][@class='bar']"
    )
    assert root.xpath(".//details[contains(concat(' ', @class, ' '), ' html-removed ')]")[0].get("open") is None


def _decode_png(data: bytes) -> tuple[int, int, list[bytes]]:
    """Width, height and RGB(A) rows of an 8-bit, non-interlaced truecolour PNG (what Chromium writes)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat = 8, []
    width = height = bpp = 0
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]
        pos += 12 + length
        if kind == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", body)
            assert depth == 8 and colour in (2, 6) and interlace == 0, (depth, colour, interlace)
            bpp = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            idat.append(body)
        elif kind == b"IEND":
            break
    raw = zlib.decompress(b"".join(idat))
    stride = width * bpp
    prev = bytearray(stride)
    rows = []
    for y in range(height):
        kind_byte = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)])
        if kind_byte == 1:
            for i in range(bpp, stride):
                line[i] = (line[i] + line[i - bpp]) & 255
        elif kind_byte == 2:
            line = bytearray((a + b) & 255 for a, b in zip(line, prev, strict=True))
        elif kind_byte == 3:
            for i in range(stride):
                line[i] = (line[i] + (((line[i - bpp] if i >= bpp else 0) + prev[i]) >> 1)) & 255
        elif kind_byte == 4:
            for i in range(stride):
                a, b = (line[i - bpp] if i >= bpp else 0), prev[i]
                c = prev[i - bpp] if i >= bpp else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        prev = line
    return width, height, rows


def test_browser_screenshot_is_drawn_with_the_highlight_colours(tmp_path: Path) -> None:
    binary = _chromium()
    path, _ = _review_page(tmp_path)
    shot = tmp_path / "review.png"
    _run_chromium(binary, f"--screenshot={shot}", "--window-size=1280,1000", path.as_uri())
    width, height, rows = _decode_png(shot.read_bytes())
    assert (width, height) == (1280, 1000)
    bpp = len(rows[0]) // width
    colours = {row[i : i + 3] for row in rows[::2] for i in range(0, len(row), bpp * 2)}
    assert len(colours) > 50, "the screenshot looks blank"
    # The highlight and chart colours are painted: media (credits, captions), metadata (title, date), interface.
    for group in ("media", "metadata", "interface"):
        assert bytes.fromhex(GROUP_COLOURS[group][1:]) in colours, group


def test_missing_chromium_fails_in_ci_and_skips_elsewhere(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shutil, "which", lambda name: None)
    monkeypatch.setattr(os, "access", lambda *args: False)
    monkeypatch.setenv(REQUIRE_ENV, "1")
    with pytest.raises(pytest.fail.Exception, match="chromium not found"):
        _chromium()
    monkeypatch.setenv(REQUIRE_ENV, "0")
    with pytest.raises(pytest.skip.Exception, match="chromium not found"):
        _chromium()


def test_an_inconsistent_record_is_flagged() -> None:
    data = boilerstrip.clean(ARTICLE).to_dict()
    removed = data["removed"]
    assert isinstance(removed, list)
    removed[-1] = {**removed[-1], "start": removed[-1]["start"] - 3}  # offsets edited by hand
    root = _parse(render_review([Result.from_dict(data)]))
    (warn,) = root.xpath("//p[@class='warn']")
    assert "does not fit" in warn.text_content()
    assert not _parse(render_review([boilerstrip.clean(ARTICLE)])).xpath("//p[@class='warn']")


def test_cli_reads_results_from_stdin_and_an_empty_review_is_a_page(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import io
    import sys

    record = json.dumps({"id": "piped", **boilerstrip.clean(ARTICLE).to_dict()})
    monkeypatch.setattr(sys, "stdin", io.StringIO(record + "\n"))
    out = tmp_path / "review.html"
    assert main(["review", "--results", "-", "-o", str(out)]) == 0
    assert [a.text_content() for a in _parse(out.read_text(encoding="utf-8")).xpath("//nav//a")] == ["piped"]
    root = _parse(render_review([]))
    assert not root.xpath("//section") and root.xpath("//dl[@id='stats']/dd")[0].text_content() == "0"


def test_corpus_documents_are_drawn_exactly() -> None:
    # Real pages, text and HTML: every section shows its input unchanged, with one mark per removal in order.
    from boilerstrip.review import clean_bytes, collect_files

    root_dir = Path(__file__).resolve().parent.parent / "corpus"
    files = sample(
        [p for p in collect_files([root_dir / "cases", root_dir / "html"]) if p.name in ("input.txt", "page.html")],
        12,
        seed=1,
    )
    results = [clean_bytes(p.read_bytes()) for p in files]
    assert {r.source_kind for r in results} == {"text", "html"}
    sections = _parse(render_review(results, max_chars=10**9)).xpath("//section")
    assert len(sections) == len(results) == 12
    for section, result in zip(sections, results, strict=True):
        assert _doc_text(section) == result.restore()
        marks = section.xpath(".//mark")
        assert [m.text_content() for m in marks] == [r.text for r in sorted(result.removed, key=lambda r: r.start)]
        assert not section.xpath(".//p[@class='warn']")


def test_batch_records_are_read_and_failed_ones_left_out() -> None:
    # The shapes `boilerstrip batch --with-removals` writes: flat metadata beside text and removals, error records.
    r = boilerstrip.clean(ARTICLE)
    flat = {
        "id": "a1",
        "url": "https://example.org/a",
        "text": r.text,
        "title": r.metadata.title,
        "language": r.metadata.language,
        "flags": list(r.flags),
        "removed": [x.to_dict() for x in r.removed],
    }
    lines = [
        json.dumps(flat),
        json.dumps({"id": "a2", "url": None, "error": {"type": "InvalidRecord", "message": "field 'text' is null"}}),
        json.dumps({"id": "a3", "url": None, "skipped": {"type": "InputTooLarge", "message": "too long"}}),
        json.dumps({"id": "a4", "status": "error", "error_type": "Timeout", "error_message": "30 s", "text": None}),
    ]
    failed: list[str] = []
    (item,) = read_results(lines, name="b.jsonl", on_failed=failed.append)
    assert (item.id, item.url, item.result.metadata.title) == ("a1", "https://example.org/a", r.metadata.title)
    assert item.result.restore() == ARTICLE
    assert failed == [
        "b.jsonl:2: not cleaned: InvalidRecord: field 'text' is null",
        "b.jsonl:3: not cleaned: InputTooLarge: too long",
        "b.jsonl:4: not cleaned: Timeout: 30 s",
    ]
    with pytest.raises(ValueError, match="--with-removals"):
        read_results([json.dumps({"id": "a5", "text": "clean text only"})])


def test_cli_review_reports_unreadable_input_and_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 au lait on the quay.".encode("latin-1"))
    out = tmp_path / "review.html"
    assert main(["review", str(tmp_path), "-o", str(out)]) == 0
    assert (
        "skipping" in capsys.readouterr().err and len(_parse(out.read_text(encoding="utf-8")).xpath("//section")) == 1
    )
    assert main(["review", str(tmp_path / "good.txt"), "-o", str(tmp_path / "missing" / "review.html")]) == 2
    assert "No such file or directory" in capsys.readouterr().err
