"""The compiled DOM scan (``boilerstrip/html/_scan.pyx``) against the Python walk: the same ``PageScan`` everywhere.

Both walks run in the same process whatever ``BOILERSTRIP_PURE_PYTHON`` says (through ``dom.import_compiled``):
over the corpus's HTML pages, the public benchmark pages when they are there, generated pages and trees that the
parser never makes (comments, processing instructions, entity references, CDATA, namespaced elements, deep
nesting). Where the extension is not built these tests skip, saying why; with ``BOILERSTRIP_REQUIRE_COMPILED=1``
(as ``.ci/run`` sets, where a compiler exists) they fail instead.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from boilerstrip.html import dom
from boilerstrip.html.decode import decode_html
from tests.shared_data import bench_root

ROOT = Path(__file__).resolve().parent.parent
REQUIRE_COMPILED_ENV = "BOILERSTRIP_REQUIRE_COMPILED"


@pytest.fixture(scope="module")
def compiled() -> ModuleType:
    """The compiled scan module, configured; skips (or fails under ``BOILERSTRIP_REQUIRE_COMPILED=1``) without it."""
    module, why = dom.import_compiled()
    if module is None:
        if os.environ.get(REQUIRE_COMPILED_ENV) == "1":
            pytest.fail(f"the compiled DOM scan is required ({REQUIRE_COMPILED_ENV}=1) but not available: {why}")
        pytest.skip(f"the compiled DOM scan is not available: {why}")
    return module


def parsed(page: str | bytes) -> Any:
    decoded = decode_html(page)
    return dom.parse_html(decoded.text, utf8=decoded.utf8)


def assert_same_scan(root: Any, compiled: ModuleType) -> None:
    """Both walks give equal scans, and their protected sets were filled in the same order (the same iteration)."""
    python = dom._scan_python(root)
    fast = dom._scan_compiled(root, compiled)
    assert fast == python
    assert list(fast.protected) == list(python.protected)
    assert dom.scan_page(root) == python


def assert_same_texts(root: Any, compiled: ModuleType) -> None:
    """Every element's text and block texts read the same by both."""
    for el in root.iter():
        if isinstance(el.tag, str):
            assert compiled.text(el) == dom._text(el), etree.tostring(el)
            assert list(compiled.block_texts(el)) == list(dom._block_texts(el)), etree.tostring(el)


def corpus_pages() -> list[Path]:
    return sorted((ROOT / "corpus" / "html").glob("*/page.html"))


def test_the_corpus_pages_are_there() -> None:
    assert len(corpus_pages()) >= 10


@pytest.mark.parametrize("path", corpus_pages(), ids=lambda p: p.parent.name)
def test_corpus_pages_scan_the_same(path: Path, compiled: ModuleType) -> None:
    root = parsed(path.read_bytes())
    assert_same_scan(root, compiled)
    assert_same_texts(root, compiled)


@pytest.mark.parametrize("name", ["aeb", "trafilatura"])
def test_benchmark_pages_scan_the_same(name: str, compiled: ModuleType) -> None:
    from scoring import bench_pages

    bench = bench_root()  # skips with the reason (fails in CI) when the shared data is missing
    if not (bench / name / "index.jsonl").is_file():
        pytest.skip(f"{bench / name / 'index.jsonl'} not found")
    pages = 0
    for _, html in bench_pages(bench, name):
        root = parsed(html)
        if root is not None:
            assert_same_scan(root, compiled)
            pages += 1
    assert pages >= 100


def test_the_scan_implementation_is_named() -> None:
    implementation = dom.scan_implementation()
    if os.environ.get(dom.PURE_PYTHON_ENV) == "1":
        assert implementation == f"python ({dom.PURE_PYTHON_ENV}=1)"
        assert dom._compiled() is None
    elif os.environ.get(REQUIRE_COMPILED_ENV) == "1":
        assert implementation.startswith("compiled"), implementation
    assert implementation.startswith(("compiled (lxml ", "python ("))


