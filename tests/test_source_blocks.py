"""Blocks a plain-text document lays out as its own (boilerstrip.source_blocks): patches, drawn boxes, file
variables, and indented blocks however deep. Each document below has no chrome and must come out unchanged
apart from whitespace; each negative case is a page whose chrome looks like one of these blocks and still goes.
"""

from __future__ import annotations

import pytest

import boilerstrip
from boilerstrip.document import Document
from boilerstrip.gate import in_block
from boilerstrip.source_blocks import drawn_box_keys, file_variable_keys, patch_keys, tab_table_keys
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


# A help desk's canned replies, signed alike, and a tally of tags with their counts set by tabs: once the tabs are
# spaces, "share 64" reads as a share button and "comments 17" as a comment count, and those four witnesses make
# the document a page whose signatures and heading lines go.
_MACRO = "Macro {n}\nTitle: {title}\nUse when: {when}\nHi {{first_name}},\n{body}\nThanks,\nThe Pantry Pal team\n\n"
_MACROS = [
    (
        "Password reset",
        "the customer cannot get into the app.",
        "On the first screen, tap Login, then Forgot "
        "password. We will send a link to the address on your account; it works for one hour.",
    ),
    (
        "Sharing a recipe",
        "someone asks how to send a recipe to a friend.",
        "Open the recipe and tap Share at the "
        "bottom right. You can send it as a link or as a card. Your friend does not need an account to read it.",
    ),
    (
        "Printing",
        "the Print button seems to do nothing.",
        "Print only works from the full recipe view, not from the "
        "list. Tap the recipe, then Print. If your printer is not listed, it is probably on a different network.",
    ),
]
HELP_DESK = (
    "Canned replies: support inbox\nOwner: Bronagh Tiernan\n\nKeep replies short. Change the wording if the "
    "customer is upset; never paste a macro twice in the same thread.\n\n"
    + "".join(_MACRO.format(n=i, title=t, when=w, body=b) for i, (t, w, b) in enumerate(_MACROS, 1))
    + "Tags used last month\nTag\tThreads\nlogin\t212\nshare\t64\nprint\t41\nsubscribe\t38\ncomments\t17\n"
)


def test_a_tally_set_by_tabs_vouches_for_no_chrome_and_keeps_its_rows() -> None:
    assert "share64" in tab_table_keys(HELP_DESK)
    result = boilerstrip.clean(HELP_DESK)
    assert result.text.split() == HELP_DESK.split()
    assert "layout_kept" in result.flags  # a second clean() sees the rows without their tabs
    # The same rows with spaces for tabs are a page's buttons and counts, as a second clean() sees them.
    spaced = boilerstrip.clean(HELP_DESK.replace("\t", " "))
    assert "share 64" not in spaced.text and "Owner: Bronagh Tiernan" not in spaced.text


def test_a_page_with_its_own_chrome_still_loses_it_beside_a_tab_set_table() -> None:
    article = (
        "The ferry company counted its passengers by route for the first time this year and published the table.\n"
    ) * 3
    table = "Route\tPassengers\nOrsa\t1200\nMora\t800\n"
    page = f"Home | News | Sport | Weather\n{article}{table}Share on Facebook\nShare on X\nPrivacy Policy\n"
    out = boilerstrip.clean(page).text
    assert "Orsa 1200" in out and "Share on Facebook" not in out and "Privacy Policy" not in out


def test_two_rows_or_rows_of_different_widths_are_no_tab_set_table() -> None:
    assert tab_table_keys("Home\tNews\nShare\t12\n") == frozenset()
    assert tab_table_keys("a\tb\nc\td\te\nf\tg\n") == frozenset()


def test_a_tab_set_tables_header_repeated_over_its_sections_is_no_duplicate_line() -> None:
    # A price list repeats its table's header over each section; the copy is the table's, not a copied line.
    header = "No.\tYear\tSubject\tGrade\tPrice\n"
    page = (
        "Home | Shop | Contact | Log in\nShare on Facebook\nShare on X\n"
        "The club sells duplicates from its members' albums twice a year, and this is the winter list.\n"
        "Soviet Union, 1961-1965\n"
        + header
        + "2541\t1961\tSpace, 6 kop.\tmint\t120\n2542\t1961\tSpace, 10 kop.\tmint\t150\n2718\t1962\tFauna\tused\t90\n"
        "Russia, 1992-2000\n"
        + header
        + "14\t1992\tNew Year\tmint\t25\n77\t1993\tShips\tmint\t110\n211\t1995\tMushrooms\tused\t40\n"
        "Orders are sent by registered post within a week of payment.\nPrivacy Policy\nCookie settings\n"
        "© 2026 Stamp Club Lindau. All rights reserved.\n"
    )
    out = boilerstrip.clean(page).text
    assert out.count("No. Year Subject Grade Price") == 2
    assert "Share on Facebook" not in out and "Privacy Policy" not in out
