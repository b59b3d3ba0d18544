"""Site-wide chrome at scale: mergeable and shardable site counts, the two-pass bulk run and its commands."""

from __future__ import annotations

import gzip
import io
import json
import sys
from pathlib import Path
from typing import Any

import pytest

from boilerstrip.batch.records import clean_records
from boilerstrip.batch.site_pass import (
    SitePass,
    clean_records_site_pass,
    count_records,
    host_of,
    read_counts,
    write_counts,
)
from boilerstrip.batch.stats import BatchStats
from boilerstrip.cleaners.site_repeats import SiteCounts, SiteIndex, line_key, merge, shard_of
from boilerstrip.cli import main
from boilerstrip.config import Config
from boilerstrip.errors import ConfigError

# Chrome the default rules do not know: it is only chrome because every page of the site has it.
MOTTO = "Quayside Courier, salt and ink since the first tide of 1887"
FOOTER = "The Quayside Courier is written and printed beside the old ropewalk by its own small team."
STOCK = "The port office did not reply to our questions before this story went to print."
BODIES = [
    "The night ferry was cancelled twice this week because the swell across the harbour bar ran too high.",
    "Oyster growers counted their best harvest in a decade after the long clean-up of the upper river.",
    "The fish market will open an hour earlier from next month, at the request of the inland restaurants.",
    "Pupils of the estuary school restored a wooden lifeboat that had rotted in a field behind the chapel.",
    "A seal pup found exhausted on the public slipway was taken to the rescue centre on Sunday afternoon.",
    "The council voted to spend its reserve fund on the sea wall below the row of fishermen's cottages.",
]


def page(body: str, *, stock: bool = False) -> str:
    lines = [body, *([STOCK] if stock else []), MOTTO, FOOTER]
    return "\n".join(lines)


def records() -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = [
        {"id": i, "url": f"https://www.courier.example/news/{i}", "text": page(b, stock=i < 2)}
        for i, b in enumerate(BODIES)
    ]
    out.append({"id": "nourl", "text": page("A letter without a URL is cleaned as any other text would be.")})
    out.append({"id": "null", "url": "https://courier.example/x", "text": None})
    out.append({"id": "other", "url": "https://elsewhere.example/1", "text": page(BODIES[0])})
    return out


# --- counts: mergeable, shardable, serialisable ---------------------------------------------------


def test_merged_shards_equal_the_index_built_on_all_pages() -> None:
    texts = [page(b) for b in BODIES]
    whole = SiteIndex.build(texts)
    parts = [SiteIndex.build(texts[:2]), SiteIndex.build(texts[2:5]), SiteIndex.build(texts[5:]), SiteIndex.build([])]
    assert SiteIndex.merged(parts) == whole
    assert merge(merge(parts[2], parts[0]), parts[1]) == SiteIndex.merged(parts[:3])
    assert whole.pages_with(MOTTO) == 6 and whole.pages_with(f"  {MOTTO.upper()} ") == 6
    assert all(len(k) == 16 for k in whole.counts) and MOTTO not in json.dumps(dict(whole.counts))


def test_site_counts_merge_in_any_split_and_order() -> None:
    rows = records()
    whole = count_records(rows)
    assert whole.hosts() == ["courier.example", "elsewhere.example"]
    by_record = [count_records(rows[i : i + 3]) for i in range(0, len(rows), 3)]
    assert SiteCounts.merged(by_record) == whole == SiteCounts.merged(reversed(by_record))
    by_host = [whole.shard(k, 3) for k in range(3)]
    assert SiteCounts.merged(by_host) == whole
    assert sum(len(s.hosts()) for s in by_host) == 2
    # Building a shard directly (only its hosts counted) gives that shard of the whole.
    assert all(count_records(rows, shard=(k, 3)) == by_host[k] for k in range(3))


def test_sharding_is_stable_across_processes_and_spread() -> None:
    # Fixed values: a hash of the host's bytes, not Python's salted hash(), so every machine agrees.
    assert [shard_of(h, 8) for h in ("harbourtimes.example", "lumiere-vallee.example", "bergblatt.example")] == [
        1,
        2,
        1,
    ]
    assert line_key("The Harbour Times") == "88e634ad1946123f"
    assert {shard_of(f"host{i}.example", 4) for i in range(100)} == {0, 1, 2, 3}
    assert shard_of("any.example", 1) == 0
    with pytest.raises(ConfigError):
        shard_of("any.example", 0)


