"""Phrase-list coverage: interface phrases found on the public benchmarks, and prose that shares their words.

Each phrase class added to ``boilerstrip/data/lexicon`` is pinned here twice:
the interface line is removed (with the right reason), and an article
sentence that opens with or contains the same words is kept.
"""

from __future__ import annotations

import pytest

import boilerstrip
from boilerstrip.cleaners import ReadMoreTails, RelatedTeasers, UiStrings
from boilerstrip.testing import cuts

P = "The council approved the budget on Tuesday after a long debate about the new school."
P2 = "Officials expect the new school to open its doors to the first pupils in September."
P_DE = "Der Gemeinderat hat den Haushalt am Dienstag nach einer langen Debatte über die neue Schule beschlossen."

P2_DE = "Die Bauarbeiten sollen im Herbst beginnen und rund zwei Jahre dauern, teilte die Verwaltung mit."


def _lines(text: str) -> list[str]:
    return boilerstrip.clean(text).text.split("\n")


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        # table-of-contents labels
        ("Inhaltsverzeichnis", "navigation"),
        ("Table of Contents", "navigation"),
        ("Sommaire", "navigation"),
        ("Índice", "navigation"),
        ("Spis treści", "navigation"),
        # empty comment sections and comment moderation
        ("Keine Kommentare", "comment_ui"),
        ("Noch keine Kommentare", "comment_ui"),
        ("| Kommentare insgesamt: 0 | |", "comment_ui"),
        ("Aucun commentaire", "comment_ui"),
        ("Brak komentarzy", "comment_ui"),
        ("Du musst eingeloggt sein, um Kommentare zu schreiben!", "comment_ui"),
        ("Note: we are temporarily moderating all comments submitted to deal with spam.", "comment_ui"),
        (
            "ATENÇÃO: Comentários ofensivos não serão aprovados pelo moderador.",
            "comment_ui",
        ),
        # newsletter, app and letters prompts
        ("Zum Newsletter anmelden", "subscribe_prompt"),
        ("Lust auf mehr? Melde dich hier für unseren Newsletter an!", "subscribe_prompt"),
        ("Never miss the latest news by signing up to our newsletter today!", "subscribe_prompt"),
        (
            "For the latest stories and breaking news updates download the Harbour Post apps for iOS and Android.",
            "subscribe_prompt",
        ),
        ("Get the day’s top headlines delivered to your inbox every morning.", "subscribe_prompt"),
        ("Submit your letter to the editor via this form.", "subscribe_prompt"),
        ("If you enjoyed reading this post – would you consider supporting our work?", "subscribe_prompt"),
        ("Subscribe now to our e-edition for the full story.", "subscribe_prompt"),
        ("HAZTE MIEMBRO Y DISFRUTA DE BENEFICIOS EXCLUSIVOS", "subscribe_prompt"),
        ("Zapraszamy też do subskrypcji naszego tygodnika.", "subscribe_prompt"),
        # log-in states
        ("Sie sind aktuell nicht eingeloggt.", "login_prompt"),
        (
            "If you’re seeing this message but you’re already a subscriber, you can log in for access.",
            "login_prompt",
        ),
        # copyright and reprint notices
        ("This article is the copyrighted property of the Harbour Post.", "legal_footer"),
        ("Written permission must be obtained before reprint in online or print media.", "legal_footer"),
        ("Materiał chroniony prawem autorskim - zasady przedruków określa regulamin.", "legal_footer"),
        ("(Alle Angaben ohne Gewähr)", "legal_footer"),
        ("This copy is for your personal, non-commercial use only.", "legal_footer"),
        # sponsored-content and affiliate disclosures
        ("*Werbung. Dieser Beitrag enthält Werbung für eine Kosmetikmarke.", "ad_marker"),
        ("We may receive compensation when you click on links to those products.", "ad_marker"),
        ("If you buy something through this post, we may get a share of the sale.", "ad_marker"),
        # embed placeholders and app links
        ("Sieh dir diesen Beitrag auf Instagram an", "media_link"),
        ("View this post on Instagram", "media_link"),
        ("Ver esta publicación en Instagram", "media_link"),
        ("CLICK HERE TO GET THE HARBOUR NEWS APP", "app_promo"),
        # labels
        ("Kategorie: News", "tag_list"),
        ("Bild anzeigen", "media_link"),
        ("Zum Weiterlesen:", "related_header"),
        ("Weitere Themen", "related_header"),
        ("Contenido Relacionado", "related_header"),
        # syndication notices
        (
            "This report is auto-generated from ANI news service. The portal holds no responsibility for its content.",
            "legal_footer",
        ),
        (
            "(This story has not been edited by our staff and is auto-generated from a syndicated feed.)",
            "legal_footer",
        ),
    ],
)
def test_interface_lines(line: str, reason: str) -> None:
    assert cuts(f"{P}\n{line}\n{P}", UiStrings()) == [(reason, line + "\n")]


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Auch lesen: Diese drei Sternzeichen verschenken ihr Herz", "Diese drei Sternzeichen verschenken ihr Herz"),
        ("Lesen Sie hier: Spielabbruch in der Kreisliga", "Spielabbruch in der Kreisliga"),
        ("Lea más: Gobierno presenta plan para reducir la deuda", "Gobierno presenta plan para reducir la deuda"),
        ("Mire: El cantante da positivo a COVID-19", "El cantante da positivo a COVID-19"),
        ("VEA TAMBIÉN: Estudiantes sin aulas en la zona oeste", "Estudiantes sin aulas en la zona oeste"),
        ("PUEDES VER: ¿Qué es la Sunedu y para qué sirve?", "¿Qué es la Sunedu y para qué sirve?"),
        ("À lire aussi » Quel est votre profil digestif ?", "Quel est votre profil digestif ?"),
        ("Dowiedz się więcej: Kto jak głosował ws. funduszy", "Kto jak głosował ws. funduszy"),
        ("SEE MORE: Students under siege in university", "Students under siege in university"),
        ("Related post: Pickled Brussels Sprouts Recipe", "Pickled Brussels Sprouts Recipe"),
    ],
)
def test_read_also_lines_keep_the_headline(line: str, title: str) -> None:
    text = f"{P}\n{line}\n{P}"
    assert cuts(text, RelatedTeasers()) == [("read_also", line + "\n")]
    assert [r.title for r in boilerstrip.clean(text, favor="clean").metadata.related] == [title]


