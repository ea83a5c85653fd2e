"""A rank whose ranking state is a possessive ("its", "son", "seu", "его") or "the country" ("du pays", "do país",
"страны") is the article's other side's: "making Turkey its fourth largest trading partner" in an article about
Ghana and Turkey ranks Turkey among Ghana's partners. Invented sentences; the class was missed in articles nobody
tuned on (English, French, Portuguese)."""

from __future__ import annotations

import pytest
from tests._trade_claims import claims

GHANA = "Ghana and Turkey step up trade"
GHANA_FR = "Le Ghana et la Turquie renforcent leurs échanges"
ANGOLA = "Angola e a Turquia reforçam o comércio"
ANGOLA_ES = "Angola y Turquía refuerzan su comercio"
KAZAKH = "Казахстан и Египет наращивают торговлю"

CASES = [
    ("en", GHANA, "Ghana's trade with Turkey grew by 30%, making Turkey its fourth largest trading partner.", 4, "GHA"),
    ("en", GHANA, "Turkey is now the third largest trading partner of the country.", 3, "GHA"),
    (
        "fr",
        GHANA_FR,
        "Les échanges du Ghana avec la Turquie ont progressé de 30 %, faisant de la Turquie son quatrième "
        "partenaire commercial.",
        4,
        "GHA",
    ),
    ("fr", GHANA_FR, "La Turquie est désormais le troisième partenaire commercial du pays.", 3, "GHA"),
    (
        "pt",
        ANGOLA,
        "O comércio de Angola com a Turquia cresceu 30%, tornando a Turquia o seu quarto parceiro comercial.",
        4,
        "AGO",
    ),
    ("pt", ANGOLA, "A Turquia é agora o terceiro parceiro comercial do país.", 3, "AGO"),
    ("es", ANGOLA_ES, "Turquía es ahora el tercer socio comercial del país.", 3, "AGO"),
    ("ru", KAZAKH, "Египет стал третьим торговым партнером страны в Африке.", 3, "KAZ"),
    (
        "ru",
        KAZAKH,
        "Товарооборот Казахстана с Египтом вырос на 30%, и Египет стал его четвертым торговым партнером.",
        4,
        "KAZ",
    ),
]


def _ranks(text: str, language: str, title: str) -> list:
    return [c for c in claims(text, language, title) if c.metric == "rank"]


@pytest.mark.parametrize(("language", "title", "text", "rank", "owner"), CASES)
def test_rank_of_a_possessive_or_the_country_is_the_pairs_other_side(language, title, text, rank, owner):
    (found,) = _ranks(text, language, title)
    assert found.value == rank
    assert found.parties[0] == owner
    assert len(set(found.parties)) == 2
    assert found.reading.parties_from == "context"


@pytest.mark.parametrize(
    ("language", "title", "text"),
    [  # the ranked state is not one of the article's pair, or the article is about a state and a group
        ("en", GHANA, "Trade with Nigeria grew by 30%, making Nigeria its fourth largest trading partner."),
        (
            "fr",
            "La Chine et l'Afrique renforcent leurs échanges",
            "La Chine est désormais le premier partenaire du pays.",
        ),
        ("ru", KAZAKH, "Турция стала третьим торговым партнером страны."),
    ],
)
def test_no_rank_without_the_pair(language, title, text):
    assert _ranks(text, language, title) == []


def test_a_named_owner_is_kept():
    (found,) = _ranks("Turkey is now the third largest trading partner of Ghana.", "en", GHANA)
    assert found.parties[0] == "GHA" and found.reading.parties_from == "sentence"
