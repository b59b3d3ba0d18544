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
import os
from types import ModuleType

#: Set to ``1`` to run the Python code even where the compiled module is built (the DOM scan's and labeller's switch).
PURE_PYTHON_ENV = "BOILERSTRIP_PURE_PYTHON"
#: The ``INTERFACE`` of ``_lang.pyx`` this code calls: a module built from another version of that file is not loaded.
INTERFACE = 1


@functools.cache
def import_compiled() -> tuple[ModuleType | None, str]:
    """Import the compiled module if it is built for this code, whatever the environment says.

    Returns the module and ``compiled``, or ``None`` and ``python (why)``. The tests compare the two
    implementations through this even where the environment forces the Python code.
    """
    try:
        import boilerstrip._lang as module
    except Exception as error:  # not built (ImportError): the fallback, said here
        return None, f"python (no compiled stopword votes: {type(error).__name__}: {error})"
    built = getattr(module, "INTERFACE", None)
    if built != INTERFACE:
        return None, f"python (compiled stopword votes of interface {built}, this code needs {INTERFACE}: rebuild it)"
    return module, "compiled"


@functools.cache  # once per process: the implementation does not change while it runs
def _load() -> tuple[ModuleType | None, str]:
    """The compiled module (:func:`import_compiled`) unless ``BOILERSTRIP_PURE_PYTHON=1`` turns it off."""
    if os.environ.get(PURE_PYTHON_ENV) == "1":
        return None, f"python ({PURE_PYTHON_ENV}=1)"
    return import_compiled()


def compiled() -> ModuleType | None:
    """The compiled module, or ``None`` when the Python code runs."""
    return _load()[0]


def votes_implementation() -> str:
    """Which stopword votes run: ``compiled``, or ``python`` and why."""
    return _load()[1]
