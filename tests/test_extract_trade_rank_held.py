"""A rank the sentence says is held now (issue 11, fifteenth session, batch 27): "has become" and "continued to be"
state the rank, where "becoming", "aims to become" or "to become" state none; a possessive written with a backtick
("Australia`s") names the ranking party like an apostrophe. Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from partnerlens.cooperation.extract import extract_text

PUBLISHED = date(2025, 6, 1)


def ranks(text: str, language: str):
    found = extract_text(text, language=language, published=PUBLISHED, today=PUBLISHED)
    return [p for p in found if p.kind == "claim" and p.metric == "rank"]


@pytest.mark.parametrize(
    "text, language",
    [
        ("China has become Pakistan’s largest trading partner.", "en"),
        ("Turkey has now become Kenya's second-largest supplier.", "en"),
        ("India continued to be Nepal's largest trading partner.", "en"),
        ("China continued to be the biggest trade partner of Vietnam.", "en"),
        ("La Chine est devenue le premier partenaire commercial du Pakistan.", "fr"),
        ("Китай стал крупнейшим торговым партнером Пакистана.", "ru"),
        ("A China tornou-se o maior parceiro comercial do Paquistão.", "pt"),
        ("China se ha convertido en el principal socio comercial de Pakistán.", "es"),
    ],
)
def test_a_rank_become_or_kept_is_held(text, language):
    (found,) = ranks(text, language)
    assert found.value == 1 or found.value == 2
    assert len(set(found.parties)) == 2


@pytest.mark.parametrize(
    "text",
    [
        "China is becoming Pakistan's largest trading partner.",
        "China aims to become Pakistan's largest trading partner.",
        "China wants to become Pakistan's largest trading partner.",
        "China will be Pakistan's largest trading partner.",
    ],
)
def test_a_rank_to_come_is_none(text):
    assert ranks(text, "en") == []


@pytest.mark.parametrize("mark", ["`", "’", "'"])
def test_a_possessive_with_any_apostrophe_names_the_ranking_party(mark):
    (found,) = ranks(f"China is Australia{mark}s biggest trading partner.", "en")
    assert set(found.parties) == {"CHN", "AUS"} and found.parties[0] == "AUS"
