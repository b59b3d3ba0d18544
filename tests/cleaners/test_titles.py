from __future__ import annotations

import pytest

import boilerstrip
from boilerstrip.cleaners import Titles
from boilerstrip.cleaners.titles import _menu, fused_kicker
from boilerstrip.document import Document
from boilerstrip.testing import check_cleaner, cuts
from tests.cleaners import lexicon_packs as kit

# End-to-end checks of the title rules below ask for favor="clean": in their short texts the head's
# place is the only evidence (weak), which the default dial keeps when the page shows no other chrome
# (tests/test_gate.py checks that side).
P = "The council approved the budget on Tuesday after a long debate, officials said."
P2 = "The new school will open in September, and the library will stay open later on weekdays."


def test_title_section_site_and_tagline() -> None:
    text = (
        "The Daily Ledger\nEconomy\nGet the latest business news from around the world and much more...\n"
        f"Council Approves Budget After Long Debate\n{P}\n{P2}"
    )
    assert [r for r, _ in cuts(text, Titles())] == ["section_label", "section_label", "tagline", "title"]
    # Nothing but the head's position says these lines are chrome (weak evidence): this asks for
    # favor="clean", where weak evidence needs no strong witness elsewhere on the page.
    md = boilerstrip.clean(text, favor="clean").metadata
    assert (md.title, md.section, md.site_name) == (
        "Council Approves Budget After Long Debate",
        "Economy",
        "The Daily Ledger",
    )


def test_duplicate_titles_and_kicker() -> None:
    text = f"TrockenheitBrandenburger Landkreise verbieten das Rasensprengen\nBrandenburger Landkreise verbieten das Rasensprengen\n{P}"
    found = cuts(text, Titles())
    assert [r for r, _ in found] == ["kicker", "title", "duplicate_title"]
    assert boilerstrip.clean(text, favor="clean").metadata.section == "Trockenheit"
    # With a byline (strong evidence) in the text, the default dial cuts the head as well.
    assert boilerstrip.clean(f"{text}\nBy Anna Berg").metadata.section == "Trockenheit"


@pytest.mark.parametrize(
    ("line", "kicker", "title"),
    [
        (
            "MovilidadEl tranvía de Zaragoza tendrá una segunda línea de este a oeste en 2030",
            "Movilidad",
            "El tranvía de Zaragoza tendrá una segunda línea de este a oeste en 2030",
        ),
        (
            "SiófokÚj kikötő épül a siófoki Aranypart keleti végén",
            "Siófok",
            "Új kikötő épül a siófoki Aranypart keleti végén",
        ),
    ],
)
def test_a_kicker_fused_before_a_short_first_word(line: str, kicker: str, title: str) -> None:
    doc = Document(f"{line}\n{P}")
    assert fused_kicker(doc, line) == kicker
    assert line[len(kicker) :] == title


def test_a_name_with_a_capital_inside_that_the_text_prints_whole_is_no_kicker() -> None:
    line = "PlayStation Portal wird ab Dezember auch in Österreich verkauft"
    doc = Document(f"{line}\nDie PlayStation Portal kostet in Österreich 219 Euro, teilte der Hersteller mit.\n")
    assert fused_kicker(doc, line) == ""


def test_body_is_never_touched() -> None:
    text = f"{P}\nFunding Questions Remain\n{P}"
    assert cuts(text, Titles()) == []


def test_live_blog_entry_after_title_stays() -> None:
    entry = "14.02 BST Regulator says permits will be fast-tracked"
    result = boilerstrip.clean(f"Hosepipe ban extended – live\nThu 8 Aug 2024 14.05 BST\n{entry}\n{P}")
    assert result.text.split("\n") == [entry, P]
    assert result.metadata.title == "Hosepipe ban extended – live"


def test_a_lone_heading_above_a_list_is_not_a_title() -> None:
    text = "Tested Products And Prices\nPS4 DualShock Controller for $39.99\nMechanical Keyboard for $59.99"
    assert cuts(text, Titles()) == []


def test_hard_wrapped_paragraph_is_not_a_head() -> None:
    text = (
        "Veteran actress Kate Henshaw, who in 2008 won the\n"
        "award for best actress, has shared new photos online.\n"
        "The photos were taken in Lagos last week, her team said."
    )
    assert cuts(text, Titles()) == []


def test_contract() -> None:
    check_cleaner(Titles(), ["A Title Here\n" + P, "", "x\n\n" + P])


