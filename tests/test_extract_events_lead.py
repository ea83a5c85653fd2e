"""A dispatch's lead is dated by its dateline (issue 11), invented dispatches in five languages.

Class: the dateline ends its line or opens the lead ("МИНСК, 11 марта. /БЕЛТА/.⏎", "Luanda, 11 de março de 2025
(Lusa) –⏎", "ACCRA, March 11 (GNA) --"), and the lead sentence after it or with it reports an event as
held with no date of its own: the event is the dateline's day. A later sentence is not the lead, and an event to
come keeps no day.
"""

from __future__ import annotations

from datetime import date

import pytest

from partnerlens.cooperation.extract import extract_text
from partnerlens.cooperation.extract.dateline import find_dateline

TODAY = date(2025, 3, 20)


def events(text: str, language: str) -> list:
    found = extract_text(text, language=language, published=None, today=TODAY)
    return [p for p in found if p.kind == "event"]


@pytest.mark.parametrize(
    "text, language, sides",
    [
        (
            "MOSCOW, March 11 (TASS) --\nThe President of Russia held talks with the President of Ghana.",
            "en",
            {"RUS", "GHA"},
        ),
        (
            "ACCRA, March 11 (GNA) --\nThe Ghanaian foreign minister received the Emirati ambassador.",
            "en",
            {"GHA", "ARE"},
        ),
        (
            "DAKAR, 11 mars 2025 (APS) -\nLe ministre sénégalais des Affaires étrangères a reçu son homologue gambien.",
            "fr",
            {"SEN", "GMB"},
        ),
        (
            "ТАШКЕНТ, 11 марта 2025. /УзА/.\nПрезидент Узбекистана провел переговоры с президентом Монголии.",
            "ru",
            {"UZB", "MNG"},
        ),
        (
            "Maputo, 11 de março de 2025 (Lusa) –\nO Presidente moçambicano recebeu o Presidente do Malawi.",
            "pt",
            {"MOZ", "MWI"},
        ),
        (
            "Santiago, 11 de marzo de 2025 (EFE).-\nEl presidente chileno recibió a su homólogo uruguayo.",
            "es",
            {"CHL", "URY"},
        ),
    ],
)
def test_an_event_the_lead_reports_as_held_is_the_datelines_day(text, language, sides):
    (event,) = events(text, language)
    assert set(event.parties) == sides and event.status == "held"
    assert (event.date, event.date_precision) == (date(2025, 3, 11), "day")


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "ACCRA, March 11 (GNA) --\nThe Ghanaian minister spoke of trade.\n"
            "The Ghanaian foreign minister received the Emirati ambassador.",
            "en",
        ),
        (
            "DAKAR, 11 mars 2025 (APS) -\nLe ministre sénégalais a parlé du commerce.\n"
            "Le ministre sénégalais des Affaires étrangères a reçu son homologue gambien.",
            "fr",
        ),
        (
            "ТАШКЕНТ, 11 марта 2025. /УзА/.\nПрезидент Узбекистана говорил о торговле.\n"
            "Президент Узбекистана провел переговоры с президентом Монголии.",
            "ru",
        ),
    ],
)
def test_an_event_after_the_lead_takes_no_day_from_the_dateline(text, language):
    (event,) = events(text, language)
    assert event.date is None


@pytest.mark.parametrize(
    "text, language",
    [
        ("ACCRA, March 11 (GNA) --\nThe Ghanaian President will visit the United Arab Emirates.", "en"),
        ("DAKAR, 11 mars 2025 (APS) -\nLe président sénégalais se rendra en Gambie.", "fr"),
        ("ТАШКЕНТ, 11 марта 2025. /УзА/.\nПрезидент Узбекистана посетит Монголию.", "ru"),
    ],
)
def test_an_event_to_come_in_the_lead_keeps_no_day(text, language):
    (event,) = events(text, language)
    assert event.status == "planned" and event.date is None


@pytest.mark.parametrize(
    "text, place",
    [
        ("MOSCOW, March 11 (TASS) --\nText.", "MOSCOW"),
        ("Maputo, 11 de março de 2025 (Lusa) –\nTexto.", "Maputo"),
        ("ТАШКЕНТ, 11 марта 2025. /УзА/.\nТекст.", "ТАШКЕНТ"),
    ],
)
def test_a_dateline_knows_where_it_ends(text, place):
    found = find_dateline(text, "en", today=TODAY)
    assert found is not None and found.place == place and found.date == date(2025, 3, 11)
    assert text[found.end :].strip(" .\n") in ("Text", "Texto", "Текст")  # only punctuation before the lead
