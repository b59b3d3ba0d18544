"""Load the per-language phrase lists in ``boilerstrip/data/lexicon`` into matchers.

All language files are merged: chrome leaks across languages (a Russian UI
string on an English page), and whole-line matches are safe to share. The
data is read once, on first use, so ``import boilerstrip`` stays cheap.
"""

from __future__ import annotations

import re
import sys
import tomllib
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from importlib.abc import Traversable
from types import MappingProxyType
from typing import Any

from boilerstrip.errors import LexiconError
from boilerstrip.rules.heads import HeadMatch
from boilerstrip.rules.memo import memo
from boilerstrip.rules.pretest import tail_reach
from boilerstrip.rules.shapes import markdown_heading

#: Characters trimmed from both ends of a line before whole-line lookup:
#: bullets, arrows, separators and closing punctuation that icon fonts and
#: menus leave around a label.
#: The full stops of other scripts are closing punctuation too (session twenty-one): Devanagari and Bengali "।",
#: Urdu "۔", Armenian "։", Ethiopic "።", Myanmar "။", Khmer "។", the ideographic "。" and the full-width "．":
#: a phrase written without its stop matches the line that ends with one, as "Read more." matches "Read more".
#: Not the full-width "！": a Japanese reader's "いいね！" is a remark, the button says "いいね".
#: The rating stars a widget prints after its label ("Rate this recipe ★★★★☆") are its icons (session twenty-four).
_TRIM = " \t\u00a0•·|/>»«<＜＞‹›〈〉→←↑↓❯▶►▸*#-–—:.,;!…()[]{}\"'“”‘’📌🔴⚡️✅👉।॥۔։።။។。．★☆"
#: A call ("print('')") or a markup tag alone on the line ("<picture>"): trimmed of its brackets it would
#: read as an interface word, but it is code. (Bounded repeats: a line of 100,000 letters costs one pass.)
# Two searches, each only when the line holds its bracket: a call written to open with its bracket (re then
# scans for that character instead of trying a match at every position) and the anchored tag. Together they
# answer as r"\w\([^()]{0,80}\)|^\s*</?[A-Za-z][\w-]{0,30}(?:\s[^<>]{0,200})?/?>\s*$" did, forty times faster.
_CALL = re.compile(r"\((?<=\w\()[^()]{0,80}\)")
#: A plural or gender ending in brackets, as interface labels write a count's noun ("Item(s) in cart", "Datei(en)
#: anhängen", "napisał(a)", "résultat(s) trouvé(s)", "Mitarbeiter(innen)", "найдено товар(ов)"): glued to a word as
#: a call's argument is, but no call (session twenty-five). A closed list: "print(x)", "f(i)" and "parse(df)" stay
#: calls. A call with an ending's letters for its argument ("read(s)") gets no more than before either: the letters
#: stay in the looked-up key, so only a phrase written with the same bracket can match it.
_ENDING = re.compile(r"\((?:s|es|e|en|n|er|r|se|in|nen|innen|a|y|ies|а|и|ы|я|ов|ей)\)(?!\w)", re.IGNORECASE)
#: The fewest letters of the word an ending in brackets is glued to: "len(s)", "str(s)", "map(f)" are calls.
_ENDING_STEM = 4
_TAG_LINE = re.compile(r"\s*</?[A-Za-z][\w-]{0,30}(?:\s[^<>]{0,200})?/?>\s*$")
_COUNT_TAIL = re.compile(r"[\s(]*\d[\d.,kKmM]*$")
#: Reasons whose phrases never carry a count after them: an ad marker, a footer's legal link, a cookie button,
#: a log-in or paywall line ("PR" marks an advertorial; "PR 28886" is a bug report).
_UNCOUNTED = frozenset({"ad_marker", "legal_footer", "cookie_notice", "login_prompt", "paywall_notice"})
#: A count and its unit word in brackets closing a line, as :func:`norm` leaves it: "galerie (12 fotografií".
_UNIT_COUNT_TAIL = re.compile(r"\s*\(\s*\d[\d.,]*\s+[^\W\d_]{1,15}\.?$")
#: Reasons whose phrases take such a count: a gallery's photos, a thread's posts or comments.
_UNIT_COUNTED = frozenset({"media_link", "comment_ui"})
#: A running time closing a player's label: "12:48", "1:02:05", "4 min", "(3 Min.)", "· 38 мин". The unit is any
#: short word after the number, in any language, but a file's size ("44 MB"); only a label that is a player's
#: phrase without it takes it.
#: (No run of separators before it in the pattern: a search would try that run from each of its characters.)
_DURATION_TAIL = re.compile(
    r"[(\[]?(?:\d{1,2}(?::\d{2}){1,2}|\d{1,3}\s?(?![kmgt]i?[bo]\b|[кмг]б)[^\W\d_]{1,7}\.?)[)\]]?$"
)
#: How far before a key's end a running time can start (it matches only at the end, and spans 14 characters at most).
_DURATION_REACH = tail_reach(_DURATION_TAIL) or sys.maxsize  # (unbounded: the whole key)
#: What may stand between a player's label and its running time.
_DURATION_SEPARATORS = " ·|•,–-"
#: A digit among a key's last eleven characters: only such a key can close in a running time (a space, a unit of
#: seven letters, its dot and a bracket after the number). Searched from ``_DIGIT_NEAR_END_REACH`` characters
#: before the end: a match ends at the end or before a final newline, ten characters at most after its digit.
_DIGIT_NEAR_END = re.compile(r"\d\D{0,10}$")
_DIGIT_NEAR_END_REACH = 12
#: A count opening a line before a label ("12 comentarios", "1.2k shares").
_COUNT_HEAD = re.compile(r"^\d[\d,]*(?:\.\d+)?[kKmM]?\s+")  # not "5. Newsletter", a numbered heading
#: A count inside a line, which a whole-line phrase writes as ``#`` ("list of # items"). Written to open with its
#: digit and to look behind it after (the same matches as r"(?<!\w)\d[\d.,]*(?!\w)": the digit is known to be
#: a word character, so "no word character before it" is "not a word character and this digit"): re then scans
#: for digits instead of trying the look-behind at every position, three times faster.
_INNER_COUNT = re.compile(r"\d(?<!\w\d)[\d.,]*(?!\w)")
_SPACES = re.compile(r"[\s\u200b\ufeff\u2060]+")


#: The interface reasons a phrase of ``[lines]``, ``[prefixes]`` or ``[contains]`` may be filed under
#: (they are the reasons the ``ui_strings`` cleaner gives), with what each means.
INTERFACE_REASONS: Mapping[str, str] = MappingProxyType(
    {
        "login_prompt": "a log-in or registration prompt",
        "comment_ui": "comment-section interface text",
        "subscribe_prompt": "a subscribe, newsletter, follow or donate prompt",
        "share_buttons": "labels of share and social-network buttons",
        "ad_marker": "an advertisement marker",
        "player_ui": "video or audio player text",
        "live_ui": "live-blog controls",
        "navigation": "menus, skip links, breadcrumbs and section labels",
        "read_more": "a read-more or continue-reading link",
        "related_header": "a related-articles heading with nothing under it",
        "media_link": "gallery, media-bank and image placeholder labels",
        "paywall_notice": "a paywall or subscription notice",
        "cookie_notice": "a cookie or consent notice",
        "legal_footer": "a copyright or legal footer",
        "app_promo": "an app or membership pitch",
        "counter": "a view counter, item counter or reading time",
        "tag_list": "a tag or keyword list",
        "read_also": "a read-also line whose headline could not be isolated",
        "widget": "a weather, calendar or poll widget",
    }
)


