"""Events told by the form of a verb, and their dates and status, on invented sentences in English, French and
Russian (and Portuguese and Spanish where the class is theirs):

- a visit told by the verb itself in any tense ("a visité", "visitera", "побывал", "вылетел в", "deverá
  deslocar-se", "s'envolera pour") and a meeting told by a reflexive verb with an adverb inside ("se sont ensuite
  entretenus"), by "a échangé avec" or "a accordé une audience", by an infinitive ("tiene previsto reunirse");
- the month an event is set for after a preposition ("planned for April", "prévue pour avril", "запланирован на
  апрель", "prevista para abril");
- a planned event's month or day written without its year lies ahead of the dispatch ("will attend the summit in
  October", written in March: the coming October), a held one's stays the nearest;
- a future told from a reported past ("said the president would visit", "a annoncé qu'il se rendrait", "anunció que
  visitaría"): planned, and its "would" is no hedge; "pas si longtemps" is no "si" of condition.
"""

from __future__ import annotations

from datetime import date

import pytest

from partnerlens.cooperation.extract import extract_text

PUBLISHED = date(2025, 3, 12)  # a Wednesday


def found(text: str, language: str) -> list:
    return [p for p in extract_text(text, language=language, published=PUBLISHED, today=PUBLISHED) if p.kind == "event"]


def printed(proposal) -> str | None:
    if proposal.date is None:
        return None
    return {"day": proposal.date.isoformat(), "month": proposal.date.isoformat()[:7], "year": str(proposal.date.year)}[
        proposal.date_precision
    ]


VERB_EVENTS = [
    ("en", "The Gabonese foreign minister visited Kazakhstan in February.", "held", {"GAB", "KAZ"}),
    ("fr", "Le ministre gabonais des Affaires étrangères a visité le Kazakhstan en février.", "held", {"GAB", "KAZ"}),
    ("fr", "Le ministre gabonais des Affaires étrangères visitera le Kazakhstan en avril.", "planned", {"GAB", "KAZ"}),
    ("ru", "Министр иностранных дел Габона посетил Казахстан в феврале.", "held", {"GAB", "KAZ"}),
    ("ru", "Премьер-министр Габона побывал в Казахстане в феврале.", "held", {"GAB", "KAZ"}),
    ("ru", "Президент Габона вылетел в Астану.", "held", {"GAB", "KAZ"}),
    ("fr", "Le président gabonais s'envolera pour Astana en avril.", "planned", {"GAB", "KAZ"}),
    ("pt", "O presidente do Gabão deverá deslocar-se a Astana em abril.", "planned", {"GAB", "KAZ"}),
    ("en", "The presidents of Gabon and Kazakhstan met in Astana on Monday.", "held", {"GAB", "KAZ"}),
    (
        "fr",
        "Les présidents gabonais et kazakh se sont ensuite longuement entretenus au palais présidentiel.",
        "held",
        {"GAB", "KAZ"},
    ),
    ("fr", "Le Premier ministre gabonais a échangé avec une délégation d'hommes d'affaires kazakhs.", "held", None),
    ("fr", "Le président du Gabon a accordé une audience au ministre kazakh de l'Énergie.", "held", {"GAB", "KAZ"}),
    ("ru", "Президенты Габона и Казахстана встретились в Астане в понедельник.", "held", {"GAB", "KAZ"}),
    ("es", "El presidente de Gabón tiene previsto reunirse con su homólogo de Kazajistán en abril.", "planned", None),
    ("pt", "O presidente do Gabão vai reunir-se com o homólogo do Cazaquistão em abril.", "planned", None),
]


@pytest.mark.parametrize(("language", "text", "status", "sides"), VERB_EVENTS)
def test_an_event_told_by_its_verb_is_read(language, text, status, sides):
    events = found(text, language)
    assert events, text
    assert events[0].status == status
    if sides is not None:
        assert set(events[0].parties) == sides


SET_FOR = [
    ("en", "A state visit to Astana by the President of Gabon is planned for April."),
    ("fr", "Une visite d'État du président gabonais au Kazakhstan est prévue pour avril."),
    ("ru", "Государственный визит президента Габона в Казахстан запланирован на апрель."),
    ("pt", "Uma visita de Estado do presidente do Gabão ao Cazaquistão está prevista para abril."),
    ("es", "Una visita de Estado del presidente de Gabón a Kazajistán está prevista para abril."),
]


@pytest.mark.parametrize(("language", "text"), SET_FOR)
def test_the_month_an_event_is_set_for(language, text):
    events = found(text, language)
    assert [(e.status, printed(e)) for e in events] == [("planned", "2025-04")]


AHEAD = [
    ("en", "The President of Gabon will attend the Africa-Kazakhstan summit in October.", "2025-10"),
    ("fr", "Le président gabonais participera au sommet Afrique-Kazakhstan en octobre.", "2025-10"),
    ("ru", "Президент Габона примет участие в саммите Казахстан — Африка в октябре.", "2025-10"),
    ("en", "The President of Gabon will visit Kazakhstan on 5 January.", "2026-01-05"),
    ("en", "The President of Gabon attended the Africa-Kazakhstan summit in October.", "2024-10"),
    ("fr", "Le président gabonais a participé au sommet Afrique-Kazakhstan en octobre.", "2024-10"),
    ("ru", "Президент Габона принял участие в саммите Казахстан — Африка в октябре.", "2024-10"),
    ("en", "The President of Gabon will visit Kazakhstan in October 2024, the ministry said.", "2024-10"),
]


@pytest.mark.parametrize(("language", "text", "expected"), AHEAD)
def test_a_planned_events_yearless_date_lies_ahead(language, text, expected):
    events = found(text, language)
    assert events and printed(events[0]) == expected


REPORTED = [
    ("en", "Aliyev said the President of Gabon would pay a state visit to Kazakhstan."),
    ("en", "The ministry announced that the Gabonese president would visit Kazakhstan."),
    ("fr", "Le ministère a annoncé que le président gabonais se rendrait au Kazakhstan."),
    ("fr", "La présidence a indiqué que le chef de l'État gabonais effectuerait une visite officielle au Kazakhstan."),
    ("ru", "МИД сообщил, что президент Габона посетит Казахстан."),
    ("es", "El ministerio anunció que el presidente de Gabón visitaría Kazajistán."),
    ("pt", "O ministério anunciou que o presidente do Gabão visitaria o Cazaquistão."),
]


@pytest.mark.parametrize(("language", "text"), REPORTED)
def test_a_future_told_from_a_reported_past_is_planned(language, text):
    assert {e.status for e in found(text, language)} == {"planned"}


HEDGED = [
    ("en", "If the President of Gabon visits Kazakhstan, trade would grow."),
    ("fr", "Si le président gabonais se rend au Kazakhstan, les échanges pourraient croître."),
    ("ru", "Если президент Габона посетит Казахстан, товарооборот мог бы вырасти."),
]


@pytest.mark.parametrize(("language", "text"), HEDGED)
def test_a_condition_is_still_a_hedge(language, text):
    assert found(text, language) == []


NOT_A_CONDITION = [
    ("en", "Not so long ago, the presidents of Gabon and Kazakhstan met in Astana."),
    ("fr", "Il n'y a pas si longtemps, les présidents gabonais et kazakh se sont rencontrés à Astana."),
    ("ru", "Не так давно президенты Габона и Казахстана встретились в Астане."),
]


@pytest.mark.parametrize(("language", "text"), NOT_A_CONDITION)
def test_so_long_ago_is_no_condition(language, text):
    assert [e.status for e in found(text, language)] == ["held"]
