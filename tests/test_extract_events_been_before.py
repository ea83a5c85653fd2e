"""Earlier visits told as having been somewhere ("уже бывал в Пакистане в мае 2015 и октябре 2016 года", "s'était
déjà rendu au Pakistan en mai 2015 et en octobre 2016", "had previously visited Pakistan in May 2015 and October
2016"): one visit per date, each dated to its month, beside the visit the article reports (issue 11, events,
twenty-fourth session). Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from partnerlens.cooperation.extract import extract_text

TEXTS = {
    "en": "Belarusian President Lukashenko arrived in Islamabad on an official visit to Pakistan. Lukashenko had "
    "previously visited Pakistan in May 2015 and October 2016.",
    "fr": "Le président biélorusse Loukachenko est arrivé à Islamabad pour une visite officielle au Pakistan. "
    "Loukachenko s'était déjà rendu au Pakistan en mai 2015 et en octobre 2016.",
    "ru": "Президент Беларуси Лукашенко прибыл в Исламабад с официальным визитом в Пакистан. Ранее Лукашенко уже "
    "бывал в Пакистане в мае 2015 и октябре 2016 года.",
    "pt": "O Presidente bielorrusso Lukashenko chegou a Islamabad para uma visita oficial ao Paquistão. Lukashenko já "
    "tinha visitado o Paquistão em maio de 2015 e em outubro de 2016.",
}


@pytest.mark.parametrize("language", sorted(TEXTS))
def test_each_earlier_visit_is_one_dated_to_its_month(language):
    found = extract_text(TEXTS[language], language=language, published=dt.date(2023, 4, 11))
    earlier = sorted(
        (str(p.date), p.date_precision, tuple(sorted(p.parties)))
        for p in found
        if p.kind == "event" and p.date is not None and p.date.year < 2023
    )
    assert earlier == [("2015-05-01", "month", ("BLR", "PAK")), ("2016-10-01", "month", ("BLR", "PAK"))]


@pytest.mark.parametrize(
    "text",
    [
        "Такие случаи бывали в Пакистане и раньше.",
        "Он бывал резок в Пакистане с журналистами.",
    ],
)
def test_been_without_a_place_after_it_is_no_visit(text):
    found = extract_text(text, language="ru", published=dt.date(2023, 4, 11))
    assert [p for p in found if p.kind == "event"] == []


PLANNED_THEN_BEFORE = {
    "en": "Lukashenko will visit Pakistan by the end of the year, Belarus said. Lukashenko had previously visited "
    "Pakistan in May 2015 and October 2016.",
    "fr": "Loukachenko se rendra au Pakistan d'ici la fin de l'année, a annoncé Minsk. Loukachenko s'était déjà rendu "
    "au Pakistan en mai 2015 et en octobre 2016.",
    "ru": "Визит Лукашенко в Пакистан намечен на конец года, сообщил министр. Ранее Лукашенко уже бывал в Пакистане "
    "в мае 2015 и октябре 2016 года.",
}


@pytest.mark.parametrize("language", sorted(PLANNED_THEN_BEFORE))
def test_the_visit_to_come_keeps_no_date_of_the_earlier_ones(language):
    found = extract_text(PLANNED_THEN_BEFORE[language], language=language, published=dt.date(2023, 8, 28))
    planned = [p for p in found if p.kind == "event" and p.status == "planned"]
    assert planned and all(p.date is None or p.date.year == 2023 for p in planned)
