from __future__ import annotations

import pytest

import boilerstrip
from boilerstrip.cleaners import Datelines
from boilerstrip.testing import check_cleaner, cuts

BODY = "the minister said the port would reopen next week after repairs."


@pytest.mark.parametrize(
    ("opening", "place", "agency"),
    [
        ("ALMATY (Sputnik) - ", "ALMATY", "Sputnik"),
        ("MOSCÚ (Sputnik) — ", "MOSCÚ", "Sputnik"),
        ("BOZEMAN, Mont. (AP) — ", "BOZEMAN, Mont.", "AP"),
        ("LONDON, March 25 (Reuters) - ", "LONDON", "Reuters"),
        ("Berlin (dpa) - ", "Berlin", "dpa"),
        # A known agency with its regional desk, and one written in lower case.
        ("Dresden (dpa/sn) - ", "Dresden", "dpa/sn"),
        ("Chur (sda) – ", "Chur", "sda"),
        ("ANKARA (AA) - ", "ANKARA", "AA"),
        ("MOSCOW, February 28. /TASS/. ", "MOSCOW", "TASS"),
        ("МОСКВА, 24 сен - РИА Новости. ", "МОСКВА", "РИА Новости"),
        ("JAKARTA, KOMPAS.com - ", "JAKARTA", "KOMPAS.com"),
        ("ROMA – ", "ROMA", None),
        ("وهران - سبوتنيك. ", "وهران", "سبوتنيك"),
        ("MOSCOW, Dec 1 (Reuters) - ", "MOSCOW", "Reuters"),
        ("Lorca (Murcia), 30 nov (EFE).- ", "Lorca (Murcia)", "EFE"),
        ("Galaţi, 25 nov /Agerpres/ - ", "Galaţi", "Agerpres"),
        ("Львів, 28 листопада /Укрінформ/. ", "Львів", "Укрінформ"),
        ("ТОМСК, 30 ноября. /ТАСС/. ", "ТОМСК", "ТАСС"),
        ("Szeged, 2026. november 19., csütörtök (MTI) – ", "Szeged", "MTI"),
        ("Sagres, Vila do Bispo, 28 nov 2026 (Lusa) - ", "Sagres, Vila do Bispo", "Lusa"),
        ("Cần Thơ, 20/11 (TTXVN) - ", "Cần Thơ", "TTXVN"),
        ("(AGI) - Livorno, 27 nov. - ", "Livorno", "AGI"),
        ("Strasbourg (AFP) -- ", "Strasbourg", "AFP"),
        ("LULEÅ (TT) ", "LULEÅ", "TT"),
        ("الكويت - 1 - 12 (كونا) -- ", "الكويت", "كونا"),
        ("یزد- ایرنا- ", "یزد", "ایرنا"),
        ("ROTTERDAM (Meridian) – ", "ROTTERDAM", "Meridian"),
        ("САМАРА, 12 мар — Волга-Информ. ", "САМАРА", "Волга-Информ"),
        ("Rožňava 30. novembra (TASR) - ", "Rožňava", "TASR"),
        ("Ηράκλειο, 1 Δεκεμβρίου (ΑΠΕ-ΜΠΕ) – ", "Ηράκλειο", "ΑΠΕ-ΜΠΕ"),
        ("Skopje, 3 dekemvri (MIA) - ", "Skopje", "MIA"),
        # A day between the place and the bracket makes the bracket an agency, whatever the script.
        ("मुंबई, 1 दिसंबर (आईएएनएस)। ", "मुंबई", "आईएएनएस"),
        ("Tarnów, 2 grudnia (Radio Kraków) - ", "Tarnów", "Radio Kraków"),
        ("الدوحة - قنا: ", "الدوحة", "قنا"),
        ("الفجيرة في 1 ديسمبر / وام / ", "الفجيرة", "وام"),
        # Ethiopic punctuation: the comma ፣ after the place, the preface colon ፦ closing the dateline.
        ("አዲስ አበባ፣ ጥቅምት 27/2019 (ኢዜአ)፦ ", "አዲስ አበባ", "ኢዜአ"),
        ("ባሕር ዳር፣ ኅዳር 3 (ኢዜአ)፦ ", "ባሕር ዳር", "ኢዜአ"),
        # The Arabic comma ، after the place (Urdu, Sindhi, Arabic wire copy), the date, the agency in brackets.
        ("لاہور، 12 مارچ (اے پی پی): ", "لاہور", "اے پی پی"),
        ("حيدرآباد، 12 مارچ (ايس اين ايس): ", "حيدرآباد", "ايس اين ايس"),
        ("بغداد، 12 آذار (واع) - ", "بغداد", "واع"),
    ],
)
def test_datelines(opening: str, place: str, agency: str | None) -> None:
    text = opening + "The " + BODY
    assert cuts(text, Datelines()) == [("dateline", opening)]
    result = boilerstrip.clean(text)
    assert result.text == "The " + BODY
    assert result.metadata.dateline is not None
    assert (result.metadata.dateline.place, result.metadata.dateline.agency) == (place, agency)


