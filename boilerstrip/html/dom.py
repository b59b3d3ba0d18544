r"""Parse a page safely and find its widgets: share bars, newsletters, related lists, figures...

The parser never touches the network or the file system (``no_network``, no
DTD loading, no entity resolution: lxml's HTML parser does not resolve
external entities). Widgets are recognised from structure, not from one
site's markup: class and id names from a per-kind vocabulary
(``data/html_widgets.toml``), ``hidden``/``aria-hidden``/``display:none``
elements, and ``<figure>`` captions. A candidate that holds more than a
quarter of the page's paragraph text is never a widget: that is the article
(or its wrapper), whatever its class says.

>>> page = parse_html(
...     "<body><article><p>The council met on Monday and approved the budget.</p>"
...     "<div class='share-bar'><a>Share on Facebook</a></div></article></body>"
... )
>>> scan = scan_page(page)
>>> scan.widget_texts["Share on Facebook"], scan.removed[0].kind
('share', 'share')

The walk has two implementations that give the same :class:`PageScan`: the Python one here, the reference, and
an optional compiled one (``_scan.pyx``, Cython reading lxml's tree through lxml's C API), built when the package
is installed with a C compiler. :func:`scan_implementation` says which one runs; ``BOILERSTRIP_PURE_PYTHON=1``
forces the Python one.
"""

from __future__ import annotations

import functools
import os
import re
import threading
import tomllib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from importlib import resources
from types import ModuleType
from typing import Any, NamedTuple

from boilerstrip.protect import content_key
from boilerstrip.rules.memo import memo
from boilerstrip.rules.memo import table as memo_table
from boilerstrip.rules.shapes import normalise_spaces
from boilerstrip.types import NodeRemoval

_SPLIT = re.compile(r"[^a-z0-9]+")
_HUMP = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_SPACES = re.compile(r"\s+")
_MAX_WIDGET_SHARE = 0.25  # of the page's paragraph text; more than this is the article itself
_MAX_TEXT = 3000  # longer blocks inside a widget are not matched line by line
_EXCERPT = 300
#: Tags whose text, outside any widget, protects an identical line from removal.
PROSE_TAGS = frozenset({"p", "li", "blockquote", "h2", "h3", "h4", "h5", "h6", "td", "pre", "dd"})
_SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "head"})
#: Blocks whose text is a line of the page's text when it is read without trafilatura.
_BLOCK_TAGS = PROSE_TAGS | {"h1", "figcaption"}
#: Page furniture by HTML semantics: left out of that text (its widgets are still scanned).
_FURNITURE_TAGS = frozenset({"nav", "footer", "aside", "form", "menu"})
#: Elements that flow inside a line of text; any other element starts and ends a line.
_INLINE_TAGS = frozenset(
    {"a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i", "kbd", "label", "mark", "q"}
    | {"s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr", "del", "ins"}
)
#: Stack marker: the element opened before it has ended, so the line of loose text it holds ends too.
_END_LINE = object()


#: How the HTML stage compares widget texts, prose texts and extracted lines (whitespace runs collapsed).
normalise = normalise_spaces


@dataclass
class PageScan:
    """What :func:`scan_page` found: widget texts by kind, prose texts, figures, related links."""

    widget_texts: dict[str, str] = field(default_factory=dict)
    protected: set[str] = field(default_factory=set)
    removed: list[NodeRemoval] = field(default_factory=list)
    figures: list[tuple[str | None, str | None]] = field(default_factory=list)
    related: list[str] = field(default_factory=list)
    headline: str | None = None
    #: The key (``protect.content_key``) of each line of the page's code, preformatted text, table rows
    #: and block quotations outside widgets, with its kind: protected content in the extracted text.
    content_lines: dict[str, str] = field(default_factory=dict)
    #: With ``scan_page(read_blocks=True)``: the text of each outermost block (paragraph, heading,
    #: list item...) and each line of loose text outside widgets and page furniture, in page order.
    blocks: list[str] = field(default_factory=list)


@memo
def widget_vocabulary() -> Mapping[str, str]:
    """Class/id name (parts joined by ``-``) → widget kind, from ``data/html_widgets.toml``."""
    raw = resources.files("boilerstrip").joinpath("data/html_widgets.toml").read_text(encoding="utf-8")
    kinds: dict[str, list[str]] = tomllib.loads(raw)["kinds"]
    return {name: kind for kind, names in kinds.items() for name in names}


