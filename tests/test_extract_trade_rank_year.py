"""The year of a rank claim (issue 11, twentieth session; :mod:`partnerlens.cooperation.extract.rank_year`): a rank
told with a trade figure takes the year that figure was read with, also when no year is written near the rank — a
year carried from the sentence before, "last year" resolved against the publication; figures told over several years
still leave it undated. Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from partnerlens.cooperation.extract import extract_text

PUBLISHED = date(2025, 6, 1)


def rank(text: str, language: str, published: date | None = PUBLISHED):
    found = extract_text(text, language=language, published=published, today=PUBLISHED)
    (claim,) = [p for p in found if p.kind == "claim" and p.metric == "rank"]
    return claim


@pytest.mark.parametrize(
    "text, language, year",
    [
        (
            "In 2022, trade between Ghana and Turkey kept growing. Turkey is Ghana's third largest trading partner, "
            "with trade of $1.2 billion.",
            "en",
            2022,
        ),
        (
            "En 2022, les échanges entre le Ghana et la Turquie ont encore progressé. La Turquie est le troisième "
            "partenaire commercial du Ghana, avec des échanges de 1,2 milliard de dollars.",
            "fr",
            2022,
        ),
        (
            "В 2022 году торговля между Ганой и Турцией продолжила расти. Турция является третьим торговым партнером "
            "Ганы с товарооборотом 1,2 млрд долларов.",
            "ru",
            2022,
        ),
        (
            "En 2022, el comercio entre Ghana y Turquía siguió creciendo. Turquía es el tercer socio comercial de "
            "Ghana, con un intercambio de 1.200 millones de dólares.",
            "es",
            2022,
        ),
        (
            "Em 2022, o comércio entre o Gana e a Turquia continuou a crescer. A Turquia é o terceiro parceiro "
            "comercial do Gana, com trocas de 1,2 mil milhões de dólares.",
            "pt",
            2022,
        ),
    ],
)
def test_a_rank_takes_the_year_carried_to_its_figure(text, language, year):
    found = rank(text, language)
    assert (found.value, found.year) == (3, year)
    assert found.reading.year_from == "context"


@pytest.mark.parametrize(
    "text, language",
    [
        ("Turkey is Ghana's third largest trading partner, with trade of $1.2 billion last year.", "en"),
        (
            "La Turquie est le troisième partenaire commercial du Ghana, avec des échanges de 1,2 milliard de dollars "
            "l'an dernier.",
            "fr",
        ),
        (
            "Турция является третьим торговым партнером Ганы: товарооборот в прошлом году составил 1,2 млрд долларов.",
            "ru",
        ),
        (
            "A Turquia é o terceiro parceiro comercial do Gana, com trocas de 1,2 mil milhões de dólares no ano "
            "passado.",
            "pt",
        ),
    ],
)
def test_a_rank_takes_the_relative_year_of_its_figure(text, language):
    found = rank(text, language)
    assert (found.year, found.reading.year_from) == (2024, "publication")


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "In 2022, trade between Ghana and Turkey kept growing. Turkey is Ghana's third largest trading partner, "
            "its sales rising from $800 million in 2019 to $1.2 billion in 2022.",
            "en",
        ),
        (
            "En 2022, les échanges ont progressé. La Turquie est le troisième partenaire commercial du Ghana, avec des "
            "échanges passés de 800 millions de dollars en 2019 à 1,2 milliard en 2022.",
            "fr",
        ),
    ],
)
def test_a_change_over_years_still_leaves_the_rank_undated(text, language):
    assert rank(text, language).year is None


def test_a_rank_with_no_figure_and_no_year_stays_undated():
    found = rank("Turkey is Ghana's third largest trading partner.", "en")
    assert (found.year, found.reading.year_from) == (None, "none")
