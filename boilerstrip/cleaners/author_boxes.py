r"""author_boxes: the box about the writer below a story (a name or an "About the author" header, a short bio).

The rule itself lives in :mod:`boilerstrip.rules.author_box`. This cleaner
runs after ``metadata_lines``, whose byline names (its facts) tell a paragraph
about the writer from one about anybody else, and before ``ui_strings``, which
would cut an "About the author" header as a menu label and leave the box
without its name.

>>> from boilerstrip.document import Document
>>> from boilerstrip.types import Fact
>>> story = "The council approved the budget on Tuesday after a long debate in the hall."
>>> doc = Document(story + "\nDana Whitcomb covers transport for the paper.", facts=[Fact("author", "Dana Whitcomb")])
>>> [(c.reason, c.evidence) for c in AuthorBoxes().find(doc)]
[('author_bio', 'position')]
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import ClassVar

from boilerstrip.cleaners.metadata_lines import bare_names
from boilerstrip.document import Document
from boilerstrip.rules.author_box import author_boxes
from boilerstrip.rules.kit import body_start
from boilerstrip.types import Cut


@dataclass(frozen=True)
class AuthorBoxes:
    """Remove author boxes: the writer's name or a bio header, and the short paragraph about the writer."""

    name: str = field(default="author_boxes", init=False)
    #: What each reason's cuts rest on (boilerstrip.evidence); a box under a lexicon header names ``phrase``.
    evidence: ClassVar[Mapping[str, str]] = {"author_bio": "position"}
    version: int = field(default=1, init=False)
    reasons: dict[str, str] = field(
        default_factory=lambda: {
            "author_bio": "an author box below the story: the writer's name or an 'About the author' header, "
            "and a short paragraph about the writer",
        },
        init=False,
    )

    def find(self, doc: Document) -> Iterator[Cut]:
        """Propose the lines of every author box below the story's first paragraph."""
        authors = {f.value for f in doc.facts_for("author") if isinstance(f.value, str)}
        yield from author_boxes(doc.content, doc.removed_before_line, authors, bare_names, body_start(doc))
