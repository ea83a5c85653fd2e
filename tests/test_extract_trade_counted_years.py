"""Trade figures' years counted from a year told before (issue 11, session 16): "contre 148 millions quatre ans plus
tôt" is four years before the year just told, "l'année suivante" the year after it, "cette année-là" that year
(``years_earlier``, ``years_later``, ``that_year`` in the language files; :mod:`.claims_counted`); "the same period a
year earlier" is the base a rate is measured against, not the figure's year; "тем же самым периодом минувшего года"
is a compared period. Invented sentences; the dispatch is dated 1 March 2025 unless a test says otherwise.
"""

from __future__ import annotations

from datetime import date

import pytest

from partnerlens.cooperation.extract import extract_text
from partnerlens.cooperation.extract.claims_counted import counted_years

PUBLISHED = date(2025, 3, 1)


def years_of(
    text: str, language: str, published: date | None = PUBLISHED, title: str | None = None
) -> dict[float, int | None]:
    """Each trade figure's value with its year."""
    return {
        p.value: p.year
        for p in extract_text(text, language=language, published=published, today=PUBLISHED, title=title)
        if p.kind == "claim" and p.metric != "rank"
    }


@pytest.mark.parametrize(
    "text, language, expected",
    [
        # N years earlier than the year just told
        (
            "Les exportations du Sénégal vers le Mali ont atteint 412 millions de dollars en 2022, contre 260 millions trois ans "
            "plus tôt.",
            "fr",
            {412e6: 2022, 260e6: 2019},
        ),
        (
            "Ghana's exports to Togo reached $512 million in 2021, against $301 million two years earlier.",
            "en",
            {
                512e6: 2021,
                301e6: 2019,
            },
        ),
        (
            "Экспорт Армении в Иран в 2022 году составил 412 млн долларов против 260 млн тремя годами ранее.",
            "ru",
            {412e6: 2022, 260e6: 2019},
        ),
        (
            "As exportações do Brasil para Moçambique somaram 412 milhões de dólares em 2022, contra 260 milhões "
            "três anos antes.",
            "pt",
            {412e6: 2022, 260e6: 2019},
        ),
        # the year after the one told
        (
            "Les importations du Gabon en provenance de l'Inde sont passées de 88 milliards FCFA en 2020 à 131 "
            "milliards FCFA l'année suivante.",
            "fr",
            {88e9: 2020, 131e9: 2021},
        ),
        (
            "Peru's exports to Japan rose from $2.1 billion in 2018 to $2.6 billion the following year.",
            "en",
            {
                2.1e9: 2018,
                2.6e9: 2019,
            },
        ),
        (
            "В 2018 году товарооборот Узбекистана и Турции составил 2,1 млрд долларов, а годом позже - 2,6 млрд "
            "долларов.",
            "ru",
            {2.1e9: 2018, 2.6e9: 2019},
        ),
        (
            "Las exportaciones de Chile a Corea sumaron 2.100 millones de dólares en 2018 y 2.600 millones al año "
            "siguiente.",
            "es",
            {2.1e9: 2018, 2.6e9: 2019},
        ),
        # that year: the year just told
        (
            "Le commerce entre le Niger et le Bénin, estimé à 310 milliards FCFA pour 2019, a laissé au Bénin un "
            "excédent de 95 milliards FCFA cette année-là.",
            "fr",
            {310e9: 2019, 95e9: 2019},
        ),
        (
            "Trade between Laos and Thailand was estimated at $5.1 billion for 2019, with Thai exports of $3.2 "
            "billion that year.",
            "en",
            {5.1e9: 2019, 3.2e9: 2019},
        ),
    ],
)
def test_counted_years(text: str, language: str, expected: dict[float, int]) -> None:
    assert years_of(text, language) == expected


def test_counted_from_the_year_of_the_sentence_before() -> None:
    text = (
        "Kazakhstan's exports to Georgia reached $410 million in 2023. Four years earlier, Kazakhstan's exports to "
        "Georgia were $190 million."
    )
    assert years_of(text, "en") == {410e6: 2023, 190e6: 2019}


