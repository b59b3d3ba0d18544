"""Documents whose own layout or length says they are no web page: record files, headers, drawn tables, logs."""

from __future__ import annotations

import boilerstrip
from boilerstrip.document import Document
from boilerstrip.protect import protected_lines, record_keys
from boilerstrip.rules.lexicon import load_lexicon


def _changed(text: str) -> list[str]:
    """The texts of the cuts that are not whitespace normalisation."""
    return [r.text.strip() for r in boilerstrip.clean(text).removed if r.evidence != "format"]


def _commit(n: int) -> str:
    return (
        f"commit {n:040x}\n"
        f"Author: Rosa Almeida <rosa@tidewatch.example>\n"
        f"Date:   Mon Mar {n % 28 + 1} 10:{n % 60:02d}:00 2025 +0100\n\n"
        f"    Fix the parser for gauge {n}, which dropped the last reading\n\n"
        f"    Signed-off-by: Rosa Almeida <rosa@tidewatch.example>\n"
    )


def test_a_version_control_log_is_a_record_file() -> None:
    log = "\n".join(_commit(n) for n in range(12))
    assert record_keys(log)
    assert _changed(log) == []


def test_a_page_with_labelled_headlines_is_no_record_file() -> None:
    page = "\n\n".join(
        [
            "Harbour reopens after the storm",
            "Opinion: The quay needs a wall",
            "Photo: Ana Ruiz",
            "The harbour reopened on Monday after three days of closure, the port authority said.",
            "Opinion: Who pays for the dredging?",
            "Photo: Ana Ruiz",
            "Fishing boats were the first to leave, followed by the ferry to the islands at noon.",
        ]
        + ["Workers cleared the debris from the slipway and checked every mooring by hand."] * 4
    )
    assert record_keys(page) == frozenset()


def test_a_package_metadata_header_is_kept() -> None:
    header = (
        "Metadata-Version: 2.1\nName: tidewatch\nVersion: 2.4.0\nSummary: Tide tables for small harbours\n"
        "Author: Rosa Almeida\nAuthor-email: rosa@tidewatch.example\nLicense: MIT\n"
        "Keywords: tides,harbour,gauge\nRequires-Python: >=3.10\nClassifier: Topic :: Scientific/Engineering\n\n"
    )
    body = "\n\n".join(
        f"Tidewatch reads the logs of tide gauge number {n} and prints the next high and low water." for n in range(20)
    )
    assert _changed(header + body) == []


def test_a_drawn_table_is_protected() -> None:
    table = "┌────────┬───────┐\n│Packet  │Length │\n├────────┼───────┤\n│Accept  │2      │\n│Decline │2      │\n└────────┴───────┘"
    doc = Document(table)
    assert set(protected_lines(doc).values()) == {"table"}
    assert len(protected_lines(doc)) == 6


def test_copyright_notices_are_no_photo_credits() -> None:
    notices = "Copyright:\n(C) Copyright Harbour Data Cooperative 2017, 2018\n(C) Copyright Oskar Berg 2019\n"
    page = (
        "The ferry left at noon, two hours late, with forty cars on board.\n© Reuters\nIt reached the island at four.\n"
    )
    result = boilerstrip.clean(notices + "\n" + page)
    cut = {r.text.strip(): r.reason for r in result.removed}
    # On a page the notices are its legal footer; either way they name no photographer.
    assert cut.get("(C) Copyright Oskar Berg 2019") != "credit_line"
    assert [image.credit for image in result.metadata.images] == ["Reuters"]
    assert cut.get("© Reuters") == "credit_line"


def test_an_inner_count_in_a_whole_line_phrase() -> None:
    lexicon = load_lexicon()
    assert lexicon.line_reason("list of 2 items") == "navigation"
    assert lexicon.line_reason("list of these people.") is None


def test_a_long_changelog_with_a_few_coincidences_comes_out_unchanged() -> None:
    entries = [f"  * gauge {n}: the reader now accepts logs with a trailing blank line" for n in range(300)]
    for at in range(0, 300, 60):  # five entries open with a teaser's label: one line in sixty
        entries[at] = f"Watch: the watcher of gauge {at} restarts after a crash instead of exiting"
    text = "tidewatch 2.4.0\n---------------\n" + "\n".join(entries) + "\n"
    result = boilerstrip.clean(text)
    assert [r for r in result.removed if r.evidence != "format"] == []
    assert "thin_chrome" in result.flags


def test_a_gallerys_photo_credits_make_no_record_file() -> None:
    # Each picture of a gallery page has its "Foto:" credit, and the page lists other galleries as "Galeria: …":
    # two keys that recur, as a record file's fields do once its blank lines are gone; a credit is no field.
    para = "O desfile reuniu milhares de pessoas no centro da cidade durante toda a tarde de sábado, sob sol forte."
    slides = [
        line
        for n in range(1, 4)
        for line in (f"{n} de 3", f"Carro alegórico número {n} abre o desfile", f"Foto: Ana Reis {n}/Portal", para)
    ]
    more = [f"Galeria: festa número {n} reúne moradores" for n in range(1, 5)]
    page = "\n".join(["Galeria: desfile de abertura da festa", *slides, "PUBLICIDADE", *more]) + "\n"
    assert record_keys(page) == frozenset()
    result = boilerstrip.clean(page)
    assert "layout_kept" not in result.flags
    assert "Foto: Ana Reis 1/Portal" not in result.text.split("\n")
    # A record file printed without its blank lines is still one: its own keys recur.
    flat = "\n".join(["Files: a.c", "Copyright: Ann", "License: MIT", "Upstream-Name: tide", "Some text."] * 3)
    assert record_keys(flat)
