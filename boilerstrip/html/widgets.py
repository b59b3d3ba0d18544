"""Put back the block boundaries an extractor dropped.

The cleaner that removes widget lines is :mod:`boilerstrip.cleaners.page_widgets`.
"""

from __future__ import annotations

from collections.abc import Iterable

_SENTENCE_END = ".!?:;…。！？"
_MIN_BLOCK = 12  # shorter block texts ("Home", "Share") occur inside sentences too often


def split_glued_blocks(text: str, blocks: Iterable[str]) -> str:
    r"""Put back the line breaks an extractor dropped between the page's blocks.

    trafilatura's fallback extraction (short pages) joins paragraphs,
    captions and widgets into one line, which line-based cleaning cannot take
    apart. Where a long line contains two or more of the page's block texts
    (paragraphs, headings, widget texts) one after the other, the space between
    them becomes a line break; nothing else changes. A block boundary needs a
    sentence end before it or a capital after it, so a block quoted inside a
    sentence does not split it.

    >>> split_glued_blocks("Port opens after years of delay The port opened on Monday. Share on X",
    ...                    ["Port opens after years of delay", "The port opened on Monday.", "Share on X"])
    'Port opens after years of delay\nThe port opened on Monday.\nShare on X'
    """
    known = [b for b in blocks if len(b) >= _MIN_BLOCK]
    exact = set(known)
    out: list[str] = []
    for line in text.split("\n"):
        if len(line) < 2 * _MIN_BLOCK or line in exact:
            out.append(line)
            continue
        spans = sorted({(i, i + len(b)) for b in known if len(b) < len(line) and (i := line.find(b)) >= 0})
        breaks: set[int] = set()
        for i, j in spans:
            if i > 1 and line[i - 1] == " " and (line[i - 2] in _SENTENCE_END or line[i].isupper()):
                breaks.add(i - 1)
            if j < len(line) - 1 and line[j] == " " and (line[j - 1] in _SENTENCE_END or line[j + 1].isupper()):
                breaks.add(j)
        # A break inside a longer block (a credit inside its caption) would split that block.
        breaks = {k for k in breaks if not any(i < k < j for i, j in spans)}
        if not breaks or len(spans) < 2:
            out.append(line)
            continue
        chars = list(line)
        for k in breaks:
            chars[k] = "\n"
        out.append("".join(chars))
    return "\n".join(out)
