"""Build boilerstrip's optional compiled DOM scan (``boilerstrip/html/_scan.pyx``); everything else is in pyproject.

The extension is optional: without Cython, lxml's headers or a C compiler, or if the build fails, the package
installs without it and ``boilerstrip.html.dom`` runs its pure-Python walk, which gives the same output
(``BOILERSTRIP_PURE_PYTHON=1`` at run time forces that path; ``BOILERSTRIP_REQUIRE_COMPILED=1``, as CI sets,
makes a failed build an error instead). The C code reads lxml's and libxml2's structs, so the lxml and libxml2
versions it was built against are compiled into it; ``dom.py`` loads it only under those same versions.
"""

from __future__ import annotations

import os
import sys

from setuptools import setup
from setuptools.command.build_ext import build_ext


class OptionalBuildExt(build_ext):
    """``build_ext`` that warns and carries on when the compiled scan cannot be built."""

    def run(self) -> None:
        """Build the extensions, or leave them out with a warning."""
        try:
            super().run()
        except Exception as error:
            self._skip(error)

    def build_extension(self, ext: object) -> None:
        """Build one extension, or leave it out with a warning."""
        try:
            super().build_extension(ext)  # type: ignore[arg-type]
        except Exception as error:
            self._skip(error)

    @staticmethod
    def _skip(error: BaseException) -> None:
        if os.environ.get("BOILERSTRIP_REQUIRE_COMPILED") == "1":
            raise error
        print(f"boilerstrip: the compiled DOM scan was not built ({error}); using pure Python", file=sys.stderr)


def extensions() -> list[object]:
    """The compiled scan, cythonized against the lxml in the build environment, or none if that cannot be done."""
    try:
        import lxml
        from Cython.Build import cythonize
        from lxml import etree
        from setuptools import Extension
    except ImportError as error:
        if os.environ.get("BOILERSTRIP_REQUIRE_COMPILED") == "1":
            raise
        print(f"boilerstrip: the compiled DOM scan needs Cython and lxml to build ({error})", file=sys.stderr)
        return []
    libxml = ".".join(str(part) for part in etree.LIBXML_VERSION)
    ext = Extension(
        "boilerstrip.html._scan",
        ["boilerstrip/html/_scan.pyx"],
        include_dirs=lxml.get_include(),
        define_macros=[
            ("BOILERSTRIP_LXML_VERSION", f'"{etree.__version__}"'),
            ("BOILERSTRIP_LIBXML_VERSION", f'"{libxml}"'),
        ],
        optional=True,
    )
    try:
        # The generated C goes to build/, outside the package: a build product, not package data for the wheel.
        return list(cythonize([ext], language_level=3, quiet=True, build_dir="build/cython"))
    except Exception as error:
        if os.environ.get("BOILERSTRIP_REQUIRE_COMPILED") == "1":
            raise
        print(f"boilerstrip: cythonizing the DOM scan failed ({error}); using pure Python", file=sys.stderr)
        return []


setup(ext_modules=extensions(), cmdclass={"build_ext": OptionalBuildExt})
