"""Interface pack 29: the notices sites print around an article as whole sentences: opinion and contributor labels,
advice-only and "for reference" notices, reader-tip solicitations, support and donation pitches, comment-form notices,
republication and AI notices, sponsor and affiliate disclosures, and corrections and updates.

Each page here is invented: an article of three sentences with the site's notices around and between them.
The notices go, every article sentence stays. Chrome-free documents that use the same words as content (a medical
leaflet, a research note, a changelog, a programming tutorial, a book's front matter, a club's minutes) come out
unchanged.
"""

from __future__ import annotations

from tests.cleaners import lexicon_packs as kit

#: (language, notices): one page per case; the notices are put around and between the article's sentences.
CASES = [
    (
        "en",
        [
            "This is an opinion column",
            "The views expressed in this op-ed are the author's own.",
            "This article is for informational purposes only and does not constitute medical advice.",
            "This article does not constitute investment advice.",
        ],
    ),
    (
        "en",
        [
            "Have a story tip?",
            "Liked this article? Buy us a coffee",
            "Comments are reviewed before they appear.",
            "Republish this story for free under our Creative Commons license",
        ],
    ),
    (
        "en",
        [
            "Scraping, crawling or using this content to train AI is prohibited.",
            "This is a sponsored post",
            "This story has been updated with additional information.",
            "This is a developing story and will be updated.",
        ],
    ),
    (
        "de",
        [
            "Dieser Beitrag gibt die Meinung des Autors wieder.",
            "Dieser Artikel ersetzt keine ärztliche Beratung.",
            "Haben Sie einen Tipp für uns?",
            "Dieser Beitrag enthält Werbelinks.",
        ],
    ),
    ("de", ["Unterstützen Sie unabhängigen Journalismus", "Dieser Artikel wird laufend aktualisiert."]),
    ("de", ["Ihre E-Mail-Adresse wird nicht veröffentlicht.", "Nutzungsvorbehalt für Text- und Data-Mining"]),
    (
        "fr",
        [
            "Cette tribune n'engage que son auteur.",
            "Cet article ne remplace pas une consultation médicale.",
            "Vous avez été témoin d'un événement ? Contactez-nous",
            "Cet article contient des liens d'affiliation.",
        ],
    ),
    (
        "es",
        [
            "Las opiniones expresadas en este artículo son responsabilidad exclusiva de su autor.",
            "Este artículo tiene fines meramente informativos.",
            "Apoya el periodismo independiente",
            "Esta noticia se actualizará",
        ],
    ),
    (
        "it",
        [
            "Il contenuto di questo articolo esprime il pensiero dell'autore",
            "Questo articolo non sostituisce il parere del medico.",
            "Ti è piaciuto questo articolo? Offrici un caffè",
            "Notizia in aggiornamento",
        ],
    ),
    ("it", ["Articolo sponsorizzato", "Sostieni il nostro lavoro", "Ripubblica questo articolo"]),
    (
        "pt",
        [
            "Este texto não reflete necessariamente a opinião do jornal.",
            "Este artigo não substitui uma consulta médica.",
            "Apoie o jornalismo independente",
            "Este artigo contém links de afiliados.",
        ],
    ),
    (
        "nl",
        [
            "Dit is een opiniestuk",
            "Heb je een tip? Mail de redactie",
            "Je e-mailadres wordt niet gepubliceerd.",
            "Dit artikel wordt voortdurend bijgewerkt.",
        ],
    ),
    (
        "pl",
        [
            "Tekst wyraża opinię autora.",
            "Artykuł nie zastępuje konsultacji z lekarzem.",
            "Masz informacje, zdjęcia lub film? Napisz do nas",
            "Artykuł sponsorowany",
        ],
    ),
    ("cs", ["Článek vyjadřuje názor autora.", "Líbil se vám článek? Podpořte nás", "Článek průběžně aktualizujeme."]),
    ("sk", ["Blogy nie sú redakčným obsahom", "Máte pre nás tip? Napíšte nám", "Článok priebežne aktualizujeme."]),
    ("ro", ["Opiniile exprimate aparțin autorului.", "Susține jurnalismul independent", "Articol sponsorizat"]),
    ("hu", ["A cikk a szerző véleményét tükrözi.", "Támogasd a független újságírást", "A cikket frissítettük."]),
    (
        "sv",
        [
            "Detta är en debattartikel. Åsikterna i texten är skribentens egna.",
            "Har du ett tips? Hör av dig",
            "Artikeln uppdateras löpande.",
        ],
    ),
    ("da", ["Dette er et debatindlæg", "Støt uafhængig journalistik", "Artiklen opdateres løbende."]),
    (
        "no",
        [
            "Dette er et debattinnlegg. Innlegget gir uttrykk for skribentens meninger.",
            "Tips redaksjonen",
            "Saken oppdateres fortløpende.",
        ],
    ),
    ("fi", ["Tämä on mielipidekirjoitus", "Tue riippumatonta journalismia", "Juttua päivitetään."]),
    (
        "ru",
        [
            "Мнение автора может не совпадать с позицией редакции.",
            "Статья носит ознакомительный характер.",
            "Новость дополняется",
        ],
    ),
    (
        "uk",
        [
            "Думка автора може не збігатися з позицією редакції.",
            "Підтримайте незалежну журналістику",
            "Новина доповнюється",
        ],
    ),
    ("bg", ["Мнението на автора може да не съвпада с позицията на редакцията.", "Новината се допълва"]),
    (
        "el",
        [
            "Οι απαντήσεις έχουν ενημερωτικό χαρακτήρα και δεν υποκαθιστούν την επίσκεψη στον γιατρό.",
            "Χορηγούμενο περιεχόμενο",
            "Η είδηση ενημερώνεται",
        ],
    ),
    ("tr", ["Yazıdaki görüşler yazara aittir.", "Bağımsız gazeteciliği destekleyin", "Haber güncelleniyor"]),
    ("ar", ["المقال يعبر عن رأي كاتبه ولا يعبر بالضرورة عن رأي الموقع", "ادعم الصحافة المستقلة", "الخبر قيد التحديث"]),
    ("fa", ["این یادداشت صرفاً بیانگر دیدگاه نویسنده است", "این خبر تکمیل می‌شود"]),
    ("he", ["זהו מאמר דעה", "תוכן ממומן", "הידיעה מתעדכנת"]),
    ("hi", ["ये लेखक के निजी विचार हैं", "यह खबर अपडेट की जा रही है"]),
    ("ja", ["本記事は筆者個人の見解です。", "本記事はプロモーションを含みます。", "この記事は随時更新します。"]),
    ("zh", ["本文仅代表作者观点，不代表本站立场", "本文仅供参考，不构成投资建议", "新闻持续更新中"]),
    ("ko", ["칼럼 내용은 필자의 개인 의견입니다", "협찬 기사", "기사가 업데이트되었습니다"]),
    ("vi", ["Bài viết mang tính chất tham khảo", "Nội dung được tài trợ", "Tin đang được cập nhật"]),
    (
        "id",
        [
            "Artikel ini merupakan opini pribadi penulis dan tidak mewakili pandangan redaksi.",
            "Konten bersponsor",
            "Berita ini akan terus diperbarui",
        ],
    ),
    ("th", ["บทความนี้เป็นความคิดเห็นส่วนตัวของผู้เขียน", "ข่าวนี้อยู่ระหว่างการอัปเดต"]),
    ("ca", ["Aquest és un article d'opinió", "Dona suport al periodisme independent", "Notícia en actualització"]),
    ("hr", ["Stavovi autora ne odražavaju nužno stavove redakcije.", "Sponzorirani članak", "Vijest se ažurira"]),
    ("sl", ["Mnenje avtorja ne odraža nujno stališča uredništva.", "Sponzorirana vsebina", "Novico dopolnjujemo"]),
    ("sr", ["Ставови аутора не одражавају нужно ставове редакције.", "Спонзорисани садржај", "Вест ће бити ажурирана"]),
    ("lt", ["Autoriaus nuomonė nebūtinai sutampa su redakcijos pozicija.", "Užsakomasis turinys", "Naujiena pildoma"]),
    ("lv", ["Autora viedoklis var nesakrist ar redakcijas viedokli.", "Sponsorēts saturs", "Ziņa tiks papildināta"]),
    ("et", ["Arvamusloos esitatud seisukohad on autori omad.", "Sponsitud sisu", "Uudist täiendatakse"]),
]


