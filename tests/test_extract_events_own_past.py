"""An event's own tense (issue 11, event statuses): a verb of saying in the past does not tell the event done.

"The minister said the president begins a visit on Monday": "said" reports the visit; the visit's own verb
("begins") is in the present, so the weekday points ahead and the visit is not told done. ``saying_past`` in the
language's YAML lists the verbs of saying; :func:`.tense.own_past` reads the past without them.
"""

from __future__ import annotations

from datetime import date

import pytest

from partnerlens.cooperation.extract import extract_text, tense
from partnerlens.cooperation.extract.event_dates import told_done


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The spokesman said the minister opens a trade fair in Accra on Friday"),
        ("en", "Officials told reporters that the delegation arrives in Lusaka"),
        ("fr", "Le porte-parole a déclaré que le ministre ouvre vendredi la foire de Dakar"),
        ("fr", "Le ministre entame une tournée, a-t-il précisé"),
        ("ru", "Представитель министерства заявил, что министр открывает ярмарку в пятницу"),
        ("ru", "Министр начинает поездку, сообщил его помощник"),
        ("pt", "O porta-voz afirmou que o ministro abre a feira na sexta-feira"),
        ("es", "El portavoz afirmó que el ministro inaugura la feria el viernes"),
    ],
)
def test_a_verb_of_saying_is_no_past_of_the_event(language: str, text: str) -> None:
    assert not tense.own_past(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The minister opened a trade fair in Accra, the spokesman said"),
        ("fr", "Le ministre a ouvert la foire de Dakar, a déclaré le porte-parole"),
        ("ru", "Министр открыл ярмарку, заявил представитель министерства"),
        ("pt", "O ministro visitou a feira, afirmou o porta-voz"),
        ("es", "El ministro visitó la feria, afirmó el portavoz"),
    ],
)
def test_the_event_own_past_still_counts(language: str, text: str) -> None:
    assert tense.own_past(text, language)


@pytest.mark.parametrize(
    ("language", "text", "word"),
    [
        ("en", "Ngugi said the minister will pay a visit to Lima", "visit"),
        ("fr", "Le ministre a déclaré qu'une visite aura lieu en mai", "visite"),
        ("ru", "Министр заявил, что визит состоится в мае", "визит"),
    ],
)
def test_a_reported_visit_is_not_told_done(language: str, text: str, word: str) -> None:
    at = text.index(word)
    assert not told_done(text, (at, at + len(word)), language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Zambian President Hakainde Hichilema begins a state visit to Tanzania on Monday, his spokesman said. "
            "Zambia and Tanzania share a railway. Tanzania and Zambia are neighbours.",
        ),
        (
            "fr",
            "Le porte-parole a déclaré que le président zambien Hakainde Hichilema entame lundi une visite d'Etat en "
            "Tanzanie. La Zambie et la Tanzanie partagent une voie ferrée. La Tanzanie et la Zambie sont voisines.",
        ),
    ],
)
def test_a_weekday_reported_by_a_past_verb_points_ahead(language: str, text: str) -> None:
    proposals = extract_text(text, language=language, published=date(2026, 3, 4))  # a Wednesday
    visits = [p for p in proposals if p.kind == "event" and "visit" in (p.type or "")]
    assert visits and visits[0].date == date(2026, 3, 9)  # the next Monday, not the last one


@pytest.mark.parametrize(
    ("language", "lead"),
    [
        ("en", "As the ministers noted at the"),
        ("fr", "Comme l'a souligné le ministre, il a déclaré lors de la"),
        ("ru", "Как отметили на"),
        ("pt", "O ministro afirmou durante a"),
        ("es", "El ministro afirmó durante la"),
    ],
)
def test_what_was_said_at_the_event_tells_it_held(language: str, lead: str) -> None:
    assert tense.said_at(lead, language)


@pytest.mark.parametrize(
    ("language", "lead"),
    [
        ("en", "The minister said that the"),
        ("fr", "Le ministre a déclaré que la"),
        ("ru", "Министр заявил, что"),
    ],
)
def test_a_statement_about_the_event_is_not_said_at_it(language: str, lead: str) -> None:
    assert not tense.said_at(lead, language)


@pytest.mark.parametrize(
    ("language", "text", "day"),
    [
        ("en", "The envoy announced on Monday that the president visits Lima soon", "Monday"),
        ("pt", "O embaixador anunciou, segunda-feira, para breve, a visita do Presidente", "segunda-feira"),
        ("ru", "Посол заявил в понедельник, что президент вскоре посещает Лиму", "понедельник"),
    ],
)
def test_the_day_a_statement_was_made_keeps_its_past(language: str, text: str, day: str) -> None:
    at = text.index(day)
    assert tense.own_past(text, language, (at, at + len(day)))
    assert not tense.own_past(text, language)
