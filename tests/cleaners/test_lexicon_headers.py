"""The header pack: the short labels that head a site's lists of other articles, events and partners.

Sites print the same few blocks under every article: related or same-topic stories, other and more news, the
latest or most recent posts, the most read or recommended ones, a club's or a town's upcoming events and its
partners' strip, and the footer's headings. Each page here is invented: an article of three or four sentences, then
one such header with two or three headlines under it. The header and the headlines go, every article sentence stays.

The events and partners headers are ``[related] headers`` only: they go when a list of headlines follows them and
never alone, so a report's own "Our partners" section, written as prose, stays. Chrome-free documents that use the
same words (a report, a README, a recipe) come out unchanged.
"""

from __future__ import annotations

import pytest

import boilerstrip
from boilerstrip.rules.lexicon import load_lexicon, norm

#: An invented article per language: the lines the clean text must keep.
ARTICLE = {
    "en": [
        "The harbour board voted on Monday to rebuild the old stone pier before the winter storms.",
        "Work starts in October and should take about eight weeks. Fishing boats will moor at the ferry quay "
        "until then.",
    ],
    "it": [
        "Il consiglio comunale ha approvato lunedì il restauro del vecchio ponte sul fiume.",
        "I lavori cominceranno a ottobre e dureranno circa due mesi. Nel frattempo il traffico passerà dalla "
        "strada provinciale.",
    ],
    "de": [
        "Der Gemeinderat hat am Montag die Sanierung der alten Stadtbibliothek beschlossen.",
        "Die Arbeiten beginnen im Oktober und dauern etwa ein Jahr. Bis dahin zieht die Ausleihe in das Rathaus um.",
    ],
    "no": [
        "Kommunestyret vedtok mandag å pusse opp den gamle svømmehallen i sentrum.",
        "Arbeidet starter i oktober og skal ta om lag et år. Skolene får låne bassenget i nabokommunen så lenge.",
    ],
    "pl": [
        "Rada miasta zdecydowała w poniedziałek o remoncie starego dworca autobusowego.",
        "Prace ruszą w październiku i potrwają około roku. W tym czasie autobusy będą odjeżdżać z placu przy ratuszu.",
    ],
    "th": [
        "สภาเทศบาลอนุมัติงบประมาณซ่อมแซมสะพานไม้เก่าข้ามคลองเมื่อวันจันทร์",
        "งานซ่อมจะเริ่มในเดือนตุลาคมและใช้เวลาประมาณสองเดือน ระหว่างนี้ชาวบ้านสามารถใช้สะพานคอนกรีตทางทิศเหนือได้",
    ],
    "ka": [
        "ქალაქის საკრებულომ ორშაბათს ძველი ბიბლიოთეკის შენობის რესტავრაცია დაამტკიცა.",
        "სამუშაოები ოქტომბერში დაიწყება და დაახლოებით ერთ წელს გაგრძელდება. "
        "ამ დროის განმავლობაში ბიბლიოთეკა მერიის შენობაში იმუშავებს.",
    ],
    "ro": [
        "Consiliul local a aprobat luni renovarea vechii piețe din centrul orașului.",
        "Lucrările încep în octombrie și vor dura aproximativ un an. Până atunci, comercianții se mută într-o hală "
        "de lângă gară.",
    ],
    "ru": [
        "Городской совет в понедельник утвердил ремонт старого моста через реку.",
        "Работы начнутся в октябре и продлятся около двух месяцев. На это время автобусы пустят по объездной дороге.",
    ],
    "cs": [
        "Zastupitelstvo v pondělí schválilo opravu staré tržnice na náměstí.",
        "Práce začnou v říjnu a potrvají zhruba rok. Trhovci se mezitím přesunou na parkoviště u nádraží.",
    ],
    "ja": [
        "市議会は月曜日、古い市民会館の改修計画を承認した。",
        "工事は十月に始まり、約一年かかる見込みだ。その間、催しは隣町の文化センターで開かれる。",
    ],
    "tr": [
        "Belediye meclisi pazartesi günü eski çarşının yenilenmesini onayladı.",
        "Çalışmalar ekimde başlayacak ve yaklaşık bir yıl sürecek. Bu sürede esnaf istasyon yanındaki salona taşınacak.",
    ],
    "vi": [
        "Hội đồng thành phố hôm thứ Hai đã phê duyệt dự án sửa chữa cây cầu gỗ cũ bắc qua sông.",
        "Công trình sẽ bắt đầu vào tháng Mười và kéo dài khoảng hai tháng. Trong thời gian này, người dân đi qua "
        "cầu bê tông ở phía bắc.",
    ],
    "es": [
        "El pleno municipal aprobó el lunes la reforma del antiguo mercado de abastos.",
        "Las obras empezarán en octubre y durarán cerca de un año. Mientras tanto, los puestos se trasladan a una "
        "nave junto a la estación.",
    ],
    "fr": [
        "Le conseil municipal a voté lundi la rénovation de l'ancienne halle du marché.",
        "Les travaux commenceront en octobre et dureront environ un an. Les commerçants s'installeront entre-temps "
        "près de la gare.",
    ],
    "nl": [
        "De gemeenteraad heeft maandag ingestemd met de renovatie van de oude markthal.",
        "De werkzaamheden beginnen in oktober en duren ongeveer een jaar. De kramen verhuizen zolang naar het "
        "stationsplein.",
    ],
    "zh": [
        "市议会周一批准了老城区旧图书馆的修缮计划。",
        "工程将于十月开工，预计持续一年左右。在此期间，借阅服务将暂时搬到市政大楼。",
    ],
    "sv": [
        "Kommunfullmäktige beslutade på måndagen att renovera den gamla saluhallen.",
        "Arbetet börjar i oktober och väntas ta ungefär ett år. Handlarna flyttar under tiden till torget vid "
        "stationen.",
    ],
    "uk": [
        "Міська рада в понеділок схвалила ремонт старого критого ринку.",
        "Роботи почнуться в жовтні й триватимуть близько року. Тим часом торговці переїдуть на майданчик біля вокзалу.",
    ],
    "ar": [
        "وافق المجلس البلدي يوم الاثنين على ترميم السوق القديمة في وسط المدينة.",
        "تبدأ الأعمال في أكتوبر وتستمر نحو عام. وخلال هذه الفترة ينتقل التجار إلى ساحة قرب محطة القطار.",
    ],
    "fi": [
        "Kaupunginvaltuusto hyväksyi maanantaina vanhan kauppahallin peruskorjauksen.",
        "Työt alkavat lokakuussa ja kestävät noin vuoden. Kauppiaat siirtyvät siksi aikaa aseman viereiselle torille.",
    ],
}

