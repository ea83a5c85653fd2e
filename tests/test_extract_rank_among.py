"""Ranks told as a place among the main partners ("the fifth among the main trading partners", "le cinquième parmi
les principaux partenaires", "пятым среди основных торговых партнеров") or with "principal" after the noun ("le
partenaire économique principal", "el socio económico principal"); a French "last year" that qualifies the trade
noun ("le commerce mutuel de l'année dernière") dates the figure; an outlet's name that holds a state's ("l'Agence
France-Presse", "Jeune Afrique") names no side (issue 11, twenty-fifth session). Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from partnerlens.cooperation.extract import extract_text

PUBLISHED = date(2020, 5, 4)


def claims(text: str, language: str):
    return [p for p in extract_text(text, language=language, published=PUBLISHED, today=PUBLISHED) if p.kind == "claim"]


@pytest.mark.parametrize(
    "text, language",
    [
        ("The data showed the United Arab Emirates as the fifth among the main trading partners of Mozambique.", "en"),
        ("Les Émirats arabes unis sont le cinquième parmi les principaux partenaires commerciaux du Mozambique.", "fr"),
        ("ОАЭ стали пятыми среди основных торговых партнеров Мозамбика.", "ru"),
        (
            "Os dados apontavam os Emirados Árabes Unidos como o quinto entre os principais parceiros comerciais de Moçambique.",
            "pt",
        ),
        (
            "Los datos señalaban a los Emiratos Árabes Unidos como el quinto entre los principales socios comerciales de Mozambique.",
            "es",
        ),
    ],
)
def test_a_place_among_the_main_partners_is_a_rank(text: str, language: str) -> None:
    ranks = [c for c in claims(text, language) if c.metric == "rank"]
    assert [(c.value, sorted(c.parties)) for c in ranks] == [(5.0, ["ARE", "MOZ"])]


@pytest.mark.parametrize(
    "text, language",
    [
        ("Kazakhstan is the main economic partner of France in Central Asia.", "en"),
        ("Le Kazakhstan est le partenaire économique principal de la France en Asie centrale.", "fr"),
        ("Казахстан является главным экономическим партнером Франции в Центральной Азии.", "ru"),
        ("O Cazaquistão é o parceiro económico principal da França na Ásia Central.", "pt"),
        ("Kazajistán es el socio económico principal de Francia en Asia Central.", "es"),
    ],
)
def test_principal_after_the_partner_is_the_first_rank(text: str, language: str) -> None:
    ranks = [c for c in claims(text, language) if c.metric == "rank"]
    assert [(c.value, sorted(c.parties)) for c in ranks] == [(1.0, ["FRA", "KAZ"])]


@pytest.mark.parametrize(
    "text, language",
    [
        ("Macron est au Kazakhstan. Le commerce mutuel de l'année dernière a atteint 4 milliards de dollars.", "fr"),
        (
            "Macron est au Kazakhstan. Les exportations de l'an dernier vers la France ont atteint 4 milliards de dollars.",
            "fr",
        ),
        ("Macron is in Kazakhstan. Last year's trade between the two countries reached 4 billion dollars.", "en"),
        ("Макрон находится в Казахстане. Товарооборот прошлого года достиг 4 млрд долларов.", "ru"),
        ("Macron está no Cazaquistão. O comércio bilateral do ano passado atingiu 4 mil milhões de dólares.", "pt"),
        ("Macron está en Kazajistán. El comercio bilateral del año pasado alcanzó 4.000 millones de dólares.", "es"),
    ],
)
def test_last_year_qualifying_the_trade_noun_dates_the_figure(text: str, language: str) -> None:
    money = [c for c in claims(text, language) if c.unit not in ("rank", "percent")]
    assert [(c.value, c.year) for c in money] == [(4e9, 2019)]


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "Le président sud-coréen a rappelé, dans une interview à l'Agence France-Presse, que le commerce entre la "
            "Corée du Sud et l'Afrique ne représentait que 1,9 % du total.",
            "fr",
        ),
        (
            "South Korea's president told Agence France-Presse that trade between South Korea and Africa was only 1.9% "
            "of the total.",
            "en",
        ),
        (
            "Президент Южной Кореи в интервью «Россия 24» напомнил, что торговля Южной Кореи с Африкой составляет лишь "
            "1,9% от общего объема.",
            "ru",
        ),
        (
            "O presidente sul-coreano disse à Voice of America que o comércio entre a Coreia do Sul e a África "
            "representava só 1,9% do total.",
            "pt",
        ),
        (
            "El presidente surcoreano dijo a France 24 que el comercio entre Corea del Sur y África representaba solo "
            "el 1,9% del total.",
            "es",
        ),
    ],
)
def test_an_outlets_name_names_no_side(text: str, language: str) -> None:
    (share,) = [c for c in claims(text, language) if c.unit == "percent"]
    assert sorted(share.parties) == ["KOR", "africa"]


def test_an_outlet_names_no_party_of_the_article() -> None:
    found = extract_text("Selon Jeune Afrique, le Maroc et le Sénégal ont signé cinq accords.", language="fr")
    assert found and all("africa" not in p.parties for p in found)