@kit.each_page(CASES)
def test_pack29_notices_are_cut(lang: str, chrome: list[str]) -> None:
    kit.assert_cut_between(kit.ARTICLE[lang], chrome)


def test_notices_have_their_reasons() -> None:
    """A notice of each theme by itself, with the reason the lexicon gives it."""
    kit.assert_line_reasons(
        [
            # opinion and contributor labels
            ("Opinions expressed by Forbes Contributors are their own.", "legal_footer"),
            ("Dette er et debattinnlegg. Innlegget gir uttrykk for skribentens meninger.", "legal_footer"),
            ("Blogy nie sú redakčným obsahom", "legal_footer"),
            ("Il contenuto di questo articolo esprime il pensiero dell’autore", "legal_footer"),
            # advice-only notices
            ("Bài viết mang tính chất tham khảo", "legal_footer"),
            ("Cet article ne constitue pas un conseil en investissement.", "legal_footer"),
            # reader tips and support pitches
            ("Heb je een tip? Mail de redactie", "subscribe_prompt"),
            ("Líbil se vám článek? Podpořte nás", "subscribe_prompt"),
            ("Sostieni il giornalismo indipendente e di qualità", "subscribe_prompt"),
            # comment forms
            ("Your comment will appear after it has been approved.", "comment_ui"),
            ("Komentarz pojawi się po zatwierdzeniu przez moderatora.", "comment_ui"),
            ("コメントは承認後に表示されます。", "comment_ui"),
            # republication and AI notices
            ("Republish our articles for free, online or in print, under a Creative Commons license.", "legal_footer"),
            ("Использование материалов для обучения нейросетей запрещено", "legal_footer"),
            # sponsor and affiliate disclosures
            ("Dieser Beitrag enthält Werbelinks", "ad_marker"),
            ("Tekst powstał we współpracy", "ad_marker"),
            ("この記事にはアフィリエイト広告が含まれています。", "ad_marker"),
            # corrections and updates
            ("This article has been corrected.", "legal_footer"),
            ("Материал дополняется", "legal_footer"),
        ]
    )


