# cython: language_level=3, boundscheck=False, wraparound=False, initializedcheck=False
"""The DOM scan's hot walk in C: :func:`boilerstrip.html.dom.scan_page` without a Python object per element.

This is an optional, compiled copy of four pieces of ``dom.py`` (which stays the reference and the fallback):
the walk of ``scan_page`` (``_Walk.visit`` over ``iterwalk``, with ``widget_kind``'s attribute reads), an
ASCII class-and-id string's widget kind (``names_kind``), an element's normalised text (``_text``) and the texts
of a widget's subtree (``_block_texts``). It reads lxml's tree through lxml's C API
(``lxml/includes/etreepublic.pxd``): an ``_Element``'s ``xmlNode*``, then children, names, attributes and text
nodes as libxml2's structs hold them. It calls no libxml2 function (lxml links its own copy of libxml2, which this
module could not reach safely), only lxml's ``elementFactory`` through lxml's C-API capsule.

What is not per element stays in Python and is called back: a figure, a widget, a code block, table or quotation,
and whatever this module does not read itself. A non-ASCII text is normalised by ``normalise_spaces``, a
non-ASCII class string's kind asked of ``names_kind``; a subtree holding a node other than an element, text,
CDATA, comment or processing instruction (an entity reference) is read by lxml's serialiser; an attribute whose
value is not one text node makes ``widget_kind`` read the element; a subtree deeper than ``_MAX_DEPTH`` has its
block texts read by ``_block_texts``; a document whose DTD declares attribute defaults is left to the Python
walk (:func:`usable`).

The layout of lxml's ``_Element`` and of libxml2's structs is what this code reads, so ``dom.py`` uses it only when
``LXML_VERSION`` and ``LIBXML_VERSION`` (recorded when it was built) are those of the running lxml.
"""

from cpython.dict cimport PyDict_GetItem
from cpython.mem cimport PyMem_Free, PyMem_Malloc, PyMem_Realloc
from cpython.ref cimport PyObject
from cpython.set cimport PySet_Add
from cpython.unicode cimport PyUnicode_DecodeASCII, PyUnicode_DecodeUTF8
from libc.string cimport memcpy, strcmp, strlen, strstr

from lxml.includes cimport tree
from lxml.includes.etreepublic cimport _Document, _Element, elementFactory, import_lxml__etree
from lxml.includes.tree cimport const_xmlChar, xmlAttr, xmlDoc, xmlNode

import_lxml__etree()

cdef extern from *:
    """
    #ifndef BOILERSTRIP_LXML_VERSION
    #define BOILERSTRIP_LXML_VERSION ""
    #endif
    #ifndef BOILERSTRIP_LIBXML_VERSION
    #define BOILERSTRIP_LIBXML_VERSION ""
    #endif
    """
    const char* BOILERSTRIP_LXML_VERSION
    const char* BOILERSTRIP_LIBXML_VERSION

#: The lxml version (``lxml.etree.__version__``) and its libxml2 version (``LIBXML_VERSION``, dotted) at build time.
LXML_VERSION = BOILERSTRIP_LXML_VERSION.decode("ascii")
LIBXML_VERSION = BOILERSTRIP_LIBXML_VERSION.decode("ascii")

# dom.py's constants, repeated here (tests/test_compiled_scan.py checks they agree).
cdef size_t _MAX_TEXT = 3000
cdef double _MAX_WIDGET_SHARE = 0.25
# A subtree deeper than this is read by the Python function (which then raises RecursionError as it would).
cdef int _MAX_DEPTH = 200

# Tag classes (a bit set per element name).
cdef enum:
    T_SKIP = 1        # script, style, noscript, template, svg, head
    T_FIGURE = 2
    T_ROOTS = 4       # body, html: never a widget
    T_CONTENT = 8     # pre, table, blockquote
    T_PROSE = 16      # dom.PROSE_TAGS
    T_P = 32

# The Python side, set once by configure().
cdef object _normalise = None
cdef object _names_kind = None
cdef object _style_hidden = None
cdef object _string_value = None
cdef object _figure_hook = None
cdef object _widget_hook = None
cdef object _content_hook = None
cdef object _py_block_texts = None
cdef object _kinds = None  # class-and-id string -> widget kind or None: a dom.py memo table (emptied with the caches)
cdef dict _vocabulary = None  # dom.widget_vocabulary(): name -> kind
cdef frozenset _vocabulary_parts = None  # dom._vocabulary_parts()