def test_heading_of_a_chrome_free_text_stays() -> None:
    # Nothing but shape says "title": a recipe, a tutorial, a contract, a poem keep their first line.
    texts = [
        "Pearl Barley Soup\nSoak the barley overnight in cold water.\n200 g pearl barley\n2 leeks\n1 l stock\n"
        "Simmer for forty minutes, stirring now and then.",
        "Tarte aux poireaux\nPréchauffez le four à 180 degrés avant de commencer.\n3 poireaux\n200 g de comté\n"
        "1 pâte brisée\nFaites revenir les poireaux dans le beurre.",
        "Резервное копирование с cron\nДобавьте задание в crontab пользователя.\n0 3 * * * /usr/local/bin/backup\n"
        "crontab -l\nПроверьте журнал на следующее утро.",
    ]
    for text in texts:
        assert cuts(text, Titles()) == [], text
        assert boilerstrip.clean(text).metadata.title is None, text


def test_first_line_title_over_an_article_body() -> None:
    body = (
        "Die Stadtverwaltung hat am Montag die Sanierung der alten Brücke über die Saale angekündigt, "
        "nachdem Gutachter Risse in zwei Pfeilern gefunden hatten.\n"
        "Die Arbeiten sollen im Frühjahr beginnen und rund vierzehn Monate dauern, teilte der Bürgermeister mit.\n"
        "Während der Bauzeit wird der Verkehr über eine Behelfsbrücke flussabwärts umgeleitet, "
        "Fußgänger können die Fähre am Anleger nutzen.\n"
        "Anwohner hatten seit Jahren auf die Schäden hingewiesen und eine Bürgerinitiative gegründet, "
        "die nun zufrieden ist, aber einen festen Zeitplan verlangt.\n"
        "Die Kosten von knapp neun Millionen Euro teilen sich Land und Stadt; der Stadtrat hatte "
        "die Mittel bereits im Sommer freigegeben, nachdem eine erste Ausschreibung gescheitert war.\n"
    )
    text = "Alte Saalebrücke wird ab Frühjahr saniert\n" + body
    assert [r for r, _ in cuts(text, Titles())] == ["title"]


def test_first_line_title_with_chrome_elsewhere() -> None:
    # A date line cut further down vouches for the page being an article with a head.
    text = "Nuevo mercado abre sus puertas en Lorca\n" + (
        "El mercado municipal abrió el lunes tras dos años de obras en el casco antiguo.\n"
        "Publicado el 30 de noviembre de 2026\n"
    )
    result = boilerstrip.clean(text, favor="clean")
    assert result.metadata.title == "Nuevo mercado abre sus puertas en Lorca"


WIKI_BODY = {
    "de": "Der Wasserturm ist ein 38 Meter hoher Turm im Ortsteil Kaltenbrunn, der 1912 nach Plänen des Stadtbaurats errichtet wurde.",
    "en": "The water tower is a 38-metre tower in the village of Kaltenbrunn, built in 1912 to plans by the town architect.",
    "fr": "Le château d'eau est une tour de 38 mètres située dans le village de Kaltenbrunn, construite en 1912 par l'architecte de la ville.",
}


@pytest.mark.parametrize(
    ("lang", "tagline"),
    [
        ("de", "Aus Wikiland, der freien Enzyklopädie"),
        ("en", "From Wikiland, the free encyclopedia"),
        ("fr", "Un article de Wikiland, l'encyclopédie libre."),
    ],
)
def test_wiki_tagline_under_the_title_is_never_the_title(lang: str, tagline: str) -> None:
    result = boilerstrip.clean(f"Wasserturm Kaltenbrunn\n{tagline}\n{WIKI_BODY[lang]}", favor="clean")
    assert result.metadata.title == "Wasserturm Kaltenbrunn"
    assert result.text == WIKI_BODY[lang]


@pytest.mark.parametrize(
    "chrome",
    [
        "Zur Navigation springen Zur Suche springen",
        "Jump to navigation Jump to search",
        "Share on Facebook Share on X",
    ],
)
def test_interface_lines_are_never_the_title(chrome: str) -> None:
    text = f"Harbour Works\n{chrome}\n{P}"
    assert boilerstrip.clean(text).metadata.title != chrome


@pytest.mark.parametrize(
    ("line", "author"),
    [("Emilia Koskinen, STT", "Emilia Koskinen"), ("Jane Doe, AFP", "Jane Doe"), ("Jan Kowalski, PAP", "Jan Kowalski")],
)
def test_person_and_agency_under_the_title(line: str, author: str) -> None:
    text = f"Council Approves Budget After Long Debate\n{line}\n{P}"
    result = boilerstrip.clean(text, favor="clean")
    assert result.metadata.title == "Council Approves Budget After Long Debate"
    assert result.metadata.authors == (author,)
    assert result.text == P


def test_label_title_and_paragraph_make_a_head_over_a_list() -> None:
    # A label, then the title, then the first paragraph: the title goes even when a list follows.
    text = (
        "2026 Harbour Music Awards\n"
        "Nominees Announced for the Harbour Music Awards: See the Full List\n"
        "The nominations for this year's awards were announced on Tuesday morning in Portsmouth.\n"
        "Best Album\nTide Tables\nSalt Lines\nBest Song\nLow Water\nNorth Quay\n"
    )
    result = boilerstrip.clean(text, favor="clean")
    assert result.metadata.title == "Nominees Announced for the Harbour Music Awards: See the Full List"