#: Every table a lexicon file may hold and the keys it may use; a key outside this list
#: would be read by nobody, so loading fails instead of dropping its phrases silently.
LEXICON_SCHEMA: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "lines": frozenset(INTERFACE_REASONS),
        "prefixes": frozenset(INTERFACE_REASONS),
        "contains": frozenset(INTERFACE_REASONS),
        "suffixes": frozenset({"read_more"}),
        "credit": frozenset({"prefixes", "suffixes", "markers", "by", "generic"}),
        "media": frozenset({"links"}),
        "byline": frozenset({"authors", "editors", "sources"}),
        "related": frozenset(
            {"prefixes", "headers", "words", "promo_sentences", "attribution_verbs", "attribution_nouns"}
        ),
        "dates": frozenset({"months", "calendar_months", "weekdays", "year_words", "published", "updated"}),
        "tagline": frozenset({"cues"}),
        "share": frozenset({"networks", "platforms"}),
        "agencies": frozenset({"names", "words", "desks"}),
        "promo": frozenset({"our", "channels"}),
        "bio": frozenset({"roles", "writes", "headers"}),
        "notice": frozenset({"disclaimers", "cookies"}),
        "pager": frozenset({"pages", "of"}),
        "comments": frozenset({"wrote"}),
        "live": frozenset({"headings"}),
        "offer": frozenset({"periods", "words", "currencies", "reported"}),
    }
)


def check_lexicon_file(name: str, data: Mapping[str, Any]) -> None:
    """Raise :class:`LexiconError` when a parsed lexicon file uses a table or key nobody reads, or a non-list.

    >>> check_lexicon_file("en.toml", {"lines": {"subscribe_promt": ["Subscribe"]}})
    Traceback (most recent call last):
    ...
    boilerstrip.errors.LexiconError: en.toml: unknown key 'subscribe_promt' in [lines]; valid keys: ad_marker, ...
    """
    for table, entries in data.items():
        valid = LEXICON_SCHEMA.get(table)
        if valid is None:
            raise LexiconError(f"{name}: unknown table [{table}]; valid tables: {', '.join(sorted(LEXICON_SCHEMA))}")
        if not isinstance(entries, Mapping):
            raise LexiconError(f"{name}: [{table}] must be a table of phrase lists")
        for key, phrases in entries.items():
            if key not in valid:
                raise LexiconError(f"{name}: unknown key {key!r} in [{table}]; valid keys: {', '.join(sorted(valid))}")
            if not isinstance(phrases, list) or not all(isinstance(p, str) for p in phrases):
                raise LexiconError(f"{name}: [{table}] {key} must be a list of strings")


@memo
def norm(text: str) -> str:
    """Normalise a phrase or a line for whole-line lookup.

    >>> norm("  » Read More… ")
    'read more'
    >>> norm("İLGİLİ HABERLER") == norm("İlgili Haberler") == "ilgili haberler"
    True
    >>> norm("ये लेखक के निजी विचार हैं।") == norm("ये लेखक के निजी विचार हैं"), norm("続きを読む。")
    (True, '続きを読む')
    >>> norm("আরও প\u09dcুন") == norm("আরও পড\u09bcুন")  # ড় as one character or as ড and its nukta
    True
    """
    folded = text.casefold()
    if not folded.isascii() and not unicodedata.is_normalized("NFC", folded):
        # One spelling of every letter: a nukta or a tone mark typed as its own mark or in one precomposed
        # character ("পড়ুন" both ways, "ଡ଼", "ọ̀"), which sites do either way.
        folded = unicodedata.normalize("NFC", folded)
    if "\u0307" in folded:
        # The Turkish dotted capital İ folds to "i" and a combining dot: a line in capitals ("İLGİLİ HABERLER")
        # would miss the phrase as a site's menu prints it in small letters ("İlgili Haberler").
        folded = folded.replace("i\u0307", "i")
    if "  " not in folded and folded.isprintable():
        # Its only whitespace is single plain spaces (every other character str.split splits at is unprintable,
        # and so are the zero-width spaces): split and join would drop only spaces at its ends, which
        # strip(_TRIM) drops as well. Most lines, without building their words.
        return folded.strip(_TRIM)
    if "\u200b" in folded or "\ufeff" in folded or "\u2060" in folded:
        return _SPACES.sub(" ", folded).strip(_TRIM)
    # Without zero-width spaces, _SPACES matches exactly str.split's whitespace; split and
    # join collapse the runs (and drop the edge runs, which strip(_TRIM) drops anyway) in C.
    return " ".join(folded.split()).strip(_TRIM)


def code_call(text: str) -> bool:
    """Whether ``text`` holds a call: a word glued to a bracket (``_CALL``) that is no plural ending in brackets.

    An ending of ``_ENDING`` glued to a word of ``_ENDING_STEM`` letters or more, not after a dot or an
    underscore (a method's or a helper's name), is a label's count noun, not an argument.

    >>> code_call("print(x)"), code_call("foo(a, b)"), code_call("len(s)"), code_call("self.items(s)")
    (True, True, True, True)
    >>> code_call("Item(s) in cart"), code_call("Datei(en) anhängen"), code_call("Photo(s)"), code_call("Plain text")
    (False, False, False, False)
    """
    for m in _CALL.finditer(text):
        if not _ENDING.match(text, m.start()):
            return True
        start = stem = m.start()
        while stem > 0 and text[stem - 1].isalpha():
            stem -= 1
        if start - stem < _ENDING_STEM or (stem > 0 and text[stem - 1] in "._"):
            return True
    return False


