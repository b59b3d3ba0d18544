"""The HTML stages one by one: decoding, the DOM scan, declared metadata, the per-page widget cleaner."""

from __future__ import annotations

import codecs

import pytest

import boilerstrip
from boilerstrip.cleaners.page_widgets import PageWidgets, page_evidence
from boilerstrip.document import Document
from boilerstrip.html.decode import canonical_encoding, decode_html
from boilerstrip.html.dom import name_keys, parse_html, scan_page, unwrap_layout_tables, widget_kind
from boilerstrip.html.page_meta import Declared, from_json_ld, from_meta_tags, from_structure, merge_sources
from boilerstrip.types import PageEvidence

# --- decoding -------------------------------------------------------------------------------------

RU = "<html><head><meta charset='windows-1251'></head><body><p>Мост открыли в понедельник.</p></body></html>"


def test_bom_wins_over_declaration() -> None:
    data = codecs.BOM_UTF16_LE + "<meta charset='iso-8859-1'><p>Zürich</p>".encode("utf-16-le")
    d = decode_html(data)
    assert (d.encoding, d.how) == ("utf-16-le", "bom")
    assert "Zürich" in d.text


def test_declared_legacy_charset_is_used() -> None:
    d = decode_html(RU.encode("cp1251"))
    assert (d.encoding, d.how, d.replaced) == ("windows-1251", "declared", False)
    assert "Мост открыли" in d.text


def test_http_charset_outranks_meta() -> None:
    data = "<meta charset='utf-8'><p>Kraków</p>".encode("iso-8859-2")
    d = decode_html(data, encoding="ISO-8859-2")
    assert (d.encoding, d.how) == ("iso-8859-2", "http")
    assert "Kraków" in d.text


def test_utf8_bytes_under_a_stale_latin1_label_are_read_as_utf8() -> None:
    d = decode_html("<meta charset='iso-8859-1'><p>Café crème</p>".encode())
    assert d.encoding == "utf-8"
    assert "Café crème" in d.text


def test_undeclared_legacy_page_uses_its_language() -> None:
    data = "<html lang='pl'><body><p>Zażółć gęślą jaźń, powiedział burmistrz.</p></body></html>".encode("cp1250")
    d = decode_html(data)
    assert (d.encoding, d.how) == ("windows-1250", "language")
    assert "Zażółć gęślą jaźń" in d.text


def test_undecodable_bytes_fall_back_with_a_flag() -> None:
    d = decode_html(b"<meta charset='utf-8'><p>caf\xe9 \x81</p>")
    assert d.how in ("detected", "fallback")
    assert d.text.startswith("<meta")


def test_text_input_passes_through() -> None:
    assert decode_html("<p>x</p>").encoding == "str"
    assert canonical_encoding("latin1") == "windows-1252"
    assert canonical_encoding("no-such-codec") is None


# --- the DOM scan -----------------------------------------------------------------------------------


def test_name_keys_split_humps_and_separators() -> None:
    assert {"share", "bar", "share-bar"} <= name_keys("ShareBar")
    assert "most-read" in name_keys("block--most_read")


@pytest.mark.parametrize(
    ("html", "kind"),
    [
        ("<div class='c-newsletter-signup'>x</div>", "newsletter"),
        ("<div id='relatedArticles'>x</div>", "related"),
        ("<div class='leia-tambem'>x</div>", "related"),
        ("<aside class='ad-slot'>x</aside>", "advertising"),
        ("<div style='display: none'>x</div>", "hidden"),
        ("<div aria-hidden='true'>x</div>", "hidden"),
        ("<div class='article-body'>x</div>", None),
        ("<div class='header'>x</div>", None),
    ],
)
def test_widget_kind(html: str, kind: str | None) -> None:
    root = parse_html(f"<html><body>{html}</body></html>")
    assert widget_kind(root.find("body")[0]) == kind


