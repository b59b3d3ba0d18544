"""Interface pack 41: editorial notices and disclaimers, copy and reprint notices, reader-engagement prompts, and
channel invitations without "our".

Opinion disclaimers under columns and blogs, most as prefixes whose end varies by site ("The views expressed in this
article are the author's own", "Мнение редакции может не совпадать с", "Думка редакції може не збігатися з",
"Автордың пікірі редакция", "Müəllifin fikri redaksiyanın", "المقالات المنشورة تعبر عن", "ادارے کا کالم نگار",
"Köşe yazısındaki görüşler", "Gastbeiträge geben nicht", "本文观点仅代表作者", "외부 기고는 본지의"), copy and reprint
notices ("При копировании материалов гиперссылка на", "При використанні матеріалів посилання на", "Сайт
материалдарын пайдаланғанда", "Sayt materiallarından istifadə edərkən", "凡本网注明", and the Korean "무단전재·재배포
금지" inside a copyright line), reader-engagement prompts ("Did you like this article?", "Понравилась статья?",
"Сподобалася стаття?", "Hat Ihnen dieser Artikel gefallen?", "¿Te ha gustado este artículo?", "Поделитесь мнением в
комментариях", "Got a story tip?") and channel invitations in fixed words ("Join the WhatsApp channel", "Get the latest
news in your inbox", "Подпишитесь на Telegram-канал", "Читайте нас у Telegram", "Son dakika haberleri cebinize
gelsin"). The pack's phrases are kept in `benchmarks/data/lexicon-pack41.json`, applied by
`benchmarks/apply_lexicon_pack.py`.

Each page here is invented: an article of three sentences with the furniture around and between them. The furniture
goes, every article sentence stays; sentences that share the phrases' words, and the forms left out on purpose, stay.
"""

from __future__ import annotations

from tests.cleaners import lexicon_packs as kit

#: Longer articles for the languages written without spaces between words: their short sentences count for little
#: prose-like text, and a page of two notices around three of them would be held back whole by the prose guard.
LONG_ARTICLE = {
    "ja": [
        "市議会は月曜日、老朽化が進んでいた旧市立図書館の改修計画を賛成多数で承認した。",
        "工事は十月に始まり、耐震補強と空調設備の更新を含めて約一年かかる見込みだと市の担当者は説明した。",
        "その間、貸し出し業務は市役所の一階に設ける臨時窓口で行われ、開館時間は従来どおりとなる。",
    ],
    "zh": [
        "市议会周一以多数票批准了对年久失修的旧市立图书馆进行全面翻修的计划。",
        "工程将于十月开工，包括抗震加固和空调系统更新，预计需要大约一年时间才能完成。",
        "施工期间，借阅服务将转移到市政府大楼一楼的临时窗口，开放时间保持不变。",
    ],
    "ko": [
        "시의회는 월요일 노후화된 옛 시립도서관의 전면 보수 계획을 찬성 다수로 승인했다.",
        "공사는 10월에 시작되며 내진 보강과 냉난방 설비 교체를 포함해 약 1년이 걸릴 예정이라고 시 관계자가 설명했다.",
        "공사 기간 동안 대출 업무는 시청 1층에 마련되는 임시 창구에서 이뤄지며 운영 시간은 기존과 같다.",
    ],
}

