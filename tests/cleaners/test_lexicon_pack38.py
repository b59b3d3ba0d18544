"""Interface pack 38: the localized strings of publishing platforms.

Blogger's post footer, pager and sidebar ("Mensagem mais recente Mensagem antiga Página inicial", "Neuerer Post Älterer
Post Startseite", "Subscrever: Enviar comentários (Atom)", "Com tecnologia do Blogger.", "Afficher mon profil
complet"), WordPress core, its default themes and Jetpack ("Beitragsnavigation", "Stolz präsentiert von WordPress",
"Fai clic per condividere su Twitter (Si apre in una nuova finestra)", "Bądź pierwszą osobą, która to polubi."),
comment and forum software (Disqus, phpBB, vBulletin, XenForo, Discourse, SMF, MyBB) and newsletter and site builders
(Substack, Medium, Ghost, Wix, Squarespace, Tumblr).
The pack's phrases are kept in `benchmarks/data/lexicon-pack38.json`, applied by `benchmarks/apply_lexicon_pack.py`.

Each page here is invented: an article of three sentences with the furniture around and between them. The furniture
goes, every article sentence stays; sentences that share the phrases' words, and the forms left out on purpose, stay.
"""

from __future__ import annotations

import pytest

from tests.cleaners import lexicon_packs as kit

#: (language, furniture): one page per case; the lines are put around and between the article's sentences.
CASES = [
    # Blogger: post footer, pager, feed links, sidebar and attribution
    ("en", ["Newer Post Older Post Home", "Search This Blog", "Get link"]),
    ("pt", ["Mensagem mais recente Mensagem antiga Página inicial", "Subscrever: Enviar comentários (Atom)"]),
    ("pt", ["Mensagem mais recente", "Enviar um comentário", "Com tecnologia do Blogger."]),
    ("pt", ["Partilhar no Facebook", "Arquivo do blogue", "Ver o meu perfil completo"]),
    ("pt", ["Postagem mais recente Postagem mais antiga Página inicial", "Postagens populares", "Pesquisar este blog"]),
    ("es", ["Entrada más reciente Entrada antigua Página principal", "Suscribirse a: Entradas (Atom)"]),
    ("fr", ["Article plus récent Article plus ancien Accueil", "Inscription à : Articles (Atom)"]),
    ("de", ["Neuerer Post Älterer Post Startseite", "Abonnieren Posts (Atom)", "Mein Profil vollständig anzeigen"]),
    ("it", ["Post più recente Post più vecchio Home page", "Etichette: ricette, viaggi", "Lettori fissi"]),
    ("nl", ["Nieuwere post Oudere post Homepage", "Populaire posts", "Deze blog doorzoeken"]),
    ("pl", ["Nowszy post Starszy post Strona główna", "Popularne posty", "Szukaj na tym blogu"]),
    ("ru", ["Постоянные читатели", "Популярные сообщения", "Поиск по этому блогу"]),
    ("cs", ["Novější příspěvek Starší příspěvek Domovská stránka", "Hledat v tomto blogu"]),
    ("tr", ["Sonraki Kayıt Önceki Kayıt Ana Sayfa", "Popüler Yayınlar", "Bu Blogda Ara"]),
    ("id", ["Posting Lebih Baru Posting Lama Beranda", "Postingan Populer", "Cari Blog Ini"]),
    ("ja", ["次の投稿 前の投稿 ホーム", "人気の投稿", "このブログを検索"]),
    ("zh", ["较新的博文 较早的博文 主页", "热门博文", "搜尋此網誌"]),
    ("ko", ["최근 게시물 이전 게시물 홈", "인기 게시물", "이 블로그 검색"]),
    ("sv", ["Nyare inlägg Äldre inlägg Startsida", "Populära inlägg", "Sök i den här bloggen"]),
    ("el", ["Νεότερη ανάρτηση Παλαιότερη Ανάρτηση Αρχική σελίδα", "Δημοφιλείς αναρτήσεις"]),
    ("bg", ["Архив на блога", "Популярни публикации", "Търсене в този блог"]),
    ("hi", ["नई पोस्ट पुरानी पोस्ट मुख्यपृष्ठ", "एक टिप्पणी भेजें", "यह ब्लॉग खोजें"]),
    ("sw", ["Hakuna maoni:", "Chapisha Maoni", "Machapisho Maarufu"]),
    ("tl", ["Mas Bagong Post Mas Lumang Post Home", "Mga Sikat na Post"]),
    # WordPress core, default themes, Jetpack
    ("en", ["Post navigation", "Proudly powered by WordPress", "Recent Comments"]),
    ("de", ["Beitragsnavigation", "Stolz präsentiert von WordPress", "Neueste Kommentare"]),
    ("fr", ["Navigation des articles", "Fièrement propulsé par WordPress", "Commentaires récents"]),
    ("es", ["Haz clic para compartir en Facebook (Se abre en una ventana nueva)", "Comentarios recientes"]),
    ("it", ["Fai clic per condividere su Twitter (Si apre in una nuova finestra)", "Navigazione articoli"]),
    ("pt", ["Deixe uma resposta Cancelar resposta", "Navegação de artigos", "Seja o primeiro a curtir isso."]),
    ("nl", ["Vind-ik-leuk Laden...", "Berichtnavigatie", "Wees de eerste die dit leuk vindt."]),
    ("pl", ["Bądź pierwszą osobą, która to polubi.", "Dumnie wspierane przez WordPress", "Kanał wpisów"]),
    ("ru", ["Лента записей", "Свежие комментарии", "Сайт работает на WordPress"]),
    ("uk", ["Подобається Завантаження...", "Стрічка записів", "Коментарі закриті."]),
    ("sv", ["Dela det här:", "Inläggsnavigering", "Drivs med WordPress"]),
    ("ar", ["تصفّح المقالات", "المقالة السابقة", "أحدث التعليقات"]),
    ("zh", ["文章导航", "自豪地采用WordPress", "近期评论"]),
    ("ja", ["投稿ナビゲーション", "最近のコメント", "クリックして Twitter で共有 (新しいウィンドウで開きます)"]),
    # comment and forum software
    ("en", ["Powered by Disqus", "Delete all board cookies", "Previous topic Next topic"]),
    ("de", ["Diskussion beginnen …", "Deutsche Übersetzung durch phpBB.de", "Forum-Übersicht"]),
    ("es", ["Únete a la conversación…", "Borrar todas las cookies del Sitio", "Mostrar mensajes previos:"]),
    (
        "it",
        [
            "Partecipa alla discussione…",
            "Visualizza ultimi messaggi:",
            "Devi accedere o registrarti per rispondere qui.",
        ],
    ),
    ("pl", ["Dołącz do dyskusji…", "Usuń ciasteczka witryny", "Polski pakiet językowy dostarcza phpBB.pl"]),
    ("ru", ["Присоединиться к обсуждению…", "Удалить cookies конференции", "Поделиться этой страницей"]),
    ("fi", ["Laajenna klikkaamalla...", "Jaa tämä sivu"]),
    ("cs", ["Kliknutím rozbalíte...", "Pro odpověď se musíte přihlásit nebo registrovat."]),
    ("fr", ["Sujets suggérés", "Propulsé par Discourse, le rendu est meilleur avec JavaScript activé"]),
    # newsletter and site builders
    ("en", ["Privacy ∙ Terms ∙ Collection notice", "Share this discussion", "Give a gift subscription"]),
    (
        "en",
        [
            "Recommended from Medium",
            "Read member-only stories",
            "Help Status About Careers Press Blog Privacy Terms Text to speech Teams",
        ],
    ),
    ("en", ["Great! You’ve successfully subscribed.", "Post not marked as liked", "Powered by Squarespace"]),
    ("de", ["Beitrag nicht mit „Gefällt mir“ markiert", "Dieser Beitrag ist nur für Abonnenten"]),
    (
        "fr",
        [
            "Post non marqué comme aimé",
            "Inscrivez-vous avec votre adresse e-mail pour recevoir les actualités et mises à jour.",
        ],
    ),
]


