"""Scoring for the benchmarks and the tests: the labelled corpus and the public extraction benchmarks.

Not part of the installed package: the benchmark scripts import it as their
sibling (``from scoring import ...``) and the tests through pytest's
``pythonpath`` (``pyproject.toml``).

The labelled corpus (``corpus/cases``, format in ``corpus/README.md``) is
scored on kept-prose precision and recall. Scores are line-level and
micro-averaged: a line counts as kept prose when it equals an expected line
exactly (each expected line can be matched once). The public benchmarks
(``../shared/bench``) are scored with their own metrics: the AEB shingle
metric and the trafilatura set's must / must-not segments; pages are decoded
as a browser would.

>>> s = line_score(["a b", "c d"], ["a b", "x"])
>>> (s.true_pos, s.false_pos, s.false_neg)
(1, 1, 1)
"""

from __future__ import annotations

import gzip
import json
import os
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from boilerstrip.evaluate import LineScore, line_score
from boilerstrip.html import TRAFILATURA_SETTINGS

__all__ = ["LineScore", "line_score"]  # re-exported: the corpus scoring counts lines as `boilerstrip eval` does


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


def case_records(root: str | Path) -> Iterator[tuple[Path, dict[str, Any]]]:
    """Each case folder under ``root`` that has a ``case.json``, sorted by id, with that file's record."""
    for folder in sorted(Path(root).iterdir()):
        meta_path = folder / "case.json"
        if meta_path.is_file():
            yield folder, json.loads(meta_path.read_text(encoding="utf-8"))


def load_corpus(root: str | Path) -> list[Case]:
    """Read every case directory under ``root`` (``corpus/cases``), sorted by id."""
    cases: list[Case] = []
    for folder, meta in case_records(root):
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


def default_bench() -> Path | None:
    """$BOILERSTRIP_BENCH, else ``../shared/bench`` beside the repository when it exists."""
    env = os.environ.get("BOILERSTRIP_BENCH")
    if env:
        return Path(env)
    beside = Path(__file__).resolve().parent.parent.parent / "shared" / "bench"
    return beside if beside.is_dir() else None


def bench_pages(bench: Path, name: str, limit: int | None = None) -> Iterator[tuple[dict[str, Any], bytes]]:
    """Each record of ``<bench>/<name>/index.jsonl`` with its page's HTML, read in place and decompressed."""
    with (bench / name / "index.jsonl").open(encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if limit is not None and i >= limit:
                return
            record: dict[str, Any] = json.loads(line)
            yield record, gzip.decompress((bench / name / record["html"]).read_bytes())


def bench_text(html: bytes) -> str:
    """The peer's text for a benchmark page: trafilatura with ``clean_html``'s settings (``TRAFILATURA_SETTINGS``).

    Every benchmark script extracts through here, so speed and quality are
    measured on the same text.
    """
    import trafilatura  # only the benchmarks need it at this point

    text = trafilatura.extract(html, **TRAFILATURA_SETTINGS)
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


# --- benchmark suite: per-page AEB scores, bootstrap, segment rates, page decoding, stored outputs ---


@dataclass(frozen=True)
class AebPage:
    """One page's AEB scores.

    ``precision`` is None when the prediction has no shingle and ``recall`` is
    None when the gold has none: such pages are left out of that average, as
    the spec says.
    """

    precision: float | None
    recall: float | None
    exact: bool


def aeb_page(gold: str, pred: str | None) -> AebPage:
    """Score one page with the AEB shingle metric (``bench/README.md``, steps 1-4 and 6).

    >>> aeb_page("a b c d e", "a b c d x y")
    AebPage(precision=0.3333333333333333, recall=0.5, exact=False)
    >>> aeb_page("Hello world", "Hello, world!")
    AebPage(precision=1.0, recall=1.0, exact=True)
    >>> aeb_page("a b c d e", None)
    AebPage(precision=None, recall=0.0, exact=False)
    """
    pred = pred or ""
    g_toks, p_toks = tokens(gold), tokens(pred)
    g, p = shingles(g_toks), shingles(p_toks)
    hits = sum((g & p).values())
    tp, fp, fn = float(hits), float(sum(p.values()) - hits), float(sum(g.values()) - hits)
    total = tp + fp + fn
    if total:
        # Normalised so that every page weighs the same, whatever its length.
        tp, fp, fn = tp / total, fp / total, fn / total
    prec = 1.0 if fp == fn == 0 else 0.0 if tp == fp == 0 else tp / (tp + fp)
    rec = 1.0 if fp == fn == 0 else 0.0 if tp == fn == 0 else tp / (tp + fn)
    return AebPage(prec if tp + fp > 0 else None, rec if tp + fn > 0 else None, g_toks == p_toks)


@dataclass(frozen=True)
class AebMetrics:
    """Corpus AEB scores: F1 from the macro-averaged P and R, and exact-token accuracy."""

    f1: float
    precision: float
    recall: float
    accuracy: float


def aeb_metrics(pages: Sequence[AebPage]) -> AebMetrics:
    """Macro-average per-page scores (spec step 5); F1 is taken from the averages, not averaged.

    >>> m = aeb_metrics([aeb_page("a b c d e", "a b c d x y"), aeb_page("Hello world", "Hello, world!")])
    >>> round(m.precision, 4), m.recall, m.accuracy
    (0.6667, 0.75, 0.5)
    """
    precs = [pg.precision for pg in pages if pg.precision is not None]
    recs = [pg.recall for pg in pages if pg.recall is not None]
    p = sum(precs) / len(precs) if precs else 0.0
    r = sum(recs) / len(recs) if recs else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    acc = sum(pg.exact for pg in pages) / len(pages) if pages else 0.0
    return AebMetrics(f1, p, r, acc)


@dataclass(frozen=True)
class AebReport:
    """AEB scores on all pages (``value``) and their bootstrap standard deviations (``std``)."""

    value: AebMetrics
    std: AebMetrics
    pages: int
    resamples: int


def aeb_bootstrap(pages: Sequence[AebPage], resamples: int = 1000, seed: int = 0) -> AebReport:
    """Scores on all pages plus the std over ``resamples`` bootstrap resamples (spec step 7).

    The resampling is seeded, so a report can be reproduced exactly.

    >>> rep = aeb_bootstrap([aeb_page("a b c d e", "a b c d e")] * 3, resamples=10)
    >>> rep.value.f1, rep.std.f1
    (1.0, 0.0)
    """
    import random
    import statistics

    rng = random.Random(seed)
    n = len(pages)
    samples = [aeb_metrics([pages[i] for i in rng.choices(range(n), k=n)]) for _ in range(resamples)] if n else []

    def spread(get: Any) -> float:
        return statistics.pstdev([get(m) for m in samples]) if len(samples) > 1 else 0.0

    std = AebMetrics(
        spread(lambda m: m.f1),
        spread(lambda m: m.precision),
        spread(lambda m: m.recall),
        spread(lambda m: m.accuracy),
    )
    return AebReport(aeb_metrics(pages), std, n, resamples)


@dataclass(frozen=True)
class SegmentMetrics:
    """trafilatura-set rates, micro-averaged over all segments of all pages."""

    f1: float
    precision: float
    recall: float
    accuracy: float


def segment_metrics(score: SegmentScore) -> SegmentMetrics:
    r"""Precision, recall, accuracy and F-score from summed segment counts (as trafilatura's evaluation).

    >>> s = SegmentScore()
    >>> s.add(["kept text", "lost text"], ["menu", "footer"], "kept  text\nmenu")
    >>> segment_metrics(s)
    SegmentMetrics(f1=0.5, precision=0.5, recall=0.5, accuracy=0.5)
    """
    tp, fp, fn, tn = score.tp, score.fp, score.fn, score.tn
    return SegmentMetrics(
        f1=2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 0.0,
        precision=tp / (tp + fp) if tp + fp else 0.0,
        recall=tp / (tp + fn) if tp + fn else 0.0,
        accuracy=(tp + tn) / (tp + tn + fp + fn) if tp + tn + fp + fn else 0.0,
    )


_BOMS = ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))
_META_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
# WHATWG label mapping where Python's codec differs from what a browser does:
# latin-1 and ASCII labels mean windows-1252, a UTF-16 label in a meta tag means UTF-8.
_BROWSER_LABELS = {
    "iso-8859-1": "cp1252",
    "latin-1": "cp1252",
    "latin1": "cp1252",
    "ascii": "cp1252",
    "us-ascii": "cp1252",
    "x-user-defined": "cp1252",
    "utf-16": "utf-8",
    "utf-16le": "utf-8",
    "utf-16be": "utf-8",
    "gb2312": "gb18030",
    "gbk": "gb18030",
}


