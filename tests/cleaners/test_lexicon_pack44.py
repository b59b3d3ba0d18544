"""Interface pack 44: families of interface strings written across many languages (video and audio player errors
and buttons, "was this helpful?" widgets, save / pin / bookmark buttons, "article continues after the ad" markers,
"more events / more recipes" list headings and "all recipes / all videos" buttons, and the gendered, plural and
regional imperatives of "read also").

The phrases are kept in `benchmarks/data/lexicon-pack44.json`, applied by `benchmarks/apply_lexicon_pack.py`. Each
page is the language's invented article from `tests/cleaners/lexicon_packs.py` with the strings around and between
its sentences: the strings go, every sentence stays. Every phrase of the pack is checked so, one at a time, between
the first and the second sentence; sentences that share the phrases' words, and the forms left out on purpose, stay.
"""

from __future__ import annotations

from tests.cleaners import lexicon_packs as kit

#: (language, interface strings): one page per case, a few of each family.
CASES = [
    # video and audio players
    ("sk", ["Video sa nepodarilo načítať. Skúste obnoviť stránku.", "Vypočuť si epizódu"]),
    ("tl", ["Ang video na ito ay hindi available sa inyong lugar.", "Hindi ma-load ang video"]),
    ("de", ["Das Video konnte nicht geladen werden", "Folge anhören"]),
    ("ru", ["Не удалось загрузить видео", "Видео недоступно в вашей стране", "Слушать эпизод"]),
    ("et", ["Videot ei õnnestunud laadida", "Kuula saadet"]),
    ("zh", ["视频加载失败", "该视频在您所在的地区不可用"]),
    # "was this helpful?" widgets
    ("ru", ["Полезен ли отзыв?", "Была ли статья полезной?"]),
    ("en", ["Was this article helpful?", "Was this review helpful?", "Did you find this article helpful?"]),
    ("fr", ["Cet article vous a-t-il été utile ?", "Cet avis vous a-t-il été utile ?"]),
    ("sv", ["Var den här artikeln till hjälp?", "Var recensionen till hjälp?"]),
    ("ar", ["هل كان هذا المقال مفيدًا؟", "هل وجدت هذا المقال مفيدا؟"]),
    # save, pin and bookmark buttons
    ("en", ["Pin this recipe for later!", "Save to Pinterest", "Bookmark this article"]),
    ("el", ["Αποθήκευσε στο Pinterest!", "Αποθήκευση στο Pinterest"]),
    ("da", ["Gem på Pinterest", "Gem opskriften", "Føj til favoritter"]),
    ("fr", ["Épinglez cette recette", "Enregistrer sur Pinterest"]),
    # advertisement markers
    ("it", ["Annuncio pubblicitario", "Il video non è disponibile nel tuo paese"]),
    ("nl", ["Het artikel gaat verder onder de advertentie", "Bewaar op Pinterest"]),
    ("hu", ["Cikk folytatása a hirdetés után", "Hasznos volt ez a cikk?"]),
    ("ar", ["تابع القراءة بعد الإعلان", "تعذّر تحميل الفيديو"]),
    # list headings and buttons
    ("sv", ["Fler evenemang", "Alla recept"]),
    ("de", ["Weitere Veranstaltungen", "Alle Rezepte anzeigen", "Alle Videos"]),
    ("lt", ["Daugiau renginių", "Visi receptai", "Visos laidos"]),
    ("es", ["Más eventos", "Ver todas las recetas"]),
    ("ja", ["その他のイベント", "すべてのレシピ"]),
]


@kit.each_page(CASES)
def test_pack44_interface_strings_are_cut(lang: str, chrome: list[str]) -> None:
    kit.assert_cut_between(kit.ARTICLE[lang], chrome)


@kit.each_by_lang(("lang", "line"), kit.pack_lines("lexicon-pack44"), 32)
def test_every_phrase_of_the_pack_is_cut_between_sentences(lang: str, line: str) -> None:
    kit.assert_cut_inside(kit.ARTICLE[lang], line, 1)


