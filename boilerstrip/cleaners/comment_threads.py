"""comment_threads: a reader-comment section under an article, found by its structure.

Under a blog post or a news article, readers' comments come as blocks of the
same shape: a name, maybe a date, the comment, and the same button under each
("Reply", "Odpowiedz", "Svar", "Responder"). The comments are prose, so no
line test finds them; the structure does: a button repeated under two or more
short blocks, after a header that counts the comments ("2 komentarze",
"Kommentarer (2)"), below an article. The button row may show each comment's
likes and age ("Thích 54 · Trả lời · 2h trước"): its labels repeat, its
numbers do not. Where no button closes the blocks, each comment is signed the
same way (a user name such as "okur_1987", or a name with the date), and the
header must then say what follows: a comment phrase of the lexicon, or words
and a bare count. Where neither buttons nor one way of signing shows the blocks
(an earlier rule took the comments' date lines), a header of the lexicon's
comment phrases over a few short signed lines, closed by the page's next block,
is the section when the line labeller reads it as chrome. A forum thread has
the same blocks but no article above them, and its posts are the content: it
is left alone.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import accumulate, pairwise
from typing import ClassVar

import regex

from boilerstrip.document import Document, Line
from boilerstrip.guard import is_prose_line
from boilerstrip.labeller import chrome_scores
from boilerstrip.rules.dates import find_date, has_relative_stamp, has_time, strip_dates_and_times
from boilerstrip.rules.distinct import none_may
from boilerstrip.rules.kit import cut_line, prior_reasons
from boilerstrip.rules.lexicon import Lexicon, load_lexicon
from boilerstrip.rules.memo import memo
from boilerstrip.rules.pretest import engine_chars
from boilerstrip.rules.profiles import ROW_SEPARATOR, may_be_meta_row, repeated_meta_rows, row_parts
from boilerstrip.rules.shapes import ends_sentence, word_count
from boilerstrip.types import Cut

#: A comment block between two buttons holds a name, a date, a few lines of comment.
_MAX_BLOCK = 6
#: A header counts the comments: a short line with a number ("3 comentários", "Comments (12)").
#: The number stands apart: the "71" of a user name "GiorgioP_71" counts nothing.
_COUNT = regex.compile(r"(?<![\p{L}\p{N}_])\d{1,4}(?![\p{L}\p{N}_])")
_MAX_HEADER_WORDS = 4
#: No comment header ("Komentāri (2)", "Leave a comment") is longer than this.
_MAX_HEADER_CHARS = 60
_LEADING_COUNT = regex.compile(r"\d{1,4}\s+\p{L}")
#: How far above the first comment the header may stand (a log-in prompt may come between).
_HEADER_REACH = 3
#: Article prose above the thread: a forum page has none, its posts start at the top.
_MIN_ARTICLE_LINES = 3
_MAX_BUTTON_CHARS = 25
#: "Reply", "Svar", "Rispondi Segnala Mi piace": a row of up to four button words.
_MAX_BUTTON_WORDS = 4
#: The count a like button shows after its label ("Mi piace 14", "Like (3)").
_TRAILING_COUNT = regex.compile(r"\s+[(\[]?\d{1,5}[)\]]?$")
#: Characters of code and markup, which a button's label does not hold.
_CODE_MARKS = frozenset(":;{}[]<>=/\\#$@|`*_")
_MAX_NAME_WORDS = 5
_MAX_ROW_CHARS = 48
_MAX_ROW_PART_WORDS = 3
#: A comment's line without a full stop still says something in four words ("Great recipe thanks a lot").
_MIN_SAYING_WORDS = 4
#: Words and a count, either way round: "2 comentários", "Ý kiến (32)", "Yorumlar (2)".
_COUNTING_HEADER = regex.compile(r"(?:\(?\d{1,4}\)?\s+\p{L}[\p{L}\s]*|\p{L}[\p{L}\s]*\s\(?\d{1,4}\)?)$")
_MAX_HANDLE_CHARS = 30
#: The words of a comment's age after its writer's name: "2 saat önce", "hace 3 horas", "3 hours ago".
_AGE_WORDS = 3


def _counting_header(text: str) -> bool:
    r"""Whether _COUNTING_HEADER matches ``text``; both its forms hold a space (\s as the regex module reads it)."""
    return not engine_chars(r"\s").isdisjoint(text) and _COUNTING_HEADER.match(text) is not None


#: Marks no user name holds (a path, a key, code, a bracketed note).
_NOT_IN_HANDLE = frozenset(":;{}[]()<>=/\\#$|`*\"'")
_INITIAL_END = regex.compile(r"(?:^|\s)\p{Lu}\.$")
#: User names signing posts above a thread's header that make the page a forum thread.
_FORUM_WRITERS = 2
#: How far below a user name its post starts (a profile row and a quote header may come between).
_POST_REACH = 3
#: Scripts written without spaces between words.
_UNSPACED = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Thai}]")


def _button_label(text: str) -> str:
    """The label of a button row without the count it shows.

    Each comment's row shows its own count of likes, so the rows are the same only without it.

    >>> _button_label("Rispondi Segnala Mi piace 14"), _button_label("Reply Like (3)")
    ('Rispondi Segnala Mi piace', 'Reply Like')
    """
    # Asked of every line of every view: a line that does not end in a digit (or a digit and a closing
    # bracket) holds no count, and the search, which tries every run of spaces, is not needed.
    # (isdigit() holds for every character \d matches; a final line break, after which $ also matches, never
    # ends a line's text, but is sent to the search all the same.)
    last = text[-1:]
    if last in (")", "]"):
        last = text[-2:-1]
    if not last.isdigit() and not text.endswith("\n"):
        return text
    return str(_TRAILING_COUNT.sub("", text))


def _button_shaped(text: str) -> bool:
    """A short label with no digits and no sentence end: what a button under each comment says."""
    return (
        len(text) <= _MAX_BUTTON_CHARS  # first: most lines are longer, and the tests below read every character
        and sum(ch.isalpha() for ch in text) >= 2  # "..." closing each block of a code sample is no button
        and not text.startswith(".")
        and not any(ch in _CODE_MARKS for ch in text.rstrip(":"))  # nor is ".. code:: python"
        and word_count(text) <= _MAX_BUTTON_WORDS
        and not any(ch.isdigit() for ch in text)
        and not ends_sentence(text)
    )


def _name_shaped(text: str) -> bool:
    """Whether a line can open a comment block: it names the writer ("Ola pisze:", "Tone B., lektor").

    A question or a sentence there (an FAQ with "Back to top" under each answer) is not a comment block.
    A row ("Luis M. · hace 2 horas") is one when its first part is.

    >>> _name_shaped("Luis M. · hace 2 horas"), _name_shaped("How do I reset it?")
    (True, False)
    """
    if text.endswith("?"):
        return False
    if ROW_SEPARATOR.search(text) is not None:
        # "Luis M. · hace 2 horas", "löylynheittäjä · 29.11.2026 21:40": the name, then the post's age or date.
        first = ROW_SEPARATOR.split(text, maxsplit=1)[0].strip()
        if first and first != text:
            return _name_shaped(first)
    # "Le jardin de Paulo 25/11/2026 18:30": the stamp beside the name is not counted among its words.
    if word_count(text) > _MAX_NAME_WORDS and word_count(strip_dates_and_times(text)) > _MAX_NAME_WORDS:
        return False
    # "Arne K." ends in an initial's dot, "Marco T. ha detto..." in a verb's ellipsis: names, not sentences.
    return not ends_sentence(text) or _INITIAL_END.search(text) is not None or text.endswith(("...", "…"))


def _header(text: str) -> bool:
    if load_lexicon().line_reason(text) == "comment_ui":
        return True
    if ends_sentence(text) or _COUNT.search(text) is None:
        return False
    # "4 thoughts on “Growing garlic”": a count opening a longer line is a header too.
    if word_count(text) > _MAX_HEADER_WORDS and not (_LEADING_COUNT.match(text) and word_count(text) <= 15):
        return False
    return find_date(text) is None and not has_time(text)  # a comment's date line is no header


def _blocks_hold(lines: Sequence[Line], header: int, at: Sequence[int]) -> bool:
    """Whether the lines from ``header`` down to the buttons ``at`` are comment blocks."""
    if header + 1 >= at[0]:
        return False
    # Each block opens with its writer's name (the first may follow a log-in prompt and a sort bar) ...
    opens = [any(_name_shaped(lines[k].text) for k in range(header + 1, min(header + 1 + _HEADER_REACH, at[0])))]
    opens += [_name_shaped(lines[a + 1].text) for a in at[:-1]]
    # ... and says something in a sentence, which lines of verse between two refrains do not.
    says = [any(ends_sentence(ln.text) for ln in lines[a + 1 : b]) for a, b in pairwise([header, *at])]
    return all(opens) and all(says)


def _reaction_key(text: str) -> str | None:
    """The labels of a reaction row, without its counts and times, or None for another line.

    Under each comment some sites print one row of buttons with the comment's likes and age between them;
    the counts differ from row to row, the labels do not.

    >>> _reaction_key("Thích 54 · Trả lời · 2h trước"), _reaction_key("Нравится · Ответить · 2 ч.")
    ('thích · trả lời', 'нравится · ответить')
    >>> _reaction_key("👍 41 👎 5 · Odpovědět")
    'odpovědět'
    >>> _reaction_key("Heat the oven to 200 °C · stir · serve"), _reaction_key("Home | News")
    (None, 'home · news')
    """
    if len(text) > _MAX_ROW_CHARS or ROW_SEPARATOR.search(text) is None:
        return None
    parts = ROW_SEPARATOR.split(text)
    labels = []
    for part in parts:
        label = _button_label(part)
        # Words are counted with letters: "👍 41 👎 5" is a part of counts, not four words.
        words = sum(any(ch.isalpha() for ch in token) for token in part.split())
        if words > _MAX_ROW_PART_WORDS or any(ch in _CODE_MARKS for ch in part):
            return None
        if not any(ch.isdigit() for ch in label):
            if sum(ch.isalpha() for ch in label) < 2:
                return None
            labels.append(label.casefold())
    # Counts and ages may vary between rows; the labels may not, and they are most of the row.
    return " · ".join(labels) if len(labels) * 2 >= len(parts) else None


@memo
def _row_key(text: str) -> str | None:
    """What :func:`_thread` files a line under: a button's label (casefolded) or a reaction row's labels.

    Cached per text: every view of every pass asks it of every line.
    """
    label = _button_label(text)
    if _button_shaped(label):
        return label.casefold()
    return _reaction_key(text)


def _thread(lines: Sequence[Line]) -> tuple[int, int] | None:
    """The first and last index (in ``lines``) of a comment thread, or None."""
    seen: dict[str, list[int]] = defaultdict(list)
    for i, line in enumerate(lines):
        if (key := _row_key(line.text)) is not None:
            seen[key].append(i)
    best: tuple[int, int] | None = None
    for at in seen.values():
        if len(at) < 2 or any(b - a > _MAX_BLOCK + 1 for a, b in pairwise(at)):
            continue
        # The header stands a little above the first button (the first comment, maybe a log-in prompt);
        # a relative date ("2 days ago") may look like one, so each candidate is tried, nearest first.
        reach = range(at[0] - 1, max(at[0] - 1 - _MAX_BLOCK - _HEADER_REACH, -1), -1)
        header = next((h for h in reach if _header(lines[h].text) and _blocks_hold(lines, h, at)), None)
        if header is None:
            continue
        if not _under_article(lines, header):
            continue
        if best is None or header < best[0]:
            best = (header, at[-1])
    return best


def _may_row(text: str) -> bool:
    """Whether ``text`` is a line :func:`_thread` files under a key (a button or a reaction row): it needs two.

    >>> _may_row("Reply"), _may_row("The council met on Tuesday to approve the budget.")
    (True, False)
    """
    return _row_key(text) is not None


def _may_head(text: str) -> bool:
    """Whether ``text`` may head a signed, inline or headed thread (each needs a header line of this kind).

    The three look for a header of at most ``_MAX_HEADER_CHARS``: a comment phrase of the lexicon, or (signed
    threads) words and a count.

    >>> _may_head("2 comentários"), _may_head("Comments"), _may_head("w17")
    (True, True, False)
    """
    return len(text) <= _MAX_HEADER_CHARS and (
        _counting_header(text) or load_lexicon().line_reason(text) == "comment_ui"
    )


def _signature(text: str) -> str | None:
    """How a line signs a comment with no button under it: ``"handle"``, ``"stamp"`` or None.

    >>> [_signature(t) for t in ("okur_1987", "~Ela", "De Teresa a 23.11.2026 às 09:40", "28.11.2026, 15:20")]
    ['handle', 'handle', 'stamp', 'stamp']
    >>> [_signature(t) for t in ("Ayşe K. · 2 saat önce", "Jan Nowak · 3 godziny temu")]
    ['stamp', 'stamp']
    >>> [_signature(t) for t in ("Paris", "The vote is on 12.03.2026.", "Total: 4 items")]
    [None, None, None]
    """
    if ends_sentence(text) or len(text) > _MAX_BUTTON_CHARS * 2:
        return None
    if " " not in text:
        # A user name: one token with a user name's marks ("okur_1987", "lan.pham", "~Ela"), never a plain word.
        name = text.lstrip("~@")
        shaped = 2 <= len(name) <= _MAX_HANDLE_CHARS and any(ch.isalpha() for ch in name)
        marked = name != text or any(ch in "_." or ch.isdigit() for ch in name)
        return "handle" if shaped and marked and not any(ch in _NOT_IN_HANDLE for ch in name) else None
    # A date, not a clock time alone: "下午 02:26:26" in a changelog signs nothing.
    if find_date(text) is not None and word_count(strip_dates_and_times(text)) <= _MAX_NAME_WORDS:
        return "stamp"
    # A name with the comment's age ("Ayşe K. · 2 saat önce", "Marta · hace 3 horas"): a stamp counted back from now.
    if has_relative_stamp(text) and word_count(text) <= _MAX_NAME_WORDS + _AGE_WORDS:
        return "stamp"
    return None


def _under_article(lines: Sequence[Line], header: int) -> bool:
    """Whether a thread's ``header`` stands under an article: prose above it, and no forum's posts.

    A forum thread has the same blocks as a comment section, but its posts are the content.
    """
    return sum(is_prose_line(ln.text) for ln in lines[:header]) >= _MIN_ARTICLE_LINES and not _posts_above(
        lines, header
    )


def _posts_above(lines: Sequence[Line], header: int) -> bool:
    """Whether the text above ``header`` is itself posts signed by user names: a forum thread, not an article.

    An article has one byline, rarely a user name; a thread's first posts are signed like the replies under
    them, so two user names above the "header" (a like count under the first posts reads as one) make the
    page a thread, whose posts are the content, however long the first one is. A name counts when it signs
    a post: a line of prose follows within three lines (a profile row and a quote header may come between).
    Text in a script without spaces is left out: there any short line with a digit reads as a user name.

    >>> post = "I found an old scooter in my uncle's cellar and want to restore it this winter."
    >>> ls = Document(chr(10).join(["marco_bg", post, "Thanks (2)", "lucia.f", post, "Thanks (1)"])).content
    >>> _posts_above(ls, 5), _posts_above(ls, 2)
    (True, False)
    """
    writers = set()
    for i, line in enumerate(lines[:header]):
        text = line.text
        if _signature(text) != "handle" or _UNSPACED.search(text) is not None:
            continue
        if any(is_prose_line(ln.text) for ln in lines[i + 1 : min(i + 1 + _POST_REACH, header)]):
            writers.add(text)
    return len(writers) >= _FORUM_WRITERS


def _says(text: str) -> bool:
    """A line of a comment's body: a sentence, or words enough for one without its full stop."""
    return _signature(text) is None and (ends_sentence(text) or word_count(text) >= _MIN_SAYING_WORDS)


