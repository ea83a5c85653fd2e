"""Fiscal and split years (issue 11, batch 17): a trade figure told for "the fiscal year 2012-13", "FY2023-24",
"2012/13", "l'exercice 2012-2013", "в 2012/2013 финансовом году", "no ano fiscal de 2022/23", "el año fiscal
2022-2023" has no calendar year: ``year`` is None, ``Reading.period`` names the fiscal year as written, and the
claim checker leaves it unresolved with that reason instead of comparing it with a calendar year. Invented
sentences; the dispatch is dated 1 March 2025.
"""

from __future__ import annotations

from datetime import date

import pytest

from partnerlens.claims.resolve import Unresolved, claims_from_proposals, trade_query
from partnerlens.cooperation.extract import extract_text
from partnerlens.cooperation.extract.claims_fiscal import fiscal_years

PUBLISHED = date(2025, 3, 1)


def claims_of(text: str, language: str):
    return [p for p in extract_text(text, language=language, published=PUBLISHED, today=PUBLISHED) if p.kind == "claim"]


@pytest.mark.parametrize(
    "text, language, period",
    [
        ("Japan and Australia had two-way trade worth $70 billion in the fiscal year 2012-13.", "en", "2012-13"),
        ("India's exports to the UAE reached $31 billion in FY2023-24.", "en", "FY2023-24"),
        ("Trade between Kenya and Uganda stood at $1.2 billion in 2012/13.", "en", "2012/13"),
        ("Pakistan's imports from China were $9 billion in financial year 2021/2022.", "en", "2021/2022"),
        (
            "Les échanges entre la France et le Maroc ont atteint 5 milliards de dollars au cours de l'exercice "
            "2012-2013.",
            "fr",
            "exercice 2012-2013",
        ),
        ("Les exportations du Sénégal vers le Mali ont atteint 300 millions de dollars en 2019/20.", "fr", "2019/20"),
        ("Товарооборот России и Индии составил 10 млрд долларов в 2012/2013 финансовом году.", "ru", "2012/2013"),
        ("Экспорт Казахстана в Китай в 2022/23 финансовом году составил 4 млрд долларов.", "ru", "2022/23"),
        (
            "O comércio entre o Brasil e a Índia atingiu 5 mil milhões de dólares no ano fiscal de 2022/23.",
            "pt",
            "ano fiscal de 2022/23",
        ),
        (
            "El comercio entre España y México alcanzó 5.000 millones de dólares en el año fiscal 2022-2023.",
            "es",
            "año fiscal 2022-2023",
        ),
    ],
)
def test_a_fiscal_year_figure_has_no_calendar_year(text, language, period):
    (claim,) = claims_of(text, language)
    assert claim.year is None and claim.reading.year_from == "none"
    assert period in claim.reading.period
    assert any("fiscal year" in n for n in claim.reading.notes)
    (checked,) = claims_from_proposals([claim])
    assert checked.unresolved and "fiscal year" in checked.unresolved
    with pytest.raises(Unresolved, match="calendar-year trade data"):
        trade_query(checked, 2024)


@pytest.mark.parametrize(
    "text, language, year",
    [
        ("Trade between Kenya and Uganda reached $1.2 billion in 2013.", "en", 2013),
        ("Trade between Kenya and Uganda grew 40% between 2012-2013.", "en", None),  # a range, no fiscal word
        ("Les échanges entre la France et le Maroc ont atteint 5 milliards de dollars en 2013.", "fr", 2013),
        ("Товарооборот России и Индии в 2013 году составил 10 млрд долларов.", "ru", 2013),
        ("O comércio entre o Brasil e a Índia atingiu 5 mil milhões de dólares em 2022.", "pt", 2022),
        ("El comercio entre España y México alcanzó 5.000 millones de dólares en 2022.", "es", 2022),
    ],
)
def test_a_calendar_year_is_no_fiscal_year(text, language, year):
    for claim in claims_of(text, language):
        assert claim.reading.period is None
        if year is not None:
            assert claim.year == year


