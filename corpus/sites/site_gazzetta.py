# ruff: noqa: E501  (prose: one paragraph per string)
"""La Gazzetta del Lago (Italian): an invented paper of the towns around a lake."""

HOST = "gazzettadellago.example"
LANG = "it"
TOP = ["La Gazzetta del Lago – le notizie delle sponde, dal 1964", "Sponde: cronaca dai paesi affacciati sul lago"]
NEWSLETTER = "Iscriviti al Battello, la nostra lettera del sabato con il meglio della settimana sul lago."
AUTHORS = {
    "Carla Mezzadri": "Carla Mezzadri racconta la cronaca dei paesi del lago per la Gazzetta dal 2011.",
    "Davide Tonolini": "Davide Tonolini segue la navigazione, la pesca e lo sport per la Gazzetta del Lago.",
    "Silvia Bertagnolli": "Silvia Bertagnolli scrive di scuola, cultura e associazioni per la Gazzetta del Lago.",
}
RELATED_HEADER = "Leggi anche"
RELATED = [
    "Il battello delle sette torna in servizio",
    "A Riva Bassa la sagra del pesce in carpione",
    "Nuove boe per la regata d'autunno",
    "Il faro di Punta Scura riapre ai visitatori",
    "Lavori sul lungolago fino a marzo",
]
FOOTER = ["La Gazzetta del Lago, via dei Pescatori 12, Riva Alta. Testata registrata presso il tribunale."]
STORIES = [
    (
        "Il pescatore più anziano del lago compie novant'anni",
        "Davide Tonolini",
        [
            "Gino Zanardelli esce ancora ogni mattina con la sua barca di legno, come faceva suo padre, e a novant'anni non pensa di smettere.",
            "Dice che il lago gli ha insegnato la pazienza e che i coregoni si fanno desiderare più di una volta.",
        ],
    ),
    (
        "La scuola di Castel Lungo avrà una mensa nuova",
        "Silvia Bertagnolli",
        [
            "Dopo anni di pasti portati dal paese vicino, la scuola di Castel Lungo avrà una cucina propria a partire da gennaio.",
            "Il comune ha ricavato lo spazio nella vecchia palestra, ormai troppo piccola per le lezioni.",
        ],
    ),
    (
        "Frana sulla strada per Sasso Alto",
        "Carla Mezzadri",
        [
            "Una frana ha interrotto nella notte la strada provinciale per Sasso Alto, isolando per alcune ore una trentina di famiglie.",
            "I vigili del fuoco hanno aperto un passaggio provvisorio nel primo pomeriggio.",
            "La strada resterà a senso unico alternato per almeno due settimane.",
        ],
    ),
    (
        "Il coro dei barcaioli in trasferta a Vienna",
        "Silvia Bertagnolli",
        [
            "Il coro dei barcaioli di Riva Alta canterà a Vienna il mese prossimo, invitato da un festival di musica popolare.",
            "Per il viaggio i coristi hanno venduto torte e marmellate in piazza per tutta l'estate.",
        ],
    ),
    (
        "Meno turisti ma più lunghi i soggiorni",
        "Carla Mezzadri",
        [
            "Gli albergatori della sponda orientale registrano meno arrivi rispetto all'anno scorso, ma soggiorni più lunghi.",
            "Molte famiglie restano due settimane invece di un fine settimana, e spendono di più nei negozi del paese.",
        ],
    ),
    (
        "Regata delle barche storiche, vince Riva Bassa",
        "Davide Tonolini",
        [
            "La barca a vela latina di Riva Bassa ha vinto la regata delle imbarcazioni storiche, davanti a quelle di Porto Fiorito e di Castel Lungo.",
            "Il vento, debole al mattino, si è alzato solo nell'ultima ora, regalando un arrivo combattuto.",
        ],
    ),
    (
        "Una biblioteca galleggiante sul battello",
        "Silvia Bertagnolli",
        [
            "Da questo mese, sul battello della linea nord, i passeggeri trovano uno scaffale di libri da prendere e lasciare.",
            "L'idea è di due studentesse che ogni giorno attraversano il lago per andare all'università.",
        ],
    ),
    (
        "Torna il carpione nelle trattorie",
        "Davide Tonolini",
        [
            "Dopo due stagioni scarse, i pescatori hanno ripreso a portare agoni in quantità, e il carpione è tornato nei menù.",
            "Le trattorie della sponda sud lo servono con la polenta abbrustolita, come vuole la tradizione.",
        ],
    ),
    (
        "Il campanile di San Vigilio sarà restaurato",
        "Carla Mezzadri",
        [
            "Il campanile di San Vigilio, inclinato di qualche grado dopo il terremoto del secolo scorso, sarà consolidato entro l'estate.",
            "I fondi sono arrivati in parte da una raccolta fra gli emigrati del paese in Svizzera e in Argentina.",
        ],
    ),
    (
        "I ragazzi puliscono le spiagge dopo la piena",
        "Silvia Bertagnolli",
        [
            "Più di cento ragazzi delle scuole medie hanno raccolto rami, plastica e vecchie reti sulle spiagge dopo la piena di ottobre.",
            "Il materiale raccolto riempiva quattro camion, e tra i rifiuti c'era perfino una vecchia bicicletta.",
        ],
    ),
]


