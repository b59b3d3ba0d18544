"""The section pack: the names of a news site's sections, cut only where they form a menu.

A site's menu survives extraction as a run of short lines ("Cidades / Política / Saúde / Esportes") or as one line
of names between separators or runs of spaces ("Home | News | Sport | Weather", "Inland  Ausland  Wirtschaft").
Each page here is invented: a menu, an article of two short paragraphs, the site's footer. The menu goes as
``navigation``, every article sentence stays. The menu is a phrase match, so it cuts with a second witness of chrome
on the page (here the footer), as one "Share" does; it is strong evidence, so it cuts under ``favor="prose"`` too. A section name alone is no chrome: a club report's
"Sport" heading, a README's "News" and "Events" sections, a table of contents and a recipe's "Food" heading come
out unchanged.
"""

from __future__ import annotations

import pytest

import boilerstrip
from boilerstrip.document import Document
from boilerstrip.rules.lexicon import load_lexicon
from boilerstrip.rules.sections import menu_runs, section_row

#: An invented article per language: the lines the clean text must keep.
ARTICLE = {
    "en": [
        "The harbour board voted on Monday to rebuild the old stone pier before the winter storms.",
        "Work starts in October and should take about eight weeks. Fishing boats will moor at the ferry quay "
        "until then.",
    ],
    "de": [
        "Der Gemeinderat hat am Montag die Sanierung der alten Stadtbibliothek beschlossen.",
        "Die Arbeiten beginnen im Oktober und dauern etwa ein Jahr. Bis dahin zieht die Ausleihe in das Rathaus um.",
    ],
    "pt": [
        "A prefeitura anunciou nesta segunda-feira a reforma do antigo mercado municipal no centro da cidade.",
        "As obras começam em outubro e devem durar cerca de um ano. Os comerciantes vão para um galpão perto da "
        "estação.",
    ],
    "it": [
        "Il consiglio comunale ha approvato lunedì il restauro del vecchio ponte sul fiume.",
        "I lavori cominceranno a ottobre e dureranno circa due mesi. Nel frattempo il traffico passerà dalla "
        "strada provinciale.",
    ],
    "pl": [
        "Rada miasta zdecydowała w poniedziałek o remoncie starego dworca autobusowego.",
        "Prace ruszą w październiku i potrwają około roku. W tym czasie autobusy będą odjeżdżać z placu przy ratuszu.",
    ],
    "ru": [
        "Городской совет в понедельник утвердил ремонт старого моста через реку.",
        "Работы начнутся в октябре и продлятся около двух месяцев. На это время автобусы пустят по объездной дороге.",
    ],
    "uk": [
        "Міська рада в понеділок схвалила ремонт старого критого ринку.",
        "Роботи почнуться в жовтні й триватимуть близько року. Тим часом торговці переїдуть на майданчик біля вокзалу.",
    ],
    "el": [
        "Το δημοτικό συμβούλιο ενέκρινε τη Δευτέρα την ανακαίνιση της παλιάς δημοτικής αγοράς.",
        "Οι εργασίες θα ξεκινήσουν τον Οκτώβριο και θα διαρκέσουν περίπου έναν χρόνο. Οι έμποροι θα μεταφερθούν "
        "σε αίθουσα κοντά στον σταθμό.",
    ],
    "ar": [
        "وافق المجلس البلدي يوم الاثنين على ترميم السوق القديمة في وسط المدينة.",
        "تبدأ الأعمال في أكتوبر وتستمر نحو عام. وخلال هذه الفترة ينتقل التجار إلى ساحة قرب محطة القطار.",
    ],
    "he": [
        "מועצת העיר אישרה ביום שני את שיפוץ השוק הישן במרכז העיר.",
        "העבודות יתחילו באוקטובר ויימשכו כשנה. בינתיים יעברו הסוחרים למבנה זמני ליד תחנת הרכבת.",
    ],
    "hi": [
        "नगर परिषद ने सोमवार को पुराने बाज़ार की मरम्मत की योजना को मंज़ूरी दे दी।",
        "काम अक्टूबर में शुरू होगा और लगभग एक साल चलेगा। तब तक दुकानदार स्टेशन के पास एक अस्थायी भवन में जाएंगे।",
    ],
    "th": [
        "สภาเทศบาลอนุมัติงบประมาณซ่อมแซมสะพานไม้เก่าข้ามคลองเมื่อวันจันทร์",
        "งานซ่อมจะเริ่มในเดือนตุลาคมและใช้เวลาประมาณสองเดือน ระหว่างนี้ชาวบ้านสามารถใช้สะพานคอนกรีตทางทิศเหนือได้",
    ],
    "ja": [
        "市議会は月曜日、古い市民会館の改修計画を承認した。",
        "工事は十月に始まり、約一年かかる見込みだ。その間、催しは隣町の文化センターで開かれる。",
    ],
    "zh": [
        "市议会周一批准了老城区旧图书馆的修缮计划。",
        "工程将于十月开工，预计持续一年左右。在此期间，借阅服务将暂时搬到市政大楼。",
    ],
    "ko": [
        "시의회는 월요일 오래된 시민회관의 보수 계획을 승인했다.",
        "공사는 10월에 시작해 약 1년 동안 진행될 예정이다. 그동안 행사는 이웃 도시의 문화센터에서 열린다.",
    ],
    "ka": [
        "ქალაქის საკრებულომ ორშაბათს ძველი ბიბლიოთეკის შენობის რესტავრაცია დაამტკიცა.",
        "სამუშაოები ოქტომბერში დაიწყება და დაახლოებით ერთ წელს გაგრძელდება. "
        "ამ დროის განმავლობაში ბიბლიოთეკა მერიის შენობაში იმუშავებს.",
    ],
    "hy": [
        "Քաղաքային խորհուրդը երկուշաբթի հաստատեց հին շուկայի վերանորոգման ծրագիրը։",
        "Աշխատանքները կսկսվեն հոկտեմբերին և կտևեն մոտ մեկ տարի։ Այդ ընթացքում առևտրականները կտեղափոխվեն "
        "կայարանի մոտ գտնվող դահլիճ։",
    ],
    "ta": [
        "நகராட்சி மன்றம் திங்கள்கிழமை பழைய சந்தை கட்டடத்தை புதுப்பிக்கும் திட்டத்துக்கு ஒப்புதல் அளித்தது.",
        "பணிகள் அக்டோபரில் தொடங்கி சுமார் ஒரு ஆண்டு நடக்கும். அதுவரை வியாபாரிகள் ரயில் நிலையம் அருகே உள்ள தற்காலிக கூடத்துக்கு மாறுவார்கள்.",
    ],
}

