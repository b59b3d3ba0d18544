"""A column's disclaimer over its text is chrome; a licence's copyright lines over its text are not (session nineteen).

``ui_strings`` keeps a legal line with paragraphs under it as the document's own (a licence, a notice file).
That holds for copyright lines only: a disclaimer sentence that opens an opinion column says what the column
is, in the site's voice, and goes like the same sentence at the column's end.
"""

from __future__ import annotations

import pytest

import boilerstrip
from boilerstrip.cleaners import UiStrings
from boilerstrip.testing import cuts

_COLUMNS = {
    "no": (
        "Dette er et debattinnlegg. Innlegget gir uttrykk for skribentens meninger.",
        [
            "Kommunen har brukt tre år på å planlegge en ny barnehage på Hunstad, og fortsatt står tomta tom.",
            "Foreldrene i bydelen har fulgt saken tett og møtt opp på hvert eneste møte i bystyret siden våren.",
            "Nå er det på tide at politikerne slutter å utsette og setter av pengene i neste års budsjett.",
        ],
    ),
    "sv": (
        "Detta är en debattartikel. Åsikterna i texten är skribenternas egna.",
        [
            "Vinterbussen mellan byarna har dragits in två år i rad, och de äldre står nu utan väg till vårdcentralen.",
            "Vi som bor här har skrivit till regionen tre gånger utan att få något annat svar än att frågan utreds.",
            "Det räcker med en buss om dagen för att människor ska kunna ta sig till affären och till läkaren.",
        ],
    ),
    "id": (
        "Artikel ini merupakan opini pribadi penulis dan tidak mewakili pandangan redaksi.",
        [
            "Sungai di belakang kampung kami dulu jernih, dan anak-anak bisa berenang di sana setiap sore hari.",
            "Sekarang sampah plastik menumpuk di tepian setiap kali hujan turun, dan baunya tercium sampai jalan.",
            "Warga sudah beberapa kali kerja bakti, tetapi tanpa tempat pembuangan yang layak semuanya sia-sia.",
        ],
    ),
}


@pytest.mark.parametrize("lang", sorted(_COLUMNS))
def test_a_column_disclaimer_over_its_text_goes(lang: str) -> None:
    disclaimer, paragraphs = _COLUMNS[lang]
    text = "\n".join([disclaimer, *paragraphs]) + "\n"
    assert [(r, t.strip()) for r, t in cuts(text, UiStrings(), lang=lang)] == [("legal_footer", disclaimer)]


@pytest.mark.parametrize(
    "head",
    ["Copyright (c) 2021 Tomasz Wierzba", "© 2019-2025 Harbour Data Cooperative", "All rights reserved."],
)
def test_a_licence_copyright_line_over_its_text_stays(head: str) -> None:
    text = (
        f"{head}\n"
        "Permission is hereby granted, free of charge, to any person obtaining a copy of this software.\n"
        "The above copyright notice and this permission notice shall be included in all copies of it.\n"
        "The software is provided as is, without warranty of any kind, express or implied, in any case.\n"
    )
    assert cuts(text, UiStrings()) == []
    assert boilerstrip.clean(text).text.startswith(head)
