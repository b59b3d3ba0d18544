"""Interface pack 36: the core interface strings of the less-covered languages, audited against the merged lexicon.

Paywall and subscriber lines ("Hierdie inhoud is slegs vir intekenare beskikbaar", "Straipsnis prieinamas tik
prenumeratoriams"), comment furniture ("Komentarų dar nėra", "Log in to comment" as "Za komentiranje se prijavite",
WordPress's "Your email address will not be published" as a contained phrase), read-also labels before a headline with
the language's colon or dash ("Lees ook -", "Taip pat skaitykite -", "আরও পড়ুন -", "Առնչվող՝"), share, print, follow
and app prompts, ad markers, cookie lines, credit labels ("Fotokrediet:", "Pildi autor:", "Տեսանյութ՝") and
opinion-column disclaimers in 78 files ("Autoriaus nuomonė…", "Stavovi autora ne odražavaju nužno stavove redakcije",
"ادارے کا بلاگر کی رائے سے متفق ہونا ضروری نہیں۔", "লেখাটি লেখকের নিজস্ব মতামত।"). The pack's phrases are also kept in
`benchmarks/data/lexicon-pack36.json`, re-applied by `benchmarks/apply_lexicon_pack.py` (tested in
`tests/test_apply_lexicon_pack.py`).

Each page here is invented: an article of three sentences with the furniture around and between them. The furniture
goes, every article sentence stays; sentences that share the phrases' words, and the forms left out on purpose, stay.
"""

from __future__ import annotations

from boilerstrip.rules.lexicon import load_lexicon
from tests.cleaners import lexicon_packs as kit

