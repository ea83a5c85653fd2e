"""Ranks told by a number ("Turkey's number four trade partner", "le partenaire commercial numéro deux", "торговым
партнёром номер один") or as a place in trade with a state ("second in trade with Russia", "au 7e rang du partenariat
commercial avec la Turquie", "второе место по объему торговли с Россией", "o segundo lugar em volume de comércio com",
"el segundo lugar en volumen de comercio con"): a rank claim whose ranking state is the possessor or the state traded
with (issue 11, trade figures, twenty-third session). Invented sentences in the five languages."""

from __future__ import annotations

import datetime as dt

import pytest

from partnerlens.cooperation.extract import extract_text

CASES = [
    ("en", "Ghana is Turkey's number four trade partner in sub-Saharan Africa.", 4, ["TUR", "GHA"]),
    ("en", "Tunisia ranks second in trade with Russia among African countries.", 2, ["RUS", "TUN"]),
    ("en", "Tunisia took second place in trade with Russia among African countries.", 2, ["RUS", "TUN"]),
    (
        "fr",
        "Ce qui place Djibouti au 7e rang du partenariat commercial avec la Turquie sur le continent.",
        7,
        ["TUR", "DJI"],
    ),
    ("fr", "Le Sénégal est le partenaire commercial numéro deux du Maroc en Afrique.", 2, ["MAR", "SEN"]),
    (
        "fr",
        "La Tunisie occupe la deuxième place en volume d'échanges avec la Russie parmi les pays africains.",
        2,
        ["RUS", "TUN"],
    ),
    ("ru", "Тунис сейчас занял второе место по объему торговли с Россией среди стран Африки.", 2, ["RUS", "TUN"]),
    ("ru", "Египет занимает первое место по объему товарооборота с Россией в Африке.", 1, ["RUS", "EGY"]),
    ("ru", "Китай является торговым партнёром номер один для Казахстана.", 1, ["KAZ", "CHN"]),
    ("pt", "Angola ocupa o segundo lugar em volume de comércio com o Brasil em África.", 2, ["BRA", "AGO"]),
    ("pt", "A China é o parceiro comercial número um de Angola.", 1, ["AGO", "CHN"]),
    ("es", "Cuba ocupa el segundo lugar en volumen de comercio con España en el Caribe.", 2, ["ESP", "CUB"]),
    ("es", "China es el socio comercial número uno de Perú.", 1, ["PER", "CHN"]),
]


@pytest.mark.parametrize(("language", "text", "rank", "parties"), CASES)
def test_a_numbered_rank_or_a_place_in_trade_with_a_state_is_a_rank_claim(language, text, rank, parties):
    (claim,) = [p for p in extract_text(text, language=language, published=dt.date(2024, 3, 1)) if p.kind == "claim"]
    assert (claim.value, claim.unit, claim.metric, claim.parties) == (rank, "rank", "rank", parties)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "He was the number two official at the ministry."),
        ("fr", "Il occupe la deuxième place du classement des meilleurs joueurs."),
        ("ru", "Команда заняла второе место по итогам турнира в Москве."),
    ],
)
def test_a_number_or_a_place_that_is_no_trade_rank_gives_no_claim(language, text):
    assert [p for p in extract_text(text, language=language, published=dt.date(2024, 3, 1)) if p.kind == "claim"] == []
