"""Interface pack 42: parity furniture for the thinnest languages (forum and board, comment, article, listing,
obituary and event furniture).

Forum and board lines ("Svara þræði", "Hverjir eru tengdir", "Pwnc newydd", "Ишлэх", "Мавзӯъҳои монанд", "Окшош
темалар", the prefixes "Aangesluit:", "Ymunodd:", "Паёмҳо:", "Катталган:"), comment furniture ("Laai meer
kommentaar", "Llwytho mwy o sylwadau", "Loggt Iech an fir ze kommentéieren", "Babu sharhi tukuna", "තවම
අදහස් නැත", "ഇതുവരെ അഭിപ്രായങ്ങളൊന്നുമില്ല", "ਟਿੱਪਣੀ ਕਰਨ ਲਈ ਲੌਗਇਨ ਕਰੋ"), article furniture ("Raba a Facebook",
"Ku karanta kuma:", "په فیسبوک کې شریک کړئ", "Polîtîkaya nepeniyê", "ప్రింట్ చేయండి", "ਪਰਦੇਦਾਰੀ ਨੀਤੀ") and
listing, obituary and event furniture ("Sýna símanúmer", "Номерди көрсөтүү", "Зар мэдээлэх", "Cuir leis an
bhféilire", "Skryf 'n boodskap van meelewing"). The pack's phrases are kept in `benchmarks/data/lexicon-pack42.json`,
applied by `benchmarks/apply_lexicon_pack.py`.

Each page here is invented: an article of three sentences with the furniture around and between them. The furniture
goes, every article sentence stays; sentences that share the phrases' words, and the forms left out on purpose, stay.
"""

from __future__ import annotations

from tests.cleaners import lexicon_packs as kit

