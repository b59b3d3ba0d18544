"""boilerstrip against the text-mode peer a pipeline user would pick instead: the C4/FineWeb line filter.

    pip install -e '.[bench]'        # datatrove, html-text
    python benchmarks/text_peers.py [--bench ../shared/bench] [--out docs/benchmarks-text.md]

The peer is datatrove's ``C4QualityFilter`` with its document drops off
(``min_num_sentences=-1``, no lorem-ipsum or curly-bracket drops), so it only
removes lines: those without terminal punctuation, with fewer than three
words, mentioning javascript or a cookie/privacy policy. Both systems' lines
are whitespace-normalised the same way before scoring.

On the corpus sets (``corpus/cases``, which the rules were tuned on; the
held-out ``corpus/heldout``, which nothing is tuned on; the development set
``corpus/dev`` when present) the score is ``boilerstrip eval``'s:
kept-prose line precision and recall on pages with chrome, and harm
(documents changed, characters removed) on chrome-free texts. On the AEB
pages the input is the whole-page text dump (``html_text``), scored against
the gold article with the AEB shingle metric; boilerstrip runs in page-dump
mode there (default pipeline + ``PageFrame``). The shipped line labeller was
trained on these dumps, so that row flatters boilerstrip; the figure
cross-validated by site (default pipeline, no ``PageFrame``) is
``benchmarks/pipeline_cv.py``'s, in ``docs/labeller.md``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from scoring import AebPage, aeb_metrics, aeb_page, bench_pages, decode_page, default_bench

import boilerstrip
from boilerstrip.cleaners import PageFrame
from boilerstrip.evaluate import EvalReport, evaluate, read_samples
from boilerstrip.rules.shapes import normalise_spaces

ROOT = Path(__file__).resolve().parent.parent
Clean = Callable[[str], str]


def c4_line_filter() -> Clean:
    """Datatrove's C4 line filter as a text-to-text function, whole-document drops off."""
    from datatrove.data import Document
    from datatrove.pipeline.filters import C4QualityFilter

    peer = C4QualityFilter(min_num_sentences=-1, filter_lorem_ipsum=False, filter_curly_bracket=False)

    def run(text: str) -> str:
        doc = Document(text=text, id="x")
        peer.filter(doc)
        return str(doc.text)

    return run


def normalised(clean: Clean) -> Callable[[str], boilerstrip.Result]:
    """``clean`` with its output lines whitespace-normalised and blank lines dropped, wrapped as a Result."""

    def run(text: str) -> boilerstrip.Result:
        lines = (normalise_spaces(line) for line in clean(text).split("\n"))
        return boilerstrip.Result("\n".join(line for line in lines if line), (), boilerstrip.Metadata())

    return run


def corpus_rows(systems: dict[str, Clean]) -> list[str]:
    """One table row per corpus set and system."""
    rows = []
    for folder in ("cases", "heldout", "dev"):
        path = ROOT / "corpus" / folder
        if not path.is_dir():
            continue
        samples = read_samples(path)
        for name, clean in systems.items():
            r: EvalReport = evaluate(samples, normalised(clean))
            harm = (
                f"{len(r.clean_changed)}/{r.clean_samples} | {r.clean_removed_share:.2%}" if r.clean_samples else "| "
            )
            rows.append(f"| corpus/{folder} | {name} | {r.lines.precision:.3f} | {r.lines.recall:.3f} | {harm} |")
    return rows


def aeb_rows(bench: Path, systems: dict[str, Clean]) -> list[str]:
    """Shingle scores on the AEB whole-page text dumps."""
    import html_text

    pages: dict[str, list[AebPage]] = {name: [] for name in systems}
    for record, html in bench_pages(bench, "aeb"):
        dump = str(html_text.extract_text(decode_page(html)))
        for name, clean in systems.items():
            pages[name].append(aeb_page(record["gold_text"], clean(dump)))
    rows = []
    for name, scored in pages.items():
        m = aeb_metrics(scored)
        rows.append(
            f"| AEB whole-page text ({len(scored)}) | {name} | {m.precision:.3f} | {m.recall:.3f} | F1 {m.f1:.3f} | |"
        )
    return rows


def main() -> int:
    """Run both systems on every set; print the table, and write the report page with ``--out``."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bench", type=Path, default=None)
    parser.add_argument("--out", type=Path, default=None, help="write the markdown report here")
    args = parser.parse_args()
    bench = args.bench or default_bench()
    c4 = c4_line_filter()
    dump_pipeline = boilerstrip.Pipeline.default().with_(PageFrame(), after="whitespace")
    table = [
        "| set | system | line precision | line recall | clean texts changed | clean characters removed |",
        "|---|---|---|---|---|---|",
        *corpus_rows({"boilerstrip": lambda t: boilerstrip.clean(t).text, "C4 line filter": c4}),
    ]
    if bench is not None and (bench / "aeb" / "index.jsonl").is_file():
        systems = {"boilerstrip (page-dump mode)": lambda t: dump_pipeline(t).text, "C4 line filter": c4}
        table += aeb_rows(bench, systems)
    print("\n".join(table))
    if args.out is not None:
        doc = (__doc__ or "").split("\n\n")
        page = [
            "# Text mode: boilerstrip and the C4/FineWeb line filter, side by side",
            "",
            "Generated by `benchmarks/text_peers.py --out docs/benchmarks-text.md`; do not edit by hand.",
            "",
            *(" ".join(part.split()) + "\n" for part in doc[2:]),
            *table,
            "",
        ]
        args.out.write_text("\n".join(page), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
