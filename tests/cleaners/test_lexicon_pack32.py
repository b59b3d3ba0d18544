"""Interface pack 32: parity furniture for the thin languages. The languages whose lists were the shortest got the
everyday site furniture the big languages already had: skip links and menu toggles, previous and next article, "All
news", related and most-read headers, share rows ("Share on WhatsApp", "Link copied"), log-in-to-comment prompts,
comment threads and moderation ("Be the first to comment", "Your comment is awaiting moderation", "This comment has
been deleted", "Show replies"), messenger, newsletter and app pitches, ad markers ("Sponsored content", "The article
continues below the advertisement"), player and gallery labels, paywall lines, cookie buttons and consent-to-load
notices, footer links (privacy policy, terms of use), search and language pickers, relative stamps bound to their verb
("Updated # hours ago"), reading times, and generic photo credits ("gambar hiasan", "aðsend mynd", "з адкрытых
крыніц", "ছবি সংগৃহীত").

Each page here is invented: an article of three sentences with the site's furniture around and between them.
The furniture goes, every article sentence stays. Chrome-free documents that use the same words as content (a thesis's
"Notes" heading, an exam's "write the answer", a chapter label, a press release's "More information:") come out
unchanged.
"""

from __future__ import annotations

import pytest

import boilerstrip
from boilerstrip.rules.lexicon import load_lexicon
from tests.cleaners.test_lexicon_pack24 import ARTICLE as PACK24_ARTICLE
from tests.cleaners.test_lexicon_pack24 import interleaved

