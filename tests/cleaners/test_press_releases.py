"""A press release's furniture below its text (session eleven): the issuer's box and the press contact, in
several languages; a README's "About" section and a report's contact paragraph stay. And a share row among a
page's labelled rows is no field of them.
"""

from __future__ import annotations

import pytest

import boilerstrip
from boilerstrip.cleaners import AuthorBoxes
from boilerstrip.document import Document
from boilerstrip.protect import protected_lines
from boilerstrip.testing import cuts


def _release(body: list[str], tail: list[str]) -> str:
    return "\n".join(body * 2 + tail) + "\n"


def _assert_cut_lines(lang: str, body: list[str], tail: list[str], cut: list[str]) -> None:
    """The release's cuts (author boxes aside) are the lines of ``tail`` that open with the strings of ``cut``."""
    found = [text for reason, text in cuts(_release(body, tail), AuthorBoxes(), lang=lang) if reason != "author_bio"]
    assert len(found) == len(cut)
    for text, start in zip(found, cut, strict=True):
        assert text.startswith(start)


@pytest.mark.parametrize(
    ("lang", "body", "tail", "cut"),
    [
        (
            "en",
            [
                "Cascade Orchard Cooperative opened a cold storage hub in Hood River on Monday.",
                "The hub holds twelve thousand bins and serves forty-two member orchards.",
            ],
            [
                "About Cascade Orchard Cooperative",
                "Cascade Orchard Cooperative is a grower-owned cooperative founded in 1987.",
                "Media Contact:",
                "Ellen Marsh, (541) 000-0000, media@example.com",
            ],
            [
                "About Cascade Orchard Cooperative",
                "Cascade Orchard Cooperative is a grower-owned cooperative",
                "Media Contact:",
                "Ellen Marsh, (541) 000-0000",
            ],
        ),
        (
            "ro",
            [
                "Lăptăria Valea Izei deschide o cramă de maturare a brânzeturilor în Ieud.",
                "Crama poate fi vizitată de grupuri mici, cu programare, din februarie.",
            ],
            [
                "Despre Lăptăria Valea Izei",
                "Lăptăria Valea Izei este o afacere de familie înființată în 2011 în Ieud.",
                "Contact presă: Ioana Pop, 0700 000 000, presa@example.ro",
            ],
            ["Despre Lăptăria Valea Izei", "Lăptăria Valea Izei este o afacere", "Contact presă: Ioana Pop"],
        ),
        (
            "vi",
            [
                "Hải Âu Logistics khai trương kho lạnh 5.000 tấn tại cảng cá Thọ Quang.",
                "Kho lạnh sẽ phục vụ khoảng 600 tàu cá mỗi tháng trong mùa khai thác chính.",
            ],
            [
                "Về Hải Âu Logistics: Hải Âu Logistics là doanh nghiệp kho bãi và vận tải lạnh.",
                "Liên hệ báo chí: Phòng Truyền thông – truyenthong@example.vn",
            ],
            ["Về Hải Âu Logistics: Hải Âu Logistics là", "Liên hệ báo chí: Phòng Truyền thông"],
        ),
        (
            "ko",
            [
                "한빛물류는 인천항 배후단지에 신선화물 전용 창고를 새로 열었다고 밝혔다.",
                "새 창고는 내년 3월부터 본격 가동될 예정이다.",
            ],
            [
                "한빛물류 개요",
                "한빛물류는 2009년 설립된 종합 물류 기업이다.",
                "언론 연락처",
                "한빛물류 홍보팀 이수진 과장 · 032-000-0000 · press@example.co.kr",
            ],
            ["한빛물류 개요", "한빛물류는 2009년 설립된", "언론 연락처", "한빛물류 홍보팀 이수진"],
        ),
        (
            # the article before the name in the heading, the name after an opening clause in the box
            "pt",
            [
                "A Coopercafé Serra Verde inaugurou um armazém de 90 mil sacas em Santa Rita do Sapucaí.",
                "O armazém atende 640 cooperados e tem secadores próprios para os lotes especiais.",
            ],
            [
                "Sobre a Coopercafé Serra Verde",
                "Fundada em 1988, a Coopercafé Serra Verde é uma cooperativa de produtores de café do Sul de Minas.",
                "Contato para imprensa: Larissa Menezes, imprensa@example.com.br",
            ],
            ["Sobre a Coopercafé Serra Verde", "Fundada em 1988, a Coopercafé", "Contato para imprensa: Larissa"],
        ),
        (
            "es",
            [
                "La Cooperativa Olivar del Sur abrió en Jaén una almazara con capacidad para 400 toneladas diarias.",
                "La planta dará servicio a más de mil socios de la comarca durante la campaña.",
            ],
            [
                "Acerca de la Cooperativa Olivar del Sur",
                "Desde 1976, la Cooperativa Olivar del Sur agrupa a olivareros de la Sierra Sur de Jaén.",
                "Contacto de prensa: Marta Ruiz, prensa@example.es",
            ],
            ["Acerca de la Cooperativa Olivar del Sur", "Desde 1976, la Cooperativa", "Contacto de prensa: Marta"],
        ),
    ],
    ids=["en", "ro", "vi", "ko", "pt", "es"],
)
def test_a_release_issuer_box_and_contact_are_cut(lang: str, body: list[str], tail: list[str], cut: list[str]) -> None:
    _assert_cut_lines(lang, body, tail, cut)


