"""wiki_furniture's loops that start a run only at a line that can open one answer as the loops over every line.

The contents entries and the footnotes were looked for by a loop that tried every line as a run's start; the
loops now go from one line that can open a run to the next (issue 11). These reference forms are the loops as
they were; they must give the same cuts on the corpus, on texts built around the runs, and on generated texts.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from boilerstrip.cleaners import wiki_furniture as wf
from boilerstrip.cleaners.cms_tokens import TAIL_GROUP
from boilerstrip.document import Document, Line
from boilerstrip.rules.kit import cut_line
from boilerstrip.rules.shapes import ends_sentence, word_count
from boilerstrip.types import Cut

ROOT = Path(__file__).resolve().parent.parent


def _contents_runs_before(doc: Document, lines: Sequence[Line]) -> Iterator[Cut]:
    """``_contents`` without its jump lists, as it was: every line tried as a run's start."""
    i = 0
    while i < len(lines):
        run: list[Line] = []
        j = i
        while j < len(lines) and wf._may_number(lines[j].text) and wf._TOC_ENTRY.match(lines[j].text):
            run.append(lines[j])
            j += 1
        if len(run) >= wf.MIN_TOC_ENTRIES and wf._under_contents_header(doc, lines, i):
            later = {TAIL_GROUP.sub("", line.text).casefold() for line in lines[j:]}
            titles = [m.group("title").casefold() for line in run if (m := wf._TOC_ENTRY.match(line.text))]
            if sum(title in later for title in titles) >= wf.MIN_TOC_ENTRIES:
                yield from (cut_line(line, "contents_entry") for line in run)
        i = max(j, i + 1)
    yield from wf._jump_lists(doc, lines)


def _footnotes_before(lines: Sequence[Line]) -> Iterator[Cut]:
    """``_footnotes`` as it was: every line tried as a run's start."""
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and lines[j].text.startswith(("↑", "^")) and wf._BACKLINK.match(lines[j].text):
            j += 1
        run = lines[i:j]
        if run and (len(run) >= wf.MIN_CARET_NOTES or any(line.text.startswith("↑") for line in run)):
            above = lines[i - 1].text if i > 0 else ""
            if above and word_count(above) <= wf.MAX_NOTES_HEADING_WORDS and not ends_sentence(above):
                yield cut_line(lines[i - 1], "footnote")
            yield from (cut_line(line, "footnote") for line in run)
        i = max(j, i + 1)


def _same(text: str) -> None:
    doc = Document(text)
    lines = doc.content
    assert list(wf._contents(doc, lines)) == list(_contents_runs_before(doc, lines)), text
    assert list(wf._footnotes(lines)) == list(_footnotes_before(lines)), text
    assert wf._heading_keys(lines) == [wf._heading_key(line.text) for line in lines], text


BUILT = [
    "Contents\n1 History\n2 Design\nThe tower was built in 1911.\nHistory\nIt was ordered.\nDesign\nIts tank.\n",
    "Contents\n1 History\n2 Design\n3 Use\nHistory\nText.\nDesign\nText.\n1 Other\n2 Again\nUse\n",
    "Notes\n↑ Town archive, file 12.\n↑ Ibid.\nText after.\n^ a b Smith 2001.\n^ Jones 2004.\n",
    "^ marks the column\nA line.\n↑\n↑ x\n^ \n^ Two words here\n^ Three\n",
    "In this article\nFirst part here\nSecond part there\nThird part too\nFirst part here\nText one.\n"
    "Second part there\nText two.\nThird part too\nText three.\n",
    "١ مقدمة\n٢ تاريخ\nمقدمة\nنص.\nتاريخ\nنص.\n",
    "",
    "\n\n",
]


def test_runs_answer_as_every_line_tried_on_built_texts() -> None:
    for text in BUILT:
        _same(text)


def test_runs_answer_as_every_line_tried_on_the_corpus() -> None:
    paths = sorted((ROOT / "corpus").glob("*/*/input.txt"))
    assert len(paths) > 100
    for path in paths:
        _same(path.read_text(encoding="utf-8"))


_LINES = st.sampled_from(
    [
        "Contents",
        "1 History",
        "2 Design",
        "12.3 Use",
        "History",
        "Design",
        "Use",
        "↑ Ibid.",
        "↑",
        "^ a b Smith",
        "^ Jones 2004.",
        "Notes",
        "The tower was built.",
        "١ مقدمة",
        "مقدمة",
        "x",
        "",
        "  3 Design  ",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_LINES, max_size=25))
def test_runs_answer_as_every_line_tried_on_generated_texts(lines: list[str]) -> None:
    _same("\n".join(lines))
