"""Lexicon coverage for Central and Eastern European languages: cs, sk, hu, hr, sl, bg, sr, and additions to pl, uk, ru.

Every interface reason a language file fills is pinned by at least one whole line that
``ui_strings`` removes with that reason, and every language by prose sentences that
share the phrases' words and must be kept.
"""

from __future__ import annotations

import pytest

import boilerstrip
from boilerstrip.cleaners import RelatedTeasers, UiStrings
from boilerstrip.rules.dates import find_date
from boilerstrip.rules.lexicon import load_lexicon
from boilerstrip.testing import cuts

#: Two neutral article sentences per language, used around the line under test.
PROSE: dict[str, tuple[str, str]] = {
    "cs": (
        "Zastupitelstvo v úterý po dlouhé debatě schválilo rozpočet na stavbu nové školy u náměstí.",
        "Úředníci očekávají, že nová škola otevře své dveře prvním žákům letos v září.",
    ),
    "sk": (
        "Zastupiteľstvo v utorok po dlhej diskusii schválilo rozpočet na výstavbu novej školy pri námestí.",
        "Úradníci očakávajú, že nová škola otvorí svoje brány prvým žiakom tento rok v septembri.",
    ),
    "hu": (
        "A képviselő-testület kedden hosszú vita után elfogadta az új iskola építésének költségvetését.",
        "A tisztviselők arra számítanak, hogy az új iskola már szeptemberben fogadja az első diákokat.",
    ),
    "hr": (
        "Gradsko vijeće u utorak je nakon duge rasprave usvojilo proračun za gradnju nove škole kraj trga.",
        "Dužnosnici očekuju da će nova škola prve učenike primiti već ove godine u rujnu.",
    ),
    "sl": (
        "Občinski svet je v torek po dolgi razpravi sprejel proračun za gradnjo nove šole ob trgu.",
        "Uradniki pričakujejo, da bo nova šola prve učence sprejela že letos septembra.",
    ),
    "bg": (
        "Общинският съвет прие във вторник бюджета за строежа на новото училище след дълъг дебат.",
        "Служителите очакват новото училище да посрещне първите ученици още през септември.",
    ),
    "sr": (
        "Градско веће је у уторак после дуге расправе усвојило буџет за изградњу нове школе код трга.",
        "Званичници очекују да ће нова школа прве ученике примити већ ове године у септембру.",
    ),
    "sr-Latn": (
        "Gradsko veće je u utorak posle duge rasprave usvojilo budžet za izgradnju nove škole kod trga.",
        "Zvaničnici očekuju da će nova škola prve učenike primiti već ove godine u septembru.",
    ),
    "pl": (
        "Rada miasta przyjęła we wtorek po długiej debacie budżet na budowę nowej szkoły przy rynku.",
        "Urzędnicy spodziewają się, że nowa szkoła przyjmie pierwszych uczniów już we wrześniu.",
    ),
    "uk": (
        "Міська рада у вівторок після тривалих дебатів ухвалила бюджет на будівництво нової школи.",
        "Посадовці очікують, що нова школа прийме перших учнів уже у вересні цього року.",
    ),
    "ru": (
        "Городской совет во вторник после долгих дебатов утвердил бюджет на строительство новой школы.",
        "Чиновники ожидают, что новая школа примет первых учеников уже в сентябре этого года.",
    ),
}

