"""photo_credits: credit lines in their many forms, and credits glued before a caption."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import ClassVar

import regex

from boilerstrip.document import Document, Line, new_line
from boilerstrip.rules.dates import find_date
from boilerstrip.rules.kit import (
    HAN_CREDIT,
    HAN_CREDIT_MARKS,
    cut_line,
    has_year,
    last_prose,
    looks_like_credit,
    strip_copyright,
)
from boilerstrip.rules.lexicon import Lexicon, function_words, load_lexicon, norm
from boilerstrip.rules.memo import memo
from boilerstrip.rules.shapes import ends_sentence, word_count
from boilerstrip.types import Cut, Fact

# A credit label with nothing after it: "Photo Credit:", "Foto: ©".
_CREDIT_SEPARATOR = regex.compile(r"[/|]|\s+via\s+")
_LABEL_ONLY = regex.compile(r"^[\p{L} ]{2,25}[:：]\s*©?$|^©$")
# Where a credit runs into the caption with no separator: "BogodvidA soldier",
# "PAPBudynek", "DanilovОпреснительная", "Абрамов符拉迪沃斯托克".
_GLUE = regex.compile(
    r"(?<=\p{Ll}|[.)])(?=\p{Lu}\p{Ll})"
    r"|(?<=\p{Lu}{2})(?=\p{Lu}\p{Ll}{2})"
    r"|(?<=[\p{Latin}\p{Cyrillic}])(?=[\p{Han}\p{Arabic}])"
    r"|(?<=\p{Latin})(?=\p{Cyrillic})"
)


def _credit_text(text: str) -> str:
    return text.strip().strip("/|·-–— ").strip()


_NAME = "photo_credits"
#: This cleaner's cuts as later cleaners see them in ``Document.prior`` (``prior_reasons`` gives
#: ``cleaner/reason``): captions reads them to find the caption next to a credit.
CREDIT_LINE = f"{_NAME}/credit_line"
#: The word that makes a line opening with a copyright sign a notice, not a credit ("(C) Copyright IBM 2006").
_NOTICE = regex.compile(r"copyright\b", regex.IGNORECASE)
CREDIT_GLUED = f"{_NAME}/credit_glued"
MEDIABANK_LINK = f"{_NAME}/mediabank_link"


#: Brackets a credit line may be wrapped in whole: round, square ("[Photo: Reuters]", "[사진 제공: 홍보팀]"),
#: full-width.
_BRACKETS = {"(": ")", "[": "]", "（": "）", "［": "］"}


def _bracket_inner(text: str) -> str | None:
    """The text inside a line wrapped whole in brackets (``(Foto: AFP)``, ``[Photo: Reuters]``), else ``None``.

    >>> _bracket_inner("[Photo: Reuters]"), _bracket_inner("(Foto: AFP)"), _bracket_inner("[1] Smith 2020")
    ('Photo: Reuters', 'Foto: AFP', None)
    """
    close = _BRACKETS.get(text[:1])
    return text[1:-1].strip() if close is not None and text.endswith(close) else None


def _labelled(text: str, lex: Lexicon) -> bool:
    """The text opens with a copyright sign or a credit label (``©``, ``Photo:``, ``Фото:``)."""
    if lex is load_lexicon():
        return _shared_labelled(text)  # the rules ask it of each line up to three times
    return _find_label(text, lex)


def _find_label(text: str, lex: Lexicon) -> bool:
    """:func:`_labelled`, uncached."""
    return strip_copyright(text)[0] or bool(lex.credit_prefix and lex.credit_prefix.match(text))


@memo
def _shared_labelled(text: str) -> bool:
    """:func:`_labelled` with the shared lexicon (:func:`load_lexicon`), cached per text."""
    return _find_label(text, load_lexicon())


def _left_alone(i: int, line: Line, tail_from: int | None, lex: Lexicon) -> bool:
    """Lines shaped like a credit that are something else, and that the other rules must not see.

    The outlet's own name heading the page is a site label; a copyright footer after the article
    is left to ``ui_strings``; a line with a full date is a date or source line; an unlabelled agency
    in brackets alone on its line ("(PTI)") closes wire copy, an agency trailer left to ``metadata_lines``.
    """
    text = line.text
    if i == 0 and text in lex.agencies:
        return True
    if tail_from is not None and i > tail_from and text.startswith(("©", "(c)", "(C)")) and "/" not in text:
        return True
    if find_date(text) is not None:
        return True
    inner = _bracket_inner(text)
    return inner is not None and not _labelled(inner, lex) and not _label_word_credit(inner, lex)


def _label_word_credit(inner: str, lex: Lexicon) -> str:
    """The credit after a label word written without its colon, in brackets: "(Foto Ansa)", "(fot. PAP)".

    The word, its abbreviation dot dropped and a colon put back ("Foto:", "fot:"), must open a credit as a
    label of the lexicon does, and what follows must be a credit's names
    (:func:`~boilerstrip.rules.kit.looks_like_credit`); else "".

    >>> lex = load_lexicon()
    >>> _label_word_credit("Foto Archivio Polesine Oggi", lex), _label_word_credit("Foto di gruppo", lex)
    ('Archivio Polesine Oggi', '')
    """
    word, _, rest = inner.partition(" ")
    rest = rest.strip()
    if not rest or not rest[:1].isupper() or not _labelled(f"{word.rstrip('.')}: {rest}", lex):
        return ""
    return rest if looks_like_credit(rest, labelled=True) else ""


def _bracketed_credit(line: Line, lex: Lexicon) -> Cut | None:
    """A labelled credit in brackets on its own line: ``(Foto: AFP)``, ``(تصوير: يوسف الحمادي)``, ``(Foto Ansa)``.

    The whole line goes; the credit is what follows the label.
    """
    inner = _bracket_inner(line.text)
    if inner is None:
        return None
    if not _labelled(inner, lex):
        bare = _label_word_credit(inner, lex)
        return cut_line(line, "credit_line", Fact("image_credit", bare)) if bare else None
    label = lex.credit_prefix.match(inner) if lex.credit_prefix else None
    credit = _credit_text(inner[label.end() :]) if label else inner
    return cut_line(line, "credit_line", Fact("image_credit", credit))


def _label_only(line: Line, lex: Lexicon) -> Cut | None:
    """A credit label with nothing after it (``Photo Credit:``, ``Foto: ©``): the name was a link the extractor lost."""
    if not _labelled(line.text, lex) or not _LABEL_ONLY.match(line.text):
        return None
    return cut_line(line, "credit_line")


#: Lower-case words a personal name may hold between its capitalised ones ("Maria de Souza", "Jan van Dijk").
_NAME_PARTICLES = frozenset(
    {
        "de",
        "da",
        "do",
        "dos",
        "das",
        "di",
        "del",
        "della",
        "van",
        "von",
        "der",
        "den",
        "ter",
        "la",
        "le",
        "du",
        "y",
        "e",
    }
)
#: A name holds a few words.
MAX_CREDIT_NAME_WORDS = 5


def names_only(text: str) -> bool:
    """Whether ``text`` is a name, or names, and an agency: what follows "Photo by" in a credit.

    >>> names_only("Tom Reyes"), names_only("Marco Tonello / ANSA"), names_only("Maria de Souza, Agência Brasil")
    (True, True, True)
    >>> names_only("the river at dawn"), names_only("gruppo dei volontari"), names_only("Tom Reyes in 1998.")
    (False, False, False)
    """
    parts = [p.strip() for p in regex.split(r"[/|,]", text)]
    if not parts[0] or text[-1:] in ".!?:":
        return False
    for part in parts:
        words = part.split()
        if not words or len(words) > MAX_CREDIT_NAME_WORDS:
            return False
        if not all(w[:1].isupper() or w in _NAME_PARTICLES for w in words) or not words[0][:1].isupper():
            return False
        if any(ch.isdigit() for ch in part):
            return False
    return True


def _by_credit(line: Line, lex: Lexicon) -> Cut | None:
    """A credit of words and a name alone on its line: ``Photo by Tom Reyes``, ``Foto di Marco Tonello``."""
    found = lex.credit_by.match(line.text) if lex.credit_by else None
    if found is None:
        return None
    rest = line.text[found.end() :].strip(" :")
    if not rest or not names_only(rest):
        return None
    return cut_line(line, "credit_line", Fact("image_credit", rest))


def _han_credit(line: Line) -> Cut | None:
    """A Chinese photographer credit alone on its line: ``新华社记者张博文摄``, ``（资料图）``."""
    if not any(map(line.text.__contains__, HAN_CREDIT_MARKS)) or not HAN_CREDIT.fullmatch(line.text):
        return None
    return cut_line(line, "credit_line", Fact("image_credit", line.text))


@dataclass(frozen=True)
class PhotoCredits:
    r"""Remove photo-credit lines and leading credits glued to captions; keep the credit as metadata.

    >>> from boilerstrip.document import Document
    >>> [c.reason for c in PhotoCredits().find(Document("© Sputnik / Maksim Bogodvid\nText."))]
    ['credit_line']
    """

    name: str = field(default=_NAME, init=False)
    #: What each reason's cuts rest on (boilerstrip.evidence); a cut may name its own.
    evidence: ClassVar[Mapping[str, str]] = {
        "credit_line": "form",
        "credit_glued": "form",
        "credit_joined": "form",
        "mediabank_link": "form",
    }
    version: int = field(default=10, init=False)
    #: The fact keys (and kinds of cut) it gives later cleaners and the metadata.
    provides: tuple[str, ...] = field(default=("image_credit", "credit_cuts"), init=False)
    reasons: dict[str, str] = field(
        default_factory=lambda: {
            "credit_line": "a line that is only a photo credit (© Agency / Name, Photo: X, REUTERS/X)",
            "credit_glued": "a credit glued to the caption that follows it, cut up to the glue point",
            "credit_joined": "a credit joined by a space to the paragraph under the photo, cut up to the paragraph",
            "mediabank_link": "a credit ending in a media-bank or gallery link glued to the caption",
        },
        init=False,
    )
    keep_bare_agency_lines: bool = False

    def find(self, doc: Document) -> Iterator[Cut]:
        """Propose cuts for credit lines and glued credit prefixes: per line, the first rule that matches."""
        lex = load_lexicon()
        tail_from = last_prose(doc)
        # Whether a line's rules propose anything depends on its text alone (and on this cleaner's option):
        # answered once per text, so the lines no rule takes (all but a few) cost one look-up in later views
        # and passes. A subclass may change the rules: it asks them every time.
        quiet = _quiet if type(self) is PhotoCredits else None
        keep = self.keep_bare_agency_lines
        for i, line in enumerate(doc.content):
            if (quiet is not None and quiet(line.text, keep)) or _left_alone(i, line, tail_from, lex):
                continue
            yield from self._proposals(line, lex)

    def _proposals(self, line: Line, lex: Lexicon) -> Iterator[Cut]:
        """The cuts the rules propose for ``line``: the first whole-line rule that matches, else leading credits."""
        cut = (
            _bracketed_credit(line, lex)
            or _label_only(line, lex)
            or _by_credit(line, lex)
            or _han_credit(line)
            or _generic_credit_line(line, lex)
            or _suffix_credit(line, lex)
            or self._bare_credit_line(line, lex)
        )
        if cut is not None:
            yield cut
        else:
            yield from self._leading_credits(line, lex)

    def _bare_credit_line(self, line: Line, lex: Lexicon) -> Cut | None:
        """A line that is only an unlabelled credit: ``REUTERS/Jane Doe``, ``Jorge Ruiz | EFE``, ``Sputnik``."""
        if _labelled(line.text, lex) or not self._bare_credit(line.text):
            return None
        return cut_line(line, "credit_line", Fact("image_credit", _credit_text(line.text)))

    def _leading_credits(self, line: Line, lex: Lexicon) -> Iterator[Cut]:
        """Credits that open the line, one after another if several are glued together."""
        pos = 0
        text = line.text
        if not _labelled(text, lex):
            return  # what the first turn of the loop finds, from the answer cached for the line
        while pos < len(text):
            chunk = text[pos:]
            is_copy, rest = strip_copyright(chunk)
            label = None if is_copy else (lex.credit_prefix.match(chunk) if lex.credit_prefix else None)
            if label is not None:
                rest = chunk[label.end() :]
            if not (is_copy or label) or (is_copy and (has_year(rest[:12]) or _NOTICE.match(rest))):
                # No credit here: "© 2024 AFP" and "(C) Copyright IBM Corporation 2006" are copyright notices,
                # left to ui_strings.
                return
            offset = pos + len(chunk) - len(rest)
            link = lex.media_links.search(rest) if lex.media_links else None
            if link is not None:
                reason, stop, credit = "mediabank_link", offset + link.end(), rest[: link.start()]
            elif (glued := self._glue_point(rest)) is not None:
                reason, stop, credit = "credit_glued", offset + glued, rest[:glued]
            elif (joined := _spaced_glue_point(rest)) is not None:
                # What follows reads as the paragraph under the photo (a sentence to its end), not as a
                # caption glued to its credit: captions does not take it as one.
                reason, stop, credit = "credit_joined", offset + joined, rest[:joined]
            elif looks_like_credit(rest, labelled=True):
                reason, stop, credit = "credit_line", len(text), rest
            else:
                return
            fact = Fact("image_credit", _credit_text(credit))
            if pos == 0 and stop >= len(text):
                yield cut_line(line, reason, fact)
            elif stop >= len(text):
                yield Cut(line.start + pos, line.next_start, reason, facts=(fact,))
            else:
                yield Cut(line.start + pos, line.start + stop, reason, facts=(fact,))
            pos = stop

    @staticmethod
    def _glue_point(rest: str) -> int | None:
        """Where a credit runs into its caption without a separator, if it does."""
        for glue in _GLUE.finditer(rest):
            head, tail = rest[: glue.start()], rest[glue.start() :]
            if word_count(tail) >= 3 and looks_like_credit(head, labelled=True):
                point: int = glue.start()
                return point
        return None

    def _bare_credit(self, text: str) -> bool:
        """Unlabelled credit lines: ``REUTERS/Jane Doe``, ``Jorge Ruiz | EFE``, a lone ``Sputnik``."""
        if word_count(text) > 8 or text[-1:] in ".!?:":
            return False
        lex = load_lexicon()
        if text in lex.agencies:
            return not self.keep_bare_agency_lines
        if " via " in text and all(s.strip() in lex.agencies for s in text.split(" via ")):
            return True  # "AFP via Getty Images"
        if not (("/" in text or "|" in text) and looks_like_credit(text)):
            return False
        segments = [seg.strip() for seg in _CREDIT_SEPARATOR.split(text)]
        return any(map(lex.knows_agency, segments))


#: A word, as the credit's names and the sentence after them are read.
_WORD = regex.compile(r"\S+")
#: The most names a credit run into a sentence holds before it ("Фото: Рустем Сафин С середины декабря…").
_MAX_SPACED_CREDIT_WORDS = 4


def _spaced_glue_point(rest: str) -> int | None:
    """Where a labelled credit's names end and a sentence begins on the same line, after a space.

    An extractor that joins a photo's credit to the paragraph under it leaves "Фото: Рустем Сафин С середины
    декабря …": names, each capitalised, then a sentence whose first word is capitalised and whose second is
    not, running on to a sentence's end. German capitalises its nouns ("Anna Berg Die Stadt will …"): no
    split point reads so there, and the line is left whole.

    >>> _spaced_glue_point("Рустем Сафин С середины декабря трамвай ходит круглый год.")
    13
    >>> _spaced_glue_point("Anna Berg Die Stadt will die Brücke im Frühjahr öffnen.") is None
    True
    """
    words = list(_WORD.finditer(rest))
    for k in range(1, min(_MAX_SPACED_CREDIT_WORDS + 1, len(words) - 1)):
        first, second = words[k].group(), words[k + 1].group()
        if not (first[:1].isupper() and second[:1].islower()):
            continue
        head, tail = rest[: words[k].start()].rstrip(), rest[words[k].start() :]
        if (
            all(w.group()[:1].isupper() for w in words[:k])
            # A name ends on no article: "Anna Berg Die | Stadt will …" is German's capitalised noun.
            and words[k - 1].group().casefold() not in function_words()
            and word_count(tail) >= _MIN_GLUED_SENTENCE_WORDS
            and ends_sentence(tail)
            and looks_like_credit(head, labelled=True)
        ):
            start: int = words[k].start()
            return start
        return None  # the first sentence's start found is the only one looked at
    return None


#: The words of the sentence a credit ran into, at least.
_MIN_GLUED_SENTENCE_WORDS = 5


def _generic_credit_line(line: Line, lex: Lexicon) -> Cut | None:
    """A line that is a generic credit of two words or more, credited to no one: "File photo", "Foto d'archivio".

    After a label such values make a credit (:func:`~boilerstrip.rules.kit.looks_like_credit`); alone on their
    line, under a caption, they are one too. A single word ("Archive", "Screenshot", "Illustration") heads a
    document's section as often, and stays.

    >>> lex = load_lexicon()
    >>> [_generic_credit_line(new_line(0, 0, 0, len(t), len(t), t), lex) is not None for t in ("File photo", "Archive")]
    [True, False]
    """
    text = line.text
    if " " not in text.strip() or len(text) > _MAX_GENERIC_CHARS or norm(text.rstrip(".")) not in lex.credit_generic:
        return None
    return cut_line(line, "credit_line", Fact("image_credit", _credit_text(text)))


#: The longest generic credit line (characters): "Imagen de archivo", "ілюстративне фото".
_MAX_GENERIC_CHARS = 40
#: The most words of the names before a credit's closing word ("Organizatorių nuotrauka", "Jonas Petraitis nuotr.").
_MAX_SUFFIX_NAME_WORDS = 4


def _suffix_credit(line: Line, lex: Lexicon) -> Cut | None:
    """A credit whose closing word says it is one: names, then a word of ``[credit] suffixes``.

    Lithuanian writes the photographer before the word ("Organizatorių nuotrauka", "Autoriaus nuotr."),
    Japanese the name before "撮影". In a spaced script the words before it must be names (capitalised); in
    an unspaced one, a few Han or katakana characters (a sentence's particles, in hiragana, are no name).

    >>> lex = load_lexicon()
    >>> [_suffix_credit(new_line(0, 0, 0, len(t), len(t), t), lex) is not None
    ...  for t in ("Organizatorių nuotrauka", "Tai labai graži nuotrauka", "田中一郎撮影")]
    [True, False, True]
    """
    text = line.text.rstrip()
    folded = text.casefold()
    closing = _folded_suffixes(lex.credit_suffixes)
    if not folded.endswith(closing):
        return None  # most lines: one call in C, not one per closing word
    for suffix in closing:
        if not folded.endswith(suffix):
            continue
        rest = text[: len(text) - len(suffix)].strip(" ,:-–—/|（）()")
        if not rest:
            return None
        if _UNSPACED_CREDIT.fullmatch(rest) is None and not (
            len(rest.split()) <= _MAX_SUFFIX_NAME_WORDS and names_only(rest)
        ):
            return None
        return cut_line(line, "credit_line", Fact("image_credit", _credit_text(text)))
    return None


@cache
def _folded_suffixes(suffixes: tuple[str, ...]) -> tuple[str, ...]:
    """The credit's closing words, casefolded, longest first (as the lexicon sorts them)."""
    return tuple(s.casefold() for s in suffixes)


#: A name in an unspaced script before its credit word: a few Han or katakana letters ("田中一郎", not "写真は市民が").
_UNSPACED_CREDIT = regex.compile(r"[\p{Han}\p{Katakana}・ ]{2,12}")


@memo
def _quiet(text: str, keep_bare_agency_lines: bool) -> bool:
    """True when :class:`PhotoCredits`' rules propose no cut for a line of ``text``, wherever it stands.

    The rules read the line's text and nothing else of the page (its offsets only place the cuts), so
    they are asked once, of a line of ``text`` alone.

    >>> _quiet("The port opened on Monday.", False), _quiet("© Sputnik / Maksim Bogodvid", False)
    (True, False)
    """
    line = new_line(0, 0, 0, len(text), len(text), text)
    return next(_rules(keep_bare_agency_lines)._proposals(line, load_lexicon()), None) is None


@cache
def _rules(keep_bare_agency_lines: bool) -> PhotoCredits:
    """The cleaner :func:`_quiet` asks, one per option value (it is immutable; making one per text cost a fifth)."""
    return PhotoCredits(keep_bare_agency_lines=keep_bare_agency_lines)
