"""Meetings with several people of one state (issue 11, :func:`partnerlens.cooperation.extract.event_repeats.
per_counterpart`), on invented sentences in English, French, Russian, Portuguese and Spanish: a plural meeting noun
followed by a list of people (after the preposition, or after a colon), a later plural noun after a first meeting,
and a singular meeting word whose counterparts each come with the preposition again are one meeting per person met;
a singular word before a bare "and", and a name followed by a comma and the next clause's subject, stay one."""

from __future__ import annotations

from datetime import date

import pytest

from partnerlens.cooperation.extract import extract_text

PUBLISHED = date(2025, 3, 12)
_MEETINGS = ("talks", "ministerial_meeting", "meeting")


def meetings(text: str, language: str) -> list:
    found = extract_text(text, language=language, published=PUBLISHED, today=PUBLISHED)
    return [p for p in found if p.kind == "event" and p.type in _MEETINGS]


def names(found: list) -> list[set[str]]:
    return [{person.name for person in p.people} for p in found]


@pytest.mark.parametrize(
    "text, language, met",
    [
        (
            "The Angolan president will hold meetings with Mozambican President Daniel Chapo, Prime Minister Maria "
            "Benvinda Levi and the Speaker of Parliament, Margarida Talapa.",
            "en",
            ["Daniel Chapo", "Maria Benvinda Levi", "Margarida Talapa"],
        ),
        (
            "Le président angolais aura des entretiens avec le président mozambicain Daniel Chapo et avec la "
            "Première ministre Maria Benvinda Levi.",
            "fr",
            ["Daniel Chapo", "Maria Benvinda Levi"],
        ),
        (
            "У президента Анголы запланированы встречи с президентом Мозамбика Даниэлом Чапо и премьер-министром "
            "Марией Бенвиндой Леви.",
            "ru",
            ["Даниэл Чапо", "Мария Бенвинда Леви"],
        ),
        (
            "O Presidente angolano terá reuniões separadas com o Presidente moçambicano, Daniel Chapo, e com a "
            "presidente da Assembleia da República, Margarida Talapa.",
            "pt",
            ["Daniel Chapo", "Margarida Talapa"],
        ),
        (
            "La agenda comienza el miércoles con reuniones entre el presidente angoleño y las autoridades "
            "mozambiqueñas: el presidente Daniel Chapo, la primera ministra Maria Benvinda Levi, y la presidenta "
            "del Parlamento, Margarida Talapa.",
            "es",
            ["Daniel Chapo", "Maria Benvinda Levi", "Margarida Talapa"],
        ),
    ],
)
def test_a_plural_meeting_noun_before_people_of_one_state_is_one_meeting_each(
    text: str, language: str, met: list[str]
) -> None:
    found = meetings(text, language)
    assert len(found) == len(met)
    assert all({"AGO", "MOZ"} <= set(p.parties) for p in found)
    for person, people in zip(met, names(found), strict=True):  # each meeting keeps its own counterpart only
        assert person in people and not (people & (set(met) - {person}))


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "The Angolan president met with the President of Mozambique, Daniel Chapo, and with Prime Minister "
            "Maria Benvinda Levi.",
            "en",
        ),
        (
            "Le président angolais s'est entretenu avec le président du Mozambique, Daniel Chapo, et avec la "
            "Première ministre Maria Benvinda Levi.",
            "fr",
        ),
        ("Президент Анголы встретился с президентом Мозамбика Даниэлом Чапо и с премьер-министром Марией Леви.", "ru"),
        (
            "O Presidente angolano reuniu-se com o Presidente de Moçambique, Daniel Chapo, e com a "
            "Primeira-Ministra Maria Benvinda Levi.",
            "pt",
        ),
        (
            "El presidente angoleño se reunió con el presidente de Mozambique, Daniel Chapo, y con la primera "
            "ministra Maria Benvinda Levi.",
            "es",
        ),
    ],
)
def test_the_preposition_said_again_tells_meetings_with_one_state_apart(text: str, language: str) -> None:
    found = meetings(text, language)
    assert len(found) == 2
    assert all(set(p.parties) == {"AGO", "MOZ"} for p in found)


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "O Presidente angolano manterá um encontro a sós com o Presidente moçambicano Daniel Chapo e reuniões "
            "separadas com a Primeira-Ministra Maria Benvinda Levi e com a presidente do Parlamento, Margarida "
            "Talapa.",
            "pt",
        ),
        (
            "The Angolan president will hold a one-on-one meeting with Mozambican President Daniel Chapo and "
            "separate meetings with Prime Minister Maria Benvinda Levi and with the Speaker, Margarida Talapa.",
            "en",
        ),
        (
            "Le président angolais aura un tête-à-tête avec le président mozambicain Daniel Chapo, puis des "
            "réunions avec la Première ministre Maria Benvinda Levi et avec la présidente du Parlement, Margarida "
            "Talapa.",
            "fr",
        ),
    ],
)
def test_a_plural_noun_after_a_first_meeting_lists_the_further_ones(text: str, language: str) -> None:
    assert len(meetings(text, language)) == 3


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "During meetings with his Mozambican counterpart Daniel Chapo, President Joao Lourenco witnessed the "
            "signing of four agreements.",
            "en",
        ),
        (
            "Lors des entretiens avec son homologue mozambicain Daniel Chapo, le président Joao Lourenco a assisté "
            "à la signature de quatre accords.",
            "fr",
        ),
        (
            "В ходе встречи с мозамбикским коллегой Даниэлом Чапо президент Жоау Лоуренсу присутствовал при "
            "подписании четырех соглашений.",
            "ru",
        ),
        (
            "Durante os encontros com o homólogo moçambicano Daniel Chapo, o Presidente João Lourenço assistiu à "
            "assinatura de quatro acordos.",
            "pt",
        ),
        (
            "Durante las reuniones con su homólogo mozambiqueño Daniel Chapo, el presidente João Lourenço asistió "
            "a la firma de cuatro acuerdos.",
            "es",
        ),
        ("The Angolan president met Mozambican President Daniel Chapo and Prime Minister Maria Benvinda Levi.", "en"),
    ],
)
def test_one_counterpart_then_the_next_clause_or_a_bare_and_is_one_meeting(text: str, language: str) -> None:
    assert len(meetings(text, language)) == 1


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "The Angolan President will be received by his Italian counterpart, Sergio Mattarella, and by Prime "
            "Minister Giorgia Meloni.",
            "en",
        ),
        (
            "O Presidente angolano será recebido pelo seu homólogo italiano, Sergio Mattarella, e pela "
            "primeira-ministra Giorgia Meloni.",
            "pt",
        ),
        (
            "El presidente angoleño será recibido por su homólogo italiano, Sergio Mattarella, y por la primera "
            "ministra Giorgia Meloni.",
            "es",
        ),
    ],
)
def test_received_by_one_host_and_by_another_is_two_meetings(text: str, language: str) -> None:
    found = meetings(text, language)
    assert len(found) == 2 and all(p.status == "planned" and set(p.parties) == {"AGO", "ITA"} for p in found)


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "The Angolan president held meetings with Mozambican President Daniel Chapo, Prime Minister Maria "
            "Benvinda Levi, the Speaker of Parliament, Margarida Talapa, leaders of business associations.",
            "en",
        ),
        (
            "Le président angolais a eu des entretiens avec le président mozambicain Daniel Chapo, la Première "
            "ministre Maria Benvinda Levi, la présidente du Parlement, Margarida Talapa, des chefs d'entreprise.",
            "fr",
        ),
        (
            "La delegación angoleña mantuvo reuniones con el presidente mozambiqueño Daniel Chapo, la primera "
            "ministra Maria Benvinda Levi, la presidenta del Parlamento, Margarida Talapa, dirigentes empresariales.",
            "es",
        ),
    ],
)
def test_three_people_listed_with_commas_alone_are_three_meetings(text: str, language: str) -> None:
    assert len(meetings(text, language)) == 3