def test_the_environment_forces_the_python_walk(monkeypatch: pytest.MonkeyPatch) -> None:
    dom._load_compiled.cache_clear()
    try:
        monkeypatch.setenv(dom.PURE_PYTHON_ENV, "1")
        assert dom._compiled() is None
        assert dom.scan_implementation() == "python (BOILERSTRIP_PURE_PYTHON=1)"
    finally:
        monkeypatch.undo()
        dom._load_compiled.cache_clear()


def test_a_module_built_for_another_lxml_is_not_used(compiled: ModuleType, monkeypatch: pytest.MonkeyPatch) -> None:
    dom.import_compiled.cache_clear()
    dom._load_compiled.cache_clear()
    try:
        monkeypatch.setattr(compiled, "LXML_VERSION", "0.0.1")
        module, why = dom.import_compiled()
        assert module is None
        assert why.startswith("python (compiled scan built for lxml 0.0.1"), why
    finally:
        monkeypatch.undo()
        dom.import_compiled.cache_clear()
        dom._load_compiled.cache_clear()
    assert dom.import_compiled()[0] is compiled


def test_a_dtd_with_attribute_defaults_is_left_to_python(compiled: ModuleType) -> None:
    # libxml2 answers el.get() from the DTD's defaults too; the compiled walk reads only the attributes there.
    page = (
        b'<!DOCTYPE html [<!ATTLIST div class CDATA "share-bar">]>'
        b"<html><body><div><a>Share on Facebook</a></div><p>The council met and approved the budget.</p></body></html>"
    )
    root = etree.fromstring(page, etree.XMLParser(resolve_entities=False, no_network=True))
    assert not compiled.usable(root)
    assert dom.scan_page(root) == dom._scan_python(root)
    assert compiled.usable(parsed(b"<!DOCTYPE html><html><body><p>One.</p></body></html>"))


# --- Generated pages ---------------------------------------------------------------------------------------------

TAGS = [
    *("div", "p", "span", "a", "b", "li", "ul", "section", "article", "aside", "nav", "footer", "header"),
    *("figure", "figcaption", "pre", "code", "table", "tr", "td", "th", "blockquote", "h1", "h2", "h3", "dd"),
    *("script", "style", "svg", "noscript", "template", "head", "img", "br", "body", "html", "fb:like", "P"),
]
ATTRIBUTES = [
    *("", "", "", ' class="share-bar"', ' class="related-posts"', ' class="wp-caption"', ' class="photo-credit"'),
    *(' id="newsletter"', " hidden", ' aria-hidden="true"', ' aria-hidden="false"', ' style="display: none"'),
    *(' style="DISPLAY :NONE"', ' style="color:none"', ' style=""', ' class="mostRead__list"', ' class=""', ' id=""'),
    *(' class="ad"', ' class="credit"', ' class="share&amp;x"', ' class="shareBar" id="x"', ' class="Ünïcode"'),
    *(' hidden class="article-body"', ' class="menu" class="share"', ' id="related" class="body"'),
]
WORDS = [
    *("The council met on Monday", "Share on Facebook", "Read more", "  ", "\n", "\t", "\xa0", "\u2028", "\u3000"),
    *("\x0b\x0c\x1c", "Ünïcødé — text", "😀", "&amp;", "&nbsp;", "&#x2003;", "<!-- c -->", "<?pi x?>", "x" * 3100),
    *("<![CDATA[x]]>", "é" * 2999, "a " * 1600, "Photo: Jane Doe / Agency", "<br>", "</p>", "<p>"),
]


def element(tag: str, attributes: str, children: list[str]) -> str:
    return f"<{tag}{attributes}>{''.join(children)}</{tag}>"


PAGES = st.recursive(
    st.sampled_from(WORDS),
    lambda inner: st.builds(element, st.sampled_from(TAGS), st.sampled_from(ATTRIBUTES), st.lists(inner, max_size=5)),
    max_leaves=60,
)


