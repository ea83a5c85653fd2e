"""A named declaration signed by the sides is an agreement (issue 11, agreements; invented sentences in the five
languages): "la Declaración para la Profundización de la Asociación Estratégica", "a Declaração para o Aprofundamento
da Parceria Estratégica", "the Declaration on Partnership"; statements to the press are none."""

from __future__ import annotations

from datetime import date

import pytest

from partnerlens.cooperation.extract import extract_text


@pytest.mark.parametrize(
    "text, language",
    [
        ("In 2007 Mexico and Spain signed the Declaration on the Deepening of the Strategic Partnership.", "en"),
        ("En 2007, le Mexique et l'Espagne ont signé la Déclaration sur l'approfondissement du partenariat.", "fr"),
        ("В 2007 году Мексика и Испания подписали Декларацию об углублении стратегического партнерства.", "ru"),
        ("Em 2007 assinou-se entre o México e a Espanha a Declaração para o Aprofundamento da Parceria.", "pt"),
        ("En 2007 se firmó entre México y España la Declaración para la Profundización de la Asociación.", "es"),
    ],
)
def test_a_named_declaration_signed_is_an_agreement(text: str, language: str) -> None:
    found = extract_text(text, language=language, published=date(2014, 6, 9))
    (signed,) = [p for p in found if p.kind == "agreement"]
    assert signed.status == "signed" and signed.date == date(2007, 1, 1) and set(signed.parties) == {"MEX", "ESP"}


@pytest.mark.parametrize(
    "text, language",
    [
        ("Os presidentes do México e da Espanha fizeram declarações à imprensa.", "pt"),
        ("Los presidentes de México y España hicieron declaraciones de prensa.", "es"),
    ],
)
def test_statements_to_the_press_are_no_agreement(text: str, language: str) -> None:
    found = extract_text(text, language=language, published=date(2014, 6, 9))
    assert not [p for p in found if p.kind == "agreement"]
