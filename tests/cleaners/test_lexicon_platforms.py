"""Interface strings of community and publishing platforms, in the languages they ship in.

Forum software (phpBB, vBulletin, MyBB, SMF, Invision Community, Discourse, XenForo, Flarum, Discuz!), Q&A sites
(Stack Exchange, Zhihu, Yahoo!知恵袋, Naver 지식iN), comment systems (WordPress core, Disqus, the Facebook plugin, a
site's "log in to comment" prompt), blog and newsletter platforms (Substack, Ghost, Medium, note, Hatena, Habr,
Blogger, LiveJournal, Naver Blog, Tistory), recipe-card buttons, live-blog controls and paywall notices. Their strings
come from the products' own translation files, so one page per family stands for every site that runs the software.

Each page is invented: a few sentences of prose with the platform's chrome around them. The pipeline must cut every
chrome line and keep every sentence; each negative document uses the same words as content (a README, a recipe, a
letter) and must come out unchanged.
"""

from __future__ import annotations

import pytest

import boilerstrip
from boilerstrip.rules.lexicon import interface_line, load_lexicon

#: (page name, lines): each line is ("c", a phrase of the lexicon), ("s", chrome the pipeline knows by its shape: a
#: count, a date) or ("p", prose); the clean text is the prose lines.
Page = tuple[str, list[tuple[str, str]]]

