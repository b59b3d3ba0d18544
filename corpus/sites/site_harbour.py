# ruff: noqa: E501  (prose: one paragraph per string)
"""The Harbour Times (English): a local paper of an invented port town."""

HOST = "harbourtimes.example"
LANG = "en"
TOP = [
    "The Harbour Times | Fair winds, straight news since 1921",
    "Port & Coast: shipping, fishing and life along the Saltmarsh estuary",
]
NEWSLETTER = (
    "Get the Morning Tide in your inbox: the five stories the harbour is talking about, every weekday at seven."
)
AUTHORS = {
    "Nell Abernathy": "Nell Abernathy covers the docks and the town council for the Harbour Times. She has lived on Quay Street for twenty years.",
    "Tobias Fenwright": "Tobias Fenwright reports on fishing and the weather for the Harbour Times and still keeps a small boat at the east jetty.",
    "Priya Marchbank": "Priya Marchbank writes about schools, health and the estuary villages for the Harbour Times.",
}
RELATED_HEADER = "More from Port & Coast"
RELATED = [
    "Lighthouse keepers' cottages to become a museum",
    "Night ferry timetable changes from April",
    "Record mackerel landings lift the fish market",
    "Estuary path closed after the winter floods",
    "Harbour school wins national rowing title",
    "New pontoons planned for visiting yachts",
    "Salt works reopen for summer tours",
]
FOOTER = [
    "The Harbour Times is printed in Saltmarsh and delivered to every village on the estuary.",
    "Letters to the editor: 4 Quay Street, Saltmarsh. We read every one.",
]
# A sentence that reporters end many stories with: prose, but repeated across the site.
NO_COMMENT = "The harbour authority did not respond to a request for comment."
STORIES = [
    (
        "Crane failure halts unloading at the north quay",
        "Nell Abernathy",
        [
            "Unloading at the north quay stopped for most of Tuesday after the main gantry crane jammed with a timber cargo half lifted.",
            "Dockers waited on the quayside while engineers from the mainland were called in, and two cargo ships anchored off the breakwater overnight.",
            NO_COMMENT,
        ],
    ),
    (
        "Fish market to open an hour earlier",
        "Tobias Fenwright",
        [
            "From next month the fish market will open its doors at four in the morning, an hour earlier than it has for three decades.",
            "Buyers from inland restaurants asked for the change so their vans can be back before the morning traffic on the coast road.",
        ],
    ),
    (
        "Council approves repairs to the sea wall",
        "Nell Abernathy",
        [
            "Councillors voted eleven to two on Thursday night to spend the reserve fund on repairs to the crumbling sea wall below Chapel Row.",
            "The two who voted against said the money should wait for a full survey, which the engineers say will not be finished before autumn.",
            "Work is expected to begin once the spring tides have passed.",
        ],
    ),
    (
        "Estuary primary school gets a new roof",
        "Priya Marchbank",
        [
            "Pupils at Reedbank primary returned after the holidays to classrooms that no longer leak, after a summer of roofing work paid for by parents and a local charity.",
            "The head teacher said buckets had been a fixture of the hall for as long as anyone could remember.",
        ],
    ),
    (
        "Mackerel boats stay in port as gales return",
        "Tobias Fenwright",
        [
            "The small mackerel fleet stayed tied up for a fourth day as north-easterly gales kept the swell high across the bar.",
            "Skippers say the lost week will cost them the best of the early shoals, which usually pass the headland before the end of the month.",
            NO_COMMENT,
        ],
    ),
    (
        "Ferry company promises quieter engines",
        "Nell Abernathy",
        [
            "Residents of the harbour front have been promised quieter nights after the ferry company agreed to fit new silencers to its oldest vessel.",
            "Complaints about the rumble of engines idling at the terminal after midnight had been raised at three council meetings in a row.",
        ],
    ),
    (
        "Clinic in Marsh End to stay open on Saturdays",
        "Priya Marchbank",
        [
            "The health clinic in Marsh End will keep its Saturday morning surgery after a petition signed by more than six hundred villagers.",
            "Health officials had proposed closing it to save on locum costs, but the petition showed that many patients work on the boats during the week.",
        ],
    ),
    (
        "Customs shed to be turned into workshops",
        "Nell Abernathy",
        [
            "The old customs shed at the end of the west quay, empty since the nineteen-nineties, is to be divided into twelve small workshops for boat builders and artists.",
            "The plan keeps the iron roof and the painted sign above the door, which the conservation officer described as part of the town's memory.",
            NO_COMMENT,
        ],
    ),
    (
        "Oyster beds recover after the clean-up",
        "Tobias Fenwright",
        [
            "Oyster growers in the upper estuary reported their best harvest in nine years, five years after the river clean-up began.",
            "Samples taken this winter showed the water clearer than at any time since measurements started, according to the growers' association.",
        ],
    ),
    (
        "Teenagers restore a wrecked lifeboat",
        "Priya Marchbank",
        [
            "A group of teenagers from the sailing club has spent two winters restoring a wooden lifeboat that had rotted in a field behind the church.",
            "The boat, launched in 1938, will go on display outside the lifeboat station once its new mast is fitted.",
            "Her first crew included two brothers whose great-grandchildren helped with the sanding.",
        ],
    ),
    (
        "Dredging of the channel delayed again",
        "Nell Abernathy",
        [
            "Dredging of the harbour channel has been delayed for a second year because the contractor's barge is still working on the other side of the bay.",
            "Pilots warn that the larger cargo ships can now only enter on the top half of the tide.",
            NO_COMMENT,
        ],
    ),
    (
        "Seal pup rescued from the slipway",
        "Tobias Fenwright",
        [
            "A grey seal pup found exhausted on the public slipway was taken to the rescue centre at Gull Point on Sunday afternoon.",
            "Volunteers kept walkers and dogs at a distance until the van arrived, and the pup is said to be feeding well.",
        ],
    ),
]


