r"""The settings a pipeline runs under: its limits, error policies and language, in one frozen value.

:class:`~boilerstrip.config.Config` is what users write (cleaners, options and
these settings); :class:`RunSettings` is the part a built
:class:`~boilerstrip.pipeline.Pipeline` keeps and ``clean_html`` reads, so the
HTML limits travel with the pipeline instead of being passed beside it.

>>> RunSettings().limits.max_html_elements
25000
>>> RunSettings(on_error="skip").on_error
'skip'
"""

from __future__ import annotations

from dataclasses import dataclass, field

from boilerstrip.errors import ConfigError

#: Default cap on the input length, in code points (about 1 MB of Latin text, ~150,000 words).
DEFAULT_MAX_CHARS = 1_000_000
#: Default cap on the HTML handed to ``clean_html``, in code points or bytes: trafilatura grows faster
#: than linearly past about 1 MB of HTML, so much larger pages would hold a worker for minutes.
DEFAULT_MAX_HTML_CHARS = 5_000_000
#: Default cap on the elements of a page given to trafilatura. Past it, ``clean_html`` reads the text
#: from the page's blocks instead: trafilatura's XPath queries (``//p//text()``) cost the square of the
#: element count in libxml2, 7 s for 20,000 paragraphs of two nodes each, so a 5 MB page of tiny
#: paragraphs would take many minutes. The largest of the 1,171 benchmark pages has 10,106 elements.
DEFAULT_MAX_HTML_ELEMENTS = 25_000
#: Default wall-clock budget for one document, in seconds.
DEFAULT_TIME_BUDGET = 30.0
#: Default number of passes of the pipeline over its own output (see ``Pipeline``): the pass after
#: the one that makes the last cut changes nothing, so three passes settle nearly every text.
DEFAULT_MAX_PASSES = 3
#: Default share of a view's prose-like text one cleaner may remove (see :mod:`boilerstrip.guard`).
DEFAULT_MAX_PROSE_LOSS = 0.5
#: Default share of the input's prose-like text the whole pipeline may remove.
DEFAULT_MAX_TOTAL_PROSE_LOSS = 0.6


@dataclass(frozen=True, slots=True)
class Limits:
    """The per-document limits a pipeline and ``clean_html`` enforce (``None`` = off); see ``Config`` for each."""

    max_chars: int | None = DEFAULT_MAX_CHARS
    max_html_chars: int | None = DEFAULT_MAX_HTML_CHARS
    max_html_elements: int | None = DEFAULT_MAX_HTML_ELEMENTS
    time_budget: float | None = DEFAULT_TIME_BUDGET
    max_prose_loss: float | None = DEFAULT_MAX_PROSE_LOSS
    max_total_prose_loss: float | None = DEFAULT_MAX_TOTAL_PROSE_LOSS
    max_passes: int | None = DEFAULT_MAX_PASSES

    @property
    def guarded(self) -> bool:
        """True when the prose-loss guard is on in either form."""
        return self.max_prose_loss is not None or self.max_total_prose_loss is not None


#: The settings of the one precision/recall dial (``Config.favor``; see :mod:`boilerstrip.gate`),
#: from keeping the most prose to removing the most chrome.
FAVOR_CHOICES = ("prose", "balanced", "clean")
DEFAULT_FAVOR = "balanced"

#: The two answers to a failing cleaner: propagate (``raise``) or record a Skip and go on (``skip``).
ERROR_POLICIES = ("raise", "skip")


@dataclass(frozen=True, slots=True)
class RunSettings:
    """How a built pipeline runs: error policies, forced language, limits and the dial (see ``Config`` for each)."""

    on_error: str = "raise"
    on_contract_error: str = "raise"
    lang: str | None = None
    limits: Limits = field(default_factory=Limits)
    favor: str = DEFAULT_FAVOR

    def __post_init__(self) -> None:
        check_error_policies(self.on_error, self.on_contract_error)
        check_favor(self.favor)


def check_favor(favor: str) -> None:
    """Raise :class:`ConfigError` unless ``favor`` is one of :data:`FAVOR_CHOICES`."""
    if favor not in FAVOR_CHOICES:
        raise ConfigError(f"favor must be one of {', '.join(FAVOR_CHOICES)}, not {favor!r}")


def check_error_policies(on_error: str, on_contract_error: str) -> None:
    """Raise :class:`ConfigError` unless both policies are one of :data:`ERROR_POLICIES`."""
    for name, value in (("on_error", on_error), ("on_contract_error", on_contract_error)):
        if value not in ERROR_POLICIES:
            raise ConfigError(f"{name} must be one of {', '.join(ERROR_POLICIES)}, not {value!r}")
