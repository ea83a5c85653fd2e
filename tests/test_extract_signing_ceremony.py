"""A signing ceremony is an event of its own beside the agreements signed at it (issue 11, events, twenty-fourth
session) when told as an occasion — presided, witnessed or attended by the sides, held, or to come after the talks —
and the article's pair when the sentence names no state ("les deux chefs d'Etat ont présidé la cérémonie de signature"), as a visit is; a ceremony that only carries the agreements' verb ("a
signing ceremony saw agreements reached") is no event of its own. Invented sentences in the five languages."""

from __future__ import annotations

import datetime as dt

import pytest

from partnerlens.cooperation.extract import extract_text

DAY = dt.date(2023, 10, 20)

HELD = {
    "en": "The President of Ghana arrived in Ankara on Thursday for a state visit to Turkey. After their talks, the "
    "two leaders witnessed the signing ceremony of six agreements.",
    "fr": "Le président ghanéen est arrivé jeudi à Ankara pour une visite d'Etat en Turquie. A l'issue des entretiens, "
    "les deux chefs d'Etat ont présidé la cérémonie de signature de six accords.",
    "ru": "Президент Ганы прибыл в Анкару с государственным визитом в Турцию. Переговоры лидеров Ганы и Турции прошли "
    "в четверг. По итогам переговоров состоялась церемония подписания шести соглашений.",
    "pt": "O Presidente do Gana chegou a Ancara para uma visita de Estado à Turquia. No final das conversações, os dois "
    "chefes de Estado presidiram à cerimónia de assinatura de seis acordos.",
    "es": "El presidente de Ghana llegó a Ankara para una visita de Estado a Turquía. Tras las conversaciones, los dos "
    "mandatarios presidieron la ceremonia de firma de seis acuerdos.",
}

PLANNED = {
    "en": "The talks between the presidents of Ghana and Turkey will be followed by a signing ceremony.",
    "fr": "Les entretiens entre les présidents du Ghana et de la Turquie seront suivis d'une cérémonie de signature.",
    "ru": "После переговоров президентов Ганы и Турции состоится церемония подписания документов.",
    "pt": "As conversações entre os presidentes do Gana e da Turquia serão seguidas de uma cerimónia de assinatura.",
    "es": "Las conversaciones entre los presidentes de Ghana y Turquía serán seguidas de una ceremonia de firma.",
}


def _ceremonies(text: str, language: str) -> list:
    found = extract_text(text, language=language, published=DAY)
    return [p for p in found if p.kind == "event" and p.type == "ceremony"]


@pytest.mark.parametrize("language", sorted(HELD))
def test_a_signing_ceremony_told_without_states_is_the_pairs_and_held(language):
    (ceremony,) = _ceremonies(HELD[language], language)
    assert sorted(ceremony.parties) == ["GHA", "TUR"] and ceremony.status == "held"


@pytest.mark.parametrize("language", sorted(HELD))
def test_the_agreements_signed_at_the_ceremony_are_still_read(language):
    found = extract_text(HELD[language], language=language, published=DAY)
    assert any(p.kind == "agreement" for p in found)


@pytest.mark.parametrize("language", sorted(PLANNED))
def test_a_signing_ceremony_to_come_is_planned(language):
    (ceremony,) = _ceremonies(PLANNED[language], language)
    assert sorted(ceremony.parties) == ["GHA", "TUR"] and ceremony.status == "planned"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The ceremony was attended by the ambassadors of Ghana and Turkey."),
        ("en", "A signing ceremony in Accra saw Ghana and Turkey reach agreements on trade."),
        ("fr", "La cérémonie de signature entre le Ghana et la Turquie a permis de conclure six accords."),
        ("fr", "La signature de la Turquie et du Ghana est attendue sur le texte."),
        ("ru", "Церемония награждения прошла в посольстве Ганы в Турции."),
    ],
)
def test_no_signing_ceremony_without_its_words(language, text):
    assert _ceremonies(text, language) == []
