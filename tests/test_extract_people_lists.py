"""People in lists and after forms of address (issue 11, people), in invented sentences of several languages.

Classes: a plural title whose portfolios and names are split by semicolons ("os Ministros das Finanças, X; dos
Negócios Estrangeiros, Y"); a plural title of heads of government or diplomacy before two names ("les chefs du
gouvernement des deux pays, X et Y"); a form of address before a name ("cheikh", "Sheikh", "шейх", "xeque",
"jeque"); a counterpart ("su par venezolano, X", "своим коллегой X").
"""

from __future__ import annotations

import pytest

from partnerlens.cooperation.extract.context import build_context


def people(text: str, language: str) -> dict[str, str | None]:
    context = build_context(text, language, None, None, None)
    return {p.person.name: p.person.party for p in context.people}


@pytest.mark.parametrize(
    ("language", "text", "names"),
    [
        (
            "pt",
            "A delegação integrou os Ministros das Finanças, Rui Almeida; dos Negócios Estrangeiros, Carla Sousa "
            "Pinto; da Economia, Tiago Costa Lima; e da Agricultura, Maria do Rosário Gomes.",
            {"Rui Almeida", "Carla Sousa Pinto", "Tiago Costa Lima", "Maria do Rosário Gomes"},
        ),
        (
            "es",
            "La delegación incluyó a los ministros de Economía, Pablo Ruiz; de Relaciones Exteriores, Elena Mora "
            "Díaz; y de Defensa, Jorge Salas.",
            {"Pablo Ruiz", "Elena Mora Díaz", "Jorge Salas"},
        ),
        (
            "fr",
            "La délégation comprenait les ministres des Affaires étrangères, Karim Benali; des Finances, Samir "
            "Haddad; et de l'Énergie, Nadia Cherif.",
            {"Karim Benali", "Samir Haddad", "Nadia Cherif"},
        ),
        (
            "en",
            "The delegation included the ministers of Finance, John Okello; of Trade, Grace Achieng; and of "
            "Energy, Peter Mwangi.",
            {"John Okello", "Grace Achieng", "Peter Mwangi"},
        ),
    ],
)
def test_ministers_listed_with_semicolons(language, text, names):
    assert names <= set(people(text, language))


@pytest.mark.parametrize(
    ("language", "text", "names"),
    [
        (
            "fr",
            "La commission a été présidée par les chefs du gouvernement des deux pays, Karim Mansour et Youssef Alami.",
            {"Karim Mansour", "Youssef Alami"},
        ),
        (
            "pt",
            "A reunião foi presidida pelos chefes da diplomacia dos dois países, Paulo Teixeira e Rui Mendes.",
            {"Paulo Teixeira", "Rui Mendes"},
        ),
        (
            "es",
            "La reunión fue presidida por los jefes de gobierno de ambos países, Andrés Ruiz y Carlos Vega.",
            {"Andrés Ruiz", "Carlos Vega"},
        ),
        (
            "fr",
            "La session était présidée par les co-présidents, Ali Benmoussa et Jean Kouassi.",
            {"Ali Benmoussa", "Jean Kouassi"},
        ),
    ],
)
def test_two_names_after_a_plural_title(language, text, names):
    assert names <= set(people(text, language))


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("fr", "L'émir du Koweït, cheikh Nawaf ben Ahmed Al Sabah, a signé deux accords.", "Nawaf ben Ahmed Al Sabah"),
        ("fr", "Le cheikh Hamad ben Jassim Al Thani a été reçu à Dakar.", "Hamad ben Jassim Al Thani"),
        ("en", "Sheikh Saud bin Rashid Al Mualla received the delegation in the capital.", "Saud bin Rashid Al Mualla"),
        ("pt", "O xeque Hamad bin Khalifa chegou a Luanda para uma visita oficial.", "Hamad bin Khalifa"),
        ("es", "El jeque Hamad bin Khalifa llegó a Caracas en visita oficial.", "Hamad bin Khalifa"),
    ],
)
def test_a_form_of_address_introduces_a_name(language, text, name):
    assert name in people(text, language)


@pytest.mark.parametrize(
    ("language", "text", "name", "party"),
    [
        (
            "es",
            "El presidente turco se reunió en Ankara con su par venezolano, Nicolás Maduro, y firmaron tres acuerdos.",
            "Nicolás Maduro",
            "VEN",
        ),
        ("es", "El canciller ruso se reunió con su par mexicano, Marcelo Ebrard, en Moscú.", "Marcelo Ebrard", "MEX"),
        (
            "ru",
            "Президент Турции провел переговоры со своим венесуэльским коллегой Николасом Мадуро.",
            "Николас Мадуро",
            "VEN",
        ),
    ],
)
def test_a_counterpart_is_a_person_of_the_state_named(language, text, name, party):
    assert people(text, language).get(name) == party


def test_a_pair_of_words_is_no_counterpart():
    assert not people("Firmaron un par de acuerdos con Venezuela.", "es")


# batch 18: a plural title before names each followed by its portfolio in parentheses; a state's name in
# parentheses is no portfolio of a person ("ministers of Kenya (Nairobi)" reads no one)
@pytest.mark.parametrize(
    ("language", "text", "names"),
    [
        (
            "pt",
            "Também participaram os ministros Rui Almeida (Casa Civil), Carla Sousa Pinto (Fazenda) e Tiago Costa "
            "Lima (Planejamento).",
            {"Rui Almeida", "Carla Sousa Pinto", "Tiago Costa Lima"},
        ),
        (
            "en",
            "Also present were ministers Rui Almeida (Civil House), Carla Pinto (Finance) and Tiago Lima (Planning).",
            {"Rui Almeida", "Carla Pinto", "Tiago Lima"},
        ),
        (
            "fr",
            "Étaient aussi présents les ministres Rui Almeida (Maison civile), Carla Pinto (Finances) et Tiago Lima "
            "(Plan).",
            {"Rui Almeida", "Carla Pinto", "Tiago Lima"},
        ),
        (
            "es",
            "También participaron los ministros Rui Almeida (Casa Civil), Carla Pinto (Hacienda) y Tiago Lima "
            "(Planificación).",
            {"Rui Almeida", "Carla Pinto", "Tiago Lima"},
        ),
        (
            "ru",
            "Также присутствовали министры Иван Петров (финансы), Олег Смирнов (энергетика) и Анна Орлова (транспорт).",
            {"Иван Петров", "Олег Смирнов", "Анна Орлова"},
        ),
    ],
)
def test_names_listed_with_their_portfolio_in_parentheses(language: str, text: str, names: set[str]) -> None:
    assert names <= set(people(text, language))
