"""Targets told against a stated level and figures told across clauses, on invented sentences (issue 11):
doubling a level is a target of twice that level ("to double trade, which stood at $2.5 billion");
the level itself stays a fact; an aim that points back at the figure just told ("нарастить его до",
"to raise it to", "le porter à") is a target of the same parties; a unit abbreviation ends a sentence
("$11,5 млрд. Об этом …")."""

from __future__ import annotations

from datetime import date

import pytest

from partnerlens.cooperation.extract import extract_text
from partnerlens.cooperation.extract.sentences import split_sentences

PUBLISHED = date(2025, 3, 10)


def read(text: str, language: str, title: str | None = None) -> tuple[list, list]:
    found = extract_text(text, language=language, published=PUBLISHED, today=PUBLISHED, title=title)
    return [p for p in found if p.kind == "kpi"], [p for p in found if p.kind == "claim"]


@pytest.mark.parametrize(
    "text, language, level, aim",
    [
        (
            "Morocco and the UAE agreed to double bilateral trade, which stood at $2.5 billion in 2024, "
            "within five years.",
            "en",
            2.5e9,
            5e9,
        ),
        ("Kenya and Uganda want to triple trade, which is now $300 million.", "en", 3e8, 9e8),
        (
            "Le Maroc et la Turquie veulent doubler leurs échanges, qui s'élèvent à 5 milliards de dollars.",
            "fr",
            5e9,
            1e10,
        ),
        (
            "Россия и Египет намерены удвоить товарооборот, который сейчас составляет 8 млрд долларов.",
            "ru",
            8e9,
            16e9,
        ),
        (
            "O Brasil e Angola pretendem duplicar o comércio bilateral, que foi de 1,5 mil milhões de dólares em 2023.",
            "pt",
            1.5e9,
            3e9,
        ),
        (
            "Argentina y Marruecos buscan duplicar el comercio bilateral, que fue de 600 millones de dólares en 2023.",
            "es",
            6e8,
            1.2e9,
        ),
    ],
)
def test_doubling_a_stated_level_is_a_target_of_twice_that_level(text, language, level, aim):
    kpis, claims = read(text, language)
    assert [c.value_usd for c in claims] == [pytest.approx(level)]  # the level is a fact
    (target,) = kpis
    assert target.value_usd == pytest.approx(aim)
    assert target.metric == "trade_total"
    assert target.year != 2024 and target.year != 2023  # the level's year is not the year aimed at


@pytest.mark.parametrize(
    "text, language, aim",
    [
        (
            "Russia and the UAE traded goods worth $11.5 billion last year. The two leaders hope trade will double "
            "within five years.",
            "en",
            23e9,
        ),
        (
            "Товарооборот между Россией и ОАЭ составил $11,5 млрд. Стороны выразили надежду, что объем торговли "
            "удвоится за пять лет.",
            "ru",
            23e9,
        ),
        (
            "Les échanges entre le Maroc et la Turquie ont atteint 5 milliards de dollars en 2024. Les deux pays "
            "veulent les doubler d'ici 2030.",
            "fr",
            10e9,
        ),
    ],
)
def test_doubling_the_level_of_the_sentence_before(text, language, aim):
    kpis, _ = read(text, language)
    assert [k.value_usd for k in kpis] == [pytest.approx(aim)]


def test_a_doubling_with_no_level_stays_a_growth_target():
    kpis, _ = read(
        "Ambos países se propusieron duplicar el comercio bilateral entre Argentina y Marruecos para 2030.", "es"
    )
    (target,) = kpis
    assert (target.metric, target.value, target.year) == ("trade_growth", 100.0, 2030)


@pytest.mark.parametrize(
    "text, language, aim",
    [
        (
            "Объем взаимной торговли России и Египта в 2023 году составил 6 млрд долларов. "
            "Стороны договорились нарастить его до 10 млрд долларов.",
            "ru",
            10e9,
        ),
        (
            "Trade between Kenya and Uganda reached $800 million in 2024. The ministers pledged to raise it to "
            "$2 billion by 2030.",
            "en",
            2e9,
        ),
        (
            "Les échanges entre le Sénégal et la Turquie ont atteint 500 millions de dollars en 2024. "
            "Les deux ministres souhaitent les porter à 1 milliard de dollars.",
            "fr",
            1e9,
        ),
    ],
)
def test_an_aim_pointing_back_at_the_figure_is_a_target_of_its_parties(text, language, aim):
    kpis, claims = read(text, language)
    (target,) = kpis
    assert target.value_usd == pytest.approx(aim)
    assert set(target.parties) == set(claims[0].parties) and len(target.parties) == 2


def test_agreeing_is_no_deal():
    """ "договорились" (agreed) is a verb, not a "договор" (treaty): the figure after it is not a deal's worth."""
    kpis, _ = read(
        "Товарооборот России и Египта составил 6 млрд долларов. Стороны договорились довести его до 10 млрд долларов.",
        "ru",
    )
    assert [k.value_usd for k in kpis] == [pytest.approx(10e9)]


@pytest.mark.parametrize(
    "text, parts",
    [
        ("Товарооборот составил $11,5 млрд. Об этом заявил президент.", 2),
        ("Экспорт достиг 300 млн. Импорт сократился.", 2),
        ("Это 1,3 млрд. долларов.", 1),
        ("Он прибыл в г. Москва.", 1),
    ],
)
def test_a_unit_abbreviation_ends_a_sentence_before_a_capital(text, parts):
    assert len(split_sentences(text)) == parts