ARTICLE = """<html lang="en"><head><title>Port opens | The Ledger</title></head><body>
<article class="story">
<h1>Port opens after years of delay</h1>
<p>The new container port opened on Monday after six years of delays, officials said.</p>
<figure><img src="a.jpg"><figcaption>Cranes at the new quay. <span class="credit">Photo: Ana Ruiz</span></figcaption></figure>
<p>It can handle four large ships at once and cost 400 million euros to build, the port authority said.</p>
<div class="related-stories"><h3>Related</h3><ul><li><a href="/a">Dock workers vote to end the strike</a></li></ul></div>
<p>Shipping companies welcomed the opening but warned that road links were still unfinished.</p>
<div class="share-tools"><a>Share on Facebook</a></div>
<p class="wp-caption-text">A tug guides a ship into the basin (Photo: Port Authority)</p>
</article></body></html>"""


def test_scan_finds_widgets_figures_and_related_links() -> None:
    scan = scan_page(parse_html(ARTICLE))
    kinds = sorted({n.kind for n in scan.removed})
    assert kinds == ["related", "share"]
    assert scan.widget_texts["Share on Facebook"] == "share"
    assert scan.widget_texts["Dock workers vote to end the strike"] == "related"
    assert scan.related == ["Dock workers vote to end the strike"]
    assert ("Cranes at the new quay", "Photo: Ana Ruiz") in scan.figures
    assert ("A tug guides a ship into the basin", "Port Authority") in scan.figures
    assert scan.headline == "Port opens after years of delay"
    assert "Shipping companies welcomed the opening but warned that road links were still unfinished." in scan.protected


def test_blocks_are_read_in_page_order_only_when_asked() -> None:
    page = parse_html(
        "<html><body><nav><a>Home</a> <a>World</a></nav><h1>Port opens</h1>"
        "<div class='share-bar'><a>Share on Facebook</a></div>"
        "<div>The quay was <a href='#'>finished</a> in May<br>Cranes arrived later"
        "<p>Shipping lines <b>welcomed</b> it.</p>Road links are unfinished.</div>"
        "<ul><li>First point <p>with a nested paragraph</p></li></ul>"
        "<script>var x = 1;</script><footer><p>Contact us</p></footer></body></html>"
    )
    assert scan_page(page).blocks == []
    assert scan_page(page, read_blocks=True).blocks == [
        "Port opens",
        "The quay was finished in May",
        "Cranes arrived later",
        "Shipping lines welcomed it.",
        "Road links are unfinished.",
        "First point with a nested paragraph",
    ]


def test_a_widget_holding_most_of_the_prose_is_the_article() -> None:
    page = "<html><body><div class='related-content'>" + "<p>The council met on Monday and voted.</p>" * 5
    page += "</div><p>Short tail.</p></body></html>"
    scan = scan_page(parse_html(page))
    assert scan.removed == []
    assert "The council met on Monday and voted." in scan.protected


def test_layout_tables_are_unwrapped_and_data_tables_kept() -> None:
    layout = "<table><tr><td><p>First paragraph of the story.</p><p>Second paragraph.</p></td></tr></table>"
    data = "<table><tr><td>Goals</td><td>3</td></tr><tr><td>Shots</td><td>11</td></tr></table>"
    root = parse_html(f"<html><body>{layout}{data}</body></html>")
    assert unwrap_layout_tables(root) == 1
    assert [t.tag for t in root.find("body")] == ["div", "table"]


# --- declared metadata --------------------------------------------------------------------------------

DECLARED = """<html lang="fr-FR"><head>
<meta property="og:title" content="Le port ouvre enfin">
<meta property="og:site_name" content="Le Quotidien">
<meta property="article:published_time" content="2024-05-07T06:00:00Z">
<meta name="author" content="https://example.org/auteur/ana">
<link rel="canonical" href="https://example.org/port">
<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
  {"@type": "WebSite", "name": "Le Quotidien"},
  {"@type": ["NewsArticle"], "headline": "Le port ouvre après six ans de retard",
   "datePublished": "2024-05-06T08:00:00+02:00", "author": [{"@type": "Person", "name": "Ana Ruiz"}, "Léo Martin"],
   "publisher": {"@type": "Organization", "name": "Le Quotidien"}, "keywords": "port, transport"}]}</script>
<script type="application/ld+json">{ broken json</script>
</head><body><time datetime="2024-05-06">6 mai</time><h1>Le port ouvre</h1></body></html>"""


def test_json_ld_graph_and_author_lists() -> None:
    d = from_json_ld(parse_html(DECLARED))
    assert d.title == "Le port ouvre après six ans de retard"
    assert d.date == "2024-05-06"
    assert d.authors == ("Ana Ruiz", "Léo Martin")
    assert d.site_name == "Le Quotidien"
    assert d.tags == ("port", "transport")


