""" "This year" told as "the current year" (issue 11, twenty-first session): "of the current year", "de l'année en
cours", "текущего года" / "этого года", "do corrente ano" / "deste ano", "del año en curso" are the publication's
year; in an article with no publication date they are the year of a period of months the text tells with its year,
before the figure or, failing that, after it ("в январе-октябре текущего года вырос на 60%" … "за 10 месяцев 2019
года": 2019). With no such period the figure stays undated. Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from partnerlens.cooperation.extract import extract_text

PUBLISHED = date(2025, 11, 20)

CURRENT_YEAR = [
    ("Trade between Ghana and India rose by 60% to $75 million in January-October of the current year.", "en"),
    (
        "Les échanges entre le Ghana et l'Inde ont progressé de 60 % à 75 millions de dollars de janvier à octobre de "
        "l'année en cours.",
        "fr",
    ),
    ("Товарооборот Ганы и Индии в январе-октябре текущего года вырос на 60% - до 75 миллионов долларов.", "ru"),
    ("За первые десять месяцев этого года товарооборот Ганы и Индии вырос на 60% - до 75 миллионов долларов.", "ru"),
    (
        "O comércio entre o Gana e a Índia cresceu 60% para 75 milhões de dólares entre janeiro e outubro do corrente "
        "ano.",
        "pt",
    ),
    (
        "As trocas entre o Gana e a Índia cresceram 60% para 75 milhões de dólares nos primeiros dez meses deste ano.",
        "pt",
    ),
    (
        "El comercio entre Ghana y la India creció un 60% hasta 75 millones de dólares entre enero y octubre del año en "
        "curso.",
        "es",
    ),
]

LATER_PERIOD = {
    "en": " The ministry said exports in the first ten months of 2019 were the highest on record.",
    "fr": " Sur les dix premiers mois de 2019, les exportations ont atteint un record, selon le ministère.",
    "ru": " По данным министерства, за 10 месяцев 2019 года экспорт достиг рекорда.",
    "pt": " Nos primeiros dez meses de 2019, as exportações atingiram um recorde, segundo o ministério.",
    "es": " En los primeros diez meses de 2019 las exportaciones alcanzaron un récord, según el ministerio.",
}


def _years(text: str, language: str, published: date | None) -> dict[float, int | None]:
    found = extract_text(text, language=language, published=published, today=PUBLISHED)
    return {p.value: p.year for p in found if p.kind == "claim" and p.value in (60, 75000000)}


CURRENT_YEAR_ALONE = [
    ("Trade between Ghana and India reached $75 million in the current year, up 60%.", "en"),
    (
        "Les échanges entre le Ghana et l'Inde ont atteint 75 millions de dollars sur l'année en cours, en hausse de 60 %.",
        "fr",
    ),
    ("Товарооборот Ганы и Индии за этот год вырос на 60% - до 75 миллионов долларов.", "ru"),
    ("O comércio entre o Gana e a Índia atingiu 75 milhões de dólares no corrente ano, mais 60%.", "pt"),
    (
        "El comercio entre Ghana y la India alcanzó 75 millones de dólares en el año en curso, con un alza del 60%.",
        "es",
    ),
]


@pytest.mark.parametrize("text, language", CURRENT_YEAR + CURRENT_YEAR_ALONE)
def test_the_current_year_is_the_publication_year(text, language):
    assert _years(text, language, PUBLISHED) == {60: 2025, 75000000: 2025}


@pytest.mark.parametrize("text, language", CURRENT_YEAR)
def test_undated_the_current_year_is_the_year_of_a_period_told_later(text, language):
    assert _years(text + LATER_PERIOD[language], language, None) == {60: 2019, 75000000: 2019}


@pytest.mark.parametrize("text, language", CURRENT_YEAR)
def test_undated_with_no_period_the_current_year_stays_unread(text, language):
    assert _years(text, language, None) == {60: None, 75000000: None}


def test_undated_this_year_after_two_periods_is_the_latest_told_before():
    text = (
        "В первом полугодии 2019 года торговля росла. В январе-июле 2018 года Гана импортировала из Индии товаров на "
        "2,6 млрд долларов. В первые же семь месяцев этого года импорт Ганы из Индии вырос до 5,1 млрд долларов."
    )
    found = extract_text(text, language="ru", published=None, today=PUBLISHED)
    years = {p.value: p.year for p in found if p.kind == "claim"}
    assert years[5.1e9] == 2019 and years[2.6e9] == 2018


HEADLINES = {
    "en": "Ghana-India trade up 60% in 2019",
    "fr": "Les échanges Ghana-Inde en hausse de 60 % en 2019",
    "ru": "Товарооборот Ганы и Индии в 2019 году вырос на 60%",
    "pt": "Comércio entre o Gana e a Índia cresce 60% em 2019",
    "es": "El comercio entre Ghana e India crece un 60% en 2019",
}


@pytest.mark.parametrize("text, language", CURRENT_YEAR)
def test_undated_the_current_year_is_the_year_of_the_trade_headline(text, language):
    found = extract_text(text, language=language, title=HEADLINES[language], published=None, today=PUBLISHED)
    years = {p.value: p.year for p in found if p.kind == "claim" and p.value in (60, 75000000)}
    assert years == {60: 2019, 75000000: 2019}
