"""Build boilerstrip's optional compiled pieces; everything else is in pyproject.

Three extension modules, each optional: the DOM scan (``boilerstrip/html/_scan.pyx``, built against lxml's C
API), the labeller's hot parts (``boilerstrip/labeller/_labeller.pyx``: the feature table's per-line counts and
the tree ensembles) and language detection's stopword votes (``boilerstrip/_lang.pyx``); the last two need Cython
only. Without Cython, lxml's headers or a C compiler, or if a build fails, the package installs without that
module and runs the Python code it copies, which gives the same output
(``BOILERSTRIP_PURE_PYTHON=1`` at run time forces that path for all three; ``BOILERSTRIP_REQUIRE_COMPILED=1``, as CI
sets, makes a failed build an error instead). The scan's C code reads lxml's and libxml2's structs, so the lxml
and libxml2 versions it was built against are compiled into it; ``dom.py`` loads it only under those same
versions.
"""

from __future__ import annotations

import os
import sys

from setuptools import setup
from setuptools.command.build_ext import build_ext

REQUIRE_COMPILED_ENV = "BOILERSTRIP_REQUIRE_COMPILED"


def _required() -> bool:
    """Whether a piece that cannot be built is an error (CI) rather than a warning."""
    return os.environ.get(REQUIRE_COMPILED_ENV) == "1"


class OptionalBuildExt(build_ext):
    """``build_ext`` that warns and carries on when a compiled piece cannot be built."""

    def run(self) -> None:
        """Build the extensions, or leave them out with a warning."""
        try:
            super().run()
        except Exception as error:
            self._skip("the compiled pieces", error)

    def build_extension(self, ext: object) -> None:
        """Build one extension, or leave it out with a warning."""
        try:
            super().build_extension(ext)  # type: ignore[arg-type]
        except Exception as error:
            self._skip(getattr(ext, "name", "an extension"), error)

    @staticmethod
    def _skip(name: str, error: BaseException) -> None:
        if _required():
            raise error
        print(f"boilerstrip: {name} was not built ({error}); using pure Python", file=sys.stderr)


def _float_flags() -> list[str]:
    """Compiler flags that keep C's floating point to the operations written (no fused multiply-add).

    The labeller's compiled sums and divisions must give the Python code's bits; a compiler may otherwise fuse
    ``a * b + c`` where the target has FMA. MSVC does not fuse without ``/fp:fast``.
    """
    return [] if sys.platform == "win32" else ["-ffp-contract=off"]


def _scan_extension() -> object | None:
    """The compiled DOM scan, against the lxml in the build environment, or none without lxml."""
    try:
        import lxml
        from lxml import etree
        from setuptools import Extension
    except ImportError as error:
        if _required():
            raise
        print(f"boilerstrip: the compiled DOM scan needs lxml to build ({error})", file=sys.stderr)
        return None
    libxml = ".".join(str(part) for part in etree.LIBXML_VERSION)
    return Extension(
        "boilerstrip.html._scan",
        ["boilerstrip/html/_scan.pyx"],
        include_dirs=lxml.get_include(),
        define_macros=[
            ("BOILERSTRIP_LXML_VERSION", f'"{etree.__version__}"'),
            ("BOILERSTRIP_LIBXML_VERSION", f'"{libxml}"'),
        ],
        optional=True,
    )


def _labeller_extension() -> object:
    """The labeller's compiled feature counts and tree ensembles (plain C, no library headers)."""
    from setuptools import Extension

    return Extension(
        "boilerstrip.labeller._labeller",
        ["boilerstrip/labeller/_labeller.pyx"],
        extra_compile_args=_float_flags(),
        optional=True,
    )


def _lang_extension() -> object:
    """Language detection's compiled stopword votes (plain C; its sums are the Python code's bits)."""
    from setuptools import Extension

    return Extension("boilerstrip._lang", ["boilerstrip/_lang.pyx"], extra_compile_args=_float_flags(), optional=True)


def extensions() -> list[object]:
    """The compiled pieces, cythonized, or none if that cannot be done."""
    try:
        from Cython.Build import cythonize
    except ImportError as error:
        if _required():
            raise
        print(f"boilerstrip: the compiled pieces need Cython to build ({error})", file=sys.stderr)
        return []
    exts = [ext for ext in (_scan_extension(), _labeller_extension(), _lang_extension()) if ext is not None]
    built: list[object] = []
    for ext in exts:
        try:
            # The generated C goes to build/, outside the package: a build product, not package data for the wheel.
            built.extend(cythonize([ext], language_level=3, quiet=True, build_dir="build/cython"))
        except Exception as error:
            if _required():
                raise
            name = getattr(ext, "name", "an extension")
            print(f"boilerstrip: cythonizing {name} failed ({error}); using pure Python", file=sys.stderr)
    return built


setup(ext_modules=extensions(), cmdclass={"build_ext": OptionalBuildExt})
