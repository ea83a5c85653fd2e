"""Parts of a month written with their own preposition, and years a reader fixes from a range or the dispatch (issue
11, session 21: event and agreement dates). "à la fin de février", "at the start of March", "в первой половине
марта", "a comienzos de marzo", "na primeira quinzena de março" date to the month (``month_part_before`` in the
language files); "del 31 de julio al 1 de agosto de 2024" gives its first day the closing year; "last September"
is the dispatch's last September even after another year was written; "del año pasado" is the year before the
dispatch. Invented sentences in English, French, Russian, Portuguese and Spanish."""

from __future__ import annotations

from datetime import date

import pytest

from partnerlens.cooperation.dates import find_dates, resolve_dates
from partnerlens.cooperation.extract import extract_text

PUBLISHED = date(2025, 1, 20)


@pytest.mark.parametrize(
    "text, month",
    [
        ("The minister will return at the start of March.", 3),
        ("Talks are set for the first half of April.", 4),
        ("The fair opens in the second week of May.", 5),
        ("They met in the last days of February.", 2),
        ("Le ministre reviendra à la fin de février.", 2),
        ("La visite aura lieu au début d'avril.", 4),
        ("Le forum se tiendra dans la première quinzaine de mars.", 3),
        ("La commission se réunira dans la seconde moitié de mai.", 5),
        ("Визит состоится в первой половине марта.", 3),
        ("Форум пройдёт во второй половине апреля.", 4),
        ("Министр прибудет в последних числах февраля.", 2),
        ("Переговоры намечены к концу мая.", 5),
        ("La visita se realizará a comienzos de marzo.", 3),
        ("El foro tendrá lugar en la primera quincena de abril.", 4),
        ("Se reunieron finales de febrero en Lima.", 2),
        ("A visita acontece no começo de março.", 3),
        ("O fórum decorre na primeira quinzena de abril.", 4),
        ("Os ministros reuniram-se em fins de fevereiro.", 2),
    ],
)
def test_a_part_of_a_month_with_its_preposition_dates_to_the_month(text: str, month: int) -> None:
    (mention,) = [m for m in resolve_dates(find_dates(text), published=PUBLISHED) if m.month is not None]
    assert (mention.precision, mention.month) == ("month", month)


@pytest.mark.parametrize(
    "text",
    ["La fin de semaine a été calme.", "At the end of the day, they agreed.", "A finales de semana volvió."],
)
def test_a_part_without_a_month_is_no_date(text: str) -> None:
    assert [m for m in find_dates(text) if m.month is not None] == []


@pytest.mark.parametrize(
    "text, language",
    [
        ("The Kenyan president will visit China at the start of March.", "en"),
        ("Le président kényan effectuera une visite en Chine à la fin de mars.", "fr"),
        ("Президент Кении посетит Китай с визитом в первой половине марта.", "ru"),
        ("El presidente keniano realizará una visita a China a comienzos de marzo.", "es"),
        ("O Presidente queniano fará uma visita à China no começo de março.", "pt"),
    ],
)
def test_a_visit_in_a_part_of_a_month_is_dated_to_that_month(text: str, language: str) -> None:
    found = extract_text(text, language=language, published=PUBLISHED, today=PUBLISHED)
    visits = [p for p in found if p.kind == "event" and "visit" in (p.type or "")]
    assert visits and all((p.date, p.date_precision) == (date(2025, 3, 1), "month") for p in visits)


@pytest.mark.parametrize(
    "text",
    [
        "The forum runs from 31 July to 1 August 2024 in Abidjan.",
        "Le forum se tient du 31 juillet au 1er août 2024 à Abidjan.",
        "Форум пройдёт с 31 июля по 1 августа 2024 года в Абиджане.",
        "El foro se celebra del 31 de julio al 1 de agosto de 2024 en Abiyán.",
        "O fórum decorre de 31 de julho a 1 de agosto de 2024 em Abidjan.",
    ],
)
def test_a_range_across_months_gives_its_first_day_the_closing_year(text: str) -> None:
    for published in (None, date(2025, 2, 10)):
        first = resolve_dates(find_dates(text), published=published)[0]
        assert first.value == date(2024, 7, 31)


def test_a_range_across_the_new_year_gives_its_first_day_the_year_before() -> None:
    first = resolve_dates(find_dates("from 30 December to 2 January 2025"))[0]
    assert first.value == date(2024, 12, 30)


@pytest.mark.parametrize(
    "text",
    [
        "They first met in June 2017. Last September, the two leaders met in Houston.",
        "Ils se sont vus en juin 2017. En septembre dernier, les deux dirigeants se sont rencontrés.",
        "Они встречались в июне 2017 года. В прошлом сентябре лидеры встретились в Хьюстоне.",
        "Se vieron en junio de 2017. El pasado septiembre, los dos líderes se reunieron.",
        "Encontraram-se em junho de 2017. Em setembro passado, os dois líderes reuniram-se.",
    ],
)
def test_last_month_named_is_the_dispatchs_whatever_year_came_before(text: str) -> None:
    mentions = resolve_dates(find_dates(text), published=date(2020, 2, 11))
    last = [m for m in mentions if m.month == 9]
    assert last and last[0].value == date(2019, 9, 1)


@pytest.mark.parametrize(
    "text", ["las exportaciones del año pasado", "les échanges de l'année dernière", "в прошлом году", "no ano passado"]
)
def test_last_year_of_the_dispatch(text: str) -> None:
    (mention,) = resolve_dates(find_dates(text), published=PUBLISHED)
    assert (mention.precision, mention.value) == ("year", date(2024, 1, 1))


