"""Phrase lists of nl, ro, sv, da, no, fi, el and ca, and the forum, comment and cookie furniture added to en, de, fr, es, it, pt.

Each language is pinned twice: an interface line of every reason is removed with that reason between two
paragraphs of prose in the same language, and prose sentences that open with or contain the same words are kept.
"""

from __future__ import annotations

import pytest

import boilerstrip
from boilerstrip.cleaners import RelatedTeasers, UiStrings
from boilerstrip.rules.dates import find_date
from boilerstrip.rules.lexicon import load_lexicon
from boilerstrip.testing import cuts

PROSE = {
    "nl": (
        "De gemeenteraad keurde dinsdag na een lang debat de begroting voor de nieuwe school goed.",
        "De bouw begint in het najaar en duurt naar verwachting ongeveer twee jaar, meldt de gemeente.",
    ),
    "ro": (
        "Consiliul local a aprobat marți bugetul pentru noua școală, după o dezbatere lungă.",
        "Lucrările ar urma să înceapă în toamnă și să dureze aproximativ doi ani, potrivit primăriei.",
    ),
    "sv": (
        "Kommunfullmäktige godkände på tisdagen budgeten för den nya skolan efter en lång debatt.",
        "Bygget väntas börja i höst och pågå i ungefär två år, enligt kommunen.",
    ),
    "da": (
        "Byrådet vedtog tirsdag budgettet for den nye skole efter en lang debat.",
        "Byggeriet ventes at begynde til efteråret og vare omkring to år, oplyser kommunen.",
    ),
    "no": (
        "Kommunestyret vedtok tirsdag budsjettet for den nye skolen etter en lang debatt.",
        "Byggingen skal etter planen starte til høsten og vare i omtrent to år, opplyser kommunen.",
    ),
    "fi": (
        "Kaupunginvaltuusto hyväksyi tiistaina uuden koulun talousarvion pitkän keskustelun jälkeen.",
        "Rakennustöiden on määrä alkaa syksyllä ja kestää noin kaksi vuotta, kertoo kaupunki.",
    ),
    "el": (
        "Το δημοτικό συμβούλιο ενέκρινε την Τρίτη τον προϋπολογισμό για το νέο σχολείο μετά από μακρά συζήτηση.",
        "Οι εργασίες αναμένεται να ξεκινήσουν το φθινόπωρο και να διαρκέσουν περίπου δύο χρόνια, σύμφωνα με τον δήμο.",
    ),
    "ca": (
        "El ple municipal va aprovar dimarts el pressupost de la nova escola després d'un llarg debat.",
        "Les obres començaran a la tardor i duraran uns dos anys, segons ha informat l'ajuntament.",
    ),
    "en": (
        "The council approved the budget on Tuesday after a long debate about the new school.",
        "Officials expect the new school to open its doors to the first pupils in September.",
    ),
    "de": (
        "Der Gemeinderat hat den Haushalt am Dienstag nach einer langen Debatte über die neue Schule beschlossen.",
        "Die Bauarbeiten sollen im Herbst beginnen und rund zwei Jahre dauern, teilte die Verwaltung mit.",
    ),
    "fr": (
        "Le conseil municipal a adopté mardi le budget de la nouvelle école après un long débat.",
        "Les travaux doivent commencer à l'automne et durer environ deux ans, selon la mairie.",
    ),
    "es": (
        "El pleno municipal aprobó el martes el presupuesto de la nueva escuela tras un largo debate.",
        "Las obras comenzarán en otoño y durarán unos dos años, según informó el ayuntamiento.",
    ),
    "it": (
        "Il consiglio comunale ha approvato martedì il bilancio della nuova scuola dopo un lungo dibattito.",
        "I lavori dovrebbero iniziare in autunno e durare circa due anni, secondo il comune.",
    ),
    "pt": (
        "A câmara municipal aprovou na terça-feira o orçamento da nova escola depois de um longo debate.",
        "As obras devem começar no outono e durar cerca de dois anos, segundo a prefeitura.",
    ),
}

