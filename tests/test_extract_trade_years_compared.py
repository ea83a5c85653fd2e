"""The year of a figure compared with one earlier year (issue 11, batch 28): invented sentences, five languages.

An undated article's figure whose sentence names no year of its own but compares it with one year ("на 3% меньше,
чем в 2022 году", "21% more than in the same period of 2017", "en hausse de 20 % par rapport à 2017") is of the
year after; a sentence counting from a year ("since 2020", "depuis 2015", "с 2020 года") or comparing with two
years gives the figure no year from them.
"""

from __future__ import annotations

import pytest

from partnerlens.cooperation.extract import extract_text


def claims(text: str, language: str, title: str) -> list:
    found = extract_text(text, language=language, title=title)  # no publication date
    return [p for p in found if p.kind == "claim"]


COMPARED = [
    (
        "Trade between Georgia and Armenia amounted to almost $2.5 billion, 3% less than in 2022.",
        "en",
        "Georgia and Armenia",
    ),
    (
        "Imports from Ghana to Vietnam came to $580 million, 21% more than in the same period of 2017.",
        "en",
        "Ghana and Vietnam",
    ),
    (
        "Les échanges entre le Gabon et la Tunisie ont atteint près de 77 millions d'euros, en hausse de 20 % par "
        "rapport à 2017.",
        "fr",
        "Gabon-Tunisie",
    ),
    (
        "Товарооборот Грузии и Армении составил почти $2,5 млрд - на 3% меньше, чем в 2022 году.",
        "ru",
        "Грузия и Армения",
    ),
    (
        "Импорт товаров из Армении в Грузию составил $580 млн, что на 21% больше, чем за аналогичный период 2017 года.",
        "ru",
        "Грузия и Армения",
    ),
    (
        "O comércio entre Angola e Cuba atingiu 580 milhões de dólares, mais 21% em comparação com 2017.",
        "pt",
        "Angola e Cuba",
    ),
    (
        "El comercio entre Chile y Marruecos alcanzó 580 millones de dólares, un 21% más en comparación con 2017.",
        "es",
        "Chile y Marruecos",
    ),
]


@pytest.mark.parametrize("text, language, title", COMPARED)
def test_a_figure_compared_with_one_year_is_of_the_next(text: str, language: str, title: str) -> None:
    found = claims(text, language, title)
    assert found, text
    assert {p.year for p in found} == {2018 if "2017" in text else 2023}, [(p.metric, p.value, p.year) for p in found]


SINCE = [
    ("Trade between Georgia and Armenia has grown by 40% since 2020, to $2.5 billion.", "en", "Georgia and Armenia"),
    (
        "Les échanges entre le Gabon et la Tunisie ont progressé de 40 % depuis 2020, à 77 millions d'euros.",
        "fr",
        "Gabon-Tunisie",
    ),
    ("Товарооборот Грузии и Армении вырос на 40% с 2020 года, до $2,5 млрд.", "ru", "Грузия и Армения"),
    ("O comércio entre Angola e Cuba cresceu 40% desde 2020, para 580 milhões de dólares.", "pt", "Angola e Cuba"),
]


@pytest.mark.parametrize("text, language, title", SINCE)
def test_a_year_counted_from_gives_no_year(text: str, language: str, title: str) -> None:
    found = claims(text, language, title)
    assert found, text
    assert all(p.year != 2021 for p in found), [(p.metric, p.value, p.year) for p in found]


def test_two_years_compared_give_no_year() -> None:
    text = "Trade between Georgia and Armenia reached $2.5 billion, 3% less than in 2022 and 10% more than in 2021."
    found = claims(text, "en", "Georgia and Armenia")
    assert found
    assert all(p.year not in (2022, 2023) for p in found if p.unit != "percent"), [(p.value, p.year) for p in found]


def test_a_stated_year_stays_the_figures() -> None:
    text = "Товарооборот Грузии и Армении в 2021 году составил $2,5 млрд - на 3% меньше, чем в 2019 году."
    found = claims(text, "ru", "Грузия и Армения")
    assert found and {p.year for p in found} == {2021}, [(p.value, p.year) for p in found]
