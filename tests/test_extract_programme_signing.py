"""A signing listed in a visit's programme is still to come (issue 11, agreement status; invented sentences in the
five languages): "au programme de la visite, un entretien … avant la signature de plusieurs accords" is an announced
agreement beside a planned meeting; the same programme told in the past ("figuraient") was carried out."""

from __future__ import annotations

from datetime import date

import pytest

from partnerlens.cooperation.extract import extract_text

PUBLISHED = date(2018, 7, 28)
LEAD = {
    "en": "India's President Kovind arrives in Benin on Sunday. ",
    "fr": "Le président indien Kovind arrive dimanche au Bénin. ",
    "ru": "Президент Индии Ковинд прибудет в Бенин в воскресенье. ",
    "pt": "O Presidente da Índia, Kovind, chega ao Benim no domingo. ",
    "es": "El presidente de la India, Kovind, llega a Benín el domingo. ",
}
PROGRAMME = {
    "en": "The programme of the visit includes talks with President Patrice Talon, before the signing of several "
    "cooperation agreements.",
    "fr": "Au programme de la visite figure un entretien avec le président Patrice Talon, avant la signature de "
    "plusieurs accords de coopération.",
    "ru": "В программе визита — переговоры с президентом Патрисом Талоном и подписание ряда соглашений о "
    "сотрудничестве.",
    "pt": "Do programa da visita consta um encontro com o Presidente Patrice Talon, antes da assinatura de vários "
    "acordos de cooperação.",
    "es": "En el programa de la visita figura un encuentro con el presidente Patrice Talon, antes de la firma de "
    "varios acuerdos de cooperación.",
}


@pytest.mark.parametrize("language", sorted(PROGRAMME))
def test_a_signing_in_a_visits_programme_is_announced(language: str) -> None:
    found = extract_text(LEAD[language] + PROGRAMME[language], language=language, published=PUBLISHED)
    agreements = [p for p in found if p.kind == "agreement"]
    assert agreements and all(a.status == "announced" for a in agreements)


def test_a_programme_told_in_the_past_was_carried_out() -> None:
    found = extract_text(
        "Le président indien Kovind a séjourné au Bénin. Au programme de la visite figuraient un entretien avec le "
        "président Patrice Talon et la signature de plusieurs accords de coopération.",
        language="fr",
        published=PUBLISHED,
    )
    assert [a.status for a in found if a.kind == "agreement"] == ["signed"]
