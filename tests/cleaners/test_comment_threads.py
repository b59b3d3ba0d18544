"""comment_threads: readers' comments under an article go; forum posts, FAQs and refrains stay."""

from __future__ import annotations

import pytest

import boilerstrip
from boilerstrip.cleaners import CommentThreads
from boilerstrip.testing import cuts

ARTICLE = {
    "pt": "A horta na varanda começou com três vasos e hoje ocupa toda a parede que recebe sol pela manhã.",
    "pl": "Zakwas chlebowy potrzebuje ciepła i cierpliwości, a pierwsze bąbelki pojawiają się zwykle po trzech dniach.",
    "no": "Skolebiblioteket har fått nye hyller, og elevene låner nå dobbelt så mange bøker som for to år siden.",
}
THREADS = {
    "pt": "3 comentários\nJuliana disse:\n19 de novembro de 2026 às 09:14\nAqui a hortelã também dominou tudo!\n"
    "Responder\nRoberto S. disse:\n20 de novembro de 2026 às 18:02\nQual terra você usou nos vasos?\nResponder\n",
    "pl": "2 komentarze\nOla pisze:\n17 listopada 2026 o 08:12\nMój zakwas stoi już tydzień i dalej nic.\n"
    "Odpowiedz\nkasia_piecze pisze:\n17 listopada 2026 o 10:40\nSpróbuj postawić słoik na lodówce.\nOdpowiedz\n",
    "no": "Kommentarer (2)\nLogg inn for å kommentere\nTone B., lektor\nFantastisk! Vi kjemper for en halv stilling.\n"
    "Svar\nArne K.\nHvor mye koster et slikt løft for kommunen?\nSvar\n",
}


@pytest.mark.parametrize("lang", sorted(THREADS))
def test_a_comment_thread_under_an_article_is_cut_whole(lang: str) -> None:
    text = (ARTICLE[lang] + "\n") * 3 + THREADS[lang]
    found = cuts(text, CommentThreads())
    assert found == [("comment_thread", THREADS[lang])]


@pytest.mark.parametrize("lang", ["pt", "pl"])
def test_the_pipeline_cuts_the_thread_when_the_page_shows_other_chrome(lang: str) -> None:
    # The thread is a form matched in the text: the gate admits it once the page shows a second witness.
    text = (ARTICLE[lang] + "\n") * 3 + "Facebook\nWhatsApp\n" + THREADS[lang]
    out = boilerstrip.clean(text).text
    assert ARTICLE[lang] in out
    assert not any(line in out for line in THREADS[lang].splitlines()[1:])


COUNTED = {
    "it": "12 commenti\nGiorgioP_71\n1 dicembre 2026 alle 21:05\nFinalmente! Speriamo che gli affitti non siano alti.\n"
    "Rispondi Segnala Mi piace 14\nlucia.borghi\n2 dicembre 2026 alle 08:30\nI prezzi sono nel bando, circa 600 euro.\n"
    "Rispondi Segnala Mi piace 3\n",
    # A log-in prompt and a sort bar between the header and the first comment; a user name with digits.
    "pl": "Komentarze (27)\nDodaj komentarz jako gość lub zaloguj się\nSortuj: najnowsze | najstarsze | najpopularniejsze\n"
    "torunianka88\n01.12.2026, 17:05\nSuper, tylko te 14 zł za godzinę to sporo.\n+12 -3\nOdpowiedz Zgłoś\n"
    "Gość: Marek\n01.12.2026, 17:31\nA w zeszłym roku było 10 zł.\n+5 -1\nOdpowiedz Zgłoś\n",
    "en": "2 Comments\nDana R.\nGreat news for the harbour, finally.\nReply Report Like (7)\n"
    "marco_p\nWill the ferry still stop at Pier 9?\nReply Report Like (0)\n",
}


@pytest.mark.parametrize("lang", sorted(COUNTED))
def test_a_button_row_showing_each_comments_count_is_the_same_button(lang: str) -> None:
    # Each comment's row shows its own number of likes: the rows differ only in the count.
    text = (ARTICLE["pt"] + "\n") * 3 + COUNTED[lang]
    assert cuts(text, CommentThreads()) == [("comment_thread", COUNTED[lang])]


def test_numbered_headings_are_no_button_row() -> None:
    # "Chapter 1", "Chapter 2" differ only in a number too, but no header counts comments above them.
    text = (ARTICLE["pt"] + "\n") * 3 + (
        "Chapter 1\nAnna\nThe ferry left at dawn, as it always did.\nChapter 2\nTom\nThe pier was empty by noon.\nChapter 3\n"
    )
    assert cuts(text, CommentThreads()) == []


