"""An author box: the writer's name or an "About the author" header, then a short paragraph about the writer.

Sites and blogs close a story with a box about who wrote it::

    Ingrid Solheim
    Journalist i bladet. Skriver om skole, lesing og læremidler.

    Sobre a autora
    Carol é jornalista, mora em Curitiba e cultiva temperos desde 2025.

The paragraph is prose, so no shape rule can tell it from the story. What
gives it away is structure and two kinds of words:

* a header of the lexicon's ``[bio] headers`` ("About the author", "Über mich",
  "Chi sono") over a short paragraph: the header names the box (``phrase``
  evidence);
* a line that is only a person's name over a short paragraph that calls
  someone a journalist, reporter or critic (``[bio] roles``) or says they
  write about or cover something (``[bio] writes``) (``position`` evidence,
  which the gate weighs);
* a short paragraph that opens with the name of the article's own byline and
  says the same (``position`` evidence).

A story's profile of a reporter ("Anna Berg is a reporter who was detained…")
sits among the story's paragraphs under no name line, and names nobody of the
byline: it matches none of the three.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from functools import lru_cache

import regex

from boilerstrip.document import Line
from boilerstrip.guard import is_prose_line
from boilerstrip.rules.lexicon import load_lexicon, norm
from boilerstrip.rules.memo import memo
from boilerstrip.rules.shapes import prose_like, word_count
from boilerstrip.rules.wordlist import WordList
from boilerstrip.types import Cut, PriorCut, new_cut

#: A writer's paragraph in a box holds one to three sentences; a story's paragraph runs longer.
MAX_BIO_WORDS = 60
MAX_BIO_SENTENCES = 3
#: The longest header or name line of a box (characters): "About the author", "Johanna Berghofer".
MAX_HEAD_CHARS = 60
#: A short line between a header and the paragraph: a user name ("munteanca") or the writer's name.
MAX_NAME_WORDS = 3
_SENTENCE_END = regex.compile(r"[.!?。！？](?:\s|$)")


@lru_cache(maxsize=1)
def _cues() -> WordList:
    lex = load_lexicon()
    return WordList(lex.bio_roles | lex.bio_writes)


def _cued(text: str, *, first_only: bool = True) -> bool:
    """Whether the paragraph's first sentence (or any) calls someone a writer or says they write or cover something."""
    return _cues().found_in(_SENTENCE_END.split(text, maxsplit=1)[0] if first_only else text)


#: A paragraph introducing its writer by first name: "Elena, 41 anni, insegnante a Pescara."
_NAME_COMMA = regex.compile(r"^\p{Lu}[\p{L}\p{M}'’-]+,\s")


def _opens_with(text: str, names: Collection[str]) -> bool:
    """Whether ``text`` starts with one of ``names`` as whole words ("Dana Whitcomb covers …")."""
    folded = text.casefold()
    for name in names:
        key = name.casefold()
        if folded.startswith(key) and not folded[len(key) : len(key) + 1].isalnum():
            return True
    return False


def author_boxes(
    lines: Sequence[Line],
    removed: Mapping[int, list[PriorCut]],
    authors: Collection[str],
    names_of: Callable[[str], list[str]],
    start: int,
) -> list[Cut]:
    r"""The author boxes below the story's first paragraph, one ``author_bio`` cut each.

    ``removed`` maps a line's index to the earlier cuts before it;
    ``authors`` holds the byline's names; ``names_of`` tells the names of a
    line that is nothing but names (empty otherwise); lines before ``start``
    (the head, whose byline is the metadata rules' to take) are left alone.
    A box is one cut, from its name or header to its paragraph, so the gate
    admits or holds it whole: a name line never goes without its paragraph.
    A paragraph of prose right under the box means it is the story's own
    (a profile of a reporter, under the reporter's name): nothing is cut.

    >>> from boilerstrip.document import Document
    >>> story = "The council approved the budget on Tuesday after a long debate in the hall."
    >>> doc = Document(story + "\nIngrid Solheim\nJournalist i bladet. Skriver om skole og lesing.\nKommentarer")
    >>> names = lambda t: [t] if t == "Ingrid Solheim" else []
    >>> [(c.reason, c.evidence, doc.text[c.start : c.end]) for c in author_boxes(doc.content, {}, (), names, 0)]
    [('author_bio', 'position', 'Ingrid Solheim\nJournalist i bladet. Skriver om skole og lesing.\n')]
    >>> doc = Document(story + "\nIngrid Solheim\nIngrid Solheim is a reporter who was detained in March.\n" + story)
    >>> author_boxes(doc.content, {}, (), names, 0)
    []
    """
    lex = load_lexicon()
    out: list[Cut] = []
    seen_prose = False
    k = max(start, 0)
    while k < len(lines):
        text = lines[k].text
        if not seen_prose:
            seen_prose = is_prose_line(text)
            k += 1
            continue
        box: list[int] = []
        evidence = "position"
        # A header or a name is a short line: most lines are paragraphs, and their text is not looked up.
        short = len(text) <= MAX_HEAD_CHARS
        if short and norm(text) in lex.bio_headers:
            box, evidence = _under_header(lines, k), "phrase"
        elif short and k + 1 < len(lines) and _bio(lines[k + 1].text):
            names = names_of(text)
            if names and (_cued(lines[k + 1].text) or _opens_with(lines[k + 1].text, names)):
                box = [k, k + 1]
        if not box and authors and _opens_with(text, authors) and _bio(text) and _cued(text):
            box = [k]
        if box and _ends_box(lines, box[-1], removed):
            out.append(new_cut(lines[box[0]].raw_start, lines[box[-1]].next_start, "author_bio", evidence=evidence))
            k = box[-1] + 1
            continue
        k += 1
    return out