@pytest.mark.parametrize(
    ("opening", "place"),
    [
        # The first paragraph only: a place (and region) and the day, then a dash, no agency.
        ("Σάμος, 30/11 – ", "Σάμος"),
        ("Mérida, Yucatán, a 30 de noviembre de 2026.- ", "Mérida, Yucatán"),
        ("Kraków, 2 grudnia – ", "Kraków"),
        ("Brașov, 1 decembrie - ", "Brașov"),
        # The date's closing dot glued to an en dash, or spaced from it, as Spanish and Portuguese releases print it.
        ("Vila Real, 9 de outubro de 2026.– ", "Vila Real"),
        ("Albacete, 14 de mayo de 2026. – ", "Albacete"),
        # A colon after the day, as Indian dailies print it.
        ("Cuttack, 21 April: ", "Cuttack"),
    ],
)
def test_place_and_day_datelines(opening: str, place: str) -> None:
    text = "Nowy dworzec otwarty\n\n" + opening + "The " + BODY
    result = boilerstrip.clean(text)
    assert result.text == "The " + BODY
    assert result.metadata.dateline is not None
    assert (result.metadata.dateline.place, result.metadata.dateline.agency) == (place, None)


@pytest.mark.parametrize(
    "opening", ["Tuesday, 3 June: ", "Tuesday, 3 June – ", "Dienstag, 3. Juni – ", "Sábado, 7 de junio: "]
)
def test_a_diary_entry_opening_with_its_weekday_keeps_it(opening: str) -> None:
    # A weekday and a date open a diary's entry as a place and a date open a dateline: a weekday is no place.
    text = opening + "We set off early to the lake and reached the shore before noon, tired but happy.\n"
    result = boilerstrip.clean(text)
    assert result.text == text.rstrip("\n")
    assert result.metadata.dateline is None


@pytest.mark.parametrize(
    ("opening", "place", "agency"),
    [
        # A press release: the place with its state in brackets, the full date, maybe the release service.
        ("Campinas (SP), 2 de dezembro de 2026 – ", "Campinas (SP)", None),
        ("Pouso Alegre (MG), 1º de dezembro de 2026 – Comunicados BR – ", "Pouso Alegre (MG)", "Comunicados BR"),
        ("Vila Nova de Gaia, 3 de dezembro de 2026 – ", "Vila Nova de Gaia", None),
        ("Castel del Piano (GR), 2 dicembre 2026 – ", "Castel del Piano (GR)", None),
    ],
)
def test_a_place_with_its_region_and_a_full_date_opens_a_release(opening: str, place: str, agency: str | None) -> None:
    text = "Nowy dworzec otwarty\n\n" + opening + "The " + BODY
    result = boilerstrip.clean(text)
    assert result.text == "The " + BODY
    assert result.metadata.dateline is not None
    assert (result.metadata.dateline.place, result.metadata.dateline.agency) == (place, agency)


def test_caseless_place_and_colon_needs_a_whole_lede() -> None:
    lede = (
        "राज्य की दुग्ध सहकारी समितियों से जुड़े पशुपालकों को अब दूध का पैसा मोबाइल ऐप के जरिए सीधे बैंक खाते में मिलेगा और देरी खत्म होगी।"
    )
    assert cuts("जयपुर: " + lede, Datelines()) == [("dateline", "जयपुर: ")]
    assert cuts("सामग्री: आटा, चीनी, घी और इलायची पाउडर चाहिए।", Datelines()) == []  # "Ingredients:" heads a list


@pytest.mark.parametrize(
    "opening",
    [
        "(제주=연합뉴스) 박지현 기자 = ",
        "（中央社記者王怡君台中1日電）",
    ],
)
def test_bracketed_wire_openings_give_the_reporter(opening: str) -> None:
    body = "올해 새로 해녀 자격을 얻은 사람이 5년 만에 가장 많은 것으로 나타났다고 도는 밝혔다."
    if opening.startswith("（"):
        body = "台中市政府今天宣布綠川沿岸燈光改善工程完工，夜間將點亮至十一時，市民可沿河散步。"
    result = boilerstrip.clean(opening + body)
    assert result.text == body
    assert result.metadata.authors in (("박지현",), ("王怡君",))
    assert result.metadata.dateline is not None and result.metadata.dateline.place in ("제주", "台中")


def test_known_agency_dateline_under_a_standfirst_and_a_caption() -> None:
    dek = (
        "Zwischen Chur und Arosa gibt es ab dem 13. Dezember einen zusätzlichen Busbetrieb, "
        "der vor allem Tagesgäste mit Skiausrüstung ansprechen soll und vom Kanton bezahlt wird."
    )
    body = "Die Postauto-Linie zwischen Chur und Arosa wird in den Regelbetrieb überführt, teilte der Kanton mit."
    text = f"{dek}\n01.12.2026, 16:35 Uhr\nEin Postauto auf der Strecke.\nChur (sda) – {body}\n"
    assert ("dateline", "Chur (sda) – ") in cuts(text, Datelines())
    # Without a known agency a later opening is an editor's paragraph, not a dateline.
    assert cuts(text.replace("(sda)", "(Kanton)"), Datelines()) == []


def test_xinhua_dateline_gives_reporters() -> None:
    text = "新华社北京6月19日电(记者李晓峰、周雯)国家图书馆19日宣布，馆藏首批西夏文献的高清数字化工作已经完成，共计3200余页影像即日起向公众免费开放。"
    md = boilerstrip.clean(text).metadata
    assert md.dateline is not None and (md.dateline.place, md.dateline.agency) == ("北京", "新华社")
    assert md.authors == ("李晓峰", "周雯")