def test_a_forum_thread_is_content() -> None:
    posts = (
        "Re: heat pump and old radiators\n2 posts\nmarek_t wrote:\n"
        "My radiators are from 1978 and the pump keeps up down to minus ten.\nQuote\n"
        "beata_k wrote:\nSame here, but we added a fan under the window.\nQuote\n"
    )
    # The posts stay; only their headers go (a user name and the verb of writing: the board's form).
    assert cuts(posts, CommentThreads()) == [("post_header", "marek_t wrote:\n"), ("post_header", "beata_k wrote:\n")]


def test_an_faq_with_a_back_link_under_each_answer_is_content() -> None:
    text = (ARTICLE["pt"] + "\n") * 3 + (
        "Top 2 questions\nHow often should I water basil?\nEvery second day in summer, less in winter.\n"
        "Back to top\nCan mint share a pot?\nNo: it takes over the pot within two months.\nBack to top\n"
    )
    assert cuts(text, CommentThreads()) == []


def test_a_refrain_is_content() -> None:
    verse = (ARTICLE["pl"] + "\n") * 3 + (
        "Part 2\nWe sail at dawn\nthe harbour sleeps\nOh la la\nWe sail at dusk\nthe gulls are still\nOh la la\n"
    )
    assert cuts(verse, CommentThreads()) == []


def test_short_lines_between_earlier_cuts_form_a_block_but_table_rows_do_not() -> None:
    from boilerstrip.cleaners.line_labeller import _chrome_blocks
    from boilerstrip.document import Document
    from boilerstrip.types import PriorCut

    def block(text: str) -> set[int]:
        # An earlier cleaner cut a line at the top and one between the second and third lines.
        second = text.index("\n", text.index("\n") + 1) + 1
        prior = [PriorCut(0, "ui_strings", "share_buttons"), PriorCut(second, "ui_strings", "navigation")]
        return _chrome_blocks(Document(text, prior=prior))

    assert block("Most read\nHarbour gets a new crane\nBridge closed for repairs\n") == {0, 1, 2}
    assert block("| Audio |  |\n| Language | English |\n| Volume | 7 |\n") == set()
    # An article's list, and the heading or the sentence over it, end a block (a menu's bullets hold a word).
    assert block("Ingredients\n- 150 g rolled oats\n- 100 g mixed seeds\n") == set()
    assert block("The plan says, in round numbers:\n1. Roof and frame\n2. Pool technology\n") == set()
    assert block("Menu\n- News\n- Sport\n") == {0, 1, 2}
    # A Japanese list writes its middle dot with no space after it (session nineteen).
    assert block("こんな人におすすめ\n・静かな余韻が好きな人\n・冬の夜に一冊だけ読みたい人\n") == set()
    assert block("メニュー\n・ホーム\n・地図\n") == {0, 1, 2}


def test_comment_time_stamps_do_not_protect_the_thread() -> None:
    # Two clock times opening lines are protected as live-blog stamps; a comment thread's stamps are not.
    article = (ARTICLE["no"] + "\n") * 3
    thread = (
        "Kommentarer (2)\nBirgitta_O\n16.02\nBra att den blir kvar! Men varför stängt på fredagar?\nSvara\n"
        "Tomas K\n16.40\nMin son lånar böcker där varje vecka.\nSvara\n"
    )
    out = boilerstrip.clean(article + "Del på Facebook\nDel på X\n" + thread).text
    assert "16.40" not in out and "Min son" not in out
    assert ARTICLE["no"] in out


def test_the_repeated_lines_of_code_samples_are_no_comment_buttons() -> None:
    article = (ARTICLE["pl"] + "\n") * 3
    readme = (
        "WARC 1.1:\n.. code::\nWARC/1.1\n...\nWARC-Date: 2018-12-26T10:11:12.456789Z\n"
        "WARC 1.0:\n.. code::\nWARC/1.0\n...\nWARC-Date: 2018-12-26T10:11:12Z\n"
    )
    assert cuts(article + readme, CommentThreads()) == []


REACTIONS = {
    # Each comment closes with a row of buttons that shows its own likes and age between the labels.
    "cs": "Diskuse (14)\nPetr Novák\nKonečně se něco děje, čekali jsme na to deset let.\nLíbí se 12 · Odpovědět · před 3 h\n"
    "jana.k\nA kdo to bude platit? Rozpočet je už teď napjatý.\nLíbí se 4 · Odpovědět · před 1 h\n",
    "sv": "Kommentarer\nLasse i Umeå\nBra att bryggan äntligen lagas innan sommaren.\nGilla · Svara · 2 tim\n"
    "karin_l\nHoppas de behåller de gamla räckena i trä.\nGilla · Svara · 45 min\n",
}


