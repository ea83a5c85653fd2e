"""Leaders named bare ("Poutine a reçu Obiang Nguema"), known from the leaders list (`data/people.yaml`): Africa's
heads of state and government and foreign ministers of 2005–2025 and their partners' (twenty-fifth session), each
recognised with the state they speak for, in the languages the press writes them; names left out of the list as
ambiguous (a place, a word, a family name) name no state. Invented sentences."""

from __future__ import annotations

import pytest

from partnerlens.cooperation.gazetteer import find_party_mentions
from partnerlens.cooperation.people import find_people


def people(text: str, language: str) -> dict[str, str | None]:
    return {p.person.name: p.person.party for p in find_people(text, find_party_mentions(text, language), language)}


@pytest.mark.parametrize(
    "text, language, name, party",
    [
        ("Putin received Obiang Nguema in Sochi.", "en", "Obiang Nguema", "GNQ"),
        ("Poutine a reçu Teodoro Obiang Nguema à Sotchi.", "fr", "Teodoro Obiang Nguema", "GNQ"),
        ("Путин принял Обианга Нгему в Сочи.", "ru", "Обианг Нгема", "GNQ"),
        ("Salva Kiir met Abiy Ahmed in Addis Ababa.", "en", "Salva Kiir", "SSD"),
        ("Weah a rencontré Ouattara à Abidjan.", "fr", "George Weah", "LBR"),
        ("O Presidente Lula recebeu Hage Geingob em Brasília.", "pt", "Hage Geingob", "NAM"),
        ("Sánchez se reunió con Mohamed Morsi en El Cairo.", "es", "Mohamed Morsi", "EGY"),
    ],
)
def test_a_listed_leader_named_bare_is_recognised_with_their_state(
    text: str, language: str, name: str, party: str
) -> None:
    found = people(text, language)
    assert found.get(name) == party, found


@pytest.mark.parametrize(
    "text, language, party",
    [
        (
            "Talks were held in Masisi, North Kivu, with Rwanda's envoy.",
            "en",
            "BWA",
        ),  # Masisi: a territory, not Botswana
        ("The Salman Khan film opened in Dubai and Kenya.", "en", "SAU"),  # Salman: a given name
        ("Khaldoon Al Mubarak met Kenya's envoy in Abu Dhabi.", "en", "EGY"),  # Mubarak: part of other names
    ],
)
def test_an_ambiguous_short_form_names_no_state(text: str, language: str, party: str) -> None:
    assert party not in {m.party for m in find_party_mentions(text, language)}
