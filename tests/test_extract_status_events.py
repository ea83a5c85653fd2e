"""Planned or held: the status of an event on invented sentences in English, French, Russian, Portuguese and
Spanish, one class per grammar form — past tenses (preterite, passé composé, passé simple, perfective past,
pretérito perfeito/indefinido), headlines in the present or without a verb, the present of a stay ("se encuentra
en", "находится с визитом"), futures (simple, near, "is set to", "doit", conditional "devrait"/"se rendrait",
perfective present in Russian), planned words after the event's word ("est prévue", "планируется", "está
prevista"), and an invitation or purpose conjunction that governs a subjunctive ("afin qu'il effectue une
visite", "para que realice una visita", "чтобы он посетил"): what follows is wished, not done."""

from __future__ import annotations

from datetime import date

import pytest

from partnerlens.cooperation.extract import extract_text

PUBLISHED = date(2025, 3, 12)


def statuses(text: str, language: str) -> set:
    found = extract_text(text, language=language, published=PUBLISHED, today=PUBLISHED)
    return {p.status for p in found if p.kind == "event"}


HELD = [
    ("en", "Kenyan President William Ruto visited Uzbekistan on 10 March 2025 and met President Shavkat Mirziyoyev."),
    ("en", "Kenyan President Ruto pays state visit to Uzbekistan"),
    ("en", "Kenyan Foreign Minister holds talks with Uzbek counterpart in Tashkent"),
    ("en", "President Ruto arrived in Tashkent on Monday for a two-day state visit to Uzbekistan."),
    ("fr", "Le président kényan William Ruto a effectué une visite d'État en Ouzbékistan le 10 mars 2025."),
    ("fr", "Le président kényan William Ruto effectua une visite officielle en Ouzbékistan en mars 2025."),
    (
        "fr",
        "Le ministre kényan des Affaires étrangères s'est entretenu avec son homologue ouzbek à Tachkent le 10 mars 2025.",
    ),
    ("fr", "Le président kényan en visite officielle en Ouzbékistan"),
    ("ru", "Президент Кении Уильям Руто 10 марта 2025 года посетил Узбекистан с государственным визитом."),
    ("ru", "Президент Кении прибыл в Ташкент с официальным визитом в Узбекистан."),
    ("ru", "В Ташкенте состоялись переговоры президентов Кении и Узбекистана."),
    ("ru", "Президент Узбекистана провёл переговоры с президентом Кении в Ташкенте."),
    (
        "pt",
        "O presidente do Quénia, William Ruto, realizou uma visita de Estado ao Uzbequistão em 10 de março de 2025.",
    ),
    ("pt", "O presidente do Quénia visitou o Uzbequistão em março de 2025."),
    ("pt", "Presidente do Quénia inicia visita oficial ao Uzbequistão"),
    ("pt", "O ministro dos Negócios Estrangeiros do Quénia reuniu-se com o seu homólogo do Uzbequistão em Tashkent."),
    ("es", "El presidente de Kenia, William Ruto, realizó una visita de Estado a Uzbekistán el 10 de marzo de 2025."),
    ("es", "El presidente de Kenia visitó Uzbekistán en marzo de 2025."),
    ("es", "El presidente de Kenia se reunió con su homólogo de Uzbekistán en Taskent."),
    ("es", "Presidente de Kenia inicia visita oficial a Uzbekistán"),
    ("pt", "Presidente do Quénia em visita de Estado ao Uzbequistão"),
    ("pt", "O presidente do Quénia encontra-se em Tashkent para uma visita oficial ao Uzbequistão."),
    ("pt", "O presidente do Quénia terminou hoje a sua visita oficial ao Uzbequistão."),
    ("pt", "O presidente do Quénia chegou ontem a Tashkent para uma visita oficial ao Uzbequistão."),
    ("pt", "O presidente do Quénia, que se encontra em visita oficial ao Uzbequistão, reuniu-se com o homólogo."),
    (
        "pt",
        "O presidente do Quénia esteve em visita oficial ao Uzbequistão, onde se reuniu com o homólogo Shavkat Mirziyoyev.",
    ),
    ("es", "Presidente de Kenia de visita oficial en Uzbekistán"),
    ("es", "El presidente de Kenia se encuentra en Taskent en visita oficial a Uzbekistán."),
    ("es", "El presidente de Kenia concluyó este martes su visita oficial a Uzbekistán."),
    ("es", "El presidente de Kenia llegó ayer a Taskent para una visita oficial a Uzbekistán."),
    ("es", "El presidente de Kenia, que realiza una visita oficial a Uzbekistán, se reunió con su homólogo."),
    ("es", "El presidente de Kenia estuvo de visita oficial en Uzbekistán, donde se reunió con su homólogo."),
    ("es", "El canciller de Kenia sostuvo una reunión con su homólogo de Uzbekistán en Taskent."),
    ("fr", "Le président kényan a pris part au forum d'affaires Kenya-Ouzbékistan à Tachkent."),
    ("fr", "Le président kényan prit part au forum d'affaires Kenya-Ouzbékistan à Tachkent en 2024."),
    ("fr", "Le président kényan, qui effectue une visite officielle en Ouzbékistan, a rencontré son homologue."),
    ("fr", "Le président kényan séjourne en Ouzbékistan pour une visite officielle de trois jours."),
    ("en", "Kenyan President Ruto, who is on a state visit to Uzbekistan, met President Mirziyoyev."),
    ("ru", "Президент Кении находится в Узбекистане с официальным визитом."),
    ("ru", "Президент Кении принял участие в бизнес-форуме Кения — Узбекистан в Ташкенте."),
]