def test_counted_phrase_with_no_year_to_count_from_is_left_alone() -> None:
    assert counted_years("Four years earlier, exports were $190 million.", "en", None) == []
    assert counted_years("Four years earlier, exports were $190 million.", "en", 2023) == [(0, 18, 2019)]


@pytest.mark.parametrize(
    "text, language",
    [
        ("In 2020, two years before the war, exports were $5 billion.", "en"),
        ("Em 2020, dois anos antes da guerra, as exportações somaram 5 mil milhões de dólares.", "pt"),
        ("En 2020, dos años después de la crisis, las exportaciones sumaron 5.000 millones de dólares.", "es"),
    ],
)
def test_years_before_an_event_count_nothing(text: str, language: str) -> None:
    """ "two years before the war" dates the war, not a figure: a preposition, no counted year."""
    assert counted_years(text, language, None) == []


@pytest.mark.parametrize(
    "text, language, published, expected",
    [
        # the same period a year earlier is the base of the rate, not the figure's year
        (
            "За десять месяцев 2022 года товарооборот России и Туниса превысил показатель аналогичного периода "
            "годом ранее на 63%, достигнув 692 миллионов долларов.",
            "ru",
            date(2023, 2, 12),
            {63.0: 2022, 692e6: 2022},
        ),
        (
            "Au cours des dix premiers mois de 2022, les échanges entre la Russie et la Tunisie ont dépassé ceux de "
            "la même période un an plus tôt de 63 %, pour atteindre 692 millions de dollars.",
            "fr",
            date(2023, 2, 12),
            {63.0: 2022, 692e6: 2022},
        ),
        # "тем же самым периодом минувшего года" is the compared period: the figure is of this year
        (
            "В первом полугодии нынешнего года товарооборот Казахстана и Беларуси по сравнению с тем же самым "
            "периодом минувшего года увеличился на 20% до 520 миллионов долларов.",
            "ru",
            date(2014, 8, 29),
            {20.0: 2014, 520e6: 2014},
        ),
    ],
)
def test_compared_period_is_no_year_of_the_figure(
    text: str, language: str, published: date, expected: dict[float, int]
) -> None:
    assert years_of(text, language, published) == expected


@pytest.mark.parametrize(
    "text, language, expected",
    [
        (
            "Объем торговли между Казахстаном и Грузией за январь-апрель 2024 года вырос на 40%. В прошлом году "
            "товарооборот Казахстана и Грузии достиг 610 млн долларов. В этом году товарооборот Казахстана и Грузии "
            "составил 260 млн долларов.",
            "ru",
            {40.0: 2024, 610e6: 2023, 260e6: 2024},
        ),
        (
            "Les échanges entre le Togo et le Ghana ont progressé de 12 % au premier semestre 2022. L'an dernier, les "
            "échanges entre le Togo et le Ghana avaient atteint 410 millions de dollars.",
            "fr",
            {12.0: 2022, 410e6: 2021},
        ),
        (
            "Trade between Chile and Peru rose 9% in the first five months of 2023. Last year, trade between Chile "
            "and Peru reached $5.2 billion.",
            "en",
            {9.0: 2023, 5.2e9: 2022},
        ),
        (
            "O comércio entre Angola e o Brasil cresceu 15% no primeiro semestre de 2021. No ano passado, o comércio "
            "entre Angola e o Brasil somou 1,4 mil milhões de dólares.",
            "pt",
            {15.0: 2021, 1.4e9: 2020},
        ),
    ],
)
def test_undated_article_dated_by_a_period_told_before(text: str, language: str, expected: dict[float, int]) -> None:
    """With no publication date, "last year" and "this year" are read against the year of a period of months told
    before with its year (the article was written once its figures were out); with no such period, none."""
    assert years_of(text, language, None) == expected


