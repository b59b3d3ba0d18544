"""Interface pack 45: families of interface strings written across many languages (donation and membership
pitches, app download prompts, newsletter sign-up boxes, comment and forum furniture, recipe and article tools,
cookie-consent buttons and paywall one-liners).

The phrases are kept in `benchmarks/data/lexicon-pack45.json`, applied by `benchmarks/apply_lexicon_pack.py`. Each
page is the language's invented article from `tests/cleaners/lexicon_packs.py` with the strings around and between
its sentences: the strings go, every sentence stays. Every phrase of the pack is checked so, one at a time, between
the first and the second sentence; sentences that share the phrases' words, and the forms left out on purpose, stay.
"""

from __future__ import annotations

from tests.cleaners import lexicon_packs as kit

#: (language, interface strings): one page per case, a few of each family.
CASES = [
    # donation and membership pitches
    ("en", ["Support our journalism", "Donate today"]),
    ("de", ["Unterstützer werden"]),
    ("pl", ["Zero spamu, możesz wypisać się w każdej chwili", "Zainstaluj aplikację"]),
    ("hu", ["Támogasd a munkánkat"]),
    ("zh", ["支持我们", "成为会员"]),
    # app download prompts
    ("en", ["Get the app", "Install our app"]),
    ("sv", ["Ladda ned appen", "Installera appen"]),
    ("ja", ["アプリをインストール", "アプリで見る"]),
    # newsletter sign-up boxes
    (
        "ru",
        ["Подпишитесь на рассылку", "Ваш адрес электронной почты", "Никакого спама, отписаться можно в любой момент"],
    ),
    ("nl", ["Jouw e-mailadres", "Geen spam, altijd opzegbaar"]),
    ("tr", ["E-bültene abone olun", "E-posta adresini gir"]),
    ("id", ["Berlangganan newsletter", "Tanpa spam, berhenti berlangganan kapan saja"]),
    # comment and forum furniture
    ("cs", ["Napište komentář", "Seřadit podle: Nejnovější", "Přihlaste se pro přidání komentáře"]),
    ("ko", ["댓글 작성", "첫 댓글을 남겨주세요"]),
    ("ar", ["اكتب تعليقاً", "يجب عليك تسجيل الدخول لنشر تعليق"]),
    ("uk", ["Залиште коментар", "Приховати відповіді"]),
    # recipe and article tools
    ("hu", ["Tovább a recepthez", "Értékelje a receptet"]),
    ("uk", ["До рецепта", "Друкувати рецепт"]),
    ("it", ["Ascolta la notizia"]),
    # consent buttons and paywall one-liners
    ("pt", ["Aceitar e fechar", "Já é assinante? Faça seu login", "Exclusivo para subscritores"]),
    ("de", ["Akzeptieren und schließen", "Dieser Inhalt ist exklusiv für Abonnenten"]),
    ("vi", ["Chấp nhận và đóng", "Dành riêng cho hội viên"]),
]


@kit.each_page(CASES)
def test_pack45_interface_strings_are_cut(lang: str, chrome: list[str]) -> None:
    kit.assert_cut_between(kit.ARTICLE[lang], chrome)


@kit.each_by_lang(("lang", "line"), kit.pack_lines("lexicon-pack45"), 32)
def test_every_phrase_of_the_pack_is_cut_between_sentences(lang: str, line: str) -> None:
    kit.assert_cut_inside(kit.ARTICLE[lang], line, 1)


def test_each_family_has_its_reason() -> None:
    kit.assert_reasons(
        {
            "subscribe_prompt": ["Подпишитесь на рассылку", "Jouw e-mailadres"],
            "app_promo": ["Get the app", "Ladda ned appen", "アプリをインストール"],
            "comment_ui": ["Napište komentář", "댓글 작성", "Приховати відповіді"],
            "login_prompt": ["Přihlaste se pro přidání komentáře", "Hesabın var mı? Giriş yap"],
            "navigation": ["Tovább a recepthez", "До рецепта"],
            "widget": ["Értékelje a receptet"],
            "player_ui": ["Ascolta la notizia"],
            "cookie_notice": ["Akzeptieren und schließen", "Chấp nhận và đóng"],
            "paywall_notice": ["Exclusivo para subscritores", "Dieser Inhalt ist exklusiv für Abonnenten"],
        }
    )


#: Left out on purpose (the README says why): "reply", "report" and "quote" where the word is also a noun that heads
#: a document's section (an FAQ's answers, a report, a citation), bare sort tabs ("Newest"), "customise" and "save
#: settings" (a manual's or a README's heading), first-person consent and support buttons a forum reply or a dialogue
#: prints as a line of its own, bare "donation" nouns and "read aloud" nouns.
LEFT_OUT = [
    "Jelentés",
    "Antwoord",
    "Svar",
    "Απάντηση",
    "Newest",
    "Más recientes",
    "Oplæsning",
    "Customize",
    "Einstellungen speichern",
    "I agree",
    "Souhlasím",
    "Je soutiens",
    "捐款",
    "Felolvasás",
    "Báo cáo",
]


@kit.each_line(LEFT_OUT)
def test_left_out_forms_are_no_phrases(line: str) -> None:
    kit.assert_no_phrase(line)


#: Chrome-free documents whose sentences share the pack's words: they come out unchanged.
NEGATIVE = [
    (
        "English parish notice",
        "Volunteers who want to become a supporter of the food bank can sign up at the parish office.\n"
        "We will buy us a coffee machine for the hall once the roof is paid for, the treasurer said.\n"
        "The council asked residents to install the app before the bin collection changes in March.",
    ),
    (
        "German club letter",
        "Wer Unterstützer werden will, meldet sich bis Freitag beim Vorstand.\n"
        "Die Kinder haben die Nachbarn mit dem Erlös aus dem Basar zu einem Kaffee eingeladen.\n"
        "Die neuen Regeln akzeptieren und schließen damit eine lange Debatte ab, sagte die Vorsitzende.",
    ),
    (
        "Russian school note",
        "Подпишитесь на рассылку школы у классного руководителя, если хотите получать расписание.\n"
        "Оставьте комментарий в дневнике, если ребёнок пропустит занятие.\n"
        "Никакого спама родители не получат, пообещал директор.",
    ),
    (
        "Hungarian kitchen column",
        "Tovább a recepthez csak akkor lépjünk, ha a tészta már megkelt.\n"
        "Értékelje a receptet a család, ez a legjobb próba, írja a szerző.\n"
        "Hívj meg egy kávéra valamikor, írta a barátnőm a levél végén.",
    ),
]


@kit.each_document(NEGATIVE)
def test_chrome_free_documents_stay(name: str, text: str) -> None:
    kit.assert_kept(text)


def test_the_pack_file_is_in_the_lexicon() -> None:
    assert kit.phrases_missing("lexicon-pack45") == []