@pytest.mark.parametrize("lang", sorted(REACTIONS))
def test_reaction_rows_with_counts_and_ages_close_the_blocks(lang: str) -> None:
    text = (ARTICLE["pt"] + "\n") * 3 + REACTIONS[lang]
    assert cuts(text, CommentThreads()) == [("comment_thread", REACTIONS[lang])]


SIGNED = {
    # No button under a comment: each is signed by a user name, or a name with its date, the same way throughout.
    "tr": "Yorumlar (2)\nYorum yapabilmek için giriş yapmalısınız.\ndeniz_34\nÇok güzel olmuş, hafta sonu gidip bakacağız.\n"
    "ayse.k\nOtopark sorunu çözülmeden bu iş olmaz bence.\n",
    "pt": "2 comentários\nDe Marta a 12.11.2026 às 10:15\nFiz ontem e ficou ótimo, obrigada pela ideia.\n"
    "De Rui Sá a 13.11.2026 às 22:40\nEu uso mel em vez de açúcar e resulta bem.\n",
    "de": "Kommentare\n~waldlaeufer\n03.12.2026, 09:12\nDie Brücke war seit Jahren ein Ärgernis.\n"
    "~Hanne\n03.12.2026, 11:47\nHoffentlich wird der Radweg gleich mitgebaut.\n",
}


@pytest.mark.parametrize("lang", sorted(SIGNED))
def test_signed_comments_under_a_comment_header_are_a_thread(lang: str) -> None:
    text = (ARTICLE["pl"] + "\n") * 3 + SIGNED[lang]
    assert cuts(text, CommentThreads()) == [("comment_thread", SIGNED[lang])]


def test_signed_blocks_need_a_comment_header_and_an_article() -> None:
    # A changelog: short lines with an issue number, entries with dates; no comment header, nothing cut.
    changelog = (
        "Release notes (#1482)\n- Parse a bare UTC offset such as +03 in every locale.\n"
        "12.03.2026 (#1469)\n- Read fractional seconds written with a decimal comma.\n"
        "14.03.2026 (#1467)\n- Parse number words from thirteen to ninety-nine.\n"
    )
    assert cuts((ARTICLE["no"] + "\n") * 3 + changelog, CommentThreads()) == []
    # The same thread with no article above it is a forum page, whose posts are the content.
    assert cuts(SIGNED["tr"], CommentThreads()) == []


def test_an_events_list_under_a_plain_heading_is_content() -> None:
    events = (
        "Upcoming concerts\nHall A 14.01.2027\nThe chamber choir sings winter songs from the Baltic coast.\n"
        "Hall B 21.01.2027\nA brass quintet plays film music for families.\n"
    )
    assert cuts((ARTICLE["no"] + "\n") * 3 + events, CommentThreads()) == []


FORUM_THREADS = {
    "it": (
        "moto_anna\nIscritta: mar 2019 · Messaggi: 412\n"
        "Ho comprato un motorino del 1972 che è rimasto fermo in garage per vent'anni e vorrei rimetterlo in strada.\n"
        "Il telaio è arrugginito sotto la pedana, ma il motore gira ancora a mano senza fatica.\n"
        "Grazie (2)\nluca.ferri\nModeratore · Messaggi: 3.208\nmoto_anna ha scritto:\n"
        "Il telaio originale va tenuto, altrimenti perdi i documenti. La ruggine si sistema con due lamiere nuove.\n"
        "Prima di tutto smonta ogni pezzo e fotografalo, poi decidi con calma cosa ordinare.\n"
        "Grazie (5)\n"
        "gigi_pv\nNuovo utente · Messaggi: 7\nQuoto Luca, tieni anche i bulloni originali.\n"
        "moto_anna\nUtente esperto · Messaggi: 413\nGrazie a tutti, sabato inizio a smontare e vi aggiorno.\n"
    ),
    "sv": (
        "kamin_kalle\nMedlem sedan 2018 · Inlägg: 96\n"
        "Vår kakelugn drar dåligt sedan vi bytte spjäll, och röken slår ut i rummet när vi tänder.\n"
        "Har någon varit med om samma sak efter ett byte, och vad gjorde ni åt det?\n"
        "Gilla (1)\nsotar.eva\nModerator · Inlägg: 1 204\nkamin_kalle skrev:\n"
        "Det låter som att det nya spjället sitter för lågt, så att draget stryps redan i första kanalen.\n"
        "Be sotaren mäta draget innan ni river något, det brukar räcka med en justering.\n"
        "Gilla (4)\n"
        "nybyggare_92\nNy medlem · Inlägg: 3\nSamma här förra vintern, en justering av spjället löste det.\n"
        "kamin_kalle\nMedlem sedan 2018 · Inlägg: 97\nTack, vi ringer sotaren på måndag och hör av oss.\n"
    ),
}


