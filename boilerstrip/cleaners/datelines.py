"""datelines: the place-and-agency opening of the first paragraph (``ALMATY (Sputnik) -``)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import ClassVar

import regex

from boilerstrip.document import Document, Line
from boilerstrip.rules.kit import body_start, cut_line
from boilerstrip.rules.lexicon import load_lexicon
from boilerstrip.rules.memo import memo
from boilerstrip.rules.shapes import ends_sentence, word_count
from boilerstrip.types import Cut, Fact

_DASH = r"(?:\.-|--|[-–—:]|:-)"
_PLACE = r"(?:\p{Lu}|\p{Lo})[\p{L}\p{M}.'’\-]*(?:(?:\s+|-)[\p{L}\p{M}.'’\-]+){0,3}"
_PATTERNS: tuple[regex.Pattern[str], ...] = (
    # ALMATY (Sputnik) -  /  WEST YELLOWSTONE, Mont. (AP) —  /  LONDON, March 25 (Reuters) -  /  (CNN) —
    regex.compile(
        rf"^(?:(?P<place>{_PLACE})(?:,\s*(?P<extra>[\p{{L}}\p{{M}}\d. ]{{2,25}}?))?\s*)?"
        rf"\((?P<agency>[\p{{L}}\p{{M}}\d .&/]{{2,30}})\)\s*{_DASH}?\s*"
    ),
    # Москва. 5 марта. INTERFAX.RU -
    regex.compile(
        rf"^(?P<place>{_PLACE})\.\s*(?P<extra>\d{{1,2}}\s+\p{{L}}+)\.\s*(?P<agency>\p{{Lu}}[\p{{Lu}}\w.\-]{{1,30}})\s*{_DASH}\s*"
    ),
    # 【环球网报道 记者 赵明远】
    regex.compile(r"^【(?P<agency>\p{Han}{2,8}?)报道\s*(?:记者\s*(?P<reporters>[^】]{1,30}))?】"),
    # MOSCOW, February 28. /TASS/.
    regex.compile(rf"^(?P<place>{_PLACE}),\s*(?P<extra>[^./]{{3,25}})\.\s*/(?P<agency>[^/]{{2,20}})/\.?\s*"),
    # МОСКВА, 24 сен - РИА Новости.  /  SIMFEROPOL, May 29 – RIA Novosti Crimea.
    regex.compile(
        rf"^(?P<place>\p{{Lu}}[\p{{Lu}}\p{{M}} .\-]{{1,40}}),\s*(?P<extra>\d{{1,2}}\s+\p{{L}}+\.?)\s*{_DASH}\s*"
        r"(?P<agency>\p{Lu}[\p{L} ]{1,30}?)\.\s+"
    ),
    # وهران - سبوتنيك.
    regex.compile(
        r"^(?P<place>\p{Arabic}[\p{Arabic} ]{1,30}?)\s*[-–—]\s*(?P<agency>\p{Arabic}[\p{Arabic} ]{1,20}?)\.\s*"
    ),
    # 新华社北京6月19日电(记者X、Y)  /  俄罗斯卫星通讯社符拉迪沃斯托克6月19日电
    regex.compile(
        r"^(?P<agency>新华社|中新社|中新网|俄罗斯卫星通讯社|人民网|央视网|环球网|中国日报网|中国日报|\p{Han}{2,5}?(?:社|网|报|台))"
        r"(?P<place>\p{Han}{2,12}?)"
        r"(?P<extra>\d{1,2}月\d{1,2}日)电\s*(?:[(（](?P<reporters>[^)）]{1,40})[)）])?\s*"
    ),
    # JAKARTA, KOMPAS.com -
    regex.compile(
        rf"^(?P<place>\p{{Lu}}{{3,}}(?: \p{{Lu}}{{2,}})*),\s*(?P<agency>[\w.]+\.(?:com|co\.id|id|net|org))\s*{_DASH}\s*"
    ),
    # Bisnis.com, JAKARTA –  /  TEMPO.CO, Denpasar -
    regex.compile(
        rf"^(?P<agency>\w+\.(?i:com|co\.id|co|id|net)),\s*"
        rf"(?P<place>\p{{Lu}}[\p{{L}}]+(?: \p{{Lu}}[\p{{L}}]+)*)\s*{_DASH}\s*"
    ),
    # ROMA –  /  JAKARTA -  (an all-capitals place and a dash)
    regex.compile(r"^(?P<place>\p{Lu}{3,}(?:[ \-]\p{Lu}{2,}){0,2})\s+(?:--|[-–—])\s+"),
)
# A character each of _PATTERNS cannot match without, where testing for it pays: the
# patterns backtrack through up to four words of a place name before they fail, and
# strip_dateline runs every pattern on every line. (None: the test would rarely fail.)
_NEEDS: tuple[str | None, ...] = ("(", None, None, "/", None, None, None, None, None, None)
# Weaker forms, accepted only on the first paragraph: "Jakarta - ", "नई दिल्ली — ".
_FIRST_ONLY: tuple[regex.Pattern[str], ...] = (
    regex.compile(r"^(?P<place>\p{Lu}\p{Ll}{2,}(?: \p{Lu}\p{Ll}{2,}){0,2})\s+[-–—]\s+(?=\p{Lu})"),
    regex.compile(r"^(?P<place>[\p{Lo}\p{M}]{2,}(?: [\p{Lo}\p{M}]{2,}){0,2})\s+[—–]\s+"),
    # "Kottayam: Kerala's first…" (a place and a colon, Indian wire style)
    regex.compile(r"^(?P<place>\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?):\s+(?=\p{Lu})"),
)
# A place alone on the line above the first paragraph: "New Delhi:", "MOSCOW:".
_PLACE_LINE = regex.compile(r"^(?P<place>\p{Lu}[\p{L}.]+(?: \p{Lu}[\p{L}.]+){0,2}):$")
_SEARCH_LINES = 12
_MIN_REST_WORDS = 5


@dataclass(frozen=True)
class Datelines:
    """Cut the dateline off the first paragraph that has one; keep place and agency as metadata.

    >>> from boilerstrip.document import Document, Line
    >>> cut = next(Datelines().find(Document("ALMATY (Sputnik) - Russia expects NATO to try to interfere.")))
    >>> cut.end, cut.facts[0].value["place"]
    (19, 'ALMATY')
    """

    name: str = field(default="datelines", init=False)
    #: What each reason's cuts rest on (boilerstrip.evidence); a cut may name its own.
    evidence: ClassVar[Mapping[str, str]] = {"dateline": "form"}
    version: int = field(default=1, init=False)
    #: The fact keys (and kinds of cut) it gives later cleaners and the metadata.
    provides: tuple[str, ...] = field(default=("dateline", "author"), init=False)
    reasons: dict[str, str] = field(
        default_factory=lambda: {"dateline": "the place and agency that open the first paragraph"}, init=False
    )

    def find(self, doc: Document) -> Iterator[Cut]:
        """Propose one cut: a place line above the first paragraph, or the dateline opening it (or the next line)."""
        first = body_start(doc)
        for i, line in enumerate(doc.content[:_SEARCH_LINES]):
            if i + 1 == first:
                cut = _place_line(line)
            elif i in (first, first + 1):
                # Only the opening paragraph carries the story's dateline (the second line when a
                # copy of the lede stands first); a later "MOSCOW (Sputnik) -" opens an editor's
                # background paragraph, which is prose.
                cut = _opening_dateline(line, _PATTERNS + _FIRST_ONLY if i == first else _PATTERNS)
            else:
                continue
            if cut is not None:
                yield cut
                return


def _place_line(line: Line) -> Cut | None:
    """A place alone on the line above the first paragraph (``New Delhi:``, ``MOSCOW:``): the whole line goes."""
    m = _PLACE_LINE.match(line.text)
    if m is None:
        return None
    return cut_line(line, "dateline", Fact("dateline", {"place": m.group("place"), "agency": None}))


def _opening_dateline(line: Line, patterns: tuple[regex.Pattern[str], ...]) -> Cut | None:
    """The first of ``patterns`` that opens the line as a dateline; a copy of it printed right after goes too.

    Place, agency and reporters go to metadata.
    """
    text = line.text
    for pattern in patterns:
        m = pattern.match(text)
        if m is None or not _dateline_fits(pattern, m):
            continue
        facts = [Fact("dateline", _place_and_agency(m))]
        reporters = m.groupdict().get("reporters")
        if reporters:
            names = regex.sub(r"^(?:记者|本报记者)\s*", "", reporters)
            facts.extend(Fact("author", n.strip()) for n in regex.split(r"[、,，\s]+", names) if n.strip())
        end = m.end()
        while (again := pattern.match(text[end:])) is not None and again.end() > 0:
            end += again.end()  # the same dateline printed twice: both go, or a second run would cut again
        return Cut(line.start, line.start + end, "dateline", detail=m.group(0).strip(), facts=tuple(facts))
    return None


def _dateline_fits(pattern: regex.Pattern[str], m: regex.Match[str]) -> bool:
    """The match opens a paragraph that ends like a sentence, and a bracketed "agency" is one.

    After a dateline come five words or more of a sentence, not a credit or an interface line.
    "Binge eating disorder (BED)" has the shape of ``LONDON (AP)``: a bracketed word counts as an
    agency when it is a known one, or in capitals after a place in capitals (or no place).
    """
    rest = m.string[m.end() :]
    if word_count(rest) < _MIN_REST_WORDS or not ends_sentence(rest) or _chrome_start(rest):
        return False
    place_and_agency = _place_and_agency(m)
    agency, place = place_and_agency["agency"], place_and_agency["place"]
    return (
        agency is None
        or pattern is not _PATTERNS[0]
        or agency in load_lexicon().agencies
        or (_caps(agency) and (place is None or _caps(place)))
    )


def _place_and_agency(m: regex.Match[str]) -> dict[str, str | None]:
    """The place (with a state abbreviation: ``WEST YELLOWSTONE, Mont.``) and the agency of a dateline match."""
    groups = m.groupdict()
    agency = (groups.get("agency") or "").strip(" ./") or None
    place = (groups.get("place") or "").strip() or None
    extra = (groups.get("extra") or "").strip()
    if place and extra and not regex.search(r"\d", extra) and extra.casefold() not in load_lexicon().months:
        place = f"{place}, {extra}"
    return {"place": place, "agency": agency}


def _chrome_start(text: str) -> bool:
    """The text after a would-be dateline is a credit, a read-also label or an interface line: not a paragraph."""
    lex = load_lexicon()
    return (
        text.startswith(("©", "(c)"))
        or bool(lex.credit_prefix and lex.credit_prefix.match(text))
        or bool(lex.related_prefix and lex.related_prefix.match(text))
        or lex.starts_like_interface(text)
        or lex.line_reason(text) is not None
    )


def _caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) * 2 >= len(letters)


@memo
def strip_dateline(text: str) -> str:
    """``text`` without a leading dateline, if it has one (for comparing paragraphs).

    >>> strip_dateline("HANOI, March 6 (Reuters) - Coffee exports fell 18% in February.")
    'Coffee exports fell 18% in February.'
    """
    for pattern, need in zip(_PATTERNS, _NEEDS, strict=True):
        if need is not None and need not in text:
            continue
        m = pattern.match(text)
        if m is not None and word_count(text[m.end() :]) >= _MIN_REST_WORDS:
            return strip_dateline(text[m.end() :])  # a dateline printed twice goes twice
    return text