@pytest.mark.parametrize(
    "text",
    [
        "NATO: the alliance met in Brussels.",
        "The (very) long meeting ended late on Friday after hours of talks.",
        "US - China talks resumed on Monday in Geneva after a long pause.",
        "He said/she said/ arguments filled the hall until the chair closed the meeting.",
        "[엔터미디어=김하늘의 이슈공감] 주말 밤 드라마는 막장극의 대결로 붙는 경우가 흔하다고 평론가는 말했다.",
        "Paris, France (EU) has approved the new rules for the port after a long debate.",
        "NATO (North Atlantic Treaty Organization) - the alliance met in Brussels on Monday again.",
        "Binge eating disorder (BED) - the most common eating disorder - affects millions of adults.",
        "World Health Organization 2024 (WHO-2) - the report covers the years since the last survey.",
        "Version 2, 3 (beta) - the build adds a new importer and fixes the crash on start.",
        "Kapitel 3.2 - Die Anlage wird im Frühjahr erweitert und bekommt ein zweites Becken.",
    ],
)
def test_no_dateline_in_ordinary_openings(text: str) -> None:
    assert cuts(text, Datelines()) == []


def test_only_the_first_dateline_is_cut() -> None:
    text = f"MOSCOW (Sputnik) - The {BODY}\nMOSCOW (Sputnik) - Background: the {BODY}"
    assert len(cuts(text, Datelines())) == 1


def test_contract() -> None:
    check_cleaner(Datelines(), ["ALMATY (Sputnik) - x", "(CNN)", ""])


@pytest.mark.parametrize(
    ("text", "place", "agency", "rest"),
    [
        ("【札幌時事】札幌市は28日、市内の公園に新しい遊具を設置したと発表した。", "札幌", "時事", "札幌市は28日"),
        ("【ワシントン共同】米議会は1日、新しい予算案を賛成多数で可決した。", "ワシントン", "共同", "米議会は1日"),
        (
            "[부산=뉴시스] 김민재 기자 = 부산시는 1일 새 도서관을 열고 시민들에게 공개했다고 밝혔다.",
            "부산",
            "뉴시스",
            "부산시는",
        ),
        ("[서울=연합뉴스] 서울시는 1일 새 공원을 열고 시민들에게 공개했다고 밝혔다.", "서울", "연합뉴스", "서울시는"),
    ],
)
def test_cjk_datelines(text: str, place: str, agency: str, rest: str) -> None:
    result = boilerstrip.clean(text)
    assert result.text.startswith(rest)
    assert result.metadata.dateline is not None
    assert (result.metadata.dateline.place, result.metadata.dateline.agency) == (place, agency)


@pytest.mark.parametrize(
    ("text", "place", "agency", "author", "rest"),
    [
        (
            "[한빛경제 정하늘 기자] 코스피가 외국인의 매수에 힘입어 이틀 만에 반등했다.",
            None,
            "한빛경제",
            "정하늘",
            "코스피가",
        ),
        ("[바다일보 김영수·이민지 기자] 부산항의 물동량이 지난달 크게 늘었다.", None, "바다일보", "김영수", "부산항의"),
        (
            "【ワシントン=山田太郎】米政府は2日、新たな関税措置を発表した。",
            "ワシントン",
            None,
            "山田太郎",
            "米政府は2日",
        ),
    ],
)
def test_an_outlet_and_its_reporter_in_brackets_open_the_lede(
    text: str, place: str | None, agency: str | None, author: str, rest: str
) -> None:
    result = boilerstrip.clean(text)
    assert result.text.startswith(rest)
    assert result.metadata.dateline is not None
    assert (result.metadata.dateline.place, result.metadata.dateline.agency) == (place, agency)
    assert author in result.metadata.authors


@pytest.mark.parametrize(
    "text",
    [
        "[속보] 코스피가 외국인의 매수에 힘입어 이틀 만에 반등했다.",
        "[사설] 정부는 기자 회견에서 새로운 정책을 발표했다.",
    ],
)
def test_a_bracketed_kicker_is_no_reporter(text: str) -> None:
    assert boilerstrip.clean(text).metadata.dateline is None


def test_korean_reporter_is_the_author() -> None:
    text = "[부산=뉴시스] 김민재 기자 = 부산시는 1일 새 도서관을 열고 시민들에게 공개했다고 밝혔다."
    assert boilerstrip.clean(text).metadata.authors == ("김민재",)


@pytest.mark.parametrize(
    ("line", "place"),
    [("ΒΟΛΟΣ –", "ΒΟΛΟΣ"), ("NEW DELHI:", "NEW DELHI"), ("Madrid —", "Madrid")],
)
def test_dateline_alone_on_its_line(line: str, place: str) -> None:
    text = f"{line}\nThe city council approved the new tram line on Monday after a long debate."
    result = boilerstrip.clean(text)
    assert result.text == "The city council approved the new tram line on Monday after a long debate."
    assert result.metadata.dateline is not None and result.metadata.dateline.place == place


_RULING = (
    "The court found the company liable for the damage to the harbour wall and ordered it to pay the repairs.\n"
    "The company said it would appeal the ruling before the end of the month, according to its lawyer.\n"
    "The harbour authority welcomed the decision and said the repairs would start in the spring.\n"
)


