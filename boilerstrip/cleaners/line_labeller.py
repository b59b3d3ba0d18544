r"""line_labeller: lines the trained line labeller scores as chrome, which no rule names.

Menus, teaser lists, section labels and comment furniture take new forms on
every site; the phrase lists cannot hold them all. The labeller
(:mod:`boilerstrip.labeller`) scores each line from its shape, words, place and
neighbours. This cleaner proposes the lines it scores at or above
``threshold``, as ``model`` evidence: weak evidence, so the gate
(:mod:`boilerstrip.gate`) admits a proposal only above the dial's own bar
(``Config.favor``), outside protected content, and it never proposes a
sentence.

>>> from boilerstrip.document import Document
>>> prose = "The council approved the new school budget on Tuesday, after a long debate. " * 3
>>> doc = Document("Home\nNews\nSport\nWeather\n\n" + prose)
>>> [c.reason for c in LineLabeller().find(doc)][:1]
['labelled_chrome']
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import ClassVar

from boilerstrip.document import Document
from boilerstrip.guard import is_prose_line
from boilerstrip.labeller import chrome_scores
from boilerstrip.rules.kit import cut_line
from boilerstrip.rules.shapes import ends_sentence, ends_with_ellipsis, word_count
from boilerstrip.types import Cut

#: The lowest score proposed by default; the dial's bar (``gate.DIALS``) is higher in every setting.
DEFAULT_THRESHOLD = 0.5


def _sentence(text: str) -> bool:
    """A line the labeller never proposes: prose-like, or a sentence of three words or more."""
    return is_prose_line(text) or (ends_sentence(text) and not ends_with_ellipsis(text) and word_count(text) >= 3)


@dataclass(frozen=True)
class LineLabeller:
    """Propose the lines the line labeller scores as chrome (``threshold`` and up), prose-like lines excepted."""

    name: str = field(default="line_labeller", init=False)
    #: What each reason's cuts rest on (boilerstrip.evidence).
    evidence: ClassVar[Mapping[str, str]] = {"labelled_chrome": "model"}
    version: int = field(default=1, init=False)
    reasons: dict[str, str] = field(
        default_factory=lambda: {
            "labelled_chrome": "a line the trained line labeller scores as chrome; detail=its score",
        },
        init=False,
    )
    threshold: float = DEFAULT_THRESHOLD

    def find(self, doc: Document) -> Iterator[Cut]:
        """Propose every non-prose line scoring at least ``threshold``."""
        scores = chrome_scores(doc)
        for line in doc.content:
            score = scores[line.index]
            # A sentence (a long line with sentence punctuation, or three words or more ending like one) is
            # prose in almost every case the labeller gets wrong; chrome that is a sentence has a phrase.
            if score is not None and score >= self.threshold and not _sentence(line.text):
                yield cut_line(line, "labelled_chrome", detail=f"{score:.2f}")
