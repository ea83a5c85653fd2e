"""Two levels of "from X to Y" with the currency (and scale) written once are two figures in every language: the
first level's bare number is not a count of the pair's joining word ("de 31 para 37 mil milhões de euros",
"с 31 до 37 млрд евро"), and a bare second level after a relative time is still the trade's ("с 512 млн долларов
в прошлом году до 1,4 млрд в этом году"). Invented sentences; the class was missed in articles nobody tuned on
(French, Portuguese, Russian)."""

from __future__ import annotations

from datetime import date

import pytest
from tests._trade_claims import claims, one

from partnerlens.cooperation.quantities import find_quantities

GHANA = "Ghana and Turkey step up trade"
GHANA_FR = "Le Ghana et la Turquie renforcent leurs échanges"
ANGOLA = "Angola e a Turquia reforçam o comércio"
ANGOLA_ES = "Angola y Turquía refuerzan su comercio"
KAZAKH = "Казахстан и Египет наращивают торговлю"

PAIRS = [
    ("en", GHANA, "Ghana's exports to Turkey grew from 31 to 37 billion euros between 2019 and 2023."),
    (
        "fr",
        GHANA_FR,
        "Les exportations du Ghana vers la Turquie sont passées de 31 à 37 milliards d'euros entre 2019 et 2023.",
    ),
    (
        "pt",
        ANGOLA,
        "As exportações de Angola para a Turquia aumentaram de 31 para 37 mil milhões de euros, entre 2019 e 2023.",
    ),
    ("ru", KAZAKH, "Экспорт Казахстана в Египет вырос с 31 до 37 млрд евро в 2019-2023 годах."),
]


@pytest.mark.parametrize(("language", "title", "text"), PAIRS)
def test_first_level_of_a_pair_written_once_is_a_figure(language, title, text):
    found = claims(text, language, title)
    first, second = one(found, 31e9), one(found, 37e9)
    assert (first.metric, first.year) == ("exports", 2019)
    assert (second.metric, second.year) == ("exports", 2023)


@pytest.mark.parametrize("text", ["от 31 до 37 млрд евро", "de 31 para 37 mil milhões", "de 12 hasta 15 millones"])
def test_joining_word_is_no_counted_noun(text):
    assert not [q for q in find_quantities(text) if q.kind == "count"]


def test_a_count_before_a_noun_is_still_a_count():
    assert [q.value for q in find_quantities("подписали 12 соглашений и 3 меморандума") if q.kind == "count"] == [12, 3]


@pytest.mark.parametrize(
    ("language", "title", "text"),
    [
        ("ru", KAZAKH, "Экспорт Казахстана в Египет вырос с 512 млн долларов в прошлом году до 1,4 млрд в этом году."),
        ("en", GHANA, "Ghana's exports to Turkey grew from $512 million last year to 1.4 billion this year."),
    ],
)
def test_bare_second_level_after_a_relative_time_is_a_figure(language, title, text):
    found = claims(text, language, title, date(2024, 6, 1))
    first, second = one(found, 512e6), one(found, 1.4e9)
    assert (first.metric, first.year) == ("exports", 2023)
    assert (second.metric, second.year, second.parties) == ("exports", 2024, first.parties)
