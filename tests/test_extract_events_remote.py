"""Events told by a verb only, and dates that end an event (issue 11): invented sentences in five languages.

Classes: talks held by telephone or video link ("spoke by phone", "s'est entretenu au téléphone", "побеседовал",
"conversou por telefone", "conversó por teléfono"), talks told by a reflexive plural verb ("se sont entretenus"),
and a date written after "until" ("jusqu'au", "до", "até", "hasta"), which ends a visit under way and is not its day.
"""

from __future__ import annotations

from datetime import date

import pytest

from partnerlens.cooperation.extract import extract_text

PUBLISHED = date(2025, 3, 12)  # a Wednesday


def events(text: str, language: str) -> list:
    found = extract_text(text, language=language, published=PUBLISHED, today=PUBLISHED)
    return [p for p in found if p.kind == "event"]


@pytest.mark.parametrize(
    "text, language, sides, day",
    [
        ("Ghana's President spoke by phone with the Emirati President on Monday.", "en", {"GHA", "ARE"}, 10),
        ("The Ghanaian and Emirati presidents held a videoconference on Tuesday.", "en", {"GHA", "ARE"}, 11),
        (
            "Ghana's foreign minister conferred with his Emirati counterpart in Accra on Monday.",
            "en",
            {"GHA", "ARE"},
            10,
        ),
        (
            "Le président malien s'est entretenu par téléphone avec le président émirati lundi.",
            "fr",
            {"MLI", "ARE"},
            10,
        ),
        ("Les présidents malien et émirati se sont entretenus mardi à Bamako.", "fr", {"MLI", "ARE"}, 11),
        (
            "Le chef de la diplomatie malienne a eu un échange téléphonique avec son homologue émirati lundi.",
            "fr",
            {"MLI", "ARE"},
            10,
        ),
        (
            "Le président malien a tenu une visioconférence avec le président émirati ce mardi.",
            "fr",
            {"MLI", "ARE"},
            11,
        ),
        ("Президент Узбекистана во вторник побеседовал по телефону с президентом ОАЭ.", "ru", {"UZB", "ARE"}, 11),
        (
            "Глава МИД Узбекистана в понедельник провел беседу с министром иностранных дел ОАЭ.",
            "ru",
            {"UZB", "ARE"},
            10,
        ),
        (
            "Президент Узбекистана и президент ОАЭ в понедельник провели переговоры по видеосвязи.",
            "ru",
            {"UZB", "ARE"},
            10,
        ),
        (
            "O Presidente moçambicano conversou por telefone com o Presidente emiradense na segunda-feira.",
            "pt",
            {"MOZ", "ARE"},
            10,
        ),
        (
            "O Presidente moçambicano e o Presidente dos Emirados mantiveram um contacto telefónico na terça-feira.",
            "pt",
            {"MOZ", "ARE"},
            11,
        ),
        (
            "O ministro moçambicano teve uma videoconferência com o seu homólogo dos Emirados na segunda-feira.",
            "pt",
            {"MOZ", "ARE"},
            10,
        ),
        ("El presidente chileno conversó por teléfono con el presidente emiratí el lunes.", "es", {"CHL", "ARE"}, 10),
        (
            "El presidente chileno y el presidente emiratí sostuvieron una videoconferencia el martes.",
            "es",
            {"CHL", "ARE"},
            11,
        ),
        ("El canciller chileno dialogó con su homólogo emiratí este lunes en Santiago.", "es", {"CHL", "ARE"}, 10),
    ],
)
def test_talks_by_telephone_video_or_a_verb_alone_are_events(text, language, sides, day):
    (talks,) = events(text, language)
    assert set(talks.parties) == sides
    assert talks.status == "held"
    assert (talks.date, talks.date_precision) == (date(2025, 3, day), "day")


@pytest.mark.parametrize(
    "text, language",
    [
        ("The Ghanaian president told reporters by phone that exports rose.", "en"),
        ("Le président malien a déclaré à la presse que les exportations avaient augmenté.", "fr"),
        ("Президент Узбекистана в беседе с журналистами сказал, что экспорт вырос.", "ru"),
    ],
)
def test_speaking_to_the_press_is_no_event(text, language):
    assert events(text, language) == []


@pytest.mark.parametrize(
    "text, language",
    [
        ("Ghana's President is on a three-day state visit to the United Arab Emirates until Friday.", "en"),
        ("Le président malien est en visite d'État aux Émirats arabes unis jusqu'au 14 mars.", "fr"),
        ("Президент Узбекистана находится с государственным визитом в ОАЭ до 14 марта.", "ru"),
        ("O Presidente moçambicano está em visita de Estado aos Emirados Árabes Unidos até sexta-feira.", "pt"),
        ("El presidente chileno está de visita de Estado en los Emiratos Árabes Unidos hasta el viernes.", "es"),
    ],
)
def test_a_date_after_until_ends_a_visit_under_way_and_is_not_its_day(text, language):
    (visit,) = events(text, language)
    assert visit.status == "held" and visit.date is None


@pytest.mark.parametrize(
    "text, language",
    [
        ("The Ghana-UAE joint commission session was postponed until 20 March 2025.", "en"),
        ("La session de la commission mixte Mali-Émirats a été reportée au 20 mars 2025.", "fr"),
        ("Заседание узбекско-эмиратской межправительственной комиссии перенесено на 20 марта 2025 года.", "ru"),
    ],
)
def test_a_date_an_event_is_put_off_to_is_still_its_date(text, language):
    (session,) = events(text, language)
    assert session.status == "planned" and session.date == date(2025, 3, 20)
