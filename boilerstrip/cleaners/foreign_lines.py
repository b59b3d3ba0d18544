"""foreign_lines: lines written in another script than the document (untranslated UI, leaked captions)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import ClassVar

from boilerstrip.document import Document, Line
from boilerstrip.rules.kit import body_start, cut_line, last_prose, prior_reasons, reasons_after
from boilerstrip.rules.memo import memo
from boilerstrip.rules.scripts import SCRIPTS, clear_script, count, has_letters_outside, letter_count
from boilerstrip.rules.shapes import word_count
from boilerstrip.types import Cut

_QUOTED = re.compile(r"^[\"“”«»„‘’'「『]|[\"“”«»„‘’'」』]\W*$")
_MIN_SHARE = 0.85
_SHORT = 6
_LINKS = re.compile(r"@\w+|\S+@\S+|https?://\S+|www\.\S+")


def _beside_chrome(doc: Document, line: Line) -> bool:
    """True when an earlier cleaner cut something right before or right after ``line``."""
    return bool(prior_reasons(doc, line) or reasons_after(doc, line))


@memo
def in_other_script(text: str, script: str) -> bool:
    """Whether ``text`` is an unquoted line whose letters (links and handles left out) are mostly not in ``script``.

    A function of the line's text alone, memoised: every view of a page asks it of the same lines again.

    >>> in_other_script("Заголовок открываемого материала", "Latin"), in_other_script("«Заголовок»", "Latin")
    (True, False)
    """
    if not has_letters_outside(text, script) or _QUOTED.search(text):
        return False
    letters = _LINKS.sub(" ", text)  # handles, links and e-mails are not language
    total = letter_count(letters)
    return bool(total) and count(SCRIPTS[script], letters) <= total * (1 - _MIN_SHARE)


def document_script(doc: Document) -> str | None:
    """The script of at least two thirds of the letters of the body left in the view, or ``None``.

    The view, not the language detected on the input: after the other
    cleaners, the view is what a second run would see, so both runs judge
    against the same script. The head of the page is left out because the
    title is cut after this cleaner runs.
    """
    lines = doc.content
    start = body_start(doc)
    if start >= len(lines):
        return clear_script(doc.text)
    return clear_script(doc.text[lines[start].raw_start :])


@dataclass(frozen=True)
class ForeignLines:
    r"""Remove lines whose letters are mostly in another script than the document's.

    Quoted lines are kept: a short quotation in another script is prose.

    >>> from boilerstrip.document import Document
    >>> prose = "The port opened on Monday after years of delay, and the first ship docked at noon."
    >>> doc = Document(prose + "\nЗаголовок открываемого материала")
    >>> [c.reason for c in ForeignLines().find(doc)]
    ['foreign_script']
    """

    name: str = field(default="foreign_lines", init=False)
    #: What each reason's cuts rest on (boilerstrip.evidence); a cut may name its own.
    evidence: ClassVar[Mapping[str, str]] = {"foreign_script": "script", "foreign_block": "script"}
    version: int = field(default=1, init=False)
    reasons: dict[str, str] = field(
        default_factory=lambda: {
            "foreign_script": "a short line in another script than the document (untranslated interface text)",
            "foreign_block": "a sentence-length unquoted line in another script (a leaked caption or teaser)",
        },
        init=False,
    )
    max_words: int = 60

    def find(self, doc: Document) -> Iterator[Cut]:
        """Propose cuts for foreign-script lines."""
        script = document_script(doc)
        if script is None:
            return
        head = body_start(doc)
        tail_from = last_prose(doc)
        latin = script == "Latin"
        for i, line in enumerate(doc.content):
            text = line.text
            if latin and text.isascii():
                continue  # every ASCII letter is Latin (has_letters_outside), answered without the cache
            if i < head and word_count(text) <= 3:
                continue  # a brand or label above the title: the titles cleaner reads it as the site name
            if not in_other_script(text, script):
                continue
            n = word_count(text)
            if n > self.max_words:
                continue
            if n <= _SHORT:
                yield cut_line(line, "foreign_script")
            elif i < head or tail_from is None or i > tail_from or _beside_chrome(doc, line):
                # A sentence in another script is a leaked caption only among chrome; amid
                # the prose it is a quotation (a poem, a slogan) and stays.
                yield cut_line(line, "foreign_block")