def name_keys(value: str) -> set[str]:
    """The lookup keys of a class/id value: its parts, and runs of two and three parts joined by ``-``.

    >>> sorted(name_keys("mostRead__list"))
    ['list', 'most', 'most-read', 'most-read-list', 'read', 'read-list']
    """
    return _keys(_name_parts(value))


def _name_parts(value: str) -> list[str]:
    """A class/id value's parts: split at non-letters and at camelCase humps, lowercased."""
    return [p for p in _SPLIT.split(_HUMP.sub("-", value).lower()) if p]


def _keys(parts: list[str]) -> set[str]:
    keys = set(parts)
    for n in (2, 3):
        keys.update("-".join(parts[i : i + n]) for i in range(len(parts) - n + 1))
    return keys


def widget_kind(el: Any) -> str | None:
    """The widget kind an element's attributes reveal, or ``None``."""
    if el.get("hidden") is not None or el.get("aria-hidden") == "true":
        return "hidden"
    style = el.get("style")
    if style and "none" in style and _style_hidden(style):
        return "hidden"
    cls, ident = el.get("class"), el.get("id")
    if not cls and not ident:
        return None
    return names_kind(f"{cls or ''} {ident or ''}")


def _style_hidden(style: str) -> bool:
    """Whether a ``style`` attribute (holding ``none``) hides the element."""
    return "display:none" in style.replace(" ", "").lower()


@memo
def names_kind(names: str) -> str | None:
    """The widget kind of a class-and-id string (cached: templates repeat the same names on every page).

    >>> names_kind("c-share-bar js-sticky"), names_kind("article-body")
    ('share', None)
    """
    lowered = names.lower()
    # The camelCase split needs an ASCII capital, which lowering would have changed: most class strings have none.
    split = _SPLIT.split(lowered if lowered == names else _HUMP.sub("-", names).lower())
    vocabulary_parts = _vocabulary_parts()
    # A key is a vocabulary name only if each of its parts is a part of one: most class strings have none.
    # (No part of the vocabulary is empty, so the empty strings of the split need no filtering here.)
    if vocabulary_parts.isdisjoint(split):
        return None
    return _first_kind([p for p in split if p], vocabulary_parts)


def _first_kind(parts: list[str], vocabulary_parts: frozenset[str]) -> str | None:
    """The least, in string order, of the kinds of the keys of ``parts`` (:func:`name_keys`) that are vocabulary names.

    Only runs of parts that are all vocabulary parts are joined into keys: a key holding another part is no
    vocabulary name, so the kinds found are those of every key looked up.
    """
    vocab = widget_vocabulary()
    found: set[str] = set()
    for i in range(len(parts)):
        key = ""
        for part in parts[i : i + 3]:
            if part not in vocabulary_parts:
                break
            key = f"{key}-{part}" if key else part
            kind = vocab.get(key)
            if kind is not None:
                found.add(kind)
    return min(found) if found else None


@memo
def _vocabulary_parts() -> frozenset[str]:
    """Every ``-``-separated part of every vocabulary name (none is empty: an empty part matches no key)."""
    return frozenset(part for name in widget_vocabulary() for part in name.split("-") if part)


@functools.cache  # not a per-text cache: built once per process, never cleared
def _element_classes() -> Any:
    """lxml.html's element classes, chosen in C: the same classes as ``lxml.html.HTMLParser`` gives.

    ``lxml.html.HTMLParser`` picks each element's class in a Python method,
    called whenever lxml makes a Python object for an element: every step of
    our walks, trafilatura's and htmldate's over the tree (the copies they make
    keep the parser, and so the lookup): 822,000 calls on the 181 AEB pages,
    about 7% of ``clean_html``'s time under the profiler. Here the same table (``form``, ``input``, ``label``,
    ``select``, ``textarea``; every other element ``HtmlElement``; comments,
    PIs and entities their lxml.html classes) is looked up by lxml itself. The
    one difference: the Python method lowercases the tag first, this lookup
    does not; libxml2's HTML parser gives lowercase tags, so a parsed page gets
    the same class for every element.
    """
    from lxml import etree
    from lxml import html as lxml_html

    fallback = etree.ElementDefaultClassLookup(
        element=lxml_html.HtmlElement,
        comment=lxml_html.HtmlComment,
        pi=lxml_html.HtmlProcessingInstruction,
        entity=lxml_html.HtmlEntity,
    )
    lookup = etree.ElementNamespaceClassLookup(fallback)
    lookup.get_namespace(None).update(lxml_html.HtmlElementClassLookup._default_element_classes)
    return lookup