#: (language, furniture): one page per case; the lines are put around and between the article's sentences.
CASES = [
    # paywall and subscriber lines
    ("af", ["Hierdie inhoud is slegs vir intekenare beskikbaar", "Reeds 'n intekenaar? Meld aan", "Deel op Facebook"]),
    ("az", ["Bu məqalə yalnız abunəçilər üçündür", "Artıq abunəçisiniz? Daxil olun", "Məqaləni paylaş"]),
    ("be", ["Гэты артыкул толькі для падпісчыкаў", "Каб чытаць далей, падпішыцеся", "Падзяліцца артыкулам"]),
    ("bn", ["এই প্রতিবেদনটি শুধুমাত্র গ্রাহকদের জন্য।", "ইতিমধ্যে গ্রাহক? লগ ইন করুন", "খবরটি শেয়ার করুন"]),
    ("lt", ["Straipsnis prieinamas tik prenumeratoriams", "Norėdami skaityti toliau, užsiprenumeruokite"]),
    ("mk", ["Оваа статија е достапна само за претплатници", "Веќе сте претплатник? Најавете се"]),
    ("is", ["Til að lesa greinina þarftu að vera áskrifandi", "Ertu nú þegar áskrifandi? Skráðu þig inn"]),
    ("ka", ["ეს სტატია მხოლოდ გამომწერებისთვისაა", "სტატიის გაზიარება"]),
    ("lb", ["Dësen Artikel ass nëmme fir Abonnenten", "Schonn abonnéiert? Aloggen"]),
    ("ga", ["Tá an t-alt seo do shíntiúsóirí amháin", "Priontáil an t-alt seo"]),
    ("et", ["Artikli täismahus lugemiseks hakka digitellijaks", "Prindi artikkel"]),
    # comment furniture
    ("sl", ["Komentarjev še ni", "Za komentiranje se prijavite", "Natisni članek"]),
    ("sq", ["Shto koment", "Duhet të jeni i identifikuar për të postuar një koment", "Printo artikullin"]),
    ("kk", ["Әзірге пікір жоқ", "Мақаланы бөлісу"]),
    ("ky", ["Азырынча комментарий жок", "Комментарий калтыруу үчүн кириңиз"]),
    ("hy", ["Մեկնաբանություններ դեռ չկան", "Մուտք գործեք՝ մեկնաբանելու համար", "Ընդունել բոլորը"]),
    ("eu", ["Ez dago iruzkinik oraindik", "Saioa hasi behar duzu iruzkin bat argitaratzeko", "Inprimatu artikulua"]),
    ("fy", ["Wês de earste dy't reagearret", "Log yn om te reagearjen", "Abonnearje op ús nijsbrief"]),
    ("tl", ["Wala pang komento", "Maging una sa pagkomento", "Ibahagi ang artikulong ito"]),
    ("ur", ["ابھی تک کوئی تبصرہ نہیں", "تبصرہ کرنے کے لیے لاگ ان کریں", "یہ خبر شیئر کریں"]),
    ("mr", ["अद्याप कोणत्याही प्रतिक्रिया नाहीत", "प्रतिक्रिया देण्यासाठी लॉग इन करा", "हा लेख शेअर करा"]),
    ("ne", ["अहिलेसम्म कुनै प्रतिक्रिया छैन", "प्रतिक्रिया दिन लग इन गर्नुहोस्"]),
    ("ta", ["இன்னும் கருத்துகள் இல்லை", "கருத்து தெரிவிக்க உள்நுழையவும்"]),
    ("mn", ["Одоогоор сэтгэгдэл байхгүй байна", "Сэтгэгдэл үлдээхийн тулд нэвтэрнэ үү"]),
    ("cy", ["Mewngofnodwch i wneud sylw", "Argraffwch yr erthygl hon", "Lawrlwythwch ein ap"]),
    ("mt", ["Dan l-artiklu huwa għall-abbonati biss", "Idħol biex tikkummenta"]),
    # share, follow, ads and cookies
    ("lv", ["Dalies ar rakstu", "Seko mums sociālajos tīklos", "Sadarbības materiāls", "Akceptēt visas"]),
    ("ms", ["Kandungan tajaan", "Tiada komen lagi", "Artikel ini hanya untuk pelanggan"]),
    ("sw", ["Shiriki makala hii", "Makala hii ni kwa wanachama pekee", "Lazima uingie ili kutoa maoni"]),
    ("uz", ["Maqolani ulashish", "Bizni ijtimoiy tarmoqlarda kuzating", "Bu maqola faqat obunachilar uchun"]),
    ("bs", ["Podijelite ovaj članak", "Pretplatite se da biste nastavili čitati"]),
    ("gl", ["Compartir este artigo", "Este artigo é só para subscritores", "Xa es subscritor? Accede"]),
    ("tg", ["Ин мақола танҳо барои муштариён аст", "Аввалин шуда шарҳ гузоред"]),
    # opinion disclaimers
    ("lt", ["Straipsnyje išsakyta nuomonė nebūtinai sutampa su redakcijos pozicija"]),
    ("lv", ["Raksta autora viedoklis var nesakrist ar redakcijas viedokli"]),
    ("et", ["Autori seisukohad ei pruugi ühtida toimetuse seisukohtadega"]),
    ("sl", ["Mnenja, izražena v članku, so avtorjeva in ne odražajo nujno stališč uredništva."]),
    ("mk", ["Мислењето на авторот не мора да се совпаѓа со ставот на редакцијата"]),
    ("ka", ["ავტორის მოსაზრება შესაძლოა არ ემთხვეოდეს რედაქციის პოზიციას"]),
    ("hy", ["Հեղինակի կարծիքը կարող է չհամընկնել խմբագրության տեսակետի հետ։"]),
    ("kk", ["Автордың пікірі редакцияның көзқарасымен сәйкес келмеуі мүмкін"]),
    ("az", ["Müəllifin fikirləri redaksiyanın mövqeyi ilə üst-üstə düşməyə bilər"]),
    ("be", ["Рэдакцыя можа не падзяляць меркаванне аўтара"]),
    ("bn", ["লেখাটি লেখকের নিজস্ব মতামত।"]),
    ("ur", ["ادارے کا بلاگر کی رائے سے متفق ہونا ضروری نہیں۔"]),
    ("mr", ["लेखातील मते लेखकाची वैयक्तिक मते आहेत।"]),
    ("sq", ["Qëndrimet e autorit nuk përfaqësojnë domosdoshmërisht qëndrimin e redaksisë"]),
    ("bs", ["Stav autora ne odražava nužno stav redakcije"]),
    ("is", ["Skoðanir höfundar endurspegla ekki endilega skoðanir ritstjórnar"]),
    ("af", ["Die skrywer se menings is nie noodwendig dié van die redaksie nie"]),
    ("de", ["Namentlich gekennzeichnete Beiträge geben nicht unbedingt die Meinung der Redaktion wieder"]),
    ("pl", ["Opinie autora nie muszą odzwierciedlać stanowiska redakcji"]),
    ("cs", ["Komentář vyjadřuje názor autora, nikoli redakce"]),
    ("es", ["Las opiniones expresadas por los autores no reflejan necesariamente la línea editorial"]),
    ("nl", ["Dit opiniestuk geeft de mening van de auteur weer, niet die van de redactie"]),
    ("el", ["Οι απόψεις του αρθρογράφου δεν απηχούν απαραίτητα τις απόψεις της σύνταξης"]),
    ("id", ["Isi tulisan sepenuhnya menjadi tanggung jawab penulis"]),
    ("zh", ["本文观点仅代表作者本人。"]),
]