@kit.each_page(CASES)
def test_pack38_furniture_is_cut(lang: str, chrome: list[str]) -> None:
    kit.assert_cut_between(kit.ARTICLE[lang], chrome)


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("pt", "Postado por Maria Santos às 10:42"),
        ("pt", "Publicada por Maria Santos à(s) 10:42"),
        ("es", "Publicado por María Santos en 10:42"),
        ("de", "Eingestellt von Maria Schmidt um 10:42"),
        ("nl", "Gepost door Maria de Vries op 10:42"),
        ("sv", "Upplagd av Anna Svensson kl. 10:42"),
        ("id", "Diposting oleh Siti Rahma di 10.42"),
        ("ko", "게시자: 김민수 시간: 10:42"),
    ],
)
def test_blogger_posted_by_line_is_a_date_line(lang: str, line: str) -> None:
    """Blogger's post footer, "Posted by NAME at TIME": its label is a `[dates] published` label, as "Posted" is."""
    result = kit.assert_cut_inside(kit.ARTICLE[lang], line, at=1)
    assert [r.reason for r in result.removed] == ["date_line"]


def test_each_kind_has_its_reason() -> None:
    expected = {
        "navigation": ["Newer Post Older Post Home", "Mensagem antiga", "Beitragsnavigation", "Forum-Übersicht"],
        "comment_ui": ["Enviar um comentário", "Ierakstīt komentāru", "Diskussion beginnen …"],
        "share_buttons": ["Partilhar no Facebook", "Bądź pierwszą osobą, która to polubi.", "Share Reblog Like"],
        "legal_footer": ["Com tecnologia do Blogger.", "Proudly powered by WordPress", "Powered by Disqus"],
        "related_header": ["Postagens populares", "Recent Comments", "Sujets suggérés"],
        "widget": ["Segnala una violazione", "不正行為を報告"],
        "login_prompt": ["Sie müssen sich anmelden oder registrieren, um hier zu antworten.", "Sign up Sign in"],
        "app_promo": ["Read member-only stories", "Substack is the home for great writing"],
        "paywall_notice": ["This post is for paying subscribers", "Success! Your billing info has been updated."],
    }
    kit.assert_reasons(expected)


