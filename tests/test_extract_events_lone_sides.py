"""Events that name one state of the article's clear pair get the other one (issue 11, event parties).

An article about Ghana and Vietnam: "the Ghanaian delegation opened a business forum" names Ghana alone; the forum
is the pair's. Guards: a third state in the event's sentence, a multilateral gathering, a stop of a tour, an article
whose pair is not clear, an article whose other side no proposal keeps.
"""

from __future__ import annotations

import pytest

from partnerlens.cooperation.extract import article_context, extract_text
from partnerlens.cooperation.extract.lone_sides import with_lone_sides
from partnerlens.cooperation.models import Evidence, Proposal

PAIR = {
    "en": "Ghana and Vietnam signed three agreements in Accra on 4 March 2026. Vietnam and Ghana agreed to raise trade. ",
    "fr": "Le Ghana et le Vietnam ont signé trois accords à Accra le 4 mars 2026. Le Vietnam et le Ghana ont convenu "
    "d'accroître leurs échanges. ",
    "ru": "Гана и Вьетнам подписали три соглашения в Аккре 4 марта 2026 года. Вьетнам и Гана договорились нарастить "
    "торговлю. ",
    "pt": "O Gana e o Vietname assinaram três acordos em Acra a 4 de março de 2026. O Vietname e o Gana acordaram "
    "aumentar o comércio. ",
    "es": "Ghana y Vietnam firmaron tres acuerdos en Acra el 4 de marzo de 2026. Vietnam y Ghana acordaron aumentar "
    "el comercio. ",
}

LONE = {
    "en": "A business forum of Ghana opened the same day.",
    "fr": "Un forum d'affaires du Ghana s'est ouvert le même jour.",
    "ru": "В тот же день открылся деловой форум Ганы.",
    "pt": "Um fórum de negócios do Gana abriu no mesmo dia.",
    "es": "Un foro de negocios de Ghana se abrió el mismo día.",
}


def _event(text: str, parties: list[str], start: int | None = None) -> Proposal:
    at = start if start is not None else 0
    return Proposal(
        kind="event",
        type="business_forum",
        parties=parties,
        status="held",
        evidence=Evidence(text=text, start=at, end=at + len(text)),
    )


def _with(language: str, sentence: str, others: list[Proposal] | None = None, lead: str | None = None) -> Proposal:
    text = (lead if lead is not None else PAIR[language]) + sentence
    context = article_context(text, language)
    lone = _event(sentence, ["GHA"], len(text) - len(sentence))
    pair = others if others is not None else [_event(text.split(". ")[0], ["GHA", "VNM"])]
    return with_lone_sides(context, [*pair, lone])[-1]


@pytest.mark.parametrize("language", sorted(LONE))
def test_an_event_of_one_side_gets_the_other(language: str) -> None:
    assert sorted(_with(language, LONE[language]).parties) == ["GHA", "VNM"]


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "A business forum of Ghana and Nigeria opened the same day."),
        ("fr", "Un forum d'affaires du Ghana et du Nigeria s'est ouvert le même jour."),
        ("ru", "В тот же день открылся деловой форум Ганы и Нигерии."),
        ("pt", "Um fórum de negócios do Gana e da Nigéria abriu no mesmo dia."),
        ("es", "Un foro de negocios de Ghana y Nigeria se abrió el mismo día."),
    ],
)
def test_an_event_of_a_third_pair_stays(language: str, sentence: str) -> None:
    assert _with(language, sentence).parties == ["GHA"]  # Nigeria pruned or not: not the article's pair


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "Ghana's president attended the African Union summit in Addis Ababa."),
        ("fr", "Le président du Ghana a participé au sommet de l'Union africaine à Addis-Abeba."),
        ("ru", "Президент Ганы принял участие в саммите Африканского союза в Аддис-Абебе."),
    ],
)
def test_a_multilateral_gathering_stays(language: str, sentence: str) -> None:
    assert _with(language, sentence).parties == ["GHA"]


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "The forum in Accra is the first stop of the Ghanaian minister's tour."),
        ("fr", "Le forum d'Accra est la première étape de la tournée du ministre ghanéen."),
        ("ru", "Форум в Аккре стал первым этапом турне министра Ганы."),
        ("pt", "O fórum em Acra é a primeira etapa da digressão do ministro do Gana."),
        ("es", "El foro en Acra es la primera etapa de la gira del ministro de Ghana."),
    ],
)
def test_a_stop_of_a_tour_stays(language: str, sentence: str) -> None:
    assert _with(language, sentence).parties == ["GHA"]


def test_no_clear_pair_no_side_gained() -> None:
    lead = "Ghana signed three agreements in Accra on 4 March 2026. Vietnam was mentioned once. "
    assert _with("en", LONE["en"], lead=lead).parties == ["GHA"]


def test_a_side_no_proposal_keeps_is_not_gained() -> None:
    others = [_event(PAIR["en"].split(". ")[0], ["GHA"])]  # pruning left Vietnam out of every proposal
    assert _with("en", LONE["en"], others=others).parties == ["GHA"]


def test_agreements_are_left_to_their_own_rules() -> None:
    text = PAIR["en"] + LONE["en"]
    context = article_context(text, "en")
    agreement = Proposal(
        kind="agreement",
        type="agreement",
        parties=["GHA"],
        status="signed",
        evidence=Evidence(text=LONE["en"], start=len(PAIR["en"]), end=len(text)),
    )
    pair = _event(text.split(". ")[0], ["GHA", "VNM"])
    assert with_lone_sides(context, [pair, agreement])[-1].parties == ["GHA"]


@pytest.mark.parametrize("language", ["en", "fr", "ru"])
def test_extraction_pairs_a_lone_event(language: str) -> None:
    proposals = extract_text(PAIR[language] + LONE[language], language=language)
    forums = [p for p in proposals if p.kind == "event" and "forum" in (p.type or "")]
    assert forums and all(sorted(p.parties) == ["GHA", "VNM"] for p in forums)