@pytest.mark.parametrize("line", ["New Delhi:", "Madrid:"])
def test_a_place_in_title_case_with_a_colon_is_a_dateline_on_a_page_showing_chrome(line: str) -> None:
    result = boilerstrip.clean("Share on Facebook\nAdvertisement\n" + line + "\n" + _RULING)
    assert result.text == _RULING.rstrip("\n")
    assert result.metadata.dateline is not None and result.metadata.dateline.place == line.rstrip(":")


@pytest.mark.parametrize("line", ["Summary:", "Verdict:", "Background:", "Hintergrund:"])
def test_a_documents_heading_with_a_colon_over_its_first_paragraph_stays(line: str) -> None:
    # The shape of "Madrid:" over a lede; with no chrome on the page it is the document's own heading.
    text = line + "\n" + _RULING
    result = boilerstrip.clean(text)
    assert result.text == text.rstrip("\n")
    assert result.metadata.dateline is None


@pytest.mark.parametrize(
    "text",
    [
        # a transcript: speaker labels are no datelines
        "Benjamin:\nWe started the ferry in the spring of that year, when the river was still high.\n"
        "Interviewer:\nAnd how many crossings did you make on a normal day back then?",
        # a heading ending with a colon over a list
        "Ingredients:\n200 g flour\n2 eggs\nMix the flour and the eggs in a large bowl until smooth.",
        # a live-blog time stamp
        "10:30 -\nThe river crested just below the record, the weather service said on Thursday morning.",
        # a speaker label quoting
        "Anna:\n\u201eWir haben das Boot im Frühjahr gebaut, als der Fluss noch hoch stand.\u201c",
    ],
)
def test_labels_that_are_not_datelines(text: str) -> None:
    assert cuts(text, Datelines()) == []


@pytest.mark.parametrize(
    ("text", "kept", "agency"),
    [
        (
            "Sieć liczy obecnie niespełna 15 km i jest rozbudowywana w stronę dworca. (PAP)",
            "Sieć liczy obecnie niespełna 15 km i jest rozbudowywana w stronę dworca.",
            "PAP",
        ),
        (
            "The project has since been studied by several other states. (ANI)",
            "The project has since been studied by several other states.",
            "ANI",
        ),
        (
            "Il faro tornerà visibile dal porto già da stasera. (ANSA).",
            "Il faro tornerà visibile dal porto già da stasera.",
            "ANSA",
        ),
    ],
)
def test_trailing_agency_tag(text: str, kept: str, agency: str) -> None:
    result = boilerstrip.clean(text)
    assert result.text == kept
    assert result.metadata.dateline is not None
    assert (result.metadata.dateline.place, result.metadata.dateline.agency) == (None, agency)


@pytest.mark.parametrize(
    "text",
    [
        "The report was published by the World Health Organization (WHO).",
        "Die Zahlen stammen von der Weltgesundheitsorganisation (WHO).",
        "Le texte a été voté par l'Assemblée nationale (AN) après trois jours de débat.",
    ],
)
def test_acronyms_in_prose_are_not_agency_tags(text: str) -> None:
    assert boilerstrip.clean(text).text == text


def test_dateline_after_head_lines_that_are_no_paragraph() -> None:
    # A tagline (the first prose line), the title, a loader and a caption stand above the dateline.
    text = (
        "Новости культуры Томска и области: выставки, театры, концерты.\n"
        "В Томске отреставрируют деревянный дом\n"
        "Идет загрузка...\n"
        "Дом на улице Татарской до начала реставрации\n"
        "ТОМСК, 30 ноября. /ТАСС/. Реставрация деревянного дома начнется весной, сообщили в мэрии города.\n"
    )
    assert [r for r, _ in cuts(text, Datelines())] == ["dateline"]


def test_no_dateline_after_a_paragraph() -> None:
    text = (
        "Пресс-служба сообщила об этом в понедельник.\n"
        "Работы продлятся два года и обойдутся городу в сорок миллионов рублей.\n"
        "Заголовок раздела\n"
        "ТОМСК, 30 ноября. /ТАСС/. Реставрация деревянного дома начнется весной, сообщили в мэрии города.\n"
    )
    assert cuts(text, Datelines()) == []


@pytest.mark.parametrize("heading", ["Hintergrund:", "Im Einzelnen:", "Background:"])
def test_a_colon_heading_after_the_lede_is_no_dateline(heading: str) -> None:
    text = (
        "Die Bundespolizei registrierte im November mehr als tausend unerlaubte Einreisen an der Grenze, "
        "teilte die Behörde am Mittwoch in Potsdam mit.\n"
        f"{heading}\n"
        "Seit August ist die Bundespolizei an der Grenze einem hohen Druck ausgesetzt, sagte ein Sprecher.\n"
    )
    assert cuts(text, Datelines()) == []


def test_a_lede_ending_in_an_ellipsis_under_the_title_is_kept() -> None:
    lede = (
        "Bist du auch schon mal durch den Supermarkt gelaufen und hast dich über die acht Meter langen Regale "
        "mit Milch gewundert, die …"
    )
    text = f"Das Überangebot überfordert uns immer mehr\n{lede}\nDer Rest des Artikels folgt hier, mit mehr als genug Worten für einen Absatz.\n"
    assert lede in boilerstrip.clean(text).text