@pytest.mark.parametrize(
    "text, language, status",
    [
        (
            "Os presidentes de Angola e de Moçambique devem dialogar sobre a coordenação no âmbito da SADC.",
            "pt",
            "planned",
        ),
        ("Los presidentes de Angola y Mozambique deben dialogar sobre la coordinación en la SADC.", "es", "planned"),
        ("Los presidentes de Angola y Mozambique dialogarán sobre la coordinación en la SADC.", "es", "planned"),
        ("Os presidentes de Angola e de Moçambique dialogarão sobre a coordenação no âmbito da SADC.", "pt", "planned"),
        (
            "O presidente angolano recebe hoje (29) o presidente de Moçambique, Daniel Chapo, no Palácio.",
            "pt",
            "held",
        ),
    ],
)
def test_a_dialogue_to_come_and_a_guest_received_today_are_meetings(text: str, language: str, status: str) -> None:
    """ "Devem dialogar", "dialogarán": talks to come; "recebe hoje (29) o presidente": a meeting that day."""
    found = meetings(text, language)
    assert len(found) == 1 and found[0].status == status


def test_a_colon_after_the_first_counterpart_opens_no_list() -> None:
    """ "Meetings with X and with Y: they discussed trade": the colon ends the list; it opens none."""
    text = (
        "The Angolan president held meetings with President Daniel Chapo and with Prime Minister Maria Levi: on trade."
    )
    assert len(meetings(text, "en")) == 2