def test_each_family_has_its_reason() -> None:
    kit.assert_reasons(
        {
            "player_ui": [
                "Video se nepodařilo načíst",
                "Ang video na ito ay hindi available sa inyong lugar.",
                "Kuula saadet",
            ],
            "widget": ["Полезен ли отзыв?", "Was this article helpful?", "War dieser Artikel hilfreich?"],
            "share_buttons": ["Pin this recipe for later!", "Αποθήκευσε στο Pinterest!", "Salva su Pinterest"],
            "ad_marker": ["Annuncio pubblicitario", "Weiter nach der Anzeige", "Tęsinys po reklamos"],
            "related_header": ["Fler evenemang", "Mehr Rezepte", "Más eventos", "更多活动"],
            "navigation": ["Alle Rezepte", "See all episodes", "Visi renginiai", "كل الوصفات"],
        }
    )


def test_read_also_imperatives_open_a_line() -> None:
    """Feminine and plural imperatives ("اقرئي", "اقرؤوا", "קראי"), the familiar and the voseo forms ("Читай",
    "Lê", "Leé", "Lest"): a label before a headline, no whole-line phrase."""
    kit.assert_prefix_only(
        "اقرئي أيضاً: أسرار خبز الطابونة في البيت",
        "اقرؤوا أيضا: المكتبة الجديدة تفتح أبوابها",
        "קראי גם: הספרייה עוברת לבניין העירייה",
        "Читай также: Мост закроют на два месяца",
        "Lê também: Biblioteca muda-se para a câmara",
        "Leé también: La biblioteca se muda al municipio",
        "Lest auch: Die Bibliothek zieht ins Rathaus",
    )


#: Left out on purpose (the README says why): "other events / other recipes" where the language also says "more"
#: (a report's or a chronicle's own section), "further actions" in Czech, "all programmes" in Hungarian, the bare
#: "try refreshing the page" (a help page's step) and the thanks a reader's feedback gets (an author's reply).
LEFT_OUT = [
    "Autres événements",
    "Otros eventos",
    "Другие события",
    "Inne wydarzenia",
    "Další akce",
    "Összes program",
    "Try refreshing the page",
    "Spróbuj odświeżyć stronę",
    "¡Gracias por tu opinión!",
]


@kit.each_line(LEFT_OUT)
def test_left_out_forms_are_no_phrases(line: str) -> None:
    kit.assert_no_phrase(line)


#: Chrome-free documents whose sentences share the pack's words: they come out unchanged.
NEGATIVE = [
    (
        "English council report",
        "The video could not be loaded onto the old projector, so the councillors watched the slides instead.\n"
        "More events are planned for the spring, the organisers said.\n"
        "Whether the article was helpful to the volunteers, the survey will tell, the chair said.",
    ),
    (
        "German club newsletter",
        "Weitere Veranstaltungen zum Jubiläum plant der Verein erst im Frühjahr.\n"
        "Alle Rezepte aus dem Backkurs hat die Leiterin in einem Heft gesammelt.\n"
        "Das Video konnte nicht geladen werden, weil das Netz im Saal zu schwach war.",
    ),
    (
        "Swedish library notice",
        "Fler evenemang planeras under våren, säger arrangören.\n"
        "Läs också bibliotekets nya regler innan du lånar.\n"
        "Var den här artikeln till hjälp för läsarna? Det vet vi först i vår.",
    ),
    (
        "Russian review column",
        "Видео недоступно в вашей стране, если вы смотрите его без подписки, объяснил представитель сервиса.\n"
        "Полезен ли отзыв покупателя, решают сами читатели, считает автор.\n"
        "Читай также объявления на доске у входа в библиотеку.",
    ),
    (
        "Arabic school letter",
        "اقرئي أيضاً شروط التسجيل قبل زيارة المكتبة يا سارة.\n"
        "وقالت المعلمة إن هذا المقال كان مفيدا للطلاب في الصف الخامس.\n"
        "تعذر تحميل الفيديو في القاعة بسبب ضعف الشبكة.",
    ),
]


@kit.each_document(NEGATIVE)
def test_chrome_free_documents_stay(name: str, text: str) -> None:
    kit.assert_kept(text)


def test_the_pack_file_is_in_the_lexicon() -> None:
    assert kit.phrases_missing("lexicon-pack44") == []
