"""Interface pack 37: social follow and self-promotion lines, donation and membership appeals, shop and classified
furniture, recipe, how-to and review furniture.

Follow and share lines as blogs, news sites and NGOs print them ("Folge mir auf Pinterest", "Seguici su Twitter",
"Подпишитесь на наш канал на YouTube", "长按二维码关注", "Bu yazıyı beğendiyseniz paylaşın"), donation buttons and
subscriber log-in lines ("Einmalig spenden", "Faire un don mensuel", "Ryhdy kuukausitukijaksi", "¿Ya eres socio? Inicia
sesión", "Вже є підписка? Увійти"), shop and classified buttons ("Nachricht an Anbieter", "Poslat zprávu prodejci",
"Купить в один клик", "Zakup potwierdzony", "판매자에게 메시지 보내기", and the ad-number prefixes "Réf. de l'annonce :",
"Ref. del anuncio:") and recipe and review furniture ("Přeskočit na recept", "Har du lagat receptet?", "Was this
helpful?", "Oliko tästä apua?", "本文对您有帮助吗？").
The pack's phrases are kept in `benchmarks/data/lexicon-pack37.json`, applied by `benchmarks/apply_lexicon_pack.py`.

Each page here is invented: an article of three sentences with the furniture around and between them. The furniture
goes, every article sentence stays; sentences that share the phrases' words, and the forms left out on purpose, stay.
"""

from __future__ import annotations

import pytest

from tests.cleaners import lexicon_packs as kit

#: (language, furniture): one page per case; the lines are put around and between the article's sentences.
CASES = [
    # social follow, self-promotion and share lines
    ("en", ["Never miss a post", "Follow us on Instagram", "If you enjoyed this post, please share it"]),
    ("de", ["Folge mir auf Pinterest", "Abonniere meinen Newsletter", "Teile diesen Beitrag"]),
    ("fr", ["Suivez-moi sur Instagram", "Ne ratez aucun article", "Si cet article vous a plu, partagez-le"]),
    ("es", ["Sígueme en Pinterest", "Suscríbete a mi boletín", "¿Te gustó este artículo? ¡Compártelo!"]),
    ("it", ["Seguici su Twitter", "Iscriviti alla mia newsletter", "Ti è piaciuto l'articolo? Condividilo"]),
    ("nl", ["Volg ons op Instagram", "Schrijf je in voor mijn nieuwsbrief", "Deel dit recept"]),
    ("ru", ["Подпишитесь на наш канал на YouTube", "Понравилась статья? Поделитесь с друзьями!"]),
    ("uk", ["Слідкуйте за нами в Instagram", "Сподобалась стаття? Поділіться з друзями"]),
    ("tr", ["Bizi Instagram'da takip edin", "Bu yazıyı beğendiyseniz paylaşın"]),
    ("ja", ["ブログランキングに参加しています", "応援クリックお願いします", "記事が気に入ったらシェアをお願いします"]),
    ("zh", ["长按二维码关注", "觉得不错，请点赞和在看", "喜欢这篇文章吗？请分享给你的朋友"]),
    ("ko", ["구독 좋아요 알림설정", "이 글이 도움이 되셨다면 공감 부탁드립니다", "이 글 공유하기"]),
    ("hu", ["Lájkolj minket a Facebookon", "Tetszett a cikk? Oszd meg ismerőseiddel"]),
    ("ar", ["تابعونا على منصة إكس", "تابعوا قناتنا على واتساب"]),
    ("hi", ["हमें X पर फॉलो करें", "हमारे WhatsApp चैनल को फॉलो करें"]),
    # donation and membership appeals, subscriber log-in lines
    ("de", ["Einmalig spenden", "Jeder Euro hilft", "Schon Abonnent? Hier einloggen"]),
    ("fr", ["Faire un don mensuel", "Chaque don compte", "Soutenez-nous dès 1 €"]),
    ("es", ["Haz una donación puntual", "¿Ya eres socio? Inicia sesión"]),
    ("pl", ["Wesprzyj teraz", "Każda złotówka się liczy", "Masz już prenumeratę? Zaloguj się"]),
    ("fi", ["Ryhdy kuukausitukijaksi", "Jokainen euro auttaa", "Oletko jo tilaaja? Kirjaudu"]),
    ("cs", ["Přispět jednorázově", "Přispívat pravidelně", "Máte již předplatné? Přihlaste se"]),
    ("ja", ["今回のみ寄付する", "毎月寄付する", "すでに購読している方はログイン"]),
    ("ko", ["지금 후원하기", "여러분의 후원이 큰 힘이 됩니다"]),
    ("ro", ["Susține-ne acum", "Orice donație contează"]),
    ("vi", ["Ủng hộ hàng tháng", "Ủng hộ một lần"]),
    # shop and classified furniture
    ("en", ["Message seller", "Reply to ad", "Customers who bought this item also bought"]),
    ("de", ["Nachricht an Anbieter", "Suchauftrag speichern", "inkl. MwSt., zzgl. Versandkosten"]),
    ("cs", ["Poslat zprávu prodejci", "Přidat do seznamu přání", "Ověřený nákup"]),
    ("ru", ["Купить в один клик", "Покупка подтверждена", "Отзыв полезен?"]),
    ("pl", ["Do koszyka", "Kontakt ze sprzedającym", "Zakup potwierdzony"]),
    ("sv", ["Anmäl annons", "Bevaka sökning", "Verifierat köp"]),
    ("zh", ["加入購物車", "给卖家发消息", "相似广告"]),
    ("ko", ["판매자에게 메시지 보내기", "검색 조건 저장", "재입고 알림 신청"]),
    ("lt", ["Įdėti į krepšelį", "Išsaugoti paiešką", "Parašyti atsiliepimą"]),
    ("af", ["Voeg by trollie", "Rapporteer advertensie", "Soortgelyke advertensies"]),
    ("sw", ["Ongeza kwenye kikapu", "Matangazo yanayofanana"]),
    # recipe, how-to and review furniture
    ("en", ["Was this helpful?", "Did you like this recipe?", "Sort reviews by"]),
    ("cs", ["Přeskočit na recept", "Pomohl vám tento článek?"]),
    ("sv", ["Har du lagat receptet?", "Var detta till hjälp?", "Tagga oss på Instagram"]),
    ("fi", ["Arvostele resepti", "Oliko tästä apua?"]),
    ("ca", ["Ves a la recepta", "Valora aquesta recepta", "Has fet aquesta recepta?"]),
    ("zh", ["跳至食譜", "保存菜谱", "本文对您有帮助吗？"]),
    ("ja", ["レシピを保存する", "つくれぽを送る", "この記事は参考になりましたか？"]),
    ("et", ["Prindi retsept", "Kas sellest oli abi?"]),
    ("he", ["האם הכתבה עזרה לך?", "שמור חיפוש"]),
]