def browser_charset(html: bytes) -> str:
    r"""The encoding a browser would pick for a page served without a charset header.

    Order: byte-order mark, a ``<meta charset>`` (or http-equiv) declaration in
    the first 64 KiB, then UTF-8 if the bytes are valid UTF-8, else windows-1252.

    >>> browser_charset(b'<meta charset="ISO-8859-1"><p>caf\xe9')
    'cp1252'
    >>> browser_charset("<p>café".encode())
    'utf-8'
    >>> browser_charset(b"<p>caf\xe9")
    'cp1252'
    """
    import codecs

    for bom, name in _BOMS:
        if html.startswith(bom):
            return name
    found = _META_CHARSET.search(html[:65536])
    if found:
        label = found.group(1).decode("ascii").lower()
        label = _BROWSER_LABELS.get(label, label)
        try:
            return codecs.lookup(label).name
        except LookupError:
            pass  # an unknown label is ignored, as browsers do
    try:
        html.decode("utf-8")
    except UnicodeDecodeError:
        return "cp1252"
    return "utf-8"


def decode_page(html: bytes) -> str:
    r"""Decode page bytes as a browser would (:func:`browser_charset`); undecodable bytes become U+FFFD.

    >>> decode_page(b"\xef\xbb\xbf<p>caf\xc3\xa9")
    '<p>café'
    >>> decode_page(b"<p>\x93quoted\x94 \x81")
    '<p>“quoted” �'
    """
    charset = browser_charset(html)
    body = html
    for bom, name in _BOMS:
        if charset == name and html.startswith(bom):
            body = html[len(bom) :]
    return body.decode(charset, errors="replace")


def load_reference_outputs(path: Path) -> dict[str, str]:
    """Read an AEB stored output file (``reference_outputs/<system>.json.gz``) as ``{page id: articleBody}``.

    Files wrapped as ``{"version", "output"}`` are unwrapped; a missing body reads as "".
    """
    data: dict[str, Any] = json.loads(gzip.decompress(path.read_bytes()))
    if set(data) == {"version", "output"}:
        data = data["output"]
    return {key: str((value or {}).get("articleBody") or "") for key, value in data.items()}