PLANNED = [
    ("en", "Kenyan President William Ruto will visit Uzbekistan in April 2025."),
    ("en", "Kenyan President Ruto to visit Uzbekistan next month"),
    ("en", "Kenyan President Ruto is set to pay a state visit to Uzbekistan in April."),
    ("en", "Kenyan President Ruto is expected to visit Uzbekistan in April."),
    ("en", "A state visit by the Kenyan president to Uzbekistan is scheduled for April 2025."),
    ("en", "Kenya and Uzbekistan are due to hold talks in Tashkent in April."),
    ("fr", "Le président kényan William Ruto effectuera une visite d'État en Ouzbékistan en avril 2025."),
    ("fr", "Le président kényan va effectuer une visite officielle en Ouzbékistan en avril."),
    ("fr", "Le président kényan doit effectuer une visite officielle en Ouzbékistan en avril."),
    ("fr", "Le président kényan devrait se rendre en Ouzbékistan en avril pour une visite officielle."),
    ("fr", "Le président kényan se rendrait en Ouzbékistan en avril pour une visite officielle."),
    ("fr", "Une visite du président kényan en Ouzbékistan est prévue en avril."),
    ("fr", "Le président kényan s'apprête à effectuer une visite officielle en Ouzbékistan."),
    ("ru", "Президент Кении Уильям Руто посетит Узбекистан в апреле 2025 года."),
    ("ru", "Президент Кении намерен посетить Узбекистан с официальным визитом в апреле."),
    ("ru", "Визит президента Кении в Узбекистан планируется в апреле."),
    ("ru", "Переговоры президентов Кении и Узбекистана состоятся в Ташкенте в апреле."),
    ("ru", "Заседание межправительственной комиссии Кении и Узбекистана пройдет в Ташкенте в апреле."),
    ("ru", "Ожидается визит президента Кении в Узбекистан в апреле."),
    ("ru", "Президент Кении совершит государственный визит в Узбекистан в апреле."),
    ("pt", "O presidente do Quénia visitará o Uzbequistão em abril de 2025."),
    ("pt", "O presidente do Quénia vai realizar uma visita oficial ao Uzbequistão em abril."),
    ("pt", "O presidente do Quénia deverá visitar o Uzbequistão em abril."),
    ("pt", "A visita do presidente do Quénia ao Uzbequistão está prevista para abril."),
    ("pt", "O presidente do Quénia realiza na próxima semana uma visita oficial ao Uzbequistão."),
    ("es", "El presidente de Kenia visitará Uzbekistán en abril de 2025."),
    ("es", "El presidente de Kenia va a realizar una visita oficial a Uzbekistán en abril."),
    ("es", "El presidente de Kenia tiene previsto visitar Uzbekistán en abril."),
    ("es", "La visita del presidente de Kenia a Uzbekistán está prevista para abril."),
    ("es", "El presidente de Kenia realizará una visita oficial a Uzbekistán la próxima semana."),
    ("pt", "O presidente do Quénia desloca-se na próxima semana ao Uzbequistão para uma visita oficial."),
    ("pt", "O presidente do Quénia efetuará uma visita de Estado ao Uzbequistão a partir de 20 de abril."),
    ("pt", "O presidente do Quénia parte amanhã para o Uzbequistão, numa visita oficial."),
    ("es", "El presidente de Kenia viajará la próxima semana a Uzbekistán para una visita oficial."),
    ("es", "El presidente de Kenia emprenderá una gira por Uzbekistán a partir del 20 de abril."),
    ("es", "El presidente de Kenia participará en el foro empresarial Kenia-Uzbekistán en Taskent."),
    ("pt", "O presidente do Quénia participará no fórum empresarial Quénia-Uzbequistão em Tashkent."),
    ("pt", "O presidente do Quénia irá participar no fórum empresarial Quénia-Uzbequistão em Tashkent."),
    ("fr", "Le président kényan participera au forum d'affaires Kenya-Ouzbékistan à Tachkent."),
    ("fr", "Le président kényan prendra part au forum d'affaires Kenya-Ouzbékistan à Tachkent."),
    ("fr", "Le président kényan entamera lundi une visite officielle en Ouzbékistan."),
    ("fr", "Le président kényan est attendu à Tachkent pour une visite officielle en Ouzbékistan."),
    ("en", "Kenyan President Ruto will travel to Uzbekistan next week for an official visit."),
    ("ru", "Президент Кении отправится в Узбекистан с официальным визитом на следующей неделе."),
    ("ru", "Президент Кении примет участие в бизнес-форуме Кения — Узбекистан в Ташкенте."),
]

