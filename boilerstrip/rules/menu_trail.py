"""A page's breadcrumb trail whose links the same text also prints as lines of their own: a site's structure.

A site prints its sections twice: once as the menu, one link a line
("Почетна", "Соопштенија", …), and again in the trail above the story
("Почетна / Соопштенија"). A document written by one hand does not: a
README's "Install / Usage" is not echoed by lines "Install" and "Usage"
alone, and a changelog's "fix bots / tidy" sits far below the head. On the
development sets 62 of 768 pages with chrome show such a trail within their
first thirty lines (its echoed links standing in a menu of three short lines
or more); none of 650 chrome-free documents, none of the 5,294 real documents
of the machine (both lists of ``benchmarks/document_harm.py``) and none of 59
package READMEs does.

It is evidence from the text's own structure, in any language, for what the
lexicon may not hold: the pipeline does not read a text that shows it as a
document with a coincidence in it (``gate.thin_chrome``), and on a page the
labeller reads blind it counts as a kind of evidence only a site prints
(``gate.blind_witnesses``).

>>> menu = ["Почетна", "За судот", "Соопштенија", "Контакт"]
>>> head = [*menu, "Почетна / Соопштенија", "Изречена пресуда за измама"]
>>> echoed_trail(head)
'Почетна / Соопштенија'
>>> readme = ["Install | Usage", "Install", "Run pip install ruler.", "Usage", "Call ruler.measure()."]
>>> echoed_trail(readme) is None  # its headings head paragraphs: no menu
True
>>> echoed_trail(["1 · 2 · 3", "3", "2"]) is None  # a count, not links
True
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from boilerstrip.rules.shapes import ends_sentence, word_count

#: A trail stands in a page's head: the first lines of the text (not blank) hold it or nothing does.
HEAD_LINES = 30
#: Links of a trail and lines of a menu are short.
MAX_LINK_WORDS = 5
#: A trail is short too: a line with more links than this is a paragraph with slashes in it.
MAX_LINKS = 6
#: Distinct links of the trail that must stand alone elsewhere in the text.
MIN_ECHOED = 2
#: ... as lines of a menu: a run of this many short lines (not blank) or more.
MENU_RUN = 3

#: The separators between a trail's links, with a space on each side ("Home / News", "Inicio › Noticias").
_SEPARATOR = re.compile(r"\s+(?:/|›|»|>|>>|→|::|\||·|‹|❯)\s+")
#: A letter: a link names something ("Noticias", "Соопштенија"), a count or a page number does not.
_LETTER = re.compile(r"[^\W\d_]")


def echoed_trail(lines: Sequence[str]) -> str | None:
    """The first line among the head's that is a trail of links, two of which are lines of their own elsewhere.

    ``lines`` are the text's lines without the blank ones, stripped; the answer is the trail's line, or ``None``.
    """
    short = [word_count(line) <= MAX_LINK_WORDS and not ends_sentence(line) for line in lines]
    runs = _run_lengths(short)
    # A menu's line stands among other short lines; a heading that a table of contents names heads a paragraph.
    alone: dict[str, list[int]] = {}
    for at, line in enumerate(lines):
        if runs[at] >= MENU_RUN:
            alone.setdefault(line.casefold(), []).append(at)
    if len(alone) < MIN_ECHOED:
        return None
    for at, line in enumerate(lines[:HEAD_LINES]):
        links = _links(line)
        if links is None:
            continue
        echoed = {link.casefold() for link in links if any(other != at for other in alone.get(link.casefold(), ()))}
        if len(echoed) >= MIN_ECHOED:
            return line
    return None


def _run_lengths(short: Sequence[bool]) -> list[int]:
    """For each line, the length of the run of consecutive short lines it belongs to (0 for a long line)."""
    out = [0] * len(short)
    start = 0
    for at in range(len(short) + 1):
        if at == len(short) or not short[at]:
            for i in range(start, at):
                out[i] = at - start
            start = at + 1
    return out


def _links(line: str) -> list[str] | None:
    """The links of ``line`` read as a trail (two to :data:`MAX_LINKS`, short, naming something), or ``None``."""
    if not _SEPARATOR.search(line):
        return None
    links = [part.strip() for part in _SEPARATOR.split(line)]
    if not 2 <= len(links) <= MAX_LINKS:
        return None
    if any(not link or word_count(link) > MAX_LINK_WORDS or not _LETTER.search(link) for link in links):
        return None
    return links
