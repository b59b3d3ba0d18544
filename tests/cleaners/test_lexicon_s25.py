"""Phrases added by hand in session twenty-five (``benchmarks/data/lexicon-s25.json``): a board's header over a
quoted post ("Originally Posted by" as the forum software prints it in each language), each cut between two
posts, and a sentence that starts the same way kept."""

from __future__ import annotations

import pytest

import boilerstrip
from tests.cleaners import lexicon_packs as kit

_POSTS = {
    "sv": (
        "Vi har köpt en gård från 1890-talet med en oljepanna som snart måste bytas, och funderar på ved eller pellets.",
        "Med en ordentlig ackumulatortank på 2000 liter eldar du en gång om dygnet även när det är riktigt kallt.",
    ),
    "nl": (
        "We hebben een oude boerderij gekocht met een cv-ketel die bijna aan vervanging toe is, dus we twijfelen nog.",
        "Met een goed geïsoleerd buffervat hoef je in de winter maar één keer per dag het vuur aan te maken.",
    ),
    "it": (
        "Abbiamo comprato un vecchio casale con una caldaia a gasolio da sostituire e non sappiamo cosa scegliere.",
        "Con un buon puffer da duemila litri si accende la stufa una volta al giorno anche nelle settimane fredde.",
    ),
}


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("sv", "Ursprungligen postat av skogsnisse"),
        ("nl", "Oorspronkelijk geplaatst door boerderij_jan"),
        ("it", "Originariamente inviato da casale72"),
    ],
)
def test_a_quote_header_of_the_board_goes(lang: str, line: str) -> None:
    first, second = _POSTS[lang]
    result = boilerstrip.clean(f"{first}\n{line}\n{second}\n")
    assert [(m.cleaner, m.reason) for m in result.removed if m.text.strip() == line] == [("ui_strings", "comment_ui")]
    assert result.text.splitlines() == [first, second]


def test_a_sentence_about_where_a_text_first_appeared_stays() -> None:
    first, second = _POSTS["sv"]
    line = "Ursprungligen publicerades boken av ett litet förlag i Umeå, innan den blev en klassiker."
    assert boilerstrip.clean(f"{first}\n{line}\n{second}\n").text.splitlines() == [first, line, second]


#: Read-also labels, log-in prompts, a transcript's toggle, a related list's heading and a listing's buttons added
#: in the same session, each cut between the sentences of an invented article in its language.
CASES = [
    ("as", ["এই খবৰটোও পঢ়ক: ধেমাজিত নতুন দলং মুকলি", "Share on Facebook"]),
    ("ps", ["همدارنګه ولولئ: په کندهار کې نوی بازار پرانیستل شو", "Share on Facebook"]),
    ("uz", ["Javob yozish uchun tizimga kiring.", "Share on Facebook"]),
    ("gl", ["Amosar transcrición", "Share on Facebook"]),
    ("is", ["Tengdar færslur", "Share on Facebook"]),
    ("ko", ["채팅하기", "가격 제안 불가", "Share on Facebook"]),
]


@kit.each_page(CASES)
def test_session_twenty_five_furniture_is_cut(lang: str, chrome: list[str]) -> None:
    kit.assert_cut_between(kit.ARTICLE[lang], chrome)


def test_the_session_file_is_in_the_lexicon() -> None:
    assert kit.phrases_missing("lexicon-s25") == []
