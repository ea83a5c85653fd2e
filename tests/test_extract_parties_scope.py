"""A bloc an ordinal country is counted in (issue 11, fifteenth session, batch 27): "the first country to visit in
the Seven-nation East African Community (EAC)", "первой страной ЕАЭС, которую он посетит" — the bloc is the count's
scope, no side of the visit; a bloc that is a side stays. Invented sentences."""

from __future__ import annotations

import functools
from datetime import date

import pytest

from _extract_parties import article_parties

PUBLISHED = date(2025, 6, 1)


parties = functools.partial(article_parties, published=PUBLISHED)


@pytest.mark.parametrize(
    "text, language, pair",
    [
        (
            "Kenya's President Ruto will pay a state visit to Tanzania tomorrow. By making Tanzania the first country "
            "to visit in the Seven-nation East African Community (EAC), it signals that the relationship is getting "
            "stronger.",
            "en",
            {"KEN", "TZA"},
        ),
        (
            "Kenya's President Ruto will pay a state visit to Tanzania tomorrow. Tanzania is the first country he "
            "visits in the East African Community.",
            "en",
            {"KEN", "TZA"},
        ),
        (
            "Президент Казахстана завтра совершит государственный визит в Узбекистан. Узбекистан станет первой "
            "страной ЕАЭС, которую он посетит.",
            "ru",
            {"KAZ", "UZB"},
        ),
        (
            "Le président ivoirien effectuera demain une visite d'État au Sénégal, premier pays visité au sein de la "
            "CEDEAO.",
            "fr",
            {"CIV", "SEN"},
        ),
        (
            "O presidente angolano inicia amanhã uma visita de Estado a Moçambique, o primeiro país visitado na SADC.",
            "pt",
            {"AGO", "MOZ"},
        ),
        (
            "El presidente argentino inicia mañana una visita de Estado a Uruguay, el primer país que visita en el Mercosur.",
            "es",
            {"ARG", "URY"},
        ),
    ],
)
def test_a_bloc_a_country_is_counted_in_is_no_side(text, language, pair):
    assert parties(text, language) == pair


def test_a_bloc_that_signs_stays_a_side():
    found = parties("Kenya and the East African Community signed a cooperation agreement on Tuesday.", "en")
    assert found == {"KEN", "EAC"}
