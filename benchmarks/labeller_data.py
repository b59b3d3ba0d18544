r"""Training material for the line labeller: documents, their line labels and their site groups.

Used by ``benchmarks/train_labeller.py`` (recipe in ``docs/labeller.md``).
A label is ``1`` for chrome, ``0`` for content and ``None`` for a line the gold
does not decide (it is still part of the document, so its neighbours' context
features see it, but nothing is trained or scored on it).

Sources:

- ``corpus``: ``corpus/cases`` and ``corpus/dev`` (never ``corpus/heldout``),
  input lines labelled against ``expected.txt`` (:func:`label_expected`);
- ``aeb-extracted`` / ``aeb-page``: the public AEB pages as trafilatura
  extracts them and as the ``html_text`` whole-page dump, lines labelled
  against the gold article (:func:`label_gold`);
- ``traf-extracted``: the trafilatura evaluation set as trafilatura extracts it,
  lines labelled only where they hold a must or must-not segment
  (:func:`label_segments`);
- ``documents``: real chrome-free documents of this machine (licences, changelogs, manuals, package
  metadata), the half ``A1`` of the development part of ``benchmarks/data/documents-*.txt``
  (:func:`document_samples`), every line content.

>>> label_expected(["Home", "MOSCOW (AP) - The port opened on Monday after repairs.", "Share"],
...                ["The port opened on Monday after repairs."])
[1, 0, 1]
>>> label_gold(["Menu", "The port opened on Monday after two years of repairs."],
...            "The port opened on Monday after two years of repairs.\n\nMore text.")
[1, 0]
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from document_harm import documents
from scoring import bench_pages, bench_text, case_records, decode_page

from boilerstrip.document import Document
from boilerstrip.lang import detect_language

ROOT = Path(__file__).resolve().parent.parent
#: Corpus folders the labeller trains on whole; of ``corpus/heldout`` only the development batches.
TRAIN_CORPUS = ("cases", "dev")
HELDOUT = "heldout"
#: Parts of ``corpus/heldout`` scored first, then declared development sets (see its README): the labeller
#: may train on them (``train_labeller.py --heldout-batches``). A number is a whole batch; ``14A`` is the
#: half A of a split batch (:func:`batch_half`). Batch 12, 15 and every half B never.
DEVELOPMENT_BATCHES = (
    "6",
    "9",
    "11",
    "13",
    "17",
    "14A",
    "16A",
    "18A",
    "19A",
    "20A",
    "21A",
    "22A",
    "23A",
    "24A",
    "25A",
    "26A",
    "27A",
    "28A",
    "29A",
    "30A",
    "31A",
    "32A",
    "33A",
    "34A",
    "35A",
    "36A",
    "37A",
    "38A",
    "39A",
    "40A",
)

_TOKEN = re.compile(r"\w+")
# A line shorter than this (characters) counts as part of an expected line only as its start
# continued by the next line (a drop cap, a hard-wrapped paragraph), never as any substring.
_SHORT = 20
# AEB labels: share of a line's word 5-grams found in the gold.
_CONTENT_SHARE = 0.5
_CHROME_SHARE = 0.2


def normalise(text: str) -> str:
    """Collapse whitespace runs to one space and trim."""
    return " ".join(text.split())


def label_expected(lines: Sequence[str], expected: Sequence[str]) -> list[int | None]:
    """Label the non-blank ``lines`` of a corpus input against its expected lines (1 chrome, 0 content).

    A line is content when, after whitespace normalisation, it equals an
    expected line; or contains one that makes up at least half of it (a
    dateline prefix such as ``MOSCOW (AP) -``, or a glued tag such as
    ``(PAP)``, cut from a kept sentence: the line holds prose, so removing it
    whole would lose prose); or is contained in one (a hard-wrapped paragraph,
    a drop cap), which for a line under 20 characters must be the start of the
    expected line continued by the next input line. Everything else is chrome.
    """
    exp = [normalise(e) for e in expected if e.strip()]
    exp_set = set(exp)
    norm = [normalise(line) for line in lines]
    out: list[int | None] = []
    for i, line in enumerate(norm):
        if not line:
            out.append(None)
            continue
        content = line in exp_set or any(e in line and 2 * len(e) >= len(line) for e in exp)
        if not content:
            if len(line) >= _SHORT:
                content = any(line in e for e in exp)
            else:
                nxt = next((n for n in norm[i + 1 :] if n), "")
                content = bool(nxt) and any(
                    e.startswith(line) and (e.startswith(line + nxt[:10]) or e.startswith(line + " " + nxt[:10]))
                    for e in exp
                )
        out.append(0 if content else 1)
    return out


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.casefold())


def _grams(toks: Sequence[str], n: int = 5) -> list[tuple[str, ...]]:
    return [tuple(toks[i : i + n]) for i in range(len(toks) - n + 1)]


def label_gold(lines: Sequence[str], gold: str) -> list[int | None]:
    """Label ``lines`` of a page text against the page's gold article text (1 chrome, 0 content, None unsure).

    A line of five words or more is content when at least half of its word
    5-grams occur in the gold, chrome when at most a fifth do, and undecided in
    between. A shorter line is content when it is a whole gold line (a
    subheading), undecided when its words occur inside a gold line, and chrome
    otherwise. A line without any word character is chrome.
    """
    gold_toks = _tokens(gold)
    grams = set(_grams(gold_toks))
    gold_lines = {tuple(_tokens(g)) for g in gold.splitlines() if g.strip()}
    joined = " " + " ".join(gold_toks) + " "
    out: list[int | None] = []
    for line in lines:
        if not line.strip():
            out.append(None)
            continue
        toks = _tokens(line)
        if not toks:
            out.append(1)
        elif len(toks) >= 5:
            mine = _grams(toks)
            share = sum(g in grams for g in mine) / len(mine)
            out.append(0 if share >= _CONTENT_SHARE else 1 if share <= _CHROME_SHARE else None)
        elif tuple(toks) in gold_lines:
            out.append(0)
        elif " " + " ".join(toks) + " " in joined:
            out.append(None)
        else:
            out.append(1)
    return out


def label_segments(lines: Sequence[str], must: Sequence[str], must_not: Sequence[str]) -> list[int | None]:
    """Label ``lines`` by the trafilatura set's segments (1 chrome, 0 content, None undecided).

    A line is content when it holds a must segment, chrome when a must-not
    segment makes up at least half of it (and no must segment is in it),
    undecided otherwise.

    >>> label_segments(["Impressum", "Der Hafen wurde am Montag eröffnet.", "x"], ["Hafen wurde"], ["Impressum"])
    [1, 0, None]
    """
    good = [normalise(s) for s in must if s.strip()]
    bad = [normalise(s) for s in must_not if s.strip()]
    out: list[int | None] = []
    for raw in lines:
        line = normalise(raw)
        if not line:
            out.append(None)
        elif any(s in line for s in good):
            out.append(0)
        elif any(s in line and 2 * len(s) >= len(line) for s in bad):
            out.append(1)
        else:
            out.append(None)
    return out


@dataclass
class Sample:
    """One training document: its text, language, labels (per non-blank line) and where it comes from."""

    source: str
    group: str
    name: str
    text: str
    lang: str | None
    labels: list[int | None]
    gold: str | None = None
    kind: str = "chrome"
    extra: dict[str, str] = field(default_factory=dict)

    def document(self) -> Document:
        """The document the features are computed on."""
        return Document(self.text, lang=self.lang)


def _content_labels(text: str, labels: list[int | None]) -> list[int | None]:
    """``labels`` (one per line of ``text``, blank lines included) restricted to the non-blank lines."""
    doc = Document(text)
    return [lab for line, lab in zip(doc.lines, labels, strict=True) if line.text]


def _lines(text: str) -> list[str]:
    return [line.text for line in Document(text).lines]


def batch_halves(folder: Path) -> dict[str, str]:
    """Each document id of ``folder`` with its batch part: ``"14A"`` or ``"14B"``.

    A split batch is halved by position: within each kind (``chrome``, ``clean``), sorted by id, the
    1st, 3rd, … document is in half A and the others in half B (``corpus/heldout/README.md``).
    """
    groups: dict[tuple[str, str], list[str]] = {}
    for _path, rec in case_records(folder):
        groups.setdefault((str(rec.get("batch")), str(rec.get("kind", "chrome"))), []).append(str(rec["id"]))
    return {
        doc_id: f"{batch}{'AB'[i % 2]}"
        for (batch, _kind), ids in groups.items()
        for i, doc_id in enumerate(sorted(ids))
    }


def selected(rec: dict[str, object], half: str, parts: Collection[str]) -> bool:
    """Whether a document of batch part ``half`` (``"14A"``) is named by ``parts`` (``"14A"`` or ``"14"``).

    >>> selected({"batch": 14}, "14A", ("14A",)), selected({"batch": 14}, "14B", ("14A",))
    (True, False)
    >>> selected({"batch": 6}, "6B", ("6", "9"))
    True
    """
    return str(rec.get("batch")) in parts or half in parts


def corpus_samples(
    root: Path = ROOT / "corpus",
    folders: Sequence[str] = TRAIN_CORPUS,
    exclude_batches: Collection[str] = (),
    heldout_batches: Collection[str] = (),
) -> list[Sample]:
    """Documents of the corpus folders, labelled with :func:`label_expected`, grouped by ``site_style``.

    ``exclude_batches`` leaves out the documents of those batches or halves (``"8"``, ``"22A"``; see
    :func:`selected`): a model trained without a batch can be tuned against it honestly.
    ``heldout_batches`` adds those batches or halves of ``corpus/heldout`` (as ``corpus`` material) to
    ``folders``.
    """
    out: list[Sample] = []
    extra = [HELDOUT] if heldout_batches and HELDOUT not in folders else []
    for name in (*folders, *extra):
        folder = root / name
        if not folder.is_dir():
            continue
        halves = batch_halves(folder)
        for path, rec in case_records(folder):
            half = halves[str(rec["id"])]
            if selected(rec, half, exclude_batches):
                continue
            if name in extra and not selected(rec, half, heldout_batches):
                continue
            text = (path / "input.txt").read_text(encoding="utf-8")
            expected = (path / "expected.txt").read_text(encoding="utf-8").splitlines()
            labels = _content_labels(text, label_expected(_lines(text), expected))
            group = f"corpus:{rec.get('site_style') or rec['id']}"
            kind = str(rec.get("kind", "chrome"))
            out.append(
                Sample(
                    "corpus" if name != HELDOUT or name in extra else "heldout",
                    group,
                    rec["id"],
                    text,
                    detect_language(text),
                    labels,
                    kind=kind,
                    extra={"expected": "\n".join(expected)},
                )
            )
    return out


def site_of(url: str | None, fallback: str) -> str:
    """The host of ``url`` without ``www.``, or ``fallback`` when there is none."""
    host = urlsplit(url or "").hostname or ""
    return host.removeprefix("www.") or fallback


def _cached(cache: Path, name: str, make: Iterator[tuple[str, dict[str, str]]]) -> dict[str, dict[str, str]]:
    """Read ``cache/name.jsonl.gz`` if present, else write it from ``make`` (page id, texts)."""
    path = cache / f"{name}.jsonl.gz"
    if path.is_file():
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            return {rec["id"]: rec["texts"] for rec in map(json.loads, fh)}
    out = dict(make)
    cache.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    with gzip.open(tmp, "wt", encoding="utf-8") as fh:
        for key, texts in out.items():
            fh.write(json.dumps({"id": key, "texts": texts}, ensure_ascii=False) + "\n")
    tmp.replace(path)
    return out


def _aeb_texts(bench: Path) -> Iterator[tuple[str, dict[str, str]]]:
    import html_text  # the bench extra

    for i, (rec, html) in enumerate(bench_pages(bench, "aeb")):
        if i % 20 == 0:
            print(f"  aeb: extracting page {i}", file=sys.stderr)
        yield rec["id"], {"extracted": bench_text(html), "page": str(html_text.extract_text(decode_page(html)))}


def _traf_texts(bench: Path) -> Iterator[tuple[str, dict[str, str]]]:
    for i, (rec, html) in enumerate(bench_pages(bench, "trafilatura")):
        if i % 100 == 0:
            print(f"  trafilatura set: extracting page {i}", file=sys.stderr)
        yield rec["id"], {"extracted": bench_text(html)}


def aeb_samples(bench: Path, cache: Path) -> list[Sample]:
    """The AEB pages twice: trafilatura's extraction and the ``html_text`` dump, labelled with :func:`label_gold`."""
    texts = _cached(cache, "aeb", _aeb_texts(bench))
    out: list[Sample] = []
    with (bench / "aeb" / "index.jsonl").open(encoding="utf-8") as fh:
        for rec in map(json.loads, fh):
            gold = rec.get("gold_text") or ""
            group = "aeb:" + site_of(rec.get("url"), rec["id"])
            for form, source in (("extracted", "aeb-extracted"), ("page", "aeb-page")):
                text = texts[rec["id"]][form]
                if not text.strip():
                    continue
                labels = _content_labels(text, label_gold(_lines(text), gold))
                out.append(Sample(source, group, rec["id"], text, detect_language(text), labels, gold=gold))
    return out


