"""Percentages read as growth where they were missed (issue 11, sixteenth session): an infinitive of growth after a
verb of seeing or managing tells a change already seen, not an aim ("a vu ses exportations augmenter de 45 %", "saw
its exports rise by", "удалось нарастить товарооборот на 20%"; ``growth_seen``), while an aim stays one; a sentence
that opens by pointing back at the figure just told ("Il s'agit d'un repli de 8,5 % sur un an", "Речь идёт о",
"Trata-se de", "Se trata de"; ``figure_refs``) takes that figure's parties and year. Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from partnerlens.cooperation.extract import extract_text

PUBLISHED = date(2025, 6, 1)


def claims(text: str, language: str) -> list:
    return [p for p in extract_text(text, language=language, published=PUBLISHED, today=PUBLISHED) if p.kind == "claim"]


def growths(text: str, language: str) -> list:
    return [c for c in claims(text, language) if c.metric == "growth"]


@pytest.mark.parametrize(
    "text, language, value, flow",
    [
        ("In 2023 Ghana saw its exports to Kenya rise by 45%.", "en", 45, "exports"),
        (
            "Le secteur du bois a vu ses exportations du Gabon vers le Kenya augmenter de 45 %, passant de 79 millions"
            " de dollars en 2019 à 177 millions en 2023.",
            "fr",
            45,
            "exports",
        ),
        ("En 2023, le Gabon et le Kenya ont réussi à augmenter leurs échanges de 45 %.", "fr", 45, "total"),
        ("В 2023 году Казахстану и Египту удалось нарастить товарооборот на 45%.", "ru", 45, "total"),
        ("Em 2023, Angola viu as suas exportações para o Quénia aumentar em 45%.", "pt", 45, "exports"),
        ("En 2023, Chile vio sus exportaciones a Kenia aumentar en un 45%.", "es", 45, "exports"),
    ],
)
def test_a_growth_seen_or_managed_is_a_rate_read(text, language, value, flow):
    (growth,) = growths(text, language)
    assert (growth.value, growth.unit, growth.flow, growth.year) == (value, "percent", flow, 2023)
    assert len(growth.parties) == 2


@pytest.mark.parametrize(
    "text, language",
    [
        ("Ghana and Kenya plan to increase trade by 45% by 2030.", "en"),
        ("Le Gabon et le Kenya veulent augmenter leurs échanges de 45 % d'ici 2030.", "fr"),
        ("Казахстан и Египет намерены нарастить товарооборот на 45%.", "ru"),
    ],
)
def test_a_growth_aimed_at_stays_an_aim(text, language):
    assert growths(text, language) == []


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "En 2022, le Gabon et le Kenya ont échangé pour 300 millions de dollars de biens. Il s'agit d'un repli de"
            " 8,5 % sur un an.",
            "fr",
        ),
        (
            "В 2022 году товарооборот Казахстана и Египта составил 300 млн долларов. Речь идёт о снижении на 8,5% за год.",
            "ru",
        ),
        (
            "Em 2022, o comércio entre Angola e o Quénia somou 300 milhões de dólares. Trata-se de uma queda de 8,5%.",
            "pt",
        ),
        (
            "En 2022, el comercio entre Chile y Kenia sumó 300 millones de dólares. Se trata de una caída del 8,5%.",
            "es",
        ),
        (
            "In 2022, trade between Ghana and Kenya reached $300 million. This is a decline of 8.5% on the year before.",
            "en",
        ),
    ],
)
def test_a_rate_pointing_back_at_the_figure_before_takes_its_parties_and_year(text, language):
    (growth,) = growths(text, language)
    (level,) = [c for c in claims(text, language) if c.metric == "total"]
    assert (growth.value, growth.year, growth.parties) == (-8.5, 2022, level.parties)


@pytest.mark.parametrize(
    "text, language, value",
    [
        (
            "En 2022, le Gabon a importé 102 millions de dollars de produits kényans, soit un gain important de 24 points.",
            "fr",
            24,
        ),
        ("In 2022, Ghana's exports to Kenya reached $102 million, a rise of 24 points.", "en", 24),
        ("В 2022 году товарооборот Казахстана и Египта показал рост на 12 пунктов.", "ru", 12),
        ("Em 2022, o comércio entre Angola e o Quénia registou uma alta de 12 pontos.", "pt", 12),
        ("En 2022, el comercio entre Chile y Kenia registró una subida de 12 puntos.", "es", 12),
        # a rate pointing back with a remark between ("Il s'agit, cette fois, d'un gain")
        (
            "En 2022, les échanges entre le Gabon et le Kenya ont atteint 85 milliards de dollars. Il s'agit, cette"
            " fois, d'un gain important de 19 points.",
            "fr",
            19,
        ),
        # a factor with an adjective between ("в рекордные 3,3 раза") is growth of 230 %
        ("В 2022 году экспорт Казахстана в Египет вырос в рекордные 3,3 раза.", "ru", 230),
    ],
)
def test_a_change_in_points_or_a_record_factor_is_growth(text, language, value):
    (growth,) = growths(text, language)
    assert (growth.value, growth.unit, growth.year) == (pytest.approx(value), "percent", 2022)


@pytest.mark.parametrize(
    "text, language",
    [
        ("Le Gabon et le Kenya ont adopté en 2022 un plan de coopération en 24 points.", "fr"),
        ("Ghana and Kenya agreed on a 12-point plan in 2022.", "en"),
        ("La banque centrale du Kenya a relevé son taux de 50 points de base en 2022.", "fr"),
        ("Казахстан и Египет в 2022 году приняли план из 12 пунктов.", "ru"),
    ],
)
def test_points_with_no_change_before_them_are_no_rate(text, language):
    assert growths(text, language) == []
