"""Name -> cleaner factory registry, with lazy lookup of third-party plugins.

The shipped cleaners are listed in one place (:data:`boilerstrip.cleaners.SHIPPED`,
read on first use, so ``import boilerstrip`` stays light and the cleaners
never import the registry).
Plugins declare cleaners in the entry-point group ``boilerstrip.cleaners``;
an entry point is read only when a name is asked for that is not built in,
or when :func:`available` is called with ``plugins=True``.
"""

from __future__ import annotations

import dataclasses
import functools
import inspect
from collections.abc import Callable, Mapping
from importlib import metadata as importlib_metadata
from typing import Any

from boilerstrip.cleaner import Cleaner
from boilerstrip.errors import ConfigError, DuplicateCleanerError, UnknownCleanerError

ENTRY_POINT_GROUP = "boilerstrip.cleaners"

#: A factory takes the cleaner's options as keywords and returns a cleaner.
Factory = Callable[..., Cleaner]

_builtins: dict[str, Factory] = {}
_default_order: list[str] = []
_plugins: dict[str, Factory] = {}


def register(name: str, factory: Factory | Cleaner) -> None:
    """Register a cleaner (or a factory of one) under ``name`` for this process.

    Use it for cleaners defined in your own code; installed packages should use
    the ``boilerstrip.cleaners`` entry-point group instead.
    """
    _ensure_builtins()
    if name in _builtins or name in _plugins:
        raise DuplicateCleanerError(f"a cleaner named {name!r} is already registered")
    _plugins[name] = _as_factory(factory)


def unregister(name: str) -> None:
    """Remove a cleaner registered with :func:`register`."""
    _plugins.pop(name, None)


def _as_factory(obj: Factory | Cleaner) -> Factory:
    if isinstance(obj, Cleaner):
        instance = obj

        def fixed(**options: Any) -> Cleaner:
            if options:
                raise ConfigError.unknown_key(next(iter(options)), f"cleaner {instance.name!r}", ())
            return instance

        return fixed
    return obj


def _ensure_builtins() -> None:
    if not _builtins:
        from boilerstrip.cleaners import DEFAULT_ORDER, SHIPPED

        _default_order.extend(DEFAULT_ORDER)
        _builtins.update(SHIPPED)


def _entry_points() -> list[importlib_metadata.EntryPoint]:
    return list(importlib_metadata.entry_points(group=ENTRY_POINT_GROUP))


def _load_plugin(name: str) -> Factory | None:
    for ep in _entry_points():
        if ep.name == name:
            _plugins[name] = _as_factory(ep.load())
            return _plugins[name]
    return None


def get(name: str) -> Factory:
    """Return the factory registered under ``name``; raise listing the alternatives."""
    _ensure_builtins()
    factory = _builtins.get(name) or _plugins.get(name) or _load_plugin(name)
    if factory is None:
        raise UnknownCleanerError(name, available(plugins=False) + [ep.name for ep in _entry_points()])
    return factory


def create(name: str, options: Mapping[str, Any] | None = None) -> Cleaner:
    """Build the cleaner ``name`` with ``options``; an unknown option raises, listing the valid ones."""
    factory = get(name)
    opts = dict(options or {})
    valid = option_names(factory)
    for key in opts:
        if valid is not None and key not in valid:
            raise ConfigError.unknown_key(key, f"cleaner {name!r}", valid)
    missing = [key for key in required_options(factory) if key not in opts]
    if missing:
        raise ConfigError(f"cleaner {name!r} needs the option(s) {', '.join(missing)}; give them in its options")
    return factory(**opts)


def required_options(factory: Factory) -> list[str]:
    """The keyword options a factory cannot do without (``site_repeats`` needs its ``index``)."""
    target = factory.func if isinstance(factory, functools.partial) else factory
    fixed = set(factory.keywords) if isinstance(factory, functools.partial) else set()
    try:
        params = inspect.signature(target).parameters.values()
    except (TypeError, ValueError):
        return []
    return [
        p.name
        for p in params
        if p.default is p.empty
        and p.name not in fixed
        and p.kind in (inspect.Parameter.KEYWORD_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)
    ]


def option_names(factory: Factory) -> list[str] | None:
    """The keyword options a factory accepts, or ``None`` when it takes arbitrary keywords."""
    target = factory.func if isinstance(factory, functools.partial) else factory
    fixed = set(factory.keywords) if isinstance(factory, functools.partial) else set()
    if dataclasses.is_dataclass(target):
        # "name" is set by registration, never by configuration: one name everywhere.
        return [f.name for f in dataclasses.fields(target) if f.init and f.name not in fixed | {"name"}]
    try:
        params = inspect.signature(target).parameters.values()
    except (TypeError, ValueError):
        return None
    if any(p.kind is inspect.Parameter.VAR_KEYWORD for p in params):
        return None
    return [p.name for p in params if p.kind is inspect.Parameter.KEYWORD_ONLY or p.default is not p.empty]


def default_names() -> list[str]:
    """Names of the cleaners of the default pipeline, in order."""
    _ensure_builtins()
    return list(_default_order)


def builtin_names() -> list[str]:
    """Names of every shipped cleaner: the default pipeline's in order, then the opt-in ones."""
    _ensure_builtins()
    return list(_builtins)


def available(*, plugins: bool = True) -> list[str]:
    """Names of all registered cleaners; with ``plugins``, installed plugins too."""
    _ensure_builtins()
    names = list(_builtins) + [n for n in _plugins if n not in _builtins]
    if plugins:
        names += [ep.name for ep in _entry_points() if ep.name not in names]
    return names


def plugin_load_errors() -> dict[str, str]:
    """Try to load every installed plugin; return ``{name: error}`` for those that fail."""
    errors: dict[str, str] = {}
    for ep in _entry_points():
        if ep.name in _builtins:
            errors[ep.name] = f"plugin from {ep.value!r} reuses the built-in name {ep.name!r}"
            continue
        try:
            _plugins[ep.name] = _as_factory(ep.load())
        except Exception as exc:  # report, don't crash: one broken plugin must not hide the others
            errors[ep.name] = f"{type(exc).__name__}: {exc}"
    return errors
