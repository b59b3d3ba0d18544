"""Interface pack 40: reader tools around an article, academic journal and repository furniture, sports live-centre
and match-page furniture, help-centre and knowledge-base furniture.

Reader tools ("A+ A-", "Listen to article", "Link copied to clipboard", "Artikel vorlesen lassen", "Offrir cet
article", "Подарить статью", "文字を大きくする", "Powered by Google Traduttore", "AI 요약 보기"), journal, repository and
preprint furniture ("Cite this article", "Article CAS PubMed Google Scholar", "Reprints and permissions", "Submission
history", "Show full item record", "Zur Langanzeige", "Mostrar el registro completo del ítem", "HTML全文", "CAJ下载", and
the prefixes "View a PDF of the paper titled", "Текст научной работы на тему"), sports live centres ("Live commentary",
"Key events only", "Liveticker aktualisieren", "Aggiorna la diretta", "一球速報") and help centres ("Have more
questions? Submit a request", "Articles in this section", "Recently viewed articles", "War dieser Beitrag hilfreich?"
was there; "Was dit artikel behulpzaam?", "以上内容是否对您有帮助？"). The pack's phrases are kept in
`benchmarks/data/lexicon-pack40.json`, applied by `benchmarks/apply_lexicon_pack.py`.

Each page here is invented: an article of three sentences with the furniture around and between them. The furniture
goes, every article sentence stays; sentences that share the phrases' words, and the forms left out on purpose, stay.
"""

from __future__ import annotations

from boilerstrip.rules.lexicon import load_lexicon
from tests.cleaners import lexicon_packs as kit

#: (language, furniture): one page per case; the lines are put around and between the article's sentences.
CASES = [
    # reader tools around an article
    ("en", ["A+ A-", "Listen to article", "Link copied to clipboard"]),
    ("de", ["Text vergrößern", "Artikel vorlesen lassen", "Diesen Artikel verschenken"]),
    ("fr", ["Réduire la taille du texte", "Offrir cet article", "Lien copié"]),
    ("es", ["Activar modo oscuro", "Escuchar la noticia", "Reportar un error"]),
    ("ru", ["Увеличить размер шрифта", "Подарить статью", "Предложить исправление"]),
    ("ja", ["文字を大きくする", "この記事を聞く", "誤字脱字を報告"]),
    ("ar", ["تفعيل الوضع الليلي", "استمع إلى الخبر", "ملخص بالذكاء الاصطناعي"]),
    ("hi", ["फ़ॉन्ट बड़ा करें", "आर्टिकल सुनें", "त्रुटि की रिपोर्ट करें"]),
    # academic journal, repository and preprint furniture
    ("en", ["Cite this article", "Article CAS PubMed Google Scholar", "Reprints and permissions"]),
    ("en", ["Submission history", "Show full item record", "Access through your institution"]),
    ("de", ["Zur Langanzeige", "Artikel zitieren", "Zitation exportieren"]),
    ("es", ["Mostrar el registro completo del ítem", "Citar este artículo", "Exportar cita"]),
    ("pt", ["Mostrar registro completo", "Arquivos deste item", "Exportar citação"]),
    ("cs", ["Zobrazit celý záznam", "Soubory tohoto záznamu", "Citovat článek"]),
    ("zh", ["HTML全文", "引用本文", "CAJ下载"]),
    ("id", ["Buat Penyerahan", "Kutip artikel ini", "Informasi Untuk Pembaca"]),
    # sports live-centre and match-page furniture
    ("en", ["Live commentary", "Key events only", "Auto refresh off"]),
    ("de", ["Liveticker aktualisieren", "Gesamte Tabelle anzeigen", "Zur Spielstatistik"]),
    ("en", ["Read match report", "View league table", "See all stats"]),
    ("it", ["Vedi calendario completo", "Aggiorna la diretta"]),
    ("pl", ["Odśwież relację"]),
    ("fi", ["Näytä koko sarjataulukko", "Seuraa ottelua livenä"]),
    ("ja", ["一球速報", "テキスト速報"]),
    # help-centre and knowledge-base furniture
    ("en", ["Have more questions? Submit a request", "Articles in this section", "Recently viewed articles"]),
    (
        "de",
        [
            "Haben Sie weitere Fragen? Anfrage einreichen",
            "Artikel in diesem Abschnitt",
            "Kürzlich aufgerufene Beiträge",
        ],
    ),
    (
        "fr",
        [
            "Vous avez d'autres questions ? Envoyer une demande",
            "Articles dans cette section",
            "Articles récemment consultés",
        ],
    ),
    ("nl", ["Was dit artikel behulpzaam?", "Artikelen in deze sectie", "Recent bekeken artikelen"]),
    ("sv", ["Var denna information till hjälp?", "Artiklar i detta avsnitt", "Nyligen visade artiklar"]),
    ("zh", ["以上内容是否对您有帮助？", "搜索帮助中心", "最近查看的文章"]),
    ("ko", ["이 문서가 도움이 되었습니까?", "고객센터 검색", "최근에 본 문서"]),
    ("he", ["האם המאמר הזה עזר לך?", "מאמרים בקטע זה", "מאמרים שנצפו לאחרונה"]),
]


