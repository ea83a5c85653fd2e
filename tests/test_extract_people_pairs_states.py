"""Two people after one plural title that names both their states, each person with their own state in the order
written (issue 11; cooperation/person_pairs.py): the states after the title ("the Presidents of Kenya and Ghana, X
and Y", "les ministres des Affaires étrangères du Maroc et du Sénégal, X et Y", "министры иностранных дел России и
Египта X и Y") or, in English, before it ("the Kenyan and Ugandan trade ministers, X and Y"); a Russian title in an
oblique case brings the names to the nominative. All sentences are invented."""

from __future__ import annotations

import pytest

from partnerlens.cooperation.gazetteer import find_party_mentions
from partnerlens.cooperation.people import find_people


def people(text: str, language: str) -> dict[str, str | None]:
    """Each person's name with their state."""
    found = find_people(text, find_party_mentions(text, language), language)
    return {p.person.name: p.person.party for p in found}


@pytest.mark.parametrize(
    "language, text, expected",
    [
        (
            "en",
            "The talks were led by the Presidents of Kenya and Ghana, Daniel Kiprono and Kofi Mensah-Bonsu, on Monday.",
            {"Daniel Kiprono": "KEN", "Kofi Mensah-Bonsu": "GHA"},
        ),
        (
            "en",
            "The Ministers of Foreign Affairs of Nigeria and Angola, Musa Danjuma and Paulo Sebastião, met at noon.",
            {"Musa Danjuma": "NGA", "Paulo Sebastião": "AGO"},
        ),
        (
            "en",
            "The Kenyan and Ugandan trade ministers, Joseph Wafula and Peter Okello, opened the fair.",
            {"Joseph Wafula": "KEN", "Peter Okello": "UGA"},
        ),
        (
            "fr",
            "Les ministres des Affaires étrangères du Maroc et du Sénégal, Karim Bennani et Moussa Ndiaye, ont signé.",
            {"Karim Bennani": "MAR", "Moussa Ndiaye": "SEN"},
        ),
        (
            "fr",
            "Les présidents ivoirien et ghanéen, Adama Kouassi et Yaw Boateng, se sont entretenus en tête-à-tête.",
            {"Adama Kouassi": "CIV", "Yaw Boateng": "GHA"},
        ),
        (
            "ru",
            "Переговоры провели министры иностранных дел России и Египта Сергей Волков и Ахмед Салем.",
            {"Сергей Волков": "RUS", "Ахмед Салем": "EGY"},
        ),
        (
            "ru",
            "Встреча президентов Белоруссии и Казахстана Алексея Смирнова и Виктора Орлова прошла в Минске.",
            {"Алексей Смирнов": "BLR", "Виктор Орлов": "KAZ"},
        ),
        (
            "pt",
            "Os ministros das Relações Exteriores de Angola e de Moçambique, Paulo Teixeira e Rui Mendes, assinaram.",
            {"Paulo Teixeira": "AGO", "Rui Mendes": "MOZ"},
        ),
        (
            "es",
            "Los presidentes de Cuba y de Argelia, Andrés Ruiz y Karim Mansour, firmaron la declaración.",
            {"Andrés Ruiz": "CUB", "Karim Mansour": "DZA"},
        ),
        # offices of the language files' plural titles (person_titles_plural): leaders, envoys, heads of diplomacy
        (
            "fr",
            "Les ministres marocain et sénégalais des Affaires étrangères Karim Bennani et Moussa Ndiaye ont signé.",
            {"Karim Bennani": "MAR", "Moussa Ndiaye": "SEN"},
        ),
        (
            "ru",
            "Лидеры Белоруссии и Казахстана Алексей Смирнов и Виктор Орлов обсудили поставки зерна.",
            {"Алексей Смирнов": "BLR", "Виктор Орлов": "KAZ"},
        ),
        (
            "en",
            "The ambassadors of Kenya and Ghana, Joseph Wafula and Kofi Mensah, attended the opening.",
            {"Joseph Wafula": "KEN", "Kofi Mensah": "GHA"},
        ),
        (
            "es",
            "Los cancilleres de Cuba y Argelia, Andrés Ruiz y Karim Mansour, firmaron el memorando.",
            {"Andrés Ruiz": "CUB", "Karim Mansour": "DZA"},
        ),
        (
            "pt",
            "Os embaixadores de Angola e do Brasil, Paulo Teixeira e Rui Mendes, visitaram o porto.",
            {"Paulo Teixeira": "AGO", "Rui Mendes": "BRA"},
        ),
    ],
)
def test_a_plural_title_naming_two_states_gives_each_person_their_state(language, text, expected):
    found = people(text, language)
    assert {name: found.get(name) for name in expected} == expected