@pytest.mark.parametrize(
    "text, language, day",
    [
        ("Prime Minister Modi paid an official visit to Greece. The visit took place on 25 August.", "en", 25),
        (
            "India and Kenya held a business forum in Nairobi. Organised from 12 to 15 June, the event drew 300 firms.",
            "en",
            12,
        ),
        (
            "Le Premier ministre indien a effectué une visite officielle en Grèce. La visite s'est déroulée le 25 août.",
            "fr",
            25,
        ),
        (
            "La Tunisie a participé au forum d'affaires Chine-Afrique. Organisé du 12 au 15 juin, ce forum a réuni 300 firmes.",
            "fr",
            12,
        ),
        ("Премьер-министр Индии совершил официальный визит в Грецию. Визит состоялся 25 августа.", "ru", 25),
        (
            "El primer ministro indio realizó una visita oficial a Grecia. La visita tuvo lugar el 25 de agosto.",
            "es",
            25,
        ),
        (
            "O primeiro-ministro indiano realizou uma visita oficial à Grécia. A visita decorreu a 25 de agosto.",
            "pt",
            25,
        ),
    ],
)
def test_an_event_dated_in_the_next_sentence_takes_that_date(text: str, language: str, day: int) -> None:
    published = date(2025, 9, 10)
    found = extract_text(text, language=language, published=published, today=published)
    events = [p for p in found if p.kind == "event"]
    assert events and events[0].date_precision == "day" and events[0].date is not None
    assert events[0].date.day == day


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "Prime Minister Modi paid an official visit to Greece. The previous visit took place on 25 August 2019.",
            "en",
        ),
        (
            "Le Premier ministre indien a effectué une visite en Grèce. La précédente visite a eu lieu le 25 août 2019.",
            "fr",
        ),
        ("Премьер-министр Индии совершил визит в Грецию. Предыдущий визит состоялся 25 августа 2019 года.", "ru"),
        (
            "El primer ministro indio realizó una visita a Grecia. La visita anterior tuvo lugar el 25 de agosto de 2019.",
            "es",
        ),
        (
            "O primeiro-ministro indiano realizou uma visita à Grécia. A visita anterior decorreu a 25 de agosto de 2019.",
            "pt",
        ),
    ],
)
def test_another_occasion_dated_in_the_next_sentence_leaves_the_event(text: str, language: str) -> None:
    published = date(2025, 9, 10)
    found = extract_text(text, language=language, published=published, today=published)
    assert not any(p.date == date(2019, 8, 25) for p in found if p.kind == "event" and p.evidence.start == 0)


@pytest.mark.parametrize(
    "text, language",
    [
        ("Trump and Modi held talks by telephone over the weekend.", "en"),
        ("Le président kényan a effectué le week-end dernier une visite officielle en Chine.", "fr"),
        ("В минувшие выходные президент Кении совершил официальный визит в Китай.", "ru"),
        ("El pasado fin de semana, el presidente keniano realizó una visita oficial a China.", "es"),
        ("No fim de semana, o Presidente queniano realizou uma visita oficial à China.", "pt"),
    ],
)
def test_an_event_of_the_last_weekend_is_dated_to_its_month(text: str, language: str) -> None:
    published = date(2020, 2, 11)  # a Tuesday: the weekend of 8 and 9 February
    found = extract_text(text, language=language, published=published, today=published)
    events = [p for p in found if p.kind == "event"]
    assert events and all((p.date, p.date_precision) == (date(2020, 2, 1), "month") for p in events)


@pytest.mark.parametrize(
    "text, published, month",
    [
        ("They spoke over the weekend.", date(2020, 3, 2), None),  # 29 February and 1 March: no one month
        ("Ils se verront le week-end prochain.", date(2020, 3, 4), 3),
        ("Они встретятся в следующие выходные.", date(2020, 2, 27), None),  # 29 February and 1 March
        ("Se verán el fin de semana que viene.", date(2020, 3, 4), 3),
        ("Encontram-se neste fim de semana.", date(2020, 3, 4), 3),
    ],
)
def test_a_weekend_gives_its_month_only_when_both_days_lie_in_it(text: str, published: date, month: int | None) -> None:
    (mention,) = resolve_dates(find_dates(text), published=published)
    assert (mention.value.month if mention.value else None) == month


@pytest.mark.parametrize(
    "text, language",
    [
        ("Lourenço will meet business people and speak at an Angola-India business forum, scheduled for Sunday.", "en"),
        (
            "Lourenço rencontrera des hommes d'affaires et parlera à un forum d'affaires Angola-Inde, prévu pour dimanche.",
            "fr",
        ),
        (
            "Лоренсу встретится с бизнесменами и выступит на бизнес-форуме Ангола-Индия, запланированном на воскресенье.",
            "ru",
        ),
        (
            "Lourenço se reunirá con empresarios y hablará en un foro de negocios Angola-India, programado para el domingo.",
            "es",
        ),
        (
            "João Lourenço vai reunir-se com empresários e discursar num Fórum de Negócios Angola-Índia, agendado para domingo.",
            "pt",
        ),
    ],
)
def test_a_planned_event_takes_the_day_of_its_own_participle_across_a_comma(text: str, language: str) -> None:
    published = date(2025, 5, 2)  # a Friday
    found = extract_text(text, language=language, published=published, today=published)
    forums = [p for p in found if p.kind == "event" and p.type == "forum"]
    talks = [p for p in found if p.kind == "event" and p.type == "talks"]
    assert forums and all(p.date == date(2025, 5, 4) for p in forums)
    assert all(p.date is None for p in talks)  # "will meet business people": not told of Sunday