@pytest.mark.parametrize("heading", ["Weitere Themen", "Empfohlene Beiträge", "NOTAS RELACIONADAS", "DON'T MISS"])
def test_related_headings_take_their_list(heading: str) -> None:
    text = (
        f"{P}\n{P2}\n{heading}\nFuel prices expected to rise again next month\n"
        "Airport expansion plan goes to public consultation"
    )
    result = boilerstrip.clean(text)
    assert result.text == f"{P}\n{P2}"
    assert [r.title for r in result.metadata.related] == [
        "Fuel prices expected to rise again next month",
        "Airport expansion plan goes to public consultation",
    ]


def test_last_modified_labels_fill_updated() -> None:
    result = boilerstrip.clean(f"{P_DE}\n{P2_DE}\nLetzte Änderung 14.02.2019", favor="clean")
    assert result.text == f"{P_DE}\n{P2_DE}"
    assert result.metadata.updated == "2019-02-14"
    assert result.metadata.date is None


def test_news_date_line_with_category() -> None:
    result = boilerstrip.clean(f"News date : 04/21/2022 Category : Press Releases\n{P}\n{P2}")
    assert result.text == f"{P}\n{P2}"
    assert result.metadata.date == "2022-04-21"


def test_photo_credit_labels() -> None:
    text = f"{P}\nUne femme consulte son téléphone dans son lit.\nCrédits photos : Agence Lumière\n{P2}"
    result = boilerstrip.clean(text, favor="clean")
    assert result.text == f"{P}\n{P2}"
    assert [(i.caption, i.credit) for i in result.metadata.images] == [
        ("Une femme consulte son téléphone dans son lit.", "Agence Lumière")
    ]


def test_click_to_tweet_tail_leaves_the_quote() -> None:
    text = f"{P}\nEvery online business exists in the space-time continuum.Click To Tweet\n{P}"
    assert cuts(text, ReadMoreTails()) == [("read_more", "Click To Tweet")]


def test_membership_pitch_does_not_mark_a_paywall() -> None:
    text = f"{P}\n{P2}\nApoya el periodismo independiente desde 4 dólares al mes. Cancela cuando quieras."
    result = boilerstrip.clean(text)
    assert result.text == f"{P}\n{P2}"
    assert result.metadata.paywalled is False


