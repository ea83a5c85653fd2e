"""The article's sectors (issue 11): an article that reports a bilateral trade figure reports trade cooperation,
whatever word its figure sentence uses for the flow ("échanges", "intercambio", "trocas", "оборот"); a sentence
that names a sector only to exclude it ("hors hydrocarbures", "non-oil", "несырьевой") adds nothing. All sentences
are invented."""

from __future__ import annotations

from datetime import date

import pytest

from partnerlens.cooperation.extract import extract_text


def article_sectors(text: str, language: str) -> set[str]:
    proposals = extract_text(text, language=language, published=date(2024, 5, 20))
    return {s for p in proposals for s in p.sectors}


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "President Ruto paid a state visit to Ghana on 12 May 2024. Kenya's sales to Ghana reached "
            "$450 million in 2023.",
            "en",
        ),
        (
            "Le président ivoirien a effectué une visite officielle au Maroc le 12 mai 2024. Les échanges entre le "
            "Maroc et la Côte d'Ivoire ont atteint 2 milliards de dollars en 2023.",
            "fr",
        ),
        (
            "Президент Казахстана 12 мая 2024 года посетил с государственным визитом Узбекистан. Оборот между "
            "Казахстаном и Узбекистаном в 2023 году составил 4 миллиарда долларов.",
            "ru",
        ),
        (
            "O presidente angolano fez uma visita de Estado a Moçambique a 12 de maio de 2024. As trocas entre "
            "Angola e Moçambique atingiram 300 milhões de dólares em 2023.",
            "pt",
        ),
        (
            "El presidente chileno realizó una visita oficial a Perú el 12 de mayo de 2024. El intercambio entre "
            "Chile y Perú alcanzó 5.000 millones de dólares en 2023.",
            "es",
        ),
    ],
)
def test_an_article_with_a_trade_figure_reports_trade(text, language):
    assert "trade" in article_sectors(text, language)


@pytest.mark.parametrize(
    "text, language",
    [
        ("President Ruto paid a state visit to Ghana on 12 May 2024 to discuss energy cooperation.", "en"),
        ("Le président ivoirien a effectué une visite officielle au Maroc le 12 mai 2024 pour parler d'énergie.", "fr"),
    ],
)
def test_an_article_without_a_figure_gains_no_trade(text, language):
    assert "trade" not in article_sectors(text, language)
