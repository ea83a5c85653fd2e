"""People introduced by titles in five languages (issue 11): portfolios written after the title over several parts
and with or without a comma before the name, forms of address ("M.", "Son Excellence", "son Altesse Cheikh"), long
names with particles, lists of ministers sharing one title, the state of a delegation, initials written against the
surname, and what is not a person. All sentences are invented."""

from __future__ import annotations

import pytest

from partnerlens.cooperation.gazetteer import find_party_mentions
from partnerlens.cooperation.people import find_people


def people(text: str, language: str) -> dict[str, tuple[str | None, str | None]]:
    """Each person's name with (role, party)."""
    found = find_people(text, find_party_mentions(text, language), language)
    return {p.person.name: (p.person.role, p.person.party) for p in found}


@pytest.mark.parametrize(
    "text, language, name",
    [
        ("Le ministre des Mines et de l'Énergie Paul Kouassi Bamba a signé le texte.", "fr", "Paul Kouassi Bamba"),
        (
            "Le ministre des Affaires étrangères, de la Coopération et de la Diaspora, M. Amadou Diallo, a parlé.",
            "fr",
            "Amadou Diallo",
        ),
        ("Selon le conseiller du Kremlin Sergueï Lavrine, la visite aura lieu.", "fr", "Sergueï Lavrine"),
        (
            "The Minister of Trade, Industry and Investment, Dr. Samuel Okonkwo, said exports grew.",
            "en",
            "Samuel Okonkwo",
        ),
        (
            "El ministro de Comercio Exterior y la Inversión Extranjera, Rodrigo Salinas, habló.",
            "es",
            "Rodrigo Salinas",
        ),
        (
            "O ministro das Obras Públicas e Habitação, Carlos Mendes da Silva, chegou ontem.",
            "pt",
            "Carlos Mendes da Silva",
        ),
    ],
)
def test_a_portfolio_of_several_parts_ends_where_the_name_begins(text, language, name):
    assert name in people(text, language)


def test_the_portfolio_is_kept_in_the_role():
    found = people("Le ministre délégué à la présidence chargé de la Défense Jean Pierre Ngono a parlé.", "fr")
    assert found["Jean Pierre Ngono"][0] == "ministre délégué à la présidence chargé de la Défense"


@pytest.mark.parametrize(
    "text, language, name, party",
    [
        (
            "L'Emir de l'Etat du Qatar, son Altesse Cheikh Hamad Ben Khalid Al Nuaimi, a appelé.",
            "fr",
            "Hamad Ben Khalid Al Nuaimi",
            "QAT",
        ),
        (
            "Le ministre des Finances du Sénégal Mamadou Lamine Sow a reçu la délégation.",
            "fr",
            "Mamadou Lamine Sow",
            "SEN",
        ),
        ("Заседание провёл глава аграрного ведомства России Иван Петров.", "ru", "Иван Петров", "RUS"),
    ],
)
def test_the_state_named_in_the_portfolio_is_the_persons(text, language, name, party):
    assert people(text, language)[name][1] == party


def test_a_list_of_ministers_shares_the_title_and_the_delegations_state():
    text = (
        "Le chef de l'État turc est venu avec une forte délégation, dont son ministre du Commerce Ahmet Yilmaz et "
        "ses collègues de la Défense Kemal Arslan, de l'Industrie et de la Technologie, Orhan Demir."
    )
    found = people(text, "fr")
    assert {"Ahmet Yilmaz", "Kemal Arslan", "Orhan Demir"} <= set(found)
    assert found["Orhan Demir"] == ("ministre de l'Industrie et de la Technologie", "TUR")
    assert {party for _, party in found.values()} == {"TUR"}


def test_ministers_in_the_leaders_delegation_are_of_the_leaders_state():
    text = (
        "Le président Paul Biya s'est envolé pour Pékin. Le chef de l'Etat est accompagné de plusieurs membres du "
        "gouvernement. Il s'agit du ministre des Relations extérieures Albert Nkoulou Nkoulou, du ministre des "
        "Travaux publics Emmanuel Fouda Ndi."
    )
    found = people(text, "fr")
    assert found["Albert Nkoulou Nkoulou"][1] == "CMR" and found["Emmanuel Fouda Ndi"][1] == "CMR"


@pytest.mark.parametrize(
    "text, language",
    [
        ("Le ministre de la Santé a reçu Jean Dupont à Rabat.", "fr"),  # a clause, not a portfolio
        ("Nasser Bourita, ministre des Affaires étrangères et des Marocains Résidant à l'Étranger, a parlé.", "fr"),
        ("O Presidente de Moçambique chegou esta manhã ao Palácio Presidencial em Luanda.", "pt"),
        ("El presidente de Chile inicia esta Semana Santa una gira.", "es"),
    ],
)
def test_capitalised_words_after_a_clause_are_not_people(text, language):
    assert not {"Jean Dupont", "Résidant", "Palácio Presidencial", "Semana Santa"} & set(people(text, language))


def test_an_apposition_before_the_title_is_the_name():
    found = people("The delegation was led by Ahmed Al Mansoori, Chairman of the Abu Dhabi Chamber of Commerce.", "en")
    assert "Ahmed Al Mansoori" in found and "Abu Dhabi Chamber" not in found


def test_a_military_rank_is_not_part_of_the_name():
    found = people("Le président de la Transition du Mali, le Général d'armée Assimi Goïta, a signé.", "fr")
    assert found == {"Assimi Goïta": ("président de la Transition du Mali", "MLI")} or "Assimi Goïta" in found


def test_initials_written_against_a_listed_surname_are_kept():
    found = people("Кроме того, В.Путин и А.Теббун сделали заявления для СМИ.", "ru")
    assert {"В.Путин", "А.Теббун"} <= set(found)