#: An invented article per language: the lines the clean text must keep (pack 24's where it has one).
ARTICLE: dict[str, list[str]] = {
    **PACK24_ARTICLE,
    "gl": [
        "O pleno municipal aprobou o luns a reforma da antiga biblioteca do barrio.",
        "As obras comezarán en outubro e durarán aproximadamente un ano.",
        "Mentres tanto, o préstamo de libros trasladarase ao concello, explicou a alcaldesa.",
    ],
    "eu": [
        "Udalbatzak astelehenean onartu zuen auzoko liburutegi zaharraren eraberritzea.",
        "Obrak urrian hasiko dira eta urtebete inguru iraungo dute.",
        "Bitartean, liburuen mailegua udaletxera eramango dute, alkateak azaldu duenez.",
    ],
    "sq": [
        "Këshilli bashkiak miratoi të hënën rinovimin e bibliotekës së vjetër të qytetit.",
        "Punimet do të fillojnë në tetor dhe do të zgjasin rreth një vit.",
        "Ndërkohë, huazimi i librave do të zhvendoset në godinën e bashkisë, tha kryetarja.",
    ],
    "mk": [
        "Советот на општината во понеделникот ја одобри обновата на старата градска библиотека.",
        "Работите ќе започнат во октомври и ќе траат околу една година.",
        "Дотогаш позајмувањето книги се сели во зградата на општината, изјави градоначалникот.",
    ],
    "is": [
        "Borgarstjórn samþykkti á mánudag endurbætur á gamla bókasafninu í miðbænum.",
        "Framkvæmdir hefjast í október og eiga að standa í um það bil eitt ár.",
        "Á meðan verða bækur lánaðar út í ráðhúsinu, sagði borgarstjórinn.",
    ],
    "af": [
        "Die stadsraad het Maandag die opknapping van die ou stadsbiblioteek goedgekeur.",
        "Die werk begin in Oktober en sal ongeveer 'n jaar duur.",
        "Intussen skuif die uitleen van boeke na die stadhuis, het die burgemeester gesê.",
    ],
    "be": [
        "Гарадскі савет у панядзелак ухваліў рамонт старой гарадской бібліятэкі.",
        "Працы пачнуцца ў кастрычніку і працягнуцца каля года.",
        "Да таго часу выдача кніг пераедзе ў будынак мэрыі, паведаміў мэр.",
    ],
    "uz": [
        "Shahar kengashi dushanba kuni eski shahar kutubxonasini ta'mirlashni ma'qulladi.",
        "Ishlar oktyabr oyida boshlanadi va taxminan bir yil davom etadi.",
        "Shu vaqtgacha kitoblar shahar hokimiyati binosida beriladi, dedi hokim.",
    ],
    "az": [
        "Şəhər şurası bazar ertəsi köhnə şəhər kitabxanasının təmirini təsdiqləyib.",
        "İşlər oktyabrda başlayacaq və təxminən bir il davam edəcək.",
        "Bu müddətdə kitablar bələdiyyə binasında veriləcək, deyə bələdiyyə sədri bildirib.",
    ],
    "kk": [
        "Қалалық мәслихат дүйсенбі күні ескі қалалық кітапхананы жөндеуді мақұлдады.",
        "Жұмыс қазан айында басталып, шамамен бір жылға созылады.",
        "Оған дейін кітап беру әкімдік ғимаратына көшеді, деді әкім.",
    ],
    "ms": [
        "Majlis bandaraya pada hari Isnin meluluskan kerja baik pulih perpustakaan lama di pusat bandar.",
        "Kerja-kerja akan bermula pada bulan Oktober dan mengambil masa kira-kira setahun.",
        "Sementara itu, pinjaman buku akan dipindahkan ke dewan bandaraya, kata datuk bandar.",
    ],
    "bn": [
        "সিটি কাউন্সিল সোমবার পুরোনো গ্রন্থাগার ভবনের সংস্কার অনুমোদন করেছে।",
        "কাজ অক্টোবরে শুরু হবে এবং প্রায় এক বছর চলবে।",
        "এই সময়ে বই ধার দেওয়া হবে পৌরসভা ভবন থেকে, মেয়র জানিয়েছেন।",
    ],
    "ur": [
        "سٹی کونسل نے پیر کے روز پرانی لائبریری کی عمارت کی مرمت کی منظوری دے دی۔",
        "کام اکتوبر میں شروع ہوگا اور تقریباً ایک سال جاری رہے گا۔",
        "اس دوران کتابیں بلدیہ کی عمارت سے جاری کی جائیں گی، میئر نے بتایا۔",
    ],
    "mr": [
        "नगर परिषदेने सोमवारी जुन्या ग्रंथालयाच्या इमारतीच्या दुरुस्तीला मंजुरी दिली.",
        "काम ऑक्टोबरमध्ये सुरू होईल आणि सुमारे एक वर्ष चालेल.",
        "या काळात पुस्तके नगरपालिकेच्या इमारतीतून दिली जातील, असे महापौरांनी सांगितले.",
    ],
    "sw": [
        "Baraza la jiji liliidhinisha Jumatatu ukarabati wa maktaba ya zamani ya jiji.",
        "Kazi itaanza mwezi Oktoba na itachukua takriban mwaka mmoja.",
        "Kwa sasa, huduma ya kuazima vitabu itahamia jengo la halmashauri, alisema meya.",
    ],
    "ka": [
        "საკრებულომ ორშაბათს ძველი ქალაქის ბიბლიოთეკის შეკეთება დაამტკიცა.",
        "სამუშაოები ოქტომბერში დაიწყება და დაახლოებით ერთი წელი გაგრძელდება.",
        "მანამდე წიგნების გაცემა მერიის შენობაში გადავა, განაცხადა მერმა.",
    ],
    "cy": [
        "Cymeradwyodd y cyngor ddydd Llun y gwaith o adnewyddu hen lyfrgell y dref.",
        "Bydd y gwaith yn dechrau ym mis Hydref ac yn para tua blwyddyn.",
        "Yn y cyfamser bydd llyfrau'n cael eu benthyg o neuadd y dref, meddai'r maer.",
    ],
}

