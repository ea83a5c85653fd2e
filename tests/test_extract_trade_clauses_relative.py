"""Trade figures around a relative clause, and every form of a trade verb (issue 11, ninth session): invented
sentences in English, French, Russian, Spanish and Portuguese.

A level told inside a relative clause set off by commas ("Le commerce bilatéral, qui s'établissait à 300 millions
de dollars en 2015, a atteint 1 milliard en 2024"; "Trade, which stood at $300 million in 2015, reached 1 billion in
2024"; "Товарооборот, который в 2015 году составлял 300 млн долларов, в 2024 году достиг 1 млрд") leaves the
main clause's amount, its currency written once, to the clause's head: both are trade figures, each with its year.
A trade verb is a trade word in every tense and person ("le Maroc exporte", "nous exportons", "Chile vende").
"""

from __future__ import annotations

from datetime import date

import pytest

from partnerlens.cooperation.extract import extract_text

PUBLISHED = date(2025, 3, 15)


def claims(text: str, language: str, title: str) -> list:
    found = extract_text(text, language=language, published=PUBLISHED, today=PUBLISHED, title=title)
    return [p for p in found if p.kind == "claim"]


@pytest.mark.parametrize(
    "text, language, title",
    [
        (
            "Le commerce entre le Gabon et la Tunisie, qui s'établissait à 300 millions de dollars en 2015, a atteint "
            "1 milliard en 2024.",
            "fr",
            "Gabon-Tunisie",
        ),
        (
            "Trade between Ghana and Vietnam, which stood at $300 million in 2015, reached 1 billion in 2024.",
            "en",
            "Ghana and Vietnam",
        ),
        (
            "Товарооборот Армении и Индии, который в 2015 году составлял 300 млн долларов, в 2024 году достиг 1 млрд.",
            "ru",
            "Армения и Индия",
        ),
        (
            "El comercio entre Uruguay y Egipto, que en 2015 era de 300 millones de dólares, alcanzó 1.000 millones "
            "en 2024.",
            "es",
            "Uruguay y Egipto",
        ),
    ],
)
def test_the_main_clause_after_a_relative_clause_keeps_its_amount(text, language, title):
    found = claims(text, language, title)
    assert sorted((p.value, p.unit, p.year) for p in found) == [(3e8, "USD", 2015), (1e9, "USD", 2024)]


@pytest.mark.parametrize(
    "text, language, title",
    [
        (
            "Le Gabon, qui compte 2 millions d'habitants, a vu ses échanges avec la Tunisie atteindre 90 millions "
            "de dollars.",
            "fr",
            "Gabon-Tunisie",
        ),
        (
            "Ghana, which has 34 million people, sold Vietnam goods worth $90 million in 2024.",
            "en",
            "Ghana and Vietnam",
        ),
    ],
)
def test_a_relative_clause_about_something_else_adds_nothing(text, language, title):
    found = claims(text, language, title)
    assert [p.value for p in found] == [9e7]


@pytest.mark.parametrize(
    "text, language, title, metric",
    [
        (
            "Selon le ministre, le Gabon exporte vers la Tunisie pour 250 millions de dollars par an.",
            "fr",
            "Gabon-Tunisie",
            "exports",
        ),
        ("En 2024, nous exportons vers la Tunisie pour 250 millions de dollars.", "fr", "Gabon-Tunisie", "exports"),
        ("Le Gabon importera de Tunisie pour 250 millions de dollars en 2024.", "fr", "Gabon-Tunisie", "imports"),
        ("Uruguay vende a Egipto productos por 250 millones de dólares al año.", "es", "Uruguay y Egipto", "exports"),
        (
            "Moçambique vende à Índia produtos no valor de 250 milhões de dólares por ano.",
            "pt",
            "Moçambique e Índia",
            "exports",
        ),
    ],
)
def test_a_trade_verb_in_any_form_is_a_trade_word(text, language, title, metric):
    found = claims(text, language, title)
    assert [(p.value, p.metric) for p in found] == [(2.5e8, metric)]
