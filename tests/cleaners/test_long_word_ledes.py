"""A place and a colon before a lede in a language of long words (Tamil, Malayalam, Kannada): the lede holds fewer
than 20 words, but it is a long sentence, so the place is a dateline (session eleven). A label before a short list
in the same scripts stays.
"""

from __future__ import annotations

import pytest

from boilerstrip.cleaners import Datelines
from boilerstrip.testing import cuts

_SECOND = {
    "ta": "உற்பத்தியாளர்கள் சங்கம் புதிய விலைப் பட்டியலை அடுத்த வாரம் வெளியிடும் என்று தெரிவித்தது.",
    "ml": "പുതിയ സമയക്രമം അടുത്ത ആഴ്ച മുതൽ നിലവിൽ വരുമെന്ന് അധികൃതർ വ്യക്തമാക്കി.",
    "kn": "ಹೊಸ ವೇಳಾಪಟ್ಟಿಯನ್ನು ಮುಂದಿನ ವಾರ ಪ್ರಕಟಿಸಲಾಗುವುದು ಎಂದು ಅಧಿಕಾರಿಗಳು ಹೇಳಿದರು.",
}


@pytest.mark.parametrize(
    ("lang", "lede", "place"),
    [
        (
            "ta",
            "தூத்துக்குடி: உடன்குடி பகுதியில் தயாரிக்கப்படும் பனங்கருப்பட்டிக்கு இந்த ஆண்டு வெளிமாநிலங்களிலும் "
            "வெளிநாடுகளிலும் தேவை அதிகரித்துள்ளதாக உற்பத்தியாளர்கள் தெரிவித்தனர்.",
            "தூத்துக்குடி",
        ),
        (
            "ml",
            "കൊച്ചി: നഗരത്തിലെ പുതിയ മെട്രോ പാതയുടെ നിർമ്മാണം അടുത്ത മാസത്തോടെ പൂർത്തിയാകുമെന്ന് "
            "കൊച്ചി മെട്രോ റെയിൽ അധികൃതർ ചൊവ്വാഴ്ച വാർത്താസമ്മേളനത്തിൽ അറിയിച്ചു.",
            "കൊച്ചി",
        ),
        (
            "kn",
            "ಮೈಸೂರು: ನಗರದ ಹಳೆಯ ಮಾರುಕಟ್ಟೆ ಕಟ್ಟಡದ ದುರಸ್ತಿ ಕಾಮಗಾರಿಯು ಮುಂದಿನ ವಾರದಿಂದ ಆರಂಭವಾಗಲಿದೆ ಎಂದು "
            "ಮಹಾನಗರ ಪಾಲಿಕೆಯ ಅಧಿಕಾರಿಗಳು ಮಂಗಳವಾರ ತಿಳಿಸಿದರು.",
            "ಮೈಸೂರು",
        ),
    ],
    ids=["ta", "ml", "kn"],
)
def test_a_place_and_colon_before_a_long_sentence_of_few_words(lang: str, lede: str, place: str) -> None:
    assert len(lede.split()) < 20
    text = f"{lede}\n{_SECOND[lang]}\n"
    assert ("dateline", f"{place}: ") in cuts(text, Datelines(), lang=lang)


@pytest.mark.parametrize(
    ("lang", "label"),
    [
        ("ta", "தேவையான பொருட்கள்: பனங்கருப்பட்டி, தேங்காய், ஏலக்காய், அரிசி மாவு."),
        ("ml", "ചേരുവകൾ: അരി, തേങ്ങ, ശർക്കര, ഏലക്കായ."),
    ],
    ids=["ta", "ml"],
)
def test_a_label_before_a_short_list_is_no_dateline(lang: str, label: str) -> None:
    text = f"{label}\n{_SECOND[lang]}\n"
    assert [r for r, _ in cuts(text, Datelines(), lang=lang) if r == "dateline"] == []