#: (language, furniture): one page per case; the lines are put around and between the article's sentences.
CASES = [
    ("ca", ["Salta al contingut principal", "Tanca el menú", "Notícia següent", "Comparteix a Telegram"]),
    ("ca", ["Aquest comentari s'ha eliminat", "Mostra 3 respostes", "L'article continua després de la publicitat"]),
    ("ca", ["Visualitza aquest correu al navegador", "Augmenta la mida del text", "Publicat ahir"]),
    ("gl", ["Saltar ao contido principal", "Máis lidos", "Este comentario foi eliminado", "Actualizado hai 3 horas"]),
    ("eu", ["Itxi menua", "Zure iruzkina moderazioaren zain dago", "Kudeatu cookieak", "Entzun orri hau"]),
    ("sq", ["Kalo te përmbajtja", "Artikulli i radhës", "Bëhu i pari që komenton", "Përmbajtje e sponsorizuar"]),
    ("sq", ["Lajmi tjetër", "Komentet janë mbyllur", "Politika e privatësisë", "Përditësuar 3 orë më parë"]),
    ("mk", ["Прескокни до содржината", "Следна вест", "Бидете први што ќе коментира", "Спонзорирана содржина"]),
    ("sr", ["Претходна вест", "Сродне вести", "Пријавите се на њузлетер", "Ажурирано јуче"]),
    ("sr", ["Sledeća vest", "Pošalji mejlom", "Pridružite se našem Viber kanalu", "Ažurirano juče"]),
    ("sl", ["Odpri meni", "Preberi tudi", "Članek se nadaljuje pod oglasom", "Samo nujni piškotki"]),
    ("lt", ["Praleisti ir pereiti prie turinio", "Jūsų komentaras laukia patvirtinimo", "Atsisiųskite programėlę"]),
    ("lt", ["Kita naujiena", "Straipsnis tęsiasi po reklamos", "Skaitymo laikas 4 min", "Rodyti atsakymus"]),
    ("lv", ["Izlaist uz saturu", "Esi pirmais, kas komentē", "Raksts turpinās pēc reklāmas", "Privātuma politika"]),
    ("et", ["Liigu sisu juurde", "Sinu kommentaar ootab modereerimist", "Artikkel jätkub pärast reklaami"]),
    ("et", ["Eelmine uudis", "Kommenteeri esimesena", "Uuendatud 3 tundi tagasi", "Privaatsuspoliitika"]),
    ("is", ["Hoppa í efni", "Aðalvalmynd", "Skráðu þig inn til að skrifa athugasemd", "Sæktu appið"]),
    ("af", ["Hoofkieslys", "Jou kommentaar wag op moderering", "Die artikel gaan voort ná die advertensie"]),
    ("be", ["Галоўнае меню", "Будзьце першым, хто пракаментуе", "Падпісвайцеся на наш Telegram-канал"]),
    ("be", ["Папярэдняя навіна", "Ваш каментарый чакае мадэрацыі", "Абноўлена 3 гадзіны таму"]),
    ("uz", ["Asosiy menyu", "Birinchi bo'lib izoh qoldiring", "Telegram kanalimizga a'zo bo'ling"]),
    ("uz", ["Олдинги янгилик", "Кейинги янгилик", "Биринчи бўлиб изоҳ қолдиринг", "Телеграм каналимизга обуна бўлинг"]),
    ("az", ["Məzmuna keç", "Şərh yazmaq üçün daxil olun", "Telegram kanalımıza abunə olun", "Məxfilik siyasəti"]),
    ("kk", ["Мазмұнға өту", "Бірінші болып пікір қалдырыңыз", "Telegram арнамызға жазылыңыз"]),
    ("ms", ["Buka menu", "Tunjuk lebih banyak komen", "Artikel bersambung selepas iklan", "Dasar privasi"]),
    ("hi", ["वापस ऊपर जाएं", "टिप्पणी करने के लिए लॉगिन करें", "हमारे व्हाट्सएप चैनल को फॉलो करें"]),
    ("bn", ["মূল বিষয়বস্তুতে যান", "মন্তব্য করতে লগইন করুন", "ফেসবুকে আমাদের ফলো করুন"]),
    ("ur", ["مرکزی مواد پر جائیں", "ہمارا واٹس ایپ چینل جوائن کریں", "رازداری کی پالیسی"]),
    ("mr", ["सर्व बातम्या", "गुगल न्यूजवर फॉलो करा", "गोपनीयता धोरण"]),
    ("sw", ["Menyu kuu", "Kuwa wa kwanza kutoa maoni", "Jiunge na chaneli yetu ya WhatsApp", "Sera ya faragha"]),
    ("ka", ["მთავარი გვერდი", "დატოვეთ კომენტარი", "გამოიწერეთ ჩვენი არხი", "კონფიდენციალურობის პოლიტიკა"]),
    ("cy", ["Prif ddewislen", "Canslo ymateb", "Byddwch y cyntaf i wneud sylw", "Telerau defnyddio"]),
]


@pytest.mark.parametrize(("lang", "chrome"), CASES, ids=[f"{c[0]}-{c[1][0][:24]}" for c in CASES])
def test_pack32_furniture_is_cut(lang: str, chrome: list[str]) -> None:
    article = ARTICLE[lang]
    result = boilerstrip.clean(interleaved(article, chrome))
    assert result.text == "\n".join(article)