INTERFACE = [
    # Dutch
    ("nl", "Inloggen", "login_prompt"),
    ("nl", "Geef een reactie", "comment_ui"),
    ("nl", "Reacties (12)", "comment_ui"),
    ("nl", "Berichten: 1.204", "comment_ui"),
    ("nl", "Je e-mailadres wordt niet gepubliceerd. Vereiste velden zijn gemarkeerd met *", "comment_ui"),
    ("nl", "Schrijf je in voor de nieuwsbrief", "subscribe_prompt"),
    ("nl", "Deel dit artikel", "share_buttons"),
    ("nl", "Advertentie", "ad_marker"),
    ("nl", "Lees verder na de advertentie", "ad_marker"),
    ("nl", "[bewerken | brontekst bewerken]", "navigation"),
    ("nl", "Beluister dit artikel", "player_ui"),
    ("nl", "Meer laden", "live_ui"),
    ("nl", "Ga naar de inhoud", "navigation"),
    ("nl", "Lees verder »", "read_more"),
    ("nl", "Gerelateerde artikelen", "related_header"),
    ("nl", "Bekijk de fotoserie", "media_link"),
    ("nl", "Alleen voor abonnees", "paywall_notice"),
    ("nl", "Alles accepteren", "cookie_notice"),
    ("nl", "Deze website maakt gebruik van cookies om je de beste ervaring te geven.", "cookie_notice"),
    ("nl", "Privacyverklaring", "legal_footer"),
    ("nl", "Download de app", "app_promo"),
    ("nl", "4 min leestijd", "counter"),
    ("nl", "Trefwoorden", "tag_list"),
    # Romanian
    ("ro", "Autentificare", "login_prompt"),
    ("ro", "Lasă un răspuns", "comment_ui"),
    ("ro", "Adresa ta de email nu va fi publicată. Câmpurile obligatorii sunt marcate cu *", "comment_ui"),
    ("ro", "Urmărește-ne pe Google News", "subscribe_prompt"),
    ("ro", "Distribuie pe Facebook", "share_buttons"),
    ("ro", "Publicitate", "ad_marker"),
    ("ro", "Ascultă articolul", "player_ui"),
    ("ro", "Încarcă mai multe", "live_ui"),
    ("ro", "Sari la conținut", "navigation"),
    ("ro", "Citește mai mult", "read_more"),
    ("ro", "Citeşte şi", "related_header"),
    ("ro", "Galerie foto", "media_link"),
    ("ro", "Conținut exclusiv pentru abonați", "paywall_notice"),
    ("ro", "Acceptă toate", "cookie_notice"),
    ("ro", "Acest site folosește cookie-uri pentru a vă oferi o experiență mai bună.", "cookie_notice"),
    ("ro", "Toate drepturile rezervate.", "legal_footer"),
    ("ro", "Descarcă aplicația", "app_promo"),
    ("ro", "Timp de citire: 3 minute", "counter"),
    ("ro", "Etichete: buget, școală, primărie", "tag_list"),
    # Swedish
    ("sv", "Logga in", "login_prompt"),
    ("sv", "Svara", "comment_ui"),
    ("sv", "Lämna ett svar", "comment_ui"),
    ("sv", "Prenumerera på nyhetsbrevet", "subscribe_prompt"),
    ("sv", "Dela på Facebook", "share_buttons"),
    ("sv", "ANNONS", "ad_marker"),
    ("sv", "Lyssna på artikeln", "player_ui"),
    ("sv", "Visa fler", "live_ui"),
    ("sv", "Hoppa till innehåll", "navigation"),
    ("sv", "Innehåll", "navigation"),
    ("sv", "Läs hela artikeln", "read_more"),
    ("sv", "Läs också", "related_header"),
    ("sv", "Visa det här inlägget på Instagram", "media_link"),
    ("sv", "Endast för prenumeranter", "paywall_notice"),
    ("sv", "Godkänn alla cookies", "cookie_notice"),
    ("sv", "Integritetspolicy", "legal_footer"),
    ("sv", "Ladda ner appen", "app_promo"),
    ("sv", "Lästid: 4 min", "counter"),
    ("sv", "Taggar: skola, budget", "tag_list"),
    # Danish
    ("da", "Log ind", "login_prompt"),
    ("da", "Skriv et svar", "comment_ui"),
    ("da", "Din e-mailadresse vil ikke blive publiceret. Krævede felter er markeret med *", "comment_ui"),
    ("da", "Tilmeld dig nyhedsbrevet", "subscribe_prompt"),
    ("da", "Del på Facebook", "share_buttons"),
    ("da", "Artiklen fortsætter efter annoncen", "ad_marker"),
    ("da", "Lyt til artiklen", "player_ui"),
    ("da", "Indlæs flere", "live_ui"),
    ("da", "Gå til indhold", "navigation"),
    ("da", "Læs mere", "read_more"),
    ("da", "Mest læste", "related_header"),
    ("da", "Forstør billede", "media_link"),
    ("da", "Kun for abonnenter", "paywall_notice"),
    ("da", "Tillad alle cookies", "cookie_notice"),
    ("da", "Privatlivspolitik", "legal_footer"),
    ("da", "Hent appen", "app_promo"),
    ("da", "3 min. læsetid", "counter"),
    ("da", "Emner: skole, budget", "tag_list"),
    # Norwegian (Bokmål and Nynorsk)
    ("no", "Logg inn", "login_prompt"),
    ("no", "Skriv ein kommentar", "comment_ui"),
    ("no", "Meld deg på nyhetsbrevet", "subscribe_prompt"),
    ("no", "Kopier lenke", "share_buttons"),
    ("no", "Saken fortsetter under annonsen", "ad_marker"),
    ("no", "Lytt til artikkelen", "player_ui"),
    ("no", "Direkte", "live_ui"),
    ("no", "Hopp til hovedinnhold", "navigation"),
    ("no", "Les heile saka", "read_more"),
    ("no", "Les òg", "related_header"),
    ("no", "Se bildene", "media_link"),
    ("no", "Kun for abonnenter", "paywall_notice"),
    ("no", "Godta alle", "cookie_notice"),
    ("no", "Vi bruker informasjonskapsler for å gi deg en bedre opplevelse.", "cookie_notice"),
    ("no", "Personvernerklæring", "legal_footer"),
    ("no", "Last ned appen", "app_promo"),
    ("no", "2 min lesetid", "counter"),
    ("no", "Stikkord", "tag_list"),
    # Finnish
    ("fi", "Kirjaudu sisään", "login_prompt"),
    ("fi", "Ilmoita asiaton viesti", "comment_ui"),
    ("fi", "Sähköpostiosoitettasi ei julkaista. Pakolliset kentät on merkitty *", "comment_ui"),
    ("fi", "Tilaa uutiskirje", "subscribe_prompt"),
    ("fi", "Jaa Facebookissa", "share_buttons"),
    ("fi", "Kaupallinen yhteistyö", "ad_marker"),
    ("fi", "Kuuntele artikkeli", "player_ui"),
    ("fi", "Näytä lisää", "live_ui"),
    ("fi", "Siirry sisältöön", "navigation"),
    ("fi", "Lue koko juttu", "read_more"),
    ("fi", "Luetuimmat", "related_header"),
    ("fi", "Suurenna kuva", "media_link"),
    ("fi", "Vain tilaajille", "paywall_notice"),
    ("fi", "Hyväksy kaikki evästeet", "cookie_notice"),
    ("fi", "Tietosuojaseloste", "legal_footer"),
    ("fi", "Lataa sovellus", "app_promo"),
    ("fi", "Lukuaika: 3 min", "counter"),
    ("fi", "Avainsanat: koulu, talousarvio", "tag_list"),
    # Greek
    ("el", "Σύνδεση", "login_prompt"),
    ("el", "Αφήστε ένα σχόλιο", "comment_ui"),
    ("el", "Ακολουθήστε μας στο Google News", "subscribe_prompt"),
    ("el", "Ακολουθήστε το Δημοτικό Νέα στο Google News", "subscribe_prompt"),
    ("el", "Κοινοποίηση", "share_buttons"),
    ("el", "ΔΙΑΦΗΜΙΣΗ", "ad_marker"),
    ("el", "Δείτε το βίντεο", "player_ui"),
    ("el", "Φόρτωση περισσότερων", "live_ui"),
    ("el", "Μετάβαση στο περιεχόμενο", "navigation"),
    ("el", "Διαβάστε περισσότερα", "read_more"),
    ("el", "ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ", "related_header"),
    ("el", "Δείτε τη γκαλερί", "media_link"),
    ("el", "Μόνο για συνδρομητές", "paywall_notice"),
    ("el", "Αποδοχή όλων", "cookie_notice"),
    ("el", "Πολιτική απορρήτου", "legal_footer"),
    ("el", "Κατεβάστε την εφαρμογή", "app_promo"),
    ("el", "3 λεπτά διάβασμα", "counter"),
    ("el", "Ετικέτες: σχολείο, προϋπολογισμός", "tag_list"),
    # Catalan
    ("ca", "Inicia la sessió", "login_prompt"),
    ("ca", "Deixa un comentari", "comment_ui"),
    ("ca", "L’adreça electrònica no es publicarà. Els camps necessaris estan marcats amb *", "comment_ui"),
    ("ca", "Subscriu-te al butlletí", "subscribe_prompt"),
    ("ca", "Copia l’enllaç", "share_buttons"),
    ("ca", "Publicitat", "ad_marker"),
    ("ca", "Escolta l'article", "player_ui"),
    ("ca", "Carrega'n més", "live_ui"),
    ("ca", "Vés al contingut", "navigation"),
    ("ca", "Continua llegint", "read_more"),
    ("ca", "Notícies relacionades", "related_header"),
    ("ca", "Galeria d'imatges", "media_link"),
    ("ca", "Exclusiu per a subscriptors", "paywall_notice"),
    ("ca", "Accepta-ho tot", "cookie_notice"),
    ("ca", "Avís legal", "legal_footer"),
    ("ca", "Descarrega l'aplicació", "app_promo"),
    ("ca", "4 min de lectura", "counter"),
    ("ca", "Etiquetes: escola, pressupost", "tag_list"),
    # furniture added to the existing languages
    ("en", "Reply", "comment_ui"),
    ("en", "Leave a Reply Cancel reply", "comment_ui"),
    ("en", "Joined: 14 Mar 2019", "comment_ui"),
    ("en", "Originally Posted by harbourfan", "comment_ui"),
    ("en", "Your email address will not be published. Required fields are marked *", "comment_ui"),
    ("en", "Click to share on Facebook (Opens in new window)", "share_buttons"),
    ("en", "Accept all cookies", "cookie_notice"),
    ("en", "Privacy Policy", "legal_footer"),
    ("en", "Top", "navigation"),
    ("en", "[edit | edit source]", "navigation"),
    ("en", "Older posts", "navigation"),
    ("en", "Most viewed", "related_header"),
    ("en", "See all photos", "media_link"),
    ("en", "Up Next", "player_ui"),
    ("de", "Antworten abbrechen", "comment_ui"),
    ("de", "Mitglied seit: 12.03.2019", "comment_ui"),
    ("de", "Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert", "comment_ui"),
    ("de", "Alle akzeptieren", "cookie_notice"),
    ("de", "Impressum", "legal_footer"),
    ("de", "Quelltext bearbeiten", "navigation"),
    ("de", "Neueste Beiträge", "related_header"),
    ("de", "Galerie öffnen", "media_link"),
    ("fr", "Répondre", "comment_ui"),
    ("fr", "Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *", "comment_ui"),
    ("fr", "Continuer sans accepter", "cookie_notice"),
    ("fr", "Mentions légales", "legal_footer"),
    ("fr", "Haut de page", "navigation"),
    ("fr", "Les plus partagés", "related_header"),
    ("fr", "Voir le diaporama", "media_link"),
    ("es", "Cancelar respuesta", "comment_ui"),
    ("es", "Rechazar todo", "cookie_notice"),
    ("es", "Aviso legal", "legal_footer"),
    ("es", "Página siguiente", "navigation"),
    ("es", "Lo más compartido", "related_header"),
    ("es", "Ver galería de fotos", "media_link"),
    ("it", "Rispondi", "comment_ui"),
    ("it", "Il tuo indirizzo email non sarà pubblicato. I campi obbligatori sono contrassegnati *", "comment_ui"),
    ("it", "Accetta tutti", "cookie_notice"),
    ("it", "Note legali", "legal_footer"),
    ("it", "Pagina successiva", "navigation"),
    ("it", "I più letti", "related_header"),
    ("it", "Sfoglia la gallery", "media_link"),
    ("pt", "Deixe uma resposta", "comment_ui"),
    ("pt", "Aceitar todos", "cookie_notice"),
    ("pt", "Política de privacidade", "legal_footer"),
    ("pt", "Próxima notícia", "navigation"),
    ("pt", "Mais comentadas", "related_header"),
    ("pt", "Ver todas as fotos", "media_link"),
]


