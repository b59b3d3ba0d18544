"""The seed page: the example boilerstrip was specified from, checked exactly."""

from __future__ import annotations

import json

import boilerstrip
from boilerstrip.cli import main

PROSE_STARTS = [
    "Russia expects NATO",
    '"NATO will interfere',
    "Lavrov spoke after",
    '"Eurasian security faces',
    "Russian President Vladimir Putin",
]


def test_seed_text_is_exactly_the_five_prose_paragraphs(seed_text: str) -> None:
    result = boilerstrip.clean(seed_text)
    lines = result.text.split("\n")
    assert len(lines) == 5
    for line, start in zip(lines, PROSE_STARTS, strict=False):
        assert line.startswith(start)
    # Each paragraph is the input line verbatim (minus the dateline on the first).
    source_lines = [ln.strip() for ln in seed_text.splitlines()]
    assert (
        lines[0]
        == source_lines[source_lines.index(next(s for s in source_lines if s.startswith("ALMATY")))][
            len("ALMATY (Sputnik) - ") :
        ]
    )
    for line in lines[1:]:
        assert line in source_lines


def test_seed_metadata(seed_text: str) -> None:
    md = boilerstrip.clean(seed_text).metadata
    assert md.title == "Russia Wary of NATO's Potential Opposition to Eurasian Security Framework"
    assert md.site_name == "Sputnik International"
    assert md.date == "2024-06-21"
    assert md.dateline is not None
    assert (md.dateline.place, md.dateline.agency) == ("ALMATY", "Sputnik")
    assert md.language == "en"
    credited = [i for i in md.images if i.credit == "Sputnik / Maksim Bogodvid"]
    assert len(credited) == 1
    assert credited[0].caption is not None and credited[0].caption.startswith("A soldier demonstrates")
    assert [(r.title, r.date) for r in md.related] == [
        ("Putin Proposes Creation of New Security System in Eurasia", "2024-06-14")
    ]


def test_seed_every_removal_has_a_reason_and_restores(seed_text: str) -> None:
    result = boilerstrip.clean(seed_text)
    assert result.restore() == seed_text
    assert result.apply_to(seed_text) == result.text
    for r in result.removed:
        assert r.reason in boilerstrip.Pipeline.default()[r.cleaner].reasons
        assert seed_text[r.start : r.end] == r.text
    removed_text = "".join(r.text for r in result.removed)
    for chrome in ("Go to the mediabank", "log in or register", "Заголовок открываемого материала", "1920, 14.06.2024"):
        assert chrome in removed_text


def test_seed_cli_json_matches_api(seed_text: str, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "seed.txt"
    path.write_text(seed_text, encoding="utf-8")
    assert main(["clean", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    api = boilerstrip.clean(seed_text)
    assert data["text"] == api.text
    assert data["schema"] == boilerstrip.SCHEMA_VERSION
    assert data["metadata"] == api.metadata.to_dict()
    assert main(["clean", str(path)]) == 0
    assert capsys.readouterr().out == api.text + "\n"
