"""A figure qualified by "more than" is no level of a comparison (issue 11, trade year): the share told after it
in apposition takes the sentence's year, in English, French and Russian (invented sentences)."""

from __future__ import annotations

from datetime import date

import pytest

from partnerlens.cooperation.extract import extract_text


@pytest.mark.parametrize(
    "text, language, year",
    [
        ("Rwanda's coffee generated more than $300 million in 2022, or 25 percent of its total exports.", "en", 2022),
        ("Rwanda's tea brought in less than $90 million in 2021, or 8 percent of total exports.", "en", 2021),
        (
            "Le café rwandais a rapporté plus que 300 millions de dollars en 2022, soit 25 % des exportations totales.",
            "fr",
            2022,
        ),
        ("Кофе принес Руанде более чем 300 млн долларов в 2022 году, или 25% всего экспорта.", "ru", 2022),
    ],
)
def test_a_share_after_a_qualified_level_takes_the_sentence_year(text, language, year):
    found = [p for p in extract_text(text, language=language, published=date(2025, 3, 10)) if p.kind == "claim"]
    shares = [p for p in found if p.metric == "share"]
    assert shares and all(p.year == year for p in shares)
