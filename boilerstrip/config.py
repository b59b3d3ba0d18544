r"""Pipeline configuration: one frozen object, loadable from TOML.

>>> cfg = Config.from_toml_text('''
... [pipeline]
... cleaners = ["photo_credits", "whitespace"]
... [cleaners.photo_credits]
... keep_credits = false
... ''')
>>> cfg.cleaners
('photo_credits', 'whitespace')
>>> cfg.replace(on_error="skip").on_error
'skip'
>>> Config.from_toml_text('[limits]  \n time_budget = false').time_budget is None
True
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from boilerstrip.errors import ConfigError
from boilerstrip.settings import (
    DEFAULT_FAVOR,
    DEFAULT_MAX_CHARS,
    DEFAULT_MAX_HTML_CHARS,
    DEFAULT_MAX_HTML_ELEMENTS,
    DEFAULT_MAX_PASSES,
    DEFAULT_MAX_PROSE_LOSS,
    DEFAULT_MAX_TOTAL_PROSE_LOSS,
    DEFAULT_TIME_BUDGET,
    Limits,
    RunSettings,
    check_error_policies,
    check_favor,
)

#: The ``[limits]`` keys of a TOML configuration; ``false`` there turns a limit off.
LIMIT_KEYS = (
    "max_chars",
    "max_html_chars",
    "max_html_elements",
    "time_budget",
    "max_prose_loss",
    "max_total_prose_loss",
    "max_passes",
)


@dataclass(frozen=True)
class Config:
    """How a pipeline is built and run.

    ``cleaners``: the cleaner names in order (``None`` = the default pipeline).
    ``options``: per-cleaner keyword options, keyed by cleaner name.
    ``on_error``: ``"raise"`` propagates a cleaner's exception; ``"skip"``
    records a :class:`~boilerstrip.types.Skip` and goes on without that cleaner.
    ``lang``: force the document language (ISO 639-1) instead of detecting it.

    Limits (``None`` turns one off; see ``docs/security.md``):
    ``max_chars``: longer text is returned unchanged, flagged ``input_too_large``.
    ``max_html_chars``: the same for the HTML given to ``clean_html``.
    ``max_html_elements``: pages with more elements are not given to
    trafilatura; their text is read from the page's blocks (flag
    ``extractor_fallback``).
    ``time_budget``: seconds per document; cleaners left when it runs out are
    skipped and the result is flagged ``time_budget_exceeded``.
    ``max_prose_loss``: a cleaner whose cuts would remove more than this share
    of the prose-like text it sees is held back (flag ``prose_guard``).
    ``max_total_prose_loss``: the same for everything the pipeline removes.
    ``max_passes``: how many times the pipeline may run over its own output
    until a pass cuts nothing; a text still changing after the last pass is
    flagged ``not_converged``. ``1`` gives a single pass.
    ``on_contract_error``: ``"raise"`` (default) or ``"skip"`` for a cleaner
    that returns invalid cuts or changes the document it was given.
    ``favor``: the precision/recall dial for cuts on weak evidence (a line's
    shape or place): ``"prose"`` lets only strong evidence cut, ``"balanced"``
    (default) needs strong evidence elsewhere in the document and the line
    labeller's agreement, ``"clean"`` removes more (see ``boilerstrip.gate``).
    """

    cleaners: tuple[str, ...] | None = None
    options: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    on_error: str = "raise"
    lang: str | None = None
    max_chars: int | None = DEFAULT_MAX_CHARS
    max_html_chars: int | None = DEFAULT_MAX_HTML_CHARS
    max_html_elements: int | None = DEFAULT_MAX_HTML_ELEMENTS
    time_budget: float | None = DEFAULT_TIME_BUDGET
    max_prose_loss: float | None = DEFAULT_MAX_PROSE_LOSS
    max_total_prose_loss: float | None = DEFAULT_MAX_TOTAL_PROSE_LOSS
    max_passes: int | None = DEFAULT_MAX_PASSES
    on_contract_error: str = "raise"
    favor: str = DEFAULT_FAVOR

    def __post_init__(self) -> None:
        check_error_policies(self.on_error, self.on_contract_error)
        check_favor(self.favor)
        if self.cleaners is not None and not isinstance(self.cleaners, tuple):
            object.__setattr__(self, "cleaners", tuple(self.cleaners))
        if not isinstance(self.options, Mapping) or not all(isinstance(v, Mapping) for v in self.options.values()):
            raise ConfigError("options must map cleaner names to mappings of keyword options")
        # A private copy: a caller mutating its dict later cannot change a frozen Config.
        object.__setattr__(self, "options", {str(k): dict(v) for k, v in self.options.items()})
        for name in ("max_chars", "max_html_chars", "max_html_elements", "max_passes"):
            _check_limit(self, name, integer=True, upper=None)
        _check_limit(self, "time_budget", integer=False, upper=None)
        _check_limit(self, "max_prose_loss", integer=False, upper=1.0)
        _check_limit(self, "max_total_prose_loss", integer=False, upper=1.0)

    @property
    def limits(self) -> Limits:
        """The per-document limits, HTML ones included."""
        return Limits(**{name: getattr(self, name) for name in LIMIT_KEYS})

    @property
    def settings(self) -> RunSettings:
        """What a pipeline built from this configuration runs under (everything but the cleaners)."""
        return RunSettings(self.on_error, self.on_contract_error, self.lang, self.limits, self.favor)

    @classmethod
    def keys(cls) -> list[str]:
        """The option names ``clean()`` and :meth:`replace` accept."""
        return [f.name for f in fields(cls)]

    def replace(self, **overrides: Any) -> Config:
        """Return a copy with ``overrides`` applied; unknown names raise :class:`ConfigError`."""
        for key in overrides:
            if key not in self.keys():
                raise ConfigError.unknown_key(key, "Config", self.keys())
        return replace(self, **overrides)

    @classmethod
    def from_toml_text(cls, text: str) -> Config:
        """Parse a TOML configuration (see ``docs/configuration.md``)."""
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"invalid TOML configuration: {exc}") from exc
        return cls.from_dict(data)

    @classmethod
    def from_file(cls, path: str | Path) -> Config:
        """Read a TOML configuration file."""
        try:
            text = Path(path).read_text(encoding="utf-8")
        except OSError as exc:
            raise ConfigError(f"cannot read configuration {str(path)!r}: {exc}") from exc
        return cls.from_toml_text(text)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Config:
        """Build a configuration from the parsed TOML structure."""
        for key in data:
            if key not in ("pipeline", "cleaners", "limits"):
                raise ConfigError.unknown_key(key, "the configuration file", ["pipeline", "cleaners", "limits"])
        limits = data.get("limits", {})
        if not isinstance(limits, Mapping):
            raise ConfigError("[limits] must be a table")
        for key in limits:
            if key not in LIMIT_KEYS:
                raise ConfigError.unknown_key(key, "[limits]", LIMIT_KEYS)
        pipeline = data.get("pipeline", {})
        if not isinstance(pipeline, Mapping):
            raise ConfigError("[pipeline] must be a table")
        valid = ["cleaners", "on_error", "on_contract_error", "lang", "favor"]
        for key in pipeline:
            if key not in valid:
                raise ConfigError.unknown_key(key, "[pipeline]", valid)
        names = pipeline.get("cleaners")
        if names is not None and (not isinstance(names, list) or not all(isinstance(n, str) for n in names)):
            raise ConfigError("[pipeline] cleaners must be a list of cleaner names")
        options = data.get("cleaners", {})
        if not isinstance(options, Mapping) or not all(isinstance(v, Mapping) for v in options.values()):
            raise ConfigError("[cleaners.<name>] sections must be tables of options")
        return cls(
            cleaners=tuple(names) if names is not None else None,
            options={k: dict(v) for k, v in options.items()},
            on_error=str(pipeline.get("on_error", "raise")),
            on_contract_error=str(pipeline.get("on_contract_error", "raise")),
            lang=pipeline.get("lang"),
            favor=str(pipeline.get("favor", DEFAULT_FAVOR)),
            # TOML has no null: `false` turns a limit off, a missing key keeps the default.
            **{k: (None if v is False else v) for k, v in limits.items()},
        )


def _check_limit(config: Config, name: str, *, integer: bool, upper: float | None) -> None:
    """Validate one limit field: ``None``/``False`` (off) or a positive number (at most ``upper``)."""
    value = getattr(config, name)
    if value is None or value is False:
        object.__setattr__(config, name, None)
        return
    kind = int if integer else (int, float)
    if isinstance(value, bool) or not isinstance(value, kind) or value <= 0 or (upper is not None and value > upper):
        bound = f" and at most {upper:g}" if upper is not None else ""
        what = "an integer" if integer else "a number"
        raise ConfigError(
            f"{name} must be {what} above 0{bound}, or None (false in TOML) to turn it off; got {value!r}"
        )
    if not integer:
        object.__setattr__(config, name, float(value))
