"""Talks told with no date of their own after the article's one dated visit are held during it (issue 11), invented
sentences: "X arrived on Monday for a state visit. … He held talks with his host": the talks take the visit's day.
Not talks told as earlier ("had previously held talks", "ранее"), nor talks told before the visit, nor when the
article reports two occasions on different days (which one is not said)."""

from __future__ import annotations

from datetime import date

import pytest

from partnerlens.cooperation.extract import extract_text

PUBLISHED = date(2025, 3, 12)  # a Wednesday; "on Monday" is 10 March
MONDAY = date(2025, 3, 10)

VISITS = {
    "en": "Kenya's President William Ruto arrived in Ankara on Monday for a two-day state visit to Turkey.",
    "fr": "Le président sénégalais Macky Sall est arrivé lundi à Ankara pour une visite d'Etat de deux jours en Turquie.",
    "ru": "Президент Узбекистана Шавкат Мирзиёев в понедельник прибыл в Анкару с государственным визитом в Турцию.",
    "pt": "O Presidente angolano João Lourenço chegou na segunda-feira a Ancara para uma visita de Estado à Turquia.",
    "es": "El presidente chileno Gabriel Boric llegó el lunes a Ankara para una visita de Estado a Turquía.",
}
TALKS = {
    "en": "He held talks with his host President Recep Tayyip Erdogan before a joint press conference.",
    "fr": "Il a eu des entretiens avec le président turc Recep Tayyip Erdogan avant une conférence de presse conjointe.",
    "ru": "Он провел переговоры с президентом Турции Реджепом Тайипом Эрдоганом.",
    "pt": "Ele manteve conversações com o Presidente turco Recep Tayyip Erdogan.",
    "es": "Boric mantuvo conversaciones con el presidente turco Recep Tayyip Erdogan.",
}
EARLIER = {
    "en": "He had previously held talks with President Recep Tayyip Erdogan.",
    "fr": "Il avait déjà eu des entretiens avec le président turc Recep Tayyip Erdogan auparavant.",
    "ru": "Ранее он провел переговоры с президентом Турции Реджепом Тайипом Эрдоганом.",
}


def talks(text: str, language: str) -> list:
    found = extract_text(text, language=language, published=PUBLISHED, today=PUBLISHED)
    return [p for p in found if p.kind == "event" and p.type in ("talks", "ministerial_meeting", "meeting")]


@pytest.mark.parametrize("language", sorted(VISITS))
def test_talks_after_the_dated_visit_take_its_day(language):
    (found,) = talks(f"{VISITS[language]}\n\n{TALKS[language]}", language)
    assert (found.date, found.date_precision, found.status) == (MONDAY, "day", "held")


@pytest.mark.parametrize("language", sorted(EARLIER))
def test_talks_told_as_earlier_stay_undated(language):
    found = talks(f"{VISITS[language]}\n\n{EARLIER[language]}", language)
    assert found and all(p.date is None for p in found)


@pytest.mark.parametrize("language", ["en", "fr", "ru"])
def test_talks_told_before_the_visit_stay_undated(language):
    found = talks(f"{TALKS[language]}\n\n{VISITS[language]}", language)
    assert found and all(p.date is None for p in found)


SECOND_VISIT = {
    "en": "In 2019, Erdogan paid a state visit to Kenya.",
    "fr": "En 2019, Erdogan avait effectué une visite d'Etat au Sénégal.",
    "ru": "В 2019 году Эрдоган совершил государственный визит в Узбекистан.",
}


@pytest.mark.parametrize("language", sorted(SECOND_VISIT))
def test_talks_after_two_occasions_on_different_days_stay_undated(language):
    text = f"{VISITS[language]}\n\n{SECOND_VISIT[language]}\n\n{TALKS[language]}"
    found = talks(text, language)
    assert found and all(p.date is None for p in found)


YEAR_VISITS = {
    "en": "In 2024, Kenya's President William Ruto paid a state visit to Turkey.",
    "fr": "En 2024, le président sénégalais Macky Sall a effectué une visite d'Etat en Turquie.",
    "ru": "В 2024 году президент Узбекистана Шавкат Мирзиёев совершил государственный визит в Турцию.",
}


@pytest.mark.parametrize("language", sorted(YEAR_VISITS))
def test_talks_after_a_visit_dated_only_to_its_year_stay_undated(language):
    found = talks(f"{YEAR_VISITS[language]}\n\n{TALKS[language]}", language)
    assert found and all(p.date is None for p in found)
