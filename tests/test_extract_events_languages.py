"""Events on invented sentences in English, French and Russian (issue 11 failure classes): planned versus
held with a status, French and Russian visit phrasing and datelines, sector words per language, side-remark
parties and title fragments read as people; Portuguese and Spanish parties, dates and figures."""

from __future__ import annotations

from datetime import date

import pytest

from partnerlens.cooperation.extract import extract_text

PUBLISHED = date(2025, 3, 10)


def read(text: str, language: str, published: date | None = PUBLISHED) -> list:
    return extract_text(text, language=language, published=published, today=PUBLISHED)


def events(text: str, language: str, published: date | None = PUBLISHED) -> list:
    return [p for p in read(text, language, published) if p.kind in ("event", "agreement")]


# --- planned versus held ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text, language",
    [
        ("President Ruto of Kenya is set to visit Uzbekistan in April 2025.", "en"),
        ("Le président kényan se rendra en Ouzbékistan en avril 2025.", "fr"),
        ("Президент Кении посетит Узбекистан в апреле 2025 года.", "ru"),
    ],
)
def test_a_visit_to_come_is_planned_with_a_month_precision(text, language):
    (visit,) = events(text, language)
    assert visit.status == "planned" and set(visit.parties) == {"KEN", "UZB"}
    assert (visit.date, visit.date_precision) == (date(2025, 4, 1), "month")


@pytest.mark.parametrize(
    "text, language",
    [
        ("Kenya and Uzbekistan will sign agreements on agriculture during the visit.", "en"),
        ("Le Kenya et l'Ouzbékistan signeront des accords sur l'agriculture lors de la visite.", "fr"),
        ("Кения и Узбекистан подпишут соглашения в сфере сельского хозяйства в ходе визита.", "ru"),
    ],
)
def test_agreements_to_be_signed_are_announced_not_signed(text, language):
    agreements = [p for p in events(text, language) if p.kind == "agreement"]
    assert agreements and all(a.status == "announced" for a in agreements)


@pytest.mark.parametrize(
    "text, language",
    [
        ("On 3 March 2025, Kenya and Uzbekistan signed a memorandum of understanding on agriculture.", "en"),
        ("Le 3 mars 2025, le Kenya et l'Ouzbékistan ont signé un mémorandum d'entente sur l'agriculture.", "fr"),
        (
            "3 марта 2025 года Кения и Узбекистан подписали меморандум о сотрудничестве в сфере сельского хозяйства.",
            "ru",
        ),
    ],
)
def test_a_signing_told_in_the_past_is_signed_and_dated_to_the_day(text, language):
    (agreement,) = events(text, language)
    assert agreement.status == "signed" and agreement.date == date(2025, 3, 3) and agreement.date_precision == "day"
    assert "agriculture" in agreement.sectors


def test_an_event_dated_after_publication_is_planned_whatever_its_tense():
    (visit,) = events("The official visit of President Ruto of Kenya to Uzbekistan in May 2025.", "en")
    assert visit.status == "planned"


def test_an_event_told_as_done_is_held():
    (visit,) = events("President Ruto of Kenya paid an official visit to Uzbekistan on 2 March 2025.", "en")
    assert visit.status == "held"


# --- French and Russian visit phrasing and datelines -----------------------------------


@pytest.mark.parametrize(
    "text, language, kind",
    [
        (
            "Le ministre sénégalais des Affaires étrangères a été accueilli par son homologue azerbaïdjanais à Bakou le 2 mars 2025.",
            "fr",
            "visit",
        ),
        (
            "Министр иностранных дел Сенегала прибыл с официальным визитом в Азербайджан 2 марта 2025 года.",
            "ru",
            "official_visit",
        ),
        (
            "Senegal's foreign minister was received by his Azerbaijani counterpart in Baku on 2 March 2025.",
            "en",
            "ministerial_meeting",
        ),
    ],
)
def test_visits_in_each_language(text, language, kind):
    found = events(text, language)
    assert any(e.type == kind for e in found), [(e.type, e.parties) for e in found]
    assert all(set(e.parties) == {"SEN", "AZE"} and e.date == date(2025, 3, 2) for e in found)


