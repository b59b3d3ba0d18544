"""metadata_lines: bylines, date lines, editor and source trailers; their facts go to metadata."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import ClassVar

import regex

from boilerstrip.document import Document, Line
from boilerstrip.rules.dates import RELATIVE_WORDS, find_date, has_relative_stamp, has_time, strip_dates_and_times
from boilerstrip.rules.kit import body_start, cut_line, first_match
from boilerstrip.rules.lexicon import Lexicon, interface_line, load_lexicon
from boilerstrip.rules.memo import memo, table
from boilerstrip.rules.pretest import needs
from boilerstrip.rules.profiles import row_parts
from boilerstrip.rules.shapes import CASELESS_LOWER_LETTERS, caseless_lower, ends_sentence, word_count
from boilerstrip.types import Cut, Fact

_NAME_SPLIT = regex.compile(r"\s*(?:,|;|&|、|\band\b|\bund\b|\bet\b|\by\b|\be\b|\bi\b|\bи\b|\bі\b|\bve\b)\s*")
# A capitalised word, a short particle ("de", "van"), a word of a script without case (Han, Hebrew, Devanagari;
# Hebrew writes the sounds its letters lack with a geresh or an apostrophe after one: "ברקוביץ'", "ג'ורג'"),
# or a Georgian one (Unicode files its letters as lower case, but the script writes no case).
_NAME_WORD = regex.compile(
    rf"^(?:\p{{Lu}}[\p{{L}}\p{{M}}'’.\-]*|[a-z]{{1,3}}|\p{{Lo}}[\p{{Lo}}\p{{M}}·'’׳]*|[{CASELESS_LOWER_LETTERS}][\p{{L}}\p{{M}}\-]*)$"
)
_PAREN = re.compile(r"\s*[(（][^()（）]*[)）]\s*")
_RELATIVE = regex.compile(rf"\b{RELATIVE_WORDS}\b", regex.IGNORECASE)
_SLUG = re.compile(r"^\(?(?:[a-z]{2,5}\s*/\s*){1,6}[a-z]{0,5}/?\)?$")
#: What every match of _SLUG holds (read from it): most lines lack it and are not searched.
_SLUG_NEEDS = needs(_SLUG)
_SOURCE_INLINE = regex.compile(
    r"(?:来源|稿源|Source|Источник|Kaynak|Fonte|Fuente|Quelle|Źródło|Sumber)\s*[:：]\s*(?P<source>[^\s|｜]+)"
)
_WEEKDAYS = regex.compile(
    r"\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\b|\b(?:lun|mar|mié|jue|vie|sáb|dom)[a-záé]*\b"
    r"|\b(?:pazartesi|salı|çarşamba|perşembe|cuma|cumartesi|pazar)\b"
    r"|\b(?:понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|понеділок|вівторок|середа|четвер|п'ятниця|субота|неділя)\b",
    regex.IGNORECASE,
)
_EDITION = regex.compile(r"第\s*\d+\s*版|\b(?:page|Seite|página|страница)\s*\d+", regex.IGNORECASE)
# "ANI | New Delhi | Updated: …": an agency, the place, then the date, as a syndication header.
_AGENCY_HEADER = regex.compile(r"^(?P<agency>[^|]{2,30}?)\s*\|\s*(?P<place>\p{Lu}[\p{L}\p{M} .'’\-]{1,30}?)\s*\|")
# "AGERPRES/(AS - autor: Ioana Munteanu, editor: Mihai Dobre)": an agency and its labelled credits.
_AGENCY_CREDIT = regex.compile(r"^(?P<agency>[^/()]{2,20})\s*/\s*\((?P<body>[^()]{3,160})\)\.?$")
#: What every match of _AGENCY_CREDIT holds (read from it): most lines lack it and are not searched.
_AGENCY_CREDIT_NEEDS = needs(_AGENCY_CREDIT)
_LABELLED = regex.compile(r"(?P<label>\p{L}[\p{L}\p{M} ]{0,20}?)\s*:\s*(?P<value>[^,;:]+)")
_DOMAIN = regex.compile(r"\b\p{L}[\w-]*\.(?:com|net|org|co\.[a-z]{2}|[a-z]{2})\b")
# A bare agency closing the article on its own line: "(ANI)", "(भाषा)".
_AGENCY_TRAILER = regex.compile(r"^\((\p{L}[\p{L}\p{M} .]{1,20})\)$")
# A clock time; a colon after it may open a label ("Lørdag 10.00–12.30: trening"), not a third part (10:00:30).
_TIMES = regex.compile(r"(?<![\d.:])\d{1,2}[:.]\d{2}(?![\d.]|:\d)")
_IN_PLACE = regex.compile(r"\s+in\s+\p{Lu}[\p{L}\-]+(?:\s+\p{Lu}[\p{L}\-]+){0,2}(?=\s*(?:,|\band\b|$))")
_SHORT_HAN_NAME = regex.compile(r"^\p{Lo}{2,4}$")
#: A title abbreviated in small letters before a name: "ds." (dominee), "kun." (kunigas), "dr.", "ks.", "mgr.".
_SMALL_TITLE = regex.compile(r"^\p{Ll}{1,4}\.$")
_OTHER_LETTER = regex.compile(r"\p{Lo}")
_HEAD_SEPARATOR = regex.compile(r"\s*(?:,|—|–|\s-\s)\s*")
_MAX_WORDS = 25


@lru_cache(maxsize=1)
def _agency_endings() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The lexicon's agencies, longest first, and each with the space before it that ends a byline's names.

    Sorted once (the shared lexicon does not change), in the order :func:`parse_names` tries them.
    """
    agencies = tuple(sorted(load_lexicon().agencies, key=len, reverse=True))
    return agencies, tuple(" " + agency for agency in agencies)