#: (language, furniture): one page per case; the lines are put around and between the article's sentences.
CASES = [
    # forum and board furniture
    ("is", ["Svara þræði", "Hverjir eru tengdir", "Tilkynna innlegg"]),
    ("af", ["Nuwe onderwerp", "Pos antwoord", "Rapporteer hierdie plasing"]),
    ("cy", ["Dyfynnu", "Pwnc newydd", "Negeseuon: 124"]),
    ("mn", ["Ишлэх", "Төстэй сэдвүүд", "Хэн онлайн байна"]),
    ("tg", ["Иқтибос", "Мавзӯъҳои монанд", "Паёмҳо: 124"]),
    ("ky", ["Цитата келтирүү", "Окшош темалар", "Катталган: 12.03.2021"]),
    # comment furniture
    ("af", ["Laai meer kommentaar", "Rapporteer hierdie plasing", "Jy moet aangemeld wees om te antwoord"]),
    ("cy", ["Mewngofnodwch i adael sylw", "Llwytho mwy o sylwadau", "Y diweddaraf yn gyntaf"]),
    ("lb", ["Loggt Iech an fir ze kommentéieren", "Kommentar mellen", "Neiste fir d'éischt"]),
    ("mt", ["Ara aktar kummenti", "Irrapporta kumment", "L-aktar riċenti l-ewwel"]),
    ("ga", ["Tuairiscigh an trácht seo", "Sórtáil de réir"]),
    ("fy", ["Meld dy oan om te reagearjen", "Mear reaksjes sjen litte", "Reaksje melde"]),
    ("ha", ["Ku bar sharhi", "Babu sharhi tukuna"]),
    ("si", ["ඔබේ අදහස් දක්වන්න", "තවම අදහස් නැත", "තවත් අදහස් බලන්න"]),
    ("ml", ["മറുപടി രേഖപ്പെടുത്തുക", "ഇതുവരെ അഭിപ്രായങ്ങളൊന്നുമില്ല", "അഭിപ്രായം രേഖപ്പെടുത്താൻ ലോഗിൻ ചെയ്യുക"]),
    ("kn", ["ನಿಮ್ಮ ಪ್ರತಿಕ್ರಿಯೆ ಬರೆಯಿರಿ", "ಇನ್ನೂ ಯಾವುದೇ ಪ್ರತಿಕ್ರಿಯೆಗಳಿಲ್ಲ", "ಪ್ರತಿಕ್ರಿಯಿಸಲು ಲಾಗಿನ್ ಮಾಡಿ"]),
    ("pa", ["ਟਿੱਪਣੀ ਕਰਨ ਲਈ ਲੌਗਇਨ ਕਰੋ", "ਹੋਰ ਟਿੱਪਣੀਆਂ ਵੇਖੋ"]),
    ("mn", ["Сэтгэгдэл бичихийн тулд нэвтэрнэ үү", "Бусад сэтгэгдлийг харах", "Шинэ нь эхэндээ"]),
    ("ne", ["थप प्रतिक्रियाहरू हेर्नुहोस्", "प्रतिक्रिया रिपोर्ट गर्नुहोस्"]),
    # article furniture
    ("ha", ["Raba a Facebook", "Ku karanta kuma: Za a bude makarantu ranar Litinin", "Ci gaba da karatu"]),
    ("ps", ["په فیسبوک کې شریک کړئ", "چاپ کړئ", "د محرمیت پالیسي"]),
    ("ku", ["Polîtîkaya nepeniyê", "Herî zêde hatin xwendin", "Her wiha bixwînin: Dibistan roja duşemê vedibin"]),
    ("te", ["ప్రింట్ చేయండి", "మమ్మల్ని అనుసరించండి", "వినియోగ నిబంధనలు"]),
    ("pa", ["ਫੇਸਬੁੱਕ 'ਤੇ ਸਾਂਝਾ ਕਰੋ", "ਸਭ ਤੋਂ ਵੱਧ ਪੜ੍ਹੀਆਂ", "ਪਰਦੇਦਾਰੀ ਨੀਤੀ"]),
    ("si", ["Facebook හි බෙදාගන්න", "ආශ්‍රිත පුවත්", "පෞද්ගලිකත්ව ප්‍රතිපත්තිය"]),
    ("jv", ["Bagikake", "Pawarta liyane", "Waca salengkape"]),
    ("su", ["Baca salengkepna", "Paling loba dibaca", "Tinggalkeun balesan"]),
    ("so", ["Ku wadaag Facebook", "Ku wadaag WhatsApp"]),
    ("zu", ["Ikhasi lasekhaya", "Shiya umbono", "Udaba olulandelayo"]),
    # listing, obituary and event furniture
    ("is", ["Sýna símanúmer", "Tilkynna auglýsingu", "Svipaðar auglýsingar"]),
    ("ky", ["Номерди көрсөтүү", "Жарнамага даттануу", "Окшош жарнамалар"]),
    ("mn", ["Утасны дугаар харах", "Зар мэдээлэх", "Төстэй зарууд"]),
    ("af", ["Skryf 'n boodskap van meelewing", "Ander doodsberigte", "Rapporteer hierdie advertensie"]),
    ("ga", ["Cuir leis an bhféilire", "Ceannaigh ticéid"]),
    ("mt", ["Żid mal-kalendarju", "Ixtri l-biljetti"]),
    ("lb", ["An de Kalenner setzen", "Ticketen kafen"]),
]


@kit.each_page(CASES)
def test_pack42_furniture_is_cut(lang: str, chrome: list[str]) -> None:
    kit.assert_cut_between(kit.ARTICLE[lang], chrome)


def test_each_family_has_its_reason() -> None:
    expected = {
        "comment_ui": [
            "Svara þræði",
            "Hverjir eru tengdir",
            "Pwnc newydd",
            "Ишлэх",
            "Laai meer kommentaar",
            "Ku bar sharhi",
        ],
        "login_prompt": [
            "Jy moet aangemeld wees om te antwoord",
            "Пикир калтыруу үчүн кириңиз",
            "ਟਿੱਪਣੀ ਕਰਨ ਲਈ ਲੌਗਇਨ ਕਰੋ",
        ],
        "share_buttons": ["Raba a Facebook", "په فیسبوک کې شریک کړئ", "Anfon drwy e-bost", "Ipprintja l-artiklu"],
        "navigation": ["Herî zêde hatin xwendin", "ඊළඟ පුවත", "Lura fuq nett"],
        "legal_footer": ["Polîtîkaya nepeniyê", "ਪਰਦੇਦਾਰੀ ਨੀਤੀ"],
        "widget": ["Sýna símanúmer", "Номерди көрсөтүү", "Cuir leis an bhféilire", "Skryf 'n boodskap van meelewing"],
        "related_header": ["Svipaðar auglýsingar", "Төстэй зарууд", "Ander doodsberigte"],
    }
    kit.assert_reasons(expected)