@pytest.mark.parametrize(
    ("question", "meta", "first"),
    [
        (
            "Balkonkraftwerk im Winter: Was bringt es wirklich?",
            "Von Miriam Scholz",
            "Im Winter erzeugt ein Balkonkraftwerk nur einen kleinen Teil seines Jahresertrags, sagen Fachleute.",
        ),
        (
            "Szybkie ładowarki przy drogach. Ile ich przybyło w tym roku?",
            "28.11.2026, 14:05",
            "W tym roku przy drogach ekspresowych otwarto kilkadziesiąt nowych stacji szybkiego ładowania.",
        ),
        (
            "¿Vale la pena la ruta del Cares en noviembre?",
            "Por Ana Ruiz",
            "La ruta del Cares sigue abierta en noviembre, aunque los días son cortos y el frío aprieta.",
        ),
    ],
)
def test_a_question_headline_heads_the_page(question: str, meta: str, first: str) -> None:
    # Read as a sentence, a headline that asks a question would open the body and the section labels above
    # it would be all the head there is; with a byline under it and no paragraph, it is the title.
    text = f"Ratgeber\nEnergie\n{question}\n{meta}\n{first}\n"
    assert boilerstrip.clean(text, favor="clean").metadata.title == question


@pytest.mark.parametrize(
    ("labels", "question", "meta", "first"),
    [
        # The Arabic question mark ends a question headline in Persian, Urdu and Sindhi as "?" does in Latin.
        (
            "اقتصاد\nجامعه",
            "چرا قیمت نان در شیراز دوباره بالا رفت؟",
            "نویسنده: مریم احمدی",
            "نانوایی‌های شیراز از هفته گذشته قیمت نان سنگک را بیست درصد افزایش داده‌اند و مردم ناراضی هستند.",
        ),
        (
            "کاروبار\nشہر",
            "کیا لاہور میں بسوں کے کرائے پھر بڑھیں گے؟",
            "تحریر: عائشہ ملک",
            "صوبائی ٹرانسپورٹ اتھارٹی نے اگلے مہینے سے شہر کی بسوں کے کرائے میں اضافے کی تجویز پیش کی ہے۔",
        ),
    ],
)
def test_a_question_headline_in_arabic_script_heads_the_page(labels: str, question: str, meta: str, first: str) -> None:
    text = f"{labels}\n{question}\n{meta}\n{first}\n"
    assert boilerstrip.clean(text, favor="clean").metadata.title == question


def test_a_question_opening_the_text_is_not_a_headline() -> None:
    text = (
        "Notes on the harbour\nWhy does the ferry leave so early?\n"
        "Because the tide turns before seven, the captain told us, and nobody argues with the tide.\n"
    )
    assert boilerstrip.clean(text, favor="clean").metadata.title != "Why does the ferry leave so early?"


@pytest.mark.parametrize(
    "crumb",
    [
        "Forum › Huis en Tuin › Klimaatbeheersing",
        "Piłka nożna · Siatkówka · Żużel · Koszykówka",
        "現在位置：ホーム ＞ くらし・手続き ＞ ごみ・リサイクル",
    ],
)
def test_a_breadcrumb_or_menu_row_is_never_the_title(crumb: str) -> None:
    text = f"{crumb}\nThe Council Approves the Budget After a Long Debate\n{P}\n"
    assert (
        boilerstrip.clean(text, favor="clean").metadata.title == "The Council Approves the Budget After a Long Debate"
    )


@pytest.mark.parametrize(
    ("row", "lang", "menu"),
    [
        ("חדשות כלכלה ספורט תרבות מוסף סוף השבוע דעות", "he", True),  # no function word: a row of sections
        ("Nyheter Sport Familj Nöje Åsikter E-tidning", "sv", True),
        ("הכורכים האחרונים של חיפה", "he", False),  # "של": a headline's small word
        ("Tre pallplasser for de unge skiskytterne på sesongåpningen", "no", False),
        ("חדשות כלכלה ספורט תרבות מוסף", None, False),  # no language known: no stoplist to read
        # No stoplist for the language, or vowel signs in its words: a row that the home link opens is a menu.
        ("Domov Izleti Koča Mladinski odsek Vodniški odsek Članarina Kontakt", "sl", True),
        ("Sākums Par skolu Skolēniem Vecākiem Uzņemšana Kontakti", "lv", True),
        ("Басты бет Министрлік туралы Қызметтер Құжаттар Байланыс", "kk", True),
        ("হোম ফ্যাক্টচেক ব্যাখ্যা মিডিয়া সাক্ষরতা যোগাযোগ", "bn", True),
        ("Skolēnu mācību uzņēmumu Ziemassvētku tirdziņā rekordliels apgrozījums", "lv", False),
        ("সিলেটে বন্যার পানিতে কুমিরের ছবিটি পুরোনো", "bn", False),
        ("Langrenn Skiskyting Hopp Alpint Om klubben", "nb", False),  # Bokmål reads Norwegian's stoplist: "om"
    ],
)
def test_a_row_without_function_words_is_a_menu_row(row: str, lang: str | None, menu: bool) -> None:
    assert _menu(row, lang) is menu


