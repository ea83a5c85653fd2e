"""A count of trips already made, then the states they went to (issue 11, fifteenth session, batch 27): "has visited
three different countries, including England …, the United States … and Ethiopia" lists earlier trips, which are no
sides of the visit the article tells; a count of trips still to come keeps its states. Invented sentences."""

from __future__ import annotations

import functools
from datetime import date

import pytest

from _extract_parties import article_parties

PUBLISHED = date(2025, 6, 1)


parties = functools.partial(article_parties, published=PUBLISHED)


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "Kenya’s President William Ruto is set to kick off a two-day state visit to Tanzania tomorrow. Since he "
            "was sworn in, President Ruto has visited three different countries, including England where he went to "
            "attend the funeral of Queen Elizabeth II, the United States to attend the United Nations General "
            "Assembly and Ethiopia.",
            "en",
        ),
        (
            "Le président kényan William Ruto effectuera demain une visite d'État en Tanzanie. Depuis son investiture, "
            "le président Ruto a visité trois pays différents, dont le Royaume-Uni, où il a assisté aux funérailles de "
            "la reine, les États-Unis, pour l'Assemblée générale des Nations unies, et l'Éthiopie.",
            "fr",
        ),
        (
            "Президент Кении Уильям Руто завтра начнет государственный визит в Танзанию. После инаугурации президент "
            "Руто посетил три страны, в том числе США, где он выступил на Генеральной ассамблее ООН, и Эфиопию.",
            "ru",
        ),
        (
            "O presidente do Quénia, William Ruto, inicia amanhã uma visita de Estado à Tanzânia. Desde a posse, o "
            "presidente Ruto visitou três países, incluindo os Estados Unidos, onde participou na Assembleia Geral da "
            "ONU, e a Etiópia.",
            "pt",
        ),
        (
            "El presidente de Kenia, William Ruto, inicia mañana una visita de Estado a Tanzania. Desde su investidura, "
            "el presidente Ruto ha visitado tres países, entre ellos Estados Unidos, donde asistió a la Asamblea "
            "General de la ONU, y Etiopía.",
            "es",
        ),
    ],
)
def test_the_states_of_trips_already_counted_are_no_sides(text, language):
    assert parties(text, language) == {"KEN", "TZA"}


@pytest.mark.parametrize(
    "text, language, leg",
    [
        ("President Ruto will visit three countries next week, starting with Ethiopia.", "en", "ETH"),
        ("Le président Ruto visitera trois pays la semaine prochaine, à commencer par l'Éthiopie.", "fr", "ETH"),
        ("Президент Руто на следующей неделе посетит три страны, начиная с Эфиопии.", "ru", "ETH"),
    ],
)
def test_a_count_of_trips_to_come_keeps_its_states(text, language, leg):
    assert {"KEN", leg} <= parties(f"Kenya and Tanzania agreed on trade. {text}", language) | {"KEN"}


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "Erdoğan had visited 27 African countries during his terms, and now with his Gambia visit this number "
            "will increase to 28.",
            "en",
        ),
        ("Erdoğan avait visité 27 pays africains, et avec sa visite en Gambie ce nombre passera à 28.", "fr"),
        ("Эрдоган посетил 27 африканских стран, а с визитом в Гамбию их число вырастет до 28.", "ru"),
    ],
)
def test_a_count_without_examples_leaves_the_states_after_it(text, language):
    assert "GMB" in parties(text, language)