def head_bio(
    lines: Sequence[Line], removed: Mapping[int, list[PriorCut]], start: int, authors: Collection[str]
) -> list[Cut]:
    r"""The writer's one-line bio right under a byline an earlier cleaner cut, above the story: ``author_bio``.

    An opinion column prints its writer's name, then who she is ("Writer and academic; she writes weekly for
    the paper."), then the date. The line must read like a box's paragraph (:func:`_bio`), call someone a
    writer or say they write in its first sentence (:func:`_cued`), open with the writer's name (``authors``)
    or with a role ("Writer and academic"), and be closed like a box (by a line that is no prose, or a cut):
    a story's lead about a reporter names its own subject first ("A press freedom group gave its award to
    a reporter who…").

    >>> from boilerstrip.document import Document
    >>> view = "Writer and teacher; she writes on schools every Friday.\n2 May 2026\nThe council met on Monday."
    >>> byline = PriorCut(0, "metadata_lines", "byline")  # "By Dana Whitcomb" stood above, cut
    >>> doc = Document(view, prior=(byline,))
    >>> [doc.text[c.start : c.end] for c in head_bio(doc.content, doc.removed_before_line, 0, ["Dana Whitcomb"])]
    ['Writer and teacher; she writes on schools every Friday.\n']
    >>> lead = "A press group gave its award to a reporter who writes from prison.\n2 May 2026\nThe council met."
    >>> head_bio(Document(lead, prior=(byline,)).content, {0: [byline]}, 0, ["Dana Whitcomb"])
    []
    """
    out: list[Cut] = []
    for k, line in enumerate(lines[: start + 1]):
        if not any(p.reason == "byline" for p in removed.get(line.index, ())):
            continue
        text = line.text
        if not (_bio(text) and _cued(text) and k + 1 < len(lines) and _ends_box(lines, k, removed)):
            continue
        if _opens_with(text, authors) or _first_word(text) in load_lexicon().bio_roles:
            out.append(new_cut(line.raw_start, line.next_start, "author_bio", evidence="position"))
    return out


def _first_word(text: str) -> str:
    """The first word of ``text``, casefolded, without the punctuation around it."""
    words = text.split(None, 1)
    return (words[0] if words else "").strip(".,;:!?()\"'«»“”،").casefold()


@memo
def _bio(text: str) -> bool:
    """A paragraph about a writer: one to three sentences, four to ``MAX_BIO_WORDS`` words (cached per text)."""
    return 4 <= word_count(text) <= MAX_BIO_WORDS and len(_SENTENCE_END.findall(text)) <= MAX_BIO_SENTENCES


def _ends_box(lines: Sequence[Line], last: int, removed: Mapping[int, list[PriorCut]]) -> bool:
    """Whether the line after ``last`` closes a box: the end, a line that is not prose, or an earlier cut.

    ``removed`` is :attr:`Document.removed_before_line`: a link to the writer's page or a date line cut by
    an earlier cleaner closed the box, whatever prose the cut brought up under it.
    """
    if last + 1 >= len(lines):
        return True
    after = lines[last + 1]
    return not prose_like(after.text) or any(not p.formatting for p in removed.get(after.index, ()))


def _under_header(lines: Sequence[Line], k: int) -> list[int]:
    """Positions of the box under the header at ``k``: the header, a short name line if any, the paragraph."""
    box = [k]
    j = k + 1
    if j < len(lines) and word_count(lines[j].text) <= MAX_NAME_WORDS and not _SENTENCE_END.search(lines[j].text):
        box.append(j)
        j += 1
    if j >= len(lines) or not _bio(lines[j].text):
        return []
    # Under the header, the paragraph still speaks of a writer: a role or writing, the writer's name on the
    # line between, or a first name opening it. A header's phrase between two of the story's paragraphs
    # (a link to the author's page) does not make the next paragraph a bio.
    text = lines[j].text
    if len(box) == 1 and not _cued(text, first_only=False) and _NAME_COMMA.match(text) is None:
        return []
    return [*box, j]