@pytest.mark.parametrize("lang", sorted(FORUM_THREADS))
def test_a_forum_thread_whose_first_posts_are_long_keeps_its_replies(lang: str) -> None:
    # Above the like count that reads as a comment header stand posts signed by two user names: the page is a
    # thread, not an article with comments under it, and its replies are content. Only the author rows over
    # the posts (the user name standing above each row with them) and the thanks under them go: their counts
    # come back post after post.
    found = cuts(FORUM_THREADS[lang], CommentThreads())
    rows = [
        line
        for line in FORUM_THREADS[lang].splitlines()
        if (any(w in line for w in ("Messaggi", "Inlägg", "(")) and len(line) < 60) or " " not in line
    ]
    headers = [line for line in FORUM_THREADS[lang].splitlines() if line.endswith(("scritto:", "skrev:"))]
    assert [cut for cut in found if cut[0] == "post_meta"] == [("post_meta", f"{row}\n") for row in rows]
    # The quote's header (a user name and the verb of writing) goes too: the board's form, not the post's words.
    assert [cut for cut in found if cut[0] != "post_meta"] == [("post_header", f"{h}\n") for h in headers]


def test_one_byline_with_a_user_name_above_an_article_still_lets_its_comments_go() -> None:
    # A blog signed by one user name, with readers' comments signed the same way: one name above is a byline.
    text = "okur_1987\n" + (ARTICLE["pl"] + "\n") * 3 + SIGNED["tr"]
    assert cuts(text, CommentThreads()) == [("comment_thread", SIGNED["tr"])]


AUTHOR_ROWS = {
    "it": ["Utente esperto · Iscritto: mar 2019 · Messaggi: 412", "Moderatrice · Iscritta: gen 2015 · Messaggi: 3.208"],
    "he": ["חבר ותיק · הצטרף: 2020 · הודעות: 612", "מנהלת פורום · הצטרפה: 2016 · הודעות: 4,102"],
    "en": ["Posts: 412 · Joined: Mar 2019", "Posts: 18 · Joined: Nov 2026"],
    "pl": ["Posty: 1 204", "Posty: 37"],
}
POSTS = [
    "The boiler was serviced in October and the pressure has dropped twice since then.",
    "Check the expansion vessel first; a flat one makes the pressure fall exactly like that.",
]


@pytest.mark.parametrize("lang", sorted(AUTHOR_ROWS))
def test_author_rows_that_come_back_over_each_post_go(lang: str) -> None:
    first, second = AUTHOR_ROWS[lang]
    text = f"heat_pump_hans\n{first}\n{POSTS[0]}\nvessel.vera\n{second}\n{POSTS[1]}\n"
    # The user names standing right above the rows go with them: the writer, over the writer's details.
    names = [("post_meta", "heat_pump_hans\n"), ("post_meta", f"{first}\n")]
    assert cuts(text, CommentThreads()) == [*names, ("post_meta", "vessel.vera\n"), ("post_meta", f"{second}\n")]
    # One name over one row, the other row without a name: no board prints names so; the rows go alone.
    single = f"heat_pump_hans\n{first}\n{POSTS[0]}\n{second}\n{POSTS[1]}\n"
    assert cuts(single, CommentThreads()) == [("post_meta", f"{first}\n"), ("post_meta", f"{second}\n")]


@pytest.mark.parametrize(
    "text",
    [
        # A label printed once is the text's own: an infobox, a club's figures.
        f"Members: 412 · Founded: 1908\n{POSTS[0]}\n{POSTS[1]}\n",
        # Rows one under the other are a table, not rows over posts.
        f"Team A · Points: 12\nTeam B · Points: 9\nTeam C · Points: 7\n{POSTS[0]}\n",
        # An events list gives days and places, not counts.
        f"Wann: 12. März · Wo: Rathaus\n{POSTS[0]}\nWann: 19. März · Wo: Stadthalle\n{POSTS[1]}\n",
    ],
)
def test_labels_printed_once_in_a_table_or_without_counts_stay(text: str) -> None:
    assert cuts(text, CommentThreads()) == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("3 tykkää", "12 tykkää"),
        ("אהבו (7)", "אהבו (2)"),
        ("Like (4)", "Like (1)"),
        # The like button with its count beside the post's other buttons (session twenty-two):
        ("Sviđa mi se (2) · Prijavi", "Sviđa mi se (14) · Prijavi"),
        ("Gefällt mir (3) · Melden", "Gefällt mir (0) · Melden"),
        ("J'aime (5) | Signaler", "J'aime (1) | Signaler"),
    ],
)
def test_thanks_counted_under_each_post_go(first: str, second: str) -> None:
    text = f"{POSTS[0]}\n{first}\n{POSTS[1]}\n{second}\n"
    assert cuts(text, CommentThreads()) == [("post_meta", f"{first}\n"), ("post_meta", f"{second}\n")]


