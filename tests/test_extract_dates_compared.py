"""A sentence that compares a figure with a year gives its years to the figure (issue 11), invented sentences: "trade
rose in 2016 compared with 2015, the ministry said after the session of the commission" leaves the commission
undated (2015 is the figure's base, 2016 its year), in en, fr, ru, pt and es; a year with no comparison still dates
the event told beside it."""

from __future__ import annotations

import pytest

from partnerlens.cooperation.extract import extract_text

COMPARED = {
    "en": "Trade between Russia and Algeria rose by 20% in 2016 compared with 2015, the ministry said after the eighth "
    "session of the Russian-Algerian intergovernmental commission.",
    "fr": "Les échanges entre la Russie et l'Algérie ont augmenté de 20% en 2016 par rapport à 2015, a indiqué le "
    "ministère à l'issue de la huitième session de la commission mixte algéro-russe.",
    "ru": "Товарооборот между Россией и Алжиром в 2016 году вырос по сравнению с показателем 2015 года на 20%, говорится "
    "в сообщении министерства по итогам восьмого заседания смешанной межправительственной российско-алжирской "
    "комиссии по сотрудничеству.",
    "pt": "O comércio entre a Rússia e a Argélia cresceu 20% em 2016 em comparação com 2015, disse o ministério após a "
    "oitava sessão da comissão intergovernamental russo-argelina.",
    "es": "El comercio entre Rusia y Argelia creció un 20% en 2016 en comparación con 2015, dijo el ministerio tras la "
    "octava sesión de la comisión intergubernamental ruso-argelina.",
}
PLAIN = {
    "en": "The eighth session of the Russian-Algerian intergovernmental commission was held in Algiers in 2015.",
    "fr": "La huitième session de la commission mixte algéro-russe s'est tenue à Alger en 2015.",
    "ru": "Восьмое заседание смешанной межправительственной российско-алжирской комиссии прошло в Алжире в 2015 году.",
}


def commissions(text: str, language: str) -> list:
    found = extract_text(text, language=language, published=None)
    return [p for p in found if p.kind == "event"]


@pytest.mark.parametrize("language", sorted(COMPARED))
def test_years_of_a_compared_figure_date_no_event(language):
    found = commissions(COMPARED[language], language)
    assert found and all(p.date is None for p in found)


@pytest.mark.parametrize("language", sorted(PLAIN))
def test_a_year_with_no_comparison_still_dates_the_event(language):
    found = commissions(PLAIN[language], language)
    assert found and all(p.date is not None and p.date.year == 2015 for p in found)
