r"""Load and score the labelled HTML corpus (``corpus/html``): segment precision/recall and metadata.

Not part of the installed package: used by ``benchmarks/html_corpus_score.py``
and ``tests/test_html_corpus.py``, like its sibling :mod:`scoring`.

Each document is a whole page (``page.html``, read as bytes, in the encoding
its ``case.json`` names) with exact prose segments that an extraction must
keep (``must_contain``) and chrome segments it must drop
(``must_not_contain``). The metric is the one of the trafilatura benchmark
set (``bench/README.md``): after whitespace normalisation a segment counts
when it is a substring of the output; must segments give true positives or
false negatives, must-not segments false positives or true negatives, and
precision, recall and F1 are micro-averaged over all segments. Expected
metadata fields are compared exactly with
:func:`scoring.metadata_mismatches`.

>>> case = HtmlCase(
...     id="x", lang="en", site_style="blog", kind="chrome", description="", encoding="utf-8",
...     must_contain=("The port opened on Monday.",), must_not_contain=("Share this article",),
...     metadata={"title": "Port"}, page=b"<html><body><p>The port opened on Monday.</p></body></html>",
... )
>>> doc = score_document(case, "The port  opened on Monday.\nShare this article", {"title": "Port"})
>>> (doc.kept, doc.leaked, doc.metadata_right)
(('The port opened on Monday.',), ('Share this article',), 1)
>>> report = HtmlReport([doc])
>>> (report.precision, report.recall, report.metadata_by_field())
(0.5, 1.0, {'title': (1, 1)})
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from scoring import case_records, metadata_mismatches

# The segment metric compares texts with their whitespace runs collapsed, as the HTML stage compares lines.
from boilerstrip.html.dom import normalise

# Elements that start a new line when a browser renders the page; their text must not run into a neighbour's.
_BLOCK_TAGS = frozenset(
    (
        *("address", "article", "aside", "blockquote", "br", "dd", "details", "div", "dl", "dt", "fieldset"),
        *("figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li"),
        *("main", "nav", "ol", "p", "pre", "section", "summary", "table", "td", "th", "tr", "ul", "button"),
        *("label", "option"),
    )
)
# Elements whose text a reader never sees.
_HIDDEN_TAGS = ("script", "style", "noscript", "template", "head")


@dataclass(frozen=True)
class HtmlCase:
    """One labelled page: the raw bytes, the segments to keep and drop, and the expected metadata."""

    id: str
    lang: str
    site_style: str
    kind: str
    description: str
    encoding: str
    must_contain: tuple[str, ...]
    must_not_contain: tuple[str, ...]
    metadata: Mapping[str, Any]
    page: bytes

    def decoded(self) -> str:
        """The page as text, decoded with the encoding the case declares (strictly: a wrong label fails)."""
        return self.page.decode(self.encoding)


def visible_text(html: str) -> str:
    r"""The text a reader sees in ``html`` (body only, no scripts or styles), block elements on their own lines.

    >>> visible_text("<html><head><title>T</title></head><body><ul><li>Home</li><li>World</li></ul></body></html>")
    'Home\nWorld'
    """
    import lxml.html  # a dependency of trafilatura; imported lazily like in boilerstrip.html

    root = lxml.html.document_fromstring(html)
    for tag in _HIDDEN_TAGS:
        for el in root.iter(tag):
            el.drop_tree()
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag.lower() in _BLOCK_TAGS:
            el.tail = "\n" + (el.tail or "")
            el.text = "\n" + (el.text or "")
    text = str(root.text_content())
    return "\n".join(line for line in (normalise(x) for x in text.split("\n")) if line)


def load_html_cases(root: str | Path) -> list[HtmlCase]:
    """Read every ``<id>/case.json`` + ``<id>/page.html`` under ``root`` (``corpus/html``), sorted by id."""
    cases: list[HtmlCase] = []
    for folder, meta in case_records(root):
        cases.append(
            HtmlCase(
                id=str(meta["id"]),
                lang=str(meta.get("lang", "")),
                site_style=str(meta.get("site_style", "")),
                kind=str(meta.get("kind", "chrome")),
                description=str(meta.get("description", "")),
                encoding=str(meta.get("encoding", "utf-8")),
                must_contain=tuple(str(s) for s in meta.get("must_contain", ())),
                must_not_contain=tuple(str(s) for s in meta.get("must_not_contain", ())),
                metadata=meta.get("metadata", {}),
                page=(folder / "page.html").read_bytes(),
            )
        )
    return cases


@dataclass(frozen=True)
class DocumentScore:
    """Which segments of one page came through, and how many expected metadata fields were right."""

    id: str
    kind: str
    kept: tuple[str, ...]
    lost: tuple[str, ...]
    leaked: tuple[str, ...]
    dropped: tuple[str, ...]
    metadata_keys: tuple[str, ...] = ()
    metadata_misses: Mapping[str, tuple[Any, Any]] = field(default_factory=dict)

    @property
    def metadata_total(self) -> int:
        """Expected metadata fields scored (none for a text-only extractor)."""
        return len(self.metadata_keys)

    @property
    def metadata_right(self) -> int:
        """Expected metadata fields reproduced exactly."""
        return self.metadata_total - len(self.metadata_misses)


def score_document(case: HtmlCase, text: str, metadata: Mapping[str, Any] | None = None) -> DocumentScore:
    """Score one extraction; ``metadata`` is ``None`` for an extractor that returns text only (not scored)."""
    out = normalise(text)
    kept = tuple(s for s in case.must_contain if normalise(s) in out)
    lost = tuple(s for s in case.must_contain if normalise(s) not in out)
    leaked = tuple(s for s in case.must_not_contain if normalise(s) in out)
    dropped = tuple(s for s in case.must_not_contain if normalise(s) not in out)
    if metadata is None:
        return DocumentScore(case.id, case.kind, kept, lost, leaked, dropped)
    misses = metadata_mismatches(case.metadata, metadata)
    return DocumentScore(case.id, case.kind, kept, lost, leaked, dropped, tuple(case.metadata), misses)


@dataclass
class HtmlReport:
    """Micro-averaged segment scores (trafilatura-benchmark style) and metadata accuracy over documents."""

    documents: list[DocumentScore] = field(default_factory=list)

    @property
    def true_pos(self) -> int:
        """Must segments found in the output."""
        return sum(len(d.kept) for d in self.documents)

    @property
    def false_neg(self) -> int:
        """Must segments missing from the output (prose lost)."""
        return sum(len(d.lost) for d in self.documents)

    @property
    def false_pos(self) -> int:
        """Must-not segments found in the output (boilerplate kept)."""
        return sum(len(d.leaked) for d in self.documents)

    @property
    def true_neg(self) -> int:
        """Must-not segments absent from the output."""
        return sum(len(d.dropped) for d in self.documents)

    @property
    def precision(self) -> float:
        """``tp / (tp + fp)``: as in the trafilatura benchmark, must-not hits stand for boilerplate kept."""
        n = self.true_pos + self.false_pos
        return self.true_pos / n if n else 1.0

    @property
    def recall(self) -> float:
        """``tp / (tp + fn)``: the share of must segments kept."""
        n = self.true_pos + self.false_neg
        return self.true_pos / n if n else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def accuracy(self) -> float:
        """Share of all segments (must and must-not) handled right."""
        n = self.true_pos + self.false_neg + self.false_pos + self.true_neg
        return (self.true_pos + self.true_neg) / n if n else 1.0

    @property
    def metadata_total(self) -> int:
        """Expected metadata fields over the scored documents."""
        return sum(d.metadata_total for d in self.documents)

    @property
    def metadata_right(self) -> int:
        """Expected metadata fields reproduced exactly."""
        return sum(d.metadata_right for d in self.documents)

    @property
    def metadata_accuracy(self) -> float:
        """Share of expected metadata fields reproduced exactly (1.0 when none were scored)."""
        return self.metadata_right / self.metadata_total if self.metadata_total else 1.0

    def metadata_by_field(self) -> dict[str, tuple[int, int]]:
        """``{field: (right, expected)}`` over the scored documents, fields in first-seen order."""
        out: dict[str, tuple[int, int]] = {}
        for doc in self.documents:
            for key in doc.metadata_keys:
                right, total = out.get(key, (0, 0))
                out[key] = (right + (key not in doc.metadata_misses), total + 1)
        return out

    def summary(self) -> str:
        """One line: F1, P, R, accuracy and the raw counts."""
        return (
            f"F1 {self.f1:.4f}  P {self.precision:.4f}  R {self.recall:.4f}  acc {self.accuracy:.4f}  "
            f"(must kept {self.true_pos}/{self.true_pos + self.false_neg}, "
            f"boilerplate kept {self.false_pos}/{self.false_pos + self.true_neg})"
        )


Extractor = Callable[[bytes], tuple[str, Mapping[str, Any] | None]]


def evaluate_html(cases: Iterable[HtmlCase], extract: Extractor) -> HtmlReport:
    """Run ``extract(page_bytes) -> (text, metadata or None)`` on every case and score it."""
    report = HtmlReport()
    for case in cases:
        text, metadata = extract(case.page)
        report.documents.append(score_document(case, text, metadata))
    return report


def absent_segments(case: HtmlCase) -> dict[str, Sequence[str]]:
    """Labelled segments that do not occur in the page's visible text (a well-formed case has none)."""
    seen = normalise(visible_text(case.decoded()))
    return {
        "must_contain": [s for s in case.must_contain if normalise(s) not in seen],
        "must_not_contain": [s for s in case.must_not_contain if normalise(s) not in seen],
    }
