"""Write ``pages.jsonl`` from the site modules beside this file: one record per page.

Each ``site_*.py`` module holds one invented site: its host, language, the
chrome it repeats on every page (taglines, section descriptions, newsletter
blurbs, author bios, related headlines, footers) and its stories, whose prose
is different on every page; three sites have full articles (``MORE``), three
only briefs of two or three paragraphs. ``page()`` lays a story out as the site does and
says which lines are the prose (the expected clean text; the title goes to
metadata, as in ``corpus/cases``).

Usage: python corpus/sites/build.py   (rewrites corpus/sites/pages.jsonl)
"""

from __future__ import annotations

import importlib
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SITES = ("site_harbour", "site_lumiere", "site_bergblatt", "site_brujula", "site_gazzetta", "site_polderpost")


def slug(title: str) -> str:
    """A URL path segment for a title."""
    return re.sub(r"[^\w]+", "-", title.casefold()).strip("-")


def main() -> int:
    sys.path.insert(0, str(HERE))
    out = []
    for name in SITES:
        site = importlib.import_module(name)
        more = getattr(site, "MORE", None)
        for i, (title, author, paragraphs) in enumerate(site.STORIES):
            if more is not None:
                # Full articles: the rest of the story goes before a closing stock sentence, if there is one.
                stock = getattr(site, "NO_COMMENT", None)
                tail = [stock] if stock is not None and paragraphs[-1] == stock else []
                paragraphs = [*paragraphs[: len(paragraphs) - len(tail)], *more[i], *tail]
            lines, expected = site.page(i, title, author, paragraphs)
            out.append(
                {
                    "id": f"{name.removeprefix('site_')}-{i + 1:02d}",
                    "url": f"https://www.{site.HOST}/{i + 1}/{slug(title)}",
                    "lang": site.LANG,
                    "text": "\n".join(lines),
                    "expected": "\n".join(expected),
                }
            )
    with (HERE / "pages.jsonl").open("w", encoding="utf-8") as fh:
        for record in out:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"{len(out)} pages from {len(SITES)} sites", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
