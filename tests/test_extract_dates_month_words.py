"""A month is a whole word (issue 11, batch 18: event and agreement dates): a month's abbreviation ending another
word ("firmar 19 acuerdos", "Myanmar 12", "Омар 19", "informer 3") or opening one ("12 marcas", "12 марок") holds no
date; written months, abbreviated ones with their dot ("15 févr. 2024", "3 ago. 2024") and declined Russian forms
still do. Invented sentences in English, French, Russian, Portuguese and Spanish."""

from __future__ import annotations

from datetime import date

import pytest

from partnerlens.cooperation.dates import find_dates
from partnerlens.cooperation.extract import extract_text

PUBLISHED = date(2025, 6, 4)


@pytest.mark.parametrize(
    "text",
    [
        "Delegates from Myanmar 19 times raised the matter.",
        "Minister Omar 12 days later signed the accord.",
        "Le ministre Omar 19 fois a insisté.",
        "Министр Омар 19 раз повторил это.",
        "Комар 12 раз пролетел.",
        "с 12 марок",
        "Vão assinar 12 marcas de café.",
        "Vai informar 3 resultados.",
        "para firmar 19 acuerdos en materia económica",
        "Quiere sumar 2019 a la lista.",
    ],
)
def test_a_month_inside_a_word_is_no_date(text: str) -> None:
    assert [m for m in find_dates(text) if m.month is not None] == []


@pytest.mark.parametrize(
    "text, month, day",
    [
        ("It was signed on March 19, 2024.", 3, 19),
        ("Signé le 15 févr. 2024 à Dakar.", 2, 15),
        ("Le 1er mars 2024, à Rabat.", 3, 1),
        ("Подписано 15 марта 2024 года.", 3, 15),
        ("Assinado a 3 ago. 2024 em Luanda.", 8, 3),
        ("Firmado el 19 de marzo de 2024.", 3, 19),
        ("Assinado em 21 de março.", 3, 21),
    ],
)
def test_written_months_still_date(text: str, month: int, day: int) -> None:
    found = [m for m in find_dates(text) if m.month is not None]
    assert [(m.month, m.day) for m in found] == [(month, day)]


@pytest.mark.parametrize(
    "text, language",
    [
        ("Kenya and Ghana held talks to sign 19 agreements in maritime affairs, Omar 19 said.", "en"),
        ("Le Kenya et le Ghana ont tenu une réunion pour signer 19 accords; le ministre Omar 19 fois l'a redit.", "fr"),
        ("Кения и Гана провели встречу, чтобы подписать 19 соглашений, министр Омар 19 раз это повторил.", "ru"),
        ("O Quénia e o Gana realizaram uma reunião para firmar 19 acordos em matéria de energia.", "pt"),
        ("Kenia y Ghana sostuvieron una reunión para firmar 19 acuerdos en materia económica y turística.", "es"),
    ],
)
def test_a_signing_is_not_dated_by_a_month_inside_a_verb(text: str, language: str) -> None:
    found = extract_text(text, language=language, published=PUBLISHED, today=PUBLISHED)
    assert found, "the meeting or the signing is read"
    assert all(p.date is None or p.date.month != 3 for p in found)


@pytest.mark.parametrize(
    "text, year",
    [
        ("During his official visit in mid-March, the president met the prime minister.", None),
        ("Lors de sa visite officielle à la mi-mars, le président a rencontré le Premier ministre.", None),
        ("Lors de sa visite officielle à la mi–mars, le président a rencontré le Premier ministre.", None),
        ("The talks were held in mid‐March 2018 in Antananarivo.", 2018),
        ("Les entretiens ont eu lieu à la mi-mars 2018 à Antananarivo.", 2018),
    ],
)
def test_the_middle_of_a_month_joined_by_a_dash_dates_to_the_month(text: str, year: int | None) -> None:
    (mention,) = [m for m in find_dates(text) if m.month is not None]
    assert (mention.month, mention.precision, mention.year) == (3, "month", year)


@pytest.mark.parametrize("text", ["the mid-term review", "Mid-2024 figures", "à la mi-temps", "amid-March rumours"])
def test_mid_before_no_month_is_no_date(text: str) -> None:
    assert [m for m in find_dates(text) if m.month is not None] == []


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "During his official visit to Madagascar in mid-March, the Indian president met President Rajaonarimampianina.",
            "en",
        ),
        (
            "Lors de sa visite officielle à Madagascar à la mi-mars, le président indien a rencontré le président malgache.",
            "fr",
        ),
        (
            "Во время официального визита на Мадагаскар в середине марта президент Индии встретился с президентом Мадагаскара.",
            "ru",
        ),
        (
            "Durante su visita oficial a Madagascar a mediados de marzo, el presidente indio se reunió con el presidente malgache.",
            "es",
        ),
        (
            "Durante a sua visita oficial a Madagáscar em meados de março, o Presidente indiano reuniu-se com o Presidente malgaxe.",
            "pt",
        ),
    ],
)
def test_a_visit_in_the_middle_of_a_month_is_dated_to_that_month(text: str, language: str) -> None:
    found = extract_text(text, language=language, published=PUBLISHED, today=PUBLISHED)
    visits = [p for p in found if p.kind == "event" and "visit" in (p.type or "")]
    assert visits and all((p.date, p.date_precision) == (date(2025, 3, 1), "month") for p in visits)
