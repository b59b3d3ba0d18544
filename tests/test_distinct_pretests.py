"""Cleaners that skip their walk where no distinct line text may start a cut, against walking every view (issue 11).

``related_teasers``, ``captions``, ``wiki_furniture``, ``comment_threads`` and ``ui_strings`` ask a necessary
condition of each distinct text of a view (``boilerstrip.rules.distinct.none_may``) and do not walk the lines
of a view where no text meets it; ``wiki_furniture`` and ``datelines`` look for lines with a mark (a footnote's
arrow, a degree sign, a tag's bracket, a label's colon) only in a view whose text holds it (``text_holds``); the
rule kit's first and last prose lines and the body's start, the guard's prose lines and whitespace's drop capitals
are asked of the distinct texts first too. The reference is the same cleaner with the pre-tests answering "may" for every view: the two must give the same cuts
on every corpus input (and its text once cleaned), on texts built of each kind of line the rules read, on tiny
lines and on generated texts; and ``clean()`` must give the same result either way.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

import boilerstrip
from boilerstrip import guard
from boilerstrip.cleaners import (
    captions,
    comment_threads,
    datelines,
    related_teasers,
    ui_strings,
    whitespace,
    wiki_furniture,
)
from boilerstrip.document import Document
from boilerstrip.rules import distinct, kit
from boilerstrip.rules.kit import parse_echo
from boilerstrip.rules.memo import clear
from boilerstrip.rules.shapes import headline_shaped, word_count

ROOT = Path(__file__).resolve().parent.parent
MODULES = (related_teasers, captions, wiki_furniture, comment_threads, ui_strings, datelines, kit, guard, whitespace)
CLEANERS = (
    related_teasers.RelatedTeasers(),
    captions.Captions(),
    wiki_furniture.WikiFurniture(),
    comment_threads.CommentThreads(),
    ui_strings.UiStrings(),
    datelines.Datelines(),
)

PIECES = [
    "The council approved the new school budget on Tuesday after a long debate in the town hall.",
    "Read also: The port reopened after the storm",
    "Related stories",
    "Receptes relacionades",
    "The ferry resumed its winter timetable after the storm closed the harbour for a week",
    "16/11/2026 · Canteiros do Courel: a pedra que non se acaba",
    "24.11.2026 Kalurid ja hülged: kes kellelt kala võtab?",
    "14 September, 15:28 GMT",
    "Kazakhstan Expands Its Rail Network To China, Kazakh Railways Says",
    "A soldier demonstrates it - Sputnik International, 1920, 21.06.2024",
    "A man walks in Kyiv on Monday. (AP Photo/Efrem Lukatsky)",
    "The company said on Monday (Reuters)",
    "Image caption, The new wall will be higher",
    "Rescuers search the rubble in Antakya. REUTERS/Umit Bektas Purchase Licensing Rights",
    "Contents",
    "1 History",
    "2 Design",
    "History",
    "Design",
    "In this article",
    "First part here",
    "Second part there",
    "↑ Town archive, file 12.",
    "^ a b Smith 2001.",
    "^ Jones 2004.",
    "Notes",
    # Closed by a full stop: above a footnote, a short line without one is also cut as the notes' heading, and
    # wiki_furniture then cuts it twice (a contract error of its own, which these tests are not about).
    "Coordinates: 52°31′N 13°24′E.",
    "Read more about this in our article on the harbour.",
    "Home",
    "2 comments",
    "Komentarze (3)",
    "Comments",
    "Anna said:",
    "Lovely place!",
    "Reply",
    "Tom said:",
    "Great bread.",
    "okur_1987",
    "~Ela",
    "28.11.2026, 15:20",
    "Гульнара: Наконец-то!",
    "Сергей К.: А с велосипедом пустят?",
    "löylynheittäjä · 29.11.2026 21:40",
    "Hirsisaunoja · 29.11.2026 19:15",
    "marco_bg",
    "Utente esperto · Iscritto: mar 2019 · Messaggi: 412",
    "lucia.ferri",
    "Iscritta: gen 2015 · Messaggi: 3",
    "Papy_Meca a écrit :",
    "Thích 54 · Trả lời · 2h trước",
    "Sonda",
    "Czy gmina powinna zbudować nowy basen?",
    "Tak – 71%",
    "Nie – 22%",
    "1 di 5",
    "2 di 5",
    "3 di 5",
    "Receba a nossa newsletter semanal com toda a atualidade desportiva do distrito.",
    "Share",
    "Themen",
    "Berlin",
    "Schulen",
    "00:00 | 00:00",
    "© 2026 The Harbor Courier. All rights reserved.",
    "The bakery reopened on Monday with a new oven. Follow us on Facebook for more news.",
    "NEW DELHI:",
    "MOSCOW (Sputnik) - The talks resumed on Monday after a week of delays at the border crossing.",
    "Warszawa (PAP) - Rząd przyjął projekt ustawy o budżecie na przyszły rok po długiej debacie.",
    "Prezydent podpisał ustawę po długiej debacie w parlamencie. (PAP)",
    "Dinas Kesehatan menyebut pemeriksaan itu penting karena angka anemia masih tinggi. (dh)",
    "政府は来年度の予算案を閣議決定し、国会に提出する方針を固めた。（佐藤健）",
    "Summary:",
    "M",
    "ontagmorgen war die Brücke gesperrt, und die Fähre fuhr nicht.",
    "A",
    "absorption: a term.",
    "w17",
    "ج 3",
    "",
]


@contextmanager
def pretests_off() -> Iterator[None]:
    """Every pre-test answers "a line may": each cleaner walks every view, as before the pre-tests."""
    names = ("none_may", "text_holds")
    saved = {(module, name): getattr(module, name) for module in MODULES for name in names if hasattr(module, name)}
    try:
        for module, name in saved:
            setattr(module, name, (lambda doc, may: False) if name == "none_may" else (lambda doc, piece: True))
        yield
    finally:
        for (module, name), found in saved.items():
            setattr(module, name, found)


def _cuts(text: str) -> list[list[object]]:
    return [list(cleaner.find(Document(text))) for cleaner in CLEANERS]


def _page_answers(text: str) -> list[object]:
    """What the rule kit, the guard and whitespace answer of a fresh view of ``text`` (no answer kept)."""
    doc = Document(text)
    answers: list[object] = [kit.body_start(doc), kit.first_prose(doc), kit.last_prose(doc)]
    answers += [kit.last_prose(doc, ignore=related_teasers._dated_entry), guard.prose_lines(doc)]
    return [*answers, whitespace._drop_caps(doc), list(whitespace.Whitespace().find(doc))]


def _same(text: str) -> None:
    now = _cuts(text), _page_answers(text)
    with pretests_off():
        before = _cuts(text), _page_answers(text)
    assert now == before, text[:300]


def _inputs() -> list[str]:
    paths = sorted((ROOT / "corpus").glob("*/*/input.txt"))
    assert len(paths) > 100
    return [path.read_text(encoding="utf-8") for path in paths]


def test_distinct_texts_are_the_line_texts_once_in_order() -> None:
    for text in [*_inputs()[:40], "a\nb\na\n\n b \nc", "", "\n\n"]:
        doc = Document(text)
        seen: list[str] = []
        for line in doc.content:
            if line.text not in seen:
                seen.append(line.text)
        assert distinct.distinct_texts(doc) == tuple(seen)


def test_cuts_equal_walking_every_view_on_the_corpus() -> None:
    for text in _inputs():
        _same(text)
        _same(boilerstrip.clean(text).text)


def test_cuts_equal_walking_every_view_on_built_and_tiny_texts() -> None:
    for piece in PIECES:
        _same(piece)
    _same("\n".join(PIECES))
    _same("".join(f"w{i % 97}\n" for i in range(3000)))
    _same("".join(f"{i % 13} w{i % 7}\n" for i in range(500)))


def test_cuts_equal_walking_every_view_on_generated_texts() -> None:
    rng = random.Random(25)
    for _ in range(600):
        _same("\n".join(rng.choice(PIECES) for _ in range(rng.randint(1, 24))))


def test_clean_is_the_same_with_the_pretests_off() -> None:
    rng = random.Random(11)
    texts = [*_inputs()[::3], "".join(f"w{i % 97}\n" for i in range(2000))]
    texts += ["\n".join(rng.choice(PIECES) for _ in range(rng.randint(3, 30))) for _ in range(60)]
    for text in texts:
        clear()
        now = boilerstrip.clean(text).to_dict()
        clear()
        with pretests_off():
            before = boilerstrip.clean(text).to_dict()
        assert now == before, text[:300]


def _lines_of_the_corpus() -> set[str]:
    return {line.text for text in _inputs() for line in Document(text).content} | set(PIECES)


def test_caption_pretest_holds_of_every_line_it_turns_away() -> None:
    """Where ``_may_open`` says no, the walk's answers are none, whichever ``bare_agency`` it asks with."""
    for text in _lines_of_the_corpus():
        if captions._may_open(text):
            continue
        assert parse_echo(text) is None and parse_echo(text, known_sites=frozenset({"Reuters"})) is None, text
        if word_count(text) <= captions._MAX_CAPTION_WORDS:
            assert captions._caption_label(text) is None, text
            assert captions.split_caption_credit(text, bare_agency=True) is None, text
            assert captions.split_caption_credit(text, bare_agency=False) is None, text


