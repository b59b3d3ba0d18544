# ruff: noqa: E501  (prose: one paragraph per string)
"""Bergblatt (German): an invented magazine about mountain paths and huts."""

HOST = "bergblatt.example"
LANG = "de"
TOP = ["Bergblatt – das Magazin für Wege, Hütten und Gipfel"]
SECTION = "Hüttenleben: Geschichten von den Menschen, die oben bleiben"
NEWSLETTER = (
    "Der Gipfelbrief kommt jeden Donnerstag: Tourentipps, Wetterlage und ein Hüttenporträt, direkt in Ihr Postfach."
)
AUTHORS = {
    "Jonas Kreuzberger": "Jonas Kreuzberger wandert seit seiner Kindheit im Steinkar und schreibt für das Bergblatt über Hütten und Wege.",
    "Lena Oberhollenzer": "Lena Oberhollenzer ist Bergführerin und berichtet für das Bergblatt über Sicherheit am Berg.",
    "Matthias Gruberbauer": "Matthias Gruberbauer fotografiert und schreibt für das Bergblatt, am liebsten über die kleinen Hütten abseits der Routen.",
}
RELATED_HEADER = "Das könnte Sie auch interessieren"
RELATED = [
    "Die Falkenhütte bekommt eine neue Solaranlage",
    "Warum der Höhenweg im Juni noch gesperrt bleibt",
    "Zehn Jahre Bergsteigerdorf Innerwald",
    "Ein Winter als Hüttenwirtin auf 2400 Metern",
]
FOOTER = ["Das Bergblatt erscheint im Verlag Hohe Warte, Rosenheimer Gasse 3. Alle Touren ohne Gewähr."]
STORIES = [
    (
        "Die Wirtsleute der Kargalm hören auf",
        "Matthias Gruberbauer",
        [
            "Nach einunddreißig Sommern geben Resi und Florian Haidacher die Kargalm ab; die Sektion sucht bereits eine Nachfolge.",
            "Ihr Kaiserschmarrn war in der ganzen Gegend bekannt, und manche Gäste kamen nur seinetwegen den steilen Steig herauf.",
        ],
    ),
    (
        "Neuer Steig zum Grauen Kopf eröffnet",
        "Jonas Kreuzberger",
        [
            "Ehrenamtliche der Sektion haben den alten Jägersteig zum Grauen Kopf in drei Sommern wieder begehbar gemacht.",
            "Der Weg ist nun markiert, verlangt aber Trittsicherheit: an zwei Stellen helfen Drahtseile über glatte Platten.",
            "Für den Aufstieg sollten Wanderer gut vier Stunden einplanen.",
        ],
    ),
    (
        "Lawinenkurs für Hüttenwirte",
        "Lena Oberhollenzer",
        [
            "Zum ersten Mal haben sich die Wirte aller Hütten im Tal zu einem gemeinsamen Lawinenkurs getroffen.",
            "Zwei Tage lang übten sie mit Sonden und Suchgeräten, denn im Frühjahr sind sie oft die Ersten, die bei einem Unglück helfen.",
        ],
    ),
    (
        "Wasser wird knapp auf der Sonnwendhütte",
        "Matthias Gruberbauer",
        [
            "Auf der Sonnwendhütte muss in diesem Sommer mit dem Wasser gespart werden, weil die Quelle oberhalb kaum noch schüttet.",
            "Duschen gibt es vorerst keine, und das Geschirr wird in einem großen Bottich gespült.",
        ],
    ),
    (
        "Ein Gipfelbuch aus dem Jahr 1911",
        "Jonas Kreuzberger",
        [
            "Bei Arbeiten am Gipfelkreuz des Rotstein kam ein Blechkasten mit einem Gipfelbuch aus dem Jahr 1911 zum Vorschein.",
            "Die Einträge sind in Kurrentschrift verfasst; das Heimatmuseum will sie entziffern und ausstellen.",
        ],
    ),
    (
        "Wenn das Wetter schneller ist",
        "Lena Oberhollenzer",
        [
            "Gewitter am Nachmittag sind im Hochsommer die häufigste Gefahr, die Wanderer unterschätzen.",
            "Wer früh aufbricht und den Gipfel vor Mittag erreicht, ist meist wieder an der Hütte, bevor sich die Wolken auftürmen.",
            "Die Bergrettung rät, die Wetterlage am Vorabend und am Morgen noch einmal zu prüfen.",
        ],
    ),
    (
        "Kinder bauen Trockenmauern am Almweg",
        "Matthias Gruberbauer",
        [
            "Eine Woche lang haben zwanzig Kinder aus dem Tal mit zwei Maurern die eingestürzten Trockenmauern am Almweg neu aufgeschichtet.",
            "Jeder Stein wurde dabei von Hand gesucht und gesetzt, ganz ohne Mörtel, so wie es die Bauern früher getan haben.",
        ],
    ),
    (
        "Seilbahn oder Stille?",
        "Jonas Kreuzberger",
        [
            "Im Tal wird heftig über den Plan gestritten, eine kleine Materialseilbahn für Gäste zu öffnen.",
            "Die Befürworter hoffen auf mehr Besucher, die Gegner fürchten um die Ruhe, die das hintere Tal bis heute auszeichnet.",
        ],
    ),
    (
        "Die Nacht im Winterraum",
        "Lena Oberhollenzer",
        [
            "Winterräume sind im Notfall ein Segen, doch immer öfter finden Hüttenwirte sie im Frühjahr verschmutzt und ohne Holz vor.",
            "Die Sektion bittet darum, Decken zu falten, den Ofen auszukehren und für die Nächsten Holz nachzulegen.",
        ],
    ),
    (
        "Ein Hüttenhund geht in Rente",
        "Matthias Gruberbauer",
        [
            "Zwölf Jahre lang hat Bernhardiner Bruno die Gäste der Kesselalm begrüßt; nun darf er unten im Dorf seinen Ruhestand genießen.",
            "Viele Stammgäste brachten ihm zum Abschied Würste mit, was der Wirt nur halb gutheißen wollte.",
        ],
    ),
]


