"""A rank told as a place, a position or a line in a ranking (issue 11, sixteenth session): "se place en quatrième
position des clients de", "au 12e rang des partenaires", "en tête des principaux clients", "3ème fournisseurs du"
(a figure ordinal before a plural noun), "на второй строчке среди крупнейших торговых партнёров", "a terceira posição
entre os fornecedores", "el tercer puesto entre los proveedores", "o 12.º destino das exportações do". The rank is
the value, the ranking state first, the flow from the noun (a supplier is the ranking state's imports, a client or a
destination its exports). Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from partnerlens.cooperation.extract import extract_text

PUBLISHED = date(2025, 6, 1)


def ranks(text: str, language: str) -> list:
    found = extract_text(text, language=language, published=PUBLISHED, today=PUBLISHED)
    return [p for p in found if p.kind == "claim" and p.metric == "rank"]


@pytest.mark.parametrize(
    "text, language, value, parties, flow, year",
    [
        # French: a place, a position, a rank, the head of a ranking
        (
            "En 2022, le Ghana se place en troisième position des fournisseurs du Togo.",
            "fr",
            3,
            ["TGO", "GHA"],
            "imports",
            2022,
        ),
        (
            "Le Gabon se classe au 12e rang des partenaires commerciaux du Kenya.",
            "fr",
            12,
            ["KEN", "GAB"],
            "total",
            None,
        ),
        ("Le Gabon occupe le septième rang parmi les pays clients du Kenya.", "fr", 7, ["KEN", "GAB"], "exports", None),
        ("Le Gabon arrive en tête des principaux clients du Kenya.", "fr", 1, ["KEN", "GAB"], "exports", None),
        ("Le rapport classe le Gabon 3ème fournisseurs du Niger en 2021.", "fr", 3, ["NER", "GAB"], "imports", 2021),
        (
            "Le Gabon occupe la deuxième place parmi les fournisseurs du Kenya.",
            "fr",
            2,
            ["KEN", "GAB"],
            "imports",
            None,
        ),
        # Russian: a line or a position among the partners
        (
            "Казахстан оказался на второй строчке среди крупнейших торговых партнеров Египта.",
            "ru",
            2,
            ["EGY", "KAZ"],
            "total",
            None,
        ),
        (
            "В 2022 году Казахстан занял третью позицию среди поставщиков Египта.",
            "ru",
            3,
            ["EGY", "KAZ"],
            "imports",
            2022,
        ),
        # English: the forms already read stay read
        ("Ghana is Kenya's second largest trading partner.", "en", 2, ["KEN", "GHA"], "total", None),
        ("In 2022 Ghana was the fourth largest export destination of Kenya.", "en", 4, ["KEN", "GHA"], "exports", 2022),
        # Portuguese and Spanish: a position among, a destination of the exports of
        ("Angola ocupa a terceira posição entre os fornecedores do Quénia.", "pt", 3, ["KEN", "AGO"], "imports", None),
        ("Em 2022, Angola foi o 12.º destino das exportações do Quénia.", "pt", 12, ["KEN", "AGO"], "exports", 2022),
        ("Chile ocupa el tercer puesto entre los proveedores de Kenia.", "es", 3, ["KEN", "CHL"], "imports", None),
        (
            "En 2022, Chile fue el 12.º destino de las exportaciones de Kenia.",
            "es",
            12,
            ["KEN", "CHL"],
            "exports",
            2022,
        ),
    ],
)
def test_a_rank_told_as_a_place_or_a_position(text, language, value, parties, flow, year):
    (claim,) = ranks(text, language)
    assert (claim.value, claim.unit, claim.parties, claim.flow, claim.year) == (value, "rank", parties, flow, year)


@pytest.mark.parametrize(
    "text, language",
    [
        ("Le Gabon figure parmi les dix premiers rangs du classement mondial du tourisme.", "fr"),
        ("Le Gabon occupe la deuxième place du classement africain de la liberté de la presse.", "fr"),
        ("Казахстан занял второе место в рейтинге инвестиционной привлекательности.", "ru"),
        ("Angola ocupa a terceira posição no ranking de turismo do Quénia.", "pt"),
        ("The Gabon team took third place in the African football championship.", "en"),
    ],
)
def test_a_place_in_a_ranking_of_something_else_is_no_trade_rank(text, language):
    assert ranks(text, language) == []


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "Le Ghana se place en troisième position des fournisseurs du Togo, avec 300 millions de dollars en 2022.",
            "fr",
        ),
        ("Angola ocupa a terceira posição entre os fornecedores do Quénia, com 300 milhões de dólares em 2022.", "pt"),
    ],
)
def test_the_figure_a_place_is_measured_by_takes_its_flow(text, language):
    found = extract_text(text, language=language, published=PUBLISHED, today=PUBLISHED)
    (level,) = [p for p in found if p.kind == "claim" and p.unit == "USD"]
    assert (level.metric, level.year, level.value_usd) == ("imports", 2022, 300_000_000)


@pytest.mark.parametrize(
    "text, language",
    [
        ("India has become the third supplier and the seventh customer of Kenya.", "en"),
        ("L'Inde est devenue le troisième fournisseur et le septième client du Kenya.", "fr"),
        ("Индия стала третьим поставщиком и седьмым покупателем Кении.", "ru"),
        ("A Índia tornou-se o terceiro fornecedor e o sétimo cliente do Quénia.", "pt"),
        ("India se convirtió en el tercer proveedor y el séptimo cliente de Kenia.", "es"),
    ],
)
def test_two_ranks_joined_share_the_ranking_state_named_after_the_second(text, language):
    found = ranks(text, language)
    assert sorted((c.value, c.flow, tuple(c.parties)) for c in found) == [
        (3, "imports", ("KEN", "IND")),
        (7, "exports", ("KEN", "IND")),
    ]


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "China remains not only the fourth largest trading partner of Kenya but also the second largest supplier.",
            "en",
        ),
        (
            "La Chine reste non seulement le quatrième partenaire commercial du Kenya, mais aussi le deuxième fournisseur.",
            "fr",
        ),
        (
            "Китай остаётся не только четвёртым крупнейшим торговым партнёром Кении, но и вторым важнейшим поставщиком.",
            "ru",
        ),
    ],
)
def test_a_second_rank_joined_after_the_ranking_state_shares_it(text, language):
    found = ranks(text, language)
    assert sorted((c.value, c.flow, tuple(c.parties)) for c in found) == [
        (2, "imports", ("KEN", "CHN")),
        (4, "total", ("KEN", "CHN")),
    ]


def test_a_second_rank_with_a_state_of_its_own_is_not_joined():
    text = "La Chine est le premier fournisseur de l'Algérie et la France le deuxième fournisseur."
    assert [(c.value, c.parties) for c in ranks(text, "fr")] == [(1, ["DZA", "CHN"])]
