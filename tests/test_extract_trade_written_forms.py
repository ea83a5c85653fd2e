"""How amounts are written (issue 11, ninth session): invented sentences in English, French and Russian.

A figure restated in another currency after its own year ("1,2 milliard d'euros en 2024 (environ 1,3 milliard de
dollars)", "€1.1 billion in 2024 (about $1.2 billion)", "100 млрд рублей в 2024 году (около 1,2 млрд долларов)") is
one figure; the short Russian forms of the dollar and the percent ("1,2 млрд дол.", "на 8 проц.") are read as written
in full.
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
        (
            "Les échanges entre le Gabon et la Tunisie ont atteint 1,1 milliard d'euros en 2024 (environ 1,2 milliard "
            "de dollars).",
            "fr",
            "Gabon-Tunisie",
        ),
        (
            "Trade between Ghana and Vietnam came to €1.1 billion in 2024 (about $1.2 billion).",
            "en",
            "Ghana and Vietnam",
        ),
        (
            "Товарооборот Армении и Индии составил 100 млрд рублей в 2024 году (около 1,2 млрд долларов).",
            "ru",
            "Армения и Индия",
        ),
    ],
)
def test_a_restatement_after_the_figures_year_is_one_figure(text, language, title):
    found = claims(text, language, title)
    assert [(p.value, p.unit, p.year) for p in found] == [(1.2e9, "USD", 2024)]
    assert any("restated" in note for note in found[0].reading.notes)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Товарооборот Армении и Индии в 2024 году составил 1,2 млрд дол.", [(1.2e9, "total")]),
        ("Товарооборот Армении и Индии в 2024 году вырос на 8 проц.", [(8.0, "growth")]),
        (
            "Товарооборот Армении и Индии в 2024 году составил 923 млн дол., увеличившись на 8 проц.",
            [(9.23e8, "total"), (8.0, "growth")],
        ),
    ],
)
def test_short_russian_forms_of_the_dollar_and_the_percent(text, expected):
    found = claims(text, "ru", "Армения и Индия")
    assert [(p.value, p.metric) for p in found] == expected
    assert all(p.year == 2024 for p in found)


def test_a_word_starting_like_the_dollar_is_no_currency():
    found = claims(
        "Товарооборот Армении и Индии в 2024 году вырос, доля Индии — 12 долей из ста.", "ru", "Армения и Индия"
    )
    assert all(p.unit != "USD" for p in found)


@pytest.mark.parametrize(
    "text, language, title",
    [
        (
            "В 2022 году товарооборот Армении и Индии составил 5 млрд долларов, в 2023-м – 6 млрд, в 2024-м – 7 млрд "
            "долларов.",
            "ru",
            "Армения и Индия",
        ),
        (
            "Товарооборот Армении и Индии в 2022 году составил 5 млрд долларов, в 2023-м году – 6 млрд, а в 2024-м – 7 "
            "млрд.",
            "ru",
            "Армения и Индия",
        ),
        (
            "Trade between Ghana and Vietnam was $5 billion in 2022, $6 billion in 2023 and 7 billion in 2024.",
            "en",
            "Ghana and Vietnam",
        ),
        (
            "Les échanges entre le Gabon et la Tunisie ont atteint 5 milliards de dollars en 2022, 6 milliards en 2023 "
            "et 7 milliards en 2024.",
            "fr",
            "Gabon-Tunisie",
        ),
    ],
)
def test_a_series_of_yearly_levels_with_the_currency_written_once(text, language, title):
    """A year with its case ending ("в 2023-м") stands between two levels like a bare year: the level after it is
    told in the currency of the one before."""
    found = claims(text, language, title)
    assert sorted((p.year, p.value, p.unit) for p in found) == [
        (2022, 5e9, "USD"),
        (2023, 6e9, "USD"),
        (2024, 7e9, "USD"),
    ]


@pytest.mark.parametrize(
    "text, language",
    [
        ("Le commerce entre le Sénégal et la Chine a atteint 264,7 milliards F CFA en 2017.", "fr"),
        ("Les échanges entre le Sénégal et la Chine s’établissaient à 1264,7 milliards F CFa en 2017.", "fr"),
        ("Les échanges entre le Mali et le Maroc ont atteint 80 milliards F. CFA en 2017.", "fr"),
        ("Trade between Senegal and China reached 264.7 billion F CFA in 2017.", "en"),
        ("Товарооборот Сенегала и Китая в 2017 году составил 264,7 млрд F CFA.", "ru"),
        ("O comércio entre o Senegal e a China atingiu 264,7 bilhões de F CFA em 2017.", "pt"),
    ],
)
def test_the_spaced_abbreviation_of_the_cfa_franc(text, language):
    """ "F CFA" (any case, with or without a point) is the CFA franc, as "FCFA" is."""
    found = [
        p for p in extract_text(text, language=language, published=PUBLISHED, today=PUBLISHED) if p.kind == "claim"
    ]
    assert [(c.unit, c.year) for c in found] == [("XOF", 2017)]
