"""Hostile HTML through the public ``boilerstrip.clean_html``: every page gets a defined result.

The promise checked here: no exception, bounded work, no file or network
access, no script or style text in the output, and nothing lost without a
record (a page whose article cannot be extracted says so with ``no_article``).
"""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

import boilerstrip
from tests.strategies import check_html_result

PROSE = [
    "The council approved the new school budget on Tuesday evening, after a long debate about the port.",
    "Teachers had asked for more money for books and for heating in the older school buildings.",
    "A final vote on the harbour works is expected before the end of the year, officials said.",
]
PARAGRAPHS = "".join(f"<p>{p}</p>" for p in PROSE)
ARTICLE = f"<html><head><title>Port budget</title></head><body><article>{PARAGRAPHS}</article></body></html>"


def _clean(html: str | bytes, **options: object) -> boilerstrip.Result:
    result = boilerstrip.clean_html(html, **options)  # type: ignore[arg-type]
    check_html_result(result)
    return result


def _recorded(result: boilerstrip.Result, expected: str) -> None:
    """The prose came through, or its absence is on record (``no_article``)."""
    assert expected in result.text or (result.text == "" and "no_article" in result.flags), (result.text, result.flags)


def test_plain_article_baseline() -> None:
    result = _clean(ARTICLE)
    assert all(p in result.text for p in PROSE)


def test_ten_thousand_deep_nesting() -> None:
    html = "<html><body>" + "<div>" * 10_000 + PARAGRAPHS + "</div>" * 10_000 + "</body></html>"
    _recorded(_clean(html), PROSE[0])


def test_ten_thousand_deep_unclosed_nesting() -> None:
    html = "<html><body>" + "<div><span><b>" * 10_000 + PARAGRAPHS
    _recorded(_clean(html), PROSE[0])


def test_unclosed_everything() -> None:
    html = "<html><head><title>T<body><article>" + "".join(f"<p>{p}<div><b><i>" for p in PROSE) + "<a href='x"
    result = _clean(html)
    _recorded(result, PROSE[0])
    assert "<" not in result.text


def test_large_attribute_is_parsed_without_leaking_into_text() -> None:
    big = "A" * 4_000_000  # under the default max_html_chars (5 M), so the page is parsed
    result = _clean(f'<html><body><div data-blob="{big}">x</div><article>{PARAGRAPHS}</article></body></html>')
    _recorded(result, PROSE[0])
    assert "AAAAAAAAAA" not in result.text


def test_fifty_megabyte_attribute_is_refused_by_the_size_limit() -> None:
    html = '<html><body><div data-blob="' + "A" * 50_000_000 + f'">x</div>{PARAGRAPHS}</body></html>'
    result = _clean(html)
    assert result.text == "" and result.flags == ("input_too_large",)
    assert "max_html_chars=5000000" in result.skipped[0].message
    del html
    as_bytes = b'<html><body><div data-blob="' + b"A" * 50_000_000 + b'">x</div></body></html>'
    assert _clean(as_bytes).flags == ("input_too_large",)


def test_billion_laughs_is_not_expanded() -> None:
    entities = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10)
    )
    html = f'<?xml version="1.0"?><!DOCTYPE lolz [{entities}]><html><body>{PARAGRAPHS}<p>&lol9;</p></body></html>'
    for page in (html, html.encode()):
        result = _clean(page)
        _recorded(result, PROSE[0])
        assert "lollol" not in result.text
        assert len(result.restore()) < 10_000


@pytest.fixture
def listener() -> Iterator[tuple[int, list[bytes]]]:
    """A local TCP server that records every connection made to it."""
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.listen(16)
    server.settimeout(0.2)
    seen: list[bytes] = []
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, _ = server.accept()
            except OSError:
                continue
            with conn:
                conn.settimeout(0.5)
                try:
                    seen.append(conn.recv(4096) or b"<connected>")
                except OSError:
                    seen.append(b"<connected>")

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield server.getsockname()[1], seen
    stop.set()
    thread.join()
    server.close()


def test_external_entities_dtds_and_links_touch_neither_files_nor_network(
    tmp_path: Path, listener: tuple[int, list[bytes]]
) -> None:
    port, seen = listener
    marker = "SECRET-MARKER-7f3a9c"
    secret = tmp_path / "secret.txt"
    secret.write_text(marker, encoding="utf-8")
    remote = f"http://127.0.0.1:{port}"
    doctype = (
        f'<!DOCTYPE html SYSTEM "{remote}/page.dtd" [<!ENTITY xxe SYSTEM "{secret.as_uri()}">'
        f'<!ENTITY net SYSTEM "{remote}/entity"><!ENTITY % param SYSTEM "{remote}/param"> %param;]>'
    )
    body = (
        f'<html xmlns:xi="http://www.w3.org/2001/XInclude"><head><base href="{remote}/">'
        f'<link rel="stylesheet" href="{remote}/style.css"><script src="{remote}/app.js"></script>'
        f'<meta http-equiv="refresh" content="0;url={remote}/refresh"></head><body><article>'
        f'<p>{PROSE[0]} &xxe; &net;</p><xi:include href="{secret.as_uri()}" parse="text"/>'
        f'<img src="{remote}/img.png"><iframe src="{remote}/frame"></iframe>{PARAGRAPHS}</article></body></html>'
    )
    for page in (doctype + body, f'<?xml version="1.0"?>{doctype}{body}'.encode()):
        result = _clean(page, url=f"{remote}/article")
        assert marker not in json.dumps(result.to_dict())
        _recorded(result, PROSE[1])
    assert seen == []


