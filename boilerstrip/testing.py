r"""Helpers for testing cleaners, for the built-ins and for plugin authors.

>>> from boilerstrip.cleaners import UiStrings
>>> cuts("Advertisement\nThe port opened on Monday.", UiStrings())
[('ad_marker', 'Advertisement\n')]
"""

from __future__ import annotations

from collections.abc import Iterable

from boilerstrip.cleaner import Cleaner, collect_cuts, validated_cuts
from boilerstrip.document import Document
from boilerstrip.pipeline import Pipeline


def cuts(text: str, cleaner: Cleaner, *, lang: str | None = "en") -> list[tuple[str, str]]:
    """Run one cleaner on ``text`` and return ``(reason, cut text)`` pairs, checked as a pipeline run checks them."""
    doc = Document(text, lang=lang)
    found = validated_cuts(cleaner, collect_cuts(cleaner.name, cleaner.find(doc), len(text)), len(text))
    return [(c.reason, text[c.start : c.end]) for c in found]


def check_cleaner(cleaner: Cleaner, samples: Iterable[str]) -> None:
    """Assert the cleaner contract on ``samples``: valid cuts, determinism, exact restore in a pipeline.

    Raises ``AssertionError`` or :class:`~boilerstrip.errors.CleanerContractError`.
    """
    assert cleaner.name and cleaner.name == cleaner.name.strip(), "a cleaner needs a name"
    assert isinstance(cleaner.version, int)
    pipe = Pipeline([cleaner])
    for text in samples:
        first = cuts(text, cleaner, lang=None)
        assert first == cuts(text, cleaner, lang=None), f"{cleaner.name} is not deterministic"
        result = pipe(text)
        assert result.restore() == text
        assert result.apply_to(text) == result.text
