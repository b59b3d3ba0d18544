"""Same input and config give byte-identical output across runs, processes and hash seeds."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import boilerstrip

ROOT = Path(__file__).resolve().parent.parent
CASES = sorted((ROOT / "corpus" / "cases").glob("*/input.txt"))
# A spread of scripts and styles: every 12th corpus case.
SAMPLE = [str(p) for p in CASES[::12]]
PAGE = (
    "<html><head><title>Port opens</title><meta name='author' content='Jane Doe'></head><body>"
    "<nav>Home | World | Share</nav><article><h1>Port opens</h1>"
    "<p>BERLIN (dpa) - The council approved the new port budget on Tuesday evening, after a long debate.</p>"
    "<p>Teachers had asked for more money for books and heating in the older school buildings.</p>"
    "<p>Photo: Reuters</p></article><footer>© 2024 Example News</footer></body></html>"
)
SCRIPT = """
import json, sys
import boilerstrip
out = []
for path in sys.argv[2:]:
    text = open(path, encoding="utf-8").read()
    out.append(boilerstrip.clean(text).to_dict())
    out.append(boilerstrip.clean(text, config=boilerstrip.Config(on_error="skip", lang="en")).to_dict())
out.append(boilerstrip.clean_html(sys.argv[1], url="https://example.com/a").to_dict())
sys.stdout.write(json.dumps(out, sort_keys=True))
"""


def _run(seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    proc = subprocess.run(
        [sys.executable, "-c", SCRIPT, PAGE, *SAMPLE],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        check=True,
    )
    return proc.stdout


def test_output_is_identical_across_hash_seeds_and_processes() -> None:
    assert len(SAMPLE) >= 8
    outputs = {seed: _run(seed) for seed in ("0", "1", "4242")}
    first = outputs["0"]
    assert json.loads(first)[-1]["text"]  # the HTML page was extracted
    assert all(out == first for out in outputs.values())
    # And the same in this process, whatever its hash seed.
    here = []
    for path in SAMPLE:
        text = Path(path).read_text(encoding="utf-8")
        here.append(boilerstrip.clean(text).to_dict())
        here.append(boilerstrip.clean(text, config=boilerstrip.Config(on_error="skip", lang="en")).to_dict())
    here.append(boilerstrip.clean_html(PAGE, url="https://example.com/a").to_dict())
    assert json.dumps(here, sort_keys=True) == first


def test_repeated_runs_in_one_process_are_identical() -> None:
    texts = [Path(p).read_text(encoding="utf-8") for p in SAMPLE]
    first = [boilerstrip.clean(t) for t in texts]
    from boilerstrip.rules import memo

    memo.clear()  # cold caches give the same answers as warm ones
    assert [boilerstrip.clean(t) for t in texts] == first
    assert [boilerstrip.clean(t) for t in reversed(texts)] == first[::-1]
