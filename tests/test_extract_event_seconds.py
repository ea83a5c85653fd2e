"""A second event in a sentence that already tells one (issue 11, :mod:`partnerlens.cooperation.extract.event_seconds`),
on invented sentences in English, French, Russian, Portuguese and Spanish: a meeting with a list of counterparts of
several states (three or more, or told apart by a semicolon or the preposition again) is one meeting per
counterpart's state; a meeting "between" states, with two counterparts joined by a bare "and", or with two people of
one state, stays one; "attend a forum" beside a meeting is a forum of its own."""

from __future__ import annotations

from datetime import date

import pytest

from partnerlens.cooperation.extract import extract_text

PUBLISHED = date(2025, 3, 12)
_MEETINGS = ("talks", "ministerial_meeting", "meeting")


def meetings(text: str, language: str) -> list[frozenset[str]]:
    found = extract_text(text, language=language, published=PUBLISHED, today=PUBLISHED)
    return [frozenset(p.parties) for p in found if p.kind == "event" and p.type in _MEETINGS]


@pytest.mark.parametrize(
    "text, language, pairs",
    [
        (
            "The Kenyan president met his Angolan counterpart Joao Lourenco, the Nigerian president Bola Tinubu "
            "and the Ghanaian president John Mahama.",
            "en",
            [{"KEN", "AGO"}, {"KEN", "NGA"}, {"KEN", "GHA"}],
        ),
        (
            "Le président togolais s'est entretenu dimanche avec Patrice Talon, son homologue du Bénin, et avec le "
            "Gabonais Ali Bongo.",
            "fr",
            [{"TGO", "BEN"}, {"TGO", "GAB"}],
        ),
        (
            "Президент Казахстана встретился с президентом Узбекистана Шавкатом Мирзиёевым, а затем и с президентом "
            "Киргизии Садыром Жапаровым.",
            "ru",
            [{"KAZ", "UZB"}, {"KAZ", "KGZ"}],
        ),
        (
            "O Presidente angolano reuniu-se com o Presidente de Moçambique Daniel Chapo e com o Presidente de "
            "Cabo Verde José Maria Neves.",
            "pt",
            [{"AGO", "MOZ"}, {"AGO", "CPV"}],
        ),
        (
            "El presidente chileno se reunió con el presidente de Perú Pedro Castillo y con el presidente de "
            "Bolivia Luis Arce.",
            "es",
            [{"CHL", "PER"}, {"CHL", "BOL"}],
        ),
    ],
)
def test_a_meeting_with_counterparts_of_several_states_is_one_meeting_each(
    text: str, language: str, pairs: list[set[str]]
) -> None:
    found = meetings(text, language)
    assert sorted(found, key=sorted) == sorted((frozenset(p) for p in pairs), key=sorted)


@pytest.mark.parametrize(
    "text, language",
    [
        ("Talks between Kenya, Uganda and Tanzania opened in Arusha on Monday.", "en"),
        ("Des entretiens entre le Sénégal, le Mali et la Guinée se sont ouverts lundi à Dakar.", "fr"),
        ("Переговоры между Казахстаном, Узбекистаном и Киргизией начались в понедельник.", "ru"),
    ],
)
def test_a_meeting_between_states_with_no_subject_stays_one(text: str, language: str) -> None:
    assert len(meetings(text, language)) <= 1


@pytest.mark.parametrize(
    "text, language",
    [
        ("The Kenyan president met the Ugandan president and the Tanzanian president in Arusha.", "en"),
        ("Le président sénégalais a rencontré le président malien et le président guinéen à Dakar.", "fr"),
        ("Президент Казахстана встретился с президентами Узбекистана и Киргизии в Астане.", "ru"),
    ],
)
def test_two_counterparts_joined_by_a_bare_coordination_are_one_meeting(text: str, language: str) -> None:
    assert len(meetings(text, language)) == 1


