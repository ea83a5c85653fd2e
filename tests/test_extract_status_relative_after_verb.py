"""A relative clause after the main verb that follows an event's word is the clause of the noun after that verb, not
the event's: "В Москву с четырехдневным визитом прибыла делегация во главе с Лоуренсу, который в четверг
встретится с Путиным" is a visit held (the delegation arrived), whatever its leader will do on Thursday (issue 11,
planned versus held, twenty-fourth session). A relative clause right after the event tells it as to come as before.
Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from partnerlens.cooperation.extract import extract_text

DAY = dt.date(2019, 4, 3)

ARRIVED = {
    "ru": "В Москву с четырехдневным визитом прибыла делегация во главе с ангольским лидером Жоау Лоуренсу, который в "
    "четверг встретится с Владимиром Путиным.",
    "fr": "En visite à Moscou est arrivée une délégation angolaise, qui rencontrera Vladimir Poutine jeudi.",
    "pt": "Em visita a Moscovo chegou uma delegação angolana, que se reunirá na quinta-feira com Vladimir Putin.",
    "es": "En visita a Moscú llegó una delegación angoleña, que se reunirá el jueves con Vladimir Putin.",
}


@pytest.mark.parametrize("language", sorted(ARRIVED))
def test_the_visit_told_with_a_past_verb_is_held(language):
    found = extract_text(ARRIVED[language], language=language, published=DAY)
    visits = [p for p in found if p.kind == "event" and "visit" in p.type]
    assert visits and all(v.status == "held" for v in visits)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "Государственный визит президента Анголы в Россию, который пройдет 5-9 марта, станет первым."),
        ("fr", "La visite d'Etat du président angolais en Russie, qui se déroulera du 5 au 9 mars, sera la première."),
        ("en", "The state visit of the Angolan president to Russia, which will take place on 5-9 March, is the first."),
    ],
)
def test_a_relative_clause_right_after_the_visit_still_tells_it_to_come(language, text):
    found = extract_text(text, language=language, published=DAY)
    visits = [p for p in found if p.kind == "event" and "visit" in p.type]
    assert visits and all(v.status == "planned" for v in visits)
