"""A figure compared with an earlier one written without its currency ("682 milhões de euros em 2016, face aos 610
milhões no ano anterior", "frente a los 610 millones del año anterior", "contre les 150 millions de 2015", "compared
with the 900 million of the previous year"): the second is money in the first's currency, of the first's flow, for
its own year (issue 11, ranges and pairs of figures, twenty-fourth session). Invented sentences in the five
languages."""

from __future__ import annotations

import datetime as dt

import pytest

from partnerlens.cooperation.extract import extract_text

DAY = dt.date(2023, 3, 1)

CASES = [
    (
        "en",
        "Kenya's exports to India reached $1.2 billion in 2022, compared with the 900 million of the previous year.",
        "USD",
    ),
    ("en", "Kenya's exports to India reached $1.2 billion in 2022, against the 900 million of 2021.", "USD"),
    (
        "fr",
        "Les exportations du Kenya vers l'Inde ont atteint 1,2 milliard d'euros en 2022, contre les 900 millions de "
        "2021.",
        "EUR",
    ),
    (
        "ru",
        "Экспорт Кении в Индию достиг 1,2 млрд долларов в 2022 году против 900 млн годом ранее.",
        "USD",
    ),
    (
        "pt",
        "As exportações do Quénia para a Índia atingiram 1,2 mil milhões de euros em 2022, face aos 900 milhões no ano "
        "anterior.",
        "EUR",
    ),
    (
        "pt",
        "As exportações do Quénia para a Índia somaram 1,2 mil milhões de euros em 2022, contra os 900 milhões de "
        "2021.",
        "EUR",
    ),
    (
        "es",
        "Las exportaciones de Kenia a la India alcanzaron 1.200 millones de euros en 2022, frente a los 900 millones "
        "del año anterior.",
        "EUR",
    ),
]


@pytest.mark.parametrize(("language", "text", "currency"), CASES)
def test_the_compared_figure_keeps_currency_and_flow_with_its_own_year(language, text, currency):
    claims = _largest_first(text, language)
    assert [(c.value, c.unit, c.year, c.metric) for c in claims] == [
        (1.2e9, currency, 2022, "exports"),
        (900e6, currency, 2021, "exports"),
    ]
    assert {p for c in claims for p in c.parties} == {"KEN", "IND"}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("pt", "O comércio com o Quénia somou 1,2 mil milhões de euros em 2022, e a população chegou a 50 milhões."),
        ("es", "El comercio con Kenia alcanzó 1.200 millones de euros en 2022, y la población llegó a 50 millones."),
    ],
)
def test_an_amount_of_another_subject_stays_unread(language, text):
    claims = [p for p in extract_text(text, language=language, published=DAY) if p.kind == "claim"]
    assert [c.value for c in claims] == [1.2e9]


# the compared amount after a noun of change ("une hausse par rapport aux", "uma subida face aos", "an increase from"):
# still the trade of the figure before it
RISE = [
    (
        "en",
        "Trade between Kenya and India reached $1.7 billion in 2022, an increase from 1.5 billion the previous year.",
        "USD",
    ),
    (
        "fr",
        "Le commerce entre le Kenya et l'Inde a atteint 1,7 milliard d'euros en 2022, une hausse par rapport aux 1,5 "
        "milliard de l'année précédente.",
        "EUR",
    ),
    (
        "ru",
        "Товарооборот Кении и Индии достиг 1,7 млрд долларов в 2022 году, увеличившись по сравнению с 1,5 млрд годом "
        "ранее.",
        "USD",
    ),
    (
        "pt",
        "O Quénia e a Índia atingiram em 2022 cerca de 1,7 mil milhões de euros em trocas comerciais, uma subida face "
        "aos 1,5 mil milhões no ano anterior.",
        "EUR",
    ),
]


@pytest.mark.parametrize(("language", "text", "currency"), RISE)
def test_the_amount_compared_after_a_noun_of_change_is_read(language, text, currency):
    claims = _largest_first(text, language)
    assert [(c.value, c.unit, c.year) for c in claims] == [(1.7e9, currency, 2022), (1.5e9, currency, 2021)]


def _largest_first(text: str, language: str) -> list:
    """The trade claims read from ``text``, the largest value first."""
    found = extract_text(text, language=language, published=DAY)
    return sorted((p for p in found if p.kind == "claim"), key=lambda p: -(p.value or 0))
