"""Which year a trade figure takes when the sentence tells it in words (issue 11, fifth session).

Whole families rather than single phrases: "last year" in its every form ("в истекшем году", "прошлогодний",
"l'an écoulé", "do ano passado", "el pasado año") is the year before the publication; "since the start of
the year", "so far this year", "с начала года", "depuis le début de l'année", "en lo que va del año" is the
publication year. Invented sentences; the dispatch is dated 1 June 2025.
"""

from __future__ import annotations

from datetime import date

import pytest

from partnerlens.cooperation.extract import extract_text

PUBLISHED = date(2025, 6, 1)


def one(text: str, language: str):
    found = [
        p for p in extract_text(text, language=language, published=PUBLISHED, today=PUBLISHED) if p.kind == "claim"
    ]
    assert len(found) == 1, [(c.value, c.year) for c in found]
    return found[0]


@pytest.mark.parametrize(
    "text, language",
    [
        ("Last year, trade between Kenya and India reached $4 billion.", "en"),
        ("In the year just ended, exports from Kenya to India reached $900 million.", "en"),
        ("L'an écoulé, les échanges entre le Maroc et le Sénégal ont atteint 500 millions de dollars.", "fr"),
        ("Les exportations du Maroc vers le Sénégal ont atteint 300 millions de dollars l'année écoulée.", "fr"),
        ("В истекшем году товарооборот России и Египта составил 7 млрд долларов.", "ru"),
        ("Прошлогодний товарооборот России и Египта составил 7 млрд долларов.", "ru"),
        ("По итогам минувшего года экспорт России в Египет составил 6 млрд долларов.", "ru"),
        ("Товарооборот России и Египта за истекший год вырос на 20%.", "ru"),
        ("As exportações do Brasil para Angola do ano passado somaram 800 milhões de dólares.", "pt"),
        ("No ano transato, o comércio entre Angola e o Brasil atingiu 1 bilhão de dólares.", "pt"),
        ("Las exportaciones de Argentina a Chile del año pasado sumaron 5.000 millones de dólares.", "es"),
        ("El pasado año el comercio entre Argentina y Chile alcanzó 5.000 millones de dólares.", "es"),
    ],
)
def test_last_year_in_every_form(text, language):
    assert one(text, language).year == 2024


@pytest.mark.parametrize(
    "text, language",
    [
        ("Since the start of the year, trade between Kenya and India has grown 12%.", "en"),
        ("So far this year, exports from Kenya to India reached $500 million.", "en"),
        ("Depuis le début de l'année, les échanges entre le Maroc et le Sénégal ont progressé de 12 %.", "fr"),
        ("С начала года товарооборот России и Египта вырос на 10%.", "ru"),
        ("С начала текущего года экспорт России в Египет составил 3 млрд долларов.", "ru"),
        ("Desde o início do ano, o comércio entre Angola e o Brasil cresceu 12%.", "pt"),
        ("En lo que va del año, el comercio entre Argentina y Chile creció un 12%.", "es"),
    ],
)
def test_the_year_so_far_is_the_publication_year(text, language):
    assert one(text, language).year == 2025


@pytest.mark.parametrize(
    "text, language, year",
    [
        ("In 2023, trade between Kenya and India reached $4 billion, up from $3.2 billion a year earlier.", "en", 2023),
        ("В 2023-м товарооборот России и Египта составил 7 млрд долларов.", "ru", 2023),
        ("По данным за 2023 год, товарооборот России и Египта составил 7 млрд долларов.", "ru", 2023),
        (
            "Au cours de l'exercice 2023, les échanges entre le Maroc et le Sénégal ont atteint 500 millions de dollars.",
            "fr",
            2023,
        ),
    ],
)
def test_a_stated_year_wins_over_words(text, language, year):
    found = [
        p for p in extract_text(text, language=language, published=PUBLISHED, today=PUBLISHED) if p.kind == "claim"
    ]
    assert found[0].year == year


