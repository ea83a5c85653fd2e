"""Sector classes of the twentieth session (issue 11): "exploration" is the field of what is explored ("oil
exploration" is energy, "mineral exploration" mining); forestry and foodstuffs are agriculture, double taxation
finance, social protection and sanitation public services, in every language; a list of areas after an
organisation word ("la banque, la culture, l'éducation") is no organisation's name. Every sentence here is
invented."""

from __future__ import annotations

from datetime import date

import pytest

from partnerlens.cooperation.extract import extract_text
from partnerlens.cooperation.extract.sectors import sector_mentions

PUBLISHED = date(2025, 9, 17)


def named(text: str, language: str) -> set[str]:
    return set(sector_mentions(text, language, families=True)[0])


def agreement_sectors(text: str, language: str) -> list[list[str]]:
    found = extract_text(text, language=language, published=PUBLISHED, today=PUBLISHED)
    return [p.sectors for p in found if p.kind == "agreement"]


# --- "exploration" takes the field of what is explored ---------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Bolivian firm will take part in oil exploration off the coast.", {"energy"}),
        ("Their talks covered gas exploration in the northern basin.", {"energy"}),
        ("A licence for the exploration of hydrocarbons was granted in May.", {"energy"}),
        ("The venture plans mineral exploration in two provinces.", {"mining"}),
        ("Both agencies cooperate in space exploration.", {"science_space"}),
        ("The ministers discussed exploration and tourism.", {"mining", "tourism"}),
    ],
)
def test_exploration_is_the_field_of_what_is_explored(text: str, expected: set[str]) -> None:
    assert named(text, "en") == expected


# --- forestry and foodstuffs are agriculture; double taxation is finance ------------------------------------


@pytest.mark.parametrize(
    "text, language, expected",
    [
        ("The envoys talked about forestry and timber.", "en", {"agriculture"}),
        ("Exports of foodstuffs to Laos grew.", "en", {"agriculture", "trade"}),
        ("Les deux pays coopéreront dans la foresterie.", "fr", {"agriculture"}),
        ("Le Gabon vend des denrées alimentaires au Congo.", "fr", {"agriculture"}),
        ("Стороны обсудили лесное хозяйство Карелии.", "ru", {"agriculture"}),
        ("Поставки продуктов питания в Лаос возросли.", "ru", {"agriculture"}),
        ("O setor florestal de Moçambique atrai parceiros.", "pt", {"agriculture"}),
        ("Chile y Perú cooperan en el ámbito forestal.", "es", {"agriculture"}),
    ],
)
def test_forestry_and_foodstuffs_are_agriculture(text: str, language: str, expected: set[str]) -> None:
    assert named(text, language) == expected


@pytest.mark.parametrize(
    "text, language",
    [
        ("Laos and Nepal signed an agreement on the avoidance of double taxation.", "en"),
        ("Le Mali et le Niger ont signé une convention de non double imposition.", "fr"),
        ("Лаос и Непал подписали соглашение об избежании двойного налогообложения.", "ru"),
        ("Angola e Cabo Verde assinaram um acordo para evitar a dupla tributação.", "pt"),
        ("Chile y Perú firmaron un convenio para evitar la doble imposición.", "es"),
    ],
)
def test_a_double_taxation_agreement_is_finance(text: str, language: str) -> None:
    assert agreement_sectors(text, language) == [["finance"]]


# --- social protection and sanitation are public services ------------------------------------------------------


@pytest.mark.parametrize(
    "text, language",
    [
        ("Japan funds social protection programmes in Laos.", "en"),
        ("Japan supports rural sanitation in Laos.", "en"),
        ("Le Niger et le Tchad coopéreront en matière de protection sociale.", "fr"),
        ("Стороны обсудили социальную защиту пенсионеров.", "ru"),
        ("Os dois governos falaram de saneamento básico.", "pt"),
        ("Chile y Perú cooperarán en protección social.", "es"),
    ],
)
def test_social_protection_and_sanitation_are_public_services(text: str, language: str) -> None:
    assert named(text, language) == {"public_services"}


# --- a list of areas is no organisation's name -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text, language, expected",
    [
        (
            "Les textes couvrent la santé, la banque, la culture, l'éducation et les mines.",
            "fr",
            {"health", "culture", "education", "mining"},
        ),
        ("Le protocole vise la santé, les banques, la pêche et l'énergie.", "fr", {"agriculture", "energy"}),
        (
            "Los convenios abarcan la salud, los bancos, la cultura y la educación.",
            "es",
            {"health", "culture", "education"},
        ),
    ],
)
def test_a_list_of_areas_after_an_organisation_word_is_read(text: str, language: str, expected: set[str]) -> None:
    assert expected <= named(text, language)


@pytest.mark.parametrize(
    "text, language, absent",
    [
        (
            "La Chambre de commerce, d'industrie et d'agriculture de Lomé soutient la santé.",
            "fr",
            "agriculture",
        ),
        ("La Banque africaine de développement, partenaire du projet, financera la santé.", "fr", "finance"),
    ],
)
def test_an_organisations_name_still_ends_where_it_ends(text: str, language: str, absent: str) -> None:
    assert absent not in named(text, language)