def configure(
    *, normalise, names_kind, style_hidden, string_value, figure, widget, content, block_texts, kinds, vocabulary,
    vocabulary_parts
):
    """Give the module dom.py's Python functions and data (see the module docstring for what each is for)."""
    global _normalise, _names_kind, _style_hidden, _string_value, _figure_hook, _widget_hook, _content_hook
    global _py_block_texts, _kinds, _vocabulary, _vocabulary_parts
    _kinds = kinds
    _vocabulary = vocabulary
    _vocabulary_parts = vocabulary_parts
    _normalise = normalise
    _names_kind = names_kind
    _style_hidden = style_hidden
    _string_value = string_value
    _figure_hook = figure
    _widget_hook = widget
    _content_hook = content
    _py_block_texts = block_texts


# --- a growing byte buffer -------------------------------------------------------------------------------------

cdef struct Buf:
    char* data
    size_t length
    size_t capacity
    bint ascii


cdef int _buf_init(Buf* buf) except -1:
    buf.capacity = 256
    buf.length = 0
    buf.ascii = True
    buf.data = <char*>PyMem_Malloc(buf.capacity)
    if buf.data == NULL:
        raise MemoryError()
    return 0


cdef int _buf_add(Buf* buf, const_xmlChar* text) except -1:
    """Append a NUL-terminated UTF-8 string, noting whether everything so far is ASCII."""
    cdef size_t n = strlen(<const char*>text)
    cdef size_t i
    cdef size_t capacity
    cdef char* grown
    if n == 0:
        return 0
    if buf.length + n > buf.capacity:
        capacity = buf.capacity * 2
        while capacity < buf.length + n:
            capacity *= 2
        grown = <char*>PyMem_Realloc(buf.data, capacity)
        if grown == NULL:
            raise MemoryError()
        buf.data = grown
        buf.capacity = capacity
    memcpy(buf.data + buf.length, text, n)
    if buf.ascii:
        for i in range(n):
            if <unsigned char>text[i] >= 128:
                buf.ascii = False
                break
    buf.length += n
    return 0


# --- names and text --------------------------------------------------------------------------------------------

cdef inline bint _plain(xmlNode* node) noexcept:
    """Whether lxml's ``tag`` of the element is its bare name (no namespace URI: ``{uri}name`` otherwise)."""
    return node.ns == NULL or node.ns.href == NULL


cdef inline bint _is_p(xmlNode* node) noexcept:
    """What lxml's ``iter("p")`` matches: an element named ``p`` in no namespace (or the empty one)."""
    return (
        node.type == tree.XML_ELEMENT_NODE
        and node.name != NULL
        and node.name[0] == c"p"
        and node.name[1] == 0
        and (node.ns == NULL or node.ns.href == NULL or node.ns.href[0] == 0)
    )


cdef int _tag_class(xmlNode* node) noexcept:
    """The tag classes (``T_*``) of an element's name, 0 for a namespaced one."""
    if not _plain(node) or node.name == NULL:
        return 0
    cdef const char* name = <const char*>node.name
    cdef char first = name[0]
    if first == c"p":
        if name[1] == 0:
            return T_PROSE | T_P
        if strcmp(name, "pre") == 0:
            return T_PROSE | T_CONTENT
    elif first == c"l":
        if strcmp(name, "li") == 0:
            return T_PROSE
    elif first == c"h":
        if name[1] >= c"2" and name[1] <= c"6" and name[2] == 0:
            return T_PROSE
        if strcmp(name, "head") == 0:
            return T_SKIP
        if strcmp(name, "html") == 0:
            return T_ROOTS
    elif first == c"t":
        if strcmp(name, "td") == 0:
            return T_PROSE
        if strcmp(name, "table") == 0:
            return T_CONTENT
        if strcmp(name, "template") == 0:
            return T_SKIP
    elif first == c"d":
        if strcmp(name, "dd") == 0:
            return T_PROSE
    elif first == c"b":
        if strcmp(name, "blockquote") == 0:
            return T_PROSE | T_CONTENT
        if strcmp(name, "body") == 0:
            return T_ROOTS
    elif first == c"s":
        if strcmp(name, "script") == 0 or strcmp(name, "style") == 0 or strcmp(name, "svg") == 0:
            return T_SKIP
    elif first == c"n":
        if strcmp(name, "noscript") == 0:
            return T_SKIP
    elif first == c"f":
        if strcmp(name, "figure") == 0:
            return T_FIGURE
    return 0


