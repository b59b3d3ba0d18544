"""Interface pack 43: core site furniture of the 40 thinnest language files (institutional chrome, classifieds and
listings, obituary and condolence pages, article meta and tools).

Institutional chrome ("Сайт картасы", "Map o'r wefan", "अन्य प्रेस विज्ञप्ति", "Görmə qabiliyyəti zəif olanlar üçün",
"Басып шығаруға арналған нұсқа", "PDF ලෙස බාගන්න"), classifieds ("განცხადების დამატება", "Ցույց տալ
հեռախոսահամարը", "Weka tangazo", "Bei ya maelewano", the prefix "Auglýsinganúmer:"), obituary and condolence
furniture ("Fág teachtaireacht chomhbhróin", "Ħalli messaġġ ta' kondoljanzi", "Méi Doudesannoncen") and article
meta ("Оқу уақыты:", "# पटक हेरिएको", "Imesomwa mara", "Դիտումներ՝"). The pack's phrases are kept in
`benchmarks/data/lexicon-pack43.json`, applied by `benchmarks/apply_lexicon_pack.py`.

Self-contained: each page here is an invented article of three sentences (written out below, not imported from
another pack's module) with the furniture around and between them. The furniture goes, every article sentence stays;
sentences that share the phrases' words, and the forms left out on purpose, stay.
"""

from __future__ import annotations

import pytest

import boilerstrip
from boilerstrip.rules.lexicon import load_lexicon
from tests.cleaners.lexicon_packs import phrases_missing

