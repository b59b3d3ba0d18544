"""Command line: ``boilerstrip clean [FILE|-] [--json|--explain] [--html] [--config FILE]`` and ``boilerstrip cleaners``."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from boilerstrip import registry
from boilerstrip.config import Config
from boilerstrip.errors import BoilerstripError
from boilerstrip.pipeline import Pipeline
from boilerstrip.result import Result


def _read_input(path: str, *, binary: bool) -> str | bytes:
    if path == "-":
        return sys.stdin.buffer.read() if binary else sys.stdin.read()
    p = Path(path)
    return p.read_bytes() if binary else p.read_text(encoding="utf-8")


def _cmd_clean(args: argparse.Namespace) -> int:
    config = Config.from_file(args.config) if args.config else Config()
    if args.lang:
        config = config.replace(lang=args.lang)
    pipeline = Pipeline.from_config(config)
    try:
        data = _read_input(args.file, binary=args.html)
    except (OSError, UnicodeDecodeError) as exc:
        print(f"boilerstrip: cannot read {args.file}: {exc}", file=sys.stderr)
        return 2
    result: Result
    if args.html:
        from boilerstrip.html import clean_html

        result = clean_html(data, url=args.url, pipeline=pipeline)
    else:
        assert isinstance(data, str)
        result = pipeline(data)
    if args.json:
        json.dump(result.to_dict(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    elif args.explain:
        sys.stdout.write(result.explain() + "\n")
    else:
        sys.stdout.write(result.text + ("\n" if result.text else ""))
    return 0


def _cmd_cleaners(args: argparse.Namespace) -> int:
    errors = registry.plugin_load_errors() if args.plugins else {}
    for name in registry.available(plugins=args.plugins):
        if name in errors:
            print(f"{name}  (failed to load: {errors[name]})")
            continue
        cleaner = registry.create(name)
        print(f"{name}  v{cleaner.version}")
        for reason, text in cleaner.reasons.items():
            print(f"    {reason}: {text}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (exposed for documentation and tests)."""
    parser = argparse.ArgumentParser(prog="boilerstrip", description="Strip site chrome from article text.")
    sub = parser.add_subparsers(dest="command", required=True)
    p_clean = sub.add_parser("clean", help="clean a text (or HTML) file and print the prose")
    p_clean.add_argument("file", nargs="?", default="-", help="input file, or - for standard input (default)")
    out = p_clean.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="print the full result as JSON")
    out.add_argument("--explain", action="store_true", help="print the table of removals")
    p_clean.add_argument("--config", help="TOML pipeline configuration")
    p_clean.add_argument("--lang", help="document language (ISO 639-1) instead of detecting it")
    p_clean.add_argument("--html", action="store_true", help="the input is HTML: extract with trafilatura first")
    p_clean.add_argument("--url", help="the page URL, for HTML input")
    p_clean.set_defaults(func=_cmd_clean)
    p_list = sub.add_parser("cleaners", help="list the registered cleaners and their reasons")
    p_list.add_argument("--plugins", action="store_true", help="also load installed plugins")
    p_list.set_defaults(func=_cmd_cleaners)
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
