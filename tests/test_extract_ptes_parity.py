"""Portuguese and Spanish vocabularies brought level with the English and French ones (data/lang/pt.yaml, es.yaml,
data/event_types.yaml, reference/data/sectors.pt.yaml and sectors.es.yaml), on invented sentences in both languages
(Brazilian and European Portuguese; Latin American and Peninsular Spanish), one family of words per test:

- an event announced as coming soon ("para breve", "em breve", "próximamente", "una pronta visita") or in the making
  ("em preparação da visita", "preparativos de la visita"), or told by a future participle after its noun ("la cumbre
  a celebrarse en Quito") is planned;
- a negated perfect ("não tinha visitado", "no había visitado", "tampoco se reunió") tells no event;
- an investiture ("tomada de posse", "toma de posesión") is a ceremony; a working meal ("almoço de trabalho",
  "almuerzo de trabajo") is a meeting, and so are leaders "reunidos em"/"reunidos en" and a topic "abordou com o seu
  homólogo"/"analizó con su homólogo"; a leader "recebeu, <when>, <where>, o presidente de X" is received;
- political consultations, visa waivers, an embassy's opening and credentials are events of their own types;
- "intercambios comerciales" (plural) is trade; a "saldo comercial negativo" is a deficit;
- "tecnologias agrícolas" are farming's, not science's; peacekeeping and joint ventures are sectors;
- a year told as the period a figure covers ("ao longo de 2022", "a lo largo de 2022") dates no event.
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


PLANNED = [
    ("pt", "O Presidente de Angola anunciou para breve uma visita oficial a Moçambique."),
    ("pt", "O Presidente de Angola efetua brevemente uma visita oficial a Moçambique."),
    ("es", "Próximamente, el presidente de Colombia realiza una visita oficial a Ecuador."),
    ("pt", "O ministro angolano esteve em Maputo em preparação da visita do Presidente de Angola a Moçambique."),
    ("es", "Se habla de una pronta visita a Ecuador del presidente de Colombia."),
    ("es", "La cumbre a celebrarse en Quito entre Colombia y Ecuador abordará la energía."),
    ("es", "El canciller habló en Bogotá de los preparativos de la visita del presidente de Colombia a Ecuador."),
]


@pytest.mark.parametrize(("language", "text"), PLANNED)
def test_soon_and_in_the_making_is_planned(language, text):
    events = _events(language, text)
    assert events and all(e.status == "planned" for e in events), events


NEGATED = [
    ("pt", "O Presidente de Angola não tinha visitado Moçambique desde 2015."),
    ("es", "El presidente de Colombia no había visitado Ecuador desde 2015."),
    ("es", "El presidente de Colombia tampoco se reunió con su homólogo de Ecuador."),
]


@pytest.mark.parametrize(("language", "text"), NEGATED)
def test_negated_perfect_tells_no_event(language, text):
    assert _events(language, text) == []


TYPED = [
    ("pt", "O Presidente de Moçambique participou na tomada de posse do Presidente de Angola em Luanda.", "ceremony"),
    ("es", "El presidente de Ecuador asistió a la toma de posesión del presidente de Colombia en Bogotá.", "ceremony"),
    ("pt", "Os ministros de Angola e Moçambique tiveram um almoço de trabalho em Luanda.", "meeting"),
    ("es", "Los cancilleres de Colombia y Ecuador sostuvieron un almuerzo de trabajo en Quito.", "meeting"),
    ("pt", "Angola e Moçambique realizaram consultas políticas em Luanda.", "political_consultations"),
    ("es", "Colombia y Ecuador celebraron consultas políticas en Quito.", "political_consultations"),
    ("pt", "Moçambique vai abrir uma embaixada em Angola no próximo ano.", "mission_opening"),
    ("es", "Ecuador abrirá una embajada en Colombia el próximo año.", "mission_opening"),
    (
        "pt",
        "O embaixador de Angola apresentou as cartas credenciais ao Presidente de Moçambique.",
        "ambassador_accreditation",
    ),
    (
        "es",
        "El embajador de Colombia presentó sus cartas credenciales al presidente de Ecuador.",
        "ambassador_accreditation",
    ),
]


@pytest.mark.parametrize(("language", "text", "kind"), TYPED)
def test_event_types_of_their_own(language, text, kind):
    assert kind in {e.type for e in _events(language, text)}


VISA = [
    ("pt", "Angola e Moçambique assinaram um acordo de isenção de vistos."),
    ("es", "Colombia y Ecuador firmaron un acuerdo de exención de visas."),
]


@pytest.mark.parametrize(("language", "text"), VISA)
def test_visa_waiver_is_a_visa_agreement(language, text):
    assert "visa_agreement" in {p.type for p in _found(language, text)}


MET = [
    (
        "pt",
        "O Presidente de Angola e o Presidente da Turquia, reunidos no Palácio presidencial em Luanda, destacaram a cooperação.",
    ),
    ("es", "Los presidentes de Colombia y Ecuador, reunidos en Quito, destacaron la cooperación."),
    ("pt", "O Presidente de Angola abordou hoje, em Luanda, com o seu homólogo da Turquia o reforço da cooperação."),
    ("es", "El presidente de Colombia analizó este martes, en Bogotá, con su homólogo de Ecuador la agenda bilateral."),
    (
        "pt",
        "O Presidente do Brasil recebeu, nesta terça-feira, no Palácio do Planalto, o presidente de Angola, João Lourenço.",
    ),
    (
        "es",
        "El presidente de Colombia recibió, este martes, en la Casa de Nariño, al presidente de Ecuador, Daniel Noboa.",
    ),
]


@pytest.mark.parametrize(("language", "text"), MET)
def test_meetings_told_by_participle_topic_or_reception(language, text):
    events = _events(language, text)
    assert events and len(set(events[0].parties or [])) == 2, events


def test_plural_exchanges_are_trade():
    found = _found(
        "es", "Los intercambios comerciales entre Colombia y Ecuador sumaron 900 millones de dólares en 2023."
    )
    claims = [p for p in found if p.kind == "claim"]
    assert [(c.metric, c.value, c.year) for c in claims] == [("total", 900_000_000, 2023)]


NEGATIVE_BALANCE = [
    ("pt", "Angola registou com Moçambique um saldo comercial negativo de 12 milhões de dólares em 2023."),
    ("es", "Colombia registró con Ecuador un saldo comercial negativo de 12 millones de dólares en 2023."),
]


@pytest.mark.parametrize(("language", "text"), NEGATIVE_BALANCE)
def test_negative_balance_is_a_deficit(language, text):
    claims = [p for p in _found(language, text) if p.kind == "claim"]
    assert [(c.metric, c.value) for c in claims] == [("balance", -12_000_000)]


SECTORS = [
    ("pt", "Angola e Moçambique assinaram um memorando sobre tecnologias agrícolas.", {"agriculture"}),
    ("es", "Colombia y Ecuador firmaron un memorando sobre tecnologías agrícolas.", {"agriculture"}),
    ("pt", "Angola e Moçambique assinaram um acordo sobre a manutenção da paz.", {"security_defence"}),
    ("es", "Colombia y Ecuador firmaron un acuerdo sobre el mantenimiento de la paz.", {"security_defence"}),
    ("pt", "Angola e Moçambique assinaram um acordo para promover empresas mistas.", {"investment"}),
    ("es", "Colombia y Ecuador firmaron un acuerdo para promover empresas mixtas.", {"investment"}),
]


@pytest.mark.parametrize(("language", "text", "sectors"), SECTORS)
def test_sector_words(language, text, sectors):
    agreements = [p for p in _found(language, text) if p.kind == "agreement"]
    assert agreements and set(agreements[0].sectors or []) == sectors


FIGURE_PERIOD = [
    (
        "pt",
        "O comércio entre Angola e Moçambique ao longo de 2022 atingiu 50 milhões de dólares, disse o ministro numa reunião em Luanda.",
    ),
    (
        "es",
        "El comercio entre Colombia y Ecuador a lo largo de 2022 alcanzó 50 millones de dólares, dijo el ministro en una reunión en Quito.",
    ),
]


@pytest.mark.parametrize(("language", "text"), FIGURE_PERIOD)
def test_figure_period_dates_no_event(language, text):
    found = _found(language, text)
    assert [c.year for c in found if c.kind == "claim"] == [2022]
    events = [p for p in found if p.kind == "event"]
    assert events and all(e.date is None for e in events)


PRESENT_AND_ARRIVALS = [
    ("pt", "O Presidente de Angola reúne-se hoje em Luanda com o Presidente de Moçambique.", "meeting"),
    ("pt", "O ministro angolano encontra-se com o seu homólogo moçambicano em Maputo.", "meeting"),
    ("pt", "O Presidente de Angola esteve reunido com o Presidente de Moçambique durante duas horas.", "meeting"),
    ("es", "El presidente de Colombia se reúne hoy en Bogotá con el presidente de Ecuador.", "meeting"),
    ("es", "El canciller de Colombia se entrevistó en Quito con su homólogo de Ecuador.", "meeting"),
    ("es", "El presidente de Colombia se encontró con su homólogo de Ecuador en Lima.", "meeting"),
    (
        "pt",
        "O Presidente de Angola desembarcou, na manhã desta quarta-feira, em Maputo, capital de Moçambique.",
        "visit",
    ),
    ("pt", "O Presidente de Angola chega hoje a Maputo, capital de Moçambique.", "visit"),
    ("es", "El presidente de Colombia llega hoy a Quito, capital de Ecuador.", "visit"),
    ("es", "El presidente de Colombia aterrizó este martes en Quito, capital de Ecuador.", "visit"),
    ("es", "El presidente de Colombia arribó a Quito, capital de Ecuador.", "visit"),
]


@pytest.mark.parametrize(("language", "text", "kind"), PRESENT_AND_ARRIVALS)
def test_present_tense_meetings_and_arrivals(language, text, kind):
    assert kind in {e.type for e in _events(language, text)}


NOT_MET = [
    ("pt", "O fórum reúne empresários de Angola e de Moçambique em Luanda."),
    ("pt", "O comércio entre Angola e Moçambique chega a 10 milhões de dólares."),
    ("es", "El comercio entre Colombia y Ecuador llega a 10 millones de dólares."),
]


@pytest.mark.parametrize(("language", "text"), NOT_MET)
def test_gathering_and_levels_are_no_meeting_or_visit(language, text):
    assert not {"meeting", "visit"} & {e.type for e in _events(language, text)}
