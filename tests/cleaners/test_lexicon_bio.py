"""The bio pack: ``[bio] roles``, ``[bio] writes`` and ``[bio] headers`` in every language file.

An author box closes many articles and blog posts: a name line (or a header such as "About the author",
"Über mich", "Chi sono"), then one short paragraph about the writer ("Dana Whitcomb covers transportation for The
Harbor Courier."). A rule cuts such a pair only when the paragraph holds a role word or a "writes" verb, or when the
name line is a header; these tests pin the words, merged and casefolded on the lexicon.
"""

from __future__ import annotations

import pytest

from boilerstrip.rules.lexicon import load_lexicon, norm, read_lexicon_files, spellings

#: Per language: a role word, a "writes" verb and a header line (any case: they are casefolded or normalised).
REPRESENTATIVE = [
    ("ar", "صحفية", "يكتب", "عن الكاتب"),
    ("az", "jurnalist", "yazır", "Müəllif haqqında"),
    ("be", "журналістам", "піша", "Пра аўтара"),
    ("bg", "журналистка", "пише", "За автора"),
    ("bn", "সাংবাদিক", "লেখেন", "লেখক পরিচিতি"),
    ("ca", "periodista", "escriu", "Sobre l'autora"),
    ("cs", "redaktorka", "píše", "O autorovi"),
    ("da", "Journalist", "dækker", "Om skribenten"),
    ("de", "Redakteurin", "schreibt", "Über mich"),
    ("el", "Δημοσιογράφος", "γράφω", "Λίγα λόγια για μένα"),
    ("en", "Correspondent", "covers", "About the author"),
    ("es", "periodista", "escribo", "Sobre mí"),
    ("et", "ajakirjanikuna", "kirjutab", "Autorist"),
    ("fa", "خبرنگار", "می‌نویسد", "درباره نویسنده"),
    ("fi", "toimittajana", "kirjoittaa", "Kirjoittajasta"),
    ("fr", "journaliste", "écris", "À propos de l'auteur"),
    ("gu", "પત્રકાર", "લખે", "લેખક વિશે"),
    ("he", "עיתונאית", "כותבת", "על הכותבת"),
    ("hi", "पत्रकार", "लिखते", "लेखक के बारे में"),
    ("hr", "novinarka", "piše", "O autoru"),
    ("hu", "újságírója", "írok", "A szerzőről"),
    ("hy", "լրագրող", "գրում", "Հեղինակի մասին"),
    ("id", "wartawan", "meliput", "Tentang Penulis"),
    ("is", "blaðamaður", "skrifar", "Um höfundinn"),
    ("it", "giornalista", "scrivo", "Chi sono"),
    ("ja", "記者", "執筆", "この記事を書いた人"),
    ("ka", "ჟურნალისტი", "წერს", "ავტორის შესახებ"),
    ("kk", "тілші", "жазады", "Автор туралы"),
    ("kn", "ಪತ್ರಕರ್ತ", "ಬರೆಯುತ್ತಾರೆ", "ಲೇಖಕರ ಬಗ್ಗೆ"),
    ("ko", "기자", "씁니다", "기자 소개"),
    ("lt", "žurnalistė", "rašo", "Apie autorių"),
    ("lv", "žurnālists", "raksta", "Par autoru"),
    ("mk", "новинарка", "пишува", "За авторот"),
    ("ml", "മാധ്യമപ്രവർത്തകൻ", "എഴുതുന്നു", "ലേഖകനെക്കുറിച്ച്"),
    ("mr", "पत्रकार", "लिहितात", "लेखकाविषयी"),
    ("ms", "wartawan", "menulis", "Tentang Penulis"),
    ("ne", "पत्रकार", "लेख्छन्", "लेखकको बारेमा"),
    ("nl", "verslaggever", "schrijft", "Over de auteur"),
    ("no", "journalist", "skriver", "Om meg"),
    ("pa", "ਪੱਤਰਕਾਰ", "ਲਿਖਦੇ", "ਲੇਖਕ ਬਾਰੇ"),
    ("pl", "dziennikarką", "piszę", "O autorce"),
    ("pt", "jornalista", "escreve", "Sobre o autor"),
    ("ro", "jurnalistă", "scriu", "Despre autor"),
    ("ru", "журналистом", "пишу", "Об авторе"),
    ("si", "මාධ්‍යවේදී", "ලියයි", "කතුවරයා ගැන"),
    ("sk", "novinárka", "píše", "O autorovi"),
    ("sl", "novinarka", "piše", "O avtorju"),
    ("sq", "gazetare", "shkruan", "Rreth autorit"),
    ("sr", "новинар", "piše", "O autoru"),
    ("sv", "reporter", "bevakar", "Om mig"),
    ("sw", "mwandishi", "anaandika", "Kuhusu Mwandishi"),
    ("ta", "பத்திரிகையாளர்", "எழுதுகிறார்", "என்னைப் பற்றி"),
    ("te", "పాత్రికేయుడు", "రాస్తారు", "రచయిత గురించి"),
    ("th", "นักข่าว", "เขียนเกี่ยวกับ", "เกี่ยวกับผู้เขียน"),
    ("tl", "mamamahayag", "sumusulat", "Tungkol sa May-akda"),
    ("tr", "gazeteci", "yazıyor", "Hakkımda"),
    ("uk", "журналістка", "пише", "Про автора"),
    ("ur", "صحافی", "لکھتے", "مصنف کے بارے میں"),
    ("vi", "phóng viên", "viết", "Về tác giả"),
    ("zh", "记者", "执笔", "作者简介"),
    ("af", "joernalis", "skryf", "Oor die skrywer"),
    ("am", "ጋዜጠኛ", "ይጽፋል", "ስለ ጸሐፊው"),
    ("bs", "novinarka", "piše", "O autoru"),
    ("cy", "newyddiadurwr", "ysgrifennu", "Am yr awdur"),
    ("eu", "kazetaria", "idazten", "Egileari buruz"),
    ("fy", "sjoernalist", "skriuwt", "Oer de auteur"),
    ("ga", "iriseoir", "scríobhann", "Faoin údar"),
    ("gl", "xornalista", "escribe", "Sobre o autor"),
    ("ha", "edita", "rubutawa", "Game da marubuci"),
    ("km", "អ្នកសារព័ត៌មាន", "សរសេរអំពី", "អំពីអ្នកនិពន្ធ"),
    ("ku", "rojnamevan", "dinivîse", "Derbarê nivîskar"),
    ("ky", "кабарчы", "жазат", "Автор жөнүндө"),
    ("lb", "Journalistin", "schreift", "Iwwer den Auteur"),
    ("lo", "ນັກຂ່າວ", "ຂຽນກ່ຽວກັບ", "ກ່ຽວກັບຜູ້ຂຽນ"),
    ("mn", "сэтгүүлч", "бичдэг", "Зохиогчийн тухай"),
    ("mt", "ġurnalist", "jikteb", "Dwar l-awtur"),
    ("my", "သတင်းထောက်", "ရေးသားသည်", "စာရေးသူအကြောင်း"),
    ("ps", "خبریال", "لیکي", "د لیکوال په اړه"),
    ("so", "wariye", "qoraa", "Ku saabsan qoraaga"),
    ("tg", "рӯзноманигор", "менависад", "Дар бораи муаллиф"),
    ("uz", "jurnalist", "yozadi", "Muallif haqida"),
    ("zu", "intatheli", "ubhala", "Mayelana nombhali"),
    # Session twenty-two's new files.
    ("yo", "akọ̀ròyìn", "kọ̀wé", "Nípa òǹkọ̀wé"),
    ("ig", "odeakụkọ", "na-ede", "Banyere onye dere ya"),
    ("or", "ସାମ୍ବାଦିକ", "ଲେଖନ୍ତି", "ଲେଖକ ପରିଚୟ"),
    ("as", "সংবাদদাতা", "লিখে", "লেখকৰ পৰিচয়"),
    ("jv", "wartawan", "nulis", "Bab panulis"),
    ("su", "wartawan", "nulis", "Ngeunaan panulis"),
    # Session twenty-three's new files.
    ("sd", "صحافي", "لکندو", "ليکڪ بابت"),
    ("ckb", "ڕۆژنامەنووس", "دەنووسێت", "ناساندنی نووسەر"),
    ("mg", "mpitati-baovao", "manoratra", "Momba ny mpanoratra"),
    ("ti", "ጋዜጠኛ", "ይጽሕፍ", "ብዛዕባ ጸሓፊ"),
]