#: The site's footer under every page: the menu's second witness of chrome.
FOOTER = ["© 2026 Harbour Gazette", "Privacy Policy", "Terms of Use"]

#: (language, the menu's lines above the article): runs of names, one per line, and one-line menus.
CASES = [
    ("en", ["Home | News | Sport | Weather | Culture"]),
    ("en", ["World", "Politics", "Business", "Technology", "Science"]),
    ("de", ["Inland  Ausland  Wirtschaft  Sport"]),
    ("de", ["Politik", "Wirtschaft", "Kultur", "Panorama"]),
    ("pt", ["Cidades", "Política", "Saúde", "Esportes"]),
    ("pt", ["Cidades / Política / Saúde / Esportes"]),
    ("it", ["Cronaca", "Politica", "Esteri", "Fotogallery Olimpiadi", "Sport"]),
    ("pl", ["Kraj • Świat • Gospodarka • Sport"]),
    ("ru", ["Политика", "Экономика", "Происшествия", "Спорт"]),
    ("uk", ["Новини › Політика › Економіка › Спорт"]),
    ("el", ["Πολιτική", "Οικονομία", "Κόσμος", "Αθλητικά"]),
    ("ar", ["سياسة", "اقتصاد", "رياضة", "ثقافة"]),
    ("he", ["חדשות | כלכלה | ספורט | תרבות"]),
    ("hi", ["देश", "विदेश", "खेल", "मनोरंजन"]),
    ("th", ["การเมือง · เศรษฐกิจ · กีฬา · บันเทิง"]),
    ("ja", ["国内", "国際", "経済", "スポーツ"]),
    ("zh", ["国内 | 国际 | 财经 | 体育"]),
    ("ko", ["정치", "경제", "사회", "스포츠"]),
    ("ka", ["პოლიტიკა", "ეკონომიკა", "სპორტი", "კულტურა"]),
    ("hy", ["Քաղաքականություն / Տնտեսություն / Սպորտ / Մշակույթ"]),
    ("ta", ["அரசியல்", "விளையாட்டு", "சினிமா", "வணிகம்"]),
]


