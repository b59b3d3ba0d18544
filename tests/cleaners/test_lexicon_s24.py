"""Phrases added by hand in session twenty-four (``benchmarks/data/lexicon-s24.json``), and the rating stars
trimmed from a line before lookup: each cut between two paragraphs of prose, and a look-alike line kept."""

from __future__ import annotations

import pytest

import boilerstrip

_PROSE = {
    "ar": (
        "صادق مجلس النواب أمس على تعديلات قانون حماية المستهلك بعد نقاش طويل استمر ست ساعات في الجلسة العامة.",
        "وقال رئيس اللجنة إن التعديلات تمنح المستهلكين حق إرجاع السلع خلال أربعة عشر يوماً من تاريخ الشراء.",
    ),
    "de": (
        "Die Gemeinde feiert am Sonntag ihr Herbstfest mit einem Gottesdienst und einem gemeinsamen Mittagessen im Saal.",
        "Danach gibt es Kaffee und Kuchen für alle Besucher, auch für die Gäste aus den Nachbargemeinden im Tal.",
    ),
    "ku": (
        "Em sibê zû ji gund derketin û piştî sê saetan gihîştin ser çiyê, li wir me nanê xwe xwar û bêhna xwe veda.",
        "Piştî nîvro hewa sar bû û em bi rêya kevn a şivanan vegeriyan gund, hinekî westiyayî lê kêfxweş.",
    ),
    "su": (
        "Minggu kamari abdi nyobian ngagentos cai akuarium saminggu dua kali, sarta hasilna langkung saé tibatan sateuacanna.",
        "Ayeuna lauk cupang abdi langkung lincah sarta teu aya deui bau nu teu raos ti akuariumna.",
    ),
    "en": (
        "The parish council met on Tuesday to discuss the new footpath along the river, which has been closed since spring.",
        "Residents asked for better lighting near the bridge, and the council agreed to seek quotes before January.",
    ),
    "ne": (
        "यो वर्ष अन्नपूर्ण क्षेत्रमा आउने पर्यटकको संख्या बढेको छ र होमस्टे सञ्चालकहरू खुसी देखिन्छन्।",
        "स्थानीय सहकारीले पनि पर्यटकलाई सेवा दिन तालिम सुरु गरेको छ, जसमा पचास जना सहभागी छन्।",
    ),
    "sd": (
        "هر سال اپريل ايندي ئي ڳوٺن ۾ هڪ ئي سوال ٻڌڻ ۾ ايندو آهي ۽ هن سال به ساڳي صورتحال آهي.",
        "آبپاشي کاتي جو چوڻ آهي ته عملو گهٽ آهي ۽ هر موگي جي نگراني ممڪن ناهي.",
    ),
}


def _removed(lang: str, line: str) -> list[tuple[str, str]]:
    first, second = _PROSE[lang]
    result = boilerstrip.clean(f"{first}\n{line}\n{second}\n")
    return [(m.cleaner, m.reason) for m in result.removed if m.text.strip() == line]


@pytest.mark.parametrize(
    ("lang", "line", "reason"),
    [
        # A board's like button with its count, under each post.
        ("en", "Like · 4 Likes", "comment_ui"),
        ("en", "Like · 1 Like", "comment_ui"),
        ("en", "Like · Reply · 12 Likes", "comment_ui"),
        # A rating widget's label with its stars: the stars are its icons, trimmed as a bullet is.
        ("en", "Rate this recipe ★★★★☆", "widget"),
        # Headers of a related list, and login prompts under a thread or an article.
        ("ku", "Dibe ku ev jî bala te bikişîne", "related_header"),
        ("su", "Topik sarupa", "related_header"),
        ("de", "Weitere Ankündigungen", "related_header"),
        ("su", "Anjeun kedah asup heula pikeun ngabales topik ieu.", "login_prompt"),
        ("ar", "يجب تسجيل الدخول لإضافة تعليق.", "login_prompt"),
        # Nepali "Read:" and Sindhi "Read this too:" before a linked headline.
        ("ne", "पढ्नुहोस्: पोखरामा नयाँ बसपार्क निर्माण सुरु", "read_also"),
        ("sd", "هي پڻ پڙهو: ٺٽي ۾ نئين اسپتال جو بنياد رکيو ويو", "read_also"),
    ],
)
def test_a_session_phrase_is_cut(lang: str, line: str, reason: str) -> None:
    assert [r for _c, r in _removed(lang, line)] == [reason]


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "Like 4 other families on the street, we lost power for two days after the storm."),
        # A label over a paragraph of prose, not over a headline: the sentence stays.
        ("ne", "पढ्नुहोस्: सहकारीले यो वर्ष पनि सदस्यहरूलाई लाभांश बाँड्ने निर्णय गरेको छ र बैठक शनिबार बस्नेछ।"),
    ],
)
def test_a_look_alike_line_stays(lang: str, line: str) -> None:
    assert _removed(lang, line) == []
