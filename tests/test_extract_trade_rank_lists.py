"""A rank told as a place among a possessor's partners or on a list of them (issue 11, twenty-first session): "ranks
third among Kenya's suppliers", "occupies third place among the United States' export markets", "на третьем месте в
списке торговых партнёров", "la troisième place sur la liste des fournisseurs du", "o terceiro lugar na lista dos
parceiros comerciais do", "el segundo puesto en la lista de los proveedores de". The ranking state is the possessor
or the one after the list; a place among a list of something else stays no trade rank. Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from partnerlens.cooperation.extract import extract_text

PUBLISHED = date(2025, 6, 1)


def ranks(text: str, language: str) -> list:
    found = extract_text(text, language=language, published=PUBLISHED, today=PUBLISHED)
    return [p for p in found if p.kind == "claim" and p.metric == "rank"]


@pytest.mark.parametrize(
    "text, language, value, parties, flow",
    [
        ("Gabon ranks third among Kenya's suppliers.", "en", 3, ["KEN", "GAB"], "imports"),
        ("Gabon occupies 12th place among Kenya's main trading partners.", "en", 12, ["KEN", "GAB"], "total"),
        ("Gabon came second among the United States' export markets.", "en", 2, ["USA", "GAB"], "exports"),
        ("Габон находится на третьем месте в списке торговых партнеров Кении.", "ru", 3, ["KEN", "GAB"], "total"),
        ("Габон занял второе место в рейтинге крупнейших поставщиков Кении.", "ru", 2, ["KEN", "GAB"], "imports"),
        (
            "Le Gabon occupe la troisième place sur la liste des fournisseurs du Kenya.",
            "fr",
            3,
            ["KEN", "GAB"],
            "imports",
        ),
        (
            "O Gabão ocupa o terceiro lugar na lista dos parceiros comerciais do Quénia.",
            "pt",
            3,
            ["KEN", "GAB"],
            "total",
        ),
        ("Gabón ocupa el segundo puesto en la lista de los proveedores de Kenia.", "es", 2, ["KEN", "GAB"], "imports"),
    ],
)
def test_a_place_among_a_possessors_partners_or_on_their_list_is_a_rank(text, language, value, parties, flow):
    (found,) = ranks(text, language)
    assert (found.value, found.parties, found.flow) == (value, parties, flow)


@pytest.mark.parametrize(
    "text, language",
    [
        ("Gabon ranks third among Kenya's tourist destinations.", "en"),
        ("Габон занял второе место в рейтинге инвестиционной привлекательности Кении.", "ru"),
        ("Gabón ocupa el segundo puesto en la lista de los destinos turísticos de Kenia.", "es"),
    ],
)
def test_a_place_on_a_list_of_something_else_is_no_trade_rank(text, language):
    assert ranks(text, language) == []
