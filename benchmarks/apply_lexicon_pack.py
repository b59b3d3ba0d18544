"""Insert a phrase pack into the lexicon's TOML files, keeping their layout: the way to re-apply a pack after a merge.

    python benchmarks/apply_lexicon_pack.py benchmarks/data/lexicon-pack36.json            # apply, print counts
    python benchmarks/apply_lexicon_pack.py benchmarks/data/lexicon-pack36.json --check    # count only, write nothing

A pack is a JSON object ``{"<lang>": {"<table>": {"<key>": ["phrase", ...]}}}`` holding only what it adds. Each
phrase goes at the end of its array in ``boilerstrip/data/lexicon/<lang>.toml`` (or ``--lexicon DIR``); a key
missing from its table is added as a new line at the table's end, a missing table at the file's end, and a
phrase the array already holds (or that the pack repeats) is skipped, so a second run changes nothing. Comments,
the order of the tables and every other line stay as they were (a phrase that a file's `[lines]`, `[prefixes]` or
`[contains]` already files under another reason is skipped too): two branches that add to the same arrays conflict
line by line, and the pack re-applied after the merge is the resolution. Every edited file is parsed again
before it is written: the result must be valid TOML, pass the lexicon's schema and hold exactly the old phrases
plus the new ones.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import boilerstrip
from boilerstrip.rules.lexicon import check_lexicon_file

#: The repository's lexicon beside this script; where the benchmarks run without the sources (the CI's check of
#: the built wheel), the installed package's files.
_CHECKOUT = Path(__file__).resolve().parent.parent / "boilerstrip" / "data" / "lexicon"
LEXICON = _CHECKOUT if _CHECKOUT.is_dir() else Path(boilerstrip.__file__).resolve().parent / "data" / "lexicon"

Pack = dict[str, dict[str, dict[str, list[str]]]]
#: Tables whose keys are a phrase's reason: a phrase one key of the file holds is not added under another.
_ONE_REASON = frozenset({"lines", "prefixes", "contains"})


def read_pack(path: Path) -> Pack:
    """The pack at ``path``, checked for shape: languages to tables to keys to lists of strings."""
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError(f"{path}: a pack is a JSON object of languages")
    for lang, tables in data.items():
        if not re.fullmatch(r"[a-z]{2,3}|common", lang):
            raise ValueError(f"{path}: {lang!r} is no lexicon file name")
        check_lexicon_file(f"{path}:{lang}", tables)
    return data


def _string_end(text: str, i: int) -> int:
    """The index after the TOML string opening at ``text[i]`` (basic or literal, one- or three-quoted)."""
    quote = text[i]
    if text.startswith(quote * 3, i):
        end = text.index(quote * 3, i + 3)
        while text.startswith(quote, end + 3):  # a string may end in one or two quotes before its closing three
            end += 1
        return end + 3
    j = i + 1
    while text[j] != quote:
        if quote == '"' and text[j] == "\\":
            j += 1
        if text[j] == "\n":
            raise ValueError("a one-line string runs past its line")
        j += 1
    return j + 1


def _array_close(text: str, start: int) -> int:
    """The index of the ``]`` closing the array whose ``[`` is ``text[start]``; strings and comments are skipped."""
    depth = 0
    i = start
    while i < len(text):
        ch = text[i]
        if ch in "\"'":
            i = _string_end(text, i)
            continue
        if ch == "#":
            i = text.index("\n", i) if "\n" in text[i:] else len(text)
            continue
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    raise ValueError("an array is not closed")


def _quoted(phrase: str) -> str:
    """A TOML basic string for ``phrase`` (JSON's escapes are TOML's, and non-ASCII letters stay as they are)."""
    return json.dumps(phrase, ensure_ascii=False)


_HEADER = re.compile(r"\[([A-Za-z0-9_.-]+)\][ \t]*(?:#[^\n]*)?(?=\n|$)")
_ASSIGN = re.compile(r"[ \t]*([A-Za-z0-9_-]+)[ \t]*=[ \t]*")


def _headers(text: str) -> list[tuple[str, int, int]]:
    """Each table header of ``text``: its name, where its line starts and where its body starts.

    Lines are read from their start; a value is skipped whole (a multi-line array, a string of three quotes), so a
    line of an array that opens with "[" is no header.
    """
    out: list[tuple[str, int, int]] = []
    i = 0
    while i < len(text):
        header = _HEADER.match(text, i)
        assign = _ASSIGN.match(text, i) if header is None else None
        if header is not None:
            body = min(header.end() + 1, len(text))
            out.append((header.group(1), i, body))
            i = body
            continue
        if assign is not None:
            j = assign.end()
            if text.startswith("[", j):
                j = _array_close(text, j) + 1
            elif text[j : j + 1] in ('"', "'"):
                j = _string_end(text, j)
            i = j
        nl = text.find("\n", i)
        i = len(text) if nl < 0 else nl + 1
    return out


def _table_span(text: str, table: str) -> tuple[int, int] | None:
    """Where the body of ``[table]`` lies in ``text``: after its header line, up to the next header or the end."""
    headers = _headers(text)
    for n, (name, _, body) in enumerate(headers):
        if name == table:
            return body, headers[n + 1][1] if n + 1 < len(headers) else len(text)
    return None


def insert_phrases(text: str, table: str, key: str, phrases: list[str]) -> str:
    """``text`` with ``phrases`` added to ``[table] key`` (the caller has left out those already there)."""
    if not phrases:
        return text
    items = ", ".join(_quoted(p) for p in phrases)
    span = _table_span(text, table)
    if span is None:
        sep = "" if text.endswith("\n\n") or not text else ("\n" if text.endswith("\n") else "\n\n")
        return f"{text}{sep}[{table}]\n{key} = [{items}]\n"
    body, end = span
    found = re.compile(rf"(?m)^[ \t]*{re.escape(key)}[ \t]*=[ \t]*\[").search(text, body, end)
    if found is None:
        # A new key after the table's last line that is not blank (its comments and blank lines before the next
        # header stay below it).
        last = text[body:end].rstrip()
        at = body + len(last)
        glue = "\n" if last else ""
        line = f"{key} = [{items}]"
        return text[:at] + glue + line + ("\n" if not last else "") + text[at:]
    close = _array_close(text, found.end() - 1)
    after = _last_value_end(text, found.end(), close)
    if after is None:
        return text[: found.end()] + items + text[close:]
    # Right after the last value, before its comma or comment: valid whether a comma followed it or not, and the
    # array's other lines stay as they were.
    return text[:after] + ", " + items + text[after:]


def _last_value_end(text: str, start: int, close: int) -> int | None:
    """The index after the last string of the array between ``start`` and its ``]`` at ``close``, if it has one."""
    last = None
    i = start
    while i < close:
        ch = text[i]
        if ch in "\"'":
            i = _string_end(text, i)
            last = i
            continue
        if ch == "#":
            i = text.index("\n", i)
            continue
        i += 1
    return last


def apply_to_text(text: str, name: str, tables: Mapping[str, Mapping[str, list[str]]]) -> tuple[str, int]:
    """``text`` (a lexicon file called ``name``) with the pack's ``tables`` added, and how many phrases were new."""
    before = tomllib.loads(text)
    expected: dict[str, dict[str, list[str]]] = {t: {k: list(v) for k, v in ks.items()} for t, ks in before.items()}
    added = 0
    for table, keys in tables.items():
        for key, phrases in keys.items():
            have = expected.setdefault(table, {}).setdefault(key, [])
            # An interface phrase filed under another reason of the same table already has its reason.
            elsewhere = {p for k, ps in expected[table].items() if k != key for p in ps} if table in _ONE_REASON else ()
            new: list[str] = []
            for p in phrases:
                if p not in have and p not in new and p not in elsewhere:
                    new.append(p)
            if new:
                text = insert_phrases(text, table, key, new)
                have.extend(new)
                added += len(new)
    after: dict[str, Any] = tomllib.loads(text)
    check_lexicon_file(name, after)
    if after != expected:
        raise ValueError(f"{name}: the edited file does not hold exactly the old phrases and the new ones")
    return text, added


