"""People on invented Russian sentences (issue 11, fifth session): a listed person's given name and surname written
in an oblique case are reported in the nominative, read in the case the surname shows ("министра … Джейхуна
Байрамова" → "Джейхун Байрамов"); a word with no nominative reading is put back in it ("Абдель Фаттахом ас-Сиси" →
"Фаттах"); a name that may already be nominative stays as written. Also: stacked forms of address are no part of a
name ("Son Excellence M. X")."""

from __future__ import annotations

from datetime import date

import pytest

from partnerlens.cooperation.extract import extract_text
from partnerlens.cooperation.person_names import declined_to_nominative

PUBLISHED = date(2025, 3, 10)


def names(text: str, language: str) -> set[str]:
    found = extract_text(text, language=language, published=PUBLISHED, today=PUBLISHED)
    return {person.name for p in found for person in p.people}


@pytest.mark.parametrize(
    "text, name",
    [
        ("Президент Казахстана принял министра иностранных дел Азербайджана Джейхуна Байрамова.", "Джейхун Байрамов"),
        ("Президент России провел переговоры с президентом Египта Абдель Фаттахом ас-Сиси.", "Абдель Фаттах ас-Сиси"),
        ("Владимир Путин встретился с Эммерсоном Мнангагвой в Москве.", "Эммерсон Мнангагва"),
    ],
)
def test_a_listed_person_in_an_oblique_case_is_reported_in_the_nominative(text, name):
    assert name in names(text, "ru")


@pytest.mark.parametrize(
    "words, written, form, expected",
    [
        ("Джейхуна ", "Байрамова", "Байрамов", "Джейхун "),  # genitive, as the surname shows
        ("Сергеем ", "Лавровым", "Лавров", "Сергей "),  # instrumental
        ("Марии ", "Захаровой", "Захарова", "Мария "),  # a woman's genitive
        ("Мария Захарова", "Захарова", "Захарова", "Мария Захарова"),  # already nominative
        ("Абдель Фаттахом", "", "", "Абдель Фаттах"),  # no nominative reading
        ("Paul Kagame", "Kagame", "Kagame", "Paul Kagame"),  # another script: untouched
    ],
)
def test_declined_to_nominative(words, written, form, expected):
    assert declined_to_nominative(words, written, form) == expected


@pytest.mark.parametrize(
    "text, language, name",
    [
        (
            "Son Excellence M. Abdoulaye Diop, ministre malien des Affaires étrangères, a été reçu à Moscou.",
            "fr",
            "Abdoulaye Diop",
        ),
        (
            "Le ministre malien des Affaires étrangères, S.E. M. Abdoulaye Diop, a été reçu par le président russe.",
            "fr",
            "Abdoulaye Diop",
        ),
        ("Foreign Minister H.E. Dr. Naledi Pandor met the Kenyan president.", "en", "Naledi Pandor"),
        ("O ministro angolano, Sua Excelência Dr. Téte António, visitou Moçambique.", "pt", "Téte António"),
        (
            "El canciller peruano, Su Excelencia Sr. Javier González-Olaechea, visitó México.",
            "es",
            "Javier González-Olaechea",
        ),
    ],
)
def test_stacked_forms_of_address_are_no_part_of_a_name(text, language, name):
    assert name in names(text, language)


@pytest.mark.parametrize(
    "text, language, pair",
    [
        (
            "Les Premiers ministres des deux pays, Abdelmalek Sellal et Manuel Valls, ont signé cinq accords entre "
            "l'Algérie et la France.",
            "fr",
            {"Abdelmalek Sellal", "Manuel Valls"},
        ),
        (
            "The foreign ministers of the two countries, Ahmed Kamal Salem and Brian Otieno Wafula, signed two "
            "agreements between Egypt and Kenya.",
            "en",
            {"Ahmed Kamal Salem", "Brian Otieno Wafula"},
        ),
        (
            "Los presidentes de ambos países, Gustavo Petro y Gabriel Boric, firmaron tres acuerdos entre Colombia y "
            "Chile.",
            "es",
            {"Gustavo Petro", "Gabriel Boric"},
        ),
        (
            "Os chanceleres dos dois países, Mauro Vieira e Téte António, assinaram dois acordos entre o Brasil e "
            "Angola.",
            "pt",
            {"Mauro Vieira", "Téte António"},
        ),
        (
            "Министры иностранных дел двух стран Ахмед Салем и Брайан Отиено подписали два соглашения между Египтом "
            "и Кенией.",
            "ru",
            {"Ахмед Салем", "Брайан Отиено"},
        ),
    ],
)
def test_two_people_after_one_plural_title(text, language, pair):
    assert pair <= names(text, language)


@pytest.mark.parametrize(
    "text, language",
    [
        ("The presidents of Kenya and Uganda signed two agreements.", "en"),
        ("Les ministres des Affaires étrangères du Maroc et du Sénégal ont signé deux accords.", "fr"),
    ],
)
def test_a_plural_title_before_states_names_nobody(text, language):
    assert not names(text, language)
