"""Consultations between foreign ministries are events (issue 11, ``political_consultations`` in
``data/event_types.yaml``), on invented sentences in English, French, Russian, Portuguese and Spanish: told as
bilateral, diplomatic or foreign-office consultations, or as consultations between the ministries or at the level of
deputy ministers, held or to be held; "Foreign Office" names no state (India's, Pakistan's and Germany's are so
called in English as well as the United Kingdom's)."""

from __future__ import annotations

from datetime import date

import pytest

from partnerlens.cooperation.extract import extract_text

PUBLISHED = date(2024, 3, 5)


def consultations(text: str, language: str) -> list:
    found = extract_text(text, language=language, published=PUBLISHED, today=PUBLISHED)
    return [p for p in found if p.kind == "event" and p.type == "political_consultations"]


@pytest.mark.parametrize(
    "text, language",
    [
        ("The first Foreign Office Consultations between India and Angola were held in Luanda on 3 March 2024.", "en"),
        ("Bilateral consultations between Chile and Angola took place in Luanda on 3 March 2024.", "en"),
        ("Les consultations bilatérales entre le Maroc et le Sénégal se sont tenues le 3 mars 2024 à Rabat.", "fr"),
        (
            "La deuxième Consultation politique bilatérale entre le Maroc et le Sénégal s'est tenue le 3 mars 2024.",
            "fr",
        ),
        ("Консультации между МИД России и Анголы прошли 3 марта 2024 года в Луанде.", "ru"),
        ("Двусторонние консультации России и Анголы прошли 3 марта 2024 года в Луанде.", "ru"),
        ("As consultas bilaterais entre Angola e Portugal decorreram a 3 de março de 2024 em Luanda.", "pt"),
        ("Las consultas bilaterales entre Chile y Angola se celebraron el 3 de marzo de 2024 en Luanda.", "es"),
    ],
)
def test_consultations_held_are_an_event_of_both_sides(text: str, language: str) -> None:
    (found,) = consultations(text, language)
    assert found.status == "held" and found.date == date(2024, 3, 3)
    assert len(found.parties) == 2


@pytest.mark.parametrize(
    "text, language",
    [
        ("The next round of bilateral consultations between India and Angola will be held in New Delhi in May.", "en"),
        ("Les prochaines consultations politiques entre le Maroc et le Sénégal se tiendront en mai à Dakar.", "fr"),
        ("Следующий раунд консультаций на уровне заместителей министров России и Анголы пройдет в мае.", "ru"),
        ("As próximas consultas políticas entre Angola e Portugal vão realizar-se em maio em Lisboa.", "pt"),
        ("Las próximas consultas políticas entre Chile y Angola se celebrarán en mayo en Santiago.", "es"),
    ],
)
def test_consultations_to_come_are_planned(text: str, language: str) -> None:
    (found,) = consultations(text, language)
    assert found.status == "planned"


def test_a_foreign_office_names_no_state() -> None:
    (found,) = consultations(
        "The first Foreign Office Consultations between India and Angola were held in Luanda on 3 March 2024.", "en"
    )
    assert set(found.parties) == {"IND", "AGO"}