def test_a_count_in_brackets_printed_once_or_in_consecutive_rows_stays() -> None:
    text = f"Apples (3)\nPears (2)\n{POSTS[0]}\nMarch (4)\n{POSTS[1]}\n"
    assert cuts(text, CommentThreads()) == []
    # A count in a row's part printed once, or in rows one under the other (a table), is the text's own too.
    rows = f"Apples (3) · red\nPears (2) · green\n{POSTS[0]}\nChapter 4 (12 pages) · draft\n{POSTS[1]}\n"
    assert cuts(rows, CommentThreads()) == []


_STORY = {
    "ru": "Глава поселения говорит, что люди ждали новый паром через реку очень давно, почти десять лет.\n"
    "Билет будет стоить двести пятьдесят рублей, для школьников и пенсионеров вдвое дешевле.\n"
    "Перевозчик пока берёт судно в аренду на один сезон, а потом обещает купить второе.\n",
    "de": "Die Fähre nach Langeoog fährt ab März wieder nach dem Sommerfahrplan.\n"
    "Der Betreiber hat zwei neue Schiffe gekauft und zwölf Leute eingestellt.\n"
    "Die Preise bleiben im ersten Jahr gleich, sagte der Geschäftsführer.\n",
    "es": "El ayuntamiento abrirá en marzo el nuevo paseo junto al río.\n"
    "Las obras han durado dos años y costaron cuatro millones de euros.\n"
    "El paseo tendrá bancos, fuentes y un carril para bicicletas.\n",
}


@pytest.mark.parametrize(
    ("lang", "comments"),
    [
        ("ru", ["Комментарии (2)", "Гульнара: Наконец-то! Сколько лет ждали.", "Сергей К.: А с велосипедом пустят?"]),
        (
            "de",
            ["Kommentare (2)", "Anna: Endlich, das hat lange gedauert.", "Jörg K. – Und im Winter fährt sie nicht?"],
        ),
        ("es", ["Comentarios (1)", "Lucía – ¡Por fin un paseo para ir andando al centro!"]),
    ],
)
def test_comments_written_on_one_line_each_under_a_comment_header_are_a_thread(lang: str, comments: list[str]) -> None:
    text = _STORY[lang] + "\n".join(comments) + "\n"
    assert cuts(text, CommentThreads(), lang=lang) == [("comment_thread", "\n".join(comments) + "\n")]


@pytest.mark.parametrize(
    "tail",
    [
        # a changelog's section: no comment phrase heads it
        ["Fixes (3)", "Parser: handle empty lines.", "Writer: keep the final newline."],
        # a count smaller than the lines under it is no count of them
        ["Kommentare (1)", "Anna: Endlich, das hat lange gedauert.", "Jörg: Und im Winter fährt sie nicht?"],
        # a transcript: speakers, no header
        ["Anna: Endlich, das hat lange gedauert.", "Jörg: Und im Winter fährt sie nicht?"],
    ],
)
def test_lines_signed_by_a_name_without_a_comment_header_over_them_are_no_thread(tail: list[str]) -> None:
    text = _STORY["de"] + "\n".join(tail) + "\n"
    assert [r for r, _ in cuts(text, CommentThreads(), lang="de") if r == "comment_thread"] == []


