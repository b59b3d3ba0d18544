"""captions: image captions, their echoes and twins; the caption text goes to metadata."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import ClassVar

import regex

from boilerstrip.cleaners.photo_credits import CREDIT_GLUED, CREDIT_LINE, MEDIABANK_LINK
from boilerstrip.document import Document, Line
from boilerstrip.rules.distinct import none_may
from boilerstrip.rules.kit import (
    HAN_CREDIT,
    HAN_CREDIT_MARKS,
    body_start,
    cut_line,
    echo_sites,
    first_match,
    last_prose,
    looks_like_credit,
    may_echo,
    parse_echo,
    prior_reasons,
    reasons_after,
)
from boilerstrip.rules.lexicon import Lexicon, load_lexicon, might_find, norm
from boilerstrip.rules.memo import memo
from boilerstrip.rules.pretest import needs
from boilerstrip.rules.shapes import ends_sentence, word_count
from boilerstrip.types import Cut, Fact

# A credit in brackets closing the line: "(AP Photo/Jane Doe)", "[File: X/Reuters]", "（资料图）".
#: The brackets a credit closing a caption stands in (``_BRACKET_CREDIT``'s, and a lexicon label's).
_OPENERS, _CLOSERS = ("(", "[", "（", "【"), ")]）】"
_BRACKET_CREDIT = regex.compile(r"\s*[(\[（【](?P<credit>[^()\[\]（）【】]{2,80})[)\]）】]\s*$")
# A labelled credit after the caption, glued or spaced: "…warPhotograph: X/AP", "… — Foto: X", "/ фото УНІАН, X".
_LABEL_CREDIT = regex.compile(
    r"(?:\s*[-–—/|]\s*|\s+|(?<=[\p{Ll}.,)]))"
    r"(?:(?:Photograph|Photo|Photos|Picture|Image|Credit|Foto|Fotos|Fotó|Fotoğraf|Фото|фото|Fotografia|Bild"
    r"|Quelle|Crédit|Crédit photo|Ilustración|Ilustração|Zdjęcie|صورة|تصوير)\s*[:：]\s*"  # a label needs its colon
    r"|(?:Fot\.|©)\s*"
    r"|(?<=/\s*)(?:фото|foto|photo)\s+)"  # "… / фото УНІАН, Name"
    r"(?P<credit>[^:：]{2,80})$"
)
# _LABEL_CREDIT cannot match without one of these: a label's colon, "Fot.", "©", or the slash before "фото".
_LABEL_MARKS = (":", "：", "©", "Fot.", "/")
# Nor without one of these, one of which each of its labels holds ("Fot" stands for "Foto", "Fotos", "Fotó",
# "Fotoğraf", "Fotografia" and "Fot."; "Photo" for "Photograph" and "Photos"; "Ilustra" for both spellings).
# A colon or a slash is in a tenth of the lines, a label in hardly any; the search costs as much as a
# hundred of these tests (it tries the labels after every small letter).
_LABEL_WORDS = (
    "Photo",
    "Picture",
    "Image",
    "Credit",
    "Fot",
    "Фото",
    "фото",
    "Bild",
    "Quelle",
    "Crédit",
    "Ilustra",
    "Zdjęcie",
    "صورة",
    "تصوير",
    "©",
    "photo",
    "foto",
)
# Le Monde style: "… le 17 janvier 2023. JEAN-MARC DURAND / AFP".
_CAPS_CREDIT = regex.compile(r"(?<=[.\s])\s*(?P<credit>\p{Lu}[\p{Lu}\p{M}'’\- ]{3,40}\s*/\s*[\p{L}. ]{2,30})$")
# A gallery position glued before the caption: "[1/2]A haul truck…".
_GALLERY_INDEX = regex.compile(r"^\[?\d{1,3}\s*/\s*\d{1,3}\]?\s*")
#: What every match of _GALLERY_INDEX holds (read from it): a caption without it keeps its text, unsearched.
_GALLERY_INDEX_NEEDS = needs(_GALLERY_INDEX)
# "… May 14, 2025. REUTERS/Pablo Sanhueza": an agency-first credit after the caption.
_CAPS_AGENCY_CREDIT = regex.compile(r"(?<=[.\s])\s*(?P<credit>\p{Lu}{2,}/\p{Lu}[\p{L} .'’\-]{2,40})$")
_PHOTO_WORD = regex.compile(r"\b(?:Photo|Foto|Фото|Image|Picture|Fotó|Fotoğraf)\b", regex.IGNORECASE)
# "Image caption, The new wall will be higher": a labelled caption line (BBC style).
#: The labels a caption line opens with, and the pattern of one with its comma or colon.
_CAPTION_LABELS = ("Image caption", "Caption", "Pie de foto", "Legenda", "Légende", "Bildunterschrift", "Подпись")
_CAPTION_LABEL = regex.compile(r"^(?:" + "|".join(map(regex.escape, _CAPTION_LABELS)) + r")\s*[,:]\s*")
_BRACKET_TAG = regex.compile(r"\s*[(\[]([\p{L}\d .&/-]{2,30})[)\]]\s*$")
#: Where a second sentence starts. A word of one or two letters before the full stop is an abbreviation or an
#: initial ("St. Laurentius", "Dr. Ana Ruiz", "J. Smith"), no sentence's end.
_SENTENCE_BREAK = regex.compile(r"(?:(?<!\b\p{L}{1,2})\.|[!?。！？])\s+\p{Lu}|[。！？]\s*\S")
_QUOTES = regex.compile(r"[\"“”«»„]")
#: The label that opens a bracketed credit: "(Photo: Jane Doe)", "(Foto Anna Roe)".
_CREDIT_LABEL = regex.compile(
    r"^(?:(?i:Photo|Foto|Фото|File|Fotó|Source|Fonte|Photograph|Image|Credit|图片来源|图片|摄影|圖片|圖|图)\s*[:：]\s*"
    r"|(?:foto|photo)\s+(?=\p{Lu})"
    # "(ph. Marco Ferri)": the photographer's abbreviation of Italian, French and Spanish magazines.
    r"|(?i:ph)\.\s*(?=\p{Lu}))"
)
_MAX_CAPTION_WORDS = 45
_CREDIT_WINDOW = 160  # longer than any credit the patterns accept


@dataclass(frozen=True, slots=True)
class _Split:
    caption: str
    credit: str
    #: The credit stands in brackets after a credit label or a photo word ("(Foto: Jajačke novine)", "(AP
    #: Photo/Jane Doe)"), or after a word label that follows a caption's full sentence and a space ("… stends.
    #: Foto: Rihards Ozols, 8. klase", :func:`_after_sentence`): a form, not a shape. A document prints either
    #: under its own figures rarely: on the development sets and the real documents of part A every bracketed
    #: line was a page's caption, and so were all 74 lines of a sentence, a space and a word label (no line of a
    #: real document split so; "Copyright: © 2010 …" has no sentence before its label).
    labelled: bool = False


@memo
def split_caption_credit(text: str, *, bare_agency: bool = False) -> _Split | None:
    """Split ``<caption><credit>`` lines; ``None`` when the line carries no credit.

    A bare agency in brackets (``(Reuters)``) also closes wire paragraphs, so it
    counts as a credit only with ``bare_agency`` (the caller knows the line
    sits above the first paragraph).

    >>> split_caption_credit("A man walks in Kyiv on Monday. (AP Photo/Efrem Lukatsky)").credit
    'AP Photo/Efrem Lukatsky'
    >>> split_caption_credit("The company said on Monday (Reuters)") is None
    True
    """
    lex = load_lexicon()
    if _GALLERY_INDEX_NEEDS in text:
        text = _GALLERY_INDEX.sub("", text)
    if lex.media_links is not None and might_find(lex.media_lowered, text):
        # "… REUTERS/Jane Doe Purchase Licensing Rights": drop the trailing link label.
        for link in lex.media_links.finditer(text):
            if link.end() >= len(text.rstrip(" ,.")) and link.start() > 0:
                text = text[: link.start()].rstrip(" ,")
                break
    # Credits close the line: only its end is searched (the patterns are anchored there anyway).
    window = max(0, len(text) - _CREDIT_WINDOW)
    m = _BRACKET_CREDIT.search(text, window) if text.rstrip()[-1:] in _CLOSERS else None
    if m is not None:
        inner = m.group("credit").strip()
        label = _CREDIT_LABEL.match(inner)
        body = inner[label.end() :] if label else inner
        caption = text[: m.start()].strip()
        if HAN_CREDIT.fullmatch(inner):
            return _Split(caption, inner, labelled=True)
        word = _PHOTO_WORD.search(inner)
        labelled = label is not None or word is not None
        if caption and word_count(body) <= 8 and (labelled or ("/" in inner and looks_like_credit(body))):
            # A form only with a label, or a photo word written as a credit writes it ("AP Photo/…"): a lower-case
            # "image" in brackets is as often a code comment's MIME type ("// Prints: ["image/png"]").
            formed = label is not None or (word is not None and word.group()[0].isupper())
            return _Split(caption, body.strip(), labelled=formed)
        if caption and bare_agency and inner in lex.agencies and word_count(caption) <= 20:
            return _Split(caption, inner)
        # One lower-case word in brackets closing a sentence is as often the text's aside ("… click Export
        # (screenshot)"); a credit writes it capitalised ("(Archivo)") or names more ("(file photo)").
        generic = norm(inner.rstrip(".")) in lex.credit_generic and (" " in inner or inner[:1].isupper())
        # A credit line's own label before the bracket ("Foto: dahancoo / Pixabay (Symbolbild)") makes it a credit
        # with a tag, not a caption.
        # So is a caption closed by a labelled credit before the bracket ("… gefunden. Foto: Getty Images
        # (Symbolbild)"): the label's credit is the one the other forms below read.
        # Asked only of a generic bracket (hardly any line): the look for every label in the caption was a
        # hundredth of a cold round when asked of every line closed by a bracket.
        if caption and generic and not _credited(caption, lex) and word_count(caption) <= _MAX_GENERIC_CAPTION_WORDS:
            # "… pekan ini. (Tangkapan layar Facebook)", "… on Monday. (File photo)": a picture credited to no one,
            # in the words of the lexicon's [credit] generic: the form of a credit, as after a label.
            return _Split(caption, inner, labelled=True)
    # Sputnik-style caption then REUTERS/Name, or a credit ending the caption.
    tail = _CAPS_AGENCY_CREDIT.search(text, window) if "/" in text else None
    if tail is not None and tail.start() > 0 and looks_like_credit(tail.group("credit"), labelled=True):
        return _Split(text[: tail.start()].strip(), tail.group("credit").strip())
    # "… em Goiânia - Roberto Lacerda/Agência Brasil": a dash, the photographer and a known agency after a slash.
    dashed = _DASH_AGENCY_CREDIT.search(text, window) if "/" in text else None
    if dashed is not None and dashed.start() > 0 and dashed.group("agency").strip() in lex.agencies:
        return _Split(text[: dashed.start()].strip(), dashed.group("credit").strip())
    for pattern in (_LABEL_CREDIT, _CAPS_CREDIT):
        if pattern is _LABEL_CREDIT and not (
            any(map(text.__contains__, _LABEL_MARKS)) and any(map(text.__contains__, _LABEL_WORDS))
        ):
            continue  # the costliest search of the line, skipped when no label can be there
        if pattern is _CAPS_CREDIT and "/" not in text:
            continue
        m = pattern.search(text, window)
        if m is not None and m.start() > 0:
            credit = m.group("credit").strip()
            if looks_like_credit(credit, labelled=True):
                caption = text[: m.start()].strip().rstrip("—–-/| ").strip()
                if caption:
                    label = text[m.start() : m.start("credit")]
                    return _Split(
                        caption, credit, labelled=pattern is _LABEL_CREDIT and _after_sentence(caption, label)
                    )
    m = HAN_CREDIT.search(text, window) if any(map(text.__contains__, HAN_CREDIT_MARKS)) else None
    if m is not None and m.start() > 0:
        return _Split(text[: m.start()].strip(), m.group("credit").strip())
    return _labelled_credit(text)


#: A photographer's name (two to four capitalised words) and an agency after a slash, after a dash closing a caption.
_DASH_AGENCY_CREDIT = regex.compile(
    r"\s[-–—]\s(?P<credit>\p{Lu}[\p{L}.'’\-]+(?:\s\p{Lu}[\p{L}.'’\-]+){1,3}/(?P<agency>\p{Lu}[\p{L} .&\-]{1,30}))\s*$"
)


def _credited(caption: str, lex: Lexicon) -> bool:
    """Whether ``caption`` opens with a credit's prefix or holds a credit label ("Foto: Getty Images").

    >>> _credited("Foto: dahancoo / Pixabay", load_lexicon()), _credited("The port at dawn.", load_lexicon())
    (True, False)
    """
    return (lex.credit_prefix is not None and lex.credit_prefix.match(caption) is not None) or any(
        label in caption for label in lex.credit_labels
    )


#: The longest caption a bracketed generic credit closes ("(Tangkapan layar Facebook)"): a caption's sentence or
#: two, not a paragraph.
_MAX_GENERIC_CAPTION_WORDS = 40
#: A labelled credit closing a caption names a few people or an agency, not a clause.
_MAX_LABELLED_CREDIT_WORDS = 6


@lru_cache(maxsize=1)
def _lexicon_label_credit() -> regex.Pattern[str] | None:
    """A credit with one of the lexicon's labels closing the line, in brackets or after the caption.

    ``… (צילום: עידו שחר)``, ``… Ảnh: Đức Anh``, ``… [사진=춘천시 제공]``, ``… fot. Marek Sowiński``: the
    labels are the per-language ``[credit] prefixes``; the label is the cue, so its case does not matter.
    Only labels that end in a mark (``:``, ``=``, ``.``) count: "Foto" alone is also an ordinary word.
    """
    labels = _marked_labels()
    if not labels:
        return None
    alternation = "|".join(regex.escape(lab).replace("\\ ", "\\s*") for lab in labels)
    return regex.compile(
        rf"(?:(?<=[.!?。)\]»”\"])\s*|\s+[-–—|/]\s*|\s+)"
        rf"(?P<open>[(\[（【]\s*)?(?:{alternation})\s*"
        r"(?P<credit>[^()\[\]（）【】:：=]{2,60}?)\s*(?(open)[)\]）】])\s*\.?$",
        regex.IGNORECASE,
    )


@lru_cache(maxsize=1)
def _marked_labels() -> tuple[str, ...]:
    """The lexicon's credit labels that end in a mark (``:``, ``=``, ``.``), stripped: a caption credit's labels."""
    return tuple(lab.strip() for lab in load_lexicon().credit_labels if lab.strip()[-1:] in _LABEL_ENDS)


@lru_cache(maxsize=1)
def _label_keys() -> frozenset[str]:
    """The labels of :func:`_marked_labels` as :func:`_has_label` compares them (no spaces, case folded)."""
    return frozenset(_label_key(lab) for lab in _marked_labels())


@lru_cache(maxsize=1)
def _dotted_labels() -> tuple[str, ...]:
    """The labels that end in a full stop, as :func:`_label_key` writes them ("fot.", "zdj.")."""
    return tuple(sorted(key for key in _label_keys() if key.endswith(".")))


def _label_key(text: str) -> str:
    """``text`` without spaces, case folded, without an opening bracket or a separator in front ("/사진=")."""
    return "".join(text.casefold().split()).lstrip("([（【/|-–—")


#: The marks a credit label ends in, and how many words a label holds at most.
_LABEL_ENDS = ":：=."
_LABEL_END = regex.compile("[:：=.]")
_GLUED_LABEL = regex.compile(r"(?<=[.!?。)\]»”\"])(?=.)")
_MAX_LABEL_WORDS = 4


def _has_label(text: str, start: int) -> bool:
    """Whether a credit label of the lexicon ends at one of the marks of ``text[start:]``.

    A look-up of the words before each mark: the full pattern (:func:`_lexicon_label_credit`, an
    alternation of some 300 labels searched without case) cost a quarter of the text stage when it
    runs on every line, and almost no line holds a label.
    """
    keys = _label_keys()
    tail = text[start:]
    # Most lines hold no colon or equals sign, and the labels ending in a full stop are a few
    # abbreviations ("fot.", "zdj."): a line with neither can hold no label.
    if not any(map(tail.__contains__, ":：=")):
        folded = tail.casefold()
        if not any(map(folded.__contains__, _dotted_labels())):
            return False
    for mark in _LABEL_END.finditer(text, start):
        p = mark.start()
        words = text[max(start, p - 40) : p + 1].split()
        if not words:
            continue
        # A label glued to the caption's last sentence ("…Sandomierza.fot.") starts after its mark.
        glued = _GLUED_LABEL.split(words[-1])[-1]
        if _label_key(glued) in keys:
            return True
        for n in range(1, min(_MAX_LABEL_WORDS, len(words)) + 1):
            if _label_key("".join(words[-n:])) in keys:
                return True
    return False


def _after_sentence(caption: str, label: str) -> bool:
    """Whether a credit's ``label`` (with what stands before it) follows a caption's full sentence, spaced.

    "… stends. Foto: Rihards Ozols": a sentence, a space, a word label with its colon or its abbreviation's
    full stop ("Fot."). A credit glued to a sentence ("… after a long debate.© Sputnik / …") is as often a
    paragraph's last sentence with the photo's credit run into it by the extractor, and a sign ("©") labels a
    copyright line as well as a photo.

    >>> _after_sentence("Stoisko klasy szóstej.", " Foto: "), _after_sentence("A long debate.", "© ")
    (True, False)
    >>> _after_sentence("Stoisko klasy szóstej", " Foto: ")
    False
    """
    word_label = ":" in label or "：" in label or label.rstrip().endswith(".")  # "Foto:", "Fot."
    return label[:1].isspace() and word_label and ends_sentence(caption)


def _labelled_credit(text: str) -> _Split | None:
    """``<caption> <label> <credit>`` with a label of the lexicon (:func:`_lexicon_label_credit`)."""
    pattern = _lexicon_label_credit()
    window = max(0, len(text) - _CREDIT_WINDOW)
    if pattern is None or not _has_label(text, window):
        return None
    m = pattern.search(text, window)
    if m is None:
        return None
    credit, caption = m.group("credit").strip(), text[: m.start()].strip().rstrip("—–-/| ").strip()
    if not caption or word_count(credit) > _MAX_LABELLED_CREDIT_WORDS:
        return None
    if not looks_like_credit(credit, labelled=True):
        return None
    # "(צילום: עידו שחר)": the label opens a bracket that closes the line.
    opened = text[m.start() : m.start("credit")]
    bracketed = text.rstrip()[-1:] in _CLOSERS and any(map(opened.__contains__, _OPENERS))
    return _Split(caption, credit, labelled=bracketed or _after_sentence(caption, opened))


def _short_enough(line: Line) -> bool:
    return word_count(line.text) <= _MAX_CAPTION_WORDS


@dataclass(frozen=True)
class Captions:
    """Remove image captions (with their credits, echoes and alt-text twins), keeping them as metadata."""

    name: str = field(default="captions", init=False)
    #: What each reason's cuts rest on (boilerstrip.evidence); a cut may name its own.
    evidence: ClassVar[Mapping[str, str]] = {
        "caption_echo": "form",
        "caption_with_credit": "shape",
        "caption_before_credit": "form",
        "caption_twin": "copy",
        "caption_after_credit": "form",
        "caption_labelled": "phrase",
    }
    version: int = field(default=11, init=False)
    #: What it reads from earlier cleaners (see ``Pipeline``): they must run first when present.
    requires: tuple[str, ...] = field(default=("credit_cuts",), init=False)
    #: The fact keys (and kinds of cut) it gives later cleaners and the metadata.
    provides: tuple[str, ...] = field(default=("image_caption", "image_credit", "date_hint", "site_name"), init=False)
    reasons: dict[str, str] = field(
        default_factory=lambda: {
            "caption_echo": "a caption repeated with the site name, image width and date",
            "caption_with_credit": "a caption that ends in its photo credit",
            "caption_before_credit": "a caption directly above a credit line",
            "caption_twin": "the first copy of a caption shown twice (alt text, then caption)",
            "caption_after_credit": "a caption whose credit was glued to its start",
            "caption_labelled": "a line labelled as a caption (Image caption, …)",
        },
        init=False,
    )

    def find(self, doc: Document) -> Iterator[Cut]:
        """Propose cuts for caption lines: at each line not cut yet, the first rule that matches."""
        rules: tuple[_Rule, ...] = (_labelled_caption, _credited_caption, _caption_after_credit, _caption_before_credit)
        if all(p.formatting for p in doc.prior):
            # The last two read what an earlier cleaner cut at a line (``prior_reasons``, which passes over
            # formatting cuts): in a view where nothing else was cut they answer nothing.
            rules = rules[:2]
            if none_may(doc, _may_open):
                return  # no line an echo or those two rules may take (most texts): the lines are not walked
        scan = _Scan(doc.content, doc, echo_sites(doc), body_start(doc), set())
        for i, line in enumerate(scan.lines):
            if i in scan.taken:
                continue
            found = _caption_echo(scan, i)
            if found is None and _short_enough(line):  # only an echo may be longer than a caption
                found = first_match(rules, scan, i)
            for index, cut in found or ():
                scan.taken.add(index)
                yield cut


def _may_open(text: str) -> bool:
    """Whether an echo, a labelled caption or a credited caption may be found at a line of ``text``.

    A necessary condition, asked of each distinct text of a view in which only those three are looked for
    (nothing but formatting cut before): an echo holds a spaced dash and the shape ``parse_echo`` reads of the
    line alone, whatever sites the page knows (``kit.may_echo``; a paragraph with a spaced dash is none); the
    other two take a line of a caption's length only, labelled (``_caption_label``) or with a credit
    (``_caption_and_credit``: ``split_caption_credit``, or an outlet tag closing the line). The walk asks
    ``split_caption_credit`` with ``bare_agency`` for the lines above the body, which changes its answer only
    through a bracket closing the line (its first test); a line whose end a media link's label hid may end in
    one once the label is off, so such a line counts too. Otherwise the answer without ``bare_agency`` is the
    walk's answer for every line of the text.

    >>> _may_open("A man walks in Kyiv. (AP Photo/Efrem Lukatsky)"), _may_open("w17")
    (True, False)
    """
    if may_echo(text):
        return True
    if word_count(text) > _MAX_CAPTION_WORDS:
        return False
    if text.startswith(_CAPTION_LABELS) or text.rstrip()[-1:] in _CLOSERS:
        return True
    lex = load_lexicon()
    if lex.media_links is not None and might_find(lex.media_lowered, text):
        return True
    return split_caption_credit(text, bare_agency=False) is not None


#: What a rule found: the cuts it proposes, each with the index of the line it takes.
_Found = tuple[tuple[int, Cut], ...]
#: A rule: what it finds at line ``i`` of the scan, or ``None``.
_Rule = Callable[["_Scan", int], _Found | None]


@dataclass(frozen=True, slots=True)
class _Scan:
    """What the rules read about the document, and the lines already cut (so no line is cut twice)."""

    lines: tuple[Line, ...]
    doc: Document
    #: Sites named by caption echoes on this page.
    sites: frozenset[str]
    #: Index of the first prose line: a bare agency in brackets above it is a credit.
    start: int
    #: Indexes of the lines cut so far; filled in by ``find``.
    taken: set[int]

    def prev(self, i: int) -> Line | None:
        """The line above ``i``, unless there is none or it is already cut."""
        return self.lines[i - 1] if i > 0 and (i - 1) not in self.taken else None

    def with_twin(self, i: int, caption: str, cut: Cut) -> _Found:
        """``cut`` of line ``i``, after a cut of the line above when that line is the same caption once more."""
        prev = self.prev(i)
        if prev is not None and _twin(prev.text, caption):
            return ((i - 1, cut_line(prev, "caption_twin")), (i, cut))
        return ((i, cut),)


def _caption_echo(scan: _Scan, i: int) -> _Found | None:
    """``<caption> - Site, 1920, 21.06.2024``: a caption repeated with the site name, image width and date.

    The caption, the site and the date go to metadata; an alt-text copy of the caption right above goes too.
    """
    echo = parse_echo(scan.lines[i].text, known_sites=scan.sites)
    if echo is None:
        return None
    facts = [Fact("site_name", echo.site)]
    if echo.date:
        facts.append(Fact("date_hint", echo.date))
    cut = cut_line(scan.lines[i], "caption_echo", Fact("image_caption", echo.caption), *facts)
    return scan.with_twin(i, echo.caption, cut)


def _caption_label(text: str) -> regex.Match[str] | None:
    """The caption label opening ``text`` with its mark, if one does (asked of every line of every view).

    The pattern is case-sensitive: a line that opens with none of the labels is not matched.
    """
    return _CAPTION_LABEL.match(text) if text.startswith(_CAPTION_LABELS) else None


def _labelled_caption(scan: _Scan, i: int) -> _Found | None:
    """``Image caption, The new wall will be higher``: a line labelled as a caption, with two words or more after it."""
    text = scan.lines[i].text
    labelled = _caption_label(text)
    if labelled is None or word_count(text[labelled.end() :]) < 2:
        return None
    return ((i, cut_line(scan.lines[i], "caption_labelled", Fact("image_caption", text[labelled.end() :].strip()))),)


def _credited_caption(scan: _Scan, i: int) -> _Found | None:
    """A caption that ends in its photo credit (``… (AP Photo/Jane Doe)``); an alt-text copy right above goes too."""
    split = _caption_and_credit(scan, i)
    if split is None:
        return None
    cut = cut_line(
        scan.lines[i],
        "caption_with_credit",
        Fact("image_caption", split.caption),
        Fact("image_credit", split.credit),
        evidence="form" if split.labelled else "",
    )
    return scan.with_twin(i, split.caption, cut)


def _caption_and_credit(scan: _Scan, i: int) -> _Split | None:
    """The caption and credit of line ``i``: a credit of any shape :func:`split_caption_credit` knows.

    Or the line above repeated with an outlet tag: "Caption." then "Caption.(KTWN)" are alt text
    and caption, credited to the outlet.
    """
    text = scan.lines[i].text
    split = split_caption_credit(text, bare_agency=i < scan.start)
    if split is not None:
        return split
    prev = scan.prev(i)
    if prev is None or text.rstrip()[-1:] not in ")]":  # the tag closes the line
        return None
    tag = _BRACKET_TAG.search(text)
    if tag is not None and text[: tag.start()].strip() == prev.text.strip():
        return _Split(prev.text.strip(), tag.group(1))
    return None


def _caption_after_credit(scan: _Scan, i: int) -> _Found | None:
    """The rest of a line whose leading credit ``photo_credits`` cut (glued, or a media-bank link): the caption."""
    line = scan.lines[i]
    reasons = prior_reasons(scan.doc, line)
    if CREDIT_GLUED not in reasons and MEDIABANK_LINK not in reasons:
        return None
    return ((i, cut_line(line, "caption_after_credit", Fact("image_caption", line.text))),)


def _caption_before_credit(scan: _Scan, i: int) -> _Found | None:
    """A caption directly above a credit line, with more text below it.

    A credit that closes the article is a trailer, and the paragraph above it is prose: the line must stand
    above the article's last prose line ("A környezetvédelmi engedélyt októberben adták ki." over "Címlapfotó:
    …", the lead photo's credit printed after the story, is the story's last sentence). Captions are one
    sentence of thirty words at most; quoted speech is prose, never a caption.
    """
    line, text = scan.lines[i], scan.lines[i].text
    if (
        reasons_after(scan.doc, line) == [CREDIT_LINE]
        and i + 1 < len(scan.lines)
        and (end := last_prose(scan.doc)) is not None
        and i < end
        and not _caption_label(scan.lines[i + 1].text)
        and not _QUOTES.search(text)
        and word_count(text) <= 30
        and not _SENTENCE_BREAK.search(text)
    ):
        return ((i, cut_line(line, "caption_before_credit", Fact("image_caption", text))),)
    return None


def _twin(first: str, caption: str) -> bool:
    """True when ``first`` is the same caption shown once more (alt text, shorter copy)."""
    if not first or not caption:
        return False
    a, b = first.rstrip(". "), caption.rstrip(". ")
    if a == b:
        return True
    return len(a) >= 12 and b.startswith(a)