@pytest.mark.parametrize(
    ("opening", "place"),
    [("WESTPORT, Co Galway — ", "WESTPORT, Co Galway"), ("TROMSØ, Troms — ", "TROMSØ, Troms")],
)
def test_capitals_place_with_its_region(opening: str, place: str) -> None:
    result = boilerstrip.clean(opening + "The " + BODY)
    assert result.text == "The " + BODY
    assert result.metadata.dateline is not None and result.metadata.dateline.place == place


def test_newsroom_and_place_before_a_spaced_colon() -> None:
    lede = "गंगा के 84 घाटों की सफाई अब हाथ से झाड़ू लगाने के बजाय मशीनों से होगी और नगर निगम ने इसके लिए चार छोटी मशीनें खरीदी हैं।"
    result = boilerstrip.clean("जागरण संवाददाता, वाराणसी : " + lede)
    assert result.text == lede
    assert result.metadata.dateline is not None and result.metadata.dateline.place == "वाराणसी"


@pytest.mark.parametrize(
    ("last", "name"),
    [
        ("試験中は係員が付き添い、歩行者がいる場合は停止する。（佐藤健）", "佐藤健"),
        ("市府表示，燈光展期將延長至明年元宵節，希望帶動商圈人潮。（王小明）", "王小明"),
    ],
)
def test_reporter_name_closing_the_article(last: str, name: str) -> None:
    first = "青森市は歩道の除雪にロボットを使う実証試験を始めた。市によると全国で初めての冬季運用となる。"
    result = boilerstrip.clean(f"{first}\n{last}\n")
    assert result.text.splitlines() == [first, last[: last.index("（")]]
    assert result.metadata.authors == (name,)
    # A bracket inside the story, not closing its last paragraph, is an aside.
    assert not boilerstrip.clean(f"{last}\n{first}\n").metadata.authors


def test_a_place_and_an_unknown_agency_between_dashes_before_a_whole_lede() -> None:
    lede = (
        "گردش قایقی در تالاب انزلی که از فروردین به دلیل لایروبی کانال‌ها متوقف شده بود، از روز دوشنبه با "
        "بیست و چهار قایق دوباره آغاز شد و گردشگران می‌توانند هر روز از ساعت نه صبح بلیت بخرند."
    )
    found = cuts(f"رشت - کرانه - {lede}\n", Datelines())
    assert found == [("dateline", "رشت - کرانه - ")]
    # The same shape before a short line (a route in a timetable) is no dateline.
    assert cuts("تهران - مشهد - هر روز ساعت هشت.\n", Datelines()) == []


@pytest.mark.parametrize("dateline", ["Oaxaca de Juárez, Oax.- ", "Mérida, Yuc.- ", "Toluca, Méx.- "])
def test_a_place_and_its_states_abbreviation_glued_to_the_dash(dateline: str) -> None:
    lede = (
        "Un total de ciento veinte artesanos y productores de los Valles Centrales participarán el próximo "
        "martes en la feria anual del mercado, que este año estrena horario nocturno."
    )
    assert cuts(dateline + lede + "\n", Datelines()) == [("dateline", dateline)]
    # A short line of the same shape is no dateline: it opens no whole lede.
    assert cuts(dateline + "Horario de 9 a 14.\n", Datelines()) == []


def test_a_dated_dateline_under_a_short_standfirst_opens_the_body() -> None:
    dek = "La meta es aplicar más de doscientas mil dosis antes de fin de año.\nEl servicio es gratuito.\n"
    dateline = "Mérida, Yucatán, a 30 de noviembre de 2026.- "
    lede = (
        "Con la instalación de módulos fijos y brigadas casa por casa, la Secretaría de Salud inició este lunes "
        "la segunda jornada estatal de vacunación para perros y gatos."
    )
    assert cuts(dek + dateline + lede + "\n", Datelines()) == [("dateline", dateline)]
    # Under a paragraph of lede length the same line is the article's own sentence, and stays.
    long_dek = "La meta es aplicar " + "más dosis que el año pasado en cada municipio del estado " * 2 + ".\n"
    assert cuts(long_dek + dateline + lede + "\n", Datelines()) == []


def test_a_thai_place_and_day_before_a_dash_opens_a_thai_lede() -> None:
    lede = (
        "เช้าวันนี้บนยอดดอยอินทนนท์ จังหวัดเชียงใหม่ เกิดปรากฏการณ์น้ำค้างแข็งเป็นครั้งแรกของฤดูหนาวปีนี้ "
        "หลังอุณหภูมิบนยอดดอยลดลงเหลือหนึ่งองศาเซลเซียส นักท่องเที่ยวจำนวนมากขึ้นไปรอชมตั้งแต่เช้ามืด"
    )
    # Thai marks no sentence end: the lede reads on by its length, and the abbreviated month keeps its dots.
    assert cuts("เชียงใหม่ 1 ธ.ค. - " + lede + "\n", Datelines()) == [("dateline", "เชียงใหม่ 1 ธ.ค. - ")]