def _signed_blocks(lines: Sequence[Line], first: int) -> int | None:
    """The last index of two or more signed comments from ``first`` on, or None.

    Each comment is its signature (a user name or a name with a stamp, maybe a stamp on the next line) and one
    to four lines of what the reader says; every comment signs the same way.
    """
    kind = _signature(lines[first].text)
    at, blocks, last = first, 0, None
    while at < len(lines) and _signature(lines[at].text) == kind:
        body = at + 1
        if body < len(lines) and kind == "handle" and _signature(lines[body].text) == "stamp":
            body += 1  # "~Ela" over "28.11.2026, 15:20"
        end = body
        while end < len(lines) and end - body < _MAX_BLOCK - 2 and _says(lines[end].text):
            end += 1
        if end == body:
            break
        blocks, last, at = blocks + 1, end - 1, end
    return last if blocks >= 2 else None


def _signed_thread(lines: Sequence[Line]) -> tuple[int, int] | None:
    """A thread of comments with no button under each: a header, then signed comments (see ``_signed_blocks``)."""
    lex = load_lexicon()
    for header, line in enumerate(lines):
        # Without buttons to show the blocks' shape, the header must say what follows: a comment phrase of the
        # lexicon, or words and a bare count ("2 comentários", "Ý kiến (32)"), not any short line with a number.
        # (A header is short: longer lines are passed over before either test.)
        if len(line.text) > _MAX_HEADER_CHARS:
            continue
        if not (_counting_header(line.text) or lex.line_reason(line.text) == "comment_ui"):
            continue
        for first in range(header + 1, min(header + 1 + _HEADER_REACH, len(lines))):
            if _signature(lines[first].text) is None:
                continue
            last = _signed_blocks(lines, first)
            if last is not None and _under_article(lines, header):
                return header, last
            break
    return None