#: An invented article per language: a council approves the repair of an old library.
ARTICLE: dict[str, list[str]] = {
    "kk": [
        "Қалалық мәслихат дүйсенбі күні ескі қалалық кітапхананы жөндеуді мақұлдады.",
        "Жұмыс қазан айында басталып, шамамен бір жылға созылады.",
        "Оған дейін кітап беру әкімдік ғимаратына көшеді, деді әкім.",
    ],
    "cy": [
        "Cymeradwyodd y cyngor ddydd Llun y gwaith o adnewyddu hen lyfrgell y dref.",
        "Bydd y gwaith yn dechrau ym mis Hydref ac yn para tua blwyddyn.",
        "Yn y cyfamser bydd llyfrau'n cael eu benthyg o neuadd y dref, meddai'r maer.",
    ],
    "ne": [
        "नगर परिषद्ले सोमबार पुरानो पुस्तकालयको मर्मत गर्ने निर्णय गरेको छ।",
        "काम असोजमा सुरु हुनेछ र करिब एक वर्ष लाग्नेछ।",
        "त्यस अवधिमा किताबहरू नगरपालिकाको भवनबाट दिइने मेयरले बताए।",
    ],
    "si": [
        "නගර සභාව සඳුදා පැරණි පුස්තකාල ගොඩනැගිල්ල ප්‍රතිසංස්කරණය කිරීම අනුමත කළේය.",
        "වැඩ ඔක්තෝබර් මාසයේදී ආරම්භ වන අතර වසරක් පමණ ගත වනු ඇත.",
        "මේ කාලය තුළ පොත් නගර ශාලාවෙන් ලබා දෙන බව නගරාධිපතිවරයා පැවසීය.",
    ],
    "az": [
        "Şəhər şurası bazar ertəsi köhnə şəhər kitabxanasının təmirini təsdiqləyib.",
        "İşlər oktyabrda başlayacaq və təxminən bir il davam edəcək.",
        "Bu müddətdə kitablar bələdiyyə binasında veriləcək, deyə bələdiyyə sədri bildirib.",
    ],
    "ka": [
        "საკრებულომ ორშაბათს ძველი ქალაქის ბიბლიოთეკის შეკეთება დაამტკიცა.",
        "სამუშაოები ოქტომბერში დაიწყება და დაახლოებით ერთი წელი გაგრძელდება.",
        "მანამდე წიგნების გაცემა მერიის შენობაში გადავა, განაცხადა მერმა.",
    ],
    "hy": [
        "Քաղաքային ավագանին երկուշաբթի հաստատեց հին գրադարանի վերանորոգումը։",
        "Աշխատանքները կսկսվեն հոկտեմբերին և կտևեն մոտ մեկ տարի։",
        "Մինչ այդ գրքերը կտրամադրվեն քաղաքապետարանի շենքում, ասաց քաղաքապետը։",
    ],
    "sw": [
        "Baraza la jiji liliidhinisha Jumatatu ukarabati wa maktaba ya zamani ya jiji.",
        "Kazi itaanza mwezi Oktoba na itachukua takriban mwaka mmoja.",
        "Kwa sasa, huduma ya kuazima vitabu itahamia jengo la halmashauri, alisema meya.",
    ],
    "is": [
        "Borgarstjórn samþykkti á mánudag endurbætur á gamla bókasafninu í miðbænum.",
        "Framkvæmdir hefjast í október og eiga að standa í um það bil eitt ár.",
        "Á meðan verða bækur lánaðar út í ráðhúsinu, sagði borgarstjórinn.",
    ],
    "ta": [
        "நகர மன்றம் திங்கள்கிழமை பழைய நூலகத்தை புதுப்பிக்க ஒப்புதல் அளித்தது.",
        "பணிகள் அக்டோபரில் தொடங்கி சுமார் ஓராண்டு நடைபெறும்.",
        "அதுவரை புத்தகங்கள் நகராட்சி அலுவலகத்தில் வழங்கப்படும் என்று மேயர் கூறினார்.",
    ],
    "ga": [
        "Cheadaigh an chomhairle cathrach athchóiriú na sean-leabharlainne Dé Luain.",
        "Tosóidh an obair i mí Dheireadh Fómhair agus maireann sí thart ar bhliain.",
        "Idir an dá linn beidh na leabhair ar fáil i halla an bhaile, a dúirt an méara.",
    ],
    "mt": [
        "Il-kunsill lokali approva nhar it-Tnejn ir-restawr tal-librerija l-antika tal-belt.",
        "Ix-xogħlijiet se jibdew f'Ottubru u se jieħdu madwar sena.",
        "Sadanittant il-kotba jistgħu jiġu mislufa mill-kunsill, qal is-sindku.",
    ],
    "lb": [
        "De Gemengerot huet e Méindeg d'Renovéierung vun der aler Bibliothéik gestëmmt.",
        "D'Aarbechten fänken am Oktober un an daueren ongeféier ee Joer.",
        "An der Tëschenzäit kann een d'Bicher an der Gemeng ausléinen, sot de Buergermeeschter.",
    ],
    "tl": [
        "Inaprubahan ng konseho ng lungsod noong Lunes ang pagsasaayos ng lumang aklatan.",
        "Magsisimula ang trabaho sa Oktubre at tatagal nang halos isang taon.",
        "Samantala, ipahihiram ang mga aklat sa bulwagan ng lungsod, ayon sa alkalde.",
    ],
    "mn": [
        "Хотын зөвлөл даваа гарагт хуучин номын сангийн засварыг баталлаа.",
        "Ажил аравдугаар сард эхэлж, ойролцоогоор нэг жил үргэлжилнэ.",
        "Энэ хугацаанд номыг хотын захиргааны байранд олгоно гэж хотын дарга хэлэв.",
    ],
    "ml": [
        "കോഴിക്കോട് കോർപ്പറേഷൻ ചൊവ്വാഴ്ച പുതിയ സ്കൂൾ നിർമ്മിക്കുന്നതിനുള്ള ബജറ്റിന് അംഗീകാരം നൽകി.",
        "അടുത്ത വർഷം സെപ്റ്റംബറിൽ സ്കൂൾ ആദ്യ വിദ്യാർത്ഥികളെ സ്വാഗതം ചെയ്യുമെന്ന് ഉദ്യോഗസ്ഥർ അറിയിച്ചു.",
        "രക്ഷിതാക്കൾ തീരുമാനത്തെ സ്വാഗതം ചെയ്തു, എന്നാൽ ചിലർ നിർമ്മാണച്ചെലവിനെക്കുറിച്ച് ചോദ്യങ്ങൾ ഉന്നയിച്ചു.",
    ],
    "my": [
        "မြို့တော်ကောင်စီသည် တနင်္လာနေ့က စာကြည့်တိုက်ဟောင်း ပြုပြင်ရေးကို အတည်ပြုခဲ့သည်။",
        "လုပ်ငန်းများကို အောက်တိုဘာလတွင် စတင်မည်ဖြစ်ပြီး တစ်နှစ်ခန့် ကြာမြင့်မည်ဖြစ်သည်။",
        "ထိုကာလအတွင်း စာအုပ်များကို မြို့တော်ခန်းမတွင် ငှားရမ်းနိုင်မည်ဟု မြို့တော်ဝန်က ပြောသည်။",
    ],
}


