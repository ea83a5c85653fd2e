"""A figure's year when the sentence says it in words (issue 11, trade figures; invented sentences): "last year" in a
dated article is the year before the date even when the figure is compared with an older year ("L'année dernière …
711,9 millions (+15 % par rapport à 2012)"), in every language; without a date, or when the year before the date is
the one compared with, it stays the year after the comparison's. "The previous year's €2 billion" is the year before
the sentence's. Also: "upsurge" and "uptick" are growth, and the Ivorian press's "Fcfa" is the CFA franc."""

from __future__ import annotations

from datetime import date

import pytest

from partnerlens.cooperation.extract import extract_text


def claims(text: str, language: str, published: date | None) -> list:
    return [p for p in extract_text(text, language=language, published=published) if p.kind == "claim"]


@pytest.mark.parametrize(
    "text, language",
    [
        ("Last year Portugal's exports to Morocco reached 711.9 million euros (+15% compared to 2012).", "en"),
        (
            "L'année dernière, les exportations portugaises vers le Maroc ont atteint 711,9 millions d'euros (+15 % par "
            "rapport à 2012).",
            "fr",
        ),
        ("В прошлом году экспорт Португалии в Марокко достиг 711,9 млн евро (+15% по сравнению с 2012 годом).", "ru"),
        (
            "No ano passado, as exportações de Portugal para Marrocos atingiram 711,9 milhões de euros (+15% face a "
            "2012).",
            "pt",
        ),
        (
            "El año pasado, las exportaciones de Portugal a Marruecos alcanzaron 711,9 millones de euros (+15% con "
            "respecto a 2012).",
            "es",
        ),
    ],
)
def test_last_year_in_a_dated_article_is_the_year_before_its_date(text: str, language: str) -> None:
    found = claims(text, language, date(2017, 12, 4))
    level = next(c for c in found if c.unit != "percent")
    assert level.value == pytest.approx(711.9e6) and level.year == 2016


@pytest.mark.parametrize(
    "text, published, year",
    [
        ("Trade between Kenya and Egypt reached $461.9 million last year, up 40% compared to 2021.", None, 2022),
        (
            "Trade between Kenya and Egypt reached $461.9 million last year, up 40% compared to 2021.",
            date(2022, 12, 4),
            2022,
        ),
    ],
)
def test_last_year_compared_with_the_year_before_it_is_the_year_after(text: str, published, year: int) -> None:
    """No date, or a date whose year before is the year compared with: the comparison's next year."""
    (level,) = [c for c in claims(text, "en", published) if c.unit != "percent"]
    assert level.year == year


def test_the_previous_years_figure_is_the_year_before_the_sentences() -> None:
    found = claims(
        "Trade between Germany and Nigeria reached €3 billion in 2022, a substantial rise from the previous year’s "
        "€2 billion.",
        "en",
        date(2023, 10, 29),
    )
    assert sorted((c.value, c.year) for c in found) == [(2e9, 2021), (3e9, 2022)]


@pytest.mark.parametrize("word", ["upsurge", "uptick"])
def test_an_upsurge_is_growth(word: str) -> None:
    (rate,) = claims(f"Trade between Mexico and the UAE saw a 38 percent {word} in 2020.", "en", date(2021, 3, 1))
    assert rate.metric == "growth" and rate.value == 38


def test_fcfa_in_lower_case_is_the_cfa_franc() -> None:
    (level,) = claims(
        "Les échanges commerciaux entre la Côte d’Ivoire et l’Italie se sont établis à 295,18 milliards de Fcfa en "
        "2021.",
        "fr",
        date(2022, 9, 15),
    )
    assert level.unit == "XOF" and level.value == pytest.approx(295.18e9) and level.year == 2021


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "Cuba and Vietnam aim to boost bilateral trade from 224.3 million dollars in 2017 to 500 million dollars "
            "in 2022.",
            "en",
        ),
        (
            "Cuba et le Vietnam veulent porter leurs échanges de 224,3 millions de dollars de 2017 à 500 millions de "
            "dollars en 2022.",
            "fr",
        ),
        (
            "Cuba e o Vietname querem elevar o comércio bilateral dos 224,3 milhões de dólares de 2017 para 500 "
            "milhões de dólares em 2022.",
            "pt",
        ),
        (
            "Cuba y Vietnam pretenden impulsar el intercambio bilateral desde los 224,3 millones de dólares de 2017 "
            "hasta 500 millones de dólares en 2022.",
            "es",
        ),
    ],
)
def test_the_level_an_aim_starts_from_is_that_years_figure(text: str, language: str) -> None:
    """In "from $224.3 million of 2017 to $500 million in 2022" the first is 2017's level, the second the aim."""
    found = extract_text(text, language=language, published=date(2018, 11, 9))
    levels = [(p.value, p.year) for p in found if p.kind == "claim"]
    aims = [p.value for p in found if p.kind == "kpi"]
    assert levels == [(pytest.approx(224.3e6), 2017)] and aims == [pytest.approx(500e6)]


def test_an_amount_that_looks_like_a_year_is_no_target_year() -> None:
    """The amount of "à hauteur de 2042 milliards" is no year an aim is for."""
    found = extract_text(
        "Ces cinq dernières années, le Mali a commandé au Sénégal à hauteur de 2042 milliards de francs Cfa.",
        language="fr",
        published=date(2021, 3, 1),
    )
    assert not [p for p in found if p.kind == "kpi"]
