r"""Recognise binary files (executables, PDFs, images, archives) given where text or HTML is expected.

Cleaning such input would produce garbage that looks like a result, so the
entry points answer it with an empty, flagged result instead (``binary_input``)
and the command line refuses it. Only the first KiB is looked at:

* a known magic number at the start (ELF, PDF, PNG, JPEG, GIF, ZIP, gzip...);
* otherwise, control characters (NUL and other C0 controls but tab, line
  feeds, form feed and escape) making up more than a tenth of that KiB, and
  at least eight of them. Text with a stray NUL stays text; a UTF-16 page starts with a byte order mark and
  is not judged on its NUL bytes.

>>> binary_kind(b"%PDF-1.7\n...")
'PDF document'
>>> binary_kind(b"\x7fELF\x02\x01\x01")
'ELF executable'
>>> binary_kind("The council met on Tuesday.") is None
True
>>> binary_kind(b"\x00\x01\x02\x03\x04\x05\x06\x07 data")
'binary data (control characters)'
"""

from __future__ import annotations

import codecs
import re

#: How much of the input is looked at.
SNIFF = 1024

#: Share of control characters in the first KiB above which input is binary...
CONTROL_SHARE = 0.1
#: ...provided there are at least this many: a short text with a stray NUL or two stays text.
MIN_CONTROLS = 8

#: Known file signatures and what they are: long or non-ASCII enough that no text or HTML starts with them
#: (short printable ones such as ``MZ`` or ``ID3`` are left out, since prose may begin with them).
MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x7fELF", "ELF executable"),
    (b"%PDF-", "PDF document"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"PK\x03\x04", "ZIP archive (or an Office document)"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"\x28\xb5\x2f\xfd", "zstd-compressed data"),
    (b"\xfd7zXZ\x00", "xz-compressed data"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"\xca\xfe\xba\xbe", "Java class or Mach-O binary"),
    (b"\xcf\xfa\xed\xfe", "Mach-O binary"),
    (b"\x00asm", "WebAssembly module"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "legacy Office document"),
    (b"OggS", "Ogg media"),
    (b"fLaC", "FLAC audio"),
    (b"\x1aE\xdf\xa3", "Matroska/WebM video"),
    (b"wOFF", "WOFF font"),
    (b"wOF2", "WOFF2 font"),
)

# C0 controls that ordinary text contains: tab, line feed, vertical tab, form feed, carriage return, escape.
_TEXT_CONTROLS = frozenset(b"\t\n\x0b\x0c\r\x1b")
#: One of the other C0 controls, in text: what the control count of a ``str`` counts.
_BINARY_CONTROLS = re.compile("[" + "".join(re.escape(chr(c)) for c in range(0x20) if c not in _TEXT_CONTROLS) + "]")
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
#: Every byte but those controls: deleting them from bytes leaves the controls the count counts.
_NOT_BINARY_CONTROL_BYTES = bytes(b for b in range(256) if not (b < 0x20 and b not in _TEXT_CONTROLS))


def binary_kind(data: bytes | bytearray | str) -> str | None:
    """What binary format ``data`` starts like, or ``None`` for text (see the module docstring)."""
    if isinstance(data, str):
        head_text = data[:SNIFF]
        # A str was decoded already: magic numbers no longer mean anything, only control characters can tell.
        # Counted by one search in C (most texts hold none), not a loop over the KiB (every clean() runs this).
        controls = len(_BINARY_CONTROLS.findall(head_text))
        return _by_controls(controls, len(head_text))
    head = bytes(data[:SNIFF])
    # RIFF containers (WAV, AVI, WebP) name their kind at offset 8.
    if head[:4] == b"RIFF" and len(head) >= 12:
        return f"RIFF {head[8:12].decode('latin-1').strip()} media"
    for magic, kind in MAGIC:
        if head.startswith(magic):
            return kind
    if head.startswith(_UTF16_BOMS):
        return None
    # Counted in C (every clean_html() of bytes runs this), not by a loop over the KiB.
    controls = len(head.translate(None, _NOT_BINARY_CONTROL_BYTES))
    return _by_controls(controls, len(head))


def _by_controls(controls: int, size: int) -> str | None:
    if controls >= MIN_CONTROLS and controls > CONTROL_SHARE * size:
        return "binary data (control characters)"
    return None
