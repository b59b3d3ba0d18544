"""Metadata: the fact schema, the fold, the JSON form, and facts no field knows (``extra``)."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from pathlib import Path
from typing import get_type_hints

import pytest

import boilerstrip
from boilerstrip import Cut, Document, Pipeline, cleaner
from boilerstrip.errors import CleanerContractError
from boilerstrip.html import _merge_metadata
from boilerstrip.html.dom import PageScan
from boilerstrip.html.page_meta import Declared
from boilerstrip.metadata import FACT_SCHEMA, Dateline, FirstWins, Image, Metadata, Related, build_metadata
from boilerstrip.types import Fact, FactValue

PROSE = "The council approved the new school budget on Tuesday evening, after a long debate."


def _rating_pipeline(*facts: Fact) -> Pipeline:
    @cleaner("star_rating", reasons={"rating": "a star rating line"})
    def star_rating(doc: Document) -> Iterator[Cut]:
        for line in doc.content:
            if line.text.startswith("Rating:"):
                yield Cut(line.start, line.next_start, "rating", facts=facts)

    return Pipeline.default().with_(star_rating, after="whitespace")


def test_a_plugin_fact_under_an_unknown_key_is_kept_in_extra_and_survives_json() -> None:
    result = _rating_pipeline(Fact("rating", "4/5"))(f"Rating: 4/5\n{PROSE}")
    assert result.text == PROSE
    assert result.metadata.extra == {"rating": ("4/5",)}
    back = boilerstrip.Result.from_dict(json.loads(json.dumps(result.to_dict())))
    assert back.metadata.extra == {"rating": ("4/5",)}
    assert back.metadata == result.metadata


def test_extra_keeps_distinct_values_and_records_in_source_order() -> None:
    record = {"value": "4", "scale": "5", "by": None}
    md = build_metadata(
        [
            (0, 1, Fact("rating", "4/5")),
            (2, 3, Fact("score", record)),
            (4, 5, Fact("rating", "3/5")),
            (6, 7, Fact("rating", "4/5")),
            (8, 9, Fact("score", dict(record))),
        ],
        language=None,
    )
    assert md.extra == {"rating": ("4/5", "3/5"), "score": (record,)}
    assert md.to_dict()["extra"] == {"rating": ["4/5", "3/5"], "score": [record]}
    assert Metadata.from_dict(json.loads(json.dumps(md.to_dict()))) == md


def test_a_known_key_with_the_wrong_value_type_is_a_contract_error_naming_the_valid_keys() -> None:
    pipe = _rating_pipeline(Fact("title", {"a": "b"}))
    with pytest.raises(CleanerContractError, match=r"star_rating.*'title' takes a str.*dateline, image, related"):
        pipe(f"Rating: 4/5\n{PROSE}")
    skipping = Pipeline(list(pipe.cleaners), on_contract_error="skip")(f"Rating: 4/5\n{PROSE}")
    assert [s.cleaner for s in skipping.skipped] == ["star_rating"]
    with pytest.raises(CleanerContractError, match=r"'image' takes a record.*keys that take a str are: author, date"):
        _rating_pipeline(Fact("image", "a photo"))(f"Rating: 4/5\n{PROSE}")


@pytest.mark.parametrize(
    "value",
    [4, ["4/5"], {"stars": 4}, {1: "x"}],
)
def test_a_fact_value_that_is_neither_str_nor_record_is_a_contract_error(value: object) -> None:
    bad = Fact("rating", value)  # type: ignore[arg-type]
    with pytest.raises(CleanerContractError, match="a fact value is a str or a mapping of str to str or None"):
        _rating_pipeline(bad)(f"Rating: 4/5\n{PROSE}")


def test_build_metadata_called_directly_rejects_a_mistyped_known_key() -> None:
    with pytest.raises(TypeError, match="'dateline' takes a record"):
        build_metadata([(0, 1, Fact("dateline", "ALMATY"))], language=None)


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


def test_to_dict_keys_follow_the_field_order_of_schema_1_then_extra() -> None:
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
        "extra",
    ]


def test_every_field_round_trips_through_json() -> None:
    extra: dict[str, tuple[FactValue, ...]] = {"rating": ("4/5",), "score": ({"value": "4", "by": None},)}
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
        extra=extra,
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
    assert md.extra == {}


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
    md = _merge_metadata(found, declared, PageScan(), Declared())
    assert (md.title, md.authors, md.source) == ("Port Opens", ("Ana Ruiz",), "Reuters")
    assert (md.date, md.language, md.url) == ("2024-05-06", "en", "https://example.org/port")
    assert md.conflicts == {"title": ("The Port Opens", "Harbour Opens"), "authors": ("Ana Ruiz; Li Wei",)}
    # The date weighed over all of the page's signals comes first; the declared one becomes a conflict.
    weighed = _merge_metadata(found, declared, PageScan(), Declared(date="2024-05-05"))
    assert weighed.date == "2024-05-05" and weighed.conflicts["date"] == ("2024-05-06",)


def test_the_schema_version_is_3_and_documented() -> None:
    # 2 added metadata.extra, 3 the evidence and score of each removal: bump again with the next key.
    assert boilerstrip.SCHEMA_VERSION == 3
    doc = (Path(__file__).parent.parent / "docs" / "result-format.md").read_text(encoding="utf-8")
    assert f"(schema version {boilerstrip.SCHEMA_VERSION}, in the `schema` key)" in doc
    assert "| `extra` |" in doc and "| `evidence` |" in doc and "| `score` |" in doc
    result = boilerstrip.clean(PROSE).to_dict()
    assert result["schema"] == 3 and isinstance(result["metadata"], dict) and result["metadata"]["extra"] == {}


def test_a_schema_1_result_reads_back_with_empty_extra() -> None:
    data = boilerstrip.clean(PROSE).to_dict()
    assert isinstance(data["metadata"], dict)
    del data["metadata"]["extra"]
    data["schema"] = 1
    assert boilerstrip.Result.from_dict(data).metadata.extra == {}