@pytest.mark.parametrize(
    "text, language, year",
    [
        ("India's exports to the UAE reached $31 billion in fiscal year 2023.", "en", 2023),
        (
            "Les échanges entre le Maroc et le Sénégal ont atteint 500 millions de dollars sur l'exercice 2023.",
            "fr",
            2023,
        ),
        ("Товарооборот России и Индии в 2023 финансовом году составил 10 млрд долларов.", "ru", 2023),
    ],
)
def test_a_fiscal_year_named_by_one_year_is_that_year(text, language, year):
    (claim,) = claims_of(text, language)
    assert claim.year == year and claim.reading.period is None


def test_a_calendar_year_told_beside_a_fiscal_one_stays():
    (claim, *_) = claims_of(
        "Trade between Kenya and Uganda reached $1.2 billion in 2012, and the fiscal year 2012-13 saw more.", "en"
    )
    assert claim.year == 2012 and claim.reading.period is None


@pytest.mark.parametrize(
    "text, language, found",
    [
        ("in 2012-13", "en", [(2012, 2013)]),
        ("in 1999/2000", "en", [(1999, 2000)]),
        ("in 2012-2013", "en", [(2012, 2013)]),  # two full years told "in": one split year
        ("en 2018-2019", "fr", [(2018, 2019)]),
        ("в 2018-2019 годах", "ru", []),  # a plural year noun: a range
        ("in the years 2012-2013", "en", []),
        ("between 2012-2013", "en", []),
        ("in the fiscal year 2023", "en", []),  # one year names the fiscal year: read as that year
        ("entre 2012-2014", "fr", []),  # not consecutive
        ("le 12/2023", "fr", []),  # a month and a year
        ("в 2012-2013 финансовом году", "ru", [(2012, 2013)]),
        ("no exercício de 2022", "pt", []),
        ("en el ejercicio 2022-2023", "es", [(2022, 2023)]),
    ],
)
def test_fiscal_years_told(text, language, found):
    assert [(a, b) for a, b, *_ in fiscal_years(text, language)] == found


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "India's exports to the UAE reached $31 billion in FY2023-24. This figure is up 12% on the year before.",
            "en",
        ),
        (
            "Les exportations du Sénégal vers le Mali ont atteint 300 millions de dollars en 2019/20. Ce chiffre "
            "représente une hausse de 12 %.",
            "fr",
        ),
        (
            "Экспорт Казахстана в Китай в 2022/23 финансовом году составил 4 млрд долларов. Эта цифра выросла на 12%.",
            "ru",
        ),
    ],
)
def test_this_figure_after_a_fiscal_year_is_for_that_fiscal_year(text, language):
    level, growth = claims_of(text, language)
    assert growth.metric == "growth" and growth.year is None
    assert growth.reading.period == level.reading.period is not None


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "Desde 2021, o comércio bilateral entre Angola e a Índia tem crescido e atingiu 3,2 mil milhões de dólares.",
            "pt",
        ),
        (
            "Desde 2021, el comercio bilateral entre Angola y la India ha crecido y alcanzó 3.200 millones de dólares.",
            "es",
        ),
        ("Since 2021, bilateral trade between Angola and India has grown and reached $3.2 billion.", "en"),
        ("Depuis 2021, les échanges entre l'Angola et l'Inde ont progressé et atteint 3,2 milliards de dollars.", "fr"),
    ],
)
def test_the_year_growth_started_from_is_not_the_levels(text, language):
    """Batch 25: "Desde 2021, … atingiu 3,2 mil milhões": 2021 is where the growth started, not the level's year."""
    (claim,) = claims_of(text, language)
    assert claim.year != 2021


@pytest.mark.parametrize(
    "text, language",
    [
        ("Bilateral trade between India and Senegal reached nearly $1.3 billion in 2018-2019.", "en"),
        (
            "Le commerce bilatéral entre l'Inde et le Sénégal a atteint près de 1,3 milliard de dollars en 2018-2019.",
            "fr",
        ),
        ("Товарооборот между Индией и Сенегалом в 2018-2019 году достиг 1,3 млрд долларов.", "ru"),
        ("O comércio entre a Índia e o Senegal atingiu 1,3 mil milhões de dólares em 2018-2019.", "pt"),
        ("El comercio entre India y Senegal alcanzó 1.300 millones de dólares en 2018-2019.", "es"),
    ],
)
def test_two_full_years_told_in_are_a_split_year(text, language):
    (claim, *_) = claims_of(text, language)
    assert claim.year is None and claim.reading.period is not None


