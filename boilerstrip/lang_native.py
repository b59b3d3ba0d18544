"""Which stopword votes run: the compiled ones (``boilerstrip/_lang.pyx``), or ``lang``'s Python code they copy.

``_lang.pyx`` is an optional Cython module (built by ``setup.py`` when the package is installed with a C
compiler) holding compiled copies of ``boilerstrip.lang._plain_hits`` and ``boilerstrip.lang._tally``, which give
the same votes and sums. ``BOILERSTRIP_PURE_PYTHON=1`` turns it off, as it does the compiled DOM scan and labeller;
it is read once, when :mod:`boilerstrip.lang` is first imported.

>>> votes_implementation().startswith(("compiled", "python"))
True
"""

from __future__ import annotations

import functools
from types import ModuleType

from boilerstrip.compiled import PURE_PYTHON_ENV, forced_python, import_built

__all__ = ["INTERFACE", "PURE_PYTHON_ENV", "compiled", "import_compiled", "votes_implementation"]

#: The ``INTERFACE`` of ``_lang.pyx`` this code calls: a module built from another version of that file is not loaded.
INTERFACE = 1


@functools.cache
def import_compiled() -> tuple[ModuleType | None, str]:
    """Import the compiled module if it is built for this code, whatever the environment says.

    Returns the module and ``compiled``, or ``None`` and ``python (why)`` (:func:`boilerstrip.compiled.import_built`).
    """
    return import_built("boilerstrip._lang", INTERFACE, "stopword votes")


@functools.cache  # once per process: the implementation does not change while it runs
def _load() -> tuple[ModuleType | None, str]:
    """The compiled module (:func:`import_compiled`) unless ``BOILERSTRIP_PURE_PYTHON=1`` turns it off."""
    forced = forced_python()
    return (None, forced) if forced is not None else import_compiled()


def compiled() -> ModuleType | None:
    """The compiled module, or ``None`` when the Python code runs."""
    return _load()[0]


def votes_implementation() -> str:
    """Which stopword votes run: ``compiled``, or ``python`` and why."""
    return _load()[1]