@pytest.mark.parametrize(
    "language, text, name",
    [
        # the states are where the people met, not whose they are
        (
            "en",
            "The ministers met in Kenya and Ghana, Daniel Kiprono and Kofi Mensah said on Friday.",
            "Daniel Kiprono",
        ),
        (
            "fr",
            "Les ministres se sont vus au Maroc et au Sénégal, Karim Bennani et Moussa Ndiaye l'ont dit.",
            "Karim Bennani",
        ),
        # no plural title before the states
        ("es", "Con Cuba y Argelia, Andrés Ruiz y Karim Mansour firmaron.", "Andrés Ruiz"),
    ],
)
def test_states_not_named_by_a_plural_title_are_not_the_peoples(language, text, name):
    assert people(text, language).get(name) is None


def test_one_word_names_after_a_plural_title_with_states_are_not_read():
    found = people("Les présidents du Sénégal et du Mali, Ndiaye et Keïta, ont parlé.", "fr")
    assert found.get("Ndiaye") is None and found.get("Keïta") is None


@pytest.mark.parametrize("language", ["en", "fr", "ru", "pt", "es"])
def test_plural_titles_are_read_from_the_language_files(language):
    from partnerlens.cooperation.gazetteer import data_file

    titles = data_file(f"lang/{language}.yaml")["person_titles_plural"]
    assert len(titles) >= 8


def test_a_listed_leader_after_initials_in_a_pair_is_named_in_full_and_in_the_nominative():
    text = (
        "Во время визита в Минск Президента Казахстана Касым-Жомарта Токаева подпишут три соглашения. "
        "Состоится встреча президентов Белоруссии и Казахстана Виктора Орлова и К.Токаева."
    )
    found = people(text, "ru")
    assert found.get("Виктор Орлов") == "BLR"
    assert found.get("Касым-Жомарт Токаев") == "KAZ"  # not "К.Токаев", not the capital's state before the title
    assert "К.Токаев" not in found


@pytest.mark.parametrize(
    "language, text, expected",
    [
        (
            "pt",
            "O memorando foi assinado pelos presidentes das duas instituições, nomeadamente Carlos Tavares e Rui Lemos.",
            {"Carlos Tavares", "Rui Lemos"},
        ),
        (
            "pt",
            "O plano foi assinado pelas ministras da Saúde dos dois países, Ana Ferreira e Marta Gomes.",
            {"Ana Ferreira", "Marta Gomes"},
        ),
        (
            "es",
            "El plan fue firmado por los ministros de Energía de ambos países, a saber Andrés Ruiz y Carlos Vega.",
            {"Andrés Ruiz", "Carlos Vega"},
        ),
        (
            "en",
            "The plan was signed by the Foreign Ministers of both countries, namely John Okafor and Peter Mwale.",
            {"John Okafor", "Peter Mwale"},
        ),
    ],
)
def test_a_word_saying_the_names_come_next_and_feminine_plural_titles(language, text, expected):
    found = people(text, language)
    assert expected <= set(found)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a listed leader's given name after a genitive title is put in the nominative; an indeclinable surname stays
        ("Итоги визита премьер-министра Индии Нарендры Моди в Москву подвели в среду.", "Нарендра Моди"),
        (
            "Во время визита в Киев Президента Беларуси Александра Лукашенко подпишут пять соглашений.",
            "Александр Лукашенко",
        ),
    ],
)
def test_a_listed_leaders_full_name_after_an_oblique_title_is_nominative(text, expected):
    assert expected in people(text, "ru")