INTERFACE: list[tuple[str, str, str]] = [
    # Czech
    ("cs", "Štítky", "tag_list"),
    ("cs", "Přihlásit se", "login_prompt"),
    ("cs", "Odpovědět", "comment_ui"),
    ("cs", "Komentáře (86)", "comment_ui"),
    ("cs", "Zatím žádné komentáře", "comment_ui"),
    ("cs", "Vaše e-mailová adresa nebude zveřejněna. Vyžadované informace jsou označeny *", "comment_ui"),
    ("cs", "Odebírat newsletter", "subscribe_prompt"),
    ("cs", "Sdílet na Facebooku", "share_buttons"),
    ("cs", "Kopírovat odkaz", "share_buttons"),
    ("cs", "Článek pokračuje pod reklamou", "ad_marker"),
    ("cs", "Přehrát video", "player_ui"),
    ("cs", "Načíst další", "live_ui"),
    ("cs", "Přeskočit na obsah", "navigation"),
    ("cs", "Zpět nahoru", "navigation"),
    ("cs", "Editovat zdroj", "navigation"),
    ("cs", "Číst dále »", "read_more"),
    ("cs", "Mohlo by vás zajímat", "related_header"),
    ("cs", "Nejčtenější", "related_header"),
    ("cs", "Zobrazit fotogalerii", "media_link"),
    ("cs", "Článek je dostupný pouze pro předplatitele", "paywall_notice"),
    ("cs", "Přijmout vše", "cookie_notice"),
    ("cs", "Tento web používá soubory cookie k poskytování služeb a analýze návštěvnosti.", "cookie_notice"),
    ("cs", "Všechna práva vyhrazena", "legal_footer"),
    ("cs", "Stáhněte si aplikaci", "app_promo"),
    ("cs", "Doba čtení: 4 minuty", "counter"),
    ("cs", "Příspěvky: 1532", "comment_ui"),
    # Slovak
    ("sk", "Kľúčové slová", "tag_list"),
    ("sk", "Prihlásiť sa", "login_prompt"),
    ("sk", "Odpovedať", "comment_ui"),
    ("sk", "Zobraziť ďalšie komentáre", "comment_ui"),
    ("sk", "Vaša e-mailová adresa nebude zverejnená. Vyžadované polia sú označené *", "comment_ui"),
    ("sk", "Sledujte nás na Facebooku", "subscribe_prompt"),
    ("sk", "Zdieľať článok", "share_buttons"),
    ("sk", "Článok pokračuje pod reklamou", "ad_marker"),
    ("sk", "Prehrať video", "player_ui"),
    ("sk", "Načítať ďalšie", "live_ui"),
    ("sk", "Preskočiť na obsah", "navigation"),
    ("sk", "Upraviť zdroj", "navigation"),
    ("sk", "Čítať ďalej", "read_more"),
    ("sk", "Súvisiace články", "related_header"),
    ("sk", "Zobraziť galériu", "media_link"),
    ("sk", "Len pre predplatiteľov", "paywall_notice"),
    ("sk", "Prijať všetko", "cookie_notice"),
    ("sk", "Všetky práva vyhradené", "legal_footer"),
    ("sk", "Stiahnite si aplikáciu", "app_promo"),
    ("sk", "Čas čítania: 3 minúty", "counter"),
    # Hungarian
    ("hu", "Címkék", "tag_list"),
    ("hu", "Bejelentkezés", "login_prompt"),
    ("hu", "Vélemény, hozzászólás?", "comment_ui"),
    ("hu", "Válasz megszakítása", "comment_ui"),
    ("hu", "Hozzászólások (12)", "comment_ui"),
    ("hu", "Az e-mail címet nem tesszük közzé.", "comment_ui"),
    ("hu", "Iratkozz fel hírlevelünkre", "subscribe_prompt"),
    ("hu", "Megosztás a Facebookon", "share_buttons"),
    ("hu", "Hirdetés", "ad_marker"),
    ("hu", "Videó lejátszása", "player_ui"),
    ("hu", "Percről percre", "live_ui"),
    ("hu", "Ugrás a tartalomhoz", "navigation"),
    ("hu", "Vissza a tetejére", "navigation"),
    ("hu", "Tovább olvasom", "read_more"),
    ("hu", "Kapcsolódó cikkek", "related_header"),
    ("hu", "Legolvasottabb", "related_header"),
    ("hu", "Galéria megtekintése", "media_link"),
    ("hu", "Ez a cikk csak előfizetőknek érhető el", "paywall_notice"),
    ("hu", "Mindet elfogadom", "cookie_notice"),
    ("hu", "Weboldalunk sütiket használ a jobb felhasználói élmény érdekében.", "cookie_notice"),
    ("hu", "Minden jog fenntartva", "legal_footer"),
    ("hu", "Töltsd le az alkalmazást", "app_promo"),
    ("hu", "Olvasási idő: 4 perc", "counter"),
    # Croatian
    ("hr", "Oznake", "tag_list"),
    ("hr", "Prijavi se", "login_prompt"),
    ("hr", "Odgovori", "comment_ui"),
    ("hr", "Vaša adresa e-pošte neće biti objavljena. Obavezna polja su označena *", "comment_ui"),
    ("hr", "Pratite nas na Facebooku", "subscribe_prompt"),
    ("hr", "Podijeli na Facebooku", "share_buttons"),
    ("hr", "Članak se nastavlja ispod oglasa", "ad_marker"),
    ("hr", "Pogledaj video", "player_ui"),
    ("hr", "Učitaj još", "live_ui"),
    ("hr", "Preskoči na sadržaj", "navigation"),
    ("hr", "Uredi izvor", "navigation"),
    ("hr", "Pročitaj više", "read_more"),
    ("hr", "Povezani članci", "related_header"),
    ("hr", "Najčitanije", "related_header"),
    ("hr", "Pogledajte galeriju", "media_link"),
    ("hr", "Samo za pretplatnike", "paywall_notice"),
    ("hr", "Prihvati sve", "cookie_notice"),
    ("hr", "Ova web stranica koristi kolačiće kako bi vam pružila bolje korisničko iskustvo.", "cookie_notice"),
    ("hr", "Sva prava pridržana", "legal_footer"),
    ("hr", "Preuzmite aplikaciju", "app_promo"),
    ("hr", "Vrijeme čitanja: 3 min", "counter"),
    # Slovenian
    ("sl", "Ključne besede", "tag_list"),
    ("sl", "Prijava", "login_prompt"),
    ("sl", "Dodaj odgovor", "comment_ui"),
    ("sl", "Vaš e-naslov ne bo objavljen. Zahtevana polja so označena *", "comment_ui"),
    ("sl", "Naročite se na e-novice", "subscribe_prompt"),
    ("sl", "Kopiraj povezavo", "share_buttons"),
    ("sl", "Oglasno sporočilo", "ad_marker"),
    ("sl", "Predvajaj video", "player_ui"),
    ("sl", "Naloži več", "live_ui"),
    ("sl", "Skoči na vsebino", "navigation"),
    ("sl", "Uredi kodo", "navigation"),
    ("sl", "Preberi več", "read_more"),
    ("sl", "Sorodni članki", "related_header"),
    ("sl", "Najbolj brano", "related_header"),
    ("sl", "Odpri galerijo", "media_link"),
    ("sl", "Samo za naročnike", "paywall_notice"),
    ("sl", "Sprejmi vse", "cookie_notice"),
    ("sl", "Vse pravice pridržane", "legal_footer"),
    ("sl", "Prenesite aplikacijo", "app_promo"),
    ("sl", "Čas branja: 3 min", "counter"),
    # Bulgarian
    ("bg", "Етикети", "tag_list"),
    ("bg", "Регистрирайте се", "login_prompt"),
    ("bg", "Отговори", "comment_ui"),
    ("bg", "Вашият имейл адрес няма да бъде публикуван. Задължителните полета са отбелязани с *", "comment_ui"),
    ("bg", "Последвайте ни във Facebook", "subscribe_prompt"),
    ("bg", "Сподели във Facebook", "share_buttons"),
    ("bg", "Статията продължава след рекламата", "ad_marker"),
    ("bg", "Гледай видео", "player_ui"),
    ("bg", "Зареди още", "live_ui"),
    ("bg", "Към съдържанието", "navigation"),
    ("bg", "Редактиране на кода", "navigation"),
    ("bg", "Прочети още", "read_more"),
    ("bg", "Свързани статии", "related_header"),
    ("bg", "Най-четени", "related_header"),
    ("bg", "Вижте галерията", "media_link"),
    ("bg", "Само за абонати", "paywall_notice"),
    ("bg", "Приеми всички", "cookie_notice"),
    ("bg", "Този сайт използва бисквитки, за да подобри вашето изживяване.", "cookie_notice"),
    ("bg", "Всички права запазени", "legal_footer"),
    ("bg", "Изтеглете приложението", "app_promo"),
    ("bg", "Време за четене: 3 мин.", "counter"),
    # Serbian, Cyrillic and Latin
    ("sr", "Кључне речи", "tag_list"),
    ("sr", "Пријави се", "login_prompt"),
    ("sr", "Остави одговор", "comment_ui"),
    ("sr", "Ваша адреса е-поште неће бити објављена. Неопходна поља су означена *", "comment_ui"),
    ("sr", "Пратите нас", "subscribe_prompt"),
    ("sr", "Подели на Фејсбуку", "share_buttons"),
    ("sr", "Текст се наставља испод огласа", "ad_marker"),
    ("sr", "Погледај видео", "player_ui"),
    ("sr", "Учитај још", "live_ui"),
    ("sr", "Пређи на садржај", "navigation"),
    ("sr", "Уреди извор", "navigation"),
    ("sr", "Прочитај више", "read_more"),
    ("sr", "Повезане вести", "related_header"),
    ("sr", "Погледај галерију", "media_link"),
    ("sr", "Само за претплатнике", "paywall_notice"),
    ("sr", "Прихвати све", "cookie_notice"),
    ("sr", "Сва права задржана", "legal_footer"),
    ("sr", "Преузмите апликацију", "app_promo"),
    ("sr", "Време читања: 3 мин", "counter"),
    ("sr-Latn", "Ključne reči", "tag_list"),
    ("sr-Latn", "Ostavi odgovor", "comment_ui"),
    ("sr-Latn", "Podeli na Fejsbuku", "share_buttons"),
    ("sr-Latn", "Tekst se nastavlja ispod oglasa", "ad_marker"),
    ("sr-Latn", "Pređi na sadržaj", "navigation"),
    ("sr-Latn", "Povezane vesti", "related_header"),
    ("sr-Latn", "Ovaj sajt koristi kolačiće kako bi vam pružio bolje korisničko iskustvo.", "cookie_notice"),
    ("sr-Latn", "Sva prava zadržana", "legal_footer"),
    # Polish additions
    ("pl", "Odpowiedz", "comment_ui"),
    ("pl", "Anuluj pisanie odpowiedzi", "comment_ui"),
    ("pl", "Twój adres e-mail nie zostanie opublikowany. Wymagane pola są oznaczone *", "comment_ui"),
    ("pl", "Posty: 1532", "comment_ui"),
    ("pl", "Wyloguj się", "login_prompt"),
    ("pl", "Dalsza część artykułu pod materiałem wideo", "ad_marker"),
    ("pl", "Pomiń reklamę", "player_ui"),
    ("pl", "Na górę", "navigation"),
    ("pl", "Edytuj kod źródłowy", "navigation"),
    ("pl", "Czytaj całość", "read_more"),
    ("pl", "Polecane artykuły", "related_header"),
    ("pl", "Może cię zainteresować", "related_header"),
    ("pl", "Przejdź do galerii", "media_link"),
    ("pl", "Zaakceptuj wszystkie", "cookie_notice"),
    ("pl", "Używamy plików cookie, aby zapewnić najlepsze doświadczenia w naszym serwisie.", "cookie_notice"),
    ("pl", "Wszystkie prawa zastrzeżone", "legal_footer"),
    # Ukrainian additions
    ("uk", "Відповісти", "comment_ui"),
    ("uk", "Скасувати відповідь", "comment_ui"),
    ("uk", "Ваша e-mail адреса не оприлюднюватиметься. Обов’язкові поля позначені *", "comment_ui"),
    ("uk", "Вийти", "login_prompt"),
    ("uk", "Вгору", "navigation"),
    ("uk", "Редагувати код", "navigation"),
    ("uk", "Найчитаніше", "related_header"),
    ("uk", "Прийняти все", "cookie_notice"),
    ("uk", "Пропустити рекламу", "player_ui"),
    # Russian additions
    ("ru", "Ответить", "comment_ui"),
    ("ru", "Комментариев пока нет", "comment_ui"),
    ("ru", "Ваш адрес email не будет опубликован. Обязательные поля помечены *", "comment_ui"),
    ("ru", "Сообщений: 1532", "comment_ui"),
    ("ru", "Выйти", "login_prompt"),
    ("ru", "К началу", "navigation"),
    ("ru", "Править код", "navigation"),
    ("ru", "Вам может быть интересно", "related_header"),
    ("ru", "Принять все", "cookie_notice"),
    ("ru", "Посмотреть эту публикацию в Instagram", "media_link"),
    # WordPress post navigation, phpBB quote buttons, MediaWiki edit tokens, consent-platform buttons
    ("cs", "Předchozí příspěvek", "navigation"),
    ("cs", "[editovat | editovat zdroj]", "navigation"),
    ("cs", "Odpovědět s citací", "comment_ui"),
    ("sk", "Prijať všetky súbory cookie", "cookie_notice"),
    ("hu", "Előző bejegyzés", "navigation"),
    ("hu", "Előzmény: Kovács Péter (123)", "comment_ui"),
    ("hr", "[uredi | uredi izvor]", "navigation"),
    ("sl", "Sprejmi vse piškotke", "cookie_notice"),
    ("bg", "Вашият коментар", "comment_ui"),
    ("sr", "Оставите одговор", "comment_ui"),
    ("sr-Latn", "Prihvati sve kolačiće", "cookie_notice"),
    ("pl", "Nawigacja wpisu", "navigation"),
    ("uk", "Навігація записів", "navigation"),
    ("ru", "Навигация по записям", "navigation"),
    ("ru", "[править | править код]", "navigation"),
    ("ru", "Ответить с цитатой", "comment_ui"),
    ("pl", "Relacja live", "live_ui"),
    ("pl", "Kup subskrypcję", "paywall_notice"),
    ("pl", "Wydrukuj", "share_buttons"),
    ("pl", "Subskrybuj: Komentarze do posta (Atom)", "subscribe_prompt"),
    ("pl", "5 min czytania", "counter"),
    ("uk", "На правах реклами", "ad_marker"),
    ("uk", "Завантажте застосунок", "app_promo"),
    ("uk", "Пряма трансляція", "live_ui"),
    ("uk", "Збільшити", "media_link"),
    ("uk", "Лише для передплатників", "paywall_notice"),
    ("uk", "Читати більше", "read_more"),
    ("uk", "Посилання скопійовано", "share_buttons"),
    ("uk", "Категорія: Політика", "tag_list"),
    ("uk", "Підписатися на: Коментарі до допису (Atom)", "subscribe_prompt"),
    ("ru", "Партнёрский материал", "ad_marker"),
    ("ru", "Скачайте приложение", "app_promo"),
    ("ru", "Прямой эфир", "live_ui"),
    ("ru", "Только для подписчиков", "paywall_notice"),
    ("ru", "Пропустить рекламу", "player_ui"),
    ("ru", "Узнать больше", "read_more"),
    ("ru", "Добавить в закладки", "share_buttons"),
    ("ru", "Рубрика: Общество", "tag_list"),
    ("ru", "Подписаться на: Комментарии к сообщению (Atom)", "subscribe_prompt"),
    ("ru", "Просмотры: 1532", "counter"),
]


