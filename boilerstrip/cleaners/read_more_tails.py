"""read_more_tails: "Read more" links glued to the end of a line, cut before anything else reads the line."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import ClassVar

from boilerstrip.document import Document
from boilerstrip.rules.kit import cut_line
from boilerstrip.rules.lexicon import Lexicon, load_lexicon, might_find, norm
from boilerstrip.rules.memo import memo
from boilerstrip.types import Cut


@dataclass(frozen=True)
class ReadMoreTails:
    """Cut a read-more label glued to the end of a line ("…wieloletniej.czytaj dalej").

    It runs early so that the other cleaners see the line without it: a
    caption echo or a credit with "Read more" glued on is still recognised.

    >>> from boilerstrip.testing import cuts
    >>> cuts("Od maja spadło 18 milimetrów deszczu.czytaj dalej", ReadMoreTails())
    [('read_more', 'czytaj dalej')]
    """

    name: str = field(default="read_more_tails", init=False)
    #: What each reason's cuts rest on (boilerstrip.evidence); a cut may name its own.
    evidence: ClassVar[Mapping[str, str]] = {"read_more": "phrase", "read_more_line": "phrase"}
    version: int = field(default=1, init=False)
    reasons: dict[str, str] = field(
        default_factory=lambda: {
            "read_more": "a read-more label glued to the end of a line",
            "read_more_line": "a line that is only interface text once its read-more tail is cut",
        },
        init=False,
    )

    def find(self, doc: Document) -> Iterator[Cut]:
        """Propose cuts for glued read-more tails."""
        lex = load_lexicon()
        if lex.suffixes is None:
            return
        for line in doc.content:
            start = _shared_tail_start(line.text)
            if start is None:
                continue
            while (again := _shared_tail_start(line.text[:start])) is not None:
                start = again  # "…Read moreRead more": the label repeated
            m = lex.suffixes.search(line.text, start)
            if m is None:
                continue
            before = line.text[:start]
            # Glued ("deszczu.czytaj dalej") or after an ellipsis ("… Read more"); a sentence
            # that merely ends in the words "read more" is prose.
            if before[-1].isspace() and not before.rstrip().endswith(("…", "...")):
                continue
            if lex.line_reason(before) is not None:
                yield cut_line(line, "read_more_line")  # nothing but interface text is left
            else:
                yield Cut(line.start + start, line.end, "read_more", detail=norm(m.group(0)))


_TAIL_WINDOW = 48  # longer than any read-more label: only the end of a line is searched


@memo
def _shared_tail_start(text: str) -> int | None:
    """:func:`_tail_start` with the shared lexicon, cached per line text (every view and pass asks again)."""
    return _tail_start(text, load_lexicon())


def _tail_start(text: str, lex: Lexicon) -> int | None:
    """Where a read-more label ending ``text`` starts, if one does (and something precedes it)."""
    if lex.suffixes is None:
        return None
    offset = max(0, len(text) - _TAIL_WINDOW)
    # The case-insensitive search tries the phrases one by one at each place; the lowered twin says first,
    # at less cost, when no phrase is there (a match of the pattern holds a match of its phrases).
    if not might_find(lex.suffixes_lowered, text, offset):
        return None
    m = lex.suffixes.search(text, offset)
    if m is None or m.start() == 0:
        return None
    before, first = text[m.start() - 1], text[m.start()]
    if before.isalnum() and not (before.islower() and first.isupper()):
        return None  # "could spread more": the label's words inside a word, not a glued link
    return m.start()
