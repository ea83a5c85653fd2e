"""A date right after a participle of founding belongs to what the participle describes (issue 11, batch 18: event
and agreement dates): "los nexos diplomáticos establecidos en junio de 2017" dated the meeting and the signing of its
sentence to June 2017. Such a date ("relations established in June 2017", "relations établies en juin 2017",
"отношения, установленные в июне 2017 года", "relações estabelecidas em junho de 2017") dates neither; a date told
of the event itself still does. Invented sentences in English, French, Russian, Portuguese and Spanish."""

from __future__ import annotations

from datetime import date

import pytest

from partnerlens.cooperation.extract import extract_text

PUBLISHED = date(2018, 12, 5)


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "The presidents of Panama and China held talks to deepen the diplomatic relations established in June "
            "2017 and signed 19 agreements on tourism.",
            "en",
        ),
        (
            "Les présidents du Panama et de la Chine ont tenu une réunion pour renforcer les relations diplomatiques "
            "établies en juin 2017 et ont signé 19 accords sur le tourisme.",
            "fr",
        ),
        (
            "Президенты Панамы и Китая провели переговоры, чтобы укрепить дипломатические отношения, установленные в "
            "июне 2017 года, и подписали 19 соглашений.",
            "ru",
        ),
        (
            "Os presidentes do Panamá e da China realizaram uma reunião para reforçar as relações diplomáticas "
            "estabelecidas em junho de 2017 e assinaram 19 acordos de turismo.",
            "pt",
        ),
        (
            "Los presidentes de Panamá y China sostuvieron una reunión para afianzar los nexos diplomáticos "
            "establecidos en junio de 2017, y firmar 19 acuerdos en materia turística.",
            "es",
        ),
    ],
)
def test_a_founding_date_dates_no_event(text: str, language: str) -> None:
    found = [p for p in extract_text(text, language=language) if p.kind in ("event", "agreement")]
    assert found
    assert all(p.date is None for p in found)


@pytest.mark.parametrize(
    "text, language",
    [
        ("The presidents of Panama and China held talks on 3 December 2018 and signed 19 agreements on tourism.", "en"),
        (
            "Os presidentes do Panamá e da China realizaram uma reunião em 3 de dezembro de 2018 e assinaram 19 "
            "acordos de turismo.",
            "pt",
        ),
    ],
)
def test_the_event_s_own_date_still_dates_it(text: str, language: str) -> None:
    found = [p for p in extract_text(text, language=language, published=PUBLISHED) if p.kind in ("event", "agreement")]
    assert date(2018, 12, 3) in {p.date for p in found}
