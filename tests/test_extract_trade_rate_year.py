"""A growth rate told between two years is the later year's, with the earlier as its base (issue 11, twentieth
session; :mod:`partnerlens.cooperation.extract.rate_year`): "In 2022 …, an increase of 25% on the trade registered in
2021" is 2022's growth, not 2021's; a rate told with its own year stays that year's. Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from partnerlens.cooperation.extract import extract_text

PUBLISHED = date(2025, 6, 1)


def growth(text: str, language: str):
    found = extract_text(text, language=language, published=PUBLISHED, today=PUBLISHED)
    (claim,) = [p for p in found if p.kind == "claim" and p.metric == "growth"]
    return claim


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "In 2022, trade between Kenya and Ghana reached $2.8 billion, an increase of almost 25% on the trade "
            "registered in 2021.",
            "en",
        ),
        (
            "In 2022, Kenya's exports to Ghana stood at $900 million, which is a 25% rise in the volume recorded in "
            "2021.",
            "en",
        ),
        (
            "En 2022, les échanges entre le Kenya et le Ghana ont atteint 2,8 milliards de dollars, soit 25 % de plus "
            "que le volume enregistré en 2021.",
            "fr",
        ),
        (
            "В 2022 году товарооборот между Кенией и Ганой составил 2,8 млрд долларов, что на 25% больше объема, "
            "зафиксированного в 2021 году.",
            "ru",
        ),
        (
            "En 2022, el comercio entre Kenia y Ghana alcanzó 2.800 millones de dólares, un 25% más que el volumen "
            "registrado en 2021.",
            "es",
        ),
        (
            "Em 2022, o comércio entre o Quénia e o Gana atingiu 2,8 mil milhões de dólares, um aumento de 25% face "
            "ao volume registado em 2021.",
            "pt",
        ),
    ],
)
def test_a_rate_between_two_years_is_the_later_year_s(text, language):
    rate = growth(text, language)
    assert (rate.value, rate.year, rate.base_year) == (25, 2022, 2021)


@pytest.mark.parametrize(
    "text, language, year",
    [
        ("Trade between Kenya and Ghana rose 15% in 2019, and in 2023 it reached $2.8 billion.", "en", 2019),
        (
            "Trade between Kenya and Ghana grew from $500 million in 2019 to $795 million in 2023, a rise of 59%.",
            "en",
            2023,
        ),
    ],
)
def test_a_rate_with_its_own_year_keeps_it(text, language, year):
    assert growth(text, language).year == year