cdef int _content(xmlNode* top, Buf* buf) except -1:
    """Append ``top``'s string value (its descendant text and CDATA nodes), as libxml2's ``xmlNodeGetContent``.

    Returns 1, or 0 (the buffer then partly filled) when the subtree holds a node of another kind than element,
    text, CDATA, comment or processing instruction (an entity reference, an XInclude marker...), whose content
    libxml2 reads in ways this function does not repeat.
    """
    cdef xmlNode* cur = top.children
    cdef int kind
    while cur != NULL:
        kind = cur.type
        if kind == tree.XML_TEXT_NODE or kind == tree.XML_CDATA_SECTION_NODE:
            if cur.content != NULL:
                _buf_add(buf, cur.content)
        elif kind == tree.XML_ELEMENT_NODE or kind == tree.XML_COMMENT_NODE or kind == tree.XML_PI_NODE:
            if cur.children != NULL:
                cur = cur.children
                continue
        else:
            return 0
        while cur.next == NULL:
            cur = cur.parent
            if cur == top or cur == NULL:
                return 1
        cur = cur.next
    return 1


cdef inline bint _space(unsigned char c) noexcept:
    """An ASCII character ``str.isspace`` (so ``str.split``) counts as whitespace: TAB to CR, FS to US, space."""
    return (9 <= c <= 13) or (28 <= c <= 32)


cdef object _normalised(Buf* buf, size_t start):
    """``normalise_spaces`` of the buffer's text from ``start``: whitespace runs made one space, ends trimmed.

    An ASCII text is normalised here (``" ".join(text.split())``, byte for byte); any other is decoded and given
    to the Python function.
    """
    cdef size_t n = buf.length - start
    cdef const unsigned char* src = <const unsigned char*>buf.data + start
    cdef char* out
    cdef size_t i, j = 0
    cdef bint pending = False
    if not _ascii_from(buf, start):
        return _normalise(PyUnicode_DecodeUTF8(buf.data + start, n, NULL))
    out = <char*>PyMem_Malloc(n + 1)
    if out == NULL:
        raise MemoryError()
    try:
        for i in range(n):
            if _space(src[i]):
                pending = j > 0
            else:
                if pending:
                    out[j] = c" "
                    j += 1
                    pending = False
                out[j] = <char>src[i]
                j += 1
        return PyUnicode_DecodeASCII(out, j, NULL)
    finally:
        PyMem_Free(out)


cdef object _node_text(xmlNode* node, _Document doc):
    """dom._text: the element's string value, normalised."""
    cdef Buf buf
    _buf_init(&buf)
    try:
        if node.type == tree.XML_ELEMENT_NODE and _content(node, &buf):
            return _normalised(&buf, 0)
    finally:
        PyMem_Free(buf.data)
    return _normalise(_string_value(elementFactory(doc, node)))


def text(_Element el not None):
    """The element's text, whitespace runs collapsed (``dom._text``)."""
    return _node_text(el._c_node, el._doc)


# --- a widget's block texts ------------------------------------------------------------------------------------

cdef inline xmlNode* _text_node_or_skip(xmlNode* node) noexcept:
    """lxml's ``_textNodeOrSkip``: the node if it is text or CDATA, past XInclude markers; else NULL."""
    while node != NULL:
        if node.type == tree.XML_TEXT_NODE or node.type == tree.XML_CDATA_SECTION_NODE:
            return node
        if node.type == tree.XML_XINCLUDE_START or node.type == tree.XML_XINCLUDE_END:
            node = node.next
        else:
            return NULL
    return NULL


cdef int _add_text_run(Buf* buf, xmlNode* node) except -1:
    """Append what lxml's ``.text`` (from the first child) or ``.tail`` (from the next sibling) reads."""
    node = _text_node_or_skip(node)
    while node != NULL:
        if node.content != NULL:
            _buf_add(buf, node.content)
        node = _text_node_or_skip(node.next)
    return 0