@pytest.mark.parametrize(
    ("dateline", "lede"),
    [
        (
            "बारामती, ता. ३० : ",
            "ऊसतोडणीच्या दरात वाढ करावी या मागणीसाठी सुमारे चारशे कामगारांनी सोमवारी सकाळपासून एका सहकारी साखर "
            "कारखान्याच्या प्रवेशद्वारासमोर आंदोलन सुरू केले असून ते दरवाढीचा निर्णय होईपर्यंत सुरू राहील.",
        ),
        (
            "પાલનપુર, તા. 30 : ",
            "જિલ્લાના ખેડૂતોને આ વર્ષે બટાકાના વાવેતર માટે સહકારી મંડળી તરફથી ઓછા વ્યાજે લોન મળશે એવી જાહેરાત "
            "મંડળીના પ્રમુખે સોમવારે સાંજે ગામના ચોરામાં મળેલી સભામાં ખેડૂતોની હાજરીમાં કરી હતી.",
        ),
    ],
)
def test_a_place_a_labelled_day_and_a_colon_before_a_whole_lede(dateline: str, lede: str) -> None:
    assert cuts(dateline + lede + "\n", Datelines()) == [("dateline", dateline)]
    # The same opening before a short line (a list's label) is no dateline.
    assert cuts(dateline + "तीन मागण्या.\n", Datelines()) == []


LEDE = {
    "de": "Die Markthalle in der Innenstadt wird im kommenden Jahr um ein Obergeschoss erweitert, in dem drei kleine "
    "Bäckereien und eine Kaffeerösterei Platz finden sollen.",
    "fr": "Le conseil communal a approuvé lundi soir la rénovation de la piscine, fermée depuis deux ans faute de "
    "moyens pour remplacer ses filtres et son chauffage.",
}


@pytest.mark.parametrize(
    ("opening", "lede"),
    [("Freiburg (lsw) – ", "de"), ("Hannover (lni) - ", "de"), ("Genève (ats) – ", "fr")],
)
def test_a_wire_desks_code_in_lower_case_opens_a_whole_lede(opening: str, lede: str) -> None:
    text = opening + LEDE[lede]
    assert cuts(text, Datelines()) == [("dateline", opening)]


@pytest.mark.parametrize(
    "text",
    [
        # A gloss, not a dateline: a small sentence follows the dash, or none of a lede's length.
        "Python (pip) – the installer reads the file and then installs every package it names, one after the "
        "other, in the order of the file, and stops at the first error it meets.",
        "Freiburg (lsw) – Ein kurzer Satz.",
    ],
)
def test_a_bracketed_word_in_lower_case_before_no_lede_is_no_dateline(text: str) -> None:
    assert cuts(text, Datelines()) == []


@pytest.mark.parametrize(
    ("last", "tag"),
    [
        ("Kepala dinas menyebut pemeriksaan hemoglobin penting karena angka anemia masih tinggi.", " (dh)"),
        ("Majlis perbandaran akan membuka semula pasar malam itu selepas kerja pembaikan selesai.", " (ant/rls)"),
        ("A prefeitura informou que as inscrições seguem abertas até o fim do mês.", " (rls)"),
    ],
)
def test_initials_closing_the_article_go(last: str, tag: str) -> None:
    text = f"{BODY.capitalize()} It was the second delay this year.\n{last}{tag}\nTags: port, repairs\n"
    assert cuts(text, Datelines()) == [("initials_tag", tag)]


def test_a_bracketed_word_inside_the_text_or_an_earlier_paragraph_stays() -> None:
    text = (
        "The report was sent to the council as a file (pdf) and read aloud at the meeting.\n"
        "The mayor called it the most careful study the town has had in years. (sic)\n"
        f"{BODY.capitalize()}\n"
    )
    assert cuts(text, Datelines()) == []


def test_a_known_agency_in_lower_case_closing_the_article_is_cut_once() -> None:
    # "(dpa)" is both an agency tag and a bracket of small letters: one cut, as the agency's.
    text = f"{BODY.capitalize()} It was the second delay this year.\nThe harbour office expects the first ships on Monday. (dpa)\n"
    assert cuts(text, Datelines()) == [("agency_tag", " (dpa)")]


@pytest.mark.parametrize(
    ("lede", "place"),
    [
        (
            "MOMBASA, Kenya, Nov 30 – The average price of tea fell for the third week at the auction on Monday.",
            "MOMBASA, Kenya",
        ),
        (
            "CHICAGO, Dec. 9, 2026 — City council members voted to extend the winter shelter programme until March.",
            "CHICAGO",
        ),
        (
            "MANILA, Jan 5 – Ferry services to the southern islands resumed after the storm warning was lifted today.",
            "MANILA",
        ),
    ],
)
def test_a_dateline_with_the_month_first(lede: str, place: str) -> None:
    text = lede + "\nBuyers from Egypt were the most active, the broker said in a note to clients on Tuesday.\n"
    result = boilerstrip.clean(text)
    assert result.metadata.dateline is not None and result.metadata.dateline.place == place
    # The lede keeps its sentence, from the word after the dash.
    assert result.text.split("\n")[0] == lede.split(" – ", 1)[-1].split(" — ", 1)[-1]


def test_a_days_name_before_the_month_is_no_place() -> None:
    lede = "Monday, Nov 30 – The average price of tea fell for the third week running at the auction, brokers said."
    result = boilerstrip.clean(
        lede + "\nBuyers from Egypt were the most active, the broker said in a note on Tuesday.\n"
    )
    assert result.metadata.dateline is None