def test_prefixes_cut_their_lines() -> None:
    """Prefix notices cut a line with what follows their fixed opening (an address, a sponsor, a short correction)."""
    kit.assert_lines_cut_after(
        [
            ("en", "This episode is brought to you by Harbour Insurance."),
            ("en", "Have a story tip? Email us at tips@harbourweekly.example"),
            ("en", "Correction: An earlier version of this article misstated the length of the pier."),
            ("en", "This article was amended on 3 March 2026 to correct the date of the vote."),
            ("de", "In einer früheren Version dieses Artikels hieß es, die Arbeiten begännen im September."),
            ("de", "Dieser Beitrag entstand in Zusammenarbeit mit der Stadtwerke GmbH."),
            ("fr", "Vous avez une info ? Écrivez-nous à redaction@journal.example"),
            ("fr", "Correctif : une version précédente de cet article indiquait le mauvais montant."),
            ("it", "Questo articolo è stato realizzato in collaborazione con Banca Esempio."),
            ("pl", "Tekst powstał we współpracy z marką Przykład."),
            ("pl", "Sprostowanie: w poprzedniej wersji podaliśmy błędną datę."),
            ("sv", "Rättelse: I en tidigare version av artikeln angavs fel datum."),
            ("lv", "Labojums: iepriekš rakstā bija norādīts nepareizs datums."),
            ("cs", "Článek vznikl ve spolupráci s městem Příklad."),
        ]
    )


