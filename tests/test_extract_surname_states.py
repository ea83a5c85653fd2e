"""A state's name that is the surname of a person the article named in full ("the Portuguese Prime Minister, Luís
Montenegro, …  Montenegro said") is that person, not Montenegro: no party, no side of the agreements told with it
(issue 11, party precision, twenty-fourth session). Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from partnerlens.cooperation.extract import extract_text

TEXTS = {
    "en": "Portuguese Prime Minister Luís Montenegro received Mozambican President Daniel Chapo in Lisbon. Montenegro "
    "said that Portugal and Mozambique will sign twenty agreements.",
    "fr": "Le Premier ministre portugais, Luís Montenegro, a reçu le président mozambicain Daniel Chapo à Lisbonne. "
    "Montenegro a déclaré que le Portugal et le Mozambique signeront vingt accords.",
    "pt": "O primeiro-ministro português, Luís Montenegro, recebeu o Presidente moçambicano, Daniel Chapo, em Lisboa. "
    "Montenegro disse que Portugal e Moçambique vão assinar 20 acordos.",
    "es": "El primer ministro portugués, Luís Montenegro, recibió al presidente mozambiqueño, Daniel Chapo, en Lisboa. "
    "Montenegro dijo que Portugal y Mozambique firmarán 20 acuerdos.",
}


@pytest.mark.parametrize("language", sorted(TEXTS))
def test_the_surname_is_the_person_not_the_state(language):
    found = extract_text(TEXTS[language], language=language, published=dt.date(2025, 6, 3))
    assert found and "MNE" not in {party for p in found for party in p.parties}
    assert any(p.kind == "agreement" and set(p.parties) == {"PRT", "MOZ"} for p in found)


def test_the_state_named_alone_stays_the_state():
    text = "Montenegro and Portugal signed an agreement on tourism in Podgorica."
    found = extract_text(text, language="en", published=dt.date(2025, 6, 3))
    assert any("MNE" in p.parties for p in found)