def test_an_organisation_and_its_acronym_after_the_dateline_stay() -> None:
    # The dateline pattern matches "Badan … (BPBD) " too, as it matched "Bandung (ANTARA) - ": only a second print
    # of the same dateline goes with it.
    lede = (
        "Bandung (ANTARA) - Badan Penanggulangan Bencana Daerah (BPBD) Jawa Barat memasang sirene peringatan dini "
        "banjir di 14 titik rawan di sepanjang daerah aliran sungai Citarum."
    )
    text = lede + "\nKepala Pelaksana BPBD Jawa Barat mengatakan sirene terhubung dengan sensor ketinggian air.\n"
    result = boilerstrip.clean(text)
    assert result.text.startswith("Badan Penanggulangan Bencana Daerah (BPBD) Jawa Barat memasang")
    twice = "LONDON (Reuters) - LONDON (Reuters) - " + lede.split(" - ", 1)[1]
    assert boilerstrip.clean(twice + "\n" + text.split("\n")[1]).text.startswith("Badan Penanggulangan")


@pytest.mark.parametrize(
    ("opening", "rest"),
    [
        (
            "KOTA BHARU: ",
            "Jumlah mangsa banjir di Kelantan terus meningkat kepada 12,480 orang daripada 3,912 keluarga "
            "setakat jam 4 petang ini, menurut laporan terkini.",
        ),
        (
            "DAR ES SALAAM: ",
            "Mamlaka ya hali ya hewa nchini imetoa tahadhari ya mvua kubwa zinazotarajiwa kunyesha kwa siku "
            "tatu mfululizo kuanzia kesho katika mikoa saba.",
        ),
        (
            "NEW DELHI: ",
            "The government on Thursday extended the deadline for linking ration cards with identity numbers "
            "by three months after states asked for more time.",
        ),
    ],
)
def test_a_place_of_two_or_three_words_in_capitals_and_a_colon_opens_the_lede(opening: str, rest: str) -> None:
    result = boilerstrip.clean(opening + rest + "\n" + BODY.capitalize() + "\n")
    assert result.text.split("\n")[0] == rest
    assert result.metadata.dateline is not None and result.metadata.dateline.place == opening.rstrip(": ")


@pytest.mark.parametrize(
    "text",
    [
        # One word in capitals before a colon is a label: a README's note, a warning.
        "NOTE: This project is no longer maintained and the repository will be archived at the end of the year, "
        "so please migrate to the new library.\nIt still works with Python 3.8 and later.\n",
        "WARNING: Running the migration twice will duplicate every record in the orders table, so take a backup "
        "of the database before you start.\nThen run the script.\n",
    ],
)
def test_one_word_in_capitals_before_a_colon_is_a_label_not_a_place(text: str) -> None:
    assert boilerstrip.clean(text).text == text.strip()


def test_words_in_capitals_and_a_colon_opening_several_paragraphs_are_labels() -> None:
    # A letters column: the salutations recur, a dateline is printed once.
    text = (
        "DEAR ABBY: My husband and I were getting ready to leave after dinner at a restaurant we have liked for "
        "fifteen years when a waitress started shouting at me in the restroom.\n"
        "Was I wrong to complain to the manager the next morning, or should I have let it go?\n"
        "DEAR READER: You were right to complain, and you would be right to take your business elsewhere now.\n"
    )
    assert boilerstrip.clean(text).text == text.strip()


@pytest.mark.parametrize(
    ("opening", "place", "agency"),
    [
        ("شیراز - خبرگزاری جنوب: ", "شیراز", "خبرگزاری جنوب"),
        ("الدمام - وكالة أنباء الشرق: ", "الدمام", "وكالة أنباء الشرق"),
    ],
)
def test_an_agency_named_as_a_news_agency_between_the_dashes(opening: str, place: str, agency: str) -> None:
    # Three or four words between the dashes are an agency when one of them says "news agency".
    lede = "دادگاه شهرستان امروز شرکت پیش‌فروش خودرو را به بازگرداندن پول بیش از هزار خریدار به همراه خسارت تأخیر محکوم کرد."
    result = boilerstrip.clean(opening + lede + "\nمتن دوم خبر با جمله‌ای دیگر برای بدنه آمده است.\n")
    assert result.text.startswith(lede)
    assert result.metadata.dateline is not None
    assert (result.metadata.dateline.place, result.metadata.dateline.agency) == (place, agency)


@pytest.mark.parametrize(
    ("opening", "lede", "place", "desk"),
    [
        (
            "LAHORE (Staff Reporter): ",
            "The provincial government on Monday announced a plan to reopen the city's three oldest parks.",
            "LAHORE",
            "Staff Reporter",
        ),
        (
            "Karachi (Our Correspondent) ",
            "The port authority said on Tuesday that the new container terminal would open in March.",
            "Karachi",
            "Our Correspondent",
        ),
        (
            "ملتان (خبر نگار) ",
            "شہر کے تاریخی گھنٹہ گھر کی دو سال سے جاری مرمت مکمل ہو گئی ہے اور اس کا گھڑیال دوبارہ وقت بتانے لگا ہے۔",
            "ملتان",
            "خبر نگار",
        ),
        (
            "ঢাকা (নিজস্ব প্রতিবেদক) ",
            "রাজধানীর যানজট কমাতে নতুন পরিকল্পনা ঘোষণা করেছে সিটি করপোরেশন, জানিয়েছেন মেয়র।",
            "ঢাকা",
            "নিজস্ব প্রতিবেদক",
        ),
    ],
)
def test_a_papers_own_desk_in_the_bracket_makes_a_dateline(opening: str, lede: str, place: str, desk: str) -> None:
    # The paper's own desk where wire copy names its agency, with a dash, a colon or nothing after it.
    result = boilerstrip.clean(opening + lede + "\n" + lede + " " + lede + "\n")
    assert result.text.startswith(lede)
    assert result.metadata.dateline is not None
    assert (result.metadata.dateline.place, result.metadata.dateline.agency) == (place, desk)