cdef inline bint _lxml_element(xmlNode* node) noexcept:
    """lxml's ``_isElement``: what iterating an element's children yields (elements, comments, PIs, entities)."""
    return (
        node.type == tree.XML_ELEMENT_NODE
        or node.type == tree.XML_COMMENT_NODE
        or node.type == tree.XML_ENTITY_REF_NODE
        or node.type == tree.XML_PI_NODE
    )


cdef size_t _chars(Buf* buf, size_t start, size_t limit) noexcept:
    """The number of characters of the buffer's UTF-8 text from ``start``, counted up to ``limit`` + 1 at most."""
    cdef size_t count = 0
    cdef size_t i
    if buf.ascii:
        return buf.length - start
    for i in range(start, buf.length):
        if (<unsigned char>buf.data[i] & 0xC0) != 0x80:
            count += 1
            if count > limit:
                break
    return count


cdef int _raw(xmlNode* node, Buf* buf, list texts, int depth) except -1:
    """dom._block_texts' ``raw``: append the node's text, its children's and their tails; note its own text.

    Returns 0 when the subtree is deeper than ``_MAX_DEPTH`` (the caller then asks the Python function).
    """
    cdef size_t start = buf.length
    cdef xmlNode* child
    cdef object text
    if depth > _MAX_DEPTH:
        return 0
    _add_text_run(buf, node.children)
    child = node.children
    while child != NULL:
        if _lxml_element(child):
            if child.type == tree.XML_ELEMENT_NODE and not (_tag_class(child) & T_SKIP):
                if not _raw(child, buf, texts, depth + 1):
                    return 0
            _add_text_run(buf, child.next)
        child = child.next
    if _chars(buf, start, 2 * _MAX_TEXT) <= 2 * _MAX_TEXT:
        text = _normalised(buf, start)
        if text and <size_t>len(text) <= _MAX_TEXT:
            texts.append(text)
    return 1


cdef bint _ascii_from(Buf* buf, size_t start) noexcept:
    """Whether the buffer's text from ``start`` is ASCII (a widget's text can be, on a page that is not)."""
    cdef size_t i
    if buf.ascii:
        return True
    for i in range(start, buf.length):
        if <unsigned char>buf.data[i] >= 128:
            return False
    return True


def block_texts(_Element el not None):
    """``dom._block_texts``: the normalised text of ``el`` and of each element inside it, innermost first."""
    cdef Buf buf
    cdef list texts = []
    _buf_init(&buf)
    try:
        if _raw(el._c_node, &buf, texts, 0):
            return iter(texts)
    finally:
        PyMem_Free(buf.data)
    return _py_block_texts(el)


# --- the walk --------------------------------------------------------------------------------------------------

cdef const_xmlChar* _attribute(xmlNode* node, const char* name, bint* odd) noexcept:
    """lxml's ``el.get(name)`` as libxml2's ``xmlGetNoNsProp`` finds it: NULL when absent, ``""`` when empty.

    ``odd`` is set when the value is not a single text node (entity references in it): the caller then asks
    Python for the element's kind.
    """
    cdef xmlAttr* attr = node.properties
    while attr != NULL:
        if attr.ns == NULL and attr.name != NULL and strcmp(<const char*>attr.name, name) == 0:
            if attr.children == NULL:
                return <const_xmlChar*>""
            if attr.children.next == NULL and (
                attr.children.type == tree.XML_TEXT_NODE or attr.children.type == tree.XML_CDATA_SECTION_NODE
            ):
                if attr.children.content == NULL:
                    return <const_xmlChar*>""
                return attr.children.content
            odd[0] = True
            return NULL
        attr = attr.next
    return NULL


cdef object _decode(const_xmlChar* value):
    return PyUnicode_DecodeUTF8(<const char*>value, strlen(<const char*>value), NULL)