def _trailing_agencies(text: str) -> Iterator[tuple[str, str]]:
    """Each known agency that closes ``text`` after a space, longest first, with what stands before it.

    >>> list(_trailing_agencies("Redazione ANSA")), list(_trailing_agencies("Anna Krüger"))
    ([('ANSA', 'Redazione')], [])
    """
    agencies, endings = _agency_endings()
    if not text.endswith(endings):  # one test for every agency first: most names end in none
        return
    for agency, ending in zip(agencies, endings, strict=True):
        if text.endswith(ending):
            yield agency, text[: -len(ending)]


def parse_names(text: str) -> list[str]:
    """Split ``Jane Doe and John Roe`` into names; empty when any part is not name-shaped.

    A trailing agency (``Associated Press``), a place (``Jane Doe in Lisbon``)
    and anything after ``;`` (``; Editing by …``) are not names.

    >>> parse_names("Anna Krüger und Tobias Wendt")
    ['Anna Krüger', 'Tobias Wendt']
    >>> parse_names("Jane Roe in Santiago and John Doe in London; Editing by Mark Lee")
    ['Jane Roe', 'John Doe']
    >>> parse_names("the minister said")
    []
    >>> parse_names("ds. Pieter van Wyk"), parse_names("kun. Rolandas Vaitkus")
    (['Pieter van Wyk'], ['Rolandas Vaitkus'])
    """
    text = _PAREN.sub(" ", text.split(";")[0]).strip(" .,:")
    text = _IN_PLACE.sub("", text)
    for _agency, head in _trailing_agencies(text):
        text = head.rstrip(" ,")
        break
    names: list[str] = []
    for part in _NAME_SPLIT.split(text):
        part = part.strip(" .")
        if not part:
            continue
        words = part.split()
        if len(words) >= 3 and _SMALL_TITLE.match(words[0]) and words[1][:1].isupper():
            # "ds. Pieter van Wyk", "kun. Rolandas Vaitkus": a title written small before the name is not the name.
            words = words[1:]
            part = " ".join(words)
        if not 1 <= len(words) <= 4:
            return []
        if len(words) == 1 and not _SHORT_HAN_NAME.match(part) and not part[0].isupper():
            return []
        if not all(_NAME_WORD.match(w) for w in words) or not any(
            w[0].isupper() or _OTHER_LETTER.match(w) or caseless_lower(w[0]) for w in words
        ):
            return []
        if part in load_lexicon().agencies or (len(words) == 1 and part.isupper() and len(part) <= 5):
            continue  # "By Hannah Whitcombe, CNN", "By Kayla Brennan, KRVN": the outlet or station, not a person
        names.append(part)
    return names if 1 <= len(names) <= 5 else []


def _date_facts(text: str, lex: Lexicon) -> list[Fact]:
    facts: list[Fact] = []
    upd = lex.updated_labels.search(text) if lex.updated_labels else None
    pos = 0
    while (found := find_date(text[pos:])) is not None:
        iso, start, end = found
        key = "updated" if upd is not None and pos + start > upd.start() else "date"
        facts.append(Fact(key, iso))
        pos += end
    return facts


#: Words before a "published" label that, with a full stop at the end, make the line a sentence.
_SENTENCE_BEFORE_LABEL = 2
# What is left of a day once the clock times are gone: a year, or two numbers joined like 5.10 or 03/05.
_DATE_LIKE = re.compile(r"\d{4}|\d{1,2}\s*[./-]\s*\d{1,2}")


