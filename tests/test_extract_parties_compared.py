"""States named in passing, batch 25 classes (issue 11, party precision): a region or state naming a ministry's
department ("the Asian-Africa Market Department", "le département Asie-Afrique", "Департамент Азии и Африки"), and
partners a figure is compared with ("Comparé au déficit avec l'Italie (…) et la Chine, …", "compared with its
trade with Japan"), a closed parenthesis between them leaving the comparison open. Invented sentences in every
language; each has a guard that the real pair stays.
"""

from __future__ import annotations

import pytest

from _extract_parties import article_parties

parties = article_parties


@pytest.mark.parametrize(
    ("language", "text", "kept", "dropped"),
    [
        (
            "en",
            "According to the Asian-Africa Market Department of the Ministry of Trade, Viet Nam-Indonesia trade "
            "rose from $5.5 billion in 2015 to $11.5 billion in 2021.",
            {"VNM", "IDN"},
            {"africa"},
        ),
        (
            "en",
            "Figures of the Europe Division show that trade between Kenya and India reached $3 billion in 2022.",
            {"KEN", "IND"},
            {"europe"},
        ),
        (
            "fr",
            "Selon le département Afrique du ministère du Commerce, les échanges entre le Vietnam et l'Indonésie ont "
            "atteint 11 milliards de dollars en 2021.",
            {"VNM", "IDN"},
            {"africa"},
        ),
        (
            "ru",
            "По данным Департамента Азии и Африки министерства, товарооборот Вьетнама и Индонезии в 2021 году "
            "составил 11 млрд долларов.",
            {"VNM", "IDN"},
            {"africa"},
        ),
        (
            "pt",
            "Segundo o Departamento de África do ministério, o comércio entre o Vietname e a Indonésia atingiu 11 mil "
            "milhões de dólares em 2021.",
            {"VNM", "IDN"},
            {"africa"},
        ),
        (
            "es",
            "Según el Departamento de África del ministerio, el comercio entre Vietnam e Indonesia alcanzó 11.000 "
            "millones de dólares en 2021.",
            {"VNM", "IDN"},
            {"africa"},
        ),
    ],
)
def test_a_region_naming_a_ministrys_department_is_no_side(language, text, kept, dropped):
    found = parties(text, language)
    assert kept <= found and not (dropped & found), found


@pytest.mark.parametrize(
    ("language", "text", "kept", "dropped"),
    [
        (
            "fr",
            "Le déficit commercial de la Tunisie avec la Turquie a atteint 1,6 milliard de dinars en 2017. Comparé au "
            "déficit avec l'Italie (-1,9 milliard de dinars) et la Chine (-4 milliards de dinars), le déficit avec "
            "la Turquie reste modeste.",
            {"TUN", "TUR"},
            {"ITA", "CHN"},
        ),
        (
            "en",
            "Tunisia's trade deficit with Turkey reached 1.6 billion dinars in 2017. Compared with the deficit with "
            "Italy (1.9 billion dinars) and China (4 billion dinars), the deficit with Turkey is modest.",
            {"TUN", "TUR"},
            {"ITA", "CHN"},
        ),
        (
            "ru",
            "Товарооборот Казахстана и Турции в 2022 году составил 5,9 млрд долларов. По сравнению с товарооборотом "
            "с Китаем (31 млрд) и Россией (28 млрд) товарооборот с Турцией пока скромен.",
            {"KAZ", "TUR"},
            {"CHN", "RUS"},
        ),
        (
            "pt",
            "O comércio entre Angola e a Turquia atingiu 200 milhões de dólares em 2021. Comparado com o comércio com "
            "a China (20 mil milhões), o comércio com a Turquia ainda é modesto.",
            {"AGO", "TUR"},
            {"CHN"},
        ),
        (
            "es",
            "El comercio entre Angola y Turquía alcanzó 200 millones de dólares en 2021. Comparado con el comercio con "
            "China (20.000 millones), el comercio con Turquía todavía es modesto.",
            {"AGO", "TUR"},
            {"CHN"},
        ),
    ],
)
def test_partners_a_figure_is_compared_with_are_no_sides(language, text, kept, dropped):
    found = parties(text, language)
    assert kept <= found and not (dropped & found), found


@pytest.mark.parametrize(
    ("language", "text", "pair"),
    [
        ("en", "Trade between Kenya and China grew 20% compared with 2021 to $8 billion in 2022.", {"KEN", "CHN"}),
        ("fr", "Les échanges entre le Maroc et la Chine ont augmenté de 20 % comparé à 2021.", {"MAR", "CHN"}),
        ("ru", "Товарооборот России и Китая по сравнению с 2021 годом вырос на 20%.", {"RUS", "CHN"}),
    ],
)
def test_a_comparison_with_a_year_leaves_the_pair_alone(language, text, pair):
    assert pair <= parties(text, language)