def test_a_box_heading_over_a_list_is_not_taken_for_the_title_on_a_second_run() -> None:
    # Once the title is gone, a box's heading opens the text; a fresh run must not take it for the title.
    text = (
        "Das Wichtigste in Kürze\n- Von November bis Februar erzeugt die Anlage nur wenig Strom.\n"
        "- Ein steilerer Winkel hilft im Winter, weil die Sonne tiefer steht.\n"
        "Im Winter liefern kleine Solaranlagen auf dem Balkon deutlich weniger Strom als im Sommer, sagen Fachleute.\n"
    )
    assert boilerstrip.clean(text, favor="clean").metadata.title is None


def test_a_forum_posts_reply_subject_is_the_title_again() -> None:
    title = "Pierwszy lód na Zalewie Zegrzyńskim w tym sezonie"
    first = "Wczoraj widziałem pierwszych wędkarzy przy brzegu, ale lód wygląda na bardzo cienki i kruchy."
    answer = "Byłem dziś rano, przy brzegu ma może cztery centymetry, dalej nie ryzykowałbym wcale."
    other = "AW: Ein anderes Thema ganz ohne Bezug zum Eis"
    text = f"Strona główna\nZaloguj się\n{title}\n{first}\nRe: {title}\n{answer}\n{other}\n{answer} Tak.\n"
    result = boilerstrip.clean(text)
    assert result.metadata.title == title
    assert f"Re: {title}" not in result.text
    assert other in result.text  # another subject is the writer's own line


@pytest.mark.parametrize(
    "greeting",
    [
        "Hej allihop!",
        "Liebe Mitglieder, liebe Freunde!",
        "Drodzy sąsiedzi!",
        "Hello again, everyone!",
        "¡Hola a todos!",
    ],
)
def test_an_exclamation_under_the_title_is_the_texts_own(greeting: str) -> None:
    # A greeting or a cry under the title is the letter's first line: neither a standfirst nor a label.
    head = "Startseite > Lokales > Saale\nAlte Saalebrücke wird ab Frühjahr saniert\n"
    body = (
        "Die Stadtverwaltung hat am Montag die Sanierung der alten Brücke über die Saale angekündigt, "
        "nachdem Gutachter Risse in zwei Pfeilern gefunden hatten.\n"
        "Die Arbeiten sollen im Frühjahr beginnen und rund vierzehn Monate dauern, teilte der Bürgermeister mit.\n"
    )
    result = boilerstrip.clean(f"{head}{greeting}\n{body}", favor="clean")
    assert [r.reason for r in result.removed if r.cleaner == "titles"] == ["title"]
    assert result.text.startswith(greeting + "\n")
    # The same place holds a standfirst, or a label, when the line does not exclaim.
    for line in ("Gutachter fanden Risse in zwei Pfeilern der alten Brücke", greeting.rstrip("!")):
        again = boilerstrip.clean(f"{head}{line}\n{body}", favor="clean")
        assert [r.reason for r in again.removed if r.cleaner == "titles"] == ["title", "dek"], line


@pytest.mark.parametrize(
    ("crumb", "date", "title", "body"),
    [
        (
            "الرئيسية > محليات",
            "الأربعاء 10 كانون الأول 2026",
            "البلدية تفتتح مكتبة عامة جديدة في حي الجبل",
            "افتتحت البلدية يوم الاثنين مكتبة عامة جديدة في حي الجبل تضم أكثر من عشرة آلاف كتاب وقاعة للقراءة "
            "مخصصة للأطفال.\nوقال رئيس البلدية إن المكتبة ستفتح أبوابها يوميا حتى الثامنة مساء، وإن الاشتراك فيها "
            "مجاني لسكان المدينة.\n",
        ),
        (
            "Início > Cidades > Lages",
            "Quarta-feira, 10 de dezembro de 2026",
            "Prefeitura abre nova biblioteca no bairro Coral",
            "A prefeitura inaugurou na segunda-feira uma biblioteca pública no bairro Coral, com mais de dez mil "
            "livros e uma sala de leitura para crianças.\nSegundo o prefeito, a biblioteca vai abrir todos os dias "
            "até as oito da noite e a inscrição será gratuita para os moradores.\n",
        ),
    ],
)
def test_a_date_line_is_never_the_title(crumb: str, date: str, title: str, body: str) -> None:
    # Spelt out with its weekday, a date has a headline's length and shape; the title is the line under it.
    result = boilerstrip.clean(f"{crumb}\n{date}\n{title}\n{body}", favor="clean")
    assert result.metadata.title == title


