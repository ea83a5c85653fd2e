"""French names whose accented capital is written bare ("l'Egypte", "les Etats-Unis") are still states.

French typography often drops the accent of a capital letter, so a name the
gazetteer knows as "Égypte" appears as "Egypte" in many dispatches. Invented
sentences; the accented spelling must keep working, and a lower-case word that
only looks like a name must not become one.
"""

from __future__ import annotations

import pytest

from partnerlens.cooperation.extract import extract_text
from partnerlens.cooperation.gazetteer import find_party_mentions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le Kenya et l'Egypte ont signé un accord commercial.", ["KEN", "EGY"]),
        ("Le Kenya et l'Égypte ont signé un accord commercial.", ["KEN", "EGY"]),
        ("Les Etats-Unis et l'Ethiopie renforcent leur coopération.", ["USA", "ETH"]),
        ("Un accord avec les Emirats arabes unis a été conclu.", ["ARE"]),
        ("Le président de l'Equateur est arrivé à Dakar.", ["ECU", "SEN"]),
    ],
)
def test_bare_capital_initial_names_the_state(text: str, expected: list[str]) -> None:
    assert [m.party for m in find_party_mentions(text, "fr")] == expected


def test_whole_name_matched_not_its_first_word() -> None:
    """ "Emirats arabes unis" is one name: the longer match wins over a shorter variant."""
    (mention,) = find_party_mentions("avec les Emirats arabes unis", "fr")
    assert (mention.party, mention.text) == ("ARE", "Emirats arabes unis")


def test_lower_case_word_is_no_state() -> None:
    assert find_party_mentions("une egypte de fantaisie, un equateur imaginaire", "fr") == []


def test_extracted_parties_include_the_bare_spelling() -> None:
    text = "Le Kenya et l'Egypte ont signé mardi trois accords de coopération agricole au Caire."
    parties = {p for proposal in extract_text(text, language="fr") for p in proposal.parties}
    assert {"KEN", "EGY"} <= parties


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le déficit avec l'Arabie Saoudite s'est creusé.", ["SAU"]),
        ("Les Emirats Arabes Unis et la République Tchèque ont signé.", ["ARE", "CZE"]),
        ("L'Arabie saoudite et la Corée du Sud ont signé.", ["SAU", "KOR"]),
    ],
)
def test_a_later_word_of_a_name_may_be_capitalised(text: str, expected: list[str]) -> None:
    assert [m.party for m in find_party_mentions(text, "fr")] == expected


@pytest.mark.parametrize(
    ("text", "language", "code"),
    [
        ("qui font de la Côte d’Ivoire le premier partenaire de la Turquie.", "fr", "CIV"),
        ("qui font de la Côte d'Ivoire le premier partenaire de la Turquie.", "fr", "CIV"),
        ("Turkey and Cote d’Ivoire signed a trade agreement.", "en", "CIV"),
        ("Турция и Кот-д’Ивуар подписали торговое соглашение.", "ru", "CIV"),
        ("A Turquia e a Côte d'Ivoire assinaram um acordo.", "pt", "CIV"),
        ("Turquía y Côte d'Ivoire firmaron un acuerdo.", "es", "CIV"),
    ],
)
def test_a_name_is_read_whatever_its_apostrophe(text, language, code):
    """Thirteenth session (issue 11): "Côte d’Ivoire" with a typographic apostrophe was no state in French running text
    (the gazetteer's patterns matched the typed "'" only, and pt/es knew only "’"); every apostrophe now matches."""
    assert code in {m.party for m in find_party_mentions(text, language)}