def apply_pack(pack: Pack, folder: Path = LEXICON, *, write: bool = True) -> dict[str, int]:
    """Add ``pack`` to the files of ``folder``; the number of new phrases per language (0 where all were there)."""
    counts: dict[str, int] = {}
    for lang, tables in sorted(pack.items()):
        path = folder / f"{lang}.toml"
        text = path.read_text(encoding="utf-8") if path.exists() else ""
        edited, added = apply_to_text(text, path.name, tables)
        counts[lang] = added
        if added and write:
            path.write_text(edited, encoding="utf-8")
    return counts


def main(argv: list[str]) -> int:
    """Apply the pack named on the command line and print the new phrases per language."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pack", type=Path, help="the pack's JSON file")
    parser.add_argument("--lexicon", type=Path, default=LEXICON, help="the folder of <lang>.toml files")
    parser.add_argument("--check", action="store_true", help="count what would be added; write nothing")
    args = parser.parse_args(argv)
    counts = apply_pack(read_pack(args.pack), args.lexicon, write=not args.check)
    for lang, n in counts.items():
        if n:
            print(f"{lang}\t{n}")
    verb = "would add" if args.check else "added"
    print(f"{verb} {sum(counts.values())} phrases in {sum(1 for n in counts.values() if n)} files")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
