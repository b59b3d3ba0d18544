"""What a cut rests on: the kinds of evidence, which of them are strong, and how a cut gets its kind.

Every removal names its evidence. The kind decides what the cut may touch:

* **strong** evidence names the chrome itself: an exact interface phrase of
  the lexicon (``phrase``), a known form such as a photo credit, byline or
  dateline (``form``), a news agency in a dateline or closing tag (``wire``),
  an element the HTML page marks as a widget (``widget``), a line repeated across a site's pages (``site``), the page's
  declared headline (``declared``), a cleaner from outside the package whose
  cuts the user asked for (``plugin``), or the opt-in page-frame trim (``block``);
* **weak** evidence only says a line *looks* like chrome: its shape
  (``shape``), its place next to the title or a credit (``position``), a copy
  of another line (``copy``), its script (``script``), the line
  labeller's score (``model``), the labeller's score of a sentence in a
  page dump's footer (``frame``), or the place of the page's headline at its
  head (``headline``, moved to the metadata).

Weak cuts pass through :mod:`boilerstrip.gate`: they never touch protected
content (code, tables, verse, transcripts, quotations...), and the dial
(``Config.favor``) decides how much agreement from the document and the line
labeller they need. Formatting cuts (whitespace) are ``format``.

>>> strength("phrase"), strength("shape"), strength("format")
('strong', 'weak', 'format')
>>> from boilerstrip.types import Cut
>>> evidence_of(Cut(0, 4, "credit_line"), {"credit_line": "form"}, formatting=False)
'form'
>>> evidence_of(Cut(0, 4, "credit_line", evidence="shape"), {"credit_line": "form"}, formatting=False)
'shape'
"""

from __future__ import annotations

from collections.abc import Mapping

from boilerstrip.types import Cut

#: Evidence that names the chrome: it may cut a line that is shaped like prose.
STRONG = frozenset({"phrase", "form", "wire", "widget", "site", "declared", "plugin", "block"})
#: Strong evidence read from the text alone (a phrase, a form): it needs a second witness in the document
#: (see :func:`boilerstrip.gate.judge`); page, site and plugin evidence does not.
MATCHED = frozenset({"phrase", "form"})
#: Evidence that a line looks like chrome: gated by protection, the document and the labeller.
WEAK = frozenset({"shape", "position", "copy", "script", "model", "frame", "headline"})
#: Weak evidence the labeller's content score does not veto: what it cuts reads as content because it is
#: content once (a copy of a paragraph) or is moved to the metadata (the page's own headline).
READS_AS_CONTENT = frozenset({"copy", "headline"})
#: The evidence kind of a formatting (whitespace) cut.
FORMAT = "format"
#: Every kind a cut may name, with its meaning (explained in docs/configuration.md; docs/cleaners.md
#: lists each reason's usual kind).
KINDS: Mapping[str, str] = {
    "phrase": "an interface phrase of the lexicon",
    "form": "a known form: credit, byline, date line, dateline, source trailer",
    "wire": "a news agency named where wire copy names it: a dateline's agency, an agency tag closing a paragraph",
    "widget": "text of an element the HTML page marks as a widget",
    "site": "a line repeated across many pages of the same site",
    "declared": "the headline the HTML page declares",
    "plugin": "a cut of a cleaner from outside the package (trusted as asked for)",
    "block": "outside the page dump's block of prose (opt-in page_frame)",
    "shape": "the line's shape (short, link-like, capitalised, no sentence)",
    "position": "its place next to the title, a credit or a widget",
    "copy": "a copy of another line of the document",
    "script": "a line in another script than the document",
    "model": "the line labeller's chrome score",
    "frame": "the line labeller's chrome score of a sentence below a page dump's article (gate.judge)",
    "headline": "the page's headline at its head, moved to the metadata",
    FORMAT: "whitespace normalisation",
}


def strength(kind: str) -> str:
    """``"strong"``, ``"weak"`` or ``"format"`` for an evidence kind (unknown kinds count as strong)."""
    if kind == FORMAT:
        return FORMAT
    return "weak" if kind in WEAK else "strong"


def evidence_of(cut: Cut, declared: Mapping[str, str] | None, *, formatting: bool) -> str:
    """The evidence kind of ``cut``: its own, else what its cleaner declares for its reason.

    A cleaner with no declaration (a plugin written before evidence existed) is
    trusted: its cuts count as ``plugin`` evidence, which is strong.
    """
    if formatting:
        return FORMAT
    if cut.evidence:
        return cut.evidence
    if declared is None:
        return "plugin"
    return declared.get(cut.reason, "plugin")
