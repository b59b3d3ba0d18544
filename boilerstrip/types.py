"""Value types shared by the pipeline and the cleaners.

All of them are frozen, slotted dataclasses: they cross thread and process
boundaries safely and cannot be mutated behind the pipeline's back.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

#: The role of a cleaner whose cuts are formatting, not chrome (whitespace normalisation): rules
#: looking for chrome next to a line ignore such cuts. A cleaner declares it as ``role = FORMATTING``;
#: one without a ``role`` removes chrome.
FORMATTING = "formatting"

#: A value a cleaner rescues from chrome: a string, or a small record such as
#: ``{"caption": ..., "credit": ...}`` for an image.
FactValue = str | Mapping[str, str | None]


@dataclass(frozen=True, slots=True)
class Fact:
    """One piece of metadata a cleaner found in the text it cut.

    ``key`` is one of the keys ``boilerstrip.metadata.FACT_SCHEMA`` knows
    (``title``, ``author``, ``image``, ``related``...), whose value must have
    the shape the schema says (a ``str``, or a record for ``image``,
    ``dateline`` and ``related``: the pipeline rejects a cut that breaks
    this); any other key is kept, with its values, in ``Metadata.extra``.
    """

    key: str
    value: FactValue


@dataclass(frozen=True, slots=True)
class Cut:
    """A span of the current text that a cleaner proposes to replace.

    Offsets are code-point offsets into ``Document.text`` (the view the cleaner
    was given), half-open. ``replacement`` is usually ``""``.

    >>> Cut(0, 5, "credit_line").end
    5
    """

    start: int
    end: int
    reason: str
    replacement: str = ""
    detail: str = ""
    facts: tuple[Fact, ...] = ()
    #: What the cut rests on (see :mod:`boilerstrip.evidence`); empty means what the cleaner
    #: declares for ``reason`` in its ``evidence`` mapping.
    evidence: str = ""


_CUT_SETTERS = tuple(
    getattr(Cut, name).__set__ for name in ("start", "end", "reason", "replacement", "detail", "facts", "evidence")
)


def new_cut(
    start: int,
    end: int,
    reason: str,
    replacement: str = "",
    detail: str = "",
    facts: tuple[Fact, ...] = (),
    evidence: str = "",
) -> Cut:
    """``Cut(start, end, reason, replacement, detail, facts, evidence)``, at half the cost.

    A frozen dataclass sets each field through ``object.__setattr__``; the slot descriptors set
    them directly. The rule kit's ``cut_line`` makes one per line it cuts or proposes, and the line
    labeller proposes most lines of a page of short lines. The arguments are not checked here
    (the pipeline checks every cut a cleaner yields).

    >>> new_cut(0, 5, "credit_line", detail="d") == Cut(0, 5, "credit_line", detail="d")
    True
    """
    cut: Cut = object.__new__(Cut)
    s_start, s_end, s_reason, s_replacement, s_detail, s_facts, s_evidence = _CUT_SETTERS
    s_start(cut, start)
    s_end(cut, end)
    s_reason(cut, reason)
    s_replacement(cut, replacement)
    s_detail(cut, detail)
    s_facts(cut, facts)
    s_evidence(cut, evidence)
    return cut


@dataclass(frozen=True, slots=True)
class Removal:
    """A recorded replacement of ``source[start:end]`` (``text``) by ``replacement``.

    ``at`` is where ``replacement`` begins in ``Result.text``. ``evidence`` is
    what the cut rests on (a kind of :mod:`boilerstrip.evidence`: ``phrase``,
    ``form``, ``shape``...); ``score`` is the line labeller's chrome probability
    for the line the cut lies in (the highest, if it spans several), or ``None``
    where no line was scored (formatting cuts, a pipeline without the labeller).
    """

    start: int
    end: int
    text: str
    replacement: str
    cleaner: str
    reason: str
    detail: str = ""
    at: int = 0
    evidence: str = ""
    score: float | None = None

    def to_dict(self) -> dict[str, object]:
        """Return the JSON-ready form of this removal."""
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "replacement": self.replacement,
            "cleaner": self.cleaner,
            "reason": self.reason,
            "detail": self.detail,
            "at": self.at,
            "evidence": self.evidence,
            "score": self.score,
        }


@dataclass(frozen=True, slots=True)
class Skip:
    """A cleaner that failed under ``on_error="skip"``: the run went on without it."""

    cleaner: str
    error_type: str
    message: str

    def to_dict(self) -> dict[str, str]:
        """Return the JSON-ready form of this skip."""
        return {"cleaner": self.cleaner, "error_type": self.error_type, "message": self.message}


@dataclass(frozen=True, slots=True)
class PriorCut:
    """What an earlier cleaner removed, as later cleaners see it in their view.

    ``at`` is the view offset where the removed text used to be; ``formatting``
    is true for the cuts of a cleaner whose role is formatting (whitespace).
    """

    at: int
    cleaner: str
    reason: str
    formatting: bool = False


@dataclass(frozen=True, slots=True)
class PageEvidence:
    """What an HTML page says about the text extracted from it, handed to the text pipeline as data.

    ``clean_html`` builds one per page from the DOM scan and the page's
    declarations; text input has none. ``widget_texts`` maps the normalised text
    of each widget element (share bar, newsletter box, caption...) to its kind;
    ``protected`` holds texts that also occur in the page's prose outside any
    widget; ``headlines`` the page's declared headlines, casefolded;
    ``vetoed`` the widget kinds that make up so much of the extracted text that
    they are the article on this page, not chrome; ``content_lines`` maps the
    key (``boilerstrip.protect.content_key``) of each line of the page's code,
    preformatted text, tables and block quotations to its kind: weak evidence
    never cuts them.
    """

    widget_texts: Mapping[str, str] = field(default_factory=dict)
    protected: frozenset[str] = frozenset()
    headlines: frozenset[str] = frozenset()
    vetoed: frozenset[str] = frozenset()
    content_lines: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class NodeRemoval:
    """A page element the HTML stage set aside as a widget: what it was and why.

    ``kind`` names the widget (``share``, ``newsletter``, ``related``,
    ``figure``...), ``path`` is the element's XPath in the parsed page and
    ``text`` the start of its whitespace-normalised text (``chars`` is the full
    length).
    """

    kind: str
    tag: str
    path: str
    text: str
    chars: int

    def to_dict(self) -> dict[str, object]:
        """Return the JSON-ready form of this node removal."""
        return {"kind": self.kind, "tag": self.tag, "path": self.path, "text": self.text, "chars": self.chars}