# A comment section under a header of the lexicon, closed by the page's next block: its signatures vary (a user
# name, a name with a date, a date line that the date rules cut first), and no button closes its blocks.
_HEADED_STORY = {
    "de": "Der Hafen bekommt im Frühjahr eine neue Räucherei für die Kutterfischer.\n"
    "Die Stadt zahlt die Hälfte der Baukosten, den Rest tragen drei Familienbetriebe.\n"
    "Die Bauarbeiten sollen im Februar beginnen, sobald der Stadtrat zugestimmt hat.\n",
    "bg": "Общината ще ремонтира покрития пазар до края на следващата година, съобщиха от кметството в понеделник.\n"
    "Ремонтът ще струва четири милиона лева и ще бъде платен изцяло с европейски средства по програма за градове.\n"
    "Докато трае ремонтът, търговците ще продават на временни сергии в съседния парк до реката.\n",
    "en": "Roast the parsnips until golden, then simmer them in stock for twenty minutes.\n"
    "Blend the soup until smooth and season it with salt, pepper and a little nutmeg.\n"
    "Serve it hot with crusty bread and a spoonful of cream on top.\n",
}
_HEADED_THREADS = {
    "de": [
        "Kommentare (4)",
        "Ostseemöwe, 02.12.2026, 12:14",
        "Gute Idee, endlich mal etwas für die Fischer.",
        "Antworten",
    ],
    # each comment's votes under it ("12 3"): no button closes the blocks, no signature opens every line
    "bg": [
        "Коментари (2)",
        "Иван_Русе",
        "Дано този път не остане на хартия.",
        "12 3",
        "gost_88",
        "Кога ще оправят пътя?",
        "4 1",
    ],
    "en": ["Comments", "Margaret", "November 20, 2026 at 9:12 am", "Made this last night. Lovely and silky."],
}
_NEXT_BLOCK = {
    "de": ["Mehr zum Thema", "Neue Mole in Warnemünde: Bauarbeiten starten im Frühjahr"],
    "bg": ["Най-четени", "Цените на горивата падат от понеделник"],
    "en": ["Leave a comment", "Your email address will not be published. Required fields are marked *"],
}


@pytest.mark.parametrize("lang", sorted(_HEADED_THREADS))
def test_comments_under_a_comment_header_go_down_to_the_pages_next_block(lang: str) -> None:
    thread = _HEADED_THREADS[lang]
    text = "Share on Facebook\n" + _HEADED_STORY[lang] + "\n".join(thread + _NEXT_BLOCK[lang]) + "\n"
    out = boilerstrip.clean(text, lang=lang).text.splitlines()
    assert _HEADED_STORY[lang].splitlines() == out
    assert not set(thread) & set(out)


def test_a_header_over_more_signed_comments_than_its_count_is_no_headed_thread() -> None:
    thread = ["Kommentare (1)", "Ostseemöwe, 02.12.2026, 12:14", "Gute Idee.", "kuttermann_7", "Endlich!"]
    text = _HEADED_STORY["de"] + "\n".join(thread + _NEXT_BLOCK["de"]) + "\n"
    assert [r for r, _ in cuts(text, CommentThreads(), lang="de") if r == "comment_thread"] == []


def test_a_forums_like_button_with_a_count_heads_no_thread() -> None:
    # "Curtir (12)" is a comment phrase with a count, printed once: the posts under it repeat their author rows.
    post = "Excelente relato! Você voltou com a bike no trem? Me disseram que só aceitam em alguns horários."
    text = (
        "serra_acima\nMembro veterano\nMensagens: 1.204\n"
        + (ARTICLE["pt"] + "\n") * 3
        + "Curtir (12)\n#2\nbikepaulista\nMembro\nMensagens: 87\n"
        + post
        + "\nTopo\n"
    )
    assert [r for r, _ in cuts(text, CommentThreads(), lang="pt") if r == "comment_thread"] == []


def test_a_documents_own_comments_section_stays() -> None:
    # A style guide's section on code comments: a comment phrase heads it, no reader signs it.
    text = (
        "This guide describes how we write Python in the billing service.\n"
        "Every module starts with a docstring that says what the module is for.\n"
        "Functions longer than forty lines are split before review.\n"
        "Comments\n"
        "Write comments as full sentences and keep them next to the code they explain.\n"
        "Delete a comment when the code it describes is gone.\n"
    )
    assert boilerstrip.clean(text).text == text.rstrip("\n")


@pytest.mark.parametrize(("text", "lang"), [("1 commento:", "it"), ("تعليقات القراء (2)", "ar")])
def test_comment_headers_with_a_count_are_interface_lines(text: str, lang: str) -> None:
    from boilerstrip.rules.lexicon import load_lexicon

    assert load_lexicon().line_reason(text) == "comment_ui"


POST_HEADERS = [
    ("fr", "velo_du_73 a écrit :"),
    ("fi", "Kesäasukas_Keuruu kirjoitti:"),
    ("nl", "jdewit schreef op dinsdag 24 november 2026 @ 21:15:"),
    ("hr", "Citat: splitski_ribar je napisao/la:"),
    ("de", "Gartenfreund77 schrieb:"),
    ("pl", "Cytat: kasia_piecze napisała:"),
    ("it", "ciclista88 ha scritto: ↑ mar 24 nov 2026 21:15"),
]