def test_furniture_has_its_reasons() -> None:
    """A line of each theme by itself, with the reason the lexicon gives it."""
    lex = load_lexicon()
    # skip links, menus, previous and next article
    assert lex.line_reason("Pāriet uz galveno saturu") == "navigation"
    assert lex.line_reason("Мәзірді жабу") == "navigation"
    assert lex.line_reason("Artikulli i mëparshëm") == "navigation"
    # related and most-read headers
    assert lex.line_reason("Jus taip pat gali sudominti") == "related_header"
    assert lex.line_reason("Тақырыптас жаңалықтар") == "related_header"
    # share rows
    assert lex.line_reason("Kongsi di Telegram") == "share_buttons"
    assert lex.line_reason("ফেসবুকে শেয়ার করুন") == "share_buttons"
    # comment threads and moderation
    assert lex.line_reason("Šis komentārs ir dzēsts") == "comment_ui"
    assert lex.line_reason("Izohingiz moderatsiyadan so‘ng chop etiladi") == "comment_ui"
    assert lex.line_reason("Коментарите се затворени") == "comment_ui"
    # log-in, newsletter, messenger and app pitches
    assert lex.line_reason("Prisijunkite, kad galėtumėte komentuoti") == "login_prompt"
    assert lex.line_reason("Bashkohuni me kanalin tonë në WhatsApp") == "subscribe_prompt"
    assert lex.line_reason("Skoða í vafra") == "subscribe_prompt"
    assert lex.line_reason("Tətbiqimizi yükləyin") == "app_promo"
    # ad markers, player, gallery, paywall
    assert lex.line_reason("Partnera saturs") == "ad_marker"
    assert lex.line_reason("Lülita heli välja") == "player_ui"
    assert lex.line_reason("Uždaryti galeriją") == "media_link"
    assert lex.line_reason("Hierdie artikel is slegs vir intekenare") == "paywall_notice"
    # cookies and consent to load, footer links
    assert lex.line_reason("Kliknite da učitate sadržaj") == "cookie_notice"
    assert lex.line_reason("Naudojimosi taisyklės") == "legal_footer"
    assert lex.line_reason("Муаллиф фикри таҳририят нуқтаи назари билан мос келмаслиги мумкин") == "legal_footer"
    # stamps bound to their verb and reading times
    assert lex.line_reason("Publikuar 20 minuta më parë") == "counter"
    assert lex.line_reason("Ажурирано пред 2 часа") == "counter"
    assert lex.line_reason("5 min lees") == "counter"
    assert lex.line_reason("O‘qish vaqti 4 daqiqa") == "counter"


def test_uzbek_latin_is_read_in_its_three_apostrophes() -> None:
    """Sites print the o‘ and g‘ sign as "'", U+02BB or U+2018; the matcher does not fold them, so each is listed."""
    lex = load_lexicon()
    for line in ["Yana ko'rsatish", "Yana koʻrsatish", "Yana ko‘rsatish"]:
        assert lex.line_reason(line) == "live_ui"


def test_prefixes_cut_their_lines() -> None:
    lex = load_lexicon()
    assert lex.starts_like_interface("Sou a: Inici > Cultura > Biblioteques")
    assert lex.starts_like_interface("Anda di sini: Laman utama > Berita")
    assert lex.starts_like_interface("Etiketat: bibliotekë, qyteti, kulturë")
    assert lex.starts_like_interface("Ko‘rishlar: 1234")
    assert lex.starts_like_interface("Baxış sayı: 1234")


#: (language, a credit line of the pack): a generic value after a label, or a new label.
CREDITS = [
    ("ms", "Foto: gambar hiasan"),
    ("is", "Ljósmynd: aðsend mynd"),
    ("be", "Фота: з адкрытых крыніц"),
    ("bn", "ছবি: সংগৃহীত"),
    ("ca", "Foto: imatge d'arxiu"),
    ("lv", "Foto: no personīgā arhīva"),
    ("et", "Foto: erakogu"),
    ("az", "Foto: arxiv foto"),
    ("ka", "ფოტო: საარქივო ფოტო"),
]


@pytest.mark.parametrize(("lang", "line"), CREDITS, ids=[f"{c[0]}-{c[1][:20]}" for c in CREDITS])
def test_credit_lines_are_cut(lang: str, line: str) -> None:
    article = ARTICLE[lang]
    result = boilerstrip.clean("\n".join([line, *article]))  # a credit under a line makes that line its caption
    assert result.text == "\n".join(article)