@pytest.mark.parametrize(
    ("lang", "form"),
    [
        (
            "ja",
            [
                "コメントを残す",
                "メールアドレスが公開されることはありません。 * が付いている欄は必須項目です",
                "次回のコメントで使用するためブラウザーに自分の名前、メールアドレス、サイトを保存する。",
                "コメントを送信",
            ],
        ),
        (
            "ko",
            [
                "답글 남기기",
                "다음 번 댓글 작성을 위해 이 브라우저에 이름, 이메일, 그리고 웹사이트를 저장합니다.",
                "댓글 달기",
            ],
        ),
        ("zh", ["发表回复", "在此浏览器中保存我的显示名称、邮箱地址和网站地址，以便下次评论时使用。", "发表评论"]),
    ],
)
def test_long_comment_form_lines_go_under_an_article(lang: str, form: list[str]) -> None:
    """The comment form's cookie-consent checkbox in ja, zh and ko: under an article of some length it goes with the
    form (under three short sentences the prose guard holds it, as it holds any cut of most of a page's prose-like
    text)."""
    body = [f"{line} {line}" for _ in range(3) for line in kit.ARTICLE[lang]]
    kit.assert_cut_after(body, *form)


def test_prefixes_take_their_rest() -> None:
    kit.assert_prefix(
        "Subscrever: Mensagens (Atom)",
        "Assinar: Postagens (Atom)",
        "Prenumerera på: Inlägg (Atom)",
        "Verschlagwortet mit Rezepte, Reisen",
        "Contrassegnato da tag ricette, viaggi",
        "Tema Simples. Com tecnologia do Blogger.",
        "Reblogged from janedoe",
        "See all from Jane Doe",
    )


#: Left out on purpose (the README says why): one-word lines and headings of documents, dialogue lines, time-zone
#: notes a schedule prints, help-page steps, and the labels that open prose.
LEFT_OUT = [
    "Archives",
    "Categories",
    "Meta",
    "Followers",
    "Seguidores",
    "Like this:",
    "Tetszik:",
    "Sem comentários:",
    "Yorum Yok:",
    "Skriv svar",
    "Temas relacionados",
    "Páči sa mi to:",
    "J'aime ça :",
    "Понравилось это:",
    "What do you think?",
    "Qu'en pensez-vous ?",
    "Cosa ne pensi?",
    "All times are UTC",
    "Delete cookies",
    "Supprimer les cookies",
    "Forum permissions",
    "We respect your privacy.",
    "Nous respectons votre vie privée.",
    "See All",
    "Voir tout",
    "Text to speech",
    "Acerca de mim",
    "Quem sou eu",
    "Persoane interesate",
    "Start date",
]


@kit.each_line(LEFT_OUT)
def test_left_out_forms_are_no_phrases(line: str) -> None:
    kit.assert_no_phrase(line)


@kit.each_line(
    ["Posted in 1942 to Cairo, he served there.", "Published in 1998 by a small press.", "Tagged as a suspect."]
)
def test_prefixes_left_out_stay(line: str) -> None:
    kit.assert_no_prefix(line)


#: Chrome-free documents whose sentences share the pack's words: they come out unchanged.
NEGATIVE = [
    (
        "English blog essay",
        "I posted a comment on the council's page last week, and the reply came the next day.\n"
        "The newer post office on the high street is older than it looks.\n"
        "Followers of the old recipe say the search for good flour is half the work.",
    ),
    (
        "Portuguese letter",
        "A mensagem mais recente da câmara chegou na segunda-feira.\n"
        "Enviei um comentário sobre o arquivo do blogue da biblioteca, que ainda não foi publicado.\n"
        "A página inicial do projeto mostra as obras de outubro.",
    ),
    (
        "German club notice",
        "Der neuere Beitrag des Vereins wurde am Montag von Maria eingestellt.\n"
        "Die Beitragsnavigation im Archiv ist noch nicht fertig, sagte der Vorstand.\n"
        "Kommentare zum Jahresbericht bitte bis Ende Mai an die Geschäftsstelle.",
    ),
    (
        "Spanish notice",
        "La entrada más reciente al museo está en la calle del Carmen.\n"
        "Los comentarios recientes de los vecinos se publicarán en el boletín.\n"
        "Publicado por primera vez en 1998, el libro se reedita ahora con fotografías nuevas.",
    ),
]


@kit.each_document(NEGATIVE)
def test_chrome_free_documents_stay(name: str, text: str) -> None:
    kit.assert_kept(text)


def test_the_pack_file_is_in_the_lexicon() -> None:
    """Every phrase of the pack's JSON is in its file, as the apply script put it there."""
    assert kit.phrases_missing("lexicon-pack38") == []
