"""Envoys and names that open with a function word (issue 11): an ambassador's post may be a state of several words
("em Cabo Verde", "to South Africa", "au Cap-Vert", "в Кабо-Верде", "en Costa Rica"), the envoy being of the state
that sends them; Russian abbreviations of states name them ("КНР", "ФРГ", "АРЕ"); a surname that is also a function
word ("Du", "Le", "La") may open a name of two words after a title; a capital inside a surname ("José de Lima
Massano") is part of the name, not a party; a portfolio may open with "para a", "para la", "pour la". All sentences
are invented."""

from __future__ import annotations

from datetime import date

import pytest

from partnerlens.cooperation.extract import extract_text
from partnerlens.cooperation.gazetteer import find_party_mentions
from partnerlens.cooperation.people import find_people


def people(text: str, language: str) -> dict[str, str | None]:
    return {p.person.name: p.person.party for p in find_people(text, find_party_mentions(text, language), language)}


@pytest.mark.parametrize(
    "text, language, name, party",
    [
        ("O Embaixador da China em Cabo Verde, Du Xiaocong, disse que sim.", "pt", "Du Xiaocong", "CHN"),
        ("O embaixador de Angola na África do Sul, Carlos Fonseca, disse que sim.", "pt", "Carlos Fonseca", "AGO"),
        ("The Chinese Ambassador to Cape Verde, Du Xiaocong, said.", "en", "Du Xiaocong", "CHN"),
        ("China's ambassador to South Africa, Wu Peng, said.", "en", "Wu Peng", "CHN"),
        ("L'ambassadeur de Chine au Cap-Vert, Du Xiaocong, a déclaré.", "fr", "Du Xiaocong", "CHN"),
        ("L'ambassadeur de Russie en Côte d'Ivoire, Alexeï Saltykov, a déclaré.", "fr", "Alexeï Saltykov", "RUS"),
        ("Посол КНР в Кабо-Верде Ду Сяоцун заявил о росте.", "ru", "Ду Сяоцун", "CHN"),
        ("Посол Китая в Южной Африке Ву Пэн заявил о росте.", "ru", "Ву Пэн", "CHN"),
        ("El embajador de China en Costa Rica, Tang Heng, dijo que sí.", "es", "Tang Heng", "CHN"),
    ],
)
def test_an_envoy_posted_to_a_state_of_several_words(text, language, name, party):
    assert people(text, language).get(name) == party


@pytest.mark.parametrize(
    "text, party",
    [
        ("Председатель КНР Си Цзиньпин прибыл в Москву.", "CHN"),
        ("Канцлер ФРГ прибыл в Москву.", "DEU"),
        ("Президент АРЕ прибыл в Москву.", "EGY"),
        ("Президент ИРИ прибыл в Москву.", "IRN"),
        ("Премьер-министр СРВ прибыл в Москву.", "VNM"),
    ],
)
def test_russian_abbreviations_of_states(text, party):
    assert party in {m.party for m in find_party_mentions(text, "ru")}


@pytest.mark.parametrize(
    "text, language, name",
    [
        ("Le ministre des Affaires étrangères, Le Hoai Trung, a signé.", "fr", "Le Hoai Trung"),
        ("The Chinese ambassador, Du Xiaocong, said.", "en", "Du Xiaocong"),
    ],
)
def test_a_surname_that_is_a_function_word_opens_a_name(text, language, name):
    assert name in people(text, language)


def test_a_function_word_before_a_state_is_no_name():
    assert not people("Le président sénégalais, Le Maroc et la Chine ont signé.", "fr")


@pytest.mark.parametrize(
    "text, language, name",
    [
        ("O ministro das Finanças, José de Lima Massano, disse que sim.", "pt", "José de Lima Massano"),
        ("Le ministre des Finances, Jean Paris Ndiaye, a signé.", "fr", "Jean Paris Ndiaye"),
        ("The Minister of Finance, John Nairobi Otieno, said.", "en", "John Nairobi Otieno"),
        ("A secretária de Estado para a Cooperação, Esmeralda Mendonça, assinou.", "pt", "Esmeralda Mendonça"),
        ("La secretaria de Estado para la Cooperación, Ana Pérez, firmó.", "es", "Ana Pérez"),
        ("Le ministre pour la Francophonie, Jean Dupont, a signé.", "fr", "Jean Dupont"),
    ],
)
def test_a_capital_inside_a_name_and_a_portfolio_opening_with_for(text, language, name):
    assert name in people(text, language)


def test_a_capital_inside_a_name_is_no_party():
    from partnerlens.cooperation.extract.context import build_context

    text = "Angola e Moçambique assinaram dois acordos. O ministro das Finanças, José de Lima Massano, falou."
    assert "PER" not in {m.party for m in build_context(text, "pt", None, None, None).mentions}


@pytest.mark.parametrize(
    "text, language, word",
    [
        (
            "O Embaixador Extraordinário e Plenipotenciário da Bielorrússia em Moçambique, Igor Bely, reuniu-se com o "
            "ministro moçambicano da Indústria.",
            "pt",
            "Extraordinário",
        ),
        (
            "L'Ambassadeur Extraordinaire et Plénipotentiaire du Bélarus au Mozambique, Igor Bely, a rencontré le "
            "ministre mozambicain de l'Industrie.",
            "fr",
            "Extraordinaire",
        ),
        (
            "Cuba and Algeria signed an agreement with the Minister of Health, Population and Hospital Reform, "
            "Abdelhak Saihi.",
            "en",
            "Population",
        ),
    ],
)
def test_a_word_of_a_long_title_is_no_person(text: str, language: str, word: str) -> None:
    """An ambassador's "Extraordinary and Plenipotentiary", a portfolio's "Population": title words, not a name."""
    found = extract_text(text, language=language, published=date(2020, 1, 1))
    assert all(person.name != word for proposal in found for person in proposal.people)