@pytest.mark.parametrize(("lang", "line", "reason"), INTERFACE)
def test_interface_lines(lang: str, line: str, reason: str) -> None:
    p, _ = PROSE[lang]
    assert cuts(f"{p}\n{line}\n{p}", UiStrings(), lang=lang.split("-")[0]) == [(reason, line + "\n")]


#: Article sentences that open with or contain the words of a phrase and must stay.
KEPT: list[tuple[str, str]] = [
    ("cs", "Komentáře k návrhu zákona poslali na ministerstvo i zástupci obcí a krajů."),
    ("cs", "Sdílet kancelář s kolegy z jiného oddělení se mu zpočátku vůbec nechtělo."),
    ("cs", "Přihlásit se do soutěže mohou zájemci až do konce března na obecním úřadě."),
    ("cs", "Čtěte také pozorně příbalový leták, radí lékárníci starším pacientům."),
    ("sk", "Komentáre k návrhu zákona poslali na ministerstvo aj zástupcovia obcí a krajov."),
    ("sk", "Zdieľať kanceláriu s kolegami z iného oddelenia sa mu spočiatku vôbec nechcelo."),
    ("sk", "Odporúčame vám, aby ste si pred cestou skontrolovali platnosť cestovného pasu, uviedlo ministerstvo."),
    ("hu", "Hozzászólások érkeztek a tervezethez a helyi civil szervezetektől és a lakóktól is."),
    ("hu", "Tovább nőtt a benzin ára a héten, a szakértők szerint a drágulás folytatódhat."),
    ("hu", "Megosztás helyett végül mindenki saját autót vett, mondta a polgármester."),
    ("hr", "Komentari građana na prijedlog plana stigli su u gradsku upravu prošloga tjedna."),
    ("hr", "Odgovori na pitanja novinara stigli su iz ministarstva tek nakon tri dana."),
    ("hr", "Podijeli li se dobit među dioničarima, tvrtki neće ostati novca za ulaganja."),
    ("sl", "Komentarji občanov na osnutek načrta so na občino prispeli prejšnji teden."),
    ("sl", "Deli mesta, ki jih je poplava najbolj prizadela, so še vedno brez elektrike."),
    ("sl", "Preberite več o zgodovini tržnice na tablah, ki jih je postavila občina, je dejal župan."),
    ("bg", "Коментари по проекта изпратиха и жители на квартала, и местни фирми."),
    ("bg", "Сподели ли някой с теб тази новина, попита журналистът кмета на общината."),
    ("bg", "Начало на строежа се очаква през пролетта на следващата година, каза кметът."),
    ("sr", "Коментари грађана на предлог плана стигли су у градску управу прошле недеље."),
    ("sr", "Прочитај више књига ове године, поручио је министар ученицима на отварању сајма."),
    ("sr-Latn", "Komentari građana na predlog plana stigli su u gradsku upravu prošle nedelje."),
    ("sr-Latn", "Podeli li se dobit među akcionarima, firmi neće ostati novca za ulaganja."),
    ("pl", "Polecane przez lekarzy ćwiczenia pomagają szybciej wrócić do formy po operacji."),
    ("pl", "Zgłoś się do najbliższego punktu szczepień, apelował wojewoda do mieszkańców regionu."),
    ("pl", "Na górę prowadzi kilka szlaków, ale zimą większość z nich jest zamknięta."),
    ("uk", "Відповісти на запитання журналістів міністр відмовився, пославшись на слідство."),
    ("uk", "Зміст документа досі не оприлюднили, повідомили в міністерстві освіти."),
    ("ru", "Ответить на вопросы журналистов министр отказался, сославшись на следствие."),
    ("ru", "Содержание документа до сих пор не раскрывается, сообщили в министерстве."),
    ("ru", "Далее губернатор рассказал о планах по ремонту дорог в области."),
    # lines of dialogue that are also button labels on some sites
    ("sk", "– Páči sa mi to."),
    ("hu", "– Tovább! – kiáltotta az edző a pálya széléről."),
    ("bg", "– Влезте, моля."),
    ("pl", "– Lubię to."),
]


