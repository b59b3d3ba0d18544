"""Phrases added by hand in session twenty-seven (``benchmarks/data/lexicon-s27.json``), read off development half
39A: the comment form's log-in line of a Persian WordPress site (its shipped wording and a shorter one), a Hebrew
skip link, a Belarusian agency's reuse notice (as the Russian one), and three list headings after an article (other
events, other obituaries, latest backers of a campaign), and the word that opens a byline in Albanian and Galician
("Nga", "Por"); each cut between the sentences of an invented article in its language, the headings over their
lists after it."""

from __future__ import annotations

import boilerstrip
from tests.cleaners import lexicon_packs as kit

CASES = [
    ("fa", ["برای فرستادن دیدگاه، باید وارد شده باشید.", "Share on Facebook"]),
    ("fa", ["برای ارسال دیدگاه باید وارد شوید.", "Share on Facebook"]),
    ("he", ["דלג לתוכן העמוד", "Share on Facebook"]),
    ("be", ["Пры выкарыстанні матэрыялаў спасылка на агенцтва абавязковая.", "Share on Facebook"]),
]


@kit.each_page(CASES)
def test_session_twenty_seven_furniture_is_cut(lang: str, chrome: list[str]) -> None:
    kit.assert_cut_between(kit.ARTICLE[lang], chrome)


def test_the_related_lists_under_their_headings_go_after_the_article() -> None:
    kit.assert_cut_after(kit.ARTICLE["mn"], "Бусад арга хэмжээ", "Орхоны хөндийн морин аялал", "Хийдийн цам харайлт")
    kit.assert_cut_after(kit.ARTICLE["kk"], "Басқа қазанамалар", "Ардагер дәрігер еске алынды", "Ұстазды еске алу кеші")
    kit.assert_cut_after(kit.ARTICLE["it"], "Ultimi sostenitori", "Giulia R. ha donato 30 €", "Paolo M. ha donato 10 €")


def test_the_session_file_is_in_the_lexicon() -> None:
    assert kit.phrases_missing("lexicon-s27") == []


def test_albanian_and_galician_bylines_name_their_author() -> None:
    # "Nga" and "Por" open a byline as "By" does; a sentence opening with the same word stays.
    for lang, byline, author, sentence in (
        ("sq", "Nga Elira Basha | 5 maj 2026", "Elira Basha", "Nga Tirana në Durrës"),
        ("gl", "Por Xosé Lois Vázquez | 3 de maio de 2026", "Xosé Lois Vázquez", "Por iso o concello pechou a rúa."),
    ):
        article = kit.ARTICLE[lang]
        result = boilerstrip.clean("\n".join([article[0], byline, *article[1:]]))
        assert result.text == "\n".join(article)
        assert result.metadata.authors == (author,)
        kept = boilerstrip.clean("\n".join([article[0], sentence, *article[1:]]))
        assert sentence in kept.text.split("\n")
