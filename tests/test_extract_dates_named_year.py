"""A month or day told with a year named from the dispatch's day (issue 11, event dates on unseen articles): "в
марте прошлого года" in a November dispatch was read as the nearest March (the coming one, moved back to this
year's by the visit's past verb), not the March of last year the words name. Invented sentences in English, French,
Russian and Portuguese (Spanish "del año pasado" is not yet read as a relative year at all)."""

from __future__ import annotations

from datetime import date

import pytest

from partnerlens.cooperation.date_of_year import with_named_year
from partnerlens.cooperation.dates import find_dates, resolve_dates
from partnerlens.cooperation.extract import extract_text

PUBLISHED = date(2022, 11, 25)


def _visit(text: str, language: str):
    found = [p for p in extract_text(text, language=language, published=PUBLISHED) if p.kind == "event"]
    assert found
    return found[0]


@pytest.mark.parametrize(
    "text, language",
    [
        ("The Kenyan president paid a state visit to Ghana in March last year.", "en"),
        ("Le président kényan a effectué une visite d'État au Ghana en mars de l'année dernière.", "fr"),
        ("Президент Кении посетил Гану с государственным визитом в марте прошлого года.", "ru"),
        ("O presidente queniano fez uma visita de Estado ao Gana em março do ano passado.", "pt"),
    ],
)
def test_a_month_of_last_year_is_of_last_year(text: str, language: str) -> None:
    visit = _visit(text, language)
    assert (visit.date, visit.date_precision) == (date(2021, 3, 1), "month")


@pytest.mark.parametrize(
    "text, language",
    [
        ("The Kenyan president will pay a state visit to Ghana in March next year.", "en"),
        ("Le président kényan effectuera une visite d'État au Ghana en mars de l'année prochaine.", "fr"),
        ("Президент Кении посетит Гану с государственным визитом в марте следующего года.", "ru"),
    ],
)
def test_a_month_of_next_year_is_of_next_year(text: str, language: str) -> None:
    visit = _visit(text, language)
    assert (visit.date, visit.date_precision) == (date(2023, 3, 1), "month")
    assert visit.status == "planned"


@pytest.mark.parametrize(
    "text, language",
    [
        ("The Kenyan president visited Ghana on 5 March last year.", "en"),
        ("Le président kényan s'est rendu au Ghana le 5 mars de l'an dernier.", "fr"),
        ("Президент Кении посетил Гану 5 марта прошлого года.", "ru"),
    ],
)
def test_a_day_of_last_year_is_of_last_year(text: str, language: str) -> None:
    assert _visit(text, language).date == date(2021, 3, 5)


def test_the_relative_year_keeps_its_own_mention() -> None:
    text = "в марте прошлого года"
    mentions = with_named_year(resolve_dates(find_dates(text), published=PUBLISHED), text)
    assert [(m.text, m.value) for m in mentions] == [("марте", date(2021, 3, 1)), ("прошлого года", date(2021, 1, 1))]


def test_a_month_apart_from_the_year_keeps_the_nearest_year() -> None:
    """Only the words between tie them: "in March, trade last year" is two times."""
    text = "The visit took place in March; last year trade grew."
    mentions = with_named_year(resolve_dates(find_dates(text), published=PUBLISHED), text)
    assert next(m for m in mentions if m.month == 3).value == date(2023, 3, 1)  # the nearest March