@memo
def is_date_line(text: str) -> bool:
    """True for lines made of a date or time plus at most a label or a site name."""
    lex = load_lexicon()
    if not (has_time(text) or find_date(text)):
        # The word count first: it is cached, and most lines are long enough to fail it before the search.
        # A sentence that says how long ago ("Vor 3 Jahren begann alles.") is the text's own, not a stamp.
        return word_count(text) <= 6 and has_relative_stamp(text) and not ends_sentence(text)
    rest = strip_dates_and_times(_without_counter_cells(text))
    rest = _SOURCE_INLINE.sub(" ", rest)
    for pattern in (lex.published_labels, lex.updated_labels):
        if pattern is not None:
            rest = pattern.sub(" ", rest)
    rest = _WEEKDAYS.sub(" ", rest)
    if lex.weekdays is not None:
        rest = lex.weekdays.sub(" ", rest)  # "Mittwoch, 2. Dezember 2026", "Thứ Tư, 02/12/2026"
    if lex.year_word_pattern is not None:
        rest = lex.year_word_pattern.sub(" ", rest)  # "4 декабря 2026 года", "2026 m. gruodžio 4 d."
    rest = _EDITION.sub(" ", rest)
    rest = _DOMAIN.sub(" ", rest)
    rest = _RELATIVE.sub(" ", rest)
    words = [w for w in re.findall(r"[^\W\d_]+", rest) if w.casefold() not in lex.months]
    label = next(
        (m for p in (lex.published_labels, lex.updated_labels) if p is not None and (m := p.search(text))), None
    )
    labelled = label is not None
    if label is not None and ends_sentence(text) and word_count(text[: label.start()]) >= _SENTENCE_BEFORE_LABEL:
        return False  # "Il a été publié le 3 mars 2020.": a sentence that says when, not a stamp
    if not labelled and find_date(text) is None and not _DATE_LIKE.search(_TIMES.sub(" ", text)):
        # A clock time with no day and no "Published"/"Updated" label dates nothing: it is a live blog's
        # entry stamp, a timetable row or an event's hour, which the text needs. (A day in a form
        # find_date does not read, "5. 10. 2026 9:12", still makes a stamp.)
        return False
    # A stamp with a label or a clock time may carry a word or two more (a place, a time zone);
    # a bare date with other words ("Termin: 29.02.2020", "Einsendeschluss: …") is content.
    if len(words) > (3 if labelled else 2 if has_time(text) else 0):
        return False
    # Two dates with no publication label, or a "~" between them, give a period (an event), not a stamp.
    distinct = set(_all_dates(text))  # "07/23/2024July 23, 2024": one stamp printed twice
    return labelled or ("~" not in text and len(distinct) < 2 and len(_TIMES.findall(text)) < 2)


def _without_counter_cells(text: str) -> str:
    """``text`` without the cells of its meta row that are interface lines ("6 comments", "412 görüntülenme").

    A blog's or a forum's stamp row counts comments or views beside the date and the writer; those cells are
    the site's counters, not words of a sentence.
    """
    cells = row_parts(text)
    if len(cells) < 2:
        return text
    kept = [cell for cell in cells if not interface_line(cell)]
    return " | ".join(kept) if kept and len(kept) < len(cells) else text


def _all_dates(text: str) -> list[str]:
    found: list[str] = []
    pos = 0
    while (hit := find_date(text[pos:])) is not None:
        found.append(hit[0])
        pos += hit[2]
    return found