def test_counts_file_round_trip(tmp_path: Path) -> None:
    counts = count_records(records())
    buf = io.StringIO()
    counts.write(buf)
    lines = buf.getvalue().splitlines()
    assert json.loads(lines[0])["format"] == "boilerstrip-site-counts"
    assert json.loads(lines[1]) == ["courier.example", None, 6]
    assert MOTTO not in buf.getvalue()
    assert SiteCounts.read(io.StringIO(buf.getvalue())) == counts
    for name in ("c.jsonl", "c.jsonl.gz"):
        write_counts(counts, str(tmp_path / name))
        assert read_counts([str(tmp_path / name)]) == counts
    assert gzip.decompress((tmp_path / "c.jsonl.gz").read_bytes()).decode() == buf.getvalue()
    # Reading two files is merging them; pruning drops rare lines but keeps page counts.
    assert read_counts([str(tmp_path / "c.jsonl"), str(tmp_path / "c.jsonl.gz")]) == SiteCounts.merged([counts] * 2)
    pruned = counts.pruned(3)
    index = pruned.index("courier.example")
    assert index is not None and index.documents == 6 and index.pages_with(MOTTO) == 6
    assert index.pages_with(BODIES[0]) == 0


@pytest.mark.parametrize(
    "text",
    [
        '["courier.example", null, 3]\n',
        '{"format": "something-else"}\n',
        '{"format": "boilerstrip-site-counts", "version": 9, "key": "x", "min_words": 2}\n',
        '{"format": "boilerstrip-site-counts", "version": 1, "key": "blake2b-64(norm(line))", "min_words": 2}\n[1, 2]\n',
    ],
)
def test_bad_counts_files_are_refused(text: str) -> None:
    with pytest.raises(ConfigError):
        SiteCounts.read(io.StringIO(text))


def test_host_of() -> None:
    assert host_of("https://www.Courier.example/a") == "courier.example"
    assert host_of("courier.example/a") == "courier.example"
    assert [host_of(v) for v in (None, "", 7, "https://", "http://[::1")] == [None] * 5


# --- the two-pass run -----------------------------------------------------------------------------


def test_two_pass_run_removes_site_chrome_and_keeps_prose() -> None:
    rows = records()
    stats = BatchStats()
    out = list(clean_records_site_pass(rows, fields=["text"], with_removals=True, stats=stats))
    assert [r["id"] for r in out] == [r["id"] for r in rows]
    for i, body in enumerate(BODIES):
        # The stock sentence (on 2 of 6 pages, inside the article) stays; motto and footer go.
        assert out[i]["text"].splitlines() == [body, *([STOCK] if i < 2 else [])]
        assert {r["cleaner"] for r in out[i]["removed"]} == {"site_repeats", "final_whitespace"}
    assert MOTTO in out[6]["text"] and FOOTER in out[6]["text"]  # no URL: no site cleaner
    assert out[7]["error"]["type"] == "InvalidRecord"
    assert MOTTO in out[8]["text"]  # another host, one page: nothing to compare with
    assert stats.removed_chars_by_cleaner["site_repeats"] == 6 * (len(MOTTO) + len(FOOTER) + 1)
    # Without the site pass, the default rules leave this chrome alone.
    plain = list(clean_records(rows, fields=["text"]))
    assert all(MOTTO in r["text"] for r in plain if "text" in r)


def test_two_pass_run_is_the_same_with_workers() -> None:
    rows = records()
    counts = count_records(rows)
    one = list(clean_records(rows, site=SitePass(counts)))
    two = list(clean_records(rows, site=SitePass(counts), jobs=2))
    assert one == two


def test_prose_care_and_thresholds() -> None:
    # The stock sentence is on 4 of 6 pages (67 %), beside each page's own prose: under prose_min_share (0.8).
    rows = [
        {"id": i, "url": f"https://courier.example/{i}", "text": page(b, stock=i < 4)} for i, b in enumerate(BODIES)
    ]
    careful = list(clean_records_site_pass(rows, fields=["text"]))
    assert all(STOCK in r["text"] for r in careful[:4]) and all(MOTTO not in r["text"] for r in careful)
    # Without that care, the stock sentence goes too; on these short pages the prose guard then holds the
    # whole cleaner back (footer, stock sentence and motto outweigh the page's prose), unless it is off.
    careless = list(clean_records_site_pass(rows, fields=["text", "flags"], site_prose_min_share=None))
    assert [r["flags"] for r in careless] == [["prose_guard"]] * 4 + [[]] * 2
    unguarded = Config(max_prose_loss=None, max_total_prose_loss=None)
    careless = list(clean_records_site_pass(rows, fields=["text"], site_prose_min_share=None, config=unguarded))
    assert all(r["text"] == BODIES[i] for i, r in enumerate(careless))
    strict = list(clean_records_site_pass(rows, fields=["text"], site_min_pages=7))
    assert all(MOTTO in r["text"] for r in strict)
    with pytest.raises(ConfigError):
        SitePass(SiteCounts(), min_share=1.5)
    with pytest.raises(ConfigError, match="twice"):
        clean_records_site_pass(iter(rows))  # type: ignore[arg-type]


# --- the commands ---------------------------------------------------------------------------------


