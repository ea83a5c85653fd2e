"""An adjective the press uses for neighbours of one name ("le Premier ministre guinéen" in Bissau, "the Guinean
Prime Minister", "гвинейский премьер-министр") is the state the article names when it never names the first (issue
11, parties, twenty-third session): the person and the meeting are Guinea-Bissau's, not Guinea's. An article that names
Guinea (Conakry) keeps it. Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from partnerlens.cooperation.extract import extract_text

DAY = dt.date(2022, 3, 5)

IN_BISSAU = {
    "en": "Portuguese Prime Minister António Costa arrived in Bissau on Saturday. He met the Guinean Prime Minister, "
    "Nuno Gomes Nabiam, at the Government Palace.",
    "fr": "Le Premier ministre portugais António Costa est arrivé samedi en Guinée-Bissau. Il a rencontré le Premier "
    "ministre guinéen, Nuno Gomes Nabiam, au Palais du Gouvernement.",
    "ru": "Премьер-министр Португалии Антониу Кошта прибыл в Гвинею-Бисау. Он встретился с гвинейским "
    "премьер-министром Нуну Гомешем Набиамом.",
}


@pytest.mark.parametrize("language", sorted(IN_BISSAU))
def test_the_guinean_adjective_in_an_article_on_guinea_bissau_is_guinea_bissau(language):
    events = [p for p in extract_text(IN_BISSAU[language], language=language, published=DAY) if p.kind == "event"]
    parties = {party for p in events for party in p.parties}
    people = {person.party for p in events for person in p.people}
    assert "GNB" in parties and "GIN" not in parties and "GIN" not in people


@pytest.mark.parametrize(
    "text",
    [
        "Le président guinéen Alpha Condé a reçu à Conakry le ministre portugais.",
        "Le président guinéen a reçu le ministre portugais à Bissau puis à Conakry.",
    ],
)
def test_an_article_that_names_guinea_keeps_the_adjective_guinea(text):
    events = [p for p in extract_text(text, language="fr", published=DAY) if p.kind == "event"]
    assert any("GIN" in p.parties for p in events)
