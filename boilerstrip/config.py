"""Pipeline configuration: one frozen object, loadable from TOML.

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
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from boilerstrip.errors import ConfigError

_ON_ERROR = ("raise", "skip")


@dataclass(frozen=True)
class Config:
    """How a pipeline is built and run.

    ``cleaners``: the cleaner names in order (``None`` = the default pipeline).
    ``options``: per-cleaner keyword options, keyed by cleaner name.
    ``on_error``: ``"raise"`` propagates a cleaner's exception; ``"skip"``
    records a :class:`~boilerstrip.types.Skip` and goes on without that cleaner.
    ``lang``: force the document language (ISO 639-1) instead of detecting it.
    """

    cleaners: tuple[str, ...] | None = None
    options: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    on_error: str = "raise"
    lang: str | None = None

    def __post_init__(self) -> None:
        if self.on_error not in _ON_ERROR:
            raise ConfigError(f"on_error must be one of {', '.join(_ON_ERROR)}, not {self.on_error!r}")
        if self.cleaners is not None and not isinstance(self.cleaners, tuple):
            object.__setattr__(self, "cleaners", tuple(self.cleaners))

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
            if key not in ("pipeline", "cleaners"):
                raise ConfigError.unknown_key(key, "the configuration file", ["pipeline", "cleaners"])
        pipeline = data.get("pipeline", {})
        if not isinstance(pipeline, Mapping):
            raise ConfigError("[pipeline] must be a table")
        valid = ["cleaners", "on_error", "lang"]
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
            lang=pipeline.get("lang"),
        )