@pytest.mark.parametrize(
    ("menu", "title", "body"),
    [
        (
            "Home Onze school Onderwijs Ouders Nieuws Agenda",
            "Groep zes oogst pompoenen in de schoolmoestuin",
            "De leerlingen van groep zes hebben deze week de laatste pompoenen uit de schoolmoestuin gehaald.\n"
            "Van de oogst koken zij vrijdag soep voor de hele school, vertelt juf Anouk.\n",
        ),
        (
            "Nyheter Sport Kultur Familj E-tidning Meny",
            "Kanotklubben bygger ny brygga vid sjön",
            "Kanotklubben i Sunne bygger en ny brygga vid sjön, och arbetet görs helt av ideella krafter.\n"
            "Den gamla bryggan var rutten och stängdes i somras efter en besiktning, berättar ordföranden.\n",
        ),
        (
            "首页 新闻 体育 财经 娱乐 视频 图片",
            "湖州新建外卖骑手驿站正式开放",
            "本周一，湖州市第一个外卖骑手驿站在南浔区正式开放，骑手可以在驿站休息、充电和喝水。\n"
            "驿站由社区和企业共同建设，每天开放到晚上十点。\n",
        ),
    ],
)
def test_the_title_is_the_line_the_opening_repeats(menu: str, title: str, body: str) -> None:
    # A menu row of five words or more stands first in the head; the headline is the line whose words the
    # article's first paragraphs repeat.
    result = boilerstrip.clean(f"{menu}\n{title}\n{body}", favor="clean")
    assert result.metadata.title == title
    assert title not in result.text.split("\n")


@pytest.mark.parametrize(
    "above",
    ["Terça-feira, 2 de dezembro de 2026", "Linha de apoio: 800 000 000 | Marcar consulta"],
)
def test_a_date_line_or_a_row_between_bars_above_the_title_is_furniture(above: str) -> None:
    title = "Produtores de castanha de Viseu criam marca comum para vender no estrangeiro"
    body = (
        "Os produtores de castanha do distrito de Viseu vão vender a colheita com uma marca comum, "
        "anunciou a associação regional na segunda-feira.\n"
        "A castanha com a nova marca chega aos mercados de França e do Brasil já no próximo ano.\n"
    )
    result = boilerstrip.clean(f"Economia\n{above}\n{title}\n{body}", favor="clean")
    assert result.metadata.title == title
    assert above not in result.text


@pytest.mark.parametrize(
    ("head", "title", "body"),
    [
        (
            "Start Verein Termine Kontakt",
            "Neuer Vorstand und grünes Licht für den Kunstrasen",
            "Die Jahreshauptversammlung hat am Freitag einen neuen Vorstand gewählt und den Kunstrasen beschlossen.",
        ),
        (
            "Acasă Rețete Despre mine",
            "Dulceața de gutui a bunicii, cu frunze de mușcată",
            "Dulceața de gutui se face toamna, iar bunica punea mereu câteva frunze de mușcată în borcan.",
        ),
        (
            "首页 新闻 体育 财经",
            "湖州新建外卖骑手驿站正式开放",
            "本周一，湖州市第一个外卖骑手驿站在南浔区正式开放，骑手可以在驿站休息和充电。",
        ),
    ],
)
def test_the_line_naming_the_story_is_the_title_the_labeller_may_cut(head: str, title: str, body: str) -> None:
    from boilerstrip.cleaners.titles import named_title_line
    from boilerstrip.document import Document

    doc = Document(f"{head}\n{title}\n{body}\n")
    assert named_title_line(doc) == 1
    # Nothing above the body names the story: no title.
    assert named_title_line(Document(f"{head}\n{body}\n")) is None


def test_a_caption_echoing_the_titles_first_words_does_not_make_the_title_a_list_row() -> None:
    # Two lines opening with the same words, neither numbered nor labelled, are a title and the caption that
    # echoes it, not two rows of a list: the title is chosen, not the menu row above it.
    title = "Porsuk Çayı'nda gondollar kış sezonunda da çalışacak"
    page = (
        f"Gündem Ekonomi Spor Yaşam Dünya Yazarlar\nABONE OL\n{title}\n\n"
        "Porsuk Çayı'nda turistleri taşıyan gondollar\n"
        "ESKİŞEHİR (İHA) – Eskişehir'in simgelerinden Porsuk Çayı'ndaki gondollar, bu yıl ilk kez kış aylarında "
        "da sefer yapacak.\n"
        "Belediyeden yapılan açıklamada, kapalı ve ısıtmalı gondolların Aralık ayı başından itibaren her gün sefer "
        "yapacağı belirtildi.\nIsıtmalı gondolların ilk deneme seferi cumartesi günü yapıldı.\n"
    )
    assert boilerstrip.clean(page).metadata.title == title