@pytest.mark.parametrize(("lang", "line", "reason"), INTERFACE)
def test_interface_lines(lang: str, line: str, reason: str) -> None:
    first, second = PROSE[lang]
    assert cuts(f"{first}\n{line}\n{second}", UiStrings(), lang=lang) == [(reason, line + "\n")]


@pytest.mark.parametrize(
    ("lang", "ui"),
    [
        ("nl", ("Deel dit artikel", "Reacties (3)")),
        ("ro", ("Distribuie", "Citeşte şi")),
        ("sv", ("Dela artikeln", "Kommentarer")),
        ("da", ("Del artiklen", "Kommentarer")),
        ("no", ("Del artikkelen", "Kommentarer")),
        ("fi", ("Jaa artikkeli", "Kommentit")),
        ("el", ("Κοινοποίηση", "Σχόλια")),
        ("ca", ("Comparteix", "Comentaris")),
    ],
)
def test_the_pipeline_removes_the_interface_and_keeps_the_prose(lang: str, ui: tuple[str, str]) -> None:
    first, second = PROSE[lang]
    assert boilerstrip.clean(f"{first}\n{ui[0]}\n{second}\n{ui[1]}").text == f"{first}\n{second}"


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("nl", "Reacties van omwonenden waren overwegend positief, zei de wethouder na afloop."),
        ("nl", "Lees ook de toelichting bij de begroting, adviseerde de raad de inwoners."),
        ("nl", "Delen van de wijk bleven urenlang zonder stroom."),
        ("nl", "Volgende week beslist de raad over de tweede fase van het plan."),
        ("nl", "Door de regen liep de bouw twee weken vertraging op."),
        ("nl", "Geen reacties kwamen er op de oproep van de wethouder, tot ieders verbazing."),
        ("ro", "Comentarii despre proiect au venit din partea mai multor locuitori ai cartierului."),
        ("ro", "Citește și tu raportul complet, le-a spus primarul consilierilor la finalul ședinței."),
        ("ro", "Accept orice critică, a spus primarul, dar proiectul merge mai departe."),
        ("ro", "Noi vom continua lucrările în noiembrie, a declarat directorul."),
        ("sv", "Svara på frågan kunde ingen av politikerna, trots flera försök från publiken."),
        ("sv", "Av alla förslag som kom in valde nämnden det billigaste alternativet."),
        ("sv", "Dela upp arbetet i tre etapper, föreslog förvaltningen i sitt yttrande."),
        ("sv", "Direkt efter mötet åkte ordföranden till byggarbetsplatsen."),
        ("da", "Af de mange forslag valgte udvalget det billigste."),
        ("da", "Del af vejen bliver lukket i to uger, oplyser kommunen."),
        ("da", "Læs mere om planen på kommunens hjemmeside, lød opfordringen fra borgmesteren."),
        ("no", "Av de mange forslagene valgte utvalget det billigste."),
        ("no", "Direkte etter møtet dro ordføreren til byggeplassen."),
        ("no", "Les mer om saken i rapporten, oppfordret ordføreren innbyggerne."),
        ("fi", "Lue lisää koulun suunnitelmista kaupungin verkkosivuilta, kehotti rehtori."),
        ("fi", "Kuva uudesta koulusta julkaistiin tiistaina kaupungin sivuilla."),
        ("fi", "Tilaa on uudessa koulussa noin viidellesadalle oppilaalle."),
        ("fi", "Suora yhteys rautatieasemalle valmistuu ensi vuonna."),
        ("el", "Σχόλια για το σχέδιο έστειλαν δεκάδες κάτοικοι της περιοχής."),
        ("el", "Της είπε ότι το σχολείο θα ανοίξει τον Σεπτέμβριο, ανέφερε η δήμαρχος."),
        ("el", "Διαβάστε επίσης την έκθεση, προέτρεψε ο δήμαρχος τους πολίτες."),
        ("el", "Κοινοποίηση των αποφάσεων θα γίνει στους γονείς την επόμενη εβδομάδα."),
        ("ca", "Per Nadal, l'escola organitzarà un concert per a les famílies."),
        ("ca", "Per a l'alcaldessa, la prioritat és clara."),
        ("ca", "Comentaris dels veïns van arribar durant tota la setmana."),
        ("ca", "Publicitat institucional va costar a l'ajuntament uns 20.000 euros l'any passat."),
        ("en", "Reply to the council's letter came within a week, officials said."),
        ("en", "Top officials met the parents on Monday to discuss the delays."),
        ("en", "Quote from the minutes: the council will review the plan in spring."),
        ("de", "Antworten auf diese Fragen erwartet der Rat bis zum Sommer."),
        ("fr", "Répondre à toutes les questions des parents prendra du temps, reconnaît le maire."),
        ("es", "Aviso legal de la Fiscalía llegó al ayuntamiento el lunes por la mañana."),
        ("it", "Rispondi alle domande dei genitori, ha chiesto il sindaco all'assessore."),
        ("pt", "Responder a todas as perguntas dos pais vai levar tempo, admite o prefeito."),
    ],
)
def test_prose_with_the_same_words_stays(lang: str, sentence: str) -> None:
    first, second = PROSE[lang]
    assert sentence in boilerstrip.clean(f"{first}\n{sentence}\n{second}").text.split("\n")


