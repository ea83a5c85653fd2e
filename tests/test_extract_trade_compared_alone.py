"""A percentage compared with no object, ending its clause (issue 11, twenty-first session): "$75 million in 2023,
60% more.", "soit 12 % de moins.", "на 12% меньше.", "60% a mais.", "un 12 % menos." is a change of the level told
before it (growth, negative for "less"), not a share; with its object ("12% less than in 2022") it already was.
Words in ``comparative_alone`` of the language files. Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from partnerlens.cooperation.extract import extract_text

PUBLISHED = date(2025, 6, 1)


@pytest.mark.parametrize(
    "text, language, value",
    [
        ("Ghana's exports to India totalled $75 million in 2023, 60% more.", "en", 60),
        ("Ghana's imports from India came to $75 million in 2023, some 12% lower.", "en", -12),
        (
            "Les exportations du Ghana vers l'Inde ont totalisé 75 millions de dollars en 2023, soit 60 % de plus.",
            "fr",
            60,
        ),
        (
            "Les importations du Ghana depuis l'Inde ont atteint 75 millions de dollars en 2023, soit 12 % de moins.",
            "fr",
            -12,
        ),
        ("Поставки из Ганы в Индию в 2023 году составили 75 млн долларов, на 12% меньше.", "ru", -12),
        ("As exportações do Gana para a Índia somaram 75 milhões de dólares em 2023, 60% a mais.", "pt", 60),
        ("As compras do Gana à Índia somaram 75 milhões de dólares em 2023, 12% a menos.", "pt", -12),
        ("Las exportaciones de Ghana a la India sumaron 75 millones de dólares en 2023, un 60 % más.", "es", 60),
        ("Las importaciones de Ghana desde la India sumaron 75 millones de dólares en 2023, un 12 % menos.", "es", -12),
    ],
)
def test_a_percentage_more_or_less_is_growth(text, language, value):
    found = extract_text(text, language=language, published=PUBLISHED, today=PUBLISHED)
    (rate,) = [p for p in found if p.kind == "claim" and p.unit == "percent"]
    assert (rate.metric, rate.value, rate.year) == ("growth", value, 2023)


@pytest.mark.parametrize(
    "text, language",
    [
        ("India takes 60% or less of Ghana's exports, worth $75 million in 2023.", "en"),
        ("L'Inde absorbe 60 % des exportations du Ghana, soit 75 millions de dollars en 2023.", "fr"),
    ],
)
def test_a_share_stays_a_share(text, language):
    found = extract_text(text, language=language, published=PUBLISHED, today=PUBLISHED)
    (rate,) = [p for p in found if p.kind == "claim" and p.unit == "percent"]
    assert rate.metric == "share"