def test_meta_tags_skip_url_authors_and_read_canonical() -> None:
    d = from_meta_tags(parse_html(DECLARED))
    assert d.title == "Le port ouvre enfin"
    assert d.date == "2024-05-07"
    assert d.authors == ()
    assert d.url == "https://example.org/port"


def test_merge_keeps_the_first_value_and_records_the_others() -> None:
    root = parse_html(DECLARED)
    merged = merge_sources(
        [Declared(), from_json_ld(root), from_meta_tags(root), from_structure(root, "Le port ouvre")]
    )
    assert merged.values["title"] == "Le port ouvre après six ans de retard"
    assert merged.conflicts["title"] == ["Le port ouvre enfin", "Le port ouvre"]
    assert merged.values["date"] == "2024-05-06"
    assert merged.conflicts["date"] == ["2024-05-07"]
    assert merged.values["language"] == "fr"


# --- the per-page widget cleaner ----------------------------------------------------------------------


def test_widget_lines_go_but_the_same_text_in_prose_stays() -> None:
    page = PageEvidence({"Read the full report": "related", "Share": "share"}, frozenset({"Read the full report"}))
    doc = Document("The port opened on Monday after years of delay.\nRead the full report\n- Share", page=page)
    cuts = list(PageWidgets().find(doc))
    assert [(c.reason, c.detail) for c in cuts] == [("widget_text", "share")]


def test_a_kind_covering_much_of_the_text_is_vetoed() -> None:
    commentary = [f"{m}' The visitors push forward again and win a corner on the left side." for m in range(10, 20)]
    text = "Kick-off in Lorient under light rain.\n" + "\n".join(commentary)
    page = page_evidence(dict.fromkeys(commentary, "comments"), frozenset(), frozenset(), text)
    assert page.vetoed == frozenset({"comments"})
    assert list(PageWidgets().find(Document(text, page=page))) == []


# --- the whole HTML path -------------------------------------------------------------------------------


def test_clean_html_end_to_end_account_and_metadata() -> None:
    r = boilerstrip.clean_html(ARTICLE.encode("utf-8"))
    assert r.source_kind == "html" and r.encoding == "utf-8"
    assert r.restore() == r.source
    assert "Share on Facebook" not in r.text and "Dock workers vote" not in r.text
    assert r.text.startswith("The new container port opened on Monday")
    assert r.metadata.title == "Port opens after years of delay"
    assert any(i.caption == "Cranes at the new quay" for i in r.metadata.images)
    assert [x.title for x in r.metadata.related] == ["Dock workers vote to end the strike"]
    assert {n.kind for n in r.html_removed} == {"related", "share"}
    again = boilerstrip.Result.from_dict(r.to_dict())
    assert again == r


def test_clean_html_reports_the_legacy_encoding() -> None:
    page = RU.replace("<p>", "<article><p>").replace("</p>", " Движение по нему пустят в среду вечером.</p></article>")
    r = boilerstrip.clean_html(page.encode("cp1251"))
    assert r.encoding == "windows-1251"
    assert "Мост открыли в понедельник." in r.text


def test_no_article_keeps_what_the_page_declares() -> None:
    r = boilerstrip.clean_html(DECLARED.split("<body>")[0].encode() + b"<body><nav></nav></body></html>")
    assert r.text == "" and "no_article" in r.flags
    assert r.metadata.title == "Le port ouvre après six ans de retard"
    assert r.skipped[0].cleaner == "html"


def test_clean_html_rejects_other_types() -> None:
    with pytest.raises(boilerstrip.InputError, match="str or bytes"):
        boilerstrip.clean_html(42)  # type: ignore[arg-type]


def test_widget_text_glued_between_sentences_is_cut_but_not_inside_one() -> None:
    doc = Document(
        "The port opened on Monday. Share on Facebook Shipping firms welcomed it.\n"
        "Readers who Share on Facebook often see the post twice.",
        page=PageEvidence({"Share on Facebook": "share"}),
    )
    cuts = list(PageWidgets().find(doc))
    assert [(doc.text[c.start : c.end], c.reason) for c in cuts] == [("Share on Facebook ", "widget_text_inline")]