@kit.each_page(CASES)
def test_pack40_furniture_is_cut(lang: str, chrome: list[str]) -> None:
    kit.assert_cut_between(kit.ARTICLE[lang], chrome)


def test_each_kind_has_its_reason() -> None:
    expected = {
        "navigation": ["A+ A-", "Zur Langanzeige", "Article CAS PubMed Google Scholar", "Articles in this section"],
        "share_buttons": ["Cite this article", "Diesen Artikel verschenken", "Link copied to clipboard", "引用本文"],
        "player_ui": ["Listen to article", "Artikel vorlesen lassen", "この記事を聞く"],
        "widget": ["Report an error", "Was dit artikel behulpzaam?", "以上内容是否对您有帮助？"],
        "legal_footer": ["Reprints and permissions", "Powered by Google Traduttore", "ملخص بالذكاء الاصطناعي"],
        "paywall_notice": ["Access through your institution", "Buy article PDF"],
        "related_header": ["Recently viewed articles", "Similar articles", "Kürzlich aufgerufene Beiträge"],
        "live_ui": ["Live commentary", "Liveticker aktualisieren", "一球速報"],
        "counter": ["Last updated 3 days ago", "Updated over a week ago", "12 CrossRef citations to date"],
    }
    kit.assert_reasons(expected)


def test_a_listen_label_takes_its_running_time() -> None:
    kit.assert_reasons(
        {"player_ui": ["Listen to article 4 min", "Listen to this story · 5:12", "Artikel vorlesen 3 Min."]}
    )


def test_repository_and_preprint_prefixes_take_their_rest() -> None:
    kit.assert_prefix_only(
        "View a PDF of the paper titled Surface codes at scale, by Jane Smith and John Doe",
        "Use this identifier to cite or link to this item: http://hdl.handle.net/123/456",
        "Текст научной работы на тему «Влияние климата на урожайность пшеницы»",
        "Аннотация научной статьи по медицине и здравоохранению, автор научной работы — Иванов Иван Иванович",
    )


#: Left out on purpose (the README says why): headings of papers, manuals, match reports and READMEs, the bare
#: "submit a request" buttons, the "still need help?" and "found an error?" questions, bare service names.
LEFT_OUT = [
    "Results",
    "References",
    "Supplementary materials",
    "How to cite",
    "Open access",
    "Check for updates",
    "Request permissions",
    "Related research",
    "Google Scholar",
    "PubMed",
    "Crossref",
    "Other Formats",
    "Export BibTeX",
    "Line-ups",
    "Head to head",
    "Form guide",
    "Full time",
    "Kick-off",
    "Full league table",
    "Komplette Tabelle",
    "Tüm puan durumu",
    "Text size",
    "Dark mode",
    "Reading mode",
    "Enable dark mode",
    "Change font size",
    "Key points",
    "Submit a request",
    "Anfrage einreichen",
    "Enviar una solicitud",
    "Still need help?",
    "Stále potřebujete pomoc?",
    "Spotted an error?",
    "Prijavi grešku",
    "Fehler gefunden?",
    "Contact support",
    "Need more help?",
    "在线阅读",
]


@kit.each_line(LEFT_OUT)
def test_left_out_forms_are_no_phrases(line: str) -> None:
    kit.assert_no_phrase(line)


def test_forms_not_matched_without_a_code_change() -> None:
    """A word glued to its plural in brackets read as a call, and a count opening the line before "out of #" was
    taken off before the `#` test: neither was written (the README says so). Session twenty-five changed the code
    (`tests/cleaners/test_matcher_defects.py`) and wrote the vote count; the repository's line is still unwritten."""
    assert load_lexicon().line_reason("This item appears in the following Collection(s)") is None
    assert load_lexicon().line_reason("3 out of 5 found this helpful") == "counter"


#: Chrome-free documents whose sentences share the pack's words: they come out unchanged.
NEGATIVE = [
    (
        "English paper",
        "We cite this article's earlier version only where the data differ.\n"
        "The full text of the protocol is available from the authors on request.\n"
        "Rights and permissions for the images were obtained from the museum.",
    ),
    (
        "English match report",
        "Arsenal took the lead in the 12th minute through a header from a corner.\n"
        "The live commentary on the radio caught the moment the stand fell silent.\n"
        "At full time the home side were three points clear at the top of the table.",
    ),
    (
        "English help text",
        "If the printer still fails, submit a request to the IT service desk.\n"
        "The article in this section explains how to reset the device.\n"
        "Most users found this helpful when the network was down.",
    ),
    (
        "German club report",
        "Im Liveticker des Vereins stand am Ende nur das nackte Ergebnis.\n"
        "Die komplette Tabelle der Kreisliga findet sich im Anhang des Berichts.\n"
        "Der Trainer will den Artikel in der Vereinszeitung zitieren lassen.",
    ),
]


@kit.each_document(NEGATIVE)
def test_chrome_free_documents_stay(name: str, text: str) -> None:
    kit.assert_kept(text)


def test_the_pack_file_is_in_the_lexicon() -> None:
    """Every phrase of the pack's JSON is in its file, as the apply script put it there."""
    assert kit.phrases_missing("lexicon-pack40") == []
