"""datelines: the place-and-agency opening of the first paragraph (``ALMATY (Sputnik) -``)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from typing import ClassVar

import regex

from boilerstrip.document import Document, Line
from boilerstrip.rules.distinct import text_holds
from boilerstrip.rules.kit import body_start, cut_line
from boilerstrip.rules.lexicon import Lexicon, interface_line, load_lexicon
from boilerstrip.rules.memo import memo
from boilerstrip.rules.pretest import needs
from boilerstrip.rules.shapes import ends_sentence, prose_like, thai_prose, word_count
from boilerstrip.types import Cut, Fact

# A danda (।) closes a Hindi dateline as a dash closes a Latin one: "मुंबई, 1 दिसंबर (आईएएनएस)।"; the Ethiopic
# preface colon (፦) an Amharic or Tigrinya one: "አዲስ አበባ፣ ጥቅምት 27/2019 (ኢዜአ)፦".
_DASH = r"(?:\.-|--|[-–—:।፦]|:-)"
_AGENCY = r"[\p{L}\p{M}\d .&\-]{2,30}"
_PLACE = r"(?:\p{Lu}|\p{Lo})[\p{L}\p{M}.'’\-]*(?:(?:\s+|-)[\p{L}\p{M}.'’\-]+){0,3}"
_PATTERNS: tuple[regex.Pattern[str], ...] = (
    # SAN FRANCISCO--(BUSINESS WIRE)--  /  인천--(뉴스와이어)--2026년 11월 30일 --  (a newswire's release: the
    # place, the wire in brackets between double dashes, maybe the day and one more double dash)
    regex.compile(
        rf"^(?P<place>{_PLACE}(?:,\s*[\p{{L}}\p{{M}}. ]{{2,25}}?)?)\s*--\s*\((?P<agency>{_AGENCY})\)\s*--\s*"
        r"(?:(?P<extra>[\p{L}\p{M}\d ,.]{4,25}?)\s*--\s*)?"
    ),
    # (AGI) - Livorno, 27 nov. -  (the agency first, then the place and the date)
    regex.compile(
        rf"^\((?P<agency>{_AGENCY})\)\s*{_DASH}\s*(?P<place>{_PLACE})(?:,\s*(?P<extra>[^()\-–—]{{2,25}}?))?\s*{_DASH}\s+"
    ),
    # ALMATY (Sputnik) -  /  WEST YELLOWSTONE, Mont. (AP) —  /  LONDON, March 25 (Reuters) -  /  (CNN) —
    regex.compile(
        rf"^(?:(?P<place>{_PLACE})(?:,\s*(?P<extra>[\p{{L}}\p{{M}}\d. ]{{2,25}}?))?\s*)?"
        rf"\((?P<agency>[\p{{L}}\p{{M}}\d .&/]{{2,30}})\)\s*{_DASH}?\s*"
    ),
    # Lorca (Murcia), 30 nov (EFE).-  /  Szeged, 2026. november 19., csütörtök (MTI) –  /  Cần Thơ, 20/11 (TTXVN) -
    # Rožňava 30. novembra (TASR) -  (a date after the place with no comma)
    # Galaţi, 25 nov /Agerpres/ -  /  Львів, 28 листопада /Укрінформ/.  (a region, place parts, a date, any dash)
    regex.compile(
        rf"^(?P<place>{_PLACE}(?:\s*\([\p{{L}}\p{{M}} .]{{2,25}}\))?)"
        r"(?P<extra>(?:(?:\s*[,፣،]\s*|(?<![-–—])\s+(?=\d))[\p{L}\p{M}\d.'’/ \-]{1,30}?){1,3})?"
        rf"\s*(?:\((?P<agency>{_AGENCY})\)|\.?\s*/(?P<agency>{_AGENCY})/)\s*\.?\s*{_DASH}?\s*"
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
        r"(?P<agency>\p{Lu}[\p{L} \-]{1,30}?)\.\s+"
    ),
    # وهران - سبوتنيك.
    regex.compile(
        r"^(?P<place>\p{Arabic}[\p{Arabic} ]{1,30}?)\s*[-–—]\s*(?P<agency>\p{Arabic}[\p{Arabic} ]{1,20}?)\.\s*"
    ),
    # الكويت - 1 - 12 (كونا) --  (place, a numeric date, the agency in brackets)
    regex.compile(
        rf"^(?P<place>\p{{Arabic}}[\p{{Arabic}} ]{{1,30}}?)\s*[-–—]\s*(?P<extra>\d[\d\s\-–/.]{{0,15}}?)\s*"
        rf"\((?P<agency>\p{{Arabic}}[\p{{Arabic}} ]{{1,20}}?)\)\s*{_DASH}\s*"
    ),
    # یزد- ایرنا-  /  الدوحة - قنا:  (place, dash, a known agency, dash or colon)
    regex.compile(
        r"^(?P<place>\p{Arabic}[\p{Arabic} ]{1,30}?)\s*[-–—]\s*(?P<agency>\p{Arabic}[\p{Arabic} ]{1,20}?)\s*[-–—:]\s*"
    ),
    # [부산=뉴시스] 홍길동 기자 =  /  (제주=연합뉴스)  (place=agency in brackets, then the reporter)
    regex.compile(
        r"^[\[(（](?P<place>[^\]=\[()（）]{1,15})=(?P<agency>[^\]=\[()（）]{1,15})[\])）]\s*"
        r"(?:(?P<reporters>\p{Hangul}{2,4}(?:\s*[·ㆍ,]\s*\p{Hangul}{2,4})*)\s*(?:기자|특파원|통신원)\s*)?=?\s*"
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
    # ROMA –  /  JAKARTA -  /  WESTPORT, Co Mayo —  (an all-capitals place, maybe its region, and a dash)
    regex.compile(
        r"^(?P<place>\p{Lu}{3,}(?:[ \-]\p{Lu}{2,}){0,2})"
        r"(?P<extra>,\s*\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,2})?\s+(?:--|[-–—])\s+"
    ),
    # الفجيرة في 1 ديسمبر / وام /  (place, "in", the day, the agency between slashes)
    regex.compile(
        r"^(?P<place>\p{Arabic}[\p{Arabic} ]{1,30}?)\s+في\s+(?P<extra>\d{1,2}\s+\p{Arabic}+)\s*"
        r"/\s*(?P<agency>\p{Arabic}[\p{Arabic} ]{1,20}?)\s*/\s*"
    ),
    # （中央社記者王怡君台中1日電）  (agency, reporter, place and day in full-width brackets)
    regex.compile(
        r"^[(（](?P<agency>\p{Han}{1,4}社)(?:記者|记者)(?P<reporters>\p{Han}{2,3}(?:[、,，]\p{Han}{2,3})*)"
        r"(?P<place>\p{Han}{2,4}?)(?P<extra>\d{1,2}日)[電电][)）]\s*"
    ),
    # [한빛경제 정하늘 기자]  (the outlet and its reporter in brackets, before the first sentence)
    regex.compile(
        r"^\[(?P<agency>[^\]\[=\s]{2,15})\s+(?P<reporters>\p{Hangul}{2,4}(?:\s*[·ㆍ,]\s*\p{Hangul}{2,4})*)\s*"
        r"(?:기자|특파원|통신원)\]\s*"
    ),
    # 【ワシントン=山田太郎】  (a place and its reporter in lenticular brackets; 【ソウル共同】 is read above)
    regex.compile(r"^【(?P<place>[^=＝】\s]{1,12}?)[=＝](?P<reporters>[^】=＝]{1,20})】\s*"),
)
# Characters one of which each of _PATTERNS cannot match without, where testing for them pays:
# the patterns backtrack through up to four words of a place name before they fail, and
# strip_dateline runs every pattern on every line. (Empty: the test would rarely fail.) The
# wire form (index 2) needs its agency's bracket or slash: testing for them saves half of
# strip_dateline's time on the AEB texts. The forms that need a dash (or _DASH's colon) or a
# literal of their own are tested for it too: each test costs less than the regex module's call.
_DASHES = ("-", "–", "—")
#: What _DASH can match without: a dash, a colon or a danda.
_DASH_MARKS = (*_DASHES, ":", "।", "፦")
_NEEDS: tuple[tuple[str, ...], ...] = (
    ("(",),
    ("(",),
    ("(",),
    ("(", "/"),
    (),
    ("【",),
    ("/",),
    _DASH_MARKS,
    _DASHES,
    ("(",),
    _DASHES,
    ("[", "(", "（"),
    ("电",),
    _DASH_MARKS,
    _DASH_MARKS,
    _DASHES,
    ("/",),
    ("日",),
    ("[",),
    ("【",),
)
_NEEDED = dict(zip(_PATTERNS, _NEEDS, strict=True))
#: Every character some entry of _NEEDS names (all of them single characters).
_NEED_CHARS = tuple(sorted({c for need in _NEEDS for c in need}))
#: The one form that names no character can match only a line holding a digit (its day, ``\d{1,2}``).
_DIGIT_FORM = 4
_DIGIT = regex.compile(r"\d")


@memo
def _patterns_given(present: frozenset[str], digit: bool) -> tuple[regex.Pattern[str], ...]:
    """The forms of _PATTERNS (in order) that a line holding the needed characters ``present`` may open with.

    ``digit``: whether the line holds a digit too.

    Cached per set: a handful of sets cover every line, and strip_dateline asks on every line.
    """
    return tuple(
        pattern
        for k, (pattern, need) in enumerate(zip(_PATTERNS, _NEEDS, strict=True))
        if (not need or not present.isdisjoint(need)) and (digit or k != _DIGIT_FORM)
    )


# "जयपुर: ": a place in a script without case and a colon, before a whole lede (not a label before a list).
_CASELESS_PLACE_COLON = regex.compile(r"^(?P<place>\p{Lo}[\p{Lo}\p{M}]+(?: \p{Lo}[\p{Lo}\p{M}]+)?):\s+(?=\p{Lo})")
# "जागरण संवाददाता, वाराणसी : ": the newsroom, a place in a script without case, a spaced colon, a whole lede.
_DESK_PLACE_COLON = regex.compile(
    r"^(?P<desk>[\p{Lo}\p{M}]+(?: [\p{Lo}\p{M}]+){0,2}),\s*"
    r"(?P<place>\p{Lo}[\p{Lo}\p{M}]+(?: \p{Lo}[\p{Lo}\p{M}]+)?)\s+:\s+"
)
# "Σάμος, 30/11 – ", "Mérida, Yucatán, a 30 de noviembre de 2026.- ", "Vila Real, 9 de outubro de 2026.– ": a
# place (and its region) and the day, then a dash; the date is what makes it a dateline (first paragraph only).
_PLACE_AND_DAY = regex.compile(
    r"""^(?P<place>(?:\p{Lu}|\p{Lo})[\p{L}\p{M}'’\-]*(?:\s(?:\p{Lu}|\p{Lo})[\p{L}\p{M}'’\-]*)?
       # "Santa Rita do Sapucaí (MG)": a third name after a small word, a region or a state in brackets
       (?:\s\p{Ll}{1,3}\s(?:\p{Lu}|\p{Lo})[\p{L}\p{M}'’\-]*)?(?:\s\(\p{Lu}[\p{L}\p{M} .]{1,24}\))?)
    (?P<extra>(?:,\s*\p{Lu}[\p{L}\p{M}'’\-]+(?:\s\p{Lu}[\p{L}\p{M}'’\-]+)?)?
       (?:,?\s+(?:\p{Ll}[\p{Ll}\p{M}]{0,4}\s+)?\d{1,2}(?:º|ª|er(?=\s))?
       (?:/\d{1,2}(?:/\d{2,4})?|\.\d{1,2}\.(?:\d{2,4})?|\.?\s+(?:de\s+)?[\p{L}\p{M}]+\.?(?:[\p{L}\p{M}]+\.)?(?:\s+(?:de\s+)?\d{4})?)
       # "MOMBASA, Kenya, Nov 30 – ", "CHICAGO, Dec. 9, 2026 — ": the month first, as English datelines write it
       |,\s*\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?
       # "बेनी, मंसिर १४ । ": a month of a script without case, then the day, as Nepali dailies write it
       |,\s*\p{Lo}[\p{Lo}\p{M}]{1,10}\s+\d{1,2}(?=\s*।)))
    # ".-" glued, ".–" glued or ". –" spaced: Spanish and Portuguese releases close the date with a dot either way;
    # a colon closes it as Indian dailies print it ("ଭୁବନେଶ୍ୱର, ୨୧ ଏପ୍ରିଲ: ")
    \s*\.?\s*(?:--|[-–—:]|।)\s+
    # "… 2 de dezembro de 2026 – ReleaseBR – ": a press-release service's name between two dashes
    (?:(?P<agency>\p{Lu}[\p{L}\p{M}\d.]+(?:\s\p{Lu}[\p{L}\p{M}\d.]+)?)\s+(?:--|[-–—])\s+)?
    (?=\p{Lu}|\p{Lo})""",
    regex.VERBOSE,
)
# "Oaxaca de Juárez, Oax.- ": a place and its state's abbreviation glued to the dash, as Spanish-language
# bulletins print it (the ".-" of "2026.-" after a date is _PLACE_AND_DAY's).
_PLACE_STATE = regex.compile(rf"^(?P<place>{_PLACE}),\s*(?P<extra>\p{{Lu}}\p{{Ll}}{{1,4}}\.)-\s+(?=\p{{Lu}})")
# "बारामती, ता. ३० : ", "પાલનપુર, તા. 30 : ": a place, a short date label with its dot, the day, a colon, as
# Marathi and Gujarati dailies open the lede (the form, not the label's word: any script's abbreviation).
_PLACE_LABELLED_DAY = regex.compile(
    rf"^(?P<place>{_PLACE}),\s*(?P<extra>\p{{L}}[\p{{L}}\p{{M}}]{{0,3}}\.\s?\d{{1,2}})\s*:\s+(?=\S)"
)
# "Kottayam: Kerala's first…" (a place and a colon, Indian wire style), before a whole lede: "Producent:\tZakłady
# Farb Wisłoka sp. z o.o." in a data sheet is a field.
_PLACE_COLON = regex.compile(r"^(?P<place>\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?):\s+(?=\p{Lu})")
# "KOTA BHARU: Jumlah mangsa…", "NEW DELHI: The government…", "DAR ES SALAAM: Mamlaka…": a place in capitals
# (two or three words) and a colon, as Malaysian, Indian and East African dailies open the lede. One word in
# capitals before a colon is a label far more often ("NOTE: This project…", "UPDATE: The council…").
_CAPS_PLACE_COLON = regex.compile(r"^(?P<place>\p{Lu}{2,}(?: \p{Lu}{2,}){1,2}):\s+(?=\p{Lu})")
# Weaker forms, accepted only on the first paragraph: "Jakarta - ", "नई दिल्ली — ".
_FIRST_ONLY: tuple[regex.Pattern[str], ...] = (
    regex.compile(r"^(?P<place>\p{Lu}\p{Ll}{2,}(?: \p{Lu}\p{Ll}{2,}){0,2})\s+[-–—]\s+(?=\p{Lu})"),
    regex.compile(r"^(?P<place>[\p{Lo}\p{M}]{2,}(?: [\p{Lo}\p{M}]{2,}){0,2})\s+[—–]\s+"),
    _PLACE_COLON,
    _CAPS_PLACE_COLON,
    _PLACE_AND_DAY,
    _PLACE_STATE,
    _PLACE_LABELLED_DAY,
    _CASELESS_PLACE_COLON,
    _DESK_PLACE_COLON,
)
_FIRST_ONLY_BUT_CAPS = tuple(p for p in _FIRST_ONLY if p is not _CAPS_PLACE_COLON)
# "KILOSA: Wakulima wa mahindi katika wilaya ya Kilosa…": one word in capitals and a colon opens the lede as a
# place only when the text names it again, in its own case, inside a sentence (a label is not the story's
# subject: "NOTE: This project…" names no "Note" further on). See :func:`_named_again`.
_CAPS_WORD_COLON = regex.compile(r"^(?P<place>\p{Lu}{3,}):\s+(?=\p{Lu})")
#: A paragraph opening with words in capitals and a colon: a place's dateline once, a label when it recurs.
_CAPS_LABEL = regex.compile(r"^\p{Lu}{2,}(?:[ '’]\p{Lu}+)*:\s")
# A place alone on the line above the first paragraph: "New Delhi:", "MOSCOW:", "ΒΟΛΟΣ –", "Madrid —".
_PLACE_LINE = regex.compile(r"^(?P<place>\p{Lu}[\p{L}\p{M}.]+(?: \p{Lu}[\p{L}\p{M}.]+){0,2})\s*(?P<mark>:|[-–—])$")
# A label alone on a line ending in a colon, anywhere: more than one means speaker labels or headings.
_LABEL_LINE = regex.compile(r"^\p{Lu}[\p{L}\p{M}.]+(?: \p{L}[\p{L}\p{M}.]+){0,2}:$")
# "【札幌時事】", "【ワシントン共同】": a place and a known agency in lenticular brackets.
_CJK_BRACKET = regex.compile(r"^【(?P<inner>[^】\s]{2,14})】\s*")
# A reporter's name closing the article after its last sentence: "…停止する。（佐藤健）".
_REPORTER_TAG = regex.compile(r"(?<=[。！？])（(?P<name>[\p{Han}\p{Hiragana}\p{Katakana}ー]{2,5})）$")
#: What every match of _REPORTER_TAG holds (read from it): a line without it is not searched.
_REPORTER_TAG_NEEDS = needs(_REPORTER_TAG)
# An agency tag closing a paragraph after its last sentence: "… przerwy. (PAP)", "… testo. (ANSA)."
_TRAILING_TAG = regex.compile(r"(?<=[.!?…。\"”»])\s*\((?P<agency>[\p{L}\p{M} .]{2,20})\)\.?$")
#: How a line that _TRAILING_TAG matches ends (``$`` also matches before a final line break).
_BRACKET_ENDS = (")", ").", ")\n", ").\n")
_MIN_REST_WORDS = 5
#: A lede ending in a colon after a dateline says this much at least: it announces a list, it is no label.
_ANNOUNCING_WORDS = 8
# How many lines from the first prose line the opening paragraph may be, when only short lines come before it.
_WINDOW = 6
_LEDE_WORDS = 20
#: A lede in a language of long words (Tamil, Malayalam, Finnish) holds fewer words: a sentence this long
#: (characters) is one too.
_LEDE_CHARS = 120
_MAX_AGENCY_WORDS = 3
#: A place and an agency the lists do not know, between dashes, hold a word or two each.
_MAX_NEW_AGENCY_WORDS = 2
#: A standfirst above the opening paragraph holds a line or two.
_MAX_DEK_LINES = 2
# Indexes into _PATTERNS the agency checks of _dateline_fits name.
_NEWSWIRE = 0
_WIRE = 3
_DASHED_AGENCY = 10
_BRACKET_EQUALS = 11
_BRACKETED = frozenset({_PATTERNS[1], _PATTERNS[2], _PATTERNS[_WIRE]})


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
    evidence: ClassVar[Mapping[str, str]] = {
        "dateline": "form",
        "agency_tag": "wire",
        "reporter_tag": "form",
        "initials_tag": "form",
    }
    version: int = field(default=25, init=False)
    #: The fact keys (and kinds of cut) it gives later cleaners and the metadata.
    provides: tuple[str, ...] = field(default=("dateline", "dateline_agency", "author"), init=False)
    reasons: dict[str, str] = field(
        default_factory=lambda: {
            "dateline": "the place and agency that open the first paragraph",
            "agency_tag": "an agency in brackets closing a paragraph: (PAP), (ANI)",
            "reporter_tag": "a reporter's name in full-width brackets closing the article: （佐藤健）",
            "initials_tag": "an editor's or desk's initials in brackets closing the article: (dh), (ant/rls)",
        },
        init=False,
    )

    def find(self, doc: Document) -> Iterator[Cut]:
        """Propose the dateline of the opening paragraph (or the place line above it), then agency tags.

        The dateline opens the first paragraph, or one of the next few when only lines that are no
        paragraph (a caption, a loader, the title) stand between them and a first prose line shorter
        than a lede (a tagline): a later ``MOSCOW (Sputnik) -`` opens an editor's background
        paragraph, which is prose.
        """
        lex = load_lexicon()
        lines = doc.content
        first = body_start(doc)
        found = None
        # Above the line before the first prose line, only a line ending in a colon can be cut (the branch for
        # ``i < first`` below): a text without a colon starts there (a page of short lines has no prose, and
        # its first prose line is past the end).
        start = 0 if text_holds(doc, ":") else max(first - 1, 0)
        for i, line in enumerate(lines[start : first + _WINDOW], start):
            paragraph_before = i > first and (
                word_count(lines[first].text) >= _LEDE_WORDS
                or any(prose_like(lines[j].text) for j in range(first + 1, i))
            )
            later = i > first + 1 and paragraph_before
            # A standfirst, then only a date line or a caption, then the wire copy: a dateline naming a
            # known agency still opens the body there ("Chur (sda) –" under a dek and a photo caption).
            after_dek = later and not any(prose_like(lines[j].text) for j in range(first + 1, i))
            if later and not after_dek:
                found = _dated_after_dek(lines, first, i)
                break  # a paragraph came first: this is not the opening one
            # A place line stands right above the first prose line, or above the opening paragraph when
            # no paragraph came before it ("Hintergrund:" after the lede is a heading).
            place_ok = i + 1 >= first and i + 1 < len(lines) and not paragraph_before
            if place_ok and (cut := _place_line(doc, lines, i)) is not None:
                found = cut
                break
            if i < first:
                # A lede announcing a list ends in a colon, so the body seems to start under it; opened by a
                # dateline naming its agency, it is the opening paragraph all the same ("Auenstadt (ots) - Die
                # Polizeidirektion berichtet über folgende Einsätze vom Mittwoch:").
                cut = _opening_dateline(line, _PATTERNS) if line.text.endswith(":") else None
                if cut is not None and (_names_known_agency(cut) or _names_agency_code(cut)):
                    found = cut
                    break
                continue
            patterns = _PATTERNS + _first_only(lines, line) if i == first else _PATTERNS
            cut = _opening_dateline(line, patterns) or _cjk_bracket(line, lex)
            if cut is None and i > first:
                cut = _dated_after_dek(lines, first, i)
            if cut is not None and after_dek and not _names_known_agency(cut) and not _names_agency_code(cut):
                continue
            if cut is not None:
                found = cut
                break
        if found is not None:
            yield _wire(found)
        yield from _trailing_tags(doc, lex, found)
        yield from _reporter_tag(doc, lex)
        yield from _initials_tag(doc)


def _first_only(lines: tuple[Line, ...], line: Line) -> tuple[regex.Pattern[str], ...]:
    """The weaker forms tried on the opening paragraph ``line``.

    A dateline is printed once. When another paragraph of the text opens with words in capitals and a colon
    too, those are the text's labels, not a place: a letters column's "DEAR ABBY:" and "DEAR FEELING:", an
    interview's speakers in capitals.
    """
    word = _CAPS_WORD_COLON.match(line.text)
    if word is None and _CAPS_PLACE_COLON.match(line.text) is None:
        return _FIRST_ONLY
    labels = sum(1 for other in lines if _CAPS_LABEL.match(other.text) is not None)
    if labels >= 2:
        return _FIRST_ONLY_BUT_CAPS
    return (*_FIRST_ONLY, _CAPS_WORD_COLON) if word and _named_again(lines, word.group("place")) else _FIRST_ONLY


def _named_again(lines: tuple[Line, ...], caps: str) -> bool:
    r"""Whether a word in capitals (a dateline's place) stands in the text again in title case, mid-sentence.

    The place of "KILOSA: Wakulima…" is "Kilosa" in the story ("…katika wilaya ya Kilosa…"); a label in
    capitals is no name the story repeats, and a word of the lexicon ("UPDATE", "HINWEIS") is a label whatever
    follows.

    >>> story = Document("KILOSA: Farmers met.\nThe farmers of Kilosa sold their maize at a loss this year.\n")
    >>> _named_again(story.content, "KILOSA"), _named_again(story.content, "NOTE")
    (True, False)
    """
    if load_lexicon().line_reason(caps.title()) is not None:
        return False
    name = regex.compile(r"(?<=\p{L}[\p{P}]?\s)" + regex.escape(caps.title()) + r"(?![\p{L}\p{M}])")
    return any(name.search(line.text) for line in lines)


def _dated_after_dek(lines: tuple[Line, ...], first: int, i: int) -> Cut | None:
    """A dated dateline opening line ``i`` under a standfirst of a line or two of short sentences.

    "Mérida, Yucatán, a 30 de noviembre de 2026.- Con la instalación…" under a two-sentence dek: the body
    opens there, when a whole lede follows the dateline.
    """
    if i - first > _MAX_DEK_LINES or any(word_count(lines[j].text) >= _LEDE_WORDS for j in range(first, i)):
        return None
    line = lines[i]
    dated = _opening_dateline(line, (_PLACE_AND_DAY,))
    if dated is None or word_count(line.text[dated.end - line.start :]) < _LEDE_WORDS:
        return None
    return dated


def _agencies(cut: Cut) -> list[str | None]:
    """The agency of each dateline fact of ``cut`` (``None`` where it names only a place)."""
    return [f.value.get("agency") for f in cut.facts if f.key == "dateline" and isinstance(f.value, Mapping)]


def _names_known_agency(cut: Cut) -> bool:
    """The dateline cut names an agency of the lists (``Chur (sda)``), not only a place or a bracket."""
    return any(_known_agency(agency) for agency in _agencies(cut))


def _names_agency_code(cut: Cut) -> bool:
    """The dateline cut names an agency by a code in capitals (``Juneda (ACN).-``), a wire's form."""
    return any(agency is not None and _AGENCY_CODE.fullmatch(agency) is not None for agency in _agencies(cut))


def _wire(cut: Cut) -> Cut:
    """A dateline that names a news agency is wire copy on its own (``wire`` evidence); a place alone is a form."""
    return replace(cut, evidence="wire") if any(_agencies(cut)) else cut


def _place_line(doc: Document, lines: tuple[Line, ...], i: int) -> Cut | None:
    """A place alone on the line above the first paragraph (``NEW DELHI:``, ``ΒΟΛΟΣ –``): the whole line goes.

    A title-case label with a colon ("Benjamin:", "Background:") is a dateline only when no other
    line of the text is such a label (speaker labels and headings come in numbers) and the line
    under it is a paragraph, not a quotation or a list.
    """
    line = lines[i]
    m = _PLACE_LINE.match(line.text)
    # "Copyright:", "Comment:" over a paragraph are a document's labels, interface strings of the lexicon.
    if m is None or not prose_like(lines[i + 1].text) or interface_line(line.text):
        return None
    place = m.group("place")
    cut = cut_line(line, "dateline", Fact("dateline", {"place": place, "agency": None}))
    if m.group("mark") == ":" and not _caps(place):
        labels = sum(1 for ln in lines if _LABEL_LINE.match(ln.text))
        if labels > 1 or lines[i + 1].text[:1] in "\"'“”„«»‘’-–—":
            return None
        # "Madrid:" over a lede has the shape of a report's "Summary:" or a ruling's "Verdict:" over its first
        # paragraph: only its place says it is a dateline (``position`` evidence), so the gate admits it where
        # the page shows chrome on strong evidence, and a document keeps its heading.
        return replace(cut, evidence="position")
    return cut


def _cjk_bracket(line: Line, lex: Lexicon) -> Cut | None:
    """``【札幌時事】``: a place and a known agency in lenticular brackets, opening the paragraph."""
    m = _CJK_BRACKET.match(line.text)
    if m is None or word_count(line.text[m.end() :]) < _MIN_REST_WORDS:
        return None
    inner = m.group("inner")
    for agency in sorted((a for a in lex.agencies if inner.endswith(a) and a != inner), key=len, reverse=True):
        fact = Fact("dateline", {"place": inner[: -len(agency)], "agency": agency})
        return Cut(line.start, line.start + m.end(), "dateline", detail=m.group(0).strip(), facts=(fact,))
    return None


def _trailing_tags(doc: Document, lex: Lexicon, dateline: Cut | None) -> Iterator[Cut]:
    """A known agency in brackets closing a paragraph after its last sentence: ``… przerwy. (PAP)``.

    The tag goes, the paragraph stays; the agency fills the dateline's when it names none.
    """
    if not text_holds(doc, ")"):
        return  # every bracket end holds one, and each line's text is a piece of the view's
    for line in doc.content:
        if not line.text.endswith(_BRACKET_ENDS):
            continue  # the tag closes the line: most lines end otherwise, and the search starts at every place
        m = _TRAILING_TAG.search(line.text)
        if m is None or m.group("agency") not in lex.agencies:
            continue
        start = line.start + m.start()
        if word_count(line.text[: m.start()]) < _MIN_REST_WORDS or (dateline is not None and start < dateline.end):
            continue
        yield Cut(
            start,
            line.end,
            "agency_tag",
            detail=m.group(0).strip(),
            facts=(Fact("dateline_agency", m.group("agency")),),
        )


#: Initials in lower case closing the article after its last sentence: "… masih tinggi. (dh)", "(ant/rls)".
_INITIALS_TAG = regex.compile(r"(?<=[.!?…\"”»])\s*\((?P<initials>[a-z]{2,4}(?:/[a-z]{2,4}){0,2})\)$")
#: What every match of _INITIALS_TAG holds (read from it): a line without it is not searched.
_INITIALS_TAG_NEEDS = needs(_INITIALS_TAG)


def _initials_tag(doc: Document) -> Iterator[Cut]:
    """The initials of the editor or desk in brackets after the article's last sentence: the tag goes.

    Only the last paragraph: the marks of who wrote or edited the copy close it, where a bracketed word
    inside the text ("(sic)", "(pdf)") stands inside a sentence, not after its full stop.

    >>> from boilerstrip.testing import cuts
    >>> text = "Dinas Kesehatan menyebut pemeriksaan itu penting karena angka anemia masih tinggi. (dh)"
    >>> cuts(text, Datelines())
    [('initials_tag', ' (dh)')]
    """
    if not text_holds(doc, _INITIALS_TAG_NEEDS):
        return  # no line holds what a tag needs: the walk below would find none
    for line in reversed(doc.content):
        m = _INITIALS_TAG.search(line.text) if _INITIALS_TAG_NEEDS in line.text else None
        before = line.text[: m.start()] if m is not None else line.text
        if not prose_like(before):
            continue  # the page's tail under the article: tags, footers, links
        # A known agency in lower case ("(dpa)", "(sda)") is an agency tag, cut as such (``_trailing_tags``).
        if m is not None and word_count(before) >= _MIN_REST_WORDS and not _known_agency(m.group("initials")):
            yield Cut(line.start + m.start(), line.end, "initials_tag", detail=m.group(0).strip())
        return


def _reporter_tag(doc: Document, lex: Lexicon) -> Iterator[Cut]:
    """The reporter's name in full-width brackets closing the article: ``…停止する。（佐藤健）``.

    Japanese and Chinese papers sign a story so; the name goes to the authors, the paragraph stays.
    Only the last paragraph's tag counts (a bracket inside the story is an aside), and a known agency
    there is a wire tag, left to :func:`_trailing_tags`.
    """
    if not text_holds(doc, _REPORTER_TAG_NEEDS):
        return  # no line holds what a tag needs: the walk below would find none
    for line in reversed(doc.content):
        m = _REPORTER_TAG.search(line.text) if _REPORTER_TAG_NEEDS in line.text else None
        if m is not None:
            break
        if prose_like(line.text):
            return  # the last paragraph has no tag
    else:
        return
    if m.group("name") in lex.agencies or word_count(line.text[: m.start()]) < _MIN_REST_WORDS:
        return
    yield Cut(
        line.start + m.start(),
        line.end,
        "reporter_tag",
        detail=m.group(0),
        facts=(Fact("author", m.group("name")),),
    )


def _opening_dateline(line: Line, patterns: tuple[regex.Pattern[str], ...]) -> Cut | None:
    """The first of ``patterns`` that opens the line as a dateline; a copy of it printed right after goes too.

    Place, agency and reporters go to metadata.
    """
    found = _dateline_match(line.text, patterns)
    if found is None:
        return None
    m, end = found
    facts = [Fact("dateline", _place_and_agency(m))]
    reporters = m.groupdict().get("reporters")
    if reporters:
        names = regex.sub(r"^(?:记者|本报记者)\s*", "", reporters)
        facts.extend(Fact("author", n.strip()) for n in regex.split(r"[、,，·ㆍ\s]+", names) if n.strip())
    return Cut(line.start, line.start + end, "dateline", detail=m.group(0).strip(), facts=tuple(facts))


@memo
def _dateline_match(text: str, patterns: tuple[regex.Pattern[str], ...]) -> tuple[regex.Match[str], int] | None:
    """The match of the first of ``patterns`` that opens ``text`` as a dateline, and where the dateline ends.

    Cached per text (the facts are made afresh from the match for each cut): the opening lines of a page
    are asked again on every view of every pass, and each asks up to twenty patterns.
    """
    present = frozenset([c for c in _NEED_CHARS if c in text])  # as in strip_dateline
    for pattern in patterns:
        need = _NEEDED.get(pattern, ())
        if need and present.isdisjoint(need):
            continue
        m = pattern.match(text)
        if m is None or not _dateline_fits(pattern, m):
            continue
        end = m.end()
        printed = _same_dateline(m.group(0))
        while (again := pattern.match(text[end:])) is not None and again.end() > 0:
            if _same_dateline(again.group(0)) != printed:
                # Another place and bracket opening the sentence ("Badan Penanggulangan Bencana Daerah (BPBD)
                # Jawa Barat memasang…" after "Bandung (ANTARA) - "): the lede's subject, not a second copy.
                break
            end += again.end()  # the same dateline printed twice: both go, or a second run would cut again
        return m, end
    return None


def _same_dateline(text: str) -> str:
    """A dateline's words, casefolded, without its dashes and spaces: two prints of one dateline give the same."""
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def _dateline_fits(pattern: regex.Pattern[str], m: regex.Match[str]) -> bool:
    """The match opens a paragraph that ends like a sentence, and a bracketed "agency" is one.

    After a dateline come five words or more of a sentence, not a credit or an interface line.
    "Binge eating disorder (BED)" has the shape of ``LONDON (AP)``: a bracketed word counts as an
    agency when it is a known one, or in capitals after a place in capitals (or no place); one
    between slashes (``/Agerpres/``) is an agency by its form. An agency between two dashes
    (``یزد- ایرنا-``) must be a known one, or a word or two before a whole lede.
    """
    rest = m.string[m.end() :]
    # Thai marks no sentence end: a paragraph of it reads on by its length. A lede announcing a list ends in a
    # colon: "Auenstadt (ots) - Die Polizeidirektion berichtet über folgende Einsätze vom Mittwoch:".
    words = word_count(rest)
    reads_on = (
        (words >= _MIN_REST_WORDS and ends_sentence(rest))
        or (words >= _ANNOUNCING_WORDS and rest.rstrip().endswith(":"))
        or thai_prose(rest)
    )
    if not reads_on or _chrome_start(rest):
        return False
    place_and_agency = _place_and_agency(m)
    agency, place = place_and_agency["agency"], place_and_agency["place"]
    if place is not None and interface_line(place):
        return False  # "Comment: This package was…": a field's label, not a place
    known = _known_agency(agency)
    if pattern is _PATTERNS[_DASHED_AGENCY]:
        # An agency the lists do not know counts before a whole lede, as a word or two between the dashes:
        # "رشت - کرانه - " opens the article, "تهران - مشهد - " in a timetable opens no 20-word sentence; or
        # when its name says it is a news agency ("خبرگزاری شمال شرق", "the news agency of the north-east").
        return (
            known
            or (_named_agency(agency) and word_count(rest) >= _LEDE_WORDS)
            or (
                word_count(rest) >= _LEDE_WORDS
                and agency is not None
                and len(agency.split()) <= _MAX_NEW_AGENCY_WORDS
                and place is not None
                and len(place.split()) <= _MAX_NEW_AGENCY_WORDS
            )
        )
    if pattern is _PATTERNS[_NEWSWIRE]:
        return _extra_is_day(m)  # the double dashes round the bracket are the wire's own form
    if pattern is _PATTERNS[_BRACKET_EQUALS]:
        return known or bool(m.group("reporters"))  # not a column header: "[엔터미디어=X의 이슈공감]"
    if pattern is _PATTERNS[_WIRE] and "/" in m.group(0)[max(m.end("place"), m.end("extra")) :]:
        # The agency between slashes ("/Agerpres/"), not a date's slash before a bracket ("27/2019 (ኢዜአ)").
        return place is not None and agency is not None and agency[:1].isupper()  # not "He said/she said/"
    if pattern is _PLACE_AND_DAY:
        extra = m.group("extra")
        # "Version 2 beta –" names no day; the month first ("Nov 30") only after a place in capitals, as English
        # datelines print it: "Monday, Nov 30 –" opens with a day's name, not a place. A diary's entry opens with
        # its day ("Tuesday, 3 June: We set off…", "Dienstag, 3. Juni –"): a weekday is no place.
        weekdays = load_lexicon().weekdays
        if place is not None and weekdays is not None and weekdays.fullmatch(place.strip(" ,")) is not None:
            return False
        return _a_day(extra) and (_MONTH_FIRST.search(extra) is None or (place is not None and _caps(place)))
    if pattern in (
        _CASELESS_PLACE_COLON,
        _DESK_PLACE_COLON,
        _PLACE_STATE,
        _PLACE_LABELLED_DAY,
        _PLACE_COLON,
        _CAPS_PLACE_COLON,
        _CAPS_WORD_COLON,
    ):
        return _whole_lede(rest)  # "सामग्री: आटा, चीनी" (a label) heads no whole lede
    dated = pattern is _PATTERNS[_WIRE] and _a_day(m.group("extra") or "")
    return (
        # a day between the place and the bracket makes the bracket the agency, in any script:
        # "मुंबई, 1 दिसंबर (आईएएनएस)", "Cần Thơ, 20/11 (TTXVN)"
        (dated and agency is not None and len(agency.split()) <= _MAX_AGENCY_WORDS)
        or agency is None
        or pattern not in _BRACKETED
        or known
        or (_caps(agency) and (place is None or _caps(place)))
        or (place is not None and _caps(place) and _wire_agency(agency) and _dashed(m.group(0)))
        # "ملتان (خبر نگار)", "LAHORE (Staff Reporter):": the paper's own desk in the bracket, after a place of a
        # few words, then a sentence; with a dash, a colon or nothing between them.
        # (A sentence starts after it: "Contact (Correspondent) is the field…" goes on with the same one.)
        or (
            place is not None
            and len(place.split()) <= _MAX_AGENCY_WORDS
            and not rest[:1].islower()
            and load_lexicon().is_desk(agency)
        )
        # "ملتان (اے پی پی) -": in a script without capitals, a place and a short bracket, a dash, a whole lede.
        or (
            place is not None
            and _caseless(place)
            and _caseless(agency)
            and len(place.split()) <= _MAX_NEW_AGENCY_WORDS
            and len(agency.split()) <= _MAX_AGENCY_WORDS
            and _dashed(m.group(0))
            and word_count(rest) >= _LEDE_WORDS
        )
        # "Juneda (ACN).-": a place (a word or three) and an agency's code in capitals, a dash standing apart
        # (not "Bitcoin (BTC)-Futures"), then a whole lede.
        or (
            place is not None
            and len(place.split()) <= _MAX_AGENCY_WORDS
            and not any(mark in place for mark in "(),")
            and _AGENCY_CODE.fullmatch(agency) is not None
            and _dashed(m.group(0))
            and (m.group(0)[-1:].isspace() or m.group(0).endswith(".-"))
            and rest[:1].isupper()
            and word_count(rest) >= _LEDE_WORDS
        )
        # "Freiburg (lsw) –": a wire service's desk code, in lower case, then a dash and a whole lede.
        or (
            place is not None
            and _WIRE_CODE.fullmatch(agency) is not None
            and _dashed(m.group(0))
            and rest[:1].isupper()  # a sentence opens after it: "Python (pip) – the installer…" is a gloss
            and word_count(rest) >= _LEDE_WORDS
        )
    )


# "20/11", "20.11." (a day and a month; "3.2" is a section number)
#: The month first, then the day (and the year): ", Nov 30", ", Dec. 9, 2026".
_MONTH_FIRST = regex.compile(r",\s*\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?$")
_DAY_MONTH_NUMBERS = regex.compile(r"(?<!\d)\d{1,2}(?:/\d{1,2}(?!\d)|\.\d{1,2}\.)")
_DAY = regex.compile(r"(?<!\d)\d{1,2}(?!\d)")


def _a_day(text: str) -> bool:
    """``text`` names a day: ``20/11``, or a day's number and a month name (``1 दिसंबर``), not a year alone.

    The month may be one of another calendar (``मंसिर १४``): a dateline's day, read for its form only.

    A month's abbreviation keeps its dots (``1 ธ.ค.``, ``3 dic.``): a word is looked up with them and without.
    """
    if _DAY_MONTH_NUMBERS.search(text):
        return True
    lex = load_lexicon()
    months, other = lex.months, lex.calendar_months
    return _DAY.search(text) is not None and any(
        w in months or w.strip(".,") in months or w.strip(".,") in other for w in text.casefold().split()
    )


def _known_agency(agency: str | None) -> bool:
    """A known agency as wire copy writes it: also in lower case (``sda``) or with its desk (``dpa/sn``)."""
    if agency is None:
        return False
    lex = load_lexicon()
    return agency in lex.agencies or lex.knows_agency(agency.split("/")[0].strip())


def _named_agency(agency: str | None) -> bool:
    """An agency whose name says it is one: four words at most, one of them a word of ``[agencies] words``.

    >>> _named_agency("خبرگزاری شمال شرق"), _named_agency("بازار بزرگ")
    (True, False)
    """
    if agency is None:
        return False
    words = agency.casefold().split()
    return len(words) <= _MAX_NAMED_AGENCY_WORDS and any(w in load_lexicon().agency_words for w in words)


#: The longest agency name told by its "news agency" word (words).
_MAX_NAMED_AGENCY_WORDS = 4


def _wire_agency(agency: str) -> bool:
    """An agency name the lists do not know: one to three words, the first capitalised ("Meridian")."""
    return agency[:1].isupper() and len(agency.split()) <= _MAX_AGENCY_WORDS


#: A news agency's code in capitals: "ACN", "ATSH", "NAN" (two to five capitals, a desk after a slash).
_AGENCY_CODE = regex.compile(r"\p{Lu}{2,5}(?:/\p{Lu}{1,4})?")
#: A wire desk's code as regional services print it: "lsw", "lby", "apa", "ats" (two to five small letters).
_WIRE_CODE = regex.compile(r"[a-z]{2,5}(?:/[a-z]{1,4})?")


def _dashed(dateline: str) -> bool:
    """The dateline ends in a dash after its bracket: ``ROTTERDAM (Meridian) –``."""
    return bool(regex.search(r"\)\s*\.?\s*(?:--|[-–—])\s*$", dateline))


def _place_and_agency(m: regex.Match[str]) -> dict[str, str | None]:
    """The place as printed (``Lorca (Murcia)``, ``WEST YELLOWSTONE, Mont.``, ``Sagres, Vila do Bispo``) and the agency.

    Parts after the place that hold no digit and are no month name belong to it; the date ends it.
    """
    groups = m.groupdict()
    agency = (groups.get("agency") or "").strip(" ./") or None
    place = (groups.get("place") or "").strip(" -–—") or None
    extra = (groups.get("extra") or "").strip()
    months = load_lexicon().months
    if place and extra:
        for part in extra.strip(" ,").split(","):
            part = part.strip()
            if not part or regex.search(r"\d", part) or any(w.strip(".") in months for w in part.casefold().split()):
                break
            place = f"{place}, {part}"
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


def _extra_is_day(m: regex.Match[str]) -> bool:
    """The match names no date after the place, or names a day there (not any words between dashes)."""
    extra = m.group("extra")
    return extra is None or _a_day(extra) or regex.search(r"\d{4}", extra) is not None


def _caseless(text: str) -> bool:
    """Letters of a script without capitals only (Arabic, Hangul, Devanagari…): case tells nothing there."""
    return any(c.isalpha() for c in text) and not any(c.isupper() or c.islower() for c in text)


def _caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) * 2 >= len(letters)


@memo
def strip_dateline(text: str) -> str:
    """``text`` without a leading dateline, if it has one (for comparing paragraphs).

    >>> strip_dateline("HANOI, March 6 (Reuters) - Coffee exports fell 18% in February.")
    'Coffee exports fell 18% in February.'
    """
    # The forms the line holds the characters for, from one look for each character (testing each form's
    # characters in turn, 45 looks a line, cost two thirds of this function's time, more than the matches).
    present = frozenset([c for c in _NEED_CHARS if c in text])
    for pattern in _patterns_given(present, _DIGIT.search(text) is not None):
        m = pattern.match(text)
        if m is not None and word_count(text[m.end() :]) >= _MIN_REST_WORDS:
            return strip_dateline(text[m.end() :])  # a dateline printed twice goes twice
    return text


def _whole_lede(rest: str) -> bool:
    """Whether ``rest`` (a line after its dateline) is a whole lede: 20 words or more, or a long sentence.

    >>> _whole_lede("உடன்குடி பகுதியில் தயாரிக்கப்படும் பனங்கருப்பட்டிக்கு இந்த ஆண்டு வெளிமாநிலங்களிலும் "
    ...             "வெளிநாடுகளிலும் தேவை அதிகரித்துள்ளதாக உற்பத்தியாளர்கள் தெரிவித்தனர்.")
    True
    >>> _whole_lede("Zakłady Farb Wisłoka sp. z o.o.")
    False
    """
    return word_count(rest) >= _LEDE_WORDS or (len(rest) >= _LEDE_CHARS and ends_sentence(rest))
