"""HTML input: trafilatura extracts, the text pipeline cleans, page metadata fills the gaps."""

from __future__ import annotations

import trafilatura

import boilerstrip
from boilerstrip.data_version import data_version
from boilerstrip.html import TRAFILATURA_SETTINGS

PAGE = """<!DOCTYPE html><html lang="en"><head><title>Port opens after years of delay | The Ledger</title>
<meta property="og:site_name" content="The Ledger"><meta name="author" content="Ana Ruiz">
<meta property="article:published_time" content="2024-05-06"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Port opens after years of delay</h1>
<p>ROTTERDAM (Reuters) - The new container port opened on Monday after six years of delays, officials said.</p>
<p>Advertisement</p>
<p>It can handle four large ships at once and cost 400 million euros to build, the port authority said.</p>
<p>Read more</p>
<p>Shipping companies welcomed the opening but warned that road links were still unfinished.</p>
</article><footer>© 2024 The Ledger. All rights reserved.</footer></body></html>"""


def test_clean_html_extracts_and_cleans() -> None:
    result = boilerstrip.clean_html(PAGE, url="https://example.org/port")
    lines = result.text.split("\n")
    assert lines[0].startswith("The new container port opened on Monday")
    assert "Advertisement" not in result.text and "Read more" not in result.text
    assert any(line.startswith("Shipping companies welcomed") for line in lines)
    md = result.metadata
    assert md.dateline is not None and md.dateline.agency == "Reuters"
    assert md.site_name == "The Ledger"
    assert md.date == "2024-05-06"
    assert md.authors == ("Ana Ruiz",)
    assert result.steps[:3] == ("html:decode@str", "html:dom", f"html:trafilatura@{trafilatura.__version__}")
    assert result.steps[3] == f"data@{data_version()}"
    assert result.source_kind == "html" and result.source is not None and result.restore() == result.source
    assert result.restore().startswith("ROTTERDAM") or "ROTTERDAM" in result.restore()


def test_page_without_article_is_flagged_not_none() -> None:
    result = boilerstrip.clean_html("<html><body></body></html>")
    assert result.text == ""
    assert result.skipped and result.skipped[0].cleaner == "html"
    assert "no_article" in result.flags


def test_trafilatura_settings_are_its_evaluation_settings() -> None:
    # clean_html and the benchmarks' trafilatura peer both extract with these: a change moves every figure.
    assert TRAFILATURA_SETTINGS == {
        "include_comments": False,
        "include_tables": True,
        "include_formatting": False,
    }


def test_the_publication_date_is_weighed_over_the_page_signals_and_reproducible() -> None:
    # A dated URL and a <time> element agree; an "updated" stamp in <meta> does not make the date.
    page = (
        b"<html><head><title>Port opens</title>"
        b'<meta property="article:modified_time" content="2024-06-01T09:00:00">'
        b"</head><body><article><h1>Port opens</h1>"
        b'<p>Published <time datetime="2024-05-06">6 May 2024</time></p>'
        b"<p>The harbour council approved the new ferry timetable on Tuesday evening after a long debate.</p>"
        b"</article></body></html>"
    )
    first = boilerstrip.clean_html(page, url="https://example.org/2024/05/06/port-opens/")
    assert first.metadata.date == "2024-05-06"
    assert boilerstrip.clean_html(page, url="https://example.org/2024/05/06/port-opens/") == first
