"""Score cleaning against the labelled corpus (``corpus/cases``): kept-prose precision and recall.

The corpus format is documented in ``corpus/README.md``. Scores are
line-level and micro-averaged: a line counts as kept prose when it equals an
expected line exactly (each expected line can be matched once).

>>> s = line_score(["a b", "c d"], ["a b", "x"])
>>> (s.true_pos, s.false_pos, s.false_neg)
(1, 1, 1)
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Case:
    """One corpus document: raw input, expected clean text and expected metadata."""

    id: str
    lang: str
    site_style: str
    kind: str
    description: str
    input: str
    expected: str
    metadata: Mapping[str, Any]


@dataclass
class LineScore:
    """Counts of kept-prose lines: right (true_pos), chrome left in (false_pos), prose lost (false_neg)."""

    true_pos: int = 0
    false_pos: int = 0
    false_neg: int = 0

    def __add__(self, other: LineScore) -> LineScore:
        return LineScore(
            self.true_pos + other.true_pos, self.false_pos + other.false_pos, self.false_neg + other.false_neg
        )

    @property
    def precision(self) -> float:
        """Share of output lines that are expected prose."""
        out = self.true_pos + self.false_pos
        return self.true_pos / out if out else 1.0

    @property
    def recall(self) -> float:
        """Share of expected prose lines found in the output."""
        exp = self.true_pos + self.false_neg
        return self.true_pos / exp if exp else 1.0


def line_score(expected: Sequence[str], got: Sequence[str]) -> LineScore:
    """Compare two lists of lines as multisets."""
    e, g = Counter(expected), Counter(got)
    tp = sum((e & g).values())
    return LineScore(tp, sum(g.values()) - tp, sum(e.values()) - tp)


def load_corpus(root: str | Path) -> list[Case]:
    """Read every case directory under ``root`` (``corpus/cases``), sorted by id."""
    cases: list[Case] = []
    for folder in sorted(Path(root).iterdir()):
        meta_path = folder / "case.json"
        if not meta_path.is_file():
            continue
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        cases.append(
            Case(
                id=str(meta["id"]),
                lang=str(meta.get("lang", "")),
                site_style=str(meta.get("site_style", "")),
                kind=str(meta.get("kind", "chrome")),
                description=str(meta.get("description", "")),
                input=(folder / "input.txt").read_text(encoding="utf-8"),
                expected=(folder / "expected.txt").read_text(encoding="utf-8").rstrip("\n"),
                metadata=meta.get("metadata", {}),
            )
        )
    return cases


def _canon(value: Any) -> Any:
    if isinstance(value, str):
        return " ".join(value.split())
    if isinstance(value, list):
        return [_canon(v) for v in value]
    if isinstance(value, dict):
        return {k: _canon(v) for k, v in value.items()}
    return value


def metadata_mismatches(expected: Mapping[str, Any], got: Mapping[str, Any]) -> dict[str, tuple[Any, Any]]:
    """Return ``{key: (expected, got)}`` for every expected key whose value differs."""
    out: dict[str, tuple[Any, Any]] = {}
    for key, want in expected.items():
        have = got.get(key)
        if _canon(want) != _canon(have):
            out[key] = (want, have)
    return out


@dataclass
class CorpusReport:
    """Aggregated scores over a corpus run."""

    lines: LineScore = field(default_factory=LineScore)
    per_case: dict[str, LineScore] = field(default_factory=dict)
    metadata_total: int = 0
    metadata_right: int = 0
    metadata_misses: dict[str, dict[str, tuple[Any, Any]]] = field(default_factory=dict)

    @property
    def metadata_accuracy(self) -> float:
        """Share of expected metadata fields reproduced exactly."""
        return self.metadata_right / self.metadata_total if self.metadata_total else 1.0


def evaluate(cases: Iterable[Case], clean: Any) -> CorpusReport:
    """Run ``clean(text) -> Result`` over ``cases`` and score it."""
    report = CorpusReport()
    for case in cases:
        result = clean(case.input)
        got_lines = result.text.split("\n") if result.text else []
        exp_lines = case.expected.split("\n") if case.expected else []
        score = line_score(exp_lines, got_lines)
        report.per_case[case.id] = score
        report.lines = report.lines + score
        misses = metadata_mismatches(case.metadata, result.metadata.to_dict())
        report.metadata_total += len(case.metadata)
        report.metadata_right += len(case.metadata) - len(misses)
        if misses:
            report.metadata_misses[case.id] = misses
    return report


# --- public extraction benchmarks (metrics as specified in ../shared/bench/README.md) ---

_TOKEN = re.compile(r"\w+")


def bench_pages(bench: Path, name: str, limit: int | None = None) -> Iterator[tuple[dict[str, Any], bytes]]:
    """Each record of ``<bench>/<name>/index.jsonl`` with its page's HTML, read in place and decompressed."""
    with (bench / name / "index.jsonl").open(encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if limit is not None and i >= limit:
                return
            record: dict[str, Any] = json.loads(line)
            yield record, gzip.decompress((bench / name / record["html"]).read_bytes())


def bench_text(html: bytes) -> str:
    """The peer's text for a benchmark page: trafilatura as in its own evaluation (tables in, comments out).

    Every benchmark script extracts through here, so speed and quality are
    measured on the same text.
    """
    import trafilatura  # only the benchmarks need it at this point

    text = trafilatura.extract(html, include_comments=False, include_tables=True, include_formatting=False)
    return text if isinstance(text, str) else ""


def tokens(text: str) -> list[str]:
    """AEB tokenisation: maximal runs of Unicode word characters."""
    return _TOKEN.findall(text)


def shingles(toks: list[str], n: int = 4) -> Counter[tuple[str, ...]]:
    """AEB shingles: 4-grams, or one shingle of all tokens for 1-3 tokens."""
    if len(toks) >= n:
        return Counter(tuple(toks[i : i + n]) for i in range(len(toks) - n + 1))
    return Counter([tuple(toks)]) if toks else Counter()


@dataclass
class AebScore:
    """Per-page precision/recall lists and exact-token matches (macro averages at the end)."""

    precisions: list[float] = field(default_factory=list)
    recalls: list[float] = field(default_factory=list)
    exact: int = 0
    pages: int = 0

    def add(self, gold: str, pred: str) -> None:
        g, p = shingles(tokens(gold)), shingles(tokens(pred))
        hits = sum((g & p).values())
        total = sum(p.values()) + sum(g.values()) - hits
        # Normalise so that every page weighs the same, whatever its length.
        tp = hits / total if total else 0.0
        fp = (sum(p.values()) - hits) / total if total else 0.0
        fn = (sum(g.values()) - hits) / total if total else 0.0
        prec = 1.0 if fp == fn == 0 else 0.0 if tp == fp == 0 else tp / (tp + fp)
        rec = 1.0 if fp == fn == 0 else 0.0 if tp == fn == 0 else tp / (tp + fn)
        if tp + fp > 0:
            self.precisions.append(prec)
        if tp + fn > 0:
            self.recalls.append(rec)
        self.exact += tokens(gold) == tokens(pred)
        self.pages += 1

    @property
    def precision(self) -> float:
        """Macro-averaged shingle precision over pages whose prediction has shingles."""
        return sum(self.precisions) / len(self.precisions) if self.precisions else 0.0

    @property
    def recall(self) -> float:
        """Macro-averaged shingle recall over pages whose gold has shingles."""
        return sum(self.recalls) / len(self.recalls) if self.recalls else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of the averaged precision and recall (as AEB computes it)."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def summary(self) -> str:
        """One line: F1, P, R and exact-token accuracy."""
        return (
            f"F1 {self.f1:.4f}  P {self.precision:.4f}  R {self.recall:.4f}  acc {self.exact / max(self.pages, 1):.3f}"
        )


@dataclass
class SegmentScore:
    """trafilatura-benchmark counts, micro-averaged over segments."""

    tp: int = 0
    fn: int = 0
    fp: int = 0
    tn: int = 0

    def add(self, must: list[str], must_not: list[str], pred: str) -> None:
        out = " ".join(pred.split())
        for seg in must:
            if " ".join(seg.split()) in out:
                self.tp += 1
            else:
                self.fn += 1
        for seg in must_not:
            if " ".join(seg.split()) in out:
                self.fp += 1
            else:
                self.tn += 1

    def summary(self) -> str:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        acc = (self.tp + self.tn) / max(self.tp + self.tn + self.fp + self.fn, 1)
        f = 2 * self.tp / max(2 * self.tp + self.fp + self.fn, 1)
        return f"F {f:.4f}  P {p:.4f}  R {r:.4f}  acc {acc:.4f}  (must kept {self.tp}, boilerplate kept {self.fp})"
