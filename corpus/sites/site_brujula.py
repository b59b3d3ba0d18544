# ruff: noqa: E501  (prose: one paragraph per string)
"""La Brújula Digital (Spanish): an invented science and technology site."""

HOST = "labrujula.example"
LANG = "es"
TOP = ["La Brújula Digital: ciencia y tecnología contadas sin prisa"]
SECTION = "Laboratorio: lo que se investiga en las universidades de la región"
NEWSLETTER = "Cada lunes, Brújula Semanal: tres historias de ciencia y una pregunta para pensar. Apúntate gratis."
AUTHORS = {
    "Irene Valcárcel": "Irene Valcárcel es física de formación y escribe sobre energía y materiales en La Brújula Digital.",
    "Gonzalo Arrieta": "Gonzalo Arrieta cubre biología y medio ambiente para La Brújula Digital desde su fundación.",
}
RELATED_HEADER = "Te puede interesar"
# A large pool: each headline shows on two or three pages only, under the share floor.
RELATED = [
    "Un satélite universitario mide la humedad de los olivares",
    "Así se recicla el litio de las baterías viejas",
    "Los murciélagos de la sierra vuelven a las minas abandonadas",
    "Un robot que poda viñedos sin dañar la cepa",
    "El mapa de ruido de la ciudad, calle por calle",
    "Cómo se fabrica un telescopio en un garaje",
    "Las abejas urbanas prefieren los tilos",
    "Una app para contar gorriones desde el balcón",
    "El hormigón que se repara solo con bacterias",
    "Qué esconden los sedimentos del embalse",
]
FOOTER = ["La Brújula Digital es un medio sin ánimo de lucro editado por la Asociación Rosa de los Vientos."]
# Said by many reports of the site, as prose: one of the lines at risk.
PEER_REVIEW = "El trabajo se ha publicado en una revista científica con revisión por pares."
STORIES = [
    (
        "Una pintura que enfría los tejados",
        "Irene Valcárcel",
        [
            "Un equipo de la Universidad del Levante ha desarrollado una pintura blanca que refleja casi toda la luz del sol y baja varios grados la temperatura de los tejados.",
            "En las pruebas sobre naves industriales, el consumo de aire acondicionado cayó a la mitad durante el mes de julio.",
            PEER_REVIEW,
        ],
    ),
    (
        "Las lagartijas que cambian de dieta con la sequía",
        "Gonzalo Arrieta",
        [
            "Las lagartijas de los arenales costeros comen más flores y menos insectos en los años secos, según un seguimiento de doce temporadas.",
            "Los investigadores creen que ese cambio les permite sobrevivir cuando escasean las presas.",
        ],
    ),
    (
        "Baterías de arena para calentar un barrio",
        "Irene Valcárcel",
        [
            "Un depósito de arena calentada con electricidad solar sobrante abastecerá de calefacción a doscientas viviendas de un barrio del norte.",
            "La arena guarda el calor durante semanas y lo cede poco a poco a través de la red de agua caliente.",
            PEER_REVIEW,
        ],
    ),
    (
        "El río que volvió a tener nutrias",
        "Gonzalo Arrieta",
        [
            "Veinte años después de la depuradora, las nutrias han regresado al tramo bajo del río Arlanza.",
            "Los guardas las vieron por primera vez en una cámara de fototrampeo colocada para estudiar a los zorros.",
        ],
    ),
    (
        "Un microscopio hecho con piezas de móvil",
        "Irene Valcárcel",
        [
            "Estudiantes de ingeniería han construido un microscopio con la lente de un teléfono viejo y una impresora 3D por menos de treinta euros.",
            "El aparato ya se usa en varios institutos rurales para observar algas y células de cebolla.",
        ],
    ),
    (
        "Los pinos que avisan del incendio",
        "Gonzalo Arrieta",
        [
            "Sensores clavados en los troncos de los pinos detectan el aumento de temperatura y de gases antes de que el fuego sea visible.",
            "La red se probará este verano en dos montes públicos con antecedentes de incendios.",
            PEER_REVIEW,
        ],
    ),
    (
        "Ladrillos de paja para casas frescas",
        "Irene Valcárcel",
        [
            "Una cooperativa agrícola fabrica ladrillos con la paja que antes se quemaba en el campo tras la cosecha del arroz.",
            "Las primeras casas construidas con ellos mantienen una temperatura estable sin apenas calefacción.",
        ],
    ),
    (
        "El canto de los mirlos se acelera en la ciudad",
        "Gonzalo Arrieta",
        [
            "Los mirlos que viven junto a avenidas con mucho tráfico cantan más rápido y en tonos más agudos que los del campo.",
            "Las grabaciones se hicieron al amanecer en cuarenta puntos de la ciudad durante tres primaveras.",
        ],
    ),
    (
        "Una red de sismógrafos en los colegios",
        "Irene Valcárcel",
        [
            "Treinta colegios de la provincia tienen ya un sismógrafo casero conectado a internet, instalado por los propios alumnos.",
            "Los datos se comparten con el observatorio, que los usa para afinar la localización de los pequeños temblores.",
        ],
    ),
    (
        "Setas que limpian suelos contaminados",
        "Gonzalo Arrieta",
        [
            "Ciertas setas cultivadas sobre suelos de antiguas gasolineras absorben parte de los hidrocarburos que quedan en la tierra.",
            "El ensayo durará cinco años, y las setas, por supuesto, no se podrán comer.",
        ],
    ),
]


def page(i: int, title: str, author: str, paragraphs: list[str]) -> tuple[list[str], list[str]]:
    """(input lines, expected lines) of one page."""
    related = [RELATED[(3 * i + k) % len(RELATED)] for k in range(3)]
    lines = [
        *TOP,
        title,
        SECTION,
        f"Por {author}",
        *paragraphs,
        AUTHORS[author],
        NEWSLETTER,
        RELATED_HEADER,
        *related,
        *FOOTER,
    ]
    return lines, list(paragraphs)