def test_a_readme_about_section_without_a_press_contact_stays() -> None:
    text = (
        "# Tidewater\n\nTidewater reads tide tables and prints the next high water for a harbour.\n\n"
        "## Usage\n\nRun tidewater with the harbour's code; it prints the times in local time.\n\n"
        "## About Tidewater\n\nTidewater is maintained by a small group of sailors in their spare time.\n"
    )
    assert [r for r, _ in cuts(text, AuthorBoxes()) if r == "issuer_box"] == []
    assert boilerstrip.clean(text).text.split() == text.split()


def test_a_contact_paragraph_in_a_report_is_no_contact_line() -> None:
    # A sentence that opens with the label's words is prose ("Media contacts were told on Friday.").
    text = (
        "The council met on Friday to discuss the harbour works and their cost for the next two years.\n"
        "Media contacts were told on Friday that the minutes would be published the following week.\n"
    )
    assert [r for r, _ in cuts(text, AuthorBoxes()) if r == "press_contact"] == []


@pytest.mark.parametrize(
    ("rows", "share"),
    [
        (
            ["Árbitro: Díaz Ramos", "Espectadores: 12.340", "Goles: Herrero, Gil, Soto"],
            "Compartir: WhatsApp · Facebook · X",
        ),
        (["Cena: 1 200 €", "Garums: 4,6 m", "Izlaides gads: 1987"], "Dalīties: Facebook X E-pasts"),
        (["מחיר: 98 ש״ח", "עמודים: 312", "הוצאה: כנרת"], "שתפו: וואטסאפ פייסבוק"),
    ],
    ids=["es", "lv", "he"],
)
def test_a_share_row_among_labelled_rows_is_no_field(rows: list[str], share: str) -> None:
    # Labelled rows are data (a match sheet, an ad's fields, a book's details); a share row under them is not.
    doc = Document("\n".join([*rows, share]))
    protected = protected_lines(doc)
    assert all(protected.get(line.index) == "rows" for line in doc.content[:3])
    assert doc.content[3].index not in protected