@settings(max_examples=300, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(body=st.lists(PAGES, max_size=6))
def test_generated_pages_scan_the_same(body: list[str], compiled: ModuleType) -> None:
    root = parsed("<html><head><title>t</title></head><body>" + "".join(body) + "</body></html>")
    if root is not None:
        assert_same_scan(root, compiled)
        assert_same_texts(root, compiled)


NODES = st.sampled_from(["comment", "pi", "entity", "unknown-entity", "cdata", "namespaced", "namespaced-p", "tail"])


@settings(max_examples=150, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(body=st.lists(PAGES, min_size=1, max_size=4), edits=st.lists(st.tuples(NODES, st.integers(0, 10_000))))
def test_trees_the_parser_never_makes_scan_the_same(
    body: list[str], edits: list[tuple[str, int]], compiled: ModuleType
) -> None:
    root = parsed("<html><body>" + "".join(body) + "</body></html>")
    if root is None:
        return
    for kind, at in edits:
        elements = [el for el in root.iter() if isinstance(el.tag, str)]
        place = elements[at % len(elements)]
        insert_node(place, kind)
    assert_same_scan(root, compiled)
    assert_same_texts(root, compiled)


def insert_node(place: Any, kind: str) -> None:
    """Put a node of ``kind`` into ``place`` (last child, or as its text)."""
    if kind == "cdata":
        place.text = etree.CDATA("cdata text  here")
        return
    if kind == "tail":
        if place.getparent() is not None:
            place.tail = " tail\u00a0text "
        return
    node = {
        "comment": lambda: etree.Comment(" a comment "),
        "pi": lambda: etree.ProcessingInstruction("pi", "x y"),
        "entity": lambda: etree.Entity("amp"),
        "unknown-entity": lambda: etree.Entity("nosuch"),
        "namespaced": lambda: etree.Element("{urn:x}div", {"class": "share-bar"}),
        "namespaced-p": lambda: etree.Element("{urn:x}p"),
    }[kind]()
    if kind.startswith("namespaced"):
        node.text = "Namespaced text that is long enough to count"
    node.tail = "after the node"
    place.append(node)


# --- Odd and large trees -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "page",
    [
        "<html></html>",
        "<html><body></body></html>",
        "just text",
        "<p>one paragraph</p>",
        "<html><head><p>a paragraph in the head</p></head></html>",
        "<body><p></p><figure></figure><div class='share'></div></body>",
        "<!DOCTYPE html><html><body><pre>line one\nline two</pre><table><tr><td>a</td><td>b</td></tr></table></body></html>",
        "<div>" * 5000 + "<p class='share'>deep</p>" + "</div>" * 5000,
        "<div><span>" * 3000 + "text",
        "<body>&amp;&lt;&#0;&#xD800;&bogus;\x00\x01\ufeff</body>",
    ],
)
def test_odd_pages_scan_the_same(page: str, compiled: ModuleType) -> None:
    root = parsed(page)
    if root is not None:
        assert_same_scan(root, compiled)
        assert_same_texts(root, compiled)


def chain(depth: int, tag: str = "div") -> Any:
    """An element holding a chain of ``depth`` nested elements, built through lxml's API (no parser depth limit)."""
    top = etree.Element(tag)
    el = top
    for i in range(depth):
        el = etree.SubElement(el, "span" if i % 2 else "div")
        el.text = f"level {i} "
        el.tail = " after"
    return top


@pytest.mark.parametrize("depth", [150, 250, 600])
def test_deep_widgets_scan_the_same(depth: int, compiled: ModuleType) -> None:
    # The compiled block texts hand a subtree deeper than 200 to the Python function.
    root = parsed("<html><body><p>The council met on Monday and approved the budget for next year.</p></body></html>")
    widget = chain(depth)
    widget.set("class", "share-bar")
    root.find("body").append(widget)
    assert_same_scan(root, compiled)
    assert list(compiled.block_texts(widget)) == list(dom._block_texts(widget))


def test_a_deep_page_outside_widgets_scans_the_same(compiled: ModuleType) -> None:
    root = parsed("<html><body></body></html>")
    deep = chain(20_000)
    deep.append(etree.fromstring("<p>The end of a very deep page, long enough to be prose.</p>"))
    root.find("body").append(deep)
    assert_same_scan(root, compiled)


def test_a_large_page_scans_the_same(compiled: ModuleType) -> None:
    block = (
        "<div class='c{i}'><p>Paragraph {i}: the council met on Monday\u00a0and approved the budget.</p>"
        "<div class='share-bar'><a>Share {i}</a></div><figure><img><figcaption>Caption {i}. Photo: A. B.</figcaption>"
        "</figure><ul class='related'><li><a>A related story number {i}</a></li></ul><table><tr><td>{i}</td></tr>"
        "</table></div>"
    )
    root = parsed("<html><body>" + "".join(block.format(i=i) for i in range(5000)) + "</body></html>")
    assert_same_scan(root, compiled)


# --- Whitespace, as str.split sees it --------------------------------------------------------------------------


@functools.cache
def whitespace() -> list[str]:
    return [chr(c) for c in range(0x3001) if chr(c).isspace()]


@pytest.mark.parametrize("char", whitespace(), ids=lambda c: f"U+{ord(c):04X}")
def test_every_whitespace_character_is_normalised_the_same(char: str, compiled: ModuleType) -> None:
    text = f"{char}one{char}{char}two {char}"
    root = etree.fromstring("<div><p>x</p></div>")
    try:
        root[0].text = text
    except ValueError:  # lxml's API refuses the controls XML forbids (VT, FF, FS...); the HTML parser reads them
        root = parsed(f"<html><body><div><p>{text}</p></div></body></html>").find(".//div")
    assert compiled.text(root) == dom._text(root) == "one two"


def test_ascii_controls_are_not_whitespace_unless_str_split_says_so(compiled: ModuleType) -> None:
    root = etree.fromstring("<p>x</p>")
    for code in range(1, 128):
        char = chr(code)
        try:
            root.text = f"a{char}b"
        except ValueError:  # lxml refuses the controls XML forbids
            continue
        assert compiled.text(root) == dom._text(root), repr(char)


def text_blocks(el: Any) -> Iterator[str]:
    return dom._block_texts(el)


@pytest.mark.parametrize("length", [2999, 3000, 3001, 5999, 6000, 6001, 6002])
@pytest.mark.parametrize("char", ["a", "é", "😀", " "])
def test_block_text_length_limits(length: int, char: str, compiled: ModuleType) -> None:
    root = etree.fromstring("<div><span>x</span><b>y</b></div>")
    root[0].text = "w" + char * (length - 1)
    root[0].tail = " "
    root[1].text = char * 3
    assert list(compiled.block_texts(root)) == list(text_blocks(root))


# --- A class string's widget kind, found in C for an ASCII string --------------------------------------------------

VOCABULARY_PARTS = sorted({part for name in dom.widget_vocabulary() for part in name.split("-")})


def python_names_kind(names: str) -> str | None:
    """dom.names_kind without its cache."""
    return dom.names_kind.__wrapped__(names)  # type: ignore[attr-defined, no-any-return]


def test_names_kind_on_every_vocabulary_name_and_the_corpus_class_strings(compiled: ModuleType) -> None:
    names = [*dom.widget_vocabulary(), "mostRead__list", "c-share-bar js-sticky", "article-body", "", " ", "A1b2C3"]
    for path in corpus_pages():
        for el in parsed(path.read_bytes()).iter():
            if isinstance(el.tag, str) and (el.get("class") or el.get("id")):
                names.append(f"{el.get('class') or ''} {el.get('id') or ''}")
    for value in names:
        assert compiled.names_kind(value) == python_names_kind(value), value
        assert compiled.names_kind(value.upper()) == python_names_kind(value.upper()), value
        assert compiled.names_kind(value.title()) == python_names_kind(value.title()), value


@settings(max_examples=3000, deadline=None, derandomize=True)
@given(
    pieces=st.lists(
        st.tuples(
            st.sampled_from(VOCABULARY_PARTS) | st.text("abcXYZ09éİK\u212a_-", max_size=6),
            st.sampled_from(["-", "_", " ", "", "--", "  ", "/", ":", "\t", "9", "Ä"]),
            st.sampled_from(["lower", "capitalize", "upper", "swapcase"]),
        ),
        max_size=8,
    )
)
def test_names_kind_on_mixed_names(pieces: list[tuple[str, str, str]], compiled: ModuleType) -> None:
    value = "".join(getattr(part, case)() + sep for part, sep, case in pieces)
    assert compiled.names_kind(value) == python_names_kind(value), value