def write_rows(path: Path, rows: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    return path


def read_rows(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]


def test_batch_site_pass_writes_counts_and_cleans(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = write_rows(tmp_path / "in.jsonl", records())
    out, counts, stats = tmp_path / "out.jsonl", tmp_path / "counts.jsonl", tmp_path / "stats.json"
    args = ["batch", str(src), "-o", str(out), "--fields", "text", "--site-pass", "--site-index", str(counts)]
    assert main([*args, "--stats", str(stats)]) == 0
    rows = read_rows(out)
    assert [r.get("text") for r in rows[:6]] == [
        f"{BODIES[0]}\n{STOCK}",
        f"{BODIES[1]}\n{STOCK}",
        *BODIES[2:],
    ]
    assert MOTTO in rows[6]["text"] and "error" in rows[7]
    err = capsys.readouterr().err
    assert "site pass: 2 hosts, 7 pages counted (left out: 1 without a URL host, 1 without text)" in err
    assert "site_repeats removed" in err
    assert json.loads(stats.read_text("utf-8"))["removed_chars_by_cleaner"]["site_repeats"] > 0
    assert read_counts([str(counts)]) == count_records(read_jsonl_records(src))


def read_jsonl_records(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]


def test_site_index_build_merge_and_use(tmp_path: Path) -> None:
    rows = records()
    src = write_rows(tmp_path / "in.jsonl", rows)
    # Two machines, each with half of the records (not split by host): counts add up.
    a = write_rows(tmp_path / "a.jsonl", rows[:3])
    b = write_rows(tmp_path / "b.jsonl", rows[3:])
    assert main(["site-index", "build", str(a), "-o", str(tmp_path / "a.counts.gz")]) == 0
    assert main(["site-index", "build", str(b), "-o", str(tmp_path / "b.counts")]) == 0
    merged = tmp_path / "merged.counts"
    assert (
        main(["site-index", "merge", str(tmp_path / "a.counts.gz"), str(tmp_path / "b.counts"), "-o", str(merged)]) == 0
    )
    assert read_counts([str(merged)]) == count_records(rows)
    # Sharded by host: shard files hold disjoint hosts and merge to the whole.
    shards = []
    for k in range(2):
        shards.append(str(tmp_path / f"s{k}.counts"))
        assert main(["site-index", "build", str(src), "--shard", f"{k}/2", "-o", shards[-1]]) == 0
    assert read_counts(shards) == count_records(rows)
    # Cleaning with counts built earlier gives what the two-pass run gives.
    used, two_pass = tmp_path / "used.jsonl", tmp_path / "two.jsonl"
    assert main(["batch", str(src), "-o", str(used), "--use-site-index", str(merged)]) == 0
    assert main(["batch", str(src), "-o", str(two_pass), "--site-pass"]) == 0
    assert used.read_text("utf-8") == two_pass.read_text("utf-8")
    assert MOTTO not in read_rows(used)[3]["text"]


def test_batch_site_pass_reads_stdin_twice(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    raw = "".join(json.dumps(r) + "\n" for r in records()).encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(raw), encoding="utf-8"))
    assert main(["batch", "-", "--site-pass", "--fields", "text", "--site-min-share", "0.5"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(rows) == 9 and rows[2]["text"] == BODIES[2]


def test_batch_site_option_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = write_rows(tmp_path / "in.jsonl", records())
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(src), "-o", str(out), "--site-index", str(tmp_path / "c")]) == 2
    assert "--site-pass" in capsys.readouterr().err and not out.exists()
    bad = tmp_path / "bad.counts"
    bad.write_text('{"format": "nope"}\n', "utf-8")
    assert main(["batch", str(src), "--use-site-index", str(bad)]) == 2
    assert "not a site counts file" in capsys.readouterr().err
    for argv in (
        ["batch", str(src), "--site-pass", "--use-site-index", str(bad)],
        ["batch", str(src), "--site-min-share", "2"],
        ["site-index", "build", str(src), "--shard", "3/2"],
    ):
        with pytest.raises(SystemExit):
            main(argv)


def test_resume_counts_every_record_and_cleans_the_rest(tmp_path: Path) -> None:
    src = write_rows(tmp_path / "in.jsonl", records())
    full, part = tmp_path / "full.jsonl", tmp_path / "part.jsonl"
    assert main(["batch", str(src), "-o", str(full), "--site-pass"]) == 0
    lines = full.read_text("utf-8").splitlines(keepends=True)
    part.write_text("".join(lines[:3]), "utf-8")
    # The records already done are still counted in the first pass: the counts, and so the output, are the same.
    assert main(["batch", str(src), "-o", str(part), "--site-pass", "--resume"]) == 0
    assert part.read_text("utf-8") == full.read_text("utf-8")


def test_site_pass_survives_pickling() -> None:
    import pickle

    site = SitePass(count_records(records()), min_pages=4)
    again = pickle.loads(pickle.dumps(site))
    assert again == site and again.counts.index("courier.example") == site.counts.index("courier.example")
