"""A rank told with a figure for a split or fiscal year (issue 11, twenty-first session): "$3 billion in 2022-23,
making Ghana its fourth largest trading partner", "durant l'exercice 2022-2023, faisant du Ghana …", "в 2022/23
финансовом году …, что сделало Гану …", "no ano fiscal 2022-23, tornando …", "en el año fiscal 2022-23, lo que
convierte …" has no calendar year, as its figure has none (``claims_fiscal``); the first year of the split year is
not the rank's. A calendar year still dates it. Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from partnerlens.cooperation.extract import extract_text

PUBLISHED = date(2025, 6, 1)


def rank(text: str, language: str):
    found = extract_text(text, language=language, published=PUBLISHED, today=PUBLISHED)
    (claim,) = [p for p in found if p.kind == "claim" and p.metric == "rank"]
    return claim


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "India's trade with Ghana was $3 billion in 2022-23, making Ghana its fourth largest trading partner in "
            "Africa.",
            "en",
        ),
        ("Ghana is India's fourth largest trading partner, with trade worth $3 billion in FY2022/23.", "en"),
        (
            "Les échanges entre l'Inde et le Ghana ont atteint 3 milliards de dollars en 2022-23, faisant du Ghana le "
            "quatrième partenaire commercial de l'Inde.",
            "fr",
        ),
        (
            "Товарооборот Индии и Ганы в 2022/23 финансовом году составил 3 млрд долларов, что сделало Гану "
            "четвертым торговым партнером Индии.",
            "ru",
        ),
        (
            "O comércio entre a Índia e o Gana atingiu 3 mil milhões de dólares em 2022/23, tornando o Gana o quarto "
            "parceiro comercial da Índia.",
            "pt",
        ),
        (
            "El comercio entre la India y Ghana alcanzó 3.000 millones de dólares en el año fiscal 2022-23, lo que "
            "convierte a Ghana en el cuarto socio comercial de la India.",
            "es",
        ),
    ],
)
def test_a_rank_told_with_a_fiscal_year_has_no_calendar_year(text, language):
    found = rank(text, language)
    assert (found.value, found.year) == (4, None)


def test_a_calendar_year_still_dates_the_rank():
    found = rank(
        "India's trade with Ghana was $3 billion in 2022, making Ghana its fourth largest trading partner in Africa.",
        "en",
    )
    assert (found.value, found.year) == (4, 2022)
