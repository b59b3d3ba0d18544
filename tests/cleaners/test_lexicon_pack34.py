"""Interface pack 34: fact-check verdict lines, press-release furniture, reader-comment headers, read-also labels in
scripts with a colon of their own, and support appeals.

A fact-check's verdict as a site prints it, a label, a colon and a rating ("Our rating: False", "Verdict : Faux",
"Veredicto: Engañoso", "الحكم: مضلل", "রায়: মিথ্যা", "Kesimpulan: Hoaks"), as whole `[lines] navigation`; a press
release's end marker ("ENDS", "Ende der Pressemitteilung", "Konec tiskové zprávy") and its contact and notes-to-editors
labels in `press.toml` ("For more information, contact:", "Rückfragehinweis:", "Note aux rédactions"); the header over
the readers' comments ("Reader comments", "Leserkommentare", "Komentarze czytelników", "Okuyucu yorumları"); the
read-also labels of Amharic, Armenian, Georgian, Burmese, Khmer and Sinhala with their own colons ("ይህንንም ያንብቡ፡",
"Կարդացե՛ք նաև՝", "អានបន្ថែម ៖"); and fixed support appeals ("Sostieni il nostro giornalismo", "Підтримайте нас").

Each page here is invented: an article of three sentences with the furniture around and between them. The furniture
goes, every article sentence stays. Chrome-free documents that use the same words as content (a court ruling with its
"Verdict:", a truth table of "True" and "False", a configuration file's "rating: false", an answer key's "Bewertung:
richtig", a changelog, a tale that ends in "Fin", a chemistry text's "Reactions") come out unchanged.
"""

from __future__ import annotations

import boilerstrip
from boilerstrip.document import Document
from boilerstrip.rules.issuer_box import contact_rest, issuer_cuts
from tests.cleaners import lexicon_packs as kit