cdef object _widget_kind(xmlNode* node, _Document doc, object py_widget_kind):
    """dom.widget_kind, the attributes read here; the class-and-id string's kind asked of ``names_kind``."""
    cdef bint odd = False
    cdef const_xmlChar* value
    cdef const_xmlChar* cls
    cdef const_xmlChar* ident
    cdef size_t ncls, nident
    cdef char* joined
    if node.properties == NULL:
        return None
    if _attribute(node, "hidden", &odd) != NULL:
        return "hidden"
    value = _attribute(node, "aria-hidden", &odd)
    if value != NULL and strcmp(<const char*>value, "true") == 0:
        return "hidden"
    value = _attribute(node, "style", &odd)
    if value != NULL and value[0] != 0 and strstr(<const char*>value, "none") != NULL:
        if _style_hidden(_decode(value)):
            return "hidden"
    cls = _attribute(node, "class", &odd)
    ident = _attribute(node, "id", &odd)
    if odd:
        return py_widget_kind(elementFactory(doc, node))
    ncls = strlen(<const char*>cls) if cls != NULL else 0
    nident = strlen(<const char*>ident) if ident != NULL else 0
    if ncls == 0 and nident == 0:
        return None
    joined = <char*>PyMem_Malloc(ncls + nident + 1)
    if joined == NULL:
        raise MemoryError()
    try:
        if ncls:
            memcpy(joined, cls, ncls)
        joined[ncls] = c" "
        if nident:
            memcpy(joined + ncls + 1, ident, nident)
        return _cached_names_kind(joined, ncls + nident + 1)
    finally:
        PyMem_Free(joined)


cdef object _cached_names_kind(const char* names, size_t n):
    """dom.names_kind of a class-and-id string, cached in ``_kinds``; an ASCII string's kind is found here."""
    cdef size_t i
    cdef bint ascii = True
    cdef object key
    cdef object kind
    cdef PyObject* found
    for i in range(n):
        if <unsigned char>names[i] >= 128:
            ascii = False
            break
    key = PyUnicode_DecodeASCII(names, n, NULL) if ascii else PyUnicode_DecodeUTF8(names, n, NULL)
    found = PyDict_GetItem(_kinds, key)
    if found != NULL:
        return <object>found
    kind = _ascii_names_kind(names, n) if ascii else _names_kind(key)
    _kinds[key] = kind
    return kind


def names_kind(str names not None):
    """dom.names_kind computed here for an ASCII string (by dom.names_kind for another), not cached: for the tests."""
    if names.isascii():
        data = names.encode("ascii")
        return _ascii_names_kind(data, len(data))
    return _names_kind(names)


cdef inline bint _lower_or_digit(char c) noexcept:
    return (c"a" <= c <= c"z") or (c"0" <= c <= c"9")


cdef inline bint _upper(char c) noexcept:
    return c"A" <= c <= c"Z"


cdef object _ascii_names_kind(const char* names, size_t n):
    """dom.names_kind of an ASCII string: its parts (split at non-alphanumerics and at camelCase humps, lowered),
    then the least kind of the runs of one to three parts that are vocabulary names (``dom._first_kind``).

    A run stops at a part that is no vocabulary part: a key holding one is no vocabulary name.
    """
    cdef list parts = []
    cdef char* lowered = <char*>PyMem_Malloc(n + 1)
    cdef Py_ssize_t start = -1
    cdef size_t i
    cdef Py_ssize_t first, last, count
    cdef char c
    cdef object key, part, kind
    cdef object least = None
    if lowered == NULL:
        raise MemoryError()
    try:
        for i in range(n):
            c = names[i]
            lowered[i] = c + 32 if _upper(c) else c
            if _lower_or_digit(c) or _upper(c):
                if start < 0:
                    start = i
                elif _upper(c) and _lower_or_digit(names[i - 1]):  # a hump: "mostRead" is "most", "read"
                    parts.append(PyUnicode_DecodeASCII(lowered + start, i - start, NULL))
                    start = i
            elif start >= 0:
                parts.append(PyUnicode_DecodeASCII(lowered + start, i - start, NULL))
                start = -1
        if start >= 0:
            parts.append(PyUnicode_DecodeASCII(lowered + start, n - start, NULL))
    finally:
        PyMem_Free(lowered)
    count = len(parts)
    for first in range(count):
        key = None
        for last in range(first, min(first + 3, count)):
            part = parts[last]
            if part not in _vocabulary_parts:
                break
            key = part if key is None else f"{key}-{part}"
            kind = _vocabulary.get(key)
            if kind is not None and (least is None or kind < least):
                least = kind
    return least


