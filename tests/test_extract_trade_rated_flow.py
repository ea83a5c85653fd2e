"""A level told by a pronoun right after a sentence that gave only a growth rate of one flow is that flow's level
("Ghana's exports rose 21%. They reached $375 million": exports, not total trade). Invented sentences; the class was
missed in articles nobody tuned on (French, Russian) and is read here in five languages."""

from __future__ import annotations

import pytest
from tests._trade_claims import claims, one

CASES = [
    (
        "en",
        "Ghana and Turkey step up trade",
        "Ghana's exports to Turkey rose by 21% in 2023. They reached $375 million.",
        375e6,
        "exports",
    ),
    (
        "fr",
        "Le Ghana et la Turquie renforcent leurs échanges",
        "Les importations du Ghana en provenance de Turquie ont reculé de 12 % en 2023. Elles ont atteint 480 millions "
        "de dollars.",
        480e6,
        "imports",
    ),
    (
        "fr",
        "Le Ghana et la Turquie renforcent leurs échanges",
        "Les exportations du Ghana vers la Turquie ont progressé de 21 % en 2023. Elles sont passées de 310 millions de "
        "dollars en 2022 à 375 millions de dollars en 2023.",
        375e6,
        "exports",
    ),
    (
        "ru",
        "Казахстан и Египет наращивают торговлю",
        "Экспорт Казахстана в Египет в 2023 году увеличился на 18%. Он составил 240 млн долларов.",
        240e6,
        "exports",
    ),
    (
        "pt",
        "Angola e a Turquia reforçam o comércio",
        "As exportações de Angola para a Turquia cresceram 21% em 2023. Elas atingiram 375 milhões de dólares.",
        375e6,
        "exports",
    ),
]


@pytest.mark.parametrize(("language", "title", "text", "value", "metric"), CASES)
def test_level_after_a_rate_of_one_flow_is_that_flows(language, title, text, value, metric):
    figure = one(claims(text, language, title), value)
    assert (figure.metric, figure.flow, figure.year) == (metric, metric, 2023)


@pytest.mark.parametrize(
    ("language", "title", "text"),
    [
        (
            "en",
            "Ghana and Turkey step up trade",
            "Ghana's exports to Turkey rose by 21% and its imports by 9% in 2023. They reached $900 million.",
        ),
        (
            "fr",
            "Le Ghana et la Turquie renforcent leurs échanges",
            "Les échanges entre le Ghana et la Turquie ont progressé de 21 % en 2023. Ils ont atteint 900 millions de "
            "dollars.",
        ),
        (
            "ru",
            "Казахстан и Египет наращивают торговлю",
            "Товарооборот Казахстана и Египта в 2023 году увеличился на 18%. Он составил 900 млн долларов.",
        ),
    ],
)
def test_level_after_rates_of_both_flows_or_of_trade_stays_total(language, title, text):
    figure = one(claims(text, language, title), 900e6)
    assert figure.metric == "total"