@pytest.mark.parametrize(
    "text, language",
    [
        ("The Kenyan president met the President and the Prime Minister of India in New Delhi.", "en"),
        ("Le président sénégalais a rencontré le président et le Premier ministre du Mali à Bamako.", "fr"),
        ("Президент Казахстана встретился с президентом и премьер-министром Египта в Каире.", "ru"),
    ],
)
def test_two_people_of_one_state_are_one_meeting(text: str, language: str) -> None:
    assert len(meetings(text, language)) == 1


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "Kazakhstan has welcomed leaders from numerous African nations, including Ghana, Senegal, Kenya and Rwanda. Kazakhstan's trade with Ghana, Senegal, Kenya and Rwanda doubled last year.",
            "en",
        ),
        (
            "Le président kazakh a rencontré des dirigeants de nombreux pays africains, dont le Ghana, le Sénégal, le Kenya et le Rwanda. Les échanges du Kazakhstan avec le Ghana, le Sénégal, le Kenya et le Rwanda ont doublé l'an dernier.",
            "fr",
        ),
        (
            "Президент Казахстана встретился с лидерами многих африканских стран, в том числе Ганы, Сенегала, Кении и Руанды. Товарооборот Казахстана с Ганой, Сенегалом, Кенией и Руандой в прошлом году удвоился.",
            "ru",
        ),
        (
            "O Presidente do Cazaquistão reuniu-se com líderes de vários países africanos, entre os quais o Gana, o Senegal, o Quénia e o Ruanda. O comércio do Cazaquistão com o Gana, o Senegal, o Quénia e o Ruanda duplicou no ano passado.",
            "pt",
        ),
        (
            "El presidente de Kazajistán se reunió con líderes de varios países africanos, entre ellos Ghana, Senegal, Kenia y Ruanda. El comercio de Kazajistán con Ghana, Senegal, Kenia y Ruanda se duplicó el año pasado.",
            "es",
        ),
    ],
)
def test_a_list_of_states_whose_leaders_were_met_is_no_meeting_each(text: str, language: str) -> None:
    """Counterparts told by their states alone after one plural title ("leaders of many nations, including …") are
    a summary, not meetings told apart: they stay one."""
    assert len(meetings(text, language)) == 1


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "On the sidelines of the summit, the Kenyan president met the presidents of Ghana and Senegal and the "
            "prime minister of Ethiopia.",
            "en",
        ),
        (
            "En marge du sommet, le président kényan a rencontré les présidents du Ghana et du Sénégal et le Premier "
            "ministre éthiopien.",
            "fr",
        ),
        ("Вчера президент Кении встретился с президентами Ганы и Сенегала и с премьер-министром Эфиопии.", "ru"),
        (
            "À margem da cimeira, o Presidente do Quénia reuniu-se com os presidentes do Gana e do Senegal e com o "
            "primeiro-ministro da Etiópia.",
            "pt",
        ),
        (
            "Al margen de la cumbre, el presidente de Kenia se reunió con los presidentes de Ghana y Senegal y con el "
            "primer ministro de Etiopía.",
            "es",
        ),
    ],
)
def test_leaders_of_several_states_told_by_title_are_one_meeting_each(text: str, language: str) -> None:
    found = meetings(text, language)
    assert sorted(found, key=sorted) == sorted(
        (frozenset(p) for p in ({"KEN", "GHA"}, {"KEN", "SEN"}, {"KEN", "ETH"})), key=sorted
    )


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "The Egyptian president held talks with Vladimir Putin in Moscow on 10 March. Eighteen months ago Putin "
            "met his Egyptian counterpart in Sochi.",
            "en",
        ),
        (
            "Le président égyptien a eu des entretiens avec Vladimir Poutine à Moscou le 10 mars. Il y a quelques "
            "mois, Poutine avait rencontré son homologue égyptien à Sotchi.",
            "fr",
        ),
        (
            "Президент Египта провёл переговоры с Владимиром Путиным в Москве 10 марта. Полтора года назад Путин "
            "встречался с египетским коллегой в Сочи.",
            "ru",
        ),
        (
            "O Presidente egípcio manteve conversações com Vladimir Putin em Moscovo a 10 de março. Há ano e meio, "
            "Putin reuniu-se com o homólogo egípcio em Sochi.",
            "pt",
        ),
        (
            "El presidente egipcio mantuvo conversaciones con Vladímir Putin en Moscú el 10 de marzo. Hace año y "
            "medio, Putin se reunió con su homólogo egipcio en Sochi.",
            "es",
        ),
    ],
)
def test_a_meeting_told_a_time_ago_is_an_earlier_one(text: str, language: str) -> None:
    """A meeting recalled with a time ago that gives no date ("eighteen months ago", "il y a quelques mois",
    "полтора года назад") is another, earlier meeting, not the article's told again nor dated by it."""
    found = extract_text(text, language=language, published=PUBLISHED, today=PUBLISHED)
    dates = sorted(str(p.date) for p in found if p.kind == "event" and p.type in _MEETINGS)
    assert dates == ["2025-03-10", "None"]


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "The Kazakh president held talks with the Uzbek president Shavkat Mirziyoyev and later met the Kyrgyz president Sadyr Japarov.",
            "en",
        ),
        (
            "Le président kazakh a eu des entretiens avec le président ouzbek Chavkat Mirzioïev puis a rencontré le président kirghiz Sadyr Japarov.",
            "fr",
        ),
        (
            "Президент Казахстана провёл переговоры с президентом Узбекистана Шавкатом Мирзиёевым, а позднее встретился с президентом Киргизии Садыром Жапаровым.",
            "ru",
        ),
        (
            "O Presidente do Cazaquistão manteve conversações com o Presidente do Usbequistão, Shavkat Mirziyoyev, e depois encontrou-se com o Presidente do Quirguistão, Sadyr Japarov.",
            "pt",
        ),
        (
            "El presidente de Kazajistán mantuvo conversaciones con el presidente de Uzbekistán, Shavkat Mirziyóyev, y después se reunió con el presidente de Kirguistán, Sadyr Japárov.",
            "es",
        ),
    ],
)
def test_a_meeting_told_again_with_another_counterpart_is_a_second_meeting(text: str, language: str) -> None:
    """Talks with one leader, then a meeting word again before another state's leader ("and later met", "puis a
    rencontré"): two meetings, one per counterpart's state."""
    found = meetings(text, language)
    assert sorted(found, key=sorted) == sorted((frozenset(p) for p in ({"KAZ", "UZB"}, {"KAZ", "KGZ"})), key=sorted)