# --- batch 17 of the evaluation set: the base of a comparison keeps its year to itself ---------------------------


def years(text: str, language: str) -> list[tuple[float, int | None]]:
    found = extract_text(text, language=language, published=PUBLISHED, today=PUBLISHED)
    return [(abs(p.value), p.year) for p in found if p.kind == "claim"]


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "Le Ghana et le Maroc renforcent leurs liens. En 2023, les deux pays ont augmenté leurs échanges de 50 % "
            "par rapport à l'année précédente, pour atteindre 2,8 milliards de dollars.",
            "fr",
        ),
        (
            "Ghana and Morocco strengthen ties. In 2023 the two countries raised their trade by 50% compared with the "
            "previous year, reaching $2.8 billion.",
            "en",
        ),
    ],
)
def test_the_previous_year_a_rate_is_measured_against_is_not_the_levels(text, language):
    assert years(text, language) == [(50.0, 2023), (2.8e9, 2023)]


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "Le Ghana et le Maroc renforcent leurs liens. Le déficit commercial vis-à-vis du Maroc s'est établi à "
            "1,9 milliard de dollars en 2023 contre 0,8 milliard de dollars une année auparavant.",
            "fr",
        ),
        (
            "Ghana and Morocco strengthen ties. Ghana's trade deficit with Morocco stood at $1.9 billion in 2023 "
            "against $0.8 billion one year earlier.",
            "en",
        ),
    ],
)
def test_a_level_one_year_before_takes_the_year_before(text, language):
    assert years(text, language) == [(1.9e9, 2023), (0.8e9, 2022)]


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "Le Ghana et le Maroc renforcent leurs liens. De janvier à novembre 2023, les exportations du Ghana vers "
            "le Maroc ont atteint 1,9 milliard de dollars. Les importations du Ghana depuis le Maroc se sont accrues "
            "de 7,5 %, à 3 milliards de dollars, contre 2,8 milliards en janvier-novembre 2022.",
            "fr",
        ),
        (
            "Ghana and Morocco strengthen ties. In January-November 2023 Ghana's exports to Morocco reached $1.9 "
            "billion. Ghana's imports from Morocco rose 7.5% to $3 billion, against 2.8 billion in January-November "
            "2022.",
            "en",
        ),
        (
            "Гана и Марокко укрепляют связи. В январе-ноябре 2023 года экспорт Ганы в Марокко достиг 1,9 млрд "
            "долларов. Импорт Ганы из Марокко вырос на 7,5%, до 3 млрд долларов, против 2,8 млрд в январе-ноябре "
            "2022 года.",
            "ru",
        ),
    ],
)
def test_the_period_of_a_compared_level_is_not_the_sentences(text, language):
    assert years(text, language) == [(1.9e9, 2023), (7.5, 2023), (3e9, 2023), (2.8e9, 2022)]


_THIS_YEAR = [
    (
        "Trade between Kenya and China reached $15 billion in 2023. This year, from January to October, trade between "
        "the countries was $13 billion. Kenyan exports reached $8 billion.",
        "en",
    ),
    (
        "Les échanges entre le Kenya et la Chine ont atteint 15 milliards de dollars en 2023. Cette année, de janvier à "
        "octobre, les échanges ont atteint 13 milliards de dollars. Les exportations kényanes ont atteint 8 milliards "
        "de dollars.",
        "fr",
    ),
    (
        "Товарооборот Кении и Китая в 2023 году составил 15 млрд долларов. В этом году, с января по октябрь, "
        "товарооборот составил 13 млрд долларов. Экспорт Кении составил 8 млрд долларов.",
        "ru",
    ),
    (
        "O comércio entre o Brasil e a China atingiu US$ 157 bilhões em 2023. Neste ano, de janeiro a outubro, o "
        "intercâmbio entre os países foi de US$ 136 bilhões. As exportações brasileiras alcançaram US$ 83 bilhões.",
        "pt",
    ),
    (
        "El comercio entre Kenia y China alcanzó 15.000 millones de dólares en 2023. Este año, de enero a octubre, el "
        "intercambio fue de 13.000 millones de dólares. Las exportaciones kenianas alcanzaron 8.000 millones de dólares.",
        "es",
    ),
]


