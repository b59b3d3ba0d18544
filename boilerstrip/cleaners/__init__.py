"""The shipped cleaners: every one a configuration may name, and the default pipeline's order.

This package imports nothing from the registry: :mod:`boilerstrip.registry`
reads :data:`SHIPPED` and :data:`DEFAULT_ORDER` from here, so the two never
import each other. :data:`SHIPPED` is what can be named; :data:`DEFAULT_ORDER`
is what runs when nothing is named (``page_frame`` and ``site_repeats`` are
shipped but opt-in).

Order matters: whitespace is normalised first, so every cleaner reads the text
as it will be returned; for HTML input, the page's widget lines go next
(``page_widgets`` runs only when the call carries the page's evidence);
edit links glued to wiki headings go before anything reads the headings;
repeated lines go early, so that what the others see is what a second run
would see; an author box is read after the byline has named the writer and
before ui_strings takes its header for a menu label; credits are cut before captions are
recognised (a glued credit hides the caption's first word); a comment thread
is found before ui_strings cuts the buttons that show its structure, and before
metadata_lines cuts the name-and-date lines that open its blocks (a comment's
date is not the article's); a wiki's
table of contents is read after ui_strings has cut the header above it; bylines and date
lines go before the head of the page is read for its title; lines in another
script are judged just before that, against the script of the text that is
left (so a second run agrees with the first), and the title comes last because
the head of the page is whatever the other cuts leave on top; repeated lines
are looked for once more after that, because the cuts in between (a credit, a
caption, a foreign line between two copies) can bring copies together, as a
second run would find them; whitespace runs once more at the end to tidy the
edges other cuts leave.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import partial
from types import MappingProxyType

from boilerstrip.cleaner import Cleaner
from boilerstrip.cleaners.author_boxes import AuthorBoxes
from boilerstrip.cleaners.captions import Captions
from boilerstrip.cleaners.cms_tokens import CmsTokens
from boilerstrip.cleaners.comment_threads import CommentThreads
from boilerstrip.cleaners.datelines import Datelines
from boilerstrip.cleaners.duplicate_lines import DuplicateLines
from boilerstrip.cleaners.foreign_lines import ForeignLines
from boilerstrip.cleaners.line_labeller import LineLabeller
from boilerstrip.cleaners.metadata_lines import MetadataLines
from boilerstrip.cleaners.page_frame import PageFrame
from boilerstrip.cleaners.page_widgets import PageWidgets
from boilerstrip.cleaners.photo_credits import PhotoCredits
from boilerstrip.cleaners.read_more_tails import ReadMoreTails
from boilerstrip.cleaners.related_teasers import RelatedTeasers
from boilerstrip.cleaners.site_repeats import SiteIndex, SiteRepeats
from boilerstrip.cleaners.titles import Titles
from boilerstrip.cleaners.ui_strings import UiStrings
from boilerstrip.cleaners.whitespace import Whitespace
from boilerstrip.cleaners.wiki_furniture import WikiFurniture

#: The default pipeline, in order (the module docstring says why this order).
DEFAULT_ORDER = (
    "whitespace",
    "page_widgets",
    "cms_tokens",
    "read_more_tails",
    "duplicate_lines",
    "photo_credits",
    "related_teasers",
    "comment_threads",
    "metadata_lines",
    "captions",
    "author_boxes",
    "ui_strings",
    "wiki_furniture",
    "datelines",
    "foreign_lines",
    "titles",
    "line_labeller",
    "late_duplicate_lines",
    "final_whitespace",
)

#: Every shipped cleaner by name: the default ones in their order, then the opt-in ones.
SHIPPED: Mapping[str, Callable[..., Cleaner]] = MappingProxyType(
    {
        "whitespace": partial(Whitespace, collapse_inner=False),
        "page_widgets": PageWidgets,
        "cms_tokens": CmsTokens,
        "read_more_tails": ReadMoreTails,
        "duplicate_lines": DuplicateLines,
        "photo_credits": PhotoCredits,
        "related_teasers": RelatedTeasers,
        "metadata_lines": MetadataLines,
        "captions": Captions,
        "comment_threads": CommentThreads,
        "ui_strings": UiStrings,
        "wiki_furniture": WikiFurniture,
        "datelines": Datelines,
        "author_boxes": AuthorBoxes,
        "foreign_lines": ForeignLines,
        "titles": Titles,
        "line_labeller": LineLabeller,
        "late_duplicate_lines": partial(DuplicateLines, name="late_duplicate_lines"),
        "final_whitespace": partial(Whitespace, name="final_whitespace"),
        # Opt-in: a whole-page text dump (page_frame); an index of the site's pages (site_repeats).
        "page_frame": PageFrame,
        "site_repeats": SiteRepeats,
    }
)

__all__ = [
    "DEFAULT_ORDER",
    "SHIPPED",
    "AuthorBoxes",
    "Captions",
    "CmsTokens",
    "CommentThreads",
    "Datelines",
    "DuplicateLines",
    "ForeignLines",
    "LineLabeller",
    "MetadataLines",
    "PageFrame",
    "PageWidgets",
    "PhotoCredits",
    "ReadMoreTails",
    "RelatedTeasers",
    "SiteIndex",
    "SiteRepeats",
    "Titles",
    "UiStrings",
    "Whitespace",
    "WikiFurniture",
]
