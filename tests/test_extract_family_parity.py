"""The word families z21ptes added for Portuguese and Spanish, written in English, French and Russian too (and the
agreement verbs that seal deals in all five), on invented sentences, one family per test:

- an investiture ("swearing-in", "investiture", "prestation de serment", "инаугурация", "вступление в должность")
  is a ceremony, and "принял участие в инаугурации" is no reception of the president;
- a working meal ("working lunch", "déjeuner de travail", "рабочий обед") is a meeting;
- a meeting told in the present ("meets", "rencontre", "встречается", "проводит переговоры") is a meeting;
- an arrival or a landing followed by a capitalised place ("lands in", "a atterri à", "прибывает в") is a visit;
- an event coming soon or in preparation ("soon to", "prochainement", "bientôt", "в ближайшее время", "вскоре",
  "to prepare the visit", "préparatifs de la visite") or told by a future participle after its noun ("le sommet à
  venir", "devant se tenir") is planned (a bare "preparations for the visit", "préparation de la visite", "подготовка
  визита" stays the hedge pinned by test_extract.py's held-out articles: no event unless a date or a person anchors it);
- deals sealed ("clinched", "ont scellé", "скрепили", "fecharam", "cerraron", "concretaron") are signed agreements.
"""

from __future__ import annotations

from datetime import date

import pytest

from partnerlens.cooperation.extract import extract_text

PUBLISHED = date(2025, 3, 12)


def _found(language: str, text: str):
    return extract_text(text, language=language, published=PUBLISHED, today=PUBLISHED)


def _events(language: str, text: str):
    return [p for p in _found(language, text) if p.kind == "event"]


def _types(language: str, text: str) -> set[str]:
    return {e.type for e in _events(language, text)}


INVESTITURES = [
    ("en", "The President of Ghana attended the swearing-in of the President of Nigeria in Abuja."),
    ("en", "The President of Ghana flew to Abuja for the swearing-in ceremony of the new President of Nigeria."),
    ("en", "Nigeria's leader attended the investiture of the President of Ghana."),
    ("fr", "Le président du Sénégal a assisté à l'investiture du président de la Côte d'Ivoire à Abidjan."),
    ("fr", "Le président du Sénégal a assisté à la prestation de serment du président de la Côte d'Ivoire."),
    ("ru", "Президент Казахстана принял участие в инаугурации президента Узбекистана в Ташкенте."),
    ("ru", "Президент Казахстана присутствовал на церемонии вступления в должность президента Узбекистана."),
    ("pt", "O Presidente de Moçambique participou na tomada de posse do Presidente de Angola em Luanda."),
    ("es", "El presidente de Ecuador asistió a la toma de posesión del presidente de Colombia en Bogotá."),
]


@pytest.mark.parametrize(("language", "text"), INVESTITURES)
def test_investiture_is_a_ceremony(language, text):
    assert "ceremony" in _types(language, text)


SINCE = [
    ("en", "Since his swearing-in, the President of Ghana has received the leaders of Nigeria and Togo in Accra."),
    ("fr", "Depuis l'investiture du président du Sénégal, Dakar a reçu les présidents ivoirien et malien."),
    ("ru", "С момента инаугурации президента Казахстана Астана приняла лидеров Узбекистана и Киргизии."),
]


@pytest.mark.parametrize(("language", "text"), SINCE)
def test_since_an_investiture_is_no_ceremony(language, text):
    assert "ceremony" not in _types(language, text)


def test_taking_part_is_no_reception():
    text = "Президент Казахстана принял участие в инаугурации президента Узбекистана в Ташкенте."
    assert "talks" not in _types("ru", text)


WORKING_MEALS = [
    ("en", "The foreign ministers of Ghana and Nigeria held a working lunch in Accra."),
    ("en", "The President of Ghana hosted a working dinner for the President of Nigeria in Accra."),
    ("fr", "Les ministres du Sénégal et de la Côte d'Ivoire ont eu un déjeuner de travail à Dakar."),
    ("fr", "Le président du Sénégal a offert un dîner de travail au président de la Côte d'Ivoire."),
    ("ru", "Министры Казахстана и Узбекистана провели рабочий обед в Астане."),
    ("ru", "Президент Казахстана дал рабочий ужин в честь президента Узбекистана."),
    ("pt", "Os ministros de Angola e Moçambique tiveram um almoço de trabalho em Luanda."),
    ("es", "Los cancilleres de Colombia y Ecuador sostuvieron un almuerzo de trabajo en Quito."),
]


@pytest.mark.parametrize(("language", "text"), WORKING_MEALS)
def test_working_meal_is_a_meeting(language, text):
    assert "meeting" in _types(language, text)


PRESENT_MEETINGS = [
    ("en", "The President of Ghana meets today in Accra with the President of Nigeria."),
    ("en", "The President of Ghana is meeting his Nigerian counterpart in Abuja."),
    ("fr", "Le président du Sénégal rencontre aujourd'hui à Dakar le président de la Côte d'Ivoire."),
    ("fr", "Le président du Sénégal s'entretient à Dakar avec son homologue ivoirien."),
    ("ru", "Президент Казахстана встречается сегодня в Астане с президентом Узбекистана."),
    ("ru", "Президент Казахстана проводит переговоры с президентом Узбекистана в Астане."),
    ("pt", "O Presidente de Angola reúne-se hoje em Luanda com o Presidente de Moçambique."),
    ("es", "El presidente de Colombia se reúne hoy en Bogotá con el presidente de Ecuador."),
]