@pytest.mark.parametrize("text, language", _THIS_YEAR)
def test_an_unresolved_this_year_ends_the_year_carried(text, language):
    found = [p for p in extract_text(text, language=language) if p.kind == "claim"]
    assert [p.year for p in found] == [2023, None, None]


@pytest.mark.parametrize("text, language", _THIS_YEAR)
def test_a_resolved_this_year_is_carried(text, language):
    found = [
        p for p in extract_text(text, language=language, published=PUBLISHED, today=PUBLISHED) if p.kind == "claim"
    ]
    assert [p.year for p in found] == [2023, 2025, 2025]


@pytest.mark.parametrize(
    "text, language",
    [
        ("Over 2014-2016, Kenya's exports to China grew by an annual average of 10%, while imports grew by 1%.", "en"),
        (
            "Sur la période 2014-2016, les exportations du Kenya vers la Chine ont progressé de 10 % par an, tandis que "
            "les importations ont progressé de 1 %.",
            "fr",
        ),
        ("За 2014-2016 годы экспорт Кении в Китай рос в среднем на 10% в год, а импорт вырос на 1%.", "ru"),
        (
            "No período 2014-2016, as exportações do Quénia para a China apresentaram um crescimento médio anual de 10%, "
            "enquanto as importações registaram um crescimento de 1%.",
            "pt",
        ),
        (
            "En el período 2014-2016, las exportaciones de Kenia a China crecieron un 10% anual, mientras que las "
            "importaciones crecieron un 1%.",
            "es",
        ),
    ],
)
def test_two_rates_over_a_period_are_its_end(text, language):
    found = [p for p in extract_text(text, language=language, published=PUBLISHED) if p.kind == "claim"]
    assert [(p.value, p.year, p.flow) for p in found] == [(10.0, 2016, "exports"), (1.0, 2016, "imports")]


def test_two_levels_of_a_range_still_take_its_ends():
    text = (
        "Sur la période 2018-2022, les échanges entre le Kenya et la Chine sont passés de 5,1 milliards de dollars à "
        "11,3 milliards de dollars."
    )
    found = [p for p in extract_text(text, language="fr", published=PUBLISHED) if p.kind == "claim"]
    assert [p.year for p in found] == [2018, 2022]