#: A comment on one line, its writer's name before a colon or a dash: "Гульнара: Наконец-то!", "Marc D. – Enfin !".
_INLINE_COMMENT = regex.compile(
    r"^(?:\p{Lu}|\p{Lo})[\p{L}\p{M}'’.\-]*(?:\s(?:\p{Lu}|\p{Lo})[\p{L}\p{M}'’.\-]*){0,2}"
    r"(?::|\s[–—-])\s+(?P<said>\S.*)$"
)


def _inline_comment(text: str) -> bool:
    """A reader's comment on one line after the name that signs it ("Sophie L. – Et le soir ?").

    >>> _inline_comment("Сергей К.: А с велосипедом пустят?"), _inline_comment("Marc D. – Enfin ! Le dimanche.")
    (True, True)
    >>> _inline_comment("Paris – a city"), _inline_comment("the mayor said: it will open in March.")
    (False, False)

    A header saying comments follow is what tells such a line from a transcript's or a glossary's.
    """
    found = _INLINE_COMMENT.match(text)
    return found is not None and _says(found.group("said"))


def _inline_thread(lines: Sequence[Line]) -> tuple[int, int] | None:
    """A header over comments written on one line each, signed by the writer's name before a colon or a dash.

    The header must be a comment phrase of the lexicon ("Комментарии", "Kommentare", maybe with a count); with a
    count, one comment up to that many make the thread ("Комментарии (2)" over "Гульнара: …" and "Сергей К.: …"),
    without one, two or more. As for the other threads, an article must stand above it, not a forum's posts.
    """
    lex = load_lexicon()
    for header, line in enumerate(lines):
        if len(line.text) > _MAX_HEADER_CHARS or header + 1 >= len(lines):
            continue
        # Only a comment phrase: "Fixes (3)" over "Parser: handle empty lines." is a changelog's section.
        if lex.line_reason(line.text) != "comment_ui":
            continue
        end = header + 1
        while end < len(lines) and _inline_comment(lines[end].text):
            end += 1
        found = end - header - 1
        count = _COUNT.search(line.text)
        enough = 1 <= found <= int(count.group(0)) if count is not None else found >= 2
        if enough and _under_article(lines, header):
            return header, end - 1
    return None