#: Left out on purpose: bare "not financial advice" lines (a research note's or a trading tool's own), bare coffee
#: pitches and tip questions (a story's dialogue, a README's badge), a leaflet's advice, a book's front matter, a code
#: tutorial's "this is a comment", and labels a changelog or an amendment opens with.
LEFT_OUT = [
    "This is not financial advice.",
    "Not financial advice",
    "Buy me a coffee",
    "Become a patron",
    "Support us on Patreon",
    "Tell us your story",
    "Always consult your doctor before making changes to your treatment.",
    "Keine Anlageberatung",
    "Dies ist keine Anlageberatung.",
    "Dies ist ein Kommentar",
    "Vervielfältigung nur mit Genehmigung",
    "Offrez-moi un café.",
    "Vous avez une info ?",
    "Toute reproduction est interdite sans autorisation.",
    "Prohibida la reproducción total o parcial",
    "¿Tienes una pista?",
    "Artículo de opinión",
    "Hai una notizia?",
    "To nie jest porada inwestycyjna.",
    "Wesprzyj nas",
    "Sytuacja jest rozwojowa.",
    "Detta är en kolumn",
    "Tämä on kommentti",
    "Dette er en kommentar",
    "Uppdatering pågår",
    "Информация носит ознакомительный характер.",
    "Не является инвестиционной рекомендацией",
    "Yatırım tavsiyesi değildir.",
    "持续更新中",
    "转载请注明出处",
    "投资有风险，入市需谨慎",
    "無断転載・複製を禁じます。",
    "情報をお寄せください",
]


@kit.each_line(LEFT_OUT)
def test_left_out_forms_are_no_phrases(line: str) -> None:
    kit.assert_no_phrase(line)


#: Prefixes left out: they open a changelog's entry, an amendment, an ordinary sentence or a programme's credits.
LEFT_OUT_PREFIXES = [
    "Correction: the minutes of the March meeting should read twelve members, not eleven",
    "Korrektur: Seite 12",
    "Correctif : le bouton Enregistrer ne s'affichait plus dans la barre d'outils",
    "Erratum : page 12, lire 1998",
    "Korjaus: tallennuspainike ei näkynyt työkalurivillä",
    "Исправление: кнопка сохранения не отображалась",
    "Düzeltme: kaydet düğmesi görünmüyordu",
    "Поправка: в член 5 думите се заменят",
    "I samarbete med kommunen",
    "En partenariat avec la région",
    "Dieser Text wurde am 3. Mai 1850 verfasst",
    "Tips can be sent to the club secretary",
    "Per segnalazioni scrivi a info@esempio.it",
]


@kit.each_line(LEFT_OUT_PREFIXES)
def test_left_out_prefixes(line: str) -> None:
    kit.assert_no_prefix(line)


NEGATIVE = [
    (
        "leaflet",
        "Package leaflet: information for the patient\n"
        "Read all of this leaflet carefully before you start taking this medicine.\n"
        "Always consult your doctor before making changes to your treatment.\n"
        "If you get any side effects, talk to your doctor or pharmacist.",
    ),
    (
        "research note",
        "Quarterly outlook for the shipping sector\n"
        "Freight rates rose by four percent in the quarter as port congestion eased.\n"
        "This is not financial advice.\n"
        "Past performance is no guarantee of future returns.",
    ),
    (
        "changelog",
        "Version 2.4\n"
        "Correctif : le bouton Enregistrer ne s'affichait plus dans la barre d'outils.\n"
        "Korjaus: tallennuspainike ei näkynyt työkalurivillä.\n"
        "Новое: экспорт в CSV.",
    ),
    (
        "tutorial",
        "Kommentare in Python\n"
        "Eine Zeile, die mit einem Rautezeichen beginnt, ignoriert der Interpreter.\n"
        "# Dies ist ein Kommentar\n"
        "print('Hallo Welt')",
    ),
    (
        "front matter",
        "Manuel de la station de pompage\n"
        "Toute reproduction est interdite sans autorisation.\n"
        "Prohibida la reproducción total o parcial\n"
        "Ce manuel décrit l'entretien des pompes et des vannes de la station.",
    ),
    (
        "minutes",
        "Minutes of the harbour club meeting\n"
        "Correction: the minutes of the March meeting should read twelve members, not eleven, as the secretary noted.\n"
        "Tips can be sent to the club secretary before the next meeting, who will collect them for the newsletter.\n"
        "The treasurer reported that the pier fund stands at four thousand pounds.",
    ),
]


@kit.each_document(NEGATIVE)
def test_chrome_free_documents_stay(name: str, text: str) -> None:
    kit.assert_kept(text)
