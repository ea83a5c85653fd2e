"""Each event the tense of its own clause: a verb coordinated after the event's word ("attended a forum and will
address parliament", "participa hoje num fórum e vai discursar") has its own tense, which is not the event's;
a future that is the event's own predicate ("a meeting of Russia and Egypt will take place") still counts.
Invented sentences in English, French, Russian, Portuguese and Spanish (extract/tense.py own_clause)."""

from __future__ import annotations

import pytest

from partnerlens.cooperation.extract import tense
from partnerlens.cooperation.extract.events import status


def _status(text: str, language: str, word: str) -> str:
    start = text.index(word)
    return status(text, language, "event", tense.whole_word(text, (start, start + len(word))))


HELD = [
    (
        "en",
        "The Kenyan president took part today in a business forum in Tashkent and is due to address parliament.",
        "forum",
    ),
    (
        "fr",
        "Le président kényan participe aujourd'hui à un forum d'affaires à Tachkent et va s'adresser au parlement.",
        "forum",
    ),
    (
        "fr",
        "Le ministre a tenu des entretiens avec son homologue et devra rencontrer le Premier ministre.",
        "entretiens",
    ),
    ("ru", "Президент Кении принял участие в бизнес-форуме в Ташкенте и выступит в парламенте.", "форуме"),
    (
        "pt",
        "O presidente do Quénia participa hoje num fórum empresarial em Tashkent e vai discursar no parlamento.",
        "fórum",
    ),
    (
        "pt",
        "O ministro manteve conversações com o seu homólogo e irá reunir-se com o primeiro-ministro.",
        "conversações",
    ),
    (
        "es",
        "El presidente de Kenia participa hoy en un foro empresarial en Taskent y va a intervenir ante el parlamento.",
        "foro",
    ),
    (
        "es",
        "El canciller sostuvo conversaciones con su homólogo y se reunirá después con el primer ministro.",
        "conversaciones",
    ),
]

PLANNED = [
    ("en", "A meeting of the ministers of Kenya and Uzbekistan will take place in Tashkent.", "meeting"),
    ("en", "The president arrived in Tashkent on Monday and will hold talks with his counterpart.", "talks"),
    ("fr", "Une réunion des ministres du Kenya et de l'Ouzbékistan se tiendra à Tachkent.", "réunion"),
    ("ru", "Встреча министров Кении и Узбекистана пройдет в Ташкенте.", "Встреча"),
    ("pt", "O presidente chegou a Tashkent, onde irá participar num fórum empresarial.", "fórum"),
    ("es", "La reunión de los ministros de Kenia y Uzbekistán se celebrará en Taskent.", "reunión"),
]


@pytest.mark.parametrize(("language", "text", "word"), HELD)
def test_a_future_coordinated_after_the_event_is_another_verbs(language, text, word):
    assert _status(text, language, word) == "held"


@pytest.mark.parametrize(("language", "text", "word"), PLANNED)
def test_the_events_own_future_still_counts(language, text, word):
    assert _status(text, language, word) == "planned"


@pytest.mark.parametrize(
    ("language", "after", "kept"),
    [
        ("en", "forum and will address parliament", "forum"),
        ("fr", "forum et vont signer des accords", "forum"),
        ("ru", "форуме и выступит в парламенте", "форуме"),
        ("pt", "fórum e vai discursar no parlamento", "fórum"),
        ("es", "foro y va a intervenir ante el parlamento", "foro"),
        ("en", "of Kenya and Uzbekistan will take place", "of Kenya and Uzbekistan will take place"),
    ],
)
def test_own_clause_cuts_at_a_coordinated_predicate(language, after, kept):
    assert tense.own_clause(after, language).strip() == kept