#: The most lines a headed thread (:func:`_headed_thread`) runs over: a few comments and the form under them.
_MAX_HEADED_LINES = 30
#: No line of a headed thread is longer than this (words): a reader's comment is a few sentences.
_MAX_COMMENT_WORDS = 80
#: What ends a comment section below it: the page's related lists, its footer, its menus, its tags.
_THREAD_ENDS = frozenset(
    {"related_header", "related_headline", "read_also", "legal_footer", "navigation", "tag_list", "cookie_notice"}
)
#: Earlier cuts that sign a comment: its writer and date, cut as a byline or a date line before this cleaner ran.
_SIGNING_CUTS = frozenset({"metadata_lines/date_line", "metadata_lines/byline"})
#: The labeller's mean score over a headed thread's lines, at least: comments read as chrome to it, a
#: document's own section headed "Comments" (a style guide's, a code tutorial's) as its content.
_MIN_HEADED_SCORE = 0.5


def _ends_thread(lex_reason: str | None, cut_above: Sequence[str]) -> bool:
    """Whether a line or an earlier cut right above it is the page's next block, which ends a comment section.

    ``lex_reason`` is the line's lexicon reason, ``cut_above`` the ``cleaner/reason`` of the cuts right above it.
    """
    return lex_reason in _THREAD_ENDS or any(r.rsplit("/", 1)[-1] in _THREAD_ENDS for r in cut_above)


def _headed_thread(doc: Document) -> tuple[int, int] | None:
    """A comment section under a header of the lexicon ("Kommentare (4)", "Komentar"), down to the page's next block.

    Where the buttons and signatures of the other forms are gone (earlier rules cut a comment's date line as a
    date line) or vary, the section is told by what it holds: under an article, a comment header, then at most
    thirty short lines, among them a writer's signature (a user name, a name with a date, a date line cut
    above a line, a name before a comment) and something said, closed by the page's next block (related
    headlines, tags, a footer, a menu) or the end. The labeller must read the section as chrome, on average.
    """
    lines = doc.content
    lex = load_lexicon()
    for header, line in enumerate(lines):
        if len(line.text) > _MAX_HEADER_CHARS or lex.line_reason(line.text) != "comment_ui":
            continue
        key = _button_label(line.text).casefold()
        if sum(_button_label(ln.text).casefold() == key for ln in lines) > 1:
            continue  # a button under each post ("Reply", "Odpowiedz"), not the header over them
        signed, said = 0, False
        last, closed = header, False
        for j in range(header + 1, min(header + 1 + _MAX_HEADED_LINES, len(lines))):
            text = lines[j].text
            cut_above = prior_reasons(doc, lines[j])
            if _ends_thread(lex.line_reason(text), cut_above):
                closed = True
                break
            if word_count(text) > _MAX_COMMENT_WORDS:
                break
            signature = _signature(text)
            signed += signature is not None or _inline_comment(text) or any(r in _SIGNING_CUTS for r in cut_above)
            said = said or (signature is None and _says(text))
            last = j
        # The section ends at the page's next block or at the end of the text, within thirty lines.
        closed = closed or last + 1 == len(lines)
        # A header's count is the most comments under it ("Kommentare (1)" over two signed lines is no count).
        count = _COUNT.search(line.text)
        if count is not None and signed > int(count.group(0)):
            continue
        if not (closed and signed and said) or not _under_article(lines, header):
            continue
        scores = [s for s in chrome_scores(doc)[lines[header].index : lines[last].index + 1] if s is not None]
        if scores and sum(scores) / len(scores) >= _MIN_HEADED_SCORE:
            return header, last
    return None


#: A post's age as a site prints it beside the writer's name: "13h", "2 d", "5 min".
_AGE = regex.compile(r"^\d{1,3}\s?(?:h|d|w|m|min|mins|hrs?)$", regex.IGNORECASE)
#: A post's number in its thread, printed at the end of its stamp row: "Mama_Neema · Nov 6, 2026 · #3".
_POST_NUMBER = regex.compile(r"^#\d{1,6}$")
#: Stamped rows over posts a thread needs, each with a post between it and the next.
_MIN_STAMPS = 3
_MAX_STAMP_CHARS = 80
#: The share of a thread's stamp rows with a post between them and the next (as numerator, denominator).
_APART_SHARE = (4, 5)
_MAX_STAMP_PARTS = 4


@memo
def _post_stamp(text: str) -> bool:
    """Whether ``text`` is a post's stamp row: its writer (and rank) and its date, time or age, between dots or bars.

    Cached per text: asked of every line of every view, and a page of short lines repeats its texts.

    >>> [_post_stamp(t) for t in ("löylynheittäjä · 29.11.2026 21:40", "level 1 · seasonedsince1982 · 13h")]
    [True, True]
    >>> _post_stamp("Mama_Neema · Nov 6, 2026 · #3"), _post_stamp("#3 · Nov 6, 2026")
    (True, False)
    >>> [_post_stamp(t) for t in ("Oslo · Bergen · Tromsø", "The ferry left at 10:30 · it was late.")]
    [False, False]
    >>> _post_stamp("76% | ████ | 7568/10000 [00:33<00:10, 229.00it/s]")  # a progress bar
    False
    """
    if len(text) > _MAX_STAMP_CHARS:
        return False
    parts = row_parts(text)
    if not 2 <= len(parts) <= _MAX_STAMP_PARTS:
        return False
    dated = [p for p in parts if _AGE.match(p) or find_date(p) is not None or has_time(p)]
    if len(dated) != 1:
        return False
    # The other parts name the writer or their rank (a few words each, with letters, no sentence), or the
    # post's number; the writer's part must be there.
    named = [p for p in parts if p is not dated[0] and _POST_NUMBER.match(p) is None]
    return bool(named) and all(
        0 < word_count(p) <= _MAX_ROW_PART_WORDS and any(ch.isalpha() for ch in p) and not ends_sentence(p)
        for p in named
    )


