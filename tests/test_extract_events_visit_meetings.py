"""A meeting told in the sentence of its visit is an event of its own (issue 11), invented sentences.

Classes: "arrived on Monday, where he met X on Tuesday" (the meeting in its own clause, with its own day),
"arrived in Accra for a meeting with X" (the meeting as the visit's purpose: still its own event), an arrival with a
day between the verb and the place ("est arrivé lundi à", "llegó el lunes a", "chegou ontem a"), and a meeting told
before the visit ("will meet X during the visit"), which stays as it was.
"""

from __future__ import annotations

from datetime import date

import pytest

from partnerlens.cooperation.extract import extract_text

PUBLISHED = date(2025, 3, 12)  # a Wednesday
MEETINGS = ("talks", "ministerial_meeting", "meeting")


def events(text: str, language: str) -> list:
    found = extract_text(text, language=language, published=PUBLISHED, today=PUBLISHED)
    return [p for p in found if p.kind == "event"]


def split(found: list) -> tuple[list, list]:
    return [p for p in found if p.type in MEETINGS], [p for p in found if p.type not in MEETINGS]


@pytest.mark.parametrize(
    "text, language, sides",
    [
        (
            "Ghana's President arrived in Abu Dhabi on Monday, where he met the Emirati President on Tuesday.",
            "en",
            {"GHA", "ARE"},
        ),
        (
            "Le président malien est arrivé lundi à Abou Dhabi, où il a rencontré mardi le président émirati.",
            "fr",
            {"MLI", "ARE"},
        ),
        (
            "Президент Узбекистана в понедельник прибыл в Абу-Даби, где во вторник провел переговоры с президентом ОАЭ.",
            "ru",
            {"UZB", "ARE"},
        ),
        (
            "O Presidente moçambicano chegou na segunda-feira a Abu Dhabi, onde se encontrou na terça-feira com o Presidente emiradense.",
            "pt",
            {"MOZ", "ARE"},
        ),
        (
            "El presidente chileno llegó el lunes a Abu Dabi, donde se reunió el martes con el presidente emiratí.",
            "es",
            {"CHL", "ARE"},
        ),
    ],
)
def test_a_meeting_in_its_own_clause_after_the_visit_is_an_event_with_its_own_day(text, language, sides):
    meetings, visits = split(events(text, language))
    assert len(meetings) == 1 and len(visits) == 1
    assert set(meetings[0].parties) == sides and set(visits[0].parties) == sides
    assert visits[0].date == date(2025, 3, 10)
    assert meetings[0].date == date(2025, 3, 11)


@pytest.mark.parametrize(
    "text, language",
    [
        ("Ghana's President arrived in Abu Dhabi on Monday for talks with the Emirati President.", "en"),
        ("Le président malien s'est rendu lundi à Abou Dhabi pour des entretiens avec le président émirati.", "fr"),
        ("Президент Узбекистана в понедельник прибыл в Абу-Даби для переговоров с президентом ОАЭ.", "ru"),
    ],
)
def test_a_meeting_that_is_the_visits_purpose_is_also_an_event(text, language):
    meetings, visits = split(events(text, language))
    assert len(meetings) == 1 and len(visits) == 1
    assert meetings[0].date == visits[0].date == date(2025, 3, 10)


@pytest.mark.parametrize(
    "text, language",
    [
        ("Ghana's President arrived yesterday in Abu Dhabi.", "en"),
        ("Le président malien est arrivé hier à Abou Dhabi.", "fr"),
        ("O Presidente moçambicano chegou ontem a Abu Dhabi.", "pt"),
        ("El presidente chileno llegó ayer a Abu Dabi.", "es"),
    ],
)
def test_an_arrival_with_its_day_before_the_place_is_a_visit(text, language):
    (visit,) = events(text, language)
    assert visit.type == "visit" and visit.date == date(2025, 3, 11)


@pytest.mark.parametrize(
    "text, language",
    [
        ("Le président malien est arrivé hier à un accord avec les Émirats arabes unis.", "fr"),
        ("El presidente chileno llegó ayer a un acuerdo con los Emiratos Árabes Unidos.", "es"),
        ("O Presidente moçambicano chegou ontem a um acordo com os Emirados Árabes Unidos.", "pt"),
    ],
)
def test_reaching_an_agreement_is_no_arrival(text, language):
    assert not [p for p in events(text, language) if p.type == "visit"]


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "Ghana's President on Monday received the Emirati foreign minister, who is in Accra on a working visit.",
            "en",
        ),
        (
            "Le président malien a reçu lundi le ministre émirati des Affaires étrangères, en visite de travail à Bamako.",
            "fr",
        ),
        (
            "Президент Узбекистана в понедельник принял министра иностранных дел ОАЭ, находящегося в Ташкенте с рабочим визитом.",
            "ru",
        ),
        (
            "O Presidente moçambicano recebeu na segunda-feira o chanceler emiradense, em visita de trabalho a Maputo.",
            "pt",
        ),
        (
            "El presidente chileno recibió el lunes al canciller emiratí, que realiza una visita de trabajo a Santiago.",
            "es",
        ),
    ],
)
def test_a_reception_told_before_a_named_visit_is_an_event_of_its_own(text, language):
    meetings, visits = split(events(text, language))
    assert len(meetings) == 1 and len(visits) == 1
    assert meetings[0].date == date(2025, 3, 10)