#: (language, furniture): one page per case; the lines are put around and between the article's sentences.
CASES = [
    ("en", ["Our rating: False", "Reader comments", "Donate to support our journalism", "ENDS"]),
    ("en", ["Verdict: Misleading", "Readers' comments (12)", "Make a one-off donation", "End of press release"]),
    ("en", ["Fact check: Missing context", "Reader reactions", "-ENDS-"]),
    ("de", ["Unsere Bewertung: Falsch", "Leserkommentare", "Jetzt unabhängigen Journalismus unterstützen"]),
    ("de", ["Bewertung: Irreführend", "Leserkommentare (4)", "Ende der Pressemitteilung"]),
    ("fr", ["Verdict : Faux", "Commentaires des lecteurs", "Soutenez-nous en faisant un don", "Fin du communiqué"]),
    ("fr", ["Notre verdict: Trompeur", "Réactions des lecteurs (7)", "- Fin du communiqué de presse -"]),
    (
        "es",
        ["Veredicto: Falso", "Comentarios de los lectores", "Apoye el periodismo independiente", "Fin del comunicado"],
    ),
    ("es", ["Calificación: Engañoso", "Reacciones de los lectores", "Nuestro veredicto: Verdad a medias"]),
    ("pt", ["Veredito: Falso", "Comentários dos leitores", "Apoie-nos", "Fim do comunicado"]),
    ("pt", ["Classificação: Enganoso", "Reações dos leitores"]),
    ("it", ["Verdetto: Falso", "Commenti dei lettori", "Sostieni il nostro giornalismo", "Fine del comunicato stampa"]),
    ("nl", ["Ons oordeel: Misleidend", "Reacties van lezers", "Einde persbericht"]),
    ("pl", ["Werdykt: Fałsz", "Komentarze czytelników", "Wesprzyj niezależne media", "Koniec komunikatu"]),
    ("pl", ["Ocena: Manipulacja", "Komentarze internautów (23)", "Wspieraj niezależne dziennikarstwo"]),
    ("cs", ["Naše hodnocení: Nepravda", "Komentáře čtenářů", "Podpořte naši práci darem", "Konec tiskové zprávy"]),
    ("sk", ["Naše hodnotenie: Nepravda", "Komentáre čitateľov", "Podporte nezávislé médiá", "Koniec tlačovej správy"]),
    ("ro", ["Verdict: Fals", "Comentariile cititorilor", "Susțineți jurnalismul independent"]),
    ("hu", ["Ítélet: Hamis", "Olvasói hozzászólások", "Támogasd a független sajtót"]),
    ("hr", ["Naša ocjena: Netočno", "Komentari čitatelja", "Podržite neovisne medije"]),
    ("sr", ["Naša ocena: Neistina", "Komentari čitalaca", "Коментари читалаца"]),
    ("sl", ["Naša ocena: Zavajajoče", "Komentarji bralcev", "Odzivi bralcev"]),
    ("sv", ["Vår bedömning: Falskt", "Läsarkommentarer", "Läsarreaktioner"]),
    ("da", ["Vores vurdering: Misvisende", "Læserkommentarer", "Læsernes kommentarer"]),
    ("no", ["Vår vurdering: Helt feil", "Leserkommentarer", "Lesernes kommentarer"]),
    ("fi", ["Arviomme: Harhaanjohtava", "Lukijoiden kommentit", "Lukijakommentit"]),
    ("et", ["Meie hinnang: Vale", "Lugejate kommentaarid", "Lugejate arvamused"]),
    ("lv", ["Mūsu vērtējums: Nepatiess", "Lasītāju komentāri", "Atbalstiet neatkarīgu žurnālistiku"]),
    ("lt", ["Mūsų vertinimas: Melas", "Skaitytojų komentarai", "Paremk nepriklausomą žurnalistiką"]),
    ("ru", ["Вердикт: Неправда", "Комментарии читателей", "Поддержите независимые СМИ"]),
    ("uk", ["Вердикт: Маніпуляція", "Коментарі читачів", "Підтримайте незалежні медіа"]),
    ("be", ["Вердыкт: Няпраўда", "Каментарыі чытачоў", "Меркаванні чытачоў"]),
    ("bg", ["Вердикт: Невярно", "Коментари на читателите", "Подкрепи независимата журналистика"]),
    ("mk", ["Вердикт: Невистина", "Коментари на читателите", "Поддржете го независното новинарство"]),
    ("el", ["Ετυμηγορία: Ψευδές", "Σχόλια αναγνωστών", "Στηρίξτε μας"]),
    ("tr", ["Karar: Yanlış", "Okuyucu yorumları", "Bağımsız gazeteciliğe destek olun"]),
    ("ar", ["الحكم: مضلل", "ردود فعل القراء", "ادعم صحافتنا"]),
    ("fa", ["حکم: نادرست", "نظرات خوانندگان", "از رسانه مستقل حمایت کنید"]),
    ("he", ["פסק הדין: לא נכון", "תגובות הגולשים", "תמכו בעיתונות חופשית"]),
    ("hi", ["फैसला: गलत", "पाठकों की टिप्पणियां", "स्वतंत्र पत्रकारिता को सपोर्ट करें"]),
    ("bn", ["রায়: মিথ্যা", "পাঠকের মন্তব্য", "আমাদের সমর্থন করুন"]),
    ("ur", ["فیصلہ: غلط", "قارئین کے تبصرے", "آزاد صحافت کی حمایت کریں"]),
    ("ja", ["判定：誤り", "読者のコメント", "寄付で支援する"]),
    ("zh", ["查核結果：錯誤", "读者评论", "支持独立媒体"]),
    ("ko", ["판정: 대체로 사실 아님", "독자 댓글", "후원으로 응원하기"]),
    ("vi", ["Phán quyết: Sai", "Bình luận của bạn đọc", "Kết luận: Sai sự thật"]),
    ("id", ["Kesimpulan: Hoaks", "Komentar pembaca", "Hasil cek fakta: Menyesatkan"]),
    ("ms", ["Penilaian: Mengelirukan", "Komen pembaca", "Derma sekarang"]),
    ("th", ["ผลการตรวจสอบ: เท็จ", "ความคิดเห็นของผู้อ่าน", "สนับสนุนเรา"]),
    ("tl", ["Hatol: Mali", "Mga komento ng mambabasa", "Suportahan kami"]),
    ("sw", ["Uamuzi: Si kweli", "Maoni ya wasomaji", "Saidia uandishi huru wa habari"]),
    ("ca", ["Veredicte: Fals", "Comentaris dels lectors", "Fi del comunicat"]),
    ("gl", ["Veredicto: Enganoso", "Comentarios dos lectores"]),
    ("eu", ["Epaia: Faltsua", "Irakurleen iruzkinak", "Lagundu kazetaritza independenteari"]),
    ("af", ["Uitspraak: Vals", "Lesers se kommentaar", "Ondersteun onafhanklike joernalistiek"]),
    ("sq", ["Verdikti: E rreme", "Komentet e lexuesve", "Mbështetni gazetarinë e pavarur"]),
    ("az", ["Hökm: Yalan", "Oxucu şərhləri", "Bizə dəstək olun"]),
    ("kk", ["Вердикт: Жалған", "Оқырман пікірлері", "Бізді қолдаңыз"]),
    ("uz", ["Hukm: Yolg'on", "O‘quvchilar fikrlari", "Бизни қўллаб-қувватланг"]),
    ("ka", ["ვერდიქტი: ტყუილი", "მკითხველის კომენტარები", "დაგვიჭირეთ მხარი"]),
    ("mr", ["निकाल: खोटे", "वाचकांच्या प्रतिक्रिया", "स्वतंत्र पत्रकारितेला पाठिंबा द्या"]),
    ("is", ["Úrskurður: Rangt", "Athugasemdir lesenda", "Styrktu óháða blaðamennsku"]),
    ("cy", ["Dyfarniad: Anwir", "Sylwadau darllenwyr", "Cefnogwch newyddiaduraeth annibynnol"]),
    ("hy", ["Վճիռ՝ Կեղծ", "Ընթերցողների մեկնաբանություններ", "Աջակցեք անկախ լրագրությանը"]),
    ("am", ["ፍርድ፦ ሐሰት", "የአንባቢያን አስተያየቶች", "ነጻ ጋዜጠኝነትን ይደግፉ"]),
    # One line per Khmer page: two interface lines of any pack make the labeller read the Khmer sentences between them
    # as a chrome block (the same with "ទំព័រដើម" and "ចែករំលែក", which older packs wrote).
    ("km", ["លទ្ធផលត្រួតពិនិត្យ ៖ មិនពិត"]),
    ("km", ["មតិអ្នកអាន (5)"]),
    ("my", ["ဆုံးဖြတ်ချက်: မှားယွင်း", "စာဖတ်သူများ၏ မှတ်ချက်များ"]),
    ("si", ["තීන්දුව: අසත්‍ය", "පාඨක අදහස්"]),
]