PURPOSE = [
    (
        "fr",
        "Le ministre ouzbek a invité son homologue kényan afin qu'il effectue une visite officielle en Ouzbékistan.",
    ),
    ("fr", "Le ministre ouzbek a invité son homologue kényan pour qu'il se rende en visite officielle en Ouzbékistan."),
    ("es", "El ministro de Uzbekistán invitó a su homólogo de Kenia para que realice una visita oficial a Uzbekistán."),
    (
        "pt",
        "O ministro do Uzbequistão convidou o homólogo do Quénia para que realize uma visita oficial ao Uzbequistão.",
    ),
    ("ru", "Министр Узбекистана пригласил кенийского коллегу, чтобы тот посетил Узбекистан с официальным визитом."),
    (
        "en",
        "President Mirziyoyev invited Kenyan President William Ruto in order for him to pay a state visit to Uzbekistan.",
    ),
]


@pytest.mark.parametrize("language, text", HELD)
def test_an_event_told_as_done_is_held(language, text):
    assert statuses(text, language) == {"held"}


@pytest.mark.parametrize("language, text", PLANNED)
def test_an_event_told_as_to_come_is_planned(language, text):
    assert statuses(text, language) == {"planned"}


@pytest.mark.parametrize("language, text", PURPOSE)
def test_an_event_after_a_purpose_conjunction_is_planned(language, text):
    assert statuses(text, language) == {"planned"}


RELATIVE = [  # a relative clause right after the event's phrase tells it as to come
    (
        "en",
        "Kenya and Uzbekistan prepared the state visit of President Ruto to Uzbekistan, which will take place in April.",
    ),
    ("fr", "Le Kenya et l'Ouzbékistan ont préparé la visite d'État du président kényan, qui se déroulera en avril."),
    ("ru", "Кения и Узбекистан обсудили подготовку визита президента Кении в Узбекистан, который пройдет в апреле."),
    ("pt", "O Quénia e o Uzbequistão prepararam a visita de Estado do presidente do Quénia, que decorrerá em abril."),
    ("es", "Kenia y Uzbekistán prepararon la visita de Estado del presidente de Kenia, que se celebrará en abril."),
]