FORUMS: list[Page] = [
    (
        "phpBB en",
        [
            ("c", "Re: Rust on the rear arch of a 1998 estate"),
            ("c", "Post by marek_w » Sat Mar 02, 2024 5:13 pm"),
            ("p", "I sanded the arch back to bare metal last weekend and found the rust had gone through in one spot."),
            (
                "p",
                "A local welder patched it with a square of new steel, and the car passed its inspection on Tuesday.",
            ),
            ("c", "Posts: 412"),
            ("c", "Joined: Sun Jan 12, 2014 9:01 am"),
            ("c", "Top"),
            ("c", "Post Reply"),
            ("c", "Previous topic"),
            ("c", "Next topic"),
            ("c", "Jump to"),
            ("c", "Who is online"),
            ("c", "Users browsing this forum: No registered users and 2 guests"),
        ],
    ),
    (
        "XenForo tr",
        [
            ("c", "Konu sahibi"),
            ("c", "Katılım"),
            ("s", "12 Mart 2019"),
            ("c", "Mesajlar"),
            ("s", "1.204"),
            ("c", "Tepkime puanı"),
            ("s", "388"),
            ("p", "Geçen hafta bahçedeki eski ceviz ağacının altına küçük bir arı kovanı yerleştirdim."),
            ("p", "Arılar ilk günlerde biraz huzursuzdu ama şimdi her sabah çiçeklere düzenli olarak gidiyorlar."),
            ("c", "Genişletmek için tıkla..."),
            ("c", "Cevap yazmak için giriş yapmalı veya kayıt olmalısınız."),
            ("c", "Benzer konular"),
        ],
    ),
    (
        "XenForo vi",
        [
            ("c", "Thảo luận trong 'Xe máy' bắt đầu bởi minhtuan, 4/3/2024."),
            ("c", "Tham gia"),
            ("c", "Bài viết"),
            ("c", "Điểm tương tác"),
            ("p", "Tôi vừa thay bugi và lọc gió cho chiếc xe cũ, máy nổ êm hơn hẳn so với tháng trước."),
            ("p", "Người thợ ở đầu ngõ khuyên nên thay dầu sau mỗi hai nghìn cây số nếu thường chạy trong phố."),
            ("c", "Nhấn để mở rộng..."),
            ("c", "Bạn phải đăng nhập hoặc đăng ký để trả lời bài viết."),
            ("c", "Chủ đề tương tự"),
        ],
    ),
    (
        "phpBB and XenForo, de nl sv",
        [
            ("c", "Mitglieder in diesem Forum: Keine registrierten Benutzer und 1 Gast"),
            ("c", "Zum Erweitern klicken..."),
            ("p", "Wir haben den alten Kachelofen im Herbst vom Schornsteinfeger prüfen lassen."),
            ("p", "Er riet uns, die Dichtung der Ofentür zu erneuern, bevor wir im Winter wieder heizen."),
            ("c", "Ähnliche Themen"),
            ("c", "Dit topic is gesloten"),
            ("c", "Gebruikers op dit forum: Geen geregistreerde gebruikers en 3 gasten"),
            ("c", "Liknande trådar"),
            ("c", "Du måste logga in eller registrera dig för att svara här."),
        ],
    ),
    (
        "Invision and vBulletin en",
        [
            ("c", "Recommended Posts"),
            ("c", "Thread starter"),
            ("p", "The seedlings went into the greenhouse in March and the first tomatoes ripened in late June."),
            ("p", "Next year I will space the plants further apart, because the middle row got too little light."),
            ("c", "Link to comment"),
            ("c", "Share on other sites"),
            ("c", "Create an account or sign in to comment"),
            ("c", "You need to be a member in order to leave a comment"),
            ("c", "Go to topic listing"),
            ("c", "Thread Tools"),
            ("c", "Posting Rules"),
        ],
    ),
    (
        "Discuz! and Zhihu zh",
        [
            ("c", "关注问题"),
            ("c", "写回答"),
            ("c", "邀请回答"),
            ("p", "我们去年在阳台上种了三盆番茄，每天早上浇一次水，夏天一共收了二十多个果子。"),
            ("p", "后来发现底部的叶子容易发黄，剪掉以后植株长得更好，果子也更甜了。"),
            ("c", "328 人赞同了该回答"),
            ("c", "添加评论"),
            ("c", "查看全部 56 个回答"),
            ("c", "本版积分规则"),
        ],
    ),
    (
        "Yahoo!知恵袋 and Naver 지식iN",
        [
            ("c", "ベストアンサー"),
            ("p", "近所の図書館では、古い地図を閲覧するには事前に申し込みが必要だそうです。"),
            ("p", "私は先月電話で予約して、二時間ほどゆっくり資料を見せてもらいました。"),
            ("c", "共感した"),
            ("c", "ナイス！"),
            ("c", "その他の回答（2件）"),
            ("c", "質問者からのお礼コメント"),
            ("c", "나도 궁금해요"),
            ("c", "질문자 채택"),
            ("c", "의견 쓰기"),
        ],
    ),
    (
        "Stack Exchange en",
        [
            ("p", "The service reads its settings once at start-up, so a changed file has no effect until a restart."),
            ("p", "Send the process a hang-up signal instead, and it reloads the file without dropping connections."),
            ("c", "Share Improve this answer Follow"),
            ("c", "Add a comment"),
            ("c", "Your Answer"),
            ("c", "Sign up or log in"),
            ("c", "Post as a guest"),
            ("c", "Required, but never shown"),
            (
                "c",
                "Not the answer you're looking for? Browse other questions tagged linux signals or ask your own question.",
            ),
            ("c", "Hot Network Questions"),
        ],
    ),
]

COMMENTS: list[Page] = [
    (
        "WordPress and Disqus en",
        [
            ("p", "The bridge reopened on Friday after four months of repairs to its steel deck."),
            ("p", "Cyclists now have a separate lane on the northern side, protected by a low concrete kerb."),
            ("c", "Leave a Reply Cancel reply"),
            ("c", "You must be logged in to post a comment."),
            ("c", "Start the discussion…"),
            ("c", "Sort by Best"),
            ("c", "Please enable JavaScript to view the comments powered by Disqus."),
        ],
    ),
    (
        "comment prompts fr es it",
        [
            ("p", "La médiathèque a rouvert ses portes samedi après six mois de travaux d'isolation."),
            ("p", "Les horaires du dimanche sont maintenus jusqu'à la fin de l'année, selon la mairie."),
            ("c", "Connectez-vous pour commenter cet article"),
            ("c", "Vous devez être connecté pour publier un commentaire."),
            ("c", "Inicia sesión para comentar"),
            ("c", "Accedi per commentare"),
        ],
    ),
    (
        "comment prompts sr pl ru",
        [
            ("p", "Gradsko veće usvojilo je u utorak budžet za novu školu posle duge rasprave."),
            ("p", "Radovi bi trebalo da počnu na jesen i trajaće oko dve godine, navodi opština."),
            ("c", "Da biste komentarisali, morate se prijaviti"),
            ("c", "Zaloguj się, aby dodać komentarz"),
            ("c", "Войдите, чтобы оставить комментарий"),
        ],
    ),
]