@pytest.mark.parametrize(("lang", "header"), POST_HEADERS)
def test_a_posts_header_with_a_user_name_and_a_verb_of_writing_is_cut(lang: str, header: str) -> None:
    # No author rows, no stamps, no quoted copy to find: the header's form alone (a board's user name, the verb).
    text = f"{ARTICLE.get(lang, ARTICLE['pt'])}\n{header}\nDas Problem kenne ich, bei mir war es der Regler.\n"
    assert ("post_header", header + "\n") in cuts(text, CommentThreads(), lang=lang)


@pytest.mark.parametrize(
    "line",
    [
        "Goethe schrieb:",  # a name as a text announces a quotation
        "il a écrit :",  # a pronoun opening a wrapped sentence's line
        "velo_du_73 a écrit : je suis d'accord avec toi sur ce point",  # the post's own words after the colon
        "Le maire a écrit :",
        "anna_k schreef een brief aan de gemeenteraad over de nieuwe brug bij de haven:",
    ],
)
def test_a_name_as_prose_writes_it_heads_no_post(line: str) -> None:
    text = f"{ARTICLE['no']}\n{line}\nDet blir bygget en ny bro i havnen neste år.\n"
    assert [r for r, _ in cuts(text, CommentThreads()) if r == "post_header"] == []


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Galerie (12 fotografií)", "media_link"),
        ("Bildergalerie (8 Bilder)", "media_link"),
        ("Comments (4 replies)", "comment_ui"),
        ("Contact (2 offices)", None),  # not a phrase of the lexicon, count or no count
        ("Advertisement (2 items)", None),  # an ad marker takes no count
    ],
)
def test_a_label_with_a_count_and_its_unit_in_brackets(text: str, reason: str | None) -> None:
    from boilerstrip.rules.lexicon import load_lexicon

    assert load_lexicon().line_reason(text) == reason


@pytest.mark.parametrize(
    "header",
    ["by Chidi_Lagos(m): 9:14pm On Mar 03", "by Obinna2k: 11:37pm On Mar 03", "Posted by kasia_piecze » 14:05"],
)
def test_a_posts_signature_with_a_byline_label_a_user_name_and_its_time_is_cut(header: str) -> None:
    text = f"{ARTICLE['pt']}\n{header}\nAnyị zitere ya n'akaụntụ otu obodo na Febrụwarị.\n"
    assert ("post_header", header + "\n") in cuts(text, CommentThreads())


@pytest.mark.parametrize(
    "line", ["By Sarah Jones: 7:05am On Mar 04", "by Chidi_Lagos(m): thanks, that worked for me on the 3rd"]
)
def test_a_byline_of_a_name_or_with_words_after_it_is_no_posts_signature(line: str) -> None:
    text = f"{ARTICLE['pt']}\n{line}\nAnyị zitere ya n'akaụntụ otu obodo na Febrụwarị.\n"
    assert [r for r, _ in cuts(text, CommentThreads()) if r == "post_header"] == []


def test_a_members_block_over_each_post_count_goes_with_it() -> None:
    # A board prints each writer's name, rank and joined date on lines of their own over the post's count row:
    # the whole block is the writer's details, as the name alone right above the row already was.
    posts = [
        ("ferry_fan", "New member", "Joined: Mar 2025", "Posts: 12", "My kettle stove smokes every time I light it."),
        ("old_stoker", "Moderator", "Joined: Jan 2019", "Posts: 4,318", "Open the top vent before you light it."),
        ("ferry_fan", "New member", "Joined: Mar 2025", "Posts: 13", "That worked, thank you for the quick help."),
    ]
    text = "".join("\n".join(post) + "\n" for post in posts)
    found = cuts(text, CommentThreads())
    # Each block goes whole, as one member's box opened by the user name (session twenty-five).
    assert {reason for reason, _cut in found} == {"member_box"}
    got = {line for _reason, cut in found for line in cut.splitlines()}
    for name, rank, joined, count, said in posts:
        assert {name, rank, joined, count} <= got
        assert said not in got


