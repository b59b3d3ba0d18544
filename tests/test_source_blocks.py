"""Blocks a plain-text document lays out as its own (boilerstrip.source_blocks): patches, drawn boxes, file
variables, and indented blocks however deep. Each document below has no chrome and must come out unchanged
apart from whitespace; each negative case is a page whose chrome looks like one of these blocks and still goes.
"""

from __future__ import annotations

import pytest

import boilerstrip
from boilerstrip.document import Document
from boilerstrip.gate import in_block
from boilerstrip.source_blocks import drawn_box_keys, file_variable_keys, patch_keys
from boilerstrip.types import Cut

_NOTES = (
    "The installer on older systems writes the manual pages to the wrong directory and the index is never rebuilt.\n"
    "The change below moves the pages and asks the index to be rebuilt on every install, which takes a second.\n"
)


def _same_words(text: str) -> bool:
    """Whether ``clean(text)`` keeps every word of ``text`` in order (whitespace aside)."""
    return boilerstrip.clean(text).text.split() == text.split()


def _context_patch(name: str, old_date: str, new_date: str) -> str:
    """A context diff of a shell script, under the sentence announcing it."""
    return (
        f"\nIf you use the {name} script of an older release, apply this patch before you build the package.\n\n"
        f"*** {name}.orig\t{old_date}\n--- {name}\t{new_date}\n***************\n*** 3,9 ****\n  #! /bin/sh\n"
        '! # Share the pages with every user.\n  prog="$0"\n\n  opts=\n--- 3,9 ----\n  #! /bin/sh\n'
        '! # Share the pages with all users.\n  prog="$0"\n\n  opts=\n'
    )


# Three patches whose file lines carry dates: each reads as a date line, and they witness each other.
CONTEXT_DIFF = (
    _NOTES
    + _context_patch("install.sh", "Sun Jun 30 13:30:36 1991", "Sun Feb 28 10:23:49 1993")
    + _context_patch("wrapman", "Sun Jan 19 12:10:24 1992", "Tue Aug 10 02:06:41 1993")
    + _context_patch("gendef.sh", "Sat Feb 13 15:51:09 1993", "Sat Feb 13 17:45:46 1993")
    + "\nThat is all the change needs; the next release carries it.\n"
)
UNIFIED_DIFF = (
    "Der Fehler tritt nur auf, wenn das Archiv auf einem Netzlaufwerk liegt und der Pfad Leerzeichen enthält.\n"
    "Mit dieser Änderung wird der Pfad in Anführungszeichen gesetzt, bevor er an das Werkzeug übergeben wird.\n"
    "\ndiff --git a/bin/sichern b/bin/sichern\n--- a/bin/sichern\tMo 30. Nov 2026 14:05\n"
    '+++ b/bin/sichern\tDi 1. Dez 2026 09:12\n@@ -12,6 +12,6 @@\n ziel=$1\n-echo Teilen\n+echo "Teilen"\n'
    ' # Weiterlesen: siehe Handbuch\n-cp $quelle $ziel\n+cp "$quelle" "$ziel"\n exit 0\n'
    "\nDanach läuft die Sicherung auch auf Laufwerken mit Leerzeichen im Namen durch.\n"
)


@pytest.mark.parametrize("text", [CONTEXT_DIFF, UNIFIED_DIFF], ids=["context-en", "unified-de"])
def test_a_patch_in_a_document_is_kept(text: str) -> None:
    assert patch_keys(text)
    assert _same_words(text)


def test_a_page_whose_separators_look_like_file_lines_is_not_a_patch() -> None:
    page = "--- Related ---\n+++ Top stories +++\nMayor opens the new bridge\n"
    assert patch_keys(page) == frozenset()


DRAWN_BOX = (
    "Requests\n\nEvery request below is sent by the client and answered by the server in one reply.\n\n"
    "┌───\n    QueryVersion\n\tclient-major-version:\tCARD32\n▶\n\tmajor-version:\t\tCARD32\n└───\n\n"
    "┌───\n    Open\n\tdrawable:\tDRAWABLE\n▶\n\tnfd:\t\tCARD8\n└───\n\n"
    "The reply carries the version the server speaks, which is never newer than the client's.\n"
)


def test_a_drawn_box_is_kept() -> None:
    keys = drawn_box_keys(DRAWN_BOX)
    assert {"┌───", "└───", "▶"} <= keys
    # The gate holds a cut of a corner line: a line without letters is keyed by itself.
    doc = Document(DRAWN_BOX)
    corner = DRAWN_BOX.index("┌───")
    assert in_block(doc, Cut(corner, corner + 5, "labelled_chrome"), keys)
    assert _same_words(DRAWN_BOX)


def test_an_opening_corner_without_its_closing_corner_boxes_nothing() -> None:
    assert drawn_box_keys("┌─ Menu\nHome\nNews\nSport\n") == frozenset()


@pytest.mark.parametrize(
    "foot",
    ["Local Variables:\nmode: text\nEnd:\n", ";; Local Variables:\n;; fill-column: 72\n;; End:\n"],
    ids=["plain", "commented"],
)
def test_file_variables_are_kept(foot: str) -> None:
    text = _NOTES + "\n" + _NOTES.replace("installer", "updater") + "\n" + foot
    assert file_variable_keys(text)
    assert _same_words(text)


def _request(name: str, rows: list[str]) -> str:
    return (
        f"\n{name}\n\n"
        + "".join(f"\t\t{row}\n" for row in rows)
        + "\n\tThis request works on the region named above, and its result replaces what was stored before.\n"
        + "\n\tErrors: Region, Value\n"
    )


def test_deeply_indented_rows_are_an_indented_block() -> None:
    # Two tabs indent as much as one: a specification's fields under a request's name ("picture: Picture" is
    # no photo credit, "source: Region" no source line).
    spec = "X Fixes Extension\nVersion 5.0\n2010-11-15\n\nRequests\n" + "".join(
        [
            _request("CreateRegionFromPicture", ["region:\t\t\t\tRegion", "picture:\t\t\tPicture"]),
            _request("SetPictureClipRegion", ["picture:\t\t\tPicture", "region:\t\t\t\tRegion or None"]),
            _request("CopyRegion", ["source:\t\t\t\tRegion", "destination:\t\t\tRegion"]),
            _request("ExpandRegion", ["source:\t\t\t\tRegion", "destination:\t\t\tRegion"]),
        ]
    )
    assert _same_words(spec)


def test_roff_requests_are_code() -> None:
    text = (
        "Some terminals print a hyphen as a minus sign, which breaks copying commands from the manual.\n"
        "Add these lines to the local macro file to print plain ASCII characters instead:\n\n"
        ".if '\\*[.T]'utf8' \\{\\\n.  char \\- \\N'45'\n.  char  - \\N'45'\n.  char  ' \\N'39'\n.\\}\n\n"
        "After that, pages copied from the terminal paste into the shell as they should.\n"
    )
    assert _same_words(text)