@kit.each_page(CASES)
def test_pack36_furniture_is_cut(lang: str, chrome: list[str]) -> None:
    kit.assert_cut_between(kit.ARTICLE[lang], chrome)


def test_each_kind_has_its_reason() -> None:
    expected = {
        "paywall_notice": [
            "Hierdie inhoud is slegs vir intekenare beskikbaar",
            "Dësen Artikel ass nëmme fir Abonnenten",
        ],
        "login_prompt": ["Za komentiranje se prijavite", "Schonn abonnéiert? Aloggen", "Idħol biex tikkummenta"],
        "comment_ui": ["Komentarų dar nėra", "Wala pang komento", "Одоогоор сэтгэгдэл байхгүй байна"],
        "share_buttons": ["Printo artikullin", "Drukāt rakstu", "Podijelite ovaj članak"],
        "subscribe_prompt": ["Sekite mus socialiniuose tinkluose", "Abonnéiert eis Newsletter"],
        "app_promo": ["Laai ons toepassing af", "Lawrlwythwch ein ap"],
        "ad_marker": ["Kandungan tajaan", "Reklam hüququnda", "Sadarbības materiāls"],
        "cookie_notice": ["Kukiləri qəbul et", "Samþykkja allar vafrakökur", "Баарын кабыл алуу"],
        "legal_footer": [
            "Stališča avtorja ne odražajo nujno stališč uredništva",
            "ادارے کا مضمون نگار کی رائے سے متفق ہونا ضروری نہیں۔",
            "ये लेखक के निजी विचार हैं।",
            "Cet article est une tribune, rédigée par un auteur extérieur au journal et dont le point de vue n’engage "
            "pas la rédaction",
        ],
    }
    kit.assert_reasons(expected)


def test_contained_notices() -> None:
    """WordPress's comment-form notice and cookie banners, inside a longer line."""
    lex = load_lexicon()
    for line in [
        "Adresa juaj e emailit nuk do të publikohet. Fushat e domosdoshme janë shënuar me *",
        "Ваш адрас электроннай пошты не будзе апублікаваны. Абавязковыя палі пазначаны *",
        "Kjo faqe përdor cookies për të përmirësuar përvojën tuaj.",
        "Mir benotzen Cookien, fir Är Erfahrung ze verbesseren.",
    ]:
        assert lex.contains_phrase(line), line


def test_disclaimer_prefixes_take_the_site_after_them() -> None:
    kit.assert_prefix(
        "Tulisan ini adalah pandangan peribadi penulis dan tidak semestinya mencerminkan pandangan Malaysiakini.",
        "Меркаванне аўтара можа не супадаць з пазіцыяй рэдакцыі Нашай Нівы",
        "Müəllifin fikirləri redaksiyanın mövqeyi ilə üst-üstə düşməyə bilər.",
    )


