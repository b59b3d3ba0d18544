r"""Turn page bytes into text the way a browser would, and say how.

The order follows the HTML standard's encoding sniffing, simplified: a byte
order mark wins; then a charset the caller got from the HTTP header; then a
``<meta charset>`` or ``http-equiv`` declaration in the first 4 KB; then
strict UTF-8; then the legacy encoding browsers use for the page's declared
language (``<html lang="pl">`` → windows-1250, as a browser in that locale
would); then statistical detection (charset_normalizer, which ships with
trafilatura, and which guesses poorly on short Western pages: hence the
language rule first); and last windows-1252 with replacement characters,
which never fails. A declaration that does not fit the bytes (a page that says
``iso-8859-1`` but is UTF-8, a common crawl defect) is not trusted blindly:
bytes that are valid UTF-8 with non-ASCII characters are read as UTF-8, and
otherwise the bytes must decode strictly under the label, or the next rule
is tried.

>>> decode_html("<meta charset=utf-8><p>Café</p>".encode()).encoding
'utf-8'
>>> d = decode_html("<meta charset='iso-8859-1'><p>Café</p>".encode("latin-1"))
>>> d.text[-8:], d.encoding, d.how
('Café</p>', 'windows-1252', 'declared')
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

#: WHATWG maps these labels to windows-1252, a superset that browsers use instead.
_WHATWG_ALIASES = {
    "iso-8859-1": "windows-1252",
    "iso8859-1": "windows-1252",
    "latin1": "windows-1252",
    "latin-1": "windows-1252",
    "l1": "windows-1252",
    "us-ascii": "windows-1252",
    "ascii": "windows-1252",
    "cp1252": "windows-1252",
    "x-cp1252": "windows-1252",
    "iso-8859-9": "windows-1254",
    "latin5": "windows-1254",
    "tis-620": "windows-874",
    "iso-8859-11": "windows-874",
    "gb2312": "gbk",
    "x-gbk": "gbk",
    "ks_c_5601-1987": "euc-kr",
    "x-sjis": "shift_jis",
    "utf8": "utf-8",
    "unicode-1-1-utf-8": "utf-8",
}
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
_META = re.compile(rb"""<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_:.+-]{1,40})""", re.IGNORECASE)
_XML_DECL = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_:.+-]{1,40})["']""", re.IGNORECASE)
_SNIFF_BYTES = 4096
_HTML_LANG = re.compile(rb"""<html\b[^>]*?\blang\s*=\s*["']?\s*([A-Za-z]{2,3})""", re.IGNORECASE)
#: The legacy (pre-UTF-8) encoding of each language's web, as browsers default to it per locale.
_LEGACY_BY_LANG = {
    **dict.fromkeys(("af", "ca", "da", "de", "en", "es", "et", "eu", "fi", "fo", "fr", "ga"), "windows-1252"),
    **dict.fromkeys(("gl", "id", "is", "it", "ms", "nb", "nl", "nn", "no", "pt", "sq", "sv", "sw"), "windows-1252"),
    **dict.fromkeys(("bs", "cs", "hr", "hu", "pl", "ro", "sk", "sl"), "windows-1250"),
    **dict.fromkeys(("be", "bg", "mk", "ru", "sr", "uk"), "windows-1251"),
    **dict.fromkeys(("ar", "fa", "ur"), "windows-1256"),
    **dict.fromkeys(("lt", "lv"), "windows-1257"),
    **dict.fromkeys(("tr", "az"), "windows-1254"),
    "el": "windows-1253",
    "he": "windows-1255",
    "vi": "windows-1258",
    "th": "windows-874",
    "ja": "shift_jis",
    "ko": "euc-kr",
    "zh": "gb18030",
}


