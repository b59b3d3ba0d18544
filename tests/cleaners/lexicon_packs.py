"""What the lexicon pack tests share: the invented articles, the pages built around them, their test ids, and the
checks they make.

A pack module (``test_lexicon_pack<NN>.py``) keeps only its own data: the chrome lines of its pages, its phrases
with the reasons the lexicon gives them, the forms left out on purpose, and the chrome-free documents that use the
same words as content. It imports the rest from here (``from tests.cleaners import lexicon_packs as kit``), and
from no other test module:

- ``ARTICLE``: an invented article of three sentences per language, the lines the clean text must keep. A pack
  that needs a language no earlier pack wrote an article for adds it here.
- ``interleaved(article, chrome)``: a page with the chrome lines around and between the article's sentences.
- Parametrisations that name the tests as the packs always have: ``each_page(CASES)`` for ``(lang, chrome)`` rows
  ("en-6 min read"), ``each_by_lang(argnames, rows, width)`` for other rows that open with a language code,
  ``each_document(NEGATIVE)`` for ``(name, text)`` rows, ``each_line(LEFT_OUT)`` for lines.
- Checks: ``assert_cut_between`` (the interleaved page), ``assert_cut_after``, ``assert_cut_before`` and
  ``assert_cut_inside`` (lines put after, before or inside the article) assert that the article stays and every
  other line goes, and return the result for checks of the removals' reasons; ``assert_lines_cut_after`` does so
  for ``(language, line)`` pairs, a line after the language's article each; ``assert_kept`` (a document comes out
  unchanged); ``assert_reasons`` and ``assert_line_reasons`` (the reason the lexicon gives a line);
  ``assert_no_phrase``, ``assert_prefix``, ``assert_prefix_only`` and ``assert_no_prefix`` (a line is, or is not, a
  whole-line phrase or a prefix's line). ``tests/cleaners/conftest.py`` has pytest rewrite this module's asserts,
  so a failing check reports its values as an assert in the test itself would.
- ``phrases_missing(pack)``: the phrases of ``benchmarks/data/<pack>.json`` that the lexicon's files lack.

A new pack module, for instance::

    from tests.cleaners import lexicon_packs as kit

    #: (language, chrome lines): one page per case.
    CASES = [("en", ["Listen to this article", "Share on Facebook"]), ("de", ["Artikel anhören", "Teilen"])]

    #: Left out on purpose: a manual's heading.
    LEFT_OUT = ["Listen"]


    @kit.each_page(CASES)
    def test_pack43_furniture_is_cut(lang: str, chrome: list[str]) -> None:
        kit.assert_cut_between(kit.ARTICLE[lang], chrome)


    @kit.each_line(LEFT_OUT)
    def test_left_out_forms_are_no_phrases(line: str) -> None:
        kit.assert_no_phrase(line)


    def test_the_pack_file_is_in_the_lexicon() -> None:
        assert kit.phrases_missing("lexicon-pack43") == []
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import pytest

import boilerstrip
from boilerstrip.rules.lexicon import load_lexicon, read_lexicon_files

PACKS = Path(__file__).parents[2] / "benchmarks" / "data"

#: An invented article per language: the lines the clean text must keep. Each article was written for the pack
#: named above it; the later packs read the earlier packs' articles.
ARTICLE: dict[str, list[str]] = {
    # the engagement pack's (test_lexicon_engagement.py)
    "en": [
        "The harbour board voted on Monday to rebuild the old stone pier before the winter storms.",
        "Work starts in October and should take about eight weeks.",
        "Fishing boats will moor at the ferry quay until then, the harbour master said.",
    ],
    "it": [
        "Il consiglio comunale ha approvato lunedì il restauro del vecchio ponte sul fiume.",
        "I lavori cominceranno a ottobre e dureranno circa due mesi.",
        "Nel frattempo il traffico passerà dalla strada provinciale, ha spiegato il sindaco.",
    ],
    "pl": [
        "Rada miasta zdecydowała w poniedziałek o remoncie starego dworca autobusowego.",
        "Prace ruszą w październiku i potrwają około roku.",
        "W tym czasie autobusy będą odjeżdżać z placu przy ratuszu, poinformował prezydent miasta.",
    ],
    "nl": [
        "De gemeenteraad heeft maandag besloten de oude stadsbibliotheek te renoveren.",
        "De werkzaamheden beginnen in oktober en duren ongeveer een jaar.",
        "Tot die tijd verhuist de uitleen naar het gemeentehuis, zei de wethouder.",
    ],
    "ja": [
        "市議会は月曜日、旧市立図書館の改修計画を承認した。",
        "工事は十月に始まり、約一年かかる見込みだ。",
        "その間、貸し出し業務は市役所の一階で行われる。",
    ],
    "ko": [
        "시의회는 월요일 오래된 시립 도서관의 보수 계획을 승인했다.",
        "공사는 10월에 시작되어 약 1년이 걸릴 예정이다.",
        "그동안 대출 업무는 시청 1층에서 진행된다고 시 관계자가 밝혔다.",
    ],
    "cs": [
        "Zastupitelstvo v pondělí schválilo rekonstrukci staré městské knihovny.",
        "Práce začnou v říjnu a potrvají zhruba rok.",
        "Půjčovna se do té doby přestěhuje do budovy radnice, uvedl starosta.",
    ],
    "ro": [
        "Consiliul local a aprobat luni renovarea vechii piețe din centrul orașului.",
        "Lucrările încep în octombrie și vor dura aproximativ un an.",
        "Până atunci, comercianții se mută într-o hală de lângă gară, a precizat primarul.",
    ],
    "sv": [
        "Kommunfullmäktige beslutade i måndags att renovera det gamla stadsbiblioteket.",
        "Arbetet börjar i oktober och väntas ta ungefär ett år.",
        "Under tiden flyttar utlåningen till kommunhuset, säger kommunalrådet.",
    ],
    "tr": [
        "Belediye meclisi pazartesi günü eski kütüphane binasının onarımını onayladı.",
        "Çalışmalar ekim ayında başlayacak ve yaklaşık bir yıl sürecek.",
        "Bu süre içinde kütüphane hizmetleri belediye binasında verilecek.",
    ],
    "uk": [
        "Міська рада в понеділок затвердила ремонт старої міської бібліотеки.",
        "Роботи почнуться в жовтні й триватимуть близько року.",
        "На цей час видача книжок переїде до приміщення мерії, повідомив міський голова.",
    ],
    "ru": [
        "Городской совет в понедельник утвердил ремонт старого моста через реку.",
        "Работы начнутся в октябре и продлятся около двух месяцев.",
        "На это время автобусы пустят по объездной дороге, сообщили в мэрии.",
    ],
    "pt": [
        "A câmara municipal aprovou na segunda-feira a reforma da antiga biblioteca.",
        "As obras começam em outubro e devem durar cerca de um ano.",
        "Até lá, o empréstimo de livros passa para o edifício da prefeitura, disse o secretário.",
    ],
    "es": [
        "El pleno municipal aprobó el lunes la reforma de la antigua biblioteca.",
        "Las obras empezarán en octubre y durarán aproximadamente un año.",
        "Mientras tanto, el préstamo de libros se trasladará al ayuntamiento, explicó la alcaldesa.",
    ],
    "fr": [
        "Le conseil municipal a voté lundi la rénovation de l'ancienne bibliothèque.",
        "Les travaux commenceront en octobre et dureront environ un an.",
        "En attendant, le prêt de livres déménage à la mairie, a précisé l'adjointe à la culture.",
    ],
    "de": [
        "Der Gemeinderat hat am Montag die Sanierung der alten Stadtbibliothek beschlossen.",
        "Die Arbeiten beginnen im Oktober und dauern etwa ein Jahr.",
        "Bis dahin zieht die Ausleihe in das Rathaus um, sagte die Bürgermeisterin.",
    ],
    "id": [
        "Dewan kota pada Senin menyetujui renovasi gedung perpustakaan lama.",
        "Pekerjaan dimulai pada Oktober dan diperkirakan berlangsung sekitar satu tahun.",
        "Selama itu layanan peminjaman buku dipindahkan ke balai kota, kata wali kota.",
    ],
    "he": [
        "מועצת העיר אישרה ביום שני את שיפוץ הספרייה העירונית הישנה.",
        "העבודות יתחילו באוקטובר ויימשכו כשנה.",
        "בינתיים השאלת הספרים תעבור לבניין העירייה, אמר ראש העיר.",
    ],
    "el": [
        "Το δημοτικό συμβούλιο ενέκρινε τη Δευτέρα την ανακαίνιση της παλιάς βιβλιοθήκης.",
        "Οι εργασίες θα ξεκινήσουν τον Οκτώβριο και θα διαρκέσουν περίπου ένα χρόνο.",
        "Στο μεταξύ ο δανεισμός βιβλίων μεταφέρεται στο δημαρχείο, είπε ο δήμαρχος.",
    ],
    "ar": [
        "وافق المجلس البلدي يوم الاثنين على ترميم مبنى المكتبة القديمة.",
        "تبدأ الأعمال في أكتوبر وتستمر نحو عام.",
        "وخلال هذه الفترة تنتقل خدمة إعارة الكتب إلى مبنى البلدية، بحسب رئيس البلدية.",
    ],
    "zh": [
        "市议会周一批准了老市立图书馆的翻修计划。",
        "工程将于十月开工，预计持续约一年。",
        "在此期间，借阅服务将搬到市政府大楼一楼。",
    ],
    "da": [
        "Byrådet besluttede mandag at renovere det gamle bibliotek i midtbyen.",
        "Arbejdet begynder i oktober og ventes at tage omkring et år.",
        "I mellemtiden flytter udlånet til rådhuset, siger borgmesteren.",
    ],
    "hr": [
        "Gradsko vijeće u ponedjeljak je odobrilo obnovu stare gradske knjižnice.",
        "Radovi počinju u listopadu i trajat će oko godinu dana.",
        "Do tada se posudba knjiga seli u zgradu gradske uprave, rekao je gradonačelnik.",
    ],
    "bg": [
        "Общинският съвет одобри в понеделник ремонта на старата градска библиотека.",
        "Работите започват през октомври и ще продължат около година.",
        "Дотогава заемането на книги се мести в сградата на общината, каза кметът.",
    ],
    # written for pack 24
    "ca": [
        "El ple municipal va aprovar dilluns la reforma de l'antiga biblioteca del barri.",
        "Les obres començaran a l'octubre i duraran aproximadament un any.",
        "Mentrestant, el préstec de llibres es traslladarà a l'ajuntament, va explicar l'alcaldessa.",
    ],
    "sk": [
        "Mestské zastupiteľstvo v pondelok schválilo rekonštrukciu starej mestskej knižnice.",
        "Práce sa začnú v októbri a potrvajú približne rok.",
        "Výpožičky sa dovtedy presunú do budovy radnice, uviedol primátor.",
    ],
    "hu": [
        "A városi közgyűlés hétfőn jóváhagyta a régi városi könyvtár felújítását.",
        "A munkálatok októberben kezdődnek, és körülbelül egy évig tartanak.",
        "Addig a kölcsönzés a városházára költözik, mondta a polgármester.",
    ],
    "sl": [
        "Mestni svet je v ponedeljek potrdil prenovo stare mestne knjižnice.",
        "Dela se bodo začela oktobra in bodo trajala približno eno leto.",
        "Do takrat se izposoja knjig seli v stavbo občine, je povedal župan.",
    ],
    "sr": [
        "Скупштина града је у понедељак одобрила обнову старе градске библиотеке.",
        "Радови почињу у октобру и трајаће око годину дана.",
        "До тада се позајмљивање књига сели у зграду општине, рекао је градоначелник.",
    ],
    "no": [
        "Bystyret vedtok mandag å pusse opp det gamle biblioteket i sentrum.",
        "Arbeidet starter i oktober og ventes å ta omtrent et år.",
        "I mellomtiden flytter utlånet til rådhuset, sier ordføreren.",
    ],
    "fi": [
        "Kaupunginvaltuusto päätti maanantaina peruskorjata vanhan kaupunginkirjaston.",
        "Työt alkavat lokakuussa ja kestävät noin vuoden.",
        "Sillä välin lainaus siirtyy kaupungintalolle, kertoi kaupunginjohtaja.",
    ],
    "lt": [
        "Miesto taryba pirmadienį pritarė senosios miesto bibliotekos renovacijai.",
        "Darbai prasidės spalį ir truks maždaug metus.",
        "Tuo metu knygos bus skolinamos savivaldybės pastate, sakė meras.",
    ],
    "lv": [
        "Pilsētas dome pirmdien apstiprināja vecās pilsētas bibliotēkas atjaunošanu.",
        "Darbi sāksies oktobrī un ilgs aptuveni gadu.",
        "Pa to laiku grāmatu izsniegšana pārcelsies uz domes ēku, sacīja mērs.",
    ],
    "et": [
        "Linnavolikogu kiitis esmaspäeval heaks vana linnaraamatukogu renoveerimise.",
        "Tööd algavad oktoobris ja kestavad umbes aasta.",
        "Seni kolib raamatute laenutus linnavalitsuse hoonesse, ütles linnapea.",
    ],
    "fa": [
        "شورای شهر روز دوشنبه بازسازی ساختمان قدیمی کتابخانه را تصویب کرد.",
        "کار از مهر آغاز می‌شود و حدود یک سال طول می‌کشد.",
        "در این مدت امانت کتاب به ساختمان شهرداری منتقل می‌شود، شهردار گفت.",
    ],
    "hi": [
        "नगर परिषद ने सोमवार को पुराने पुस्तकालय भवन की मरम्मत को मंजूरी दी।",
        "काम अक्टूबर में शुरू होगा और लगभग एक साल चलेगा।",
        "इस दौरान किताबें नगर निगम भवन से दी जाएंगी, महापौर ने बताया।",
    ],
    "vi": [
        "Hội đồng thành phố hôm thứ Hai đã thông qua kế hoạch cải tạo thư viện cũ.",
        "Công trình bắt đầu vào tháng Mười và kéo dài khoảng một năm.",
        "Trong thời gian này, việc mượn sách chuyển sang trụ sở ủy ban, thị trưởng cho biết.",
    ],
    "th": [
        "สภาเมืองอนุมัติแผนปรับปรุงห้องสมุดเก่าของเมืองเมื่อวันจันทร์",
        "งานก่อสร้างจะเริ่มในเดือนตุลาคมและใช้เวลาประมาณหนึ่งปี",
        "ระหว่างนี้บริการยืมหนังสือจะย้ายไปที่ศาลากลาง นายกเทศมนตรีกล่าว",
    ],
    # written for pack 32
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
    # written for pack 34
    "am": [
        "የከተማው ምክር ቤት ሰኞ ዕለት የአሮጌውን ቤተ መጻሕፍት እድሳት አጸደቀ።",
        "ሥራው በጥቅምት ወር ተጀምሮ አንድ ዓመት ያህል እንደሚቆይ ተገልጿል።",
        "እስከዚያው ድረስ መጻሕፍት በማዘጋጃ ቤቱ ሕንጻ እንደሚሰጡ ከንቲባው ተናግረዋል።",
    ],
    "hy": [
        "Քաղաքային ավագանին երկուշաբթի հաստատեց հին գրադարանի վերանորոգումը։",
        "Աշխատանքները կսկսվեն հոկտեմբերին և կտևեն մոտ մեկ տարի։",
        "Մինչ այդ գրքերը կտրամադրվեն քաղաքապետարանի շենքում, ասաց քաղաքապետը։",
    ],
    "km": [
        "ក្រុមប្រឹក្សាក្រុង បានអនុម័ត ការជួសជុល បណ្ណាល័យចាស់ កាលពីថ្ងៃច័ន្ទ។",
        "ការងារ នឹងចាប់ផ្តើម នៅខែតុលា ហើយនឹង ចំណាយពេល ប្រហែលមួយឆ្នាំ។",
        "ក្នុងអំឡុងពេលនេះ សៀវភៅ នឹងត្រូវខ្ចី នៅសាលាក្រុង នេះបើតាម អភិបាលក្រុង។",
    ],
    "my": [
        "မြို့တော်ကောင်စီသည် တနင်္လာနေ့က စာကြည့်တိုက်ဟောင်း ပြုပြင်ရေးကို အတည်ပြုခဲ့သည်။",
        "လုပ်ငန်းများကို အောက်တိုဘာလတွင် စတင်မည်ဖြစ်ပြီး တစ်နှစ်ခန့် ကြာမြင့်မည်ဖြစ်သည်။",
        "ထိုကာလအတွင်း စာအုပ်များကို မြို့တော်ခန်းမတွင် ငှားရမ်းနိုင်မည်ဟု မြို့တော်ဝန်က ပြောသည်။",
    ],
    "si": [
        "නගර සභාව සඳුදා පැරණි පුස්තකාල ගොඩනැගිල්ල ප්‍රතිසංස්කරණය කිරීම අනුමත කළේය.",
        "වැඩ ඔක්තෝබර් මාසයේදී ආරම්භ වන අතර වසරක් පමණ ගත වනු ඇත.",
        "මේ කාලය තුළ පොත් නගර ශාලාවෙන් ලබා දෙන බව නගරාධිපතිවරයා පැවසීය.",
    ],
    "tl": [
        "Inaprubahan ng konseho ng lungsod noong Lunes ang pagsasaayos ng lumang aklatan.",
        "Magsisimula ang trabaho sa Oktubre at tatagal nang halos isang taon.",
        "Samantala, ipahihiram ang mga aklat sa bulwagan ng lungsod, ayon sa alkalde.",
    ],
    # the articles of test_lexicon_new_languages.py that pack 36 took over
    "te": [
        "విజయవాడ నగరపాలక సంస్థ మంగళవారం కొత్త పాఠశాల నిర్మాణానికి బడ్జెట్‌ను ఆమోదించింది.",
        "కొత్త పాఠశాల వచ్చే ఏడాది సెప్టెంబర్‌లో మొదటి విద్యార్థులను స్వాగతిస్తుందని అధికారులు తెలిపారు.",
        "తల్లిదండ్రులు ఈ నిర్ణయాన్ని స్వాగతించారు, అయితే కొందరు నిర్మాణ ఖర్చుపై ప్రశ్నలు లేవనెత్తారు.",
    ],
    "gu": [
        "અમદાવાદ મહાનગરપાલિકાએ મંગળવારે નવી શાળાના બાંધકામ માટે બજેટને મંજૂરી આપી.",
        "અધિકારીઓના જણાવ્યા મુજબ શાળા આવતા વર્ષે સપ્ટેમ્બરમાં પ્રથમ વિદ્યાર્થીઓનું સ્વાગત કરશે.",
        "વાલીઓએ નિર્ણયને આવકાર્યો, પરંતુ કેટલાકે બાંધકામના ખર્ચ અંગે પ્રશ્નો ઉઠાવ્યા.",
    ],
    "pa": [
        "ਲੁਧਿਆਣਾ ਨਗਰ ਨਿਗਮ ਨੇ ਮੰਗਲਵਾਰ ਨੂੰ ਨਵੇਂ ਸਕੂਲ ਦੀ ਉਸਾਰੀ ਲਈ ਬਜਟ ਨੂੰ ਮਨਜ਼ੂਰੀ ਦੇ ਦਿੱਤੀ।",
        "ਅਧਿਕਾਰੀਆਂ ਮੁਤਾਬਕ ਸਕੂਲ ਅਗਲੇ ਸਾਲ ਸਤੰਬਰ ਵਿੱਚ ਪਹਿਲੇ ਵਿਦਿਆਰਥੀਆਂ ਦਾ ਸਵਾਗਤ ਕਰੇਗਾ।",
        "ਮਾਪਿਆਂ ਨੇ ਫ਼ੈਸਲੇ ਦਾ ਸਵਾਗਤ ਕੀਤਾ, ਪਰ ਕੁਝ ਨੇ ਉਸਾਰੀ ਦੇ ਖ਼ਰਚੇ ਬਾਰੇ ਸਵਾਲ ਚੁੱਕੇ।",
    ],
    "ml": [
        "കോഴിക്കോട് കോർപ്പറേഷൻ ചൊവ്വാഴ്ച പുതിയ സ്കൂൾ നിർമ്മിക്കുന്നതിനുള്ള ബജറ്റിന് അംഗീകാരം നൽകി.",
        "അടുത്ത വർഷം സെപ്റ്റംബറിൽ സ്കൂൾ ആദ്യ വിദ്യാർത്ഥികളെ സ്വാഗതം ചെയ്യുമെന്ന് ഉദ്യോഗസ്ഥർ അറിയിച്ചു.",
        "രക്ഷിതാക്കൾ തീരുമാനത്തെ സ്വാഗതം ചെയ്തു, എന്നാൽ ചിലർ നിർമ്മാണച്ചെലവിനെക്കുറിച്ച് ചോദ്യങ്ങൾ ഉന്നയിച്ചു.",
    ],
    "kn": [
        "ಮೈಸೂರು ಮಹಾನಗರ ಪಾಲಿಕೆ ಮಂಗಳವಾರ ಹೊಸ ಶಾಲೆಯ ನಿರ್ಮಾಣಕ್ಕಾಗಿ ಬಜೆಟ್‌ಗೆ ಅನುಮೋದನೆ ನೀಡಿತು.",
        "ಮುಂದಿನ ವರ್ಷ ಸೆಪ್ಟೆಂಬರ್‌ನಲ್ಲಿ ಶಾಲೆ ಮೊದಲ ವಿದ್ಯಾರ್ಥಿಗಳನ್ನು ಸ್ವಾಗತಿಸಲಿದೆ ಎಂದು ಅಧಿಕಾರಿಗಳು ತಿಳಿಸಿದರು.",
        "ಪೋಷಕರು ನಿರ್ಧಾರವನ್ನು ಸ್ವಾಗತಿಸಿದರು, ಆದರೆ ಕೆಲವರು ನಿರ್ಮಾಣ ವೆಚ್ಚದ ಬಗ್ಗೆ ಪ್ರಶ್ನೆ ಎತ್ತಿದರು.",
    ],
    "yo": [
        "Ìjọba ìpínlẹ̀ Ọ̀yọ́ ti fọwọ́ sí ìnáwó tuntun láti kọ́ ilé ẹ̀kọ́ alákọ̀ọ́bẹ̀rẹ̀ mẹ́ta ní agbègbè Ìbàdàn.",
        "Kọmíṣọ́nnà fún ètò ẹ̀kọ́ sọ pé àwọn akẹ́kọ̀ọ́ àkọ́kọ́ yóò wọ ilé ẹ̀kọ́ náà ní oṣù kẹsàn-án ọdún tó ń bọ̀.",
        "Àwọn òbí gbóríyìn fún ìjọba, ṣùgbọ́n àwọn kan béèrè nípa iye owó tí wọ́n yóò san fún ilé ẹ̀kọ́ náà.",
    ],
    "ig": [
        "Gọọmentị steeti Anambra kwadoro mmefu ego ọhụrụ iji wuo ụlọ akwụkwọ praịmarị atọ n'obodo Awka.",
        "Kọmishọna na-ahụ maka agụmakwụkwọ kwuru na ụmụ akwụkwọ mbụ ga-abanye n'ụlọ akwụkwọ ahụ n'afọ na-abịa.",
        "Ndị nne na nna tọrọ ụtọ maka mkpebi a, mana ụfọdụ n'ime ha jụrụ ajụjụ banyere ego ha ga-akwụ.",
    ],
    "or": [
        "କଟକ ମହାନଗର ନିଗମ ମଙ୍ଗଳବାର ଏକ ନୂଆ ବିଦ୍ୟାଳୟ ନିର୍ମାଣ ପାଇଁ ବଜେଟ ମଞ୍ଜୁର କରିଛି।",
        "ଅଧିକାରୀମାନେ କହିଛନ୍ତି ଯେ ଆସନ୍ତା ବର୍ଷ ସେପ୍ଟେମ୍ବର ମାସରେ ବିଦ୍ୟାଳୟଟି ପ୍ରଥମ ଛାତ୍ରଛାତ୍ରୀଙ୍କୁ ସ୍ୱାଗତ କରିବ।",
        "ଅଭିଭାବକମାନେ ଏହି ନିଷ୍ପତ୍ତିକୁ ସ୍ୱାଗତ କରିଛନ୍ତି, କିନ୍ତୁ କେତେକ ନିର୍ମାଣ ଖର୍ଚ୍ଚ ନେଇ ପ୍ରଶ୍ନ ଉଠାଇଛନ୍ତି।",
    ],
    "as": [
        "গুৱাহাটী পৌৰ নিগমে মংগলবাৰে এখন নতুন বিদ্যালয় নিৰ্মাণৰ বাবে বাজেট অনুমোদন কৰিছে।",
        "বিষয়াসকলে কয় যে অহা বছৰৰ ছেপ্টেম্বৰ মাহত বিদ্যালয়খনে প্ৰথম ছাত্ৰ-ছাত্ৰীক আদৰণি জনাব।",
        "অভিভাৱকসকলে এই সিদ্ধান্তক আদৰণি জনাইছে, কিন্তু কিছুমানে নিৰ্মাণৰ খৰচক লৈ প্ৰশ্ন উত্থাপন কৰিছে।",
    ],
    "jv": [
        "Pamaréntah Kutha Semarang wis nyetujoni anggaran kanggo mbangun sekolah dhasar anyar ing Tembalang.",
        "Para pejabat ngendika yèn sekolah kasebut bakal nampa murid kapisan ing sasi Juli taun ngarep.",
        "Para wong tuwa nampa kaputusan iki kanthi bungah, nanging sawetara takon bab ragad pambangunan.",
    ],
    "su": [
        "Pamaréntah Kota Bandung parantos nyatujuan anggaran pikeun ngawangun sakola dasar anyar di Cibiru.",
        "Para pajabat nyarios yén sakola éta bakal nampi murid munggaran dina bulan Juli taun payun.",
        "Para kolot nampi putusan éta kalayan bungah, tapi sababaraha naroskeun ngeunaan biaya pangwangunan.",
    ],
    "sd": [
        "حيدرآباد ميونسپل ڪارپوريشن اڱاري ڏينهن نئين پرائمري اسڪول جي تعمير لاءِ بجيٽ منظور ڪئي آهي.",
        "عملدارن چيو ته اسڪول ايندڙ سال سيپٽمبر ۾ پهرين شاگردن کي ڀليڪار ڪندو، ۽ ان ۾ ٻارهن ڪمرا هوندا.",
        "والدين هن فيصلي کي ڀليڪار ڪيو، پر ڪجهه ماڻهن تعميراتي خرچ بابت سوال اٿاريا.",
    ],
    "ckb": [
        "ئەنجومەنی پارێزگای هەولێر ڕۆژی سێشەممە بودجەی دروستکردنی قوتابخانەیەکی سەرەتایی نوێی پەسەند کرد.",
        "بەرپرسان ڕایانگەیاند کە قوتابخانەکە لە مانگی ئەیلوولی ساڵی داهاتوودا یەکەم قوتابییەکانی وەردەگرێت.",
        "دایکان و باوکان پێشوازییان لەم بڕیارە کرد، بەڵام هەندێکیان پرسیاریان لەسەر تێچووی بیناکردنەکە کرد.",
    ],
    "mg": [
        "Nankatoavin'ny filan-kevitry ny tanàna an'Antsirabe ny Talata lasa teo ny tetibola hanorenana sekoly vaovao.",
        "Nilaza ny tompon'andraikitra fa handray ireo mpianatra voalohany ny sekoly amin'ny volana Septambra ho avy.",
        "Faly tamin'izany fanapahan-kevitra izany ny ray aman-dreny, saingy nanontany momba ny vidin'ny fanorenana ny sasany.",
    ],
    "ti": [
        "ምምሕዳር ከተማ ከረን ብሰሉስ ንህንጻ ሓድሽ ቀዳማይ ደረጃ ቤት ትምህርቲ ዝኸውን በጀት ኣጽዲቑ።",
        "ሓለፍቲ ከም ዝገለጹዎ፡ እቲ ቤት ትምህርቲ ኣብ መስከረም ናይ ዝመጽእ ዓመት ንቀዳሞት ተማሃሮ ክቕበል እዩ።",
        "ወለዲ ነዚ ውሳነ ብሓጎስ ተቐቢሎሞ፡ ገሊኦም ግን ብዛዕባ ወጻኢ ህንጻ ሕቶታት ኣልዒሎም።",
    ],
    # written for pack 36
    "bs": [
        "Gradsko vijeće je u ponedjeljak odobrilo obnovu stare biblioteke u centru grada.",
        "Radovi će početi u oktobru i trajat će otprilike godinu dana.",
        "Do tada će se knjige izdavati u zgradi općine, rekao je načelnik.",
    ],
    "fy": [
        "De gemeenteried hat moandei de ferbouwing fan de âlde bibleteek goedkard.",
        "It wurk begjint yn oktober en sil sawat in jier duorje.",
        "Yn de tuskentiid kinne de boeken yn it gemeentehûs liend wurde, sei de boargemaster.",
    ],
    "ga": [
        "Cheadaigh an chomhairle cathrach athchóiriú na sean-leabharlainne Dé Luain.",
        "Tosóidh an obair i mí Dheireadh Fómhair agus maireann sí thart ar bhliain.",
        "Idir an dá linn beidh na leabhair ar fáil i halla an bhaile, a dúirt an méara.",
    ],
    "lb": [
        "De Gemengerot huet e Méindeg d'Renovéierung vun der aler Bibliothéik gestëmmt.",
        "D'Aarbechten fänken am Oktober un an daueren ongeféier ee Joer.",
        "An der Tëschenzäit kann een d'Bicher an der Gemeng ausléinen, sot de Buergermeeschter.",
    ],
    "mt": [
        "Il-kunsill lokali approva nhar it-Tnejn ir-restawr tal-librerija l-antika tal-belt.",
        "Ix-xogħlijiet se jibdew f'Ottubru u se jieħdu madwar sena.",
        "Sadanittant il-kotba jistgħu jiġu mislufa mill-kunsill, qal is-sindku.",
    ],
    "ne": [
        "नगर परिषद्ले सोमबार पुरानो पुस्तकालयको मर्मत गर्ने निर्णय गरेको छ।",
        "काम असोजमा सुरु हुनेछ र करिब एक वर्ष लाग्नेछ।",
        "त्यस अवधिमा किताबहरू नगरपालिकाको भवनबाट दिइने मेयरले बताए।",
    ],
    "ta": [
        "நகர மன்றம் திங்கள்கிழமை பழைய நூலகத்தை புதுப்பிக்க ஒப்புதல் அளித்தது.",
        "பணிகள் அக்டோபரில் தொடங்கி சுமார் ஓராண்டு நடைபெறும்.",
        "அதுவரை புத்தகங்கள் நகராட்சி அலுவலகத்தில் வழங்கப்படும் என்று மேயர் கூறினார்.",
    ],
    "tg": [
        "Шӯрои шаҳр рӯзи душанбе таъмири китобхонаи кӯҳнаро тасдиқ кард.",
        "Корҳо дар моҳи октябр оғоз шуда, тақрибан як сол идома хоҳанд ёфт.",
        "То он вақт китобҳо дар бинои мақомоти шаҳр дода мешаванд, гуфт раиси шаҳр.",
    ],
    "mn": [
        "Хотын зөвлөл даваа гарагт хуучин номын сангийн засварыг баталлаа.",
        "Ажил аравдугаар сард эхэлж, ойролцоогоор нэг жил үргэлжилнэ.",
        "Энэ хугацаанд номыг хотын захиргааны байранд олгоно гэж хотын дарга хэлэв.",
    ],
    "ky": [
        "Шаардык кеңеш дүйшөмбү күнү эски китепкананы оңдоону бекитти.",
        "Иштер октябрда башталып, болжол менен бир жылга созулат.",
        "Ага чейин китептер мэриянын имаратында берилет деди шаар башчысы.",
    ],
    # written for pack 42
    "ha": [
        "Majalisar birnin Kano ta amince da kasafin kuɗi domin gina sabuwar makarantar firamare a ranar Talata.",
        "Ana sa ran aikin zai fara a watan Oktoba kuma zai ɗauki kusan shekara guda.",
        "Kafin nan, ɗalibai za su ci gaba da karatu a tsohon ginin makarantar, in ji shugaban majalisar.",
    ],
    "so": [
        "Golaha magaalada Hargeysa ayaa Talaadadii ansixiyay miisaaniyadda dhismaha dugsi hoose oo cusub.",
        "Shaqada ayaa la filayaa inay bilaabato bisha Oktoobar waxayna qaadan doontaa ilaa hal sano.",
        "Inta ka horreysa ardayda waxay wax ku baran doonaan dhismihii hore, ayuu yiri duqa magaalada.",
    ],
    "zu": [
        "Umkhandlu wedolobha laseThekwini uvumele isabelomali sokwakha isikole samabanga aphansi esisha ngoLwesibili.",
        "Umsebenzi kulindeleke ukuthi uqale ngo-Okthoba futhi uzothatha cishe unyaka owodwa.",
        "Okwamanje abafundi bazoqhubeka nokufunda esakhiweni esidala, kusho imeya.",
    ],
    "ku": [
        "Meclisa bajarê Amedê roja sêşemê budceya avakirina dibistaneke seretayî ya nû pejirand.",
        "Tê payîn ku xebat di meha cotmehê de dest pê bike û nêzî salekê bidome.",
        "Heta wê demê xwendekar dê li avahiya kevn perwerdehiyê bibînin, şaredar got.",
    ],
    "ps": [
        "د کابل ښاروالۍ د سه شنبې په ورځ د یو نوي لومړني ښوونځي د جوړولو بودیجه تصویب کړه.",
        "تمه کېږي چې کار د اکتوبر په میاشت کې پیل شي او شاوخوا یو کال به ونیسي.",
        "تر هغه وخته پورې به زده کوونکي په زاړه ودانۍ کې درس ووايي، ښاروال وویل.",
    ],
    "lo": [
        "ສະພາປະຊາຊົນນະຄອນຫຼວງວຽງຈັນ ໄດ້ຮັບຮອງງົບປະມານ ສໍາລັບການກໍ່ສ້າງໂຮງຮຽນປະຖົມແຫ່ງໃໝ່ ໃນວັນອັງຄານ.",
        "ຄາດວ່າວຽກງານຈະເລີ່ມຕົ້ນໃນເດືອນຕຸລາ ແລະ ໃຊ້ເວລາປະມານໜຶ່ງປີ.",
        "ໃນລະຫວ່າງນີ້ ນັກຮຽນຈະຮຽນຢູ່ອາຄານເກົ່າ ເຈົ້າຄອງນະຄອນກ່າວ.",
    ],
}


def interleaved(article: Sequence[str], chrome: Sequence[str]) -> str:
    """A page of three article lines with the chrome lines around and between them (the packs' test pages): the
    first chrome line after the first sentence, the second after the second, the rest after the third."""
    return "\n".join([article[0], chrome[0], article[1], *chrome[1:2], article[2], *chrome[2:]])


def each_by_lang(argnames: Sequence[str], rows: Sequence[tuple[Any, ...]], width: int) -> pytest.MarkDecorator:
    """Parametrise over ``rows`` that open with a language code; a row's id is the code, a dash and the first
    ``width`` characters of the row's next item (of its first line, where that item is a list of lines)."""

    def row_id(row: tuple[Any, ...]) -> str:
        label = row[1] if isinstance(row[1], str) else row[1][0]
        return f"{row[0]}-{label[:width]}"

    return pytest.mark.parametrize(tuple(argnames), rows, ids=[row_id(row) for row in rows])


def each_page(cases: Sequence[tuple[str, list[str]]]) -> pytest.MarkDecorator:
    """Parametrise ``(lang, chrome)`` over a pack's pages, each named by its language and its first chrome line."""
    return each_by_lang(("lang", "chrome"), cases, 24)


def each_document(documents: Sequence[tuple[str, str]]) -> pytest.MarkDecorator:
    """Parametrise ``(name, text)`` over chrome-free documents, each named by its name."""
    return pytest.mark.parametrize(("name", "text"), documents, ids=[name for name, _ in documents])


def each_line(lines: Sequence[str]) -> pytest.MarkDecorator:
    """Parametrise ``line`` over single lines (pytest names each by its text)."""
    return pytest.mark.parametrize("line", lines)


def _only_the_article_stays(article: Sequence[str], page: str) -> boilerstrip.Result:
    result = boilerstrip.clean(page)
    assert result.text == "\n".join(article)
    return result


def assert_cut_between(article: Sequence[str], chrome: Sequence[str]) -> boilerstrip.Result:
    """The chrome lines, put around and between the article's sentences (``interleaved``), go; the article stays."""
    return _only_the_article_stays(article, interleaved(article, chrome))


def assert_cut_after(article: Sequence[str], *lines: str) -> boilerstrip.Result:
    """The lines, put after the article, go; the article stays."""
    return _only_the_article_stays(article, "\n".join([*article, *lines]))


def assert_lines_cut_after(pairs: Iterable[tuple[str, str]]) -> None:
    """Each ``(language, line)``: the line, put after the language's article, goes; the article stays."""
    for lang, line in pairs:
        assert_cut_after(ARTICLE[lang], line)


def assert_cut_before(article: Sequence[str], *lines: str) -> boilerstrip.Result:
    """The lines, put before the article, go; the article stays (a credit goes first: under a line it would make
    that line its caption)."""
    return _only_the_article_stays(article, "\n".join([*lines, *article]))


def assert_cut_inside(article: Sequence[str], line: str, at: int) -> boilerstrip.Result:
    """The line, put before the article's sentence ``at``, goes; the article stays."""
    return _only_the_article_stays(article, "\n".join([*article[:at], line, *article[at:]]))


def assert_kept(text: str) -> None:
    """The document comes out unchanged."""
    assert boilerstrip.clean(text).text == text


def assert_line_reasons(pairs: Iterable[tuple[str, str | None]]) -> None:
    """Each line by itself gets its reason from the lexicon (``None``: no whole-line phrase)."""
    lex = load_lexicon()
    for line, reason in pairs:
        assert lex.line_reason(line) == reason, line


def assert_reasons(expected: Mapping[str, Iterable[str]]) -> None:
    """Each line by itself gets the reason it is listed under from the lexicon."""
    assert_line_reasons((line, reason) for reason, lines in expected.items() for line in lines)


def assert_no_phrase(*lines: str) -> None:
    """No line is a whole-line phrase."""
    lex = load_lexicon()
    for line in lines:
        assert lex.line_reason(line) is None, line


def assert_prefix(*lines: str) -> None:
    """Each line opens like an interface line (a prefix phrase takes its rest)."""
    lex = load_lexicon()
    for line in lines:
        assert lex.starts_like_interface(line), line


def assert_prefix_only(*lines: str) -> None:
    """Each line opens like an interface line, and is no whole-line phrase: the prefix alone takes it."""
    assert_prefix(*lines)
    assert_no_phrase(*lines)


def assert_no_prefix(*lines: str) -> None:
    """No line opens like an interface line."""
    lex = load_lexicon()
    for line in lines:
        assert not lex.starts_like_interface(line), line


def pack_lines(pack: str) -> list[tuple[str, str]]:
    """Every phrase of ``benchmarks/data/<pack>.json`` as the line a page prints, with its language.

    A whole-line phrase (``[lines]``) stands alone; a prefix (``[prefixes]``) opens the second sentence of the
    language's article, its full stop dropped, as a label opens a headline.
    """
    rows = []
    for lang, tables in json.loads((PACKS / f"{pack}.json").read_text("utf-8")).items():
        headline = ARTICLE[lang][1].rstrip(".。")
        rows += [(lang, p) for phrases in tables.get("lines", {}).values() for p in phrases]
        rows += [(lang, f"{p} {headline}") for phrases in tables.get("prefixes", {}).values() for p in phrases]
    return rows


def phrases_missing(pack: str) -> list[tuple[str, str, str, list[str]]]:
    """The (language, table, key, phrases) of ``benchmarks/data/<pack>.json`` that the lexicon's files lack."""
    tables_by_lang = json.loads((PACKS / f"{pack}.json").read_text("utf-8"))
    files = read_lexicon_files()
    missing = []
    for lang, tables in tables_by_lang.items():
        for table, keys in tables.items():
            for key, phrases in keys.items():
                have = files[lang][table][key]
                if lacking := [p for p in phrases if p not in have]:
                    missing.append((lang, table, key, lacking))
    return missing