#: Each thread's parser (see :func:`_thread_parser`).
_PARSERS = threading.local()


def _thread_parser() -> Any:
    """The calling thread's HTML parser, made on first use.

    Making a parser per page cost a quarter of the parse itself. One parser
    per thread, not one per process: lxml serialises the parses of a shared
    parser with a lock, which would queue the threads of a batch run.
    """
    parser = getattr(_PARSERS, "parser", None)
    if parser is None:
        from lxml import etree

        # No table of the elements' ids (collect_ids): nothing reads one (no XPath id(), no getElementById in this
        # package, trafilatura or htmldate), and filling it, and again in each copy trafilatura and htmldate make
        # of the tree, cost 2% of clean_html on the AEB pages. The tree is the same either way.
        parser = etree.HTMLParser(
            encoding="utf-8",
            no_network=True,
            remove_comments=True,
            remove_pis=True,
            default_doctype=False,
            collect_ids=False,
        )
        parser.set_element_class_lookup(_element_classes())
        _PARSERS.parser = parser
    return parser


def parse_html(text: str, *, utf8: bytes | None = None) -> Any:
    """Parse page text into an lxml tree, or ``None`` when there is no document at all.

    Network access is off; comments and processing instructions are dropped.
    ``utf8``, when the caller has it, is ``text`` encoded as UTF-8 (the page's
    own bytes, ``Decoded.utf8``): parsed as it is instead of encoding the text again.
    """
    from lxml import etree
    from lxml import html as lxml_html

    parser = _thread_parser()
    # NUL is not a character an HTML document can contain (libxml2 turns it into U+FFFD noise).
    if utf8 is not None and b"\x00" not in utf8:
        data = utf8
    else:
        data = text.replace("\x00", "").encode("utf-8", "surrogatepass")
    try:
        root = lxml_html.document_fromstring(data, parser=parser)
    except (etree.ParserError, ValueError):
        return None
    return root


_LAYOUT_BLOCKS = ("p", "h1", "h2", "h3", "article")
_LAYOUT_MAX_ROWS = 6


def unwrap_layout_tables(root: Any) -> int:
    """Turn layout tables (a cell holding two or more paragraphs or headings) into plain blocks.

    Old templates lay the whole page out in a table; extractors that keep data
    tables then flatten the page into one table row. A data table's cell
    holds a value, at most one paragraph. Returns the number of tables unwrapped.
    """
    count = 0
    for table in list(root.iter("table")):
        rows = [r for r in table.iter("tr") if _owner_table(r) is table]
        if len(rows) > _LAYOUT_MAX_ROWS:
            continue  # a page layout has a few rows (header, body, footer); a data table has many
        cells = [c for c in table.iter("td", "th") if _owner_table(c) is table]
        if not any(sum(1 for b in c.iter(*_LAYOUT_BLOCKS) if _owner_table(b) is table) >= 2 for c in cells):
            continue
        for el in [table, *table.iter("tbody", "thead", "tfoot", "tr", "td", "th")]:
            if el is table or _owner_table(el) is table:
                el.tag = "div"
        count += 1
    return count


def _owner_table(el: Any) -> Any:
    parent = el.getparent()
    while parent is not None and parent.tag != "table":
        parent = parent.getparent()
    return parent


#: Elements whose lines are content the text pipeline must not cut on weak evidence, with their kind.
_CONTENT_TAGS = {"pre": "code", "table": "table", "blockquote": "quote"}


def _content_lines(el: Any, kind: str, scan: PageScan, read: _Reader | None = None) -> None:
    """Record the lines of a code block, table or quotation (rows of a table: its cells joined)."""
    text_of = (read or _PYTHON).text
    paragraphs = (text_of(p) for p in el.iter("p"))
    if kind == "table":
        texts = [" ".join(text_of(cell) for cell in row if isinstance(cell.tag, str)) for row in el.iter("tr")]
    elif kind == "code":
        # Preformatted text keeps its line breaks: each line is a line of the extracted text.
        texts = [*"".join(t for t in el.itertext() if isinstance(t, str)).splitlines(), *paragraphs]
    else:
        texts = [text_of(el), *paragraphs]
    for text in texts:
        key = content_key(text)
        if key:
            scan.content_lines.setdefault(key, kind)