def _post_stamps(lines: Sequence[Line]) -> list[int]:
    """Positions of a thread's stamp rows: three or more of them, each with a post between it and the next.

    A forum or a comment section prints the same row over or under every post ("Hirsisaunoja · 29.11.2026
    19:15"); a list of dated items ("Oslo · 12.03.2026") stands row under row, with nothing between.
    """
    found = [i for i, line in enumerate(lines) if _post_stamp(line.text)]
    if len(found) < _MIN_STAMPS:
        return []
    # A post may be empty (deleted: "level 1 · [deleted] · 11h" right over the next stamp), but most have a body.
    apart = sum(b - a >= 2 for a, b in pairwise(found))
    return found if apart * _APART_SHARE[1] >= (len(found) - 1) * _APART_SHARE[0] else []


#: A quote header names its writer in a few words before the colon: "Papy_Meca a écrit :", "Citat från X:".
_MAX_QUOTE_HEADER_WORDS = 6
#: A quoted copy long enough to be told from a chance repeat ("Kto ma rację?", not "Ok.").
_MIN_QUOTE_CHARS = 12
_QUOTE_COLON = regex.compile(r"\s?[:：]\s*")


#: A user name as a board prints it over the writer's details: one token of letters, digits, dots, dashes and
#: underscores ("marco_bg", "lucia.ferri", "Papy_Meca"), a letter among them.
_HANDLE = regex.compile(r"^(?=[\w.\-]*\p{L})[\w.\-]{2,30}$")
#: The fewest author rows with a user name right above them that make the names the board's.
_MIN_NAMED_ROWS = 2


def _names_over_rows(lines: Sequence[Line], rows: Sequence[int]) -> set[int]:
    """The user names standing alone right above a thread's author rows, when two rows or more have one.

    "marco_bg" over "Utente esperto · Iscritto: mar 2019 · Messaggi: 412": the writer, above the details.

    >>> text = "marco_bg|Iscritto: mar 2019 · Messaggi: 412|Ciao.|lucia.ferri|Iscritta: gen 2015 · Messaggi: 3|Ok."
    >>> ls = Document(text.replace("|", chr(10))).content
    >>> sorted(_names_over_rows(ls, repeated_meta_rows(ls)))
    [0, 3]
    """
    found = {i - 1 for i in rows if i > 0 and i - 1 not in rows and _HANDLE.match(lines[i - 1].text)}
    return found if len(found) >= _MIN_NAMED_ROWS else set()


#: The most lines of a member's block above a board's author row: the name, a rank, a joined date.
_MAX_BLOCK_LINES = 3


def _blocks_over_rows(lines: Sequence[Line], rows: Sequence[int]) -> set[int]:
    """The member blocks right above a thread's author rows, when two rows or more have one of the same depth.

    A board prints each writer's details on lines of their own over the post's count row: "Ujang_Cupang" /
    "Anggota anyar" / "Gabung: Mar 2025" over "Tulisan: 12". Up to ``_MAX_BLOCK_LINES`` short lines that are
    no sentences stand above each row; a depth counts when two rows or more have that many such lines, and a
    row's block is taken to the deepest depth that counts (as :func:`_names_over_rows` takes the name alone).

    >>> text = "Ujang|Anggota|Gabung: Mar 2025|Tulisan: 12|Punten, abdi nembe miara cupang.|Rina|Moderator|"
    >>> text += "Gabung: Jan 2019|Tulisan: 4.318|Cobian kieu, gentos caina."
    >>> ls = Document(text.replace("|", chr(10))).content
    >>> sorted(_blocks_over_rows(ls, repeated_meta_rows(ls)))
    [0, 1, 2, 5, 6, 7]
    """
    row_set = set(rows)
    depth: dict[int, int] = {}
    for i in rows:
        d = 0
        while d < _MAX_BLOCK_LINES and i - d - 1 >= 0 and i - d - 1 not in row_set:
            text = lines[i - d - 1].text
            if word_count(text) > _MAX_ROW_PART_WORDS or ends_sentence(text):
                break
            d += 1
        depth[i] = d
    # The deepest depth at least _MIN_NAMED_ROWS rows reach: the _MIN_NAMED_ROWS-th deepest row's.
    ranked = sorted(depth.values(), reverse=True)
    reach = ranked[_MIN_NAMED_ROWS - 1] if len(ranked) >= _MIN_NAMED_ROWS else 0
    found: set[int] = set()
    for i, d in depth.items():
        found.update(range(i - min(d, reach), i))  # down to this row's own depth
    return found


#: The most lines of a member's box above its counted row (the user name, a rank, a joined date) and below it
#: (a town, a car): the box a board prints beside or over each post.
_MAX_BOX_ABOVE = 4
_MAX_BOX_BELOW = 3
#: The most words of a line of a member's box: "Ro'yxatdan o'tgan: Mart 2024", "Mitglied seit: März 2019".
_MAX_BOX_WORDS = 5
#: A labelled line of a member's box under its counted row: a short label, a colon and a value ("Shahar: Buxoro").
_BOX_ROW = regex.compile(r"^[^\s:：][^:：]{0,30}[:：]\s*\S")
#: The fewest boxes, each opened by a user name, that make them a board's.
_MIN_BOXES = 2
#: The fewest lines of a box: the user name, a line between (a rank, a joined date) or under, and the counted row.
_MIN_BOX_LINES = 3


