"""A share row ending on the languages' own word for e-mail is named by its words (session twenty-seven)."""

from __future__ import annotations

import pytest

from boilerstrip.cleaners.ui_strings import classify_line


@pytest.mark.parametrize(
    "row",
    [
        "Compartir: Facebook | WhatsApp | Correo",
        'שיתוף: פייסבוק | וואטסאפ | דוא"ל',
        "Paylaş: Facebook | X | E-posta",
        "Dela: Facebook | X | E-post",
        "Jaa: Facebook | WhatsApp | Sähköposti",
        "مشاركة: فيسبوك | واتساب | البريد الإلكتروني",
    ],
)
def test_a_share_label_over_networks_and_the_mail_button_is_phrase_evidence(row: str) -> None:
    assert classify_line(row) == ("share_buttons", (), "phrase")


@pytest.mark.parametrize(
    "line",
    [
        "Contacto: teléfono | correo",  # a contact row names ways to write, not a share label
        "Correo",  # the word alone is a document's too
        "Escríbenos por correo o por WhatsApp si tienes dudas sobre la inscripción.",
    ],
)
def test_the_mail_word_without_a_share_label_is_no_phrase_evidence(line: str) -> None:
    found = classify_line(line)
    assert found is None or found[2] != "phrase"