@pytest.mark.parametrize(
    "text, language, party, day",
    [
        (
            "RABAT, 4 mars (MAP) – Le Maroc et le Kazakhstan ont signé un accord de coopération.",
            "fr",
            "MAR",
            date(2025, 3, 4),
        ),
        ("7 марта, Минск – Беларусь и Кения подписали соглашение о сотрудничестве.", "ru", "BLR", date(2025, 3, 7)),
        (
            "NAIROBI, March 4 (Reuters) - Kenya and Kazakhstan signed a cooperation agreement.",
            "en",
            "KEN",
            date(2025, 3, 4),
        ),
    ],
)
def test_datelines_give_the_place_and_the_date(text, language, party, day):
    (agreement,) = events(text, language, published=None)
    assert party in agreement.parties and agreement.date == day


# --- sector words in French and Russian ------------------------------------------------


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "Le Kenya et l'Ouzbékistan ont signé des accords dans les domaines de l'agriculture, de l'énergie et du tourisme.",
            "fr",
        ),
        ("Кения и Узбекистан подписали соглашения в сферах сельского хозяйства, энергетики и туризма.", "ru"),
        ("Kenya and Uzbekistan signed agreements on agriculture, energy and tourism.", "en"),
    ],
)
def test_sector_words_in_each_language(text, language):
    (agreement,) = events(text, language)
    assert {"agriculture", "energy", "tourism"} <= set(agreement.sectors)


# --- side remarks and title fragments --------------------------------------------------


@pytest.mark.parametrize(
    "text, language",
    [
        ("Kenya, like neighbouring Tanzania, signed a trade agreement with Uzbekistan on 2 March 2025.", "en"),
        ("Le Kenya, à l'instar de la Tanzanie, a signé un accord commercial avec l'Ouzbékistan le 2 mars 2025.", "fr"),
        ("Кения, как и Танзания, подписала торговое соглашение с Узбекистаном 2 марта 2025 года.", "ru"),
    ],
)
def test_a_state_in_a_side_remark_is_not_a_party(text, language):
    (agreement,) = events(text, language)
    assert set(agreement.parties) == {"KEN", "UZB"}


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "Kenya's Minister of Foreign Affairs, African Cooperation and Trade met the Uzbek ambassador on 2 March 2025.",
            "en",
        ),
        (
            "Le ministre des Affaires étrangères, de la Coopération africaine et du Commerce du Kenya a reçu l'ambassadeur ouzbek le 2 mars 2025.",
            "fr",
        ),
        (
            "Министр иностранных дел, африканского сотрудничества и торговли Кении встретился с послом Узбекистана 2 марта 2025 года.",
            "ru",
        ),
    ],
)
def test_a_title_is_not_a_person(text, language):
    people = [p for e in events(text, language) for p in e.people]
    assert not any(
        word in person.name
        for person in people
        for word in ("Affairs", "Cooperation", "Affaires", "Coopération", "Министр")
    )


# --- Portuguese and Spanish: parties, dates and trade figures --------------------------


@pytest.mark.parametrize(
    "text, language",
    [
        ("O comércio entre Angola e o Cazaquistão atingiu 120 milhões de dólares em 2024.", "pt"),
        ("El comercio entre Angola y Kazajistán alcanzó 120 millones de dólares en 2024.", "es"),
    ],
)
def test_portuguese_and_spanish_figures(text, language):
    (claim,) = [p for p in read(text, language) if p.kind == "claim"]
    assert set(claim.parties) == {"AGO", "KAZ"} and claim.value_usd == 120e6 and claim.year == 2024


