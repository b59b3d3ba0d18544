from __future__ import annotations

import pytest

import boilerstrip
from boilerstrip.cleaners import PhotoCredits
from boilerstrip.testing import check_cleaner, cuts


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("© Sputnik / Maksim Bogodvid", "Sputnik / Maksim Bogodvid"),
        ("Фото: Андрей Кравцов/ТАСС", "Андрей Кравцов/ТАСС"),
        ("Foto: Markus Kleiber/dpa", "Markus Kleiber/dpa"),
        ("Fotoğraf: Zeynep Kaya/AA", "Zeynep Kaya/AA"),
        ("Fot. Ewa Sobczak/PAP", "Ewa Sobczak/PAP"),
        ("Jorge Ruiz Pastor | EFE", "Jorge Ruiz Pastor | EFE"),
        ("REUTERS/Pablo Sanhueza", "REUTERS/Pablo Sanhueza"),
        ("新华社记者 陈一鸣 摄", "新华社记者 陈一鸣 摄"),
        # A label word without its colon, in brackets, over names.
        ("(Foto Ansa)", "Ansa"),
        ("(foto Luca Bertoli)", "Luca Bertoli"),
        ("(fot. PAP)", "PAP"),
        ("(Foto EFE)", "EFE"),
        ("(Photo AFP)", "AFP"),
        # A label, then the words that credit someone's courtesy, then the name.
        ("Foto: cedida por Julián Sanz", "cedida por Julián Sanz"),
        ("Photo: courtesy of Ana Ruiz", "courtesy of Ana Ruiz"),
        ("Foto: per gentile concessione di Marco Rossi", "per gentile concessione di Marco Rossi"),
        # A generic credit of two words or more alone on its line, and names before a credit's closing word.
        ("File photo", "File photo"),
        ("Imagen de archivo", "Imagen de archivo"),
        ("Фото автора", "Фото автора"),
        ("Organizatorių nuotrauka", "Organizatorių nuotrauka"),
        ("Jonas Petraitis nuotr.", "Jonas Petraitis nuotr."),
        ("田中一郎撮影", "田中一郎撮影"),
    ],
)
def test_credit_lines_in_many_languages(line: str, credit: str) -> None:
    text = f"The port opened on Monday after years of delay.\n{line}\nIt can take four ships."
    assert cuts(text, PhotoCredits()) == [("credit_line", line + "\n")]
    md = boilerstrip.clean(text, favor="clean").metadata
    assert any(img.credit == credit for img in md.images)


@pytest.mark.parametrize(
    ("line", "cut"),
    [
        ("© Sputnik / Yerlan Dzhaksybekov / Go to the mediabankA ferry leaves the new terminal", "mediabank_link"),
        ("© Sputnik / Dmitri Sorokin / Acessar o banco de imagensEngenheiros inspecionam membranas", "mediabank_link"),
        ("© РИА Новости / Илья Вершинин / Перейти в медиабанкОзеро Байкал в районе мыса", "mediabank_link"),
        ("© Sputnik / Денис Абрамов符拉迪沃斯托克商港的集装箱码头", "credit_glued"),
        ("Fot. Adam Wroński/PAPBudynek Naczelnego Sądu Administracyjnego", "credit_glued"),
    ],
)
def test_glued_credits_are_cut_at_the_glue(line: str, cut: str) -> None:
    [(reason, removed)] = cuts(line, PhotoCredits())
    assert reason == cut
    caption = line[len(removed) :]
    assert caption[0].isupper() or not caption[0].isascii()
    assert len(caption.split()) >= 1 and not removed.endswith(" ")


@pytest.mark.parametrize(
    "line",
    [
        "Photo identification will be required at every polling station for the first time.",
        "Photographs from the early 1990s show us in wool jumpers in July.",
        "© 2024 AFP",
        "Fotos sagen oft mehr als Messreihen.",
        "Sputnik reported that the talks would continue next week in Geneva.",
    ],
)
def test_prose_and_footers_are_not_credits(line: str) -> None:
    assert cuts(line, PhotoCredits()) == []


def test_contract() -> None:
    check_cleaner(PhotoCredits(), ["© Sputnik / X\nText.", "", "Photo:", "\n\n©"])


@pytest.mark.parametrize(
    ("lang", "credit"),
    [
        ("uk", "Фото: ілюстративне фото"),
        ("ru", "Фото: архив"),
        ("es", "Foto: archivo"),
        ("de", "Foto: Symbolbild"),
        ("cs", "Foto: ilustrační"),
        ("tr", "Fotoğraf: temsili"),
        ("it", "Foto: repertorio"),
    ],
)
def test_a_credit_to_no_one_after_its_label_is_a_credit(lang: str, credit: str) -> None:
    # An archive or stock picture is credited so ([credit] generic of the lexicon): no name follows the label.
    para = "The court found the contractor guilty of taking money meant for repairs to the village school."
    page = f"{para}\n{credit}\n{para.replace('court', 'judge')}\nAdvertisement\n"
    found = [(r.cleaner, r.reason) for r in boilerstrip.clean(page, lang=lang).removed if r.text.strip() == credit]
    assert found == [("photo_credits", "credit_line")]


