r"""What mypyc buys the text stage: compile a copy of the package's hot modules, to time against the sources.

Copies ``boilerstrip/`` into ``--out``, makes there the two source changes
mypyc needs (nothing in the checkout changes), and compiles the modules of
``--modules`` with ``mypyc`` (the ``test`` extra's mypy carries it; the
compiler is the C compiler Python was built with; its build step needs setuptools 77 or later in the
environment, as the project's build does: ``pip install -U setuptools``). The copy then imports as
``boilerstrip`` with ``PYTHONPATH=OUT``; the modules left out stay Python.

    python benchmarks/mypyc_trial.py --out /tmp/mypyc-trial
    for i in 1 2 3; do
      python benchmarks/speed.py --sections throughput --rounds 3
      PYTHONPATH=/tmp/mypyc-trial python benchmarks/speed.py --sections throughput --rounds 3
    done
    PYTHONPATH=/tmp/mypyc-trial python benchmarks/snapshot.py --full -o /tmp/compiled.jsonl

The two changes, each the same program for the interpreter:

- a frozen dataclass field ``field(default=X, init=False)`` becomes
  ``field(default_factory=lambda: X, init=False)`` in the cleaners: mypyc
  (1.x, 2.x) never sets such a field, and ``RelatedTeasers().name`` raises
  ``AttributeError``;
- the pipeline's pattern of lone surrogates is written as a raw string
  (``r"[\ud800-\udfff]"``, the same class for ``re``): mypyc refuses
  surrogate code points in string literals.

Left out of the default set, and why (see docs/measurements.md, "mypyc"):
``document``, ``types`` and ``gate`` build their frozen slotted dataclasses
through ``object.__new__`` and the slot descriptors, which compiled classes
refuse, and compiled, those dataclasses keep the interpreter's ``__init__``,
which made the text stage 2.5 times slower; ``metadata`` (and ``result``,
which imports it) reads its dataclass fields' annotations as types, which
compiled modules no longer give; ``cleaner``'s ``Cleaner`` is a
``runtime_checkable`` protocol, which compiled modules cannot declare.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: The modules compiled by default: everything the text stage runs per line, but those named above.
DEFAULT_MODULES = (
    "cleaners/captions.py",
    "cleaners/cms_tokens.py",
    "cleaners/comment_threads.py",
    "cleaners/datelines.py",
    "cleaners/duplicate_lines.py",
    "cleaners/foreign_lines.py",
    "cleaners/line_labeller.py",
    "cleaners/metadata_lines.py",
    "cleaners/page_frame.py",
    "cleaners/page_widgets.py",
    "cleaners/photo_credits.py",
    "cleaners/read_more_tails.py",
    "cleaners/related_teasers.py",
    "cleaners/site_repeats.py",
    "cleaners/titles.py",
    "cleaners/ui_strings.py",
    "cleaners/whitespace.py",
    "cleaners/wiki_furniture.py",
    "labeller/features.py",
    "labeller/model.py",
    "pipeline.py",
    "rules/kit.py",
    "rules/lexicon.py",
    "rules/dates.py",
    "rules/shapes.py",
    "rules/scripts.py",
    "lang.py",
    "offsets.py",
    "evidence.py",
    "protect.py",
)

_INIT_FALSE_DEFAULT = re.compile(r"field\(default=([^,()]+|\([^()]*\)), init=False\)")
_SURROGATES = 're.compile("[\\ud800-\\udfff]")'


def patch(package: Path) -> int:
    """Make the two source changes of the module docstring in ``package``; return how many files changed."""
    changed = 0
    for path in sorted(package.rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        new = _INIT_FALSE_DEFAULT.sub(r"field(default_factory=lambda: \1, init=False)", source)
        new = new.replace(_SURROGATES, 're.compile(r"[\\ud800-\\udfff]")')
        if new != source:
            path.write_text(new, encoding="utf-8")
            changed += 1
    return changed


def main() -> None:
    """Copy, patch and compile."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True, help="a folder to hold the compiled copy (emptied first)")
    parser.add_argument("--modules", default=",".join(DEFAULT_MODULES), help="paths under boilerstrip/, commas")
    args = parser.parse_args()
    out: Path = args.out
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    shutil.copytree(ROOT / "boilerstrip", out / "boilerstrip", ignore=shutil.ignore_patterns("__pycache__"))
    # mypyc reads the checkout's mypy settings (strict) from pyproject.toml, and its setuptools step the project.
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, out / name)
    print(f"{patch(out / 'boilerstrip')} files changed for mypyc", flush=True)
    modules = [f"boilerstrip/{m}" for m in args.modules.split(",") if m]
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "mypyc", *modules], cwd=out, check=True, stdout=subprocess.DEVNULL)
    built = sorted(p.relative_to(out) for p in out.glob("boilerstrip/**/*.so"))
    print(f"{len(built)} of {len(modules)} modules compiled in {time.perf_counter() - start:.0f} s into {out}")


if __name__ == "__main__":
    main()