BLOGS: list[Page] = [
    (
        "Substack and Medium en",
        [
            ("c", "Member-only story"),
            ("c", "Listen"),
            ("p", "Our village bakery switched to a wood-fired oven last spring, and the queue now starts at seven."),
            ("p", "The baker says the new oven uses less energy than the old electric one, once it is hot."),
            ("c", "Restack"),
            ("c", "Discussion about this post"),
            ("c", "Type your email..."),
            ("c", "Blog at WordPress.com."),
        ],
    ),
    (
        "note and Hatena ja",
        [
            ("p", "週末に近くの川沿いを歩いて、桜のつぼみがふくらみ始めているのを見つけました。"),
            ("p", "来週には満開になりそうなので、友人と一緒にお弁当を持って出かける予定です。"),
            ("c", "スキ"),
            ("c", "この記事が気に入ったらチップで応援してみませんか？"),
            ("c", "読者になる"),
            ("c", "引用をストックしました"),
            ("c", "引用するにはまずログインしてください"),
        ],
    ),
    (
        "Habr ru",
        [
            ("c", "Время на прочтение 7 мин"),
            ("c", "Охват и читатели"),
            ("p", "Мы перенесли сборку проекта на новый сервер и сократили время проверки вдвое."),
            ("p", "Главным выигрышем оказался кэш зависимостей, который раньше очищался после каждого запуска."),
            ("c", "Хабы: Программирование, DevOps"),
            ("c", "Редакторский дайджест"),
            ("c", "Присылаем лучшие статьи раз в месяц"),
        ],
    ),
    (
        "Blogger, Naver Blog and Tistory",
        [
            ("p", "Zeszłej zimy odnowiliśmy stary rower po dziadku i teraz jeździmy nim do pracy."),
            ("p", "Najwięcej czasu zajęło nam czyszczenie łańcucha i wymiana zardzewiałych linek hamulcowych."),
            ("c", "Wrzuć na bloga"),
            ("c", "Udostępnij w serwisie Pinterest"),
            ("c", "Etykiety: rower, majsterkowanie"),
            ("c", "Subskrybuj: Komentarze do posta (Atom)"),
            ("c", "Archiwum bloga"),
            ("c", "이웃추가"),
            ("c", "본문 기타 기능"),
        ],
    ),
]

RECIPES_LIVE_PAYWALL: list[Page] = [
    (
        "recipe cards de fr",
        [
            ("c", "Rezept ausprobiert?"),
            ("p", "Den Teig über Nacht im Kühlschrank ruhen lassen, dann wird die Kruste besonders knusprig."),
            ("p", "Am nächsten Morgen den Ofen auf 250 Grad vorheizen und das Brot etwa 40 Minuten backen."),
            ("c", "Vous avez testé cette recette ?"),
            ("c", "Passer à la recette"),
        ],
    ),
    (
        "live blogs en pl de",
        [
            ("c", "Show more updates"),
            ("p", "The council confirmed on Thursday that the night buses will run again from next month."),
            ("p", "Three routes are restored first, and the rest follow once new drivers finish their training."),
            ("c", "Pokaż wcześniejsze wpisy"),
            ("c", "Ältere Einträge laden"),
            ("c", "Load earlier updates"),
        ],
    ),
    (
        "paywalls en es it nl",
        [
            ("p", "The regional airport will add two daily flights to the capital from the spring timetable."),
            ("p", "Airport managers expect about forty thousand extra passengers in the first year."),
            ("c", "Subscribe to keep reading"),
            ("c", "Para seguir leyendo, suscríbete"),
            ("c", "Abbonati per continuare a leggere"),
            ("c", "Lees verder met een abonnement"),
        ],
    ),
]