@pytest.mark.parametrize(
    "sentence",
    [
        "Keine Kommentare wollte der Investor am Freitag abgeben, die Gespräche liefen noch.",
        "Weitere Themen der Sitzung waren die Sanierung der Grundschule und die Gebühren.",
        "Das Inhaltsverzeichnis des Gutachtens umfasst allein vier Seiten.",
        "Zum Weiterlesen empfahl die Bürgermeisterin den Bericht des Ministeriums.",
        "Die letzte Änderung am Entwurf stammt vom Februar: Damals strich die Verwaltung ein Untergeschoss.",
        "Mira: aquí vendía pescado mi abuela y aquí lo sigo vendiendo yo, contó Rosa Medina.",
        "Le puede interesar saber a los visitantes que el edificio conserva su estructura de hierro.",
        "Lea más sobre la historia del mercado en las placas que instaló la alcaldía.",
        "Contenido relacionado con la reapertura se exhibe en una sala del segundo piso.",
        "Don't miss the chance to see the comet, astronomers told residents on Monday evening.",
        "Nie brak komentarzy ekspertów, którzy ostrzegają przed skutkami nowej ustawy.",
    ],
)
def test_prose_with_the_same_words_stays(sentence: str) -> None:
    assert sentence in _lines(f"{P}\n{sentence}\n{P2}")


def test_syndication_words_in_prose_are_kept() -> None:
    text = "This report is auto-generated from the sensor data; the team holds no responsibility for gaps."
    assert boilerstrip.clean(text).text == text


def test_a_promo_glued_to_the_last_paragraph_goes_and_the_paragraph_stays() -> None:
    body = (
        "Pemerintah kabupaten berencana membangun dermaga apung baru agar kapal wisata dari Banjarmasin "
        "bisa bersandar tanpa mengganggu jukung pedagang."
    )
    text = f"{P}\n{body} Simak berita dan artikel lainnya di Google News.\n{P2}"
    assert boilerstrip.clean(text).text == f"{P}\n{body}\n{P2}"