@pytest.mark.parametrize(
    ("lang", "line", "title"),
    [
        ("nl", "Lees ook: Nieuwe brug over de Maas pas in 2028 klaar", "Nieuwe brug over de Maas pas in 2028 klaar"),
        (
            "ro",
            "CITEȘTE ȘI: Noua școală din Cluj se deschide în septembrie",
            "Noua școală din Cluj se deschide în septembrie",
        ),
        ("sv", "Läs också: Ny bro över älven klar först 2028", "Ny bro över älven klar först 2028"),
        ("da", "Læs også: Ny bro over havnen først klar i 2028", "Ny bro over havnen først klar i 2028"),
        ("no", "Les også: Ny bru over elva først klar i 2028", "Ny bru over elva først klar i 2028"),
        ("fi", "Lue myös: Uusi silta valmistuu vasta vuonna 2028", "Uusi silta valmistuu vasta vuonna 2028"),
        ("el", "ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ: Νέα γέφυρα στον Αξιό το 2028", "Νέα γέφυρα στον Αξιό το 2028"),
        ("ca", "Llegeix també: El nou pont no estarà llest fins al 2028", "El nou pont no estarà llest fins al 2028"),
    ],
)
def test_read_also_lines_keep_the_headline(lang: str, line: str, title: str) -> None:
    first, second = PROSE[lang]
    text = f"{first}\n{line}\n{second}"
    assert cuts(text, RelatedTeasers(), lang=lang) == [("read_also", line + "\n")]
    assert [r.title for r in boilerstrip.clean(text, favor="clean").metadata.related] == [title]


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("2 december 2026", "2026-12-02"),
        ("14 mrt. 2025", "2025-03-14"),
        ("2 decembrie 2026", "2026-12-02"),
        ("3 sept. 2025", "2025-09-03"),
        ("2 augusti 2026", "2026-08-02"),
        ("2. marts 2026", "2026-03-02"),
        ("17. mai 2026", "2026-05-17"),
        ("4. des. 2025", "2025-12-04"),
        ("2. joulukuuta 2026", "2026-12-02"),
        ("12. kesäk. 2025", "2025-06-12"),
        ("2 Δεκεμβρίου 2026", "2026-12-02"),
        ("15 Αυγούστου 2025", "2025-08-15"),
        ("2 de desembre de 2026", "2026-12-02"),
        ("21 de març de 2025", "2025-03-21"),
    ],
)
def test_month_names_date_the_line(text: str, iso: str) -> None:
    found = find_date(text)
    assert found is not None and found[0] == iso