@pytest.mark.parametrize(("lang", "sentence"), KEPT)
def test_prose_with_the_same_words_stays(lang: str, sentence: str) -> None:
    p, p2 = PROSE[lang]
    assert sentence in boilerstrip.clean(f"{p}\n{sentence}\n{p2}").text.split("\n")


#: Per language: two interface lines (with their reasons) and prose that shares their words.
MIXED: dict[str, tuple[tuple[str, str], tuple[str, str], str]] = {
    "cs": (("Sdílet", "share_buttons"), ("Odpovědět", "comment_ui"), KEPT[1][1]),
    "sk": (("Zdieľať", "share_buttons"), ("Odpovedať", "comment_ui"), KEPT[5][1]),
    "hu": (("Megosztás", "share_buttons"), ("Válasz", "comment_ui"), KEPT[9][1]),
    "hr": (("Komentari", "comment_ui"), ("Podijeli", "share_buttons"), KEPT[12][1]),
    "sl": (("Deli", "share_buttons"), ("Komentarji", "comment_ui"), KEPT[14][1]),
    "bg": (("Сподели", "share_buttons"), ("Коментари", "comment_ui"), KEPT[17][1]),
    "sr": (("Коментари", "comment_ui"), ("Подели", "share_buttons"), KEPT[19][1]),
    "sr-Latn": (("Komentari", "comment_ui"), ("Podeli", "share_buttons"), KEPT[22][1]),
}