@kit.each_page(CASES)
def test_pack37_furniture_is_cut(lang: str, chrome: list[str]) -> None:
    kit.assert_cut_between(kit.ARTICLE[lang], chrome)


@pytest.mark.parametrize(
    ("lang", "line"),
    [("en", "Follow us on Instagram"), ("es", "Síguenos en TikTok"), ("nl", "Volg ons op LinkedIn")],
)
def test_follow_lines_go_alone(lang: str, line: str) -> None:
    """A follow line that only a prefix matched stayed on a page with no other chrome; as a whole line it goes."""
    kit.assert_cut_inside(kit.ARTICLE[lang], line, at=1)


def test_each_kind_has_its_reason() -> None:
    expected = {
        "subscribe_prompt": [
            "Never miss a post",
            "Folge uns auf TikTok",
            "Tag ons op Instagram",
            "Einmalig spenden",
            "Faire un don ponctuel",
            "지금 후원하기",
        ],
        "share_buttons": ["If you liked this article, please share it", "Partager cette recette", "Bu yazıyı paylaş"],
        "login_prompt": ["¿Ya eres socio? Inicia sesión", "Вже є підписка? Увійти", "Juba tellija? Logi sisse"],
        "widget": [
            "Verified purchase",
            "Missbrauch melden",
            "Купить в один клик",
            "Was this helpful?",
            "Hast du das Rezept nachgemacht?",
            "Bu yazı işinize yaradı mı?",
        ],
        "navigation": ["Přeskočit na recept", "Ves a la recepta", "跳至食譜"],
    }
    kit.assert_reasons(expected)


def test_ad_number_prefixes_take_the_number() -> None:
    kit.assert_prefix_only("Réf. de l'annonce : 2876543210", "Ref. del anuncio: 2876543210")


#: Left out on purpose (the README says why): README badges and sponsor lines, donation tabs as nouns, free-delivery
#: labels, stock labels pack 27 left out, and lines a document prints alone.
LEFT_OUT = [
    "Support me on Patreon",
    "Follow me on Twitter",
    "Every contribution helps",
    "Subscribe via email",
    "Unterstütze mich auf Patreon",
    "赞赏作者",
    "Donación mensual",
    "Jednorázový dar",
    "Разовое пожертвование",
    "毎月の寄付",
    "Free shipping",
    "Kostenloser Versand",
    "Livraison gratuite",
    "Sin stock",
    "在庫あり",
    "Stok habis",
    "Show number",
    "Mostrar número",
    "Did you make this?",
    "Not helpful",
    "Non disponibile",
    "Disponibilità immediata",
    "现货",
]


@kit.each_line(LEFT_OUT)
def test_left_out_forms_are_no_phrases(line: str) -> None:
    kit.assert_no_phrase(line)


#: Chrome-free documents whose sentences share the pack's words: they come out unchanged.
NEGATIVE = [
    (
        "English charity letter",
        "Thank you for your donation to the harbour fund last spring.\n"
        "Your gift helped us rebuild the old stone pier before the winter storms.\n"
        "We will send you a report on the work in October.",
    ),
    (
        "German recipe",
        "Für den Teig die Butter mit dem Zucker schaumig rühren.\n"
        "Das Rezept stammt von meiner Großmutter, die es jeden Sonntag gebacken hat.\n"
        "Den Kuchen nach dem Backen eine Stunde abkühlen lassen.",
    ),
    (
        "Spanish notice",
        "El ayuntamiento ha publicado un anuncio sobre las nuevas ayudas al comercio local.\n"
        "Los vendedores del mercado podrán solicitarlas hasta el 30 de junio.\n"
        "La información está disponible en la oficina de atención al ciudadano.",
    ),
    (
        "Polish report",
        "Fundacja zebrała w zeszłym roku darowizny od ponad dwóch tysięcy osób.\n"
        "Wpłaty jednorazowe stanowiły większość przychodów.\n"
        "Sprawozdanie finansowe zostanie opublikowane w maju.",
    ),
]


@kit.each_document(NEGATIVE)
def test_chrome_free_documents_stay(name: str, text: str) -> None:
    kit.assert_kept(text)


def test_the_pack_file_is_in_the_lexicon() -> None:
    """Every phrase of the pack's JSON is in its file, as the apply script put it there."""
    assert kit.phrases_missing("lexicon-pack37") == []