def test_month_lists_have_twelve_full_and_twelve_short_names() -> None:
    months = load_lexicon().months
    for names in (
        ("januari", "februari", "maart", "mei", "augustus"),
        ("ianuarie", "iunie", "noiembrie"),
        ("tammikuuta", "kesäkuuta", "joulukuuta", "tammik", "jouluk"),
        ("ιανουαρίου", "μαΐου", "δεκεμβρίου"),
        ("gener", "març", "desembre"),
    ):
        assert all(name.casefold() in months for name in names), names
    assert "noi" not in months  # Romanian "we", not a month: the abbreviation is "nov."
    assert "kesä" not in months  # Finnish "summer"


@pytest.mark.parametrize(
    ("lang", "line", "author"),
    [
        ("nl", "Door Sanne de Vries", "Sanne de Vries"),
        ("sv", "Av Anna Lindqvist", "Anna Lindqvist"),
        ("da", "Af Mette Kjærgaard", "Mette Kjærgaard"),
        ("no", "Skrevet av Kari Nordmann", "Kari Nordmann"),
        ("el", "Γράφει ο Γιώργος Παπαδόπουλος", "Γιώργος Παπαδόπουλος"),
    ],
)
def test_byline_labels(lang: str, line: str, author: str) -> None:
    first, second = PROSE[lang]
    result = boilerstrip.clean(f"{line}\n{first}\n{second}")
    assert result.text == f"{first}\n{second}"
    assert result.metadata.authors == (author,)