#: Chrome-free documents that use the platforms' words as content: each must come out unchanged.
NEGATIVE: list[tuple[str, str]] = [
    (
        "forum README",
        "Forum digest\n"
        "The digest lists the threads that got a reply since the last run, newest first.\n"
        "Users who joined before 2020 keep their old reputation, and the top posters are named at the end.\n"
        "A locked topic is skipped; quote blocks are shortened to their first sentence.\n"
        "Messages in other languages are copied without translation.",
    ),
    (
        "forum letter",
        "Who is online matters less to our club than who turns up on Saturday mornings.\n"
        "We joined the regional league in 2019, and since then the posts on our board have doubled.\n"
        "Members who want to reply to the survey can do so until the end of the month.",
    ),
    (
        "Q&A prose",
        "The committee asked every school to improve its answer to the same question about heating costs.\n"
        "Two schools answered within a week; the others asked for more time to check their figures.\n"
        "Zhihu users have long debated how to write a good answer, and many say a short one is best.",
    ),
    (
        "recipe",
        "Rye bread\n"
        "Print the recipe card before you start: the dough needs three rests, and it is easy to lose track.\n"
        "Rate the flour by feel rather than by weight, and keep reading the dough as it rises.\n"
        "Follow the timings for the first loaf; later loaves can be shaped by eye.",
    ),
    (
        "blog README",
        "Static blog generator\n"
        "Posts are written in Markdown and grouped by labels, which also name the archive pages.\n"
        "Readers can follow a blog through its Atom feed, and subscribers get new posts by email.\n"
        "Older posts and newer posts are linked at the foot of each page.\n"
        "Listen mode reads a post aloud with the system voice.",
    ),
]


def _check(lines: list[tuple[str, str]]) -> None:
    text = "\n".join(line for _, line in lines)
    prose = "\n".join(line for kind, line in lines if kind == "p")
    assert boilerstrip.clean(text).text == prose


def _phrase_lines(pages: list[Page]) -> list[str]:
    return [line for _, lines in pages for kind, line in lines if kind == "c"]


@pytest.mark.parametrize("line", _phrase_lines(FORUMS + COMMENTS + BLOGS + RECIPES_LIVE_PAYWALL))
def test_chrome_lines_are_interface_strings(line: str) -> None:
    assert interface_line(line), line


@pytest.mark.parametrize("page", FORUMS, ids=[name for name, _ in FORUMS])
def test_forum_and_qa_chrome_is_cut(page: Page) -> None:
    _check(page[1])


@pytest.mark.parametrize("page", COMMENTS, ids=[name for name, _ in COMMENTS])
def test_comment_system_chrome_is_cut(page: Page) -> None:
    _check(page[1])


@pytest.mark.parametrize(("name", "text"), NEGATIVE, ids=[name for name, _ in NEGATIVE])
def test_chrome_free_documents_stay(name: str, text: str) -> None:
    assert boilerstrip.clean(text).text == text


@pytest.mark.parametrize("page", BLOGS, ids=[name for name, _ in BLOGS])
def test_blog_and_newsletter_chrome_is_cut(page: Page) -> None:
    _check(page[1])


@pytest.mark.parametrize("page", RECIPES_LIVE_PAYWALL, ids=[name for name, _ in RECIPES_LIVE_PAYWALL])
def test_recipe_live_and_paywall_chrome_is_cut(page: Page) -> None:
    _check(page[1])


@pytest.mark.parametrize(
    "line",
    [
        "One blogger likes this.",
        "12 bloggers like this.",
        "Én blogger synes godt om dette.",
        "2 Bloggern gefällt das.",
        "A 3 blogueros les gusta esto.",
        "Piace a 4 blogger.",
        "Eén blogger vindt dit leuk.",
    ],
)
def test_wordpress_like_counts_are_comment_interface(line: str) -> None:
    # The like widget under a WordPress.com post: "Like" over "One blogger likes this." (it names the button's
    # word, so the button alone would read as a heading over its paragraph).
    assert load_lexicon().line_reason(line) == "comment_ui"
    assert load_lexicon().line_reason("The bloggers like this new café by the harbour.") is None
