"""The gate every proposed cut passes: evidence, protected content, the document, the line labeller, the dial.

Strong evidence (an interface phrase, a credit form, a page widget...) cuts;
a phrase or a form matched in the text alone needs a second witness first
(another strong cut, the labeller scoring the line 0.5 or more, or, for HTML
input, the page itself): one "Share" in a README's feature list is a
coincidence as often as chrome. Weak evidence (a line's shape or place, a
copy, a script) only says a line looks like chrome, and that is how rules
built for news pages cut code, table rows, verse and a README's first
heading. So a weak cut is admitted only when

1. it touches no protected line (:mod:`boilerstrip.protect`);
2. the document shows chrome on strong evidence (a text with none, such as a
   README or a recipe, comes out unchanged apart from whitespace; in the
   ``clean`` setting the labeller's agreement may stand in for it); and
3. the line labeller, when it runs, does not score the line as content
   (a copy of a paragraph and the page's headline excepted: they read as
   content because they are, once).

A strong cut whose line the labeller reads as clearly content (under
``WITNESS_SCORE``) still cuts on its own evidence, but witnesses chrome for no
other line: a data sheet's "Source:" and "Updated:" lines match forms and do
not vouch for each other. After the article's last paragraph, and between
two lines earlier cleaners cut, the labeller's own proposals need less
(``Dial.propose_tail``): footers, related lists and author boxes sit there,
and chrome comes in blocks. So do they above the article's first paragraph
(``Dial.propose_head``): the masthead, the menu, a kicker, a date strip.

In a whole-page text dump (:func:`boilerstrip.rules.frame.dump_frame`: a
header of lines the labeller reads as chrome above a block of prose it reads
as content) that shows strong chrome on several lines (``FRAME_WITNESSES``),
the lines above and below the article's frame are the site's header, menus,
footers and sidebars: there the labeller's proposals need only
``Dial.propose_frame``, and the shapes of text that menus and footers share
(verse, transcripts, stamps, announcing lines, code, quotations:
``RELEASED_OUTSIDE_FRAME``) protect nothing, unless the HTML page itself marks
the line as content. Tables, rows, headings and checklists stay protected
everywhere, and inside the frame nothing changes.

Chrome comes in quantity. A text of a dozen lines or more, with no page or
site evidence, where the gate admitted strong cuts on only one or two lines,
each of a kind a document prints of its own too (a "Comments" heading, an
"Updated:" date, a copyright line), and the labeller reads few lines as
clearly chrome, is a document with a coincidence in it: the pipeline runs it
again with only whitespace normalised, and flags it ``thin_chrome``
(:func:`thin_chrome`).

How much agreement weak cuts need is the one dial, ``Config.favor``:

* ``"prose"``: keep everything weak evidence would cut; only strong evidence cuts.
* ``"balanced"`` (default): the three conditions above, with the labeller's
  thresholds of :data:`DIALS`.
* ``"clean"``: protected content still holds, but weak cuts need no strong
  evidence elsewhere and only a clear content score from the labeller stops them.

>>> DIALS["prose"].weak, DIALS["balanced"].weak
(False, True)
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Mapping, Sequence, Set
from dataclasses import dataclass
from types import MappingProxyType

from boilerstrip.document import Document
from boilerstrip.evidence import FORMAT, MATCHED, READS_AS_CONTENT, WEAK
from boilerstrip.protect import (
    MAX_ANNOUNCED,
    MAX_TERM_CHARS,
    MIN_ANNOUNCING_WORDS,
    content_key,
    may_hold_matched,
    protected_lines,
    quote_led,
)
from boilerstrip.rules.dates import find_date
from boilerstrip.rules.frame import dump_frame
from boilerstrip.rules.kit import first_prose, last_prose, prior_reasons
from boilerstrip.rules.shapes import cut_off_paragraph, ends_sentence, word_count
from boilerstrip.settings import FAVOR_CHOICES
from boilerstrip.types import Cut


@dataclass(frozen=True, slots=True)
class Dial:
    """One setting of ``Config.favor``: what weak evidence needs to cut.

    ``weak``: whether weak cuts are considered at all; ``needs_strong``:
    whether the document must show strong evidence first; ``min_score``: the
    lowest labeller chrome score a weak cut's line may have; ``alone``: the
    score at which the labeller's agreement stands in for strong evidence
    elsewhere; ``propose``: the score at which the labeller cuts a line no rule
    names (``None``: it proposes nothing).
    """

    weak: bool
    needs_strong: bool
    #: Distinct strong cuts (held or not) the document needs before a phrase or form match cuts,
    #: and before weak evidence cuts; page, site and plugin evidence counts as enough on its own.
    matched_witnesses: int
    weak_witnesses: int
    #: The labeller's chrome score at which it stands as the second witness of a phrase or form match.
    matched_score: float
    min_score: float
    alone: float
    propose: float | None
    #: The bar for the labeller's own proposals after the article's last paragraph, where the page's
    #: tail holds footers, related lists and author boxes, and an article's own lines are rare; and
    #: between two lines earlier cleaners cut (session eighteen), inside a block of chrome.
    propose_tail: float | None = None
    #: The bar for the labeller's own proposals before the article's first paragraph (session twenty-one), where
    #: a page's masthead, menus, breadcrumbs and date strips sit above the story; the headline and its dek are
    #: there too, but the titles cleaner has read the first and the labeller never proposes the second (a sentence).
    propose_head: float | None = None
    #: The bar for the labeller's proposals outside a page dump's article frame (``None``: no frame is looked
    #: for, and ``frame`` evidence never cuts).
    propose_frame: float | None = None
    #: The bar for the labeller's own proposal of one long line in the body (:func:`_long_line`: ``LONG_LINE_WORDS``
    #: words between spaces, no closing colon; session twenty-four): a promotion, a pitch or a caption written
    #: as a sentence. The lines the labeller errs on in the body are short ones (a subheading, a list's item,
    #: a table's row); ``None``: the body's bar, ``propose``.
    propose_long: float | None = None


#: The labeller's score under which a strong cut's line reads as clearly content: it cuts (on its own
#: evidence) but does not witness chrome for the document's other matched lines.
WITNESS_SCORE = 0.1

#: The settings of the dial, from keeping the most prose to removing the most chrome.
DIALS: dict[str, Dial] = {
    "prose": Dial(False, True, 2, 2, 0.5, min_score=1.1, alone=1.1, propose=None),
    "balanced": Dial(
        True,
        True,
        2,
        1,
        0.5,
        min_score=0.1,
        alone=1.1,
        propose=0.9,
        propose_tail=0.5,
        propose_frame=0.5,
        propose_head=0.6,
        propose_long=0.7,
    ),
    "clean": Dial(
        True,
        False,
        1,
        0,
        0.5,
        min_score=0.05,
        alone=0.0,
        propose=0.7,
        propose_tail=0.5,
        propose_frame=0.5,
        propose_head=0.5,
    ),
}

#: The distinct strong cuts a page dump must have shown before its frame counts: a README the labeller
#: reads as a page (badges, link lists) shows one or none.
FRAME_WITNESSES = 3
#: Protected kinds that protect nothing outside a page dump's frame: a menu repeated in the footer reads as
#: a refrain, a list of user names with their posts as a transcript, a row of times as stamps.
RELEASED_OUTSIDE_FRAME = frozenset({"verse", "transcript", "announced", "listed", "intro", "stamp", "code", "quote"})
assert tuple(DIALS) == FAVOR_CHOICES, "every setting of Config.favor needs a dial"


@dataclass(frozen=True, slots=True)
class Verdict:
    """A cut with its evidence kind, its line score, and whether the gate admits it (and why not)."""

    cut: Cut
    evidence: str
    score: float | None
    held: str = ""


def judge(
    doc: Document,
    cuts: Sequence[Cut],
    kinds: Sequence[str],
    *,
    dial: Dial,
    witnesses: int,
    trusted: bool = False,
    scores: Sequence[float | None] | None,
    admitted: int | None = None,
    exact_holds: bool = True,
    blind_needed: int | None = None,
) -> list[Verdict]:
    """Judge ``cuts`` (with their evidence ``kinds``) on ``doc``.

    ``witnesses`` counts the distinct cuts on strong evidence the document has
    shown so far (the pipeline counts them, held or not); ``trusted`` says one
    of them is page, site or plugin evidence. A phrase or form match needs a
    second witness in the balanced dial (``Dial.matched_witnesses``): one line matching a
    phrase or a form (``Share`` in a README's feature list, ``Written by`` in
    a man page) is a coincidence as often as it is chrome, so alone it cuts
    nothing. Page and site evidence (``widget``, ``site``, ``declared``) and
    plugins need no second witness.

    ``scores`` are the labeller's chrome scores aligned with ``doc.lines``
    (``None`` when the labeller does not run).

    Weak evidence needs the document to show chrome on strong evidence that
    the gate admitted: ``admitted`` counts the distinct strong cuts admitted so
    far (the pipeline counts them; ``None`` counts ``witnesses`` instead), and
    the strong cuts of ``cuts`` admitted here count too. A date line held back
    as a coincidence in a data dictionary says nothing about its first line.

    With ``exact_holds`` off, a weak cut held back for another reason is not also checked against protected
    content, and its ``held`` may name that other reason where it would name the protection: whether each cut
    is held is the same (protection only adds a reason to hold), but what is protected is worked out only when
    a weak cut would otherwise be admitted. The pipeline, which keeps no held verdict, judges so: on a page of
    short lines the labeller proposes most lines, and the dial holds them all for want of strong evidence.

    ``blind_needed`` is how many admitted strong cuts lift the veto of a labeller that reads the page blind
    (:func:`reads_blind`; :data:`BLIND_WITNESSES` when not given, :func:`veto_witnesses` from the pipeline).
    """
    if not cuts:
        return []
    starts = doc.line_starts
    weak_present = exact_holds and any(kind in WEAK for kind in kinds)
    protected: Mapping[int, str] | None = protected_lines(doc) if weak_present else None
    out: list[Verdict | None] = []
    verdict = _verdict
    weak: list[tuple[int, Cut, str, int, int, float | None]] = []
    strong_here: set[str] = set()
    tail_after: int | None = None  # where the article ends: found once, when a proposal of the labeller asks
    head_before: int | None = None  # where it starts: the same
    frame: tuple[int, int] | bool | None = False  # a page dump's article frame: found once, when asked
    for cut, kind in zip(cuts, kinds, strict=True):
        if kind == FORMAT:
            out.append(verdict(cut, kind, None, ""))
            continue
        first, last = _touched(starts, cut)
        score = _score(scores, first, last)
        if kind in WEAK:
            if kind in _FRAMED:
                if frame is False:
                    shown_strong = witnesses if admitted is None else admitted
                    frame = _frame(doc, scores, dial) if shown_strong >= FRAME_WITNESSES else None
                if isinstance(frame, tuple) and (last < frame[0] or first > frame[1]):
                    weak.append((len(out), cut, kind + _OUTSIDE, first, last, score))
                    out.append(None)
                    continue
                if kind == "frame":
                    out.append(verdict(cut, kind, score, "not outside a page dump's article frame"))
                    continue
            if kind == "model" and dial.propose_tail is not None:
                if tail_after is None:
                    tail_after = _last_prose(doc)
                if first > tail_after or _between_cuts(doc, first, last):
                    kind = "model_tail"
                elif dial.propose_head is not None:
                    if head_before is None:
                        head_before = _first_prose(doc) if _has_head(doc) else -1
                    if last < head_before and _in_head(doc, first, last, head_before):
                        kind = "model_head"
                if kind == "model" and dial.propose_long is not None and _long_line(doc, first, last):
                    kind = "model_long"
            weak.append((len(out), cut, kind, first, last, score))
            out.append(None)  # judged below, once this batch's strong cuts are known
            continue
        if kind in MATCHED and _text_owns_match(doc, first, last):
            # A phrase or a form in a piece of a hard-wrapped paragraph is part of a sentence, not a line;
            # in a line of markup it is the document's syntax; under a sentence announcing it, or as a
            # definition's term, it is the document's own.
            out.append(verdict(cut, kind, score, _HELD_MATCHED))
            continue
        if (
            kind in MATCHED
            and not trusted
            and score is not None
            and score < dial.matched_score
            # A line read as clearly content witnesses nothing for the others, but it counts for itself.
            and witnesses + (score < WITNESS_SCORE) < dial.matched_witnesses
        ):
            # Unscored (a text of a few lines, or no labeller): the match stands on its own, as it used to.
            held = "a single matched line: strong evidence needs a second one in the document"
        else:
            held = ""
            strong_here.add(doc.text[cut.start : cut.end])
        out.append(verdict(cut, kind, score, held))
    shown_strong = witnesses if admitted is None else admitted + len(strong_here)
    shown = trusted or shown_strong >= dial.weak_witnesses
    # The labeller's content score vetoes weak cuts, unless it reads the page blind (see reads_blind).
    veto = not weak or not reads_blind(scores, shown_strong, BLIND_WITNESSES if blind_needed is None else blind_needed)
    released: Mapping[int, str] | None = None
    for at, cut, kind, first, last, score in weak:
        held = "" if exact_holds else _weak_held(doc, kind, first, last, _NOTHING, _NOTHING, dial, shown, score, veto)
        if not held:
            if protected is None:
                protected = protected_lines(doc)
            if released is None and kind.endswith(_OUTSIDE):
                released = _released(doc, protected)
            held = _weak_held(doc, kind, first, last, protected, released or _NOTHING, dial, shown, score, veto)
        out[at] = verdict(cut, "model" if kind in _PLACED_MODEL else kind.removesuffix(_OUTSIDE), score, held)
    return [v for v in out if v is not None]


def _between_cuts(doc: Document, first: int, last: int) -> bool:
    """Whether earlier cleaners cut the lines right above line ``first`` and right below line ``last``.

    Chrome comes in blocks: a line the labeller reads as chrome between two lines the rules cut (a user name
    between a forum's reply button and its post counter, "4 posty • Strona 1 z 1" between a thread's title and
    its reply button) stands where the page's own text is rare, as after its last paragraph.
    """
    lines = doc.lines
    if last + 1 >= len(lines) or lines[last].text.endswith((":", "：")):
        # A line ending in a colon heads what follows it: a guide's "Osoby niewidome, słabowidzące:" over its
        # advice stood between two of a page's widgets, which an image and a button left there.
        return False
    # An earlier cleaner's cut (formatting aside) at the start of the line, and at the start of the next.
    return bool(prior_reasons(doc, lines[first])) and bool(prior_reasons(doc, lines[last + 1]))


#: No protected line (what a weak cut is first judged against when the exact reason is not asked for).
_NOTHING: Mapping[int, str] = MappingProxyType({})


def _weak_held(
    doc: Document,
    kind: str,
    first: int,
    last: int,
    protected: Mapping[int, str],
    released: Mapping[int, str],
    dial: Dial,
    shown: bool,
    score: float | None,
    veto: bool,
) -> str:
    """Why :func:`judge` holds back a weak cut of ``kind`` (as queued there) on lines ``first`` to ``last``.

    ``protected`` is what the view protects, ``released`` the same outside a page dump's frame.
    """
    if kind.endswith(_OUTSIDE):
        return _held("model", first, last, released, dial, shown, score, bar=dial.propose_frame)
    if kind == "model_tail":
        return _held("model", first, last, protected, dial, shown, score, bar=dial.propose_tail)
    if kind == "model_head":
        return _held("model", first, last, protected, dial, shown, score, bar=dial.propose_head)
    if kind == "model_long":
        return _held("model", first, last, protected, dial, shown, score, bar=dial.propose_long)
    seen = _as_headline(doc, first, last, protected) if kind == "headline" else protected
    return _held(kind, first, last, seen, dial, shown, score if veto else None)


#: Protected kinds where a phrase or a form is a coincidence: a piece of a hard-wrapped paragraph's sentence,
#: a line of a document's markup (".. contents::", "[CommonJS]: modules.md"), a line a sentence of the text
#: announces ("… à condition d'indiquer le crédit suivant :" over "Crédit photo : Mireille Kandé").
HOLDS_MATCHED = frozenset({"wrapped", "markup", "announced", "listed", "term"})
_HELD_MATCHED = "inside a hard-wrapped paragraph, markup, an announced run or a definition list"


def _text_owns_match(doc: Document, first: int, last: int) -> bool:
    """Whether a phrase or a form on lines ``first`` to ``last`` is the text's own (``HOLDS_MATCHED``).

    The lines lie in a hard-wrapped paragraph, in markup, right under a sentence announcing them, or are a
    definition list's terms: kinds of protection a phrase or a form does not cut through.
    """
    if not may_hold_matched(doc) and not _colon_above(doc, first) and not _over_a_sentence(doc, first, last):
        return False
    protected = protected_lines(doc)
    if not protected:
        return False
    touched = [i for i in range(first, min(last + 1, len(doc.lines))) if doc.lines[i].text]
    return bool(touched) and all(_holds_matched(doc, protected, i) for i in touched)


def _holds_matched(doc: Document, protected: Mapping[int, str], i: int) -> bool:
    """Whether a phrase or a form on line ``i`` is the text's own (``HOLDS_MATCHED``).

    Of an announced run, only the line right under the sentence announcing it: "… indiquer le crédit suivant :"
    over "Crédit photo : …". Lines further down may be the page's again (a promotion glued to a later line).
    """
    kind = protected.get(i)
    if kind != "announced":
        return kind in HOLDS_MATCHED
    return _kind_above(doc, protected, i) == "intro"


def _kind_above(doc: Document, protected: Mapping[int, str], i: int) -> str | None:
    """What protects the nearest line above line ``i`` that is not blank (``None``: nothing, or no such line)."""
    above = next((k for k in range(i - 1, -1, -1) if doc.lines[k].text), None)
    return None if above is None else protected.get(above)


def _colon_above(doc: Document, first: int) -> bool:
    """Whether a sentence ending in a colon stands over line ``first``, short lines between: it may announce it.

    A quick test before protection is read ("Share this:" or "Tags:" announces nothing: a few words at most).
    A sentence announces a list of several lines ("… shows these buttons, in this order:" over "Share",
    "Print", "Login"): the test looks up over ``MAX_ANNOUNCED`` short lines.
    """
    seen = 0
    for line in reversed(doc.lines[max(0, first - 2 * MAX_ANNOUNCED) : first]):
        above = line.text
        if not above:
            continue
        if above.endswith(":"):
            return above.count(" ") >= MIN_ANNOUNCING_WORDS - 1
        seen += 1
        if seen >= MAX_ANNOUNCED or above.count(" ") >= MAX_LISTED_SPACES:
            return False
    return False


#: A line of a list holds a few words: one with more spaces than this is a sentence, and no list goes on above it.
MAX_LISTED_SPACES = 8


def _over_a_sentence(doc: Document, first: int, last: int) -> bool:
    """Whether line ``first``..``last`` may be a definition list's term: a quick test before protection is read.

    The next line with text ends a sentence (its definition), and a short line stands above the line before
    it or below the one after (the term before or after it).
    """
    before = [line.text for line in reversed(doc.lines[max(0, first - 6) : first]) if line.text][:2]
    after = [line.text for line in doc.lines[last + 1 : last + 7] if line.text][:2]
    if not after or after[0][-1:] not in ".!?。":
        return False
    return any(len(near) > 1 and len(near[1]) <= MAX_TERM_CHARS for near in (after, before))


#: The labeller's own proposals as :func:`judge` queues them after the article's end or before its start, or on
#: one long line of the body.
_PLACED_MODEL = frozenset({"model_tail", "model_head", "model_long"})

#: A line of this many words or more is a long one for ``Dial.propose_long``.
LONG_LINE_WORDS = 12


def _long_line(doc: Document, first: int, last: int) -> bool:
    """Whether the proposal covers one long line (``LONG_LINE_WORDS`` words between spaces) and no colon ends it.

    Not a line of a hard-wrapped paragraph (one that opens in small letters, or runs on into one that does), nor a
    Markdown line in emphasis, nor a table's row, nor a paragraph a paywall cut off in mid-sentence
    (:func:`~boilerstrip.rules.shapes.cut_off_paragraph`: the labeller reads a line with no full stop over the
    paywall's prompts as one of them).

    >>> pitch = Document("Sign up for our weekly letter and get the best of the week in your inbox every Friday.")
    >>> advice = Document("Civil protection repeats these pieces of advice for as long as the warning lasts:")
    >>> _long_line(pitch, 0, 0), _long_line(advice, 0, 0)
    (True, False)
    """
    text = doc.lines[first].text.rstrip()
    # Words between spaces: a line of a script written without them ("；7月6日及7月8日分别参与…", a hard-wrapped
    # paragraph of a Chinese biography) counts as short, whatever its length.
    if first != last or text.endswith((":", "：")) or len(text.split()) < LONG_LINE_WORDS or text[:1].islower():
        return False
    if text.startswith(("_", "*")) or "|" in text or cut_off_paragraph(text):
        # A Markdown note in emphasis ("_Note: When mixing … may return an error_"), a table's row as extractors
        # write it ("Raining on Day 23 | Time | Location |"): a document's own.
        return False
    # A hard-wrapped paragraph's line (a README's, a man page's) runs on into a line that opens in small letters.
    following = next((line.text for line in doc.lines[last + 1 :] if line.text.strip()), "")
    return not following.lstrip()[:1].islower()


#: The labeller's evidence kinds whose bar and protection change outside a page dump's frame.
_FRAMED = frozenset({"model", "frame"})
_OUTSIDE = "_outside_frame"


def _frame(doc: Document, scores: Sequence[float | None] | None, dial: Dial) -> tuple[int, int] | None:
    """The article frame of a page dump (:func:`boilerstrip.rules.frame.dump_frame`), when the dial uses one."""
    if dial.propose_frame is None or scores is None:
        return None
    return dump_frame(doc, scores)


def _released(doc: Document, protected: Mapping[int, str]) -> dict[int, str]:
    """``protected`` without the kinds of ``RELEASED_OUTSIDE_FRAME``, except lines the HTML page marks as content.

    >>> _released(Document(chr(10).join("abc")), {0: "verse", 1: "table", 2: "code"})
    {1: 'table'}
    """
    page = doc.page.content_lines if doc.page is not None else {}
    return {
        i: kind
        for i, kind in protected.items()
        if kind not in RELEASED_OUTSIDE_FRAME or (page and content_key(doc.lines[i].text) in page)
    }


def block_of(doc: Document, cut: Cut, blocks: Sequence[tuple[frozenset[str], str]]) -> str:
    """What the gate says of ``cut`` lying in one of ``blocks``, or ``""`` when it lies in none.

    ``blocks`` pairs the :func:`~boilerstrip.protect.content_key` of the lines of blocks the source's layout
    marks as the author's own with what the gate says when it holds a cut there: the source's indented blocks
    (:func:`~boilerstrip.protect.indented_keys`) and a record file's records
    (:func:`~boilerstrip.protect.record_keys`).
    """
    return next((why for keys, why in blocks if in_block(doc, cut, keys)), "")


#: What the gate says of a phrase or a form it holds in a table whose columns tabs set.
TAB_TABLE_HELD = "protected table of tab-set columns"


#: Evidence a tab-set table's row does not yield to: a phrase or a form in a cell, and a copy of a row (the
#: table's header repeated over each of its sections).
_TAB_TABLE_HOLDS = MATCHED | {"copy"}


def hold_in_tab_table(doc: Document, verdict: Verdict, keys: frozenset[str]) -> Verdict:
    r"""``verdict``, held back when it rests on a phrase, a form or a copy and lies in a tab-set table (``keys``).

    Such a row's cell is the document's word with its figure ("share<TAB>64" in a tally of tags), and a
    copy of a row is the table's header repeated over a section. Other evidence is judged as anywhere: a
    wiki's infobox, tab-set in a page's text, still goes on the labeller's.

    >>> doc = Document("share\tblue\nprint\tred")
    >>> v = Verdict(Cut(0, 11, "share_buttons"), "phrase", 0.9)
    >>> hold_in_tab_table(doc, v, frozenset({"shareblue"})).held
    'protected table of tab-set columns'
    """
    if verdict.held or verdict.evidence not in _TAB_TABLE_HOLDS or not in_block(doc, verdict.cut, keys):
        return verdict
    return _verdict(verdict.cut, verdict.evidence, verdict.score, TAB_TABLE_HELD)


def hold_in_blocks(verdict: Verdict, why: str) -> Verdict:
    """``verdict``, held back for ``why`` (:func:`block_of` of its cut) when it rests on a phrase, form or shape.

    Page, site and plugin evidence still cut in a block of the author's layout: they name the chrome from
    outside the text.
    """
    if not why or verdict.held or (verdict.evidence not in MATCHED and verdict.evidence not in WEAK):
        return verdict
    return _verdict(verdict.cut, verdict.evidence, verdict.score, why)


def in_block(doc: Document, cut: Cut, keys: frozenset[str]) -> bool:
    r"""Whether every line ``cut`` touches (blank lines aside) is one of ``keys`` (content keys of a block's lines).

    Only a cut lying wholly in the block counts: one reaching past it (a comment thread whose replies are
    indented) is judged as before.

    >>> doc = Document("Menu items:\nTags\nShare")
    >>> in_block(doc, Cut(12, 16, "x"), frozenset({"tags"})), in_block(doc, Cut(12, 22, "x"), frozenset({"tags"}))
    (True, False)
    """
    if not keys:
        return False
    first, last = _touched(doc.line_starts, cut)
    touched = [doc.lines[i].text for i in range(first, min(last + 1, len(doc.lines)))]
    # A line without letters or digits ("┌───") is keyed by itself (boilerstrip.source_blocks).
    return all((content_key(line) or line.strip()) in keys for line in touched if line.strip())


#: The fewest distinct lines a text without page or site evidence must show chrome on, on strong evidence,
#: to be cleaned on that evidence alone.
THIN_CHROME = 3
#: In a long text, the share of its lines that may show such evidence instead, when that is more: a changelog of
#: seven hundred lines where eight entries open with "watch:" or "related:" shows a coincidence per hundred
#: lines, a page (on the development sets) one line in twenty or more.
THIN_STRONG_SHARE = 0.02
#: The labeller's score at which a line reads as clearly chrome, and how many such lines stand in for the
#: strong evidence a text lacks.
THIN_LABELLED_SCORE = 0.9
THIN_LABELLED = 5
#: In a long text, the share of its lines that must read as clearly chrome instead, when that is more: a
#: licence file of a thousand lines holds a few dozen copyright and separator lines the labeller reads as a
#: footer's, and a page's chrome is a fair share of its lines.
THIN_LABELLED_SHARE = 0.08
#: The fewest content lines a text needs for the test: in a snippet of a few lines, two lines on strong
#: evidence are much of the text, and a document (a README, a policy, a manual) runs longer.
THIN_MIN_LINES = 12
#: Reasons of strong cuts whose lines a document of its own prints too, as its own text: its section
#: headings ("Contents", "Comments", "See also", "Related articles", "Tags:"), its dates ("Updated: 30
#: November"), its sources ("Source: https://…"), its copyright ("© 2026 the contributors"), a privacy
#: policy's words on cookies, "Share" among an app's features, the author line under a walkthrough's or an
#: essay's title ("Written by Hollis Brack"), a list of its users under their user names with their post counts.
#: Only such lines can be the coincidence of a text without chrome;
#: an ad marker, a log-in or subscribe prompt, a player, a photo credit or a dateline is a site's (or its
#: newsroom's), and one of them is chrome enough.
DOCUMENT_OWN = frozenset(
    {
        "navigation",
        "comment_ui",
        "read_also",
        "related_header",
        "related_headline",
        "tag_list",
        "share_buttons",
        "cookie_notice",
        "legal_footer",
        "date_line",
        "source_line",
        "contents_entry",
        "footnote",
        "byline",
        "issuer_box",
        "press_contact",
        "member_box",
    }
)


def thin_chrome(
    dial: Dial,
    strong_admitted: Set[tuple[str, str, str]],
    scores: Mapping[str, float] | None,
    *,
    trusted: bool,
    owned: Callable[[], Set[str]] | None = None,
) -> bool:
    """Whether a run that admitted the strong cuts ``strong_admitted`` (cleaner, reason, text) showed too little chrome.

    Chrome comes in quantity: a site's header, share bar, credits and footer. A text where one or two lines
    matched a phrase or a form that a document prints of its own too (``DOCUMENT_OWN``), and the labeller
    (its first pass's ``scores``) reads few lines as clearly chrome, is a document with a coincidence in it:
    a README's "Comments" section, a club's privacy policy "Stand: 1. Dezember 2026", a licence's "© 2026"
    line. One line that only a site prints (an ad marker, a prompt, a credit) is chrome enough. On the
    development sets, 359 of 365 pages with chrome showed three strong lines or more; of the other six, four
    had five lines or more the labeller reads as clearly chrome, and no chrome-free document that a phrase or
    a form touched had.

    A long text is held to shares instead of counts, when they are more: its strong lines may be up to
    ``THIN_STRONG_SHARE`` of its lines, and its lines read as clearly chrome must reach
    ``THIN_LABELLED_SHARE``. A changelog of seven hundred lines where eight entries open with "watch:", or a
    licence file of a thousand lines with forty copyright lines the labeller reads as a footer's, is a
    document; on the development sets every page showed strong lines on one line in twenty or more, and every
    page dump of the public pages with fewer had more than a tenth of its lines read as clearly chrome.

    ``owned`` gives the texts of the lines the first view protects (a table's rows, a transcript's turns, code):
    when the labeller's clearly-chrome lines would be enough, those are not counted. They are the document's own
    structure, which the labeller also reads as a page's rows ("Screen: Book record", "Severity: low" down a
    usability audit whose only strong line is its date).

    Only where the dial asks weak evidence for strong evidence elsewhere (``needs_strong``), for a text the
    labeller scored of ``THIN_MIN_LINES`` lines or more (in a few lines, two matches are much of the text:
    ``scores`` is ``None`` or short, and a match stands on its own), and with no page, site or plugin
    evidence (``trusted``): those name chrome from outside the text.

    >>> balanced = DIALS["balanced"]
    >>> one = {("ui_strings", "comment_ui", "Comments")}
    >>> readme = {f"line {i}": 0.2 for i in range(20)} | {"Comments": 0.95}
    >>> thin_chrome(balanced, one, readme, trusted=False), thin_chrome(balanced, one, readme, trusted=True)
    (True, False)
    >>> page = readme | {f"menu {i}": 0.95 for i in range(5)}
    >>> snippet = {f"line {i}": 0.2 for i in range(6)}
    >>> thin_chrome(balanced, one, page, trusted=False), thin_chrome(balanced, one, snippet, trusted=False)
    (False, False)
    >>> thin_chrome(balanced, set(), readme, trusted=False), thin_chrome(DIALS["clean"], one, readme, trusted=False)
    (False, False)
    >>> ad, read_as_content = {("ui_strings", "ad_marker", "Advertisement")}, readme | {"Advertisement": 0.05}
    >>> thin_chrome(balanced, ad, readme, trusted=False), thin_chrome(balanced, ad, read_as_content, trusted=False)
    (False, True)
    """
    if trusted or not dial.needs_strong or scores is None or len(scores) < THIN_MIN_LINES:
        return False
    # An ad marker, a prompt, a credit: what only a site prints, unless the labeller reads its line as clearly
    # content ("bild: wetterkarte:latest", a key of a configuration file, matches a credit's label).
    if any(
        reason not in DOCUMENT_OWN and scores.get(text, 1.0) >= WITNESS_SCORE for _, reason, text in strong_admitted
    ):
        return False
    lines = {text for _, _, text in strong_admitted}
    if not 0 < len(lines) < max(THIN_CHROME, THIN_STRONG_SHARE * len(scores)):
        return False
    # The strong lines count once: a date line the labeller reads as chrome too is one line of evidence, not two.
    labelled = [text for text, score in scores.items() if score >= THIN_LABELLED_SCORE and text not in lines]
    bar = max(THIN_LABELLED, THIN_LABELLED_SHARE * len(scores))
    if len(labelled) >= bar and owned is not None:
        # A line the document's own structure holds (a row of its table, a turn of its transcript, a line of its
        # code) is no chrome the labeller saw: a usability audit's "Screen: Book record" and "Severity: low" rows.
        mine = owned()
        labelled = [text for text in labelled if text not in mine]
    return len(labelled) < bar


def witnesses_chrome(doc: Document, cut: Cut, scores: Sequence[float | None] | None) -> bool:
    """Whether a strong cut's line may witness chrome for others: unscored, or scored ``WITNESS_SCORE`` or more.

    A cut inside a hard-wrapped paragraph, markup, an announced run or a definition list witnesses nothing: a
    phrase or a form there is part of the document's own text (the gate holds such a match).
    """
    first, last = _touched(doc.line_starts, cut)
    if _text_owns_match(doc, first, last):
        return False
    return clears_witness_score(doc, cut, scores)


def clears_witness_score(doc: Document, cut: Cut, scores: Sequence[float | None] | None) -> bool:
    """The score half of :func:`witnesses_chrome`: unscored, or the cut's line scored ``WITNESS_SCORE`` or more."""
    if scores is None:
        return True
    first, last = _touched(doc.line_starts, cut)
    score = _score(scores, first, last)
    return score is None or score >= WITNESS_SCORE


_SET_CUT, _SET_EVIDENCE, _SET_SCORE, _SET_HELD = (
    getattr(Verdict, name).__set__ for name in ("cut", "evidence", "score", "held")
)


def _verdict(cut: Cut, evidence: str, score: float | None, held: str) -> Verdict:
    """``Verdict(cut, evidence, score, held)`` through the slot descriptors, at half the cost.

    The gate makes one per proposed cut, and the line labeller proposes a cut on most lines of a
    page of short lines (see ``document.new_line`` for the same idea).

    >>> c = Cut(0, 4, "x")
    >>> _verdict(c, "shape", 0.5, "") == Verdict(c, "shape", 0.5)
    True
    """
    v: Verdict = object.__new__(Verdict)
    _SET_CUT(v, cut)
    _SET_EVIDENCE(v, evidence)
    _SET_SCORE(v, score)
    _SET_HELD(v, held)
    return v


#: A labeller that scores no line of a page this high while the page shows chrome on strong evidence on
#: ``BLIND_WITNESSES`` distinct lines or more reads the page blind: its document features say "chrome-free text"
#: (few interface lines of the lexicon, a layout it never trained on) against the rules' evidence. On the
#: development sets the pages this lifts the veto on (a Portuguese recipe blog, a Swiss regional portal, a
#: Chinese forum, a Japanese Q&A site) scored 0.05-0.14 at most; pages the labeller reads score 0.5 or more
#: somewhere. The bar sits between the two (0.15 until session seventeen, when a press-release portal scoring
#: its breadcrumb 0.27 and no other line over 0.1 kept its menu, credit, share row and related list, each
#: held as "a single matched line"). Five strong lines, not three: a page showing four kept an article's
#: closing "Weiterführender Link" heading only through the veto (the trafilatura benchmark's uepo.de page). A
#: page in a language the lexicon lacks altogether shows no strong line at all: the rule cannot help it (the
#: lexicon must).
BLIND_MAX_SCORE = 0.3
BLIND_WITNESSES = 5
#: On such a page the strong lines witness each other whatever their scores (the pipeline's ``strong_seen``) when
#: they come from this many kinds of evidence (cleaner and reason): one form repeated down a document (a
#: changelog's version headings, a contract's clause titles) is the document's own structure.
BLIND_REASONS = 3


#: Fewer strong lines do, when one of them is of a kind only a site prints (a photo credit, an ad marker, a
#: prompt: a reason outside ``DOCUMENT_OWN``): a Swedish obituary page showed its photo credit, its date line and
#: its publisher's line, and nothing else the rules know.
BLIND_SITE_WITNESSES = 3


#: Reasons that name parts of one structure: a list's heading and its entries are one kind of evidence.
_SAME_KIND = {"related_header": "related_headline"}


def blind_kinds(strong: Iterable[tuple[str, str, str]]) -> int:
    """How many kinds of evidence (cleaner and reason) the strong lines ``strong`` (cleaner, reason, text) show.

    A list's heading and its entries count as one kind: a changelog's "Änderungen" over its dated entries is one
    structure of the document, as thirty version headings are, and with the document's "Stand:" date line it made
    three kinds on a network closet's port map that the labeller read as clearly content throughout.

    >>> blind_kinds([("r", "related_header", "Changes"), ("r", "related_headline", "03.02.2026 - Port 11")])
    1
    >>> blind_kinds([("m", "date_line", "Stand: 12.06.2026"), ("r", "related_headline", "03.02.2026 - Port 11")])
    2
    """
    return len({(name, _SAME_KIND.get(reason, reason)) for name, reason, _ in strong})


def blind_witnesses(reasons: Iterable[str], site_shaped: Callable[[], bool] | None = None) -> int:
    """How many strong lines a page the labeller reads blind must show, given their ``reasons``.

    ``site_shaped`` says (asked only when the reasons alone do not) whether the text shows a site's structure of
    its own, which a document does not print: a breadcrumb trail its menu lines echo (``rules.menu_trail``). A
    Norwegian housing cooperative's notice page showed its home link, its date line and its copyright line, and a
    trail "Forsiden › Oppslag" under a menu holding both links.

    >>> blind_witnesses(["date_line", "legal_footer"]), blind_witnesses(["date_line", "credit_line"])
    (5, 3)
    >>> blind_witnesses(["date_line", "legal_footer"], site_shaped=lambda: True)
    3
    """
    if any(reason not in DOCUMENT_OWN for reason in reasons):
        return BLIND_SITE_WITNESSES
    return BLIND_SITE_WITNESSES if site_shaped is not None and site_shaped() else BLIND_WITNESSES


def veto_witnesses(reasons: Iterable[str], site_shaped: Callable[[], bool] | None = None) -> int:
    """How many admitted strong cuts, of these ``reasons``, lift the veto of a labeller reading the page blind.

    The same count that lets a blind page's strong lines witness each other (:func:`blind_witnesses`, with
    ``site_shaped``), once they are of :data:`BLIND_REASONS` kinds or more: a Swedish obituary page's credit, date
    line and publisher's line were admitted, and its masthead, menu and section labels were still held because the
    labeller, which scored every line of it under 0.11, read them as content. Fewer kinds need five.

    >>> veto_witnesses(["credit_line", "date_line", "editor_line"]), veto_witnesses(["credit_line", "date_line"])
    (3, 5)
    >>> veto_witnesses(["date_line", "tag_list", "legal_footer"])
    5
    >>> veto_witnesses(["date_line", "navigation", "legal_footer"], site_shaped=lambda: True)
    3
    """
    kinds = set(reasons)
    return blind_witnesses(kinds, site_shaped) if len(kinds) >= BLIND_REASONS else BLIND_WITNESSES


def reads_blind(scores: Sequence[float | None] | None, shown_strong: int, needed: int = BLIND_WITNESSES) -> bool:
    """Whether the labeller's ``scores`` of a page that showed ``shown_strong`` strong cuts are blind to its chrome.

    Its content scores then veto nothing: the shapes the rules cut on (a breadcrumb, a menu row, a section
    label) still need the document's strong evidence and stay out of protected content. ``needed`` is how
    many strong cuts it takes (:func:`blind_witnesses`).

    >>> reads_blind([0.05, None, 0.1], 5), reads_blind([0.05, 0.6], 5), reads_blind([0.05, 0.1], 4)
    (True, False, False)
    >>> reads_blind([0.05, 0.1], 3, needed=BLIND_SITE_WITNESSES)
    True
    """
    if scores is None or shown_strong < needed:
        return False
    return all(s is None or s < BLIND_MAX_SCORE for s in scores)


def _touched(starts: list[int], cut: Cut) -> tuple[int, int]:
    """First and last index of the lines whose content ``cut`` overlaps (or the line it sits in, if empty)."""
    start = cut.start
    first = bisect_right(starts, start) - 1
    if first < 0:
        first = 0
    end = cut.end - 1
    last = bisect_right(starts, end if end > start else start) - 1
    return first, last if last > first else first


def _score(scores: Sequence[float | None] | None, first: int, last: int) -> float | None:
    """The highest score of the lines ``first`` to ``last`` (``None`` where none is scored)."""
    if scores is None:
        return None
    if first == last:  # most cuts lie in one line
        return scores[first] if first < len(scores) else None
    found = [s for i in range(first, last + 1) if i < len(scores) and (s := scores[i]) is not None]
    return max(found) if found else None


def _as_headline(doc: Document, first: int, last: int, protected: Mapping[int, str]) -> Mapping[int, str]:
    """``protected`` without the quotations on lines ``first`` to ``last`` that go on after the quote.

    A title chosen by the titles cleaner that opens with someone's words ("«El fang de la Bisbal té memòria»:
    parlem amb…", "„Három éve nem volt rendes akácmézünk” – egy méhész…") is the page's headline; a line that is
    a quotation and nothing more ("“妈妈，为什么还不能出去？”", the first line of a dialogue) stays protected.
    """
    led = {i for i in range(first, last + 1) if protected.get(i) == "quote" and quote_led(doc.lines[i].text)}
    # A headline holding a colon ("નવરાત્રી મહોત્સવ ૨૦૨૬: નવ દિવસ ગરબા અને આરતી") over an event's "Date:", "Time:" and
    # "Place:" rows reads as the first of those rows; the rows under it stay protected.
    led |= {i for i in range(first, last + 1) if protected.get(i) == "rows" and _headline_over_rows(doc, protected, i)}
    return {i: kind for i, kind in protected.items() if i not in led} if led else protected


#: The fewest words before a headline's colon: a row's label is a word ("Місце:", "Sexo:"), a headline's lead more.
_HEADLINE_LEAD_WORDS = 2


def _headline_over_rows(doc: Document, protected: Mapping[int, str], i: int) -> bool:
    r"""Whether line ``i``, first of a block of protected rows, is a headline with a colon rather than a row.

    Its lead before the colon holds two words or more and it holds no date ("የተለጠፈበት ቀን: ጥቅምት 5, 2019" is the
    page's date line, "Місце: …" a row with its one-word label).

    >>> from boilerstrip.document import Document
    >>> doc = Document("Navratri festival 2026: nine nights of garba\nDate: 11 October\nTime: 9 pm\nPlace: temple")
    >>> rows = {0: "rows", 1: "rows", 2: "rows", 3: "rows"}
    >>> _headline_over_rows(doc, rows, 0), _headline_over_rows(doc, rows, 1)
    (True, False)
    """
    if _kind_above(doc, protected, i) == "rows":
        return False
    text = doc.lines[i].text
    lead, colon, _ = text.partition(":")
    return bool(colon) and word_count(lead) >= _HEADLINE_LEAD_WORDS and find_date(text) is None


def _held(
    kind: str,
    first: int,
    last: int,
    protected: Mapping[int, str],
    dial: Dial,
    strong_seen: bool,
    score: float | None,
    bar: float | None = None,
) -> str:
    """Why a weak cut of the lines ``first`` to ``last`` is held back, or ``""`` to admit it.

    ``bar`` is the labeller's bar for its own proposals, if not ``dial.propose``.
    """
    if not dial.weak:
        return "favor=prose: weak evidence does not cut"
    hit = next((protected[i] for i in range(first, last + 1) if i in protected), None) if protected else None
    if hit is not None:
        return f"protected {hit}"
    propose = dial.propose if bar is None else bar
    if kind == "model" and (propose is None or score is None or score < propose):
        return "below the dial's bar for the labeller's own proposals"
    # A copy of a paragraph reads as content to the labeller because it is content, once, and a headline
    # because it is the article's own: the veto says nothing about the second copy or the title's place.
    if kind not in READS_AS_CONTENT and score is not None and score < dial.min_score:
        return f"labeller scores the line as content ({score:.2f})"
    if dial.needs_strong and not strong_seen and (score is None or score < dial.alone):
        return "no strong chrome evidence in the document"
    return ""


def holds_every_weak(dial: Dial, *, shown: bool, scores: Sequence[float | None] | None) -> bool:
    """Whether :func:`judge` holds back every weak cut on a view, whatever the cut, before any is proposed.

    ``shown`` is whether the document shows chrome on strong evidence for weak cuts (``trusted``, or
    ``Dial.weak_witnesses`` admitted strong cuts: what :func:`judge` computes as ``shown``, with no strong cut
    in the batch), ``scores`` the view's labeller scores. Every weak cut ends in :func:`_held`, whose first
    test holds it when the dial takes no weak evidence, and whose last holds it when the dial needs strong
    evidence, none is shown and its line's score (the highest of its lines, or ``None``) is under
    ``Dial.alone``: every earlier test only holds it sooner. The pipeline runs no cleaner whose cuts are all
    weak when this holds (``Pipeline._found``): its proposals would all be held, and held cuts leave no trace.

    >>> import math
    >>> balanced, prose, clean = DIALS["balanced"], DIALS["prose"], DIALS["clean"]
    >>> holds_every_weak(balanced, shown=False, scores=(0.99, None, 0.2))
    True
    >>> holds_every_weak(balanced, shown=True, scores=None), holds_every_weak(balanced, shown=False, scores=(math.nan,))
    (False, False)
    >>> holds_every_weak(prose, shown=True, scores=None), holds_every_weak(clean, shown=False, scores=None)
    (True, False)
    """
    if not dial.weak:
        return True
    if not dial.needs_strong or shown:
        return False
    alone = dial.alone
    # Written as "under the bar" (a NaN score is not): the test _held makes of the score it reads.
    return scores is None or all(s is None or s < alone for s in scores)


#: A line opening like an item of a list ("- open until 10 pm", "• Key point", "2) Register"): a story's summary
#: points stand above its first paragraph as a site's menu items do.
_ITEM_START = re.compile(r"(?:[-–•*·▪►]|\d{1,2}[.)])\s")
#: Closing marks of a line that speaks to the reader or announces what follows: a letter's greeting ("Hej allihop!",
#: "Bonsoir à tous,") and a heading's colon stand above a text's first paragraph on a page with no chrome.
_ADDRESS_ENDS = (",", "!", ":", "：", ";", "،", "！", "，")


def _in_head(doc: Document, first: int, last: int, head_before: int) -> bool:
    r"""Whether lines ``first`` to ``last`` may be the page's head, as a proposal of the labeller reads it.

    Not the line right above the first paragraph (its heading: "Episode notes", "Das Wichtigste in Kürze"),
    not a list's item, not a greeting or a line ending in a colon, not a row opening or closing on a bar.

    >>> doc = Document("Home | News\nEpisode notes\nThe council approved the school budget after a long debate.\n")
    >>> _in_head(doc, 0, 0, 2), _in_head(doc, 1, 1, 2)
    (True, False)
    """
    if not any(line.text for line in doc.lines[last + 1 : head_before]):
        return False  # nothing between the line and the first paragraph: the paragraph's heading
    text = doc.lines[last].text.rstrip()
    opening = doc.lines[first].text.lstrip()
    # A line opening or closing on a bar is a table's row as extractors write it, or a README's row of
    # reStructuredText badges ("|Logo| |Versions| |Build-Status|"): the document's markup, not a site's menu.
    return (
        not text.endswith((*_ADDRESS_ENDS, "|")) and not opening.startswith("|") and _ITEM_START.match(opening) is None
    )


#: The article below the head holds this many times the head's characters: a price list or a worksheet whose
#: first sentence comes late has no head of a page, it is its own text from the top.
HEAD_SHARE = 2


def _has_head(doc: Document) -> bool:
    r"""Whether ``doc`` reads as a page with a head above its article.

    Earlier cleaners cut something there, and the article below it is most of the text. A chrome-free
    document's title block has the head's shape, but the rules cut nothing in it; a coincidence they cut
    further down (a worksheet's vocabulary "Share", "Print") does not make its title a masthead.

    >>> from boilerstrip.types import PriorCut
    >>> page = "Home | News\nLocal\n" + "The council approved the school budget after a long debate.\n" * 3
    >>> cut = PriorCut(page.index("Local"), "ui_strings", "navigation")
    >>> _has_head(Document(page)), _has_head(Document(page, prior=(cut,)))
    (False, True)
    """
    start = first_prose(doc)
    if start is None:
        return False
    lines = doc.content
    head = sum(len(line.text) for line in lines[:start])
    if sum(len(line.text) for line in lines[start:]) < HEAD_SHARE * head:
        return False
    at = lines[start].index
    return any(i <= at and any(not p.formatting for p in cuts) for i, cuts in doc.removed_before_line.items())


def _first_prose(doc: Document) -> int:
    r"""``Line.index`` of the document's first line of prose (past the end when none): the article starts there.

    >>> doc = Document("Home | News\nLocal\nThe council approved the school budget after a long debate.\n")
    >>> _first_prose(doc), _first_prose(Document("Home\nNews\n"))
    (2, 2)
    """
    found = first_prose(doc)
    return doc.content[found].index if found is not None else len(doc.lines)


def _closing_sentence(text: str) -> bool:
    """A short sentence of two words or more, closed by its full stop: a review's verdict after its last paragraph.

    No digit, link or bar in it: "Tel. 0611 00 00 00." and "Foto: x.com/y." close no article.

    >>> _closing_sentence("Смотреть обязательно."), _closing_sentence("Tel. 0611 00 00 00."), _closing_sentence("Share")
    (True, False, False)
    """
    words = text.split()
    return 2 <= len(words) < 6 and ends_sentence(text) and not any(ch.isdigit() or ch in "@/|" for ch in text)


def _last_prose(doc: Document) -> int:
    r"""``Line.index`` of the document's last line of prose (past the end when none): the article ends there.

    A paragraph cut off in mid-sentence after it (a paywall's preview ends "… le vie sono scale e la sera") is the
    article's too: the article ends there, and the labeller's bar for the page's tail starts after it. So is a
    short sentence right after the last paragraph (:func:`_closing_sentence`: a review's "Worth the trip.").

    >>> _last_prose(Document("The council approved the budget after a long debate.\n"
    ...                      "It said the new school would open next year and that the old one would close in the "
    ...                      "spring when the\nSubscribe\n"))
    1
    """
    content = doc.content
    found = last_prose(doc)
    if found is None:
        return len(doc.lines)
    cut_off = next((i for i in range(len(content) - 1, found, -1) if cut_off_paragraph(content[i].text)), found)
    if cut_off + 1 < len(content) and _closing_sentence(content[cut_off + 1].text):
        cut_off += 1
    return content[cut_off].index