#: (language, header, the headlines under it): one case per concept and language.
CASES = [
    # 1. related, on the same topic
    ("en", "Related news", ["Ferry timetable changes for the winter season", "New lighthouse keeper starts in May"]),
    ("it", "Notizie correlate", ["Chiusa per lavori la strada del porto", "Nuovo parcheggio vicino alla stazione"]),
    ("cs", "Na stejné téma", ["Město opraví chodníky v centru", "Nová lávka přes řeku bude hotová v létě"]),
    ("ja", "同じテーマの記事", ["市立図書館の開館時間が変わります", "駅前広場の工事が来月から始まる"]),
    ("fi", "Samasta aiheesta", ["Kirjaston aukioloajat muuttuvat ensi viikolla", "Uusi pyörätie valmistuu kesällä"]),
    # 2. other and more news
    ("en", "Other news", ["Council opens a second recycling centre", "School bus route changes from next week"]),
    ("it", "Altre notizie", ["Il mercato del sabato torna in piazza", "Nuove panchine nel parco comunale"]),
    ("de", "Andere Nachrichten", ["Neue Radwege zwischen den Ortsteilen", "Freibad öffnet im Mai früher als geplant"]),
    ("ka", "სხვა სიახლეები", ["ქალაქში ახალი ავტობუსები გამოჩნდება", "ცენტრალური პარკის რეაბილიტაცია დასრულდა"]),
    (
        "ro",
        "Mai multe de la această sursă",
        ["Primăria deschide un nou parc în cartier", "Trafic restricționat pe podul vechi"],
    ),
    ("ru", "Другие новости", ["В городе откроют новую библиотеку", "Автобусы пойдут по новому расписанию"]),
    # 3. latest, most recent
    ("no", "Siste nyheter", ["Ny gang- og sykkelvei åpner til sommeren", "Biblioteket får utvidede åpningstider"]),
    ("pl", "Ostatnie wiadomości", ["Nowa ścieżka rowerowa wzdłuż rzeki", "Basen miejski otwarty po remoncie"]),
    ("tr", "Son haberler", ["Sahil yolunda yeni bisiklet yolu açıldı", "Kütüphane hafta sonu da açık olacak"]),
    ("vi", "Tin mới nhất", ["Thành phố mở thêm tuyến xe buýt mới", "Công viên trung tâm được trồng thêm cây xanh"]),
    ("es", "Últimas noticias", ["La piscina municipal abre en mayo", "Nuevo carril bici junto al río"]),
    # 4. most read, popular, recommended
    ("th", "ข่าวที่น่าสนใจ", ["เทศบาลเปิด ตลาดน้ำ แห่งใหม่", "ถนนเลียบคลอง ปิดซ่อม สองสัปดาห์"]),
    ("nl", "Meest gelezen", ["Nieuwe fietsbrug over het kanaal geopend", "Zwembad gaat in mei weer open"]),
    ("zh", "热门新闻", ["市区新增三条公交线路", "中央公园改造工程正式完工"]),
    ("de", "Nicht verpassen", ["Stadtfest kehrt auf den Marktplatz zurück", "Neue Buslinie verbindet die Ortsteile"]),
    ("en", "Editor's choice", ["How the town rebuilt its flooded library", "A winter walk along the old canal"]),
    ("uk", "Найчитаніше", ["У місті відкриють новий басейн", "Автобуси курсуватимуть за новим розкладом"]),
    # 5. events and partners
    (
        "no",
        "Kommende arrangementer",
        ["Julemarked på torget lørdag 14. desember", "Allmøte i klubbhuset om vinterens treninger"],
    ),
    (
        "no",
        "Våre samarbeidspartnere",
        ["Sparebanken i Nordfjord", "Nordfjord Bil og Maskin", "Elektro Vest AS Nordfjordeid"],
    ),
    (
        "de",
        "Kommende Veranstaltungen",
        ["Lesung mit der Stadtschreiberin im Rathaus", "Frühjahrskonzert der Musikschule"],
    ),
    ("fr", "Nos partenaires", ["Crédit Maritime du Finistère", "Office de tourisme du pays de Morlaix"]),
    ("en", "Upcoming events", ["Spring concert in the town hall", "Open day at the rowing club"]),
    ("sv", "Kommande evenemang", ["Julmarknad på torget i december", "Öppet hus i klubbstugan på söndag"]),
    ("ar", "الفعاليات القادمة", ["معرض الكتاب في المكتبة العامة", "حفل موسيقي في ساحة البلدية"]),
]


