# ruff: noqa: E501  (prose: one paragraph per string)
"""Lumière de la Vallée (French): a regional daily of an invented mountain valley."""

HOST = "lumiere-vallee.example"
LANG = "fr"
TOP = ["Lumière de la Vallée — l'actualité du haut pays, chaque matin depuis 1952"]
SECTION = "Terroirs : marchés, vignes et savoir-faire de nos villages"
NEWSLETTER = (
    "Recevez La Lettre du Val chaque vendredi : nos meilleurs reportages et l'agenda du week-end, gratuitement."
)
AUTHORS = {
    "Odile Ferrandin": "Odile Ferrandin suit l'agriculture et les marchés pour Lumière de la Vallée depuis dix ans.",
    "Bastien Roucayrol": "Bastien Roucayrol, ancien instituteur, raconte la vie des villages de la haute vallée pour nos lecteurs.",
}
RELATED_HEADER = "Dans la même rubrique"
RELATED = [
    "La fête de la châtaigne revient à Saint-Aubrac",
    "Un nouveau fromager s'installe au col des Pradels",
    "Les vendanges commencent avec deux semaines d'avance",
    "La foire aux moutons attire un public record",
    "Le moulin de Combelongue rouvre ses portes",
    "Des ruches sur le toit de la mairie de Vialas",
]
FOOTER = [
    "Lumière de la Vallée est éditée par la coopérative de presse du Haut-Val.",
    "Vous avez une information ? Écrivez à la rédaction, place du Foirail.",
]
STORIES = [
    (
        "Le marché de Vialas change de place",
        "Odile Ferrandin",
        [
            "Le marché du mardi quittera la place de l'église pour l'esplanade du lavoir dès le mois prochain, a décidé le conseil municipal.",
            "Les commerçants réclamaient davantage d'ombre et un accès plus facile pour les camionnettes, surtout pendant l'été.",
        ],
    ),
    (
        "Une vigne oubliée replantée à Combelongue",
        "Odile Ferrandin",
        [
            "Trois jeunes vignerons ont replanté sur les terrasses de Combelongue un cépage que l'on croyait disparu depuis l'après-guerre.",
            "Ils ont retrouvé les ceps grâce aux souvenirs d'une ancienne du village, qui se rappelait les vendanges de son enfance.",
            "La première cuvée ne sera pas prête avant quatre ans.",
        ],
    ),
    (
        "L'école de Saint-Aubrac sauvée de la fermeture",
        "Bastien Roucayrol",
        [
            "L'école à classe unique de Saint-Aubrac gardera ses portes ouvertes à la rentrée, grâce à l'arrivée de deux familles au hameau des Combes.",
            "L'institutrice comptera désormais neuf élèves, du cours préparatoire au cours moyen.",
        ],
    ),
    (
        "Le berger qui parle aux vautours",
        "Bastien Roucayrol",
        [
            "Sur le causse, Aurélien Pagès garde quatre cents brebis et observe depuis vingt ans les vautours qui tournent au-dessus du troupeau.",
            "Il tient un carnet où il note chaque passage, et ses relevés servent aujourd'hui aux naturalistes du parc.",
        ],
    ),
    (
        "Le prix du lait inquiète les éleveurs",
        "Odile Ferrandin",
        [
            "Réunis à la salle des fêtes du Pont-de-Rive, une soixantaine d'éleveurs ont dit leur inquiétude face à la baisse du prix du lait.",
            "Plusieurs envisagent de transformer eux-mêmes leur production en tomme pour la vendre sur les marchés de la vallée.",
            "La coopérative promet une réponse avant la fin du mois.",
        ],
    ),
    (
        "Un sentier des charbonniers balisé",
        "Bastien Roucayrol",
        [
            "Un sentier de huit kilomètres relie désormais les anciennes places à charbon de la forêt de la Gardette.",
            "Des panneaux racontent le travail des charbonniers qui, jusqu'aux années cinquante, vivaient dans les bois de mai à octobre.",
        ],
    ),
    (
        "La châtaigneraie de Mas-Neuf reprend vie",
        "Odile Ferrandin",
        [
            "Abandonnée depuis un demi-siècle, la châtaigneraie de Mas-Neuf a été nettoyée cet hiver par une association de bénévoles.",
            "Les premiers fruits ont été vendus à la fête d'automne, au profit de l'entretien des murets.",
        ],
    ),
    (
        "Le dernier forgeron de la vallée prend sa retraite",
        "Bastien Roucayrol",
        [
            "Après quarante-deux ans devant l'enclume, Marcel Issartel a éteint sa forge de la rue Basse samedi, entouré de ses clients et de ses voisins.",
            "Un jeune ferronnier venu de la plaine doit reprendre l'atelier au printemps.",
        ],
    ),
    (
        "Les apiculteurs comptent leurs ruches",
        "Odile Ferrandin",
        [
            "Les apiculteurs de la haute vallée ont perdu près d'un tiers de leurs colonies cet hiver, selon le syndicat départemental.",
            "Ils attribuent ces pertes au froid tardif du mois d'avril, qui a surpris les abeilles en pleine sortie.",
        ],
    ),
    (
        "Une bibliothèque dans l'ancienne gare",
        "Bastien Roucayrol",
        [
            "L'ancienne gare du Pont-de-Rive, fermée aux voyageurs depuis 1969, accueille depuis lundi la bibliothèque du canton.",
            "Les bénévoles ont gardé le guichet, derrière lequel on rend désormais les livres.",
            "Plus de mille ouvrages ont été donnés par les habitants.",
        ],
    ),
    (
        "La transhumance passe par le bourg",
        "Odile Ferrandin",
        [
            "Près de mille brebis ont traversé le bourg dimanche matin pour rejoindre les estives du mont Lozet, sous les applaudissements des enfants.",
            "Les bergers ont pris le temps d'une halte devant la fontaine avant d'attaquer la montée.",
        ],
    ),
]


def page(i: int, title: str, author: str, paragraphs: list[str]) -> tuple[list[str], list[str]]:
    """(input lines, expected lines) of one page."""
    related = [RELATED[(2 * i + k) % len(RELATED)] for k in range(2)]
    lines = [
        *TOP,
        SECTION,
        title,
        f"Par {author}",
        *paragraphs,
        NEWSLETTER,
        AUTHORS[author],
        RELATED_HEADER,
        *related,
        *FOOTER,
    ]
    return lines, list(paragraphs)
