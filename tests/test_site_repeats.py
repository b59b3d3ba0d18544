"""Repetition across a site's pages: an opt-in cleaner fed by an index of the site."""

from __future__ import annotations

import boilerstrip
from boilerstrip.cleaners.site_repeats import SiteIndex, SiteRepeats
from boilerstrip.testing import check_cleaner

TAGLINE = "Stay informed with the Harbour Times, the voice of the port since 1921"
FOOTER = "Harbour Times is a member of the Independent Press Standards Organisation"
BODIES = [
    "The ferry to Bari left on time on Monday after two weeks of delays caused by the storm.",
    "A new crane arrived at the container quay and will start work in March, the port said.",
    "Fishermen protested outside the harbour office against the new quotas for the season.",
    "The council approved the budget for the marina repairs after a long debate on Tuesday.",
]
PAGES = [f"{TAGLINE}\n{body}\n{FOOTER}" for body in BODIES]


def test_lines_repeated_across_the_site_are_removed() -> None:
    index = SiteIndex.build(PAGES)
    assert index.documents == 4 and index.pages_with(FOOTER) == 4
    pipe = boilerstrip.Pipeline.default().with_(SiteRepeats(index), before="titles")
    result = pipe(PAGES[1])
    assert result.text == BODIES[1]
    assert {r.reason for r in result.removed if r.cleaner == "site_repeats"} == {"repeated_on_site"}
    assert result.restore() == PAGES[1]


def test_rare_lines_and_small_indexes_are_left_alone() -> None:
    index = SiteIndex.build(PAGES[:2])  # two pages: below min_pages
    pipe = boilerstrip.Pipeline([SiteRepeats(index)])
    assert pipe(PAGES[0]).text == PAGES[0]
    big = SiteIndex.build(PAGES * 5)  # 20 pages, each body on 5 of them (25 %): under min_share
    assert boilerstrip.Pipeline([SiteRepeats(big)])(PAGES[0]).text.count("\n") == 1


def test_contract() -> None:
    check_cleaner(SiteRepeats(SiteIndex.build(PAGES)), [*PAGES, "", "x"])