#: (language, furniture): one page per case; the lines are put around and between the article's sentences. One long
#: notice a page at most, beside short prompts: notices that hold half of a page's prose-like text stay (the guard).
CASES = [
    # editorial notices and disclaimers
    ("en", ["Views expressed are personal", "Did you like this article?", "Join the WhatsApp channel"]),
    (
        "en",
        [
            "The views expressed in this article are the author's own and do not necessarily reflect Al Jazeera's "
            "editorial stance.",
            "Rate this story",
        ],
    ),
    ("ru", ["Мнение редакции может не совпадать с мнением автора.", "Понравилась статья?", "Оцените материал"]),
    ("ru", ["Точка зрения автора может не совпадать с позицией редакции.", "Поделитесь мнением в комментариях"]),
    ("uk", ["Думка редакції може не збігатися з думкою автора.", "Сподобалася стаття?", "Оцініть статтю"]),
    ("kk", ["Автордың пікірі редакция көзқарасымен сәйкес келмеуі мүмкін.", "Мақала ұнады ма?"]),
    ("uz", ["Muallifning fikri tahririyat nuqtai nazariga mos kelmasligi mumkin.", "Maqola yoqdimi?"]),
    ("az", ["Məqalədə əks olunan fikirlər müəllifə aiddir.", "Məqalə xoşunuza gəldi?"]),
    ("ka", ["ავტორის აზრი შესაძლოა არ ემთხვეოდეს რედაქციის აზრს.", "მოგეწონათ სტატია?"]),
    ("ar", ["المقالات المنشورة تعبر عن آراء كتّابها ولا تعبر بالضرورة عن رأي الموقع.", "هل أعجبك هذا المقال؟"]),
    ("fa", ["انتشار این یادداشت به معنای تأیید محتوای آن نیست.", "آیا این مطلب برای شما مفید بود؟"]),
    ("ur", ["ادارے کا کالم نگار کی رائے سے متفق ہونا ضروری نہیں۔", "کیا یہ مضمون آپ کو پسند آیا؟"]),
    ("hi", ["इस लेख में व्यक्त किए गए विचार लेखक के निजी हैं।", "क्या यह लेख आपको पसंद आया?"]),
    ("tr", ["Köşe yazısındaki görüşler yazara aittir.", "Bu haberi beğendiniz mi?", "Yorumlarda buluşalım"]),
    ("de", ["Dieser Gastbeitrag gibt die Meinung der Autorin wieder.", "Hat Ihnen dieser Artikel gefallen?"]),
    ("fr", ["Les propos tenus dans cet article n'engagent que leur auteur.", "Vous avez aimé cet article ?"]),
    (
        "es",
        ["Las opiniones expresadas en esta columna son responsabilidad exclusiva de su autor.", "Califica esta nota"],
    ),
    ("pt", ["Este texto não reflete, necessariamente, a opinião do UOL.", "Gostou desta matéria?"]),
    (
        "pl",
        [
            "Felieton wyraża poglądy autora i nie musi odzwierciedlać stanowiska redakcji.",
            "Podobał Ci się ten artykuł?",
        ],
    ),
    ("cs", ["Názor autora se nemusí shodovat s názorem redakce.", "Líbil se vám článek?"]),
    ("bg", ["Позицията на автора може да не съвпада с позицията на редакцията.", "Хареса ли ви статията?"]),
    ("el", ["Οι απόψεις του συντάκτη δεν ταυτίζονται απαραίτητα με αυτές της ιστοσελίδας.", "Σας άρεσε το άρθρο;"]),
    ("ja", ["本記事は筆者個人の見解であり、編集部の見解ではありません。", "この記事はいかがでしたか？"]),
    ("zh", ["本文观点仅代表作者本人，不代表本网立场。", "这篇文章对您有用吗？"]),
    ("ko", ["외부 기고는 본지의 편집 방향과 다를 수 있습니다.", "이 기사가 도움이 되셨나요?"]),
    (
        "id",
        [
            "Tulisan ini adalah opini pribadi penulis dan tidak mewakili pandangan redaksi.",
            "Apakah artikel ini bermanfaat?",
        ],
    ),
    # copy and reprint notices
    ("ru", ["При копировании материалов гиперссылка на источник обязательна.", "Понравился материал?"]),
    ("uk", ["При використанні матеріалів посилання на джерело обов'язкове.", "Чи була стаття корисною?"]),
    ("kk", ["Сайт материалдарын пайдаланғанда сілтеме міндетті.", "Мақаланы бағалаңыз"]),
    ("az", ["Sayt materiallarından istifadə edərkən hiperlink mütləqdir.", "Məqaləni qiymətləndirin"]),
    ("hy", ["Կայքի նյութերն օգտագործելիս ակտիվ հղումը պարտադիր է։", "Հավանեցի՞ք հոդվածը"]),
    ("be", ["Пры капіраванні матэрыялаў гіперспасылка на сайт абавязковая.", "Спадабаўся артыкул?"]),
    ("fa", ["کپی‌برداری از مطالب بدون ذکر منبع ممنوع است.", "به این مقاله امتیاز دهید"]),
    ("tr", ["Bu haberin tüm yayın hakları Anadolu Ajansı'na aittir.", "Bu yazıyı beğendiniz mi?"]),
    ("zh", ["凡本网注明“来源：XXX（非本网）”的作品，均转载自其它媒体。", "给文章打分"]),
    # reader-engagement prompts
    ("en", ["Did you find this article useful?", "Share your thoughts in the comments below", "Got a story tip?"]),
    ("de", ["War der Artikel hilfreich?", "Teilen Sie Ihre Meinung in den Kommentaren", "Beitrag bewerten"]),
    ("es", ["¿Te ha gustado este artículo?", "Deja tu opinión en los comentarios", "¿Te gustó la nota?"]),
    ("it", ["Ti è piaciuto questo articolo?", "Dicci la tua nei commenti", "Lascia la tua opinione nei commenti"]),
    ("nl", ["Vond je dit artikel interessant?", "Laat je mening achter in de reacties", "Was dit artikel behulpzaam?"]),
    ("ro", ["Ți-a plăcut articolul?", "Spune-ți părerea în comentarii", "Evaluează acest articol"]),
    ("uk", ["Пишіть у коментарях", "Поділіться думкою в коментарях"]),
    ("vi", ["Bạn thấy bài viết này thế nào?", "Bài viết thể hiện quan điểm riêng của tác giả."]),
    # channel invitations
    ("en", ["Get the latest news in your inbox", "Join the Telegram channel", "Read us in the app"]),
    ("ru", ["Подпишитесь на Telegram-канал «Городских вестей»", "Больше новостей в Telegram"]),
    ("uk", ["Підпишіться на Telegram-канал «Міських новин»", "Більше новин у Telegram"]),
    ("tr", ["Son dakika haberleri cebinize gelsin", "WhatsApp kanalına katıl"]),
    ("es", ["Únete al canal de WhatsApp", "Recibe las noticias en tu móvil"]),
    ("de", ["Jetzt dem WhatsApp-Kanal folgen", "Die wichtigsten News direkt aufs Handy"]),
]