@pytest.mark.parametrize("favor", ["balanced", "prose"])
@pytest.mark.parametrize(("lang", "menu"), CASES, ids=[f"{c[0]}-{c[1][0][:24]}" for c in CASES])
def test_menu_is_cut(lang: str, menu: list[str], favor: str) -> None:
    """The menu goes as a phrase match of ``ui_strings`` (so also where only strong evidence cuts), the article stays."""
    article = ARTICLE[lang]
    result = boilerstrip.clean("\n".join([*menu, *article, *FOOTER]), favor=favor)
    assert result.text == "\n".join(article)
    menus = [r for r in result.removed if (r.cleaner, r.reason, r.evidence) == ("ui_strings", "navigation", "phrase")]
    assert all(any(line in r.text for r in menus) for line in menu)


def test_menu_alone_needs_a_second_witness() -> None:
    """Without other chrome on the page, a short run of names is held back: a phrase match needs a witness."""
    article = ARTICLE["pt"]
    page = "\n".join(["Cidades", "Política", "Saúde", "Esportes", *article])
    assert boilerstrip.clean(page).text == page


def test_run_and_row_shapes() -> None:
    """The rule's shapes on their own: a run with one odd item, and the lines that never count."""
    lex = load_lexicon()

    def runs(text: str) -> list[list[str]]:
        lines = Document(text).content
        return [[line.text for line in lines[a:b]] for a, b in menu_runs(lines, lex)]

    assert runs("Home\nNews\nSport\nWeather") == [["Home", "News", "Sport", "Weather"]]
    assert runs("News\nOur town\nSport\nWeather") == [
        ["News", "Our town", "Sport", "Weather"]
    ]  # an item the list lacks
    assert runs("News\nOur town\nSport") == []  # two names and an odd line: a page's head as often
    assert runs("News\nSport\nWeather\nOur town\nBig day out") == [["News", "Sport", "Weather", "Our town"]]
    assert runs("News\nSport") == []  # two are no menu
    assert runs("1. News\n2. Sport\n3. Weather") == []  # a numbered list of the article
    assert runs("a) News\nb) Sport\nc) Weather") == []  # a lettered one
    assert runs("News:\nSport:\nWeather:") == []  # labels that introduce something
    assert runs("News\nSport\nThe weather was fine all week") == []  # a line of more than four words
    assert runs("News\nSport\n\nWeather") == []  # not consecutive
    # An odd line opening the run is the site's name, the title cleaner's; so is the last name over the headline.
    assert runs("Harbour Times\nNews\nSport\nWeather\nCulture") == [["News", "Sport", "Weather", "Culture"]]
    headline = "Ferry timetable changes again for the winter"
    assert runs(f"News\nSport\nWeather\nCulture\n{headline}") == [["News", "Sport", "Weather"]]
    assert runs("News\nSport\nWeather\nSport") == [["News", "Sport", "Weather"]]  # the section shown again
    # A table of contents: its items stand again as headings over their paragraphs.
    toc = "Health\nEducation\nSport\n\nHealth\nClinics are near.\nEducation\nSchools are far.\nSport\nFields are busy."
    assert runs(toc) == []
    # A kicker that repeats one item ("Saúde" above a teaser) leaves the menu a menu.
    assert runs("Cidades\nPolítica\nSaúde\nEsportes\n\nSaúde\nMinistério amplia a vacinação") == [
        ["Cidades", "Política", "Saúde", "Esportes"]
    ]
    assert section_row("Politik  Wirtschaft  Kultur", lex)
    assert section_row("Sport – Kultur – Wetter", lex)
    assert not section_row("Politik  Wirtschaft", lex)  # two names
    assert not section_row("Sport | Kultur | Fahrräder", lex)  # a part that is no section name
    assert not section_row("News | Sport | Weather:", lex)