def test_undated_article_with_no_period_leaves_last_year_unread() -> None:
    text = "В прошлом году товарооборот Казахстана и Грузии достиг 610 млн долларов."
    assert years_of(text, "ru", None) == {610e6: None}


@pytest.mark.parametrize(
    "text, language, expected",
    [
        (
            "Trade between India and Chile reached $3 billion in 2022. Trade between India and Chile has grown "
            "tenfold since the president's first visit to Santiago in 2005, to $3.2 billion.",
            "en",
            {3e9: 2022, 3.2e9: 2022, 900.0: 2022},
        ),
        (
            "O comércio entre o Brasil e o Peru atingiu 9 bilhões de dólares em 2022. O volume comercializado, US$ 9,2 "
            "bilhões, cresceu 12 vezes desde a primeira visita do presidente ao país, em 2004.",
            "pt",
            {9e9: 2022, 9.2e9: 2022, 1100.0: 2022},
        ),
        (
            "Товарооборот России и Анголы в 2022 году составил 300 млн долларов. С момента первого визита "
            "президента в 2005 году товарооборот России и Анголы вырос в десять раз.",
            "ru",
            {300e6: 2022, 900.0: 2022},
        ),
    ],
)
def test_since_an_occasion_told_with_its_year_is_compared(text: str, language: str, expected: dict) -> None:
    """ "since his first visit in 2005" counts from that year: it is no figure's own."""
    assert years_of(text, language) == expected


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "Le Vietnam a importé pour 1,2 milliard de dollars de marchandises du Chili en 2021. Les importations du "
            "Vietnam en provenance du Chili ont connu une hausse annuelle de 14,2 %.",
            "fr",
        ),
        (
            "Vietnam imported $1.2 billion of goods from Chile in 2021. Vietnam's imports from Chile saw an annual "
            "increase of 14.2%.",
            "en",
        ),
        (
            "В 2021 году импорт Вьетнама из Чили составил 1,2 млрд долларов. Импорт Вьетнама из Чили вырос на 14,2% "
            "в годовом исчислении.",
            "ru",
        ),
    ],
)
def test_a_yearly_rate_of_growth_keeps_its_year(text: str, language: str) -> None:
    """ "une hausse annuelle de 14,2 %" is the change over a year: the year of the level told before it, also in an
    undated article (a yearly money rate, "$500 million a year", still has none)."""
    assert years_of(text, language, None)[14.2] == 2021


@pytest.mark.parametrize(
    "text, language, expected",
    [
        (
            "Les échanges entre la Suisse et le Kenya ont dépassé 500 millions de francs en 2011. La Suisse a exporté "
            "pour 310 millions de francs de marchandises vers le Kenya l'an dernier. Les importations de la Suisse en "
            "provenance du Kenya ont atteint 190 millions de francs.",
            "fr",
            {500e6: 2011, 310e6: 2011, 190e6: 2011},
        ),
        (
            "Trade between Georgia and Armenia fell to $1.1 billion, 4% less than in 2022. Last year Armenia's share "
            "of Georgia's trade was 6%. Georgia's exports to Armenia exceeded $400 million.",
            "en",
            {1.1e9: 2023, -4.0: 2023, 6.0: 2023, 400e6: 2023},
        ),
        (
            "Товарооборот Грузии и Армении составил почти $1,1 млрд - на 4% меньше, чем в 2022 году. В прошлом году "
            "доля Армении в товарообороте Грузии составила 6%. Экспорт Грузии в Армению составил свыше $400 млн.",
            "ru",
            {1.1e9: 2023, -4.0: 2023, 6.0: 2023, 400e6: 2023},
        ),
    ],
)
def test_last_year_in_an_undated_article_is_the_year_carried(text: str, language: str, expected: dict) -> None:
    """With no publication date, headline year or period to date it, "last year" is the year the sentences before
    told (or read for their figures), and it is carried on; with none, it stays unread (see above)."""
    assert years_of(text, language, None) == expected