@dataclass(frozen=True)
class MetadataLines:
    """Remove bylines, date lines and editor/source trailers, keeping what they say as metadata."""

    name: str = field(default="metadata_lines", init=False)
    #: What each reason's cuts rest on (boilerstrip.evidence); a cut may name its own.
    evidence: ClassVar[Mapping[str, str]] = {
        "byline": "form",
        "editor_line": "form",
        "source_line": "form",
        "date_line": "form",
        "desk_slug": "form",
    }
    version: int = field(default=19, init=False)
    #: The fact keys (and kinds of cut) it gives later cleaners and the metadata.
    provides: tuple[str, ...] = field(
        default=("author", "dateline", "dateline_agency", "site_name", "source", "date", "updated"), init=False
    )
    reasons: dict[str, str] = field(
        default_factory=lambda: {
            "byline": "an author line (By X, Von X und Y, Автор: X)",
            "editor_line": "an editor or production credit (Editor: X, 责任编辑：X, Editing by X)",
            "source_line": "a source trailer (Source: X, Kaynak: aa)",
            "date_line": "a publication or update date line",
            "desk_slug": "a news-desk slug (mzr/ mhr/)",
        },
        init=False,
    )

    def find(self, doc: Document) -> Iterator[Cut]:
        """Propose cuts for metadata lines: per line of at most 25 words, the first rule that matches."""
        lex = load_lexicon()
        rules = (_desk_slug, _agency_trailer, _agency_credit, _editor_line, _source_line, _byline, _date_line)
        quiet = _QUIET
        found: dict[int, Cut] = {}  # by position in doc.content
        lines = doc.content
        for k, line in enumerate(lines):
            text = line.text
            if quiet.get(text) or word_count(text) > _MAX_WORDS:
                continue
            cut = first_match(rules, line, lex)
            # The rules read a line's text alone (its offsets only place the cut): a text none of them
            # takes is skipped in every later view, pass and page.
            quiet[text] = cut is None
            if cut is not None:
                found[k] = cut
        # A page shows its date once or twice; many bare dates are a changelog, a log or a table of data,
        # so there they are only the shape of a stamp (weak evidence, which protection and the gate weigh).
        bare = [c for c in found.values() if c.reason == "date_line" and c.evidence == "shape"]
        many = len(bare) > _MAX_PAGE_STAMPS
        dated = [k for k, c in found.items() if c.reason == "date_line"]
        # Above the first paragraph a name by the title is the titles cleaner's to take (it reads the head
        # whole: which line is the title depends on what stands around it).
        start = body_start(doc)
        found.update(_names_by_dates(lines, dated, set(found), facts=not many, start=start))
        found.update(_byline_rows(lines, set(found), start))
        # A source trailer closes a story ("Source: Reuters"); a "Source: https://…" field among a document's
        # first lines, above any paragraph, is the document's own header (a licence file's, a data sheet's).
        for k in [k for k, c in found.items() if c.reason == "source_line" and k < min(start, _HEAD_FIELDS)]:
            if _BARE_URL.match(lines[k].text.partition(":")[2].strip()):
                del found[k]
        for k in sorted(found):
            cut = found[k]
            yield cut if cut.evidence != "shape" or many else replace(cut, evidence="form")


def _names_by_dates(
    lines: tuple[Line, ...], dated: list[int], taken: set[int], *, facts: bool, start: int = 0
) -> dict[int, Cut]:
    r"""Lines of bare names next to a date line: the byline with no label (``Ondřej Havlík`` over the date).

    Many sites print the writer's name alone, on the line above or below the
    publication stamp. The name has no label, so the cut rests on its place
    (``position`` evidence): the gate admits it only where the document shows
    chrome on strong evidence and protection does not hold the line (a
    letter's signature over its date stays). Only a name by the page's first
    date names the authors; with many stamps (a thread of posts) the names
    are the posters', not the article's: no fact.
    ``dated`` and ``taken`` are positions in ``lines``: the date lines, and
    every line another rule already cuts; lines before ``start`` are left
    alone. Returns the cuts by position.

    >>> from boilerstrip.document import Document
    >>> doc = Document("Ondřej Havlík\n1. prosince 2026 16:21\nText.")
    >>> [(c.reason, c.evidence) for c in _names_by_dates(doc.content, [1], {1}, facts=True).values()]
    [('byline', 'position')]
    """
    out: dict[int, Cut] = {}
    for k in dated:
        for j in (k - 1, k + 1):
            if j in taken or j in out or not start <= j < len(lines):
                continue
            names = bare_names(lines[j].text)
            if names:
                # The article's byline stands by the page's first date; names beside later dates sign
                # comments and posts.
                first = facts and k == dated[0]
                authors = [Fact("author", n) for n in names] if first else []
                out[j] = cut_line(lines[j], "byline", *authors, evidence="position")
    return out


#: How far from the first paragraph a byline row stands (over the title's dek, under a caption).
_ROW_REACH = 3
#: A byline row holds the writer, maybe a place or a desk, and the date: four parts at most.
_MAX_ROW_PARTS = 4
_MAX_PLACE_WORDS = 3


