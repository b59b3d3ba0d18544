r"""Score boilerstrip on your own labelled samples: kept-prose line precision and recall, and harm to clean text.

A sample is a folder holding ``input.txt`` (the text as your extractor gives
it) and ``expected.txt`` (the prose that must remain, one paragraph per line),
and optionally ``case.json`` with ``kind`` and ``lang``. ``kind`` is
``chrome`` (the default: a page with chrome to remove), ``negative`` (prose
that looks like chrome) or ``clean`` (a text with no chrome at all, whose
expected output is the input with whitespace normalised). The project's own
corpus uses this layout (``corpus/README.md``), so ``boilerstrip eval
corpus/heldout`` scores a held-out set.

Lines are compared exactly, as multisets: a kept line is right when it equals
an expected line not matched yet. Precision is the share of kept lines that
are expected prose, recall the share of expected lines kept (micro-averaged).
Clean samples are reported apart: how many came out changed, and the share
of their characters removed.

>>> s = line_score(["The port opened.", "It cost 40 million."], ["The port opened.", "Share"])
>>> (s.true_pos, s.false_pos, s.false_neg), s.precision, s.recall
((1, 1, 1), 0.5, 0.5)
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from boilerstrip.result import Result

#: The kinds of sample; ``clean`` samples measure harm, the others kept-prose precision and recall.
SAMPLE_KINDS = ("chrome", "negative", "clean")


@dataclass
class LineScore:
    """Counts of kept-prose lines: right (``true_pos``), chrome left in (``false_pos``), prose lost (``false_neg``)."""

    true_pos: int = 0
    false_pos: int = 0
    false_neg: int = 0

    def __add__(self, other: LineScore) -> LineScore:
        return LineScore(
            self.true_pos + other.true_pos, self.false_pos + other.false_pos, self.false_neg + other.false_neg
        )

    @property
    def precision(self) -> float:
        """Share of output lines that are expected prose (1.0 when nothing was kept)."""
        out = self.true_pos + self.false_pos
        return self.true_pos / out if out else 1.0

    @property
    def recall(self) -> float:
        """Share of expected prose lines found in the output (1.0 when nothing was expected)."""
        exp = self.true_pos + self.false_neg
        return self.true_pos / exp if exp else 1.0


def line_score(expected: Sequence[str], got: Sequence[str]) -> LineScore:
    """Compare two lists of lines as multisets."""
    e, g = Counter(expected), Counter(got)
    tp = sum((e & g).values())
    return LineScore(tp, sum(g.values()) - tp, sum(e.values()) - tp)


@dataclass(frozen=True)
class Sample:
    """One labelled sample: its input, the expected clean text, its kind and language."""

    id: str
    input: str
    expected: str
    kind: str = "chrome"
    lang: str = ""


def read_samples(folder: str | Path) -> list[Sample]:
    """Read every sample folder directly under ``folder`` (sorted by name); a folder without both files is skipped.

    Raises ``ValueError`` for a ``case.json`` that is not valid JSON or names an unknown kind.
    """
    samples: list[Sample] = []
    for path in sorted(Path(folder).iterdir()):
        if not ((path / "input.txt").is_file() and (path / "expected.txt").is_file()):
            continue
        meta: dict[str, object] = {}
        if (path / "case.json").is_file():
            try:
                meta = json.loads((path / "case.json").read_text(encoding="utf-8"))
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path / 'case.json'}: not valid JSON ({exc})") from exc
        kind = str(meta.get("kind", "chrome"))
        if kind not in SAMPLE_KINDS:
            raise ValueError(f"{path / 'case.json'}: kind {kind!r} is not one of {', '.join(SAMPLE_KINDS)}")
        samples.append(
            Sample(
                id=path.name,
                input=(path / "input.txt").read_text(encoding="utf-8"),
                expected=(path / "expected.txt").read_text(encoding="utf-8").rstrip("\n"),
                kind=kind,
                lang=str(meta.get("lang", "")),
            )
        )
    return samples


@dataclass
class EvalReport:
    """Scores over a set of samples: lines of the chrome and negative samples, harm to the clean ones."""

    lines: LineScore = field(default_factory=LineScore)
    by_lang: dict[str, LineScore] = field(default_factory=dict)
    per_sample: dict[str, LineScore] = field(default_factory=dict)
    clean_samples: int = 0
    clean_changed: list[str] = field(default_factory=list)
    clean_chars: int = 0
    clean_chars_removed: int = 0

    @property
    def samples(self) -> int:
        """How many samples were scored."""
        return len(self.per_sample)

    @property
    def clean_removed_share(self) -> float:
        """Share of the clean samples' expected characters missing from the output."""
        return self.clean_chars_removed / self.clean_chars if self.clean_chars else 0.0

    def to_dict(self) -> dict[str, object]:
        """The report as JSON-ready data."""
        return {
            "samples": self.samples,
            "line_precision": round(self.lines.precision, 4),
            "line_recall": round(self.lines.recall, 4),
            "lines": vars(self.lines).copy(),
            "by_lang": {
                lang: {"precision": round(s.precision, 4), "recall": round(s.recall, 4), **vars(s)}
                for lang, s in sorted(self.by_lang.items())
            },
            "clean_samples": self.clean_samples,
            "clean_changed": list(self.clean_changed),
            "clean_removed_share": round(self.clean_removed_share, 5),
        }

    def format(self) -> str:
        """A short readable summary."""
        out = [
            f"{self.samples} samples; chrome and negative: line precision {self.lines.precision:.3f}, "
            f"recall {self.lines.recall:.3f} ({self.lines.true_pos} right, {self.lines.false_pos} chrome kept, "
            f"{self.lines.false_neg} prose lost)"
        ]
        if self.clean_samples:
            out.append(
                f"clean: {len(self.clean_changed)} of {self.clean_samples} changed, "
                f"{self.clean_removed_share:.2%} of their characters removed"
            )
        for lang, s in sorted(self.by_lang.items()):
            out.append(f"  {lang or '?':4} P {s.precision:.3f}  R {s.recall:.3f}")
        return "\n".join(out)


def _lines(text: str) -> list[str]:
    return text.split("\n") if text else []


def evaluate(samples: Iterable[Sample], clean: Callable[[str], Result]) -> EvalReport:
    """Run ``clean`` over ``samples`` and score the output (see the module docstring)."""
    report = EvalReport()
    for sample in samples:
        got, expected = _lines(clean(sample.input).text), _lines(sample.expected)
        score = line_score(expected, got)
        report.per_sample[sample.id] = score
        if sample.kind == "clean":
            report.clean_samples += 1
            report.clean_chars += len(sample.expected)
            if got != expected:
                report.clean_changed.append(sample.id)
                missing = Counter(expected) - Counter(got)
                report.clean_chars_removed += sum(len(line) * n for line, n in missing.items())
            continue
        report.lines = report.lines + score
        report.by_lang[sample.lang] = report.by_lang.get(sample.lang, LineScore()) + score
    return report


def iter_sample_folders(paths: Iterable[str | Path]) -> Iterator[Sample]:
    """The samples of each folder in ``paths``, in order."""
    for path in paths:
        yield from read_samples(path)
