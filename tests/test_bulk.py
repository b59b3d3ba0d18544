"""The bulk API: one output record per input record, in order, whatever happens to it."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator

import pytest

import boilerstrip
from boilerstrip import registry
from boilerstrip.batch.flat import FLAT_FIELDS, FLAT_SCHEMA, flat_record
from boilerstrip.batch.records import InputProblem, clean_records
from boilerstrip.batch.stats import BatchStats, merge
from boilerstrip.cleaner import cleaner
from boilerstrip.document import Document
from boilerstrip.types import Cut

PROSE = "The council approved the school budget on Thursday evening after a long debate."
PAGE = (
    "<html><head><title>Budget</title></head><body><article>"
    f"<p>{PROSE}</p><p>Parents welcomed the decision, which funds two new schools in the north.</p>"
    "</article></body></html>"
)


def records(n: int = 10) -> list[object]:
    out: list[object] = [{"id": i, "text": f"Advertisement\n{PROSE} Item {i}."} for i in range(n)]
    out[3] = {"id": 3, "text": None}
    out[5] = {"id": 5, "text": 42}
    out[6] = ["not", "a", "record"]
    out[7] = {"id": 7, "html": PAGE, "url": "https://example.org/a"}
    out[8] = InputProblem("in.jsonl:9", "InvalidJSON", "line 9: Expecting value")
    return out


def test_every_record_gives_one_output_in_order() -> None:
    stats = BatchStats()
    out = list(clean_records(records(), stats=stats))
    assert len(out) == 10
    assert [o["id"] for o in out] == [0, 1, 2, 3, 4, 5, None, 7, "in.jsonl:9", 9]
    assert out[0]["text"] == f"{PROSE} Item 0."
    assert set(out[0]) == {"id", "url", "text", "title", "date", "language", "flags"}
    assert out[3]["error"] == {"type": "InvalidRecord", "message": "field 'text' is null"}
    assert out[5]["error"]["message"] == "field 'text' is a number"
    assert out[6]["error"]["message"] == "a record must be an object, not a list"
    assert out[7]["url"] == "https://example.org/a" and PROSE in out[7]["text"]
    assert out[8]["error"]["type"] == "InvalidJSON"
    assert stats.documents == 10 and stats.ok == 6 and stats.errors == 4
    assert stats.errors_by_type == {"InvalidRecord": 3, "InvalidJSON": 1}
    assert stats.removed_chars_by_reason["ui_strings/ad_marker"] > 0


def test_workers_give_the_same_records_and_stats() -> None:
    data = records(80)
    one, two = BatchStats(), BatchStats()
    assert list(clean_records(data, stats=one)) == list(clean_records(data, jobs=2, stats=two))
    one.seconds = two.seconds = one.wall_seconds = two.wall_seconds = 0.0
    assert one == two


def test_fields_removals_and_flat_records() -> None:
    (out,) = clean_records([{"id": "a", "text": f"Advertisement\n{PROSE}"}], fields=["text"], with_removals=True)
    assert set(out) == {"id", "url", "text", "removed"} and out["removed"][0]["reason"] == "ad_marker"
    flat = list(clean_records(records(), flat=True))
    assert all(list(row) == list(FLAT_FIELDS) for row in flat)
    assert flat[3]["status"] == "error" and flat[3]["error_type"] == "InvalidRecord" and flat[3]["text"] is None
    assert flat[0]["id"] == "0" and flat[0]["status"] == "ok"
    with pytest.raises(boilerstrip.ConfigError, match="unknown field"):
        clean_records([], fields=["nope"])


def test_flat_record_types_match_the_schema() -> None:
    row = flat_record(boilerstrip.clean(f"Advertisement\n{PROSE}"), id=1, url="u")
    for name, kind in FLAT_SCHEMA.items():
        value = row[name]
        if kind == "int64":
            assert isinstance(value, int)
        elif kind == "list<string>":
            assert isinstance(value, list) and all(isinstance(v, str) for v in value)
        else:
            assert value is None or isinstance(value, str), name


def test_oversize_policies() -> None:
    big = [{"id": 1, "text": PROSE * 3}]
    config = boilerstrip.Config(max_chars=100)
    (flagged,) = clean_records(big, config=config)
    assert "input_too_large" in flagged["flags"] and flagged["text"] == PROSE * 3
    stats = BatchStats()
    (skipped,) = clean_records(big, config=config, oversize="skip", stats=stats)
    assert skipped["skipped"]["type"] == "InputTooLarge" and "text" not in skipped
    assert stats.skipped == 1 and stats.oversize == {"skip": 1}
    stats = BatchStats()
    (cut,) = clean_records(big, config=config, oversize="truncate", stats=stats)
    assert cut["flags"][0] == "truncated" and len(cut["text"]) <= 100
    assert stats.oversize == {"truncate": 1}


def test_stats_merge_is_a_sum() -> None:
    a, b = BatchStats(), BatchStats()
    list(clean_records(records()[:5], stats=a))
    list(clean_records(records()[5:], stats=b))
    whole = BatchStats()
    list(clean_records(records(), stats=whole))
    merged = a.merge(b)
    for s in (merged, whole):
        s.seconds = s.wall_seconds = 0.0
    assert merged == whole == merge([b, a]) or merged.to_dict() == whole.to_dict()
    assert BatchStats.from_dict(whole.to_dict()) == whole
    assert a.merge(BatchStats()) == a


# --- hard timeouts and crashing workers ------------------------------------------------------


@cleaner("test_saboteur", reasons={"never": "never used"})
def _saboteur(doc: Document) -> Iterator[Cut]:
    """Hangs on SLOW and kills its process on CRASH, to test the pool."""
    if "SLOW" in doc.text:
        time.sleep(60)
    if "CRASH" in doc.text:
        os._exit(3)
    return iter(())


@pytest.fixture
def saboteur() -> Iterator[boilerstrip.Config]:
    registry.register("test_saboteur", _saboteur)
    try:
        # No time budget: the pipeline's own watchdog would interrupt the sleep before the pool's timeout.
        yield boilerstrip.Config(cleaners=("test_saboteur",), time_budget=None)
    finally:
        registry.unregister("test_saboteur")


@pytest.mark.parametrize("jobs", [1, 2])
def test_timeouts_and_crashes_become_error_records(saboteur: boilerstrip.Config, jobs: int) -> None:
    texts = ["fine one", "SLOW", "fine two", "CRASH", "fine three", *[f"fine {i}" for i in range(40)]]
    data = [{"id": i, "text": t} for i, t in enumerate(texts)]
    stats = BatchStats()
    started = time.monotonic()
    out = list(clean_records(data, config=saboteur, jobs=jobs, timeout=1.0, stats=stats, fields=["text"]))
    assert time.monotonic() - started < 30
    assert [o["id"] for o in out] == list(range(len(texts)))
    assert out[1]["error"]["type"] == "Timeout"
    assert out[3]["error"]["type"] == "WorkerCrashed" and "exit code 3" in out[3]["error"]["message"]
    assert [o["text"] for o in out if "text" in o] == [t for t in texts if t not in ("SLOW", "CRASH")]
    assert stats.errors_by_type == {"Timeout": 1, "WorkerCrashed": 1} and stats.documents == len(texts)


def test_large_chunks_do_not_block_the_pipes() -> None:
    # Chunks and results far larger than a pipe's buffer: the parent never sends to a busy worker.
    big = "\n".join(f"{PROSE} Paragraph {i}." for i in range(1500))
    data = [{"id": i, "text": big} for i in range(40)]
    out = list(clean_records(data, jobs=2, fields=["chars_out"]))
    assert [o["id"] for o in out] == list(range(40)) and all(o["chars_out"] > 100_000 for o in out)
