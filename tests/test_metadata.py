"""Metadata: the fact schema, the fold, the JSON form."""

from __future__ import annotations

import dataclasses
import json
from typing import get_type_hints

from boilerstrip.html import _merge_metadata
from boilerstrip.html.dom import PageScan
from boilerstrip.html.page_meta import Declared
from boilerstrip.metadata import FACT_SCHEMA, Dateline, FirstWins, Image, Metadata, Related, build_metadata
from boilerstrip.types import Fact


def test_the_schema_names_real_fields_and_every_record_part_has_its_fold() -> None:
    names = {f.name for f in dataclasses.fields(Metadata)}
    hints = get_type_hints(Metadata)
    for key, rule in FACT_SCHEMA.items():
        assert rule.field in names, key
        assert (rule.fold is not None) == (rule.kind == "record"), key
        if rule.kind == "scalar":
            assert hints[rule.field] == str | None, key
        elif rule.kind == "list":
            assert hints[rule.field] == tuple[str, ...], key
        elif rule.kind == "flag":
            assert hints[rule.field] is bool, key


def test_declared_fields_are_metadata_fields_of_the_same_type() -> None:
    meta, declared = get_type_hints(Metadata), get_type_hints(Declared)
    assert all(meta[name] == hint for name, hint in declared.items())


def test_to_dict_keys_follow_the_field_order() -> None:
    assert list(Metadata().to_dict()) == [
        "title",
        "description",
        "site_name",
        "date",
        "updated",
        "dateline",
        "authors",
        "language",
        "images",
        "related",
        "section",
        "tags",
        "paywalled",
        "source",
        "conflicts",
        "url",
    ]


def test_every_field_round_trips_through_json() -> None:
    md = Metadata(
        title="Port Opens",
        description="After six years",
        site_name="Sputnik",
        date="2024-05-06",
        updated="2024-05-07",
        dateline=Dateline("ALMATY", None),
        authors=("Ana Ruiz", "Li Wei"),
        language="en",
        images=(Image("The port", None), Image(None, "Photo: AP")),
        related=(Related("Port delayed", "2023-01-02"),),
        section="World",
        tags=("ports", "trade"),
        paywalled=True,
        source="Reuters",
        conflicts={"title": ("The Port Opens",)},
        url="https://example.org/port",
    )
    assert Metadata.from_dict(json.loads(json.dumps(md.to_dict()))) == md
    assert Metadata.from_dict({}) == Metadata()


def test_the_fold_keeps_first_values_lists_flags_and_records() -> None:
    md = build_metadata(
        [
            (0, 5, Fact("title", "Port Opens")),
            (6, 9, Fact("author", "Ana Ruiz")),
            (6, 9, Fact("author", "Ana Ruiz")),
            (10, 15, Fact("image_caption", "The port")),
            (16, 20, Fact("image_credit", "Photo: AP")),
            (21, 25, Fact("dateline", {"place": "ALMATY", "agency": None})),
            (26, 30, Fact("title", "The Port Opens")),
            (31, 35, Fact("paywalled", "true")),
            (36, 40, Fact("date_hint", "2024-05-01")),
            (41, 45, Fact("dateline_agency", "PTI")),
            (46, 50, Fact("related", {"title": "Port delayed", "date": None})),
        ],
        language="en",
        source="x" * 60,
    )
    assert md.title == "Port Opens" and md.conflicts == {"title": ("The Port Opens",)}
    assert md.authors == ("Ana Ruiz",)
    assert md.images == (Image("The port", None), Image(None, "Photo: AP"))  # not adjacent: two images
    assert md.dateline == Dateline("ALMATY", "PTI")
    assert md.paywalled and md.date == "2024-05-01"
    assert md.related == (Related("Port delayed", None),)


def test_first_wins_records_each_later_difference_once() -> None:
    fw = FirstWins[tuple[str, ...]](show="; ".join, conflicts={"authors": ["B"]})
    for value in (("A",), ("A",), ("B",), ("C", "D"), ("C", "D")):
        fw.offer("authors", value)
    assert fw.values == {"authors": ("A",)}
    assert fw.conflicts == {"authors": ["B", "C; D"]}


def test_html_merge_takes_the_text_first_then_the_declared_sources_in_order() -> None:
    found = Metadata(
        title="Port Opens", authors=("Ana Ruiz",), source="Reuters", conflicts={"title": ("The Port Opens",)}
    )
    declared = [
        Declared(title="Harbour Opens", authors=("Ana Ruiz", "Li Wei"), url="https://example.org/port"),
        Declared(title="The Port Opens", date="2024-05-06", language="en"),
    ]
    md = _merge_metadata(found, declared, PageScan())
    assert (md.title, md.authors, md.source) == ("Port Opens", ("Ana Ruiz",), "Reuters")
    assert (md.date, md.language, md.url) == ("2024-05-06", "en", "https://example.org/port")
    assert md.conflicts == {"title": ("The Port Opens", "Harbour Opens"), "authors": ("Ana Ruiz; Li Wei",)}
