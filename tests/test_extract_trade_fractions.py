"""Figures written in ways digits-and-scale readers miss (issue 11, sixth session): a share as a fraction ("a fifth
of Kazakhstan's foreign trade", "un tiers des exportations", "пятая часть внешнеторгового оборота"), half of a
scale ("un demi-milliard", "полумиллиарда", "meio bilhão"), "4 с лишним миллиарда" (a little more than 4 billion)
and thousands of percent ("2 mil por cento"). Invented sentences, whole families per language."""

from __future__ import annotations

from datetime import date

import pytest

from partnerlens.cooperation.extract import extract_text
from partnerlens.cooperation.quantities import find_quantities

PUBLISHED = date(2025, 6, 1)


def claims(text: str, language: str):
    return [p for p in extract_text(text, language=language, published=PUBLISHED, today=PUBLISHED) if p.kind == "claim"]


def one(text: str, language: str):
    found = claims(text, language)
    assert len(found) == 1, [(c.value, c.metric, c.year) for c in found]
    return found[0]


@pytest.mark.parametrize(
    "text, language, value, parties",
    [
        ("Trade with Russia accounts for a fifth of Kazakhstan's foreign trade.", "en", 20, {"KAZ", "RUS"}),
        ("Exports to China make up a third of Angola's total exports.", "en", 33.33, {"AGO", "CHN"}),
        ("Kenya's trade with Uganda is about a quarter of its foreign trade.", "en", 25, {"KEN", "UGA"}),
        ("Half of Nigeria's exports go to India.", "en", 50, {"NGA", "IND"}),
        (
            "Les échanges avec la Chine représentent un cinquième du commerce extérieur de l'Algérie.",
            "fr",
            20,
            {"CHN", "DZA"},
        ),
        ("La Chine absorbe près d'un tiers des exportations de l'Angola.", "fr", 33.33, {"CHN", "AGO"}),
        ("La France assure le quart des importations du Sénégal.", "fr", 25, {"FRA", "SEN"}),
        ("L'Inde représente les deux tiers des échanges commerciaux du Kenya.", "fr", 66.67, {"IND", "KEN"}),
        ("На Россию приходится пятая часть внешнеторгового оборота Казахстана.", "ru", 20, {"RUS", "KAZ"}),
        ("Китай обеспечивает треть экспорта Анголы.", "ru", 33.33, {"CHN", "AGO"}),
        ("На Индию приходится почти половина товарооборота Египта.", "ru", 50, {"IND", "EGY"}),
        ("На долю Китая приходится четверть импорта Египта.", "ru", 25, {"CHN", "EGY"}),
        ("A China representa um terço das exportações de Angola.", "pt", 33.33, {"CHN", "AGO"}),
        ("Portugal absorve a quinta parte das exportações de Moçambique.", "pt", 20, {"PRT", "MOZ"}),
        ("China representa la quinta parte del comercio exterior de Perú.", "es", 20, {"CHN", "PER"}),
        ("China concentra la mitad de las exportaciones de Perú.", "es", 50, {"CHN", "PER"}),
    ],
)
def test_a_fraction_of_trade_is_a_share(text, language, value, parties):
    claim = one(text, language)
    assert claim.metric == "share"
    assert claim.value == pytest.approx(value, rel=0.01)
    assert set(claim.parties) == parties
    assert claim.year is None  # the sentence states none


@pytest.mark.parametrize(
    "text, language",
    [
        ("In the first half of the year, trade between Kenya and India reached $2 billion.", "en"),
        (
            "Au premier semestre, la moitié des accords signés entre le Maroc et le Sénégal portaient sur l'énergie.",
            "fr",
        ),
        ("Во второй половине года товарооборот России и Египта составил 3 млрд долларов.", "ru"),
        ("No primeiro semestre, metade do ano, o comércio entre Angola e o Brasil atingiu 1 bilhão de dólares.", "pt"),
        ("En la primera mitad del año el comercio entre Argentina y Chile alcanzó 5.000 millones de dólares.", "es"),
    ],
)
def test_a_half_that_is_a_period_is_no_share(text, language):
    assert all(c.metric != "share" and c.value != 50 for c in claims(text, language))


