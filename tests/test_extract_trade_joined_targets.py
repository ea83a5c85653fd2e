"""A second amount joined to a target by "and" is a target too, however the clause is worded ("$6 billion this year
and $10 billion in the coming years", "6 milliards cette année, et 10 milliards d'ici 2030", "$6 млрд, а в ближайшие
годы – $10 млрд"), unless it is told for a year that has come ("and exports stood at $2 billion in 2023"). Issue 11,
sixth session; invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from partnerlens.cooperation.extract import extract_text

PUBLISHED = date(2025, 6, 1)


def read(text: str, language: str) -> list[tuple[str, float | None]]:
    found = extract_text(text, language=language, published=PUBLISHED, today=PUBLISHED)
    return [(p.kind, p.value) for p in found if p.kind in ("claim", "kpi")]


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "Trade between Uzbekistan and Russia is expected to reach $6 billion this year and $10 billion in the coming "
            "years.",
            "en",
        ),
        (
            "Les échanges entre l'Ouzbékistan et la Russie devraient atteindre 6 milliards de dollars cette année, et 10 "
            "milliards de dollars d'ici 2030.",
            "fr",
        ),
        (
            "Президент добавил, что в этом году объем взаимной торговли между Узбекистаном и Россией достигнет $6 млрд, а в "
            "ближайшие годы –$10 млрд.",
            "ru",
        ),
        (
            "Товарооборот России и Узбекистана должен достичь 6 млрд долларов в этом году и 10 млрд долларов в ближайшие "
            "годы.",
            "ru",
        ),
        (
            "El comercio entre Uzbekistán y Rusia alcanzará 6.000 millones de dólares este año y 10.000 millones de dólares "
            "en los próximos años.",
            "es",
        ),
    ],
)
def test_a_second_aim_joined_to_a_target(text, language):
    assert read(text, language) == [("kpi", 6e9), ("kpi", 10e9)]


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "Trade between Uzbekistan and Russia will reach $6 billion this year, and exports stood at $2 billion in 2023.",
            "en",
        ),
        (
            "Les échanges entre l'Ouzbékistan et la Russie atteindront 6 milliards de dollars en 2026, et ils étaient de 2 "
            "milliards de dollars en 2024.",
            "fr",
        ),
        (
            "Товарооборот России и Узбекистана достигнет 6 млрд долларов в 2026 году, а в 2024 году он составил 2 млрд "
            "долларов.",
            "ru",
        ),
    ],
)
def test_a_level_told_for_a_past_year_stays_a_figure(text, language):
    assert read(text, language) == [("kpi", 6e9), ("claim", 2e9)]