@pytest.mark.parametrize("lang", sorted(MIXED))
def test_interface_goes_and_prose_with_its_words_stays(lang: str) -> None:
    p, p2 = PROSE[lang]
    (ui1, reason1), (ui2, reason2), sentence = MIXED[lang]
    result = boilerstrip.clean(f"{p}\n{ui1}\n{sentence}\n{ui2}\n{p2}")
    assert result.text.split("\n") == [p, sentence, p2]
    removed = {(r.text.strip(), r.reason) for r in result.removed}
    assert {(ui1, reason1), (ui2, reason2)} <= removed


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Publikováno 5. května 2024", "2024-05-05"),
        ("14. listopadu 2023 10:15", "2023-11-14"),
        ("Publikované 3. októbra 2023", "2023-10-03"),
        ("Objavljeno 12. svibnja 2022.", "2022-05-12"),
        ("2. prosinca 2021.", "2021-12-02"),
        ("Objavljeno: 8. septembra 2024", "2024-09-08"),
        ("Публикувано на 21 октомври 2023", "2023-10-21"),
        ("Објављено: 5. мај 2024.", "2024-05-05"),
        ("Objavljeno: 5. maja 2024.", "2024-05-05"),
        ("17. децембра 2022.", "2022-12-17"),
        ("15 listopada 2023", "2023-11-15"),
    ],
)
def test_month_names(text: str, iso: str) -> None:
    found = find_date(text)
    assert found is not None and found[0] == iso