def _text(el: Any) -> str:
    """The element's text, whitespace runs collapsed: the XPath string value, all descendant text nodes joined.

    The same string as joining ``el.itertext()`` (both leave comments out), in
    one libxml2 call: twice as fast on the benchmark pages' paragraphs.
    """
    return normalise(_string_value()(el))


@functools.cache  # one partial per process: no lock, no state, safe to share between threads
def _string_value() -> Any:
    """The XPath string value of an element, read by lxml's text serialiser.

    ``tostring(el, method="text", with_tail=False)`` and the XPath ``string()``
    both ask libxml2 for the node's content (``xmlNodeBufGetContent`` and
    ``xmlNodeGetContent``, one function underneath), so they give the same
    string; the serialiser skips the XPath context and its lock, a third faster
    on the AEB pages' prose elements.
    """
    from lxml import etree

    return functools.partial(etree.tostring, method="text", encoding=str, with_tail=False)


def count_elements(root: Any) -> int:
    """The number of elements in the page: what trafilatura's cost grows with.

    Counted by libxml2 (linear, and 15 times faster than iterating in Python).

    >>> count_elements(parse_html("<html><body><p>One <b>two</b></p><!-- note --></body></html>"))
    4
    """
    return int(root.xpath("count(descendant-or-self::*)"))


def scan_page(root: Any, *, read_blocks: bool = False) -> PageScan:
    """Walk the page once: widgets are set aside whole, prose outside them is protected.

    With ``read_blocks``, the same walk also reads the page's text from its
    blocks into ``PageScan.blocks`` (for pages too large for trafilatura).

    The compiled walk (:func:`scan_implementation`) runs when it was built and loads, except with ``read_blocks``
    (the rare pages too large for trafilatura) and for a tree it does not read as lxml would (a DTD declaring
    attribute defaults, which libxml2 would add to what ``el.get`` reads); the Python walk otherwise.
    """
    compiled = None if read_blocks else _compiled()
    if compiled is not None and compiled.usable(root):
        return _scan_compiled(root, compiled)
    return _scan_python(root, read_blocks=read_blocks)


def _scan_compiled(root: Any, compiled: ModuleType) -> PageScan:
    """:func:`scan_page` by the compiled walk (``_scan.walk``): the same :class:`PageScan` as the Python walk's."""
    scan = PageScan()
    h1 = root.find(".//h1")
    if h1 is not None:
        scan.headline = compiled.text(h1) or None
    body = root.find("body")
    start = body if body is not None else root
    compiled.walk(root, start, scan, root.getroottree(), scan.protected, widget_kind)
    return scan


def _scan_python(root: Any, *, read_blocks: bool = False) -> PageScan:
    """:func:`scan_page` in Python (the reference, and the fallback when the compiled walk is not there)."""
    from lxml import etree

    scan = PageScan()
    walk = _Walk(root, scan)
    body = root.find("body")
    h1 = root.find(".//h1")
    if h1 is not None:
        scan.headline = _text(h1) or None
    start = body if body is not None else root
    if read_blocks:
        _read_blocks(start, walk)
        return scan
    # Without the blocks, the walk is lxml's own (in C), in page order, told to skip what is set aside.
    walker = etree.iterwalk(start, events=("start",))
    for _, el in walker:
        if not walk.visit(el)[0]:
            walker.skip_subtree()
    return scan


class _Walk:
    """One element at a time, what :func:`scan_page` does: widgets and figures aside, prose protected."""

    __slots__ = ("paragraph_chars", "paragraph_texts", "scan", "total", "tree")

    def __init__(self, root: Any, scan: PageScan) -> None:
        self.scan = scan
        # Each paragraph's length, measured once: widget candidates compare their share against the total.
        self.paragraph_texts = {p: _text(p) for p in root.iter("p")}
        self.paragraph_chars = {p: len(t) for p, t in self.paragraph_texts.items()}
        self.total = sum(self.paragraph_chars.values())
        self.tree = root.getroottree()

    def visit(self, el: Any) -> tuple[bool, str | None]:
        """Whether the walk goes inside ``el`` (not set aside), and its text if it is a prose element."""
        tag = el.tag
        if not isinstance(tag, str) or tag in _SKIP_TAGS:
            return False, None
        kind = "figure" if tag == "figure" else widget_kind(el) if tag not in ("body", "html") else None
        if kind == "figure":
            _figure(el, self.scan, _PYTHON)
            return False, None
        total = self.total
        if kind is not None and not (
            total and sum(self.paragraph_chars.get(p, 0) for p in el.iter("p")) > _MAX_WIDGET_SHARE * total
        ):
            _widget(el, kind, self.tree, self.scan, _PYTHON)
            return False, None
        if tag in _CONTENT_TAGS:
            _content_lines(el, _CONTENT_TAGS[tag], self.scan, _PYTHON)
        text = None
        if tag in PROSE_TAGS:
            text = self.paragraph_texts[el] if tag == "p" else _text(el)
            if text:
                self.scan.protected.add(text)
        return True, text