def _byline_rows(lines: tuple[Line, ...], taken: set[int], start: int) -> dict[int, Cut]:
    r"""A row by the first paragraph naming the writer and the date: ``Javier Cantos · Albacete · 29 nov 2026``.

    One part names the writer (:func:`_row_writer`: people's names, or the paper's own desk, maybe with the
    agency after it), one part is a date line, and the others (a place, a desk, an agency) are a few
    capitalised words. The writer comes first, or right after a date that opens the row ("29.11.2026 ·
    Mətbuat xidməti"). The row has no label, so the cut rests on its place (``position``); the gate weighs it.

    >>> from boilerstrip.document import Document
    >>> doc = Document("Javier Cantos · Albacete · 29 nov 2026 - 20:47\nEl Albacete remonta y respira en la tabla.")
    >>> [(c.reason, c.evidence) for c in _byline_rows(doc.content, set(), 1).values()]
    [('byline', 'position')]
    >>> doc = Document("Redazione ANSA · LECCE · 02 dicembre 2026, 13:05\nIl porto di Otranto riapre ai traghetti.")
    >>> [(c.reason, c.evidence) for c in _byline_rows(doc.content, set(), 1).values()]
    [('byline', 'position')]
    """
    lex = load_lexicon()
    out: dict[int, Cut] = {}
    for k in range(max(0, start - _ROW_REACH), min(len(lines), start + _ROW_REACH)):
        text = lines[k].text
        if k in taken:
            continue
        parts = row_parts(text)
        if not 2 <= len(parts) <= _MAX_ROW_PARTS:
            continue
        # The writer's part: the first, or the second after a date that opens the row.
        at = 1 if is_date_line(parts[0]) else 0
        writer = _row_writer(parts[at], lex) if at < len(parts) else None
        rest = parts[:at] + parts[at + 1 :]
        dates = [part for part in rest if is_date_line(part)]
        others = [part for part in rest if part not in dates]
        if writer is None or len(dates) != 1:
            continue
        if not all(_row_place(o, lex) for o in others):
            continue
        out[k] = cut_line(lines[k], "byline", *writer, *_date_facts(dates[0], lex), evidence="position")
    return out


def _row_writer(part: str, lex: Lexicon) -> list[Fact] | None:
    """The facts of a byline row's writer part, or ``None`` when ``part`` names no writer.

    People's names (:func:`bare_names`) are the authors. A paper's own desk as the lexicon lists it
    (``[agencies] desks``: "Redazione", "Redacció", "Mətbuat xidməti", "Staff Reporter"), maybe with a known
    agency after it ("Redazione ANSA"), writes the story for no one by name: it makes the row a byline and
    adds the agency, if any.

    >>> lex = load_lexicon()
    >>> _row_writer("Redazione ANSA", lex), _row_writer("Mətbuat xidməti", lex), _row_writer("Albacete", lex)
    ([Fact(key='dateline_agency', value='ANSA')], [], None)
    """
    names = bare_names(part)
    if names:
        return [Fact("author", n) for n in names]
    if lex.is_desk(part):
        return []
    for agency, head in _trailing_agencies(part):
        if lex.is_desk(head):
            return [Fact("dateline_agency", agency)]
    return None


def _row_place(part: str, lex: Lexicon) -> bool:
    """Whether a byline row's other part is a place, a desk or an agency: a few capitalised words, no digits.

    >>> lex = load_lexicon()
    >>> _row_place("LECCE", lex), _row_place("ACN", lex), _row_place("5 comentarios", lex)
    (True, True, False)
    """
    if part in lex.agencies or lex.is_desk(part):
        return True
    return word_count(part) <= _MAX_PLACE_WORDS and part[:1].isupper() and not _NOT_A_NAME.search(part)


#: What a line of bare names may not hold: a digit, a bracket, a colon or sentence punctuation.
_NOT_A_NAME = regex.compile(r"[\d()（）:：!?？！;\"“”«»]|[.。]$")
#: A name ending in an initial ("Marta K.").
_INITIAL_LAST = regex.compile(r"(?<!\p{L})\p{Lu}\.$")
_HAN_OR_HANGUL = regex.compile(r"[\p{Han}\p{Hangul}]")
#: A Chinese name of two or three signs, a Korean one of two to four syllables.
_EAST_ASIAN_NAME = regex.compile(r"^(?:\p{Han}{2,3}|\p{Hangul}{2,4})$")


