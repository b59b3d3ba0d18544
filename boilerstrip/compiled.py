"""The optional compiled modules: one is imported if it is built for this code, unless the environment says not to.

Each compiled piece (the labeller's, ``boilerstrip/labeller/_labeller.pyx``; the stopword votes',
``boilerstrip/_lang.pyx``) copies Python code that stays the reference and the fallback. A module built from another
version of its ``.pyx`` (an in-place build left from an older checkout) declares another ``INTERFACE`` and is not
loaded; ``BOILERSTRIP_PURE_PYTHON=1`` turns every compiled piece off (the DOM scan's too, which
:mod:`boilerstrip.html.dom` loads itself, since it configures its module against the running lxml).

>>> import_built("boilerstrip.no_such_module", 1, "example")[1].startswith("python (no compiled example")
True
"""

from __future__ import annotations

import importlib
import os
from types import ModuleType

#: Set to ``1`` to run the Python code even where the compiled modules are built.
PURE_PYTHON_ENV = "BOILERSTRIP_PURE_PYTHON"


def import_built(name: str, interface: int, what: str) -> tuple[ModuleType | None, str]:
    """Import the module ``name`` if it is built and declares ``interface``, whatever the environment says.

    Returns the module and ``compiled``, or ``None`` and ``python (why)``, ``what`` naming the piece in the reason.
    The tests compare the two implementations through this even where the environment forces the Python code.
    """
    try:
        module = importlib.import_module(name)
    except Exception as error:  # not built (ImportError): the fallback, said here
        return None, f"python (no compiled {what}: {type(error).__name__}: {error})"
    built = getattr(module, "INTERFACE", None)
    if built != interface:
        return None, f"python (compiled {what} of interface {built}, this code needs {interface}: rebuild it)"
    return module, "compiled"


def forced_python() -> str | None:
    """``python (BOILERSTRIP_PURE_PYTHON=1)`` when the environment turns the compiled modules off, else ``None``."""
    return f"python ({PURE_PYTHON_ENV}=1)" if os.environ.get(PURE_PYTHON_ENV) == "1" else None
