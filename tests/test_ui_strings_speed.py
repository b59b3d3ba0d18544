"""ui_strings' passes over a view's hits, skipped where they have nothing to do, against running them all (issue 11).

``UiStrings._line_hits`` runs the passes that only drop hits when some line has one, and the poll pass when the
text holds a "%". The reference below runs every pass, as the function did before: the two give the same hits
over every corpus input, the texts once cleaned, tiny lines, and generated texts of polls, player clocks,
copyright lines, lists, gallery counters and plain lines in random order.
"""

from __future__ import annotations

import random
from pathlib import Path

import boilerstrip
from boilerstrip.cleaners import ui_strings as ui
from boilerstrip.document import Document
from boilerstrip.rules.lexicon import load_lexicon
from boilerstrip.types import Fact

ROOT = Path(__file__).resolve().parent.parent

PIECES = [
    "Czy gmina powinna zbudować nowy basen?",
    "Tak – 71%",
    "Nie – 22%",
    "Nie mam zdania – 7%",
    "Sonda",
    "Prices rose 3%",
    "00:00 | 00:00",
    "© 2026 The Harbor Courier. All rights reserved.",
    "All rights reserved.",
    "Permission is hereby granted, free of charge, to any person obtaining a copy of this software.",
    "- Share",
    "- Login",
    "- Offline cache",
    "1 di 5",
    "2 di 5",
    "Share",
    "Comments",
    "Receba a nossa newsletter semanal com toda a atualidade desportiva do distrito.",
    "The council approved the new school budget on Tuesday after a long debate.",
    "w17",
    "",
    # Whole widgets, so that random texts hold them too.
    "Sonda\nCzy gmina powinna zbudować nowy basen?\nTak – 71%\nNie – 22%\nNie mam zdania – 7%",
    "1 di 3\n2 di 3\n3 di 3",
]


def _line_hits_as_before(self: ui.UiStrings, doc: Document) -> list[ui._Hit | None]:
    """``UiStrings._line_hits`` with every pass run, whatever the hits and the text."""
    lex = load_lexicon()
    allowed = set(self.categories)
    lines = doc.content
    hits = [self._classify(line, lex) for line in lines]
    # A live blog's headings beside another live-blog control (session twenty-five: a pass added on purpose).
    ui._live_headings(lines, hits, lex)
    clocks = [i for i, line in enumerate(lines) if hits[i] is not None and ui._PLAYER_CLOCK.match(line.text)]
    if len(clocks) >= ui._TIMETABLE_ROWS:
        for i in clocks:
            hits[i] = None
    ui._keep_mixed_lists(lines, hits)
    ui._keep_topic_headings(lines, hits)
    ui._gallery_counters(lines, hits)
    ui._polls(lines, hits)
    ui._keep_own_legal_text(lines, hits)
    ui._standing_pitches(lines, hits)
    chrome = {line.index for line, hit in zip(lines, hits, strict=True) if hit is not None}
    tail_tags = self._tail_tags(doc, lex, chrome) if "tag_list" in allowed else set()
    found: list[ui._Hit | None] = []
    for line, hit in zip(lines, hits, strict=True):
        if hit is None and line.index in tail_tags:
            hit = ("tag_list", [Fact("tag", line.text)], "position")
        found.append(hit if hit is None or hit[0] in allowed else None)
    return found


def _same(cleaner: ui.UiStrings, text: str) -> set[str]:
    """Assert the two give the same hits on ``text``; return the reasons found."""
    found = cleaner._line_hits(Document(text), load_lexicon())
    assert found == _line_hits_as_before(cleaner, Document(text)), text[:300]
    return {hit[0] for hit in found if hit is not None}


def test_the_hits_are_those_of_every_pass() -> None:
    cleaner = ui.UiStrings()
    texts = [path.read_text(encoding="utf-8") for path in sorted((ROOT / "corpus").glob("*/*/input.txt"))]
    texts += [boilerstrip.clean(t).text for t in texts[::4]]
    texts += ["".join(f"w{i % 97}\n" for i in range(3000)), "\n".join(PIECES), "\n".join(PIECES[:4])]
    for text in texts:
        _same(cleaner, text)


def test_generated_texts() -> None:
    rng = random.Random(24)
    cleaners = [ui.UiStrings(), ui.UiStrings(categories=("legal_footer", "widget", "counter"))]
    reasons: set[str] = set()
    for _ in range(600):
        text = "\n".join(rng.choice(PIECES) for _ in range(rng.randint(1, 14)))
        for cleaner in cleaners:
            reasons |= _same(cleaner, text)
    assert {
        "widget",
        "counter",
        "legal_footer",
        "subscribe_prompt",
    } <= reasons  # polls, galleries, legal lines, pitches