@kit.each_page(CASES)
def test_pack34_furniture_is_cut(lang: str, chrome: list[str]) -> None:
    kit.assert_cut_between(kit.ARTICLE[lang], chrome)


def test_each_kind_has_its_reason() -> None:
    kit.assert_reasons(
        {
            "navigation": [
                # verdicts: a label, a colon and a rating, filed with the page's section labels
                "Our rating: False",
                "Verdict: Pants on Fire!",
                "Calificación: Engañoso",
                "Veredicto: Engañoso",
                "Verdict : Faux",
                "Verdict: Faux",
                "Classificação: Enganoso",
                "حکم: نادرست",
                "الحكم: مضلل",
                "রায়: মিথ্যা",
                "Werdykt: Fałsz",
                "Вердикт: Неправда",
                "Kesimpulan: Hoaks",
                "判定：ミスリード",
                "VERDICT: FALSE",
                "Վճիռ՝ Կեղծ",
                "ፍርድ፡ ሐሰት",
                # press-release end markers, with the dashes and asterisks the matcher trims
                "ENDS",
                "-ENDS-",
                "– ENDS –",
                "*** END OF PRESS RELEASE ***",
                "Ende der Pressemitteilung",
                "Konec tiskové zprávy",
                "- Fin du communiqué -",
            ],
            "comment_ui": [
                # reader-comment headers, with a count after them
                "Reader comments",
                "Readers’ comments (8)",
                "Leserkommentare",
                "Commenti dei lettori",
                "Komentarze czytelników",
                "Коментари на читателите",
                "Okuyucu yorumları",
                "تعليقات القراء",
                "Reader reactions (3)",
            ],
            "subscribe_prompt": [
                # support appeals
                "Sostieni il nostro giornalismo",
                "Make a one-time donation",
                "Apoie-nos",
                "Підтримайте нас",
            ],
        }
    )