def page(i: int, title: str, author: str, paragraphs: list[str]) -> tuple[list[str], list[str]]:
    """(input lines, expected lines) of one page."""
    related = [RELATED[(i + k) % len(RELATED)] for k in range(3)]
    body: list[str] = []
    for n, p in enumerate(paragraphs):
        body.append(p)
        if n == 0:
            body.append(NEWSLETTER)
    lines = [title, *TOP, f"By {author}", *body, AUTHORS[author], RELATED_HEADER, *related, *FOOTER]
    return lines, list(paragraphs)


# The rest of each story: these pages are full articles, not briefs.
MORE = [
    [
        "The crane, bought second-hand from a northern port in 1994, has broken down three times since January.",
        "Union representatives said the men should not have to wait in the rain for repairs that everyone saw coming.",
    ],
    [
        "The change also means the auction bell will ring before the first ferry leaves, which some residents of Quay Street are not looking forward to.",
        "The market manager said the bell would be rung more quietly, though he did not say how.",
    ],
    [
        "The wall was last rebuilt after the great storm of 1953, and parts of it have since been patched with whatever stone was at hand.",
        "Residents of Chapel Row have placed sandbags against their doors every winter for the past five years.",
    ],
    [
        "The old roof had been patched so many times that the builders found four layers of felt on top of each other.",
        "Parents raised the last part of the money with a sponsored swim across the inner harbour in June.",
    ],
    [
        "The harbour master has asked visiting yachts to stay on their moorings until the wind drops below force six.",
        "Forecasters expect a calmer spell from Sunday, though the swell may take another day to settle.",
    ],
    [
        "Neighbours say the noise rattles windows as far as the church, especially on still winter nights.",
        "The company will fit the silencers during the annual overhaul in February, when the ship is out of service anyway.",
    ],
    [
        "The clinic serves about two thousand people in the villages at the mouth of the estuary.",
        "The nearest alternative is a forty-minute bus ride away, and the bus does not run on Saturday mornings.",
    ],
    [
        "The building will be let at low rents for the first five years to help young businesses find their feet.",
        "A boat builder who restored the town's old pilot gig has already asked for the largest unit, next to the slipway.",
    ],
    [
        "Growers say the beds near the old sewage outfall, once the worst in the estuary, are now among the most productive.",
        "They want the council to keep paying for the water tests, which are due to end next year.",
    ],
    [
        "The teenagers learned to steam and bend oak planks from a retired shipwright who lives above the chandlery.",
        "They found the boat's original brass plate under three coats of paint on the stern.",
    ],
    [
        "The harbour has not been dredged properly for six years, and silt now builds up fastest around the fuel berth.",
        "Fishermen say they sometimes touch the bottom at low water even in their small boats.",
    ],
    [
        "Staff at the rescue centre said it was the third pup brought in from the harbour since the start of December.",
        "They asked dog walkers to keep their animals on a lead near the slipway while the seals are pupping.",
    ],
]