def page(article: list[str], chrome: list[str]) -> str:
    """Three article lines with the chrome lines around and between them, and a share line after the article."""
    return "\n".join([article[0], chrome[0], article[1], *chrome[1:2], article[2], *chrome[2:], "Share on Facebook"])


#: (language, furniture): one page per case.
CASES = [
    # institutional site chrome
    ("kk", ["Сайт картасы", "Басқа баспасөз релиздері", "Басып шығаруға арналған нұсқа"]),
    ("cy", ["Map o'r wefan", "Datganiadau i'r wasg eraill", "Lawrlwytho PDF", "Fersiwn argraffu"]),
    ("ne", ["साइट म्याप", "अन्य प्रेस विज्ञप्ति", "PDF डाउनलोड गर्नुहोस्"]),
    ("si", ["අඩවි සිතියම", "වෙනත් මාධ්‍ය නිවේදන", "PDF ලෙස බාගන්න"]),
    ("az", ["Saytın xəritəsi", "Görmə qabiliyyəti zəif olanlar üçün", "Şrifti böyüt", "Bütün press-relizlər"]),
    ("my", ["ဆိုက်မြေပုံ", "PDF ဒေါင်းလုဒ်"]),
    # classifieds and listings
    ("ka", ["განცხადების დამატება", "ნომრის ჩვენება", "განცხადების ნომერი: 123456", "მსგავსი განცხადებები"]),
    ("hy", ["Տեղադրել հայտարարություն", "Ցույց տալ հեռախոսահամարը", "Նմանատիպ հայտարարություններ"]),
    ("sw", ["Weka tangazo", "Ripoti tangazo hili", "Bei ya maelewano"]),
    ("is", ["Setja inn auglýsingu", "Hafa samband við seljanda", "Auglýsinganúmer: 123456", "Vista auglýsingu"]),
    ("ta", ["விளம்பரம் பதிவிடுக", "தொலைபேசி எண்ணைக் காட்டு", "இதே போன்ற விளம்பரங்கள்"]),
    ("mn", ["Зар байршуулах", "Худалдагчтай холбогдох", "Үнэ тохиролцоно", "Зарын дугаар: 123456"]),
    # obituary and condolence pages
    ("ga", ["Fág teachtaireacht chomhbhróin", "Tuilleadh fógraí báis"]),
    ("mt", ["Ħalli messaġġ ta' kondoljanzi", "Aktar avviżi ta' mewt"]),
    ("lb", ["Kondolenz schreiwen", "Méi Doudesannoncen"]),
    ("tl", ["Mag-iwan ng mensahe ng pakikiramay", "I-print"]),
    ("ta", ["அஞ்சலி செலுத்துங்கள்", "மேலும் மரண அறிவித்தல்கள்"]),
    # article meta and tools
    ("kk", ["Оқу уақыты: 4 мин", "Пікір қалдыру үшін кіріңіз", "Қаріпті үлкейту"]),
    ("ne", ["12 पटक हेरिएको", "पढ्न लाग्ने समय: ४ मिनेट", "प्रतिक्रियाहरू"]),
    ("sw", ["Imesomwa mara 124", "Habari mpya"]),
    ("ml", ["വായന സമയം: 4 മിനിറ്റ്", "കൂടുതൽ ചരമവാർത്തകൾ"]),
    ("hy", ["Դիտումներ՝ 1234", "Մեկնաբանելու համար մուտք գործեք", "Պիտակներ՝ գրադարան, քաղաքապետարան"]),
    ("lb", ["Méi Neiegkeeten", "Lescht Neiegkeeten"]),
    ("cy", ["Rhagor o newyddion", "Cynyddu maint y testun", "Lleihau maint y testun"]),
]


@pytest.mark.parametrize(("lang", "chrome"), CASES, ids=[f"{c[0]}-{c[1][0][:24]}" for c in CASES])
def test_pack43_furniture_is_cut(lang: str, chrome: list[str]) -> None:
    article = ARTICLE[lang]
    result = boilerstrip.clean(page(article, chrome))
    assert result.text == "\n".join(article)


