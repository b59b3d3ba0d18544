"""The promo pack: ``[promo] our`` and ``[promo] channels`` in every language file.

A site glues a sentence about itself to the end of a paragraph ("... sign up to our free newsletter.",
"Подробнее читайте в нашем Telegram-канале."). The glued-promo rule finds it by a word of the site speaking of
itself and a word for one of its reader channels; these tests pin the words, merged and casefolded on the lexicon.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from boilerstrip.errors import LexiconError
from boilerstrip.rules.lexicon import load_lexicon, read_lexicon_files

#: Per language: forms that must be in ``promo_our`` and in ``promo_channels`` (any case: they are casefolded).
REPRESENTATIVE = {
    "en": (["Our"], ["Newsletter", "app", "channel", "podcast", "alerts"]),
    "de": (["unser", "Unsere", "unserem", "unseren", "unserer", "unseres"], ["Newsletter", "Kanal", "WhatsApp-Kanal"]),
    "fr": (["notre", "nos", "Nôtre"], ["newsletter", "infolettre", "chaîne", "application"]),
    "it": (["nostro", "nostra", "nostri", "nostre"], ["newsletter", "canale", "app", "notifiche"]),
    "es": (["nuestro", "nuestra", "nuestros", "nuestras"], ["boletín", "canal", "aplicación"]),
    "pt": (["nosso", "nossa", "nossos", "nossas"], ["newsletter", "canal", "aplicativo"]),
    "nl": (["ons", "onze"], ["nieuwsbrief", "kanaal", "app"]),
    "da": (["vores"], ["nyhedsbrev", "kanal", "appen"]),
    "no": (["vår", "vårt", "våre"], ["nyhetsbrev", "kanal", "appen"]),
    "sv": (["vår", "vårt", "våra"], ["nyhetsbrev", "kanal", "appen"]),
    "fi": (["meidän", "kanavamme", "uutiskirjeemme"], ["uutiskirje", "kanava", "sovellus"]),
    "hu": (["csatornánk", "hírlevelünk", "oldalunkon"], ["hírlevél", "csatorna", "alkalmazás"]),
    "tr": (["bizim", "bizi", "kanalımız", "bültenimize"], ["bülten", "kanal", "uygulama"]),
    "pl": (["nasz", "nasza", "naszym", "naszej", "naszego", "naszą"], ["biuletyn", "kanał", "aplikacji", "newsletter"]),
    "cs": (["náš", "naše", "našem", "našeho"], ["kanál", "aplikace", "newsletter"]),
    "ru": (
        ["наш", "наша", "наше", "наши", "нашем", "нашего", "нашей", "нашу", "нашим", "наших"],
        ["канал", "Telegram-канале", "рассылку", "приложении"],
    ),
    "uk": (["наш", "нашому", "нашій", "нашої"], ["Telegram-каналі", "розсилку", "застосунку"]),
    "ro": (["nostru", "noastră", "noștri", "noastre"], ["aplicație", "canalul", "newsletter"]),
    "el": (["μας"], ["κανάλι", "εφαρμογή", "newsletter"]),
    "ar": (["قناتنا", "تطبيقنا", "موقعنا"], ["قناة", "تطبيق", "النشرة"]),
    "he": (["שלנו"], ["ערוץ", "ניוזלטר", "אפליקציה"]),
    "hi": (["हमारा", "हमारी", "हमारे"], ["चैनल", "ऐप", "न्यूज़लेटर"]),
    "mr": (["आमचे", "आमच्या"], ["ॲप", "चॅनल"]),
    "ja": (["公式", "当サイト"], ["チャンネル", "アプリ", "ニュースレター"]),
    "zh": (["我们的", "本站"], ["频道", "公众号", "客户端"]),
    "ko": (["저희"], ["채널", "뉴스레터", "앱"]),
    "vi": (["của chúng tôi"], ["kênh", "ứng dụng", "bản tin"]),
    "id": (["kami"], ["kanal", "aplikasi", "buletin"]),
    "sw": (["yetu", "wetu"], ["chaneli", "jarida"]),
}

#: Verbs that invite the reader ("subscribe", "follow", "join", "download"), never channel nouns.
VERBS = [
    "subscribe", "follow", "join", "download", "sign", "abonnieren", "folgen", "abonnez-vous", "suivez", "iscriviti",
    "seguici", "segui", "suscríbete", "síguenos", "siga", "assine", "подпишитесь", "подписывайтесь", "подпишись",
    "підпишіться", "subskrybuj", "obserwuj", "zapisz", "volg", "abonneer", "følg", "følge", "tilaa", "seuraa",
    "abone", "takip", "iratkozz", "kövess", "订阅", "关注", "登録", "フォロー", "구독", "팔로우", "اشترك", "تابعونا",
    "הירשמו", "עקבו", "सब्सक्राइब", "फॉलो", "theo dõi", "ikuti", "langganan", "jiunge",
]  # fmt: skip


def test_every_language_file_has_a_promo_table_within_its_bounds() -> None:
    files = read_lexicon_files()
    languages = [lang for lang in files if lang != "common"]
    assert len(languages) == 92  # session twenty-two: as, ig, jv, or, su, yo; twenty-three: sd, ckb, mg, ti
    for lang in languages:
        promo = files[lang].get("promo", {})
        our, channels = promo.get("our", []), promo.get("channels", [])
        assert 1 <= len(our) <= 40, lang
        assert 5 <= len(channels) <= 25, lang
        for word in our + channels:
            assert word == word.strip() and word, (lang, word)
            if lang != "vi":  # Vietnamese words of two syllables keep their space ("bản tin")
                assert " " not in word, (lang, word)


@pytest.mark.parametrize("lang", sorted(REPRESENTATIVE))
def test_representative_forms_are_merged_and_casefolded(lang: str) -> None:
    lex = load_lexicon()
    our, channels = REPRESENTATIVE[lang]
    assert [w for w in our if w.casefold() not in lex.promo_our] == []
    assert [w for w in channels if w.casefold() not in lex.promo_channels] == []
    # Each form is in its own language's file too, not only merged in from another one.
    promo = read_lexicon_files()[lang]["promo"]
    own_our = {w.casefold() for w in promo["our"]}
    own_channels = {w.casefold() for w in promo["channels"]}
    assert {w.casefold() for w in our} <= own_our
    assert {w.casefold() for w in channels} <= own_channels


def test_every_word_of_every_file_reaches_the_lexicon_casefolded() -> None:
    lex = load_lexicon()
    files = read_lexicon_files()
    our = {w.casefold() for data in files.values() for w in data.get("promo", {}).get("our", [])}
    channels = {w.casefold() for data in files.values() for w in data.get("promo", {}).get("channels", [])}
    assert lex.promo_our == our
    assert lex.promo_channels == channels
    assert all(w == w.casefold() for w in lex.promo_our | lex.promo_channels)
    assert isinstance(lex.promo_our, frozenset) and isinstance(lex.promo_channels, frozenset)


def test_no_verb_is_a_channel() -> None:
    channels = load_lexicon().promo_channels
    assert [v for v in VERBS if v.casefold() in channels] == []


@pytest.mark.parametrize("word", ["we", "us", "uns", "wir", "nous", "мы", "нас", "my", "nas", "我们", "우리", "เรา"])
def test_pronouns_of_ordinary_prose_are_not_our(word: str) -> None:
    assert word.casefold() not in load_lexicon().promo_our


def test_a_word_is_never_both_a_site_and_a_channel() -> None:
    lex = load_lexicon()
    assert lex.promo_our & lex.promo_channels == frozenset()


def test_network_names_stay_in_common() -> None:
    lex = load_lexicon()
    assert "telegram" in lex.share_tokens
    assert {"telegram", "whatsapp", "facebook"} & lex.promo_channels == set()


@pytest.mark.parametrize("key", ["channel", "ours", "verbs"])
def test_a_misspelt_promo_key_stops_loading(tmp_path: Path, key: str) -> None:
    folder = tmp_path
    (folder / "xx.toml").write_text(f'[promo]\n{key} = ["x"]\n', encoding="utf-8")
    with pytest.raises(LexiconError, match=f"unknown key '{key}' in \\[promo\\]"):
        read_lexicon_files(folder)
    (folder / "xx.toml").write_text('[promo]\nour = ["unser"]\nchannels = ["Kanal"]\n', encoding="utf-8")
    assert read_lexicon_files(folder)["xx"]["promo"] == {"our": ["unser"], "channels": ["Kanal"]}


def test_the_offer_tables_are_single_casefolded_words_and_reach_the_lexicon() -> None:
    files = read_lexicon_files()
    lex = load_lexicon()
    merged: dict[str, set[str]] = {"periods": set(), "words": set(), "currencies": set(), "reported": set()}
    for lang, data in files.items():
        for key, words in data.get("offer", {}).items():
            assert key != "currencies" or lang == "common", lang  # a currency's name is no language's
            for word in words:
                assert word == word.strip().lower() and " " not in word, (lang, word)
                merged[key].add(word.casefold())  # Greek's final sigma is casefolded as the text's words are
    assert len([lang for lang in files if "offer" in files[lang]]) >= 30
    assert (lex.offer_periods, lex.offer_words, lex.offer_currencies, lex.offer_reported) == tuple(
        frozenset(merged[k]) for k in ("periods", "words", "currencies", "reported")
    )
    # A month's and a subscription's words are never a channel's or the site's: the pitch rule reads those.
    assert not (lex.offer_periods | lex.offer_words) & (lex.promo_our | lex.promo_channels)
    # A report's word is never an offer's: the one would veto the other.
    assert not lex.offer_reported & (lex.offer_periods | lex.offer_words)
