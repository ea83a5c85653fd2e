"""Trade figures fully right, the class batch 40 showed and kept (issue 11, seventeenth session): invented sentences.

* the second level of "from A to B" keeps A's flow when a qualifier stands before B ("para mais de", "à près de",
  "to nearly").

(Two more classes were tried and dropped, docs/news.md "Seventeenth session, batch 40": a rank reached by overtaking
another state, and "acréscimo" as a Portuguese growth noun.)
"""

from __future__ import annotations

import pytest

from _trade_claims import claims, one

FROM_TO_QUALIFIED = [
    (
        "As vendas do Chile à Índia passaram de 2,1 mil milhões de dólares, em 2015, para mais de 3 mil milhões de "
        "dólares em 2020.",
        "pt",
        "Chile e Índia",
    ),
    (
        "Les exportations du Chili vers l'Inde sont passées de 2,1 milliards de dollars en 2015 à près de 3 milliards "
        "de dollars en 2020.",
        "fr",
        "Le Chili et l'Inde",
    ),
    (
        "Chile's exports to India rose from $2.1 billion in 2015 to nearly $3 billion in 2020.",
        "en",
        "Chile and India",
    ),
]


@pytest.mark.parametrize(("text", "language", "title"), FROM_TO_QUALIFIED)
def test_the_second_level_of_from_to_keeps_the_flow_past_a_qualifier(text, language, title):
    found = claims(text, language, title)
    first, second = one(found, 2.1e9), one(found, 3e9)
    assert first.metric == second.metric == "exports"
    assert second.year == 2020 and second.qualifier is not None
    assert second.parties[0] == "CHL"