@memo
def bare_names(text: str) -> list[str]:
    """The names of a line that is nothing but one to three people's names, each of two words or more.

    A lone capitalised word is a place or a section as often as a name ("Sandviken"), so it is not
    enough; scripts without capitals (Hebrew, Devanagari) name people in two words or more too. A
    Chinese or Korean name is one word of two or three signs (two to four in Hangul): longer ones
    are headlines and buttons. An interface string ("Abone ol", "Share on Facebook"), a line of
    network names or one in capitals ("ΑΚΟΥΣΤΕ ΤΟ ΑΡΘΡΟ") is a button, not a name.

    >>> bare_names("Ondřej Havlík"), bare_names("נועה לוי"), bare_names("Sandviken"), bare_names("Marta K.")
    (['Ondřej Havlík'], ['נועה לוי'], [], ['Marta K'])
    >>> bare_names("Anna Kowalska:"), bare_names("Takip Et"), bare_names("Facebook Twitter WhatsApp")
    ([], [], [])
    >>> bare_names("刘晓婷"), bare_names("参与互动"), bare_names("김민재"), bare_names("글자크기 조절")
    (['刘晓婷'], [], ['김민재'], [])
    """
    probe = text[:-1] if _INITIAL_LAST.search(text) else text  # "Marta K.": an initial's dot ends no sentence
    if len(text) > 80 or _NOT_A_NAME.search(probe) or (text.isupper() and " " in text):
        return []
    lex = load_lexicon()
    if interface_line(text) or any(w.casefold() in lex.share_tokens for w in text.split()):
        return []
    names = parse_names(text)
    if not 1 <= len(names) <= 3:
        return []
    for name in names:
        words = name.split()
        if _HAN_OR_HANGUL.search(name):
            if len(words) != 1 or not _EAST_ASIAN_NAME.match(name):
                return []
        elif len(words) < 2 and name[:1].isupper():
            return []
    return names


#: Line text -> True when no rule of :meth:`MetadataLines.find` takes a line of that text.
_QUIET = table()

#: A version number opening a line: a changelog heading ("v2.3.0 — 12 May 2026", "2.2.4 (2026-10-03)").
_VERSION_FIRST = regex.compile(r"^(?:[vV]\s?)?\d{1,3}(?:\.\d{1,3})+(?![\d.])")

#: A forum post's header: maybe a label ("by", "autor:"), the writer's name, a "»", the date.
_POST_STAMP = regex.compile(
    r"^(?:\p{L}{1,12}:?\s+)?(?P<user>[\p{L}\p{N}_.\-]{2,30}(?: [\p{L}\p{N}_.\-]{1,20})?)\s+»\s+(?P<date>[^»]{6,60})$"
)
#: A key of a data or configuration file opening the line: '"updated": "2026-11-30T08:15:00Z",' (JSON),
#: "expires: 2026-12-08 09:15" (YAML, a program's output: a lower-case key, an ISO date). A page's date
#: label is written for readers.
_CONFIG_KEY = regex.compile(r'^(?:"[\w.\-]+"\s*:|[a-z_][a-z0-9_.\-]*:\s+\d{4}-\d{2}-\d{2})')
#: How many bare date lines a page shows at most (published, updated): more are data, not stamps.
_MAX_PAGE_STAMPS = 2


def _desk_slug(line: Line, lex: Lexicon) -> Cut | None:
    """A news-desk slug of short lower-case codes (``mzr/ mhr/``): the editors' codes, not text."""
    return cut_line(line, "desk_slug") if _SLUG_NEEDS in line.text and _SLUG.match(line.text) else None


def _agency_trailer(line: Line, lex: Lexicon) -> Cut | None:
    """A bare agency in brackets on its own line: ``(ANI)``, ``(भाषा)``; or a known one without them: ``sda``.

    A known agency, or any one word in brackets (an agency the lists do not know yet).
    """
    trailer = _AGENCY_TRAILER.match(line.text)
    if trailer is None:
        # A known agency alone on its line, without brackets ("sda" under a Swiss portal's date line, "dpa").
        # Wire copy writes a desk's code in small letters too, as its datelines do ("Chur (sda) –").
        if not lex.knows_agency(line.text):
            return None
        return cut_line(line, "source_line", Fact("dateline_agency", line.text))
    if trailer.group(1) not in lex.agencies and word_count(trailer.group(1)) != 1:
        return None
    if trailer.group(1).islower():
        return None  # "(answering)", "(off)": a stage direction; agencies write their names with capitals
    if lex.line_reason(line.text) is not None:
        return None  # an end-of-story marker the phrase lists know ("(النهاية)": "the end"), not an agency
    return cut_line(line, "source_line", Fact("dateline_agency", trailer.group(1)))


def _agency_credit(line: Line, lex: Lexicon) -> Cut | None:
    """A known agency and its staff credits in brackets: ``AGERPRES/(AS - autor: X, editor: Y)``.

    The names after an author label are the authors; editors and desk codes are not.
    """
    m = _AGENCY_CREDIT.match(line.text) if _AGENCY_CREDIT_NEEDS in line.text else None
    if m is None or m.group("agency").strip() not in lex.agencies or lex.author_labels is None:
        return None
    authors: list[str] = []
    for part in _LABELLED.finditer(m.group("body")):
        if lex.author_labels.match(part.group("label").split()[-1] + ":"):
            authors.extend(parse_names(part.group("value").strip()))
    return cut_line(line, "source_line", *(Fact("author", n) for n in authors))