def test_a_desk_word_in_brackets_before_the_same_sentence_is_no_dateline() -> None:
    # No new sentence after the bracket: a field explained in a form's guide, not a dateline.
    text = "Contact (Correspondent) is the field you fill in when the paper sends the form to the court.\n"
    assert boilerstrip.clean(text).text == text.strip()


@pytest.mark.parametrize(
    ("opening", "place"),
    [("बेनी, मंसिर १४ । ", "बेनी"), ("पोखरा, कात्तिक २८ । ", "पोखरा")],
)
def test_a_place_and_a_day_of_another_calendar_open_the_first_paragraph(opening: str, place: str) -> None:
    # Nepali dailies date the dateline in Bikram Sambat, month first: the month says a day is named (its
    # date is not read: a Sambat date read as a Gregorian one would come out wrong).
    lede = "गाउँपालिकाले बनाएको झोलुङ्गे पुल सोमबारदेखि सञ्चालनमा आएको छ र स्थानीयले खुसी व्यक्त गरेका छन्।"
    text = "पुल सञ्चालनमा\n\n" + opening + lede + "\nपुलको लम्बाइ १२० मिटर छ र यसको निर्माणमा दुई वर्ष लागेको थियो।\n"
    result = boilerstrip.clean(text)
    assert result.text.startswith(lede)
    assert result.metadata.dateline is not None
    assert (result.metadata.dateline.place, result.metadata.dateline.agency) == (place, None)
    assert result.metadata.date is None


def test_a_sentence_opening_with_a_name_and_a_month_word_is_no_dateline() -> None:
    lede = "राम, श्याम १४ । यो वाक्य हो र यसमा केही शब्दहरू छन् जसले लामो वाक्य बनाउँछन्।"
    text = "कथा\n\n" + lede + "\nदोस्रो अनुच्छेद पनि यहाँ छ र यो पनि लामो वाक्य हो।\n"
    assert lede in boilerstrip.clean(text).text


@pytest.mark.parametrize(
    ("lede", "place"),
    [
        (
            "KILOSA: Wakulima wa mahindi wamelalamikia kushuka kwa bei ya zao hilo msimu huu, wakisema hawawezi kurejesha gharama walizotumia.",
            "KILOSA",
        ),
        (
            "MOMBASA: Bandari imepokea meli tatu mpya za mizigo kutoka Asia wiki hii, na wafanyakazi wa bandari wanasema kazi imeongezeka sana tangu mwezi uliopita.",
            "MOMBASA",
        ),
    ],
)
def test_one_word_in_capitals_is_a_place_when_the_story_names_it_again(lede: str, place: str) -> None:
    again = f"Viongozi wa {place.title()} walisema mkutano utafanyika Jumatatu ijayo katika ukumbi wa mji."
    assert cuts(f"{lede}\n{again}\n", Datelines()) == [("dateline", f"{place}: ")]
    # Not named again (a label: "NOTE:", "UPDATE:"), it is left alone.
    assert (
        cuts(f"{lede}\nViongozi walisema mkutano utafanyika Jumatatu ijayo katika ukumbi wa mji.\n", Datelines()) == []
    )


def test_a_lede_announcing_a_list_opens_with_its_dateline() -> None:
    text = (
        "Auenstadt (ots) - Die Polizeidirektion Auenstadt berichtet über folgende Einsätze vom Mittwoch:\n"
        "Kellerbrand im Lindenweg\n"
        "Am Mittwochabend brannte es im Keller eines Mehrfamilienhauses im Lindenweg, verletzt wurde niemand.\n"
    )
    assert cuts(text, Datelines()) == [("dateline", "Auenstadt (ots) - ")]
    # A field list's colon line with no agency is no dateline.
    recipe = "Zutaten (4 Personen) - Für den Teig braucht man folgende Dinge aus dem Vorratsschrank:\nMehl\n"
    assert (
        cuts(recipe + "Den Teig eine Stunde ruhen lassen und dann dünn ausrollen, bis er glatt ist.\n", Datelines())
        == []
    )


def test_a_dateline_under_a_long_head_of_menus_is_found() -> None:
    # The opening paragraph is looked for near the first prose line, wherever it stands: a site's head of fifteen
    # menu lines put a Yoruba agency dateline below the twelfth line, and it was never looked at.
    menu = "\n".join(["Home", "News", "Politics", "Business", "Sport", "Culture", "Video"] * 2) + "\n"
    caption = "Traders arrange their goods in one of the new shops of the rebuilt market hall.\n"
    lede = (
        "Ìbàdàn, 14 Oṣù Kẹjọ (ONA) – The market reopened on Wednesday morning, six months after a fire destroyed "
        "more than two hundred shops and stalls in the old quarter of the city.\n"
    )
    rest = "Traders said business was slow on the first day, but they expected customers to return soon.\n"
    text = "Market reopens after the fire\n" + menu + caption + "Photo: Ade Ajayi\n" + lede + rest
    assert [(reason, cut) for reason, cut in cuts(text, Datelines())] == [("dateline", "Ìbàdàn, 14 Oṣù Kẹjọ (ONA) – ")]