def page(i: int, title: str, author: str, paragraphs: list[str]) -> tuple[list[str], list[str]]:
    """(input lines, expected lines) of one page."""
    related = [RELATED[(i + k) % len(RELATED)] for k in range(2)]
    first, rest = paragraphs[0], paragraphs[1:]
    lines = [
        title,
        *TOP,
        SECTION,
        f"Von {author}",
        first,
        NEWSLETTER,
        *rest,
        AUTHORS[author],
        RELATED_HEADER,
        *related,
        *FOOTER,
    ]
    return lines, list(paragraphs)


# The rest of each story: these pages are full articles, not briefs.
MORE = [
    [
        "In den ersten Jahren trugen die beiden jeden Sack Mehl selbst hinauf, bevor die Sektion eine kleine Materialbahn baute.",
        "Wer die Hütte übernehmen will, sollte nach ihren Worten vor allem eines mitbringen: Freude an langen Tagen und wenig Schlaf.",
    ],
    [
        "Die alten Markierungen stammten noch aus der Zeit, als die Jäger des Grafen hier oben Gämsen zählten.",
        "Beim Freischneiden fanden die Helfer verrostete Haken, an denen einst ein Holzgeländer befestigt gewesen sein muss.",
    ],
    [
        "Die Übungen fanden auf einem Hang oberhalb der Talstation statt, wo die Bergwacht vorher künstliche Lawinenkegel aufgeschüttet hatte.",
        "Am Ende fanden alle Teilnehmer die vergrabenen Geräte in weniger als zehn Minuten, was die Ausbilder sichtlich freute.",
    ],
    [
        "Schon im vergangenen Herbst hatte die Wirtin bemerkt, dass der Zulauf in die Zisterne schwächer wurde.",
        "Die Sektion prüft nun, ob eine zweite Quelle weiter unten am Hang gefasst werden kann.",
    ],
    [
        "Der erste Eintrag stammt von zwei Lehrern aus der Stadt, die den Gipfel an einem Augusttag bei dichtem Nebel erreichten.",
        "Sie notierten, dass sie nichts sahen außer einander, und dass ihnen das vollkommen genüge.",
    ],
    [
        "Gerade auf langen Graten gibt es oft keinen schnellen Weg zurück, wenn sich die Lage plötzlich verschlechtert.",
        "Wer unterwegs von einem Gewitter überrascht wird, sollte Grate und einzelne Bäume meiden und sich in eine Mulde hocken.",
    ],
    [
        "Die Mauern halten den Weg zusammen und verhindern, dass Regen und Vieh die Böschung abtragen.",
        "Im nächsten Jahr sollen die Kinder wiederkommen und den Abschnitt bis zur oberen Alm fertigstellen.",
    ],
    [
        "Bei einer Versammlung im Gemeindesaal meldeten sich mehr als siebzig Menschen zu Wort, und die Debatte dauerte bis kurz vor Mitternacht.",
        "Der Bürgermeister will nun ein Gutachten abwarten, bevor der Gemeinderat entscheidet.",
    ],
    [
        "In einem Winterraum fanden die Wirte zuletzt sogar leere Konservendosen unter den Matratzen.",
        "Wer einen Winterraum nutzt, sollte außerdem ins Hüttenbuch schreiben, damit im Notfall bekannt ist, wer dort war.",
    ],
    [
        "Bruno kam als Welpe auf die Alm und lernte schnell, dass Wanderer mit Rucksäcken oft etwas Essbares dabeihaben.",
        "Sein Nachfolger, ein junger Hütehund, soll sich vor allem um die Kühe kümmern und weniger um die Gäste.",
    ],
]
