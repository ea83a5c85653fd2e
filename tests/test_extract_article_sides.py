"""The article's sides as a whole (issue 11): a state of another trip, which no fact of the article needs.

A state outside the article's core (headline, lead sentence, dateline, main pair), named at most twice, that only
events which happened and join neither state of the pair carry, is a side of another trip ("Last month, Vice
President X visited Tunisia and Morocco"): it leaves those events. Guards: a next leg (planned), a past visit of one
of the pair ("In February, Erdogan visited Senegal"), a state the headline names, a figure or agreement that needs it.
"""

from __future__ import annotations

import pytest

from partnerlens.cooperation.extract import article_context, extract_text
from partnerlens.cooperation.extract.article_sides import core, other_trips

LEADS = {
    "en": "Turkish President Recep Tayyip Erdogan held talks with Kenyan President William Ruto in Nairobi on Monday. "
    "The two leaders signed five agreements on trade and energy. ",
    "fr": "Le président turc Recep Tayyip Erdogan s'est entretenu lundi à Nairobi avec le président kényan William "
    "Ruto. Les deux chefs d'Etat ont signé cinq accords dans l'énergie. ",
    "ru": "Президент Турции Реджеп Тайип Эрдоган провел переговоры с президентом Кении Уильямом Руто в Найроби в "
    "понедельник. Стороны подписали пять соглашений в области энергетики. ",
    "pt": "O presidente turco Recep Tayyip Erdogan manteve conversações com o presidente queniano William Ruto em "
    "Nairobi. Os dois líderes assinaram cinco acordos na área da energia. ",
    "es": "El presidente turco Recep Tayyip Erdogan mantuvo conversaciones con el presidente keniano William Ruto en "
    "Nairobi. Los dos líderes firmaron cinco acuerdos en materia de energía. ",
}

OTHER_TRIP = {
    "en": "Last month, Vice President Cevdet Yilmaz visited Tunisia and Morocco.",
    "fr": "Le mois dernier, le vice-président Cevdet Yilmaz a visité la Tunisie et le Maroc.",
    "ru": "В прошлом месяце вице-президент Джевдет Йылмаз посетил Тунис и Марокко.",
    "pt": "No mês passado, o vice-presidente Cevdet Yilmaz visitou a Tunísia e Marrocos.",
    "es": "El mes pasado, el vicepresidente Cevdet Yilmaz visitó Túnez y Marruecos.",
}


def read(text: str, language: str, title: str | None = None) -> list:
    return extract_text(text, language=language, title=title)


def carried(proposals: list) -> set[str]:
    return {code for p in proposals for code in p.parties}


@pytest.mark.parametrize("language", sorted(OTHER_TRIP))
def test_another_trip_told_as_background_names_no_side(language: str) -> None:
    proposals = read(LEADS[language] + OTHER_TRIP[language], language)
    assert carried(proposals) == {"TUR", "KEN"}
    trip = [p for p in proposals if p.kind == "event" and ("Yilmaz" in p.evidence.text or "Йылмаз" in p.evidence.text)]
    assert trip and all(p.parties == [] for p in trip)  # the event stays, for review, with no side read


@pytest.mark.parametrize(
    ("language", "sentence", "kept"),
    [
        ("en", "In February, Erdogan visited Senegal.", "SEN"),  # a past visit of one of the pair: a fact of its own
        ("fr", "En février, Erdogan a visité le Sénégal.", "SEN"),
        ("ru", "В феврале Эрдоган посетил Сенегал.", "SEN"),
        ("fr", "Erdogan se rendra ensuite en Namibie mercredi.", "NAM"),  # a tour's next leg: planned, a side
        ("ru", "Затем Эрдоган посетит Намибию.", "NAM"),
    ],
)
def test_visits_of_the_pair_and_next_legs_keep_their_states(language: str, sentence: str, kept: str) -> None:
    assert kept in carried(read(LEADS[language] + sentence, language))


@pytest.mark.parametrize("language", ["en", "fr", "ru"])
def test_a_state_the_headline_names_stays(language: str) -> None:
    title = {
        "en": "Turkey, Kenya and Tunisia",
        "fr": "La Turquie, le Kenya et la Tunisie",
        "ru": "Турция, Кения и Тунис",
    }
    proposals = read(LEADS[language] + OTHER_TRIP[language], language, title=title[language])
    assert "TUN" in carried(proposals)
    assert "MAR" not in carried(proposals)


@pytest.mark.parametrize("language", ["en", "fr", "ru"])
def test_a_state_named_often_stays(language: str) -> None:
    text = LEADS[language] + " ".join([OTHER_TRIP[language]] * 3)
    assert {"TUN", "MAR"} <= carried(read(text, language))


def test_core_holds_the_headline_the_lead_and_the_pair() -> None:
    text = LEADS["en"] + OTHER_TRIP["en"]
    context = article_context(text, "en", title="Erdogan in Nairobi")
    assert {"TUR", "KEN"} <= core(context)
    assert not {"TUN", "MAR"} & core(context)


def test_other_trips_leaves_groups_and_facts_that_need_a_state() -> None:
    # a tour "in West Africa" names its region as its side; a trade figure needs its partner
    text = (
        LEADS["en"] + "Last week the Qatari emir made a tour of West Africa. "
        "Trade between Kenya and Uganda reached $900 million in 2023."
    )
    context = article_context(text, "en")
    proposals = extract_text(text, language="en")
    assert not other_trips(context, proposals) & {"western-africa", "UGA"}
