"""States named in passing are no party of a sentence (issue 11): a capital that names a past occasion ("the Berlin
Conference", "les accords de Minsk", "el Acuerdo de París", "Минские соглашения") and a state inside an editor's
square brackets ("[on Libya]") are side remarks, as a state in parentheses already is; a forum or summit held in a
capital still names its host. All sentences are invented."""

from __future__ import annotations

import pytest

from partnerlens.cooperation.extract.context import build_context, parties
from partnerlens.cooperation.extract.sentences import split_sentences


def sentence_parties(text: str, language: str) -> list[str]:
    context = build_context(text, language, None, None, None)
    return parties(split_sentences(text)[0], context)


@pytest.mark.parametrize(
    "text, language, kept, dropped",
    [
        ("Erdogan met Tebboune of Algeria, whom he had seen at the Berlin Conference last year.", "en", "DZA", "DEU"),
        ("Aliyev and Tokayev, who both back the Paris Agreement, met Putin in Moscow.", "en", "RUS", "FRA"),
        ("Le président turc a reçu son homologue algérien, rencontré à la conférence de Berlin.", "fr", "DZA", "DEU"),
        ("Le Kazakhstan et l'Azerbaïdjan, attachés à l'accord de Paris, ont signé deux accords.", "fr", "AZE", "FRA"),
        ("Россия и Египет, поддержавшие Парижское соглашение, подписали два соглашения.", "ru", "EGY", "FRA"),
        ("O Brasil e Angola, signatários do Acordo de Paris, assinaram dois acordos.", "pt", "AGO", "FRA"),
        ("Chile y Perú, firmantes del Acuerdo de París, firmaron dos acuerdos.", "es", "PER", "FRA"),
    ],
)
def test_a_capital_naming_a_past_occasion_is_no_party(text, language, kept, dropped):
    found = sentence_parties(text, language)
    assert kept in found
    assert dropped not in found


@pytest.mark.parametrize(
    "text, language, host",
    [
        ("Putin opened the Moscow Forum with the Egyptian president.", "en", "RUS"),
        ("Le président sénégalais a participé au Forum de Dakar avec son homologue turc.", "fr", "SEN"),
    ],
)
def test_a_forum_named_after_its_capital_names_its_host(text, language, host):
    assert host in sentence_parties(text, language)


def test_a_state_in_square_brackets_is_a_side_remark():
    text = 'Erdogan said: "We were together with Mr. Tebboune of Algeria at the conference [on Libya]."'
    assert "LBY" not in sentence_parties(text, "en")