@pytest.mark.parametrize(
    "text, language, value",
    [
        ("Trade between Kenya and India reached half a billion dollars in 2024.", "en", 5e8),
        ("Les échanges entre le Maroc et le Sénégal ont atteint un demi-milliard de dollars en 2024.", "fr", 5e8),
        ("Les exportations du Maroc vers le Sénégal ont atteint un demi-million de dollars en 2024.", "fr", 5e5),
        ("Товарооборот России и Египта достиг почти полумиллиарда долларов в 2024 году.", "ru", 5e8),
        ("Экспорт России в Египет составил полмиллиарда долларов в 2024 году.", "ru", 5e8),
        ("Импорт Египта из России в 2024 году превысил пол-миллиона долларов.", "ru", 5e5),
        ("O comércio entre Angola e o Brasil atingiu meio bilhão de dólares em 2024.", "pt", 5e8),
        ("El comercio entre Argentina y Chile alcanzó medio millón de dólares en 2024.", "es", 5e5),
    ],
)
def test_half_of_a_scale(text, language, value):
    claim = one(text, language)
    assert claim.value_usd == pytest.approx(value)
    assert claim.year == 2024


@pytest.mark.parametrize(
    "text, value, qualifier",
    [
        ("Товарооборот России и Египта составил 4 с лишним миллиарда долларов.", 4e9, "more than"),
        ("Экспорт России в Египет достиг 2 с небольшим млрд долларов.", 2e9, "more than"),
        ("В прошлом году товарооборот России и Египта увеличился на 12 с лишним процентов.", 12, "more than"),
        ("Trade between Kenya and India grew by a 12-odd percent.", 12, "more than"),
        ("O comércio entre Angola e a China aumentou mais de 2 mil por cento entre 2002 e 2012.", 2000, "more than"),
        ("El comercio entre Argentina y China creció 3 mil por ciento entre 2000 y 2020.", 3000, None),
        ("Товарооборот России и Египта с 2000 по 2020 год вырос на 2 тысячи процентов.", 2000, None),
    ],
)
def test_odd_numbers_and_thousands_of_percent(text, value, qualifier):
    language = (
        "ru"
        if any("а" <= ch <= "я" for ch in text)
        else "pt"
        if "comércio" in text
        else "es"
        if "creció" in text
        else "en"
    )
    claim = one(text, language)
    assert (claim.value_usd if claim.unit == "USD" else claim.value) == pytest.approx(value)
    assert claim.qualifier == qualifier


@pytest.mark.parametrize(
    "text, qualifier",
    [
        ("mais de 300 milhões de dólares", "more than"),
        ("más de 300 millones de dólares", "more than"),
        ("cerca de 300 millones de dólares", "about"),
        ("quase 300 milhões de dólares", "nearly"),
        ("menos de 300 milhões de dólares", "less than"),
    ],
)
def test_portuguese_and_spanish_qualifiers(text, qualifier):
    (money,) = find_quantities(text)
    assert money.qualifier == qualifier


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "Last year, trade between Kazakhstan and Russia reached $28.7 billion, which accounts for a fifth of "
            "Kazakhstan's foreign trade.",
            "en",
        ),
        (
            "L'an dernier, les échanges entre le Maroc et la France ont atteint 10 milliards de dollars, ce qui "
            "représente 20 % du commerce extérieur du Maroc.",
            "fr",
        ),
        (
            "В прошлом году товарооборот России и Казахстана достиг 28,7 млрд долларов, что составляет пятую часть "
            "внешней торговли Казахстана.",
            "ru",
        ),
    ],
)
def test_a_share_in_a_relative_clause_is_of_the_level_s_trade(text, language):
    level, share = claims(text, language)
    assert share.metric == "share" and share.value == 20
    assert set(share.parties) == set(level.parties) and len(level.parties) == 2
