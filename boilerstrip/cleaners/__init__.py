"""The built-in cleaners, registered here and only here, in default pipeline order.

Order matters: whitespace is normalised first, so every cleaner reads the text
as it will be returned; repeated lines go early, so that what the others see
is what a second run would see; credits are cut before captions are
recognised (a glued credit hides the caption's first word); bylines and date
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

from functools import partial

from boilerstrip.cleaners.captions import Captions
from boilerstrip.cleaners.datelines import Datelines
from boilerstrip.cleaners.duplicate_lines import DuplicateLines
from boilerstrip.cleaners.foreign_lines import ForeignLines
from boilerstrip.cleaners.metadata_lines import MetadataLines
from boilerstrip.cleaners.page_frame import PageFrame
from boilerstrip.cleaners.photo_credits import PhotoCredits
from boilerstrip.cleaners.read_more_tails import ReadMoreTails
from boilerstrip.cleaners.related_teasers import RelatedTeasers
from boilerstrip.cleaners.titles import Titles
from boilerstrip.cleaners.ui_strings import UiStrings
from boilerstrip.cleaners.whitespace import Whitespace
from boilerstrip.registry import register_builtin

BUILTINS = (
    ("whitespace", partial(Whitespace, collapse_inner=False)),
    ("read_more_tails", ReadMoreTails),
    ("duplicate_lines", DuplicateLines),
    ("photo_credits", PhotoCredits),
    ("related_teasers", RelatedTeasers),
    ("metadata_lines", MetadataLines),
    ("captions", Captions),
    ("ui_strings", UiStrings),
    ("datelines", Datelines),
    ("foreign_lines", ForeignLines),
    ("titles", Titles),
    ("late_duplicate_lines", partial(DuplicateLines, name="late_duplicate_lines")),
    ("final_whitespace", partial(Whitespace, name="final_whitespace")),
)

for _name, _factory in BUILTINS:
    register_builtin(_name, _factory)

__all__ = [
    "Captions",
    "Datelines",
    "DuplicateLines",
    "ForeignLines",
    "MetadataLines",
    "PageFrame",
    "PhotoCredits",
    "ReadMoreTails",
    "RelatedTeasers",
    "Titles",
    "UiStrings",
    "Whitespace",
]
