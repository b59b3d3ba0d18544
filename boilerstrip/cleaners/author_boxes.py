r"""author_boxes: the boxes about who wrote a story (a writer's bio) or issued it (a press release's issuer).

The writer's box is a name or an "About the author" header and a short bio; a press release's box about its
issuer and its press contact are read by :mod:`boilerstrip.rules.issuer_box`.
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
from boilerstrip.rules.author_box import author_boxes, head_bio
from boilerstrip.rules.issuer_box import issuer_cuts
from boilerstrip.rules.kit import body_start
from boilerstrip.types import Cut


@dataclass(frozen=True)
class AuthorBoxes:
    """Remove author boxes: the writer's name or a bio header, and the short paragraph about the writer."""

    name: str = field(default="author_boxes", init=False)
    #: What each reason's cuts rest on (boilerstrip.evidence); a box under a lexicon header names ``phrase``.
    #: A release's issuer box and press contact are forms: known wording, where a release puts it.
    evidence: ClassVar[Mapping[str, str]] = {"author_bio": "position", "issuer_box": "form", "press_contact": "phrase"}
    version: int = field(default=5, init=False)
    reasons: dict[str, str] = field(
        default_factory=lambda: {
            "author_bio": "an author box below the story: the writer's name or an 'About the author' header, "
            "and a short paragraph about the writer",
            "issuer_box": "a press release's box about its issuer: 'About Cascade Orchard Cooperative' and the "
            "paragraph the issuer prints under every release",
            "press_contact": "a press release's contact line: 'Media Contact: Ellen Marsh, (541) 000-0000'",
        },
        init=False,
    )

    def find(self, doc: Document) -> Iterator[Cut]:
        """Propose the lines of every author box below the story's first paragraph."""
        authors = {f.value for f in doc.facts_for("author") if isinstance(f.value, str)}
        start = body_start(doc)
        yield from author_boxes(doc.content, doc.removed_before_line, authors, bare_names, start)
        if authors:
            yield from head_bio(doc.content, doc.removed_before_line, start, authors)
        yield from issuer_cuts(doc.content)