@pytest.mark.parametrize(
    "text, language",
    [
        ("O presidente de Angola visitou o Cazaquistão em 3 de março de 2025.", "pt"),
        ("El presidente de Angola visitó Kazajistán el 3 de marzo de 2025.", "es"),
    ],
)
def test_portuguese_and_spanish_visits_are_dated(text, language):
    found = events(text, language)
    assert found and all(set(e.parties) == {"AGO", "KAZ"} and e.date == date(2025, 3, 3) for e in found)


@pytest.mark.parametrize(
    "text, language",
    [
        ("O comércio entre Angola e o Cazaquistão atingiu 120 milhões de dólares em 2024, com uma alta.", "pt"),
        ("El comercio entre Angola y Kazajistán alcanzó 120 millones de dólares en 2024 con los socios.", "es"),
        ("Les échanges entre le Maroc et la Turquie ont atteint un record.", "fr"),
        ("Товарооборот между Марокко и Турцией достиг рекорда.", "ru"),
        ("Trade between Kenya and Ghana is in the news.", "en"),
    ],
)
def test_the_language_is_detected(text, language):
    from partnerlens.cooperation.article import detect_language

    assert detect_language(text) == language


@pytest.mark.parametrize(
    "text, language, count",
    [
        (
            "Key outcomes of the visit of Kenya's president to Uzbekistan included six memorandums of cooperation.",
            "en",
            6,
        ),
        ("Le Kenya et l'Ouzbékistan ont conclu cinq accords de coopération.", "fr", 5),
        ("Кения и Узбекистан подписали пять соглашений о сотрудничестве.", "ru", 5),
        ("Angola e Moçambique assinaram quatro acordos de cooperação.", "pt", 4),
        ("Angola y Mozambique firmaron cuatro acuerdos de cooperación.", "es", 4),
    ],
)
def test_counted_agreements_in_each_language(text, language, count):
    agreements = [p for p in events(text, language) if p.kind == "agreement"]
    assert agreements and agreements[0].count == count and agreements[0].status == "signed"


def test_spanish_thousands_dot_with_millones():
    (claim,) = [
        p for p in read("En 2022 Argentina exportó más de US$ 6.400 millones a África.", "es") if p.kind == "claim"
    ]
    assert claim.value_usd == 6.4e9 and set(claim.parties) == {"ARG", "africa"} and claim.metric == "exports"


def test_an_article_over_the_size_bound_is_refused_with_one_line():
    from partnerlens.cooperation.extract import MAX_CHARS
    from partnerlens.errors import PartnerlensError

    with pytest.raises(PartnerlensError, match="extraction reads at most"):
        extract_text("Kenya and Uzbekistan signed an agreement. " * (MAX_CHARS // 40 + 10), language="en")


@pytest.mark.parametrize(
    "text, language, kind",
    [
        ("A Kenyan trade mission to Uzbekistan took place on 2 March 2025.", "en", "trade_mission"),
        ("Une mission commerciale kényane s'est rendue en Ouzbékistan le 2 mars 2025.", "fr", "trade_mission"),
        ("Торговая миссия Кении посетила Узбекистан 2 марта 2025 года.", "ru", "trade_mission"),
        (
            "The Kenya-Uzbekistan Joint Economic Committee met in Tashkent on 2 March 2025.",
            "en",
            "intergovernmental_commission",
        ),
        (
            "La commission mixte Kenya-Ouzbékistan s'est réunie à Tachkent le 2 mars 2025.",
            "fr",
            "intergovernmental_commission",
        ),
        (
            "Межправительственная комиссия Кении и Узбекистана собралась в Ташкенте 2 марта 2025 года.",
            "ru",
            "intergovernmental_commission",
        ),
    ],
)
def test_missions_and_commissions_in_each_language(text, language, kind):
    found = events(text, language)
    assert any(e.type == kind and {"KEN", "UZB"} <= set(e.parties) for e in found), [(e.type, e.parties) for e in found]