def _editor_line(line: Line, lex: Lexicon) -> Cut | None:
    """An editor or production credit: ``Editor: X``, ``责任编辑：X``, ``Editing by X``."""
    if lex.editor_labels is None or not lex.editor_labels.match(line.text):
        return None
    return cut_line(line, "editor_line")


#: The lines of a document's head where a "Source: <URL>" field is the document's own.
_HEAD_FIELDS = 8
_BARE_URL = re.compile(r"^https?://\S+$")


def _source_line(line: Line, lex: Lexicon) -> Cut | None:
    """A source trailer (``Source: X``, ``Kaynak: aa``) of at most eight words; a date in it is kept too."""
    text = line.text
    m = lex.source_labels.match(text) if lex.source_labels is not None else None
    if m is None:
        return None
    rest = text[m.end() :].strip(" :：")
    if not rest or word_count(rest) > 8:
        return None
    head = re.split(r"\s*[|｜]\s*", rest)[0].strip()
    return cut_line(line, "source_line", Fact("source", head), *_date_facts(rest, lex))


#: What separates a byline's names from its date or desk: a bar, or a dot or bullet between spaces.
_BYLINE_SEPARATOR = regex.compile(r"\s*[|｜]\s*|\s+[·•]\s+")


def _byline(line: Line, lex: Lexicon) -> Cut | None:
    """An author label and names (``By X``, ``Von X und Y``, ``Автор: X``), maybe with a place, desk or date after.

    Everything after the label must parse as names (see :func:`parse_names`), or the names before
    a desk and place ("Por Fernanda Lima, g1 MA — São Luís"); what follows a ``|`` must be a date
    or four words at most.
    """
    text = line.text
    m = lex.author_labels.match(text) if lex.author_labels is not None else None
    if m is None:
        return None
    rest = text[m.end() :].strip(" :：")
    if m.group(0).rstrip().endswith((" à", " a", " in", " en", " в", " у")) and "," in rest:
        rest = rest.split(",", 1)[1].strip()  # "Avec notre correspondante à Dakar, Awa Ndiaye"
    # "By X | March 3", "di X · 28 novembre 2026": the names, then a row's separator and a date or a desk.
    parts = _BYLINE_SEPARATOR.split(rest, maxsplit=1)
    head, tail = parts[0], parts[1] if len(parts) > 1 else ""
    # "Text: Karin Lindqvist Foto: Jonas Berglöf": the photographer's label ends the writer's names.
    head = _before_credit_label(head, lex)
    names = parse_names(head)
    if not names and (dated := _names_before_date(head, lex)) is not None:
        # "Written by John Smith on 30 November 2026.", "Geschrieben von Lars Wendt am 30. November 2026".
        names, date = dated
        tail = f"{date} | {tail}" if tail else date
    if not names:
        first = _HEAD_SEPARATOR.split(head)[0]
        names = parse_names(first)
        tail = "" if names else tail
    if not names or (tail and not _row_tail(tail)):
        return None
    return cut_line(line, "byline", *(Fact("author", n) for n in names), *_date_facts(tail, lex))


#: The word joining a byline's names to its date ("on", "am", "le", "el", "op", "em", "dnia"): short, small letters.
_DATE_CONNECTOR = regex.compile(r"\p{Ll}{1,4}")
#: The parts a byline row's tail may hold after the names: a category, a date, a counter ("Kategorie: Verein |
#: Veröffentlicht: 28. November 2026").
_MAX_TAIL_PARTS = 3


