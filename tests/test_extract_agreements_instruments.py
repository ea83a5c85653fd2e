"""Instrument nouns read in every language (issue 11, agreements found), on invented sentences: letters of
intent, joint declarations written "déclaration commune", minutes of a commission's session ("procès-verbal"),
conventions in Russian ("конвенция об избежании двойного налогообложения"), "convénio"/"convênio" in Portuguese,
"memorándum" with its accent and "convención" in Spanish, and "pact" in English; signatures put to an
instrument ("put their signatures to", "поставили подписи под"); a Russian instrument singular in every reading
is one, whatever its case ("под соглашением"), while "соглашения" (genitive singular or plural) stays unknown."""

from __future__ import annotations

from datetime import date

import pytest

from partnerlens.cooperation.extract import extract_text

PUBLISHED = date(2025, 3, 10)


def instruments(text: str, language: str) -> list[tuple[str | None, int | None]]:
    found = extract_text(text, language=language, published=PUBLISHED, today=PUBLISHED)
    return [(p.instrument, p.count) for p in found if p.kind == "agreement"]


@pytest.mark.parametrize(
    "text, language, expected",
    [
        ("Ghana and Chile signed a letter of intent on lithium on 4 March 2025.", "en", "memorandum_of_understanding"),
        ("Ghana and Chile signed a pact on fisheries on 4 March 2025.", "en", "agreement"),
        ("Le Ghana et le Chili ont signé le 4 mars 2025 une lettre d'intention.", "fr", "memorandum_of_understanding"),
        (
            "Le 4 mars 2025, le Ghana et le Chili ont signé la Déclaration commune de partenariat stratégique.",
            "fr",
            "joint_declaration",
        ),
        (
            "Le 4 mars 2025, le Ghana et le Chili ont signé le procès-verbal de la 3e session de leur commission mixte.",
            "fr",
            "protocol",
        ),
        (
            "4 марта 2025 года Гана и Чили подписали конвенцию об избежании двойного налогообложения.",
            "ru",
            "agreement",
        ),
        ("4 марта 2025 года Гана и Чили подписали письмо о намерениях.", "ru", "memorandum_of_understanding"),
        ("A 4 de março de 2025, o Gana e o Chile assinaram um convénio de cooperação.", "pt", "agreement"),
        ("Em 4 de março de 2025, Gana e Chile assinaram um convênio sobre pesca.", "pt", "agreement"),
        (
            "A 4 de março de 2025, o Gana e o Chile assinaram uma carta de intenções.",
            "pt",
            "memorandum_of_understanding",
        ),
        (
            "El 4 de marzo de 2025, Ghana y Chile firmaron un memorándum de entendimiento sobre pesca.",
            "es",
            "memorandum_of_understanding",
        ),
        ("El 4 de marzo de 2025, Ghana y Chile firmaron una carta de intención.", "es", "memorandum_of_understanding"),
        ("El 4 de marzo de 2025, Ghana y Chile firmaron una convención sobre doble imposición.", "es", "agreement"),
        ("On 4 March 2025 Ghana and Chile put their signatures to a joint declaration.", "en", "joint_declaration"),
        (
            "4 марта 2025 года министры Ганы и Чили поставили подписи под соглашением о туризме.",
            "ru",
            "agreement",
        ),
        (
            "4 марта 2025 года президенты Ганы и Чили поставили свои подписи под совместным заявлением.",
            "ru",
            "joint_declaration",
        ),
    ],
)
def test_instrument_noun_is_read(text: str, language: str, expected: str) -> None:
    assert instruments(text, language) == [(expected, 1)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("4 марта 2025 года Гана и Чили подписали соглашения о туризме.", None),
        ("4 марта 2025 года Гана и Чили подписали два соглашения о туризме.", 2),
        ("4 марта 2025 года Гана и Чили поставили подписи под двумя совместными заявлениями.", 2),
    ],
)
def test_russian_counts_by_number(text: str, expected: int | None) -> None:
    assert [count for _, count in instruments(text, "ru")] == [expected]


@pytest.mark.parametrize(
    "text, language, expected",
    [
        (
            "Le Canada et l'Inde ont salué jeudi 5 mars 2025 la conclusion de 16 ententes commerciales.",
            "fr",
            [("agreement", 16)],
        ),
        ("Le Canada et l'Inde ont signé le 4 mars 2025 une entente sur l'énergie.", "fr", [("agreement", 1)]),
        (
            "Le Canada et l'Inde ont signé le 4 mars 2025 un protocole d'entente sur l'énergie.",
            "fr",
            [("protocol", 1)],
        ),
        (
            "Canada and India hailed the conclusion of 16 commercial agreements on 5 March 2025.",
            "en",
            [("agreement", 16)],
        ),
        ("Канада и Индия 5 марта 2025 года подписали 16 торговых соглашений.", "ru", [("agreement", 16)]),
    ],
)
def test_an_entente_is_an_agreement(text, language, expected):
    """Thirteenth session, batch 22 (issue 11): Canadian French says "ententes" for agreements ("la conclusion de 16
    ententes ou annonces commerciales"); only "protocole/mémorandum d'entente" was known (and stays one instrument)."""
    assert instruments(text, language) == expected


def test_good_understanding_is_no_agreement():
    assert instruments("Le Canada et l'Inde ont salué le 4 mars 2025 leur bonne entente.", "fr") == []


@pytest.mark.parametrize(
    "text, language",
    [
        ("Vietnam is an open economy with 17 free trade agreements with more than 60 countries.", "en"),
        ("Le Vietnam est une économie ouverte avec 17 accords de libre-échange avec plus de 60 pays.", "fr"),
        ("Вьетнам подписал 17 соглашений о свободной торговле с более чем 60 странами.", "ru"),
        ("O Vietnã assinou 17 acordos de livre comércio com mais de 60 países.", "pt"),
        ("Vietnam firmó 17 acuerdos de libre comercio con más de 60 países.", "es"),
    ],
)
def test_one_states_agreements_with_many_others_are_not_the_pairs(text, language):
    """Thirteenth session, batch 22 (issue 11): "17 accords de libre-échange avec plus de 60 pays" (Vietnam's with the
    world) was read as 17 agreements signed by the article's pair."""
    assert instruments(text, language) == []


def test_an_agreement_with_one_state_is_still_read():
    found = instruments("Le Vietnam et la Suisse ont signé le 4 mars 2025 deux accords avec le Chili.", "fr")
    assert found == [("agreement", 2)]