def _read_blocks(start: Any, walk: _Walk) -> None:
    """The walk of :func:`scan_page` that also reads the page's blocks and loose text into ``scan.blocks``."""
    scan = walk.scan
    # (element, whether its text is already in a block: inside a block or in page furniture).
    # In place of an element: a str, the loose text after an element (its tail) in a container, or
    # _END_LINE. Loose text is gathered into `line` until an element that is not inline ends it.
    stack: list[tuple[Any, bool]] = [(start, False)]
    line: list[str] = []
    while stack:
        el, covered = stack.pop()
        if el is _END_LINE:
            _end_line(line, scan)
            continue
        if isinstance(el, str):
            line.append(el)
            continue
        inside, text = walk.visit(el)
        if not inside:
            continue
        tag = el.tag
        if not covered:
            if tag not in _INLINE_TAGS:
                _end_line(line, scan)  # "<div>line<br>line</div>": a <br> or a <div> ends the line before it
            if tag in _BLOCK_TAGS:
                text = text if text is not None else _text(el)
                if text:
                    scan.blocks.append(text)
                covered = True
            elif tag in _FURNITURE_TAGS:
                covered = True
            else:
                line.append(el.text or "")
                if tag not in _INLINE_TAGS:
                    stack.append((_END_LINE, False))
        for child in reversed(el):
            if not covered and child.tail:
                stack.append((child.tail, False))
            stack.append((child, covered))
    _end_line(line, scan)


def _end_line(line: list[str], scan: PageScan) -> None:
    """Loose text gathered since the last line break becomes a line of ``scan.blocks``."""
    if line:
        text = normalise("".join(line))
        if text:
            scan.blocks.append(text)
        line.clear()


def _block_texts(el: Any) -> Iterator[str]:
    """The normalised text of ``el`` and of each element inside it, in one pass over the subtree."""
    texts: list[str] = []

    def raw(node: Any) -> str:
        parts = [node.text or ""]
        for child in node:
            if isinstance(child.tag, str) and child.tag not in _SKIP_TAGS:
                parts.append(raw(child))
            parts.append(child.tail or "")
        joined = "".join(parts)
        if len(joined) <= 2 * _MAX_TEXT:
            text = normalise(joined)
            if text and len(text) <= _MAX_TEXT:
                texts.append(text)
        return joined

    raw(el)
    return iter(texts)


class _Reader(NamedTuple):
    """How the figure, widget and content functions read texts: in Python, or by the compiled module."""

    text: Callable[[Any], str]
    block_texts: Callable[[Any], Iterator[str]]


_PYTHON = _Reader(_text, _block_texts)


def _widget(el: Any, kind: str, tree: Any, scan: PageScan, read: _Reader = _PYTHON) -> None:
    """Set a widget aside: its removal noted, its texts and their kind, a related list's link titles."""
    texts = list(read.block_texts(el))
    text = read.text(el)
    scan.removed.append(NodeRemoval(kind, str(el.tag), tree.getpath(el), text[:_EXCERPT], len(text)))
    for block in texts:
        scan.widget_texts.setdefault(block, kind)
    if kind == "related":
        for a in el.iter("a"):
            title = read.text(a)
            if len(title.split()) >= 3 and title not in scan.related:
                scan.related.append(title)


_CREDIT_NAMES = frozenset({"credit", "credits", "copyright", "photographer", "source", "byline", "author", "fotograf"})


@memo
def _credit_named(names: str) -> bool:
    """Whether a class-and-id string names a credit (cached: a site's figures repeat the same names)."""
    return not name_keys(names).isdisjoint(_CREDIT_NAMES)


