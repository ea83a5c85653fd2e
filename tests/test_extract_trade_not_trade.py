"""Figures of a trade sentence that are not trade (issue 11, ninth session): invented sentences, five languages.

An amount that modifies the deal noun right after it ("a $250 million line of credit", "a $2 billion loan", "the
$500m trade deal") is the deal's worth; the change of another aggregate told beside trade ("GDP grew by 5%, and
trade rose 10%", "Le PIB a progressé de 6 %", "ВВП вырос на 4%") is no trade growth. Trade told beside them stays.
"""

from __future__ import annotations

from datetime import date

import pytest

from partnerlens.cooperation.extract import extract_text

PUBLISHED = date(2025, 3, 15)


def claims(text: str, language: str, title: str) -> list:
    found = extract_text(text, language=language, published=PUBLISHED, today=PUBLISHED, title=title)
    return [p for p in found if p.kind == "claim"]


@pytest.mark.parametrize(
    "text, language, title",
    [
        ("India extended a $250 million line of credit to Ghana to boost trade.", "en", "Ghana and India"),
        ("Vietnam signed a $2 billion concessional loan with Ghana to expand trade.", "en", "Ghana and Vietnam"),
        ("The two countries closed a $500 million trade deal on Monday.", "en", "Ghana and Vietnam"),
        (
            "Le Gabon a obtenu de la Tunisie un prêt de 100 millions de dollars pour développer le commerce.",
            "fr",
            "Gabon-Tunisie",
        ),
        ("Индия выделила Армении кредитную линию на 250 млн долларов для развития торговли.", "ru", "Армения и Индия"),
        (
            "Uruguay otorgó a Egipto un préstamo de 100 millones de dólares para impulsar el comercio.",
            "es",
            "Uruguay y Egipto",
        ),
    ],
)
def test_the_worth_of_a_loan_or_deal_is_no_trade_figure(text, language, title):
    assert claims(text, language, title) == []


@pytest.mark.parametrize(
    "text, language, title",
    [
        ("Ghana's GDP grew by 5% in 2024, and its trade with Vietnam rose 10%.", "en", "Ghana and Vietnam"),
        ("Le PIB du Gabon a progressé de 5 % en 2024, et ses échanges avec la Tunisie de 10 %.", "fr", "Gabon-Tunisie"),
        ("ВВП Армении вырос на 5% в 2024 году, товарооборот с Индией – на 10%.", "ru", "Армения и Индия"),
        ("El PIB de Uruguay creció un 5% en 2024, y su comercio con Egipto un 10%.", "es", "Uruguay y Egipto"),
        ("O PIB de Moçambique cresceu 5% em 2024, e o comércio com a Índia 10%.", "pt", "Moçambique e Índia"),
    ],
)
def test_the_change_of_another_aggregate_is_no_trade_growth(text, language, title):
    found = claims(text, language, title)
    assert [(p.value, p.metric) for p in found] == [(10.0, "growth")]


@pytest.mark.parametrize(
    "text, language, title",
    [
        ("Trade between Ghana and Vietnam reached $900 million in 2024, a 20% increase.", "en", "Ghana and Vietnam"),
        ("Ghana's exports of cocoa to Vietnam, worth $300 million, rose 20% in 2024.", "en", "Ghana and Vietnam"),
        (
            "Товарооборот Армении и Индии в 2024 году составил 900 млн долларов, увеличившись на 20%.",
            "ru",
            "Армения и Индия",
        ),
    ],
)
def test_trade_told_without_such_words_stays(text, language, title):
    found = claims(text, language, title)
    assert 20.0 in [p.value for p in found if p.metric == "growth"]


@pytest.mark.parametrize(
    "text, language, title",
    [
        (
            "Bilateral trade between Mozambique and India reached $2.4 billion with Indian investments in Mozambique "
            "estimated at $7 billion.",
            "en",
            "Mozambique and India",
        ),
        (
            "Les échanges entre le Mozambique et l'Inde ont atteint 2,4 milliards de dollars avec des investissements "
            "indiens estimés à 7 milliards.",
            "fr",
            "Mozambique-Inde",
        ),
        (
            "As trocas comerciais bilaterais atingiram cerca de 2.4 mil milhões de dólares com os investimentos "
            "indianos em Moçambique estimados em 7 mil milhões.",
            "pt",
            "Moçambique e Índia",
        ),
        (
            "El comercio entre Mozambique y la India alcanzó 2.400 millones de dólares con inversiones indias "
            "estimadas en 7.000 millones.",
            "es",
            "Mozambique y la India",
        ),
        (
            "Товарооборот Мозамбика и Индии достиг 2,4 млрд долларов, вместе с инвестициями Индии оцениваемыми в "
            "7 млрд.",
            "ru",
            "Мозамбик и Индия",
        ),
    ],
)
def test_an_amount_followed_by_with_investments_stays_trade(text, language, title):
    """Batch 26 (pt42): "2.4 mil milhões de dólares com os investimentos" read the investment noun as the figure's
    own; the accompanying preposition opens another phrase."""
    found = claims(text, language, title)
    assert 2_400_000_000 in [p.value for p in found if p.metric == "total"]


