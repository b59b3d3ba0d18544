r"""The line labeller's scores of a pass's first view, by line text, computed when something first reads them.

The pipeline scores each pass on its first view and carries the scores to the pass's later views by line text
(``pipeline._carry_pass_views``). Most documents never read them: on the 181 AEB texts, 94 propose no cut in any
pass, and a document that shows no strong chrome holds every weak cut whatever the scores
(``Pipeline._holds_weak``, :func:`~boilerstrip.labeller.score_ceiling`). So the scores are computed when first
read: by the gate judging a cut, a cleaner that reads them, or :func:`~boilerstrip.gate.thin_chrome`, which first
asks only how many line texts were scored (:meth:`PassScores.__len__`, told without scoring).

>>> from boilerstrip.document import Document
>>> scores = PassScores(Document("Home\nNews\nHome\n\nThe council approved the budget on Tuesday."))
>>> len(scores), scores.computed
(3, False)
>>> sorted(scores) == ["Home", "News", "The council approved the budget on Tuesday."], scores.computed
(True, True)
>>> len(PassScores(None)), PassScores(None).get("Home")
(0, None)
"""

from __future__ import annotations

from collections.abc import ItemsView, Iterator, Mapping

from boilerstrip.document import Document
from boilerstrip.labeller import chrome_scores


class PassScores(Mapping[str, float]):
    """The highest score of each line text of ``view`` (``None``: no view scored, no scores), read when first asked.

    ``view`` is a pass's first view that the labeller scores: every non-blank line gets a score, so the texts
    scored are the non-blank ones (what :meth:`__len__` counts without scoring).
    """

    __slots__ = ("_by_text", "_view")

    def __init__(self, view: Document | None) -> None:
        self._view = view
        self._by_text: dict[str, float] | None = None if view is not None else {}

    @property
    def computed(self) -> bool:
        """Whether the scores have been computed (for tests: reading their number computes nothing)."""
        return self._by_text is not None

    def by_text(self) -> dict[str, float]:
        """The scores by line text: a line text's highest score on the view, computed on the first call."""
        known = self._by_text
        if known is None:
            view = self._view
            assert view is not None, "a view to score"
            known = {}
            get = known.get  # bound once: this loop runs over every line of every pass's first view
            for line, score in zip(view.lines, chrome_scores(view), strict=True):
                if score is not None:
                    text = line.text
                    known[text] = max(score, get(text, 0.0))
            self._by_text = known
        return known

    def __getitem__(self, text: str) -> float:
        return self.by_text()[text]

    def __iter__(self) -> Iterator[str]:
        return iter(self.by_text())

    def __len__(self) -> int:
        if self._by_text is not None:
            return len(self._by_text)
        # Every non-blank line of a scored view has a score, every blank one none (``labeller.chrome_scores``).
        assert self._view is not None, "a view to count"
        return len({line.text for line in self._view.lines if line.text})

    def items(self) -> ItemsView[str, float]:
        """The scores' items, from the dict itself."""
        return self.by_text().items()
