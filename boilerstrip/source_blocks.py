r"""Blocks a plain-text document lays out as its own, read from the source: patches, drawn boxes, file variables.

Tables whose columns tabs set (:func:`tab_table_keys`) are read here too, and held more narrowly: a phrase or a
form in their rows is a cell and vouches for no chrome, and a copy of a row is the table's header over another
section (``gate.hold_in_tab_table``), but the labeller's and the other weak evidence are judged as anywhere (a
wiki's infobox, tab-set in a page's text, still goes).

Like a source's indented blocks (:func:`boilerstrip.protect.indented_keys`) and a record file's records
(:func:`boilerstrip.protect.record_keys`), these blocks are recognised before whitespace is normalised,
by their layout, and the gate keeps every line in them against phrase, form and shape evidence alike
(:func:`boilerstrip.gate.hold_in_blocks`). Each is a syntax no page chrome takes:

* a **patch** (:func:`patch_keys`): a unified or context diff, from its two file lines to the end of
  its last hunk. Its lines are someone's file: a "--- wrapman<TAB>Tue Aug 10 02:06:41 1993" reads like a
  date line, a "+ Related:" like a related-list label, a repeated context line like a pull quote;
* a **drawn box** (:func:`drawn_box_keys`): lines from one opening box corner ("┌", "╔", "╭") to the
  closing corner under it, as a protocol specification or a terminal tool's help draws them;
* **file variables** (:func:`file_variable_keys`): an editor's "Local Variables:" block down to its
  "End:" line, at the foot of a plain-text file.

Each function returns the :func:`~boilerstrip.protect.content_key` of every line in its blocks, and an
empty set, at the cost of one substring search, for a text without them.

>>> sorted(file_variable_keys("Some notes.\n\nLocal Variables:\nmode: text\nEnd:\n"))
['end', 'localvariables', 'modetext']
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from boilerstrip.protect import content_key

#: What the gate says of a cut it holds back in one of these blocks.
PATCH_HELD = "protected patch"
DRAWN_BOX_HELD = "protected drawn box"
FILE_VARIABLES_HELD = "protected file variables"

#: The file lines opening a diff: "--- a/x" over "+++ b/x" (unified), "*** x" over "--- x" (context).
_UNIFIED_OLD = re.compile(r"--- \S")
_UNIFIED_NEW = re.compile(r"\+\+\+ \S")
_CONTEXT_OLD = re.compile(r"\*\*\* \S")
_CONTEXT_NEW = re.compile(r"--- \S")
#: A hunk's header: "@@ -3,7 +3,8 @@", or a context diff's "***************", "*** 35,41 ****", "--- 35,42 ----".
_HUNK_HEAD = re.compile(
    r"@@ -\d+(?:,\d+)? \+\d+(?:,\d+)? @@|\*{15}\s*$|\*\*\* \d+(?:,\d+)? \*\*\*\*|--- \d+(?:,\d+)? ----"
)
#: A line of a hunk: context (a space), an added, removed or changed line, or git's "\ No newline" note.
_HUNK_LINE = re.compile(r"[ +\-!]|\\ No newline")
#: The line a diff tool prints above the file lines ("diff -u a b", "diff --git …", "Index: x", "=====").
_DIFF_PREAMBLE = re.compile(r"diff \S|Index: \S|={20,}\s*$")

_BOX_OPEN = ("┌", "╔", "╭", "┏")
_BOX_CLOSE = ("└", "╚", "╰", "┗")
#: The most lines a drawn box spans; an opening corner without a closing one this near boxes nothing.
MAX_BOX_LINES = 80

#: An editor's file variables, behind the comment marks of the file's syntax ("# ", ";; ", '.\\" ').
_VARIABLES_OPEN = re.compile(r"^\W{0,4}Local Variables:\s*$", re.IGNORECASE)
_VARIABLES_END = re.compile(r"^\W{0,4}End:\s*$", re.IGNORECASE)
#: The most lines between "Local Variables:" and its "End:".
MAX_VARIABLE_LINES = 30


def _keys(lines: Iterable[str]) -> frozenset[str]:
    """Each line's content key, or the line itself, stripped, when it holds no letter or digit ("┌───", "▶")."""
    return frozenset(key for key in (content_key(line) or line.strip() for line in lines) if key)


def _diff_start(lines: Sequence[str], i: int) -> bool:
    """Whether line ``i`` opens a diff: two file lines, then a hunk's header (possibly after the separator)."""
    first, second = lines[i], lines[i + 1] if i + 1 < len(lines) else ""
    unified = _UNIFIED_OLD.match(first) and _UNIFIED_NEW.match(second)
    context = _CONTEXT_OLD.match(first) and _CONTEXT_NEW.match(second)
    if not (unified or context):
        return False
    return any(_HUNK_HEAD.match(line) for line in lines[i + 2 : i + 4])


