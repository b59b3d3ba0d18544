"""Pre-tests tightened by answers the views share (issue 11, twenty-ninth speed round).

``related_teasers._may_fire`` and ``captions._may_open`` took a spaced dash as a possible echo; they now ask
``kit.may_echo`` (the dash, then the shape ``parse_echo`` reads of the line alone), so a paragraph with a dash in
it no longer makes the view walked. ``wiki_furniture`` looks for a jump list only in a view where an earlier
cleaner cut something other than formatting (``_under_cut_header`` reads ``prior_reasons``, which passes over
formatting cuts). The reference is each function as it was before (kept here): the cuts must be the same on the
corpus, on built texts with and without earlier cuts, on generated texts, and ``clean()`` the same.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import pytest

import boilerstrip
from boilerstrip.cleaners import captions, related_teasers, wiki_furniture
from boilerstrip.document import Document, Line
from boilerstrip.rules import kit
from boilerstrip.rules.distinct import none_may
from boilerstrip.rules.lexicon import load_lexicon, might_find
from boilerstrip.rules.memo import clear
from boilerstrip.rules.shapes import headline_shaped, word_count
from boilerstrip.types import Cut, PriorCut

ROOT = Path(__file__).resolve().parent.parent

DASHED = [
    "The talks went on - and on, as the harbour board had said they would in its letter.",
    "The mayor – who took office in May – said the pier would reopen before the winter storms.",
    "Prices rose again — the third time this year — and the bakery raised the cost of bread.",
    "A soldier demonstrates it - Sputnik International, 1920, 21.06.2024",
    "Ships in port - Reuters",
    "Ships in port - Harbour Courier, 21.06.2024",
    "Jasmine - Rs.1,200",
    "Harbour - Courier",
    "In the port - the ferry, the tug, and the pilot boat - waited for the tide to turn.",
]

PIECES = [
    "The council approved the new school budget on Tuesday after a long debate in the town hall.",
    "Kazakhstan Expands Its Rail Network To China, Kazakh Railways Says",
    "Read also: The port reopened after the storm",
    "Related stories",
    "The ferry resumed its winter timetable after the storm closed the harbour for a week",
    "A man walks in Kyiv on Monday. (AP Photo/Efrem Lukatsky)",
    "Image caption, The new wall will be higher",
    "In this article",
    "First part of the story",
    "Second part of the story",
    "Third part of the story",
    "Contents",
    "1 History",
    "2 Design",
    "History",
    "Design",
    "Share",
    "Home",
    *DASHED,
]


def _old_may_fire(text: str) -> bool:
    """``related_teasers._may_fire`` before this round: any spaced dash counted as an echo's."""
    rt = related_teasers
    return (
        " - " in text
        or " – " in text
        or " — " in text
        or rt._read_also_title(text) is not None
        or rt._is_header(text)
        or rt._worded_header(text)
        or rt._doubled(text) is not None
        or rt._promo_sentence(text) is not None
        or (headline_shaped(text) and rt._attributed(text))
        or rt.is_time_line(text)
    )


def _old_may_open(text: str) -> bool:
    """``captions._may_open`` before this round: any spaced dash counted as an echo's."""
    if " - " in text or " – " in text or " — " in text:
        return True
    if word_count(text) > captions._MAX_CAPTION_WORDS:
        return False
    if text.startswith(captions._CAPTION_LABELS) or text.rstrip()[-1:] in captions._CLOSERS:
        return True
    lex = load_lexicon()
    if lex.media_links is not None and might_find(lex.media_lowered, text):
        return True
    return captions.split_caption_credit(text, bare_agency=False) is not None


def _old_contents(doc: Document, lines: Sequence[Line]) -> Iterator[Cut]:
    """``wiki_furniture._contents`` before this round: jump lists looked for whatever was cut before."""
    yield from _NEW_CONTENTS(doc, lines)
    if all(p.formatting for p in doc.prior) and not none_may(doc, wiki_furniture._may_jump):
        yield from wiki_furniture._jump_lists(doc, lines)  # what the new form skips


_NEW_CONTENTS = wiki_furniture._contents


@contextmanager
def old_pretests() -> Iterator[None]:
    """The three cleaners as they were before this round."""
    saved = (related_teasers._may_fire, captions._may_open, wiki_furniture._contents)
    related_teasers._may_fire = _old_may_fire
    captions._may_open = _old_may_open
    wiki_furniture._contents = _old_contents
    try:
        yield
    finally:
        related_teasers._may_fire, captions._may_open, wiki_furniture._contents = saved


CLEANERS = (related_teasers.RelatedTeasers(), captions.Captions(), wiki_furniture.WikiFurniture())


def _cuts(doc_of: Callable[[], Document]) -> list[list[Cut]]:
    return [list(cleaner.find(doc_of())) for cleaner in CLEANERS]


def _same(text: str, prior: tuple[PriorCut, ...] = ()) -> list[list[Cut]]:
    def doc() -> Document:
        return Document(text, prior=list(prior))

    now = _cuts(doc)
    with old_pretests():
        before = _cuts(doc)
    assert now == before, text[:300]
    return now


