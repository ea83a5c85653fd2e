"""A dateline's year is the day of the report, not the year of a trade figure (issue 11, trade years, twenty-third
session): a lead that tells a figure with no year of its own gives it none, and a sentence after it takes the year the
lead's figure was told for, not the dateline's. Invented sentences in the five languages."""

from __future__ import annotations

import datetime as dt

import pytest

from partnerlens.cooperation.extract import article_context, extract_text

DAY = dt.date(2023, 3, 4)

NO_YEAR = {
    "en": "NAIROBI, March 4, 2023 (Reuters) - Kenya's exports to Oman reached $5 million.",
    "fr": "RABAT, 4 mars 2023 (MAP) - Les exportations du Maroc vers le Sénégal ont atteint 5 millions de dollars.",
    "ru": "МОСКВА, 4 марта 2023 года. /ТАСС/. Экспорт России в Египет составил 5 млн долларов.",
    "pt": "LUANDA, 4 de março de 2023 (Lusa) - As exportações de Angola para Portugal atingiram 5 milhões de dólares.",
    "es": "LA HABANA, 4 de marzo de 2023 (EFE).- Las exportaciones de Cuba a España alcanzaron 5 millones de dólares.",
}

CARRIED = {
    "en": "Dar es Salaam, 12 June 2022 - In 2021, trade between Tanzania and Oman stood at $302 million. "
    "Tanzania imported goods worth $244 million.",
    "fr": "RABAT, 12 juin 2022 (MAP) - En 2021, les échanges entre le Maroc et le Sénégal ont atteint 302 millions de "
    "dollars. Le Maroc a importé pour 244 millions de dollars.",
    "ru": "МОСКВА, 12 июня 2022 года. /ТАСС/. В 2021 году товарооборот России и Египта составил 302 млн долларов. "
    "Россия импортировала товаров на 244 млн долларов.",
    "pt": "LUANDA, 12 de junho de 2022 (Lusa) - Em 2021, o comércio entre Angola e Portugal atingiu 302 milhões de "
    "dólares. Angola importou bens no valor de 244 milhões de dólares.",
    "es": "LA HABANA, 12 de junio de 2022 (EFE).- En 2021, el comercio entre Cuba y España alcanzó 302 millones de "
    "dólares. Cuba importó bienes por valor de 244 millones de dólares.",
}


def _claims(text: str, language: str, published: dt.date | None) -> list:
    return [p for p in extract_text(text, language=language, published=published) if p.kind == "claim"]


@pytest.mark.parametrize("published", [DAY, None])
@pytest.mark.parametrize("language", sorted(NO_YEAR))
def test_a_figure_of_the_lead_takes_no_year_from_the_dateline(language, published):
    (claim,) = _claims(NO_YEAR[language], language, published)
    assert claim.value_usd == 5e6 and claim.year is None


@pytest.mark.parametrize("language", sorted(CARRIED))
def test_the_year_carried_after_the_lead_is_the_figure_year_not_the_dateline_year(language):
    claims = _claims(CARRIED[language], language, dt.date(2022, 6, 12))
    assert sorted((c.value_usd, c.year) for c in claims) == [(244e6, 2021), (302e6, 2021)]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Dar es Salaam, 12 June 2022 - The two presidents met.", "Dar es Salaam"),
        ("Rio de Janeiro, 3 March 2023 - The two ministers met.", "Rio de Janeiro"),
        ("Port of Spain, 3 March 2023 - The two ministers met.", "Port of Spain"),
    ],
)
def test_a_dateline_place_may_hold_a_lower_case_particle(text, place):
    context = article_context(text, "en", published=None)
    assert context.dateline is not None and context.dateline_end is not None
    assert text[: context.dateline_end].startswith(place)