@pytest.mark.parametrize(("language", "text"), PRESENT_MEETINGS)
def test_present_tense_meeting(language, text):
    events = _events(language, text)
    assert events and {"talks", "meeting"} & {e.type for e in events}
    assert len(set(events[0].parties or [])) == 2, events


ARRIVALS = [
    ("en", "The President of Ghana arrives today in Abuja, the capital of Nigeria."),
    ("en", "The President of Ghana landed on Wednesday morning in Abuja, the capital of Nigeria."),
    ("en", "The President of Ghana lands in Abuja, the capital of Nigeria."),
    ("fr", "Le président du Sénégal arrive à Abidjan, capitale de la Côte d'Ivoire."),
    ("fr", "Le président du Sénégal a atterri mercredi matin à Abidjan, capitale de la Côte d'Ivoire."),
    ("ru", "Президент Казахстана прибывает в Ташкент, столицу Узбекистана."),
    ("ru", "Самолет президента Казахстана приземлился в аэропорту Ташкента, столицы Узбекистана."),
    ("pt", "O Presidente de Angola chega hoje a Maputo, capital de Moçambique."),
    ("es", "El presidente de Colombia llega hoy a Quito, capital de Ecuador."),
]


@pytest.mark.parametrize(("language", "text"), ARRIVALS)
def test_arrival_at_a_named_place_is_a_visit(language, text):
    assert "visit" in _types(language, text)


NOT_VISITS = [
    ("en", "Ghanaian firms landed three contracts in Nigeria last year."),
    ("en", "Trade between Ghana and Nigeria arrives at a turning point."),
]


@pytest.mark.parametrize(("language", "text"), NOT_VISITS)
def test_contracts_landed_are_no_visit(language, text):
    assert "visit" not in _types(language, text)


PLANNED = [
    ("en", "The President of Ghana is soon to pay an official visit to Nigeria."),
    ("en", "The President of Ghana will pay an official visit to Nigeria soon, the ministry said."),
    ("en", "The foreign minister was in Abuja to prepare the visit of the President of Ghana to Nigeria."),
    ("fr", "Prochainement, le président du Sénégal effectue une visite officielle en Côte d'Ivoire."),
    ("fr", "Le président du Sénégal effectue bientôt une visite officielle en Côte d'Ivoire."),
    ("fr", "Le ministre a parlé à Dakar des préparatifs de la visite du président du Sénégal en Côte d'Ivoire."),
    ("fr", "Le sommet à venir entre le Sénégal et la Côte d'Ivoire portera sur l'énergie."),
    ("fr", "Le sommet devant se tenir à Abidjan entre le Sénégal et la Côte d'Ivoire portera sur l'énergie."),
    ("ru", "Вскоре президент Казахстана посещает Узбекистан с официальным визитом."),
    ("ru", "В ближайшее время президент Казахстана совершает официальный визит в Узбекистан."),
    ("ru", "Президент Казахстана 5 мая прибудет в Ташкент для подготовки визита в Узбекистан."),
    ("pt", "O Presidente de Angola efetua brevemente uma visita oficial a Moçambique."),
    ("es", "El canciller habló en Bogotá de los preparativos de la visita del presidente de Colombia a Ecuador."),
]


@pytest.mark.parametrize(("language", "text"), PLANNED)
def test_soon_in_preparation_and_to_come_is_planned(language, text):
    visits = [e for e in _events(language, text) if e.type in ("visit", "official_visit", "summit")]
    assert visits and all(e.status == "planned" for e in visits), visits


HELD = [
    ("en", "The President of Ghana visited Nigeria in January, and soon after the two sides signed a memorandum."),
    ("fr", "La visite du président du Sénégal en Côte d'Ivoire a renforcé la coopération pour les années à venir."),
    ("fr", "Il y a bientôt dix ans, le président du Sénégal a visité la Côte d'Ivoire."),
    ("ru", "Президент Казахстана посетил Узбекистан в январе, вскоре после выборов."),
]


@pytest.mark.parametrize(("language", "text"), HELD)
def test_soon_after_and_years_to_come_stay_held(language, text):
    events = _events(language, text)
    assert events and all(e.status == "held" for e in events), events


SEALED = [
    ("en", "Ghana and Nigeria clinched an agreement on energy cooperation in Accra."),
    ("en", "Ghana and Nigeria sealed an agreement on energy cooperation in Accra."),
    ("fr", "Le Sénégal et la Côte d'Ivoire ont scellé un accord sur l'énergie à Dakar."),
    ("fr", "Le Sénégal et la Côte d'Ivoire ont conclu un accord sur l'énergie à Dakar."),
    ("ru", "Казахстан и Узбекистан скрепили соглашение о сотрудничестве в энергетике."),
    ("ru", "Казахстан и Узбекистан заключили соглашение о сотрудничестве в энергетике."),
    ("pt", "Angola e Moçambique fecharam um acordo de cooperação energética em Luanda."),
    ("pt", "Angola e Moçambique concluíram um acordo de cooperação energética em Luanda."),
    ("es", "Colombia y Ecuador cerraron un acuerdo de cooperación energética en Quito."),
    ("es", "Colombia y Ecuador concretaron un acuerdo de cooperación energética en Quito."),
]


@pytest.mark.parametrize(("language", "text"), SEALED)
def test_sealed_deals_are_signed_agreements(language, text):
    agreements = [p for p in _found(language, text) if p.kind == "agreement"]
    assert agreements and all(a.status == "signed" for a in agreements), agreements
    assert len(set(agreements[0].parties or [])) == 2, agreements


def test_closing_a_door_is_no_agreement():
    found = _found("es", "Colombia cerró la frontera con Ecuador en enero.")
    assert not [p for p in found if p.kind == "agreement"]
