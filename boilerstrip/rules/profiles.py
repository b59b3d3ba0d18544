"""A forum's author details, printed over every post: rows of labels and counts that repeat.

Over each post a board prints its writer's rank and counts: "Utente esperto ·
Iscritto: mar 2019 · Messaggi: 412", "חבר ותיק · הצטרף: 2020 · הודעות: 612",
"Posty: 1 204". No phrase list holds every board's labels in every language,
and "Location:" or "Rejestracja:" open content lines too; what gives
the rows away is that they come back: the same label over the next post, a
few lines on, with another count. A label printed once ("Population: 412" in
an infobox) is the text's own.

A post's thanks or likes come back the same way ("Grazie (2)" under one post,
"Grazie (5)" under the next).

A *meta row* is a line of one to four parts kept apart by ``·``, ``•`` or
``|``, each either a label and its short value or a few words (a rank:
"Utente esperto", "Moderatrice", "Medlem sedan 2018"), and at least one value a bare count
("Messaggi: 412"): a board counts its members' posts, where an events list
under an article gives days and places ("Wann: 12. März · Wo: Rathaus"). Rows
sharing a label, with other lines between them (the posts), are the board's
furniture.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from itertools import pairwise

import regex

from boilerstrip.document import Line
from boilerstrip.rules.shapes import ends_sentence, word_count

#: What keeps a row's parts apart: "Iscritto: mar 2019 · Messaggi: 412", "Thích 54 · Trả lời · 2h trước".
ROW_SEPARATOR = regex.compile(r"\s+[·•|]\s+")
#: The marks ROW_SEPARATOR stands on: a line holding none of them is no row, told without the regex.
ROW_MARKS = ("·", "•", "|")
#: "Messaggi: 412", "Iscritta: gen 2015", "הודעות: 4,102": a label of up to three words, a colon, a short value.
_LABELLED = regex.compile(r"^(?P<label>\p{L}[\p{L}\p{M}'’ .\-]{0,30}?)\s?[:：]\s*(?P<value>\S.{0,30})$")
#: A count, as boards print them: "412", "3.208", "4,102", "1 204", "4821", "18.7k".
_COUNT = regex.compile(r"(?:\d{1,3}(?:[.,\u00a0 ]\d{3})+|\d{1,7})(?:[.,]\d+)?[kK]?")
#: A post's thanks or likes: a word and its count, either way round ("Grazie (5)", "אהבו (7)", "3 tykkää").
_COUNTER = regex.compile(
    r"^(?:(?P<a>\p{L}[\p{L}\p{M}'’ ]{0,20}?)\s*[(\[]\s*\d{1,5}\s*[)\]]|\d{1,5}\s+(?P<b>\p{L}[\p{L}\p{M}]{1,20}))$"
)
#: Marks a counter's word among the labels, so that "Grazie (5)" and "Grazie: 5" stay apart.
_COUNTER_KEY = "(n) "
_MAX_LABEL_WORDS = 3
_MAX_VALUE_WORDS = 4
_MAX_RANK_WORDS = 4
_MAX_PARTS = 4
_MAX_ROW_CHARS = 120
#: The fewest rows that share a label, and the fewest lines from one to the next (a post between them).
MIN_ROWS = 2
MIN_GAP = 2


def row_parts(text: str) -> list[str]:
    """The parts of a row ``a · b | c``, stripped; a line that is no row is its one part.

    >>> row_parts("Javier Cantos · Albacete · 29 nov 2026"), row_parts("Reply|Share")
    (['Javier Cantos', 'Albacete', '29 nov 2026'], ['Reply|Share'])
    """
    if not any(mark in text for mark in ROW_MARKS):
        return [text.strip()]
    return [part.strip() for part in ROW_SEPARATOR.split(text)]


def _row_labels(text: str) -> frozenset[str] | None:
    """The labels of a meta row (casefolded), or None when ``text`` is no such row.

    >>> sorted(_row_labels("Utente esperto · Iscritto: mar 2019 · Messaggi: 412"))
    ['iscritto', 'messaggi']
    >>> _row_labels("Posty: 1 204"), _row_labels("Posty: 4821"), _row_labels("Note: the road is closed.")
    (frozenset({'posty'}), frozenset({'posty'}), None)
    >>> _row_labels("Wann: 12. März · Wo: Rathaus") is None  # no bare count: an events list's row
    True
    >>> _row_labels("Grazie (5)"), _row_labels("3 tykkää"), _row_labels("Sviđa mi se (14) · Prijavi")
    (frozenset({'(n) grazie'}), frozenset({'(n) tykkää'}), frozenset({'(n) sviđa mi se'}))
    """
    if len(text) > _MAX_ROW_CHARS or ends_sentence(text):
        return None
    counter = _COUNTER.match(text)
    if counter is not None:
        return frozenset({_COUNTER_KEY + (counter.group("a") or counter.group("b")).strip().casefold()})
    parts = ROW_SEPARATOR.split(text)
    if len(parts) > _MAX_PARTS:
        return None
    labels: set[str] = set()
    counted = False
    for part in parts:
        counter = _COUNTER.match(part) if len(parts) > 1 else None
        if counter is not None:
            # A post's like button with its count beside its other buttons: "Sviđa mi se (14) · Prijavi".
            labels.add(_COUNTER_KEY + (counter.group("a") or counter.group("b")).strip().casefold())
            counted = True
            continue
        m = _LABELLED.match(part)
        if m is not None:
            label, value = m.group("label"), m.group("value")
            if word_count(label) > _MAX_LABEL_WORDS or word_count(value) > _MAX_VALUE_WORDS:
                return None
            labels.add(label.strip().casefold())
            counted = counted or _COUNT.fullmatch(value.strip()) is not None
        elif word_count(part) > _MAX_RANK_WORDS:
            return None  # a rank ("Moderatrice") or a member's age on the board ("Medlem sedan 2018") is short
    return frozenset(labels) if labels and counted else None


def may_be_meta_row(text: str) -> bool:
    """Whether ``text`` may be a meta row: most lines hold no label and no bracket (a count's), and open with no count.

    >>> may_be_meta_row("Iscritto: mar 2019 · Messaggi: 412"), may_be_meta_row("Grazie (5)"), may_be_meta_row("w17")
    (True, True, False)
    """
    return ":" in text or "：" in text or ")" in text or "]" in text or text[:1].isdigit()


def repeated_meta_rows(lines: Sequence[Line]) -> list[int]:
    """Positions in ``lines`` of meta rows whose label comes back in another row, with lines between.

    >>> from boilerstrip.document import Document
    >>> text = "anna_k|Iscritta: mar 2019 · Messaggi: 12|Ciao a tutti.|luca.f|Iscritto: gen 2015 · Messaggi: 3.208|Ok."
    >>> repeated_meta_rows(Document(text.replace("|", chr(10))).content)
    [1, 4]
    """
    rows: dict[int, frozenset[str]] = {}
    for i, line in enumerate(lines):
        text = line.text
        if may_be_meta_row(text):
            labels = _row_labels(text)
            if labels is not None:
                rows[i] = labels
    if len(rows) < MIN_ROWS:
        return []
    by_label: dict[str, list[int]] = defaultdict(list)
    for i, labels in rows.items():
        for label in labels:
            by_label[label].append(i)
    found: set[int] = set()
    for at in by_label.values():
        # Rows of a list or a table stand one under the other; a board's rows have a post between them.
        if len(at) >= MIN_ROWS and any(b - a >= MIN_GAP for a, b in pairwise(at)):
            found.update(at)
    return sorted(found)