@pytest.mark.parametrize(
    "text, language",
    [
        ("In 2015, 43.5% of Kenya's imports came from China and 25.3% of Kenya's exports went to China.", "en"),
        (
            "En 2015, 43,5 % des importations du Kenya provenaient de Chine et 25,3 % des exportations kényanes "
            "allaient vers la Chine.",
            "fr",
        ),
        ("В 2015 году 43,5% импорта Кении приходилось на Китай, а 25,3% экспорта Кении направлялось в Китай.", "ru"),
        (
            "Em 2015, 43,5% das importações do Quénia tiveram origem na China e 25,3% das exportações quenianas "
            "destinaram-se à China.",
            "pt",
        ),
        (
            "En 2015, el 43,5% de las importaciones de Kenia procedía de China y el 25,3% de las exportaciones kenianas "
            "se dirigía a China.",
            "es",
        ),
    ],
)
def test_a_share_takes_the_flow_right_after_it(text, language):
    found = [p for p in extract_text(text, language=language, published=PUBLISHED) if p.kind == "claim"]
    assert [(p.value, p.metric, p.flow) for p in found] == [(43.5, "share", "imports"), (25.3, "share", "exports")]


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "In 2022, Ghana's exports to Vietnam were $12.9 billion. Ghana's imports from Vietnam rose 7.5% to $3 "
            "billion, against $2.8 billion in January-November 2022.",
            "en",
        ),
        (
            "En 2022, les exportations du Gabon vers la Tunisie étaient de 12,9 milliards de dollars. Les importations "
            "gabonaises depuis la Tunisie se sont accrues de 7,5 %, à 3 milliards de dollars, contre 2,8 milliards en "
            "janvier-novembre 2022.",
            "fr",
        ),
        (
            "В 2022 году экспорт России в Египет составил 12,9 млрд долларов. Импорт России из Египта вырос на 7,5% до "
            "3 млрд долларов против 2,8 млрд долларов в 2022 году.",
            "ru",
        ),
        (
            "En 2022, las exportaciones de Perú a China fueron de 12.900 millones de dólares. Las importaciones de Perú "
            "desde China crecieron un 7,5%, a 3.000 millones de dólares, frente a 2.800 millones en 2022.",
            "es",
        ),
    ],
)
def test_a_figure_compared_with_the_year_told_before_is_of_the_year_after(text, language):
    """Twelfth session (issue 11): "En 2022, ce chiffre était de 12,9 milliards. Les importations … à 3 milliards,
    contre 2,8 milliards en janvier-novembre 2022" gave the 3 milliards and their 7,5 % the year carried, 2022 —
    the year they are compared with."""
    found = [
        p for p in extract_text(text, language=language, published=PUBLISHED, today=PUBLISHED) if p.kind == "claim"
    ]
    years = {p.value: p.year for p in found}
    assert (years.get(3e9), years.get(7.5), years.get(2.8e9)) == (2023, 2023, 2022), years


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "On 20 November 2024, the presidents of Kenya and India met in Nairobi. Trade between Kenya and India "
            "exceeded $4 billion last year.",
            "en",
        ),
        (
            "Le 20 novembre 2024, les présidents du Maroc et du Sénégal se sont rencontrés à Rabat. Le commerce entre le "
            "Maroc et le Sénégal a dépassé 4 milliards de dollars l'année dernière.",
            "fr",
        ),
        (
            "20 ноября 2024 года президенты России и Египта встретились в Москве. В прошлом году товарооборот России и "
            "Египта превысил 4 млрд долларов.",
            "ru",
        ),
        (
            "El 20 de noviembre de 2024, los presidentes de Perú y China se reunieron en Lima. El año pasado, el "
            "comercio entre Perú y China superó los 4.000 millones de dólares.",
            "es",
        ),
    ],
)
def test_last_year_in_an_undated_article_is_the_year_before_a_day_it_tells(text, language):
    """Twelfth session (issue 11): with no publication date, "l'année dernière" gave no year though the lead dates
    the meeting 20 November 2024: the article was written on or after that day, so last year is 2023."""
    found = [p for p in extract_text(text, language=language) if p.kind == "claim"]
    assert [(p.value, p.year) for p in found] == [(4e9, 2023)]


@pytest.mark.parametrize(
    "title, text, language",
    [
        (
            "Record trade between Kenya and India in 2023",
            "Last year, Kenya and India traded goods worth $4 billion, the customs said.",
            "en",
        ),
        (
            "Échanges commerciaux record entre le Maroc et le Sénégal en 2023",
            "L'an dernier, le Maroc et le Sénégal ont échangé pour 4 milliards de dollars de biens, selon les douanes.",
            "fr",
        ),
        (
            "Товарооборот России и Египта в 2023 году достиг рекорда",
            "В прошлом году Россия и Египет наторговали на 4 млрд долларов, сообщила таможня.",
            "ru",
        ),
    ],
)
def test_last_year_in_an_undated_article_is_the_year_its_trade_headline_states(title, text, language):
    found = [p for p in extract_text(text, language=language, title=title) if p.kind == "claim"]
    assert [(p.value, p.year) for p in found] == [(4e9, 2023)]
