"""Ranks told with other nouns and after a scope (issue 11, trade ranks; invented sentences): "the third economic
partner" ("o terceiro parceiro económico", "el tercer socio económico"), "la dixième destination des exportations",
and a second rank of the same ranking state told after the first one's scope and year ("Mexico's second-largest
trading partner in the region in 2020 and 47th trading partner worldwide") share that ranking state."""

from __future__ import annotations

from datetime import date

import pytest

from partnerlens.cooperation.extract import extract_text


def ranks(text: str, language: str) -> list[tuple[float, frozenset[str]]]:
    found = extract_text(text, language=language, published=date(2021, 3, 1))
    return sorted((p.value, frozenset(p.parties)) for p in found if p.kind == "claim" and p.metric == "rank")


@pytest.mark.parametrize(
    "text, language",
    [
        ("Angola é o terceiro parceiro económico da Índia.", "pt"),
        ("Angola é o terceiro parceiro econômico da Índia.", "pt"),
        ("Angola es el tercer socio económico de la India.", "es"),
        ("L'Angola est le troisième partenaire économique de l'Inde.", "fr"),
        ("Angola is India's third economic partner.", "en"),
        ("Ангола является третьим экономическим партнером Индии.", "ru"),
    ],
)
def test_an_economic_partner_has_a_rank(text: str, language: str) -> None:
    assert ranks(text, language) == [(3.0, frozenset({"AGO", "IND"}))]


def test_a_destination_of_exports_has_a_rank() -> None:
    text = "Le Maroc s'est placé comme la dixième destination des exportations portugaises de biens en 2016."
    assert ranks(text, "fr") == [(10.0, frozenset({"PRT", "MAR"}))]


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "The UAE was Mexico's second-largest trading partner in the region in 2020 and 47th trading partner "
            "worldwide.",
            "en",
        ),
        (
            "Les Émirats sont le deuxième partenaire commercial du Mexique dans la région en 2020 et le 47e "
            "partenaire commercial au niveau mondial.",
            "fr",
        ),
        (
            "Los Emiratos son el segundo socio comercial de México en la región en 2020 y el 47º socio comercial a "
            "nivel mundial.",
            "es",
        ),
        (
            "Os Emirados são o segundo parceiro comercial do México na região em 2020 e o 47º parceiro comercial a "
            "nível mundial.",
            "pt",
        ),
    ],
)
def test_a_second_rank_after_the_first_ones_scope_shares_its_ranking_state(text: str, language: str) -> None:
    assert ranks(text, language) == [(2.0, frozenset({"MEX", "ARE"})), (47.0, frozenset({"MEX", "ARE"}))]
