"""Events put off with no new day (issue 11), invented sentences.

- "The visit, initially planned for 18 January, has been postponed": the event is still to come and the day first
  planned is no longer its day (no date), in English, French, Russian, Spanish and Portuguese; when a new day is
  written after the words ("postponed to 5 May") that day is its date, as before. Talks at which the postponement was
  decided ("lors de cet entretien, ils ont décidé de repousser la visite") took place.
"""

from __future__ import annotations

from datetime import date

import pytest

from partnerlens.cooperation.extract import extract_text

PUBLISHED = date(2025, 1, 10)

PUT_OFF = {
    "en": "The state visit of President Ruto to Ghana, initially planned for 18 January, has been postponed.",
    "fr": "La visite d'Etat du président kényan au Ghana, initialement prévue le 18 janvier, a été reportée.",
    "ru": "Государственный визит президента Кении в Гану, запланированный на 18 января, перенесен.",
    "es": "La visita de Estado del presidente chileno a Ghana, prevista para el 18 de enero, fue aplazada.",
    "pt": "A visita de Estado do Presidente angolano ao Gana, prevista para 18 de janeiro, foi adiada.",
}
MOVED = {
    "en": "The state visit of President Ruto to Ghana, initially planned for 18 January, was postponed to 5 March.",
    "fr": "La visite d'Etat du président kényan au Ghana, prévue le 18 janvier, a été reportée au 5 mars.",
    "ru": "Государственный визит президента Кении в Гану, запланированный на 18 января, перенесен на 5 марта.",
}
DECIDED_AT = {
    "en": "During their meeting in Paris on 9 January, the two presidents decided to postpone the state visit to Ghana.",
    "fr": "Lors de leur entretien à Paris le 9 janvier, les deux présidents ont décidé de repousser la visite au Ghana.",
    "ru": "В ходе встречи в Париже 9 января президенты Кении и Ганы решили отложить государственный визит.",
}


def visits(text: str, language: str) -> list:
    found = extract_text(text, language=language, published=PUBLISHED, today=PUBLISHED)
    return [p for p in found if p.kind == "event" and "visit" in (p.type or "")]


@pytest.mark.parametrize("language", sorted(PUT_OFF))
def test_a_visit_put_off_with_no_new_day_is_planned_and_undated(language):
    (visit,) = visits(PUT_OFF[language], language)
    assert (visit.status, visit.date) == ("planned", None)


@pytest.mark.parametrize("language", sorted(MOVED))
def test_a_visit_put_off_to_a_new_day_takes_it(language):
    (visit,) = visits(MOVED[language], language)
    assert (visit.status, visit.date) == ("planned", date(2025, 3, 5))


@pytest.mark.parametrize("language", sorted(DECIDED_AT))
def test_the_meeting_where_a_postponement_was_decided_took_place(language):
    found = extract_text(DECIDED_AT[language], language=language, published=PUBLISHED, today=PUBLISHED)
    meetings = [p for p in found if p.kind == "event" and "visit" not in (p.type or "")]
    assert meetings and all(p.status == "held" for p in meetings)
