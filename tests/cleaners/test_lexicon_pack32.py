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

from tests.cleaners import lexicon_packs as kit

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


@kit.each_page(CASES)
def test_pack32_furniture_is_cut(lang: str, chrome: list[str]) -> None:
    kit.assert_cut_between(kit.ARTICLE[lang], chrome)


def test_furniture_has_its_reasons() -> None:
    """A line of each theme by itself, with the reason the lexicon gives it."""
    kit.assert_line_reasons(
        [
            # skip links, menus, previous and next article
            ("Pāriet uz galveno saturu", "navigation"),
            ("Мәзірді жабу", "navigation"),
            ("Artikulli i mëparshëm", "navigation"),
            # related and most-read headers
            ("Jus taip pat gali sudominti", "related_header"),
            ("Тақырыптас жаңалықтар", "related_header"),
            # share rows
            ("Kongsi di Telegram", "share_buttons"),
            ("ফেসবুকে শেয়ার করুন", "share_buttons"),
            # comment threads and moderation
            ("Šis komentārs ir dzēsts", "comment_ui"),
            ("Izohingiz moderatsiyadan so‘ng chop etiladi", "comment_ui"),
            ("Коментарите се затворени", "comment_ui"),
            # log-in, newsletter, messenger and app pitches
            ("Prisijunkite, kad galėtumėte komentuoti", "login_prompt"),
            ("Bashkohuni me kanalin tonë në WhatsApp", "subscribe_prompt"),
            ("Skoða í vafra", "subscribe_prompt"),
            ("Tətbiqimizi yükləyin", "app_promo"),
            # ad markers, player, gallery, paywall
            ("Partnera saturs", "ad_marker"),
            ("Lülita heli välja", "player_ui"),
            ("Uždaryti galeriją", "media_link"),
            ("Hierdie artikel is slegs vir intekenare", "paywall_notice"),
            # cookies and consent to load, footer links
            ("Kliknite da učitate sadržaj", "cookie_notice"),
            ("Naudojimosi taisyklės", "legal_footer"),
            ("Муаллиф фикри таҳририят нуқтаи назари билан мос келмаслиги мумкин", "legal_footer"),
            # stamps bound to their verb and reading times
            ("Publikuar 20 minuta më parë", "counter"),
            ("Ажурирано пред 2 часа", "counter"),
            ("5 min lees", "counter"),
            ("O‘qish vaqti 4 daqiqa", "counter"),
        ]
    )


def test_uzbek_latin_is_read_in_its_three_apostrophes() -> None:
    """Sites print the o‘ and g‘ sign as "'", U+02BB or U+2018; the matcher does not fold them, so each is listed."""
    kit.assert_reasons({"live_ui": ["Yana ko'rsatish", "Yana koʻrsatish", "Yana ko‘rsatish"]})


def test_prefixes_cut_their_lines() -> None:
    kit.assert_prefix(
        "Sou a: Inici > Cultura > Biblioteques",
        "Anda di sini: Laman utama > Berita",
        "Etiketat: bibliotekë, qyteti, kulturë",
        "Ko‘rishlar: 1234",
        "Baxış sayı: 1234",
    )


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


@kit.each_by_lang(("lang", "line"), CREDITS, 20)
def test_credit_lines_are_cut(lang: str, line: str) -> None:
    kit.assert_cut_before(kit.ARTICLE[lang], line)


def test_generic_credits_of_two_words_stand_alone() -> None:
    """A generic value of two words or more is a credit alone on its line."""
    for lang, line in [("ms", "Gambar hiasan"), ("is", "Aðsend mynd"), ("bn", "ছবি সংগৃহীত"), ("ca", "Imatge d'arxiu")]:
        kit.assert_cut_before(kit.ARTICLE[lang], line)


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


@kit.each_line(LEFT_OUT)
def test_left_out_forms_are_no_phrases(line: str) -> None:
    kit.assert_no_phrase(line)


def test_left_out_prefixes() -> None:
    kit.assert_no_prefix(
        "Tema: Ndotja e ajrit në qytet dhe masat e bashkisë",
        "Mada: Maji safi kwa shule za msingi za wilaya",
        "Flokkur: Sjálfstæðisflokkurinn og Framsóknarflokkurinn",
        "Қаралды: аудан әкімінің есебі мен жоспары",
    )


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


@kit.each_document(NEGATIVE)
def test_chrome_free_documents_stay(name: str, text: str) -> None:
    kit.assert_kept(text)