def _names_before_date(head: str, lex: Lexicon) -> tuple[list[str], str] | None:
    """The names of a byline that runs on into its date, and the date: ``John Smith on 30 November 2026``.

    The date must close the line, and one short small-letter word may join it to the names (the language's
    "on"), with a day of the week maybe between them.

    >>> _names_before_date("Lars Wendt am Montag, 30. November 2026.", load_lexicon())
    (['Lars Wendt'], '30. November 2026.')
    >>> _names_before_date("the minister on 30 November 2026 said it would open", load_lexicon()) is None
    True
    >>> _names_before_date("Montag bis Freitag am 3. Mai 2026", load_lexicon()) is None
    True
    >>> _names_before_date("Yayınlanma: 18.08.2025 14:22", load_lexicon()) is None
    True
    """
    found = find_date(head)
    if found is None:
        return None
    date = head[found[1] :].strip()
    if not is_date_line(date):
        return None
    before = head[: found[1]]
    if before.rstrip().endswith((":", "：")) or any(
        p is not None and p.search(before) for p in (lex.published_labels, lex.updated_labels)
    ):
        return None  # "Haber Merkezi Yayınlanma: 18.08.2025": the date's own label, not a writer's name
    words = before.replace(",", " ").split()
    if words and lex.weekdays is not None and lex.weekdays.fullmatch(words[-1]):
        words.pop()
    if len(words) >= 2 and _DATE_CONNECTOR.fullmatch(words[-1]):
        words.pop()
    names = parse_names(" ".join(words))
    # "Von Montag bis Freitag am 3. Mai": days and months are a period's words, not a writer's name.
    if any(_calendar_word(w, lex) for n in names for w in n.split()):
        return None
    return (names, date) if names else None


def _calendar_word(word: str, lex: Lexicon) -> bool:
    """Whether ``word`` is a day of the week or a month's name of the lexicon."""
    return word.casefold() in lex.months or (lex.weekdays is not None and lex.weekdays.fullmatch(word) is not None)


def _row_tail(tail: str) -> bool:
    """Whether what follows a byline's names is a date, or a short row of parts, one at most not a date.

    >>> _row_tail("28. November 2026"), _row_tail("Kategorie: Vereinsnachrichten | Veröffentlicht: 28. November 2026")
    (True, True)
    >>> _row_tail("and the council said it would decide in March")
    False
    """
    if is_date_line(tail) or word_count(tail) <= 4:
        return True
    parts = _BYLINE_SEPARATOR.split(tail)
    if not 2 <= len(parts) <= _MAX_TAIL_PARTS:
        return False
    # One part that is no date, of a few words (a category, a desk); the others dates.
    undated = [p for p in parts if not is_date_line(p)]
    return len(undated) <= 1 and all(word_count(p) <= 4 for p in undated)


def _before_credit_label(text: str, lex: Lexicon) -> str:
    """``text`` up to a photo-credit label after a word or more (``Karin Lindqvist Foto: Jonas Berglöf``).

    What follows the label must be names too, or ``text`` is returned whole (a sentence that mentions a photo).

    >>> _before_credit_label("Karin Lindqvist Foto: Jonas Berglöf", load_lexicon())
    'Karin Lindqvist'
    >>> _before_credit_label("Karin Lindqvist", load_lexicon())
    'Karin Lindqvist'
    """
    if ":" not in text:  # every credit label ends in a colon; most bylines hold none after their own
        return text
    for label in lex.credit_labels:
        at = text.find(" " + label)
        if at > 0 and parse_names(text[at + 1 + len(label) :]):
            return text[:at]
    return text


def _date_line(line: Line, lex: Lexicon) -> Cut | None:
    """A publication or update date line (see :func:`is_date_line`); a site or source named on it is kept too."""
    text = line.text
    post = _POST_STAMP.match(text)
    if post is not None and is_date_line(post.group("date")):
        # "by grzesiek_zd » 28 lis 2026, 07:12": a forum post's header (phpBB's form), the writer then the date.
        # A post's date is not the page's publication date (the thread has many), so it gives no fact.
        return cut_line(line, "date_line")
    if not is_date_line(text) or _CONFIG_KEY.match(text):
        return None
    version = _VERSION_FIRST.match(text)
    if version is not None and is_date_line(text[version.end() :].strip(" —–-:|()")):
        return None  # "2.2.4 — 3 ottobre 2026": a changelog's heading (the number is no date: one follows it)
    site = _DOMAIN.search(text)
    source = _SOURCE_INLINE.search(text)
    facts = _date_facts(text, lex)
    header = _AGENCY_HEADER.match(text)
    if header is not None and header.group("agency") in lex.agencies and not is_date_line(header.group("place")):
        facts.append(Fact("dateline", {"place": header.group("place"), "agency": header.group("agency")}))
    if site:
        facts.append(Fact("site_name", site.group(0)))
    if source:
        facts.append(Fact("source", source.group("source")))
    # A "Published"/"Updated" label names a publication stamp; a bare date may be a changelog heading,
    # a log or data row, so alone it is only the shape of one.
    labelled = any(p is not None and p.search(text) for p in (lex.published_labels, lex.updated_labels))
    return cut_line(line, "date_line", *facts, evidence="form" if labelled or site or source else "shape")