#: (language, read-also line, the headline after the label).
READ_ALSO = [
    ("af", "Lees ook - Stadsraad keur nuwe biblioteek goed", "Stadsraad keur nuwe biblioteek goed"),
    ("lt", "Taip pat skaitykite - Mieste atidaryta nauja biblioteka", "Mieste atidaryta nauja biblioteka"),
    ("bn", "আরও পড়ুন - শহরে নতুন গ্রন্থাগার খুলল", "শহরে নতুন গ্রন্থাগার খুলল"),
    ("bs", "Pročitajte također: Grad otvara novu biblioteku", "Grad otvara novu biblioteku"),
    ("sl", "Poglejte tudi: Mesto odpira novo knjižnico", "Mesto odpira novo knjižnico"),
    ("sq", "Lexoni edhe: Qyteti hap një bibliotekë të re", "Qyteti hap një bibliotekë të re"),
    ("cy", "Darllenwch hefyd - Llyfrgell newydd yn agor yn y dref", "Llyfrgell newydd yn agor yn y dref"),
    ("sw", "Pia soma: Maktaba mpya yafunguliwa mjini", "Maktaba mpya yafunguliwa mjini"),
    ("uz", "Shuningdek, o‘qing: Shaharda yangi kutubxona ochildi", "Shaharda yangi kutubxona ochildi"),
    ("hy", "Առնչվող՝ Քաղաքում նոր գրադարան է բացվել", "Քաղաքում նոր գրադարան է բացվել"),
]


@kit.each_by_lang(("lang", "line", "headline"), READ_ALSO, 16)
def test_read_also_labels(lang: str, line: str, headline: str) -> None:
    kit.assert_cut_inside(kit.ARTICLE[lang], line, at=2)
    kit.assert_prefix(line)


#: Left out on purpose (the README says why): bare "see" and "more details" labels, a paper's own disclaimer, and a
#: disclaimer's opening words without the newsroom in them.
LEFT_OUT = [
    "Bax: 5-ci fəsil",
    "Толығырақ: кестені қараңыз",
    "Кеңири: тиркемени караңыз",
    "Больш падрабязна: глядзіце дадатак",
    "यो पनि: हेर्नुहोस्",
    "Artykuł wyraża wyłącznie poglądy autora",
    "Die menings wat hier uitgespreek word, is dié van die skrywer",
]


@kit.each_line(LEFT_OUT)
def test_left_out_forms_are_no_phrases(line: str) -> None:
    kit.assert_no_phrase(line)
    kit.assert_no_prefix(line)


#: Chrome-free documents whose sentences share the pack's words: they come out unchanged.
NEGATIVE = [
    (
        "Lithuanian review",
        "Knygos autoriaus nuomonė apie miesto istoriją sutampa su daugelio istorikų požiūriu.\n"
        "Komentarų apie naują leidimą dar nėra daug, bet skaitytojai jį vertina palankiai.\n"
        "Leidykla žada antrąjį tiražą pavasarį.",
    ),
    (
        "Afrikaans letter",
        "Die minister het nog geen kommentaar gelewer oor die nuwe begroting nie.\n"
        "Lees ook die verslag van die komitee wat verlede week vrygestel is, het sy gesê.\n"
        "Die skrywer se menings oor die saak is welbekend in die gemeenskap.",
    ),
    (
        "Slovenian minutes",
        "Uredništvo je na seji obravnavalo predlog za nov urnik izhajanja.\n"
        "Stališča avtorjev prispevkov so bila predstavljena v prilogi zapisnika.\n"
        "Komentiranje predloga bo mogoče do konca meseca.",
    ),
    (
        "Malay essay",
        "Penulis artikel ini menghuraikan sejarah pelabuhan Melaka dengan terperinci.\n"
        "Pandangan peribadi penulis tentang pembangunan bandar dinyatakan pada bab akhir.\n"
        "Buku ini sesuai untuk pelajar sejarah.",
    ),
]


@kit.each_document(NEGATIVE)
def test_chrome_free_documents_stay(name: str, text: str) -> None:
    kit.assert_kept(text)


def test_the_pack_file_is_in_the_lexicon() -> None:
    """Every phrase of the pack's JSON is in its file, as the apply script put it there."""
    assert kit.phrases_missing("lexicon-pack36") == []