#: Author-box labels an earlier pack already files under ``[lines] navigation`` (they cut their own line there).
#: They are headers of author boxes, not site menus; any other header giving the navigation reason fails the test.
AUTHOR_BOX_NAVIGATION = [
    "عن الكاتب", "نبذة عن الكاتب", "За автора", "Sobre l'autor", "O autorovi", "O autorce", "Om skribenten",
    "Om forfatteren", "Über den Autor", "Über die Autorin", "Σχετικά με τον συγγραφέα", "Σχετικά με εμένα",
    "About the author", "Sobre el autor", "Acerca del autor", "درباره نویسنده", "درباره‌ی نویسنده", "Kirjoittajasta",
    "Tietoa kirjoittajasta", "À propos de l'auteur", "על הכותב", "על המחבר", "אודות הכותב", "लेखक के बारे में",
    "O autoru", "A szerzőről", "Tentang Penulis", "L'autore", "Sull'autore", "Informazioni sull'autore", "著者について",
    "この記事を書いた人", "著者プロフィール", "筆者プロフィール", "저자 소개", "작가 소개", "Mengenai Penulis",
    "Over de auteur", "Over de schrijver", "O autorze", "Sobre o autor", "Sobre a autora", "Despre autor",
    "Об авторе", "O avtorju", "О аутору", "Om författaren", "เกี่ยวกับผู้เขียน", "Yazar hakkında", "Про автора",
    "Về tác giả", "Giới thiệu tác giả", "作者简介", "关于作者", "關於作者",
]  # fmt: skip

