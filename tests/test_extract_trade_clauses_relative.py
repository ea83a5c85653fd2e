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


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "За январь и февраль 2025 года товарооборот между Россией и Грузией составил $410,6 млн. Это на 12% меньше, "
            "чем за январь и февраль прошлого года.",
            "ru",
        ),
        (
            "In January and February 2025, trade between Russia and Georgia stood at $410.6 million. That is 12% less "
            "than in January and February of last year.",
            "en",
        ),
        (
            "En janvier et février 2025, les échanges entre la Russie et la Géorgie ont atteint 410,6 millions de "
            "dollars. C'est 12 % de moins qu'en janvier et février de l'an dernier.",
            "fr",
        ),
        (
            "Em janeiro e fevereiro de 2025, o comércio entre a Rússia e a Geórgia somou US$ 410,6 milhões. Isso é 12% "
            "menos do que em janeiro e fevereiro do ano passado.",
            "pt",
        ),
    ],
)
def test_last_year_after_a_named_period_of_a_comparison_is_its_base(text, language):
    """Thirteenth session, batch 22 (issue 11): "на 12% меньше, чем за январь и февраль прошлого года" was dated the
    year before — "than" made "last year" a comparison's base only when nothing stood between them; a named period
    (months, a half, "the first N months of") may."""
    rates = [p for p in claims(text, language, "") if p.unit == "percent"]
    assert rates and all(rate.year != 2024 for rate in rates), rates


@pytest.mark.parametrize(
    "text, language",
    [
        ("Trade more than doubled last year to $2 billion between Ghana and Chile.", "en"),
        ("Товарооборот России и Грузии в прошлом году вырос более чем на 12%.", "ru"),
        ("Les échanges entre le Ghana et le Chili ont augmenté de plus de 12 % l'an dernier.", "fr"),
    ],
)
def test_last_year_of_the_figure_itself_still_dates_it(text, language):
    """The period words do not make every "than … last year" a base: "more than doubled last year" is last year's."""
    years = {p.year for p in claims(text, language, "") if p.unit in ("percent", "USD")}
    assert 2024 in years, years


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "In 2020, the Swiss minister met his Vietnamese counterpart in Bern. According to the latest figures, trade "
            "between Switzerland and Vietnam exceeds $3.5 billion.",
            "en",
        ),
        (
            "En 2020, le ministre suisse avait rencontré son homologue vietnamien à Berne. D'après les dernières "
            "statistiques, les échanges entre la Suisse et le Vietnam dépassent les 3,5 milliards de dollars.",
            "fr",
        ),
        (
            "В 2020 году швейцарский министр встретился с вьетнамским коллегой в Берне. По последним данным, "
            "товарооборот Швейцарии и Вьетнама превышает 3,5 млрд долларов.",
            "ru",
        ),
        (
            "Em 2020, o ministro suíço reuniu-se com o seu homólogo vietnamita em Berna. Segundo os dados mais "
            "recentes, o comércio entre a Suíça e o Vietnã supera US$ 3,5 bilhões.",
            "pt",
        ),
        (
            "En 2020, el ministro suizo se reunió con su homólogo vietnamita en Berna. Según los últimos datos, el "
            "comercio entre Suiza y Vietnam supera los 3.500 millones de dólares.",
            "es",
        ),
    ],
)
def test_the_latest_figures_have_no_year_carried_from_another_sentence(text, language):
    """Thirteenth session, batch 22 (issue 11): "D'après les dernières statistiques, … dépasse les 3,5 milliards de
    dollars" took 2020 from the sentence before (a meeting's year): the latest available figure tells no year."""
    found = extract_text(text, language=language, today=PUBLISHED, title="")
    money = [p for p in found if p.kind == "claim" and p.unit not in ("percent", "rank")]
    assert money and all(p.year is None for p in money), money


@pytest.mark.parametrize(
    "text, language",
    [
        ("According to the latest figures, trade between Switzerland and Vietnam reached $3.5 billion in 2023.", "en"),
        (
            "Selon les derniers chiffres, les échanges entre la Suisse et le Vietnam ont atteint 3,5 milliards de dollars "
            "en 2023.",
            "fr",
        ),
        ("По последним данным, товарооборот Швейцарии и Вьетнама в 2023 году достиг 3,5 млрд долларов.", "ru"),
    ],
)
def test_the_latest_figures_keep_the_year_their_sentence_tells(text, language):
    found = extract_text(text, language=language, today=PUBLISHED, title="")
    assert [p.year for p in found if p.kind == "claim" and p.unit not in ("percent", "rank")] == [2023]
