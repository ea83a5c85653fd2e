"""A tour whose sentence names only the states still to visit (issue 11, events found): one planned visit per leg,
by the article's traveller — the side of the article's pair whose capital is not the first capital named
(:mod:`partnerlens.cooperation.extract.tour_legs`). Invented articles in five languages."""

from __future__ import annotations

from datetime import date

import pytest

from partnerlens.cooperation.extract import extract_text

PUBLISHED = date(2025, 3, 12)


def visits(text: str, language: str) -> list[tuple[frozenset, str]]:
    found = extract_text(text, language=language, published=PUBLISHED, today=PUBLISHED)
    return [(frozenset(p.parties), p.status) for p in found if p.kind == "event"]


TOURS = [
    (
        "The Norwegian foreign minister arrived in Nairobi on Monday for a two-day visit to Kenya. Norway and Kenya "
        "agreed to expand cooperation in fisheries. She will continue her tour in Tanzania and Uganda.",
        "en",
        ("NOR", "KEN", "TZA", "UGA"),
    ),
    (
        "Le ministre norvégien des Affaires étrangères est arrivé lundi à Nairobi pour une visite au Kenya. La "
        "Norvège et le Kenya ont convenu d'élargir leur coopération dans la pêche. Il retournera en Afrique en juin "
        "pour une tournée qui le conduira en Tanzanie et en Ouganda.",
        "fr",
        ("NOR", "KEN", "TZA", "UGA"),
    ),
    (
        "Министр иностранных дел Франции в понедельник прибыл в Каир с визитом в Египет. Франция и Египет "
        "договорились расширить сотрудничество в рыболовстве. Затем министр посетит Иорданию и Ливан.",
        "ru",
        ("FRA", "EGY", "JOR", "LBN"),
    ),
    (
        "O ministro norueguês dos Negócios Estrangeiros chegou na segunda-feira a Nairobi para uma visita ao Quénia. "
        "A Noruega e o Quénia acordaram alargar a cooperação nas pescas. Em seguida, o ministro visitará a Tanzânia "
        "e o Uganda.",
        "pt",
        ("NOR", "KEN", "TZA", "UGA"),
    ),
    (
        "El ministro de Exteriores de Francia llegó el lunes a Nairobi para una visita a Kenia. Francia y Kenia "
        "acordaron ampliar la cooperación en pesca. Después, el ministro visitará Tanzania y Uganda.",
        "es",
        ("FRA", "KEN", "TZA", "UGA"),
    ),
]


@pytest.mark.parametrize("text, language, states", TOURS)
def test_each_leg_is_a_planned_visit_of_the_traveller(text: str, language: str, states: tuple) -> None:
    traveller, host, first, second = states
    found = visits(text, language)
    assert (frozenset({traveller, first}), "planned") in found, found
    assert (frozenset({traveller, second}), "planned") in found, found
    assert not any({first, second} <= parties for parties, _ in found), found  # the legs are not one visit
    assert not any(host in parties and {first, second} & parties for parties, _ in found), found


def test_with_no_capital_named_the_traveller_is_not_guessed() -> None:
    text = (
        "The foreign minister arrived on Monday for a two-day visit. Norway and Kenya agreed to expand cooperation "
        "in fisheries, Norway said. She will continue her tour in Tanzania and Uganda."
    )
    found = visits(text, "en")
    assert not any("NOR" in parties and {"TZA", "UGA"} & parties for parties, _ in found), found
    with_capital = text.replace("arrived on Monday", "arrived in Nairobi on Monday")
    found = visits(with_capital, "en")
    assert (frozenset({"NOR", "TZA"}), "planned") in found, found  # the decision flips with the capital


def test_stops_already_passed_are_not_legs_to_come() -> None:
    text = (
        "The Norwegian foreign minister arrived in Nairobi on Monday for a two-day visit to Kenya. Norway and Kenya "
        "agreed to expand cooperation in fisheries. After Ethiopia and Kenya, she will visit Tanzania and then Uganda."
    )
    found = visits(text, "en")
    assert (frozenset({"NOR", "TZA"}), "planned") in found, found
    assert (frozenset({"NOR", "UGA"}), "planned") in found, found
    assert not any("ETH" in parties for parties, _ in found), found


def test_a_visitor_the_sentence_names_is_kept() -> None:
    text = (
        "The Norwegian foreign minister arrived in Nairobi on Monday for a two-day visit to Kenya. Norway and Kenya "
        "agreed to expand cooperation in fisheries. The Ugandan president will visit Tanzania and Rwanda next week."
    )
    found = visits(text, "en")
    assert not any("NOR" in parties and {"TZA", "RWA"} & parties for parties, _ in found), found
