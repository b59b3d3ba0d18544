"""Do no harm on real documents of this machine: licences, changelogs, package and API docs, READMEs.

    python benchmarks/document_harm.py --collect > files.txt        # list the documents (paths, one a line)
    python benchmarks/document_harm.py --list files.txt --part A    # development part: totals
    python benchmarks/document_harm.py --list files.txt --part A --verbose   # and what was cut, per document
    python benchmarks/document_harm.py --list files.txt --part B    # held-out part: totals only
    python benchmarks/document_harm.py --collect-more > more.txt    # a second list: other kinds of documents

``--collect`` lists the text documents an operating system and its toolchains
install: under ``/usr/share/doc`` the READMEs, changelogs, NEWS files, Debian
copyright files (licence texts) and ``.md``/``.txt`` files; anywhere else
(outside ``/proc``, the working trees and ``/tmp``) the ``.md`` and ``.rst``
files of 2 KB or more (Node's API reference, CMake's manual, a JDK's legal
notices, packages' licences). Nobody wrote them for this product, and none
holds web chrome: ``boilerstrip.clean`` should return each unchanged apart
from whitespace.

The list is shuffled with seed 8 in the order it is written (so the list file,
not the machine, defines the parts: another machine's ``--collect`` makes
another list, and parts of its own); its first 600 documents are the development part ``A``, which may be read line
by line, and the rest the held-out part ``B``, reported as totals only and
never read. Documents under 500 or over 200,000 characters are skipped.
``--verbose`` is refused for ``B``. A document is changed when a cut that is
not whitespace normalisation removed text; the removed characters are counted.
The list of 2026-12-03 is ``benchmarks/data/documents-2026-12-03.txt``.

``--collect-more`` lists documents of other kinds, for a second list with parts of its own: the compressed
documents under ``/usr/share/doc`` (Debian and upstream changelogs, NEWS files, READMEs, read through
``gzip``) and the metadata files of installed Python packages (``METADATA`` and ``PKG-INFO``: mail-style
headers over a package's long description, often a whole README). Its list of 2026-12-03 is
``benchmarks/data/documents-more-2026-12-03.txt``.
"""

from __future__ import annotations

import argparse
import gzip
import os
import random
import sys
from collections.abc import Iterator
from pathlib import Path

import boilerstrip

#: The development part's size and the shuffle's seed.
DEV_SIZE = 600
SEED = 8
MIN_CHARS = 500
MAX_CHARS = 200_000
_DOC_NAMES = ("README", "NEWS", "changelog", "copyright")
_SKIP_TREES = ("/proc", "/sys", "/tmp", "/work", "/dev")


def collect() -> list[str]:
    """The documents of this machine, in the order of the file system walk (see the module docstring)."""
    found: list[str] = []
    for root, _, files in os.walk("/usr/share/doc"):
        for name in files:
            if (name.endswith((".md", ".txt")) or name.startswith(_DOC_NAMES)) and not name.endswith(".gz"):
                found.append(os.path.join(root, name))
    seen = set(found)
    for root, dirs, files in os.walk("/"):
        dirs[:] = [d for d in dirs if os.path.join(root, d) not in _SKIP_TREES and d not in ("corpus", "shared")]
        for name in files:
            path = os.path.join(root, name)
            if name.endswith((".md", ".rst")) and path not in seen:
                try:
                    if os.path.getsize(path) > 2048:
                        found.append(path)
                except OSError:
                    continue
    return found


def collect_more() -> list[str]:
    """Compressed documents under ``/usr/share/doc`` and installed packages' metadata files, in walk order."""
    found: list[str] = []
    for root, _, files in os.walk("/usr/share/doc"):
        found.extend(os.path.join(root, name) for name in files if name.endswith(".gz"))
    for root, dirs, files in os.walk("/"):
        dirs[:] = [d for d in dirs if os.path.join(root, d) not in _SKIP_TREES and d not in ("corpus", "shared")]
        if root.endswith((".dist-info", ".egg-info")):
            found.extend(os.path.join(root, name) for name in files if name in ("METADATA", "PKG-INFO"))
    return found


def read_document(path: str) -> str:
    """The text of the document at ``path`` (UTF-8; a ``.gz`` file is decompressed first)."""
    if path.endswith(".gz"):
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            return handle.read()
    return Path(path).read_text(encoding="utf-8")


def part(paths: list[str], which: str) -> list[str]:
    """Part ``A`` (development) or ``B`` (held out) of ``paths``, shuffled with ``SEED``.

    ``A1`` and ``A2`` are part A's 1st, 3rd, … and 2nd, 4th, … documents: the line labeller trains on ``A1``
    (``benchmarks/labeller_data.py``), so ``A2`` tells what its training did to documents it never saw.
    """
    shuffled = list(paths)
    random.Random(SEED).shuffle(shuffled)
    if which == "B":
        return shuffled[DEV_SIZE:]
    dev = shuffled[:DEV_SIZE]
    return dev if which == "A" else dev[0::2] if which == "A1" else dev[1::2]


def documents(listing: Path, which: str) -> Iterator[tuple[str, str]]:
    """Each readable document of part ``which`` of the path list ``listing``, with its text, within the size bounds.

    A document that is gone, not UTF-8 or not a whole gzip file is skipped, as is one shorter than ``MIN_CHARS``
    or longer than ``MAX_CHARS``.
    """
    paths = [line for line in listing.read_text(encoding="utf-8").splitlines() if line]
    for path in part(paths, which):
        try:
            text = read_document(path)
        except (OSError, UnicodeDecodeError, EOFError, gzip.BadGzipFile):
            continue
        if MIN_CHARS <= len(text) <= MAX_CHARS:
            yield path, text


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--collect", action="store_true", help="print this machine's document paths and stop")
    ap.add_argument("--collect-more", action="store_true", help="print a second list of documents and stop")
    ap.add_argument("--list", type=Path, help="a file of document paths, one a line (from --collect)")
    ap.add_argument("--part", choices=("A", "A1", "A2", "B"), default="A")
    ap.add_argument("--verbose", action="store_true", help="print what was cut in each changed document (A only)")
    args = ap.parse_args(argv)
    if args.collect:
        print("\n".join(collect()))
        return 0
    if args.collect_more:
        print("\n".join(collect_more()))
        return 0
    if args.list is None:
        ap.error("--list is needed (make one with --collect)")
    if args.verbose and args.part == "B":
        ap.error("part B is held out: totals only")
    docs = changed = cut = chars = 0
    for path, text in documents(args.list, args.part):
        docs += 1
        chars += len(text)
        removed = [r for r in boilerstrip.clean(text).removed if r.evidence != "format"]
        if removed:
            changed += 1
            cut += sum(len(r.text) for r in removed)
            if args.verbose:
                print(f"== {path}")
                for r in removed:
                    print(f"   {r.cleaner}/{r.reason}/{r.evidence}: {r.text.strip()[:110]!r}")
    if not docs:
        print("no documents read", file=sys.stderr)
        return 1
    print(
        f"part {args.part}: {docs} documents, {changed} changed ({100 * changed / docs:.1f}%), "
        f"{cut:,} of {chars:,} characters cut ({100 * cut / chars:.2f}%)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