def _member_boxes(lines: Sequence[Line], rows: Sequence[int]) -> list[range]:
    """Whole member boxes around a board's counted rows, each opened by its writer's user name.

    "Sardor_88" / "Yangi a'zo" / "Ro'yxatdan o'tgan: Mart 2024" / "Xabarlar: 37" / "Shahar: Samarqand" over each
    post: a user name as a board prints one (:func:`_board_handle`), up to ``_MAX_BOX_ABOVE`` short lines that are
    no sentences down to the row counting the writer's posts, and the labelled lines right under it. The rank, the
    joined date and the town are no phrase of any list and no count; the user name above and the counted row
    repeated over two posts or more name the box, in any language. A box stands above its post, so a sentence
    ends it on both sides.

    >>> text = "Sardor_88|Yangi a'zo|Ro'yxatdan o'tgan: Mart 2024|Xabarlar: 37|Shahar: Samarqand|Salom, yordam bering."
    >>> text += "|Jasur_avto|Tajribali|Ro'yxatdan o'tgan: Iyun 2017|Xabarlar: 4 812|Shahar: Toshkent|Rahmat."
    >>> ls = Document(text.replace("|", chr(10))).content
    >>> [(b.start, b.stop) for b in _member_boxes(ls, repeated_meta_rows(ls))]
    [(0, 5), (6, 11)]
    """
    row_set = set(rows)
    boxes: list[range] = []
    for i in rows:
        top = None
        for k in range(i - 1, max(i - 1 - _MAX_BOX_ABOVE, -1), -1):
            text = lines[k].text
            if k in row_set or ends_sentence(text) or word_count(text) > _MAX_BOX_WORDS:
                break
            if " " not in text and _board_handle(text):
                top = k
                break
        if top is None:
            continue
        end = i
        for k in range(i + 1, min(i + 1 + _MAX_BOX_BELOW, len(lines))):
            text = lines[k].text
            if k in row_set or ends_sentence(text) or word_count(text) > _MAX_BOX_WORDS or not _BOX_ROW.match(text):
                break
            end = k
        # A user name right over its row alone is the name-over-row form (post_meta, :func:`_names_over_rows`).
        if end - top + 1 >= _MIN_BOX_LINES and (not boxes or top >= boxes[-1].stop):
            boxes.append(range(top, end + 1))
    return boxes if len(boxes) >= _MIN_BOXES else []


def _writers(lines: Sequence[Line], rows: Sequence[int]) -> frozenset[str]:
    """The writers a thread's rows name: the first part of each author or stamp row ("Papy_Meca · Expert · …").

    >>> ls = Document("anna_k · 29.11.2026 21:40" + chr(10) + "Ciao.").content
    >>> sorted(_writers(ls, [0]))
    ['anna_k']
    """
    found = set()
    for i in rows:
        first = row_parts(lines[i].text)[0]
        if first and word_count(first) <= _MAX_ROW_PART_WORDS and find_date(first) is None and not has_time(first):
            found.add(first)
    return frozenset(found)


def _stamp_label(text: str) -> str | None:
    """The words of a post's date line without its date and time ("posté le à"), or None for another line.

    >>> _stamp_label("Posté le 24/11/2026 à 07:51"), _stamp_label("27 lis 2026, 22:03")
    ('posté le à', '')
    >>> _stamp_label("The ferry left at 10:30 on 24/11/2026 from the old harbour.") is None
    True
    """
    if len(text) > _MAX_STAMP_CHARS or (find_date(text) is None and not has_time(text)):
        return None
    rest = " ".join(strip_dates_and_times(text).split()).strip(" ,.-–—|·")
    if not rest:
        return ""
    return rest.casefold() if word_count(rest) <= _MAX_ROW_PART_WORDS and not ends_sentence(rest) else None


def _row_dates(lines: Sequence[Line], rows: Sequence[int]) -> list[int]:
    """Date lines of a thread's posts printed apart from the author row: right above or under it.

    "Posté le 24/11/2026 à 07:51" over "bricolo63 · Nouveau membre · Messages: 4", "27 lis 2026, 22:03" under
    "Ryszard_K · Ekspert · Posty: 4821". A post whose author row is left out (the same writer again) keeps
    its date line: one with the same words as those next to author rows is one too.
    """
    taken = set(rows)
    # Each line's stamp words, looked up once: for the lines by the author rows, then for the rest.
    label_of = {
        j: label for j, ln in enumerate(lines) if j not in taken and (label := _stamp_label(ln.text)) is not None
    }
    anchored = {j for i in rows for j in (i - 1, i + 1) if j in label_of}
    labels = {label_of[j] for j in anchored} - {""}
    return sorted(anchored | {j for j, label in label_of.items() if label in labels})


def _names_writer(head: str, writers: frozenset[str]) -> bool:
    """Whether ``head`` names one of ``writers`` as a whole word sequence."""
    padded = f" {head.strip()} "
    return any(f" {w} " in padded for w in writers)


class _Joined:
    r"""Lines joined by line breaks, with where each ends: is a piece of text inside one of the first lines.

    >>> lines = Document("Anna wrote this first.\nTom replied.\nAnna wrote this").lines
    >>> _Joined(lines).holds_before("wrote this first", 2), _Joined(lines).holds_before("Tom replied", 1)
    (True, False)
    """

    __slots__ = ("_ends", "_text")

    def __init__(self, lines: Sequence[Line]) -> None:
        self._text = "\n".join(line.text for line in lines)
        self._ends = list(accumulate(len(line.text) + 1 for line in lines))  # one past each line's break

    def holds_before(self, piece: str, i: int) -> bool:
        """Whether one of the lines before line ``i`` holds ``piece`` (which holds no line break, and is not empty).

        The same as ``any(piece in line.text for line in lines[:i])``: a line's text holds no line break, so a
        match in the joined text lies inside one line. One search in C, where the loop over the lines above
        every quote header made a long thread quadratic.
        """
        return i > 0 and self._text.find(piece, 0, self._ends[i - 1] - 1) >= 0


