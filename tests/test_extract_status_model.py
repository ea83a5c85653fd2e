"""The learned status decision (extract/status_model.py) and the programme rule (tense.programme_item), on invented
sentences in English, French, Russian, Portuguese and Spanish: the features read the tense cues of the language
files, a small model flips a status only beyond its threshold, and an event told as an item of a visit's programme
in no past form is planned."""

from __future__ import annotations

from datetime import date

import pytest

from partnerlens.cooperation.extract import extract_text, tense
from partnerlens.cooperation.extract.status_model import FEATURES, decide, features, flipped, probability

DAY = date(2025, 3, 12)


def _proposal(text: str, status: str, kind: str = "event", when: str | None = None) -> dict:
    return {
        "kind": kind,
        "type": "visit" if kind == "event" else "agreement_signing",
        "status": status,
        "date": when,
        "date_precision": "day" if when else None,
        "evidence": {"text": text, "start": 40, "end": 40 + len(text)},
        "also": [],
    }


FUTURE = {
    "en": "The Kenyan president will pay a state visit to Uzbekistan next week.",
    "fr": "Le président kényan effectuera la semaine prochaine une visite d'État en Ouzbékistan.",
    "ru": "Президент Кении посетит Узбекистан с государственным визитом на следующей неделе.",
    "pt": "O presidente do Quénia realizará na próxima semana uma visita de Estado ao Uzbequistão.",
    "es": "El presidente de Kenia realizará la próxima semana una visita de Estado a Uzbekistán.",
}
PAST = {
    "en": "The Kenyan president visited Uzbekistan yesterday and held talks in Tashkent.",
    "fr": "Le président kényan a effectué hier une visite d'État en Ouzbékistan.",
    "ru": "Президент Кении вчера посетил Узбекистан с государственным визитом.",
    "pt": "O presidente do Quénia visitou ontem o Uzbequistão.",
    "es": "El presidente de Kenia visitó ayer Uzbekistán.",
}


@pytest.mark.parametrize("language", sorted(FUTURE))
def test_features_read_the_tense_cues_of_each_language(language):
    ahead = features(_proposal(FUTURE[language], "held"), language, DAY, [])
    done = features(_proposal(PAST[language], "held"), language, DAY, [])
    assert set(ahead) == set(FEATURES)
    assert ahead["share_ahead"] == 1.0 and ahead["to_come"] == 1.0
    assert done["share_past"] == 1.0 and done["past"] == 1.0 and done["share_ahead"] == 0.0


def test_date_against_publication_and_the_article_s_other_statuses():
    after = features(_proposal("Talks in Tashkent.", "held", when="2025-04-02"), "en", DAY, [])
    before = features(_proposal("Talks in Tashkent.", "held", when="2025-02-02"), "en", DAY, [])
    month = {**_proposal("Talks in Tashkent.", "held", when="2025-03-01"), "date_precision": "month"}
    assert after["date_after"] == 1.0 and before["date_before"] == 1.0
    assert features(month, "en", DAY, [])["date_same"] == 1.0  # March 2025 is the publication's month
    assert features(_proposal("Talks.", "held"), "en", None, [])["undated"] == 1.0
    others = [_proposal("x", "planned"), _proposal("y", "held")]
    values = features(_proposal("Talks.", "held"), "en", DAY, others)
    assert values["article_ahead"] == 0.5 and values["article_none"] == 0.0


# A model that says "to come" when the proposal's sentences carry a future cue and its date is after publication.
MODEL = {
    "features": ["share_ahead", "date_after"],
    "mean": [0.0, 0.0],
    "scale": [1.0, 1.0],
    "coef": [3.0, 3.0],
    "intercept": -4.0,
    "threshold": 0.8,
}


@pytest.mark.parametrize("language", sorted(FUTURE))
def test_the_decision_flips_with_a_feature(language):
    held = _proposal(FUTURE[language], "held", when="2025-03-20")
    assert decide(held, language, DAY, [], MODEL) == "planned"  # future cue and a date after publication
    assert decide({**held, "date": "2025-03-01"}, language, DAY, [], MODEL) == "held"  # the date alone turns it
    signed = _proposal(FUTURE[language], "signed", kind="agreement", when="2025-03-20")
    assert decide(signed, language, DAY, [], MODEL) == "announced"
    planned = _proposal(PAST[language], "planned")
    assert decide(planned, language, DAY, [], MODEL) == "held"  # no cue ahead: done beyond the threshold


def test_threshold_one_flips_nothing_and_ratified_is_kept_when_done():
    assert flipped("held", "event", 0.99, 1.0) == "held"
    assert flipped("ratified", "agreement", 0.01, 0.8) == "ratified"
    assert flipped("announced", "agreement", 0.1, 0.8) == "signed"
    assert 0.0 < probability(MODEL, {"share_ahead": 0.0, "date_after": 0.0}) < 0.05


PROGRAMME = {
    "en": "The programme of the visit reserves for this afternoon a meeting between the presidents of Kenya and "
    "Uzbekistan.",
    "fr": "Au programme du séjour du président kényan en Ouzbékistan, un entretien avec le président ouzbek.",
    "ru": "В программе визита президента Кении в Узбекистан переговоры с президентом Узбекистана.",
    "pt": "Consta do programa da visita do presidente do Quénia ao Uzbequistão um encontro com o presidente uzbeque.",
    "es": "En el programa de la visita del presidente de Kenia a Uzbekistán figura una reunión con el presidente uzbeko.",
}
PROGRAMME_DONE = {
    "en": "The programme of the visit included a meeting between the presidents of Kenya and Uzbekistan.",
    "fr": "Au programme du séjour du président kényan en Ouzbékistan figurait un entretien avec le président ouzbek.",
    "ru": "В программе визита президента Кении в Узбекистан были переговоры с президентом Узбекистана.",
    "pt": "Constava do programa da visita do presidente do Quénia ao Uzbequistão um encontro com o presidente uzbeque.",
    "es": "En el programa de la visita del presidente de Kenia a Uzbekistán figuraba una reunión con el presidente "
    "uzbeko.",
}


@pytest.mark.parametrize("language", sorted(PROGRAMME))
def test_an_item_of_a_visit_s_programme_is_to_come_unless_told_done(language):
    assert tense.programme_item(PROGRAMME[language], language)
    assert not tense.programme_item(PROGRAMME_DONE[language], language)
    assert not tense.programme_item(PAST[language], language)


@pytest.mark.parametrize("language", ["en", "fr", "ru"])
def test_extraction_tells_a_programme_item_as_planned(language):
    found = extract_text(PROGRAMME[language], language=language, published=DAY, today=DAY)
    statuses = {p.status for p in found if p.kind == "event"}
    assert statuses == {"planned"}
    done = extract_text(PROGRAMME_DONE[language], language=language, published=DAY, today=DAY)
    assert "planned" not in {p.status for p in done if p.kind == "event"}


def test_a_cooperation_programme_is_no_visit_programme():
    text = "Le Kenya a contribué au programme de coopération avec l'Ouzbékistan lors de la réunion."
    assert not tense.programme_item(text, "fr")
