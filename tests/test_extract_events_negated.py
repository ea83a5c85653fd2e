"""An event's word right after a negation tells that no such event took place (extract/events.py ``negated``,
``event_negated`` in data/lang/<lang>.yaml), on invented sentences in English, French, Russian, Portuguese and
Spanish: "did not meet", "n'a pas rencontré", "не встретился", "não se reuniu", "no se reunió" yield no event, and
neither does the summit whose sidelines were only the occasion of that missing meeting; the state met nowhere else
is then no party. The same sentences told affirmatively keep their event, and a negated meeting beside one that did
take place ("did not meet X, but held talks with Y") keeps the latter."""

from __future__ import annotations

from datetime import date

import pytest

from partnerlens.cooperation.extract import extract_text

PUBLISHED = date(2025, 3, 12)

NEGATED = [
    ("en", "Kenya's President did not meet Ugandan President Yoweri Museveni on the sidelines of the summit."),
    ("en", "Kenya's President has never visited Uganda."),
    ("en", "Kenya's President didn't meet his Ugandan counterpart in Kampala."),
    ("fr", "Le président kényan n'a pas rencontré son homologue ougandais Yoweri Museveni lors du sommet."),
    ("fr", "Le président kényan ne rencontrera pas son homologue ougandais Yoweri Museveni à Kampala."),
    ("ru", "Президент Кении не встретился с президентом Уганды Йовери Мусевени на полях саммита."),
    ("ru", "Президент Кении так и не посетил Уганду."),
    ("pt", "O presidente do Quénia não se reuniu com o presidente do Uganda durante a cimeira."),
    ("pt", "O presidente do Quénia nunca visitou o Uganda."),
    ("es", "El presidente de Kenia no se reunió con el presidente de Uganda durante la cumbre."),
    ("es", "El presidente de Kenia nunca visitó Uganda."),
]

TOLD = [
    ("en", "Kenya's President met Ugandan President Yoweri Museveni on the sidelines of the summit."),
    ("fr", "Le président kényan a rencontré son homologue ougandais Yoweri Museveni lors du sommet."),
    ("ru", "Президент Кении встретился с президентом Уганды Йовери Мусевени на полях саммита."),
    ("pt", "O presidente do Quénia reuniu-se com o presidente do Uganda durante a cimeira."),
    ("es", "El presidente de Kenia se reunió con el presidente de Uganda durante la cumbre."),
]

BESIDE = [
    ("en", "Kenya's President did not meet the Ugandan leader, but he held talks with the President of Tanzania."),
    (
        "fr",
        "Le président kényan n'a pas rencontré le dirigeant ougandais, mais il a eu des entretiens avec le président tanzanien.",
    ),
    ("ru", "Президент Кении не встретился с лидером Уганды, но провел переговоры с президентом Танзании."),
    (
        "pt",
        "O presidente do Quénia não se reuniu com o líder do Uganda, mas manteve conversações com o presidente da Tanzânia.",
    ),
    (
        "es",
        "El presidente de Kenia no se reunió con el líder de Uganda, pero mantuvo conversaciones con el presidente de Tanzania.",
    ),
]


def _events(language: str, text: str):
    found = extract_text(text, language=language, published=PUBLISHED, today=PUBLISHED)
    return [p for p in found if p.kind == "event"]


@pytest.mark.parametrize("language, text", NEGATED)
def test_a_negated_event_is_no_event(language, text):
    assert _events(language, text) == []


@pytest.mark.parametrize("language, text", TOLD)
def test_the_same_event_told_affirmatively_is_held(language, text):
    events = _events(language, text)
    assert events and {e.status for e in events} == {"held"}
    assert {"KEN", "UGA"} <= {p for e in events for p in e.parties}


@pytest.mark.parametrize("language, text", BESIDE)
def test_an_event_beside_a_negated_one_is_kept(language, text):
    assert _events(language, text)


def test_a_state_met_only_in_a_negated_sentence_is_no_party():
    text = (
        "Kenya's President William Ruto arrived in Kampala on Monday for a state visit to Uganda. "
        "He did not meet Tanzanian President Samia Suluhu Hassan, who was also in the city."
    )
    found = extract_text(text, language="en", published=PUBLISHED, today=PUBLISHED)
    assert "TZA" not in {p for x in found for p in x.parties}


@pytest.mark.parametrize(
    "language, text",
    [
        ("pt", "O presidente do Quénia participará no fórum empresarial Quénia-Uganda em Kampala."),
        ("pt", "O presidente do Quénia esteve no encontro com o presidente do Uganda em Kampala."),
        ("en", "Kenya's President will take part in no fewer than three meetings with the President of Uganda."),
    ],
)
def test_a_word_that_only_looks_like_a_negation_negates_nothing(language, text):
    """Portuguese "no" is "in the" (English "no" is not read as a negation in any language for that reason)."""
    assert _events(language, text)
