# ruff: noqa: E501  (prose: one paragraph per string)
"""De Polderpost (Dutch): an invented weekly of polder villages."""

HOST = "polderpost.example"
LANG = "nl"
TOP = ["De Polderpost · nieuws uit de dorpen achter de dijk"]
SECTION = "Dorpsleven: verenigingen, kerken, scholen en wat er verder speelt"
NEWSLETTER = "Elke zondag de Dijkbrief in je mailbox: het weekoverzicht met de agenda van de dorpshuizen."
AUTHORS = {
    "Femke Oudeboer": "Femke Oudeboer woont in Ouderkerk aan de Vliet en schrijft al vijftien jaar voor De Polderpost over het dorpsleven.",
    "Sjoerd van Kampenhout": "Sjoerd van Kampenhout volgt voor De Polderpost de waterschappen, de boeren en het weer.",
}
RELATED_HEADER = "Meer uit Dorpsleven"
RELATED = [
    "Gemaal De Hoop krijgt een nieuwe pomp",
    "Schaatsclub hoopt op een strenge winter",
    "Dorpshuis Vlietzicht viert zijn jubileum",
    "Fietspad langs de Ringvaart eindelijk verbreed",
    "Kaasboerderij opent een winkeltje aan huis",
    "Basisschool De Wilg plant honderd bomen",
]
FOOTER = ["De Polderpost wordt gemaakt door vrijwilligers en verschijnt elke donderdag."]
STORIES = [
    (
        "Molen De Zwaluw draait weer",
        "Femke Oudeboer",
        [
            "Na twee jaar restauratie draaien de wieken van molen De Zwaluw weer, tot vreugde van de vrijwillige molenaars.",
            "De nieuwe roeden zijn gemaakt van Zweeds grenen, net als de oude, die na een storm waren gescheurd.",
        ],
    ),
    (
        "Boeren klagen over de natte lente",
        "Sjoerd van Kampenhout",
        [
            "Door de aanhoudende regen staan veel percelen in de polder nog onder water, en het zaaien van de aardappelen loopt weken achter.",
            "Het waterschap laat de gemalen dag en nacht draaien, maar de sloten kunnen het water nauwelijks kwijt.",
        ],
    ),
    (
        "Kerkkoor zoekt nieuwe stemmen",
        "Femke Oudeboer",
        [
            "Het gemengd koor van de dorpskerk zoekt dringend tenoren en bassen, want de jongste zanger is inmiddels zevenenzestig.",
            "De dirigente belooft dat niemand auditie hoeft te doen en dat de koffie na de repetitie goed is.",
        ],
    ),
    (
        "Ooievaars broeden op het nieuwe nest",
        "Sjoerd van Kampenhout",
        [
            "Voor het eerst sinds de jaren zeventig broedt er weer een ooievaarspaar in Vlietdorp, op een paal die de jeugdclub vorig jaar plaatste.",
            "Buurtbewoners houden de vogels met een verrekijker in de gaten en melden elke verandering in de appgroep.",
        ],
    ),
    (
        "Dorpswinkel blijft open dankzij buren",
        "Femke Oudeboer",
        [
            "De laatste supermarkt van Ouderkerk aan de Vliet blijft open, nu tachtig dorpsgenoten samen een coöperatie hebben opgericht.",
            "Vrijwilligers vullen 's avonds de schappen, en de bakker uit het buurdorp levert elke ochtend vers brood.",
        ],
    ),
    (
        "Dijkversterking begint in september",
        "Sjoerd van Kampenhout",
        [
            "Het waterschap begint in september met het versterken van de dijk tussen de twee sluizen, een klus van drie jaar.",
            "Tijdens de werkzaamheden wordt het fietspad op de dijk afgesloten; een omleiding loopt door de polder.",
        ],
    ),
    (
        "Ijsvereniging rekent op vorst",
        "Femke Oudeboer",
        [
            "De ijsvereniging heeft de ijsbaan achter het dorpshuis al onder water gezet, in de hoop op een paar weken vorst.",
            "De vorige keer dat er geschaatst kon worden is alweer vier winters geleden.",
        ],
    ),
    (
        "Een museum in de oude zuivelfabriek",
        "Sjoerd van Kampenhout",
        [
            "In de leegstaande zuivelfabriek aan de Vlietkade komt een klein museum over honderd jaar melk en kaas in de polder.",
            "Oud-medewerkers hebben melkbussen, weegschalen en foto's uit hun zolders gehaald.",
        ],
    ),
    (
        "Leerlingen schrijven brieven aan ouderen",
        "Femke Oudeboer",
        [
            "Leerlingen van groep zes schrijven elke maand een brief aan een bewoner van het verzorgingshuis aan de Kerkstraat.",
            "Sommige ouderen schrijven terug, en een meneer van vierennegentig stuurde een tekening van zijn eerste fiets.",
        ],
    ),
    (
        "Muskusrattenvanger neemt afscheid",
        "Sjoerd van Kampenhout",
        [
            "Na achtendertig jaar langs de sloten neemt Gerrit Spaargaren afscheid als muskusrattenvanger van het waterschap.",
            "Hij schat dat hij in al die jaren meer dan veertigduizend kilometer langs de oevers heeft gelopen.",
        ],
    ),
]


def page(i: int, title: str, author: str, paragraphs: list[str]) -> tuple[list[str], list[str]]:
    """(input lines, expected lines) of one page."""
    related = [RELATED[(i + k) % len(RELATED)] for k in range(3)]
    lines = [
        *TOP,
        SECTION,
        title,
        f"Door {author}",
        *paragraphs,
        AUTHORS[author],
        NEWSLETTER,
        RELATED_HEADER,
        *related,
        *FOOTER,
    ]
    return lines, list(paragraphs)