def _quote_headers(lines: Sequence[Line], writers: frozenset[str]) -> Iterator[tuple[int, bool]]:
    """Quote headers of a thread's replies, each with whether the quoted copy is on the next line.

    A reply quotes an earlier post under a header naming its writer ("Papy_Meca a écrit :", "tomek_z_kielc
    napisał(a):", "Citat från Vedkarl_J:"), with the quoted words after the colon or on the next line: a copy
    of words an earlier line holds. The writer (named in the thread's own rows) and the copy make the form;
    the verb is not looked up, so the header is found in any language.
    """
    if not writers:
        return
    earlier: _Joined | None = None  # the lines joined, made when a header's copy is first looked for
    for i, line in enumerate(lines):
        text = line.text
        if ":" not in text and "：" not in text:
            continue
        m = _QUOTE_COLON.search(text)
        if m is None or m.start() == 0:
            continue
        head, quoted = text[: m.start()], text[m.end() :]
        if word_count(head) > _MAX_QUOTE_HEADER_WORDS or not _names_writer(head, writers):
            continue
        if ROW_SEPARATOR.search(head) is not None:
            continue  # an author row ("anna_k · Messaggi: 12"), not a quote header
        on_next = not quoted
        if on_next:
            if i + 1 >= len(lines):
                continue
            quoted = lines[i + 1].text
        if len(quoted) < _MIN_QUOTE_CHARS:
            continue
        if earlier is None:
            earlier = _Joined(lines)
        if earlier.holds_before(quoted, i):
            yield i, on_next


#: A post header is short: a label, a user name, the verb, maybe a date, the colon ("mvdberg schreef op maandag 23
#: november 2026 @ 20:41:"); a line longer than this is a sentence.
_MAX_POST_HEADER_CHARS = 90
#: A quote's label before the writer's name ("Citat:", "Quote:", "Zitat:"): one word and its colon.
_QUOTE_LABEL = regex.compile(r"^[^\s:：]{2,20}\s?[:：]\s+")
#: The arrows and signs a board prints by a post's date after the header's colon ("↑lun. 7 déc. 2026 19:42").
_STAMP_SIGNS = " ↑»›→#@,.·|-–—"
#: The shortest user name of small letters alone: shorter ones are pronouns ("she", "elle", "hän").
_MIN_LOWER_HANDLE = 5
#: The header's colon: not a clock time's ("20:41:" closes on the second).
_HEADER_COLON = regex.compile(r"\s?[:：](?!\d)")
#: Words a header may hold between its verb and its colon, dates and times aside ("op maandag", "on", "le").
_MAX_HEADER_WORDS_AFTER_VERB = 2


def _board_handle(token: str) -> bool:
    """Whether ``token`` is a user name as a board prints one, not a name as an article writes it.

    A handle holds a digit or an underscore, or starts with a small letter and is longer than a pronoun
    ("gaelle56", "oude_henk", "mvdberg"); a capitalised name alone ("Goethe", "Trump") is how a text announces a
    quotation, and stays.

    >>> [_board_handle(t) for t in ("gaelle56", "Mökkeilijä_Savosta", "mvdberg", "Goethe", "she", "x")]
    [True, True, True, False, False, False]
    """
    if _HANDLE.match(token) is None:
        return False
    # A small word alone is a pronoun opening a wrapped sentence's next line ("he wrote:", "elle a écrit :").
    return any(ch.isdigit() or ch == "_" for ch in token) or (token[0].islower() and len(token) >= _MIN_LOWER_HANDLE)


def _post_headers(lines: Sequence[Line]) -> Iterator[int]:
    """Lines heading a post or a quote with the writer's user name and a verb of writing, or a byline's label.

    "gaelle56 a écrit :", "Citat: Hamo_grijanje je napisao:", "mvdberg schreef op maandag 23 november 2026 @
    20:41:": the board's form, whatever the thread around it looks like. The verb is the lexicon's (``[comments]
    wrote``); what may follow it is a date, a time or a word of them, and the colon closes the line but for a
    post's date ("GrelinetteDu35 a écrit : ↑lun. 7 déc. 2026 19:42"). A board may sign a post with a byline's
    label instead, the name and the post's time after it ("by Chidi_Lagos(m): 9:14pm On Mar 03").

    >>> text = "oude_henk schreef:|De maire a écrit :|Anna_K wrote: see you there|by Obinna2k(m): 11:37pm On Mar 03"
    >>> list(_post_headers(Document(text.replace("|", chr(10))).content))
    [0, 3]
    """
    return (i for i, line in enumerate(lines) if _post_header(line.text))


@memo
def _post_header(text: str) -> bool:
    """Whether ``text`` heads a post (:func:`_post_headers`); cached per text, as :func:`_post_stamp` is."""
    if len(text) > _MAX_POST_HEADER_CHARS:
        return False
    lex = load_lexicon()
    return _verb_header(text, lex) or _signed_header(text, lex)


def _verb_header(text: str, lex: Lexicon) -> bool:
    """A user name, a verb of writing, maybe a date, and a colon closing the line: "oude_henk schreef:"."""
    verbs = lex.post_verbs
    if verbs is None or (":" not in text and "：" not in text):
        return False
    label = _QUOTE_LABEL.match(text)
    rest = text[label.end() :] if label is not None else text
    name, _, after = rest.partition(" ")
    if not after or not _board_handle(name):
        return False
    verb = verbs.match(after)
    if verb is None:
        return False
    parts = _HEADER_COLON.split(after[verb.end() :], maxsplit=1)
    if len(parts) != 2:
        return False
    head, tail = parts
    if word_count(strip_dates_and_times(head).strip(_STAMP_SIGNS)) > _MAX_HEADER_WORDS_AFTER_VERB:
        return False
    # The post's own words after the colon make a comment line, not its header.
    return word_count(strip_dates_and_times(tail).strip(_STAMP_SIGNS)) <= 1


#: What a board prints between a post's signature and its time: a colon, a guillemet, a dot or a bar.
_SIGNED_SEPARATOR = regex.compile(r"\s*[:：»·|]\s*|\s+")
#: A board's mark of the writer's sex after the user name ("Chidi_Lagos(m)").
_SEX_MARK = regex.compile(r"\((?:m|f|M|F)\)$")


#: The words a post's stamp may keep once its dates, times and month names are out ("On", "pm", "03"): short ones.
_MAX_STAMP_WORD = 3
_MAX_STAMP_WORDS = 3