def test_teaser_pretest_holds_of_every_line_it_turns_away() -> None:
    """Where ``_may_fire`` says no, no rule's anchor holds of the line."""
    rt = related_teasers
    for text in _lines_of_the_corpus():
        if rt._may_fire(text):
            continue
        assert parse_echo(text, known_sites=frozenset({"Reuters"})) is None, text
        assert rt._read_also_title(text) is None and not rt._is_header(text) and not rt._worded_header(text), text
        assert rt._doubled(text) is None and rt._promo_sentence(text) is None and not rt.is_time_line(text), text
        assert not (headline_shaped(text) and rt._attributed(text)), text


def test_case_folding_makes_and_unmakes_no_white_space() -> None:
    """What ``wiki_furniture._may_jump`` rests on: a key of two words comes from a line of two words."""
    for point in range(sys.maxunicode + 1):
        char = chr(point)
        folded = char.casefold()
        if char.isspace():
            assert folded.isspace(), hex(point)
        else:
            assert not any(c.isspace() for c in folded), hex(point)


@pytest.mark.parametrize("may", [wiki_furniture._may_jump, wiki_furniture._may_number])
def test_wiki_pretests_hold_of_every_line_they_turn_away(may: Callable[[str], bool]) -> None:
    wf = wiki_furniture
    for text in _lines_of_the_corpus():
        if may(text):
            continue
        if may is wf._may_jump:
            assert not wf._jump_entry(text), text
        else:
            assert wf._TOC_ENTRY.match(text) is None or not wf._may_number(text), text


def test_cuts_equal_walking_every_view_under_an_article() -> None:
    """Threads, lists and captions below three paragraphs of prose, where the rules that need an article fire."""
    rng = random.Random(7)
    article = "\n".join([PIECES[0]] * 3)
    fired = 0
    for _ in range(400):
        text = article + "\n" + "\n".join(rng.choice(PIECES) for _ in range(rng.randint(2, 16)))
        _same(text)
        fired += sum(map(len, _cuts(text)))
    assert fired > 400