@kit.each_page(CASES)
def test_pack41_furniture_is_cut(lang: str, chrome: list[str]) -> None:
    kit.assert_cut_between(LONG_ARTICLE.get(lang, kit.ARTICLE[lang]), chrome)


def test_a_copyright_line_under_the_article_goes() -> None:
    """The Korean reprint ban sits inside the copyright line that closes every article."""
    kit.assert_cut_after(LONG_ARTICLE["ko"], "ⓒ 항구일보, 무단전재·재배포 금지", "Share on Facebook")


def test_each_kind_has_its_reason() -> None:
    expected = {
        "legal_footer": [
            "Views expressed are personal",
            "The editorial board may not share the views of the author",
            "Cette tribune n'engage que son auteur",
            "Cette contribution n’engage que son auteur",
            "Köşe yazılarından yazarları sorumludur",
            "ये लेखक के अपने विचार हैं",
        ],
        "widget": ["Did you like this article?", "Понравилась статья?", "Gostou deste artigo?", "本文对您有帮助吗？"],
        "comment_ui": ["Let us know your thoughts in the comments", "Пишите в комментариях", "Signaler une faute"],
        "subscribe_prompt": ["Got a story tip?", "Join the WhatsApp channel", "Більше новин у Telegram"],
        "app_promo": ["Read us in the app", "Читайте нас в приложении"],
    }
    kit.assert_reasons(expected)


