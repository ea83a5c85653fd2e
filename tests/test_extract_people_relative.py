"""A person whose title is given in a relative clause after the name ("Tarek Kabil, who is the Minister of Trade",
"qui est le ministre", "который является (Чрезвычайным и Полномочным) послом", "que é o ministro", "quien es el
ministro"; ``person_apposition_relative`` in data/lang/<lang>.yaml, read by
:func:`partnerlens.cooperation.person_appositions.name_before_title`), and, in Portuguese and Spanish, a title set
off after the name with its article ("Tarek Kabil, o ministro", "el ministro"), on invented sentences. A relative
clause with another verb ("who met the minister") gives the name no title."""

from __future__ import annotations

from datetime import date

import pytest

from partnerlens.cooperation.extract import extract_text

PUBLISHED = date(2025, 3, 12)


def _people(language: str, text: str) -> dict[str, str | None]:
    found = extract_text(text, language=language, published=PUBLISHED, today=PUBLISHED)
    return {p.name: p.role for x in found for p in x.people or []}


@pytest.mark.parametrize(
    "language, text, name, role",
    [
        (
            "en",
            "Kenya's exports to Uganda rose by 35%, said Peter Kamau, who is the Minister of Trade of Kenya.",
            "Peter Kamau",
            "minister",
        ),
        (
            "en",
            "Kenya's exports to Uganda rose by 35%, said Peter Kamau, who was the Minister of Trade of Kenya.",
            "Peter Kamau",
            "minister",
        ),
        (
            "fr",
            "Les exportations du Kenya vers l'Ouganda ont augmenté de 35 %, a indiqué Peter Kamau, qui est le ministre kényan du Commerce.",
            "Peter Kamau",
            "ministre",
        ),
        (
            "ru",
            "Экспорт Кении в Уганду вырос на 35%, сообщил Питер Камау, который является министром торговли Кении.",
            "Питер Камау",
            "министр",
        ),
        (
            "ru",
            "Товарооборот Кении и Уганды вырос на 20%, сообщил Питер Камау, который является Чрезвычайным и Полномочным послом Кении в Уганде.",
            "Питер Камау",
            "посол",
        ),
        (
            "ru",
            "Товарооборот Кении и Уганды вырос на 20%, сообщил Питер Камау, являющийся послом Кении в Уганде.",
            "Питер Камау",
            "посол",
        ),
        (
            "pt",
            "As exportações do Quénia para o Uganda cresceram 35%, disse Peter Kamau, que é o ministro do Comércio do Quénia.",
            "Peter Kamau",
            "ministro",
        ),
        (
            "pt",
            "As exportações do Quénia para o Uganda cresceram 35%, disse Peter Kamau, o ministro do Comércio do Quénia.",
            "Peter Kamau",
            "ministro",
        ),
        (
            "es",
            "Las exportaciones de Kenia a Uganda crecieron un 35%, dijo Peter Kamau, quien es el ministro de Comercio de Kenia.",
            "Peter Kamau",
            "ministro",
        ),
        (
            "es",
            "Las exportaciones de Kenia a Uganda crecieron un 35%, dijo Peter Kamau, el ministro de Comercio de Kenia.",
            "Peter Kamau",
            "ministro",
        ),
    ],
)
def test_a_title_given_in_a_relative_clause_or_apposition_names_the_person(language, text, name, role):
    people = _people(language, text)
    assert name in people, people
    assert role in (people[name] or "").casefold()


@pytest.mark.parametrize(
    "language, text",
    [
        ("en", "Kenya's exports to Uganda rose by 35%, said Peter Kamau, who met the Minister of Trade of Uganda."),
        (
            "fr",
            "Les exportations du Kenya vers l'Ouganda ont augmenté de 35 %, a indiqué Peter Kamau, qui a rencontré le ministre ougandais du Commerce.",
        ),
        (
            "ru",
            "Экспорт Кении в Уганду вырос на 35%, сообщил Питер Камау, который встретился с министром торговли Уганды.",
        ),
    ],
)
def test_a_relative_clause_with_another_verb_gives_no_title(language, text):
    people = _people(language, text)
    roles = [people[name] or "" for name in ("Peter Kamau", "Питер Камау") if name in people]
    assert not any(word in role.casefold() for role in roles for word in ("minist", "министр")), people