def test_generic_credits_of_two_words_stand_alone() -> None:
    """A generic value of two words or more is a credit alone on its line."""
    for lang, line in [("ms", "Gambar hiasan"), ("is", "Aðsend mynd"), ("bn", "ছবি সংগৃহীত"), ("ca", "Imatge d'arxiu")]:
        article = ARTICLE[lang]
        assert boilerstrip.clean("\n".join([line, *article])).text == "\n".join(article)


#: Left out on purpose (the files' headers say why): words that are prose or a document's heading too, a form's
#: "I accept", exam instructions, bare "see all", "nothing found" and "show all" labels, chapter and subject labels,
#: counts the matcher would trim to a bare column heading, a document's own "last update", and author-box headers.
LEFT_OUT = [
    "Un comentari",
    "Més informació",
    "Accepto",
    "Accessibilitat web",
    "Un comentario",
    "Iruzkin bat",
    "Erantzun",
    "Kreu",
    "Ndaj",
    "Më shumë",
    "Pranoj",
    "Најава",
    "Повеќе",
    "Прихватам",
    "Latinica",
    "Ћирилица",
    "Piškotki",
    "Izjava o zasebnosti",
    "Ni zadetkov",
    "Daugiau",
    "Sutinku",
    "Padidinti",
    "Vairāk",
    "Piekrītu",
    "Laen...",
    "Vanemad",
    "Kirjuta vastus",
    "Kynning",
    "Skilmálar",
    "Kommentaar",
    "Izohlar",
    "Изоҳлар",
    "Qabul qilish",
    "Javob yozing",
    "Yuxarı",
    "Жоғары",
    "ახალი ამბები",
    "Ավելին",
    "Terima",
    "Catatan lama",
    "Beo",
    "Dateschutz",
    "Anunsiyo",
    "नवीनतम",
    "শর্তাবলী",
    "یہ بھی دیکھیں",
    "Sviđa mi se",
    "Mostra-ho tot",
    "Última actualització",
    "So'nggi yangilanish",
    "Apie autorių",
    "Par autoru",
]


@pytest.mark.parametrize("line", LEFT_OUT)
def test_left_out_forms_are_no_phrases(line: str) -> None:
    assert load_lexicon().line_reason(line) is None


def test_left_out_prefixes() -> None:
    lex = load_lexicon()
    assert not lex.starts_like_interface("Tema: Ndotja e ajrit në qytet dhe masat e bashkisë")
    assert not lex.starts_like_interface("Mada: Maji safi kwa shule za msingi za wilaya")
    assert not lex.starts_like_interface("Flokkur: Sjálfstæðisflokkurinn og Framsóknarflokkurinn")
    assert not lex.starts_like_interface("Қаралды: аудан әкімінің есебі мен жоспары")


NEGATIVE = [
    (
        "Uzbek thesis",
        "Kirish\n"
        "Ushbu ishda shahar kutubxonalarining tarixi va bugungi ahvoli o'rganiladi.\n"
        "Izohlar\n"
        "Matndagi barcha sanalar yangi uslubda berilgan.",
    ),
    (
        "Albanian book chapter",
        "Kreu\n"
        "Historia e bibliotekës fillon në vitin 1921, kur u dhurua koleksioni i parë.\n"
        "Më shumë\n"
        "Lexuesit e parë ishin nxënësit e shkollës normale të qytetit.",
    ),
    (
        "Estonian exam sheet",
        "Eesti keele kontrolltöö\n"
        "Kirjuta vastus\n"
        "Loe tekst hoolikalt läbi ja vasta küsimustele täislausetega.\n"
        "Vanemad\n"
        "Palun allkirjastage töö enne selle tagastamist õpetajale.",
    ),
    (
        "Catalan press release",
        "La biblioteca del port obre una nova sala d'estudi\n"
        "La sala tindrà quaranta places i obrirà cada dia de vuit del matí a deu del vespre.\n"
        "Més informació\n"
        "Les inscripcions es poden fer a la recepció de la biblioteca o per telèfon.",
    ),
    (
        "Latvian recipe",
        "Rudzu maize\n"
        "Vairāk\n"
        "Mīklai pievieno vairāk miltu, ja tā ir pārāk lipīga un neturas kopā.\n"
        "Piekrītu\n"
        "Tā teica vecmāmiņa, kad jautājām, vai maizi var cept arī bez ierauga.",
    ),
]


@pytest.mark.parametrize(("name", "text"), NEGATIVE, ids=[name for name, _ in NEGATIVE])
def test_chrome_free_documents_stay(name: str, text: str) -> None:
    assert boilerstrip.clean(text).text == text