def test_script_only_page() -> None:
    html = (
        "<html><head><script>document.write('<p>" + PROSE[0] + "</p>');</script></head>"
        "<body><script>var secret = 'do not show';</script><noscript>Enable JavaScript</noscript></body></html>"
    )
    result = _clean(html)
    assert "document.write" not in result.text and "secret" not in result.text
    # The <noscript> prompt may be extracted and then removed as interface text: either way, on record.
    assert result.text == "" and {"no_article", "empty_output"} & set(result.flags)


def test_css_only_page() -> None:
    html = "<html><head><style>body { color: red } p::after { content: 'x' }</style></head><body><style>.a{}</style>"
    result = _clean(html + "</body></html>")
    assert result.text == "" and "no_article" in result.flags


def test_rss_instead_of_html() -> None:
    rss = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>News</title>'
        f"<item><title>Port opens</title><description>{PROSE[0]}</description></item></channel></rss>"
    )
    for page in (rss, rss.encode()):
        result = _clean(page)
        _recorded(result, PROSE[0])
        assert "<item>" not in result.text


@pytest.mark.parametrize("page", ["", b"", "   \n\t ", b"\xef\xbb\xbf", "<html></html>", "\x00\x00"])
def test_empty_pages(page: str | bytes) -> None:
    result = _clean(page)
    assert result.text == ""
    assert "no_article" in result.flags


def test_invalid_utf8_bytes_and_odd_encodings() -> None:
    latin1 = ARTICLE.replace("council", "conseil municipal é").encode("latin-1")
    _recorded(_clean(latin1), "conseil municipal")
    utf16 = ARTICLE.encode("utf-16")
    _recorded(_clean(utf16), PROSE[0])
    garbage = _clean(bytes(range(256)) * 100)
    # Mostly control bytes: recognised as binary, not parsed (boilerstrip.binary).
    assert "binary_input" in garbage.flags and garbage.text == ""


def test_entities_and_comments_do_not_leak_markup() -> None:
    html = (
        "<html><body><article><!-- <p>hidden comment</p> --><![CDATA[<p>cdata</p>]]>"
        f"<p>{PROSE[0]} &amp; &lt;tag&gt; &#0; &#x110000; &#xD800; &bogus;</p>{PARAGRAPHS}</article></body></html>"
    )
    result = _clean(html)
    _recorded(result, PROSE[1])
    assert "hidden comment" not in result.text


# --- pages with more elements than trafilatura should be given ----------------------------


def _crowded_page(paragraphs: int) -> str:
    """A page of many short paragraphs (three nodes each), with a menu, a share bar and a footer."""
    filler = "".join(f"<p>Entry {i} of the <b>archive</b> list.</p>" for i in range(paragraphs))
    return (
        "<html><body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
        f"<article><h1>Harbour budget approved</h1>{PARAGRAPHS}"
        "<div class='share-bar'><a>Share on Facebook</a></div>"
        f"<div>Loose text in a <a href='#'>container</a><br>and another line</div>{filler}</article>"
        "<footer><p>Contact the newsroom</p></footer></body></html>"
    )


def test_a_page_over_max_html_elements_is_read_from_its_blocks() -> None:
    page = _crowded_page(13_000)  # about 39,000 elements
    result = _clean(page)
    assert "extractor_fallback" in result.flags
    assert [s.error_type for s in result.skipped][:1] == ["TooManyElements"]
    assert result.steps[2] == "html:blocks"
    # The article's paragraphs, in page order, and the loose lines of a container; not the menu,
    # the footer or the share bar.
    positions = [result.text.index(p) for p in PROSE]
    assert positions == sorted(positions)
    assert "Loose text in a container\nand another line" in result.text
    assert "Entry 12999 of the archive list." in result.text
    for chrome in ("Home", "Contact the newsroom", "Share on Facebook"):
        assert chrome not in result.text
    assert result.metadata.title == "Harbour budget approved"


def test_max_html_elements_decides_which_extractor_reads_the_page() -> None:
    page = _crowded_page(300)
    assert "extractor_fallback" not in _clean(page).flags
    small_cap = _clean(page, max_html_elements=500)
    assert "extractor_fallback" in small_cap.flags and PROSE[1] in small_cap.text
    uncapped = _clean(page, max_html_elements=None)
    assert uncapped.steps[2].startswith("html:trafilatura@") and "extractor_fallback" not in uncapped.flags
    with pytest.raises(boilerstrip.ConfigError, match="max_html_elements"):
        boilerstrip.clean_html(page, max_html_elements=0)
    assert boilerstrip.Config.from_toml_text("[limits]\nmax_html_elements = 9").max_html_elements == 9


def test_a_page_of_blocks_without_text_has_no_article() -> None:
    page = "<html><body>" + "<div><span></span></div>" * 20 + "</body></html>"
    result = _clean(page, max_html_elements=10)
    assert result.text == "" and "no_article" in result.flags and "extractor_fallback" in result.flags