def test_numbered_rows_opening_alike_stay_a_list() -> None:
    head = [
        "1a etapa: Porto – Braga, 55 km",
        "2a etapa: Braga – Viana, 60 km",
    ]
    from boilerstrip.cleaners.titles import _list_row
    from boilerstrip.document import Document

    lines = list(Document("\n".join(head)).content)
    assert _list_row(lines, 0) and _list_row(lines, 1)


@pytest.mark.parametrize(
    "title",
    [
        "«El fang de la Bisbal té memòria»: parlem amb la ceramista Laia Ferrer",
        "„Három éve nem volt rendes akácmézünk” – egy méhész a változó tavaszokról",
    ],
)
def test_a_headline_opening_with_someones_words_is_the_title_and_goes(title: str) -> None:
    # A line opening with a quotation is protected as someone's words; chosen as the title, it is the headline.
    page = (
        f"Subscriu-te  Inicia sessió\nArt  Llibres  Música  Escena  Oficis\nENTREVISTA\n{title}\n"
        "Fa vint anys que treballa al mateix taller on el seu avi feia cassoles. Ara ha tornat a l'argila "
        "vermella de la zona.\nText: Marta Puig\nFotografia: Pere Sunyer\n28/11/2026\n"
        "P. Per què tornar al fang local, si és més difícil de treballar?\n"
        "R. Perquè és d'aquí. Durant anys vam comprar pasta industrial que venia de fora, i les peces eren "
        "perfectes però no deien res.\nP. On el trobeu?\n"
        "R. En un camp d'un pagès de Corçà que ens deixa cavar un cop l'any. El portem en sacs i el deixem "
        "reposar tot l'hivern.\n"
    )
    result = boilerstrip.clean(page)
    assert result.metadata.title == title
    assert title not in result.text


def test_a_quotation_in_the_text_stays_protected() -> None:
    # The same quotation as a paragraph of the interview is not the title and keeps its protection.
    quote = "«El fang de la Bisbal té memòria, es nota on s'ha tret»"
    page = (
        "Subscriu-te  Inicia sessió\nArt  Llibres  Música  Escena  Oficis\nENTREVISTA\n"
        "Parlem amb la ceramista Laia Ferrer sobre el fang de la Bisbal\n"
        "Fa vint anys que treballa al mateix taller on el seu avi feia cassoles, i ara ha tornat al fang local.\n"
        f"{quote}\n"
        "R. Perquè és d'aquí. Durant anys vam comprar pasta industrial que venia de fora, i les peces eren "
        "perfectes però no deien res.\n"
    )
    assert quote in boilerstrip.clean(page).text


def test_a_quotation_alone_on_its_line_stays_protected_from_the_headline_cut() -> None:
    # The gate lifts the quotation's protection for a headline that goes on after the quote, not for a line
    # that is a quotation and nothing more (the first line of a dialogue).
    from boilerstrip.document import Document
    from boilerstrip.gate import _as_headline

    doc = Document(
        "“妈妈，为什么还不能出去？”\n«El fang de la Bisbal té memòria»: parlem amb la ceramista Laia Ferrer\n"
    )
    protected = {0: "quote", 1: "quote"}
    assert _as_headline(doc, 0, 0, protected) == protected
    assert _as_headline(doc, 1, 1, protected) == {0: "quote"}


@pytest.mark.parametrize(
    ("head", "title", "body"),
    [
        (
            "Motor & Road\nNews | Reviews | Prices | Videos\n",
            "Is the new 150 cc scooter from Halden really the best value under four thousand pounds this winter?",
            "Anna Kerr | 03/12/2026 08:15\n"
            "After two weeks and a thousand miles on the Halden S150, our tester found it frugal and steady.\n"
            "The seat is tall, the boot is large and the fuel gauge reads low for the first half of the tank.\n",
        ),
        (
            "Heimat & Garten\nStartseite | Ratgeber | Pflanzen | Forum\n",
            "Warum werden die Blätter meiner Zimmerlinde im Winter gelb, obwohl ich sie regelmäßig gieße und dünge?",
            "Karin Vogt | 02.12.2026 07:30\n"
            "Gelbe Blätter im Winter haben bei der Zimmerlinde meist mit zu wenig Licht und zu viel Wasser zu tun.\n"
            "Stellen Sie die Pflanze heller und lassen Sie die Erde zwischen zwei Wassergaben gut abtrocknen.\n",
        ),
    ],
)
def test_a_long_question_over_its_byline_is_the_title(head: str, title: str, body: str) -> None:
    # Fifteen words or more ending in a question mark read as the first paragraph, unless a byline with its
    # date stands right under the line: then it is the headline, and the site's name above it is not.
    assert ("title", title + "\n") in cuts(head + title + "\n" + body, Titles())