# batch 18: the gap between two levels ("$2.8 billion less than in 2022", "cifra menor en $us 2.760 millones a la
# registrada en 2022") is no level of its own; the level it qualifies stays, and "more than $5 billion" (a qualifier
# before the figure) is still a level.
@pytest.mark.parametrize(
    "text, language",
    [
        ("Kenya's exports to China reached $10.9 billion in 2023, $2.8 billion less than in 2022.", "en"),
        ("Kenya's exports to China reached $10.9 billion in 2023, some $2.8 billion more than in 2022.", "en"),
        (
            "Les exportations du Kenya vers la Chine ont atteint 10,9 milliards de dollars en 2023, soit 2,8 milliards "
            "de dollars de moins qu'en 2022.",
            "fr",
        ),
        (
            "Экспорт Кении в Китай составил 10,9 млрд долларов в 2023 году, что на 2,8 млрд долларов меньше, чем в "
            "2022 году.",
            "ru",
        ),
        (
            "As exportações do Quénia para a China atingiram 10,9 mil milhões de dólares em 2023, menos 2,8 mil milhões "
            "de dólares do que em 2022.",
            "pt",
        ),
        (
            "Las exportaciones de Kenia a China alcanzaron $us 10.911 millones en 2023, cifra menor en $us 2.760 "
            "millones a la registrada en 2022.",
            "es",
        ),
        (
            "Las exportaciones de Kenia a China alcanzaron 10.911 millones de dólares en 2023, 2.760 millones de "
            "dólares menos que en 2022.",
            "es",
        ),
    ],
)
def test_the_gap_between_two_levels_is_no_level(text: str, language: str) -> None:
    found = claims(text, language, "Kenya and China")
    assert [round(p.value / 1e9, 2) for p in found] in ([10.9], [10.91])
    assert found[0].year == 2023 and found[0].metric == "exports"


@pytest.mark.parametrize(
    "text, language",
    [
        ("Trade between Kenya and China reached more than $5 billion in 2023.", "en"),
        ("Les échanges entre le Kenya et la Chine ont dépassé plus de 5 milliards de dollars en 2023.", "fr"),
        ("Товарооборот Кении и Китая в 2023 году составил более 5 млрд долларов.", "ru"),
        ("O comércio entre o Quénia e a China somou mais de 5 mil milhões de dólares em 2023.", "pt"),
        ("El comercio entre Kenia y China sumó más de 5.000 millones de dólares en 2023.", "es"),
    ],
)
def test_a_level_qualified_before_stays(text: str, language: str) -> None:
    found = claims(text, language, "Kenya and China")
    assert [p.value for p in found] == [5e9]


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("India's trade with Ghana is over $3 billion and investments worth about $1 billion.", "en", 3e9),
        (
            "India-Ghana bilateral trade has reached $3 billion and Indian investments in Ghana are estimated at "
            "around $1 billion.",
            "en",
            3e9,
        ),
        (
            "Les échanges entre l'Inde et le Ghana ont atteint 3 milliards de dollars et les investissements indiens "
            "1 milliard de dollars.",
            "fr",
            3e9,
        ),
        ("Товарооборот России и Ганы достиг 3 млрд долларов, а инвестиции составили 1 млрд долларов.", "ru", 3e9),
        (
            "O comércio entre Angola e a Índia atingiu 3 mil milhões de dólares e os investimentos 1 mil milhões.",
            "pt",
            3e9,
        ),
    ],
)
def test_a_trade_level_coordinated_with_an_investment_stays(text, language, value):
    """Batch 25: a deal noun after "and" opens a phrase of its own: the amount before it is no deal's worth."""
    found = [p for p in extract_text(text, language=language) if p.kind == "claim"]
    assert [p.value for p in found] == [value], found
