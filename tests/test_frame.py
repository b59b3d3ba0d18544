"""A whole-page text dump's article frame (boilerstrip.rules.frame) and what the gate and the labeller do with it."""

from __future__ import annotations

from collections.abc import Sequence

from boilerstrip import gate
from boilerstrip.cleaners.line_labeller import LineLabeller
from boilerstrip.document import Document
from boilerstrip.labeller import SCORES_KEY
from boilerstrip.protect import protected_lines
from boilerstrip.rules.frame import MIN_HEAD_CHROME, dump_frame
from boilerstrip.types import Cut

# Invented pages in three languages: a header of menus, the article, a footer.
MENU_DE = ["Startseite", "Politik", "Wirtschaft", "Sport", "Kultur", "Wissen", "Panorama", "Reise", "Auto", "Video"]
MENU_DE += ["Podcasts", "Newsletter"]
STORY_DE = [
    "Der Stadtrat hat am Dienstag nach langer Debatte den neuen Haushalt für die Schulen beschlossen.",
    "Die ersten Klassenzimmer sollen im Frühjahr öffnen, sobald die Heizung ersetzt worden ist.",
    "Die Opposition kritisierte, dass die Sanierung der Turnhalle erneut verschoben wird.",
    "Der Bürgermeister versprach, die Eltern im Herbst über den Stand der Arbeiten zu informieren.",
]
MENU_FR = ["Accueil", "Politique", "Économie", "Sport", "Culture", "Sciences", "Société", "Voyages", "Auto", "Vidéos"]
MENU_FR += ["Podcasts", "Lettres d'information"]
STORY_FR = [
    "Le conseil municipal a adopté mardi soir le nouveau budget des écoles après un long débat.",
    "Les premières salles de classe ouvriront au printemps, une fois le chauffage remplacé.",
    "L'opposition a regretté que la rénovation du gymnase soit encore une fois repoussée.",
    "Le maire a promis d'informer les parents de l'avancement des travaux à l'automne.",
]
FOOTER_ES = ["Aviso legal", "Política de privacidad", "Contacto", "Quiénes somos"]


def _scores(doc: Document, chrome: set[int]) -> list[float | None]:
    """Scores aligned with ``doc.lines``: 0.95 on the lines of ``chrome`` (indexes of content lines), else 0.05."""
    out: list[float | None] = [None] * len(doc.lines)
    for k, line in enumerate(doc.content):
        out[line.index] = 0.95 if k in chrome else 0.05
    return out


def _page(menu: Sequence[str], title: str, story: Sequence[str], footer: Sequence[str]) -> tuple[Document, set[int]]:
    lines = [*menu, title, *story, *footer]
    chrome = set(range(len(menu))) | set(range(len(menu) + 1 + len(story), len(lines)))
    return Document("\n".join(lines)), chrome


def test_a_page_dump_has_a_frame_around_its_headline_and_article() -> None:
    doc, chrome = _page(MENU_DE, "Stadtrat beschließt Schulhaushalt", STORY_DE, FOOTER_ES * 2)
    frame = dump_frame(doc, _scores(doc, chrome))
    # The two lines above the first paragraph (the last menu item and the headline) stay inside the frame.
    assert frame == (len(MENU_DE) - 1, len(MENU_DE) + len(STORY_DE))


def test_no_frame_without_a_header_of_chrome_or_when_the_block_reads_as_chrome() -> None:
    doc, chrome = _page(MENU_FR, "Le conseil adopte le budget des écoles", STORY_FR, FOOTER_ES * 2)
    # Nothing above the article reads as chrome: an extracted article, a README.
    assert dump_frame(doc, _scores(doc, set())) is None
    # Fewer than MIN_HEAD_CHROME menu lines read as chrome above the block.
    few = {k for k in chrome if k >= len(MENU_FR) - MIN_HEAD_CHROME + 3}
    assert dump_frame(doc, _scores(doc, few)) is None
    # The block itself reads as chrome: a page of teasers, a settings table.
    assert dump_frame(doc, _scores(doc, set(range(len(doc.content))))) is None
    assert dump_frame(doc, _scores(doc, chrome)) is not None


def test_no_frame_in_a_short_text() -> None:
    doc = Document("\n".join([*MENU_DE[:5], STORY_DE[0], "Impressum"]))
    assert dump_frame(doc, _scores(doc, {0, 1, 2, 3, 4, 6})) is None


def _judge(
    doc: Document, scores: list[float | None], lines: Sequence[int], *, admitted: int, kind: str = "model"
) -> list[gate.Verdict]:
    cuts = [Cut(doc.content[k].start, doc.content[k].end, "labelled_chrome") for k in lines]
    return gate.judge(
        doc,
        cuts,
        [kind] * len(cuts),
        dial=gate.DIALS["balanced"],
        witnesses=admitted,
        scores=scores,
        admitted=admitted,
    )