def _signed_header(text: str, lex: Lexicon) -> bool:
    """A byline's label, a user name and nothing after it but the post's date or time: "by Obinna2k(m): 11:37pm".

    >>> lex = load_lexicon()
    >>> _signed_header("by Ada_Couture(f): 7:05am On Mar 04", lex), _signed_header("By Sarah Jones: 7:05am", lex)
    (True, False)
    >>> _signed_header("by Ada_Couture(f): thanks, that worked for me", lex)
    False
    """
    labels = lex.author_labels
    found = labels.match(text) if labels is not None else None
    if found is None:
        return False
    split = _SIGNED_SEPARATOR.split(text[found.end() :].strip(" :"), maxsplit=1)
    if len(split) != 2:
        return False
    name, stamp = _SEX_MARK.sub("", split[0]), split[1]
    if not _board_handle(name) or not (has_time(stamp) or find_date(stamp) is not None):
        return False
    # The stamp's words once its dates and times are out: a month's short name, a day, "On", "pm".
    left = [w for w in strip_dates_and_times(stamp).split() if w.strip(".,").casefold() not in lex.months]
    return sum(len(w.strip(".,")) > _MAX_STAMP_WORD for w in left) == 0 and len(left) <= _MAX_STAMP_WORDS


@dataclass(frozen=True)
class CommentThreads:
    r"""Cut a reader-comment thread under an article, from its header to the last button.

    >>> from boilerstrip.testing import cuts
    >>> art = "The bakery opened in May and sells rye bread, baked before dawn, every morning.\n" * 3
    >>> thread = "2 comments\nAnna said:\nLovely place!\nReply\nTom said:\nGreat bread.\nReply\n"
    >>> [reason for reason, _ in cuts(art + thread, CommentThreads())]
    ['comment_thread']
    """

    name: str = field(default="comment_threads", init=False)
    #: The form of a comment section (a counting header, a name opening each block, the same button closing
    #: it): strong evidence, like a credit's form, so comments' time stamps, which protection keeps as
    #: live-blog stamps elsewhere, do not hold it back; as a form matched in the text it needs a second witness.
    #: A post's author details are shape (they come back over each post): weak evidence, gated.
    #: A post's stamp row (its writer and age, repeated over each post) is a form, like a credit's.
    evidence: ClassVar[Mapping[str, str]] = {
        "comment_thread": "form",
        "post_meta": "shape",
        "post_stamp": "form",
        "quote_header": "form",
        "post_header": "form",
        "member_box": "form",
    }
    version: int = field(default=17, init=False)
    reasons: dict[str, str] = field(
        default_factory=lambda: {
            "comment_thread": "readers' comments under an article, with their names and buttons",
            "post_meta": "a forum's author details repeated over each post: 'Iscritto: mar 2019 · Messaggi: 412'",
            "post_stamp": "a post's writer and age, repeated over each post: 'Hirsisaunoja · 29.11.2026 19:15'",
            "quote_header": "a reply's header naming the quoted writer of the thread ('Papy_Meca a écrit :'), with the "
            "words it quotes from an earlier post",
            "post_header": "a post's or a quote's header: a user name and a verb of writing ('oude_henk schreef:')",
            "member_box": "a board member's box over each post, opened by the user name: 'Sardor_88' / 'Yangi a'zo' / "
            "'Xabarlar: 37'",
        },
        init=False,
    )

    def find(self, doc: Document) -> Iterator[Cut]:
        """Propose one cut over the comment thread, if the document has one, and the posts' author rows."""
        lines = doc.content
        # Each search below needs a line of its own kind, asked first of the view's distinct texts: most views
        # hold none of some kinds, and their lines are not walked for those (``may_be_meta_row``, ``_post_stamp``,
        # ``_may_row``, ``_may_head``; tests/test_distinct_pretests.py).
        meta = set() if none_may(doc, may_be_meta_row) else set(repeated_meta_rows(lines))
        stamps = [] if none_may(doc, _post_stamp) else _post_stamps(lines)
        found = None if none_may(doc, _may_row) else _thread(lines)
        others: tuple[tuple[int, int] | None, ...] = ()
        if not none_may(doc, _may_head):
            # A forum's posts repeat their author rows or stamps: there a header's count is a like button's
            # ("Curtir (12)"), and what follows it is the next post, not a comment section.
            headed = _headed_thread(doc) if not meta and not stamps else None
            others = (_signed_thread(lines), _inline_thread(lines), headed)
        for other in others:
            if found is None or (other is not None and other[0] < found[0]):
                found = other
        first, last = found if found is not None else (len(lines), -1)
        if found is not None:
            yield Cut(lines[first].raw_start, lines[last].next_start, "comment_thread")
        names = _names_over_rows(lines, sorted(meta))
        # A whole box opened by its writer's user name is the board's form: it goes as one, on strong evidence.
        boxes = _member_boxes(lines, sorted(meta))
        in_box = {k for box in boxes for k in box}
        taken: set[int] = set(in_box)
        for box in boxes:
            if not first <= box.start <= last:
                yield Cut(lines[box.start].raw_start, lines[box.stop - 1].next_start, "member_box")
        # A row that is both (its writer, rank and date: "ivica_zadar · Poruka: 112 · 28.11.2026. 19:40") is
        # a stamp: the form is the stronger evidence.
        for i in sorted(meta.difference(stamps).union(names).difference(taken)):
            if not first <= i <= last:
                taken.add(i)
                yield cut_line(lines[i], "post_meta")
        for i in stamps:
            if not first <= i <= last and i not in taken:
                taken.add(i)
                yield cut_line(lines[i], "post_stamp")
        rows = sorted(meta.union(stamps))
        for i in _row_dates(lines, rows) if len(rows) >= _MIN_STAMPS else ():
            if not first <= i <= last and i not in taken:
                taken.add(i)
                yield cut_line(lines[i], "post_stamp")
        writers = _writers(lines, rows).union(lines[i].text for i in names).union(lines[b.start].text for b in boxes)
        quoted = set()
        for i, on_next in _quote_headers(lines, writers):
            if not first <= i <= last and i not in in_box and not (on_next and i + 1 in in_box):
                # The header and the words it quotes go as one: the header's colon announces no content.
                end = lines[i + 1] if on_next else lines[i]
                quoted.add(i)
                taken.update((i, i + 1) if on_next else (i,))
                yield Cut(lines[i].raw_start, end.next_start, "quote_header")
        for i in _post_headers(lines):
            if not first <= i <= last and i not in quoted and i not in in_box:
                taken.add(i)
                yield cut_line(lines[i], "post_header")
        # The rest of each member's block over its author row (a rank, a joined date), where no form above took it.
        for i in sorted(_blocks_over_rows(lines, sorted(meta)).difference(taken)):
            if not first <= i <= last:
                yield cut_line(lines[i], "post_meta")
