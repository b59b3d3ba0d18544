"""Exceptions raised by boilerstrip; every message names the valid alternatives."""

from __future__ import annotations

from collections.abc import Iterable


class BoilerstripError(Exception):
    """Base class of every error boilerstrip raises on purpose."""


def _choices(options: Iterable[str]) -> str:
    names = sorted(options)
    return ", ".join(names) if names else "(none)"


class UnknownCleanerError(BoilerstripError, KeyError):
    """A cleaner name is neither built in nor provided by an installed plugin."""

    def __init__(self, name: str, available: Iterable[str]) -> None:
        self.name = name
        self.available = sorted(available)
        super().__init__(f"unknown cleaner {name!r}; available cleaners: {_choices(self.available)}")

    def __str__(self) -> str:  # KeyError would otherwise quote the whole message
        return str(self.args[0])


class DuplicateCleanerError(BoilerstripError):
    """Two cleaners were registered under the same name."""


class ConfigError(BoilerstripError, ValueError):
    """A configuration value or key is invalid."""

    @classmethod
    def unknown_key(cls, key: str, where: str, valid: Iterable[str]) -> ConfigError:
        """Build the error for a key that ``where`` does not accept."""
        return cls(f"unknown option {key!r} for {where}; valid options: {_choices(valid)}")


class LexiconError(BoilerstripError, ValueError):
    """A phrase-list file uses a table or key nobody reads (a misspelt reason), or holds something not a phrase list."""


class CleanerContractError(BoilerstripError):
    """A cleaner returned cuts that break the cleaner contract."""

    def __init__(self, cleaner: str, problem: str) -> None:
        self.cleaner = cleaner
        super().__init__(f"cleaner {cleaner!r} broke its contract: {problem}")


class InputError(BoilerstripError, TypeError):
    """The input handed to ``clean`` is not text (``str``, or UTF-8 ``bytes``).

    A ``TypeError``, so code that guards calls with ``except TypeError`` keeps working.
    """


class InputEncodingError(InputError, ValueError):
    """The input is ``bytes`` that are not valid UTF-8.

    Both an :class:`InputError` (``TypeError``) and a ``ValueError``: the type
    was acceptable, the value was not.
    """


class CleanerTimeoutError(BoilerstripError, TimeoutError):
    """A cleaner was interrupted because it ran past the document's time budget."""

    def __init__(self, cleaner: str, budget: float) -> None:
        self.cleaner = cleaner
        self.budget = budget
        super().__init__(f"cleaner {cleaner!r} was interrupted: the document's time budget of {budget:g} s ran out")
