"""Command line: ``boilerstrip clean``, ``boilerstrip batch`` and ``boilerstrip cleaners`` (``--help`` on each)."""

from __future__ import annotations

import argparse
import gzip
import json
import os
import sys
import zlib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import boilerstrip
from boilerstrip import registry
from boilerstrip.batch.cli import add_batch_arguments, run_batch
from boilerstrip.batch.site_pass import add_site_index_arguments, run_site_index
from boilerstrip.binary import binary_kind
from boilerstrip.cli_args import encoding_name, lang_code
from boilerstrip.config import Config
from boilerstrip.errors import BoilerstripError
from boilerstrip.result import Result


def _read_input(path: str) -> bytes:
    data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    # gzip is recognised by its magic number, not the name, so that compressed standard input works too.
    if data[:2] == b"\x1f\x8b":
        try:
            return gzip.decompress(data)
        except (OSError, EOFError, zlib.error) as exc:
            raise BoilerstripError(f"cannot decompress {path}: {exc}") from exc
    return data


def _cmd_clean(args: argparse.Namespace) -> int:
    config = Config.from_file(args.config) if args.config else Config()
    if args.lang:
        config = config.replace(lang=args.lang)
    try:
        data = _read_input(args.file)
    except OSError as exc:
        print(f"boilerstrip: cannot read {args.file}: {exc}", file=sys.stderr)
        return 2
    kind = binary_kind(data)
    if kind is not None and not (args.html or looks_utf16(data, args.encoding)):
        print(f"boilerstrip: {args.file} looks like {kind}, not text or HTML: nothing to clean", file=sys.stderr)
        return 2
    from boilerstrip.html.decode import looks_like_html

    result: Result
    if args.html or (not args.text and looks_like_html(data)):
        # The public entry points, so the command line runs under every setting of the config (HTML limits too).
        result = boilerstrip.clean_html(data, url=args.url, encoding=args.encoding, config=config)
    else:
        try:
            text = data.decode(args.encoding or "utf-8")
        except (UnicodeDecodeError, LookupError) as exc:
            hint = "" if args.encoding else "; give --encoding"
            print(f"boilerstrip: cannot decode {args.file}: {exc}{hint}", file=sys.stderr)
            return 2
        result = boilerstrip.clean(text, config=config)
    if "binary_input" in result.flags:
        print(f"boilerstrip: {args.file}: {result.skipped[0].message}", file=sys.stderr)
        return 2
    if args.json:
        json.dump(result.to_dict(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    elif args.jsonl:
        sys.stdout.write(json.dumps(result.to_dict(), ensure_ascii=False, separators=(",", ":")) + "\n")
    elif args.explain:
        sys.stdout.write(explain_full(result) + "\n")
    else:
        sys.stdout.write(result.text + ("\n" if result.text else ""))
    return 0


def looks_utf16(data: bytes, encoding: str | None = None) -> bool:
    """UTF-16 (a byte order mark, or the charset given): such input is full of NUL bytes and still text."""
    if encoding and encoding.lower().replace("-", "").replace("_", "").startswith(("utf16", "utf32")):
        return True
    return data[:2] in (b"\xff\xfe", b"\xfe\xff")


def explain_full(result: Result, *, width: int = 60) -> str:
    """``--explain``: the removals table, then the HTML stage's removed elements and a metadata summary."""
    out = [result.explain(width=width)]
    if result.html_removed:
        out += ["", "HTML elements set aside:"]
        for node in result.html_removed:
            shown = node.text if len(node.text) <= width else node.text[: width - 1] + "…"
            out.append(f"  {node.kind:<12} <{node.tag}> {node.chars} chars  {shown}")
    md = result.metadata
    facts = [
        ("title", md.title),
        ("site", md.site_name),
        ("date", md.date),
        ("language", md.language),
        ("authors", ", ".join(md.authors) or None),
        ("dateline", md.dateline.place if md.dateline else None),
        ("images", str(len(md.images)) if md.images else None),
        ("related", str(len(md.related)) if md.related else None),
    ]
    shown_facts = [f"  {name}: {value}" for name, value in facts if value]
    if shown_facts:
        out += ["", "metadata:", *shown_facts]
    return "\n".join(out)


def _doc_options() -> dict[str, dict[str, object]]:
    """Options that let every shipped cleaner be built for its reference entry (``site_repeats`` needs an index)."""
    from boilerstrip.cleaners import SiteIndex

    return {"site_repeats": {"index": SiteIndex.build(())}}


def cleaners_markdown() -> str:
    """The cleaner reference page (``docs/cleaners.md``), generated from the registry."""
    out = [
        "# Built-in cleaners",
        "",
        "Generated by `boilerstrip cleaners --markdown` from the registry; a test fails when this page is stale.",
        "The default pipeline runs them in the order listed; the ones marked opt-in run only when a",
        "configuration names them. Each removal records `cleaner` and `reason` as listed here, and the",
        "`evidence` its cut rests on (the reason's usual kind is listed; a cut may name a stronger or weaker",
        "one, see docs/configuration.md#the-dial-favor).",
        "",
    ]
    default = set(registry.default_names())
    doc_options = _doc_options()
    for name in registry.builtin_names():
        cleaner = registry.create(name, doc_options.get(name))
        doc = (type(cleaner).__doc__ or getattr(cleaner, "description", "") or "").strip().split("\n")[0]
        label = "" if name in default else ", opt-in"
        out += [f"## {name} (v{cleaner.version}{label})", "", doc, ""]
        out += ["| reason | meaning | evidence |", "|---|---|---|"]
        evidence = getattr(cleaner, "evidence", None) or {}
        kind = "format" if getattr(cleaner, "role", None) == "formatting" else "plugin"
        out += [f"| `{reason}` | {text} | {evidence.get(reason, kind)} |" for reason, text in cleaner.reasons.items()]
        out.append("")
    return "\n".join(out)


def _cmd_cleaners(args: argparse.Namespace) -> int:
    if args.markdown:
        sys.stdout.write(cleaners_markdown())
        return 0
    errors = registry.plugin_load_errors() if args.plugins else {}
    doc_options = _doc_options()
    for name in registry.available(plugins=args.plugins):
        if name in errors:
            print(f"{name}  (failed to load: {errors[name]})")
            continue
        cleaner = registry.create(name, doc_options.get(name))
        print(f"{name}  v{cleaner.version}")
        for reason, text in cleaner.reasons.items():
            print(f"    {reason}: {text}")
    return 0


def _cmd_eval(args: argparse.Namespace) -> int:
    from boilerstrip.evaluate import evaluate, iter_sample_folders

    config = Config.from_file(args.config) if args.config else Config()
    try:
        samples = list(iter_sample_folders(args.folders))
    except (OSError, ValueError) as exc:
        print(f"boilerstrip: cannot read samples: {exc}", file=sys.stderr)
        return 2
    if not samples:
        print("boilerstrip: no samples (folders holding input.txt and expected.txt) found", file=sys.stderr)
        return 2
    report = evaluate(samples, lambda text: boilerstrip.clean(text, config=config))
    if args.json:
        json.dump(report.to_dict(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(report.format() + "\n")
    return 0


def _cmd_review(args: argparse.Namespace) -> int:
    """Write the review page: clean the named files (or read ``--results`` JSONL), sample, render."""
    from boilerstrip import review

    if bool(args.inputs) == bool(args.results):
        print("boilerstrip review: give files or directories to clean, or --results FILE, not both", file=sys.stderr)
        return 2
    n = None if args.sample <= 0 else args.sample
    items: list[review.ReviewItem] = []

    def warn(message: str) -> None:
        print(f"boilerstrip review: skipping {message}", file=sys.stderr)

    try:
        if args.results:
            if args.results == "-":
                items = review.read_results(sys.stdin, name="<stdin>", n=n, seed=args.seed, on_failed=warn)
            else:
                with open(args.results, encoding="utf-8") as f:
                    items = review.read_results(f, name=args.results, n=n, seed=args.seed, on_failed=warn)
        else:
            config = Config.from_file(args.config) if args.config else Config()
            if args.lang:
                config = config.replace(lang=args.lang)
            for path in review.sample(review.collect_files(args.inputs), n, args.seed):
                try:
                    result = review.clean_bytes(path.read_bytes(), config=config)
                except (OSError, UnicodeDecodeError, BoilerstripError) as exc:
                    # One unreadable file should not lose the whole review: say so and go on.
                    warn(f"{path}: {exc}")
                    continue
                items.append(review.ReviewItem(result, str(path)))
        out = review.write_review(args.output, items, title=args.title, max_chars=args.max_chars)
    except (OSError, ValueError) as exc:
        print(f"boilerstrip review: {exc}", file=sys.stderr)
        return 2
    print(f"boilerstrip review: {len(items)} documents -> {out}", file=sys.stderr)
    return 0


class _Version(argparse.Action):
    """``--version``: the package's version and, for each compiled piece, whether it runs (or Python, and why)."""

    def __init__(self, option_strings: list[str], dest: str, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, *args: Any, **kwargs: Any) -> None:
        """Print, and exit (asked only here: loading the compiled scan imports lxml)."""
        from boilerstrip.html.dom import scan_implementation
        from boilerstrip.labeller.native import labeller_implementation

        print(
            f"boilerstrip {boilerstrip.__version__}\nDOM scan: {scan_implementation()}\n"
            f"Labeller: {labeller_implementation()}"
        )
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (exposed for documentation and tests)."""
    parser = argparse.ArgumentParser(prog="boilerstrip", description="Strip site chrome from article text.")
    parser.add_argument("--version", action=_Version, help="print the version and which compiled pieces run, and exit")
    sub = parser.add_subparsers(dest="command", required=True)
    p_clean = sub.add_parser("clean", help="clean a text (or HTML) file and print the prose")
    p_clean.add_argument("file", nargs="?", default="-", help="input file, or - for standard input (default)")
    out = p_clean.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="print the full result as indented JSON")
    out.add_argument("--jsonl", action="store_true", help="print the full result as one compact JSON line")
    out.add_argument(
        "--explain", action="store_true", help="print the removals, the HTML elements set aside and the metadata"
    )
    p_clean.add_argument("--config", help="TOML pipeline configuration")
    p_clean.add_argument("--lang", type=lang_code, help="document language (ISO 639-1) instead of detecting it")
    kind = p_clean.add_mutually_exclusive_group()
    kind.add_argument("--html", action="store_true", help="the input is HTML (default: detected from its start)")
    kind.add_argument("--text", action="store_true", help="the input is text, even if it starts like HTML")
    p_clean.add_argument(
        "--encoding", type=encoding_name, help="input charset (HTML: as the HTTP header gives it; text: default utf-8)"
    )
    p_clean.add_argument("--url", help="the page URL, for HTML input (passed to trafilatura; never fetched)")
    p_clean.set_defaults(func=_cmd_clean)
    p_eval = sub.add_parser("eval", help="score cleaning on labelled samples (folders of input.txt + expected.txt)")
    p_eval.add_argument("folders", nargs="+", help="folders whose subfolders are samples (see docs/evaluation.md)")
    p_eval.add_argument("--config", help="TOML pipeline configuration")
    p_eval.add_argument("--json", action="store_true", help="print the report as JSON")
    p_eval.set_defaults(func=_cmd_eval)
    p_batch = sub.add_parser("batch", help="clean many records (JSONL, directories, globs) into JSONL or .txt files")
    add_batch_arguments(p_batch)
    p_batch.set_defaults(func=run_batch)
    p_site = sub.add_parser("site-index", help="build and merge per-host line counts for batch --use-site-index")
    add_site_index_arguments(p_site)
    p_site.set_defaults(func=run_site_index)
    p_list = sub.add_parser("cleaners", help="list the registered cleaners and their reasons")
    p_list.add_argument("--plugins", action="store_true", help="also load installed plugins")
    p_list.add_argument("--markdown", action="store_true", help="print the reference page of the built-in cleaners")
    p_list.set_defaults(func=_cmd_cleaners)
    from boilerstrip.review import DEFAULT_MAX_CHARS, DEFAULT_SAMPLE

    p_review = sub.add_parser("review", help="write one self-contained HTML page showing what was removed and why")
    p_review.add_argument("inputs", nargs="*", help="text or HTML files, or directories (their .txt/.html files)")
    p_review.add_argument("--results", metavar="FILE", help="JSONL of Result.to_dict() records (- for stdin)")
    p_review.add_argument("-o", "--output", default="review.html", help="page to write (default review.html)")
    p_review.add_argument(
        "--sample", type=int, default=DEFAULT_SAMPLE, help=f"documents to pick at random (0: all; {DEFAULT_SAMPLE})"
    )
    p_review.add_argument("--seed", type=int, default=0, help="random seed of the sample (default 0)")
    p_review.add_argument(
        "--max-chars", type=int, default=DEFAULT_MAX_CHARS, help="input characters shown per document"
    )
    p_review.add_argument("--title", default="boilerstrip review", help="page title")
    p_review.add_argument("--config", help="TOML pipeline configuration (files only)")
    p_review.add_argument("--lang", help="document language (files only)")
    p_review.set_defaults(func=_cmd_review)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``boilerstrip`` console script."""
    args = build_parser().parse_args(argv)
    try:
        code: int = args.func(args)
    except BoilerstripError as exc:
        print(f"boilerstrip: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        # The reader (e.g. `head`) closed the pipe: stop quietly, as Unix tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    return code


if __name__ == "__main__":
    raise SystemExit(main())