def _inputs() -> list[str]:
    paths = sorted((ROOT / "corpus").glob("*/*/input.txt"))
    assert len(paths) > 100
    return [path.read_text(encoding="utf-8") for path in paths]


def _priors(text: str, rng: random.Random) -> tuple[PriorCut, ...]:
    """Earlier cuts at random places of ``text``: formatting only, or with a cleaner's cut among them."""
    at = sorted(rng.randrange(len(text) + 1) for _ in range(rng.randint(1, 4)))
    kinds = [
        ("whitespace", "edge_space", True),
        ("ui_strings", "navigation", False),
        ("photo_credits", "credit_line", False),
    ]
    return tuple(PriorCut(a, *rng.choice(kinds)) for a in at)


def test_may_echo_is_necessary_for_every_echo() -> None:
    """Where ``may_echo`` says no, ``parse_echo`` reads no echo, whatever sites the page knows."""
    lines = {line.text for text in _inputs() for line in Document(text).content} | set(PIECES)
    sites = frozenset(
        {m.group("site").strip() for text in lines if (m := kit._ECHO.match(text)) is not None} | {"Reuters"}
    )
    turned = 0
    for text in lines:
        if kit.may_echo(text):
            continue
        turned += " - " in text or " – " in text or " — " in text
        assert kit.parse_echo(text) is None and kit.parse_echo(text, known_sites=sites) is None, text
    assert turned > 50  # paragraphs with a spaced dash, now turned away


def test_may_echo_reads_echoes_and_turns_away_sentences() -> None:
    assert kit.may_echo("A soldier demonstrates it - Sputnik International, 1920, 21.06.2024")
    assert kit.may_echo("Ships in port - Reuters")  # a site's echo: its site decides, on the page
    assert not kit.may_echo("The talks went on - and on, as the harbour board had said they would in its letter.")
    assert not kit.may_echo("No dash at all")


def test_cuts_equal_the_old_pretests_on_the_corpus() -> None:
    for text in _inputs():
        _same(text)
        _same(boilerstrip.clean(text).text)


def test_cuts_equal_the_old_pretests_with_earlier_cuts() -> None:
    rng = random.Random(29)
    for text in _inputs()[::4]:
        _same(text, _priors(text, rng))
    fired = 0
    for _ in range(500):
        text = "\n".join(rng.choice(PIECES) for _ in range(rng.randint(2, 20)))
        _same(text)
        fired += sum(map(len, _same(text, _priors(text, rng))))
    assert fired > 100


def test_a_jump_list_under_a_cut_header_is_still_found() -> None:
    """The outcome: a jump list needs the cut over its header, and is cut where there is one."""
    text = (
        "In this article\nFirst part of the story\nSecond part of the story\nThird part of the story\n"
        "First part of the story\nThe ferry resumed its winter timetable after the storm closed the harbour.\n"
        "Second part of the story\nThe council approved the new school budget on Tuesday after a debate.\n"
        "Third part of the story\nThe mayor said the pier would reopen before the winter storms came.\n"
    )
    header_cut = PriorCut(len("In this article\n"), "ui_strings", "navigation")
    found = _same(text, (header_cut,))[2]
    assert [c.reason for c in found] == ["contents_entry"] * 3
    assert _same(text, (PriorCut(0, "whitespace", "edge_space", True),))[2] == []
    assert _same(text)[2] == []


def test_a_dashed_paragraph_no_longer_walks_the_view(monkeypatch: pytest.MonkeyPatch) -> None:
    """The outcome: a view whose only dashed lines are sentences gets no teaser walk and no caption walk."""
    walked: list[str] = []
    original = related_teasers._Scan.of

    def counted(doc: Document) -> related_teasers._Scan:
        walked.append("teasers")
        return original(doc)

    monkeypatch.setattr(related_teasers._Scan, "of", staticmethod(counted))
    text = "\n".join(
        [
            "The council approved the new school budget on Tuesday after a long debate in the town hall.",
            DASHED[0],
            DASHED[1],
        ]
    )
    assert list(related_teasers.RelatedTeasers().find(Document(text))) == []
    assert walked == []
    assert none_may(Document(text), captions._may_open)
    assert not none_may(Document(text), _old_may_open)
    echo = text + "\n" + DASHED[3] + "\nThe ferry resumed its winter timetable after the storm closed the harbour"
    list(related_teasers.RelatedTeasers().find(Document(echo)))
    assert walked == ["teasers"]


def test_clean_is_the_same_with_the_old_pretests() -> None:
    rng = random.Random(13)
    texts = [*_inputs()[::3]]
    texts += ["\n".join(rng.choice(PIECES) for _ in range(rng.randint(3, 30))) for _ in range(60)]
    for text in texts:
        clear()
        now = boilerstrip.clean(text).to_dict()
        clear()
        with old_pretests():
            before = boilerstrip.clean(text).to_dict()
        assert now == before, text[:300]