def _spaced(ch: str) -> bool:
    """True for a letter or digit of a script that separates words with spaces (not CJK)."""
    return ch.isalnum() and not ("\u3040" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af")


def _alternation(
    phrases: Iterable[str], *, anchor: str = "", glued: bool = False, start_bound: bool = True
) -> re.Pattern[str] | None:
    """One case-insensitive pattern matching any phrase as whole words.

    With ``glued``, a phrase may run straight into the next word
    ("Go to the mediabankA soldier...").
    """
    # Phrases are grouped by the word boundaries they need, and each group is
    # compiled as a character trie: a flat alternation of hundreds of phrases
    # makes re try every branch at every position, a trie fails at the first
    # character that no phrase continues with.
    groups: dict[tuple[bool, bool], list[str]] = {}
    for p in {p.strip() for p in phrases if p.strip()}:
        key = (_spaced(p[0]) and start_bound, _spaced(p[-1]) and not glued)
        groups.setdefault(key, []).append(p.lower())
    if not groups:
        return None
    alts: list[str] = []
    for (start_b, end_b), members in sorted(groups.items()):
        alts.append((r"(?<!\w)" if start_b else "") + trie_pattern(members) + (r"(?!\w)" if end_b else ""))
    # Under IGNORECASE, re cannot skip a trie branch by its first letter, so a search
    # would try every branch at every position. One class of the letters a phrase can
    # start with (same case rules as the literals) rejects most positions first; it
    # only ever fails where every branch would fail too, so matches are unchanged.
    firsts = sorted({m[0] for members in groups.values() for m in members})
    guard = "(?=[" + "".join(re.escape(c) for c in firsts) + "])"
    return re.compile(anchor + guard + "(?:" + "|".join(alts) + ")", re.IGNORECASE)


# --- a case-sensitive twin of a phrase pattern, for "simple" text -------------------
#
# Under IGNORECASE, re tries a trie's branches one by one, which makes the phrase
# searches the costliest step of a line's classification. For text made only of
# the characters below (ASCII, the accented letters of Latin-1 and Latin
# Extended-A, basic Cyrillic, the quotes and dashes of news text), matching a
# phrase without case in ``text`` is the same as matching its lower-case form
# with case in ``text.lower()``; _lowered_alternation builds that pattern and
# checks the equivalence, character by character, against re itself. Left out:
# the Turkish dotted and dotless i (U+0130, U+0131) and the long s (U+017F),
# which match an ASCII letter without case but do not lower to it.
_SIMPLE_RANGES = ((0x00, 0x7F), (0xA0, 0x12F), (0x132, 0x17E), (0x400, 0x4FF), (0x2010, 0x2027), (0x2030, 0x203A))
_SIMPLE_CLASS = "".join(f"\\u{lo:04x}-\\u{hi:04x}" for lo, hi in _SIMPLE_RANGES) + "\u20ac\u2212"
_SIMPLE_CHARS = "".join(chr(c) for lo, hi in _SIMPLE_RANGES for c in range(lo, hi + 1)) + "\u20ac\u2212"
_NOT_SIMPLE = re.compile(f"[^{_SIMPLE_CLASS}]")
_WORD = re.compile(r"\w")


@cache
def _simple_lowering_exact() -> bool:
    """True when every simple character lowers to one simple character that matches it without case."""
    return all(
        len(low := x.lower()) == 1
        and low in _SIMPLE_CHARS
        and bool(_WORD.match(x)) == bool(_WORD.match(low))
        and re.fullmatch(re.escape(low), x, re.IGNORECASE) is not None
        for x in _SIMPLE_CHARS
    )


def _lowered_phrase(phrase: str) -> str | None:
    """``phrase`` as it appears in lowered simple text, or ``None`` if no simple text can hold it.

    Raises ValueError when a character's matches cannot be told apart by their lower case.
    """
    out = [_lowered_char(ch) for ch in phrase]
    return None if "" in out else "".join(out)


@cache
def _lowered_char(ch: str) -> str:
    """The one lowered simple character that ``ch`` matches without case ("" for none); see _lowered_phrase."""
    matches = set(re.findall(re.escape(ch), _SIMPLE_CHARS, re.IGNORECASE))
    lowered = {x.lower() for x in matches}
    if len(lowered) > 1 or any((x in matches) != (x.lower() in lowered) for x in _SIMPLE_CHARS):
        raise ValueError(f"no exact lower-case form for {ch!r}")
    return lowered.pop() if lowered else ""


def _lowered_alternation(phrases: Iterable[str], *, glued: bool = False, start_bound: bool = True) -> Twin | None:
    """Like ``_alternation(phrases, ...)``, but case-sensitive, for use on ``text.lower()`` of simple text.

    Only whether it finds something is meaningful (the trie order may differ).
    ``None`` when the equivalence does not hold on this Python, or no phrase can match.
    """
    if not _simple_lowering_exact():
        return None
    groups: dict[tuple[bool, bool], list[str]] = {}
    try:
        for p in {p.strip() for p in phrases if p.strip()}:
            lowered = _lowered_phrase(p.lower())
            if lowered is not None:
                groups.setdefault((_spaced(p[0]) and start_bound, _spaced(p[-1]) and not glued), []).append(lowered)
    except ValueError:
        return None
    if not groups:
        return None
    # The phrases that must start a word share one lookbehind, then a class of their first characters:
    # re rejects a position inside a word with one test instead of one per group and trie branch.
    # Only whether the pattern finds something is used, so regrouping the branches changes nothing.
    bound = sorted((end_b, members) for (start_b, end_b), members in groups.items() if start_b)
    alts = []
    if bound:
        firsts = sorted({m[0] for _, members in bound for m in members})
        inner = "|".join(trie_pattern(members) + (r"(?!\w)" if end_b else "") for end_b, members in bound)
        alts.append(r"(?<!\w)(?=[" + "".join(re.escape(c) for c in firsts) + "])(?:" + inner + ")")
    alts.extend(
        trie_pattern(members) + (r"(?!\w)" if end_b else "")
        for (start_b, end_b), members in sorted(groups.items())
        if not start_b
    )
    return Twin(re.compile("(?:" + "|".join(alts) + ")"), groups)


# --- a word gate in front of a twin's search ------------------------------------------
#
# A twin's search tries a match at every position of the line, and hardly any line holds a phrase. Each
# phrase holds runs of word characters that a match must find standing whole in the line, its words: a
# run inside the phrase, or one at its edge where the pattern asks for a word boundary there. A line that
# does not hold two such words of some phrase (one, for a phrase that has only one) cannot hold any phrase,
# and the search is skipped. The line's lowered form and its words are worked out once per line
# (:func:`_simple_form`) for every twin that asks; the words of a line without letters outside ASCII by one
# bytes translation and a split, in C.

#: ASCII bytes with every byte that is not a word character made a space: ``split()`` then gives the words.
_WORD_BYTES = bytes(c if c < 128 and _WORD.match(chr(c)) else 32 for c in range(256))
_WORD_RUN = re.compile(r"\w+")
#: A word character outside ASCII.
_OTHER_LETTER = re.compile(r"[^\W\x00-\x7f]")


@cache
def stoplists() -> dict[str, frozenset[str]]:
    """The shipped stoplists (``boilerstrip/data/labeller/stopwords.toml``), per language code, read once.

    The labeller's features and :func:`function_words` both read them.

    >>> "und" in stoplists()["de"], "und" in stoplists()["en"]
    (True, False)
    """
    path = resources.files("boilerstrip") / "data" / "labeller" / "stopwords.toml"
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return {lang: frozenset(words.split()) for lang, words in data["words"].items()}


@cache
def function_words() -> frozenset[str]:
    """The function words of the labeller's stoplists, every language's (lower case).

    A phrase is looked for by rarer words when it has them (which words stand for a phrase change how often
    the search runs, never what it finds), and a hard-wrapped line that ends in one breaks off a sentence.

    >>> "the" in function_words(), "harbour" in function_words()
    (True, False)
    """
    return frozenset().union(*stoplists().values())


def _gate_words(phrase: str, start_b: bool, end_b: bool) -> list[str]:
    """Up to two words that a match of the lowered ``phrase`` finds whole in the line, rarest first.

    ``start_b`` and ``end_b`` say whether the pattern asks for a word boundary before and after the
    phrase. The longest words that are no common function words come first.

    >>> _gate_words("get the app", True, True), _gate_words("über uns", True, True), _gate_words("read", True, False)
    (['get', 'app'], ['uns', 'über'], [])
    """
    runs = {
        run.group(0)
        for run in _WORD_RUN.finditer(phrase)
        if (run.start() > 0 or start_b) and (run.end() < len(phrase) or end_b)
    }
    common = function_words()
    return sorted(runs, key=lambda w: (w not in common, len(w), w), reverse=True)[:2]


#: A line of simple text (see ``_lowered_alternation``) as the twins read it: ``text.lower()``, its runs of
#: word characters, and whether they are ``bytes`` (the line has no word character outside ASCII) or ``str``.
#: A plain tuple of plain values, not a class or a set: the garbage collector stops tracking such a tuple,
#: and one is kept per line in the cache (sets and named tuples stay tracked, and made its passes 10 ms
#: longer per AEB round).
SimpleForm = tuple[str, tuple[bytes, ...] | tuple[str, ...], bool]


@memo
def _simple_form(text: str) -> SimpleForm | None:
    """``text`` lowered, with its words; ``None`` when it is not simple text.

    A line whose word characters are all ASCII (curly quotes and dashes aside) has its words found as an
    ASCII line's are: every other character, encoded as "?", separates words as it does in the line.

    >>> _simple_form("Über UNS, now")
    ('über uns, now', ('über', 'uns', 'now'), False)
    >>> _simple_form("Sign-up “NOW”")
    ('sign-up “now”', (b'sign', b'up', b'now'), True)
    """
    if text.isascii():
        # Every ASCII character is simple (the first of _SIMPLE_RANGES), and lowers to ASCII: no scan for others.
        lowered = text.lower()
        return lowered, tuple(lowered.encode("ascii").translate(_WORD_BYTES).split()), True
    if _NOT_SIMPLE.search(text) is not None:
        return None
    lowered = text.lower()
    if lowered.isascii():
        return lowered, tuple(lowered.encode("ascii").translate(_WORD_BYTES).split()), True
    if _OTHER_LETTER.search(lowered) is None:
        return lowered, tuple(lowered.encode("ascii", "replace").translate(_WORD_BYTES).split()), True
    return lowered, tuple(_WORD_RUN.findall(lowered)), False


#: A gate: each phrase's rarest word, mapped to the second words that go with it (``None``: no second).
_Gate = dict[Any, set[Any]]


def _pass_gate(gate: _Gate, keys: frozenset[Any], words: tuple[Any, ...]) -> bool:
    """Whether the line of ``words`` holds a phrase's first word, and its second when it has one."""
    if keys.isdisjoint(words):
        return False  # most lines
    for word in keys.intersection(words):
        seconds = gate[word]
        if None in seconds or not seconds.isdisjoint(words):
            return True
    return False


class Twin:
    """A lowered twin's compiled pattern (``_lowered_alternation``), with a word gate before its search.

    ``search`` answers as the pattern's own search does when a match is
    possible, and ``None`` (no match) when the gate shows that none is: the
    line does not hold the words of any phrase (see ``_gate_words``).

    >>> twin = _lowered_alternation(["Sign up", "Über uns"])
    >>> twin.search("please sign up now") is not None, twin.search("the sign was up"), twin.search("über uns")
    (True, None, <re.Match object; span=(0, 8), match='über uns'>)
    >>> twin.search("sign the letter, then up you go") is None  # both words, no phrase: searched, not found
    True
    """

    __slots__ = ("_all", "_all_keys", "_compiled", "_groups", "_plain", "_plain_keys")

    def __init__(self, compiled: re.Pattern[str], groups: Mapping[tuple[bool, bool], list[str]]) -> None:
        self._compiled = compiled
        self._groups = groups
        every: _Gate | None = {}
        plain: _Gate | None = {}
        for (start_b, end_b), members in groups.items():
            for phrase in members:
                words = _gate_words(phrase, start_b, end_b)
                # A line without word characters outside ASCII holds only the phrases without any either.
                is_plain = _OTHER_LETTER.search(phrase) is None
                if not words:
                    every = None  # a phrase with no word to look for: every line is searched
                    if is_plain:
                        plain = None
                    continue
                second = words[1] if len(words) > 1 else None
                if every is not None:
                    every.setdefault(words[0], set()).add(second)
                if plain is not None and is_plain:
                    plain.setdefault(words[0].encode("ascii"), set()).add(second and second.encode("ascii"))
        #: The gate of every phrase, for lines with letters outside ASCII (``None``: every line is searched).
        self._all = every
        self._all_keys = frozenset(every or ())
        #: The gate of the phrases without such letters, for the lines without any (as bytes).
        self._plain = plain
        self._plain_keys = frozenset(plain or ())

    @property
    def pattern(self) -> str:
        """The source of the compiled pattern."""
        return self._compiled.pattern

    @property
    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern, without the gate."""
        return self._compiled

    def head_match(self) -> HeadMatch:
        """Whether the pattern matches at the start of a lowered line, asked by its first character (``heads``)."""
        return HeadMatch(self._groups, trie_pattern)

    def match(self, lowered: str, pos: int = 0) -> re.Match[str] | None:
        """``re.Pattern.match`` of the compiled pattern (no gate: the heads it is asked about are short)."""
        return self._compiled.match(lowered, pos)

    def search(self, lowered: str, pos: int = 0) -> re.Match[str] | None:
        """``re.Pattern.search`` of the pattern on lowered simple text; ``None`` when the gate shows no match."""
        form = _simple_form(lowered)
        return None if form is None or self.cannot_find(form) else self._compiled.search(lowered, pos)

    def cannot_find(self, form: SimpleForm) -> bool:
        """True when the line ``form`` does not hold the words any match needs."""
        _, words, plain = form
        if plain:
            return self._plain is not None and not _pass_gate(self._plain, self._plain_keys, words)
        return self._all is not None and not _pass_gate(self._all, self._all_keys, words)

    def might_find(self, form: SimpleForm, pos: int = 0) -> bool:
        """Whether the compiled pattern finds something in the line ``form`` from ``pos``."""
        return not self.cannot_find(form) and self._compiled.search(form[0], pos) is not None


def might_find(lowered: Twin | None, text: str, pos: int = 0) -> bool:
    """False only when the phrase pattern that ``lowered`` twins cannot find anything in ``text`` from ``pos``.

    A cheap pre-check before the exact (case-insensitive) search.
    """
    if lowered is None:
        return True
    form = _simple_form(text)
    return form is None or lowered.might_find(form, pos)


def trie_pattern(words: Iterable[str]) -> str:
    r"""A regex matching exactly ``words``, factored as a character trie (longest match first).

    >>> trie_pattern(["read more", "read also", "reader"])
    '(?:read(?:\\ (?:also|more)|er))'
    """
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def render(node: dict[str, Any]) -> str:
        end = "" in node
        branches = [re.escape(ch) + render(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if end else body

    pattern = render(root)
    return f"(?:{pattern})"


def _attribution_pattern(verbs: list[str], nouns: list[str]) -> re.Pattern[str] | None:
    """Headline endings that attribute the claim: ``, Kremlin Says`` or `` - Expert``."""
    if not verbs and not nouns:
        return None
    v = "|".join(re.escape(w) for w in sorted(set(verbs), key=len, reverse=True)) or "(?!)"
    n = "|".join(re.escape(w) for w in sorted(set(nouns), key=len, reverse=True)) or "(?!)"
    return re.compile(rf"(?:,\s+(?:\S+\s+){{0,4}}(?:{v})|\s[-–—]\s*(?:{n}))\s*$")


class PhrasePattern:
    """A case-insensitive phrase pattern (:func:`_alternation`) that asks its lowered twin first.

    It answers ``match``, ``search``, ``finditer`` and ``sub`` exactly as the
    compiled pattern does. On simple text (see ``_lowered_alternation``) the
    twin, a case-sensitive search of the lowered text, says at less cost when
    the pattern cannot match: under IGNORECASE, re tries a trie's branches one
    by one at every position (2.3x faster on the AEB and corpus lines for the
    date labels and the tagline cues). A match at the start only reads the
    first ``longest`` characters and the one after them, so only those are
    lowered and searched (worth it for the large trie of every interface
    prefix, not for the small ones, which fail as fast as the twin's own
    set-up: those stay plain compiled patterns).

    >>> p = phrase_pattern(["Photo:", "Foto"], anchor="^")
    >>> p.match("PHOTO: Jane Doe").group(0), p.match("The photo") is None
    ('PHOTO:', True)
    """

    __slots__ = ("_compiled", "_head", "_twin", "_twin_match")

    def __init__(self, compiled: re.Pattern[str], twin: Twin | None, longest: int) -> None:
        self._compiled = compiled
        self._twin = twin
        # The twin's match at the start, asked of every line: of the phrases that open with the line's first
        # character only (rules/heads.py: the whole trie's program cost more in cache misses than in matching).
        self._twin_match = None if twin is None else twin.head_match().can_open
        self._head = longest + 1

    @property
    def pattern(self) -> str:
        """The source of the compiled pattern."""
        return self._compiled.pattern

    def _cannot_match_at_start(self, text: str) -> bool:
        head = text[: self._head]
        match = self._twin_match
        # An ASCII head is simple text (the first of _SIMPLE_RANGES): no search for other characters.
        return match is not None and (head.isascii() or _NOT_SIMPLE.search(head) is None) and not match(head.lower())

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        """``re.Pattern.match``."""
        if pos == 0 and self._cannot_match_at_start(text):
            return None
        return self._compiled.match(text, pos)

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        """``re.Pattern.search``."""
        if not might_find(self._twin, text, pos):
            return None
        return self._compiled.search(text, pos)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """``re.Pattern.finditer``."""
        return self._compiled.finditer(text) if might_find(self._twin, text) else iter(())

    def sub(self, repl: str, text: str) -> str:
        """``re.Pattern.sub`` with a string replacement."""
        return self._compiled.sub(repl, text) if might_find(self._twin, text) else text


def phrase_pattern(
    phrases: Iterable[str], *, anchor: str = "", glued: bool = False, start_bound: bool = True
) -> PhrasePattern | None:
    """:func:`_alternation` of ``phrases`` with its lowered twin, as a :class:`PhrasePattern` (``None``: no phrase)."""
    kept = [p.strip() for p in phrases if p.strip()]
    compiled = _alternation(kept, anchor=anchor, glued=glued, start_bound=start_bound)
    if compiled is None:
        return None
    twin = _lowered_alternation(kept, glued=glued, start_bound=start_bound)
    # The pattern's literals are the lowered phrases, each matching one character of the text per character.
    return PhrasePattern(compiled, twin, max(len(p.lower()) for p in kept))


@dataclass(frozen=True)
class Lexicon:
    """Compiled matchers built from every language file.

    One instance is shared by every pipeline in the process, so its tables are
    read-only views: a plugin cannot change what the built-in cleaners match.
    """

    lines: Mapping[str, str]
    prefixes: Mapping[str, re.Pattern[str]]
    #: All prefix phrases in one pattern: one match says whether any of ``prefixes`` matches.
    prefix_any: PhrasePattern | None
    contains: Mapping[str, re.Pattern[str]]
    #: All contained phrases in one pattern: one search says whether any of ``contains`` finds something.
    contains_any: re.Pattern[str] | None
    #: ``contains_any`` without case, for the lowered form of simple text (see :meth:`contains_phrase`).
    contains_any_lowered: Twin | None
    suffixes: re.Pattern[str] | None
    #: The read-more phrases of ``suffixes`` for lowered simple text (a pre-check; see :func:`might_find`).
    suffixes_lowered: Twin | None
    credit_prefix: re.Pattern[str] | None
    #: The labels of ``credit_prefix`` ("Foto:", "צילום:", "사진="), for credits that close a caption line.
    credit_labels: tuple[str, ...]
    credit_suffixes: tuple[str, ...]
    credit_markers: re.Pattern[str] | None
    #: Words that open a credit when only a name follows them ("Photo by", "Foto di", "Foto von"): a caption
    #: may open with the same words ("Foto di gruppo dei volontari"), so the rest must be a name.
    credit_by: re.Pattern[str] | None
    media_links: re.Pattern[str] | None
    #: ``media_links`` for lowered simple text (a pre-check; see :func:`might_find`).
    media_lowered: Twin | None
    author_labels: re.Pattern[str] | None
    editor_labels: re.Pattern[str] | None
    source_labels: re.Pattern[str] | None
    related_prefix: re.Pattern[str] | None
    related_headers: frozenset[str]
    #: Casefolded words that make a short heading a related list's ("relacionades", "похожие", "関連"), from
    #: ``[related] words``: read only over a list of headlines closing the text (see ``related_teasers``).
    related_words: frozenset[str]
    promo_sentence: re.Pattern[str] | None
    #: ``promo_sentence`` for lowered simple text (a pre-check; see :func:`might_find`).
    promo_lowered: Twin | None
    attributions: re.Pattern[str] | None
    months: Mapping[str, int]
    #: ``[dates] calendar_months``: month names of other calendars (Bikram Sambat, Ethiopian), casefolded. They
    #: say a dateline names a day; they are never read into a date, which would come out wrong.
    calendar_months: frozenset[str]
    #: ``[dates] weekdays``: the days of the week as a date stamp prints them ("Mittwoch", "الأربعاء", "수요일",
    #: "（水）"), one pattern: a date line may hold one beside its date (session twenty-one).
    weekdays: re.Pattern[str] | None
    #: ``[dates] year_words``: the words a language writes beside a date's year or day ("года", "г.", "року",
    #: "gada", "m.", "d.", "ж.", "năm"), casefolded: a date may hold them ("4 декабря 2026 года", "2026 m.
    #: gruodžio 4 d.") and a date line is no less a date line for them (session twenty-two).
    year_words: frozenset[str]
    #: ``year_words`` as one pattern of whole words, to take them out of a line.
    year_word_pattern: re.Pattern[str] | None
    published_labels: PhrasePattern | None
    updated_labels: PhrasePattern | None
    tagline_cues: PhrasePattern | None
    #: ``tagline_cues`` for lowered simple text (a pre-check; see :func:`might_find`).
    tagline_lowered: Twin | None
    share_tokens: frozenset[str]
    #: Casefolded podcast and music platforms ("spotify", "apple podcasts", "ivoox"), from ``[share]
    #: platforms``: two or more in a row, maybe after a short label, are an episode's "listen on" row.
    listen_platforms: frozenset[str]
    agencies: frozenset[str]
    #: Casefolded words that name a news agency as such ("خبرگزاری", "وكالة"): an agency between
    #: a dateline's dashes that holds one is an agency by its name ("سبزوار - خبرگزاری شمال شرق:").
    agency_words: frozenset[str]
    #: Casefolded names of a paper's own desk as a dateline's bracket prints them ("Staff Reporter", "Our
    #: Correspondent", "خبر نگار", "নিজস্ব প্রতিবেদক"): the source of a story its own staff wrote.
    agency_desks: frozenset[str]
    #: Casefolded words for a page of a listing or a thread ("page", "Seite", "strona", "halaman") and the words
    #: between its number and the count ("of", "von", "z", "sur"), from ``[pager]``: a pager row's words.
    pager_pages: frozenset[str]
    pager_of: frozenset[str]
    #: Casefolded words a site speaks of itself with, to its readers ("our", "unsere", "наших", "قناتنا",
    #: "本站"), from ``[promo] our`` of every language: with a word of ``promo_channels``, they mark a
    #: self-promotion sentence glued to the end of a paragraph ("... sign up to our free newsletter.").
    promo_our: frozenset[str]
    #: Casefolded nouns for a site's reader channels ("newsletter", "канал", "Telegram-канал", "チャンネル"),
    #: from ``[promo] channels`` of every language: the other half of a glued self-promotion sentence
    #: (network names are ``share_tokens``).
    promo_channels: frozenset[str]
    #: Casefolded words of a subscription offer, from ``[offer]``: the month a price is asked for ("month", "mois",
    #: "månaden", "xahar"), the subscription or access it buys ("subscribe", "abonnement", "prenumerera", "доступ"),
    #: and currency names written beside a number ("kr", "euro", "zł"; ``common.toml``). A price with a period and
    #: one of the words is a paywall's offer (:mod:`boilerstrip.rules.offers`), unless a word of a report is among
    #: its words too ("said", "according", "sagte", "selon"): then it is the news quoting someone on a price.
    offer_periods: frozenset[str]
    offer_words: frozenset[str]
    offer_currencies: frozenset[str]
    offer_reported: frozenset[str]
    #: Casefolded words naming someone who writes or photographs for a publication ("journalist",
    #: "Redakteurin", "dziennikarka", "記者"), from ``[bio] roles`` of every language: an author box's cue.
    bio_roles: frozenset[str]
    #: Casefolded verb forms for writing about or covering a subject ("writes", "covers", "skriver", "pisze",
    #: "γράφω"), from ``[bio] writes``: the other cue of an author box's short paragraph.
    bio_writes: frozenset[str]
    #: Normalised header lines of an author box ("About the author", "Über mich", "Chi sono"), from ``[bio] headers``.
    bio_headers: frozenset[str]
    languages: tuple[str, ...]
    #: The first words of the whole-line phrases that write a count inside the line as ``#`` ("list of # items"):
    #: only a line opening with one of them is looked up again with its counts written so.
    counted: frozenset[str] = frozenset()
    #: Normalised credit values that name no one ("ілюстративне фото", "Symbolbild", "archivo", "file photo"),
    #: from ``[credit] generic``: after a credit label they make a credit as a name does.
    credit_generic: frozenset[str] = frozenset()
    #: The labels that open a site's disclaimer, colon included ("Disclaimer:", "Haftungsausschluss:",
    #: "免责声明："), from ``[notice] disclaimers``: whatever sentences follow, the line is the site's notice.
    disclaimer_labels: re.Pattern[str] | None = None
    #: ``[notice] cookies``: the word for a web cookie in each language, casefolded (a stem where it inflects):
    #: a consent notice names it.
    cookie_words: tuple[str, ...] = ()
    #: ``[comments] wrote``: the verb a forum or a comment plugin prints after a writer's user name over a post or
    #: a quote ("a écrit", "kirjoitti", "schreef", "je napisao/la"), one case-insensitive pattern of whole words.
    post_verbs: re.Pattern[str] | None = None
    #: ``[live] headings``, normalised: the headings and buttons of a live blog that a document also heads a section
    #: with ("Key events", "Refresh", "Match stats"). Not ``lines``: ``ui_strings`` cuts them as ``live_ui`` only on
    #: a page that shows another live-blog control (session twenty-five; see :meth:`live_heading`).
    live_headings: frozenset[str] = frozenset()
    #: The length of the longest key of ``lines``: a line whose key, its hyphens aside, is longer is none of them.
    longest_line: int = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "longest_line", max(map(len, self.lines), default=0))

    def knows_agency(self, name: str) -> bool:
        """Whether ``name`` is a known news agency as printed or in capitals (wire copy writes ``sda`` for SDA).

        >>> load_lexicon().knows_agency("sda"), load_lexicon().knows_agency("Harbour")
        (True, False)
        """
        return name in self.agencies or name.upper() in self.agencies

    def is_desk(self, text: str) -> bool:
        """Whether ``text`` is a paper's own desk of ``[agencies] desks``, in any case and spacing.

        A dateline's bracket ("LAHORE (Staff Reporter) –") and a byline row ("Redazione · LECCE · 2 dicembre
        2026") name one where wire copy names an agency.

        >>> lex = load_lexicon()
        >>> lex.is_desk("Staff Reporter"), lex.is_desk("our  correspondent"), lex.is_desk("Binge Eating Disorder")
        (True, True, False)
        """
        return " ".join(text.casefold().split()) in self.agency_desks

    def line_reason(self, text: str) -> str | None:
        """Return the ``ui_strings`` reason whose whole-line phrase equals ``text`` (a trailing count aside).

        A phrase may write a count inside the line as ``#``:

        >>> load_lexicon().line_reason("List of 3 items"), load_lexicon().line_reason("List of these people.")
        ('navigation', None)

        A count may stand before the label as well as after it:

        >>> load_lexicon().line_reason("12 comentarios"), load_lexicon().line_reason("2026 Privacy Policy")
        ('comment_ui', None)
        >>> load_lexicon().line_reason("5. Newsletter")  # a numbered section's heading
        """
        if self is load_lexicon():
            return _shared_line_reason(text)  # the labeller and four cleaners ask it of the same lines
        return self.find_line_reason(text)

    def find_line_reason(self, text: str) -> str | None:
        """:meth:`line_reason`, uncached."""
        if ("(" in text and _CALL.search(text) and code_call(text)) or ("<" in text and _TAG_LINE.match(text)):
            return None  # "print('')", "<picture>": code and markup, whatever their words once trimmed
        if markdown_heading(text):
            return None  # "## Table of Contents": a Markdown document's own heading, not a page's widget
        key = norm(text)
        found = self.lines.get(key)
        if (
            found is None
            and "-" in key
            # Only hyphens are taken out: a key longer than every phrase by more than its hyphens is none of them
            # without them either. Most paragraphs hold a hyphen; this spares their search and copy.
            and len(key) - key.count("-") <= self.longest_line
            and _INNER_HYPHEN.search(key) is not None
        ):
            # "Cookie-inställningar" is "Cookieinställningar": a compound written with a hyphen or without one.
            found = self.lines.get(_INNER_HYPHEN.sub("", key))
        if found is None and key[-1:].isdigit():
            found = self.lines.get(_COUNT_TAIL.sub("", key).strip(_TRIM))  # "Comments (86)", "Share 12"
            if found in _UNCOUNTED:
                found = None  # "PR 28886" is a bug report's number, not the ad marker "PR" with a count
        if found is None and "(" in key and (unit := _UNIT_COUNT_TAIL.search(key)) is not None:
            # "Galerie (12 fotografií)", "Bildergalerie (8 Bilder)": a gallery's or a thread's label and how many
            # photos or posts it holds, with their word (norm took the closing bracket).
            found = self.lines.get(key[: unit.start()].strip(_TRIM))
            if found not in _UNIT_COUNTED:
                found = None
        if found is None and key[:1].isdigit():
            rest = _COUNT_HEAD.sub("", key, count=1)
            found = self.lines.get(rest)  # "12 comentarios", "38 comments"
            if (
                found is None
                and rest != key
                and rest.partition(" ")[0] in self.counted
                and _INNER_COUNT.search(rest) is not None
            ):
                # "3 of 5 people found this helpful": a phrase written "# of # people found this helpful" is
                # keyed "of # people found this helpful" (norm trims its leading "#"), so the leading count goes
                # first, then the counts inside are written "#" (session twenty-five).
                found = self.lines.get(_INNER_COUNT.sub("#", rest))
            if found in _UNCOUNTED:
                found = None
        if found is None and key.partition(" ")[0] in self.counted and _INNER_COUNT.search(key) is not None:
            found = self.lines.get(_INNER_COUNT.sub("#", key))  # "list of 2 items" is "list of # items"
        if (
            found is None
            # From the key's last characters only (see _DIGIT_NEAR_END): a paragraph's every digit was tried.
            and _DIGIT_NEAR_END.search(key, max(0, len(key) - _DIGIT_NEAR_END_REACH)) is not None
            # A running time spans a few characters: searched from where the widest can start, not from the
            # key's first character (the same leftmost match; pretest.tail_reach).
            and (tail := _DURATION_TAIL.search(key, max(0, len(key) - _DURATION_REACH)))
        ):
            # "Lyssna på artikeln 4 min", "Posłuchaj 12:48": a player's label and its running time. After a
            # one-word label only a clock time is one ("Play 3 rounds" is a game's rule).
            label = key[: tail.start()].rstrip(_DURATION_SEPARATORS).strip(_TRIM)
            if self.lines.get(label) == "player_ui" and (" " in label or ":" in tail.group()):
                found = "player_ui"
        return found

    def live_heading(self, text: str) -> bool:
        """Whether ``text`` is a heading of ``[live] headings``: a live blog's control only on a live page.

        >>> lex = load_lexicon()
        >>> lex.live_heading("Key events"), lex.live_heading("## Key events"), lex.line_reason("Key events")
        (True, False, None)
        """
        # No heading is longer than ``_LIVE_HEADING_CHARS``: a paragraph is not normalised for the lookup.
        return (
            len(text) <= _LIVE_HEADING_CHARS
            and bool(self.live_headings)
            and not markdown_heading(text)
            and norm(text) in self.live_headings
        )

    def is_interface(self, text: str) -> bool:
        """True when ``text`` is a whole-line interface string, starts like one, or contains a notice phrase."""
        return self.line_reason(text) is not None or self.contains_phrase(text) or self.starts_like_interface(text)

    def contains_phrase(self, text: str) -> bool:
        """True when ``contains_any`` finds a phrase in ``text`` (searched without case folding when that is exact)."""
        if self is load_lexicon():
            return _shared_contains_phrase(text)  # several cleaners ask it of the same lines: cached per text
        return self.search_contains(text)

    def search_contains(self, text: str) -> bool:
        """:meth:`contains_phrase`, uncached."""
        if self.contains_any is None:
            return False
        twin = self.contains_any_lowered
        form = _simple_form(text) if twin is not None else None
        if twin is not None and form is not None:
            # Simple text: the twin finds a phrase exactly when ``contains_any`` does (see
            # ``_lowered_alternation``), and only whether one is found is asked here; the case-insensitive
            # search, which tries the trie's branches one by one, cost 0.4 ms on each line holding a phrase.
            return twin.might_find(form)
        return self.contains_any.search(text) is not None

    def starts_like_interface(self, text: str) -> bool:
        """True when one of the ``prefixes`` phrases opens ``text``."""
        if self is load_lexicon():
            return _shared_starts_like(text)  # the labeller and three cleaners ask it of the same lines
        return self.match_prefix(text)

    def match_prefix(self, text: str) -> bool:
        """:meth:`starts_like_interface`, uncached."""
        return self.prefix_any is not None and self.prefix_any.match(text) is not None


#: The longest line :meth:`Lexicon.live_heading` looks up (the headings are a few words, with bullets around them).
_LIVE_HEADING_CHARS = 60

#: A hyphen between two letters, inside a compound word.
_INNER_HYPHEN = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])")

#: The tables of single words (matched against a text's words, not as phrases).
_WORD_LISTS = frozenset(
    {
        ("bio", "roles"),
        ("bio", "writes"),
        ("promo", "our"),
        ("promo", "channels"),
        ("related", "words"),
        ("pager", "pages"),
        ("pager", "of"),
        ("offer", "periods"),
        ("offer", "words"),
        ("offer", "currencies"),
        ("offer", "reported"),
    }
)


def spellings(phrase: str) -> tuple[str, ...]:
    """A phrase as the lexicon files write it, and as pages also print it.

    Persian (and Kurdish, Urdu) join a word's parts with a zero-width non-joiner, which many sites and
    keyboards replace with a plain space: "اشتراک‌گذاری" is printed "اشتراک گذاری" as often.

    >>> spellings("اشتراک\u200cگذاری"), spellings("Share")
    (('اشتراک\u200cگذاری', 'اشتراک گذاری'), ('Share',))
    """
    if "\u200c" not in phrase:
        return (phrase,)
    return phrase, phrase.replace("\u200c", " ")


def read_lexicon_files(folder: Traversable | None = None) -> dict[str, dict[str, dict[str, list[str]]]]:
    """Parse and check every ``.toml`` file of ``folder`` (default: the shipped lexicon), keyed by language."""
    folder = folder if folder is not None else resources.files("boilerstrip") / "data" / "lexicon"
    out: dict[str, dict[str, dict[str, list[str]]]] = {}
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".toml"):
            data = tomllib.loads(entry.read_text(encoding="utf-8"))
            check_lexicon_file(entry.name, data)
            out[entry.name[:-5]] = data
    return out


@memo
def interface_line(text: str) -> bool:
    """:meth:`Lexicon.is_interface` of the shared lexicon, cached per line: several cleaners ask it of every line.

    >>> interface_line("Share on Facebook"), interface_line("The port opened on Monday.")
    (True, False)
    """
    # Lexicon.is_interface of the shared lexicon, its three questions asked of their caches straight (each
    # method would look the shared lexicon up again before asking the same cache): the labeller asks first,
    # for every line of a page.
    return _shared_line_reason(text) is not None or _shared_contains_phrase(text) or _shared_starts_like(text)


@memo
def _shared_line_reason(text: str) -> str | None:
    """:meth:`Lexicon.line_reason` of the shared lexicon (:func:`load_lexicon`), cached per line text."""
    return load_lexicon().find_line_reason(text)


@memo
def _shared_starts_like(text: str) -> bool:
    """:meth:`Lexicon.starts_like_interface` of the shared lexicon (:func:`load_lexicon`), cached per line text."""
    return load_lexicon().match_prefix(text)


@memo
def _shared_contains_phrase(text: str) -> bool:
    """:meth:`Lexicon.contains_phrase` of the shared lexicon (:func:`load_lexicon`), cached per line text."""
    return load_lexicon().search_contains(text)


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Return the merged, compiled lexicon (built once per process)."""
    files = read_lexicon_files()

    def gather(table: str, key: str) -> list[str]:
        found = [p for data in files.values() for p in data.get(table, {}).get(key, [])]
        # A single word read against a paragraph's words has one spelling: the one its words are split into.
        return found if (table, key) in _WORD_LISTS else [s for p in found for s in spellings(p)]

    def gather_all(table: str) -> list[str]:
        return [
            s
            for data in files.values()
            for phrases in data.get(table, {}).values()
            for p in phrases
            for s in spellings(p)
        ]

    def reasons(table: str) -> set[str]:
        return {k for data in files.values() for k in data.get(table, {})}

    lines: dict[str, str] = {}
    for data in files.values():
        for reason, phrases in data.get("lines", {}).items():
            for p in phrases:
                for spelt in spellings(p):
                    lines.setdefault(norm(spelt), reason)
    prefixes: dict[str, re.Pattern[str]] = {}
    for reason in sorted(reasons("prefixes")):
        pattern = _alternation(gather("prefixes", reason), anchor="^")
        if pattern is not None:
            prefixes[reason] = pattern
    contains: dict[str, re.Pattern[str]] = {}
    for reason in sorted(reasons("contains")):
        pattern = _alternation(gather("contains", reason))
        if pattern is not None:
            contains[reason] = pattern

    months: dict[str, int] = {}
    for data in files.values():
        names = data.get("dates", {}).get("months", [])
        for i, name in enumerate(names):
            months.setdefault(name.casefold(), i % 12 + 1)

    suffix_phrases = gather("suffixes", "read_more")
    suffix_core = _alternation(suffix_phrases, glued=True, start_bound=False)
    suffixes = re.compile(f"(?:{suffix_core.pattern})\\s*[»→.…]*$", re.IGNORECASE) if suffix_core else None
    return Lexicon(
        counted=frozenset(key.partition(" ")[0] for key in lines if "#" in key),
        lines=MappingProxyType(lines),
        prefixes=MappingProxyType(prefixes),
        prefix_any=phrase_pattern(gather_all("prefixes"), anchor="^"),
        contains=MappingProxyType(contains),
        contains_any=_alternation(gather_all("contains")),
        contains_any_lowered=_lowered_alternation(gather_all("contains")),
        suffixes=suffixes,
        suffixes_lowered=_lowered_alternation(suffix_phrases, glued=True, start_bound=False),
        credit_prefix=_alternation(gather("credit", "prefixes"), anchor="^"),
        credit_labels=tuple(sorted(set(gather("credit", "prefixes")), key=len, reverse=True)),
        credit_suffixes=tuple(sorted(set(gather("credit", "suffixes")), key=len, reverse=True)),
        credit_markers=_alternation(gather("credit", "markers")),
        credit_by=_alternation(gather("credit", "by"), anchor="^"),
        credit_generic=frozenset(norm(p) for p in gather("credit", "generic")),
        disclaimer_labels=_alternation(gather("notice", "disclaimers"), anchor="^"),
        cookie_words=tuple(sorted({w.casefold() for w in gather("notice", "cookies")})),
        media_links=_alternation(gather("media", "links"), glued=True),
        media_lowered=_lowered_alternation(gather("media", "links"), glued=True),
        author_labels=_alternation(gather("byline", "authors"), anchor="^"),
        editor_labels=_alternation(gather("byline", "editors"), anchor="^"),
        source_labels=_alternation(gather("byline", "sources"), anchor="^"),
        related_prefix=_alternation(gather("related", "prefixes"), anchor="^"),
        # A "most read" heading listed under two reasons ([lines] navigation and related_header) is a
        # related list's heading whichever reason line_reason reports.
        related_headers=frozenset(norm(p) for p in gather("related", "headers") + gather("lines", "related_header")),
        related_words=frozenset(w.casefold() for w in gather("related", "words")),
        promo_sentence=_alternation(gather("related", "promo_sentences")),
        promo_lowered=_lowered_alternation(gather("related", "promo_sentences")),
        attributions=_attribution_pattern(
            gather("related", "attribution_verbs"), gather("related", "attribution_nouns")
        ),
        months=MappingProxyType(months),
        calendar_months=frozenset(m.casefold() for m in gather("dates", "calendar_months")),
        weekdays=_alternation(gather("dates", "weekdays")),
        year_words=frozenset(w.strip().casefold() for w in gather("dates", "year_words") if w.strip()),
        year_word_pattern=_alternation(gather("dates", "year_words")),
        published_labels=phrase_pattern(gather("dates", "published")),
        updated_labels=phrase_pattern(gather("dates", "updated")),
        tagline_cues=phrase_pattern(gather("tagline", "cues")),
        tagline_lowered=_lowered_alternation(gather("tagline", "cues")),
        share_tokens=frozenset(t.casefold() for t in gather("share", "networks")),
        listen_platforms=frozenset(t.casefold() for t in gather("share", "platforms")),
        agencies=frozenset(gather("agencies", "names")),
        agency_words=frozenset(w.casefold() for w in gather("agencies", "words")),
        agency_desks=frozenset(" ".join(w.casefold().split()) for w in gather("agencies", "desks")),
        pager_pages=frozenset(w.casefold() for w in gather("pager", "pages")),
        pager_of=frozenset(w.casefold() for w in gather("pager", "of")),
        promo_our=frozenset(w.casefold() for w in gather("promo", "our")),
        promo_channels=frozenset(w.casefold() for w in gather("promo", "channels")),
        offer_periods=frozenset(w.casefold() for w in gather("offer", "periods")),
        offer_words=frozenset(w.casefold() for w in gather("offer", "words")),
        offer_currencies=frozenset(w.casefold() for w in gather("offer", "currencies")),
        offer_reported=frozenset(w.casefold() for w in gather("offer", "reported")),
        bio_roles=frozenset(w.casefold() for w in gather("bio", "roles")),
        bio_writes=frozenset(w.casefold() for w in gather("bio", "writes")),
        bio_headers=frozenset(norm(p) for p in gather("bio", "headers")),
        languages=tuple(k for k in files if k != "common"),
        post_verbs=_alternation(gather("comments", "wrote")),
        live_headings=frozenset(norm(p) for p in gather("live", "headings")),
    )
