"""A view's distinct line texts, for cleaners' exact tests that no line can start a cut.

Most cleaners walk every line of a view and ask each rule of theirs at each
line, though most documents hold no line a rule could fire at. Where every
rule needs something of the line it fires at (or of a line it reads), a
necessary condition on a line's text alone (``may``) tells such documents
apart before the walk: when no line's text meets it, no rule can fire and the
walk would find nothing. The condition is asked once per distinct text, not
once per line: on a text whose lines repeat (menus, lists, logs, a page of
tiny lines) that is a small share of its lines, and the answers it asks are
the per-line memoised ones the walk would have asked.

The texts are kept per view (``Document.derived``), so the cleaners of one
view share them. A condition is only ever a pre-test: a line that meets it is
still read by the cleaner's own rules, so the cleaner's answer is the same
whether or not a document is tested first (each cleaner's equivalence test
runs both ways).
"""

from __future__ import annotations

from collections.abc import Callable
from operator import attrgetter

from boilerstrip.document import Document

#: Where a view keeps its distinct texts (``Document.derived``).
DISTINCT_KEY = "distinct_texts"

_TEXT = attrgetter("text")


def distinct_texts(doc: Document) -> tuple[str, ...]:
    r"""The texts of ``doc``'s non-blank lines, each once, in the order they first stand.

    >>> distinct_texts(Document("Home\nNews\n\nHome\nThe story."))
    ('Home', 'News', 'The story.')
    """
    return doc.derived(DISTINCT_KEY, _distinct)


def _distinct(doc: Document) -> tuple[str, ...]:
    # dict.fromkeys keeps the first place of each text, in C; a set would do as well but for the order.
    return tuple(dict.fromkeys(map(_TEXT, doc.content)))


def none_may(doc: Document, may: Callable[[str], object]) -> bool:
    r"""Whether no non-blank line of ``doc`` has a text ``may`` holds true of (each text asked once, in order).

    >>> none_may(Document("w1\nw2\nw1"), lambda text: ":" in text), none_may(Document("a\nb: c"), str.isalpha)
    (True, False)
    """
    return not any(map(may, distinct_texts(doc)))


def text_holds(doc: Document, piece: str) -> bool:
    r"""Whether the view's text holds ``piece``: a line whose text holds it can stand in the view only then.

    Each line's text is a piece of the view's text, so a search of the whole text in C answers for every line
    at once (the cleaners' tests of a line's marks: a footnote's arrow, a tag's bracket, a label's colon).

    >>> text_holds(Document("w1\nw2"), ":"), text_holds(Document("Note: x"), ":")
    (False, True)
    """
    return piece in doc.text