def test_outside_the_frame_the_labeller_needs_less_and_verse_protects_nothing() -> None:
    # A Czech page dump whose footer repeats four lines of the header's menu: a refrain, by the verse rule.
    menu = ["Zprávy z domova", "Zprávy ze světa", "Ekonomika a peníze", "Sport a zábava"] + [
        f"Rubrika {i}" for i in range(9)
    ]
    story = [
        "Městská rada v úterý po dlouhé debatě schválila nový rozpočet pro základní školy ve městě.",
        "První třídy se mají otevřít na jaře, jakmile bude vyměněno staré topení v budově školy.",
        "Opozice kritizovala, že oprava tělocvičny se znovu odkládá na příští rok bez udání důvodu.",
    ]
    doc, chrome = _page(menu, "Rada schválila rozpočet škol", story, menu[:4])
    scores = _scores(doc, chrome)
    footer = range(len(doc.content) - 4, len(doc.content))
    for k in footer:
        scores[doc.content[k].index] = 0.6  # under the balanced bars of 0.9 and, after the last paragraph, 0.6
    scores[doc.content[len(doc.content) - 1].index] = 0.55
    assert {protected_lines(doc).get(doc.content[k].index) for k in footer} == {"verse"}
    admitted = _judge(doc, scores, footer, admitted=gate.FRAME_WITNESSES)
    assert [v.held for v in admitted] == [""] * 4
    assert {v.evidence for v in admitted} == {"model"}
    # Without strong evidence on several lines (a README the labeller reads as a page) nothing changes.
    held = _judge(doc, scores, footer, admitted=gate.FRAME_WITNESSES - 1)
    assert all(v.held.startswith("protected verse") for v in held)


def test_inside_the_frame_nothing_changes_and_tables_stay_protected_outside() -> None:
    rows = ["| Tým | Body |", "| Sparta | 31 |", "| Slavia | 29 |", "| Plzeň | 27 |"]
    doc, chrome = _page(MENU_DE, "Stadtrat beschließt Schulhaushalt", STORY_DE, rows)
    scores = _scores(doc, chrome)
    n = len(doc.content)
    table = range(n - len(rows), n)
    assert all(protected_lines(doc).get(doc.content[k].index) == "table" for k in table)
    assert all(v.held.startswith("protected table") for v in _judge(doc, scores, table, admitted=5))
    # The headline inside the frame, scored 0.7: under the balanced bar of 0.9 as before.
    title = len(MENU_DE)
    scores[doc.content[title].index] = 0.7
    (verdict,) = _judge(doc, scores, [title], admitted=5)
    assert verdict.held == "below the dial's bar for the labeller's own proposals"


def test_frame_evidence_cuts_only_outside_a_frame() -> None:
    doc, chrome = _page(
        MENU_FR, "Le conseil adopte le budget des écoles", STORY_FR, [*FOOTER_ES, "Tous droits réservés."]
    )
    scores = _scores(doc, chrome)
    last = len(doc.content) - 1
    assert [v.held for v in _judge(doc, scores, [last], admitted=3, kind="frame")] == [""]
    # No frame (nothing above the article reads as chrome): frame evidence cuts nothing, whatever the score.
    plain = _scores(doc, {last})
    (verdict,) = _judge(doc, plain, [last], admitted=3, kind="frame")
    assert verdict.held == "not outside a page dump's article frame"


def _propose(doc: Document, scores: list[float | None]) -> dict[str, str]:
    doc.supply(SCORES_KEY, lambda d: tuple(scores))
    return {doc.text[c.start : c.end].strip(): c.reason for c in LineLabeller().find(doc)}


def test_the_labeller_proposes_sentences_only_below_a_page_dumps_article() -> None:
    # Below the menu items of the footer: Kadane's block (each line that is not prose costs 30 characters)
    # ends with the article's last paragraph.
    footer = ["Impressum", "Kontakt", "Datenschutz", "Alle Rechte vorbehalten.", "Fehler gefunden? Schreiben Sie uns!"]
    doc, chrome = _page(MENU_DE, "Stadtrat beschließt Schulhaushalt", STORY_DE, footer)
    scores = _scores(doc, chrome)
    proposed = _propose(doc, scores)
    assert proposed["Alle Rechte vorbehalten."] == "page_tail_sentence"
    assert proposed["Fehler gefunden? Schreiben Sie uns!"] == "page_tail_sentence"
    assert proposed["Impressum"] == "labelled_chrome"
    assert not set(STORY_DE) & set(proposed)
    # The same text without a header of chrome: no frame, and a sentence is never proposed.
    plain = Document(doc.text)
    proposed = _propose(plain, _scores(plain, set(range(len(MENU_DE), len(plain.content)))))
    assert "Alle Rechte vorbehalten." not in proposed and "Impressum" in proposed


def test_a_paragraph_below_the_article_needs_a_higher_score() -> None:
    about = "Die Zeitung erscheint seit 1946 und berichtet täglich aus der Region, aus Politik, Sport und Kultur."
    doc, chrome = _page(
        MENU_DE,
        "Stadtrat beschließt Schulhaushalt",
        STORY_DE,
        ["Kontakt", "Impressum", "Datenschutz", "Karriere", about],
    )
    scores = _scores(doc, chrome)
    about_line = next(line for line in doc.content if line.text == about)
    scores[about_line.index] = 0.8
    assert about not in _propose(doc, scores)
    again = Document(doc.text)
    scores[about_line.index] = 0.92
    assert _propose(again, scores)[about] == "page_tail_sentence"