@pytest.mark.parametrize(("lang", "header", "headlines"), CASES, ids=[f"{c[0]}-{c[1]}" for c in CASES])
def test_header_and_its_list_are_cut(lang: str, header: str, headlines: list[str]) -> None:
    article = ARTICLE[lang]
    page = "\n".join([*article, header, *headlines])
    result = boilerstrip.clean(page)
    assert result.text == "\n".join(article)
    assert "related_header" in {r.reason for r in result.removed}


#: Footer follow prompts after the article: whole-line ``subscribe_prompt`` strings. The footer's link headings
#: ("Useful links", "Quick links") are left out of the pack: a README or a manual heads a section with them, and a
#: setext heading ("Useful links" over "------------") is no exemption from a whole-line phrase.
FOOTERS = [
    ("en", ["Find us on social media"]),
    ("fr", ["Suivez-nous sur les réseaux sociaux"]),
    ("ro", ["Urmăriți-ne"]),
    ("nl", ["Volg ons"]),
]


@pytest.mark.parametrize(("lang", "footer"), FOOTERS, ids=[f[0] for f in FOOTERS])
def test_footer_follow_prompts_are_cut(lang: str, footer: list[str]) -> None:
    article = ARTICLE[lang]
    assert boilerstrip.clean("\n".join([*article, *footer])).text == "\n".join(article)


def test_events_and_partners_headers_need_a_list() -> None:
    """A partners or events header alone is no interface line: it goes only above a list of headlines."""
    lex = load_lexicon()
    for header in ("Our partners", "Upcoming events", "Våre samarbeidspartnere", "Nos partenaires"):
        assert norm(header) in lex.related_headers
        assert lex.line_reason(header) is None


NEGATIVE = [
    (
        "report with latest results and partners",
        "Annual report of the coastal monitoring project\n"
        "Latest results\n"
        "The latest results show that the sea wall held during all four winter storms, and the sand loss on the "
        "north beach fell by a third.\n"
        "Partners\n"
        "The project ran with the county council, the university's marine lab and two fishing cooperatives.\n"
        "Our partners\n"
        "We met with them every month to plan the survey work and shared the data within a week of each survey.\n"
        "Upcoming events\n"
        "The final workshop takes place in March, when the team will present the data to residents.",
    ),
    (
        "README with see also",
        "tidepool\n"
        "========\n"
        "A small library for reading tide tables.\n"
        "See also\n"
        "--------\n"
        "- [Configuration](docs/configuration.md)\n"
        "- [Command line](docs/cli.md)\n"
        "See also\n"
        "- [The changelog](CHANGELOG.md)\n"
        "- [Contributing](CONTRIBUTING.md)\n"
        "## Useful links\n"
        "- [Issue tracker](https://example.org/tidepool/issues)\n"
        "- [Documentation](https://example.org/tidepool/docs)\n"
        "Useful links\n"
        "------------\n"
        "The tide data comes from the national survey; see its site for the licence.",
    ),
    (
        "recipe",
        "Rhubarb crumble\n"
        "Ingredients\n"
        "- 500 g rhubarb, cut into short pieces\n"
        "- 100 g sugar\n"
        "- 150 g flour and 100 g cold butter\n"
        "Method\n"
        "Heat the oven to 180 °C and put the rhubarb and half the sugar in a dish.\n"
        "Rub the butter into the flour with the rest of the sugar and scatter it over the fruit.\n"
        "Bake for 35 minutes, until the top is golden. Serve warm with custard.",
    ),
    (
        "Norwegian club report",
        "Årsmelding for idrettslaget 2024\n"
        "Våre samarbeidspartnere\n"
        "Klubben har hatt et godt samarbeid med sparebanken og kommunen gjennom hele året.\n"
        "Kommende arrangementer\n"
        "Styret planlegger et allmøte i februar og en dugnad på banen i april.",
    ),
]


@pytest.mark.parametrize(("name", "text"), NEGATIVE, ids=[name for name, _ in NEGATIVE])
def test_chrome_free_documents_stay(name: str, text: str) -> None:
    assert boilerstrip.clean(text).text == text