def test_a_long_question_in_the_lede_stays_a_paragraph() -> None:
    # A lede of two sentences ending in an exclamation, over a live blog's time stamp: not a headline.
    lede = "The national team plays the holders in the second round tonight in Debrecen. Follow the match with us!"
    text = f"Minute by minute\nHandball: Hungary v Norway 27-29\n{lede}\n21:38\nThe match is over.\n{P}\n{P2}\n"
    assert lede in boilerstrip.clean(text).text.split("\n")


@pytest.mark.parametrize(
    "title",
    [
        "[VIDEO] Storm floods the old harbour road in Marlow overnight",
        "LIVE | Council votes on the harbour budget after a long night",
        "”We want a break during the night shift” say the harbour pilots",
        "Gold rises 15 pounds on Thursday 3 December as 21 carat leads the market",
        "Cup final: harbour pilots beat the ferrymen 2:1 after extra time",
        "Γιατί τρέμει ο σκύλος μου με τα πυροτεχνήματα τις γιορτές;",
    ],
    ids=["bracketed-kicker", "kicker-and-bar", "opening-quote", "numbers", "score", "greek-question"],
)
def test_a_headline_with_a_kicker_quote_numbers_or_a_score_is_title_shaped(title: str) -> None:
    # The cleaner's proposals: in this short text nothing but the head's place says they are chrome (weak
    # evidence), which the gate holds back for want of a strong witness.
    text = f"Harbour News\nHome | Local | Sport | Weather\n{title}\nBy Ruth Ames | 3 December 2026\n{P}\n{P2}\n"
    assert ("title", title + "\n") in cuts(text, Titles())


@pytest.mark.parametrize(
    "row",
    ["Hotline: 0800 000 000 | Book a visit", "Home | News | Sport", "Rockledge 14 11 6 15 — 44"],
)
def test_bars_of_labels_and_table_rows_stay_out_of_the_titles(row: str) -> None:
    from boilerstrip.cleaners.titles import _title_shaped

    assert not _title_shaped(row)


def test_the_sites_name_credited_below_is_not_the_title() -> None:
    # Both the site's name and the headline are long and share words with the opening; the page credits its
    # photo to the site's name, which no headline is.
    title = "New playground opens on Elm Street after a year of work"
    text = (
        f"Parish Council of Vale Saint Mary\nNews\n{title}\n"
        "The playground on Elm Street in Vale Saint Mary opened on Saturday after a year of work by the parish"
        " council and volunteers.\n"
        "Children from the village school cut the ribbon, and the council thanked the builders.\n"
        "Photo: Parish Council of Vale Saint Mary\n"
    )
    assert ("title", title + "\n") in cuts(text, Titles())


def test_the_run_under_the_title_stops_where_a_contents_list_is_repeated() -> None:
    # A council page lists its sections under the title; the first section's heading then repeats the list's
    # first entry: from there on it is the article's own text, not a standfirst.
    text = (
        "Council news\nTax office: new opening hours and online booking from January\n"
        "Opening hours\nWhere and when\nOpening hours\n"
        "From 7 January the tax office changes its opening hours and asks residents to book a visit online.\n"
        "Visits can be booked on the council's website or by telephone on weekday mornings.\n"
    )
    found = cuts(text, Titles())
    assert ("title", "Tax office: new opening hours and online booking from January\n") in found
    assert [t for _, t in found].count("Opening hours\n") == 1


def test_a_greeting_that_runs_on_into_the_post_is_no_label_under_the_title() -> None:
    # "Bonjour à tous," opens the sentence of the next line: the post's own words, not a head label.
    page = (
        "Forum Auto Passion · Connexion · Inscription\n"
        "Accueil › Mécanique › Moteur diesel\n"
        "Voyant préchauffage qui clignote à froid\n"
        "Répondre · Page 1 sur 1\n"
        "Bonjour à tous,\n"
        "depuis les premières gelées, le voyant de préchauffage clignote le matin et la voiture démarre mal.\n"
        "Le garage m'a parlé de bougies, mais le devis me paraît élevé pour une voiture de cet âge.\n"
        "Merci d'avance !\n"
        "J'aime (15)\n"
        "Sujets similaires\n"
        "Démarrage difficile après une nuit à -5 °C\n"
        "Forum Auto Passion © 2026 · Charte · Contact\n"
    )
    result = boilerstrip.clean(page)
    assert result.text.splitlines()[0] == "Bonjour à tous,"
    assert result.metadata.title == "Voyant préchauffage qui clignote à froid"