RELATIVE_DONE = [  # … or as done, and a consequence says nothing of it
    ("fr", "Le président kényan a effectué une visite d'État en Ouzbékistan, qui permettra de renforcer les échanges."),
    ("pt", "O presidente do Quénia realizou uma visita de Estado ao Uzbequistão, que irá reforçar o comércio."),
    ("es", "El presidente de Kenia realizó una visita de Estado a Uzbekistán, que permitirá reforzar el comercio."),
    ("ru", "Президент Кении совершил государственный визит в Узбекистан, который позволит укрепить торговлю."),
]


@pytest.mark.parametrize("language, text", RELATIVE)
def test_an_event_whose_relative_clause_is_ahead_is_planned(language, text):
    assert "planned" in statuses(text, language)


@pytest.mark.parametrize("language, text", RELATIVE_DONE)
def test_a_consequence_in_a_relative_clause_leaves_the_event_held(language, text):
    assert statuses(text, language) == {"held"}


OBLIGED = [  # an event someone is supposed or obliged to hold: planned
    ("fr", "Le président kényan est censé effectuer une visite officielle en Ouzbékistan en avril."),
    ("en", "Kenyan President Ruto is supposed to visit Uzbekistan in April."),
    ("ru", "Президент Кении должен посетить Узбекистан с официальным визитом в апреле."),
    ("pt", "O presidente do Quénia deve visitar o Uzbequistão em abril, numa visita oficial."),
    ("es", "El presidente de Kenia debe viajar a Uzbekistán en abril para una visita oficial."),
]


@pytest.mark.parametrize("language, text", OBLIGED)
def test_an_event_someone_is_supposed_to_hold_is_planned(language, text):
    assert statuses(text, language) == {"planned"}


PURPOSE_AHEAD = [  # an event after a purpose preposition takes the status of its clause's verb, however far back
    (
        "fr",
        "Le Premier ministre kényan doit également se rendre à Tachkent avec plusieurs ministres pour coprésider la "
        "réunion de la commission mixte Kenya-Ouzbékistan.",
    ),
    (
        "ru",
        "Премьер-министр Кении также посетит Ташкент вместе с несколькими министрами своего правительства, чтобы "
        "провести заседание межправительственной комиссии Кении и Узбекистана.",
    ),
    (
        "pt",
        "O primeiro-ministro do Quénia deslocar-se-á também a Tashkent com vários ministros do seu governo para "
        "copresidir à reunião da comissão mista Quénia-Uzbequistão.",
    ),
    (
        "es",
        "El primer ministro de Kenia viajará también a Taskent con varios ministros de su gobierno para copresidir "
        "la reunión de la comisión mixta Kenia-Uzbekistán.",
    ),
]

PURPOSE_DONE = [
    (
        "fr",
        "Le Premier ministre kényan s'est rendu à Tachkent le 10 mars 2025 pour coprésider la commission mixte Kenya-Ouzbékistan.",
    ),
    (
        "pt",
        "O primeiro-ministro do Quénia deslocou-se a Tashkent a 10 de março de 2025 para copresidir à comissão mista Quénia-Uzbequistão.",
    ),
    (
        "es",
        "El primer ministro de Kenia viajó a Taskent el 10 de marzo de 2025 para copresidir la comisión mixta Kenia-Uzbekistán.",
    ),
]


@pytest.mark.parametrize("language, text", PURPOSE_AHEAD)
def test_an_event_of_a_purpose_clause_to_come_is_planned(language, text):
    assert statuses(text, language) == {"planned"}


@pytest.mark.parametrize("language, text", PURPOSE_DONE)
def test_an_event_of_a_purpose_clause_done_is_held(language, text):
    assert statuses(text, language) == {"held"}