#: (language, read-also line, the headline after the label).
READ_ALSO = [
    ("am", "ይህንንም ያንብቡ፡ የከተማው ሁለተኛ ቤተ መጻሕፍት ተከፈተ", "የከተማው ሁለተኛ ቤተ መጻሕፍት ተከፈተ"),
    ("am", "ተጨማሪ ያንብቡ፦ የከተማው ሁለተኛ ቤተ መጻሕፍት ተከፈተ", "የከተማው ሁለተኛ ቤተ መጻሕፍት ተከፈተ"),
    ("am", "ተያያዥ ዜና፡- የከተማው ሁለተኛ ቤተ መጻሕፍት ተከፈተ", "የከተማው ሁለተኛ ቤተ መጻሕፍት ተከፈተ"),
    ("hy", "Կարդացե՛ք նաև՝ Քաղաքում ևս երկու դպրոց կկառուցվի", "Քաղաքում ևս երկու դպրոց կկառուցվի"),
    ("hy", "Կարդացեք նաև։ Քաղաքում ևս երկու դպրոց կկառուցվի", "Քաղաքում ևս երկու դպրոց կկառուցվի"),
    ("hy", "Տես նաև՝ Քաղաքում ևս երկու դպրոց կկառուցվի", "Քաղաքում ևս երկու դպրոց կկառուցվի"),
    ("ka", "ასევე წაიკითხე: ქალაქში კიდევ ორი სკოლა აშენდება", "ქალაქში კიდევ ორი სკოლა აშენდება"),
    ("ka", "ასევე წაიკითხეთ - ქალაქში კიდევ ორი სკოლა აშენდება", "ქალაქში კიდევ ორი სკოლა აშენდება"),
    ("my", "ဆက်စပ်သတင်း - မြို့တွင် စာကြည့်တိုက်သစ် ဖွင့်လှစ်", "မြို့တွင် စာကြည့်တိုက်သစ် ဖွင့်လှစ်"),
    ("km", "អានបន្ថែម ៖ បណ្ណាល័យថ្មីមួយទៀត នឹងបើកនៅខេត្ត", "បណ្ណាល័យថ្មីមួយទៀត នឹងបើកនៅខេត្ត"),
    ("km", "សូមអានផងដែរ៖ បណ្ណាល័យថ្មីមួយទៀត នឹងបើកនៅខេត្ត", "បណ្ណាល័យថ្មីមួយទៀត នឹងបើកនៅខេត្ត"),
    ("si", "මෙයද කියවන්න: ගාල්ලේ තවත් පාසල් දෙකක්", "ගාල්ලේ තවත් පාසල් දෙකක්"),
    ("si", "අදාළ පුවත් : ගාල්ලේ තවත් පාසල් දෙකක්", "ගාල්ලේ තවත් පාසල් දෙකක්"),
]


@kit.each_by_lang(("lang", "line", "headline"), READ_ALSO, 16)
def test_read_also_labels_with_their_scripts_colons(lang: str, line: str, headline: str) -> None:
    result = kit.assert_cut_inside(kit.ARTICLE[lang], line, at=2)
    assert [r.reason for r in result.removed if r.reason == "read_also"] == ["read_also"]
    kit.assert_prefix(line)  # the label alone, with no headline isolated, is still a read-also line


def test_press_contact_and_notes_labels() -> None:
    """press.toml's labels: alone or before a colon, never at a sentence's start."""
    assert contact_rest("For more information, contact:") == ""
    assert contact_rest("For further information, please contact: Jane Doe, +44 20 7946 0000") == (
        "Jane Doe, +44 20 7946 0000"
    )
    assert contact_rest("Rückfragehinweis:") == ""
    assert contact_rest("Note aux rédactions") == ""
    assert contact_rest("Hinweis an die Redaktion: Fotos stehen zum Download bereit.") is not None
    assert contact_rest("For more information, contact Jane Doe at the museum.") is None
    assert contact_rest("Für Rückfragen stehen wir Ihnen gerne zur Verfügung.") is None