@kit.each_line(
    [
        "Aangesluit: Maart 2021",
        "Plasings: 124",
        "Ymunodd: Maw 2021",
        "Skráður: mars 2021",
        "Паёмҳо: 124",
        "Бүртгүүлсэн: 2021.03.12",
        "Lid sedert: Maart 2021",
        "Meðlimur síðan: mars 2021",
        "Гишүүн болсон: 2021.03.12",
        "Tikketti: politika, Valletta",
        "ටැග්: දේශපාලනය, ආර්ථිකය",
        "Ku karanta kuma: Za a bude makarantu ranar Litinin",
    ]
)
def test_board_and_tag_prefixes_take_their_value(line: str) -> None:
    kit.assert_prefix_only(line)


#: Left out on purpose (the README says why): one-word sort and "up" labels, "answer" verbs that are an exam's
#: instruction too, "no comment" that is dialogue, "send a message" (no file has it), search words that are "research".
LEFT_OUT = [
    "Иреттөө",
    "Эрэмбэлэх",
    "Пикир жок",
    "Жогору",
    "Freagair",
    "Wieġeb",
    "Ateb",
    "Wangsuli",
    "ಉತ್ತರಿಸಿ",
    "පිළිතුරු දෙන්න",
    "જવાબ આપો",
    "ਜਵਾਬ ਦਿਓ",
    "जवाफ दिनुहोस्",
    "Stuur 'n boodskap",
    "Senda skilaboð",
    "Мессеж илгээх",
    "Fikarohana",
    "ຄຳເຫັນ",
]


@kit.each_line(LEFT_OUT)
def test_left_out_forms_are_no_phrases(line: str) -> None:
    kit.assert_no_phrase(line)


@kit.each_line(["Merki: Sony", "Сабти ном: 12.03.2021", "Билдирүүлөр: 3"])
def test_left_out_prefixes_open_no_line(line: str) -> None:
    """A product sheet's "brand" label, a registration's and an announcement list's: no prefix."""
    kit.assert_no_prefix(line)


#: Chrome-free documents whose sentences share the pack's words: they come out unchanged.
NEGATIVE = [
    (
        "Icelandic police report",
        "Hverjir eru tengdir málinu er enn óljóst, sagði lögreglan.\n"
        "Tilkynna þarf innbrotið til tryggingafélagsins innan viku.\n"
        "Svara þarf öllum spurningum rannsakenda skriflega.",
    ),
    (
        "Welsh school letter",
        "Bydd yr erthygl nesaf yn y cylchlythyr yn trafod hanes y dref.\n"
        "Mae'r ysgol wedi prynu tocynnau ar gyfer y daith i Gaerdydd.\n"
        "Gadawodd y disgyblion sylw caredig yn llyfr yr ymwelwyr.",
    ),
    (
        "Hausa report",
        "Kafin nan, ɗalibai za su ci gaba da karatu a tsohon ginin makarantar.\n"
        "Gwamnan ya bar sharhi kan lamarin ga kwamitin majalisar.\n"
        "Babu sharhi daga ma'aikatar ilimi har zuwa lokacin haɗa wannan rahoto.",
    ),
    (
        "Mongolian notice",
        "Иргэд сэтгэгдэл бичихийн тулд хорооны байранд ирж болно.\n"
        "Утасны дугаар харах боломжгүй болсон тул шинэ жагсаалт гаргана.\n"
        "Төстэй сэдвүүдийг дараагийн хурлаар хэлэлцэнэ.",
    ),
]


@kit.each_document(NEGATIVE)
def test_chrome_free_documents_stay(name: str, text: str) -> None:
    kit.assert_kept(text)


def test_the_pack_file_is_in_the_lexicon() -> None:
    """Every phrase of the pack's JSON is in its file, as the apply script put it there."""
    assert kit.phrases_missing("lexicon-pack42") == []