def page(i: int, title: str, author: str, paragraphs: list[str]) -> tuple[list[str], list[str]]:
    """(input lines, expected lines) of one page."""
    related = [RELATED[(i + k) % len(RELATED)] for k in range(2)]
    lines = [title, *TOP, f"di {author}", *paragraphs, RELATED_HEADER, *related, AUTHORS[author], NEWSLETTER, *FOOTER]
    return lines, list(paragraphs)


# The rest of each story: these pages are full articles, not briefs.
MORE = [
    [
        "La sua barca, dipinta di verde e bianco, ha più di sessant'anni ed è stata costruita da un maestro d'ascia di Riva Bassa.",
        "I nipoti lo accompagnano d'estate, ma solo lui sa dove trovare i pesci nelle mattine di nebbia.",
    ],
    [
        "Le famiglie hanno chiesto che in cucina si usino prodotti delle aziende agricole della valle.",
        "Il sindaco ha promesso che il menù sarà preparato insieme ai genitori e alla maestra di scienze.",
    ],
    [
        "Secondo i geologi, la pioggia caduta negli ultimi tre giorni ha saturato il terreno sopra la curva del Ponte Vecchio.",
        "Gli abitanti hanno raggiunto il paese a piedi lungo un sentiero nel bosco, accompagnati dai volontari della protezione civile.",
    ],
    [
        "Il coro è nato nel 1952 tra i rematori che portavano i passeggeri da una sponda all'altra prima dei battelli a motore.",
        "A Vienna porterà canti di lavoro e di festa, alcuni dei quali non erano mai stati eseguiti fuori dal paese.",
    ],
    [
        "Anche i campeggi segnalano più prenotazioni di una settimana o più, soprattutto da parte di famiglie con bambini piccoli.",
        "Gli albergatori chiedono al comune di prolungare gli orari dei battelli serali fino alla fine di settembre.",
    ],
    [
        "Le barche hanno percorso un triangolo di sei miglia tra la boa del Sasso e il molo di Castel Lungo.",
        "Alla premiazione, sul lungolago, il timoniere più giovane aveva quindici anni e quello più anziano ottantadue.",
    ],
    [
        "Il comune ha donato i primi cinquanta volumi, scelti tra i doppioni della biblioteca civica.",
        "Finora, dicono i marinai, nessun libro è andato perso, e anzi lo scaffale è sempre più pieno.",
    ],
    [
        "Gli agoni vengono fritti, poi lasciati per un giorno in aceto, cipolla e alloro prima di essere serviti.",
        "Un oste di Porto Fiorito sostiene che il segreto sia l'aceto fatto in casa, ma non dice da chi lo compra.",
    ],
    [
        "Durante i lavori le campane taceranno, e la messa della domenica sarà annunciata da un altoparlante.",
        "Il parroco ha chiesto ai fedeli di avere pazienza e di non suonare il campanello della canonica per sapere l'ora.",
    ],
    [
        "La raccolta è stata organizzata dai professori di scienze insieme al circolo dei pescatori.",
        "Le reti recuperate saranno riciclate da una cooperativa che ne ricava borse e tappeti.",
    ],
]
