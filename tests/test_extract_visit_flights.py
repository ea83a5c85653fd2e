"""A flight to a state and a tour's stops are visits (issue 11, events' recall, sixteenth session).

"flew to Nairobi", "will fly to Kenya", "s'est envolé lundi pour Nairobi", "вылетел в Кению" tell a visit with its
host; so do a tour's stops told as "étapes" ("trois étapes : le Kenya, l'Ouganda et la Somalie", "a fait étape au
Kenya"). Guards: an airline's routes are no visit, and "une nouvelle étape en matière de coopération" (a stage) is
none either. Invented sentences in English, French and Russian.
"""

from __future__ import annotations

import pytest

from partnerlens.cooperation.extract import extract_text


def visits(text: str, language: str) -> list[tuple[str, tuple[str, ...]]]:
    return [
        (p.status or "", tuple(p.parties))
        for p in extract_text(text, language=language)
        if p.kind == "event" and p.type in ("visit", "state_visit", "official_visit", "working_visit")
    ]


@pytest.mark.parametrize(
    ("language", "text", "status", "host"),
    [
        (
            "en",
            "ANKARA — Turkish President Erdogan flew to Nairobi on Monday for talks with President Ruto.",
            "held",
            "KEN",
        ),
        ("en", "ANKARA — Turkish President Erdogan will fly to Kenya on Monday.", "planned", "KEN"),
        (
            "fr",
            "ANKARA — Le président turc Erdogan s'est envolé lundi pour Nairobi, où il doit s'entretenir avec le "
            "président kényan Ruto.",
            "held",
            "KEN",
        ),
        ("ru", "АНКАРА — Президент Турции Эрдоган в понедельник вылетел в Кению.", "held", "KEN"),
    ],
)
def test_a_flight_to_a_state_is_a_visit(language, text, status, host):
    found = visits(text, language)
    assert any(s == status and "TUR" in parties and host in parties for s, parties in found), found


@pytest.mark.parametrize(
    ("language", "text", "hosts"),
    [
        (
            "fr",
            "ANKARA — La tournée africaine du président turc Erdogan comptera trois étapes : le Kenya, l'Ouganda et la "
            "Somalie.",
            {"KEN", "UGA", "SOM"},
        ),
        (
            "fr",
            "ANKARA — Le président turc Erdogan a fait étape au Kenya mardi, avant de rejoindre l'Ouganda.",
            {"KEN"},
        ),
        (
            "en",
            "ANKARA — Erdogan's African tour will have three stops: Kenya, Uganda and Somalia.",
            {"KEN", "UGA", "SOM"},
        ),
        (
            "ru",
            "АНКАРА — Африканское турне президента Турции Эрдогана включит три остановки: Кению, Уганду и Сомали.",
            {"KEN", "UGA", "SOM"},
        ),
    ],
)
def test_a_tours_stops_are_visits(language, text, hosts):
    found = visits(text, language)
    assert hosts <= {code for _, parties in found for code in parties}, found


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Turkish Airlines flies to 60 African destinations, including Kenya."),
        ("fr", "Le Kenya et la Turquie ont signé cinq accords, une nouvelle étape en matière de coopération."),
    ],
)
def test_routes_and_stages_are_no_visits(language, text):
    assert visits(text, language) == []
