"""Do no harm on text nobody here wrote: the long descriptions (READMEs) of the installed Python packages.

    python benchmarks/readme_harm.py              # totals
    python benchmarks/readme_harm.py --verbose    # and each changed README's lost lines

Every distribution installed in the running environment carries its README
as the body of its ``METADATA`` file. Those of 2,000 characters or more are
chrome-free documents of many hands (Markdown, reStructuredText, changelogs,
licences, code): ``boilerstrip.clean`` should return them unchanged apart from
whitespace. Scored like ``boilerstrip eval`` scores chrome-free samples: a
document is changed when a line of its whitespace-normalised input is missing
from the output, and the characters of the missing lines count as removed.
The set depends on what is installed: compare runs made in one environment.
"""

from __future__ import annotations

import argparse
import sys
from importlib import metadata

import boilerstrip
from boilerstrip.rules.shapes import normalise_spaces

MIN_CHARS = 2000


def readmes() -> list[tuple[str, str]]:
    """``(name, body)`` of every installed distribution's README of ``MIN_CHARS`` or more, by name."""
    out: dict[str, str] = {}
    for dist in metadata.distributions():
        raw = dist.read_text("METADATA") or ""
        _, sep, body = raw.partition("\n\n")
        name = dist.metadata["Name"] or "?"
        if sep and len(body) >= MIN_CHARS:
            out[name.lower()] = body
    return sorted(out.items())


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="print each changed README's lost lines")
    args = parser.parse_args(argv)
    docs = changed = total = lost = 0
    for name, body in readmes():
        docs += 1
        expected = [line for line in (normalise_spaces(raw) for raw in body.splitlines()) if line]
        kept = set(boilerstrip.clean(body).text.splitlines())
        missing = [line for line in expected if line not in kept]
        total += sum(len(line) + 1 for line in expected)
        if missing:
            changed += 1
            lost += sum(len(line) + 1 for line in missing)
            if args.verbose:
                print(f"{name}: " + " | ".join(line[:60] for line in missing[:5]))
    share = lost / total if total else 0.0
    print(f"{docs} READMEs: {changed} changed, {lost} of {total} characters removed ({share:.2%})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
