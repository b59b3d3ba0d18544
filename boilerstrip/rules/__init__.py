r"""The rule kit: what every cleaner is written with, public for plugin authors.

* :mod:`~boilerstrip.rules.kit`: line cuts and the reading of a document's
  layout (where the body starts, the last prose line, what earlier cleaners cut
  next to a line, credit and caption-echo shapes), re-exported here;
* :mod:`~boilerstrip.rules.shapes`: pure per-line shape tests (word counts,
  prose-likeness, sentence ends);
* :mod:`~boilerstrip.rules.lexicon`: the per-language interface phrases of
  ``boilerstrip/data/lexicon``;
* :mod:`~boilerstrip.rules.dates`, :mod:`~boilerstrip.rules.scripts`: dates
  and writing systems;
* :mod:`~boilerstrip.rules.memo`: the bounded per-line cache the pure tests share.

>>> from boilerstrip.document import Document
>>> from boilerstrip.rules import body_start, cut_line
>>> doc = Document("Share\nThe council approved the harbour budget on Tuesday evening.")
>>> body_start(doc)
1
>>> cut_line(doc.content[0], "share_button").end
6
"""

from __future__ import annotations

from boilerstrip.rules.kit import (
    Echo,
    body_start,
    cut_line,
    echo_sites,
    first_match,
    has_year,
    is_tagline,
    last_prose,
    looks_like_credit,
    parse_echo,
    prior_reasons,
    reasons_after,
    strip_copyright,
    year_hint,
)

__all__ = [
    "Echo",
    "body_start",
    "cut_line",
    "echo_sites",
    "first_match",
    "has_year",
    "is_tagline",
    "last_prose",
    "looks_like_credit",
    "parse_echo",
    "prior_reasons",
    "reasons_after",
    "strip_copyright",
    "year_hint",
]