def test_each_kind_has_its_reason() -> None:
    lex = load_lexicon()
    expected = {
        "navigation": ["Сайт картасы", "Map o'r wefan", "Görmə qabiliyyəti zəif olanlar üçün", "Weka tangazo"],
        "related_header": ["Басқа баспасөз релиздері", "Նմանատիպ հայտարարություններ", "Tuilleadh fógraí báis"],
        "share_buttons": ["Lawrlwytho PDF", "Fersiwn argraffu", "I-print", "PDF ဒေါင်းလုဒ်"],
        "widget": ["ნომრის ჩვენება", "Bei ya maelewano", "Fág teachtaireacht chomhbhróin", "Kondolenz schreiwen"],
        "counter": ["12 पटक हेरिएको", "Imesomwa mara 124"],
        "login_prompt": ["Пікір қалдыру үшін кіріңіз", "Մեկնաբանելու համար մուտք գործեք"],
    }
    for reason, lines in expected.items():
        for line in lines:
            assert lex.line_reason(line) == reason, line


@pytest.mark.parametrize(
    "line",
    [
        "Auglýsinganúmer: 123456",
        "განცხადების ნომერი: 123456",
        "Хабарландыру нөмірі: 123456",
        "Elanın nömrəsi: 123456",
        "Оқу уақыты: 4 мин",
        "Oxunma müddəti: 3 dəq",
        "Дидашуда: 1234",
        "Դիտումներ՝ 1234",
    ],
)
def test_label_prefixes_take_their_value(line: str) -> None:
    lex = load_lexicon()
    assert lex.starts_like_interface(line), line
    assert lex.line_reason(line) is None


#: Left out on purpose (the README says why): the count of visitors (a report's statistic), e-services (a report's
#: section), a court's daily hearing list (the list's own title), one-word "printing" nouns (a manual's heading).
LEFT_OUT = [
    "Ziyarətçilərin sayı: 12 000",
    "Fjöldi gesta: 1.200",
    "Idadi ya wageni: 1,200",
    "Nifer yr ymwelwyr: 1,200",
    "Электрондық қызметтер",
    "Цахим үйлчилгээ",
    "Elektron xidmətlər",
    "दैनिक पेशी सूची",
    "आजको पेशी सूची",
    "ამობეჭდვა",
    "Pirinty",
]


@pytest.mark.parametrize("line", LEFT_OUT)
def test_left_out_forms_are_no_phrases(line: str) -> None:
    assert load_lexicon().line_reason(line) is None


@pytest.mark.parametrize("line", ["Alamomi: zazzabi, ciwon kai", "Қаралды: 3 мәселе"])
def test_left_out_prefixes_open_no_line(line: str) -> None:
    """Hausa "signs" (a health leaflet's "symptoms") and Kazakh "considered" (a protocol's label): no prefix."""
    assert not load_lexicon().starts_like_interface(line)


#: Chrome-free documents whose sentences share the pack's words: they come out unchanged.
NEGATIVE = [
    (
        "Welsh council minutes",
        "Cyhoeddodd y cyngor ddatganiadau i'r wasg eraill ddydd Llun am y gwaith ar y llyfrgell.\n"
        "Bydd map o'r wefan newydd ar gael yn y llyfrgell i'r rhai heb gyfrifiadur.\n"
        "Gofynnodd un cynghorydd am ragor o newyddion am y gyllideb cyn diwedd y mis.",
    ),
    (
        "Swahili village notice",
        "Weka tangazo lako kwenye ubao wa matangazo wa kijiji kabla ya Ijumaa.\n"
        "Bei ya maelewano itajadiliwa na kamati ya soko katika mkutano ujao.\n"
        "Idadi ya wageni: 1,200",
    ),
    (
        "Icelandic annual report",
        "Allar fréttatilkynningar ársins eru birtar í viðauka skýrslunnar.\n"
        "Fjöldi gesta: 1.200\n"
        "Hafa samband við seljanda áður en tilboð er gert, segir í reglum félagsins.",
    ),
    (
        "Kazakh meeting protocol",
        "Мәслихат отырысы дүйсенбі күні сағат онда басталды.\n"
        "Қаралды: 3 мәселе\n"
        "Электрондық қызметтер\n"
        "Халыққа көрсетілетін электрондық қызметтер саны биыл артты, деді баяндамашы.",
    ),
]


@pytest.mark.parametrize(("name", "text"), NEGATIVE, ids=[name for name, _ in NEGATIVE])
def test_chrome_free_documents_stay(name: str, text: str) -> None:
    assert boilerstrip.clean(text).text == text


def test_the_pack_file_is_in_the_lexicon() -> None:
    """Every phrase of the pack's JSON is in its file, as the apply script put it there."""
    assert phrases_missing("lexicon-pack43") == []