@pytest.mark.parametrize(
    ("lang", "body", "tail", "cut"),
    [
        (
            "en",
            [
                "Larkspur Water Systems will test smart water meters in three towns from January.",
                "The pilot covers about 2,400 homes and runs for eighteen months.",
            ],
            [
                "Media Contact:",
                "Jenna Morales, Larkspur Water Systems",
                "207-555-0143, media@example.com",
                "SOURCE Larkspur Water Systems",
            ],
            ["Media Contact:", "Jenna Morales", "207-555-0143", "SOURCE Larkspur"],
        ),
        (
            "de",
            [
                "Die Nordhafen Logistik GmbH eröffnet im Februar ein Kühllager in Cuxhaven.",
                "Das Lager bietet Platz für 4.000 Paletten und schafft 35 Arbeitsplätze.",
            ],
            [
                "Pressekontakt:",
                "Nordhafen Logistik GmbH",
                "Katrin Sommer, Unternehmenskommunikation",
                "Tel. +49 4721 000000",
                "presse@example.de",
                "QUELLE Nordhafen Logistik GmbH",
            ],
            ["Pressekontakt:", "Nordhafen Logistik GmbH", "Katrin Sommer", "Tel.", "presse@", "QUELLE"],
        ),
        (
            "es",
            [
                "Conservas del Cantábrico abrirá una nueva planta en Santoña en primavera.",
                "La planta dará trabajo a sesenta personas durante la campaña de la anchoa.",
            ],
            ["Contacto de prensa:", "Lucía Ortega", "prensa@example.es", "FUENTE Conservas del Cantábrico"],
            ["Contacto de prensa:", "Lucía Ortega", "prensa@", "FUENTE"],
        ),
    ],
    ids=["en", "de", "es"],
)
def test_contact_details_under_a_bare_label_and_the_wire_trailer_are_cut(
    lang: str, body: list[str], tail: list[str], cut: list[str]
) -> None:
    _assert_cut_lines(lang, body, tail, cut)


def test_a_bare_label_over_prose_takes_nothing_and_a_story_source_line_is_no_trailer() -> None:
    # Details end in a phone number or an address; a sentence under the label is the text's own. A "SOURCE"
    # line is a wire's trailer only in its capitals and near a release's contact.
    text = (
        "The harbour board approved the new pier on Monday after a long debate about its cost.\n"
        "Work starts in October and should take about eight weeks, the harbour master said.\n"
        "Press contact:\n"
        "Questions about the works go to the harbour office, which is open every weekday morning.\n"
        "Source: harbour board minutes of 3 March.\n"
    )
    assert [t for r, t in cuts(text, AuthorBoxes()) if r == "press_contact"] == ["Press contact:\n"]


@pytest.mark.parametrize(
    ("lang", "body", "tail", "cut"),
    [
        (
            "pt",
            [
                "A Cooperativa Vale Alto abriu nesta segunda-feira um novo centro de secagem de grãos em Lavras.",
                "O centro tem capacidade para 40 mil sacas e emprega vinte pessoas na safra.",
            ],
            ["Informações para a imprensa", "Agência Prumo – Júlia Castro", "imprensa@example.com.br | (35) 0000-0000"],
            ["Informações para a imprensa", "Agência Prumo", "imprensa@"],
        ),
        (
            "de",
            [
                "Ein Forschungsteam der Universität hat zehn Jahre lang die Stickstoffbilanz einer Aue gemessen.",
                "Die Daten zeigen, dass nasse Jahre deutlich mehr Nitrat zurückhalten als trockene.",
            ],
            ["Wissenschaftliche Ansprechpartner:", "Dr. Jana Vogt, Arbeitsgruppe Auenökologie, Tel. 0000 000-000"],
            ["Wissenschaftliche Ansprechpartner:", "Dr. Jana Vogt"],
        ),
    ],
    ids=["pt-information-for-the-press", "de-science-contact"],
)
def test_information_for_the_press_and_a_science_contact_are_contact_labels(
    lang: str, body: list[str], tail: list[str], cut: list[str]
) -> None:
    _assert_cut_lines(lang, body, tail, cut)


def test_a_paragraph_naming_the_issuer_far_into_it_is_no_box() -> None:
    body = [
        "A Coopercafé Serra Verde inaugurou um armazém de 90 mil sacas em Santa Rita do Sapucaí.",
        "O armazém atende 640 cooperados e tem secadores próprios para os lotes especiais.",
    ]
    # the closing paragraph under the heading speaks of the region, and names the issuer only late in it
    tail = [
        "Sobre a Coopercafé Serra Verde",
        "O Sul de Minas responde por boa parte do café do país, e as cooperativas como a Coopercafé Serra Verde crescem.",
        "Contato para imprensa: Larissa Menezes, imprensa@example.com.br",
    ]
    found = [text for reason, text in cuts(_release(body, tail), AuthorBoxes(), lang="pt") if reason == "issuer_box"]
    assert found == []