NEGATIVE = [
    (
        "club report with a Sport heading",
        "Annual report of the Riverside Community Association 2024\n"
        "The association met eleven times this year and welcomed forty new members from the estate.\n"
        "Sport\n"
        "The football section entered two youth teams in the county league, and the under-12s finished third.\n"
        "Our thanks go to the parents who drove the teams to every away game and washed the kits each week.\n"
        "Finances\n"
        "The accounts show a small surplus, which the committee will spend on new goal nets in the spring.",
    ),
    (
        "README with News and Events sections",
        "harbourcal\n"
        "==========\n"
        "A small command-line tool that turns a harbour's tide and event tables into calendar files.\n"
        "News\n"
        "----\n"
        "Version 0.4 adds support for the new tide table format and fixes the time zone of summer events.\n"
        "Events\n"
        "------\n"
        "Events are read from a CSV file with a date, a time and a title on each row.\n"
        "Run `harbourcal events.csv` to write an .ics file next to it.",
    ),
    (
        "table of contents with section-like items",
        "Community health survey of the northern districts\n"
        "Introduction\n"
        "Health\n"
        "Education\n"
        "Sport\n"
        "Introduction\n"
        "The survey asked 1,200 households about their access to clinics, schools and sports grounds.\n"
        "Health\n"
        "Most households live within two kilometres of a clinic, but waiting times have grown since 2021.\n"
        "Education\n"
        "Every district has a primary school; only two have a secondary school within walking distance.\n"
        "Sport\n"
        "Sports grounds are well used in summer, and residents asked for lighting so they can be used in winter.",
    ),
    (
        "recipe with a Food heading",
        "Pumpkin soup for four\n"
        "Food\n"
        "- 1 kg pumpkin, peeled and cut into cubes\n"
        "- 1 onion and 2 cloves of garlic, chopped\n"
        "- 1 litre of vegetable stock\n"
        "Method\n"
        "Soften the onion and garlic in a little oil, then add the pumpkin and the stock.\n"
        "Simmer for 25 minutes, blend until smooth and season with salt, pepper and nutmeg.",
    ),
    (
        "README listing an app's tabs",
        "weatherdesk\n"
        "===========\n"
        "A small desktop app that shows the local paper's headlines.\n"
        "The app has three tabs\n"
        "- News\n"
        "- Weather\n"
        "- Sport\n"
        "Each tab refreshes every ten minutes; the interval is set in config.toml.\n"
        "Install it with pip install weatherdesk and run weatherdesk from a terminal.",
    ),
]


@pytest.mark.parametrize(("name", "text"), NEGATIVE, ids=[name for name, _ in NEGATIVE])
def test_chrome_free_documents_stay(name: str, text: str) -> None:
    assert boilerstrip.clean(text).text == text


def test_every_language_has_section_names() -> None:
    lex = load_lexicon()
    assert all(lex.section_name(name) for name in ("Politik", "Cronaca", "Faits divers", "Binnenland", "Świat"))
    from boilerstrip.rules.lexicon import read_lexicon_files

    files = read_lexicon_files()
    counts = {lang: len(data.get("sections", {}).get("names", [])) for lang, data in files.items() if lang != "common"}
    assert len(counts) == 60
    assert all(20 <= n <= 60 for n in counts.values()), counts


def test_table_header_of_section_names_stays() -> None:
    """A text table headed by section names is no menu, even on a page with chrome: its header stays."""
    header = "Health    Education    Sport"
    page = "\n".join(
        [
            "The council spent more on schools than in any year since 2015, and less on sports grounds.",
            header,
            "450    1200    80",
            "470    1350    75",
            "The figures come from the council's published accounts and include the grants from the region.",
            *FOOTER,
        ]
    )
    result = boilerstrip.clean(page)
    assert " ".join(header.split()) in result.text.splitlines()  # its inner spaces collapsed, as every line's are
    assert not any(r.reason == "navigation" for r in result.removed)