@kit.each_line(
    [
        "The views expressed in this article are the author's own and do not necessarily reflect the Courier's.",
        "Мнение колумниста может не совпадать с мнением редакции.",
        "Редакция не несёт ответственности за содержание рекламных объявлений.",
        "При копировании материалов ссылка на «Городские вести» обязательна.",
        "Все права на материалы, опубликованные на сайте, принадлежат ООО «Медиа».",
        "Перепечатка материалов без согласия редакции запрещена.",
        "При використанні матеріалів гіперпосилання на сайт обов’язкове.",
        "Yazıda əks olunan fikirlər müəllifə aiddir.",
        "الآراء المنشورة تعبر عن آراء أصحابها.",
        "نوٹ: ادارے کا لکھاری کی رائے سے متفق ہونا ضروری نہیں۔",
        "Namentlich gekennzeichnete Artikel geben nicht die Meinung der Redaktion wieder.",
        "Os artigos publicados com assinatura não traduzem a opinião do jornal.",
        "Tekst predstavlja lični stav autora i ne odražava nužno stav redakcije.",
        "Kolumnissa esitetyt näkemykset ovat kirjoittajan omia.",
        "외부 칼럼은 본지의 편집 방향과 다를 수 있습니다.",
    ]
)
def test_notice_prefixes_take_their_rest(line: str) -> None:
    kit.assert_prefix(line)


#: Left out on purpose (the README says why): bare headings of documents, a survey's call, a contract's or a book's
#: own sentences, prefixes that open ordinary sentences.
LEFT_OUT = [
    "Tell us your story",
    "Расскажите свою историю",
    "Subscribe to the channel",
    "اشترك في القناة",
    "عضویت در کانال",
    "Chia sẻ ý kiến của bạn",
    "記事の評価",
    "Znalazłeś błąd?",
    "¿Has visto un error?",
    "Hai trovato un errore?",
]


@kit.each_line(LEFT_OUT)
def test_left_out_forms_are_no_phrases(line: str) -> None:
    kit.assert_no_phrase(line)


@kit.each_line(
    [
        "All rights to the materials belong to the Licensor.",
        "The editorial board may not share its deliberations with the public.",
        "Материалдарды пайдаланған кезде оқушылардың жас ерекшелігін ескеру қажет.",
        "Der Text gibt die Meinung der Mehrheit wieder.",
        "Artiklen er udtryk for en bredere tendens.",
        "لا يجوز نسخ أو إعادة نشر أي جزء من هذا الكتاب دون إذن خطي من الناشر.",
        "הדברים משקפים את דעת הרוב בוועדה.",
        "ادارے کا سربراہ پیر کو مستعفی ہو گیا۔",
        "Stavovi izneseni u ovom tekstu osobni su stavovi autora.",
        "Opinie wyrażone w tekście są prywatnymi opiniami autora.",
    ]
)
def test_prefixes_left_out_stay(line: str) -> None:
    kit.assert_no_prefix(line)
    kit.assert_no_phrase(line)


#: Chrome-free documents whose sentences share the pack's words: they come out unchanged.
NEGATIVE = [
    (
        "English meeting minutes",
        "The editorial board may not share its deliberations with the public until the vote.\n"
        "Opinions expressed by residents at the meeting varied widely.\n"
        "The next meeting will be held in the library on the first Monday of March.",
    ),
    (
        "Russian library rules",
        "При копировании материалов из фонда читатели заполняют бланк заказа.\n"
        "Редакция газеты «Городские вести» переехала в новое здание на набережной.\n"
        "Мнения жителей на публичных слушаниях разделились.",
    ),
    (
        "Turkish news report",
        "Belediye, parkın izin alınmadan kullanılamayacağını açıkladı.\n"
        "Köşe yazarı Ayşe Demir, yazısında kentin ulaşım sorunlarını ele aldı.\n"
        "Toplantı gelecek hafta yeniden yapılacak.",
    ),
    (
        "Arabic book front matter",
        "الطبعة الأولى، القاهرة، ألفان وعشرون.\n"
        "لا يجوز نسخ أو إعادة نشر أي جزء من هذا الكتاب دون إذن خطي من الناشر.\n"
        "صدر هذا الكتاب بدعم من وزارة الثقافة.",
    ),
]


@kit.each_document(NEGATIVE)
def test_chrome_free_documents_stay(name: str, text: str) -> None:
    kit.assert_kept(text)


def test_the_pack_file_is_in_the_lexicon() -> None:
    """Every phrase of the pack's JSON is in its file, as the apply script put it there."""
    assert kit.phrases_missing("lexicon-pack41") == []
