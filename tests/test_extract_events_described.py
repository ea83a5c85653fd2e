"""A relative clause that describes a person tells neither the event's status nor its date (issue 11, event status
and date; invented sentences in the five languages): "López Obrador, who will take office on 1 December, met the
Chinese ambassador on Thursday" is a meeting held on Thursday, not one planned for 1 December."""

from __future__ import annotations

from datetime import date

import pytest

from partnerlens.cooperation.extract import extract_text

PUBLISHED = date(2018, 8, 3)  # a Friday


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "On Thursday in Mexico City, López Obrador, who will take office as president of Mexico on 1 December, "
            "met the Chinese ambassador Qiu Xiaoqi.",
            "en",
        ),
        (
            "Jeudi à Mexico, López Obrador, qui prendra ses fonctions de président du Mexique le 1er décembre, a "
            "rencontré l'ambassadeur de Chine Qiu Xiaoqi.",
            "fr",
        ),
        (
            "В четверг в Мехико прошла встреча Лопеса Обрадора, который вступит в должность президента Мексики "
            "1 декабря, с послом КНР Цю Сяоци.",
            "ru",
        ),
        (
            "Na quinta-feira, na Cidade do México, López Obrador, que tomará posse como presidente do México a 1 de "
            "dezembro, reuniu-se com o embaixador da China, Qiu Xiaoqi.",
            "pt",
        ),
        (
            "El jueves en Ciudad de México, López Obrador, quien asumirá la presidencia de México el 1 de diciembre, "
            "se reunió con el embajador de China, Qiu Xiaoqi.",
            "es",
        ),
    ],
)
def test_a_persons_relative_clause_gives_the_event_no_status_or_date(text: str, language: str) -> None:
    found = extract_text(text, language=language, published=PUBLISHED)
    (meeting,) = [p for p in found if p.kind == "event"]
    assert meeting.status == "held" and meeting.date == date(2018, 8, 2)