def test_a_label_over_a_sentence_about_an_archive_is_no_credit() -> None:
    from boilerstrip.rules.kit import looks_like_credit

    assert looks_like_credit("archivo", labelled=True)
    assert not looks_like_credit("archivo municipal de la ciudad y sus fondos", labelled=True)
    assert not looks_like_credit("archivo")  # unlabelled: a word, not a credit


@pytest.mark.parametrize(
    "credit",
    [
        "Foto: Junta de Freguesia de Vale de Sorraia",
        "Foto: Ayuntamiento de San Vicente de la Barquera",
        "Foto: Comune di San Giovanni in Persiceto",
    ],
)
def test_an_organisations_long_name_with_its_particles_is_a_credit(credit: str) -> None:
    # Seven words, four of them names: the particles between them do not make the credit a sentence.
    text = f"O parque foi construído em 2004 e reaberto esta semana.\n{credit}\nEstava fechado desde julho.\n"
    assert cuts(text, PhotoCredits()) == [("credit_line", credit + "\n")]
    longer = credit + " e da Associação de Pais da Escola Básica"
    assert cuts(text.replace(credit, longer), PhotoCredits()) == []


@pytest.mark.parametrize("caption", ["(Foto di gruppo)", "(Photo of the week)", "(foto del archivo municipal)"])
def test_a_captions_words_after_a_label_word_in_brackets_are_no_credit(caption: str) -> None:
    # "(Foto Ansa)" is a credit (test_credit_lines_in_many_languages); after the word "Foto" a caption's own
    # words are not.
    text = f"Il tribunale ha condannato l'uomo a tre anni per truffa.\nL'ingresso del tribunale\n{caption}\n"
    assert cuts(text + "Il processo è durato un anno.\n", PhotoCredits()) == []


@pytest.mark.parametrize(
    "line",
    [
        "Archive",  # one generic word heads a document's section as often as it credits a picture
        "Screenshot",
        "Tai buvo labai graži nuotrauka",  # "that was a very beautiful photo": no names before the word
        "写真は市民が撮影",  # a sentence ("the photo was taken by a resident"), not a name before the word
    ],
)
def test_single_generic_words_and_sentences_ending_in_a_credit_word_stay(line: str) -> None:
    text = f"The port opened on Monday after years of delay.\n{line}\nIt can take four ships."
    assert cuts(text, PhotoCredits()) == []


@pytest.mark.parametrize(
    ("line", "credit", "sentence"),
    [
        (
            "Фото: Рустем Сафин С середины декабря речной трамвай начнёт ходить из Казани круглый год. "
            "Билет будет стоить сто рублей.",
            "Рустем Сафин",
            "С середины декабря речной трамвай начнёт ходить из Казани круглый год. Билет будет стоить сто рублей.",
        ),
        (
            "Photo: John Smith The council said on Monday that the new bridge would open in the spring. "
            "It will carry cars and bicycles.",
            "John Smith",
            "The council said on Monday that the new bridge would open in the spring. It will carry cars and bicycles.",
        ),
    ],
)
def test_a_credit_run_into_the_next_sentence_after_a_space_is_cut_from_it(
    line: str, credit: str, sentence: str
) -> None:
    # The paragraph under the photo, run into its credit: the credit goes, the paragraph stays.
    found = cuts(line + "\n", PhotoCredits(), lang=None)
    assert [reason for reason, _ in found] == ["credit_joined"]
    assert found[0][1].strip().endswith(credit)
    page = (
        "The city council approved the budget for the new water works on Monday after a long debate.\n"
        f"{line}\nThe works start in January and should take four months, the mayor said.\n"
    )
    assert sentence in boilerstrip.clean(page, favor="clean").text.splitlines()


@pytest.mark.parametrize(
    "line",
    [
        # German capitalises its nouns: no split point reads as names, then a sentence.
        "Foto: Anna Berg Die Stadt will die Brücke im Frühjahr öffnen, sagte der Bürgermeister.",
        # A manual's step: the words after the label are no names.
        "Photo: Tap the camera button to take a picture of the receipt and keep it.",
    ],
)
def test_a_label_over_words_that_are_no_names_and_a_sentence_is_not_split(line: str) -> None:
    assert [reason for reason, _ in cuts(line + "\n", PhotoCredits())] == []


@pytest.mark.parametrize("line", ["[Photo: Reuters]", "[Foto: Agencia EFE]", "［写真：共同通信］"])
def test_a_credit_wrapped_in_square_brackets_is_a_credit(line: str) -> None:
    p1 = "The council approved the new school budget on Tuesday after a long debate about the port."
    p2 = "The mayor said the work would begin in March and take about a year, after which pupils move in."
    assert [c[0] for c in cuts(f"{p1}\n{line}\n{p2}\n", PhotoCredits())] == ["credit_line"]
