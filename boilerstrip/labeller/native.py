"""Which implementation of the labeller's hot parts runs: the compiled module, or the Python code it copies.

``boilerstrip/labeller/_labeller.pyx`` is an optional Cython module (built by ``setup.py`` when the package is
installed with a C compiler) holding compiled copies of :func:`boilerstrip.labeller.features.line_features` and
of :meth:`boilerstrip.labeller.model.Model.scores`. Both give the Python code's results bit for bit (the
Python code is the reference, and the fallback where the module is not built). ``BOILERSTRIP_PURE_PYTHON=1``
turns the compiled module off, as it does the compiled DOM scan; it is read once, when the labeller is first
imported.

>>> labeller_implementation().startswith(("compiled", "python"))
True
"""

from __future__ import annotations

import functools
from types import ModuleType

from boilerstrip.compiled import PURE_PYTHON_ENV, forced_python, import_built

__all__ = ["INTERFACE", "PURE_PYTHON_ENV", "compiled", "import_compiled", "labeller_implementation"]

#: The ``INTERFACE`` of ``_labeller.pyx`` this code calls: a module built from another version of that file (an
#: in-place build left from an older checkout) is not loaded.
INTERFACE = 2


@functools.cache
def import_compiled() -> tuple[ModuleType | None, str]:
    """Import the compiled module if it is built for this code, whatever the environment says.

    Returns the module and ``compiled``, or ``None`` and ``python (why)`` (:func:`boilerstrip.compiled.import_built`).
    """
    return import_built("boilerstrip.labeller._labeller", INTERFACE, "labeller")


@functools.cache  # once per process: the implementation does not change while it runs
def _load() -> tuple[ModuleType | None, str]:
    """The compiled module (:func:`import_compiled`) unless ``BOILERSTRIP_PURE_PYTHON=1`` turns it off."""
    forced = forced_python()
    return (None, forced) if forced is not None else import_compiled()


def compiled() -> ModuleType | None:
    """The compiled module, or ``None`` when the Python code runs."""
    return _load()[0]


def labeller_implementation() -> str:
    """Which labeller code runs: ``compiled``, or ``python`` and why."""
    return _load()[1]
