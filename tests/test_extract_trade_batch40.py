"""Trade figures fully right, the classes batch 40 showed (issue 11, seventeenth session): invented sentences.

* a rank reached by overtaking another state is held, not aimed at ("overtook the United States to become", "a
  dépassé … pour devenir", "обогнав …, стала", "ultrapassou …, tornando-se"), and the state overtaken is no side of it;
  "aims to become" still states no rank;
* the second level of "from A to B" keeps A's flow when a qualifier stands before B ("para mais de", "à près de",
  "to nearly");
* "acréscimo" / "decréscimo" are growth nouns in Portuguese.
"""

from __future__ import annotations

from datetime import date

import pytest

from partnerlens.cooperation.extract import extract_text


def claims(text: str, language: str, title: str, published: date | None = None) -> list:
    found = extract_text(text, language=language, title=title, published=published)
    return [p for p in found if p.kind == "claim"]


def one(found: list, value: float):
    matches = [p for p in found if p.value is not None and abs(p.value - value) < 1e-6 * max(1.0, abs(value))]
    assert matches, [(p.value, p.metric, p.parties, p.year) for p in found]
    return matches[0]


OVERTAKING = [
    (
        "In 2021 Vietnam overtook Japan to become South Korea's third largest trading partner.",
        "en",
        "Korea and Vietnam",
    ),
    (
        "En 2021, le Vietnam a dépassé le Japon pour devenir le troisième partenaire commercial de la Corée du Sud.",
        "fr",
        "La Corée et le Vietnam",
    ),
    (
        "В 2021 году Вьетнам, обогнав Японию, смог стать третьим торговым партнёром Южной Кореи.",
        "ru",
        "Корея и Вьетнам",
    ),
    (
        "Em 2021, o Vietname ultrapassou o Japão, tornando-se o terceiro parceiro comercial da Coreia do Sul.",
        "pt",
        "Coreia e Vietname",
    ),
]


@pytest.mark.parametrize(("text", "language", "title"), OVERTAKING)
def test_a_rank_reached_by_overtaking_is_held_and_the_overtaken_is_no_side(text, language, title):
    rank = one([p for p in claims(text, language, title) if p.metric == "rank"], 3)
    assert set(rank.parties) == {"KOR", "VNM"}
    assert rank.year == 2021


@pytest.mark.parametrize(
    ("text", "language", "title"),
    [
        ("Vietnam aims to become South Korea's third largest trading partner.", "en", "Korea and Vietnam"),
        (
            "Le Vietnam veut devenir le troisième partenaire commercial de la Corée du Sud.",
            "fr",
            "La Corée et le Vietnam",
        ),
    ],
)
def test_a_rank_only_aimed_at_is_still_none(text, language, title):
    assert not [p for p in claims(text, language, title) if p.metric == "rank"]


FROM_TO_QUALIFIED = [
    (
        "As vendas do Chile à Índia passaram de 2,1 mil milhões de dólares, em 2015, para mais de 3 mil milhões de "
        "dólares em 2020.",
        "pt",
        "Chile e Índia",
    ),
    (
        "Les exportations du Chili vers l'Inde sont passées de 2,1 milliards de dollars en 2015 à près de 3 milliards "
        "de dollars en 2020.",
        "fr",
        "Le Chili et l'Inde",
    ),
    (
        "Chile's exports to India rose from $2.1 billion in 2015 to nearly $3 billion in 2020.",
        "en",
        "Chile and India",
    ),
]


@pytest.mark.parametrize(("text", "language", "title"), FROM_TO_QUALIFIED)
def test_the_second_level_of_from_to_keeps_the_flow_past_a_qualifier(text, language, title):
    found = claims(text, language, title)
    first, second = one(found, 2.1e9), one(found, 3e9)
    assert first.metric == second.metric == "exports"
    assert second.year == 2020 and second.qualifier is not None
    assert second.parties[0] == "CHL"


def test_acrescimo_is_a_growth_noun():
    text = (
        "O comércio entre o Chile e a Índia atingiu 3,4 mil milhões de dólares em 2020, valor que representa um "
        "acréscimo homólogo de 12%."
    )
    rate = one(claims(text, "pt", "Chile e Índia"), 12)
    assert rate.metric == "growth" and rate.year == 2020
    fall = (
        "O comércio entre o Chile e a Índia ficou em 3,4 mil milhões de dólares em 2020, o que representa um "
        "decréscimo de 5%."
    )
    assert one(claims(fall, "pt", "Chile e Índia"), -5).metric == "growth"