#: An article of three paragraphs, then one reader's comment under a header counting it, signed with the
#: writer's name and the comment's age ("2 saat önce": no date the date rules read), and its buttons.
ONE_COMMENT = {
    "tr": (
        "Belediye meclisi yeni parkın yapımı için gereken bütçeyi salı günü oy birliğiyle kabul etti.\n"
        "Parkta çocuk oyun alanları, bir koşu yolu ve yaşlılar için gölgeli oturma alanları yer alacak.\n"
        "Belediye başkanı inşaatın bahar aylarında başlayacağını ve bir yıl içinde biteceğini söyledi.\n",
        "Yorumlar (1)\nAyşe K. · 2 saat önce\nÇok güzel bir haber, çocuklar bu parkı çok seviyor.\nBeğen (4) · Yanıtla\n",
    ),
    "es": (
        "El ayuntamiento aprobó el martes el presupuesto para construir el nuevo parque junto al río.\n"
        "El parque tendrá zonas de juego infantiles, un circuito para correr y bancos a la sombra.\n"
        "La alcaldesa dijo que las obras empezarán en primavera y durarán alrededor de un año.\n",
        "Comentarios (1)\nMarta G. · hace 3 horas\nPor fin una buena noticia para el barrio, ya era hora.\nResponder\n",
    ),
    "pl": (
        "Rada miasta przyjęła we wtorek budżet na budowę nowego parku nad rzeką.\n"
        "W parku powstaną place zabaw, ścieżka do biegania i zacienione ławki dla starszych mieszkańców.\n"
        "Prezydent miasta zapowiedział, że prace ruszą wiosną i potrwają mniej więcej rok.\n",
        "Komentarze (1)\nJan Nowak · 3 godziny temu\nWreszcie ktoś pomyślał o dzieciach z tej dzielnicy.\nOdpowiedz\n",
    ),
}


@pytest.mark.parametrize("lang", sorted(ONE_COMMENT))
def test_a_single_comment_signed_with_its_age_goes_with_its_header(lang: str) -> None:
    article, thread = ONE_COMMENT[lang]
    result = boilerstrip.clean(article + thread, lang=lang)
    assert result.text.splitlines() == article.splitlines()


#: A board's thread: each post under its writer's box (the user name, a rank, the joined date, the post count, a
#: town), no phrase of the lexicon among the box's lines.
MEMBER_BOXES = {
    "uz": (
        ["Sardor_88", "Yangi a'zo", "Ro'yxatdan o'tgan: Mart 2024", "Xabarlar: 37", "Shahar: Samarqand"],
        "Assalomu alaykum. Mashinam qishda qiyin o't olyapti, akkumulyator yangi, nima qilsam bo'ladi?",
        ["Jasur_avto", "Tajribali", "Ro'yxatdan o'tgan: Iyun 2017", "Xabarlar: 4 812", "Shahar: Toshkent"],
        "Men ham shu muammoga duch kelganman, avval sham va filtrlarni tekshirib ko'ring, keyin yozing.",
    ),
    "pl": (
        ["okoniarz_77", "Stały bywalec", "Rejestracja: 14 sty 2019", "Posty: 412", "Skąd: Legionowo"],
        "Czy ktoś był już w tym tygodniu na lodzie na zalewie? Zastanawiam się, czy jest już bezpiecznie.",
        ["szczupak.mazury", "Nowicjusz", "Rejestracja: 2 lut 2024", "Posty: 9", "Skąd: Giżycko"],
        "U nas lód ma dopiero kilka centymetrów, więc na razie nikt nie wchodzi dalej niż przy brzegu.",
    ),
}


@pytest.mark.parametrize("lang", sorted(MEMBER_BOXES))
def test_a_members_box_opened_by_the_user_name_goes_whole(lang: str) -> None:
    first_box, first_post, second_box, second_post = MEMBER_BOXES[lang]
    text = "\n".join([*first_box, first_post, *second_box, second_post, *first_box, first_post.replace("?", "!")])
    found = cuts(text + "\n", CommentThreads())
    boxes = [piece for reason, piece in found if reason == "member_box"]
    assert boxes == ["\n".join(first_box) + "\n", "\n".join(second_box) + "\n", "\n".join(first_box) + "\n"]
    assert not any(post in piece for _, piece in found for post in (first_post, second_post))


def test_a_box_needs_a_user_name_over_it_and_a_second_box() -> None:
    # Records of a catalogue: labelled rows with counts over each entry's text, but no user name opens them.
    entry = ["Specimen 12", "Locality: Hillside quarry", "Hardness: 6", "Found: 2019"]
    text = "\n".join([*entry, "A pale green crystal with a glassy lustre.", *entry, "A second piece."])
    assert not [reason for reason, _ in cuts(text + "\n", CommentThreads()) if reason == "member_box"]
    # One box alone is no board's pattern.
    one = "\n".join([*MEMBER_BOXES["pl"][0], MEMBER_BOXES["pl"][1]])
    assert not [reason for reason, _ in cuts(one + "\n", CommentThreads()) if reason == "member_box"]