@pytest.mark.parametrize(
    "article",
    [
        # Khmer ends a sentence with a khan (។), Hindi with a danda (।), Amharic with its full stop (።), Burmese
        # with its section mark (။): an article's first sentence is no title however short
        [
            "ក្រុមប្រឹក្សាក្រុង បានអនុម័ត ការជួសជុល បណ្ណាល័យចាស់ កាលពីថ្ងៃច័ន្ទ។",
            "ការងារ នឹងចាប់ផ្តើម នៅខែតុលា ហើយនឹង ចំណាយពេល ប្រហែលមួយឆ្នាំ។",
            "ក្នុងអំឡុងពេលនេះ សៀវភៅ នឹងត្រូវខ្ចី នៅសាលាក្រុង នេះបើតាម អភិបាលក្រុង។",
        ],
        [
            "नगर परिषद ने सोमवार को पुराने पुस्तकालय की मरम्मत को मंजूरी दी।",
            "काम अक्टूबर में शुरू होगा और लगभग एक साल चलेगा।",
            "इस दौरान किताबें नगर भवन से ली जा सकेंगी, महापौर ने कहा।",
        ],
    ],
)
def test_a_first_sentence_closed_by_its_scripts_full_stop_is_no_title(article: list[str]) -> None:
    text = article[0] + "\nShare on Facebook\n" + "\n".join(article[1:]) + "\n"
    result = boilerstrip.clean(text)
    assert result.text == "\n".join(article)
    assert result.metadata.title is None


def test_a_menu_row_left_above_a_cut_headline_is_no_title() -> None:
    # The second pass's head: the headline went in the first, a menu row of capitalised items stayed above.
    menu = "Nyheter Sport Familj Nöje Åsikter E-tidning"
    body = (
        "Vår vän Gunnar Eriksson har lämnat oss efter en kort tids sjukdom, och han saknas av hela byn.\n"
        "Han föddes 1939 i Knåda och levde hela sitt liv i socknen, på gården som hans farfar köpte.\n"
    )
    doc_text = f"Hälsinge Tidning\n{menu}\n{body}"
    found = cuts(doc_text, Titles(), lang="sv")
    assert ("head_chrome", menu + "\n") in found
    assert all(reason != "title" for reason, _ in found)


#: A page whose breaking-news ticker runs above the masthead and its menu, on a story that shares words with
#: the article's: the headline is under the menu.
TICKER_PAGES = {
    "en": (
        "Breaking News: Storm cancels the morning ferry crossing to the islands\nThe Harbour Courier\nHome\nNews\n"
        "Sport\nHome > News\n",
        "Ferry operator adds a second winter crossing to the islands",
        "The ferry company will run a second daily crossing to the islands from January, after a year of complaints "
        "from residents about the single morning sailing.\nTickets for the new afternoon crossing go on sale on "
        "Monday, and the fares stay the same as on the morning boat.\n",
    ),
    "id": (
        "Breaking News: Hujan deras rendam los pedagang pasar di pinggir kota\nKabar Kota\nBeranda\nEkonomi\n"
        "Olahraga\nBeranda > Ekonomi\n",
        "Pedagang pasar lama pindah ke los baru sebelum musim hujan tiba",
        "Para pedagang pasar lama mulai pindah ke los baru pada hari Senin, setelah bangunan pasar selesai "
        "diperbaiki oleh pemerintah kota.\nMenurut kepala pasar, seluruh pedagang akan menempati los baru "
        "sebelum musim hujan tiba pada akhir bulan ini.\n",
    ),
}


@pytest.mark.parametrize("lang", sorted(TICKER_PAGES))
def test_the_headline_under_the_menu_is_the_title_not_the_ticker_above_it(lang: str) -> None:
    top, headline, story = TICKER_PAGES[lang]
    result = boilerstrip.clean(f"{top}{headline}\n{story}", lang=lang)
    assert result.metadata.title == headline
    assert result.text.splitlines() == story.splitlines()


def test_a_salutation_under_the_title_is_the_posts_first_line() -> None:
    text = (
        "Forum › Techniek\nPuch Maxi slaat af als hij warm is\ndoor Sjoerd_Maxi » di 1 dec 2026, 20:14\n"
        "Hallo allemaal,\nIk heb deze zomer een Puch Maxi uit 1979 opgeknapt en koud start hij prima, maar warm "
        "slaat hij na tien minuten af.\nHeeft iemand een idee waar ik moet zoeken, of wat ik nog kan proberen?\n"
    )
    result = boilerstrip.clean(text, lang="nl")
    assert result.text.splitlines()[0] == "Hallo allemaal,"


@pytest.mark.parametrize("lang", ["my", "km"])
def test_a_short_line_under_the_first_sentence_in_a_script_without_word_spaces_is_no_title(lang: str) -> None:
    # Burmese and Khmer put spaces between phrases, not words: the story's first sentence holds five or six spaces,
    # and read by its words it was no paragraph, so a visitor count under it was taken for the title and the
    # sentence above it for the head's furniture.
    article = kit.ARTICLE[lang]
    counter = {"my": "ဧည့်သည်အရေအတွက်: 12345", "km": "ចំនួនអ្នកទស្សនា: 12345"}[lang]
    result = boilerstrip.clean("\n".join([article[0], counter, *article[1:], "Share on Facebook"]) + "\n")
    assert result.metadata.title is None
    assert article[0] in result.text.splitlines()
