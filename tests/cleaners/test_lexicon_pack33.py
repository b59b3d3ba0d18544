"""Credit pack 33: photo-, video- and graphic-credit forms printed in words, in 40 languages. Credits that credit a
role or nobody ("Photo courtesy of the family", "Фото предоставлено пресс-службой", "Foto cedida pela família",
"באדיבות המשטרה", "소속사 제공", "Ảnh do gia đình cung cấp", "Publicitātes foto") as `[credit] generic` values, after a
label or alone on their line; the words that open a credit before a name ("Video by", "Fotografie poskytl",
"Ευγενική παραχώρηση του"); the closing words of a credit after the giver (Japanese "市提供", "さん提供", Hungarian
"jóvoltából"); and the labels of video, infographic, collage and cartoon credits ("Infografía:", "Коллаж:",
"インフォグラフィック：", "영상=", "Kolase foto:").

Each page here is invented: an article of three sentences under a credit line. The credit goes, every article
sentence stays. Chrome-free documents that use the same words as content (a laptop's spec sheet, a price list, an
interview's transcript, a Texinfo menu, a Chinese notice, a German heading with "Bilder von") come out unchanged.
"""

from __future__ import annotations

from boilerstrip.rules.lexicon import load_lexicon, norm
from tests.cleaners import lexicon_packs as kit

#: (language, a credit line of the pack).
CREDITS = [
    # provided-by and courtesy forms after a label, and alone (a value of two words or more)
    ("en", "Photo courtesy of the family"),
    ("en", "Courtesy of the police"),
    ("de", "Foto: mit freundlicher Genehmigung der Familie"),
    ("de", "Zur Verfügung gestellt von der Familie"),
    ("fr", "Photo fournie par la famille"),
    ("es", "Cedida por la familia"),
    ("it", "Foto concessa dalla famiglia"),
    ("pt", "Foto cedida pela família"),
    ("nl", "Foto aangeleverd door de politie"),
    ("ca", "Foto cedida per l'Ajuntament"),
    ("pl", "Fot. materiały organizatora"),
    ("cs", "Foto: archiv autora"),
    ("sk", "Foto: archív autora"),
    ("ro", "Foto: prin amabilitatea familiei"),
    ("hu", "Fotó: a család jóvoltából"),
    ("hr", "Foto: arhiva obitelji"),
    ("ru", "Фото предоставлено пресс-службой"),
    ("ru", "Фото: предоставлено организаторами"),
    ("uk", "Фото надано театром"),
    ("el", "Ευγενική παραχώρηση της οικογένειας"),
    ("he", "באדיבות המשטרה"),
    ("ko", "소속사 제공"),
    ("ko", "구단 제공"),
    ("vi", "Ảnh do công an cung cấp"),
    ("vi", "Công an cung cấp"),
    ("id", "Foto: dok. panitia"),
    ("ms", "Gambar ihsan keluarga"),
    # generic values: the author, the family, readers, social media, video stills, illustrative photos
    ("cs", "Foto: autorka"),
    ("en", "Video still"),
    ("fr", "Photo prétexte"),
    ("es", "Imagen referencial"),
    ("pt", "Foto: reprodução/vídeo"),
    ("it", "Foto: fermo immagine da video"),
    ("pl", "Zrzut ekranu z nagrania"),
    ("hu", "Képünk illusztráció"),
    ("tr", "Fotoğraf temsilidir"),
    ("ar", "صورة متداولة"),
    ("fa", "عکس ارسالی مخاطبان"),
    ("hi", "सोशल मीडिया से ली गई तस्वीर"),
    ("sv", "Foto: läsarbild"),
    ("fi", "Kuva: lukijan kuva"),
    ("lv", "Publicitātes foto"),
    ("lt", "Socialinių tinklų nuotr."),
    ("bg", "Снимка: предоставена от организаторите"),
    # words that open a credit before a name
    ("en", "Video by Tom Reyes"),
    ("cs", "Fotografie poskytl Jan Novák"),
    ("el", "Ευγενική παραχώρηση του Γιάννη Παπαδόπουλου"),
    ("hr", "Fotografiju ustupili Ivan Horvat"),
    ("ru", "Фото прислал Иван Петров"),
    # closing words after the giver
    ("ja", "横浜市提供"),
    ("ja", "田中一郎さん提供"),
    ("hu", "Kovács Anna jóvoltából"),
    ("zh", "图片由受访者提供"),
    # labels of video, infographic, collage and cartoon credits
    ("en", "Infographic: Jane Doe"),
    ("de", "Infografik: Anna Berg"),
    ("fr", "Infographie : Le Monde"),
    ("es", "Infografía: El País"),
    ("ru", "Коллаж: Лента.ру"),
    ("uk", "Інфографіка: Слово і діло"),
    ("ja", "インフォグラフィック：共同通信"),
    ("ja", "写真＝視聴者提供"),
    ("zh", "制图：张三"),
    ("ko", "영상=연합뉴스"),
    ("id", "Kolase foto: Kompas.com"),
]


@kit.each_by_lang(("lang", "line"), CREDITS, 24)
def test_credit_lines_are_cut(lang: str, line: str) -> None:
    result = kit.assert_cut_before(kit.ARTICLE[lang], line)
    assert [r.reason for r in result.removed] == ["credit_line"]