#: Site menus and contact labels: never an author box's header.
MENU_LABELS = [
    "About us", "About", "Contact", "Team", "Our team", "Über uns", "Kontakt", "Chi siamo", "Contatti", "O nas",
    "О нас", "Qui sommes-nous", "Quiénes somos", "Sobre nós", "Quem somos", "Om oss", "Om os", "Over ons",
    "关于我们", "会社概要", "회사 소개",
]  # fmt: skip


def _bio(lang: str) -> dict[str, list[str]]:
    return read_lexicon_files()[lang]["bio"]


def test_every_language_file_has_a_bio_table() -> None:
    files = read_lexicon_files()
    languages = [lang for lang in files if lang != "common"]
    assert len(languages) == 92  # session twenty-two: as, ig, jv, or, su, yo; twenty-three: sd, ckb, mg, ti
    assert sorted(languages) == sorted(lang for lang, *_ in REPRESENTATIVE)
    for lang in languages:
        bio = files[lang].get("bio", {})
        assert 5 <= len(bio.get("roles", [])) <= 60, lang
        assert 1 <= len(bio.get("writes", [])) <= 10, lang
        assert 2 <= len(bio.get("headers", [])) <= 20, lang
        for key in ("roles", "writes"):
            for word in bio[key]:
                assert word == word.strip() and word, (lang, word)
                if lang != "vi":  # Vietnamese roles are units of two or three syllables ("phóng viên")
                    assert " " not in word, (lang, key, word)
        for key in ("roles", "writes", "headers"):
            assert len(bio[key]) == len(set(bio[key])), (lang, key)


@pytest.mark.parametrize(("lang", "role", "writes", "header"), REPRESENTATIVE)
def test_representative_entries_are_merged(lang: str, role: str, writes: str, header: str) -> None:
    lex = load_lexicon()
    assert role.casefold() in lex.bio_roles
    assert writes.casefold() in lex.bio_writes
    assert norm(header) in lex.bio_headers
    # Each entry is in its own language's file, not only merged in from another one.
    bio = _bio(lang)
    assert role.casefold() in {w.casefold() for w in bio["roles"]}
    assert writes.casefold() in {w.casefold() for w in bio["writes"]}
    assert norm(header) in {norm(h) for h in bio["headers"]}


def test_every_entry_of_every_file_reaches_the_lexicon() -> None:
    lex = load_lexicon()
    files = read_lexicon_files()
    bios = [data.get("bio", {}) for data in files.values()]
    assert lex.bio_roles == {w.casefold() for bio in bios for w in bio.get("roles", [])}
    assert lex.bio_writes == {w.casefold() for bio in bios for w in bio.get("writes", [])}
    # A header is a whole line: the lexicon reads it in both Persian spellings (lexicon.spellings).
    assert lex.bio_headers == {norm(s) for bio in bios for h in bio.get("headers", []) for s in spellings(h)}


def test_no_header_is_a_navigation_label_but_the_author_box_ones() -> None:
    lex = load_lexicon()
    reasons: dict[str, str] = {}
    for lang, data in read_lexicon_files().items():
        for header in data.get("bio", {}).get("headers", []):
            reason = lex.line_reason(header)
            assert reason in (None, "navigation"), (lang, header, reason)
            if reason == "navigation":
                reasons[norm(header)] = lang
    assert set(reasons) == {norm(h) for h in AUTHOR_BOX_NAVIGATION}


@pytest.mark.parametrize("label", MENU_LABELS)
def test_menu_labels_are_not_headers(label: str) -> None:
    assert norm(label) not in load_lexicon().bio_headers


@pytest.mark.parametrize("word", ["editor", "author", "autor", "kritik", "follows", "编辑", "עורך", "editora"])
def test_left_out_words_are_not_roles(word: str) -> None:
    lex = load_lexicon()
    assert word.casefold() not in lex.bio_roles
    assert word.casefold() not in lex.bio_writes