# Platform strings (WordPress comment form, Jetpack sharing and likes, Blogger and WordPress.com
# footers, XenForo) in their official translations: the block under an invented article goes,
# and a sentence of the article that opens with the same words stays.
PLATFORM_CHROME = [
    pytest.param(
        [
            "Der Kanuverein hat am Samstag sein neues Bootshaus am Altarm eingeweiht.",
            "Rund dreihundert Gäste kamen, um die Ruderboote und die neue Steganlage zu besichtigen.",
        ],
        [
            "Teilen mit:",
            "Gefällt mir:",
            "Gefällt mir Wird geladen …",
            "Sei der Erste, dem dies gefällt.",
            "Schreibe einen Kommentar Antworten abbrechen",
            "Bloggen auf WordPress.com.",
        ],
        "Gefällt mir nicht, sagte eine Anwohnerin über den neuen Parkplatz hinter dem Bootshaus.",
        id="de",
    ),
    pytest.param(
        [
            "La cooperativa de regantes estrenó este lunes la nueva balsa de riego junto al molino.",
            "La obra permitirá almacenar agua suficiente para tres meses de verano en las huertas del valle.",
        ],
        [
            "Comparte esto:",
            "Me gusta esto:",
            "Me gusta Cargando...",
            "Sé el primero en decir que te gusta.",
            "Deja una respuesta Cancelar la respuesta",
            "Recibir un correo electrónico con cada nueva entrada.",
            "Con la tecnología de Blogger.",
        ],
        "Me gusta esto de ver la acequia llena otra vez, contó un agricultor mientras abría la compuerta.",
        id="es",
    ),
    pytest.param(
        [
            "La médiathèque du quartier des Tanneurs rouvre ses portes après huit mois de travaux.",
            "Les lecteurs y trouveront une salle de jeux vidéo et un atelier de réparation de vélos.",
        ],
        [
            "Partager :",
            "J’aime chargement…",
            "Sur le même thème",
            "Laisser un commentaire Annuler la réponse",
            "Prévenez-moi de tous les nouveaux articles par e-mail.",
        ],
        "Sur le même thème, le conseil municipal a voté la rénovation du gymnase voisin pour l'an prochain.",
        id="fr",
    ),
    pytest.param(
        [
            "Il comune ha riaperto la passerella pedonale sul torrente dopo i lavori di consolidamento.",
            "Il nuovo parapetto in legno di castagno è stato montato dai volontari della protezione civile.",
        ],
        [
            "Mi piace:",
            "Mi piace Caricamento...",
            "Di’ per primo che ti piace.",
            "Lascia un commento Annulla risposta",
            "Blog su WordPress.com.",
        ],
        "Mi piace pensare che la passerella riunisca davvero le due frazioni, ha detto la sindaca.",
        id="it",
    ),
    pytest.param(
        [
            "De bibliotheek in de oude zuivelfabriek is na een lange verbouwing weer open.",
            "Op de bovenverdieping is nu een leeszaal met uitzicht op de haven en de sluis.",
        ],
        [
            "Dit delen:",
            "Vind ik leuk:",
            "Vind ik leuk Laden...",
            "Wees de eerste om dit leuk te vinden.",
            "Geef een reactie Reactie annuleren",
            "Mogelijk gemaakt door Blogger.",
        ],
        "Vind ik leuk dat de leeszaal weer open is, zei een bewoner van de wijk op zaterdag.",
        id="nl",
    ),
    pytest.param(
        [
            "Gmina otworzyła w sobotę nową ścieżkę rowerową wzdłuż starego nasypu kolejowego.",
            "Trasa ma jedenaście kilometrów i łączy trzy wsie z dworcem w miasteczku.",
        ],
        [
            "Polub to:",
            "Polub Wczytywanie…",
            "Dodaj komentarz Anuluj pisanie odpowiedzi",
            "Obsługiwane przez usługę Blogger.",
        ],
        "Polub to, co robisz, radził uczniom dyrektor szkoły podczas otwarcia nowej pracowni.",
        id="pl",
    ),
    pytest.param(
        [
            "A feira de sementes crioulas voltou à praça da vila depois de dois anos de interrupção.",
            "Os agricultores trocaram variedades antigas de feijão, milho e abóbora durante toda a manhã.",
        ],
        [
            "Partilhe isto:",
            "Gosto disto:",
            "Gosto A carregar...",
            "Compartilhe isso:",
            "Curtir isso:",
            "Curtir Carregando...",
            "Seja o primeiro a curtir este post.",
            "Tecnologia do Blogger.",
        ],
        "Gosto disto, disse a moradora ao ver as bancas de sementes espalhadas pela praça central.",
        id="pt",
    ),
    pytest.param(
        [
            "Primăria a redeschis luni piața agroalimentară din cartierul de lângă gară.",
            "Producătorii locali au primit mese noi și un acoperiș care îi apără de ploaie.",
        ],
        ["Distribuie asta:", "Îți place asta:", "Apreciază Încarc…"],
        "Îți place asta sau nu, noul program al pieței intră în vigoare de luni, a anunțat primăria.",
        id="ro",
    ),
    pytest.param(
        [
            "В городе открыли новый пешеходный мост через реку после двух лет ремонта.",
            "По вечерам мост подсвечивают, а на его середине поставили скамейки для отдыха.",
        ],
        ["Поделиться ссылкой:", "Нравится:", "Нравится Загрузка...", "Добавить комментарий Отменить ответ"],
        "Нравится это или нет, но старый мост закроют уже в следующем месяце, сообщили в мэрии.",
        id="ru",
    ),
    pytest.param(
        [
            "Belediye, sahil yolundaki eski iskeleyi onararak yeniden kullanıma açtı.",
            "İskelenin ucuna balıkçılar için gölgelikli oturma alanları yapıldı.",
        ],
        [
            "Bunu paylaş:",
            "Bunu beğen:",
            "Beğen Yükleniyor...",
            "Bir yanıt yazın Yanıtı iptal et",
            "Blogger tarafından desteklenmektedir.",
        ],
        "Bunu beğen ya da beğenme, iskele yaz boyunca gece yarısına kadar açık kalacak, dedi başkan.",
        id="tr",
    ),
]


@pytest.mark.parametrize(("article", "chrome", "sentence"), PLATFORM_CHROME)
def test_platform_strings_leave_the_article(article: list[str], chrome: list[str], sentence: str) -> None:
    text = "\n".join(article + chrome)
    assert boilerstrip.clean(text).text == "\n".join(article)
    removed = cuts(text, UiStrings())
    assert [line for _, line in removed] == [line + "\n" for line in chrome[:-1]] + [chrome[-1]]


@pytest.mark.parametrize(("article", "chrome", "sentence"), PLATFORM_CHROME)
def test_prose_sharing_platform_words_stays(article: list[str], chrome: list[str], sentence: str) -> None:
    assert sentence in _lines("\n".join([article[0], sentence, article[1]]))