def patch_keys(source: str) -> frozenset[str]:
    r"""The :func:`~boilerstrip.protect.content_key` of every line of the unified or context diffs in ``source``.

    A diff runs from its two file lines (and the "diff …" or "Index: …" line right above them) through its
    hunks: lines opening with a space, "+", "-" or "!", hunk headers and blank lines, up to the first other
    line.

    >>> patch = "Apply:\n\n--- a/run.sh\n+++ b/run.sh\n@@ -1,2 +1,2 @@\n #!/bin/sh\n-echo Share\n+echo Print\n\nDone."
    >>> sorted(patch_keys(patch))
    ['1212', 'arunsh', 'binsh', 'brunsh', 'echoprint', 'echoshare']
    >>> patch_keys("--- Related ---\nMore news\n")
    frozenset()
    """
    if "\n--- " not in source and "\n*** " not in source and not source.startswith(("--- ", "*** ")):
        return frozenset()
    lines = source.splitlines()
    kept: list[str] = []
    i = 0
    while i < len(lines):
        if not _diff_start(lines, i):
            i += 1
            continue
        if i > 0 and _DIFF_PREAMBLE.match(lines[i - 1]):
            kept.append(lines[i - 1])
        kept.extend(lines[i : i + 2])
        i += 2
        while i < len(lines) and (
            not lines[i].strip() or _HUNK_HEAD.match(lines[i]) or _HUNK_LINE.match(lines[i]) or _diff_start(lines, i)
        ):
            kept.append(lines[i])
            i += 1
    return _keys(kept)


def drawn_box_keys(source: str) -> frozenset[str]:
    r"""The content keys of the lines of each drawn box: an opening corner's line down to the closing corner's.

    >>> sorted(drawn_box_keys("Request:\n┌───\n    QueryVersion\n▶\n    major: CARD32\n└───\nShare"))
    ['majorcard32', 'queryversion', '┌───', '└───', '▶']
    >>> drawn_box_keys("┌─ Menu\nHome\nNews")
    frozenset()
    """
    if not any(corner in source for corner in _BOX_OPEN):
        return frozenset()
    return _keys(_closed_blocks(source.splitlines(), _opens_box, _closes_box, MAX_BOX_LINES))


def file_variable_keys(source: str) -> frozenset[str]:
    r"""The content keys of an editor's "Local Variables:" block down to its "End:" line.

    >>> file_variable_keys("Local Variables: a talk on scope\n")
    frozenset()
    """
    if "ocal Variables:" not in source and "OCAL VARIABLES:" not in source:
        return frozenset()
    lines = source.splitlines()
    return _keys(_closed_blocks(lines, _VARIABLES_OPEN.match, _VARIABLES_END.match, MAX_VARIABLE_LINES))


#: A row of a table whose columns a tab sets: two cells or more, each holding something.
_TAB_ROW = re.compile(r"[^\t\n]*\S[^\t\n]*(?:\t+[^\t\n]*\S[^\t\n]*)+")
#: Rows a run needs to be a table.
MIN_TAB_ROWS = 3


def tab_table_keys(source: str) -> frozenset[str]:
    r"""The content keys of the rows of each table whose columns tabs set: three rows or more of as many cells.

    A tab between two cells is a plain-text document's layout (a tally, a spreadsheet pasted in, a config
    listing); once whitespace is normalised, "share<TAB>64" reads as a share button with its count. On the
    development sets, 156 runs of tab-set rows stood in chrome-free documents and 13 in pages, where 11 were
    the article's own (the other two, wiki infoboxes, are cut on other evidence than a phrase).

    >>> sorted(tab_table_keys("Tags used\nTag\tThreads\nlogin\t212\nshare\t64\nDone."))
    ['login212', 'share64', 'tagthreads']
    >>> tab_table_keys("Home\tNews\nShare\t12\n")  # two rows
    frozenset()
    """
    if "\t" not in source:
        return frozenset()
    kept: list[str] = []
    run: list[str] = []
    width = 0  # the tabs of each row of the run
    for line in [*source.splitlines(), ""]:
        row = line.strip()
        # A line without a tab is no row: the pattern is asked only of the few that hold one.
        tabs = row.count("\t") if "\t" in row and _TAB_ROW.fullmatch(row) else 0
        if tabs and (not run or tabs == width):
            run.append(line)
            width = tabs
            continue
        if len(run) >= MIN_TAB_ROWS:
            kept.extend(run)
        run, width = ([line], tabs) if tabs else ([], 0)
    return _keys(kept)


def _opens_box(line: str) -> bool:
    return line.lstrip().startswith(_BOX_OPEN)


def _closes_box(line: str) -> bool:
    return line.lstrip().startswith(_BOX_CLOSE)


def _closed_blocks(
    lines: Sequence[str], opens: Callable[[str], object], closes: Callable[[str], object], limit: int
) -> list[str]:
    """The lines of each block from a line ``opens`` accepts down to the first line under it ``closes`` accepts.

    The closing line must come within ``limit`` lines; an opening line without one opens nothing.
    """
    kept: list[str] = []
    i = 0
    while i < len(lines):
        if opens(lines[i]):
            end = next((k for k in range(i + 1, min(i + limit, len(lines))) if closes(lines[k])), None)
            if end is not None:
                kept.extend(lines[i : end + 1])
                i = end + 1
                continue
        i += 1
    return kept