def test_hungarian_month_names_are_known() -> None:
    # Hungarian dates put the year first ("2023. október 5."), a form find_date does not read yet;
    # the names still serve the checks that ask whether a word is a month.
    months = load_lexicon().months
    assert [months[m] for m in ("január", "márc", "május", "szept", "október", "december")] == [1, 3, 5, 9, 10, 12]


def test_croatian_months_do_not_shadow_polish_ones() -> None:
    months = load_lexicon().months
    assert months["listopada"] == 11  # Polish November; Croatian October is left out (see hr.toml)
    assert months["lip"] == 7 and months["lis"] == 11


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Čtěte také: Vláda schválila nový rozpočet na dopravu", "Vláda schválila nový rozpočet na dopravu"),
        ("Čítajte aj: Nemocnice dostanú nové prístroje", "Nemocnice dostanú nové prístroje"),
        ("Olvasd el ezt is: Újra drágul a benzin", "Újra drágul a benzin"),
        ("Pročitajte i: Zagreb dobiva novi tramvajski most", "Zagreb dobiva novi tramvajski most"),
        ("Preberite še: Ljubljana dobi novo knjižnico", "Ljubljana dobi novo knjižnico"),
        ("Прочетете още: Цените на тока се вдигат от юли", "Цените на тока се вдигат от юли"),
        ("Прочитајте још: Београд добија нови мост", "Београд добија нови мост"),
        ("ZOBACZ: Nowy most w Krakowie otwarty", "Nowy most w Krakowie otwarty"),
    ],
)
def test_read_also_lines_keep_the_headline(line: str, title: str) -> None:
    p = "The council approved the budget on Tuesday after a long debate about the new school."
    text = f"{p}\n{line}\n{p}"
    assert cuts(text, RelatedTeasers()) == [("read_also", line + "\n")]
    assert [r.title for r in boilerstrip.clean(text, favor="clean").metadata.related] == [title]


@pytest.mark.parametrize(
    ("caption", "credit_line", "credit"),
    [
        ("Premiér na tiskové konferenci po jednání vlády.", "Foto: ČTK / Michal Kamaryt", "ČTK / Michal Kamaryt"),
        (
            "A miniszterelnök a sajtótájékoztatón a kormányülés után.",
            "Nyitókép: MTI/Koszticsák Szilárd",
            "MTI/Koszticsák Szilárd",
        ),
        ("Премиерът на пресконференция след заседанието.", "Снимка: БГНЕС", "БГНЕС"),
    ],
)
def test_photo_credit_labels(caption: str, credit_line: str, credit: str) -> None:
    p = "The council approved the budget on Tuesday after a long debate about the new school."
    p2 = "Officials expect the new school to open its doors to the first pupils in September."
    result = boilerstrip.clean(f"{p}\n{caption}\n{credit_line}\n{p2}", favor="clean")
    assert result.text == f"{p}\n{p2}"
    assert [(i.caption, i.credit) for i in result.metadata.images] == [(caption, credit)]