def _figure(el: Any, scan: PageScan, read: _Reader = _PYTHON) -> None:
    """A figure's (or a caption element's) caption and credit go to metadata; its text lines are chrome."""
    from boilerstrip.cleaners.captions import split_caption_credit

    credit_parts: list[str] = []
    for sub in el.iter():
        if not isinstance(sub.tag, str) or sub.tag in _SKIP_TAGS:
            continue
        names = " ".join(v for v in (sub.get("class"), sub.get("id")) if v)
        if names and _credit_named(names):
            part = read.text(sub)
            if part:
                credit_parts.append(part)
    caption_el = el.find(".//figcaption") if el.tag == "figure" else el
    caption: str | None = read.text(caption_el) if caption_el is not None else None
    credit: str | None = credit_parts[0] if credit_parts else None
    if caption and credit and caption.endswith(credit):
        caption = caption[: -len(credit)].rstrip(" .,;|/-–—") or None
    elif caption and not credit:
        split = split_caption_credit(caption)
        if split is not None:
            caption, credit = split.caption or None, split.credit or None
    if caption or credit:
        scan.figures.append((caption, credit))
    for block in read.block_texts(el):
        scan.widget_texts.setdefault(block, "figure")


# --- The compiled walk ---------------------------------------------------------------------------------------

#: Set to ``1`` to run the Python walk even where the compiled one is built (read once, at the first scan).
PURE_PYTHON_ENV = "BOILERSTRIP_PURE_PYTHON"


def scan_implementation() -> str:
    """Which walk :func:`scan_page` runs: ``compiled``, or ``python`` and why.

    >>> scan_implementation().startswith(("compiled", "python"))
    True
    """
    return _load_compiled()[1]


def _compiled() -> ModuleType | None:
    """The compiled scan module, configured, or ``None`` when the Python walk runs."""
    return _load_compiled()[0]


@functools.cache  # once per process: whether the extension loads does not change while it runs
def _load_compiled() -> tuple[ModuleType | None, str]:
    """The compiled scan (:func:`import_compiled`) unless ``BOILERSTRIP_PURE_PYTHON=1`` turns it off."""
    if os.environ.get(PURE_PYTHON_ENV) == "1":
        return None, f"python ({PURE_PYTHON_ENV}=1)"
    return import_compiled()


@functools.cache
def import_compiled() -> tuple[ModuleType | None, str]:
    """Import and configure the compiled scan if it is built for the running lxml, whatever the environment says.

    Returns the module and ``compiled (...)``, or ``None`` and ``python (why)``. The tests compare the two walks
    through this even where the environment forces the Python walk.
    """
    try:
        import boilerstrip.html._scan as _scan
    except Exception as error:  # not built (ImportError), or lxml's C API refused: the fallback, said here
        return None, f"python (no compiled scan: {type(error).__name__}: {error})"
    from lxml import etree

    built = (_scan.LXML_VERSION, _scan.LIBXML_VERSION)
    running = (etree.__version__, ".".join(str(part) for part in etree.LIBXML_VERSION))
    if built != running:
        # The C code reads lxml's and libxml2's structs: another version may lay them out differently.
        return (
            None,
            f"python (compiled scan built for lxml {built[0]}, libxml2 {built[1]}; running {running[0]}, {running[1]})",
        )
    configure_compiled(_scan)
    return _scan, f"compiled (lxml {running[0]}, libxml2 {running[1]})"


def configure_compiled(module: ModuleType) -> None:
    """Give the compiled module the Python functions it calls back (the per-element logic that is not hot)."""
    read = _Reader(module.text, module.block_texts)
    module.configure(
        normalise=normalise,
        names_kind=names_kind,
        style_hidden=_style_hidden,
        string_value=_string_value(),
        figure=functools.partial(_figure, read=read),
        widget=functools.partial(_widget, read=read),
        content=functools.partial(_content_element, read=read),
        block_texts=_block_texts,
        kinds=_COMPILED_KINDS,
        vocabulary=widget_vocabulary(),
        vocabulary_parts=_vocabulary_parts(),
    )


#: The compiled walk's answers of :func:`names_kind` (it finds an ASCII string's kind in C, the same way).
_COMPILED_KINDS = memo_table()


def _content_element(el: Any, scan: PageScan, read: _Reader) -> None:
    """The compiled walk's call for a code block, table or quotation."""
    _content_lines(el, _CONTENT_TAGS[el.tag], scan, read)
