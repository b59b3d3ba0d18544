"""A breadcrumb trail that the page's own menu lines echo: a site's structure, read in any language."""

from __future__ import annotations

import pytest

import boilerstrip
from boilerstrip import gate
from boilerstrip.rules.menu_trail import HEAD_LINES, echoed_trail

#: Menus and trails of invented sites in several languages and separators: the trail's first two links are
#: lines of the menu above it.
PAGES = {
    "mk": (["Почетна", "За судот", "Соопштенија", "Контакт"], "Почетна / Соопштенија"),
    "pt": (["Início", "A Junta", "Serviços", "Notícias", "Contactos"], "Início › Notícias › Feira do mel"),
    "sw": (["Mwanzo", "Habari", "Michezo", "Biashara"], "Mwanzo » Habari"),
    "ja": (["ホーム", "ニュース", "イベント", "お問い合わせ"], "ホーム > ニュース > 秋祭り"),
    "am": (["መነሻ", "ሥራዎች", "ስለ እኛ", "ስልጠናዎች"], "መነሻ › ሥራዎች › ፋይናንስ"),
}
STORY = [
    "The council approved the plan for the old stone bridge on Tuesday evening after a long debate.",
    "Works start in April and last the whole summer, with a footbridge for walkers downstream.",
]


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_a_trail_echoing_the_menu_is_found(lang: str) -> None:
    menu, trail = PAGES[lang]
    assert echoed_trail([*menu, trail, "A headline of the day", *STORY]) == trail


@pytest.mark.parametrize(
    "lines",
    [
        # A README's row of section links over headings that head paragraphs: no menu repeats them.
        ["Install | Usage | License", "Install", "Run pip install ruler to get it.", "Usage", "Call it.", "License"],
        # A count, not links: its "links" hold no letter.
        ["1 · 2 · 3", "3", "2", "1", *STORY],
        # One link echoed only: a path that names a heading once.
        ["Docs", "API", "Guides", "Home / Reference", *STORY],
        # A trail far below the head is a line of the text, not the site's.
        [
            *["Home", "News", "Sport", "Weather"],
            *(f"Line {i} of the story goes on." for i in range(HEAD_LINES)),
            "Home / News",
        ],
        # A sentence with slashes is no trail: its parts are long.
        ["Yes", "No", "Maybe", "Yes / No / Maybe is what the form asks every visitor on the first page."],
    ],
)
def test_no_trail_where_no_menu_echoes_it(lines: list[str]) -> None:
    assert echoed_trail(lines) is None


def _page(with_trail: bool) -> str:
    menu, trail = PAGES["mk"]
    return "\n".join([*menu, *([trail] if with_trail else []), "Изречена пресуда", *STORY, ""])


def test_a_page_with_a_menu_trail_is_not_rerun_as_a_document(monkeypatch: pytest.MonkeyPatch) -> None:
    # Whatever the first run admitted, a text whose trail echoes its menu is a site's page: the pipeline keeps
    # that run instead of rerunning it with the formatting cleaners alone (flag "thin_chrome").
    monkeypatch.setattr(gate, "thin_chrome", lambda *args, **kwargs: True)
    assert "thin_chrome" not in boilerstrip.clean(_page(with_trail=True)).flags
    assert "thin_chrome" in boilerstrip.clean(_page(with_trail=False)).flags


def test_the_gate_asks_the_run_whether_its_page_shows_a_menu_trail(monkeypatch: pytest.MonkeyPatch) -> None:
    # A page the labeller reads blind needs fewer strong lines when it shows a site's structure of its own
    # (gate.blind_witnesses, gate.veto_witnesses): the pipeline hands the gate its run's answer, asked once.
    answers: list[bool] = []
    veto = gate.veto_witnesses

    def spy(reasons: object, site_shaped: object = None) -> int:
        assert callable(site_shaped)
        answers.append(site_shaped())
        return veto(reasons, site_shaped)  # type: ignore[arg-type]

    monkeypatch.setattr(gate, "veto_witnesses", spy)
    boilerstrip.clean(_page(with_trail=True) + "Share\n© 2026 Основен суд\n")
    assert answers and all(answers)
    answers.clear()
    boilerstrip.clean(_page(with_trail=False) + "Share\n© 2026 Основен суд\n")
    assert answers and not any(answers)