@dataclass(frozen=True, slots=True)
class Decoded:
    """Decoded page text, the encoding used, and which rule chose it.

    ``how`` is one of ``"str"`` (the caller passed text), ``"bom"``,
    ``"http"`` (the caller's ``encoding=``), ``"declared"`` (meta or XML
    declaration), ``"utf-8"`` (undeclared but valid UTF-8), ``"language"``
    (the legacy encoding of the page's ``lang``), ``"detected"`` and
    ``"fallback"``. ``replaced`` tells whether undecodable bytes became
    U+FFFD: the text is then not the page's exact text. ``utf8`` is the
    page's bytes when they were decoded strictly as UTF-8 (no byte order
    mark): ``text`` encoded as UTF-8, which the parser can take as they are.
    """

    text: str
    encoding: str
    how: str
    replaced: bool = False
    utf8: bytes | None = field(default=None, repr=False, compare=False)


_HTML_START = re.compile(rb"^(?:\xef\xbb\xbf)?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)


def looks_like_html(data: bytes) -> bool:
    """Whether ``data`` starts like an HTML document (doctype, ``<html>``, ``<head>`` or ``<body>``).

    >>> looks_like_html(b"  <!DOCTYPE html><html>"), looks_like_html(b"Share this article")
    (True, False)
    """
    return _HTML_START.match(data[:_SNIFF_BYTES]) is not None


def canonical_encoding(label: str) -> str | None:
    """Return the codec name browsers would use for ``label``, or ``None`` when Python has no such codec.

    >>> canonical_encoding("ISO-8859-1"), canonical_encoding("UTF8"), canonical_encoding("klingon")
    ('windows-1252', 'utf-8', None)
    """
    key = label.strip().strip("\"'").lower()
    key = _WHATWG_ALIASES.get(key, key)
    try:
        codecs.lookup(key)
    except LookupError:
        return None
    return key


def declared_encoding(data: bytes) -> str | None:
    """The charset an XML declaration or ``<meta>`` tag in the first 4 KB declares, if Python knows it."""
    head = data[:_SNIFF_BYTES]
    for pattern in (_XML_DECL, _META):
        match = pattern.search(head)
        if match:
            found = canonical_encoding(match.group(1).decode("ascii", "replace"))
            # A page cannot declare itself UTF-16 in ASCII bytes; browsers read it as UTF-8.
            return "utf-8" if found and found.startswith("utf-16") else found
    return None


def _language_encoding(data: bytes) -> str | None:
    match = _HTML_LANG.search(data[:_SNIFF_BYTES])
    return _LEGACY_BY_LANG.get(match.group(1).decode("ascii").lower()) if match else None


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def decode_html(data: bytes | str, *, encoding: str | None = None) -> Decoded:
    """Decode page bytes as described in the module docstring. Text passes through unchanged."""
    if isinstance(data, str):
        return Decoded(data, "str", "str")
    for bom, name in _BOMS:
        if data.startswith(bom):
            text = data[len(bom) :].decode(name, "replace")
            return Decoded(text, name, "bom", "\ufffd" in text)
    candidates: list[tuple[str | None, str]] = [
        (canonical_encoding(encoding) if encoding else None, "http"),
        (declared_encoding(data), "declared"),
        ("utf-8", "utf-8"),
        (_language_encoding(data), "language"),
    ]
    declared = candidates[0][0] or candidates[1][0]
    if declared and declared != "utf-8" and not data.isascii() and (as_utf8 := _strict(data, "utf-8")) is not None:
        # Valid multi-byte UTF-8 almost never arises by chance in legacy-encoded text, while pages
        # re-encoded to UTF-8 with a stale declaration are common: the bytes outrank the label.
        return Decoded(as_utf8, "utf-8", "utf-8", utf8=data)
    for label, how in candidates:
        if label:
            strict = _strict(data, label)
            if strict is not None:
                return Decoded(strict, label, how, utf8=data if label == "utf-8" else None)
    detected = _detect(data)
    if detected:
        found = _strict(data, detected)
        if found is not None:
            return Decoded(found, detected, "detected", utf8=data if detected == "utf-8" else None)
    # Nothing fits: the declared encoding if any, else the web's historical default.
    fallback = next((n for n, how in candidates if n and how in ("http", "declared")), "windows-1252")
    text = data.decode(fallback, "replace")
    return Decoded(text, fallback, "fallback", "\ufffd" in text)


def _detect(data: bytes) -> str | None:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - installed with trafilatura
        return None
    best = from_bytes(data[:200_000]).best()
    return canonical_encoding(best.encoding) if best is not None else None
