"""A meeting told inside a visit's frame ("during the visit", "в ходе визита", "the programme of the visit") is an
event of its own beside the visit (issue 11, events found; :mod:`partnerlens.cooperation.extract.visit_frame`).
Invented articles in five languages."""

from __future__ import annotations

from datetime import date

import pytest

from partnerlens.cooperation.extract import extract_text

PUBLISHED = date(2025, 3, 12)
MEETINGS = ("talks", "meeting", "ministerial_meeting")


def events(text: str, language: str) -> list:
    found = extract_text(text, language=language, published=PUBLISHED, today=PUBLISHED)
    return [p for p in found if p.kind == "event"]


LEADS = {
    "en": "The French president will arrive in Cairo on May 5 for a state visit to Egypt. France and Egypt hope to "
    "double their trade. ",
    "fr": "Le président de la France arrivera au Caire le 5 mai pour une visite d'État en Égypte. La France et "
    "l'Égypte veulent doubler leurs échanges. ",
    "ru": "Министр иностранных дел Франции прибудет в Каир с официальным визитом 5 мая. Франция и Египет хотят "
    "удвоить товарооборот. ",
    "pt": "O Presidente de França chegará ao Cairo no dia 5 de maio para uma visita de Estado ao Egito. A França e o "
    "Egito querem duplicar o comércio. ",
    "es": "El presidente de Francia llegará a El Cairo el 5 de mayo para una visita de Estado a Egipto. Francia y "
    "Egipto quieren duplicar su comercio. ",
}

FRAMED = [
    ("During the visit he will hold talks with the Egyptian president.", "en"),
    ("Au cours de la visite, il rencontrera le président égyptien.", "fr"),
    ("Le programme de la visite prévoit des rencontres avec le président égyptien.", "fr"),
    ("В ходе визита запланированы встречи министра с президентом Египта.", "ru"),
    ("O programa da visita prevê encontros com o Presidente egípcio e com o Primeiro-Ministro.", "pt"),
    ("Durante la visita, el presidente se reunirá con el presidente egipcio.", "es"),
]


@pytest.mark.parametrize("sentence, language", FRAMED)
def test_a_meeting_inside_the_visits_frame_is_an_event_of_its_own(sentence: str, language: str) -> None:
    found = events(LEADS[language] + sentence, language)
    visits = [e for e in found if "visit" in e.type]
    meetings = [e for e in found if e.type in MEETINGS and e.evidence.text == sentence]
    assert visits and set(visits[0].parties) == {"FRA", "EGY"}, found
    assert len(meetings) == 1 and set(meetings[0].parties) == {"FRA", "EGY"}, found
    assert meetings[0].status == "planned", found


@pytest.mark.parametrize(
    "sentence, language",
    [
        ("The visit will include talks with the Egyptian president.", "en"),
        ("Визит министра предусматривает встречи с президентом Египта.", "ru"),
    ],
)
def test_talks_of_a_visit_told_as_the_sentences_event_stay_the_visits(sentence: str, language: str) -> None:
    found = events(LEADS[language] + sentence, language)
    assert not [e for e in found if e.type in MEETINGS and e.evidence.text == sentence], found
    framed = sentence.replace("The visit will include", "During the visit he will hold").replace(
        "Визит министра предусматривает встречи", "В ходе визита запланированы встречи министра"
    )
    found = events(LEADS[language] + framed, language)  # the decision flips with the frame
    assert [e for e in found if e.type in MEETINGS and e.evidence.text == framed], found


EARLIER = [
    ("During his last visit, the two countries signed a treaty on fisheries.", "en"),
    ("Lors de sa précédente visite, les deux pays avaient signé un traité sur la pêche.", "fr"),
    ("В ходе прошлого визита стороны подписали договор о рыболовстве.", "ru"),
    ("Na sua recente visita, os dois países assinaram um tratado sobre as pescas.", "pt"),
    ("En su última visita, los dos países firmaron un tratado sobre pesca.", "es"),
]
_NOT_EARLIER = {"en": ("his last visit", "the visit"), "fr": ("sa précédente visite", "cette visite")}


@pytest.mark.parametrize("sentence, language", EARLIER)
def test_a_visit_told_as_an_earlier_occasion_is_another_visit(sentence: str, language: str) -> None:
    found = events(LEADS[language] + sentence, language)
    visits = [e for e in found if "visit" in e.type]
    assert len(visits) == 2, found
    assert [e.status for e in visits if e.evidence.text == sentence] == ["held"], found
    if language in _NOT_EARLIER:  # the decision flips with the word of earlier time
        again = sentence.replace(*_NOT_EARLIER[language])
        assert len([e for e in events(LEADS[language] + again, language) if "visit" in e.type]) == 1


@pytest.mark.parametrize(
    "sentence, language",
    [
        ("He will hold consultations with the Egyptian president in Cairo.", "en"),
        ("No dia seguinte, o Presidente se encontrará, no Cairo, com o presidente do Egito.", "pt"),
    ],
)
def test_talks_words_of_a_visits_programme(sentence: str, language: str) -> None:
    found = events(LEADS[language] + sentence, language)
    assert [e.status for e in found if e.type == "talks" and e.evidence.text == sentence] == ["planned"], found