def test_each_kind_is_in_its_table() -> None:
    lex = load_lexicon()
    # generic values credit no one: matched whole, case-insensitively
    for value in ["courtesy of the family", "предоставлено пресс-службой", "소속사 제공", "publicitātes foto"]:
        assert norm(value) in lex.credit_generic
    # labels open the line
    assert lex.credit_prefix is not None
    for label in ["Infographic:", "Коллаж:", "Infografía:", "インフォグラフィック：", "영상=", "Kolase foto:"]:
        assert lex.credit_prefix.match(f"{label} X"), label
    # openers before a name
    assert lex.credit_by is not None
    for opener in ["Video by", "Fotografie poskytl", "Ευγενική παραχώρηση του"]:
        assert lex.credit_by.match(f"{opener} Anna Berg"), opener
    # closing words
    for closing in ["市提供", "さん提供", "jóvoltából"]:
        assert closing in lex.credit_suffixes


def test_a_closing_word_needs_names_before_it() -> None:
    """A sentence that ends in "jóvoltából" is no credit: only names (capitalised) may stand before it."""
    article = kit.ARTICLE["hu"]
    kit.assert_kept("\n".join([article[0], "Ez a győzelem a csapat jóvoltából", *article[1:]]))


#: Left out on purpose (the files' headers say why): labels that open a spec sheet's, a price list's or an
#: interview's lines, figure labels, one-word values that are a list's item, two-word values that head a section,
#: openers a heading begins with, and closing words that end a Chinese sentence or a Japanese heading.
LEFT_OUT_LABELS = [
    "Graphics:",
    "Grafika:",
    "Графика:",
    "Grafis:",
    "Karte:",
    "Map:",
    "Carte :",
    "Charge:",
    "رسم:",
    "Ihsan:",
    "Kamera:",
    "Montage:",
    "Kuvaajat:",
    "提供：",
]
LEFT_OUT_VALUES = [
    "author",
    "the author",
    "social media",
    "réseaux sociaux",
    "a szerző",
    "aus Privatbesitz",
    "collection particulière",
    "zbiory własne",
    "publicity photo",
    "droits réservés",
    "policja",
    "tác giả",
    "courtesy of the museum",
    "courtesy of the artist",
    "via social media",
    "z mediów społecznościowych",
    "utlånt",
    "화면 캡처",
    "fermo immagine",
]
LEFT_OUT_OPENERS = ["Bilder von", "Fotografie di", "Dessin de", "Video de", "Imagini de", "Ihsan"]
LEFT_OUT_CLOSING = ["提供", "者提供", "学校提供", "方提供", "izniyle", "nuotraukos"]


def test_left_out_forms_are_not_in_the_tables() -> None:
    lex = load_lexicon()
    assert lex.credit_prefix is not None and lex.credit_by is not None
    for label in LEFT_OUT_LABELS:
        assert not lex.credit_prefix.match(f"{label} X"), label
    for value in LEFT_OUT_VALUES:
        assert norm(value) not in lex.credit_generic, value
    for opener in LEFT_OUT_OPENERS:
        match = lex.credit_by.match(f"{opener} Anna Berg")
        assert match is None or match.end() < len(opener), opener
    for closing in LEFT_OUT_CLOSING:
        assert closing not in lex.credit_suffixes, closing


#: Chrome-free documents whose lines use the left-out words as content.
NEGATIVE = [
    (
        "Polish laptop spec sheet",
        "Laptop dla studenta\n"
        "Procesor: Intel Core i5\n"
        "Grafika: Intel UHD Graphics 620\n"
        "Ekran ma przekątną czternastu cali i matową powłokę, która nie odbija światła.",
    ),
    (
        "English price list",
        "Bike hire at the harbour\n"
        "Charge: 10 EUR per day\n"
        "Helmets and locks are included, and children under twelve ride for half the price.",
    ),
    (
        "Malay interview transcript",
        "Temu bual bersama penduduk kampung\n"
        "Ihsan: Saya setuju dengan cadangan itu kerana ia membantu penduduk.\n"
        "Aminah: Kami berharap jambatan baharu siap sebelum musim tengkujuh tiba.",
    ),
    (
        "Texinfo menu",
        "This manual describes the compression library and its command-line programs.\n"
        "* AUTHOR::\n"
        "* CAVEATS::\n"
        "The library is thread-safe as long as each stream has its own state.",
    ),
    (
        "Chinese school notice",
        "关于秋季运动会的通知\n午餐由学校提供\n请各位同学穿运动服，上午八点在操场集合，家长可以在看台观看比赛。",
    ),
    (
        "Japanese privacy policy",
        "当社は、お客様からお預かりした情報を、次の方針に従って大切に取り扱います。\n"
        "第三者提供\n"
        "当社は、法令に基づく場合を除き、ご本人の同意なく個人情報を第三者に提供しません。",
    ),
    (
        "German heading with a plural noun",
        "Bilder von Kindern\n"
        "Die Ausstellung zeigt Zeichnungen, die Schülerinnen und Schüler im Kunstunterricht gemalt haben.",
    ),
    (
        "Italian photo album",
        "Fotografie di Milano\n"
        "Le immagini raccontano la città negli anni Cinquanta, tra cantieri, tram e botteghe artigiane.",
    ),
    (
        "Hungarian book",
        "A szerző\nKovács Anna tanár, harminc éve tanít magyar irodalmat egy vidéki gimnáziumban.",
    ),
]


@kit.each_document(NEGATIVE)
def test_chrome_free_documents_stay(name: str, text: str) -> None:
    kit.assert_kept(text)