cdef class _Walker:
    """One page's walk: the paragraphs' texts measured up front, then one visit per element."""

    cdef _Document doc
    cdef xmlNode* root
    cdef dict paragraphs  # node address -> normalised text, for every <p> under the root
    cdef Py_ssize_t total
    cdef set protected
    cdef object scan
    cdef object tree
    cdef object py_widget_kind

    cdef int measure(self) except -1:
        """dom._Walk.__init__: each paragraph's text (``root.iter("p")``, the root itself included)."""
        cdef xmlNode* node = self.root
        cdef object text
        while node != NULL:
            if _is_p(node):
                text = _node_text(node, self.doc)
                self.paragraphs[<size_t>node] = text
                self.total += len(text)
            node = _next_element(node, self.root, True)
        return 0

    cdef Py_ssize_t paragraph_chars(self, xmlNode* top) except -1:
        """The paragraph text inside ``top`` (``el.iter("p")``), in characters."""
        cdef xmlNode* node = top
        cdef Py_ssize_t chars = 0
        cdef PyObject* text
        while node != NULL:
            if _is_p(node):
                text = PyDict_GetItem(self.paragraphs, <size_t>node)
                if text != NULL:
                    chars += len(<object>text)
            node = _next_element(node, top, True)
        return chars

    cdef bint visit(self, xmlNode* node) except -1:
        """dom._Walk.visit: whether the walk goes inside ``node``; figures, widgets and content handed to Python."""
        cdef int tags
        cdef object kind = None
        cdef object text
        cdef PyObject* found
        if node.type != tree.XML_ELEMENT_NODE:
            return False
        tags = _tag_class(node)
        if tags & T_SKIP:
            return False
        if tags & T_FIGURE:
            _figure_hook(elementFactory(self.doc, node), self.scan)
            return False
        if not (tags & T_ROOTS):
            kind = _widget_kind(node, self.doc, self.py_widget_kind)
            if kind == "figure":  # a caption element by its class: read as a figure, never a widget
                _figure_hook(elementFactory(self.doc, node), self.scan)
                return False
        if kind is not None and not (
            self.total and self.paragraph_chars(node) > _MAX_WIDGET_SHARE * self.total
        ):
            _widget_hook(elementFactory(self.doc, node), kind, self.tree, self.scan)
            return False
        if tags & T_CONTENT:
            _content_hook(elementFactory(self.doc, node), self.scan)
        if tags & T_PROSE:
            if tags & T_P:
                found = PyDict_GetItem(self.paragraphs, <size_t>node)
                text = <object>found if found != NULL else _node_text(node, self.doc)
            else:
                text = _node_text(node, self.doc)
            if text:
                PySet_Add(self.protected, text)
        return True


cdef xmlNode* _next_element(xmlNode* node, xmlNode* top, bint descend) noexcept:
    """The next node after ``node`` in document order within ``top`` (its children first if ``descend``)."""
    # Only an element's children are walked (lxml's iterators do the same): an entity reference's child is the
    # entity's declaration, whose siblings and parent are the DTD's.
    if descend and node.type == tree.XML_ELEMENT_NODE and node.children != NULL:
        return node.children
    while node != top and node.next == NULL:
        node = node.parent
        if node == NULL:
            return NULL
    if node == top:
        return NULL
    return node.next


def usable(_Element root not None):
    """Whether this module reads ``root``'s document as lxml would: no DTD declares attribute defaults."""
    cdef xmlDoc* doc = root._doc._c_doc
    if doc.intSubset != NULL and doc.intSubset.attributes != NULL:
        return False
    if doc.extSubset != NULL:
        return False
    return True


def walk(_Element root not None, _Element start not None, scan, tree, set protected not None, py_widget_kind):
    """dom.scan_page's walk from ``start`` (the body, or the root): figures, widgets, content and prose.

    The caller has checked :func:`usable`. Widgets, figures and content elements are handed to dom.py's
    functions as lxml elements; prose texts are added to ``protected``.
    """
    cdef _Walker walker = _Walker.__new__(_Walker)
    cdef xmlNode* node
    cdef xmlNode* top = start._c_node
    walker.doc = root._doc
    walker.root = root._c_node
    walker.paragraphs = {}
    walker.total = 0
    walker.protected = protected
    walker.scan = scan
    walker.tree = tree
    walker.py_widget_kind = py_widget_kind
    walker.measure()
    node = top
    while node != NULL:
        node = _next_element(node, top, walker.visit(node))
