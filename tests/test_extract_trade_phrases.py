"""Whose figure and for which year (issue 11), on invented sentences in five languages: the parties the
trade phrase names ("Turkey's exports to the UAE, … ahead of Saudi Arabia"; "exportations turques vers le
Maroc"; "товарооборот России и Египта"), a pronoun or pair word taken from the headline or earlier
sentences, "last year" read against the publication unless it is the base of a comparison, and a level
compared with another whose currency is written once ("contre 500 millions", "против 5,2 млрд")."""

from __future__ import annotations

from datetime import date

import pytest

from partnerlens.cooperation.extract import extract_text

PUBLISHED = date(2025, 6, 1)


def claims(text: str, language: str, title: str | None = None) -> list:
    found = extract_text(text, language=language, published=PUBLISHED, today=PUBLISHED, title=title)
    return [p for p in found if p.kind == "claim"]


@pytest.mark.parametrize(
    "text, language, parties",
    [
        (
            "Turkey's exports to the UAE, its largest market in the Gulf ahead of Saudi Arabia and Qatar, reached $7 billion in 2023.",
            "en",
            ["TUR", "ARE"],
        ),
        (
            "The Egyptian minister said Russia's exports to Egypt, mainly wheat, reached $7 billion in 2023.",
            "en",
            ["RUS", "EGY"],
        ),
        ("Exports from Gabon to China, unlike those of Cameroon, reached $2 billion in 2023.", "en", ["GAB", "CHN"]),
        (
            "Selon le ministre algérien, les exportations turques vers le Maroc ont atteint 3 milliards de dollars en 2023.",
            "fr",
            ["TUR", "MAR"],
        ),
        (
            "Les échanges entre le Sénégal et la Turquie, comme ceux du Mali, ont atteint 1 milliard de dollars en 2023.",
            "fr",
            ["SEN", "TUR"],
        ),
        (
            "По данным Казахстана, товарооборот России и Египта в 2023 году составил 7 млрд долларов.",
            "ru",
            ["RUS", "EGY"],
        ),
        ("Российский экспорт в Египет, как и в Алжир, в 2023 году составил 7 млрд долларов.", "ru", ["RUS", "EGY"]),
        (
            "Segundo o Brasil, as exportações de Angola para Moçambique atingiram 300 milhões de dólares em 2023.",
            "pt",
            ["AGO", "MOZ"],
        ),
        (
            "Según Chile, el comercio entre Argentina y Sudáfrica alcanzó 1.300 millones de dólares en 2023.",
            "es",
            ["ARG", "ZAF"],
        ),
    ],
)
def test_the_trade_phrase_names_the_parties_not_the_side_remarks(text, language, parties):
    (claim,) = claims(text, language)
    assert claim.parties == parties and claim.reading.parties_from == "sentence"


@pytest.mark.parametrize(
    "text, language, title",
    [
        ("Trade between the two countries reached $3 billion in 2023.", "en", "Erdogan visits Morocco"),
        (
            "Les échanges entre les deux pays ont atteint 3 milliards de dollars en 2023.",
            "fr",
            "Erdogan en visite au Maroc",
        ),
        ("Товарооборот между двумя странами в 2023 году составил 3 млрд долларов.", "ru", "Эрдоган посетил Марокко"),
        ("O comércio entre os dois países atingiu 3 mil milhões de dólares em 2023.", "pt", "Erdogan visita Marrocos"),
    ],
)
def test_the_two_countries_are_the_headline_pair(text, language, title):
    (claim,) = claims(text, language, title)
    assert set(claim.parties) == {"TUR", "MAR"}


@pytest.mark.parametrize(
    "text, language, year",
    [
        ("Trade between Kenya and Turkey reached $1.3 billion last year.", "en", 2024),
        ("Trade between Kenya and Turkey grew 20% compared to last year.", "en", None),
        ("Les échanges entre le Maroc et la Turquie ont progressé de 20 % par rapport à l'an dernier.", "fr", None),
        ("Товарооборот России и Египта вырос на 20% по сравнению с прошлым годом.", "ru", None),
        ("В прошлом году товарооборот России и Египта составил 6,2 млрд долларов.", "ru", 2024),
        ("No ano passado, o comércio entre Angola e Moçambique atingiu 300 milhões de dólares.", "pt", 2024),
        ("El año pasado el comercio entre Argentina y Sudáfrica alcanzó 1.300 millones de dólares.", "es", 2024),
    ],
)
def test_last_year_is_the_figure_year_unless_it_is_the_compared_one(text, language, year):
    (claim,) = claims(text, language)
    assert claim.year == year


@pytest.mark.parametrize(
    "text, language",
    [
        ("Trade between Kenya and Turkey reached $7 billion in 2024, up from 5.2 billion in 2023.", "en"),
        (
            "Les échanges entre le Maroc et la Turquie ont atteint 7 milliards de dollars en 2024, contre 5,2 milliards en 2023.",
            "fr",
        ),
        ("Товарооборот России и Египта в 2024 году составил 7 млрд долларов против 5,2 млрд в 2023 году.", "ru"),
        (
            "O comércio entre Angola e Moçambique atingiu 7 mil milhões de dólares em 2024, contra 5,2 mil milhões em 2023.",
            "pt",
        ),
    ],
)
def test_a_level_compared_with_its_currency_written_once_is_a_second_figure(text, language):
    found = sorted((c.year, c.value, c.unit) for c in claims(text, language))
    assert found == [(2023, pytest.approx(5.2e9), "USD"), (2024, 7e9, "USD")]


def test_a_relative_year_nearer_the_figure_wins_over_a_compared_level_year():
    text = "Selon lui, les échanges entre le Sénégal et la Turquie ont atteint 1,3 milliard de dollars l'an dernier, contre 500 millions en 2019."
    found = sorted((c.year, c.value) for c in claims(text, "fr"))
    assert found == [(2019, 5e8), (2024, 1.3e9)]
