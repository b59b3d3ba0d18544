r"""The cleaner extension point: the :class:`Cleaner` protocol and its helpers.

A cleaner has a ``name`` (one name everywhere: registry, config, docs and
``Removal.cleaner``), a ``version`` bumped whenever its output changes, the
``reasons`` it may emit with a one-line description each, and one method,
``find(doc)``, which proposes :class:`~boilerstrip.types.Cut` objects. It
never edits text: the pipeline applies and records the cuts.

A plain generator function becomes a cleaner with :func:`cleaner`:

>>> from boilerstrip.document import Document
>>> @cleaner("shouting_lines", reasons={"all_caps": "a line written in capitals"})
... def shouting_lines(doc):
...     for line in doc.content:
...         if line.text.isupper():
...             yield Cut(line.start, line.next_start, "all_caps")
>>> [c.reason for c in shouting_lines.find(Document("BUY NOW\nThe port opened."))]
['all_caps']
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from operator import attrgetter
from typing import Protocol, runtime_checkable

from boilerstrip.document import Document
from boilerstrip.errors import CleanerContractError
from boilerstrip.metadata import fact_problem
from boilerstrip.types import Cut, Fact

__all__ = [
    "Cleaner",
    "FunctionCleaner",
    "check_cuts",
    "check_unchanged",
    "cleaner",
    "collect_cuts",
    "is_builtin",
    "validated_cuts",
]


@runtime_checkable
class Cleaner(Protocol):
    """What the pipeline needs from a cleaner."""

    @property
    def name(self) -> str:
        """Registry key, snake_case, naming what the cleaner removes."""
        ...

    @property
    def version(self) -> int:
        """Bumped whenever the output changes for the same input."""
        ...

    @property
    def reasons(self) -> Mapping[str, str]:
        """Reason code -> one-line description, for every reason ``find`` may emit."""
        ...

    def find(self, doc: Document) -> Iterable[Cut]:
        """Propose cuts on ``doc.text``; never mutate anything."""
        ...


FindFunction = Callable[[Document], Iterable[Cut]]


@dataclass(frozen=True, slots=True)
class FunctionCleaner:
    """A cleaner made from a plain function by :func:`cleaner`."""

    name: str
    reasons: Mapping[str, str]
    func: FindFunction
    version: int = 1
    description: str = ""
    #: What each reason's cuts rest on (see :mod:`boilerstrip.evidence`); ``None`` declares nothing and
    #: the cuts count as ``plugin`` evidence, which is strong.
    evidence: Mapping[str, str] | None = None

    def find(self, doc: Document) -> Iterable[Cut]:
        """Delegate to the wrapped function."""
        return self.func(doc)


def cleaner(
    name: str, *, reasons: Mapping[str, str], version: int = 1, evidence: Mapping[str, str] | None = None
) -> Callable[[FindFunction], FunctionCleaner]:
    """Turn a ``find(doc) -> Iterable[Cut]`` function into a cleaner.

    ``evidence`` maps each reason to the kind of evidence its cuts rest on
    (:mod:`boilerstrip.evidence`): weak kinds (``shape``, ``position``...) go
    through the gate; without it the cuts are trusted as ``plugin`` evidence.
    """

    def wrap(func: FindFunction) -> FunctionCleaner:
        return FunctionCleaner(
            name=name,
            reasons=dict(reasons),
            func=func,
            version=version,
            description=(func.__doc__ or "").strip().split("\n")[0],
            evidence=dict(evidence) if evidence is not None else None,
        )

    return wrap


#: A cut's position, its sort key: ``(cut.start, cut.end)``, fetched in C.
_START_END = attrgetter("start", "end")


def check_cuts(name: str, reasons: Mapping[str, str], text_length: int, cuts: Sequence[Cut]) -> list[Cut]:
    """Validate one cleaner's cuts and return them sorted by position.

    Raises :class:`CleanerContractError` for a cut out of bounds, an unknown
    reason, a no-op cut, or two cuts that overlap.
    """
    ordered = sorted(cuts, key=_START_END)
    prev_end = -1
    for cut in ordered:
        if not (0 <= cut.start <= cut.end <= text_length):
            raise CleanerContractError(name, f"cut {cut.start}:{cut.end} is outside the text (length {text_length})")
        if cut.reason not in reasons:
            known = ", ".join(sorted(reasons)) or "(none)"
            raise CleanerContractError(name, f"undeclared reason {cut.reason!r}; declared reasons: {known}")
        if cut.start == cut.end and not cut.replacement:
            raise CleanerContractError(name, f"empty cut at {cut.start} changes nothing")
        if cut.start < prev_end:
            raise CleanerContractError(
                name, f"cut {cut.start}:{cut.end} overlaps the previous cut ending at {prev_end}"
            )
        prev_end = cut.end
    return ordered


def validated_cuts(c: Cleaner, found: list[Cut], text_length: int) -> list[Cut]:
    """Check drained cuts against everything ``c`` declares (reasons, and ``provides`` when given); sort them.

    What the pipeline applies and what :func:`boilerstrip.testing.cuts` shows
    go through here, so a test of one cleaner sees the contract a run enforces.
    """
    cuts = check_cuts(c.name, c.reasons, text_length, found)
    provides = getattr(c, "provides", None)
    if provides is not None:
        # A cleaner that declares what it provides is held to it: the order check at build time trusts it.
        for cut in cuts:
            for f in cut.facts:
                if f.key not in provides:
                    raise CleanerContractError(
                        c.name, f"fact key {f.key!r} is not among what it provides: {', '.join(provides)}"
                    )
    return cuts


def is_builtin(c: object) -> bool:
    """True for the cleaners shipped with boilerstrip (:mod:`boilerstrip.cleaners`, and the HTML stage's).

    They are trusted to leave the shared Document alone, so the pipeline reuses
    it across them; any other cleaner gets its Document discarded after it runs.
    """
    return type(c).__module__.startswith(("boilerstrip.cleaners.", "boilerstrip.html."))


def collect_cuts(name: str, found: object, text_length: int) -> list[Cut]:
    """Drain what ``find`` returned, checking that it is an iterable of well-typed :class:`Cut`.

    A cut's facts must fit :func:`~boilerstrip.metadata.fact_problem`: a value
    is a ``str`` or a mapping of ``str`` to ``str`` or ``None``, and a key
    :mod:`boilerstrip.metadata` knows takes the shape its schema row says
    (any other key goes to ``Metadata.extra``).
    """
    if isinstance(found, (str, bytes)) or not hasattr(found, "__iter__"):
        raise CleanerContractError(name, f"find() returned {type(found).__name__}, not an iterable of Cut")
    # Non-overlapping cuts cannot outnumber the text's positions (plus a few insertions):
    # a runaway generator is stopped here instead of filling memory.
    cap = 2 * text_length + 16
    out: list[Cut] = []
    for item in found:
        # The common case, a plain Cut of plain fields and no facts, in one test; anything else
        # (a subclass, a fact to check, a bad field) takes the full checks below.
        if (
            type(item) is Cut
            and type(item.start) is int
            and type(item.end) is int
            and type(item.reason) is str
            and type(item.replacement) is str
            and type(item.detail) is str
            and type(item.facts) is tuple
            and not item.facts
        ):
            out.append(item)
            if len(out) > cap:
                raise CleanerContractError(name, f"find() yielded more than {cap} cuts for a text of {text_length}")
            continue
        if not isinstance(item, Cut):
            raise CleanerContractError(name, f"find() yielded {type(item).__name__}, not Cut")
        if not (_is_int(item.start) and _is_int(item.end)):
            raise CleanerContractError(name, f"cut offsets must be int, got {item.start!r}:{item.end!r}")
        if not (isinstance(item.reason, str) and isinstance(item.replacement, str) and isinstance(item.detail, str)):
            raise CleanerContractError(name, "cut reason, replacement and detail must be str")
        if not (isinstance(item.facts, tuple) and all(isinstance(f, Fact) for f in item.facts)):
            raise CleanerContractError(name, "cut facts must be a tuple of Fact")
        for fact in item.facts:
            # A fact of the wrong shape would otherwise vanish from the metadata without a word.
            if (problem := fact_problem(fact)) is not None:
                raise CleanerContractError(name, problem)
        out.append(item)
        if len(out) > cap:
            raise CleanerContractError(name, f"find() yielded more than {cap} cuts for a text of {text_length}")
    return out


def _is_int(value: object) -> bool:
    # bool is an int subclass, but Cut(True, 5) is a bug, not an offset.
    return isinstance(value, int) and not isinstance(value, bool)


def check_unchanged(name: str, doc: Document, before: tuple[str, str | None, object, object, object]) -> None:
    """Raise if a cleaner rebound the Document's fields (its cuts would refer to another text)."""
    text, lang, prior, facts, page = before
    if (
        doc.text is not text
        or doc.lang != lang
        or doc.prior is not prior
        or doc.facts is not facts
        or doc.page is not page
    ):
        raise CleanerContractError(name, "find() modified the Document it was given")