@pytest.mark.parametrize(
    "text, language, year",
    [
        ("Trade between India and Senegal reached $6 billion in the years 2018-2019.", "en", 2019),
        ("Товарооборот между Индией и Сенегалом в 2018-2019 годах составил 6 млрд долларов.", "ru", 2019),
    ],
)
def test_two_full_years_with_a_plural_noun_stay_a_range(text, language, year):
    (claim, *_) = claims_of(text, language)
    assert claim.year == year and claim.reading.period is None


@pytest.mark.parametrize(
    "text, language",
    [
        ("Trade between Vietnam and Algeria averaged nearly $180 million a year over the period 2020-2024.", "en"),
        (
            "Les échanges entre le Vietnam et l'Algérie ont atteint en moyenne près de 180 millions de dollars par an "
            "sur la période 2020-2024.",
            "fr",
        ),
        ("Товарооборот Вьетнама и Алжира за 2020-2024 годы составлял в среднем 180 млн долларов в год.", "ru"),
        (
            "O comércio entre o Vietname e a Argélia foi em média de 180 milhões de dólares por ano entre 2020 e 2024.",
            "pt",
        ),
        (
            "El comercio entre Vietnam y Argelia fue en promedio de 180 millones de dólares al año entre 2020 y 2024.",
            "es",
        ),
    ],
)
def test_a_yearly_average_over_a_range_has_no_year(text, language):
    (claim, *_) = claims_of(text, language)
    assert claim.value_usd == 180_000_000 and claim.year is None


@pytest.mark.parametrize(
    "text, language",
    [
        ("Trade between Vietnam and Algeria grew from $180 million to $241 million between 2020 and 2024.", "en"),
        (
            "Les échanges entre le Vietnam et l'Algérie sont passés de 180 à 241 millions de dollars de 2020 à 2024.",
            "fr",
        ),
    ],
)
def test_a_range_without_an_average_keeps_its_years(text, language):
    claims = claims_of(text, language)
    assert [c.year for c in claims if c.metric == "total"] == [2020, 2024]


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "Trade between Turkey and Senegal rose 42% in 2022 compared with 2021, from $380 million to $540 million.",
            "en",
        ),
        (
            "Le volume des échanges entre la Turquie et le Sénégal a augmenté de 42% en 2022 par rapport à 2021, "
            "passant de 380 à 540 millions de dollars.",
            "fr",
        ),
        (
            "Товарооборот Турции и Сенегала в 2022 году вырос на 42% по сравнению с 2021 годом – с 380 млн долларов "
            "до 540 млн долларов.",
            "ru",
        ),
    ],
)
def test_the_first_level_of_a_pair_is_the_compared_years(text, language):
    levels = [c for c in claims_of(text, language) if c.unit == "USD"]
    assert [(c.value_usd, c.year) for c in levels] == [(380_000_000, 2021), (540_000_000, 2022)]


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "Entre avril 2019 et mars 2020, le commerce entre l'Inde et le Sénégal s'élevait à 950 millions de dollars.",
            "fr",
        ),
        ("From April 2019 to March 2020, trade between India and Senegal stood at $950 million.", "en"),
        ("С апреля 2019 по март 2020 года товарооборот Индии и Сенегала составил 950 млн долларов.", "ru"),
        ("De abril de 2019 a março de 2020, o comércio entre a Índia e Angola somou 950 milhões de dólares.", "pt"),
        ("De abril de 2019 a marzo de 2020, el comercio entre India y Chile sumó 950 millones de dólares.", "es"),
    ],
)
def test_twelve_months_straddling_two_years_have_no_calendar_year(text, language):
    (claim,) = [p for p in extract_text(text, language=language) if p.kind == "claim"]
    assert claim.year is None and "2019" in claim.reading.period and "2020" in claim.reading.period


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "Entre janvier 2019 et mars 2020, le commerce entre l'Inde et le Sénégal s'élevait à 950 millions de dollars.",
            "fr",
        ),
        ("From April 2019 to June 2020, trade between India and Senegal stood at $950 million.", "en"),
    ],
)
def test_other_spans_of_months_keep_the_year_rules(text, language):
    (claim,) = [p for p in extract_text(text, language=language) if p.kind == "claim"]
    assert claim.reading.period is None