def traf_samples(bench: Path, cache: Path) -> list[Sample]:
    """The trafilatura set as trafilatura extracts it, labelled with :func:`label_segments`."""
    texts = _cached(cache, "trafilatura", _traf_texts(bench))
    out: list[Sample] = []
    with (bench / "trafilatura" / "index.jsonl").open(encoding="utf-8") as fh:
        for rec in map(json.loads, fh):
            text = texts[rec["id"]]["extracted"]
            if not text.strip():
                continue
            labels = label_segments(_lines(text), rec.get("must_contain", []), rec.get("must_not_contain", []))
            labels = _content_labels(text, labels)
            if all(lab is None for lab in labels):
                continue
            group = "traf:" + site_of(rec.get("url"), rec["id"])
            out.append(Sample("traf-extracted", group, rec["id"], text, detect_language(text), labels))
    return out


#: The lists of real documents (``benchmarks/document_harm.py``) whose half ``A1`` the labeller trains on.
DOCUMENT_LISTS = ("documents-2026-12-03.txt", "documents-more-2026-12-03.txt")
#: A real document is read up to this many lines: its head holds what sets it apart (title, notices,
#: tables of contents), and a long manual would outweigh the corpus.
DOCUMENT_LINES = 150


def document_samples(root: Path = ROOT / "benchmarks" / "data") -> list[Sample]:
    """The half ``A1`` of each list of real documents, as chrome-free samples (missing files are skipped).

    The files are this machine's (``/usr/share/doc``, installed packages' metadata): elsewhere the list
    names files that may not exist, and the training runs without them.
    """
    out: list[Sample] = []
    for name in DOCUMENT_LISTS:
        listing = root / name
        if not listing.is_file():
            continue
        for path, text in documents(listing, "A1"):
            text = "\n".join(text.splitlines()[:DOCUMENT_LINES])
            labels: list[int | None] = [0] * len(Document(text).content)
            group = f"documents:{Path(path).parent}"
            out.append(Sample("documents", group, path, text, detect_language(text), labels, kind="clean"))
    return out