def test_a_release_loses_its_end_marker_and_contact() -> None:
    article = [
        "The Harbour Museum will open a gallery of forty ship models on Saturday.",
        "The models were built by volunteers over twelve years, the museum said.",
        "Entry to the gallery is free for children under twelve.",
    ]
    text = "\n".join(
        [*article, "ENDS", "For more information, contact:", "Jane Doe, Harbour Museum", "press@example.org"]
    )
    cuts = list(issuer_cuts(Document(text).content))
    assert [c.reason for c in cuts] == ["press_contact"] * 3
    removed = {text[r.start : r.end].strip(): r.reason for r in boilerstrip.clean(text).removed}
    assert removed["ENDS"] == "navigation"
    assert removed["For more information, contact:"] == "press_contact"
    assert boilerstrip.clean(text).text.startswith("\n".join(article))


#: Left out on purpose (the files' headers say why): a bare rating or label, the plain true/false words after a
#: rating, score, status or conclusion word (a configuration file's key, an answer key, a syllogism), end markers the
#: matcher trims to nothing, a number or a story's last word, bare reactions, and the coffee and Patreon badges.
LEFT_OUT = [
    "False",
    "Falso",
    "Faux",
    "Verdict",
    "Verdict:",
    "Conclusión",
    "Conclusion: False",
    "Rating: False",
    "Rating: True",
    "rating: false",
    "Bewertung: Falsch",
    "Bewertung: richtig",
    "Calificación: Falso",
    "Ocena: Fałsz",
    "Ocena: prawda",
    "Status: true",
    "Fazit: Richtig",
    "Kesimpulan: Benar",
    "Wniosek: Fałsz",
    "Reactions",
    "Reactions (3)",
    "Réactions",
    "Reakcje",
    "Vos réactions",
    "Leserstimmen",
    "Fin",
    "– Fin –",
    "END",
    "- End -",
    "-30-",
    "# # #",
    "Buy us a coffee",
    "Buy me a coffee",
    "Support us on Patreon",
    "Become a patron",
    "About",
]


@kit.each_line(LEFT_OUT)
def test_left_out_forms_are_no_phrases(line: str) -> None:
    kit.assert_no_phrase(line)


NEGATIVE = [
    (
        "court ruling",
        "Case 14/2026, Regional Court of Harbourtown\n"
        "The jury retired at noon and deliberated for six hours before it returned.\n"
        "Verdict: guilty of the second count, not guilty of the first.\n"
        "Sentence: a fine of two thousand euros.\n"
        "The judge thanked the jurors and discharged them from further service.",
    ),
    (
        "truth table",
        "Truth table for AND\n"
        "A | B | A AND B\n"
        "True | True | True\n"
        "True | False | False\n"
        "False | True | False\n"
        "False | False | False\n"
        "The operator is true only when both of its inputs are true.",
    ),
    (
        "configuration file",
        "# Site configuration\ntitle: Garden notes\nrating: false\nstatus: true\npaginate: 10\ntheme: minima",
    ),
    (
        "German answer key",
        "Aufgabe 3\n"
        "Ist die Aussage über die Photosynthese korrekt?\n"
        "Bewertung: Richtig\n"
        "Aufgabe 4\n"
        "Welche Farbe hat Chlorophyll?\n"
        "Bewertung: Falsch",
    ),
    (
        "syllogism exercise",
        "Premise 1: All cats are mammals.\n"
        "Premise 2: Some mammals fly.\n"
        "Conclusion: False\n"
        "The syllogism does not hold because the middle term is undistributed.",
    ),
    (
        "changelog",
        "Version 2.4.0\n"
        "Reactions\n"
        "The reaction picker no longer closes when a reader scrolls the page.\n"
        "Comments\n"
        "Long comments are folded after twenty lines.",
    ),
    (
        "French tale",
        "Le renard attendit longtemps au pied de l'arbre.\nLe corbeau, lui, ne lâcha plus jamais son fromage.\nFin",
    ),
    (
        "chemistry notes",
        "Reactions\n"
        "Sodium reacts violently with water and releases hydrogen.\n"
        "Réactions\n"
        "Le sodium réagit violemment avec l'eau et libère de l'hydrogène.",
    ),
]


@kit.each_document(NEGATIVE)
def test_chrome_free_documents_stay(name: str, text: str) -> None:
    kit.assert_kept(text)
