"""The shipped package stays apart from the benchmark and test code: nothing under boilerstrip/ imports it.

The scoring code (``benchmarks/scoring.py``, ``benchmarks/html_scoring.py``)
used to live in the package as ``boilerstrip.evaluation`` and
``boilerstrip.html_cases``; it is not part of the product and must not ship
in the wheel, nor be imported by a product module (an installed package has
no ``benchmarks/`` beside it).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import boilerstrip
from tests.conftest import ROOT

#: The package under test: the checkout's, or the installed wheel's when CI tests the wheel.
PACKAGE = Path(boilerstrip.__file__).parent
BENCHMARKS = ROOT / "benchmarks"
# The old homes of the scoring code, as modules of the package.
MOVED_OUT = ("boilerstrip.evaluation", "boilerstrip.html_cases")


def imported_modules(path: Path, package_root: Path) -> set[str]:
    """Every module a file imports, dotted and absolute (relative imports resolved against its package).

    ``from a.b import c`` gives both ``a.b`` and ``a.b.c``, since ``c`` may be a
    submodule (``from boilerstrip import evaluation``).
    """
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    # The package a file belongs to, which relative imports start from: for boilerstrip/html/dom.py and
    # boilerstrip/html/__init__.py alike, boilerstrip.html.
    package = list(path.relative_to(package_root.parent).with_suffix("").parts)[:-1]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base_parts = package[: len(package) - node.level + 1] if node.level else []
            base = ".".join([*base_parts, *(node.module.split(".") if node.module else [])])
            if node.module:
                found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return found


def forbidden_imports(package_root: Path, outside: set[str]) -> dict[str, list[str]]:
    """``{file: [modules]}`` for the files under ``package_root`` that import a module of ``outside``.

    A module is matched on its top-level name (``scoring``, ``tests``...) or,
    for the package's own moved-out modules, on its full dotted name.
    """
    bad: dict[str, list[str]] = {}
    for path in sorted(package_root.rglob("*.py")):
        hits = sorted(m for m in imported_modules(path, package_root) if m.split(".")[0] in outside or m in MOVED_OUT)
        if hits:
            bad[str(path.relative_to(package_root.parent))] = hits
    return bad


def outside_modules() -> set[str]:
    """Top-level names that only exist in a checkout: the benchmark scripts' modules and the test package."""
    return {p.stem for p in BENCHMARKS.glob("*.py")} | {"benchmarks", "tests"}


def test_scoring_modules_live_beside_the_benchmarks_not_in_the_package() -> None:
    assert (BENCHMARKS / "scoring.py").is_file()
    assert (BENCHMARKS / "html_scoring.py").is_file()
    assert not (PACKAGE / "evaluation.py").exists()
    assert not (PACKAGE / "html_cases.py").exists()


def test_no_product_module_imports_benchmark_or_test_code() -> None:
    assert {"scoring", "html_scoring"} <= outside_modules()
    assert forbidden_imports(PACKAGE, outside_modules()) == {}


@pytest.mark.parametrize(
    ("source", "name"),
    [
        ("import scoring", "scoring"),
        ("from html_scoring import HtmlCase", "html_scoring"),
        ("from boilerstrip import evaluation", "boilerstrip.evaluation"),
        ("from .. import html_cases", "boilerstrip.html_cases"),
        ("from ..evaluation import load_corpus", "boilerstrip.evaluation"),
        ("def f() -> None:\n    import tests.conftest", "tests.conftest"),
    ],
)
def test_the_scan_catches_every_import_form(tmp_path: Path, source: str, name: str) -> None:
    package = tmp_path / "boilerstrip"
    (package / "html").mkdir(parents=True)
    (package / "html" / "bad.py").write_text(source + "\n", encoding="utf-8")
    assert name in forbidden_imports(package, {"scoring", "html_scoring", "tests"})["boilerstrip/html/bad.py"]


def test_the_scan_lets_product_imports_through(tmp_path: Path) -> None:
    package = tmp_path / "boilerstrip"
    package.mkdir()
    (package / "__init__.py").write_text("from . import pipeline\nfrom boilerstrip.html import dom\n", "utf-8")
    assert forbidden_imports(package, {"scoring", "tests"}) == {}


def package_imports(package_root: Path) -> dict[str, set[str]]:
    """``{module: modules of the package it imports}``, lazy imports inside functions included.

    A lazy import still ties two modules together (the registry loading the
    cleaners that import the registry is a loop, even if it is deferred).
    ``from a import b`` counts as an import of the submodule ``a.b`` when there
    is one, else of ``a``; a module does not import its parent package by
    being imported.
    """
    modules: dict[str, Path] = {}
    for path in package_root.rglob("*.py"):
        parts = path.relative_to(package_root.parent).with_suffix("").parts
        modules[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        found: set[str] = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module and not node.level:
                for alias in node.names:
                    sub = f"{node.module}.{alias.name}"
                    found.add(sub if sub in modules else node.module)
            elif isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
        graph[name] = {m for m in found if m in modules and m != name}
    return graph


def import_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One cycle of ``graph`` as a list of modules (first = last), or ``None``."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done

    def visit(node: str, path: list[str]) -> list[str] | None:
        state[node] = 1
        for dep in sorted(graph[node]):
            if state.get(dep) == 1:
                return [*path[path.index(dep) :], dep]
            if dep not in state and (cycle := visit(dep, [*path, dep])) is not None:
                return cycle
        state[node] = 2
        return None

    for start in sorted(graph):
        if start not in state and (cycle := visit(start, [start])) is not None:
            return cycle
    return None


def test_the_package_has_no_import_loop() -> None:
    # Regression: registry imported the cleaners to register them, and the cleaners imported the registry.
    graph = package_imports(PACKAGE)
    assert "boilerstrip.registry" in graph and "boilerstrip.cleaners" in graph
    assert import_cycle(graph) is None


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert import_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert import_cycle({"a": {"b"}, "b": set()}) is None
